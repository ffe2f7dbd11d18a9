## The web app's own words (pages, buttons, the phone script's messages). Keys ending in _html hold a
## little markup of our own and no variables.

## Jede Seite
web-skip = Zum Inhalt springen
web-theme = Zwischen dunkel und hell wechseln
web-yes = ja
web-no = nein
web-save = Speichern
web-why = Warum:
web-logout = Abmelden
web-manifest-description = Ein privates Tagebuch für nächtliche Beinkrämpfe.
web-reading-banner = Tagebuch von { $name }, mit Ihnen geteilt: nur lesen
web-nav-main = Hauptmenü
web-nav-shared = Geteiltes Tagebuch
web-nav-home = Start
web-nav-morning = Morgen
web-nav-day = Tag
web-nav-insights = Auswertung
web-nav-checkup = Prüfung
web-nav-guide = Ratgeber
web-nav-experiment = Experiment
web-nav-report = Bericht
web-link-stretch = Dehnen vor dem Schlafen
web-link-plan = Ihr Plan
web-link-entries = Einträge
web-link-import = Von einer Uhr importieren
web-link-report = Bericht für Ihre Ärztin oder Ihren Arzt
web-link-sharing = Teilen
web-link-audit = Wer Ihr Tagebuch gelesen hat
web-language-label = Sprache
web-language-auto = Wie mein Browser
web-language-save = Ändern
web-language-unknown = { $value } ist keine Sprache von nightcramp; wählen Sie English, Español, Deutsch oder Français.

## Meldungen nach einer Aktion
web-flash-logged = Krampf eingetragen. Ruhen Sie sich aus; den Rest können Sie morgen früh ergänzen.
web-flash-logged_on = Krampf eingetragen für die Nacht von { $night }. Ruhen Sie sich aus; den Rest können Sie morgen früh ergänzen.
web-flash-saved = Gespeichert.
web-flash-deleted = Gelöscht.

## Fehler
web-error-title = Etwas ist schiefgegangen
web-error-back = Zurück zum Start
web-error-diary = Das Tagebuch konnte gerade nicht gelesen oder geschrieben werden. Nichts ging verloren; bitte versuchen Sie es noch einmal.
web-error-page = Diese Seite konnte nicht angezeigt werden.
web-error-no_diary = Dieses Konto führt kein eigenes Tagebuch.
web-error-guide = Der Ratgeber konnte nicht geladen werden.
web-error-no_page = Diese Seite gibt es nicht.
web-error-not_found = Nicht gefunden
web-error-no_topic = Dieses Thema gibt es im Ratgeber nicht.
web-error-checkup = Die Prüfung konnte nicht laufen.
web-error-report = Der Bericht konnte nicht erstellt werden.
web-refused-loopback = Dieses nightcramp antwortet nur auf diesem Computer (127.0.0.1).
web-refused-other_site = Abgelehnt: Die Anfrage kam von einer anderen Website.
web-refused-accounts = Dieses Tagebuch hat jetzt Konten, also muss sich jede Person anmelden: Starten Sie nightcramp serve neu.
web-refused-expired = Abgelehnt: Dieses Formular ist abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.

## Start
web-home-last_night = Letzte Nacht
web-home-check_in = Letzte Nacht bestätigen
web-home-four_weeks = Die letzten vier Wochen
web-home-calendar_caption = Nächte: eine Zahl bei Krämpfen, o für eine ruhige Nacht, ein Punkt für nicht eingetragen
web-home-legend-cramps = Krämpfe
web-home-legend-quiet = ruhig
web-home-legend-unknown = nicht eingetragen

## Der Krampf
web-cramp-title = Krampf
web-cramp-now = Krampf jetzt
web-cramp-while = Solange es wehtut
web-cramp-over = Vorbei
web-cramp-where = Wo war er?
web-cramp-last_night = Ein Krampf letzte Nacht
web-cramp-on_night = Ein Krampf in der Nacht von { $night }
web-cramp-which_night = Welche Nacht? (der Abend, an dem sie begann)
web-cramp-what_time = Ungefähr um wie viel Uhr?
web-cramp-how_long = Wie lange ungefähr?
web-cramp-side = Seite
web-cramp-muscle = Muskel
web-cramp-pain = Schmerz, 1 bis 10
web-cramp-woke = Hat er Sie geweckt?
web-cramp-awake = nein, ich war wach
web-cramp-no_start = Die Anfangszeit des Krampfs fehlt; beginnen Sie noch einmal auf der Startseite.

## Der Morgen
web-morning-title = Wie war die letzte Nacht?
web-morning-disturbance = Wie sehr haben Krämpfe Ihren Schlaf gestört? (0 gar nicht, 10 sehr; freiwillig)
web-morning-no_cramps = Keine Krämpfe
web-morning-had_cramp = Ich hatte einen Krampf
web-morning-bad_night = Diese Nacht ist kein Datum, das das Tagebuch halten kann: { $value } ist nicht zulässig; erwartet wird { $allowed }.
web-morning-bad_disturbance = Schlafstörung: { $value } ist nicht zulässig; erwartet wird { $allowed }.
web-morning-delete_hint = Löschen Sie sie auf der Seite Einträge, wenn sie ein Versehen waren.

## Der Tag
web-day-title = Ihr Tag
web-day-before = ← Tag davor
web-day-next = Nächster Tag →
web-day-hint = Was Sie für diesen Tag eintragen, wird mit der folgenden Nacht verglichen. Lassen Sie leer, was Sie nicht wissen.
web-day-not_recorded = nicht eingetragen
web-day-less = weniger: { $label }
web-day-more = mehr: { $label }
web-day-import_said = Ihr Import sagte { $value }; es zählt, was Sie eingegeben haben.
web-day-own = Eigene
web-day-own_value = (ja/nein oder eine Zahl)
web-day-add_own = Eigenes hinzufügen (zum Beispiel: lange Autofahrt)
web-day-value = Wert
web-day-save = Den Tag speichern
web-day-no_date = Der Tag fehlt oder ist kein Datum.
web-day-bad_name = Name Ihres eigenen Faktors: { $why }
web-day-not_saved = Nichts wurde gespeichert. { $why }

## Einträge
web-entries-title = Einträge
web-entries-hint = Die letzten 30 Nächte. Jeden Krampf und jede Bestätigung können Sie ändern oder löschen.
web-entries-edit = Ändern
web-entries-delete = Löschen
web-entries-checked_in = Bestätigt.
web-entries-remove_checkin = Bestätigung entfernen
web-entries-no_cramp = Diesen Krampf gibt es im Tagebuch nicht.
web-entries-no_entry = Diesen Eintrag gibt es nicht.
web-edit-title = Krampf ändern
web-edit-started = Beginn (eine Uhrzeit wie 03:10 in derselben Nacht, oder Datum und Uhrzeit wie 2026-11-29T03:10)
web-edit-lasted = Dauer (40s, 2m oder Sekunden)
web-edit-pain = Schmerz (1-10)
web-edit-woke = Er hat mich geweckt
web-edit-notes = Notizen
web-delete-title = Löschen?
web-delete-cramp = Den Krampf um { $time } in der Nacht von { $night } löschen? Das lässt sich nicht rückgängig machen.
web-delete-checkin = Die Bestätigung für die Nacht von { $night } löschen? Die Nacht ist dann wieder unbekannt. Das lässt sich nicht rückgängig machen.
web-delete-keep = Behalten

## Auswertung
web-insights-title = Auswertung
web-insights-numbers = Die Zahlen
web-insights-numbers_line = { $factor } (Versatz { $lag } Tag): Risikoverhältnis { $ratio } [{ $low } bis { $high }], { $p }, { $q } (angepasst an die Zahl der Tests)
web-insights-none = Noch sticht kein Faktor hervor.
web-insights-together = Zusammen betrachtet
web-insights-counts = { $quiet } Faktortests zeigen keinen klaren Zusammenhang; { $waiting } brauchen mehr Daten.
web-insights-trends = Verläufe
web-insights-trend_cramps = Krämpfe pro Woche
web-insights-trend_pain = Schmerz
web-insights-trend_duration = Dauer
web-insights-trend_line = { $name }: { $trend }
web-insights-chart_weeks = Nächte mit Krämpfen, Woche für Woche
web-insights-chart_pain = Schmerz jedes Krampfs (0-10)
web-insights-chart_hours = Wann Krämpfe beginnen (Uhrzeit in der Nacht)

## Prüfung
web-checkup-title = Prüfung
web-checkup-answer_below = Beantworten Sie sie unten.
web-checkup-rule = Regel { $rule } · Quellen:
web-checkup-questions = Ein paar Fragen zu Warnzeichen
web-checkup-last_answers = Die letzten Antworten von { $name } (nur lesen):
web-checkup-not_answered = nicht beantwortet
web-checkup-check = Prüfen
web-checkup-caution = nightcramp informiert; es stellt keine Diagnose. Wenn Sie sich Sorgen machen, gehen Sie zum Arzt, egal was hier steht.

## Ratgeber, Quellen, Dehnen, Plan
web-guide-title = Ratgeber
web-guide-stretch = Dehnen vor dem Schlafen, mit Zeitgeber
web-guide-sources = Woher jede Aussage stammt und welche Art von Beleg jede Quelle ist.
web-guide-caution = nightcramp informiert; es stellt keine Diagnose.
web-topic-all = Alle Themen
web-sources-title = Quellen
web-sources-lead = Jede Aussage in nightcramp nennt ihre Herkunft. Hier steht jede Quelle vollständig, mit der Art von Beleg, die sie ist.
web-sources-kind = Art des Belegs:
web-sources-back = Zurück zum Ratgeber
web-stretch-start = 30 Sekunden starten
web-plan-hint = Die Schritte zur Vorbeugung, die für Sie wichtigsten zuerst.
web-plan-lately = Zuletzt:
web-plan-reminders = Erinnerungen in Ihrem Kalender
web-plan-reminders_what = Wasser über den Tag und das Dehnen vor dem Schlafen, jeden Tag:
web-plan-subscribe = den Kalender abonnieren
web-plan-reminders_times = (Schlafenszeit 22:30 und Aufstehen 07:00, außer der Link nennt andere, wie bedtime=23:00 und wake=06:30).
web-plan-caution = Setzen Sie ein verschriebenes Medikament nie auf eigene Faust ab: Sprechen Sie mit der Person, die es verschrieben hat.
web-calendar-invalid = Dieser Kalenderlink ist ungültig; kopieren Sie ihn noch einmal von der Seite Ihr Plan.

## Experimente
web-experiment-title = Eine Änderung an sich selbst testen
web-experiment-design = { $pairs } Paare von Zeiträumen zu { $nights } Nächten; die ersten { $washout } Nächte jedes Zeitraums zählen nicht.
web-experiment-progress = { $done } von { $total } Nächten, { $complete } von { $pairs } Paaren vollständig.
web-experiment-period = Zeitraum
web-experiment-nights = Nächte
web-experiment-arm = Gruppe
web-experiment-arm-change = Änderung
web-experiment-arm-usual = wie gewohnt
web-experiment-span = { $from } bis { $to }
web-experiment-stop = Experiment beenden
web-experiment-so_far = Was es bisher zeigt
web-experiment-counted = Gezählte Nächte: { $change } mit Änderung, { $usual } wie gewohnt; nicht gezählt: { $washout } Eingewöhnungsnächte und { $unknown } nicht eingetragene. Krämpfe: { $change_cramps } in Nächten mit Änderung, { $usual_cramps } in Nächten wie gewohnt.
web-experiment-start_title = Ein Experiment beginnen
web-experiment-what = Was testen
web-experiment-something_else = etwas anderes
web-experiment-other = Etwas anderes (ein Faktor, etwa custom:Kissen unter den Knien)
web-experiment-pairs = Paare von Zeiträumen (2 bis 8)
web-experiment-first_night = Erste Nacht (freiwillig: heute Nacht, wenn Ihre letzten zwei Wochen eingetragen sind)
web-experiment-start = Beginnen
web-experiment-limits = Was ein Ergebnis sagen kann und was nicht
web-experiment-more = Mehr im Ratgeber
web-experiment-chart_periods = Krämpfe pro gezählter Nacht, Zeitraum für Zeitraum
web-experiment-chart_curve = Wie wahrscheinlich jedes Ratenverhältnis ist (unter 1: weniger Krämpfe mit der Änderung)
web-experiment-rate_ratio = Ratenverhältnis { $ratio }
web-experiment-bad_pairs = Paare von Zeiträumen: { $value } ist keine Zahl.
web-experiment-not_started = Das Experiment wurde nicht begonnen: { $why }.
web-experiment-unreadable = Das Experiment konnte gerade nicht gelesen werden.
web-experiment-unsaved = Das Experiment konnte gerade nicht gespeichert werden. Nichts wurde geändert; bitte versuchen Sie es noch einmal.
web-experiment-unstopped = Das Experiment konnte gerade nicht beendet werden. Bitte versuchen Sie es noch einmal.

## Importieren
web-import-title = Von einer Uhr oder einem Telefon importieren
web-import-intro = Schritte, Sportminuten und Schlafstunden füllen sich aus dem Export Ihres Telefons oder Ihrer Uhr von selbst aus. Was Sie selbst eingegeben haben, wird nie überschrieben; sagt der Export etwas anderes, stehen nach dem Import beide Werte unten.
web-import-apple = App Health, Ihr Bild, Alle Gesundheitsdaten exportieren: die export.zip (oder die export.xml darin).
web-import-fitbit = Google Takeout mit ausgewähltem Fitbit: die takeout-….zip.
web-import-garmin = in Ihrem Garmin-Konto Ihre Daten exportieren: die zugeschickte Zip-Datei.
web-import-samsung = in den Einstellungen der App Persönliche Daten herunterladen: Das speichert einen Ordner; machen Sie eine Zip-Datei daraus und wählen Sie diese.
web-import-health_connect = in den Einstellungen Ihre Daten exportieren: die gespeicherte Zip-Datei (oder die health_connect_export.db darin).
web-import-file = Exportdatei
web-import-start = Importieren
web-import-noscript = Das Hochladen braucht JavaScript. Ohne JavaScript importieren Sie im Terminal:
web-import-again = Derselbe Export zweimal importiert fügt nichts hinzu. Ein neuerer Export bringt die neuen Tage und ergänzt Tage, die ein älterer nur teilweise brachte.
web-import-result_days = { $kind }: { $days ->
    [one] 1 Tag gelesen.
   *[other] { $days } Tage gelesen.
}
web-import-result_counts = { $added } neue Werte, { $updated } geändert, { $already } schon im Tagebuch.
web-upload-broke = das Hochladen brach ab ({ $detail }). Nichts wurde importiert.
web-upload-too_big = die Datei ist größer als { $gb } GB; importieren Sie sie stattdessen mit `nightcramp import`. Nichts wurde importiert.
web-upload-empty = die hochgeladene Datei war leer: Wählen Sie eine Exportdatei
web-upload-not_export = diesen Export kann nightcramp nicht lesen: Wählen Sie die export.zip der Apple-Health-App (oder die export.xml darin), eine Google-Takeout-Zip-Datei mit Fitbit-Daten, die Export-Zip-Datei eines Garmin-Kontos, eine Zip-Datei des Ordners mit den persönlichen Daten von Samsung Health oder die Export-Zip-Datei von Health Connect. Tagebuchdateien (CSV, JSON-Sicherungen) werden mit `nightcramp import` importiert. Nichts wurde importiert.
web-upload-damaged = { $reason }. Nichts wurde importiert.
web-upload-keeping = der Server konnte die hochgeladene Datei nicht ablegen (ist sein Speicher voll?). Nichts wurde importiert.

## Teilen und das Zugriffsprotokoll
web-shares-title = Ihr Tagebuch teilen
web-shares-intro = Eine Ärztin, ein Arzt oder eine forschende Person, mit der Sie teilen, kann Ihr Tagebuch lesen (Nächte, Auswertung, Prüfung, Bericht), aber nie ändern, bis zu dem Tag, den Sie wählen, oder bis Sie das Teilen beenden. Jeder Blick erscheint unter:
web-shares-audit_link = wer Ihr Tagebuch gelesen hat
web-shares-with = Name ihres Kontos
web-shares-until = Bis (leer lassen: bis Sie es beenden)
web-shares-share = Teilen
web-shares-no_accounts = Dieses Tagebuch gehört noch zu keinem Konto. Teilen geht, sobald Personen Konten haben:
web-shares-yours = Ihre Freigaben
web-shares-none = Sie haben Ihr Tagebuch nicht geteilt.
web-shares-end = Dieses Teilen jetzt beenden
web-shares-until_day = darf es lesen bis { $day }
web-shares-until_ended = darf es lesen, bis Sie das Teilen beenden
web-shares-expired = beendet (der letzte Tag ist vorbei)
web-shares-revoked = von Ihnen beendet
web-shares-a_link = Ein Link
web-shares-bad_until = Bis: { $value } ist nicht zulässig; erwartet wird { $allowed }, oder lassen Sie es leer.
web-audit-intro = Jeder Blick durch jemand anderen, jeder Export, jede Änderung Ihrer Freigaben und jede Anmeldung in Ihrem Konto, das Älteste zuerst. Nichts hiervon lässt sich ändern oder entfernen.
web-audit-nothing = Noch nichts.
web-audit-when = Wann
web-audit-who = Wer
web-audit-what = Was
web-audit-from = Von wo
web-audit-read = hat Ihr Tagebuch gelesen ({ $detail })
web-audit-export = hat es exportiert ({ $detail })
web-audit-share_added = hat es geteilt ({ $detail })
web-audit-share_revoked = hat ein Teilen beendet ({ $detail })
web-audit-login = hat sich angemeldet
web-audit-login_failed = eine Anmeldung mit falschem Passwort

## Ärzte und Verwaltung
web-people-title = Ihre Patientinnen und Patienten
web-people-heading = Personen, die ihr Tagebuch mit Ihnen geteilt haben
web-people-intro = Das Dringendste zuerst: die Prüfung jedes Tagebuchs, Krämpfe pro Woche über die letzten vier Wochen und ob diese Zahl steigt. Nur lesen; jeder Blick wird im Zugriffsprotokoll der Person festgehalten.
web-people-none = Noch niemand hat ein Tagebuch mit Ihnen geteilt, oder jedes Teilen ist beendet.
web-people-person = Person
web-people-rate = Krämpfe pro Woche
web-people-trend = Verlauf
web-people-open = Öffnen
web-admin-title = Konten
web-admin-intro = Als Verwaltung entscheiden Sie, wer hier ein Konto hat. Sie können kein Tagebuch lesen.
web-admin-role = Rolle
web-admin-since = Seit
web-admin-remove = Entfernen
web-admin-remove_name = { $name } entfernen
web-admin-remove_hint = Eine Person, deren Tagebuch Einträge hat, wird nur über die Befehlszeile entfernt, die das Tagebuch vorher sichert:
web-admin-add_title = Ein Konto hinzufügen
web-admin-password = Passwort (mindestens 8 Zeichen)
web-admin-add = Hinzufügen
web-admin-failed = Die Konten konnten nicht gelesen oder geändert werden; versuchen Sie es noch einmal.
web-role-person = Person
web-role-clinician = Ärztin oder Arzt
web-role-researcher = Forschung
web-role-admin = Verwaltung

## Anmelden
web-login-title = Anmelden
web-login-name = Name
web-login-password = Passwort
web-login-rate_limited = Zu viele fehlgeschlagene Anmeldungen von dieser Adresse; warten Sie eine Minute und versuchen Sie es noch einmal.
web-login-busy = Zu viele Anmeldungen gleichzeitig; warten Sie einen Moment und versuchen Sie es noch einmal.
web-login-wrong_password = Falsches Passwort.
web-login-wrong_name = Falscher Name oder falsches Passwort.

## Die Knöpfe der Berichtsseite
web-report-pdf = PDF herunterladen
web-report-print = Drucken
web-report-back = Zurück

## Das Programm auf dem Telefon (Werte in geschweiften Klammern setzt das Programm ein)
web-js-queued_refused = Das Tagebuch hat einen auf diesem Telefon gespeicherten Krampf abgelehnt ({ $reasons }). Er bleibt auf diesem Telefon gespeichert.
web-js-queued_sent = Der auf diesem Telefon gespeicherte Krampf wurde gesendet.
web-js-saved_offline = Auf diesem Telefon gespeichert. Er wird gesendet, sobald das Tagebuch wieder erreichbar ist.
web-js-logged = Krampf eingetragen. Ruhen Sie sich aus.
web-js-stretch_left = Linkes Bein nach hinten
web-js-stretch_right = Rechtes Bein nach hinten
web-js-stretch_done_one = Geschafft. Jetzt: { $next }
web-js-stretch_done_both = Beide Seiten geschafft. Gute Nacht.
web-js-stretch_other_side = Die andere Seite starten
web-js-stretch_again = Noch einmal starten
web-js-upload_progress = Hochladen: { $done } von { $total }, { $rate }/s, noch etwa { $left } s
web-js-upload_done = Hochgeladen. Der Export wird gelesen…
web-js-upload_broke = Das Hochladen brach ab (läuft der Server noch?). Nichts wurde importiert.
web-js-upload_unreadable = Die Antwort des Servers war nicht lesbar.
web-js-upload_failed = Der Import ist fehlgeschlagen ({ $status }).
