# Titles of mechanical fixes (`check --fix`, an editor's code actions).

# $key: the key as written; $meant: the key it was meant to be.
fix-rename-key = Rename `{ $key }` to `{ $meant }`
# $id: the id as written; $meant: the declared id it was meant to be.
fix-replace-id = Replace `{ $id }` with `{ $meant }`
# $value: the value as written; $fixed: the same value in half-width characters.
fix-half-width = Write `{ $value }` in half-width characters: `{ $fixed }`
# $value: the date as written; $iso: the same date written YYYY-MM-DD.
fix-iso-date = Write the date `{ $value }` as `{ $iso }`

# After `check --fix`. $fixed: findings fixed; $remaining: findings left.
fix-summary = Fixed { $fixed } { $fixed ->
        [one] error
       *[other] errors
    }, { $remaining } remaining.
# After `check --diff`. $fixed: findings the fixes shown would fix.
fix-would-fix = Would fix { $fixed } { $fixed ->
        [one] error
       *[other] errors
    }.
# $value: the number as written; $fixed: the same number with its percent sign.
fix-percent-sign = Write `{ $value }` with its percent sign: `{ $fixed }`
# Adds `opt_out:` to a push or e-mail entry, with a placeholder a human must replace.
fix-add-opt-out = Add an `opt_out:` placeholder to fill in
# The placeholder value itself (written in double quotes; must start with TODO).
fix-opt-out-placeholder = TODO: say how recipients opt out (e.g. App settings → Notifications)
