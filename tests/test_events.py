"""Event coding on single sentences: types, arguments, coordination, polarity, nominal events."""
import pytest

from conftest import tuples


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian troops attacked the Ukrainian city of Kharkiv on Tuesday.", ("ASSAULT", "RUS", "UKR")),
        ("Israeli warplanes bombed Hamas positions in Gaza overnight.", ("ASSAULT", "ISR", "PSE")),
        ("The European Union imposed new sanctions on Belarus on Monday.", ("SANCTION", "EUR", "BLR")),
        ("Chinese President Xi Jinping met Brazilian President Lula in Beijing.", ("CONSULT", "CHN", "BRA")),
        ("Japan pledged $500 million in humanitarian aid to Ukraine.", ("AGREE", "JPN", "UKR")),
        ("Japan sent $500 million in humanitarian aid to Ukraine.", ("AID", "JPN", "UKR")),
        ("Pakistan accused India of violating the ceasefire in Kashmir.", ("ACCUSE", "PAK", "IND")),
        ("Turkey threatened to expel the German ambassador.", ("THREATEN", "TUR", "DEU")),
        ("Thousands of Serbian students protested against the Serbian government in Belgrade.", ("PROTEST", "SRB", "SRB")),
        ("Kenyan police arrested 40 opposition supporters in Nairobi.", ("COERCE", "KEN", "KEN")),
        ("Egypt and Qatar agreed to restore diplomatic relations.", ("AGREE", "EGY", "QAT")),
        ("The United Nations urged Myanmar to release political prisoners.", ("REQUEST", "UNO", "MMR")),
        ("Iran rejected the proposal from the European Union.", ("REJECT", "IRN", "EUR")),
        ("Russia withdrew its troops from the Kyiv region.", ("RETREAT", "RUS", "UKR")),
        ("North Korea deployed additional artillery units near the border with South Korea.", ("MOBILIZE", "PRK", None)),
    ],
)
def test_codes_type_actor_and_recipient(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_passive_by_agent_is_the_actor(code):
    found = tuples(code("The convoy was ambushed by Taliban fighters near Kandahar."))
    assert ("ASSAULT", "AFG", None) in found


def test_passive_subject_is_the_recipient(code):
    assert ("ASSAULT", "ISR", "IRN") in tuples(code("Iran was attacked by Israel on Saturday."))


def test_coordinated_subjects_give_an_event_per_pair(code):
    found = tuples(code("France and Germany urged Iran and Syria to end the violence."))
    assert {("REQUEST", a, r) for a in ("FRA", "DEU") for r in ("IRN", "SYR")} <= found


def test_demonym_with_agent_noun_gives_country_and_sector(code):
    events = code("An Iranian general was killed when Israeli jets struck a building in Damascus.")
    recipients = [r for e in events for r in e["recipient"] if r["code"] == "IRN"]
    assert recipients and recipients[0]["sector"] == "MIL"


def test_nominal_event_with_possessor(code):
    assert ("ASSAULT", "RUS", "UKR") in tuples(code("Russia's invasion of Ukraine began in February 2022."))


def test_light_verb_passes_noun_event_to_subject(code):
    found = tuples(code("Saudi-led coalition jets carried out airstrikes on Houthi positions in Yemen."))
    assert any(t[0] == "ASSAULT" and t[2] == "YEM" for t in found)


def test_reported_attack_is_coded_not_the_saying(code):
    events = code("Ukrainian officials said Russian forces shelled Kyiv overnight.")
    assert ("ASSAULT", "RUS", "UKR") in tuples(events)
    assert all(e["event"] != ["CONSULT"] for e in events)


def test_negated_event_is_marked_not_asserted(code):
    events = code("Turkey did not attack Kurdish positions in Syria on Sunday.")
    assault = [e for e in events if e["event"] == ["ASSAULT"]]
    assert assault and all(e["polarity"] == "negated" for e in assault)


def test_conditional_event_is_hypothetical(code):
    events = code("Washington would impose sanctions on Venezuela if the election was postponed.")
    sanction = [e for e in events if e["event"] == ["SANCTION"]]
    assert sanction and sanction[0]["polarity"] == "hypothetical"


def test_future_event_is_future(code):
    events = code("Germany will send weapons to Ukraine next month.")
    assert [e for e in events if e["event"] == ["AID"] and e["polarity"] == "future"]
    assert not [e for e in events if e["polarity"] == "asserted" and e["event"] == ["AID"]]
    # the announcement itself is a promise made today (CAMEO 033)
    assert ("AGREE", "DEU", "UKR") in tuples(events)


def test_plans_to_is_future(code):
    events = code("Britain plans to withdraw its remaining troops from Mali.")
    retreat = [e for e in events if e["event"] == ["RETREAT"]]
    assert retreat and retreat[0]["polarity"] == "future"


def test_denial_is_reject_and_denied_event_not_asserted(code):
    events = code("Moscow denied planning an invasion of Ukraine.")
    assert ("REJECT", "RUS", None) in tuples(events)
    assert not [e for e in events if e["event"] == ["ASSAULT"] and e["polarity"] == "asserted"]


def test_threat_is_asserted_and_threatened_act_is_not(code):
    events = code("North Korea threatened to attack South Korea.")
    assert ("THREATEN", "PRK", "KOR") in tuples(events)
    assert not [e for e in events if e["event"] == ["ASSAULT"] and e["polarity"] == "asserted"]


def test_unknown_actor_keeps_text_with_null_code(code):
    events = code("Gunmen kidnapped 20 passengers on a highway.")
    actors = [a for e in events for a in e["actor"]]
    assert actors and actors[0]["entity_text"].lower() == "gunmen" and actors[0]["code"] is None


def test_offsets_point_into_the_text(code):
    text = "Police in Kenya arrested 12 protesters. Later, Israeli jets bombed Gaza City."
    for e in code(text):
        for ent in e["actor"] + e["recipient"]:
            assert text[ent["start"] : ent["end"]] == ent["entity_text"]
        assert text[e["text_info"]["start"] : e["text_info"]["end"]].endswith(".")


def test_event_text_is_the_trigger_span_in_any_sentence(code):
    text = "Police in Kenya arrested 12 protesters. Later, Israeli jets bombed Gaza City. Iran condemned the raid."
    events = code(text)
    assert len(events) >= 2
    for e in events:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["event_text"][0]
        assert e["text_info"]["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= e["text_info"]["end"]


def test_modes_come_from_the_lexicon(code):
    events = code("U.S. drones carried out an airstrike on al-Shabaab fighters in Somalia.")
    assert any("heavy-weapons" in e["mode"] for e in events if e["event"] == ["ASSAULT"]), events


def test_cameo_and_quad_code_sit_beside_the_type(code):
    events = code("Israeli jets bombed Gaza City.")
    assert events[0]["cameo"] and events[0]["cameo"].startswith(("18", "19", "20"))
    assert events[0]["quad_code"] == 4
