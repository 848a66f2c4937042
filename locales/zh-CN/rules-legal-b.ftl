## Rule messages: legal (L003, L004, L010–L012, L015–L019, L021, L023–L025).

l025-comma-list = { $first }、{ $rest }
l024-channel-sms = 短信
l024-channel-email = 邮件
l024-channel-push = 推送

# L003 time-limit-without-end
l003-no-end = `{ $words }` 表示限时，但文案未写明截止时间
l003-help = 在文案中写明活动期间（如「1月16日至2月6日」、"until Nov 30"）
l003-no-end-known = `{ $words }` 表示限时，但文案未写明何时结束
l003-ends-on = `{ $id }` 于 { $end } 结束
l003-help-known = 把结束时间写进文案：`{ $id }` 于 { $end } 结束（文案可写「{ $write }」）
rule-L003-summary = 限时用语所在的文案未写明截止时间
rule-L003-cite-1 = 《规范促销行为暂行规定》第二十条
rule-L003-cite-2 = 欧盟《不公平商业行为指令》（2005/29/EC）附件一第7项
rule-L003-cite-3 = 美国 16 CFR 233.5
rule-L003-cite-4 = 英国 CAP Code 第8.17.4条

# L004 quantity-limit-without-number
l004-no-quantity = `{ $words }` 表示数量有限，但方案未给出可供核对的数量
l004-help = 在 `{ $offer }` 上设置 `quantity`（文案无需重复写出）；库存并不限量的，删去该表述
l004-help-advertise = 用 `advertises` 关联所宣传的限量优惠并设置其 `quantity`；库存并不限量的，删去该表述
l004-no-quantity-here = 此处未设置 `quantity`
rule-L004-summary = 文案称数量有限，方案却未给出数量
rule-L004-cite-1 = 《规范促销行为暂行规定》第五条
rule-L004-cite-2 = 欧盟《不公平商业行为指令》（2005/29/EC）附件一第5项
rule-L004-cite-3 = 英国 CAP Code 第8.10条

# L010 us-former-price
l010-short = `{ $words }` 与原价比较，但该原价只报价了 { $days } 天，未必达到「相当长的合理期间」（campspec 的经验值为 { $min } 天，法律未规定天数）
l010-short-help = 核实原价确曾公开报价足够长的时间、真实可信；属实的，调高 `days`（或写明理由豁免本项检查）
l010-no-period = `{ $words }` 与原价比较，但所宣传的促销未写明该原价报价了多少天（`days`）
l010-no-period-help = 在 `reference_price` 中补充 `days:`（原价公开报价的天数）
l010-unevidenced = `{ $words }` 与他人所定的价格比较，但所宣传的促销未提供依据（`evidence`）
l010-unevidenced-help = 在 `reference_price` 中补充 `evidence:`（在何处见到以该价格大量成交）
l010-missing = `{ $words }` 与原价或参考价比较，但所宣传的促销均未说明该价格的依据
l010-missing-help = 补充 `reference_price: {"{"} basis: former_price, days: 90, evidence: … {"}"}`；“compare at”类价格写 `{"{"} basis: trade_area_price, evidence: … {"}"}`
l010-the-advertised-offer = 所宣传的优惠
rule-L010-summary = 美国法域下的原价比较未说明依据
rule-L010-cite-1 = 美国 16 CFR 233.1、233.2、233.3

# L011 marketing-opt-out
l011-no-opt-out = 这条{ $channel }未提供退订方式，收件人无法拒绝后续消息
l011-sent-as-message = 以营销消息发送
l011-help-sms = 在短信中写明退订方式（如「…回T退订」、"Reply STOP to opt out"）
l011-help = 在文案中写明退订方式，或设置 `opt_out:` 说明收件人如何关闭此类消息
# 推送或邮件条目的 `opt_out` 仍是 `check --fix --unsafe-fixes` 写入的占位内容。
l011-placeholder = 这条{ $channel }的 `opt_out` 仍是占位内容，请写明收件人如何退订后续消息
rule-L011-summary = 营销消息未提供退订方式
rule-L011-cite-1 = 《中华人民共和国广告法》第四十三条
rule-L011-cite-2 = 欧盟《隐私与电子通信指令》（2002/58/EC）第13条
rule-L011-cite-3 = 美国 CAN-SPAM Act（15 U.S.C. §7704）；《电话消费者保护法》（TCPA），47 CFR 64.1200
rule-L011-cite-4 = 英国《隐私与电子通信条例》（PECR 2003）第22条

# L012 profiling-consent
l012-cn-neither = 活动为营销对客户进行用户画像，但方案既未提供拒绝方式（`opt_out`），也未提供不针对个人特征的选项（`non_personalised_option`），不符合《个人信息保护法》第二十四条第二款的要求
l012-profiling = 用户画像
l012-no-non-personalised = 未提供非个性化选项
l012-cn-help = 提供便捷的拒绝个性化营销的方式并记录 `opt_out: true`，或提供不针对个人特征的版本并记录 `non_personalised_option: true`
l012-basis-help = 在 `personal_data` 下记录用户画像的 GDPR 第6条第1款处理依据，例如 `lawful_basis: legitimate_interest`（经利益平衡评估）或 `lawful_basis: consent`（已取得同意，并记录 `consent: true`）
l012-consent-not-obtained = 用户画像的处理依据为同意，但 `consent: false` 表明并未取得同意
l012-basis-consent = 处理依据：同意
l012-consent-help = 进行用户画像前先取得同意并记录 `consent: true`，或记录用户画像实际采用的处理依据
l012-no-basis = 活动对客户进行用户画像，但方案未记录其处理依据（`lawful_basis:`）
l012-cannot-object = 活动为直接营销对客户进行用户画像，但客户无法提出反对（`opt_out: false`）
l012-no-right-to-object = 活动为直接营销对客户进行用户画像，但方案未记录客户的反对权（`opt_out:`）
l012-objection-help = 允许客户随时反对个性化营销，收到反对即停止，并记录 `opt_out: true`（GDPR 第21条）
rule-L012-summary = 用户画像既无拒绝方式，也无处理依据
rule-L012-cite-1 = 《中华人民共和国个人信息保护法》第二十四条第二款
rule-L012-cite-2 = 欧盟《通用数据保护条例》（GDPR）第6条第1款、第21条第2款至第3款

# L015 sweepstakes-free-entry
l015-purchase = 购物即可参加抽奖 `{ $id }`，但没有免费参与途径
l015-fee = 参加抽奖 `{ $id }` 须支付 { $fee } 的费用，但没有免费参与途径
l015-uplift = 可参加抽奖 `{ $id }` 的商品为此提高了售价，但没有免费参与途径
l015-help-us = 补充 `free_entry:`（如「寄明信片至……」），中奖机会与付费参与相同
l015-help-uk = 补充中奖机会相同的 `free_entry:`，或取消参与费、恢复原售价（在大不列颠，按正常价格购物即可参加的抽奖是合法的）
l015-no-purchase-necessary = 抽奖 `{ $id }` 的规则未写明 "No purchase necessary"（无需购买）
l015-no-purchase-necessary-help = 写明 "No purchase necessary. A purchase will not improve your chances of winning."（无需购买，购买不会提高中奖机会），并说明免费参与的方式
rule-L015-summary = 付费抽奖没有免费参与途径
rule-L015-cite-1 = 美国 18 U.S.C. §§1301–1307；39 U.S.C. §3001(k)
rule-L015-cite-2 = 英国 Gambling Act 2005 第14条、附表2第2(c)段；CAP Code 第8.17.2条

# L016 uk-prize-terms
l016-no-terms = 有奖促销 `{ $id }` 没有活动规则（截止日期、奖品、参与方式）
l016-no-terms-help = 补充 `terms:`，写明截止日期和奖品数量
l016-missing = `{ $id }` 的活动规则未写明{ $missing }
l016-closing-date = 截止日期
l016-number-of-prizes = 奖品数量
l016-missing-help = 写明截止日期和奖品数量（如 "2 bikes to be won; closes 30 Nov 2027"）
rule-L016-summary = 英国有奖促销的活动规则缺少重要条件
rule-L016-cite-1 = 英国 CAP Code 第8.17条、第8.17.4条

# L017 weekday-mismatch
l017-mismatch = 文案写的是 `{ $words }`，但{ $date }是{ $actual }，不是{ $stated }（{ $source }）
l017-year-written = 年份为文案中同时写明的年份
l017-year-of-offer = 年份取自 `{ $id }` 的活动期间：{ $from }至{ $to }
l017-year-of-window = 年份取自方案的活动时间：{ $from }至{ $to }
l017-help = 日期无误的，应写{ $actual }；{ $stated }无误的，日期应为{ $date }
l017-year-from-here = 年份（{ $year }年）取自此处
l017-weekday = { $day ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
l017-long-date = { $year }年{ $month }月{ $day }日
rule-L017-summary = 文案中的星期与日期不符
rule-L017-cite-1 = 《中华人民共和国广告法》第八条第一款
rule-L017-cite-2 = 英国 CAP Code 第3.1条
rule-L017-cite-3 = 欧盟《不公平商业行为指令》（2005/29/EC）第6条第1款
rule-L017-cite-4 = 美国《联邦贸易委员会法》第5条（15 U.S.C. §45）

# L018 uk-reference-price
l018-missing = `{ $words }` 与参考价比较，但所宣传的促销均未说明参考价的依据
l018-missing-help = 在促销上补充 `reference_price: {"{"} basis: former_price, days: …, evidence: … {"}"}`（较高价格实际执行的天数，不短于本次降价的期间）；与建议零售价（RRP）比较的，写 `{"{"} basis: msrp, evidence: … {"}"}`
l018-no-reference-price-here = 此处未设置 `reference_price`
l018-no-period = `{ $words }` 与 `{ $id }` 此前的价格比较，但未说明该价格执行了多长时间
l018-the-reference-price = 参考价
l018-no-period-help = 补充 `days:`（较高价格执行的天数，不短于本次降价的期间）和 `evidence:`（价格记录）
l018-too-short = `{ $words }` 与 `{ $id }` 此前的价格比较，该价格执行了 { $days } 天，而降价期为 { $run } 天：较高价格的执行时间应长于降价期
l018-days-charged = 较高价格执行的天数
l018-too-short-help = 改为与执行时间长于降价期的价格比较，或缩短降价期，或在文案中写明较高价格的执行期间
l018-no-evidence = `{ $words }` 与他人为 `{ $id }` 所定的价格比较，但没有证据表明该商品通常以此价格销售
l018-no-evidence-help = 补充 `evidence:`（该商品通常以此价格销售的渠道），或改为与自己此前的价格比较
rule-L018-summary = 英国法域下的划线价或建议零售价未说明依据
rule-L018-cite-1 = 英国 CAP Code 第3.39条至第3.40条；CTSI《定价行为经营者指南》

# L019 gift-not-named
l019-unnamed = `{ $text }` 承诺送赠品，但未说明赠品是什么
l019-help = 在文案中写明赠品名称（如 "a free canvas tote bag"、"a 50ml hand cream"）；赠品可能送完的，写明数量
rule-L019-summary = 英文文案承诺赠品却未说明赠品是什么
rule-L019-cite-1 = 欧盟《不公平商业行为指令》（2005/29/EC）第7条
rule-L019-cite-2 = 英国 CAP Code 第8.17条
rule-L019-cite-3 = 美国《联邦贸易委员会法》第5条

# L021 rewarded-reviews
l021-mechanic = `{ $name }` 仅对好评发放（`positive_review`）
l021-words = `{ $text }` 以奖励换取好评
l021-help = 对任何真实评价给予奖励、不论评分高低（`requires: [review]`，评价有礼（好评差评均可）），或不给奖励；不得以好评作为奖励条件
rule-L021-summary = 以奖励换取好评（好评返现）
rule-L021-cite-1 = 《中华人民共和国电子商务法》第十七条；《中华人民共和国反不正当竞争法》（2025年修订）第九条第二款
rule-L021-cite-2 = 欧盟《不公平商业行为指令》（2005/29/EC）附件一第23b项至第23c项
rule-L021-cite-3 = 美国 16 CFR 465.4
rule-L021-cite-4 = 英国 DMCC Act 2024 附表20（虚假评价和有偿评价）

# L023 minors-audience
l023-personal-data = 受众最低年龄为 { $min } 岁，活动使用个人信息，但未记录监护人同意：{ $ages }的儿童，其个人信息须经父母或其他监护人同意
l023-under-age = 未满 { $age } 周岁（{ $jurisdiction }）
l023-the-personal-data = 活动使用的个人信息
l023-personal-data-help = 在儿童注册或提供个人信息前取得父母或其他监护人的同意并记录（`guardian_consent: true`），或提高 `min_age`
l023-box-under-8 = `{ $name }` 是盲盒，而受众最低年龄为 { $min } 岁：盲盒不得向未满 { $limit } 周岁的儿童销售
l023-box-under-8-help = 把 `audience.min_age` 提高到 { $limit } 岁及以上并核验购买者年龄，或将该盲盒移出本次活动
l023-box-minors = `{ $name }` 是盲盒，受众包括 { $min } 岁起的未成年人，但未记录监护人同意
l023-box-minors-help = 向未成年人销售盲盒前先确认已取得监护人同意并记录（`guardian_consent: true`）
l023-youngest-age = 活动覆盖的最低年龄
l023-exhortation = `{ $text }` 劝诱儿童要求家长购买（受众最低年龄为 { $min } 岁）
l023-exhortation-help = 直接向家长说明，不要借儿童之口：写明产品的适用人群（适合6岁以上，"for ages 6 and up"），由家长自行决定
rule-L023-summary = 受众包括儿童，却未落实法律对儿童的保护
rule-L023-cite-1 = 《中华人民共和国广告法》第四十条；《中华人民共和国个人信息保护法》第三十一条
rule-L023-cite-2 = 市场监管总局《盲盒经营行为规范指引（试行）》（2023年）
rule-L023-cite-3 = 欧盟《通用数据保护条例》（GDPR）第8条；《不公平商业行为指令》（2005/29/EC）附件一第28项
rule-L023-cite-4 = 美国《儿童在线隐私保护法》（COPPA，15 U.S.C. §§6501–6506）；16 CFR Part 312
rule-L023-cite-5 = 英国 Data Protection Act 2018 第9条；CAP Code 第5章

# L024 message-consent
l024-no-consent = 方案通过{ $channel }发送 { $count } 条营销消息，但未记录收件人事先同意接收{ $channel }（{ $laws }）
l024-soft-only = 方案仅凭老客户豁免（“soft opt-in”）通过{ $channel }发送 { $count } 条营销消息，但法律要求取得收件人的事先同意（{ $laws }）
l024-law-cn = 中国：《广告法》第四十三条第一款
l024-law-eu = 欧盟：《隐私与电子通信指令》第13条
l024-law-uk = 英国：《隐私与电子通信条例》（PECR）第22条
l024-law-us = 美国：《电话消费者保护法》（TCPA），47 CFR 64.1200
l024-help-parts = { $parts }
l024-help = 只向同意接收{ $channel }营销的收件人发送，并在 `compliance.messaging` 下记录同意的取得方式和出处：`- {"{"} channel: { $key }, consent: … {"}"}`
l024-help-soft-opt-in = 在欧盟和英国，凭老客户豁免向老客户发送的，改为记录 `soft_opt_in: …`
l024-help-us = 在美国，营销短信须事先取得明示书面同意
l024-sent-by = 通过{ $channel }发送
l024-also-sent-by = 也通过{ $channel }发送
rule-L024-summary = 营销消息未记录收件人的事先同意
rule-L024-cite-1 = 《中华人民共和国广告法》第四十三条第一款；《中华人民共和国消费者权益保护法》第二十九条第三款
rule-L024-cite-2 = 欧盟《隐私与电子通信指令》（2002/58/EC）第13条第1款至第2款
rule-L024-cite-3 = 美国《电话消费者保护法》（TCPA，47 U.S.C. §227）；47 CFR 64.1200
rule-L024-cite-4 = 英国《隐私与电子通信条例》（PECR 2003）第22条至第23条

# L025 hidden-fees
l025-apart = `{ $price }` 不是总价：必须支付的 { $names } 与价格分开显示
l025-without = `{ $price }` 未包含每位顾客都须支付的 { $names }
l025-fee-amount = `{ $fee }`（{ $amount }）
l025-fee-name = `{ $fee }`
l025-help = 显示包含全部必付费用的价格，并在该费用上记录 `included: true`（在中国，至少应在价格旁标明该费用）
l025-the-fee = 该费用
rule-L025-summary = 文案标示的价格未包含必须支付的费用
rule-L025-cite-1 = 《明码标价和禁止价格欺诈规定》第八条、第十九条第（六）项
rule-L025-cite-2 = 欧盟《消费者权利指令》（2011/83/EU）第6条第1款(e)项；《不公平商业行为指令》（2005/29/EC）第7条第4款(c)项
rule-L025-cite-3 = 英国 DMCC Act 2024 附表20第13段（CMA207）
