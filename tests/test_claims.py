"""reported_by / claimed_by / denied_by on events (claims.py), end to end."""

from conftest import tuples


def _names(entities):
    return [e["identifier_text"] for e in entities]


def test_according_to_an_agency_makes_a_claim(code):
    events = code("Rebels attacked a police station in the north on Monday, according to the Interior Ministry.")
    attack = next(e for e in events if e["event"] == ["ASSAULT"])
    assert _names(attack["attribution"]["claimed_by"]) == ["Interior Ministry"]
    assert attack["attribution"]["reported_by"] == []


def test_an_outlet_reports_the_event(code):
    events = code("As reported by Reuters, Turkish jets struck Kurdish positions in Iraq on Friday.")
    strike = next(e for e in events if e["event"] == ["ASSAULT"])
    assert _names(strike["attribution"]["reported_by"]) == ["Reuters"]  # not "As"
    assert strike["attribution"]["reported_by"][0]["code"] == "GBR"


def test_nested_sourcing_keeps_both_levels(code):
    events = code("Reuters reports that, according to the State Department, Iran seized a tanker in the Gulf on Friday.")
    seizure = next(e for e in events if e["event"] == ["COERCE"])
    assert _names(seizure["attribution"]["reported_by"]) == ["Reuters"]
    claimant = seizure["attribution"]["claimed_by"]
    assert [(c["entity_text"], c["code"]) for c in claimant] == [("State Department", "USA")]


def test_a_denial_attaches_to_the_event_it_denies(code):
    events = code("Russia denied on Tuesday that its troops had attacked civilians in Kharkiv.")
    attack = next(e for e in events if e["event"] == ["ASSAULT"])
    assert attack["polarity"] == "negated"
    assert [d["code"] for d in attack["attribution"]["denied_by"]] == ["RUS"]


def test_attribution_offsets_point_at_the_source(code, extractor):
    from datetime import date

    from eventwire.records import Article

    text = "Militants attacked a checkpoint in Mosul on Monday, according to Iraqi officials."
    result = extractor.extract(Article("t", text, date(2024, 3, 15)))
    attack = next(e for e in result.events if e.event == "ASSAULT")
    who = attack.attribution["claimed_by"][0]
    assert text[who.start : who.end] == who.entity_text == "Iraqi officials"
    assert (who.code, who.sector) == ("IRQ", "GOV")


def test_denial_word_forms_are_read_from_the_lexicon_data():
    """Knowledge, not code: the written forms of verbs of denial live in data/lexicon."""
    import eventwire.claims as claims
    from eventwire.lexicon import lexicon_word_list

    assert claims.DENIAL_WORDS == lexicon_word_list("denial_word_forms.txt") >= {"denying", "refuted", "disputed"}


def test_a_denial_of_the_claim_answers_whoever_made_it(code):
    # the claim is the Kenyan ministry's: the denial is aimed at Kenya
    found = tuples(code("The Kenyan interior ministry says al-Shabaab fighters attacked the police post in "
                        "Mandera. Al-Shabaab has denied the claim."))
    assert ("REJECT", "SOM", "KEN") in found, found


def test_we_and_us_inside_a_quote_are_the_speakers_side(code):
    events = code('Ghana\'s foreign minister said on Monday: "We will not accept any foreign troops on our soil."')
    assert ("REJECT", "GHA", None) in tuples(events), events
    events = code('"Anyone who attacks us will pay dearly," Chilean Defence Minister Pablo Rojas told reporters.')
    assert ("ASSAULT", None, "CHL") in tuples(events, polarity=None), events


def test_a_sentence_without_a_reporting_word_names_no_outlet():
    """The cheap test before the outlet patterns: never false where one of them matches."""
    from eventwire.claims import _REPORTED_BY, _REPORTS, may_name_an_outlet

    told = ["The state broadcaster Radio Tamu reported that troops had left.", "as first REPORTED BY the Daily Wire",
            "A report by Human Rights Watch said so.", "The Gazette quoted a minister.", "Le Monde cited officials."]
    for text in told:
        assert any(p.search(text) for p in (_REPORTED_BY, _REPORTS)), text
        assert may_name_an_outlet(text, 0, len(text)), text
    text = "Troops left the town on Monday. The Daily Wire reported it."
    assert not may_name_an_outlet(text, 0, 31) and may_name_an_outlet(text, 32, len(text))


def test_rejecting_that_account_answers_whoever_gave_it(code):
    # "that account" points back as "the claim" does: the rejection answers the speakers of the claim before
    found = tuples(code("Turkish officials say the Greek coast guard rammed the fishing boat. Athens rejects that account."))
    assert ("REJECT", "GRC", "TUR") in found, found


def test_a_denial_answers_the_source_its_sentence_names_with_as_said(code):
    # "as Marcos had said" names whose claim is denied, though he is of the deniers' own country
    events = code("Police later denied that rebels had burned a church, as Philippine President Ferdinand Marcos "
                  "had said in Tokyo.")
    assert ("REJECT", "PHL", "PHL") in tuples(events), tuples(events)
    burning = next(e for e in events if e["event"] == ["ASSAULT"])
    assert any("Marcos" in n for n in _names(burning["attribution"]["claimed_by"])), burning["attribution"]
