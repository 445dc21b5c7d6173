"""The speed-ups of issue 9 change no result: each shortcut is checked against the long way."""

from __future__ import annotations

import itertools
import string
from pathlib import Path

import pytest
import regex

from brieflint.checks.links import languages as links
from brieflint.checks.packs import parse, prefilter, scan, schema, units
from brieflint.checks.packs import spec as pack_spec
from brieflint.checks.packs.prefilter import required_literals
from brieflint.checks.packs.scan import Scanner
from brieflint.checks.schemastore import SHIPPED, shipped
from brieflint.document.brief import load

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLES = ROOT / "examples"


# ----- literal prefilter of pack patterns ---------------------------------------------


@pytest.mark.parametrize(
    ("source", "ignore_case", "expected"),
    [
        (r"\bZarif\b|\bZareef\b", False, (("Zarif", "Zareef"),)),
        (r"\bKata['’]?ib\s+H[ie]zb[aou]ll?ah\b", False, (("Kata",), ("ib",), ("H",), ("zb",), ("l",), ("ah",))),
        (r"\bH(?:ou|u|o)thi(?=s?\b)", False, (("H",), ("ou", "u", "o"), ("thi",))),
        (r"(?<=\S)[ ]{2,}(?=\S)", False, (("  ",),)),
        (r"ab{2,}c", False, (("abb",), ("c",))),
        (r"ab*c", False, (("a",), ("c",))),
        (r"(?<!\w)Very(?!\w)", True, (("very",),)),
        (r"caf[eé]s?", True, (("caf",),)),
        (r"Café", True, (("caf",),)),  # only ASCII is kept when ignoring case
        (r"(?:abc)?d", False, (("d",),)),
        (r"a|b.*", False, (("a", "b"),)),
        (r"a|.*", False, ()),  # one alternative needs nothing
        (r"[A-Z]{2,6}", False, ()),
        (r"(?i)abc", False, ()),  # inline flags: not read
        (r"(?:abc){e<=1}", False, ()),  # fuzzy matching: not read
        (r"\Kabc", False, ()),  # an escape the reading does not know
        (r"a{", False, ()),
        (r"\x41\u00e9bc", False, (("bc",),)),
        (r"\.\$x", False, ((".$x",),)),
    ],
)
def test_required_literals(source: str, ignore_case: bool, expected: tuple[tuple[str, ...], ...]) -> None:
    assert required_literals(source, ignore_case) == expected


def test_every_ascii_match_ignoring_case_folds_to_the_literal() -> None:
    """The prefilter looks for lower-cased ASCII literals in case-folded text (ı read as i)."""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for o in range(32, 127):
        p = chr(o)
        for m in regex.finditer(regex.escape(p), every, regex.V0 | regex.IGNORECASE):
            assert prefilter.fold_for_literals(m.group()) == p.lower(), (p, hex(ord(m.group())))


def _corpus_docs() -> list[Path]:
    found = sorted((ROOT / "examples").glob("*.md")) + sorted((ROOT / "examples").glob("*.yaml"))
    found += sorted((ROOT / "tests").rglob("*.md"))[:150]
    corpus = ROOT / "benchmarks" / "corpus"
    if not (corpus / "manifest.json").exists():  # a clean checkout: write a small corpus of our own
        maker = ROOT.parent / "shared" / "bench" / "make_corpus.py"
        if maker.exists():
            import subprocess
            import sys
            import tempfile

            corpus = Path(tempfile.mkdtemp()) / "corpus"
            subprocess.run(
                [sys.executable, str(maker), str(corpus), "--count", "30", "--form", "both"],
                check=True,
                capture_output=True,
            )
    found += sorted(corpus.glob("brief-000[0-2]*"))
    return found


def test_prefilter_never_skips_a_paragraph_a_pattern_matches() -> None:
    """Every house-style pattern, on every paragraph of real briefs and hostile text: no false skip."""
    specs = parse.parse_pack(*parse.read_pack("house-style"))
    texts: list[str] = []
    for path in _corpus_docs():
        try:
            doc = load(str(path))
        except Exception:  # pragma: no cover - a file another test wrote badly
            continue
        texts.extend(u.paragraph.prose.value for u in units.units(doc))
    texts += ["KHOMEINI  and  ſhi'a", "İran's SHIITE militia", "Da’esh  US-Iran", "the U.S.", "Hezbollah"]
    texts += ["VERİLY REALLY", "PERHAPS, ARGUABLY", "Kelvin: \u212aHOMEINI"]
    for spec in specs:
        texts += [str(spec.data.get(k) or "") for k in ("bad", "good")]
    if len(texts) <= 50 and not (ROOT.parent / "shared").is_dir():
        pytest.skip("too few real paragraphs without ../shared/bench/make_corpus.py or benchmarks/corpus")
    assert len(texts) > 50
    checked = 0
    for spec in specs:
        for m in (*spec.matchers, *spec.definitions):
            clauses = required_literals(m.source, spec.ignore_case)
            pattern = regex.compile(m.source, pack_spec.flags(spec.ignore_case))
            for t in texts:
                hay = prefilter.fold_for_literals(t) if spec.ignore_case else t
                if pattern.search(t):
                    checked += 1
                    assert prefilter.may_match(clauses, hay), (spec.code, m.source, t[:80])
    assert checked > 15


def test_pack_findings_are_the_same_without_the_prefilter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from brieflint.checks.registry import collect
    from brieflint.config.settings import Overrides
    from brieflint.run.engine import Planner, check_document, prepare

    paths = [str(p) for p in _corpus_docs()[:60]]
    for rule in collect(plugins=False).rules:
        if rule.code.startswith("HS") and rule.bad:
            (tmp_path / f"{rule.code}.md").write_text(rule.bad, encoding="utf-8")
            paths.append(str(tmp_path / f"{rule.code}.md"))
    (tmp_path / "empty.yaml").write_text("{}\n", encoding="utf-8")
    planner = Planner(Overrides(select=["HS"]), str(tmp_path / "empty.yaml"))

    def run() -> list[object]:
        plan = planner.for_file(paths[0])
        plan.shared.clear()
        prepare(plan)
        return [check_document(load(path), plan) for path in paths]

    fast = run()
    original = scan.scanners

    def without_literals(matchers, ignore_case, shipped=False):  # type: ignore[no-untyped-def]
        return tuple(
            Scanner(s.source, s.index, s.label, fold=s.fold, shipped=s.shipped)
            for s in original(matchers, ignore_case, shipped)
        )

    monkeypatch.setattr(scan, "scanners", without_literals)
    slow = run()
    assert fast == slow
    assert sum(len(f) for f in fast) >= 8


# ----- start-up shortcuts ---------------------------------------------------------------


def test_the_shipped_pack_fits_its_schema() -> None:
    """load_pack skips the schema check for the shipped pack: it is made here."""
    from brieflint.document.yamldata import load_yaml

    text, shown = parse.read_pack("house-style")
    loaded = load_yaml(text)
    schema.validate_schema(loaded.data, schema.Positions(loaded, shown))  # raises if it does not fit
    assert [s.code for s in parse.parse_pack(text, shown, trusted=True)] == [
        s.code for s in parse.parse_pack(text, shown)
    ]


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_schemas_fit_the_metaschema(name: str) -> None:
    """validator_for(trusted=True) skips check_schema for the shipped schemas: it is made here."""
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(shipped(name))


def test_standard_language_table_is_what_langcodes_says() -> None:
    """The two-letter codes answered without langcodes are exactly the standard, valid ones."""
    import langcodes

    expected = set()
    for a, b in itertools.product(string.ascii_lowercase, repeat=2):
        code = a + b
        if not langcodes.tag_is_valid(code) or langcodes.standardize_tag(code) != code:
            continue
        lang = langcodes.Language.get(code, normalize=False)
        if lang.language == code and not lang.territory:
            expected.add(code)
    assert links._STANDARD_LANGUAGES == expected
    links.check_tag.cache_clear()
    for code in sorted(expected):
        assert links.check_tag(code) == links.TagCheck(True)
        identity = links._identity(code)
        assert identity is not None and identity[0] == code and identity[2] == ""
    for a, b in [("ar", "ar"), ("ar", "en"), ("he", "yi"), ("no", "nb")]:
        x, y = links._identity(a), links._identity(b)
        assert links.same_language(a, b) == (x is not None and y is not None and x[:2] == y[:2])


def test_pack_escape_is_regex_escape_on_every_character() -> None:
    """token_pattern escapes without importing regex: the result must be regex.escape's."""
    import regex

    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert pack_spec.escape(chars) == regex.escape(chars)
    assert pack_spec.escape("a b\u00a0c.d") == regex.escape("a b\u00a0c.d")


@pytest.mark.parametrize("name", ["iraq-electricity-imports.md", "gulf-desalination.brief.yaml", "broken-brief.md"])
def test_checking_a_brief_leaves_no_cyclic_garbage(name: str, tmp_path: Path) -> None:
    """Every object of a checked brief is freed by reference counting when the brief is done.

    A cycle (a cached record naming the object that caches it) leaves each brief's
    paragraphs, sentences and texts to the garbage collector, which then spends
    several per cent of a long run finding them (5–6 % of 600 briefs, measured
    with ``gc.callbacks``, before the two cycles there were went).
    """
    import gc

    from brieflint.config.settings import Overrides
    from brieflint.run.engine import Planner, check_document, prepare

    empty = tmp_path / "empty.yaml"
    empty.write_text("{}\n")
    path = str(EXAMPLES / name)
    plan = Planner(Overrides(), str(empty)).for_file(path)
    prepare(plan)
    check_document(load(path), plan)  # first use: tables and compiled patterns stay alive
    gc.collect()
    gc.disable()
    try:
        gc.set_debug(gc.DEBUG_SAVEALL)
        findings = check_document(load(path), plan)
        del findings
        gc.collect()
        # jsonschema's format checker keeps a traceback of the error it wraps (a bad date): not ours
        left = [type(o).__qualname__ for o in gc.garbage if type(o).__module__.startswith("brieflint")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert left == [], left


def test_a_one_brief_run_imports_neither_dataclasses_nor_inspect(tmp_path: Path) -> None:
    """``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis``, ``tokenize``), and each frozen
    dataclass execs its generated methods: together more than the rules' work on a short brief.
    The records are named tuples (brieflint.records) or plain classes; a checked run, cache on or off,
    imports neither module."""
    import json
    import subprocess
    import sys

    for extra in (["--no-cache"], []):
        code = (
            "import json, sys\n"
            "from brieflint.cli.main import main\n"
            f"main(['check', *{extra!r}, '--quiet', {str(EXAMPLES / 'iraq-electricity-imports.md')!r}])\n"
            "print(json.dumps(sorted(m for m in ('dataclasses', 'inspect', 'typing') if m in sys.modules)))\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout.splitlines()[-1]) == ["typing"], extra
