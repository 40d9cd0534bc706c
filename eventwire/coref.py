"""Rule-based coreference across sentences.

Sentences are coded one by one, so "He said", "it" or "the group" reach the
coder without a country. This pass finds every knowledge-base name in the
article (parsed sentences or not) and gives such a mention the identity of
the nearest compatible name before it: "he"/"she" the last person, "it" /
"they" the last country or organisation, a definite role noun ("the group",
"the militia", "the army") the last organisation of that sector, or for
state sectors the last country. The mention keeps its own text and offsets.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .actors import ActorKB, KBEntry, find_names
from .records import Entity, EventMention

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
OTHER_PRONOUNS = {"they", "it", "them", "its", "their"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
GROUP_NOUNS = {"group", "movement", "organisation", "organization", "faction", "militia", "alliance", "bloc", "party"}
_TOKEN = re.compile(r"[\w'’.-]+")


def kb_mentions(text: str, kb: ActorKB, on: date | None) -> list[tuple[int, KBEntry]]:
    """(offset, entry) of every knowledge-base name in the text, in order."""
    tokens = [(m.start(), m.group().rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", m.group()) else m.group())
              for m in _TOKEN.finditer(text)]
    words = [w for _, w in tokens]
    return [(tokens[i][0], entry) for i, _, entry in find_names(words, kb, on)]


def resolve_references(events: list[EventMention], text: str, kb: ActorKB, on: date | None) -> list[EventMention]:
    if not any(not e.code for ev in events for e in ev.actor + ev.recipient):
        return events
    mentions = kb_mentions(text, kb, on)
    for ev in events:
        ev.actor = [_resolve(e, text, mentions) for e in ev.actor]
        ev.recipient = [_resolve(e, text, mentions) for e in ev.recipient]
    return events


def _resolve(ent: Entity, text: str, mentions: list[tuple[int, KBEntry]]) -> Entity:
    if ent.code:
        return ent
    before = [entry for start, entry in mentions if start < ent.start]
    words = ent.entity_text.lower()
    antecedent = None
    if words in PERSON_PRONOUNS:
        antecedent = next((e for e in reversed(before) if e.kind == "person"), None)
    elif words in OTHER_PRONOUNS:
        antecedent = next((e for e in reversed(before) if e.kind in {"country", "org", "metonym"}), None)
    elif words in GROUP_NOUNS and _is_definite(text, ent.start):
        antecedent = next((e for e in reversed(before) if e.kind == "org"), None)
    elif ent.sector and _is_definite(text, ent.start):
        antecedent = next((e for e in reversed(before) if e.kind == "org" and e.sector == ent.sector), None)
        if antecedent is None and ent.sector in STATE_SECTORS:
            antecedent = next((e for e in reversed(before) if e.kind in {"country", "demonym", "metonym"}), None)
    if antecedent is None:
        return ent
    return replace(ent, identifier_text=antecedent.identifier if antecedent.kind in {"person", "org"} else ent.identifier_text,
                   code=antecedent.code, sector=ent.sector or antecedent.sector)


def _is_definite(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start].lower() == "the "
