## Value messages: money, percentages, 折 discounts, dates, times, durations, counts,
## measures, ranges, ids and numbers as the plan writes them.

# $shown: the value as written; $noun: value-noun-….
value-not-a = `{ $shown }` is not { $noun }
value-empty = expected { $noun }, found an empty value
# $found: found-… or value-found-empty.
value-wrong-kind = expected { $noun }, found { $found }
value-found-empty = an empty value

value-noun-number = a number
value-help-number = write a number such as 2.5
value-noun-count = a count
value-help-count = write a whole number such as 5000 or "5万"
value-noun-id = an id
value-help-id = write a short id in lowercase letters, digits and '-', such as "burst"
value-noun-discount = a discount
value-help-discount = write a discount such as "9%", "8.5折" or 30
value-noun-zhe = a 折
value-help-zhe = write a 折 from "1折" to "9.9折", such as "8.5折" or "85折"
value-noun-date = a date
value-help-date = write a date as YYYY-MM-DD, such as 2027-01-16
value-noun-time = a time of day
value-help-time = write a time such as "10:00"
value-noun-duration = a duration
value-help-duration = write a duration such as "2y", "6mo", "90d" or "36h"
value-noun-measure = a goal value
value-help-measure = write a value such as "1.5亿", "15%", "30万" or 45
value-noun-measure-money = an amount of money
value-help-measure-money = write an amount such as "5000" or "¥5000"
value-noun-measure-count = a count
value-help-measure-count = write a count such as "5000" or "5万"
value-noun-score = a plain number
value-help-score = write a plain number such as 45
value-noun-custom = a number with an optional unit word
value-help-custom = write a number, optionally followed by its unit, such as "4.8分"
value-noun-share = a share or an amount
value-help-share = write a share such as "20%" or an amount such as "300万"
value-noun-money = an amount of money
value-help-money = write an amount such as 299 or "¥299"
value-noun-percent = a percentage
value-help-percent = write a percentage such as "15%"
value-noun-range = a range
value-help-range = write a range such as "2..3"

# $text: the value to write.
value-write = write "{ $text }"
# $percent: the percentage off, as a number.
value-write-percent-off = write "{ $percent }%" (percent off)

# $shown: the number as written.
value-percent-bare = `{ $shown }` is a bare number, which is ambiguous for a percentage
# $fraction: the number read as a fraction (`70%` for 0.7); $as_written: the number with `%`.
value-percent-bare-help = write "{ $fraction }" ({ $shown } as a fraction) or "{ $as_written }"

## Numbers as written (shared by every numeric type).

# $head: value-write or value-write-or; $next: another value to write.
value-write-or = { $head } or "{ $next }"
# $text: the value to write, shown without quotes.
value-write-bare = write { $text }
value-too-large = `{ $shown }` is too large
value-two-points = `{ $shown }` has more than one decimal point
value-leading-point = `{ $shown }` has no digit before its decimal point
value-trailing-point = `{ $shown }` has nothing after its decimal point
value-decimal-comma = `{ $shown }` uses a comma as its decimal point
value-misplaced-separator = `{ $shown }` has a misplaced thousands separator: commas go between groups of three digits
value-too-many-digits = `{ $shown }` has too many digits
# $multiplier: 万 or 亿.
value-plain-multiplier = `{ $shown }` uses { $multiplier }, but this value is a plain number
value-space-inside = `{ $shown }` has a space inside the number
# $word: the multiplier written (k, w, 千…).
value-foreign-multiplier = `{ $shown }` uses `{ $word }` as a multiplier; the multipliers campspec reads are 万 and 亿
value-not-finite = `{ $shown }` is not a finite number
value-help-significant-digits = write a number with at most 28 significant digits
value-fullwidth-digits = `{ $shown }` is written with fullwidth digits
# $char: the fullwidth character.
value-fullwidth-char = `{ $shown }` has the fullwidth character `{ $char }`
value-help-ascii = use ASCII digits and punctuation (0-9 . , - :)
value-chinese-numerals = `{ $shown }` is written in Chinese numerals

## Counts.

value-negative-count = `{ $shown }` is a negative count
value-count-is-percentage = `{ $shown }` is a percentage, not a count
value-count-plus-sign = `{ $shown }` has a plus sign, which counts do not take
value-count-is-money = `{ $shown }` is an amount of money, not a count
# $word: the unit word (件, 人…).
value-count-unit-word = `{ $shown }` has a unit word ({ $word }); a count here is the number alone
# $value: the number the value comes to.
value-scaled-not-whole = `{ $shown }` is { $value }, not a whole number
value-not-whole = `{ $shown }` is not a whole number
value-count-too-large = `{ $shown }` is too large for a count
value-help-count-below = write a count below 18446744073709551616

## Discounts and 折.

value-discount-named = `{ $shown }` says what the discount is called; write only how much it is
# $number: the number written.
value-discount-off-unclear = `{ $shown }` does not say whether it is a percentage or an amount
value-help-discount-off-unclear = write "{ $number }%" for percent off, or "{ $number }" for an amount off
value-discount-whole-tier = `{ $shown }` is a whole tier; the spend and the discount are written separately
# $spend: the spend as written; $discount: the discount as written.
value-help-discount-whole-tier = put { $spend } in `spend` and write "{ $discount }" here
value-saves-nothing = `{ $shown }` saves nothing
value-help-percent-off = write the percentage off, such as "10%"
value-help-amount-off = write the amount off, such as 30
value-discount-negative = `{ $shown }` is negative; a discount is what the customer saves
value-discount-over-price = `{ $shown }` is more than the whole price
value-help-at-most-100 = write at most "100%"
# $percent: the number read as a percentage (15 for 0.15).
value-discount-ambiguous = `{ $shown }` is ambiguous: it could be { $percent }% off or an amount of { $shown }
value-help-discount-ambiguous = write "{ $percent }%" for percent off, or "¥{ $shown }" for an amount
value-zhe-word-before = `{ $shown }` has a word before the 折
value-zhe-more-than-value = `{ $shown }` has more than the 折 value
value-zhe-full-price = `{ $shown }` is the full price, which saves nothing
value-help-zhe-below-10 = write a 折 below 10折, such as "9折"
value-zhe-below-one = `{ $shown }` is below 1折; 折 takes 1 to 9.9
# $places: how many decimal places (two or more).
value-zhe-decimal-places = `{ $shown }` has { $places } decimal places; 折 takes one (8.5折) or two digits (85折)
value-zhe-ends-in-zero = `{ $shown }` is ambiguous: a two-digit 折 does not end in 0
value-zhe-decimals-after-two = `{ $shown }` has decimals after two digits; 折 takes one decimal (8.5折) or two digits (85折)

## Money.

value-money-is-percentage = `{ $shown }` is a percentage, which is not an amount of money
value-negative-amount = `{ $shown }` is a negative amount
value-amount-plus-sign = `{ $shown }` has a plus sign, which amounts do not take
value-money-too-large = `{ $shown }` is too large for an amount of money
value-help-money-below = write an amount below 1000万亿 (1,000,000,000,000,000)
# $value: the amount the value comes to.
value-scaled-cents = `{ $shown }` is { $value }, which has more than two decimal places; money is counted in whole cents
value-cents = `{ $shown }` has more than two decimal places; money is counted in whole cents
# $sign: the currency sign written before the amount.
value-two-currencies = `{ $shown }` mixes two currencies: `{ $sign }` and `元`
value-names-currency = `{ $shown }` names a currency; amounts are written in the plan's currency
# $word: the word written after the amount (块, 美元…).
value-yuan-word = `{ $shown }` uses `{ $word }`; write `元` or `¥` for yuan
value-currency-name = `{ $shown }` names a currency (`{ $word }`); write its sign before the amount
value-money-is-count = `{ $shown }` is a count ({ $word }), not an amount of money

## Percentages.

value-percent-too-large = `{ $shown }` is too large for a percentage
value-help-percent-between = write a percentage between -1,000,000% and 1,000,000%
# $places: the most decimal places allowed (6).
value-percent-decimals = `{ $shown }` has more than { $places } decimal places
value-percent-spelt-out = `{ $shown }` spells out the percent sign
value-percent-two-signs = `{ $shown }` has more than one percent sign

## Ids.

value-help-id-non-ascii-cjk = ids are ASCII (lowercase letters, digits, '-'); for example `burst`; put the Chinese in `name`
value-help-id-non-ascii = ids are ASCII (lowercase letters, digits, '-'); put the full title in `name`
# $len: the id's length in characters; $max: the longest allowed (64).
value-id-too-long = `{ $shown }` is { $len } characters long; an id has at most { $max }
value-help-id-shorten = shorten it
value-id-start-letter = `{ $shown }` must start with a letter
value-help-id-start-letter = start the id with a lowercase letter
value-id-invalid = `{ $shown }` is not a valid id: ids use lowercase letters, digits and '-'
value-id-non-ascii = `{ $shown }` is not an ASCII id

## Ranges.

value-range-too-many-dots = `{ $shown }` has too many dots; a range is written LOW..HIGH
value-range-separator = `{ $shown }` is not written as a range: write LOW..HIGH with two dots
value-range-more-ends = `{ $shown }` has more than two ends; a range is written LOW..HIGH
value-range-backwards = `{ $shown }` runs backwards
value-range-missing-end = `{ $shown }` is missing one end of the range
value-range-single = `{ $shown }` is a single number, not a range
value-help-range-single = write a range such as "{ $shown }..{ $shown }" for exactly { $shown }, or "2..3"

## Goal values and budget shares.

value-range-one-percent = `{ $shown }` has a percent sign on one end only
# $unit: the unit word written (件, 人…).
value-found-count-unit = a count ({ $unit })
value-metric-money = is measured in money
value-metric-percent = is a percentage
value-metric-count = is a count
value-metric-score = is a plain number (a score)
value-metric-custom = is a number with an optional unit word
# $what: value-noun-… or value-found-count-unit; $metric: value-metric-….
value-metric-mismatch = `{ $shown }` is { $what }, but this metric { $metric }
# $number: the number as written.
value-help-metric-money = write an amount such as "{ $number }" or "¥{ $number }"
value-help-metric-count = write a count such as "{ $number }"
value-negative-share = `{ $shown }` is a negative share

## Dates.

value-month-1 = January
value-month-2 = February
value-month-3 = March
value-month-4 = April
value-month-5 = May
value-month-6 = June
value-month-7 = July
value-month-8 = August
value-month-9 = September
value-month-10 = October
value-month-11 = November
value-month-12 = December
value-month-unknown = that month
value-date-is-number = `{ $shown }` is a number, not a date
# $month: the month number written.
value-date-no-month = `{ $shown }` is not a date: there is no month { $month }
value-help-date-month = write a month from 01 to 12
# $month: value-month-…; $year: the year (four digits); $days: the days in that month.
value-date-no-day = `{ $shown }` is not a date: { $month } { $year } has { $days } days
# $first, $last: the first and last day of the month, as YYYY-MM-DD.
value-help-date-between = write a day between { $first } and { $last }
value-date-not-iso = `{ $shown }` is not written as YYYY-MM-DD
value-date-with-time = `{ $shown }` has a time of day; this field is a calendar day
value-date-no-year = `{ $shown }` has no year
# $month, $day: two digits each.
value-help-date-year = write the year too, as YYYY-{ $month }-{ $day }
value-date-either-way = `{ $shown }` is not written as YYYY-MM-DD, and its day and month could be either way round
# $date: YYYY-MM-DD; $day: the day of the month; $month: value-month-….
value-date-reading = { $date } ({ $day } { $month })
# $head: value-date-reading or value-date-reading-or; $next: value-date-reading.
value-date-reading-or = { $head } or { $next }

## Times of day.

value-help-time-range = write a time from "00:00" to "23:59"
value-time-hours = `{ $shown }` is not a time of day: hours run from 00 to 23
value-time-minutes = `{ $shown }` is not a time of day: minutes run from 00 to 59
value-time-seconds = `{ $shown }` has seconds; times are written to the minute
value-time-one-digit-minute = `{ $shown }` has a one-digit minute
value-time-is-number = `{ $shown }` is a number, not a time of day
# $time: the time as HH:MM; $minutes: the number it was read as.
value-time-yaml-minutes = `{ $shown }` is a number, not a time of day (a YAML 1.1 reader turns an unquoted { $time } into { $minutes })
value-help-quote-time = quote it: "{ $time }"
value-time-not-hhmm = `{ $shown }` is not written as HH:MM
value-time-no-minutes = `{ $shown }` has no minutes
value-time-not-24h = `{ $shown }` is not written as HH:MM on the 24-hour clock

## Durations.

value-unit-hours = hours
value-unit-days = days
value-unit-weeks = weeks
value-unit-months = months
value-unit-years = years
value-duration-negative = `{ $shown }` is negative
# $unit: value-unit-….
value-duration-not-whole = `{ $shown }` is not a whole number of { $unit }
value-help-duration-whole = write a whole number of { $unit }
value-duration-too-long = `{ $shown }` is too long a duration
value-duration-unit-name = `{ $shown }` does not use a duration unit campspec reads
value-duration-m = `{ $shown }` is ambiguous: `m` could be months or minutes
value-duration-too-fine = `{ $shown }` is finer than an hour; durations are whole hours, days, weeks, months or years
value-help-duration-hours = write a duration in hours or more, such as "1h"
value-duration-bare = `{ $shown }` has no unit: hours, days, weeks, months or years?
value-help-duration-bare = write "{ $shown }d" for days; the units are h, d, w, mo and y

## Order times (`simulate` carts).

value-order-time-no-time = `{ $shown }` has no time of day
value-help-order-time = write the date and time, e.g. "{ $shown } 10:00"
