## 规则说明：结构定义检查（S…）。

s004-value-type = { $place }：{ $problem }

## 结构定义检查中对位置和值的称呼。

place-top-level = 顶层
place-path = `{ $path }`
found-nothing = 空值
found-value = `{ $value }`
found-number = 数字 `{ $value }`
found-list = 列表
found-mapping = 映射
list-comma = { $first }、{ $rest }

s001-message = { $place }中有未知的键 `{ $key }`
s001-did-you-mean = 是否应为 `{ $suggestion }`？
s001-allowed = 此处允许的键：{ $keys }
s001-unlisted = { $place }中另有 { $count } 个未知的键（{ $span }），前 { $listed } 个已逐一列出
s001-span-one = `{ $first }`
s001-span-range = `{ $first }` … `{ $last }`
s001-unlisted-help = 未知的键这么多，通常不是笔误：请确认该文件是活动方案，且这些键没有误缩进到别的上级键下面
s001-unlisted-help-allowed = 未知的键这么多，通常不是笔误：请确认该文件是活动方案，且这些键没有误缩进到别的上级键下面；{ $allowed }

s002-message = { $place }缺少必填的键 `{ $name }`
s002-help = 请添加 `{ $name }:`
s002-help-described = 请添加 `{ $name }:`（{ $description }）
# 只有英文说明时不显示说明。
s002-help-english = 请添加 `{ $name }:`{ $description ->
       *[other] {""}
    }

s003-message = { $place }：应为{ $expected }，实际为{ $found }
s003-or = { $first }或{ $rest }
s003-type-object = 映射（`key: value` 形式的若干行）
s003-type-array = 列表
s003-type-string = 文本
s003-type-number = 数字
s003-type-integer = 整数
s003-type-boolean = `true` 或 `false`
s003-type-null = 空值
s003-type-value = 一个值
s003-type-other = 其他类型的值
s003-write-true = 请写 `true`
s003-write-false = 请写 `false`
s003-write-true-or-false = 请写 `true` 或 `false`
s003-example = 例如：{ $example }

s004-time-zone = { $place }：`{ $name }` 不是已知的 IANA 时区
s004-time-zone-help = 请写 IANA 时区名，例如 `Asia/Shanghai`
s004-did-you-mean = 是否应为 `{ $suggestion }`？
s004-currency = { $place }：`{ $code }` 不是 ISO 4217 货币代码
s004-currency-yuan = 请写 `CNY`（人民币的 ISO 4217 代码）
s004-currency-write = 请写 `{ $code }`
s004-currency-help = 请写 ISO 4217 货币代码，例如 `CNY`、`USD` 或 `EUR`
s004-not-allowed = { $place }：{ $found } 不是允许的值
s004-write-one-of = 请写以下之一：{ $allowed }
s004-version = 不支持格式版本 { $found }；当前 campspec 读取版本 1
s004-write = 请写 `{ $expected }`
s004-constant = { $place }：应为 `{ $expected }`，实际为{ $found }
s004-min-items = { $place }至少需要 { $limit } 项
s004-below-minimum = { $found } 低于最小值 { $limit }
s004-above-maximum = { $found } 超过最大值 { $limit }
s004-not-above = { $found } 必须大于 { $limit }
s004-too-long = { $found } 超过 { $limit } 个字符
s004-form = { $found } 的格式不符合要求
s004-not-valid = { $found } 在此处无效
s004-schema-broken = 内部错误：内置的结构定义无法编译

s005-message = `{ $path }` 无法读取（读取器原文：`{ $why }`）

## 规则概要。

rule-S001-summary = 格式中没有定义的键
rule-S002-summary = 缺少必填的键
rule-S003-summary = 值的形式不对
rule-S004-summary = 值不符合字段的要求
rule-S005-summary = 值无法读入模型
