//! `campspec completions SHELL` and `campspec man`: shell completion scripts and the
//! man page, generated from the command-line definition so they never drift from it.

use super::{Cli, EXIT_FAILURE, EXIT_OK, print, print_error, run_lang};
use campspec::msg;
use clap::CommandFactory;

const COMPLETIONS_HELP: &str = "\
Examples:
  campspec completions bash > /etc/bash_completion.d/campspec
  campspec completions zsh > \"${fpath[1]}/_campspec\"
  campspec completions fish > ~/.config/fish/completions/campspec.fish";

/// Print a shell completion script.
#[derive(clap::Args, Debug)]
#[command(after_help = COMPLETIONS_HELP)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn completions(args: CompletionsArgs) -> i32 {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "campspec", &mut out);
    print(&String::from_utf8_lossy(&out));
    EXIT_OK
}

const MAN_HELP: &str = "\
Examples:
  campspec man > campspec.1 && man ./campspec.1
  campspec man check > campspec-check.1
  campspec man --dir ~/.local/share/man/man1    every page: campspec.1, campspec-check.1, …

Each command has its own page, named campspec-COMMAND(1) (campspec-check(1),
campspec-diff(1), …): the file campspec-COMMAND.1, the same name in its title and
NAME section, as man expects.";

/// Print the man page (roff), of campspec or of one command.
#[derive(clap::Args, Debug)]
#[command(after_help = MAN_HELP)]
pub struct ManArgs {
    /// A command, for its own page (`campspec-check(1)`)
    #[arg(value_name = "COMMAND", conflicts_with = "dir")]
    pub command: Option<String>,

    /// Write every page into DIR (campspec.1, campspec-check.1, …) instead of printing one
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
}

/// The command line, built: each command is named `campspec-COMMAND` (its page's name
/// and title) and used as `campspec COMMAND` (its synopsis).
fn built() -> clap::Command {
    let mut root = Cli::command();
    root.build();
    root
}

/// The pages `campspec man --dir` writes: campspec's, then one per command.
fn pages() -> Vec<clap_mangen::Man> {
    let root = built();
    let commands: Vec<clap::Command> = root
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
        .cloned()
        .collect();
    std::iter::once(root).chain(commands).map(page).collect()
}

/// The page of `command`, its footer naming campspec and its version.
fn page(command: clap::Command) -> clap_mangen::Man {
    clap_mangen::Man::new(command).source(format!("campspec {}", env!("CARGO_PKG_VERSION")))
}

/// A page as roff.
fn render(man: &clap_mangen::Man) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    man.render(&mut out).map_err(|error| {
        msg!("man-cannot-render", error = error.to_string()).render(run_lang(None))
    })?;
    Ok(out)
}

/// Writes every page into `dir`, each atomically; lists the files written.
fn write_pages(dir: &std::path::Path) -> Result<String, String> {
    let lang = run_lang(None);
    campspec::fs::create_dir(dir).map_err(|e| e.render(lang))?;
    let mut written = String::new();
    for man in pages() {
        let path = dir.join(man.get_filename());
        campspec::fs::write_atomic(&path, &render(&man)?, &[]).map_err(|e| e.render(lang))?;
        written.push_str(&campspec::escape::line(&path.display().to_string()));
        written.push('\n');
    }
    Ok(written)
}

pub fn man(args: ManArgs) -> i32 {
    if let Some(dir) = &args.dir {
        return match write_pages(dir) {
            Ok(written) => {
                print(&written);
                EXIT_OK
            }
            Err(message) => {
                print_error(&message);
                EXIT_FAILURE
            }
        };
    }
    let root = built();
    let man = match &args.command {
        None => page(root),
        Some(name) => match root.find_subcommand(name) {
            Some(sub) => page(sub.clone()),
            None => {
                print_error(&msg!("man-no-command", name = name).render(run_lang(None)));
                return EXIT_FAILURE;
            }
        },
    };
    match render(&man) {
        Ok(out) => {
            print(&String::from_utf8_lossy(&out));
            EXIT_OK
        }
        Err(message) => {
            print_error(&message);
            EXIT_FAILURE
        }
    }
}
