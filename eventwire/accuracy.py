"""Accuracy of what surrounds an event: its date, its place, its actors' codes, and identities.

Event tuples are scored in evaluate.py. Here each gold event is first matched
to the coded event it describes (same article, same type, same sentence, the
trigger inside the coded event's words where possible); the fields of the
matched pair are then compared. Gold events the coder missed are counted
apart, so a date score is never inflated by events that were not found.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .places import km_between
from .records import COUNT_KINDS, ArticleResult, Entity, EventMention

PLACE_TOLERANCE_KM = 40.0  # a country named as the place matches on its code instead


@dataclass
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += bool(ok)

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class Accuracy:
    name: str
    metrics: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    errors: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"name": self.name, "metrics": {k: v.as_dict() for k, v in self.metrics.items()}, "notes": self.notes}


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def match_event(row: dict, result: ArticleResult | None) -> EventMention | None:
    """The coded event a gold line describes: same type and sentence; the trigger decides ties."""
    if result is None:
        return None
    text = result.article.text
    start = text.find(row["sentence"]) if row.get("sentence") else -1
    if start < 0:
        return None
    end = start + len(row["sentence"])
    candidates = [ev for ev in result.events if ev.event == row["event"]
                  and any(start <= t < end for t in _trigger_starts(ev))]
    if not candidates:
        return None
    trigger = (row.get("trigger") or "").lower()
    actor = row.get("actor")

    def rank(ev: EventMention) -> tuple:
        words = " ".join(ev.event_text).lower()
        return (bool(trigger) and (trigger in words or words in trigger), actor in {a.code for a in ev.actor})

    return max(candidates, key=rank)


def _trigger_starts(ev: EventMention) -> list[int]:
    """Where the event is told: its own trigger and, once merged, every mention's."""
    return [ev.trigger_start] + [m["trigger"]["start"] for m in ev.mentions if "trigger" in m]


# --- dates and places ------------------------------------------------------------

def score_when_where(results: list[ArticleResult], gold_rows: list[dict], name: str) -> Accuracy:
    by_id = {r.article.id: r for r in results}
    report = Accuracy(name)
    for row in gold_rows:
        result = by_id.get(row["article_id"])
        ev = match_event(row, result)
        report.metrics["gold events found"].add(ev is not None)
        if ev is None:
            continue
        # a record that merges several tellings of one event may carry the date another
        # sentence gives it: the gold's context_date, when a reader infers one
        date_ok = ((ev.date == row.get("date") and (ev.enddate or None) == (row.get("enddate") or None))
                   or (len(ev.mentions) > 1 and row.get("context_date") is not None and ev.date == row["context_date"]))
        report.metrics["date exact"].add(date_ok)
        place_ok, distance = _place_matches(ev.event_loc, row.get("place"))
        report.metrics[f"place within {PLACE_TOLERANCE_KM:.0f} km"].add(place_ok)
        if not date_ok or not place_ok:
            report.errors.append({
                "id": row["article_id"], "event": row["event"], "trigger": row.get("trigger"),
                "date": [row.get("date"), ev.date], "date_text": [row.get("date_text"), (ev.date_text or {}).get("text")],
                "place": [(row.get("place") or {}).get("placename"), (ev.event_loc or {}).get("placename")],
                "km": None if distance is None else round(distance),
            })
    return report


def _place_matches(predicted: dict | None, gold: dict | None) -> tuple[bool, float | None]:
    """Both absent, or both present and within the tolerance."""
    if not gold:
        return predicted is None, None
    if not predicted or predicted.get("lat") is None:
        return False, None
    distance = km_between(predicted["lat"], predicted["lon"], gold["lat"], gold["lon"])
    if gold.get("feature") == "country" and predicted.get("feature") == "country":
        # a country has no one point: two centroids of the same country are the same place
        return predicted.get("country") == gold.get("country"), distance
    return distance <= PLACE_TOLERANCE_KM, distance


# --- actor codes -------------------------------------------------------------------

def score_actor_codes(results: list[ArticleResult], gold: dict[str, list[dict]], report: Accuracy) -> None:
    """On gold events the coder found: is the gold actor (recipient) code among the coded ones?"""
    by_id = {r.article.id: r for r in results}
    for article_id, rows in gold.items():
        result = by_id.get(article_id)
        for row in rows:
            ev = match_event(row, result)
            if ev is None:
                continue
            report.metrics["actor code"].add(row.get("actor") in ({a.code for a in ev.actor} or {None}))
            report.metrics["recipient code"].add(row.get("recipient") in ({r.code for r in ev.recipient} or {None}))


# --- casualty and arrest counts ------------------------------------------------------

def score_counts(results: list[ArticleResult], gold: dict[str, list[dict]], report: Accuracy) -> None:
    """On asserted gold events the coder found: each count the gold states, given exactly; and, over the
    counts the gold leaves null, how many the coder also left empty (a number it invented is wrong too)."""
    by_id = {r.article.id: r for r in results}
    for article_id, rows in gold.items():
        result = by_id.get(article_id)
        for row in rows:
            if row.get("polarity", "asserted") != "asserted":
                continue
            ev = match_event(row, result)
            if ev is None:
                continue
            for kind in COUNT_KINDS:
                said, coded = row.get(kind), getattr(ev.size, kind)
                if said is not None:
                    report.metrics["counts exact"].add(coded == said)
                else:
                    report.metrics["no count where gold has none"].add(coded is None)
                if coded != said:
                    report.errors.append({"id": article_id, "event": row["event"], "trigger": row.get("trigger"),
                                          kind: [said, coded]})


# --- identities ----------------------------------------------------------------------

def score_identities(documents: dict[str, dict], gold_rows: list[dict], report: Accuracy) -> None:
    """Every alias of an entity must come out as a mention of one and the same entity."""
    for row in gold_rows:
        doc = documents.get(row["article_id"])
        if doc is None:
            continue
        identifiers = set()
        missing = []
        for alias in row["aliases"]:
            found = _identifiers_of(alias, doc)
            if not found:
                missing.append(alias)
            identifiers |= found
        ok = not missing and len(identifiers) == 1
        report.metrics["identities merged"].add(ok)
        report.metrics["aliases found"].correct += len(row["aliases"]) - len(missing)
        report.metrics["aliases found"].total += len(row["aliases"])
        if not ok:
            report.errors.append({"id": row["article_id"], "identity": row["identifier_text"],
                                  "missing": missing, "resolved_to": sorted(identifiers)})


def _identifiers_of(alias: str, doc: dict) -> set[str]:
    """Identifiers of the entities mentioned where the alias occurs. A mention spanning exactly
    the alias is the evidence where there is one; "U.N." inside a mention of "U.N. Security
    Council" counts only for an alias that is never a mention of its own."""
    text = doc["text"]
    spans = []
    at = text.find(alias)
    while at >= 0:
        spans.append((at, at + len(alias)))
        at = text.find(alias, at + 1)
    exact, overlapping = set(), set()
    for entity in doc["entities"]:
        for m in entity["mentions"]:
            for s, e in spans:
                if (m["start"], m["end"]) == (s, e):
                    exact.add(entity["identifier_text"])
                elif m["start"] < e and s < m["end"]:
                    overlapping.add(entity["identifier_text"])
    return exact or overlapping


# --- GSR event locations ------------------------------------------------------------

def score_gsr_places(results: list[ArticleResult], records: dict[str, dict], report: Accuracy) -> None:
    """GSR records give a place name (and sometimes an ISO alpha-2 country), no coordinates:
    a coded place is right when its name is the gold name, or contains it, or is contained in it."""
    for result in results:
        loc = records.get(result.article.id)
        if not loc or not loc.get("name"):
            continue
        predicted = next((ev.event_loc for ev in result.events if ev.event_loc), None)
        gold_name = loc["name"].lower()
        name = (predicted or {}).get("placename", "").lower()
        ok = bool(name) and (name == gold_name or gold_name in name or name in gold_name)
        report.metrics["GSR eventLoc name"].add(ok)
        if not ok:
            report.errors.append({"id": result.article.id, "place": [loc["name"], (predicted or {}).get("placename")]})


def format_accuracy(report: Accuracy) -> str:
    lines = [f"== {report.name}"]
    for key, ratio in report.metrics.items():
        lines.append(f"  {key:<26} {ratio.correct:>5} / {ratio.total:<5} {ratio.value:6.3f}")
    for note in report.notes:
        lines.append(f"  note: {note}")
    return "\n".join(lines)


def format_accuracy_errors(report: Accuracy, limit: int) -> str:
    return "\n".join(f"- {json.dumps(err, ensure_ascii=False)}" for err in report.errors[:limit])


# --- links, one record per event, quotes, attribution ------------------------------------

def score_links(results: list[ArticleResult], gold_rows: list[dict], report: Accuracy) -> None:
    """Recall: gold links whose two events were found and linked with the gold type.
    Precision: of the links coded between events that gold lines describe, those the gold has."""
    by_id = {r.article.id: r for r in results}
    gold_pairs: set[tuple[str, str, str]] = set()
    described: set[str] = set()
    for row in gold_rows:
        result = by_id.get(row["article_id"])
        later = match_event({**row["from"], "article_id": row["article_id"]}, result)
        earlier = match_event({**row["to"], "article_id": row["article_id"]}, result)
        found = later is not None and earlier is not None
        report.metrics["links: both events found"].add(found)
        ok = found and any(l["event_id"] == earlier.id and l["type"] == row["type"] for l in later.links)
        report.metrics["links recovered (recall)"].add(ok)
        if found:
            gold_pairs.add((later.id, earlier.id, row["type"]))
            described |= {later.id, earlier.id}
        if not ok:
            report.errors.append({"id": row["article_id"], "link": row["type"], "cue": row.get("cue"),
                                  "from": row["from"].get("trigger"), "to": row["to"].get("trigger"),
                                  "found": found})
    for result in results:
        for ev in result.events:
            for link in ev.links:
                if ev.id in described or link["event_id"] in described:
                    report.metrics["links correct (precision)"].add((ev.id, link["event_id"], link["type"]) in gold_pairs)


def score_same_event(results: list[ArticleResult], groups: list[dict], gold: dict[str, list[dict]], report: Accuracy) -> None:
    """Duplicates: records beyond one for an event gold says is told several times.
    False merges: two different gold events of one type coded as one record."""
    by_id = {r.article.id: r for r in results}
    same: set[tuple[str, str, str]] = set()
    duplicates = 0
    for group in groups:
        result = by_id.get(group["article_id"])
        records = {ev.id for m in group["mentions"]
                   if (ev := match_event({**m, "event": group["event"], "article_id": group["article_id"]}, result))}
        duplicates += max(0, len(records) - 1)
        report.metrics["told-again events kept as one record"].add(len(records) <= 1)
        keys = [(m["trigger"], m["sentence"]) for m in group["mentions"]]
        same |= {(group["article_id"], a[0] + a[1], b[0] + b[1]) for a in keys for b in keys}
    false_merges = 0
    for article_id, rows in gold.items():
        result = by_id.get(article_id)
        asserted = [r for r in rows if r.get("polarity", "asserted") == "asserted" and r.get("sentence")]
        for i, a in enumerate(asserted):
            for b in asserted[i + 1:]:
                if a["event"] != b["event"] or a["sentence"] == b["sentence"]:
                    continue
                if (article_id, a["trigger"] + a["sentence"], b["trigger"] + b["sentence"]) in same:
                    continue
                ra, rb = match_event(a, result), match_event(b, result)
                if ra is not None and ra is rb and len(ra.mentions) > 1:
                    false_merges += 1
    report.notes.append(f"duplicate records of one event: {duplicates} over {len(by_id)} articles; "
                        f"different gold events merged into one record: {false_merges}")


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = a.lower().strip(), b.lower().strip()
    return a == b or (len(min(a, b, key=len)) > 3 and (a in b or b in a))


def score_quotes(documents: dict[str, dict], gold_rows: list[dict], report: Accuracy) -> None:
    """A gold quote is found when a coded quote overlaps most of it; its speaker is right when
    the coded speaker names the gold speaker (identifier, or the same words where the cue is)."""
    for row in gold_rows:
        doc = documents.get(row["article_id"])
        if doc is None:
            continue
        start = doc["text"].find(row["text"])
        quote = _overlapping_quote(doc.get("quotes", []), start, start + len(row["text"])) if start >= 0 else None
        report.metrics["quotes found"].add(quote is not None)
        if quote is None:
            report.errors.append({"id": row["article_id"], "quote": row["text"][:60], "found": False})
            continue
        speaker = quote.get("speaker") or {}
        ok = (_same_name(speaker.get("identifier_text"), row.get("speaker"))
              or _same_name(speaker.get("entity_text"), row.get("speaker"))
              or (speaker.get("entity_text") == row.get("speaker_text") and row.get("speaker_text", "").lower()
                  not in {"he", "she", "they", "it"}))
        report.metrics["quote speakers right"].add(ok)
        if not ok:
            report.errors.append({"id": row["article_id"], "quote": row["text"][:60],
                                  "speaker": [row.get("speaker"), speaker.get("identifier_text") or speaker.get("entity_text")]})


def _overlapping_quote(quotes: list[dict], start: int, end: int) -> dict | None:
    best, best_overlap = None, 0
    for q in quotes:
        overlap = min(end, q["end"]) - max(start, q["start"])
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    return best if best is not None and best_overlap >= 0.5 * (end - start) else None


def score_attribution(results: list[ArticleResult], gold_rows: list[dict], report: Accuracy) -> None:
    """Per gold event the text attributes: each of reported_by / claimed_by / denied_by right
    when the coded names and the gold names agree one for one."""
    by_id = {r.article.id: r for r in results}
    for row in gold_rows:
        ev = match_event(row, by_id.get(row["article_id"]))
        if ev is None:
            continue
        for key in ("reported_by", "claimed_by", "denied_by"):
            gold_names = row.get(key) or []
            coded = [e.identifier_text or e.entity_text if isinstance(e, Entity) else (e.get("identifier_text") or e.get("entity_text"))
                     for e in ev.attribution.get(key, [])]
            ok = len(gold_names) == len(coded) and all(any(_same_name(g, c) for c in coded) for g in gold_names)
            report.metrics[f"attribution {key}"].add(ok)
            if not ok:
                report.errors.append({"id": row["article_id"], "event": row["event"], "trigger": row.get("trigger"),
                                      key: [gold_names, coded]})
