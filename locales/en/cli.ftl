## `--help` of every command: about, long about, examples (after help), each argument
## and each possible value. Keys follow the clap tree (src/cli/help.rs); this English is
## the clap definitions' own text (a test keeps the two the same; regenerate with
## `cargo test --bin campspec print_cli_ftl -- --ignored --nocapture`).

cli-about = Compile and validate declarative marketing-campaign plans
cli-long-about =
    campspec checks campaign plans written as YAML (goals, phases, budgets, price mechanics,
    coupons, customer-facing copy, compliance facts) for structure, consistency and wording,
    with diagnostics that point at the exact line and say how to fix it.
cli-after-help =
    Examples:
      campspec init                        write a commented starter plan.campaign.yaml
      campspec check                       check every *.campaign.yaml under specs/
      campspec check plans/cny.campaign.yaml --format concise
      campspec build specs/ --out build    plan.md, plan.html, rules.json, calendar.ics
      campspec diff --base origin/main     what the changed plans now mean (Markdown)
      campspec rules                       list every rule with its code
      campspec explain phase-overlap       show a rule's documentation
      campspec schema > campaign.schema.json
      campspec simulate specs/cny-2027.campaign.yaml --cart specs/carts/cny-2027-diamond.cart.yaml
      campspec server                      the language server, for editors
      campspec completions bash            shell completions (also zsh, fish, powershell, elvish)
      campspec man > campspec.1            the man page

    Exit codes: 0 no errors, 1 errors found (or warnings with --deny warnings),
    2 campspec could not run.
cli-flag-lang = Language of messages: zh-CN, en or auto (each plan's locale; the environment's LANG for the run) [default: auto, or `lang` in campspec.toml]
cli-flag-help-more = Print help (see more with '--help')
cli-flag-help-summary = Print help (see a summary with '-h')
cli-flag-version = Print version
cli-init-about = Write a commented starter plan that checks clean
cli-init-after-help =
    Examples:
      campspec init                               plan.campaign.yaml: Chinese, CN, CNY
      campspec init --jurisdiction US spring.campaign.yaml
      campspec init --jurisdiction EU --jurisdiction UK plans/autumn.campaign.yaml
      campspec init --locale en -                 print an English CN plan to stdout
      campspec init --today 2027-01-01 --force    plan from a fixed day, overwrite

    The plan is a small but complete campaign that checks clean: teams, two goals, three
    phases over a four-week window starting on the first Monday at least 30 days after
    today, a budget, a spend-tier promotion, a coupon, stacking limits, guardrails,
    customer-facing copy (one SMS), compliance, a risk and a material. The currency and
    time zone follow the first jurisdiction: CN CNY Asia/Shanghai, EU EUR Europe/Berlin,
    US USD America/New_York, UK GBP Europe/London.

    The plan's id is FILE's name and the campaign's year: plans/summer-sale.campaign.yaml
    starting in 2027 is summer-sale-2027. A name that is not an id as written (capitals,
    spaces, Chinese) keeps its ASCII letters and digits and gains six hex digits from the
    whole name, so two file names never give one id.

    Its first line points editors with the YAML language server at the schema: by a
    relative path when FILE is inside a checkout that has schema/campaign.schema.json,
    otherwise by the schema's URL.

    Exit codes: 0 written, 2 FILE exists (use --force), or bad arguments or an
    unwritable FILE.
cli-init-file = Where to write the plan; `-` prints it
cli-init-locale = Language of the names, copy and comments [default: zh-CN for CN, en otherwise]
cli-init-locale-zh-CN = Simplified Chinese names, copy and comments
cli-init-locale-en = English names, copy and comments
cli-init-jurisdictions = Jurisdiction to write for; repeat for several (the first sets the currency and time zone)
cli-init-jurisdictions-CN = Mainland China: CNY, Asia/Shanghai
cli-init-jurisdictions-EU = European Union: EUR, Europe/Berlin
cli-init-jurisdictions-US = United States: USD, America/New_York
cli-init-jurisdictions-UK = United Kingdom: GBP, Europe/London
cli-init-force = Overwrite FILE if it exists
cli-init-today = The day the dates are planned from, YYYY-MM-DD [default: today in the plan's time zone]
cli-check-about = Check campaign specs for structure, consistency and wording
cli-check-after-help =
    Examples:
      campspec check                              check every spec under specs/
      campspec check plans/ other.campaign.yaml   directories are searched recursively
      campspec check 'plans/**/*.campaign.yaml'   globs are expanded (*, ?, [..], **)
      campspec check --format concise             file:line:col: severity[CODE]: message
      campspec check --format json > report.json  machine-readable report
      campspec check --deny warnings              fail on warnings too (for CI)
      campspec check --format sarif > campspec.sarif   GitHub code scanning
      campspec check --format github              annotations in a GitHub Actions log
      campspec check --format junit > report.xml  CI test dashboards
      campspec check --fix                        apply the safe fixes, then check again
      campspec check --diff                       show the fixes without writing them
      campspec check --select D,W --ignore D004   only the date and wording rules, not D004
      campspec check --statistics                 how many findings each rule gave
      campspec check - --stdin-filename plans/a.campaign.yaml < draft.yaml
                                                  check a plan on standard input

    Directories are searched for *.campaign.yaml and *.campaign.yml, passing over
    the `exclude` globs (by default .git, target, node_modules, …); files named
    explicitly are checked whatever their name, and a *.cart.yaml as a cart against
    its plan (its `plan:`, or the plan beside it). Settings come from campspec.toml in
    the current directory or a parent (see --config): `select`, `ignore`,
    `extend-select`, `extend-ignore` and [per-file-ignores] take rule codes, names
    and code prefixes; locked rules (yaml-syntax and the others that report what
    could not be read) always run. A plan on standard input (`-`) is shown as `-`
    unless --stdin-filename names it; with --fix the fixed plan is written to
    standard output and the report to standard error.

    Exit codes: 0 no errors, 1 errors found (or warnings with --deny warnings),
    2 campspec could not run (unreadable file or settings).
cli-check-paths = Spec files, directories or globs to check, or - for a plan on standard input [default: specs]
cli-check-format = Output format
cli-check-format-human = Diagnostics with the source lines and underlines (default)
cli-check-format-concise = One line per finding: `file:line:col: severity[CODE]: message`
cli-check-format-json = A JSON report (version 1) for tools
cli-check-format-sarif = SARIF 2.1.0, for code scanning (GitHub, IDEs)
cli-check-format-github = GitHub Actions annotations (`::error file=…,line=…::message`)
cli-check-format-junit = JUnit XML: one test case per file, a failure per finding
cli-check-fix = Apply the safe fixes to the files, then report what remains
cli-check-unsafe-fixes = With --fix or --diff: apply the unsafe fixes too (read the result)
cli-check-diff = Show the fixes as a unified diff instead of writing them
cli-check-stdin-filename = The path of the plan read from standard input (`-`): the name its findings show, the place its campspec.toml is looked up from and its per-file ignores matched on
cli-check-select = Rules to check, by code, name or code prefix (D, L0, D003, phase-overlap, ALL); replaces `select` of campspec.toml
cli-check-ignore = Rules not to check (code, name or prefix), with `ignore` of campspec.toml
cli-check-extend-select = Rules to check besides those selected (code, name or prefix)
cli-check-extend-ignore = Rules not to check besides those ignored (code, name or prefix)
cli-check-exclude = Globs a directory search passes over; replaces `exclude` of campspec.toml and the default (.git, target, node_modules, …)
cli-check-extend-exclude = Globs a directory search passes over besides those excluded
cli-check-force-exclude = Pass over the excluded paths even when named on the command line
cli-check-quiet = Print only the findings: no summary, progress or fix counts
cli-check-statistics = Print how many findings each rule gave instead of the findings
cli-check-output-file = Write the report to FILE (atomically) instead of standard output
cli-check-exit-zero = Exit 0 even when there are findings (still 2 when campspec could not run)
cli-check-deny = Fail (exit 1) on warnings as well as errors
cli-check-deny-warnings = Treat warnings as errors for the exit code
cli-check-color = When to use colour in human output
cli-check-color-auto = Colour when writing to a terminal and NO_COLOR is not set
cli-check-config = Settings file [default: campspec.toml in the current directory or a parent]
cli-check-no-config = Ignore any campspec.toml
cli-check-max-file-size = Largest spec file read, e.g. 32MiB [default: 32MiB or campspec.toml]
cli-check-today = The date waivers expire against, YYYY-MM-DD [default: today in the spec's time zone]
cli-build-about = Build stakeholder documents, the engine rule config and the calendar from plans
cli-build-after-help =
    Examples:
      campspec build specs/ --out build              every plan under specs/
      campspec build plan.campaign.yaml --only md,rules
      campspec build specs/ --templates my-templates  use your own plan.md.j2 etc.

    Each plan is written to OUT/<id>/: plan.md, plan.html, rules.json,
    calendar.ics, and review.md + review.html when the plan has `results`.
    A plan with errors is not built (its findings are shown); warnings do not
    block. A plan's documents are replaced all together or, on any failure, not
    at all; never over an input file.

    Templates (plan.md.j2, plan.html.j2, review.md.j2, review.html.j2,
    style.css.j2) are built in; a file of the same name in --templates DIR
    replaces one. They receive the render context documented in
    src/render/context.rs and src/render/review.rs; an undefined value is an error.

    Exit codes: 0 built, 1 a plan has errors, 2 campspec could not run
    (unreadable file, bad template, unwritable output).
cli-build-paths = Spec files or directories to build [default: specs]
cli-build-out = Output directory; each plan goes to OUT/<id>/
cli-build-only = Outputs to write, comma-separated: md, html, rules, ics, review [default: all]
cli-build-templates = A directory of templates replacing the built-in ones file by file
cli-build-config = Settings file [default: campspec.toml in the current directory or a parent]
cli-build-no-config = Ignore any campspec.toml
cli-build-max-file-size = Largest spec file read, e.g. 32MiB [default: 32MiB or campspec.toml]
cli-build-today = The date waivers expire against, YYYY-MM-DD [default: today in the spec's time zone]
cli-flag-help = Print help
cli-diff-about = Compare two versions of plans and say what changed
cli-diff-after-help =
    Examples:
      campspec diff old.campaign.yaml specs/cny-2027.campaign.yaml
      campspec diff main:specs/cny-2027.campaign.yaml specs/cny-2027.campaign.yaml
      campspec diff --base origin/main                  every plan changed since origin/main
      campspec diff --base HEAD~1 specs/ --format json

    A side written REV:path is read from git (`git show REV:./path`). With --base,
    every *.campaign.yaml changed between REV and the working tree (under PATH...,
    default the current directory) is compared, new and removed plans included.

    The Markdown output (the default) is ready to post as a pull-request comment:
    goals, phases and dates, budget, offers field by field, guardrails, copy, the
    change in the worst-case discount, and findings introduced and resolved.

    With --fail-on error (or warning), the change fails (exit 1) when NEW has findings
    of that severity (or worse) that OLD did not have: a gate for CI.

    Exit codes: 0 compared (and nothing introduced that --fail-on names), 1 the change
    introduces findings --fail-on names, 2 a side could not be read (no such file, not
    a git repository, git error).
cli-diff-sides = OLD and NEW (files or REV:path); with --base, the paths to look in
cli-diff-base = Compare every plan changed since this git revision
cli-diff-format = Output format
cli-diff-format-md = Markdown for a pull-request comment (default)
cli-diff-format-human = Plain text
cli-diff-format-json = Versioned JSON
cli-diff-fail-on = Exit 1 when the change introduces findings of this severity or worse
cli-diff-fail-on-error = Errors introduced fail the change
cli-diff-fail-on-warning = Errors or warnings introduced fail the change
cli-diff-config = Settings file [default: campspec.toml in the current directory or a parent]
cli-diff-no-config = Ignore any campspec.toml
cli-diff-max-file-size = Largest spec file read, e.g. 32MiB [default: 32MiB or campspec.toml]
cli-diff-today = The date waivers expire against, YYYY-MM-DD [default: today in the spec's time zone]
cli-rules-about = List every rule with its code, name, default severity and summary
cli-rules-after-help =
    Examples:
      campspec rules                  code, name, default severity and summary of every rule
      campspec rules --markdown       the full reference (what docs/rules.md contains)
      campspec explain D003           one rule's documentation
cli-rules-markdown = Print the full rule reference as Markdown (the content of docs/rules.md)
cli-explain-about = Show the documentation of a rule, by code or name
cli-explain-after-help =
    Examples:
      campspec explain D003
      campspec explain phase-overlap
cli-explain-rule = Rule code (D003) or name (phase-overlap)
cli-schema-about = Print the JSON Schema (draft 2020-12) of the campaign format
cli-schema-after-help =
    Examples:
      campspec schema > campaign.schema.json

    Editors with the YAML language server validate and complete specs that start with
      # yaml-language-server: $schema=<path to schema/campaign.schema.json>
cli-server-about = Run the language server (LSP over stdio): findings while you type, hover on findings
cli-server-after-help =
    Editors start it themselves: point the editor's language client at `campspec server`
    for *.campaign.yaml files. It speaks the Language Server Protocol on stdin and stdout.
cli-server-rules-url = Where docs/rules.md is published: each diagnostic links to its rule's section there
cli-simulate-about = Price a cart with a plan's offers, step by step
cli-simulate-after-help =
    Examples:
      campspec simulate specs/cny-2027.campaign.yaml --cart specs/carts/cny-2027-diamond.cart.yaml
      campspec simulate plan.campaign.yaml --cart cart.yaml --format json
      campspec simulate plan.campaign.yaml --cart cart.yaml --today 2027-01-15

    A cart gives the order time, the customer and the items:
      at: 2027-01-20 20:05
      customer: {"{"} member_level: diamond, audience: [dormant_90d] {"}"}
      items:
        - {"{"} name: 年货礼盒, price: 399, quantity: 2, scope: 礼品 {"}"}
        - {"{"} name: 爆款保温杯, price: 129, flash: true {"}"}
      coupons: [win-back, gifting]      # optional: the coupons held (default: all allowed)

    The cart is priced as the plan says (item-level price, then spend tiers on the
    item-level subtotal, then coupons on what the tiers leave, never below zero, half-up
    to the cent), with the best combination the customer may use. In JSON every amount
    is an exact decimal string to the cent in the plan's `currency` (1045.70), as in
    rules.json, never a JSON number.

    Exit codes: 0 priced, 1 the plan or the cart has errors, 2 campspec could not run (an
    unreadable file or settings, a file over --max-file-size).
cli-simulate-spec = The plan (a *.campaign.yaml file)
cli-simulate-cart = The cart to price (YAML)
cli-simulate-format = Output format
cli-simulate-format-human = A step-by-step breakdown
cli-simulate-format-json = The breakdown as JSON
cli-simulate-config = Settings file [default: campspec.toml in the current directory or a parent]
cli-simulate-no-config = Ignore any campspec.toml
cli-simulate-max-file-size = Largest spec file read, e.g. 32MiB [default: 32MiB or campspec.toml]
cli-simulate-today = The date waivers expire against, YYYY-MM-DD [default: today in the spec's time zone]
cli-completions-about = Print a shell completion script
cli-completions-after-help =
    Examples:
      campspec completions bash > /etc/bash_completion.d/campspec
      campspec completions zsh > "${"{"}fpath[1]{"}"}/_campspec"
      campspec completions fish > ~/.config/fish/completions/campspec.fish
cli-completions-shell = The shell
cli-man-about = Print the man page (roff), of campspec or of one command
cli-man-after-help =
    Examples:
      campspec man > campspec.1 && man ./campspec.1
      campspec man check > campspec-check.1
      campspec man --dir ~/.local/share/man/man1    every page: campspec.1, campspec-check.1, …

    Each command has its own page, named campspec-COMMAND(1) (campspec-check(1),
    campspec-diff(1), …): the file campspec-COMMAND.1, the same name in its title and
    NAME section, as man expects.
cli-man-command = A command, for its own page (`campspec-check(1)`)
cli-man-dir = Write every page into DIR (campspec.1, campspec-check.1, …) instead of printing one
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-init-about = Write a commented starter plan that checks clean
cli-help-check-about = Check campaign specs for structure, consistency and wording
cli-help-build-about = Build stakeholder documents, the engine rule config and the calendar from plans
cli-help-diff-about = Compare two versions of plans and say what changed
cli-help-rules-about = List every rule with its code, name, default severity and summary
cli-help-explain-about = Show the documentation of a rule, by code or name
cli-help-schema-about = Print the JSON Schema (draft 2020-12) of the campaign format
cli-help-server-about = Run the language server (LSP over stdio): findings while you type, hover on findings
cli-help-simulate-about = Price a cart with a plan's offers, step by step
cli-help-completions-about = Print a shell completion script
cli-help-man-about = Print the man page (roff), of campspec or of one command
cli-help-help-about = Print this message or the help of the given subcommand(s)

## The headings of --help, and what clap adds after a help text.

cli-heading-usage = Usage:{" "}
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
# The default value ($value).
cli-note-default = {" "}[default: { $value }]
# The environment variable read ($name).
cli-note-env = {" "}[env: { $name }]
# The values accepted ($values).
cli-note-values = {" "}[possible values: { $values }]
# One possible value and its help, in a long help ($value, $help).
cli-note-value = - { $value }: { $help }

## Command-line mistakes (clap's own words in English; these are for other languages).

# An option's value is not one it accepts ($arg: the option; $value: as written; $values: the values it accepts).
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }' [possible values: { $values }]
cli-error-value-missing = a value is required for '{ $arg }' but none was supplied
# An option's value that campspec refused ($reason: why).
cli-error-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $name }'
# Required arguments not given ($args).
cli-error-missing = the following required arguments were not provided: { $args }
cli-error-more = For more information, try '--help'.
# Names like the one written ($names: each in backticks, joined with "or").
cli-error-similar = tip: a similar name exists: { $names }
