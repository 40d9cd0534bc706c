"""export and query: a small store read back as PLOVER JSONL, CSV, Parquet and tables, with filters."""
import csv
import io
import json
from datetime import date

import duckdb
import pytest

from eventwire.cli import main
from eventwire.export import FLAT_COLUMNS, event_record, merged_mentions, short_id
from eventwire.ingest import ingest
from eventwire.records import Article

# Two outlets tell one airstrike (the later-published one has the smaller article id, so the
# mention order shows that publication date comes first); a third article is an unrelated protest.
ARTICLES = [
    Article(id="harbor-wire-1", source="Harbor Wire", url="https://harborwire.example/strike",
            published=date(2023, 6, 11), title="Airstrike hits depot in Aleppo",
            text=("ALEPPO, June 9 (Harbor Wire) - Russian warplanes bombed a fuel depot on the outskirts of Aleppo "
                  "on Friday, killing five civilians, Syrian rescue workers said. The strike set fire to several "
                  "tanker trucks.\n")),
    Article(id="north-ledger-7", source="North Ledger", url="https://northledger.example/aleppo",
            published=date(2023, 6, 10), title="Depot near Aleppo struck",
            text=("Russian jets struck a fuel depot near Aleppo on Friday, killing five people, according to "
                  "Syrian rescue workers. Witnesses described a column of black smoke over the city.\n")),
    Article(id="harbor-wire-2", source="Harbor Wire", url="https://harborwire.example/lima",
            published=date(2023, 7, 2), title="Teachers march in Lima",
            text=("LIMA, July 1 (Harbor Wire) - Thousands of teachers marched through central Lima on Saturday to "
                  "protest against the government's pension reform, union leaders said.\n")),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    report = ingest(ARTICLES, path, workers=1)
    assert report.coded == 3 and report.bad == 0
    with duckdb.connect(str(path), read_only=True) as con:
        kinds = sorted(k for (k,) in con.execute("SELECT event FROM events").fetchall())
    # What the rest of the module relies on: the two airstrike reports merged, the protest apart.
    assert kinds == ["ASSAULT", "PROTEST"], kinds
    return str(path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def records(capsys, db: str, *filters: str) -> list[dict]:
    code, out, err = run(capsys, "export", "--db", db, "--format", "plover-jsonl", *filters)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


# --- plover-jsonl --------------------------------------------------------------------------------------------------

def test_every_exported_record_validates_against_the_schema(db, capsys, event_validator):
    recs = records(capsys, db)
    assert len(recs) == 2
    for rec in recs:
        event_validator.validate(rec)


def test_the_airstrike_is_one_record_with_both_articles_mentions(db, capsys):
    (strike,) = records(capsys, db, "--type", "ASSAULT")
    assert (strike["num_articles"], strike["num_sources"]) == (2, 2)
    assert strike["num_mentions"] == len(strike["mentions"]) == 2
    # Earlier publication first, although its article id sorts later.
    assert [m["article_id"] for m in strike["mentions"]] == ["north-ledger-7", "harbor-wire-1"]
    assert strike["size"]["dead"] == 5
    with duckdb.connect(db, read_only=True) as con:
        ids = {i for (i,) in con.execute("SELECT event_id FROM events").fetchall()}
    assert strike["id"] in ids


def test_merged_mentions_order_by_date_then_article_then_offset():
    members = [
        {"published": None, "article_id": "a", "mentions": json.dumps([{"start": 0, "end": 5}])},
        {"published": date(2023, 1, 2), "article_id": "b", "mentions": json.dumps([{"start": 9, "end": 12},
                                                                                   {"start": 1, "end": 4}])},
        {"published": date(2023, 1, 1), "article_id": "c", "mentions": json.dumps([{"article_id": "c", "start": 3}])},
    ]
    spans = merged_mentions(members)
    assert [(s["article_id"], s["start"]) for s in spans] == [("c", 3), ("b", 1), ("b", 9), ("a", 0)]


def test_links_point_at_corpus_events():
    rep = json.dumps({"id": "art-e2", "mentions": [], "links": [{"type": "follows", "event_id": "art-e1"},
                                                                {"type": "response_to", "event_id": "gone"}]})
    targets = [{"record_id": "art-e1", "event_id": "0123:other-e4"}]
    rec = event_record("0123:art-e2", 3, 2, 2, None, None, None, rep, None, targets)
    assert [link["event_id"] for link in rec["links"]] == ["0123:other-e4", "gone"]
    assert (rec["id"], rec["num_mentions"], rec["num_sources"], rec["num_articles"]) == ("0123:art-e2", 3, 2, 2)


# --- filters -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("filters, expected", [
    ([], ["ASSAULT", "PROTEST"]),
    (["--since", "2023-07-01"], ["PROTEST"]),
    (["--until", "2023-06-09"], ["ASSAULT"]),  # inclusive: the strike is dated 2023-06-09
    (["--since", "2023-06-09", "--until", "2023-06-09"], ["ASSAULT"]),
    (["--since", "2023-07-02"], []),
    (["--country", "PER"], ["PROTEST"]),  # place country
    (["--country", "rus"], ["ASSAULT"]),  # actor code, any case
    (["--country", "FRA"], []),
    (["--actor", "RUS"], ["ASSAULT"]),  # code, exactly
    (["--actor", "russian"], ["ASSAULT"]),  # name, part of it, any case
    (["--actor", "TEACH"], ["PROTEST"]),
    (["--actor", "Lima"], []),
    (["--type", "PROTEST"], ["PROTEST"]),
    (["--type", "assault,protest"], ["ASSAULT", "PROTEST"]),
    (["--type", "AID", "--type", "ASSAULT"], ["ASSAULT"]),
    (["--type", "AID"], []),
    (["--polarity", "asserted"], ["ASSAULT", "PROTEST"]),
    (["--polarity", "negated"], []),
    (["--limit", "1"], ["ASSAULT"]),  # the earliest
    (["--country", "SYR", "--type", "PROTEST"], []),  # filters combine with AND
])
def test_filters_narrow_the_export(db, capsys, filters, expected):
    assert [r["event"][0] for r in records(capsys, db, *filters)] == expected


def test_filters_apply_to_csv_and_query_too(db, capsys):
    code, out, _ = run(capsys, "export", "--db", db, "--format", "csv", "--country", "PER")
    assert code == 0 and [r["PloverType"] for r in csv.DictReader(io.StringIO(out))] == ["PROTEST"]
    code, out, _ = run(capsys, "query", "--db", db, "--type", "ASSAULT")
    assert code == 0 and "ASSAULT" in out and "PROTEST" not in out and "1 matching event" in out


def test_min_confidence_keeps_the_events_at_or_above_it(db, capsys):
    with duckdb.connect(db, read_only=True) as con:
        confidences = sorted(c for (c,) in con.execute("SELECT confidence FROM events").fetchall())
    assert len(set(confidences)) > 1 and all(0.0 < c < 1.0 for c in confidences)
    cut = confidences[-1]
    assert len(records(capsys, db, "--min-confidence", str(cut))) == confidences.count(cut)
    assert len(records(capsys, db, "--min-confidence", "0")) == len(confidences)


def test_an_events_confidence_is_the_best_of_its_tellings(db):
    with duckdb.connect(db, read_only=True) as con:
        rows = con.execute("SELECT e.confidence, max(m.confidence) FROM events e JOIN event_members em USING (event_id) "
                           "JOIN event_mentions m ON m.mention_id = em.mention_id GROUP BY e.event_id, e.confidence").fetchall()
    assert rows and all(event == best for event, best in rows)


@pytest.mark.parametrize("bad", [["--type", "FIGHT"], ["--since", "June 9"], ["--country", "SY"], ["--limit", "0"],
                                 ["--polarity", "maybe"], ["--min-confidence", "2"], ["--min-confidence", "most"]])
def test_bad_filter_values_are_usage_errors(db, bad, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", "--db", db, *bad])
    assert exc.value.code == 2


@pytest.mark.parametrize("actor", ["O'Brien", "x'); DROP TABLE events; --", '"; DELETE FROM events; --', "%", "_"])
def test_quotes_and_wildcards_in_values_are_just_text(db, capsys, actor):
    code, out, err = run(capsys, "export", "--db", db, "--actor", actor)
    assert code == 0, err
    assert out == ""
    code, out, err = run(capsys, "query", "--db", db, "--actor", actor)
    assert code == 0 and "0 matching events" in out
    assert len(records(capsys, db)) == 2  # nothing was dropped


# --- csv and parquet -----------------------------------------------------------------------------------------------

def test_csv_has_gdelt_like_columns(db, capsys):
    code, out, err = run(capsys, "export", "--db", db, "--format", "csv")
    assert code == 0, err
    reader = csv.reader(io.StringIO(out))
    assert next(reader) == FLAT_COLUMNS
    rows = [dict(zip(FLAT_COLUMNS, row)) for row in reader]
    assert [r["PloverType"] for r in rows] == ["ASSAULT", "PROTEST"]
    strike = rows[0]
    assert strike["SQLDATE"] == "20230609"
    assert strike["EventRootCode"] == strike["EventCode"][:2] == "19"
    assert strike["EventBaseCode"] == strike["EventCode"][:3]
    assert (strike["Actor1CountryCode"], strike["NumArticles"], strike["NumSources"]) == ("RUS", "2", "2")
    assert strike["Actor1Code"].startswith("RUS") and strike["QuadClass"] == "4"
    assert (strike["ActionGeo_CountryCode"], strike["Dead"], strike["DATEADDED"]) == ("SYR", "5", "20230610")
    assert strike["SOURCEURL"] == "https://northledger.example/aleppo"  # the first to publish


def test_parquet_round_trips(db, capsys, tmp_path):
    path = tmp_path / "out" / "events.parquet"
    code, _, err = run(capsys, "export", "--db", db, "--format", "parquet", "-o", str(path), "--type", "ASSAULT,PROTEST")
    assert code == 0, err
    assert "2 events exported" in err
    with duckdb.connect() as con:
        rel = con.sql("SELECT * FROM read_parquet($path) ORDER BY SQLDATE", params={"path": str(path)})
        assert rel.columns == FLAT_COLUMNS
        rows = rel.fetchall()
    assert len(rows) == 2
    assert rows[0][1] == 20230609  # SQLDATE is a number, as in GDELT
    assert not list(tmp_path.glob("out/*.part"))


def test_parquet_needs_an_output_file(db, capsys):
    code, out, err = run(capsys, "export", "--db", db, "--format", "parquet")
    assert code == 1 and out == ""
    assert "-o" in err and len(err.strip().splitlines()) == 1


def test_jsonl_to_a_file(db, capsys, tmp_path):
    path = tmp_path / "events.jsonl"
    code, out, _ = run(capsys, "export", "--db", db, "-o", str(path))
    assert code == 0 and out == ""
    assert len(path.read_text().splitlines()) == 2


# --- query ---------------------------------------------------------------------------------------------------------

def test_query_prints_a_table_sorted_by_date(db, capsys):
    code, out, err = run(capsys, "query", "--db", db)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["event_id", "date", "type", "actor", "recipient", "place", "num_articles",
                                "num_mentions"]
    strike, protest = lines[2], lines[3]
    assert "2023-06-09" in strike and "ASSAULT" in strike and "Russian" in strike and "aleppo, syr" in strike.lower()
    assert strike.split()[-2:] == ["2", "2"]
    assert "2023-07-01" in protest and "PROTEST" in protest and "Lima, PER" in protest
    assert lines[-1] == "2 matching events"


def test_query_limit_says_how_many_matched_in_all(db, capsys):
    code, out, _ = run(capsys, "query", "--db", db, "--limit", "1")
    assert code == 0
    assert "ASSAULT" in out and "PROTEST" not in out
    assert out.splitlines()[-1].startswith("1 of 2 matching events")


def test_query_csv_and_jsonl_keep_full_ids_and_send_the_count_to_stderr(db, capsys):
    code, out, err = run(capsys, "query", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["type"] for r in rows] == ["ASSAULT", "PROTEST"]
    assert rows[0]["date"] == "2023-06-09" and ":" in rows[0]["event_id"] and "2 matching events" in err
    code, out, _ = run(capsys, "query", "--db", db, "--format", "csv")
    assert list(csv.DictReader(io.StringIO(out)))[1]["place"] == "Lima, PER"


def test_short_id_keeps_the_record_suffix():
    assert short_id("650216605b179027:north-ledger-7-e1") == "65021660:north-ledger-7-e1"
    long = short_id("650216605b179027:" + "x" * 60 + "-e12")
    assert len(long) == 26 and long.endswith("-e12") and "…" in long


def test_sql_runs_on_the_store(db, capsys):
    code, out, err = run(capsys, "query", "--db", db, "--sql",
                         "SELECT event, num_articles FROM events ORDER BY event")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["event", "num_articles"]
    assert lines[2].split() == ["ASSAULT", "2"] and lines[3].split() == ["PROTEST", "1"]
    assert lines[-1] == "2 rows"


def test_sql_cannot_write(db, capsys):
    code, out, err = run(capsys, "query", "--db", db, "--sql", "DELETE FROM events")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "read-only" in err
    assert len(records(capsys, db)) == 2


def test_sql_errors_and_sql_with_filters_are_one_line(db, capsys):
    code, _, err = run(capsys, "query", "--db", db, "--sql", "SELEC 1")
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "query", "--db", db, "--sql", "SELECT 1", "--type", "AID")
    assert code == 1 and "--sql" in err


# --- the store -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["export", "query"])
def test_a_missing_store_is_a_one_line_error(tmp_path, capsys, command):
    missing = tmp_path / "nothing.duckdb"
    code, out, err = run(capsys, command, "--db", str(missing))
    assert code == 1 and out == ""
    assert err.strip() == f"eventwire {command}: no event store at {missing}"
    assert not missing.exists()  # read-only: never created


def test_a_file_that_is_not_a_store_is_a_one_line_error(tmp_path, capsys):
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE t (x INT)")
    code, _, err = run(capsys, "query", "--db", str(other))
    assert code == 1 and "not an eventwire store" in err and len(err.strip().splitlines()) == 1
