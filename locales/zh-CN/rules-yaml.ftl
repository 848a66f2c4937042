## 规则说明：读取文件（Y…）。

y001-syntax = YAML 语法错误（解析器原文：`{ $info }`）
y001-hint-tab-here = YAML 不允许在此处使用制表符，请改用空格
y001-hint-tab-indentation = YAML 不允许用制表符缩进，请用空格缩进
y001-hint-unclosed-quote = 引号中的文本没有闭合：请补上结尾的引号
y001-hint-colon-in-value = 含有 `: ` 的值必须加引号；否则是本行的缩进与上下行不一致
y001-hint-indentation = 请对照上一行检查本行的缩进
y001-hint-unclosed-flow = 以 `{"["}` 或 `{"{"}` 开头的列表没有闭合，或其中某一项需要加引号
y001-hint-under-key = 请检查上一行的键下面各行的缩进
y001-hint-other = 请修正此处的 YAML 语法；文件能够解析后，campspec 会检查其余部分
y001-unknown-alias = 该别名没有对应的锚点
y001-unknown-alias-help = 先定义锚点（`&name`），再使用别名（`*name`）

y002-message = 键 `{ $key }` 在同一映射中出现了两次
y002-help = 只保留其中一个；campspec 采用第一个，忽略此处这个
y002-first-written = 第一次出现在这里

y003-message = 一个方案文件只能包含一个 YAML 文档，此处却开始了第二个文档
y003-help = 每个活动方案单独放在一个 `*.campaign.yaml` 文件中，或删除 `---` 这一行

y004-message = 文档的嵌套超过 { $max } 层
y004-help = 活动方案只有几层嵌套；这个文件不是活动方案

y005-message = 别名展开后超过 { $max } 个节点（疑似别名炸弹）
y005-help = 把重复的值直接写出来，或减少别名的嵌套

y006-merge-key = 合并键（`<<`）不属于 YAML 1.2
y006-merge-key-help = 把各个键直接写出来，或对整个值使用别名（`key: *name`）
y006-alias-key = 别名不能用作映射的键
y006-alias-key-help = 把键直接写出来
y006-collection-key = 映射的键必须是普通的值，不能是列表或映射
y006-collection-key-help = 键请写成普通的词，例如 `name:`
y006-unsupported-tag = 不支持标签 `{ $tag }`
y006-unsupported-tag-help = 删除该标签；campspec 只读取普通的 YAML 1.2 值
y006-invalid-tagged = `{ $text }` 不是有效的 `!!{ $suffix }`
y006-invalid-tagged-help = 删除该标签或修正该值
y006-tag-on-plain = 标签 `!!{ $suffix }` 不能用于普通值
y006-tag-on-plain-help = 删除该标签

y007-not-finite = `{ $text }` 不是有限的数字
y007-not-finite-help = 请写一个数字；如果是文本，请加引号
y007-too-large = `{ $text }` 太大，无法作为数字精确读取
y007-too-large-help = 如果是文本，请加引号（`"{ $text }"`）；金额请用 万/亿 书写
y007-too-many-digits = `{ $text }` 的位数超过了数字能精确保存的范围
y007-too-many-digits-help = 如果是文本，请加引号（`"{ $text }"`）；否则请四舍五入

y008-value = `{ $text }` 在 YAML 1.2 中读作{ $yaml12 }，但 YAML 1.1 工具（许多编辑器和程序库）会读作{ $yaml11 }
y008-value-help = 请加引号（`"{ $text }"`），使各种工具读出同一个值
y008-key = 键 `{ $text }` 在 YAML 1.2 中是字符串，但 YAML 1.1 工具会读作{ $yaml11 }
y008-key-help = 给键加引号（`"{ $text }":`）
y008-reading-number = 数字
y008-reading-boolean = 布尔值
y008-reading-text = 文本
y008-reading-true = `true`
y008-reading-false = `false`
y008-reading-base60 = 六十进制数（10:00 → 600）
y008-reading-octal = 八进制数

y009-message = 文件中没有活动方案：文件为空或只有注释
y009-help = 方案以 `campspec: 1` 开头；运行 `campspec init` 可生成带注释的模板

y010-message = 文件大小为 { $size } 字节，超过上限 { $limit } 字节
y010-help = 请确认这是活动方案文件；如需读取更大的文件，请在 campspec.toml 的 `{"["}limits]` 下设置 `max_file_size`，或使用 `--max-file-size` 参数

y011-message = 文件不是 UTF-8 编码：偏移量 { $offset } 处（第 { $line } 行第 { $column } 列）的字节 0x{ $byte } 无效
y011-help = 请将文件另存为 UTF-8 编码（原文件可能是 GBK/GB18030 等旧编码）

y012-message = YAML 文件中不允许出现原始控制字符 { $char }{ $more }{ $rest }
y012-char-named = U+{ $code }（{ $name }）
y012-char-c1 = U+{ $code }（C1 控制字符）
y012-more = ；本行其后还有 { $more } 个
y012-rest = ；后文另有 { $rest } 个，不再逐一报告
y012-help = 请删除该字符（编辑器往往不显示它，通常来自从终端或其他程序粘贴的文本）；确需该字符的文本，请在双引号中写成转义形式，如 "\e" 或 "\x07"

## 规则概要。

rule-Y001-summary = 文件不是有效的 YAML
rule-Y002-summary = 同一映射中有重复的键
rule-Y003-summary = 文件包含多个 YAML 文档
rule-Y004-summary = 文档嵌套超过上限
rule-Y005-summary = 别名展开的节点过多
rule-Y006-summary = 使用了 campspec 不接受的 YAML 写法（合并键、复杂键、标签）
rule-Y007-summary = 数字无法精确读取
rule-Y008-summary = 未加引号的值在 YAML 1.1 工具中含义不同
rule-Y009-summary = 文件中没有活动方案
rule-Y010-summary = 文件超过大小上限
rule-Y011-summary = 文件不是 UTF-8 文本
rule-Y012-summary = 文件中含有原始控制字符
