"""The explorer's SQL: read-only queries over an event store, each returning plain dicts.

Filtering reuses `export.where_clause` (the filters of `eventwire export` and
`query`) and adds the two the explorer needs besides: quad classes and a text
search. Every user value is a bound parameter; the only SQL text built here
comes from constants (column lists, a fixed ORDER BY or date part chosen from
a dict).

Offsets (of sentences, triggers, entities) count Unicode code points, as the
stored records do; DuckDB's `substring` counts the same way.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

import duckdb

from ..export import _PLOVER_SQL, Filters, event_record, where_clause
from .article import article_highlights, link_chains, mention_spans

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
EVENT_ORDERS = {
    "date": "e.date NULLS LAST, e.event_id",
    "-date": "e.date DESC NULLS LAST, e.event_id",
    "mentions": "e.num_mentions DESC, e.date NULLS LAST, e.event_id",
}
BUCKETS = ("day", "week", "month", "year")
MAX_BUCKETS = 1500  # a timeline with more bars than this is drawn with coarser ones


@dataclass(frozen=True)
class EventQuery:
    """The export filters, plus quad classes and a case-insensitive text search."""

    filters: Filters = Filters()
    quads: tuple[int, ...] = ()
    text: str | None = None


# A mention's sentence, cut from its article's text (substring counts from 1).
_SENTENCE = "substring({a}.text, {m}.sent_start + 1, {m}.sent_end - {m}.sent_start)"

_TEXT_MATCH = """(
    len(list_filter({e}.actor_names || {e}.recipient_names, lambda n: contains(lower(n), lower($text)))) > 0
    OR EXISTS (
        SELECT 1 FROM event_mentions tm
        LEFT JOIN event_members tem ON tem.mention_id = tm.mention_id
        JOIN articles ta ON ta.hash = tm.hash
        WHERE coalesce(tem.event_id, tm.mention_id) = {e}.event_id
          AND contains(lower(""" + _SENTENCE.format(a="ta", m="tm") + """), lower($text))))"""


def event_where(query: EventQuery, alias: str = "e", extra: tuple[str, ...] = ()) -> tuple[str, dict]:
    """The WHERE clause over `events AS alias` and its parameters; `extra` are constant conditions."""
    where, params = where_clause(query.filters, alias)
    parts = [where.removeprefix("WHERE ")] if where else []
    if query.quads:
        parts.append(f"list_contains($quads, {alias}.quad_code)")
        params["quads"] = list(query.quads)
    if query.text:
        parts.append(_TEXT_MATCH.format(e=alias))
        params["text"] = query.text
    parts += extra
    return ("WHERE " + " AND ".join(parts) if parts else ""), params


def _dicts(cur: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> list[dict]:
    cur.execute(sql, params or {})
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _parties(codes: list[str] | None, names: list[str] | None) -> list[dict]:
    """[{code, name}] from the parallel lists; the store keeps '' for an unknown code or name."""
    return [{"code": c or None, "name": n or None} for c, n in zip(codes or [], names or [])]


# --- events ----------------------------------------------------------------------------------------------------------

_EVENT_COLUMNS = """
    e.event_id, e.event, e.quad_code, e.polarity, e.date, e.date_precision,
    e.actor_codes, e.actor_names, e.recipient_codes, e.recipient_names,
    e.placename, e.place_country, e.lat, e.lon, e.num_mentions, e.num_sources, e.num_articles,
    e.rep_mention_id, rep.hash AS rep_hash, """ + _SENTENCE.format(a="ra", m="rep") + """ AS sentence"""

_EVENT_FROM = """events e
    JOIN event_mentions rep ON rep.mention_id = e.rep_mention_id
    JOIN articles ra ON ra.hash = rep.hash"""


def _event_item(row: dict) -> dict:
    """One event as the API lists it: actors and recipients as {code, name} pairs."""
    item = {k: v for k, v in row.items()
            if k not in ("actor_codes", "actor_names", "recipient_codes", "recipient_names")}
    item["actors"] = _parties(row["actor_codes"], row["actor_names"])
    item["recipients"] = _parties(row["recipient_codes"], row["recipient_names"])
    item["quad_name"] = QUADS.get(row["quad_code"])
    return item


def count_events(cur: duckdb.DuckDBPyConnection, query: EventQuery) -> int:
    where, params = event_where(query)
    return cur.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]


def list_events(cur: duckdb.DuckDBPyConnection, query: EventQuery, page: int = 1, page_size: int = 50,
                order: str = "date") -> dict:
    where, params = event_where(query)
    params.update(limit=page_size, offset=(page - 1) * page_size)
    rows = _dicts(cur, f"SELECT {_EVENT_COLUMNS} FROM {_EVENT_FROM} {where} "
                       f"ORDER BY {EVENT_ORDERS[order]} LIMIT $limit OFFSET $offset", params)
    return {"total": count_events(cur, query), "page": page, "page_size": page_size,
            "items": [_event_item(r) for r in rows]}


_MEMBERS_SQL = """
SELECT m.mention_id, json_extract_string(m.record, '$.id') AS record_id, m.hash, a.article_id, a.title, a.source,
       a.url, a.published, m.sent_start, m.sent_end, """ + _SENTENCE.format(a="a", m="m") + """ AS sentence,
       m.event, m.polarity, m.date, m.record
FROM event_mentions m LEFT JOIN event_members em ON em.mention_id = m.mention_id
JOIN articles a ON a.hash = m.hash
WHERE coalesce(em.event_id, m.mention_id) = $event_id
ORDER BY a.published NULLS LAST, a.article_id, m.sent_start, m.mention_id
"""

# Links name article-level records; here both ends are lifted to their corpus events.
_EVENT_LINKS_SQL = """
WITH lifted AS (
    SELECT l.type, l.cue, coalesce(sm.event_id, l.mention_id) AS from_event,
           coalesce(tm.event_id, l.target_mention_id) AS to_event
    FROM links l
    LEFT JOIN event_members sm ON sm.mention_id = l.mention_id
    LEFT JOIN event_members tm ON tm.mention_id = l.target_mention_id
)
SELECT DISTINCT CASE WHEN from_event = $event_id THEN 'out' ELSE 'in' END AS direction, type, cue,
       CASE WHEN from_event = $event_id THEN to_event ELSE from_event END AS event_id,
       o.event, o.date, o.quad_code
FROM lifted JOIN events o ON o.event_id = CASE WHEN from_event = $event_id THEN to_event ELSE from_event END
WHERE (from_event = $event_id OR to_event = $event_id) AND from_event <> to_event
ORDER BY direction, o.date NULLS LAST, event_id
"""


def get_event(cur: duckdb.DuckDBPyConnection, event_id: str) -> dict | None:
    """One corpus event: its summary, its PLOVER record (as exported), every mention, its links."""
    params = {"event_id": event_id}
    rows = _dicts(cur, f"SELECT {_EVENT_COLUMNS}, e.cameo, e.modes, e.admin1, e.dead, e.injured, e.arrested, "
                       f"e.first_published, e.source_url FROM {_EVENT_FROM} WHERE e.event_id = $event_id", params)
    if not rows:
        return None
    picked = "picked AS (SELECT * FROM events e WHERE e.event_id = $event_id)"
    record = event_record(*cur.execute(_PLOVER_SQL.format(picked=picked), params).fetchone())
    mentions = []
    for m in _dicts(cur, _MEMBERS_SQL, params):
        spans = mention_spans(json.loads(m.pop("record")))
        m["trigger"] = _relative(spans["trigger"], m["sent_start"], len(m["sentence"] or ""))
        mentions.append(m)
    return {"event": _event_item(rows[0]), "record": record, "mentions": mentions,
            "links": _dicts(cur, _EVENT_LINKS_SQL, params)}


def _relative(span: dict | None, start: int, length: int) -> dict | None:
    """A span's offsets within its sentence, or None when it lies outside it."""
    if not span:
        return None
    s, e = span["start"] - start, span["end"] - start
    return {"start": s, "end": e} if 0 <= s < e <= length else None


# --- actors and the network ------------------------------------------------------------------------------------------

_KEYS = {"code": "code", "name": "name"}  # what names a node: the actor code, or the identified name


def _sides(where: str) -> str:
    """A CTE `sides`: one row per (event, role, code, name) of the matching events."""
    return f"""sides AS (
        SELECT e.event_id, 'actor' AS role, unnest(e.actor_codes) AS code, unnest(e.actor_names) AS name
        FROM events e {where}
        UNION ALL
        SELECT e.event_id, 'recipient' AS role, unnest(e.recipient_codes) AS code, unnest(e.recipient_names) AS name
        FROM events e {where})"""


def list_actors(cur: duckdb.DuckDBPyConnection, query: EventQuery, by: str = "code", search: str | None = None,
                limit: int = 50) -> list[dict]:
    """Actors (and recipients) of the matching events, most events first."""
    where, params = event_where(query)
    key = _KEYS[by]
    cond = f"coalesce({key}, '') <> ''"
    if search:
        cond += " AND (contains(lower(code), lower($search)) OR contains(lower(name), lower($search)))"
        params["search"] = search
    params["limit"] = limit
    return _dicts(cur, f"""
        WITH {_sides(where)}
        SELECT {key} AS key, mode(nullif(code, '')) AS code, mode(nullif(name, '')) AS name,
               count(DISTINCT event_id) AS events,
               count(DISTINCT event_id) FILTER (WHERE role = 'actor') AS as_actor,
               count(DISTINCT event_id) FILTER (WHERE role = 'recipient') AS as_recipient
        FROM sides WHERE {cond}
        GROUP BY {key} ORDER BY events DESC, key LIMIT $limit""", params)


def network(cur: duckdb.DuckDBPyConnection, query: EventQuery, by: str = "code", limit: int = 100) -> dict:
    """Who acts on whom: actor -> recipient edges weighted by events, the heaviest `limit` of them."""
    where, params = event_where(query)
    key = _KEYS[by]
    params["limit"] = limit
    edges = _dicts(cur, f"""
        WITH {_sides(where)}
        SELECT a.{key} AS source, r.{key} AS target, count(DISTINCT a.event_id) AS weight
        FROM sides a JOIN sides r ON r.event_id = a.event_id AND r.role = 'recipient'
        WHERE a.role = 'actor' AND coalesce(a.{key}, '') <> '' AND coalesce(r.{key}, '') <> ''
          AND a.{key} <> r.{key}
        GROUP BY ALL ORDER BY weight DESC, source, target LIMIT $limit""", params)
    keys = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes = []
    if keys:
        params = {k: v for k, v in params.items() if k != "limit"} | {"keys": keys}
        nodes = _dicts(cur, f"""
            WITH {_sides(where)}
            SELECT {key} AS id, mode(nullif(code, '')) AS code, mode(nullif(name, '')) AS name,
                   count(DISTINCT event_id) AS events
            FROM sides WHERE list_contains($keys, {key}) GROUP BY {key} ORDER BY id""", params)
    return {"by": by, "nodes": nodes, "edges": edges}


# --- articles --------------------------------------------------------------------------------------------------------

_ARTICLE_COLUMNS = "a.hash, a.article_id, a.title, a.source, a.url, a.published, a.n_events, a.n_quotes"


def list_articles(cur: duckdb.DuckDBPyConnection, search: str | None = None, page: int = 1,
                  page_size: int = 50) -> dict:
    where, params = "", {}
    if search:
        where = ("WHERE contains(lower(coalesce(a.title, '')), lower($search)) "
                 "OR contains(lower(a.article_id), lower($search)) "
                 "OR contains(lower(coalesce(a.source, '')), lower($search))")
        params["search"] = search
    total = cur.execute(f"SELECT count(*) FROM articles a {where}", params).fetchone()[0]
    params.update(limit=page_size, offset=(page - 1) * page_size)
    items = _dicts(cur, f"SELECT {_ARTICLE_COLUMNS} FROM articles a {where} "
                        "ORDER BY a.published NULLS LAST, a.article_id, a.hash LIMIT $limit OFFSET $offset", params)
    return {"total": total, "page": page, "page_size": page_size, "items": items}


_ARTICLE_EVENTS_SQL = """
SELECT m.mention_id, coalesce(em.event_id, m.mention_id) AS event_id, json_extract_string(m.record, '$.id') AS record_id,
       m.event, m.quad_code, m.polarity, m.date, m.record
FROM event_mentions m LEFT JOIN event_members em ON em.mention_id = m.mention_id
WHERE m.hash = $hash ORDER BY m.sent_start, m.mention_id
"""

_ARTICLE_QUOTES_SQL = """
SELECT quote_no, text, start, "end", kind, cue, speaker_text, speaker_identifier, speaker_code, speaker_sector
FROM quotes WHERE hash = $hash ORDER BY quote_no
"""

_ARTICLE_LINKS_SQL = """
SELECT mention_id, type, target_mention_id, cue, start, "end" FROM links WHERE hash = $hash
ORDER BY start NULLS LAST, mention_id, target_mention_id
"""


def get_article(cur: duckdb.DuckDBPyConnection, digest: str) -> dict | None:
    """An article's text and everything coded from it, with the spans to highlight."""
    params = {"hash": digest}
    rows = _dicts(cur, f"SELECT {_ARTICLE_COLUMNS}, a.text FROM articles a WHERE a.hash = $hash", params)
    if not rows:
        return None
    events = []
    for row in _dicts(cur, _ARTICLE_EVENTS_SQL, params):
        record = json.loads(row.pop("record"))
        events.append(row | {"quad_name": QUADS.get(row["quad_code"]), "spans": mention_spans(record),
                             "record": record})
    quotes = _dicts(cur, _ARTICLE_QUOTES_SQL, params)
    links = _dicts(cur, _ARTICLE_LINKS_SQL, params)
    return {"article": rows[0], "events": events, "quotes": quotes, "links": links,
            "chains": link_chains(links), "highlights": article_highlights(events, quotes)}


# --- summaries: statistics, timeline, map ----------------------------------------------------------------------------

def stats(cur: duckdb.DuckDBPyConnection, query: EventQuery, top: int = 10) -> dict:
    where, params = event_where(query)
    (events, mentions, located, first, last) = cur.execute(
        f"SELECT count(*), coalesce(sum(num_mentions), 0), count(lat), min(date), max(date) FROM events e {where}",
        params).fetchone()
    articles, sources = cur.execute("SELECT count(*), count(DISTINCT source) FROM articles").fetchone()
    by_type = _dicts(cur, f"SELECT e.event, e.quad_code, count(*) AS n FROM events e {where} "
                          "GROUP BY ALL ORDER BY n DESC, e.event", params)
    by_quad = _dicts(cur, f"SELECT e.quad_code, count(*) AS n FROM events e {where} GROUP BY ALL ORDER BY e.quad_code",
                     params)
    for row in by_quad:
        row["quad_name"] = QUADS.get(row["quad_code"])
    day_where, _ = event_where(query, extra=("e.date IS NOT NULL",))
    per_day = _dicts(cur, f"SELECT e.date, count(*) AS n FROM events e {day_where} GROUP BY ALL ORDER BY e.date",
                     params)
    return {"events": events, "mentions": mentions, "located": located, "first_date": first, "last_date": last,
            "articles": articles, "sources": sources, "by_type": by_type, "by_quad": by_quad, "per_day": per_day,
            "top_actors": list_actors(cur, query, limit=top)}


def timeline(cur: duckdb.DuckDBPyConnection, query: EventQuery, bucket: str = "day") -> dict:
    """Events per bucket (day, week, month or year) per quad class, with empty buckets filled in.

    bucket="auto" picks one from the span of the matching dates; a bucket that would need more than
    MAX_BUCKETS bars is widened to the next.
    """
    where, params = event_where(query, extra=("e.date IS NOT NULL",))
    first, last = cur.execute(f"SELECT min(e.date), max(e.date) FROM events e {where}", params).fetchone()
    if first is None:
        return {"bucket": bucket if bucket in BUCKETS else "day", "quads": QUADS, "buckets": [], "total": 0}
    bucket = _auto_bucket(first, last) if bucket == "auto" else bucket
    starts = bucket_starts(first, last, bucket)
    while len(starts) > MAX_BUCKETS and bucket != "year":
        bucket = BUCKETS[BUCKETS.index(bucket) + 1]
        starts = bucket_starts(first, last, bucket)
    rows = cur.execute(f"SELECT date_trunc('{bucket}', e.date)::DATE AS start, e.quad_code, count(*) "
                       f"FROM events e {where} GROUP BY ALL", params).fetchall()
    counts: dict[date, list[int]] = {start: [0, 0, 0, 0] for start in starts}
    for start, quad, n in rows:
        if quad in QUADS:
            counts[start][quad - 1] += n
    buckets = [{"start": start, "counts": c, "total": sum(c)} for start, c in counts.items()]
    return {"bucket": bucket, "quads": QUADS, "buckets": buckets, "total": sum(b["total"] for b in buckets)}


def _auto_bucket(first: date, last: date) -> str:
    days = (last - first).days
    return "day" if days <= 92 else "week" if days <= 730 else "month" if days <= 15 * 365 else "year"


def _bucket_start(day: date, bucket: str) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday, as date_trunc's do
    if bucket == "month":
        return day.replace(day=1)
    if bucket == "year":
        return day.replace(month=1, day=1)
    return day


def _next_bucket(start: date, bucket: str) -> date:
    if bucket == "day":
        return start + timedelta(days=1)
    if bucket == "week":
        return start + timedelta(days=7)
    if bucket == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def bucket_starts(first: date, last: date, bucket: str) -> list[date]:
    """Every bucket from the one holding `first` to the one holding `last`.

    Finer buckets stop one past MAX_BUCKETS (enough to tell they are too many); years never
    do (a date has at most four digits of year).
    """
    starts, start = [], _bucket_start(first, bucket)
    while start <= last and (bucket == "year" or len(starts) <= MAX_BUCKETS):
        starts.append(start)
        try:
            start = _next_bucket(start, bucket)
        except (ValueError, OverflowError):  # the last bucket before year 10000
            break
    return starts


def map_events(cur: duckdb.DuckDBPyConnection, query: EventQuery, limit: int = 2000) -> dict:
    """Located events, most mentioned first (so a cut keeps the best told)."""
    where, params = event_where(query, extra=("e.lat IS NOT NULL", "e.lon IS NOT NULL"))
    total = cur.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]
    params["limit"] = limit
    rows = _dicts(cur, f"SELECT {_EVENT_COLUMNS} FROM {_EVENT_FROM} {where} "
                       "ORDER BY e.num_mentions DESC, e.date NULLS LAST, e.event_id LIMIT $limit", params)
    return {"total": total, "truncated": total > len(rows), "items": [_event_item(r) for r in rows]}


def date_range(cur: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    return cur.execute("SELECT min(date), max(date) FROM events").fetchone()
