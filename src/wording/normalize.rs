//! Normalising customer-facing text for matching: fullwidth → halfwidth, case,
//! traditional → simplified for the characters the lexicons use, separators and spaces
//! inside CJK words dropped — keeping a map back to the original offsets so a finding
//! underlines the characters the customer reads.

/// Normalised text and, for every byte of it, the byte offset in the original text of
/// the character it came from and that character's length.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    pub text: String,
    origin: Vec<u32>,
    origin_len: Vec<u8>,
    original_len: usize,
}

impl Normalized {
    /// The original byte range of the normalised range `start..end`: from the first
    /// character's start to the last character's end, so dropped spaces or separators
    /// after the range are not included.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self
            .origin
            .get(start)
            .map(|&o| o as usize)
            .unwrap_or(self.original_len);
        let to = match end.checked_sub(1) {
            Some(last) if end > start => match (self.origin.get(last), self.origin_len.get(last)) {
                (Some(&o), Some(&l)) => (o as usize).saturating_add(usize::from(l)),
                _ => self.original_len,
            },
            _ => from,
        };
        (from, to.clamp(from, self.original_len.max(from)))
    }
}

/// Traditional characters that appear in lexicon terms, and evasion spellings (蕞 for
/// 最), mapped to the simplified forms the lexicons use.
fn simplified(c: char) -> char {
    match c {
        '國' => '国',
        '級' => '级',
        '獨' => '独',
        '無' => '无',
        '權' => '权',
        '絕' => '绝',
        '對' => '对',
        '頂' => '顶',
        '極' => '极',
        '銷' => '销',
        '優' => '优',
        '賣' => '卖',
        '價' => '价',
        '網' => '网',
        '專' => '专',
        '熱' => '热',
        '質' => '质',
        '療' => '疗',
        '癒' => '愈',
        '徹' => '彻',
        '萬' => '万',
        '僅' => '仅',
        '時' => '时',
        '贈' => '赠',
        '購' => '购',
        '費' => '费',
        '獎' => '奖',
        '鑑' => '鉴',
        '釋' => '释',
        '終' => '终',
        '歸' => '归',
        '線' => '线',
        '劃' => '划',
        '舊' => '旧',
        '廠' => '厂',
        '發' => '发',
        '領' => '领',
        '導' => '导',
        '軍' => '军',
        '號' => '号',
        '準' => '准',
        '確' => '确',
        '實' => '实',
        '證' => '证',
        '員' => '员',
        '會' => '会',
        '門' => '门',
        '後' => '后',
        '這' => '这',
        '個' => '个',
        '們' => '们',
        '來' => '来',
        '說' => '说',
        '為' => '为',
        '於' => '于',
        '與' => '与',
        '數' => '数',
        '強' => '强',
        '蕞' => '最',
        '嘬' => '最',
        _ => c,
    }
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Separators people put inside words to dodge filters (`全*网*最*低`).
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '*' | '·' | '•' | '_' | '-' | '|' | '/' | '.' | '~' | '、' | '‧' | '丨'
    )
}

/// Maps one character to its normalised form (none for dropped characters).
/// The character `c` moved from the block starting at `from` to the one at `to`
/// (circled ① → 1).
fn shift(c: char, from: u32, to: char) -> char {
    (c as u32)
        .checked_sub(from)
        .and_then(|n| n.checked_add(to as u32))
        .and_then(char::from_u32)
        .unwrap_or(c)
}

fn map_char(c: char) -> char {
    let c = match c as u32 {
        // Fullwidth ASCII and the ideographic space.
        0xFF01..=0xFF5E => char::from_u32((c as u32).saturating_sub(0xFEE0)).unwrap_or(c),
        0x3000 => ' ',
        // Curly apostrophes and quotes, so `you’ve` reads as `you've`.
        0x2018 | 0x2019 | 0x02BC => '\'',
        0x201C | 0x201D => '"',
        // Circled and parenthesised digits ①–⑨ → 1–9.
        0x2460..=0x2468 => shift(c, 0x2460, '1'),
        0x2474..=0x247C => shift(c, 0x2474, '1'),
        _ => c,
    };
    let c = c.to_ascii_lowercase();
    simplified(c)
}

/// Normalises `text` in one linear pass: spaces and separators wait in `pending` until
/// the next kept character shows whether they sit inside a CJK word (then they are
/// dropped) or not (then they are kept, runs of spaces becoming one).
pub fn normalize(text: &str) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut origin: Vec<u32> = Vec::with_capacity(text.len());
    let mut origin_len: Vec<u8> = Vec::with_capacity(text.len());
    let mut previous_kept: Option<char> = None;
    let mut pending: Vec<(usize, char)> = Vec::new();
    let push =
        |out: &mut String, origin: &mut Vec<u32>, origin_len: &mut Vec<u8>, at: usize, c: char| {
            if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
                return;
            }
            let start = out.len();
            out.push(c);
            let width = text[at..].chars().next().map_or(1, char::len_utf8) as u8;
            let added = out.len().saturating_sub(start);
            origin.extend(std::iter::repeat_n(at as u32, added));
            origin_len.extend(std::iter::repeat_n(width, added));
        };
    for (offset, raw) in text.char_indices() {
        let c = map_char(raw);
        if c.is_whitespace() || is_separator(c) {
            let c = if is_separator(c) { c } else { ' ' };
            if !(c == ' ' && pending.last().is_some_and(|&(_, p)| p == ' ')) {
                pending.push((offset, c));
            }
            continue;
        }
        if !pending.is_empty() {
            let inside_cjk = previous_kept.is_some_and(is_cjk) && is_cjk(c);
            for (at, p) in pending.drain(..) {
                if !inside_cjk {
                    push(&mut out, &mut origin, &mut origin_len, at, p);
                }
            }
        }
        push(&mut out, &mut origin, &mut origin_len, offset, c);
        previous_kept = Some(c);
    }
    for (at, p) in pending.drain(..) {
        push(&mut out, &mut origin, &mut origin_len, at, p);
    }
    Normalized {
        text: out,
        origin,
        origin_len,
        original_len: text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_case_spaces_and_traditional() {
        assert_eq!(normalize("ＮＯ．１").text, "no.1");
        assert_eq!(normalize("全 网 最 低 价").text, "全网最低价");
        assert_eq!(normalize("全*网*最*低").text, "全网最低");
        assert_eq!(normalize("國家級").text, "国家级");
        assert_eq!(normalize("Best   Ever").text, "best ever");
        assert_eq!(normalize("蕞好").text, "最好");
        assert_eq!(normalize("TOP①").text, "top1");
        assert_eq!(normalize("You’ve WON").text, "you've won");
    }

    #[test]
    fn offsets_map_back() {
        let text = "欢迎 全 网 最 低价";
        let n = normalize(text);
        let at = n.text.find("最低").unwrap();
        let (a, b) = n.original(at, at + "最低".len());
        assert_eq!(&text[a..b], "最 低");
        // A dropped space after the range is not underlined.
        let text = "全网最低价 满299";
        let n = normalize(text);
        let (a, b) = n.original(0, "全网最低价".len());
        assert_eq!(&text[a..b], "全网最低价");
        let t = "Ｂｅｓｔ deal";
        let n = normalize(t);
        let (a, b) = n.original(0, 4);
        assert_eq!(&t[a..b], "Ｂｅｓｔ");
    }
}
