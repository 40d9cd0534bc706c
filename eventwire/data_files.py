"""Reading the TSV data files that hold eventwire's knowledge.

Every knowledge table (lexicon, actors, maps) is a TSV with a header line,
`#` comment lines and `|` between several values in one cell, so users can
extend them in a spreadsheet or a text editor.
"""
from __future__ import annotations

import csv
import os
from importlib import resources
from functools import lru_cache
from pathlib import Path
from typing import Iterator

# EVENTWIRE_DATA_DIR points at a whole replacement data folder (same layout).
DATA_DIR = Path(os.environ.get("EVENTWIRE_DATA_DIR") or str(resources.files("eventwire") / "data"))


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


def read_tsv(path: str | Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV as dicts; blank and `#` lines skipped, cells stripped."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.lstrip().startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            yield {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}


def split_values(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def read_words(path: str | Path) -> frozenset[str]:
    """A word list: words as written, separated by spaces or lines; `#` starts a comment."""
    with open(path, encoding="utf-8") as fh:
        return frozenset(w for line in fh for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=1)
def generic_name_heads() -> frozenset[str]:
    """actors/generic_name_heads.txt: the head nouns many organisations' names share ("Party", "Forces"),
    as written in names (capitalised). The one reading of the file: mentions.py matches the words as
    written, arguments.py lowercased."""
    return read_words(data_path("actors", "generic_name_heads.txt"))
