"""Quotes and speakers found without a parse (eventwire/quotes.py). All sentences are made up."""
import time
from datetime import date

import pytest

from eventwire.actors import load_kb
from eventwire.mentions import cluster, find_mentions
from eventwire.quotes import Quote, find_quotes, load_speech_verbs

ON = date(2020, 1, 4)


def quotes(text: str) -> list[Quote]:
    kb = load_kb()
    mentions = find_mentions(text, kb, ON)
    cluster(mentions)
    found = find_quotes(text, mentions, kb, ON)
    for q in found:  # offsets always point at the text
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.entity_text
    return found


def one(text: str, kind: str | None = None) -> Quote:
    found = [q for q in quotes(text) if kind is None or q.kind == kind]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- direct quotes


def test_straight_marks_with_speaker_after():
    q = one('"The army will never give up the northern valley," General Tariq Mansour said.')
    assert (q.kind, q.cue, q.text) == ("direct", "said", "The army will never give up the northern valley")
    assert q.speaker.entity_text == "General Tariq Mansour"
    assert q.speaker.identifier_text == "Tariq Mansour" and q.speaker.sector == "MIL"


def test_curly_marks_and_inverted_speaker():
    text = "\u201cOur patience has limits and the world should know it,\u201d said Iranian Foreign Minister Mohammad Javad Zarif."
    q = one(text)
    assert q.text == "Our patience has limits and the world should know it"
    assert q.speaker.entity_text == "Iranian Foreign Minister Mohammad Javad Zarif"
    assert (q.speaker.code, q.speaker.sector) == ("IRN", "GOV")


def test_says_and_told_reporters():
    q = one('"We are ready to talk to anyone who wants peace," the Egyptian president told reporters on Monday.')
    assert q.cue == "told reporters"
    assert q.speaker.entity_text == "Egyptian president" and (q.speaker.code, q.speaker.sector) == ("EGY", "GOV")
    q = one('"Nobody here has eaten for two days," says Amira Haddad, a nurse at the clinic.')
    assert q.cue == "says" and q.speaker.entity_text == "Amira Haddad"


def test_added_and_told_a_named_outlet():
    found = quotes('"The talks went well," Foreign Minister Anna Berg told Reuters. '
                   '"We meet again next week in Oslo," she added.')
    assert [q.cue for q in found] == ["told Reuters", "added"]
    assert found[1].speaker.entity_text == "she" and found[1].speaker.identifier_text == "Anna Berg"


def test_colon_introduces_a_quote():
    q = one('The report highlights: "Children in the camps have no clean water and no school."')
    assert q.cue == "highlights:" and q.speaker.entity_text == "report"
    assert q.text == "Children in the camps have no clean water and no school."
    q = one('Defence Minister Ali Rahimi said: "Our troops are ready."')
    assert q.cue == "said:" and q.speaker.identifier_text == "Ali Rahimi"


def test_quote_split_by_its_attribution():
    found = quotes('"We did not start this war," the rebel commander said, "but we will finish it."')
    assert [q.text for q in found] == ["We did not start this war", "but we will finish it."]
    assert all(q.speaker.entity_text == "rebel commander" for q in found)


def test_quote_spanning_sentences():
    text = "\u201cWe lost three friends today. They were farmers, not fighters,\u201d the village elder said."
    q = one(text)
    assert q.text == "We lost three friends today. They were farmers, not fighters"
    assert q.speaker.entity_text == "village elder"


def test_quote_continued_over_paragraphs():
    text = ("Opposition leader Maria Kolesnikova spoke to the crowd in Minsk on Sunday.\n\n"
            "\u201cWe are not afraid of them. We will come back every night.\n\n"
            "\u201cNobody can stop a people that has woken up,\u201d Kolesnikova said.")
    found = quotes(text)
    assert [q.text for q in found] == ["We are not afraid of them. We will come back every night.",
                                       "Nobody can stop a people that has woken up"]
    assert {q.speaker.entity_text for q in found} == {"Kolesnikova"}


def test_nested_quote_stays_in_the_outer_quote():
    found = quotes('"The colonel told us \'leave before dark\' and then the shelling began," a resident said.')
    assert len(found) == 1 and "'leave before dark'" in found[0].text
    found = quotes("\u201cThey shouted \u2018we will burn it all\u2019 and nobody stopped them,\u201d a witness said.")
    assert len(found) == 1 and "\u2018we will burn it all\u2019" in found[0].text


def test_scare_quotes_are_not_quotes():
    assert quotes('The cleric vowed "severe revenge" and blamed "puppeteers" abroad for the unrest.') == []
    # a fragment beside a cue is still a fragment
    assert [q.kind for q in quotes('Kabul will free the prisoners as a "goodwill gesture," the minister said.')] == ["indirect"]


def test_short_full_clause_is_a_quote():
    q = one("\u201cWe will respond,\u201d he said.")
    assert q.text == "We will respond" and q.speaker.entity_text == "he"


def test_apostrophes_are_not_quote_marks():
    text = ("Iran's envoy said the protesters' demands don't matter to rock 'n' roll fans in Tehran's "
            "old quarter, and the city's mayor agreed.")
    found = quotes(text)
    assert [q.kind for q in found] == ["indirect"]
    assert found[0].text.startswith("the protesters' demands don't matter")
    assert found[0].speaker.entity_text == "Iran's envoy" and found[0].speaker.code == "IRN"


def test_unclosed_mark_does_not_swallow_the_paragraph():
    assert [q.kind for q in quotes('The shop sold 5" pipes to the army. Nobody asked why.')] == []


# --------------------------------------------------------------------------- speakers


def test_previous_sentence_speaker_carries_over():
    found = quotes('Rebel spokesman Karim Nouri spoke on local radio on Friday. "We will not lay down our weapons."')
    assert len(found) == 1
    assert found[0].speaker.identifier_text == "Karim Nouri" and found[0].speaker.inferred
    assert found[0].cue is None


def test_previous_quote_speaker_carries_over():
    found = quotes('"The bridge is gone," the mayor said. "Nobody can leave the town now."')
    assert [q.speaker.entity_text for q in found] == ["mayor", "mayor"]
    assert found[1].speaker.inferred and not found[0].speaker.inferred


def test_pronoun_speaker_takes_the_last_person():
    text = "Iranian President Hassan Rouhani spoke on television on Monday. \u201cWe will respond to this crime,\u201d he said."
    q = one(text)
    assert q.speaker.entity_text == "he" and q.speaker.identifier_text == "Hassan Rouhani"
    assert (q.speaker.code, q.speaker.sector) == ("IRN", "GOV")
    assert (q.speaker.start, q.speaker.end) == (text.index(" he said") + 1, text.index(" he said") + 3)


def test_pronoun_ignores_names_inside_the_quote():
    text = ('President Emmanuel Macron met reporters in Paris. '
            '"I spoke with Vladimir Putin for two hours about the war," he said.')
    assert one(text).speaker.identifier_text == "Emmanuel Macron"


def test_it_takes_the_organisation_that_spoke_before():
    found = quotes('The army said it shot down a drone near the border. "It was an Iranian drone," it added.')
    direct = [q for q in found if q.kind == "direct"][0]
    assert direct.speaker.entity_text == "it" and direct.speaker.identifier_text == "army"
    assert direct.speaker.sector == "MIL"


def test_unnamed_person_is_the_antecedent_of_he():
    found = quotes("\u201cThe deal is dead,\u201d the official said. "
                   "\u201cThere is nothing left to negotiate,\u201d he said, adding that talks had collapsed.")
    assert [(q.kind, q.cue) for q in found] == [("direct", "said"), ("direct", "said"), ("indirect", "adding")]
    assert found[1].speaker.identifier_text == "official" and found[2].text == "talks had collapsed"


def test_coordinated_verb_takes_the_subject():
    q = one("Kenyan President Uhuru Kenyatta vowed to hunt down the attackers and said he had lost two nephews.")
    assert q.text == "he had lost two nephews" and q.speaker.identifier_text == "Uhuru Kenyatta"


def test_crowds_chant():
    q = one('"We are not leaving until he resigns," protesters chanted outside parliament.')
    assert q.cue == "chanted" and (q.speaker.entity_text, q.speaker.sector) == ("protesters", "OPP")


def test_apposition_speaker():
    q = one("Zarif, Iran's foreign minister, said the talks were over.")
    assert q.speaker.identifier_text == "Mohammad Javad Zarif" and q.speaker.code == "IRN"
    q = one("The Houthis, who have fought the coalition since 2015, said more attacks would follow.")
    assert q.speaker.entity_text == "Houthis"


def test_demonym_and_agent_noun_speaker():
    q = one("Iraqi officials said the strike killed seven people near the airport.")
    assert (q.speaker.entity_text, q.speaker.code, q.speaker.sector) == ("Iraqi officials", "IRQ", "GOV")


def test_unnamed_state_noun_takes_the_country_named_before():
    text = ("Belarusian riot police fired rubber bullets at the crowds, and one man died in the capital, "
            "the interior ministry said.")
    q = one(text)
    assert (q.speaker.entity_text, q.speaker.code, q.speaker.sector) == ("interior ministry", "BLR", "GOV")
    q = one("Police said 40 people were arrested after the match.")
    assert (q.speaker.entity_text, q.speaker.code, q.speaker.sector) == ("Police", None, "COP")


def test_head_of_phrase_speaker():
    q = one("The head of the army said the border would stay closed for a week.")
    assert q.speaker.entity_text == "head of the army" and q.speaker.sector == "MIL"


# --------------------------------------------------------------------------- indirect speech


def test_indirect_speech_after_the_verb():
    q = one("U.S. officials say the Guard taught the militia to build roadside bombs.")
    assert (q.kind, q.cue, q.text) == ("indirect", "say", "the Guard taught the militia to build roadside bombs")
    assert q.speaker.code == "USA"


def test_indirect_speech_after_that():
    q = one("The ministry said that 12 soldiers were killed in the ambush.")
    assert (q.kind, q.cue, q.text) == ("indirect", "said", "12 soldiers were killed in the ambush")
    assert q.speaker.entity_text == "ministry" and q.speaker.sector == "GOV"


def test_indirect_speech_skips_a_date_and_a_venue():
    q = one("Georgia's ruling party said on Thursday it would withdraw the bill.")
    assert q.text == "it would withdraw the bill" and q.speaker.code == "GEO"
    q = one("The foreign ministry said in a statement that the ambassador had been summoned.")
    assert q.text == "the ambassador had been summoned"


def test_indirect_speech_before_the_speaker():
    q = one("A drone hit a convoy near the airport, killing three people, Iraqi officials said.")
    assert q.text == "A drone hit a convoy near the airport, killing three people"
    assert q.speaker.entity_text == "Iraqi officials"


def test_according_to():
    q = one("The shelling killed eight civilians, according to the Syrian Democratic Forces.")
    assert (q.cue, q.text) == ("according to", "The shelling killed eight civilians")
    assert q.speaker.entity_text == "Syrian Democratic Forces"
    q = one("According to the health ministry, 30 people were wounded in the blast.")
    assert q.text == "30 people were wounded in the blast" and q.cue == "According to"


def test_participle_speaker_is_the_subject():
    q = one("Kenyan Foreign Minister Amina Mohamed rejected the report, saying it was based on rumours.")
    assert (q.cue, q.text) == ("saying", "it was based on rumours")
    assert q.speaker.identifier_text == "Amina Mohamed" and q.speaker.code == "KEN"


def test_reported_and_a_direct_quote_inside_indirect_speech():
    found = quotes('The defence minister said the rebels would "pay a very heavy price for this attack" soon.')
    kinds = sorted(q.kind for q in found)
    assert kinds == ["direct", "indirect"]
    assert all(q.speaker.entity_text == "defence minister" for q in found)


def test_event_verbs_are_not_speech():
    # accuse, warn, vow, deny are event triggers, not verbs of saying
    assert quotes("Turkey accused Syria of shelling the border and warned that it would retaliate.") == []
    assert quotes("The group claimed responsibility for the attack.") == []
    assert quotes("Indian jets struck what New Delhi said was a training camp.") == []
    assert quotes("The minister was told to resign by the president.") == []


def test_no_quotes_without_speech():
    text = ("Heavy rain flooded the lower districts of the port city overnight. Fishing boats stayed in harbour "
            "and schools were closed. The river is expected to peak on Tuesday.")
    assert quotes(text) == []


def test_speech_verbs_are_data():
    verbs = load_speech_verbs()
    assert verbs.forms["told"] == "tell" and verbs.forms["according to"] == "according to"
    assert "accused" not in verbs.forms and "warned" not in verbs.forms


def test_to_dict_matches_the_document_schema(document_validator):
    found = quotes('"We will rebuild every house," Mayor Lina Haddad said. Police said two men were arrested.')
    doc = {"id": "t", "published": None, "title": None, "source": None, "events": [], "entities": [],
           "quotes": [q.to_dict() for q in found]}
    document_validator.validate(doc)
    d = found[0].to_dict()
    assert set(d) == {"text", "start", "end", "kind", "cue", "speaker"}
    assert d["speaker"]["identifier_text"] == "Lina Haddad"


def test_speed_on_a_long_text():
    paragraph = ('Officials said the convoy was hit near the border on Monday. "We will respond to this attack '
                 'with all our strength," the defence minister told reporters. The rebels, who control the hills, '
                 "said they had not fired. According to the United Nations, 4,000 people fled. He added that "
                 "talks would resume, while Iran's foreign ministry said the \"so-called\" truce had failed.\n\n")
    text = paragraph * (5000 // len(paragraph.split()) + 1)
    kb = load_kb()
    mentions = find_mentions(text, kb, ON)
    cluster(mentions)
    t0 = time.perf_counter()
    found = find_quotes(text, mentions, kb, ON)
    elapsed = time.perf_counter() - t0
    print(f"\nfind_quotes: {len(text.split())} words, {len(found)} quotes, {elapsed * 1000:.1f} ms")
    assert found


@pytest.mark.parametrize("text", ["", "   ", '"', "\u201c\u201d", "said", "according to"])
def test_degenerate_inputs(text):
    assert quotes(text) == []


def test_speaker_word_lists_are_read_from_the_actor_data():
    """Knowledge, not code: the speaker nouns, their modifiers and the one-person speakers live in data/actors."""
    import eventwire.quotes as quotes
    from eventwire.actors import actor_word_list

    assert quotes.SOURCE_NOUNS == actor_word_list("source_nouns.txt") >= {"witnesses", "charity", "aides"}
    assert quotes.MODIFIERS == actor_word_list("speaker_modifiers.txt") >= {"unnamed", "humanitarian"}
    assert quotes.SINGLE_PERSONS == actor_word_list("single_persons.txt") >= {"spokeswoman", "negotiator"}


def test_platforms_tell_objects_and_irregular_pasts_are_read_from_the_lexicon_data():
    """Knowledge, not code: where words are said, whom they are told to and irregular past forms live in
    data/lexicon."""
    import eventwire.quotes as quotes
    from eventwire.lexicon import lexicon_word_list

    assert quotes.PLATFORMS == lexicon_word_list("platforms.txt") >= {"telegram", "x", "appearance"}
    assert quotes.TELL_OBJECTS == lexicon_word_list("tell_objects.txt") >= {"reporters", "broadcaster"}
    assert quotes._IRREGULAR_PAST == lexicon_word_list("irregular_past.txt") >= {"withdrew", "swore", "overtook"}
