"""A readable summary of a PLOVER JSON Lines file (what `make run` prints)."""
from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Iterable


def load_records(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _side(entities: list[dict]) -> str:
    if not entities:
        return "-"
    return ", ".join(f"{e['entity_text']} [{e.get('code') or '?'}{' ' + e['sector'] if e.get('sector') else ''}]" for e in entities)


def _story_line(records: list[dict]) -> str:
    """How much of the story around the events came out: dates, places, sources, links, merges."""
    dated = sum(1 for r in records if r.get("date_text"))
    placed = sum(1 for r in records if r.get("event_loc"))
    sourced = sum(1 for r in records if any((r.get("attribution") or {}).get(k) for k in ("reported_by", "claimed_by", "denied_by")))
    linked = sum(len(r.get("links") or []) for r in records)
    merged = sum(1 for r in records if len(r.get("mentions") or []) > 1)
    return (f"dated by the text {dated}, placed {placed}, with a source {sourced}, "
            f"links {linked}, records told more than once {merged}")


def summarise(records: Iterable[dict], examples: int = 12) -> str:
    records = list(records)
    articles = {r["article_id"] for r in records}
    by_type = Counter(r["event"][0] for r in records)
    by_polarity = Counter(r["polarity"] for r in records)
    actors = Counter(a["code"] for r in records for a in r["actor"] if a.get("code"))
    lines = [f"{len(records)} events from {len(articles)} articles", "", "events by type:"]
    lines += [f"  {t:<10} {n:>5}" for t, n in by_type.most_common()]
    lines += ["", "polarity: " + ", ".join(f"{p} {n}" for p, n in by_polarity.most_common())]
    lines += ["most frequent actor codes: " + ", ".join(f"{c} {n}" for c, n in actors.most_common(10))]
    lines += [_story_line(records), ""]
    lines.append(f"first {min(examples, len(records))} events:")
    for r in records[:examples]:
        size = {k: v for k, v in (r.get("size") or {}).items() if v is not None}
        lines.append(f"  {r['date']} {r['event'][0]:<9} {_side(r['actor'])} -> {_side(r['recipient'])}"
                     f"  \"{' '.join(r['event_text'])}\" ({r['polarity']}{', ' + str(size) if size else ''})")
    return "\n".join(lines)


def _names(codes: list[str], names: list[str]) -> str:
    parts = [f"{n or '?'} [{c}]" if c else (n or "?") for c, n in zip(codes, names)]
    return ", ".join(parts) or "-"


def describe_store(db: str, examples: int = 10) -> str:
    """What an event store holds: its tables, events by type, and the events most reported across articles."""
    from .store import Store

    with Store(db, read_only=True) as store:
        con, counts = store.con, store.counts()
        lines = [f"{db}: " + ", ".join(f"{n} {t}" for t, n in counts.items())]
        span = con.execute("SELECT min(date), max(date) FROM events WHERE polarity = 'asserted'").fetchone()
        merged = con.execute("SELECT count(*), coalesce(sum(num_articles), 0) FROM events WHERE num_articles > 1").fetchone()
        told = "1 event" if merged[0] == 1 else f"{merged[0]} events"
        lines.append(f"asserted events from {span[0]} to {span[1]}; {told} told by several articles "
                     f"({merged[1]} articles between them)")
        lines += ["", "events by type:"]
        lines += [f"  {t:<10} {n:>5}" for t, n in con.execute(
            "SELECT event, count(*) AS n FROM events GROUP BY event ORDER BY n DESC, event").fetchall()]
        lines += ["", f"most reported events (of {counts['events']}):"]
        for row in con.execute(
                "SELECT date, event, actor_codes, actor_names, recipient_codes, recipient_names, placename, "
                "num_articles, num_sources, num_mentions FROM events "
                "ORDER BY num_articles DESC, num_mentions DESC, event_id LIMIT ?", [examples]).fetchall():
            date, event, ac, an, rc, rn, place, arts, sources, mentions = row
            lines.append(f"  {date} {event:<9} {_names(ac, an)} -> {_names(rc, rn)}"
                         f"{' in ' + place if place else ''}: {arts} articles, {sources} sources, {mentions} mentions")
        errors = con.execute("SELECT origin, reason FROM errors ORDER BY origin LIMIT 5").fetchall()
        if errors:
            lines += ["", "errors:"] + [f"  {o}: {r}" for o, r in errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m eventwire.summary EVENTS.jsonl | --db EVENTS.duckdb", file=sys.stderr)
        return 2
    if argv[0] == "--db" and len(argv) > 1:
        print(describe_store(argv[1]))
        return 0
    print(summarise(load_records(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
