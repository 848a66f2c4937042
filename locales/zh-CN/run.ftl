## 运行时的通用说明：修改建议后附规则所依据的法律。

finding-help-cites = { $help }（依据：{ $law }）
rule-citations = { $laws }

## 运行本身的提示（按运行语言）：错误、汇总行、进度、无法读取的文件、campspec.toml 的问题。

run-error = 错误：{ $message }
list-separator = 、
run-nothing-to-check = 没有可检查的文件：{ $paths } 中没有活动方案文件（*.campaign.yaml、*.campaign.yml）；在命令行上直接写出的文件不论名称都会检查
file-cannot-read = 无法读取 { $path }：{ $reason }
file-over-limit = 无法读取 { $path }：文件超过 { $limit } 字节的大小上限（读取时文件在增长，或不是普通文件）
dir-cannot-read = 无法读取目录 { $path }
dir-cannot-read-because = 无法读取目录 { $path }：{ $reason }
io-not-found = 文件或目录不存在
io-permission-denied = 没有访问权限
io-not-regular = 不是普通文件
io-broken-link = 链接已失效或没有访问权限
progress-bar = 正在检查 [{ $bar }] { $done }/{ $total }


run-bad-lang = `{ $value }`：请写 zh-CN、en 或 auto
run-did-you-mean = 是否应为 `{ $name }`？
severity-error = 错误
severity-warning = 警告
severity-info = 提示

## `campspec rules` 与 `campspec explain`。

rules-family-yaml = 文件读取
rules-family-schema = 键与值
rules-family-values = 值的上下文校验
rules-family-refs = 引用
rules-family-dates = 日期
rules-family-goals = 目标
rules-family-budget = 预算
rules-family-money = 资金风险
rules-family-pricing = 价格与叠加
rules-family-wording = 文案用语
rules-family-legal = 各法域的法律规则
rules-family-waivers = 豁免
rules-family-cart = 购物车（campspec check 与 simulate）
rules-family-internal = 内部错误
rules-footer = 用 `campspec explain 规则代码` 查看规则的说明。
explain-no-rule = 没有规则 `{ $rule }`；{ $hint }
explain-see-rules = `campspec rules` 列出全部规则
explain-header = { $code } { $name } — { $summary }
explain-severity = 默认级别：{ $severity }
explain-severity-locked = 默认级别：{ $severity }（已锁定：不能关闭或豁免）

## campspec.toml 的问题。

settings-invalid = { $path }：{ $message }
settings-toml-at = 第 { $line } 行第 { $column } 列：{ $message }
settings-bad-lang = `lang = "{ $value }"`：请写 "zh-CN"、"en" 或 "auto"
settings-unknown-rule = [rules]：没有规则 `{ $rule }`；`campspec rules` 列出全部规则
settings-unknown-rule-like = [rules]：没有规则 `{ $rule }`；是否应为 `{ $name }`？
settings-bad-severity = [rules]：`{ $rule } = "{ $value }"`：请写 "off"、"error"、"warning" 或 "info"
settings-locked-rule = [rules]：{ $code } `{ $name }` 已锁定：它报告文件中无法读取的部分，不能关闭或降低级别
settings-size-over = [limits]：max_file_size { $size } 超过 campspec 可读取的上限（2GiB）
settings-size-bad = [limits]：max_file_size `{ $size }` 不是不超过 2GiB 的大小；请写如 "32MiB"

## 无法使用的选项值。

run-bad-max-file-size = --max-file-size `{ $size }` 不是不超过 2GiB 的大小；请写如 32MiB
run-bad-today = --today：{ $problem }

## 文件的写入与读取。

fs-refuse-input = 拒绝写入 `{ $path }`：它是输入文件
fs-cannot-create-dir = 无法创建目录 `{ $path }`：{ $reason }
fs-cannot-write = 无法写入 `{ $path }`：{ $reason }
fs-not-regular = 不是普通文件（{ $kind }）
fs-kind-directory = 是目录
fs-kind-fifo = 是 FIFO 管道
fs-kind-device = 是设备文件
fs-kind-socket = 是套接字
fs-kind-other = 是特殊文件
fs-directory-in-the-way = 已有同名目录
fs-file-in-the-way = 已有同名文件
fs-cannot-keep = 不是普通文件，无法保留
fs-test-no-space = 磁盘空间不足（CAMPSPEC_TEST_FAIL_WRITE 触发的测试故障）

## `campspec build`。

build-bad-only = --only：`{ $name }` 不是可生成的输出；可选 md、html、rules、ics、review
build-not-built-crashed = 未生成：{ $path }（campspec 处理该文件时出错）
build-not-built-errors = 未生成：{ $path }（方案有错误）
build-duplicate-id = { $path }：方案编号 `{ $id }` 与 { $first } 的编号相同；每个方案需要单独的输出目录
build-left-as-they-were = { $error }；{ $path } 的文档保持原样
build-built = 已生成 { $path } → { $dir }：{ $files }

## `campspec man` 与 `campspec completions`。

man-no-command = `{ $name }` 不是 campspec 的命令
man-cannot-render = 无法生成 man 手册：{ $error }

## `campspec init`。

init-is-directory = `{ $file }` 是目录；请写出方案文件名，如 { $example }
init-exists = `{ $file }` 已存在；campspec init 不会覆盖它（用 --force 替换，或换一个文件名）
init-wrote = 已写入 { $file }：{ $jurisdictions } 的起步方案，语言 { $locale }（{ $currency }，{ $timezone }）
init-wrote-dated = 已写入 { $file }：{ $jurisdictions } 的起步方案，语言 { $locale }（{ $currency }，{ $timezone }），活动时间 { $start } 至 { $end }
init-schema = 编辑器使用的结构定义：{ $schema }
init-next = 下一步：
init-next-check = campspec check { $file }    检查方案（新方案应无问题）
init-next-build = campspec build { $file }    在 build/ 下生成 plan.md、plan.html、rules.json 和 calendar.ics
