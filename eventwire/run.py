"""Running the extractor over a stream of articles, in one process or several.

Results come back in input order. A failure while coding one article becomes
a BadItem for that article; the rest go on.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
from itertools import islice
from typing import Callable, Iterable, Iterator

from .records import Article, ArticleResult, BadItem

_WORKER_EXTRACTOR = None


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def code_batch(extractor, batch: list[Article | BadItem]) -> list[ArticleResult | BadItem]:
    """Code one batch; bad items pass through; an article that crashes the coder becomes a BadItem."""
    articles = [a for a in batch if isinstance(a, Article)]
    try:
        done = {r.article.id: r for r in extractor.extract_many(articles)}
    except Exception:  # one article broke the batch: redo it article by article
        done = {}
        for article in articles:
            try:
                done[article.id] = extractor.extract(article)
            except Exception as exc:  # noqa: BLE001 - reported per item, never fatal
                done[article.id] = BadItem(article.origin or article.id, f"coding failed: {type(exc).__name__}: {exc}")
    return [item if isinstance(item, BadItem) else done[item.id] for item in batch]


_WORKER_TRANSFORM = None


_WORKER_BATCH_TRANSFORM = None


def make_extractor(kb_factory: Callable | None = None, lexicon_factory: Callable | None = None,
                   min_confidence: float = 0.0):
    """An Extractor with the actor base and event lexicon the factories build (default: the built-in
    ones), leaving out records scored below `min_confidence` (default 0: every record)."""
    from .pipeline import Extractor

    return Extractor(kb=kb_factory() if kb_factory else None, lex=lexicon_factory() if lexicon_factory else None,
                     min_confidence=min_confidence)


def _init_worker(transform, kb_factory=None, batch_transform=None, lexicon_factory=None, min_confidence=0.0) -> None:
    global _WORKER_EXTRACTOR, _WORKER_TRANSFORM, _WORKER_BATCH_TRANSFORM
    # a forked worker inherits the extractor run() built before the fork; a spawned one builds its own
    if _WORKER_EXTRACTOR is None:
        _WORKER_EXTRACTOR = make_extractor(kb_factory, lexicon_factory, min_confidence)
    _WORKER_TRANSFORM = transform
    _WORKER_BATCH_TRANSFORM = batch_transform


def _apply(transform, results: list) -> list:
    if transform is None:
        return results
    return [item if isinstance(item, BadItem) else _transformed(transform, item) for item in results]


def _transformed(transform, result: ArticleResult):
    try:
        return transform(result)
    except Exception as exc:  # noqa: BLE001 - one article's output failing is that article's error
        article = result.article
        return BadItem(article.origin or article.id, f"writing failed: {type(exc).__name__}: {exc}")


def _finish(results: list, transform, batch_transform) -> list:
    results = _apply(transform, results)
    return batch_transform(results) if batch_transform is not None else results


def _work(batch: list[Article | BadItem]) -> list:
    return _finish(code_batch(_WORKER_EXTRACTOR, batch), _WORKER_TRANSFORM, _WORKER_BATCH_TRANSFORM)


def run(items: Iterable[Article | BadItem], workers: int = 1, batch_size: int = 16,
        transform: Callable | None = None, kb_factory: Callable | None = None,
        batch_transform: Callable | None = None, lexicon_factory: Callable | None = None,
        min_confidence: float = 0.0) -> Iterator:
    """Code items in input order. `transform` (picklable) is applied to each ArticleResult where it
    was coded, so with several workers the formatting happens in parallel too; `batch_transform`
    then turns each batch's list into the list yielded for it (e.g. one packed batch). `kb_factory`
    (picklable) builds the actor knowledge base each process codes with (default: the built-in one),
    `lexicon_factory` (picklable) its event lexicon, e.g. with a PETRARCH verbs dictionary;
    `min_confidence` the confidence below which records are left out (default 0: every record)."""
    if workers <= 1:
        extractor = make_extractor(kb_factory, lexicon_factory, min_confidence)
        for batch in _batches(items, batch_size):
            yield from _finish(code_batch(extractor, batch), transform, batch_transform)
        return
    global _WORKER_EXTRACTOR
    forking = "fork" in mp.get_all_start_methods()
    ctx = mp.get_context("fork") if forking else mp.get_context()
    if forking:
        # Loaded once here, the model, lexicon and gazetteer are shared by the forked workers (pages
        # copied only when written) instead of being loaded again in each: less CPU and less memory.
        _WORKER_EXTRACTOR = make_extractor(kb_factory, lexicon_factory, min_confidence)
        # the cyclic collector would write to every object it scans, copying the shared pages into
        # each worker: frozen objects are left alone (the documented use of gc.freeze before fork)
        gc.freeze()
    try:
        yield from _run_in_pool(ctx, items, workers, batch_size, transform, kb_factory, batch_transform,
                                lexicon_factory, min_confidence)
    finally:
        _WORKER_EXTRACTOR = None
        gc.unfreeze()


def _run_in_pool(ctx, items, workers, batch_size, transform, kb_factory, batch_transform, lexicon_factory,
                 min_confidence) -> Iterator:
    with ctx.Pool(workers, initializer=_init_worker, initargs=(transform, kb_factory, batch_transform, lexicon_factory, min_confidence)) as pool:
        for results in pool.imap(_work, _batches(items, batch_size), chunksize=1):
            yield from results
