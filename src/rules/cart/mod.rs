//! Cart rules: what `campspec check` and `campspec simulate` check in a cart against its
//! plan. Each rule's `check_cart` looks at a cart and the plan it is priced with (a cart
//! is no plan, so these are not [`crate::rules::Rule::check`]s); K003 says when that
//! plan cannot be found.

mod cart_outside_window;
mod cart_plan;
mod cart_unknown_reference;

pub use cart_outside_window::CartOutsideWindow;
pub use cart_plan::CartPlan;
pub use cart_unknown_reference::CartUnknownReference;
