## campspec check: which rules and files a run checks, standard input, statistics.

# A selector naming no rule ($key: where it was written, e.g. `--select` or `ignore`;
# $rule: as written; $name: the closest code or name).
select-unknown = { $key }: unknown rule or prefix `{ $rule }`; `campspec rules` lists the codes and names
select-unknown-like = { $key }: unknown rule or prefix `{ $rule }`; did you mean `{ $name }`?
# An ignore naming a locked rule by its code or name ($code, $name).
select-locked-rule = { $code } `{ $name }` is locked: it reports parts of a file that cannot be read, so it cannot be ignored
# A glob of campspec.toml that cannot be read ($key: the setting; $glob: as written).
select-bad-glob = { $key }: `{ $glob }` is not a glob
# --exclude or --extend-exclude with a glob that cannot be read ($glob: as written).
run-bad-glob = `{ $glob }` is not a glob
# A glob on the command line that matches nothing ($pattern: as written).
run-glob-no-match = no file matches `{ $pattern }`
# `-` (standard input) given with other paths.
run-stdin-alone = `-` (a plan on standard input) cannot be checked together with other paths
# --stdin-filename given with paths other than `-`.
run-stdin-filename-alone = --stdin-filename names the plan read from standard input: give `-` as the only path
# --statistics when nothing was found.
statistics-none = no findings
# --statistics: what the marks mean.
statistics-fixable = [*] fixable with `campspec check --fix`
statistics-unsafe-fixable = [-] fixable with `campspec check --fix --unsafe-fixes`
