## Rule messages: pricing (P…) and values (V…).

## Shared: the labels on the offers of the worst case, and the worst case itself.

pricing-pays = 按原价的 { $share } 付款
pricing-amount-off = 减 { $amount }
pricing-label-member = 会员价（等级 `{ $level }`）：{ $price }
pricing-label-flash = 限时秒杀价：{ $price }
pricing-label-discount = 折扣：{ $price }
pricing-label-repeat = 每满 { $spend } 减 { $amount }，共减 { $times } 次
pricing-label-spend-tiers = 满减
pricing-label-tier = 满 { $spend } 档：减 { $off }
pricing-label-coupon = 满 { $min } 减 { $off }
pricing-label-coupon-capped = 满 { $min } 减 { $off }（最多减 { $cap }）
pricing-worst = 原价 { $order } 的订单同时使用 { $offers }，实付 { $paid }
pricing-gross-margin-at-list-price = 原价下的毛利率

# P001 tiers-out-of-order
p001-spend-not-rising = 档位门槛 `{ $spend }` 没有高于上一档的 `{ $previous }`
p001-previous-tier = 上一档
p001-spend-help = 按门槛从低到高排列各档，每档门槛都要高于上一档
p001-saves-less = 门槛 `{ $spend }` 这一档（`{ $discount }`）在同一笔订单上的优惠不比上一档（`{ $previous }`）多
p001-saving-help = 每个更高的档位都应比上一档优惠更多

# P002 tier-amount-exceeds-spend
p002-free = 满 `{ $spend }` 减 `{ $discount }`：达到该档的订单将免费
p002-the-spend = 门槛
p002-help = 减免金额应低于门槛（或改写为百分比，如 `20%`）

# P003 repeat-shape
p003-one-tier = `repeat: true`（每满减）只能有一个档位，但 `{ $promotion }` 有 { $count } 个
p003-the-tiers = 档位
p003-one-tier-help = 只保留一个档位，如 `{"{"} spend: 300, discount: 50 {"}"}`，或删除 `repeat`
p003-amount-off = `repeat: true`（每满减）每满一次应减固定金额，不能写 `{ $discount }`
p003-repeats = 每满一次重复减免
p003-amount-off-help = 写一个金额，如 `50`（每满300减50），或删除 `repeat`
p003-max-repeats = 没有 `repeat: true` 时，`max_repeats` 不起任何限制作用
p003-max-repeats-help = 加上 `repeat: true`，或删除 `max_repeats`

# P004 member-levels-not-deeper
p004-not-deeper = 会员等级 `{ $level }`（`{ $name }`）高于 `{ $lower }`，但其会员价 `{ $price }` 并不比 `{ $lower_price }` 更优惠
p004-level = 等级 `{ $level }`
p004-help = 按等级从低到高排列，每一级的会员价都要低于上一级

# P005 early-access-outside-window
p005-unrepresentable = 会员提前购 { $days } 天，开放日期早于 campspec 能表示的任何日期
p005-unrepresentable-help = 提前购天数应控制在几天之内
p005-before-window = 会员提前购比 { $first } 提前 { $days } 天，于 { $opens } 开放，早于活动开始日期 { $start }
p005-window-opens = 活动时间从此开始
p005-help = 缩短提前购天数，或把活动开始日期提前

# P006 flash-margin-low
p006-margin-low = 限时秒杀 `{ $promotion }` 按 `{ $price }` 售卖，剩余毛利仅 { $left }（毛利率 { $gross }），低于要求的 { $required }
p006-required-margin = 要求的剩余毛利
p006-help-lowest = 要保住 { $required } 的剩余毛利，秒杀价最低为 { $zhe }折
p006-help-over-100 = 任何价格的剩余毛利都不可能超过 100%，因此达不到 { $required }；请把 `min_margin` 调到 100% 以下
p006-help-100 = 只有零成本的商品才能在任何价格下保住 { $required } 的剩余毛利；请把 `min_margin` 调到 100% 以下
p006-help-none = 无法按此毛利要求算出秒杀价；请检查 `min_margin` 和 `guardrails.gross_margin`

# P007 gift-cost-high
p007-gift-cost = { $gift }的成本占门槛 `{ $spend }` 的 { $share }，超过 max_gift_cost 上限 { $max }
p007-the-gift = 赠品
p007-the-gift-named = 赠品 `{ $gift }`{" "}
p007-the-limit = 上限
p007-help = 把该赠品的门槛提高到至少 { $spend }，或换一个更便宜的赠品
p007-help-zero = max_gift_cost 为 0%：只能送零成本的赠品，或提高该护栏

# P008 coupon-exceeds-threshold
p008-free = 优惠券 `{ $coupon }` 满 `{ $min }` 减 `{ $amount }`：刚达到门槛的订单将免费
p008-the-minimum = 使用门槛
p008-help = 把 `min_spend` 提高到面额以上，或降低面额

# P009 coupon-shape
p009-both = 优惠券 `{ $coupon }` 同时写了 `amount` 和 `percent`
p009-amount = 金额
p009-both-help = 二者只保留一个：固定减免金额，或百分比优惠加封顶金额 `cap`
p009-neither = 优惠券 `{ $coupon }` 没有任何优惠：既没有 `amount`，也没有 `percent`
p009-neither-help = 加上 `amount: 50` 或 `percent: 10%`（并写 `cap:`）
p009-cap = 优惠券 `{ $coupon }` 写了 `cap`，但没有 `percent`
p009-cap-help = 封顶金额只用于百分比优惠券；固定金额券请删除 `cap`
p009-percent-range = 优惠券 `{ $coupon }` 优惠 `{ $percent }`；百分比优惠券的优惠比例须大于 0% 且不超过 100%
p009-percent-help = 写出优惠比例，如 `10%`

# P010 uncapped-percent-coupon
p010-uncapped = 百分比优惠券 `{ $coupon }` 没有封顶金额 `cap`：订单越大，优惠越多
p010-help = 加上 `cap:`，写明一张券最多可减的金额

# P011 stacking-inconsistent
p011-standalone-twice = `{ $id }` 在 `standalone` 中列了两次
p011-first-listed = 首次在此列出
p011-standalone-twice-help = 只列一次
p011-group-twice = `{ $id }` 在这个互斥组中列了两次
p011-group-twice-help = 每个编号只列一次
p011-standalone-in-group = `{ $id }` 已列入 `standalone`（不与任何优惠叠加），这个互斥组对它不起作用
p011-standalone-here = 在此列入 `standalone`
p011-standalone-in-group-help = 把它从该组删除（`standalone` 已保证它不与其他优惠叠加）
p011-group-too-small = 一个互斥组至少要有两个不同的编号
p011-group-too-small-help = 写出不得叠加的优惠，如 `[member-price, tiers]`

# P012 stacking-too-deep
p012-too-deep = 优惠叠加后优惠深度达 { $depth }，超过 max_discount 上限 { $max }：{ $worst }
p012-too-deep-at-least = 优惠叠加后优惠深度至少达 { $depth }，超过 max_discount 上限 { $max }：{ $worst }
p012-help = 用 `stacking.exclusive` 把这些优惠设为互斥，调低 `max_coupons_per_order` 或提高优惠券门槛；如可接受这一优惠深度，则调高 `max_discount`

# P013 stacking-margin-low
p013-margin-low = 最坏情况下剩余毛利为 { $left }，低于 min_margin 要求的 { $min }：{ $worst }
p013-margin-low-at-most = 最坏情况下剩余毛利至多为 { $left }，低于 min_margin 要求的 { $min }：{ $worst }
p013-help = 用 `stacking.exclusive` 设置互斥、减少每单可用优惠券数或提高门槛，以减轻最坏情况；或调低 `min_margin`

# P014 stacking-below-cost
p014-free = 部分订单免费：{ $worst }
p014-below-cost = 最坏情况下低于成本销售（剩余毛利 { $left }）：{ $worst }
p014-below-cost-at-most = 最坏情况下低于成本销售（剩余毛利至多 { $left }）：{ $worst }
p014-help = 用 `stacking.exclusive` 把这些优惠设为互斥，给百分比优惠券设封顶金额，或提高门槛

# P015 limit-exceeds-quantity
p015-over-quantity = `{ $id }` 每人限 { $per_user }，但总量只有 { $quantity }
p015-the-total = 总量
p015-help = `per_user` 不能超过 `quantity`（两个数字是否写反了？）

# P016 odds-over-total
p016-over-total = `{ $promotion }` 各奖品的中奖概率合计 { $total }
p016-help = 所有奖品的中奖概率合计不能超过 100%
p016-odds = 中奖概率

# P017 box-value-low
p017-value-low = `{ $promotion }` 的内容物价值可能只有售价的 { $multiple } 倍，低于顾客支付的价格
p017-help = 把 `value_multiple` 的下限提高到至少 1

# P018 stacking-missing
p018-missing = 方案有 { $coupons } 张优惠券，但没有 `stacking` 部分：默认视为所有优惠券可在同一订单叠加使用
p018-help = 加上 `stacking: {"{"} max_coupons_per_order: 1 {"}"}`，或写明每单可用的优惠券数量

# P019 empty-mechanic
p019-empty = `{ $id }` 没有任何{ $what }
p019-empty-help = 添加{ $what }，或删除该促销机制
p019-what-tiers = 满减档位
p019-what-gift-tiers = 赠品档位
p019-what-levels = 会员等级
p019-what-slots = 秒杀场次
p019-what-box-prices = 福袋/盲盒售价
p019-what-prizes = 奖品
p019-slot-twice = `{ $id }` 的场次 `{ $slot }` 列了两次
p019-slot-twice-help = 每个场次只列一次
p019-piece-twice = `{ $id }` 的卡片 `{ $piece }` 列了两次
p019-piece-twice-help = 每种要集的卡片只列一次
p019-pieces = `{ $id }` 至少需要两种不同的卡片供集齐
p019-pieces-help = 列出要集的卡片，如 `[福, 禄, 寿, 喜, 财]`
p019-points = `{ $id }` 的积分没有任何价值
p019-points-help = 写明多少积分抵多少钱，如 `{"{"} points: 100, worth: 1 {"}"}`

# V001 currency-mismatch
v001-mismatch = `{ $written }` 按{ $sign }书写，但方案币种为 { $currency }
v001-sign-yuan-or-yen = 人民币或日元（¥）
v001-sign-yuan = 人民币（元）
v001-sign-dollar = 美元（$）
v001-sign-euro = 欧元（€）
v001-sign-pound = 英镑（£）
v001-plans-currency = 方案币种
v001-help = 改写为 `{ $plain }`（金额一律按方案币种计，campspec 不做币种换算）

## Rule summaries.

rule-P001-summary = 满减档位门槛没有逐档升高，或更高的档位优惠反而更少
rule-P002-summary = 满减档位的减免金额达到或超过门槛
rule-P003-summary = 每满减只能有一个固定金额档位；max_repeats 须与 repeat 同用
rule-P004-summary = 更高的会员等级没有更低的会员价
rule-P005-summary = 会员提前购早于活动开始日期
rule-P006-summary = 限时秒杀价的剩余毛利低于要求
rule-P007-summary = 赠品成本占门槛的比例超过 max_gift_cost
rule-P008-summary = 满减券的面额达到或超过使用门槛
rule-P009-summary = 优惠券须写金额或百分比之一，cap 只用于百分比优惠券
rule-P010-summary = 百分比优惠券没有封顶金额
rule-P011-summary = 叠加限制自相矛盾或重复
rule-P012-summary = 最深的优惠叠加超过 max_discount
rule-P013-summary = 最坏情况下的剩余毛利低于 min_margin
rule-P014-summary = 某种优惠叠加会让订单低于成本成交
rule-P015-summary = 每人限量超过总量
rule-P016-summary = 抽奖各奖品的中奖概率合计超过 100%
rule-P017-summary = 福袋/盲盒的内容物价值可能低于售价
rule-P018-summary = 有优惠券但没有设置叠加限制
rule-P019-summary = 促销机制没有任何内容
rule-V001-summary = 金额使用了其他币种的符号
