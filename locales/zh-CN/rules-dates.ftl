## Rule messages: dates (D…).

d003-overlap = 阶段 `{ $phase }` 于 { $start } 开始，早于阶段 `{ $earlier }` 的结束日期 { $end }：有 { $days } 天同时属于两个阶段
d003-ends-here = 阶段 `{ $phase }` 在此结束
d003-help = 把 `{ $earlier }` 的结束日期改为 { $before }（`{ $phase }` 开始的前一天），或把 `{ $phase }` 的开始日期改为 { $after }
d003-help-general = 每个阶段应从上一阶段结束的次日开始
rule-D003-summary = 两个阶段的日期有重叠
