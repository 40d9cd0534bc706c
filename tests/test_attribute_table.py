"""The table that replaces spaCy's attribute ruler must set exactly what the ruler sets."""
import json
from pathlib import Path

import pytest
import spacy

from eventwire.attribute_table import (FACTORY, AttributeTable, LemmaTable, UnsupportedPattern, use_attribute_table,
                                       use_lemma_table)
from eventwire.nlp import MODEL_NAME, PARAGRAPH_BREAKS, PARSE_REPAIRS, load_nlp

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "corpus.jsonl"
# the stock ruler's word exceptions (two-token patterns, quoted forms, a space token with a dependency)
ODD_TEXT = "I ain't gonna go, we gotta wait. Let's see: doin' somethin' with 'em.  \n\n Nothin' ol' here, y'all."


def _analyses(nlp, texts):
    return [
        [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]
        for doc in nlp.pipe(texts)
    ]


def test_table_sets_what_the_stock_ruler_sets():
    texts = [json.loads(line)["text"] for line in SAMPLE.read_text(encoding="utf-8").splitlines()] + [ODD_TEXT]
    stock = spacy.load(MODEL_NAME, exclude=["ner"])
    assert "attribute_ruler" in stock.pipe_names
    table = load_nlp()
    assert FACTORY in table.pipe_names and "attribute_ruler" not in table.pipe_names
    # the parse repairs after the table and the paragraph breaks before the parser change the parse on
    # purpose (tests/test_nlp.py)
    with table.select_pipes(disable=[PARSE_REPAIRS, PARAGRAPH_BREAKS]):
        assert _analyses(table, texts) == _analyses(stock, texts)


def test_contractions_get_the_ruler_lemmas():
    doc = load_nlp()("We gotta go, ain't it?")
    assert [t.lemma_ for t in doc][:3] == ["we", "get", "to"]
    assert doc[5].lemma_ == "be"


def test_unsupported_pattern_keeps_the_stock_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": 3}]], {"POS": "NOUN"})
    with pytest.raises(UnsupportedPattern):
        AttributeTable(nlp).load_from(ruler)
    assert use_attribute_table(nlp).pipe_names == ["attribute_ruler"]


def _texts():
    return [json.loads(line)["text"] for line in SAMPLE.read_text(encoding="utf-8").splitlines()] + [ODD_TEXT]


def test_lemma_table_sets_what_the_stock_lemmatizer_sets():
    # the same pipeline but for the lemmatizer: the stock one against the table, twice (the
    # second pass answers every token from the table)
    stock = use_attribute_table(spacy.load(MODEL_NAME, exclude=["ner"]))
    assert type(stock.get_pipe("lemmatizer")).__name__ == "EnglishLemmatizer"
    table = use_lemma_table(use_attribute_table(spacy.load(MODEL_NAME, exclude=["ner"])))
    assert isinstance(table.get_pipe("lemmatizer"), LemmaTable)
    assert table.pipe_names == stock.pipe_names  # same name, same place
    texts = _texts()
    expected = _analyses(stock, texts)
    assert _analyses(table, texts) == expected
    assert table.get_pipe("lemmatizer")._by_key
    assert _analyses(table, texts) == expected


def test_lemma_table_in_the_eventwire_pipeline():
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    assert isinstance(lemmatizer, LemmaTable)
    # the stock component's tables are still asked for by its name (lexicon.py)
    assert "lemma_exc" in lemmatizer.lookups.tables and lemmatizer.mode == "rule"
    doc = load_nlp()("Troops were attacking the villages; they had fled.")
    assert [t.lemma_ for t in doc] == ["troop", "be", "attack", "the", "village", ";", "they", "have", "flee", "."]


def test_lemma_table_keeps_the_ruler_lemmas():
    # "gonna" gets its lemmas from the attribute ruler; the lemmatizer must not overwrite them
    doc = load_nlp()("We are gonna stay.")
    assert [t.lemma_ for t in doc] == ["we", "be", "go", "to", "stay", "."]


def test_lemma_table_token_without_part_of_speech():
    nlp = spacy.load(MODEL_NAME, exclude=["ner"])
    table = LemmaTable(nlp)
    table.stock = nlp.get_pipe("lemmatizer")
    doc = nlp.make_doc("Protesters Marched")   # not tagged: no part of speech
    with pytest.warns(UserWarning):
        table(doc)
    assert [t.lemma_ for t in doc] == ["protesters", "marched"]
    assert not table._by_key  # the stock lemmatizer warns each time: such tokens are not cached


def test_lookup_lemmatizer_is_left_as_is():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert type(use_lemma_table(nlp).get_pipe("lemmatizer")).__name__ != "LemmaTable"
