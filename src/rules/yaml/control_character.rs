//! Rule Y012 `control-character`: the file holds a raw control character.

use crate::declare_rule;
use crate::rules::Rule;

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
