"""The dedup scorer (bench/score_dedup.py) on hand-built stores: which pairs are duplicates, merged, false."""
import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from score_dedup import load_mentions, score  # noqa: E402

LEAD = "Troops attacked the rebels."
OTHER = "Police arrested 40 people."


@pytest.fixture
def con():
    con = duckdb.connect()
    con.execute("CREATE TABLE articles (hash VARCHAR, article_id VARCHAR, text VARCHAR)")
    con.execute("CREATE TABLE event_mentions (mention_id VARCHAR, hash VARCHAR, event VARCHAR, "
                "sent_start BIGINT, sent_end BIGINT)")
    con.execute("CREATE TABLE event_members (event_id VARCHAR, mention_id VARCHAR)")
    yield con
    con.close()


def add_article(con, name: str, text: str, mentions: list[tuple[str, str, str]]) -> None:
    """mentions: (mention suffix, PLOVER type, sentence) with the sentence found in `text`."""
    con.execute("INSERT INTO articles VALUES (?, ?, ?)", [f"h-{name}", name, text])
    for suffix, event, sentence in mentions:
        start = text.index(sentence)
        con.execute("INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?)",
                    [f"{name}:{suffix}", f"h-{name}", event, start, start + len(sentence)])


def merge(con, *mention_ids: str) -> None:
    for m in mention_ids:
        con.execute("INSERT INTO event_members VALUES (?, ?)", [min(mention_ids), m])


def test_same_sentence_and_type_merged_is_recall_whitespace_ignored(con):
    add_article(con, "a", f"{LEAD}\n\n{OTHER}", [("e1", "ASSAULT", LEAD), ("e2", "COERCE", OTHER)])
    add_article(con, "b", f"{OTHER}\n\nTroops  attacked\nthe rebels.", [("e1", "COERCE", OTHER),
                                                                           ("e2", "ASSAULT", "Troops  attacked\nthe rebels.")])
    merge(con, "a:e1", "b:e2")
    mentions, unknown = load_mentions(con, {"a": "s1", "b": "s1"})
    result = score(mentions)
    assert unknown == 0
    assert (result["duplicate_pairs"], result["merged_duplicate_pairs"], result["recall"]) == (2, 1, 0.5)
    assert result["false_merges"] == 0
    assert result["events_per_story"] == 3 and result["true_events_per_story"] == 2


def test_merges_across_stories_or_sentences_are_false(con):
    add_article(con, "a", f"{LEAD} {OTHER}", [("e1", "ASSAULT", LEAD), ("e2", "COERCE", OTHER)])
    add_article(con, "b", f"{LEAD} {OTHER}", [("e1", "ASSAULT", LEAD), ("e2", "COERCE", OTHER)])
    add_article(con, "c", LEAD, [("e1", "ASSAULT", LEAD)])
    merge(con, "a:e1", "c:e1")  # another story
    merge(con, "a:e2", "b:e1")  # another sentence (and type)
    result = score(load_mentions(con, {"a": "s1", "b": "s1", "c": "s2"})[0])
    assert result["duplicate_pairs"] == 2 and result["merged_duplicate_pairs"] == 0
    assert result["false_merges"] == 2 and result["false_merges_across_stories"] == 1
    assert {tuple(x["stories"]) for x in result["false_merge_examples"]} == {("s1", "s2"), ("s1", "s1")}


def test_several_mentions_of_one_type_in_a_sentence_pair_one_to_one(con):
    sentence = "Troops attacked the rebels and the police."
    for name in ("a", "b"):
        add_article(con, name, sentence, [("e1", "ASSAULT", sentence), ("e2", "ASSAULT", sentence)])
    merge(con, "a:e1", "b:e2")
    result = score(load_mentions(con, {"a": "s1", "b": "s1"})[0])
    assert (result["duplicate_pairs"], result["merged_duplicate_pairs"], result["false_merges"]) == (2, 1, 0)
    assert result["true_events_per_story"] == 2 and result["events_per_story"] == 3


def test_articles_missing_from_the_truth_are_counted_apart(con):
    add_article(con, "a", LEAD, [("e1", "ASSAULT", LEAD)])
    add_article(con, "x", LEAD, [("e1", "ASSAULT", LEAD)])
    mentions, unknown = load_mentions(con, {"a": "s1"})
    assert [m.article_id for m in mentions] == ["a"] and unknown == 1
    assert score(mentions)["recall"] is None
