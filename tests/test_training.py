from types import SimpleNamespace

from eventwire.records import Article, Entity
from eventwire.training import event_f1, fit, fold_of, labelled_records, probability, train


def test_folds_are_fixed_by_the_article_id():
    assert fold_of("ew-001") == fold_of("ew-001")
    assert {fold_of(f"ew-{n:03d}") for n in range(60)} == set(range(5))


def test_fit_learns_which_features_go_with_right_records():
    rows = [{"article": "a", "n": i, "features": ["coded", "x"], "label": 1} for i in range(20)]
    rows += [{"article": "b", "n": i, "features": ["uncoded", "x"], "label": 0} for i in range(20)]
    rows.append({"article": "b", "n": 99, "features": ["seen_once"], "label": 1})
    model = fit(rows)
    assert model["weights"]["coded"] > 0 > model["weights"]["uncoded"]
    assert "seen_once" not in model["weights"]  # one sentence is not a pattern
    assert probability(model, ["coded", "x"]) > 0.8 > 0.2 > probability(model, ["uncoded", "x"])


def _event(kind, actor, recipient, polarity="asserted", start=0):
    side = lambda code: [Entity(code or "someone", None, code, None, start, start + 3)] if code is not False else []
    return SimpleNamespace(event=kind, actor=side(actor), recipient=side(recipient), polarity=polarity, mentions=[{}],
                           attribution={}, derived=False, mode=[], sequence=0, sent_start=0, sent_end=20,
                           trigger_start=start, trigger_end=start + 3, size=SimpleNamespace(dead=None),
                           event_loc=None, links=[])


def _results():
    text = "Some words of an article."
    right = _event("ASSAULT", "USA", "IRQ")
    wrong = _event("ACCUSE", "FRA", None)
    negated = _event("ASSAULT", "IRQ", "USA", polarity="negated")
    return [SimpleNamespace(article=Article(id="ew-001", text=text), events=[right, wrong, negated])], {
        "ew-001": [{"event": "ASSAULT", "actor": "USA", "recipient": "IRQ"},
                   {"event": "ASSAULT", "actor": "IRQ", "recipient": "USA", "polarity": "negated"},
                   {"event": "REQUEST", "actor": "IRQ", "recipient": None}]}


def test_records_are_right_when_a_tuple_is_a_gold_line_of_their_polarity():
    results, gold = _results()
    assert [r["label"] for r in labelled_records(results, gold)] == [1, 0, 1]


def test_event_f1_counts_asserted_tuples_as_eval_does():
    results, gold = _results()
    assert event_f1(results, gold, lambda a, n: True) == (0.5, 1, 1, 1)
    assert event_f1(results, gold, lambda a, n: n != 1) == (round(2 / 3, 4), 1, 0, 1)


def test_training_is_reproducible_and_reports_its_cross_validation():
    results, gold = _results()
    many = [SimpleNamespace(article=Article(id=f"ew-{n:03d}", text=f"Article {n}."), events=results[0].events)
            for n in range(20)]
    gold_many = {a.article.id: gold["ew-001"] for a in many}
    first, second = train(many, gold_many), train(many, gold_many)
    assert first == second
    assert first["records"] == 60 and first["right"] == 40
    assert len(first["folds"]) == first["folds_k"] == 5
    assert first["cross_validated"]["rules_alone"]["f1"] == 0.5
    assert first["cross_validated"]["with_model"]["f1"] >= 0.5
