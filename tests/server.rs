//! `campspec server`: the Language Server Protocol over pipes — initialize, diagnostics
//! on open and change (UTF-16 columns), hover on a finding, shutdown and exit.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// How long any answer may take before the test fails (it never hangs).
const WAIT: Duration = Duration::from_secs(20);

/// A client speaking JSON-RPC to a running `campspec server`.
struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start(dir: &std::path::Path, args: &[&str]) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_campspec"))
            .arg("server")
            .args(args)
            .current_dir(dir)
            // The rules' pages are written under the cache directory: the test's own.
            .env("XDG_CACHE_HOME", dir.join(".cache"))
            .env_remove("CAMPSPEC_LANG")
            .env_remove("CAMPSPEC_RULES_URL")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("server starts");
        let stdout = child.stdout.take().expect("stdout");
        let stdin = child.stdin.take();
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if tx.send(message).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            incoming,
            next_id: 0,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        let stdin = self.stdin.as_mut().expect("stdin open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        stdin.flush().expect("flush");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns its response's result.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let response = self.wait_for(|m| m["id"] == json!(id) && m.get("method").is_none());
        assert!(response.get("error").is_none(), "{response}");
        response["result"].clone()
    }

    /// The next message that `wanted` accepts (others are skipped).
    fn wait_for(&self, wanted: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self
                .incoming
                .recv_timeout(WAIT)
                .expect("the server answers in time");
            if wanted(&message) {
                return message;
            }
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&self, uri: &str) -> Vec<Value> {
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        message["params"]["diagnostics"]
            .as_array()
            .expect("a list")
            .clone()
    }

    fn initialize(&mut self, dir: &std::path::Path) -> Value {
        let result = self.request(
            "initialize",
            json!({ "processId": null, "rootUri": file_uri(dir), "capabilities": {} }),
        );
        self.notify("initialized", json!({}));
        result
    }

    /// Shutdown and exit: the server's exit code.
    fn finish(mut self) -> i32 {
        let result = self.request("shutdown", Value::Null);
        assert_eq!(result, Value::Null);
        self.exit()
    }

    /// Exit (without asking for shutdown first when called alone): the exit code.
    fn exit(mut self) -> i32 {
        self.notify("exit", Value::Null);
        drop(self.stdin.take());
        for _ in 0..200 {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().expect("an exit code");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("the server did not exit after `exit`");
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One message of the base protocol (`Content-Length` header, blank line, JSON body).
fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length:") {
            length = n.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn file_uri(path: &std::path::Path) -> String {
    format!("file://{}", path.display())
}

/// The `init` plan (Chinese, clean) with its second goal written on one line — CJK and
/// an emoji before the owner — and that owner misspelt: `markting`.
fn planted(dir: &std::path::Path) -> (String, String) {
    let status = Command::new(env!("CARGO_BIN_EXE_campspec"))
        .arg("init")
        .current_dir(dir)
        .env_remove("CAMPSPEC_LANG")
        .output()
        .expect("init runs");
    assert!(status.status.success());
    let clean = std::fs::read_to_string(dir.join("plan.campaign.yaml")).expect("plan");
    let block = "  - id: new-users\n    metric: new_users\n    name: 新客首单人数\n    target: 2万\n    owner: marketing\n";
    assert!(
        clean.contains(block),
        "the init template changed: update this test"
    );
    let line = "  - { name: 新客首单人数🧧, id: new-users, metric: new_users, target: 2万, owner: markting }\n";
    let bad = clean.replace(block, line);
    let good = bad.replace("owner: markting", "owner: marketing");
    (bad, good)
}

/// A server with the planted `init` plan open (`bad`: with its misspelt owner, else the
/// good plan), a `campspec.toml` beside it, and the first diagnostics received.
struct Session {
    _dir: tempfile::TempDir,
    client: Client,
    uri: String,
    bad: String,
    good: String,
    init: Value,
    diagnostics: Vec<Value>,
}

impl Session {
    fn open(bad: bool) -> Session {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("campspec.toml"), "").expect("toml");
        let (bad_text, good) = planted(dir.path());
        let uri = file_uri(&dir.path().join("plan.campaign.yaml"));
        let mut client = Client::start(dir.path(), &[]);
        let init = client.initialize(dir.path());
        let text = if bad { &bad_text } else { &good };
        client.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": text } }),
        );
        let diagnostics = client.diagnostics(&uri);
        Session {
            _dir: dir,
            client,
            uri,
            bad: bad_text,
            good,
            init,
            diagnostics,
        }
    }
}

/// The line (from 0) of the planted mistake.
fn planted_line(text: &str) -> u64 {
    let index = text
        .lines()
        .position(|l| l.contains("markting"))
        .expect("planted");
    u64::try_from(index).expect("small")
}

#[test]
fn diagnostics_hover_and_shutdown_over_pipes() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("campspec.toml"), "").expect("toml");
    let (bad, good) = planted(dir.path());
    let path = dir.path().join("plan.campaign.yaml");
    let uri = file_uri(&path);
    let mut client = Client::start(dir.path(), &["--rules-url", "https://example.org/rules.md"]);

    let init = client.initialize(dir.path());
    assert_eq!(init["capabilities"]["textDocumentSync"], 1, "{init}");
    assert_eq!(init["capabilities"]["hoverProvider"], true, "{init}");
    assert_eq!(init["serverInfo"]["name"], "campspec");

    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": bad } }),
    );
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let d = &diagnostics[0];
    let line = planted_line(&bad);
    // `  - { name: 新客首单人数🧧, id: new-users, metric: new_users, target: 2万, owner: `
    // is 74 characters but 75 UTF-16 units (🧧 is two).
    assert_eq!(
        d["range"],
        json!({ "start": { "line": line, "character": 75 }, "end": { "line": line, "character": 83 } }),
        "{d:#}"
    );
    assert_eq!(d["severity"], 1);
    assert_eq!(d["code"], "R001");
    assert_eq!(d["source"], "campspec");
    assert_eq!(d["data"]["rule"], "unknown-team", "{d:#}");
    assert_eq!(
        d["codeDescription"]["href"],
        "https://example.org/rules.md#r001-unknown-team"
    );
    let message = d["message"].as_str().expect("message");
    // In the plan's language (zh-CN).
    assert!(
        message.contains("`markting`") && message.contains("团队"),
        "{message}"
    );

    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": 78 } }),
    );
    let value = hover["contents"]["value"].as_str().expect("markdown");
    assert!(value.starts_with("**R001**"), "{value}");
    assert!(!value.is_ascii(), "the summary in Chinese: {value}");
    assert_eq!(hover["range"], d["range"]);
    let nothing = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 0 } }),
    );
    assert_eq!(nothing, Value::Null);

    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": good }] }),
    );
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());

    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "text": bad }] }),
    );
    assert_eq!(client.diagnostics(&uri).len(), 1);
    client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());

    assert_eq!(client.finish(), 0);
}

#[test]
fn settings_come_from_the_campspec_toml_above_the_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plans = dir.path().join("plans");
    std::fs::create_dir(&plans).expect("mkdir");
    std::fs::write(dir.path().join("campspec.toml"), "lang = \"en\"\n").expect("toml");
    let (bad, _) = planted(&plans);
    let uri = file_uri(&plans.join("plan.campaign.yaml"));
    // The server runs elsewhere: the settings are found from the plan's path.
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let mut client = Client::start(elsewhere.path(), &[]);
    client.initialize(elsewhere.path());
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": bad } }),
    );
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let message = diagnostics[0]["message"].as_str().expect("message");
    assert!(
        message.is_ascii(),
        "in English, as campspec.toml asks: {message}"
    );
    // Without --rules-url the diagnostic links to its rule's page, written locally in
    // the language of the finding.
    let href = diagnostics[0]["codeDescription"]["href"]
        .as_str()
        .expect("a link");
    let page = href.strip_prefix("file://").expect("a file link");
    assert!(
        page.starts_with(&elsewhere.path().join(".cache").display().to_string()),
        "{page}"
    );
    assert!(page.ends_with("/en/R001.md"), "{page}");
    let text = std::fs::read_to_string(page).expect("the page is written");
    assert!(text.starts_with("# R001 unknown-team\n"), "{text}");
    assert_eq!(client.finish(), 0);
}

/// An `exit` without `shutdown` ends the server with code 1, as the protocol asks.
#[test]
fn exit_without_shutdown_ends_with_code_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut client = Client::start(dir.path(), &[]);
    client.initialize(dir.path());
    assert_eq!(client.exit(), 1);
}

/// The outline lists the plan's sections and, under each, its items by name with the
/// id beside it; selecting an item selects its id.
#[test]
fn the_outline_lists_sections_and_items() {
    let Session {
        mut client,
        uri,
        bad,
        init,
        ..
    } = Session::open(true);
    assert_eq!(
        init["capabilities"]["documentSymbolProvider"], true,
        "{init}"
    );
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let sections: Vec<&str> = symbols
        .as_array()
        .expect("nested symbols")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    for section in ["goals", "phases", "coupons", "copy"] {
        assert!(
            sections.contains(&section),
            "{section} missing: {sections:?}"
        );
    }
    let goals = symbols
        .as_array()
        .and_then(|all| all.iter().find(|s| s["name"] == "goals"))
        .expect("goals");
    let planted = goals["children"]
        .as_array()
        .and_then(|c| c.iter().find(|g| g["detail"] == "new-users"))
        .expect("the planted goal");
    assert_eq!(planted["name"], "新客首单人数🧧", "{planted:#}");
    let line = planted_line(&bad);
    assert_eq!(
        planted["selectionRange"]["start"]["line"], line,
        "{planted:#}"
    );
    // `  - { name: 新客首单人数🧧, id: ` is 26 UTF-16 units before the id.
    assert_eq!(
        planted["selectionRange"]["start"]["character"], 26,
        "{planted:#}"
    );
    assert_eq!(client.finish(), 0);
}

/// Go to definition from an owner jumps to the team's `id:`; find references lists the
/// team's definition and every owner naming it.
#[test]
fn definition_and_references_follow_ids() {
    let Session {
        mut client,
        uri,
        good,
        init,
        ..
    } = Session::open(false);
    assert_eq!(init["capabilities"]["definitionProvider"], true, "{init}");
    // The planted goal's owner, `marketing`, on its one line.
    let line = good
        .lines()
        .position(|l| l.contains("新客首单人数🧧"))
        .expect("the goal");
    let text_line = good.lines().nth(line).expect("line");
    let byte = text_line.find("owner: marketing").expect("owner") + "owner: ".len();
    let character = text_line[..byte].encode_utf16().count();
    let position = json!({ "line": line, "character": character + 2 });
    // Hovering the owner says what it names, in the plan's language.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": position }),
    );
    let shown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(shown.starts_with("`marketing`：团队「"), "{hover:#}");
    let definition = client.request(
        "textDocument/definition",
        json!({ "textDocument": { "uri": uri }, "position": position }),
    );
    let def_line = definition["range"]["start"]["line"]
        .as_u64()
        .expect("a location") as usize;
    let target = good.lines().nth(def_line).expect("line");
    assert!(target.contains("id: marketing"), "{target}: {definition:#}");
    let references = client.request(
        "textDocument/references",
        json!({ "textDocument": { "uri": uri }, "position": position,
                "context": { "includeDeclaration": true } }),
    );
    let owners = good.matches("owner: marketing").count();
    let found = references.as_array().expect("locations");
    assert_eq!(found.len(), owners + 1, "{references:#}");
    assert_eq!(found[0]["range"], definition["range"]);
    let without = client.request(
        "textDocument/references",
        json!({ "textDocument": { "uri": uri }, "position": position,
                "context": { "includeDeclaration": false } }),
    );
    assert_eq!(without.as_array().map(Vec::len), Some(owners));
    assert_eq!(client.finish(), 0);
}

/// The misspelt owner's finding offers its fix as a quick fix; applying its edit gives
/// the plan as it should be. Hovering a value shows its exact reading.
#[test]
fn quick_fixes_and_value_hovers() {
    let Session {
        mut client,
        uri,
        bad,
        good,
        init,
        diagnostics,
        ..
    } = Session::open(true);
    assert_eq!(init["capabilities"]["codeActionProvider"], true, "{init}");
    let range = diagnostics[0]["range"].clone();
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": range,
                "context": { "diagnostics": diagnostics } }),
    );
    let action = &actions[0];
    assert_eq!(action["kind"], "quickfix", "{actions:#}");
    assert_eq!(action["isPreferred"], true, "{actions:#}");
    let change = &action["edit"]["documentChanges"][0];
    assert_eq!(change["textDocument"]["uri"], uri.as_str(), "{actions:#}");
    let edits = change["edits"].as_array().expect("edits");
    assert_eq!(edits.len(), 1, "{edits:#?}");
    assert_eq!(edits[0]["range"], range);
    assert_eq!(edits[0]["newText"], "marketing");
    // The edit applied by hand: the line's UTF-16 columns, as a client applies it.
    let line = planted_line(&bad) as usize;
    let fixed: Vec<String> = bad
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i != line {
                return l.to_owned();
            }
            let units: Vec<u16> = l.encode_utf16().collect();
            let from = range["start"]["character"].as_u64().expect("start") as usize;
            let to = range["end"]["character"].as_u64().expect("end") as usize;
            let mut out = String::from_utf16(&units[..from]).expect("utf16");
            out.push_str("marketing");
            out.push_str(&String::from_utf16(&units[to..]).expect("utf16"));
            out
        })
        .collect();
    assert_eq!(fixed.join("\n") + "\n", good);
    // `target: 2万` on the same line reads as 20,000.
    let text_line = bad.lines().nth(line).expect("line");
    let byte = text_line.find("2万").expect("2万");
    let character = text_line[..byte].encode_utf16().count();
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
    );
    let shown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(shown.contains("20,000"), "{hover:#}");
    assert_eq!(client.finish(), 0);
}

/// Renaming a team renames its `id:` and every owner naming it, and nothing else; a name
/// already used renames nothing.
#[test]
fn rename_changes_the_id_everywhere() {
    let Session {
        mut client,
        uri,
        good,
        ..
    } = Session::open(false);
    let line = good
        .lines()
        .position(|l| l.contains("id: marketing"))
        .expect("the team");
    let text_line = good.lines().nth(line).expect("line");
    let character = text_line[..text_line.find("marketing").expect("id")]
        .encode_utf16()
        .count();
    let position = json!({ "line": line, "character": character });
    let edit = client.request(
        "textDocument/rename",
        json!({ "textDocument": { "uri": uri }, "position": position, "newName": "mkt" }),
    );
    let edits = edit["documentChanges"][0]["edits"]
        .as_array()
        .expect("edits");
    let uses = good.matches("owner: marketing").count();
    assert_eq!(edits.len(), uses + 1, "{edit:#}");
    assert!(edits.iter().all(|e| e["newText"] == "mkt"));
    let taken = client.request(
        "textDocument/rename",
        json!({ "textDocument": { "uri": uri }, "position": position, "newName": "new-users" }),
    );
    assert_eq!(taken, Value::Null, "a name in use renames nothing");
    assert_eq!(client.finish(), 0);
}

/// Completing an owner offers the plan's team ids.
#[test]
fn completion_offers_the_ids_a_position_can_name() {
    let Session {
        mut client,
        uri,
        bad,
        init,
        ..
    } = Session::open(true);
    assert!(
        init["capabilities"]["completionProvider"].is_object(),
        "{init}"
    );
    let line = planted_line(&bad);
    let text_line = bad.lines().nth(line as usize).expect("line");
    let byte = text_line.find("owner: ").expect("owner") + "owner: ".len();
    let character = text_line[..byte].encode_utf16().count();
    let items = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
    );
    let labels: Vec<&str> = items
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert!(labels.contains(&"marketing"), "{items:#}");
    assert!(
        items
            .as_array()
            .expect("items")
            .iter()
            .all(|i| i["detail"] == "teams"),
        "{items:#}"
    );
    assert_eq!(client.finish(), 0);
}

/// The UTF-16 column just after `needle` on the first line of `text` that holds it,
/// with that line's number.
fn after(text: &str, needle: &str) -> (usize, usize) {
    let line = text
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not in the plan"));
    let text_line = text.lines().nth(line).expect("line");
    let byte = text_line.find(needle).expect("needle") + needle.len();
    (line, text_line[..byte].encode_utf16().count())
}

/// The labels of a completion at (`line`, `character`), and the items.
fn complete_at(client: &mut Client, uri: &str, line: usize, character: usize) -> Vec<Value> {
    let items = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
    );
    items.as_array().expect("a list of items").clone()
}

fn labels(items: &[Value]) -> Vec<&str> {
    items.iter().filter_map(|i| i["label"].as_str()).collect()
}

/// After `type: ` of a promotion, after `channel: ` of a copy and in the jurisdictions'
/// list, completion offers the values the schema allows, with their descriptions.
#[test]
fn completion_offers_the_values_an_enum_field_allows() {
    let Session {
        mut client,
        uri,
        good,
        ..
    } = Session::open(false);
    let (line, character) = after(&good, "type: ");
    let items = complete_at(&mut client, &uri, line, character);
    let types = labels(&items);
    for mechanic in [
        "spend_tiers",
        "discount",
        "flash_sale",
        "member_price",
        "lottery",
    ] {
        assert!(types.contains(&mechanic), "{mechanic} missing: {types:?}");
    }
    let item = items
        .iter()
        .find(|i| i["label"] == "spend_tiers")
        .expect("spend_tiers");
    assert_eq!(item["kind"], 20, "an enum member: {item:#}");
    // The value replaces what is written after the colon.
    assert_eq!(item["textEdit"]["range"]["start"]["character"], character);
    let (line, character) = after(&good, "channel: ");
    let items = complete_at(&mut client, &uri, line, character);
    let channels = labels(&items);
    assert!(
        channels.contains(&"sms") && channels.contains(&"app_home"),
        "{channels:?}"
    );
    let sms = items.iter().find(|i| i["label"] == "sms").expect("sms");
    assert!(sms["documentation"]["value"].is_string(), "{sms:#}");
    let (line, character) = after(&good, "jurisdictions: [");
    let items = complete_at(&mut client, &uri, line, character);
    // `CN` too: it is the item at the cursor, the one being written.
    assert_eq!(labels(&items), ["CN", "EU", "US", "UK"]);
    assert_eq!(client.finish(), 0);
}

/// At a key being typed — at the top level, in a promotion, on a new list item — the
/// completion offers the keys the schema allows there that are not written yet.
#[test]
fn completion_offers_the_keys_a_mapping_may_still_take() {
    let Session {
        mut client,
        uri,
        good,
        ..
    } = Session::open(false);
    // A partly typed key in the `tiers` promotion, under its `terms`.
    let terms = good
        .lines()
        .position(|l| l.trim_start().starts_with("terms: 活动期间"))
        .expect("the promotion's terms");
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(terms + 1, "    re");
    // A new coupon begun at the end of the coupons.
    let coupons_end = lines
        .iter()
        .position(|l| l.trim_start().starts_with("terms: 新用户首单"))
        .expect("the coupon's terms");
    lines.insert(coupons_end + 1, "  - ");
    lines.push("");
    let text = lines.join("\n");
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": text }] }),
    );
    let items = complete_at(&mut client, &uri, terms + 1, 6);
    let keys = labels(&items);
    for key in ["repeat", "redemption", "reference_price", "funded_by"] {
        assert!(keys.contains(&key), "{key} missing: {keys:?}");
    }
    for written in ["id", "type", "name", "tiers", "terms", "phases"] {
        assert!(!keys.contains(&written), "{written} is written: {keys:?}");
    }
    // Keys of other mechanics are not offered to a spend_tiers promotion.
    assert!(!keys.contains(&"slots"), "{keys:?}");
    let repeat = items
        .iter()
        .find(|i| i["label"] == "repeat")
        .expect("repeat");
    assert_eq!(repeat["kind"], 10, "a property: {repeat:#}");
    assert_eq!(repeat["textEdit"]["newText"], "repeat: ");
    assert_eq!(repeat["textEdit"]["range"]["start"]["character"], 4);
    assert!(
        repeat["documentation"]["value"]
            .as_str()
            .is_some_and(|d| d.contains("每满减")),
        "{repeat:#}"
    );
    // A new list item of `coupons`: a coupon's keys, the required ones marked.
    let items = complete_at(&mut client, &uri, coupons_end + 1, 4);
    let min_spend = items
        .iter()
        .find(|i| i["label"] == "min_spend")
        .expect("min_spend");
    assert_eq!(min_spend["detail"], "必填", "{min_spend:#}");
    // The top level, on the empty last line: the sections not written yet.
    let last = text.lines().count();
    let items = complete_at(&mut client, &uri, last, 0);
    let keys = labels(&items);
    assert_eq!(keys, ["add_ons", "audience", "results"]);
    assert_eq!(client.finish(), 0);
}

/// Hovering a promotion's id or type shows its mechanics in the plan's language and the
/// offers it stacks with in the worst case `check` reports.
#[test]
fn hover_on_an_offer_shows_its_mechanics_and_worst_case_partners() {
    let Session {
        mut client,
        uri,
        good,
        ..
    } = Session::open(false);
    let (line, character) = after(&good, "- id: tiers");
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character - 2 } }),
    );
    let shown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(shown.contains("**满额立减**"), "{hover:#}");
    assert!(shown.contains("满300元减30元"), "the mechanics: {shown}");
    assert!(
        shown.contains("最坏情况下与 `new-user` 叠加"),
        "the worst-case partner: {shown}"
    );
    let (line, character) = after(&good, "type: spend_t");
    let by_type = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
    );
    assert_eq!(by_type["contents"], hover["contents"]);
    // The depth is the one `check` reports for the plan.
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.campaign.yaml");
    std::fs::write(&plan, &good).expect("plan");
    let output = Command::new(env!("CARGO_BIN_EXE_campspec"))
        .args(["check", "--format", "json"])
        .arg(&plan)
        .env_remove("CAMPSPEC_LANG")
        .output()
        .expect("check runs");
    let report: Value = serde_json::from_slice(&output.stdout).expect("json");
    let exposure = report["files"][0]["exposure"].clone();
    let combination: Vec<&str> = exposure["combination"]
        .as_array()
        .expect("a combination")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(combination.contains(&"tiers") && combination.contains(&"new-user"));
    let depth = exposure["depth"].as_str().expect("depth");
    let percent = format!("{:.2}%", depth.parse::<f64>().expect("a number") * 100.0);
    assert!(shown.contains(&percent), "{percent} in {shown}");
    // A coupon, at its id.
    let (line, character) = after(&good, "- id: new-user");
    let coupon = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character - 1 } }),
    );
    let shown = coupon["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        shown.contains("（`new-user`，优惠券）：满199元减20元"),
        "{shown}"
    );
    assert!(shown.contains("`tiers`"), "{shown}");
    assert_eq!(client.finish(), 0);
}

/// A burst of changes is checked once the input is quiet: the diagnostics published are
/// those of the last version, and no earlier version's are published after it.
#[test]
fn a_burst_of_changes_is_checked_once_at_its_last_version() {
    let Session {
        mut client,
        uri,
        bad,
        good,
        ..
    } = Session::open(false);
    // Six changes in one write, as fast as a client can send them; the last (7) has the
    // planted mistake.
    let mut burst = String::new();
    for version in 2..=7 {
        let text = if version % 2 == 0 { &good } else { &bad };
        let body = json!({ "jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{ "text": text }] } })
        .to_string();
        burst.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    }
    let stdin = client.stdin.as_mut().expect("stdin open");
    stdin.write_all(burst.as_bytes()).expect("write");
    stdin.flush().expect("flush");
    let published = client.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri.as_str()
    });
    assert_eq!(published["params"]["version"], 7, "{published:#}");
    let diagnostics = published["params"]["diagnostics"]
        .as_array()
        .expect("a list");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["code"], "R001");
    // Nothing else was published: the next message is the answer to this request.
    client.next_id += 1;
    let id = client.next_id;
    client.send(
        json!({ "jsonrpc": "2.0", "id": id, "method": "textDocument/documentSymbol",
                        "params": { "textDocument": { "uri": uri } } }),
    );
    let next = client.wait_for(|_| true);
    assert_eq!(next["id"], id, "{next:#}");
    assert_eq!(client.finish(), 0);
}

/// A `campspec.toml` written while a plan is open applies when the client says it
/// changed: the rule turned off no longer reports. A broken one is told to the user and
/// the settings before it stay. A client that can watch files is asked to.
#[test]
fn a_changed_campspec_toml_applies_to_the_open_plans() {
    let Session {
        mut client,
        uri,
        diagnostics,
        _dir: dir,
        ..
    } = Session::open(true);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let toml = dir.path().join("campspec.toml");
    let changed = |client: &mut Client| {
        client.notify(
            "workspace/didChangeWatchedFiles",
            json!({ "changes": [{ "uri": file_uri(&toml), "type": 2 }] }),
        );
    };
    std::fs::write(&toml, "[rules]\nunknown-team = \"off\"\n").expect("toml");
    changed(&mut client);
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());
    std::fs::write(&toml, "[rules]\nunknown-team = \"of\"\n").expect("toml");
    changed(&mut client);
    let shown = client.wait_for(|m| m["method"] == "window/showMessage");
    let message = shown["params"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("campspec.toml"), "{shown:#}");
    assert_eq!(shown["params"]["type"], 1, "an error: {shown:#}");
    assert_eq!(
        client.diagnostics(&uri),
        Vec::<Value>::new(),
        "the rule stays off"
    );
    std::fs::write(&toml, "").expect("toml");
    changed(&mut client);
    assert_eq!(client.diagnostics(&uri).len(), 1);
    assert_eq!(client.finish(), 0);

    // A client that can register watchers dynamically is asked to watch campspec.toml.
    let mut client = Client::start(dir.path(), &[]);
    client.request(
        "initialize",
        json!({ "processId": null, "rootUri": file_uri(dir.path()), "capabilities": {
            "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } } }),
    );
    client.notify("initialized", json!({}));
    let register = client.wait_for(|m| m["method"] == "client/registerCapability");
    let registration = &register["params"]["registrations"][0];
    assert_eq!(registration["method"], "workspace/didChangeWatchedFiles");
    assert_eq!(
        registration["registerOptions"]["watchers"][0]["globPattern"],
        "**/campspec.toml"
    );
    assert_eq!(client.finish(), 0);
}

/// A `campspec.toml` open in the editor applies as it is edited, before it is saved; an
/// error in it is shown on it.
#[test]
fn a_campspec_toml_edited_in_the_editor_applies_as_typed() {
    let Session {
        mut client,
        uri,
        _dir: dir,
        ..
    } = Session::open(true);
    let toml = file_uri(&dir.path().join("campspec.toml"));
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": toml, "languageId": "toml", "version": 1, "text": "" } }),
    );
    assert_eq!(client.diagnostics(&toml), Vec::<Value>::new());
    assert_eq!(client.diagnostics(&uri).len(), 1);
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": toml, "version": 2 },
                "contentChanges": [{ "text": "[rules]\nR001 = \"off\"\n" }] }),
    );
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": toml, "version": 3 },
                "contentChanges": [{ "text": "[rules\n" }] }),
    );
    let errors = client.diagnostics(&toml);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        client.diagnostics(&uri),
        Vec::<Value>::new(),
        "R001 stays off"
    );
    assert_eq!(client.finish(), 0);
}

/// An editor attaches the server to every YAML file: one that is not a plan gets no
/// diagnostics, while an unsaved buffer whose top level declares `campspec:` is checked.
#[test]
fn only_plans_and_carts_are_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (bad, _) = planted(dir.path());
    let mut client = Client::start(dir.path(), &[]);
    client.initialize(dir.path());
    let compose = file_uri(&dir.path().join("docker-compose.yml"));
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": compose, "languageId": "yaml", "version": 1,
                                  "text": "services:\n  web: { image: nginx, ports: [\"80:80\"] }\n" } }),
    );
    // Nothing is published for it: the next message is the answer to this request.
    client.next_id += 1;
    let id = client.next_id;
    client.send(
        json!({ "jsonrpc": "2.0", "id": id, "method": "textDocument/documentSymbol",
                        "params": { "textDocument": { "uri": compose } } }),
    );
    let next = client.wait_for(|_| true);
    assert_eq!(next["id"], id, "{next:#}");
    assert!(
        next["result"].is_null() || next["result"] == json!([]),
        "{next:#}"
    );

    let unsaved = "untitled:Untitled-1";
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": unsaved, "languageId": "yaml", "version": 1, "text": bad } }),
    );
    let diagnostics = client.diagnostics(unsaved);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["code"], "R001");
    // Once its text no longer declares a plan, what was said about it is cleared.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": unsaved, "version": 2 },
                "contentChanges": [{ "text": "notes: not a plan any more\n" }] }),
    );
    assert_eq!(client.diagnostics(unsaved), Vec::<Value>::new());
    assert_eq!(client.finish(), 0);
}

/// `[per-file-ignores]` applies in the editor as in `check`.
#[test]
fn per_file_ignores_apply_in_the_editor() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("campspec.toml"),
        "[per-file-ignores]\n\"plan.campaign.yaml\" = [\"unknown-team\"]\n",
    )
    .expect("toml");
    let (bad, _) = planted(dir.path());
    let path = dir.path().join("plan.campaign.yaml");
    std::fs::write(&path, &bad).expect("plan");
    let check = Command::new(env!("CARGO_BIN_EXE_campspec"))
        .args(["check", "--format", "concise"])
        .arg(&path)
        .current_dir(dir.path())
        .output()
        .expect("check runs");
    assert!(check.status.success(), "{check:?}");
    let uri = file_uri(&path);
    let mut client = Client::start(dir.path(), &[]);
    client.initialize(dir.path());
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": bad } }),
    );
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());
    assert_eq!(client.finish(), 0);
}

/// A value reads as what its field holds: a budget amount written `50万` is money in the
/// plan's currency, and a coupon's bare `amount: 20` too.
#[test]
fn a_value_reads_as_what_its_field_holds() {
    let Session {
        mut client,
        uri,
        good,
        ..
    } = Session::open(false);
    let mut hover_on = |needle: &str, at: &str| {
        let line = good
            .lines()
            .position(|l| l.contains(needle))
            .expect("the init plan has it");
        let text_line = good.lines().nth(line).expect("line");
        let byte = text_line.find(at).expect("value") + 1;
        let character = text_line[..byte].encode_utf16().count();
        let hover = client.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
        );
        hover["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let budget = hover_on("amount: 50万", "50万");
    assert!(budget.contains("¥500,000.00"), "{budget}");
    let coupon = hover_on("    amount: 20", "20");
    assert!(coupon.contains("¥20.00"), "{coupon}");
    assert_eq!(client.finish(), 0);
}

/// A hover quotes the plan, so it is plain text: a team named with Markdown and HTML
/// reaches the editor as written, not as markup, and a control character in it escaped.
#[test]
fn hovers_quoting_the_plan_are_plain_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, good) = planted(dir.path());
    assert!(
        good.contains("    name: 市场部\n"),
        "the init template changed"
    );
    let text = good.replacen(
        "    name: 市场部\n",
        "    name: \"**市场部** <img src=x> \\e[31m\"\n",
        1,
    );
    let uri = file_uri(&dir.path().join("plan.campaign.yaml"));
    let mut client = Client::start(dir.path(), &[]);
    client.initialize(dir.path());
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": text } }),
    );
    client.diagnostics(&uri);
    let line = text
        .lines()
        .position(|l| l == "owner: marketing")
        .expect("the plan's owner");
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": 9 } }),
    );
    assert_eq!(hover["contents"]["kind"], "plaintext", "{hover:#}");
    let shown = hover["contents"]["value"].as_str().expect("text");
    assert!(
        shown.contains("**市场部** <img src=x> \\u{1b}[31m"),
        "{shown}"
    );
    assert!(!shown.contains('\u{1b}'), "{shown}");
    assert_eq!(client.finish(), 0);
}
