### Les phrases construites à partir des constats, en français. Chaque message est un
### modèle que le noyau remplit avec les nombres et les mots d'un constat ({ $name }) ;
### toutes les langues ont les mêmes identifiants avec les mêmes variables (vérifié par
### les tests). Pluriel : [one] pour 0 et 1, [other] au-delà (règles CLDR du français).

# Ce que dit un constat sur un facteur. Le rôle du facteur décide de ce qui peut être
# conseillé : un geste de prévention, un médicament ou un complément ne devient jamais
# « faites-en moins » (jamais le conseil d'interrompre un médicament).

insight-counts = des crampes { $cramp_nights_with ->
        [one] { $cramp_nights_with } nuit
       *[other] { $cramp_nights_with } nuits
    } sur { $nights_with } { $when }, contre { $cramp_nights_without } sur { $nights_without ->
        [one] { $nights_without } autre nuit
       *[other] { $nights_without } autres nuits
    }
insight-interval = {" "}({ $size } ; intervalle à 95 % de { $low } à { $high })
insight-more_often = { $ratio } fois plus souvent
insight-less_often = { $percent } % moins souvent

insight-likely_trigger-cause = Lié à davantage de crampes : { $counts }{ $interval }. C'est une association dans votre journal, pas la preuve que cela les cause. Pour le savoir, changez-le volontairement pendant quelques semaines et voyez si vos crampes changent.
insight-likely_trigger-prevention_step = Lié à davantage de crampes : { $counts }{ $interval }. C'est une association, et très probablement dans l'autre sens : { $reverse }. C'est l'un des gestes de prévention, alors continuez.
insight-likely_trigger-medicine = Lié à davantage de crampes : { $counts }{ $interval }. C'est une association, pas la preuve que le médicament les cause. Continuez à le prendre tant que la personne qui vous l'a prescrit ne dit pas autre chose, et demandez-lui, ou à votre pharmacien, de le réexaminer ; ces chiffres peuvent les aider.
insight-likely_trigger-supplement = Lié à davantage de crampes : { $counts }{ $interval }. C'est une association, pas une preuve. Si un médecin, une sage-femme ou un pharmacien vous l'a conseillé, suivez son avis et posez-lui la question plutôt que de le changer de vous-même.
insight-likely_trigger-own = Lié à davantage de crampes : { $counts }{ $interval }. C'est une association dans votre journal, pas une preuve. Si c'est un médicament ou un complément, continuez à le prendre comme conseillé et demandez à la personne qui vous l'a prescrit ou à votre pharmacien ; si c'est autre chose que vous pouvez changer, le changer volontairement pendant quelques semaines est la façon de le savoir.
insight-likely_trigger-observation = Lié à davantage de crampes : { $counts }{ $interval }. C'est une association dans votre journal, pas une preuve de cause.

insight-likely_protective-cause = Lié à moins de crampes : { $counts }{ $interval }. C'est une association, pas une preuve de cause.
insight-likely_protective-prevention_step = Semble aider : { $counts }{ $interval }. C'est une association, pas une preuve ; c'est l'un des gestes de prévention, alors continuez.
insight-likely_protective-medicine = Lié à moins de crampes : { $counts }{ $interval }. C'est une association, rien de plus.
insight-likely_protective-supplement = Lié à moins de crampes : { $counts }{ $interval }. C'est une association, rien de plus.
insight-likely_protective-own = Lié à moins de crampes : { $counts }{ $interval }. C'est une association, pas une preuve de cause.
insight-likely_protective-observation = Lié à moins de crampes : { $counts }{ $interval }. C'est une association, pas une preuve de cause.

insight-no_clear_link = Pas de lien clair : { $counts }{ $interval }.
insight-not_enough_data = Pas encore assez de données : { $nights_with ->
        [one] { $nights_with } nuit notée
       *[other] { $nights_with } nuits notées
    } avec et { $nights_without } sans, { $cramp_nights } avec des crampes (il en faut { $min_with }, { $min_without } et { $min_cramps }).

# Pourquoi un geste de prévention peut aller avec davantage de crampes sans les causer.
insight-reverse-stretched = on s'étire davantage les soirs où les jambes sont déjà tendues
insight-reverse-massage = on se frotte les jambes les soirs où elles font déjà mal
insight-reverse-light_activity_min = on marche pour faire passer une crampe, ou on bouge davantage, quand les jambes sont déjà raides
insight-reverse-water_l = on boit davantage les jours de chaleur et après avoir transpiré, et ces jours-là amènent leurs propres crampes

# Les titres de section là où les constats sont listés.
insight-section-likely_trigger = Lié à davantage de crampes
insight-section-likely_protective = Lié à moins de crampes
insight-section-no_clear_link = Pas de lien clair
insight-section-not_enough_data = Pas encore assez de données

# Les points du plan tirés des propres constats de la personne.
plan-personal-cause-title = Essayez d'en faire moins : { $label }
plan-personal-cause-advice = Quand vous le pouvez, ayez moins de jours { $exposed } pendant quelques semaines, volontairement, et voyez si vos crampes changent.
plan-personal-own-title = À regarder de près : { $label }
plan-personal-own-advice = Si c'est quelque chose que vous pouvez changer, changez-le volontairement pendant quelques semaines et voyez si vos crampes changent. Si c'est un médicament ou un complément, continuez à le prendre comme conseillé et demandez à la personne qui vous l'a prescrit ou à votre pharmacien.
plan-personal-evidence = votre propre journal (une association)

# La liste d'un médecin avec les personnes qui lui ont partagé leur journal.
people-urgency-emergency = Urgence vitale
people-urgency-urgent = Urgent : aujourd'hui
people-urgency-soon = Bientôt : sous un ou deux jours
people-urgency-routine = Un rendez-vous ordinaire
people-urgency-none = Rien ne demande un médecin
people-trend-rising = en hausse
people-trend-not_rising = pas en hausse
people-trend-unknown = trop peu de semaines notées pour le dire
people-urgency-cannot_judge = Trop peu de nuits notées pour en juger
people-rate-unknown = aucune nuit notée
people-rate = { $rate } ({ $known } des { $nights } dernières nuits notées)

# La première ligne du bilan. Sans rien de trouvé et avec moins de $needed des $nights
# dernières nuits notées, le journal ne peut pas être jugé : jamais « tout va bien ».
checkup-headline-emergency = URGENCE : appelez les urgences maintenant (112, 911 ou 999).
checkup-headline-urgent = URGENT : consultez aujourd'hui.
checkup-headline-soon = Voyez un médecin sous un ou deux jours.
checkup-headline-routine = Cela vaut un rendez-vous ordinaire avec votre médecin.
checkup-headline-none = Rien dans votre journal ni dans vos réponses ne demande un médecin pour l'instant.
checkup-headline-cannot_judge = Votre journal ne peut pas encore être jugé : { $known } des { $nights } dernières nuits sont notées, et il en faut au moins { $needed }. Rien dans vos réponses ne demande un médecin ; continuez à noter chaque matin.
checkup-unanswered = { $count ->
        [one] { $count } des questions sur les signes d'alerte n'a pas encore de réponse.
       *[other] { $count } des questions sur les signes d'alerte n'ont pas encore de réponse.
    }
checkup-based_on = D'après les { $recent } nuits jusqu'à la nuit du { $night } : { $known } notées, avec des crampes pendant { $cramp_nights } d'entre elles ({ $cramps ->
        [one] { $cramps } crampe
       *[other] { $cramps } crampes
    } en tout).

# Le lien d'un groupe de médicaments avec les crampes, jamais dit plus fort que ce que
# permettent les sources.
medicine-link-measured = lié aux crampes (rapport de séquence { $ratio } : un traitement des crampes a commencé { $ratio } fois plus souvent dans l'année suivant son début)
medicine-link-listed = lié aux crampes dans des revues publiées, sans taille mesurée
medicine-link-mentioned = cité comme cause possible de crampes, jamais mesuré
medicine-link-none = aucun lien connu avec les crampes
medicine-added-listed = Ce type de médicament est lié à des crampes chez certaines personnes. Continuez à le prendre comme prescrit ; le bilan vous dira si votre journal suggère d'en parler à la personne qui vous l'a prescrit.
medicine-added-mentioned = Certaines sources citent ce type de médicament comme cause possible de crampes, sans mesurer à quelle fréquence. Continuez à le prendre comme prescrit ; si vos crampes ont commencé ou augmenté après son début, dites-le à la personne qui vous l'a prescrit.
plan-medicine-listed = Vous prenez { $name } ({ $label }), un type de médicament lié aux crampes.
plan-medicine-mentioned = Vous prenez { $name } ({ $label }), un type de médicament que certaines sources citent comme cause possible de crampes.

# Confirmations de nuit refusées (rien n'a été changé).
checkin-not_ended = La nuit du { $night } n'est pas encore finie ; confirmez-la le matin.
checkin-has_cramps-one = La nuit du { $night } a 1 crampe notée, elle ne peut donc pas être confirmée sans crampe.
checkin-has_cramps-many = La nuit du { $night } a { $cramps } crampes notées, elle ne peut donc pas être confirmée sans crampe.

# Pourquoi une règle du bilan s'est déclenchée : ce qui, dans le journal ou les réponses, l'a déclenchée.
checkup-why-t1 = Vous avez dit avoir un essoufflement, une douleur dans la poitrine ou du sang en toussant.
checkup-why-t2_leg = Vous avez dit qu'une jambe est gonflée, chaude, rouge ou plus foncée, ou a des veines douloureuses.
checkup-why-t8 = Vous avez dit qu'une douleur du dos ou des jambes s'accompagne d'un engourdissement autour des fesses ou entre les jambes, de problèmes pour uriner ou aller à la selle, ou d'une faiblesse ou d'un engourdissement des deux jambes.
checkup-why-you_said = Vous avez dit : { $signs }.
checkup-sign-pain_between_cramps = la douleur d'un mollet reste entre les crampes
checkup-sign-pain_worse_walking_one_leg = la douleur d'un mollet augmente debout ou à la marche
checkup-sign-pain_not_eased_by_stretching = la douleur d'un mollet ne se calme pas à l'étirement
checkup-sign-cramps_elsewhere = des crampes dans la poitrine, les bras ou le ventre
checkup-sign-new_weakness_or_numbness = une faiblesse ou une perte de sensibilité nouvelles
checkup-sign-twitching = des muscles qui tressautent
checkup-sign-fluid_loss = des crampes après une grosse perte de liquide ou un diurétique
checkup-why-t3 = Vous avez dit qu'une crampe dure encore après plus de 10 minutes.
checkup-why-t4 = Vous avez dit que les crampes ont commencé après un toxique ou une plaie souillée.
checkup-why-t6 = Vous avez dit avoir des bleus, des saignements ou des taches inhabituelles sur la peau.
checkup-why-t9 = Vous prenez une statine et avez dit avoir des douleurs musculaires fortes ou étendues, une faiblesse nouvelle ou des urines foncées.
checkup-why-t7 = Vous êtes enceinte et avez dit que votre douleur de jambe ne se calme pas ou s'accompagne d'un gonflement, de chaleur, de rougeur ou d'une gêne pour marcher.
checkup-why-f2 = Des crampes pendant { $cramp_nights } des { $known } nuits notées du { $from } au { $to } (environ { $per_week } nuits par semaine ; { $cramps ->
        [one] { $cramps } crampe
       *[other] { $cramps } crampes
    } en tout).{ $every_night }
checkup-why-f2_every_night = {" "}Soit des crampes chaque nuit notée.
checkup-why-r10 = Vous avez dit que vos crampes sont si douloureuses ou pénibles que vous avez du mal à les supporter.
checkup-why-d2 = Sur les { $weeks } semaines notées jusqu'au { $to } : { $changes }.
checkup-why-d2_counts = des crampes par semaine en hausse d'environ { $percent } % chaque semaine ({ $p })
checkup-why-d2_pain = une douleur en hausse de { $slope } points par semaine ({ $p })
checkup-why-r4 = Une crampe pendant la nuit du { $night } a duré { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
checkup-why-f5 = Après la crampe de la nuit du { $night }, la douleur musculaire a duré { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }.
checkup-why-r8 = Vous vous êtes étiré { $days } des 42 jours jusqu'au { $to }, et les crampes restent fréquentes.
checkup-why-r1 = { $reasons }.
checkup-why-r1_woke = des crampes vous ont réveillé { $nights ->
        [one] { $nights }
       *[other] { $nights }
    } des 14 dernières nuits
checkup-why-r1_rating = le trouble de votre sommeil a été de { $mean }/10 en moyenne sur { $rated ->
        [one] { $rated } nuit notée
       *[other] { $rated } nuits notées
    }
checkup-why-r1_tired = vous avez dit que les crampes vous laissent fatigué dans la journée
checkup-why-r2 = Vous avez dit avoir les jambes engourdies ou les deux jambes gonflées.
checkup-why-r3 = Vous avez dit que les muscles de vos jambes s'affaiblissent ou maigrissent.
checkup-why-r5 = Vous avez dit qu'une douleur du mollet vient à la marche et s'arrête au repos.
checkup-why-r7 = Vous avez dit boire souvent beaucoup d'alcool.
checkup-why-c3 = Vous avez répondu oui aux quatre questions sur les jambes sans repos.
checkup-why-c4 = Vous avez dit que vos jambes sursautent pendant le sommeil, ou que votre sommeil ne repose pas sans crampes.
checkup-why-p6 = Votre liste de médicaments comprend { $name } (depuis le { $since }).
checkup-why-p6p = Vous êtes enceinte et prenez { $name } (depuis le { $since }).
checkup-why-r6 = Vous avez commencé { $name } le { $since }, un médicament du groupe { $label }{ $ratio } ; { $comparison }.
checkup-why-r6_ratio = {" "}(dans une grande étude, un traitement des crampes a commencé { $ratio } fois plus souvent dans l'année suivant le début de ce type de médicament)
checkup-why-r6_too_little_before = { $cramps ->
        [one] { $cramps } crampe a été notée
       *[other] { $cramps } crampes ont été notées
    } dans les 12 mois suivants ; le journal a trop peu d'avant pour comparer
checkup-why-r6_compared = depuis, { $after } crampes par semaine en moyenne, contre { $before } par semaine l'année d'avant
checkup-why-r9 = Votre profil indique : { $conditions }.

# « Est-ce que ça a aidé ? » : une habitude depuis une date comparée à la même durée avant.
habit-summary = Depuis le { $since } ({ $habit }) : { $after_rate } ({ $after_cramps ->
        [one] { $after_cramps } crampe
       *[other] { $after_cramps } crampes
    } sur { $after_nights ->
        [one] { $after_nights } nuit notée
       *[other] { $after_nights } nuits notées
    }), contre { $before_rate } sur la même durée avant ({ $before_cramps } sur { $before_nights }).
habit-per_week = { $rate } par semaine
habit-no_data = pas de données
habit-fewer = { $percent } % de moins
habit-more = { $percent } % de plus
habit-interval = , intervalle à 95 % de { $low } à { $high }
habit-change = {" "}Soit { $change } (rapport de taux { $ratio }{ $interval }).
habit-verdict-fewer_meaningful = {" "}Un changement de cette taille compterait, mais cette comparaison seule ne peut pas montrer que l'habitude en est la cause.
habit-verdict-fewer_small = {" "}Moins, mais de moins des 25 % et d'une par semaine qui compteraient.
habit-verdict-more = {" "}Davantage de crampes depuis ; cela n'a peut-être rien à voir avec l'habitude.
habit-verdict-no_clear_change = {" "}Pas de changement clair : les données excluent un changement de 25 % dans un sens comme dans l'autre.
habit-verdict-cannot_tell_yet = {" "}Les données ne permettent pas encore de le dire.
habit-more_nights = {" "}Environ { $nights ->
        [one] { $nights } nuit notée de plus
       *[other] { $nights } nuits notées de plus
    } dans chaque période montreraient un changement de 25 %.
habit-warning-placebo = Une comparaison avant-après ne peut pas prouver qu'une habitude a aidé : dans les essais, il y a eu environ un quart de crampes en moins avec des comprimés sans médicament, et les crampes vont et viennent d'elles-mêmes.
habit-warning-season = Les deux périodes tombent à des saisons différentes. Les crampes sont plus fréquentes en été (environ deux fois plus qu'en hiver), ce qui suffit à faire paraître une habitude meilleure ou pire.
habit-warning-unsteady = Vous avez gardé l'habitude { $done } sur { $recorded ->
        [one] { $recorded } jour noté
       *[other] { $recorded } jours notés
    } ; une habitude irrégulière est difficile à juger.
habit-warning-not_recorded = L'habitude { $habit } n'est notée aucun jour depuis le { $since }.
habit-warning-alternate = Un test plus juste consiste à alterner : deux semaines avec et deux sans, au moins trois fois, dans un ordre tiré au hasard (un essai n-de-1). Même ainsi, on obtient une estimation pour vous, pas une certitude.

# Les lignes fixes des constats, et les facteurs qui arrivent les mêmes jours.
insight-minimum_data = Un facteur reçoit un verdict dès qu'il y a au moins { $min_with } nuits notées avec lui et { $min_without } sans lui, et au moins { $min_cramps } nuits avec des crampes parmi elles. Les nuits non notées sont laissées de côté, jamais comptées comme sans crampe.
insight-caution = Ce sont des associations dans votre propre journal, pas des preuves de cause : autre chose qui arrive les mêmes jours peut être la vraie raison. Le moyen de savoir est de changer une seule chose volontairement pendant quelques semaines et de voir.
insight-together-one_stands = Pris ensemble, { $stands } tient tout seul ; { $other } n'ajoute pas grand-chose.
insight-together-both_stand = Pris ensemble, chacun tient encore tout seul.
insight-together-cannot_tell = Pris ensemble, le journal ne peut pas dire lequel des deux compte.
insight-together = { $a } et { $b } arrivent souvent les mêmes jours, si bien que l'un peut ne sembler compter qu'à cause de l'autre. { $verdict } (Rapports de cotes ajustés { $or_a } et { $or_b }.)
insight-together-inseparable = { $a } et { $b } arrivent presque toujours les mêmes jours, si bien que le journal ne peut pas les distinguer.

# Les points du plan de prévention : un titre chacun, et pourquoi un point figure dans le plan de cette personne.
plan-quinine-title = Réexaminer la quinine avec la personne qui vous l'a prescrite
plan-quinine-why = Votre liste de médicaments comprend de la quinine.
plan-medicines-title = Demander un examen de vos médicaments
plan-stretch-title = Étirez vos mollets chaque soir avant de vous coucher
plan-stretch-why = Premier geste pour tous : peu risqué, et un essai a trouvé des crampes moins fréquentes et moins fortes après six semaines.
plan-fluids-title = Boire régulièrement au fil de la journée
plan-fluids-why = Boire régulièrement est un conseil raisonnable, même s'il n'a pas été testé dans des essais.
plan-fluids_limited-title = Demandez à votre équipe soignante combien boire
plan-fluids_limited-why = Votre profil indique une maladie pour laquelle la quantité à boire peut demander une limite.
plan-position-title = Couvertures lâches, pieds non pointés
plan-position-why = Éviter que les pieds restent pointés la nuit est simple à essayer.
plan-move-title = Continuer à bouger, doucement
plan-move-why = Une activité douce chaque jour garde les jambes souples.
plan-move-gradually = { $finding } Augmentez l'activité peu à peu plutôt que par à-coups.
plan-magnesium-title = Le magnésium : seulement sur avis médical
plan-magnesium-why = Cité pour être complet : de bons essais l'ont trouvé peu susceptible d'aider la plupart des adultes.
plan-magnesium-pregnant = Vous êtes enceinte : les essais pendant la grossesse ne concordent pas ; demandez à votre sage-femme ou à votre médecin avant d'en prendre.
plan-magnesium-taking = Vous avez noté prendre du magnésium ces derniers temps.
plan-pregnancy-title = Pendant la grossesse : connaître les signes d'alerte
plan-pregnancy-why = Votre profil indique que vous êtes enceinte.

# Tendances : comment se lit un test hebdomadaire, et sur quoi reposent les constats.
trend-rising = en hausse{ $change }{ $p }
trend-falling = en baisse{ $change }{ $p }
trend-no_clear_change = pas de changement clair{ $p }
trend-not_enough_data = trop peu de semaines notées pour le dire (il faut quatre semaines avec quatre nuits notées chacune)
trend-p = {" "}({ $p })
trend-change-rate = , environ { $percent } % par semaine
trend-change-points = , { $change } par semaine
insight-summary = À partir de { $known ->
        [one] { $known } nuit notée
       *[other] { $known } nuits notées
    } jusqu'à la nuit du { $night } ({ $cramp_nights } avec des crampes ; { $unknown } non notées, laissées de côté).
plan-magnesium-kidney = Vous avez une maladie des reins : le magnésium n'est pas à essayer sans l'avis de votre néphrologue.

# Ce qu'une importation n'a pas écrasé (la valeur du journal a été gardée).
conflict-episode = crampe { $id } du { $at } : la version du journal a été gardée
conflict-checkin = nuit du { $night } : trouble du sommeil { $file } dans le fichier, { $diary } dans le journal (gardé)
conflict-factor-typed = { $date } { $factor } : { $file } dans le fichier, { $diary } saisi dans le journal (gardé)
conflict-factor = { $date } { $factor } : { $file } dans le fichier, { $diary } dans le journal (gardé)
conflict-profile = profil, { $field } : la valeur du journal a été gardée
conflict-medication = médicament { $name } : la version du journal a été gardée

# Les libellés et lignes du compte rendu pour le médecin.
report-title = Crampes nocturnes des jambes : résumé du journal du patient
report-period = Nuits du { $from } au { $to } ({ $nights ->
        [one] { $nights } nuit
       *[other] { $nights } nuits
    })
report-completeness = { $known } sur { $nights ->
        [one] { $nights } nuit notée
       *[other] { $nights } nuits notées
    } ({ $percent }) ; les nuits non notées sont laissées de côté, pas comptées comme sans crampe.
report-none = -
report-age = Âge
report-age-value = environ { $age } ans
report-pregnancy = Grossesse
report-pregnancy-value = enceinte{ $due }
report-pregnancy-due = , terme prévu le { $date }
report-activity = Activité
report-activity-athlete = s'entraîne régulièrement (sportif)
report-conditions = Maladies
report-conditions-none = aucune notée
report-cramps = Crampes
report-cramps-value = { $cramps } sur { $nights ->
        [one] { $nights } nuit
       *[other] { $nights } nuits
    }
report-per_week = Crampes par semaine
report-nights_per_week = Nuits avec crampes par semaine
report-pain = Douleur (0-10)
report-pain-value = moyenne { $mean }, maximum { $highest }
report-duration = Durée
report-duration-value = médiane { $minutes } min ; { $percent } au-delà de 10 min
report-woken = Réveillé par les crampes
report-woken-value = { $woke } sur { $known ->
        [one] { $known } nuit notée
       *[other] { $known } nuits notées
    }
report-disturbance = Trouble du sommeil (0-10)
report-disturbance-none = non noté
report-disturbance-value = moyenne { $mean } sur { $rated ->
        [one] { $rated } nuit notée
       *[other] { $rated } nuits notées
    }
report-hours = { $hours } h
report-sign-frequent = Fréquentes (des crampes plus de 3 nuits par semaine sur deux semaines)
report-sign-frequent-thin = seulement { $known } des 14 dernières nuits notées
report-sign-severe = Fortes (la personne a du mal à supporter la douleur)
report-sign-severe-said = dit le { $date }
report-sign-severe-no = réponse non le { $date }
report-sign-severe-unasked = la question n'a pas encore été posée
report-sign-worsening = En aggravation (une hausse vérifiée au fil des semaines)
report-sign-worsening-thin = moins de quatre semaines avec quatre nuits notées ou plus
report-sign-long = Anormalement longues (plus de 10 minutes)
report-sign-long-thin = aucune crampe et trop peu de nuits notées ces quatre dernières semaines
report-sign-not_improving = Pas d'amélioration malgré six semaines d'étirements chaque soir
report-sign-not_improving-unrecorded = les crampes sont fréquentes, mais six semaines d'étirements réguliers ne sont pas notées
report-sign-not_improving-not_frequent = les crampes ne sont pas fréquentes
report-sign-present = présent
report-sign-no = non
report-sign-cannot_tell = impossible à dire
report-answer-yes = oui
report-answer-no = non
report-medicine-quinine = quinine : non recommandée contre les crampes
report-medicine-too_few = trop peu de nuits notées
report-medicine-rate = { $rate }/semaine
report-medicine-current = en cours
report-medicine-before_after = avant : { $before } ; après : { $after }
report-habit-stretched = Étirement du mollet au coucher
report-habit-massage = Massage des jambes au coucher
report-habit-magnesium_mg = Complément de magnésium
report-habit-light_activity_min = Activité douce (marche, natation, yoga)
report-habit-tight_blankets = Couvertures serrées
report-habit-value = { $yes } sur { $recorded ->
        [one] { $recorded } jour noté
       *[other] { $recorded } jours notés
    }
report-chart-weekly = Crampes par semaine
report-chart-pain = Douleur de chaque crampe (0-10)
report-suggested_code = Code suggéré, à confirmer par le médecin : CIM-10-CM G47.62, crampes des jambes liées au sommeil.
report-footer = Réalisé avec nightcramp { $version } le { $date } à partir du propre journal du patient. Les constats tirés du journal d'une seule personne sont des associations, pas des preuves ; ceci n'est pas un diagnostic.

# Expériences personnelles. $change est ce que demande une nuit de changement, à
# l'infinitif (« étirer vos mollets avant de dormir ») ; les chiffres viennent du modèle.
experiment-do-stretched = étirer vos mollets avant de dormir
experiment-do-massage = masser vos jambes avant de dormir
experiment-do-tight_blankets = laisser les couvertures lâches au niveau des pieds
experiment-do-caffeine_drinks-is-0 = ni café, ni thé, ni cola
experiment-do-alcohol_drinks-is-0 = pas d'alcool
experiment-do-yes = { $label } : oui
experiment-do-no = { $label } : non
experiment-do-at_least = { $label } : au moins { $value }
experiment-do-at_most = { $label } : au plus { $value }
experiment-do-none = { $label } : aucun
experiment-do-is = { $label } : { $value }
experiment-tonight-change = Ce soir : { $change }.
experiment-tonight-usual = Ce soir : comme d'habitude (pas besoin de ceci : { $change }).
experiment-tonight-washout = Cette nuit est une nuit de transition, elle ne compte pas.
experiment-tonight-baseline = Votre expérience commence le { $start } ; d'ici là, notez vos nuits comme d'habitude.
experiment-made-ask = Hier était un jour « { $arm } » de votre expérience, qui demandait de : { $change }. L'avez-vous fait ?
experiment-refused-prescriber = nightcramp ne commence, n'interrompt ni ne change jamais un médicament ou un complément : un tel essai revient à la personne qui vous l'a prescrit, qui peut l'organiser sans danger. Continuez à prendre ce que vous prenez comme conseillé, et choisissez plutôt une habitude à tester (par exemple stretched, massage, tight_blankets ou caffeine_drinks=0)
experiment-refused-observation = cela se mesure, cela ne se choisit pas, donc on ne peut pas le mettre en place puis l'arrêter d'une nuit à l'autre ; choisissez plutôt une habitude à tester (par exemple stretched ou caffeine_drinks=0)
experiment-refused-too_few = vos deux semaines de référence ont eu { $rate } nuits avec crampes par semaine, moins que les { $minimum } dont un essai a besoin pour répondre en un temps raisonnable : à ce rythme, les { $weeks } semaines du plan habituel devraient passer à environ { $needed } semaines. Que vos crampes soient rares est une bonne nouvelle ; la page des constats peut continuer à les suivre
experiment-refused-none = vos deux semaines de référence n'ont eu aucune nuit avec crampes, il n'y a donc rien qu'un changement puisse réduire
experiment-verdict-likely_helps = Cela vous aide probablement : les nuits de changement, vous avez eu environ { $fewer } % de crampes en moins (rapport de taux { $ratio }, intervalle à 95 % de { $low } à { $high }) ; { $helps } % de chances que cela aide un peu et { $meaningful } % que cela réduise les crampes d'au moins un cinquième.
experiment-verdict-likely_worse = Cela pourrait aggraver vos crampes : les nuits de changement, vous avez eu davantage de crampes (rapport de taux { $ratio }, intervalle à 95 % de { $low } à { $high }) ; { $worse } % de chances que cela n'aide pas.
experiment-verdict-no_meaningful_benefit = Pas de bénéfice notable pour vous : le rapport de taux est de { $ratio } (intervalle à 95 % de { $low } à { $high }), avec seulement { $meaningful } % de chances de réduire les crampes d'au moins un cinquième.
experiment-verdict-unclear = Incertain pour l'instant : le rapport de taux est de { $ratio } (intervalle à 95 % de { $low } à { $high }) ; { $helps } % de chances que cela aide et { $meaningful } % que cela réduise les crampes d'au moins un cinquième.
experiment-verdict-not_enough_data = Pas encore assez de données : un résultat demande au moins { $min_pairs } paires de périodes complètes et { $min_nights } nuits notées et comptées dans chaque bras ({ $pairs ->
        [one] { $pairs } paire complète
       *[other] { $pairs } paires complètes
    } pour l'instant ; { $change_nights } nuits de changement et { $usual_nights } nuits habituelles notées).
experiment-stopped_early-benefit = Les preuves sont assez fortes pour s'arrêter plus tôt : vous pouvez continuer à le faire.
experiment-stopped_early-harm = L'essai s'arrête plus tôt parce que vos crampes sont venues plus souvent avec le changement.
experiment-more_pairs = Si l'estimation se maintenait, environ { $more ->
        [one] { $more } paire de plus
       *[other] { $more } paires de plus
    } de périodes permettraient probablement de trancher.
experiment-more_pairs-unlikely = Même huit paires de périodes de plus ne permettraient probablement pas de trancher : une différence de cette taille est difficile à montrer avec les nuits d'une seule personne.
experiment-adherence = Le journal montre que le calendrier a été suivi { $percent } % des { $nights ->
        [one] { $nights } nuit
       *[other] { $nights } nuits
    } sur lesquelles il dit quelque chose.
experiment-adherence-weakened = Le journal montre que le calendrier n'a été suivi que { $percent } % des { $nights ->
        [one] { $nights } nuit
       *[other] { $nights } nuits
    } sur lesquelles il dit quelque chose, ce qui affaiblit ce résultat : les deux bras ont moins différé que prévu.
experiment-only_you = Cela ne concerne que vous et ces nuits-là, et c'est une estimation, pas une preuve.
experiment-status-baseline = Référence : vos nuits habituelles sont notées avant la première période.
experiment-status-running = En cours.
experiment-status-finished = Terminée.
experiment-status-stopped = Arrêtée plus tôt par vous.
experiment-arm-change = changement
experiment-arm-usual = habituel
experiment-baseline-sparse = Remarque : { $reason }. Vous pouvez continuer, ou y mettre fin avec nightcramp experiment stop.

## Les facteurs de la journée tels que la personne les lit.
factor-standing_h = heures debout
factor-exercise_min = minutes d'exercice
factor-exercise_intensity = intensité de l'exercice
factor-exercise_intensity-none = aucune
factor-exercise_intensity-light = légère
factor-exercise_intensity-moderate = modérée
factor-exercise_intensity-vigorous = intense
factor-steps = pas
factor-water_l = litres d'eau
factor-heavy_sweating = forte transpiration
factor-urine_color = couleur de l'urine (1-8)
factor-caffeine_drinks = boissons caféinées
factor-alcohol_drinks = boissons alcoolisées
factor-sitting_h = heures en position assise
factor-sleep_position = position de sommeil
factor-sleep_position-back_supported = sur le dos, genoux soutenus
factor-sleep_position-back = sur le dos
factor-sleep_position-side = sur le côté
factor-sleep_position-side_curled = sur le côté, jambes repliées
factor-sleep_position-stomach = sur le ventre
factor-tight_blankets = couvertures serrées
factor-stretched = étirements avant le coucher
factor-massage = massage des jambes avant le coucher
factor-light_activity_min = minutes d'activité légère
factor-magnesium_mg = mg de magnésium
factor-night_checked = nuit confirmée
factor-sleep_h = heures de sommeil

## Ce que compare un constat.
insight-when-stretched = après des étirements avant le coucher
insight-when-massage = après un massage des jambes avant le coucher
insight-when-heavy_sweating = après une journée de forte transpiration
insight-when-tight_blankets = avec des couvertures serrées ou bordées
insight-when-other = avec ce facteur
insight-exposed-vigorous = exercice intense
insight-when-vigorous = après une journée d'exercice intense
insight-exposed-toes_pointed = dormir sur le ventre ou sur le côté jambes repliées (pointes de pied tendues)
insight-when-toes_pointed = en dormant sur le ventre ou sur le côté jambes repliées
insight-exposed-dark_urine = urine de couleur { $from } ou plus foncée (pas claire)
insight-when-dark_urine = après une journée avec une urine plus foncée (couleur { $from } ou plus)
insight-exposed-magnesium = prise d'un complément de magnésium
insight-when-magnesium = après une prise de magnésium
insight-exposed-alcohol = de l'alcool, même peu
insight-when-alcohol = après une journée avec de l'alcool
insight-when-custom = après une journée avec { $name }
insight-exposed-above_median = plus de { $value } { $label } (votre médiane)
insight-when-above_median = après plus de { $value } { $label } (votre médiane)
insight-exposed-at_least_median = { $value } { $label } ou plus (votre médiane)
insight-when-at_least_median = après { $value } { $label } ou plus (votre médiane)
insight-exposed-constant = { $label } (toujours la même valeur, donc rien à comparer)
insight-when-constant = avec { $label }
insight-activity_jump = une hausse soudaine de l'activité
insight-exposed-activity_jump = une journée avec des pas ou de l'exercice au moins { $ratio } fois votre niveau des deux semaines précédentes
insight-when-activity_jump = après une hausse soudaine de l'activité
insight-exposed-medicine = les 12 premiers mois de traitement ({ $label })
insight-when-medicine = pendant les 12 premiers mois de traitement ({ $label })
insight-day_before = { $when }, la veille
insight-reverse-other = on le fait souvent parce que les jambes sont déjà tendues

## Où était la crampe.
muscle-calf = mollet
muscle-foot = pied
muscle-toes = orteils
muscle-shin = tibia
muscle-thigh_back = arrière de la cuisse
muscle-thigh_front = avant de la cuisse
muscle-other = autre endroit
side-left = gauche
side-right = droite
side-both = les deux
site-calf-left = mollet gauche
site-calf-right = mollet droit
site-calf-both = mollets, les deux jambes
site-foot-left = pied gauche
site-foot-right = pied droit
site-foot-both = pieds, les deux jambes
site-toes-left = orteils du pied gauche
site-toes-right = orteils du pied droit
site-toes-both = orteils, les deux pieds
site-shin-left = tibia gauche
site-shin-right = tibia droit
site-shin-both = tibias, les deux jambes
site-thigh_back-left = arrière de la cuisse gauche
site-thigh_back-right = arrière de la cuisse droite
site-thigh_back-both = arrière des cuisses, les deux jambes
site-thigh_front-left = avant de la cuisse gauche
site-thigh_front-right = avant de la cuisse droite
site-thigh_front-both = avant des cuisses, les deux jambes
site-other-left = autre endroit, jambe gauche
site-other-right = autre endroit, jambe droite
site-other-both = autre endroit, les deux jambes
relief-stretch = étirement
relief-walk = marche
relief-massage = massage
relief-heat = chaleur
relief-nothing = rien n'a aidé
relief-other = autre chose
condition-diabetes = diabète
condition-kidney_disease = maladie des reins
condition-thyroid_disorder = trouble de la thyroïde
condition-peripheral_nerve_disorder = atteinte des nerfs des jambes ou des pieds (neuropathie périphérique)
condition-spinal_problems = problèmes de colonne vertébrale
condition-circulation_problems = mauvaise circulation dans les jambes
condition-cirrhosis = cirrhose du foie
condition-heart_failure = insuffisance cardiaque

## Les titres et les mots du rapport pour le médecin.
report-label-patient = Patient ou patiente
report-label-glance = En bref
report-label-signs = Quatre signes qui appellent un médecin, et le bilan
report-label-answers = Questions sur les signes d'alerte répondues
report-label-answers_none = Aucune question sur les signes d'alerte n'a encore reçu de réponse.
report-label-findings_none = Le journal seul ne donne aucune raison de voir un médecin.
report-label-rule = règle
report-label-sources = sources
report-label-hours = Heure de la nuit (début des crampes)
report-label-sites = Endroit et côté
report-label-no_cramps = Aucune crampe sur la période.
report-label-medicines = Médicaments (★ pour ceux liés aux crampes)
report-label-medicines_none = Aucun noté.
report-label-medicine = Médicament
report-label-class = Classe
report-label-since = Depuis
report-label-until = Jusqu'au
report-label-link = Lien avec les crampes ; crampes par semaine avant / après le début
report-label-associations = associations
report-label-none_stands_out = Rien ne ressort.
report-label-habits = Habitudes essayées sur la période
report-label-none_recorded = Aucune notée.
report-label-experiments = Expériences personnelles (randomisées, une personne)
report-urgency-none = pour information
report-urgency-routine = rendez-vous ordinaire
report-urgency-soon = bientôt
report-urgency-urgent = urgent : aujourd'hui
report-label-sources_cited = Sources citées
report-experiment = { $change } ({ $code } ; { $pairs ->
    [one] { $pairs } paire
   *[other] { $pairs } paires
} de { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
}, du { $from } au { $to } ; { $state })
report-experiment-numbers = Rapport des taux { $ratio } (intervalle à 95 % : { $low } à { $high }) ; { $change_nights } nuits avec le changement et { $usual_nights } nuits habituelles comptées.
experiment-state-baseline = période de départ
experiment-state-running = en cours
experiment-state-finished = terminée
experiment-state-stopped = arrêtée plus tôt

## Avec quelle régularité une étape du plan a été suivie.
plan-adherence-stretched = étirements { $yes } des { $days } derniers jours
plan-adherence-water_l = eau notée { $yes } des { $days } derniers jours
plan-adherence-tight_blankets = couvertures serrées { $yes } des { $days } derniers jours
plan-adherence-light_activity_min = activité douce { $yes } des { $days } derniers jours
plan-adherence-missing = {" "}({ $missing } non notés)

## Les textes affichés de l'export FHIR.
fhir-symptom = Symptôme
fhir-cramp = Crampe nocturne de la jambe
fhir-category = Symptôme signalé par le patient
fhir-woke = A réveillé la personne.
fhir-soreness = Courbatures ensuite : { $hours } h.
fhir-disturbance = Gêne du sommeil { $rating }/10.
fhir-cramps_per_week = Crampes des jambes par semaine (nuits notées)
fhir-cramp_nights_per_week = Nuits avec crampes des jambes par semaine (nuits notées)
fhir-known = Sur { $known } nuits notées ; les nuits non notées ne sont pas comptées.
fhir-drug_class = Classe du médicament : { $label }.
fhir-condition_note = Signalé par le patient dans nightcramp.
fhir-ci_low = Intervalle à 95 %, borne basse
fhir-ci_high = Intervalle à 95 %, borne haute
fhir-probability_helps = Probabilité d'avoir moins de crampes avec le changement (rapport des taux inférieur à 1)
fhir-probability_meaningful = Probabilité d'avoir au moins un cinquième de crampes en moins (rapport des taux inférieur à 0,8)
fhir-experiment = Essai personnel randomisé n-de-1 de « { $change } » ({ $code }) : rapport des taux de crampes par nuit notée, périodes avec le changement contre périodes habituelles
fhir-not_enough_data = pas encore assez de données
fhir-verdict-likely_helps = aide probablement
fhir-verdict-likely_worse = peut aggraver les crampes
fhir-verdict-no_meaningful_benefit = pas de bénéfice notable
fhir-verdict-unclear = pas encore clair
fhir-verdict-not_enough_data = pas encore assez de données

## Les rappels du calendrier.
calendar-name = rappels nightcramp
calendar-water = Buvez un verre d'eau
calendar-water_limited = De l'eau, comme votre équipe soignante vous l'a conseillé
calendar-stretch = Étirement des mollets avant le coucher
calendar-stretch-steps = Étirement des mollets, 30 secondes de chaque côté :

## Une crampe en une ligne, des durées, l'état d'une nuit.
episode-line = { $site }, douleur { $pain }/10, { $duration }
episode-woke = , a interrompu le sommeil
episode-sore = , courbatures { $hours } h
episode-eased = , soulagée par : { $relief }
duration-hours = { $hours } h
duration-minutes = { $minutes } min
duration-seconds = { $seconds } s
night-status-cramps = { $count ->
    [one] 1 crampe
   *[other] { $count } crampes
}
night-status-no_cramps = pas de crampe
night-status-unknown = non notée

## Ce qui ne va pas dans une saisie, et ce qu'elle peut être.
input-not_allowed = { $value } n'est pas accepté ; attendu : { $allowed }
input-missing = manquant ; attendu : { $allowed }
input-field_not_allowed = { $field } : { $value } n'est pas accepté ; attendu : { $allowed }
input-field_missing = { $field } : manquant ; attendu : { $allowed }
field-started_at = début
field-duration_s = durée
field-muscle = endroit
field-side = quelle jambe
field-intensity = intensité de la douleur
field-woke = vous a réveillé
field-soreness_h = courbatures après
field-relief = ce qui a aidé
field-notes = notes
field-night = nuit
field-date = jour
allowed-rfc3339 = une date et une heure avec leur décalage UTC, comme 2026-11-29T02:40:00-05:00
allowed-duration_range = une durée de 1 seconde à 24 heures
allowed-intensity = un nombre entier de 1 à 10
allowed-zone_annotation = un nom de fuseau horaire IANA connu dans l'annotation [...]
allowed-time_zone = un nom de fuseau horaire IANA comme Europe/Paris
allowed-duration_seconds = des secondes entières de 1 à 86400
allowed-duration = une durée comme 40s, 2m, 1m30s ou 1h (de 1 seconde à 24 heures)
allowed-soreness = des heures de 0 à 168, comme 3 ou 3h
allowed-list_of = une liste parmi { $list }
allowed-at_most_chars = au plus { $count } caractères
allowed-uuid = un UUID
allowed-json_value = un texte, un nombre, true ou false, ou null
allowed-json_words = une liste de mots comme ["stretch", "walk"], ou un texte
allowed-medicine_name = un nom de 1 à 100 caractères
allowed-drug_class = une classe de médicament, car { $name } n'est pas dans la liste de médicaments de nightcramp : l'une de { $list }
allowed-until_after = une date égale ou postérieure à celle du début, { $since }
allowed-one_of = l'un de { $list }
allowed-day_not_future = aujourd'hui ou un jour antérieur : une journée se note à partir de ce jour-là
allowed-day_factor = un facteur de la journée ; une nuit se confirme avec la confirmation du matin
allowed-disturbance = un nombre entier de 0 à 10
allowed-question_id = un identifiant de question : { $list }
allowed-cramp_time = une heure comme 02:40 (le 02:40 le plus récent), une date et une heure de votre horloge comme 2026-11-29T02:40 ou "2026-11-29 02:40", ou une heure exacte comme 2026-11-29T02:40:00+01:00
allowed-cramp_time_date_alone = une date et une heure, comme 2026-11-29T02:40 : une date seule ne dit pas quand a eu lieu la crampe
allowed-fold = une heure qui n'a eu lieu qu'une fois : { $civil } a eu lieu deux fois cette nuit-là au passage à l'heure d'hiver ; indiquez son décalage, { $before } ou { $after }
allowed-time_from = une heure à partir de { $year }
allowed-time_past = une heure déjà passée (il est maintenant { $now })
allowed-date = une date au format AAAA-MM-JJ
allowed-date_exists = une date qui existe, au format AAAA-MM-JJ
allowed-date_range = une date du { $from } au { $to }
allowed-last_day = une date au format AAAA-MM-JJ, aujourd'hui ({ $today }) ou plus tard
allowed-factor_name = l'un des facteurs de la journée ({ $list }) ou custom:NOM
allowed-custom_name = un nom de 1 à { $max } caractères sans '=', ',' ni caractères de contrôle
allowed-bool = true/false, yes/no ou 1/0
allowed-true_false = vrai ou faux
allowed-hours = un nombre d'heures, comme 9, 9h, 7.5h ou 90min
allowed-minutes = un nombre de minutes, comme 45, 45min ou 1.5h
allowed-litres = un nombre de litres, comme 1.5, 1.5l ou 750ml
allowed-milligrams = un nombre de milligrammes, comme 300 ou 300mg
allowed-count = un nombre entier, comme 2
allowed-range-hours = { $whole ->
    [yes] un nombre entier de { $min } à { $max } heures
   *[no] de { $min } à { $max } heures
}
allowed-range-minutes = { $whole ->
    [yes] un nombre entier de { $min } à { $max } minutes
   *[no] de { $min } à { $max } minutes
}
allowed-range-litres = { $whole ->
    [yes] un nombre entier de { $min } à { $max } litres
   *[no] de { $min } à { $max } litres
}
allowed-range-milligrams = { $whole ->
    [yes] un nombre entier de { $min } à { $max } mg
   *[no] de { $min } à { $max } mg
}
allowed-range-count = { $whole ->
    [yes] un nombre entier de { $min } à { $max }
   *[no] de { $min } à { $max }
}
allowed-number_from = un nombre de { $min } à { $max }
allowed-custom_value = un oui/non ou un nombre pour un facteur personnel
allowed-bool_or_number = yes/no (true/false, 1/0) ou un nombre
allowed-pairs = de { $min } à { $max } paires de périodes
allowed-period_nights = de { $min } à { $max } nuits
allowed-washout = moins de la moitié des { $nights } nuits d'une période (de 0 à { $max })
allowed-night_ended = une nuit déjà terminée (avant aujourd'hui)
allowed-whole_number = un nombre entier
allowed-clock_time = une heure au format HH:MM, comme 22:30
allowed-name_value = NOM=VALEUR, comme "long trajet=yes"
allowed-birth_year = une année de 1900 à 2030
allowed-time_zone_example = un nom de fuseau horaire IANA comme Europe/Paris ou America/Montreal
allowed-day = une date au format AAAA-MM-JJ, today ou yesterday
allowed-coins = une pièce pour chacune des { $pairs } paires

## Ce qui ne va pas dans un fichier, et où.
file-bad-file = { $file } : { $reason }
file-bad-field = { $file } : { $column } : { $reason }
file-bad-line = { $file }:{ $line } : { $reason }
file-bad-line_column = { $file }:{ $line } : colonne { $column } : { $reason }
file-unrecognised = { $file } : ce n'est pas un fichier que nightcramp connaît. { $accepts }
file-accepts = nightcramp import accepte : un CSV de crampes (un en-tête avec started_at, duration_s, muscle, side, intensity), un CSV de journées (un en-tête qui commence par date), une sauvegarde JSON de nightcramp ("format": "nightcramp/1"), un export d'Apple Santé (le zip que partage l'app Santé, ou son export.xml), un export Fitbit ou Google Takeout (le zip, son dossier décompressé ou l'un de ses fichiers JSON ou CSV), un export de compte Garmin (le zip ou son dossier), un téléchargement des données personnelles de Samsung Health (le dossier, ou un zip de celui-ci) et un export de Health Connect (le zip, ou le health_connect_export.db qu'il contient)
file-cells = a { $cells } cellules mais l'en-tête en a { $width }
file-unreadable_row = cette ligne est illisible : { $detail }
file-unreadable_header = l'en-tête est illisible : { $detail }
file-unknown_column = colonne inconnue ; colonnes acceptées : { $list }
file-twice = cette colonne apparaît deux fois
file-required_column = il manque une colonne obligatoire ; colonnes obligatoires : { $list }
file-unknown_day_column = colonne inconnue ; attendu : { $allowed } ou { $disturbance }
file-not_a_backup = ce n'est pas une sauvegarde nightcramp valable : { $detail }
file-format = { $format } n'est pas un format que cette version lit ; attendu : { $expected } (un nightcramp plus récent l'a peut-être écrit)
file-medication = il faut un nom, des dates du { $year }-01-01 à demain, et une date de fin égale ou postérieure au début
file-disturbance = attendu : un nombre entier de 0 à 10
file-answer = il faut un identifiant de question et une heure de { $year } à maintenant

file-kind-episodes_csv = CSV des crampes
file-kind-days_csv = CSV des journées
file-kind-json_backup = sauvegarde JSON de nightcramp

## L'export d'une montre ou d'un téléphone : ce qu'il est, ce qui a été laissé de côté, ce qui ne va pas.
wearable-kind-apple_health = Export Apple Santé
wearable-kind-fitbit = Export Fitbit
wearable-kind-garmin = Export Garmin
wearable-kind-samsung_health = Export Samsung Health
wearable-kind-health_connect = Export Health Connect
wearable-note-out_of_range = { $count ->
    [one] 1 jour daté d'avant 1900 ou d'après demain laissé de côté
   *[other] { $count } jours datés d'avant 1900 ou d'après demain laissés de côté
}
wearable-note-fitbit_zone = Fitbit enregistre les pas minute par minute en heure UTC : ils ont été placés sur les jours de { $zone } ({ $from })
wearable-note-garmin_fit = { $count ->
    [one] 1 fichier d'activité FIT ignoré : ses minutes sont déjà dans les résumés quotidiens de Garmin
   *[other] { $count } fichiers d'activité FIT ignorés : leurs minutes sont déjà dans les résumés quotidiens de Garmin
}
wearable-note-samsung_placeholders = { $count ->
    [one] 1 ligne datée d'avant 2010 ignorée : Samsung Health écrit de telles lignes de remplissage, pas des relevés
   *[other] { $count } lignes datées d'avant 2010 ignorées : Samsung Health écrit de telles lignes de remplissage, pas des relevés
}
wearable-zone_from-diary = le fuseau horaire de votre journal
wearable-zone_from-computer = le fuseau horaire de cet ordinateur
wearable-zone_from-profile = le fuseau horaire de votre profil Fitbit
wearable-zone_from-as_written = tels qu'ils sont écrits
wearable-what-samsung = les fichiers CSV de Samsung Health
wearable-what-fitbit = les fichiers Fitbit
wearable-what-garmin = les fichiers quotidiens de Garmin
wearable-file = { $file } : { $reason }
wearable-line = ligne { $line } : { $reason }
wearable-entry = { $file } : l'élément { $entry } de l'archive est abîmé : { $detail }
wearable-not_zip = { $file } : pas une archive zip lisible : { $detail }
wearable-file_too_big = { $file } : { $entry } fait { $mb } Mo ; { $what } font quelques Mo, ce n'en est donc pas un
wearable-csv_no_header_line = il fallait une ligne qui nomme les données, puis une ligne d'en-tête
wearable-not_csv = pas un fichier CSV : { $detail }
wearable-csv_columns = il fallait un en-tête avec les colonnes { $wanted } ; il a { $found }
wearable-fitbit_json = pas le JSON que Fitbit écrit pour ce fichier (ligne { $line }, colonne { $column }) : { $detail }
wearable-fitbit_steps_entry = entrée { $entry } : il fallait une heure comme "01/31/20 23:59:00" et un nombre de pas ; trouvé { $time } et { $value }
wearable-fitbit_steps_csv = il fallait une heure UTC comme 2026-09-12T05:00:00Z et un nombre de pas ; trouvé { $time } et { $steps }
wearable-fitbit_sleep_csv = il fallait un sommeil avec ses minutes endormi, un début et une fin en UTC comme 2026-09-11T23:00:00Z et des décalages comme +01:00 ; trouvé { $cells }
wearable-fitbit_stage = il fallait une phase AWAKE, LIGHT, DEEP ou REM ; trouvé { $found }
wearable-fitbit_stage_times = il fallait un début et une fin en UTC comme 2026-09-11T23:00:00Z et des décalages comme +01:00 ; trouvé { $cells }
wearable-garmin_json = pas le JSON que Garmin écrit pour ce fichier (ligne { $line }, colonne { $column }) : { $detail }
wearable-garmin_not_list = il fallait une liste de jours
wearable-garmin_date = entrée { $entry } : il fallait un calendarDate comme "2020-01-31"
wearable-samsung_day_time = il fallait day_time en millisecondes depuis 1970 ou une heure comme 2024-06-01 00:00:00.000 ; trouvé { $found }
wearable-samsung_steps = il fallait un nombre de pas ; trouvé { $found }
wearable-samsung_span = il fallait des heures UTC comme 2024-06-01 22:30:00.000 et un décalage comme UTC+0200 ; trouvé { $start }, { $end } et { $offset }
wearable-samsung_stage = il fallait une phase 40001 (éveil), 40002 (léger), 40003 (profond) ou 40004 (paradoxal) ; trouvé { $found }
wearable-samsung_duration = il fallait une durée en millisecondes ; trouvé { $found }
wearable-samsung_empty = { $count ->
    [one] { $file } : un export Samsung Health avec 1 fichier et aucun jour dedans : nightcramp lit les pas quotidiens (com.samsung.shealth.step_daily_trend), le sommeil et ses phases (com.samsung.shealth.sleep, com.samsung.health.sleep_stage) et l'exercice (com.samsung.shealth.exercise)
   *[other] { $file } : un export Samsung Health avec { $count } fichiers et aucun jour dedans : nightcramp lit les pas quotidiens (com.samsung.shealth.step_daily_trend), le sommeil et ses phases (com.samsung.shealth.sleep, com.samsung.health.sleep_stage) et l'exercice (com.samsung.shealth.exercise)
}
wearable-hc_offset = un décalage de { $seconds } secondes par rapport à UTC, qui n'existe nulle part
wearable-hc_end_before_start = une fin ({ $end }) avant son début ({ $start })
wearable-hc_out_of_range = une heure hors limites ({ $ms } ms)
wearable-hc_negative_steps = un nombre de pas négatif ({ $count })
wearable-no_hc_db = { $file } : ne contient pas de { $db }
wearable-hc_too_big = { $file } : { $entry } fait { $mb } Mo, plus que ce que contient un export Health Connect
wearable-hc_damaged = { $file } : la base de données est abîmée ({ $detail }) : exportez-la à nouveau depuis les réglages de Health Connect
wearable-hc_not_export = { $file } : pas un export Health Connect : il n'a pas de application_info_table (il a { $tables })
wearable-hc_table = { $file } : { $table } n'est pas la table qu'écrit Health Connect : { $detail }
wearable-hc_row = { $file } : { $table }, ligne { $id } : { $reason }
wearable-hc_empty = { $file } : un export Health Connect avec { $count } relevés de pas, de sommeil et d'exercice et aucun jour dedans : nightcramp lit steps_record_table, sleep_session_record_table avec sleep_stages_table, et exercise_session_record_table
wearable-apple_not_export = pas un export Apple Santé : aucun élément <HealthData> dans les { $bytes } premiers octets
wearable-apple_damaged = l'export est abîmé près de l'octet { $position } : { $detail }
wearable-apple_truncated = l'export s'arrête trop tôt (incomplet ?) près de l'octet { $position } : </HealthData> n'est jamais venu, donc rien n'a été importé
wearable-apple_io = impossible de lire l'export : { $detail }
wearable-apple_empty = { $file } : un export Apple Santé sans aucun relevé. Exportez à nouveau depuis l'app Santé (votre photo, puis Exporter toutes les données de santé) et importez le zip qu'elle crée
wearable-apple_unused = { $file } : un export Apple Santé avec { $count } relevés ({ $kinds }), dont aucun ne donne une valeur pour le journal : nightcramp lit les pas, les minutes d'exercice, les entraînements, le sommeil, l'eau et la caféine
wearable-apple_undated = { $unused }. { $count } de ses relevés de pas, d'exercice, de sommeil, d'eau ou de caféine ont des dates de début sous une forme que nightcramp ne connaît pas, donc aucun n'a pu être placé sur un jour
wearable-xml_truncated_element = le fichier s'arrête au milieu d'un élément (incomplet ?)
wearable-xml_too_long = un élément de plus de { $mb } Mo
wearable-xml_stray_lt = un '<' qui n'ouvre aucun élément
wearable-xml_slash = un '/' à l'intérieur d'un élément
wearable-xml_unclosed = un élément qui ne ferme jamais sa balise
wearable-xml_no_value = l'attribut '{ $key }' n'a pas de valeur
wearable-xml_unquoted = la valeur de l'attribut '{ $key }' n'est pas entre guillemets

## Pourquoi une expérience ne peut pas commencer ou être lue.
error-experiment-change = --change { $given } : { $why }
error-experiment-not_a_factor = ce n'est pas un facteur ; attendu : { $allowed }
error-experiment-takes = { $name } accepte { $allowed }
error-experiment-how_much = dites combien, par exemple { $name }=30 (au moins autant les nuits de changement) ou { $name }=0 (aucun)
error-experiment-which = dites lequel, par exemple { $name }={ $example }
error-experiment-needs = un changement demande { $allowed }
error-experiment-option = { $option } { $given } : { $allowed }
error-experiment-past_start = --start { $given } : une expérience commence ce soir ({ $tonight }) ou plus tard ; les nuits déjà passées ne peuvent pas recevoir un groupe après coup
error-experiment-already_running = une expérience est déjà en cours (elle teste { $change }, commencée le { $start }) ; une seule à la fois. Voyez-la avec `nightcramp experiment`, ou arrêtez-la avec `nightcramp experiment stop`
error-experiment-baseline = seules { $known } des { $nights } nuits avant le { $start } sont notées (il en faut au moins { $needed } pour voir la fréquence des crampes) ; confirmez chaque matin pendant deux semaines, ou commencez plus tard avec --start
error-experiment-tampered = l'expérience qui teste { $change } (depuis le { $start }) : son calendrier enregistré a été modifié en dehors de nightcramp ({ $detail }), ce n'est donc plus un essai équitable. Arrêtez-la avec `nightcramp experiment stop` et commencez-en une nouvelle
error-experiment-over = l'expérience n'est plus en cours

## Ce que le stockage refuse, et pourquoi.
store-account_exists = un compte nommé { $name } existe déjà ; choisissez un autre nom
store-remove_self = vous ne pouvez pas retirer votre propre compte ; un autre administrateur, ou la ligne de commande (nightcramp accounts remove), le peut
store-account_name = { $name } n'est pas accepté comme nom de compte ; utilisez de 1 à 64 lettres, chiffres, espaces, '.', '-', '_', '@' ou une apostrophe, sans espace au début ni à la fin
store-no_account = il n'y a pas de compte nommé { $name }
store-diary_holds_entries = le journal de { $name } contient des saisies ; pour le retirer avec le compte, ajoutez --delete-diary (une sauvegarde est faite d'abord)
store-cannot_receive = { $with } est un compte { $role } ; un journal se partage avec un soignant ou un chercheur
store-no_share = aucun partage de ce journal n'a l'identifiant { $id } ; `nightcramp share list` les montre
store-several_shares = plus d'un partage commence par { $id } ; donnez plus de caractères de l'identifiant
store-no_owner = ce journal n'appartient encore à aucun compte ; ajoutez d'abord sa personne (nightcramp accounts add NOM)
store-experiment_fixed = expérience { $id } : son calendrier a été fixé au départ et ne peut pas changer ; elle peut seulement être arrêtée
store-not_empty = le stockage de destination n'est pas vide
allowed-language = en, es, de, fr, ou auto pour suivre le terminal et le navigateur
