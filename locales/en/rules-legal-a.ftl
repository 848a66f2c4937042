## Rule messages: legal rules, part A (L001, L002, L005–L009, L013, L014, L020, L022, L026, L027).

# L001 claim-mismatch. $words: the words of the copy; $actual: what the plan says instead.
l001-says = the text says `{ $words }`, but { $actual }
l001-spec-here = the spec says otherwise here

# L002 cn-gift-disclosure. $promotion: a promotion id; $words: words of the copy.
l002-no-terms = gift promotion `{ $promotion }` has no terms stating the gifts and how many there are
l002-no-terms-help = add `terms:` naming the gifts and their number (赠品共10万份，送完即止)
l002-no-count = the terms of gift promotion `{ $promotion }` do not say how many gifts there are
l002-no-count-help = state the number of gifts (赠品共10万份) and set `quantity`
l002-vague = `{ $words }` does not say what the gift is
l002-name-help = name the gift and how many are given (赠定制帆布袋1个，赠品共5000份，送完即止)
l002-unquantified = `{ $words }` does not say how many gifts are given
l002-unquantified-help = state the number of each gift (赠面霜小样2支)
l002-no-promotion = `{ $words }` offers a gift, but this copy advertises no gift promotion: its kind and quantity are not stated
l002-no-promotion-help = add the gift promotion to `advertises` (its terms state the gifts and how many)

# L005 cn-prize-cap. $prize: the prize's name; $value: its value as money; $law: the law in force (l005-law-*).
l005-over-cap = the prize `{ $prize }` is worth { $value }, above the 50,000-yuan cap for prize draws ({ $law })
l005-law-2019 = 反不正当竞争法 (2019) Art. 10(3)
l005-law-2025 = 反不正当竞争法 (2025) Art. 11(4)
l005-law-either = 反不正当竞争法 (2019) Art. 10(3) / (2025) Art. 11(4)
l005-help = lower the prize to 50,000 yuan or less, or give it to everyone who qualifies instead of by draw

# L006 cn-prize-disclosure. $promotion: a promotion id; $missing: what the terms lack (l006-* joined by l006-list).
l006-no-terms = prize promotion `{ $promotion }` has no terms disclosing its prizes
l006-no-terms-help = add `terms:` with every prize, how many there are (or the odds), and how and when they are claimed
l006-not-stated = the terms of `{ $promotion }` do not state { $missing }
# $first: one item; $rest: the items after it.
l006-list = { $first }, { $rest }
# $prize: a prize's name; $quantity: how many the plan says there are.
l006-prize-count = how many `{ $prize }` there are ({ $quantity })
l006-claiming = how and when prizes are claimed
l006-grand-count = how many grand prizes `{ $prize }` there are ({ $quantity })
l006-worth = what the contents are worth (2至3倍)
l006-help = state each prize with its quantity (or odds) and how and when it is claimed (中奖后7日内在“我的奖品”中领取)

# L007 cn-prize-records. $kept: the duration as written (1y); $promotion: a promotion id.
l007-short = prize records are kept { $kept }, but prize promotion `{ $promotion }` needs them for at least two years
l007-prize-promotion = a prize promotion
l007-short-help = set `prize_records: 2y` (platforms: `3y`)
l007-unset = prize promotion `{ $promotion }` needs its records (rules, results, winners) kept for two years, but `compliance.prize_records` is not set
l007-unset-help = add `compliance: {"{"} prize_records: 2y {"}"}` (kept apart from personal-data `data_retention`)

# L008 cn-reference-price. $words: the words of the copy; $basis: the reference price's basis; $promotion: a promotion id.
l008-no-evidence = `{ $words }` compares with a `{ $basis }` reference price, but `{ $promotion }` gives no evidence for it
l008-the-reference = the reference price
l008-no-evidence-help = add `evidence:` (where the figure can be verified), or use `basis: lowest_7d`
l008-no-basis = `{ $words }` compares with a reference price, but no advertised promotion states its basis
l008-no-basis-help = add `reference_price: {"{"} basis: lowest_7d {"}"}` to the promotion (the lowest price charged in the 7 days before), or another basis with `evidence`
l008-no-reference-here = no `reference_price` here

# L009 eu-prior-price. $words: the words of the copy; $promotion: a promotion id.
l009-no-prior = `{ $words }` announces a reduction of `{ $promotion }`, which does not state the prior price (the lowest of the 30 days before)
l009-reduced-offer = the reduced offer
l009-help = add `reference_price: {"{"} basis: lowest_30d, days: 30 {"}"}` and show that prior price next to the reduction

# L013 false-urgency. $words: the words of the copy; $offer: the offer's id; $from, $to: its first and last day.
l013-one-day = `{ $words }` says the offer lasts one day, but `{ $offer }` runs from { $from } to { $to }
l013-period = the offer's period
l013-help = say what is true ("until Nov 30"), or make it a one-day offer

# L014 free-claim-conditions. $words: the free claim; $what: the words stating the charge.
l014-fee = `{ $words }` calls it free, but the text asks the customer to pay: `{ $what }`
l014-fee-help = do not call it free when the customer pays more than the unavoidable cost of delivery: give the price instead (19.9元, "£6.99")
l014-commitment = `{ $words }` calls it free, but the text makes it depend on a purchase or commitment: `{ $what }`
l014-commitment-help = do not call it free when it needs a contract, top-up or purchase: give the price of the package instead
l014-per-use = `{ $words }` calls it free, but part of it is paid: `{ $what }`
l014-per-use-help = say which part is free and what the rest costs, or do not call it free
l014-subscription = `{ $words }` calls it free, but a paid plan follows without its price and how to cancel: `{ $what }`
l014-subscription-help = state beside the claim what it costs after the free period and how to cancel ("then £7.99/month, cancel anytime", 之后每月15元，可随时取消)
l014-review = `{ $words }` calls it free, but it is given only for a review: `{ $what }`
l014-review-help = do not make a free item depend on a review
l014-footnote = `{ $words }` calls it free, but its condition is in a footnote: `{ $what }`
l014-footnote-help = state the condition next to the word, not behind a mark ("free with two full-price items")
# $offer: the offer's id; $condition: l014-spend-of.
l014-unstated = `{ $words }` is offered free, but `{ $offer }` requires { $condition }, which the text does not say
# $amount: the lowest spend as the plan writes it.
l014-spend-of = a spend of { $amount }
l014-condition-here = the condition is here
l014-unstated-help = state the condition next to the claim ("free gift with orders over $75")

# L020 add-on-preselected. $name: the add-on's name; $price: its price as money.
l020-preselected = the add-on `{ $name }` ({ $price }) is preselected: the customer pays for it unless they notice and untick it
l020-cost = what it costs
l020-help = set `preselected: false` and let the customer choose it, with its price shown next to the choice

# L022 ad-not-identifiable. $copy: a copy id; $what: the placement (l022-placement-*); $shown: the label as written.
l022-placement-feed = an in-feed ad
l022-placement-search = a paid search result
l022-placement-influencer = an influencer post
l022-placement-popup = a pop-up ad
l022-placement-splash = a splash ad
l022-placement-other = an ad
# $label: the label the text lacks (l022-says-*).
l022-unlabelled = `{ $copy }` is { $what } with no label marking it as an ad: `ad_label` is not set and the text does not say { $label }
l022-says-cn = 广告
l022-says-other = Ad or Sponsored
l022-unlabelled-cn-help = show 广告 with the ad and record it: `ad_label: 广告`
l022-unlabelled-help = show a plain label with the ad ("Ad", "#ad", "Sponsored") and record it in `ad_label`
l022-not-guanggao = the label `{ $shown }` on `{ $copy }` does not say 广告: Chinese rules ask for the word 广告 on { $what }
l022-not-guanggao-help = label it 广告 (推广, 赞助 and 合作 are not enough): `ad_label: 广告`
l022-unclear = the label `{ $shown }` on `{ $copy }` does not plainly say it is an ad
l022-unclear-help = use a label readers understand as an ad: "Ad", "#ad", "Advertisement", "Sponsored", "Paid partnership"
l022-countdown = `{ $copy }` is { $what } that closes only when its countdown ends: viewers are made to watch it
l022-several-taps = `{ $copy }` is { $what } that takes more than one tap to close
l022-no-close = `{ $copy }` is { $what } that cannot be closed
l022-close-unstated = `{ $copy }` is { $what } and does not say how it closes (`close`)
l022-close-help = give it a close or skip button visible from the first moment that closes it with one tap, and write `close: one_tap`

# L026 conditional-price. $promotion: a promotion id; $found: the words of the copy.
l026-profile = promotion `{ $promotion }` sets its price per customer profile: prices must not differ unreasonably by automated decisions on personal data
l026-profile-help = give the same price to every customer who meets a stated condition (a member level, a first order) and record it in `condition`; drop `personalised: true`
l026-no-notice = promotion `{ $promotion }` personalises its price by automated decisions but does not tell customers so
l026-no-notice-help = tell customers next to the price that it was personalised for them, and record the words in `personalised_notice`
l026-unstated = `{ $found }` is a price for some customers, but the text does not say who qualifies or how
l026-unstated-help = state the condition beside the price (开通会员（免费）即享, 新用户首单专享, 金卡及以上会员), or record it in the promotion's `condition` if the page shows it

# L027 auto-renewal-terms. $promotion: a promotion id; $what: the missing item (l027-what-*); $field: its field; $laws: the jurisdictions asking (l027-law-*, joined by l027-and).
l027-missing = promotion `{ $promotion }` renews automatically, but the plan does not state { $what } (`{ $field }`), which { $laws } law asks for
l027-what-renewal-price = what each renewal charges
l027-what-consent = how customers agree to the renewal
l027-what-cancel = how customers cancel
l027-what-reminder = a reminder before each renewal
l027-law-us = US
l027-law-cn = CN
l027-law-uk = UK
# $first: one jurisdiction; $rest: the ones after it.
l027-and = { $first } and { $rest }
l027-missing-help = add `{ $field }:` to the `subscription` and show it to customers before they sign up
# $days: the days of reminder the law asks for.
l027-late-reminder = promotion `{ $promotion }` reminds customers less than { $days } days before the automatic renewal
l027-late-reminder-help = remind customers conspicuously at least 5 days before each renewal and let them choose whether to renew
