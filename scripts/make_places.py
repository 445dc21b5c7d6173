#!/usr/bin/env python3
"""Write ``rules/places.txt``: the folded names of every country and first-level subdivision.

    python scripts/make_places.py            # write it
    python scripts/make_places.py --check    # exit 1 if the shipped file is stale

The names come from pycountry's ISO 3166-1 and 3166-2 tables, folded as
:func:`brieflint.document.places.fold` folds them; Q101 asks whether a word is one of them
(``Baghdad hosted the summit``: a place, not a person). Deterministic: same pycountry, same file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from brieflint.document.places import SHIPPED, build_names, shipped_text  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped file is stale")
    args = ap.parse_args(argv)
    target = ROOT / "rules" / SHIPPED
    text = shipped_text(build_names())
    if args.check:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is stale: run scripts/make_places.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10))} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
