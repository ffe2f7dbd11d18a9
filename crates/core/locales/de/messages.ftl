### Sätze, die aus den Befunden gebaut werden, auf Deutsch. Jede Nachricht ist eine
### Vorlage, die der Kern mit den Zahlen und Wörtern eines Befunds füllt ({ $name }); alle
### Sprachen haben dieselben IDs mit denselben Variablen (von den Tests geprüft).
### Mehrzahl: [one] für 1, [other] für alles andere (CLDR-Regeln des Deutschen).

# Was ein Befund über einen Faktor sagt. Die Rolle des Faktors entscheidet, was geraten
# werden darf: ein Schritt zur Vorbeugung, ein Medikament oder ein Nahrungsergänzungsmittel
# wird nie zu "machen Sie es weniger" (nie wird geraten, ein Medikament wegzulassen).

insight-counts = Krämpfe in { $cramp_nights_with } von { $nights_with ->
        [one] 1 Nacht
       *[other] { $nights_with } Nächten
    } { $when }, gegenüber { $cramp_nights_without } von { $nights_without ->
        [one] 1 anderen Nacht
       *[other] { $nights_without } anderen Nächten
    }
insight-interval = {" "}({ $size }; 95-%-Intervall { $low } bis { $high })
insight-more_often = { $ratio }-mal so oft
insight-less_often = { $percent } % seltener

insight-likely_trigger-cause = Hängt mit mehr Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang in Ihrem Tagebuch, kein Beweis, dass es sie verursacht. Um es herauszufinden, ändern Sie es ein paar Wochen lang bewusst und schauen Sie, ob sich Ihre Krämpfe ändern.
insight-likely_trigger-prevention_step = Hängt mit mehr Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang, und höchstwahrscheinlich andersherum: { $reverse }. Es ist einer der Schritte zur Vorbeugung, also bleiben Sie dabei.
insight-likely_trigger-medicine = Hängt mit mehr Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang, kein Beweis, dass das Medikament sie verursacht. Nehmen Sie es weiter, bis die verschreibende Ärztin oder der verschreibende Arzt etwas anderes sagt, und bitten Sie dort oder in der Apotheke, es zu überprüfen; diese Zahlen können dabei helfen.
insight-likely_trigger-supplement = Hängt mit mehr Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang, kein Beweis. Wenn eine Ärztin, ein Arzt, eine Hebamme oder die Apotheke es empfohlen hat, halten Sie sich an deren Rat und fragen Sie dort nach, statt es selbst zu ändern.
insight-likely_trigger-own = Hängt mit mehr Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang in Ihrem Tagebuch, kein Beweis. Wenn es ein Medikament oder ein Nahrungsergänzungsmittel ist, nehmen Sie es weiter wie empfohlen und fragen Sie die verschreibende Ärztin, den verschreibenden Arzt oder die Apotheke; wenn es etwas anderes ist, das Sie ändern können, finden Sie es heraus, indem Sie es ein paar Wochen lang bewusst ändern.
insight-likely_trigger-observation = Hängt mit mehr Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang in Ihrem Tagebuch, kein Beweis für eine Ursache.

insight-likely_protective-cause = Hängt mit weniger Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang, kein Beweis für eine Ursache.
insight-likely_protective-prevention_step = Scheint zu helfen: { $counts }{ $interval }. Das ist ein Zusammenhang, kein Beweis; es ist einer der Schritte zur Vorbeugung, also bleiben Sie dabei.
insight-likely_protective-medicine = Hängt mit weniger Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang, nicht mehr.
insight-likely_protective-supplement = Hängt mit weniger Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang, nicht mehr.
insight-likely_protective-own = Hängt mit weniger Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang, kein Beweis für eine Ursache.
insight-likely_protective-observation = Hängt mit weniger Krämpfen zusammen: { $counts }{ $interval }. Das ist ein Zusammenhang, kein Beweis für eine Ursache.

insight-no_clear_link = Kein klarer Zusammenhang: { $counts }{ $interval }.
insight-not_enough_data = Noch nicht genug Daten: { $nights_with ->
        [one] 1 Nacht
       *[other] { $nights_with } Nächte
    } mit und { $nights_without } ohne eingetragen, { $cramp_nights } mit Krämpfen (nötig sind { $min_with }, { $min_without } und { $min_cramps }).

# Warum ein Schritt zur Vorbeugung mit mehr Krämpfen zusammenhängen kann, ohne sie zu machen.
insight-reverse-stretched = man dehnt sich eher an Abenden, an denen sich die Beine schon verspannt anfühlen
insight-reverse-massage = man reibt sich die Beine an Abenden, an denen sie schon schmerzen
insight-reverse-light_activity_min = man läuft einen Krampf weg oder bewegt sich mehr, wenn sich die Beine schon steif anfühlen
insight-reverse-water_l = man trinkt mehr an heißen Tagen und nach dem Schwitzen, und die bringen eigene Krämpfe mit

# Überschriften, wo Befunde aufgelistet werden.
insight-section-likely_trigger = Hängt mit mehr Krämpfen zusammen
insight-section-likely_protective = Hängt mit weniger Krämpfen zusammen
insight-section-no_clear_link = Kein klarer Zusammenhang
insight-section-not_enough_data = Noch nicht genug Daten

# Die Punkte des Plans aus den eigenen Befunden eines Menschen.
plan-personal-cause-title = Versuchen Sie weniger: { $label }
plan-personal-cause-advice = Wo Sie können, haben Sie ein paar Wochen lang bewusst weniger Tage { $exposed }, und schauen Sie, ob sich Ihre Krämpfe ändern.
plan-personal-own-title = Schauen Sie sich das an: { $label }
plan-personal-own-advice = Wenn Sie das ändern können, ändern Sie es ein paar Wochen lang bewusst und schauen Sie, ob sich Ihre Krämpfe ändern. Wenn es ein Medikament oder ein Nahrungsergänzungsmittel ist, nehmen Sie es weiter wie empfohlen und fragen Sie die verschreibende Ärztin, den verschreibenden Arzt oder die Apotheke.
plan-personal-evidence = Ihr eigenes Tagebuch (ein Zusammenhang)

# Die Liste einer Ärztin oder eines Arztes mit den Menschen, die ihr Tagebuch geteilt haben.
people-urgency-emergency = Notfall
people-urgency-urgent = Dringend: heute
people-urgency-soon = Bald: in ein, zwei Tagen
people-urgency-routine = Ein gewöhnlicher Termin
people-urgency-none = Nichts erfordert einen Arztbesuch
people-trend-rising = steigend
people-trend-not_rising = nicht steigend
people-trend-unknown = zu wenige Wochen eingetragen, um es zu sagen
people-urgency-cannot_judge = Zu wenige Nächte eingetragen, um es zu beurteilen
people-rate-unknown = keine Nacht eingetragen
people-rate = { $rate } ({ $known } der letzten { $nights } Nächte eingetragen)

# Die erste Zeile der Prüfung. Ohne Befund und mit weniger als $needed der letzten $nights
# Nächte eingetragen kann das Tagebuch nicht beurteilt werden: nie "alles in Ordnung".
checkup-headline-emergency = NOTFALL: Rufen Sie jetzt den Notruf (112, 911 oder 999).
checkup-headline-urgent = DRINGEND: Holen Sie sich heute ärztliche Hilfe.
checkup-headline-soon = Gehen Sie in ein, zwei Tagen zu einem Arzt oder einer Ärztin.
checkup-headline-routine = Ein gewöhnlicher Termin bei Ihrer Ärztin oder Ihrem Arzt lohnt sich.
checkup-headline-none = Nichts in Ihrem Tagebuch oder in Ihren Antworten erfordert jetzt einen Arztbesuch.
checkup-headline-cannot_judge = Ihr Tagebuch kann noch nicht beurteilt werden: { $known } der letzten { $nights } Nächte sind eingetragen, nötig sind mindestens { $needed }. Nichts in Ihren Antworten erfordert einen Arztbesuch; tragen Sie weiter jeden Morgen ein.
checkup-unanswered = { $count ->
        [one] 1 der Fragen zu Warnzeichen ist noch nicht beantwortet.
       *[other] { $count } der Fragen zu Warnzeichen sind noch nicht beantwortet.
    }
checkup-based_on = Grundlage sind die { $recent } Nächte bis zur Nacht vom { $night }: { $known } eingetragen, mit Krämpfen in { $cramp_nights } davon ({ $cramps ->
        [one] 1 Krampf
       *[other] { $cramps } Krämpfe
    } insgesamt).

# Wie eine Medikamentengruppe mit Krämpfen zusammenhängt, nicht stärker gesagt, als die
# Quellen es erlauben.
medicine-link-measured = hängt mit Krämpfen zusammen (Sequenzverhältnis { $ratio }: eine Behandlung gegen Krämpfe begann im Jahr nach dem Start { $ratio }-mal so oft)
medicine-link-listed = hängt laut veröffentlichten Übersichten mit Krämpfen zusammen, ohne gemessene Größe
medicine-link-mentioned = wird als mögliche Ursache von Krämpfen genannt, nie gemessen
medicine-link-none = kein bekannter Zusammenhang mit Krämpfen
medicine-added-listed = Diese Art von Medikament hängt bei manchen Menschen mit Krämpfen zusammen. Nehmen Sie es weiter wie verschrieben; die Prüfung sagt Ihnen, ob Ihr Tagebuch nahelegt, es bei der verschreibenden Ärztin oder dem verschreibenden Arzt anzusprechen.
medicine-added-mentioned = Manche Quellen nennen diese Art von Medikament als mögliche Ursache von Krämpfen, ohne zu messen, wie oft. Nehmen Sie es weiter wie verschrieben; wenn Ihre Krämpfe nach dem Start begonnen oder zugenommen haben, erwähnen Sie das bei der verschreibenden Ärztin oder dem verschreibenden Arzt.
plan-medicine-listed = Sie nehmen { $name } ({ $label }), eine Art von Medikament, die mit Krämpfen zusammenhängt.
plan-medicine-mentioned = Sie nehmen { $name } ({ $label }), eine Art von Medikament, die manche Quellen als mögliche Ursache von Krämpfen nennen.

# Abgelehnte Bestätigungen einer Nacht (nichts wurde geändert).
checkin-not_ended = Die Nacht vom { $night } ist noch nicht vorbei; bestätigen Sie sie am Morgen.
checkin-has_cramps-one = In der Nacht vom { $night } ist 1 Krampf eingetragen, sie kann also nicht als krampffrei bestätigt werden.
checkin-has_cramps-many = In der Nacht vom { $night } sind { $cramps } Krämpfe eingetragen, sie kann also nicht als krampffrei bestätigt werden.

# Warum eine Regel der Prüfung angeschlagen hat: was im Tagebuch oder in den Antworten sie ausgelöst hat.
checkup-why-t1 = Sie haben gesagt, dass Sie Atemnot, Brustschmerzen oder Bluthusten haben.
checkup-why-t2_leg = Sie haben gesagt, dass ein Bein geschwollen, warm, rot oder dunkler ist oder schmerzende Venen hat.
checkup-why-t8 = Sie haben gesagt, dass Rücken- oder Beinschmerzen mit Taubheit am Gesäß oder zwischen den Beinen, Problemen mit Urin oder Stuhlgang oder Schwäche oder Taubheit in beiden Beinen kommen.
checkup-why-you_said = Sie haben gesagt: { $signs }.
checkup-sign-pain_between_cramps = der Schmerz in einer Wade bleibt zwischen den Krämpfen
checkup-sign-pain_worse_walking_one_leg = der Schmerz in einer Wade wird im Stehen oder Gehen stärker
checkup-sign-pain_not_eased_by_stretching = der Schmerz in einer Wade lässt beim Dehnen nicht nach
checkup-sign-cramps_elsewhere = Krämpfe in Brust, Armen oder Bauch
checkup-sign-new_weakness_or_numbness = neue Schwäche oder neuer Gefühlsverlust
checkup-sign-twitching = zuckende Muskeln
checkup-sign-fluid_loss = Krämpfe nach großem Flüssigkeitsverlust oder einer Wassertablette
checkup-why-t3 = Sie haben gesagt, dass ein Krampf nach mehr als 10 Minuten noch anhält.
checkup-why-t4 = Sie haben gesagt, dass die Krämpfe nach einem Gift oder einer verschmutzten Wunde begonnen haben.
checkup-why-t6 = Sie haben gesagt, dass Sie blaue Flecken, Blutungen oder ungewöhnliche Hautflecken haben.
checkup-why-t9 = Sie nehmen ein Statin und haben gesagt, dass Sie starke oder ausgedehnte Muskelschmerzen, neue Schwäche oder dunklen Urin haben.
checkup-why-t7 = Sie sind schwanger und haben gesagt, dass Ihre Beinschmerzen nicht nachlassen oder mit Schwellung, Wärme, Rötung oder Mühe beim Gehen kommen.
checkup-why-f2 = Krämpfe in { $cramp_nights } der { $known } eingetragenen Nächte vom { $from } bis { $to } (etwa { $per_week } Nächte pro Woche; { $cramps ->
        [one] 1 Krampf
       *[other] { $cramps } Krämpfe
    } insgesamt).{ $every_night }
checkup-why-f2_every_night = {" "}Das sind Krämpfe in jeder eingetragenen Nacht.
checkup-why-r10 = Sie haben gesagt, dass Ihre Krämpfe so schmerzhaft oder belastend sind, dass Sie sie kaum aushalten.
checkup-why-d2 = In den { $weeks } eingetragenen Wochen bis { $to }: { $changes }.
checkup-why-d2_counts = Krämpfe pro Woche steigen um etwa { $percent } % pro Woche ({ $p })
checkup-why-d2_pain = Schmerz steigt um { $slope } Punkte pro Woche ({ $p })
checkup-why-r4 = Ein Krampf in der Nacht vom { $night } dauerte { $minutes ->
        [one] 1 Minute
       *[other] { $minutes } Minuten
    }.
checkup-why-f5 = Nach dem Krampf in der Nacht vom { $night } hielten die Muskelschmerzen { $hours ->
        [one] 1 Stunde
       *[other] { $hours } Stunden
    } an.
checkup-why-r8 = Sie haben an { $days } der 42 Tage bis { $to } gedehnt, und die Krämpfe sind immer noch häufig.
checkup-why-r1 = { $reasons }.
checkup-why-r1_woke = Krämpfe haben Sie in { $nights ->
        [one] 1
       *[other] { $nights }
    } der letzten 14 Nächte geweckt
checkup-why-r1_rating = Ihre Schlafstörung lag im Mittel bei { $mean }/10 über { $rated ->
        [one] 1 bewertete Nacht
       *[other] { $rated } bewertete Nächte
    }
checkup-why-r1_tired = Sie haben gesagt, dass Krämpfe Sie tagsüber müde machen
checkup-why-r2 = Sie haben gesagt, dass Sie Taubheit in den Beinen oder eine Schwellung beider Beine haben.
checkup-why-r3 = Sie haben gesagt, dass Ihre Beinmuskeln schwächer oder dünner werden.
checkup-why-r5 = Sie haben gesagt, dass Wadenschmerzen beim Gehen kommen und in Ruhe aufhören.
checkup-why-r7 = Sie haben gesagt, dass Sie oft viel Alkohol trinken.
checkup-why-c3 = Sie haben alle vier Fragen zu unruhigen Beinen mit Ja beantwortet.
checkup-why-c4 = Sie haben gesagt, dass Ihre Beine im Schlaf zucken oder dass Ihr Schlaf ohne Krämpfe nicht erholt.
checkup-why-p6 = Auf Ihrer Medikamentenliste steht { $name } (seit { $since }).
checkup-why-p6p = Sie sind schwanger und nehmen { $name } (seit { $since }).
checkup-why-r6 = Sie haben am { $since } mit { $name } angefangen, einem Medikament der Gruppe { $label }{ $ratio }; { $comparison }.
checkup-why-r6_ratio = {" "}(in einer großen Studie begann eine Behandlung gegen Krämpfe im Jahr nach dem Start dieser Art von Medikament { $ratio }-mal so oft)
checkup-why-r6_too_little_before = { $cramps ->
        [one] 1 Krampf wurde
       *[other] { $cramps } Krämpfe wurden
    } in den 12 Monaten danach eingetragen; aus der Zeit davor enthält das Tagebuch zu wenig für einen Vergleich
checkup-why-r6_compared = seitdem im Mittel { $after } Krämpfe pro Woche, gegenüber { $before } pro Woche im Jahr davor
checkup-why-r9 = In Ihrem Profil steht: { $conditions }.

# "Hat es geholfen?": eine Gewohnheit seit einem Datum gegenüber der gleichen Zeit davor.
habit-summary = Seit { $since } ({ $habit }): { $after_rate } ({ $after_cramps ->
        [one] 1 Krampf
       *[other] { $after_cramps } Krämpfe
    } in { $after_nights ->
        [one] 1 eingetragenen Nacht
       *[other] { $after_nights } eingetragenen Nächten
    }), gegenüber { $before_rate } in der gleichen Zeit davor ({ $before_cramps } in { $before_nights }).
habit-per_week = { $rate } pro Woche
habit-no_data = keine Daten
habit-fewer = { $percent } % weniger
habit-more = { $percent } % mehr
habit-interval = , 95-%-Intervall { $low } bis { $high }
habit-change = {" "}Das sind { $change } (Ratenverhältnis { $ratio }{ $interval }).
habit-verdict-fewer_meaningful = {" "}Eine Änderung dieser Größe wäre wichtig, aber dieser Vergleich allein kann nicht zeigen, dass die Gewohnheit sie bewirkt hat.
habit-verdict-fewer_small = {" "}Weniger, aber um weniger als die 25 % und einen pro Woche, die wichtig wären.
habit-verdict-more = {" "}Seitdem mehr Krämpfe; das muss nichts mit der Gewohnheit zu tun haben.
habit-verdict-no_clear_change = {" "}Keine klare Änderung: Die Daten schließen eine Änderung um 25 % in beide Richtungen aus.
habit-verdict-cannot_tell_yet = {" "}Die Daten können es noch nicht sagen.
habit-more_nights = {" "}Etwa { $nights ->
        [one] 1 weitere eingetragene Nacht
       *[other] { $nights } weitere eingetragene Nächte
    } in jedem Zeitraum würden eine Änderung um 25 % zeigen.
habit-warning-placebo = Ein Vorher-nachher-Vergleich kann nicht beweisen, dass eine Gewohnheit geholfen hat: In Studien gab es mit Scheintabletten etwa ein Viertel weniger Krämpfe, und Krämpfe kommen und gehen von selbst.
habit-warning-season = Die beiden Zeiträume liegen in verschiedenen Jahreszeiten. Im Sommer sind Krämpfe häufiger (etwa doppelt so häufig wie im Winter), und das allein kann eine Gewohnheit besser oder schlechter aussehen lassen.
habit-warning-unsteady = Sie haben die Gewohnheit an { $done } von { $recorded ->
        [one] 1 eingetragenen Tag
       *[other] { $recorded } eingetragenen Tagen
    } eingehalten; eine unregelmäßige Gewohnheit ist schwer zu beurteilen.
habit-warning-not_recorded = Die Gewohnheit { $habit } ist seit { $since } an keinem Tag eingetragen.
habit-warning-alternate = Ein fairerer Test ist das Abwechseln: zwei Wochen mit und zwei ohne, mindestens dreimal, in zufälliger Reihenfolge (eine N-of-1-Studie). Selbst das ergibt eine Schätzung für Sie, keine Gewissheit.

# Die festen Zeilen der Befunde, und Faktoren, die an denselben Tagen vorkommen.
insight-minimum_data = Ein Faktor bekommt ein Urteil, sobald mindestens { $min_with } eingetragene Nächte mit ihm und { $min_without } ohne ihn da sind und darunter mindestens { $min_cramps } Nächte mit Krämpfen. Nicht eingetragene Nächte bleiben außen vor und zählen nie als krampffrei.
insight-caution = Das sind Zusammenhänge in Ihrem eigenen Tagebuch, keine Beweise für eine Ursache: Etwas anderes, das an denselben Tagen geschieht, kann der wahre Grund sein. Herausfinden lässt es sich, indem Sie ein paar Wochen lang bewusst eine einzige Sache ändern und schauen.
insight-together-one_stands = Zusammen betrachtet steht { $stands } für sich allein; { $other } fügt darüber hinaus wenig hinzu.
insight-together-both_stand = Zusammen betrachtet steht jeder für sich allein.
insight-together-cannot_tell = Zusammen betrachtet kann das Tagebuch nicht sagen, welcher von beiden wichtig ist.
insight-together = { $a } und { $b } kommen oft an denselben Tagen vor, sodass das eine nur wegen des anderen wichtig erscheinen kann. { $verdict } (Angepasste Odds Ratios { $or_a } und { $or_b }.)
insight-together-inseparable = { $a } und { $b } kommen fast immer an denselben Tagen vor, sodass das Tagebuch sie nicht auseinanderhalten kann.

# Die Punkte des Vorbeugungsplans: je ein Titel, und warum ein Punkt im Plan dieses Menschen steht.
plan-quinine-title = Chinin mit der verschreibenden Ärztin oder dem verschreibenden Arzt besprechen
plan-quinine-why = Auf Ihrer Medikamentenliste steht Chinin.
plan-medicines-title = Um eine Überprüfung der Medikamente bitten
plan-stretch-title = Dehnen Sie jeden Abend vor dem Schlafen die Waden
plan-stretch-why = Der erste Schritt für alle: risikoarm, und eine Studie fand nach sechs Wochen seltenere und schwächere Krämpfe.
plan-fluids-title = Über den Tag verteilt trinken
plan-fluids-why = Über den Tag verteilt zu trinken ist ein vernünftiger Rat, auch wenn er in Studien nicht geprüft ist.
plan-fluids_limited-title = Fragen Sie Ihr Behandlungsteam, wie viel Sie trinken sollen
plan-fluids_limited-why = In Ihrem Profil steht eine Krankheit, bei der die Trinkmenge eine Obergrenze brauchen kann.
plan-position-title = Lockeres Bettzeug, Füße nicht gestreckt
plan-position-why = Zu verhindern, dass die Füße nachts gestreckt liegen, ist einfach auszuprobieren.
plan-move-title = In Bewegung bleiben, sanft
plan-move-why = Sanfte tägliche Bewegung hält die Beine geschmeidig.
plan-move-gradually = { $finding } Steigern Sie die Aktivität nach und nach statt in plötzlichen Sprüngen.
plan-magnesium-title = Magnesium: nur mit ärztlichem Rat
plan-magnesium-why = Der Vollständigkeit halber aufgeführt: Gute Studien fanden, dass es den meisten Erwachsenen wahrscheinlich nicht hilft.
plan-magnesium-pregnant = Sie sind schwanger: Die Studien in der Schwangerschaft widersprechen sich; fragen Sie Ihre Hebamme oder Ihre Ärztin, bevor Sie es nehmen.
plan-magnesium-taking = Sie haben eingetragen, dass Sie in letzter Zeit Magnesium nehmen.
plan-pregnancy-title = In der Schwangerschaft: die Warnzeichen kennen
plan-pregnancy-why = Laut Ihrem Profil sind Sie schwanger.

# Trends: wie ein wöchentlicher Test zu lesen ist, und worauf die Befunde beruhen.
trend-rising = steigend{ $change }{ $p }
trend-falling = fallend{ $change }{ $p }
trend-no_clear_change = keine klare Änderung{ $p }
trend-not_enough_data = zu wenige Wochen eingetragen, um es zu sagen (nötig sind vier Wochen mit je vier eingetragenen Nächten)
trend-p = {" "}({ $p })
trend-change-rate = , etwa { $percent } % pro Woche
trend-change-points = , { $change } pro Woche
insight-summary = Aus { $known ->
        [one] 1 eingetragenen Nacht
       *[other] { $known } eingetragenen Nächten
    } bis zur Nacht vom { $night } ({ $cramp_nights } mit Krämpfen; { $unknown } nicht eingetragen, außen vor).
plan-magnesium-kidney = Sie haben eine Nierenkrankheit: Magnesium sollten Sie nicht ohne den Rat Ihrer Nierenärztin oder Ihres Nierenarztes ausprobieren.

# Was ein Import nicht überschrieben hat (der Wert im Tagebuch blieb).
conflict-episode = Krampf { $id } am { $at }: die Fassung im Tagebuch blieb
conflict-checkin = Nacht vom { $night }: Schlafstörung { $file } in der Datei, { $diary } im Tagebuch (bleibt)
conflict-factor-typed = { $date } { $factor }: { $file } in der Datei, { $diary } im Tagebuch eingetippt (bleibt)
conflict-factor = { $date } { $factor }: { $file } in der Datei, { $diary } im Tagebuch (bleibt)
conflict-profile = Profil, { $field }: der Wert im Tagebuch blieb
conflict-medication = Medikament { $name }: die Fassung im Tagebuch blieb

# Die Beschriftungen und Zeilen des Berichts für die Ärztin oder den Arzt.
report-title = Nächtliche Beinkrämpfe: Zusammenfassung des Patiententagebuchs
report-period = Nächte vom { $from } bis { $to } ({ $nights ->
        [one] 1 Nacht
       *[other] { $nights } Nächte
    })
report-completeness = { $known } von { $nights ->
        [one] 1 Nacht
       *[other] { $nights } Nächten
    } eingetragen ({ $percent }); nicht eingetragene Nächte bleiben außen vor und zählen nicht als krampffrei.
report-none = -
report-age = Alter
report-age-value = etwa { $age }
report-pregnancy = Schwangerschaft
report-pregnancy-value = schwanger{ $due }
report-pregnancy-due = , errechneter Termin { $date }
report-activity = Aktivität
report-activity-athlete = trainiert regelmäßig (sportlich aktiv)
report-conditions = Erkrankungen
report-conditions-none = keine eingetragen
report-cramps = Krämpfe
report-cramps-value = { $cramps } in { $nights ->
        [one] 1 Nacht
       *[other] { $nights } Nächten
    }
report-per_week = Krämpfe pro Woche
report-nights_per_week = Nächte mit Krämpfen pro Woche
report-pain = Schmerz (0-10)
report-pain-value = Mittel { $mean }, höchstens { $highest }
report-duration = Dauer
report-duration-value = Median { $minutes } min; { $percent } über 10 min
report-woken = Von Krämpfen geweckt
report-woken-value = { $woke } von { $known ->
        [one] 1 eingetragenen Nacht
       *[other] { $known } eingetragenen Nächten
    }
report-disturbance = Schlafstörung (0-10)
report-disturbance-none = nicht bewertet
report-disturbance-value = Mittel { $mean } über { $rated ->
        [one] 1 bewertete Nacht
       *[other] { $rated } bewertete Nächte
    }
report-hours = { $hours } h
report-sign-frequent = Häufig (Krämpfe in mehr als 3 Nächten pro Woche über zwei Wochen)
report-sign-frequent-thin = nur { $known } der letzten 14 Nächte eingetragen
report-sign-severe = Stark (der Mensch kann den Schmerz kaum aushalten)
report-sign-severe-said = so gesagt am { $date }
report-sign-severe-no = mit Nein beantwortet am { $date }
report-sign-severe-unasked = noch nicht gefragt
report-sign-worsening = Schlimmer werdend (ein geprüfter Anstieg über Wochen)
report-sign-worsening-thin = weniger als vier Wochen mit vier oder mehr eingetragenen Nächten
report-sign-long = Ungewöhnlich lang (über 10 Minuten)
report-sign-long-thin = keine Krämpfe und zu wenige eingetragene Nächte in den letzten vier Wochen
report-sign-not_improving = Keine Besserung trotz sechs Wochen abendlichem Dehnen
report-sign-not_improving-unrecorded = die Krämpfe sind häufig, aber sechs Wochen regelmäßiges Dehnen sind nicht eingetragen
report-sign-not_improving-not_frequent = die Krämpfe sind nicht häufig
report-sign-present = vorhanden
report-sign-no = nein
report-sign-cannot_tell = nicht zu sagen
report-answer-yes = ja
report-answer-no = nein
report-medicine-quinine = Chinin: gegen Krämpfe nicht empfohlen
report-medicine-too_few = zu wenige eingetragene Nächte
report-medicine-rate = { $rate }/Woche
report-medicine-current = aktuell
report-medicine-before_after = vorher: { $before }; nachher: { $after }
report-habit-stretched = Wadendehnung vor dem Schlafen
report-habit-massage = Beinmassage vor dem Schlafen
report-habit-magnesium_mg = Magnesium als Nahrungsergänzung
report-habit-light_activity_min = Leichte Bewegung (Gehen, Schwimmen, Yoga)
report-habit-tight_blankets = Festgestecktes Bettzeug
report-habit-value = { $yes } von { $recorded ->
        [one] 1 eingetragenen Tag
       *[other] { $recorded } eingetragenen Tagen
    }
report-chart-weekly = Krämpfe pro Woche
report-chart-pain = Schmerz jedes Krampfs (0-10)
report-suggested_code = Vorgeschlagener Code, von der Ärztin oder dem Arzt zu bestätigen: ICD-10-CM G47.62, schlafbezogene Beinkrämpfe.
report-footer = Erstellt mit nightcramp { $version } am { $date } aus dem eigenen Tagebuch des Patienten. Befunde aus dem Tagebuch eines einzelnen Menschen sind Zusammenhänge, keine Beweise; dies ist keine Diagnose.

# Persönliche Experimente. $change ist, was eine Nacht mit Änderung verlangt, im Infinitiv
# ("die Waden vor dem Schlafen dehnen"); die Zahlen kommen aus dem Modell.
experiment-do-stretched = die Waden vor dem Schlafen dehnen
experiment-do-massage = die Beine vor dem Schlafen massieren
experiment-do-tight_blankets = die Decke am Fußende locker lassen
experiment-do-caffeine_drinks-is-0 = kein Kaffee, kein Tee, keine Cola
experiment-do-alcohol_drinks-is-0 = kein Alkohol
experiment-do-yes = { $label }: ja
experiment-do-no = { $label }: nein
experiment-do-at_least = { $label }: mindestens { $value }
experiment-do-at_most = { $label }: höchstens { $value }
experiment-do-none = { $label }: keine
experiment-do-is = { $label }: { $value }
experiment-tonight-change = Heute Abend: { $change }.
experiment-tonight-usual = Heute Abend: wie gewohnt (das ist nicht nötig: { $change }).
experiment-tonight-washout = Heute ist eine Übergangsnacht, sie zählt nicht.
experiment-tonight-baseline = Ihr Experiment beginnt am { $start }; bis dahin tragen Sie Ihre Nächte wie gewohnt ein.
experiment-made-ask = Gestern war ein Tag „{ $arm }“ in Ihrem Experiment, mit dieser Aufgabe: { $change }. Haben Sie das gemacht?
experiment-refused-prescriber = nightcramp beginnt, beendet oder ändert nie ein Medikament oder ein Nahrungsergänzungsmittel: Ein solcher Versuch gehört zur verschreibenden Ärztin oder zum verschreibenden Arzt, die ihn sicher planen können. Nehmen Sie weiter, was Sie nehmen, wie empfohlen, und wählen Sie stattdessen eine Gewohnheit zum Ausprobieren (zum Beispiel stretched, massage, tight_blankets oder caffeine_drinks=0)
experiment-refused-observation = das wird gemessen, nicht gewählt, lässt sich also nicht von Nacht zu Nacht ein- und ausschalten; wählen Sie stattdessen eine Gewohnheit zum Ausprobieren (zum Beispiel stretched oder caffeine_drinks=0)
experiment-refused-too_few = Ihre zwei Vergleichswochen hatten { $rate } Nächte mit Krämpfen pro Woche, weniger als die { $minimum }, die ein Versuch braucht, um in vernünftiger Zeit etwas zu zeigen: In diesem Tempo müssten die { $weeks } Wochen des üblichen Plans auf etwa { $needed } Wochen wachsen. Dass Ihre Krämpfe selten sind, ist eine gute Nachricht; die Seite mit den Befunden kann sie weiter verfolgen
experiment-refused-none = Ihre zwei Vergleichswochen hatten keine Nacht mit Krämpfen, es gibt also nichts, was eine Änderung verringern könnte
experiment-verdict-likely_helps = Es hilft Ihnen wahrscheinlich: In Nächten mit Änderung hatten Sie etwa { $fewer } % weniger Krämpfe (Ratenverhältnis { $ratio }, 95-%-Intervall { $low } bis { $high }); mit { $helps } % Wahrscheinlichkeit hilft es überhaupt und mit { $meaningful } % senkt es die Krämpfe um mindestens ein Fünftel.
experiment-verdict-likely_worse = Es könnte Ihre Krämpfe verschlimmern: In Nächten mit Änderung hatten Sie mehr Krämpfe (Ratenverhältnis { $ratio }, 95-%-Intervall { $low } bis { $high }); mit { $worse } % Wahrscheinlichkeit hilft es nicht.
experiment-verdict-no_meaningful_benefit = Kein wesentlicher Nutzen für Sie: Das Ratenverhältnis ist { $ratio } (95-%-Intervall { $low } bis { $high }), mit nur { $meaningful } % Wahrscheinlichkeit, die Krämpfe um mindestens ein Fünftel zu senken.
experiment-verdict-unclear = Bisher unklar: Das Ratenverhältnis ist { $ratio } (95-%-Intervall { $low } bis { $high }); mit { $helps } % Wahrscheinlichkeit hilft es, mit { $meaningful } % senkt es die Krämpfe um mindestens ein Fünftel.
experiment-verdict-not_enough_data = Noch nicht genug Daten: Ein Ergebnis braucht mindestens { $min_pairs } vollständige Paare von Zeiträumen und { $min_nights } eingetragene, gezählte Nächte in jedem Arm (bisher { $pairs ->
        [one] 1 Paar
       *[other] { $pairs } Paare
    } vollständig; { $change_nights } Nächte mit Änderung und { $usual_nights } gewohnte Nächte eingetragen).
experiment-stopped_early-benefit = Die Belege sind stark genug, um früher aufzuhören: Sie können es weiter machen.
experiment-stopped_early-harm = Der Versuch endet früher, weil Ihre Krämpfe mit der Änderung öfter kamen.
experiment-more_pairs = Wenn die Schätzung so bliebe, würden wahrscheinlich etwa { $more ->
        [one] 1 weiteres Paar
       *[other] { $more } weitere Paare
    } von Zeiträumen es klären.
experiment-more_pairs-unlikely = Selbst acht weitere Paare von Zeiträumen würden es wahrscheinlich nicht klären: Ein Unterschied dieser Größe lässt sich mit den Nächten eines einzelnen Menschen schwer zeigen.
experiment-adherence = Das Tagebuch zeigt, dass der Plan in { $percent } % { $nights ->
        [one] der 1 Nacht
       *[other] der { $nights } Nächte
    } eingehalten wurde, zu denen es etwas sagt.
experiment-adherence-weakened = Das Tagebuch zeigt, dass der Plan nur in { $percent } % { $nights ->
        [one] der 1 Nacht
       *[other] der { $nights } Nächte
    } eingehalten wurde, zu denen es etwas sagt; das schwächt dieses Ergebnis: Die beiden Arme unterschieden sich weniger als geplant.
experiment-only_you = Das betrifft nur Sie und diese Nächte, und es ist eine Schätzung, kein Beweis.
experiment-status-baseline = Vergleichszeit: Ihre gewohnten Nächte werden vor dem ersten Zeitraum eingetragen.
experiment-status-running = Läuft.
experiment-status-finished = Abgeschlossen.
experiment-status-stopped = Von Ihnen vorzeitig beendet.
experiment-arm-change = Änderung
experiment-arm-usual = wie gewohnt
experiment-baseline-sparse = Hinweis: { $reason }. Sie können weitermachen oder es mit nightcramp experiment stop beenden.

## Die Faktoren des Tages, wie die Person sie liest.
factor-standing_h = Stunden auf den Beinen
factor-exercise_min = Minuten Sport
factor-exercise_intensity = Intensität des Sports
factor-exercise_intensity-none = keine
factor-exercise_intensity-light = leicht
factor-exercise_intensity-moderate = mittel
factor-exercise_intensity-vigorous = intensiv
factor-steps = Schritte
factor-water_l = Liter Wasser
factor-heavy_sweating = starkes Schwitzen
factor-urine_color = Urinfarbe (1-8)
factor-caffeine_drinks = koffeinhaltige Getränke
factor-alcohol_drinks = alkoholische Getränke
factor-sitting_h = Stunden im Sitzen
factor-sleep_position = Schlafposition
factor-sleep_position-back_supported = auf dem Rücken, Knie gestützt
factor-sleep_position-back = auf dem Rücken
factor-sleep_position-side = auf der Seite
factor-sleep_position-side_curled = zusammengerollt auf der Seite
factor-sleep_position-stomach = auf dem Bauch
factor-tight_blankets = straffe Bettdecke
factor-stretched = vor dem Schlafen gedehnt
factor-massage = Beinmassage vor dem Schlafen
factor-light_activity_min = Minuten leichter Bewegung
factor-magnesium_mg = mg Magnesium
factor-night_checked = Nacht bestätigt
factor-sleep_h = Stunden Schlaf

## Was ein Befund vergleicht.
insight-when-stretched = nach dem Dehnen vor dem Schlafen
insight-when-massage = nach einer Beinmassage vor dem Schlafen
insight-when-heavy_sweating = nach einem Tag mit starkem Schwitzen
insight-when-tight_blankets = mit straffer oder fest eingeschlagener Bettdecke
insight-when-other = damit
insight-exposed-vigorous = intensiver Sport
insight-when-vigorous = nach einem Tag mit intensivem Sport
insight-exposed-toes_pointed = Schlafen auf dem Bauch oder zusammengerollt auf der Seite (Zehen gestreckt)
insight-when-toes_pointed = beim Schlafen auf dem Bauch oder zusammengerollt auf der Seite
insight-exposed-dark_urine = Urinfarbe { $from } oder dunkler (nicht hell)
insight-when-dark_urine = nach einem Tag mit dunklerem Urin (Farbe { $from } oder mehr)
insight-exposed-magnesium = Einnahme eines Magnesiumpräparats
insight-when-magnesium = nach der Einnahme von Magnesium
insight-exposed-alcohol = jede Menge Alkohol
insight-when-alcohol = nach einem Tag mit Alkohol
insight-when-custom = nach einem Tag mit { $name }
insight-exposed-above_median = mehr als { $value } { $label } (Ihr Median)
insight-when-above_median = nach mehr als { $value } { $label } (Ihr Median)
insight-exposed-at_least_median = { $value } { $label } oder mehr (Ihr Median)
insight-when-at_least_median = nach { $value } { $label } oder mehr (Ihr Median)
insight-exposed-constant = { $label } (immer derselbe Wert, also nichts zu vergleichen)
insight-when-constant = mit { $label }
insight-activity_jump = ein plötzlicher Anstieg der Aktivität
insight-exposed-activity_jump = ein Tag mit Schritten oder Sport mindestens { $ratio }-mal so viel wie in den zwei Wochen davor
insight-when-activity_jump = nach einem plötzlichen Anstieg der Aktivität
insight-exposed-medicine = die ersten 12 Monate der Behandlung ({ $label })
insight-when-medicine = in den ersten 12 Monaten der Behandlung ({ $label })
insight-day_before = { $when }, am Vortag
insight-reverse-other = man tut es oft, weil sich die Beine schon verspannt anfühlen

## Wo ein Krampf war.
muscle-calf = Wade
muscle-foot = Fuß
muscle-toes = Zehen
muscle-shin = Schienbein
muscle-thigh_back = Oberschenkel hinten
muscle-thigh_front = Oberschenkel vorne
muscle-other = andere Stelle
side-left = links
side-right = rechts
side-both = beide
site-calf-left = linke Wade
site-calf-right = rechte Wade
site-calf-both = Waden, beide Beine
site-foot-left = linker Fuß
site-foot-right = rechter Fuß
site-foot-both = Füße, beide Beine
site-toes-left = Zehen am linken Fuß
site-toes-right = Zehen am rechten Fuß
site-toes-both = Zehen, beide Füße
site-shin-left = linkes Schienbein
site-shin-right = rechtes Schienbein
site-shin-both = Schienbeine, beide Beine
site-thigh_back-left = linker Oberschenkel hinten
site-thigh_back-right = rechter Oberschenkel hinten
site-thigh_back-both = Oberschenkel hinten, beide Beine
site-thigh_front-left = linker Oberschenkel vorne
site-thigh_front-right = rechter Oberschenkel vorne
site-thigh_front-both = Oberschenkel vorne, beide Beine
site-other-left = andere Stelle, linkes Bein
site-other-right = andere Stelle, rechtes Bein
site-other-both = andere Stelle, beide Beine
relief-stretch = Dehnen
relief-walk = Gehen
relief-massage = Massage
relief-heat = Wärme
relief-nothing = nichts hat geholfen
relief-other = etwas anderes
condition-diabetes = Diabetes
condition-kidney_disease = Nierenerkrankung
condition-thyroid_disorder = Schilddrüsenerkrankung
condition-peripheral_nerve_disorder = Nervenschäden in Beinen oder Füßen (periphere Neuropathie)
condition-spinal_problems = Probleme mit der Wirbelsäule
condition-circulation_problems = schlechte Durchblutung der Beine
condition-cirrhosis = Leberzirrhose
condition-heart_failure = Herzschwäche

## Die Überschriften und Wörter des Berichts für die Ärztin oder den Arzt.
report-label-patient = Patientin oder Patient
report-label-glance = Auf einen Blick
report-label-signs = Vier Zeichen für einen Arztbesuch, und die Prüfung
report-label-answers = Beantwortete Fragen zu Warnzeichen
report-label-answers_none = Noch keine Fragen zu Warnzeichen beantwortet.
report-label-findings_none = Aus dem Tagebuch allein ergibt sich kein Grund für einen Arztbesuch.
report-label-rule = Regel
report-label-sources = Quellen
report-label-hours = Uhrzeit in der Nacht (Beginn der Krämpfe)
report-label-sites = Stelle und Seite
report-label-no_cramps = Keine Krämpfe im Zeitraum.
report-label-medicines = Medikamente (mit ★ die mit Krämpfen verbundenen)
report-label-medicines_none = Keine eingetragen.
report-label-medicine = Medikament
report-label-class = Gruppe
report-label-since = Seit
report-label-until = Bis
report-label-link = Bezug zu Krämpfen; Krämpfe pro Woche vor / nach Beginn
report-label-associations = Zusammenhänge
report-label-none_stands_out = Nichts sticht hervor.
report-label-habits = Gewohnheiten im Zeitraum
report-label-none_recorded = Keine eingetragen.
report-label-experiments = Persönliche Experimente (randomisiert, eine Person)
report-urgency-none = zur Information
report-urgency-routine = regulärer Termin
report-urgency-soon = bald
report-urgency-urgent = dringend: heute
report-label-sources_cited = Zitierte Quellen
report-experiment = { $change } ({ $code }; { $pairs ->
    [one] { $pairs } Paar
   *[other] { $pairs } Paare
} zu { $nights ->
    [one] { $nights } Nacht
   *[other] { $nights } Nächten
}, { $from } bis { $to }; { $state })
report-experiment-numbers = Ratenverhältnis { $ratio } (95-%-Intervall { $low } bis { $high }); gezählt wurden { $change_nights } Nächte mit der Änderung und { $usual_nights } Nächte wie gewohnt.
experiment-state-baseline = Ausgangsphase
experiment-state-running = läuft
experiment-state-finished = beendet
experiment-state-stopped = vorzeitig beendet

## Wie beständig ein Schritt des Plans eingehalten wurde.
plan-adherence-stretched = gedehnt an { $yes } der letzten { $days } Tage
plan-adherence-water_l = Wasser eingetragen an { $yes } der letzten { $days } Tage
plan-adherence-tight_blankets = straffe Bettdecke an { $yes } der letzten { $days } Tage
plan-adherence-light_activity_min = leicht aktiv an { $yes } der letzten { $days } Tage
plan-adherence-missing = {" "}({ $missing } nicht eingetragen)

## Die sichtbaren Texte des FHIR-Exports.
fhir-symptom = Symptom
fhir-cramp = Nächtlicher Beinkrampf
fhir-category = Von der Patientin oder dem Patienten berichtetes Symptom
fhir-woke = Hat die Person geweckt.
fhir-soreness = Muskelkater danach: { $hours } h.
fhir-disturbance = Schlafstörung { $rating }/10.
fhir-cramps_per_week = Beinkrämpfe pro Woche (eingetragene Nächte)
fhir-cramp_nights_per_week = Nächte mit Beinkrämpfen pro Woche (eingetragene Nächte)
fhir-known = Aus { $known } eingetragenen Nächten; nicht eingetragene Nächte zählen nicht mit.
fhir-drug_class = Medikamentengruppe: { $label }.
fhir-condition_note = Von der Patientin oder dem Patienten in nightcramp angegeben.
fhir-ci_low = 95-%-Intervall, untere Grenze
fhir-ci_high = 95-%-Intervall, obere Grenze
fhir-probability_helps = Wahrscheinlichkeit für weniger Krämpfe mit der Änderung (Ratenverhältnis unter 1)
fhir-probability_meaningful = Wahrscheinlichkeit für mindestens ein Fünftel weniger Krämpfe (Ratenverhältnis unter 0,8)
fhir-experiment = Persönliche randomisierte n-of-1-Studie zu „{ $change }“ ({ $code }): Ratenverhältnis der Beinkrämpfe pro eingetragener Nacht, Zeiträume mit der Änderung gegen Zeiträume wie gewohnt
fhir-not_enough_data = noch nicht genug Daten
fhir-verdict-likely_helps = hilft wahrscheinlich
fhir-verdict-likely_worse = kann die Krämpfe verschlimmern
fhir-verdict-no_meaningful_benefit = kein nennenswerter Nutzen
fhir-verdict-unclear = bisher unklar
fhir-verdict-not_enough_data = noch nicht genug Daten

## Die Kalendererinnerungen.
calendar-name = nightcramp-Erinnerungen
calendar-water = Trinken Sie ein Glas Wasser
calendar-water_limited = Wasser, so wie Ihr Behandlungsteam es geraten hat
calendar-stretch = Wadendehnung vor dem Schlafen
calendar-stretch-steps = Wadendehnung, 30 Sekunden pro Seite:

## Ein Krampf in einer Zeile, Dauern, der Stand einer Nacht.
episode-line = { $site }, Schmerz { $pain }/10, { $duration }
episode-woke = , hat Sie geweckt
episode-sore = , Muskelkater { $hours } h
episode-eased = , Linderung durch { $relief }
duration-hours = { $hours } h
duration-minutes = { $minutes } min
duration-seconds = { $seconds } s
night-status-cramps = { $count ->
    [one] 1 Krampf
   *[other] { $count } Krämpfe
}
night-status-no_cramps = keine Krämpfe
night-status-unknown = nicht eingetragen

## Was an einer Eingabe falsch ist und was sie sein darf.
input-not_allowed = { $value } ist nicht zulässig; erwartet wird { $allowed }
input-missing = fehlt; erwartet wird { $allowed }
input-field_not_allowed = { $field }: { $value } ist nicht zulässig; erwartet wird { $allowed }
input-field_missing = { $field }: fehlt; erwartet wird { $allowed }
field-started_at = Beginn
field-duration_s = Dauer
field-muscle = Stelle
field-side = welches Bein
field-intensity = Stärke des Schmerzes
field-woke = hat Sie geweckt
field-soreness_h = Muskelkater danach
field-relief = was geholfen hat
field-notes = Notizen
field-night = Nacht
field-date = Tag
allowed-rfc3339 = ein Datum mit Uhrzeit und Abstand zu UTC, etwa 2026-11-29T02:40:00-05:00
allowed-duration_range = eine Dauer von 1 Sekunde bis 24 Stunden
allowed-intensity = eine ganze Zahl von 1 bis 10
allowed-zone_annotation = ein bekannter IANA-Zeitzonenname in der Angabe [...]
allowed-time_zone = ein IANA-Zeitzonenname wie Europe/Berlin
allowed-duration_seconds = ganze Sekunden von 1 bis 86400
allowed-duration = eine Dauer wie 40s, 2m, 1m30s oder 1h (1 Sekunde bis 24 Stunden)
allowed-soreness = Stunden von 0 bis 168, etwa 3 oder 3h
allowed-list_of = eine Liste aus { $list }
allowed-at_most_chars = höchstens { $count } Zeichen
allowed-uuid = eine UUID
allowed-json_value = ein Text, eine Zahl, true oder false, oder null
allowed-json_words = eine Liste von Wörtern wie ["stretch", "walk"], oder ein Text
allowed-medicine_name = ein Name mit 1 bis 100 Zeichen
allowed-drug_class = eine Medikamentengruppe, da { $name } nicht in der Medikamentenliste von nightcramp steht: eine von { $list }
allowed-until_after = ein Datum am oder nach dem Beginn, { $since }
allowed-one_of = eines von { $list }
allowed-day_not_future = heute oder ein früherer Tag: Ein Tag wird ab diesem Tag eingetragen
allowed-day_factor = ein Faktor des Tages; eine Nacht wird mit der Bestätigung am Morgen bestätigt
allowed-disturbance = eine ganze Zahl von 0 bis 10
allowed-question_id = eine Frage-Kennung: { $list }
allowed-cramp_time = eine Uhrzeit wie 02:40 (das letzte 02:40), Datum und Uhrzeit auf Ihrer Uhr wie 2026-11-29T02:40 oder "2026-11-29 02:40", oder eine genaue Zeit wie 2026-11-29T02:40:00+01:00
allowed-cramp_time_date_alone = ein Datum mit Uhrzeit, etwa 2026-11-29T02:40: Ein Datum allein sagt nicht, wann der Krampf war
allowed-fold = eine Uhrzeit, die es nur einmal gab: { $civil } gab es in dieser Nacht zweimal, als die Uhren zurückgestellt wurden; geben Sie den Abstand an, { $before } oder { $after }
allowed-time_from = eine Zeit ab { $year }
allowed-time_past = eine Zeit, die schon vorbei ist (jetzt ist es { $now })
allowed-date = ein Datum als JJJJ-MM-TT
allowed-date_exists = ein Datum, das es gibt, als JJJJ-MM-TT
allowed-date_range = ein Datum vom { $from } bis { $to }
allowed-last_day = ein Datum als JJJJ-MM-TT, heute ({ $today }) oder später
allowed-factor_name = einer der Faktoren des Tages ({ $list }) oder custom:NAME
allowed-custom_name = ein Name mit 1 bis { $max } Zeichen ohne '=', ',' oder Steuerzeichen
allowed-bool = true/false, yes/no oder 1/0
allowed-true_false = wahr oder falsch
allowed-hours = eine Zahl von Stunden, etwa 9, 9h, 7.5h oder 90min
allowed-minutes = eine Zahl von Minuten, etwa 45, 45min oder 1.5h
allowed-litres = eine Zahl von Litern, etwa 1.5, 1.5l oder 750ml
allowed-milligrams = eine Zahl von Milligramm, etwa 300 oder 300mg
allowed-count = eine ganze Zahl, etwa 2
allowed-range-hours = { $whole ->
    [yes] eine ganze Zahl von { $min } bis { $max } Stunden
   *[no] von { $min } bis { $max } Stunden
}
allowed-range-minutes = { $whole ->
    [yes] eine ganze Zahl von { $min } bis { $max } Minuten
   *[no] von { $min } bis { $max } Minuten
}
allowed-range-litres = { $whole ->
    [yes] eine ganze Zahl von { $min } bis { $max } Litern
   *[no] von { $min } bis { $max } Litern
}
allowed-range-milligrams = { $whole ->
    [yes] eine ganze Zahl von { $min } bis { $max } mg
   *[no] von { $min } bis { $max } mg
}
allowed-range-count = { $whole ->
    [yes] eine ganze Zahl von { $min } bis { $max }
   *[no] von { $min } bis { $max }
}
allowed-number_from = eine Zahl von { $min } bis { $max }
allowed-custom_value = ja/nein oder eine Zahl für einen eigenen Faktor
allowed-bool_or_number = yes/no (true/false, 1/0) oder eine Zahl
allowed-pairs = { $min } bis { $max } Paare von Zeiträumen
allowed-period_nights = { $min } bis { $max } Nächte
allowed-washout = weniger als die Hälfte der { $nights } Nächte eines Zeitraums (0 bis { $max })
allowed-night_ended = eine Nacht, die schon vorbei ist (vor heute)
allowed-whole_number = eine ganze Zahl
allowed-clock_time = eine Uhrzeit als HH:MM, etwa 22:30
allowed-name_value = NAME=WERT, etwa "lange Autofahrt=yes"
allowed-birth_year = ein Jahr von 1900 bis 2030
allowed-time_zone_example = ein IANA-Zeitzonenname wie Europe/Berlin oder Europe/Vienna
allowed-day = ein Datum als JJJJ-MM-TT, today oder yesterday
allowed-coins = eine Münze für jedes der { $pairs } Paare

## Was an einer Datei falsch ist und wo.
file-bad-file = { $file }: { $reason }
file-bad-field = { $file }: { $column }: { $reason }
file-bad-line = { $file }:{ $line }: { $reason }
file-bad-line_column = { $file }:{ $line }: Spalte { $column }: { $reason }
file-unrecognised = { $file }: keine Datei, die nightcramp kennt. { $accepts }
file-accepts = nightcramp import nimmt: eine Krampf-CSV (eine Kopfzeile mit started_at, duration_s, muscle, side, intensity), eine Tages-CSV (eine Kopfzeile, die mit date beginnt), eine JSON-Sicherung von nightcramp ("format": "nightcramp/1"), einen Export aus Apple Health (die Zip-Datei, die die Health-App teilt, oder ihre export.xml), einen Export aus Fitbit oder Google Takeout (die Zip-Datei, ihren entpackten Ordner oder eine ihrer JSON- oder CSV-Dateien), einen Export eines Garmin-Kontos (die Zip-Datei oder ihren Ordner), einen Download persönlicher Daten aus Samsung Health (den Ordner oder eine Zip-Datei davon) und einen Export aus Health Connect (die Zip-Datei oder die health_connect_export.db darin)
file-cells = hat { $cells } Zellen, aber die Kopfzeile hat { $width }
file-unreadable_row = diese Zeile ist nicht lesbar: { $detail }
file-unreadable_header = die Kopfzeile ist nicht lesbar: { $detail }
file-unknown_column = unbekannte Spalte; zulässig sind: { $list }
file-twice = diese Spalte kommt zweimal vor
file-required_column = eine Pflichtspalte fehlt; Pflicht sind: { $list }
file-unknown_day_column = unbekannte Spalte; erwartet wird { $allowed } oder { $disturbance }
file-not_a_backup = keine gültige Sicherung von nightcramp: { $detail }
file-format = { $format } ist kein Format, das diese Version liest; erwartet wird { $expected } (vielleicht hat ein neueres nightcramp sie geschrieben)
file-medication = braucht einen Namen, Daten vom { $year }-01-01 bis morgen und ein Enddatum am oder nach dem Beginn
file-disturbance = erwartet wird eine ganze Zahl von 0 bis 10
file-answer = braucht eine Frage-Kennung und eine Zeit von { $year } bis jetzt

file-kind-episodes_csv = Krampf-CSV
file-kind-days_csv = Tages-CSV
file-kind-json_backup = JSON-Sicherung von nightcramp

## Der Export einer Uhr oder eines Telefons: was er ist, was ausgelassen wurde, was daran falsch ist.
wearable-kind-apple_health = Apple-Health-Export
wearable-kind-fitbit = Fitbit-Export
wearable-kind-garmin = Garmin-Export
wearable-kind-samsung_health = Samsung-Health-Export
wearable-kind-health_connect = Health-Connect-Export
wearable-note-out_of_range = { $count ->
    [one] 1 Tag vor 1900 oder nach morgen ausgelassen
   *[other] { $count } Tage vor 1900 oder nach morgen ausgelassen
}
wearable-note-fitbit_zone = Fitbit speichert die Schritte pro Minute in UTC: Sie wurden den Tagen von { $zone } zugeordnet ({ $from })
wearable-note-garmin_fit = { $count ->
    [one] 1 FIT-Aktivitätsdatei übersprungen: Ihre Minuten stehen schon in Garmins Tageszusammenfassungen
   *[other] { $count } FIT-Aktivitätsdateien übersprungen: Ihre Minuten stehen schon in Garmins Tageszusammenfassungen
}
wearable-note-samsung_placeholders = { $count ->
    [one] 1 Zeile vor 2010 übersprungen: Samsung Health schreibt solche Platzhalterzeilen, keine Einträge
   *[other] { $count } Zeilen vor 2010 übersprungen: Samsung Health schreibt solche Platzhalterzeilen, keine Einträge
}
wearable-zone_from-diary = die Zeitzone Ihres Tagebuchs
wearable-zone_from-computer = die Zeitzone dieses Computers
wearable-zone_from-profile = die Zeitzone Ihres Fitbit-Profils
wearable-zone_from-as_written = so wie geschrieben
wearable-what-samsung = die CSV-Dateien von Samsung Health
wearable-what-fitbit = die Fitbit-Dateien
wearable-what-garmin = die Tagesdateien von Garmin
wearable-file = { $file }: { $reason }
wearable-line = Zeile { $line }: { $reason }
wearable-entry = { $file }: Eintrag { $entry } des Archivs ist beschädigt: { $detail }
wearable-not_zip = { $file }: kein lesbares Zip-Archiv: { $detail }
wearable-file_too_big = { $file }: { $entry } ist { $mb } MB groß; { $what } sind ein paar MB groß, also ist das keine davon
wearable-csv_no_header_line = erwartet wurde eine Zeile, die die Daten nennt, dann eine Kopfzeile
wearable-not_csv = keine CSV-Datei: { $detail }
wearable-csv_columns = erwartet wurde eine Kopfzeile mit den Spalten { $wanted }; sie hat { $found }
wearable-fitbit_json = nicht das JSON, das Fitbit für diese Datei schreibt (Zeile { $line }, Spalte { $column }): { $detail }
wearable-fitbit_steps_entry = Eintrag { $entry }: erwartet wurden eine Zeit wie "01/31/20 23:59:00" und eine Schrittzahl; gefunden: { $time } und { $value }
wearable-fitbit_steps_csv = erwartet wurden eine UTC-Zeit wie 2026-09-12T05:00:00Z und eine Schrittzahl; gefunden: { $time } und { $steps }
wearable-fitbit_sleep_csv = erwartet wurde ein Schlaf mit Schlafminuten, UTC-Beginn und -Ende wie 2026-09-11T23:00:00Z und Abständen wie +01:00; gefunden: { $cells }
wearable-fitbit_stage = erwartet wurde eine Phase AWAKE, LIGHT, DEEP oder REM; gefunden: { $found }
wearable-fitbit_stage_times = erwartet wurden UTC-Beginn und -Ende wie 2026-09-11T23:00:00Z und Abstände wie +01:00; gefunden: { $cells }
wearable-garmin_json = nicht das JSON, das Garmin für diese Datei schreibt (Zeile { $line }, Spalte { $column }): { $detail }
wearable-garmin_not_list = erwartet wurde eine Liste von Tagen
wearable-garmin_date = Eintrag { $entry }: erwartet wurde ein calendarDate wie "2020-01-31"
wearable-samsung_day_time = erwartet wurde day_time in Millisekunden seit 1970 oder eine Zeit wie 2024-06-01 00:00:00.000; gefunden: { $found }
wearable-samsung_steps = erwartet wurde eine Schrittzahl; gefunden: { $found }
wearable-samsung_span = erwartet wurden UTC-Zeiten wie 2024-06-01 22:30:00.000 und ein Abstand wie UTC+0200; gefunden: { $start }, { $end } und { $offset }
wearable-samsung_stage = erwartet wurde eine Phase 40001 (wach), 40002 (leicht), 40003 (tief) oder 40004 (REM); gefunden: { $found }
wearable-samsung_duration = erwartet wurde eine Dauer in Millisekunden; gefunden: { $found }
wearable-samsung_empty = { $count ->
    [one] { $file }: ein Samsung-Health-Export mit 1 Datei und keinem einzigen Tag darin: nightcramp liest die täglichen Schritte (com.samsung.shealth.step_daily_trend), den Schlaf und seine Phasen (com.samsung.shealth.sleep, com.samsung.health.sleep_stage) und die Bewegung (com.samsung.shealth.exercise)
   *[other] { $file }: ein Samsung-Health-Export mit { $count } Dateien und keinem einzigen Tag darin: nightcramp liest die täglichen Schritte (com.samsung.shealth.step_daily_trend), den Schlaf und seine Phasen (com.samsung.shealth.sleep, com.samsung.health.sleep_stage) und die Bewegung (com.samsung.shealth.exercise)
}
wearable-hc_offset = ein Abstand von { $seconds } Sekunden zu UTC, den es nirgends gibt
wearable-hc_end_before_start = ein Ende ({ $end }) vor seinem Beginn ({ $start })
wearable-hc_out_of_range = eine Zeit außerhalb des gültigen Bereichs ({ $ms } ms)
wearable-hc_negative_steps = eine negative Schrittzahl ({ $count })
wearable-no_hc_db = { $file }: enthält keine { $db }
wearable-hc_too_big = { $file }: { $entry } ist { $mb } MB groß, mehr als ein Health-Connect-Export enthält
wearable-hc_damaged = { $file }: die Datenbank ist beschädigt ({ $detail }): Exportieren Sie sie noch einmal in den Einstellungen von Health Connect
wearable-hc_not_export = { $file }: kein Health-Connect-Export: Es fehlt application_info_table (vorhanden: { $tables })
wearable-hc_table = { $file }: { $table } ist nicht die Tabelle, die Health Connect schreibt: { $detail }
wearable-hc_row = { $file }: { $table }, Zeile { $id }: { $reason }
wearable-hc_empty = { $file }: ein Health-Connect-Export mit { $count } Einträgen zu Schritten, Schlaf und Bewegung und keinem einzigen Tag darin: nightcramp liest steps_record_table, sleep_session_record_table mit sleep_stages_table und exercise_session_record_table
wearable-apple_not_export = kein Apple-Health-Export: kein <HealthData>-Element in den ersten { $bytes } Bytes
wearable-apple_damaged = der Export ist nahe Byte { $position } beschädigt: { $detail }
wearable-apple_truncated = der Export endet zu früh (unvollständig?) nahe Byte { $position }: </HealthData> kam nie, deshalb wurde nichts importiert
wearable-apple_io = der Export ließ sich nicht lesen: { $detail }
wearable-apple_empty = { $file }: ein Apple-Health-Export ohne einen einzigen Eintrag. Exportieren Sie noch einmal aus der Health-App (Ihr Bild, dann Alle Gesundheitsdaten exportieren) und importieren Sie die Zip-Datei, die dabei entsteht
wearable-apple_unused = { $file }: ein Apple-Health-Export mit { $count } Einträgen ({ $kinds }), von denen keiner einen Wert für das Tagebuch ergibt: nightcramp liest Schritte, Sportminuten, Trainings, Schlaf, Wasser und Koffein
wearable-apple_undated = { $unused }. { $count } seiner Einträge zu Schritten, Bewegung, Schlaf, Wasser oder Koffein haben Anfangsdaten in einer Form, die nightcramp nicht kennt, deshalb ließ sich keiner einem Tag zuordnen
wearable-xml_truncated_element = die Datei endet mitten in einem Element (unvollständig?)
wearable-xml_too_long = ein Element, das länger als { $mb } MB ist
wearable-xml_stray_lt = ein '<', das kein Element beginnt
wearable-xml_slash = ein '/' mitten in einem Element
wearable-xml_unclosed = ein Element, dessen Tag nie geschlossen wird
wearable-xml_no_value = das Attribut '{ $key }' hat keinen Wert
wearable-xml_unquoted = der Wert des Attributs '{ $key }' steht nicht in Anführungszeichen

## Warum ein Experiment nicht beginnen oder nicht gelesen werden kann.
error-experiment-change = --change { $given }: { $why }
error-experiment-not_a_factor = kein Faktor; erwartet wird { $allowed }
error-experiment-takes = { $name } nimmt { $allowed }
error-experiment-how_much = sagen Sie, wie viel, zum Beispiel { $name }=30 (mindestens so viel in Nächten mit Änderung) oder { $name }=0 (nichts)
error-experiment-which = sagen Sie, welches, zum Beispiel { $name }={ $example }
error-experiment-needs = eine Änderung braucht { $allowed }
error-experiment-option = { $option } { $given }: { $allowed }
error-experiment-past_start = --start { $given }: Ein Experiment beginnt heute Nacht ({ $tonight }) oder später; vergangenen Nächten lässt sich nachträglich keine Gruppe zuweisen
error-experiment-already_running = es läuft schon ein Experiment (es testet { $change }, begonnen am { $start }); es läuft immer nur eines. Sehen Sie es mit `nightcramp experiment` an, oder beenden Sie es mit `nightcramp experiment stop`
error-experiment-baseline = nur { $known } der { $nights } Nächte vor dem { $start } sind eingetragen (mindestens { $needed } sind nötig, um zu sehen, wie oft Krämpfe kommen); bestätigen Sie zwei Wochen lang jeden Morgen, oder beginnen Sie später mit --start
error-experiment-tampered = das Experiment, das { $change } testet (ab { $start }): Sein gespeicherter Zeitplan wurde außerhalb von nightcramp geändert ({ $detail }), daher ist es kein fairer Versuch mehr. Beenden Sie es mit `nightcramp experiment stop` und beginnen Sie ein neues
error-experiment-over = das Experiment läuft nicht mehr

## Was der Speicher ablehnt, und warum.
store-account_exists = ein Konto namens { $name } gibt es schon; wählen Sie einen anderen Namen
store-remove_self = Ihr eigenes Konto können Sie nicht entfernen; das kann eine andere Verwaltung oder die Befehlszeile (nightcramp accounts remove)
store-account_name = { $name } ist als Kontoname nicht zulässig; nehmen Sie 1 bis 64 Buchstaben, Ziffern, Leerzeichen, '.', '-', '_', '@' oder einen Apostroph, ohne Leerzeichen am Anfang oder Ende
store-no_account = es gibt kein Konto namens { $name }
store-diary_holds_entries = das Tagebuch von { $name } hat Einträge; um es mit dem Konto zu entfernen, fügen Sie --delete-diary hinzu (vorher wird gesichert)
store-cannot_receive = { $with } ist ein Konto der Rolle { $role }; ein Tagebuch lässt sich mit einer Ärztin, einem Arzt oder einer forschenden Person teilen
store-no_share = keine Freigabe dieses Tagebuchs hat die Kennung { $id }; `nightcramp share list` zeigt sie
store-several_shares = mehr als eine Freigabe beginnt mit { $id }; geben Sie mehr von der Kennung an
store-no_owner = dieses Tagebuch gehört noch zu keinem Konto; fügen Sie zuerst seine Person hinzu (nightcramp accounts add NAME)
store-experiment_fixed = Experiment { $id }: Sein Zeitplan wurde beim Start festgelegt und lässt sich nicht ändern; es kann nur beendet werden
store-not_empty = der Zielspeicher ist nicht leer
allowed-language = en, es, de, fr oder auto, um dem Terminal und dem Browser zu folgen
