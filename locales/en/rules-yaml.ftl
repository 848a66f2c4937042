## Rule messages: reading the file (Y…).

# Y001 yaml-syntax. $info: the YAML parser's own words (English).
y001-syntax = YAML syntax error: { $info }
y001-hint-tab-here = YAML does not allow a tab here; write a space instead
y001-hint-tab-indentation = YAML does not allow tabs for indentation; indent with spaces
y001-hint-unclosed-quote = a quoted text is not closed: add the closing quote
y001-hint-colon-in-value = a value containing `: ` must be quoted, or this line is indented differently from the lines around it
y001-hint-indentation = check the indentation of this line against the line above
y001-hint-unclosed-flow = a `{"["}` or `{"{"}` list is not closed, or an item needs quoting
y001-hint-under-key = check the indentation under the key on the line above
y001-hint-other = fix the YAML syntax here; campspec checks the rest of the file once it parses
y001-unknown-alias = this alias refers to no anchor
y001-unknown-alias-help = define the anchor (`&name`) before using it (`*name`)

# Y002 duplicate-key. $key: the key as written.
y002-message = the key `{ $key }` appears twice in this mapping
y002-help = keep one of them; campspec uses the first and ignores this one
y002-first-written = first written here

# Y003 multiple-documents.
y003-message = a spec file holds one YAML document, but a second one starts here
y003-help = put each campaign in its own `*.campaign.yaml` file, or remove the `---` line

# Y004 nesting-too-deep. $max: the limit in levels.
y004-message = the document nests deeper than { $max } levels
y004-help = a campaign spec is a few levels deep; this file is not a spec

# Y005 alias-expansion-limit. $max: the limit in nodes.
y005-message = aliases expand to more than { $max } nodes (an alias bomb?)
y005-help = write the repeated values out, or use fewer nested aliases

# Y006 unsupported-yaml. $tag, $text, $suffix: as written.
y006-merge-key = merge keys (`<<`) are not part of YAML 1.2
y006-merge-key-help = write the keys out, or use an alias for the whole value (`key: *name`)
y006-alias-key = an alias cannot be used as a mapping key
y006-alias-key-help = write the key out
y006-collection-key = a mapping key must be a plain value, not a list or mapping
y006-collection-key-help = write keys as plain words, e.g. `name:`
y006-unsupported-tag = unsupported tag `{ $tag }`
y006-unsupported-tag-help = remove the tag; campspec reads plain YAML 1.2 values
y006-invalid-tagged = `{ $text }` is not a valid `!!{ $suffix }`
y006-invalid-tagged-help = remove the tag or fix the value
y006-tag-on-plain = the tag `!!{ $suffix }` cannot be used on a plain value
y006-tag-on-plain-help = remove the tag

# Y007 inexact-number. $text: the number as written.
y007-not-finite = `{ $text }` is not a finite number
y007-not-finite-help = write a number, or quote it if it is text
y007-too-large = `{ $text }` is too large to be read exactly as a number
y007-too-large-help = quote it (`"{ $text }"`) if it is text, or use 万/亿 for amounts
y007-too-many-digits = `{ $text }` has more digits than a number can hold exactly
y007-too-many-digits-help = quote it (`"{ $text }"`) if it is text, or round it

# Y008 yaml11-ambiguity. $text: the value or key as written; $yaml12, $yaml11: readings (y008-reading-…).
y008-value = `{ $text }` is read as { $yaml12 } in YAML 1.2 but as { $yaml11 } by YAML 1.1 tools (many editors and libraries)
y008-value-help = quote it (`"{ $text }"`) so every tool reads the same value
y008-key = the key `{ $text }` is a string in YAML 1.2 but { $yaml11 } in YAML 1.1 tools
y008-key-help = quote the key (`"{ $text }":`)
y008-reading-number = a number
y008-reading-boolean = a boolean
y008-reading-text = text
y008-reading-true = `true`
y008-reading-false = `false`
y008-reading-base60 = a base-60 number (10:00 → 600)
y008-reading-octal = an octal number

# Y009 empty-file.
y009-message = the file holds no campaign: it is empty or only comments
y009-help = a spec starts with `campspec: 1`; run `campspec init` for a commented starter

# Y010 file-too-large. $size, $limit: bytes.
y010-message = the file is { $size } bytes, larger than the limit of { $limit } bytes
y010-help = check that this is a campaign spec; to read larger files set `max_file_size` under `{"["}limits]` in campspec.toml or pass `--max-file-size`

# Y011 not-utf8. $byte: the byte in hex (`E9`); $offset, $line, $column: where.
y011-message = the file is not UTF-8: byte 0x{ $byte } at offset { $offset } (line { $line }, column { $column }) is invalid
y011-help = save the file as UTF-8 (it may be in GBK/GB18030 or another legacy encoding)

# Y012 control-character. $char: y012-char-…; $more: y012-more or nothing; $rest: y012-rest or nothing.
y012-message = the raw control character { $char } is not allowed in a YAML file{ $more }{ $rest }
# $code: the code point in hex (`0007`); $name: its C0 name (`BEL`).
y012-char-named = U+{ $code } ({ $name })
y012-char-c1 = U+{ $code } (a C1 control)
y012-more = ; this line holds { $more } more after it
y012-rest = ; { $rest } more further on are not reported one by one
y012-help = delete it (editors often do not show it; it comes from text pasted out of a terminal or another program); text that needs one writes it as an escape in double quotes, such as "\e" or "\x07"
