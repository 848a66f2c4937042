//! `campspec simulate`: prices a cart with a plan's offers the way the plan says, picking
//! the best combination the customer is allowed, as a promotion engine does, and shows
//! every step so a reader can verify it by hand.
//!
//! The price follows the same order as the worst-case analysis (one item-level price,
//! then spend tiers on the item-level subtotal, then coupons on what the tiers leave,
//! never below zero, half-up to the cent), and adds what the analysis deliberately
//! ignores: dates and phases, audiences, scopes, member levels, flash flags and
//! per-customer limits. So a simulated order is never deeper than the analysis reports
//! for order values from the analysis' minimum up.

pub mod receipt;

use crate::analysis::exact::{Cents, Ratio, from_cents, to_cents};
use crate::analysis::offers::{
    CouponSaving, ItemLevelKind, ItemLevelOffer, ItemPrice, Offers, TierSaving, TierUse,
};
use crate::analysis::select::{self, Candidate, Groups};
pub use crate::check::{CheckedCart, check_cart};
use crate::i18n::{Arg, Lang, Msg};
use crate::model::{Campaign, Cart, CartItem, Coupon, OrderTime, Promotion, PromotionKind};
use crate::msg;
use crate::values::Date;
use serde::Serialize;
use std::collections::HashSet;

/// An amount of money on the receipt: shown with its currency in the text (`¥1,045.70`)
/// and written in JSON as an exact decimal string to the cent (`"1045.70"`), never a
/// JSON number, the way `rules.json` writes money.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Amount {
    /// The amount in cents.
    pub cents: Cents,
    /// As the text shows it, with the currency.
    shown: String,
}

impl Amount {
    fn new(cents: Cents, campaign: &Campaign) -> Amount {
        Amount {
            cents,
            shown: money(cents, campaign),
        }
    }

    /// The amount as the text shows it: `¥1,045.70`.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// The amount as JSON writes it: `1045.70`.
    pub fn decimal(&self) -> String {
        format!("{:.2}", from_cents(self.cents))
    }
}

impl std::fmt::Display for Amount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `pad`: the receipt aligns amounts with `{:>width$}`.
        f.pad(&self.shown)
    }
}

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.decimal())
    }
}

/// One line of the receipt.
#[derive(Clone, Debug, Serialize)]
pub struct ReceiptLine {
    pub name: String,
    pub quantity: u64,
    pub unit_price: Amount,
    pub list: Amount,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    pub flash: bool,
    /// Units priced by the item-level promotion.
    pub covered_units: u64,
}

/// The item-level step.
#[derive(Clone, Debug, Serialize)]
pub struct ItemStep {
    pub id: String,
    pub name: String,
    /// What it does: `pays 65%` or `¥30 off`.
    pub price: String,
    /// The list value it applies to.
    pub applies_to: Amount,
    /// The item-level price of that value, rounded half up to the cent.
    pub becomes: Amount,
    pub saving: Amount,
}

#[derive(Clone, Debug, Serialize)]
pub struct TierStep {
    pub id: String,
    pub name: String,
    /// Which tier: `from ¥599: 15% off` or `¥50 off per ¥300 × 2`.
    pub tier: String,
    pub saving: Amount,
}

#[derive(Clone, Debug, Serialize)]
pub struct CouponStep {
    pub id: String,
    pub name: String,
    /// The amount the coupon's minimum is tested on (the in-scope share for scoped coupons).
    pub base: Amount,
    pub min_spend: Amount,
    pub saving: Amount,
}

#[derive(Clone, Debug, Serialize)]
pub struct GiftStep {
    pub id: String,
    pub gift: String,
    /// The tier's spend, reached by the amount paid.
    pub spend: Amount,
}

/// Why an offer did not apply.
#[derive(Clone, Debug, Serialize)]
pub struct Skipped {
    pub id: String,
    pub reason: String,
}

/// The priced order, step by step.
#[derive(Clone, Debug, Serialize)]
pub struct Receipt {
    pub at: String,
    /// The plan's currency (ISO 4217), which every amount is in.
    pub currency: String,
    pub lines: Vec<ReceiptLine>,
    pub list_total: Amount,
    pub item_level: Option<ItemStep>,
    /// The item-level subtotal (list total when no item-level price applies).
    pub subtotal: Amount,
    pub tiers: Vec<TierStep>,
    pub after_tiers: Amount,
    pub coupons: Vec<CouponStep>,
    /// Whether the price was floored at zero.
    pub floored: bool,
    pub paid: Amount,
    pub saving: Amount,
    /// Saving / list total, to four places.
    pub depth: String,
    pub gifts: Vec<GiftStep>,
    pub not_applied: Vec<Skipped>,
    /// The plan's worst case, for comparison; `None` when it could not be analysed.
    pub worst_case_depth: Option<String>,
    /// Whether the order value is below the smallest order the worst case considers.
    pub below_min_order: bool,
    #[serde(skip)]
    pub depth_ratio: Ratio,
    #[serde(skip)]
    pub list_cents: Cents,
    /// The language its sentences are written in (the text printer follows it).
    #[serde(skip)]
    pub lang: Lang,
}

/// What an item-level option covers in this cart.
struct ItemOption {
    index: usize,
    covered: Vec<u64>,
    covered_list: Cents,
}

/// One combination to price: an item-level choice (an index into the options), some
/// tier promotions, and either the ordinary coupons or one standalone coupon alone.
struct Configuration {
    item: Option<usize>,
    tiers: Vec<usize>,
    alone: Option<usize>,
}

/// A priced configuration.
struct Best {
    paid: Cents,
    offers: usize,
    /// (option index, covered list, covered subtotal)
    item: Option<(usize, Cents, Cents)>,
    tiers: Vec<(usize, Cents, TierUse)>,
    after: Cents,
    /// (coupon, base, saving)
    coupons: Vec<(usize, Cents, Cents)>,
    subtotal: Cents,
    covered: Vec<u64>,
}

/// The order being priced: the cart read once, with the plan and its offers.
struct Order<'a> {
    campaign: &'a Campaign,
    offers: &'a Offers,
    items: Vec<&'a CartItem>,
    at: OrderTime,
    day: Date,
    audiences: Vec<&'a str>,
    member_level: Option<&'a str>,
    /// Each line's list value (unit price × quantity).
    lines_list: Vec<Cents>,
    list: Cents,
    /// The language of the receipt's sentences.
    lang: Lang,
}

/// A line's unit price in cents.
fn unit(item: &CartItem) -> Cents {
    to_cents(item.price.amount).unwrap_or(0)
}

/// `units` units of a line at its unit price.
fn units_list(item: &CartItem, units: u64) -> Cents {
    unit(item).saturating_mul(i64::try_from(units).unwrap_or(i64::MAX))
}

/// Records why an offer did not apply, in `lang`.
fn skip(skipped: &mut Vec<Skipped>, id: &str, reason: Msg, lang: Lang) {
    skipped.push(Skipped {
        id: id.to_owned(),
        reason: reason.render(lang),
    })
}

/// The language of a receipt priced with `campaign`: the language asked for in
/// `settings`, under `auto` the plan's own (its `locale`, else Chinese under CN law), as
/// for the cart's findings.
pub fn receipt_lang(
    campaign: &crate::model::Campaign,
    settings: &crate::settings::Settings,
) -> Lang {
    let plan = match crate::render::locale::Lang::of(campaign) {
        crate::render::locale::Lang::Zh => Lang::ZhCn,
        crate::render::locale::Lang::En => Lang::En,
    };
    settings.lang().plan_lang(Some(plan))
}

/// Prices a checked cart, its sentences in English. `offers` are the plan's offers
/// (from the analysis).
pub fn price(campaign: &Campaign, offers: &Offers, cart: &Cart, worst: Option<Ratio>) -> Receipt {
    price_in(campaign, offers, cart, worst, Lang::En)
}

/// Prices a checked cart, the receipt's sentences (reasons, prices, tiers) in `lang`.
pub fn price_in(
    campaign: &Campaign,
    offers: &Offers,
    cart: &Cart,
    worst: Option<Ratio>,
    lang: Lang,
) -> Receipt {
    let order = Order::new(campaign, offers, cart, lang);
    let mut skipped: Vec<Skipped> = Vec::new();
    let options = order.item_options(&mut skipped);
    let tiers_active = order.active_tiers(&mut skipped);
    let coupons_ok = order.usable_coupons(cart, &mut skipped);
    let best = order.cheapest(&options, &tiers_active, &coupons_ok);
    let gifts = order.gifts(best.paid, &mut skipped);
    order.skip_unused(&best, &options, &mut skipped);
    order.receipt(&best, &options, gifts, skipped, worst)
}

impl<'a> Order<'a> {
    fn new(campaign: &'a Campaign, offers: &'a Offers, cart: &'a Cart, lang: Lang) -> Self {
        let items: Vec<&CartItem> = cart.items.iter().flat_map(|i| i.items()).collect();
        let at = cart
            .at
            .unwrap_or(OrderTime(jiff::civil::DateTime::default()));
        let audiences: Vec<&str> = cart
            .customer
            .as_ref()
            .and_then(|c| c.audience.as_ref())
            .map(|a| a.items().map(String::as_str).collect())
            .unwrap_or_default();
        let member_level = cart
            .customer
            .as_ref()
            .and_then(|c| c.member_level.as_ref())
            .map(|l| l.as_str());
        let lines_list: Vec<Cents> = items.iter().map(|i| units_list(i, i.quantity())).collect();
        let list: Cents = lines_list.iter().fold(0, |a, b| a.saturating_add(*b));
        Order {
            campaign,
            offers,
            items,
            at,
            day: Date::from(at.date()),
            audiences,
            member_level,
            lines_list,
            list,
            lang,
        }
    }

    fn promotion(&self, id: &str) -> Option<&'a Promotion> {
        self.campaign
            .promotions
            .iter()
            .flat_map(|p| p.items())
            .find(|p| p.id.as_str() == id)
    }

    fn coupon(&self, id: &str) -> Option<&'a Coupon> {
        self.campaign
            .coupons
            .iter()
            .flat_map(|c| c.items())
            .find(|c| c.id.as_str() == id)
    }

    fn in_window(&self, d: &Date) -> bool {
        self.campaign.window.as_ref().is_none_or(|w| {
            w.start.as_ref().is_none_or(|s| d >= s) && w.end.as_ref().is_none_or(|e| d <= e)
        })
    }

    /// Whether a promotion runs at the order's time (`early_days` before its first
    /// phase for members' early access), or why not.
    fn promotion_active(&self, id: &str, early_days: u64) -> Result<(), Msg> {
        let Some(p) = self.promotion(id) else {
            return Err(msg!("sim-not-in-plan"));
        };
        let day = self.day;
        match &p.phases {
            Some(ids) => {
                // Only plans without errors are simulated: every date is known.
                let phases: Vec<(Date, Date)> = self
                    .campaign
                    .phases
                    .iter()
                    .flat_map(|ph| ph.items())
                    .filter(|ph| ids.items().any(|i| *i == ph.id))
                    .filter_map(|ph| Some((*ph.start.known()?, *ph.end.known()?)))
                    .collect();
                let earliest = phases.iter().map(|ph| ph.0).min();
                let inside = phases.iter().any(|ph| day >= ph.0 && day <= ph.1);
                let early = early_days > 0
                    && earliest.is_some_and(|start| {
                        let opens = start
                            .get()
                            .checked_sub(jiff::Span::new().days(early_days.min(3650) as i64))
                            .unwrap_or(start.get());
                        day.get() >= opens && day < start
                    });
                if inside || early {
                    Ok(())
                } else {
                    let sep = msg!("sim-phase-sep").render(self.lang);
                    let names: Vec<String> = ids
                        .items()
                        .map(|i| msg!("sim-phase-id", id = i).render(self.lang))
                        .collect();
                    Err(msg!(
                        "sim-phase-only",
                        phases = names.join(&sep),
                        date = day
                    ))
                }
            }
            None if self.in_window(&day) => Ok(()),
            None => Err(msg!("sim-outside-window", date = day)),
        }
    }

    /// Eligibility of the item-level promotions: the ones that run now and cover some
    /// of the cart.
    fn item_options(&self, skipped: &mut Vec<Skipped>) -> Vec<ItemOption> {
        let mut options: Vec<ItemOption> = Vec::new();
        for (index, offer) in self.offers.item_levels.iter().enumerate() {
            let Some(promotion) = self.promotion(&offer.id) else {
                continue;
            };
            let early = match &promotion.kind {
                PromotionKind::MemberPrice {
                    early_access_days, ..
                } => early_access_days.map_or(0, |d| d.0),
                _ => 0,
            };
            if let Err(reason) = self.promotion_active(&offer.id, early) {
                skip(skipped, &offer.id, reason, self.lang);
                continue;
            }
            let covered = match self.covered_units(offer, promotion) {
                Ok(covered) => covered,
                Err(Some(reason)) => {
                    skip(skipped, &offer.id, reason, self.lang);
                    continue;
                }
                Err(None) => continue,
            };
            let covered_list: Cents = self
                .items
                .iter()
                .zip(&covered)
                .map(|(i, &n)| units_list(i, n))
                .fold(0, Cents::saturating_add);
            options.push(ItemOption {
                index,
                covered,
                covered_list,
            });
        }
        options
    }

    /// The units of each line an item-level promotion prices, by its mechanic; `Err`
    /// with the reason it covers nothing (`None`: the offer and the plan disagree).
    fn covered_units(
        &self,
        offer: &ItemLevelOffer,
        promotion: &Promotion,
    ) -> Result<Vec<u64>, Option<Msg>> {
        let covered = match (&offer.kind, &promotion.kind) {
            (ItemLevelKind::Member(_), _) => {
                if self.member_level.is_none() {
                    return Err(Some(msg!("sim-not-member")));
                }
                return Ok(self.items.iter().map(|i| i.quantity()).collect());
            }
            (ItemLevelKind::FlashSale, PromotionKind::FlashSale { slots, .. }) => {
                let first_slot = slots.known().into_iter().flat_map(|l| l.items()).min();
                if first_slot.is_some_and(|s| self.at.time() < s.to_civil()) {
                    return Err(Some(msg!(
                        "sim-slot-not-started",
                        time = self.at.time().strftime("%H:%M").to_string()
                    )));
                }
                let limit = promotion.per_user.map_or(u64::MAX, |p| p.0);
                let covered: Vec<u64> = self
                    .items
                    .iter()
                    .map(|i| {
                        if i.flash == Some(true) {
                            i.quantity().min(limit)
                        } else {
                            0
                        }
                    })
                    .collect();
                (covered, msg!("sim-no-flash-item"))
            }
            (ItemLevelKind::Discount, PromotionKind::Discount { scope, .. }) => {
                let covered: Vec<u64> = self
                    .items
                    .iter()
                    .map(|i| match scope {
                        Some(scope) => {
                            if i.scope
                                .as_ref()
                                .is_some_and(|s| scope.items().any(|x| x == s))
                            {
                                i.quantity()
                            } else {
                                0
                            }
                        }
                        None => i.quantity(),
                    })
                    .collect();
                (covered, msg!("sim-no-item-in-scope"))
            }
            _ => return Err(None),
        };
        match covered {
            (covered, reason) if covered.iter().all(|&c| c == 0) => Err(Some(reason)),
            (covered, _) => Ok(covered),
        }
    }

    /// An item-level option's price: the customer's own member level, not the deepest
    /// one.
    fn level_price(&self, index: usize) -> ItemPrice {
        let offer = &self.offers.item_levels[index];
        if let (ItemLevelKind::Member(_), Some(level)) = (&offer.kind, self.member_level) {
            let promotion = self.promotion(&offer.id);
            if let Some(PromotionKind::MemberPrice { levels, .. }) = promotion.map(|p| &p.kind)
                && let Some(l) = levels
                    .known()
                    .into_iter()
                    .flat_map(|l| l.items())
                    .find(|l| l.level.as_str() == level)
                && let Some(price) = l.price.known()
            {
                return match price.pay_ratio() {
                    Some(pay) => ItemPrice::Pay(Ratio::from_decimal(pay)),
                    None => ItemPrice::AmountOff(
                        price.amount().and_then(|m| to_cents(m.amount)).unwrap_or(0),
                    ),
                };
            }
        }
        offer.price
    }

    /// Tier promotions that run now.
    fn active_tiers(&self, skipped: &mut Vec<Skipped>) -> Vec<usize> {
        self.offers
            .tiers
            .iter()
            .enumerate()
            .filter(|(_, t)| match self.promotion_active(&t.id, 0) {
                Ok(()) => true,
                Err(reason) => {
                    skip(skipped, &t.id, reason, self.lang);
                    false
                }
            })
            .map(|(t, _)| t)
            .collect()
    }

    /// Coupons the customer holds and may use now.
    fn usable_coupons(&self, cart: &Cart, skipped: &mut Vec<Skipped>) -> Vec<usize> {
        let held: Option<Vec<&str>> = cart
            .coupons
            .as_ref()
            .map(|c| c.items().map(|id| id.as_str()).collect());
        let mut coupons_ok: Vec<usize> = Vec::new();
        for (c, offer) in self.offers.coupons.iter().enumerate() {
            let Some(coupon) = self.coupon(&offer.id) else {
                continue;
            };
            match self.coupon_usable(coupon, held.as_deref()) {
                Ok(()) => coupons_ok.push(c),
                Err(reason) => skip(skipped, &offer.id, reason, self.lang),
            }
        }
        coupons_ok
    }

    /// Whether the customer may use a coupon on this order, or why not.
    fn coupon_usable(&self, coupon: &Coupon, held: Option<&[&str]>) -> Result<(), Msg> {
        if held.is_some_and(|h| !h.contains(&coupon.id.as_str())) {
            return Err(msg!("sim-not-held"));
        }
        if let Some(audience) = &coupon.audience
            && !self.audiences.contains(&audience.as_str())
        {
            return Err(msg!("sim-not-audience", audience = audience.as_str()));
        }
        let valid = match &coupon.valid {
            Some(v) => self.day >= v.from && self.day <= v.to,
            None => self.in_window(&self.day),
        };
        if !valid {
            return Err(msg!("sim-not-valid", date = self.day));
        }
        Ok(())
    }

    fn standalone(&self, id: &str) -> bool {
        self.offers.standalone.contains(id)
    }

    /// Every configuration: an item-level choice, some tier promotions, and either the
    /// ordinary coupons or one standalone coupon alone.
    fn configurations(
        &self,
        options: usize,
        tiers_active: &[usize],
        coupons_ok: &[usize],
    ) -> Vec<Configuration> {
        let item_choices: Vec<Option<usize>> = std::iter::once(None)
            .chain((0..options).map(Some))
            .collect();
        let tier_count = tiers_active.len().min(12);
        let mut configs: Vec<Configuration> = Vec::new();
        for choice in &item_choices {
            for mask in 0u32..(1u32 << tier_count) {
                let tiers: Vec<usize> = (0..tier_count)
                    .filter(|b| mask & (1 << b) != 0)
                    .map(|b| tiers_active[b])
                    .collect();
                configs.push(Configuration {
                    item: *choice,
                    tiers,
                    alone: None,
                });
            }
        }
        for &c in coupons_ok {
            if self.standalone(&self.offers.coupons[c].id) {
                configs.push(Configuration {
                    item: None,
                    tiers: Vec::new(),
                    alone: Some(c),
                });
            }
        }
        configs
    }

    /// Tries every allowed configuration; keeps the cheapest for the customer (and of
    /// equal prices the one with fewer offers).
    fn cheapest(
        &self,
        options: &[ItemOption],
        tiers_active: &[usize],
        coupons_ok: &[usize],
    ) -> Best {
        let mut best: Option<Best> = None;
        for config in self.configurations(options.len(), tiers_active, coupons_ok) {
            let Some(priced) = self.price_configuration(options, coupons_ok, &config) else {
                continue;
            };
            let better = match &best {
                None => true,
                Some(b) => {
                    priced.paid < b.paid || (priced.paid == b.paid && priced.offers < b.offers)
                }
            };
            if better {
                best = Some(priced);
            }
        }
        best.unwrap_or(Best {
            paid: self.list,
            offers: 0,
            item: None,
            tiers: Vec::new(),
            after: self.list,
            coupons: Vec::new(),
            subtotal: self.list,
            covered: vec![0; self.items.len()],
        })
    }

    /// One configuration's price, step by step; `None` when its offers may not go on
    /// one order together.
    fn price_configuration(
        &self,
        options: &[ItemOption],
        coupons_ok: &[usize],
        config: &Configuration,
    ) -> Option<Best> {
        let offers = self.offers;
        let mut ids: Vec<&str> = config
            .tiers
            .iter()
            .map(|&t| offers.tiers[t].id.as_str())
            .collect();
        if let Some(o) = config.item {
            ids.push(offers.item_levels[options[o].index].id.as_str());
        }
        let has_standalone = ids.iter().any(|id| self.standalone(id));
        if has_standalone && ids.len() > 1 {
            return None;
        }
        if !ids.iter().enumerate().all(|(a, x)| {
            ids.iter()
                .skip(a.saturating_add(1))
                .all(|y| offers.compatible(x, y))
        }) {
            return None;
        }
        let (subtotal, item, covered) = self.item_level(options, config.item);
        let (after, tier_steps) = self.apply_tiers(subtotal, &config.tiers);
        let coupons_here = self.coupons_here(&ids, config.alone, has_standalone, coupons_ok);
        let (total, coupons) =
            self.apply_coupons(&coupons_here, options, item, &covered, subtotal, after);
        let paid = after.saturating_sub(total).max(0);
        let count = usize::from(item.is_some())
            .saturating_add(tier_steps.len())
            .saturating_add(coupons.len());
        Some(Best {
            paid,
            offers: count,
            item,
            tiers: tier_steps,
            after,
            coupons,
            subtotal,
            covered,
        })
    }

    /// The item-level step: the subtotal, the option's (index, covered list, covered
    /// subtotal), and the units it covers per line.
    fn item_level(
        &self,
        options: &[ItemOption],
        choice: Option<usize>,
    ) -> (Cents, Option<(usize, Cents, Cents)>, Vec<u64>) {
        match choice {
            Some(o) => {
                let option = &options[o];
                let covered_subtotal = match self.level_price(option.index) {
                    ItemPrice::Pay(r) => r.of(option.covered_list),
                    ItemPrice::AmountOff(a) => option.covered_list.saturating_sub(a).max(0),
                };
                (
                    self.list
                        .saturating_sub(option.covered_list)
                        .saturating_add(covered_subtotal),
                    Some((o, option.covered_list, covered_subtotal)),
                    option.covered.clone(),
                )
            }
            None => (self.list, None, vec![0; self.items.len()]),
        }
    }

    /// Tiers on the item-level subtotal: what they leave, and the tiers that saved.
    fn apply_tiers(
        &self,
        subtotal: Cents,
        tiers: &[usize],
    ) -> (Cents, Vec<(usize, Cents, TierUse)>) {
        let mut after = subtotal;
        let mut tier_steps = Vec::new();
        for &t in tiers {
            let (saving, used) = self.offers.tiers[t].saving(subtotal);
            after = after.saturating_sub(saving);
            if let Some(used) = used {
                tier_steps.push((t, saving, used));
            }
        }
        (after, tier_steps)
    }

    /// The coupons a configuration may add: the standalone one alone, none beside a
    /// standalone promotion, else every ordinary coupon that combines with its offers.
    fn coupons_here(
        &self,
        ids: &[&str],
        alone: Option<usize>,
        has_standalone: bool,
        coupons_ok: &[usize],
    ) -> Vec<usize> {
        let offers = self.offers;
        match alone {
            Some(c) => vec![c],
            None if has_standalone => Vec::new(),
            None => coupons_ok
                .iter()
                .copied()
                .filter(|&c| !self.standalone(&offers.coupons[c].id))
                .filter(|&c| {
                    ids.iter()
                        .all(|id| offers.compatible(id, &offers.coupons[c].id))
                })
                .collect(),
        }
    }

    /// Coupons on what the tiers leave (a scoped coupon on its items' share): the best
    /// total saving and the chosen coupons as (coupon, base, saving).
    fn apply_coupons(
        &self,
        coupons_here: &[usize],
        options: &[ItemOption],
        item: Option<(usize, Cents, Cents)>,
        covered: &[u64],
        subtotal: Cents,
        after: Cents,
    ) -> (Cents, Vec<(usize, Cents, Cents)>) {
        let offers = self.offers;
        let mut candidates: Vec<Candidate> = Vec::new();
        let mut bases: Vec<(usize, Cents, Cents)> = Vec::new();
        for &c in coupons_here {
            let base = match self.coupon_scope(c) {
                None => after,
                Some(scope) => self.scoped_base(&scope, options, item, covered, subtotal, after),
            };
            let coupon = &offers.coupons[c];
            if base < coupon.min_spend {
                continue;
            }
            let saving = match coupon.saving {
                CouponSaving::Amount(a) => a.min(base.max(0)),
                CouponSaving::Percent { off, cap } => {
                    let s = off.of(base.max(0));
                    cap.map_or(s, |cap| s.min(cap))
                }
            };
            candidates.push(Candidate { coupon: c, saving });
            bases.push((c, base, saving));
        }
        let groups: Vec<Vec<usize>> = offers
            .exclusive
            .iter()
            .map(|g| {
                coupons_here
                    .iter()
                    .copied()
                    .filter(|&c| g.contains(&offers.coupons[c].id))
                    .collect::<Vec<_>>()
            })
            .filter(|g| g.len() > 1)
            .collect();
        let groups = Groups::new(offers.coupons.len(), &groups);
        let (total, chosen) = select::best(&mut candidates, &groups, offers.max_coupons);
        let chosen = chosen
            .iter()
            .filter_map(|&c| bases.iter().find(|(x, _, _)| *x == c).copied())
            .collect();
        (total, chosen)
    }

    /// A coupon's scope, when it has one.
    fn coupon_scope(&self, c: usize) -> Option<Vec<&'a str>> {
        self.coupon(&self.offers.coupons[c].id)
            .and_then(|x| x.scope.as_ref())
            .map(|s| s.items().map(String::as_str).collect())
    }

    /// A scoped coupon's base: its items' share of what the tiers leave.
    fn scoped_base(
        &self,
        scope: &[&str],
        options: &[ItemOption],
        item: Option<(usize, Cents, Cents)>,
        covered: &[u64],
        subtotal: Cents,
        after: Cents,
    ) -> Cents {
        let scoped_subtotal: Cents = self
            .items
            .iter()
            .enumerate()
            .filter(|(_, i)| {
                i.scope
                    .as_ref()
                    .is_some_and(|s| scope.contains(&s.as_str()))
            })
            .map(|(n, i)| match item {
                Some((o, _, _)) if covered[n] > 0 => {
                    let covered_list = units_list(i, covered[n]);
                    let priced = match self.level_price(options[o].index) {
                        ItemPrice::Pay(r) => r.of(covered_list),
                        ItemPrice::AmountOff(_) => covered_list,
                    };
                    self.lines_list[n]
                        .saturating_sub(covered_list)
                        .saturating_add(priced)
                }
                _ => self.lines_list[n],
            })
            .fold(0, Cents::saturating_add);
        if subtotal <= 0 {
            0
        } else {
            Ratio::new(scoped_subtotal as i128, subtotal as i128).of(after.max(0))
        }
    }

    /// Gifts on what is paid.
    fn gifts(&self, paid: Cents, skipped: &mut Vec<Skipped>) -> Vec<GiftStep> {
        let campaign = self.campaign;
        let mut gifts = Vec::new();
        for promotion in campaign.promotions.iter().flat_map(|p| p.items()) {
            let PromotionKind::GiftWithPurchase { tiers } = &promotion.kind else {
                continue;
            };
            if let Err(reason) = self.promotion_active(promotion.id.as_str(), 0) {
                skip(skipped, promotion.id.as_str(), reason, self.lang);
                continue;
            }
            let reached = tiers
                .known()
                .into_iter()
                .flat_map(|l| l.items())
                .filter_map(|t| Some((t, to_cents(t.spend.known()?.amount)?)))
                .filter(|(_, spend)| paid >= *spend)
                .max_by_key(|(_, spend)| *spend);
            match reached {
                Some((tier, spend)) => gifts.push(GiftStep {
                    id: promotion.id.as_str().to_owned(),
                    gift: tier.gift.to_string(),
                    spend: Amount::new(spend, campaign),
                }),
                None => skip(
                    skipped,
                    promotion.id.as_str(),
                    msg!("sim-no-gift-tier"),
                    self.lang,
                ),
            }
        }
        gifts
    }

    /// Why each running offer the cheapest configuration left out was not chosen.
    fn skip_unused(&self, best: &Best, options: &[ItemOption], skipped: &mut Vec<Skipped>) {
        let offers = self.offers;
        let used: HashSet<String> = best
            .item
            .map(|(o, _, _)| offers.item_levels[options[o].index].id.clone())
            .into_iter()
            .chain(
                best.tiers
                    .iter()
                    .map(|(t, _, _)| offers.tiers[*t].id.clone()),
            )
            .chain(
                best.coupons
                    .iter()
                    .map(|(c, _, _)| offers.coupons[*c].id.clone()),
            )
            .collect();
        for (id, reason) in offers
            .item_levels
            .iter()
            .map(|o| o.id.as_str())
            .chain(offers.tiers.iter().map(|t| t.id.as_str()))
            .chain(offers.coupons.iter().map(|c| c.id.as_str()))
            .filter(|id| !used.contains(*id) && !skipped.iter().any(|s| s.id == *id))
            .map(|id| (id, unused_reason(id, offers, &used, self.campaign)))
            .collect::<Vec<_>>()
        {
            skip(skipped, id, reason, self.lang);
        }
    }

    fn m(&self, c: Cents) -> String {
        money(c, self.campaign)
    }

    /// `c` as a receipt amount.
    fn a(&self, c: Cents) -> Amount {
        Amount::new(c, self.campaign)
    }

    fn promotion_name(&self, id: &str) -> String {
        self.promotion(id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }

    /// The receipt's item-level step.
    fn item_step(&self, options: &[ItemOption], chosen: (usize, Cents, Cents)) -> ItemStep {
        let (o, covered_list, covered_subtotal) = chosen;
        let offer = &self.offers.item_levels[options[o].index];
        let price = match self.level_price(options[o].index) {
            ItemPrice::Pay(r) => msg!(
                "sim-price-pays",
                percent = crate::numfmt::percent_short(r.to_decimal())
            ),
            ItemPrice::AmountOff(a) => msg!("sim-price-off", amount = self.m(a)),
        };
        let price = match (&offer.kind, self.member_level) {
            (ItemLevelKind::Member(_), Some(level)) => {
                msg!("sim-price-member", level = level, price = price)
            }
            _ => price,
        }
        .render(self.lang);
        ItemStep {
            id: offer.id.clone(),
            name: self.promotion_name(&offer.id),
            price,
            applies_to: self.a(covered_list),
            becomes: self.a(covered_subtotal),
            saving: self.a(covered_list.saturating_sub(covered_subtotal)),
        }
    }

    /// The receipt's step for one tier promotion.
    fn tier_step(&self, t: usize, saving: Cents, used: &TierUse) -> TierStep {
        let m = |c: Cents| self.m(c);
        let offer = &self.offers.tiers[t];
        let tier = match used {
            TierUse::Repeat(n) => match offer.repeat {
                Some(r) => msg!(
                    "sim-tier-repeat",
                    amount = m(r.amount),
                    spend = m(r.spend),
                    times = *n
                )
                .render(self.lang),
                None => String::new(),
            },
            TierUse::Tier(i) => match offer.tiers.get(*i) {
                Some(rule) => match rule.saving {
                    TierSaving::Off(r) => msg!(
                        "sim-tier-from",
                        spend = m(rule.spend),
                        off = crate::numfmt::percent_short(r.to_decimal())
                    ),
                    TierSaving::Amount(a) => {
                        msg!("sim-tier-from-amount", spend = m(rule.spend), amount = m(a))
                    }
                }
                .render(self.lang),
                None => String::new(),
            },
        };
        TierStep {
            id: offer.id.clone(),
            name: self.promotion_name(&offer.id),
            tier,
            saving: self.a(saving),
        }
    }

    /// The receipt's step for one chosen coupon.
    fn coupon_step(&self, c: usize, base: Cents, saving: Cents) -> CouponStep {
        let offer = &self.offers.coupons[c];
        CouponStep {
            id: offer.id.clone(),
            name: self
                .coupon(&offer.id)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            base: self.a(base),
            min_spend: self.a(offer.min_spend),
            saving: self.a(saving),
        }
    }

    /// The receipt's lines, as the cart lists them.
    fn receipt_lines(&self, best: &Best) -> Vec<ReceiptLine> {
        self.items
            .iter()
            .enumerate()
            .map(|(n, i)| ReceiptLine {
                name: i.name.clone(),
                quantity: i.quantity(),
                unit_price: self.a(unit(i)),
                list: self.a(self.lines_list[n]),
                scope: i.scope.clone(),
                flash: i.flash == Some(true),
                covered_units: best.covered.get(n).copied().unwrap_or(0),
            })
            .collect()
    }

    /// The receipt of the cheapest configuration.
    fn receipt(
        &self,
        best: &Best,
        options: &[ItemOption],
        gifts: Vec<GiftStep>,
        skipped: Vec<Skipped>,
        worst: Option<Ratio>,
    ) -> Receipt {
        let list = self.list;
        let depth = if list > 0 {
            Ratio::new(
                i128::from(list).saturating_sub(i128::from(best.paid)),
                i128::from(list),
            )
        } else {
            Ratio::ZERO
        };
        let coupon_total: Cents = best
            .coupons
            .iter()
            .map(|(_, _, s)| *s)
            .fold(0, Cents::saturating_add);
        Receipt {
            at: self.at.to_string(),
            currency: currency(self.campaign).to_owned(),
            lines: self.receipt_lines(best),
            list_total: self.a(list),
            item_level: best.item.map(|chosen| self.item_step(options, chosen)),
            subtotal: self.a(best.subtotal),
            tiers: best
                .tiers
                .iter()
                .map(|(t, saving, used)| self.tier_step(*t, *saving, used))
                .collect(),
            after_tiers: self.a(best.after),
            coupons: best
                .coupons
                .iter()
                .map(|(c, base, saving)| self.coupon_step(*c, *base, *saving))
                .collect(),
            floored: best.after < coupon_total,
            paid: self.a(best.paid),
            saving: self.a(list.saturating_sub(best.paid)),
            depth: format!("{:.4}", depth.rounded(4)),
            gifts,
            not_applied: skipped,
            worst_case_depth: worst.map(|w| format!("{:.4}", w.rounded(4))),
            below_min_order: list < self.offers.min_order_value(),
            depth_ratio: depth,
            list_cents: list,
            lang: self.lang,
        }
    }
}

/// Why a running offer was not chosen.
fn unused_reason(id: &str, offers: &Offers, used: &HashSet<String>, campaign: &Campaign) -> Msg {
    if offers.standalone.contains(id) && !used.is_empty() {
        return msg!("sim-standalone");
    }
    for group in &offers.exclusive {
        if group.iter().any(|g| g == id)
            && let Some(other) = group.iter().find(|g| *g != id && used.contains(*g))
        {
            return msg!("sim-exclusive", other = other);
        }
    }
    if let Some(c) = offers.coupons.iter().find(|c| c.id == id) {
        return msg!(
            "sim-coupon-unused",
            min = money(c.min_spend, campaign),
            max = Arg::text(offers.max_coupons)
        );
    }
    if let Some(t) = offers.tiers.iter().find(|t| t.id == id)
        && let Some(low) = t.tiers.iter().map(|r| r.spend).min()
    {
        return msg!("sim-tier-unused", low = Arg::text(from_cents(low)));
    }
    msg!("sim-cheaper-without")
}

/// The plan's currency: CNY when it states none.
fn currency(campaign: &Campaign) -> &str {
    campaign.currency.as_ref().map_or("CNY", |c| c.as_str())
}

fn money(cents: Cents, campaign: &Campaign) -> String {
    let currency = currency(campaign);
    crate::numfmt::money(from_cents(cents), currency, crate::numfmt::Money::Receipt)
}
