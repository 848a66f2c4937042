## 规则消息：预算（B…）、目标（G…）、引用（R…）、豁免（C…）、购物车（K…）、内部错误（I…）。

plan-phase-value = 阶段 `{ $phase }`：{ $value }
plan-did-you-mean = 是否应为 `{ $name }`？
plan-id = `{ $id }`
plan-list = { $head }、{ $tail }

budget-lines = { $count } 个预算科目（{ $lines }）
budget-lines-and-reserve = { $count } 个预算科目（{ $lines }）加 { $share } 的预留（{ $reserve }）
budget-lines-label = 预算科目合计：{ $amount }
budget-reserve-label = 预留：{ $amount }

b001-over = { $parts }合计 { $allocated }，比总预算 { $total } 多出 { $over }
b001-help = 从预算科目或预留中削减 { $over }，或提高总预算
b002-under = { $parts }合计 { $allocated }：总预算 { $total } 中有 { $under } 未分配
b002-help = 补上遗漏的预算科目、提高预留，或降低总预算

b003-mixed-share = 阶段 `{ $phase }` 的预算写成占比，而其他阶段写的是金额
b003-mixed-amount = 阶段 `{ $phase }` 的预算写成金额，而其他阶段写的是占比
b003-uses-shares = `{ $phase }` 写的是占比
b003-uses-amounts = `{ $phase }` 写的是金额
b003-help-mixed = 各阶段预算统一写法：全部写占比（`20%`）或全部写金额
b003-shares-sum = 各阶段预算占比合计 { $sum }，不是 100%
b003-help-shares = 调整各阶段占比，使合计为 100%
b003-amounts-sum = 各阶段预算合计 { $sum }，但可支出预算为 { $spendable }（总预算 { $total } 扣除预留）
b003-total-label = 总预算
b003-help-amounts = 调整各阶段金额，使合计等于总预算扣除预留后的金额

goal-range = { $low }至{ $high }

g001-no-unit = 目标 `{ $goal }` 的指标为 `custom`，但没有写 `unit`
g001-help-unit = 补充 `unit:`，写明数值的计量单位，例如 `unit: 场`
g001-value = 目标 `{ $goal }`（`{ $metric }`）：{ $problem }
g001-score = 目标 `{ $goal }`（`{ $metric }`）：`{ $value }` 超出 −100 至 100 的范围
g001-help-score = 净推荐值（NPS）的取值范围为 −100 至 100

g002-mismatch = 目标 `{ $goal }`：增长 { $growth } 与基线 { $baseline } 和目标值 { $target } 不符，按基线和目标值计算应为 { $implied }
g002-baseline = 基线
g002-target = 目标值
g002-help = 改为 `growth: { $growth }`，或改正基线或目标值
g002-help-range = 改正增长、基线或目标值，使三者一致

g003-unmeasurable = 目标 `{ $goal }` 既没有目标值也没有增长
g003-help = 补充 `target:`（要达到的值）或 `growth:`（相对基线的变化，例如 `30%`）

g004-mismatch = 目标 `{ $goal }` 的分项合计 { $sum }，与目标值不符（{ $detail }）
g004-short = 差 { $amount }
g004-over = 超出 { $amount }
g004-outside = 不在 { $low }至{ $high } 范围内
g004-parts = 共 { $count } 个分项
g004-help = 调整分项或目标值，使两者一致

g005-mismatch = 目标 `{ $goal }` 的各阶段占比合计 { $sum }，不是 100%
g005-help-missing = 调整各阶段占比，使合计为 100%（还差 { $diff }）
g005-help-too-much = 调整各阶段占比，使合计为 100%（多出 { $diff }）

ref-team = 团队
ref-teams = 团队
ref-goal = 目标
ref-goals = 目标
ref-phase = 阶段
ref-phases = 阶段
ref-offer = 促销机制或优惠券
ref-offers = 促销机制和优惠券
ref-budget-line = 预算科目
ref-budget-lines = 预算科目
ref-section-team = `teams`
ref-section-goal = `goals`
ref-section-phase = `phases`
ref-section-offer = `promotions` 或 `coupons`
ref-section-budget-line = `budget.lines`
ref-unknown = 未声明的{ $what } `{ $id }`
ref-declare = 请在 { $section } 中声明
ref-known = 已声明的{ $whats }：{ $list }
ref-known-more = 已声明的{ $whats }：{ $list }……（另有 { $more } 个）

r001-no-teams = `{ $id }` 指向一个团队，但方案没有 `teams` 部分
r001-help-no-teams = 添加 `teams` 部分，列出所有被指定为负责部门的团队
r007-no-lines = `{ $id }` 指向一个预算科目，但方案没有 `budget.lines`
r007-help-no-lines = 在 `budget.lines` 中添加该科目

r005-duplicate = 编号 `{ $id }` 已被使用
r005-first = 首次使用于此
r005-help = 为每一项设置不同的编号，并同步修改引用
r005-level-twice = 会员等级 `{ $level }` 重复列出
r005-level-first = 首次列出于此
r005-help-level = 每个会员等级只列一次

r006-duplicate = 方案编号 `{ $id }` 与 `{ $file }` 的编号相同
r006-help = 每个方案使用不同的编号：`build` 按方案编号建立目录存放生成的文件

c001-expired = `{ $place }` 处针对 `{ $rule }` 的豁免已于 { $expires } 到期，其覆盖的问题重新报告
c001-help = 请 { $approver } 续签并写入更晚的 `expires`，或修正该问题后删除豁免
c002-unused = `{ $place }` 处针对 `{ $rule }` 的豁免未覆盖任何问题
c002-help = 该问题已不存在：删除这条豁免
c003-unknown-rule = 豁免指定的 `{ $rule }` 不是 campspec 的规则
c003-help-rules = `campspec rules` 列出全部规则
c003-locked = { $code } `{ $name }` 的问题不能豁免
c003-help-locked = 请修改方案文件：该规则表示文件有部分内容无法读取
c003-unknown-place = 豁免的位置 `{ $place }` 在本方案中不存在
c003-help-place = 写 JSON 指针（`/copy/2/text`）或编号路径（`copy.hero.text`）

k001-no-coupon = 方案中没有优惠券 `{ $id }`
k001-coupons = 方案中的优惠券：{ $list }
k001-no-level = 方案中没有会员等级 `{ $level }`
k001-no-member-price = 方案中没有会员价
k001-levels = 方案中的会员等级：{ $list }
k001-no-scope = 方案中没有适用于范围 `{ $scope }` 的优惠券或折扣

k002-outside = 下单日期 { $date } 不在活动时间内：所有优惠均不适用
k002-help = 选择活动时间内的下单时间，才能看到方案中优惠的实际效果

k003-unreadable = 购物车指定的方案 `{ $path }` 无法读取：{ $reason }
k003-none = 找不到这个购物车对应的方案：`{ $dir }` 及其上级目录 `{ $parent }` 中都没有 `*.campaign.yaml`
k003-several = 有多个方案都可能对应这个购物车：{ $plans }
k003-help = 用 `plan:` 写明方案，路径相对于购物车文件，例如 `plan: ../my-plan.campaign.yaml`
k003-other-plan = 购物车指定的方案是 `{ $named }`，但正在用 `{ $used }` 计价
k003-other-help = 用购物车指定的方案计价，或修改它的 `plan:`

i001-failed = campspec 检查此文件时出错（内部错误：`{ $panic }`），请报告此问题
i001-help = 这是 campspec 的缺陷，不是方案的问题：请将文件和本条信息报告给 campspec 维护者；其他文件已正常检查

rule-R007-summary = 优惠指明的出资预算科目未声明
rule-B001-summary = 预算科目加预留超出总预算
rule-B002-summary = 部分预算未分配
rule-B003-summary = 各阶段预算混用占比和金额，或合计不符
rule-G001-summary = 目标的数值未按指标的单位书写
rule-G002-summary = 目标的增长与基线和目标值不符
rule-G003-summary = 目标既没有目标值也没有增长
rule-G004-summary = 目标的分项合计与目标值不符
rule-G005-summary = 目标的各阶段占比合计不是 100%
rule-R001-summary = 负责部门指向未声明的团队
rule-R002-summary = 阶段目标或结果指向未声明的目标
rule-R003-summary = 促销机制、预算科目、物料或结果指向未声明的阶段
rule-R004-summary = 叠加规则或文案指向未声明的促销机制或优惠券
rule-R005-summary = 两项使用了相同的编号
rule-R006-summary = 同一次运行中两个方案的编号相同
rule-C001-summary = 豁免已过期
rule-C002-summary = 豁免未覆盖任何问题
rule-C003-summary = 豁免指定了未知的规则或位置，或指定了不能豁免的规则
rule-K001-summary = 购物车指向方案中不存在的优惠券、会员等级或适用范围
rule-K002-summary = 购物车的下单时间不在活动时间内
rule-K003-summary = 找不到购物车计价所用的方案
rule-I001-summary = campspec 检查此文件时出错（campspec 的缺陷）
