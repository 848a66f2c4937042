## campspec diff: what changed between two versions of a plan (Markdown, text, and the
## sentences of the JSON).

diff-md-heading = ## campspec diff
diff-no-changes = No plans changed.
# The status of an added or removed plan before its $summary (Markdown).
diff-md-added = **New plan.** { $summary }
diff-md-removed = **Plan removed.** { $summary }
diff-findings-introduced = Findings introduced
diff-findings-resolved = Findings resolved
# A finding on one side only: $severity (diff-severity), $code, $rule (its name),
# $message, $line (in that side's file).
diff-md-finding = { $severity } `{ $code }` { $rule }: { $message } (line { $line })
diff-human-finding = { $severity }[{ $code }] { $message } (line { $line })
diff-severity = { $severity ->
        [error] error
        [warning] warning
       *[other] info
    }
# A plan's heading in the text format: its $name and $label (file names).
diff-human-plan = { $name } ({ $label })
diff-human-section = { $title }:
# A section of the plan, as a heading ($key: the section's key).
diff-section = { $key ->
        [plan] Plan
        [goals] Goals
        [phases] Phases
        [budget] Budget
        [promotions] Promotions
        [coupons] Coupons
        [copy] Copy
        [teams] Teams
        [risks] Risks
        [materials] Materials
        [stacking] Stacking
        [guardrails] Guardrails
        [compliance] Compliance
        [results] Results
       *[other] { $key }
    }
# A section of the plan inside the summary sentence.
diff-section-in = { $key ->
        [plan] plan
        [goals] goals
        [phases] phases
        [budget] budget
        [promotions] promotions
        [coupons] coupons
        [copy] copy
        [teams] teams
        [risks] risks
        [materials] materials
        [stacking] stacking
        [guardrails] guardrails
        [compliance] compliance
        [results] results
       *[other] { $key }
    }
# Joins section names in the summary.
diff-list-sep = {", "}
# Joins the parts of the summary.
diff-part-sep = {"; "}

## Why a side could not be compared ($label: the side's name).

diff-problem-failure = { $label }: { $failure }
diff-problem-unread = { $label }: could not be read as a plan

## Changes ($subject: a field, dotted below its item: `win-back.amount`).

diff-field = `{ $subject }`
diff-field-set = `{ $subject }` set to { $new }
diff-field-removed = `{ $subject }` removed (was { $old })
diff-field-changed = `{ $subject }`: { $old } → { $new }
# $delta: the difference (`+100`, `+¥50万`, diff-delta-pp).
diff-field-changed-delta = `{ $subject }`: { $old } → { $new } ({ $delta })
# A difference of percentages, in percentage points ($delta: `+5`).
diff-delta-pp = { $delta } pp
# An item added or removed ($name: its name or text).
diff-item-added = added `{ $id }`
diff-item-added-named = added `{ $id }` ({ $name })
diff-item-removed = removed `{ $id }`
diff-item-removed-named = removed `{ $id }` ({ $name })
diff-renamed = renamed `{ $old }` → `{ $new }` (otherwise unchanged)
# How far a date moved ($days: whole days).
diff-shift-same = same day
diff-shift-later = { $days } { $days ->
        [one] day
       *[other] days
    } later
diff-shift-earlier = { $days } { $days ->
        [one] day
       *[other] days
    } earlier
# How a pair of dates moved ($shift: diff-shift-…).
diff-moved = moved { $shift }
diff-starts = starts { $shift }
diff-ends = ends { $shift }
diff-starts-ends = starts { $start }, ends { $end }
diff-dates-changed = dates changed
diff-changed = changed
# The plan's own dates, as the subject of a move.
diff-window = window
diff-subject-id = `{ $id }`
# $subject moved ($how), from the $old to the $new range.
diff-dates = { $subject } { $how }: { $old } → { $new }
# A material's due date moved ($how).
diff-due = `{ $id }` due { $how }: { $old } → { $new }

## The worst-case exposure.

# $old, $new: the depths; $change: the change in percentage points (`+13.00`).
diff-exposure = Worst-case discount { $old } → { $new } ({ $change } pp)
diff-exposure-at = {", "}at an order value of { $old } → { $new }
diff-exposure-combination-changed = {"; "}combination { $old } → { $new }
diff-exposure-combination = {"; "}combination { $combination }
diff-exposure-margin = {"; "}margin left { $old } → { $new }
diff-exposure-now = Worst-case discount now { $new } ({ $combination })
diff-exposure-gone = Worst-case discount was { $old }; it can no longer be computed
# A new plan's exposure ($at: the order value of the worst case).
diff-exposure-added = Exposure added: worst-case discount { $new } at an order value of { $at } ({ $combination })
# A removed plan's exposure.
diff-exposure-removed = Exposure removed: worst-case discount { $old } at an order value of { $at } ({ $combination }) no longer at risk
diff-combination-none = none
diff-below-cost = below cost

## The summary sentence.

diff-summary-added = new plan
diff-summary-removed = plan removed
diff-summary-unchanged = no changes
# $count changes in $sections (joined with diff-list-sep).
diff-summary-changes = { $count } { $count ->
        [one] change
       *[other] changes
    } in { $sections }
diff-summary-exposure = worst-case discount { $change } pp
diff-summary-introduced = { $count } { $count ->
        [one] finding
       *[other] findings
    } introduced
diff-summary-resolved = { $count } { $count ->
        [one] finding
       *[other] findings
    } resolved

## Errors.

# $error: why git could not be started.
diff-cannot-run-git = cannot run git: { $error }
# $command: the git command run.
diff-git-not-utf8 = { $command }: output is not UTF-8
# $side: a side as given on the command line.
diff-side-not-utf8 = { $side }: not UTF-8 text
diff-no-such-side = { $side }: no such file (write REV:path to read from git)
diff-give-sides = give OLD and NEW (files or REV:path), or --base REV
# $what: --base or a REV:path side; $dir: the current directory.
diff-not-a-repository = campspec needs a git repository for { $what }, and { $dir } is not in one (run it inside a repository, or compare two files)

# The money at risk per budget line (issue 19): the worst case and expected cost of the
# offers a line funds ($line: the line id; amounts formatted; $worst may be "at least …").
diff-liability-title = Money at risk by budget line
diff-liability-changed = `{ $line }`: worst case { $old_worst } → { $new_worst }, expected { $old_expected } → { $new_expected }
diff-liability-added = `{ $line }` now funds offers: worst case { $worst }, expected { $expected }
diff-liability-removed = `{ $line }` no longer funds offers (worst case was { $worst }, expected { $expected })
# A worst case that is a floor: an offer of the line has no bound.
# The lines of a plan added or removed as a whole.
diff-liability-plan-added = `{ $line }`: worst case { $worst } now at risk (expected { $expected })
diff-liability-plan-removed = `{ $line }`: worst case { $worst } no longer at risk (expected { $expected })
diff-liability-at-least = at least { $amount }
