## The summary line of a check (kept apart: a clean run parses only this file).

# The summary line: counts ($n) of findings, joined ($a, $b, $c)…
summary-errors = { $n ->
    [one] 1 error
   *[other] { $n } errors
}
summary-warnings = { $n ->
    [one] 1 warning
   *[other] { $n } warnings
}
summary-infos = { $n ->
    [one] 1 info
   *[other] { $n } infos
}
summary-two = { $a }, { $b }
summary-three = { $a }, { $b }, { $c }
# …in $with of $files files.
summary-found = { $counts } in { $with } of { $files ->
    [one] 1 file
   *[other] { $files } files
}
# No findings in $files files.
summary-clean = { $files ->
    [one] 1 file
   *[other] { $files } files
} checked: no findings
# Files that could not be read ($n), after the line.
summary-unread = ; { $n ->
    [one] 1 file
   *[other] { $n } files
} could not be read
# The line after the summary: $n findings have a safe fix (marked [*])…
summary-fixable = [*] { $n } fixable with `campspec check --fix`
# …and $more others only an unsafe one.
summary-fixable-more = [*] { $n } fixable with `campspec check --fix` ({ $more } more with `--unsafe-fixes`)
# No finding has a safe fix; $n have an unsafe one.
summary-fixable-unsafe = { $n } fixable with `campspec check --fix --unsafe-fixes` (check the result)
