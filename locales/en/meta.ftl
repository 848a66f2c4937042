## The Chinese summary and citations of each rule (English: the rule's declare_rule!).

# The heading of the list of laws in a rule's documentation.
rule-doc-cited-heading = ## Cited in findings
# How far a citation was verified (the mark and its meaning).
confidence-v = V: read in the law's text
confidence-s = S: secondary source, verify the article
confidence-m = M: not verified
confidence-u = U: the article could not be found, verify before relying on it
