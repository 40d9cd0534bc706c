"""The actor knowledge base and the resolution of a noun phrase to an actor.

Countries (names, demonyms, capitals, seats of power), named organisations
and agent words with their sectors live in data/actors/*.tsv. Resolution
only ever reads them: an actor the base does not know keeps its text and
gets `code: None`, never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable, Sequence

from .data_files import data_path, read_tsv, split_values

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)  # only for lookups
MAX_NAME_TOKENS = 6


@dataclass(frozen=True)
class KBEntry:
    code: str
    sector: str | None
    identifier: str
    kind: str  # country | demonym | metonym | org | person


@dataclass(frozen=True)
class PersonTerm:
    """One role a person held, from `start` to `end` (None: still in office)."""

    entry: KBEntry
    role: str
    start: date | None
    end: date | None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


_WORD_START = re.compile(r"^[^\s\-'\u2019]+")


def first_word(text: str) -> str:
    """The part of a name's first word before any hyphen or apostrophe ("al-Qaeda" -> "al")."""
    match = _WORD_START.match(text.strip())
    return match.group() if match else text.strip()


def normalise_name(text: str) -> str:
    """Typographic apostrophes and spacing made plain, a trailing possessive dropped."""
    text = " ".join(text.translate(_APOSTROPHES).split())
    return re.sub(r"\s*'s?$", "", text)


class ActorKB:
    """Name -> actor lookups.

    Names match case-sensitively ("US" is not "us", "IS" is not "is"), except
    that a name's first letter may be capitalised at the start of a sentence.
    A key is tried as printed and without a leading article, so "the White
    House" finds "White House", while "the States" stays a key of its own and
    bare "States" matches nothing.
    """

    def __init__(self) -> None:
        self.names: dict[str, KBEntry] = {}
        self.people: dict[str, list[PersonTerm]] = {}
        self.agents: dict[str, str] = {}
        self.first_words: set[str] = set()  # a name can only start at one of these
        self.longest: dict[str, int] = {}  # first word -> most words a name starting with it has
        self._cache: dict[tuple[str, date | None], KBEntry | None] = {}

    def add_name(self, name: str, entry: KBEntry) -> None:
        key = normalise_name(name)
        if key:
            self.names.setdefault(key, entry)
            self._add_first_word(key)

    def _add_first_word(self, key: str) -> None:
        for candidate in (key, _LEADING_DET.sub("", key)):
            word = first_word(candidate)
            variants = {word, word[:1].lower() + word[1:], word[:1].upper() + word[1:]}
            self.first_words |= variants
            # +2: the parser may split a name more finely than spaces do ("Iran 's", "al - Qaeda")
            size = len(candidate.split()) + 2
            for variant in variants:
                self.longest[variant] = max(self.longest.get(variant, 0), size)

    def longest_name_from(self, word: str) -> int:
        return min(MAX_NAME_TOKENS, self.longest.get(first_word(word), 0))

    def may_start_name(self, word: str) -> bool:
        return first_word(word) in self.first_words

    def add_person(self, name: str, term: PersonTerm) -> None:
        key = normalise_name(name)
        if key:
            self.people.setdefault(key, []).append(term)
            self._add_first_word(key)

    def person(self, key: str, on: date | None) -> KBEntry | None:
        """The person's coding on a date: the term in office then, else their only country."""
        terms = self.people.get(key)
        if not terms:
            return None
        if on is not None:
            for term in terms:
                if term.covers(on):
                    return term.entry
        codes = {t.entry.code for t in terms}
        if len(codes) == 1:
            latest = max(terms, key=lambda t: t.start or date.min)
            return latest.entry
        return None

    def add_agent(self, term: str, sector: str) -> None:
        self.agents.setdefault(" ".join(term.lower().split()), sector)

    def add_names(self, names: Iterable[tuple[str, KBEntry | Sequence[PersonTerm]]]) -> int:
        """Add (name, entry) pairs from an outside dictionary (see petrarch.py). A sequence of
        PersonTerms is added as a person, coded by date. A name already known keeps its entry.
        Returns how many names were new."""
        new = 0
        for name, value in names:
            key = normalise_name(name)
            if not key or key in self.names or key in self.people:
                continue
            if isinstance(value, KBEntry):
                self.add_name(key, value)
            else:
                for term in value:
                    self.add_person(key, term)
            new += 1
        self._cache.clear()
        return new

    def add_agents(self, terms: Iterable[tuple[str, str]]) -> int:
        """Add (agent term, sector) pairs; a term already known keeps its sector. Returns how many were new."""
        before = len(self.agents)
        for term, sector in terms:
            self.add_agent(term, sector)
        return len(self.agents) - before

    def lookup(self, text: str, on: date | None = None) -> KBEntry | None:
        cache_key = (text, on)
        if cache_key in self._cache:
            return self._cache[cache_key]
        if len(self._cache) > 200_000:  # bounded: a long run sees many distinct strings
            self._cache.clear()
        entry = self._cache[cache_key] = self._lookup(text, on)
        return entry

    def _lookup(self, text: str, on: date | None) -> KBEntry | None:
        key = normalise_name(text)
        if not key:
            return None
        for candidate in (key, _LEADING_DET.sub("", key)):
            entry = self.names.get(candidate) or self.names.get(candidate[:1].lower() + candidate[1:])
            if entry is not None:
                return entry
        return self.person(key, on)

    def agent_sector(self, text: str) -> str | None:
        return self.agents.get(" ".join(text.lower().split()))


@lru_cache(maxsize=1)
def load_kb() -> ActorKB:
    kb = ActorKB()
    # Orgs first: "Hamas" or "the Pentagon" should keep their own sector.
    for row in read_tsv(data_path("actors", "orgs.tsv")):
        entry = KBEntry(row["code"], row.get("sector") or None, row["name"], "org")
        for name in [row["name"], *split_values(row.get("aliases"))]:
            kb.add_name(name, entry)
    for row in read_tsv(data_path("actors", "countries.tsv")):
        code, name = row["code"], row["name"]
        for alias in [name, *split_values(row.get("aliases"))]:
            kb.add_name(alias, KBEntry(code, None, name, "country"))
        for demonym in split_values(row.get("demonyms")):
            kb.add_name(demonym, KBEntry(code, None, name, "demonym"))
        for seat in split_values(row.get("capitals")) + split_values(row.get("metonyms")):
            kb.add_name(seat, KBEntry(code, "GOV", name, "metonym"))
    for row in read_tsv(data_path("actors", "agents.tsv")):
        kb.add_agent(row["term"], row["sector"])
    people = data_path("actors", "people.tsv")
    if people.exists():
        for row in read_tsv(people):
            term = PersonTerm(KBEntry(row["code"], row.get("sector") or None, row["name"], "person"),
                              row.get("role", ""), _term_date(row.get("start"), first=True), _term_date(row.get("end"), first=False))
            for name in [row["name"], *split_values(row.get("aliases"))]:
                kb.add_person(name, term)
    return kb


def _term_date(value: str | None, first: bool) -> date | None:
    """'2019-03-05', '2019-03' or '2019'; a partial date covers its whole month or year."""
    value = (value or "").strip()
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (1 if first else 12)
    day = parts[2] if len(parts) > 2 else (1 if first else 28)
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass
class Resolution:
    code: str | None
    sector: str | None
    identifier: str | None


def find_names(words: list[str], kb: ActorKB, on: date | None = None) -> list[tuple[int, int, KBEntry]]:
    """Greedy longest-first, left-to-right KB matches over a token list: (start, end, entry)."""
    found, i = [], 0
    while i < len(words):
        if not kb.may_start_name(words[i]):
            i += 1
            continue
        for n in range(min(kb.longest_name_from(words[i]), len(words) - i), 0, -1):
            entry = kb.lookup(_join(words[i : i + n]), on)
            if entry is not None:
                found.append((i, i + n, entry))
                i += n
                break
        else:
            i += 1
    return found


def _join(words: list[str]) -> str:
    # spaCy splits "Iran's" into "Iran" + "'s" and "al-Qaeda" keeps its hyphen:
    # rebuild the surface string so the KB sees names as printed.
    out = ""
    for w in words:
        out += w if (not out or w.startswith("'") or w in {"-", "."} or out.endswith("-")) else " " + w
    return out


def agent_sector_of(words: list[str], head_index: int, kb: ActorKB) -> str | None:
    """Sector from the agent words of a phrase: the head noun first ("foreign minister"), then titles."""
    for n in (3, 2, 1):
        start = head_index - n + 1
        if start >= 0:
            sector = kb.agent_sector(" ".join(words[start : head_index + 1]))
            if sector:
                return sector
    for word in words:
        sector = kb.agent_sector(word)
        if sector:
            return sector
    return None
