## The language server's own words: what a value reads as, on hover.

# A date and its weekday ($weekday: 1 = Monday … 7 = Sunday).
server-hover-date = { $date }, a { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
# A discount as written ($value), the share paid ($pay) and saved ($off).
server-hover-discount = `{ $value }`: pay { $pay } of the price, { $off } off
# A percentage as written ($value) and as a ratio ($ratio).
server-hover-percent = `{ $value }` is the ratio { $ratio }
# An amount as written ($value) and exactly ($amount).
server-hover-money = `{ $value }` is { $amount }
# A number with 万 or 亿 as written ($value) and written out ($number).
server-hover-number = `{ $value }` is { $number }
# A range as written ($value) and its ends read exactly ($low, $high).
server-hover-range = `{ $value }`: from { $low } to { $high }, both included
# An id and what it names ($section: teams, phases, goals, promotions, coupons,
# budget-lines…; $name: the item's name, else its id).
server-hover-id = `{ $id }`: { $section ->
        [teams] the team
        [phases] the phase
        [goals] the goal
        [promotions] the promotion
        [coupons] the coupon
        [budget-lines] the budget line
        [copy] the copy
        [risks] the risk
        [materials] the material
       *[other] the item
    } { $name }

## Hover on an offer (a promotion or a coupon).

# Its name ($name), id ($id), promotion type ($kind: `coupon` for a coupon) and
# mechanics in one line ($mechanics).
server-offer = **{ $name }** (`{ $id }`, { $kind ->
        [coupon] coupon
       *[other] { $kind }
    }): { $mechanics }
# Its place in the plan's worst-case stacking: the offers it stacks with there
# ($partners, $count of them), the list-price order ($order), what it pays ($paid) and
# the depth ($depth; $at_least: yes when some offers could not be priced).
server-offer-worst = In the worst case it { $count ->
        [0] applies alone
       *[other] stacks with { $partners }
    }: a list-price order of { $order } pays { $paid }, { $at_least ->
        [yes] at least { $depth } off
       *[other] { $depth } off
    }
# An offer outside the worst case ($offers: the worst case's offers; $depth, $at_least as above).
server-offer-not-in-worst = Not part of the worst case ({ $offers }, { $at_least ->
        [yes] at least { $depth } off
       *[other] { $depth } off
    })
server-offer-not-priced = The stacking analysis does not price this offer.

## Completion.

# The detail of a key the mapping must have.
server-complete-required = required

## Settings read again while serving.

# A campspec.toml that cannot be read ($error): the settings before it stay.
server-settings-kept = { $error } (the previous settings stay in force)
