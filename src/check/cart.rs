//! The check stage for a cart: the same front stages as a plan (load → validate →
//! model), then the cart rules against the plan it is priced with — the plan given to
//! `campspec simulate`, or, under `campspec check`, the plan the cart names (`plan:`) or
//! the one found beside it by convention.

use super::discover::plan_stem;
use super::file::CheckedFile;
use super::locate::{Collector, Locator};
use super::read::{Read, read};
use super::validate::front;
use crate::finding::{Finding, Severity};
use crate::i18n::Msg;
use crate::model::{Campaign, Cart};
use crate::rules::Draft;
use crate::rules::cart::{CartOutsideWindow, CartPlan, CartUnknownReference};
use crate::rules::yaml::{FileTooLarge, NotUtf8};
use crate::schema;
use crate::settings::Settings;
use crate::source::{Loaded, Source};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A cart that was read and checked.
#[derive(Debug)]
pub struct CheckedCart {
    pub source: Arc<Source>,
    pub findings: Vec<Finding>,
    /// The cart, when it could be modelled and has no errors.
    pub cart: Option<Cart>,
}

/// Whether a path names a cart by convention: `*.cart.yaml` or `*.cart.yml`.
pub fn is_cart_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| cart_stem(n).is_some())
}

/// A cart file name without its `.cart.yaml|yml`.
fn cart_stem(name: &str) -> Option<&str> {
    name.strip_suffix(".cart.yaml")
        .or_else(|| name.strip_suffix(".cart.yml"))
        .filter(|stem| !stem.is_empty())
}

/// Reads and checks a cart against the plan it is priced with.
pub fn check_cart(
    path: &str,
    text: String,
    campaign: &Campaign,
    settings: &Settings,
) -> CheckedCart {
    check_cart_with(path, text, campaign, None, settings)
}

/// [`check_cart`] for `campspec simulate`, which prices the cart with the plan at
/// `plan_path`: a cart whose `plan:` names another file gets a warning (K003).
pub fn check_cart_with(
    path: &str,
    text: String,
    campaign: &Campaign,
    plan_path: Option<&Path>,
    settings: &Settings,
) -> CheckedCart {
    let source = Arc::new(Source::new(path.to_owned(), text));
    let loaded = super::load::load(&source, settings);
    let mut extra = Vec::new();
    if let (Some(used), Some(named)) = (plan_path, named_plan(&loaded)) {
        let resolved = beside(Path::new(path), &named);
        if !same_file(&resolved, used) {
            extra.push(CartPlan::other_plan(&named, &used.display().to_string()));
        }
    }
    let (findings, cart) = judge(&source, &loaded, Some(campaign), extra, settings);
    let has_errors = findings.iter().any(|f| f.severity == Severity::Error);
    CheckedCart {
        source,
        findings,
        cart: if has_errors { None } else { cart },
    }
}

/// Checks the cart `text` at `path` as `campspec check` does: against the plan it names
/// or the one found by convention. A plan with errors still serves for what it can
/// check (its findings are its own); a plan that does not model leaves the cart's own
/// structure to check.
pub(super) fn check_cart_file(path: &str, text: String, settings: &Settings) -> CheckedFile {
    let source = Arc::new(Source::new(path.to_owned(), text));
    let loaded = super::load::load(&source, settings);
    let cart_path = Path::new(path);
    let mut extra = Vec::new();
    let plan = match named_plan(&loaded) {
        Some(named) => {
            let resolved = beside(cart_path, &named);
            match model_plan(&resolved, settings) {
                Ok(campaign) => campaign,
                Err(why) => {
                    extra.push(CartPlan::unreadable(&named, why));
                    None
                }
            }
        }
        None => match find_plan(cart_path) {
            Found::One(plan) => match model_plan(&plan, settings) {
                Ok(campaign) => campaign,
                Err(why) => {
                    extra.push(CartPlan::unreadable(&plan.display().to_string(), why));
                    None
                }
            },
            Found::None([dir, parent]) => {
                let (dir, parent) = (dir.display().to_string(), parent.display().to_string());
                extra.push(CartPlan::none_found(&dir, &parent));
                None
            }
            Found::Several(plans) => {
                extra.push(CartPlan::several(&shown_list(&plans, settings)));
                None
            }
        },
    };
    let (findings, _) = judge(&source, &loaded, plan.as_ref(), extra, settings);
    CheckedFile::new(path.to_owned(), Some(source), findings, None, None, None)
}

/// The front stages, then the cart rules against `campaign` (when there is one) and
/// the `extra` drafts; the findings in the plan's language, and the cart if it modelled.
fn judge(
    source: &Source,
    loaded: &Loaded,
    campaign: Option<&Campaign>,
    extra: Vec<Draft>,
    settings: &Settings,
) -> (Vec<Finding>, Option<Cart>) {
    // A cart's findings speak the language of the plan it is priced with.
    let plan_lang = campaign.map(|campaign| match crate::render::locale::Lang::of(campaign) {
        crate::render::locale::Lang::Zh => crate::i18n::Lang::ZhCn,
        crate::render::locale::Lang::En => crate::i18n::Lang::En,
    });
    let mut out = Collector::with_lang(settings, settings.lang().plan_lang(plan_lang));
    let locator = Locator::new(loaded, &source.text);
    let cart =
        front::<Cart>(loaded, &locator, schema::Document::Cart, &mut out).map(|(cart, _failed)| {
            let mut drafts = Vec::new();
            if let Some(campaign) = campaign {
                CartUnknownReference::check_cart(&cart, campaign, &mut drafts);
                CartOutsideWindow::check_cart(&cart, campaign, &mut drafts);
            }
            for draft in drafts {
                out.push_draft(&locator, draft);
            }
            cart
        });
    for draft in extra {
        out.push_draft(&locator, draft);
    }
    (out.finish(), cart)
}

/// The cart's `plan:` as written, when it is a non-empty string.
fn named_plan(loaded: &Loaded) -> Option<String> {
    let root = loaded.doc.root().filter(|r| r.is_object())?;
    let plan = root.get("plan")?.as_str()?.trim();
    (!plan.is_empty()).then(|| plan.to_owned())
}

/// `relative` read from the directory of the file at `file`.
fn beside(file: &Path, relative: &str) -> PathBuf {
    match file.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) => dir.join(relative),
        None => PathBuf::from(relative),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The plan at `path` modelled (its own findings set aside): `None` when it does not
/// model; an error when it cannot be read.
fn model_plan(path: &Path, settings: &Settings) -> Result<Option<Campaign>, Msg> {
    // Why the file cannot be opened, alone: the finding names the path as the cart
    // wrote it.
    if let Err(error) = crate::fs::open_regular(path) {
        return Err(crate::fs::io_words(&error));
    }
    let display = path.display().to_string();
    // A plan that cannot serve says why, in the words its own check would use.
    let text = match read(path, &display, settings) {
        Read::Text(text) => text,
        Read::Failed(message) => return Err(Msg::raw(message)),
        Read::TooLarge { size } => {
            return Err(FileTooLarge::words(size, settings.max_file_size).message);
        }
        Read::NotUtf8 { text, at, bad } => {
            let position = crate::source::LineIndex::new(&text).position(&text, at);
            return Err(NotUtf8::words(bad, at, position.line, position.column).message);
        }
    };
    let source = Source::new(display, text);
    let loaded = super::load::load(&source, settings);
    let locator = Locator::new(&loaded, &source.text);
    let mut ignored = Collector::new(settings);
    Ok(
        front::<Campaign>(&loaded, &locator, schema::Document::Campaign, &mut ignored)
            .map(|(campaign, _)| campaign),
    )
}

/// What the convention found for a cart without `plan:`.
enum Found {
    One(PathBuf),
    /// No plan in the directories searched (the cart's and its parent).
    None([PathBuf; 2]),
    /// Several fit equally.
    Several(Vec<PathBuf>),
}

/// The directory of the file at `path` and that directory's parent, as paths to show.
fn search_dirs(path: &Path) -> [PathBuf; 2] {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf);
    let parent = match &dir {
        Some(dir) => dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from(".")),
        None => PathBuf::from(".."),
    };
    [dir.unwrap_or_else(|| PathBuf::from(".")), parent]
}

/// The plans directly in `dir` (as `dir/name`, or `name` for `.`), sorted.
fn plans_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut plans: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|name| plan_stem(name).is_some())
        .map(|name| {
            if dir == Path::new(".") {
                PathBuf::from(name)
            } else {
                dir.join(name)
            }
        })
        .collect();
    plans.sort();
    plans
}

/// Whether the plan stem `plan` starts the cart stem `cart` at a word boundary
/// (`cny-2027` starts `cny-2027-diamond`, not `cny-20270`).
fn starts(cart: &str, plan: &str) -> bool {
    !plan.is_empty()
        && cart
            .strip_prefix(plan)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['-', '_', '.', ' ']))
}

/// The plan of the cart at `cart` by convention: in the cart's directory, then its
/// parent, the plans whose name starts the cart's (the longest such name wins); failing
/// that, the only plan in the cart's directory, then in its parent.
fn find_plan(cart: &Path) -> Found {
    let dirs = search_dirs(cart);
    let Some(stem) = cart
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(cart_stem)
    else {
        return Found::None(dirs);
    };
    let listed: Vec<Vec<PathBuf>> = dirs.iter().map(|d| plans_in(d)).collect();
    for plans in &listed {
        let fitting: Vec<(&PathBuf, usize)> = plans
            .iter()
            .filter_map(|p| {
                let name = p.file_name()?.to_str()?;
                let plan = plan_stem(name)?;
                starts(stem, plan).then_some((p, plan.len()))
            })
            .collect();
        let Some(longest) = fitting.iter().map(|f| f.1).max() else {
            continue;
        };
        let best: Vec<PathBuf> = fitting
            .into_iter()
            .filter(|f| f.1 == longest)
            .map(|f| f.0.clone())
            .collect();
        return one_or_several(best);
    }
    for plans in listed {
        if !plans.is_empty() {
            return one_or_several(plans);
        }
    }
    Found::None(dirs)
}

fn one_or_several(mut plans: Vec<PathBuf>) -> Found {
    if plans.len() == 1 {
        Found::One(plans.remove(0))
    } else {
        Found::Several(plans)
    }
}

/// Paths as a list in the run's words: `` `a`, `b` ``.
fn shown_list(paths: &[PathBuf], settings: &Settings) -> String {
    let separator = crate::msg!("list-separator").render(settings.lang().run_lang());
    paths
        .iter()
        .map(|p| format!("`{}`", p.display()))
        .collect::<Vec<_>>()
        .join(&separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_names_start_cart_names_at_a_word_boundary() {
        assert!(starts("cny-2027-diamond", "cny-2027"));
        assert!(starts("cny-2027", "cny-2027"));
        assert!(!starts("cny-20270", "cny-2027"));
        assert!(!starts("cny", ""));
        assert!(is_cart_name(Path::new("specs/carts/a.cart.yaml")));
        assert!(is_cart_name(Path::new("a.cart.yml")));
        assert!(!is_cart_name(Path::new(".cart.yaml")));
        assert!(!is_cart_name(Path::new("a.campaign.yaml")));
    }

    #[test]
    fn the_search_looks_beside_the_cart_then_in_its_parent() {
        assert_eq!(
            search_dirs(Path::new("specs/carts/a.cart.yaml")),
            [PathBuf::from("specs/carts"), PathBuf::from("specs")]
        );
        assert_eq!(
            search_dirs(Path::new("a.cart.yaml")),
            [PathBuf::from("."), PathBuf::from("..")]
        );
    }
}
