//! The HTML documents (`plan.html`, `review.html`) of the example plans: self-contained,
//! in the plan's language, structurally sound and escaped (always run), and rendered by a
//! real headless Chromium to PNG at desktop and phone widths and to an A4 PDF (run when a
//! browser is found; required when `CAMPSPEC_REQUIRE_BROWSER=1`), where at a 390-px
//! phone width nothing may be wider than the screen or its box. Screenshots are kept
//! under `target/screenshots/` for people to look at.

use campspec::model::Campaign;
use campspec::render::locale::Lang;
use campspec::render::{OutputKind, Templates, outputs};
use campspec::{Settings, check_file, check_text};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One rendered HTML document of one plan.
struct Page {
    /// The plan's id, e.g. `cny-2027`.
    id: String,
    /// `plan.html` or `review.html`.
    file: &'static str,
    html: String,
    /// The `lang` the page must declare.
    lang: &'static str,
}

fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("specs")
}

/// Every plan in `specs/`, in name order.
fn plans() -> Vec<PathBuf> {
    let mut plans: Vec<PathBuf> = std::fs::read_dir(specs_dir())
        .expect("read specs/")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".campaign.yaml"))
        .collect();
    plans.sort();
    assert!(
        plans.len() >= 3,
        "the example plans are in specs/: {plans:?}"
    );
    plans
}

/// The language each example plan is written in, as the plan says (`locale:`); plans
/// added later fall back to campspec's own reading of the plan.
fn expected_lang(path: &Path, campaign: &Campaign) -> &'static str {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    match name {
        "cny-2027.campaign.yaml" | "double11-2027.campaign.yaml" => "zh-CN",
        "spring-refresh-2026.campaign.yaml" => "en",
        _ => Lang::of(campaign).tag(),
    }
}

/// Renders every output of a checked plan; returns the HTML documents.
fn html_pages(path: &Path) -> (Campaign, Vec<Page>) {
    let checked = check_file(path, &Settings::default());
    assert_eq!(
        checked.count(campspec::Severity::Error),
        0,
        "{} should build: {:?}",
        path.display(),
        checked.findings
    );
    let templates = Templates::embedded().expect("the templates compile");
    let out = outputs(&checked, &templates, &OutputKind::ALL).expect("the plan renders");
    let campaign = checked.campaign.expect("the plan is modelled");
    let lang = expected_lang(path, &campaign);
    let id = campaign
        .id
        .as_ref()
        .map(|i| i.as_str().to_owned())
        .expect("an id");
    let pages = out
        .into_iter()
        .filter(|o| o.file.ends_with(".html"))
        .map(|o| Page {
            id: id.clone(),
            file: o.file,
            html: String::from_utf8(o.bytes).expect("HTML is UTF-8"),
            lang,
        })
        .collect();
    (campaign, pages)
}

/// Every page of every example plan.
fn all_pages() -> Vec<(Campaign, Vec<Page>)> {
    plans().iter().map(|p| html_pages(p)).collect()
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The opening tags of `element` (`<svg …>`), as written.
fn opening_tags<'a>(html: &'a str, element: &str) -> Vec<&'a str> {
    let open = format!("<{element}");
    html.match_indices(&open)
        .filter(|(at, _)| {
            html[at + open.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c.is_whitespace())
        })
        .map(|(at, _)| &html[at..at + html[at..].find('>').map_or(0, |end| end + 1)])
        .collect()
}

#[test]
fn every_plan_has_a_plan_page_and_the_plan_with_results_a_review() {
    for (campaign, pages) in all_pages() {
        let files: Vec<&str> = pages.iter().map(|p| p.file).collect();
        if campaign.results.is_some() {
            assert_eq!(files, ["plan.html", "review.html"]);
        } else {
            assert_eq!(files, ["plan.html"]);
        }
    }
    let spring = html_pages(&specs_dir().join("spring-refresh-2026.campaign.yaml")).1;
    assert!(
        spring.iter().any(|p| p.file == "review.html"),
        "the English plan has results"
    );
}

#[test]
fn pages_are_html_documents_in_the_plan_language() {
    for (_, pages) in all_pages() {
        for page in &pages {
            let html = &page.html;
            let what = format!("{}/{}", page.id, page.file);
            assert!(
                html.starts_with("<!doctype html>\n"),
                "{what}: starts with the doctype"
            );
            assert!(
                html.contains(&format!("<html lang=\"{}\">", page.lang)),
                "{what}: lang {}",
                page.lang
            );
            assert!(html.contains("<meta charset=\"utf-8\">"), "{what}: charset");
            assert!(
                html.contains(
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                ),
                "{what}: viewport"
            );
            let head = &html[..html.find("</head>").expect("a head")];
            assert_eq!(count(head, "<title>"), 1, "{what}: one page title");
            assert_eq!(count(html, "<style>"), 1, "{what}: one inline stylesheet");
            let page_rule = &html[html.find("@page {").expect("an @page rule")..];
            let page_rule = &page_rule[..page_rule.find('}').expect("the rule ends")];
            assert!(
                page_rule.contains("size: A4;") && page_rule.contains("margin: 15mm;"),
                "{what}: A4 print setup: {page_rule}"
            );
            assert!(html.contains("@media print"), "{what}: a print stylesheet");
            assert!(
                html.contains("\"Noto Sans CJK SC\""),
                "{what}: the CJK font stack"
            );
            assert_eq!(count(html, "<h1>"), 1, "{what}: one h1");
            assert!(
                html.trim_end().ends_with("</html>"),
                "{what}: ends with </html>"
            );
        }
    }
}

#[test]
fn pages_are_self_contained() {
    for (_, pages) in all_pages() {
        for page in &pages {
            let lower = page.html.to_lowercase();
            let what = format!("{}/{}", page.id, page.file);
            for banned in [
                "<script",
                "javascript:",
                "http://",
                "https://",
                "<link",
                "<img",
                "<iframe",
                "<object",
                "<embed",
                "@import",
                " src=",
                "onload=",
                "onclick=",
                "onerror=",
            ] {
                assert!(!lower.contains(banned), "{what} contains {banned:?}");
            }
            // Any CSS url() is a data: URI (the shipped stylesheet has none).
            for (at, _) in lower.match_indices("url(") {
                let rest = lower[at + 4..].trim_start_matches(['"', '\'']);
                assert!(
                    rest.starts_with("data:"),
                    "{what}: url() to {}",
                    &rest[..rest.len().min(40)]
                );
            }
        }
    }
}

#[test]
fn tables_have_real_headers() {
    for (_, pages) in all_pages() {
        for page in &pages {
            let what = format!("{}/{}", page.id, page.file);
            let html = &page.html;
            let tables: Vec<&str> = html.split("<table").skip(1).collect();
            assert!(!tables.is_empty(), "{what}: has tables");
            for table in tables {
                let table = &table[..table.find("</table>").expect("a closed table")];
                assert!(table.contains("<th"), "{what}: a table without <th>");
                assert!(table.contains("<thead>"), "{what}: a table without <thead>");
                assert!(
                    table.contains("<th scope=\"col\""),
                    "{what}: a table without column headers"
                );
                for th in opening_tags(table, "th") {
                    assert!(
                        th.contains("scope=\"col\"") || th.contains("scope=\"row\""),
                        "{what}: {th} has no scope"
                    );
                }
            }
            // Every table scrolls on its own on a small screen.
            assert_eq!(
                count(html, "<div class=\"table-wrap"),
                count(html, "<table"),
                "{what}: every table is in a scroll container"
            );
        }
    }
}

#[test]
fn sign_off_risk_matrix_offers_and_links_are_shown() {
    for (campaign, pages) in all_pages() {
        let l = Lang::of(&campaign).labels();
        let plan = &pages
            .iter()
            .find(|p| p.file == "plan.html")
            .expect("plan.html")
            .html;
        let what = format!("{}/plan.html", pages[0].id);
        // The bundled plans are versioned, signed off and rate their risks.
        let version = campaign.version.as_deref().expect("a version");
        assert!(plan.contains(&format!("{} {version}", l.version)), "{what}");
        assert!(
            plan.contains(&format!("<caption>{}</caption>", l.approvals)),
            "{what}"
        );
        let approvals = campaign.approvals.as_ref().expect("approvals");
        assert_eq!(
            count(plan, "<span class=\"pill approved\">")
                + count(plan, "<span class=\"pill pending\">")
                + count(plan, "<span class=\"pill rejected\">"),
            approvals.len(),
            "{what}"
        );
        assert!(plan.contains("<table class=\"risk-matrix\">"), "{what}");
        assert_eq!(
            count(plan, "<td class=\"cell "),
            9,
            "{what}: a 3 × 3 matrix"
        );
        // Offers are on the timeline, in both layouts.
        assert!(plan.contains("class=\"bar offer coupon\""), "{what}");
        // Chart labels wrap, never cut.
        assert!(!plan.contains("…</tspan>"), "{what}");
        // The plan and the review link to each other.
        let review = pages.iter().find(|p| p.file == "review.html");
        assert_eq!(
            plan.contains("<a href=\"review.html\">"),
            review.is_some(),
            "{what}"
        );
        if let Some(review) = review {
            assert!(review.html.contains("<a href=\"plan.html\">"), "{what}");
        }
    }
    // The CNY plan's timeline runs from December 2026 into 2027: the axis says so.
    let (_, pages) = html_pages(&specs_dir().join("cny-2027.campaign.yaml"));
    let plan = &pages[0].html;
    assert!(
        plan.contains(">2026年12月10日</text>"),
        "the first tick has its year"
    );
    assert!(
        plan.contains(">2027年1月7日</text>"),
        "the first tick of 2027 has its year"
    );
}

#[test]
fn charts_are_drawn_when_the_plan_has_phases_and_a_budget() {
    for (campaign, pages) in all_pages() {
        let l = Lang::of(&campaign).labels();
        let plan = &pages
            .iter()
            .find(|p| p.file == "plan.html")
            .expect("plan.html")
            .html;
        let has_phases = campaign
            .phases
            .iter()
            .flat_map(|p| p.items())
            .next()
            .is_some();
        let has_budget = campaign
            .budget
            .as_ref()
            .and_then(|b| b.total.as_ref())
            .is_some();
        assert!(
            has_phases && has_budget,
            "the example plans have phases and a budget"
        );
        // Each chart twice: the wide layout and the phone layout.
        let timeline = format!("<svg role=\"img\" aria-label=\"{}\"", l.timeline_chart);
        assert_eq!(
            count(plan, &timeline),
            2,
            "{}: the timeline",
            campaign.name.as_deref().unwrap_or_default()
        );
        let budget = format!("<svg role=\"img\" aria-label=\"{}\"", l.budget_chart);
        assert_eq!(count(plan, &budget), 2, "the budget chart");
        assert!(
            count(plan, "<polygon class=\"milestone\"") >= 2,
            "material deadlines on the timeline"
        );
        assert!(
            plan.contains("class=\"bar paid\"") && plan.contains("class=\"bar saved\""),
            "the worst case"
        );
        for page in &pages {
            for svg in opening_tags(&page.html, "svg") {
                assert!(svg.contains("role=\"img\""), "{}: {svg}", page.file);
                assert!(svg.contains("aria-label=\""), "{}: {svg}", page.file);
                assert!(svg.contains("viewBox=\"0 0 "), "{}: {svg}", page.file);
            }
            for (at, _) in page.html.match_indices("<svg ") {
                let after = &page.html[at..];
                let next = after[after.find('>').expect("tag ends") + 1..].trim_start();
                assert!(
                    next.starts_with("<title>"),
                    "{}: an svg's first child is its <title>",
                    page.file
                );
            }
            // Colours come from CSS classes, not attributes.
            assert!(
                !page.html.contains(" fill=\""),
                "{}: fill attribute",
                page.file
            );
        }
        if let Some(review) = pages.iter().find(|p| p.file == "review.html") {
            let chart = format!("<svg role=\"img\" aria-label=\"{}\"", l.attainment);
            // Drawn twice: for wide screens and, labels above bars, for phones.
            assert_eq!(count(&review.html, &chart), 2, "the attainment chart");
            assert!(review.html.contains("class=\"narrow-chart\""));
            assert!(
                review.html.contains("class=\"bar met\"")
                    && review.html.contains("class=\"bar missed\"")
            );
        }
    }
}

#[test]
fn elements_are_closed() {
    for (_, pages) in all_pages() {
        for page in &pages {
            let what = format!("{}/{}", page.id, page.file);
            let html = &page.html;
            for element in [
                "section",
                "table",
                "thead",
                "tbody",
                "tr",
                "svg",
                "g",
                "figure",
                "figcaption",
                "div",
                "ul",
                "ol",
                "li",
                "dl",
                "nav",
                "header",
                "main",
                "footer",
                "article",
                "h1",
                "h2",
                "h3",
                "p",
                "style",
                "title",
                "text",
            ] {
                let opened = opening_tags(html, element).len();
                let closed = count(html, &format!("</{element}>"));
                assert_eq!(
                    opened, closed,
                    "{what}: <{element}> opened {opened} times, closed {closed}"
                );
            }
            assert_eq!(
                count(html, "<section id="),
                count(html, "<h2>"),
                "{what}: one h2 per section"
            );
            // Every in-page link has its target.
            for (at, _) in html.match_indices("href=\"#") {
                let id = &html[at + 7..];
                let id = &id[..id.find('"').expect("the href ends")];
                assert_eq!(count(html, &format!("id=\"{id}\"")), 1, "{what}: #{id}");
            }
        }
    }
}

#[test]
fn numeric_columns_are_right_aligned() {
    for (_, pages) in all_pages() {
        for page in &pages {
            assert!(
                page.html.contains("<th scope=\"col\" class=\"num\">"),
                "{}",
                page.file
            );
            assert!(page.html.contains("<td class=\"num\""), "{}", page.file);
            assert!(
                page.html.contains(".num {\n  text-align: right"),
                "{}",
                page.file
            );
        }
    }
}

#[test]
fn rendering_is_deterministic() {
    for path in plans() {
        let a: Vec<String> = html_pages(&path).1.into_iter().map(|p| p.html).collect();
        let b: Vec<String> = html_pages(&path).1.into_iter().map(|p| p.html).collect();
        assert_eq!(a, b, "{}", path.display());
    }
}

#[test]
fn every_user_string_is_escaped() {
    let path = specs_dir().join("spring-refresh-2026.campaign.yaml");
    let text = std::fs::read_to_string(&path).expect("read the spec");
    let hostile = "<script>alert(1)</script> & \"quoted\" <b>bold</b>";
    let text = text
        .replace(
            "name: Spring Refresh Sale 2026",
            &format!("name: '{hostile}'"),
        )
        .replace("    name: Early access", &format!("    name: '{hostile}'"))
        .replace("    name: Marketing", &format!("    name: '{hostile}'"));
    let checked = check_text(&path.display().to_string(), text, &Settings::default());
    let templates = Templates::embedded().expect("the templates compile");
    let out = outputs(
        &checked,
        &templates,
        &[OutputKind::Html, OutputKind::Review],
    )
    .expect("renders");
    assert_eq!(
        out.iter().filter(|o| o.file.ends_with(".html")).count(),
        2,
        "{:?}",
        checked.findings
    );
    for o in out.iter().filter(|o| o.file.ends_with(".html")) {
        let html = std::str::from_utf8(&o.bytes).expect("UTF-8");
        assert!(!html.contains("<script"), "{}: a raw <script>", o.file);
        assert!(!html.contains("<b>"), "{}: raw markup", o.file);
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; &quot;quoted&quot;"),
            "{}",
            o.file
        );
    }
}

// ---------------------------------------------------------------------------------------
// The browser.

/// Chromium: `$CAMPSPEC_CHROMIUM`, else `chromium` or `chromium-browser` on `PATH`.
fn find_browser() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CAMPSPEC_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// Where screenshots are kept: `target/screenshots/`.
fn screenshots_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.parent().unwrap_or(tmp).join("screenshots");
    std::fs::create_dir_all(&dir).expect("create target/screenshots");
    dir
}

/// Runs Chromium headless on `html` with `extra` flags, in a fresh profile; panics with
/// its output if it fails or takes longer than two minutes.
fn chromium(browser: &Path, html: &Path, extra: &[String]) -> String {
    let profile = tempfile::tempdir().expect("a temporary profile directory");
    let mut args: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--virtual-time-budget=2000",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    args.push(format!("--user-data-dir={}", profile.path().display()));
    args.extend(extra.iter().cloned());
    args.push(format!("file://{}", html.display()));
    let mut child = Command::new(browser)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", browser.display()));
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().expect("wait for the browser").is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{} did not finish in 120 s: {args:?}", browser.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().expect("the browser's output");
    assert!(
        output.status.success(),
        "{} {args:?} failed ({}):\n{}\n{}",
        browser.display(),
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A page holding `page` in a frame exactly `width` px wide. Headless Chromium does not
/// lay a window out narrower than 500 px, so a phone is a frame: the page inside sees a
/// 390-px viewport and its media queries apply. With `probe`, a script measures the
/// page once loaded and replaces the wrapper's body with the report
/// `OVERFLOW[vw:<width> <place>:<scroll width>><client width> …]`: every box (the page,
/// table and chart scrollers, figures, fact lists) wider than the room it has.
fn phone_wrapper(page: &str, width: u32, probe: bool) -> String {
    let script = if probe {
        r#"<script>
window.addEventListener('load', function () {
  var d = document.getElementById('f').contentDocument, root = d.documentElement;
  var bad = ['vw:' + root.clientWidth];
  if (root.scrollWidth > root.clientWidth) bad.push('page:' + root.scrollWidth + '>' + root.clientWidth);
  d.querySelectorAll('.table-wrap, .chart-scroll, .narrow-chart, figure, dl, pre, table').forEach(function (e) {
    if (e.getClientRects().length === 0) return;
    var room = e.tagName === 'TABLE' ? e.parentElement.clientWidth : e.clientWidth;
    var wide = e.tagName === 'TABLE' ? e.getBoundingClientRect().width : e.scrollWidth;
    if (wide > room + 1) {
      var s = e.closest('section');
      bad.push((s ? s.id : 'header') + '/' + e.tagName.toLowerCase() + '.' + e.className.replace(/ /g, '.') + ':' + Math.round(wide) + '>' + room);
    }
  });
  document.body.textContent = 'OVERFLOW[' + bad.join(' ') + ']';
});
</script>"#
    } else {
        ""
    };
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><style>html,body{{margin:0;padding:0;background:#fff}}\
         iframe{{display:block;width:{width}px;height:{}px;border:0}}</style></head>\
         <body><iframe id=\"f\" src=\"{page}\"></iframe>{script}</body></html>",
        PHONE.1
    )
}

/// A decoded screenshot: its size and how many pixels of its content area (the top
/// `rows` rows of the page's centred text column, at most `column` px wide) are not
/// (nearly) white.
struct Shot {
    width: u32,
    height: u32,
    inked: usize,
    examined: usize,
}

fn inspect_png(path: &Path, rows: u32, column: u32) -> Shot {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a buffer size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    let channels = info.color_type.samples();
    let (width, height) = (info.width, info.height);
    let rows = rows.min(height) as usize;
    let column = column.min(width);
    let left = ((width - column) / 2) as usize;
    let right = left + column as usize;
    let mut inked = 0;
    for row in buf.chunks(info.line_size).take(rows) {
        for px in row[left * channels..right * channels].chunks(channels) {
            // Grey or colour; alpha (if any) ignored: the page background is opaque.
            let colour = if channels >= 3 { &px[..3] } else { &px[..1] };
            if colour.iter().any(|&v| v < 235) {
                inked += 1;
            }
        }
    }
    Shot {
        width,
        height,
        inked,
        examined: rows * (right - left),
    }
}

/// The viewport heights: tall enough for a whole plan.
const DESKTOP: (u32, u32) = (1280, 8000);
const PHONE: (u32, u32) = (390, 12000);

#[test]
fn chromium_renders_the_pages() {
    let Some(browser) = find_browser() else {
        if std::env::var("CAMPSPEC_REQUIRE_BROWSER").as_deref() == Ok("1") {
            panic!(
                "CAMPSPEC_REQUIRE_BROWSER=1 but no browser: set CAMPSPEC_CHROMIUM or put chromium on PATH"
            );
        }
        eprintln!(
            "chromium_renders_the_pages: skipped, no browser found (set CAMPSPEC_CHROMIUM or install chromium; \
             CAMPSPEC_REQUIRE_BROWSER=1 makes this a failure)"
        );
        return;
    };
    let dir = screenshots_dir();
    let mut jobs = Vec::new();
    for (_, pages) in all_pages() {
        for page in pages {
            let stem = format!("{}-{}", page.id, page.file.trim_end_matches(".html"));
            let html = dir.join(format!("{stem}.html"));
            std::fs::write(&html, &page.html).expect("write the page");
            jobs.push((stem, html));
        }
    }
    let names: Vec<&str> = jobs.iter().map(|j| j.0.as_str()).collect();
    for expected in [
        "cny-2027-plan",
        "double11-2027-plan",
        "spring-refresh-2026-plan",
        "spring-refresh-2026-review",
    ] {
        assert!(names.contains(&expected), "{expected} among {names:?}");
    }
    std::thread::scope(|scope| {
        let browser = &browser;
        let dir = &dir;
        let handles: Vec<_> = jobs
            .iter()
            .map(|(stem, html)| {
                scope.spawn(move || {
                    let page = format!("{stem}.html");
                    let phone = dir.join(format!("{stem}-phone.html"));
                    std::fs::write(&phone, phone_wrapper(&page, PHONE.0, false))
                        .expect("write the phone frame");
                    for (name, (w, h)) in [("desktop", DESKTOP), ("phone", PHONE)] {
                        let png_path = dir.join(format!("{stem}-{name}.png"));
                        let _ = std::fs::remove_file(&png_path);
                        chromium(
                            browser,
                            if name == "phone" { &phone } else { html },
                            &[
                                format!("--window-size={w},{h}"),
                                format!("--screenshot={}", png_path.display()),
                            ],
                        );
                        // The page's text column is 52rem (832 px) wide at most.
                        let shot = inspect_png(&png_path, 1200, 832);
                        assert_eq!((shot.width, shot.height), (w, h), "{}", png_path.display());
                        // The top of a page is its header, contents and first section:
                        // text, rules and shaded boxes, never a blank screen.
                        let share = shot.inked as f64 / shot.examined as f64;
                        eprintln!(
                            "{}: {:.1}% of the content area inked",
                            png_path.display(),
                            share * 100.0
                        );
                        assert!(
                            share > 0.03,
                            "{} looks blank ({:.2}% inked)",
                            png_path.display(),
                            share * 100.0
                        );
                    }
                    // On a 390-px phone nothing is wider than the screen or its box: the
                    // tables become one card per row, the charts their narrow layout.
                    let probe = dir.join(format!("{stem}-phone-probe.html"));
                    std::fs::write(&probe, phone_wrapper(&page, PHONE.0, true))
                        .expect("write the phone probe");
                    let dom = chromium(
                        browser,
                        &probe,
                        &[
                            "--allow-file-access-from-files".to_owned(),
                            format!("--window-size={},{}", PHONE.0, PHONE.1),
                            "--dump-dom".to_owned(),
                        ],
                    );
                    let report = dom
                        .split_once("OVERFLOW[")
                        .and_then(|(_, rest)| rest.split_once(']'))
                        .map(|(report, _)| report.to_owned())
                        .unwrap_or_else(|| panic!("{stem}: no overflow report in {dom}"));
                    let mut parts = report.split_whitespace();
                    assert_eq!(
                        parts.next(),
                        Some(format!("vw:{}", PHONE.0).as_str()),
                        "{stem}: the phone frame is not {} px wide: {report}",
                        PHONE.0
                    );
                    let overflowing: Vec<&str> = parts.collect();
                    assert!(
                        overflowing.is_empty(),
                        "{stem} at {} px: wider than the screen or its box: {overflowing:?}",
                        PHONE.0
                    );
                    let pdf = dir.join(format!("{stem}.pdf"));
                    let _ = std::fs::remove_file(&pdf);
                    chromium(
                        browser,
                        html,
                        &[
                            "--no-pdf-header-footer".to_owned(),
                            format!("--print-to-pdf={}", pdf.display()),
                        ],
                    );
                    let bytes =
                        std::fs::read(&pdf).unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
                    assert!(
                        bytes.starts_with(b"%PDF-"),
                        "{} is not a PDF",
                        pdf.display()
                    );
                    assert!(
                        bytes.len() > 10_000,
                        "{} is nearly empty ({} bytes)",
                        pdf.display(),
                        bytes.len()
                    );
                })
            })
            .collect();
        for handle in handles {
            if let Err(panic) = handle.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
}
