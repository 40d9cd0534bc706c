"""Arguments: subjects, passive agents, coordination, nationality, offsets."""
from conftest import tuples


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
