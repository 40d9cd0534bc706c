"""Ingest: articles in, an event store out; resumable, in one process, several, or on Dask.

Articles already in the store (by content hash) are skipped before they are
coded. Coded articles are committed in batches, each batch one transaction,
so a run killed at any moment and run again ends with the same database as
one that was never interrupted. The corpus-level events are rebuilt at the
end of every run from everything stored.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .dedup import DedupSettings, rebuild_events
from .fingerprint import coder_fingerprint
from .records import Article, ArticleResult, BadItem
from .store import ArticleRows, PackedBatch, Store, article_hash, pack, rows_of


@dataclass
class IngestReport:
    coded: int = 0
    skipped: int = 0  # already in the store, or a repeat within this run
    bad: int = 0
    mentions: int = 0
    events: int = 0
    stale: int = 0  # stored articles another build coded, left as they were (re-code them with recode=True)
    recoded: int = 0  # of `coded`, articles that were in the store, coded again by this build
    seconds: float = 0.0
    errors: list[BadItem] = field(default_factory=list)


def to_rows(result: ArticleResult) -> ArticleRows:
    """The transform each worker applies to what it coded (picklable, module level)."""
    return rows_of(result, article_hash(result.article))


def new_articles(items: Iterable[Article | BadItem], done: set[str], report: IngestReport) -> Iterator[Article | BadItem]:
    """Items not yet in the store; each article once even if the input repeats it."""
    seen = set(done)
    for item in items:
        if isinstance(item, Article):
            digest = article_hash(item)
            if digest in seen:
                report.skipped += 1
                continue
            seen.add(digest)
        yield item


class Batcher:
    """Collects packed batches and commits them every `size` items or `seconds` seconds."""

    def __init__(self, store: Store, size: int = 256, seconds: float = 10.0, replace: bool = False):
        self.store, self.size, self.seconds, self.replace = store, size, seconds, replace
        self.batches: list[PackedBatch] = []
        self.items = 0
        self.last = time.monotonic()

    def add(self, batch: PackedBatch) -> None:
        self.batches.append(batch)
        self.items += len(batch.articles) + len(batch.bad)
        if self.items >= self.size or time.monotonic() - self.last >= self.seconds:
            self.flush()

    def flush(self) -> None:
        self.store.add(self.batches, replace=self.replace)
        self.batches, self.items = [], 0
        self.last = time.monotonic()


def ingest(items: Iterable[Article | BadItem], db: str | Path, *, workers: int = 1,
           kb_factory: Callable | None = None, dedup: DedupSettings = DedupSettings(),
           on_item: Callable | None = None, batch_size: int = 16, commit_every: int = 256,
           lexicon_factory: Callable | None = None, coder: str | None = None,
           recode: bool = False) -> IngestReport:
    """Code the items not yet stored into `db` with local worker processes; `on_item(item, report)` sees each
    article (as its ArticleRows, without rows) and each bad item.

    `coder` is the fingerprint of the build and dictionaries coding (by default the built-in ones); stored
    articles another build coded are counted in `report.stale`, and with `recode` coded again first."""
    from .run import run

    report = IngestReport()
    started = time.monotonic()
    batch_size = max(1, min(batch_size, commit_every))
    with Store(db, coder=coder or coder_fingerprint()) as store:
        todo = _to_code(items, store, recode, report)
        batcher = Batcher(store, size=commit_every, replace=recode)
        for packed in run(todo, workers=workers, batch_size=batch_size, transform=to_rows, kb_factory=kb_factory,
                          batch_transform=pack, lexicon_factory=lexicon_factory):
            batcher.add(packed)
            for item in [ArticleRows(h, {}, n) for h, n in packed.articles] + packed.bad:
                _count(item, report)
                if on_item is not None:
                    on_item(item, report)
        batcher.flush()
        report.events = rebuild_events(store.con, dedup)
    report.seconds = time.monotonic() - started
    return report


def _to_code(items: Iterable[Article | BadItem], store: Store, recode: bool,
             report: IngestReport) -> Iterator[Article | BadItem]:
    """The items not yet stored; with `recode`, first the stored articles another build coded, read
    back from the store (stored articles otherwise count as done, and the stale ones are reported)."""
    done, stale = store.done_hashes(), store.stale_hashes()
    if not recode:
        report.stale = len(stale)
        return new_articles(items, done, report)
    return new_articles(_stale_first(store.stored_articles(stale), items, report), done - set(stale), report)


def _stale_first(stale: Iterable[Article], items: Iterable[Article | BadItem],
                 report: IngestReport) -> Iterator[Article | BadItem]:
    for article in stale:
        report.recoded += 1
        yield article
    yield from items


def _count(item: ArticleRows | BadItem, report: IngestReport) -> None:
    if isinstance(item, BadItem):
        report.bad += 1
        report.errors.append(item)
    else:
        report.coded += 1
        report.mentions += item.n_events


def dask_ingest(items: Iterable[Article | BadItem], db: str | Path, *, scheduler: str | None = None,
                workers: int = 2, partition_size: int = 200, kb_factory: Callable | None = None,
                dedup: DedupSettings = DedupSettings(), on_item: Callable | None = None,
                lexicon_factory: Callable | None = None, coder: str | None = None,
                recode: bool = False) -> IngestReport:
    """Code on a Dask cluster (a LocalCluster of `workers` processes without `scheduler`), via Parquet partitions;
    `coder` and `recode` as for `ingest`."""
    from . import dask_engine

    report = IngestReport()
    started = time.monotonic()
    staging = Path(str(db) + ".parts")
    with Store(db, coder=coder or coder_fingerprint()) as store:
        todo = _to_code(items, store, recode, report)
        articles, bad = _split(todo)
        for item in bad:
            _count(item, report)
            if on_item is not None:
                on_item(item, report)
        store.add([PackedBatch({}, [], bad)])
        partitions = dask_engine.partition(articles, partition_size)
        task = partial(dask_engine.code_partition, staging=str(staging), kb_factory=kb_factory,
                       lexicon_factory=lexicon_factory)
        for done in dask_engine.run_partitions(partitions, task, scheduler=scheduler, workers=workers):
            for item in done.items:
                _count(item, report)
                if on_item is not None:
                    on_item(item, report)
        store.load_parquet(staging, replace=recode)
        dask_engine.clear(staging)
        report.events = rebuild_events(store.con, dedup)
    report.seconds = time.monotonic() - started
    return report


def _split(items: Iterable[Article | BadItem]) -> tuple[list[Article], list[BadItem]]:
    articles, bad = [], []
    for item in items:
        (bad if isinstance(item, BadItem) else articles).append(item)
    return articles, bad
