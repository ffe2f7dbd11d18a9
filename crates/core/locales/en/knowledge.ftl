### The knowledge base's texts, in English, keyed by the ids of knowledge/*.toml, where
### each statement's sources and evidence strength live once for every language.

## Evidence strengths, as shown beside each statement.

strength-strong = strong evidence
strength-moderate = moderate evidence
strength-weak = weak evidence
strength-mixed = mixed evidence
strength-expert_advice = expert advice, not trial-tested
strength-descriptive = background

## The guide: topics and their statements. Wording rule: write it fresh; never paste a
## sentence from the article or a source.

topic-urgent-title = When to get help now
topic-urgent-summary = Signs that need care today, or an emergency call, whatever else this guide or your diary says.
statement-urgent-emergency = Call emergency services (999, 911 or 112) if leg symptoms come with sudden breathlessness, chest pain that is worse when you breathe in, or coughing up blood.
statement-urgent-spine = Go to an emergency department now if back or leg pain comes with new numbness around your bottom or between your legs, new trouble starting, stopping or feeling your urine, leaking, losing control of your bowels, or weakness or numbness in both legs. These can mean nerves at the base of the spine are squeezed (cauda equina syndrome), which needs treatment within hours.
statement-urgent-clot = Get urgent care the same day if one leg is swollen, warm, or red or darker than the other, or its veins are hard or sore; or if pain in one calf stays between cramps, gets worse when you stand or walk, or does not ease when you stretch it. Any one of these is enough: it can be a blood clot (DVT), not a cramp.
statement-urgent-wont_release = Seek medical care right away for a cramp that is still hard after more than 10 minutes of stretching.
statement-urgent-other_signs = See a doctor right away if you also get cramps in your chest, arms or belly; if you newly lose strength or feeling anywhere; if muscles twitch under the skin; or if cramps follow heavy fluid loss from vomiting, diarrhoea or sweating, or a new or higher dose of a water tablet.
statement-urgent-toxin = Seek medical care right away if cramps started after contact with a poison such as lead or mercury, or after a dirty wound (tetanus can cause cramps).
statement-urgent-statin = If you take a statin and get severe pain or tenderness in many muscles, new muscle weakness, or dark, cola-coloured urine, get medical help today and say that you take a statin. Milder aches after starting a statin are for your prescriber to hear about.
statement-urgent-pregnancy = When pregnant, contact your midwife or doctor straight away if leg pain does not ease, is severe, or comes with swelling, warmth, redness or trouble walking.

topic-what-title = What night cramps are
topic-what-summary = A sudden, painful tightening of a leg muscle while you rest or sleep, which stretching releases. Not restless legs.
statement-what-definition = A night cramp is a muscle in the leg or foot suddenly locking tight on its own, usually while you are in bed. The muscle feels hard to the touch and it hurts.
statement-what-where = The calf is the usual place. The foot and toes come next; the thigh is much less common.
statement-what-how_long = Most cramps let go within seconds to a few minutes; up to 10 minutes is still typical. The muscle can stay sore for hours afterwards, sometimes up to a day.
statement-what-release = Stretching the cramped muscle hard (pulling the toes up towards you for a calf cramp) is what releases it. That release by stretching is one of the features that marks a true cramp.
statement-what-not_rls = Restless legs is a different condition: an urge to move the legs, often with odd sensations, that builds up when you sit or lie still, is worst in the evening, and eases while you keep moving. Pain is not its main feature, and nothing locks tight.
statement-what-not_plmd = Repeated small leg jerks during sleep that you do not feel, often noticed by a bed partner, are something else again (periodic limb movements). Only a sleep study can show them.
statement-what-sleep = Because they wake people up, frequent cramps can leave you tired the next day.

topic-who-title = Who gets them
topic-who-summary = Common at any adult age, and more so with age, pregnancy, hard training and some health conditions.
statement-who-adults = nightcramp is made for adults: the studies behind it, and its thresholds, are about adults. For a child or teenager with leg pain at night, ask a doctor rather than going by this guide.
statement-who-common = Most adults have a night cramp at some point. Among people over 50, roughly a third to a half get them regularly, and the share rises with age.
statement-who-older = Older adults are the largest group affected. About four in ten people over 60 who get cramps have three or more a week.
statement-who-pregnancy = Between a third and a half of pregnant women get leg cramps, most often in the last three months of pregnancy.
statement-who-athletes = People who train hard, or step up their training quickly, are more prone to them.
statement-who-conditions = Some health conditions go with more cramps: diabetes, kidney disease (including dialysis), thyroid problems, nerve damage in the legs, narrowing in the lower spine, poor circulation in the legs and liver cirrhosis.
statement-who-season = Cramps are more frequent in summer: at the population level they roughly double from the winter low to the summer peak. Keep this in mind when comparing one season with another.

topic-causes-title = What sets them off
topic-causes-summary = Six common causes: tired muscles, too little fluid, poor circulation, pinched nerves, some medicines and conditions, and how you lie in bed.
statement-causes-fatigue = Tired, overworked muscles: a long day on your feet, a hard workout, or a sudden jump in how active you are. The most likely mechanism behind most cramps is muscle fatigue together with a misfiring nerve supply.
statement-causes-fluids = Too little fluid, or losing a lot through sweat, may make cramps more likely; plenty of caffeine or alcohol can add to the fluid loss. Low salts in the blood (electrolytes) can play a part, but they explain fewer cramps than people think.
statement-causes-circulation = Reduced blood flow to the legs, from circulation problems or from sitting for long stretches, may make the muscles more irritable.
statement-causes-nerves = A pinched or irritated nerve in the lower back, as with narrowing of the spinal canal, can disturb the signals to the legs and bring on cramps.
statement-causes-medicines = Some medicines are linked to cramps. The best-measured links are for long-acting inhaler bronchodilators (LABAs) and for potassium-sparing and thiazide-type diuretics; links for statins and loop diuretics are small. If you take one of these, talk it over with your prescriber or pharmacist. Do not stop a medicine on your own.
statement-causes-conditions = Health conditions such as diabetes, kidney disease, thyroid disorders and nerve damage can lie behind frequent cramps.
statement-causes-position = Lying with the toes pointed down, or with heavy or tucked-in bedclothes pushing the feet down, keeps the calf short for hours, which may make it more likely to cramp.

topic-prevention-title = What may prevent them
topic-prevention-summary = Five prevention steps: drink steadily, stretch before bed, change how you lie, ask about supplements only with your doctor, keep gently active. None is proven for everyone: your diary shows what works for you.
statement-prevention-fluids = Drink through the day rather than all at once in the evening, and more when you sweat a lot. Pale-yellow urine is a simple sign that you are drinking enough. Cutting back on alcohol and caffeine may help too. No trial has tested fluids for night cramps.
statement-prevention-fluids_limited = With heart failure, kidney disease or cirrhosis, the right amount to drink is for your doctor or care team to say: some people need a daily limit. Ask them how much is right for you, and keep to that rather than simply drinking more.
statement-prevention-stretch = Stretch your calves (and the backs of your thighs) every night just before bed. One trial in older adults found fewer and milder cramps after six weeks; another, in people already taking quinine, found no difference. It is low-risk and worth a six-week try: see the stretch routine.
statement-prevention-stretch-evidence = mixed evidence, low risk
statement-prevention-position = Avoid lying with your toes pointed; keep the bedclothes loose at the foot of the bed. Lying on your back with a pillow under the knees or ankles keeps the legs in a neutral position.
statement-prevention-magnesium = Magnesium is widely sold for cramps, but good trials show it is unlikely to help most adults with ordinary night cramps. In pregnancy the evidence is conflicting and of low quality. Ask your doctor, pharmacist or midwife before taking any supplement, especially alongside other medicines.
statement-prevention-magnesium-evidence = moderate evidence that it does not help most adults
statement-prevention-move = Gentle activity during the day (walking, swimming, yoga, stretching) keeps the legs supple and the blood moving. A few minutes on a stationary bike or a short leg massage before bed may also help.

topic-stretch-title = The bedtime calf stretch
topic-stretch-summary = Face a wall, back leg straight with the heel down, lean in until the calf pulls, hold 30 seconds, change legs. Every night, just before bed.
statement-stretch-step1 = Stand an arm's length from a wall and rest both hands on it at shoulder height.
statement-stretch-step2 = Step one foot back. Keep that leg straight and press its heel flat on the floor.
statement-stretch-step3 = Bend the front knee and lean slowly towards the wall until you feel a firm, comfortable pull in the back calf. It should never hurt.
statement-stretch-step4 = Hold still for 30 seconds and keep breathing.
statement-stretch-step5 = Change legs and do the same on the other side: 30 seconds a side.
statement-stretch-seated = If standing is hard, sit with the leg straight and pull the toes towards you, with a towel looped around the foot if you need it.
statement-stretch-review = Give it six weeks of nightly stretching before judging it; your diary will show whether your cramps changed.
statement-stretch-review-evidence = mixed evidence, low risk

topic-during-title = During a cramp
topic-during-summary = Pull your toes up towards you, stand on the leg, rub the muscle. Most cramps let go within minutes; one still hard after 10 minutes of stretching needs care right away.
statement-during-dorsiflex = Straighten the leg and pull your toes up towards your knee. This stretches the calf and usually releases it.
statement-during-stand = If you can, stand up and put your weight on the cramped leg, or walk a few steps.
statement-during-massage = Rub the hard muscle firmly. Afterwards, warmth (a warm shower or bath) can ease the soreness.
statement-during-painkillers = Painkillers act too slowly to stop a cramp, though they may help the soreness later.
statement-during-wont_release = A cramp that will not let go after more than 10 minutes, even when you stretch it, needs medical care right away.

topic-doctor-title = When to see a doctor
topic-doctor-summary = Four signs that call for an ordinary appointment: cramps that are frequent, severe or getting worse, unusually long, or not improving with these habits. Signs that need help now come first in this guide.
statement-doctor-frequent = See a doctor if cramps come often: nightly, or more than three a week over a couple of weeks.
statement-doctor-severe = See a doctor if cramps are severe, or are clearly getting worse over several weeks.
statement-doctor-long = See a doctor if a cramp lasts longer than 10 minutes; that is longer than ordinary night cramps last.
statement-doctor-not_improving = See a doctor if cramps keep coming despite several weeks of steady prevention habits such as nightly stretching.
statement-doctor-sleep = See a doctor if cramps keep disturbing your sleep or leave you tired during the day.
statement-doctor-other_signs = Book an appointment for leg muscles that are slowly getting weaker or smaller, swelling in both legs, or numbness in the legs that has been there a while (new weakness or loss of feeling needs a doctor right away). Calf pain that comes on while walking and stops when you rest needs a doctor within a day or two: it can come from narrowed leg arteries.
statement-doctor-usually_harmless = Occasional cramps are common and usually harmless. A doctor can usually tell what is going on from a talk and an examination; tests are needed only when another cause is suspected.

topic-treatments-title = Medicines and supplements
topic-treatments-summary = No medicine is a good routine answer. Quinine is not recommended. Magnesium is unlikely to help most adults. Never stop a medicine without your prescriber.
statement-treatments-quinine = Quinine is not recommended for leg cramps. It helps only a little and can cause rare but life-threatening blood and kidney problems; regulators warn against using it for cramps. If you already take it, ask your prescriber whether you still need it, and until then keep to their advice, with one exception from the medicine's own guide: bruising or bleeding (see below).
statement-treatments-quinine-evidence = strong evidence of rare, serious harm; it helps only a little
statement-treatments-quinine_warning = If you take quinine and notice easy bruising, severe nosebleeds, blood in urine or stools, bleeding gums, or unusual purple, brown or red spots on the skin, the medicine's own guide says to stop taking it and get medical help right away.
statement-treatments-magnesium = For most adults with ordinary night cramps, magnesium tablets work about as well as a dummy pill. In pregnancy the trials disagree.
statement-treatments-magnesium-evidence = moderate evidence that it does not help most adults
statement-treatments-review_medicines = If cramps began or got worse after starting a new medicine, ask your doctor or pharmacist to review your medicines. Keep taking it until they say otherwise.
statement-treatments-no_miracle = Pickle juice, vitamin E, gabapentin and similar remedies have no good evidence for ordinary night cramps.
statement-treatments-no_miracle-evidence = no good evidence that they help
statement-treatments-placebo = Cramps often ease for a while whatever you try: in trials, people on dummy pills had about a quarter fewer cramps. That is why nightcramp compares periods with and without a habit rather than trusting a single before-and-after.

topic-experiments-title = Testing a change on yourself
topic-experiments-summary = An experiment switches one habit on and off in periods of random order, so your own nights can show whether it helps you.
statement-experiments-how = An experiment tests one habit you can do or skip from night to night, such as stretching before bed or loose blankets. After two weeks of logging as usual, pairs of periods follow, each with one period doing the change and one as usual, in an order drawn at random. The first nights of each period are not counted, in case the change lingers.
statement-experiments-for_you_only = A result is about you, on the nights you logged; it says nothing certain about anyone else, and it is an estimate with its uncertainty, not proof. Nights you did not log are left out, never counted as nights without cramps.
statement-experiments-modest_unclear = One person's cramps vary a lot from week to week. A modest effect, such as a quarter fewer cramps, often stays unclear even after 16 weeks: that is the honest limit of what one person's nights can show, not a fault in how you did it.
statement-experiments-why_alternate = Cramps ease for a while whatever you try, a bad spell tends to be followed by a better one, and cramps come more often in summer than in winter. Comparing each period with its partner, in random order, keeps these swings from passing for the change's work.
statement-experiments-medicines = Medicines and supplements are never tested by starting, stopping or changing them here: such a trial belongs to your prescriber, who can set it up safely. Keep taking what you take as advised.

## The checkup's rules: what a person is told.

rule-T1-title = Possible blood clot in the lungs
rule-T1-message = Leg symptoms together with sudden breathlessness, chest pain or coughing up blood: call emergency services now (999, 911 or 112).
rule-T2-title = Possible blood clot in the leg (DVT)
rule-T2-message = One swollen, warm or red leg, hard sore veins, or pain in one calf that stays between cramps, gets worse when you stand or walk, or does not ease when you stretch it: any one of these calls for urgent care today (urgent GP appointment, NHS 111 or urgent care). This may be a clot, not a cramp.
rule-T3-title = A cramp that will not release
rule-T3-message = A cramp still going after more than 10 minutes despite stretching: seek medical care right away.
rule-T4-title = Cramps after a toxin or a dirty wound
rule-T4-message = Cramps that began after contact with a toxin (such as lead or mercury) or after a contaminated wound (tetanus risk): seek medical care right away.
rule-T5-title = Cramps with other warning signs
rule-T5-message = Cramps in the chest, arms or belly, new weakness or loss of feeling, twitching muscles, or cramps after heavy fluid loss or a new or higher water tablet: see a doctor right away.
rule-T6-title = Bleeding signs while taking quinine
rule-T6-message = Bruising, bleeding or unusual skin spots while taking quinine can mean a dangerous fall in blood platelets. The medicine's own guide says to stop taking quinine and get medical help right away: get urgent care today.
rule-T7-title = Leg pain in pregnancy
rule-T7-message = In pregnancy, leg pain that does not ease, is severe, or comes with swelling, warmth, redness or trouble walking: contact your midwife or doctor straight away.
rule-T8-title = Possible squeezed nerves at the base of the spine
rule-T8-message = Back or leg pain with new numbness around your bottom or between your legs, new trouble with urine or bowels, or weakness or numbness in both legs: go to an emergency department now. This can be cauda equina syndrome, which needs treatment within hours.
rule-T9-title = Possible muscle damage from a statin
rule-T9-message = Severe pain or tenderness in many muscles, new muscle weakness or dark urine while taking a statin: get medical help today and say that you take a statin. Whether to change the statin is for the doctor to decide.
rule-F2-title = Frequent cramps
rule-F2-message = Cramps are frequent: on more than 3 nights a week over the last two weeks. Frequent cramps are a reason to see a doctor.
rule-R10-title = Severe cramps
rule-R10-message = Cramps that are more than you can bear are a reason to see a doctor: book an ordinary appointment.
rule-D2-title = Cramps getting worse
rule-D2-message = Your cramps are getting worse: they have risen week by week for several weeks, more steadily than chance would explain, not just a bad night. Cramps that get worse are a reason to see a doctor.
rule-R4-title = Unusually long cramps
rule-R4-message = At least one recent cramp lasted more than 10 minutes, longer than ordinary night cramps. Mention it to a doctor.
rule-R8-title = Not improving despite prevention
rule-R8-message = Cramps are still frequent after six weeks of steady nightly stretching. Cramps that do not improve with these habits are a reason to see a doctor.
rule-R1-title = Cramps disturb your sleep
rule-R1-message = Cramps are disturbing your sleep. That is worth an ordinary appointment with your doctor.
rule-R2-title = Numbness or swelling in both legs
rule-R2-message = Numbness in the legs, or swelling in both legs, alongside cramps: book an ordinary appointment.
rule-R3-title = Weak or shrinking muscles
rule-R3-message = Leg muscles that are getting weaker or smaller alongside cramps: book an appointment.
rule-R5-title = Pain when walking
rule-R5-message = Calf pain or cramps that come on while walking and stop when you rest can come from narrowed leg arteries: see a doctor within a day or two.
rule-R6-title = A medicine linked to cramps
rule-R6-message = You take a medicine from a group linked to cramps. Ask your doctor or pharmacist to review your medicines. Do not stop or change it on your own.
rule-R7-title = Heavy drinking
rule-R7-message = Drinking a lot of alcohol can cause cramps: see a doctor within a day or two.
rule-R9-title = A condition linked to cramps
rule-R9-message = You have a condition that often goes with cramps. Mention your cramps when you next see the doctor who looks after it.
rule-P6-title = Taking quinine
rule-P6-message = Quinine is no longer recommended for cramps because of rare, serious side effects. Ask your prescriber whether you still need it. With bruising, bleeding or unusual skin spots, the medicine's own guide says to stop taking quinine and get medical help right away.
rule-P6P-title = Quinine in pregnancy
rule-P6P-message = You are pregnant and your medicine list includes quinine, which has rare but serious risks. Contact the prescriber who gave it to you within a day or two to talk about it, and tell your midwife or doctor.
rule-F5-title = Soreness lasting more than a day
rule-F5-message = Soreness lasting more than a day after a cramp is more than expected. Answer the clot questions (nightcramp checkup --screen) and mention it to a doctor.
rule-C3-title = This may be restless legs
rule-C3-message = Your answers fit restless legs syndrome (an urge to move that rest makes worse and movement eases) rather than, or as well as, cramps. Discuss it with a doctor: it is treated differently.
rule-C4-title = Leg jerks in sleep
rule-C4-message = Repeated leg jerks in sleep, or unrefreshing sleep without painful cramps, can be a different movement disorder that only a sleep study shows. Ask a doctor about one.

## The checkup's questions.

question-breathless_or_chest_pain = Along with your leg symptoms, do you have sudden breathlessness, chest pain that is worse when you breathe in, or are you coughing up blood?
question-spine_warning_signs = With back or leg pain, do you have new numbness around your bottom or between your legs, new trouble passing or holding urine or stools, or weakness or numbness in both legs?
question-one_leg_swollen = Is one leg swollen, warm, red or darker than the other, or are its veins hard or sore to touch?
question-pain_between_cramps = Does pain in one calf stay between cramps, even when no cramp is happening?
question-pain_worse_walking_one_leg = Does pain in one calf get worse when you stand or walk on it?
question-pain_not_eased_by_stretching = Does pain in one calf stay the same when you stretch it, instead of easing?
question-cramp_wont_release = Right now, is a cramp still going after more than 10 minutes, even though you stretch it?
question-toxin_or_wound = Did the cramps start after contact with something toxic (such as lead or mercury), or after a dirty wound?
question-cramps_elsewhere = Do you also get cramps in your chest, arms or belly?
question-new_weakness_or_numbness = Have you newly lost strength or feeling anywhere in your body?
question-twitching = Can you see muscles twitching under the skin?
question-fluid_loss = Did the cramps start after losing a lot of fluid (vomiting, diarrhoea, heavy sweating) or after starting or raising a water tablet (diuretic)?
question-bleeding_signs = Do you have easy bruising, severe nosebleeds, blood in your urine or stools, bleeding gums, or unusual purple, brown or red spots on your skin?
question-statin_muscle_damage = Since taking a statin, do you have severe pain or tenderness in many muscles, new weakness, or dark (cola-coloured) urine?
question-pregnancy_leg_pain = Does your leg pain not ease, feel severe, or come with swelling, warmth, redness or trouble walking?
question-pain_when_walking = Do you get calf pain or cramps while walking that stop when you stop and rest?
question-heavy_alcohol = Do you often drink a lot of alcohol?
question-numbness_or_both_swollen = Do you have numbness in your legs, or are both legs swollen?
question-weakness_or_wasting = Have your leg muscles become weaker or smaller over time?
question-severe_discomfort = Are your cramps so painful or upsetting that you can hardly bear them?
question-daytime_tiredness = Do cramps leave you tired or less able to get through the day?
question-rls_urge = Do you feel an urge to move your legs, often with an uncomfortable feeling in them?
question-rls_worse_at_rest = Does that urge start or get worse when you sit or lie still?
question-rls_eased_by_moving = Does moving (walking, stretching) ease it for as long as you keep moving?
question-rls_evening = Is it only there, or worse, in the evening or at night?
question-leg_jerks = Has a bed partner seen your legs jerk again and again in your sleep, or do you wake unrefreshed without having had painful cramps?

## Medicine classes.

drug-laba_ics = long-acting bronchodilator with steroid inhaler (LABA + ICS)
drug-laba = long-acting bronchodilator inhaler (LABA)
drug-diuretic_potassium_sparing = potassium-sparing diuretic
drug-diuretic = diuretic (water tablet)
drug-diuretic_thiazide = thiazide-type diuretic
drug-diuretic_loop = loop diuretic
drug-statin = statin
drug-iron_sucrose_iv = intravenous iron sucrose
drug-conjugated_estrogens = conjugated estrogens
drug-raloxifene = raloxifene
drug-teriparatide = teriparatide
drug-naproxen = naproxen
drug-blood_pressure = blood-pressure medicine
drug-calcium_channel_blocker = calcium-channel blocker
drug-short_acting_beta_agonist = short-acting reliever inhaler (salbutamol)
drug-reported_in_studies = medicine in whose studies cramps were reported (such as gabapentin, zolpidem, clonazepam, citalopram or celecoxib)
drug-quinine = quinine
drug-other = other medicine

## What kind of evidence each source is (its citation stays as published).

source-S0-quality = patient article, not graded evidence
source-S1-quality = systematic review and Delphi consensus
source-S2-quality = Cochrane systematic review
source-S2c-quality = Cochrane systematic review
source-S3-quality = clinical review (AAFP)
source-S4-quality = population database study
source-S5-quality = randomised trial (positive)
source-S6-quality = randomised trial (negative)
source-S7-quality = clinical guideline (AAN)
source-S8-quality = regulator
source-S9-quality = regulator
source-S10-quality = Cochrane systematic review
source-S11-quality = narrative review
source-S12-quality = population survey
source-S13-quality = cross-sectional survey (NHANES)
source-S14-quality = cohort study
source-S15-quality = health authority
source-S16-quality = prospective cohort
source-S17-quality = Cochrane systematic review
source-S18-quality = clinical guideline summary
source-S19-quality = health authority
source-S20-quality = health authority (older version)
source-S21-quality = medical reference
source-S22-quality = evidence summary (SORT grades)
source-S23-quality = professional society
source-S28-quality = consensus criteria
source-S31-quality = diagnostic criteria
source-S33-quality = randomised trial (cirrhosis only)
source-S34-quality = health authority
source-S35-quality = secondary, lower quality
source-S36-quality = health authority (secondary copy)
source-S37-quality = patient health library
source-S38-quality = low-quality patient material
source-S46-quality = series of n-of-1 trials
source-S60-quality = NHS patient information
source-S61-quality = clinical decision support (secondary copy)
source-S62-quality = professional society patient information
source-S63-quality = patient-facing authority
source-S64-quality = patient information
source-S65-quality = guideline (secondary summary)
