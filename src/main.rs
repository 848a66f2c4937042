//! The `campspec` command: parse arguments, run, map the outcome to an exit code.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
