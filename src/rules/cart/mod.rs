//! Cart rules: what `campspec simulate` checks in a cart against its plan.

mod cart_outside_window;
mod cart_unknown_reference;

pub use cart_outside_window::CartOutsideWindow;
pub use cart_unknown_reference::CartUnknownReference;
