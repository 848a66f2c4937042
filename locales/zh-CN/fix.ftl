# 机械修复的标题（`check --fix`、编辑器的快速修复）。

# $key：原写法的键；$meant：应为的键。
fix-rename-key = 将键 `{ $key }` 改为 `{ $meant }`
# $id：原写法的编号；$meant：应为的已声明编号。
fix-replace-id = 将 `{ $id }` 改为 `{ $meant }`
# $value：原写法的值；$fixed：改为半角字符后的值。
fix-half-width = 将 `{ $value }` 改为半角字符：`{ $fixed }`
# $value：原写法的日期；$iso：YYYY-MM-DD 格式的同一日期。
fix-iso-date = 将日期 `{ $value }` 写为 `{ $iso }`

# `check --fix` 之后。$fixed：已修复的问题数；$remaining：剩余问题数。
fix-summary = 已修复 { $fixed } 个问题，剩余 { $remaining } 个。
# `check --diff` 之后。$fixed：所示修改可修复的问题数。
fix-would-fix = 可修复 { $fixed } 个问题。
# $value：原写法的数字；$fixed：加上百分号后的值。
fix-percent-sign = 为 `{ $value }` 补上百分号：`{ $fixed }`
# 为推送或邮件条目添加 `opt_out:`，其值为须由人工替换的占位内容。
fix-add-opt-out = 添加待填写的 `opt_out:` 占位
# 占位值本身（写在双引号内；须以“待填写”开头）。
fix-opt-out-placeholder = 待填写：收件人如何退订（如 App内“设置→消息通知”）
