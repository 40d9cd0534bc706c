"""One record per event in an article.

News tells an event several times: "an airstrike ... killed an Iranian
general", "Soleimani was killed in a strike at Baghdad airport", "... was
also killed in the strike Friday". Such mentions become one record: the first
mention's id, every mention's offsets, the union of the actors and of the
recipients, the most precise date and place, the largest counts. Two mentions
are one event when they have the same type and polarity, their actors and
their recipients agree wherever both sides are known and at least one side
is shared, their dates and places do not differ, and the later one is told
in the same words, names the event as one already known ("the strike",
"Friday's attack"), or is a deed told again in the next sentence by the same
named actor on the same day ("troops retreated" / "soldiers withdrew from
the city overnight"). A mention that calls
itself another ("a second strike", "another attack", "a new offensive") is
never merged back.
"""
from __future__ import annotations

import re

from .places import km_between
from .records import Entity, EventMention

_ANOTHER = re.compile(r"(?i)\b(?:another|second|third|fresh|new|further|separate|more)\s+(?:\w+\s+){0,2}$")
PLACE_MATCH_KM = 50.0
MERGE_WINDOW = 60  # records of one type an event is compared with
# A statement is told again in the same words far more often than in others: two different
# verbal events by one actor ("denied ...", "rejected ...") stay two records.
VERBAL_QUADS = {1, 3}
_DATE_RANK = {"day": 0, "month": 1, "year": 2, "publication": 3, None: 4}
_PLACE_RANK = {"airport": 0, "city": 1, "admin": 2, "region": 3, "country": 4}


def merge_mentions(events: list[EventMention], text: str, people: frozenset[str] = frozenset()) -> list[EventMention]:
    """Merged records in text order; links to an absorbed mention are pointed at its record.
    `people`: identifiers of the persons the article names (a person is killed only once)."""
    records: list[EventMention] = []
    by_type: dict[str, list[EventMention]] = {}
    absorbed: dict[str, str] = {}
    for ev in events:
        # the last records of the same type only: a huge article stays linear
        recent = by_type.setdefault(ev.event, [])[-MERGE_WINDOW:]
        same = next((r for r in recent if same_event(r, ev, text, people)), None)
        if same is None:
            records.append(ev)
            by_type[ev.event].append(ev)
            continue
        absorb(same, ev)
        absorbed[ev.id] = same.id
    for rec in records:
        rec.links = _relinked(rec, absorbed)
    return records


def same_event(a: EventMention, b: EventMention, text: str, people: frozenset[str] = frozenset()) -> bool:
    if a.event != b.event or a.sent_start == b.sent_start:
        return False
    if a.polarity != b.polarity:
        return False  # a denied or hypothetical telling stays a record of its own: polarity is never lost
    if _calls_itself_another(b, text):
        return False
    if _words(a) != _words(b) and (a.quad_code in VERBAL_QUADS or not (
            _refers_back(b, text) or _same_person_hit(a, b, people) or _in_the_known_event(b, text)
            or _retold_next(a, b))):
        return False
    actors = _agree(a.actor, b.actor)
    recipients = _agree(a.recipient, b.recipient)
    if recipients is False and actors is not False and _in_the_known_event(b, text):
        recipients = None  # "X was also killed in the strike": one strike, another victim
    if actors is False or recipients is False or not (actors or recipients or _in_the_known_event(b, text)):
        return False
    return _dates_agree(a, b) and _places_agree(a.event_loc, b.event_loc)


_BACK = re.compile(r"(?i)\b(?:the|that|this|same|its|their|his|her|friday's|thursday's|wednesday's|"
                   r"tuesday's|monday's|saturday's|sunday's|[a-z]+'s)\s+(?:\w+\s+){0,2}$")


def _refers_back(ev: EventMention, text: str) -> bool:
    """Told again in other words, the event is named as known: "the strike", "Friday's attack"."""
    return bool(_BACK.search(text[max(ev.sent_start, ev.trigger_start - 40) : ev.trigger_start]))


_IN_THE_EVENT = re.compile(
    r"(?i)^\W*(?:\w+\s+){0,3}?(?:in|during|by|from)\s+(?:the|that|this|friday's|thursday's|wednesday's|tuesday's|"
    r"monday's|saturday's|sunday's)\s+(?:\w+\s+){0,2}?(?:strike|airstrike|air\s+strike|attack|raid|bombing|blast|"
    r"explosion|assault|shelling|ambush|clash|clashes|fighting|crackdown|siege)\b")


def _in_the_known_event(ev: EventMention, text: str) -> bool:
    """"was also killed in the strike Friday": the mention names an event already told."""
    return bool(_IN_THE_EVENT.search(text[ev.trigger_end : ev.sent_end]))


def _same_person_hit(a: EventMention, b: EventMention, people: frozenset[str]) -> bool:
    """Two attacks that kill or hit the same named person: one strike told twice."""
    if a.event != "ASSAULT":
        return False
    hit = {r.identifier_text for r in a.recipient} & {r.identifier_text for r in b.recipient}
    return bool(hit & people)


def _retold_next(a: EventMention, b: EventMention) -> bool:
    """A deed told in the next sentence again, in other words, by the same named actor on the same
    day ("troops retreated" / "soldiers withdrew from the city overnight")."""
    return (0 < b.sequence - a.sequence <= 1 and _agree(a.actor, b.actor) is True
            and a.date == b.date and a.date_precision == b.date_precision == "day")


def _words(ev: EventMention) -> str:
    return " ".join(ev.event_text).lower()


def _codes(side: list[Entity]) -> set[str]:
    # an inferred side (a victim read off the place) neither joins nor splits two mentions
    return {e.code for e in side if e.code and not e.inferred}


def _agree(x: list[Entity], y: list[Entity]) -> bool | None:
    """True: a code shared; False: both known and disjoint; None: one side unknown."""
    cx, cy = _codes(x), _codes(y)
    if not cx or not cy:
        return None
    return bool(cx & cy)


def _calls_itself_another(ev: EventMention, text: str) -> bool:
    return bool(_ANOTHER.search(text[max(ev.sent_start, ev.trigger_start - 30) : ev.trigger_start]))


def _dates_agree(a: EventMention, b: EventMention) -> bool:
    if a.date_precision in {"publication", None} or b.date_precision in {"publication", None}:
        return True
    shorter = min(len(a.date or ""), len(b.date or ""))
    return (a.date or "")[:shorter] == (b.date or "")[:shorter]


def _places_agree(x: dict | None, y: dict | None) -> bool:
    if not x or not y or x.get("lat") is None or y.get("lat") is None:
        return True
    if "country" in {x.get("feature"), y.get("feature")} or "region" in {x.get("feature"), y.get("feature")}:
        return x.get("country") == y.get("country")
    return km_between(x["lat"], x["lon"], y["lat"], y["lon"]) <= PLACE_MATCH_KM


def absorb(record: EventMention, other: EventMention) -> None:
    if not record.mentions:
        record.mentions = [record.own_mention()]
    record.mentions.append(other.own_mention())
    record.actor = _union(record.actor, other.actor)
    record.recipient = _union(record.recipient, other.recipient)
    if _DATE_RANK.get(other.date_precision, 4) < _DATE_RANK.get(record.date_precision, 4):
        record.date, record.enddate, record.date_precision, record.date_text = (
            other.date, other.enddate, other.date_precision, other.date_text)
    if other.event_loc and (not record.event_loc or _PLACE_RANK.get(other.event_loc.get("feature"), 5)
                            < _PLACE_RANK.get(record.event_loc.get("feature"), 5)):
        record.event_loc = other.event_loc
    for field_name in ("dead", "injured", "arrested"):
        mine, theirs = getattr(record.size, field_name), getattr(other.size, field_name)
        if theirs is not None and (mine is None or theirs > mine):
            setattr(record.size, field_name, theirs)
    record.links += [link for link in other.links if link not in record.links]
    for key, theirs in other.attribution.items():
        names = {e.identifier_text or e.entity_text for e in record.attribution.get(key, [])}
        record.attribution[key] = list(record.attribution.get(key, [])) + [
            e for e in theirs if (e.identifier_text or e.entity_text) not in names]
    record.confidence = max(record.confidence, other.confidence)


def _union(mine: list[Entity], theirs: list[Entity]) -> list[Entity]:
    """Every entity of either side once; a named one replaces an unknown one of the same text."""
    out = list(mine)
    known = {(e.code, e.identifier_text) for e in mine}
    coded = {e.code for e in mine if e.code}
    for ent in theirs:
        if (ent.code, ent.identifier_text) in known or (ent.code is None and coded):
            continue
        if ent.code and ent.code in coded and ent.inferred:
            continue
        out.append(ent)
        known.add((ent.code, ent.identifier_text))
    if any(e.code for e in out):
        out = [e for e in out if e.code or not e.inferred]
    return out


def _relinked(record: EventMention, absorbed: dict[str, str]) -> list[dict]:
    out = []
    for link in record.links:
        target = absorbed.get(link["event_id"], link["event_id"])
        if target != record.id and all(o["event_id"] != target for o in out):
            out.append({**link, "event_id": target})
    return out
