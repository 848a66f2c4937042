## Rule messages: dates (D…).

# D003 phase-overlap. $phase starts on $start, before $earlier ends on $end; $days: days in both.
d003-overlap = phase `{ $phase }` starts on { $start }, before phase `{ $earlier }` ends on { $end }: { $days } { $days ->
        [one] day
       *[other] days
    } belong to both
d003-ends-here = phase `{ $phase }` ends here
# $before: the day before $phase starts; $after: the day after $earlier ends.
d003-help = end `{ $earlier }` on { $before }, the day before `{ $phase }` starts, or start `{ $phase }` on { $after }
d003-help-general = make each phase start the day after the previous one ends
