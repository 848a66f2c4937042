//! Rule R005 `duplicate-id`: two items of a section (or a promotion and a coupon) share an id.

use crate::model::{At, Identified, List, Loc, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use std::collections::HashMap;

declare_rule! {
    /// ## What it checks
    ///
    /// Ids are unique within their section: teams, goals, phases, budget lines, copy,
    /// risks, materials, and the levels of a member-price promotion. Promotions and
    /// coupons share one namespace, because `stacking` and `copy` refer to both. The
    /// second use is labelled, with the first.
    ///
    /// ## Why it matters
    ///
    /// References resolve by id. With two items of one id, a reference could mean either,
    /// and diffs between plan versions would pair the wrong items.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - { id: flash, type: discount, name: 直降, discount: 9折 }
    /// coupons:
    ///   - { id: flash, name: 秒杀券, amount: 20, min_spend: 200 }   # `flash` is taken
    /// ```
    ///
    /// ## Depends on
    ///
    /// The ids of `promotions` and `coupons` (and of each other section): a section that
    /// failed to read is not compared.
    ///
    /// ## How to fix
    ///
    /// Rename one of the two, and update the references that meant it.
    pub struct DuplicateId;
    code = "R005", name = "duplicate-id", family = "refs",
    severity = Error, summary = "two items share an id"
}

impl Rule for DuplicateId {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let groups: [&[&dyn Section]; 8] = [
            &[&PLAN.teams()],
            &[&PLAN.goals()],
            &[&PLAN.phases()],
            &[&PLAN.budget().lines()],
            &[&PLAN.promotions(), &PLAN.coupons()],
            &[&PLAN.copy()],
            &[&PLAN.risks()],
            &[&PLAN.materials()],
        ];
        for sections in groups {
            // Every id with its place as (section, index), sorted by id: a repeated id
            // is a run, whose first entry is the first use. Sorting a vector holds a
            // large plan's ids in less room than a hash map.
            let mut ids: Vec<(&str, usize, usize)> = Vec::new();
            for (s, section) in sections.iter().enumerate() {
                ids.extend(
                    section
                        .declared_ids(ctx)
                        .into_iter()
                        .map(|(i, id)| (id, s, i)),
                );
            }
            ids.sort_unstable();
            let mut repeats: Vec<(usize, usize, usize, usize, &str)> = Vec::new();
            for run in ids.chunk_by(|a, b| a.0 == b.0) {
                if let Some((&(id, first_s, first), rest)) = run.split_first() {
                    repeats.extend(rest.iter().map(|&(_, s, i)| (s, i, first_s, first, id)));
                }
            }
            // Reported in the order of the file.
            repeats.sort_unstable();
            for (s, i, first_s, first, id) in repeats {
                out.push(
                    Draft::new(
                        &Self::META,
                        sections[s].id_at(i),
                        msg!("r005-duplicate", id = id),
                    )
                    .related(sections[first_s].id_at(first), msg!("r005-first"))
                    .help(msg!("r005-help")),
                );
            }
        }
        // Member levels within each member-price promotion.
        let promotions = ctx.raw(&PLAN.promotions()).and_then(|v| v.as_array());
        for (i, promotion) in promotions.into_iter().flatten().enumerate() {
            let Some(levels) = promotion.get("levels").and_then(|v| v.as_array()) else {
                continue;
            };
            let mut seen: HashMap<&str, Loc> = HashMap::new();
            for (j, level) in levels.iter().enumerate() {
                let Some(id) = level.get("level").and_then(|v| v.as_str()) else {
                    continue;
                };
                let at = PLAN.promotions().item(i).levels().item(j).level();
                match seen.get(id) {
                    Some(first) => out.push(
                        Draft::new(&Self::META, at, msg!("r005-level-twice", level = id))
                            .related(first.clone(), msg!("r005-level-first"))
                            .help(msg!("r005-help-level")),
                    ),
                    None => {
                        seen.insert(id, at);
                    }
                }
            }
        }
    }
}

/// A list section whose items are named by an `id`.
trait Section {
    /// Every id written in the section, with the index of its item.
    fn declared_ids<'c>(&self, ctx: &Ctx<'c>) -> Vec<(usize, &'c str)>;
    /// Where the item at `index` writes its id.
    fn id_at(&self, index: usize) -> Loc;
}

impl<T: Identified> Section for At<List<T>> {
    fn declared_ids<'c>(&self, ctx: &Ctx<'c>) -> Vec<(usize, &'c str)> {
        ctx.declared_ids(self)
    }

    fn id_at(&self, index: usize) -> Loc {
        T::id_at(&self.item(index))
    }
}
