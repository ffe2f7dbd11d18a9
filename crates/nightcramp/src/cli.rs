/*!
The command line, as clap sees it: a faithful record of what was typed (ripgrep's
"low-level arguments"). Nothing here is validated beyond its shape; the commands turn these
strings into domain values through the core's validation, so a bad `--pain 11` gets the same
message as a bad CSV cell.
*/

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Log, understand and prevent nighttime leg cramps. Private: your diary stays in one file
/// on this machine.
#[derive(Debug, Parser)]
#[command(name = "nightcramp", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// The diary file [default: nightcramp/diary.db in your data folder]
    #[arg(long, global = true, env = "NIGHTCRAMP_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Whose diary, where several people keep one in this store
    #[arg(long, global = true, env = "NIGHTCRAMP_PERSON", value_name = "NAME")]
    pub person: Option<String>,

    /// Without a command: last night, the last four weeks, and what to do next.
    #[command(subcommand)]
    pub command: Option<Command>,
}

// Parsed once per run: the size difference between variants costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log a cramp (now, or --at 02:40). Everything but the time has a default.
    #[command(alias = "c")]
    Cramp(CrampArgs),
    /// Confirm last night (--none: no cramps), or show a night.
    Night(NightArgs),
    /// Record the day before a night: standing, exercise, water, caffeine, stretching...
    Day(DayArgs),
    /// Show or set your profile (birth year, time zone, pregnancy, conditions).
    Profile(ProfileArgs),
    /// Your medicines: some are linked to cramps, which the checkup takes into account.
    #[command(subcommand)]
    Meds(MedsCommand),
    /// Recent entries, night by night.
    List(ListArgs),
    /// Every night from the first record to the last, with its status.
    Nights(NightsArgs),
    /// Change a logged cramp.
    Edit(EditArgs),
    /// Delete a cramp, a check-in or a medicine by its id.
    Delete(DeleteArgs),
    /// Import episodes.csv, days.csv or a JSON backup (recognised by content).
    Import(ImportArgs),
    /// Export the diary: a lossless JSON backup, or the two CSV files.
    Export(ExportArgs),
    /// Read about night cramps: what they are, causes, prevention, when to see a doctor.
    Guide(GuideArgs),
    /// Should you see a doctor, and how soon? Reads your diary; --screen asks a few questions.
    Checkup(CheckupArgs),
    /// What seems to drive your cramps and what seems to help, with trends. --habit X --since
    /// DATE asks whether a habit you started helped.
    Insights(InsightsArgs),
    /// Your prevention plan: the five prevention steps and more, ranked for you.
    Plan(PlanArgs),
    /// Test one habit on yourself: periods with and without it, in random order, and an
    /// honest answer at the end. Alone: the experiment under way and tonight's assignment.
    Experiment(ExperimentArgs),
    /// A consistent copy of the diary file, safe to take while `serve` is running.
    Backup {
        /// Where to write the copy
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
    /// Bring back a backup after checking it. Your current diary is kept beside it first.
    Restore {
        /// The backup file (from `nightcramp backup`)
        file: std::path::PathBuf,
        /// Do not ask for confirmation
        #[arg(long, short)]
        yes: bool,
    },
    /// Copy the whole diary to another store (a diary file, or a PostgreSQL URL), in one
    /// transaction: to move from one file to a shared database, or back.
    Copy {
        /// The store to copy to: a file path or postgres://user@host/db
        #[arg(long, value_name = "DB")]
        to: String,
        /// Replace a diary already there (it is backed up first)
        #[arg(long)]
        replace: bool,
    },
    /// A report for your doctor: PDF (or HTML when the file ends in .html).
    Report {
        /// Where to write it: report.pdf or report.html
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
        /// The first night [default: twelve weeks before --to, or the first record]
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// The last night [default: last night]
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// The report's language, for a doctor who reads another: en, es, de or fr [default: yours]
        #[arg(long, value_name = "LANGUAGE")]
        language: Option<String>,
    },
    /// Calendar reminders (iCalendar): water through the day and the bedtime stretch.
    Reminders {
        /// Where to write the .ics file ("-" for standard output)
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
        /// When you go to bed (the stretch reminder comes 10 minutes before)
        #[arg(long, default_value = "22:30", value_name = "HH:MM")]
        bedtime: String,
        /// When you get up
        #[arg(long, default_value = "07:00", value_name = "HH:MM")]
        wake: String,
        /// How many water reminders a day (0 to 12; 4 by default, none when your profile
        /// lists heart failure, kidney disease or cirrhosis: ask your care team)
        #[arg(long)]
        water: Option<u8>,
    },
    /// Serve the web app (phone-friendly) from this diary, on 127.0.0.1:8787 by default.
    Serve(ServeArgs),
    /// Accounts, for a household, a clinic or a study: each person keeps their own diary.
    #[command(subcommand)]
    Accounts(AccountsCommand),
    /// Let a clinician or researcher read this diary, or make a read-only link to its report.
    #[command(subcommand)]
    Share(ShareCommand),
    /// Who read this diary, what was exported, which shares changed, every login.
    Audit {
        #[arg(long)]
        json: bool,
    },
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct ExperimentArgs {
    #[command(subcommand)]
    pub command: Option<ExperimentCommand>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ExperimentCommand {
    /// Fix and store the schedule of a new experiment (one runs at a time).
    Start {
        /// What to test: stretched, massage, tight_blankets (loose blankets),
        /// caffeine_drinks=0, light_activity_min=30, custom:NAME... Never a medicine or a
        /// supplement: that is a trial for your prescriber.
        #[arg(long, value_name = "FACTOR[=VALUE]")]
        change: String,
        /// Pairs of periods, 2 to 8 [default: 4]
        #[arg(long, value_name = "N")]
        pairs: Option<String>,
        /// Nights in each period, 7 to 28 [default: 14; 7 when cramps come nearly every night]
        #[arg(long, value_name = "N")]
        period_nights: Option<String>,
        /// Nights at the start of each period left out of the analysis [default: 2; 3 for
        /// caffeine, alcohol and amounts]
        #[arg(long, value_name = "N")]
        washout_nights: Option<String>,
        /// The first night (tonight or later) [default: tonight when the last two weeks are
        /// logged, else in two weeks, after a baseline]
        #[arg(long, value_name = "DATE")]
        start: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// What the experiment shows so far (only complete pairs of periods count).
    Result {
        #[arg(long)]
        json: bool,
        /// The last night to count [default: last night]
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// End the experiment early. It is kept, marked stopped.
    Stop {
        #[arg(long)]
        json: bool,
    },
}

/// What describes a cramp: shared by `cramp` (where each has a default) and `edit` (where
/// each replaces what was logged).
#[derive(Debug, Args)]
pub struct EpisodeFlags {
    /// When it started: 02:40 (the most recent 02:40), 2026-11-29T02:40, or a full RFC 3339 time
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// left, right or both [cramp's default: as your last cramp, else left]
    #[arg(long)]
    pub side: Option<String>,
    /// calf, foot, toes, shin, thigh_back, thigh_front, other [default: as your last cramp, else calf]
    #[arg(long)]
    pub muscle: Option<String>,
    /// Pain from 1 to 10 [default: as your last cramp, else 5]
    #[arg(long, alias = "intensity", value_name = "1-10")]
    pub pain: Option<String>,
    /// How long the muscle stayed hard: 40s, 2m, 1m30s [default: 1m]
    #[arg(long, value_name = "DURATION")]
    pub lasted: Option<String>,
    /// Hours of soreness afterwards
    #[arg(long, value_name = "HOURS")]
    pub soreness: Option<String>,
    /// What helped: stretch, walk, massage, heat, nothing, other (comma-separated)
    #[arg(long, value_name = "LIST")]
    pub relief: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct CrampArgs {
    #[command(flatten)]
    pub episode: EpisodeFlags,
    /// It did not wake you (by default a logged cramp woke you)
    #[arg(long)]
    pub no_woke: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct NightArgs {
    /// The night had no cramps
    #[arg(long)]
    pub none: bool,
    /// Which night: the date of its evening (YYYY-MM-DD, yesterday, today) [default: last night]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// How much cramps disturbed your sleep, 0 to 10
    #[arg(long, value_name = "0-10")]
    pub disturbance: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// Yes/no factors take an optional value: `--stretched` records yes, `--stretched no` a no.
#[derive(Debug, Args)]
pub struct DayArgs {
    /// The day (YYYY-MM-DD, today, yesterday) [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Hours on your feet: 9, 9h, 90min
    #[arg(long, value_name = "HOURS")]
    pub standing: Option<String>,
    /// Minutes of exercise: 45, 1.5h
    #[arg(long, value_name = "MINUTES")]
    pub exercise: Option<String>,
    /// none, light, moderate, vigorous
    #[arg(long, value_name = "LEVEL")]
    pub exercise_intensity: Option<String>,
    #[arg(long)]
    pub steps: Option<String>,
    /// Litres drunk: 1.5, 1.5l, 750ml
    #[arg(long, value_name = "LITRES")]
    pub water: Option<String>,
    /// Heavy sweating (yes/no)
    #[arg(long, num_args = 0..=1, default_missing_value = "yes", value_name = "YES/NO")]
    pub sweating: Option<String>,
    /// Urine colour, 1 (pale) to 8 (dark)
    #[arg(long, value_name = "1-8")]
    pub urine: Option<String>,
    /// Caffeinated drinks
    #[arg(long, value_name = "CUPS")]
    pub caffeine: Option<String>,
    /// Standard alcoholic drinks
    #[arg(long, value_name = "DRINKS")]
    pub alcohol: Option<String>,
    /// Hours sitting
    #[arg(long, value_name = "HOURS")]
    pub sitting: Option<String>,
    /// back_supported, back, side, side_curled, stomach
    #[arg(long, value_name = "POSITION")]
    pub position: Option<String>,
    /// Tight or tucked-in blankets (yes/no)
    #[arg(long, num_args = 0..=1, default_missing_value = "yes", value_name = "YES/NO")]
    pub tight_blankets: Option<String>,
    /// Calf stretch before bed (yes/no)
    #[arg(long, num_args = 0..=1, default_missing_value = "yes", value_name = "YES/NO")]
    pub stretched: Option<String>,
    /// Leg massage before bed (yes/no)
    #[arg(long, num_args = 0..=1, default_missing_value = "yes", value_name = "YES/NO")]
    pub massage: Option<String>,
    /// Minutes of walking, swimming, yoga
    #[arg(long, value_name = "MINUTES")]
    pub light_activity: Option<String>,
    /// Magnesium supplement, mg
    #[arg(long, value_name = "MG")]
    pub magnesium: Option<String>,
    /// Hours asleep the night after this day
    #[arg(long, value_name = "HOURS")]
    pub sleep: Option<String>,
    /// Any factor as NAME=VALUE: your own ("long drive=yes", "ate late=1") or a column of the diary
    #[arg(long, value_name = "NAME=VALUE")]
    pub factor: Vec<String>,
    /// Remove a recorded factor (its column name, or your own factor's name)
    #[arg(long, value_name = "NAME")]
    pub clear: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ProfileArgs {
    #[arg(long, value_name = "YYYY")]
    pub birth_year: Option<String>,
    /// IANA time zone name, such as Europe/Berlin
    #[arg(long, value_name = "IANA_NAME")]
    pub timezone: Option<String>,
    /// yes or no
    #[arg(long, value_name = "YES/NO")]
    pub pregnant: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub due_date: Option<String>,
    /// yes or no
    #[arg(long, value_name = "YES/NO")]
    pub athlete: Option<String>,
    /// Add a condition: diabetes, kidney_disease, thyroid_disorder, peripheral_nerve_disorder, spinal_problems, circulation_problems, cirrhosis
    #[arg(long, value_name = "CONDITION")]
    pub condition: Vec<String>,
    /// Remove a condition
    #[arg(long, value_name = "CONDITION")]
    pub remove_condition: Vec<String>,
    /// The language nightcramp speaks to you: en, es, de or fr; auto follows the terminal and the browser
    #[arg(long, value_name = "LANGUAGE")]
    pub language: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum MedsCommand {
    /// Add a medicine. Known names fill in their class (hydrochlorothiazide, atorvastatin...).
    Add {
        #[arg(long)]
        name: String,
        /// Drug class; see `nightcramp meds classes`
        #[arg(long)]
        class: Option<String>,
        /// When you started it (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        since: String,
        /// When you stopped it
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
    },
    /// Record that you stopped taking a medicine (by name or id)
    Stop {
        name_or_id: String,
        /// [default: today]
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// List your medicines
    List {
        #[arg(long)]
        json: bool,
    },
    /// The drug classes and what is known about their link to cramps
    Classes,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// How many nights back
    #[arg(long, default_value_t = 14)]
    pub nights: u32,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct NightsArgs {
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The cramp's id (the first 6 or more characters are enough)
    pub id: String,
    #[command(flatten)]
    pub episode: EpisodeFlags,
    /// Did it wake you (yes/no)
    #[arg(long, value_name = "YES/NO")]
    pub woke: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The id of a cramp, check-in or medicine (6 or more characters are enough)
    pub id: String,
    /// Do not ask for confirmation
    #[arg(long, short)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Import the good rows and report the bad ones (by default any bad row stops the import)
    #[arg(long)]
    pub skip_bad: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
    /// An HL7 FHIR R4 Bundle for a clinician's system
    Fhir,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// A file for json and fhir ("-" for standard output); a folder for csv
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// The FHIR bundle's display texts in this language: en, es, de or fr [default: yours]
    #[arg(long, value_name = "LANGUAGE")]
    pub language: Option<String>,
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    /// urgent, what, who, causes, prevention, stretch, during, doctor, treatments,
    /// experiments, sources
    pub topic: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CheckupArgs {
    /// Ask the questionnaire's questions here (answers y/n; Enter skips)
    #[arg(long)]
    pub screen: bool,
    /// Answer a question yes by its id (see --questions)
    #[arg(long, value_name = "QUESTION")]
    pub yes: Vec<String>,
    /// Answer a question no by its id
    #[arg(long, value_name = "QUESTION")]
    pub no: Vec<String>,
    /// List the questions and their ids
    #[arg(long)]
    pub questions: bool,
    /// The last night to consider [default: last night]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct InsightsArgs {
    /// Show every factor, including those with no clear link or not enough data yet
    #[arg(long)]
    pub all: bool,
    /// A habit to judge (a factor such as stretched, or your own), with --since
    #[arg(long, value_name = "FACTOR", requires = "since")]
    pub habit: Option<String>,
    /// When you started the habit (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", requires = "habit")]
    pub since: Option<String>,
    /// The last night to consider [default: last night]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The last night to consider [default: last night]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on. Anything but loopback needs a password.
    #[arg(long, default_value = "127.0.0.1:8787", value_name = "ADDR:PORT")]
    pub listen: String,
    /// A file holding the password (its first line); or set NIGHTCRAMP_PASSWORD
    #[arg(long, value_name = "PATH")]
    pub password_file: Option<std::path::PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// Add an account. The password is read from --password-file, or one line of standard
    /// input. The first person added keeps the diary that is already here.
    Add {
        name: String,
        /// person (keeps a diary), clinician, researcher or admin
        #[arg(long, default_value = "person")]
        role: String,
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },
    /// Every account, with its role
    List {
        #[arg(long)]
        json: bool,
    },
    /// Set a new password (from --password-file or standard input)
    Password {
        name: String,
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },
    /// Remove an account and its shares. A person whose diary holds entries is removed only
    /// with --delete-diary, which backs the store up first.
    Remove {
        name: String,
        #[arg(long)]
        delete_diary: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ShareCommand {
    /// Give a clinician or researcher read access to the diary
    Add {
        /// The account to share with
        #[arg(long, value_name = "NAME")]
        with: String,
        /// The last day the share opens the diary (YYYY-MM-DD) [default: until revoked]
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
    },
    /// Make a link that opens a read-only report of the diary, with no account
    Link {
        /// The last day the link works (YYYY-MM-DD) [default: 30 days from today]
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// The address the web app is reached at
        #[arg(long, default_value = "http://127.0.0.1:8787", value_name = "URL")]
        base: String,
    },
    /// The diary's shares: active, expired and revoked
    List {
        #[arg(long)]
        json: bool,
    },
    /// End a share at once (its id, or the first characters of it)
    Revoke { id: String },
}
