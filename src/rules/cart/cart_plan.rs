//! Rule K003 `cart-plan`: the plan a cart is priced with cannot be found, or is not the one it names.

use crate::i18n::Msg;
use crate::model::{CART, Loc};
use crate::rules::{Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// `campspec check` checks a cart (`*.cart.yaml`) against the plan it is priced
    /// with: the plan its `plan:` key names (a path relative to the cart), or else the
    /// plan found by convention — in the cart's directory or its parent, the plan whose
    /// file name starts the cart's (`cny-2027.campaign.yaml` for
    /// `cny-2027-diamond.cart.yaml`), or the only plan there. The rule fires when the
    /// plan named does not exist, when no plan is found, or when several fit.
    ///
    /// Under `campspec simulate`, a cart whose `plan:` names another file than the plan
    /// it is priced with gets this finding as a warning: the simulation goes on.
    ///
    /// ## Why it matters
    ///
    /// A cart is a test of a plan: without its plan, the coupons, member levels,
    /// scopes and order time it names cannot be checked, and a renamed coupon in the
    /// plan silently breaks the cart.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// plan: ../cny-2026.campaign.yaml     # no such file
    /// at: 2027-01-17 20:30
    /// ```
    ///
    /// ## How to fix
    ///
    /// Name the plan with `plan:`, relative to the cart file.
    pub struct CartPlan;
    code = "K003", name = "cart-plan", family = "cart",
    severity = Error, summary = "the plan a cart is priced with cannot be found"
}

/// Evaluated by `campspec check` and `campspec simulate` on carts (`crate::check`).
impl Rule for CartPlan {}

/// The help that says how to name a plan.
fn name_it() -> Msg {
    msg!("k003-help")
}

impl CartPlan {
    /// The plan named by `plan:` (`shown`) does not exist or cannot be read (`why`).
    pub fn unreadable(shown: &str, why: Msg) -> Draft {
        Draft::new(
            &Self::META,
            CART.plan(),
            msg!("k003-unreadable", path = shown, reason = why),
        )
        .help(name_it())
    }

    /// No plan by convention: none in the cart's directory `dir` nor in its `parent`.
    pub fn none_found(dir: &str, parent: &str) -> Draft {
        Draft::new(
            &Self::META,
            Loc::ROOT,
            msg!("k003-none", dir = dir, parent = parent),
        )
        .help(name_it())
    }

    /// Several plans fit the convention (`plans`: shown, joined).
    pub fn several(plans: &str) -> Draft {
        Draft::new(&Self::META, Loc::ROOT, msg!("k003-several", plans = plans)).help(name_it())
    }

    /// Under `campspec simulate`: the cart names `named` but is priced with `used` (a
    /// warning).
    pub fn other_plan(named: &str, used: &str) -> Draft {
        Draft::new(
            &Self::META,
            CART.plan(),
            msg!("k003-other-plan", named = named, used = used),
        )
        .help(msg!("k003-other-help"))
        .severity(Some(crate::finding::Severity::Warning))
    }
}
