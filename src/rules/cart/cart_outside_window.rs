//! Rule K002 `cart-outside-window`: the cart's order time is outside the campaign window.

use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it checks
    ///
    /// The cart's `at` falls inside the plan's campaign window.
    ///
    /// ## Why it matters
    ///
    /// Outside the window no offer runs: the simulation would show the list price and
    /// test nothing.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// at: 2027-03-01 10:00       # the window ends 2027-02-15
    /// ```
    ///
    /// ## How to fix
    ///
    /// Choose a time inside the window (and inside the phase of the offers to test).
    pub struct CartOutsideWindow;
    code = "K002", name = "cart-outside-window", family = "cart",
    severity = Warning, summary = "the cart's order time is outside the campaign window"
}

/// Evaluated by `campspec simulate`.
impl Rule for CartOutsideWindow {}
