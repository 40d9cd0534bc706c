"""Writers: PLOVER JSON Lines, per-article documents, flat CSV."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import IO

from .records import ArticleResult

CSV_COLUMNS = [
    "id", "article_id", "date", "enddate", "date_precision", "date_text", "event", "mode", "context", "cameo", "quad_code",
    "actor_text", "actor_identifier", "actor_code", "actor_sector",
    "recipient_text", "recipient_identifier", "recipient_code", "recipient_sector",
    "place", "place_country", "place_admin1", "lat", "lon", "geonameid", "place_feature",
    "event_text", "sequence", "sentence_start", "sentence_end", "dead", "injured", "arrested",
    "polarity", "confidence",
]


@dataclass(frozen=True)
class Rendered:
    """An article's output, formatted where it was coded (in a worker), ready to append."""

    article_id: str
    origin: str | None
    undated: bool
    events: int
    text: str


def render(result: ArticleResult, fmt: str = "jsonl", document: bool = False) -> Rendered:
    """Format one article's events (CSV rows without the header)."""
    if document:
        text = json.dumps(result.to_document(), ensure_ascii=False) + "\n"
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        for ev in result.events:
            writer.writerows(csv_rows(ev.to_plover()))
        text = buf.getvalue()
    else:
        text = "".join(json.dumps(ev.to_plover(), ensure_ascii=False) + "\n" for ev in result.events)
    article = result.article
    return Rendered(article.id, article.origin, article.published is None, len(result.events), text)


class Writer:
    """Appends rendered articles, flushing each so a killed run keeps what it wrote."""

    def __init__(self, out: IO[str], fmt: str = "jsonl", document: bool = False):
        self.out, self.fmt, self.document = out, fmt, document
        if fmt == "csv" and not document:
            csv.DictWriter(out, fieldnames=CSV_COLUMNS).writeheader()

    def write(self, item: ArticleResult | Rendered) -> int:
        rendered = item if isinstance(item, Rendered) else render(item, self.fmt, self.document)
        self.out.write(rendered.text)
        self.out.flush()
        return rendered.events


def csv_rows(record: dict) -> list[dict]:
    """One flat row per event; several actors or recipients are joined with '|'."""
    def joined(entities: list[dict], key: str) -> str:
        return "|".join("" if e.get(key) is None else str(e[key]) for e in entities)

    size = record.get("size") or {}
    info = record["text_info"]
    loc = record.get("event_loc") or {}
    return [{
        "id": record["id"], "article_id": record["article_id"], "date": record["date"],
        "enddate": record.get("enddate"), "date_precision": record.get("date_precision"),
        "date_text": (record.get("date_text") or {}).get("text"), "event": "|".join(record["event"]),
        "mode": "|".join(record["mode"]), "context": "|".join(record["context"]), "cameo": record["cameo"],
        "quad_code": record["quad_code"],
        "actor_text": joined(record["actor"], "entity_text"), "actor_identifier": joined(record["actor"], "identifier_text"),
        "actor_code": joined(record["actor"], "code"), "actor_sector": joined(record["actor"], "sector"),
        "recipient_text": joined(record["recipient"], "entity_text"),
        "recipient_identifier": joined(record["recipient"], "identifier_text"),
        "recipient_code": joined(record["recipient"], "code"), "recipient_sector": joined(record["recipient"], "sector"),
        "place": loc.get("placename"), "place_country": loc.get("country"), "place_admin1": loc.get("admin1"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "geonameid": loc.get("geonameid"), "place_feature": loc.get("feature"),
        "event_text": "|".join(record["event_text"]), "sequence": info["sequence"],
        "sentence_start": info["start"], "sentence_end": info["end"],
        "dead": size.get("dead"), "injured": size.get("injured"), "arrested": size.get("arrested"),
        "polarity": record["polarity"], "confidence": record["confidence"],
    }]
