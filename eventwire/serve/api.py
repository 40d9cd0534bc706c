"""The explorer's JSON API: /api/... endpoints, each a thin layer over `queries`.

Every parameter is typed and bounded here (lengths, ranges, the PLOVER types),
so a request either reaches the SQL as checked bound values or is refused
with 422 before any query runs.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Iterator, Literal

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from ..export import PLOVER_TYPES, POLARITIES, Filters
from . import queries
from .queries import QUADS, EventQuery

MAX_PAGE_SIZE = 200
MAX_TEXT = 200  # characters of a search or name filter
MAX_MAP_EVENTS = 5000
MAX_EDGES = 500

router = APIRouter(prefix="/api", tags=["explorer"])


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection of this request's own to the read-only store (closed when it is answered)."""
    cur = request.app.state.store.cursor()
    try:
        yield cur
    finally:
        cur.close()


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]


def _types(values: list[str]) -> tuple[str, ...]:
    """PLOVER types from repeated and/or comma-separated values, first seen first."""
    types = [t.strip().upper() for v in values for t in v.split(",") if t.strip()]
    unknown = sorted(set(types) - set(PLOVER_TYPES))
    if unknown:
        raise HTTPException(422, f"not a PLOVER type: {', '.join(unknown)[:100]} (one of {' '.join(PLOVER_TYPES)})")
    return tuple(dict.fromkeys(types))


def event_query(
    since: Annotated[date | None, Query(description="events dated on or after YYYY-MM-DD")] = None,
    until: Annotated[date | None, Query(description="events dated on or before YYYY-MM-DD")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$",
                                         description="ISO3 code of an actor, recipient or the place")] = None,
    actor: Annotated[str | None, Query(max_length=MAX_TEXT,
                                       description="an actor or recipient code exactly, or part of a name")] = None,
    type: Annotated[list[str], Query(max_length=len(PLOVER_TYPES),
                                     description="PLOVER types; repeatable or comma-separated")] = [],
    quad: Annotated[list[int], Query(max_length=4, description="quad classes 1-4; repeatable")] = [],
    text: Annotated[str | None, Query(max_length=MAX_TEXT,
                                      description="part of the event's sentence or of a party's name")] = None,
    polarity: Literal[POLARITIES] | None = None,  # type: ignore[valid-type]
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0,
                                                  description="events whose confidence is at least this")] = None,
) -> EventQuery:
    """The event filters every event endpoint takes."""
    if any(len(t) > 100 for t in type):
        raise HTTPException(422, "type: too long")
    if any(q not in QUADS for q in quad):
        raise HTTPException(422, "quad: one of 1 2 3 4")
    filters = Filters(since=since, until=until, country=country.upper() if country else None, actor=actor or None,
                      types=_types(type), polarity=polarity, min_confidence=min_confidence)
    return EventQuery(filters=filters, quads=tuple(sorted(set(quad))), text=text or None)


Events = Annotated[EventQuery, Depends(event_query)]
Page = Annotated[int, Query(ge=1, le=1_000_000)]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"at most {MAX_PAGE_SIZE}")]
Search = Annotated[str | None, Query(max_length=MAX_TEXT)]
NodeKey = Annotated[Literal["code", "name"], Query(description="name actors by code or by identified name")]


@router.get("/meta", summary="What the store holds and what the filters accept")
def meta(cur: Cursor) -> dict:
    first, last = queries.date_range(cur)
    return {"types": list(PLOVER_TYPES), "quads": QUADS, "polarities": list(POLARITIES), "first_date": first,
            "last_date": last, "max_page_size": MAX_PAGE_SIZE}


@router.get("/events", summary="Corpus events matching the filters, a page at a time")
def events(cur: Cursor, query: Events, page: Page = 1, page_size: PageSize = 50,
           order: Literal["date", "-date", "mentions"] = "date") -> dict:
    return queries.list_events(cur, query, page, page_size, order)


@router.get("/events/{event_id:path}", summary="One event: its PLOVER record, every article that tells it, its links")
def event(cur: Cursor, event_id: Annotated[str, Path(max_length=300)]) -> dict:
    found = queries.get_event(cur, event_id)
    if found is None:
        raise HTTPException(404, "no such event")
    return found


@router.get("/actors", summary="Actors and recipients of the matching events, most events first")
def actors(cur: Cursor, query: Events, q: Search = None, by: NodeKey = "code",
           limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50) -> list[dict]:
    return queries.list_actors(cur, query, by=by, search=q, limit=limit)


@router.get("/articles", summary="Stored articles (title, source or id containing q), a page at a time")
def articles(cur: Cursor, q: Search = None, page: Page = 1, page_size: PageSize = 50) -> dict:
    return queries.list_articles(cur, q, page, page_size)


@router.get("/articles/{digest}", summary="An article's text with its events, quotes, links and highlights")
def article(cur: Cursor, digest: Annotated[str, Path(pattern="^[0-9a-f]{32}$", description="the article's hash")]
            ) -> dict:
    found = queries.get_article(cur, digest)
    if found is None:
        raise HTTPException(404, "no such article")
    return found


@router.get("/stats", summary="Counts of the matching events: by type, quad class, day; the top actors")
def stats(cur: Cursor, query: Events) -> dict:
    return queries.stats(cur, query)


@router.get("/timeline", summary="Matching events per day (or week, month, year) per quad class")
def timeline(cur: Cursor, query: Events,
             bucket: Literal["auto", "day", "week", "month", "year"] = "day") -> dict:
    return queries.timeline(cur, query, bucket)


@router.get("/map", summary="Located matching events: lat, lon, num_mentions")
def map_(cur: Cursor, query: Events, limit: Annotated[int, Query(ge=1, le=MAX_MAP_EVENTS)] = 2000) -> dict:
    return queries.map_events(cur, query, limit)


@router.get("/network", summary="Actor -> recipient edges of the matching events, weighted by events")
def network(cur: Cursor, query: Events, by: NodeKey = "code",
            limit: Annotated[int, Query(ge=1, le=MAX_EDGES)] = 100) -> dict:
    return queries.network(cur, query, by, limit)
