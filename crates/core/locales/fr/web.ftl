## The web app's own words (pages, buttons, the phone script's messages). Keys ending in _html hold a
## little markup of our own and no variables.

## Toutes les pages
web-skip = Aller au contenu
web-theme = Passer du sombre au clair
web-yes = oui
web-no = non
web-save = Enregistrer
web-why = Pourquoi :
web-logout = Se déconnecter
web-manifest-description = Un journal privé des crampes nocturnes des jambes.
web-reading-banner = Journal de { $name }, partagé avec vous : lecture seule
web-nav-main = Menu principal
web-nav-shared = Journal partagé
web-nav-home = Accueil
web-nav-morning = Matin
web-nav-day = Journée
web-nav-insights = Analyses
web-nav-checkup = Bilan
web-nav-guide = Guide
web-nav-experiment = Expérience
web-nav-report = Rapport
web-link-stretch = Étirement du coucher
web-link-plan = Votre plan
web-link-entries = Saisies
web-link-import = Importer depuis une montre
web-link-report = Rapport pour votre médecin
web-link-sharing = Partage
web-link-audit = Qui a lu votre journal
web-language-label = Langue
web-language-auto = Celle de mon navigateur
web-language-save = Changer
web-language-unknown = { $value } n'est pas une langue de nightcramp ; choisissez English, Español, Deutsch ou Français.

## Messages après une action
web-flash-logged = Crampe notée. Reposez-vous ; complétez le reste demain matin si vous le souhaitez.
web-flash-logged_on = Crampe notée pour la nuit du { $night }. Reposez-vous ; complétez le reste demain matin si vous le souhaitez.
web-flash-saved = Enregistré.
web-flash-deleted = Supprimé.

## Erreurs
web-error-title = Un problème est survenu
web-error-back = Revenir à l'accueil
web-error-diary = Le journal n'a pas pu être lu ou écrit pour le moment. Rien n'est perdu ; veuillez réessayer.
web-error-page = Cette page n'a pas pu être affichée.
web-error-no_diary = Ce compte ne tient pas de journal à lui.
web-error-guide = Le guide n'a pas pu être chargé.
web-error-no_page = Cette page n'existe pas.
web-error-not_found = Introuvable
web-error-no_topic = Ce sujet n'existe pas dans le guide.
web-error-checkup = Le bilan n'a pas pu être fait.
web-error-report = Le rapport n'a pas pu être préparé.
web-refused-loopback = Ce nightcramp ne répond que sur cet ordinateur (127.0.0.1).
web-refused-other_site = Refusé : la demande venait d'un autre site.
web-refused-accounts = Ce journal a maintenant des comptes, chaque personne doit donc se connecter : redémarrez nightcramp serve.
web-refused-expired = Refusé : ce formulaire a expiré. Revenez en arrière, rechargez la page et réessayez.

## Accueil
web-home-last_night = La nuit dernière
web-home-check_in = Confirmer la nuit dernière
web-home-four_weeks = Les quatre dernières semaines
web-home-calendar_caption = Nuits : un nombre pour des crampes, o pour une nuit calme, un point si rien n'a été noté
web-home-legend-cramps = crampes
web-home-legend-quiet = calme
web-home-legend-unknown = non notée

## La crampe
web-cramp-title = Crampe
web-cramp-now = Crampe maintenant
web-cramp-while = Pendant la douleur
web-cramp-over = C'est passé
web-cramp-where = Où était-elle ?
web-cramp-last_night = Une crampe la nuit dernière
web-cramp-on_night = Une crampe la nuit du { $night }
web-cramp-which_night = Quelle nuit ? (le soir où elle a commencé)
web-cramp-what_time = Vers quelle heure ?
web-cramp-how_long = Combien de temps, à peu près ?
web-cramp-side = Côté
web-cramp-muscle = Muscle
web-cramp-pain = Douleur, de 1 à 10
web-cramp-woke = Vous a-t-elle réveillé ou réveillée ?
web-cramp-awake = non, j'étais déjà éveillé ou éveillée
web-cramp-no_start = L'heure de début de la crampe manque ; recommencez depuis l'accueil.

## Le matin
web-morning-title = Comment s'est passée la nuit ?
web-morning-disturbance = À quel point les crampes ont-elles gêné votre sommeil ? (0 pas du tout, 10 beaucoup ; facultatif)
web-morning-no_cramps = Pas de crampe
web-morning-had_cramp = J'ai eu une crampe
web-morning-bad_night = Cette nuit n'est pas une date que le journal peut garder : { $value } n'est pas accepté ; attendu : { $allowed }.
web-morning-bad_disturbance = Gêne du sommeil : { $value } n'est pas accepté ; attendu : { $allowed }.
web-morning-delete_hint = Supprimez-les sur la page Saisies si c'était une erreur.

## La journée
web-day-title = Votre journée
web-day-before = ← Jour précédent
web-day-next = Jour suivant →
web-day-hint = Ce que vous notez pour cette journée est comparé avec la nuit qui suit. Laissez vide ce que vous ne savez pas.
web-day-not_recorded = non noté
web-day-less = moins : { $label }
web-day-more = plus : { $label }
web-day-import_said = Votre import indiquait { $value } ; c'est votre saisie qui compte.
web-day-own = Les vôtres
web-day-own_value = (oui/non ou un nombre)
web-day-add_own = Ajouter le vôtre (par exemple : long trajet en voiture)
web-day-value = Valeur
web-day-save = Enregistrer la journée
web-day-no_date = La journée manque ou n'est pas une date.
web-day-bad_name = le nom de votre facteur : { $why }
web-day-not_saved = Rien n'a été enregistré. { $why }

## Saisies
web-entries-title = Saisies
web-entries-hint = Les 30 dernières nuits. Vous pouvez modifier ou supprimer chaque crampe ou confirmation.
web-entries-edit = Modifier
web-entries-delete = Supprimer
web-entries-checked_in = Confirmée.
web-entries-remove_checkin = Retirer la confirmation
web-entries-no_cramp = Cette crampe n'est pas dans le journal.
web-entries-no_entry = Cette saisie n'existe pas.
web-edit-title = Modifier la crampe
web-edit-started = Début (une heure comme 03:10 la même nuit, ou une date et une heure comme 2026-11-29T03:10)
web-edit-lasted = Durée (40s, 2m ou en secondes)
web-edit-pain = Douleur (1-10)
web-edit-woke = Elle m'a réveillé ou réveillée
web-edit-notes = Notes
web-delete-title = Supprimer ?
web-delete-cramp = Supprimer la crampe de { $time } la nuit du { $night } ? C'est définitif.
web-delete-checkin = Supprimer la confirmation de la nuit du { $night } ? La nuit redevient inconnue. C'est définitif.
web-delete-keep = La garder

## Analyses
web-insights-title = Analyses
web-insights-numbers = Les chiffres
web-insights-numbers_line = { $factor } (décalage de { $lag } jour) : rapport de risques { $ratio } [{ $low } à { $high }], { $p }, { $q } (ajusté au nombre de tests)
web-insights-none = Aucun facteur ne ressort encore.
web-insights-together = Vus ensemble
web-insights-counts = { $quiet } tests de facteurs ne montrent pas de lien net ; { $waiting } demandent plus de données.
web-insights-trends = Tendances
web-insights-trend_cramps = Crampes par semaine
web-insights-trend_pain = Douleur
web-insights-trend_duration = Durée
web-insights-trend_line = { $name } : { $trend }
web-insights-chart_weeks = Nuits avec crampes, semaine par semaine
web-insights-chart_pain = Douleur de chaque crampe (0-10)
web-insights-chart_hours = Quand les crampes commencent (heure de la nuit)

## Bilan
web-checkup-title = Bilan
web-checkup-answer_below = Répondez-y plus bas.
web-checkup-rule = Règle { $rule } · sources :
web-checkup-questions = Quelques questions sur les signes d'alerte
web-checkup-last_answers = Dernières réponses de { $name } (lecture seule) :
web-checkup-not_answered = sans réponse
web-checkup-check = Vérifier
web-checkup-caution = nightcramp informe ; il ne pose pas de diagnostic. Si vous êtes inquiet ou inquiète, consultez un médecin quoi qu'en dise cette page.

## Guide, sources, étirement, plan
web-guide-title = Guide
web-guide-stretch = Étirement du coucher, avec minuteur
web-guide-sources = D'où vient chaque affirmation, et quel type de preuve est chaque source.
web-guide-caution = nightcramp informe ; il ne pose pas de diagnostic.
web-topic-all = Tous les sujets
web-sources-title = Sources
web-sources-lead = Chaque affirmation de nightcramp dit d'où elle vient. Voici chaque source en entier, avec le type de preuve qu'elle est.
web-sources-kind = Type de preuve :
web-sources-back = Revenir au guide
web-stretch-start = Lancer 30 secondes
web-plan-hint = Les étapes de prévention, les plus utiles pour vous d'abord.
web-plan-lately = Ces derniers temps :
web-plan-reminders = Rappels dans votre calendrier
web-plan-reminders_what = De l'eau au fil de la journée et l'étirement du coucher, chaque jour :
web-plan-subscribe = s'abonner au calendrier
web-plan-reminders_times = (coucher à 22:30 et lever à 07:00, sauf si le lien en indique d'autres, comme bedtime=23:00 et wake=06:30).
web-plan-caution = N'arrêtez jamais de vous-même un médicament prescrit : parlez-en à la personne qui l'a prescrit.
web-calendar-invalid = Ce lien de calendrier n'est pas valable ; copiez-le à nouveau depuis la page du plan.

## Expériences
web-experiment-title = Tester un changement sur vous-même
web-experiment-design = { $pairs } paires de périodes de { $nights } nuits ; les { $washout } premières nuits de chacune ne comptent pas.
web-experiment-progress = { $done } nuits sur { $total }, { $complete } paires complètes sur { $pairs }.
web-experiment-period = Période
web-experiment-nights = Nuits
web-experiment-arm = Groupe
web-experiment-arm-change = changement
web-experiment-arm-usual = habituel
web-experiment-span = du { $from } au { $to }
web-experiment-stop = Arrêter l'expérience
web-experiment-so_far = Ce qu'elle montre pour l'instant
web-experiment-counted = Nuits comptées : { $change } avec le changement, { $usual } habituelles ; laissées de côté : { $washout } nuits d'adaptation et { $unknown } nuits non notées. Crampes : { $change_cramps } les nuits avec le changement, { $usual_cramps } les nuits habituelles.
web-experiment-start_title = Commencer une expérience
web-experiment-what = Quoi tester
web-experiment-something_else = autre chose
web-experiment-other = Autre chose (un facteur, comme custom:coussin sous les genoux)
web-experiment-pairs = Paires de périodes (de 2 à 8)
web-experiment-first_night = Première nuit (facultatif : ce soir si vos deux dernières semaines sont notées)
web-experiment-start = Commencer
web-experiment-limits = Ce qu'un résultat peut vous dire, et ce qu'il ne peut pas
web-experiment-more = Plus dans le guide
web-experiment-chart_periods = Crampes par nuit comptée, période par période
web-experiment-chart_curve = La vraisemblance de chaque rapport des taux (sous 1 : moins de crampes avec le changement)
web-experiment-rate_ratio = rapport des taux { $ratio }
web-experiment-bad_pairs = Paires de périodes : { $value } n'est pas un nombre.
web-experiment-not_started = L'expérience n'a pas commencé : { $why }.
web-experiment-unreadable = L'expérience n'a pas pu être lue pour le moment.
web-experiment-unsaved = L'expérience n'a pas pu être enregistrée pour le moment. Rien n'a changé ; veuillez réessayer.
web-experiment-unstopped = L'expérience n'a pas pu être arrêtée pour le moment. Veuillez réessayer.

## Importer
web-import-title = Importer depuis une montre ou un téléphone
web-import-intro = Les pas, les minutes d'exercice et les heures de sommeil se remplissent tout seuls à partir de l'export de votre téléphone ou de votre montre. Ce que vous avez saisi vous-même n'est jamais écrasé ; si l'export dit autre chose, les deux valeurs s'affichent ci-dessous après l'import.
web-import-apple = app Santé, votre photo, Exporter toutes les données de santé : le export.zip (ou le export.xml qu'il contient).
web-import-fitbit = Google Takeout avec Fitbit coché : le takeout-….zip.
web-import-garmin = dans votre compte Garmin, Exporter vos données : le zip envoyé.
web-import-samsung = dans les réglages de l'app, Télécharger les données personnelles : cela enregistre un dossier ; faites-en un zip et choisissez ce zip.
web-import-health_connect = dans ses réglages, exportez vos données : le zip enregistré (ou le health_connect_export.db qu'il contient).
web-import-file = Fichier d'export
web-import-start = Importer
web-import-noscript = L'envoi demande JavaScript. Sans JavaScript, importez depuis un terminal :
web-import-again = Importer deux fois le même export n'ajoute rien. Un export plus récent apporte les nouveaux jours et complète ceux qu'un ancien n'avait apportés qu'en partie.
web-import-result_days = { $kind } : { $days ->
    [one] 1 jour lu.
   *[other] { $days } jours lus.
}
web-import-result_counts = { $added } nouvelles valeurs, { $updated } mises à jour, { $already } déjà dans le journal.
web-upload-broke = l'envoi s'est interrompu ({ $detail }). Rien n'a été importé.
web-upload-too_big = le fichier dépasse { $gb } Go ; importez-le plutôt avec `nightcramp import`. Rien n'a été importé.
web-upload-empty = le fichier envoyé était vide : choisissez un fichier d'export
web-upload-not_export = nightcramp ne sait pas lire cet export : choisissez le export.zip de l'app Santé d'Apple (ou le export.xml qu'il contient), un zip Google Takeout avec des données Fitbit, le zip d'export d'un compte Garmin, un zip du dossier de données personnelles de Samsung Health, ou le zip exporté par Health Connect. Les fichiers du journal (CSV, sauvegardes JSON) s'importent avec `nightcramp import`. Rien n'a été importé.
web-upload-damaged = { $reason }. Rien n'a été importé.
web-upload-keeping = le serveur n'a pas pu garder le fichier envoyé (son disque est-il plein ?). Rien n'a été importé.

## Le partage et le journal des accès
web-shares-title = Partager votre journal
web-shares-intro = Un ou une professionnelle de santé ou de recherche avec qui vous partagez peut lire votre journal (nuits, analyses, bilan, rapport) mais jamais le modifier, jusqu'au jour que vous choisissez ou jusqu'à ce que vous arrêtiez. Chaque consultation apparaît sous :
web-shares-audit_link = qui a lu votre journal
web-shares-with = Le nom de son compte
web-shares-until = Jusqu'au (laissez vide : jusqu'à ce que vous arrêtiez)
web-shares-share = Partager
web-shares-no_accounts = Ce journal n'appartient encore à aucun compte. Le partage commence quand les personnes ont des comptes :
web-shares-yours = Vos partages
web-shares-none = Vous n'avez pas partagé votre journal.
web-shares-end = Arrêter ce partage maintenant
web-shares-until_day = peut le lire jusqu'au { $day }
web-shares-until_ended = peut le lire jusqu'à ce que vous arrêtiez le partage
web-shares-expired = terminé (son dernier jour est passé)
web-shares-revoked = arrêté par vous
web-shares-a_link = Un lien
web-shares-bad_until = Jusqu'au : { $value } n'est pas accepté ; attendu : { $allowed }, ou laissez vide.
web-audit-intro = Chaque consultation par quelqu'un d'autre que vous, chaque export, chaque changement de vos partages et chaque connexion à votre compte, du plus ancien au plus récent. Rien ici ne peut être modifié ni supprimé.
web-audit-nothing = Rien pour l'instant.
web-audit-when = Quand
web-audit-who = Qui
web-audit-what = Quoi
web-audit-from = D'où
web-audit-read = a lu votre journal ({ $detail })
web-audit-export = l'a exporté ({ $detail })
web-audit-share_added = l'a partagé ({ $detail })
web-audit-share_revoked = a arrêté un partage ({ $detail })
web-audit-login = s'est connecté
web-audit-login_failed = une connexion avec un mauvais mot de passe

## Soignants et administration
web-people-title = Vos patients
web-people-heading = Les personnes qui ont partagé leur journal avec vous
web-people-intro = Le plus urgent d'abord : le bilan de chaque journal, les crampes par semaine sur les quatre dernières semaines, et si ce nombre augmente. Lecture seule ; chaque consultation est inscrite au journal des accès de la personne.
web-people-none = Personne n'a encore partagé de journal avec vous, ou tous les partages sont terminés.
web-people-person = Personne
web-people-rate = Crampes par semaine
web-people-trend = Tendance
web-people-open = Ouvrir
web-admin-title = Comptes
web-admin-intro = En tant qu'administrateur, vous décidez qui a un compte ici. Vous ne pouvez lire le journal de personne.
web-admin-role = Rôle
web-admin-since = Depuis
web-admin-remove = Retirer
web-admin-remove_name = Retirer { $name }
web-admin-remove_hint = Une personne dont le journal contient des saisies ne se retire qu'en ligne de commande, qui sauvegarde d'abord le journal :
web-admin-add_title = Ajouter un compte
web-admin-password = Mot de passe (au moins 8 caractères)
web-admin-add = Ajouter
web-admin-failed = Les comptes n'ont pas pu être lus ou modifiés ; réessayez.
web-role-person = personne
web-role-clinician = soignant
web-role-researcher = recherche
web-role-admin = administration

## Se connecter
web-login-title = Se connecter
web-login-name = Nom
web-login-password = Mot de passe
web-login-rate_limited = Trop de connexions échouées depuis cette adresse ; attendez une minute et réessayez.
web-login-busy = Trop de connexions en même temps ; attendez un instant et réessayez.
web-login-wrong_password = Mot de passe erroné.
web-login-wrong_name = Nom ou mot de passe erroné.

## Les boutons de la page du rapport
web-report-pdf = Télécharger le PDF
web-report-print = Imprimer
web-report-back = Retour

## Le programme du téléphone (les valeurs entre accolades sont remplies par le programme)
web-js-queued_refused = Le journal a refusé une crampe enregistrée sur ce téléphone ({ $reasons }). Elle reste enregistrée sur ce téléphone.
web-js-queued_sent = La crampe enregistrée sur ce téléphone a été envoyée.
web-js-saved_offline = Enregistrée sur ce téléphone. Elle sera envoyée quand le journal sera de nouveau joignable.
web-js-logged = Crampe notée. Reposez-vous.
web-js-stretch_left = Jambe gauche en arrière
web-js-stretch_right = Jambe droite en arrière
web-js-stretch_done_one = C'est fait. Maintenant : { $next }
web-js-stretch_done_both = Les deux côtés sont faits. Bonne nuit.
web-js-stretch_other_side = Lancer l'autre côté
web-js-stretch_again = Recommencer
web-js-upload_progress = Envoi : { $done } sur { $total }, { $rate }/s, encore environ { $left } s
web-js-upload_done = Envoyé. Lecture de l'export…
web-js-upload_broke = L'envoi s'est interrompu (le serveur fonctionne-t-il encore ?). Rien n'a été importé.
web-js-upload_unreadable = La réponse du serveur était illisible.
web-js-upload_failed = L'import a échoué ({ $status }).
