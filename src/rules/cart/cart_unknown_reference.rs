//! Rule K001 `cart-unknown-reference`: a cart names a coupon, member level or scope the plan does not have.

use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it checks
    ///
    /// A cart for `campspec simulate` refers to the plan it is priced with: the coupons
    /// the customer holds (`coupons`) must be coupons of the plan, `customer.member_level`
    /// a level of the plan's member price, and an item's `scope` — when it is close to a
    /// scope of the plan's coupons or discounts — exactly that scope.
    ///
    /// ## Why it matters
    ///
    /// A misspelt reference silently prices the cart without the offer it was meant to
    /// test, so the simulation proves nothing.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// customer: { member_level: dimond }     # the plan's levels: gold, platinum, diamond
    /// coupons: [win-bak]
    /// ```
    ///
    /// ## How to fix
    ///
    /// Use the id the plan gives (the help suggests the closest).
    pub struct CartUnknownReference;
    code = "K001", name = "cart-unknown-reference", family = "cart",
    severity = Error, summary = "a cart names a coupon, member level or scope the plan does not have"
}

/// Evaluated by `campspec simulate`.
impl Rule for CartUnknownReference {}
