//! `campspec server`: the language server, over stdin and stdout.

use super::{EXIT_FAILURE, EXIT_OK, print_error};
use campspec::server::{Ended, Options, serve_stdio};

const AFTER_HELP: &str = "\
Editors start it themselves: point the editor's language client at `campspec server`
for *.campaign.yaml files. It speaks the Language Server Protocol on stdin and stdout.";

/// Run the language server (LSP over stdio): findings while you type, hover on findings.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Where docs/rules.md is published: each diagnostic links to its rule's section there
    #[arg(long, value_name = "URL", env = "CAMPSPEC_RULES_URL")]
    pub rules_url: Option<String>,
}

pub fn run(args: Args) -> i32 {
    let options = Options {
        lang: super::lang_override(),
        rules_url: args.rules_url,
    };
    match serve_stdio(options) {
        Ok(Ended::Cleanly) => EXIT_OK,
        // The protocol's code for an `exit` that came without `shutdown`.
        Ok(Ended::WithoutShutdown) => 1,
        Err(error) => {
            print_error(&error);
            EXIT_FAILURE
        }
    }
}
