"""Links between events from the text's cues (links.py), end to end."""

from conftest import tuples


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


def test_followed_in_the_active_voice_points_from_the_event_before_the_cue(code):
    # "A followed B": A is the later event; each of two records of one telling ("held talks") is
    # linked by the first
    events = code("Leaders of Egypt and Jordan held talks in Cairo on Monday. "
                  "The talks followed weeks of mediation in which Hamas released ten hostages.")
    talks = _by_trigger(events, "held talks")
    released = _by_trigger(events, "released")
    assert [(link["type"], link["event_id"]) for link in talks["links"]] == [("follows", released["id"])]
    assert released["links"] == []


def test_was_followed_by_points_from_the_event_after_the_cue(code):
    events = code("Rebels attacked an army post on Monday. "
                  "The attack was followed by a Nigerian airstrike that killed 12 rebels.")
    attack = _by_trigger(events, "attacked")
    killed = _by_trigger(events, "killed")
    assert [(link["type"], link["event_id"]) for link in killed["links"]] == [("follows", attack["id"])]
    assert attack["links"] == []


def test_an_event_noun_after_the_cue_may_name_an_event_told_in_the_next_sentence(code):
    events = code("The government said on Thursday it would scrap the tax after three days of mass protests. "
                  "Thousands of people rallied outside parliament on Tuesday and Wednesday.")
    rally = _by_trigger(events, "rallied")
    linked = [e for e in events if any(link["event_id"] == rally["id"] for link in e["links"])]
    assert [e["polarity"] for e in linked] == ["asserted"]  # the statement made after the protests
    assert linked[0]["links"][0]["type"] == "follows"


def test_an_event_noun_with_an_actor_names_an_event_of_that_actor(code):
    # the latest assault is Israel's; "The Iranian attack" is Iran's, on another party
    events = code("Iran fired missiles at Israel on Saturday. Iranian air defences shot down several drones "
                  "over Tehran. Israel struck a radar site in Iran on Friday. The Iranian attack prompted "
                  "Germany to impose sanctions on Tehran on Monday.")
    missiles = _by_trigger(events, "fired")
    sanctions = _by_trigger(events, "sanctions")
    assert [link["event_id"] for link in sanctions["links"]] == [missiles["id"]]


def test_over_links_a_conflictual_event_to_the_event_noun_right_after_it(code):
    events = code("The United States imposed sanctions on Turkey on Monday over Ankara's military offensive in Syria.")
    sanctions = next(e for e in events if e["event"] == ["SANCTION"])
    offensive = next(e for e in events if e["event"] == ["ASSAULT"])
    assert [(link["type"], link["event_id"], link["cue"]) for link in sanctions["links"]] == [
        ("response_to", offensive["id"], "over")]


def test_over_as_a_topic_or_a_number_links_nothing(code):
    events = code("Russia and Ukraine held talks in Istanbul over the ceasefire. "
                  "Britain imposed sanctions on Iran on Monday over 300 people killed in a crackdown on protesters.")
    assert events and all(e["links"] == [] for e in events)


def test_a_cue_in_a_clause_no_event_is_told_in_links_nothing(code):
    # "after the meeting" dates the telling to reporters, not the lifting of sanctions
    events = code("Trump and Kim held talks in Hanoi on Tuesday. Washington would lift sanctions on Pyongyang "
                  "only when it gave up its weapons, Trump told reporters after the meeting.")
    assert len(events) > 1 and all(e["links"] == [] for e in events)


def test_what_a_deed_aims_to_prevent_is_never_an_event_told_before(code):
    events = code("Iranian forces attacked a tanker in the Gulf on Monday. The United States sent two warships "
                  "to the Gulf on Friday, a move aimed at deterring future Iranian attacks.")
    warships = _by_trigger(events, "sent")
    assert warships["links"] == []


def test_an_actors_statement_names_what_that_actor_said_elsewhere_in_the_article(code):
    events = code("Saudi Arabia expelled Canada's ambassador on Monday in retaliation for a Canadian statement "
                  "on human rights. Riyadh also recalled its own ambassador. Last week Canada's foreign ministry "
                  "urged Riyadh to release detained activists.")
    expelled = _by_trigger(events, "expelled")
    urged = _by_trigger(events, "urged")
    assert [(link["type"], link["event_id"]) for link in expelled["links"]] == [("response_to", urged["id"])]


def test_an_event_noun_names_the_telling_not_a_bare_noun_that_describes_it(code):
    # "the deadliest single attack" describes the bombing; the attack the march protests is the blast
    events = code("KABUL, Oct 16 (Wire) - The death toll from a truck bombing at a market in Kabul rose to 90 on "
                  "Monday, the deadliest single attack in Afghanistan's history, officials said. The truck blew up "
                  "near a mosque on Saturday afternoon, killing 90 people. Hundreds of Afghans marched through the "
                  "city on Sunday to protest against the attack.")
    blast = _by_trigger(events, "blew up")
    march = _by_trigger(events, "marched")
    assert [link["event_id"] for link in march["links"]] == [blast["id"]]


def test_a_judgement_of_a_deed_told_before_is_aimed_at_its_doer(code):
    events = code("A U.S. drone strike killed an Iranian general in Baghdad. Iraq's prime minister denounced the strike.")
    assert ("ACCUSE", "IRQ", "USA") in tuples(events)
    events = code("Iran fired missiles into Pakistan's Balochistan province on Tuesday. "
                  "Pakistan's foreign ministry called it a blatant breach of Pakistan's sovereignty.")
    assert ("ACCUSE", "PAK", "IRN") in tuples(events)


def test_a_judgement_of_words_is_left_without_a_doer(code):
    events = code("Iran and six world powers reached a nuclear deal in Vienna. Israel's prime minister denounced the deal.")
    assert not any(e["event"][0] == "ACCUSE" and e["recipient"] for e in events), events
