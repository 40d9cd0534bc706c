"""Casualty and arrest counts from an event's own clause.

"killing some 25 of the group's fighters", "at least seven people were
wounded", "police arrested 40 protesters": a number counts when the word
that governs it (or the noun it quantifies) is a kill / injure / arrest word
inside the event predicate's clause.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LIKE_NUM, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Token

from .data_files import data_path, read_tsv
from .lexicon import lexicon_word_list
from .nlp import token_column
from .records import Size, fill_missing_counts

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
}
_NUMBER_WORD_IDS = frozenset(get_string_id(word) for word in _NUMBER_WORDS)
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_CLAUSE_DEPS = {"ccomp", "relcl", "parataxis"}


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    """lemma -> dead | injured | arrested, from data/lexicon/casualty_cues.tsv."""
    return {r["lemma"]: r["kind"] for r in read_tsv(data_path("lexicon", "casualty_cues.tsv"))}


@lru_cache(maxsize=1)
def custody_cues() -> dict[str, str]:
    """cues() with the verbs of keeping someone in custody (lexicon/custody_verbs.txt) as arrest words.
    Only a COERCE event reads them: "police were holding Jatuporn and five other leaders" counts six held,
    while "gunmen holding 350 hostages" (an abduction) and "held talks with 12 ministers" count no one."""
    return {**cues(), **{lemma: "arrested" for lemma in lexicon_word_list("custody_verbs.txt")}}


def parse_number(tok: Token) -> int | None:
    """The integer a number token (and a following scale word) spells, else None."""
    text = tok.lower_.replace(",", "")
    value: float | None = None
    if re.fullmatch(r"\d+(\.\d+)?", text):
        value = float(text)
    elif text in _NUMBER_WORDS:
        value = _NUMBER_WORDS[text]
    elif "-" in text:  # twenty-five
        parts = text.split("-")
        if all(p in _NUMBER_WORDS for p in parts):
            value = sum(_NUMBER_WORDS[p] for p in parts)
    if value is None:
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _SCALE and nxt.head == tok or (nxt is not None and nxt.lower_ in _SCALE and tok.head == nxt):
        value *= _SCALE[nxt.lower_]
    return int(value)


def _clause(pred: Token, other_predicates: set[int]) -> list[Token]:
    """The predicate's subtree without embedded clauses and without other events' clauses."""
    out, stack = [], [pred]
    while stack:
        tok = stack.pop()
        out.append(tok)
        # "leaving at least five people dead" may be parsed as a clause "people dead": an adjective's
        # small clause says what the predicate left behind, so it stays
        stack.extend(c for c in tok.children if (c.dep_ not in _CLAUSE_DEPS or c.pos_ == "ADJ")
                     and c.i not in other_predicates and not _earlier_deed(c) and not _share_of_the_toll(c))
    return out


def _share_of_the_toll(tok: Token) -> bool:
    """"killing dozens of people, including at least one foreign worker": the number after "including"
    is a part of the victims, never their count, even when the whole is told with no number."""
    return tok.dep_ == "prep" and tok.lower_ in lexicon_word_list("subset_words.txt")


def _earlier_deed(tok: Token) -> bool:
    """"resigned six days after a blast at the port killed 160 people", "since police shot dead 12": a
    clause of an earlier time or a cause tells another deed, whose toll is its own; a bare phrase ("after
    a day of fighting") is no clause and stays."""
    marks = lexicon_word_list("time_clause_marks.txt")
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)
    if tok.dep_ != "prep" or tok.lower_ not in marks:
        return False
    # the clause's verb may hang on any word of the object ("after a fire at a depot killed 75")
    return any(c.dep_ == "pcomp" or c.dep_ == "pobj" and any(g.dep_ in {"acl", "relcl"} and g.pos_ == "VERB"
                                                             for g in c.subtree) for c in tok.children)


def _cue_of(tok: Token, table: dict[str, str]) -> str | None:
    """The count a word cues: by its lemma ("killed"), or a verb by its lemma and particle ("gunned down":
    "gun down" in casualty_cues.tsv, where "gun" alone is a weapon)."""
    kind = table.get(tok.lemma_.lower())
    if kind is None and tok.pos_ == "VERB":
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        kind = table.get(f"{tok.lemma_.lower()} {particle}") if particle else None
    return kind


def _kind_for(num: Token, clause_ids: set[int], table: dict[str, str]) -> str | None:
    # walk up a few steps: "25" -> "fighters" -> "killing"; "seven" -> "officials" -> "with" -> "killed"
    tok = num
    for _ in range(5):
        kind = _cue_of(tok, table)
        if kind and tok != num:
            return kind
        # "12 dead", "five wounded": an adjective or participle right after the noun
        for child in tok.children:
            if child.dep_ in {"amod", "acl", "appos"} and table.get(child.lemma_.lower()):
                return table[child.lemma_.lower()]
        kind = _state_left_in(tok, table)
        if kind:
            return kind
        if tok.head == tok or tok.head.i not in clause_ids or _counts_the_doers(tok):
            break
        tok = tok.head
    return None


def _state_left_in(noun: Token, table: dict[str, str]) -> str | None:
    """"leaving five people dead", "left 20 soldiers wounded", "shot dead 22 protesters": the state the
    object is left in is said beside it, on the verb, not on the noun."""
    if noun.dep_ == "nsubj" and noun.head.pos_ == "ADJ" and noun.head.i > noun.i:
        return table.get(noun.head.lemma_.lower())  # "people dead" read as a clause
    if noun.dep_ != "dobj":
        return None
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and noun.head.lemma_.lower() == "leave" and after.lower_ in lexicon_word_list("left_states.txt"):
        return table.get(after.lemma_.lower())  # "left 17 soldiers wounded", "wounded" hung on another word
    return next((table[c.lemma_.lower()] for c in noun.head.children
                 if (c.dep_ in {"oprd", "acomp"} or c.dep_ == "xcomp" and c.i > noun.i)
                 and table.get(c.lemma_.lower())), None)


def _counts_the_doers(tok: Token) -> bool:
    """"About 30 gunmen killed a police officer": the subject of a verb that has an object of its own
    does the deed, it does not suffer it ("30 people died", "30 people were killed" do)."""
    return tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in tok.head.children)


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _is_date_or_amount(tok: Token) -> bool:
    """"12 May", "May 12", "Sept. 8", "1998", "$500", "20 percent", "5 p.m." are not counts of people."""
    doc = tok.doc
    # "Sept. 8": an abbreviated month keeps its full stop in the token
    before = doc[tok.i - 1].lower_.rstrip(".") if tok.i > 0 else ""
    after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if before in _MONTHS or after in _MONTHS or before in {"$", "€", "£", "us$"} or after in {"percent", "%", "p.m.", "a.m.", "pm", "am"}:
        return True
    return tok.shape_ == "dddd" and 1900 <= int(tok.text) <= 2100


@lru_cache(maxsize=1)
def _measure_nouns() -> frozenset[str]:
    return lexicon_word_list("measure_nouns.txt") | lexicon_word_list("time_nouns.txt")


def _measures_a_unit(tok: Token) -> bool:
    """"six days after the blast", "80 km north of the town", "the 22-member body": a number that
    quantifies a time or a unit counts no people, though a kill word governs its clause."""
    if tok.dep_ not in {"nummod", "compound"} or tok.head.i < tok.i:
        return False
    if tok.i + 2 == tok.head.i and tok.nbor(1).text == "-":
        return True  # "a 22-member body", "a four-month standoff": a size or a span, never a toll
    units = _measure_nouns()
    return tok.head.lemma_.lower() in units or tok.head.lower_ in units


def count_casualties(pred: Token, other_predicates: set[int] = frozenset(), custody: bool = False) -> Size:
    """The counts of an event's own clause; with `custody` (a COERCE event), the verbs of keeping someone
    in custody count the arrested too."""
    table = custody_cues() if custody else cues()
    size = _numbered_counts(pred, other_predicates, table) if _number_under(pred) else Size()
    if pred.pos_ in {"NOUN", "PROPN"}:
        _add_toll_told_of(pred, size, other_predicates)
    kind = _own_kind(pred, table)
    if kind and getattr(size, kind) is None:
        setattr(size, kind, _lone_victims(pred))
    return size


def _add_toll_told_of(noun: Token, size: Size, other_predicates: set[int]) -> None:
    """"a suicide bombing that killed 13 soldiers", "clashes that left 81 people injured", "the raids
    killed 12 members", "fighting broke out, killing at least 23", "20 soldiers were killed in a clash": a
    deed named by a noun has its toll told by the verb of its relative clause, by the verb it is the
    subject of, or by the kill word whose "in" phrase it is. The kill and wound words
    there tell this deed's toll, so their clauses are walked too."""
    doc = noun.doc
    tellers = [c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"]
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ == "VERB":
        tellers.append(noun.head)
    table = cues()
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} and table.get(noun.head.head.lemma_.lower()):
        tellers.append(noun.head.head)  # "20 soldiers were killed in a clash", "100 had died in the fighting"
    for verb in tellers:
        if not _number_under(verb):
            continue
        toll_words = {i for i in other_predicates if table.get(doc[i].lemma_.lower())}
        fill_missing_counts(size, _numbered_counts(verb, (other_predicates - toll_words - {verb.i}) | {noun.i}, table))


def _numbered_counts(pred: Token, other_predicates: set[int], table: dict[str, str]) -> Size:
    clause = _clause(pred, other_predicates - {pred.i})
    ids = {t.i for t in clause}
    size = Size()
    for tok in sorted(clause, key=lambda t: t.i):
        if not (tok.like_num or tok.lower_ in _NUMBER_WORDS) or _is_date_or_amount(tok) or _measures_a_unit(tok):
            continue
        if tok.dep_ == "compound" and tok.head.like_num:
            continue
        value = parse_number(tok)
        kind = _kind_for(tok, ids, table) if value is not None else None
        if kind and getattr(size, kind) is None:
            noun = tok.head if tok.dep_ == "nummod" and tok.head.pos_ in {"NOUN", "PROPN"} else None
            setattr(size, kind, _sum_of_conjuncts(noun, value) if noun is not None else value)
    return size


def _sum_of_conjuncts(noun: Token, value: int) -> int:
    """"killing two marines and two civilians" (4), "two soldiers and a police officer" (3), "Pashinyan
    and two other lawmakers" (3): coordinated victims add up. Victims told apart by their country ("13
    U.S. service members and 170 Afghans") are counted apart, as each side's own count."""
    members = sorted([noun, *noun.conjuncts], key=lambda t: t.i)
    countries = {_country_word(m) for m in members}
    if len(members) == 1 or (countries != {None} and len(countries) > 1 and not _others_of_the_same(members)):
        return value
    total = 0
    for member in members:
        number = next((c for c in member.children if c.dep_ == "nummod"), None)
        count = value if member == noun else parse_number(number) if number is not None else _one_person(member)
        if not count:
            return value  # "two soldiers and civilians": how many in all is not said
        total += count
    return total


def _others_of_the_same(members: list[Token]) -> bool:
    """"Advani and five other Hindu leaders": "other" says the named one is of the same lot, so a
    word like "Hindu" on the rest does not set them apart as another side."""
    return any(c.dep_ == "amod" and c.lower_ == "other" for m in members[1:] for c in m.children)


def _country_word(noun: Token) -> str | None:
    """The word that says whose victims are: the first capitalised modifier of a common noun ("U.S.
    service members", "Afghan civilians"), or a people's own plural name ("170 Afghans"). A person's
    name says nothing of the kind: its capitalised words are the name. Victims of one country told in
    two phrases ("a Peruvian judge and two Peruvian officers") share it; those with none ("Pashinyan and
    two other lawmakers") add up too, while a name beside a people ("the prime minister and ten Belgian
    peacekeepers") may be of another country."""
    if noun.tag_ == "NNPS":
        return noun.lower_
    if noun.dep_ == "appos" and noun.head.tag_ in {"NN", "NNS"}:
        return _country_word(noun.head)  # "a Peruvian judge, Carlos Giusti, and ...": the name is the judge
    if noun.tag_ not in {"NN", "NNS"}:
        return None
    first = next((c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i
                  and c.text[:1].isupper()), None)
    return first.lower_ if first is not None else None


def _own_kind(pred: Token, table: dict[str, str] | None = None) -> str | None:
    """What the predicate itself counts: "killed" the dead, "arrested" the arrested, "shot X dead" the
    dead. A noun predicate ("the arrest of ...") and a verb without an object count nothing this way."""
    if pred.pos_ != "VERB":
        return None
    kind = _cue_of(pred, table or cues())
    if kind is None and any(c.dep_ in {"acomp", "oprd", "advcl", "xcomp"} and c.lower_ == "dead" for c in pred.children):
        kind = "dead"
    return kind


def _lone_victims(pred: Token) -> int | None:
    """"police arrested a journalist", "a pilot was killed", "detained him", "captured Laurent Gbagbo":
    one person, or a few coordinated ones, named as the victims of a kill, injure or arrest verb are
    counted as such. A town ("captured Goma"), a body ("arrested the leadership") or a plural without a
    number count nothing."""
    passive = any(c.dep_ == "auxpass" for c in pred.children)
    victim = next((c for c in pred.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if victim is None or _with_others(victim):
        return None
    members = [victim, *victim.conjuncts]
    counts = [_one_person(m) for m in members]
    return sum(counts) if all(counts) else None


def _with_others(victim: Token) -> bool:
    """"detained Aung San Suu Kyi, along with dozens of lawmakers", "..., and others": more victims
    than those counted, in a number not told."""
    return any(t.tag_ in {"NNS", "NNPS"} or t.lower_ in {"others", "along"} for t in victim.subtree if t != victim) \
        or any(c.dep_ == "prep" and c.lower_ in {"with", "along"} for c in victim.head.children if c.i > victim.i)


def _one_person(tok: Token) -> int:
    """1 when the word names one person: "him", "a journalist", "the president", a person's name."""
    if tok.pos_ == "PRON":
        return int(tok.lower_ in {"him", "her", "he", "she"})
    if tok.tag_ == "NN":
        return int(tok.lower_ in _person_nouns() and not any(c.dep_ == "nummod" for c in tok.children))
    if tok.tag_ == "NNP":
        return int(_names_a_person(tok))
    return 0


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    from .mentions import person_role_words

    return lexicon_word_list("person_nouns.txt") | person_role_words()


def _names_a_person(tok: Token) -> bool:
    """A name the actor base knows as a person's, or one it does not know that is no place either."""
    from .actors import load_kb
    from .places import find_places

    name = " ".join(t.text for t in tok.subtree if t.tag_ == "NNP" and t.i <= tok.i)
    entry = load_kb().lookup(name)
    if entry is not None:
        return entry.kind == "person"
    return not find_places(name)


def _number_under(pred: Token) -> bool:
    """Whether a word that may be a count ("40", "seven") lies between the first and the last word
    of the predicate's subtree: most clauses have none, and then theirs is not walked. Read off the
    doc's columns, as a Token per word would cost more than the walk."""
    doc = pred.doc
    like_num, lower = token_column(doc, LIKE_NUM), token_column(doc, LOWER)
    return any(like_num[i] or lower[i] in _NUMBER_WORD_IDS for i in range(pred.left_edge.i, pred.right_edge.i + 1))
