//! Schema-stage rules: keys and values that do not fit the format.

mod invalid_value;
mod missing_key;
mod unknown_key;
mod unreadable_value;
mod wrong_type;

pub use invalid_value::InvalidValue;
pub use missing_key::MissingKey;
pub use unknown_key::UnknownKey;
pub use unreadable_value::UnreadableValue;
pub use wrong_type::WrongType;
