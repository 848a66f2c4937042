## 检查结束时的汇总行（单独成文件：没有问题的运行只解析此文件）。

summary-errors = { $n } 个错误
summary-warnings = { $n } 个警告
summary-infos = { $n } 条提示
summary-two = { $a }，{ $b }
summary-three = { $a }，{ $b }，{ $c }
summary-found = 共 { $files } 个文件，其中 { $with } 个有问题：{ $counts }
summary-clean = 已检查 { $files } 个文件，没有发现问题
summary-unread = ；{ $n } 个文件无法读取
summary-fixable = [*] { $n } 个问题可用 `campspec check --fix` 自动修复
summary-fixable-more = [*] { $n } 个问题可用 `campspec check --fix` 自动修复（另有 { $more } 个需加 `--unsafe-fixes`）
summary-fixable-unsafe = { $n } 个问题可用 `campspec check --fix --unsafe-fixes` 修复（修复后请人工核对）
