//! Rule K001 `cart-unknown-reference`: a cart names a coupon, member level or scope the plan does not have.

use crate::model::{CART, Campaign, Cart, PromotionKind};
use crate::rules::refs::{did_you_mean, id_list};
use crate::rules::{Draft, Rule};
use crate::suggest;
use crate::{declare_rule, msg};
use std::collections::HashSet;

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

/// Evaluated by `campspec simulate`, through [`CartUnknownReference::check_cart`].
impl Rule for CartUnknownReference {}

impl CartUnknownReference {
    /// The cart's references the plan does not have: coupons, the member level, and
    /// item scopes close to (but not) a scope of the plan's offers.
    pub fn check_cart(cart: &Cart, campaign: &Campaign, out: &mut Vec<Draft>) {
        coupons(cart, campaign, out);
        member_level(cart, campaign, out);
        scopes(cart, campaign, out);
    }
}

fn coupons(cart: &Cart, campaign: &Campaign, out: &mut Vec<Draft>) {
    let coupon_ids: Vec<&str> = campaign
        .coupons
        .iter()
        .flat_map(|c| c.items())
        .map(|c| c.id.as_str())
        .collect();
    for (at, id) in cart.coupons.iter().flat_map(|c| c.iter_at(CART.coupons())) {
        if !coupon_ids.contains(&id.as_str()) {
            out.push(
                Draft::new(
                    &CartUnknownReference::META,
                    at,
                    msg!("k001-no-coupon", id = id),
                )
                .help(
                    did_you_mean(id.as_str(), coupon_ids.iter().copied()).unwrap_or_else(|| {
                        msg!("k001-coupons", list = id_list(coupon_ids.iter().copied()))
                    }),
                ),
            );
        }
    }
}

fn member_level(cart: &Cart, campaign: &Campaign, out: &mut Vec<Draft>) {
    let levels: Vec<&str> = campaign
        .promotions
        .iter()
        .flat_map(|p| p.items())
        .flat_map(|p| match &p.kind {
            PromotionKind::MemberPrice { levels, .. } => levels
                .known()
                .into_iter()
                .flat_map(|l| l.items())
                .map(|l| l.level.as_str())
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
        .collect();
    if let Some(level) = cart.customer.as_ref().and_then(|c| c.member_level.as_ref())
        && !levels.contains(&level.as_str())
    {
        out.push(
            Draft::new(
                &CartUnknownReference::META,
                CART.customer().member_level(),
                msg!("k001-no-level", level = level),
            )
            .help(
                did_you_mean(level.as_str(), levels.iter().copied()).unwrap_or_else(|| {
                    if levels.is_empty() {
                        msg!("k001-no-member-price")
                    } else {
                        msg!("k001-levels", list = id_list(levels.iter().copied()))
                    }
                }),
            ),
        );
    }
}

fn scopes(cart: &Cart, campaign: &Campaign, out: &mut Vec<Draft>) {
    let scopes: HashSet<&str> = campaign
        .coupons
        .iter()
        .flat_map(|c| c.items())
        .flat_map(|c| c.scope.iter().flat_map(|s| s.items().map(String::as_str)))
        .chain(
            campaign
                .promotions
                .iter()
                .flat_map(|p| p.items())
                .flat_map(|p| match &p.kind {
                    PromotionKind::Discount { scope: Some(s), .. } => {
                        s.items().map(String::as_str).collect::<Vec<_>>()
                    }
                    _ => Vec::new(),
                }),
        )
        .collect();
    for (item_at, item) in cart.items.iter().flat_map(|c| c.iter_at(CART.items())) {
        if let Some(scope) = &item.scope
            && !scopes.is_empty()
            && !scopes.contains(scope.as_str())
            && let Some(close) = suggest::closest(scope, scopes.iter().copied())
        {
            out.push(
                Draft::new(
                    &CartUnknownReference::META,
                    item_at.scope(),
                    msg!("k001-no-scope", scope = scope),
                )
                .help(msg!("plan-did-you-mean", name = close)),
            );
        }
    }
}
