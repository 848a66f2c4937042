//! Test support: the bundled plans and deterministic damaged copies of them, for tests
//! that compare two ways of reading the same document.

/// The text of every bundled plan (`specs/*.campaign.yaml`).
pub(crate) fn bundled_plans() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("specs/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".campaign.yaml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| std::fs::read_to_string(p).expect("plan"))
        .collect()
}

/// `per_plan` damaged copies of each bundled plan, the same on every run: values
/// replaced by ones of the wrong type or out of range, lines deleted, unknown keys
/// added, list items replaced.
pub(crate) fn damaged_plans(per_plan: usize) -> Vec<String> {
    const VALUES: [&str; 10] = [
        "-3",
        "[1, 2]",
        "{a: 1}",
        "abc",
        "\"\"",
        "2027-02-30",
        "99999999999999999999999",
        "null",
        "yes",
        "\"50%\"",
    ];
    let mut seed: u64 = 0x5eed_cafe;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        usize::try_from(seed >> 33).unwrap_or(0) % n.max(1)
    };
    let mut out = Vec::new();
    for plan in bundled_plans() {
        let lines: Vec<&str> = plan.lines().collect();
        for _ in 0..per_plan {
            let mut damaged: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
            for _ in 0..1 + next(3) {
                let i = next(damaged.len());
                let line = damaged[i].clone();
                let indent = &line[..line.len() - line.trim_start().len()];
                match next(4) {
                    0 => {
                        if let Some(colon) = line.find(": ") {
                            damaged[i] =
                                format!("{}: {}", &line[..colon], VALUES[next(VALUES.len())]);
                        }
                    }
                    1 => {
                        damaged.remove(i);
                    }
                    2 => {
                        let key_indent = indent.replace('-', " ");
                        let key_indent = if line.trim_start().starts_with("- ") {
                            format!("{key_indent}  ")
                        } else {
                            key_indent
                        };
                        damaged.insert(i + 1, format!("{key_indent}bogus_key: 1"));
                    }
                    _ => {
                        if line.trim_start().starts_with("- ") {
                            damaged[i] = format!("{indent}- {}", VALUES[next(VALUES.len())]);
                        }
                    }
                }
            }
            out.push(damaged.join("\n") + "\n");
        }
    }
    out
}
