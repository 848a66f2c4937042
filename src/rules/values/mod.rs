//! Value rules: facts about values that depend on the rest of the plan.

mod currency_mismatch;

pub use currency_mismatch::CurrencyMismatch;
