//! The Zed extension of campspec: it starts `campspec server` as the language server
//! of YAML files, from `lsp.campspec.binary` in Zed's settings or else `campspec` on the
//! worktree's PATH. Zed builds it to WebAssembly ("zed: install dev extension").

use zed_extension_api::{self as zed, LanguageServerId, Result, settings::LspSettings};

struct Campspec;

impl zed::Extension for Campspec {
    fn new() -> Self {
        Campspec
    }

    fn language_server_command(
        &mut self,
        _server: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree("campspec", worktree)
            .ok()
            .and_then(|settings| settings.binary);
        let (path, arguments) = match binary {
            Some(binary) => (binary.path, binary.arguments),
            None => (None, None),
        };
        let command = path.or_else(|| worktree.which("campspec")).ok_or_else(|| {
            "campspec is not on PATH: install it (cargo install --locked --path .) \
             or set lsp.campspec.binary.path in Zed's settings"
                .to_owned()
        })?;
        Ok(zed::Command {
            command,
            args: arguments.unwrap_or_else(|| vec!["server".to_owned()]),
            env: worktree.shell_env(),
        })
    }
}

zed::register_extension!(Campspec);
