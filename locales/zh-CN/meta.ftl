## The Chinese summary and citations of each rule (English: the rule's declare_rule!).

rule-doc-cited-heading = ## 检查结果引用的法律依据
confidence-v = V：已核对法律原文
confidence-s = S：来自二手资料，请核实条款
confidence-m = M：未经核实
confidence-u = U：未能找到该条款，使用前请核实
