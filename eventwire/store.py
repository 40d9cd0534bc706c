"""The event store: a DuckDB file of articles, their events and evidence.

Every article is keyed by a hash of its content, and everything coded from it
is written in the same transaction as its row in `articles`: a run killed at
any moment leaves whole articles or none, and a re-run skips what is done.
The corpus-level `events` table (one row per real event, however many
articles tell it) is derived from `event_mentions` by `dedup`, so it can be
rebuilt at any time and never depends on the order articles arrived in.

Rows are built where the articles were coded (in a worker): plain dicts per
article, packed into one Arrow table per store table for each batch of
articles (an Arrow table costs about a millisecond to set up, more than all
the rows of one article), so the single writer only appends them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator

import duckdb
import orjson
import pyarrow as pa

from .records import Article, ArticleResult, BadItem

# Table -> ordered (column, DuckDB type, Arrow type). One list drives the DDL, the
# Arrow schemas built in workers, and the Parquet partitions of the Dask engine.
_S, _I, _F, _D = pa.string(), pa.int64(), pa.float64(), pa.date32()
_LS = pa.list_(pa.string())
_SQL = {_S: "VARCHAR", _I: "BIGINT", _F: "DOUBLE", _D: "DATE", _LS: "VARCHAR[]"}

COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "articles": [
        ("hash", _S), ("article_id", _S), ("source", _S), ("url", _S), ("title", _S), ("published", _D),
        ("origin", _S), ("text", _S), ("n_events", _I), ("n_quotes", _I),
    ],
    "event_mentions": [
        ("mention_id", _S), ("hash", _S), ("article_id", _S), ("source", _S), ("published", _D),
        ("event", _S), ("modes", _LS), ("cameo", _S), ("quad_code", _I),
        ("date", _D), ("enddate", _D), ("date_precision", _S),
        ("actor_codes", _LS), ("actor_sectors", _LS), ("actor_names", _LS),
        ("recipient_codes", _LS), ("recipient_sectors", _LS), ("recipient_names", _LS),
        ("placename", _S), ("place_country", _S), ("admin1", _S), ("lat", _F), ("lon", _F), ("geonameid", _I),
        ("polarity", _S), ("confidence", _F), ("dead", _I), ("injured", _I), ("arrested", _I),
        ("n_mentions", _I), ("sent_start", _I), ("sent_end", _I), ("record", _S),
    ],
    "entities": [
        ("hash", _S), ("entity_no", _I), ("identifier_text", _S), ("code", _S), ("sector", _S),
        ("n_mentions", _I), ("mentions", _S),
    ],
    "quotes": [
        ("hash", _S), ("quote_no", _I), ("text", _S), ("start", _I), ("end", _I), ("kind", _S), ("cue", _S),
        ("speaker_text", _S), ("speaker_identifier", _S), ("speaker_code", _S), ("speaker_sector", _S),
    ],
    "links": [
        ("hash", _S), ("mention_id", _S), ("type", _S), ("target_mention_id", _S), ("cue", _S),
        ("start", _I), ("end", _I),
    ],
}
ARTICLE_TABLES = list(COLUMNS)  # everything written per article, in this order

# Only an article's hash is a key: whatever else a batch writes belongs to articles new in that
# batch's transaction, so it cannot be there already; an index per row table cost a seventh of
# the writer's time and a quarter of the file. `events` and `event_members` are rebuilt whole by
# `dedup`, one row per id by construction: their indexes were a third of the rebuild.
_KEYS = {"articles": "hash"}
CODER_COLUMN = "coder"

_EXTRA_DDL = """
CREATE TABLE IF NOT EXISTS errors (origin VARCHAR PRIMARY KEY, reason VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR, event VARCHAR, modes VARCHAR[], cameo VARCHAR, quad_code BIGINT,
    date DATE, enddate DATE, date_precision VARCHAR,
    actor_codes VARCHAR[], actor_sectors VARCHAR[], actor_names VARCHAR[],
    recipient_codes VARCHAR[], recipient_sectors VARCHAR[], recipient_names VARCHAR[],
    placename VARCHAR, place_country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    polarity VARCHAR, confidence DOUBLE, dead BIGINT, injured BIGINT, arrested BIGINT,
    num_mentions BIGINT, num_sources BIGINT, num_articles BIGINT, first_published DATE, source_url VARCHAR,
    rep_mention_id VARCHAR);
CREATE TABLE IF NOT EXISTS event_members (event_id VARCHAR, mention_id VARCHAR);
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
"""


def schema(table: str) -> pa.Schema:
    return pa.schema([(name, typ) for name, typ in COLUMNS[table]])


def ddl() -> str:
    parts = []
    for table, cols in COLUMNS.items():
        body = ", ".join(f'"{name}" {_SQL[typ]}' for name, typ in cols)
        key = f", PRIMARY KEY ({_KEYS[table]})" if table in _KEYS else ""
        parts.append(f"CREATE TABLE IF NOT EXISTS {table} ({body}{key});")
    # which build coded each article (see fingerprint.py); written by the store, not the workers, and
    # added to stores made before it existed, whose articles it leaves NULL: coded by an unknown build
    parts.append(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {CODER_COLUMN} VARCHAR;")
    return "\n".join(parts) + _EXTRA_DDL


def article_hash(article: Article) -> str:
    """The article's key: its text with the facts that date and source it.

    The same story from two outlets is two articles (they count as two sources);
    the same file read twice is one.
    """
    h = hashlib.sha256()
    for part in (article.text, article.published.isoformat() if article.published else "",
                 article.source or "", article.title or "", article.url or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


@dataclass
class ArticleRows:
    """Everything one article adds to the store, ready to append."""

    hash: str
    tables: dict[str, list[dict]] = field(default_factory=dict)  # table -> rows
    n_events: int = 0


def _iso(value: str | None) -> date | None:
    """A record's date as a DATE: "2015" and "2015-03" (year and month precision) start their period."""
    if not value:
        return None
    parts = value.split("-")
    return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


def _codes(entities: list[dict], key: str) -> list[str]:
    return [e.get(key) or "" for e in entities]


def _names(entities: list[dict]) -> list[str]:
    return [e.get("identifier_text") or e.get("entity_text") or "" for e in entities]


def _json(value) -> str:
    # orjson, not json: serialising every record was a third of what the store added to each
    # article in the workers (compact separators; the text is read back as JSON, never compared)
    return orjson.dumps(value).decode()


def mention_id(digest: str, record_id: str) -> str:
    return f"{digest[:16]}:{record_id}"


def _mention_row(digest: str, article: Article, record: dict) -> dict:
    loc = record.get("event_loc") or {}
    size = record.get("size") or {}
    info = record["text_info"]
    return {
        "mention_id": mention_id(digest, record["id"]), "hash": digest, "article_id": record["article_id"],
        "source": article.source, "published": article.published,
        "event": record["event"][0], "modes": list(record["mode"]), "cameo": record["cameo"],
        "quad_code": record["quad_code"], "date": _iso(record["date"]), "enddate": _iso(record.get("enddate")),
        "date_precision": record.get("date_precision"),
        "actor_codes": _codes(record["actor"], "code"), "actor_sectors": _codes(record["actor"], "sector"),
        "actor_names": _names(record["actor"]),
        "recipient_codes": _codes(record["recipient"], "code"),
        "recipient_sectors": _codes(record["recipient"], "sector"), "recipient_names": _names(record["recipient"]),
        "placename": loc.get("placename"), "place_country": loc.get("country"), "admin1": loc.get("admin1"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "geonameid": loc.get("geonameid"),
        "polarity": record["polarity"], "confidence": record["confidence"],
        "dead": size.get("dead"), "injured": size.get("injured"), "arrested": size.get("arrested"),
        "n_mentions": len(record.get("mentions") or []) or 1,
        "sent_start": info["start"], "sent_end": info["end"],
        "record": _json(record),
    }


def arrow_table(name: str, rows: list[dict]) -> pa.Table:
    return pa.table({c: [r.get(c) for r in rows] for c, _ in COLUMNS[name]}, schema=schema(name))


def arrow_tables(batch: list[ArticleRows]) -> dict[str, pa.Table]:
    """One Arrow table per store table for a batch of articles."""
    return {name: arrow_table(name, [row for rows in batch for row in rows.tables[name]]) for name in ARTICLE_TABLES}


@dataclass
class PackedBatch:
    """A batch of coded articles as Arrow tables, with what the writer reports per article."""

    tables: dict[str, pa.Table]
    articles: list[tuple[str, int]]  # (hash, number of event records), in input order
    bad: list[BadItem]


def pack(items: list[ArticleRows | BadItem]) -> list[PackedBatch]:
    """The batch transform run in each worker: one PackedBatch for the batch."""
    coded = [item for item in items if isinstance(item, ArticleRows)]
    bad = [item for item in items if isinstance(item, BadItem)]
    return [PackedBatch(arrow_tables(coded), [(r.hash, r.n_events) for r in coded], bad)]


def rows_of(result: ArticleResult, digest: str) -> ArticleRows:
    """The store rows of one coded article (built in the worker that coded it)."""
    article = result.article
    records = [e.to_plover() for e in result.events]
    mentions = [_mention_row(digest, article, r) for r in records]
    ids = {r["id"]: mention_id(digest, r["id"]) for r in records}
    links = [{"hash": digest, "mention_id": ids[r["id"]], "type": link["type"],
              "target_mention_id": ids.get(link.get("event_id"), link.get("event_id")), "cue": link.get("cue"),
              "start": link.get("start"), "end": link.get("end")}
             for r in records for link in r.get("links") or []]
    entities = [{"hash": digest, "entity_no": i, "identifier_text": c.identifier_text, "code": c.code,
                 "sector": c.sector, "n_mentions": len(c.mentions),
                 "mentions": _json(c.to_dict()["mentions"])}
                for i, c in enumerate(result.entities)]
    quotes = []
    for i, q in enumerate(result.quotes):
        s = q.speaker
        quotes.append({"hash": digest, "quote_no": i, "text": q.text, "start": q.start, "end": q.end,
                       "kind": q.kind, "cue": q.cue, "speaker_text": s.entity_text if s else None,
                       "speaker_identifier": s.identifier_text if s else None,
                       "speaker_code": s.code if s else None, "speaker_sector": s.sector if s else None})
    articles = [{"hash": digest, "article_id": article.id, "source": article.source, "url": article.url,
                 "title": article.title, "published": article.published, "origin": article.origin,
                 "text": article.text, "n_events": len(records), "n_quotes": len(quotes)}]
    tables = {"articles": articles, "event_mentions": mentions, "entities": entities, "quotes": quotes,
              "links": links}
    return ArticleRows(digest, tables, len(records))


class Store:
    """One DuckDB file. Appends go through `add`, which commits whole articles only."""

    def __init__(self, path: str | Path, read_only: bool = False, coder: str | None = None):
        """`coder`: the fingerprint of the build whose articles this connection writes."""
        self.path = Path(path)
        self.coder = coder
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no event store at {self.path}")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        # DuckDB draws its own progress bar on a query over 2 s (the end-of-run rebuild, a big export),
        # into output a user may be piping: our commands report progress themselves
        if self.con.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0]:
            self.con.execute("SET enable_progress_bar = false")  # (another connection may have locked it so)
        if not read_only:
            # one transaction: a run killed while creating the schema leaves all tables or none
            self.con.execute("BEGIN TRANSACTION;\n" + ddl() + "\nCOMMIT;")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def done_hashes(self) -> set[str]:
        return {h for (h,) in self.con.execute("SELECT hash FROM articles").fetchall()}

    def add(self, batches: list[PackedBatch], replace: bool = False) -> None:
        """Append whole articles (and bad items) in one transaction; with `replace`, an article already
        stored loses its old rows in the same transaction (a re-coded article is never half there)."""
        errors = [bad for batch in batches for bad in batch.bad]
        if not any(batch.articles for batch in batches) and not errors:
            return
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            if replace:
                self._delete_articles([h for batch in batches for h, _ in batch.articles])
            for name in ARTICLE_TABLES:
                parts = [batch.tables[name] for batch in batches if batch.tables and batch.tables[name].num_rows]
                if parts:
                    con.register("new_rows", pa.concat_tables(parts))
                    con.execute(self._insert_sql(name, "new_rows"), self._insert_params(name))
                    con.unregister("new_rows")
            for bad in errors:
                con.execute("INSERT OR IGNORE INTO errors VALUES (?, ?)", [bad.origin, bad.reason])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def load_parquet(self, folder: Path, replace: bool = False) -> int:
        """Append the Parquet partitions the Dask engine wrote, skipping articles already stored (with
        `replace`, only those this build coded: the others lose their old rows in the same transaction)."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            current = f"SELECT hash FROM articles WHERE {CODER_COLUMN} IS NOT DISTINCT FROM $coder" if replace \
                else "SELECT hash FROM articles"
            new = f"SELECT hash FROM read_parquet('{_sql_path(folder / 'articles')}/*.parquet') EXCEPT {current}"
            con.execute(f"CREATE OR REPLACE TEMP TABLE new_hashes AS {new}", {"coder": self.coder} if replace else {})
            (added,) = con.execute("SELECT count(*) FROM new_hashes").fetchone()
            if replace:
                for name in ARTICLE_TABLES:
                    con.execute(f"DELETE FROM {name} WHERE hash IN (SELECT hash FROM new_hashes)")
            for name in ARTICLE_TABLES:
                files = list((folder / name).glob("*.parquet"))
                if not files:
                    continue
                rows = f"(SELECT * FROM read_parquet('{_sql_path(folder / name)}/*.parquet') " \
                       "WHERE hash IN (SELECT hash FROM new_hashes))"
                con.execute(self._insert_sql(name, rows), self._insert_params(name))
            errors = folder / "errors"
            if list(errors.glob("*.parquet")):
                con.execute(f"INSERT OR IGNORE INTO errors SELECT origin, reason FROM "
                            f"read_parquet('{_sql_path(errors)}/*.parquet')")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return added

    def _insert_sql(self, table: str, rows: str) -> str:
        cols = [f'"{c}"' for c, _ in COLUMNS[table]]
        values = list(cols)
        if table == "articles":
            cols.append(CODER_COLUMN)
            values.append("$coder")
        return f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(values)} FROM {rows}"

    def _insert_params(self, table: str) -> dict:
        return {"coder": self.coder} if table == "articles" else {}

    def _delete_articles(self, hashes: list[str]) -> None:
        if not hashes:
            return
        self.con.register("gone", pa.table({"hash": pa.array(hashes, pa.string())}))
        for name in ARTICLE_TABLES:
            self.con.execute(f"DELETE FROM {name} WHERE hash IN (SELECT hash FROM gone)")
        self.con.unregister("gone")

    def stale_hashes(self) -> list[str]:
        """Articles another build coded (or an unknown one: stores from before the coder was recorded)."""
        sql = f"SELECT hash FROM articles WHERE {CODER_COLUMN} IS DISTINCT FROM $coder ORDER BY hash"
        return [h for (h,) in self.con.execute(sql, {"coder": self.coder}).fetchall()]

    def stored_articles(self, hashes: list[str], chunk: int = 500) -> Iterator[Article]:
        """The stored articles with these hashes, rebuilt from their rows, a chunk at a time (so that
        writes can come between chunks on this same connection)."""
        for i in range(0, len(hashes), chunk):
            self.con.register("wanted", pa.table({"hash": pa.array(hashes[i:i + chunk], pa.string())}))
            rows = self.con.execute(
                "SELECT article_id, text, published, source, url, title, origin FROM articles "
                "WHERE hash IN (SELECT hash FROM wanted) ORDER BY hash").fetchall()
            self.con.unregister("wanted")
            for article_id, text, published, source, url, title, origin in rows:
                yield Article(article_id, text, published, source=source, url=url, title=title, origin=origin)

    def counts(self) -> dict[str, int]:
        tables = ["articles", "event_mentions", "events", "entities", "quotes", "links", "errors"]
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
