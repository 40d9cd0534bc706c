import gc
from datetime import date
import os
from functools import partial

from eventwire.actors import load_kb
from eventwire.records import Article, BadItem
from eventwire.run import run

ARTICLES = [
    Article(id="a1", text="Turkish troops shelled Kurdish militia positions near the border on Monday.", published=date(2019, 10, 14)),
    Article(id="a2", text="The foreign minister of Chile met his Argentine counterpart in Santiago.", published=date(2019, 10, 14)),
    Article(id="a3", text="Police arrested 40 protesters in Minsk on Sunday, witnesses said.", published=date(2020, 8, 10)),
]


def _kb_noting_the_process(note_file) -> object:
    with open(note_file, "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()}\n")
    return load_kb()


def _events(results) -> list:
    return [(r.article.id, [(e.event, [a.code for a in e.actor], [x.code for x in e.recipient]) for e in r.events])
            for r in results if not isinstance(r, BadItem)]


def test_two_workers_code_what_one_process_codes_in_input_order():
    one = _events(run(ARTICLES, workers=1))
    assert sum(len(events) for _, events in one) >= 2
    assert _events(run(ARTICLES, workers=2, batch_size=1)) == one


def test_forked_workers_share_the_extractor_built_once_before_the_fork(tmp_path):
    note = tmp_path / "built_in.txt"
    results = list(run(ARTICLES, workers=2, batch_size=1, kb_factory=partial(_kb_noting_the_process, note)))
    assert [r.article.id for r in results] == ["a1", "a2", "a3"]
    assert note.read_text().split() == [str(os.getpid())]
    assert gc.get_freeze_count() == 0  # the parent's collector is back to normal after the run
