## 报告自身的用语（检查结果本身按各方案的语言）。

report-help-heading = 修改建议：
report-file-failure = { $path }：{ $failure }
