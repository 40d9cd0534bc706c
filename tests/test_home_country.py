"""State agents named without a country take the country where they act."""
from datetime import date

from conftest import tuples
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


def test_state_media_named_without_a_country_are_the_states_where_the_deed_is_done(code):
    events = code("HARARE, March 30 (Eventwire) - State media denied on Sunday that soldiers had beaten "
                  "opposition supporters.", published=date(2008, 3, 30))
    assert ("ZWE", "MED") in actor_codes(events, "REJECT")
    # an outlet with no state word stays uncoded
    events = code("HARARE, March 30 (Eventwire) - A private newspaper denied on Sunday that it had "
                  "received foreign money.", published=date(2008, 3, 30))
    assert all(c is None for c, _ in actor_codes(events, "REJECT"))


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


def test_a_group_making_claims_on_one_state_belongs_to_it(code):
    events = code("Islamic students demanded the resignation of the Egyptian president.")
    assert ("EGY", "EDU") in actor_codes(events, "REQUEST")
    # a named person is no unnamed group; attackers are not given the country they attack
    # (a person the actor base does not know; Desmond Tutu is known since people.tsv has public figures)
    events = code("Archbishop Tobias Mwenedata called for sanctions against Nigeria.")
    assert [c for c, _ in actor_codes(events, "REQUEST")] == [None]
    events = code("Gunmen attacked the Egyptian embassy.")
    assert all(c is None for c, _ in actor_codes(events, "ASSAULT"))


def test_claimants_are_coded_only_against_a_single_state():
    crowd = Entity("demonstrators", "demonstrators", None, "OPP", 0, 13)
    target = Entity("the Algerian president", "algerian president", "DZA", "GOV", 30, 52)
    other = Entity("the United Nations", "united nations", "UNO", "IGO", 60, 78)
    ev = EventMention(id="a-e1", article_id="a", event="REQUEST", mode=[], context=[], cameo="020", quad_code=1,
                      actor=[crowd], recipient=[target], event_text=["demanded"], sequence=0,
                      sent_start=0, sent_end=80, trigger_start=14, trigger_end=22, polarity="asserted")
    code_home_agents([ev], None)
    assert [(a.code, a.inferred) for a in ev.actor] == [("DZA", True)]
    ev.actor, ev.recipient = [crowd], [target, other]
    code_home_agents([ev], None)
    assert ev.actor[0].code is None


def test_a_claim_on_a_state_other_than_the_one_where_it_is_made_gives_no_country(code):
    # a demand made in Nigeria's story of Britain's patrols says nothing of whose the militants are
    events = code("LAGOS, June 4 (Eventwire) - Nigerian police said gunmen hijacked a tanker off the coast on "
                  "Monday. The militants demanded an end to Britain's naval patrols in the gulf.",
                  published=date(2008, 6, 4))
    assert [c for c, _ in actor_codes(events, "REQUEST")] == [None], events
    # a protest keeps the convention: aimed at a state, it is by that state's people
    events = code("Hundreds of students began a hunger strike on Monday to protest against Norway's decision "
                  "to deport them to Iraq.")
    assert ("NOR", "EDU") in actor_codes(events, "PROTEST"), events


def test_rebels_fought_by_a_states_forces_are_that_states_rebels(code):
    events = code("The Chadian army said it had killed more than 300 rebels in the north.")
    assert [(r["code"], r["sector"]) for e in events if e["event"][0] == "ASSAULT" for r in e["recipient"]] == [("TCD", "REB")]
    # rebels attacked by other uncoded fighters stay without a country
    events = code("Gunmen attacked rebels near the border.")
    assert all(r["code"] is None for e in events for r in e["recipient"])


def test_an_unknown_name_opening_a_sentence_is_not_taken_for_a_group():
    name = Entity("Zembla", "zembla", None, None, 0, 6)
    target = Entity("Valmora", "valmora", "VAL", None, 17, 24)
    ev = EventMention(id="a-e1", article_id="a", event="ACCUSE", mode=[], context=[], cameo="111", quad_code=3,
                      actor=[name], recipient=[target], event_text=["condemned"], sequence=0,
                      sent_start=0, sent_end=40, trigger_start=7, trigger_end=16, polarity="asserted")
    code_home_agents([ev], None)
    assert ev.actor[0].code is None
    rebels = Entity("Rebels", "rebels", None, "REB", 0, 6)
    ev.actor = [rebels]
    code_home_agents([ev], None)
    assert ev.actor[0].code == "VAL"


def test_rebels_a_foreign_force_strikes_abroad_are_not_given_its_country(code):
    events = code("LATAKIA, June 11 (Eventwire) - Russian jets bombed rebel camps in Idlib on Sunday.",
                  published=date(2023, 6, 11))
    codes = [r["code"] for e in events if e["event"][0] == "ASSAULT" for r in e["recipient"]]
    assert codes and "RUS" not in codes


def test_a_peoples_dealings_with_the_president_are_with_their_own_state():
    rebels = Entity("Rebels in Mali", "rebels", "MLI", "REB", 0, 14)
    president = Entity("the president", "president", None, "GOV", 40, 53)
    ev = EventMention(id="a-e1", article_id="a", event="REJECT", mode=[], context=[], cameo="120", quad_code=3,
                      actor=[rebels], recipient=[president], event_text=["rejected"], sequence=0,
                      sent_start=0, sent_end=60, trigger_start=15, trigger_end=23, polarity="asserted")
    code_home_agents([ev], "MLI")
    assert [(r.code, r.inferred) for r in ev.recipient] == [("MLI", True)]
    # a state acting as a whole on its own forces is not acting on a target
    state = Entity("Mali", "mali", "MLI", None, 0, 4)
    troops = Entity("troops", "troops", None, "MIL", 14, 20)
    ev.event, ev.actor, ev.recipient = "MOBILIZE", [state], [troops]
    code_home_agents([ev], "MLI")
    assert ev.recipient[0].code is None


def test_rebels_appeal_from_their_president_is_their_own(code):
    events = code("Rebels in Chad on Monday rejected an appeal from the president to lay down their weapons.")
    assert [(r["code"], r["sector"]) for e in events if e["event"][0] == "REJECT" for r in e["recipient"]] == [("TCD", "GOV")]


def test_one_person_named_by_a_role_is_no_peoples_group():
    target = Entity("Israel", "Israel", "ISR", None, 20, 26)
    for text, sector, grouped in (("the cleric", "REL", False), ("clerics", "REL", True),
                                  ("the opposition", "OPP", True), ("a student", "EDU", False)):
        ev = EventMention(id="a-e1", article_id="a", event="ACCUSE", mode=[], context=[], cameo="111", quad_code=3,
                          actor=[Entity(text, text, None, sector, 0, len(text))], recipient=[target],
                          event_text=["accused"], sequence=0, sent_start=0, sent_end=40, trigger_start=11,
                          trigger_end=18, polarity="asserted")
        code_home_agents([ev], None)
        assert (ev.actor[0].code == "ISR") is grouped, text


def recipient_codes(events, etype):
    return [(r["code"], r["sector"]) for e in events if e["event"][0] == etype for r in e["recipient"]]


def test_people_a_states_police_act_on_at_home_are_its_own(code):
    events = code("Kenyan police arrested dozens of students outside the parliament.")
    assert recipient_codes(events, "COERCE") == [("KEN", "EDU")]
    # people in general are left uncoded, and so is a group the police act on abroad
    events = code("Kenyan police detained 40 people on Tuesday.")
    assert [c for c, _ in recipient_codes(events, "COERCE")] == [None]
    events = code("Kenyan troops detained dozens of students in Somalia.")
    assert "KEN" not in [c for c, _ in recipient_codes(events, "COERCE")]


def test_persons_a_states_police_act_on_at_home_are_its_own(code):
    events = code("Thousands marched on parliament. Kenyan police fired tear gas at them.")
    assert [c for c, _ in recipient_codes(events, "ASSAULT")] == ["KEN"]
    events = code("Mr. Kamau was arrested by Kenyan police on Tuesday.")
    assert [c for c, _ in recipient_codes(events, "COERCE")] == ["KEN"]
    # things seized are no one's people
    events = code("Kenyan police seized the documents on Tuesday.")
    assert [c for c, _ in recipient_codes(events, "COERCE")] == [None]


def test_an_outlet_a_states_authorities_shut_down_at_home_is_its_own(code):
    events = code("The Tanzanian government today ordered the opposition newspaper Mwananchi Leo to suspend publication.")
    assert recipient_codes(events, "COERCE") == [("TZA", "MED")]


def test_an_attack_with_no_target_named_is_aimed_at_the_country_its_clause_places_it_in(code):
    events = code("Turkey carried out a drone strike near a village in Iraq's Duhok province on Monday.")
    assert [c for c, _ in recipient_codes(events, "ASSAULT")] == ["IRQ"]
    # a dateline alone does not say where the attack struck
    events = code("BEIRUT, May 2 (Eventwire) - Israeli jets carried out a strike on Tuesday.", published=date(2024, 5, 2))
    assert recipient_codes(events, "ASSAULT") == []


def test_what_an_attack_hits_is_in_the_country_its_clause_places_it_in(code):
    found = tuples(code("Syrian troops shelled farmland on the outskirts of Aleppo on Monday. "
                        "Turkish jets bombed depots near Idlib."))
    assert ("ASSAULT", "SYR", "SYR") in found and ("ASSAULT", "TUR", "SYR") in found, found
    # the dateline alone places nothing that is hit
    found = tuples(code("DAMASCUS, May 2 (Eventwire) - Gunmen shelled farmland on Monday.", published=date(2021, 5, 4)))
    assert ("ASSAULT", None, None) in found, found


def test_a_show_of_force_with_no_target_named_is_aimed_at_the_other_country_it_is_staged_in(code):
    found = tuples(code("Israeli troops stayed on high alert in the occupied West Bank."))
    assert ("MOBILIZE", "ISR", "PSE") in found, found
    # at home it is aimed at no one
    found = tuples(code("Myanmar soldiers deployed in Yangon on Monday."))
    assert ("MOBILIZE", "MMR", None) in found, found


def test_a_party_making_claims_on_one_state_is_of_that_state(code):
    events = code("The Green Dawn party said it would boycott Ghana's elections unless the president resigns.")
    assert ("GHA", "PTY") in actor_codes(events, "THREATEN"), events


def test_aid_handed_out_somewhere_to_people_of_no_country_has_no_coded_receiver(code):
    # the null rule: the place says where the aid was handed out, not whose people the receivers are
    events = code("The World Food Programme began handing out food in Beira on Monday to families who lost "
                  "their homes.", published=date(2019, 3, 20))
    assert not [r for e in events if e["event"] == ["AID"] for r in e["recipient"] if r["code"]], events
    # a place named only by the dateline does not say where the aid went
    events = code("MAPUTO, March 20 (Eventwire) - The World Food Programme delivered food to flood victims.",
                  published=date(2019, 3, 20))
    assert not [r for e in events if e["event"] == ["AID"] for r in e["recipient"] if r["code"]], events


def test_agents_of_several_states_are_not_given_the_home_country(code):
    events = code("NAIROBI, March 4 (Wire) - Western governments condemned the arrests on Monday.")
    assert actor_codes(events, "ACCUSE") == [(None, "GOV")], events


def test_a_states_legislature_or_court_it_acts_on_is_its_own():
    # "Kenya's president suspended parliament": the state's own forces are left alone, another branch is homed
    president = Entity("Kenya's president", "kenyan president", "KEN", "GOV", 0, 17)
    house = Entity("parliament", "parliament", None, "LEG", 28, 38)
    troops = Entity("troops", "troops", None, "MIL", 43, 49)
    ev = EventMention(id="a-e1", article_id="a", event="COERCE", mode=[], context=[], cameo="172", quad_code=4,
                      actor=[president], recipient=[house, troops], event_text=["suspended"], sequence=0,
                      sent_start=0, sent_end=60, trigger_start=18, trigger_end=27, polarity="asserted")
    code_home_agents([ev], "KEN")
    assert [(r.code, r.inferred) for r in ev.recipient] == [("KEN", True), (None, False)]


def test_whom_a_visitor_meets_is_of_the_place_met(code):
    events = code("DHAKA, Aug 6 (Eventwire) - The U.S. envoy met army commanders on Tuesday.",
                  published=date(2024, 8, 6))
    consult = [e for e in events if e["event"] == ["CONSULT"]]
    assert consult and [r["code"] for r in consult[0]["recipient"]] == ["BGD"], consult
    assert [a["code"] for a in consult[0]["actor"]] == ["USA"]


def test_an_official_the_story_names_is_of_the_coded_actors_state_too():
    # a named person of a state sector is someone else of that state, not the actor's own forces
    actor = Entity("Hungary", "Hungary", "HUN", None, 0, 7)
    rival = Entity("Varga's claim", "Zoltan Varga", None, "GOV", 17, 30)
    troops = Entity("its troops", "its troops", None, "MIL", 35, 45)
    ev = EventMention(id="a-e1", article_id="a", event="REJECT", mode=[], context=[], cameo="120", quad_code=3,
                      actor=[actor], recipient=[rival, troops], event_text=["rejected"], sequence=0,
                      sent_start=0, sent_end=60, trigger_start=8, trigger_end=16, polarity="asserted")
    code_home_agents([ev], "HUN", people=frozenset({"Zoltan Varga"}))
    assert [r.code for r in ev.recipient] == ["HUN", None]


def test_a_patrol_is_a_state_agent_of_the_country_where_it_acts(code):
    events = code("TUNIS, Jan 14 (Eventwire) - Gunmen opened fire on the patrol on Friday.",
                  published=date(2011, 1, 14))
    assert [(r["code"], r["sector"]) for e in events for r in e["recipient"]] == [("TUN", "MIL")]


def test_a_group_the_story_calls_local_is_of_its_country(code):
    events = code("NAIROBI, May 2 (Eventwire) - Kenya's government blamed a little-known local Islamist group for the raid on Sunday.",
                  published=date(2021, 5, 2))
    accuse = [e for e in events if e["event"] == ["ACCUSE"]]
    assert accuse and [r["code"] for r in accuse[0]["recipient"]] == ["KEN"], accuse


def test_the_opposition_named_without_a_country_is_of_the_country_where_the_event_happens(code):
    # the opposition is always a state's own: a foreign government accusing it accuses that state's opposition
    events = code("CARACAS, March 3 (Eventwire) - Cuba's foreign ministry accused the opposition of plotting a coup on Monday.",
                  published=date(2019, 3, 3))
    accuse = [e for e in events if e["event"] == ["ACCUSE"]]
    assert accuse and [r["code"] for r in accuse[0]["recipient"]] == ["VEN"], accuse


def test_police_in_a_story_filed_elsewhere_are_of_the_country_of_the_deed_told_before(code):
    events = code("BRUSSELS, May 24 (Wire) - Iranian forces seized a Greek tanker in the Iranian port of Bandar Abbas "
                  "on Sunday. Police detained the crew.", published=date(2021, 5, 25))
    assert actor_codes(events, "COERCE")[-1] == ("IRN", "COP"), events


def test_a_deployment_to_a_place_named_by_its_kind_is_to_the_country_where_it_happens(code):
    events = code("LAGOS, Jan 14 (Eventwire) - The Pentagon sent troops to the city on Friday. "
                  "The Pentagon sent 750 paratroopers to the region.", published=date(2021, 1, 15))
    recipients = [r["code"] for e in events if e["event"] == ["MOBILIZE"] for r in e["recipient"]]
    assert "NGA" in recipients, events
    # "the region" may span countries: left as it is
    assert not any(r["entity_text"].endswith("region") and r["code"] for e in events for r in e["recipient"]), events


def test_an_ethnic_people_making_claims_on_one_state_is_of_that_state(code):
    # "ethnic Serbs" names a people, not Serbia, so like "demonstrators" they take the one state they confront
    events = code("Hundreds of ethnic Serbs protested against Croatia's decision to close their schools.")
    assert [c for c, _ in actor_codes(events, "PROTEST")] == ["HRV"]
    events = code("About 500 ethnic Hungarians demanded that the Slovak government restore their language rights.")
    assert [c for c, _ in actor_codes(events, "REQUEST")] == ["SVK"]
    # confronting two states, they stay without a country
    events = code("Ethnic Albanians accused Serbia and Montenegro of persecution.")
    assert [c for c, _ in actor_codes(events, "ACCUSE")] == [None]


def test_people_a_states_authorities_order_at_home_are_its_own(code):
    events = code("Malawi's labour minister ordered striking teachers to return to their schools.")
    assert recipient_codes(events, "REQUEST") == [("MWI", "EDU")]
    # ordered abroad, they are no one's people the story tells of
    events = code("Malawi's labour minister ordered striking teachers in Zambia to return to their schools.")
    assert "MWI" not in [c for c, _ in recipient_codes(events, "REQUEST")]


def test_collective_nouns_are_read_from_the_actor_data():
    """Knowledge, not code: the collective nouns that name many people live in data/actors."""
    import eventwire.home_country as home_country
    from eventwire.actors import actor_word_list

    assert not hasattr(home_country, "COLLECTIVE_NOUNS")
    assert {"opposition", "clergy", "diaspora", "coalition"} <= actor_word_list("collective_nouns.txt")
    assert home_country._names_many("Clergy") and not home_country._names_many("minister")


def test_a_people_without_a_state_acted_on_at_home_is_that_states(code):
    found = tuples(code("The Turkish interior minister urged Kurds to stay off the streets."))
    assert ("REQUEST", "TUR", "TUR") in found, found


def test_a_place_named_by_its_kind_that_force_is_aimed_at_is_the_storys_country(code):
    events = code("BAMAKO, May 3 (Eventwire) - Rebels attacked army posts in northern Mali on Sunday. "
                  "The rebels shelled the capital on Monday.")
    shelled = [r for e in events if e["event_text"] and "shelled" in e["event_text"][0] for r in e["recipient"]]
    assert shelled and shelled[0]["code"] == "MLI", shelled


def test_a_states_censure_of_a_peoples_group_at_home_is_aimed_at_its_own(code):
    events = code("Malawi's president accused the opposition of plotting to seize power.")
    assert recipient_codes(events, "ACCUSE") == [("MWI", "OPP")]
    # said abroad of another country's people, it says nothing of whose they are
    events = code("Malawi's president accused the opposition in Zambia of plotting to seize power.")
    assert "MWI" not in [c for c, _ in recipient_codes(events, "ACCUSE")]


def test_air_defences_and_presidential_advisers_are_state_agents(code):
    events = code("KYIV, Oct 10 (Eventwire) - Two drones were shot down by air defences on Monday. "
                  "Presidential adviser Oleksiy Hrytsenko rejected the claims.", published=date(2022, 10, 10))
    assert ("UKR", "MIL") in actor_codes(events, "ASSAULT")
    assert ("UKR", "GOV") in actor_codes(events, "REJECT")


def test_one_opposition_figure_a_state_censures_at_home_is_its_own(code):
    events = code("Malawi's president accused an opposition leader of plotting to seize power.")
    assert recipient_codes(events, "ACCUSE") == [("MWI", "OPP")]


def test_what_the_country_owns_is_of_the_country_the_story_tells_of(code):
    # "the country's political parties" are Fiji's, whatever the kind of body
    events = code("SUVA, Dec 6 (Eventwire) - Fiji's army chief dismissed the prime minister on Tuesday. "
                  "The Methodist church urged the country's political parties to stay calm.", published=date(2006, 12, 6))
    recipients = [r for e in events if e["event"] == ["REQUEST"] for r in e["recipient"]]
    assert recipients and recipients[0]["code"] == "FJI", recipients


def test_a_withdrawal_from_a_place_named_by_its_kind_leaves_the_country_it_is_in(code):
    # "the capital" under a MONROVIA dateline is Liberia's: the Nigerian troops leave Liberia
    events = code("MONROVIA, Oct 3 (Eventwire) - Nigerian troops began pulling out of the capital on Friday.",
                  published=date(2003, 10, 3))
    assert ("RETREAT", "NGA", "LBR") in tuples(events), tuples(events, None)


def test_a_crowd_storming_a_building_is_not_given_the_buildings_country(code):
    events = code("Thousands of protesters stormed the Moldovan parliament on Friday.",
                  published=date(2021, 5, 7))
    riots = [e for e in events if e["event"][0] == "PROTEST"]
    assert riots and all(a["code"] is None for e in riots for a in e["actor"]), events
    # a crowd that protests against a state's decision still makes a claim on that state
    events = code("Demonstrators protested against the Moldovan government's decision on Friday.",
                  published=date(2021, 5, 7))
    assert [a["code"] for e in events if e["event"][0] == "PROTEST" for a in e["actor"]] == ["MDA"], events


def test_a_threat_against_a_city_named_by_its_kind_is_made_against_its_country(code):
    events = code("N'DJAMENA, April 20 (Eventwire) - The rebels vowed to keep advancing on the capital.",
                  published=date(2021, 4, 21))
    assert [r["code"] for e in events if e["event"][0] == "THREATEN" for r in e["recipient"]] == ["TCD"], events


def test_forces_a_state_sends_at_home_are_not_the_deployments_target():
    police = Entity("the authorities", "authorities", None, "GOV", 0, 15)
    troops = Entity("army troops", "army troops", None, "MIL", 25, 36)
    ev = EventMention(id="a-e1", article_id="a", event="MOBILIZE", mode=["troops"], context=[], cameo="150", quad_code=4,
                      actor=[police], recipient=[troops], event_text=["deployed"], sequence=0,
                      sent_start=0, sent_end=60, trigger_start=16, trigger_end=24, polarity="asserted")
    code_home_agents([ev], "IND")
    assert [a.code for a in ev.actor] == ["IND"] and ev.recipient == []


def test_forces_sent_to_the_senders_own_base_abroad_are_deployed_in_the_host_country(code):
    found = tuples(code("France flew 300 paratroopers to its air base at Bouake, north of the capital, on Monday."))
    assert ("MOBILIZE", "FRA", "CIV") in found, found
    assert ("MOBILIZE", "FRA", "FRA") not in found, found


def test_a_thing_of_the_city_attacked_is_in_the_country_the_story_is_filed_from(code):
    found = tuples(code("KARACHI, May 3 (Eventwire) - Gunmen opened fire at the city's main bus station on Friday."))
    assert ("ASSAULT", None, "PAK") in found, found


def test_coup_plotters_held_at_home_are_that_states_rebels(code):
    # "coup plotters" are armed rebels (agents.tsv), so those a state's forces arrest at home are its own
    events = code("OUAGADOUGOU, Jan 24 (Wire) - Burkinabe soldiers arrested four coup plotters on Monday.",
                  published=date(2022, 1, 24))
    assert ("COERCE", "BFA", "BFA") in tuples(events), events


def test_leaders_a_states_forces_arrest_at_home_are_its_own(code):
    # the leaders of a failed coup, named without a country, seized by the army where it rules
    events = code("MASERU, Aug 30 (Eventwire) - Lesotho soldiers detained four leaders of a failed mutiny on Saturday.",
                  published=date(2014, 8, 30))
    found = tuples(events)
    assert ("COERCE", "LSO", "LSO") in found, found


def test_police_and_lawmakers_at_talks_are_of_the_country_of_the_talks(code):
    # ministers travel to talks abroad and stay uncoded; police and lawmakers hold talks at home
    events = code("ASUNCION, May 5 (Eventwire) - Police negotiated with the kidnappers for two days. "
                  "Lawmakers will meet on Monday to choose a new speaker. "
                  "The foreign minister met his Brazilian counterpart in Brasilia.", published=date(2015, 5, 5))
    codes = actor_codes(events, "CONSULT")
    assert ("PRY", "COP") in codes and ("PRY", "LEG") in codes
    assert (None, "GOV") in codes


def test_a_phrase_coded_in_one_event_keeps_that_country_in_the_other(code):
    # the urged people are the recipient of the REQUEST and the doer of the COOPERATE: one country for both
    events = code("ANKARA, Oct 16 (Eventwire) - Prime Minister Ahmet Davutoglu urged Kurds to cooperate "
                  "with the police.", published=date(2015, 10, 16))
    assert [c for c, _ in actor_codes(events, "COOPERATE")] == ["TUR"]


def test_a_town_a_withdrawal_leaves_is_of_the_country_it_lies_in(code):
    # the town left has no country in the text; the gazetteer places it in Mexico
    events = code("Mexican rebels pulled out of Ocosingo on Monday.", published=date(1994, 1, 4))
    assert ("RETREAT", "MEX", "MEX") in tuples(events), tuples(events)


def test_a_person_the_story_gives_a_role_at_home_takes_its_country_at_each_mention(code):
    events = code("LUSAKA, Aug 30 (Eventwire) - Hakainde Mwila, the main opposition candidate, says he won the "
                  "vote and has urged foreign governments to recognise his victory. The junta rejected Mwila's claim.",
                  published=date(2023, 8, 30))
    assert {("REQUEST", "ZMB", None), ("REJECT", "ZMB", "ZMB")} <= tuples(events)


def test_the_country_no_country_named_before_refers_to_is_the_storys(code):
    events = code("KHARTOUM, Oct 25 (Eventwire) - The army dissolved the cabinet on Monday. "
                  "The African Union suspended the country the next day.", published=date(2021, 10, 26))
    assert ("SANCTION", "IGO", "SDN") in tuples(events)


def test_a_leader_who_flees_abroad_is_of_the_storys_country_not_where_she_went(code):
    events = code("DHAKA, Aug 5 (Eventwire) - Prime Minister Rahima Begum resigned and fled to India on Monday.",
                  published=date(2024, 8, 5))
    assert ("RETREAT", "BGD", None) in tuples(events)


def test_people_an_attack_kills_somewhere_are_given_no_country(code):
    # a toll told with its place ("across the country", "in Kaduna"): the place says where they died, not
    # whose people they are; what the attack hit there still is in that country
    found = tuples(code("LAGOS, March 3 (Eventwire) - Bandits killed at least 14 villagers in Kaduna state on Sunday.",
                        published=date(2024, 3, 3)))
    assert ("ASSAULT", None, None) in found and ("ASSAULT", None, "NGA") not in found, found


def test_a_deployment_within_the_senders_own_country_has_no_target(code):
    # a destination at home is where the deployment happens, not whom it is aimed at (the gold's null rule)
    for text in ("LAGOS, Jan 14 (Eventwire) - The president sent troops to the city on Friday.",
                 "Nigeria flew 500 soldiers into Maiduguri on Friday."):
        found = tuples(code(text, published=date(2021, 1, 15)))
        assert ("MOBILIZE", "NGA", None) in found and ("MOBILIZE", "NGA", "NGA") not in found, (text, found)



def test_what_the_country_owns_is_its_own_when_its_state_acts_on_it(code):
    # the president of the country the story tells of offers something to "the country's" people: his own
    events = code("ZAGREB, Mar 3 (Eventwire) - Croatian President Ivo Marin offered the country's religious minorities "
                  "greater autonomy on Monday.", published=date(1995, 3, 3))
    assert ("AGREE", "HRV", "HRV") in tuples(events), tuples(events, None)
    # a place of the country is no party to the act
    events = code("ZAGREB, Mar 3 (Eventwire) - Croatian President Ivo Marin reopened the country's land borders "
                  "on Monday.", published=date(1995, 3, 3))
    assert ("CONCEDE", "HRV", None) in tuples(events), tuples(events, None)


def test_a_peninsula_or_island_named_by_its_kind_is_of_the_country_where_it_is_taken(code):
    # "the peninsula" under a NICOSIA dateline is Cyprus's, as "the town" would be
    events = code("NICOSIA, Jul 21 (Eventwire) - Turkish troops landed on Cyprus on Saturday. Ankara said its "
                  "forces had seized the peninsula.", published=date(1974, 7, 21))
    seized = [r for e in events if e["event"][0] == "COERCE" for r in e["recipient"]]
    assert seized and seized[0]["code"] == "CYP", tuples(events, None)


def test_aid_sent_to_a_place_named_by_its_kind_or_compass_point_goes_to_the_country_told_of(code):
    # "the north", "the capital": places of the country the story is filed from, so aid to them is aid to it
    found = tuples(code("COLOMBO, March 9 (Wire) - India sent a field hospital to the north on Monday."))
    assert ("AID", "IND", "LKA") in found, found
    found = tuples(code("KABUL, May 2 (Wire) - Germany flew medical supplies to the capital on Monday."))
    assert ("AID", "DEU", "AFG") in found, found


def test_armed_men_named_by_their_deed_are_not_the_states_rebels(code):
    # "the army killed 30 rebels" are that state's rebels; gunmen, named by what they do, are nobody's,
    # whether fought at home or in a town the clause names
    events = code("LAGOS, May 3 (Eventwire) - Soldiers killed 20 gunmen on Friday. "
                  "The army killed 30 rebels on Saturday. Troops shot dead 12 militants in the town of Kano on Sunday.",
                  published=date(2019, 5, 6))
    hit = {r["entity_text"]: r["code"] for e in events if e["event"] == ["ASSAULT"] for r in e["recipient"]}
    assert hit.get("30 rebels") == "NGA", hit
    assert hit.get("20 gunmen", "missing") is None, hit
    assert hit.get("12 militants", "missing") is None, hit


def test_armed_men_named_by_a_creed_are_not_the_states_own_when_it_blames_them(code):
    events = code("TASHKENT, May 16 (Eventwire) - President Islam Karimov blamed Islamic extremists for the revolt.",
                  published=date(2005, 5, 16))
    blamed = [r["code"] for e in events if e["event"] == ["ACCUSE"] for r in e["recipient"]]
    assert blamed == [None], events


def test_a_pronoun_resolved_to_a_group_takes_the_groups_country(code):
    # "they" is the rebels of the clause before it, whom the story codes as Russia's
    events = code("MOSCOW, Oct 26 (Eventwire) - Chechen rebels seized a school. On Friday the rebels had freed "
                  "eight children, and they let aid workers deliver food to the hostages.")
    assert [c for c, _ in actor_codes(events, "CONCEDE")] == ["RUS"], [(e["event"], e["actor"]) for e in events]


def test_a_protest_by_agents_coded_at_home_is_aimed_at_their_own_government(code):
    # the police take Peru from the dateline only here, after the arguments were read: the protest with
    # no target named is then aimed at their own government, as when they are named "Peruvian police"
    found = tuples(code("LIMA, Oct 1 (Eventwire) - Hundreds of police officers marched on Thursday."))
    assert ("PROTEST", "PER", "PER") in found, found


def test_a_body_or_building_the_story_calls_national_is_of_its_country(code):
    # "the national broadcaster", "the national strike committee": "national" (domestic_words.txt) says
    # it is the country's own, as "local" does
    found = tuples(code("LUSAKA, May 13 (Eventwire) - Mutinous soldiers shelled the headquarters of the national "
                        "broadcaster on Wednesday.", published=date(2021, 5, 13)))
    assert ("ASSAULT", None, "ZMB") in found, found


def test_a_building_or_vote_of_the_state_named_without_a_country_is_of_the_story(code):
    # "the presidential palace", "the parliamentary election" (domestic_words.txt) are the country's own
    found = tuples(code("LUSAKA, May 13 (Eventwire) - Mutinous soldiers shelled the presidential palace on Wednesday.",
                        published=date(2021, 5, 13)))
    assert ("ASSAULT", None, "ZMB") in found, found
    found = tuples(code("LUSAKA, May 13 (Eventwire) - The opposition said it would boycott the parliamentary election.",
                        published=date(2021, 5, 13)), polarity="future")
    assert ("PROTEST", "ZMB", "ZMB") in found, found


def test_an_envoy_named_without_a_sender_is_not_of_the_host(code):
    # in a story filed from Kinshasa, "the ambassador" is some other state's: left unknown, not Congolese
    events = code("KINSHASA, Feb 2 (Wire) - The ambassador rejected the accusation of spying on Tuesday.")
    actors = [a for e in events if e["event"] == ["REJECT"] for a in e["actor"]]
    assert actors and all(a["code"] != "COD" for a in actors), events


def test_the_forces_a_side_named_with_its_country_surrenders_to_are_that_countrys(code):
    # the yielders are named with the country, so the police are not left as their own forces
    found = tuples(code("MANILA, March 3 (Wire) - Leaders of a Philippine communist rebel faction surrendered to "
                        "police on Monday."))
    assert ("RETREAT", "PHL", "PHL") in found, found


def test_a_new_crowd_met_by_force_gets_no_country_from_the_force_or_the_place(code):
    # a bare plural names people new to the story: the riot police's country and the town say where they were hit
    events = code("QUITO, March 3 (Eventwire) - Ecuadorean riot police fired rubber bullets at marchers in Guayaquil "
                  "on Tuesday.", published=date(2015, 3, 3))
    assert [(e["actor"][0]["code"], [r["code"] for r in e["recipient"]]) for e in events
            if e["event"][0] == "ASSAULT"] == [("ECU", [None])]


def test_a_crowd_referred_back_to_keeps_the_country_of_its_people(code):
    events = code("QUITO, March 3 (Eventwire) - Thousands of Ecuadorean teachers marched on the congress on "
                  "Tuesday. Riot police fired rubber bullets at the marchers.", published=date(2015, 3, 3))
    assert [r["code"] for e in events if e["event"][0] == "ASSAULT" for r in e["recipient"]] == ["ECU"]


def test_state_agents_named_together_act_for_the_state_of_the_one_whose_country_is_known(code):
    # "soldiers" refers back to the Rwandan soldiers; the police named with them are Rwanda's, not the dateline's
    events = code("GOMA, Nov 3 (Eventwire) - Rwandan soldiers shelled the town of Sake on Monday. Police and "
                  "soldiers detained dozens of young men in Sake on Tuesday.", published=date(2012, 11, 3))
    assert [a["code"] for e in events if e["event"][0] == "COERCE" for a in e["actor"]] == ["RWA", "RWA"], events


def test_aid_given_abroad_with_no_one_named_goes_to_the_country_it_is_given_in(code):
    # peacekeepers arriving in another country keep the peace there: that country receives the aid
    found = tuples(code("Ghanaian peacekeepers arrived in South Sudan on Thursday, the mission said."))
    assert ("AID", "GHA", "SSD") in found, found
    # a place of no other country names no receiver
    found = tuples(code("Ghanaian peacekeepers arrived at the airport on Thursday, the mission said."))
    assert ("AID", "GHA", None) in found, found


def test_aid_the_un_gives_in_a_country_goes_to_that_country(code):
    found = tuples(code("UN peacekeepers arrived in Haiti on Monday, a spokesman said."))
    assert ("AID", "UNO", "HTI") in found, found


def test_civilian_parties_a_general_blames_at_home_are_his_countrys(code):
    # censure at home: the civilian side of the country's politics, named with no country, is that country's
    events = code("BAMAKO, Sept 2 (Eventwire) - Mali's army chief blamed the civilian parties for the unrest on Thursday.",
                  published=date(2021, 9, 2))
    assert ("ACCUSE", "MLI", "MLI") in tuples(events), tuples(events)


def test_an_armed_group_named_again_by_its_bare_noun_is_the_group_told_before(code):
    # the insurgents of the first sentence are coded at home; the bare "Insurgents" later are the same group
    events = code("BAMAKO, May 5 (Eventwire) - Mali's government accused Tuareg insurgents of attacking a convoy on Sunday."
                  " Insurgents ambushed an army patrol near Kidal in March.", published=date(2012, 5, 5))
    assert actor_codes(events, "ASSAULT") == [("MLI", "REB")], tuples(events)


def test_a_crowd_named_by_a_bare_plural_that_is_urged_gets_no_country(code):
    # the army chief is Bangladesh's, the protesters he urges are not coded for it (README, Crowds)
    events = code("DHAKA, March 4 (Eventwire) - Bangladesh's army chief urged protesters to go home.",
                  published=date(2024, 3, 4))
    assert ("REQUEST", "BGD", None) in tuples(events), tuples(events)
    # a definite reference back keeps the country of the crowd it points to
    events = code("DHAKA, March 4 (Eventwire) - Thousands of Bangladeshis marched in Dhaka on Monday. "
                  "Bangladesh's army chief urged the protesters to go home.", published=date(2024, 3, 4))
    assert ("REQUEST", "BGD", None) not in tuples(events), tuples(events)


def test_what_the_city_owns_is_of_the_country_where_the_deed_is_done(code):
    # "the city's" party chief, like "the country's" parties, is of the town the story tells of
    events = code("KASHGAR, Aug 4 (Eventwire) - The city's party chief ordered a night curfew on Monday after "
                  "two bombings.", published=date(2008, 8, 4))
    assert ("CHN", "PTY") in actor_codes(events, "COERCE"), events


def test_a_meeting_of_the_holders_own_body_has_no_other_party(code):
    # the body whose meeting a leader holds is his own country's: its members meet among themselves
    events = code("ANKARA, May 4 (Eventwire) - Prime Minister Bulent Ecevit held an emergency meeting of his "
                  "cabinet's security committee on Tuesday.", published=date(1999, 5, 4))
    found = tuples(events)
    assert ("CONSULT", "TUR", None) in found and ("CONSULT", "TUR", "TUR") not in found, found
