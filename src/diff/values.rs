//! Field-by-field differences of two JSON values, and values written compactly for a
//! sentence (`{spend: 299, discount: 9%}`).

use serde_json::Value;

/// The fields that differ, as (dotted path, old, new); `Null` where a side lacks it.
/// Objects are compared key by key; lists of the same length item by item (`tiers[2]`);
/// lists of different lengths, and scalars, as whole values.
pub fn field_changes(old: &Value, new: &Value) -> Vec<(String, Value, Value)> {
    let mut out = Vec::new();
    walk("", old, new, &mut out);
    out
}

fn walk(path: &str, old: &Value, new: &Value, out: &mut Vec<(String, Value, Value)>) {
    if old == new {
        return;
    }
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().collect();
            keys.extend(b.keys().filter(|k| !a.contains_key(*k)));
            for key in keys {
                if key == "id" && path.is_empty() {
                    continue;
                }
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk(
                    &child,
                    a.get(key).unwrap_or(&Value::Null),
                    b.get(key).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        (Value::Array(a), Value::Array(b))
            if a.len() == b.len() && a.iter().chain(b).all(Value::is_object) =>
        {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                walk(&format!("{path}[{i}]"), x, y, out);
            }
        }
        _ => out.push((path.to_owned(), old.clone(), new.clone())),
    }
}

/// The JSON pointer (below the item) of a dotted path: `tiers[2].discount` →
/// `tiers/2/discount`.
pub fn pointer_of(path: &str) -> String {
    path.replace("[", "/")
        .replace("]", "")
        .split('.')
        .map(|part| part.replace('~', "~0"))
        .collect::<Vec<_>>()
        .join("/")
}

/// A value as a short phrase: strings as written, lists and maps in flow style.
pub fn display(value: &Value) -> String {
    match value {
        Value::Null => "—".into(),
        Value::String(s) => short(s),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(display).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{k}: {}", display(v)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
    }
}

/// Text on one line, shortened to 120 characters.
pub fn short(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = one_line.chars();
    let head: String = chars.by_ref().take(120).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_changes_have_dotted_paths() {
        let a = json!({"id": "x", "tiers": [{"spend": "299", "discount": "9%"}], "name": "A"});
        let b = json!({"id": "y", "tiers": [{"spend": "299", "discount": "10%"}], "terms": "T"});
        let changes = field_changes(&a, &b);
        let paths: Vec<&str> = changes.iter().map(|(p, _, _)| p.as_str()).collect();
        assert_eq!(paths, ["tiers[0].discount", "name", "terms"]);
        assert_eq!(pointer_of("tiers[0].discount"), "tiers/0/discount");
    }

    #[test]
    fn values_read_as_written() {
        assert_eq!(
            display(&json!({"spend": 299, "discount": "9%"})),
            "{spend: 299, discount: 9%}"
        );
        assert_eq!(display(&json!(["burst", "peak"])), "[burst, peak]");
        assert_eq!(short(&"字".repeat(130)).chars().count(), 121);
    }
}
