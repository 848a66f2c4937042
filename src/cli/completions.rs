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
  campspec man check > campspec-check.1";

/// Print the man page (roff), of campspec or of one command.
#[derive(clap::Args, Debug)]
#[command(after_help = MAN_HELP)]
pub struct ManArgs {
    /// A command, for its own page (`campspec-check(1)`)
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

pub fn man(args: ManArgs) -> i32 {
    let root = Cli::command();
    let man = match &args.command {
        None => clap_mangen::Man::new(root),
        Some(name) => match root.find_subcommand(name) {
            Some(sub) => clap_mangen::Man::new(sub.clone()).title(format!("campspec-{name}")),
            None => {
                print_error(&msg!("man-no-command", name = name).render(run_lang(None)));
                return EXIT_FAILURE;
            }
        },
    };
    let mut out = Vec::new();
    match man.render(&mut out) {
        Ok(()) => {
            print(&String::from_utf8_lossy(&out));
            EXIT_OK
        }
        Err(error) => {
            print_error(
                &msg!("man-cannot-render", error = error.to_string()).render(run_lang(None)),
            );
            EXIT_FAILURE
        }
    }
}
