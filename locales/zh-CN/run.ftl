## 运行时的通用说明：修改建议后附规则所依据的法律。

finding-help-cites = { $help }（依据：{ $law }）
rule-citations = { $laws }
