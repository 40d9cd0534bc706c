"""Confidence: how likely a coded record is right, from a small trained model.

The rules code every event they can read; this stage scores each finished record with a logistic
model trained on the sample corpus's gold (`eventwire train-confidence`) and puts the score in
`confidence`: the model's probability that the record is right, i.e. that one of its (type, actor
code, recipient code) tuples is a gold line of its polarity. `--min-confidence P` leaves out the
records below P; by default every record is kept: as a filter at its cross-validated cut the model
moved held-out F1 by at most one record and dropped most negated and hypothetical records, while as a
ranking it beats the old rule on held-out text (docs/results.md).

Features are read off the finished record, never its words: its type, polarity and mode; whether
each side is named, coded, inferred, a pronoun, or named outside the sentence; its sectors; how
many tellings were merged into it; where in the article it is; whether it sits inside a quotation.
The trigger and the words around it were features once: they fitted the sample and ranked worse on
the PLOVER GSR's sentences (AUC 0.716 against 0.751 without them).

An article the model was trained on is scored by the model of the cross-validation fold that did
not see it (matched by a digest of its text), so the sample's figures stay out-of-sample.
"""
from __future__ import annotations

import hashlib
import json
import math
from functools import lru_cache
from pathlib import Path

from .data_files import data_path
from .records import EventMention

MODEL_FILE = ("models", "confidence.json")
PRONOUNS = frozenset("he she they it his her their its we i him them us".split())
QUOTE_MARKS = ('"', "\u201c", "\u201d")


def text_digest(text: str) -> str:
    """The key that tells an article the model was trained on (ids are not unique across corpora)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def record_features(ev: EventMention, text: str) -> list[str]:
    """The names of the features a record has (each counts 1)."""
    kind = ev.event
    trigger = text[ev.trigger_start:ev.trigger_end].lower()
    out = [f"type={kind}", f"polarity={ev.polarity}", f"polarity|type={ev.polarity}|{kind}",
           f"trigger_words={_bucket(len(trigger.split()), (1, 2))}"]
    out += [f"mode={kind}|{m}" for m in ev.mode]
    out += _side_features("actor", ev.actor, ev, kind)
    out += _side_features("recipient", ev.recipient, ev, kind)
    if {e.code for e in ev.actor if e.code} & {e.code for e in ev.recipient if e.code}:
        out.append("actor_code_is_recipient_code")
    out.append(f"tellings={_bucket(len(ev.mentions), (1, 2, 3))}")
    out.append(f"sentence_index={_bucket(ev.sequence, (0, 1, 2, 4, 7, 12))}")
    out += [f"attribution={k}" for k, told in sorted(ev.attribution.items()) if told]
    if ev.derived:
        out.append("derived_intent")
    before = text[ev.sent_start:ev.trigger_start]
    if sum(before.count(q) for q in QUOTE_MARKS) % 2:
        out.append("inside_quotation")
    out.append(f"sentence_words={_bucket(len(text[ev.sent_start:ev.sent_end].split()), (10, 20, 30, 45))}")
    if ev.size.dead is not None:
        out.append("has_dead")
    if ev.event_loc:
        out.append("has_place")
    if ev.links:
        out.append("has_links")
    return out


def _side_features(side: str, entities: list, ev: EventMention, kind: str) -> list[str]:
    if not entities:
        return [f"{side}:none", f"{side}:none|{kind}"]
    coded = any(e.code for e in entities)
    out = [f"{side}:coded={coded}", f"{side}:coded={coded}|{kind}", f"{side}:count={_bucket(len(entities), (1, 2))}"]
    for e in entities[:3]:
        out += [f"{side}:sector={e.sector}", f"{side}:sector|type={e.sector}|{kind}", f"{side}:inferred={e.inferred}"]
        if PRONOUNS.intersection(e.entity_text.lower().split()[:1]):  # its first word
            out.append(f"{side}:pronoun")
        if not ev.sent_start <= e.start < ev.sent_end:
            out.append(f"{side}:outside_sentence")
    return out


class ConfidenceModel:
    """A logistic model per fold plus one over every training article, and the cut that did best in
    cross-validation (reported, not applied by default)."""

    def __init__(self, spec: dict) -> None:
        self.spec = spec
        self.threshold = float(spec["threshold"])
        self.full = spec["model"]
        self.folds = spec.get("folds", [])
        self.fold_of_text = spec.get("fold_of_text", {})

    def weights_for(self, text: str) -> dict:
        fold = self.fold_of_text.get(text_digest(text))
        return self.folds[fold] if fold is not None else self.full

    def probability(self, features: list[str], weights: dict) -> float:
        return probability(weights, features)


def probability(weights: dict, features: list[str]) -> float:
    """The logistic of a fitted model's bias plus the weights of `features` (a model file's `bias`/`weights`)."""
    z = weights["bias"] + sum(weights["weights"].get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ConfidenceModel:
    """The shipped model (eventwire/data/models/confidence.json), or the one at `path`."""
    where = Path(path) if path else data_path(*MODEL_FILE)
    try:
        spec = json.loads(where.read_text(encoding="utf-8"))
        return ConfidenceModel(spec)
    except (OSError, ValueError, KeyError) as exc:
        raise RuntimeError(f"eventwire: cannot read the confidence model {where}: {exc}; "
                           "rebuild it with `eventwire train-confidence`") from exc


def score_events(events: list[EventMention], text: str, model: ConfidenceModel,
                 min_confidence: float = 0.0) -> list[EventMention]:
    """Sets each record's confidence; returns the records at or above `min_confidence`, with links to
    the records left out dropped."""
    weights = model.weights_for(text)
    for ev in events:
        ev.confidence = model.probability(record_features(ev, text), weights)
    # compared as written (to_plover rounds to 3 places): "--min-confidence 0.95" keeps a record shown as 0.95
    kept = [ev for ev in events if round(ev.confidence, 3) >= min_confidence]
    if len(kept) < len(events):
        ids = {ev.id for ev in kept}
        for ev in kept:
            ev.links = [link for link in ev.links if link.get("event_id") in ids]
    return kept
