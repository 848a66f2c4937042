//! Rule Y012 `control-character`: the file holds a raw control character.

use crate::i18n::Msg;
use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// YAML allows only printable characters in a file: tab, line breaks, and text from
    /// U+0020 on, except DEL (U+007F) and the C1 controls (U+0080–U+009F, but U+0085). Any
    /// other control character written as it is — ESC, BEL, backspace, a C1 control — is
    /// reported at its line and column, once per line (a line holding several says how many;
    /// after 100 lines, the last report counts the rest), and the rest of the file is still
    /// checked. A NUL ends the text for the YAML parser and is reported as a syntax error
    /// (`Y001`) instead.
    ///
    /// The same characters written as escapes in a double-quoted string (`"\e"`, `"\x1b"`,
    /// `"\u001b"`) are valid YAML and are not reported.
    ///
    /// ## Why it matters
    ///
    /// Editors usually do not show these characters, so the plan holds text its reviewers
    /// cannot see, and stricter YAML tools refuse the file. In a terminal or a CI log they are
    /// commands: ESC sequences can clear the screen, hide text, change the window title or
    /// write to the clipboard. campspec never prints them raw: every terminal, log and document
    /// output writes them as visible escapes such as `\u{1b}`.
    ///
    /// ## Example
    ///
    /// A copy text pasted out of a terminal, with the colour codes it carried (shown here as
    /// `␛`, which the file holds as the character ESC itself):
    ///
    /// ```yaml
    /// copy:
    ///   - id: hero
    ///     channel: app_home
    ///     text: ␛[1m满299享9折␛[0m
    /// ```
    ///
    /// ## How to fix
    ///
    /// Delete the character. If the text really needs one, write it as an escape in a
    /// double-quoted string, such as `"\e"` or `"\x07"`.
    pub struct ControlCharacter;
    code = "Y012", name = "control-character", family = "yaml",
    severity = Error, summary = "the file holds a raw control character",
    locked = true
}

impl Rule for ControlCharacter {}

/// The C0 names, for the message.
const C0: [&str; 32] = [
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
    "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC",
    "FS", "GS", "RS", "US",
];

impl ControlCharacter {
    /// The finding for the raw control character `code`, with how many `more` its line
    /// holds and (on the last line reported) how many (`rest`) the file holds further on.
    pub fn words(code: u32, more: usize, rest: usize) -> Words {
        let hex = format!("{code:04X}");
        let char = match C0.get(code as usize) {
            Some(name) => msg!("y012-char-named", code = hex, name = *name),
            None if code == 0x7f => msg!("y012-char-named", code = hex, name = "DEL"),
            None => msg!("y012-char-c1", code = hex),
        };
        let more = if more > 0 {
            msg!("y012-more", more = more)
        } else {
            Msg::raw("")
        };
        let rest = if rest > 0 {
            msg!("y012-rest", rest = rest)
        } else {
            Msg::raw("")
        };
        Words {
            message: msg!("y012-message", char = char, more = more, rest = rest),
            help: Some(msg!("y012-help")),
        }
    }
}
