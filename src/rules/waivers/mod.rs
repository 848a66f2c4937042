//! Waiver rules: the findings the check stage reports about waivers themselves
//! (expired, unused, invalid). The waivers are applied by the check stage, after the
//! rules (`crate::check::waivers`), never by a rule; each rule's file says when it applies
//! and words its finding. These files import nothing from the registry: the check stage
//! looks the waived rule up and hands its [`crate::rules::Meta`] in.

mod waiver_expired;
mod waiver_invalid;
mod waiver_unused;

pub use waiver_expired::WaiverExpired;
pub use waiver_invalid::WaiverInvalid;
pub use waiver_unused::WaiverUnused;
