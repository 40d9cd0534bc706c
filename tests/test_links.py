"""Links between events from the text's cues (links.py), end to end."""


def _by_trigger(events, word):
    return next(e for e in events if any(word in t for t in e["event_text"]))


def test_retaliation_for_an_event_coded_in_the_same_sentence(code):
    events = code("Israel bombed Hezbollah positions in Lebanon on Monday in retaliation after "
                  "Hezbollah fired rockets at northern Israel.")
    bombing = _by_trigger(events, "bombed")
    rockets = _by_trigger(events, "fired")
    assert {(l["type"], l["event_id"]) for l in bombing["links"]} == {("follows", rockets["id"])}


def test_an_event_noun_after_the_cue_names_an_earlier_event(code):
    events = code("Militants attacked an army post near the border on Saturday. "
                  "The army shelled militant camps on Sunday in retaliation for the attack.")
    attack = _by_trigger(events, "attacked")
    shelling = _by_trigger(events, "shelled")
    link = shelling["links"][0]
    assert (link["type"], link["event_id"], link["cue"]) == ("response_to", attack["id"], "in retaliation for")


def test_prompted_points_from_the_later_event_back(code):
    events = code("Iran seized a British tanker in the Gulf on Friday. The seizure prompted Britain to "
                  "send a warship to the region.")
    seizure = _by_trigger(events, "seized")
    warship = _by_trigger(events, "send")
    assert [l["event_id"] for l in warship["links"]] == [seizure["id"]]
    assert seizure["links"] == []


def test_no_cue_no_link(code):
    events = code("Russia attacked Ukrainian ports on Monday. Ukraine shelled Russian positions on Tuesday.")
    assert all(e["links"] == [] for e in events)


def test_a_bare_event_noun_names_its_plain_reading_not_one_that_needs_a_modifier(code):
    # "the attack" is the bombing; "attack" is an accusation only as "a verbal attack".
    events = code("Militants bombed a hotel in Mogadishu on Saturday, killing 20 people. "
                  "The United Nations condemned the bombing on Sunday. "
                  "Hundreds of Somalis marched through the capital on Monday to protest against the attack.")
    bomb = next(e for e in events if e["event"] == ["ASSAULT"])
    march = next(e for e in events if e["event"] == ["PROTEST"])
    assert [link["event_id"] for link in march["links"]] == [bomb["id"]]


def test_an_event_noun_as_subject_names_the_event_told_with_that_noun(code):
    events = code("Israel carried out a strike near an air base in Iran on Friday. "
                  "Iranian air defences shot down several drones over the city. "
                  "The strike came days after Iran launched missiles at Israel.")
    strike = _by_trigger(events, "carried out")
    launch = _by_trigger(events, "launched")
    assert [link["event_id"] for link in strike["links"]] == [launch["id"]]
