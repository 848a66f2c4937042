## Rule messages: the schema stage (S…).

# A value type's parser refused a value ($place: where; $problem: the parser's words).
s004-value-type = { $place }: { $problem }
