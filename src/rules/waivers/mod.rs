//! Waiver rules: the findings the check stage reports about waivers themselves
//! (expired, unused, invalid). The waivers are applied by the check stage, after the
//! rules (`crate::waivers`), never by a rule.

mod waiver_expired;
mod waiver_invalid;
mod waiver_unused;

pub use waiver_expired::WaiverExpired;
pub use waiver_invalid::WaiverInvalid;
pub use waiver_unused::WaiverUnused;
