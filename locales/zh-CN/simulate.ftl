## campspec simulate：购物车的结算明细、未使用优惠的原因及错误。

sim-header = 购物车 { $cart } 按方案 { $spec } 结算
sim-order-at = 下单时间 { $at }
sim-notes-one = （{ $note }）
sim-notes-two = （{ $first }，{ $second }）
sim-note-flash = 限时秒杀
sim-list-total = 原价合计
sim-step-item = 1 单品优惠
sim-step-tiers = 2 满减
sim-step-coupons = 3 优惠券
sim-paid = = 实付
sim-no-item-level = 无单品优惠价
sim-item-subtotal = 单品优惠后小计
sim-no-tiers = 未达到任何满减档位
sim-after-tiers = 满减后金额
sim-no-coupons = 无可用优惠券
sim-floored = （最低按零元计）
sim-item-step = { $id } { $name }：{ $applies } → { $becomes }（{ $price }）
sim-tier-step = { $id } { $name }：{ $tier }
sim-coupon-step = { $id } { $name }：{ $base } ≥ { $min }
sim-price-pays = 按原价的 { $percent } 计价
sim-price-off = 直降 { $amount }
sim-price-member = 会员等级 `{ $level }`：{ $price }
sim-tier-repeat = 每满 { $spend } 减 { $amount }，共 { $times } 次
sim-tier-from = 满 { $spend } 优惠 { $off }
sim-tier-from-amount = 满 { $spend } 减 { $amount }
sim-saving = 共优惠 { $saving }，占原价合计的 { $percent }
sim-saving-worst = （方案的最坏情况：{ $worst }）
sim-below-min-order = 注意：本单金额低于最坏情况分析所考虑的最低订单金额
sim-gift = 赠品：{ $gift }（{ $id }：实付 ≥ { $spend }）
sim-not-applied = 未使用的优惠：

sim-not-in-plan = 方案中没有这项优惠
sim-phase-only = 仅在阶段 { $phases } 进行，{ $date }不在其中
sim-phase-sep = 、
sim-phase-id = `{ $id }`
sim-outside-window = { $date }不在活动时间内
sim-not-member = 顾客不是会员
sim-slot-not-started = 下单时间 { $time } 当天第一场秒杀尚未开始
sim-no-flash-item = 购物车中没有参加限时秒杀的商品
sim-no-item-in-scope = 购物车中没有适用范围内的商品
sim-not-held = 顾客未持有该优惠券
sim-not-audience = 仅限人群 `{ $audience }` 使用，顾客不属于该人群
sim-not-valid = { $date }不在有效期内
sim-no-gift-tier = 实付金额未达到任何赠品档位
sim-standalone = 不与其他优惠同享，不用它本单更便宜
sim-exclusive = 与 `{ $other }` 互斥，本单用 `{ $other }` 优惠更多
sim-coupon-unused = 未达到使用门槛 { $min }，或其他优惠券优惠更多（每单最多用 { $max } 张）
sim-tier-unused = 未达到最低档位（{ $low }），或优惠更少
sim-cheaper-without = 不用它本单更便宜

sim-cannot-read = 无法读取 { $path }：{ $error }
sim-unmodelled = 方案的错误修正之前，无法计算其优惠
sim-plan-errors = 方案有错误，请先修改再模拟结算
sim-too-large = { $path } 超过 { $limit } 字节的大小上限（--max-file-size 或 campspec.toml 中的 max_file_size），未读取
