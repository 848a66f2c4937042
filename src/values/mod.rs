//! The exact value types of the campaign-spec format: parsing, diagnostics, serde and JSON Schema.
//!
//! Every value a plan's author writes — money, counts, percentages, 折, dates, times,
//! durations, ranges, goal values, budget shares and ids — is read here, exactly
//! (decimals, never floats). A value that does not read gets a [`ValueError`]: its
//! message says what is wrong in the author's terms, with the value in backticks, and
//! its help says what to write instead.
//!
//! Each type `T` has `T::parse(&str)` for the written form, `T::from_json(&Value)` for a
//! value from the loaded document (strings go to `parse`; JSON numbers where the type
//! takes bare numbers), `Deserialize` through the same logic, `Serialize` and `Display`
//! as its canonical string, and a hand-written JSON Schema with a `campspec-…` format.
//! [`formats`], [`diagnose`] and [`diagnose_format`] let the schema stage check those
//! formats and explain a failure with the parser's own message.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// Implements `FromStr`, `Serialize` (the canonical string), `Deserialize` (through
/// `from_json`) and a hand-written `JsonSchema` for a value type that has inherent
/// `parse`, `from_json` and `Display`.
macro_rules! value_type {
    (
        $ty:ident,
        name: $name:literal,
        format: $format:literal,
        expect: $expect:expr,
        type: $json_type:tt,
        description: $description:expr,
        examples: $examples:tt
        $(, extra: { $($key:literal: $value:tt),* $(,)? })?
        $(,)?
    ) => {
        impl crate::values::ValueType for $ty {
            const DEF_NAME: &'static str = $name;
            const FORMAT: &'static str = $format;

            fn parse_text(text: &str) -> Result<Self, crate::values::ValueError> {
                $ty::parse(text)
            }

            fn from_json_value(value: &serde_json::Value) -> Result<Self, crate::values::ValueError> {
                $ty::from_json(value)
            }

            fn expecting() -> crate::i18n::Msg {
                $expect.noun
            }
        }

        impl std::str::FromStr for $ty {
            type Err = crate::values::ValueError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $ty::parse(text)
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(crate::values::JsonVisitor::<Self>::new())
            }
        }

        impl schemars::JsonSchema for $ty {
            fn inline_schema() -> bool {
                false
            }

            fn schema_name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed($name)
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let mut map = serde_json::Map::new();
                map.insert("type".to_owned(), serde_json::json!($json_type));
                map.insert("format".to_owned(), serde_json::json!($format));
                map.insert("description".to_owned(), serde_json::json!($description));
                map.insert("examples".to_owned(), serde_json::json!($examples));
                $($(map.insert($key.to_owned(), serde_json::json!($value));)*)?
                schemars::Schema::from(map)
            }
        }
    };
}

mod count;
mod date;
pub(crate) use date::english_month;
mod discount;
mod id;
mod measure;
mod money;
mod number;
mod percent;
mod range;

pub use count::Count;
pub(crate) use date::MONTHS as MONTH_NAMES;
pub use date::{Date, Duration, DurationUnit, TimeOfDay};
pub use discount::Discount;
pub use id::Id;
pub use measure::{Measure, MeasureKind, MeasureValue, Share};
pub use money::{CurrencySign, Money};
pub use percent::Percent;
pub use range::{Number, NumberRange};

use crate::i18n::Msg;
use crate::msg;

/// The IANA time zone database campspec reads zone names from: the copy built into
/// the binary, never the machine's `/usr/share/zoneinfo`. A plan's `timezone` then means
/// the same on every machine (same spec, same output), and no zone directory is scanned
/// at start-up.
pub fn time_zones() -> &'static jiff::tz::TimeZoneDatabase {
    static DB: std::sync::OnceLock<jiff::tz::TimeZoneDatabase> = std::sync::OnceLock::new();
    DB.get_or_init(jiff::tz::TimeZoneDatabase::bundled)
}

/// A value the plan's author wrote that campspec cannot read, and what to write instead.
/// Two errors are equal when they say the same (in English), whether their words are
/// catalogue messages or final text.
#[derive(Clone, Debug)]
pub struct ValueError {
    /// What is wrong, in the author's terms, with the value in backticks as it was written.
    pub message: Msg,
    /// What to write instead (for example `write "15%"`), when campspec can tell.
    pub help: Option<Msg>,
    /// The value to write instead, when campspec can write it: a mechanical fix.
    pub fix: Option<Box<Replacement>>,
}

/// A value's text to write in place of another (`１５%` → `15%`): a mechanical fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    /// The text it replaces, as the parser saw it (trimmed): the fix applies only
    /// when it is the whole value.
    pub of: String,
    pub text: String,
    /// Whether the new text says exactly what the author evidently meant.
    pub safe: bool,
    /// What the fix does.
    pub title: Msg,
}

impl ValueError {
    /// An error with a message and no help.
    pub fn new(message: impl Into<Msg>) -> Self {
        ValueError {
            message: message.into(),
            help: None,
            fix: None,
        }
    }

    /// An error with a message and a help line.
    pub fn with_help(message: impl Into<Msg>, help: impl Into<Msg>) -> Self {
        ValueError {
            message: message.into(),
            help: Some(help.into()),
            fix: None,
        }
    }

    /// With a mechanical fix: write `text` in place of `of`.
    pub fn replace(mut self, of: &str, text: String, safe: bool, title: Msg) -> Self {
        self.fix = Some(Box::new(Replacement {
            of: of.to_owned(),
            text,
            safe,
            title,
        }));
        self
    }
}

impl ValueError {
    /// The message in English (tests).
    pub fn message_en(&self) -> String {
        self.message.en()
    }

    /// The help in English (tests).
    pub fn help_en(&self) -> Option<String> {
        self.help.as_ref().map(Msg::en)
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message.en())
    }
}

impl std::error::Error for ValueError {}

impl PartialEq for ValueError {
    fn eq(&self, other: &ValueError) -> bool {
        self.message.en() == other.message.en() && self.help_en() == other.help_en()
    }
}

impl Eq for ValueError {}

/// What a field expects, in the author's terms: used for the messages every type shares.
pub(crate) struct Expect {
    /// The kind of value, with its article ("an amount of money"): `value-noun-…`.
    pub noun: Msg,
    /// The help line when nothing more specific can be said: `value-help-…`.
    pub help: Msg,
}

/// A catalogue message without arguments, in a constant.
pub(crate) const fn words(key: &'static str) -> Msg {
    Msg::Key {
        key,
        args: Vec::new(),
    }
}

impl Expect {
    /// "`abc` is not an amount of money".
    pub(crate) fn not_a(&self, shown: &str) -> ValueError {
        ValueError::with_help(
            msg!("value-not-a", shown = shown, noun = self.noun.clone()),
            self.help.clone(),
        )
    }

    /// The error for an empty string.
    pub(crate) fn empty(&self) -> ValueError {
        ValueError::with_help(
            msg!("value-empty", noun = self.noun.clone()),
            self.help.clone(),
        )
    }

    /// The error for a JSON value of the wrong kind: null, a boolean, a list or a mapping
    /// (numbers and strings are each type's own business).
    pub(crate) fn wrong_kind(&self, value: &Value) -> ValueError {
        let found = match value {
            Value::Null => msg!("value-found-empty"),
            Value::Bool(b) => msg!("found-value", value = b.to_string()),
            Value::Number(n) => msg!("found-number", value = n.to_string()),
            Value::String(s) => msg!("found-value", value = s),
            Value::Array(_) => msg!("found-list"),
            Value::Object(_) => msg!("found-mapping"),
        };
        ValueError::with_help(
            msg!("value-wrong-kind", noun = self.noun.clone(), found = found),
            self.help.clone(),
        )
    }
}

/// The glue every value type shares, implemented by `value_type!`.
pub(crate) trait ValueType: Sized {
    /// The schema definition name ("Money").
    const DEF_NAME: &'static str;
    /// The JSON Schema format name ("campspec-money").
    const FORMAT: &'static str;
    /// The type's `parse`.
    fn parse_text(text: &str) -> Result<Self, ValueError>;
    /// The type's `from_json`.
    fn from_json_value(value: &Value) -> Result<Self, ValueError>;
    /// What serde says the type expects ("an amount of money").
    fn expecting() -> Msg;
}

/// A serde visitor that sends every input through the type's `from_json` logic, so that a
/// `serde_json::Value` and any other deserializer give the same result and message.
pub(crate) struct JsonVisitor<T>(PhantomData<T>);

impl<T> JsonVisitor<T> {
    pub(crate) fn new() -> Self {
        JsonVisitor(PhantomData)
    }
}

fn via_json<T: ValueType, E: de::Error>(value: &Value) -> Result<T, E> {
    T::from_json_value(value).map_err(E::custom)
}

impl<'de, T: ValueType> Visitor<'de> for JsonVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&T::expecting().en())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        T::parse_text(v).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        via_json(&Value::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        via_json(&Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        match serde_json::Number::from_f64(v) {
            Some(n) => via_json(&Value::Number(n)),
            None => Err(E::custom(ValueError::new(msg!(
                "value-not-finite",
                shown = v.to_string()
            )))),
        }
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        via_json(&Value::Bool(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        via_json(&Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        via_json(&Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _seq: A) -> Result<T, A::Error> {
        via_json(&Value::Array(Vec::new()))
    }

    fn visit_map<A: MapAccess<'de>>(self, _map: A) -> Result<T, A::Error> {
        via_json(&Value::Object(serde_json::Map::new()))
    }
}

/// One row of the registry of value types.
struct Entry {
    def_name: &'static str,
    format: &'static str,
    check: fn(&str) -> bool,
    diagnose: fn(&Value) -> Option<ValueError>,
}

fn check_as<T: ValueType>(text: &str) -> bool {
    T::parse_text(text).is_ok()
}

fn diagnose_as<T: ValueType>(instance: &Value) -> Option<ValueError> {
    T::from_json_value(instance).err()
}

fn entry<T: ValueType>() -> Entry {
    Entry {
        def_name: T::DEF_NAME,
        format: T::FORMAT,
        check: check_as::<T>,
        diagnose: diagnose_as::<T>,
    }
}

fn registry() -> [Entry; 12] {
    [
        entry::<Id>(),
        entry::<Money>(),
        entry::<Count>(),
        entry::<Percent>(),
        entry::<Discount>(),
        entry::<Date>(),
        entry::<TimeOfDay>(),
        entry::<Duration>(),
        entry::<Number>(),
        entry::<NumberRange>(),
        entry::<Measure>(),
        entry::<Share>(),
    ]
}

/// A format checker: whether a string is a valid value of its type.
pub type FormatCheck = fn(&str) -> bool;

/// The JSON Schema format of every value type with its checker: `checker(s)` is true
/// exactly when the type's `parse(s)` succeeds. Register these with the schema validator.
pub fn formats() -> Vec<(&'static str, FormatCheck)> {
    registry()
        .into_iter()
        .map(|e| (e.format, e.check))
        .collect()
}

/// The parser's own error for a JSON instance that failed the schema of the value type
/// whose definition name is `def_name` ("Money", "Percent", …); `None` when the name is
/// not a value type or the instance actually reads.
pub fn diagnose(def_name: &str, instance: &Value) -> Option<ValueError> {
    registry()
        .iter()
        .find(|e| e.def_name == def_name)
        .and_then(|e| (e.diagnose)(instance))
}

/// Same as [`diagnose`], keyed by the format name ("campspec-money").
pub fn diagnose_format(format: &str, instance: &Value) -> Option<ValueError> {
    registry()
        .iter()
        .find(|e| e.format == format)
        .and_then(|e| (e.diagnose)(instance))
}

/// Reads `text` with every value parser and checks what a user relies on: no parser
/// panics, every accepted value's canonical form reads back as the same value, and each
/// format check agrees with the diagnostic for the same text (as a string, and as a
/// JSON number when it reads as one). Panics on the first inconsistency. Shared by the
/// unit tests, the never-panics property tests and the `values` fuzz target.
#[doc(hidden)]
pub fn check_every_parser(text: &str) {
    /// A value that reads must read again, as the same value, from its canonical form.
    macro_rules! round_trip {
        ($ty:ty) => {
            if let Ok(value) = <$ty>::parse(text) {
                let shown = value.to_string();
                assert_eq!(
                    <$ty>::parse(&shown).as_ref(),
                    Ok(&value),
                    "{} `{text}` is shown as `{shown}`",
                    stringify!($ty)
                );
            }
        };
    }
    round_trip!(Count);
    round_trip!(Percent);
    round_trip!(Date);
    round_trip!(TimeOfDay);
    round_trip!(Duration);
    round_trip!(Number);
    round_trip!(NumberRange);
    round_trip!(Measure);
    if let Ok(v) = Money::parse(text) {
        let back = Money::parse(&v.to_string()).map(|m| m.amount);
        assert_eq!(back, Ok(v.amount), "Money `{text}` is shown as `{v}`");
    }
    if let Ok(v) = Discount::parse(text) {
        let back = Discount::parse(&v.to_string());
        let back = back.unwrap_or_else(|e| panic!("Discount `{text}` shown as `{v}`: {e:?}"));
        assert_eq!(back.off_ratio(), v.off_ratio(), "Discount `{text}`");
        assert_eq!(
            back.amount().map(|m| m.amount),
            v.amount().map(|m| m.amount),
            "Discount `{text}`"
        );
    }
    if let Ok(v) = Id::parse(text) {
        assert_eq!(Id::parse(v.as_str()), Ok(v), "Id `{text}`");
    }
    if let Ok(v) = Share::parse(text) {
        assert!(
            Share::parse(&v.to_string()).is_ok(),
            "Share `{text}` is shown as `{v}`"
        );
    }
    if let Ok(measure) = Measure::parse(text) {
        let _ = (measure.kind_guess(), measure.unit_word(), measure.number());
        for kind in [
            MeasureKind::Money,
            MeasureKind::Percent,
            MeasureKind::Count,
            MeasureKind::Score,
            MeasureKind::Custom,
        ] {
            let _ = measure.interpret(kind);
        }
    }
    // The same text as the loaded document holds it: a string, and a number when the
    // YAML loader could have read it as one.
    let mut instances = vec![Value::String(text.to_owned())];
    if let Ok(number) = text.parse::<serde_json::Number>() {
        instances.push(Value::Number(number));
    }
    for instance in &instances {
        for (format, check) in formats() {
            let diagnosed = diagnose_format(format, instance);
            if let Value::String(s) = instance {
                assert_eq!(check(s), diagnosed.is_none(), "format {format} on {s:?}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_type_is_registered_once_with_its_schema_names() {
        let entries = registry();
        for (i, a) in entries.iter().enumerate() {
            assert_eq!(a.format, format!("campspec-{}", a.def_name.to_lowercase()));
            for b in entries.iter().skip(i + 1) {
                assert_ne!(a.def_name, b.def_name);
            }
        }
        let names: Vec<&str> = formats().iter().map(|(f, _)| *f).collect();
        assert_eq!(
            names,
            [
                "campspec-id",
                "campspec-money",
                "campspec-count",
                "campspec-percent",
                "campspec-discount",
                "campspec-date",
                "campspec-time",
                "campspec-duration",
                "campspec-number",
                "campspec-numberrange",
                "campspec-measure",
                "campspec-share",
            ]
        );
    }

    #[test]
    fn checkers_agree_with_parse() {
        let samples = [
            "299",
            "¥299",
            "15%",
            "8.5折",
            "2027-01-16",
            "10:00",
            "2y",
            "2..3",
            "burst",
            "5万",
            "-5",
            "",
            "abc",
            "15",
            "0.15",
            "30",
            "1,2000",
            "15%..20%",
            "5000件",
        ];
        for (format, check) in formats() {
            for s in samples {
                let expected = match format {
                    "campspec-id" => Id::parse(s).is_ok(),
                    "campspec-money" => Money::parse(s).is_ok(),
                    "campspec-count" => Count::parse(s).is_ok(),
                    "campspec-percent" => Percent::parse(s).is_ok(),
                    "campspec-discount" => Discount::parse(s).is_ok(),
                    "campspec-date" => Date::parse(s).is_ok(),
                    "campspec-time" => TimeOfDay::parse(s).is_ok(),
                    "campspec-duration" => Duration::parse(s).is_ok(),
                    "campspec-number" => Number::parse(s).is_ok(),
                    "campspec-numberrange" => NumberRange::parse(s).is_ok(),
                    "campspec-measure" => Measure::parse(s).is_ok(),
                    "campspec-share" => Share::parse(s).is_ok(),
                    other => panic!("unexpected format {other}"),
                };
                assert_eq!(check(s), expected, "{format} on {s:?}");
            }
        }
    }

    #[test]
    fn diagnose_gives_the_parser_error() {
        let e = diagnose("Percent", &json!(15)).unwrap();
        assert_eq!(
            e.message,
            "`15` is a bare number, which is ambiguous for a percentage"
        );
        assert_eq!(e.help_en().as_deref(), Some("write \"15%\""));
        assert_eq!(
            diagnose_format("campspec-percent", &json!(15)),
            Some(e.clone())
        );
        assert_eq!(diagnose("Percent", &json!("15%")), None);
        assert_eq!(diagnose("Campaign", &json!(15)), None);
        assert_eq!(diagnose_format("date", &json!(15)), None);
        assert!(diagnose("Time", &json!(600)).is_some());
        assert!(diagnose("Money", &json!([1])).is_some());
    }

    #[test]
    fn wrong_json_kinds_say_what_was_found() {
        let cases = [
            (
                json!(null),
                "expected an amount of money, found an empty value",
            ),
            (json!(true), "expected an amount of money, found `true`"),
            (json!([1, 2]), "expected an amount of money, found a list"),
            (
                json!({"a": 1}),
                "expected an amount of money, found a mapping",
            ),
        ];
        for (value, message) in cases {
            let e = Money::from_json(&value).unwrap_err();
            assert_eq!(e.message, message);
            assert_eq!(
                e.help_en().as_deref(),
                Some("write an amount such as 299 or \"¥299\"")
            );
        }
        let e = Percent::from_json(&json!([])).unwrap_err();
        assert_eq!(e.message, "expected a percentage, found a list");
        assert_eq!(
            e.help_en().as_deref(),
            Some("write a percentage such as \"15%\"")
        );
    }

    #[derive(serde::Deserialize, Debug)]
    struct Plan {
        total: Money,
        reserve: Percent,
        start: Date,
        slot: TimeOfDay,
        owner: Id,
        price: Discount,
        target: Measure,
        budget: Share,
        quantity: Count,
    }

    #[test]
    fn deserialize_from_json_text_and_value_agree() {
        let text = r#"{"total": "1500万", "reserve": "5%", "start": "2027-01-16",
            "slot": "9:30", "owner": "ops", "price": "8.5折", "target": "15%..20%",
            "budget": 20.5, "quantity": 5000}"#;
        let from_text: Plan = serde_json::from_str(text).unwrap();
        let value: Value = serde_json::from_str(text).unwrap();
        let from_value: Plan = serde_json::from_value(value).unwrap();
        assert_eq!(from_text.total, from_value.total);
        assert_eq!(from_text.total.to_string(), "15000000");
        assert_eq!(from_text.reserve.to_string(), "5%");
        assert_eq!(from_text.start.to_string(), "2027-01-16");
        assert_eq!(from_text.slot.to_string(), "09:30");
        assert_eq!(from_text.owner.as_str(), "ops");
        assert_eq!(from_text.price.to_string(), "8.5折");
        assert_eq!(from_text.target.surface(), "15%..20%");
        assert_eq!(from_value.budget.to_string(), "20.5");
        assert_eq!(from_text.quantity, Count(5000));
    }

    #[test]
    fn deserialize_errors_are_the_parser_messages() {
        let err = serde_json::from_str::<Percent>("15")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("`15` is a bare number, which is ambiguous for a percentage"),
            "{err}"
        );
        let err = serde_json::from_value::<Percent>(json!(15))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "`15` is a bare number, which is ambiguous for a percentage"
        );
        let err = serde_json::from_value::<Money>(json!([1]))
            .unwrap_err()
            .to_string();
        assert_eq!(err, "expected an amount of money, found a list");
        let err = serde_json::from_str::<Money>("{\"a\": 1}")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("expected an amount of money, found a mapping"),
            "{err}"
        );
        let err = serde_json::from_str::<Count>("1.5")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("`1.5` is not a whole number"), "{err}");
        let err = serde_json::from_str::<Money>("null")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("expected an amount of money, found an empty value"),
            "{err}"
        );
        let ok: Option<Money> = serde_json::from_str("null").unwrap();
        assert_eq!(ok, None);
    }

    #[test]
    fn serialize_is_the_canonical_string() {
        let money = Money::parse("1.5亿").unwrap();
        assert_eq!(serde_json::to_value(&money).unwrap(), json!("150000000"));
        let zhe = Discount::parse("85折").unwrap();
        assert_eq!(serde_json::to_value(&zhe).unwrap(), json!("8.5折"));
        let count = Count::parse("1.2万").unwrap();
        assert_eq!(serde_json::to_value(count).unwrap(), json!("12000"));
    }

    /// Every value written in the bundled example plans reads as its field's type.
    #[test]
    fn example_plan_values_read() {
        fn all<T: ValueType>(values: Value) {
            for v in values.as_array().unwrap() {
                if let Err(e) = T::from_json_value(v) {
                    panic!("{} {v}: {}", T::DEF_NAME, e.message);
                }
            }
        }
        all::<Money>(json!([
            "1500万", "1200万", "450万", "500万", "220万", "120万", "60万", "75万", "400万",
            "350万", "180万", "90万", 299, 599, 999, 300, 12, 25, 45, 88, 188, 388, 5000, 6999,
            100, 5, 50, 150, 200, 20, 60, 0, 1000, 600, 199
        ]));
        all::<Percent>(json!([
            "5%", "10%", "45%", "35%", "0%", "25%", "75%", "20%", "40%", "50%", "80%", "30%",
            "70%", "8%", "15%"
        ]));
        all::<Discount>(json!([
            "9%", "15%", "22%", "5折", "8.5折", "7.5折", "6.5折", 50, "6折"
        ]));
        all::<Share>(json!(["20%", "40%", "30%", "10%", "5%", "35%", "55%"]));
        all::<TimeOfDay>(json!(["10:00", "14:00", "20:00", "00:00", "12:00"]));
        all::<Count>(json!([
            5, 2000, 100000, 20000, 1, 2, 50000, 10000, 500, 1000, 11, 200000
        ]));
        all::<Duration>(json!(["2y", "3y"]));
        all::<NumberRange>(json!(["2..3"]));
        all::<Date>(json!([
            "2027-01-01",
            "2027-02-15",
            "2026-12-20",
            "2027-10-08",
            "2027-11-20"
        ]));
        all::<Id>(json!([
            "cny-2027",
            "double11-2027",
            "referral-users",
            "member-price",
            "in-site"
        ]));
        let goals = [
            (
                MeasureKind::Money,
                json!(["1.25亿", "1.5亿", "6800万", "8000万", "3000万", "2500万"]),
            ),
            (
                MeasureKind::Percent,
                json!(["8%", "15%", "20%", "30%", "85%", "3.2%", "4%", "15%..20%"]),
            ),
            (MeasureKind::Count, json!(["1200万", "30万"])),
            (MeasureKind::Score, json!([45])),
        ];
        for (kind, values) in goals {
            for v in values.as_array().unwrap() {
                let measure = Measure::from_json(v).unwrap();
                assert!(measure.interpret(kind).is_ok(), "{kind:?} {v}");
            }
        }
    }

    /// Odd inputs never panic, checkers agree with `parse`, and every accepted value's
    /// canonical string reads back as the same value.
    #[test]
    fn odd_inputs_never_panic_and_canonical_forms_read_back() {
        const ALPHABET: [&str; 40] = [
            "0", "1", "2", "5", "9", ".", "..", ",", "-", "+", "%", "％", "¥", "$", "万", "亿",
            "折", ":", "年", "月", "日", " ", "a", "z", "０", "五", "十", "元", "件", "y", "mo",
            "d", "h", "/", "~", "off", "点", "é", "\u{300}", "_",
        ];
        let mut seed: u64 = 0x5eed;
        let mut next = move |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            usize::try_from(seed >> 33).unwrap() % n
        };
        for _ in 0..20_000 {
            let len = next(9);
            let text: String = (0..len).map(|_| ALPHABET[next(ALPHABET.len())]).collect();
            check_every_parser(&text);
        }
    }

    #[test]
    fn value_error_displays_its_message() {
        let e = ValueError::with_help("`x` is wrong", "write y");
        assert_eq!(e.to_string(), "`x` is wrong");
        assert_eq!(ValueError::new("m").help, None);
    }

    fn schema_of<T: schemars::JsonSchema>() -> Value {
        Value::from(T::json_schema(&mut schemars::SchemaGenerator::default()))
    }

    #[test]
    fn schemas_have_name_format_description_examples() {
        fn check<T: schemars::JsonSchema + ValueType>() {
            assert!(!T::inline_schema());
            assert_eq!(T::schema_name(), T::DEF_NAME);
            let schema = schema_of::<T>();
            let keys: Vec<&String> = schema.as_object().unwrap().keys().collect();
            assert_eq!(keys[..4], ["type", "format", "description", "examples"]);
            assert_eq!(schema["format"], T::FORMAT);
            let description = schema["description"].as_str().unwrap();
            assert!(description.len() > 30, "{description}");
            for example in schema["examples"].as_array().unwrap() {
                assert!(
                    T::from_json_value(example).is_ok(),
                    "{} example {example}",
                    T::DEF_NAME
                );
            }
        }
        check::<Id>();
        check::<Money>();
        check::<Count>();
        check::<Percent>();
        check::<Discount>();
        check::<Date>();
        check::<TimeOfDay>();
        check::<Duration>();
        check::<Number>();
        check::<NumberRange>();
        check::<Measure>();
        check::<Share>();
    }

    #[test]
    fn schemas_of_numeric_types() {
        assert_eq!(
            schema_of::<Money>(),
            json!({
                "type": ["string", "number"],
                "format": "campspec-money",
                "description": schema_of::<Money>()["description"],
                "examples": [299, 299.5, "¥299", "299元", "12,000", "300万", "1.5亿", "$1,200,000", "€20"],
                "minimum": 0,
            })
        );
        assert_eq!(schema_of::<Percent>()["type"], "string");
        assert_eq!(schema_of::<Count>()["type"], json!(["string", "integer"]));
        assert_eq!(schema_of::<Count>()["minimum"], 0);
        assert_eq!(schema_of::<Share>()["minimum"], 0);
        assert_eq!(schema_of::<Discount>()["minimum"], 1);
        assert_eq!(schema_of::<Id>()["pattern"], "^[a-z][a-z0-9-]*$");
        assert_eq!(schema_of::<Id>()["maxLength"], 64);
    }

    #[test]
    fn schema_generator_refers_to_value_types_by_name() {
        #[derive(schemars::JsonSchema)]
        #[allow(dead_code)]
        struct Budget {
            total: Money,
            reserve: Option<Percent>,
        }
        let schema = Value::from(schemars::schema_for!(Budget));
        assert_eq!(schema["properties"]["total"]["$ref"], "#/$defs/Money");
        assert_eq!(schema["$defs"]["Percent"]["format"], "campspec-percent");
    }
}
