"""The readable summary `make run` prints (summary.py)."""
from eventwire.summary import summarise


def _record(**extra):
    base = {"article_id": "a", "event": ["ASSAULT"], "polarity": "asserted", "date": "2024-03-15",
            "actor": [{"entity_text": "Israeli jets", "code": "ISR", "sector": "MIL"}], "recipient": [],
            "event_text": ["bombed"], "size": {"dead": 4}}
    return {**base, **extra}


def test_summary_counts_types_polarity_and_the_story_around_events():
    records = [
        _record(date_text={"text": "Thursday", "start": 0, "end": 8}, event_loc={"placename": "Tyre"},
                links=[{"type": "response_to", "event_id": "x"}], mentions=[{}, {}]),
        _record(polarity="negated", attribution={"reported_by": [], "claimed_by": [{"entity_text": "officials"}],
                                                 "denied_by": []}),
    ]
    text = summarise(records)
    assert "2 events from 1 articles" in text
    assert "ASSAULT        2" in text
    assert "polarity: asserted 1, negated 1" in text
    assert "dated by the text 1, placed 1, with a source 1, links 1, records told more than once 1" in text
    assert 'Israeli jets [ISR MIL] -> -  "bombed" (asserted, {\'dead\': 4})' in text
