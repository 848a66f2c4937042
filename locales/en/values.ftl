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
