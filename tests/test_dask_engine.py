"""The Dask engine: the same store as one process, from Parquet partitions a re-run can reuse."""
import json

import pytest

from eventwire import dask_engine
from eventwire.ingest import dask_ingest, ingest
from eventwire.read import iter_articles
from eventwire.records import Article

from conftest import ROOT
from test_ingest import _as_if_an_older_build_coded, _some_hashes, snapshot

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    lines = (ROOT / "examples" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[:10]
    lines.append(json.dumps({"id": "blank", "text": "", "published": "2024-01-01"}))
    path = tmp_path_factory.mktemp("dask") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_two_worker_local_cluster_builds_the_store_one_process_builds(corpus, tmp_path):
    single, distributed = tmp_path / "single.duckdb", tmp_path / "dask.duckdb"
    ingest(iter_articles([str(corpus)]), single)
    report = dask_ingest(iter_articles([str(corpus)]), distributed, workers=2, partition_size=3)
    assert (report.coded, report.bad) == (10, 1)
    assert snapshot(distributed) == snapshot(single)
    assert not (tmp_path / "dask.duckdb.parts").exists(), "staging is removed once loaded"


def test_recode_on_dask_replaces_stale_articles_and_equals_a_clean_run(corpus, tmp_path):
    single, db = tmp_path / "single.duckdb", tmp_path / "stale.duckdb"
    ingest(iter_articles([str(corpus)]), single)
    db.write_bytes(single.read_bytes())
    _as_if_an_older_build_coded(db, _some_hashes(db, 3))
    report = dask_ingest(iter_articles([str(corpus)]), db, workers=1, partition_size=4, recode=True)
    assert (report.recoded, report.skipped) == (3, 10)
    assert snapshot(db) == snapshot(single)


def test_partitions_are_named_by_content():
    arts = [Article(id=str(i), text=f"Police arrested {i} protesters.") for i in range(5)]
    first, again = dask_engine.partition(arts, 2), dask_engine.partition(list(arts), 2)
    assert [p.pid for p in first] == [p.pid for p in again] and [len(p.articles) for p in first] == [2, 2, 1]
    assert dask_engine.partition(arts[1:], 2)[0].pid != first[0].pid


def test_a_written_partition_is_not_coded_again(tmp_path, monkeypatch):
    part = dask_engine.partition([Article(id="a", text="Soldiers shelled the border town on Monday.")], 10)[0]
    done = dask_engine.code_partition(part, str(tmp_path))
    assert (tmp_path / "articles" / f"{part.pid}.parquet").exists()

    def no_coding(_):
        raise AssertionError("coded again")

    monkeypatch.setattr(dask_engine, "_extractor", no_coding)
    again = dask_engine.code_partition(part, str(tmp_path))
    assert [(r.hash, r.n_events) for r in again.items] == [(r.hash, r.n_events) for r in done.items]
