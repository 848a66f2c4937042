//! Rule K002 `cart-outside-window`: the cart's order time is outside the campaign window.

use crate::model::{CART, Campaign, Cart};
use crate::rules::{Draft, Rule};
use crate::{declare_rule, msg};

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

/// Evaluated by `campspec simulate`, through [`CartOutsideWindow::check_cart`].
impl Rule for CartOutsideWindow {}

impl CartOutsideWindow {
    /// The cart's order time, when it falls outside the plan's campaign window.
    pub fn check_cart(cart: &Cart, campaign: &Campaign, out: &mut Vec<Draft>) {
        let (Some(at), Some(window)) = (&cart.at, &campaign.window) else {
            return;
        };
        let day = crate::values::Date::from(at.date());
        let before = window.start.as_ref().is_some_and(|s| day < *s);
        let after = window.end.as_ref().is_some_and(|e| day > *e);
        if before || after {
            out.push(
                Draft::new(&Self::META, CART.at(), msg!("k002-outside", date = day))
                    .help(msg!("k002-help")),
            );
        }
    }
}
