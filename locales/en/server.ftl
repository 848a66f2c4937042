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
