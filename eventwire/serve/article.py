"""What the article view draws: the spans of each event record, the highlights, and chains of linked events."""
from __future__ import annotations

from collections import defaultdict

HIGHLIGHT_KINDS = ("actor", "recipient", "trigger", "date", "place", "quote")
MAX_CHAINS = 20


def _span(obj: dict | None, **extra) -> dict | None:
    """{start, end, ...} when `obj` has a usable pair of offsets (a record may lack one)."""
    if not isinstance(obj, dict):
        return None
    start, end = obj.get("start"), obj.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        return None
    return {"start": start, "end": end, **extra}


def _entity(entity: dict) -> dict | None:
    return _span(entity, text=entity.get("entity_text"), name=entity.get("identifier_text"),
                 code=entity.get("code"), sector=entity.get("sector"))


def mention_spans(record: dict) -> dict:
    """The offsets (in the article's text) of one record's evidence: who, to whom, the word, when, where."""
    date_text = record.get("date_text") or {}
    loc = record.get("event_loc") or {}
    return {
        "actors": [s for s in map(_entity, record.get("actor") or []) if s],
        "recipients": [s for s in map(_entity, record.get("recipient") or []) if s],
        "trigger": _span(record.get("trigger")),
        "date": _span(date_text, text=date_text.get("text")),
        "place": _span(loc, placename=loc.get("placename"), country=loc.get("country")),
        "sentence": _span(record.get("text_info")),
    }


def _label(entity: dict) -> str:
    name = entity.get("name") or entity.get("text") or ""
    return f"{name} ({entity['code']})" if entity.get("code") else name


def article_highlights(events: list[dict], quotes: list[dict]) -> list[dict]:
    """Every span to mark in the text: {kind, start, end, mention_id or quote_no, label}, in text order.

    A span shared by several events (one actor in two sentences' events) appears once per event,
    so the page can tell which events it is evidence of.
    """
    out = []
    for event in events:
        spans, mid = event["spans"], event["mention_id"]
        for kind, entities in (("actor", spans["actors"]), ("recipient", spans["recipients"])):
            out += [{"kind": kind, "start": e["start"], "end": e["end"], "mention_id": mid, "label": _label(e)}
                    for e in entities]
        if spans["trigger"]:
            out.append({"kind": "trigger", **spans["trigger"], "mention_id": mid, "label": event["event"]})
        if spans["date"]:
            out.append({"kind": "date", "start": spans["date"]["start"], "end": spans["date"]["end"],
                        "mention_id": mid, "label": str(event["date"] or "")})
        if spans["place"]:
            out.append({"kind": "place", "start": spans["place"]["start"], "end": spans["place"]["end"],
                        "mention_id": mid, "label": spans["place"]["placename"] or ""})
    for quote in quotes:
        span = _span(quote)
        if span:
            speaker = quote.get("speaker_identifier") or quote.get("speaker_text") or "unattributed"
            out.append({"kind": "quote", **span, "quote_no": quote["quote_no"], "label": f"quote: {speaker}"})
    return sorted(out, key=lambda h: (h["start"], -h["end"], HIGHLIGHT_KINDS.index(h["kind"])))


def link_chains(links: list[dict], limit: int = MAX_CHAINS) -> list[list[dict]]:
    """Linked events as sequences, earliest first: [{mention_id, link, cue}, ...], `link` naming how a step
    follows the one before it (None for the first).

    "B response_to A" and "B follows A" both put A before B; each chain runs from an event
    nothing comes before to one nothing comes after (a branch gives one chain per branch).
    """
    after: dict[str, list[tuple]] = defaultdict(list)
    later: set[str] = set()
    for link in links:
        after[link["target_mention_id"]].append((link["mention_id"], link["type"], link.get("cue")))
        later.add(link["mention_id"])
    chains: list[list[dict]] = []
    covered: set[str] = set()

    def walk(path: list[dict]) -> None:
        if len(chains) >= limit:
            return
        on_path = {step["mention_id"] for step in path}
        steps = sorted(s for s in after.get(path[-1]["mention_id"], []) if s[0] not in on_path)  # no cycles
        if not steps:
            chains.append(path)
            covered.update(on_path)
            return
        for mid, kind, cue in steps:
            walk(path + [{"mention_id": mid, "link": kind, "cue": cue}])

    nodes = sorted(set(after) | later)
    starts = [n for n in nodes if n not in later]
    for node in starts + nodes:  # then whatever only a cycle reaches
        if node not in covered and (node in after):
            walk([{"mention_id": node, "link": None, "cue": None}])
    return chains
