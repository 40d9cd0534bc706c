"""Scoring: tuple matching, old GSR labels, polarity traps."""
import json
from datetime import date

import pytest

from conftest import ROOT
from eventwire import evaluate
from eventwire.records import Article, ArticleResult, Entity, EventMention

GSR = ROOT.parent / "shared" / "eval" / "plover_gsr.json"


def _event(etype, actor, recipient, polarity="asserted"):
    ent = lambda code: [Entity(code or "x", code, code, None, 0, 1)] if code is not None else []  # noqa: E731
    return EventMention("a-e1", "a", etype, [], [], None, 4, ent(actor), ent(recipient), ["x"], 0, 0, 1, 0, 1, polarity)


def _result(*events):
    return ArticleResult(Article("a", "text"), list(events), [])


def test_tuples_only_count_asserted_events():
    result = _result(_event("ASSAULT", "ISR", "PSE"), _event("SANCTION", "USA", "RUS", "future"))
    assert evaluate.tuples_of(result) == {("ASSAULT", "ISR", "PSE")}


def _confident(etype, actor, recipient, confidence):
    ev = _event(etype, actor, recipient)
    ev.confidence = confidence
    return ev


def test_confidence_ranking_is_the_chance_a_right_record_outranks_a_wrong_one():
    gold = lambda unit: {("ASSAULT", "ISR", "PSE")}  # noqa: E731
    right, wrong = _confident("ASSAULT", "ISR", "PSE", 0.9), _confident("PROTEST", "PSE", None, 0.2)
    assert evaluate.confidence_ranking([_result(right, wrong)], gold)["auc"] == 1.0
    right.confidence, wrong.confidence = 0.1, 0.8
    assert evaluate.confidence_ranking([_result(right, wrong)], gold)["auc"] == 0.0
    wrong.confidence = 0.1
    ranking = evaluate.confidence_ranking([_result(right, wrong)], gold)
    assert (ranking["records"], ranking["right"], ranking["auc"]) == (2, 1, 0.5)


def test_confidence_bands_say_how_many_records_in_each_are_right():
    gold = lambda unit: {("ASSAULT", "ISR", "PSE")}  # noqa: E731
    records = [_confident("ASSAULT", "ISR", "PSE", 0.97), _confident("PROTEST", "PSE", None, 0.96),
               _confident("ASSAULT", "ISR", "PSE", 0.6), _confident("ACCUSE", "PSE", None, 0.2)]
    bands = evaluate.confidence_ranking([_result(*records)], gold)["right_by_band"]
    assert bands == {">=0.0": "0/1", ">=0.5": "1/1", ">=0.95": "1/2"}


def test_confidence_ranking_needs_right_and_wrong_records():
    only_right = _confident("ASSAULT", "ISR", "PSE", 0.9)
    assert evaluate.confidence_ranking([_result(only_right)], lambda unit: {("ASSAULT", "ISR", "PSE")})["auc"] is None


def test_score_counts_tp_fp_fn():
    report = evaluate.Report("t")
    report.add("u1", {("ASSAULT", "ISR", "PSE"), ("ACCUSE", "PSE", "ISR")}, {("ASSAULT", "ISR", "PSE"), ("PROTEST", "PSE", None)})
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 1)
    assert report.overall.precision == 0.5 and report.overall.recall == 0.5
    assert report.per_type["ACCUSE"].fn == 1 and report.per_type["PROTEST"].fp == 1


def test_gold_trap_reported_as_asserted_is_a_false_positive(tmp_path):
    gold = {"a": [{"article_id": "a", "event": "ASSAULT", "actor": "TUR", "recipient": "SYR", "polarity": "negated"}]}
    report = evaluate.score_gold([_result(_event("ASSAULT", "TUR", "SYR"))], gold)
    assert report.overall.fp == 1
    assert report.extra["non_asserted_traps"]["not_reported_as_asserted"] == 0
    ok = evaluate.score_gold([_result(_event("ASSAULT", "TUR", "SYR", "negated"))], gold)
    assert ok.overall.fp == 0 and ok.extra["non_asserted_traps"]["not_reported_as_asserted"] == 1


def test_gsr_loader_maps_old_labels_and_codes(tmp_path):
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps([
        {"id": "D", "event": "DOCUMENT"},
        {"id": "1", "event": "DEMAND", "text": "Tokyo asked Paris to act.",
         "source": [{"actorText": "Tokyo", "code": "JAP"}], "target": [{"actorText": "Paris", "code": "FRA"}]},
        {"id": "2", "event": "INVESTIGATE", "text": "x", "source": [], "target": ""},
        {"id": "3", "event": "FIGHT", "text": "Rebels fought.", "source": [{"code": "SDN"}], "target": ""},
    ]))
    articles, gold, dropped = evaluate.load_gsr(path)
    assert [a.id for a in articles] == ["1", "3"] and dropped == 1
    assert gold["1"] == {("REQUEST", "JPN", "FRA")}
    assert gold["3"] == {("ASSAULT", "SDN", None)}
    assert articles[0].published == date(2000, 1, 1)


def test_gsr_records_sharing_an_id_keep_their_own_gold_and_place(tmp_path):
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps([
        {"id": "X", "event": "COERCE", "text": "Rebels blew up power lines near Kabul.",
         "source": [{"code": "AFG"}], "target": "", "eventLoc": {"name": "Kabul"}},
        {"id": "X", "event": "COERCE", "text": "Israel closed the crossings.",
         "source": [{"code": "ISR"}], "target": [{"code": "PSE"}]},
    ]))
    articles, gold, _ = evaluate.load_gsr(path)
    assert [a.id for a in articles] == ["X", "X#2"]
    assert gold["X"] == {("COERCE", "AFG", None)} and gold["X#2"] == {("COERCE", "ISR", "PSE")}
    assert evaluate.load_gsr_places(path) == {"X": {"name": "Kabul"}}


def test_a_sentence_the_gsr_gives_twice_is_one_unit_with_both_events(tmp_path):
    path = tmp_path / "gsr.json"
    text = "Chad opened its border to the refugees and refused to return them to Sudan."
    path.write_text(json.dumps([
        {"id": "A", "event": "AID", "text": text, "source": [{"code": "TCD"}], "target": "", "eventLoc": {"name": "Chad"}},
        {"id": "B", "event": "REJECT", "text": text, "source": [{"code": "TCD"}], "target": [{"code": "SDN"}]},
    ]))
    articles, gold, _ = evaluate.load_gsr(path)
    assert [a.id for a in articles] == ["A"]
    assert gold == {"A": {("AID", "TCD", None), ("REJECT", "TCD", "SDN")}}
    assert evaluate.load_gsr_places(path) == {"A": {"name": "Chad"}}


def test_unknown_gold_type_is_rejected(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"article_id": "a", "event": "FIGHT"}) + "\n")
    with pytest.raises(ValueError, match="unknown event type"):
        evaluate.load_gold(path)


@pytest.mark.skipif(not GSR.exists(), reason="shared/eval not beside the repository")
def test_real_gsr_loads_every_record():
    articles, gold, dropped = evaluate.load_gsr(GSR)
    # 322 records, six of them a second copy of a sentence with another of its events: 316 sentences
    assert len(articles) + dropped == 316
    assert len({a.id for a in articles}) == len(articles)
    assert all(gold[a.id] for a in articles)


def test_gsr_labels_named_international_ngos_igo_and_keeps_unnamed_groups_ngo():
    named = Entity("Amnesty", "Amnesty International", "NGO", None, 0, 7)
    unnamed = Entity("a rights group", "rights group", "NGO", None, 0, 14)
    un = Entity("the UN", "United Nations", "UNO", None, 0, 6)
    assert [evaluate.gsr_code_of(e) for e in (named, unnamed, un)] == ["IGO", "NGO", "IGO"]


def test_a_merged_telling_that_names_no_doer_is_a_tuple_of_its_own():
    strike = _event("ASSAULT", "TUR", "SYR")
    victim = {"entity_text": "soldiers", "identifier_text": None, "code": "SYR", "sector": "MIL", "start": 0, "end": 1}
    strike.mentions = [strike.own_mention(), {**strike.own_mention(), "actor": [], "recipient": [victim]},
                       {**strike.own_mention(), "actor": [], "recipient": [], "polarity": "negated"}]
    assert evaluate.tuples_of(_result(strike)) == {("ASSAULT", "TUR", "SYR"), ("ASSAULT", None, "SYR")}
