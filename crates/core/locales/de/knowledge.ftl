### Die Texte der Wissensbasis, auf Deutsch, mit denselben IDs wie im Englischen
### (knowledge/*.toml hält die Quellen und die Stärke jeder Aussage nur einmal fest).
### Anrede: Sie; einfache Worte, für einen älteren Menschen, der nachts liest.

## Stärke der Belege, wie sie neben jeder Aussage steht.

strength-strong = starke Belege
strength-moderate = mäßig starke Belege
strength-weak = schwache Belege
strength-mixed = widersprüchliche Belege
strength-expert_advice = Rat von Fachleuten, nicht in Studien geprüft
strength-descriptive = Hintergrund

## Der Ratgeber: Themen und ihre Aussagen. Regel fürs Schreiben: mit eigenen Worten; nie
## einen Satz aus dem Artikel oder einer Quelle abschreiben.

topic-urgent-title = Wann Sie sofort Hilfe brauchen
topic-urgent-summary = Zeichen, die noch heute ärztliche Hilfe oder einen Notruf brauchen, ganz gleich, was sonst in diesem Ratgeber oder in Ihrem Tagebuch steht.
statement-urgent-emergency = Rufen Sie den Notruf (112, 911 oder 999), wenn zu den Beschwerden im Bein plötzliche Atemnot, Brustschmerzen, die beim Einatmen stärker werden, oder Bluthusten kommen.
statement-urgent-spine = Gehen Sie sofort in eine Notaufnahme, wenn zu Rücken- oder Beinschmerzen neu ein Taubheitsgefühl am Gesäß oder zwischen den Beinen kommt, neue Schwierigkeiten, den Urin zu starten, zu halten oder zu spüren, ungewollter Urinverlust, Verlust der Kontrolle über den Stuhlgang oder Schwäche oder Taubheit in beiden Beinen. Das kann heißen, dass Nerven am unteren Ende der Wirbelsäule abgedrückt werden (Cauda-equina-Syndrom), was innerhalb weniger Stunden behandelt werden muss.
statement-urgent-clot = Suchen Sie noch am selben Tag dringend ärztliche Hilfe, wenn ein Bein geschwollen, warm oder röter oder dunkler als das andere ist oder seine Venen hart sind oder schmerzen; oder wenn der Schmerz in einer Wade zwischen den Krämpfen bleibt, im Stehen oder Gehen stärker wird oder beim Dehnen nicht nachlässt. Schon eines dieser Zeichen genügt: Es kann ein Blutgerinnsel (tiefe Venenthrombose) sein, kein Krampf.
statement-urgent-wont_release = Suchen Sie sofort ärztliche Hilfe, wenn ein Krampf nach mehr als 10 Minuten Dehnen immer noch hart ist.
statement-urgent-other_signs = Gehen Sie sofort zu einem Arzt oder einer Ärztin, wenn Sie auch Krämpfe in Brust, Armen oder Bauch haben; wenn Sie irgendwo neu Kraft oder Gefühl verlieren; wenn Muskeln unter der Haut zucken; oder wenn die Krämpfe nach einem großen Flüssigkeitsverlust durch Erbrechen, Durchfall oder Schwitzen kommen oder nach einer neuen oder höheren Dosis einer Wassertablette (Diuretikum).
statement-urgent-toxin = Suchen Sie sofort ärztliche Hilfe, wenn die Krämpfe nach Kontakt mit einem Gift wie Blei oder Quecksilber begonnen haben oder nach einer verschmutzten Wunde (Wundstarrkrampf kann Krämpfe machen).
statement-urgent-statin = Wenn Sie ein Statin einnehmen und starke Schmerzen oder Druckschmerz in vielen Muskeln, neue Muskelschwäche oder dunklen, colafarbenen Urin bekommen, holen Sie sich noch heute ärztliche Hilfe und sagen Sie, dass Sie ein Statin einnehmen. Leichtere Muskelschmerzen nach Beginn eines Statins sollten Sie Ihrer verschreibenden Ärztin oder Ihrem verschreibenden Arzt erzählen.
statement-urgent-pregnancy = In der Schwangerschaft melden Sie sich sofort bei Ihrer Hebamme oder Ihrer Ärztin, wenn Beinschmerzen nicht nachlassen, stark sind oder mit Schwellung, Wärme, Rötung oder Mühe beim Gehen kommen.

topic-what-title = Was nächtliche Wadenkrämpfe sind
topic-what-summary = Ein plötzliches, schmerzhaftes Verkrampfen eines Beinmuskels in Ruhe oder im Schlaf, das sich beim Dehnen löst. Keine unruhigen Beine.
statement-what-definition = Ein nächtlicher Krampf ist ein Muskel im Bein oder Fuß, der sich plötzlich von selbst fest zusammenzieht, meist im Bett. Der Muskel fühlt sich hart an und tut weh.
statement-what-where = Meist ist es die Wade. Danach kommen Fuß und Zehen; am Oberschenkel ist es viel seltener.
statement-what-how_long = Die meisten Krämpfe lösen sich nach Sekunden bis wenigen Minuten; bis zu 10 Minuten sind noch üblich. Der Muskel kann danach stundenlang wund sein, manchmal bis zu einem Tag.
statement-what-release = Was den Krampf löst, ist kräftiges Dehnen des verkrampften Muskels (bei einem Wadenkrampf die Zehen zu sich heranziehen). Dass er sich beim Dehnen löst, ist eines der Merkmale eines echten Krampfs.
statement-what-not_rls = Unruhige Beine (Restless-Legs-Syndrom) sind etwas anderes: ein Drang, die Beine zu bewegen, oft mit seltsamen Gefühlen, der im Sitzen oder Liegen zunimmt, abends am schlimmsten ist und nachlässt, solange Sie sich bewegen. Schmerz steht nicht im Vordergrund, und nichts verkrampft sich.
statement-what-not_plmd = Wiederholte kleine Zuckungen der Beine im Schlaf, die Sie selbst nicht spüren und die oft der Partner oder die Partnerin bemerkt, sind wieder etwas anderes (periodische Beinbewegungen). Nur eine Untersuchung im Schlaflabor kann sie zeigen.
statement-what-sleep = Weil sie aufwecken, können häufige Krämpfe Sie am nächsten Tag müde machen.

topic-who-title = Wer sie bekommt
topic-who-summary = Häufig in jedem Erwachsenenalter, häufiger mit dem Alter, in der Schwangerschaft, bei hartem Training und bei manchen Krankheiten.
statement-who-adults = nightcramp ist für Erwachsene gemacht: Die Studien dahinter und seine Grenzwerte betreffen Erwachsene. Hat ein Kind oder eine Jugendliche nachts Beinschmerzen, fragen Sie eine Ärztin oder einen Arzt, statt sich nach diesem Ratgeber zu richten.
statement-who-common = Die meisten Erwachsenen haben irgendwann einen nächtlichen Krampf. Von den Menschen über 50 bekommt etwa ein Drittel bis die Hälfte sie regelmäßig, und der Anteil steigt mit dem Alter.
statement-who-older = Ältere Menschen sind die größte betroffene Gruppe. Etwa vier von zehn Menschen über 60, die Krämpfe haben, haben drei oder mehr pro Woche.
statement-who-pregnancy = Ein Drittel bis die Hälfte der Schwangeren bekommt Wadenkrämpfe, am häufigsten in den letzten drei Monaten der Schwangerschaft.
statement-who-athletes = Wer hart trainiert oder das Training plötzlich steigert, bekommt sie leichter.
statement-who-conditions = Manche Krankheiten gehen mit mehr Krämpfen einher: Zuckerkrankheit (Diabetes), Nierenkrankheiten (auch Dialyse), Schilddrüsenprobleme, Nervenschäden in den Beinen, eine Verengung im unteren Teil der Wirbelsäule, schlechte Durchblutung der Beine und Leberzirrhose.
statement-who-season = Im Sommer sind Krämpfe häufiger: In der Bevölkerung verdoppeln sie sich etwa vom Tiefpunkt im Winter bis zum Höchststand im Sommer. Denken Sie daran, wenn Sie eine Jahreszeit mit einer anderen vergleichen.

topic-causes-title = Was sie auslöst
topic-causes-summary = Sechs häufige Ursachen: müde Muskeln, zu wenig Flüssigkeit, schlechte Durchblutung, eingeklemmte Nerven, manche Medikamente und Krankheiten, und wie Sie im Bett liegen.
statement-causes-fatigue = Müde, überlastete Muskeln: ein langer Tag auf den Beinen, ein hartes Training oder ein plötzlicher Sprung in der Aktivität. Am wahrscheinlichsten entstehen die meisten Krämpfe aus Muskelermüdung zusammen mit einer gestörten Nervenversorgung.
statement-causes-fluids = Zu wenig trinken oder viel Flüssigkeit beim Schwitzen verlieren kann Krämpfe wahrscheinlicher machen; viel Kaffee oder Alkohol kann den Flüssigkeitsverlust verstärken. Zu wenig Salze im Blut (Elektrolyte) können eine Rolle spielen, erklären aber weniger Krämpfe, als viele denken.
statement-causes-circulation = Weniger Blutfluss in die Beine, durch Durchblutungsstörungen oder langes Sitzen, kann die Muskeln reizbarer machen.
statement-causes-nerves = Ein eingeklemmter oder gereizter Nerv im unteren Rücken, etwa bei einer Verengung des Wirbelkanals, kann die Signale zu den Beinen stören und Krämpfe auslösen.
statement-causes-medicines = Manche Medikamente hängen mit Krämpfen zusammen. Am besten gemessen ist der Zusammenhang bei lang wirkenden Inhalationssprays zur Erweiterung der Bronchien (LABA) und bei kaliumsparenden und Thiazid-Diuretika; bei Statinen und Schleifendiuretika ist er klein. Wenn Sie eines davon nehmen, besprechen Sie es mit der verschreibenden Ärztin oder dem verschreibenden Arzt oder in der Apotheke. Kein Medikament wird eigenmächtig weggelassen.
statement-causes-conditions = Krankheiten wie Zuckerkrankheit, Nierenkrankheiten, Schilddrüsenerkrankungen und Nervenschäden können hinter häufigen Krämpfen stecken.
statement-causes-position = Mit gestreckten Zehen zu liegen, oder mit schwerem oder fest eingestecktem Bettzeug, das die Füße nach unten drückt, hält die Wade stundenlang verkürzt; das kann einen Krampf wahrscheinlicher machen.

topic-prevention-title = Was vorbeugen kann
topic-prevention-summary = Fünf Schritte zur Vorbeugung: über den Tag verteilt trinken, vor dem Schlafen dehnen, anders im Bett liegen, Nahrungsergänzungsmittel nur nach Rücksprache mit der Ärztin oder dem Arzt, sanft aktiv bleiben. Keiner wirkt nachweislich bei allen: Ihr Tagebuch zeigt, was bei Ihnen hilft.
statement-prevention-fluids = Trinken Sie über den Tag verteilt statt alles auf einmal am Abend, und mehr, wenn Sie viel schwitzen. Hellgelber Urin ist ein einfaches Zeichen, dass Sie genug trinken. Weniger Alkohol und Kaffee kann auch helfen. Keine Studie hat Trinken gegen nächtliche Krämpfe geprüft.
statement-prevention-fluids_limited = Bei Herzschwäche, Nierenkrankheit oder Leberzirrhose sagt Ihnen Ihre Ärztin, Ihr Arzt oder Ihr Behandlungsteam, wie viel Sie trinken sollen: Manche Menschen brauchen eine Obergrenze pro Tag. Fragen Sie, wie viel für Sie richtig ist, und halten Sie sich daran, statt einfach mehr zu trinken.
statement-prevention-stretch = Dehnen Sie jeden Abend kurz vor dem Schlafengehen Ihre Waden (und die Rückseite der Oberschenkel). Eine Studie bei älteren Menschen fand nach sechs Wochen seltenere und schwächere Krämpfe; eine andere, bei Menschen, die schon Chinin nahmen, fand keinen Unterschied. Es ist risikoarm und einen Versuch von sechs Wochen wert: siehe die Dehnübung.
statement-prevention-stretch-evidence = widersprüchliche Belege, geringes Risiko
statement-prevention-position = Liegen Sie nicht mit gestreckten Zehen; lassen Sie das Bettzeug am Fußende locker. In Rückenlage mit einem Kissen unter den Knien oder Knöcheln bleiben die Beine in einer entspannten Haltung.
statement-prevention-magnesium = Magnesium wird viel gegen Krämpfe verkauft, aber gute Studien zeigen, dass es den meisten Erwachsenen mit gewöhnlichen nächtlichen Krämpfen wahrscheinlich nicht hilft. In der Schwangerschaft widersprechen sich die Studien und sind von geringer Qualität. Fragen Sie Ihre Ärztin, Ihren Arzt, die Apotheke oder Ihre Hebamme, bevor Sie ein Nahrungsergänzungsmittel nehmen, besonders zusammen mit anderen Medikamenten.
statement-prevention-magnesium-evidence = mäßig starke Belege, dass es den meisten Erwachsenen nicht hilft
statement-prevention-move = Sanfte Bewegung am Tag (Gehen, Schwimmen, Yoga, Dehnen) hält die Beine geschmeidig und das Blut in Bewegung. Ein paar Minuten auf dem Heimtrainer oder eine kurze Beinmassage vor dem Schlafen können auch helfen.

topic-stretch-title = Die Wadendehnung vor dem Schlafen
topic-stretch-summary = Mit dem Gesicht zur Wand, das hintere Bein gestreckt, die Ferse am Boden, nach vorn lehnen, bis die Wade zieht, 30 Sekunden halten, Bein wechseln. Jeden Abend kurz vor dem Schlafengehen.
statement-stretch-step1 = Stellen Sie sich eine Armlänge vor eine Wand und legen Sie beide Hände in Schulterhöhe daran.
statement-stretch-step2 = Stellen Sie einen Fuß nach hinten. Halten Sie dieses Bein gestreckt und drücken Sie die Ferse flach auf den Boden.
statement-stretch-step3 = Beugen Sie das vordere Knie und lehnen Sie sich langsam zur Wand, bis Sie in der hinteren Wade einen deutlichen, angenehmen Zug spüren. Es darf nie wehtun.
statement-stretch-step4 = Halten Sie 30 Sekunden still und atmen Sie dabei weiter.
statement-stretch-step5 = Wechseln Sie das Bein und machen Sie dasselbe auf der anderen Seite: 30 Sekunden pro Seite.
statement-stretch-seated = Wenn Ihnen das Stehen schwerfällt, setzen Sie sich mit gestrecktem Bein hin und ziehen Sie die Zehen zu sich, bei Bedarf mit einem Handtuch um den Fuß.
statement-stretch-review = Dehnen Sie sechs Wochen lang jeden Abend, bevor Sie urteilen; Ihr Tagebuch zeigt, ob sich Ihre Krämpfe verändert haben.
statement-stretch-review-evidence = widersprüchliche Belege, geringes Risiko

topic-during-title = Während eines Krampfs
topic-during-summary = Ziehen Sie die Zehen zu sich, stellen Sie sich auf das Bein, reiben Sie den Muskel. Die meisten Krämpfe lösen sich in Minuten; ist er nach 10 Minuten Dehnen noch hart, brauchen Sie sofort Hilfe.
statement-during-dorsiflex = Strecken Sie das Bein und ziehen Sie die Zehen zum Knie hin. Das dehnt die Wade und löst den Krampf meistens.
statement-during-stand = Wenn Sie können, stehen Sie auf und belasten Sie das verkrampfte Bein, oder gehen Sie ein paar Schritte.
statement-during-massage = Reiben Sie den harten Muskel kräftig. Danach kann Wärme (eine warme Dusche oder ein warmes Bad) den Muskelschmerz lindern.
statement-during-painkillers = Schmerzmittel wirken zu langsam, um einen Krampf zu stoppen, können aber den Schmerz danach lindern.
statement-during-wont_release = Ein Krampf, der sich nach mehr als 10 Minuten auch beim Dehnen nicht löst, braucht sofort ärztliche Hilfe.

topic-doctor-title = Wann Sie zum Arzt gehen sollten
topic-doctor-summary = Vier Zeichen für einen gewöhnlichen Arzttermin: Krämpfe, die häufig, stark oder schlimmer werdend sind, ungewöhnlich lange dauern oder mit diesen Gewohnheiten nicht besser werden. Zeichen, die sofort Hilfe brauchen, stehen in diesem Ratgeber ganz vorn.
statement-doctor-frequent = Gehen Sie zum Arzt, wenn Krämpfe oft kommen: jede Nacht oder mehr als dreimal pro Woche über ein paar Wochen.
statement-doctor-severe = Gehen Sie zum Arzt, wenn Krämpfe stark sind oder über mehrere Wochen deutlich schlimmer werden.
statement-doctor-long = Gehen Sie zum Arzt, wenn ein Krampf länger als 10 Minuten dauert; so lange dauern gewöhnliche nächtliche Krämpfe nicht.
statement-doctor-not_improving = Gehen Sie zum Arzt, wenn die Krämpfe trotz mehrerer Wochen mit festen vorbeugenden Gewohnheiten, etwa dem Dehnen jeden Abend, weiter kommen.
statement-doctor-sleep = Gehen Sie zum Arzt, wenn Krämpfe immer wieder Ihren Schlaf stören oder Sie tagsüber müde machen.
statement-doctor-other_signs = Machen Sie einen Termin bei Beinmuskeln, die langsam schwächer oder dünner werden, bei Schwellung beider Beine oder bei Taubheit in den Beinen, die schon eine Weile besteht (neue Schwäche oder neuer Gefühlsverlust brauchen sofort ärztliche Hilfe). Wadenschmerzen, die beim Gehen kommen und in Ruhe aufhören, brauchen innerhalb von ein, zwei Tagen einen Arzt: Sie können von verengten Beinarterien kommen.
statement-doctor-usually_harmless = Gelegentliche Krämpfe sind häufig und meist harmlos. Eine Ärztin oder ein Arzt erkennt meist schon im Gespräch und bei der Untersuchung, was los ist; Tests braucht es nur, wenn eine andere Ursache vermutet wird.

topic-treatments-title = Medikamente und Nahrungsergänzungsmittel
topic-treatments-summary = Kein Medikament ist eine gute Lösung für jeden Tag. Chinin wird nicht empfohlen. Magnesium hilft den meisten Erwachsenen wahrscheinlich nicht. Kein Medikament ohne die verschreibende Ärztin oder den verschreibenden Arzt weglassen.
statement-treatments-quinine = Chinin wird gegen Beinkrämpfe nicht empfohlen. Es hilft nur wenig und kann seltene, aber lebensgefährliche Blut- und Nierenschäden machen; die Behörden warnen davor, es gegen Krämpfe zu nehmen. Wenn Sie es schon nehmen, fragen Sie die verschreibende Ärztin oder den verschreibenden Arzt, ob Sie es noch brauchen, und halten Sie sich bis dahin an deren Rat, mit einer Ausnahme aus dem Beipackzettel des Medikaments selbst: blaue Flecken oder Blutungen (siehe unten).
statement-treatments-quinine-evidence = starke Belege für seltene, schwere Schäden; es hilft nur wenig
statement-treatments-quinine_warning = Wenn Sie Chinin nehmen und leicht blaue Flecken bekommen, starkes Nasenbluten, Blut im Urin oder Stuhl, Zahnfleischbluten oder ungewöhnliche violette, braune oder rote Flecken auf der Haut, sagt der Beipackzettel des Medikaments selbst: Nehmen Sie es nicht mehr ein und holen Sie sich sofort ärztliche Hilfe.
statement-treatments-magnesium = Bei den meisten Erwachsenen mit gewöhnlichen nächtlichen Krämpfen wirken Magnesiumtabletten etwa so gut wie eine Scheintablette. In der Schwangerschaft widersprechen sich die Studien.
statement-treatments-magnesium-evidence = mäßig starke Belege, dass es den meisten Erwachsenen nicht hilft
statement-treatments-review_medicines = Wenn die Krämpfe nach Beginn eines neuen Medikaments angefangen haben oder schlimmer geworden sind, bitten Sie Ihre Ärztin, Ihren Arzt oder die Apotheke, Ihre Medikamente zu überprüfen. Nehmen Sie es weiter, bis man Ihnen etwas anderes sagt.
statement-treatments-no_miracle = Gurkenwasser, Vitamin E, Gabapentin und ähnliche Mittel haben keine guten Belege bei gewöhnlichen nächtlichen Krämpfen.
statement-treatments-no_miracle-evidence = keine guten Belege, dass sie helfen
statement-treatments-placebo = Krämpfe werden oft eine Zeit lang besser, egal was man versucht: In Studien hatten Menschen mit Scheintabletten etwa ein Viertel weniger Krämpfe. Deshalb vergleicht nightcramp Zeiträume mit und ohne eine Gewohnheit, statt einem einzigen Vorher-nachher-Vergleich zu trauen.

topic-experiments-title = Eine Änderung an sich selbst ausprobieren
topic-experiments-summary = Ein Experiment schaltet eine Gewohnheit in Zeiträumen in zufälliger Reihenfolge ein und aus, damit Ihre eigenen Nächte zeigen, ob sie Ihnen hilft.
statement-experiments-how = Ein Experiment prüft eine Gewohnheit, die Sie von Nacht zu Nacht tun oder lassen können, etwa das Dehnen vor dem Schlafen oder lockere Decken. Nach zwei Wochen, in denen Sie wie gewohnt eintragen, folgen Paare von Zeiträumen, jedes mit einem Zeitraum mit der Änderung und einem wie gewohnt, in ausgeloster Reihenfolge. Die ersten Nächte jedes Zeitraums zählen nicht, falls die Änderung nachwirkt.
statement-experiments-for_you_only = Ein Ergebnis handelt von Ihnen, in den Nächten, die Sie eingetragen haben; es sagt nichts Sicheres über andere, und es ist eine Schätzung mit ihrer Unsicherheit, kein Beweis. Nächte ohne Eintrag bleiben außen vor und zählen nie als Nächte ohne Krämpfe.
statement-experiments-modest_unclear = Die Krämpfe eines Menschen schwanken von Woche zu Woche stark. Eine mäßige Wirkung, etwa ein Viertel weniger Krämpfe, bleibt oft sogar nach 16 Wochen unklar: Das ist die ehrliche Grenze dessen, was die Nächte eines einzelnen Menschen zeigen können, kein Fehler von Ihnen.
statement-experiments-why_alternate = Krämpfe werden eine Zeit lang besser, egal was man versucht, auf eine schlechte Phase folgt oft eine bessere, und im Sommer gibt es mehr Krämpfe als im Winter. Wenn jeder Zeitraum mit seinem Partner in zufälliger Reihenfolge verglichen wird, können solche Schwankungen nicht als Wirkung der Änderung erscheinen.
statement-experiments-medicines = Medikamente und Nahrungsergänzungsmittel werden hier nie geprüft, indem man sie beginnt, weglässt oder ändert: Ein solcher Versuch gehört zu Ihrer verschreibenden Ärztin oder Ihrem verschreibenden Arzt, die ihn sicher planen können. Nehmen Sie weiter, was Sie nehmen, so wie es Ihnen geraten wurde.

## Die Regeln der Prüfung: was einem Menschen gesagt wird.

rule-T1-title = Möglicherweise ein Blutgerinnsel in der Lunge
rule-T1-message = Beschwerden im Bein zusammen mit plötzlicher Atemnot, Brustschmerzen oder Bluthusten: Rufen Sie jetzt den Notruf (112, 911 oder 999).
rule-T2-title = Möglicherweise ein Blutgerinnsel im Bein (tiefe Venenthrombose)
rule-T2-message = Ein geschwollenes, warmes oder rotes Bein, harte schmerzende Venen oder ein Schmerz in einer Wade, der zwischen den Krämpfen bleibt, im Stehen oder Gehen stärker wird oder beim Dehnen nicht nachlässt: Schon eines dieser Zeichen braucht heute noch dringend ärztliche Hilfe (ein dringender Termin in der Hausarztpraxis, der ärztliche Bereitschaftsdienst oder eine Notaufnahme). Es kann ein Gerinnsel sein, kein Krampf.
rule-T3-title = Ein Krampf, der sich nicht löst
rule-T3-message = Ein Krampf, der trotz Dehnen nach mehr als 10 Minuten noch anhält: Suchen Sie sofort ärztliche Hilfe.
rule-T4-title = Krämpfe nach einem Gift oder einer verschmutzten Wunde
rule-T4-message = Krämpfe, die nach Kontakt mit einem Gift (etwa Blei oder Quecksilber) oder nach einer verschmutzten Wunde (Gefahr von Wundstarrkrampf) begonnen haben: Suchen Sie sofort ärztliche Hilfe.
rule-T5-title = Krämpfe mit anderen Warnzeichen
rule-T5-message = Krämpfe in Brust, Armen oder Bauch, neue Schwäche oder neuer Gefühlsverlust, zuckende Muskeln oder Krämpfe nach großem Flüssigkeitsverlust oder nach einer neuen oder höheren Wassertablette: Gehen Sie sofort zu einem Arzt oder einer Ärztin.
rule-T6-title = Blutungszeichen unter Chinin
rule-T6-message = Blaue Flecken, Blutungen oder ungewöhnliche Hautflecken unter Chinin können einen gefährlichen Abfall der Blutplättchen bedeuten. Der Beipackzettel des Medikaments selbst sagt: Nehmen Sie Chinin nicht mehr ein und holen Sie sich sofort ärztliche Hilfe: noch heute, dringend.
rule-T7-title = Beinschmerzen in der Schwangerschaft
rule-T7-message = In der Schwangerschaft Beinschmerzen, die nicht nachlassen, stark sind oder mit Schwellung, Wärme, Rötung oder Mühe beim Gehen kommen: Melden Sie sich sofort bei Ihrer Hebamme oder Ihrer Ärztin.
rule-T8-title = Möglicherweise abgedrückte Nerven am unteren Ende der Wirbelsäule
rule-T8-message = Rücken- oder Beinschmerzen mit neuer Taubheit am Gesäß oder zwischen den Beinen, neuen Problemen mit Urin oder Stuhlgang oder Schwäche oder Taubheit in beiden Beinen: Gehen Sie sofort in eine Notaufnahme. Das kann ein Cauda-equina-Syndrom sein, das innerhalb weniger Stunden behandelt werden muss.
rule-T9-title = Möglicherweise Muskelschaden durch ein Statin
rule-T9-message = Starke Schmerzen oder Druckschmerz in vielen Muskeln, neue Muskelschwäche oder dunkler Urin unter einem Statin: Holen Sie sich noch heute ärztliche Hilfe und sagen Sie, dass Sie ein Statin einnehmen. Ob das Statin geändert wird, entscheidet die Ärztin oder der Arzt.
rule-F2-title = Häufige Krämpfe
rule-F2-message = Die Krämpfe sind häufig: in den letzten zwei Wochen in mehr als 3 Nächten pro Woche. Häufige Krämpfe sind ein Grund, zum Arzt zu gehen.
rule-R10-title = Starke Krämpfe
rule-R10-message = Krämpfe, die Sie kaum aushalten, sind ein Grund, zum Arzt zu gehen: Machen Sie einen gewöhnlichen Termin.
rule-D2-title = Krämpfe werden schlimmer
rule-D2-message = Ihre Krämpfe werden schlimmer: Sie haben mehrere Wochen lang Woche für Woche zugenommen, gleichmäßiger, als Zufall es erklären würde, nicht nur eine schlechte Nacht. Krämpfe, die schlimmer werden, sind ein Grund, zum Arzt zu gehen.
rule-R4-title = Ungewöhnlich lange Krämpfe
rule-R4-message = Mindestens ein Krampf in letzter Zeit hat länger als 10 Minuten gedauert, länger als gewöhnliche nächtliche Krämpfe. Erwähnen Sie es bei einem Arzt oder einer Ärztin.
rule-R8-title = Keine Besserung trotz Vorbeugung
rule-R8-message = Die Krämpfe sind nach sechs Wochen regelmäßigem abendlichem Dehnen immer noch häufig. Krämpfe, die mit diesen Gewohnheiten nicht besser werden, sind ein Grund, zum Arzt zu gehen.
rule-R1-title = Krämpfe stören Ihren Schlaf
rule-R1-message = Die Krämpfe stören Ihren Schlaf. Das ist einen gewöhnlichen Termin bei Ihrer Ärztin oder Ihrem Arzt wert.
rule-R2-title = Taubheit oder Schwellung in beiden Beinen
rule-R2-message = Taubheit in den Beinen oder Schwellung beider Beine zusammen mit Krämpfen: Machen Sie einen gewöhnlichen Termin.
rule-R3-title = Schwache oder dünner werdende Muskeln
rule-R3-message = Beinmuskeln, die zusammen mit den Krämpfen schwächer oder dünner werden: Machen Sie einen Termin.
rule-R5-title = Schmerzen beim Gehen
rule-R5-message = Wadenschmerzen oder Krämpfe, die beim Gehen kommen und in Ruhe aufhören, können von verengten Beinarterien kommen: Gehen Sie innerhalb von ein, zwei Tagen zu einem Arzt oder einer Ärztin.
rule-R6-title = Ein Medikament, das mit Krämpfen zusammenhängt
rule-R6-message = Sie nehmen ein Medikament aus einer Gruppe, die mit Krämpfen zusammenhängt. Bitten Sie Ihre Ärztin, Ihren Arzt oder die Apotheke, Ihre Medikamente zu überprüfen. Lassen Sie es nicht eigenmächtig weg und ändern Sie es nicht selbst.
rule-R7-title = Viel Alkohol
rule-R7-message = Viel Alkohol zu trinken kann Krämpfe machen: Gehen Sie innerhalb von ein, zwei Tagen zu einem Arzt oder einer Ärztin.
rule-R9-title = Eine Krankheit, die mit Krämpfen zusammenhängt
rule-R9-message = Sie haben eine Krankheit, die oft mit Krämpfen einhergeht. Erzählen Sie von Ihren Krämpfen, wenn Sie das nächste Mal bei der Ärztin oder dem Arzt sind, die diese Krankheit behandeln.
rule-P6-title = Sie nehmen Chinin
rule-P6-message = Chinin wird wegen seltener, schwerer Nebenwirkungen gegen Krämpfe nicht mehr empfohlen. Fragen Sie die verschreibende Ärztin oder den verschreibenden Arzt, ob Sie es noch brauchen. Bei blauen Flecken, Blutungen oder ungewöhnlichen Hautflecken sagt der Beipackzettel des Medikaments selbst: Nehmen Sie Chinin nicht mehr ein und holen Sie sich sofort ärztliche Hilfe.
rule-P6P-title = Chinin in der Schwangerschaft
rule-P6P-message = Sie sind schwanger, und auf Ihrer Medikamentenliste steht Chinin, das seltene, aber schwere Risiken hat. Melden Sie sich in den nächsten ein, zwei Tagen bei der Person, die es Ihnen verschrieben hat, um darüber zu sprechen, und sagen Sie es Ihrer Hebamme oder Ihrer Ärztin.
rule-F5-title = Muskelschmerzen, die länger als einen Tag dauern
rule-F5-message = Muskelschmerzen, die nach einem Krampf länger als einen Tag anhalten, sind mehr als zu erwarten. Beantworten Sie die Fragen zu Blutgerinnseln (nightcramp checkup --screen) und erwähnen Sie es bei einem Arzt oder einer Ärztin.
rule-C3-title = Es könnten unruhige Beine sein
rule-C3-message = Ihre Antworten passen zum Restless-Legs-Syndrom (ein Bewegungsdrang, der in Ruhe schlimmer wird und bei Bewegung nachlässt), statt zu Krämpfen oder zusätzlich zu ihnen. Besprechen Sie es mit einem Arzt oder einer Ärztin: Es wird anders behandelt.
rule-C4-title = Zuckende Beine im Schlaf
rule-C4-message = Wiederholte Zuckungen der Beine im Schlaf, oder ein Schlaf, der ohne schmerzhafte Krämpfe nicht erholt, können eine andere Bewegungsstörung sein, die nur eine Untersuchung im Schlaflabor zeigt. Fragen Sie einen Arzt oder eine Ärztin danach.

## Die Fragen der Prüfung.

question-breathless_or_chest_pain = Haben Sie zusätzlich zu den Beschwerden im Bein plötzliche Atemnot, Brustschmerzen, die beim Einatmen stärker werden, oder husten Sie Blut?
question-spine_warning_signs = Haben Sie mit Rücken- oder Beinschmerzen neu ein Taubheitsgefühl am Gesäß oder zwischen den Beinen, neue Schwierigkeiten beim Wasserlassen oder Stuhlgang oder beim Halten, oder Schwäche oder Taubheit in beiden Beinen?
question-one_leg_swollen = Ist ein Bein geschwollen, warm, rot oder dunkler als das andere, oder sind seine Venen hart oder bei Berührung schmerzhaft?
question-pain_between_cramps = Bleibt der Schmerz in einer Wade zwischen den Krämpfen, auch wenn gerade kein Krampf da ist?
question-pain_worse_walking_one_leg = Wird der Schmerz in einer Wade stärker, wenn Sie auf dem Bein stehen oder gehen?
question-pain_not_eased_by_stretching = Bleibt der Schmerz in einer Wade gleich, wenn Sie sie dehnen, statt nachzulassen?
question-cramp_wont_release = Hält gerade jetzt ein Krampf schon länger als 10 Minuten an, obwohl Sie ihn dehnen?
question-toxin_or_wound = Haben die Krämpfe nach Kontakt mit etwas Giftigem (etwa Blei oder Quecksilber) oder nach einer verschmutzten Wunde angefangen?
question-cramps_elsewhere = Haben Sie auch Krämpfe in Brust, Armen oder Bauch?
question-new_weakness_or_numbness = Haben Sie neu irgendwo im Körper Kraft oder Gefühl verloren?
question-twitching = Sehen Sie Muskeln unter der Haut zucken?
question-fluid_loss = Haben die Krämpfe nach einem großen Flüssigkeitsverlust (Erbrechen, Durchfall, starkes Schwitzen) angefangen, oder nach Beginn oder Erhöhung einer Wassertablette (Diuretikum)?
question-bleeding_signs = Bekommen Sie leicht blaue Flecken, starkes Nasenbluten, Blut im Urin oder Stuhl, Zahnfleischbluten oder ungewöhnliche violette, braune oder rote Flecken auf der Haut?
question-statin_muscle_damage = Haben Sie, seit Sie ein Statin nehmen, starke Schmerzen oder Druckschmerz in vielen Muskeln, neue Schwäche oder dunklen (colafarbenen) Urin?
question-pregnancy_leg_pain = Lassen Ihre Beinschmerzen nicht nach, sind sie stark, oder kommen sie mit Schwellung, Wärme, Rötung oder Mühe beim Gehen?
question-pain_when_walking = Bekommen Sie beim Gehen Wadenschmerzen oder Krämpfe, die aufhören, wenn Sie stehen bleiben und sich ausruhen?
question-heavy_alcohol = Trinken Sie oft viel Alkohol?
question-numbness_or_both_swollen = Sind Ihre Beine taub, oder sind beide Beine geschwollen?
question-weakness_or_wasting = Sind Ihre Beinmuskeln mit der Zeit schwächer oder dünner geworden?
question-severe_discomfort = Sind Ihre Krämpfe so schmerzhaft oder belastend, dass Sie sie kaum aushalten?
question-daytime_tiredness = Machen die Krämpfe Sie müde oder weniger fähig, den Tag zu schaffen?
question-rls_urge = Spüren Sie einen Drang, die Beine zu bewegen, oft mit einem unangenehmen Gefühl darin?
question-rls_worse_at_rest = Beginnt dieser Drang oder wird er stärker, wenn Sie still sitzen oder liegen?
question-rls_eased_by_moving = Lässt Bewegung (Gehen, Dehnen) ihn nach, solange Sie in Bewegung bleiben?
question-rls_evening = Ist er nur am Abend oder in der Nacht da, oder dann schlimmer?
question-leg_jerks = Hat ein Partner oder eine Partnerin gesehen, dass Ihre Beine im Schlaf immer wieder zucken, oder wachen Sie unerholt auf, ohne schmerzhafte Krämpfe gehabt zu haben?

## Gruppen von Medikamenten.

drug-laba_ics = lang wirkendes Inhalationsspray zur Erweiterung der Bronchien mit Kortison (LABA + ICS)
drug-laba = lang wirkendes Inhalationsspray zur Erweiterung der Bronchien (LABA)
drug-diuretic_potassium_sparing = kaliumsparendes Diuretikum
drug-diuretic = Diuretikum (Wassertablette)
drug-diuretic_thiazide = Thiazid-Diuretikum
drug-diuretic_loop = Schleifendiuretikum
drug-statin = Statin
drug-iron_sucrose_iv = Eisen-Sucrose in die Vene
drug-conjugated_estrogens = konjugierte Östrogene
drug-raloxifene = Raloxifen
drug-teriparatide = Teriparatid
drug-naproxen = Naproxen
drug-blood_pressure = Blutdruckmedikament
drug-calcium_channel_blocker = Kalziumkanalblocker
drug-short_acting_beta_agonist = kurz wirkendes Notfallspray (Salbutamol)
drug-reported_in_studies = Medikament, in dessen Studien Krämpfe berichtet wurden (etwa Gabapentin, Zolpidem, Clonazepam, Citalopram oder Celecoxib)
drug-quinine = Chinin
drug-other = anderes Medikament

## Welche Art von Beleg jede Quelle ist (ihr Zitat bleibt, wie es erschienen ist).

source-S0-quality = Artikel für Patienten, ohne Bewertung der Beweislage
source-S1-quality = systematische Übersicht und Delphi-Konsens
source-S2-quality = systematische Übersicht der Cochrane Collaboration
source-S2c-quality = systematische Übersicht der Cochrane Collaboration
source-S3-quality = klinische Übersicht (AAFP)
source-S4-quality = Studie mit Bevölkerungsdaten
source-S5-quality = randomisierte Studie (positiv)
source-S6-quality = randomisierte Studie (negativ)
source-S7-quality = klinische Leitlinie (AAN)
source-S8-quality = Arzneimittelbehörde
source-S9-quality = Arzneimittelbehörde
source-S10-quality = systematische Übersicht der Cochrane Collaboration
source-S11-quality = erzählende Übersicht
source-S12-quality = Bevölkerungsumfrage
source-S13-quality = Querschnittsumfrage (NHANES)
source-S14-quality = Kohortenstudie
source-S15-quality = Gesundheitsbehörde
source-S16-quality = prospektive Kohorte
source-S17-quality = systematische Übersicht der Cochrane Collaboration
source-S18-quality = Zusammenfassung einer klinischen Leitlinie
source-S19-quality = Gesundheitsbehörde
source-S20-quality = Gesundheitsbehörde (ältere Fassung)
source-S21-quality = medizinisches Nachschlagewerk
source-S22-quality = Zusammenfassung der Beweislage (SORT-Grade)
source-S23-quality = Fachgesellschaft
source-S28-quality = Konsenskriterien
source-S31-quality = Diagnosekriterien
source-S33-quality = randomisierte Studie (nur bei Zirrhose)
source-S34-quality = Gesundheitsbehörde
source-S35-quality = Sekundärquelle, geringere Qualität
source-S36-quality = Gesundheitsbehörde (Sekundärkopie)
source-S37-quality = Gesundheitsbibliothek für Patienten
source-S38-quality = Patientenmaterial geringer Qualität
source-S46-quality = Reihe von N-of-1-Studien
source-S60-quality = Patienteninformation des NHS
source-S61-quality = klinische Entscheidungshilfe (Sekundärkopie)
source-S62-quality = Patienteninformation einer Fachgesellschaft
source-S63-quality = Behörde mit Informationen für Patienten
source-S64-quality = Patienteninformation
source-S65-quality = Leitlinie (Zusammenfassung aus zweiter Hand)
