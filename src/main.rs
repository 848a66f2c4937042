//! The `campspec` command: parse arguments, run, map the outcome to an exit code.

fn main() {
    std::process::exit(campspec::cli::run());
}
