## Rule messages: wording (W…), and the lexicon notes and citations they append.

# $zh: the Chinese form (a term's `note_zh`, else its `note`); $en is named only so
# that both languages take the same arguments.
wording-own-language = { $en ->
       *[other] { $zh }
    }
wording-help-note-laws = { $help }（{ $note }：{ $laws }）
wording-help-note = { $help }（{ $note }）
wording-help-laws = { $help }（{ $laws }）

w001-claim = `{ $words }` 属于绝对化用语（{ $group }），广告中不得使用
w001-help = 改为可核实的事实表述，或删除该用语；如结合语境属于无害使用（名称、使用提示、同一品牌内的自我比较），请豁免该问题并写明理由
w001-group-default = 未分类
w001-group-superlative = 最高级类
w001-group-grade = 等级类
w001-group-guarantee = 保证类
w001-group-uniqueness = 唯一性类
w001-group-price = 价格类

w002-evidenced = `{ $words }` 属于排名类宣称，依据为 `{ $source }`
w002-evidenced-help = 在文案中紧挨该宣称注明数据来源、统计期间和范围
w002-claim = `{ $words }` 属于排名或数据类宣称，未注明来源
w002-help = 为该条目补充 `evidence:`（来源、统计期间、范围），并在宣称旁注明；否则删除该宣称

w003-claim = `{ $words }` 宣称由国家供应或获得国家背书
w003-help = 删除该宣称
w003-pair = `{ $words }` 以国家机关、国家机关工作人员或军队作为推荐者或客户进行宣传
w003-pair-help = 删除该宣称：广告不得使用或者变相使用国家机关、国家机关工作人员及军队的名义或者形象（《中华人民共和国广告法》第九条第（二）项）

w004-claim = `{ $words }` 属于医疗用语，非医疗类商品不得使用
w004-help = 删除该宣称
w004-efficacy = `{ $words }` 宣称对疾病或症状 `{ $illness }` 有作用，属于医疗用语，非医疗类商品不得使用
w004-efficacy-help = 删除该宣称；介绍商品本身，不要宣称对疾病的作用

w005-claim = `{ $words }` 保留最终解释权，此类条款无效
w005-help = 删除该条款，改为提供咨询联系方式

w006-claim = `{ $words }` 属于最高级或排名类宣称，须有证据支持
w006-scoped = `{ $words }` 属于最高级宣称，须有证据支持
w006-help = 留存证据并对宣称加以限定，或改写该宣称

w007-claim = `{ $words }` 属于绝对化承诺或功效宣称
w007-help = 写明承诺的具体内容及其条款所在位置，或删除该宣称

w008-health = `{ $words }` 属于健康声称，其措辞未经任何获批声称名录许可
w008-cure = `{ $words }` 宣称能治愈或治疗疾病
w008-help = 除非商品是获得许可的药品或医疗器械，否则删除该宣称
w008-efficacy = `{ $words }` 宣称对疾病或症状 `{ $illness }` 有作用
w008-efficacy-help = 删除该宣称，或按商品许可证或获批声称允许的措辞表述

w009-evidenced = `{ $words }` 宣称获得背书，依据为 `{ $source }`
w009-evidenced-help = 按依据所示，写明具体是哪项批准、王室供货许可或合同
w009-claim = `{ $words }` 宣称获得公共机构、武装部队或王室的背书
w009-help = 删除该宣称，或把批准文件、王室供货许可或合同写入 `evidence:`，并写明具体内容

w010-claim = `{ $words }` 由经营者单方解释条款或裁决争议，此类条款对消费者可能不具约束力
w010-help = 删除该条款，改为说明咨询和投诉的处理方式

rule-W001-summary = 中文对客文案中的绝对化用语或最高级用语
rule-W001-cite-1 = 《中华人民共和国广告法》第九条第（三）项
rule-W002-summary = 排名或数据类宣称未注明来源
rule-W002-cite-1 = 《中华人民共和国广告法》第十一条第二款
rule-W003-summary = 宣称由国家供应或获得国家背书
rule-W003-cite-1 = 《中华人民共和国广告法》第九条第（一）项、第（二）项
rule-W004-summary = 医疗或治疗功效宣称
rule-W004-cite-1 = 《中华人民共和国广告法》第十七条
rule-W005-summary = 「最终解释权」条款
rule-W005-cite-1 = 《中华人民共和国消费者权益保护法》第二十六条
rule-W006-summary = 英文文案中缺乏证据的最高级宣称
rule-W006-cite-1 = 欧盟《不公平商业行为指令》（2005/29/EC）第6条第1款
rule-W006-cite-2 = 美国《联邦贸易委员会法》第5条；联邦贸易委员会《广告证实政策声明》
rule-W006-cite-3 = 英国《广告守则》（CAP Code）第3.7条；英国 DMCC Act 2024 第226条
rule-W007-summary = 英文文案中的绝对化保证或功效宣称
rule-W007-cite-1 = 欧盟《不公平商业行为指令》（2005/29/EC）第6条第1款(b)项
rule-W007-cite-2 = 美国《联邦贸易委员会法》第5条；美国《保证广告指南》（16 CFR 239）
rule-W007-cite-3 = 英国《广告守则》（CAP Code）第3.1、3.7、3.53条
rule-W008-summary = 英文文案中宣称治疗或预防疾病
rule-W008-cite-1 = 欧盟《向消费者提供食品信息条例》（(EU) 1169/2011）第7条第3款；欧盟《不公平商业行为指令》附件一第17点
rule-W008-cite-2 = 美国《联邦贸易委员会法》第5条、第12条
rule-W008-cite-3 = 英国《广告守则》（CAP Code）第12.1、15.6.2条
rule-W009-summary = 宣称获得公共机构、武装部队或王室的背书
rule-W009-cite-1 = 欧盟《不公平商业行为指令》（2005/29/EC）附件一第2点、第4点
rule-W009-cite-2 = 美国《代言与推荐指南》（16 CFR 255）；《美国法典》第18编第709条（18 U.S.C. §709）
rule-W009-cite-3 = 英国 DMCC Act 2024 附表20；英国《广告守则》（CAP Code）第3.50–3.52条
rule-W010-summary = 由经营者单方解释条款或裁决一切争议的条款
rule-W010-cite-1 = 欧盟《消费者合同不公平条款指令》（93/13/EEC）第3条第3款、附件第1(m)项
rule-W010-cite-2 = 美国《联邦贸易委员会法》第5条
rule-W010-cite-3 = 英国《2015年消费者权利法》第62条、附表2第16段

wording-claim-list = { $first }、{ $rest }
wording-claim-percent-off = 减{ $off }%
wording-claim-pays = 按 { $pay } 的比例实付
wording-claim-a-percentage = 一定比例
wording-claim-tier-no-repeat = `{ $promotion }` 中满 { $spend } 的档位不是每满（不重复优惠）
wording-claim-tier-takes = 满 { $spend } 的档位优惠 `{ $discount }`
wording-claim-tier-takes-ratio = 满 { $spend } 的档位优惠 `{ $discount }`，即 { $ratio }
wording-claim-coupon-takes = 优惠券 `{ $coupon }` 减 { $amount }
wording-claim-coupon-takes-ratio = 优惠券 `{ $coupon }` 减 { $percent }，即 { $ratio }
wording-claim-no-spend-amount = 没有满 { $spend } 减 { $off } 的档位或优惠券
wording-claim-no-spend-ratio = 没有满 { $spend } 享 { $ratio } 的档位或优惠券
wording-claim-deepest = 最低折扣为 { $ratio }
wording-claim-prices-are = 各项价格为 { $prices }
wording-claim-no-ratio = 没有可比对的价格或折扣
wording-claim-most-saved = 最多可省 { $amount }
wording-claim-amounts-are = 各项减免金额为 { $amounts }
wording-claim-no-amount = 没有可比对的减免金额
wording-claim-max-repeats = `{ $promotion }` 最多重复优惠 { $n } 次（`max_repeats`）
wording-claim-once-per-order = `{ $promotion }` 每单只优惠一次（未设置 `repeat`）
wording-claim-cap = `{ $coupon }` 最多优惠 { $cap }（`cap`）
wording-claim-no-uncapped = 没有可比对的重复档位或比例优惠券
wording-claim-per-user = `{ $offer }` 每人限 { $n } 份
wording-claim-no-per-user = 未设置每人限额（`per_user`）
wording-claim-per-day = 每人每天可领 { $n } 份（`claims_per_user_per_day`）
wording-claim-fewer-left = `{ $offer }` 的数量为 { $quantity }，少于文案所说的剩余数量
wording-claim-quantity = `{ $offer }` 的数量为 { $quantity }
wording-claim-no-quantity = 未设置数量
wording-claim-min-spend = 优惠券 `{ $coupon }` 的使用门槛为 { $min_spend }
wording-claim-no-free-coupon = 没有无门槛优惠券
wording-claim-values-are = 价值分别为 { $values }
wording-claim-value-multiple = `value_multiple` 为 { $multiple }
wording-claim-no-mystery-box = 没有可比对的盲盒
wording-claim-items-per-slot = `items_per_slot` 为 { $n }
wording-claim-no-items-per-slot = 未设置 `items_per_slot`
wording-claim-no-flash-sale = 没有可比对的限时秒杀
wording-claim-slots-are = 场次为 { $slots }
wording-claim-early-days = 提前购为 { $days } 天
wording-claim-no-early-days = 未设置提前购
wording-claim-no-early-access = 没有设置提前购的会员价
wording-claim-runs = `{ $offer }` 的活动时间为 { $start } 至 { $end }
wording-claim-runs-without = `{ $offer }` 的活动时间为 { $start } 至 { $end }，不包括 { $month }月{ $day }日
wording-claim-ends-on = `{ $offer }` 于 { $end } 结束，当天是{ $weekday ->
        [Monday] 星期一
        [Tuesday] 星期二
        [Wednesday] 星期三
        [Thursday] 星期四
        [Friday] 星期五
        [Saturday] 星期六
        [Sunday] 星期日
       *[other] { $weekday }
    }
wording-claim-no-period = 优惠的活动时间未知
wording-claim-standalone = `{ $offer }` 设为 `standalone`（不与任何优惠叠加）
wording-claim-exclusive-group = `{ $x }` 与 `{ $y }` 在同一个 `exclusive` 互斥组中
wording-claim-item-prices = `{ $x }` 和 `{ $y }` 都是商品价格，一件商品只能有一个价格
wording-claim-max-coupons = `max_coupons_per_order` 为 { $max }
wording-claim-coupons-stack = `max_coupons_per_order` 为 { $max }，且没有 `exclusive` 互斥组同时包含 `{ $x }` 和 `{ $y }`，因此两张优惠券可在同一订单中使用
wording-claim-offers-stack = 按 `stacking` 的设置，`{ $x }` 与 `{ $y }` 可在同一订单中叠加（两者都不是 `standalone`，也没有 `exclusive` 互斥组同时包含两者）
wording-claim-apart = `{ $x }` 不能与 `{ $y }` 在同一订单中使用：{ $why }
wording-claim-effective-pays = { $basis } 实付 { $paid }/{ $spend } = { $share }
wording-claim-offers-give = 各项优惠折合为 { $shares }

wording-fix-both = { $spec }，或{ $copy }
wording-fix-spec = { $spec }，或修改文案使之一致
wording-fix-copy = { $copy }
wording-fix-agree = 使文案与方案一致
wording-fix-coupons-exclusive = 把 `stacking.max_coupons_per_order` 设为 1，或在 `stacking.exclusive` 中加入 `[{ $x }, { $y }]`
wording-fix-exclusive = 在 `stacking.exclusive` 中加入 `[{ $x }, { $y }]`（或把 `{ $x }` 加入 `stacking.standalone`）
wording-fix-add = 在 `{ $field }` 中加入 `{ $add }`
wording-fix-change-to = 把 `{ $field }` 改为 `{ $value }`
wording-fix-change = 修改 `{ $field }`
wording-fix-add-repeat = 在 `{ $field }` 所属的促销机制中加入 `repeat: true`
wording-fix-remove = 删除 `{ $field }`
wording-fix-repeat-every = 在 `{ $field }` 中加入 `repeat: true`（每满一定金额即重复优惠）
wording-fix-runs = 修改 `{ $field }`，使优惠从 { $from } 持续到 { $to }
wording-fix-take-out = 从文案中删去 `{ $words }`
wording-fix-not-standalone = 把 `{ $x }` 移出 `stacking.standalone`
wording-fix-not-exclusive = 把 `{ $x }` 或 `{ $y }` 移出 `{ $field }`
wording-fix-two-coupons = 把 `stacking.max_coupons_per_order` 提高到 2
wording-fix-copy-to = 把文案改为 `{ $words }`
