## 规则说明：结构定义检查（S…）。

s004-value-type = { $place }：{ $problem }
