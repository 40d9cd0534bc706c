"""End-to-end: the `eventwire` command as a user runs it."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

EXAMPLES = ROOT / "examples"
ARTICLE = (
    "BEIRUT, March 14 (Eventwire) - Israeli jets bombed Hezbollah positions in southern Lebanon on Thursday, "
    "killing four fighters, the group said. Lebanon's prime minister condemned the strikes and urged the "
    "United Nations to act.\n"
)


def eventwire(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin, capture_output=True, cwd=cwd, timeout=600)


@pytest.fixture()
def article_txt(tmp_path):
    path = tmp_path / "lebanon.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode().splitlines() if line.strip()]


def test_extract_txt_writes_schema_valid_plover_records(article_txt, event_validator):
    proc = eventwire("extract", str(article_txt), "--published", "2024-03-15", "--id", "leb-1")
    assert proc.returncode == 0, proc.stderr
    records = _jsonl(proc.stdout)
    assert records, proc.stderr
    for rec in records:
        event_validator.validate(rec)
        assert rec["article_id"] == "leb-1"
    bombing = next(r for r in records if r["event"] == ["ASSAULT"] and r["actor"][0]["code"] == "ISR")
    # "on Thursday" before a Friday publication date; undated events take the publication date
    assert bombing["date"] == "2024-03-14" and bombing["date_text"]["text"] == "Thursday"
    assert bombing["date_precision"] == "day"
    assert all(r["date"] == "2024-03-15" and r["date_precision"] == "publication" for r in records if not r["date_text"])


def test_document_mode_is_schema_valid_and_lists_entities(article_txt, document_validator):
    proc = eventwire("extract", str(article_txt), "--published", "2024-03-15", "--document")
    assert proc.returncode == 0, proc.stderr
    docs = _jsonl(proc.stdout)
    assert len(docs) == 1
    document_validator.validate(docs[0])
    assert docs[0]["events"] and docs[0]["entities"]
    for ent in docs[0]["entities"]:
        for m in ent["mentions"]:
            assert ARTICLE[m["start"] : m["end"]] == m["entity_text"]


def test_csv_output_one_row_per_event(article_txt, tmp_path):
    out = tmp_path / "events.csv"
    proc = eventwire("extract", str(article_txt), "--published", "2024-03-15", "--format", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    jsonl = _jsonl(eventwire("extract", str(article_txt), "--published", "2024-03-15").stdout)
    assert len(rows) == len(jsonl) > 0
    assert {"event", "actor_code", "recipient_code", "polarity"} <= set(rows[0])


def test_stdin_input(article_txt):
    proc = eventwire("extract", "-", "--published", "2024-03-15", stdin=article_txt.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert _jsonl(proc.stdout)


def test_bad_items_are_reported_and_the_run_goes_on(article_txt, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "french.txt").write_text(
        "Le gouvernement a annoncé mardi une nouvelle série de mesures pour les agriculteurs de la région, "
        "selon le ministre qui a parlé devant les députés réunis à Paris pour la séance.", encoding="utf-8")
    proc = eventwire("extract", str(tmp_path), "--published", "2024-03-15")
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr.decode()
    for name in ("empty.txt", "binary.txt", "french.txt"):
        assert name in err
    assert _jsonl(proc.stdout), "the good article was still coded"
    strict = eventwire("extract", str(tmp_path), "--published", "2024-03-15", "--strict")
    assert strict.returncode != 0


def test_nothing_processable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("   ")
    proc = eventwire("extract", str(tmp_path / "empty.txt"))
    assert proc.returncode != 0
    assert b"empty" in proc.stderr


def test_missing_path_is_reported(article_txt, tmp_path):
    proc = eventwire("extract", str(tmp_path / "nope.txt"), str(article_txt), "--published", "2024-03-15")
    assert proc.returncode == 0
    assert b"nope.txt" in proc.stderr


def test_two_workers_give_the_same_output_as_one():
    one = eventwire("extract", str(EXAMPLES / "corpus.jsonl"))
    two = eventwire("extract", str(EXAMPLES / "corpus.jsonl"), "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout


def test_sample_corpus_output_validates(event_validator):
    proc = eventwire("extract", str(EXAMPLES / "corpus.jsonl"))
    records = _jsonl(proc.stdout)
    assert len({r["article_id"] for r in records}) >= 25
    for rec in records:
        event_validator.validate(rec)


def test_eval_prints_a_table_for_the_sample_gold():
    proc = eventwire("eval", "--only", "gold")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "OVERALL" in out and "ASSAULT" in out


def test_eval_json_scores_are_numbers():
    proc = eventwire("eval", "--only", "gold", "--json")
    report = json.loads(proc.stdout)[0]
    assert 0.0 <= report["overall"]["f1"] <= 1.0
    assert report["units"] >= 25
    ranking = report["confidence_ranking"]
    assert 0.5 < ranking["auc"] <= 1.0 and ranking["right"] < ranking["records"]


def test_min_confidence_leaves_out_the_records_below_it(article_txt):
    every = _jsonl(eventwire("extract", str(article_txt), "--published", "2024-03-15").stdout)
    assert every and all(0.0 < r["confidence"] < 1.0 for r in every)
    cut = sorted(r["confidence"] for r in every)[len(every) // 2]
    kept = _jsonl(eventwire("extract", str(article_txt), "--published", "2024-03-15", "--min-confidence", str(cut)).stdout)
    assert [r["id"] for r in kept] == [r["id"] for r in every if r["confidence"] >= cut]
    assert 0 < len(kept) < len(every) or len({r["confidence"] for r in every}) == 1


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_min_confidence_outside_zero_to_one_is_refused(article_txt, value):
    proc = eventwire("extract", str(article_txt), "--min-confidence", value)
    assert proc.returncode == 2 and b"--min-confidence" in proc.stderr


def test_train_confidence_writes_a_model_extract_can_use(tmp_path, article_txt):
    lines = (ROOT / "examples" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    ids = {json.loads(line)["id"] for line in lines}
    gold = [line for line in (ROOT / "examples" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["article_id"] in ids]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
    model = tmp_path / "model.json"
    proc = eventwire("train-confidence", "--gold", str(tmp_path / "gold.jsonl"), "--corpus", str(tmp_path / "corpus.jsonl"),
                     "-o", str(model), "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert b"cross-validated event F1" in proc.stderr
    spec = json.loads(model.read_text())
    assert spec["articles"] == 12 and spec["records"] > spec["right"] > 0
    assert len(spec["fold_of_text"]) == 12 and spec["model"]["weights"]


def test_train_confidence_names_a_missing_gold_file(tmp_path):
    proc = eventwire("train-confidence", "--gold", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "m.json"))
    assert proc.returncode != 0 and b"none.jsonl" in proc.stderr


# ---------------------------------------------------------------- PETRARCH dictionaries and eval

TINY_ACTORS = """<!-- two made-up countries -->
ELDORIA [ELD]
+ELDORIAN_REPUBLIC
VALMORA  [VAL]   # a comment after the code
"""
TINY_AGENTS = """TROOPS {} [~MIL]
POLICE {} [~COP]
"""
FICTION = "Eldoria troops attacked Valmora on Monday. Iran condemned Eldoria over the attack.\n"


@pytest.fixture()
def tiny_dictionaries(tmp_path):
    actors, agents = tmp_path / "tiny.actors.txt", tmp_path / "tiny.agents.txt"
    actors.write_text(TINY_ACTORS, encoding="utf-8")
    agents.write_text(TINY_AGENTS, encoding="utf-8")
    article = tmp_path / "fiction.txt"
    article.write_text(FICTION, encoding="utf-8")
    return article, actors, agents


def _codes(records: list[dict], side: str) -> set:
    return {(e["entity_text"], e["code"], e["sector"]) for r in records for e in r[side]}


def test_extract_with_replaced_actor_dictionaries(tiny_dictionaries, event_validator):
    article, actors, agents = tiny_dictionaries
    proc = eventwire("extract", str(article), "--published", "2024-03-15",
                     "--actors", str(actors), "--agents", str(agents), "--replace-actors")
    assert proc.returncode == 0, proc.stderr
    records = _jsonl(proc.stdout)
    for rec in records:
        event_validator.validate(rec)
    assault = next(r for r in records if r["event"] == ["ASSAULT"])
    assert [(a["code"], a["sector"]) for a in assault["actor"]] == [("ELD", "MIL")]
    assert [r["code"] for r in assault["recipient"]] == ["VAL"]
    # the built-in base is gone: Iran is not coded
    assert ("Iran", "IRN", None) not in _codes(records, "actor")
    assert any(e["entity_text"] == "Iran" and e["code"] is None for r in records for e in r["actor"])


def test_extract_with_added_dictionaries_keeps_the_built_in_base(tiny_dictionaries):
    article, actors, agents = tiny_dictionaries
    proc = eventwire("extract", str(article), "--published", "2024-03-15", "--actors", str(actors), "--agents", str(agents))
    assert proc.returncode == 0, proc.stderr
    records = _jsonl(proc.stdout)
    assert ("Iran", "IRN", None) in _codes(records, "actor")
    assert any(e["code"] == "ELD" for r in records for e in r["actor"] + r["recipient"])
    # without the dictionaries the made-up country has no code
    plain = _jsonl(eventwire("extract", str(article), "--published", "2024-03-15").stdout)
    assert not any(e["code"] == "ELD" for r in plain for e in r["actor"] + r["recipient"])


@pytest.mark.parametrize("option", ["--actors", "--agents"])
def test_missing_dictionary_is_a_clear_error(tiny_dictionaries, tmp_path, option):
    article = tiny_dictionaries[0]
    missing = tmp_path / "no-such.dictionary.txt"
    proc = eventwire("extract", str(article), "--published", "2024-03-15", option, str(missing))
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "dictionary not found" in err and str(missing) in err
    assert "Traceback" not in err
    assert proc.stdout == b""


PETRARCH_DIR = ROOT.parent / "shared" / "eval" / "petrarch2"


def test_eval_petrarch_json():
    if not PETRARCH_DIR.is_dir():
        pytest.skip(f"{PETRARCH_DIR} not beside the repository")
    proc = eventwire("eval", "--only", "petrarch", "--json")
    assert proc.returncode == 0, proc.stderr
    reports = json.loads(proc.stdout)
    assert isinstance(reports, list) and len(reports) == 1
    report = reports[0]
    assert "PETRARCH" in report["name"]
    assert report["units"] > 200
    assert 0.0 <= report["overall"]["f1"] <= 1.0
    assert {"full / compound", "root / actor"} <= set(report["variants"])
