## Rule messages: budget (B…), goals (G…), references (R…), waivers (C…), carts (K…)
## and internal errors (I…).

## Shared.

# $phase: a phase id; $value: its budget or share as written or computed.
plan-phase-value = `{ $phase }`: { $value }
# $name: the closest known name to what was written.
plan-did-you-mean = did you mean `{ $name }`?
# A list of ids: $head, then the rest ($tail, itself a list).
# An id in a list of ids.
plan-id = { $id }
plan-list = { $head }, { $tail }

## Budget.

# $count budget lines come to $lines (money).
budget-lines = the { $count } budget { $count ->
        [one] line
       *[other] lines
    } ({ $lines })
# …plus the reserve: $share of the total, $reserve in money.
budget-lines-and-reserve = the { $count } budget { $count ->
        [one] line
       *[other] lines
    } ({ $lines }) plus the { $share } reserve ({ $reserve })
budget-lines-label = lines: { $amount }
budget-reserve-label = reserve: { $amount }

# B001 lines-over-total. $parts: budget-lines or budget-lines-and-reserve; $allocated: their sum.
b001-over = { $parts } come to { $allocated }, { $over } over the total of { $total }
b001-help = cut { $over } from the lines or the reserve, or raise the total

# B002 lines-under-total.
b002-under = { $parts } come to { $allocated }: { $under } of the total of { $total } is unallocated
b002-help = add the missing line, raise the reserve, or lower the total

# B003 phase-budget-sum.
b003-mixed-share = phase `{ $phase }` gives its budget as a share, but the other phases use amounts
b003-mixed-amount = phase `{ $phase }` gives its budget as an amount, but the other phases use shares
b003-uses-shares = `{ $phase }` uses shares
b003-uses-amounts = `{ $phase }` uses amounts
b003-help-mixed = write every phase budget the same way: all shares (`20%`) or all amounts
# $sum: a percentage.
b003-shares-sum = the phase budgets add up to { $sum }, not 100%
b003-help-shares = adjust the phase shares so that they add up to 100%
# $sum, $spendable, $total: money.
b003-amounts-sum = the phase budgets add up to { $sum }, but the budget to spend is { $spendable } (total { $total } less the reserve)
b003-total-label = the total
b003-help-amounts = adjust the phase amounts so that they add up to the total less the reserve

## Goals.

# A range of values: $low to $high.
goal-range = { $low }..{ $high }

# G001 unit-mismatch. $metric: the goal's metric as written.
g001-no-unit = goal `{ $goal }` has a `custom` metric but no `unit`
g001-help-unit = add `unit:` with what the numbers count, e.g. `unit: 场`
# $problem: why the value does not read in the metric's unit.
g001-value = goal `{ $goal }` ({ $metric }): { $problem }
g001-score = goal `{ $goal }` ({ $metric }): `{ $value }` is outside −100..100
g001-help-score = a net promoter score runs from −100 to 100

# G002 growth-mismatch. $growth: the growth written; $implied: the growth baseline and target give.
g002-mismatch = goal `{ $goal }`: growth { $growth } disagrees with baseline { $baseline } and target { $target }, which give { $implied }
g002-baseline = baseline
g002-target = target
g002-help = write `growth: { $growth }`, or correct the baseline or the target
g002-help-range = correct the growth, the baseline or the target so that they agree

# G003 unmeasurable-goal.
g003-unmeasurable = goal `{ $goal }` has neither a target nor a growth
g003-help = add `target:` (the value to reach) or `growth:` (the change from the baseline, e.g. `30%`)

# G004 parts-sum. $detail: g004-short, g004-over or g004-outside.
g004-mismatch = the parts of goal `{ $goal }` add up to { $sum }, not its target ({ $detail })
g004-short = { $amount } short
g004-over = { $amount } over
g004-outside = outside { $low }..{ $high }
g004-parts = { $count } parts
g004-help = adjust the parts or the target so that they agree

# G005 phase-target-sum. $sum: a percentage; $diff: how far from 100%.
g005-mismatch = the phase shares of goal `{ $goal }` add up to { $sum }, not 100%
g005-help-missing = adjust the shares so that they add up to 100% ({ $diff } missing)
g005-help-too-much = adjust the shares so that they add up to 100% ({ $diff } too much)

## References.

# What a reference names ($what) and the same in the plural ($whats).
ref-team = team
ref-teams = teams
ref-goal = goal
ref-goals = goals
ref-phase = phase
ref-phases = phases
ref-offer = promotion or coupon
ref-offers = promotion or coupons
ref-budget-line = budget line
ref-budget-lines = budget lines
# Where they are declared.
ref-section-team = `teams`
ref-section-goal = `goals`
ref-section-phase = `phases`
ref-section-offer = `promotions` or `coupons`
ref-section-budget-line = `budget.lines`
ref-unknown = unknown { $what } `{ $id }`
ref-declare = declare it under { $section }
# $list: the known ids.
ref-known = known { $whats }: { $list }
ref-known-more = known { $whats }: { $list }, … ({ $more } more)

# R001 unknown-team.
r001-no-teams = `{ $id }` names a team, but the spec has no `teams` section
r001-help-no-teams = add a `teams` section that lists every team named as an owner
# R007 unknown-budget-line. $id: the line named by `funded_by`.
r007-no-lines = `{ $id }` names a budget line, but the spec has no `budget.lines`
r007-help-no-lines = add the line under `budget.lines`

# R005 duplicate-id.
r005-duplicate = the id `{ $id }` is already used
r005-first = first used here
r005-help = give each item its own id and update the references
r005-level-twice = the level `{ $level }` is listed twice
r005-level-first = first listed here
r005-help-level = list each member level once

# R006 duplicate-plan-id. $file: the other plan's file.
r006-duplicate = plan id `{ $id }` is also the id of `{ $file }`
r006-help = give each plan its own id: `build` writes a plan's documents into a directory named by it

## Waivers.

# C001 waiver-expired. $rule: the waived rule's name; $place: the waiver's `at`; $expires: a date.
c001-expired = the waiver of `{ $rule }` at `{ $place }` expired on { $expires }; the finding it covered is reported again
# $approver: who approved the waiver, as written.
c001-help = ask { $approver } to renew it with a later `expires`, or fix the finding and delete the waiver

# C002 waiver-unused.
c002-unused = the waiver of `{ $rule }` at `{ $place }` silences nothing
c002-help = the finding is gone: delete the waiver

# C003 waiver-invalid.
c003-unknown-rule = the waiver names `{ $rule }`, which is not a campspec rule
c003-help-rules = `campspec rules` lists every rule
# $code, $name: the rule's code and name.
c003-locked = findings of { $code } `{ $name }` cannot be waived
c003-help-locked = fix the spec instead: this rule means part of the file could not be read
c003-unknown-place = the waiver's place `{ $place }` is not in this spec
c003-help-place = write a JSON pointer (`/copy/2/text`) or an id path (`copy.hero.text`)

## Carts.

# K001 cart-unknown-reference. $list: the plan's ids.
k001-no-coupon = the plan has no coupon `{ $id }`
k001-coupons = the plan's coupons: { $list }
k001-no-level = the plan has no member level `{ $level }`
k001-no-member-price = the plan has no member price
k001-levels = the plan's levels: { $list }
k001-no-scope = no coupon or discount of the plan covers the scope `{ $scope }`

# K002 cart-outside-window. $date: the order's day.
k002-outside = the order is placed on { $date }, outside the campaign window: no offer applies
k002-help = choose a time inside the window to see the plan's offers at work

# K003 cart-plan. $path: the plan named by `plan:`, relative to the cart; $reason: why it
# cannot be read; $dir, $parent: the directories searched; $plans: paths, joined.
k003-unreadable = the cart's plan `{ $path }` cannot be read: { $reason }
k003-none = no plan found for this cart: no `*.campaign.yaml` in `{ $dir }` nor in its parent `{ $parent }`
k003-several = several plans could price this cart: { $plans }
k003-help = name the plan with `plan:`, a path relative to the cart, e.g. `plan: ../my-plan.campaign.yaml`
# Under simulate: the cart names one plan and is priced with another.
k003-other-plan = the cart names the plan `{ $named }` but is priced with `{ $used }`
k003-other-help = price the cart with the plan it names, or change its `plan:`

## Internal.

# I001 internal-error. $panic: what failed, in campspec's own words.
i001-failed = campspec failed on this file (internal error: { $panic }); please report it
i001-help = this is a bug in campspec, not in the plan: report it to the campspec maintainers with the file and this message; the other files were checked
