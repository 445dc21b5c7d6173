#!/usr/bin/env python3
"""Write the JSON copy of each shipped rule pack (``rules/house-style.json``), which brieflint reads at start-up.

    python scripts/make_pack_json.py            # write the copies
    python scripts/make_pack_json.py --check    # exit 1 if a copy is stale

The YAML file is the one to edit; the copy holds the same data, so a run
parses it with ``json.loads`` instead of reading YAML with positions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from brieflint.checks.packs.loader import SHIPPED, json_copy_name  # noqa: E402
from brieflint.document.yamldata import load_yaml  # noqa: E402
from brieflint.shipped import json_copy  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a copy differs from what would be written")
    a = ap.parse_args()
    for name in SHIPPED.values():
        source = ROOT / "rules" / name
        out = source.with_name(json_copy_name(name))
        wanted = json_copy(load_yaml(source.read_text(encoding="utf-8")).data)
        if (out.read_text(encoding="utf-8") if out.exists() else "") == wanted:
            continue
        if a.check:
            print(f"{out} is stale: run scripts/make_pack_json.py", file=sys.stderr)
            return 1
        out.write_text(wanted, encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
