"""Quotes and their speakers, found with regular expressions and the mention list.

The pipeline parses only the sentences that may hold an event, but quotes are
wanted from every sentence, so this module never calls spaCy. It reads:

Direct quotes
    Text between double marks, straight ("...") or curly (“...”). A quote may
    run over several sentences, and over paragraphs the news way: a paragraph
    that ends inside a quote and a next paragraph that opens with a new mark
    continue one quote (each paragraph's part is reported as its own Quote,
    with the same speaker). Single marks (‘...’, '...') are never quote marks
    at the top level: inside a double-quoted passage they are part of it, and
    elsewhere they are apostrophes (Iran's, don't, rock 'n' roll, protesters').
    Scare quotes are not quotes: a quote needs four words or more, or a full
    clause (capital start and . ! ? at the end, or a speech cue right beside
    it: `“We will respond,” he said`, `X said: “No.”`).

Indirect speech
    A speech verb (data/lexicon/speech_verbs.tsv) and the clause it reports:
    `U.S. officials say the Guard taught ...` (the clause after the verb, or
    after "that"), `..., Iraqi officials said.` (the clause before the
    attribution), `according to the ministry`, `..., saying there was no
    evidence` (the speaker is the subject of the sentence).

Speakers
    `X said`, `said X`, `X says`, `X told reporters`, `X added`, `according to
    X`, `X reported`, `X highlights:`, `X said:`. Else a direct quote embedded in
    a sentence is the sentence subject's; a quote that opens its sentence with
    no cue takes the speaker of the previous sentence's quote, else the subject
    of the previous sentence (both marked `inferred`). "he said" is resolved
    like an event argument (coref.py): the last person named before it
    outside quotes; "it"/"they" the last country or organisation.

The speaker Entity: a named mention inside the speaker phrase gives its
identity (identifier, code, sector); "Iraqi officials" is the country of its
demonym plus the sector of its agent noun; a phrase without a name ("the
ministry", "police") keeps its sector, and a definite state noun ("the
interior ministry") takes its code from the nearest organisation of that
sector or else the nearest country named before it: the rule coref.py applies
to event arguments, so a speaker and the actor of the same sentence agree.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .actors import ActorKB, actor_word_list, agent_sector_of, find_names, normalise_name
from .coref import PERSON_PRONOUNS, antecedent_of
from .data_files import data_path, read_tsv, split_values
from .lexicon import lexicon_word_list
from .mentions import NAMED_KINDS, Mention, load_titles
from .nlp import split_sentences
from .records import Entity, Quote

__all__ = ["Quote", "find_quotes", "load_speech_verbs"]


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class SpeechVerbs:
    forms: dict[str, str]  # written form -> base verb ("told" -> "tell")
    bare_clause: frozenset[str]  # base verbs that report a clause without "that"


@lru_cache(maxsize=1)
def load_speech_verbs() -> SpeechVerbs:
    forms: dict[str, str] = {}
    for row in read_tsv(data_path("lexicon", "speech_verbs.tsv")):
        for form in split_values(row.get("forms")) or [row["verb"]]:
            forms.setdefault(form.lower(), row["verb"].lower())
    # "officials say the Guard taught ...": only say and tell report a bare clause (see the TSV header).
    return SpeechVerbs(forms, frozenset({"say", "tell"}))


@lru_cache(maxsize=1)
def _agent_words() -> tuple[frozenset[str], frozenset[str]]:
    """(one-word agent terms, every word of any agent term) from the actor KB's agents.tsv."""
    from .actors import load_kb

    terms = load_kb().agents
    return frozenset(t for t in terms if " " not in t), frozenset(w for t in terms for w in t.split())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for t in load_titles() for w in t)


# Nouns that can head a speaker phrase besides agents.tsv's ("a ministry statement said").
SOURCE_NOUNS = actor_word_list("source_nouns.txt")
# Lower-case words allowed before the head of a speaker phrase ("senior Iraqi officials").
MODIFIERS = actor_word_list("speaker_modifiers.txt")
NAME_PARTICLES = frozenset({"bin", "ibn", "de", "la", "van", "von", "der", "da", "di", "el", "al", "abu", "bint"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "that"})
PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "it"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
AUX = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must",
                 "should", "had", "has", "have", "did", "does", "do", "shall", "been", "be", "won't",
                 "wouldn't", "can't", "couldn't", "didn't", "doesn't", "isn't", "wasn't", "weren't",
                 "hasn't", "haven't", "hadn't"})
SKIP_BEFORE_VERB = frozenset({"also", "later", "earlier", "again", "further", "then", "separately", "repeatedly",
                              "previously", "already", "has", "have", "had", "would", "will", "could", "may",
                              "might", "did", "does", "do", "not", "never", "once", "yesterday", "today",
                              "tonight", "last", "week", "night", "has", "subsequently"})
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
MONTHS = frozenset("""January February March April May June July August September October November December
Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.""".split())
TIME_WORDS = frozenset({"morning", "afternoon", "evening", "night", "weekend", "week", "month", "year"})
# Capitalised words that start a clause or phrase, never a name.
CAP_STOP = frozenset("""But And Or So Yet In On At After Before When While Meanwhile However Also As If Then
Still Earlier Later Separately Since Despite During For From With Without Under Over That This These Those
There Here Asked Speaking According Although Though Because Once Until Amid Among Following Last Next
Instead Now Today Yesterday Tonight It He She They We I You""".split()) | WEEKDAYS | MONTHS
PLATFORMS = lexicon_word_list("platforms.txt")
TELL_OBJECTS = lexicon_word_list("tell_objects.txt")
FUNCTION_WORDS = frozenset({"and", "or", "but", "nor", "who", "which", "that", "then", "so", "yet", "as", "than",
                            "because", "while", "when", "where", "if", "also", "not", "to", "of", "for", "from",
                            "in", "on", "at", "with", "by", "near", "into", "about", "after", "before", "it",
                            "they", "he", "she", "we", "there", "what", "had", "has", "have", "only", "just"})
ADJUNCT_STARTS = frozenset({"on", "in", "at", "during", "via", "through", "over", "late", "after", "before",
                            "following", "outside", "from", "with", "to"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it"})
MODIFYING_PREPS = frozenset({"of", "for", "from", "in", "at", "with", "near", "on"})

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?:-\w+)*"  # U.S., U.N., U.S.-led
    r"|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Adm|Brig|Prof|Cmdr|Rev|Hon|Jr|Sr|St|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No)\.(?=\s)"
    r"|\d+(?:[.,]\d+)*"  # 5,000 and 5.7 are one token, so their comma is not a clause break
    r"|\w+(?:[-'\u2019]\w+)*(?:['\u2019](?!\w))?"  # Iran's, don't, al-Muhandis, protesters'
    r"|[^\w\s]"
)
_WORDS = re.compile(r"\w+(?:['\u2019]\w+)*")
_MARKS = re.compile(r"[\"\u201c\u201d]")
_PARA = re.compile(r"\n\s*\n|\n[ \t]*(?=[\"\u201c])")
LOOK_BACK = 150
# Unnamed speakers that are one person, so that a later "he"/"she" can refer to them ("the official said").
SINGLE_PERSONS = actor_word_list("single_persons.txt")
OPEN_MARKS = {"\u201c", '"'}
QUOTE_CHARS = frozenset({'"', "\u201c", "\u201d"})


# --------------------------------------------------------------------------- tokens


class _Text:
    """The article's tokens with sentence indices, and which characters are inside quote marks."""

    def __init__(self, text: str, segments: list[tuple[int, int]]):
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        for m in _TOKEN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.words.append(m.group())
        self.inside = bytearray(len(text))
        for s, e in segments:
            self.inside[s:e] = b"\x01" * (e - s)
        self.chunks = split_sentences(text)
        self.chunk_starts = [c.start for c in self.chunks]
        # token range of each sentence: [first, last)
        self.sent_tokens = [(bisect_left(self.starts, c.start), bisect_left(self.starts, c.end)) for c in self.chunks]

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.chunk_starts, offset) - 1

    def sentence_of_token(self, i: int) -> int:
        s = self.sentence_of(self.starts[i])
        return s if s >= 0 and self.starts[i] < self.chunks[s].end else -1

    def quoted(self, i: int) -> bool:
        return bool(self.inside[self.starts[i]])


# --------------------------------------------------------------------------- quote marks


@dataclass
class _Segment:
    start: int  # inner span, marks excluded, whitespace and a trailing comma trimmed
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark (None: continued in the next paragraph)
    group: int  # segments of one quote continued over paragraphs share a group


def _mark_role(text: str, p: int) -> str:
    """"open", "close" or "either" for the double mark at p."""
    c = text[p]
    before = text[p - 1] if p > 0 else " "
    after = text[p + 1] if p + 1 < len(text) else " "
    opens = before.isspace() or before in "([{\u2014\u2013-/:;"
    closes = after.isspace() or after in ".,;:!?)]}\u2014\u2013-'\u2019"
    if c == "\u201c":
        return "close" if closes and not opens and not before.isspace() else "open"
    if c == "\u201d":
        return "open" if opens and not closes else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _segments(text: str) -> list[_Segment]:
    paras = []
    pos = 0
    for m in _PARA.finditer(text):
        paras.append((pos, m.start()))
        pos = m.end()
    paras.append((pos, len(text)))
    out: list[_Segment] = []
    pending: _Segment | None = None  # a quote left open at the end of the previous paragraph
    group = 0
    for p_start, p_end in paras:
        marks = [m.start() for m in _MARKS.finditer(text, p_start, p_end)]
        open_at: int | None = None
        first_text = p_start
        while first_text < p_end and text[first_text].isspace():
            first_text += 1
        if pending is not None:
            if marks and marks[0] == first_text and _mark_role(text, marks[0]) != "close":
                out.append(pending)  # the paragraph continues the quote
                open_at = marks.pop(0)
            elif out and out[-1].group == pending.group:
                pass  # an earlier paragraph of the quote stands; this unclosed tail is dropped
            else:
                group += 1
            pending = None
        else:
            group += 1
        for p in marks:
            role = _mark_role(text, p)
            if open_at is None:
                if role != "close":
                    open_at = p
                continue
            if role == "open" and not _blank(text, open_at + 1, p):
                open_at = p  # two openers: the first was stray
                group += 1
                continue
            seg = _trimmed(text, open_at, p, group)
            if seg is not None:
                out.append(seg)
            group += 1
            open_at = None
        if open_at is not None:
            pending = _trimmed(text, open_at, None, group, p_end)
    return out


def _blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def _trimmed(text: str, open_mark: int, close_mark: int | None, group: int, para_end: int = 0) -> _Segment | None:
    start, end = open_mark + 1, close_mark if close_mark is not None else para_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= start:
        return None
    return _Segment(start, end, open_mark, close_mark, group)


# --------------------------------------------------------------------------- attributions


@dataclass
class _Attribution:
    cue_start: int  # token indices of the cue (verb, its "told" object, a colon)
    cue_end: int
    np: tuple[int, int] | None  # token indices (inclusive) of the speaker phrase
    sentence: int
    first: int  # first token of the whole attribution (speaker or cue)
    clause_start: int | None = None  # char offset where a reported clause after the cue begins
    content: tuple[int, int] | None = None  # char span of the reported clause
    subject: bool = False  # the speaker is the sentence subject ("..., saying ...")
    speaker: Entity | None = None
    resolved: bool = False
    used: bool = False


class _Finder:
    def __init__(self, text: str, mentions: list[Mention], kb: ActorKB, on: date | None):
        self.text = text
        self.kb = kb
        self.on = on
        self.verbs = load_speech_verbs()
        self.segments = _segments(text)
        self.t = _Text(text, [(s.open_mark + 1, s.close_mark if s.close_mark is not None else s.end)
                              for s in self.segments])
        self.mentions = sorted((m for m in mentions if m.identity is not None), key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.agent_heads, self.agent_words = _agent_words()
        self.titles = _title_words()
        self.roles = frozenset(t.role for t in load_titles().values())
        self.last_attribution: _Attribution | None = None
        self.speakers: list[tuple[int, Entity, bool]] = []  # (start, entity, is a person) of named speakers

    # ----------------------------------------------------------------- word classes

    def _is_cap_word(self, w: str) -> bool:
        return (w[:1].isupper() and w not in CAP_STOP) or (w[:3] in {"al-", "el-"} and w[3:4].isupper())

    def _np_word(self, w: str) -> bool:
        lw = w.lower()
        if self._is_cap_word(w) or w[:1].isdigit():
            return True
        if lw in self.agent_words or lw in SOURCE_NOUNS or lw in MODIFIERS or lw in NAME_PARTICLES:
            return True
        if lw.startswith("al-") or lw in self.titles:
            return True
        return _possessive(w)  # "the country's foreign minister", "the fighters' commander"

    def _is_head(self, w: str) -> bool:
        lw = w.lower()
        return self._is_cap_word(w) or lw in self.agent_heads or lw in SOURCE_NOUNS or lw in PRONOUN_SPEAKERS

    def _is_role(self, w: str) -> bool:
        lw = w.lower()
        return lw in self.agent_heads or lw in SOURCE_NOUNS or lw in self.titles

    # ----------------------------------------------------------------- speaker phrases

    def _np_before(self, k: int, lo: int) -> tuple[int, int] | None:
        """The speaker phrase ending at token k (its head), walking back to at most token lo."""
        w = self.t.words
        if k < lo or self.t.quoted(k):
            return None
        if w[k].lower() in PRONOUN_SPEAKERS:
            return k, k
        if not self._is_head(w[k]):
            return self._common_noun_phrase(k, lo)
        first = k
        m = k - 1
        while m >= lo:
            word = w[m]
            lw = word.lower()
            if lw in DETERMINERS and lw != "that":
                first = m
                if m - 2 >= lo and w[m - 1].lower() == "of" and self._is_role(w[m - 2]):
                    m -= 1  # "the head of the army"
                    continue
                break
            if lw in {"of", "for", "in"} and m - 1 >= lo and (self._is_role(w[m - 1]) or (
                    lw != "in" and self._is_cap_word(w[m - 1]) and self._is_cap_word(w[m + 1]))):
                m -= 1  # "the head of the army", "the U.N. agency for refugees", "ambassador in Washington"
                continue
            if word[:1].isupper() and word in CAP_STOP:
                break
            if self._np_word(word) and not self.t.quoted(m):
                first = m
                m -= 1
                continue
            break
        if first > lo and w[first - 1].lower() == "what":
            return None  # "what New Delhi said was a training camp"
        return first, k

    def _common_noun_phrase(self, k: int, lo: int) -> tuple[int, int] | None:
        """A speaker the lexicons do not know, in noun-phrase shape: "the band's singer", "the new report"."""
        w = self.t.words
        lw = w[k].lower()
        if not (w[k].isalpha() and w[k].islower()) or lw in AUX or lw in self.verbs.forms or lw in FUNCTION_WORDS:
            return None
        for m in (k - 1, k - 2):
            if m < lo or self.t.quoted(m):
                return None
            word = w[m]
            if word.lower() in DETERMINERS and word.lower() != "that":
                return m, k
            if _possessive(word):
                return (m - 1 if m - 1 >= lo and w[m - 1].lower() in {"the", "a", "an"} else m), k
            if not (word.isalpha() and word.islower()) or word in AUX or word in self.verbs.forms or word in FUNCTION_WORDS:
                return None
        return None

    def _np_after(self, j: int, hi: int) -> tuple[int, int] | None:
        """The speaker phrase starting at token j: "said *the ministry*", "according to *police*"."""
        w = self.t.words
        k = j
        if k < hi and w[k].lower() in DETERMINERS and w[k].lower() != "that":
            k += 1
        last = None
        while k < hi and not self.t.quoted(k):
            word = w[k]
            if word.lower() in {"of", "for"} and last is not None and self._is_role(w[last]):
                k += 1
                if k < hi and w[k].lower() in DETERMINERS:
                    k += 1
                continue
            if self._np_word(word):
                last = k
                k += 1
                continue
            if word.lower() in PRONOUN_SPEAKERS and last is None:
                last = k
                break
            break
        if last is None or not any(self._is_head(w[i]) for i in range(j, last + 1)):
            return None
        return j, last

    def _skip_back(self, k: int, lo: int) -> int:
        """Skip adverbs, auxiliaries and a date between a speaker and the verb ("officials on Friday said")."""
        w = self.t.words
        while k >= lo:
            word = w[k]
            lw = word.lower()
            if lw in SKIP_BEFORE_VERB or (lw.endswith("ly") and word.islower() and len(lw) > 4):
                k -= 1
            elif word in WEEKDAYS or lw in TIME_WORDS:
                k -= 1
                while k >= lo and w[k].lower() in {"on", "late", "early", "last", "this"}:
                    k -= 1
            elif word[:1].isdigit() and k - 1 >= lo and w[k - 1] in MONTHS:
                k -= 2
                while k >= lo and w[k].lower() in {"on", "late", "early"}:
                    k -= 1
            else:
                break
        return k

    def _skip_adjuncts(self, j: int, hi: int) -> int:
        """Skip dates and "in a statement" after a verb: "said on Thursday it would ..."."""
        w = self.t.words
        while j < hi:
            word = w[j]
            lw = word.lower()
            if word in WEEKDAYS or lw in {"yesterday", "today", "tonight", "earlier", "later", "also", "again"} or (
                    word.islower() and lw.endswith("ly") and len(lw) > 4):
                j += 1
                while j < hi and w[j].lower() in TIME_WORDS:
                    j += 1
                continue
            if lw in {"late", "early", "last", "this"} and j + 1 < hi and (w[j + 1] in WEEKDAYS or w[j + 1].lower() in TIME_WORDS or w[j + 1].lower() == "on"):
                j += 1
                continue
            if lw in {"on", "in", "at", "during", "via", "through", "over"} and j + 1 < hi:
                if w[j + 1] in WEEKDAYS or w[j + 1] in MONTHS:
                    j += 2
                    while j < hi and (w[j][:1].isdigit() or w[j].lower() in TIME_WORDS):
                        j += 1
                    continue
                k = j + 1
                while k < hi and k - j <= 4 and w[k].lower() not in PLATFORMS and w[k] not in {",", ".", ";"}:
                    k += 1
                if k < hi and w[k].lower() in PLATFORMS:
                    j = k + 1
                    continue
            break
        return j

    # ----------------------------------------------------------------- attributions

    def attributions(self) -> list[_Attribution]:
        out = []
        w = self.t.words
        forms = self.verbs.forms
        for i, word in enumerate(w):
            if word == "to" and i > 0 and w[i - 1].lower() == "according":
                found = self._according(i - 1)
            elif word in forms and forms[word] != "according to":
                found = self._verb(i, forms[word])
            else:
                continue
            if found is not None:
                out.append(found)
                self.last_attribution = found
        return out

    def _sentence_bounds(self, i: int) -> tuple[int, int, int] | None:
        s = self.t.sentence_of_token(i)
        if s < 0:
            return None
        lo, hi = self.t.sent_tokens[s]
        return s, lo, hi

    def _verb(self, i: int, verb: str) -> _Attribution | None:
        t, w = self.t, self.t.words
        bounds = self._sentence_bounds(i)
        if bounds is None or t.quoted(i):
            return None
        s, lo, hi = bounds
        if i + 1 < hi and w[i + 1] in self.verbs.forms:
            return None  # "Media reports said": the first is a noun
        if i - 1 >= lo and w[i - 1].lower() in BE_FORMS:
            return None  # "is said to", "was told"
        cue_end = i
        j = i + 1
        if verb == "tell":
            j, cue_end = self._tell_object(j, hi, cue_end)
            if j < hi and w[j] == "to" and j + 1 < hi and w[j + 1].islower():
                return None  # "told him to leave": an order
        if word_is_ing(w[i]):
            return self._participle(i, s, lo, hi, cue_end, j)
        k = self._skip_back(i - 1, lo)
        np = self._np_before(k, lo) if k >= lo and w[k] != "," else None
        if np is None and k >= lo and w[k] == ",":
            np = self._apposed(k, lo)
        inverted = False
        if np is None and i - 1 >= lo and w[i - 1] in {",", "\u201d", '"'} and verb != "tell":
            np = self._np_after(i + 1, hi)
            if np is not None:
                after = np[1] + 1
                rest = self._skip_adjuncts(after, hi)
                if rest < hi and w[rest] not in {",", ".", ";", "!", "?", ")"}:
                    return None  # ", said Iran would ...", ", said the coalition of ten countries would"
                inverted = True
                j = after
        if np is None and k >= lo and w[k] == "and" and k > lo:
            np = self.subject(s)  # "Kenyatta vowed revenge and said ...": the shared subject
        if np is None:
            return None
        if j < hi and w[j] == ":":
            cue_end = j
            j += 1
        a = _Attribution(i, cue_end, np, s, min(np[0], i))
        self._reported_clause(a, verb, j, lo, hi, after_np=inverted)
        return a

    def _tell_object(self, j: int, hi: int, cue_end: int) -> tuple[int, int]:
        w = self.t.words
        if j >= hi:
            return j, cue_end
        lw = w[j].lower()
        if lw in OBJECT_PRONOUNS:
            return j + 1, j
        k = j + 1 if lw in DETERMINERS else j
        end = None
        while k < hi and k - j < 4 and (w[k][:1].isupper() or w[k].lower() in TELL_OBJECTS or w[k].lower() in self.agent_words
                                        or w[k].lower() in {"news", "press", "state", "local"}):
            end = k
            k += 1
        if end is None:
            return j, cue_end
        return end + 1, end

    def _apposed(self, comma: int, lo: int) -> tuple[int, int] | None:
        """"Zarif, Iran's foreign minister, said" / "The Houthis, who ..., said": the name before the aside."""
        w = self.t.words
        m = comma - 1
        while m >= lo and comma - m <= 16 and w[m] not in {",", ";", "\u201d", "\u201c", '"'}:
            m -= 1
        if m < lo or w[m] != "," or m == comma - 1:
            return None
        first = w[m + 1].lower()
        clause = first in {"who", "which"} or (first.endswith("ing") and w[m + 1].islower())
        aside = None if clause else self._np_before(comma - 1, m + 1)
        if not clause and (aside is None or aside[0] != m + 1):
            return None
        name = self._np_before(m - 1, lo) if m - 1 >= lo else None
        if name is None:
            return None
        return (name[0], comma - 1) if aside is not None else name  # "Zarif, Iran's foreign minister"

    def _participle(self, i: int, s: int, lo: int, hi: int, cue_end: int, j: int) -> _Attribution | None:
        w = self.t.words
        if i - 1 < lo or w[i - 1] not in {",", "as"}:
            return None
        last = self.last_attribution
        # '“...,” he said, adding that ...': the speaker of the sentence's report, else its subject
        subject = last.np if last is not None and last.sentence == s and last.np is not None else self.subject(s)
        if subject is None:
            return None
        a = _Attribution(i, cue_end, subject, s, i, subject=True)
        self._reported_clause(a, "say", j, lo, hi, after_np=False)
        return a

    def _according(self, i: int) -> _Attribution | None:
        t, w = self.t, self.t.words
        bounds = self._sentence_bounds(i)
        if bounds is None or t.quoted(i):
            return None
        s, lo, hi = bounds
        j = i + 2
        k = j
        while k < hi and k - j < 14 and w[k] not in {",", ".", ";", ":", "(", ")"} and w[k] not in QUOTE_CHARS:
            if w[k].lower() in {"on", "late"} and k + 1 < hi and (w[k + 1] in WEEKDAYS or w[k + 1] in MONTHS):
                break
            k += 1
        if k == j or (k - j >= 14):
            np = self._np_after(j, hi)
        else:
            np = (j, k - 1) if any(self._is_head(w[x]) for x in range(j, k)) else None
        if np is None:
            return None
        a = _Attribution(i, i + 1, np, s, i)
        if i - 1 >= lo and w[i - 1] == ",":
            a.content = self._span(t.starts[lo], t.starts[i - 1])
        elif i == self._clause_start_token(lo, hi):
            after = np[1] + 1
            while after < hi and w[after] != ",":
                after += 1
            if after + 1 < hi:
                a.clause_start = t.starts[after + 1]
                a.content = self._span(a.clause_start, self._sentence_end(s))
        elif i > lo:
            a.content = self._span(t.starts[lo], t.starts[i])
        return a

    def _clause_start_token(self, lo: int, hi: int) -> int:
        """The first token of the sentence after an opening connective ("But", "Meanwhile,")."""
        w = self.t.words
        k = lo
        while k < hi and (w[k] in {"But", "And", "Meanwhile", "However", "Still", "Yet", "So"} or w[k] == ","):
            k += 1
        return k

    def _reported_clause(self, a: _Attribution, verb: str, j: int, lo: int, hi: int, after_np: bool) -> None:
        """Where the reported clause is: after the cue (pre) or before the speaker (post)."""
        t, w = self.t, self.t.words
        sent_end = self._sentence_end(a.sentence)
        first_after = j
        j = self._skip_adjuncts(j, hi)
        colon = a.cue_end > a.cue_start and w[a.cue_end] == ":"
        if j < hi and w[j] == "," and j + 1 < hi and w[j + 1] in OPEN_MARKS:
            a.clause_start = t.starts[j + 1]  # 'he said, “...'
            return
        that = False
        if j < hi and w[j].lower() == "that":
            j += 1
            that = True
        elif first_after < hi and (w[first_after].lower() in ADJUNCT_STARTS or w[first_after].lower() in {"a", "the", "last", "this"}):
            for k in range(first_after, min(hi, first_after + 12)):
                if w[k].lower() == "that":
                    j, that = k + 1, True
                    break
                if w[k] in {",", ";"} or w[k] in QUOTE_CHARS:
                    break
                if w[first_after].lower() not in ADJUNCT_STARTS and not _time_word(w[k]):
                    break  # "said the attack that killed ...": a relative "that"
        if j >= hi or w[j] in {",", ";", ")", ".", "!", "?", "\u2014", "\u2013"} or (w[j] in QUOTE_CHARS and not that and not colon and _closes(self.text, t.starts[j])):
            # post-posed: "..., Iraqi officials said." The report is the sentence before the speaker.
            before = a.first - 1
            if before > lo and w[before] == ",":
                a.content = self._span(t.starts[lo], t.starts[before])
                if j < hi and w[j] == "," and not any(_verb_like(w[k]) for k in range(lo, before)):
                    # "Under the deal, Peskov said, Prigozhin would ...": the report is after the speaker
                    a.content = self._span(t.starts[j + 1], sent_end)
            elif before > lo and w[before] in QUOTE_CHARS and w[before - 1] == ",":
                a.content = self._span(t.starts[lo], t.ends[before])  # 'as a "gesture of peace," Khan said'
            return
        a.clause_start = t.starts[j]
        if w[j].lower() in ADJUNCT_STARTS and not that:
            return  # "all the general said before the meeting ended": no reported clause
        if w[j] in OPEN_MARKS:
            a.content = self._span(a.clause_start, sent_end)
        elif (verb in self.verbs.bare_clause or that or colon or self._finite_soon(j, hi)) and self._has_verb(j, hi):
            a.content = self._span(a.clause_start, sent_end)

    def _has_verb(self, j: int, hi: int) -> bool:
        """A reported clause has a subject and a verb: not "after the meeting", not "has little chance"
        (a relative clause: "a resolution that diplomats say has little chance")."""
        w = self.t.words
        if w[j].lower() in AUX:
            return False
        return any(_verb_like(w[k]) for k in range(j + 1, hi) if not self.t.quoted(k))

    def _finite_soon(self, j: int, hi: int) -> bool:
        w = self.t.words
        for k in range(j, min(hi, j + 6)):
            if w[k] in {",", ";"}:
                return False
            if w[k].lower() in AUX:
                return True
        return False

    def _sentence_end(self, s: int) -> int:
        """The end of sentence s without its full stop; a closing mark after the stop stays (`"false state."`)."""
        text, end = self.text, self.t.chunks[s].end
        if end < len(text) and text[end] in "\"\u201d":
            return end + 1
        return end - 1 if text[end - 1] == "." else end

    def _span(self, start: int, end: int) -> tuple[int, int] | None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        if len(_WORDS.findall(text, start, end)) < 3:
            return None
        return start, end

    # ----------------------------------------------------------------- subjects

    def subject(self, s: int) -> tuple[int, int] | None:
        """The subject phrase of sentence s, read from its start: "Rouhani spoke on TV." -> Rouhani."""
        w = self.t.words
        lo, hi = self.t.sent_tokens[s]
        k = lo
        if k < hi and w[k] in CAP_STOP and w[k].lower() not in PRONOUN_SPEAKERS:
            comma = next((x for x in range(k, min(hi, k + 8)) if w[x] == ","), None)
            k = comma + 1 if comma is not None else k + 1
        np = self._np_after(k, hi)
        if np is None:
            return None
        nxt = np[1] + 1
        if nxt < hi and not (w[nxt] in {",", "("} or _verb_like(w[nxt])):
            return None  # "A U.S. airstrike": the phrase stopped at a common noun
        return np

    # ----------------------------------------------------------------- entities

    def entity(self, np: tuple[int, int], inferred: bool = False) -> Entity:
        """The Entity of a speaker phrase (token span): its name's identity, else KB words, else its sector."""
        t, w = self.t, self.t.words
        a, b = np
        if a < b and w[a].lower() in DETERMINERS:
            a += 1
        start, end = t.starts[a], t.ends[b]
        phrase = self.text[start:end]
        if a == b and w[a].lower() in PRONOUN_SPEAKERS:
            return self._pronoun(phrase, start, end, inferred)
        ent, person = self._named_entity(a, b, start, end, phrase)
        ent.inferred = inferred
        if not inferred:
            self.speakers.append((start, ent, person))
        return ent

    def _named_entity(self, a: int, b: int, start: int, end: int, phrase: str) -> tuple[Entity, bool]:
        t, w = self.t, self.t.words
        words = w[a : b + 1]
        # a name after "of", "for", "in" modifies the head ("the head of the army", "a spokesman for Hamas")
        head_end = next((k for k in range(a + 1, b + 1) if w[k].lower() in MODIFYING_PREPS), b + 1)
        sector = agent_sector_of(words, head_end - 1 - a, self.kb)
        inside = self._mentions_in(start, end)
        coded = [m for m in inside if m.identity.code]
        # "Prime Minister Theresa May's government": a person in the possessive is not the speaker
        persons = [m for m in inside if m.identity.kind == "person" and not _possessive_at(self.text, m.end)]
        if persons:  # "U.S. Secretary of State Mike Pompeo", "deputy head of the PMF Abu Mahdi al-Muhandis"
            m = max(persons, key=lambda x: x.end - x.start)
            ident = m.identity
            org = next((o for o in inside if o.identity.kind == "org"), None)
            code = ident.code or m.country or next((o.identity.code for o in coded if o is not m), None)
            sector = ident.sector or (org.identity.sector if org else None) or (m.title.sector if m.title else None) or sector
            return Entity(phrase, ident.identifier, code, sector, start, end), True
        name = self._name_run(a, b, inside)
        if name is not None:  # "Hamas spokesman Fawzi Barhoum": a person the KB does not know
            org = next((o for o in inside if o.identity.kind == "org"), None)
            code = next((o.identity.code for o in coded), None)
            sector = (org.identity.sector if org else None) or sector
            return Entity(phrase, name, code, sector, start, end), True
        head_limit = t.starts[head_end] if head_end <= b else end
        named = [m for m in inside if m.start < head_limit and not _possessive_at(self.text, m.end)]
        if named:
            m = max(named, key=lambda x: (x.identity.kind in NAMED_KINDS, x.end - x.start))
            ident = m.identity
            if ident.kind in NAMED_KINDS:  # the org's own name words ("African Union") give no sector
                own = [k for k in range(a, b + 1) if not (m.start <= t.starts[k] < m.end)]
                sector = agent_sector_of([w[k] for k in own], len(own) - 1, self.kb) if own else None
                return Entity(phrase, ident.identifier, ident.code, ident.sector or sector, start, end), False
            sector = sector or (m.entry.sector if m.entry is not None else None)
            only_name = normalise_name(phrase) == normalise_name(m.text)
            identifier = ident.identifier if only_name else normalise_name(phrase)
            return Entity(phrase, identifier, ident.code, sector, start, end), False
        if inside:  # "the deputy head of the PMF" speaks for it: its code, the head's sector
            m = coded[0] if coded else inside[0]
            return Entity(phrase, normalise_name(phrase), m.identity.code, sector or m.identity.sector, start, end), False
        found = find_names(list(words), self.kb, self.on)
        if found:  # no mention list given, or a name the mention pass missed
            i, j, entry = found[0]
            identifier = entry.identifier if entry.kind in NAMED_KINDS or j - i == len(words) else normalise_name(phrase)
            return Entity(phrase, identifier, entry.code, sector or entry.sector, start, end), entry.kind == "person"
        ent = Entity(phrase, normalise_name(phrase), None, sector, start, end)
        role = phrase.lower()
        one_person = w[b].lower() in SINGLE_PERSONS or w[b].lower() in self.roles  # "the official": "he" later
        if sector or role in {"group", "movement"} or role in self.titles:
            # a definite state noun ("the interior ministry") or role noun ("the general"): coref's rule
            antecedent = antecedent_of(ent, self.text, self._before(start))
            if antecedent is not None:
                ident = antecedent.identity
                ent.code, ent.sector = ident.code, sector or ident.sector
                if ident.kind in NAMED_KINDS and (antecedent.kind == "person" or not sector):
                    ent.identifier_text = ident.identifier
                    return ent, antecedent.kind == "person" or one_person
        return ent, one_person

    def _name_run(self, a: int, b: int, inside: list[Mention]) -> str | None:
        """Two or more capitalised words closing the phrase after a role word or comma, none a KB name."""
        t, w = self.t, self.t.words
        k = b
        while k > a and w[k][:1].isupper() or (k > a and w[k].lower() in NAME_PARTICLES):
            k -= 1
        first = k + 1
        if b - first < 1 or first <= a or not (w[k] == "," or self._is_role(w[k])):
            return None
        if w[first].lower().rstrip(".") in self.titles:
            return None
        if any(m.start < t.ends[b] and t.starts[first] < m.end for m in inside):
            return None
        return self.text[t.starts[first] : t.ends[b]]

    def _pronoun(self, phrase: str, start: int, end: int, inferred: bool) -> Entity:
        """he/she: the later of the last person named and the last person who spoke (outside quotes);
        it/they: the last organisation or state that spoke in the two sentences before, else coref's rule."""
        ent = Entity(phrase, None, None, None, start, end, inferred)
        lw = phrase.lower()
        person = lw in PERSON_PRONOUNS
        antecedent = antecedent_of(ent, self.text, self._before(start))
        spoke = next(((s, e) for s, e, p in reversed(self.speakers) if s < start and p == person), None)
        source = antecedent.identity if antecedent is not None else None
        if spoke is not None:
            s, e = spoke
            near = self.t.sentence_of(start) - self.t.sentence_of(s) <= 2
            if (person and (antecedent is None or s > antecedent.start)) or (not person and near):
                ent.identifier_text, ent.code, ent.sector = e.identifier_text, e.code, e.sector
                return ent
        if source is not None:
            ent.identifier_text, ent.code, ent.sector = source.identifier, source.code, source.sector
        return ent

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def _before(self, start: int) -> list[Mention]:
        """The last mentions before `start` that are not inside quotes (a name inside a quote is not the
        speaker); an antecedent further back than LOOK_BACK mentions is not looked for."""
        i = bisect_left(self.mention_starts, start)
        inside = self.t.inside
        return [m for m in self.mentions[max(0, i - LOOK_BACK) : i] if m.end <= start and not inside[m.start]]

    def speaker_of(self, a: _Attribution) -> Entity | None:
        if not a.resolved:
            a.speaker = self.entity(a.np) if a.np is not None else None
            a.resolved = True
        return a.speaker

    def cue_of(self, a: _Attribution) -> str:
        return self.text[self.t.starts[a.cue_start] : self.t.ends[a.cue_end]]


def _possessive_at(text: str, end: int) -> bool:
    return text[end : end + 2] in {"'s", "\u2019s"} or text[end : end + 1] in {"'", "\u2019"}


def _time_word(word: str) -> bool:
    lw = word.lower()
    return (word in WEEKDAYS or word in MONTHS or lw in TIME_WORDS or lw in {"a", "the", "day", "days", "earlier",
            "later", "last", "this", "next", "ago"} or (word.islower() and lw.endswith("ly")))


def _possessive(word: str) -> bool:
    return len(word) > 2 and word.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def word_is_ing(word: str) -> bool:
    return word.endswith("ing") and word.islower()


_IRREGULAR_PAST = lexicon_word_list("irregular_past.txt")


def _verb_like(word: str) -> bool:
    lw = word.lower()
    return (lw in AUX or lw in _IRREGULAR_PAST or (word.islower() and (lw.endswith("ed") or lw.endswith("s")))
            or (word.islower() and lw.endswith("ly")))


def _closes(text: str, p: int) -> bool:
    return _mark_role(text, p) == "close"


# --------------------------------------------------------------------------- assembly


def find_quotes(text: str, mentions: list[Mention], kb: ActorKB, on: date | None) -> list[Quote]:
    """Direct and indirect quotes of an article with their speakers, in text order."""
    f = _Finder(text, mentions, kb, on)
    attributions = f.attributions()
    for a in attributions:  # in text order, so that "he said" can look back at the speakers before it
        f.speaker_of(a)
    by_sentence: dict[int, list[_Attribution]] = {}
    for a in attributions:
        by_sentence.setdefault(a.sentence, []).append(a)
    groups: dict[int, list[_Segment]] = {}
    for seg in f.segments:
        groups.setdefault(seg.group, []).append(seg)
    quotes: list[Quote] = []
    spoken: dict[int, Entity] = {}  # sentence -> speaker of a direct quote ending there
    for group in groups.values():
        found = _attach(f, group, by_sentence)
        if not _is_quote(f, group, found):
            continue
        attribution, cue, speaker = found if found else (None, None, None)
        if attribution is not None:
            attribution.used = True
        if speaker is None:
            speaker = _inherited(f, group[0], by_sentence, spoken)
        for seg in group:
            quotes.append(Quote(text[seg.start : seg.end], seg.start, seg.end, "direct", cue, speaker))
        if speaker is not None:
            spoken[f.t.sentence_of(group[-1].end - 1)] = speaker
    directs = [(q.start, q.end) for q in quotes]
    for a in attributions:
        if a.content is None:
            continue
        s, e = a.content
        if a.used and _words_outside(text, s, e, directs) < 3:
            continue
        s, e = _cut_at_next_report(f, a, s, e, by_sentence[a.sentence])
        if e > s:
            quotes.append(Quote(text[s:e], s, e, "indirect", f.cue_of(a), f.speaker_of(a)))
    quotes.sort(key=lambda q: (q.start, q.kind))
    return quotes


def _attach(f: _Finder, group: list[_Segment], by_sentence) -> tuple[_Attribution, str, Entity | None] | None:
    """The attribution of a direct quote: beside its closing mark, before its opening mark, around it."""
    text, t = f.text, f.t
    first, last = group[0], group[-1]
    s_open = t.sentence_of(first.open_mark)
    s_close = t.sentence_of(last.close_mark if last.close_mark is not None else last.end - 1)
    candidates = [a for s in range(max(s_open, 0), s_close + 1) for a in by_sentence.get(s, [])]
    candidates = [a for a in candidates if not any(seg.start <= t.starts[a.cue_start] < seg.end for seg in group)]
    if not candidates:
        return None
    if last.close_mark is not None:
        for a in candidates:  # ,” he said   ,” said Zarif
            if _blank_or_commas(text, last.close_mark + 1, t.starts[a.first]):
                return a, f.cue_of(a), f.speaker_of(a)
    for a in candidates:  # Zarif said: “...   he said, “...
        if a.clause_start is not None and a.clause_start == first.open_mark:
            return a, f.cue_of(a), f.speaker_of(a)
    for a in candidates:  # Trump said Iran would “pay a very big price”
        if a.content is not None and a.content[0] <= first.open_mark < a.content[1]:
            return a, f.cue_of(a), f.speaker_of(a)
    near = [a for a in candidates if not a.subject]
    if not near:
        return None
    a = min(near, key=lambda x: min(abs(t.starts[x.first] - first.open_mark), abs(t.starts[x.first] - last.end)))
    return a, f.cue_of(a), f.speaker_of(a)


def _blank_or_commas(text: str, start: int, end: int) -> bool:
    return start <= end and not text[start:end].strip(" \t\n,")


def _is_quote(f: _Finder, group: list[_Segment], found) -> bool:
    """Not a scare quote: four words or more, or a full clause."""
    if len(group) > 1:
        return True
    seg = group[0]
    body = f.text[seg.start : seg.end]
    words = len(_WORDS.findall(body))
    if words >= 4:
        return True
    if words == 0:
        return False
    if found is not None:
        a = found[0]
        t = f.t
        beside = (seg.close_mark is not None and _blank_or_commas(f.text, seg.close_mark + 1, t.starts[a.first])) or (
            a.clause_start == seg.open_mark)
        # '“We will respond,” he said' is a clause; 'as a "gesture of peace," Khan said' is not
        if beside and (body[:1].isupper() or _opens_sentence(f, seg.open_mark)):
            return True
    return words >= 2 and body[:1].isupper() and body.rstrip()[-1:] in ".!?"


def _opens_sentence(f: _Finder, mark: int) -> bool:
    s = f.t.sentence_of(mark)
    return s >= 0 and not f.text[f.t.chunks[s].start : mark].strip(" \t\n(\u2014\u2013-")


def _inherited(f: _Finder, seg: _Segment, by_sentence, spoken: dict[int, Entity]) -> Entity | None:
    """A quote with no cue: the subject of its own sentence when it is embedded in one, else the speaker
    of the previous sentence's quote, else the subject of the previous sentence."""
    t, w = f.t, f.t.words
    s = t.sentence_of(seg.open_mark)
    if s < 0:
        return None
    lo, _ = t.sent_tokens[s]
    open_tok = bisect_left(t.starts, seg.open_mark)
    if any(w[k] not in QUOTE_CHARS and w[k] not in {",", "(", "\u2014", "-", "\u2013"} for k in range(lo, open_tok)):
        np = f.subject(s)
        return f.entity(np, inferred=True) if np is not None and np[1] < open_tok else None
    prev = s - 1
    if prev < 0:
        return None
    if prev in spoken:
        return _as_inferred(spoken[prev])
    reports = [a for a in by_sentence.get(prev, []) if a.np is not None]
    if reports:
        speaker = f.speaker_of(reports[-1])
        return _as_inferred(speaker) if speaker is not None else None
    np = f.subject(prev)
    return f.entity(np, inferred=True) if np is not None else None


def _as_inferred(ent: Entity) -> Entity:
    return Entity(ent.entity_text, ent.identifier_text, ent.code, ent.sector, ent.start, ent.end, True)


def _words_outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> int:
    n = 0
    pos = start
    for s, e in sorted(spans):
        if e <= start or s >= end:
            continue
        n += len(_WORDS.findall(text, pos, max(pos, s)))
        pos = max(pos, e)
    return n + len(_WORDS.findall(text, pos, end))


def _cut_at_next_report(f: _Finder, a: _Attribution, s: int, e: int, attributions) -> tuple[int, int]:
    """"officials say 1,800 died, while Israel says 64 ...": the first report ends at ", while"."""
    t, w = f.t, f.t.words
    for other in attributions:
        if other is a or other.sentence != a.sentence:
            continue
        o = t.starts[other.first]
        if s < o < e:
            k = other.first - 1
            if k >= 0 and w[k].lower() in {"while", "whereas", "but", "and"} and k - 1 >= 0 and w[k - 1] == ",":
                end = t.starts[k - 1]
                while end > s and f.text[end - 1].isspace():
                    end -= 1
                return s, end
    return s, e
