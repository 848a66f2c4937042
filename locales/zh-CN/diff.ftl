## campspec diff：方案两个版本之间的改动（Markdown、文本及 JSON 中的说明）。

diff-md-heading = ## campspec diff：方案改动
diff-no-changes = 没有方案改动。
diff-md-added = **新方案。**{ $summary }
diff-md-removed = **方案已删除。**{ $summary }
diff-findings-introduced = 新增的问题
diff-findings-resolved = 已解决的问题
diff-md-finding = { $severity } `{ $code }` { $rule }：{ $message }（第 { $line } 行）
diff-human-finding = { $severity }[{ $code }] { $message }（第 { $line } 行）
diff-severity = { $severity ->
        [error] 错误
        [warning] 警告
       *[other] 提示
    }
diff-human-plan = { $name }（{ $label }）
diff-human-section = { $title }：
diff-section = { $key ->
        [plan] 方案
        [goals] 目标
        [phases] 阶段
        [budget] 预算
        [promotions] 促销机制
        [coupons] 优惠券
        [copy] 对客文案
        [teams] 团队
        [risks] 风险
        [materials] 物料
        [stacking] 叠加规则
        [guardrails] 护栏
        [compliance] 合规
        [results] 活动结果
       *[other] { $key }
    }
diff-section-in = { $key ->
        [plan] 方案
        [goals] 目标
        [phases] 阶段
        [budget] 预算
        [promotions] 促销机制
        [coupons] 优惠券
        [copy] 对客文案
        [teams] 团队
        [risks] 风险
        [materials] 物料
        [stacking] 叠加规则
        [guardrails] 护栏
        [compliance] 合规
        [results] 活动结果
       *[other] { $key }
    }
diff-list-sep = 、
diff-part-sep = ；

diff-problem-failure = { $label }：{ $failure }
diff-problem-unread = { $label }：无法读取为活动方案

diff-field = `{ $subject }`
diff-field-set = `{ $subject }` 设为 { $new }
diff-field-removed = `{ $subject }` 已删除（原为 { $old }）
diff-field-changed = `{ $subject }`：{ $old } → { $new }
diff-field-changed-delta = `{ $subject }`：{ $old } → { $new }（{ $delta }）
diff-delta-pp = { $delta } 个百分点
diff-item-added = 新增 `{ $id }`
diff-item-added-named = 新增 `{ $id }`（{ $name }）
diff-item-removed = 删除 `{ $id }`
diff-item-removed-named = 删除 `{ $id }`（{ $name }）
diff-renamed = `{ $old }` 改名为 `{ $new }`（其余未变）
diff-shift-same = 不变
diff-shift-later = 推迟 { $days } 天
diff-shift-earlier = 提前 { $days } 天
diff-moved = 整体{ $shift }
diff-starts = 开始日期{ $shift }
diff-ends = 结束日期{ $shift }
diff-starts-ends = 开始日期{ $start }，结束日期{ $end }
diff-dates-changed = 日期有变
diff-changed = 有变
diff-window = 活动时间
diff-subject-id = `{ $id }`
diff-dates = { $subject } { $how }：{ $old } → { $new }
diff-due = `{ $id }` 截止日期{ $how }：{ $old } → { $new }

diff-exposure = 最坏情况优惠深度 { $old } → { $new }（{ $change } 个百分点）
diff-exposure-at = ，对应订单原价 { $old } → { $new }
diff-exposure-combination-changed = ；优惠组合 { $old } → { $new }
diff-exposure-combination = ；优惠组合 { $combination }
diff-exposure-margin = ；剩余毛利 { $old } → { $new }
diff-exposure-now = 最坏情况优惠深度现为 { $new }（{ $combination }）
diff-exposure-gone = 最坏情况优惠深度原为 { $old }，现已无法计算
diff-exposure-added = 新增优惠风险：最坏情况优惠深度 { $new }，对应订单原价 { $at }（{ $combination }）
diff-exposure-removed = 优惠风险已移除：最坏情况优惠深度 { $old }（订单原价 { $at }，{ $combination }）不再构成风险
diff-combination-none = 无
diff-below-cost = 低于成本

diff-summary-added = 新方案
diff-summary-removed = 方案已删除
diff-summary-unchanged = 无改动
diff-summary-changes = { $sections }共 { $count } 处改动
diff-summary-exposure = 最坏情况优惠深度 { $change } 个百分点
diff-summary-introduced = 新增 { $count } 个问题
diff-summary-resolved = 解决 { $count } 个问题

diff-cannot-run-git = 无法运行 git：{ $error }
diff-git-not-utf8 = { $command }：输出不是 UTF-8 文本
diff-side-not-utf8 = { $side }：不是 UTF-8 文本
diff-no-such-side = { $side }：文件不存在（从 git 读取请写成 REV:path）
diff-give-sides = 请给出 OLD 和 NEW（文件或 REV:path），或使用 --base REV
diff-not-a-repository = { $what } 需要在 git 仓库中使用，但 { $dir } 不在 git 仓库中（请在仓库内运行，或直接比较两个文件）

diff-liability-title = 各预算科目的资金风险
diff-liability-changed = `{ $line }`：最坏情况 { $old_worst } → { $new_worst }，预期 { $old_expected } → { $new_expected }
diff-liability-added = `{ $line }` 开始为优惠出资：最坏情况 { $worst }，预期 { $expected }
diff-liability-removed = `{ $line }` 不再为任何优惠出资（原最坏情况 { $worst }，预期 { $expected }）
diff-liability-plan-added = `{ $line }`：新增最坏情况 { $worst } 的资金风险（预期 { $expected }）
diff-liability-plan-removed = `{ $line }`：最坏情况 { $worst } 不再构成资金风险（预期 { $expected }）
diff-liability-at-least = 至少 { $amount }
