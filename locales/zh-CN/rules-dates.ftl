## Rule messages: dates (D…).

d003-overlap = 阶段 `{ $phase }` 于 { $start } 开始，早于阶段 `{ $earlier }` 的结束日期 { $end }：有 { $days } 天同时属于两个阶段
d003-ends-here = 阶段 `{ $phase }` 在此结束
d003-help = 把 `{ $earlier }` 的结束日期改为 { $before }（`{ $phase }` 开始的前一天），或把 `{ $phase }` 的开始日期改为 { $after }
d003-help-general = 每个阶段应从上一阶段结束的次日开始
rule-D003-summary = 两个阶段的日期有重叠

dates-window-opens = 活动时间从此开始
dates-window-closes = 活动时间到此结束

d001-starts-after = { $what }开始日期 { $start } 晚于结束日期 { $end }
d001-window = 活动时间的
d001-phase = 阶段 `{ $phase }` 的
d001-coupon = 优惠券 `{ $coupon }` 有效期的
d001-ends-here = 结束日期在此
d001-help = 对调两个日期，或改正写错的那个（起止两天都计入）

d002-starts-before = 阶段 `{ $phase }` 于 { $start } 开始，早于活动时间的开始日期 { $opens }
d002-ends-after = 阶段 `{ $phase }` 于 { $end } 结束，晚于活动时间的结束日期 { $closes }
d002-help = 把该阶段移入活动时间内，或放宽活动时间

d004-before-first = 活动时间从 { $opens } 开始，但第一个阶段 `{ $phase }` 从 { $start } 才开始：有 { $days } 天不属于任何阶段
d004-help-first = 把 `{ $phase }` 的开始日期改为 { $opens }，或推迟活动时间的开始日期
d004-between = 阶段 `{ $earlier }`（{ $end } 结束）与阶段 `{ $phase }`（{ $start } 开始）之间有 { $days } 天不属于任何阶段
d004-help-between = 让 `{ $phase }` 从 `{ $earlier }` 结束的次日开始，或延长 `{ $earlier }`
d004-after-last = 最后一个阶段 `{ $phase }` 于 { $end } 结束，但活动时间到 { $closes } 才结束：有 { $days } 天不属于任何阶段
d004-help-last = 把 `{ $phase }` 的结束日期改为 { $closes }，或提前活动时间的结束日期

d005-late = 物料 `{ $material }` 的交付日期为 { $due }，但阶段 `{ $phase }` 从 { $start } 起就要使用
d005-starts-here = 阶段 `{ $phase }` 从此开始
d005-help = 把交付日期提前到 { $day }（`{ $phase }` 开始的前一天）或更早
d005-help-general = 提前交付日期

d006-from-before = 优惠券 `{ $coupon }` 自 { $from } 起有效，早于活动时间的开始日期 { $opens }
d006-to-after = 优惠券 `{ $coupon }` 有效至 { $to }，晚于活动时间的结束日期 { $closes }
d006-help-from = 把有效期的开始日期改为 { $start } 或之后
d006-help-to = 把有效期的结束日期改为 { $end } 或之前

rule-D001-summary = 某个期间的开始日期晚于结束日期
rule-D002-summary = 阶段的开始早于或结束晚于活动时间
rule-D004-summary = 活动时间中有日子不属于任何阶段
rule-D005-summary = 物料的交付日期不早于所需阶段的开始日期
rule-D006-summary = 优惠券的有效期超出活动时间
rule-D007-summary = 审批日期晚于活动开始日期

# D007 approval-after-start. $role：审批角色（按方案原文）；$date：审批日期；$start：活动首日。
d007-late = `{ $role }` 的审批日期为 { $date }，晚于活动开始日期 { $start }
d007-help = 在 { $start } 前完成方案审批，或改正审批日期
