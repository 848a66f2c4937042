## What a run says about findings in general: the help line with the law a rule cites.

# The help of a finding followed by the law it cites ($law: the citations).
finding-help-cites = { $help } — { $law }
# The citations of a rule for the plan's jurisdictions ($laws: joined by semicolons).
rule-citations = { $laws }

## What a run says itself, in the run's language: errors, the summary line, progress,
## files that could not be read, campspec.toml problems.

# An error line on stderr ($message: what went wrong, already in the run's language).
run-error = error: { $message }
# The separator between items of a list of paths or names.
list-separator = {", "}
# No plan file found ($paths: the paths searched, each in backticks).
run-nothing-to-check = nothing to check: no plan files (*.campaign.yaml, *.campaign.yml) in { $paths }; a file named on the command line is checked whatever its name
# A file or path that could not be read ($path: as given; $reason: why).
file-cannot-read = cannot read { $path }: { $reason }
# A file larger than the size limit when read ($limit: bytes).
file-over-limit = cannot read { $path }: it holds more than the limit of { $limit } bytes (it grew while being read, or is not a regular file)
# A directory that could not be read ($path), with or without $reason.
dir-cannot-read = cannot read directory { $path }
dir-cannot-read-because = cannot read directory { $path }: { $reason }
io-not-found = no such file or directory
io-permission-denied = permission denied
io-not-regular = not a regular file
io-broken-link = broken link or no access
# The progress bar ($bar: the bar itself; $done of $total files).
progress-bar = checking [{ $bar }] { $done }/{ $total }


# --lang or CAMPSPEC_LANG that names no language ($value: as written).
run-bad-lang = `{ $value }`: write zh-CN, en or auto
# A suggestion for a name written wrong ($name: the closest name).
run-did-you-mean = did you mean `{ $name }`?
# Severities, as `rules` and `explain` show them.
severity-error = error
severity-warning = warning
severity-info = info

## `campspec rules` and `campspec explain`.

# The titles of the families of rules.
rules-family-yaml = Reading the file
rules-family-schema = Keys and values
rules-family-values = Values in context
rules-family-refs = References
rules-family-dates = Dates
rules-family-goals = Goals
rules-family-budget = Budget
rules-family-money = Money at risk
rules-family-pricing = Prices and stacking
rules-family-wording = Wording
rules-family-legal = Legal rules by jurisdiction
rules-family-waivers = Waivers
rules-family-cart = Carts (campspec check and simulate)
rules-family-internal = Internal errors
# The last line of `campspec rules`.
rules-footer = `campspec explain CODE` shows a rule's documentation.
# `explain` of an unknown rule ($rule: as written; $hint: a suggestion).
explain-no-rule = no rule `{ $rule }`; { $hint }
explain-see-rules = `campspec rules` lists every rule
# The first lines of `explain` ($code, $name, $summary; $severity: a severity word).
explain-header = { $code } { $name } — { $summary }
explain-severity = Default severity: { $severity }
explain-severity-locked = Default severity: { $severity } (locked: cannot be turned off or waived)

## Problems in campspec.toml.

# A campspec.toml that cannot be used ($path: the file; $message: the problem).
settings-invalid = { $path }: { $message }
# A TOML error at a place ($line, $column; $message: the TOML reader's words, English).
settings-toml-at = line { $line }, column { $column }: { $message }
# `lang` with a value that names no language ($value: as written).
settings-bad-lang = `lang = "{ $value }"`: write "zh-CN", "en" or "auto"
# [rules] naming no rule ($rule: as written; $name: the closest rule name).
settings-unknown-rule = [rules]: unknown rule `{ $rule }`; `campspec rules` lists them
settings-unknown-rule-like = [rules]: unknown rule `{ $rule }`; did you mean `{ $name }`?
# [rules] with a value that is not a severity ($rule, $value: as written).
settings-bad-severity = [rules]: `{ $rule } = "{ $value }"`: write "off", "error", "warning" or "info"
# [rules] turning off a locked rule ($code, $name).
settings-locked-rule = [rules]: { $code } `{ $name }` is locked: it reports parts of a file that cannot be read, so it cannot be turned off or downgraded
# [limits] max_file_size too large ($size: bytes) or not a size ($size: as written).
settings-size-over = [limits]: max_file_size { $size } is over the largest campspec reads (2GiB)
settings-size-bad = [limits]: max_file_size `{ $size }` is not a size up to 2GiB; write e.g. "32MiB"

## Options with values campspec cannot use.

# --max-file-size that is not a size ($size: as written).
run-bad-max-file-size = --max-file-size `{ $size }` is not a size up to 2GiB; write e.g. 32MiB
# --today that is not a date ($problem: what is wrong with it).
run-bad-today = --today: { $problem }

## Files written and read (src/fs.rs).

# An output that is also an input ($path).
fs-refuse-input = refusing to write `{ $path }`: it is an input file
# A directory or file that could not be created or written ($path; $reason: why).
fs-cannot-create-dir = cannot create directory `{ $path }`: { $reason }
fs-cannot-write = cannot write `{ $path }`: { $reason }
# A path that is not a regular file ($kind: what it is).
fs-not-regular = not a regular file ({ $kind })
fs-kind-directory = a directory
fs-kind-fifo = a FIFO
fs-kind-device = a device
fs-kind-socket = a socket
fs-kind-other = a special file
fs-directory-in-the-way = a directory has that name
fs-file-in-the-way = a file has that name
fs-cannot-keep = not a regular file, so it cannot be kept
fs-test-no-space = no space left (test failure from CAMPSPEC_TEST_FAIL_WRITE)

## `campspec build`.

# --only naming no output ($name: as written).
build-bad-only = --only: `{ $name }` is not an output; choose from md, html, rules, ics, review
# A plan not built ($path: the plan file).
build-not-built-crashed = not built: { $path } (campspec failed on it)
build-not-built-errors = not built: { $path } (it has errors)
# Two plans with one id ($path, $id, $first: the other plan's file).
build-duplicate-id = { $path }: plan id `{ $id }` is also the id of { $first }; each plan needs its own output directory
# Documents not written ($error: why; $path: the plan file).
build-left-as-they-were = { $error }; the documents of { $path } were left as they were
# A plan built ($path → $dir: $files, the documents written).
build-built = built { $path } → { $dir }: { $files }

## `campspec man` and `campspec completions`.

man-no-command = `{ $name }` is not a campspec command
man-cannot-render = cannot render the man page: { $error }

## `campspec init`.

# The file named is a directory ($file; $example: a file name to use instead).
init-is-directory = `{ $file }` is a directory; name the plan file, e.g. { $example }
# The file exists ($file).
init-exists = `{ $file }` already exists; campspec init does not overwrite it (use --force to replace it, or name another file)
# The plan written ($file; $locale: zh-CN or en; $jurisdictions: codes; $currency; $timezone;
# $start, $end: the dates of the plan's window).
init-wrote = wrote { $file }: a starter plan in { $locale } for { $jurisdictions } ({ $currency }, { $timezone })
init-wrote-dated = wrote { $file }: a starter plan in { $locale } for { $jurisdictions } ({ $currency }, { $timezone }), { $start } to { $end }
# The schema reference written in the plan ($schema).
init-schema = schema for editors: { $schema }
# What to do next ($file: the plan file as a shell word).
init-next = next:
init-next-check = campspec check { $file }    check it (it starts clean)
init-next-build = campspec build { $file }    write plan.md, plan.html, rules.json and calendar.ics to build/
