## Rule messages: pricing (P…) and values (V…).
## Money and percentages arrive formatted (¥299, 15%); ids and values as written.

## Shared: the labels on the offers of the worst case, and the worst case itself.

# $share: the share of the price paid (65%).
pricing-pays = pays { $share }
# $amount: an amount off.
pricing-amount-off = { $amount } off
# $level: a member level id; $price: pricing-pays or pricing-amount-off.
pricing-label-member = member price, level `{ $level }`: { $price }
pricing-label-flash = flash price: { $price }
pricing-label-discount = discount: { $price }
# 每满减: $amount off per full $spend, applied $times times.
pricing-label-repeat = { $amount } off per { $spend } × { $times }
pricing-label-spend-tiers = spend tiers
# $spend: the tier's spend; $off: an amount or a percentage.
pricing-label-tier = tier { $spend }: { $off } off
# $off: an amount or a percentage; $min: the coupon's minimum spend; $cap: its cap.
pricing-label-coupon = { $off } off from { $min }
pricing-label-coupon-capped = { $off } off (at most { $cap }) from { $min }
# $order: the list-price order value; $offers: the offers' ids, `a` + `b`; $paid: what is paid.
pricing-worst = a list-price order of { $order } with { $offers } pays { $paid }
pricing-gross-margin-at-list-price = gross margin at list price

# P001 tiers-out-of-order. $spend, $previous: tier spends as written.
p001-spend-not-rising = tier spend `{ $spend }` does not rise above the previous tier's `{ $previous }`
p001-previous-tier = previous tier
p001-spend-help = list tiers from the lowest spend up, each spend higher than the one before
# $spend: the higher tier's spend; $discount: its discount; $previous: the lower tier's discount.
p001-saves-less = the tier from `{ $spend }` (`{ $discount }`) saves no more than the tier before (`{ $previous }`) would on the same order
p001-saving-help = make each higher tier save more than the one before

# P002 tier-amount-exceeds-spend. $discount, $spend: as written.
p002-free = the tier `{ $discount }` off at `{ $spend }` makes an order that reaches it free
p002-the-spend = the spend
p002-help = take off less than the spend (or write a percentage such as `20%`)

# P003 repeat-shape. $promotion: an id; $count: its number of tiers.
p003-one-tier = `repeat: true` needs exactly one tier, but `{ $promotion }` has { $count }
p003-the-tiers = the tiers
p003-one-tier-help = keep one tier such as `{"{"} spend: 300, discount: 50 {"}"}`, or remove `repeat`
# $discount: the tier's discount as written.
p003-amount-off = `repeat: true` needs an amount off per multiple, not `{ $discount }`
p003-repeats = repeats per full spend
p003-amount-off-help = write an amount such as `50` (每满300减50), or remove `repeat`
p003-max-repeats = `max_repeats` without `repeat: true` limits nothing
p003-max-repeats-help = add `repeat: true` or remove `max_repeats`

# P004 member-levels-not-deeper. $level, $lower: level ids; $name: the level's name;
# $price, $lower_price: their prices as written.
p004-not-deeper = member level `{ $level }` ({ $name }) is higher than `{ $lower }` but its price `{ $price }` is not deeper than `{ $lower_price }`
p004-level = level `{ $level }`
p004-help = list levels from the lowest up, each paying less than the one before

# P005 early-access-outside-window. $days: early_access_days; $first: the promotion's
# first day; $opens: the day early access opens; $start: the window's first day.
p005-unrepresentable = early access of { $days } days starts before any date campspec can represent
p005-unrepresentable-help = give early access of a few days
p005-before-window = early access opens { $days } days before { $first }, on { $opens }, before the window opens on { $start }
p005-window-opens = the window opens here
p005-help = shorten the early access or open the window earlier

# P006 flash-margin-low. $price: the flash price as written; $promotion: an id; $left:
# the margin left; $gross: the gross margin; $required: the margin required.
p006-margin-low = at `{ $price }` the flash sale `{ $promotion }` keeps { $left } margin (gross margin { $gross }), below the required { $required }
p006-required-margin = required margin
# $zhe: the lowest flash price in 折 (6.5).
p006-help-lowest = the lowest price that keeps { $required } is { $zhe }折
p006-help-over-100 = no price keeps more than 100% margin, so none keeps { $required }; lower `min_margin` to below 100%
p006-help-100 = only goods that cost nothing keep { $required } margin, at any price; lower `min_margin` to below 100%
p006-help-none = no flash price can be named for this margin; check `min_margin` and `guardrails.gross_margin`

# P007 gift-cost-high. $gift: p007-the-gift or p007-the-gift-named; $share: the gift's
# cost as a share of $spend (as written); $max: max_gift_cost.
p007-gift-cost = { $gift } costs { $share } of its spend `{ $spend }`, above max_gift_cost { $max }
p007-the-gift = the gift
p007-the-gift-named = the gift `{ $gift }`
p007-the-limit = the limit
# $spend: the lowest spend at which the gift is within the limit.
p007-help = give it from a spend of at least { $spend }, or choose a cheaper gift
p007-help-zero = max_gift_cost is 0 %: give a gift that costs nothing, or raise the guardrail

# P008 coupon-exceeds-threshold. $coupon: an id; $amount, $min: as written.
p008-free = coupon `{ $coupon }` takes `{ $amount }` off orders from `{ $min }`: an order at the minimum is free
p008-the-minimum = the minimum spend
p008-help = raise `min_spend` above the amount, or lower the amount

# P009 coupon-shape. $coupon: an id; $percent: as written.
p009-both = coupon `{ $coupon }` has both `amount` and `percent`
p009-amount = amount
p009-both-help = keep one: an amount off, or a percentage with a `cap`
p009-neither = coupon `{ $coupon }` saves nothing: it has neither `amount` nor `percent`
p009-neither-help = add `amount: 50` or `percent: 10%` (with `cap:`)
p009-cap = coupon `{ $coupon }` has a `cap` but no `percent`
p009-cap-help = a cap limits a percentage coupon; remove it from an amount coupon
p009-percent-range = coupon `{ $coupon }` takes `{ $percent }` off; a percentage coupon takes more than 0% and at most 100%
p009-percent-help = write the share off, e.g. `10%`

# P010 uncapped-percent-coupon. $coupon: an id.
p010-uncapped = percentage coupon `{ $coupon }` has no `cap`: its saving grows with the order
p010-help = add `cap:` with the most one coupon may save

# P011 stacking-inconsistent. $id: an offer id.
p011-standalone-twice = `{ $id }` is listed in `standalone` twice
p011-first-listed = first listed here
p011-standalone-twice-help = list it once
p011-group-twice = `{ $id }` is listed twice in this exclusive group
p011-group-twice-help = list each id once
p011-standalone-in-group = `{ $id }` is standalone, so this exclusive group adds nothing for it
p011-standalone-here = standalone here
p011-standalone-in-group-help = remove it from the group (standalone already keeps it alone)
p011-group-too-small = an exclusive group needs at least two different ids
p011-group-too-small-help = name the offers that must not combine, e.g. `[member-price, tiers]`

# P012 stacking-too-deep. $depth: the worst-case depth; $max: max_discount; $worst: pricing-worst.
p012-too-deep = offers stack to { $depth } off, above max_discount { $max }: { $worst }
p012-too-deep-at-least = offers stack to at least { $depth } off, above max_discount { $max }: { $worst }
p012-help = keep the offers apart with `stacking.exclusive`, lower `max_coupons_per_order` or raise coupon minimums; or raise `max_discount` if this depth is acceptable

# P013 stacking-margin-low. $left: the margin left; $min: min_margin; $worst: pricing-worst.
p013-margin-low = the worst case leaves { $left } margin, below min_margin { $min }: { $worst }
p013-margin-low-at-most = the worst case leaves at most { $left } margin, below min_margin { $min }: { $worst }
p013-help = reduce the worst case with `stacking.exclusive`, fewer coupons per order or higher minimums, or lower `min_margin`

# P014 stacking-below-cost. $left: the (negative) margin left; $worst: pricing-worst.
p014-free = some orders are free: { $worst }
p014-below-cost = the worst case sells below cost ({ $left } margin left): { $worst }
p014-below-cost-at-most = the worst case sells below cost (at most { $left } margin left): { $worst }
p014-help = make the offers exclusive with `stacking.exclusive`, cap percentage coupons, or raise the minimums

# P015 limit-exceeds-quantity. $id: an offer id; $per_user, $quantity: numbers.
p015-over-quantity = `{ $id }` allows { $per_user } per customer but only { $quantity } in total
p015-the-total = the total
p015-help = make `per_user` at most `quantity` (were the numbers swapped?)

# P016 odds-over-total. $promotion: an id; $total: the odds together.
p016-over-total = the odds of `{ $promotion }`'s prizes add up to { $total }
p016-help = the chances of all prizes together are at most 100%
p016-odds = odds

# P017 box-value-low. $promotion: an id; $multiple: the low end of value_multiple.
p017-value-low = `{ $promotion }` may hold contents worth { $multiple } times its price: less than the customer pays
p017-help = make the low end of `value_multiple` at least 1

# P018 stacking-missing. $coupons: the number of coupons.
p018-missing = { $coupons } coupon(s) but no `stacking` section: every coupon is assumed to combine on one order
p018-help = add `stacking: {"{"} max_coupons_per_order: 1 {"}"}` or the number of coupons one order may use

# P019 empty-mechanic. $id: a promotion id; $what: one of p019-what-*.
p019-empty = `{ $id }` has no { $what }
p019-empty-help = add { $what }, or remove the promotion
p019-what-tiers = tiers
p019-what-gift-tiers = gift tiers
p019-what-levels = member levels
p019-what-slots = time slots
p019-what-box-prices = box prices
p019-what-prizes = prizes
# $slot: a flash-sale slot; $piece: a piece to collect, as written.
p019-slot-twice = the slot `{ $slot }` of `{ $id }` is listed twice
p019-slot-twice-help = list each slot once
p019-piece-twice = the piece `{ $piece }` of `{ $id }` is listed twice
p019-piece-twice-help = list each piece to collect once
p019-pieces = `{ $id }` needs at least two different pieces to collect
p019-pieces-help = list the pieces, e.g. `[福, 禄, 寿, 喜, 财]`
p019-points = the points of `{ $id }` are worth nothing
p019-points-help = give how many points pay how much, e.g. `{"{"} points: 100, worth: 1 {"}"}`

# V001 currency-mismatch. $written: the amount as written; $sign: one of v001-sign-*;
# $currency: the plan's currency code.
v001-mismatch = `{ $written }` is written in { $sign }, but the plan's currency is { $currency }
v001-sign-yuan-or-yen = yuan or yen (¥)
v001-sign-yuan = yuan (元)
v001-sign-dollar = dollars ($)
v001-sign-euro = euros (€)
v001-sign-pound = pounds (£)
v001-plans-currency = the plan's currency
# $plain: the amount without its sign.
v001-help = write `{ $plain }` (amounts are in the plan's currency; campspec does not convert)
