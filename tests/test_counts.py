"""Casualty and arrest counts come from the event's own clause."""


def _sizes(code, text, etype):
    return [e["size"] for e in code(text) if e["event"] == [etype]]


def test_killing_participle_counts_dead(code):
    sizes = _sizes(code, "U.S. jets bombed a camp in Syria, killing some 25 of the group's fighters.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 25


def test_wounded_and_killed_in_one_clause(code):
    sizes = _sizes(code, "A suicide bomber attacked a market in Kabul, killing 12 people and wounding 30 others.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 12 and sizes[0]["injured"] == 30


def test_arrest_count(code):
    sizes = _sizes(code, "Police in Kenya arrested 40 protesters in Nairobi on Tuesday.", "COERCE")
    assert sizes and sizes[0]["arrested"] == 40


def test_number_words(code):
    sizes = _sizes(code, "Gunmen attacked a police station in Nigeria, killing seven officers.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 7


def test_count_of_another_clause_is_not_taken(code):
    sizes = _sizes(code, "Iraqi troops attacked the town, which had 5000 residents.", "ASSAULT")
    assert sizes and sizes[0]["dead"] is None


def test_dates_are_not_counts(code):
    sizes = _sizes(code, "Israeli jets bombed Gaza on 12 May, killing three people.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 3


def test_a_clause_is_walked_only_when_a_number_lies_under_its_predicate():
    # the check reads the doc's columns: it must never miss a number word of the subtree
    import json
    from pathlib import Path

    from eventwire.counts import _NUMBER_WORDS, _number_under, count_casualties
    from eventwire.nlp import load_nlp
    from eventwire.records import Size

    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts.append("Guards detained a dozen students after rioters wounded eleven officers.")
    without = 0
    for doc in load_nlp().pipe(texts):
        for tok in doc:
            if not _number_under(tok):
                assert not any(t.like_num or t.lower_ in _NUMBER_WORDS for t in tok.subtree)
                assert count_casualties(tok) == Size()
                without += 1
    assert without > 0
    doc = load_nlp()("Guards detained a dozen students after rioters wounded eleven officers.")
    assert _number_under(doc[1]) and count_casualties(doc[1]).arrested == 12


def test_the_doers_of_a_deed_are_no_count_of_its_victims(code):
    # the subject of a verb with an object of its own does the deed
    sizes = _sizes(code, "About 40 masked gunmen killed a border guard near Kandahar on Sunday.", "ASSAULT")
    assert sizes and sizes[0]["dead"] is None, sizes
    sizes = _sizes(code, "At least 40 people were killed when gunmen attacked a bus near Kandahar.", "ASSAULT")
    assert any(s["dead"] == 40 for s in sizes), sizes


def test_the_dead_a_deed_leaves_behind_are_counted(code):
    # "dead" is said of the people on "leaving", not on the noun; the parse may also make "people dead"
    # a clause of its own, or "dozens wounded" a deed by the dozens
    for text, dead, injured in [
            ("Troops fired on a crowd in Khartoum, leaving five people dead.", 5, None),
            ("Rebels attacked a village in Ituri on Sunday, leaving at least 30 people dead.", 30, None),
            ("Troops fired on a crowd in Khartoum, leaving 20 Sudanese protesters dead.", 20, None),
            ("Troops fired on a crowd in Khartoum, leaving five people dead and 30 injured.", 5, 30)]:
        sizes = _sizes(code, text, "ASSAULT")
        assert sizes and sizes[0]["dead"] == dead and sizes[0]["injured"] == injured, (text, sizes)


def test_the_wounded_left_behind_are_not_a_deed_of_their_own(code):
    events = code("Rebels attacked a village in Ituri on Sunday, leaving at least 30 people dead and dozens wounded.")
    assert [e["event"] for e in events] == [["ASSAULT"]], events
    assert events[0]["actor"][0]["entity_text"] == "Rebels", events
