"""Event coding on single sentences: types, arguments, coordination, polarity, nominal events."""
from datetime import date

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
        ("The Indian navy has been working with Japanese warships to escort tankers.", ("COOPERATE", "IND", "JPN")),
    ],
)
def test_codes_type_actor_and_recipient(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_a_side_named_with_its_acronym_is_not_its_own_partner(code):
    # the name and its parenthesised acronym are one side of the meeting, not two
    found = tuples(code("The Southern African Development Community (SADC) summit opened in Maputo on Monday."))
    assert ("CONSULT", "IGO", "IGO") not in found, found


def test_calling_a_deed_a_wrong_is_an_accusation_not_the_deed(code):
    # naming: "called the strikes a violation" is no strike called; "an act of X" is X
    found = tuples(code("Beijing called the strikes a violation of international law."))
    assert ("ACCUSE", "CHN", None) in found and not any(t[0] == "PROTEST" for t in found), found
    found = tuples(code("Caracas called the seizure of its tanker an act of piracy."))
    assert any(t[0] == "ACCUSE" and t[1] == "VEN" for t in found), found


def test_calling_someone_a_liar_or_a_deed_abhorrent_is_an_accusation(code):
    found = tuples(code("Chile's foreign minister called the Bolivian president a liar."))
    assert ("ACCUSE", "CHL", "BOL") in found, found
    found = tuples(code("Moscow called the British sanctions abhorrent."))
    assert any(t[0] == "ACCUSE" and t[1] == "RUS" for t in found), found


def test_calling_a_deed_a_stab_in_the_back_is_an_accusation(code):
    # "a stab in the back" calls the deed a betrayal, as "betrayal" does
    found = tuples(code("Serbia's president called the vote in Pristina a stab in the back."))
    assert any(t[0] == "ACCUSE" and t[1] == "SRB" for t in found), found


def test_a_judging_adjective_hung_on_the_object_still_names_it(code):
    # the parser reads "the decision illegal" as a noun and its modifier; the adjective is what the
    # decision is called, so the naming is an accusation all the same
    found = tuples(code("Pakistan's army chief called the decision illegal and unconstitutional."))
    assert any(t[0] == "ACCUSE" and t[1] == "PAK" for t in found), found


def test_those_killed_in_a_clash_with_a_side_fought_it_too(code):
    # a clash is fought by both its sides: the dead's side fought the one named after "with"
    found = tuples(code("Three Thai soldiers were killed in a clash with Cambodian troops near the temple."))
    assert {("ASSAULT", "KHM", "THA"), ("ASSAULT", "THA", "KHM")} <= found, found


def test_a_stated_threat_is_aimed_at_whoever_must_meet_its_condition(code):
    found = tuples(code("Ethiopia said its army would strike back if Eritrea shelled its border towns."))
    assert ("THREATEN", "ETH", "ERI") in found, found
    # a promise is not aimed at its condition's subject
    found = tuples(code("Japan will send aid if Nepal asks for it."))
    assert ("AGREE", "JPN", "NPL") not in found, found


def test_a_stated_promise_that_names_no_one_is_made_to_whom_the_speaker_addressed(code):
    # the addressee of the reporting verb: the "to" phrase of the letter it is in, or its object
    found = tuples(code("The Serbian commander said in a letter to the United Nations that his soldiers were ready to give up their weapons."))
    assert ("AGREE", "SRB", "UNO") in found, found
    found = tuples(code("Eritrea's president told Ethiopian mediators that his troops would free the prisoners."))
    assert ("AGREE", "ERI", "ETH") in found, found
    # reporters are no addressee with a side
    found = tuples(code("The Kenyan minister told reporters his police would free the detainees."))
    assert ("AGREE", "KEN", None) in found, found


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
    ("The Iraqi leader vowed a long and bloody war.", "THREATEN"),
    # a fate promised to another side is a threat; a sum promised to be paid is a promise
    ("The Taliban spokesman vowed that the Afghan army would pay dearly.", "THREATEN"),
    ("Ethiopia's prime minister swore that the rebels would suffer for their betrayal.", "THREATEN"),
    ("The Jordanian king pledged that the government would pay compensation to the flood victims.", "AGREE"),
])
def test_a_vow_of_force_is_a_threat(code, text, expected):
    types = {e["event"][0] for e in code(text) if e["polarity"] == "asserted"}
    assert expected in types and ({"AGREE", "THREATEN"} - {expected}).isdisjoint(types), code(text)


# Issue 2: lexicon rows added for coverage (sentences written for these tests).
@pytest.mark.parametrize(
    "text, expected",
    [
        # AGREE: consensus; promised troop contributions (future AID -> AGREE)
        ("Egypt and Jordan reached a consensus on Tuesday to share water from the Yarmouk river.", ("AGREE", "EGY", "JOR")),
        ("Ghana will contribute 800 troops to the United Nations peacekeeping mission in Mali.", ("AGREE", "GHA", "UNO")),
        # AID: handing over relief goods
        ("The Nigerian government handed over food and medicine to the Red Cross.", ("AID", "NGA", "NGO")),
        # CONSULT: arriving on a visit
        ("The Chinese foreign minister arrived in Nairobi on a three-day visit.", ("CONSULT", "CHN", "KEN")),
        # SUPPORT: verbal defence against criticism
        ("The Russian foreign ministry defended Syria against accusations of chemical weapons use.", ("SUPPORT", "RUS", "SYR")),
        # CONCEDE: cancelling restrictions, acceding to demands, calling off a strike
        ("The Kenyan government cancelled restrictions on opposition rallies.", ("CONCEDE", "KEN", None)),
        ("The Thai government accepted the protesters' demands.", ("CONCEDE", "THA", None)),
        # REJECT: reneging, opposing a proposal, declining to resign
        ("The Lebanese president reneged on his pledge to hold early elections.", ("REJECT", "LBN", None)),
        ("Serbia opposed the proposal from the European Union.", ("REJECT", "SRB", "EUR")),
        ("The Afghan minister declined to resign.", ("REJECT", "AFG", None)),
        # SANCTION: suspending exports
        ("Germany suspended arms exports to Saudi Arabia.", ("SANCTION", "DEU", "SAU")),
        # PROTEST: stopping work
        ("Egyptian dockworkers stopped work on Sunday.", ("PROTEST", "EGY", "EGY")),
        # MOBILIZE: on alert, strengthening forces
        ("Indian troops remained on high alert along the border with Pakistan.", ("MOBILIZE", "IND", "PAK")),
        ("Iran has strengthened its forces along the border with Iraq.", ("MOBILIZE", "IRN", "*")),
        ("Greek troops went on high alert on the islands near Turkey.", ("MOBILIZE", "GRC", "*")),
        # COERCE: authorities clearing villages or buildings of their people (an evacuation order)
        ("Greek authorities began evacuating villages near the burning forest.", ("COERCE", "GRC", "*")),
        ("The Chilean government ordered the evacuation of coastal towns on Sunday.", ("COERCE", "CHL", "*")),
        # COOPERATE: forces in the field backed by another side's air strikes
        ("Iraqi troops, backed by American air strikes, recaptured the town on Sunday.", ("COOPERATE", "USA", "IRQ")),
        # COERCE: preventing a demonstration
        ("Egyptian police prevented a demonstration outside the parliament in Cairo.", ("COERCE", "EGY", "EGY")),
        # REQUEST: applying for membership
        ("Turkey applied for membership of the European Union.", ("REQUEST", "TUR", "EUR")),
        # RETREAT/AGREE: handing back captives, evacuating settlements (future -> AGREE)
        ("Iran will hand back the captured British sailors on Friday.", ("AGREE", "IRN", "GBR")),
        ("Israel will evacuate four settlements in the northern West Bank.", ("AGREE", "ISR", "*")),
        # MOBILIZE: sending tanks and troops into a territory is a deployment, not arms aid
        ("Turkey sent tanks and troops into northern Iraq on Sunday.", ("MOBILIZE", "TUR", "IRQ")),
        # CONCEDE: suspending a tax or fare rise
        ("The Kenyan president suspended a fuel tax increase after two days of protests.", ("CONCEDE", "KEN", "*")),
        # CONSULT: mediation effort
        ("Qatar launched a mediation effort between Sudan and Chad.", ("CONSULT", "QAT", "*")),
        # AID: approved loans; SANCTION: travel bans
        ("The International Monetary Fund approved a new loan for Egypt.", ("AID", "IGO", "EGY")),
        ("The European Union imposed a travel ban on Belarusian officials.", ("SANCTION", "EUR", "BLR")),
        # THREATEN: being prepared to use repression (future COERCE -> THREATEN)
        ("The Iraqi government said it is prepared to impose martial law.", ("THREATEN", "IRQ", "*")),
        # COOPERATE: intelligence sharing; THREATEN: reserving the right to respond
        ("Nigeria has stepped up intelligence sharing with Chad.", ("COOPERATE", "NGA", "TCD")),
        ("Iran reserves the right to respond to the Israeli attack.", ("THREATEN", "IRN", "*")),
        # PROTEST: self-immolation; AID: hosting refugees; COERCE: suspending an official, silencing critics, looting
        ("A Tunisian street vendor set himself on fire outside the governor's office.", ("PROTEST", "TUN", "*")),
        ("Lebanon hosts more than a million Syrian refugees.", ("AID", "LBN", "SYR")),
        ("A Kenyan court suspended the governor of Nairobi.", ("COERCE", "KEN", "*")),
        ("The Egyptian government has silenced critics and journalists.", ("COERCE", "EGY", "*")),
        ("Soldiers looted shops in the Congolese town of Bunia.", ("COERCE", "COD", "*")),
        # ACCUSE: chiding; REJECT: backing away from a promise; ASSAULT: breaching a ceasefire
        ("The Chinese foreign ministry chided Japan over its defence plans.", ("ACCUSE", "CHN", "JPN")),
        ("The Malian junta backed away from its promise to hold elections.", ("REJECT", "MLI", "*")),
        ("Azerbaijan breached the ceasefire in Nagorno-Karabakh on Sunday.", ("ASSAULT", "AZE", "*")),
        # ACCUSE / SUPPORT: characterising someone ("called the campaign an aggression", "described ... as a mistake")
        ("Houthi leader Abdul-Malik al-Houthi called the Saudi campaign an unjust aggression.", ("ACCUSE", "YEM", "SAU")),
        ("Netanyahu described the deal as a historic mistake.", ("ACCUSE", "ISR", "*")),
        ("France called him a courageous friend.", ("SUPPORT", "FRA", "*")),
        # PROTEST: crowds pouring into the streets; rallying in support of someone
        ("Huge crowds of Sri Lankan protesters poured into the capital on Saturday.", ("PROTEST", "LKA", "*")),
        ("Thousands rallied in Caracas in support of the opposition.", ("PROTEST", "VEN", "*")),
        # ACCUSE: arrest warrants (a criminal charge, as the gold codes them); SANCTION: visa restrictions; REJECT: blocking a package
        ("The ICC issued an arrest warrant for Putin.", ("ACCUSE", "IGO", "RUS")),
        ("Washington imposed visa restrictions on Ugandan officials.", ("SANCTION", "USA", "UGA")),
        ("Hungary blocked the European Union's aid package for Ukraine.", ("REJECT", "HUN", "*")),
        # SANCTION: revoking an agreement, sanctions packages; AID: aid packages; ACCUSE: a strong (diplomatic) protest
        ("Niger revoked its military cooperation agreement with the United States.", ("SANCTION", "NER", "USA")),
        ("The EU adopted a new sanctions package against Russia.", ("SANCTION", "EUR", "RUS")),
        ("The United States announced a new military aid package for Taiwan.", ("AID", "USA", "TWN")),
        ("Japan lodged a strong protest over the Chinese incursion.", ("ACCUSE", "JPN", "*")),
        # ASSAULT: poisoning a person; COERCE: forcing an aircraft down
        ("Unknown attackers poisoned a Russian opposition leader in the Siberian city of Tomsk.", ("ASSAULT", "*", "RUS")),
        ("The poisoning of a Bulgarian arms dealer shocked Sofia.", ("ASSAULT", "*", "BGR")),
        ("Iranian fighter jets forced a Kuwaiti airliner to land in Tehran.", ("COERCE", "IRN", "*")),
        # COOPERATE: handing evidence to investigators
        ("Germany shared samples of the nerve agent with the OPCW.", ("COOPERATE", "DEU", "IGO")),
    ],
)
def test_issue2_coverage_rows(code, text, expected):
    # "*": any recipient (the argument finder, not the lexicon, decides it)
    found = tuples(code(text))
    assert any(all(e == "*" or e == t[i] for i, e in enumerate(expected)) for t in found), found


def test_called_off_strike_is_a_concession_not_a_strike(code):
    found = tuples(code("Nigerian teachers called off the strike after talks with the government."))
    assert any(t[0] == "CONCEDE" for t in found), found
    assert not any(t[0] in {"PROTEST", "ASSAULT"} for t in found), found


def test_opposing_an_attack_stays_disapproval(code):
    found = tuples(code("The United States opposed the Turkish offensive in Syria."))
    assert any(t[0] == "ACCUSE" and t[1] == "USA" for t in found), found


def test_an_event_noun_modifying_a_noun_names_a_kind(code):
    # "riot police" are police, not a riot; "air strike" is still a strike
    assert "PROTEST" not in {e["event"][0] for e in code("Belarusian riot police detained 40 people in Minsk.")}
    assert "ASSAULT" in {e["event"][0] for e in code("An Israeli air strike hit a house in Gaza City.")}


def test_stone_throwing_crowd_is_a_riot(code):
    found = tuples(code("Palestinian youths threw stones at Israeli soldiers in Hebron."))
    assert any(t[0] == "PROTEST" for t in found), found


def test_hosting_a_base_is_not_a_visit(code):
    found = tuples(code("Qatar hosts the largest U.S. air base in the region."))
    assert not any(t[0] == "CONSULT" for t in found), found


def test_calling_themselves_is_not_a_request(code):
    found = tuples(code("Gunmen calling themselves the Islamic Front on Monday attacked a police station in Mali."))
    assert not any(t[0] == "REQUEST" for t in found), found


def test_a_reason_is_not_what_a_light_verb_carries_out(code):
    events = code("The United States imposed sanctions on Turkey over Ankara's military offensive in Syria.")
    assaults = [e for e in events if e["event"][0] == "ASSAULT"]
    assert assaults and all(a["code"] == "TUR" for e in assaults for a in e["actor"]), assaults


def test_released_money_is_not_a_prisoner_release(code):
    found = tuples(code("The UN released $10 million in emergency funds for Sudan."))
    assert not any(t[0] == "RETREAT" for t in found), found


def test_rain_and_swearing_are_not_events(code):
    found = tuples(code("Nigerian protesters swore at police officers in Lagos."))
    assert not any(t[0] in {"AGREE", "THREATEN"} for t in found), found
    found = tuples(code("The new Nigerian president was sworn in on Monday."))
    assert not any(t[0] in {"AGREE", "THREATEN"} for t in found), found


def test_a_noun_row_can_require_its_particles_object(code):
    # "state of emergency": the noun's "of" object meets the row's condition
    events = code("Ethiopia's government declared a six-month state of emergency in Tigray.")
    assert "COERCE" in {e["event"][0] for e in events}, events


def test_a_row_written_for_the_object_beats_the_light_verb(code):
    # "lodged a protest" is a complaint by a government, not a street protest
    events = code("Serbia lodged an official protest with Albania on Tuesday.")
    assert "PROTEST" not in {e["event"][0] for e in events}, events


def test_a_failed_mutual_agreement_is_a_refusal_by_each_side_of_the_other(code):
    events = code("Palestinians and Israelis failed to reach agreement on Sunday despite hours of talks.")
    refusals = {t for t in tuples(events) if t[0] == "REJECT"}
    assert refusals == {("REJECT", "PSE", "ISR"), ("REJECT", "ISR", "PSE")}, events


@pytest.mark.parametrize("text", [
    "Germany speeded up the withdrawal of its troops from Mali.",
    "Israel accelerated the withdrawal of its forces from Gaza.",
])
def test_verbs_of_pace_pass_on_their_objects_event(code, text):
    retreats = [e for e in code(text) if e["event"][0] == "RETREAT"]
    assert retreats and retreats[0]["actor"][0]["code"] in {"DEU", "ISR"}
    assert retreats[0]["polarity"] == "asserted"


def test_exercises_of_two_states_together_are_cooperation(code):
    events = code("Russian and Chinese warships launched naval exercises in the Sea of Japan.")
    assert {("COOPERATE", "RUS", "CHN"), ("COOPERATE", "CHN", "RUS")} <= tuples(events)
    assert not [e for e in events if e["event"][0] == "MOBILIZE"]
    # one state's exercise stays a show of force
    events = code("Russian warships launched naval exercises in the Sea of Japan.")
    assert ("MOBILIZE", "RUS", None) in tuples(events)


def test_unrest_mentioned_inside_a_phrase_is_not_coded_against_its_own_government(code):
    events = code("Israeli troops stayed on alert in Hebron after a month of Palestinian unrest.")
    assert not [e for e in events if e["event"][0] == "PROTEST"]
    # told as the subject of its sentence, the protest is an event
    events = code("Palestinian protests erupted across the West Bank on Friday.")
    assert any(e["event"][0] == "PROTEST" for e in events)


def test_what_is_urged_on_a_call_is_addressed_to_the_one_called(code):
    events = code("The Kenyan president telephoned the Somali president and urged restraint.")
    assert ("REQUEST", "KEN", "SOM") in tuples(events)
    # a verb with its own subject is not part of the call
    events = code("The Kenyan president telephoned the Somali president, and Ethiopian officials urged restraint.")
    assert ("REQUEST", "ETH", "SOM") not in tuples(events)


def test_an_apology_on_a_call_is_made_to_the_one_called(code):
    events = code("The Turkish president telephoned the head of Amnesty International on Monday and apologised for the raid.")
    assert ("CONCEDE", "TUR", "NGO") in tuples(events)


# --- issue 4: events that links point to ------------------------------------------------------


def _events_of(events, etype):
    return [e for e in events if e["event"] == [etype]]


def test_committed_to_an_infinitive_is_a_commitment(code):
    # the row "commit to" is met by the infinitive marker as by the preposition ("committed to talks")
    events = code("Venezuela's government committed to free all political prisoners by June.")
    assert ("AGREE", "VEN", None) in tuples(events), events


def test_committing_troops_to_a_purpose_is_no_commitment(code):
    assert not _events_of(code("Chad committed troops to secure the border with Sudan."), "AGREE")


def test_an_event_noun_a_link_cue_introduces_with_its_doer_is_coded(code):
    # "by Indian police" is the arrest's doer, however the parser hangs it, and never its target
    events = code("Hundreds of farmers blocked highways in Punjab on Monday in protest at the arrest "
                  "of a former mayor by Indian police.")
    arrest = [e for e in _events_of(events, "COERCE") if e["event_text"] == ["arrest"]]
    assert arrest and arrest[0]["actor"][0]["code"] == "IND", events
    assert all(r["code"] != "IND" for r in arrest[0]["recipient"])


def test_an_event_noun_a_link_cue_introduces_with_a_possessive_doer_is_coded(code):
    events = code("Students marched in Dhaka on Sunday in protest at Bangladesh's detention of an opposition leader.")
    # the opposition leader is Bangladesh's own (home_country.py, domestic_words.txt)
    assert ("COERCE", "BGD", "BGD") in tuples(events), events


def test_a_possessive_doer_and_an_object_make_a_definite_event_noun_a_telling(code):
    events = code("Houthi rebels fired missiles at a Saudi air base in retaliation for Riyadh's deployment "
                  "of tanks along the border.")
    assert any(e["actor"] and e["actor"][0]["code"] == "SAU" for e in _events_of(events, "MOBILIZE")), events


def test_a_definite_event_noun_after_a_cue_still_names_the_event_told_before(code):
    events = code("Israeli jets struck Gaza on Monday. Hamas fired rockets at Tel Aviv on Tuesday in "
                  "retaliation for the strike.")
    assert len([e for e in _events_of(events, "ASSAULT") if e["actor"][0]["code"] == "ISR"]) == 1, events


def test_riots_take_their_doers_from_the_deed_told_inside_them(code):
    events = code("Police arrested 40 people in Lyon on Friday after riots in which youths burned cars.")
    riots = _events_of(events, "PROTEST")
    assert riots and riots[0]["event_text"] == ["riots"] and riots[0]["actor"][0]["entity_text"] == "youths", events


def test_a_cue_before_a_clause_does_not_make_its_subject_an_event(code):
    # the cue introduces the clause "a coup toppled the government", and "June 30" is no doer
    events = code("The president lifted the curfew on Thursday after a June 30 coup toppled the civilian government.")
    assert not _events_of(events, "COERCE"), events


def test_attack_plans_are_an_intended_attack(code):
    events = code("Ukraine's intelligence chief said Kyiv had uncovered Russian attack plans against its power grid.")
    attacks = _events_of(events, "ASSAULT")
    assert [(e["polarity"], e["actor"][0]["code"]) for e in attacks] == [("future", "RUS")], events
    assert not _events_of(events, "THREATEN")  # planned, as someone else tells it: no statement of intent


def test_more_attacks_could_follow_is_a_hypothetical_attack(code):
    events = code("The militants said more attacks on Israel could follow.")
    attacks = _events_of(events, "ASSAULT")
    assert [(e["polarity"], e["recipient"][0]["code"]) for e in attacks] == [("hypothetical", "ISR")], events


def test_a_crowd_storming_a_residence_riots(code):
    events = code("Thousands of protesters stormed the governor's residence in Lagos on Monday.")
    stormed = [e for e in events if e["event_text"] == ["stormed"]]
    assert [(e["event"], e["mode"], e["cameo"]) for e in stormed] == [(["PROTEST"], ["riot"], "145")]


def test_soldiers_storming_a_hotel_assault_it(code):
    events = code("Special forces stormed the hotel where the gunmen were hiding.")
    assert [e["event"] for e in events if e["event_text"] == ["stormed"]] == [["ASSAULT"]]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Angry demonstrators torched two police stations in the capital on Sunday.", "torched", (["PROTEST"], ["riot"])),
    ("Rioters burned dozens of shops and cars in the port city.", "burned", (["PROTEST"], ["riot"])),
    ("Rebel fighters torched the village before dawn.", "torched", (["ASSAULT"], ["destroy"])),
])
def test_a_crowd_torching_buildings_riots(code, text, trigger, expected):
    events = code(text)
    assert [(e["event"], e["mode"]) for e in events if e["event_text"] == [trigger]] == [expected], events


def test_a_crowd_besieging_an_office_blocks_it(code):
    events = code("Angry crowds besieged the prime minister's office for a second day.")
    assert [(e["event"], e["mode"]) for e in events if e["event_text"] == ["besieged"]] == [(["PROTEST"], ["obstruct"])]


@pytest.mark.parametrize("text", [
    "Floods killed at least 40 people in northern Nigeria on Sunday.",
    "An earthquake destroyed hundreds of homes in eastern Turkey.",
    "Twelve pilgrims were killed in a stampede near Mecca on Friday.",
    "A bus crash killed 20 people on the road to Kandahar.",
    "Investigators blamed the Lakanal fire, which killed six residents, on faulty wiring.",
])
def test_disasters_and_accidents_are_no_ones_attack(code, text):
    assert not [e for e in code(text) if e["event"][0] in {"ASSAULT", "COERCE"}]


@pytest.mark.parametrize("text, actor", [
    ("Israeli fire killed two Palestinians near the border fence on Friday.", "ISR"),
    ("Russian airstrikes killed 30 civilians in Idlib.", "RUS"),
    ("Twenty soldiers were killed in an ambush by Taliban fighters.", "AFG"),
])
def test_attacks_that_kill_stay_attacks(code, text, actor):
    assert [e["actor"][0]["code"] for e in code(text) if e["event"] == ["ASSAULT"]] == [actor]


@pytest.mark.parametrize("text", [
    "Fighting in the northern districts has killed at least 14 people since Monday.",
    "Witnesses said bombs hit several houses near the market.",
    "The minister had approved the raid, which struck a warehouse outside the port.",
])
def test_a_weapon_or_an_attack_as_subject_is_no_doer(code, text):
    # the weapon or the attack is how it was done; with no one named, nobody is the actor
    assert not [e for e in code(text) if e["event"] == ["ASSAULT"] and e["actor"]
                and not any(a["code"] for a in e["actor"])], code(text)


def test_a_text_as_subject_is_no_doer(code):
    events = code("A statement calling for calm was read out on state television.")
    assert not [e for e in events if e["event"] == ["REQUEST"] and e["polarity"] == "asserted"], events


@pytest.mark.parametrize("text", [
    "The rebel commander thanked his men for what he called a historic victory.",
    "Officials in Minsk dismissed the vote as what one diplomat called a total sham.",
])
def test_a_name_given_in_passing_is_no_praise_or_accusation(code, text):
    events = code(text)
    assert not [e for e in events if e["event_text"] == ["called"]], events


@pytest.mark.parametrize("text", [
    "Police used tear gas on crowds in clashes that left 30 people injured.",
    "Clashes left 81 people injured.",
])
def test_the_state_a_deed_left_its_victims_in_is_no_deed_of_its_own(code, text):
    events = code(text)
    assert not [e for e in events if e["event_text"] in (["injured"], ["wounded"])], events


def test_an_event_noun_in_apposition_names_the_deed_again(code):
    events = code("Iran fired missiles at an air base in western Iraq, the largest Iranian attack on American "
                  "forces in decades.")
    attacks = [e for e in events if e["event"] == ["ASSAULT"]]
    assert len(attacks) == 1 and "USA" in {r["code"] for r in attacks[0]["recipient"]}, events


@pytest.mark.parametrize("text", [
    "Election officials said 91.2 percent of voters had backed joining Armenia.",
    "About 60 percent of Israelis support the strikes on Gaza, a poll showed.",
])
def test_a_share_of_a_people_as_doer_is_a_tally_not_an_event(code, text):
    events = code(text)
    assert not [e for e in events if e["event"] == ["SUPPORT"]], events


def test_a_weapon_with_an_owner_named_still_has_its_doer(code):
    assert ("ASSAULT", "ISR", "PSE") in tuples(code("Israeli missiles hit a house in Gaza on Tuesday."))


def test_a_stated_refusal_answers_the_pressure_it_defies(code):
    # "declined to resign" is read as a refusal (REJECT) of the negated resignation
    events = code("The Peruvian prime minister declined to resign despite mounting pressure from Congress.")
    refusals = [e for e in events if e["event"][0] == "REJECT" and e["polarity"] == "asserted"]
    assert refusals and [r["entity_text"] for r in refusals[0]["recipient"]] == ["Congress"]


# --- trigger lexicon coverage: predicates news uses that the coder used to miss ---


def test_a_warm_welcome_to_a_visitor_is_hosting_a_visit(code):
    events = code("The Peruvian president gave a lavish welcome to the visiting Chinese premier.")
    assert ("CONSULT", "PER", "CHN") in tuples(events), events


def test_a_cautious_welcome_for_a_proposal_is_no_visit(code):
    events = code("The crowd gave the proposal a cautious welcome.")
    assert all(e["event"] != ["CONSULT"] for e in events), events


def test_forcing_an_international_mission_out_is_an_expulsion(code):
    events = code("Mali's military government forced the UN peacekeeping mission out of the country.")
    assert ("SANCTION", "MLI", "UNO") in tuples(events), events


def test_forcing_a_player_out_of_a_team_is_no_event(code):
    assert code("The coach forced the striker out of the team.") == []


def test_reinstating_dismissed_officials_is_a_concession(code):
    events = code("The Pakistani government reinstated the dismissed judges after weeks of protests.")
    assert any(e["event"] == ["CONCEDE"] and e["cameo"] == "083" for e in events), events


def test_reinstating_a_tax_is_no_concession(code):
    events = code("The Pakistani government reinstated the sales tax on fuel.")
    assert all(e["event"] != ["CONCEDE"] for e in events), events


def test_a_verb_looks_through_a_frame_noun_to_its_compound(code):
    events = code("The Netherlands suspended its development aid programme for Burundi.")
    assert ("SANCTION", "NLD", "BDI") in tuples(events), events
    events = code("Qatar ended its mediation efforts between Israel and Hamas.")
    assert any(e["event"] == ["SANCTION"] and e["cameo"] == "165" for e in events), events


def test_a_noun_that_names_a_thing_of_its_own_keeps_its_own_object(code):
    # a convoy is not a frame: halting an aid convoy does not cut off aid as policy
    events = code("Israeli soldiers halted an aid convoy bound for Gaza.")
    assert all(e["event"] != ["SANCTION"] for e in events), events


def test_a_deployment_of_peacekeepers_is_aid_and_of_troops_a_mobilization(code):
    events = tuples(code("Rwanda completed the deployment of 500 peacekeepers to South Sudan."))
    assert ("AID", "RWA", "SSD") in events, events
    events = tuples(code("Russia began the deployment of troops to Belarus."))
    assert ("MOBILIZE", "RUS", "BLR") in events and not any(t[0] == "AID" for t in events), events


def test_calling_for_someone_to_act_is_a_request_and_the_act_is_not_done(code):
    events = code("Britain called for Israel to halt its offensive.")
    assert any(e["event"] == ["REQUEST"] and e["polarity"] == "asserted" for e in events), events
    assert all(e["polarity"] != "asserted" for e in events if e["event"] == ["RETREAT"]), events


def test_waiting_for_a_crowd_to_disperse_is_no_request(code):
    events = code("Police waited for the crowd to disperse.")
    assert all(e["event"] != ["REQUEST"] for e in events), events


def test_receiving_inspectors_or_observers_lets_them_in(code):
    events = tuples(code("Iran received a team of IAEA inspectors in Tehran on Monday."))
    assert ("RETREAT", "IRN", "IGO") in events, events
    # "a mission of observers" is the observers (partitives.txt)
    events = tuples(code("Armenia received a mission of EU observers on its border with Azerbaijan."))
    assert ("RETREAT", "ARM", "EUR") in events, events


def test_receiving_a_letter_from_observers_is_no_event(code):
    assert code("The minister received a letter from the observers.") == []


def test_downing_tools_or_walking_off_the_job_is_a_strike(code):
    for text in ("Dock workers downed tools in Durban on Monday.", "Nurses in Kenya walked off the job on Monday."):
        events = code(text)
        assert any(e["event"] == ["PROTEST"] and "strike" in e["mode"] for e in events), (text, events)


def test_downing_a_drone_stays_an_attack(code):
    events = code("The Syrian army downed a Turkish drone near Idlib.")
    assert all(e["event"] == ["ASSAULT"] for e in events) and events, events


def test_allowing_aid_or_monitors_in_meets_the_rows_though_parsed_as_a_clause_subject(code):
    # "allowed X to enter": the parser makes X the subject of "to enter", not the object of "allowed"
    assert ("RETREAT", "ISR", "PSE") in tuples(code("Israel allowed aid trucks to enter Gaza."))
    assert ("RETREAT", "SYR", "UNO") in tuples(code("Syria allowed UN monitors to enter Homs."))


def test_allowing_players_to_rest_is_no_event(code):
    assert code("The coach allowed the players to rest on Sunday.") == []


def test_a_row_without_a_particle_is_met_only_by_the_verbs_own_object(code):
    events = code("Gunmen opened fire at Turkish soldiers near the border on Sunday.")
    assert not [e for e in events if e["event"] == ["RETREAT"]]
    assert [e for e in events if e["event"] == ["ASSAULT"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The last Canadian soldiers left Kandahar province on Friday.", ("RETREAT", "0874", "CAN", None)),
        ("The last French troops left Mali on Monday.", ("RETREAT", "0874", "FRA", "MLI")),
        ("French forces quit their last base in Niger in December.", ("RETREAT", "0874", "FRA", "NER")),
        ("Hundreds of Dutch marines left for the Gulf on Sunday.", ("MOBILIZE", "154", "NLD", None)),
        ("Two Russian warships entered the Baltic Sea on Thursday.", ("MOBILIZE", "154", "RUS", None)),
        ("A contingent of Nepali peacekeepers arrived in Juba on Tuesday.", ("AID", "074", "NPL", None)),
        ("Thousands of Ethiopian troops massed near the Sudanese border.", ("MOBILIZE", "154", "ETH", None)),
        ("Hezbollah trained hundreds of new fighters last year.", ("MOBILIZE", "154", "LBN", None)),
        ("Honduran police surrounded the university campus in Tegucigalpa on Monday.", ("COERCE", "191", "HND", None)),
    ],
)
def test_a_predicate_can_be_an_event_only_for_some_doers(code, text, expected):
    # subject_triggers.tsv: forces leaving, entering or massing, peacekeepers arriving, armed groups training
    etype, cameo, actor, recipient = expected
    events = [e for e in code(text) if e["event"] == [etype] and e["cameo"] == cameo and e["polarity"] == "asserted"]
    assert any(actor in {a["code"] for a in e["actor"]} for e in events), code(text)
    assert recipient is None or any(recipient in {r["code"] for r in e["recipient"]} for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian foreign minister left the summit in Brussels early on Friday.",
        "The German army chief arrived in Vilnius on Tuesday.",
        "Nepal's prime minister arrived in Juba on Tuesday.",
        "The Italian coach trained the national team in Rome.",
        "The car bomb left 12 soldiers dead in Kabul.",
        "Saudi troops entered talks with Houthi officers.",
        "Thousands of Chileans surrounded the presidential palace on Monday.",
    ],
)
def test_the_same_predicate_by_other_doers_is_no_such_event(code, text):
    found = tuples(code(text))
    assert not any(t[0] in {"RETREAT", "MOBILIZE", "AID"} for t in found), found


def test_a_named_peacekeeping_subject_outranks_its_sector(code):
    # peacekeepers are MIL too; the row that names them (AID 074) beats the troops' MOBILIZE row
    events = code("The first Irish peacekeeping troops entered the buffer zone in Cyprus.")
    assert [e["event"][0] for e in events if e["event_text"] == ["entered"]] == ["AID"], events


def test_training_hackers_raises_cyber_forces(code):
    events = code("Iran has trained hundreds of hackers capable of launching cyberattacks against Saudi Arabia.")
    assert any(e["event"] == ["MOBILIZE"] and e["cameo"] == "155" for e in events), events


# --- statements read off not-yet-real events (intents.tsv conditions) ---


@pytest.mark.parametrize("text", [
    "The Arab League will hold an emergency meeting on the crisis on Sunday, diplomats said.",
    "The Peruvian president said he would open a national dialogue to end the unrest.",
])
def test_a_scheduled_meeting_with_no_one_named_is_no_offer_to_meet(code, text):
    events = code(text)
    assert not [e for e in events if e["event"][0] == "AGREE" and e["polarity"] == "asserted"], events


def test_a_stated_intent_to_meet_someone_named_is_an_offer(code):
    events = code("Iran said it would meet the IAEA chief in Tehran next week.")
    assert any(e["event"][0] == "AGREE" and e["polarity"] == "asserted" for e in events), events


def test_a_stated_intent_to_talk_with_an_uncoded_party_is_an_offer(code):
    # the party met need not have a country: "the truckers' leaders" are someone other than the speaker
    events = code("The Canadian prime minister said he would hold talks with the truckers' leaders on Monday.")
    assert any(e["event"][0] == "AGREE" and e["polarity"] == "asserted" for e in events), events


def test_what_a_thing_would_do_is_no_one_s_promise(code):
    # the accord's effect, as its critic sees it: nobody has promised Damascus anything
    events = code("The Saudi foreign minister denounced the accord as a grave error that would give Damascus "
                  "millions of dollars to rebuild its army.")
    assert not [e for e in events if e["event"][0] == "AGREE"], events


def test_an_official_the_story_codes_later_still_states_an_intent(code):
    events = code("Vice-President Moody Awori has declined to resign despite growing pressure by the Kenya "
                  "Anti-Corruption Commission.")
    assert ("REJECT", "KEN", "KEN") in tuples(events), events


def test_a_crowd_of_a_cause_gathering_outside_a_building_demonstrates(code):
    events = code("BAMAKO, Feb 4 (Eventwire) - Hundreds of activists gathered outside the French embassy on Friday.",
                  published=date(2022, 2, 4))
    assert [e for e in events if e["event"][0] == "PROTEST"], tuples(events, None)
    # mourners are no crowd of a cause
    events = code("BAMAKO, Feb 4 (Eventwire) - Hundreds of mourners gathered outside the hospital on Friday.",
                  published=date(2022, 2, 4))
    assert not [e for e in events if e["event"][0] == "PROTEST"], tuples(events, None)


def test_a_body_named_by_an_acronym_the_story_defines_states_an_intent(code):
    # the acronym's code comes from its long form only after the sentence is read: it is still someone
    events = code("HONIARA, Jun 5 (Eventwire) - Officers of the Royal Solomon Islands Police Force (RSIPF) "
                  "sealed off the port. The commander said the RSIPF would hand the port back to the harbour "
                  "authority.", published=date(2000, 6, 5))
    assert [e for e in events if e["event"][0] == "AGREE" and e["polarity"] == "asserted"], tuples(events, None)


@pytest.mark.parametrize("text", [
    "Turkish officials said Turkey would not withdraw its troops from northern Iraq.",
    "The Japanese prime minister said Japan would not apologise to Seoul.",
])
def test_an_act_that_will_not_happen_is_no_refusal_when_nobody_asked(code, text):
    events = code(text)
    assert not [e for e in events if e["event"][0] == "REJECT"], events


@pytest.mark.parametrize("text", [
    "The ministry said Egypt had not supplied arms to the Libyan militia.",
    "Officials in Ankara insisted that Turkey did not send military aid to Azerbaijan.",
])
def test_a_deed_denied_for_the_past_is_no_refusal(code, text):
    events = code(text)
    assert not [e for e in events if e["event"][0] == "REJECT"], events


def test_an_act_not_done_against_demands_is_a_refusal(code):
    events = code("Colombia said it would not meet the kidnappers' demands.")
    assert any(e["event"][0] == "REJECT" and e["polarity"] == "asserted" for e in events), events


def test_a_participle_is_read_with_the_noun_it_modifies_as_its_object(code):
    # a video that was released is no prisoner release
    events = code("In a statement released by his office, the Malian opposition leader said he had been placed under house arrest.")
    assert "RETREAT" not in {e["event"][0] for e in events}, events


def test_no_threat_is_read_off_a_modal_event_with_no_doer(code):
    # a passive with no one named as its doer: whose threat would it be?
    events = code("Diplomats said Belarus would be barred from all of the bloc's meetings.")
    assert not [e for e in events if e["event"][0] == "THREATEN" and e["polarity"] == "asserted"], events


@pytest.mark.parametrize(
    "text, background",
    [
        ("Pakistan offered to hand over two men suspected by India of planning the Mumbai attacks.", "ACCUSE"),
        ("Tuareg rebels returned rifles seized last year from Malian soldiers.", "COERCE"),
        ("Brazil signed an accord negotiated by Norwegian diplomats in Oslo.", "CONSULT"),
    ],
)
def test_a_past_participle_describing_a_noun_is_background_not_an_event(code, text, background):
    assert background not in {e["event"][0] for e in code(text)}, code(text)


def test_victims_killed_in_an_attack_still_tell_the_attack(code):
    events = code("Twelve civilians killed in a Saudi air strike on Monday were buried in Sanaa.")
    assert "ASSAULT" in {e["event"][0] for e in events if e["polarity"] == "asserted"}, events


def _participle_found(words, heads, deps, tags, participle):
    from spacy.lang.en import English
    from spacy.tokens import Doc
    from eventwire.events import Found
    from eventwire.lexicon import Trigger

    pos = ["VERB" if t.startswith("VB") else "NOUN" if t.startswith("NN") else "ADP" if t == "IN" else "X" for t in tags]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    trig = Trigger("x", "VERB", "", frozenset(), frozenset(), False, "PROTEST", "", "141", "", "")
    return Found(trig, doc[participle], doc[participle], [doc[participle]])


def test_a_participle_the_parser_hung_on_the_sentences_only_noun_is_its_main_verb():
    from eventwire.events import _describes_its_noun

    # "A rights group protested on Monday", misparsed: "protested" a modifier of the root "group"
    found = _participle_found(["group", "protested", "on", "Monday"], [0, 0, 1, 2],
                              ["ROOT", "acl", "prep", "pobj"], ["NN", "VBN", "IN", "NNP"], 1)
    assert not _describes_its_noun(found)
    # "troops deployed ... after officials turned to Damascus", misparsed: "troops" the subject of "turned"
    found = _participle_found(["troops", "deployed", "after", "officials", "turned"], [4, 0, 4, 4, 4],
                              ["nsubj", "acl", "mark", "nsubj", "ROOT"], ["NNS", "VBN", "IN", "NNS", "VBD"], 1)
    assert not _describes_its_noun(found)
    # "troops deployed there left": a true reduced relative
    found = _participle_found(["troops", "deployed", "there", "left"], [3, 0, 1, 3],
                              ["nsubj", "acl", "advmod", "ROOT"], ["NNS", "VBN", "RB", "VBD"], 1)
    assert _describes_its_noun(found)


def test_a_participle_hung_on_the_from_phrase_of_a_verbless_opening_noun_is_its_main_verb():
    from eventwire.events import _describes_its_noun

    # "Nurses from relief groups donated blankets", misparsed: "donated" a modifier of "groups"
    found = _participle_found(["Nurses", "from", "groups", "donated", "blankets"], [0, 0, 1, 2, 3],
                              ["ROOT", "prep", "pobj", "acl", "dobj"], ["NNS", "IN", "NNS", "VBN", "NNS"], 3)
    assert not _describes_its_noun(found)
    # the same before ", officials said", with the opening noun hung on the reporting verb
    found = _participle_found(["Nurses", "from", "groups", "donated", "blankets", "officials", "said"],
                              [6, 0, 1, 2, 3, 6, 6],
                              ["npadvmod", "prep", "pobj", "acl", "dobj", "nsubj", "ROOT"],
                              ["NNS", "IN", "NNS", "VBN", "NNS", "NNS", "VBD"], 3)
    assert not _describes_its_noun(found)
    # "Refugees from towns shelled overnight fled": the subject has a verb, a true reduced relative
    found = _participle_found(["Refugees", "from", "towns", "shelled", "overnight", "fled"], [5, 0, 1, 2, 3, 5],
                              ["nsubj", "prep", "pobj", "acl", "advmod", "ROOT"], ["NNS", "IN", "NNS", "VBN", "RB", "VBD"], 3)
    assert _describes_its_noun(found)


@pytest.mark.parametrize(
    "text",
    [
        "Germany backed a European Union proposal that would impose tariffs on Chinese steel.",
        "Canada endorsed a Security Council resolution that aims to impose an arms embargo on South Sudan.",
    ],
)
def test_what_a_text_would_do_is_its_content_not_a_threat(code, text):
    assert "THREATEN" not in {e["event"][0] for e in code(text)}, code(text)


def test_what_a_government_would_do_is_still_its_threat(code):
    assert ("THREATEN", "IRN", "ISR") in tuples(code("Iran said it would strike Israel if attacked again."))


@pytest.mark.parametrize("text", [
    # a participle that is no event of its own passes on the storming it elaborates
    "Gunmen stormed a hotel in Kabul on Monday, throwing grenades and firing on guests, killing at least 18 people.",
    # "erupted" only says the fighting took place; the killing is the fighting's
    "Heavy fighting erupted between Sudan's army and the RSF on Saturday, killing at least 56 civilians.",
])
def test_a_participle_elaborating_an_attack_is_that_attack(code, text):
    events = [e for e in code(text) if e["event"] == ["ASSAULT"]]
    assert all(e["recipient"] and any(r["code"] for r in e["recipient"]) for e in events)
    assert not any(e["event_text"][0].startswith(("killing", "firing")) for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Ethiopian troops forced out hundreds of Eritrean families from the border town of Badme.", ("ASSAULT", "ETH", "ERI")),
    ("Burmese soldiers forced thousands of Karen villagers from their homes in 2006.", ("ASSAULT", "MMR", None)),
    ("Serbian police drove ethnic Albanian families from their villages in Kosovo in 1999.", ("ASSAULT", "SRB", None)),
])
def test_forcing_people_from_their_homes_is_expulsion_by_force(code, text, expected):
    found = tuples(code(text))
    assert any(t == expected[0] and a == expected[1] for t, a, _ in found), found


def test_forcing_ones_way_into_a_building_is_an_assault_on_it(code):
    # "forced their way into" enters by force, as "stormed" does: aimed at whose the building is
    found = tuples(code("Venezuelan soldiers forced their way into the Chilean consulate in Caracas on Sunday."))
    assert ("ASSAULT", "VEN", "CHL") in found, found


def test_a_scandal_forcing_out_a_minister_is_no_expulsion(code):
    found = tuples(code("A bribery scandal forced out the Japanese finance minister in 2021."))
    assert not any(t == "ASSAULT" for t, _, _ in found), found


@pytest.mark.parametrize("verb", ["held", "used"])
def test_holding_civilians_as_human_shields_is_coercion(code, verb):
    found = tuples(code(f"Islamic State fighters {verb} Iraqi civilians as human shields in Mosul in 2017."))
    assert any(t == "COERCE" and r == "IRQ" for t, _, r in found), found


@pytest.mark.parametrize("text", [
    "Amnesty International said it was alarmed by the detention by Egyptian police of several journalists.",
    "The EU voiced concern over the arrest of dozens of students by Iranian security forces.",
])
def test_an_event_noun_told_with_its_doer_and_its_object_is_told_here(code, text):
    found = tuples(code(text))
    assert any(t == "COERCE" and a in {"EGY", "IRN"} for t, a, _ in found), found


@pytest.mark.parametrize("text, expected", [
    ("Gang members set ablaze a police station in Port-au-Prince on Sunday.", "ASSAULT"),
    ("An Iranian woman set herself ablaze outside a court in Tehran in 2019.", "PROTEST"),
])
def test_setting_ablaze_is_arson_unless_it_is_oneself(code, text, expected):
    found = tuples(code(text))
    assert any(t == expected for t, _, _ in found), found


def test_suspending_a_state_from_a_bloc_is_a_sanction_on_it(code):
    found = tuples(code("ECOWAS suspended Burkina Faso from the regional bloc in January 2022."))
    assert ("SANCTION", "IGO", "BFA") in found, found


@pytest.mark.parametrize("text", [
    "A gas explosion killed nine Ukrainian residents of an apartment block in Dnipro in 2019.",
    "Seven Chinese workers died in a boiler explosion at a factory in Hebei.",
])
def test_an_explosion_nothing_names_as_a_weapon_is_an_accident(code, text):
    assert not any(e["event"] == ["ASSAULT"] for e in code(text))


@pytest.mark.parametrize("text", [
    "A car bomb explosion killed six Somali soldiers near Mogadishu on Saturday.",
    "Eleven Pakistani policemen died in a suicide blast in Quetta.",
])
def test_an_explosion_of_a_weapon_is_an_attack(code, text):
    assert any(e["event"] == ["ASSAULT"] for e in code(text))


def test_soldiers_martyred_in_an_attack_were_killed(code):
    events = code("Three Pakistani soldiers were martyred in an attack on a checkpoint in North Waziristan.")
    killed = [e for e in events if e["event"] == ["ASSAULT"] and any(r["code"] == "PAK" for r in e["recipient"])]
    assert killed and killed[0]["size"]["dead"] == 3, [(e["event"], e["size"]) for e in events]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessor's accusation aimed at the subject of its "that" clause, answered or not
        ("Beijing's accusation that Manila had rammed a coast guard ship angered Philippine officials.",
         ("ACCUSE", "CHN", "PHL")),
        ("Armenia dismissed Azerbaijan's accusation that Yerevan had shelled its positions.", ("ACCUSE", "AZE", "ARM")),
        # an event noun that left someone dead fell on them
        ("Heavy fighting left 30 Congolese soldiers dead near Goma.", ("ASSAULT", None, "COD")),
    ],
)
def test_accusations_and_deadly_event_nouns_are_told(code, text, expected):
    assert expected in tuples(code(text)), code(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "he"/"it" in an accusation's "that" clause, the accusation rejected or denied: the one who rejects it
        ("Zelensky denied Putin's allegation that he had sabotaged the peace talks.", ("ACCUSE", "RUS", "UKR")),
        ("Pakistan rejected India's accusation that it had sheltered militants.", ("ACCUSE", "IND", "PAK")),
        # the doer of the act alleged in the "of" phrase, named in its "by" phrase
        ("Pakistan's accusations of ceasefire violations by India continued.", ("ACCUSE", "PAK", "IND")),
    ],
)
def test_accusation_target_is_the_rejecter_or_the_alleged_doer(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_rejected_accusation_pronoun_is_the_person_rejecting(code):
    events = code("Lula rejected Bolsonaro's accusation that he had rigged the vote.")
    accused = [(e["actor"][0]["identifier_text"], e["recipient"][0]["identifier_text"])
               for e in events if e["event"] == ["ACCUSE"] and e["actor"] and e["recipient"]]
    assert ("Jair Bolsonaro", "Luiz Inácio Lula da Silva") in accused, events


def test_a_promise_on_an_unless_condition_is_an_ultimatum(code):
    events = code("Kenya said it will withdraw its troops from Somalia unless the African Union pays them.")
    found = tuples(events)
    assert ("THREATEN", "KEN", "IGO") in found, events
    assert not [t for t in found if t[0] == "AGREE"], events


@pytest.mark.parametrize("text", [
    "Britain defended the right of its soldiers to shoot at armed attackers in Iraq.",
    "An attempt by Russian agents to kill the governor of Kherson was foiled by Ukrainian police.",
])
def test_an_infinitive_of_a_noun_that_states_no_intent_is_no_threat(code, text):
    events = code(text)
    assert not [e for e in events if e["event"] == ["THREATEN"] and e["polarity"] == "asserted"], events


def test_plans_to_act_are_still_a_statement_of_intent(code):
    events = code("Russia announced plans to withdraw its troops from Georgia.")
    assert ("AGREE", "RUS", "GEO") in tuples(events), events


@pytest.mark.parametrize("text, etype", [
    ("France reminded Iran that it must cooperate fully with UN inspectors.", "AGREE"),
    ("The parliament authorized the army to strike rebel bases in Syria.", "THREATEN"),
])
def test_an_act_demanded_or_authorized_is_no_promise_of_its_doer(code, text, etype):
    events = code(text)
    assert not [e for e in events if e["event"] == [etype] and e["polarity"] == "asserted"], events


@pytest.mark.parametrize("text", [
    "Angry protesters set fire to a police station in Lagos.",
    "Inmates rioted at a prison in Lima, setting fire to their beds.",
    "Inmates rioted at a prison in Lima, breaking windows and torching their cells.",
])
def test_a_crowds_arson_is_its_riot_not_an_assault(code, text):
    events = code(text)
    assert [e for e in events if e["event"] == ["PROTEST"]], events
    assert not [e for e in events if e["event"] == ["ASSAULT"]], events


def test_arson_by_others_than_a_crowd_stays_an_assault(code):
    events = code("Jewish settlers set fire to the offices of Palestinian administrators in Hebron.")
    assert [e for e in events if e["event"] == ["ASSAULT"]], events


def test_meeting_a_commitment_is_no_meeting(code):
    events = code("Turkey said Greece had met its commitments under the migration deal.")
    assert not [e for e in events if e["event"] == ["CONSULT"]], events
    assert ("CONSULT", "RUS", "TUR") in tuples(code("Putin met Erdogan in Sochi on Monday."))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a call between the two speakers, each with the other
        ("Egypt's foreign minister and his Jordanian counterpart spoke by phone on Sunday.", ("CONSULT", "JOR", "EGY")),
        # "level" only measures the readiness it is put on (partitives.txt)
        ("North Korea put its artillery units on the highest level of combat readiness.", ("MOBILIZE", "PRK", None)),
        # looking forward to working with someone states an intent to cooperate with them
        ("Canada's prime minister said he looked forward to working with the new Mexican government.",
         ("AGREE", "CAN", "MEX")),
    ],
)
def test_calls_alert_levels_and_intents_to_cooperate(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_an_event_noun_claimed_by_its_doer_is_told(code):
    # with its doer named by the claim, "the bombing" is told here, not mentioned in passing
    assert ("ASSAULT", "AFG", None) in tuples(code("The Taliban claimed responsibility for the bombing on Tuesday."))


def test_an_ultimatum_is_aimed_at_whoever_must_meet_its_condition(code):
    text = "Kenya said it would pull its troops out of Somalia unless the government in Mogadishu held elections by June."
    found = tuples(code(text))
    assert ("THREATEN", "KEN", "SOM") in found and ("AGREE", "KEN", "SOM") not in found, found


def test_a_promise_on_an_if_condition_stays_a_promise(code):
    found = tuples(code("Kenya said it would pull its troops out of Somalia if the fighting ended."))
    assert ("AGREE", "KEN", "SOM") in found, found


@pytest.mark.parametrize("text", [
    # the title before the name says who is allowed (an opposition leader): a ban eased
    "Zimbabwe's government allowed opposition leader Nelson Chamisa to address supporters in Harare.",
    "Zimbabwe's government allowed the banned rally to go ahead in Harare.",
])
def test_allowing_the_opposition_or_a_rally_is_a_concession(code, text):
    assert any(t[0] == "CONCEDE" and t[1] == "ZWE" for t in tuples(code(text))), code(text)


def test_a_crowd_gathered_to_demand_demonstrates(code):
    found = tuples(code("Hundreds of Ghanaians gathered outside parliament in Accra to demand the release of jailed activists."))
    assert any(t[0] == "PROTEST" and t[1] == "GHA" for t in found), found


def test_ministers_gathered_to_talk_do_not_demonstrate(code):
    found = tuples(code("African foreign ministers gathered in Addis Ababa to discuss the crisis in Sudan."))
    assert not any(t[0] == "PROTEST" for t in found), found


def test_force_being_prepared_is_a_show_of_force_not_a_threat(code):
    found = tuples(code("Ethiopian troops were preparing to launch an assault on rebel positions in Tigray."))
    assert any(t[:2] == ("MOBILIZE", "ETH") for t in found), found
    assert not any(t[:2] == ("THREATEN", "ETH") for t in found), found


def test_a_readiness_stated_stays_a_threat(code):
    found = tuples(code("Ethiopia said it was prepared to launch an assault on rebel positions in Tigray."))
    assert any(t[:2] == ("THREATEN", "ETH") for t in found), found


def test_a_minister_arriving_in_a_foreign_capital_visits_it(code):
    assert ("CONSULT", "KEN", "ETH") in tuples(code("Kenya's foreign minister arrived in Addis Ababa on Tuesday.")), \
        code("Kenya's foreign minister arrived in Addis Ababa on Tuesday.")


def test_troops_arriving_are_no_visit(code):
    assert not any(t[0] == "CONSULT" for t in tuples(code("Kenyan troops arrived in Mogadishu on Tuesday.")))


def test_withholding_recognition_is_a_refusal(code):
    found = tuples(code("EU ministers withheld recognition of the military government in Niger."))
    assert any(t[:2] == ("REJECT", "EUR") for t in found), found


def test_a_refusal_coordinated_with_a_request_answers_its_maker(code):
    assert ("REJECT", "USA", "IRN") in tuples(code("Iran asked for new talks, but Washington refused.")), \
        code("Iran asked for new talks, but Washington refused.")


def test_a_bloc_suspending_a_named_country_suspends_its_membership(code):
    assert ("SANCTION", "IGO", "BFA") in tuples(code("ECOWAS suspended Burkina Faso on Friday after the coup.")), \
        code("ECOWAS suspended Burkina Faso on Friday after the coup.")


def test_suspending_a_news_agency_is_no_suspension_of_membership(code):
    assert not any(t[0] == "SANCTION" for t in tuples(code("The junta suspended Reuters for a week.")))


def test_a_bloc_expelling_a_named_country_is_a_sanction(code):
    assert ("SANCTION", "IGO", "SYR") in tuples(code("The Arab League expelled Syria in November 2011.")), \
        code("The Arab League expelled Syria in November 2011.")


def test_a_test_fired_missile_is_a_weapons_test_not_an_attack(code):
    found = tuples(code("North Korea test-fired two ballistic missiles into the sea on Sunday."))
    assert any(t[:2] == ("MOBILIZE", "PRK") for t in found) and not any(t[0] == "ASSAULT" for t in found), found


def test_ministers_who_talked_by_phone_consulted_each_other(code):
    found = tuples(code("The Kenyan and Ugandan foreign ministers talked by phone on Friday."))
    assert ("CONSULT", "KEN", "UGA") in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agency distributed food to displaced families in Somalia on Monday.", "AID"),
        ("The World Bank disbursed a loan of 500 million dollars to Ghana.", "AID"),
        ("Norway resettled 3,000 Syrian refugees last year.", "AID"),
        ("The Red Cross flew medicine and blankets to hospitals in Liberia on Friday.", "AID"),
        ("Ankara hit back at remarks by the German chancellor.", "ACCUSE"),
        ("Tehran brushed aside the American warnings.", "REJECT"),
        ("Ghanaians voiced anger over the killing of a student by police.", "ACCUSE"),
    ],
)
def test_aid_handed_out_retorts_and_dismissals(code, text, expected):
    assert any(t[0] == expected for t in tuples(code(text))), code(text)


def test_ordering_a_foreign_ambassador_out_is_a_diplomatic_sanction(code):
    found = tuples(code("Niger's junta ordered the French ambassador to leave the country within 48 hours."))
    assert ("SANCTION", "NER", "FRA") in found and not any(t[0] == "REQUEST" for t in found), found


def test_a_high_commissioner_is_an_envoy(code):
    # Commonwealth countries exchange high commissioners, not ambassadors: expelling or recalling one
    # reduces diplomatic relations
    found = tuples(code("Ghana expelled Nigeria's high commissioner and recalled its own high commissioner from Abuja."))
    assert ("SANCTION", "GHA", "NGA") in found and not any(t[0] == "COERCE" for t in found), found


@pytest.mark.parametrize("text", [
    "Japan stripped South Korea of its preferred trade status on Friday.",
    "Washington raised tariffs on Chinese steel to 25 percent on Monday.",
])
def test_withdrawing_trade_privileges_and_raising_tariffs_are_sanctions(code, text):
    found = tuples(code(text))
    assert any(t[0] == "SANCTION" and t[2] in {"KOR", "CHN"} for t in found), found


def test_revoking_a_regions_autonomy_is_a_restriction(code):
    found = tuples(code("Madrid revoked the autonomy of Catalonia on Friday."))
    assert any(t[0] == "COERCE" and t[1] == "ESP" for t in found), found


def test_a_deed_told_of_those_someone_is_among_is_news_not_background(code):
    # "detained by police" on a noun is background, unless the sentence says who was among them
    found = tuples(code("Two opposition leaders were among dozens of Kenyan activists detained by police on Sunday."))
    assert ("COERCE", "KEN", "KEN") in found, found


def test_ordering_foreign_nationals_out_is_an_expulsion(code):
    found = tuples(code("Kuwait ordered Egyptian nationals to leave the country within a month."))
    assert ("COERCE", "KWT", "EGY") in found and not any(t[0] == "REQUEST" for t in found), found


def test_declaring_a_ceasefire_is_a_retreat(code):
    # CAMEO 0871 "declare a truce or ceasefire"; the PLOVER gold standard codes it RETREAT
    for text in ("The Kurdish rebels declared a unilateral ceasefire on Monday.",
                 "The junta announced a truce in the north."):
        types = {e["event"][0] for e in code(text)}
        assert "RETREAT" in types and "CONCEDE" not in types, text


def test_ordering_aid_agencies_out_is_an_expulsion(code):
    found = tuples(code("Ethiopia ordered two foreign aid agencies to leave the Tigray region on Friday."))
    assert ("SANCTION", "ETH", "NGO") in found and not any(t[0] == "REQUEST" for t in found), found


@pytest.mark.parametrize("text, expected", [
    ("Ukraine retaliated with drone strikes on Russian airfields.", ("ASSAULT", "UKR", "RUS")),
    ("Hezbollah responded with a barrage of rockets on northern Israel.", ("ASSAULT", "LBN", "ISR")),
])
def test_what_a_response_is_made_with_is_done_by_the_responder(code, text, expected):
    assert expected in tuples(code(text)), code(text)



def test_text_before_a_token_matches_the_doc_text():
    import spacy

    from eventwire.events import _text_before

    doc = spacy.blank("en")("They marched  in protest at the\n\narrest of a reporter; after riots  broke out")
    for tok in doc:
        for width in (0, 1, 7, 40, 500):
            assert _text_before(tok, width) == doc.text[max(0, tok.idx - width) : tok.idx]


def test_armed_men_marching_is_a_movement_of_forces_not_a_protest(code):
    events = code("Sudanese troops marched into the border town on Thursday.")
    types = [e["event"] for e in events]
    assert ["MOBILIZE"] in types and ["PROTEST"] not in types, events
    # a crowd's march is still a protest
    assert ["PROTEST"] in [e["event"] for e in code("Thousands of nurses marched through the capital on Thursday.")]


def test_what_an_agreement_says_will_happen_is_no_new_promise(code):
    events = code("Under the accord, the militias will hand over their heavy weapons to the army within a month.")
    types = [e["event"] for e in events]
    assert ["RETREAT"] in types and ["AGREE"] not in types, events
    # said without the terms, it is a promise
    assert ["AGREE"] in [e["event"] for e in code("The militias will hand over their heavy weapons to the army.")]


def test_an_event_noun_at_the_end_of_a_list_is_still_the_light_verbs_object(code):
    # the parser makes "fire" the last conjunct of "artillery"; the list is one barrage, one record
    events = code("Ethiopian forces launched artillery, mortar, and rocket fire against Eritrean positions overnight.")
    assert ("ASSAULT", "ETH", "ERI") in tuples(events)
    assert len([e for e in events if e["event"] == ["ASSAULT"]]) == 1


def test_handing_out_food_is_humanitarian_aid(code):
    events = code("ZINDER, Niger, July 3 (Eventwire) - The World Food Programme handed out food to flood victims "
                  "in Zinder on Wednesday.")
    aid = _events_of(events, "AID")
    assert aid and aid[0]["actor"][0]["code"] == "UNO", events


def test_seizing_people_is_an_abduction(code):
    events = code("Gunmen seized 40 schoolgirls from a village in Zamfara state on Friday.")
    abductions = [e for e in _events_of(events, "ASSAULT") if e["mode"] == ["abduct"]]
    assert abductions, events
    assert not _events_of(events, "COERCE"), events


def test_an_offer_of_troops_is_no_threat(code):
    events = code("Kenya offered to send 500 police officers to help restore order in Haiti.")
    assert not _events_of(events, "THREATEN"), events
    assert _events_of(events, "AGREE"), events


def test_reopening_borders_a_state_closed_eases_a_restriction(code):
    events = code("BAMAKO, Aug 22 (Eventwire) - Mali's military council reopened the country's borders on Sunday.")
    assert ("CONCEDE", "MLI", None) in tuples(events), events
    assert not _events_of(events, "RETREAT"), events


def test_accidental_poisoning_is_no_attack(code):
    assert not code("Doctors said the Kenyan minister had suffered food poisoning.")


def test_a_noun_keeps_the_preposition_hung_on_its_light_verb(code):
    # the parser hangs "on ..." on "imposed", not on "ban": a ban on airlines is an embargo, not a restriction at home
    found = tuples(code("The European Union imposed a ban on Monday on Belarusian airlines using its airspace."))
    assert ("SANCTION", "EUR", "BLR") in found, found
    assert not any(t[0] == "COERCE" for t in found)


def test_a_fight_between_two_sides_that_kills_is_each_sides_attack_on_the_other(code):
    # the dead, of no side named, are no recipient
    found = tuples(code("Clashes between Sudan and South Sudan killed 20 soldiers."))
    assert {("ASSAULT", "SDN", "SSD"), ("ASSAULT", "SSD", "SDN")} <= found, found


def test_the_title_of_a_named_person_meets_an_event_nouns_condition(code):
    # "the release of opposition leader X": the title says who is freed, as "released opposition leader X" does
    events = code("Gabon's interim president ordered the release of opposition leader Jean Mba from prison on Friday.")
    types = [e["event"] for e in events if e["polarity"] == "asserted"]
    assert ["RETREAT"] in types and ["REQUEST"] not in types, events


def test_dissolving_a_legislature_is_coercion(code):
    events = code("Kenya's president dissolved parliament on Monday.")
    assert ("COERCE", "KEN", "KEN") in tuples(events), events
    # dissolving a party is a ban, as before
    assert any(e["event"] == ["COERCE"] and e["mode"] == ["ban"] for e in code("The junta dissolved the ruling party."))


def test_rampages_cut_hotlines_and_blocked_platforms_are_coded(code):
    rampage = code("Armed men rampaged through a village in northern Nigeria on Sunday.")
    assert ["ASSAULT"] in [e["event"] for e in rampage], rampage
    # a crowd's rampage is its riot
    riot = code("Hundreds of Kenyan protesters rampaged through the streets of Kisumu.")
    assert any(e["event"] == ["PROTEST"] and e["mode"] == ["riot"] for e in riot), riot
    assert ("SANCTION", "PRK", "KOR") in tuples(code("North Korea cut the military hotline with South Korea."))
    blocked = code("Ethiopia's government blocked Facebook and Telegram after the killing.")
    assert any(e["event"] == ["COERCE"] and e["mode"] == ["censor"] for e in blocked), blocked


def test_an_explosion_someone_carried_out_is_an_attack(code):
    events = code("Police said the Taliban had carried out the blast.")
    assert any(e["event"] == ["ASSAULT"] and e["actor"] and e["actor"][0]["code"] == "AFG" for e in events), events
    # an explosion no one set off is still no attack
    assert not code("Five workers died in a gas explosion at a mine in Turkey.")


def test_a_predicative_noun_the_parser_hangs_on_the_verb_still_counts(code):
    # after a coordinated object, "hostage" may come out as the verb's conjunct
    events = code("Armed men took a nurse and about a dozen villagers hostage, the Malian army said.")
    assert any(e["event"] == ["ASSAULT"] and e["mode"] == ["abduct"] for e in events), events


@pytest.mark.parametrize("text, trigger, expected", [
    ("Demonstrators closed the main road to the airport on Sunday.", "closed", (["PROTEST"], ["obstruct"])),
    ("Protesters shut a border crossing for a third day.", "shut", (["PROTEST"], ["obstruct"])),
    ("Police closed the main road to the airport on Sunday.", "closed", (["COERCE"], ["restrict"])),
])
def test_a_crowd_closing_a_road_blocks_it_authorities_restrict(code, text, trigger, expected):
    events = code(text)
    assert [(e["event"], e["mode"]) for e in events if e["event_text"] == [trigger]] == [expected], events


def test_a_purpose_of_the_same_type_is_the_deed_it_serves(code):
    # the parser reads "to disperse" as controlled by the batons; the dispersal is the deed the batons served
    events = [e for e in code("Zambian police used batons to disperse opposition supporters in Lusaka.")
              if e["event"] == ["COERCE"]]
    assert len(events) == 1 and events[0]["actor"][0]["code"] == "ZMB", events


@pytest.mark.parametrize("text, kept_out", [
    ("The army said it would return a truck that was seized by Kenyan police last month.", "COERCE"),
    ("The rebels will free the two ministers, whom they had taken hostage in May, on Friday.", "ASSAULT"),
])
def test_a_deed_a_relative_clause_tells_of_its_noun_is_background(code, text, kept_out):
    assert kept_out not in {e["event"][0] for e in code(text) if e["polarity"] == "asserted"}, code(text)


def test_a_relative_clause_telling_its_nouns_own_deed_stays(code):
    events = code("The talks were led by Qatar, which hosted Afghan and U.S. envoys in Doha.")
    assert any(e["event_text"] == ["hosted"] and e["actor"][0]["code"] == "QAT" for e in events), events


def test_shunning_work_is_a_strike_not_a_refusal(code):
    found = tuples(code("Nigerian bus drivers shunned work on Tuesday to protest unpaid wages."))
    assert ("PROTEST", "NGA", "NGA") in found and not any(t == "REJECT" for t, _, _ in found), found
    assert ("REJECT", "NGA", None) in tuples(code("Nigeria shunned the summit in Accra."))


@pytest.mark.parametrize("text, expected", [
    ("Zambian police opened fire to disperse opposition supporters in Lusaka, killing two people.", ("ASSAULT", "ZMB", "ZMB")),
    ("Kenyan soldiers fired live rounds to break up a crowd of Somali refugees.", ("ASSAULT", "KEN", "SOM")),
])
def test_force_with_no_target_is_aimed_at_whom_its_purpose_acts_on(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_a_participle_that_only_counts_its_victims_hits_the_deeds_targets(code):
    found = tuples(code("Zambian police opened fire on opposition supporters in Lusaka, killing two people and arresting 30."))
    assert ("COERCE", "ZMB", "ZMB") in found and ("COERCE", "ZMB", None) not in found, found


def test_an_order_to_a_news_outlet_is_censorship(code):
    found = tuples(code("The Kenyan government ordered the opposition newspaper to suspend publication."))
    assert any(t == "COERCE" and a == "KEN" for t, a, _ in found), found
    assert not any(t == "REQUEST" for t, _, _ in found), found


def test_a_light_verb_in_a_relative_clause_on_an_event_noun_tells_that_act_again(code):
    events = code("The United States announced new sanctions, which it imposed on Iran on Monday.")
    assert ("SANCTION", "USA", "IRN") in tuples(events), events
    # the act the main clause denies is not the one the relative clause tells as done
    events = code("ECOWAS did not impose on Guinea the sanctions that it imposed on Mali.")
    asserted = {(e["event"][0], e["actor"][0]["code"], e["recipient"][0]["code"]) for e in events
                if e["polarity"] == "asserted" and e["actor"] and e["recipient"]}
    assert ("SANCTION", "IGO", "MLI") in asserted, events


def test_training_another_states_marines_is_military_cooperation(code):
    events = code("French instructors trained Malian marines and paratroopers near Bamako last year.")
    assert ("COOPERATE", "FRA", "MLI") in tuples(events), events


def test_forces_sent_to_help_someone_are_aid_to_them(code):
    found = tuples(code("Rwanda sent 1,000 soldiers to help Mozambican forces retake the port."))
    assert ("AID", "RWA", "MOZ") in found and not any(t[0] == "MOBILIZE" for t in found), found
    # promised, it is an offer of help, not a threat
    promised = tuples(code("Britain said it would send police officers to assist Kenyan detectives."))
    assert ("AGREE", "GBR", "KEN") in promised and not any(t[0] == "THREATEN" for t in promised), promised


def test_a_promised_inquiry_into_killings_is_no_threat(code):
    for text in ("Kenya's interior minister promised an inquiry into the killings.",
                 "The Kenyan police chief urged protesters to go home and promised an inquiry into every killing."):
        types = [e["event"] for e in code(text) if e["polarity"] == "asserted"]
        assert ["AGREE"] in types and ["THREATEN"] not in types, (text, types)
    # a vow of the force itself still is one
    assert ["THREATEN"] in [e["event"] for e in code("The rebels vowed to attack the capital.")]


def test_trigger_candidates_are_the_words_a_row_could_fit():
    # every verb or noun with rows for its part of speech, and a root noun with verb rows; read off
    # the doc's columns, it must pick what a scan of every token's attributes picks
    import json
    from pathlib import Path

    from eventwire.events import _trigger_candidates
    from eventwire.lexicon import load_lexicon
    from eventwire.nlp import load_nlp

    lex = load_lexicon()

    def may_be_coded(tok) -> bool:
        pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ == "NOUN" else None
        lemma = tok.lemma_.lower()
        return pos is not None and bool(lex.candidates(lemma, pos) or (
            pos == "NOUN" and tok.dep_ == "ROOT" and lex.candidates(lemma, "VERB")))

    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts.append("Protesters rally outside parliament. Officials said the army must withdraw.")
    picked = 0
    for doc in load_nlp().pipe(texts):
        for sent in doc.sents:
            expected = [t for t in sent if may_be_coded(t)]
            assert _trigger_candidates(sent, lex) == expected
            picked += len(expected)
        assert _trigger_candidates(doc, lex) == [t for t in doc if may_be_coded(t)]
    assert picked > 0


@pytest.mark.parametrize("text", [
    "Government troops recaptured the border town of Tarin Kot on Sunday.",
    "Rebels overran an army outpost near the river.",
    "The militia took control of the airport after a day of fighting.",
])
def test_taking_territory_is_coercion_as_the_2021_crosswalk_maps_cameo_192(code, text):
    events = [e for e in code(text) if e["cameo"] == "192"]
    assert events and all(e["event"] == ["COERCE"] for e in events), code(text)


def test_event_word_lists_are_read_from_the_lexicon_data():
    """Knowledge, not code: intention nouns, counted people, helping and promise verbs, share words and
    additive modifiers live in data/lexicon."""
    import eventwire.events as events
    from eventwire.lexicon import load_lexicon

    lex = load_lexicon()
    assert not any(hasattr(events, name) for name in
                   ("INTENTION_NOUNS", "UNNAMED_PEOPLE", "HELPING_LEMMAS", "PROMISE_LEMMAS", "SHARE_WORDS", "ADDITIVE"))
    assert {"plot", "scheme"} <= lex.intention_nouns
    assert {"person", "others"} <= lex.unnamed_people
    assert {"assist", "defend"} <= lex.helping_verbs
    assert {"vow", "swear"} <= lex.promise_verbs
    assert {"per cent", "%"} <= lex.share_words
    assert {"further", "fresh"} <= lex.additive_words


def test_a_vow_not_to_do_something_is_a_refusal(code):
    assert ("REJECT", "IRN", "SYR") in tuples(code("Iran vowed never to withdraw its forces from Syria."))
    # forswearing force is a promise of restraint, not a threat
    restraint = tuples(code("The Sudanese army vowed not to attack civilians in Darfur."))
    assert not [t for t in restraint if t[0] == "THREATEN"]
    # forgoing something that is no act of ours to refuse stays a promise
    assert ("AGREE", "ZWE", None) in tuples(code("Zimbabwe's president pledged not to seek another term."))


def test_allowing_the_return_of_inspectors_lets_them_in(code):
    # "the return of X" frames X for the verb's object condition, as "allowed X to return" does
    found = tuples(code("Iran will allow the return of UN nuclear inspectors."))
    assert ("AGREE", "IRN", "UNO") in found, found
    assert any(e["event"] == ["RETREAT"] and e["polarity"] == "future" for e in code("Iran will allow the return of UN nuclear inspectors."))


def test_a_particle_read_as_more_than_on_a_count_still_completes_the_verb(code):
    # the parser reads "over" in "handed over 20 tonnes" as "more than 20"; "hand over" food is aid
    assert ("AID", "RUS", "SYR") in tuples(code("Russia handed over 20 tonnes of food to Syria."))


def test_shipping_arms_to_a_country_is_military_aid(code):
    assert ("AID", "USA", "UKR") in tuples(code("The United States shipped artillery shells to Ukraine."))


def test_what_is_supplied_is_the_object_of_with_and_the_direct_object_gets_it(code):
    events = code("Iran supplied the Houthis in Yemen with drones and missiles last year, U.N. experts said.")
    aid = [e for e in events if e["event"] == ["AID"]]
    assert aid and aid[0]["cameo"] == "072"
    assert ("AID", "IRN", "YEM") in tuples(events)


def test_bringing_troops_home_is_a_withdrawal(code):
    events = code("Hungary will bring home its 200 soldiers serving in Afghanistan, the defence ministry in Budapest said.")
    retreat = [e for e in events if e["event"] == ["RETREAT"]]
    assert retreat and retreat[0]["polarity"] == "future"


def test_what_may_be_done_is_no_promise_but_a_conditional_threat_still_is_one(code):
    events = code("Turkey could ship wheat to Lebanon within days, an official in Ankara said on Monday.")
    assert [e for e in events if e["event"] == ["AID"] and e["polarity"] == "hypothetical"]
    assert not [e for e in events if e["event"] == ["AGREE"]]
    events = code("The European Union may halt its trade talks with Serbia if the violence continues, an EU official said on Monday.")
    assert [e for e in events if e["event"] == ["THREATEN"]]


def test_a_modal_of_possibility_on_the_governing_verb_makes_no_threat(code):
    # "could" on "try" or "help" says what may happen to the act they govern; no one threatens it
    events = code("The interior minister said the police could try again to arrest the smuggler if they could do it safely.")
    assert [e for e in events if e["event"] == ["COERCE"] and e["polarity"] == "hypothetical"]
    assert not [e for e in events if e["event"] == ["THREATEN"]]
    events = code("The prime minister said Italian troops could help recapture the port if the coalition agreed.")
    assert not [e for e in events if e["event"] == ["THREATEN"]]
    # the parser may hang the "if" clause on the act helped; still no threat
    events = code("In Madrid, President Pedro Sanchez said Spanish troops could help retake the town if the allies "
                  "agreed. The Security Council demanded that the rebels pull back from Goma at once.")
    assert not [e for e in events if e["event"] == ["THREATEN"]], tuples(events, polarity=None)


def test_letting_a_group_named_by_its_whole_noun_act_meets_the_object_condition(code):
    # "opposition leaders" is an opposition ("leaders" alone is not); "to stage a march" is a march allowed
    found = tuples(code("The interior minister allowed opposition leaders to hold a rally in the capital."))
    assert any(t[0] == "CONCEDE" for t in found), found
    found = tuples(code("The junta allowed students to stage a march in Yangon."))
    assert any(t[0] == "CONCEDE" for t in found), found


def test_supplying_or_providing_someone_with_a_thing_is_aid(code):
    assert ("AID", "FRA", "MLI") in tuples(code("France supplied Mali with armoured vehicles last year."))
    assert ("AID", "QAT", "SOM") in tuples(code("Qatar provided Somalia with 68 military vehicles on Monday."))


@pytest.mark.parametrize("text, expected", [
    ("A Minsk court on Monday ordered the Belarusian blogger jailed for two years.", ("COERCE", "BLR", "BLR")),
    ("A Cairo judge ordered the Egyptian activist held in custody for 15 days.", ("COERCE", "EGY", "EGY")),
    ("A Tehran court ordered the two French tourists released on bail.", ("RETREAT", "IRN", "FRA")),
])
def test_an_order_with_a_participle_is_the_act_ordered(code, text, expected):
    found = tuples(code(text))
    assert expected in found
    assert not any(t[0] == "REQUEST" for t in found)


def test_a_government_withdrawing_its_own_measure_concedes(code):
    # taking back a reform or a bill gives in (CONCEDE, as scrapping one); withdrawing troops stays RETREAT
    found = tuples(code("Kenya's government withdrew a finance bill after weeks of protests."))
    assert ("CONCEDE", "KEN", None) in found and not any(t[0] == "RETREAT" for t in found), found


def test_approving_a_state_of_exception_imposes_it(code):
    # "state of exception" is the Latin American name of a state of emergency: COERCE, not a SUPPORT
    found = tuples(code("Peru's Congress approved a 60-day state of exception on Monday."))
    assert ("COERCE", "PER", None) in found and not any(t[0] == "SUPPORT" for t in found), found


def test_raising_a_matter_with_someone_is_a_consultation(code):
    found = tuples(code("The Japanese minister raised the issue with her Chinese counterpart in Tokyo."))
    assert ("CONSULT", "JPN", "CHN") in found, found


def test_readiness_to_help_a_state_is_an_offer_of_aid(code):
    # "ready to help Ukraine": a future AID and the asserted AGREE read off it; "help end the war" is no aid
    events = code("Japan said it was ready to help Ukraine.")
    assert ("AGREE", "JPN", "UKR") in tuples(events) and ("AID", "JPN", "UKR") in tuples(events, "future"), events
    assert not code("The talks could help end the war.")


def test_what_a_deeds_target_holds_is_no_deed_of_its_own(code):
    # "a school sheltering families" describes the target of the arson; no one gives aid in it
    events = code("Militiamen set fire to a school sheltering dozens of families near the town of Kisumu on Friday.")
    assert [e["event"] for e in events] == [["ASSAULT"]], events


def test_saying_one_will_see_a_leader_is_an_offer_to_meet_him(code):
    # "would see the president": seeing a leader is meeting him, and the office named is a counterpart
    events = code("The Nigerian envoy met Kenyan opposition leaders on Monday and said he would see the president next.")
    assert any(t[:2] == ("AGREE", "NGA") for t in tuples(events)), events
    assert any(e["event"] == ["CONSULT"] and e["polarity"] == "future" for e in events), events


def test_a_capital_standing_for_its_government_meets_a_government_object(code):
    # "help Kyiv": the seat of power names the government, which help's object condition asks for
    events = code("France pledged to help Kyiv.")
    assert ("AID", "FRA", "UKR") in tuples(events, "future"), events


@pytest.mark.parametrize("text, expected", [
    # bringing troops into a crisis, or flying them in, is a deployment; "call in" is no "call on" request
    ("The Kenyan government called in the army on Friday to restore order in the coastal towns.", ("MOBILIZE", "KEN", None)),
    ("France flew soldiers and police officers into New Caledonia on Thursday.", ("MOBILIZE", "FRA", "NCL")),
    # an impeachment charges an official
    ("Peruvian lawmakers voted to impeach the Peruvian president on Wednesday.", ("ACCUSE", "PER", "PER")),
])
def test_deployment_and_impeachment_rows(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_a_clash_with_police_over_something_is_a_fight_not_a_quarrel(code):
    found = tuples(code("Thousands of Kenyan students clashed with Kenyan police over the fee rise on Monday."))
    assert ("ASSAULT", "KEN", "KEN") in found and not any(t[0] == "ACCUSE" for t in found), found


@pytest.mark.parametrize("text, trigger", [
    ("Rioters looted shops in the port city on Saturday.", "looted"),
    ("Supporters of the ousted prime minister set fire to a police station in the capital.", "set"),
])
def test_a_crowd_looting_or_burning_riots(code, text, trigger):
    events = code(text)
    assert [e["event"] for e in events if e["event_text"][0].startswith(trigger)] == [["PROTEST"]], events


@pytest.mark.parametrize("text, expected", [
    # a legislature blocking a decree refuses it; readiness to develop ties is an intent to cooperate
    ("The Armenian parliament voted to block the presidential decree on Tuesday.", ("REJECT", "ARM", "*")),
    ("Vietnam said it was ready to develop friendly relations with Laos.", ("AGREE", "VNM", "LAO")),
])
def test_blocking_a_decree_and_developing_ties(code, text, expected):
    found = tuples(code(text))
    assert any(all(e == "*" or e == t[i] for i, e in enumerate(expected)) for t in found), found


def test_an_act_held_over_someone_until_a_condition_is_met_is_an_ultimatum(code):
    found = tuples(code("The Kenyan opposition said it would impeach President Ruto unless he resigned."))
    assert ("THREATEN", "KEN", "KEN") in found, found


@pytest.mark.parametrize("text", [
    "Hundreds of students gathered outside the ministry, demanding the minister's resignation.",
    "Thousands of residents assembled in the main square, denouncing the killings.",
])
def test_a_crowd_gathering_with_a_demand_told_as_a_participle_demonstrates(code, text):
    assert any(e["event"] == ["PROTEST"] and e["event_text"][0] in {"gathered", "assembled"} for e in code(text))


def test_a_ruled_out_object_in_a_place_phrase_does_not_rule_out_the_verb(code):
    # "port" rules out the property reading of "seize" only as what is seized, not as where
    events = code("Iranian commandos seized a Greek oil tanker off the port of Bandar Abbas on Sunday.")
    assert ("COERCE", "IRN") in {(e["event"][0], a["code"]) for e in events for a in e["actor"]}


def test_withdrawing_a_bill_is_a_concession(code):
    events = code("Peru's president withdrew a pension reform bill on Friday after days of strikes.")
    assert "CONCEDE" in {e["event"][0] for e in events}
    assert "RETREAT" not in {e["event"][0] for e in events}


def test_fighting_alongside_an_army_is_military_cooperation(code):
    events = code("Chadian troops fought alongside the Malian army in the north last year.")
    assert "COOPERATE" in {e["event"][0] for e in events}


def test_a_leader_the_base_does_not_know_is_of_the_government_by_his_title(code):
    # the subject row 'arrive in' (subject GOV) needs the doer's sector: here from the title, not the name
    events = code("Malawian President Lazarus Chakwera arrived in Lusaka on Friday.")
    assert ("CONSULT", "MWI", "ZMB") in tuples(events)


def test_putting_off_or_cancelling_a_protest_eases_it(code):
    # as suspending one does (CONCEDE 082): triggers.tsv rows for postpone and cancel
    assert ("CONCEDE", "KEN", "KEN") in tuples(code("Kenyan opposition leaders postponed the demonstration in Nairobi."))
    assert ("CONCEDE", "CHL", "CHL") in tuples(code("The Chilean dockworkers' union cancelled the strike planned for Monday."))


def test_a_group_named_by_the_struggle_it_wages_tells_no_attack(code):
    # "rebels fighting to topple his government" says who the rebels are, not a fight the sentence tells
    events = code("Ghana said it would stay in Mali only if President Amadou Keita agreed a truce with "
                  "rebels fighting to topple his government.")
    assert not [e for e in events if e["event"] == ["ASSAULT"] and e["polarity"] == "asserted"]
    # a deed with an object of its own is still told
    events = code("Gunmen firing on the crowd killed three people in Bamako on Sunday.")
    assert [e for e in events if e["event"] == ["ASSAULT"]]


def test_a_protest_that_reports_a_clause_is_a_complaint(code):
    # "protested that ..." says something (ACCUSE 114, as complain); a bare protest is still a demonstration
    events = code("The opposition protested that the Serbian government had rigged the vote.")
    assert [t for t in tuples(events) if t[0] == "ACCUSE" and t[2] == "SRB"]
    assert not [e for e in events if e["event"] == ["PROTEST"]]
    assert [e for e in code("Thousands of students protested in Belgrade on Monday.") if e["event"] == ["PROTEST"]]


def test_charging_or_objecting_that_something_happened_is_an_accusation(code):
    # the 'that-clause' rows of charge and object: "charged with" and "objected to" were the only readings
    charged = code("The Kenyan opposition charged that the government had rigged the vote.")
    assert [t for t in tuples(charged) if t[0] == "ACCUSE" and t[1] == "KEN"]
    objected = code("The Kenyan opposition objected that the government had ignored the court.")
    assert [t for t in tuples(objected) if t[0] == "ACCUSE" and t[1] == "KEN"]
    # charging positions is an attack on them, not an allegation
    assert not [e for e in code("The rebels charged the Kenyan army positions at dawn.") if e["event"] == ["ACCUSE"]]


@pytest.mark.parametrize("text", [
    "Thousands of Moldovan farmers rallied in Chisinau on Monday to demand cheaper fuel.",
    "Hundreds of Peruvian miners marched through Lima, demanding higher wages.",
    "Jailed Bahraini activists began a hunger strike to demand a retrial.",
])
def test_what_a_protest_is_for_is_no_event_of_its_own(code, text):
    # CAMEO 1411-1414: a demonstration for a demand is one PROTEST, not a PROTEST and a REQUEST
    found = tuples(code(text))
    assert any(t[0] == "PROTEST" for t in found), found
    assert not any(t[0] in {"REQUEST", "ACCUSE"} for t in found), found


def test_a_demand_in_its_own_clause_beside_a_protest_stays_a_request(code):
    found = tuples(code("Moldovan farmers rallied in Chisinau and demanded cheaper fuel from the government."))
    assert any(t[0] == "PROTEST" for t in found) and any(t[0] == "REQUEST" for t in found), found


def test_flying_in_doctors_and_sending_experts_or_loads_of_food_is_aid(code):
    assert ("AID", "RUS", None) in tuples(code("Russia's Emergencies Ministry flew in doctors and psychologists on Monday."))
    assert ("AID", "TUR", "SOM") in tuples(code("Turkey sent ten trucks of food to Somalia on Monday."))
    assert ("AID", "JPN", "NPL") in tuples(code("Japan sent engineers to Nepal to help rebuild schools."))
    # the load said alone is no aid
    assert not any(t[0] == "AID" for t in tuples(code("The Chadian army sent trucks to the border on Monday.")))


def test_calling_off_air_strikes_is_a_retreat_and_calling_off_a_strike_a_concession(code):
    assert ("RETREAT", "IGO", None) in tuples(code("NATO called off further air strikes on Monday."))
    assert any(t[0] == "CONCEDE" for t in tuples(code("Nigerian unions called off the strike on Monday.")))


@pytest.mark.parametrize("text, expected, polarity", [
    # the goods an aircraft drops are aid
    ("Jordanian aircraft dropped flour and rice to Sudanese villagers cut off by the floods.", ("AID", "JOR", "SDN"), "asserted"),
    # a ban on sales is an embargo, not a restriction on people
    ("The European Union banned sales of jet fuel to Myanmar on Monday.", ("SANCTION", "EUR", "MMR"), "asserted"),
    # restoring democracy or liberties yields to demands for reform
    ("The Fijian army chief said he would restore democracy within two years.", ("CONCEDE", "FJI", None), "future"),
    # disarming others is taking their weapons; bare 'disarm' lays down one's own
    ("Lebanese troops would disarm the militias in the south, the defence minister said.", ("COERCE", "LBN", "LBN"), "future"),
    # sending a minister somewhere is a visit
    ("Qatar sent its foreign minister to Kabul for talks on Monday.", ("CONSULT", "QAT", "AFG"), "asserted"),
    # calling a deed a setback is criticism
    ("Germany called the Egyptian ruling a serious setback for press freedom.", ("ACCUSE", "DEU", "EGY"), "asserted"),
])
def test_lexicon_rows_for_aid_drops_sales_bans_restored_freedoms_disarming_envoys_and_setbacks(code, text, expected, polarity):
    events = code(text)
    assert expected in tuples(events, polarity), (tuples(events, None), events)


def test_a_modifier_read_as_the_object_shares_the_coordinated_head(code):
    # "rice and fertiliser shipments": the parser makes "rice" the object; the shipments are halted
    events = code("Japan said it would halt rice and fertiliser shipments to North Korea.")
    assert ("SANCTION", "JPN", "PRK") in tuples(events, None), tuples(events, None)


def test_every_noun_of_a_coordinated_object_meets_the_object_condition(code):
    # the parser heads the list with its first noun; the later one ("intelligence", "weapons") is given too
    found = tuples(code("Germany is providing satellite images and other intelligence to Ukraine."))
    assert ("AID", "DEU", "UKR") in found, found
    found = tuples(code("Iran supplied spare parts and weapons to the Houthis in Yemen."))
    assert any(t[0] == "AID" and t[1] == "IRN" for t in found), found


def test_intelligence_given_to_a_side_is_aid_and_shared_with_it_cooperation(code):
    # PLOVER: AID mainly benefits the recipient, COOPERATE is mutual
    found = tuples(code("Britain provided intelligence to the Kenyan army during the offensive."))
    assert ("AID", "GBR", "KEN") in found, found
    found = tuples(code("Britain shared intelligence with the Kenyan army."))
    assert ("COOPERATE", "GBR", "KEN") in found, found


def test_an_act_limited_by_only_states_terms_not_a_promise(code):
    # "would only receive him in Pretoria" under a refusal, "would lift ... only when": the terms held out for
    found = tuples(code("Mandela refused to meet the Kenyan president in Nairobi, saying he would only receive him in Pretoria."))
    assert not any(t[0] == "AGREE" for t in found), found
    found = tuples(code("Egypt said it would reopen the crossing only when Hamas freed the soldier."))
    assert not any(t[0] == "AGREE" for t in found), found
    # without "only" the reopening is promised
    found = tuples(code("Egypt said it would reopen the crossing next week."))
    assert any(t[0] == "AGREE" and t[1] == "EGY" for t in found), found


def test_a_threat_of_a_measure_at_home_is_aimed_at_the_threateners_own_country(code):
    # no place and no target named: martial law or a curfew would fall on the actor's own country
    found = tuples(code("The Bolivian government announced that it is prepared to impose martial law."))
    assert ("THREATEN", "BOL", "BOL") in found, found
    found = tuples(code("The Bolivian government threatened to impose a nationwide curfew."))
    assert ("THREATEN", "BOL", "BOL") in found, found
    # the measure itself names no one (examples/README.md null rule)
    found = tuples(code("The Bolivian government imposed a curfew on Monday."))
    assert ("COERCE", "BOL", None) in found, found


def test_a_series_of_attacks_carried_out_is_an_attack(code):
    # "a series of", "a string of" only count the event noun after them, as "dozens of" does
    found = tuples(code("Somali rebels carried out a series of attacks on army posts in Mogadishu."))
    assert any(t[0] == "ASSAULT" and t[1] == "SOM" for t in found), found
    found = tuples(code("Somali rebels launched a string of bombings against Kenyan targets."))
    assert ("ASSAULT", "SOM", "KEN") in found, found


def test_a_toll_told_in_the_passive_is_an_event_with_no_actor(code):
    # "at least N people were killed" reports a deed whose doer the text does not name
    assert ("ASSAULT", None, None) in tuples(code("At least 14 people were killed in the unrest on Friday, officials said."))
    assert ("COERCE", None, None) in tuples(code("The minister said about 90 people had been arrested."))
    # recalled in a relative clause it is background, not a deed told
    events = code("Police lifted the curfew in Osh, where 20 people were killed in riots last year.")
    assert not [e for e in events if e["event"] == ["ASSAULT"]], events


def test_civilians_of_a_kind_told_by_number_in_the_passive_are_a_toll(code):
    # "ten villagers" are a toll as "ten people" are, not a side's losses
    assert ("ASSAULT", None, None) in tuples(code("Eight herders were hacked to death near Jos on Sunday, police said."))
    assert ("ASSAULT", None, None) in tuples(code("Dozens of farmers were burned to death in their huts overnight."))


def test_a_meeting_that_will_not_happen_is_a_refusal_only_when_refused(code):
    # "would not negotiate with the hijackers" only says what will not happen (intents.tsv condition)
    events = code("The Peruvian interior minister said the government would not negotiate with the hijackers.")
    assert not [e for e in events if e["event"][0] == "REJECT" and e["polarity"] == "asserted"], events
    # a verb of refusal governs it: a refusal
    events = code("The Peruvian president refused to meet the Bolivian foreign minister.")
    assert ("REJECT", "PER", "BOL") in tuples(events), tuples(events)


def test_a_request_coordinated_with_a_call_is_addressed_to_the_one_called_when_reported(code):
    # "..., diplomats said" after the pair: still addressed to the one telephoned
    found = tuples(code("Oman's sultan telephoned Yemen's president and urged restraint, diplomats said."))
    assert ("REQUEST", "OMN", "YEM") in found, found


def test_an_offer_of_help_is_made_to_whom_the_help_serves(code):
    # the help is told two clauses down ("to send soldiers to help train ..."); the offer is made to Mali
    found = tuples(code("Spain offered to send about 40 soldiers to help train Malian troops, the foreign minister said."))
    assert ("AGREE", "ESP", "MLI") in found, found


def test_an_infinitive_on_a_record_restates_the_deed_of_its_clause(code):
    # "the first X to visit Y": a record the talks set, not a second visit by an uncoded delegation
    found = tuples(code("Chilean President Gabriel Boric held talks with Argentine leaders in Buenos Aires on Monday, "
                        "the first foreign head of state to visit the city since the election."))
    assert ("CONSULT", "CHL", "ARG") in found, found
    assert not any(t[0] == "CONSULT" and t[1] is None for t in found), found


def test_a_withdrawal_from_a_town_of_ones_own_country_names_no_recipient(code):
    found = tuples(code("Congolese troops withdrew from the Congolese town of Goma on Friday."))
    assert ("RETREAT", "COD", None) in found and ("RETREAT", "COD", "COD") not in found, found
    found = tuples(code("Russian troops withdrew from the Ukrainian city of Kherson on Friday."))
    assert ("RETREAT", "RUS", "UKR") in found, found


@pytest.mark.parametrize("text", [
    "Germany reminded Serbia that it must hand over the suspects.",
    "Germany sent a blunt message to Serbia that it must hand over the suspects.",
])
def test_a_reminder_or_message_that_someone_must_act_is_a_demand(code, text):
    assert ("REQUEST", "DEU", "SRB") in tuples(code(text)), code(text)


def test_what_someone_should_have_done_is_a_reproach_not_a_demand(code):
    # "should have" + a past participle judges the past: no one is asked to act
    found = tuples(code("The Kenyan minister said Uganda should have withdrawn its troops."))
    assert ("REQUEST", "KEN", "UGA") not in found, found
    assert ("REQUEST", "KEN", "UGA") in tuples(code("The Kenyan minister said Uganda should withdraw its troops."))


@pytest.mark.parametrize("text, complaint", [
    ("Ghana summoned Togo's charge d'affaires to protest against the shelling of its border post.", ("ACCUSE", "GHA", "TGO")),
    ("Ghana recalled its ambassador from Togo to protest against the shelling of its border post.", ("SANCTION", "GHA", "TGO")),
])
def test_a_complaint_made_to_protest_is_no_street_protest(code, text, complaint):
    # the purpose infinitive of a summons or a recall tells why the state complained; no one demonstrated
    found = tuples(code(text))
    assert complaint in found and not any(t[0] == "PROTEST" for t in found), found


def test_joining_a_crowd_in_demanding_is_what_the_protest_is_for(code):
    found = tuples(code("Nurses rallied in Nairobi on Monday, joining doctors in demanding higher pay."))
    assert any(t[0] == "PROTEST" for t in found) and not any(t[0] == "REQUEST" for t in found), found


def test_a_threat_is_made_against_what_the_force_it_promises_is_aimed_at(code):
    # the threat itself names no one; the attack it promises is aimed at the Georgian town
    found = tuples(code("Russia vowed to attack the Georgian town of Gori."))
    assert ("THREATEN", "RUS", "GEO") in found, found
    found = tuples(code("Russia threatened to shell Georgian villages."))
    assert ("THREATEN", "RUS", "GEO") in found, found


def test_a_second_measure_joined_by_and_is_a_deed_of_its_own(code):
    # the coup and the arrest are two measures of the army, not one told twice
    events = code("Malian soldiers seized power on Tuesday and detained the president.")
    assert sorted(e["event_text"][0] for e in events if e["event"][0] == "COERCE") == ["detained", "seized"], events
    # acts of violence told in a row stay one attack
    events = code("Gunmen opened fire on the convoy and attacked a police post near Peshawar.")
    assert len([e for e in events if e["event"][0] == "ASSAULT"]) == 1, events


def test_a_restating_participle_names_no_target_in_the_actors_own_war(code):
    # "ending Moscow's nine-year war" restates the withdrawal; the war is Moscow's own, not a target
    found = tuples(code("The last Soviet troops left Afghanistan on Wednesday, ending Moscow's nine-year war."))
    assert found == {("RETREAT", "RUS", "AFG")}, found


def test_cooperation_that_will_not_happen_is_a_rejection_only_when_refused(code):
    # "would not cooperate" says what will not happen; a refusal verb makes it a rejection
    found = tuples(code("Sudan said it would not cooperate with the International Criminal Court."))
    assert not any(t[0] == "REJECT" for t in found), found
    found = tuples(code("Sudan refused to cooperate with the International Criminal Court."))
    assert ("REJECT", "SDN", "IGO") in found, found


def test_a_list_fired_at_someone_is_an_attack_however_the_parser_hangs_the_at(code):
    # the "at" phrase hangs on the last item of the list; the firing is still aimed at the crowd
    events = code("Kenyan riot police fired rubber bullets, tear gas and stun grenades at the crowds.")
    assert [(e["event"][0], e["cameo"]) for e in events] == [("ASSAULT", "193")], events


def test_a_passive_clause_after_a_time_word_is_a_deed_of_its_own(code):
    # "a day after a jet was shot down": the after-clause has its own (passive) subject, so it does not
    # restate the killing told before it, even with the same type
    found = tuples(code("Soldiers killed ten villagers on Thursday, a day after a jet carrying "
                        "President Juvenal Habyarimana was shot down by rebels.", published=date(1994, 4, 8)))
    assert ("ASSAULT", None, "RWA") in found, found
    killed = [e for e in code("Soldiers killed ten villagers on Thursday, a day after a jet was shot down by rebels.")
              if e["event_text"] == ["killed"]]
    assert killed and not any(r["entity_text"] == "jet" for e in killed for r in e["recipient"]), killed


def test_mobilizing_lobbyists_is_no_show_of_force(code):
    # lobbies and pressure groups are rallied, not put under arms: no MOBILIZE, so no aid read off
    # its purpose either; the support itself is told
    events = code("Qatar has mobilized pressure groups in Washington to help support the Syrian opposition.")
    assert not any(e["event"][0] in {"MOBILIZE", "AID"} for e in events), events
    assert ("SUPPORT", "QAT", "SYR") in tuples(events)


@pytest.mark.parametrize("text, expected", [
    # a coup told with a verb of removal is a seizure of power
    ("Mali's army ousted the Malian president on Tuesday.", ("COERCE", "MLI", "MLI")),
    ("Sudanese rebels overthrew the Sudanese government in 1989.", ("COERCE", "SDN", "SDN")),
    ("Burkina Faso's soldiers toppled the Burkinabe president on Sunday.", ("COERCE", "BFA", "BFA")),
    ("Guinea's special forces removed the Guinean president from power on Sunday.", ("COERCE", "GIN", "GIN")),
])
def test_a_coup_told_as_ousting_or_toppling_is_a_seizure_of_power(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_a_statue_toppled_by_a_crowd_stays_a_riot(code):
    found = tuples(code("Angry protesters toppled statues of the former king in the capital."))
    assert not any(t[0] == "COERCE" for t in found), found


def test_a_participle_describing_a_person_is_no_event_of_the_sentence(code):
    # "freed ousted President X": the ousting is how he is named, not a deed told here
    events = code("Soldiers freed ousted President Omar Tinubu on Monday.")
    assert not any(e["event"][0] == "COERCE" for e in events), events
    events = code("The guards released deposed leader Ali Karim on Friday.")
    assert not any(e["event"][0] == "COERCE" for e in events), events


@pytest.mark.parametrize("text", [
    "Hezbollah fighters traded fire with Israeli troops on Monday.",
    "Hezbollah fighters exchanged fire with Israeli troops on Monday.",
])
def test_fire_traded_with_another_side_is_fought_by_both_sides(code, text):
    found = tuples(code(text))
    assert {("ASSAULT", "LBN", "ISR"), ("ASSAULT", "ISR", "LBN")} <= found, found
    assert not any(t[0] == "COOPERATE" for t in found), found


def test_trading_with_a_partner_stays_one_sided_cooperation(code):
    found = tuples(code("Britain will trade with India under the new agreement."), polarity=None)
    assert not any(t[0] == "ASSAULT" for t in found), found


def test_letting_aid_in_is_a_concession(code):
    found = tuples(code("Israel let 200 aid trucks into Gaza on Tuesday."))
    assert ("CONCEDE", "ISR", "PSE") in found, found


@pytest.mark.parametrize("text, expected", [
    ("Turkish troops crossed into Syria on Wednesday.", ("MOBILIZE", "TUR", "SYR")),
    ("Rwandan soldiers crossed the border into Congo on Sunday.", ("MOBILIZE", "RWA", "COD")),
])
def test_troops_crossing_into_a_country_deploy_there(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_troops_arriving_in_a_place_deploy_there(code):
    found = tuples(code("About 600 Ghanaian soldiers arrived in Freetown on Monday."))
    assert ("MOBILIZE", "GHA", "SLE") in found, found
    # arriving at a scene is no deployment
    found = tuples(code("Ghanaian soldiers arrived at the scene of the crash."))
    assert not any(t[0] == "MOBILIZE" for t in found), found


def test_forces_backed_by_anothers_forces_in_their_deed_cooperate_with_them(code):
    # subject_triggers.tsv: forces backing forces are military co-operation; a participle on the doer of the
    # sentence's deed is told with that deed, not background (events._backing_of_those_acting)
    found = tuples(code("Somali troops backed by Kenyan jets recaptured the port town on Sunday."))
    assert ("COOPERATE", "KEN", "SOM") in found, found
    # backed by their own arms: no one else's co-operation
    found = tuples(code("U.S. troops backed by helicopter gunships invaded Grenada."))
    assert not any(t[0] == "COOPERATE" for t in found), found
    # a party backing a candidate is political support, and background here
    found = tuples(code("The candidate backed by the ruling Zanu-PF party won the vote."))
    assert not any(t[0] == "COOPERATE" for t in found), found


def test_what_a_passive_verb_acts_on_is_its_subject_not_a_phrase_of_time_or_place(code):
    # triggers.tsv '!' exclusions of "seize" (days, palaces, opportunities) are read against the passive
    # subject when there is one: Mensah is seized, not the days or the palace
    events = code("Mensah was seized in a cellar beneath the palace after days of fighting.")
    assert any(e["event"] == ["COERCE"] and e["polarity"] == "asserted" for e in events), events
    events = code("The opportunity was seized after days of talks.")
    assert not any(e["event"] == ["COERCE"] for e in events), events


def test_halting_a_transport_service_to_a_country_cuts_a_link_with_it(code):
    # triggers.tsv: halting a train, bus or ferry service is a cut in relations (SANCTION 160)
    found = tuples(code("Ukraine halted the bus service to Russia on Monday."))
    assert ("SANCTION", "UKR", "RUS") in found, found
    # a named object's apposition says what it is: the Lunatic Express is a train service
    found = tuples(code("Kenya halted the Lunatic Express, the train service to Uganda."))
    assert ("SANCTION", "KEN", "UGA") in found, found


@pytest.mark.parametrize("text, expected", [
    # helping_phrases.txt: the deed's doer helps the side named after the noun ...
    ("Ghanaian jets bombed the rebel camp in support of the Ivorian troops.", ("COOPERATE", "GHA", "CIV")),
    ("Ugandan troops, in cooperation with the Congolese army, attacked the rebel base.", ("COOPERATE", "UGA", "COD")),
    # ... or the side named helps the doer
    ("Spanish police arrested the fugitive with the help of Interpol.", ("COOPERATE", "IGO", "ESP")),
])
def test_a_deed_done_with_the_help_of_a_side_is_cooperation_with_it(code, text, expected):
    found = tuples(code(text))
    assert expected in found, found


def test_a_march_in_support_of_someone_is_no_cooperation(code):
    # what a protest is for is part of the protest (examples/README.md)
    found = tuples(code("Thousands of Ugandans marched in support of the Ugandan president."))
    assert not any(t[0] == "COOPERATE" for t in found), found


def test_a_minister_crossing_a_border_is_no_deployment(code):
    found = tuples(code("The Jordanian minister crossed into Syria on Monday."))
    assert not any(t[0] == "MOBILIZE" for t in found), found


def test_warplanes_flying_over_a_capital_show_force(code):
    found = tuples(code("Russian warplanes flew over the Syrian city of Idlib on Friday."))
    assert any(t[0] == "MOBILIZE" and t[1] == "RUS" for t in found), found
    found = tuples(code("The president flew over the flooded city of Idlib on Friday."))
    assert not any(t[0] == "MOBILIZE" for t in found), found


@pytest.mark.parametrize("text, expected", [
    ("Two French soldiers were among the dead.", ("ASSAULT", None, "FRA")),
    ("Two Kenyans were among those killed in the attack.", ("ASSAULT", None, "KEN")),
    ("Iraq's consul was among the wounded, state media said.", ("ASSAULT", None, "IRQ")),
])
def test_a_person_counted_among_the_dead_or_wounded_is_a_victim(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_being_among_a_crowd_is_no_attack(code):
    assert not code("Two Kenyans were among the protesters outside the embassy.")


def test_a_vow_of_punishment_is_a_threat(code):
    found = tuples(code("The militia vowed that the killers would face severe punishment."))
    assert any(t[0] == "THREATEN" for t in found), found


def test_a_demand_participle_hung_on_the_streets_is_the_protests_message(code):
    found = tuples(code("Thousands of Malawians took to the streets demanding that the president resign."))
    assert ("PROTEST", "MWI", "MWI") in found and not any(t[0] == "REQUEST" for t in found), found


def test_a_deadline_given_for_a_demand_is_an_ultimatum(code):
    events = code("The regional bloc has given the junta until Sunday to hand power back to civilians.")
    assert any(e["event"][0] == "THREATEN" and e["polarity"] == "asserted" for e in events), events
    assert not any(e["event"][0] in {"RETREAT", "CONCEDE"} and e["polarity"] == "asserted" for e in events), events


def test_a_sanction_only_considered_is_no_threat(code):
    events = code("The African Union is considering suspending Egypt.")
    assert not any(e["event"][0] == "THREATEN" for e in events), events
    assert any(e["event"][0] == "SANCTION" and e["polarity"] == "hypothetical" for e in events), events


@pytest.mark.parametrize("text, expected", [
    ("Jordan flew medical teams to Beirut on Monday.", ("AID", "JOR", "LBN")),
    # the wounded are given no country by the place (null rule)
    ("Red Cross surgeons treated hundreds of wounded in Kigali.", ("AID", "NGO", None)),
])
def test_medical_teams_and_care_are_aid(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_a_resignation_is_done_to_no_one(code):
    events = [e for e in code("The Italian interior minister quit the government on Sunday.") if e["event"] == ["RETREAT"]]
    assert events and not events[0]["recipient"], events


def test_what_a_fight_aims_at_is_not_achieved(code):
    # "fighting to topple the government": the fight happens, the toppling is its aim
    events = code("Chadian rebels are fighting to topple the Chadian government.")
    assert ("ASSAULT", "TCD", "TCD") in tuples(events)
    assert not any(e["event"] == ["COERCE"] and e["polarity"] == "asserted" for e in events), events


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The assembly voted on Monday to remove President Ana Lopez from power.", ("COERCE", "170")),
        ("The Kazakh government removed the defence minister on Monday.", ("COERCE", "172")),
        ("Norway gave Moldova financial help last winter.", ("AID", "070")),
    ],
)
def test_ousting_dismissing_and_giving_help_rows(code, text, expected):
    # triggers.tsv: 'remove from power' (as 'depose'), 'remove' an office-holder, 'give help'
    assert expected in {(e["event"][0], e["cameo"]) for e in code(text) if e["polarity"] == "asserted"}, code(text)


@pytest.mark.parametrize(
    "text",
    ["Workers removed the barricades from the road on Tuesday.", "Rescuers removed bodies from the rubble on Sunday."],
)
def test_removing_things_is_no_event(code, text):
    assert code(text) == []


def test_gunmen_barricading_themselves_in_block_no_one(code):
    assert code("The gunmen barricaded themselves inside a church in the village.") == []
    assert [e["event"][0] for e in code("Protesters barricaded the main road to the airport.")] == ["PROTEST"]


def test_a_preposition_naming_a_day_completes_no_verb(code):
    # "for Dec. 21" dates the election; it is no "call for" (a demand)
    assert code("The governor called an election for Dec. 21.") == []
    assert [e["event"][0] for e in code("Dockers called a strike for Monday.")] == ["PROTEST"]
    assert [e["event"][0] for e in code("The opposition called for elections on Monday.")] == ["REQUEST"]


def test_patrolling_alongside_another_force_is_a_joint_patrol(code):
    events = code("Turkish troops patrolled alongside Russian soldiers near Kobani on Friday.")
    assert ("COOPERATE", "TUR", "RUS") in tuples(events), events
    assert [e["event"][0] for e in code("Turkish troops patrolled the border town on Friday.")] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Red Cross surgeons treated hundreds of wounded at the main hospital in Goma.", ("AID", "073")),
        ("Turkish officials set up a tent camp for 2,000 Syrian refugees near Kilis.", ("AID", "073")),
    ],
)
def test_medical_care_and_camps_are_aid(code, text, expected):
    assert expected in {(e["event"][0], e["cameo"]) for e in code(text) if e["polarity"] == "asserted"}, code(text)


def test_treating_people_harshly_is_no_aid(code):
    assert not [e for e in code("Police treated the protesters roughly on Sunday.") if e["event"] == ["AID"]]


def test_placing_someone_under_guard_is_an_arrest(code):
    events = code("Guinean army officers placed President Alpha Conde under guard at his residence on Sunday.")
    assert ("COERCE", "173") in {(e["event"][0], e["cameo"]) for e in events}, events


def test_mediators_do_not_mediate_with_each_other(code):
    # reciprocal.txt "-broker": a third party's act, though CONSULT is done to each other
    events = code("Germany, France and Poland brokered the deal on Friday.")
    brokered = [e for e in events if e["event"] == ["CONSULT"]]
    assert brokered and all(not e["recipient"] for e in brokered), brokered


@pytest.mark.parametrize("text", [
    "Ghana accused Togo of hiding the rebels, an allegation the Togolese army denied on Monday.",
    "Kenya's government accused Uganda of arming the rebels, a charge Uganda's foreign ministry rejected as false.",
    "India accused Nepal of harbouring smugglers, a charge that Nepal rejected.",
])
def test_a_rejection_in_a_relative_clause_on_a_charge_answers_the_accuser(code, text):
    # the rejection of "a charge" told in a relative clause is news, aimed at whoever made the charge
    found = tuples(code(text))
    accuser, accused = ("GHA", "TGO") if "Ghana" in text else ("KEN", "UGA") if "Kenya" in text else ("IND", "NPL")
    assert ("REJECT", accused, accuser) in found, found


def test_a_rejection_of_a_demand_restated_as_a_noun_answers_who_demanded(code):
    found = tuples(code("Kenya demanded the release of the journalists, a demand that Uganda rejected."))
    assert ("REJECT", "UGA", "KEN") in found, found


def test_a_passive_toll_closed_as_a_running_total_is_no_deed_of_its_own(code):
    # "had been killed in all": the sum of the deeds told, not another killing
    found = code("Kenya's health ministry said 20 people had been killed in all, most of them civilians.")
    assert not any(e["event"] == ["ASSAULT"] for e in found), found
    # a killing with its doer named stays, whatever follows it
    found = code("Officials said 20 villagers had been killed by Somali gunmen so far.")
    assert any(e["event"] == ["ASSAULT"] for e in found), found


def test_naming_a_deed_noun_is_no_light_verb_for_it(code):
    # "called the raid an X": a predicative noun makes "called" naming, not the raid carried out
    found = tuples(code("Caracas called the raid on its consulate a cowardly act."))
    assert any(t[0] == "ACCUSE" and t[1] == "VEN" for t in found), found
    assert not any(t[0] in {"COERCE", "ASSAULT"} for t in found), found
    found = tuples(code("The Malian president called the mutiny an attempted coup."))
    assert any(t[0] == "ACCUSE" for t in found) and not any(t[0] == "PROTEST" for t in found), found


def test_a_crowd_jeering_a_leader_demonstrates(code):
    found = tuples(code("Thousands of Serbian students jeered the Serbian president in Novi Sad on Monday."))
    assert ("PROTEST", "SRB", "SRB") in found, found
    found = tuples(code("Farmers booed the French agriculture minister at a fair in Paris."))
    assert any(t[0] == "PROTEST" and t[2] == "FRA" for t in found), found


def test_suspending_a_partnership_reduces_relations(code):
    found = tuples(code("Germany suspended its energy partnership with Niger on Friday."))
    assert ("SANCTION", "DEU", "NER") in found, found


def test_barring_officials_from_entering_is_a_sanction(code):
    # an entry ban: the gerund after "from" meets the row's object condition
    found = tuples(code("Canada barred four Iranian officials from entering the country."))
    assert ("SANCTION", "CAN", "IRN") in found and not any(t[0] == "COERCE" for t in found), found
    found = tuples(code("Britain banned two Chinese officials from travelling to the United Kingdom."))
    assert ("SANCTION", "GBR", "CHN") in found, found


def test_declaring_a_diplomat_persona_non_grata_expels_him(code):
    found = tuples(code("Hungary declared the Dutch envoy persona non grata on Tuesday."))
    assert ("SANCTION", "HUN", "NLD") in found, found
    found = tuples(code("The Swedish ambassador was declared persona non grata by Iraq's government."))
    assert ("SANCTION", "IRQ", "SWE") in found, found


def test_a_passive_arrest_of_counted_suspects_is_told_with_no_doer(code):
    # the arrest happened though no one is named as its doer; a kind of people counts as people
    events = code("Twelve suspects were detained on Friday, prosecutors said.")
    arrests = [e for e in events if e["event"] == ["COERCE"] and e["polarity"] == "asserted"]
    assert arrests and arrests[0]["size"]["arrested"] == 12, events
    events = code("Dozens of protesters were arrested overnight.")
    assert any(e["event"] == ["COERCE"] for e in events), events


def test_a_passive_arrest_of_a_named_person_is_kept_for_coreference_to_code(code):
    # the name has no code in its own sentence; the deed still happened to someone named
    events = code("Opposition leader Juan Perez was detained at his home on Monday.")
    assert any(e["event"] == ["COERCE"] and e["polarity"] == "asserted" for e in events), events


def test_taking_someone_to_a_named_prison_jails_him(code):
    # "to Barbadillo, a high-security prison": the apposition names what the particle's object is
    found = tuples(code("Peruvian police took the former Peruvian president to Barbadillo, a high-security prison, on Friday."))
    assert ("COERCE", "PER", "PER") in found, found


def test_firing_back_is_an_attack_whose_weapons_are_no_target(code):
    events = code("Georgian forces fired back with howitzers and rifles.")
    assert ("ASSAULT", "GEO", None) in tuples(events), events
    assert not any(e["recipient"] for e in events), events


def test_live_rounds_fired_at_a_crowd_are_the_weapon_not_the_target(code):
    events = code("Bolivian police fired live rounds at Bolivian miners in La Paz.")
    assert ("ASSAULT", "BOL", "BOL") in tuples(events), events
    assert not any(r["entity_text"].endswith("rounds") for e in events for r in e["recipient"]), events


def test_a_toll_someone_is_counted_among_has_no_doer_in_it(code):
    # "was among 14 policemen killed": the policemen are the victims, not the killers
    events = code("The Afghan governor was among 14 Afghan policemen killed in the first hours of the siege.")
    assert ("ASSAULT", None, "AFG") in tuples(events), events
    assert ("ASSAULT", "AFG", "AFG") not in tuples(events), events


def test_cancelling_a_price_rise_is_a_concession(code):
    found = tuples(code("The Ecuadorean government cancelled the fuel price increase on Sunday."))
    assert ("CONCEDE", "ECU", None) in found, found


def test_forces_sent_to_protect_the_senders_own_people_are_a_deployment(code):
    found = tuples(code("France flew 300 troops to Abidjan on Friday to protect French citizens."))
    assert any(t[0] == "MOBILIZE" and t[1] == "FRA" for t in found), found
    assert not any(t[0] == "AID" for t in found), found


def test_calling_a_deed_an_attack_is_an_accusation_not_an_attack(code):
    found = tuples(code("Hanoi called the seizure of its fishing boats an unprovoked attack on its sovereignty."))
    assert any(t[0] == "ACCUSE" and t[1] == "VNM" for t in found), found
    assert not any(t[0] == "ASSAULT" for t in found), found


def test_dispatch_of_troops_is_a_deployment(code):
    # the noun of the "dispatch" verb rows: an approved dispatch of soldiers is a show of force
    events = code("The regional bloc authorised the immediate dispatch of 2,000 soldiers to Bissau on Tuesday.")
    assert [e for e in events if e["event"] == ["MOBILIZE"] and e["polarity"] == "asserted"], events


def test_giving_oneself_up_is_surrender(code):
    events = code("Six militiamen gave themselves up to the army on Sunday.")
    assert [e for e in events if e["event"] == ["RETREAT"] and e["polarity"] == "asserted"], events


def test_retaliating_as_a_bare_verb_is_force(code):
    found = tuples(code("The Indian army retaliated against Pakistani positions along the frontier on Tuesday."))
    assert ("ASSAULT", "IND", "PAK") in found, found
    # vowed, it is a threat (promise_verbs.txt with a force complement)
    found = tuples(code("North Korea vowed to retaliate against South Korea."))
    assert ("THREATEN", "PRK", "KOR") in found, found


def test_admitting_defeat_is_surrender(code):
    found = tuples(code("The mutinous officers admitted defeat on Tuesday after a night of fighting in Bamako."))
    assert any(t[0] == "RETREAT" for t in found), found
    # what is admitted otherwise is a report or a concession, no giving up
    found = tuples(code("The minister admitted mistakes in the handling of the floods."))
    assert not any(t[0] == "RETREAT" for t in found), found


def test_a_crowd_occupying_a_building_protests(code):
    # as a crowd storming one: a riot (CAMEO 145), not a seizure of territory by force
    events = code("Hundreds of protesters occupied the education ministry in Santiago on Tuesday.")
    assert [e for e in events if e["event"] == ["PROTEST"]], events
    assert not [e for e in events if e["event"] == ["COERCE"]], events


def test_a_visit_scheduled_to_discuss_something_is_no_offer_of_talks(code):
    # the hosts are read off the journey; a trip planned is not an offer to meet (no AGREE beside it)
    events = code("The German chancellor will fly to Nairobi and Addis Ababa next week to discuss the drought.")
    assert not [e for e in events if e["event"][0] == "AGREE"], tuples(events, polarity=None)


def test_police_charging_a_crowd_assault_it_and_charging_someone_with_a_crime_accuses(code):
    # subject_triggers.tsv: a charge by police or troops at people is a physical assault ...
    found = tuples(code("Greek riot police fired tear gas and charged Albanian students outside the embassy."))
    assert ("ASSAULT", "GRC", "ALB") in found, found
    # ... but a charge "with" a crime is still an allegation, whose content stays alleged
    events = code("Greek police charged two Albanian students with plotting to attack the embassy.")
    assert ("ACCUSE", "GRC", "ALB") in tuples(events), events
    assert not any(e["event"] == ["THREATEN"] for e in events), events


def test_routing_an_enemy_force_is_fighting_it(code):
    found = tuples(code("Sudanese government troops routed the rebels near Kassala on Monday."))
    assert ("ASSAULT", "SDN", "SDN") in found, found


def test_a_grenade_thrown_at_a_target_is_an_attack_but_a_crowd_throwing_one_riots(code):
    found = tuples(code("A grenade was thrown at the Indian embassy in Kabul on Sunday."))
    assert (("ASSAULT", None, "IND")) in found, found
    found = tuples(code("Protesters threw petrol bombs at Kenyan police in Nairobi."))
    assert any(t[0] == "PROTEST" for t in found) and not any(t[0] == "ASSAULT" for t in found), found


def test_police_catching_someone_arrest_him_but_being_caught_in_crossfire_is_nothing(code):
    # subject_triggers.tsv: only forces catching someone is an arrest
    found = tuples(code("The opposition leader was caught by Ugandan police at the airport."))
    assert ("COERCE", "UGA", "UGA") in found, found
    assert not tuples(code("Two Kenyan soldiers were caught in the crossfire.")), "crossfire"


def test_ordering_commandos_into_a_city_deploys_them(code):
    found = tuples(code("The Indian government ordered commandos into the city of Hyderabad on Monday."))
    assert any(t[0] == "MOBILIZE" and t[1] == "IND" for t in found), found


def test_a_meeting_the_narrator_schedules_is_no_offer_to_meet(code):
    # schedule_words.txt: the gold codes "will hold talks with X" told as fact as a future CONSULT only
    for text in ("Kenyan officials will hold talks with Ugandan ministers in Kampala on Tuesday.",
                 "The Kenyan president is due to meet Ugandan ministers next month."):
        events = code(text)
        assert not [e for e in events if e["event"] == ["AGREE"]], tuples(events, polarity=None)
    # one that someone says or plans is still a statement of intent
    events = code("Kenya said it would hold talks with Uganda next week.")
    assert ("AGREE", "KEN", "UGA") in tuples(events), tuples(events, polarity=None)


def test_a_scheduled_meeting_stays_a_schedule_when_its_source_is_added_after_it(code):
    # "is due to meet ..., his office said": the word of schedule tells a timetable, whoever reports it
    events = code("The Kenyan president is due to meet Ugandan ministers in Kampala on Friday, his office said.")
    assert [e for e in events if e["event"] == ["CONSULT"] and e["polarity"] == "future"], tuples(events, polarity=None)
    assert not [e for e in events if e["event"] == ["AGREE"]], tuples(events, polarity=None)


def test_what_an_agreements_terms_say_will_happen_is_no_new_promise(code):
    # terms_nouns.txt: "under its terms" is the agreement's content, as "under the deal" is
    events = code("Under its terms, the rebels will hand over their heavy weapons within 30 days, "
                  "and the government will restore power to the eastern region.")
    assert [e for e in events if e["polarity"] == "future"], tuples(events, polarity=None)
    assert not [e for e in events if e["event"] in (["AGREE"], ["THREATEN"])], tuples(events, polarity=None)


def test_a_participle_of_partisanship_names_the_group_and_is_no_support(code):
    # "armed groups backing X": who the group is, not a SUPPORT the sentence tells
    events = code("Clashes between armed groups backing Somalia's two rival leaders killed 12 people in Mogadishu on Sunday.")
    assert not [e for e in events if e["event"] == ["SUPPORT"]], tuples(events, polarity=None)
    assert [e for e in events if e["event"] == ["ASSAULT"]], tuples(events, polarity=None)


def test_a_closure_aimed_at_another_state_is_a_sanction_one_at_home_a_restriction(code):
    found = tuples(code("Kenya closed its border crossings to Somali trucks on Tuesday."))
    assert ("SANCTION", "KEN", "SOM") in found, found
    assert not any(t[0] == "COERCE" for t in found), found
    found = tuples(code("The Kenyan government closed the country's airports on Tuesday."))
    assert any(t[0] == "COERCE" and t[1] == "KEN" for t in found), found


def test_a_bad_name_for_something_said_is_a_rejection_of_it(code):
    # "called the report a lie": dismissing what was said (content_nouns.tsv), as "dismissed the report" is
    found = tuples(code("Nigeria's army called the report a fabrication and a lie."))
    assert any(t[0] == "REJECT" and t[1] == "NGA" for t in found), found
    assert not any(t[0] == "ACCUSE" for t in found), found
    # after a denial it tells that denial again: one rejection, no accusation
    events = code("The Kenyan army denied that its soldiers had looted the village, calling the claim utter nonsense.")
    assert not [e for e in events if e["event"] == ["ACCUSE"]], tuples(events, polarity=None)
    assert len([e for e in events if e["event"] == ["REJECT"]]) == 1, tuples(events, polarity=None)


def test_an_order_down_ones_own_chain_of_command_is_no_request(code):
    # the gold codes the act ordered, done by the one who orders it; a named person ordered is asked
    for text in ("The governor said he had ordered police to stop using tear gas against the marchers.",
                 "The rebel commander said his fighters had been ordered not to loot the town."):
        events = code(text)
        assert not [e for e in events if e["event"] == ["REQUEST"]], tuples(events, polarity=None)
    found = tuples(code("President Ruto ordered General Ogolla to withdraw his men from the capital."))
    assert any(t[0] == "REQUEST" and t[1] == "KEN" for t in found), found


def test_a_state_ending_its_boycott_of_another_lifts_a_sanction(code):
    found = tuples(code("Bahrain ended its boycott of Qatar on Tuesday."))
    assert ("RETREAT", "BHR", "QAT") in found, found
    # an opposition ending a boycott at home eases dissent
    found = tuples(code("Kenya's opposition ended its boycott of parliament on Tuesday."))
    assert any(t[0] == "CONCEDE" for t in found), found


def test_opening_access_to_another_states_forces_is_military_cooperation(code):
    found = tuples(code("Uzbekistan opened its airspace to American warplanes on Sunday."))
    assert ("COOPERATE", "UZB", "USA") in found, found
    # letting civilian traffic back eases a restriction
    found = tuples(code("Uzbekistan reopened its border crossings to Afghan traders on Sunday."))
    assert not any(t[0] == "COOPERATE" for t in found), found


def test_a_meeting_told_as_the_setting_of_a_deed_is_no_consultation(code):
    events = code("The Arab League, meeting in Cairo, voted on Sunday to condemn the invasion.")
    assert not [e for e in events if e["event"] == ["CONSULT"]], tuples(events, polarity=None)
    # a meeting with someone named is one
    found = tuples(code("The Egyptian foreign minister, meeting his Israeli counterpart in Cairo, urged restraint."))
    assert any(t[0] == "CONSULT" for t in found), found


def test_clearing_militants_from_a_place_is_fighting_them(code):
    found = tuples(code("Pakistani troops cleared the last militants from the mosque on Wednesday."))
    assert any(t[0] == "ASSAULT" and t[1] == "PAK" for t in found), found
    # clearing anything else is no attack
    assert not tuples(code("Pakistani workers cleared the rubble from the road on Wednesday.")), "rubble"


def test_calling_a_deed_illegal_or_unfair_is_an_accusation(code):
    # a judging adjective as the predicate of "called" criticises, as "called it a crime" does
    for text in ("Kenya called the Ugandan decision unfair.", "The opposition leader called the arrests illegal."):
        assert any(t[0] == "ACCUSE" for t in tuples(code(text))), text


def test_setting_something_on_fire_is_arson_but_setting_oneself_on_fire_protests(code):
    found = tuples(code("Gunmen set a Kenyan police station on fire on Sunday."))
    assert any(t[0] == "ASSAULT" and t[2] == "KEN" for t in found), found
    found = tuples(code("A Tibetan monk set himself on fire in Lhasa."))
    assert any(t[0] == "PROTEST" for t in found) and not any(t[0] == "ASSAULT" for t in found), found


def test_a_fights_toll_is_news_with_no_side_named(code):
    # the fight kills people told by number: an attack with no actor and no recipient, as a passive toll is
    found = tuples(code("Fighting has killed 800 people since the spring, a relief agency said."))
    assert ("ASSAULT", None, None) in found, found
    # a fight that kills no one counted is no toll
    assert not tuples(code("The fighting has ruined the harvest, a relief agency said."))


def test_a_weapons_toll_is_news_with_no_side_named(code):
    # a bomb that kills people told by number is an attack whose doer the sentence does not name
    for text in ("A roadside bomb killed five people outside the village on Friday.",
                 "A truck bomb exploded near the ministry on Friday, killing 14 people."):
        found = code(text)
        assert ("ASSAULT", None, None) in tuples(found), found
    # a blast of no weapon is an accident, no one's deed
    assert not tuples(code("A gas explosion tore through the factory on Friday, killing 14 people."))


@pytest.mark.parametrize("text", [
    "Students chanted slogans against the Belarusian president outside the university.",
    "Women burned their hijabs outside the Iranian embassy in London.",
])
def test_chanting_slogans_and_burning_symbols_are_demonstrations(code, text):
    assert any(e["event"] == ["PROTEST"] for e in code(text)), code(text)


def test_chanting_a_name_is_no_demonstration(code):
    assert not any(e["event"] == ["PROTEST"] for e in code("Supporters chanted his name as the minister arrived."))


def test_the_sides_of_the_fight_the_dead_were_killed_in_attack_each_other(code):
    # "killed in fighting between A and B": A and B fought each other; the dead are no side
    found = tuples(code("Dozens of people were killed in fighting between Sudanese troops and Chadian rebels."))
    assert ("ASSAULT", "SDN", "TCD") in found and ("ASSAULT", "TCD", "SDN") in found, found


def test_targeting_a_place_or_people_is_an_attack_and_sanctions_that_target_are_not(code):
    events = code("Gang leader Barbecue has denied that his men target civilians.")
    assert [e for e in events if e["event"] == ["ASSAULT"] and e["polarity"] == "negated"]
    assert ("ASSAULT", "ISR", "PSE") in tuples(code("Israeli aircraft targeted Hamas commanders in Gaza City on Tuesday."))
    assert not [e for e in code("The new sanctions target Russian banks and officials close to the Kremlin.")
                if e["event"] == ["ASSAULT"]]


def test_what_others_expect_of_a_leader_is_no_promise_of_his(code):
    events = code("Ethiopian Prime Minister Abiy Ahmed is expected to arrive in Khartoum on Friday.")
    assert [e for e in events if e["event"] == ["CONSULT"] and e["polarity"] == "future"]
    assert not [e for e in events if e["event"] == ["AGREE"]]


def test_talks_that_could_begin_are_no_ones_promise(code):
    events = code("Talks between Israel and Hamas could begin next week.")
    assert [e for e in events if e["event"] == ["CONSULT"]]
    assert not [e for e in events if e["event"] == ["AGREE"]]


def test_forces_leaving_people_dead_are_not_withdrawing(code):
    # "leaving at least five people dead" parsed as a clause "people dead": the people are what is left
    events = code("Security forces fired on protesters in Khartoum, leaving at least five people dead.")
    assert "RETREAT" not in [e["event"][0] for e in events], events


def test_the_text_told_before_is_kept_as_the_doer_for_its_author(code):
    events = code("The Arab League issued a statement on Sunday. The statement urged Sudanese troops to leave Abyei.")
    request = next(e for e in events if e["event"] == ["REQUEST"])
    assert [a["code"] for a in request["actor"]] == ["IGO"], events
    # an indefinite text names no doer
    events = code("A statement urged Sudanese troops to leave Abyei.")
    assert not any(a["entity_text"] == "statement" for e in events for a in e["actor"]), events


def test_a_passive_arrest_of_both_men_is_told_as_done(code):
    # "both men" / "two men" count people as a number does: a passive deed on them with no doer happened
    found = tuples(code("Both men were detained on Saturday and flown to the capital."))
    assert ("COERCE", None, None) in found, found
    found = tuples(code("Two men were shot dead outside a mosque in the northern town on Friday."))
    assert ("ASSAULT", None, None) in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # MOBILIZE: forces rolling into a place; reinforcements rushed somewhere
        ("Serbian tanks rolled into the border town before dawn on Tuesday.", ("MOBILIZE", "SRB", "*")),
        ("The Peruvian government rushed reinforcements to the southern province on Friday.", ("MOBILIZE", "PER", "*")),
        # AID: ambulances sent or rushed to the wounded
        ("The Kenya Red Cross rushed ambulances and paramedics to the scene of the blast.", ("AID", "NGO", "*")),
        # COERCE: vowing to crush a revolt (future COERCE -> asserted THREATEN)
        ("The Bolivian president vowed to crush the rebellion in the eastern lowlands.", ("THREATEN", "BOL", "*")),
        # CONCEDE: safe conduct for an opponent
        ("The Honduran government granted the deposed minister safe conduct to leave the country.", ("CONCEDE", "HND", "*")),
        # ACCUSE: a court issuing a warrant, with or without "arrest"
        ("A Lima court issued the warrant on Monday.", ("ACCUSE", "PER", "*")),
        # THREATEN: a measure aimed at officials close to a leader is aimed at the leader's country
        ("Washington threatened sanctions on officials close to Nicolas Maduro.", ("THREATEN", "USA", "VEN")),
    ],
)
def test_session16_coverage_rows(code, text, expected):
    # "*": any recipient (the argument finder, not the lexicon, decides it)
    found = tuples(code(text))
    assert any(all(e == "*" or e == t[i] for i, e in enumerate(expected)) for t in found), found


def test_what_a_call_was_made_to_say_is_said_to_the_one_called(code):
    found = tuples(code("The Saudi crown prince phoned the Emir of Qatar to voice his support."))
    assert any(t[0] == "SUPPORT" and t[1] == "SAU" and t[2] == "QAT" for t in found), found


def test_the_side_named_after_with_fires_back_at_a_side_with_no_country(code):
    # "snipers" have no country; the soldiers they traded fire with fired at them too
    events = code("Snipers on nearby rooftops traded fire with soldiers, witnesses said.")
    pairs = {(e["actor"][0]["entity_text"], e["recipient"][0]["entity_text"]) for e in events
             if e["event"] == ["ASSAULT"] and e["actor"] and e["recipient"]}
    assert ("soldiers", "Snipers") in pairs and ("Snipers", "soldiers") in pairs, pairs


def test_talks_offered_on_condition_are_offered_to_whoever_must_meet_it(code):
    found = tuples(code("The Peruvian government said it was ready to hold talks if the Shining Path laid down its arms."))
    assert ("AGREE", "PER", "PER") in found, found


def test_the_forces_a_side_moves_are_not_whom_the_deployment_targets(code):
    found = tuples(code("The Belarusian president ordered Belarusian troops to deploy along the border on Monday."))
    assert ("MOBILIZE", "BLR", None) in found and ("MOBILIZE", "BLR", "BLR") not in found, found


def test_holding_back_a_countrys_entry_into_a_bloc_is_a_sanction_on_it(code):
    found = tuples(code("The regional bloc delayed Laos's membership on Thursday."))
    assert ("SANCTION", None, "LAO") in found, found
    found = tuples(code("The regional bloc put off Laos's entry into the group."))
    assert ("SANCTION", None, "LAO") in found, found


def test_revoking_a_countrys_permission_is_a_sanction_on_it(code):
    found = tuples(code("Peru revoked Chile's permission to represent its interests in Lima."))
    assert ("SANCTION", "PER", "CHL") in found, found


@pytest.mark.parametrize("text", [
    "The British navy said it had ordered a carrier group in the Atlantic to steam toward the Falklands.",
    "The British defence ministry ordered two frigates and a destroyer to the South Atlantic.",
])
def test_ordering_warships_somewhere_is_a_deployment_not_a_request(code, text):
    # an order that moves a state's own warships is its deployment of them (CAMEO 15), as "ordered troops" is
    found = tuples(code(text))
    assert any(t[0] == "MOBILIZE" and t[1] == "GBR" for t in found) and not any(t[0] == "REQUEST" for t in found), found


def test_casualty_words_are_the_words_counted_kind_reads_as_casualties(extractor):
    """casualty_words reads the doc's columns: the same tokens, in order, as asking counted_kind of each."""
    from eventwire.events import casualty_words, counted_kind

    doc = extractor.nlp("Two guards were among the dead, the Wounded were flown out and 40 people were detained. "
                        "The injured man was among those killed.")
    for kinds in ({"dead", "injured"}, {"arrested"}, {"dead"}):
        expected = [t for t in doc if counted_kind(t) in kinds]
        assert expected and casualty_words(doc, kinds) == expected
        for sent in doc.sents:
            assert casualty_words(sent, kinds) == [t for t in sent if counted_kind(t) in kinds]


def test_a_fight_that_kills_civilians_told_by_number_is_a_toll(code):
    # "fighting has killed N civilians": civilians are no side's losses (unnamed_people.txt)
    events = code("Fighting since March has killed more than 600 civilians in the province, the Red Cross said.")
    assert any(e["event"] == ["ASSAULT"] and e["polarity"] == "asserted" and e["size"]["dead"] == 600 for e in events), events


def test_a_light_verb_chair_passes_the_meeting_to_its_subject(code):
    # "chaired a meeting" is a meeting held by the chair (light_verbs.txt)
    found = tuples(code("Kenya's interior minister chaired a crisis meeting of regional security chiefs in Nairobi."))
    assert any(t[0] == "CONSULT" and t[1] == "KEN" for t in found), found


def test_forces_landing_somewhere_are_deployed_there(code):
    # subject_triggers.tsv: troops or marines that land are deployed; a plane that lands is no event
    found = tuples(code("Fijian peacekeepers landed in Bougainville on Saturday."))
    assert ("MOBILIZE", "FJI", "PNG") in found, found
    found = tuples(code("The first French marines landed at the port of Abidjan on Sunday."))
    assert any(t[0] == "MOBILIZE" and t[1] == "FRA" for t in found), found
    assert not code("A cargo plane landed at the airport in Kigali on Monday.")


def test_a_patrol_of_soldiers_is_its_soldiers(code):
    # partitives.txt: "a patrol of X" acts as X
    events = code("A patrol of soldiers detained two smugglers near the Ghanaian border on Friday.")
    assert any(e["event"] == ["COERCE"] and e["actor"] for e in events), events
    # both sides of a coordinated patrol act
    events = code("A patrol of Ghanaian soldiers and police officers detained two smugglers on Friday.")
    assert any(e["event"] == ["COERCE"] and len(e["actor"]) == 2 for e in events), events


def test_a_relative_clause_naming_who_brokered_an_event_is_the_brokering(code):
    # "talks ... that were brokered by X": X mediated between the parties of the talks, not with "that"
    found = tuples(code("The border reopened after talks between Sudan and South Sudan, which were mediated by Ethiopia."))
    assert ("CONSULT", "ETH", "SDN") in found and ("CONSULT", "ETH", "SSD") in found, found
    found = tuples(code("The prime minister quit after talks that were brokered by Algeria's foreign minister."))
    assert ("CONSULT", "DZA", None) in found, found
    # a thing, not an event, undergoing a deed in a relative clause stays background
    events = code("Troops found the weapons, which were seized by the rebels last year.")
    assert not [e for e in events if e["event"] == ["COERCE"] and e["polarity"] == "asserted"], events


def test_protesters_camping_hold_a_sit_in(code):
    # subject_triggers.tsv: protesters who camp somewhere protest there; refugees camping do not
    events = code("Riot police pulled back from the square, leaving it to the protesters who had camped there since May.")
    assert any(e["event"] == ["PROTEST"] and e["event_text"] == ["camped"] for e in events), events
    assert not code("Refugees camped along the border for weeks.")


def test_cutting_internet_access_or_phone_networks_is_a_shutdown(code):
    # frame_nouns.txt: "internet access" is the internet cut; "cut off" also meets phone networks
    events = code("The Ugandan government cut internet access across the country on the eve of the vote.")
    assert any(e["event"] == ["COERCE"] for e in events), events
    events = code("The authorities cut off mobile phone networks in the capital on Sunday.")
    assert any(e["event"] == ["COERCE"] for e in events), events


def test_a_visit_or_talks_called_off_are_no_meeting(code):
    # a called-off visit reduces relations (SANCTION, as the PLOVER gold standard codes a cancelled
    # visit); called-off talks are a rejection; neither is a meeting told as held
    found = tuples(code("Moscow called off a visit by Finnish ministers to St Petersburg."))
    assert ("SANCTION", "RUS", "FIN") in found, found
    assert not any(t[0] == "CONSULT" for t in found), found
    found = tuples(code("Moscow called off talks with Finnish ministers in St Petersburg."))
    assert ("REJECT", "RUS", "FIN") in found, found
    assert not any(t[0] == "CONSULT" for t in found), found


def test_ramming_craft_or_gates_is_an_attack(code):
    found = tuples(code("A Vietnamese fishing boat rammed a Philippine navy vessel on Monday."))
    assert ("ASSAULT", "VNM", "PHL") in found, found
    assert not any(t[0] == "ASSAULT" for t in tuples(code("The Thai government rammed the budget bill through parliament.")))


def test_feeding_people_in_need_is_aid(code):
    events = code("The World Food Programme said it was feeding 90,000 refugees in Chad.")
    assert any(e["event"] == ["AID"] for e in events), events


def test_conceding_defeat_is_surrender(code):
    found = tuples(code("Separatist fighters in Aceh conceded defeat on Tuesday."))
    assert any(t[0] == "RETREAT" for t in found), found
    # a conceded point stays a concession
    assert not any(t[0] == "RETREAT" for t in tuples(code("The Greek minister conceded that mistakes were made.")))


def test_a_field_hospital_sent_is_aid(code):
    found = tuples(code("Jordan sent a field hospital to Gaza in November."))
    assert any(t[0] == "AID" and t[1] == "JOR" for t in found), found


def test_forces_taking_up_positions_mobilise(code):
    events = code("Kenyan troops took up positions around the parliament in Nairobi on Thursday.")
    assert any(e["event"] == ["MOBILIZE"] for e in events), events
    # a post taken up by a person is no movement of forces
    assert not any(e["event"] == ["MOBILIZE"] for e in code("Kamau took up the position of finance minister."))


def test_saying_that_someone_has_to_act_demands_it(code):
    found = tuples(code("Erdogan told Putin that Syrian forces had to withdraw from the town."))
    assert ("REQUEST", "TUR", "RUS") in found, found


def test_troops_scuffling_attack_each_other(code):
    found = tuples(code("Chinese and Indian troops scuffled in Sikkim on Saturday."))
    assert ("ASSAULT", "CHN", "IND") in found or ("ASSAULT", "IND", "CHN") in found, found


def test_a_protest_made_to_a_government_is_a_complaint(code):
    found = tuples(code("South Korea protested to Japan over the textbooks."))
    assert ("ACCUSE", "KOR", "JPN") in found, found
    assert not any(t[0] == "PROTEST" for t in found), found


def test_calling_off_a_visit_reduces_relations_as_cancelling_it_does(code):
    # the called-off visit did not happen: no meeting is told as held
    events = code("Japan's foreign minister called off a visit to Seoul on Friday.")
    assert ("SANCTION", "JPN", "KOR") in tuples(events), tuples(events)
    assert not [t for t in tuples(events) if t[0] == "CONSULT"], tuples(events)


def test_forces_moving_into_a_place_deploy_there(code):
    # subject_triggers.tsv: 'moved into' by troops or fighters, as 'rolled into'; not anyone moving house
    assert ("MOBILIZE", "ETH") in {t[:2] for t in tuples(code("Ethiopian troops moved into the border town of Humera on Sunday."))}
    assert not tuples(code("The Ethiopian minister moved into a new office on Sunday."))


def test_crushing_armed_enemies_is_an_attack_crushing_protest_repression(code):
    # triggers.tsv: 'crush' + rebels or insurgents is ASSAULT (190); + a revolt or protest stays COERCE (175)
    threat = code("Somalia's president vowed on Monday to crush the al-Shabaab insurgents.")
    assert ("ASSAULT", "SOM") in {t[:2] for t in tuples(threat, polarity="future")}, tuples(threat, polarity=None)
    assert ("COERCE", "SOM") in {t[:2] for t in tuples(code("Somali troops crushed the revolt in Baidoa on Monday."))}


def test_stopping_a_ship_is_an_interception(code):
    # triggers.tsv: stop + ship/vessel/convoy is COERCE (171), as intercept; a promise of it is a threat
    events = code("Greece said it would stop the Turkish survey ship if it entered Greek waters.")
    assert ("THREATEN", "GRC", "TUR") in tuples(events), tuples(events, polarity=None)
    assert ("COERCE", "GRC", "TUR") in tuples(events, polarity="hypothetical"), tuples(events, polarity=None)


def test_an_emergency_session_is_a_meeting(code):
    # triggers.tsv: session + emergency/closed-door/special is CONSULT; a bare session is not
    assert ("CONSULT", "IGO") in {t[:2] for t in tuples(code("The Arab League held an emergency session in Cairo on Sunday."))}
    assert not tuples(code("Stocks fell in the morning session on Sunday."))


def test_trucking_relief_is_aid(code):
    assert ("AID", "NGO") in {t[:2] for t in tuples(code("Aid agencies trucked food and tents to the camps near Dadaab."))}


def test_a_participle_inside_the_subjects_apposition_is_not_the_main_verb(code):
    # the parser hangs both verbs on the root noun; the one after the apposition is the main verb
    found = tuples(code("ETA, a Basque group opposed to the talks, admitted on Friday that its members had bombed a "
                        "police station."))
    assert not any(t[0] in {"ACCUSE", "REJECT"} for t in found) and any(t[0] == "ASSAULT" for t in found), found
    # with no verb after it, the apposition's verb is still the main verb
    assert ("REQUEST", "CHN", "USA") in tuples(code("China, the North's main ally, called on Washington to show restraint."))


@pytest.mark.parametrize("text, expected", [
    ("Police said the rebels had planted the explosives under a bridge near Jaffna.", "ASSAULT"),
    ("French helicopters landed commandos near the Malian town of Tessalit on Friday.", "MOBILIZE"),
    ("Rwandan troops will work alongside the Mozambican army in Cabo Delgado.", "COOPERATE"),
    ("The Kurdish rebels suspended attacks on Turkish forces on Friday.", "RETREAT"),
])
def test_lexicon_rows_for_planting_landing_working_alongside_and_suspending_attacks(code, text, expected):
    assert any(e["event"] == [expected] for e in code(text)), code(text)


def test_offering_an_apology_is_apologising_not_a_promise(code):
    found = code("The Serbian government offered its apologies to the families of the victims on Friday.")
    assert any(e["event"] == ["CONCEDE"] and e["polarity"] == "asserted" for e in found), found
    assert not any(e["event"] == ["AGREE"] for e in found), found


def test_a_sum_of_money_meets_the_object_condition_with_what_it_is_in(code):
    # "$40 million in aid" is aid: the suspend + aid row (SANCTION) applies
    found = tuples(code("Britain suspended about $40 million in budget aid to Malawi on Friday."))
    assert ("SANCTION", "GBR", "MWI") in found, found


@pytest.mark.parametrize("text, expected", [
    # the capitalised title the tagger reads as a name still meets the row's object condition
    ("Tonga's army chief seized power on Friday and dismissed Prime Minister Sione Taufa.", ("COERCE", "TON", "TON")),
    ("The Nepalese king sacked the government on Tuesday.", ("COERCE", "NPL", "NPL")),
])
def test_dismissing_an_office_holder_is_a_removal(code, text, expected):
    assert expected in tuples(code(text)), code(text)


def test_dismissing_a_claim_is_still_a_rejection(code):
    found = tuples(code("The Tongan government dismissed the army's claims on Friday."))
    assert any(t[0] == "REJECT" for t in found) and not any(t[0] == "COERCE" for t in found), found


def test_disarming_police_or_soldiers_is_taking_their_weapons(code):
    # another side's forces disarmed: COERCE; a side that disarms itself stays RETREAT
    found = tuples(code("Rebel fighters disarmed Malian soldiers at a checkpoint near Kidal on Friday."))
    assert any(t[0] == "COERCE" and t[2] == "MLI" for t in found) and not any(t[0] == "RETREAT" for t in found), found


def test_peacekeepers_or_police_landing_somewhere_are_deployed_there(code):
    found = tuples(code("About 300 Rwandan police officers landed in Bangui on Sunday to join the U.N. mission."))
    assert ("MOBILIZE", "RWA", "CAF") in found, found


def test_a_coup_takes_power_from_the_country_it_rules(code):
    # "seized power" names no one it is taken from: it is the country's own government (a coup), so
    # the recipient is the actor's country, inferred
    found = tuples(code("The Guinean army seized power in a pre-dawn coup on Sunday."))
    assert ("COERCE", "GIN", "GIN") in found, found
    found = tuples(code("Mali's military took power on Tuesday after weeks of protests."))
    assert ("COERCE", "MLI", "MLI") in found, found
    # a seizure of something else names its own target, or none
    found = tuples(code("Guinean soldiers seized weapons from a police depot."))
    assert ("COERCE", "GIN", "GIN") not in found, found


def test_a_helped_side_states_no_intent_of_its_own(code):
    # "would help Kenya fight the militants": the helper promises; Kenya, whose fight is the bare
    # infinitive after "help", has stated nothing, so no threat is read off the fight
    found = tuples(code("Britain said it would help Kenya fight the militants."))
    assert ("AGREE", "GBR", "KEN") in found and not any(t[0] == "THREATEN" for t in found), found
    # a fight stated by its own doer still is a threat
    found = tuples(code("Kenya said it would fight the militants."))
    assert any(t[0] == "THREATEN" and t[1] == "KEN" for t in found), found


def test_a_joint_act_reported_by_one_side_is_that_sides_promise(code):
    # the speaker is one of the two sides: only its promise is stated, the other side said nothing
    found = tuples(code("Seoul said South Korea and Japan would hold joint drills next month."))
    assert ("AGREE", "KOR", "JPN") in found and ("AGREE", "JPN", "KOR") not in found, found
    # told by neither side, each promises the other
    found = tuples(code("Egypt and Sudan will hold joint military exercises next month."))
    assert ("AGREE", "EGY", "SDN") in found and ("AGREE", "SDN", "EGY") in found, found


def test_an_order_of_a_thing_asks_no_one(code):
    # "ordered a review", "ordered the intervention": the object is a thing, not a party; the orderer's
    # own people carry it out, so nobody is asked anything
    found = tuples(code("The Malian president ordered a review of the defence budget on Monday."))
    assert not any(t[0] == "REQUEST" for t in found), found
    # an order to a party named is a demand on it
    found = tuples(code("The Malian president ordered the protesters to leave the square."))
    assert any(t[0] == "REQUEST" and t[1] == "MLI" for t in found), found


def test_opening_a_closed_border_crossing_eases_a_restriction(code):
    # examples/README: reopening a border, crossing or airspace is CONCEDE (CAMEO 081), as reopening
    # borders is; RETREAT is kept for ending a sanction ("ended its boycott")
    found = tuples(code("Jordan opened its border crossing with Syria on Monday to let refugees through."))
    assert any(t[0] == "CONCEDE" and t[1] == "JOR" for t in found), found
    assert not any(t[0] == "RETREAT" for t in found), found


def test_working_with_a_government_is_co_operation(code):
    # 'work with' (triggers.tsv): a stated future co-operation also gives the asserted AGREE
    events = code("Chile said it would work with Peru's new government.")
    assert ("AGREE", "CHL", "PER") in tuples(events), tuples(events)
    assert ("COOPERATE", "CHL", "PER") in tuples(events, "future"), tuples(events, None)


def test_bringing_in_food_or_medicine_is_humanitarian_aid(code):
    found = tuples(code("UNICEF brought in food and medicine for families in Goma on Monday."))
    assert any(t[0] == "AID" and t[1] == "UNO" for t in found), found


def test_letting_doctors_in_eases_humanitarian_access(code):
    found = tuples(code("Serbian police let doctors into the besieged village on Monday."))
    assert any(t[0] == "CONCEDE" and t[1] == "SRB" for t in found), found


def test_a_light_verb_on_it_or_them_carries_out_the_act_named_just_before(code):
    # the sentence has no trigger word of its own: "it" is the curfew the sentence before names
    events = code("The governor asked the city council to impose a curfew. Nigerian councillors voted "
                  "on Tuesday to impose it for two weeks.")
    imposed = [e for e in events if e["event_text"] == ["impose it"]]
    assert [(e["event"], e["polarity"], [a["code"] for a in e["actor"]]) for e in imposed] == [(["COERCE"], "asserted", ["NGA"])]
    events = code("The bloc urged its members to impose new sanctions on Belarus. Its ministers agreed on Friday "
                  "to impose them.")
    assert any(e["event"] == ["SANCTION"] and e["event_text"] == ["impose them"] for e in events)


def test_a_light_verb_on_them_carries_out_no_act_told_by_another_verb(code):
    # "them" are the people of the protests, not the protests
    events = code("Protests erupted in the capital on Sunday. Police held them back with shields.")
    assert not any(e["event_text"] == ["held them"] for e in events)


def test_it_after_a_light_verb_with_no_event_noun_before_it_codes_nothing(code):
    events = code("The ministers read the report on Monday. They put it on the agenda.")
    assert not any(e["event_text"] == ["put it"] for e in events)


def test_an_attack_someone_survived_is_aimed_at_them(code):
    # the attack is the object of "survived", not of an event verb; the survivor, a pronoun too, is its target
    events = code("LAGOS, May 3 (Eventwire) - Nigeria's President Umaru Yar'Adua flew home on Monday. "
                  "He survived a bomb attack on his convoy near Abuja on Tuesday that killed three guards.",
                  published=date(2009, 5, 6))
    hit = [e for e in events if e["event"] == ["ASSAULT"]]
    assert hit and [r["code"] for r in hit[0]["recipient"]] == ["NGA"], events
    assert hit[0]["polarity"] == "asserted"


def test_two_sides_signing_a_text_sign_it_with_each_other(code):
    # the text signed is no party: each side signed with the other
    found = tuples(code("Ghana and Togo signed a border declaration on Monday."))
    assert ("SUPPORT", "GHA", "TGO") in found and ("SUPPORT", "TGO", "GHA") in found, found


def test_handing_power_without_over_is_a_hand_over_of_office(code):
    found = tuples(code("NIAMEY, April 6 (Eventwire) - Niger's military council handed power to an elected president on Saturday."))
    assert ("RETREAT", "NER", None) in found, found


@pytest.mark.parametrize("text, expected", [
    ("Chad said it would send 800 soldiers to Bangui at the request of the Central African government.",
     ("AGREE", "TCD", "CAF")),
    ("NATO said it would send 2,000 troops to collect the militias' weapons.", ("AGREE", "IGO", None)),
])
def test_a_deployment_promised_on_a_mission_for_its_receiver_is_a_promise(code, text, expected):
    events = code(text)
    assert expected in tuples(events), events
    assert not any(e["event"][0] == "THREATEN" for e in events), events
    assert any(e["event"][0] == "MOBILIZE" and e["polarity"] == "future" for e in events), events


def test_a_pledge_to_send_troops_on_request_is_no_threat(code):
    events = code("Chad pledged to send 800 soldiers to Bangui at the request of the Central African government.")
    assert ("AGREE", "TCD", "CAF") in tuples(events), events
    assert not any(e["event"][0] == "THREATEN" for e in events), events


def test_police_deployed_at_home_is_neither_promise_nor_threat(code):
    events = code("Slovakia's interior minister said police would deploy extra officers to guard politicians.")
    assert not any(e["event"][0] in {"THREATEN", "AGREE"} for e in events), events
    # troops sent against someone stay a threat
    events = code("Turkey said it would send troops to fight the Kurdish militia.")
    assert any(e["event"][0] == "THREATEN" for e in events), events


def test_a_protest_announced_at_home_is_no_threat_unless_aimed_abroad_or_held_over_someone(code):
    events = code("The opposition party said it would boycott next month's parliamentary election.")
    assert not any(e["event"][0] == "THREATEN" for e in events), events
    assert any(e["event"][0] == "PROTEST" and e["polarity"] == "future" for e in events), events
    events = code("Palestinian leaders said they would boycott all official contact with the United States.")
    assert ("THREATEN", "PSE", "USA") in tuples(events), events
    events = code("Teachers in Chile said they would march on the capital until the minister resigned.")
    assert any(e["event"][0] == "THREATEN" for e in events), events


def test_a_threat_read_off_a_deployment_to_its_own_base_abroad_is_not_aimed_at_the_host(code):
    events = code("France said it would send more jets to its base in Jordan.")
    threats = [e for e in events if e["event"][0] == "THREATEN"]
    assert threats and ("THREATEN", "FRA", "JOR") not in tuples(events), events
    # the deployment itself still goes to Jordan; the other side of "its border with" is still faced
    assert ("MOBILIZE", "FRA", "JOR") in tuples(events, polarity="future"), events
    assert ("THREATEN", "IND", "CHN") in tuples(code("India said it would send more troops to its border with China.")), events


@pytest.mark.parametrize("text", [
    "Ghana's president will send a delegation to Kumasi to investigate the shooting, his office said.",
    "The Dutch foreign minister will travel to Baku next week to press for the release of the prisoners, his ministry said.",
])
def test_a_visit_made_to_press_or_investigate_offers_no_meeting(code, text):
    events = code(text)
    assert not any(e["event"][0] == "AGREE" for e in events), events
    assert any(e["event"][0] == "CONSULT" and e["polarity"] == "future" for e in events), events


def test_a_visit_made_to_mediate_is_still_an_offer(code):
    events = code("The Gambian president will visit Mauritania and Senegal to mediate in their border dispute, diplomats said.")
    assert ("AGREE", "GMB", "SEN") in tuples(events), events


def test_aid_someone_merely_has_is_no_act_of_giving(code):
    # owning aid with no giver named says what one holds, not that anyone gave it
    events = code("The relief agency left the country, although it still had $4 million of unspent donations.")
    assert not [e for e in events if e["event"] == ["AID"]]
    # a verb of receiving, or a giver named, is still aid given
    assert ("AID", "QAT", "SOM") in tuples(code("Somalia received aid from Qatar on Monday."))


def test_the_aim_of_a_journey_states_no_intent(code):
    # troops who arrive to fight are not told as threatening anyone: the fight is their trip's aim
    events = code("Chadian troops arrived in the border town on Friday to fight the militants.")
    assert not [e for e in events if e["event"] == ["THREATEN"]]


def test_talks_counted_in_rounds_are_still_talks(code):
    # "several rounds of talks": the rounds only count the talks (partitives.txt), whatever counts them
    found = tuples(code("The Indian envoy held several rounds of talks with Chinese officials in Beijing."))
    assert ("CONSULT", "IND", "CHN") in found, found


def test_having_nothing_to_do_with_a_deed_is_a_denial(code):
    # "had nothing to do with" disowns the deed: a REJECT by the one who disowns it, addressed to no
    # one, and the deed told as not done, by that one (disowning_words.txt)
    events = code("The Kenyan government said it had nothing to do with the bombing of the embassy.")
    assert ("REJECT", "KEN", None) in tuples(events), events
    assert any(t[:2] == ("ASSAULT", "KEN") for t in tuples(events, "negated")), events
    events = code("The Kremlin said it had nothing to do with the new bill.")
    assert ("REJECT", "RUS", None) in tuples(events), events
    assert not tuples(code("The Kenyan minister said the refugees had nothing to eat.")), "nothing to eat"


def test_an_act_someone_fears_or_believes_is_no_statement_of_its_doer(code):
    # "feared the army would storm": the army stated nothing, so no THREATEN (belief_verbs.txt)
    found = tuples(code("Students feared the Chinese army would storm their campuses next."))
    assert not any(t[0] == "THREATEN" for t in found), found
    found = tuples(code("Kenyan officials believe al-Shabaab will strike Nairobi again."))
    assert not any(t[0] == "THREATEN" for t in found), found
    # a stated act still states an intent
    assert ("THREATEN", "RUS", "UKR") in tuples(code("Russia said it would strike Kyiv."))


def test_students_occupying_or_storming_a_place_protest(code):
    # students are a crowd like protesters (crowd_deeds.tsv: EDU): their occupation or storming is a
    # protest, not a seizure of territory or an armed assault
    found = tuples(code("Hundreds of Iranian students stormed the British embassy in Tehran."))
    assert any(t[0] == "PROTEST" and t[1] == "IRN" for t in found) and not any(t[0] == "ASSAULT" for t in found), found
    found = tuples(code("Thousands of Serbian students occupied the main square of Belgrade."))
    assert any(t[0] == "PROTEST" for t in found) and not any(t[0] == "COERCE" for t in found), found


def test_helping_another_sides_police_is_cooperation(code):
    # help + police or investigators (triggers.tsv): law-enforcement cooperation; promised, it is an AGREE
    assert ("COOPERATE", "USA", "KEN") in tuples(code("FBI agents helped Kenyan police investigate the blast."))
    found = tuples(code("Canberra said Australian federal police would help Indonesian detectives track down the bombers."))
    assert ("AGREE", "AUS", "IDN") in found, found


def test_a_visit_to_the_scene_of_a_deed_meets_no_one(code):
    # "visited the site": no one is met there (triggers.tsv visit row); a visit to a country still is
    found = tuples(code("Indonesian President Megawati Sukarnoputri visited the site on Sunday."))
    assert not any(t[0] == "CONSULT" for t in found), found
    assert ("CONSULT", "IND", "KEN") in tuples(code("Indian Prime Minister Narendra Modi visited Kenya on Sunday."))


def test_a_bomb_tearing_through_a_place_is_an_attack(code):
    # "tore through", "ripped through": the blast's path is an attack on what it goes through
    # the toll of its participles is the blast's own, not a killing told apart
    events = code("A car bomb ripped through a market in Baghdad on Friday, killing 30 people.")
    assert [(e["event"], e["event_text"], e["size"]["dead"]) for e in events] == [(["ASSAULT"], ["ripped through"], 30)], events
    events = code("Two bombs tore through a bus station in Baghdad on Friday, wounding 40 people.")
    assert [(e["event_text"], e["size"]["injured"]) for e in events] == [(["tore through"], 40)], events
    # a fire or a storm going through a place is no one's deed
    assert code("A fire ripped through a tower block in Lagos on Friday, killing 12 people.") == []


def test_letting_inspectors_in_is_receiving_them(code):
    # "let" with inspectors as the subject of its bare infinitive, as "allowed inspectors to visit"
    events = code("Iran agreed on Monday to let U.N. inspectors visit the Fordow site.")
    assert ("RETREAT", "IRN", "UNO") in tuples(events, "future"), events
    assert ("AGREE", "IRN", "UNO") in tuples(events), events


def test_a_weapon_that_hits_a_thing_is_an_attack_with_no_doer(code):
    # no doer and a target with no code of its own: the place gives the target its country
    found = tuples(code("A suicide bomb ripped through a police academy in Quetta on Monday."))
    assert ("ASSAULT", None, "PAK") in found, found
    found = tuples(code("A bomb tore through a crowded market in the Iraqi city of Kirkuk on Friday."))
    assert ("ASSAULT", None, "IRQ") in found, found
    # no weapon as the subject: troops moving through a town attack no one
    assert not tuples(code("Troops moved through the town on Tuesday."))


def test_moving_or_sending_warships_is_a_show_of_force(code):
    found = tuples(code("The Russian navy moved two frigates into the Black Sea on Tuesday."))
    assert any(t[:2] == ("MOBILIZE", "RUS") for t in found), found
    found = tuples(code("Britain sent a destroyer to the Gulf on Monday."))
    assert any(t[:2] == ("MOBILIZE", "GBR") for t in found), found


def test_pressing_someone_to_act_is_a_request(code):
    events = code("Germany and Italy pressed Greece to accept the bailout terms.")
    assert {("REQUEST", "DEU", "GRC"), ("REQUEST", "ITA", "GRC")} <= tuples(events), events
    # pressing on with one's own deed asks nothing of anyone
    found = tuples(code("The rebels pressed ahead with their offensive on Tuesday."))
    assert not any(t[0] == "REQUEST" for t in found), found


def test_dropping_a_bid_for_office_is_a_concession(code):
    found = tuples(code("Egypt's president dropped his bid for a third term on Sunday."))
    assert any(t[:2] == ("CONCEDE", "EGY") for t in found), found


def test_a_bare_participle_after_the_object_is_its_state_not_a_deed(code):
    # "dragged him out wounded": the wounding is how he was, no attack of its own
    events = code("Troops found the colonel hiding in a culvert and dragged him out wounded, witnesses said.")
    assert not any(e["event"] == ["ASSAULT"] for e in events), events
    events = code("Militiamen carried the driver away injured.")
    assert not any(e["event"] == ["ASSAULT"] for e in events), events
    # a participle with its own "by" phrase still tells a deed
    events = code("The police dragged him out, wounded by a gunman.")
    assert any(e["event"] == ["ASSAULT"] for e in events), events


def _first_types(text: str, code) -> set:
    """(type, actor code) of each asserted event of one sentence."""
    return {t[:2] for t in tuples(code(text))}


def test_common_wordings_of_criticism_and_blame_are_accusations(code):
    for text, actor in [("Portugal pointed the finger at Angola for the fraud.", "PRT"),
                        ("Chile took Bolivia to task over the border incident.", "CHL"),
                        ("Norway took Denmark to court over the fishing rights.", "NOR"),
                        ("Hungary mocked Romania's new language law.", "HUN"),
                        ("Ghana ridiculed Togo's election results.", "GHA"),
                        ("Kenya excoriated Uganda on Tuesday.", "KEN"),
                        ("Peru upbraided Ecuador on Tuesday.", "PER"),
                        ("Vietnam filed a protest with Malaysia over the fishing boats.", "VNM")]:
        assert ("ACCUSE", actor) in _first_types(text, code), text
    # a protest filed with a government is an official complaint, not a demonstration
    assert not any(t[0] == "PROTEST" for t in tuples(code("Vietnam filed a protest with Malaysia.")))


def test_an_attack_on_a_website_is_a_cyber_attack(code):
    events = code("Hackers linked to Iran attacked the Albanian government's website.")
    assert any(e["event"] == ["COERCE"] for e in events), events
    assert not any(e["event"] == ["ASSAULT"] for e in events), events


def test_common_wordings_of_rejection(code):
    for text, actor in [("Serbia shrugged off the EU's warnings.", "SRB"),
                        ("Cuba waved aside the American offer.", "CUB"),
                        ("Poland scuttled the EU migration package.", "POL"),
                        ("Turkey torpedoed the NATO membership deal.", "TUR"),
                        ("Austria scuppered the border plan.", "AUT")]:
        assert ("REJECT", actor) in _first_types(text, code), text
    # a ship scuttled by its crew refuses nothing
    assert not tuples(code("Argentina scuttled the old warship off Patagonia."))


def test_putting_someone_on_notice_or_swearing_revenge_threatens(code):
    assert ("THREATEN", "IND") in _first_types("India put Pakistan on notice.", code)
    assert ("THREATEN", "EGY") in _first_types("Egypt swore revenge against the militants.", code)


def test_common_wordings_of_strikes_and_riots_are_protest(code):
    for text in ["The opposition called a hartal in Dhaka.",
                 "Opposition parties enforced a bandh in Patna on Monday.",
                 "Unions called a stayaway in Durban.",
                 "Dock workers struck at the port of Piraeus.",
                 "Protesters pelted police with stones in Lahore on Friday.",
                 "Thousands of protesters flooded the streets of Lima on Friday."]:
        assert any(t[0] == "PROTEST" for t in tuples(code(text))), text
    # weather pelts and floods no one in protest; a deal struck is an agreement
    assert not tuples(code("Hail pelted the capital Lahore on Friday."))
    assert not any(t[0] == "PROTEST" for t in tuples(code("Dock workers struck a deal with Greece on Monday.")))


def test_common_wordings_of_sanctions(code):
    for text, actor in [("Canada hit Iran with new sanctions.", "CAN"),
                        ("Japan slapped North Korea with tariffs.", "JPN"),
                        ("Sweden slashed aid to Zambia.", "SWE"),
                        ("France penalised Syrian banks.", "FRA"),
                        ("Mali shuttered the Algerian embassy.", "MLI")]:
        assert ("SANCTION", actor) in _first_types(text, code), text
    found = tuples(code("Canada will hit Iran with new sanctions."))
    assert not any(t[0] == "SANCTION" for t in found), found


def test_common_wordings_of_shows_of_force(code):
    for text, actor in [("Greece redeployed troops to the Turkish border.", "GRC"),
                        ("Police in Chile stepped up patrols in Santiago.", "CHL"),
                        ("Police flooded the streets of Caracas on Sunday.", "VEN")]:
        assert ("MOBILIZE", actor) in _first_types(text, code), text
    events = code("Iran staged a show of force in the Strait of Hormuz.")
    assert any(e["event"] == ["MOBILIZE"] for e in events), events


def test_common_wordings_of_coercion(code):
    for text, actor in [("Belarusian police searched the homes of opposition figures.", "BLR"),
                        ("Mali's junta suspended the national assembly.", "MLI"),
                        ("Bahrain stripped him of his citizenship.", "BHR"),
                        ("Militants from Somalia pillaged the town of Garissa in Kenya.", "SOM")]:
        assert any(t[0] == "COERCE" for t in tuples(code(text))), text
    assert not tuples(code("Rescuers searched the rubble for survivors."))


def test_common_wordings_of_armed_attacks(code):
    for text in ["Gunmen set off a bomb in a Peshawar market on Friday.",
                 "Soldiers mowed down protesters in Khartoum on Monday.",
                 "Snipers picked off civilians in Aleppo on Monday.",
                 "Jihadists wiped out the village of Solhan in Burkina Faso.",
                 "Syrian artillery rained shells on Idlib on Monday.",
                 "Russian forces hammered Bakhmut with artillery.",
                 "The Nigerian army neutralised 20 terrorists in Borno.",
                 "Pakistani troops eliminated 15 militants in Waziristan.",
                 "Gunmen maimed three villagers in Kaduna in Nigeria.",
                 "Militants firebombed a church in Jos in Nigeria."]:
        assert any(t[0] == "ASSAULT" for t in tuples(code(text))), text
    # the same verbs with no armed doer or no armed target
    for text in ["The storm hammered the coast of Florida on Monday.",
                 "The drought wiped out crops in Kenya.",
                 "Engineers in Kabul neutralised a bomb.",
                 "The vote set off a political crisis in Peru."]:
        assert not any(t[0] == "ASSAULT" for t in tuples(code(text))), text


def test_cautioning_against_a_deed_is_a_warning(code):
    assert ("THREATEN", "CHN") in _first_types("China cautioned Vietnam against drilling in its waters.", code)
    # officials cautioning that something is so only report it
    assert not any(t[0] == "THREATEN" for t in tuples(code("Kenyan officials cautioned that no date had been set for the vote.")))


def test_barricades_put_up_by_protesters_block_passage(code):
    assert any(t[0] == "PROTEST" for t in tuples(code("Protesters erected barricades in Quito on Monday.")))
    # troops setting up roadblocks protest nothing
    assert not any(t[0] == "PROTEST" for t in tuples(code("Ecuadorean soldiers erected roadblocks in Quito on Monday.")))



def test_contesting_or_disputing_a_result_rejects_it(code):
    assert ("REJECT", "PER") in _first_types("Peru's opposition contested the results of the runoff.", code)
    assert ("REJECT", "CHL") in _first_types("Chile disputed the claim by Bolivia.", code)
    # to contest an election is to run in it
    assert not tuples(code("Peru's opposition contested the election."))


def test_prohibiting_protests_or_parties_and_blackouts_are_coercion(code):
    for text, actor in [("The government prohibited protests in Lusaka.", "ZMB"),
                        ("Ethiopia placed Tigray under a communications blackout.", "ETH"),
                        ("The government suspended the opposition party in Cambodia.", "KHM")]:
        assert ("COERCE", actor) in _first_types(text, code), text


def test_parades_and_warships_sailing_through_show_force(code):
    assert ("MOBILIZE", "PRK") in _first_types("North Korea held a military parade in Pyongyang.", code)
    assert ("MOBILIZE", "GBR") in _first_types("British warships sailed through the Taiwan Strait.", code)
    # gunboats going from one port to another show nothing
    found = tuples(code("Two Ukrainian gunboats sailed from Odesa to Mariupol."))
    assert not any(t[0] == "MOBILIZE" for t in found), found


def test_chains_pots_and_disrupted_sittings_are_protest(code):
    for text, actor in [("Protesters formed a human chain across Lithuania.", "LTU"),
                        ("Residents banged pots and pans in Bogota.", "COL"),
                        ("The opposition disrupted the session of parliament in Tirana.", "ALB")]:
        assert ("PROTEST", actor) in _first_types(text, code), text
    assert not tuples(code("The parties formed a coalition in Lithuania."))


def test_surging_activating_and_heightened_alert_show_force(code):
    for text, actor in [("Britain surged troops to Helmand.", "GBR"),
                        ("Canada activated reservists on Monday.", "CAN"),
                        ("Ukraine put its economy on a war footing.", "UKR"),
                        ("Taiwan heightened its alert along the coast.", "TWN"),
                        ("Police increased security in Brussels.", "BEL")]:
        assert ("MOBILIZE", actor) in _first_types(text, code), text
    # a surge in prices is no troop surge
    assert not tuples(code("A surge in food prices hit Tunisia."))


def test_sinking_or_torpedoing_a_ship_is_an_attack(code):
    assert ("ASSAULT", "PRK") in _first_types("A North Korean submarine torpedoed a South Korean corvette.", code)
    assert ("ASSAULT", "UKR") in _first_types("Ukrainian sea drones sank a Russian landing ship.", code)
    # a ship that sinks by itself is no one's attack
    assert not tuples(code("The ferry sank off Zanzibar."))


def test_jamming_and_throttling_media_is_censorship(code):
    assert ("COERCE", "IRN") in _first_types("Iran jammed radio broadcasts from Voice of America.", code)
    assert ("COERCE", "TUR") in _first_types("Turkey throttled access to Twitter.", code)


def test_pulling_funding_and_defunding_cut_aid(code):
    assert ("SANCTION", "USA") in _first_types("The United States pulled funding from the UN population fund.", code)
    assert ("SANCTION", "GBR") in _first_types("Britain defunded the UN agency.", code)


def test_protest_notes_and_demarches_are_official_complaints(code):
    for text, actor in [("Poland sent a protest note to Minsk.", "POL"),
                        ("Vietnam delivered a note of protest to China.", "VNM"),
                        ("Cyprus issued a demarche to Turkey.", "CYP")]:
        found = tuples(code(text))
        assert any(t[:2] == ("ACCUSE", actor) for t in found), (text, found)
        assert not any(t[0] == "PROTEST" for t in found), (text, found)


def test_nixing_a_deal_and_obstructing_an_inquiry_reject(code):
    assert ("REJECT", "USA") in _first_types("The United States nixed the trade deal with Kenya.", code)
    assert ("REJECT", "SDN") in _first_types("Sudan obstructed the UN inquiry.", code)


def test_disappearing_people_is_an_abduction(code):
    events = code("Egyptian security forces disappeared dozens of students in Cairo.")
    assert any(e["event"] == ["ASSAULT"] for e in events), events
    assert not code("The Thai activist disappeared in Bangkok.")


def test_crowds_massing_protest(code):
    assert any(t[0] == "PROTEST" for t in tuples(code("Crowds massed outside the parliament in Tbilisi.")))
    # troops massing stay a show of force
    found = tuples(code("Russian troops massed on the border with Ukraine."))
    assert any(t[0] == "MOBILIZE" for t in found) and not any(t[0] == "PROTEST" for t in found), found


def test_boarding_a_ship_by_force_and_no_fly_zones_coerce(code):
    assert ("COERCE", "IRN") in _first_types("Iranian commandos boarded a Liberian tanker in the Gulf.", code)
    assert ("COERCE", "FRA") in _first_types("France imposed a no-fly zone over the island.", code)
    # passengers boarding a ferry take nothing
    assert not tuples(code("Passengers boarded the ferry in Calais."))


def test_tearing_up_or_abrogating_a_deal_cuts_ties(code):
    for text, actor in [("Russia tore up the grain deal with Ukraine.", "RUS"),
                        ("Ghana abrogated the fishing treaty with Togo.", "GHA"),
                        ("Sudan abandoned the peace accord with South Sudan.", "SDN")]:
        assert ("SANCTION", actor) in _first_types(text, code), text
    # roads torn up are no deal
    assert not tuples(code("Workers tore up the road in Accra."))


def test_an_arraignment_is_a_charge(code):
    found = tuples(code("The former president of Chile was arraigned on fraud charges."))
    assert any(t[0] == "ACCUSE" for t in found), found


@pytest.mark.parametrize("text, expected", [
    ("The United States drew down its troops in Iraq on Monday.", ("RETREAT", "USA")),
    ("Russia scaled back its military operations near Kyiv on Monday.", ("RETREAT", "RUS")),
    ("The Pakistani army wound down its operation in the Swat valley on Monday.", ("RETREAT", "PAK")),
    ("Sudanese rebels held their fire on Monday.", ("RETREAT", "SDN")),
    ("Israeli troops fell back from the town on Monday.", ("RETREAT", "ISR")),
    ("The Ethiopian army recalled its troops from Tigray on Monday.", ("RETREAT", "ETH")),
    ("Colombian rebels handed in their weapons on Monday.", ("RETREAT", "COL")),
    ("Washington waived sanctions on Venezuelan oil on Monday.", ("RETREAT", "USA")),
    ("The European Union suspended sanctions on Belarus on Monday.", ("RETREAT", "EUR")),
    ("Britain unfroze Libyan assets on Monday.", ("RETREAT", "GBR")),
    ("Israel paused its offensive in Gaza on Monday.", ("RETREAT", "ISR")),
    ("The Iraqi prime minister left office on Monday.", ("RETREAT", "IRQ")),
    ("Yemen's Houthis set free 20 Saudi prisoners on Monday.", ("RETREAT", "YEM")),
    ("Malian rebels stopped their attacks on Monday.", ("RETREAT", "MLI")),
    ("The Kenyan government caved to pressure from the unions on Monday.", ("CONCEDE", "KEN")),
    ("The Thai government shelved the controversial bill on Monday.", ("CONCEDE", "THA")),
    ("The Kenyan government revoked the ban on opposition rallies on Monday.", ("CONCEDE", "KEN")),
    ("The Sri Lankan president commuted the death sentences of 20 prisoners.", ("CONCEDE", "LKA")),
    ("The Egyptian government loosened restrictions on the media on Monday.", ("CONCEDE", "EGY")),
    ("The Chadian junta ended the curfew on Monday.", ("CONCEDE", "TCD")),
    ("Kenya solicited aid from the World Bank on Monday.", ("REQUEST", "KEN")),
    ("The Palestinian Authority lobbied Washington to block the bill.", ("REQUEST", "PSE")),
    ("Greece pushed Germany to accept more refugees.", ("REQUEST", "GRC")),
    ("The Nigerian government prodded the rebels to resume talks.", ("REQUEST", "NGA")),
])
def test_common_wire_wording_of_retreat_concession_and_request(code, text, expected):
    # ways of telling these deeds the sample never used (triggers.tsv, helper la block)
    found = tuples(code(text))
    assert any(t[:2] == expected for t in found), found


def test_retreat_wording_keeps_its_polarity_and_its_sense(code):
    assert any(t[:2] == ("RETREAT", "IND") for t in tuples(code("The Indian army did not scale back its deployment along the border."), "negated"))
    events = code("Malian rebels will stop their attacks.")
    assert any(t[:2] == ("RETREAT", "MLI") for t in tuples(events, "future")), events
    # the object and subject conditions keep out the everyday senses
    for text in ("Shares fell back on Monday.", "Police pushed the protesters back on Monday.",
                 "Police pushed them back on Monday.", "The crowd pushed him aside.",
                 "The workers paused their strike on Monday.", "The union stopped the strike on Monday.",
                 "Greece pushed the bill through parliament.", "The minister recalled his visit to Kabul."):
        assert not [e for e in code(text) if e["event"][0] in ("RETREAT", "REQUEST")], text
    # pressing someone to act asks it: the act is not told as done
    assert not any(t[0] == "AGREE" for t in tuples(code("Greece pushed Germany to accept more refugees.")))


@pytest.mark.parametrize("text, expected", [
    ("Japan assisted Sri Lanka after the floods on Monday.", ("AID", "JPN", "LKA")),
    ("The United States extended a $2 billion loan to Egypt on Monday.", ("AID", "USA", "EGY")),
    ("China wrote off $1 billion of Zambian debt on Monday.", ("AID", "CHN", "ZMB")),
    ("France forgave $500 million of Malian debt on Monday.", ("AID", "FRA", "MLI")),
    ("Germany took in 5,000 Syrian refugees on Monday.", ("AID", "DEU", "SYR")),
    ("Canada admitted 2,000 Afghan refugees on Monday.", ("AID", "CAN", "AFG")),
    ("Poland transferred 14 tanks to Ukraine on Monday.", ("AID", "POL", "UKR")),
    ("Iran bankrolled the Houthi rebels for years.", ("AID", "IRN", "YEM")),
    ("Kenya teamed up with Ethiopia to fight al-Shabaab.", ("COOPERATE", "KEN", "ETH")),
    ("Pakistan turned over five suspects to the United States on Monday.", ("COOPERATE", "PAK", "USA")),
    ("Interpol and Kenyan police worked together to arrest the suspects.", ("COOPERATE", "KEN", "IGO")),
    ("The Qatari emir sat down with the Iranian president on Monday.", ("CONSULT", "QAT", "IRN")),
    ("The leaders of France and Germany held a video conference on Monday.", ("CONSULT", "FRA", "DEU")),
    ("The Brazilian president paid tribute to the Argentine leader on Monday.", ("SUPPORT", "BRA", "ARG")),
    ("The Indian president extolled the Japanese prime minister on Monday.", ("SUPPORT", "IND", "JPN")),
    ("Chile inked a trade agreement with China on Monday.", ("SUPPORT", "CHL", "CHN")),
    ("Pakistan and India reached an understanding on border patrols on Monday.", ("AGREE", "PAK", "IND")),
    ("Qatar proposed talks between Israel and Hamas on Monday.", ("AGREE", "QAT", "ISR")),
])
def test_common_wire_wording_of_aid_cooperation_meetings_and_support(code, text, expected):
    # ways of telling these deeds the sample never used (triggers.tsv, helper la block)
    found = tuples(code(text))
    assert expected in found, found


def test_aid_and_support_wording_keeps_its_sense(code):
    # the object conditions keep out the everyday senses
    for text in ("The United States extended the deadline on Monday.", "Iran undertook a review of its program.",
                 "The minister toured the flooded areas on Monday."):
        assert not code(text), text
    assert any(t[:2] == ("CONSULT", "EGY") for t in tuples(code("The Egyptian foreign minister toured the Gulf states last week.")))
    # a person forgiven is forgiveness (SUPPORT 056), a debt forgiven is aid
    assert not any(t[0] == "AID" for t in tuples(code("The Pope forgave the Turkish gunman.")))
    assert any(t[:2] == ("AGREE", "IRN") for t in tuples(code("Iran undertook to curb its enrichment program, the ministry said.")))
    # support extended is still support, a loan extended is aid
    found = tuples(code("Kenya extended its support to the Somali government on Monday."))
    assert ("SUPPORT", "KEN", "SOM") in found and not any(t[0] == "AID" for t in found), found
    assert any(t[:2] == ("AID", "CAN") for t in tuples(code("Canada did not admit the Afghan refugees."), "negated"))


@pytest.mark.parametrize("text, expected", [
    # light verbs that repeat or hand in an event noun (light_verbs.txt)
    ("The Iraqi prime minister tendered his resignation on Monday.", ("RETREAT", "IRQ")),
    ("The Iraqi prime minister submitted his resignation to the president on Monday.", ("RETREAT", "IRQ")),
    ("The EU repeated its demand for a ceasefire on Monday.", ("REQUEST", "EUR")),
    # mediation by making talks possible, recognition of a leader (triggers.tsv)
    ("Norway facilitated talks between the Colombian government and the rebels.", ("CONSULT", "NOR")),
    ("The United States recognized Juan Guaido as Venezuela's president.", ("SUPPORT", "USA")),
])
def test_repeated_or_tendered_event_nouns_and_recognition(code, text, expected):
    found = tuples(code(text))
    assert any(t[:2] == expected for t in found), found


def test_recognising_a_need_or_repeating_a_claim_is_no_event(code):
    assert not code("The United States recognized the need for reform.")
    assert not code("He repeated the claim on Monday.")


@pytest.mark.parametrize("text, expected", [
    ("Pakistan expressed its willingness to hold talks with India.", ("AGREE", "PAK")),
    ("The Indian foreign minister wrapped up a visit to Moscow on Monday.", ("CONSULT", "IND")),
    ("Qatari mediators shuttled between the two sides on Monday.", ("CONSULT", "QAT")),
    ("The Egyptian president dispatched an envoy to Khartoum on Monday.", ("CONSULT", "EGY")),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank on Monday.", ("AID", "SAU")),
    ("India and Japan boosted defence cooperation on Monday.", ("COOPERATE", "IND")),
])
def test_stated_readiness_shuttle_diplomacy_deposits_and_boosted_cooperation(code, text, expected):
    found = tuples(code(text))
    assert any(t[:2] == expected for t in found), found


def test_readiness_wording_keeps_its_sense_and_polarity(code):
    assert not code("Pakistan expressed hope for peace with India.")
    assert not code("Kenya strengthened security in Nairobi on Monday.")
    found = tuples(code("Pakistan did not express willingness to hold talks with India."))
    assert not any(t[0] == "AGREE" for t in found), found


@pytest.mark.parametrize("text, expected", [
    ("Mali's junta scrapped the curfew on Monday.", ("CONCEDE", "MLI")),
    ("The Uzbek government abolished the restrictions on travel on Monday.", ("CONCEDE", "UZB")),
    ("The Ugandan government overturned the ban on protests.", ("CONCEDE", "UGA")),
    ("The Malian president annulled the decree on Monday.", ("CONCEDE", "MLI")),
    ("The Ethiopian government lifted the internet shutdown on Monday.", ("CONCEDE", "ETH")),
    ("The Kenyan government acquiesced to the demands.", ("CONCEDE", "KEN")),
])
def test_ending_restrictions_in_other_words_is_a_concession(code, text, expected):
    found = tuples(code(text))
    assert any(t[:2] == expected for t in found), found


def test_concession_wording_keeps_its_sense_and_polarity(code):
    assert not code("The Supreme Court overturned the verdict on Monday.")
    found = tuples(code("The Ethiopian junta will not lift the internet shutdown."), "negated")
    assert any(t[:2] == ("CONCEDE", "ETH") for t in found), found
    found = tuples(code("The Malian government will annul the decree."), "future")
    assert any(t[:2] == ("CONCEDE", "MLI") for t in found), found


def test_more_things_sought_are_requests_and_arms_given_in_support_are_aid(code):
    assert ("REQUEST", "ZMB") in {t[:2] for t in tuples(code("Zambia sought debt relief on Monday."))}
    assert ("REQUEST", "NGA") in {t[:2] for t in tuples(code("Nigeria sought assurances from the rebels on Monday."))}
    # "supported X with weapons": the support is the weapons given (AID), not praise (SUPPORT)
    found = tuples(code("Iran supported the Houthis with weapons and money."))
    assert ("AID", "IRN", "YEM") in found and not any(t[0] == "SUPPORT" for t in found), found
    assert ("AID", "SAU", "EGY") in tuples(code("Saudi Arabia supported Egypt with loans."))
    assert ("SUPPORT", "IRN", "YEM") in tuples(code("Iran supported the Houthis with words."))


def test_a_claim_backed_by_evidence_is_no_support(code):
    assert not code("The claims were backed by evidence from satellite images.")
    assert not code("The report was backed up by photos.")
    assert ("SUPPORT", "BRA", "VEN") in tuples(code("Brazil and Chile backed the Venezuelan opposition leader."))


@pytest.mark.parametrize("text, expected", [
    ("India bought S-400 missiles from Russia on Monday.", ("COOPERATE", "IND", "RUS")),
    ("Egypt purchased 24 Rafale jets from France on Monday.", ("COOPERATE", "EGY", "FRA")),
    ("Israel and Syria reopened negotiations on Monday.", ("CONSULT", "ISR", "SYR")),
])
def test_arms_bought_and_talks_reopened(code, text, expected):
    found = tuples(code(text))
    assert expected in found, found


def test_paroles_and_talks_kicked_off(code):
    assert any(t[:2] == ("RETREAT", "IRN") for t in tuples(code("The Iranian president paroled 20 political prisoners on Monday.")))
    assert any(t[0] == "CONSULT" for t in tuples(code("Sudanese officials kicked off talks in Geneva on Monday.")))
    assert not code("India bought wheat from Russia.")
    assert not code("The game kicked off on Monday.")


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan government assured Somalia that its troops would leave.", ("AGREE", "KEN", "SOM")),
    ("Norway volunteered to mediate between Sudan and South Sudan.", ("AGREE", "NOR", "SDN")),
    ("Iran channelled aid to the Houthi rebels.", ("AID", "IRN", "YEM")),
    ("Iran funnelled weapons to the Houthi rebels.", ("AID", "IRN", "YEM")),
    ("The Sudanese president huddled with his Egyptian counterpart on Monday.", ("CONSULT", "SDN", "EGY")),
    ("The Indian prime minister complimented the Japanese government on Monday.", ("SUPPORT", "IND", "JPN")),
    ("The Kenyan president vouched for the Ugandan minister.", ("SUPPORT", "KEN", "UGA")),
])
def test_assurances_offers_covert_aid_huddles_and_compliments(code, text, expected):
    found = tuples(code(text))
    assert expected in found, found


def test_stepping_aside_and_everyday_senses(code):
    assert any(t[:2] == ("RETREAT", "PER") for t in tuples(code("The Peruvian president stood aside on Monday.")))
    assert not code("He volunteered information to the police.")
    assert not code("The trench was channelled through the field.")
    assert any(t[:2] == ("AGREE", "KEN") for t in tuples(code("The Kenyan president did not assure Somalia of anything."), "negated"))


def test_armed_men_turning_back_or_halting_their_march_retreat(code):
    # subject_triggers.tsv: only armed men's turning back or halted march is a retreat
    assert any(t[0] == "RETREAT" for t in tuples(code("The column of rebel fighters turned back on Saturday.")))
    found = tuples(code("The mutineers halted their march on the capital on Saturday."))
    assert any(t[0] == "RETREAT" for t in found) and not any(t[0] == "CONCEDE" for t in found), found
    found = tuples(code("The protesters halted their march on Saturday."))
    assert any(t[0] == "CONCEDE" for t in found) and not any(t[0] == "RETREAT" for t in found), found
    assert not code("The car turned back on Saturday.")


def test_speaking_to_a_counterpart_and_hosting_an_army_chief_are_meetings(code):
    assert ("CONSULT", "RUS", "TUR") in tuples(code("The Russian president spoke to his Turkish counterpart on Monday."))
    assert not code("The Russian president spoke to reporters on Monday.")
    found = tuples(code("The Egyptian president welcomed the Sudanese army chief to Cairo."))
    assert ("CONSULT", "EGY", "SDN") in found and not any(t[0] == "SUPPORT" for t in found), found
    assert ("CONSULT", "KEN", "UGA") in tuples(code("The Kenyan president received the Ugandan army chief on Monday."))


def test_lifting_a_veto_or_withdrawing_an_objection_is_a_concession(code):
    assert ("CONCEDE", "TUR", "SWE") in tuples(code("Turkey lifted its veto on Sweden's NATO membership on Monday."))
    assert any(t[:2] == ("CONCEDE", "HUN") for t in tuples(code("Hungary withdrew its objection to the EU aid package on Monday.")))
    assert any(t[:2] == ("CONCEDE", "HUN") for t in tuples(code("Hungary did not withdraw its objection to the package."), "negated"))


def test_investing_in_a_country_is_economic_cooperation_investing_in_ones_army_is_not(code):
    assert any(t[:2] == ("COOPERATE", "SAU") for t in tuples(code("Saudi Arabia invested $10 billion in Egypt on Monday.")))
    assert not code("Iran invested heavily in its army.")
    assert not code("The Saudi investor invested in a football club.")


def test_joining_forces_with_a_side_is_cooperation_joining_the_armed_forces_is_not(code):
    assert ("COOPERATE", "KEN", "SOM") in tuples(code("The Kenyan army joined forces with Somali troops."))
    assert not code("Thousands of young Ukrainians joined the armed forces last year.")


def test_an_event_noun_with_its_doers_as_the_main_subject_is_told_there(code):
    # the subject of the main verb names the event the sentence tells, with its doers in a "by" phrase
    found = tuples(code("Rallies by Bolivian miners spread to three more towns on Thursday."))
    assert any(t == "PROTEST" and a == "BOL" for t, a, _ in found), found
    # or the subject of a clause joined to the main one
    found = tuples(code("The general resigned on Sunday as rallies by Bolivian miners spread across La Paz."))
    assert any(t == "PROTEST" and a == "BOL" for t, a, _ in found), found
    # an event noun judged by another is still only mentioned
    found = tuples(code("Peru condemned the attack by Bolivian miners."))
    assert not any(t == "ASSAULT" for t, _, _ in found), found
    # a definite one restates an event told before: "Bolivia's attack" is no new attack
    found = code("Bolivian miners attacked a police post on Monday. Bolivia's attack prompted Peru to close the border on Thursday.")
    assert len([e for e in found if e["event"][0] == "ASSAULT"]) <= 1, found


def test_a_present_relative_clause_about_its_noun_is_no_deed(code):
    # "clinics it supports": what the noun is to the clause's subject, a standing relation, not an act of support
    found = tuples(code("Kenyan police raided clinics it supports in Mombasa, the Norwegian charity said."), polarity=None)
    assert not any(t == "SUPPORT" for t, _, _ in found), found
    # the deed of a past-tense relative clause is still told
    found = tuples(code("Nigerian troops retook the town that Boko Haram fighters seized on Monday."), polarity=None)
    assert any(t in {"ASSAULT", "COERCE"} for t, _, _ in found), found


@pytest.mark.parametrize("body", ["the national assembly", "the legislature", "Congress"])
def test_restoring_a_dissolved_legislature_is_a_concession(code, body):
    # a ruler who restores the assembly he suspended yields to demands for political reform (CAMEO 083)
    found = tuples(code(f"Under pressure from protesters, Fijian military ruler Frank Bainimarama restored {body} on Monday."))
    assert any(t == "CONCEDE" and a == "FJI" for t, a, _ in found), found


def test_blocking_people_by_force_is_coercion(code):
    # "block" with people as its object: stopping them by force, not a protest's road block
    found = tuples(code("Pakistani rangers blocked an Afghan road-building crew near the frontier on Monday."))
    assert ("COERCE", "PAK", "AFG") in found, found


def test_people_held_somewhere_are_detained_but_talks_held_are_not(code):
    # "hold" with people as its object (or passive subject) is a detention; held talks stay a meeting
    found = tuples(code("The deposed Guinean president was being held at an army camp outside Conakry, diplomats said."))
    assert any(t == "COERCE" and r == "GIN" for t, _, r in found), found
    found = tuples(code("The Guinean president held talks with the Malian leader in Conakry."))
    assert not any(t == "COERCE" for t, _, _ in found), found


def test_keeping_people_from_going_somewhere_is_coercion(code):
    # "stopped ... from reaching": the monitors are kept from the site by force (as "blocked marchers")
    found = tuples(code("Militiamen stopped a team of U.N. inspectors from reaching the airfield."))
    assert ("COERCE", None, "UNO") in found, found
    # a stop of fighting from spreading keeps no one anywhere
    assert not any(t == "COERCE" for t, _, _ in tuples(code("The truce stopped the fighting from spreading.")))


def test_a_with_phrase_the_parser_hangs_on_the_object_still_completes_the_verb(code):
    # "with rebellion" is hung on "leader"; it is what the prosecutors charged him with
    found = tuples(code("On Thursday, Bolivian prosecutors charged the ousted leader with rebellion and conspiracy, "
                        "and a judge ordered that he be held for a week."))
    assert any(t == "ACCUSE" and a == "BOL" for t, a, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # the parser makes "him" the order's object when a phrase follows the participle
    ("A Bolivian judge ordered him jailed for 15 days.", ("COERCE", "BOL", "BOL")),
    # "that ... be freed": the act asked for by an order, done on the orderer's authority
    ("The Kenyan president ordered that the detained protesters be freed.", ("RETREAT", "KEN", None)),
])
def test_an_order_whose_participle_is_the_act_is_that_act(code, text, expected):
    found = tuples(code(text))
    assert expected in found and not any(t == "REQUEST" for t, _, _ in found), found

def test_a_particle_stranded_on_the_noun_after_a_long_object_is_its_verbs(code):
    # the parser hangs "over" on "bombing" (as a particle or an adverb): the handing over of a suspect is
    # still judicial cooperation (hand over + suspect)
    found = tuples(code("Tanzania handed a suspect in the Dar es Salaam embassy bombing over to the United States "
                        "on Monday."))
    assert any(t == "COOPERATE" and a == "TZA" for t, a, _ in found), found
    found = tuples(code("Sudan handed a suspect in the Nairobi bombing over to Kenya on Friday."))
    assert ("COOPERATE", "SDN", "KEN") in found, found


def test_retaliating_by_a_deed_is_that_deed_alone(code):
    # "retaliated by recalling": the answer is the recall (SANCTION), the verb of answering is no attack of its own
    found = tuples(code("Ghana retaliated on Friday by recalling its ambassador from Togo."))
    assert ("ASSAULT", "GHA", "TGO") not in found and not any(t[0] == "ASSAULT" for t in found), found
    assert any(t[0] == "SANCTION" and t[1] == "GHA" for t in found), found


def test_standing_behind_someone_is_support(code):
    # "stand behind" (triggers.tsv): backing a side, not a place where one stands
    found = tuples(code("The Kenyan opposition said it stood firmly behind the striking teachers."))
    assert any(t[0] == "SUPPORT" and t[1] == "KEN" for t in found), found


def test_keeping_someone_from_leaving_restricts_their_movement(code):
    # "prevented/stopped X from leaving" (triggers.tsv): an exit ban holds people where they are (COERCE 172)
    found = tuples(code("Zimbabwean police prevented the opposition leader from leaving his house on Monday."))
    assert any(t[:2] == ("COERCE", "ZWE") for t in found), found


def test_tear_gas_fired_to_break_up_a_crowd_is_an_assault_on_it(code):
    # examples/README.md, crowd control: firing tear gas at people is an ASSAULT, with "at" or without
    found = tuples(code("Chilean police fired tear gas to break up the students marching in Santiago on Thursday."))
    assert any(t[0] == "ASSAULT" and t[1] == "CHL" for t in found), found
    assert not any(t[0] == "COERCE" and t[1] == "CHL" for t in found), found


def test_the_purpose_of_a_prevented_protest_is_no_protest_of_its_own(code):
    # the march was prevented: its "to protest" tells what it would have been for, not a protest held
    events = code("Riot police in Harare prevented a march staged by nurses in the city centre on Monday to protest unpaid wages.")
    assert not any(e["event"] == ["PROTEST"] and e["polarity"] == "asserted" for e in events), events
    assert any(e["event"] == ["COERCE"] for e in events), events


def test_a_decision_judged_by_another_states_nothing_for_its_owner(code):
    # the judge speaks of the decision; its owner promises nothing in this sentence
    found = tuples(code("The EU welcomed Iran's decision to resume talks with the IAEA."))
    assert ("SUPPORT", "EUR", "IRN") in found and not any(t[0] == "AGREE" for t in found), found
    found = tuples(code("Moscow backed the Syrian government's decision to free 300 prisoners."))
    assert not any(t[0] == "AGREE" for t in found), found
    # stated by its owner, the act still ahead is a promise
    found = tuples(code("Iran said it would resume talks with the IAEA."))
    assert ("AGREE", "IRN", "IGO") in found, found


def test_stopping_shipments_to_a_country_is_a_sanction_and_a_promise_to_is_a_threat(code):
    found = tuples(code("Moscow said on Monday it would stop grain shipments to Georgia."))
    assert ("THREATEN", "RUS", "GEO") in found
    assert ("SANCTION", "RUS", "GEO") in tuples(code("Russia stopped grain shipments to Georgia on Monday."))


def test_an_exit_ban_on_another_states_people_stays_a_restriction_not_an_embargo(code):
    # exit_ban_objects.txt: holding foreigners in is PLOVER's COERCE (restrict movement), not SANCTION
    found = tuples(code("Iran barred two Swedish diplomats from leaving the country on Sunday."))
    assert ("COERCE", "IRN", "SWE") in found and not any(t[0] == "SANCTION" for t in found), found
    # a border closed against a neighbour is still an embargo (the PLOVER gold standard)
    assert ("SANCTION", "PER", "BOL") in tuples(code("Peru closed its border with Bolivia on Sunday."))


def test_a_request_told_in_a_relative_clause_on_its_addressee_is_news_not_a_description(code):
    # "the ministers, whom the rebels had taken hostage" tells who they are; "whom he asked to mediate"
    # tells a request made to them
    found = tuples(code("Peru's president said he would meet Bolivia's foreign minister, whom he asked to mediate."))
    assert ("REQUEST", "PER", "BOL") in found, found


def test_what_a_report_says_another_party_wants_to_do_is_no_threat_of_that_party(code):
    # desire_verbs.txt: the spokesman claims a French wish; France has threatened nothing
    said = code("A junta spokesman said France wanted to strike the presidential palace.")
    assert not any(t[0] == "THREATEN" for t in tuples(said)), tuples(said, None)
    # the party stating its own wish still threatens
    own = code("Israel said it wanted to attack Iran's nuclear sites.")
    assert ("THREATEN", "ISR", "IRN") in tuples(own), tuples(own, None)


def test_a_border_closed_by_a_body_of_states_against_a_state_is_an_embargo(code):
    # an intergovernmental body has no home of its own: a border it closes against a state is aimed abroad
    found = tuples(code("The European Union closed its borders with Belarus on Friday."))
    assert ("SANCTION", "EUR", "BLR") in found and ("COERCE", "EUR", "BLR") not in found, found


def test_an_exit_ban_on_another_states_citizens_stays_a_restriction(code):
    # keeping foreigners from leaving holds them in; it is no embargo cutting their state off
    found = tuples(code("Iran barred all French nationals from leaving the country on Monday."))
    assert ("COERCE", "IRN", "FRA") in found and ("SANCTION", "IRN", "FRA") not in found, found


def test_a_threat_of_sanctions_is_aimed_at_whom_the_sanctions_would_hit(code):
    # "the group's leaders" are coded only by coreference, after the sentence: the threat shares them
    found = tuples(code("Congolese M23 rebels seized the town of Goma on Tuesday. The African Union threatened "
                        "to impose sanctions on the group's leaders on Wednesday."))
    assert ("THREATEN", "IGO", "COD") in found, found


def test_ordering_battalions_to_a_border_is_a_deployment(code):
    # units named by their size (battalions, brigades, tank units) are forces sent, as "ordered troops to"
    events = code("CARACAS, May 4 (Eventwire) - Venezuela's president ordered six battalions and a tank brigade to "
                  "the Guyanese border on Sunday.", published=date(2015, 5, 4))
    assert any(t[0] == "MOBILIZE" and t[1] == "VEN" for t in tuples(events)), tuples(events)


def test_a_cancelled_visit_reduces_relations_with_its_host(code):
    # a planned visit called off as a snub is a SANCTION on the host (the PLOVER gold standard's reading)
    events = code("MADRID, Nov 9 (Eventwire) - Spain's foreign minister cancelled a planned visit to Caracas on "
                  "Monday after Venezuelan troops detained two Spanish journalists.", published=date(2009, 11, 9))
    assert ("SANCTION", "ESP", "VEN") in tuples(events), tuples(events)
    assert not any(t[0] == "REJECT" and t[1] == "ESP" for t in tuples(events)), tuples(events)


def test_revenge_taken_on_someone_is_an_attack_on_them(code):
    # "take revenge on" and "exact revenge on" strike back, as retaliate; a promised one is a threat
    events = code("HAVANA, May 2 (Eventwire) - State radio said Cuba would take revenge on the exile groups in Miami.",
                  published=date(1996, 5, 2))
    assert any(e["event"] == ["ASSAULT"] and e["polarity"] == "future" for e in events), events
    assert any(t[0] == "THREATEN" and t[1] == "CUB" for t in tuples(events)), tuples(events)


@pytest.mark.parametrize("text, expected", [
    ("Twelve people were burned to death in Kivu on Friday.", ("ASSAULT", None, None)),
    ("Serb militiamen tore down the mosque in the Bosnian town of Foca on Friday.", ("ASSAULT", "SRB", "BIH")),
    ("Riots spread in Lagos, and the Nigerian army was called out on Friday.", ("MOBILIZE", "NGA", None)),
    ("Thousands of Russian troops poured into the Georgian town of Gori on Friday.", ("MOBILIZE", "RUS", "GEO")),
    ("Somali rebels swept into the Somali town of Baidoa on Friday.", ("COERCE", "SOM", "SOM")),
])
def test_phrasal_deeds_of_force(code, text, expected):
    # 'burned to death' as 'hacked to death'; 'tore down' a building as 'demolished'; 'called out the army'
    # as 'called in'; forces 'pouring into' a place as 'rolling into'; forces 'sweeping into' a place take it
    found = tuples(code(text))
    assert expected in found, found


def test_a_vow_to_topple_rulers_with_a_phrase_before_the_infinitive_is_a_threat(code):
    # the parser takes "to uproot" after "before a crowd ... in Benghazi" for a purpose clause; a promise's
    # bare to-infinitive is still what it promises, and uprooting rulers is force (force_words.txt)
    found = tuples(code("The Libyan militia commander vowed before a crowd of hundreds of thousands in Benghazi to “uproot the Tripoli rulers” in revenge."))
    assert any(t[0] == "THREATEN" and t[1] == "LBY" for t in found), found
    assert not any(t[0] == "AGREE" for t in found), found


def test_people_told_by_number_who_died_are_a_toll_with_no_doer(code):
    # a verb of dying with a counted subject tells an attack's toll; the dead's own phrase gives their country
    found = tuples(code("Peru said 41 of its soldiers had died since the insurgency resumed in the jungle."))
    assert ("ASSAULT", None, "PER") in found, found
    # a death in a crash is no one's deed, and a named person's death is no toll
    assert not tuples(code("At least 40 pilgrims died in a bus crash on the mountain road on Monday."))
    assert not tuples(code("The former senator died at his home in Lima in 2019."))


def test_peacekeeping_troops_arriving_in_a_place_are_aid_not_a_deployment_of_force(code):
    # "peacekeeping" on the troops outranks the bare troops' "arrived in" row (MOBILIZE)
    found = tuples(code("The first Ghanaian peacekeeping troops arrived in South Sudan on Thursday."))
    assert any(t[0] == "AID" and t[1] == "GHA" for t in found), found
    assert not any(t[0] == "MOBILIZE" for t in found), found


def test_talks_offered_to_protest_leaders_give_them_no_country(code):
    # the crowd's leaders are no state: the offer of talks is an AGREE with no coded recipient
    events = code("QUITO, June 8 (Eventwire) - The president said on Monday that his government would hold talks"
                  " with protest leaders this week.", published=date(2020, 6, 8))
    assert ("AGREE", "ECU", None) in tuples(events), tuples(events)


def test_a_charge_told_in_a_relative_clause_on_its_target_is_coded(code):
    # the charge is its maker's stance, news of its own in any tense, not a label saying which person is meant
    found = tuples(code("Ibrahim Musa, the Sudanese colonel whom Chad accuses of arming the rebels, told reporters"
                        " he was innocent."))
    assert ("ACCUSE", "TCD", "SDN") in found, found
    found = tuples(code("Troops shelled the camp in revenge for the ambush, which Bamako blames on Islamic State."))
    assert ("ACCUSE", "MLI", "IMG") in found, found
    # inside someone's reported words it only describes who was acted on
    found = tuples(code("Amnesty said Kenyan police beat Somali refugees, whom officials blame for the bombings."))
    assert not any(t[0] == "ACCUSE" for t in found), found


def test_a_leader_flying_to_a_foreign_capital_visits_its_government(code):
    found = tuples(code("Kenya's foreign minister flew to Kampala on Tuesday and met Ugandan officials."))
    assert ("CONSULT", "KEN", "UGA") in found, found
    # a trip at home, or a flight into a country after quitting, hosts no visit
    found = tuples(code("The Colombian president flew to Cali on Monday after the floods."))
    assert not any(t[0] == "CONSULT" for t in found), found
    found = tuples(code("The Ecuadorean prime minister, who had flown to Spain a week earlier, resigned on Friday."))
    assert not any(t[0] == "CONSULT" for t in found), found
    # forces flown somewhere are still a deployment
    found = tuples(code("Moscow flew 200 paratroopers to Bishkek on Friday."))
    assert any(t[0] == "MOBILIZE" and t[1] == "RUS" for t in found), found


def test_a_progressive_relative_clause_describing_a_named_group_tells_no_deed(code):
    # "X, a group that is fighting Y" says who X is, its ongoing cause, not a deed the sentence tells
    found = tuples(code("Police blamed the ONLF, a rebel group that is fighting Ethiopian rule in the Ogaden,"
                        " for the bombing."))
    assert not any(t[0] == "ASSAULT" for t in found), found
    # a relative clause on a doer told bare, not set beside a name, still tells the fighting
    found = tuples(code("Rebels who are fighting Congolese troops near Goma shelled the town on Monday."))
    assert ("ASSAULT", None, "COD") in found, found


def test_time_granted_with_a_fate_after_or_is_an_ultimatum(code):
    # "or face sanctions" is held over Mali if it misses the deadline: a threat aimed at whom it is given to;
    # a bare term to act ("gave the envoys three days to leave") threatens no one
    found = tuples(code("ECOWAS gave Mali ten days to release the detained ministers or face sanctions."))
    assert ("THREATEN", "IGO", "MLI") in found, found
    assert not any(e == "RETREAT" for e, _, _ in found), found  # the release is demanded, not done
    found = tuples(code("Ghana gave the Togolese envoys three days to leave the country."))
    assert not any(e == "THREATEN" for e, _, _ in found), found
