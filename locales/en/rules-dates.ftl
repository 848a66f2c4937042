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

## Shared by the date rules.

dates-window-opens = the window opens here
dates-window-closes = the window closes here

# D001 start-after-end. $what: the period (d001-window, d001-phase or d001-coupon); $start, $end: its dates.
d001-starts-after = { $what } starts on { $start }, after it ends on { $end }
d001-window = the campaign window
d001-phase = phase `{ $phase }`
d001-coupon = the validity of coupon `{ $coupon }`
d001-ends-here = ends here
d001-help = swap the dates, or correct the one that is wrong (both days are inclusive)

# D002 outside-window. $start/$end: the phase's date; $opens/$closes: the window's.
d002-starts-before = phase `{ $phase }` starts on { $start }, before the campaign window opens on { $opens }
d002-ends-after = phase `{ $phase }` ends on { $end }, after the campaign window closes on { $closes }
d002-help = move the phase into the window, or widen the window

# D004 phase-gap. $days: the days that belong to no phase; $opens/$closes: the window's first/last day.
d004-before-first = the window opens on { $opens } but the first phase `{ $phase }` starts on { $start }: { $days } { $days ->
        [one] day
       *[other] days
    } belong to no phase
d004-help-first = start `{ $phase }` on { $opens }, or open the window later
# $earlier ends on $end; $phase starts on $start.
d004-between = { $days } { $days ->
        [one] day
       *[other] days
    } between phase `{ $earlier }` (ends { $end }) and phase `{ $phase }` (starts { $start }) belong to no phase
d004-help-between = start `{ $phase }` the day after `{ $earlier }` ends, or extend `{ $earlier }`
d004-after-last = the last phase `{ $phase }` ends on { $end } but the window closes on { $closes }: { $days } { $days ->
        [one] day
       *[other] days
    } belong to no phase
d004-help-last = end `{ $phase }` on { $closes }, or close the window earlier

# D005 material-late. $due: the material's due date; $start: the first day of $phase; $day: the day before.
d005-late = material `{ $material }` is due on { $due }, but phase `{ $phase }` needs it from { $start }
d005-starts-here = phase `{ $phase }` starts here
d005-help = make it due by { $day }, the day before `{ $phase }` starts
d005-help-general = bring the due date forward

# D006 coupon-outside-window. $from/$to: the coupon's validity; $opens/$closes: the window's.
d006-from-before = coupon `{ $coupon }` is valid from { $from }, before the campaign window opens on { $opens }
d006-to-after = coupon `{ $coupon }` is valid until { $to }, after the campaign window closes on { $closes }
d006-help-from = make it valid from { $start } or later
d006-help-to = make it valid until { $end } at the latest

# D007 approval-after-start. $role: the approval's role as written; $date: its date; $start: the window's first day.
d007-late = the approval of `{ $role }` is dated { $date }, after the campaign starts on { $start }
d007-help = have the plan signed off by { $start }, or correct the date
