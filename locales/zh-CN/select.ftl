## campspec check：一次运行检查哪些规则和文件、标准输入、统计。

select-unknown = { $key }：没有规则或前缀 `{ $rule }`；`campspec rules` 列出全部代码和名称
select-unknown-like = { $key }：没有规则或前缀 `{ $rule }`；是否应为 `{ $name }`？
select-locked-rule = { $code } `{ $name }` 已锁定：它报告文件中无法读取的部分，不能忽略
select-bad-glob = { $key }：`{ $glob }` 不是有效的通配模式
run-bad-glob = `{ $glob }` 不是有效的通配模式
run-glob-no-match = 没有文件匹配 `{ $pattern }`
run-stdin-alone = `-`（从标准输入读取的方案）不能与其他路径一起检查
run-stdin-filename-alone = --stdin-filename 指明从标准输入读取的方案：请只给出 `-` 一个路径
statistics-none = 没有发现问题
statistics-fixable = [*] 可用 `campspec check --fix` 修复
statistics-unsafe-fixable = [-] 可用 `campspec check --fix --unsafe-fixes` 修复
