//! Cart rules: what `campspec simulate` checks in a cart against its plan. Each rule's
//! `check_cart` looks at a cart and the plan it is priced with (a cart is no plan, so
//! these are not [`crate::rules::Rule::check`]s).

mod cart_outside_window;
mod cart_unknown_reference;

pub use cart_outside_window::CartOutsideWindow;
pub use cart_unknown_reference::CartUnknownReference;
