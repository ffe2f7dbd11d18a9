## The web app's own words (pages, buttons, the phone script's messages). Keys ending in _html hold a
## little markup of our own and no variables.

## Every page
web-skip = Skip to content
web-theme = Switch between dark and light
web-yes = yes
web-no = no
web-save = Save
web-why = Why:
web-logout = Log out
web-manifest-description = A private diary for nighttime leg cramps.
web-reading-banner = { $name }'s diary, shared with you: read-only
web-nav-main = Main
web-nav-shared = Shared diary
web-nav-home = Home
web-nav-morning = Morning
web-nav-day = Day
web-nav-insights = Insights
web-nav-checkup = Checkup
web-nav-guide = Guide
web-nav-experiment = Experiment
web-nav-report = Report
web-link-stretch = Bedtime stretch
web-link-plan = Your plan
web-link-entries = Entries
web-link-import = Import from a watch
web-link-report = Report for your doctor
web-link-sharing = Sharing
web-link-audit = Who read your diary
web-language-label = Language
web-language-auto = As my browser says
web-language-save = Change
web-language-unknown = { $value } is not a language nightcramp speaks; choose English, Español, Deutsch or Français.

## Messages after an action
web-flash-logged = Cramp logged. Rest now; fill in the rest in the morning if you like.
web-flash-logged_on = Cramp logged on the night of { $night }. Rest now; fill in the rest in the morning if you like.
web-flash-saved = Saved.
web-flash-deleted = Deleted.

## Errors
web-error-title = Something went wrong
web-error-back = Back to the start
web-error-diary = The diary could not be read or written just now. Nothing was lost; please try again.
web-error-page = This page could not be shown.
web-error-no_diary = This account keeps no diary of its own.
web-error-guide = The guide could not be loaded.
web-error-no_page = There is no such page.
web-error-not_found = Not found
web-error-no_topic = There is no such guide topic.
web-error-checkup = The checkup could not run.
web-error-report = The report could not be made.
web-refused-loopback = This nightcramp answers only on this machine (127.0.0.1).
web-refused-other_site = Refused: the request came from another site.
web-refused-accounts = This diary now has accounts, so each person must log in: restart nightcramp serve.
web-refused-expired = Refused: this form has expired. Go back, reload the page and try again.

## Home
web-home-last_night = Last night
web-home-check_in = Check in for last night
web-home-four_weeks = The last four weeks
web-home-calendar_caption = Nights: a number for cramps, o for a quiet night, a dot for not logged
web-home-legend-cramps = cramps
web-home-legend-quiet = quiet
web-home-legend-unknown = not logged

## The cramp flow
web-cramp-title = Cramp
web-cramp-now = Cramp now
web-cramp-while = While it hurts
web-cramp-over = It's over
web-cramp-where = Where was it?
web-cramp-last_night = A cramp last night
web-cramp-on_night = A cramp on the night of { $night }
web-cramp-which_night = Which night? (the evening it began)
web-cramp-what_time = About what time?
web-cramp-how_long = How long, roughly?
web-cramp-side = Side
web-cramp-muscle = Muscle
web-cramp-pain = Pain, 1 to 10
web-cramp-woke = Did it wake you?
web-cramp-awake = no, I was awake
web-cramp-no_start = The cramp's start time is missing; start again from the home page.

## The morning check-in
web-morning-title = How was last night?
web-morning-disturbance = How much did cramps disturb your sleep? (0 none, 10 a lot; optional)
web-morning-no_cramps = No cramps
web-morning-had_cramp = I had a cramp
web-morning-bad_night = That night is not a date the diary can hold: { $value } is not allowed; expected { $allowed }.
web-morning-bad_disturbance = Sleep disturbance: { $value } is not allowed; expected { $allowed }.
web-morning-delete_hint = Delete them on the Entries page if they were a mistake.

## The day form
web-day-title = Your day
web-day-before = ← Day before
web-day-next = Next day →
web-day-hint = What you record for this day is compared with the night that follows. Leave blank what you don't know.
web-day-not_recorded = not recorded
web-day-less = less: { $label }
web-day-more = more: { $label }
web-day-import_said = Your import said { $value }; what you entered counts.
web-day-own = Your own
web-day-own_value = (yes/no or a number)
web-day-add_own = Add your own (for example: long drive)
web-day-value = Value
web-day-save = Save the day
web-day-no_date = The day is missing or not a date.
web-day-bad_name = your own factor's name: { $why }
web-day-not_saved = Nothing was saved. { $why }

## Entries
web-entries-title = Entries
web-entries-hint = The last 30 nights. Edit or delete any cramp or check-in.
web-entries-edit = Edit
web-entries-delete = Delete
web-entries-checked_in = Checked in.
web-entries-remove_checkin = Remove check-in
web-entries-no_cramp = There is no such cramp in the diary.
web-entries-no_entry = There is no such entry.
web-edit-title = Edit cramp
web-edit-started = Started (a time such as 03:10 on the same night, or a date and time such as 2026-11-29T03:10)
web-edit-lasted = Lasted (40s, 2m, or seconds)
web-edit-pain = Pain (1-10)
web-edit-woke = It woke me
web-edit-notes = Notes
web-delete-title = Delete?
web-delete-cramp = Delete the cramp at { $time } on the night of { $night }? This cannot be undone.
web-delete-checkin = Delete the check-in for the night of { $night }? The night becomes unknown. This cannot be undone.
web-delete-keep = Keep it

## Insights
web-insights-title = Insights
web-insights-numbers = The numbers
web-insights-numbers_line = { $factor } (lag { $lag } day): risk ratio { $ratio } [{ $low } to { $high }], { $p }, { $q } (adjusted for the number of tests)
web-insights-none = No factor stands out yet.
web-insights-together = Taken together
web-insights-counts = { $quiet } factor tests show no clear link; { $waiting } need more data.
web-insights-trends = Trends
web-insights-trend_cramps = Cramps per week
web-insights-trend_pain = Pain
web-insights-trend_duration = Duration
web-insights-trend_line = { $name }: { $trend }
web-insights-chart_weeks = Nights with cramps, week by week
web-insights-chart_pain = Pain of each cramp (0-10)
web-insights-chart_hours = When cramps start (hour of night)

## Checkup
web-checkup-title = Checkup
web-checkup-answer_below = Answer them below.
web-checkup-rule = Rule { $rule } · sources:
web-checkup-questions = A few questions about warning signs
web-checkup-last_answers = { $name }'s last answers (read-only):
web-checkup-not_answered = not answered
web-checkup-check = Check
web-checkup-caution = nightcramp informs; it does not diagnose. If you are worried, see a doctor whatever this says.

## Guide, sources, stretch, plan
web-guide-title = Guide
web-guide-stretch = Bedtime stretch, with a timer
web-guide-sources = Where every statement comes from, and what kind of evidence each is.
web-guide-caution = nightcramp informs; it does not diagnose.
web-topic-all = All topics
web-sources-title = Sources
web-sources-lead = Every statement in nightcramp names where it comes from. Here is each source in full, with the kind of evidence it is.
web-sources-kind = Kind of evidence:
web-sources-back = Back to the guide
web-stretch-start = Start 30 seconds
web-plan-hint = The prevention steps, most relevant to you first.
web-plan-lately = Lately:
web-plan-reminders = Reminders in your calendar
web-plan-reminders_what = Water through the day and the bedtime stretch, every day:
web-plan-subscribe = subscribe to the calendar
web-plan-reminders_times = (bedtime 22:30 and waking 07:00 unless the link names others, as in bedtime=23:00 and wake=06:30).
web-plan-caution = Never stop a prescribed medicine on your own: talk to your prescriber.
web-calendar-invalid = This calendar link is not valid; copy it again from the plan page.

## Experiments
web-experiment-title = Testing a change on yourself
web-experiment-design = { $pairs } pairs of { $nights }-night periods; the first { $washout } nights of each are not counted.
web-experiment-progress = { $done } of { $total } nights, { $complete } of { $pairs } pairs complete.
web-experiment-period = Period
web-experiment-nights = Nights
web-experiment-arm = Arm
web-experiment-arm-change = change
web-experiment-arm-usual = usual
web-experiment-span = { $from } to { $to }
web-experiment-stop = Stop the experiment
web-experiment-so_far = What it shows so far
web-experiment-counted = Counted nights: { $change } change, { $usual } usual; { $washout } settling-in and { $unknown } unlogged nights left out. Cramps: { $change_cramps } on change nights, { $usual_cramps } on usual nights.
web-experiment-start_title = Start an experiment
web-experiment-what = What to test
web-experiment-something_else = something else
web-experiment-other = Something else (a factor, such as custom:pillow under knees)
web-experiment-pairs = Pairs of periods (2 to 8)
web-experiment-first_night = First night (optional: tonight when your last two weeks are logged)
web-experiment-start = Start
web-experiment-limits = What a result can and cannot tell you
web-experiment-more = More in the guide
web-experiment-chart_periods = Cramps per counted night, period by period
web-experiment-chart_curve = How likely each rate ratio is (below 1: fewer cramps with the change)
web-experiment-rate_ratio = rate ratio { $ratio }
web-experiment-bad_pairs = Pairs of periods: { $value } is not a number.
web-experiment-not_started = The experiment was not started: { $why }.
web-experiment-unreadable = The experiment could not be read just now.
web-experiment-unsaved = The experiment could not be saved just now. Nothing was changed; please try again.
web-experiment-unstopped = The experiment could not be stopped just now. Please try again.

## Import
web-import-title = Import from a watch or phone
web-import-intro = Steps, exercise minutes and hours asleep fill themselves in from the export of your phone or watch. What you typed yourself is never overwritten; where the export says something else, both values are listed below after the import.
web-import-apple = Health app, your picture, Export All Health Data: the export.zip (or the export.xml inside it).
web-import-fitbit = Google Takeout with Fitbit selected: the takeout-….zip.
web-import-garmin = your Garmin account's Export Your Data: the zip it sends.
web-import-samsung = the app's settings, Download personal data: it saves a folder; make a zip of that folder and choose the zip.
web-import-health_connect = its settings, export your data: the zip it saves (or the health_connect_export.db inside it).
web-import-file = Export file
web-import-start = Import
web-import-noscript = Uploading needs JavaScript. Without it, import from a terminal:
web-import-again = Importing the same export twice adds nothing. A newer export brings the new days and updates days an older export brought only in part.
web-import-result_days = { $kind }: { $days ->
    [one] 1 day read.
   *[other] { $days } days read.
}
web-import-result_counts = { $added } new values, { $updated } updated, { $already } already in the diary.
web-upload-broke = the upload broke off ({ $detail }). Nothing was imported.
web-upload-too_big = the upload is larger than { $gb } GB; import it with `nightcramp import` instead. Nothing was imported.
web-upload-empty = the upload was empty: choose an export file
web-upload-not_export = this is not an export nightcramp can read: choose Apple Health's export.zip (or the export.xml inside it), a Google Takeout zip with Fitbit data, a Garmin account export zip, a zip of Samsung Health's personal data folder, or Health Connect's export zip. Diary files (CSV, JSON backups) are imported with `nightcramp import`. Nothing was imported.
web-upload-damaged = { $reason }. Nothing was imported.
web-upload-keeping = the server could not keep the upload (is its disk full?). Nothing was imported.

## Sharing and the audit log
web-shares-title = Sharing your diary
web-shares-intro = A clinician or researcher you share with can read your diary (nights, insights, checkup, report) but never change it, until the day you choose or until you end it. Every time they look, it shows under:
web-shares-audit_link = who read your diary
web-shares-with = Their account name
web-shares-until = Until (leave empty: until you end it)
web-shares-share = Share
web-shares-no_accounts = This diary belongs to no account yet. Sharing starts once people have accounts:
web-shares-yours = Your shares
web-shares-none = You have not shared your diary.
web-shares-end = End this share now
web-shares-until_day = can read it until { $day }
web-shares-until_ended = can read it until you end the share
web-shares-expired = ended (its last day passed)
web-shares-revoked = ended by you
web-shares-a_link = A link
web-shares-bad_until = Until: { $value } is not allowed; expected { $allowed }, or leave it empty.
web-audit-intro = Every look by someone other than you, every export, every change to your shares and every login to your account, oldest first. Nothing here can be changed or removed.
web-audit-nothing = Nothing yet.
web-audit-when = When
web-audit-who = Who
web-audit-what = What
web-audit-from = From where
web-audit-read = read your diary ({ $detail })
web-audit-export = exported it ({ $detail })
web-audit-share_added = shared it ({ $detail })
web-audit-share_revoked = ended a share ({ $detail })
web-audit-login = logged in
web-audit-login_failed = a login with a wrong password

## Clinicians and admins
web-people-title = Your patients
web-people-heading = People who shared their diary with you
web-people-intro = Most urgent first: the checkup of each diary, cramps a week over the last four weeks, and whether that count is rising. Read-only; each view is written to the person's audit log.
web-people-none = Nobody has shared a diary with you yet, or every share has ended.
web-people-person = Person
web-people-rate = Cramps a week
web-people-trend = Trend
web-people-open = Open
web-admin-title = Accounts
web-admin-intro = As an admin you decide who has an account here. You cannot read anyone's diary.
web-admin-role = Role
web-admin-since = Since
web-admin-remove = Remove
web-admin-remove_name = Remove { $name }
web-admin-remove_hint = A person whose diary holds entries is removed only from the command line, which backs the diary up first:
web-admin-add_title = Add an account
web-admin-password = Password (at least 8 characters)
web-admin-add = Add
web-admin-failed = The accounts could not be read or changed; try again.
web-role-person = person
web-role-clinician = clinician
web-role-researcher = researcher
web-role-admin = admin

## Logging in
web-login-title = Log in
web-login-name = Name
web-login-password = Password
web-login-rate_limited = Too many failed logins from this address; wait a minute and try again.
web-login-busy = Too many logins at once; wait a moment and try again.
web-login-wrong_password = Wrong password.
web-login-wrong_name = Wrong name or password.

## The report page's buttons
web-report-pdf = Download the PDF
web-report-print = Print
web-report-back = Back

## The phone script (values in braces are filled in by the script)
web-js-queued_refused = The diary refused a cramp saved on this phone ({ $reasons }). It is still kept on this phone.
web-js-queued_sent = Sent the cramp saved on this phone.
web-js-saved_offline = Saved on this phone. It will be sent when the diary is reachable again.
web-js-logged = Cramp logged. Rest now.
web-js-stretch_left = Left leg back
web-js-stretch_right = Right leg back
web-js-stretch_done_one = Done. Now: { $next }
web-js-stretch_done_both = Both sides done. Good night.
web-js-stretch_other_side = Start the other side
web-js-stretch_again = Start again
web-js-upload_progress = Uploading: { $done } of { $total }, { $rate }/s, about { $left } s left
web-js-upload_done = Uploaded. Reading the export…
web-js-upload_broke = The upload broke off (is the server still running?). Nothing was imported.
web-js-upload_unreadable = The server's answer was unreadable.
web-js-upload_failed = Import failed ({ $status }).
