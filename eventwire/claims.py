"""Who the text says an event comes from: reported_by, claimed_by, denied_by.

- reported_by: the outlet through which the text knows the event ("As reported
  by Fox News", "The Associated Press reports", a quote whose speaker is a
  news organisation);
- claimed_by: who asserts it (the speaker of the quote or the reported speech
  the event is told in, "according to the State Department");
- denied_by: who denies it ("Moscow denied planning an invasion"; "Iran has
  denied the claim" after the claim). The denial itself is also a REJECT
  event, coded by the event stage.

Nested sourcing keeps both levels: "Fox News reports that, according to the
State Department, ..." gives reported_by Fox News and claimed_by the State
Department. Each attribution is an entity with offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .actors import ActorKB, agent_sector_of, find_names
from .lexicon import lexicon_word_list
from .mentions import Mention, mention_at
from .records import Entity, EventMention, first_of_each

OUTLET_SECTOR = "MED"
# A speaker phrase: capitalised words ("the State Department", "Iraqi officials" once trimmed,
# see _trimmed), up to the first punctuation.
_PHRASE = r"(?P<who>(?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+)?[\w'\u2019&-]+){0,6})"
_ACCORDING = re.compile(r"(?:according\s+to|citing)\s+" + _PHRASE)
_REPORTED_BY = re.compile(r"(?i:as\s+(?:first\s+)?reported\s+by|reported\s+by|(?:a|the)\s+report\s+by)\s+" + _PHRASE)
_REPORTS = re.compile(_PHRASE + r"\s+(?:reports|reported|has\s+reported|quoted|cited)\b")
# a word that _REPORTED_BY or _REPORTS needs: most sentences have none, and scanning them with
# _REPORTS, which tries a phrase at every capital letter, was most of the time attribution took
_SOURCE_WORD = re.compile(r"(?i)report|quoted|cited")
# "denied that the militants had beheaded a police chief, as Duterte had said": the claim the clause
# before it tells is the speaker's
_AS_SAID = re.compile(r",\s+as\s+" + _PHRASE + r"\s+(?:had\s+|has\s+|have\s+)?(?:said|claimed|alleged|asserted|charged)\b")
_DENIAL_NOUNS = re.compile(r"(?i)\b(?:claims?|accusations?|allegations?|reports?|charges?|assertions?|suggestions?|accounts?|versions?)\b")
# "rejects that account", "denied these claims": a demonstrative points back as "the" does
_POINTING_BACK = re.compile(r"(?i)^(?:(?:the|that|this|these|those|such|any|all)\s+)+")
_NOT_A_SOURCE = {"as", "it", "this", "that", "he", "she", "they", "we", "what", "which", "who"}
DENIAL_WORDS = lexicon_word_list("denial_word_forms.txt")


def attribute_events(events: list[EventMention], quotes: list, text: str, mentions: list[Mention], kb: ActorKB) -> None:
    """Fill each event's `attribution` in place."""
    quotes = sorted(quotes, key=lambda q: q.start)
    quote_starts = [q.start for q in quotes]
    for ev in events:
        reported: list[Entity] = []
        claimed: list[Entity] = []
        quote = _quote_holding(quotes, quote_starts, ev.trigger_start)
        if quote is not None and quote.speaker is not None and not _is_same_as_actor(quote.speaker, ev):
            (reported if quote.speaker.sector == OUTLET_SECTOR else claimed).append(quote.speaker)
        sentence = (ev.sent_start, ev.sent_end)
        for m in _ACCORDING.finditer(text, *sentence):
            who = _entity(m, text, mentions, kb)
            (reported if who.sector == OUTLET_SECTOR else claimed).append(who)
        for m in _AS_SAID.finditer(text, *sentence) if ", as " in text[sentence[0]:sentence[1]] else ():
            if ev.trigger_start < m.start() and m.group("who").split()[0].lower() not in _NOT_A_SOURCE:
                claimed.append(_entity(m, text, mentions, kb))
        for pattern in (_REPORTED_BY, _REPORTS) if may_name_an_outlet(text, *sentence) else ():
            for m in pattern.finditer(text, *sentence):
                if m.group("who").split()[0].lower() not in _NOT_A_SOURCE:
                    reported.append(_entity(m, text, mentions, kb))
        ev.attribution = {"reported_by": _unique(reported), "claimed_by": _unique(claimed),
                          "denied_by": list(ev.attribution.get("denied_by", []))}
    _attach_denials(events, text)


def may_name_an_outlet(text: str, start: int, end: int) -> bool:
    """False only when no "reported by ..." or "... reports" phrase can be in text[start:end]."""
    return _SOURCE_WORD.search(text, start, end) is not None


def _quote_holding(quotes: list, starts: list[int], position: int):
    """The innermost quote (the last to start) that holds the position."""
    i = bisect_right(starts, position)
    return next((q for q in reversed(quotes[max(0, i - 8) : i]) if q.start <= position < q.end), None)


def _is_same_as_actor(speaker: Entity, ev: EventMention) -> bool:
    """"Iran will respond," Zarif said: Zarif speaks for himself; that is the event, not a claim."""
    return any(a.start == speaker.start for a in ev.actor)


def _trimmed(words: str, kb: ActorKB) -> str:
    """The phrase up to its last capitalised word or agent noun: "Iraqi officials said" -> "Iraqi officials"."""
    tokens = list(re.finditer(r"\S+", words))
    keep_end = tokens[0].end()
    for i, token in enumerate(tokens):
        word = token.group()
        if word[:1].isupper() or kb.agent_sector(word):
            keep_end = token.end()
        elif not (word in {"of", "for", "and", "the"} and i + 1 < len(tokens)):
            break
    return words[:keep_end]


def _entity(m: re.Match, text: str, mentions: list[Mention], kb: ActorKB) -> Entity:
    start = m.start("who")
    words = _trimmed(m.group("who"), kb)
    end = start + len(words)
    if words.lower().startswith("the "):
        start, words = start + 4, words[4:]
    named = mention_at(mentions, start, end)
    if named is not None and named.identity is not None:
        identity = named.identity
        return Entity(text[start:end], identity.identifier, identity.code, identity.sector, start, end)
    tokens = words.split()
    found = find_names(tokens, kb)
    code = found[0][2].code if found else None
    sector = agent_sector_of(tokens, len(tokens) - 1, kb) or (found[0][2].sector if found else None)
    return Entity(text[start:end], words, code, sector, start, end)


def _unique(entities: list[Entity]) -> list[Entity]:
    return first_of_each(entities, lambda e: (e.identifier_text or e.entity_text).lower())


def _attach_denials(events: list[EventMention], text: str) -> None:
    """A denial names what it denies: its own complement ("denied planning an invasion"), or,
    with "the claim" / "the accusation", the claims told just before it."""
    for denial in events:
        if denial.event != "REJECT" or not denial.actor:
            continue
        words = " ".join(denial.event_text).lower().split()
        if not words or words[0] not in DENIAL_WORDS:
            continue
        deniers = [replace(a) for a in denial.actor]
        after = text[denial.trigger_end : denial.sent_end]
        noun = _DENIAL_NOUNS.match(_POINTING_BACK.sub("", after.strip()))
        if noun:
            targets = _claims_before(events, denial)
            _answer_claimants(denial, targets)
        else:
            targets = [e for e in events if e is not denial and e.sent_start == denial.sent_start
                       and e.trigger_start > denial.trigger_start and e.polarity != "asserted"]
            # "Police denied that the militants had beheaded him, as Duterte had said": the sentence names
            # the source of what is denied, whom the denial answers, of the denier's country or not
            said = {m.start("who") for m in _AS_SAID.finditer(text, denial.trigger_end, denial.sent_end)}
            if said:
                _answer_claimants(denial, targets, said)
        for target in targets:
            known = {d.identifier_text for d in target.attribution.get("denied_by", [])}
            target.attribution["denied_by"] = list(target.attribution.get("denied_by", [])) + [
                d for d in deniers if d.identifier_text not in known]


def _answer_claimants(denial: EventMention, claims: list[EventMention], named_at: set[int] = frozenset()) -> None:
    """"The State Department says Kataib Hezbollah was responsible. Kataib Hezbollah has denied the claim.":
    a denial of the claim told just before answers whoever made it (marked inferred), when the denial
    names no one it answers."""
    if any(r.code for r in denial.recipient):
        return
    # a source the denial's own sentence names ("as Duterte had said", at `named_at`) is answered even
    # when of the denier's country
    own = {a.code for a in denial.actor if a.code} if not named_at else set()
    deniers = {a.identifier_text for a in denial.actor}
    claimants = [replace(c, inferred=True) for e in claims for c in e.attribution.get("claimed_by", [])
                 if c.code and c.code not in own
                 and (not named_at or (c.start in named_at and c.identifier_text not in deniers))]
    if claimants:
        denial.recipient = _unique(claimants)


def _claims_before(events: list[EventMention], denial: EventMention) -> list[EventMention]:
    """The events of the nearest earlier sentence that holds any, other than denials."""
    earlier = [e for e in events if e.sent_end <= denial.sent_start and e.event != "REJECT"]
    if not earlier:
        return []
    last_sentence = max(e.sent_start for e in earlier)
    return [e for e in earlier if e.sent_start == last_sentence]
