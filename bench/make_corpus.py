"""Generate a benchmark corpus from the sample articles.

    .venv/bin/python bench/make_corpus.py OUT.jsonl [--articles 2000] [--seed 7]

Each generated article joins two sample articles and swaps their countries
(name, demonym and capital together), numbers, weekdays and publication date
for random ones, so the texts vary but keep the shape and length of news.
Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def country_forms() -> list[tuple[str, str, str]]:
    """(name, demonym, capital) for countries that have all three in the knowledge base."""
    from eventwire.data_files import data_path, read_tsv, split_values

    out = []
    for row in read_tsv(data_path("actors", "countries.tsv")):
        demonyms, capitals = split_values(row.get("demonyms")), split_values(row.get("capitals"))
        if demonyms and capitals and " " not in row["name"]:
            out.append((row["name"], demonyms[0], capitals[0]))
    return out


def _swap_countries(text: str, forms: list[tuple[str, str, str]], rng: random.Random) -> str:
    present = [f for f in forms if re.search(rf"\b{re.escape(f[0])}\b", text)]
    mapping: dict[str, str] = {}
    for original in present:
        other = rng.choice(forms)
        for a, b in zip(original, other):
            mapping[a] = b
    if not mapping:
        return text
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, mapping), key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def _vary(text: str, forms, rng: random.Random) -> str:
    text = _swap_countries(text, forms, rng)
    text = re.sub(r"\b(\d{1,3})\b(?![-/]\d)", lambda m: str(max(1, int(int(m.group(1)) * rng.uniform(0.5, 2.0)))), text)
    return re.sub(r"\b(" + "|".join(WEEKDAYS) + r")\b", lambda m: rng.choice(WEEKDAYS), text)


def build_corpus(source: Path, out: Path, n: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    base = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    forms = country_forms()
    start = date(2015, 1, 1)
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            first, second = rng.sample(base, 2)
            text = _vary(first["text"], forms, rng) + "\n\n" + _vary(second["text"], forms, rng)
            published = start + timedelta(days=rng.randrange(3650))
            row = {"id": f"bench-{i:06d}", "published": published.isoformat(), "source": "Eventwire Bench",
                   "title": first.get("title"), "text": text}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--source", type=Path, default=ROOT / "examples" / "corpus.jsonl")
    args = parser.parse_args()
    build_corpus(args.source, args.out, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
