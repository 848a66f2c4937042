//! `campspec init`: write a commented starter plan that checks clean.
//!
//! The plan's text comes from the library ([`campspec::scaffold`]); this file reads the
//! options, picks the schema reference, writes the file and says what to do next.

use super::{EXIT_FAILURE, EXIT_OK, print, print_error};
use campspec::fs::{create_dir, write_atomic};
use campspec::model::{Jurisdiction, Locale};
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
                print_error(&format!("--today: {}", e.message));
                return EXIT_FAILURE;
            }
        },
        None => today_in(timezone(first)),
    };
    let options = Options {
        locale,
        jurisdictions,
        today,
    };
    let to_stdout = args.file.as_os_str() == "-";
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
        print_error(&format!(
            "`{}` is a directory; name the plan file, e.g. {}",
            file.display(),
            shell_word(&file.join("plan.campaign.yaml"))
        ));
        return EXIT_FAILURE;
    }
    if file.symlink_metadata().is_ok() && !args.force {
        print_error(&format!(
            "`{}` already exists; campspec init does not overwrite it (use --force to replace it, or name another file)",
            file.display()
        ));
        return EXIT_FAILURE;
    }
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Err(e) = create_dir(parent) {
            print_error(&e.to_string());
            return EXIT_FAILURE;
        }
    }
    if let Err(e) = write_atomic(file, text.as_bytes(), &[]) {
        print_error(&e.to_string());
        return EXIT_FAILURE;
    }
    let days = schedule(today);
    let codes: Vec<&str> = options.jurisdictions.iter().map(|j| code(*j)).collect();
    let mut message = format!(
        "wrote {}: a starter plan in {} for {} ({}, {})",
        file.display(),
        locale.as_str(),
        codes.join(", "),
        currency(first).0,
        timezone(first),
    );
    if let Some(days) = days {
        message.push_str(&format!(
            ", {} to {}",
            Date::from(days.start),
            Date::from(days.end)
        ));
    }
    let word = shell_word(file);
    message.push_str(&format!(
        "\nschema for editors: {schema}\n\nnext:\n  campspec check {word}    check it (it starts clean)\n  campspec build {word}    write plan.md, plan.html, rules.json and calendar.ics to build/\n"
    ));
    // The file name is the user's, written as given: its control characters are shown
    // as escapes, and no line starts like a workflow command.
    print(&campspec::escape::no_commands(
        campspec::escape::lines(&message).into_owned(),
    ));
    EXIT_OK
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
