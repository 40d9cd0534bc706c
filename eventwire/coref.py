"""Identities on event arguments, and rule-based coreference across sentences.

Sentences are coded one by one; this pass sees the whole article. An event's
actor or recipient that contains a named mention takes that mention's
identity (so "Soleimani", "General Soleimani" and "Qassem Soleimani" are one
entity). One without a name takes the identity of the nearest compatible
mention before it: "he"/"she" the last person, "it"/"they" the last country
or organisation, a titled role noun ("the general") the last person with
that title, "the group" the last organisation, a state role noun ("the army")
the last organisation of that sector or else the last country. The argument
keeps its own text and offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from .mentions import NAMED_KINDS, Identity, Mention, load_titles, mention_at
from .records import Entity, EventMention

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
OTHER_PRONOUNS = {"they", "it", "them", "its", "their"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
GROUP_NOUNS = {"group", "movement", "organisation", "organization", "faction", "militia", "alliance", "bloc", "party"}
STATE_KINDS = {"country", "demonym", "metonym"}
# "the deputy head of Iraq's Popular Mobilization Forces" is not the PMF: a name after
# one of these words modifies the argument's head noun.
_MODIFIER_BEFORE = re.compile(r"\b(?:of|in|from|at|for|with|near|against)\b", re.IGNORECASE)


LOOK_BACK = 400  # mentions searched back for an antecedent; one further back is not plausible


def resolve_references(events: list[EventMention], text: str, mentions: list[Mention]) -> list[EventMention]:
    """`mentions` in text order."""
    starts = [m.start for m in mentions]
    for ev in events:
        ev.actor = [_resolve(e, text, mentions, starts) for e in ev.actor]
        ev.recipient = [_resolve(e, text, mentions, starts) for e in ev.recipient]
    _share_codes(events)
    return events


def _resolve(ent: Entity, text: str, mentions: list[Mention], starts: list[int]) -> Entity:
    named = mention_at(mentions, ent.start, ent.end, starts) or _name_after_title(ent, mentions, starts)
    if named is not None and not _MODIFIER_BEFORE.search(text[ent.start : named.start]):
        # "U.S. action" is the United States; "American forces" stay an entity of their own.
        return _with_identity(ent, named.identity, replace_identifier=ent.identifier_text in {None, named.text} or not ent.code)
    if ent.code and ent.entity_text.lower() not in PERSON_PRONOUNS:
        return ent
    upto = bisect_left(starts, ent.start)
    antecedent = antecedent_of(ent, text, [m for m in mentions[max(0, upto - LOOK_BACK) : upto] if m.end <= ent.start])
    return _with_identity(ent, antecedent.identity, replace_identifier=antecedent.kind in NAMED_KINDS) if antecedent else ent


def _name_after_title(ent: Entity, mentions: list[Mention], starts: list[int]) -> Mention | None:
    """An argument that is only a title ("President") names the person right after it."""
    if (ent.entity_text,) not in load_titles() and tuple(ent.entity_text.split()) not in load_titles():
        return None
    i = bisect_left(starts, ent.end)
    return next((m for m in mentions[i : i + 2] if m.kind == "person" and m.identity is not None
                 and 0 <= m.start - ent.end <= 1), None)


def _with_identity(ent: Entity, identity: Identity, replace_identifier: bool = True) -> Entity:
    """The argument named by this identity; its own country code wins over a looser one."""
    if identity.kind not in NAMED_KINDS and ent.code and ent.code != identity.code:
        return ent  # "Iraqi officials in Tehran": the mention inside is a place, not the actor
    code = ent.code or identity.code
    sector = ent.sector or identity.sector
    identifier = identity.identifier if replace_identifier or identity.kind in NAMED_KINDS else ent.identifier_text
    return replace(ent, identifier_text=identifier, code=code, sector=sector)


def antecedent_of(ent: Entity, text: str, before: list[Mention]) -> Mention | None:
    words = ent.entity_text.lower()
    if words in PERSON_PRONOUNS:
        return _last(before, lambda m: m.kind == "person")
    if words in OTHER_PRONOUNS:
        return _last(before, lambda m: m.kind in {"country", "org", "metonym"})
    if not _is_definite(text, ent.start):
        return None
    role = words[4:] if words.startswith("the ") else words
    if role in _person_roles():
        return _last(before, lambda m: m.kind == "person" and _has_role(m, role))
    if role in GROUP_NOUNS:
        return _last(before, lambda m: m.kind == "org")
    if ent.sector:
        found = _last(before, lambda m: m.kind == "org" and (m.identity.sector == ent.sector))
        if found is None and ent.sector in STATE_SECTORS:
            found = _last(before, lambda m: m.kind in STATE_KINDS)
        return found
    return None


@lru_cache(maxsize=1)
def _person_roles() -> frozenset[str]:
    return frozenset(t.role for t in load_titles().values())


def _has_role(m: Mention, role: str) -> bool:
    """The person was introduced with this title, here or at another mention of them."""
    return any(other.title is not None and other.title.role == role for other in m.identity.mentions)


def _last(mentions: list[Mention], accept) -> Mention | None:
    return next((m for m in reversed(mentions) if m.identity is not None and accept(m)), None)


def _is_definite(text: str, start: int) -> bool:
    return text[start : start + 4].lower() == "the " or text[max(0, start - 4) : start].lower() == "the "


def _share_codes(events: list[EventMention]) -> None:
    """An identity coded at one argument (\"Iraqi General Ahmed Rashid\") codes it at the others (\"Rashid\")."""
    known: dict[str, tuple[str, str | None]] = {}
    for ev in events:
        for ent in ev.actor + ev.recipient:
            if ent.code and ent.identifier_text and ent.identifier_text not in known:
                known[ent.identifier_text] = (ent.code, ent.sector)
    for ev in events:
        ev.actor = [_coded(e, known) for e in ev.actor]
        ev.recipient = [_coded(e, known) for e in ev.recipient]


def _coded(ent: Entity, known: dict) -> Entity:
    if ent.code or ent.identifier_text not in known:
        return ent
    code, sector = known[ent.identifier_text]
    return replace(ent, code=code, sector=ent.sector or sector)
