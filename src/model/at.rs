//! Typed locations: where a model value is written, as a JSON pointer built from the
//! model's own field names, never from hand-written strings.
//!
//! [`PLAN`] is the root of a campaign plan (and [`CART`] of a `simulate` cart). Each
//! field accessor — generated below from one list per model type, which a unit test
//! compares with the generated JSON schema — extends a location by that field's name:
//! `PLAN.window().start()` is `/window/start`. A list field is an `At<List<T>>`, whose
//! [`List::iter_at`] yields each item with its own `At<T>`, so a rule takes an item's
//! place from the model (`for (at, phase) in campaign.phases_at() { … at.start() … }`)
//! and every token is escaped by [`crate::source::pointer`].

use super::{
    AddOn, Approval, Audience, Budget, BudgetLine, Campaign, Cart, CartItem, Compliance, Copy,
    Coupon, Customer, Fee, GiftTier, Goal, GoalPart, GoalResult, Guardrails, List, Material,
    MemberLevel, Messaging, PersonalData, Phase, PointsRedeem, Prize, Promotion, ReferencePrice,
    ResultDetail, Risk, Stacking, Subscription, Team, Tier, Validity, Waiver, Window,
};
use crate::source::pointer;
use std::fmt;
use std::marker::PhantomData;

/// How many steps a location holds without allocating (`/promotions/0/tiers/1/spend`
/// is five, the deepest the model has); a deeper one is written out as text.
const DEPTH: usize = 5;

/// One step of a location.
#[derive(Clone, Debug, Default)]
enum Step {
    #[default]
    Unused,
    /// A field name of the model (one word wide: a location is small enough to move).
    Field(&'static &'static str),
    /// A list index.
    Index(usize),
    /// A key written in the plan (a goal id keying `results`).
    Entry(std::sync::Arc<String>),
}

const UNUSED: Step = Step::Unused;

#[derive(Clone, Debug)]
enum Repr {
    /// Steps from the root, written out only when a pointer is needed: rules locate
    /// every item they visit and report on few.
    Steps([Step; DEPTH], u8),
    /// A pointer as text.
    Text(String),
}

/// A JSON pointer (RFC 6901) into a plan, every token escaped when it is written out.
///
/// Built from [`At`] field accessors; [`Loc::walked`] takes a pointer found by walking
/// the document or reported by an earlier stage (never one written by hand).
#[derive(Clone, Debug)]
pub struct Loc(Repr);

impl Loc {
    /// The whole document (`""`).
    pub const ROOT: Loc = Loc(Repr::Steps([UNUSED; DEPTH], 0));

    /// A pointer found by walking the document, or reported by an earlier stage.
    pub fn walked(pointer: impl Into<String>) -> Loc {
        Loc(Repr::Text(pointer.into()))
    }

    /// The pointer, written out.
    pub fn pointer(&self) -> String {
        match &self.0 {
            Repr::Text(text) => text.clone(),
            Repr::Steps(steps, len) => {
                let mut out = String::new();
                for step in steps.iter().take(usize::from(*len)) {
                    write_step(&mut out, step);
                }
                out
            }
        }
    }

    /// This location extended by one step.
    fn then(&self, step: Step) -> Loc {
        match &self.0 {
            Repr::Steps(steps, len) if usize::from(*len) < DEPTH => {
                let mut steps = steps.clone();
                if let Some(slot) = steps.get_mut(usize::from(*len)) {
                    *slot = step;
                }
                Loc(Repr::Steps(steps, len.saturating_add(1)))
            }
            _ => {
                let mut out = self.pointer();
                write_step(&mut out, &step);
                Loc(Repr::Text(out))
            }
        }
    }

    /// This location extended by one key. Private: field names come from the generated
    /// accessors, keys written in the plan from [`At::entry`].
    fn field(&self, name: &'static &'static str) -> Loc {
        self.then(Step::Field(name))
    }

    /// This location extended by a list index.
    fn index(&self, index: usize) -> Loc {
        self.then(Step::Index(index))
    }
}

fn write_step(out: &mut String, step: &Step) {
    match step {
        Step::Unused => {}
        Step::Field(name) => pointer::push_token(out, name),
        Step::Index(index) => pointer::push_index(out, *index),
        Step::Entry(key) => pointer::push_token(out, key),
    }
}

impl PartialEq for Loc {
    fn eq(&self, other: &Self) -> bool {
        self.pointer() == other.pointer()
    }
}

impl Eq for Loc {}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.pointer())
    }
}

impl From<Loc> for String {
    fn from(loc: Loc) -> String {
        match loc.0 {
            Repr::Text(text) => text,
            Repr::Steps(..) => loc.pointer(),
        }
    }
}

impl From<&Loc> for Loc {
    fn from(loc: &Loc) -> Loc {
        loc.clone()
    }
}

/// The location of a model value of type `T`: its field accessors give the locations
/// of its fields. Dereferences to its [`Loc`].
pub struct At<T> {
    loc: Loc,
    of: PhantomData<fn() -> T>,
}

impl<T> At<T> {
    const fn new(loc: Loc) -> At<T> {
        At {
            loc,
            of: PhantomData,
        }
    }

    /// The untyped location.
    pub fn loc(&self) -> &Loc {
        &self.loc
    }
}

impl<T> Clone for At<T> {
    fn clone(&self) -> Self {
        At::new(self.loc.clone())
    }
}

impl<T> fmt::Debug for At<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "At({:?})", self.loc.pointer())
    }
}

impl<T> PartialEq for At<T> {
    fn eq(&self, other: &Self) -> bool {
        self.loc == other.loc
    }
}

impl<T> Eq for At<T> {}

impl<T> std::ops::Deref for At<T> {
    type Target = Loc;

    fn deref(&self) -> &Loc {
        &self.loc
    }
}

impl<T> From<At<T>> for Loc {
    fn from(at: At<T>) -> Loc {
        at.loc
    }
}

impl<T> From<&At<T>> for Loc {
    fn from(at: &At<T>) -> Loc {
        at.loc.clone()
    }
}

impl<T> From<At<T>> for String {
    fn from(at: At<T>) -> String {
        at.loc.into()
    }
}

impl<T> At<List<T>> {
    /// The location of the item at `index`.
    pub fn item(&self, index: impl std::borrow::Borrow<usize>) -> At<T> {
        At::new(self.loc.index(*index.borrow()))
    }
}

/// A mapping keyed by names written in the plan (goal ids, phase ids), not by fields.
pub struct Keyed;

impl At<Keyed> {
    /// The location of the entry written under `key` (a key from the plan's data).
    pub fn entry(&self, key: &str) -> Loc {
        self.loc
            .then(Step::Entry(std::sync::Arc::new(key.to_owned())))
    }
}

impl<T> List<T> {
    /// The items that were understood, each with its location under `base` (the
    /// location of this list).
    pub fn iter_at(&self, base: At<List<T>>) -> impl Iterator<Item = (At<T>, &T)> {
        self.iter().map(move |(i, item)| (base.item(i), item))
    }
}

/// The root of a campaign plan.
pub const PLAN: At<Campaign> = At::new(Loc::ROOT);

/// The root of a `simulate` cart.
pub const CART: At<Cart> = At::new(Loc::ROOT);

/// Generates one accessor per field of a model type, and the list of those fields that
/// the schema test checks. `field -> Type` gives a field whose own fields (or items,
/// for a `List<T>`) are located further; a bare `field` is a leaf; `method = field`
/// names the accessor of a field whose type depends on the item's `type`.
macro_rules! locations {
    ($($schema:literal $def:literal $item:ty {
        $($method:ident $(= $field:ident)? $(-> $target:ty)?),* $(,)?
    })*) => {
        $(
            impl At<$item> {
                $(locations!(@accessor $method ($(($field))?) $(-> $target)?);)*
            }
        )*

        /// Every generated accessor: (schema file, pointer to the type's definition in
        /// it, field names).
        #[cfg(test)]
        const FIELDS: &[(&str, &str, &[&str])] =
            &[$(($schema, $def, &[$(locations!(@name $method $($field)?)),*])),*];
    };
    (@name $method:ident) => { stringify!($method) };
    (@name $method:ident $field:ident) => { stringify!($field) };
    (@accessor $method:ident ($(($field:ident))?)) => {
        #[doc = concat!("Where `", locations!(@name $method $($field)?), "` is written.")]
        pub fn $method(&self) -> Loc {
            self.loc.field(&locations!(@name $method $($field)?))
        }
    };
    (@accessor $method:ident ($(($field:ident))?) -> $target:ty) => {
        #[doc = concat!("Where `", locations!(@name $method $($field)?), "` is written.")]
        pub fn $method(&self) -> At<$target> {
            At::new(self.loc.field(&locations!(@name $method $($field)?)))
        }
    };
}

locations! {
    "campaign" "" Campaign {
        campspec, id, name, version, summary, owner, locale, currency, timezone,
        jurisdictions, window -> Window, teams -> List<Team>, goals -> List<Goal>,
        phases -> List<Phase>, budget -> Budget, promotions -> List<Promotion>,
        coupons -> List<Coupon>, add_ons -> List<AddOn>, stacking -> Stacking, guardrails -> Guardrails,
        copy -> List<Copy>, compliance -> Compliance, audience -> Audience, risks -> List<Risk>,
        approvals -> List<Approval>, materials -> List<Material>, results -> Keyed,
    }
    "campaign" "/properties/window" Window { start, end }
    "campaign" "/$defs/Team" Team { id, name, duties }
    "campaign" "/$defs/Goal" Goal {
        id, metric, name, baseline, target, growth, owner, unit, parts -> List<GoalPart>,
    }
    "campaign" "/$defs/GoalPart" GoalPart { name, target }
    "campaign" "/$defs/ResultDetail" ResultDetail { actual, phases -> Keyed }
    "campaign" "/$defs/Phase" Phase { id, name, start, end, focus, budget, targets -> Keyed }
    "campaign" "/$defs/Budget" Budget { total, reserve, redemption, lines -> List<BudgetLine> }
    "campaign" "/$defs/BudgetLine" BudgetLine { id, name, amount, owner, phase }
    "campaign" "/$defs/Promotion" Promotion {
        id, name, phases -> List<crate::values::Id>, terms, quantity, per_user,
        funded_by, redemption, reference_price -> ReferencePrice, evidence, requires -> List<crate::model::Requirement>,
        fees -> List<Fee>, condition, personalised, personalised_notice,
        subscription -> Subscription,
        // The fields of each `type` (`PromotionKind`), written beside the common ones.
        tiers -> List<Tier>, gift_tiers = tiers -> List<GiftTier>, repeat, max_repeats, discount, scope, slots -> List<crate::values::TimeOfDay>, items_per_slot,
        price, list_price, min_margin, levels -> List<MemberLevel>, early_access_days,
        prices -> List<crate::values::Money>, value_multiple, grand_prize -> Prize,
        prizes -> List<Prize>, entry, free_entry, entry_fee, price_uplift, pieces -> List<String>, reward, reward_cost, earn,
        redeem -> PointsRedeem, reward_referrer, reward_invitee,
    }
    "campaign" "/$defs/ReferencePrice" ReferencePrice { basis, days, evidence }
    "campaign" "/$defs/Fee" Fee { name, amount, mandatory, included }
    "campaign" "/$defs/Subscription" Subscription {
        auto_renew, trial, every, renewal_price, consent, cancel, reminder,
    }
    "campaign" "/$defs/Tier" Tier { spend, discount }
    "campaign" "/$defs/MemberLevel" MemberLevel { level, name, price }
    "campaign" "/$defs/GiftTier" GiftTier { spend, gift, gift_cost }
    "campaign" "/$defs/Prize" Prize { name, value, quantity, odds }
    "campaign" "/$defs/PointsRedeem" PointsRedeem { points, worth }
    "campaign" "/$defs/Coupon" Coupon {
        id, name, amount, percent, cap, min_spend, audience, scope, valid -> Validity,
        quantity, per_user, funded_by, redemption, terms, evidence,
        requires -> List<crate::model::Requirement>,
    }
    "campaign" "/$defs/AddOn" AddOn {
        id, name, price, preselected, offered_with -> List<crate::values::Id>,
    }
    "campaign" "/$defs/Validity" Validity { from, to }
    "campaign" "/$defs/Stacking" Stacking {
        max_coupons_per_order, claims_per_user_per_day,
        standalone -> List<crate::values::Id>,
        exclusive -> List<List<crate::values::Id>>,
    }
    "campaign" "/$defs/Guardrails" Guardrails {
        min_order, gross_margin, min_margin, max_discount, max_gift_cost,
    }
    "campaign" "/$defs/Copy" Copy {
        id, channel, text, advertises -> List<crate::values::Id>, opt_out, evidence, ad_label, close,
    }
    "campaign" "/$defs/Compliance" Compliance {
        reviewed_by, data_retention, prize_records, personal_data -> PersonalData,
        messaging -> List<Messaging>, waivers -> List<Waiver>,
    }
    "campaign" "/$defs/Audience" Audience { min_age, guardian_consent }
    "campaign" "/$defs/PersonalData" PersonalData {
        profiling, lawful_basis, consent, opt_out, non_personalised_option,
    }
    "campaign" "/$defs/Messaging" Messaging { channel, consent, soft_opt_in }
    "campaign" "/$defs/Waiver" Waiver { rule, at, reason, approved_by, expires }
    "campaign" "/$defs/Risk" Risk { id, risk, prevention, response, owner, likelihood, impact }
    "campaign" "/$defs/Approval" Approval { role, name, date, status }
    "campaign" "/$defs/Material" Material { id, item, quantity, owner, due, needed_by }
    "cart" "" Cart { plan, at, customer -> Customer, items -> List<CartItem>, coupons -> List<crate::values::Id> }
    "cart" "/$defs/CartItem" CartItem { name, price, quantity, scope, flash }
    "cart" "/$defs/Customer" Customer { audience, member_level }
}

impl At<Keyed> {
    /// The entry written under `key`, as a located value of type `T` (a goal's result,
    /// a phase's entry of a result).
    pub fn entry_at<T>(&self, key: &str) -> At<T> {
        At::new(self.entry(key))
    }
}

impl At<GoalResult> {
    /// Where `result` (the value at this location) writes its result over the whole
    /// campaign: the entry itself when it is a plain measure, else its `actual`.
    pub fn actual(&self, result: &GoalResult) -> Loc {
        match result {
            GoalResult::Total(_) => self.loc.clone(),
            GoalResult::Detail(_) => self.detail().actual(),
        }
    }

    /// Where its results by phase are written (`{actual: …, phases: …}`).
    pub fn phases(&self) -> At<Keyed> {
        self.detail().phases()
    }

    fn detail(&self) -> At<ResultDetail> {
        At::new(self.loc.clone())
    }
}

/// An item of a list section, named by its `id` field.
pub trait Identified: Sized {
    /// Where the item at `at` writes its id.
    fn id_at(at: &At<Self>) -> Loc;
}

macro_rules! identified {
    ($($item:ty),*) => {
        $(impl Identified for $item {
            fn id_at(at: &At<Self>) -> Loc {
                at.id()
            }
        })*
    };
}

identified!(
    Team, Goal, Phase, BudgetLine, Promotion, Coupon, Copy, Risk, Material
);

impl Campaign {
    /// The phases that were understood, each with its location.
    pub fn phases_at(&self) -> impl Iterator<Item = (At<Phase>, &Phase)> {
        self.phases.iter().flat_map(|l| l.iter_at(PLAN.phases()))
    }

    /// The promotions that were understood, each with its location.
    pub fn promotions_at(&self) -> impl Iterator<Item = (At<Promotion>, &Promotion)> {
        self.promotions
            .iter()
            .flat_map(|l| l.iter_at(PLAN.promotions()))
    }

    /// The coupons that were understood, each with its location.
    pub fn coupons_at(&self) -> impl Iterator<Item = (At<Coupon>, &Coupon)> {
        self.coupons.iter().flat_map(|l| l.iter_at(PLAN.coupons()))
    }

    /// The goals that were understood, each with its location.
    pub fn goals_at(&self) -> impl Iterator<Item = (At<Goal>, &Goal)> {
        self.goals.iter().flat_map(|l| l.iter_at(PLAN.goals()))
    }

    /// The copy entries that were understood, each with its location.
    pub fn copy_at(&self) -> impl Iterator<Item = (At<Copy>, &Copy)> {
        self.copy.iter().flat_map(|l| l.iter_at(PLAN.copy()))
    }

    /// The teams that were understood, each with its location.
    pub fn teams_at(&self) -> impl Iterator<Item = (At<Team>, &Team)> {
        self.teams.iter().flat_map(|l| l.iter_at(PLAN.teams()))
    }

    /// The risks that were understood, each with its location.
    pub fn risks_at(&self) -> impl Iterator<Item = (At<Risk>, &Risk)> {
        self.risks.iter().flat_map(|l| l.iter_at(PLAN.risks()))
    }

    /// The materials that were understood, each with its location.
    pub fn materials_at(&self) -> impl Iterator<Item = (At<Material>, &Material)> {
        self.materials
            .iter()
            .flat_map(|l| l.iter_at(PLAN.materials()))
    }

    /// The budget lines that were understood, each with its location.
    pub fn budget_lines_at(&self) -> impl Iterator<Item = (At<BudgetLine>, &BudgetLine)> {
        self.budget
            .iter()
            .flat_map(|b| b.lines.iter())
            .flat_map(|l| l.iter_at(PLAN.budget().lines()))
    }

    /// The waivers that were understood, each with its location.
    pub fn waivers_at(&self) -> impl Iterator<Item = (At<Waiver>, &Waiver)> {
        self.compliance
            .iter()
            .flat_map(|c| c.waivers.iter())
            .flat_map(|l| l.iter_at(PLAN.compliance().waivers()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The property names a schema (or definition) allows: its own `properties` and
    /// those of the branches it chooses between (a promotion's fields per `type`).
    fn properties(schema: &serde_json::Value, out: &mut BTreeSet<String>) {
        if let Some(props) = schema.get("properties").and_then(|p| p.as_object()) {
            out.extend(props.keys().cloned());
        }
        for combinator in ["allOf", "anyOf", "oneOf"] {
            for branch in schema
                .get(combinator)
                .and_then(|b| b.as_array())
                .into_iter()
                .flatten()
            {
                properties(branch, out);
                for part in ["then", "else"] {
                    if let Some(part) = branch.get(part) {
                        properties(part, out);
                    }
                }
            }
        }
    }

    #[test]
    fn every_field_accessor_names_a_property_of_its_schema_definition() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
        let mut problems = Vec::new();
        for (file, def, fields) in FIELDS {
            let text = std::fs::read_to_string(root.join(format!("{file}.schema.json")))
                .unwrap_or_else(|e| panic!("{file}.schema.json: {e}"));
            let schema: serde_json::Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            let Some(definition) = schema.pointer(def) else {
                problems.push(format!("{file}.schema.json has nothing at `{def}`"));
                continue;
            };
            let mut allowed = BTreeSet::new();
            properties(definition, &mut allowed);
            for field in *fields {
                if !allowed.contains(*field) {
                    problems.push(format!(
                        "`{field}` is no property of `{def}` in {file}.schema.json"
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn locations_escape_and_nest() {
        assert_eq!(PLAN.window().start().pointer(), "/window/start");
        assert_eq!(
            PLAN.promotions().item(2).tiers().item(0).spend().pointer(),
            "/promotions/2/tiers/0/spend"
        );
        assert_eq!(
            PLAN.phases().item(1).targets().entry("a/b~c").pointer(),
            "/phases/1/targets/a~1b~0c"
        );
        assert_eq!(PLAN.results().entry("gmv").pointer(), "/results/gmv");
        assert_eq!(Loc::ROOT.pointer(), "");
    }

    #[test]
    fn a_location_deeper_than_its_steps_is_written_out() {
        let mut at = Loc::ROOT;
        for i in 0..8 {
            at = at.index(i);
        }
        assert_eq!(at.pointer(), "/0/1/2/3/4/5/6/7");
        assert!(std::mem::size_of::<Loc>() <= 96);
    }

    #[test]
    fn list_items_know_their_index() {
        let list: List<u8> = List(vec![Some(1), None, Some(3)]);
        let at: Vec<String> = list
            .iter_at(At::new(PLAN.coupons().item(4).scope()))
            .map(|(at, _)| at.pointer())
            .collect();
        assert_eq!(at, ["/coupons/4/scope/0", "/coupons/4/scope/2"]);
    }
}
