## Rule messages: legal (L003, L004, L010–L012, L015–L019, L021, L023–L025).

# Items joined with commas only ($first: one item; $rest: the items after it).
l025-comma-list = { $first }, { $rest }
# The channel a marketing message is sent on.
l024-channel-sms = SMS
l024-channel-email = e-mail
l024-channel-push = push

# L003 time-limit-without-end. $words: the time-limited words as written.
l003-no-end = `{ $words }` promises a time limit, but the text gives no end
l003-help = write the period into the text (1月16日至2月6日, "until Nov 30")
l003-no-end-known = `{ $words }` promises a time limit, but the text does not say when it ends
# $id: the advertised offer; $end: its last day.
l003-ends-on = `{ $id }` ends on { $end }
# $write: the end as the copy's own language writes it (截至1月16日, "until 16 January").
l003-help-known = write the end into the text: `{ $id }` ends on { $end } ({ $write })

# L004 quantity-limit-without-number. $words: the limited-quantity words as written.
l004-no-quantity = `{ $words }` says the quantity is limited, but the plan gives no quantity to check it against
# $offer: the id of the advertised offer.
l004-help = set `quantity` on `{ $offer }` (the copy need not repeat it), or drop the wording if the stock is not limited
l004-help-advertise = advertise the limited offer (`advertises`) and set its `quantity`, or drop the wording if the stock is not limited
l004-no-quantity-here = no `quantity` here

# L010 us-former-price. $words: the former-price words as written.
# $days: the days the former price was offered; $min: campspec's heuristic (28).
l010-short = `{ $words }` compares with a former price offered for { $days } days, which may not be "a reasonably substantial period" (campspec's heuristic: { $min } days; the law sets no number)
l010-short-help = check that the former price was openly offered long enough to be genuine, and raise `days` if it was (or waive the finding with a reason)
l010-no-period = `{ $words }` compares with a former price, but the advertised promotion does not say for how many `days` it was offered
l010-no-period-help = add `days:` to the `reference_price` (how long the former price was openly offered)
l010-unevidenced = `{ $words }` compares with a price set by others, but the advertised promotion gives no `evidence` for it
l010-unevidenced-help = add `evidence:` (where substantial sales at that price were seen) to the `reference_price`
l010-missing = `{ $words }` compares with a former or reference price, but no advertised promotion states its basis
l010-missing-help = add `reference_price: {"{"} basis: former_price, days: 90, evidence: … {"}"}`, or for a "compare at" price `{"{"} basis: trade_area_price, evidence: … {"}"}`
l010-the-advertised-offer = the advertised offer

# L011 marketing-opt-out. $channel: the channel (l024-channel-…).
l011-no-opt-out = this { $channel } message gives no way to opt out of further messages
l011-sent-as-message = sent as a message
l011-help-sms = add the opt-out to the message (…回T退订, "Reply STOP to opt out")
l011-help = add the opt-out to the text, or set `opt_out:` saying how recipients turn these messages off
# The `opt_out` of a push or e-mail entry is still the placeholder `check --fix --unsafe-fixes` wrote.
l011-placeholder = the `opt_out` of this { $channel } message is a placeholder: say how recipients opt out of further messages

# L012 profiling-consent.
l012-cn-neither = customers are profiled for marketing, but the plan offers neither a way to refuse it (`opt_out`) nor a non-personalised option (`non_personalised_option`), as PIPL Art. 24(2) requires
l012-profiling = profiling
l012-no-non-personalised = no non-personalised option
l012-cn-help = offer a convenient way to refuse personalised marketing and record `opt_out: true`, or offer a version not based on personal characteristics and record `non_personalised_option: true`
l012-basis-help = record the GDPR Art. 6(1) basis of the profiling under `personal_data`, e.g. `lawful_basis: legitimate_interest` (after a balancing test) or `lawful_basis: consent` (with the consent obtained and `consent: true`)
l012-consent-not-obtained = the lawful basis of the profiling is consent, but `consent: false` says it was not obtained
l012-basis-consent = basis: consent
l012-consent-help = obtain consent before profiling and record `consent: true`, or record the basis the profiling really rests on
l012-no-basis = customers are profiled, but the plan records no lawful basis for it (`lawful_basis:`)
l012-cannot-object = customers are profiled for direct marketing, but cannot object to it (`opt_out: false`)
l012-no-right-to-object = customers are profiled for direct marketing, but the plan does not record their right to object (`opt_out:`)
l012-objection-help = let customers object to personalised marketing at any time, stop on objection, and record `opt_out: true` (GDPR Art. 21)

# L015 sweepstakes-free-entry. $id: the draw's id.
l015-purchase = purchases enter the draw `{ $id }`, but there is no free way to enter
# $fee: the entry fee, formatted.
l015-fee = entering the draw `{ $id }` costs a fee of { $fee }, but there is no free way to enter
l015-uplift = the goods that enter the draw `{ $id }` are priced higher for it, but there is no free way to enter
l015-help-us = add `free_entry:` (e.g. "mail a postcard to …") with the same chance of winning
l015-help-uk = add `free_entry:` with the same chance of winning, or drop the fee or raised price (a purchase at the normal price may enter a prize draw in Great Britain)
l015-no-purchase-necessary = the terms of draw `{ $id }` do not say "No purchase necessary"
l015-no-purchase-necessary-help = state "No purchase necessary. A purchase will not improve your chances of winning." and how to enter for free

# L016 uk-prize-terms. $id: the prize promotion's id.
l016-no-terms = prize promotion `{ $id }` has no terms (closing date, prizes, how to enter)
l016-no-terms-help = add `terms:` with the closing date and the number of prizes
# $missing: what the terms lack (l016-closing-date, l016-number-of-prizes), joined with "or".
l016-missing = the terms of `{ $id }` do not state { $missing }
l016-closing-date = a closing date
l016-number-of-prizes = the number of prizes
l016-missing-help = state the closing date and the number of prizes ("2 bikes to be won; closes 30 Nov 2027")

# L017 weekday-mismatch. $words: the date and weekday as written; $date: the date
# (l017-long-date); $actual: the weekday it falls on; $stated: the weekday written;
# $source: where its year comes from.
l017-mismatch = the text says `{ $words }`, but { $date } is a { $actual }, not a { $stated } ({ $source })
l017-year-written = the year written with it
# $id: the offer; $from, $to: its run.
l017-year-of-offer = the year of `{ $id }`, which runs { $from } to { $to }
l017-year-of-window = the year of the plan's window, { $from } to { $to }
# $date: the date nearest the written one that falls on the written weekday.
l017-help = if the date is right, write { $actual }; if { $stated } is right, the date is { $date }
l017-year-from-here = the year, { $year }, comes from here
# $day: 1 (Monday) to 7 (Sunday).
l017-weekday = { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
# $day, $month (1–12), $year: numbers.
l017-long-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

# L018 uk-reference-price. $words: the reference-price words as written; $id: the promotion.
l018-missing = `{ $words }` compares with a reference price, but no advertised promotion states its basis
l018-missing-help = add `reference_price: {"{"} basis: former_price, days: …, evidence: … {"}"}` to the promotion (the days the higher price was charged, at least as long as the sale runs), or `{"{"} basis: msrp, evidence: … {"}"}` for an RRP
l018-no-reference-price-here = no `reference_price` here
l018-no-period = `{ $words }` compares with an earlier price of `{ $id }`, which does not say how long that price was charged
l018-the-reference-price = the reference price
l018-no-period-help = add `days:` (how long the higher price was charged, at least as long as the sale runs) and `evidence:` (the price history)
# $days: the days the higher price was charged; $run: the days the sale runs.
l018-too-short = `{ $words }` compares with an earlier price of `{ $id }`, charged for { $days } days, but the reduced price runs { $run } days: the higher price should have been charged for longer
l018-days-charged = the days the higher price was charged
l018-too-short-help = compare with a price charged for longer than the sale runs, shorten the sale, or state the period of the higher price in the copy
l018-no-evidence = `{ $words }` compares with a price set by others for `{ $id }`, with no evidence that the product is generally sold at it
l018-no-evidence-help = add `evidence:` (where the product is generally sold at that price), or compare with your own earlier price

# L019 gift-not-named. $text: the gift words as written.
l019-unnamed = `{ $text }` offers a gift without saying what it is
l019-help = name the gift in the text ("a free canvas tote bag", "a 50ml hand cream"), and how many there are if they may run out

# L021 rewarded-reviews. $name: the promotion or coupon; $text: the words as written.
l021-mechanic = `{ $name }` is given only for a positive review (`positive_review`)
l021-words = `{ $text }` offers a reward for a positive review
l021-help = reward any honest review whatever its rating (`requires: [review]`, 评价有礼（好评差评均可）), or none; never ask for a good rating in return

# L023 minors-audience. $min: the youngest age in the audience.
# $ages: the ages under which a child's data needs consent (l023-under-age), comma-joined.
l023-personal-data = the audience starts at age { $min } and the campaign uses personal data, but no guardian consent is recorded: a child's data needs a parent's or guardian's consent { $ages }
# $age: an age; $jurisdiction: the jurisdiction's code (CN, EU, UK, US).
l023-under-age = under { $age } ({ $jurisdiction })
l023-the-personal-data = the personal data it uses
l023-personal-data-help = obtain a parent's or guardian's consent before a child signs up or gives data and record it (`guardian_consent: true`), or raise `min_age`
# $name: the mystery box promotion; $limit: the youngest age a mystery box may be sold to (8).
l023-box-under-8 = `{ $name }` is a mystery box and the audience starts at age { $min }: mystery boxes may not be sold to children under { $limit }
l023-box-under-8-help = raise `audience.min_age` to { $limit } or more and check buyers' ages, or leave the mystery box out of this campaign
l023-box-minors = `{ $name }` is a mystery box and the audience includes minors from age { $min }, but no guardian consent is recorded
l023-box-minors-help = confirm a guardian's consent before selling a mystery box to a minor and record it (`guardian_consent: true`)
l023-youngest-age = the youngest age the campaign reaches
# $text: the words urging children to ask their parents.
l023-exhortation = `{ $text }` urges children to ask their parents to buy (the audience starts at age { $min })
l023-exhortation-help = speak to the parents, not through the children: say who the product is for (适合6岁以上, "for ages 6 and up") and leave the decision to them

# L024 message-consent. $count: the number of messages; $channel: the channel
# (l024-channel-…); $laws: the laws requiring consent (l024-law-…), semicolon-joined.
l024-no-consent = the plan sends { $count ->
        [one] a marketing message
       *[other] { $count } marketing messages
    } by { $channel }, but records no prior consent of the recipients for { $channel } ({ $laws })
l024-soft-only = the plan sends { $count ->
        [one] a marketing message
       *[other] { $count } marketing messages
    } by { $channel } on the soft opt-in only, but the recipients' prior consent is required ({ $laws })
l024-law-cn = CN: 广告法 Art. 43(1)
l024-law-eu = EU: ePrivacy Directive Art. 13
l024-law-uk = UK: PECR reg. 22
l024-law-us = US: TCPA, 47 CFR 64.1200
# $parts: l024-help and the notes that apply, semicolon-joined.
l024-help-parts = { $parts }
# $key: the channel as the plan writes it (sms, email, push).
l024-help = send only to recipients who agreed to { $channel } marketing, and record how and where under `compliance.messaging`: `- {"{"} channel: { $key }, consent: … {"}"}`
l024-help-soft-opt-in = in the EU and UK, mailing existing customers on the soft opt-in, record `soft_opt_in: …` instead
l024-help-us = US marketing texts need prior express written consent
l024-sent-by = sent by { $channel }
l024-also-sent-by = also sent by { $channel }

# L025 hidden-fees. $price: the price as written; $names: the fees (l025-fee-amount or
# the fee's name), comma-joined.
l025-apart = `{ $price }` is not the total price: the mandatory { $names } is shown apart from it
l025-without = `{ $price }` is stated without the mandatory { $names } every customer pays
# $fee: the fee's name; $amount: its amount, formatted.
l025-fee-amount = { $fee } ({ $amount })
# A fee without an amount: $fee, its name.
l025-fee-name = { $fee }
l025-help = show the price with every mandatory fee in it and record `included: true` on the fee (in China, at least mark the fee beside the price)
l025-the-fee = the fee
