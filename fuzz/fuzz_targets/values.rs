//! Fuzz target: an arbitrary string through every value parser (as written text and, when
//! it reads as one, as a JSON number), and each value's canonical form read back.
#![no_main]

use campspec::values::{
    self, Count, Date, Discount, Duration, Id, Measure, MeasureKind, Money, Number, NumberRange,
    Percent, Share, TimeOfDay,
};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

/// Parses `text`; a value that reads must read again from its canonical form.
macro_rules! round_trip {
    ($ty:ty, $text:expr) => {
        if let Ok(value) = <$ty>::parse($text) {
            let shown = value.to_string();
            assert!(
                <$ty>::parse(&shown).is_ok(),
                "{} `{}` is shown as `{}`, which does not read back",
                stringify!($ty),
                $text,
                shown
            );
        }
    };
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    round_trip!(Money, text);
    round_trip!(Count, text);
    round_trip!(Percent, text);
    round_trip!(Discount, text);
    round_trip!(Date, text);
    round_trip!(TimeOfDay, text);
    round_trip!(Duration, text);
    round_trip!(Number, text);
    round_trip!(NumberRange, text);
    round_trip!(Id, text);
    round_trip!(Share, text);
    if let Ok(measure) = Measure::parse(text) {
        let _ = measure.to_string();
        let _ = measure.kind_guess();
        let _ = measure.number();
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
        for (format, check) in values::formats() {
            let diagnosed = values::diagnose_format(format, instance);
            if let Value::String(s) = instance {
                assert_eq!(
                    check(s),
                    diagnosed.is_none(),
                    "{format}: the checker and the parser disagree on `{s}`"
                );
            }
        }
    }
});
