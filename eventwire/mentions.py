"""Named mentions in an article, merged into one identity per real entity.

Every knowledge-base name in the text is a mention, and so is a capitalised
name after a title ("General Qasem Soleimani", "Commander Ahmed Rashid", "A.B.
Smith") or a name of two words or more after a lowercase role noun ("militia
leader Karim Nasser"), and a run of capitalised words whose initials spell an
acronym the article uses. An all-capitals dateline word is not taken for a
person by a loose spelling match ("BAGHDAD" is not "Baghdadi").
Mentions of one entity are then merged, inside the article only:

- the same knowledge-base entry ("U.S." and "the United States");
- a surname or title + surname after the full name ("Soleimani",
  "General Soleimani");
- transliteration variants ("Qassem Soleimani" / "Qasem Soleimani"): the
  names agree word for word once vowels and doubled letters are dropped;
- an acronym and its long form ("PMF" / "Popular Mobilization Forces"),
  by initials or by a parenthesis right after the long form (the whole name
  before it when the acronym is of another language: "MINUSTAH");
- an organisation's distinctive head noun after "the" ("the Tigers" after the
  Liberation Tigers of Tamil Eelam, "the Shabab" after "al-Shabaab"), and the
  first word of a name linked by a particle ("Lashkar" after "Lashkar-e-Taiba");
- a nickname right after a person's name ("Adolfo Macias, known as "Fito"");
- a regnal name without its number or title ("King Abdullah" / "King Abdullah
  II"), the given name before "bin" ("Hamzah", also spelt "Hamza"), and the
  family name of a hyphenated or common East Asian name ("Moon" / "Moon Jae-in",
  "Wang" / "Wang Yi");
- the whole name respelt ("Abou Bakr al-Baghdadi"), and an article or particle
  capitalised at the start of a sentence ("Al-Muhandis", "De Villiers").

An office the knowledge base knows, printed as a title ("U.N. Secretary-General
Ban Ki-moon"), is split into the organisation and a title of the person.

Each identity is named by its knowledge-base identifier, else by its
longest name, and carries the code and sector of whichever mention knows them
(a person the knowledge base does not know takes the nationality an apposition
gives at any mention: "Nijjar, a Canadian citizen").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .actors import (STATE_SECTORS, ActorKB, KBEntry, actor_word_list, agent_sector_of, edits, find_names, org_acronyms,
                     skeleton, unaccented)
from .data_files import data_path, generic_name_heads, read_tsv, read_words
from .dates import MONTHS, WEEKDAYS

_TOKEN = re.compile(r"[\w'\u2019.-]+")
_INITIALISM = re.compile(r"(?:[A-Z]\.)+")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# Latin capitals and small letters with their accented forms: "Álvaro García", "Łukasz", "Öcalan"
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
_CAPITALISED = re.compile(rf"^(?:[{_UPPER}][\w'\u2019-]*|al-[{_UPPER}][\w'\u2019-]*|bin|ibn|de|la|van|von|der)$")
_NAME_THEN_SUFFIX = re.compile(r"^((?:[a-z]+-)?[A-Z][\w.'\u2019]*)-([a-z]+)$")
# "EU-wide", "U.S.-led", "Iranian-backed", "Kremlin-friendly": a name then a word that makes it a
# modifier. Any other lowercase part belongs to the name ("Ban Ki-moon", "Moon Jae-in").
_MODIFIER_SUFFIX = re.compile(r"^(?:\w+(?:ed|ing)|wide|style|era|run|born|made|friendly|based|proof|free|type|like|"
                              r"class|level|bound|held|built|owned|sponsored|allied|aligned|linked|centric|"
                              r"only|first|specific|area|zone|side|wise)$")
_NAME_PARTICLES = {"bin", "ibn", "de", "la", "van", "von", "der", "da", "dos", "del"}
# "l'Azawad", "d'Ivoire": a French or Italian article elided onto a capitalised word
_ELIDED = re.compile(r"^[ldLD]['\u2019](?=[A-Z])")
NAMED_KINDS = {"person", "org"}  # kinds whose identity is the entity itself, not its country


@dataclass(frozen=True)
class Title:
    words: tuple[str, ...]
    role: str  # the bare noun that refers back to the titled person ("the general")
    sector: str | None


@dataclass
class Mention:
    text: str  # the name, title left out
    start: int
    end: int
    entry: KBEntry | None  # None: a name the knowledge base does not know
    kind: str  # person | org | country | demonym | metonym
    title: Title | None = None
    identity: Identity | None = None
    long_form: Mention | None = None  # the name an acronym in parentheses defines
    country: str | None = None  # from a demonym before the title: "Iraqi General Tariq Mansour"
    # the sector of a state's or its opposition's role an apposition gives a person the knowledge base
    # does not know ("Albert Ondo Ossa, the main opposition candidate": OPP); see people_in_home_roles
    home_role: str | None = None
    # "Sheikh Ali Dheere, as Rage is also known": the name after "as" is one the person was named by before
    known_as: Mention | None = None


@dataclass
class Identity:
    identifier: str
    code: str | None
    sector: str | None
    kind: str
    mentions: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=1)
def load_titles() -> dict[tuple[str, ...], Title]:
    titles = {}
    for row in read_tsv(data_path("actors", "titles.tsv")):
        words = tuple(row["title"].split())
        titles[words] = Title(words, row.get("role") or words[-1].lower().rstrip("."), row.get("sector") or None)
    return titles


def tokenize(text: str) -> list[tuple[int, str]]:
    """(offset, word) pairs; a sentence-final full stop is dropped, "U.S." keeps its own."""
    out = []
    for m in _TOKEN.finditer(text):
        word = _word_of(m.group())
        if word:
            out.append((m.start(), word))
    return out


@lru_cache(maxsize=65536)
def _word_of(token: str) -> str:
    """The word a printed token stands for (see tokenize); cached, as news repeats its words."""
    word = token
    if word.endswith(".") and not _INITIALISM.fullmatch(word) and len(word) > 1:
        word = word.rstrip(".") if not _is_abbreviated_title(word) else word
    compound = _NAME_THEN_SUFFIX.match(word)
    if compound and _MODIFIER_SUFFIX.match(compound.group(2)):  # "EU-wide", "U.S.-led", "Iranian-backed": the name is the first part
        word = compound.group(1)
    if word.endswith(("'s", "\u2019s")) and len(word) > 2:
        word = word[:-2]
    elif word.endswith(("'", "\u2019")):
        word = word[:-1]
    return word


def _is_abbreviated_title(word: str) -> bool:
    return (word,) in load_titles()


def find_mentions(text: str, kb: ActorKB, on: date | None) -> list[Mention]:
    """Knowledge-base names and titled names in text order (offsets into `text`)."""
    tokens = tokenize(text)
    words = [w for _, w in tokens]
    mentions: list[Mention] = []
    taken: set[int] = set()
    counts = Counter(words)
    found = list(_office_before_name(find_names(words, kb, on), words, text, tokens, kb, on))
    known_starts = {i for i, _, _ in found}
    covered = {k for i, j, _ in found for k in range(i, j)}
    place_surnames: set[str] = set()  # names of places that are someone's surname here ("Thomas Jordan")
    for i, j, entry in found:
        if entry.kind == "person" and j - i == 1 and _shouted_other_name(words[i], entry, kb, on):
            alt = kb.lookup(words[i].title(), on)
            if alt is None or alt.kind == "person":
                continue
            entry = alt  # "BAGHDAD (Wire)": the city, not a misspelling of "Baghdadi"
        if entry.kind == "person":
            i = _start_of_longer_name(text, tokens, words, i, entry, covered)
            first = _other_given_names_before(text, tokens, words, i, j, entry, covered)
            if first < i:
                # "Senator Carlos Alberto Ruiz Massieu": not Claudia Ruiz Massieu, whom the base knows
                mentions.append(_mention(text, tokens, first, j, None, "person", _title_before(words, first)))
                taken.update(range(first, j))
                continue
        title = _title_before(words, i)
        if title is None and entry.kind == "person" and i > 0 and words[i - 1] in load_descriptors():
            title = load_descriptors()[words[i - 1]]  # "North Korean leader Kim Jong Un ... the leader"
        if entry.kind in {"country", "metonym"} and _surname_after_titled_given_name(text, tokens, words, i, j, covered):
            # "Senator Thomas Jordan": a country's name after a title and a given name is the surname
            mentions.append(_mention(text, tokens, i - 1, j, None, "person", _title_before(words, i - 1)))
            taken.update(range(i - 1, j))
            place_surnames.add(words[i])
            continue
        if entry.kind in {"country", "metonym"} and _surname_spelt_like_a_place(text, tokens, words, i, j, covered, counts, kb):
            # "Federico Franco": a given name, then a word the base took for "France" only by correcting its spelling
            mentions.append(_mention(text, tokens, i - 1, j, None, "person", _title_before(words, i - 1)))
            taken.update(range(i - 1, j))
            place_surnames.add(words[i])
            continue
        if entry.kind == "country" and j - i == 1 and _known_given_name_before(text, tokens, words, i, covered, kb):
            # "Michael Jordan's foundation": a given name the people base knows, then a country's one-word name
            mentions.append(_mention(text, tokens, i - 1, j, None, "person", _title_before(words, i - 1)))
            taken.update(range(i - 1, j))
            place_surnames.add(words[i])
            continue
        if entry.kind in {"country", "metonym"} and _first_name_of_person(text, tokens, words, i, j, title, counts, kb):
            # "Georgia Gould", "Secretary Chad Wolf", "Defence Minister Aden Duale": a person, not the country or its city
            mentions.append(_mention(text, tokens, i, j + 1, None, "person", title))
            taken.update(range(i, j + 1))
            continue
        if entry.kind == "person" and j not in known_starts and _name_goes_on(text, tokens, words, j, counts):
            # "rebel commander Juan Carlos Pérez ... Pérez said": not King Juan Carlos
            mentions.append(_mention(text, tokens, i, j + 1, None, "person", title))
            taken.update(range(i, j + 1))
            continue
        mentions.append(_mention(text, tokens, i, j, entry, entry.kind, title))
        taken.update(range(i, j))
    _place_names_used_as_surnames(mentions, place_surnames)
    mentions += _owners_inside_names(text, tokens, found, kb, on)
    titled = _titled_names(text, tokens, taken)
    _countries_before_titles(text, titled, mentions)
    mentions += titled
    token_at = {offset: k for k, (offset, _) in enumerate(tokens)}
    for m in titled:
        k = token_at[m.start]
        while k < len(tokens) and tokens[k][0] < m.end:
            taken.add(k)
            k += 1
    mentions += _defined_long_forms(text, tokens, taken)
    mentions += _spelled_out_acronyms(text, tokens, taken)
    mentions += _names_by_recurring_surname(text, tokens, taken)
    mentions += _names_before_role_appositions(text, tokens, taken)
    mentions += _unknown_acronyms(text, tokens, taken)
    mentions += _named_legislatures(text, tokens, taken)
    mentions += _halves_named_short(text, tokens, taken, mentions)
    mentions += _heads_of_names_used_alone(text, tokens, mentions)
    mentions += _names_used_without_their_country(tokens, mentions, kb)
    mentions += _first_words_of_linked_names_used_alone(tokens, mentions)
    mentions.sort(key=lambda m: m.start)
    _link_parenthesised_acronyms(text, mentions)
    _acronyms_the_article_redefines(mentions)
    _names_the_article_gives_another_acronym(mentions)
    mentions = sorted(mentions + _bare_surnames(text, tokens, mentions), key=lambda m: m.start)
    _countries_in_appositions(text, mentions, kb, on)
    _home_roles_in_appositions(text, mentions, kb)
    _countries_of_owned_bodies(text, mentions)
    mentions = sorted(mentions + _nicknames(text, mentions), key=lambda m: m.start)
    _names_told_as_known(text, mentions)
    return mentions


def _surname_after_titled_given_name(text: str, tokens, words: list[str], i: int, j: int, covered: set[int]) -> bool:
    """A one-word name of a place right after a title and a given name ("Senator Thomas Jordan")."""
    return (j - i == 1 and i >= 2 and i - 1 not in covered and _NAME_WORD.fullmatch(words[i - 1]) is not None
            and words[i - 1] not in _title_words() and not _sentence_break(text, tokens, i)
            and not _sentence_break(text, tokens, i - 1) and _title_before(words, i - 1) is not None)


def _surname_spelt_like_a_place(text: str, tokens, words: list[str], i: int, j: int, covered: set[int],
                                counts: Counter, kb: ActorKB) -> bool:
    """A one-word place name the base reached only by a spelling correction, right after a capitalised
    word that is no title and that the article never writes in lower case: the given name of a person
    whose surname it is ("Federico Franco" is no misspelt "France"; "On Franco's orders" is no name)."""
    if j - i != 1 or i < 1 or i - 1 in covered or _sentence_break(text, tokens, i):
        return False
    given = words[i - 1]
    return (_NAME_WORD.fullmatch(given) is not None and given not in _title_words() and counts[given.lower()] == 0
            and not kb.spelt_as_named(words[i]))


def _known_given_name_before(text: str, tokens, words: list[str], i: int, covered: set[int], kb: ActorKB) -> bool:
    """A country's one-word name ("Jordan", "Chad", "Georgia") right after a word that starts the full
    name of someone in the people base ("Michael", "Thomas", "Abdullahi") and is itself no place or
    title: the surname of a person ("Michael Jordan"), not the state."""
    if i < 1 or i - 1 in covered or _sentence_break(text, tokens, i):
        return False
    given = words[i - 1]
    return given in _given_names_of_known_people() and given not in _title_words() and kb.lookup(given) is None


@lru_cache(maxsize=1)
def _given_names_of_known_people() -> frozenset[str]:
    """The first words of the people base's full names (actors/people.tsv): words that open a person's name."""
    return frozenset(parts[0] for row in read_tsv(data_path("actors", "people.tsv"))
                     if len(parts := row["name"].split()) > 1 and _NAME_WORD.fullmatch(parts[0]))


def _place_names_used_as_surnames(mentions: list[Mention], surnames: set[str]) -> None:
    """"Senator Thomas Jordan ... Jordan said": once a place's name is someone's surname, it alone after
    that is the person, not the place."""
    if not surnames:
        return
    first = min(m.start for m in mentions if m.kind == "person" and m.text.split()[-1] in surnames)
    for m in mentions:
        if m.start > first and m.entry is not None and m.kind in {"country", "metonym"} and m.text in surnames:
            m.entry, m.kind = None, "person"


def _owners_inside_names(text: str, tokens, found, kb: ActorKB, on: date | None) -> list[Mention]:
    """"the AU's Peace and Security Council": a name the base knows with its owner's possessive inside
    also names the owner, as "Sudan's ruling council" does, so the owner's short name joins its identity."""
    words = [w for _, w in tokens]
    out = []
    for i, j, entry in found:
        for k in range(i + 1, j):
            if not _printed_possessive(text, tokens, k - 1):
                continue
            start = i + 1 if words[i] in {"the", "The"} else i
            owner = kb.lookup(" ".join(words[start:k]), on) if k > start else None
            if owner is not None and owner.identifier != entry.identifier and owner.kind != "person":
                out.append(_mention(text, tokens, start, k, owner, owner.kind, None))
            break
    return out


def _printed_possessive(text: str, tokens, k: int) -> bool:
    offset, word = tokens[k]
    return text[offset + len(word) : offset + len(word) + 2] in {"'s", "\u2019s"}


def _unknown_people_described(text: str, mentions: list[Mention], apposition: re.Pattern):
    """Each person the knowledge base does not know and no country is given for, with the words of the
    apposition (`apposition`'s first group) that follows the name."""
    for m in mentions:
        if m.kind != "person" or m.entry is not None or m.country is not None:
            continue
        described = apposition.match(text, m.end)
        if described is not None:
            yield m, described.group(1).split()


def _countries_in_appositions(text: str, mentions: list[Mention], kb: ActorKB, on: date | None) -> None:
    """"Nijjar, a Canadian citizen, had campaigned ...": a person the knowledge base does not know,
    described in apposition by a nationality, is of that country (the identity takes it)."""
    for m, words in _unknown_people_described(text, mentions, _APPOSITIVE):
        states = {entry.code for _, _, entry in find_names(words, kb, on) if entry.kind == "demonym" and entry.code}
        if len(states) == 1:
            m.country = states.pop()


# ", the main opposition candidate,", ", the country's finance minister.": an apposition of lower-case
# words only (no name of another state or body), up to the punctuation that closes it
_ROLE_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+((?:[a-z'\u2019-]+\s+){0,3}[a-z]+)\s*[,.;]")
# roles held in a country: a state's own agents and its opposition
HOME_ROLE_SECTORS = STATE_SECTORS | {"OPP"}


def _home_roles_in_appositions(text: str, mentions: list[Mention], kb: ActorKB) -> None:
    """"Albert Ondo Ossa, the main opposition candidate, says he won the vote": a person the knowledge base
    does not know, with no country, described in apposition by a role of a state's agents or of its
    opposition (agents.tsv), holds it in the country the story is about, which is known only once the
    events are placed (home_country.code_people_in_home_roles)."""
    for m, words in _unknown_people_described(text, mentions, _ROLE_APPOSITIVE):
        sector = agent_sector_of(words, len(words) - 1, kb)
        if sector in HOME_ROLE_SECTORS:
            m.home_role = sector


def people_in_home_roles(identities: list[Identity]) -> frozenset[str]:
    """Identifiers of the persons without a country that an apposition gives a role held at home."""
    return frozenset(i.identifier for i in identities if i.kind == "person" and i.code is None
                     and any(m.home_role for m in i.mentions))


_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+(?:[a-z]+\s+){0,2}")


def _countries_of_owned_bodies(text: str, mentions: list[Mention]) -> None:
    """"the Muslim Brotherhood's Freedom and Justice Party", "Sudan's ruling Sovereign Council": a body the
    knowledge base does not know, owned by a country or an organisation it knows, is of the owner's country
    (the identity takes it)."""
    ends = {m.end: m for m in mentions if m.entry is not None and m.entry.code
            and m.kind in {"country", "demonym", "metonym", "org"}}
    for m in mentions:
        if m.kind != "org" or m.entry is not None or m.country is not None:
            continue
        owner = next((o for end, o in ends.items() if m.start - 30 < end < m.start
                      and _POSSESSIVE_GAP.fullmatch(text, end, m.start)), None)
        owner = owner or _organisation_opening_name(m, ends.values())
        if owner is not None:
            m.country = owner.entry.code
        else:
            m.country = _country_inside_force_name(m, mentions)


def _country_inside_force_name(body: Mention, mentions: list[Mention]) -> str | None:
    """"Troops of the Republic of Fiji Military Forces (RFMF)": an unknown body named as a state's forces
    (force_name_heads.txt) whose name holds one country's name is that country's forces (the coding rules
    take the country from the same noun phrase)."""
    if body.text.split()[-1].lower() not in actor_word_list("force_name_heads.txt"):
        return None
    codes = {m.entry.code for m in mentions if m.entry is not None and m.entry.code and m is not body
             and m.kind in {"country", "demonym"} and body.start <= m.start and m.end <= body.end}
    return codes.pop() if len(codes) == 1 else None


def _organisation_opening_name(m: Mention, known) -> Mention | None:
    """"the U.N. Stabilization Mission in Haiti": a body whose name opens with an organisation's name
    is that organisation's."""
    return next((o for o in known if o.kind == "org" and o.start == m.start and o.end < m.end), None)


# ', known as "Fito",', ', better known as El Chapo': a nickname of one to three capitalised words
_NICKNAME = re.compile(r",?\s+(?:(?:also|better|widely)\s+)?known\s+as\s+[\"\u201c']?"
                       r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})[\"\u201d']?")


# "Jimmy Cherizier, a former police officer known as "Barbecue"", "a cleric known as Makaburi": a nickname,
# quoted or not, after a short apposition of lower-case words that describes the person; unquoted, its
# words are whole names ("known as Kenya's ..." names no one)
_APPOSITION_NICKNAME = re.compile(r",\s+(?P<apposition>(?:an?|the)\s+[a-z][a-z' -]{0,60}?)\s+(?:(?:also|better|widely)\s+)?"
                                  r"known\s+as\s+(?:[\"\u201c](?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})[\"\u201d]"
                                  r"|(?P<bare>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?![\w'\u2019]))")


def _nickname_after_apposition(text: str, end: int) -> re.Match | None:
    """The nickname an apposition's "known as" gives, unless the apposition names a group of which the
    person is part ("the leader of a militia known as ..." names the militia)."""
    found = _APPOSITION_NICKNAME.match(text, end)
    groups = actor_word_list("group_nouns.txt") | actor_word_list("armed_group_nouns.txt")
    if found is None or any(w in groups for w in found["apposition"].split()):
        return None
    return found


# "Sheikh Ali Dheere, as Rage is also known": the name given first is another name of the one after "as"
_AS_KNOWN = re.compile(r",\s+as\s+(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\s+is\s+"
                       r"(?:(?:also|better|widely|commonly|often)\s+)?(?:known|called)\b")


def _names_told_as_known(text: str, mentions: list[Mention]) -> None:
    """Sets `known_as` of each person named right before ", as X is also known" to the mention of X."""
    starts = {m.start: m for m in mentions if m.kind == "person"}
    for m in mentions:
        found = _AS_KNOWN.match(text, m.end) if m.kind == "person" else None
        if found is not None and found.start("name") in starts:
            m.known_as = starts[found.start("name")]


def _nicknames(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Adolfo Macias, known as "Fito"": the nickname right after a person's name is another name of
    that person (defined by it, as an acronym in parentheses is by its long form), and so is each later
    use of it ("Fito's men"), which joins it as a name repeated does."""
    out = []
    for m in mentions:
        if m.kind != "person":
            continue
        found = _NICKNAME.match(text, m.end) or _nickname_after_apposition(text, m.end)
        group = "name" if found is None or found["name"] else "bare"
        if found is None or any(o.start == found.start(group) for o in mentions):
            continue
        nickname = Mention(found[group], found.start(group), found.end(group), None, "person")
        nickname.long_form = m
        out.append(nickname)
        out += _later_uses(text, nickname, mentions)
    return out


def _later_uses(text: str, name: Mention, mentions: list[Mention]) -> list[Mention]:
    """The name written again after `name`, as a word of its own, where no other mention is."""
    out = []
    for again in re.finditer(rf"(?<![\w-]){re.escape(name.text)}(?![\w-])", text[name.end:]):
        start, end = name.end + again.start(), name.end + again.end()
        if not any(o.start < end and start < o.end for o in mentions):
            out.append(Mention(name.text, start, end, None, "person"))
    return out


COMPASS_HALVES = {"North", "South"}


def _halves_named_short(text: str, tokens, taken: set[int], mentions: list[Mention]) -> list[Mention]:
    """"North Korea ... the North", "South Sudanese troops ... the South": a story about a country whose name
    begins with a compass word calls it by that word alone after "the" ("the North's army"). Only a
    country the article names, only the bare word (not "the South China Sea"), only after the name."""
    countries = {}
    for m in mentions:
        first = m.text.split()[0] if m.text else ""
        # "North Korean artillery ... the North": the people's word names the country as well as its name
        if m.kind in {"country", "demonym"} and m.entry is not None and first in COMPASS_HALVES:
            countries.setdefault(first, m)
    found = []
    for k in range(1, len(tokens)):
        word = tokens[k][1]
        named = countries.get(word)
        if named is None or k in taken or tokens[k - 1][1] not in {"the", "The"} or tokens[k][0] < named.end:
            continue
        after = tokens[k + 1][1] if k + 1 < len(tokens) else ""
        if after[:1].isupper() or after in {"-", "–"}:
            continue  # "the North Atlantic", "the South China Sea", "the North-South divide"
        found.append(Mention(word, tokens[k][0], tokens[k][0] + len(word), named.entry, "country"))
    return found


def _heads_of_names_used_alone(text: str, tokens, mentions: list[Mention]) -> list[Mention]:
    """"the Liberation Tigers of Tamil Eelam ... the Tigers": after an organisation's longer name, its
    head noun alone after "the" names it too, when that head is distinctive (not "the Party", see
    generic_name_heads.txt) and heads the name of only one organisation the article names. A name
    of one word with the Arabic article is used without it ("al-Shabaab ... the Shabab"), in any
    of its spellings."""
    heads: dict[str, list[Mention]] = {}  # surname_key of the head -> the names it heads
    for m in mentions:
        head = _distinctive_head(m)
        if head is not None:
            heads.setdefault(surname_key(head), []).append(m)
    if not heads:
        return []
    spans = [(m.start, m.end) for m in mentions]
    found = []
    for k in range(1, len(tokens)):
        offset, word = tokens[k]
        if tokens[k - 1][1] not in {"the", "The"} or not word[:1].isupper():
            continue
        named = heads.get(surname_key(word))
        if named is None or offset < named[0].end or not _same_word(word, _distinctive_head(named[0])):
            continue
        if len({m.entry.identifier if m.entry else m.text for m in named}) > 1:
            continue  # two organisations with that head: "the Tigers" names neither
        after = tokens[k + 1][1] if k + 1 < len(tokens) else ""
        if after[:1].isupper() or any(s < offset + len(word) and offset < e for s, e in spans):
            continue  # "the Tigers Brigade", or a word of a name already found
        m = Mention(word, offset, offset + len(word), named[0].entry, "org")
        m.long_form = named[0] if named[0].entry is None else None
        found.append(m)
    return found


def _names_used_without_their_country(tokens, mentions: list[Mention], kb: ActorKB) -> list[Mention]:
    """"the Azerbaijan Popular Front ... the Popular Front": after an organisation's name that opens with its
    country's name or people's word, the rest of the name (two words or more) after "the" names it too."""
    rests: dict[tuple[str, ...], Mention] = {}
    for m in mentions:
        words = m.text.split()
        if m.kind != "org" or len(words) < 3 or not all(w[:1].isupper() for w in words[1:]):
            continue
        first = kb.lookup(words[0])
        if first is not None and first.kind in {"country", "demonym"}:
            rests.setdefault(tuple(words[1:]), m)
    if not rests:
        return []
    spans = [(m.start, m.end) for m in mentions]
    found = []
    for k in range(1, len(tokens)):
        if tokens[k - 1][1] not in {"the", "The"}:
            continue
        for rest, named in rests.items():
            end_k = k + len(rest)
            if tuple(w for _, w in tokens[k:end_k]) != rest or tokens[k][0] < named.end:
                continue
            start, end = tokens[k][0], tokens[end_k - 1][0] + len(tokens[end_k - 1][1])
            after = tokens[end_k][1] if end_k < len(tokens) else ""
            if after[:1].isupper() or any(s < end and start < e for s, e in spans):
                continue  # "the Popular Front for ...", or words of a name already found
            m = Mention(" ".join(rest), start, end, named.entry, "org")
            m.long_form = named if named.entry is None else None
            found.append(m)
    return found


# A name of words linked by a short particle ("Lashkar-e-Taiba", "Tehrik-i-Taliban", "Hizb-ul-Mujahideen"):
# the first word, used alone, is how wire copy names the group again ("Lashkar denied ...").
_LINKED_NAME = re.compile(r"([A-Z][a-z]{3,})-(?:e|i|ul|al|ut|ud|ur|as)-[A-Z]")


def _first_words_of_linked_names_used_alone(tokens, mentions: list[Mention]) -> list[Mention]:
    """"Lashkar-e-Taiba ... Lashkar denied that its fighters had carried out the raid": after an
    organisation's name of words linked by a particle, its first word alone names it too, when that word
    begins the name of only one organisation the article names and is not the start of a longer name."""
    firsts: dict[str, list[Mention]] = {}
    for m in mentions:
        found = _LINKED_NAME.match(m.text) if m.kind == "org" else None
        if found is not None:
            firsts.setdefault(found.group(1), []).append(m)
    if not firsts:
        return []
    spans = [(m.start, m.end) for m in mentions]
    found_here = []
    for k, (offset, word) in enumerate(tokens):
        named = firsts.get(word)
        if named is None or offset < named[0].end:
            continue
        if len({m.entry.identifier if m.entry else m.text for m in named}) > 1:
            continue  # two groups begin so: "Lashkar" names neither
        after = tokens[k + 1][1] if k + 1 < len(tokens) else ""
        if after[:1].isupper() or after in {"-", "–"} or any(s < offset + len(word) and offset < e for s, e in spans):
            continue  # "Lashkar Commander", or a word of a name already found
        m = Mention(word, offset, offset + len(word), named[0].entry, "org")
        m.long_form = named[0] if named[0].entry is None else None
        found_here.append(m)
    return found_here


def _distinctive_head(m: Mention) -> str | None:
    """The head noun of an organisation's name of two words or more: its last word before "of"
    ("Tigers" in "Liberation Tigers of Tamil Eelam"), or of one word after the Arabic article
    ("Shabaab" in "al-Shabaab"), unless many bodies' names share it."""
    if m.kind != "org":
        return None
    words = m.text.split()
    if len(words) == 1 and _ARABIC_ARTICLE.match(words[0]):
        words = ["al", name_core(words[0])]  # "al-Shabaab": "Shabaab" heads it
    cut = next((n for n, w in enumerate(words) if n > 0 and _function_word(w)), len(words))
    if cut < 2:
        return None
    head = words[cut - 1]
    if not re.fullmatch(r"[A-Z][a-z]{3,}", head) or head in generic_name_heads():
        return None
    return head


def _shouted_other_name(word: str, entry: KBEntry, kb: ActorKB, on: date | None) -> bool:
    """An all-capitals word (a dateline, a headline) the knowledge base takes for a person only
    by a loose spelling match: in ordinary case it is another name, or none."""
    return len(word) > 3 and word.isupper() and kb.lookup(word.title(), on) != entry


def _office_before_name(found, words: list[str], text: str, tokens, kb: ActorKB, on: date | None):
    """"U.N. Secretary-General Ban Ki-moon": an office the knowledge base knows as an org, printed
    as a title before a name, is the organisation ("U.N.") and then a title of the person."""
    out = []
    for k, (i, j, entry) in enumerate(found):
        following = found[k + 1] if k + 1 < len(found) else None
        if (entry.kind == "org" and j < len(words) and _CAPITALISED.match(words[j]) and not _sentence_break(text, tokens, j)
                and (following is None or following[0] != j or following[2].kind == "person")):
            for n in (2, 1):
                if j - n > i and _is_title_words(words[j - n : j]):
                    inner = kb.lookup(" ".join(words[i : j - n]), on)
                    if inner is not None and inner.code == entry.code:
                        j, entry = j - n, inner
                    break
        out.append((i, j, entry))
    return out


def _is_title_words(words: list[str]) -> bool:
    return tuple(w.lower() for w in words) in _lowered_titles()


@lru_cache(maxsize=1)
def _lowered_titles() -> frozenset[tuple[str, ...]]:
    return frozenset({tuple(w.lower() for w in t) for t in load_titles()} | {("chief",), ("envoy",), ("head",)})


def _link_parenthesised_acronyms(text: str, mentions: list[Mention]) -> None:
    """An acronym in parentheses is defined by the longest name that ends right before them ("the U.N.
    Stabilization Mission in Haiti (MINUSTAH)": the mission, not "Haiti" inside its name)."""
    for n, m in enumerate(mentions):
        if not _ACRONYM.match(m.text):
            continue
        defining = [b for b in mentions[max(0, n - 8) : n] if re.fullmatch(r"\s*\(", text[b.end : m.start])]
        if defining:
            m.long_form = min(defining, key=lambda b: b.start)


def _acronyms_the_article_redefines(mentions: list[Mention]) -> None:
    """"Fighters of the Kivu Patriotic Alliance (KPA)": an acronym the article defines in parentheses by a
    name that shares no word with the body the knowledge base gives it (the Korean People's Army) means, all
    through the article, the body so defined; its mentions lose the base's entry and join that body."""
    for m in mentions:
        defined = m.long_form
        if m.entry is None or defined is None or m.entry.kind != "org" or defined.entry == m.entry:
            continue
        if not _words_of_name(defined.text).isdisjoint(_words_of_name(m.entry.identifier)):
            continue  # "the Islamic Revolutionary Guards Corps (IRGC)": the base's body, written another way
        _unfile(mentions, m.entry, m.text)


def _names_the_article_gives_another_acronym(mentions: list[Mention]) -> None:
    """"guerrillas of the National Liberation Army (NLA)" in a story about Macedonia: the knowledge base's
    body of that name is Colombia's, known by another acronym (ELN). A name several countries' bodies share
    that the article defines by an acronym the base does not give its body names, all through the article,
    a namesake: its mentions lose the base's entry, and the story's country may code them later."""
    for m in mentions:
        defined = m.long_form
        if m.entry is not None or defined is None or defined.entry is None or defined.entry.kind != "org":
            continue
        own = org_acronyms(defined.entry.identifier)
        if not own or m.text in own:
            continue
        _unfile(mentions, defined.entry, defined.text)


def _unfile(mentions: list[Mention], entry: KBEntry, text: str) -> None:
    """Every mention written `text` and filed under the knowledge base's `entry` names, in this article,
    another body: it loses the entry and stays an organisation."""
    for other in mentions:
        if other.entry == entry and other.text == text:
            other.entry, other.kind = None, "org"


def _words_of_name(name: str) -> set[str]:
    return {w.lower() for w in re.split(r"[\s'’-]+", name) if w and not _function_word(w)}


def _defined_long_forms(text: str, tokens, taken: set[int]) -> list[Mention]:
    """"the National Liberation Front (FLN)": a capitalised name defined by the acronym after it."""
    out = []
    for k, (offset, word) in enumerate(tokens):
        if k == 0 or not _ACRONYM.match(word) or text[offset - 1 : offset] != "(":
            continue
        j = k  # the name ends right before the parenthesis
        i = j
        while (i > 0 and i - 1 not in taken and _long_form_word(tokens[i - 1][1]) and j - i < 8
               and (i == j or not _sentence_break(text, tokens, i))):
            i -= 1
        while i < j and _function_word(tokens[i][1]):
            i += 1
        if _country_word_opens_it(tokens, i, j, word, taken):
            i -= 1  # "the Haitian National Police (HNP)": the country's word gives the first initial
        elif initials(" ".join(w for _, w in tokens[i:j])) != word:
            i = _spelling_it_from(tokens, i, j, word)
        if initials(" ".join(w for _, w in tokens[i:j])) != word:
            i = _spelled_over_taken_words(tokens, i, j, word)
            if initials(" ".join(w for _, w in tokens[i:j])) != word:
                i = min(i, _body_named_in_another_language(text, tokens, j, taken))
        if j - i >= 2:
            out.append(_mention(text, tokens, i, j, None, "org", None))
            taken.update(range(i, j))
    return out


def _body_named_in_another_language(text: str, tokens, j: int, taken: set[int]) -> int:
    """"the U.N. Stabilization Mission in Haiti (MINUSTAH)": an acronym of the name in another language
    spells none of the English initials; the whole capitalised name before the parenthesis is its long
    form, over names already found inside it and an owner's initials at its start, when a word not yet
    found heads a body ("Mission", see generic_name_heads.txt). Returns where it starts (`j`: none)."""
    k = j
    # the name stays in its sentence: "... advance on Kigali. The United Nations Assistance Mission ..."
    while k > 0 and j - k < 8 and _long_form_word(tokens[k - 1][1]) and (k == j or not _sentence_break(text, tokens, k)):
        k -= 1
    if k > 0 and j - k < 8 and _INITIALISM.fullmatch(tokens[k - 1][1]) and (k == j or not _sentence_break(text, tokens, k)):
        k -= 1  # "U.N.", "U.S.": the owner's initials open the name
    while k < j and _function_word(tokens[k][1]):
        k += 1
    names_body = any(n not in taken and tokens[n][1] in generic_name_heads() for n in range(k, j))
    return k if j - k >= 3 and names_body else j


def _country_word_opens_it(tokens, i: int, j: int, acronym: str, taken: set[int]) -> bool:
    """A name already taken (a country or its people) right before the long form is its first word
    when only with it do the initials spell the acronym; it still names the country on its own too."""
    if i < 1 or i - 1 not in taken or not _capital_word(tokens[i - 1][1]):
        return False
    words = [w for _, w in tokens[i - 1 : j]]
    return initials(" ".join(words)) == acronym and initials(" ".join(words[1:])) != acronym


def _spelling_it_from(tokens, i: int, j: int, acronym: str) -> int:
    """"Fighters of the Kivu Patriotic Alliance (KPA)": capitalised words before the long form that give
    the acronym no letter are not part of it; where the last words that spell it start (`i` if none do)."""
    for k in range(i + 1, j - 1):
        if _capital_word(tokens[k][1]) and initials(" ".join(w for _, w in tokens[k:j])) == acronym:
            return k
    return i


def _spelled_over_taken_words(tokens, i: int, j: int, acronym: str) -> int:
    """"the Republic of Fiji Military Forces (RFMF)": a country's name inside the long form stops the run
    of words not yet taken; the long form goes on over it when only then do the initials spell the
    acronym. Returns where the long form starts (`i` when no longer run spells it)."""
    k = i
    while k > 0 and j - k < 8 and _long_form_word(tokens[k - 1][1]):
        k -= 1
        if _capital_word(tokens[k][1]) and initials(" ".join(w for _, w in tokens[k:j])) == acronym:
            return k
    return i


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return read_words(data_path("actors", "name_function_words.txt"))


def _function_word(word: str) -> bool:
    """"of", "the", "pour", "de la": a word inside an organisation's name that gives no initial."""
    return word in _function_words()


def _capital_word(word: str) -> bool:
    return _CAPITALISED.match(word) is not None or _ELIDED.match(word) is not None


def _long_form_word(word: str) -> bool:
    """A word that may stand inside the long form of an acronym."""
    return _capital_word(word) or _function_word(word)


def _spelled_out_acronyms(text: str, tokens, taken: set[int]) -> list[Mention]:
    """"The ISAF said ... The International Security Assistance Force accused": a run of capitalised
    words whose initials spell an acronym the article uses is that acronym's long form, wherever it is."""
    acronyms = {w for k, (_, w) in enumerate(tokens) if k not in taken and _ACRONYM.match(w) and len(w) >= 3}
    if not acronyms:
        return []
    out = []
    i = 0
    while i < len(tokens):
        found = None
        if i not in taken and _CAPITALISED.match(tokens[i][1]) and not _ACRONYM.match(tokens[i][1]) \
                and tokens[i][1] not in {"The", "A", "An"}:
            j = i
            # a country's word inside the long form is still one of its initials ("Royal *Canadian*
            # Mounted Police" for "RCMP"), though it names the country on its own too
            while (j < len(tokens) and j - i < 8 and (j not in taken or j > i and _capital_word(tokens[j][1]))
                   and not (j > i and _sentence_break(text, tokens, j)) and _long_form_word(tokens[j][1])):
                j += 1
                if j - i >= 2 and _capital_word(tokens[j - 1][1]) and initials(
                        " ".join(w for _, w in tokens[i:j])) in acronyms:
                    found = j
        if found is not None:
            out.append(_mention(text, tokens, i, found, None, "org", None))
            taken.update(range(i, found))
            i = found
        else:
            i += 1
    return out


# Words that end the names of places, bodies and things, not of people ("the Red Sea ... the Sea").
_NOT_PERSONAL = frozenset(
    "Front Forces Force Army Party Council Sea River Union Ministry Movement Committee Republic State States "
    "Province City University Court Street Square Airport Bank Company Group News Agency House Office Brigade "
    "Brigades Corps Guard Guards Police Organization Organisation Alliance Coalition Assembly Parliament Senate "
    "Congress Government Administration Authority Department Institute Centre Center Hospital Mosque Church "
    "Bridge Road Valley Mountains Island Islands Gulf Lake Desert Region District Camp Base Prison Palace "
    "Embassy Commission Fund Association Federation League Network Times Post Journal Press Television Radio "
    "God Allah".split()) | frozenset(WEEKDAYS) | frozenset(MONTHS)
_SENTENCE_OPENERS = frozenset(
    "The A An In On At After Before But And As For If When While During Since Until Its Their His Her This "
    "That These Those Some Many Most Several Two Three Four Five Police Officials Residents Witnesses".split())


def _names_by_recurring_surname(text: str, tokens, taken: set[int]) -> list[Mention]:
    """"Ahmed Rashid, a commander of the local militia, ... Rashid said": two or three capitalised
    words the knowledge base does not know, whose last word the article later uses alone, are a
    person named without a title."""
    words = [w for _, w in tokens]
    alone = Counter(_article_lowered(w) for k, w in enumerate(words) if _stands_alone(text, tokens, k))
    if not alone:
        return []

    def recurs(i: int, j: int) -> bool:
        return (not (j < len(words) and _name_word_at(words, j) and not _sentence_break(text, tokens, j))
                and (alone[_bare(words[j - 1])] > 0 or _east_asian_family_name(words[i:j]) and alone[words[i]] > 0)
                and text[tokens[j - 1][0] + len(words[j - 1]):][:2].strip()[:1] != "(")

    return _untitled_names(text, tokens, taken, recurs)


def _untitled_names(text: str, tokens, taken: set[int], accepts) -> list[Mention]:
    """Runs of two or three capitalised words, none taken, that could be a personal name standing on
    its own (no name word or "the" before it, no sentence break inside) and that `accepts(i, j)`;
    longest first, left to right."""
    words = [w for _, w in tokens]
    # what _personal_name asks of a name's last word at least (a capital, or "al-"/"el-" before one; or a
    # particle, which _without_particle may drop): most runs tried end in a lower-case word, ruled out cheaply
    may_end = [w[:1].isupper() or w[1:3] == "l-" or w in _NAME_PARTICLES for w in words]
    out = []
    i = 0
    while i < len(words):
        found = None
        for n in (4, 3, 2) if words[i][:1].isupper() else ():  # a personal name starts with a capital
            j = i + n
            if (j <= len(words) and may_end[j - 1] and taken.isdisjoint(range(i, j))
                    and _personal_name(_without_particle(words[i:j]))
                    and not any(_sentence_break(text, tokens, k) for k in range(i + 1, j))
                    and not (i > 0 and (_name_word_at(words, i - 1) and not _sentence_break(text, tokens, i)
                                        or words[i - 1].lower() == "the"))
                    and accepts(i, j)):
                found = j
                break
        if found is not None:
            out.append(_mention(text, tokens, i, found, None, "person", None))
            taken.update(range(i, found))
            i = found
        else:
            i += 1
    return out


def _without_particle(words: list[str]) -> list[str]:
    """"Ramiro de Leon Carpio", "Jose Eduardo dos Santos": the capitalised words of a name with one
    lowercase particle inside it; a run of four words is a name only with such a particle."""
    inner = [w for w in words[1:-1] if w in _NAME_PARTICLES]
    if len(inner) != (1 if len(words) == 4 else len(inner)) or len(inner) > 1:
        return [""]  # no personal name: "" matches no name word
    return [w for w in words if w not in inner]


@lru_cache(maxsize=1)
def _apposition_roles() -> frozenset[str]:
    return read_words(data_path("actors", "apposition_roles.txt"))


# ", a former head of ...", ", the group's spokeswoman": an appositive noun phrase, its head the last word
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+((?:[\w'\u2019-]+\s+){0,3}?)([a-z]+)\b(?=\s+(?:of|to|for|at|in|with|who|and)\b|\s*[,.;])")


def _names_before_role_appositions(text: str, tokens, taken: set[int]) -> list[Mention]:
    """"Karim Mansour, a former finance minister": two or three capitalised words the knowledge base
    does not know, followed by an appositive whose head is a person's role, are a person named
    without a title (news introduces people so; a place or a body takes other nouns: "a town")."""
    words = [w for _, w in tokens]
    return _untitled_names(text, tokens, taken,
                           lambda i, j: _role_apposition_after(text, tokens[j - 1][0] + len(words[j - 1])))


# ", one of the protest leaders,": one of a group named by the plural of a person's role
_ONE_OF_APPOSITIVE = re.compile(r",\s+one\s+of\s+(?:the|its|their|his|her|our)\s+((?:[\w'\u2019-]+\s+){0,3}?)([a-z]+)s\b"
                                r"(?=\s+(?:of|to|for|at|in|with|who|and)\b|\s*[,.;])")


def _role_apposition_after(text: str, end: int) -> bool:
    appositive = _APPOSITIVE.match(text, end) or _ONE_OF_APPOSITIVE.match(text, end)
    return appositive is not None and appositive.group(2) in _apposition_roles()


# compiled once: these are tried at every word of every article
_NAME_WORD = re.compile(rf"[{_UPPER}][{_LOWER}'’-]+")
# "al-Assad", and "Al-Haddad" as many papers print the article inside a name
_SURNAME_WORD = re.compile(rf"(?:[aAeE]l-)?[{_UPPER}][{_LOWER}'’-]+")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _personal_name(words: list[str]) -> bool:
    # "P.J. Crowley", "F.W. de Klerk": initials stand for given names
    return (words[0] not in _SENTENCE_OPENERS and all(_NAME_WORD.fullmatch(w) or _INITIALS.fullmatch(w) for w in words[:-1])
            and _SURNAME_WORD.fullmatch(words[-1]) is not None
            and not any(w in _NOT_PERSONAL or w in _title_words() for w in words) and len(words[-1]) > 2)


def _bare(word: str) -> str:
    """A surname without its article: "al-Assad" is used alone as "Assad"."""
    return re.sub(r"^[ae]l-", "", word)


def _stands_alone(text: str, tokens, k: int) -> bool:
    """A capitalised word with no capitalised word right before or after it in its phrase."""
    word = tokens[k][1]
    if not _NAME_WORD.fullmatch(word):
        return False
    before = k > 0 and _CAPITALISED.match(tokens[k - 1][1]) and not _sentence_break(text, tokens, k)
    after = k + 1 < len(tokens) and _CAPITALISED.match(tokens[k + 1][1]) and not _sentence_break(text, tokens, k + 1)
    return not before and not after


def _bare_surnames(text: str, tokens, mentions: list[Mention]) -> list[Mention]:
    """A surname alone, after the person was named in full ("Rashid, who leads...",
    "Ben Ali fled"): one or two capitalised words equal to the end of a full name, or the
    full name again in another spelling ("Abou Bakr al-Baghdadi"). Also
    the given name of "Hamzah bin Hussein" (and its other spelling "Hamza"), the family
    name of "Moon Jae-in", and the name of "Abdullah II"."""
    surnames: set[tuple[str, ...]] = set()
    full_names: set[tuple[str, ...]] = set()
    first_words: set[str] = set()  # names used alone that come first in the full name
    for m in mentions:
        if m.kind != "person":
            continue
        parts = tuple(_name_words(m))
        if 2 <= len(parts) <= 4:
            full_names.add(parts)
        if len(parts) == 1 and len(parts[0]) > 3 and (parts[0] != m.text.split()[-1] or _titled_known_name(m)):
            surnames.add(parts)  # "Abdullah" after "King Abdullah II", "Hasina" after "Sheikh Hasina"
        if len(apart := _family_name_apart(list(parts))) > len(parts) and len(apart[-1]) > 3:
            surnames.add((apart[-1],))  # "Zaman" after "General Waker-Uz-Zaman"
        if len(parts) > 1 and (parts[-1] not in _title_words() or m.title is not None):  # "Minister Peter King"
            surnames.add(parts[-1:])
            if len(parts) > 2:
                surnames.add(parts[-2:])
                surnames.add(_surname_with_particles(parts))  # "de la Cruz", "van der Berg"
            if _given_name_before_particle(parts):
                first_words.add(parts[0])
            if re.fullmatch(r"[A-Z][a-z]+-[a-z]+", parts[-1]) or _east_asian_family_name(parts):
                first_words.add(parts[0])  # "Moon Jae-in", "Wang Yi": the family name comes first
    surnames |= {(w,) for w in first_words}
    first_surnames = _first_of_double_surnames(full_names)
    if not surnames and not first_surnames:
        return []
    variants = {surname_key(w[0]): w[0] for w in surnames if len(w) == 1 and len(w[0]) > 3}
    given_names = _given_names_used_alone(full_names, surnames)
    first_words |= given_names
    surnames |= {(w,) for w in given_names}
    covered = {offset for m in mentions for offset in range(m.start, m.end)}
    lowered = [_article_lowered(w) for _, w in tokens]
    name_sizes = {len(name) for name in full_names}
    surname_starts = {name[0] for name in surnames}
    # "Sanchez Cordero" after "Olga Sánchez Cordero": a family name of two or three words is written
    # with its accents or without them, as one word alone is (_spelling_of)
    plain_surnames = {tuple(_unaccented(w) for w in name) for name in surnames if len(name) > 1}
    surname_starts |= {name[0] for name in plain_surnames}
    out = []
    k = 0
    while k < len(tokens):
        offset = tokens[k][0]
        word = lowered[k]
        if offset in covered or not (word[:1].isupper() or word in surname_starts
                                     or ("-" in word and name_core(word)[:1].isupper())):
            k += 1  # every name form below starts with a capital, a surname's first word ("al-Assad") or an article
            continue
        other = _other_name_from(text, tokens, k) if word in first_words else k
        if other > k + 1:  # "Kim Yo Jong" after "Kim Jong Un": a relative, not "Kim" alone
            end = tokens[other - 1][0] + len(tokens[other - 1][1])
            out.append(Mention(text[offset:end], offset, end, None, "person"))
            k = other
            continue
        for n in (4, 3, 2, 1):
            words = tuple(lowered[k : k + n])
            if len(words) != n:
                continue
            if ((n in name_sizes and _respelt_full_name(words, full_names, text, tokens, k, covered))
                    or (n <= 3 and words in surnames) or (n == 1 and _spelling_of(words[0], variants))
                    or (n == 1 and _hyphenated_surname(words[0], surnames))
                    or (1 < n <= 3 and tuple(_unaccented(w) for w in words) in plain_surnames)):
                end = tokens[k + n - 1][0] + len(tokens[k + n - 1][1])
                out.append(Mention(text[offset:end], offset, end, None, "person"))
                k += n - 1
                break
        else:
            if word in first_surnames and _stands_alone(text, tokens, k):
                out.append(Mention(text[offset:offset + len(word)], offset, offset + len(word), None, "person"))
        k += 1
    return out


def _hyphenated_surname(word: str, surnames: set[tuple[str, ...]]) -> bool:
    """"Abdel-Jalil" after "Mustafa Abdul Jalil": a family name of two or three words written as one, its
    words joined by hyphens (and maybe spelt another way, as _same_name_word allows)."""
    parts = _family_name_apart([word])
    return len(parts) > 1 and any(len(name) == len(parts) and all(_same_name_word(a, b) for a, b in zip(parts, name))
                                  for name in surnames)


def _first_of_double_surnames(full_names: set[tuple[str, ...]]) -> set[str]:
    """"Bongo" after "Ali Bongo Ondimba", "Tellez" after "Marco Tellez Duarte": news calls a person
    with two family names by the first of them. The second word from the end of a name of three or
    four words, when it could be a name of its own and ends or starts no other name; it is taken
    only standing alone, so that it is not a word of another person's name."""
    found: Counter = Counter(name[-2] for name in full_names if len(name) in (3, 4) and _could_be_given_name(name[-2])
                             and name[-2] not in _CAPITAL_PARTICLE_WORDS and not _given_name_before_particle(name))
    others = {w for name in full_names for w in (name[0], name[-1])}
    return {word for word, count in found.items() if count == 1 and word not in others and len(word) > 3}


def _is_first_of_double_surname(word: str, name: list[str]) -> bool:
    return len(name) in (3, 4) and word == name[-2] and word in _first_of_double_surnames({tuple(name)})


def _titled_known_name(m: Mention) -> bool:
    """A person the knowledge base names by a title and one word ("Sheikh Hasina", "Pope Francis"):
    the word alone is that person."""
    return m.entry is not None and len(m.entry.identifier.split()) > 1 and len(_name_words(m)) == 1 \
        and m.entry.identifier.split()[-1] == _name_words(m)[0]


def _surname_with_particles(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The last word of a name with the particles before it: "Carlos Alberto de la Cruz" is
    "de la Cruz" alone ("De la Cruz" at the start of a sentence)."""
    i = len(parts) - 1
    while i > 1 and parts[i - 1].title() in _CAPITAL_PARTICLES:
        i -= 1
    return parts[i:]


def _given_names_used_alone(full_names: set[tuple[str, ...]], surnames: set[tuple[str, ...]]) -> set[str]:
    """"Abiy" after "Abiy Ahmed", "Prabowo" after "Prabowo Subianto", "Maher" after "Maher al-Assad":
    news calls some people by the first word of their name. Only a first word that starts the name
    of one person in the article and ends nobody's name; never a prefix such as "Abu" or "Abdel",
    which is not used alone (data/actors/name_prefixes.txt)."""
    surnames_of: dict[str, set[str]] = {}
    for name in full_names:
        surnames_of.setdefault(name[0], set()).add(surname_key(name[-1]))
    last_words = {w[-1] for w in surnames}
    return {word for word, keys in surnames_of.items()
            if len(keys) == 1 and word not in last_words and _could_be_given_name(word)}


def _could_be_given_name(word: str) -> bool:
    return (len(word) > 2 and _NAME_WORD.fullmatch(word) is not None and word not in _name_prefixes()
            and word.lower() not in _NAME_PARTICLES | PATRONYMIC_PARTICLES and word not in _title_words()
            and word not in _SENTENCE_OPENERS and word not in _NOT_PERSONAL)


@lru_cache(maxsize=1)
def _name_prefixes() -> frozenset[str]:
    return read_words(data_path("actors", "name_prefixes.txt"))


def _other_name_from(text: str, tokens, k: int) -> int:
    """Where a name that starts at token k ends, when more capitalised name words follow the first
    word in its phrase ("Kim Yo Jong", "Wang Wenbin"): a full name of its own. k when none follow."""
    words = [w for _, w in tokens[k : k + 4]]
    j = 1
    while (j < len(words) and _name_word_at(words, j) and words[j] not in _title_words()
           and not _REGNAL.match(words[j]) and not _sentence_break(text, tokens, k + j)):
        j += 1
    return k + j if j > 1 and _personal_name(words[:j]) else k


def _respelt_full_name(words: tuple[str, ...], full_names: set, text: str, tokens, k: int, covered: set) -> bool:
    """The whole name again in another spelling ("Abou Bakr al-Baghdadi", "Xi Jin-ping"): as many
    capitalised words as a full name the article gave, agreeing with it word for word."""
    if len(words) < 2 or not words[0][:1].isupper() or not all(_CAPITALISED.match(w) for w in words):
        return False
    if any(tokens[k + d][0] in covered or _sentence_break(text, tokens, k + d) for d in range(1, len(words))):
        return False
    return any(len(name) == len(words) and _same_person(list(words), list(name)) for name in full_names)


def _spelling_of(word: str, variants: dict[str, str]) -> bool:
    """Another spelling of a one-word name the article uses ("Hamza" for "Hamzah", "Haniya" for
    "Haniyeh", "Qaddafi" for "Gaddafi", "al-Sisi" for "el-Sisi")."""
    core = name_core(word)
    if len(core) < 4 or not core[:1].isupper() or not variants:
        return False
    known = variants.get(surname_key(word))
    return known is not None and _same_word(word, known)


def _first_name_of_person(text: str, tokens, words: list[str], i: int, j: int, title: Title | None,
                          counts: Counter, kb: ActorKB) -> bool:
    """A country's name or its city's that is someone's first name: a capitalised word follows it that the
    text also uses alone (a surname), or a title precedes it. A word for a state's agents is no surname
    however often it recurs ("U.S. Marines ... the Marines", "Iraqi Police")."""
    if j >= len(words) or j - i != 1 or not _CAPITALISED.match(words[j]) or _sentence_break(text, tokens, j):
        return False
    if title is not None and title.role not in {"man", "woman"}:
        return True
    surname = words[j]
    # "U.S. President Joe Biden" after "Ukrainian President Volodymyr Zelensky": a title recurs too
    return (counts[surname] >= 2 and words[j].lower() not in _NAME_PARTICLES and surname not in _title_words()
            and kb.agent_sector(surname.lower()) is None)


def _name_goes_on(text: str, tokens, words: list[str], j: int, counts: Counter) -> bool:
    """A known person's name followed by a capitalised word the article also uses alone: the name
    of someone else that starts the same way ("Juan Carlos Pérez ... Pérez said")."""
    if j >= len(words) or not _CAPITALISED.match(words[j]) or _sentence_break(text, tokens, j):
        return False
    if re.search(r"['\u2019]s?$", words[j - 1]) or text[tokens[j - 1][0] + len(words[j - 1]) : tokens[j][0]].strip():
        return False  # "Maduro's Bolivarian Circles": the name ends at the possessive
    surname = words[j]
    return (_times_written(surname, counts) >= 2 and surname.lower() not in _NAME_PARTICLES
            and surname not in _title_words() and not _REGNAL.match(surname))


def _times_written(word: str, counts: Counter) -> int:
    """How often the article writes a word, with or without its accents ("Pérez", "Perez"); a word
    that has none is counted once ("Ayma" in "Evo Morales Ayma" is no surname used alone)."""
    plain = _unaccented(word)
    return counts[word] + (counts.get(plain, 0) if plain != word else 0)


def _start_of_longer_name(text: str, tokens, words: list[str], i: int, entry: KBEntry, covered: set[int]) -> int:
    """"Lieutenant General Awad Mohamed Ahmed Ibn Auf", known as "Ibn Auf": the capitalised words right
    before a known person's name are more of that name when one of them is a word of the full name the
    knowledge base gives. "Hillary Clinton" before a known "Clinton" (Bill) shares none and stays apart."""
    full_name = set(entry.identifier.split())
    start = i
    while (start > 0 and start - 1 not in covered and _CAPITALISED.match(words[start - 1])
           and not _sentence_break(text, tokens, start) and _title_before(words, start) is None
           and (words[start - 1],) not in load_titles() and words[start - 1] not in load_descriptors()):
        start -= 1
    while start < i and words[start] not in full_name:
        start += 1  # the run is the name from its first word the full name shares
    return start


def _other_given_names_before(text: str, tokens, words: list[str], i: int, j: int, entry: KBEntry,
                              covered: set[int]) -> int:
    """Where a person's name starts when given names the knowledge base's bearer lacks come right
    before a part of that bearer's name ("Ahmed Ould Daddah" for the known "Moktar Ould Daddah"):
    another person of that family name. Returns `i` when there are none or the match is the full name."""
    if j - i >= len(entry.identifier.split()):
        return i
    start = i
    while (start > 0 and i - start < 3 and start - 1 not in covered and _NAME_WORD.fullmatch(words[start - 1])
           and not _sentence_break(text, tokens, start) and _title_before(words, start) is None
           and (words[start - 1],) not in load_titles() and words[start - 1] not in load_descriptors()):
        start -= 1
    return start if start < i and _personal_name(words[start:j]) else i


def _unaccented(word: str) -> str:
    return unaccented(word)


def _mention(text: str, tokens, i: int, j: int, entry: KBEntry | None, kind: str, title: Title | None) -> Mention:
    if j - i > 1 and tokens[i][1] in {"the", "The"}:
        i += 1  # the knowledge base may match "the United States"; the name is "United States"
    start = tokens[i][0]
    end = tokens[j - 1][0] + len(tokens[j - 1][1])
    return Mention(text[start:end], start, end, entry, kind, title)


def _title_before(words: list[str], i: int) -> Title | None:
    titles = load_titles()
    for n in (3, 2, 1):
        if i - n >= 0:
            title = titles.get(tuple(words[i - n : i]))
            if title:
                return title
    return None


def _titled_names(text: str, tokens, taken: set[int]) -> list[Mention]:
    """Names the knowledge base lacks, found by the title before them: "General Ahmed Rashid" -> person."""
    words = [w for _, w in tokens]
    out = []
    i = 0
    while i < len(words):
        title = _title_before(words, i) if i not in taken and _name_word_at(words, i) else None
        described = title is None and i not in taken and _described_at(text, tokens, words, i)
        if described:
            title = load_descriptors()[words[i - 1]]
        set_off = title is None and i not in taken and _role_set_off_before(text, tokens, words, i)
        if set_off:
            described, title = True, Title((words[i - 1],), words[i - 1], None)
        if title is None or words[i] in _title_words() or words[i].lower() in _NAME_PARTICLES:
            i += 1
            continue
        j = i
        while (j < len(words) and j - i < 5 and j not in taken and _name_word_at(words, j)
               and (words[j] not in _title_words() or _surname_like_a_title(text, tokens, words, i, j))
               and not (_sentence_break(text, tokens, j) and not (set_off and j == i))):
            j += 1
        if set_off and not _closed_by_comma(text, tokens, words, j - 1):
            i = max(j, i + 1)  # "the ambassador, Paris and Rome": a list, not a name set off
            continue
        if j > i + (1 if described else 0) and not _names_a_body(words[i:j]):
            # after a lowercase noun only a name of two words or more
            out.append(_mention(text, tokens, i, j, None, "person", title))
        i = max(j, i + 1)
    return out


def _surname_like_a_title(text: str, tokens, words: list[str], i: int, j: int) -> bool:
    """"Foreign Minister Peter King met the envoy": a title word after a given name, titling no name after
    it, is the surname."""
    return (j > i and j + 1 < len(words) and not _name_word_at(words, j + 1)
            and not _sentence_break(text, tokens, j) and words[j - 1] not in _title_words())


def _names_a_body(name: list[str]) -> bool:
    """"the Freedom and Justice Party", "the General Assembly": a title word opening the name of a
    party, council or court, not a person's title; the last word says it is a body."""
    return name[-1] in _NOT_PERSONAL and name[-1] not in WEEKDAYS and name[-1] not in MONTHS


@lru_cache(maxsize=1)
def load_descriptors() -> dict[str, Title]:
    """Lowercase role nouns written before a person's name (data/actors/descriptors.tsv)."""
    return {row["descriptor"]: Title((row["descriptor"],), row["descriptor"], row.get("sector") or None)
            for row in read_tsv(data_path("actors", "descriptors.tsv"))}


@lru_cache(maxsize=1)
def person_role_words() -> frozenset[str]:
    """The role nouns one person holds: the roles of titles and the lowercase descriptors."""
    return frozenset(t.role for t in load_titles().values()) | frozenset(load_descriptors())


def _role_set_off_before(text: str, tokens, words: list[str], i: int) -> bool:
    """"North Korea's U.N. ambassador, Pak Gil Yon, rejected ...": a name set off by commas right after a
    lowercase role noun (apposition_roles.txt) is the person in that role."""
    if i == 0 or words[i - 1] not in _apposition_roles() or _CAPITALISED.match(words[i]) is None:
        return False
    gap = text[tokens[i - 1][0] + len(tokens[i - 1][1]) : tokens[i][0]]
    return gap.strip() == ","


def _closed_by_comma(text: str, tokens, words: list[str], k: int) -> bool:
    end = tokens[k][0] + len(words[k])
    return text[end : end + 1] == ","


def _described_at(text: str, tokens, words: list[str], i: int) -> bool:
    return (i > 0 and words[i - 1] in load_descriptors() and _CAPITALISED.match(words[i]) is not None
            and words[i].lower() not in _NAME_PARTICLES and not _sentence_break(text, tokens, i))


def _name_word_at(words: list[str], j: int) -> bool:
    """A capitalised word of a name, or initials before one ("A.B. Smith", "George W. Bush")."""
    if _CAPITALISED.match(words[j]):
        return True
    return (bool(_INITIALS.fullmatch(words[j])) and j + 1 < len(words)
            and bool(_CAPITALISED.match(words[j + 1])) and words[j + 1] not in _title_words())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(w for t in load_titles() for w in t)


def _countries_before_titles(text: str, titled: list[Mention], known: list[Mention]) -> None:
    # "Iraqi General X", "Kremlin spokesman Dmitry Peskov", "Hamas spokesman Hazem Qassem": the person is
    # of the country, seat of power or organisation right before the title, or before one or two
    # lowercase modifiers of it ("Houthi military spokesman Yahya Saree")
    ends = {m.end: m for m in known if m.kind in {"country", "demonym", "metonym", "org"} and m.entry is not None}
    for m in titled:
        title_start = m.start - len(" ".join(m.title.words)) - 1
        before = ends.get(title_start - 1) or _name_before_modifiers(text, ends, title_start)
        if before is not None:
            m.country = before.entry.code


_NOT_MODIFIERS = frozenset({"the", "a", "an", "and", "or", "but", "said", "says", "told", "of", "to", "in", "on",
                            "at", "for", "with", "by", "from", "that", "as", "its", "his", "her", "their", "when"})


def _name_before_modifiers(text: str, ends: dict, title_start: int) -> "Mention | None":
    """The known name that ends one or two lowercase modifier words before a title."""
    end = title_start - 1  # the space before the title
    for _ in range(2):
        word = re.search(r"[a-z]+$", text[:end])
        if word is None or word.group() in _NOT_MODIFIERS:
            return None
        end = word.start() - 1
        if end < 0 or text[end] != " ":
            return None
        if end in ends:
            return ends[end]
    return None


def _sentence_break(text: str, tokens, j: int) -> bool:
    """True when a full stop or comma sits between token j-1 and token j."""
    if j == 0:
        return False
    prev_end = tokens[j - 1][0] + len(tokens[j - 1][1])
    return any(c in ".,;:()" for c in text[prev_end : tokens[j][0]])


def _unknown_acronyms(text: str, tokens, taken: set[int]) -> list[Mention]:
    out = []
    for i, (_, word) in enumerate(tokens):
        if i not in taken and _ACRONYM.match(word) and len(word) >= 2:
            out.append(_mention(text, tokens, i, i + 1, None, "org", None))
    return out


def _named_legislatures(text: str, tokens, taken: set[int]) -> list[Mention]:
    """"Congress", "the Legislative Assembly": a generic name of a legislature written with capitals
    is the name of the country's legislature (data/actors/legislature_names.txt)."""
    out = []
    k = 0
    while k < len(tokens):
        # every word of the name is capitalised: most tokens are ruled out by their first letter
        for n in (2, 1) if tokens[k][1][:1].isupper() else ():
            words = [w for _, w in tokens[k : k + n]]
            if (len(words) == n and all(k + d not in taken and w[:1].isupper() for d, w in enumerate(words))
                    and " ".join(words).lower() in legislature_names()):
                out.append(_mention(text, tokens, k, k + n, None, "org", None))
                k += n - 1
                break
        k += 1
    return out


def legislature_names() -> frozenset[str]:
    return actor_word_list("legislature_names.txt")


def _legislature_named_before(m: Mention, identities: list[Identity]) -> Identity | None:
    """"Congress ... the Legislative Assembly": two generic names of a legislature in one article
    name the one legislature the article is about."""
    if m.entry is not None or m.text.lower() not in legislature_names():
        return None
    return next((i for i in identities if i.kind == "org"
                 and any(o.entry is None and o.text.lower() in legislature_names() for o in i.mentions)), None)


_REGNAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X|Jr\.?|Sr\.?)$")
PATRONYMIC_PARTICLES = {"bin", "ibn", "bint", "ben"}


def _name_words(mention: Mention) -> list[str]:
    """The words of a person's name without a title the knowledge base prints with it ("King
    Abdullah II" -> "Abdullah") or a regnal number or Jr./Sr. after it."""
    words = [w for w in mention.text.split() if w]
    for n in (3, 2, 1):
        if len(words) > n and tuple(words[:n]) in load_titles():
            words = words[n:]
            break
    while len(words) > 1 and _REGNAL.match(words[-1]):
        words = words[:-1]
    return [_article_lowered(w) for w in words]


_ARTICLE = re.compile(r"^(?:Al|El)-(?=[A-Z])")
# particles written with a capital inside a name ("Van", "Bin"); with the Arabic ones that start a name of
# their own ("Abu", "El"), none is a family name by itself
_CAPITAL_PARTICLES = frozenset({"De", "Di", "Da", "Du", "Dos", "Del", "Della", "Van", "Von", "Der", "Den", "Le", "La",
                                "Bin", "Ibn"})
_CAPITAL_PARTICLE_WORDS = _CAPITAL_PARTICLES | {"Ben", "El", "Al", "Abu", "Bint"}


@lru_cache(maxsize=65536)  # asked about every word of every article
def _article_lowered(word: str) -> str:
    """"Al-Muhandis" or "De Villiers" at the start of a sentence is the "al-Muhandis" or "de
    Villiers" of the full name: an article or particle is compared in lower case."""
    if word in _CAPITAL_PARTICLES:
        return word.lower()
    return _ARTICLE.sub(lambda m: m.group().lower(), word)


def cluster(mentions: list[Mention]) -> list[Identity]:
    """Merge mentions into identities; each mention's `identity` is set."""
    identities: list[Identity] = []
    by_entry: dict[tuple, Identity] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        namesake = _namesake_in_article(m, by_entry, identities)
        if namesake is not None:
            m.entry = None  # "Assad" after "Maher al-Assad": not the Assad the knowledge base knows
        identity = (namesake or _known_identity(m, by_entry) or _defined_by(m) or _named_before_as(m, identities)
                    or _same_name(m, identities)
                    or _legislature_named_before(m, identities) or _alias_of(m, identities) or _given_name_of(m, identities) or _long_form_of(m, identities))
        if identity is None:
            identity = _new_identity(m)
            identities.append(identity)
            if m.entry is not None:
                by_entry[_entry_key(m.entry)] = identity
        _attach(identity, m, by_entry)
    _merge_acronyms_defined_later(identities)
    for identity in identities:
        if _lone_acronym(identity):  # "BAGHDAD" in a dateline, "NEW" in a headline
            for m in identity.mentions:
                m.identity = None
            identity.mentions = []
    return [i for i in identities if i.mentions]


def _namesake_in_article(m: Mention, by_entry: dict, identities: list[Identity]) -> Identity | None:
    """A surname alone that the knowledge base gives to a famous bearer ("Assad"), when the article
    has named only another bearer in full ("Maher al-Assad"): that person."""
    if (m.entry is None or m.kind != "person" or _entry_key(m.entry) in by_entry or m.title is not None
            or len(m.text.split()) >= len(m.entry.identifier.split())):
        return None  # "President Trump" after "Ivanka Trump" is still the president
    words = [_bare(w) for w in _name_words(m)]
    n = len(words)
    for identity in reversed(identities):
        if identity.kind == "person" and identity.code is None and any(
                len(parts := _name_words(o)) > n and [_bare(p) for p in parts[-n:]] == words for o in identity.mentions):
            return identity  # also "Ruiz Massieu" after "Carlos Alberto Ruiz Massieu"
    return None


def _lone_acronym(identity: Identity) -> bool:
    return identity.code is None and all(m.entry is None and _ACRONYM.match(m.text) for m in identity.mentions)


def _entry_key(entry: KBEntry) -> tuple:
    # A country, its demonym and its capital share an identity: the state.
    return (entry.identifier, entry.code) if entry.kind in NAMED_KINDS else (entry.code,)


def _known_identity(m: Mention, by_entry: dict) -> Identity | None:
    return by_entry.get(_entry_key(m.entry)) if m.entry is not None else None


def _new_identity(m: Mention) -> Identity:
    if m.entry is not None:
        # A state's identity is the country; "Baghdad" as GOV is a property of that mention only.
        kind = m.kind if m.kind in NAMED_KINDS else "country"
        sector = m.entry.sector if kind in NAMED_KINDS else None
        return Identity(m.entry.identifier, m.entry.code, sector, kind)
    sector = m.title.sector if m.title else None
    return Identity(m.text, m.country, sector, m.kind)


def _attach(identity: Identity, m: Mention, by_entry: dict) -> None:
    identity.mentions.append(m)
    m.identity = identity
    if m.entry is not None and identity.code is None:
        identity.code, identity.sector = m.entry.code, identity.sector or m.entry.sector
        identity.identifier = m.entry.identifier
        by_entry[_entry_key(m.entry)] = identity
    if m.entry is None and len(m.text) > len(identity.identifier) and identity.code is None:
        identity.identifier = m.text
    if identity.code is None and m.country is not None and identity.kind == "person":
        identity.code = m.country  # "Nijjar, a Canadian citizen": the nationality told at a later mention


def _defined_by(m: Mention) -> Identity | None:
    return m.long_form.identity if m.long_form is not None else None


def _named_before_as(m: Mention, identities: list[Identity]) -> Identity | None:
    """The person named before under the name `m` is "also known" as."""
    told = m.known_as
    return None if told is None else (_same_name(told, identities) or _alias_of(told, identities))


def _same_name(m: Mention, identities: list[Identity]) -> Identity | None:
    """An unknown name repeated ("the FLN ... the FLN") is one entity."""
    if m.entry is not None:
        return None
    return next((i for i in reversed(identities) if any(o.text == m.text for o in i.mentions)), None)


def _alias_of(m: Mention, identities: list[Identity]) -> Identity | None:
    """A person named before under a fuller or differently spelled name: the last one, but a surname
    alone that two people named before share is the one named first ("President Joseph Mbala ... his
    wife, Grace Mbala ... Mbala said": news names the other in full)."""
    if m.kind != "person":
        return None
    words = _name_words(m)
    found = [identity for identity in identities if identity.kind == "person"
             and any(_same_person(words, _name_words(other)) for other in identity.mentions)]
    if len(words) != 1 or len(found) < 2:
        return found[-1] if found else None
    # a surname written as one of them writes it before one that only sounds alike ("Hussein", "Hassan")
    exact = [identity for identity in found if any(_name_words(o)[-1:] == words for o in identity.mentions)]
    return (exact or found)[0]


def _given_name_of(m: Mention, identities: list[Identity]) -> Identity | None:
    """"Abiy" or "Prime Minister Abiy" after "Abiy Ahmed": a lone unknown name that starts the full
    name of exactly one person named before (two people of that first name: neither)."""
    if m.kind != "person" or m.entry is not None or len(words := _name_words(m)) != 1:
        return None
    if not _could_be_given_name(words[0]):
        return None
    found = [identity for identity in identities if identity.kind == "person" and any(
        len(parts := _name_words(o)) > 1 and parts[0] == words[0] for o in identity.mentions)]
    return found[0] if len(found) == 1 else None


def _same_person(words: list[str], other: list[str]) -> bool:
    """Two names of one person, as written or with a family name of capitalised parts split at its hyphens
    ("Abdel-Jalil" after "Mustafa Abdul Jalil", "Zaman" after "General Waker-Uz-Zaman")."""
    if _same_person_as_written(words, other):
        return True
    split_words, split_other = _family_name_apart(words), _family_name_apart(other)
    return (split_words, split_other) != (words, other) and _same_person_as_written(split_words, split_other)


def _same_person_as_written(words: list[str], other: list[str]) -> bool:
    if not words or not other:
        return False
    # "John Q. Harrelson" is "John Harrelson": a middle initial is written or left out; "Abdel-Rahman
    # Salem" is "Abdel Rahman Salem": given names are joined by a hyphen or not
    words, other = _given_names_apart(_without_middle_initials(words)), _given_names_apart(_without_middle_initials(other))
    if len(words) == 1:
        if len(other) == 1:  # "King Abdullah" after "King Abdullah II"
            return words[0] == other[0]
        if _given_name_before_particle(other) and _same_word(words[0], other[0]):
            return True  # "Hamzah" / "Hamza" after "Hamzah bin Hussein"
        if re.fullmatch(r"[A-Z][a-z]+-[a-z]+", other[-1]) or _east_asian_family_name(other):
            return words[0] == other[0]  # "Moon" after "Moon Jae-in", "Wang" after "Wang Yi"
        if _is_first_of_double_surname(words[0], other):
            return True  # "Bongo" after "Ali Bongo Ondimba"
        return (surname_key(words[0]) == surname_key(other[-1])
                and _initial(name_core(words[0])) in _first_letters(name_core(other[-1])))
    if len(words) == len(other):
        return all(_same_name_word(a, b) for a, b in zip(words, other))
    if len(words) < len(other):  # "Ben Ali" after "Zine El Abidine Ben Ali"
        return _same_person_as_written(words, other[len(other) - len(words) :])
    return False


def _family_name_apart(words: list[str]) -> list[str]:
    """The name with its last word split at hyphens between capitalised parts ("Waker-Uz-Zaman" ->
    "Waker", "Uz", "Zaman"); not "Moon Jae-in", whose lowercase part is no name of its own."""
    parts = words[-1].split("-") if words else []
    if len(parts) < 2 or not all(p[:1].isupper() and p[1:].isalpha() for p in parts):
        return words
    return words[:-1] + parts




def _same_name_word(a: str, b: str) -> bool:
    """A word of a full name in another spelling: the same skeleton, opening alike; an Arabic name also
    with or without its article and with its qaf as q, k or g ("Muammar al-Qaddafi", "Muammar Gaddafi")."""
    if skeleton(a) == skeleton(b) and _same_opening(a, b):
        return True
    return surname_key(a) == surname_key(b) and _same_opening(name_core(a), name_core(b))


def _given_names_apart(words: list[str]) -> list[str]:
    """The words before the last with a hyphen between two capitalised parts split ("Jean-Marie" -> "Jean",
    "Marie"); the last word, a family name, stays whole ("Kabila-Mbuyi", "Moon Jae-in")."""
    if len(words) < 2 or not any("-" in w for w in words[:-1]):
        return words
    apart = []
    for w in words[:-1]:
        parts = w.split("-")
        apart += parts if len(parts) > 1 and all(p[:1].isupper() for p in parts) else [w]
    return apart + words[-1:]


def _without_middle_initials(words: list[str]) -> list[str]:
    """The name without initials between its first and last words ("John Q. Harrelson" -> "John Harrelson");
    initials that open it stand for the given names and stay ("P.J. Crowley")."""
    if len(words) < 3 or not any(_INITIALS.fullmatch(w) for w in words[1:-1]):
        return words
    return [words[0]] + [w for w in words[1:-1] if not _INITIALS.fullmatch(w)] + [words[-1]]


@lru_cache(maxsize=1)
def _family_names_first() -> frozenset[str]:
    return read_words(data_path("actors", "family_names_first.txt"))


def _east_asian_family_name(parts) -> bool:
    return len(parts) in (2, 3) and parts[0] in _family_names_first()


def _given_name_before_particle(words) -> bool:
    """"Hamzah bin Hussein", "Mohammed bin Salman": the given name is used alone."""
    return len(words) > 2 and words[1].lower() in PATRONYMIC_PARTICLES


def _same_word(a: str, b: str) -> bool:
    """One name in two spellings: the same skeleton, and a letter or two apart ("Hamza"/"Hamzah",
    "Haniya"/"Haniyeh", "Qaddafi"/"Gaddafi", "al-Sisi"/"el-Sisi"), not "Hassan"/"Hussein"."""
    if a == b:
        return True
    a, b = name_core(a), name_core(b)
    if len(a) < 4 or len(b) < 4 or surname_key(a) != surname_key(b) or _initial(a) not in _first_letters(b):
        return False
    plain_a, plain_b = _FINAL_H.sub("", _unaccented(a).lower()), _FINAL_H.sub("", _unaccented(b).lower())
    return edits(plain_a, plain_b) <= (1 if min(len(a), len(b)) <= 6 else 2)


# Arabic names in Latin letters: the article ("al-", "el-", "ash-") is written several ways, a
# final vowel may take an "h" ("Haniyeh", "Haniya"), and the letter qaf is written q, k or g
# ("Qaddafi", "Kadhafi", "Gaddafi").
_ARABIC_ARTICLE = re.compile(r"(?i)^(?:[ae][lsdnrtz]|[ae]sh)-(?=\w)")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
# Persian and Arabic names: a vowel sound between vowels is written with or without an "h"
# ("Khamenei" / "Khamenehi", "Mohammed" / "Moammed")
_VOWEL_H = re.compile(r"(?<=[aeiou])h(?=[aeiou])")
_QAF = {"k", "q", "g"}
_KH_AFTER_VOWEL = re.compile(r"(?<=[aeiou])kh")


def name_core(word: str) -> str:
    """A name word without its Arabic article: "al-Sisi" -> "Sisi"."""
    return _ARABIC_ARTICLE.sub("", word)


def surname_key(word: str) -> str:
    """skeleton() of the word without its article and without an "h" between vowels, an initial g
    read as q (skeleton reads k as q)."""
    # "Rakhmon" / "Rahmon": the Russian spelling of a Central Asian name writes "kh" for "h"
    key = skeleton(_VOWEL_H.sub("", _KH_AFTER_VOWEL.sub("h", name_core(word))))
    return "q" + key[1:] if key[:1] == "g" else key


_VOWEL_OPENING = re.compile(r"(?i)^y?[aeiou]")


def _same_opening(a: str, b: str) -> bool:
    """Two spellings of a name word open alike: the same letter (k, q and g being one), or a vowel
    sound written with another vowel or with a "y" before it, the words one letter apart
    ("Yevgeny"/"Evgeny", "Osama"/"Usama", "Omar"/"Umar"; not "Omar"/"Amir")."""
    if _initial(a) in _first_letters(b):
        return True
    return (_VOWEL_OPENING.match(a) is not None and _VOWEL_OPENING.match(b) is not None
            and edits(a.lower(), b.lower()) <= 1)


def _initial(word: str) -> str:
    """The first letter in lower case without its accent ("Öztürk" opens as "Ozturk" does)."""
    return _unaccented(word[:1]).lower() or word[:1].lower()


def _first_letters(word: str) -> set[str]:
    first = _initial(word)
    return _QAF | {first} if first in _QAF else {first}


def _long_form_of(m: Mention, identities: list[Identity]) -> Identity | None:
    """An acronym whose letters are the initials of an organisation named before."""
    if not _ACRONYM.match(m.text):
        return None
    for identity in reversed(identities):
        if identity.kind in {"org", "person"} and any(initials(o.text) == m.text for o in identity.mentions if o.text != m.text):
            return identity if identity.kind == "org" else None
    return None


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    words = [_ELIDED.sub("", w) for w in re.split(r"[\s-]+", name) if w and not _function_word(w)]
    return "".join(w[0] for w in words if w[0].isupper())


def _merge_acronyms_defined_later(identities: list[Identity]) -> None:
    """An acronym used before its long form ("the PMF ... the Popular Mobilization Forces")."""
    for acronym in identities:
        if acronym.code is not None or len(acronym.mentions) == 0 or not _ACRONYM.match(acronym.mentions[0].text):
            continue
        for identity in identities:
            if identity is not acronym and identity.mentions and any(initials(o.text) == acronym.mentions[0].text for o in identity.mentions):
                for m in acronym.mentions:
                    m.identity = identity
                identity.mentions = sorted(identity.mentions + acronym.mentions, key=lambda x: x.start)
                acronym.mentions = []
                break


MAX_MENTION_CHARS = 120  # no name is longer: bounds the search for overlapping mentions


def mention_at(mentions: list[Mention], start: int, end: int, starts: list[int] | None = None) -> Mention | None:
    """The longest mention overlapping [start, end), the span of an event's actor or recipient.
    `mentions` are in text order; `starts` (their start offsets) makes the search a bisection."""
    if starts is None:
        starts = [m.start for m in mentions]
    lo, hi = bisect_left(starts, start - MAX_MENTION_CHARS), bisect_left(starts, end)
    inside = [m for m in mentions[lo:hi] if m.start < end and start < m.end and m.identity is not None]
    if not inside:
        return None
    named = [m for m in inside if m.kind in NAMED_KINDS] or inside
    return max(named, key=lambda m: m.end - m.start)
