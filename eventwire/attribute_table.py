"""spaCy's attribute ruler, applied by table lookup instead of a Matcher.

The English pipeline's attribute ruler maps each fine-grained tag to its
part of speech and morphology (plus a few word exceptions: "gonna", "'em").
Its Matcher tries all of its ~180 patterns at every token and took a quarter
of parsing time. Every pattern but a handful looks at one token, so the result
for a token depends only on its (lower, tag, dep, is_space) key: it is
computed once per key and cached. The patterns longer than one token are
matched by hand. The attributes set are the stock ruler's, in the stock order
(later patterns win), and a test checks both give the same tokens.
"""
from __future__ import annotations

import re
from typing import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

KEY_ATTRS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
SET_ATTRS = (TAG, POS, MORPH, LEMMA, DEP)
FACTORY = "eventwire_attribute_table"

TokenTest = Callable[[tuple], bool]  # key (lower, tag, dep, is_space) -> matches


class UnsupportedPattern(ValueError):
    """A ruler pattern this table cannot apply: keep the stock ruler."""


class AttributeTable:
    """Applies the patterns of a stock AttributeRuler (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.vocab = nlp.vocab
        self.name = name
        self.single: list[tuple[int, TokenTest, dict]] = []
        # one-token patterns by the word or tag they require, so that a new key tries only its own
        self.single_by_word: dict[str, list[tuple[int, TokenTest, dict]]] = {}
        self.single_by_tag: dict[str, list[tuple[int, TokenTest, dict]]] = {}
        self.multi: list[tuple[int, list[TokenTest], int, dict]] = []
        self._by_key: dict[tuple, tuple[dict, tuple[int, ...]]] = {}
        # the row of hashes (lower, tag, dep, is_space) -> (its key of strings, what _found gives):
        # most tokens need neither the strings nor the matching
        self._by_row: dict[tuple, tuple[tuple, tuple[dict, tuple[int, ...]]]] = {}

    def load_from(self, ruler) -> None:
        """Take the patterns, attributes and indices of `ruler` (raises UnsupportedPattern)."""
        for order, (rule, attrs) in enumerate(zip(ruler.patterns, ruler.attrs)):
            if set(attrs) - set(SET_ATTRS):
                raise UnsupportedPattern(f"sets {sorted(attrs)}")
            for pattern in rule["patterns"]:
                tests = [_token_test(spec) for spec in pattern]
                if len(tests) == 1:
                    if rule["index"] not in (0, -1):
                        raise UnsupportedPattern(f"index {rule['index']} of a one-token pattern")
                    self._add_single((order, tests[0], dict(attrs)), pattern[0])
                else:
                    self.multi.append((order, tests, rule["index"] % len(tests), dict(attrs)))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        by_row = self._by_row
        rows = [by_row.get(row) or self._row(row) for row in map(tuple, doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist())]
        keys = [key for key, _ in rows]
        found = [found for _, found in rows]
        changes = [change for change, _ in found]
        spanned: dict[int, list[tuple[int, dict]]] = {}
        for start, (_, opening) in enumerate(found):
            for n in opening:
                order, tests, index, attrs = self.multi[n]
                if start + len(tests) <= len(keys) and all(t(keys[start + k]) for k, t in enumerate(tests)):
                    spanned.setdefault(start + index, []).append((order, attrs))
        for i, matches in spanned.items():
            changes[i] = _apply_in_order(self._single_matches(keys[i]) + matches)
        if not any(changes):
            return doc
        values = doc.to_array(list(SET_ATTRS))
        for i, change in enumerate(changes):
            if not change:
                continue
            for col, attr in enumerate(SET_ATTRS):
                if attr in change:
                    values[i, col] = change[attr]
        doc.from_array(list(SET_ATTRS), values)
        return doc

    def pipe(self, docs, batch_size: int = 1000):
        for doc in docs:
            yield self(doc)

    def _add_single(self, rule: tuple[int, TokenTest, dict], spec: dict) -> None:
        if isinstance(spec.get("LOWER"), str):
            self.single_by_word.setdefault(spec["LOWER"], []).append(rule)
        elif isinstance(spec.get("TAG"), str):
            self.single_by_tag.setdefault(spec["TAG"], []).append(rule)
        else:
            self.single.append(rule)

    def _row(self, row: tuple) -> tuple[tuple, tuple[dict, tuple[int, ...]]]:
        if len(self._by_row) > 200_000:
            self._by_row.clear()
        key = self._key(row)
        entry = self._by_row[row] = (key, self._found(key))
        return entry

    def _key(self, row: list[int]) -> tuple:
        strings = self.vocab.strings
        lower, tag, dep, space = row
        return (strings[lower], strings[tag] if tag else "", strings[dep] if dep else "", bool(space))

    def _single_matches(self, key: tuple) -> list[tuple[int, dict]]:
        rules = self.single_by_word.get(key[0], []) + self.single_by_tag.get(key[1], []) + self.single
        return [(order, attrs) for order, test, attrs in rules if test(key)]

    def _found(self, key: tuple) -> tuple[dict, tuple[int, ...]]:
        """What the one-token patterns set on a token with this key, and which longer patterns it may open."""
        found = self._by_key.get(key)
        if found is None:
            if len(self._by_key) > 200_000:  # bounded: a long run meets ever more (word, tag) pairs
                self._by_key.clear()
            opening = tuple(n for n, (_, tests, _, _) in enumerate(self.multi) if tests[0](key))
            found = self._by_key[key] = (_apply_in_order(self._single_matches(key)), opening)
        return found


def _apply_in_order(matches: list[tuple[int, dict]]) -> dict:
    # the stock ruler sorts its matches by pattern and sets them in turn: the later pattern wins
    result: dict = {}
    for _, attrs in sorted(matches, key=lambda m: m[0]):
        result.update(attrs)
    return result


def _token_test(spec: dict) -> TokenTest:
    tests = []
    for name, wanted in spec.items():
        if name not in KEY_ATTRS:
            raise UnsupportedPattern(f"token attribute {name}")
        tests.append((list(KEY_ATTRS).index(name), _value_test(wanted)))

    def test(key: tuple) -> bool:
        return all(check(key[slot]) for slot, check in tests)

    return test


def _value_test(wanted) -> Callable[[object], bool]:
    if isinstance(wanted, dict):
        if set(wanted) == {"IN"}:
            allowed = set(wanted["IN"])
            return lambda v: v in allowed
        if set(wanted) == {"NOT_IN"}:
            barred = set(wanted["NOT_IN"])
            return lambda v: v not in barred
        if set(wanted) == {"REGEX"}:
            regex = re.compile(wanted["REGEX"])
            return lambda v: isinstance(v, str) and regex.search(v) is not None
        raise UnsupportedPattern(f"operator {sorted(wanted)}")
    return lambda v: v == wanted


@Language.factory(FACTORY)
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp, name)


def use_attribute_table(nlp: Language) -> Language:
    """Swap the pipeline's stock attribute ruler for the table (left as is if a pattern is unsupported)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    table = nlp.add_pipe(FACTORY, after="attribute_ruler")
    try:
        table.load_from(nlp.get_pipe("attribute_ruler"))
    except UnsupportedPattern:
        nlp.remove_pipe(FACTORY)
        return nlp
    nlp.remove_pipe("attribute_ruler")
    return nlp


# --------------------------------------------------------------------------- the lemmatizer

LEMMA_FACTORY = "eventwire_lemma_table"


class LemmaTable:
    """spaCy's rule lemmatizer, applied by table lookup. The rule lemmatizer computes a token's
    lemma from its text, part of speech and morphology alone (spaCy caches its rule results by
    that key too), but it made a Token object and ran Python code per token: a tenth of
    parsing time. Here the lemma is looked up per (orth, pos, morph) key over the Doc's arrays,
    and only a key not seen before is passed to the stock lemmatizer, with the token itself.
    Tokens that already have a lemma (set by the attribute ruler) keep it, as in the stock
    component unless it overwrites. A test checks both give the same tokens."""

    def __init__(self, nlp: Language, name: str = LEMMA_FACTORY) -> None:
        self.vocab = nlp.vocab
        self.name = name
        self.stock = None       # the stock lemmatizer, set by use_lemma_table
        self._by_key: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        stock = self.stock
        if not getattr(stock, "_validated", True):
            stock._validate_tables(Errors.E1004)
        overwrite = stock.overwrite
        by_key = self._by_key
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = by_key.get(key)
                lemma = found if found is not None else self._lemma(doc[i], key)
                changed = True
            lemmas.append(lemma)
        if changed:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc

    def __getattr__(self, name: str):
        # the component keeps the stock one's name ("lemmatizer"): its tables, mode and methods
        # are still asked for by that name (lexicon.py reads the exception table)
        if name == "stock" or self.__dict__.get("stock") is None:
            raise AttributeError(name)
        return getattr(self.stock, name)

    def _lemma(self, token, key: tuple[int, int, int]) -> int:
        lemma = self.vocab.strings.add(self.stock.lemmatize(token)[0])
        if key[1]:  # without a part of speech the stock lemmatizer warns at each token: not cached
            if len(self._by_key) > 200_000:  # bounded, as the attribute table
                self._by_key.clear()
            self._by_key[key] = lemma
        return lemma

    def pipe(self, docs, batch_size: int = 1000):
        for doc in docs:
            yield self(doc)


@Language.factory(LEMMA_FACTORY)
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable(nlp, name)


def use_lemma_table(nlp: Language) -> Language:
    """Swap the pipeline's stock rule lemmatizer for the table, under the same name and at the same
    place (left as is in another mode)."""
    name = "lemmatizer"
    if name not in nlp.pipe_names:
        return nlp
    stock = nlp.get_pipe(name)
    if getattr(stock, "mode", None) != "rule" or getattr(stock, "lemmatize", None) != stock.rule_lemmatize:
        return nlp
    names = nlp.pipe_names
    following = names[names.index(name) + 1 :]
    nlp.remove_pipe(name)
    if following:
        table = nlp.add_pipe(LEMMA_FACTORY, name=name, before=following[0])
    else:
        table = nlp.add_pipe(LEMMA_FACTORY, name=name)
    table.stock = stock
    return nlp
