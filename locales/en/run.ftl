## What a run says about findings in general: the help line with the law a rule cites.

# The help of a finding followed by the law it cites ($law: the citations).
finding-help-cites = { $help } — { $law }
# The citations of a rule for the plan's jurisdictions ($laws: joined by semicolons).
rule-citations = { $laws }
