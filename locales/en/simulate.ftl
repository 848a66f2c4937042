## campspec simulate: the receipt of a priced cart, why offers were not applied, and
## its errors.

# The receipt's first line ($cart, $spec: file names).
sim-header = { $cart } priced with { $spec }
# $at: the order's date and time as the cart writes it.
sim-order-at = order at { $at }
# A cart line's notes after its name: its scope and/or the flash mark.
sim-notes-one = {" "}({ $note })
sim-notes-two = {" "}({ $first }, { $second })
sim-note-flash = flash
sim-list-total = list total
# The step labels (padded in code) and the lines beside them.
sim-step-item = 1 item level
sim-step-tiers = 2 spend tiers
sim-step-coupons = 3 coupons
sim-paid = = paid
sim-no-item-level = no item-level price
sim-item-subtotal = item-level subtotal
sim-no-tiers = none reached
sim-after-tiers = after tiers
sim-no-coupons = none usable
sim-floored = (floored at zero)
# The item-level step: $id $name of the promotion, the list value $applies it applies to,
# what it $becomes, and $price (what it does).
sim-item-step = { $id } { $name }: { $applies } → { $becomes } ({ $price })
# A tier step: $tier says which tier.
sim-tier-step = { $id } { $name }: { $tier }
# A coupon step: $base the amount its minimum $min is tested on.
sim-coupon-step = { $id } { $name }: { $base } ≥ { $min }
# What an item-level price does ($percent paid, or $amount off).
sim-price-pays = pays { $percent }
sim-price-off = { $amount } off
# A member price at the customer's $level.
sim-price-member = member level `{ $level }`: { $price }
# A repeating tier: $amount off per $spend, $times times.
sim-tier-repeat = { $amount } off per { $spend } × { $times }
# A tier from $spend: $off (a percentage) off.
sim-tier-from = from { $spend }: { $off } off
# A tier from $spend: $amount off.
sim-tier-from-amount = from { $spend }: { $amount } off
# $saving in money, $percent of the list total.
sim-saving = saving { $saving } = { $percent } of the list total
# Added after sim-saving: the plan's worst-case depth.
sim-saving-worst = {" "}(the plan's worst case: { $worst })
sim-below-min-order = note: this order is below the smallest order value the worst case considers
# A gift reached: $gift (its name), $id of the promotion, $spend the tier's spend.
sim-gift = gift: { $gift } ({ $id }: paid ≥ { $spend })
sim-not-applied = not applied:

## Why an offer was not applied.

sim-not-in-plan = not in the plan
# $phases: the phase ids, each in backticks, joined with sim-phase-sep; $date: the order's day.
sim-phase-only = runs in phase { $phases } only, not on { $date }
sim-phase-sep = {", "}
sim-phase-id = `{ $id }`
sim-outside-window = { $date } is outside the campaign window
sim-not-member = the customer is not a member
# $time: the order's time (HH:MM).
sim-slot-not-started = the first slot of the day has not started at { $time }
sim-no-flash-item = no item in the cart is on the flash sale
sim-no-item-in-scope = no item in the cart is in its scope
sim-not-held = the customer does not hold it
sim-not-audience = for the audience `{ $audience }`, which the customer is not in
sim-not-valid = not valid on { $date }
sim-no-gift-tier = the amount paid reaches no gift tier
sim-standalone = standalone: it combines with nothing, and the order is cheaper without it
sim-exclusive = exclusive with `{ $other }`, which saves more here
# $min: the coupon's minimum spend; $max: coupons per order.
sim-coupon-unused = its minimum { $min } is not reached, or other coupons save more (at most { $max } per order)
# $low: the lowest tier's spend.
sim-tier-unused = its lowest tier ({ $low }) is not reached, or it saves less
sim-cheaper-without = the order is cheaper without it

## Errors.

# $path: the cart's file; $error: why it could not be read.
sim-cannot-read = cannot read { $path }: { $error }
sim-unmodelled = the plan's offers cannot be priced until its errors are fixed
sim-plan-errors = the plan has errors; fix them before simulating
# $path: the plan's or the cart's file; $limit: the size limit in bytes.
sim-too-large = { $path } is larger than the limit of { $limit } bytes (--max-file-size, or max_file_size in campspec.toml): it was not read
