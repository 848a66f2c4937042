//! YAML-stage rules: problems found while reading and parsing a file.

mod alias_expansion_limit;
mod control_character;
mod duplicate_key;
mod empty_file;
mod file_too_large;
mod inexact_number;
mod multiple_documents;
mod nesting_too_deep;
mod not_utf8;
mod unsupported_yaml;
mod yaml11_ambiguity;
mod yaml_syntax;

pub use alias_expansion_limit::AliasExpansionLimit;
pub use control_character::ControlCharacter;
pub use duplicate_key::DuplicateKey;
pub use empty_file::EmptyFile;
pub use file_too_large::FileTooLarge;
pub use inexact_number::InexactNumber;
pub use multiple_documents::MultipleDocuments;
pub use nesting_too_deep::NestingTooDeep;
pub use not_utf8::NotUtf8;
pub use unsupported_yaml::UnsupportedYaml;
pub use yaml_syntax::YamlSyntax;
pub use yaml11_ambiguity::Yaml11Ambiguity;
