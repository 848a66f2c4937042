## 各命令的 `--help`：简介、详细说明、示例、每个参数及其可选值（键与 src/cli/help.rs 的命令树一致）。

cli-about = 编译并检查声明式营销活动方案
cli-long-about =
    campspec 检查以 YAML 编写的活动方案（目标、阶段、预算、价格机制、优惠券、对客文案、
    合规信息）的结构、一致性和用语，每个问题都指出具体行并给出修改建议。
cli-after-help =
    示例：
      campspec init                        生成带注释的起步方案 plan.campaign.yaml
      campspec check                       检查 specs/ 下所有 *.campaign.yaml
      campspec check plans/cny.campaign.yaml --format concise
      campspec build specs/ --out build    生成 plan.md、plan.html、rules.json、calendar.ics
      campspec diff --base origin/main     改动后的方案含义有何变化（Markdown）
      campspec rules                       列出全部规则及其代码
      campspec explain phase-overlap       查看一条规则的说明
      campspec schema > campaign.schema.json
      campspec simulate specs/cny-2027.campaign.yaml --cart specs/carts/cny-2027-diamond.cart.yaml
      campspec server                      语言服务器，供编辑器使用
      campspec completions bash            生成 shell 补全脚本（也支持 zsh、fish、powershell、elvish）
      campspec man > campspec.1            生成 man 手册

    退出码：0 没有错误；1 发现错误（或加 --deny warnings 时有警告）；
    2 campspec 无法运行。
cli-flag-lang = 提示语言：zh-CN、en 或 auto（auto 时检查结果按各方案的 locale，运行本身的提示按环境变量 LANG）［默认：auto，或 campspec.toml 中的 `lang`］
cli-flag-help-more = 显示帮助（用 '--help' 查看详细说明）
cli-flag-help-summary = 显示帮助（用 '-h' 查看摘要）
cli-flag-help = 显示帮助
cli-flag-version = 显示版本
cli-init-about = 生成一份带注释、检查无问题的起步方案
cli-init-after-help =
    示例：
      campspec init                               plan.campaign.yaml：中文、CN、人民币
      campspec init --jurisdiction US spring.campaign.yaml
      campspec init --jurisdiction EU --jurisdiction UK plans/autumn.campaign.yaml
      campspec init --locale en -                 把英文的 CN 方案输出到标准输出
      campspec init --today 2027-01-01 --force    以固定日期排期，覆盖已有文件

    生成的是一份小而完整、检查无问题的活动方案：负责部门、两个目标、在四周活动时间内的
    三个阶段（从今天起至少 30 天后的第一个周一开始）、预算、满减档位、一张优惠券、叠加
    限制、护栏、对客文案（一条短信）、合规信息、一项风险和一项物料。币种和时区取第一个
    适用法域：CN 人民币 Asia/Shanghai，EU 欧元 Europe/Berlin，US 美元 America/New_York，
    UK 英镑 Europe/London。

    方案的 id 由 FILE 的文件名和活动年份组成：2027 年开始的 plans/summer-sale.campaign.yaml
    得到 summer-sale-2027。文件名本身不是合法 id 时（含大写字母、空格或中文），保留其中的
    ASCII 字母和数字，再加上由整个文件名算出的六位十六进制数，因此不同的文件名不会得到相同的 id。

    文件第一行为使用 YAML language server 的编辑器指明结构定义：FILE 位于含有
    schema/campaign.schema.json 的代码仓库内时用相对路径，否则用结构定义的网址。

    退出码：0 已写入；2 FILE 已存在（用 --force），或参数有误，或 FILE 无法写入。
cli-init-file = 方案的写入位置；写 `-` 则输出到标准输出
cli-init-locale = 名称、文案和注释的语言［默认：CN 为 zh-CN，其他为 en］
cli-init-locale-zh-CN = 简体中文的名称、文案和注释
cli-init-locale-en = 英文的名称、文案和注释
cli-init-jurisdictions = 方案适用的法域；可重复指定多个（第一个决定币种和时区）
cli-init-jurisdictions-CN = 中国大陆：人民币，Asia/Shanghai
cli-init-jurisdictions-EU = 欧盟：欧元，Europe/Berlin
cli-init-jurisdictions-US = 美国：美元，America/New_York
cli-init-jurisdictions-UK = 英国：英镑，Europe/London
cli-init-force = FILE 已存在时覆盖
cli-init-today = 排期的起算日，格式 YYYY-MM-DD［默认：方案时区的今天］
cli-check-about = 检查活动方案的结构、一致性和用语
cli-check-after-help =
    示例：
      campspec check                              检查 specs/ 下的所有方案
      campspec check plans/ other.campaign.yaml   目录会递归查找
      campspec check 'plans/**/*.campaign.yaml'   展开通配模式（*、?、[..]、**）
      campspec check --format concise             file:line:col: severity[CODE]: message
      campspec check --format json > report.json  供程序读取的报告
      campspec check --deny warnings              有警告也判为失败（用于 CI）
      campspec check --format sarif > campspec.sarif   GitHub 代码扫描
      campspec check --format github              GitHub Actions 日志中的标注
      campspec check --format junit > report.xml  CI 测试看板
      campspec check --fix                        应用安全的修复，然后重新检查
      campspec check --diff                       显示修复内容但不写入文件
      campspec check --select D,W --ignore D004   只用日期和用语规则，但不用 D004
      campspec check --statistics                 每条规则发现了多少问题
      campspec check - --stdin-filename plans/a.campaign.yaml < draft.yaml
                                                  检查从标准输入读取的方案

    在目录中查找 *.campaign.yaml 和 *.campaign.yml，跳过 `exclude` 通配模式匹配的路径
    （默认为 .git、target、node_modules 等）；直接写出的文件不论名称都会检查，其中的
    购物车文件 *.cart.yaml 按其方案检查（`plan:` 指定的方案，或旁边的方案）。
    设置读自当前目录或上级目录中的 campspec.toml（见 --config）：`select`、`ignore`、
    `extend-select`、`extend-ignore` 和 [per-file-ignores] 接受规则代码、名称和代码前缀；
    锁定的规则（yaml-syntax 以及其他报告无法读取内容的规则）总会运行。从标准输入（`-`）
    读取的方案显示为 `-`，除非用 --stdin-filename 指明其路径；加 --fix 时，修复后的方案
    写到标准输出，报告写到标准错误。

    退出码：0 没有错误；1 发现错误（或加 --deny warnings 时有警告）；
    2 campspec 无法运行（文件或设置无法读取）。
cli-check-paths = 要检查的方案文件、目录或通配模式，或用 - 表示从标准输入读取方案［默认：specs］
cli-check-format = 输出格式
cli-check-format-human = 带源码行和下划线标注的诊断信息（默认）
cli-check-format-concise = 每个问题一行：`file:line:col: severity[CODE]: message`
cli-check-format-json = 供工具读取的 JSON 报告（第 1 版）
cli-check-format-sarif = SARIF 2.1.0，用于代码扫描（GitHub、IDE）
cli-check-format-github = GitHub Actions 标注（`::error file=…,line=…::message`）
cli-check-format-junit = JUnit XML：每个文件一个测试用例，每个问题一个失败项
cli-check-fix = 把安全的修复写入文件，然后报告剩余的问题
cli-check-unsafe-fixes = 与 --fix 或 --diff 同用：也应用不安全的修复（请核对结果）
cli-check-diff = 以统一差异格式显示修复内容，而不写入文件
cli-check-stdin-filename = 从标准输入（`-`）读取的方案的路径：用作发现问题中显示的名称，并据此查找 campspec.toml、匹配按文件忽略的规则
cli-check-select = 要检查的规则，写代码、名称或代码前缀（D、L0、D003、phase-overlap、ALL）；取代 campspec.toml 中的 `select`
cli-check-ignore = 不检查的规则（代码、名称或前缀），与 campspec.toml 中的 `ignore` 合并
cli-check-extend-select = 在已选规则之外再检查的规则（代码、名称或前缀）
cli-check-extend-ignore = 在已忽略规则之外再忽略的规则（代码、名称或前缀）
cli-check-exclude = 搜索目录时跳过的通配模式；取代 campspec.toml 中的 `exclude` 和默认值（.git、target、node_modules 等）
cli-check-extend-exclude = 在已排除之外，搜索目录时再跳过的通配模式
cli-check-force-exclude = 在命令行上直接写出的路径若被排除，也跳过
cli-check-quiet = 只输出发现的问题：不输出汇总、进度和修复计数
cli-check-statistics = 不列出问题，而是输出每条规则发现了多少问题
cli-check-output-file = 把报告写入 FILE（原子写入），而不是标准输出
cli-check-exit-zero = 即使发现问题也以 0 退出（campspec 无法运行时仍为 2）
cli-check-deny = 有警告时也判为失败（退出码 1），不只是错误
cli-check-deny-warnings = 计算退出码时把警告当作错误
cli-check-color = 人类可读输出何时使用颜色
cli-check-color-auto = 输出到终端且未设置 NO_COLOR 时使用颜色
cli-check-config = 设置文件［默认：当前目录或上级目录中的 campspec.toml］
cli-check-no-config = 忽略所有 campspec.toml
cli-check-max-file-size = 读取方案文件的大小上限，如 32MiB［默认：32MiB 或 campspec.toml 中的值］
cli-check-today = 判断豁免是否到期所用的日期，格式 YYYY-MM-DD［默认：方案时区的今天］
cli-build-about = 根据方案生成给相关方的文档、引擎规则配置和日历
cli-build-after-help =
    示例：
      campspec build specs/ --out build              specs/ 下的每个方案
      campspec build plan.campaign.yaml --only md,rules
      campspec build specs/ --templates my-templates  使用自己的 plan.md.j2 等模板

    每个方案写入 OUT/<id>/：plan.md、plan.html、rules.json、calendar.ics；方案有
    `results` 时另加 review.md 和 review.html。有错误的方案不生成（会显示其问题）；
    警告不阻止生成。一个方案的文档要么全部替换，要么在任何失败时全部保持原样；
    从不覆盖输入文件。

    模板（plan.md.j2、plan.html.j2、review.md.j2、review.html.j2、style.css.j2）
    已内置；--templates DIR 中的同名文件替换对应模板。模板接收的渲染上下文见
    src/render/context.rs 和 src/render/review.rs；使用未定义的值会报错。

    退出码：0 已生成；1 有方案存在错误；2 campspec 无法运行
    （文件无法读取、模板有误、输出无法写入）。
cli-build-paths = 要生成的方案文件或目录［默认：specs］
cli-build-out = 输出目录；每个方案写入 OUT/<id>/
cli-build-only = 要生成的输出，用逗号分隔：md、html、rules、ics、review［默认：全部］
cli-build-templates = 模板目录，其中的文件逐个替换内置模板
cli-build-config = 设置文件［默认：当前目录或上级目录中的 campspec.toml］
cli-build-no-config = 忽略所有 campspec.toml
cli-build-max-file-size = 读取方案文件的大小上限，如 32MiB［默认：32MiB 或 campspec.toml 中的值］
cli-build-today = 判断豁免是否到期所用的日期，格式 YYYY-MM-DD［默认：方案时区的今天］
cli-diff-about = 比较方案的两个版本，说明改了什么
cli-diff-after-help =
    示例：
      campspec diff old.campaign.yaml specs/cny-2027.campaign.yaml
      campspec diff main:specs/cny-2027.campaign.yaml specs/cny-2027.campaign.yaml
      campspec diff --base origin/main                  自 origin/main 以来改动的每个方案
      campspec diff --base HEAD~1 specs/ --format json

    写成 REV:path 的一侧从 git 读取（`git show REV:./path`）。使用 --base 时，比较
    REV 与工作区之间改动的每个 *.campaign.yaml（在 PATH... 下，默认当前目录），
    包括新增和删除的方案。

    Markdown 输出（默认）可直接作为合并请求的评论发布：目标、阶段和日期、预算、
    逐字段的优惠、护栏、文案、最坏情况优惠深度的变化，以及新出现和已解决的问题。

    使用 --fail-on error（或 warning）时，如果新版出现了旧版没有的该级别（或更严重）
    的问题，则本次改动不通过（退出码 1），可用作 CI 的关卡。

    退出码：0 已比较（且没有新出现 --fail-on 指定级别的问题）；1 改动新出现了
    --fail-on 指定级别的问题；2 有一侧无法读取（文件不存在、不在 git 仓库中、git 出错）。
cli-diff-sides = 旧版和新版（文件或 REV:path）；使用 --base 时为要查找的路径
cli-diff-base = 比较自该 git 修订版以来改动的每个方案
cli-diff-format = 输出格式
cli-diff-format-md = 用于合并请求评论的 Markdown（默认）
cli-diff-format-human = 纯文本
cli-diff-format-json = 带版本号的 JSON
cli-diff-fail-on = 改动新出现该级别或更严重的问题时，以退出码 1 结束
cli-diff-fail-on-error = 新出现错误时不通过
cli-diff-fail-on-warning = 新出现错误或警告时不通过
cli-diff-config = 设置文件［默认：当前目录或上级目录中的 campspec.toml］
cli-diff-no-config = 忽略所有 campspec.toml
cli-diff-max-file-size = 读取方案文件的大小上限，如 32MiB［默认：32MiB 或 campspec.toml 中的值］
cli-diff-today = 判断豁免是否到期所用的日期，格式 YYYY-MM-DD［默认：方案时区的今天］
cli-rules-about = 列出全部规则：代码、名称、默认级别和摘要
cli-rules-after-help =
    示例：
      campspec rules                  每条规则的代码、名称、默认级别和摘要
      campspec rules --markdown       完整的规则参考（即 docs/rules.md 的内容）
      campspec explain D003           一条规则的说明
cli-rules-markdown = 以 Markdown 输出完整的规则参考（即 docs/rules.md 的内容）
cli-explain-about = 按代码或名称查看一条规则的说明
cli-explain-after-help =
    示例：
      campspec explain D003
      campspec explain phase-overlap
cli-explain-rule = 规则代码（D003）或名称（phase-overlap）
cli-schema-about = 输出活动方案格式的 JSON Schema（draft 2020-12）结构定义
cli-schema-after-help =
    示例：
      campspec schema > campaign.schema.json

    使用 YAML language server 的编辑器，会对以下面这行开头的方案做校验和补全：
      # yaml-language-server: $schema=<path to schema/campaign.schema.json>
cli-server-about = 运行语言服务器（通过标准输入输出的 LSP）：边写边查，悬停查看问题说明
cli-server-after-help =
    由编辑器自行启动：在编辑器的语言客户端中为 *.campaign.yaml 文件配置 `campspec server`。
    它在标准输入和标准输出上使用语言服务器协议（LSP）通信。
cli-server-rules-url = docs/rules.md 的发布地址：每条诊断都链接到该文档中对应规则的章节
cli-simulate-about = 用方案的优惠为一个购物车逐步计价
cli-simulate-after-help =
    示例：
      campspec simulate specs/cny-2027.campaign.yaml --cart specs/carts/cny-2027-diamond.cart.yaml
      campspec simulate plan.campaign.yaml --cart cart.yaml --format json
      campspec simulate plan.campaign.yaml --cart cart.yaml --today 2027-01-15

    购物车写明下单时间、顾客和商品：
      at: 2027-01-20 20:05
      customer: {"{"} member_level: diamond, audience: [dormant_90d] {"}"}
      items:
        - {"{"} name: 年货礼盒, price: 399, quantity: 2, scope: 礼品 {"}"}
        - {"{"} name: 爆款保温杯, price: 129, flash: true {"}"}
      coupons: [win-back, gifting]      # 可选：持有的优惠券（默认：所有允许的）

    按方案的规定计价（先算单品价，再按单品小计计算满减档位，再对满减后的金额使用
    优惠券，不低于零，四舍五入到分），取顾客可用的最优组合。JSON 中的金额一律是精确到分的
    十进制字符串（1045.70），币种为方案的 `currency`，与 rules.json 相同，不用 JSON 数字。

    退出码：0 已计价；1 方案或购物车有错误；2 campspec 无法运行（文件或设置无法读取，或文件超过
    --max-file-size）。
cli-simulate-spec = 方案（*.campaign.yaml 文件）
cli-simulate-cart = 要计价的购物车（YAML）
cli-simulate-format = 输出格式
cli-simulate-format-human = 逐步的结算明细
cli-simulate-format-json = JSON 格式的结算明细
cli-simulate-config = 设置文件［默认：当前目录或上级目录中的 campspec.toml］
cli-simulate-no-config = 忽略所有 campspec.toml
cli-simulate-max-file-size = 读取方案文件的大小上限，如 32MiB［默认：32MiB 或 campspec.toml 中的值］
cli-simulate-today = 判断豁免是否到期所用的日期，格式 YYYY-MM-DD［默认：方案时区的今天］
cli-completions-about = 输出 shell 补全脚本
cli-completions-after-help =
    示例：
      campspec completions bash > /etc/bash_completion.d/campspec
      campspec completions zsh > "${"{"}fpath[1]{"}"}/_campspec"
      campspec completions fish > ~/.config/fish/completions/campspec.fish
cli-completions-shell = shell 类型
cli-man-about = 输出 campspec 或某个命令的 man 手册（roff）
cli-man-after-help =
    示例：
      campspec man > campspec.1 && man ./campspec.1
      campspec man check > campspec-check.1
      campspec man --dir ~/.local/share/man/man1    全部手册页：campspec.1、campspec-check.1……

    每个命令都有自己的手册页，名为 campspec-COMMAND(1)（campspec-check(1)、
    campspec-diff(1)……）：文件名为 campspec-COMMAND.1，标题和 NAME 一节也用这个名字，
    符合 man 的约定。
cli-man-command = 命令名，输出该命令自己的手册页（`campspec-check(1)`）
cli-man-dir = 把全部手册页（campspec.1、campspec-check.1……）写入 DIR，而不是输出一页
cli-help-about = 显示本说明或指定子命令的帮助
cli-help-init-about = 生成一份带注释、检查无问题的起步方案
cli-help-check-about = 检查活动方案的结构、一致性和用语
cli-help-build-about = 根据方案生成给相关方的文档、引擎规则配置和日历
cli-help-diff-about = 比较方案的两个版本，说明改了什么
cli-help-rules-about = 列出全部规则：代码、名称、默认级别和摘要
cli-help-explain-about = 按代码或名称查看一条规则的说明
cli-help-schema-about = 输出活动方案格式的 JSON Schema（draft 2020-12）结构定义
cli-help-server-about = 运行语言服务器（通过标准输入输出的 LSP）：边写边查，悬停查看问题说明
cli-help-simulate-about = 用方案的优惠为一个购物车逐步计价
cli-help-completions-about = 输出 shell 补全脚本
cli-help-man-about = 输出 campspec 或某个命令的 man 手册（roff）
cli-help-help-about = 显示本说明或指定子命令的帮助

## --help 的小标题，以及帮助文字后附加的说明。

cli-heading-usage = 用法：
cli-heading-commands = 命令
cli-heading-arguments = 参数
cli-heading-options = 选项
cli-note-default = ［默认：{ $value }］
cli-note-env = ［环境变量：{ $name }］
cli-note-values = ［可选值：{ $values }］
cli-note-value = - { $value }：{ $help }

## 命令行用法错误。

cli-error-invalid-value = `{ $arg }` 的值 `{ $value }` 无效［可选值：{ $values }］
cli-error-value-missing = `{ $arg }` 需要一个值
cli-error-validation = `{ $arg }` 的值 `{ $value }` 无效：{ $reason }
cli-error-unknown-argument = 无法识别的参数 `{ $arg }`
cli-error-unknown-command = 没有子命令 `{ $name }`
cli-error-missing = 缺少必需的参数：{ $args }
cli-error-more = 用 '--help' 查看更多说明。
cli-error-similar = 提示：是否应为 { $names }？
