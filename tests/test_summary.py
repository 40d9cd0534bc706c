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


def test_store_summary_names_tables_types_and_the_most_reported_events(tmp_path):
    from datetime import date

    from eventwire.summary import describe_store
    from test_dedup import mention, store_of

    con = store_of([mention("a1", "A"), mention("b1", "B"), mention("c1", "C", event="PROTEST")])
    from eventwire.dedup import rebuild_events

    rebuild_events(con)
    db = tmp_path / "s.duckdb"
    con.execute(f"ATTACH '{db}' AS out")
    con.execute("COPY FROM DATABASE memory TO out")
    con.close()
    text = describe_store(str(db))
    assert "3 event_mentions, 2 events" in text
    assert "ASSAULT        1" in text and "PROTEST        1" in text
    assert f"{date(2024, 3, 1)} ASSAULT   ? [ISR] -> ? [LBN]: 2 articles, 2 sources, 2 mentions" in text
