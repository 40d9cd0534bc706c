"""Polarity: negated, hypothetical, future; denials, threats, stated intents."""
import pytest
from conftest import tuples


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


def test_reported_would_is_future(code):
    events = code("Germany said it would send weapons to Ukraine.")
    assert [e for e in events if e["event"] == ["AID"] and e["polarity"] == "future"]


def test_if_clause_event_is_nobodys_threat(code):
    events = code("Norway is willing to send weapons to help defend Saudi Arabia if it is attacked.")
    assault = [e for e in events if e["event"] == ["ASSAULT"]]
    assert all(e["polarity"] == "hypothetical" for e in assault)
    assert not [e for e in events if e["event"] == ["THREATEN"]]


def test_modal_threat_is_coded_as_threaten(code):
    events = code("Turkey would impose sanctions on Cyprus, the Turkish foreign minister said.")
    assert [e for e in events if e["event"] == ["SANCTION"] and e["polarity"] != "asserted"]


def test_refusal_to_cooperate_is_reject(code):
    events = code("Syria will not accept any more refugees from Iraq.")
    assert any(e["event"] == ["REJECT"] and e["polarity"] == "asserted" for e in events), events


def test_vow_of_force_is_a_threat(code):
    events = code("Iran vowed to strike American forces in the region.")
    assert ("THREATEN", "IRN", "USA") in tuples(events)
    assert not [e for e in events if e["event"] == ["AGREE"]]


def test_conjunct_of_a_denial_is_asserted(code):
    events = code("The TPLF denied attacking the base and accused the Ethiopian government of seeking a pretext.")
    accuse = [e for e in events if e["event"] == ["ACCUSE"]]
    assert accuse and accuse[0]["polarity"] == "asserted"


def test_a_rejected_offer_was_still_made(code):
    events = code("Ukraine rejected a U.S. offer to evacuate the president.")
    assert ("REJECT", "UKR", "USA") in tuples(events)
    offers = [e for e in events if e["event"] == ["AGREE"]]
    assert all(e["polarity"] == "asserted" for e in offers)


def test_an_infinitive_after_a_noun_is_asked_or_offered_not_done(code):
    events = code("Yemen rejected a U.S. request to interrogate the detainees.")
    assert all(e["polarity"] != "asserted" for e in events if e["event_text"] == ["interrogate"]), events
    events = code("Putin was the first foreign leader to visit Kabul.")
    assert any(e["polarity"] == "asserted" for e in events if e["event"][0] == "CONSULT"), events


def test_a_deed_named_after_a_time_preposition_happened(code):
    events = code("Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting.")
    types = {e["event"][0] for e in events if e["polarity"] == "asserted"}
    assert "AGREE" in types and "THREATEN" not in types, events


def test_a_finite_verb_after_an_infinitive_is_not_part_of_it(code):
    events = code("The French president threatened to impose tariffs on Italy and called on Rome to reopen the border.")
    assert ("REQUEST", "FRA", "ITA") in tuples(events)
    assert ("SANCTION", "FRA", "ITA") not in tuples(events)  # the tariffs were only threatened
    events = code("Rebels agreed to lay down their arms and to release the hostages.")
    assert not [e for e in events if e["event"][0] == "RETREAT" and e["polarity"] == "asserted"]


def test_an_act_asked_for_in_an_event_noun_is_no_promise_of_its_doer(code):
    events = code("Hamas rejected an invitation to attend talks with Fatah in Cairo.")
    assert not [e for e in events if e["event"][0] == "AGREE" and e["polarity"] == "asserted"]
    assert any(e["event"][0] == "CONSULT" and e["polarity"] == "hypothetical" for e in events)
    # a plan is its owner's own intent and still gives the statement of intent
    events = code("Russia announced plans to withdraw its troops from Armenia.")
    assert ("AGREE", "RUS", "ARM") in tuples(events)


def test_a_finite_verb_after_a_nouns_infinitive_has_the_main_subject(code):
    events = code("Beijing backed the Hong Kong government's decision to suspend the bill and accused "
                  "the United States of interfering.")
    assert ("ACCUSE", "CHN", "USA") in tuples(events)
    assert not [e for e in events if e["event"][0] == "ACCUSE" and e["polarity"] != "asserted"]


def test_an_intention_denied_is_the_event_denied_not_a_threat(code):
    events = code("Moscow has no plans to invade Ukraine, a Kremlin spokesman said on Monday.")
    assault = [e for e in events if e["event"] == ["ASSAULT"]]
    assert assault and assault[0]["polarity"] == "negated"
    assert not [e for e in events if e["event"] == ["THREATEN"]]


def test_a_plan_demanded_cancelled_is_no_statement_of_intent(code):
    # the plan is read in its own context: inside a demand, or called off, it promises nothing
    events = code("Sweden on Monday demanded that Norway cancel plans to sell fighter jets to Finland.")
    assert ("REQUEST", "SWE", "NOR") in tuples(events)
    assert not [e for e in events if e["event"] == ["AGREE"] and e["polarity"] == "asserted"]
    events = code("Norway cancelled its plans to sell fighter jets to Finland.")
    assert not [e for e in events if e["event"] == ["AGREE"] and e["polarity"] == "asserted"]
    assert not [e for e in events if e["polarity"] == "future"]


def test_not_intending_to_withdraw_is_a_withdrawal_denied_not_a_promise(code):
    # a refusal (REJECT) is read off it only when it answers a request (intents.tsv "refusal")
    events = code("Paris does not intend to withdraw its soldiers from Niger, the defence ministry said.")
    retreat = [e for e in events if e["event"] == ["RETREAT"]]
    assert retreat and retreat[0]["polarity"] == "negated"
    assert not [e for e in events if e["event"] == ["AGREE"]]
    events = code("Paris does not intend to withdraw its soldiers from Niger despite demands from the junta.")
    assert ("REJECT", "FRA", "NER") in tuples(events) or ("REJECT", "FRA", None) in tuples(events)


@pytest.mark.parametrize("text", [
    "A car bomb went off outside a hotel in Mogadishu on Friday, killing nine Somali soldiers.",
    "Israeli troops went on to raid the Balata refugee camp near Nablus.",
])
def test_a_clause_under_a_plain_go_has_happened(code, text):
    # only "is going to" speaks of the future; "went off, killing" and "went on to raid" tell what happened
    events = code(text)
    assert events and all(e["polarity"] == "asserted" for e in events), [(e["event"], e["polarity"]) for e in events]


def test_be_going_to_is_still_future(code):
    events = code("Russia is going to invade Ukraine within days, the U.S. president said.")
    assert any(e["event"] == ["ASSAULT"] and e["polarity"] == "future" for e in events)


def test_rejected_accusation_content_is_not_asserted(code):
    # the clause of a noun ("accusation", "claims", "reports") that the actor rejects is denied, as "denied attacking"
    events = code("Minsk dismissed the accusation that Belarusian troops had shelled villages in northern Ukraine.")
    assert [e for e in events if e["event"] == ["REJECT"]]
    assault = [e for e in events if e["event"] == ["ASSAULT"]]
    assert assault and all(e["polarity"] == "negated" for e in assault)
    events = code("Pyongyang denied reports that it had deployed troops to the Russian front.")
    assert not [e for e in events if e["event"] == ["MOBILIZE"] and e["polarity"] == "asserted"]


def test_accusation_content_is_a_claim_not_a_deed(code):
    events = code("Baku's accusation that Armenian forces attacked its positions in Nagorno-Karabakh raised tensions.")
    assault = [e for e in events if e["event"] == ["ASSAULT"]]
    assert assault and all(e["polarity"] == "hypothetical" for e in assault)
    # a claim is nobody's threat
    assert not [e for e in events if e["event"] == ["THREATEN"]]


@pytest.mark.parametrize("text, etype", [
    ("The embargo will stay in place until the junta releases all political prisoners.", "RETREAT"),
    ("The bloc said sanctions would remain until the army hands over power to a civilian government.", "RETREAT"),
])
def test_a_present_tense_in_a_time_clause_of_what_is_to_come_has_not_happened(code, text, etype):
    events = code(text)
    found = [e for e in events if e["event"] == [etype]]
    # a condition still to be met (polarity.py, _pending), not told as done
    assert found and all(e["polarity"] == "hypothetical" for e in found), events
    # nobody has promised anything by it
    assert not [e for e in events if e["event"][0] in {"AGREE", "THREATEN"}], events


def test_a_time_clause_of_what_happened_stays_asserted(code):
    events = code("The army shelled the town until the rebels released the hostages.")
    assert [e["polarity"] for e in events if e["event"] == ["RETREAT"]] == ["asserted"], events


@pytest.mark.parametrize("text, etype", [
    ("The union repeated its demand that Germany lift the curfew on Turkish workers.", "CONCEDE"),
    ("Egypt rejected a US request that it release the jailed activists.", "RETREAT"),
])
def test_the_content_of_a_demand_is_asked_for_not_done(code, text, etype):
    events = code(text)
    assert not [e for e in events if e["event"] == [etype] and e["polarity"] == "asserted"], events


def test_an_act_allowed_is_not_told_as_done(code):
    events = code("The interior minister allowed the opposition leader to hold a rally in Islamabad.")
    assert not [e for e in events if e["event"] == ["PROTEST"] and e["polarity"] == "asserted"], events


@pytest.mark.parametrize("text, etype", [
    ("A Danish aid worker was arrested in Syria for collaborating with Israel.", "COOPERATE"),
    ("Police in Kenya arrested three men for attacking a bus in Nairobi.", "ASSAULT"),
])
def test_the_deed_an_arrest_is_for_is_alleged(code, text, etype):
    events = code(text)
    assert [e for e in events if e["event"] == ["COERCE"] and e["polarity"] == "asserted"], events
    assert not [e for e in events if e["event"] == [etype] and e["polarity"] == "asserted"], events
    assert not [e for e in events if e["event"] == ["THREATEN"]], events


@pytest.mark.parametrize("text, etype", [
    ("The Baloch rebels said Pakistan must free their leaders before they disarm.", "RETREAT"),
    ("The ban on the party stays in force until the generals hand over power.", "RETREAT"),
])
def test_a_pending_time_clause_is_a_condition_not_an_event(code, text, etype):
    events = code(text)
    assert not [e for e in events if e["event"] == [etype] and e["polarity"] == "asserted"], events


def test_a_past_time_clause_is_told_as_done(code):
    events = code("Hamas fired rockets at Israeli towns minutes before Israeli jets bombed Gaza.")
    assert ("ASSAULT", "ISR", "PSE") in tuples(events), events


def test_a_subjunctive_is_wanted_not_done(code):
    events = code("Kenyan opposition leaders insisted that President William Ruto release the detained journalists.")
    assert not [e for e in events if e["event"] == ["RETREAT"] and e["polarity"] == "asserted"], events
    assert not [e for e in events if e["event"] == ["AGREE"]], events


def test_stopping_short_of_an_act_is_not_doing_it(code):
    events = code("The Arab League condemned the raid but stopped short of imposing sanctions on Israel.")
    sanctions = [e for e in events if e["event"] == ["SANCTION"]]
    assert sanctions and all(e["polarity"] == "negated" for e in sanctions), events


def test_a_vetoed_measure_does_not_happen(code):
    events = code("Poland vetoed the EU aid package for Moldova on Friday.")
    aid = [e for e in events if e["event"] == ["AID"]]
    assert aid and all(e["polarity"] == "negated" for e in aid), events
    assert [e for e in events if e["event"] == ["REJECT"] and e["polarity"] == "asserted"]


def test_a_reported_would_with_an_if_clause_stays_conditional(code):
    events = code("Lavrov said Russia would cooperate with the inquiry only if Britain shared its evidence.")
    assert [e["polarity"] for e in events if e["event"] == ["COOPERATE"] and e["actor"][0]["code"] == "RUS"] \
        == ["hypothetical"], events
    events = code("Germany said it would send 1,000 anti-tank weapons to Ukraine.")
    assert [e["polarity"] for e in events if e["event"] == ["AID"]] == ["future"], events


@pytest.mark.parametrize("text, etype, expected", [
    # a present-tense relative clause on those a possible or future act befalls: a condition
    ("Strikers who refuse to return to work could lose their jobs, the minister said.", "REJECT", "hypothetical"),
    ("Anyone who attacks the soldiers will be punished.", "ASSAULT", "hypothetical"),
    # a present-tense clause that is the subject of an act to come: a condition too
    ("Whoever shells our villages will pay dearly, the Armenian minister said.", "ASSAULT", "hypothetical"),
    # told in the past, the deed in the relative clause was done
    ("Rebels who attacked the base were killed.", "ASSAULT", "asserted"),
])
def test_a_present_relative_clause_on_whom_a_possible_act_befalls_is_a_condition(code, text, etype, expected):
    assert [e["polarity"] for e in code(text) if e["event"] == [etype]] == [expected]


@pytest.mark.parametrize("text, etype", [
    ("Kenya welcomed the statement as proof of Uganda's wish for a deal to be reached in border talks with Tanzania.",
     "CONSULT"),
    ("Aid groups stressed the need for Sudanese troops to withdraw from the camp.", "RETREAT"),
])
def test_a_for_infinitive_is_wished_not_done_nor_promised(code, text, etype):
    events = code(text)
    assert any(e["event"] == [etype] and e["polarity"] == "hypothetical" for e in events), events
    assert not any(e["polarity"] == "asserted" and e["event"] in ([etype], ["AGREE"]) for e in events), events


def test_the_content_of_a_demanded_admission_is_not_told_as_done(code):
    events = code("Armenia demanded an admission by Ankara that Ottoman troops killed thousands of Armenian civilians in 1915.")
    assert not any(e["event"] == ["ASSAULT"] and e["polarity"] == "asserted" for e in events), events
    events = code("Ankara welcomed the admission by Armenia that its troops had shelled the Turkish border post.")
    assert any(e["event"] == ["ASSAULT"] and e["polarity"] == "asserted" for e in events), events


def test_what_a_vetoed_text_says_is_not_done(code):
    vetoed = code("Moscow vetoed a U.N. resolution condemning its strikes on Aleppo.")
    assert [e for e in vetoed if e["event"] == ["ACCUSE"]]
    assert not [e for e in vetoed if e["event"] == ["ACCUSE"] and e["polarity"] == "asserted"]
    adopted = code("The Security Council adopted a resolution condemning the rebel offensive.")
    assert [e for e in adopted if e["event"] == ["ACCUSE"] and e["polarity"] == "asserted"]


def test_sanctions_threatened_are_coded_as_sanctions_not_yet_imposed(code):
    events = code("The European Union threatened new economic sanctions against Belarus on Friday.")
    assert ("THREATEN", "EUR", "BLR") in tuples(events)
    assert ("SANCTION", "EUR", "BLR") in tuples(events, "hypothetical")
    assert ("SANCTION", "EUR", "BLR") not in tuples(events)


def test_an_inquiry_promised_is_future_not_held(code):
    events = code("Kenya's president promised a full inquiry into the shootings of protesters in Nairobi.")
    assert ("AGREE", "KEN", None) in tuples(events)
    assert [e for e in events if e["event"] == ["ACCUSE"] and e["polarity"] == "future"]
    assert not [e for e in events if e["event"] == ["ACCUSE"] and e["polarity"] == "asserted"]


@pytest.mark.parametrize("text", [
    "Hezbollah denied any role in the bombing of the bus in Burgas.",
    "Hezbollah denied that it had any involvement in the bombing of the bus in Burgas.",
    "Hezbollah denied responsibility for the bombing of the bus in Burgas.",
])
def test_a_deed_whose_part_is_denied_is_negated_and_done_by_the_denier(code, text):
    events = code(text)
    assert ("REJECT", "LBN", None) in tuples(events)
    assault = [e for e in events if e["event"] == ["ASSAULT"]]
    assert assault and all(e["polarity"] == "negated" for e in assault)
    assert assault[0]["actor"][0]["code"] == "LBN"


def test_a_clause_with_its_own_subject_does_not_share_its_siblings_negation(code):
    events = code("Hanoi has not commented, and the Vietnamese envoy rejected the Chinese claims on Monday.")
    assert [e["polarity"] for e in events if e["event"] == ["REJECT"]] == ["asserted"]
    # a conjunct without a subject of its own still shares it
    events = code("Vietnam did not reject the claims or accuse China of anything.")
    assert "asserted" not in [e["polarity"] for e in events if e["event"] == ["ACCUSE"]]


@pytest.mark.parametrize("text, trigger", [
    ("The union said its members would stay on strike until the minister resigned.", "resigned"),
    ("The rebels vowed to keep fighting until the president stepped down.", "stepped down"),
    ("The rebels said they would not hold talks until President Kiir was handed over.", "handed over"),
])
def test_a_past_tense_time_clause_under_an_act_to_come_is_a_condition(code, text, trigger):
    events = [e for e in code(text) if e["event_text"] == [trigger]]
    assert events and all(e["polarity"] == "hypothetical" for e in events), events


def test_a_past_time_clause_of_a_deed_done_still_happened(code):
    events = [e for e in code("Protesters stayed in the square until the president resigned.") if e["event_text"] == ["resigned"]]
    assert [e["polarity"] for e in events] == ["asserted"], events


def test_a_backshifted_relative_clause_on_any_is_still_a_condition(code):
    # reported speech puts "refused" in the past, but "any fighters who refused" are whoever would refuse
    events = code("The commander said his men would detain any fighters who refused to leave the town.")
    refusals = [e for e in events if e["event"] == ["REJECT"]]
    assert all(e["polarity"] != "asserted" for e in refusals), refusals


def test_an_infinitive_after_a_question_word_is_an_open_question(code):
    # what envoys will discuss how to do is not done, nor promised: no threat of sanctions either
    events = code("The French envoy will travel to Tehran next week to discuss how to enforce the sanctions.")
    sanctions = [e for e in events if e["event"] == ["SANCTION"]]
    assert all(e["polarity"] == "hypothetical" for e in sanctions), sanctions
    assert not any(e["event"] == ["THREATEN"] for e in events), events
    # a finite clause after "how" tells a deed
    events = code("The mother told reporters how Syrian soldiers shot her son in Homs.")
    assert any(e["event"] == ["ASSAULT"] and e["polarity"] == "asserted" for e in events), events


def test_a_disavowed_purpose_is_negated_and_no_threat(code):
    # "not here to fight" denies the fighting as a purpose: nothing asserted, no threat read off it
    events = code('"We are not here to fight the Serbian army," the Italian commander told reporters in Pristina.')
    assert any(e["event"] == ["ASSAULT"] and e["polarity"] == "negated" for e in events), events
    assert not any(e["event"] == ["THREATEN"] for e in events), events


def test_an_act_in_a_when_clause_of_a_promise_is_a_condition_not_a_promise(code):
    # "would reopen ... when Hamas freed the soldier": the freeing is the condition, nobody's statement
    events = code("Egypt said it would reopen the crossing when Hamas freed the soldier.")
    assert not any(e["event"] == ["AGREE"] and e["actor"] and e["actor"][0]["code"] == "PSE" for e in events), events
    # a "when" clause of a deed told as done is told as done
    found = tuples(code("Police fired tear gas when protesters stormed the building."))
    assert any(t[0] == "PROTEST" for t in found), found


def test_subject_under_no_negates_the_deed(code):
    # "no ... would be deployed": nobody of that kind did it, so neither the deployment nor a threat is told
    events = code("Oslo will fund the mission, but the defence minister said no Norwegian soldiers would be sent to the region.")
    mobilize = [e for e in events if e["event"] == ["MOBILIZE"]]
    assert mobilize and all(e["polarity"] == "negated" for e in mobilize)
    assert not [e for e in events if e["event"] == ["THREATEN"]]


def _polarity_of(events, event_type):
    return [e["polarity"] for e in events if e["event"] == [event_type]]


def test_conjunct_with_its_own_auxiliary_keeps_its_own_polarity(code):
    # "would not veto" does not reach "would meet": the second verb has a "would" of its own
    events = code("The president said he would not veto the budget and would meet opposition leaders next week.")
    assert _polarity_of(events, "CONSULT") == ["future"]


def test_would_under_a_promise_is_future(code):
    events = code("Peru's defence minister pledged that Lima would cooperate with the Chilean inquiry.")
    assert _polarity_of(events, "COOPERATE") == ["future"]


def test_reported_would_in_a_later_conjunct_is_future(code):
    events = code("The minister said he had not seen the report and that the army would investigate the shooting.")
    assert _polarity_of(events, "ACCUSE") == ["future"]


def test_promise_on_a_condition_is_hypothetical(code):
    events = code("Japan is ready to send engineers to Sri Lanka if the government in Colombo asks for help.")
    assert _polarity_of(events, "AID") == ["hypothetical"]


def test_reported_would_with_an_unless_clause_is_hypothetical(code):
    events = code("The rebels said they would resume attacks on the army unless the talks restarted.")
    assert _polarity_of(events, "ASSAULT") == ["hypothetical"]
    # the ultimatum is still coded as the threat it is
    assert [e for e in events if e["event"] == ["THREATEN"] and e["polarity"] == "asserted"]


def test_condition_on_the_promise_above_the_act_makes_it_hypothetical(code):
    # the "if" clause hangs on "ready", not on "help"
    events = code("Canada was ready to help Haiti if its next government presented a credible plan.")
    assert _polarity_of(events, "AID") == ["hypothetical"]


def test_only_when_is_a_condition(code):
    events = code("Washington would lift sanctions against Havana only when Cuba freed its political prisoners, "
                  "the president told reporters.")
    lift = [e for e in events if e["event"] == ["RETREAT"] and e["actor"] and e["actor"][0]["code"] == "USA"]
    assert lift and all(e["polarity"] == "hypothetical" for e in lift)


def test_infinitive_of_a_saying_with_an_addressee_is_an_instruction(code):
    events = code("The police chief denied that officers had been told to detain the opposition leader.")
    assert _polarity_of(events, "COERCE") == ["negated"]


def test_be_with_an_infinitive_is_future(code):
    events = code("The Indian prime minister is to visit Dhaka next week.")
    assert _polarity_of(events, "CONSULT") == ["future"]
    assert ("CONSULT", "IND", "BGD") not in tuples(events)


def test_hopes_to_is_future_though_the_lemma_is_wrong(code):
    events = code("China hopes to resume talks with Taiwan.")
    assert _polarity_of(events, "CONSULT") == ["future"]


def test_subject_none_or_nobody_negates_the_deed(code):
    for text in ("Hamas said none of its fighters had attacked the convoy.",
                 "Neither side has attacked the convoy since Monday."):
        assert _polarity_of(code(text), "ASSAULT") == ["negated"]


@pytest.mark.parametrize("text, event_type, polarity", [
    ("The government has yet to release the detained journalists.", "RETREAT", "negated"),
    ("Tanzania was unable to send troops to Mozambique.", "MOBILIZE", "negated"),
    ("Pakistan is unlikely to send troops to Yemen.", "MOBILIZE", "hypothetical"),
])
def test_not_yet_unable_and_unlikely_acts_are_not_asserted(code, text, event_type, polarity):
    assert _polarity_of(code(text), event_type) == [polarity]


@pytest.mark.parametrize("text, polarity", [
    ("Officials said talks between Israel and Hamas would not take place this week.", "negated"),
    ("Planned talks between Israel and Hamas did not go ahead.", "negated"),
    ("Talks between Israel and Hamas could begin next week.", "hypothetical"),
])
def test_event_noun_takes_the_polarity_of_its_verb_of_occurrence(code, text, polarity):
    assert set(_polarity_of(code(text), "CONSULT")) == {polarity}


def test_an_act_one_has_to_do_is_not_done(code):
    events = code("Kenya said Somalia has to withdraw its forces from the border.")
    retreat = [e for e in events if e["event"] == ["RETREAT"]]
    assert retreat and all(e["polarity"] == "hypothetical" for e in retreat), events
    # in a reported clause a past "had to" is the speaker's "has to"
    events = code("Erdogan told Putin that Syrian forces had to withdraw from the town.")
    retreat = [e for e in events if e["event"] == ["RETREAT"]]
    assert retreat and all(e["polarity"] == "hypothetical" for e in retreat), events
    # told by the narrator, a past "had to" says what was done
    events = code("Nigerian police had to fire tear gas at the crowd in Abuja.")
    assert any(e["event"] == ["ASSAULT"] and e["polarity"] == "asserted" for e in events), events


def test_any_one_who_does_something_in_the_present_is_a_condition_whatever_act_it_hangs_on(code):
    # "attacks on any country that backs": the backing picks out a target, it is told as done by no one
    events = code("The militia threatened attacks on any country that supports the peace mission.")
    support = [e for e in events if e["event"] == ["SUPPORT"]]
    assert all(e["polarity"] != "asserted" for e in support), events


def test_an_act_someone_is_to_be_persuaded_into_is_not_told_as_done(code):
    # the act is what the envoy means to talk the other side into: it has not happened
    events = code("The envoy went to Tripoli on Monday on a mission to persuade the rebels to free the hostages.")
    assert not [e for e in events if e["event"] == ["RETREAT"] and e["polarity"] == "asserted"]
    events = code("Diplomats tried to convince Ankara to withdraw its troops from the border.")
    assert not [e for e in events if e["event"] == ["RETREAT"] and e["polarity"] == "asserted"]


def test_what_a_trip_is_made_for_is_still_ahead(code):
    # the aim the traveller set out with is not told as done
    events = code("The Qatari envoy flew to Nairobi on Monday to seek Kenyan support for the peace plan.")
    assert not [e for e in events if e["event"] == ["REQUEST"] and e["polarity"] == "asserted"]
    assert [e for e in events if e["event"] == ["REQUEST"] and e["polarity"] == "future"]
    # "embarked on a tour" is a journey too
    events = code("The foreign minister embarked on a tour of the Gulf on Sunday to seek Saudi support for the plan.")
    assert not [e for e in events if e["event"] == ["REQUEST"] and e["polarity"] == "asserted"]


def test_a_progressive_infinitive_after_a_passive_report_is_asserted(code):
    # "were reported to be massing": a report of what is going on, no one told to do it
    events = code("Chinese troops were reported to be massing near the border on Monday.")
    assert ("MOBILIZE", "CHN", None) in tuples(events), events
    # "were told to detain" still only orders it
    events = code("Kenyan officers were told to detain the protesters.")
    assert not any(t[0] == "COERCE" for t in tuples(events)), events


def test_a_deed_talked_about_is_neither_done_nor_threatened(code):
    # "about" with a gerund after a verb of speaking is a topic, not "about to"
    events = code("In the recordings, Somali militia commanders talked about shelling the airport.")
    assault = [e for e in events if e["event"] == ["ASSAULT"]]
    assert assault and all(e["polarity"] == "hypothetical" for e in assault), events
    assert not any(e["event"] == ["THREATEN"] for e in events), events
    # "about to" still tells what is coming
    events = code("The militia is about to shell the airport.")
    assert any(e["event"] == ["ASSAULT"] and e["polarity"] == "future" for e in events), events


def test_a_deed_told_before_a_semicolon_is_not_denied_by_the_clause_after_it(code):
    # "X was detained; X denied any crime": the detention happened, only the crime is denied
    events = code("Riot police detained the student leader Ana Ruiz in Leon on Friday; Ruiz denied any crime.")
    assert any(e["event"] == ["COERCE"] and e["polarity"] == "asserted" for e in events), events


@pytest.mark.parametrize("text", [
    "The militia neither attacked the village nor burned its houses, the monitors said.",
    "Riot police neither arrested the students nor fired on them.",
    "Neither the army nor the police attacked the march in Bamako.",
])
def test_deeds_of_a_neither_nor_pair_are_negated(code, text):
    deeds = [e for e in code(text) if e["event"][0] in {"ASSAULT", "COERCE"}]
    assert deeds and all(e["polarity"] == "negated" for e in deeds), deeds


def test_neither_confirming_nor_denying_is_no_denial(code):
    events = code("Turkey neither confirmed nor denied that its drones struck the convoy near Kirkuk.")
    assert not any(e["event"] == ["REJECT"] and e["polarity"] == "asserted" for e in events), events


def test_a_protest_called_for_a_day_is_still_ahead(code):
    # "for Thursday" sets the strike for a day to come: it was called, not yet held
    events = code("The dockers' union called a general strike for Thursday.")
    strikes = [e for e in events if e["event"] == ["PROTEST"]]
    assert strikes and all(e["polarity"] == "future" for e in strikes), events
