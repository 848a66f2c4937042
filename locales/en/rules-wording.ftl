## Rule messages: wording (W…), and the lexicon notes and citations they append.

# Text given in both languages ($en, $zh: a lexicon term's note or laws and their
# Chinese forms); each language shows its own. $zh is named only so that both
# languages take the same arguments.
wording-own-language = { $zh ->
       *[other] { $en }
    }
# A wording finding's help ($help) with the lexicon term's note ($note) and the laws
# it cites for the plan's jurisdictions ($laws, joined with semicolons).
wording-help-note-laws = { $help } ({ $note }: { $laws })
wording-help-note = { $help } ({ $note })
wording-help-laws = { $help } ({ $laws })

# W001 cn-absolute-claim. $words: the words underlined; $group: the kind of claim.
w001-claim = `{ $words }` is an absolute claim ({ $group }), banned in advertising
w001-help = state a verifiable fact instead, or remove the word; if the context makes it harmless (a name, a usage tip, a self-comparison), waive the finding with the reason
w001-group-default = absolute claim
w001-group-superlative = superlative
w001-group-grade = grade
w001-group-guarantee = guarantee
w001-group-uniqueness = uniqueness
w001-group-price = price

# W002 cn-ranking-claim. $source: the item's `evidence`.
w002-evidenced = `{ $words }` is a ranking claim; its evidence is `{ $source }`
w002-evidenced-help = show the source, period and scope next to the claim in the text
w002-claim = `{ $words }` is a ranking or data claim without a source
w002-help = add `evidence:` (source, period, scope) to this item and show it next to the claim, or remove the claim

# W003 cn-state-endorsement.
w003-claim = `{ $words }` claims state supply or endorsement
w003-help = remove the claim
w003-pair = `{ $words }` presents a state organ, its staff or the army as endorser or customer
w003-pair-help = remove the claim: state organs, their staff and the army may not be used in advertising, by name or by implication (《广告法》 Art. 9(2))

# W004 cn-medical-claim. $illness: the illness or symptom named.
w004-claim = `{ $words }` is a medical claim, not allowed for non-medical goods
w004-help = remove the claim
w004-efficacy = `{ $words }` claims an effect on `{ $illness }`, an illness or symptom: a medical claim, not allowed for non-medical goods
w004-efficacy-help = remove the claim; describe the product, not an effect on illness

# W005 cn-final-interpretation.
w005-claim = `{ $words }` reserves a final right of interpretation; such clauses are void
w005-help = remove the clause and give a contact for questions instead

# W006 en-superlative-claim.
w006-claim = `{ $words }` is a superlative or ranking claim that needs substantiation
w006-scoped = `{ $words }` is a superlative claim that needs substantiation
w006-help = keep evidence and qualify the claim, or rephrase it

# W007 en-guarantee-claim.
w007-claim = `{ $words }` is an absolute promise or efficacy claim
w007-help = state what is promised and where its terms are, or remove the claim

# W008 en-health-claim. $illness: the illness or symptom named.
w008-health = `{ $words }` is a health claim in words no register authorises
w008-cure = `{ $words }` is a claim to cure or treat illness
w008-help = remove the claim unless the product is a licensed medicine or medical device
w008-efficacy = `{ $words }` claims an effect on `{ $illness }`, an illness or symptom
w008-efficacy-help = remove the claim, or word it as the product's licence or authorised claim allows

# W009 en-endorsement-claim. $source: the item's `evidence`.
w009-evidenced = `{ $words }` claims an endorsement; its evidence is `{ $source }`
w009-evidenced-help = say exactly what the approval, warrant or contract is, as the evidence shows
w009-claim = `{ $words }` claims the endorsement of a public body, the armed forces or the Royal Family
w009-help = remove the claim, or add the approval, warrant or contract as `evidence:` and say exactly what it is

# W010 en-final-decision-clause.
w010-claim = `{ $words }` lets the trader alone interpret the terms or decide disputes; such a term may not bind the customer
w010-help = remove the clause and say how questions and complaints are handled instead
