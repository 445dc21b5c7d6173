"""Issue 20, bullet 3: files like ruff (.gitignore, the usual folders, --force-exclude)."""

from __future__ import annotations

from pathlib import Path

from support import BAD, ROOT, brieflint, check_json, git_repo


def paths(report: dict) -> set[str]:
    return {f["path"] for f in report["findings"] if f["code"] == "S103"}


def test_a_walk_respects_gitignore_and_skips_the_usual_folders(tmp_path):
    repo = git_repo(
        tmp_path / "repo",
        {
            ".gitignore": "archive/\n*.tmp.md\n",
            "a.md": BAD,
            "archive/old.md": BAD,
            "draft.tmp.md": BAD,
            "node_modules/pkg/x.md": BAD,
            "build/y.md": BAD,
            "venv/z.md": BAD,
            "env2/pyvenv.cfg": "home = /usr\n",
            "env2/w.md": BAD,
            "sub/.gitignore": "private.md\n",
            "sub/private.md": BAD,
            "sub/public.md": BAD,
        },
        commit=False,
    )
    assert paths(check_json(".", cwd=repo)[1]) == {"a.md", "sub/public.md"}
    # --no-respect-gitignore: the ignored files come back; the tool folders stay skipped
    found = paths(check_json(".", "--no-respect-gitignore", cwd=repo)[1])
    assert found == {"a.md", "archive/old.md", "draft.tmp.md", "sub/private.md", "sub/public.md"}


def test_the_report_walks_directories_as_check_does(tmp_path):
    repo = git_repo(
        tmp_path / "repo",
        {".gitignore": "archive/\n", "a.md": BAD, "archive/old.md": BAD, "sub/.gitignore": "x.md\n", "sub/x.md": BAD},
        commit=False,
    )
    assert paths(check_json(".", cwd=repo)[1]) == {"a.md"}
    proc = brieflint("report", ".", "-o", str(tmp_path / "r.html"), cwd=repo)
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    said = (proc.stdout + proc.stderr).decode()
    assert proc.returncode == 0 and ": 1 brief," in said, said
    assert "a.md" in html and "archive/old.md" not in html and "sub/x.md" not in html
    proc = brieflint("report", ".", "--no-respect-gitignore", "-o", str(tmp_path / "all.html"), cwd=repo)
    said = (proc.stdout + proc.stderr).decode()
    assert proc.returncode == 0 and ": 3 briefs," in said, said
    # a directory .gitignore empties: an error that says why, not an empty report
    proc = brieflint("report", "archive", "-o", str(tmp_path / "none.html"), cwd=repo)
    assert proc.returncode == 2 and "--no-respect-gitignore" in proc.stderr.decode()


def test_a_named_file_is_checked_even_when_excluded_unless_force_exclude(tmp_path):
    repo = git_repo(tmp_path / "repo", {".brieflint.yaml": "exclude: [archive]\n", "archive/old.md": BAD}, commit=False)
    code, report = check_json("archive/old.md", cwd=repo)
    assert code == 1 and paths(report) == {"archive/old.md"}
    code, report = check_json("--force-exclude", "archive/old.md", cwd=repo)
    assert code == 0 and paths(report) == set()


def test_force_exclude_applies_gitignore_to_named_files(tmp_path):
    repo = git_repo(tmp_path / "repo", {".gitignore": "generated/\n", "generated/x.md": BAD}, commit=False)
    assert paths(check_json("generated/x.md", cwd=repo)[1]) == {"generated/x.md"}
    assert paths(check_json("--force-exclude", "generated/x.md", cwd=repo)[1]) == set()


def test_the_pre_commit_hooks_use_force_exclude():
    manifest = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entries = [line.split(":", 1)[1].strip() for line in manifest.splitlines() if line.strip().startswith("entry:")]
    assert entries and all("--force-exclude" in e for e in entries)


def test_pathspec_is_imported_only_for_a_walk(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.md").write_text(BAD)
    code = (
        "import sys\nfrom brieflint.cli.main import main\n"
        "main(['check', '--no-cache', '-q', 'a.md'])\nprint('NAMED', 'pathspec' in sys.modules)\n"
        "main(['check', '--no-cache', '-q', '.'])\nprint('WALK', 'pathspec' in sys.modules)\n"
    )
    (Path(tmp_path) / ".git").mkdir()
    (Path(tmp_path) / ".gitignore").write_text("x/\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True).stdout
    assert "NAMED False" in out and "WALK True" in out


def test_force_exclude_says_why_nothing_was_checked(tmp_path):
    import subprocess
    import sys

    repo = git_repo(tmp_path / "repo", {".brieflint.yaml": "exclude: [archive]\n", "archive/old.md": BAD}, commit=False)
    proc = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "--no-cache", "--force-exclude", "archive/old.md"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert "1 named file(s) left out by the configuration's exclude: (--force-exclude)" in proc.stderr
    assert "no *.md" not in proc.stderr
