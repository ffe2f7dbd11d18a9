### Sentences built from findings, in English. Each message is a template the core
### fills with a finding's numbers and words ({ $name }); every language has the same
### ids with the same variables (tested).

# Sentences built from findings. Each is a template: { $name } is filled from the
# finding's numbers and words by the core's one renderer (Knowledge::message), so the same
# finding reads the same in the CLI, the web app and the clinician report. A whole-number
# variable chooses the plural form ([one], [other]: the language's CLDR rules). A test
# renders every message with every variable it uses; one left unfilled is an error, never
# shown.
#
# Keys: insight.<verdict>.<role> for what a finding about a factor says. The role decides
# what may be advised: a prevention step, a medicine or a supplement is never turned into
# "do less of it" (clinical-evidence.md section 8.2 R6: never advise stopping a medicine).

insight-counts = cramps on { $cramp_nights_with } of { $nights_with ->
        [one] 1 night
       *[other] { $nights_with } nights
    } { $when }, against { $cramp_nights_without } of { $nights_without ->
        [one] 1 other night
       *[other] { $nights_without } other nights
    }
insight-interval = {" "}({ $size }; 95% interval { $low } to { $high })
insight-more_often = { $ratio } times as often
insight-less_often = { $percent }% less often

insight-likely_trigger-cause = Linked to more cramps: { $counts }{ $interval }. This is an association in your diary, not proof that it causes them. To find out, change it on purpose for a few weeks and see whether your cramps change.
insight-likely_trigger-prevention_step = Linked to more cramps: { $counts }{ $interval }. This is an association, and most likely the other way round: { $reverse }. It is one of the prevention steps, so keep it up.
insight-likely_trigger-medicine = Linked to more cramps: { $counts }{ $interval }. This is an association, not proof that the medicine causes them. Keep taking it until your prescriber says otherwise, and ask your prescriber or pharmacist to review it; these numbers can help them.
insight-likely_trigger-supplement = Linked to more cramps: { $counts }{ $interval }. This is an association, not proof. If a doctor, midwife or pharmacist advised it, keep to their advice and ask them about it rather than changing it on your own.
insight-likely_trigger-own = Linked to more cramps: { $counts }{ $interval }. This is an association in your diary, not proof. If it is a medicine or a supplement, keep taking it as advised and ask your prescriber or pharmacist; if it is something else you can change, changing it on purpose for a few weeks is the way to find out.
insight-likely_trigger-observation = Linked to more cramps: { $counts }{ $interval }. This is an association in your diary, not proof of cause.

insight-likely_protective-cause = Linked to fewer cramps: { $counts }{ $interval }. This is an association, not proof of cause.
insight-likely_protective-prevention_step = Seems to help: { $counts }{ $interval }. This is an association, not proof; it is one of the prevention steps, so keep it up.
insight-likely_protective-medicine = Linked to fewer cramps: { $counts }{ $interval }. This is an association, nothing more.
insight-likely_protective-supplement = Linked to fewer cramps: { $counts }{ $interval }. This is an association, nothing more.
insight-likely_protective-own = Linked to fewer cramps: { $counts }{ $interval }. This is an association, not proof of cause.
insight-likely_protective-observation = Linked to fewer cramps: { $counts }{ $interval }. This is an association, not proof of cause.

insight-no_clear_link = No clear link: { $counts }{ $interval }.
insight-not_enough_data = Not enough data yet: { $nights_with ->
        [one] 1 night
       *[other] { $nights_with } nights
    } with and { $nights_without } without it logged, { $cramp_nights } with cramps (needs { $min_with }, { $min_without } and { $min_cramps }).

# Why a prevention step can be linked to more cramps without causing them.
insight-reverse-stretched = people stretch more on evenings when their legs already feel tight
insight-reverse-massage = people rub their legs on evenings when they already ache
insight-reverse-light_activity_min = people walk a cramp off or move more when their legs already feel stiff
insight-reverse-water_l = people drink more on hot days and after sweating, which bring cramps of their own

# Section titles wherever findings are listed.
insight-section-likely_trigger = Linked to more cramps
insight-section-likely_protective = Linked to fewer cramps
insight-section-no_clear_link = No clear link
insight-section-not_enough_data = Not enough data yet

# The plan's items for a person's own findings.
plan-personal-cause-title = Try less: { $label }
plan-personal-cause-advice = Where you can, have fewer days with { $exposed } for a few weeks, on purpose, and see whether your cramps change.
plan-personal-own-title = Look into: { $label }
plan-personal-own-advice = If this is something you can change, change it on purpose for a few weeks and see whether your cramps change. If it is a medicine or a supplement, keep taking it as advised and ask your prescriber or pharmacist.
plan-personal-evidence = your own diary (an association)

# A clinician's list of the people who shared their diary (codes from actions::PersonSummary).
people-urgency-emergency = Emergency
people-urgency-urgent = Urgent: today
people-urgency-soon = Soon: within a day or two
people-urgency-routine = An ordinary appointment
people-urgency-none = Nothing calls for a doctor
people-trend-rising = rising
people-trend-not_rising = not rising
people-trend-unknown = too few weeks logged to tell
people-urgency-cannot_judge = Too few nights logged to judge
people-rate-unknown = no nights logged
people-rate = { $rate } ({ $known } of the last { $nights } nights logged)

# The checkup's first line. With nothing found and fewer than $needed of the last $nights
# nights logged, the diary cannot be judged: never "all clear".
checkup-headline-emergency = EMERGENCY: call emergency services now (999, 911 or 112).
checkup-headline-urgent = URGENT: get medical care today.
checkup-headline-soon = See a doctor within a day or two.
checkup-headline-routine = Worth an ordinary appointment with your doctor.
checkup-headline-none = Nothing in your diary or answers calls for a doctor right now.
checkup-headline-cannot_judge = Your diary cannot be judged yet: { $known } of the last { $nights } nights are logged, and at least { $needed } are needed. Nothing in your answers calls for a doctor; keep logging each morning.
checkup-unanswered = { $count ->
        [one] 1 of the questions about warning signs is not answered yet.
       *[other] { $count } of the questions about warning signs are not answered yet.
    }
checkup-based_on = Based on the { $recent } nights up to the night of { $night }: { $known } logged, with cramps on { $cramp_nights } of them ({ $cramps ->
        [one] 1 cramp
       *[other] { $cramps } cramps
    } in all).

# A medicine class's link to cramps, said no more strongly than the sources allow
# (clinical-evidence.md 3.1-3.2: only R6's classes were measured).
medicine-link-measured = linked to cramps (sequence ratio { $ratio }: cramp treatment began { $ratio } times as often in the year after starting it)
medicine-link-listed = linked to cramps in published reviews, without a measured size
medicine-link-mentioned = named as a possible cause of cramps, never measured
medicine-link-none = no known link to cramps
medicine-added-listed = This kind of medicine is linked to cramps in some people. Keep taking it as prescribed; the checkup will tell you if your diary suggests raising it with your prescriber.
medicine-added-mentioned = Some sources name this kind of medicine as a possible cause of cramps, without measuring how often. Keep taking it as prescribed; if your cramps began or grew after you started it, mention that to your prescriber.
plan-medicine-listed = You take { $name } ({ $label }), a kind of medicine linked to cramps.
plan-medicine-mentioned = You take { $name } ({ $label }), a kind of medicine some sources name as a possible cause of cramps.

# Refused check-ins (nothing was changed).
checkin-not_ended = The night of { $night } has not ended yet; confirm it in the morning.
checkin-has_cramps-one = The night of { $night } has 1 cramp logged, so it cannot be confirmed cramp-free.
checkin-has_cramps-many = The night of { $night } has { $cramps } cramps logged, so it cannot be confirmed cramp-free.

# Why a checkup rule fired: what in the diary or the answers triggered it. Keys are
# checkup.why.<reason>; the phrases joined into a list are checkup.sign.<question id>.
checkup-why-t1 = You said you have breathlessness, chest pain or are coughing blood.
checkup-why-t2_leg = You said one leg is swollen, warm, red or darker, or has sore veins.
checkup-why-t8 = You said back or leg pain comes with numbness around your bottom or between your legs, trouble with urine or bowels, or weakness or numbness in both legs.
checkup-why-you_said = You said: { $signs }.
checkup-sign-pain_between_cramps = pain in one calf stays between cramps
checkup-sign-pain_worse_walking_one_leg = pain in one calf gets worse when you stand or walk
checkup-sign-pain_not_eased_by_stretching = pain in one calf does not ease when you stretch it
checkup-sign-cramps_elsewhere = cramps in the chest, arms or belly
checkup-sign-new_weakness_or_numbness = new weakness or loss of feeling
checkup-sign-twitching = twitching muscles
checkup-sign-fluid_loss = cramps after heavy fluid loss or a water tablet
checkup-why-t3 = You said a cramp is still going after more than 10 minutes.
checkup-why-t4 = You said the cramps began after a toxin or a dirty wound.
checkup-why-t6 = You said you have bruising, bleeding or unusual skin spots.
checkup-why-t9 = You take a statin and said you have severe or widespread muscle pain, new weakness or dark urine.
checkup-why-t7 = You are pregnant and said your leg pain does not ease or comes with swelling, warmth, redness or trouble walking.
checkup-why-f2 = Cramps on { $cramp_nights } of the { $known } nights logged from { $from } to { $to } (about { $per_week } nights a week; { $cramps ->
        [one] 1 cramp
       *[other] { $cramps } cramps
    } in all).{ $every_night }
checkup-why-f2_every_night = {" "}That is cramps on every night logged.
checkup-why-r10 = You said your cramps are so painful or upsetting that you can hardly bear them.
checkup-why-d2 = Over the { $weeks } logged weeks to { $to }: { $changes }.
checkup-why-d2_counts = cramps per week rising by about { $percent }% a week ({ $p })
checkup-why-d2_pain = pain rising by { $slope } points a week ({ $p })
checkup-why-r4 = A cramp on the night of { $night } lasted { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
checkup-why-f5 = After the cramp on the night of { $night }, soreness lasted { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }.
checkup-why-r8 = You stretched on { $days } of the 42 days to { $to }, and cramps are still frequent.
checkup-why-r1 = { $reasons }.
checkup-why-r1_woke = cramps woke you on { $nights ->
        [one] 1
       *[other] { $nights }
    } of the last 14 nights
checkup-why-r1_rating = your sleep disturbance averaged { $mean }/10 over { $rated ->
        [one] 1 rated night
       *[other] { $rated } rated nights
    }
checkup-why-r1_tired = you said cramps leave you tired during the day
checkup-why-r2 = You said you have numbness in the legs or swelling in both legs.
checkup-why-r3 = You said your leg muscles are getting weaker or smaller.
checkup-why-r5 = You said calf pain comes on while walking and stops when you rest.
checkup-why-r7 = You said you often drink a lot of alcohol.
checkup-why-c3 = You answered yes to all four restless-legs questions.
checkup-why-c4 = You said your legs jerk in sleep, or sleep is unrefreshing without cramps.
checkup-why-p6 = Your medicine list includes { $name } (since { $since }).
checkup-why-p6p = You are pregnant and take { $name } (since { $since }).
checkup-why-r6 = You started { $name } on { $since }, a { $label }{ $ratio }; { $comparison }.
checkup-why-r6_ratio = {" "}(in a large study, cramp treatment started { $ratio } times as often in the year after starting this kind of medicine)
checkup-why-r6_too_little_before = { $cramps ->
        [one] 1 cramp was
       *[other] { $cramps } cramps were
    } logged in the 12 months after; the diary has too little from before to compare
checkup-why-r6_compared = cramps since then average { $after } a week, against { $before } a week in the year before
checkup-why-r9 = Your profile lists: { $conditions }.

# "Did it help?": a habit since a date against the same span before.
habit-summary = Since { $since } ({ $habit }): { $after_rate } ({ $after_cramps ->
        [one] 1 cramp
       *[other] { $after_cramps } cramps
    } in { $after_nights ->
        [one] 1 logged night
       *[other] { $after_nights } logged nights
    }), against { $before_rate } in the same span before ({ $before_cramps } in { $before_nights }).
habit-per_week = { $rate } a week
habit-no_data = no data
habit-fewer = { $percent }% fewer
habit-more = { $percent }% more
habit-interval = , 95% interval { $low } to { $high }
habit-change = {" "}That is { $change } (rate ratio { $ratio }{ $interval }).
habit-verdict-fewer_meaningful = {" "}A change this size would matter, but this comparison alone cannot show the habit caused it.
habit-verdict-fewer_small = {" "}Fewer, but by less than the 25% and one a week that would matter.
habit-verdict-more = {" "}More cramps since then; that may have nothing to do with the habit.
habit-verdict-no_clear_change = {" "}No clear change: the data rule out a change of 25% either way.
habit-verdict-cannot_tell_yet = {" "}The data cannot tell yet.
habit-more_nights = {" "}Roughly { $nights ->
        [one] 1 more logged night
       *[other] { $nights } more logged nights
    } in each period would show a 25% change.
habit-warning-placebo = A before-and-after comparison cannot prove a habit helped: in trials, about a quarter fewer cramps happened on dummy pills, and cramps come and go on their own.
habit-warning-season = The two periods fall in different seasons. Cramps are more common in summer (roughly twice as common as in winter), which alone can make a habit look better or worse.
habit-warning-unsteady = You kept the habit on { $done } of { $recorded ->
        [one] 1 recorded day
       *[other] { $recorded } recorded days
    }; an unsteady habit is hard to judge.
habit-warning-not_recorded = The habit { $habit } is not recorded on any day since { $since }.
habit-warning-alternate = A fairer test is to alternate: two weeks with it and two without, at least three times, in a random order (an n-of-1 trial). Even that gives an estimate for you, not certainty.

# The insights' standing lines, and factors that happen on the same days.
insight-minimum_data = A factor gets a verdict once there are at least { $min_with } logged nights with it and { $min_without } without it, and at least { $min_cramps } nights with cramps among them. Nights not logged are left out, never counted as cramp-free.
insight-caution = These are associations in your own diary, not proof of cause: something else that happens on the same days may be the real reason. The way to know is to change one thing on purpose for a few weeks and see.
insight-together-one_stands = Taken together, { $stands } stands on its own; { $other } adds little beyond it.
insight-together-both_stand = Taken together, each still stands on its own.
insight-together-cannot_tell = Taken together, the diary cannot tell which of the two matters.
insight-together = { $a } and { $b } often happen on the same days, so one may only seem to matter because of the other. { $verdict } (Adjusted odds ratios { $or_a } and { $or_b }.)
insight-together-inseparable = { $a } and { $b } almost always happen on the same days, so the diary cannot tell them apart.

# The prevention plan's items: a title each, and the reasons an item is on this person's plan.
plan-quinine-title = Review quinine with your prescriber
plan-quinine-why = Your medicine list includes quinine.
plan-medicines-title = Ask for a medicine review
plan-stretch-title = Stretch your calves every night before bed
plan-stretch-why = First step for everyone: low-risk, and one trial found fewer, milder cramps after six weeks.
plan-fluids-title = Drink steadily through the day
plan-fluids-why = Drinking steadily is sensible advice, though untested in trials.
plan-fluids_limited-title = Ask your care team how much to drink
plan-fluids_limited-why = Your profile lists a condition where the amount to drink may need a limit.
plan-position-title = Loose bedclothes, feet not pointed
plan-position-why = Keeping the feet from pointing at night is simple to try.
plan-move-title = Keep moving, gently
plan-move-why = Gentle daily activity keeps the legs supple.
plan-move-gradually = { $finding } Build activity up gradually rather than in sudden jumps.
plan-magnesium-title = Magnesium: only with medical advice
plan-magnesium-why = Listed for completeness: good trials found it unlikely to help most adults.
plan-magnesium-pregnant = You are pregnant: the trials in pregnancy disagree; ask your midwife or doctor before taking it.
plan-magnesium-taking = You have recorded taking magnesium lately.
plan-pregnancy-title = In pregnancy: know the warning signs
plan-pregnancy-why = Your profile says you are pregnant.

# Trends: how a weekly test reads, and what the insights rest on.
trend-rising = rising{ $change }{ $p }
trend-falling = falling{ $change }{ $p }
trend-no_clear_change = no clear change{ $p }
trend-not_enough_data = not enough weeks logged to tell (needs four weeks with four logged nights each)
trend-p = {" "}({ $p })
trend-change-rate = , about { $percent }% a week
trend-change-points = , { $change } a week
insight-summary = From { $known ->
        [one] 1 logged night
       *[other] { $known } logged nights
    } up to the night of { $night } ({ $cramp_nights } with cramps; { $unknown } not logged, left out).
plan-magnesium-kidney = You have kidney disease: magnesium is not for you to try without your kidney doctor's advice.

# What an import did not overwrite (the diary's value was kept).
conflict-episode = cramp { $id } at { $at }: the diary's version was kept
conflict-checkin = night of { $night }: sleep disturbance { $file } in the file, { $diary } in the diary (kept)
conflict-factor-typed = { $date } { $factor }: { $file } in the file, { $diary } typed in the diary (kept)
conflict-factor = { $date } { $factor }: { $file } in the file, { $diary } in the diary (kept)
conflict-profile = profile { $field }: the diary's value was kept
conflict-medication = medication { $name }: the diary's version was kept

# The clinician report's labels and lines.
report-title = Nighttime leg cramps: patient diary summary
report-period = Nights of { $from } to { $to } ({ $nights ->
        [one] 1 night
       *[other] { $nights } nights
    })
report-completeness = { $known } of { $nights ->
        [one] 1 night
       *[other] { $nights } nights
    } logged ({ $percent }); nights not logged are left out, not counted as cramp-free.
report-none = -
report-age = Age
report-age-value = about { $age }
report-pregnancy = Pregnancy
report-pregnancy-value = pregnant{ $due }
report-pregnancy-due = , due { $date }
report-activity = Activity
report-activity-athlete = trains regularly (athlete)
report-conditions = Conditions
report-conditions-none = none recorded
report-cramps = Cramps
report-cramps-value = { $cramps } on { $nights ->
        [one] 1 night
       *[other] { $nights } nights
    }
report-per_week = Cramps per week
report-nights_per_week = Nights with cramps per week
report-pain = Pain (0-10)
report-pain-value = mean { $mean }, highest { $highest }
report-duration = Duration
report-duration-value = median { $minutes } min; { $percent } over 10 min
report-woken = Woken by cramps
report-woken-value = { $woke } of { $known ->
        [one] 1 logged night
       *[other] { $known } logged nights
    }
report-disturbance = Sleep disturbance (0-10)
report-disturbance-none = not rated
report-disturbance-value = mean { $mean } over { $rated ->
        [one] 1 rated night
       *[other] { $rated } rated nights
    }
report-hours = { $hours } h
report-sign-frequent = Frequent (cramps on more than 3 nights a week over two weeks)
report-sign-frequent-thin = only { $known } of the last 14 nights logged
report-sign-severe = Severe (the person finds the pain hard to bear)
report-sign-severe-said = said so on { $date }
report-sign-severe-no = answered no on { $date }
report-sign-severe-unasked = the person has not been asked yet
report-sign-worsening = Worsening (a tested upward trend over weeks)
report-sign-worsening-thin = fewer than four weeks with four or more nights logged
report-sign-long = Unusually long (over 10 minutes)
report-sign-long-thin = no cramps and too few nights logged in the last four weeks
report-sign-not_improving = Not improving despite six weeks of nightly stretching
report-sign-not_improving-unrecorded = cramps are frequent, but six weeks of steady stretching are not recorded
report-sign-not_improving-not_frequent = cramps are not frequent
report-sign-present = present
report-sign-no = no
report-sign-cannot_tell = can't tell
report-answer-yes = yes
report-answer-no = no
report-medicine-quinine = quinine: not recommended for cramps
report-medicine-too_few = too few logged nights
report-medicine-rate = { $rate }/week
report-medicine-current = current
report-medicine-before_after = before: { $before }; after: { $after }
report-habit-stretched = Calf stretch before bed
report-habit-massage = Leg massage before bed
report-habit-magnesium_mg = Magnesium supplement
report-habit-light_activity_min = Light activity (walking, swimming, yoga)
report-habit-tight_blankets = Tight blankets
report-habit-value = { $yes } of { $recorded ->
        [one] 1 recorded day
       *[other] { $recorded } recorded days
    }
report-chart-weekly = Cramps per week
report-chart-pain = Pain of each cramp (0-10)
report-suggested_code = Suggested code for the clinician to confirm: ICD-10-CM G47.62, sleep related leg cramps.
report-footer = Made by nightcramp { $version } on { $date } from the patient's own diary. Findings from one person's diary are associations, not proof; this is not a diagnosis.

# Personal experiments (experiments.md; core::experiment). $change is what a change night
# asks ("stretch your calves before bed"); numbers come from the model.
experiment-do-stretched = stretch your calves before bed
experiment-do-massage = massage your legs before bed
experiment-do-tight_blankets = keep the blankets loose at your feet
experiment-do-caffeine_drinks-is-0 = no coffee, tea or cola
experiment-do-alcohol_drinks-is-0 = no alcohol
experiment-do-yes = { $label }: yes
experiment-do-no = { $label }: no
experiment-do-at_least = { $label }: at least { $value }
experiment-do-at_most = { $label }: at most { $value }
experiment-do-none = no { $label }
experiment-do-is = { $label }: { $value }
experiment-tonight-change = Tonight: { $change }.
experiment-tonight-usual = Tonight: as usual (no need to { $change }).
experiment-tonight-washout = Tonight is a settling-in night, not counted.
experiment-tonight-baseline = Your experiment starts on { $start }; until then, log your nights as usual.
experiment-made-ask = Yesterday was a { $arm } day of your experiment. Did you { $change }?
experiment-refused-prescriber = a medicine or a supplement is never started, stopped or changed by nightcramp: such a trial belongs to your prescriber, who can set it up safely. Keep taking what you take as advised; choose a habit to test instead (for example stretched, massage, tight_blankets or caffeine_drinks=0)
experiment-refused-observation = this is measured, not chosen, so it cannot be switched on and off from night to night; choose a habit to test instead (for example stretched or caffeine_drinks=0)
experiment-refused-too_few = your two-week baseline had { $rate } nights with cramps a week, fewer than the { $minimum } a trial needs to tell in reasonable time: at this rate the { $weeks } weeks of the usual design would have to grow to about { $needed } weeks. That your cramps are rare is good news; the insights page can still follow them
experiment-refused-none = your two-week baseline had no nights with cramps, so there is nothing for a change to reduce
experiment-verdict-likely_helps = It likely helps you: on change nights you had about { $fewer }% fewer cramps (rate ratio { $ratio }, 95% interval { $low } to { $high }); a { $helps }% chance that it helps at all and { $meaningful }% that it cuts cramps by at least a fifth.
experiment-verdict-likely_worse = It may make your cramps worse: on change nights you had more cramps (rate ratio { $ratio }, 95% interval { $low } to { $high }); a { $worse }% chance that it does not help.
experiment-verdict-no_meaningful_benefit = No meaningful benefit for you: the rate ratio is { $ratio } (95% interval { $low } to { $high }), with only a { $meaningful }% chance of cutting cramps by at least a fifth.
experiment-verdict-unclear = Unclear so far: the rate ratio is { $ratio } (95% interval { $low } to { $high }); a { $helps }% chance that it helps and { $meaningful }% that it cuts cramps by at least a fifth.
experiment-verdict-not_enough_data = Not enough data yet: a result needs at least { $min_pairs } complete pairs of periods and { $min_nights } logged, counted nights in each arm ({ $pairs ->
        [one] 1 pair
       *[other] { $pairs } pairs
    } complete so far; { $change_nights } change and { $usual_nights } usual nights logged).
experiment-stopped_early-benefit = The evidence is strong enough to stop early: you can keep doing it.
experiment-stopped_early-harm = The trial stops early because your cramps came more often with the change.
experiment-more_pairs = If the estimate held, about { $more ->
        [one] 1 more pair
       *[other] { $more } more pairs
    } of periods would likely settle it.
experiment-more_pairs-unlikely = Even eight more pairs of periods would likely not settle it: a difference of this size is hard for one person's nights to show.
experiment-adherence = The diary shows the schedule was kept on { $percent }% of the { $nights ->
        [one] 1 night
       *[other] { $nights } nights
    } it says something about.
experiment-adherence-weakened = The diary shows the schedule was kept on only { $percent }% of the { $nights ->
        [one] 1 night
       *[other] { $nights } nights
    } it says something about, which weakens this result: the arms were less different than planned.
experiment-only_you = This is about you and these nights only, and it is an estimate, not proof.
experiment-status-baseline = Baseline: logging your usual nights before the first period.
experiment-status-running = Running.
experiment-status-finished = Finished.
experiment-status-stopped = Stopped early by you.
experiment-arm-change = change
experiment-arm-usual = usual
experiment-baseline-sparse = Note: { $reason }. You may carry on, or end it with nightcramp experiment stop.

## The day factors as a person reads them: a noun phrase that reads after a number.
factor-standing_h = hours on your feet
factor-exercise_min = minutes of exercise
factor-exercise_intensity = exercise intensity
factor-exercise_intensity-none = none
factor-exercise_intensity-light = light
factor-exercise_intensity-moderate = moderate
factor-exercise_intensity-vigorous = vigorous
factor-steps = steps
factor-water_l = litres of water
factor-heavy_sweating = heavy sweating
factor-urine_color = urine colour (1-8)
factor-caffeine_drinks = caffeinated drinks
factor-alcohol_drinks = alcoholic drinks
factor-sitting_h = hours sitting
factor-sleep_position = sleep position
factor-sleep_position-back_supported = on your back, knees supported
factor-sleep_position-back = on your back
factor-sleep_position-side = on your side
factor-sleep_position-side_curled = curled on your side
factor-sleep_position-stomach = on your stomach
factor-tight_blankets = tight blankets
factor-stretched = stretched before bed
factor-massage = leg massage before bed
factor-light_activity_min = minutes of light activity
factor-magnesium_mg = mg of magnesium
factor-night_checked = night checked
factor-sleep_h = hours asleep

## What a finding compares: "exposed" names the days, "when" reads after "cramps on 8 of 20 nights".
insight-when-stretched = after you stretched before bed
insight-when-massage = after a leg massage before bed
insight-when-heavy_sweating = after a day of heavy sweating
insight-when-tight_blankets = with tight or tucked-in blankets
insight-when-other = with it
insight-exposed-vigorous = vigorous exercise
insight-when-vigorous = after a day of vigorous exercise
insight-exposed-toes_pointed = sleeping on your stomach or curled on your side (toes pointed)
insight-when-toes_pointed = sleeping on your stomach or curled on your side
insight-exposed-dark_urine = urine colour { $from } or darker (not pale)
insight-when-dark_urine = after a day with darker urine (colour { $from } or more)
insight-exposed-magnesium = taking a magnesium supplement
insight-when-magnesium = after taking magnesium
insight-exposed-alcohol = any alcohol
insight-when-alcohol = after a day with alcohol
insight-when-custom = after a day with { $name }
insight-exposed-above_median = more than { $value } { $label } (your median)
insight-when-above_median = after more than { $value } { $label } (your median)
insight-exposed-at_least_median = { $value } { $label } or more (your median)
insight-when-at_least_median = after { $value } { $label } or more (your median)
insight-exposed-constant = { $label } (always the same value, so nothing to compare)
insight-when-constant = with { $label }
insight-activity_jump = a sudden rise in activity
insight-exposed-activity_jump = a day with steps or exercise at least { $ratio } times your level of the two weeks before
insight-when-activity_jump = after a sudden rise in activity
insight-exposed-medicine = the first 12 months after starting a { $label }
insight-when-medicine = in the first 12 months on a { $label }
insight-day_before = { $when } the day before
insight-reverse-other = people often do it because their legs already feel tight

## Where a cramp was, as a person reads it.
muscle-calf = calf
muscle-foot = foot
muscle-toes = toes
muscle-shin = shin
muscle-thigh_back = back of the thigh
muscle-thigh_front = front of the thigh
muscle-other = somewhere else
side-left = left
side-right = right
side-both = both
site-calf-left = left calf
site-calf-right = right calf
site-calf-both = calves, both legs
site-foot-left = left foot
site-foot-right = right foot
site-foot-both = feet, both legs
site-toes-left = toes of the left foot
site-toes-right = toes of the right foot
site-toes-both = toes, both feet
site-shin-left = left shin
site-shin-right = right shin
site-shin-both = shins, both legs
site-thigh_back-left = back of the left thigh
site-thigh_back-right = back of the right thigh
site-thigh_back-both = back of the thighs, both legs
site-thigh_front-left = front of the left thigh
site-thigh_front-right = front of the right thigh
site-thigh_front-both = front of the thighs, both legs
site-other-left = somewhere else, left leg
site-other-right = somewhere else, right leg
site-other-both = somewhere else, both legs
relief-stretch = stretching
relief-walk = walking
relief-massage = massage
relief-heat = heat
relief-nothing = nothing helped
relief-other = something else
condition-diabetes = diabetes
condition-kidney_disease = kidney disease
condition-thyroid_disorder = thyroid disorder
condition-peripheral_nerve_disorder = nerve damage in the legs or feet (peripheral neuropathy)
condition-spinal_problems = spine problems
condition-circulation_problems = poor circulation in the legs
condition-cirrhosis = cirrhosis of the liver
condition-heart_failure = heart failure

## The clinician report's headings and words.
report-label-patient = Patient
report-label-glance = At a glance
report-label-signs = Four signs that call for a doctor, and the checkup
report-label-answers = Warning-sign questions answered
report-label-answers_none = No warning-sign questions answered yet.
report-label-findings_none = No finding calls for a doctor from the diary alone.
report-label-rule = rule
report-label-sources = sources
report-label-hours = Time of night (cramps starting)
report-label-sites = Site and side
report-label-no_cramps = No cramps in the period.
report-label-medicines = Medicines (cramp-linked ones marked ★)
report-label-medicines_none = None recorded.
report-label-medicine = Medicine
report-label-class = Class
report-label-since = Since
report-label-until = Until
report-label-link = Link to cramps; cramps per week before / after start
report-label-associations = associations
report-label-none_stands_out = None stands out.
report-label-habits = Habits tried in the period
report-label-none_recorded = None recorded.
report-label-experiments = Personal experiments (randomised, one person)
report-urgency-none = for information
report-urgency-routine = routine appointment
report-urgency-soon = soon
report-urgency-urgent = urgent: today
report-label-sources_cited = Sources cited
report-experiment = { $change } ({ $code }; { $pairs ->
    [one] { $pairs } pair
   *[other] { $pairs } pairs
} of { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
}, { $from } to { $to }; { $state })
report-experiment-numbers = Rate ratio { $ratio } (95% interval { $low } to { $high }); { $change_nights } change and { $usual_nights } usual nights counted.
experiment-state-baseline = baseline
experiment-state-running = running
experiment-state-finished = finished
experiment-state-stopped = stopped early

## How steadily a plan step was kept: "stretched on 12 of the last 14 days (2 not recorded)".
plan-adherence-stretched = stretched on { $yes } of the last { $days } days
plan-adherence-water_l = water recorded on { $yes } of the last { $days } days
plan-adherence-tight_blankets = tight blankets on { $yes } of the last { $days } days
plan-adherence-light_activity_min = gently active on { $yes } of the last { $days } days
plan-adherence-missing = {" "}({ $missing } not recorded)

## The FHIR export's display texts (the codes' own displays stay as their code systems give them).
fhir-symptom = Symptom
fhir-cramp = Nighttime leg cramp
fhir-category = Patient-reported symptom
fhir-woke = Woke the person.
fhir-soreness = Soreness afterwards: { $hours } h.
fhir-disturbance = Sleep disturbance { $rating }/10.
fhir-cramps_per_week = Leg cramps per week (logged nights)
fhir-cramp_nights_per_week = Nights with leg cramps per week (logged nights)
fhir-known = From { $known } logged nights; nights not logged are left out.
fhir-drug_class = Drug class: { $label }.
fhir-condition_note = Reported by the patient in nightcramp.
fhir-ci_low = 95% interval, lower end
fhir-ci_high = 95% interval, upper end
fhir-probability_helps = Probability of fewer cramps with the change (rate ratio below 1)
fhir-probability_meaningful = Probability of at least a fifth fewer cramps (rate ratio below 0.8)
fhir-experiment = Personal randomised n-of-1 trial of "{ $change }" ({ $code }): rate ratio of leg cramps per logged night, change periods against usual periods
fhir-not_enough_data = not enough data yet
fhir-verdict-likely_helps = likely helps
fhir-verdict-likely_worse = may make cramps worse
fhir-verdict-no_meaningful_benefit = no meaningful benefit
fhir-verdict-unclear = unclear so far
fhir-verdict-not_enough_data = not enough data yet

## The calendar reminders.
calendar-name = nightcramp reminders
calendar-water = Drink a glass of water
calendar-water_limited = Water, as your care team advised
calendar-stretch = Bedtime calf stretch
calendar-stretch-steps = Calf stretch, 30 seconds a side:

## A cramp in one line, durations, a night's status.
episode-line = { $site }, pain { $pain }/10, { $duration }
episode-woke = , woke you
episode-sore = , sore { $hours } h
episode-eased = , eased by { $relief }
duration-hours = { $hours } h
duration-minutes = { $minutes } min
duration-seconds = { $seconds } s
night-status-cramps = { $count ->
    [one] 1 cramp
   *[other] { $count } cramps
}
night-status-no_cramps = no cramps
night-status-unknown = not logged

## What is wrong with an input, and what it may be.
input-not_allowed = { $value } is not allowed; expected { $allowed }
input-missing = missing; expected { $allowed }
input-field_not_allowed = { $field }: { $value } is not allowed; expected { $allowed }
input-field_missing = { $field }: missing; expected { $allowed }
field-started_at = when it started
field-duration_s = how long it lasted
field-muscle = where
field-side = which leg
field-intensity = how bad
field-woke = woke you
field-soreness_h = soreness afterwards
field-relief = what helped
field-notes = notes
field-night = night
field-date = day
allowed-rfc3339 = a date and time with its UTC offset, such as 2026-11-29T02:40:00-05:00
allowed-duration_range = a duration from 1 second to 24 hours
allowed-intensity = a whole number from 1 to 10
allowed-zone_annotation = a known IANA time zone name in the [...] annotation
allowed-time_zone = an IANA time zone name such as Europe/Berlin
allowed-duration_seconds = whole seconds from 1 to 86400
allowed-duration = a duration such as 40s, 2m, 1m30s or 1h (1 second to 24 hours)
allowed-soreness = hours from 0 to 168, such as 3 or 3h
allowed-list_of = a list of { $list }
allowed-at_most_chars = at most { $count } characters
allowed-uuid = a UUID
allowed-json_value = a text, a number, true or false, or null
allowed-json_words = a list of words such as ["stretch", "walk"], or one text
allowed-medicine_name = a name of 1 to 100 characters
allowed-drug_class = a drug class, since { $name } is not in nightcramp's medicine list: one of { $list }
allowed-until_after = a date on or after the start date { $since }
allowed-one_of = one of { $list }
allowed-day_not_future = today or an earlier day: a day is recorded from that day on
allowed-day_factor = a day factor; a night is confirmed with the morning check-in
allowed-disturbance = a whole number from 0 to 10
allowed-question_id = a question id: { $list }
allowed-cramp_time = a clock time such as 02:40 (the most recent 02:40), a date and time on your clock such as 2026-11-29T02:40 or "2026-11-29 02:40", or an exact time such as 2026-11-29T02:40:00+01:00
allowed-cramp_time_date_alone = a date and a time, such as 2026-11-29T02:40: a date alone does not say when the cramp was
allowed-fold = a time that happened once: { $civil } happened twice that night as the clocks went back; give its offset, { $before } or { $after }
allowed-time_from = a time from { $year } on
allowed-time_past = a time that has already happened (it is now { $now })
allowed-date = a date as YYYY-MM-DD
allowed-date_exists = a date that exists, as YYYY-MM-DD
allowed-date_range = a date from { $from } to { $to }
allowed-last_day = a date as YYYY-MM-DD, today ({ $today }) or later
allowed-factor_name = one of the day factors ({ $list }) or custom:NAME
allowed-custom_name = a name of 1 to { $max } characters without '=', ',' or control characters
allowed-bool = true/false, yes/no or 1/0
allowed-true_false = true or false
allowed-hours = a number of hours, such as 9, 9h, 7.5h or 90min
allowed-minutes = a number of minutes, such as 45, 45min or 1.5h
allowed-litres = a number of litres, such as 1.5, 1.5l or 750ml
allowed-milligrams = a number of milligrams, such as 300 or 300mg
allowed-count = a whole number, such as 2
allowed-range-hours = { $whole ->
    [yes] a whole number from { $min } to { $max } hours
   *[no] from { $min } to { $max } hours
}
allowed-range-minutes = { $whole ->
    [yes] a whole number from { $min } to { $max } minutes
   *[no] from { $min } to { $max } minutes
}
allowed-range-litres = { $whole ->
    [yes] a whole number from { $min } to { $max } litres
   *[no] from { $min } to { $max } litres
}
allowed-range-milligrams = { $whole ->
    [yes] a whole number from { $min } to { $max } mg
   *[no] from { $min } to { $max } mg
}
allowed-range-count = { $whole ->
    [yes] a whole number from { $min } to { $max }
   *[no] from { $min } to { $max }
}
allowed-number_from = a number from { $min } to { $max }
allowed-custom_value = a yes/no or a number for a custom factor
allowed-bool_or_number = yes/no (true/false, 1/0) or a number
allowed-pairs = from { $min } to { $max } pairs of periods
allowed-period_nights = from { $min } to { $max } nights
allowed-washout = fewer than half of a period's { $nights } nights (0 to { $max })
allowed-night_ended = a night that has ended (before today)
allowed-whole_number = a whole number
allowed-clock_time = a time as HH:MM, such as 22:30
allowed-name_value = NAME=VALUE, such as "long drive=yes"
allowed-birth_year = a year from 1900 to 2030
allowed-time_zone_example = an IANA time zone name such as Europe/Berlin or America/New_York
allowed-day = a date as YYYY-MM-DD, today or yesterday
allowed-language = en, es, de, fr, or auto to follow the terminal and the browser
allowed-coins = one coin for each of the { $pairs } pairs

## What is wrong with a file, and where.
file-bad-file = { $file }: { $reason }
file-bad-field = { $file }: { $column }: { $reason }
file-bad-line = { $file }:{ $line }: { $reason }
file-bad-line_column = { $file }:{ $line }: column { $column }: { $reason }
file-unrecognised = { $file }: not a file nightcramp knows. { $accepts }
file-accepts = nightcramp import accepts: an episodes CSV (a header with started_at, duration_s, muscle, side, intensity), a days CSV (a header starting with date), a nightcramp JSON backup ("format": "nightcramp/1"), an Apple Health export (the zip the Health app shares, or its export.xml), a Fitbit or Google Takeout export (the zip, its unpacked folder, or one of its JSON or CSV files), a Garmin account export (the zip or its folder), a Samsung Health download of personal data (the folder, or a zip of it), and a Health Connect export (the zip, or the health_connect_export.db inside it)
file-cells = has { $cells } cells but the header has { $width }
file-unreadable_row = cannot read this row: { $detail }
file-unreadable_header = cannot read the header: { $detail }
file-unknown_column = unknown column; allowed: { $list }
file-twice = this column appears twice
file-required_column = required column missing; required: { $list }
file-unknown_day_column = unknown column; expected { $allowed } or { $disturbance }
file-not_a_backup = not a valid nightcramp backup: { $detail }
file-format = { $format } is not a format this version reads; expected { $expected } (a newer nightcramp may have written it)
file-medication = needs a name, dates from { $year }-01-01 to tomorrow, and an end date on or after its start date
file-disturbance = expected a whole number from 0 to 10
file-answer = needs a question id and a time from { $year } to now

file-kind-episodes_csv = episodes CSV
file-kind-days_csv = days CSV
file-kind-json_backup = nightcramp JSON backup

## A watch's or phone's export: what it is, what was left out, what is wrong with it.
wearable-kind-apple_health = Apple Health export
wearable-kind-fitbit = Fitbit export
wearable-kind-garmin = Garmin export
wearable-kind-samsung_health = Samsung Health export
wearable-kind-health_connect = Health Connect export
wearable-note-out_of_range = { $count ->
    [one] 1 day dated before 1900 or after tomorrow left out
   *[other] { $count } days dated before 1900 or after tomorrow left out
}
wearable-note-fitbit_zone = Fitbit writes its minute steps in UTC: they were placed on the days of { $zone } ({ $from })
wearable-note-garmin_fit = { $count ->
    [one] 1 FIT activity file skipped: its minutes are already in Garmin's daily summaries
   *[other] { $count } FIT activity files skipped: their minutes are already in Garmin's daily summaries
}
wearable-note-samsung_placeholders = { $count ->
    [one] 1 row dated before 2010 skipped: Samsung Health writes such placeholder rows, not records
   *[other] { $count } rows dated before 2010 skipped: Samsung Health writes such placeholder rows, not records
}
wearable-zone_from-diary = your diary's time zone
wearable-zone_from-computer = this computer's time zone
wearable-zone_from-profile = your Fitbit profile's time zone
wearable-zone_from-as_written = as written
wearable-what-samsung = Samsung Health's CSV files
wearable-what-fitbit = Fitbit files
wearable-what-garmin = Garmin's daily files
wearable-file = { $file }: { $reason }
wearable-line = line { $line }: { $reason }
wearable-entry = { $file }: damaged archive entry { $entry }: { $detail }
wearable-not_zip = { $file }: not a readable zip archive: { $detail }
wearable-file_too_big = { $file }: { $entry } is { $mb } MB; { $what } are a few MB, so this is not one
wearable-csv_no_header_line = expected a line naming the data, then a header
wearable-not_csv = not a CSV file: { $detail }
wearable-csv_columns = expected a header with the columns { $wanted }; found { $found }
wearable-fitbit_json = not the JSON Fitbit writes for this file (line { $line }, column { $column }): { $detail }
wearable-fitbit_steps_entry = entry { $entry }: expected a time like "01/31/20 23:59:00" and a step count, found { $time } and { $value }
wearable-fitbit_steps_csv = expected a UTC time like 2026-09-12T05:00:00Z and a step count, found { $time } and { $steps }
wearable-fitbit_sleep_csv = expected a sleep with minutes asleep, UTC start and end times like 2026-09-11T23:00:00Z and offsets like +01:00, found { $cells }
wearable-fitbit_stage = expected a stage of AWAKE, LIGHT, DEEP or REM, found { $found }
wearable-fitbit_stage_times = expected UTC start and end times like 2026-09-11T23:00:00Z and offsets like +01:00, found { $cells }
wearable-garmin_json = not the JSON Garmin writes for this file (line { $line }, column { $column }): { $detail }
wearable-garmin_not_list = expected a list of days
wearable-garmin_date = entry { $entry }: expected a calendarDate such as "2020-01-31"
wearable-samsung_day_time = expected day_time as epoch milliseconds or a time like 2024-06-01 00:00:00.000, found { $found }
wearable-samsung_steps = expected a step count, found { $found }
wearable-samsung_span = expected UTC times like 2024-06-01 22:30:00.000 and an offset like UTC+0200, found { $start }, { $end } and { $offset }
wearable-samsung_stage = expected a stage of 40001 (awake), 40002 (light), 40003 (deep) or 40004 (REM), found { $found }
wearable-samsung_duration = expected a duration in milliseconds, found { $found }
wearable-samsung_empty = { $count ->
    [one] { $file }: a Samsung Health export with 1 file and no days in it: nightcramp reads daily steps (com.samsung.shealth.step_daily_trend), sleep and its stages (com.samsung.shealth.sleep, com.samsung.health.sleep_stage) and exercise (com.samsung.shealth.exercise)
   *[other] { $file }: a Samsung Health export with { $count } files and no days in them: nightcramp reads daily steps (com.samsung.shealth.step_daily_trend), sleep and its stages (com.samsung.shealth.sleep, com.samsung.health.sleep_stage) and exercise (com.samsung.shealth.exercise)
}
wearable-hc_offset = a UTC offset of { $seconds } seconds, which no place has
wearable-hc_end_before_start = an end ({ $end }) before its start ({ $start })
wearable-hc_out_of_range = a time out of range ({ $ms } ms)
wearable-hc_negative_steps = a negative step count ({ $count })
wearable-no_hc_db = { $file }: no { $db } in it
wearable-hc_too_big = { $file }: { $entry } is { $mb } MB, more than a Health Connect export holds
wearable-hc_damaged = { $file }: the database is damaged ({ $detail }): export it again from Health Connect's settings
wearable-hc_not_export = { $file }: not a Health Connect export: it has no application_info_table (it has { $tables })
wearable-hc_table = { $file }: { $table } is not the table Health Connect writes: { $detail }
wearable-hc_row = { $file }: { $table } row { $id }: { $reason }
wearable-hc_empty = { $file }: a Health Connect export with { $count } step, sleep and exercise records and no days in them: nightcramp reads steps_record_table, sleep_session_record_table with sleep_stages_table, and exercise_session_record_table
wearable-apple_not_export = not an Apple Health export: no <HealthData> element in the first { $bytes } bytes
wearable-apple_damaged = the export is damaged near byte { $position }: { $detail }
wearable-apple_truncated = the export ends early (truncated?) near byte { $position }: </HealthData> never came, so nothing was imported
wearable-apple_io = could not read the export: { $detail }
wearable-apple_empty = { $file }: an Apple Health export with no records in it. Export again from the Health app (your picture, then Export All Health Data) and import the zip it makes
wearable-apple_unused = { $file }: an Apple Health export with { $count } records ({ $kinds }), none of which becomes a diary value: nightcramp reads steps, exercise minutes, workouts, sleep, water and caffeine
wearable-apple_undated = { $unused }. { $count } of its step, exercise, sleep, water or caffeine records have start dates in a form nightcramp does not know, so none could be placed on a day
wearable-xml_truncated_element = the file ends in the middle of an element (truncated?)
wearable-xml_too_long = an element longer than { $mb } MB
wearable-xml_stray_lt = a '<' that starts no element
wearable-xml_slash = a '/' inside an element
wearable-xml_unclosed = an element that never closes its tag
wearable-xml_no_value = attribute '{ $key }' has no value
wearable-xml_unquoted = the value of attribute '{ $key }' is not in quotes

## Why an experiment cannot start or be read.
error-experiment-change = --change { $given }: { $why }
error-experiment-not_a_factor = not a factor; expected { $allowed }
error-experiment-takes = { $name } takes { $allowed }
error-experiment-how_much = say how much, for example { $name }=30 (at least that much on change nights) or { $name }=0 (none)
error-experiment-which = say which, for example { $name }={ $example }
error-experiment-needs = a change needs { $allowed }
error-experiment-option = { $option } { $given }: { $allowed }
error-experiment-past_start = --start { $given }: an experiment starts tonight ({ $tonight }) or later; nights already past cannot be given an arm after the fact
error-experiment-already_running = an experiment is already under way (testing { $change }, started { $start }); one runs at a time. See it with `nightcramp experiment`, or end it with `nightcramp experiment stop`
error-experiment-baseline = only { $known } of the { $nights } nights before { $start } are logged (at least { $needed } are needed to see how often cramps come); check in each morning for two weeks, or start later with --start
error-experiment-tampered = the experiment testing { $change } (from { $start }): its stored schedule was changed outside nightcramp ({ $detail }), so it is no longer a fair trial. End it with `nightcramp experiment stop` and start a new one
error-experiment-over = the experiment is no longer under way

## What the store refuses, and why.
store-account_exists = an account named { $name } already exists; choose another name
store-remove_self = you cannot remove your own account; another admin, or the command line (nightcramp accounts remove), can
store-account_name = { $name } is not allowed as an account name; use 1 to 64 letters, digits, spaces, '.', '-', '_', '@' or an apostrophe, with no space at either end
store-no_account = there is no account named { $name }
store-diary_holds_entries = { $name }'s diary holds entries; to remove it with the account add --delete-diary (a backup is taken first)
store-cannot_receive = { $with } is a { $role } account; a diary can be shared with a clinician or a researcher
store-no_share = no share of this diary has the id { $id }; `nightcramp share list` shows them
store-several_shares = more than one share starts with { $id }; give more of the id
store-no_owner = this diary belongs to no account yet; add its person first (nightcramp accounts add NAME)
store-experiment_fixed = experiment { $id }: its schedule was fixed when it started and cannot be changed; it can only be stopped
store-not_empty = the store copied into is not empty
