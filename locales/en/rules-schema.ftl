## Rule messages: the schema stage (S…).

# A value type's parser refused a value ($place: where; $problem: the parser's words).
s004-value-type = { $place }: { $problem }

## Places and values as the schema messages name them.

place-top-level = the top level
# $path: the path as the plan writes it (`phases[2].end`).
place-path = `{ $path }`
found-nothing = nothing
# $value: the value as written.
found-value = `{ $value }`
found-number = the number `{ $value }`
found-list = a list
found-mapping = a mapping
# A list of keys or values, one link at a time: $first, then the rest of the list.
list-comma = { $first }, { $rest }

# S001 unknown-key. $key: the key; $place: place-…; $suggestion: the closest allowed key.
s001-message = unknown key `{ $key }` in { $place }
s001-did-you-mean = did you mean `{ $suggestion }`?
# $keys: the allowed keys (list-comma).
s001-allowed = keys allowed here: { $keys }
# $count: how many more; $span: s001-span-…; $listed: how many were listed one by one.
s001-unlisted = { $count } more unknown { $count ->
        [one] key
       *[other] keys
    } in { $place } ({ $span }), past the first { $listed } listed one by one
s001-span-one = `{ $first }`
s001-span-range = `{ $first }` … `{ $last }`
s001-unlisted-help = so many unknown keys are rarely typos: check that this file is a campaign plan and that these keys are not indented under the wrong parent
# $allowed: s001-allowed.
s001-unlisted-help-allowed = so many unknown keys are rarely typos: check that this file is a campaign plan and that these keys are not indented under the wrong parent; { $allowed }

# S002 missing-key. $name: the key; $place: place-…; $description: what the key holds (field-…).
s002-message = missing required key `{ $name }` in { $place }
s002-help = add `{ $name }:`
s002-help-described = add `{ $name }:` — { $description }
# $description: a description the catalogue does not have (English): Chinese leaves it out.
s002-help-english = add `{ $name }:` — { $description }

# S003 wrong-type. $expected: s003-type-… (joined with s003-or); $found: found-….
s003-message = { $place }: expected { $expected }, found { $found }
s003-or = { $first } or { $rest }
s003-type-object = a mapping (`key: value` lines)
s003-type-array = a list
s003-type-string = text
s003-type-number = a number
s003-type-integer = a whole number
s003-type-boolean = `true` or `false`
s003-type-null = nothing
s003-type-value = a value
s003-type-other = another kind of value
s003-write-true = write `true`
s003-write-false = write `false`
s003-write-true-or-false = write `true` or `false`
# $example: an example as the schema gives it, in backticks.
s003-example = for example: { $example }

# S004 invalid-value.
s004-time-zone = { $place }: `{ $name }` is not a known IANA time zone
s004-time-zone-help = write an IANA name such as `Asia/Shanghai`
s004-did-you-mean = did you mean `{ $suggestion }`?
s004-currency = { $place }: `{ $code }` is not an ISO 4217 currency code
s004-currency-yuan = write `CNY` (the ISO 4217 code of the yuan)
s004-currency-write = write `{ $code }`
s004-currency-help = write an ISO 4217 code such as `CNY`, `USD` or `EUR`
s004-not-allowed = { $place }: { $found } is not one of the allowed values
# $allowed: the allowed values (list-comma).
s004-write-one-of = write one of: { $allowed }
s004-version = format version { $found } is not supported; this campspec reads version 1
s004-write = write `{ $expected }`
s004-constant = { $place }: expected `{ $expected }`, found { $found }
s004-min-items = { $place } needs at least { $limit } item(s)
# $limit: the bound as the schema writes it; shown after the place with s004-value-type.
s004-below-minimum = { $found } is below the minimum { $limit }
s004-above-maximum = { $found } is above the maximum { $limit }
s004-not-above = { $found } must be above { $limit }
s004-too-long = { $found } is longer than { $limit } characters
s004-form = { $found } does not have the expected form
s004-not-valid = { $found } is not valid here
s004-schema-broken = internal error: the built-in schema does not compile

# S005 unreadable-value. $path: where; $why: the reader's own words (English).
s005-message = `{ $path }` could not be read: { $why }
