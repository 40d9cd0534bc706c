"""Ingest: a store that a re-run, a crash or a SIGKILL never corrupts, and that equals a clean run afterwards."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import main
from eventwire.ingest import ingest
from eventwire.read import iter_articles
from eventwire.store import Store

from conftest import ROOT

TABLES = ["articles", "event_mentions", "events", "event_members", "entities", "quotes", "links", "errors"]


def snapshot(db) -> dict:
    """Every table's rows, sorted: two stores are the same when their snapshots are equal."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Twelve sample articles, one repeated, one empty and one in French: 12 to code, 2 errors."""
    lines = (ROOT / "examples" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    extra = [lines[0],
             json.dumps({"id": "blank", "text": "   ", "published": "2024-01-01"}),
             json.dumps({"id": "fr", "published": "2024-01-01",
                         "text": "Les manifestants se sont rassemblés devant le ministère pour exiger la démission "
                                 "du gouvernement, et la police a dispersé la foule avec des gaz lacrymogènes."})]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("\n".join(lines[:6] + extra + lines[6:]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    report = ingest(iter_articles([str(corpus)]), db)
    return db, report


def test_ingest_codes_each_article_once_and_keeps_bad_items(clean):
    db, report = clean
    assert (report.coded, report.skipped, report.bad) == (12, 1, 2)
    with Store(db, read_only=True) as store:
        counts = store.counts()
        reasons = dict(store.con.execute("SELECT origin, reason FROM errors").fetchall())
    assert counts["articles"] == 12 and counts["errors"] == 2
    assert counts["event_mentions"] == report.mentions > 100
    assert counts["events"] <= counts["event_mentions"]
    assert any("empty" in r for r in reasons.values()) and any("English" in r for r in reasons.values())


def test_a_rerun_skips_everything_and_changes_nothing(clean, corpus, tmp_path):
    db, _ = clean
    copy = tmp_path / "again.duckdb"
    copy.write_bytes(db.read_bytes())
    report = ingest(iter_articles([str(corpus)]), copy)
    assert (report.coded, report.skipped) == (0, 13)
    assert snapshot(copy) == snapshot(db)


def _crash_on_commit(n: int, monkeypatch):
    """Make the store's n-th commit raise; returns the real `Store.add` to put back."""
    real_add, calls = Store.add, {"n": 0}

    def add_then_crash(self, batches, **options):
        calls["n"] += 1
        if calls["n"] == n:
            raise RuntimeError("disk on fire")
        return real_add(self, batches, **options)

    monkeypatch.setattr(Store, "add", add_then_crash)
    return real_add


def test_a_crash_between_commits_then_a_rerun_equals_a_clean_run(clean, corpus, tmp_path, monkeypatch):
    db = tmp_path / "crashed.duckdb"
    real_add = _crash_on_commit(3, monkeypatch)
    with pytest.raises(RuntimeError):
        ingest(iter_articles([str(corpus)]), db, commit_every=3)
    monkeypatch.setattr(Store, "add", real_add)
    with Store(db, read_only=True) as store:
        assert 0 < store.counts()["articles"] < 12
    report = ingest(iter_articles([str(corpus)]), db)
    assert 0 < report.coded < 12
    assert snapshot(db) == snapshot(clean[0])


def _run_and_kill(corpus, db, commits: int, workers: int) -> None:
    """Start an ingest and SIGKILL it once its write-ahead log has changed `commits` times (mid-run, by construction)."""
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(corpus), "--db", str(db), "--workers", str(workers),
           "--commit-every", "1", "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    wal, last, changes = Path(f"{db}.wal"), None, 0
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        size = wal.stat().st_size if wal.exists() else None
        if size is not None and size != last:
            changes, last = changes + 1, size
        if changes > commits:
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.wait()


def test_sigkill_at_any_moment_then_a_rerun_equals_a_clean_run(clean, corpus, tmp_path):
    """Killed again and again, each time a few commits in, then finished by a run that is left alone."""
    db = tmp_path / "killed.duckdb"
    stored = []
    for commits, workers in [(1, 1), (3, 2), (2, 1), (4, 2)]:
        _run_and_kill(corpus, db, commits, workers)
        with Store(db, read_only=True) as store:
            stored.append(store.counts()["articles"])
    assert any(0 < n < 12 for n in stored), f"no kill landed mid-run: {stored}"
    assert stored == sorted(stored)
    assert main(["ingest", str(corpus), "--db", str(db), "--no-progress"]) == 0
    assert snapshot(db) == snapshot(clean[0])


def test_the_order_of_the_input_does_not_change_the_store(clean, corpus, tmp_path):
    lines = corpus.read_text(encoding="utf-8").splitlines()
    reversed_corpus = tmp_path / "reversed.jsonl"
    reversed_corpus.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    db = tmp_path / "reversed.duckdb"
    ingest(iter_articles([str(reversed_corpus)]), db, workers=2)
    mine, theirs = snapshot(db), snapshot(clean[0])
    # Origins name the line an article came from, which reversing changes; everything coded is the same.
    for table in ["event_mentions", "events", "event_members", "entities", "quotes", "links"]:
        assert mine[table] == theirs[table], table


def test_the_cli_reports_what_it_stored(corpus, tmp_path, capsys):
    db = tmp_path / "cli.duckdb"
    assert main(["ingest", str(corpus), "--db", str(db), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "12 articles coded" in err and "1 already stored" in err and "2 skipped as bad" in err
    assert "skipped" in err and "blank" in err or "corpus.jsonl:" in err


def _as_if_an_older_build_coded(db, hashes: list[str]) -> None:
    """Mark these articles as another build's, and change what it wrote: half their event rows gone."""
    con = duckdb.connect(str(db))
    try:
        for h in hashes:
            con.execute("UPDATE articles SET coder = 'an-older-build' WHERE hash = ?", [h])
            con.execute("DELETE FROM event_mentions WHERE hash = ? AND mention_id IN "
                        "(SELECT mention_id FROM event_mentions WHERE hash = ? ORDER BY mention_id LIMIT 2)", [h, h])
    finally:
        con.close()


def _some_hashes(db, n: int) -> list[str]:
    with Store(db, read_only=True) as store:
        return sorted(store.done_hashes())[:n]


def test_articles_another_build_coded_are_counted_and_left_alone(clean, corpus, tmp_path):
    db = tmp_path / "stale.duckdb"
    db.write_bytes(clean[0].read_bytes())
    _as_if_an_older_build_coded(db, _some_hashes(db, 3))
    before = snapshot(db)
    report = ingest(iter_articles([str(corpus)]), db)
    assert (report.coded, report.stale, report.recoded) == (0, 3, 0)
    assert snapshot(db)["event_mentions"] == before["event_mentions"]


def test_recode_codes_stale_articles_again_and_equals_a_clean_run(clean, tmp_path):
    db = tmp_path / "recode.duckdb"
    db.write_bytes(clean[0].read_bytes())
    _as_if_an_older_build_coded(db, _some_hashes(db, 3))
    assert snapshot(db) != snapshot(clean[0])
    report = ingest([], db, recode=True)
    assert (report.coded, report.recoded, report.stale) == (3, 3, 0)
    assert snapshot(db) == snapshot(clean[0])
    again = ingest([], db, recode=True)
    assert (again.coded, again.recoded) == (0, 0), "nothing is stale once re-coded"


def test_a_store_from_before_coders_were_recorded_is_all_stale(clean, tmp_path):
    db = tmp_path / "old.duckdb"
    db.write_bytes(clean[0].read_bytes())
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE articles DROP COLUMN coder")
    con.close()
    with Store(db, coder="this-build") as store:  # opening it for writing adds the column, empty
        assert len(store.stale_hashes()) == 12


def test_a_crash_while_recoding_loses_no_article(clean, tmp_path, monkeypatch):
    db = tmp_path / "recode-crash.duckdb"
    db.write_bytes(clean[0].read_bytes())
    _as_if_an_older_build_coded(db, _some_hashes(db, 4))
    real_add = _crash_on_commit(2, monkeypatch)
    with pytest.raises(RuntimeError):
        ingest([], db, recode=True, commit_every=1, batch_size=1)
    monkeypatch.setattr(Store, "add", real_add)
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 12
    assert ingest([], db, recode=True).recoded == 3
    assert snapshot(db) == snapshot(clean[0])


def test_the_cli_notes_stale_articles_and_recodes_them(clean, tmp_path, capsys):
    db = tmp_path / "cli-recode.duckdb"
    db.write_bytes(clean[0].read_bytes())
    _as_if_an_older_build_coded(db, _some_hashes(db, 2))
    with pytest.raises(SystemExit, match="--recode"):
        main(["ingest", "--db", str(db), "--no-progress"])
    assert main(["ingest", str(ROOT / "examples" / "corpus.jsonl"), "--db", str(db), "--no-progress"]) == 0
    assert "note: 2 stored articles were coded by another build" in capsys.readouterr().err
    assert main(["ingest", "--recode", "--db", str(db), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "2 articles coded (2 of them coded again)" in err and "note:" not in err
