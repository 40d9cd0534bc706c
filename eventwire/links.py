"""Links between the events of one article, from the text's own cues.

"Iran fired missiles at U.S. bases in retaliation for the strike": the
missile attack is `response_to` the strike. The cue sits between the two
events: the event told before it and the event it introduces. The event it
introduces is coded in the same sentence ("... after gunmen attacked a
checkpoint"), or is an event noun ("the strike", "the siege") that names an
event told earlier in the article, which is then the one linked to. Cues and
their direction are data (data/lexicon/link_cues.tsv).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .data_files import data_path, read_tsv
from .lexicon import Lexicon
from .records import EventMention

NOUN_REACH = 60  # characters after a cue searched for the event noun it introduces
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "last", "week's",
                "friday's", "thursday's", "monday's", "tuesday's", "wednesday's", "saturday's", "sunday's"}


@dataclass(frozen=True)
class Cue:
    words: str
    type: str
    forward: bool
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def load_cues() -> tuple[Cue, ...]:
    cues = []
    for row in read_tsv(data_path("lexicon", "link_cues.tsv")):
        words = row["cue"].strip().lower()
        pattern = re.compile(r"(?i)(?<![\w-])" + r"\s+".join(map(re.escape, words.split())) + r"(?![\w-])")
        cues.append(Cue(words, row["type"], row["direction"] == "forward", pattern))
    # longest first, so "in retaliation for" is read before "for" ever could be, and "days after" before "after"
    return tuple(sorted(cues, key=lambda c: -len(c.words)))


def link_events(events: list[EventMention], text: str, lex: Lexicon) -> None:
    """Add `links` to the events in place."""
    by_sentence: dict[int, list[EventMention]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sent_start, []).append(ev)
    for sent_start, sentence_events in by_sentence.items():
        sent_end = sentence_events[0].sent_end
        taken: list[tuple[int, int]] = []
        for cue in load_cues():
            for m in cue.pattern.finditer(text, sent_start, sent_end):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                _link_at(cue, m, sentence_events, events, text, lex)


def _link_at(cue: Cue, m: re.Match, sentence_events: list[EventMention], events: list[EventMention],
             text: str, lex: Lexicon) -> None:
    before = [e for e in sentence_events if e.trigger_end <= m.start()]
    after = [e for e in sentence_events if e.trigger_start >= m.end()]
    # the event whose clause holds the cue; among several, one with a known actor
    told = max(before, key=lambda e: (e.clause_start <= m.start() < e.clause_end, any(a.code for a in e.actor),
                                      e.trigger_end), default=None)
    if told is None:  # "The strike came days after ...": the subject names an event told earlier
        sent_start = sentence_events[0].sent_start
        told = _event_named_in(text, sent_start, m.start(), lex, events, sent_start, last=True)
    if told is None:
        return
    introduced = (_first_after(after, m.end(), told) or _named_event(m.end(), text, lex, events, told)
                  or _attack_on_person(m.end(), told, events, text))
    if introduced is None or introduced is told:
        return
    later, earlier = (told, introduced) if cue.forward else (introduced, told)
    _add_link(later, earlier, cue, m)


def _first_after(events: list[EventMention], position: int, told: EventMention) -> EventMention | None:
    near = [e for e in events if e.trigger_start - position <= NOUN_REACH and e.event_text != told.event_text]
    return min(near, key=lambda e: e.trigger_start, default=None)


def _named_event(position: int, text: str, lex: Lexicon, events: list[EventMention], told: EventMention) -> EventMention | None:
    """"in retaliation for the strike": the event noun after the cue names an earlier event of its type."""
    end = min(told.sent_end, position + NOUN_REACH)
    return _event_named_in(text, position, end, lex, events, told.sent_start, last=False)


def _event_named_in(text: str, start: int, end: int, lex: Lexicon, events: list[EventMention],
                    before: int, last: bool) -> EventMention | None:
    """The latest event told before `before` whose type an event noun in text[start:end] names
    (the first such noun, or with `last` the last one)."""
    words = [w.group() for w in _WORD.finditer(text, start, end)]
    nouns = [w for w in (reversed(words) if last else words[:5]) if w[0].islower() and w.lower() not in _DETERMINERS]
    for word in nouns:
        types = _noun_types(word.lower(), lex)
        if types:
            earlier = [e for e in events if e.event in types and e.trigger_start < before]
            # "The strike came days after ...": the event told as "carried out a strike", if there is one
            same_word = [e for e in earlier if _names_with(e, word.lower())]
            return (same_word or earlier or [None])[-1]
    return None


def _names_with(ev: EventMention, noun: str) -> bool:
    stem = noun[:-1] if noun.endswith("s") else noun
    return any(w.lower().startswith(stem) for text in ev.event_text for w in _WORD.findall(text))


def _attack_on_person(position: int, told: EventMention, events: list[EventMention], text: str) -> EventMention | None:
    """"to avenge General Soleimani": the attack the article tells on the person named after the cue."""
    window = text[position : position + NOUN_REACH].split(",")[0]
    for ev in events:
        if ev.event != "ASSAULT" or ev is told:
            continue
        for victim in ev.recipient:
            name = (victim.identifier_text or "").split()
            if len(name) > 1 and re.search(r"\b" + re.escape(name[-1]) + r"\b", window):
                return ev
    return None


def _noun_types(word: str, lex: Lexicon) -> set[str]:
    """The types a bare event noun names: its readings that need no modifier ("the attack" is an
    assault; only "a verbal attack" is an accusation)."""
    for lemma in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
        readings = lex.candidates(lemma, "NOUN")
        bare = {t.type for t in readings if not t.objects}
        if bare or readings:
            return bare or {t.type for t in readings}
    return set()


def _add_link(later: EventMention, earlier: EventMention, cue: Cue, m: re.Match) -> None:
    link = {"type": cue.type, "event_id": earlier.id, "cue": m.group(), "start": m.start(), "end": m.end()}
    if all(existing["event_id"] != earlier.id for existing in later.links):
        later.links.append(link)
