"""State agents named without a country take the country where they act."""
from datetime import date

from eventwire.home_country import code_home_agents
from eventwire.records import Entity, EventMention


def actor_codes(events, etype):
    return [(a["code"], a["sector"]) for e in events if e["event"][0] == etype for a in e["actor"]]


def test_bare_police_and_army_take_the_dateline_country(code):
    events = code("TUNIS, Jan 14 (Eventwire) - The army imposed a curfew on Friday. "
                  "Police fired tear gas at crowds on the main avenue.", published=date(2011, 1, 14))
    assert ("TUN", "MIL") in actor_codes(events, "COERCE")
    assert ("TUN", "COP") in actor_codes(events, "ASSAULT")


def test_the_place_of_the_event_comes_before_the_dateline(code):
    events = code("LONDON, May 2 (Eventwire) - Police detained 40 marchers in Minsk on Sunday.",
                  published=date(2021, 5, 2))
    assert ("BLR", "COP") in actor_codes(events, "COERCE")


def test_other_agents_are_not_given_a_country(code):
    events = code("NAIROBI, Sept 21 (Eventwire) - Gunmen attacked a shopping mall on Saturday.",
                  published=date(2013, 9, 21))
    assert [c for c, _ in actor_codes(events, "ASSAULT")] == [None]


def test_a_named_country_is_kept_and_the_filled_code_is_marked_inferred():
    police = Entity("Police", "police", None, "COP", 0, 6)
    named = Entity("Iranian officials", "iranian officials", "IRN", "GOV", 20, 37)
    crowd = Entity("protesters", "protesters", None, "OPP", 40, 50)
    ev = EventMention(id="a-e1", article_id="a", event="COERCE", mode=[], context=[], cameo="173", quad_code=4,
                      actor=[police, named], recipient=[crowd], event_text=["detained"], sequence=0,
                      sent_start=0, sent_end=60, trigger_start=7, trigger_end=15, polarity="asserted")
    code_home_agents([ev], "SDN")
    assert [(a.code, a.inferred) for a in ev.actor] == [("SDN", True), ("IRN", False)]
    assert ev.recipient[0].code is None


def test_a_visitor_is_not_given_the_country_visited(code):
    events = code("KABUL, May 2 (Eventwire) - The foreign minister visited Kabul on Sunday.", published=date(2021, 5, 2))
    assert all(a["code"] != "AFG" for e in events if e["event"][0] == "CONSULT" for a in e["actor"]), events
