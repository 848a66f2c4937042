//! Profiling (L012) and prior consent to marketing messages (L024) read as the law is
//! written, end to end through `campspec check`: profiling with a way to refuse and no
//! consent is clean (the old wrong verdict), the EU asks for a lawful basis and the right
//! to object, messages need consent per channel and jurisdiction (soft opt-in in the EU
//! and UK only, none for US e-mail), and unreadable values withhold only what rests on
//! them.

mod common;
#[path = "common/marks.rs"]
mod marks;
use marks::{bundled_with, check_plan, findings, underlined};
use serde_json::Value;

const CNY: &str = "specs/cny-2027.campaign.yaml";
const SPRING: &str = "specs/spring-refresh-2026.campaign.yaml";
const CNY_DATA: &str = "  personal_data:\n    profiling: true\n    lawful_basis: consent\n    consent: true\n    opt_out: true\n";
const CNY_MESSAGING: &str = "  messaging:\n    - channel: sms\n      consent: 会员注册时单独勾选“接收营销短信”，同意记录存于会员系统\n";
const SPRING_MESSAGING: &str = "  messaging:\n    - channel: sms\n      consent: prior express written consent at SMS sign-up (keyword and confirmation text); records kept in the CRM\n";

/// The CNY plan with its `personal_data` replaced by `data` and its jurisdictions by
/// `jurisdictions`.
fn cny_with(data: &str, jurisdictions: &str) -> String {
    bundled_with(CNY, CNY_DATA, data).replacen(
        "jurisdictions: [CN]",
        &format!("jurisdictions: [{jurisdictions}]"),
        1,
    )
}

/// The findings of one rule: (message, underlined text).
fn of(code: &str, report: &Value, text: &str) -> Vec<(String, String)> {
    findings(report)
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| {
            (
                f["message"].as_str().unwrap_or("").to_owned(),
                underlined(text, f),
            )
        })
        .collect()
}

fn codes(report: &Value) -> Vec<String> {
    findings(report)
        .iter()
        .map(|f| f["code"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn the_bundled_plans_stay_clean() {
    for plan in [CNY, SPRING, "specs/double11-2027.campaign.yaml"] {
        let text =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(plan))
                .expect("plan");
        let (report, code) = check_plan(&text);
        assert_eq!((code, codes(&report)), (0, vec![]), "{plan}: {report:#}");
    }
}

/// The old wrong verdict: a plan that profiles with an opt-out and no consent was told
/// it lacked consent. PIPL Art. 24(2) asks for a way to refuse (or a non-personalised
/// option), and GDPR accepts legitimate interest with the right to object.
#[test]
fn profiling_with_an_opt_out_and_no_consent_is_clean() {
    let cn = cny_with(
        "  personal_data:\n    profiling: true\n    opt_out: true\n",
        "CN",
    );
    let (report, code) = check_plan(&cn);
    assert_eq!((code, codes(&report)), (0, vec![]), "{report:#}");

    let eu = cny_with(
        "  personal_data:\n    profiling: true\n    lawful_basis: legitimate_interest\n    opt_out: true\n",
        "CN, EU",
    );
    let (report, _) = check_plan(&eu);
    assert_eq!(of("L012", &report, &eu), vec![], "{report:#}");
}

#[test]
fn a_non_personalised_option_serves_in_china_but_not_as_the_right_to_object() {
    let text = cny_with(
        "  personal_data:\n    profiling: true\n    lawful_basis: legitimate_interest\n    opt_out: false\n    non_personalised_option: true\n",
        "CN",
    );
    let (report, _) = check_plan(&text);
    assert_eq!(of("L012", &report, &text), vec![], "{report:#}");

    let text = text.replacen("jurisdictions: [CN]", "jurisdictions: [CN, EU]", 1);
    let (report, _) = check_plan(&text);
    assert_eq!(
        of("L012", &report, &text),
        [(
            "customers are profiled for direct marketing, but cannot object to it (`opt_out: false`)"
                .to_owned(),
            "false".to_owned()
        )],
        "{report:#}"
    );
}

#[test]
fn profiling_with_neither_safeguard_is_reported_per_jurisdiction() {
    let text = cny_with("  personal_data:\n    profiling: true\n", "CN, EU");
    let (report, code) = check_plan(&text);
    assert_eq!(code, 1);
    let found = of("L012", &report, &text);
    assert_eq!(
        found,
        [
            (
                "customers are profiled for direct marketing, but the plan does not record their right to object (`opt_out:`)".to_owned(),
                "true".to_owned()
            ),
            (
                "customers are profiled for marketing, but the plan offers neither a way to refuse it (`opt_out`) nor a non-personalised option (`non_personalised_option`), as PIPL Art. 24(2) requires".to_owned(),
                "true".to_owned()
            ),
            (
                "customers are profiled, but the plan records no lawful basis for it (`lawful_basis:`)".to_owned(),
                "true".to_owned()
            ),
        ],
        "{report:#}"
    );
    // `consent: true` written as plans did before stands as the basis `consent`.
    let text = cny_with(
        "  personal_data:\n    profiling: true\n    consent: true\n    opt_out: true\n",
        "CN, EU",
    );
    let (report, _) = check_plan(&text);
    assert_eq!(of("L012", &report, &text), vec![], "{report:#}");
}

#[test]
fn a_basis_of_consent_without_the_consent_is_reported_at_consent() {
    let text = cny_with(
        "  personal_data:\n    profiling: true\n    lawful_basis: consent\n    consent: false\n    opt_out: true\n",
        "EU",
    );
    let (report, _) = check_plan(&text);
    assert_eq!(
        of("L012", &report, &text),
        [(
            "the lawful basis of the profiling is consent, but `consent: false` says it was not obtained"
                .to_owned(),
            "false".to_owned()
        )],
        "{report:#}"
    );
}

#[test]
fn an_unreadable_basis_withholds_only_the_basis_finding() {
    let text = cny_with(
        "  personal_data:\n    profiling: true\n    lawful_basis: legitimat_interest\n    opt_out: false\n",
        "EU",
    );
    let (report, _) = check_plan(&text);
    let found = of("L012", &report, &text);
    assert_eq!(found.len(), 1, "{report:#}");
    assert!(found[0].0.contains("cannot object"), "{report:#}");
    assert!(
        codes(&report).iter().any(|c| c.starts_with('S')),
        "the misspelt value is reported: {report:#}"
    );
    // An unreadable opt-out withholds the objection finding, not the missing basis.
    let text = cny_with(
        "  personal_data:\n    profiling: true\n    opt_out: yes\n",
        "EU",
    );
    let (report, _) = check_plan(&text);
    let found = of("L012", &report, &text);
    assert_eq!(found.len(), 1, "{report:#}");
    assert!(found[0].0.contains("no lawful basis"), "{report:#}");
    // A misspelt key may be the missing basis or opt-out: neither absence is reported.
    let text = cny_with(
        "  personal_data:\n    profiling: true\n    lawfull_basis: consent\n    opt_out: true\n",
        "EU",
    );
    let (report, _) = check_plan(&text);
    assert_eq!(of("L012", &report, &text), vec![], "{report:#}");
}

#[test]
fn marketing_sms_without_recorded_consent_is_reported_with_its_law() {
    let text = bundled_with(CNY, CNY_MESSAGING, "");
    let (report, code) = check_plan(&text);
    assert_eq!(code, 1);
    assert_eq!(
        of("L024", &report, &text),
        [(
            "the plan sends a marketing message by SMS, but records no prior consent of the recipients for SMS (CN: 广告法 Art. 43(1))".to_owned(),
            "sms".to_owned()
        )],
        "{report:#}"
    );
    let help = findings(&report)
        .iter()
        .find(|f| f["code"] == "L024")
        .and_then(|f| f["help"].as_str().map(str::to_owned))
        .unwrap_or_default();
    assert!(help.contains("compliance.messaging"), "{help}");
    // An empty consent records nothing.
    let text = bundled_with(
        CNY,
        CNY_MESSAGING,
        "  messaging:\n    - channel: sms\n      consent: \"\"\n",
    );
    let (report, _) = check_plan(&text);
    assert_eq!(
        of("L024", &report, &text)
            .into_iter()
            .map(|(_, u)| u)
            .collect::<Vec<_>>(),
        ["\"\""],
        "{report:#}"
    );
}

#[test]
fn us_texts_need_consent_and_us_email_does_not() {
    // Consent recorded for e-mail only: the SMS still needs it (TCPA); the e-mail never did.
    let text = bundled_with(
        SPRING,
        SPRING_MESSAGING,
        "  messaging:\n    - channel: email\n      consent: newsletter sign-up\n",
    );
    let (report, _) = check_plan(&text);
    let found = of("L024", &report, &text);
    assert_eq!(found.len(), 1, "{report:#}");
    assert!(
        found[0].0.contains("by SMS") && found[0].0.contains("US: TCPA"),
        "{found:?}"
    );
    assert_eq!(found[0].1, "sms");

    // Without any messaging record, only the SMS is reported: CAN-SPAM asks no consent.
    let text = bundled_with(SPRING, SPRING_MESSAGING, "");
    let (report, _) = check_plan(&text);
    assert_eq!(of("L024", &report, &text).len(), 1, "{report:#}");
}

#[test]
fn the_soft_opt_in_serves_in_the_uk_but_not_for_us_texts() {
    let soft = "  messaging:\n    - channel: sms\n      soft_opt_in: past buyers only; refusal offered at checkout and in every text\n    - channel: email\n      soft_opt_in: past buyers only; refusal offered at checkout and in every email\n";
    let us = bundled_with(SPRING, SPRING_MESSAGING, soft);
    let (report, _) = check_plan(&us);
    assert_eq!(
        of("L024", &report, &us),
        [(
            "the plan sends a marketing message by SMS on the soft opt-in only, but the recipients' prior consent is required (US: TCPA, 47 CFR 64.1200)".to_owned(),
            "sms".to_owned()
        )],
        "{report:#}"
    );
    let uk = us.replacen("jurisdictions: [US]", "jurisdictions: [UK]", 1);
    let (report, _) = check_plan(&uk);
    assert_eq!(of("L024", &report, &uk), vec![], "{report:#}");
    // The UK asks consent (or the soft opt-in) for e-mail too.
    let uk_no_email = bundled_with(SPRING, SPRING_MESSAGING, "").replacen(
        "jurisdictions: [US]",
        "jurisdictions: [UK]",
        1,
    );
    let (report, _) = check_plan(&uk_no_email);
    let found = of("L024", &report, &uk_no_email);
    assert_eq!(found.len(), 2, "{report:#}");
    assert!(
        found
            .iter()
            .any(|(m, _)| m.contains("by e-mail") && m.contains("UK: PECR"))
    );
}

#[test]
fn an_unreadable_messaging_entry_withholds_the_channels_it_may_be() {
    // A misspelt channel: the entry may be the SMS one; only the schema error is told.
    let text = bundled_with(
        CNY,
        CNY_MESSAGING,
        "  messaging:\n    - channel: smss\n      consent: 会员注册时单独勾选\n",
    );
    let (report, code) = check_plan(&text);
    assert_eq!(code, 1);
    assert_eq!(of("L024", &report, &text), vec![], "{report:#}");
    assert!(!codes(&report).is_empty(), "{report:#}");
    // A consent that is not a text: the SMS entry is not judged.
    let text = bundled_with(
        CNY,
        CNY_MESSAGING,
        "  messaging:\n    - channel: sms\n      consent: [yes]\n",
    );
    let (report, _) = check_plan(&text);
    assert_eq!(of("L024", &report, &text), vec![], "{report:#}");
    // A copy entry whose channel is misspelt is not a message.
    let text = bundled_with(CNY, CNY_MESSAGING, "").replacen(
        "    channel: sms\n",
        "    channel: smss\n",
        1,
    );
    let (report, _) = check_plan(&text);
    assert_eq!(of("L024", &report, &text), vec![], "{report:#}");
    // Consent found stands whatever else failed.
    let text = bundled_with(
        CNY,
        CNY_MESSAGING,
        "  messaging:\n    - channel: smss\n    - channel: sms\n      consent: 会员注册时单独勾选\n      soft_opt_in: [no]\n",
    );
    let (report, _) = check_plan(&text);
    assert_eq!(of("L024", &report, &text), vec![], "{report:#}");
}
