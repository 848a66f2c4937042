//! `campspec init`: write a commented starter plan that checks clean.
//!
//! The plan's text comes from the library ([`campspec::scaffold`]); this file reads the
//! options, picks the schema reference, writes the file and says what to do next.

use super::{EXIT_FAILURE, EXIT_OK, print, print_error};
use campspec::fs::{create_dir, write_atomic};
use campspec::i18n::Lang;
use campspec::model::{Jurisdiction, Locale};
use campspec::msg;
use campspec::scaffold::{self, Options, code, currency, default_locale, schedule, timezone};
use campspec::schema::SCHEMA_ID;
use campspec::values::Date;
use clap::ValueEnum;
use std::path::{Path, PathBuf};

const AFTER_HELP: &str = "\
Examples:
  campspec init                               plan.campaign.yaml: Chinese, CN, CNY
  campspec init --jurisdiction US spring.campaign.yaml
  campspec init --jurisdiction EU --jurisdiction UK plans/autumn.campaign.yaml
  campspec init --locale en -                 print an English CN plan to stdout
  campspec init --today 2027-01-01 --force    plan from a fixed day, overwrite

The plan is a small but complete campaign that checks clean: teams, two goals, three
phases over a four-week window starting on the first Monday at least 30 days after
today, a budget, a spend-tier promotion, a coupon, stacking limits, guardrails,
customer-facing copy (one SMS), compliance, a risk and a material. The currency and
time zone follow the first jurisdiction: CN CNY Asia/Shanghai, EU EUR Europe/Berlin,
US USD America/New_York, UK GBP Europe/London.

The plan's id is FILE's name and the campaign's year: plans/summer-sale.campaign.yaml
starting in 2027 is summer-sale-2027. A name that is not an id as written (capitals,
spaces, Chinese) keeps its ASCII letters and digits and gains six hex digits from the
whole name, so two file names never give one id.

Its first line points editors with the YAML language server at the schema: by a
relative path when FILE is inside a checkout that has schema/campaign.schema.json,
otherwise by the schema's URL.

Exit codes: 0 written, 2 FILE exists (use --force), or bad arguments or an
unwritable FILE.";

/// The language of the starter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LocaleArg {
    /// Simplified Chinese names, copy and comments.
    #[value(name = "zh-CN", alias = "zh")]
    ZhCn,
    /// English names, copy and comments.
    #[value(name = "en")]
    En,
}

/// A jurisdiction whose rule packs the starter is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum JurisdictionArg {
    /// Mainland China: CNY, Asia/Shanghai.
    #[value(name = "CN")]
    Cn,
    /// European Union: EUR, Europe/Berlin.
    #[value(name = "EU")]
    Eu,
    /// United States: USD, America/New_York.
    #[value(name = "US")]
    Us,
    /// United Kingdom: GBP, Europe/London.
    #[value(name = "UK")]
    Uk,
}

impl From<JurisdictionArg> for Jurisdiction {
    fn from(j: JurisdictionArg) -> Jurisdiction {
        match j {
            JurisdictionArg::Cn => Jurisdiction::Cn,
            JurisdictionArg::Eu => Jurisdiction::Eu,
            JurisdictionArg::Us => Jurisdiction::Us,
            JurisdictionArg::Uk => Jurisdiction::Uk,
        }
    }
}

/// Write a commented starter plan that checks clean.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Where to write the plan; `-` prints it
    #[arg(value_name = "FILE", default_value = "plan.campaign.yaml")]
    pub file: PathBuf,

    /// Language of the names, copy and comments [default: zh-CN for CN, en otherwise]
    #[arg(long, value_enum, value_name = "LOCALE")]
    pub locale: Option<LocaleArg>,

    /// Jurisdiction to write for; repeat for several (the first sets the currency and time zone)
    #[arg(
        long = "jurisdiction",
        value_enum,
        value_name = "CODE",
        default_value = "CN",
        ignore_case = true,
        value_delimiter = ','
    )]
    pub jurisdictions: Vec<JurisdictionArg>,

    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,

    /// The day the dates are planned from, YYYY-MM-DD [default: today in the plan's time zone]
    #[arg(long, value_name = "DATE", env = "CAMPSPEC_TODAY")]
    pub today: Option<String>,
}

/// A path as typed in a shell: quoted when it holds anything but plain characters.
fn shell_word(path: &Path) -> String {
    let text = path.display().to_string();
    let plain = text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "._-/+:@,".contains(c));
    if plain && !text.is_empty() {
        text
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// Today in `timezone`, from the clock.
fn today_in(timezone: &str) -> jiff::civil::Date {
    let tz = campspec::values::time_zones()
        .get(timezone)
        .unwrap_or_else(|_| jiff::tz::TimeZone::system());
    jiff::Timestamp::now().to_zoned(tz).date()
}

pub fn run(args: Args) -> i32 {
    let lang = super::run_lang(None);
    let mut jurisdictions: Vec<Jurisdiction> = Vec::new();
    for j in args.jurisdictions.iter().map(|j| Jurisdiction::from(*j)) {
        if !jurisdictions.contains(&j) {
            jurisdictions.push(j);
        }
    }
    if jurisdictions.is_empty() {
        jurisdictions.push(Jurisdiction::Cn);
    }
    let locale = match args.locale {
        Some(LocaleArg::ZhCn) => Locale::ZhCn,
        Some(LocaleArg::En) => Locale::En,
        None => default_locale(&jurisdictions),
    };
    let first = jurisdictions.first().copied().unwrap_or(Jurisdiction::Cn);
    let today = match &args.today {
        Some(text) => match Date::parse(text) {
            Ok(day) => day.get(),
            Err(e) => {
                print_error(&msg!("run-bad-today", problem = e.message).render(lang));
                return EXIT_FAILURE;
            }
        },
        None => today_in(timezone(first)),
    };
    let to_stdout = args.file.as_os_str() == "-";
    let file_name = (!to_stdout)
        .then(|| args.file.file_name())
        .flatten()
        .map(|name| name.to_string_lossy().into_owned());
    let options = Options {
        locale,
        jurisdictions,
        today,
        file_name,
    };
    let schema = if to_stdout {
        SCHEMA_ID.to_owned()
    } else {
        scaffold::schema_ref(&args.file)
    };
    let text = match campspec::scaffold(&options, &schema) {
        Ok(text) => text,
        Err(message) => {
            print_error(&message);
            return EXIT_FAILURE;
        }
    };
    if to_stdout {
        print(&text);
        return EXIT_OK;
    }
    let file = &args.file;
    if file.is_dir() {
        print_error(
            &msg!(
                "init-is-directory",
                file = file.display().to_string(),
                example = shell_word(&file.join("plan.campaign.yaml"))
            )
            .render(lang),
        );
        return EXIT_FAILURE;
    }
    if file.symlink_metadata().is_ok() && !args.force {
        print_error(&msg!("init-exists", file = file.display().to_string()).render(lang));
        return EXIT_FAILURE;
    }
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty())
        && let Err(e) = create_dir(parent)
    {
        print_error(&e.render(lang));
        return EXIT_FAILURE;
    }
    if let Err(e) = write_atomic(file, text.as_bytes(), &[]) {
        print_error(&e.render(lang));
        return EXIT_FAILURE;
    }
    let message = wrote(file, &options, &schema, lang);
    // The file name is the user's, written as given: its control characters are shown
    // as escapes, and no line starts like a workflow command.
    print(&campspec::escape::no_commands(
        campspec::escape::lines(&message).into_owned(),
    ));
    EXIT_OK
}

/// What `init` says once the plan is written: what it holds, and what to do next.
fn wrote(file: &Path, options: &Options, schema: &str, lang: Lang) -> String {
    let first = options
        .jurisdictions
        .first()
        .copied()
        .unwrap_or(Jurisdiction::Cn);
    let codes: Vec<&str> = options.jurisdictions.iter().map(|j| code(*j)).collect();
    let separator = msg!("list-separator").render(lang);
    let file_shown = file.display().to_string();
    let codes = codes.join(&separator);
    let (currency, timezone) = (currency(first).0, timezone(first));
    let locale = options.locale.as_str();
    let wrote = match schedule(options.today) {
        Some(days) => msg!(
            "init-wrote-dated",
            file = &file_shown,
            locale = locale,
            jurisdictions = codes,
            currency = currency,
            timezone = timezone,
            start = Date::from(days.start),
            end = Date::from(days.end)
        ),
        None => msg!(
            "init-wrote",
            file = &file_shown,
            locale = locale,
            jurisdictions = codes,
            currency = currency,
            timezone = timezone
        ),
    };
    let word = shell_word(file);
    format!(
        "{}\n{}\n\n{}\n  {}\n  {}\n",
        wrote.render(lang),
        msg!("init-schema", schema = schema).render(lang),
        msg!("init-next").render(lang),
        msg!("init-next-check", file = &word).render(lang),
        msg!("init-next-build", file = &word).render(lang),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words() {
        assert_eq!(
            shell_word(Path::new("plans/a.campaign.yaml")),
            "plans/a.campaign.yaml"
        );
        assert_eq!(shell_word(Path::new("my plan.yaml")), "'my plan.yaml'");
    }
}
