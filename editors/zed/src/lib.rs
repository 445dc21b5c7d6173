// brieflint for Zed: starts `brieflint server` (found on the worktree's PATH) for Markdown and YAML.
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Brieflint;

impl zed::Extension for Brieflint {
    fn new() -> Self {
        Brieflint
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let path = worktree
            .which("brieflint")
            .ok_or_else(|| "brieflint is not on PATH: pip install 'brieflint[lsp]'".to_string())?;
        Ok(zed::Command {
            command: path,
            args: vec!["server".to_string()],
            env: worktree.shell_env(),
        })
    }
}

zed::register_extension!(Brieflint);
