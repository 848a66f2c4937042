## Rule messages: wording (W…), and the lexicon notes and citations they append.

# Text given in both languages ($en, $zh: a lexicon term's note or laws and their
# Chinese forms); each language shows its own. $zh is named only so that both
# languages take the same arguments.
wording-own-language = { $zh ->
       *[other] { $en }
    }
# A wording finding's help ($help) with the lexicon term's note ($note) and the laws
# it cites for the plan's jurisdictions ($laws, joined with semicolons).
wording-help-note-laws = { $help } ({ $note }: { $laws })
wording-help-note = { $help } ({ $note })
wording-help-laws = { $help } ({ $laws })

# W001 cn-absolute-claim. $words: the words underlined; $group: the kind of claim.
w001-claim = `{ $words }` is an absolute claim ({ $group }), banned in advertising
w001-help = state a verifiable fact instead, or remove the word; if the context makes it harmless (a name, a usage tip, a self-comparison), waive the finding with the reason
w001-group-default = absolute claim
w001-group-superlative = superlative
w001-group-grade = grade
w001-group-guarantee = guarantee
w001-group-uniqueness = uniqueness
w001-group-price = price

# W002 cn-ranking-claim. $source: the item's `evidence`.
w002-evidenced = `{ $words }` is a ranking claim; its evidence is `{ $source }`
w002-evidenced-help = show the source, period and scope next to the claim in the text
w002-claim = `{ $words }` is a ranking or data claim without a source
w002-help = add `evidence:` (source, period, scope) to this item and show it next to the claim, or remove the claim

# W003 cn-state-endorsement.
w003-claim = `{ $words }` claims state supply or endorsement
w003-help = remove the claim
w003-pair = `{ $words }` presents a state organ, its staff or the army as endorser or customer
w003-pair-help = remove the claim: state organs, their staff and the army may not be used in advertising, by name or by implication (《广告法》 Art. 9(2))

# W004 cn-medical-claim. $illness: the illness or symptom named.
w004-claim = `{ $words }` is a medical claim, not allowed for non-medical goods
w004-help = remove the claim
w004-efficacy = `{ $words }` claims an effect on `{ $illness }`, an illness or symptom: a medical claim, not allowed for non-medical goods
w004-efficacy-help = remove the claim; describe the product, not an effect on illness

# W005 cn-final-interpretation.
w005-claim = `{ $words }` reserves a final right of interpretation; such clauses are void
w005-help = remove the clause and give a contact for questions instead

# W006 en-superlative-claim.
w006-claim = `{ $words }` is a superlative or ranking claim that needs substantiation
w006-scoped = `{ $words }` is a superlative claim that needs substantiation
w006-help = keep evidence and qualify the claim, or rephrase it

# W007 en-guarantee-claim.
w007-claim = `{ $words }` is an absolute promise or efficacy claim
w007-help = state what is promised and where its terms are, or remove the claim

# W008 en-health-claim. $illness: the illness or symptom named.
w008-health = `{ $words }` is a health claim in words no register authorises
w008-cure = `{ $words }` is a claim to cure or treat illness
w008-help = remove the claim unless the product is a licensed medicine or medical device
w008-efficacy = `{ $words }` claims an effect on `{ $illness }`, an illness or symptom
w008-efficacy-help = remove the claim, or word it as the product's licence or authorised claim allows

# W009 en-endorsement-claim. $source: the item's `evidence`.
w009-evidenced = `{ $words }` claims an endorsement; its evidence is `{ $source }`
w009-evidenced-help = say exactly what the approval, warrant or contract is, as the evidence shows
w009-claim = `{ $words }` claims the endorsement of a public body, the armed forces or the Royal Family
w009-help = remove the claim, or add the approval, warrant or contract as `evidence:` and say exactly what it is

# W010 en-final-decision-clause.
w010-claim = `{ $words }` lets the trader alone interpret the terms or decide disputes; such a term may not bind the customer
w010-help = remove the clause and say how questions and complaints are handled instead

## What an offer in the plan says when the copy's claim disagrees with it
## (src/wording/claims: L001's "…, but <what the plan says>" and its help). Amounts,
## ratios and ids are written as the plan or the copy writes them.

# Items joined with commas: $first, then the rest ($rest, itself such a list).
wording-claim-list = { $first }, { $rest }
# A pay share as English copy writes it: $off percent off; $pay a share paid.
wording-claim-percent-off = { $off }% off
wording-claim-pays = pays { $pay }
wording-claim-a-percentage = a percentage
# $spend: the tier's threshold; $discount: the tier's discount as written; $ratio: its pay share.
wording-claim-tier-no-repeat = the tier from { $spend } does not repeat (每满) in `{ $promotion }`
wording-claim-tier-takes = the tier from { $spend } takes `{ $discount }` off
wording-claim-tier-takes-ratio = the tier from { $spend } takes `{ $discount }` off, which is { $ratio }
wording-claim-coupon-takes = coupon `{ $coupon }` takes { $amount } off
wording-claim-coupon-takes-ratio = coupon `{ $coupon }` takes { $percent } off, which is { $ratio }
wording-claim-no-spend-amount = no tier or coupon from { $spend } takes { $off } off
wording-claim-no-spend-ratio = no tier or coupon from { $spend } takes { $ratio }
wording-claim-deepest = the deepest price is { $ratio }
wording-claim-prices-are = the prices are { $prices }
wording-claim-no-ratio = no price or share off to compare
wording-claim-most-saved = the most saved is { $amount }
wording-claim-amounts-are = the amounts off are { $amounts }
wording-claim-no-amount = no amount off to compare
wording-claim-max-repeats = `{ $promotion }` repeats at most { $n } times (`max_repeats`)
wording-claim-once-per-order = `{ $promotion }` applies once per order (no `repeat`)
wording-claim-cap = `{ $coupon }` saves at most { $cap } (`cap`)
wording-claim-no-uncapped = no repeating tier or percentage coupon to compare
wording-claim-per-user = `{ $offer }` allows { $n } per customer
wording-claim-no-per-user = no per-customer limit (`per_user`) is set
wording-claim-per-day = one customer may claim { $n } per day (`claims_per_user_per_day`)
wording-claim-fewer-left = the quantity of `{ $offer }` is { $quantity }, fewer than are said to be left
wording-claim-quantity = the quantity of `{ $offer }` is { $quantity }
wording-claim-no-quantity = no quantity is set
wording-claim-min-spend = coupon `{ $coupon }` needs a spend of { $min_spend }
wording-claim-no-free-coupon = no coupon without a minimum spend
wording-claim-values-are = the values are { $values }
wording-claim-value-multiple = `value_multiple` is { $multiple }
wording-claim-no-mystery-box = no mystery box to compare
wording-claim-items-per-slot = `items_per_slot` is { $n }
wording-claim-no-items-per-slot = `items_per_slot` is not set
wording-claim-no-flash-sale = no flash sale to compare
wording-claim-slots-are = the slots are { $slots }
wording-claim-early-days = early access is { $days } days
wording-claim-no-early-days = no early access is set
wording-claim-no-early-access = no member price with early access
# $start, $end: the offer's first and last day; $month, $day: the day the copy names.
wording-claim-runs = `{ $offer }` runs { $start } to { $end }
wording-claim-runs-without = `{ $offer }` runs { $start } to { $end }, which does not include { $month }月{ $day }日
# $weekday: Monday … Sunday.
wording-claim-ends-on = `{ $offer }` ends on { $end }, a { $weekday }
wording-claim-no-period = the offer's period is not known
wording-claim-standalone = `{ $offer }` is `standalone` (it combines with nothing)
wording-claim-exclusive-group = `{ $x }` and `{ $y }` are in one `exclusive` group
wording-claim-item-prices = `{ $x }` and `{ $y }` are both item prices, and an item has one price
wording-claim-max-coupons = `max_coupons_per_order` is { $max }
wording-claim-coupons-stack = `max_coupons_per_order` is { $max } and no `exclusive` group holds `{ $x }` and `{ $y }`, so both coupons can go on one order
wording-claim-offers-stack = `stacking` lets `{ $x }` and `{ $y }` go on one order (neither is `standalone`, no `exclusive` group holds both)
# $why: why the two cannot go on one order (one of the messages above).
wording-claim-apart = `{ $x }` cannot go on an order with `{ $y }`: { $why }
# $basis: 满300减40 / $40 off $300 as the copy writes it; $share: the pay share it gives.
wording-claim-effective-pays = { $basis } pays { $paid }/{ $spend } = { $share }
wording-claim-offers-give = the offers give { $shares }

# L001's help: $spec, what to change in the plan; $copy, what to change in the copy.
wording-fix-both = { $spec }, or { $copy }
wording-fix-spec = { $spec }, or the copy to match it
wording-fix-copy = change { $copy }
wording-fix-agree = make the words and the spec agree
wording-fix-coupons-exclusive = set `stacking.max_coupons_per_order` to 1 or add `[{ $x }, { $y }]` to `stacking.exclusive`
wording-fix-exclusive = add `[{ $x }, { $y }]` to `stacking.exclusive` (or `{ $x }` to `stacking.standalone`)
# $field: the field as the plan writes it (`promotions[tiers].tiers[0].discount`).
wording-fix-add = add `{ $add }` to `{ $field }`
wording-fix-change-to = change `{ $field }` to `{ $value }`
wording-fix-change = change `{ $field }`
wording-fix-add-repeat = add `repeat: true` to the promotion of `{ $field }`
wording-fix-remove = remove `{ $field }`
wording-fix-repeat-every = add `repeat: true` (every multiple of the spend) to `{ $field }`
wording-fix-runs = change `{ $field }` so that the offer runs { $from } to { $to }
wording-fix-take-out = take `{ $words }` out of the copy
wording-fix-not-standalone = take `{ $x }` out of `stacking.standalone`
wording-fix-not-exclusive = take `{ $x }` or `{ $y }` out of `{ $field }`
wording-fix-two-coupons = raise `stacking.max_coupons_per_order` to 2
# $words: the copy's words corrected.
wording-fix-copy-to = the copy to `{ $words }`
