"""The table that replaces spaCy's attribute ruler must set exactly what the ruler sets."""
import json
from pathlib import Path

import pytest
import spacy

from eventwire.attribute_table import FACTORY, AttributeTable, UnsupportedPattern, use_attribute_table
from eventwire.nlp import MODEL_NAME, load_nlp

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
