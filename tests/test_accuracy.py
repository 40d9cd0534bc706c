"""Accuracy of dates, places and identities against gold (eventwire.accuracy).

Events are built by hand, so these tests do not depend on the parser."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.accuracy import (PLACE_TOLERANCE_KM, Accuracy, km_between, match_event, score_identities,
                                score_when_where)
from eventwire.records import Article, ArticleResult, Entity, EventMention

PLACE_KEY = f"place within {PLACE_TOLERANCE_KM:.0f} km"

SENTENCES = ["Rebels shelled the border post on Monday.",
             "Police arrested ten marchers and troops shelled a village near Homs.",
             "The governor condemned the shelling."]
TEXT = " ".join(SENTENCES)


def _sentence(n: int) -> str:
    return SENTENCES[n]


def event(kind: str, trigger: str, nth: int = 0, actor: str | None = None, day: str | None = "2024-03-11",
          place: dict | None = None, text: str = TEXT, article_id: str = "a1") -> EventMention:
    """An event of type `kind` whose trigger is the nth occurrence of `trigger` in the text."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(trigger, at + 1)
    sent_start = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
    sent_end = text.find(".", at) + 1
    return EventMention(
        id=f"{article_id}-{kind}-{at}", article_id=article_id, event=kind, mode=[], context=[], cameo=None,
        quad_code=None, actor=[Entity(actor, actor, actor, None, 0, 1)] if actor else [], recipient=[],
        event_text=[trigger], sequence=0, sent_start=sent_start, sent_end=sent_end, trigger_start=at,
        trigger_end=at + len(trigger), date=day, date_precision="day" if day else None, event_loc=place)


def result(*events: EventMention, text: str = TEXT, article_id: str = "a1") -> ArticleResult:
    return ArticleResult(Article(id=article_id, text=text, published=date(2024, 3, 15)), list(events), [])


# ---------------------------------------------------------------- distances

def test_km_between_baghdad_and_tehran():
    km = km_between(33.3152, 44.3661, 35.6892, 51.3890)
    assert abs(km - 690) <= 690 * 0.05


def test_km_between_is_symmetric_and_zero_on_the_spot():
    assert km_between(33.3, 44.4, 33.3, 44.4) == 0.0
    assert km_between(10, 20, -30, 140) == pytest.approx(km_between(-30, 140, 10, 20))
    # half the globe along the equator
    assert km_between(0, 0, 0, 180) == pytest.approx(3.14159 * 6371, rel=0.01)


# ---------------------------------------------------------------- matching gold to coded events

def test_match_event_picks_the_event_of_the_gold_sentence_and_type():
    first = event("ASSAULT", "shelled", 0)
    arrest = event("COERCE", "arrested")
    second = event("ASSAULT", "shelled", 1)
    accuse = event("ACCUSE", "condemned")
    coded = result(first, arrest, second, accuse)
    row = {"article_id": "a1", "event": "ASSAULT", "sentence": _sentence(1), "trigger": "shelled"}
    assert _sentence(1).startswith("Police arrested")
    assert match_event(row, coded) is second
    assert match_event(dict(row, sentence=_sentence(0)), coded) is first
    assert match_event(dict(row, event="COERCE"), coded) is arrest
    assert match_event(dict(row, event="PROTEST"), coded) is None  # no event of that type there
    assert match_event(dict(row, sentence="Nothing like this was written."), coded) is None


def test_match_event_trigger_and_actor_break_ties():
    text = "Troops shelled the town and rebels attacked a checkpoint."
    shelled = event("ASSAULT", "shelled", actor="SYR", text=text)
    attacked = event("ASSAULT", "attacked", actor="REB", text=text)
    coded = result(shelled, attacked, text=text)
    row = {"article_id": "a1", "event": "ASSAULT", "sentence": text}
    assert match_event(dict(row, trigger="attacked"), coded) is attacked
    assert match_event(dict(row, trigger="shelled"), coded) is shelled
    assert match_event(dict(row, actor="REB"), coded) is attacked


# ---------------------------------------------------------------- dates and places

def _gold(event_type: str, sentence: str, day: str = "2024-03-11", place: dict | None = None, **extra) -> dict:
    return {"article_id": "a1", "event": event_type, "sentence": sentence, "date": day, "enddate": None,
            "place": place, **extra}


def test_a_missed_gold_event_counts_as_not_found_and_not_as_a_date():
    coded = result(event("ASSAULT", "shelled", 0))
    rows = [_gold("ASSAULT", _sentence(0)), _gold("PROTEST", _sentence(1))]
    report = score_when_where([coded], rows, "test")
    assert isinstance(report, Accuracy) and report.name == "test"
    found = report.metrics["gold events found"]
    assert (found.correct, found.total) == (1, 2)
    exact = report.metrics["date exact"]
    assert (exact.correct, exact.total) == (1, 1)
    assert report.metrics[PLACE_KEY].total == 1
    assert report.errors == []


def test_a_wrong_date_is_an_error_of_the_found_event():
    coded = result(event("ASSAULT", "shelled", 0, day="2024-03-12"))
    report = score_when_where([coded], [_gold("ASSAULT", _sentence(0))], "test")
    exact = report.metrics["date exact"]
    assert (exact.correct, exact.total) == (0, 1)
    assert report.errors and report.errors[0]["date"] == ["2024-03-11", "2024-03-12"]


def test_an_article_the_coder_never_saw_is_not_found():
    report = score_when_where([], [_gold("ASSAULT", _sentence(0))], "test")
    assert (report.metrics["gold events found"].correct, report.metrics["gold events found"].total) == (0, 1)
    assert "date exact" not in report.metrics


SYRIA_GOLD = {"placename": "Syria", "country": "SYR", "feature": "country", "lat": 35.0, "lon": 38.0}


def _syria(lon: float, country: str = "SYR", feature: str = "country") -> dict:
    return {"placename": "Syria", "country": country, "admin1": None, "lat": 35.0, "lon": lon,
            "geonameid": None, "feature": feature, "start": 0, "end": 5}


def test_a_country_place_matches_on_its_code_not_its_centroid():
    predicted = _syria(41.3)
    assert km_between(35.0, 38.0, 35.0, 41.3) > 250  # the two centroids are about 300 km apart
    coded = result(event("ASSAULT", "shelled", 0, place=predicted))
    report = score_when_where([coded], [_gold("ASSAULT", _sentence(0), place=SYRIA_GOLD)], "test")
    assert (report.metrics[PLACE_KEY].correct, report.metrics[PLACE_KEY].total) == (1, 1)


def test_a_country_of_another_code_or_a_distant_city_does_not_match():
    other = result(event("ASSAULT", "shelled", 0, place=_syria(38.0, country="IRQ")))
    report = score_when_where([other], [_gold("ASSAULT", _sentence(0), place=SYRIA_GOLD)], "test")
    assert report.metrics[PLACE_KEY].correct == 0
    city = result(event("ASSAULT", "shelled", 0, place=_syria(41.3, feature="city")))
    report = score_when_where([city], [_gold("ASSAULT", _sentence(0), place=SYRIA_GOLD)], "test")
    assert report.metrics[PLACE_KEY].correct == 0
    assert report.errors[0]["km"] > 250
    near = result(event("ASSAULT", "shelled", 0, place=_syria(38.2, feature="city")))
    report = score_when_where([near], [_gold("ASSAULT", _sentence(0), place=SYRIA_GOLD)], "test")
    assert report.metrics[PLACE_KEY].correct == 1  # within the tolerance


def test_no_gold_place_wants_no_predicted_place():
    none = result(event("ASSAULT", "shelled", 0, place=None))
    some = result(event("ASSAULT", "shelled", 0, place=_syria(38.0)))
    row = _gold("ASSAULT", _sentence(0), place=None)
    assert score_when_where([none], [row], "t").metrics[PLACE_KEY].correct == 1
    assert score_when_where([some], [row], "t").metrics[PLACE_KEY].correct == 0


# ---------------------------------------------------------------- identities

UN_TEXT = ("The United Nations warned of famine. The U.N. Security Council met on Monday, "
           "and the U.N. said aid would resume.")


def _span(text: str, words: str, nth: int = 0) -> dict:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return {"entity_text": words, "start": at, "end": at + len(words)}


def _un_document(standalone: bool) -> dict:
    un_mentions = [_span(UN_TEXT, "United Nations")]
    if standalone:
        un_mentions.append(_span(UN_TEXT, "U.N.", 1))
    return {"text": UN_TEXT, "entities": [
        {"identifier_text": "United Nations", "code": "UNO", "sector": None, "mentions": un_mentions},
        {"identifier_text": "United Nations Security Council", "code": "UNO", "sector": None,
         "mentions": [_span(UN_TEXT, "U.N. Security Council")]},
    ]}


UN_GOLD = [{"article_id": "un", "identifier_text": "United Nations", "aliases": ["United Nations", "U.N."]}]


def test_score_identities_prefers_an_exact_mention():
    report = Accuracy("identities")
    score_identities({"un": _un_document(standalone=True)}, UN_GOLD, report)
    merged = report.metrics["identities merged"]
    assert (merged.correct, merged.total) == (1, 1), report.errors
    aliases = report.metrics["aliases found"]
    assert (aliases.correct, aliases.total) == (2, 2)


def test_score_identities_without_an_exact_mention_counts_the_overlapping_one():
    report = Accuracy("identities")
    score_identities({"un": _un_document(standalone=False)}, UN_GOLD, report)
    assert report.metrics["identities merged"].correct == 0
    assert report.errors[0]["resolved_to"] == ["United Nations", "United Nations Security Council"]
    assert report.metrics["aliases found"].correct == 2


def test_score_identities_a_missing_alias():
    report = Accuracy("identities")
    gold = [{"article_id": "un", "identifier_text": "United Nations", "aliases": ["United Nations", "UN"]}]
    document = _un_document(standalone=True)
    score_identities({"un": document, "other": document}, gold, report)
    assert report.metrics["identities merged"].correct == 0
    assert report.errors[0]["missing"] == ["UN"]
    assert (report.metrics["aliases found"].correct, report.metrics["aliases found"].total) == (1, 2)


def test_counts_are_scored_on_asserted_found_events_only():
    from eventwire.accuracy import score_counts
    from eventwire.records import Size

    arrest = event("COERCE", "arrested")
    arrest.size = Size(arrested=10)
    shelling = event("ASSAULT", "shelled", 1)
    shelling.size = Size(dead=3)  # the gold states none: an invented count
    rows = [_gold("COERCE", _sentence(1), arrested=10, polarity="asserted"),
            _gold("ASSAULT", _sentence(1), polarity="asserted"),
            _gold("ASSAULT", _sentence(0), dead=4, polarity="asserted"),  # not found: not scored
            _gold("COERCE", _sentence(1), arrested=99, polarity="hypothetical")]  # not asserted: not scored
    report = Accuracy("test")
    score_counts([result(arrest, shelling)], {"a1": rows}, report)
    exact, none = report.metrics["counts exact"], report.metrics["no count where gold has none"]
    assert (exact.correct, exact.total) == (1, 1)
    assert (none.correct, none.total) == (4, 5)  # two events x three kinds, less the arrest count stated
    assert report.errors == [{"id": "a1", "event": "ASSAULT", "trigger": None, "dead": [None, 3]}]
