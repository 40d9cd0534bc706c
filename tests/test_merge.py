"""One record per event in an article (merge.py), end to end."""
from datetime import date

from conftest import tuples


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
    # (a deed told in an "after" clause is not dated by its main clause's "on Tuesday": the README's date rule)
    events = code("GOMA (Wire) - Congolese troops retreated on Tuesday and rebels seized the city of Goma. "
                  "Congolese army soldiers withdrew from the lakeside city on Tuesday, residents said.")
    retreats = [e for e in events if e["event"] == ["RETREAT"]]
    assert len(retreats) == 1 and len(retreats[0]["mentions"]) == 2


def test_a_toll_in_the_fighting_dated_only_by_its_report_joins_the_fight(code):
    # "said on Sunday" dates the report; the soldiers died in Saturday's attack, which "the fighting" names
    events = code("KAMPALA, May 6 (Eventwire) - Congolese militiamen attacked a Ugandan army post near the border "
                  "on Saturday. Nine Ugandan soldiers were killed and 14 wounded in the fighting, the army "
                  "spokesman said on Sunday.", published=date(2001, 5, 6))
    attacks = [e for e in events if e["event"] == ["ASSAULT"]]
    assert len(attacks) == 1 and len(attacks[0]["mentions"]) == 2, attacks


def test_a_deed_by_the_same_actor_on_another_day_stays_apart(code):
    events = code("GOMA (Wire) - Congolese troops retreated from Goma on Tuesday. "
                  "Congolese army soldiers withdrew from Sake on Wednesday, residents said.")
    assert len([e for e in events if e["event"] == ["RETREAT"]]) == 2


def test_a_deed_told_again_with_also_is_another_deed(code):
    events = code("Russian forces shelled Kharkiv on Monday. Russian forces also attacked Kharkiv on Monday.")
    assert len(_assaults(events)) == 2


def test_a_sentence_about_the_one_before_tells_its_event_again(code):
    events = code("Iran launched drones at Israel on Saturday. "
                  "It was the first time Iran had attacked Israel from its own territory.")
    attacks = _assaults(events)
    assert len(attacks) == 1 and len(attacks[0]["mentions"]) == 2


def test_the_target_named_as_known_makes_one_attack(code):
    events = code("Gunmen stormed a shopping mall in Nairobi on Saturday, killing 39 people. "
                  "Police said the siege was continuing. Al-Shabaab said its fighters had attacked the mall.")
    attacks = _assaults(events)
    assert len(attacks) == 1
    assert "SOM" in {a["code"] for a in attacks[0]["actor"]}  # the claimed attacker joins the record


def test_that_opening_a_clause_does_not_name_the_victims_as_known(code):
    # "said that two soldiers were killed": "that" is a conjunction, not "those soldiers" of the attack before
    events = code("Gunmen stormed an army post near Kandahar on Monday and killed six Afghan soldiers. "
                  "Pakistan's army said that two Pakistani soldiers were killed.")
    attacks = _assaults(events)
    assert len(attacks) == 2, attacks


def test_a_strike_that_killed_a_person_already_killed_in_a_strike_is_that_strike(code):
    events = code("Qasem Soleimani was killed in a strike near Baghdad on Friday. Iraqi officials declined to "
                  "comment. Iran condemned a U.S. drone strike near Baghdad that killed Soleimani.")
    attacks = _assaults(events)
    assert len(attacks) == 1 and len(attacks[0]["mentions"]) == 3


def test_a_denial_naming_the_target_joins_the_reported_event(code):
    events = code("The army said rebels attacked a military base near Mekelle on Tuesday. "
                  "The rebels denied attacking the base.")
    attacks = [e for e in events if e["event"] == ["ASSAULT"]]
    assert len(attacks) == 1
    attack = attacks[0]
    assert attack["polarity"] == "asserted"
    assert [d["entity_text"] for d in attack["attribution"]["denied_by"]] == ["rebels"]
    assert [m.get("polarity") for m in attack["mentions"]] == [None, "negated"]


def test_a_merged_record_keeps_the_place_its_own_sentence_tells_over_the_dateline(code):
    events = code("KABUL, Jan 18 (Wire) - Pakistani jets struck militant hideouts in Afghanistan on Thursday. "
                  "Pakistan's army said its jets bombed militant hideouts on Thursday.")
    attacks = _assaults(events)
    assert len(attacks) == 1 and len(attacks[0]["mentions"]) == 2
    assert attacks[0]["event_loc"]["placename"] == "Afghanistan"


def test_a_denial_whose_subject_names_the_event_joins_it(code):
    events = code("Indian jets struck a camp near Balakot on Tuesday. "
                  "Pakistan's military denied that the Indian strike had killed anyone.")
    attacks = [e for e in events if e["event"] == ["ASSAULT"]]
    assert len(attacks) == 1 and attacks[0]["polarity"] == "asserted"
    assert [d["entity_text"] for d in attacks[0]["attribution"]["denied_by"]] == ["Pakistan's military"]


def test_a_deed_placed_only_by_the_dateline_can_be_the_one_told_at_its_place(code):
    events = code("TBILISI, Aug 8 (Eventwire) - Georgian forces launched an offensive against separatists on Friday. "
                  "Russian peacekeepers were killed in the Georgian assault on the regional capital, Tskhinvali, "
                  "Russia said.")
    georgian = [e for e in _assaults(events) if any(a["code"] == "GEO" for a in e["actor"])]
    assert len(georgian) == 1, georgian


def test_statements_under_a_dateline_and_elsewhere_stay_apart(code):
    events = code("PORTLAND, Ore., July 30 (Eventwire) - The governor accused federal officers of bringing violence "
                  "to the city. In Washington on Tuesday, the attorney general accused rioters of hijacking protests.")
    assert len([e for e in events if e["event"] == ["ACCUSE"]]) == 2


def test_a_deed_told_again_later_by_the_same_actor_on_the_same_named_day_is_one_record(code):
    # the second telling names a militant group of the attacker's own country as its target: no sign
    # of another strike than the one into Iraq
    events = code("Iran fired missiles into Iraq's Kurdistan region on Monday. The United States condemned the attack. "
                  "Iran's Revolutionary Guards hit bases of the Iranian militant group Jaish al-Adl on Monday.")
    strikes = _assaults(events)
    assert len(strikes) == 1 and len(strikes[0]["mentions"]) == 2
    assert "IRQ" in {r["code"] for r in strikes[0]["recipient"]}


def test_same_actor_same_day_in_two_far_apart_cities_stays_two_records(code):
    events = code("Russian forces shelled Odesa on Monday. Ukraine condemned the attack. "
                  "Russian forces bombed Kharkiv on Monday.")
    assert len(_assaults(events)) == 2


def test_a_retelling_with_only_the_datelines_place_joins_the_deed_it_retells(code):
    # the dateline says where the story was filed, not where the undated retelling happened
    events = code("ISLAMABAD, March 10 (Wire) - Pakistan struck militant hideouts inside Afghanistan early on Sunday. "
                  "Pakistan's army said its jets killed 20 militants.")
    strikes = _assaults(events)
    assert len(strikes) == 1 and len(strikes[0]["mentions"]) == 2
    assert strikes[0]["event_loc"]["placename"] == "Afghanistan"


def test_a_retelling_with_a_place_of_its_own_elsewhere_stays_apart(code):
    events = code("ISLAMABAD, March 10 (Wire) - Pakistan struck militant hideouts inside Afghanistan early on Sunday. "
                  "Pakistan's army said its jets killed 20 militants in Waziristan.")
    assert len(_assaults(events)) == 2


def test_same_actor_same_day_with_a_country_and_a_city_of_their_own_stays_two_records(code):
    # a barrage "at Ukraine" and shelling "in Kharkiv" the same day are not told as one attack
    events = code("Russia fired dozens of missiles at Ukraine on Monday. Ukraine condemned the attack. "
                  "Russian forces shelled Kharkiv on Monday.")
    assert len(_assaults(events)) == 2


def test_a_possessive_doer_with_its_object_and_place_spelled_out_is_not_a_retelling(code):
    # "Turkey's deployment of troops in Iraq" tells a deed in full (doer, object, place), not the
    # deployment told before and placed only by the dateline
    events = code("ANKARA, May 3 (Wire) - Turkey deployed soldiers around the stadium. Kurdish militants said they "
                  "had attacked the stadium in retaliation for Turkey's deployment of troops in Iraq.")
    assert len([e for e in events if e["event"] == ["MOBILIZE"]]) == 2, events


def test_a_possessive_in_the_actors_own_phrase_does_not_name_the_deed_as_known(code):
    # "Pinochet's government imposed ..." names who did it, not an event already told ("its jets" may retell)
    events = code("SANTIAGO, May 3 (Wire) - Chilean troops arrested two union leaders in the capital on Sunday. "
                  "Pinochet's government imposed a night-time curfew.", published=date(1986, 9, 7))
    coerce = [e for e in events if e["event"] == ["COERCE"]]
    assert len(coerce) == 2, [(e["event_text"], [a["entity_text"] for a in e["actor"]]) for e in events]


def test_a_countrys_people_and_its_state_doing_the_same_kind_of_deed_stay_two_records(code):
    # (a crowd's looting is its riot, crowd_deeds.tsv; seizing goods stays COERCE)
    events = code("Thousands of Lao demonstrators took to the streets on Wednesday and confiscated fuel trucks in "
                  "the capital. The Lao president declared a state of emergency on Wednesday.")
    coerce = [e for e in events if e["event"] == ["COERCE"]]
    assert len(coerce) == 2, [(e["event_text"], [a["entity_text"] for a in e["actor"]]) for e in events]


def test_a_light_verb_with_the_event_noun_named_as_known_tells_it_again(code):
    events = code("An Israeli airstrike in southern Lebanon killed a Hezbollah commander on Tuesday, officials said. "
                  "The army said the Israeli defence minister had approved the strike a week earlier.")
    strikes = _assaults(events)
    assert len(strikes) == 1 and len(strikes[0]["mentions"]) == 2, events


def test_a_light_verb_with_a_new_event_noun_is_another_deed(code):
    events = code("An Israeli airstrike in southern Lebanon killed a Hezbollah commander on Tuesday. "
                  "Israel carried out an airstrike on a Hezbollah depot in Syria on Wednesday.")
    assert len(_assaults(events)) == 2, events


def test_a_telling_that_codes_no_one_and_names_the_event_as_known_is_that_event(code):
    events = code("Thousands of Kenyan students marched through Nairobi on Saturday against the Kenyan government. "
                  "Police said 40,000 people joined the march at its height.")
    marches = [e for e in events if e["event"] == ["PROTEST"] and e["polarity"] == "asserted"]
    assert len(marches) == 1 and len(marches[0]["mentions"]) == 2, events


def test_a_deed_with_no_one_coded_after_a_definite_subject_is_not_named_as_known(code):
    events = code("Rebels stormed the town on Friday. Hours later, the army shelled it.")
    assert len(_assaults(events)) == 2, events


def test_who_carried_out_the_attack_told_before_joins_it(code):
    # the first telling names only the victims, the second only the doer: one bombing
    events = code("KABUL, May 8 (Wire) - Two suicide bombings killed 40 people at a school in Kabul on Saturday. "
                  "Afghan officials said the Taliban had carried out the bombings.", published=date(2021, 5, 8))
    attacks = _assaults(events)
    assert len(attacks) == 1 and len(attacks[0]["mentions"]) == 2, attacks
    assert ("ASSAULT", "AFG", "AFG") in tuples(attacks)


def test_a_denial_joining_a_deed_told_without_a_doer_names_no_doer(code):
    events = code("The Kenyan opposition leader was shot in Kisumu on Sunday. "
                  "The Kenyan government denied that police had shot the opposition leader.",
                  published=date(2024, 3, 12))
    shootings = [e for e in events if e["event"] == ["ASSAULT"] and e["polarity"] == "asserted"]
    assert shootings and all(not any(a["code"] for a in e["actor"]) for e in shootings)


def test_a_telling_merged_into_a_record_keeps_its_own_sides(code):
    events = code("A Turkish drone strike hit a convoy near Qamishli on Sunday. "
                  "Two Syrian soldiers were killed in the strike, a monitoring group said.")
    strikes = _assaults(events)
    assert len(strikes) == 1 and len(strikes[0]["mentions"]) == 2
    retold = strikes[0]["mentions"][1]
    assert retold["actor"] == [] and [r["code"] for r in retold["recipient"]] == ["SYR"]


def test_a_first_telling_that_names_no_doer_keeps_its_own_sides(code):
    events = code("Two Syrian soldiers were killed in a strike near Qamishli on Sunday. "
                  "Turkey said it had carried out the strike.")
    strikes = [e for e in _assaults(events) if len(e["mentions"]) > 1]
    assert strikes, events
    first = strikes[0]["mentions"][0]
    assert first["actor"] == [] and [r["code"] for r in first["recipient"]] == ["SYR"]


def test_the_target_answering_the_doer_is_another_event():
    # both accusations are JOR -> JOR, said the same day in the same words: the accused accusing back is no
    # second telling of the first accusation
    from eventwire.merge import same_event
    from eventwire.records import Entity, EventMention

    text = ("Safadi accused Prince Hamzah of plotting on Sunday. "
            "Hamzah accused the country's leadership of corruption on Sunday.")

    def accusation(doer: str, target: str, sentence: int) -> EventMention:
        at = text.index("accused", 0 if sentence == 0 else text.index(". ") + 2)
        start = 0 if sentence == 0 else text.index(". ") + 2
        return EventMention(
            id=f"e{sentence}", article_id="a", event="ACCUSE", mode=[], context=[], cameo="112", quad_code=3,
            actor=[Entity(doer, doer, "JOR", "GOV", 0, 1)], recipient=[Entity(target, target, "JOR", "GOV", 0, 1)],
            event_text=["accused"], sequence=sentence, sent_start=start, sent_end=text.index(".", at) + 1,
            trigger_start=at, trigger_end=at + 7, date="2021-04-04", date_precision="day",
            event_loc={"placename": "Amman", "country": "JOR", "lat": 31.95, "lon": 35.93})

    first = accusation("Ayman Safadi", "Hamzah", 0)
    assert same_event(first, accusation("Ayman Safadi", "Hamzah", 1), text)  # told again: one event
    assert not same_event(first, accusation("Hamzah", "country", 1), text)


def test_a_doer_named_as_known_does_not_make_its_next_deed_the_same_one(code):
    # "The Malian rebels" are known from before, not the killing: hostages taken and soldiers killed are two deeds
    events = code("Malian rebels took three aid workers hostage, an official said. Soldiers surrounded the building. "
                  "The Malian rebels killed two soldiers, the army said.")
    assert len(_assaults(events)) == 2, events
    assert {("ASSAULT", "MLI", None), ("ASSAULT", "MLI", "MLI")} <= tuples(events)
