"""State agents named without their country ("police", "the army", "the government",
"Interior Minister Aftab Sherpao") belong to the state where they act.

News names a country's own forces and officials without saying whose they are when the story
is about that country: "Police fired tear gas in Minsk", "The army imposed a curfew" under a
TUNIS dateline. This stage, run after places and coreference, gives such an argument the
country of the event's place, else the country the story is filed from or most about. Actors
of other kinds (protesters, gunmen, civilians) are not assumed to belong anywhere.
"""
from __future__ import annotations

from dataclasses import replace

from .records import Entity, EventMention

TRAVELLING_TYPES = frozenset({"CONSULT"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def code_home_agents(events: list[EventMention], home: str | None) -> None:
    """Fill the code of uncoded state agents in place; the filled entities are marked inferred."""
    for ev in events:
        if ev.event in TRAVELLING_TYPES:
            continue  # "the minister visited Kabul": a visitor is rarely of the place visited
        country = _event_country(ev) or home
        if country is None:
            continue
        ev.actor = [_homed(e, country) for e in ev.actor]
        if any(a.code == country and not a.inferred for a in ev.actor):
            # "North Korea deployed artillery units": the actor's own forces, not a target
            continue
        ev.recipient = [_homed(e, country) for e in ev.recipient]


def _event_country(ev: EventMention) -> str | None:
    loc = ev.event_loc or {}
    country = loc.get("country")
    return country if isinstance(country, str) and len(country) == 3 else None


def _homed(entity: Entity, country: str) -> Entity:
    if entity.code is not None or entity.sector not in STATE_SECTORS:
        return entity
    return replace(entity, code=country, inferred=True)
