"""Export and query: reading corpus-level events back out of an event store.

`eventwire export --db FILE --format plover-jsonl|csv|parquet [-o OUT] [filters]`
writes one record per corpus-level event (a row of `events`, however many
articles told it):

- plover-jsonl: the record of the mention that speaks for the event
  (`rep_mention_id`), re-keyed as the event: `id` is the event id, `mentions`
  is the union of every member's evidence spans (each keeps its article_id;
  ordered by publication date, article, offset), `size` holds the event's
  casualty counts (the largest any member reports, as the CSV's Dead/Injured/
  Arrested do), `links` point at corpus event ids, and `num_mentions`,
  `num_sources` and `num_articles` count as GDELT does.
- csv and parquet: one flat row per event with GDELT-like columns (FLAT_COLUMNS).

`eventwire query --db FILE [filters] [--sql SELECT...]` prints matching events
(or the result of a raw read-only SQL statement) as a fixed-width table, CSV
or JSON Lines.

Both share the filters of `Filters`. Every user value reaches DuckDB as a bound
parameter, never as SQL text, and the store is opened read-only, so neither
command can change it. Rows are fetched in chunks, so a store larger than
memory exports in constant memory.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # duckdb (and pyarrow) load when a command runs, not whenever the CLI builds its parser
    import duckdb

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
POLARITIES = ("asserted", "negated", "hypothetical", "future")
EXPORT_FORMATS = ("plover-jsonl", "csv", "parquet")
QUERY_FORMATS = ("table", "csv", "jsonl")
CHUNK = 1000  # rows per fetch: enough to amortise the round trip, small enough to stream
QUERY_LIMIT = 20

# PLOVER's non-state actor codes: an actor code, never a country (GDELT's Actor1CountryCode).
_NON_STATE = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")


class StoreError(Exception):
    """A store that cannot be read, or a request it cannot answer; reported as one line."""


# --- filters ---------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    since: date | None = None
    until: date | None = None
    country: str | None = None
    actor: str | None = None
    types: tuple[str, ...] = ()
    polarity: str | None = None
    limit: int | None = None
    min_confidence: float | None = None

    def narrows(self) -> bool:
        """Whether any filter narrows the events (the limit does not count)."""
        return any((self.since, self.until, self.country, self.actor, self.types, self.polarity, self.min_confidence))


def where_clause(filters: Filters, alias: str = "e") -> tuple[str, dict]:
    """The WHERE clause over `events AS alias` and its named parameters; only constants are SQL text."""
    parts, params = [], {}
    e = alias
    if filters.since:
        parts.append(f"{e}.date >= $since")
        params["since"] = filters.since
    if filters.until:
        parts.append(f"{e}.date <= $until")
        params["until"] = filters.until
    if filters.country:
        parts.append(f"(list_contains({e}.actor_codes, $country) OR list_contains({e}.recipient_codes, $country)"
                     f" OR {e}.place_country = $country)")
        params["country"] = filters.country
    if filters.actor:
        # A code matches exactly; a name (identifier, or the words when unidentified) as a substring, any case.
        parts.append(f"(list_contains({e}.actor_codes, $actor) OR list_contains({e}.recipient_codes, $actor)"
                     f" OR len(list_filter({e}.actor_names || {e}.recipient_names,"
                     f" lambda n: contains(lower(n), lower($actor)))) > 0)")
        params["actor"] = filters.actor
    if filters.types:
        parts.append(f"list_contains($types, {e}.event)")
        params["types"] = list(filters.types)
    if filters.polarity:
        parts.append(f"{e}.polarity = $polarity")
        params["polarity"] = filters.polarity
    if filters.min_confidence:
        parts.append(f"{e}.confidence >= $min_confidence")
        params["min_confidence"] = filters.min_confidence
    return ("WHERE " + " AND ".join(parts) if parts else ""), params


def _limit_clause(filters: Filters, params: dict) -> str:
    if filters.limit is None:
        return ""
    params["limit"] = filters.limit
    return "LIMIT $limit"


def _picked_events(filters: Filters) -> tuple[str, dict]:
    """A CTE `picked`: the matching events in export order (date, then id), limited."""
    where, params = where_clause(filters)
    limit = _limit_clause(filters, params)
    return f"picked AS (SELECT * FROM events e {where} ORDER BY e.date NULLS LAST, e.event_id {limit})", params


# --- command-line options --------------------------------------------------------------------------------------------

def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def _types_arg(value: str) -> list[str]:
    types = [t.strip().upper() for t in value.split(",") if t.strip()]
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown or not types:
        raise argparse.ArgumentTypeError(f"not a PLOVER type: {', '.join(unknown) or repr(value)} "
                                         f"(one of {' '.join(PLOVER_TYPES)})")
    return types


def _country_arg(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{3}", value):
        raise argparse.ArgumentTypeError(f"not a three-letter code: {value!r}")
    return value.upper()


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def unit_interval_arg(value: str) -> float:
    """A number from 0 to 1 (a confidence)."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value}")
    return number


def add_filter_options(p: argparse.ArgumentParser, default_limit: int | None = None) -> None:
    """The filters `export` and `query` share."""
    p.add_argument("--db", required=True, help="the DuckDB event store (opened read-only)")
    p.add_argument("--since", type=_date_arg, help="events dated on or after YYYY-MM-DD")
    p.add_argument("--until", type=_date_arg, help="events dated on or before YYYY-MM-DD")
    p.add_argument("--country", type=_country_arg, metavar="ISO3",
                   help="events whose actor, recipient or place is in this country (or has this actor code)")
    p.add_argument("--actor", metavar="TEXT",
                   help="an actor or recipient code exactly, or a name (any case, part of it)")
    p.add_argument("--type", dest="types", type=_types_arg, action="append", default=[], metavar="PLOVER_TYPE",
                   help="PLOVER event type; repeatable or comma-separated")
    p.add_argument("--polarity", choices=POLARITIES)
    p.add_argument("--min-confidence", type=unit_interval_arg, metavar="P",
                   help="events whose confidence (the best of their tellings) is at least P")
    p.add_argument("--limit", type=_positive_int, default=default_limit, metavar="N",
                   help="at most N events" + (f" (default {default_limit})" if default_limit else ""))


def filters_from_args(args: argparse.Namespace) -> Filters:
    types = tuple(dict.fromkeys(t for group in args.types for t in group))  # flattened, first-seen order
    return Filters(since=args.since, until=args.until, country=args.country, actor=args.actor, types=types,
                   polarity=args.polarity, limit=args.limit, min_confidence=args.min_confidence)


# --- the store -------------------------------------------------------------------------------------------------------

def open_store(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to an existing event store (StoreError if there is none)."""
    import duckdb

    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no event store at {path}")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open {path}: {one_line(exc)}") from exc
    # `query` and `export` may be writing to a pipe. (A second connection to a file this process has
    # open shares its database, whose configuration the explorer may have locked, already so set.)
    if con.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0]:
        con.execute("SET enable_progress_bar = false")
    tables = {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    missing = {"events", "event_mentions", "event_members"} - tables
    if missing:
        con.close()
        raise StoreError(f"{path} is not an eventwire store (no {', '.join(sorted(missing))} table)")
    return con


def one_line(exc: BaseException) -> str:
    """DuckDB errors span lines (the SQL, a caret); the first says what went wrong."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _chunks(cursor: duckdb.DuckDBPyConnection, size: int = CHUNK) -> Iterator[list[tuple]]:
    while rows := cursor.fetchmany(size):
        yield rows


# --- PLOVER records --------------------------------------------------------------------------------------------------

_PLOVER_SQL = """
WITH {picked},
members AS (
    -- every mention of a picked event: its member rows, or the event's one mention when it has none
    SELECT coalesce(em.event_id, m.mention_id) AS event_id, m.published, m.article_id,
           json_extract(m.record, '$.mentions') AS mentions
    FROM event_mentions m LEFT JOIN event_members em USING (mention_id)
    WHERE coalesce(em.event_id, m.mention_id) IN (SELECT event_id FROM picked)
),
grouped AS (
    SELECT event_id, list(struct_pack(published := published, article_id := article_id, mentions := mentions))
           AS members
    FROM members GROUP BY event_id
),
link_targets AS (
    -- the corpus event of each mention the representatives link to (links name article-level records)
    SELECT l.mention_id, list(struct_pack(record_id := json_extract_string(t.record, '$.id'),
                                          event_id := coalesce(tm.event_id, t.mention_id))) AS targets
    FROM links l JOIN event_mentions t ON t.mention_id = l.target_mention_id
    LEFT JOIN event_members tm ON tm.mention_id = l.target_mention_id
    WHERE l.mention_id IN (SELECT rep_mention_id FROM picked)
    GROUP BY l.mention_id
)
SELECT p.event_id, p.num_mentions, p.num_sources, p.num_articles, p.dead, p.injured, p.arrested,
       rep.record, g.members, lt.targets
FROM picked p
JOIN event_mentions rep ON rep.mention_id = p.rep_mention_id
LEFT JOIN grouped g ON g.event_id = p.event_id
LEFT JOIN link_targets lt ON lt.mention_id = p.rep_mention_id
ORDER BY p.date NULLS LAST, p.event_id
"""


def iter_plover(con: duckdb.DuckDBPyConnection, filters: Filters = Filters()) -> Iterator[dict]:
    """One PLOVER record per matching corpus-level event, in date order."""
    picked, params = _picked_events(filters)
    cursor = con.execute(_PLOVER_SQL.format(picked=picked), params)
    for chunk in _chunks(cursor):
        for row in chunk:
            yield event_record(*row)


def event_record(event_id: str, num_mentions: int, num_sources: int, num_articles: int, dead: int | None,
                 injured: int | None, arrested: int | None, rep_record: str,
                 members: list[dict] | None, targets: list[dict] | None) -> dict:
    """The representative's record, re-keyed and widened to speak for the whole event."""
    record = json.loads(rep_record)
    record["id"] = event_id
    record["mentions"] = merged_mentions(members or [])
    record["size"] = {"dead": dead, "injured": injured, "arrested": arrested}
    # A link names a record of the same article; in the export that record is part of some corpus event.
    event_of = {t["record_id"]: t["event_id"] for t in targets or []}
    for link in record.get("links") or []:
        link["event_id"] = event_of.get(link["event_id"], link["event_id"])
    record["num_mentions"], record["num_sources"], record["num_articles"] = num_mentions, num_sources, num_articles
    return record


def merged_mentions(members: list[dict]) -> list[dict]:
    """Every member's evidence spans, each once, by publication date (undated last), article, offset."""
    spans: dict[str, tuple] = {}
    for member in members:
        for span in json.loads(member["mentions"] or "[]"):
            span.setdefault("article_id", member["article_id"])
            published = member["published"]
            key = (published is None, published or date.min, span["article_id"], span.get("start") or 0)
            spans.setdefault(json.dumps(span, sort_keys=True), (key, span))
    return [span for _, span in sorted(spans.values(), key=lambda item: item[0])]


# --- flat rows (CSV, Parquet) ----------------------------------------------------------------------------------------

FLAT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "PloverType", "Mode", "Polarity",
    "NumMentions", "NumSources", "NumArticles", "Dead", "Injured", "Arrested",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
]


def _actor_columns(n: int, side: str) -> str:
    """GDELT's ActorN columns from the first actor (n=1) or recipient (n=2); the store keeps '' for unknown."""
    code, sector, name = f"nullif(e.{side}_codes[1], '')", f"nullif(e.{side}_sectors[1], '')", f"e.{side}_names[1]"
    non_state = ", ".join(f"'{c}'" for c in _NON_STATE)
    return (f"nullif(coalesce({code}, '') || coalesce({sector}, ''), '') AS Actor{n}Code, "
            f"nullif({name}, '') AS Actor{n}Name, "
            f"CASE WHEN {code} IN ({non_state}) THEN NULL ELSE {code} END AS Actor{n}CountryCode, "
            f"{sector} AS Actor{n}Type1Code")


_FLAT_SQL = f"""
WITH {{picked}}
SELECT e.event_id AS GLOBALEVENTID, CAST(strftime(e.date, '%Y%m%d') AS INTEGER) AS SQLDATE,
       {_actor_columns(1, "actor")},
       {_actor_columns(2, "recipient")},
       e.cameo AS EventCode, left(e.cameo, 3) AS EventBaseCode, left(e.cameo, 2) AS EventRootCode,
       e.quad_code AS QuadClass, e.event AS PloverType, nullif(array_to_string(e.modes, '|'), '') AS Mode,
       e.polarity AS Polarity, e.num_mentions AS NumMentions, e.num_sources AS NumSources,
       e.num_articles AS NumArticles, e.dead AS Dead, e.injured AS Injured, e.arrested AS Arrested,
       e.placename AS ActionGeo_FullName, e.place_country AS ActionGeo_CountryCode, e.admin1 AS ActionGeo_ADM1Code,
       e.lat AS ActionGeo_Lat, e.lon AS ActionGeo_Long, e.geonameid AS ActionGeo_FeatureID,
       CAST(strftime(e.first_published, '%Y%m%d') AS INTEGER) AS DATEADDED, e.source_url AS SOURCEURL
FROM picked e
ORDER BY e.date NULLS LAST, e.event_id
"""


def flat_query(filters: Filters = Filters()) -> tuple[str, dict]:
    picked, params = _picked_events(filters)
    return _FLAT_SQL.format(picked=picked), params


def write_csv(con: duckdb.DuckDBPyConnection, filters: Filters, out: IO[str]) -> int:
    sql, params = flat_query(filters)
    cursor = con.execute(sql, params)
    writer = csv.writer(out)
    writer.writerow(FLAT_COLUMNS)
    count = 0
    for chunk in _chunks(cursor):
        writer.writerows(chunk)
        count += len(chunk)
    return count


def write_parquet(con: duckdb.DuckDBPyConnection, filters: Filters, path: str | Path) -> int:
    """Stream Arrow batches into a Parquet file (the output path never enters SQL)."""
    import pyarrow.parquet as pq

    sql, params = flat_query(filters)
    reader = con.sql(sql, params=params).to_arrow_reader(CHUNK * 10)
    count = 0
    with pq.ParquetWriter(str(path), reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            count += batch.num_rows
    return count


def write_jsonl(records: Iterator[dict], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


@contextmanager
def _replacing(path: Path):
    """Write beside `path` and move into place on success, so a failed export leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    try:
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def export(db: str | Path, fmt: str, output: str | Path | None = None, filters: Filters = Filters(),
           stdout: IO[str] | None = None) -> int:
    """Write the matching events of `db` to `output` (stdout when None); returns how many."""
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    if fmt == "parquet" and output is None:
        raise StoreError("--format parquet writes a binary file: give it one with -o FILE")
    con = open_store(db)
    try:
        if output is None:
            return _export_text(con, fmt, filters, stdout or sys.stdout)
        with _replacing(Path(output)) as part:
            if fmt == "parquet":
                return write_parquet(con, filters, part)
            with open(part, "w", encoding="utf-8", newline="") as out:
                return _export_text(con, fmt, filters, out)
    finally:
        con.close()


def _export_text(con: duckdb.DuckDBPyConnection, fmt: str, filters: Filters, out: IO[str]) -> int:
    if fmt == "csv":
        return write_csv(con, filters, out)
    return write_jsonl(iter_plover(con, filters), out)


# --- query -----------------------------------------------------------------------------------------------------------

QUERY_COLUMNS = ["event_id", "date", "type", "actor", "recipient", "place", "num_articles", "num_mentions"]

_QUERY_SQL = """
WITH {picked}
SELECT e.event_id, e.date, e.event, e.polarity, e.actor_codes, e.actor_names, e.recipient_codes, e.recipient_names,
       e.placename, e.place_country, e.num_articles, e.num_mentions
FROM picked e
ORDER BY e.date NULLS LAST, e.event_id
"""


def count_events(con: duckdb.DuckDBPyConnection, filters: Filters) -> int:
    where, params = where_clause(filters)
    return con.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]


def query_events(con: duckdb.DuckDBPyConnection, filters: Filters) -> Iterator[list]:
    """The display rows (QUERY_COLUMNS) of the matching events, in date order."""
    picked, params = _picked_events(filters)
    cursor = con.execute(_QUERY_SQL.format(picked=picked), params)
    for chunk in _chunks(cursor):
        for (event_id, day, event, polarity, actor_codes, actor_names, recipient_codes, recipient_names,
             placename, country, num_articles, num_mentions) in chunk:
            kind = event if polarity == "asserted" else f"{event} ({polarity})"
            place = ", ".join(p for p in (placename, country) if p)
            yield [event_id, day, kind, _parties(actor_codes, actor_names), _parties(recipient_codes, recipient_names),
                   place, num_articles, num_mentions]


def _parties(codes: list[str] | None, names: list[str] | None) -> str:
    """'Russian jets (RUS); teachers' from the parallel code and name lists."""
    out = []
    for code, name in zip(codes or [], names or []):
        if name and code:
            out.append(f"{name} ({code})")
        elif name or code:
            out.append(name or code)
    return "; ".join(out)


def run_sql(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], Iterator[tuple]]:
    """Column names and rows of raw SQL on the read-only connection (writes fail there, as DuckDB errors)."""
    cursor = con.execute(sql)
    if cursor.description is None:  # a statement that returns nothing (SET, PRAGMA ...)
        return [], iter(())
    columns = [d[0] for d in cursor.description]
    return columns, (row for chunk in _chunks(cursor) for row in chunk)


def short_id(event_id: str, width: int = 26) -> str:
    """'650216605b179027:north-ledger-7-e1' -> '65021660:north-ledger-7-e1': the hash prefix
    shortened; a long article id loses its middle, never the '-eN' that tells its records apart."""
    digest, sep, rest = event_id.partition(":")
    text = f"{digest[:8]}{sep}{rest}" if sep else event_id
    if len(text) <= width:
        return text
    keep = width - 1
    return text[: keep - keep // 3] + "…" + text[len(text) - keep // 3:]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def format_table(columns: list[str], rows: list[list], max_width: int = 32) -> str:
    """A fixed-width table: numbers right-aligned, long cells cut with an ellipsis."""
    cells = [[_cell(v) for v in row] for row in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in cells]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(columns)]
    numeric = [bool(rows) and all(isinstance(row[i], (int, float)) or row[i] is None for row in rows)
               for i in range(len(columns))]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    return "\n".join(out)


def write_rows(columns: list[str], rows: list[list], fmt: str, out: IO[str]) -> None:
    """Rows as a table, CSV or JSON Lines (dates as ISO text)."""
    if fmt == "table":
        out.write(format_table(columns, rows) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[_cell(v) if isinstance(v, (list, tuple)) else v for v in row] for row in rows])
    else:
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")


def query(db: str | Path, filters: Filters = Filters(), sql: str | None = None, fmt: str = "table",
          out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    """Print matching events, or the result of `sql`; returns how many rows matched in all.

    The table ends with a line saying how many matched; for CSV and JSON Lines that line goes to
    `err`, so the output stays machine-readable.
    """
    out, err = out or sys.stdout, err or sys.stderr
    if sql is not None and filters.narrows():
        raise StoreError("--sql runs as written: filters other than --limit do not apply to it")
    con = open_store(db)
    try:
        if sql is None:
            total = count_events(con, filters)
            columns, rows = QUERY_COLUMNS, list(query_events(con, filters))
            if fmt == "table":
                rows = [[short_id(row[0])] + row[1:] for row in rows]
            noun = "matching event" if total == 1 else "matching events"
        else:
            columns, results = run_sql(con, sql)
            rows = [list(r) for r in islice(results, filters.limit)]
            total = len(rows) + sum(1 for _ in results)  # the rest are counted, not kept
            noun = "row" if total == 1 else "rows"
        if columns and (rows or fmt != "table"):  # an empty table is all header: the footer says it better
            write_rows(columns, rows, fmt, out)
        shown = f"{len(rows)} of {total}" if len(rows) < total else f"{total}"
        footer = f"{shown} {noun}" + (" (--limit N for more)" if len(rows) < total else "")
        print(footer, file=out if fmt == "table" else err)
        return total
    finally:
        con.close()
