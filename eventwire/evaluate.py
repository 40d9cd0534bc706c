"""Scoring extraction against gold codings.

The unit scored is the tuple (event type, actor code, recipient code), per
article (or per sentence for the GSR). Several actors or recipients give one
tuple per pair; a missing side is None. A telling merged into a record that
names no doer is a tuple of its own. Only asserted events count as
predictions: a negated or hypothetical event that comes out asserted is a
false positive, one that stays non-asserted costs nothing.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from functools import lru_cache
from typing import Callable, Iterable

from .lexicon import PLOVER_TYPES
from .data_files import data_path, read_tsv
from .records import Article, ArticleResult, Entity

# PLOVER GSR 0.5b1 predates PLOVER 2.0: its old labels, and CAMEO-era country codes.
GSR_TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": None}
GSR_CODE_MAP = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# The GSR codes the UN and the EU as IGO; we use PLOVER 2.0's UNO and EUR.
GSR_PREDICTED_CODE_MAP = {"UNO": "IGO", "EUR": "IGO"}
# The GSR also codes every named international organisation as IGO, the non-governmental ones
# included (Amnesty International, the Red Cross, the Red Crescent: five records); it keeps NGO for
# unnamed or local groups ("a human rights group", a national forum). Our NGO for an organisation named
# in orgs.tsv is therefore scored as IGO against it.

Tuple3 = tuple[str, str | None, str | None]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    name: str
    overall: Score = field(default_factory=Score)
    per_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    units: int = 0
    exact_units: int = 0
    errors: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def add(self, unit_id: str, gold: set[Tuple3], predicted: set[Tuple3], text: str = "") -> None:
        self.units += 1
        self.exact_units += gold == predicted
        for t in predicted & gold:
            self.overall.tp += 1
            self.per_type[t[0]].tp += 1
        for t in predicted - gold:
            self.overall.fp += 1
            self.per_type[t[0]].fp += 1
        for t in gold - predicted:
            self.overall.fn += 1
            self.per_type[t[0]].fn += 1
        if gold != predicted:
            self.errors.append({"id": unit_id, "missed": sorted(gold - predicted, key=str),
                                "spurious": sorted(predicted - gold, key=str), "text": text[:300]})

    def as_dict(self) -> dict:
        return {"name": self.name, "units": self.units, "exact_units": self.exact_units,
                "overall": self.overall.as_dict(),
                "per_type": {t: s.as_dict() for t, s in sorted(self.per_type.items())},
                "notes": self.notes, **self.extra}


def tuples_of(result: ArticleResult, code_of: Callable[[Entity], str | None] | None = None) -> set[Tuple3]:
    code_of = code_of or (lambda entity: entity.code)
    out: set[Tuple3] = set()
    for ev in result.events:
        if ev.polarity != "asserted":
            continue
        actors = [code_of(a) for a in ev.actor] or [None]
        recipients = [code_of(r) for r in ev.recipient] or [None]
        out |= {(ev.event, a, r) for a in actors for r in recipients}
        out |= _doerless_tellings(ev, code_of)
    return out


def confidence_ranking(results: Iterable[ArticleResult], right_tuples: Callable[[str], set[Tuple3]],
                       code_of: Callable[[Entity], str | None] | None = None) -> dict:
    """How well `confidence` ranks the asserted records: the chance that a right record (one of its
    tuples is gold) scores above a wrong one (AUC; ties count half). 0.5 is no better than chance."""
    code_of = code_of or (lambda entity: entity.code)
    scored = []
    for result in results:
        gold = right_tuples(result.article.id)
        for ev in result.events:
            if ev.polarity != "asserted":
                continue
            actors = [code_of(a) for a in ev.actor] or [None]
            recipients = [code_of(r) for r in ev.recipient] or [None]
            scored.append((ev.confidence, bool({(ev.event, a, r) for a in actors for r in recipients} & gold)))
    right = sum(y for _, y in scored)
    wrong = len(scored) - right
    return {"records": len(scored), "right": right, "auc": round(_rank_auc(scored), 3) if right and wrong else None,
            "right_by_band": _right_by_band(scored)}


CONFIDENCE_BANDS = (0.0, 0.5, 0.7, 0.85, 0.95)


def _right_by_band(scored: list[tuple[float, bool]]) -> dict[str, str]:
    """"right/records" per confidence band, for choosing a --min-confidence."""
    out = {}
    for lo, hi in zip(CONFIDENCE_BANDS, CONFIDENCE_BANDS[1:] + (1.01,)):
        band = [y for c, y in scored if lo <= c < hi]
        if band:
            out[f">={lo}"] = f"{sum(band)}/{len(band)}"
    return out


def _rank_auc(scored: list[tuple[float, bool]]) -> float:
    ranked = sorted(scored, key=lambda s: s[0])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mid_rank = (i + 1 + j) / 2  # tied scores share the mean of their ranks
        rank_sum += mid_rank * sum(1 for _, y in ranked[i:j] if y)
        i = j
    right = sum(1 for _, y in scored if y)
    wrong = len(scored) - right
    return (rank_sum - right * (right + 1) / 2) / (right * wrong)


def _doerless_tellings(ev, code_of: Callable[[Entity], str | None]) -> set[Tuple3]:
    """The tuples of the asserted tellings merged into `ev` that name no doer: the gold codes each
    distinct tuple of an article, so "Soleimani was killed in a strike" is (ASSAULT, None, IRN) even
    when another telling of the strike names the United States."""
    out: set[Tuple3] = set()
    for m in ev.mentions:
        if "actor" not in m or m["actor"] or m.get("polarity", ev.polarity) != "asserted":
            continue
        recipients = [code_of(Entity(**r)) for r in m["recipient"]] or [None]
        out |= {(ev.event, None, r) for r in recipients}
    return out


# --- PLOVER GSR ----------------------------------------------------------------

@lru_cache(maxsize=1)
def _named_ngos() -> frozenset[str]:
    return frozenset(row["name"] for row in read_tsv(data_path("actors", "orgs.tsv")) if row["code"] == "NGO")


def gsr_code_of(entity: Entity) -> str | None:
    """Our code for an entity, in the GSR's labels."""
    if entity.code == "NGO" and entity.identifier_text in _named_ngos():
        return "IGO"
    return GSR_PREDICTED_CODE_MAP.get(entity.code, entity.code)


def _gsr_codes(value) -> list[str | None]:
    if not value or isinstance(value, str):
        return [None]
    if isinstance(value, dict):
        value = [value]
    codes = [GSR_CODE_MAP.get(a.get("code"), a.get("code")) for a in value if isinstance(a, dict)]
    return codes or [None]


def _markup(rec: dict) -> str:
    info = rec.get("textInfo")
    return info.get("markup", "") if isinstance(info, dict) else str(info or "")


def _with_unique_ids(records: list) -> list[dict]:
    """The GSR's records, each with an id of its own: the file gives two different sentences one id
    (PLOVER-GSR01-COERCE-0004), and keyed by it the second's gold would stand for both. A repeated
    id gets "#2", "#3"..."""
    seen: Counter = Counter()
    out = []
    for rec in records:
        if not isinstance(rec, dict):
            continue
        if rec.get("id"):
            seen[rec["id"]] += 1
            if seen[rec["id"]] > 1:
                rec = {**rec, "id": f"{rec['id']}#{seen[rec['id']]}"}
        out.append(rec)
    return out


def load_gsr(path: str | Path) -> tuple[list[Article], dict[str, set[Tuple3]], int]:
    """GSR sentences as articles, their gold tuples, and how many INVESTIGATE records were left out."""
    records = _with_unique_ids(json.loads(Path(path).read_text(encoding="utf-8")))
    articles, gold, dropped = [], {}, 0
    unit_of = _sentence_units(records)
    for rec in records:
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        etype = GSR_TYPE_MAP.get(rec["event"], rec["event"])
        if etype is None:
            dropped += 1
            continue
        unit = unit_of[rec["id"]]
        if unit == rec["id"]:
            articles.append(Article(id=rec["id"], text=rec["text"], published=date(2000, 1, 1), origin=str(path)))
        sources, targets = _gsr_codes(rec.get("source")), _gsr_codes(rec.get("target"))
        tuples = {(etype, a, r) for a in sources for r in targets}
        if "SRC/TAR" in _markup(rec) and len(sources) > 1:
            # "(SRC/TAR: Israel) and (SRC/TAR: Lebanon) held talks": each acts on the other
            tuples = {(etype, a, b) for i, a in enumerate(sources) for j, b in enumerate(sources) if i != j}
        gold[unit] = gold.get(unit, set()) | tuples
    return articles, gold, dropped


def _sentence_units(records: list[dict]) -> dict[str, str]:
    """Record id -> the id of the first record with the same sentence. The unit scored is the sentence:
    six sentences are in the file twice, each time with another of its events ("Benin opened its
    borders ..." as AID and as REJECT), and scored per record the right event of the other copy would
    count as spurious."""
    first: dict[str, str] = {}
    return {rec["id"]: first.setdefault(rec.get("text") or rec["id"], rec["id"]) for rec in records if rec.get("id")}


def load_gsr_places(path: str | Path) -> dict[str, dict]:
    """GSR sentence (the id of its first record) -> its eventLoc ({"name", "country code"}), for the
    sentences that have one."""
    records = _with_unique_ids(json.loads(Path(path).read_text(encoding="utf-8")))
    unit_of = _sentence_units(records)
    places: dict[str, dict] = {}
    for rec in records:
        if isinstance(rec.get("eventLoc"), dict) and rec.get("id"):
            places.setdefault(unit_of[rec["id"]], rec["eventLoc"])
    return places


def score_gsr(results: Iterable[ArticleResult], gold: dict[str, set[Tuple3]], dropped: int) -> Report:
    report = Report("PLOVER GSR 0.5b1")
    results = list(results)
    for result in results:
        report.add(result.article.id, gold[result.article.id], tuples_of(result, gsr_code_of), result.article.text)
    report.extra["confidence_ranking"] = confidence_ranking(results, lambda unit: gold.get(unit, set()), gsr_code_of)
    report.notes.append(f"{dropped} INVESTIGATE records left out (no PLOVER 2.0 type)")
    report.notes.append("old labels mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT; "
                        "codes JAP->JPN ITL->ITA VTN->VNM; our UNO/EUR and named NGOs (orgs.tsv) scored as the GSR's IGO")
    return report


# --- our own gold ----------------------------------------------------------------

def load_gold(path: str | Path) -> dict[str, list[dict]]:
    """Gold JSONL: one line per gold event tuple (see examples/README.md)."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("event") not in PLOVER_TYPES:
                raise ValueError(f"{path}:{n}: unknown event type {row.get('event')!r}")
            by_article[row["article_id"]].append(row)
    return by_article


def score_gold(results: Iterable[ArticleResult], gold: dict[str, list[dict]], name: str = "eventwire sample corpus") -> Report:
    report = Report(name)
    traps = Counter()
    polarity_hits = Counter()
    results = list(results)
    for result in results:
        rows = gold.get(result.article.id, [])
        asserted = {(r["event"], r.get("actor"), r.get("recipient")) for r in rows if r.get("polarity", "asserted") == "asserted"}
        predicted = tuples_of(result)
        report.add(result.article.id, asserted, predicted, result.article.text)
        for r in rows:
            pol = r.get("polarity", "asserted")
            if pol == "asserted":
                continue
            key = (r["event"], r.get("actor"), r.get("recipient"))
            traps["total"] += 1
            wrongly_asserted = key in predicted and key not in asserted
            traps["kept out"] += not wrongly_asserted
            found = [ev for ev in result.events if ev.event == r["event"] and ev.polarity == pol]
            polarity_hits[pol] += bool(found)
            polarity_hits[pol + " total"] += 1
    if traps["total"]:
        report.extra["non_asserted_traps"] = {
            "gold": traps["total"], "not_reported_as_asserted": traps["kept out"],
            "found_with_right_polarity": {p: f"{polarity_hits[p]}/{polarity_hits[p + ' total']}"
                                          for p in ("negated", "hypothetical", "future") if polarity_hits[p + " total"]},
        }
    report.extra["confidence_ranking"] = confidence_ranking(results, lambda unit: {
        (r["event"], r.get("actor"), r.get("recipient")) for r in gold.get(unit, []) if r.get("polarity", "asserted") == "asserted"})
    return report


# --- printing ---------------------------------------------------------------------

def format_report(report: Report) -> str:
    lines = [f"== {report.name}: {report.units} units, {report.exact_units} exactly right "
             f"({report.exact_units / max(report.units, 1):.0%})"]
    lines.append(f"{'type':<11} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}")
    rows = sorted(report.per_type.items()) + [("OVERALL", report.overall)]
    for name, s in rows:
        lines.append(f"{name:<11} {s.tp + s.fn:>5} {s.tp + s.fp:>5} {s.tp:>5} "
                     f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
    for note in report.notes:
        lines.append(f"  note: {note}")
    for key, value in report.extra.items():
        lines.append(f"  {key}: {json.dumps(value)}")
    return "\n".join(lines)


def format_errors(report: Report, limit: int) -> str:
    out = []
    for err in report.errors[:limit]:
        out.append(f"- {err['id']}: missed {err['missed']} spurious {err['spurious']}\n    {err['text']}")
    return "\n".join(out)
