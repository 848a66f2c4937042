//! `campspec schema`: print the JSON Schema of the campaign format.

use super::{EXIT_OK, print};
use campspec::schema;

const AFTER_HELP: &str = "\
Examples:
  campspec schema > campaign.schema.json

Editors with the YAML language server validate and complete specs that start with
  # yaml-language-server: $schema=<path to schema/campaign.schema.json>";

/// Print the JSON Schema (draft 2020-12) of the campaign format.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {}

pub fn run(_args: Args) -> i32 {
    print(&schema::schema_text());
    EXIT_OK
}
