//! Internal rules: campspec itself failed on a file (a bug in campspec, not in the plan).

mod internal_error;

pub use internal_error::InternalError;
