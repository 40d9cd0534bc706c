"""The actor knowledge base and the resolution of a noun phrase to an actor.

Countries (names, demonyms, capitals, seats of power), named organisations
and agent words with their sectors live in data/actors/*.tsv. Resolution
only ever reads them: an actor the base does not know keeps its text and
gets `code: None`, never a guess.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable, Sequence

from .data_files import data_path, read_tsv, split_values
from .dates import MONTHS, WEEKDAYS

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_NAME_PIECES = re.compile(r"[\s\-'\u2019.]+")
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)  # only for lookups
_ARTICLES = frozenset({"the", "a", "an"})
# Codes of actors that are no state: UN and EU bodies, other intergovernmental and non-governmental
# organisations, transnational militants and companies (PLOVER's non-state codes)
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "MNC", "ISM"})
# the international bodies among them
INTERNATIONAL_CODES = frozenset({"UNO", "EUR", "IGO", "NGO"})
# the bodies of states among those
INTERGOVERNMENTAL_CODES = frozenset({"UNO", "EUR", "IGO"})
# sectors of a state's own agents: government, army, police, courts, legislature, intelligence
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# People a deed hurts, named without a country ("at least 90 people were killed across Bangladesh"): the place
# says where they died, not whose people they are (the null rule of the gold), unlike a building or district
# it hits, which lies in the place's country.
VICTIM_SECTORS = frozenset({"CVL"})
MAX_NAME_TOKENS = 12  # "National Union for the Total Independence of Angola"; the window is per first word


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
    title: str = ""  # the office as its note names it, lowercase ("president", "caretaker prime minister")

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


_WORD_START = re.compile(r"^[^\s\-'\u2019]+")


def _latest(terms: Sequence[PersonTerm]) -> PersonTerm:
    return max(terms, key=lambda t: t.start or date.min)


def first_word(text: str) -> str:
    """The part of a name's first word before any hyphen or apostrophe ("al-Qaeda" -> "al")."""
    match = _WORD_START.match(text.strip())
    return match.group() if match else text.strip()


# Letters that carry no accent to strip but are a Latin letter all the same: NFKD leaves them whole and
# an ASCII encoding would drop them ("Yıldırım" would lose its vowels, "Wałęsa" its "l").
_OWN_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                              "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th"})


def unaccented(text: str) -> str:
    """The text in ASCII letters: accents dropped ("Gülen" -> "Gulen"), Turkish, Nordic and Polish letters
    of their own spelt as the nearest plain letter ("Yıldırım" -> "Yildirim")."""
    return unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS)).encode("ascii", "ignore").decode()


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """A spelling-free key: accents, vowels and doubled letters dropped ("Qassem" ~ "Qasem" ~ "Kasem")."""
    plain = unaccented(name).lower()
    plain = re.sub(r"(?<=[aeiou])h\b", "", plain)  # "Hamzah" ~ "Hamza", "Fatimah" ~ "Fatima"
    plain = plain.replace("ck", "k").replace("k", "q").replace("ph", "f").replace("dh", "d").replace("gh", "g")
    consonants = re.sub(r"[^a-z]|[aeiouy]", "", plain)
    return re.sub(r"(.)\1+", r"\1", consonants)


def edits(a: str, b: str) -> int:
    """Levenshtein distance (names are short)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _plain(text: str) -> str:
    """Lowercase, accents dropped, hyphens as spaces: "Omar El-Bashir" -> "omar el bashir"."""
    text = unaccented(text).lower()
    return " ".join(text.replace("-", " ").split())


_NAME_WORD = re.compile(r"^(?:[A-Z][\w'.]*|(?:al|el|bin|ibn|de|da|dos|du|la|le|van|von|der)(?:-[A-Z][\w']*)?)$")
_PLAIN_FIRST = {"k": "q", "c": "q", "q": "q"}


def normalise_name(text: str) -> str:
    """Typographic apostrophes and spacing made plain, a trailing possessive dropped."""
    text = " ".join(text.translate(_APOSTROPHES).split())
    # (the pattern needs an apostrophe, or one and an "s", at the end: most names have neither)
    return _POSSESSIVE_END.sub("", text) if text.endswith(("'", "'s")) else text


_POSSESSIVE_END = re.compile(r"\s*'s?$")
_INNER_POSSESSIVE = re.compile(r"(?<=\w)'s?(?= )")


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
        self.namesakes: dict[str, tuple[KBEntry, ...]] = {}  # a name two countries' organisations share
        self.people: dict[str, list[PersonTerm]] = {}
        self.agents: dict[str, str] = {}
        self.first_words: set[str] = set()  # a name can only start at one of these
        self.longest: dict[str, int] = {}  # first word -> most words a name starting with it has
        self._cache: dict[str, tuple[str, KBEntry | None]] = {}  # text -> (key, name entry)
        self._misspellings: dict[str, str | None] = {}  # key -> the known name it misspells
        self.phrase_cache: dict[tuple[tuple[str, ...], date | None], list] = {}  # see find_names
        self.undated_phrase_cache: dict[tuple[str, ...], list] = {}  # phrases whose names no date changes
        self.dated_lookups = 0  # how many lookups have asked for a person's term on a date: see find_names
        self._spellings: dict[str, list[str]] | None = None  # skeleton -> keys, built on first use
        self._first_spellings: dict[str, set[str]] = {}  # skeleton of a first word -> the first words
        self._name_words: set[str] = set()  # every word of every name, lower-cased and split at hyphens
        self._window: dict[str, int] = {}  # word -> most tokens a name starting with it can have (0: none)
        self._unknown: set[str] = set()  # texts that name no one on any date: see lookup
        self.terms_by_code: dict[str, list[PersonTerm]] = {}  # country -> every term served there
        self.earlier: dict[str, tuple[date, KBEntry]] = {}  # name -> (until, what it named before then)

    def add_name(self, name: str, entry: KBEntry) -> None:
        key = normalise_name(name)
        if key:
            self._file_name(key, entry)
            self._add_first_word(key)
            # the mention finder reads "People's" as "People" (mentions.tokenize): the name without its
            # inner possessives finds "the Sudan People's Liberation Movement" too
            self._file_name(_INNER_POSSESSIVE.sub("", key), entry)
            self._forget_lookups()

    def _file_name(self, key: str, entry: KBEntry) -> None:
        """A name keeps the first entry filed under it, unless two organisations of different countries
        bear it ("Peoples Democratic Party": Nigeria's PDP and Turkey's HDP): then it names neither by
        itself, and only the countries of the story can say which is meant (namesakes_of)."""
        shared = self.namesakes.get(key)
        if shared is not None:
            if all(e.code != entry.code for e in shared):
                self.namesakes[key] = shared + (entry,)
            return
        known = self.names.setdefault(key, entry)
        if known.code != entry.code and known.kind == entry.kind == "org":
            del self.names[key]
            self.namesakes[key] = (known, entry)

    def namesakes_of(self, text: str) -> tuple[KBEntry, ...]:
        """The organisations of different countries that share the name `text` (empty for any other)."""
        key = normalise_name(text)
        return self.namesakes.get(key) or self.namesakes.get(_LEADING_DET.sub("", key), ())

    def namesake_of_countries(self, text: str, countries: Sequence[str]) -> KBEntry | None:
        """Which of the namesakes called `text` the story means: the one of the country it names most
        among theirs, else None (the name stays unknown rather than coded as one at random)."""
        by_code = {e.code: e for e in self.namesakes_of(text)}
        return next((by_code[c] for c in countries if c in by_code), None)

    def _add_first_word(self, key: str) -> None:
        self._name_words.update(w for w in _NAME_PIECES.split(key.lower()) if w)
        for candidate in (key, _LEADING_DET.sub("", key)):
            word = first_word(candidate)
            variants = {word, word[:1].lower() + word[1:], word[:1].upper() + word[1:]}
            self.first_words |= variants
            # the parser splits a name more finely than spaces do: each hyphen is a token of its own
            # ("Co - operation"), and +2 for the rest ("Iran 's")
            size = len(candidate.split()) + 2 * candidate.count("-") + 2
            for variant in variants:
                self.longest[variant] = max(self.longest.get(variant, 0), size)

    def longest_name_from(self, word: str) -> int:
        first = first_word(word)
        if first not in self.longest:
            first = next(iter(self._misspelt_first_words(first)), first)
        return min(MAX_NAME_TOKENS, self.longest.get(first, 0))

    def name_window(self, word: str) -> int:
        """How many tokens from `word` a name could span (0: no name starts with it); cached."""
        window = self._window.get(word)
        if window is None:
            if len(self._window) > 200_000:
                self._window.clear()
            window = self._window[word] = self.longest_name_from(word) if self.may_start_name(word) else 0
        return window

    def may_end_name(self, word: str) -> bool:
        """False for a lower-case word in no name: no name, printed or misspelt, ends with it."""
        return not word.islower() or word in self._name_words or not word.isalpha()

    def may_start_name(self, word: str) -> bool:
        first = first_word(word)
        return first in self.first_words or bool(self._misspelt_first_words(first))

    # --- names printed with another spelling: "Bouteflicka", "Mitterand", "Quatar", "Omar El Bashir"

    MIN_MISSPELT = 6  # a one-word name shorter than this is never matched by spelling

    def _spelling_index(self) -> dict[str, list[str]]:
        """Skeleton -> keys, for people's names and for one-word country names and demonyms."""
        if self._spellings is None:
            index: dict[str, list[str]] = {}
            keys = [k for k in self.people if len(k.split()) > 1 or len(k) > self.MIN_MISSPELT]
            keys += [k for k, e in self.names.items() if e.kind in {"country", "demonym"} and len(k) >= self.MIN_MISSPELT - 1
                     and _NAME_WORD.match(k)]
            for key in keys:
                if not all(_NAME_WORD.match(w) for w in key.split()):
                    continue
                sk = skeleton(key)
                if len(sk) >= 3:
                    index.setdefault(sk, []).append(key)
                first = first_word(key)
                if len(first) >= self.MIN_MISSPELT - 1:
                    self._first_spellings.setdefault(skeleton(first), set()).add(first)
            self._spellings = index
        return self._spellings

    def _misspelt_first_words(self, word: str) -> set[str]:
        if len(word) < self.MIN_MISSPELT or not word[:1].isupper():
            return set()
        self._spelling_index()
        return {w for w in self._first_spellings.get(skeleton(word), ()) if _close_spelling(word, w)}

    def _misspelt(self, key: str) -> str | None:
        """The one known name `key` is a misspelling or transliteration of, if there is exactly one."""
        words = key.split()
        if not all(_NAME_WORD.match(w) for w in words) or (len(words) == 1 and len(key) < self.MIN_MISSPELT):
            return None
        found = sorted((edits(_plain(key), _plain(k)), k) for k in self._spelling_index().get(skeleton(key), ())
                       if _close_spelling(key, k))
        best = [k for d, k in found if d == found[0][0]] if found else []
        identities = {(self.names[k].code, self.names[k].identifier) if k in self.names
                      else self.people[k][0].entry.identifier for k in best}
        return best[0] if len(identities) == 1 else None

    def add_earlier_name(self, name: str, until: date, entry: KBEntry) -> None:
        """`name` named `entry` in articles published before `until` (earlier_names.tsv)."""
        key = normalise_name(name)
        if key:
            self.earlier[key] = (until, entry)
            self._forget_lookups()

    def _as_named_on(self, key: str, entry: KBEntry, on: date | None) -> KBEntry:
        """"Congo" in 1995 is the Republic of the Congo: a name that meant another country before a
        date. The answer depends on the date, which find_names must know to cache the phrase per date."""
        earlier = self.earlier.get(key)
        if earlier is None:
            article, _, rest = key.partition(" ")  # "the Congo"; no regex: this runs for every name found
            earlier = self.earlier.get(rest) if rest and article.lower() in _ARTICLES else None
        if earlier is None:
            return entry
        self.dated_lookups += 1
        until, before = earlier
        return before if on is not None and on < until else entry

    def add_person(self, name: str, term: PersonTerm) -> None:
        key = normalise_name(name)
        terms = self.terms_by_code.setdefault(term.entry.code, [])
        if term not in terms:
            terms.append(term)
        if key:
            self.people.setdefault(key, []).append(term)
            self._add_first_word(key)
            self._forget_lookups()

    def _forget_lookups(self) -> None:
        for cache in (self._window, self._cache, self.phrase_cache, self.undated_phrase_cache, self._misspellings,
                      self._unknown):
            cache.clear()

    def person(self, key: str, on: date | None) -> KBEntry | None:
        """The person's coding on a date: the term in office then, else their only country, else the one
        state among the bodies they served."""
        terms = self.people.get(key)
        if not terms:
            return None
        self.dated_lookups += 1
        if on is not None:
            for term in terms:
                if term.covers(on):
                    return term.entry
        codes = {t.entry.code for t in terms}
        if len(codes) == 1:
            return _latest(terms).entry
        # out of office on that date, someone who served one state and international bodies is that
        # state's: Ban Ki-moon before and after the UN, ElBaradei before the IAEA (undated: unknown)
        states = codes - NON_STATE_CODES
        if on is not None and len(states) == 1:
            home = states.pop()
            return _latest([t for t in terms if t.entry.code == home]).entry
        return None

    def office_holder(self, code: str | None, office: str, on: date | None) -> KBEntry | None:
        """"Sri Lanka's president" on 2022-07-10: the one person who held the office in that country
        that day (offices.tsv), or None when the office is unknown, unfilled or shared."""
        roles_titles = load_offices().get(" ".join(office.lower().split()))
        if code is None or on is None or roles_titles is None:
            return None
        roles, titles = roles_titles
        holders = {t.entry.identifier: t.entry for t in self.terms_by_code.get(code, ())
                   if t.role in roles and t.covers(on) and (not titles or any(_has_words(t.title, w) for w in titles))}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def add_agent(self, term: str, sector: str) -> None:
        self.agents.setdefault(_agent_key(term), sector)

    def add_names(self, names: Iterable[tuple[str, KBEntry | Sequence[PersonTerm]]]) -> int:
        """Add (name, entry) pairs from an outside dictionary (see petrarch.py). A sequence of
        PersonTerms is added as a person, coded by date. A name already known keeps its entry.
        Returns how many names were new."""
        new = 0
        for name, value in names:
            key = normalise_name(name)
            if not key or key in self.names or key in self.people or key in self.namesakes:
                continue
            if isinstance(value, KBEntry):
                self.add_name(key, value)
            else:
                for term in value:
                    self.add_person(key, term)
            new += 1
        self._forget_lookups()
        return new

    def add_agents(self, terms: Iterable[tuple[str, str]]) -> int:
        """Add (agent term, sector) pairs; a term already known keeps its sector. Returns how many were new."""
        before = len(self.agents)
        for term, sector in terms:
            self.add_agent(term, sector)
        return len(self.agents) - before

    def lookup(self, text: str, on: date | None = None) -> KBEntry | None:
        # most texts asked about are no name (the name finder tries every word run that may be
        # one): those known to give None whatever the date are answered at once
        if text in self._unknown:
            return None
        key, entry = self._name_lookup(text)
        if entry is not None:
            return self._as_named_on(key, entry, on) if self.earlier else entry
        if not key:
            self._remember_unknown(text)
            return entry
        person = self.person(key, on)
        if person is None and key[:1].isupper():
            known = self._misspelling_of(key)
            if known is not None:
                return self.names.get(known) or self.person(known, on)
        if person is None and key not in self.people and (not key[:1].isupper() or self._misspelling_of(key) is None):
            self._remember_unknown(text)
        return person

    def spelt_as_named(self, text: str) -> bool:
        """True when `text` is one of the base's names as printed, not a spelling correction of one."""
        return self._name_lookup(text)[1] is not None or self.person(normalise_name(text), None) is not None

    def _remember_unknown(self, text: str) -> None:
        if len(self._unknown) > 200_000:  # bounded, as the other caches
            self._unknown.clear()
        self._unknown.add(text)

    def _name_lookup(self, text: str) -> tuple[str, KBEntry | None]:
        """The normalised key and the name entry: cached, as they do not depend on the date."""
        found = self._cache.get(text)
        if found is None:
            if len(self._cache) > 200_000:  # bounded: a long run sees many distinct strings
                self._cache.clear()
            key = normalise_name(text)
            entry = None
            for candidate in (key, _LEADING_DET.sub("", key)) if key else ():
                entry = self.names.get(candidate) or self.names.get(candidate[:1].lower() + candidate[1:])
                if entry is not None:
                    break
            found = self._cache[text] = (key, entry)
        return found

    def _misspelling_of(self, key: str) -> str | None:
        if key not in self._misspellings:
            if len(self._misspellings) > 200_000:
                self._misspellings.clear()
            self._misspellings[key] = self._misspelt(key)
        return self._misspellings[key]

    def agent_sector(self, text: str) -> str | None:
        return self.agents.get(_agent_key(text))


_SPACED_HYPHEN = re.compile(r"\s*-\s*")


@lru_cache(maxsize=65536)  # the argument stages ask about the same few words again and again
def _agent_key(text: str) -> str:
    """An agent term as looked up: lowercase, one space between words, and a hyphenated compound joined
    again when the tokenizer split it ("hostage - takers" is "hostage-takers")."""
    return _SPACED_HYPHEN.sub("-", " ".join(text.lower().split()))


def _close_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: word for word the same first letter, a letter or two apart in
    all ("Bouteflicka"/"Bouteflika", "Dos Sontas"/"Dos Santos"), not a feminine "-a" ending."""
    pa, pb = _plain(a), _plain(b)
    wa, wb = pa.split(), pb.split()
    if pa == pb:
        return True
    if len(wa) != len(wb) or any(_PLAIN_FIRST.get(x[0], x[0]) != _PLAIN_FIRST.get(y[0], y[0]) for x, y in zip(wa, wb)):
        return False
    if any(x != y and (x + "a" == y or y + "a" == x) for x, y in zip(wa, wb)):
        return False  # "Karimova" is not "Karimov"
    for x, y in zip(wa, wb):
        # each differing word must be a misspelling on its own: "Prime Minister Abiy" is not "Prime Minister Abe"
        if x != y and (min(len(x), len(y)) < ActorKB.MIN_MISSPELT - 1 or edits(x, y) > (1 if len(x) < 10 else 2)):
            return False
    limit = 1 if len(pa) < 10 else 2
    return edits(pa, pb) <= limit


_UN_PREFIXES = ("UN ", "U.N. ", "United Nations ")


def un_spellings(name: str) -> list[str]:
    """A UN body's name in the three spellings news uses for it: "UN Support Mission in Libya" is also
    "U.N. Support Mission in Libya" and "United Nations Support Mission in Libya"."""
    prefix = next((p for p in _UN_PREFIXES if name.startswith(p)), None)
    if prefix is None:
        return [name]
    rest = name[len(prefix):]
    return [name] + [p + rest for p in _UN_PREFIXES if p != prefix]


@lru_cache(maxsize=None)
def org_acronyms(identifier: str) -> frozenset[str]:
    """The all-capitals names orgs.tsv gives the body of that name ("ELN" for the National Liberation Army)."""
    return _acronyms_by_org().get(identifier, frozenset())


@lru_cache(maxsize=1)
def _acronyms_by_org() -> dict[str, frozenset[str]]:
    out = {}
    for row in read_tsv(data_path("actors", "orgs.tsv")):
        names = [row["name"], *split_values(row.get("aliases"))]
        out[row["name"]] = frozenset(n for n in names if re.fullmatch(r"[A-Z][A-Z&-]{1,7}", n))
    return out


@lru_cache(maxsize=1)
def load_kb() -> ActorKB:
    kb = ActorKB()
    # Orgs first: "Hamas" or "the Pentagon" should keep their own sector.
    for row in read_tsv(data_path("actors", "orgs.tsv")):
        entry = KBEntry(row["code"], row.get("sector") or None, row["name"], "org")
        for name in [row["name"], *split_values(row.get("aliases"))]:
            for spelling in un_spellings(name):
                kb.add_name(spelling, entry)
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
    add_earlier_names(kb)
    people = data_path("actors", "people.tsv")
    if people.exists():
        for row in read_tsv(people):
            term = PersonTerm(KBEntry(row["code"], row.get("sector") or None, row["name"], "person"),
                              row.get("role", ""), _term_date(row.get("start"), first=True), _term_date(row.get("end"), first=False),
                              _office_title(row.get("note")))
            for name in [row["name"], *split_values(row.get("aliases"))]:
                kb.add_person(name, term)
    return kb


def add_earlier_names(kb: ActorKB) -> None:
    """earlier_names.tsv: "Congo" before 1997-05-17 is the Republic of the Congo. The earlier entry keeps
    the kind of the name's present entry (a country name stays a country, a demonym a demonym)."""
    names = {row["code"]: row["name"] for row in read_tsv(data_path("actors", "countries.tsv"))}
    for row in read_tsv(data_path("actors", "earlier_names.tsv")):
        present = kb.names.get(normalise_name(row["name"]))
        until = _term_date(row["until"], first=True)
        if present is not None and until is not None:
            kb.add_earlier_name(row["name"], until, KBEntry(row["code"], present.sector, names.get(row["code"], row["code"]), present.kind))


@lru_cache(maxsize=1)
def load_successions() -> dict[str, tuple[str, date]]:
    out = {}
    for row in read_tsv(data_path("actors", "successions.tsv")):
        since = _term_date(row["since"], first=True)
        if since is not None:
            out[row["code"]] = (row["was_part_of"], since)
    return out


def code_as_of(code: str | None, on: date | None) -> str | None:
    """The code of the state a place or actor belonged to on a date: "SSD" before South Sudan's
    independence is "SDN" (successions.tsv). Undated articles keep today's codes."""
    succession = load_successions().get(code) if code and on else None
    if succession is None or on >= succession[1]:
        return code
    return succession[0]


def _office_title(note: str | None) -> str:
    """A note's first clause: "president; fled and resigned" -> "president"."""
    return re.split(r"[;(.]", note or "", maxsplit=1)[0].strip().lower()


def _has_words(text: str, words: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None


@lru_cache(maxsize=1)
def load_offices() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """office words -> (people.tsv roles that hold it, words the holder's title must contain)."""
    return {" ".join(row["office"].split()): (frozenset(split_values(row["roles"])), tuple(split_values(row.get("titles"))))
            for row in read_tsv(data_path("actors", "offices.tsv"))}


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


MAX_CACHED_PHRASE = 16  # the argument stages ask again and again about the same short phrases


def find_names(words: list[str], kb: ActorKB, on: date | None = None) -> list[tuple[int, int, KBEntry]]:
    """Greedy longest-first, left-to-right KB matches over a token list: (start, end, entry)."""
    if len(words) > MAX_CACHED_PHRASE:
        return _find_names(words, kb, on)
    phrase = tuple(words)
    found = kb.undated_phrase_cache.get(phrase)
    if found is None:
        found = kb.phrase_cache.get((phrase, on))
    if found is None:
        # a phrase in which no person's term was looked up names the same whatever the article's
        # date, and is cached once for every date: most phrases are of that kind
        dated_before = kb.dated_lookups
        found = _find_names(words, kb, on)
        cache, key = ((kb.undated_phrase_cache, phrase) if kb.dated_lookups == dated_before
                      else (kb.phrase_cache, (phrase, on)))
        if len(cache) > 100_000:  # bounded: a long run sees many distinct phrases
            cache.clear()
        cache[key] = found
    return list(found)


def _find_names(words: list[str], kb: ActorKB, on: date | None) -> list[tuple[int, int, KBEntry]]:
    # what each word allows is asked once, not once for every name tried across it
    windows = [kb.name_window(w) for w in words]
    ends = [kb.may_end_name(w) for w in words]
    found, i = [], 0
    while i < len(words):
        # most words start no name (window 0): no call made for them
        match = _longest_at(words, i, kb, on, windows, ends) if windows[i] else None
        if match is None:
            i += 1
            continue
        end, entry = match
        if (_another_bearer(words, i, end, entry, kb, found) or _inside_agent_term(words, i, end, kb)
                or _names_water(words, i, end, entry) or _names_native_people(words, i, end, entry)
                or _names_a_continent(words, i, end, entry)):
            i = end
            continue
        # "President Moon Jae-in": a title form ("President Moon") must not cut a longer name short
        for k in range(i + 1, end):
            later = _longest_at(words, k, kb, on, windows, ends) if windows[k] else None
            if later is not None and later[0] > end:
                i, (end, entry) = k, later
                break
        found.append((i, end, entry))
        i = end
    return found


def _inside_agent_term(words: list[str], i: int, end: int, kb: ActorKB) -> bool:
    """"the National Security Council" is no UN Security Council: a name that ends a longer agent
    term (agents.tsv) is a word of that role noun, which names a body of some state."""
    return any(kb.agent_sector(" ".join(words[start:end])) for start in range(max(0, i - 2), i))


def _names_water(words: list[str], i: int, end: int, entry: KBEntry) -> bool:
    """"the Indian Ocean", "the South China Sea", "the Gulf of Oman": a country's name or demonym
    inside the name of a sea names water, not the state; so does a city the sea is named after ("the
    Gulf of Aden")."""
    return entry.kind in {"country", "demonym", "metonym"} and inside_water_name(words, i, end)


def _names_native_people(words: list[str], i: int, end: int, entry: KBEntry) -> bool:
    """"Aymara Indians", "Bolivian Indians": a demonym that is also the old name of the Americas' native
    peoples (native_people_demonyms.txt), after the capitalised name of a people or of another country,
    names that people, not the state it is the demonym of."""
    if entry.kind != "demonym" or end - i != 1 or i == 0 or words[i].lower() not in actor_word_list("native_people_demonyms.txt"):
        return False
    from .lexicon import load_lexicon  # the lexicon reads actor word lists: imported late

    before, lexicon = words[i - 1], load_lexicon()
    # "Many Indians", "South Indians": a quantity or a part of the country opening the phrase keeps the state
    return (before[:1].isupper() and before.isalpha() and before.lower() not in _NOT_GIVEN_NAMES
            and before.lower() not in lexicon.compass_words and before.lower() not in lexicon.partitives)


def _names_a_continent(words: list[str], i: int, end: int, entry: KBEntry) -> bool:
    """"Latin American leaders", "South American governments": a demonym after a word that makes it an
    adjective of a continent or a part of one (continent_demonyms.txt) names many states, not its own."""
    if entry.kind != "demonym" or end - i != 1 or i == 0:
        return False
    return f"{words[i - 1]} {words[i]}".lower() in actor_word_list("continent_demonyms.txt")


def inside_water_name(words: list[str], i: int, end: int) -> bool:
    """Whether words[i:end] stand inside the name of a sea: a capitalised water word (water_words.txt)
    right after them ("Indian Ocean") or before "of" right before them ("Sea of Japan")."""
    after = words[end] if end < len(words) else ""
    return _is_water_word(after) or (i >= 2 and words[i - 1] == "of" and _is_water_word(words[i - 2]))


def _is_water_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() in actor_word_list("water_words.txt")


_NOT_GIVEN_NAMES = {"the", "a", "an", "when", "after", "before", "but", "and", "as", "if", "while", "in", "on", "at",
                    "of", "for", "with", "by", "from", "to", "that", "this", "mr", "mrs", "ms", "dr", "said", "says"}


_CALENDAR_WORDS = frozenset(WEEKDAYS + MONTHS)


def _another_bearer(words: list[str], i: int, end: int, entry: KBEntry, kb: ActorKB, found: list) -> bool:
    """"Samar Badawi" is not Abdullah Badawi: a bare surname after a given name we do not know is
    someone else of that name."""
    if entry.kind != "person" or end - i != 1 or i == 0 or (found and found[-1][1] == i):
        return False
    before = words[i - 1]
    # "... on Saturday. Lula said": the mentions' words carry no full stop, and a day or month that ends a
    # sentence is no given name
    return (before[:1].isupper() and before.isalpha() and before.lower() not in _NOT_GIVEN_NAMES
            and before not in _CALENDAR_WORDS and kb.agent_sector(before) is None and kb.lookup(before) is None)


def _longest_at(words: list[str], i: int, kb: ActorKB, on: date | None, windows: list[int],
                ends: list[bool]) -> tuple[int, KBEntry] | None:
    """The longest known name starting at words[i]: (its end, its entry). `windows` and `ends` hold
    kb.name_window and kb.may_end_name of each word."""
    sizes = [n for n in range(min(windows[i], len(words) - i), 0, -1) if ends[i + n - 1]]
    if not sizes:
        return None
    joined = _joined_prefixes(words, i, sizes[0])
    for n in sizes:
        entry = kb.lookup(joined[n - 1], on)
        if entry is not None:
            return i + n, entry
    return None


def _joined_prefixes(words: list[str], i: int, n: int) -> list[str]:
    """The surface strings of words[i:i+1], words[i:i+2] ... words[i:i+n], each the one before with
    a word added (one pass, not one per length).
    spaCy splits "Iran's" into "Iran" + "'s" and "al-Qaeda" keeps its hyphen:
    rebuild the surface string so the KB sees names as printed."""
    out, prefixes = "", []
    for w in words[i : i + n]:
        out += w if (not out or w.startswith("'") or w in {"-", "."} or out.endswith("-")) else " " + w
        prefixes.append(out)
    return prefixes


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


@lru_cache(maxsize=None)
def actor_word_list(name: str) -> frozenset[str]:
    """A word list of data/actors (bloc_words.txt, relational_nouns.txt ...): one lowercase word a line,
    `#` lines are comments."""
    with open(data_path("actors", name), encoding="utf-8") as fh:
        return frozenset(w.strip().lower() for w in fh if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def shared_state_names() -> dict[str, tuple[str, ...]]:
    """Plurals of a name two states share -> those states' names ("Koreas" -> North Korea, South Korea),
    from shared_state_names.tsv."""
    return {row["plural"]: tuple(split_values(row["states"]))
            for row in read_tsv(data_path("actors", "shared_state_names.tsv"))}


def named_by_the_deed(text: str) -> bool:
    """"Nigerian troops killed 20 gunmen in Kano": armed men named only by what they do (attacker_nouns.txt),
    not by a cause or a side, belong to no country by being fought at home or where they are found."""
    words = text.lower().split()
    return bool(words) and words[-1] in actor_word_list("attacker_nouns.txt")


def placed_by_no_place(sector: str | None, text: str) -> bool:
    """Whether the place of a deed says nothing of whose people a side named without a country is: the
    people it hurts (VICTIM_SECTORS), armed men named by their deed ("killed 20 gunmen in Kano") and a
    mission abroad ("stormed the embassy in Baghdad")."""
    return sector in VICTIM_SECTORS or named_by_the_deed(text) or names_a_mission_abroad(text)


def names_several_states(text: str) -> bool:
    """"Western governments", "world leaders", "Latin American leaders": a group of several states' agents
    (bloc_words.txt, continent_demonyms.txt).
    "foreign" does so only before a plural ("foreign governments", "foreign troops"): "the foreign
    minister" and "the foreign ministry" are one state's; "regional" not before the office of one region
    ("the regional governor", region_office_nouns.txt)."""
    words = re.findall(r"[A-Za-z]+", text)
    pairs = list(zip(words, words[1:]))
    # "the regional governor": the office of one region of a state (region_office_nouns.txt)
    one_region = {i for i, (w, after) in enumerate(pairs)
                  if w.lower() == "regional" and after.lower() in actor_word_list("region_office_nouns.txt")}
    return (any(w.lower() in actor_word_list("bloc_words.txt") for i, w in enumerate(words) if i not in one_region)
            or any(w.lower() == "foreign" and _plural_word(after) for w, after in pairs)
            # "Latin American leaders": the states of a continent
            or any(f"{w} {after}".lower() in actor_word_list("continent_demonyms.txt") for w, after in pairs))


def _plural_word(word: str) -> bool:
    return word.lower().endswith("s") and not word.lower().endswith(("ss", "us", "is"))



def sent_abroad(word: str) -> bool:
    """An embassy, a consulate, an ambassador (sent_abroad_nouns.txt): of the state that sends it, not of
    the place where it sits."""
    return word.lower() in actor_word_list("sent_abroad_nouns.txt")


def names_a_mission_abroad(text: str) -> bool:
    """"the embassy", "the Turkish ambassador": a phrase whose head is a mission or an envoy (sent_abroad)."""
    words = text.split()
    return bool(words) and sent_abroad(words[-1])
