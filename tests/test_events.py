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


def test_light_verb_passes_noun_event_to_subject(code):
    found = tuples(code("Saudi-led coalition jets carried out airstrikes on Houthi positions in Yemen."))
    assert any(t[0] == "ASSAULT" and t[2] == "YEM" for t in found)


def test_reported_attack_is_coded_not_the_saying(code):
    events = code("Ukrainian officials said Russian forces shelled Kyiv overnight.")
    assert ("ASSAULT", "RUS", "UKR") in tuples(events)
    assert all(e["event"] != ["CONSULT"] for e in events)


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


def test_intransitive_only_row_ignores_prepositional_phrases(code):
    # '-' in the lexicon means "no direct object"; a place or time phrase is not an object
    assert "PROTEST" in {e["event"][0] for e in code("Thousands of students demonstrated in Seoul on Sunday.")}
    assert "PROTEST" not in {e["event"][0] for e in code("The launch demonstrated its resolve to the region.")}


@pytest.mark.parametrize("text, expected", [
    ("The Somali president vowed to intensify the war against the militants.", "THREATEN"),
    ("Kenya's president vowed to hunt down those responsible for the attack.", "THREATEN"),
    ("Brazil's president vowed that those responsible would be punished.", "THREATEN"),
    ("The Jordanian prime minister vowed to work for peace with Israel.", "AGREE"),
])
def test_a_vow_of_force_is_a_threat(code, text, expected):
    types = {e["event"][0] for e in code(text) if e["polarity"] == "asserted"}
    assert expected in types and ({"AGREE", "THREATEN"} - {expected}).isdisjoint(types), code(text)
