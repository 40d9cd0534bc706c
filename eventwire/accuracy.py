"""Accuracy of what surrounds an event: its date, its place, its actors' codes, and identities.

Event tuples are scored in evaluate.py. Here each gold event is first matched
to the coded event it describes (same article, same type, same sentence, the
trigger inside the coded event's words where possible); the fields of the
matched pair are then compared. Gold events the coder missed are counted
apart, so a date score is never inflated by events that were not found.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .records import ArticleResult, EventMention

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


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def match_event(row: dict, result: ArticleResult) -> EventMention | None:
    """The coded event a gold line describes: same type and sentence; the trigger decides ties."""
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
        ev = match_event(row, result) if result else None
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
            ev = match_event(row, result) if result else None
            if ev is None:
                continue
            report.metrics["actor code"].add(row.get("actor") in ({a.code for a in ev.actor} or {None}))
            report.metrics["recipient code"].add(row.get("recipient") in ({r.code for r in ev.recipient} or {None}))


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
