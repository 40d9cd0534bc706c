"""Training the confidence model (`eventwire train-confidence`).

Codes the gold articles with every record kept, labels each record by the gold, fits an L2-regularised
logistic regression per cross-validation fold (articles split by a checksum of their id) and one over
all articles, and picks the threshold that gives the best out-of-fold event F1. The same gold and code
give the same file: folds, optimiser and the threshold grid are all fixed.
"""
from __future__ import annotations

import hashlib
import json
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

from .confidence import probability, record_features, text_digest
from .evaluate import load_gold, tuples_of

FOLDS = 5
L2 = 1.0
MIN_FEATURE_COUNT = 2  # a feature seen once is a fact about one sentence, not a pattern
STEPS = 300
STEP_SIZE = 0.5
THRESHOLDS = [round(0.025 * n, 3) for n in range(25)]  # 0 .. 0.6


def fold_of(article_id: str, folds: int = FOLDS) -> int:
    return zlib.crc32(article_id.encode("utf-8")) % folds


def record_tuples(ev) -> set[tuple]:
    actors = [a.code for a in ev.actor] or [None]
    recipients = [r.code for r in ev.recipient] or [None]
    return {(ev.event, a, r) for a in actors for r in recipients}


def labelled_records(results: list, gold: dict[str, list[dict]]) -> list[dict]:
    """One row per record: its article, features and label (1: one of its tuples is a gold line of its polarity)."""
    rows = []
    for result in results:
        by_polarity: dict[str, set] = defaultdict(set)
        for line in gold.get(result.article.id, []):
            by_polarity[line.get("polarity", "asserted")].add((line["event"], line.get("actor"), line.get("recipient")))
        for n, ev in enumerate(result.events):
            rows.append({"article": result.article.id, "n": n, "features": record_features(ev, result.article.text),
                         "label": int(bool(record_tuples(ev) & by_polarity[ev.polarity]))})
    return rows


def fit(rows: list[dict]) -> dict:
    """Logistic regression over binary features by full-batch AdaGrad; weights rounded for a small, stable file."""
    import numpy as np

    counts = Counter(f for row in rows for f in set(row["features"]))
    vocab = sorted(f for f, c in counts.items() if c >= MIN_FEATURE_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, row in enumerate(rows):
        for f in row["features"]:
            if f in index:
                x[i, index[f]] = 1.0
    y = np.array([row["label"] for row in rows], dtype=float)
    w, b = np.zeros(len(vocab)), 0.0
    gw2, gb2 = np.full(len(vocab), 1e-8), 1e-8
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        gw = (x.T @ (p - y) + L2 * w) / len(y)
        gb = float((p - y).mean())
        gw2 += gw * gw
        gb2 += gb * gb
        w -= STEP_SIZE * gw / np.sqrt(gw2)
        b -= STEP_SIZE * gb / gb2 ** 0.5
    weights = {f: round(float(v), 3) for f, v in zip(vocab, w) if abs(v) >= 0.0005}
    return {"bias": round(float(b), 3), "weights": weights}


def event_f1(results: list, gold: dict[str, list[dict]], kept: Callable[[str, int], bool]) -> tuple[float, int, int, int]:
    """F1 of asserted (type, actor, recipient) tuples, as `eval` counts it, over the records `kept` keeps."""
    tp = fp = fn = 0
    for result in results:
        shown = SimpleNamespace(events=[ev for n, ev in enumerate(result.events) if kept(result.article.id, n)])
        predicted = tuples_of(shown)
        asserted = {(g["event"], g.get("actor"), g.get("recipient")) for g in gold.get(result.article.id, [])
                    if g.get("polarity", "asserted") == "asserted"}
        tp, fp, fn = tp + len(predicted & asserted), fp + len(predicted - asserted), fn + len(asserted - predicted)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(f1, 4), tp, fp, fn


def train(results: list, gold: dict[str, list[dict]], about: dict | None = None) -> dict:
    """The model file's content: fold models, the full model, the threshold and the measured F1s."""
    rows = labelled_records(results, gold)
    folds, out_of_fold = [], {}
    for k in range(FOLDS):
        model = fit([r for r in rows if fold_of(r["article"]) != k])
        folds.append(model)
        for r in rows:
            if fold_of(r["article"]) == k:
                out_of_fold[(r["article"], r["n"])] = probability(model, r["features"])
    rules_alone = event_f1(results, gold, lambda a, n: True)
    scored = [(t, event_f1(results, gold, lambda a, n, t=t: out_of_fold[(a, n)] >= t)) for t in THRESHOLDS]
    threshold, best = max(scored, key=lambda s: (s[1][0], -s[0]))
    return {
        "about": "eventwire confidence model: logistic regression over record features (eventwire/confidence.py); "
                 "rebuild with `eventwire train-confidence`",
        **(about or {}),
        "records": len(rows), "right": sum(r["label"] for r in rows), "folds_k": FOLDS, "l2": L2,
        "threshold": threshold,
        "cross_validated": {"rules_alone": dict(zip(("f1", "tp", "fp", "fn"), rules_alone)),
                            "with_model": dict(zip(("f1", "tp", "fp", "fn"), best))},
        "fold_of_text": {text_digest(r.article.text): fold_of(r.article.id) for r in results},
        "model": fit(rows),
        "folds": folds,
    }


def file_digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def train_confidence(gold_path: str | Path, corpus_path: str | Path, out_path: str | Path,
                     progress: Callable | None = None) -> dict:
    """Codes the corpus with every record kept, trains, writes the model file; returns its content."""
    from .pipeline import Extractor
    from .read import iter_articles
    from .records import Article

    gold = load_gold(gold_path)
    articles = [a for a in iter_articles([str(corpus_path)]) if isinstance(a, Article)]
    extractor = Extractor(score_confidence=False)
    stream = extractor.extract_many(articles)
    results = list(progress(stream, total=len(articles)) if progress else stream)
    spec = train(results, gold, {"gold_digest": file_digest(gold_path), "corpus_digest": file_digest(corpus_path),
                                 "articles": len(articles)})
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    Path(out_path).write_text(json.dumps(spec, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return spec
