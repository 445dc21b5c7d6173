"""pre-commit: the hooks manifest, the real `pre-commit try-repo` on this checkout, and the documented snippet.

The slow tests build pre-commit's own virtual environment and pip-install
brieflint into it from this repository (PyPI is needed for the dependencies).
`try-repo` clones the committed state plus staged and tracked changes, so
`.pre-commit-hooks.yaml` must be committed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from support import WATER, git_repo

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
DOC = ROOT / "docs" / "integrations.md"

BAD = WATER
GOOD_MD = ROOT / "examples" / "iraq-electricity-imports.md"
GOOD_YAML = ROOT / "examples" / "gulf-desalination.brief.yaml"


def _pre_commit(*args: str, cwd: Path, env: dict[str, str], timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _load_manifest() -> list[dict]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(MANIFEST.read_text(encoding="utf-8"))


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["PRE_COMMIT_COLOR"] = "never"
    env["GIT_CONFIG_GLOBAL"] = str(tmp_path / "gitconfig")
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    for var in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "NO_COLOR", "FORCE_COLOR"):
        env.pop(var, None)
    (tmp_path / "gitconfig").write_text(
        "[user]\n\tname = brieflint tests\n\temail = tests@example.org\n[init]\n\tdefaultBranch = main\n"
        '[protocol "file"]\n\tallow = always\n',
        encoding="utf-8",
    )
    return env


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def _user_repo(tmp_path: Path) -> Path:
    """A fresh repository with briefs, good and bad, and files that are not briefs."""
    files = {
        "briefs/good.md": GOOD_MD.read_text(encoding="utf-8"),
        "briefs/good.brief.yaml": GOOD_YAML.read_text(encoding="utf-8"),
        "briefs/bad.md": BAD,
        "README.md": "# Our briefs\n\nNot a brief: no front matter.\n",
        "config.yaml": "not: [a, brief\n",  # not even valid YAML
    }
    return git_repo(tmp_path / "user-repo", files)


def _hook_outputs(output: str) -> dict[str, tuple[str, str]]:
    """``{hook name: (Passed|Failed|Skipped, its output)}`` from pre-commit's report."""
    parts = re.split(r"^(.+?)\.{3,}(Passed|Failed|\(no files to check\)Skipped)$", output, flags=re.M)
    out = {}
    for i in range(1, len(parts) - 2, 3):
        out[parts[i].strip()] = (parts[i + 1].replace("(no files to check)", ""), parts[i + 2])
    return out


def _require_git_checkout() -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip(f"{ROOT} is not a git checkout (pre-commit needs one)")
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", ".pre-commit-hooks.yaml"], cwd=ROOT, capture_output=True, text=True
    )
    assert tracked.returncode == 0, ".pre-commit-hooks.yaml must be committed: pre-commit clones the repository"


def test_manifest_is_valid_and_offers_both_hooks(tmp_path):
    env = _env(tmp_path)
    proc = _pre_commit("validate-manifest", str(MANIFEST), cwd=ROOT, env=env, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    hooks = {h["id"]: h for h in _load_manifest()}
    assert set(hooks) == {"brieflint", "brieflint-schema"}
    # --force-exclude: the configuration's exclude: applies to the files pre-commit names, too
    assert hooks["brieflint"]["entry"] == "brieflint check --force-exclude"
    assert hooks["brieflint-schema"]["entry"] == "brieflint check --force-exclude --schema-only"
    for h in hooks.values():
        assert h["language"] == "python" and h["pass_filenames"] is True
        files, exclude = re.compile(h["files"]), re.compile(h["exclude"])

        def picked(name: str, files: re.Pattern[str] = files, exclude: re.Pattern[str] = exclude) -> bool:
            return bool(files.search(name)) and not exclude.search(name)

        for name in ("a.md", "briefs/x.markdown", "briefs/x.brief.yaml", "x.brief.yml", "docs/readme-notes.md"):
            assert picked(name), name
        for name in (
            "README.md",
            "docs/CHANGELOG.md",
            "sub/Contributing.md",
            "x.yaml",
            ".github/workflows/ci.yml",
            "a.txt",
        ):
            assert not picked(name), name


@pytest.mark.slow
def test_try_repo_fails_the_bad_brief_and_passes_the_good(tmp_path):
    _require_git_checkout()
    env = _env(tmp_path)
    repo = _user_repo(tmp_path)
    files = ["briefs/good.md", "briefs/good.brief.yaml", "briefs/bad.md", "README.md", "config.yaml"]
    proc = _pre_commit("try-repo", str(ROOT), "--color", "never", "--files", *files, cwd=repo, env=env)
    output = proc.stdout + proc.stderr
    if "exit code: 2" in output:
        pytest.fail(
            "brieflint stopped with exit status 2 inside pre-commit's environment. try-repo installs the committed "
            "state plus tracked changes; untracked files are left out (is a new module imported but not committed?)"
            f"\n{output}"
        )
    assert proc.returncode == 1, output
    hooks = _hook_outputs(proc.stdout)
    assert set(hooks) == {"brieflint", "brieflint (schema only)"}, output
    for name, (status, text) in hooks.items():
        assert status == "Failed", (name, output)
        # the bad brief's findings, located in the file as written
        assert "briefs/bad.md:2:8: S105 error: title is 5 characters long; it must be at least 10" in text, output
        assert "briefs/bad.md:4:7: S103 error: date '2024-13-45' is not a valid date (YYYY-MM-DD)" in text, output
        # the good briefs pass; README.md and config.yaml are not briefs and never reach brieflint
        for other in ("good.md", "good.brief.yaml", "README.md", "config.yaml"):
            assert other not in text, (name, other, output)
        assert "in 1 of 3 files." in text, output
    assert BAD.split("\n")[3][6:16] == "2024-13-45"


def _snippet() -> str:
    text = DOC.read_text(encoding="utf-8")
    m = re.search(r"<!-- pre-commit-snippet[^>]*-->\s*```yaml\n(.*?)```", text, re.S)
    assert m, f"{DOC} has no marked pre-commit snippet"
    return m.group(1)


@pytest.mark.slow
def test_documented_snippet_works_as_written(tmp_path):
    """The snippet, pasted unchanged into a fresh repository's .pre-commit-config.yaml.

    There is no network: git rewrites the snippet's repository URL to a clone of
    this checkout (``url.insteadOf``), tagged with the snippet's ``rev``.
    """
    _require_git_checkout()
    env = _env(tmp_path)
    snippet = _snippet()
    url = re.search(r"repo:\s*(\S+)", snippet).group(1)
    rev = re.search(r"rev:\s*(\S+)", snippet).group(1)
    upstream = tmp_path / "upstream"
    # the rev the snippet names is this version's release tag (the clone below carries it)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert rev == f"v{version}", f"the snippet's rev {rev} is not this version's tag v{version}"
    _git("clone", "-q", "--no-hardlinks", str(ROOT), str(upstream), cwd=tmp_path, env=env)
    _git("tag", "-f", rev, cwd=upstream, env=env)  # at this checkout's HEAD, so the test runs today's code
    # pre-commit drops most GIT_* variables for its git calls, but keeps GIT_CONFIG_COUNT/KEY/VALUE
    env.update(
        {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": f"url.{upstream.as_uri()}.insteadOf", "GIT_CONFIG_VALUE_0": url}
    )
    repo = _user_repo(tmp_path)
    (repo / ".pre-commit-config.yaml").write_text(snippet, encoding="utf-8")
    _git("add", ".pre-commit-config.yaml", cwd=repo, env=env)

    good = _pre_commit("run", "--files", "briefs/good.md", "briefs/good.brief.yaml", "README.md", cwd=repo, env=env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert re.search(r"^brieflint\.+Passed$", good.stdout, re.M), good.stdout

    bad = _pre_commit("run", "--files", "briefs/bad.md", cwd=repo, env=env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert re.search(r"^brieflint\.+Failed$", bad.stdout, re.M), bad.stdout
    assert "briefs/bad.md:4:7: S103 error: date '2024-13-45' is not a valid date (YYYY-MM-DD)" in bad.stdout

    # and as pre-commit runs it on a commit: the bad brief blocks the commit
    _git("commit", "-q", "--allow-empty", "-m", "config", cwd=repo, env=env)
    install = _pre_commit("install", cwd=repo, env=env, timeout=60)
    assert install.returncode == 0, install.stdout + install.stderr
    (repo / "briefs" / "bad.md").write_text(BAD.replace("Water", "Water again"), encoding="utf-8")
    _git("add", "briefs/bad.md", cwd=repo, env=env)
    commit = subprocess.run(
        ["git", "commit", "-m", "edit"], cwd=repo, env=env, capture_output=True, text=True, timeout=120
    )
    assert commit.returncode != 0, commit.stdout + commit.stderr
    assert "briefs/bad.md:4:7: S103" in commit.stdout + commit.stderr
