"""The duplicates corpus generator (bench/make_corpus.py): stories that could be one event are kept apart."""
import json
import random
import sys
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import make_corpus  # noqa: E402

SANCTIONS = {"article_id": "s-1", "event": "SANCTION", "actor": "USA", "recipient": "RUSGOV", "polarity": "asserted"}


def sample(sample_id: str, text: str) -> dict:
    return {"id": sample_id, "published": "2014-03-17", "title": None, "text": text}


def test_signatures_come_from_asserted_gold_events_with_a_code(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rows = [SANCTIONS, {**SANCTIONS, "article_id": "s-2", "event": "ASSAULT", "polarity": "hypothetical"},
            {**SANCTIONS, "article_id": "s-2", "event": "PROTEST", "actor": None, "recipient": None}]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert make_corpus.sample_signatures(gold) == {"s-1": {("SANCTION", "USA", "RUS", 0, "")}}


def test_a_signature_counts_the_days_from_its_event_to_publication(tmp_path):
    gold = tmp_path / "gold.jsonl"
    row = {**SANCTIONS, "trigger": "froze", "sentence": "The US froze the assets on Friday."}
    gold.write_text(json.dumps(row) + "\n")
    (tmp_path / "gold_when_where.jsonl").write_text(json.dumps({**row, "date": "2014-03-14", "date_precision": "day"}) + "\n")
    signatures = make_corpus.sample_signatures(gold, {"s-1": "2014-03-17"})
    assert signatures == {"s-1": {("SANCTION", "USA", "RUS", 3, "2014-03-14")}}


def test_a_story_keeps_its_signatures_as_written_and_as_swapped():
    forms = make_corpus.country_forms()
    russia = next(f for f in forms if f[0] == "Russia")
    kenya = next(f for f in forms if f[0] == "Kenya")
    sigs = make_corpus.story_signatures({("SANCTION", "USA", "RUS", 2, "")}, [russia], [kenya], make_corpus.country_codes())
    assert sigs == {("SANCTION", "USA", "RUS", 2, ""), ("SANCTION", "USA", "KEN", 2, "")}


def test_events_of_different_samples_with_one_signature_are_days_apart():
    forms = make_corpus.country_forms()
    codes = make_corpus.country_codes()
    rng = random.Random(3)
    samples = [sample("s-1", "Washington imposed sanctions on Russia on Monday."),
               sample("s-2", "The United States froze the assets of Russian officials on Monday.")]
    # s-2 tells the sanctions 4 days after they were imposed
    signatures = {"s-1": {("SANCTION", "USA", "RUS", 0, "")}, "s-2": {("SANCTION", "USA", "RUS", 4, "")}}
    taken: set = set()
    stories = []
    first_day = date(2025, 1, 1)  # a crowded year: 80 stories of one signature
    for i in range(80):
        s = samples[i % 2]
        earlier = [x for x in stories if x.sample == s["id"]]
        stories.append(make_corpus.make_story(f"story-{i}", s, forms, earlier, rng, first_day=first_day,
                                              signatures=signatures[s["id"]], taken=taken, codes=codes))

    def event_day(story):
        return story.published.toordinal() - (4 if story.sample == "s-2" else 0)

    gaps = [abs(event_day(a) - event_day(b)) for a, b in combinations(stories, 2) if a.sample != b.sample]
    assert min(gaps) >= make_corpus.SIGNATURE_GAP_DAYS


D = "2020-01-03"


@pytest.mark.parametrize("first, second, apart", [
    (("ASSAULT", "USA", "IRN", 0, D), ("ASSAULT", "", "IRN", 0, D), True),    # "Soleimani was killed in a strike"
    (("ASSAULT", "", "IRN", 0, D), ("ASSAULT", "USA", "IRN", 0, D), True),    # told in either order
    (("ASSAULT", "USA", "IRN", 0, D), ("ASSAULT", "USA", "", 0, D), True),
    (("ASSAULT", "USA", "IRN", 0, D), ("ASSAULT", "ISR", "IRN", 0, D), False),  # different attackers: two events
    (("ASSAULT", "", "IRN", 0, D), ("ASSAULT", "USA", "", 0, D), False),      # nothing known in common
    (("ASSAULT", "USA", "IRN", 0, D), ("ASSAULT", "", "IRN", 3, D), False),   # days apart
    (("ASSAULT", "USA", "IRN", 0, D), ("ASSAULT", "", "IRN", 0, "2020-01-09"), False),  # the samples' events differ
])
def test_a_signature_with_one_side_unknown_is_kept_apart_from_one_that_names_it(first, second, apart):
    day = date(2024, 1, 10)
    taken = make_corpus._event_days({first}, day)
    clash = any(pair in taken for pair in make_corpus._signature_days({second}, day))
    assert clash is apart


def test_the_first_day_moves_back_for_widely_shared_signatures():
    alone = make_corpus.first_day_for(100_000, 43)
    shared = make_corpus.first_day_for(100_000, 43, widest_signature=8)
    assert shared < alone
    assert make_corpus.widest_signature({"a": {("X", "USA", "", 0, "")}, "b": {("X", "USA", "", 0, "")}, "c": set()}) == 2
