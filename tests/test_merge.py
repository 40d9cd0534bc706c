"""One record per event in an article (merge.py), end to end."""


def _assaults(events):
    return [e for e in events if e["event"] == ["ASSAULT"] and e["polarity"] == "asserted"]


def test_the_same_strike_told_twice_is_one_record_with_both_mentions(code):
    events = code("A U.S. drone strike near Kabul airport killed an Islamic State commander on Sunday. "
                  "An Afghan police officer was also killed in the strike, officials said.")
    strikes = _assaults(events)
    assert len(strikes) == 1
    assert len(strikes[0]["mentions"]) == 2
    starts = [m["start"] for m in strikes[0]["mentions"]]
    assert starts == sorted(starts) and starts[0] < starts[1]


def test_another_strike_stays_a_record_of_its_own(code):
    events = code("Israeli jets struck Hamas targets in Gaza on Monday. "
                  "Israeli jets struck Hamas targets in Gaza again in another strike on Wednesday.")
    assert len(_assaults(events)) == 2


def test_different_attackers_are_different_events(code):
    events = code("Russian forces shelled Kharkiv on Monday. Ukrainian forces shelled Belgorod on Monday.")
    assert len(_assaults(events)) == 2


def test_a_negated_telling_keeps_its_own_record(code):
    events = code("Pakistan said Indian jets bombed a camp on Tuesday. "
                  "India denied that its jets had bombed any civilians.")
    assert any(e["polarity"] == "negated" for e in events if e["event"] == ["ASSAULT"])


def test_a_deed_told_again_in_the_next_sentence_by_the_same_actor_on_the_same_day_is_one_record(code):
    events = code("GOMA (Wire) - Rebels seized the city of Goma on Tuesday after Congolese troops retreated. "
                  "Congolese army soldiers withdrew from the lakeside city on Tuesday, residents said.")
    retreats = [e for e in events if e["event"] == ["RETREAT"]]
    assert len(retreats) == 1 and len(retreats[0]["mentions"]) == 2


def test_a_deed_by_the_same_actor_on_another_day_stays_apart(code):
    events = code("GOMA (Wire) - Congolese troops retreated from Goma on Tuesday. "
                  "Congolese army soldiers withdrew from Sake on Wednesday, residents said.")
    assert len([e for e in events if e["event"] == ["RETREAT"]]) == 2
