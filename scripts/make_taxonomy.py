#!/usr/bin/env python3
"""Write the shipped taxonomy, ``rules/taxonomy.yaml``, from maintained data.

    python scripts/make_taxonomy.py [OUT]        # default: rules/taxonomy.yaml
    python scripts/make_taxonomy.py --check      # exit 1 if the shipped file is stale

Regions: every ISO 3166-1 entry from pycountry under its common English name
(pycountry's ``common_name``, else its ``name``, with the few overrides below
where newsrooms write otherwise), its official name, ISO name and codes as
aliases; capitals and demonyms for prose mentions from countryinfo
(``pip install countryinfo``; a maintainer's tool, not a runtime dependency).
Groupings are defined by membership rules (UN geoscheme regions from
countryinfo) or short member lists with their source named.

Types and topics are editorial choices and are written out here.
Arabic names of regions and topics (aliases and prose mentions, issue 22) are maintained in
``scripts/taxonomy-ar.yaml`` and added to the terms of the same name.
Deterministic: same packages, same file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from brieflint.document.yamledit import yaml_scalar  # noqa: E402

# The names newsrooms write, where ISO's differs (ISO name and official name stay aliases).
NAME_OVERRIDES = {
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestinian Territories",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "TR": "Turkey",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
}

EXTRA_ALIASES = {
    "AE": ["UAE", "Emirates"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Ivory Coast"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic"],
    "GB": ["UK", "Britain", "Great Britain"],
    "KP": ["DPRK"],
    "KR": ["Republic of Korea", "ROK"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Authority", "West Bank and Gaza"],
    "SA": ["KSA"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Türkiye", "Turkiye"],
    "US": ["USA", "U.S.", "United States of America", "America"],
    "VA": ["Holy See"],
}

# Prose mentions beyond the demonym and capital countryinfo gives.
EXTRA_MENTIONS = {
    "AE": ["Emirati", "Abu Dhabi", "Dubai"],
    "BH": ["Bahraini", "Manama"],
    "CN": ["Beijing"],
    "DZ": ["Algerian", "Algiers"],
    "EG": ["Egyptian", "Cairo"],
    "GB": ["British", "London", "U.K."],
    "IL": ["Israeli"],
    "IQ": ["Iraqi", "Baghdad", "Erbil"],
    "IR": ["Iranian", "Tehran"],
    "JO": ["Jordanian", "Amman"],
    "KW": ["Kuwaiti", "Kuwait City"],
    "KZ": ["Astana"],
    "LB": ["Lebanese", "Beirut"],
    "LY": ["Libyan", "Tripoli", "Benghazi"],
    "MA": ["Moroccan", "Rabat"],
    "OM": ["Omani", "Muscat"],
    "PS": ["Palestinian", "West Bank", "Gaza", "Gaza Strip", "Ramallah"],
    "QA": ["Qatari", "Doha"],
    "RU": ["Russian", "Moscow", "Kremlin"],
    "SA": ["Saudi", "Riyadh"],
    "SY": ["Syrian", "Damascus"],
    "TN": ["Tunisian", "Tunis"],
    "TR": ["Turkish", "Turks", "Ankara", "Istanbul"],
    "US": ["US", "U.S.", "USA", "American", "Washington"],
    "YE": ["Yemeni", "Sanaa", "Sana'a", "Aden"],
}

# Capitals and demonyms that are also common words, people's names or other places:
# they would count mentions of the wrong thing.
NOT_MENTIONS = {
    "Victoria",
    "Hamilton",
    "Kingston",
    "Georgetown",
    "Jamestown",
    "Plymouth",
    "The Valley",
    "Road Town",
    "Jerusalem",
    "Washington D.C.",
    "Nur-Sultan",
    "Saint-Denis",
    "Basseterre",
    "Saint John's",
    "Saint George's",
    "Saint Helier",
    "Saint Peter Port",
    "Saint-Pierre",
    "Avarua",
    "Adamstown",
    "Flying Fish Cove",
    "West Island",
    "Mata-Utu",
    "King Edward Point",
    "Douglas",
    "Mamoudzou",
    "Maseru",
    "Charlotte Amalie",
    "Longyearbyen",
    "Kosovar",
    "American",  # 'American' stays for the U.S. only (added above)
}

TYPES = [
    ("brief-analysis", ["Brief Analysis"]),
    ("policy-note", ["Policy Note", "Policy Notes"]),
    ("policy-analysis", ["Policy Analysis"]),
    ("articles-testimony", ["Articles & Testimony", "Articles and Testimony", "testimony"]),
    ("research-note", ["Research Note", "Research Notes"]),
    ("op-ed", ["Op-Ed", "oped", "Op Ed"]),
    ("interview", ["Interview"]),
    ("report", ["Report"]),
]
DEPRECATED_TYPES = [
    ("policywatch", "brief-analysis", "PolicyWatch was renamed Brief Analysis"),
    ("peacewatch", "brief-analysis", "PeaceWatch was folded into Brief Analysis"),
]

TOPICS = [
    (
        "Arab & Islamic Politics",
        [],
        [
            ("Shia Politics", ["Shiite Politics", "Shi'a Politics", "Shiite Affairs"]),
            ("Sunni Politics", []),
            ("Islamism", ["Political Islam"]),
        ],
    ),
    # subjects of every region, not only of Arab and Islamic politics: top-level, so that a brief on
    # Armenia's elections or Hong Kong's courts is not asked to carry 'Arab & Islamic Politics' (T106)
    ("Democracy & Reform", [], []),
    ("Human Rights", [], []),
    (
        "Energy & Economics",
        ["Economics & Energy"],
        [
            ("Energy", []),
            ("Water & Environment", ["Environment & Water", "Climate & Environment"]),
            ("Trade & Investment", []),
            ("Sanctions", ["Economic Sanctions"]),
        ],
    ),
    (
        "Military & Security",
        ["Security & Military", "Defense & Security"],
        [
            ("Counterterrorism", ["Counter-terrorism", "Counter-Terrorism", "CT"]),
            ("Proliferation", ["Nonproliferation", "Non-proliferation", "WMD"]),
            ("Arms Control", []),
        ],
    ),
    (
        "Terrorism",
        [],
        [
            ("Jihadist Groups", ["Jihadism", "Jihadist Movements"]),
        ],
    ),
    (
        "U.S. Policy",
        ["US Policy", "American Policy", "United States Policy"],
        [
            ("Diplomacy", []),
            ("Foreign Aid", ["Foreign Assistance", "Security Assistance"]),
        ],
    ),
    (
        "Peace Process",
        ["Middle East Peace Process", "Arab-Israeli Peace Process"],
        [
            ("Israeli-Palestinian Relations", ["Israeli-Palestinian Conflict", "Israel-Palestine"]),
            ("Arab-Israeli Relations", ["Arab-Israeli Normalization", "Abraham Accords"]),
        ],
    ),
    ("Great Power Competition", ["Great-Power Competition", "Strategic Competition"], []),
    ("Migration & Refugees", ["Refugees & Migration"], []),
]
DEPRECATED_TOPICS = [
    ("Gulf & Energy Policy", "Energy & Economics", "retired in the 2020 taxonomy"),
    ("Political Reform", "Democracy & Reform", "renamed"),
]

# Groupings: (name, aliases, mentions, how members are chosen)
GULF = ["BH", "KW", "OM", "QA", "SA", "AE"]  # the Gulf Cooperation Council's six members
LEVANT = ["IL", "JO", "LB", "PS", "SY"]
SAHEL = ["BF", "CM", "TD", "GM", "GN", "ML", "MR", "NE", "NG", "SN"]  # the UN Integrated Strategy for the Sahel
MENA_OTHERS = ["IR", "IQ", "YE", "TR", "MR"]  # MENA members outside the three sub-groupings


def _and_variant(name: str) -> list[str]:
    return [name.replace(" & ", " and ")] if " & " in name else []


def country_data() -> list[dict]:
    import pycountry
    from countryinfo._cache import load_countries

    info_by_iso: dict[str, list[dict]] = {}
    for key, v in sorted(load_countries()["countries"].items()):
        iso = (v.get("ISO") or {}).get("alpha2")
        if iso:
            info_by_iso.setdefault(iso, []).append({**v, "_key": key})
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        common = getattr(c, "common_name", None)
        name = NAME_OVERRIDES.get(c.alpha_2) or common or c.name
        candidates = info_by_iso.get(c.alpha_2, [])
        info = next((v for v in candidates if v.get("name") in (name, c.name, common)), None)
        if info is None:
            info = next((v for v in candidates if v.get("capital")), {}) if len(candidates) == 1 else {}
        aliases: list[str] = []
        for a in [
            *EXTRA_ALIASES.get(c.alpha_2, []),
            c.name,
            common,
            getattr(c, "official_name", None),
            info.get("name"),
            *(s for s in info.get("altSpellings") or [] if s.isascii() and len(s) > 3),
            c.alpha_2,
            c.alpha_3,
        ]:
            a = " ".join(a.split()).strip(" ,") if a else a
            if a and a != name and a not in aliases:
                aliases.append(a)
        mentions = list(EXTRA_MENTIONS.get(c.alpha_2, []))
        for m in (info.get("demonym"), info.get("capital")):
            if m and m not in NOT_MENTIONS and m not in mentions and m != name:
                mentions.append(m)
        out.append(
            {
                "code": c.alpha_2,
                "name": name,
                "aliases": aliases,
                "mentions": mentions,
                "region": info.get("region") or "",
                "subregion": info.get("subregion") or "",
            }
        )
    # Kosovo: not in ISO 3166-1, but a country for most newsrooms
    out.append(
        {
            "code": "XK",
            "name": "Kosovo",
            "aliases": ["Republic of Kosovo", "XK"],
            "mentions": ["Pristina"],
            "region": "Europe",
            "subregion": "Southern Europe",
        }
    )
    _drop_ambiguous(out)
    return out


def _drop_ambiguous(countries: list[dict]) -> None:
    """A mention or alias that two countries share names neither."""
    for key in ("aliases", "mentions"):
        owners: dict[str, set[str]] = {}
        for c in countries:
            for value in c[key]:
                owners.setdefault(value, set()).add(c["code"])
        names = {c["name"] for c in countries}
        for c in countries:
            c[key] = [v for v in c[key] if len(owners[v]) == 1 and v not in names]
    # a mention that is another country's alias is dropped too
    alias_owner = {a: c["code"] for c in countries for a in c["aliases"]}
    for c in countries:
        c["mentions"] = [m for m in c["mentions"] if alias_owner.get(m, c["code"]) == c["code"]]


def groupings(countries: list[dict]) -> list[dict]:
    by_code = {c["code"]: c["name"] for c in countries}
    north_africa = sorted(c["code"] for c in countries if c["subregion"] == "Northern Africa")
    europe = sorted(c["code"] for c in countries if c["region"] == "Europe" or c["code"] == "CY")
    latin_america = sorted(c["code"] for c in countries if c["subregion"] == "Latin America and the Caribbean")
    northern_america = sorted(c["code"] for c in countries if c["subregion"] == "Northern America")

    def names(codes: list[str]) -> list[str]:
        return sorted(by_code[c] for c in codes)

    return [
        {
            "name": "Middle East & North Africa",
            "aliases": ["Middle East and North Africa", "MENA", "Middle East", "Near East"],
            "mentions": ["Middle Eastern"],
            "children": ["Gulf States", "Levant", "North Africa", *names(MENA_OTHERS)],
        },
        {
            "name": "Gulf States",
            "aliases": ["Gulf", "GCC", "Gulf Cooperation Council", "Arab Gulf States"],
            "mentions": ["Persian Gulf", "Arabian Gulf", "Gulf states"],
            "children": names(GULF),
        },
        {"name": "Levant", "aliases": ["Eastern Mediterranean"], "mentions": ["Levantine"], "children": names(LEVANT)},
        {
            "name": "North Africa",
            "aliases": ["Maghreb", "Northern Africa"],
            "mentions": ["North African"],
            "children": names(north_africa),
        },
        {"name": "Sahel", "aliases": ["Sahel Region"], "mentions": ["Sahelian"], "children": names(SAHEL)},
        {
            "name": "Europe",
            "aliases": ["European Union", "EU"],
            "mentions": ["European", "Brussels", "EU"],
            "children": names(europe),
        },
        # the UN geoscheme's two sub-regions of the Americas: 'South American' and 'North American' name
        # them, not the United States (whose mentions include 'American')
        {
            "name": "Latin America & Caribbean",
            "aliases": ["Latin America and the Caribbean", "Latin America"],
            "mentions": [
                "Latin American",
                "South America",
                "South American",
                "Central America",
                "Central American",
                "Caribbean",
            ],
            "children": names(latin_america),
        },
        {
            "name": "Northern America",
            "aliases": ["North America"],
            "mentions": ["North American"],
            "children": names(northern_america),
        },
    ]


def _deprecated(use: str, note: str) -> str:
    return f"    deprecated: {{use: {yaml_scalar(use, flow=True)}, note: {yaml_scalar(note, flow=True)}}}"


def _flow(values: list[str]) -> str:
    return "[" + ", ".join(yaml_scalar(v, flow=True) for v in values) + "]"


ARABIC = ROOT / "scripts" / "taxonomy-ar.yaml"


def arabic_names() -> dict[tuple[str, str], tuple[list[str], list[str]]]:
    """``(kind, name)`` → (aliases, mentions) in Arabic, from ``scripts/taxonomy-ar.yaml``."""
    from brieflint.document.yamldata import load_yaml

    data = load_yaml(ARABIC.read_text(encoding="utf-8")).data
    return {
        (kind, t["name"]): (list(t.get("aliases", [])), list(t.get("mentions", [])))
        for kind in ("regions", "topics")
        for t in data.get(kind, [])
    }


def _with_arabic(arabic: dict, kind: str, name: str, aliases: list[str], mentions: list[str]) -> None:
    """Add the Arabic names of term ``name`` (in place), once; the term is then done."""
    more_aliases, more_mentions = arabic.pop((kind, name), ([], []))
    aliases += [a for a in more_aliases if a not in aliases]
    mentions += [m for m in more_mentions if m not in mentions]


def render() -> str:
    countries = country_data()
    arabic = arabic_names()
    lines = [
        "# The shipped taxonomy of brieflint, modelled on a Middle East policy institute.",
        "# Generated by scripts/make_taxonomy.py from pycountry (ISO 3166-1) and countryinfo",
        "# (capitals, demonyms, UN regions): edit the script, not this file.",
        "# Layer your own terms over it with `taxonomy:` in .brieflint.yaml (see docs/taxonomy.md).",
        "version: 1",
        "name: brieflint default",
        "",
        "types:",
    ]
    for name, aliases in TYPES:
        lines.append(f"  - name: {yaml_scalar(name)}")
        if aliases:
            lines.append(f"    aliases: {_flow(aliases)}")
    for name, use, note in DEPRECATED_TYPES:
        lines += [f"  - name: {yaml_scalar(name)}", _deprecated(use, note)]
    lines += ["", "topics:"]
    for name, aliases, children in TOPICS:
        lines.append(f"  - name: {yaml_scalar(name)}")
        al = aliases + [a for a in _and_variant(name) if a not in aliases]
        _with_arabic(arabic, "topics", name, al, [])
        if al:
            lines.append(f"    aliases: {_flow(al)}")
        if children:
            lines.append("    children:")
            for child, caliases in children:
                lines.append(f"      - name: {yaml_scalar(child)}")
                cal = caliases + [a for a in _and_variant(child) if a not in caliases]
                if cal:
                    lines.append(f"        aliases: {_flow(cal)}")
    for name, use, note in DEPRECATED_TOPICS:
        lines += [f"  - name: {yaml_scalar(name)}", _deprecated(use, note)]
    lines += ["", "regions:", "  # groupings; their children name countries defined below"]
    for g in groupings(countries):
        _with_arabic(arabic, "regions", g["name"], g["aliases"], g["mentions"])
        lines.append(f"  - name: {yaml_scalar(g['name'])}")
        lines.append(f"    aliases: {_flow(g['aliases'])}")
        lines.append(f"    mentions: {_flow(g['mentions'])}")
        lines.append("    children:")
        for child in g["children"]:
            lines.append(f"      - {yaml_scalar(child)}")
    lines.append("  # ISO 3166-1 countries and territories, and Kosovo")
    for c in sorted(countries, key=lambda c: c["name"]):
        _with_arabic(arabic, "regions", c["name"], c["aliases"], c["mentions"])
        lines.append(f"  - name: {yaml_scalar(c['name'])}")
        if c["aliases"]:
            lines.append(f"    aliases: {_flow(c['aliases'])}")
        if c["mentions"]:
            lines.append(f"    mentions: {_flow(c['mentions'])}")
    if arabic:
        raise SystemExit(f"{ARABIC}: no such term: " + ", ".join(f"{k} {n!r}" for k, n in sorted(arabic)))
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, default=ROOT / "rules" / "taxonomy.yaml")
    ap.add_argument("--check", action="store_true", help="exit 1 if OUT differs from what would be written")
    a = ap.parse_args()
    text = render()
    outputs = {a.out: text, a.out.with_suffix(".json"): as_json(text), a.out.with_suffix(".built.json"): as_built(text)}
    if a.check:
        for out, wanted in outputs.items():
            current = out.read_text(encoding="utf-8") if out.exists() else ""
            if current != wanted:
                print(f"{out} is stale: run scripts/make_taxonomy.py", file=sys.stderr)
                return 1
        return 0
    for out, wanted in outputs.items():
        out.write_text(wanted, encoding="utf-8")
        print(f"wrote {out}")
    return 0


def as_json(yaml_text: str) -> str:
    """The same taxonomy as JSON, which brieflint reads at start-up (json.loads is ~30 × faster)."""
    sys.path.insert(0, str(ROOT / "src"))
    from brieflint.document.yamldata import load_yaml
    from brieflint.shipped import json_copy

    return json_copy(load_yaml(yaml_text).data)


def as_built(yaml_text: str) -> str:
    """The taxonomy as brieflint builds it (terms, lookups, prose matcher), read when no other is configured."""
    from brieflint.checks.taxonomy.model import build_shipped, built_json

    return built_json(build_shipped(yaml_text))


if __name__ == "__main__":
    raise SystemExit(main())
