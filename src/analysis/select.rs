//! Choosing the coupons an order uses: at most `k`, at most one per exclusive group,
//! the largest total saving. Exact: greedy where groups do not overlap (a matroid),
//! branch and bound where they do.

use super::exact::Cents;

/// One usable coupon and what it saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the coupon in `Offers::coupons`.
    pub coupon: usize,
    pub saving: Cents,
}

/// The exclusive groups among coupons, as coupon indices.
#[derive(Clone, Debug, Default)]
pub struct Groups {
    /// For every coupon, the groups it belongs to.
    pub of_coupon: Vec<Vec<usize>>,
    pub count: usize,
    /// Whether some coupon is in two groups (then greedy is not exact).
    pub overlapping: bool,
}

impl Groups {
    pub fn new(coupons: usize, groups: &[Vec<usize>]) -> Groups {
        let mut of_coupon = vec![Vec::new(); coupons];
        for (g, members) in groups.iter().enumerate() {
            for &c in members {
                if let Some(list) = of_coupon.get_mut(c)
                    && !list.contains(&g)
                {
                    list.push(g);
                }
            }
        }
        let overlapping = of_coupon.iter().any(|g| g.len() > 1);
        Groups {
            of_coupon,
            count: groups.len(),
            overlapping,
        }
    }
}

/// The best selection: total saving and chosen coupon indices (sorted). Ties go to fewer
/// coupons, then to coupons earlier in the spec.
pub fn best(candidates: &mut Vec<Candidate>, groups: &Groups, k: usize) -> (Cents, Vec<usize>) {
    candidates.retain(|c| c.saving > 0);
    let (total, mut chosen) = if groups.overlapping {
        candidates.sort_by(|a, b| b.saving.cmp(&a.saving).then(a.coupon.cmp(&b.coupon)));
        branch_and_bound(candidates, groups, k)
    } else {
        greedy(by_saving(candidates), groups, k)
    };
    chosen.sort_unstable();
    (total, chosen)
}

/// Only the total (for bounds), without allocating the choice.
pub fn best_total(candidates: &mut Vec<Candidate>, groups: &Groups, k: usize) -> Cents {
    best(candidates, groups, k).0
}

/// The candidates from the largest saving down (ties: earlier coupon first), produced
/// lazily from a heap: greedy usually stops after `k` of thousands, so this is `O(n)`
/// to build plus `O(log n)` per candidate taken, instead of a full sort per order value.
fn by_saving(candidates: &[Candidate]) -> impl Iterator<Item = Candidate> {
    let mut heap: std::collections::BinaryHeap<(Cents, std::cmp::Reverse<usize>)> = candidates
        .iter()
        .map(|c| (c.saving, std::cmp::Reverse(c.coupon)))
        .collect();
    std::iter::from_fn(move || {
        heap.pop()
            .map(|(saving, std::cmp::Reverse(coupon))| Candidate { coupon, saving })
    })
}

fn greedy(
    sorted: impl IntoIterator<Item = Candidate>,
    groups: &Groups,
    k: usize,
) -> (Cents, Vec<usize>) {
    let mut used = vec![false; groups.count];
    let mut chosen = Vec::new();
    let mut total: Cents = 0;
    for c in sorted {
        if chosen.len() >= k {
            break;
        }
        let gs = groups
            .of_coupon
            .get(c.coupon)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        if gs.iter().any(|&g| used[g]) {
            continue;
        }
        for &g in gs {
            used[g] = true;
        }
        chosen.push(c.coupon);
        total = total.saturating_add(c.saving);
    }
    (total, chosen)
}

fn branch_and_bound(sorted: &[Candidate], groups: &Groups, k: usize) -> (Cents, Vec<usize>) {
    let mut best = greedy(sorted.iter().copied(), groups, k);
    let mut used = vec![0u32; groups.count];
    let mut current = Vec::new();
    search(sorted, groups, k, 0, 0, &mut used, &mut current, &mut best);
    best
}

#[allow(clippy::too_many_arguments)]
fn search(
    sorted: &[Candidate],
    groups: &Groups,
    k: usize,
    from: usize,
    total: Cents,
    used: &mut [u32],
    current: &mut Vec<usize>,
    best: &mut (Cents, Vec<usize>),
) {
    let better = total > best.0
        || (total == best.0 && total > 0 && {
            let mut a = current.clone();
            a.sort_unstable();
            let mut b = best.1.clone();
            b.sort_unstable();
            (a.len(), a) < (b.len(), b)
        });
    if better {
        *best = (total, current.clone());
    }
    if current.len() >= k || from >= sorted.len() {
        return;
    }
    // Bound: even the next best `k − len` savings cannot beat the best.
    let room = k.saturating_sub(current.len());
    let bound: Cents = sorted[from..]
        .iter()
        .take(room)
        .map(|c| c.saving)
        .fold(0, Cents::saturating_add);
    if total.saturating_add(bound) < best.0 {
        return;
    }
    for i in from..sorted.len() {
        let c = sorted[i];
        let gs = groups
            .of_coupon
            .get(c.coupon)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        if gs.iter().any(|&g| used[g] > 0) {
            continue;
        }
        for &g in gs {
            used[g] = used[g].saturating_add(1);
        }
        current.push(c.coupon);
        search(
            sorted,
            groups,
            k,
            i.saturating_add(1),
            total.saturating_add(c.saving),
            used,
            current,
            best,
        );
        current.pop();
        for &g in gs {
            used[g] = used[g].saturating_sub(1);
        }
        // Savings only fall from here: stop once the bound cannot be met.
        let rest: Cents = sorted[i.saturating_add(1)..]
            .iter()
            .take(room)
            .map(|c| c.saving)
            .fold(0, Cents::saturating_add);
        if total.saturating_add(rest) < best.0 {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cands(savings: &[(usize, Cents)]) -> Vec<Candidate> {
        savings
            .iter()
            .map(|&(coupon, saving)| Candidate { coupon, saving })
            .collect()
    }

    /// Every subset, for checking.
    fn brute(c: &[Candidate], groups: &[Vec<usize>], k: usize) -> Cents {
        let n = c.len();
        let mut best = 0;
        for mask in 0u32..(1 << n) {
            let chosen: Vec<usize> = (0..n).filter(|i| mask & (1 << i) != 0).collect();
            if chosen.len() > k {
                continue;
            }
            let ok = groups
                .iter()
                .all(|g| chosen.iter().filter(|&&i| g.contains(&c[i].coupon)).count() <= 1);
            if ok {
                best = best.max(
                    chosen
                        .iter()
                        .map(|&i| c[i].saving)
                        .fold(0, Cents::saturating_add),
                );
            }
        }
        best
    }

    #[test]
    fn disjoint_groups_take_the_best_of_each() {
        let groups_spec = vec![vec![0, 1], vec![2, 3]];
        let groups = Groups::new(5, &groups_spec);
        let mut c = cands(&[(0, 100), (1, 150), (2, 90), (3, 80), (4, 10)]);
        assert_eq!(best(&mut c, &groups, 2), (240, vec![1, 2]));
        let mut c = cands(&[(0, 100), (1, 150), (2, 90), (3, 80), (4, 10)]);
        assert_eq!(best(&mut c, &groups, 5), (250, vec![1, 2, 4]));
    }

    #[test]
    fn overlapping_groups_are_searched_exactly() {
        // Greedy takes 0 (120) and then nothing else from groups {0,1} {0,2}; the best is
        // 1 + 2 = 160.
        let groups_spec = vec![vec![0, 1], vec![0, 2]];
        let groups = Groups::new(3, &groups_spec);
        let mut c = cands(&[(0, 120), (1, 80), (2, 80)]);
        assert_eq!(best(&mut c, &groups, 2), (160, vec![1, 2]));
        for seed in 0..200u64 {
            let mut x = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let mut next = || {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x
            };
            let n = 6;
            let c: Vec<Candidate> = (0..n)
                .map(|i| Candidate {
                    coupon: i,
                    saving: (next() % 50) as Cents,
                })
                .collect();
            let groups_spec: Vec<Vec<usize>> = (0..3)
                .map(|_| (0..n).filter(|_| next() % 3 == 0).collect())
                .collect();
            let groups = Groups::new(n, &groups_spec);
            let k = (next() % 4) as usize;
            let expected = brute(&c, &groups_spec, k);
            let mut c2 = c.clone();
            assert_eq!(best(&mut c2, &groups, k).0, expected, "seed {seed}");
        }
    }
}
