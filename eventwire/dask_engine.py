"""Coding on a Dask distributed cluster: partitions of articles in, Parquet partitions out.

Each task codes one partition and writes one Parquet file per store table
under the staging folder (which must be on a file system every worker and
the driver share), the `articles` file last and each by an atomic rename:
a partition whose `articles` file exists is complete, so a re-run skips it.
The driver then loads the partitions into the store in one transaction.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .records import Article, BadItem
from .store import ARTICLE_TABLES, ArticleRows, arrow_tables, article_hash

_EXTRACTOR = None  # one per worker process, built on its first task
_ERRORS = pa.schema([("origin", pa.string()), ("reason", pa.string())])


@dataclass
class Partition:
    pid: str
    articles: list[Article]


@dataclass
class PartitionDone:
    pid: str
    items: list  # ArticleRows without their tables (counts only), or BadItem


def partition(articles: list[Article], size: int) -> list[Partition]:
    """Fixed-size partitions named by their content, so a re-run finds the ones already written."""
    parts = []
    for i in range(0, len(articles), max(1, size)):
        chunk = articles[i:i + size]
        pid = hashlib.sha256("".join(article_hash(a) for a in chunk).encode()).hexdigest()[:20]
        parts.append(Partition(pid, chunk))
    return parts


def _extractor(kb_factory: Callable | None, lexicon_factory: Callable | None = None):
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from .run import make_extractor

        _EXTRACTOR = make_extractor(kb_factory, lexicon_factory)
    return _EXTRACTOR


def _write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _summary_of(folder: Path, pid: str) -> PartitionDone:
    done = pq.read_table(folder / "articles" / f"{pid}.parquet", columns=["hash", "n_events"]).to_pylist()
    items: list = [ArticleRows(r["hash"], {}, r["n_events"]) for r in done]
    errors = folder / "errors" / f"{pid}.parquet"
    if errors.exists():
        items += [BadItem(r["origin"], r["reason"]) for r in pq.read_table(errors).to_pylist()]
    return PartitionDone(pid, items)


def code_partition(part: Partition, staging: str, kb_factory: Callable | None = None,
                   batch_size: int = 16, lexicon_factory: Callable | None = None) -> PartitionDone:
    """Code one partition into Parquet files (a Dask task); a partition already written is only summarised."""
    from .ingest import to_rows
    from .run import code_batch

    folder = Path(staging)
    if (folder / "articles" / f"{part.pid}.parquet").exists():
        return _summary_of(folder, part.pid)
    extractor = _extractor(kb_factory, lexicon_factory)
    coded: list[ArticleRows] = []
    bad: list[BadItem] = []
    for i in range(0, len(part.articles), batch_size):
        for item in code_batch(extractor, part.articles[i:i + batch_size]):
            if isinstance(item, BadItem):
                bad.append(item)
            else:
                coded.append(to_rows(item))
    _write(pa.table({"origin": [b.origin for b in bad], "reason": [b.reason for b in bad]}, schema=_ERRORS),
           folder / "errors" / f"{part.pid}.parquet")
    tables = arrow_tables(coded)
    for name in reversed(ARTICLE_TABLES):  # `articles` last: it marks the partition complete
        _write(tables[name], folder / name / f"{part.pid}.parquet")
    return PartitionDone(part.pid, [ArticleRows(r.hash, {}, r.n_events) for r in coded] + bad)


def run_partitions(partitions: Iterable[Partition], task: Callable, *, scheduler: str | None = None,
                   workers: int = 2) -> Iterator[PartitionDone]:
    """Run `task` on every partition on the cluster at `scheduler`, or on a LocalCluster; yields as they finish."""
    from distributed import Client, LocalCluster, as_completed

    partitions = list(partitions)
    if not partitions:
        return
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        futures = client.map(task, partitions, pure=False)
        for future in as_completed(futures):
            yield future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def clear(staging: Path) -> None:
    """Remove the staging folder once its partitions are in the store."""
    shutil.rmtree(staging, ignore_errors=True)
