"""Sentence chunking and the cheap filter that decides what gets parsed."""
from eventwire.lexicon import load_lexicon
from eventwire.nlp import dateline_end, may_hold_event, split_sentences


def test_split_keeps_offsets_exact():
    text = 'BAGHDAD (Wire) - U.S. forces struck early Friday. "We acted," Gen. Smith said.\n\nA new paragraph.'
    chunks = split_sentences(text)
    assert [c.text for c in chunks] == [
        "U.S. forces struck early Friday.",
        '"We acted," Gen. Smith said.',
        "A new paragraph.",
    ]
    for c in chunks:
        assert text[c.start : c.end] == c.text


def test_dateline_is_not_parsed_as_text():
    text = "NEW DELHI, June 17 (Eventwire) - India and China agreed to talk."
    assert text[dateline_end(text):].startswith("India and China")
    assert dateline_end("U.S. forces struck - again.") == 0
    assert split_sentences(text)[0].text == "India and China agreed to talk."


def test_abbreviations_do_not_end_sentences():
    chunks = split_sentences("Mr. Lee met Dr. Park on Jan. 5 in the U.N. building. Then he left.")
    assert len(chunks) == 2


def test_empty_text_has_no_chunks():
    assert split_sentences("  \n\n ") == []


def test_filter_finds_inflected_and_irregular_forms():
    forms = load_lexicon().surface_forms
    assert may_hold_event("Troops fought rebels near the border.", forms)  # fight -> fought
    assert may_hold_event("Police arrested dozens.", forms)
    assert may_hold_event("They held talks in Doha.", forms)
    assert not may_hold_event("The weather was mild and sunny in the capital.", forms)
