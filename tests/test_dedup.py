"""Cross-article merging: which reports are one event, and that the answer never depends on input order."""
import json
import random
from datetime import date

import duckdb
import pyarrow as pa
import pytest

from eventwire.dedup import DedupSettings, candidate_pairs, cluster, rebuild_events
from eventwire.store import COLUMNS, ddl, schema


def mention(mid, article, event="ASSAULT", day=date(2024, 3, 1), actors=("ISR",), recipients=("LBN",),
            lat=None, lon=None, country=None, source=None, polarity="asserted", dead=None, words=("struck",),
            precision="day", published=None, cameo=None, actor_names=None, recipient_names=None,
            actor_sectors=None):
    return {"mention_id": mid, "hash": article, "article_id": article, "source": source or f"outlet-{article}",
            "published": published or day, "event": event, "modes": [], "cameo": cameo, "quad_code": 4, "date": day,
            "enddate": None, "date_precision": precision, "actor_codes": list(actors),
            "actor_sectors": list(actor_sectors or [""] * len(actors)),
            "actor_names": list(actor_names or [""] * len(actors)), "recipient_codes": list(recipients),
            "recipient_sectors": [""] * len(recipients),
            "recipient_names": list(recipient_names or [""] * len(recipients)),
            "placename": None, "place_country": country, "admin1": None, "lat": lat, "lon": lon, "geonameid": None,
            "polarity": polarity, "confidence": 0.5, "dead": dead, "injured": None, "arrested": None,
            "n_mentions": 1, "sent_start": 0, "sent_end": 10, "record": json.dumps({"event_text": list(words)})}


def store_of(mentions: list[dict]):
    con = duckdb.connect(":memory:")
    con.execute(ddl())
    articles = sorted({m["hash"] for m in mentions})
    arts = pa.table({c: [a if c in ("hash", "article_id") else None for a in articles] if c != "n_events"
                     else [0] * len(articles) for c, _ in COLUMNS["articles"]}, schema=schema("articles"))
    ments = pa.table({c: [m[c] for m in mentions] for c, _ in COLUMNS["event_mentions"]}, schema=schema("event_mentions"))
    con.execute("INSERT INTO articles BY NAME SELECT * FROM arts")
    con.execute("INSERT INTO event_mentions SELECT * FROM ments")
    return con


def events_of(con) -> set[frozenset]:
    rows = con.execute("SELECT coalesce(em.event_id, m.mention_id), m.mention_id FROM event_mentions m "
                       "LEFT JOIN event_members em USING (mention_id)").fetchall()
    groups: dict[str, set] = {}
    for event_id, mid in rows:
        groups.setdefault(event_id, set()).add(mid)
    return {frozenset(g) for g in groups.values()}


def test_two_reports_of_one_strike_merge_and_are_counted():
    con = store_of([mention("a1", "A"), mention("b1", "B", day=date(2024, 3, 2)), mention("c1", "C", source="outlet-A")])
    assert rebuild_events(con) == 1
    (num_mentions, num_articles, num_sources), = con.execute(
        "SELECT num_mentions, num_articles, num_sources FROM events").fetchall()
    assert (num_mentions, num_articles, num_sources) == (3, 3, 2)


@pytest.mark.parametrize("other", [
    mention("b1", "B", event="PROTEST"),                      # another type
    mention("b1", "B", day=date(2024, 3, 5)),                  # outside the date window
    mention("b1", "B", actors=("USA",)),                        # known actors disagree
    mention("b1", "B", recipients=("SYR",)),                    # known recipients disagree
    mention("b1", "B", polarity="negated"),                     # a denial is not the event
    mention("b1", "B", actors=(), recipients=()),               # nothing known in common
])
def test_reports_that_disagree_stay_apart(other):
    con = store_of([mention("a1", "A"), other])
    assert rebuild_events(con) == 2


@pytest.mark.parametrize("window, days_apart, merged", [
    (1, -1, True), (1, 1, True), (1, 2, False), (1, -2, False), (3, 3, True), (3, -3, True), (3, 4, False),
])
def test_the_date_window_holds_its_edges_on_both_sides(window, days_apart, merged):
    later = date.fromordinal(date(2024, 3, 1).toordinal() + days_apart)
    con = store_of([mention("a1", "A"), mention("b1", "B", day=later)])
    rebuild_events(con, DedupSettings(window_days=window))
    assert (len(events_of(con)) == 1) is merged


def test_undated_records_never_pair():
    con = store_of([mention("a1", "A", day=None), mention("b1", "B", day=None)])
    assert rebuild_events(con) == 2


def test_places_farther_apart_than_the_limit_stay_apart():
    beirut, tyre = (33.89, 35.50), (33.27, 35.20)
    near = store_of([mention("a1", "A", lat=beirut[0], lon=beirut[1]), mention("b1", "B", lat=beirut[0] + 0.05, lon=beirut[1])])
    far = store_of([mention("a1", "A", lat=beirut[0], lon=beirut[1]), mention("b1", "B", lat=tyre[0], lon=tyre[1])])
    assert rebuild_events(near) == 1
    assert rebuild_events(far) == 2
    assert rebuild_events(far, DedupSettings(max_km=100)) == 1


def also_told(article: str, n: int = 9) -> dict:
    """Another event of the article, told with both sides known: two articles that both have it tell one story."""
    return mention(f"{article.lower()}{n}", article, event="PROTEST", actors=("FRA",), recipients=("DEU",), words=("rallied",))


def test_an_unknown_side_does_not_block_a_merge_on_the_same_day_in_the_same_words():
    con = store_of([mention("a1", "A", actors=("",)), also_told("A"), mention("b1", "B"), also_told("B")])
    rebuild_events(con)
    assert events_of(con) == {frozenset({"a1", "b1"}), frozenset({"a9", "b9"})}


def test_a_match_on_one_side_alone_needs_the_articles_to_share_a_full_match():
    # "The U.S. president warned ..." with no recipient, and "... warned Denmark" the same day: two
    # statements of a busy day unless the two articles are otherwise one story.
    warned = dict(event="THREATEN", words=("warned",), actors=("USA",))
    lone = store_of([mention("a1", "A", recipients=(), **warned), mention("b1", "B", recipients=("DNK",), **warned)])
    assert rebuild_events(lone) == 2
    same_story = store_of([mention("a1", "A", recipients=(), **warned), also_told("A"),
                           mention("b1", "B", recipients=("DNK",), **warned), also_told("B")])
    rebuild_events(same_story)
    assert frozenset({"a1", "b1"}) in events_of(same_story)


def test_an_unknown_side_needs_the_same_day_and_the_same_words_or_place():
    next_day = store_of([mention("a1", "A", actors=("",)), also_told("A"),
                         mention("b1", "B", day=date(2024, 3, 2)), also_told("B", 8)])
    other_words = store_of([mention("a1", "A", actors=("",)), also_told("A"),
                            mention("b1", "B", words=("shelled",)), also_told("B")])
    for con in (next_day, other_words):
        rebuild_events(con)
        assert {"a1", "b1"} not in [set(e) for e in events_of(con)]
        assert frozenset({"a9", "b9"}) in events_of(con) or frozenset({"a9", "b8"}) in events_of(con)


def test_records_dated_only_by_publication_need_the_same_event_words():
    undated = dict(precision="publication")
    same_words = store_of([mention("a1", "A", **undated), mention("b1", "B", **undated)])
    other_words = store_of([mention("a1", "A", **undated), mention("b1", "B", words=("shelled",), **undated)])
    dated = store_of([mention("a1", "A"), mention("b1", "B", words=("shelled",))])
    assert rebuild_events(same_words) == 1
    assert rebuild_events(other_words) == 2
    assert rebuild_events(dated) == 1  # a day of their own: other words for one strike are fine


def name_in_sentence(con, article: str, *codes: str) -> None:
    """Entities of `article` named inside its mentions' sentence (offsets 0-10)."""
    for code in codes:
        n = con.execute("SELECT count(*) FROM entities WHERE hash = ?", [article]).fetchone()[0]
        con.execute("INSERT INTO entities (hash, entity_no, identifier_text, code, sector, n_mentions, mentions) "
                    "VALUES (?, ?, ?, ?, NULL, 1, ?)",
                    [article, n, code, code, json.dumps([{"entity_text": code, "start": 3, "end": 6}])])


def test_sentences_that_name_different_other_parties_tell_different_events():
    # "Last week Sudan's foreign ministry ... urged Riyadh to release them" and the same words of Bangladesh's
    # a few days later: the release Riyadh is urged to make is coded alike, the sentences name other parties.
    release = dict(event="RETREAT", actors=("SAU",), recipients=("SAU",), words=("release",))
    con = store_of([mention("a1", "A", **release), mention("b1", "B", **release)])
    name_in_sentence(con, "A", "SAU", "SDN")
    name_in_sentence(con, "B", "SAU", "BGD")
    assert rebuild_events(con) == 2
    name_in_sentence(con, "B", "SDN")  # both sentences name Sudan: one event
    assert rebuild_events(con) == 1


def test_a_side_one_record_lacks_must_be_named_in_its_sentence():
    warned = dict(event="THREATEN", words=("warned",), actors=("USA",))
    con = store_of([mention("a1", "A", recipients=(), **warned), also_told("A"),
                    mention("b1", "B", recipients=("DNK",), **warned), also_told("B")])
    name_in_sentence(con, "A", "USA", "GIN")  # "... ready to destroy Guinea's economy": not Denmark
    rebuild_events(con)
    assert frozenset({"a1", "b1"}) not in events_of(con)
    name_in_sentence(con, "A", "DNK")  # the coder missed Denmark, but the sentence names it
    rebuild_events(con)
    assert frozenset({"a1", "b1"}) in events_of(con)


def test_named_sides_must_share_a_code_or_a_name():
    a = mention("a1", "A", recipients=("",))
    con = store_of([a, mention("b1", "B", recipients=("",))])
    con.execute("UPDATE event_mentions SET recipient_names = ['the crowd'] WHERE mention_id = 'a1'")
    con.execute("UPDATE event_mentions SET recipient_names = ['the convoy'] WHERE mention_id = 'b1'")
    assert rebuild_events(con) == 2
    con.execute("UPDATE event_mentions SET recipient_names = ['The Convoy'] WHERE mention_id = 'a1'")
    assert rebuild_events(con) == 1


@pytest.mark.parametrize("a, b, events", [
    ("1724", "1724", 1),   # the same act
    ("172", "1724", 1),    # one code refines the other
    ("170", "1724", 1),    # "170": coerce, not specified below
    ("12", "128", 1),      # a root code and a code under it
    (None, "1724", 1),     # an act not coded says nothing
    ("171", "1724", 2),    # looting supermarkets / declaring a state of emergency: two acts of one branch
    ("0874", "0873", 2),
    ("1723", "1724", 2),   # a curfew / a state of emergency
])
def test_cameo_codes_of_different_acts_stay_apart(a, b, events):
    # Demonstrators "looting supermarkets" and the president who "declared a state of emergency" the same day
    # in the same capital: both COERCE, same country on both sides, but two acts.
    coerce = dict(event="COERCE", actors=("VEN",), recipients=("VEN",), words=("declared a state",))
    con = store_of([mention("a1", "A", cameo=a, **coerce), mention("b1", "B", cameo=b, **coerce)])
    assert rebuild_events(con) == events


def test_parties_named_differently_on_both_sides_need_a_shared_place():
    # "Bolsonaro rejected Lula's accusation" and "the Professionals Association rejected talks with the
    # military rulers": REJECT, BRA -> BRA, same day, but no name in common on either side.
    rejected = dict(event="REJECT", actors=("BRA",), recipients=("BRA",), words=("rejected",))
    first = dict(actor_names=["Jair Bolsonaro"], recipient_names=["Luiz Inacio Lula da Silva"], **rejected)
    second = dict(actor_names=["Professionals Association"], recipient_names=["Brazil rulers"], **rejected)
    brasilia = dict(lat=-15.78, lon=-47.93)
    assert rebuild_events(store_of([mention("a1", "A", **first), mention("b1", "B", **second)])) == 2
    assert rebuild_events(store_of([mention("a1", "A", **first, **brasilia), mention("b1", "B", **second)])) == 2
    assert rebuild_events(store_of([mention("a1", "A", **first, **brasilia),
                                    mention("b1", "B", **second, **brasilia)])) == 1
    # One name in common (or a side left unnamed) is more than the countries: no place needed.
    same_actor = dict(second, actor_names=["Jair Bolsonaro"])
    assert rebuild_events(store_of([mention("a1", "A", **first), mention("b1", "B", **same_actor)])) == 1
    unnamed = dict(second, recipient_names=[""])
    assert rebuild_events(store_of([mention("a1", "A", **first), mention("b1", "B", **unnamed)])) == 1


@pytest.mark.parametrize("a, b, names, events", [
    ("COP", "MIL", ("Tuvalu", "forces"), 2),  # the country's riot police and its army: two actors
    ("COP", "COP", ("Tuvalu", "forces"), 1),
    ("", "MIL", ("Tuvalu", "forces"), 1),     # a role not given says nothing
    ("COP", "MIL", ("forces", "Forces"), 1),  # the same name: the coder's roles differ, the actor does not
])
def test_actors_that_agree_only_by_country_must_not_have_different_roles(a, b, names, events):
    # "Tuvaluan riot police fired tear gas at protesters" and "forces attacked a Tuvaluan army base", a day apart.
    fired = dict(actors=("TUV",), recipients=("TUV",), words=("fired",))
    con = store_of([mention("a1", "A", actor_sectors=[a], actor_names=[names[0]], **fired),
                    mention("b1", "B", day=date(2024, 3, 2), actor_sectors=[b], actor_names=[names[1]], **fired)])
    assert rebuild_events(con) == events


def test_background_dated_by_a_year_joins_only_within_one_news_cycle():
    since = dict(day=date(2012, 1, 1), precision="year")
    same_cycle = store_of([mention("a1", "A", published=date(2024, 3, 1), **since),
                           mention("b1", "B", published=date(2024, 3, 1), **since)])
    months_apart = store_of([mention("a1", "A", published=date(2024, 3, 1), **since),
                             mention("b1", "B", published=date(2024, 9, 1), **since)])
    assert rebuild_events(same_cycle) == 1
    assert rebuild_events(months_apart) == 2


def test_two_records_of_one_article_never_end_up_in_one_event():
    # B's report matches both of A's strikes; A had already judged them two events.
    con = store_of([mention("a1", "A", dead=3), mention("a2", "A", dead=9), mention("b1", "B", dead=9)])
    rebuild_events(con)
    assert events_of(con) == {frozenset({"a2", "b1"}), frozenset({"a1"})}


def test_clusters_do_not_depend_on_the_order_of_pairs():
    ms = [mention(f"{a}{i}", a, dead=i % 3) for a in "ABCDE" for i in range(3)]
    con = store_of(ms)
    pairs = candidate_pairs(con, DedupSettings())
    expected = cluster(pairs)
    rng = random.Random(3)
    for _ in range(5):
        shuffled = pairs[:]
        rng.shuffle(shuffled)
        flipped = [(b, a, hb, ha, s) if rng.random() < 0.5 else (a, b, ha, hb, s) for a, b, ha, hb, s in shuffled]
        assert cluster(flipped) == expected


def test_rebuilding_twice_gives_the_same_events():
    con = store_of([mention("a1", "A"), mention("b1", "B"), mention("c1", "C", event="PROTEST")])
    rebuild_events(con)
    first = con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
    rebuild_events(con)
    assert con.execute("SELECT * FROM events ORDER BY event_id").fetchall() == first


def test_the_scorer_takes_the_sentence_that_holds_the_trigger():
    # bench/score_dedup.py: when the coder gave an event the span of the sentence before (its parser read
    # two sentences as one), the truth is the sentence that holds the trigger, so merging the two reports
    # of that sentence is not counted as a false merge.
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from score_dedup import load_mentions, score

    first, second = 'Zarif condemned the strike as "terrorism."', "Abdul Mahdi denounced the strike."
    con = duckdb.connect()
    con.execute("CREATE TABLE articles (hash VARCHAR, article_id VARCHAR, text VARCHAR)")
    con.execute("CREATE TABLE event_mentions (mention_id VARCHAR, hash VARCHAR, event VARCHAR, sent_start BIGINT, "
                "sent_end BIGINT, record VARCHAR)")
    con.execute("CREATE TABLE event_members (event_id VARCHAR, mention_id VARCHAR)")
    for name, text, stored in (("a", f"{first}\n\n{second}", first), ("b", f"{second}\n\n{first}", second)):
        con.execute("INSERT INTO articles VALUES (?, ?, ?)", [name, name, text])
        start, trigger = text.index(stored), text.index("denounced")
        con.execute("INSERT INTO event_mentions VALUES (?, ?, 'ACCUSE', ?, ?, ?)",
                    [f"{name}:e1", name, start, start + len(stored), json.dumps({"trigger": {"start": trigger}})])
    con.execute("INSERT INTO event_members VALUES ('a:e1', 'a:e1'), ('a:e1', 'b:e1')")
    stats = {}
    result = score(load_mentions(con, {"a": "s1", "b": "s1"}, stats)[0])
    assert stats == {"sentence_from_trigger": 1}
    assert (result["duplicate_pairs"], result["merged_duplicate_pairs"], result["false_merges"]) == (1, 1, 0)
