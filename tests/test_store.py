"""The store's rows: what one coded article adds, keyed by its content."""
import json
from datetime import date

import duckdb
import pytest

from eventwire.records import Article, BadItem
from eventwire.store import Store, article_hash, pack, rows_of

TEXT = ("BEIRUT, March 3 (Wire) - Israeli jets struck a warehouse in southern Lebanon on Sunday, killing two people, "
        "Lebanese officials said. Hours later Hezbollah fired rockets at an Israeli army post in retaliation for the strike.")


@pytest.fixture(scope="module")
def result(extractor):
    return extractor.extract(Article(id="s1", text=TEXT, published=date(2024, 3, 4), source="Wire", url="http://x/1"))


def test_the_hash_changes_with_the_text_date_or_source_but_not_the_id():
    a = Article(id="a", text="Troops fired on protesters.", published=date(2024, 1, 2), source="X")
    assert article_hash(a) == article_hash(Article(id="b", text=a.text, published=a.published, source="X"))
    assert article_hash(a) != article_hash(Article(id="a", text=a.text + " ", published=a.published, source="X"))
    assert article_hash(a) != article_hash(Article(id="a", text=a.text, published=date(2024, 1, 3), source="X"))
    assert article_hash(a) != article_hash(Article(id="a", text=a.text, published=a.published, source="Y"))


def test_rows_of_an_article_carry_its_events_and_evidence(result):
    rows = rows_of(result, article_hash(result.article))
    mentions = rows.tables["event_mentions"]
    assert rows.n_events == len(result.events) == len(mentions) > 0
    strike = next(m for m in mentions if m["event"] == "ASSAULT" and m["actor_codes"] == ["ISR"])
    assert strike["date"] == date(2024, 3, 3) and strike["dead"] == 2
    assert strike["mention_id"].startswith(rows.hash[:16])
    record = json.loads(strike["record"])
    assert TEXT[record["text_info"]["start"]:record["text_info"]["end"]].startswith("Israeli jets struck")
    (article,) = rows.tables["articles"]
    assert article["text"] == TEXT and article["n_events"] == len(mentions)
    assert len(rows.tables["entities"]) >= 3


def test_links_point_at_mention_ids_of_the_same_article(result):
    rows = rows_of(result, article_hash(result.article))
    ids = {m["mention_id"] for m in rows.tables["event_mentions"]}
    links = rows.tables["links"]
    assert links, "the rockets answer the strike"
    assert all(link["mention_id"] in ids and link["target_mention_id"] in ids for link in links)


def test_add_commits_whole_articles_and_errors_once(tmp_path, result):
    rows = rows_of(result, article_hash(result.article))
    with Store(tmp_path / "s.duckdb") as store:
        store.add(pack([rows, BadItem("bad.txt", "empty")]))
        store.add(pack([BadItem("bad.txt", "empty")]))
        assert store.done_hashes() == {rows.hash}
        counts = store.counts()
    assert counts["articles"] == 1 and counts["event_mentions"] == rows.n_events and counts["errors"] == 1


def test_a_failed_append_leaves_nothing_behind(tmp_path, result):
    rows = rows_of(result, article_hash(result.article))
    with Store(tmp_path / "s.duckdb") as store:
        store.add(pack([rows]))
        with pytest.raises(Exception):
            store.add(pack([rows]))  # the same article again breaks the primary key: the whole batch rolls back
        assert store.counts()["event_mentions"] == rows.n_events


def test_year_and_month_dates_are_stored_as_the_start_of_their_period(extractor):
    result = extractor.extract(Article(id="y", text="Rebels attacked the capital in March 2015.", published=date(2016, 1, 1)))
    rows = rows_of(result, "h" * 32).tables["event_mentions"]
    assert rows and rows[0]["date"] == date(2015, 3, 1) and rows[0]["date_precision"] == "month"


def test_read_only_store_that_does_not_exist_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no event store"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_the_store_never_draws_duckdbs_own_progress_bar(tmp_path):
    from eventwire.store import Store

    with Store(tmp_path / "s.duckdb") as store:
        (value,) = store.con.execute("SELECT current_setting('enable_progress_bar')").fetchone()
    assert value is False


def test_each_article_records_the_coder_that_wrote_it(tmp_path, result):
    rows = rows_of(result, article_hash(result.article))
    with Store(tmp_path / "s.duckdb", coder="build-a") as store:
        store.add(pack([rows]))
        assert store.con.execute("SELECT coder FROM articles").fetchall() == [("build-a",)]
        assert store.stale_hashes() == []
    with Store(tmp_path / "s.duckdb", coder="build-b") as store:
        assert store.stale_hashes() == [rows.hash]
        (article,) = store.stored_articles([rows.hash])
    assert (article.text, article.published, article.source, article.url) == (TEXT, date(2024, 3, 4), "Wire", "http://x/1")
    assert article_hash(article) == rows.hash, "an article read back is the article that was stored"


def test_replace_swaps_an_articles_rows_in_one_transaction(tmp_path, result):
    rows = rows_of(result, article_hash(result.article))
    fewer = rows_of(result, rows.hash)
    fewer.tables["event_mentions"] = fewer.tables["event_mentions"][:1]
    with Store(tmp_path / "s.duckdb", coder="old") as store:
        store.add(pack([fewer]))
    with Store(tmp_path / "s.duckdb", coder="new") as store:
        store.add(pack([rows]), replace=True)
        counts = store.counts()
        assert counts["articles"] == 1 and counts["event_mentions"] == rows.n_events > 1
        assert store.stale_hashes() == []
        twice = pack([rows, rows])  # the article's key twice: the insert fails after the delete
        with pytest.raises(duckdb.ConstraintException):
            store.add(twice, replace=True)
        assert store.counts()["event_mentions"] == rows.n_events, "the delete rolled back with the insert"
