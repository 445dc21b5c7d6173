"""Every snippet in the README and the integration docs works as written (issue 20 #8).

Each fenced block in these files is preceded by ``<!-- snippet: KIND -->``, which says how
this test runs it (a block without one fails the test):

- ``run``: each line is a command, run in a temporary git repository holding the examples;
  it must not end with status 2 (a usage or configuration error).
- ``file NAME``: the block is written to ``NAME`` there (configuration, rule packs), and
  ``brieflint check`` must accept it.
- ``output of: CMD`` / ``json output of: CMD``: the block is what ``CMD`` prints there
  (every line of it appears, or the JSON is equal).
- ``first line of: PATH``: the file an earlier ``run`` block wrote begins with the block.
- ``python``: the block runs there with this Python.
- ``ci``: a CI job; its ``brieflint`` commands run there, its ``pip install`` lines are
  installation forms (below).
- ``install``: installation commands; each form is installed from this repository into a
  scratch folder (``pip install --target``; a git URL is pointed at this checkout, pipx
  runs when installed, else its form goes through pip).
- ``pre-commit``, ``yaml …``: hook configuration; its hooks exist and its ``rev`` is a tag
  of this repository (tests/cli/test_precommit.py runs the snippet in pre-commit itself).
- ``synopsis``: every option it names is in that command's ``--help``.
- ``editor``: an editor's configuration; the brieflint command it starts exists.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import EXAMPLES, ROOT, git_repo

DOCS = [ROOT / "README.md", ROOT / "docs" / "integrations.md", ROOT / "docs" / "api.md"]
BLOCK = re.compile(r"(?:<!-- snippet: (?P<kind>.*?) -->\n(?:<!--.*?-->\n)*)?```[\w-]*\n(?P<body>.*?)^```", re.S | re.M)
TAG = re.compile(r"@(v\d+\.\d+\.\d+)")
BIN = Path(sys.executable).parent


def blocks(doc: Path) -> list[tuple[str | None, str]]:
    return [(m.group("kind"), m.group("body")) for m in BLOCK.finditer(doc.read_text(encoding="utf-8"))]


def env() -> dict[str, str]:
    e = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "BRIEFLINT_NO_CACHE": "1"}
    e.pop("FORCE_COLOR", None)
    return e


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True, env=env(), timeout=300)


def repository(tmp_path: Path) -> Path:
    """A repository of briefs: the examples, and briefs/ with a bad brief named as the docs name it."""
    repo = git_repo(tmp_path / "repo", {".gitignore": ".brieflint_cache/\n"})
    shutil.copytree(EXAMPLES, repo / "examples")
    (repo / "briefs").mkdir()
    shutil.copy(EXAMPLES / "broken-brief.md", repo / "briefs" / "iraq.md")
    shutil.copy(EXAMPLES / "iraq-electricity-imports.md", repo / "briefs" / "good.md")
    # the files the example configuration names
    (repo / "schemas").mkdir()
    (repo / "schemas" / "house.schema.json").write_text('{"$ref": "https://brieflint.dev/schemas/brief.schema.json"}')
    (repo / "taxonomy").mkdir()
    (repo / "taxonomy" / "newsroom.yaml").write_text("version: 1\ntopics:\n  - Newsroom Desk\n")
    (repo / "style").mkdir()
    pack = next(body for doc in DOCS for kind, body in blocks(doc) if kind == "file my-style.yaml")
    (repo / "style" / "our-pack.yaml").write_text(pack.replace("MS", "OP").replace("my-style", "ours"))
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@e.org", "commit", "-qm", "x"], cwd=repo, check=True)
    return repo


def brieflint_lines(text: str) -> list[str]:
    """The commands of a block (comments dropped), and the ``brieflint`` commands of a CI job."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(?:- run:|-)\s+", "", line).strip()
        if line.startswith(("brieflint ", "pip install", "pipx install", "python")):
            out.append(re.sub(r"\s+#.*$", "", line))
    return out


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_block_says_how_it_is_tested(doc):
    unmarked = [body.splitlines()[0] if body else "" for kind, body in blocks(doc) if kind is None]
    assert unmarked == [], f"{doc.name}: fenced blocks without <!-- snippet: ... -->"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_snippets_work_as_written(doc, tmp_path):
    repo = repository(tmp_path)
    for kind, body in blocks(doc):
        assert kind is not None
        if kind == "run":
            for command in brieflint_lines(body):
                proc = shell(command, repo)
                assert proc.returncode in (0, 1), f"{command}\n{proc.stdout}\n{proc.stderr}"
        elif kind.startswith("file "):
            name = kind.split(" ", 1)[1]
            (repo / name).write_text(body, encoding="utf-8")
            proc = shell("brieflint check examples/", repo)
            assert proc.returncode == 1 and "error" not in proc.stderr, f"{name}:\n{proc.stderr}"
        elif kind.startswith("output of: "):
            out = shell(kind.split(": ", 1)[1], repo).stdout
            missing = [line for line in body.splitlines() if line.strip() and line not in out]
            assert missing == [], f"{kind}\n{out}"
        elif kind.startswith("json output of: "):
            out = shell(kind.split(": ", 1)[1], repo).stdout
            assert json.loads(body) == json.loads(out), kind
        elif kind.startswith("first line of: "):
            text = (repo / kind.split(": ", 1)[1]).read_text(encoding="utf-8")
            assert text.startswith(body), kind
        elif kind == "python":
            proc = subprocess.run([sys.executable, "-c", body], cwd=repo, capture_output=True, text=True, env=env())
            assert proc.returncode == 0, proc.stderr
        elif kind == "ci":
            for command in brieflint_lines(body):
                if command.startswith("brieflint"):
                    proc = shell(command, repo)
                    assert proc.returncode in (0, 1), f"{command}\n{proc.stderr}"
        elif kind.startswith(("pre-commit", "yaml")):
            _check_hook_config(body)
        elif kind == "synopsis":
            _check_synopsis(body)
        elif kind == "editor":
            commands = re.findall(r'"brieflint",\s*"([\w-]+)"', body)
            assert commands, "an editor snippet names the brieflint command it starts"
            for command in commands:
                assert shell(f"brieflint {command} --help", repo).returncode == 0, command
        else:
            assert kind == "install", f"unknown snippet kind {kind!r}"


def _check_hook_config(body: str) -> None:
    from ruamel.yaml import YAML

    manifest = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = {h["id"] for h in manifest}
    data = YAML(typ="safe").load(body)
    hooks = [h for r in data["repos"] for h in r["hooks"]] if isinstance(data, dict) else data
    assert {h["id"] for h in hooks} <= ids
    for rev in re.findall(r"rev:\s*(\S+)", body):
        _require_tag(rev)


def _require_tag(rev: str) -> None:
    """The documented rev is this version's release tag (``v`` + the version), with a changelog entry.

    The tag itself lives on the published repository, not necessarily in this clone
    (CI clones a branch), so it is the name that is checked here; the pre-commit and
    installation tests tag their own clone of this checkout with it and run it.
    """
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert rev == f"v{version}", f"the documented rev {rev} is not this version's tag v{version}"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(version)}\b", changelog, re.M), f"CHANGELOG.md has no entry for {version}"


def _check_synopsis(body: str) -> None:
    for block in re.split(r"\n(?=brieflint )", body.strip()):
        command = block.split()[1]
        help_text = shell(f"brieflint {command} --help", ROOT).stdout
        for flag in set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", block)):
            assert flag in help_text, f"brieflint {command}: {flag} is not in --help"


def _install_forms() -> list[str]:
    forms = []
    for doc in DOCS:
        for kind, body in blocks(doc):
            if kind in ("install", "ci"):
                for line in brieflint_lines(body):
                    for part in line.split("&&"):
                        part = part.strip()
                        if part.startswith(("pip install", "pipx install", "python -m build")):
                            forms.append(part)
    return forms


def test_the_documented_rev_and_install_tags_name_this_version():
    tags = {t for doc in DOCS for t in TAG.findall(doc.read_text(encoding="utf-8"))}
    assert tags, "the docs name no version tag"
    for tag in tags:
        _require_tag(tag)


@pytest.mark.slow
def test_every_installation_form_installs_from_this_repository(tmp_path):
    """Each documented form, from this checkout: a path, a git URL (pointed here), pipx, a built wheel."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the git URL form is tried against a clone of this one")
    forms = _install_forms()
    assert any("git+" in f for f in forms) and any("pipx" in f for f in forms) and any("build" in f for f in forms)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(ROOT), str(clone)], check=True)
    for rev in set(TAG.findall(" ".join(forms))):  # the tag the docs name, at this checkout's HEAD
        subprocess.run(["git", "tag", "-f", rev], cwd=clone, check=True, capture_output=True)
    git_env = {
        **env(),
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": f"url.{clone.as_uri()}.insteadOf",
        "GIT_CONFIG_VALUE_0": "https://github.com/brieflint/brieflint",
    }
    done = []
    for form in forms:
        words = shlex.split(form)
        if words[:3] == ["python", "-m", "build"]:
            subprocess.run(
                [sys.executable, "-m", "build", "--wheel", "--outdir", str(clone / "dist"), str(clone)],
                check=True,
                capture_output=True,
                env=git_env,
            )
            continue
        spec = words[-1]
        spec = str(clone) if spec in (".", "/path/to/brieflint") else spec.replace("'.[test]'", str(clone))
        if spec.startswith(".["):
            spec = str(clone) + spec[1:]
        if spec.startswith("dist/"):
            spec = str(clone / spec)
        if words[0] == "pipx" and shutil.which("pipx"):
            target = tmp_path / f"pipx{len(done)}"
            pipx_env = {**git_env, "PIPX_HOME": str(target), "PIPX_BIN_DIR": str(target / "bin")}
            proc = subprocess.run(["pipx", "install", spec], capture_output=True, text=True, env=pipx_env)
            assert proc.returncode == 0, proc.stderr
            done.append(form)
            continue
        if spec.startswith("git+"):
            spec = f"brieflint @ {spec}"
        target = tmp_path / f"target{len(done)}"
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), spec],
            capture_output=True,
            text=True,
            env=git_env,
            cwd=tmp_path,
        )
        assert proc.returncode == 0, f"{form}\n{proc.stderr}"
        version = subprocess.run(
            [sys.executable, "-m", "brieflint", "--version"],
            capture_output=True,
            text=True,
            env={**env(), "PYTHONPATH": str(target)},
            cwd=tmp_path,
        )
        assert version.stdout.startswith("brieflint "), form
        assert (target / "brieflint" / "schemas" / "brief.schema.json").is_file(), form
        done.append(form)
    assert len(done) >= 4
