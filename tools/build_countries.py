#!/usr/bin/env python3
"""Build eventwire/data/actors/countries.tsv.

Base rows come from two packages that are *build-time only* (the generated
TSV is what ships; eventwire never imports them at run time):

    pip install pycountry==26.2.16 countryinfo==1.0.1

The base is then merged with the hand-written override table
``eventwire/data/actors/countries_extra.tsv`` (news names, hand-checked
demonyms, capitals, metonyms).  Edit that file, not countries.tsv, and rerun:

    python tools/build_countries.py           # rewrite countries.tsv
    python tools/build_countries.py --check   # exit 1 if countries.tsv is stale

Override semantics (countries_extra.tsv, same columns as countries.tsv):

* ``name``      non-empty replaces the generated name (the old name is kept
                as an alias if it passes the alias filter).
* ``aliases``, ``capitals``, ``metonyms``
                ``|``-separated items are added; an item ``-X`` removes X
                (also after accent folding, so ``-Male`` kills the folded
                form of "Malé").
* ``demonyms``  non-empty *replaces* the generated list (these rows are the
                hand-checked ones); the single value ``-`` means "none".
* ``#`` comment lines directly above a row are copied above that row in the
  output, so the reason for a debatable choice travels with the data.

A code that pycountry does not know (XKX) must have a full row in the extras.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "eventwire" / "data" / "actors"
EXTRA = ACTORS / "countries_extra.tsv"
OUT = ACTORS / "countries.tsv"
COLUMNS = ["code", "name", "aliases", "demonyms", "capitals", "metonyms"]
LISTS = ["aliases", "demonyms", "capitals", "metonyms"]

# Words that mark an alternative spelling as an English-language name
# ("Republic of Chile", "Commonwealth of Puerto Rico"); native-language forms
# ("República de Chile", "Kongeriket Norge") lack them and are dropped.
ENGLISH_MARKERS = {
    "of", "the", "and", "republic", "kingdom", "state", "states", "federation",
    "commonwealth", "union", "principality", "sultanate", "emirates", "duchy",
    "confederation", "territory", "bailiwick", "islands", "island", "federal",
    "democratic", "people's", "united", "federated", "independent", "socialist",
}
# Letters NFKD does not decompose.
FOLD_EXTRA = str.maketrans({
    "ø": "o", "Ø": "O", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l",
    "Ł": "L", "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
    "ʻ": "'", "ʼ": "'", "‘": "'", "’": "'",
})


def fold(s: str) -> str:
    """ASCII-fold accents: 'Bogotá' -> 'Bogota', 'Élysée' -> 'Elysee'."""
    s = s.translate(FOLD_EXTRA)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def dedupe(items):
    seen, out = set(), []
    for it in items:
        it = it.strip()
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return out


def plural(dem: str) -> str | None:
    """Plural of an auto-generated demonym, or None where English has none."""
    if re.search(r"(ese|ish|ch|ss|sh|x|ois|ais)$", dem):
        return None
    return dem + "s"


# --------------------------------------------------------------------- base
def base_rows() -> dict[str, dict]:
    import pycountry
    from countryinfo import CountryInfo

    rows: dict[str, dict] = {}
    for c in pycountry.countries:
        code = c.alpha_3
        try:
            info = CountryInfo(code).info()
        except Exception:  # pragma: no cover - all 249 resolve in 1.0.1
            info = {}
        english = [getattr(c, "common_name", None), info.get("name"), c.name]
        english = [n for n in english if n]
        name = next((n for n in english if "," not in n and "(" not in n), c.name)
        cands = english + [getattr(c, "official_name", None)] + list(info.get("altSpellings") or [])
        trusted = set(english) | {getattr(c, "official_name", None)}
        aliases = []
        for a in cands:
            if not a:
                continue
            a = a.strip()
            if a.lower().startswith("the "):  # "The Netherlands": the article is
                a = a[4:]                      # never part of a key (README.md)
            if len(a) <= 3 or "," in a or "(" in a or not is_latin(a):
                continue
            words = a.lower().split()
            if a not in trusted and not (len(words) >= 2 and ENGLISH_MARKERS & set(words)):
                continue
            aliases.append(a)
        dem = info.get("demonym") or ""
        demonyms = [d.strip() for d in dem.split(",") if d.strip()]
        cap = info.get("capital") or ""
        capitals = [x.strip() for x in cap.split("/") if x.strip()]
        rows[code] = {"code": code, "name": name, "aliases": aliases,
                      "demonyms": demonyms, "capitals": capitals, "metonyms": [],
                      "hand": False, "comments": []}
    return rows


# ------------------------------------------------------------------- extras
def read_extras(path: Path):
    extras, pending = [], []
    with path.open(encoding="utf-8") as fh:
        header_seen = False
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                pending = []
                continue
            if line.startswith("#"):
                pending.append(line)
                continue
            cells = line.split("\t")
            if not header_seen:
                if cells != COLUMNS:
                    sys.exit(f"{path}:{lineno}: header must be {COLUMNS}")
                header_seen = True
                pending = []
                continue
            if len(cells) != len(COLUMNS):
                sys.exit(f"{path}:{lineno}: {len(cells)} cells, want {len(COLUMNS)}")
            row = dict(zip(COLUMNS, cells))
            row["comments"] = pending
            row["lineno"] = lineno
            extras.append(row)
            pending = []
    return extras


def split(cell: str):
    return [x.strip() for x in cell.split("|") if x.strip()]


def merge(rows: dict[str, dict], extras) -> None:
    seen = set()
    for ex in extras:
        code = ex["code"]
        if code in seen:
            sys.exit(f"countries_extra.tsv:{ex['lineno']}: duplicate code {code}")
        seen.add(code)
        if code not in rows:
            if not ex["name"]:
                sys.exit(f"countries_extra.tsv:{ex['lineno']}: new code {code} needs a name")
            rows[code] = {"code": code, "name": ex["name"], "aliases": [], "demonyms": [],
                          "capitals": [], "metonyms": [], "hand": False, "comments": []}
        row = rows[code]
        row["comments"] = ex["comments"]
        row["removals"] = {}
        if ex["name"] and ex["name"] != row["name"]:
            old = row["name"]
            row["name"] = ex["name"]
            if old.lower().startswith("the "):  # "The Bahamas" -> "Bahamas"
                old = old[4:]
            if "," not in old and "(" not in old:
                row["aliases"].append(old)
        for col in ("aliases", "capitals", "metonyms"):
            adds = [x for x in split(ex[col]) if not x.startswith("-")]
            rems = {x[1:] for x in split(ex[col]) if x.startswith("-")}
            # hand-written news names first; for capitals the generated
            # (official) spelling stays first and variants follow
            row[col] = adds + row[col] if col == "aliases" else row[col] + adds
            row["removals"][col] = rems
        if ex["demonyms"].strip():
            row["demonyms"] = [] if ex["demonyms"].strip() == "-" else split(ex["demonyms"])
            row["hand"] = True


def finish(rows: dict[str, dict]) -> None:
    # Auto demonyms: add plurals; drop ones equal to the name or shared with
    # another row ("French" for Réunion, "Chinese" for Hong Kong, "Channel
    # Islander" for both Jersey and Guernsey).
    owners: dict[str, set] = {}
    for r in rows.values():
        for d in r["demonyms"]:
            owners.setdefault(d, set()).add(r["code"])
    for r in rows.values():
        if r["hand"]:
            continue
        keep = []
        for d in r["demonyms"]:
            if d == r["name"] or len(owners[d]) > 1:
                continue
            keep.append(d)
            p = plural(d)
            if p:
                keep.append(p)
        r["demonyms"] = keep
    for r in rows.values():
        name = r["name"]
        rem = r.get("removals", {})
        for col in ("aliases", "capitals", "metonyms"):
            items = []
            for it in r[col]:
                items.append(it)
                f = fold(it)
                if f != it and f.isascii():
                    items.append(f)
            drop = rem.get(col, set())
            drop_all = drop | {fold(x) for x in drop}
            items = [x for x in items if x not in drop_all and x != name]
            r[col] = dedupe(items)
        r["demonyms"] = dedupe(r["demonyms"])
        # a capital that is also the country's name ("Singapore", "Kuwait")
        # adds nothing: the name already codes the country.
        r["capitals"] = [c for c in r["capitals"] if c != name and c not in r["aliases"]]
        f = fold(name)
        if f != name and f.isascii() and f not in r["aliases"]:
            r["aliases"].append(f)


def conflicts(rows: dict[str, dict]) -> list[str]:
    """Strings that would code two countries (e.g. a capital shared by two rows)."""
    owners: dict[str, set] = {}
    for r in rows.values():
        for key in [r["name"]] + [k for col in LISTS for k in r[col]]:
            owners.setdefault(key, set()).add(r["code"])
    return [f"{k!r}: {sorted(v)}" for k, v in sorted(owners.items()) if len(v) > 1]


def render(rows: dict[str, dict]) -> str:
    from importlib.metadata import version

    pv, cv = version("pycountry"), version("countryinfo")
    out = [
        "# countries.tsv: GENERATED by tools/build_countries.py; do not edit by hand.",
        f"# Sources: pycountry {pv}, countryinfo {cv}, countries_extra.tsv (hand overrides).",
        "# Columns: code (ISO 3166-1 alpha-3; XKX = Kosovo), name, aliases, demonyms, capitals,",
        "# metonyms; '|' separates values. See README.md for how each column is used.",
        "\t".join(COLUMNS),
    ]
    for code in sorted(rows):
        r = rows[code]
        out.extend(r["comments"])
        out.append("\t".join([code, r["name"]] + ["|".join(r[c]) for c in LISTS]))
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if countries.tsv is out of date")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--extra", type=Path, default=EXTRA, help="override table (default: %(default)s)")
    args = ap.parse_args(argv)
    rows = base_rows()
    merge(rows, read_extras(args.extra))
    finish(rows)
    clashes = conflicts(rows)
    if clashes:
        print("keys claimed by more than one country (fix countries_extra.tsv):", file=sys.stderr)
        for c in clashes:
            print("  " + c, file=sys.stderr)
        return 1
    text = render(rows)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run tools/build_countries.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({len(rows)} rows)")
        return 0
    args.out.write_text(text, encoding="utf-8")
    hand = sum(r["hand"] for r in rows.values())
    print(f"wrote {args.out} ({len(rows)} rows, {hand} with hand-checked demonyms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
