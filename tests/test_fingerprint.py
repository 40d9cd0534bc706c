"""The coder's fingerprint: it changes with what decides the records, and only with that."""
from pathlib import Path

import pytest

from eventwire import fingerprint
from eventwire.fingerprint import coder_fingerprint, coder_modules


def test_the_fingerprint_is_stable_and_short():
    assert coder_fingerprint() == coder_fingerprint()
    assert len(coder_fingerprint()) == fingerprint.LENGTH


def test_the_coder_is_what_the_pipeline_imports_not_the_tools_around_it():
    names = {p.name for p in coder_modules()}
    assert {"pipeline.py", "events.py", "arguments.py", "places.py", "lexicon.py", "records.py"} <= names
    assert not names & {"cli.py", "export.py", "store.py", "ingest.py", "evaluate.py"}
    assert not any("serve" in p.parts for p in coder_modules())


def test_dictionaries_change_it_by_content_and_kind(tmp_path):
    one, same, other = tmp_path / "a.actors", tmp_path / "b.actors", tmp_path / "c.actors"
    one.write_text("IRAN [IRN]\n")
    same.write_text("IRAN [IRN]\n")
    other.write_text("IRAN [IRNGOV]\n")
    base = coder_fingerprint()
    assert coder_fingerprint(actors=[one]) != base
    assert coder_fingerprint(actors=[one]) == coder_fingerprint(actors=[same]), "a renamed file codes the same"
    assert coder_fingerprint(actors=[one]) != coder_fingerprint(actors=[other])
    assert coder_fingerprint(actors=[one]) != coder_fingerprint(agents=[one])
    assert coder_fingerprint(actors=[one]) != coder_fingerprint(actors=[one], replace_actors=True)


@pytest.fixture
def toy_package(tmp_path, monkeypatch):
    """A package whose pipeline imports one module; another module and a data file sit beside them."""
    (tmp_path / "pipeline.py").write_text("from .rules import rule\nfrom . import words\n")
    (tmp_path / "rules.py").write_text("rule = 1\n")
    (tmp_path / "words.py").write_text("WORDS = []\n")
    (tmp_path / "report.py").write_text("from .pipeline import x\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "verbs.txt").write_text("attack ASSAULT\n")
    monkeypatch.setattr(fingerprint, "PACKAGE", tmp_path)
    fingerprint._build_digest.cache_clear()
    yield tmp_path
    fingerprint._build_digest.cache_clear()


def _after(change) -> str:
    change()
    fingerprint._build_digest.cache_clear()
    return coder_fingerprint()


def test_rules_and_data_change_it_other_modules_do_not(toy_package: Path):
    assert {p.name for p in coder_modules()} == {"pipeline.py", "rules.py", "words.py"}
    before = coder_fingerprint()
    assert _after(lambda: (toy_package / "report.py").write_text("# reworded\n")) == before
    after_rule = _after(lambda: (toy_package / "rules.py").write_text("rule = 2\n"))
    assert after_rule != before
    assert _after(lambda: (toy_package / "data" / "verbs.txt").write_text("attack ASSAULT\nshell ASSAULT\n")) != after_rule
