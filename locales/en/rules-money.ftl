## Rule messages: money at risk (M…), what offers cost against the budget lines that fund them.
## Money and percentages arrive formatted (¥50, 35%); ids as written.

# $id: an offer id.
m-offer-coupon = coupon `{ $id }`
m-offer-promotion = promotion `{ $id }`
# The worst case and how it was reached. $units: a count (20,000); $each, $worst: money.
m-computation-units = { $units } × { $each } = { $worst }
m-computation-sum = { $worst }
# $depth: the deepest saving (20%); $sales: the sales target of the offer's phases.
m-computation-forecast = { $worst } ({ $depth } off on { $sales } of targeted sales)
# $line: a budget line id; $amount: its amount.
m-line-label = budget line `{ $line }`: { $amount }
# $offer: m-offer-*; $cost: what it is expected to cost.
m-funded-offer = { $offer }: { $cost }

# M001 liability-over-line. $offer: m-offer-*; $computation: m-computation-*; $line: a line
# id; $amount: the line's amount; $over: the difference; $expected: the expected cost;
# $redemption: the stated redemption (35%).
m001-over-worst = { $offer } can cost { $computation } if every one is used, more than the { $amount } of budget line `{ $line }` (over by { $over }); no redemption is stated
m001-over-expected = { $offer } is expected to cost { $expected } ({ $redemption } of { $computation }), more than the { $amount } of budget line `{ $line }` (over by { $over })
m001-help = issue fewer, lower the amount, state the expected `redemption`, or move { $over } into the line

# M002 worst-case-over-line. Arguments as M001.
m002-worst = { $offer } fits budget line `{ $line }` ({ $amount }) at { $redemption } redemption ({ $expected }), but can cost { $computation } if every one is used (over by { $over })
m002-help = cap the quantity at what the line pays for, plan to stop the offer when the line is spent, or waive the finding naming who accepts the risk

# M003 offer-unfunded. $offer: m-offer-*; $computation: m-computation-*.
m003-unfunded = { $offer } can cost { $computation } but names no budget line
m003-help = add `funded_by:` naming the budget line that pays for it

# M004 liability-unbounded. $offer: m-offer-*.
m004-no-quantity = { $offer } has no `quantity`: what it can cost has no upper bound
m004-no-list-price = { $offer } has no `list_price`: what its markdowns cost has no upper bound
m004-no-reward-cost = { $offer } has no `reward_cost`: what its rewards cost has no upper bound
m004-help-quantity = state how many are issued or given with `quantity:`
m004-help-list-price = add `list_price:` with the list price of the dearest slot item
m004-help-reward-cost = add `reward_cost:` with what one reward costs the company

# M005 line-overcommitted. $line: a line id; $count: how many offers; $sum: what they are
# expected to cost together; $amount: the line's amount; $over: the difference; $total: the
# budget total.
m005-over = budget line `{ $line }` ({ $amount }) funds { $count } offers expected to cost { $sum } together, { $over } more than it holds
m005-over-total = budget line `{ $line }` ({ $amount }) funds { $count } offers expected to cost { $sum } together, more than the whole budget ({ $total })
m005-help = move an offer to another line, issue fewer, or move { $over } into the line
