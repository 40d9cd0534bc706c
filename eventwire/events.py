"""Event coding: predicates in a parsed sentence -> events with arguments and polarity.

A predicate is a verb or noun found in the lexicon (data/lexicon/triggers.tsv);
arguments.py finds and resolves its actor and recipient, polarity.py reads
whether it happened. This module ties them together per sentence, and adds
what follows from them: one event per direction for things done to each
other, statements of intent for future or refused acts, demands read off
"X said Y must ...".
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .actors import INTERGOVERNMENTAL_CODES, NON_STATE_CODES, VICTIM_SECTORS, ActorKB, actor_word_list, agent_sector_of, load_kb
from .arguments import (ANSWER_TYPES, COUNTING_HEADS, FORCE_SECTORS, tally_copula, dead_told_dying, CONTENT_TARGET_TYPES, controlled_subjects, PASSIVE_SUBJECT_DEPS, RELATIVE_TAGS, SUBJECT_DEPS,
                        VICTIM_TYPES, answered_nouns, answered_requesters, condition_subjects, content_clause_subjects,
                        done_in_protest, event_arguments, left_dead, named_doers, noun_actor_tokens, survivors_of,
                        noun_recipient_tokens, PRONOUNS, purpose_of_journey, journey_made_for, purpose_targets, real_head, reported_clause_going_on, Resolver, responsible_for, disowned_by, disowning_verb, marked_by,
                        noun_conjunct_before, shared_passive_subject, suffering_verb, verb_subject, appositive_of_verbless_root,
                        verb_hung_past_participle, things_a_sum_is_in, OWNING_VERBS, givers)
from .counts import count_casualties, cues as casualty_cues
from .dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .lexicon import lexicon_word_list, Lexicon, Trigger, ends_with_cue, load_lexicon
from .nlp import has_value_between, span_bounds, token_column, tokens_with
from .places import find_places
from .polarity import (aim_of_a_journey, topic_of_talk, claimed, has_condition, in_condition, is_subjunctive, obliged_by_have_to, occurrence_told,
                       open_question, own_polarity, polarity_of, stronger, threatens_or_promises)
from .records import COUNT_KINDS, Entity, fill_missing_counts, first_of_each

@dataclass
class Found:
    """One predicate found in a sentence, before it becomes an EventMention."""

    trigger: Trigger
    pred: Token  # the token that carries the arguments (a light verb for "launched an attack")
    head: Token  # the trigger word itself
    words: list[Token] = field(default_factory=list)


def _read_off_trigger(word: Token, etype: str, cameo: str | None, mode: str = "", complement: str = "") -> Trigger:
    """The trigger of an event read off a construction rather than a lexicon row (an ultimatum, a
    gathering to demand, a toll told by dying): no particle, object or subject condition."""
    return Trigger(word.lemma_.lower(), "VERB", "", frozenset(), frozenset(), False, etype, mode, cameo, "", complement)


def _ultimatums(sent: Span | Doc, lex: Lexicon, taken: set[int]) -> list[Found]:
    """"gave the soldiers a week to reinstate the president or face military action": time granted to act
    (deadline_verbs.txt) with a fate held over a miss after "or" (ultimatum_alternatives.txt) is an
    ultimatum, a threat (intents.tsv `ultimatum` row). A bare term ("gave him five days to leave") is not:
    it may be the term of an expulsion already told."""
    intent = lex.intents.get(("ultimatum", "*"))
    if intent is None:
        return []
    out = []
    for verb in tokens_with(sent, POS, _VERB_ONLY_POS):
        if verb.i in taken or verb.lemma_.lower() not in lex.deadline_verbs or not _grants_a_span(verb, lex):
            continue
        alternatives = [alt for act in verb.children if act.dep_ in {"advcl", "xcomp", "relcl"}
                        for alt in _or_else(act, lex)]
        if alternatives:
            trig = _read_off_trigger(verb, intent[0], intent[1], complement="hypothetical")
            out.append(Found(trig, verb, verb, [verb]))
            taken.add(verb.i)
    return out


def _grants_a_span(verb: Token, lex: Lexicon) -> bool:
    """"gave the junta seven days", "a week": a span of time (time_nouns.txt) as what is given."""
    return any(c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in lex.time_nouns for c in verb.children)


def _or_else(act: Token, lex: Lexicon) -> list[Token]:
    """The fates joined to an infinitive by "or": "to free him or face sanctions"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return []
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in act.children):
        return []
    return [c for c in act.children if c.dep_ == "conj" and c.lemma_.lower() in lex.ultimatum_alternatives]


def find_predicates(sent: Span, lex: Lexicon, kb: ActorKB | None = None) -> list[Found]:
    found: list[Found] = []
    for tok in _trigger_candidates(sent, lex):
        # proper nouns are names, not events: "Popular Mobilization Forces"
        pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ == "NOUN" else None
        if pos is None or (_names_a_kind(tok) and _intention_noun(tok.head, lex) is None):
            continue
        trig = _choose_trigger(tok, lex.candidates(tok.lemma_.lower(), pos), lex, kb)
        if trig is None and pos == "NOUN" and tok.pos_ == "NOUN":
            # the tagger sometimes calls a verb a noun ("Protesters rally ...")
            trig = _choose_trigger(tok, lex.candidates(tok.lemma_.lower(), "VERB"), lex) if tok.dep_ == "ROOT" else None
        # a row of no type (a verbs dictionary's null code ---) wins its lemma and codes nothing
        if trig is None or not trig.type or (pos == "VERB" and trig.type in VIOLENT_TYPES and _caused_by_nature(tok, lex)):
            continue
        if pos == "NOUN" and trig.type in VIOLENT_TYPES and _is_non_agent(tok, lex) and not _carried_out(tok, lex):
            continue  # "died in a gas explosion": an accident, no attack
        if pos == "VERB" and trig.type in VIOLENT_TYPES and _running_total(tok):
            continue  # "14 people had been killed in all": a tally of the deeds told, no deed of its own
        if pos == "VERB" and _state_left_in(tok):
            continue  # "clashes that left 81 people injured": the toll of the clashes, no deed of its own
        if pos == "VERB" and _participle_naming_its_noun(tok):
            continue  # "freed ousted President Bongo": a past deed named as a description, not told here
        pred, words = tok, [tok] + _particles(tok, trig)
        light = (_governing_light_verb(tok, lex) if pos == "NOUN"
                 and _first_conjunct(tok).dep_ in {"dobj", "attr", "nsubjpass", "pobj"} else None)
        if light is not None:
            pred, words = light, [light, tok]
            listed = _same_act_listed_before(found, light, trig, tok)
            if listed is not None:
                # "launched artillery, mortar and rocket fire": one barrage, told as a list
                listed.words = sorted(set(listed.words) | {tok}, key=lambda t: t.i)
                continue
        elif pos == "NOUN" and _names_a_kind(tok):
            pred = tok.head  # "Iranian attack plans": the plans carry the attack's actor and its polarity
        elif pos == "VERB" and (order := order_of_participle(tok, lex)) is not None:
            # "a judge ordered the blogger jailed": the jailing, done by whoever ordered it
            pred, words = order, [order] + words
        found.append(Found(trig, pred, tok, sorted(words, key=lambda t: t.i)))
    found += _told_again_in_relative_clause(found, lex)
    found = _without_answers_told_by_gerund(found)
    # "approved military aid", "ordered airstrikes": the verb carries the noun's event, not one of its own
    carriers = {f.pred.i for f in found if f.pred != f.head}
    found = [f for f in found if not (f.pred == f.head and f.head.i in carriers)]
    taken = {f.head.i for f in found}
    found += _measures_named_by_pronouns(sent, lex, kb, {f.pred.i for f in found})
    return (found + _obligations(sent, lex, taken) + _gatherings(sent, lex, taken) + _disownings(sent, lex, taken)
            + _ultimatums(sent, lex, taken)
            + _counted_among_casualties(sent, taken) + _tolls_told_by_dying(sent, taken))


def _without_answers_told_by_gerund(found: list[Found]) -> list[Found]:
    """"retaliated by expelling Malaysia's ambassador": a verb of answering (answering_verbs.txt) whose "by"
    phrase holds a gerund told as an event is that event, the answer, and tells none of its own."""
    heads = {f.head.i for f in found}
    answering = lexicon_word_list("answering_verbs.txt")

    def told_by_gerund(verb: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.i in heads for g in c.children)
                   for c in verb.children)
    return [f for f in found if not (f.head.pos_ == "VERB" and f.head.lemma_.lower() in answering and told_by_gerund(f.head))]


# "it" stands for a singular noun, "them" for a plural one
_PRONOUN_NUMBER = {"it": frozenset({"NN"}), "them": frozenset({"NNS"})}
_MEASURE_PRONOUNS = frozenset(get_string_id(w) for w in _PRONOUN_NUMBER)


def _measures_named_by_pronouns(sent: Span | Doc, lex: Lexicon, kb: ActorKB | None, preds: set[int]) -> list[Found]:
    """"asked parliament to impose martial law. Lawmakers voted to impose it": a light verb whose object is
    "it" or "them" carries out the act the nearest event noun of that number before it names, in its own
    sentence or the one before, when the same verb was told with that noun ("impose martial law ... impose
    it"; "protests erupted ... police held them" holds people, not protests); the pronoun stands where
    the noun would."""
    out = []
    for pronoun in tokens_with(sent, LOWER, _MEASURE_PRONOUNS):
        verb = pronoun.head
        if (pronoun.dep_ != "dobj" or verb.i in preds or verb.pos_ not in {"VERB", "AUX"}
                or not lex.is_light_verb(verb.lemma_.lower(), _particle_words(verb))):
            continue
        named = _event_noun_before(pronoun, _PRONOUN_NUMBER[pronoun.lower_], verb.lemma, lex, kb)
        if named is not None:
            out.append(Found(named, verb, pronoun, [verb, pronoun]))
            preds.add(verb.i)
    return out


def _event_noun_before(pronoun: Token, tags: frozenset[str], verb_lemma: int, lex: Lexicon,
                       kb: ActorKB | None) -> Trigger | None:
    """The trigger of the nearest event noun of tag `tags` before `pronoun`, from the start of the sentence
    before its own (the doc holds the sentences parsed together), if it is the object of a verb of lemma
    `verb_lemma`."""
    doc = pronoun.doc
    own = pronoun.sent.start
    start = doc[own - 1].sent.start if own > 0 else own
    for i in range(pronoun.i - 1, start - 1, -1):
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.tag_ not in tags:
            continue
        trig = _choose_trigger(noun, lex.candidates(noun.lemma_.lower(), "NOUN"), lex, kb)
        if trig is not None and trig.type:
            verb = _first_conjunct(noun).head
            return trig if noun.dep_ in {"dobj", "conj"} and verb.lemma == verb_lemma else None
    return None


def ordered_passive_subjunctive(verb: Token) -> bool:
    """"ordered that he be jailed": a past participle after a bare "be" in a "that" clause is the act an
    order asks for, as "ordered him jailed" is."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return (verb.dep_ == "ccomp" and bool(auxes) and all(a.lower_ == "be" for a in auxes)
            and all(m.lower_ == "that" for m in marks) and any(c.dep_ == "nsubjpass" for c in verb.children))


def order_of_participle(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of ordering (order_verbs.txt) whose act a past participle is: "ordered the blogger jailed",
    "ordered him held in custody", "ordered that he be jailed", with the participle as a clause of the verb
    or of its object."""
    # the tagger often reads the participle as a past tense ("ordered the activist jailed"); with no
    # auxiliary or "that" of its own it is still the participle of a small clause
    if verb.tag_ not in {"VBN", "VBD"}:
        return None
    if any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children) and not ordered_passive_subjunctive(verb):
        return None
    if verb.dep_ in {"ccomp", "xcomp", "oprd"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        order = verb.head
    elif verb.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children):
        # "ordered him jailed for 15 days": the parser makes the person the order's object
        order = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        order = verb.head.head
    else:
        return None
    return order if order.i < verb.i and order.lemma_.lower() in lex.order_verbs else None


_VERB_POS = frozenset({get_string_id("VERB"), get_string_id("AUX")})
_NOUN_POS = get_string_id("NOUN")
_ROOT_DEP = get_string_id("ROOT")


def _trigger_candidates(sent: Span | Doc, lex: Lexicon) -> list[Token]:
    """The tokens find_predicates may code: a verb or noun whose lemma has rows for its part of
    speech, or a root noun whose lemma has verb rows (see there). Read off the doc's columns, so
    that no Token is made for the other words (most of them)."""
    doc, start, end = span_bounds(sent)
    pos, lemma, dep = token_column(doc, POS), token_column(doc, LEMMA), token_column(doc, DEP)
    out = []
    for i in range(start, end):
        kind = "VERB" if pos[i] in _VERB_POS else "NOUN" if pos[i] == _NOUN_POS else None
        if kind is None:
            continue
        word = _lower_lemma(doc, lemma[i])
        if lex.candidates(word, kind) or (kind == "NOUN" and dep[i] == _ROOT_DEP and lex.candidates(word, "VERB")):
            out.append(doc[i])
    return out


def _lower_lemma(doc: Doc, lemma: int) -> str:
    """A lemma id's text in lower case (as Token.lemma_.lower())."""
    return doc.vocab.strings[lemma].lower()


VIOLENT_TYPES = {"ASSAULT", "COERCE"}
RELATIVE_PRONOUNS = {"which", "that", "who"}


def _caused_by_nature(verb: Token, lex: Lexicon) -> bool:
    """"Floods killed 40 people", "the fire, which killed 72", "were killed in a bus crash": a disaster or an
    accident did it (non_agents.txt), not anyone's attack."""
    causes = []
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            subject = verb.head if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else child
            causes.append(subject)
        elif child.dep_ in {"agent", "prep"} and child.lower_ in {"by", "in"} and _is_passive(verb):
            causes.extend(c for c in child.children if c.dep_ == "pobj")
    return any(_is_non_agent(c, lex) for c in causes)


def _running_total(verb: Token) -> bool:
    """"14 people had been killed in all", "30 have been arrested so far": a passive with no "by" doer,
    closed by a phrase of tally_words.txt right after it, counts the toll of the deeds told."""
    if not _is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    words = [t.lower_ for t in verb.doc[verb.i + 1 : verb.sent.end]]
    for phrase in lexicon_word_list("tally_words.txt"):
        n = len(phrase.split())
        if words[:n] == phrase.split() and (len(words) == n or not words[n][:1].isalnum()):
            return True
    return False


def _state_left_in(participle: Token) -> bool:
    """"left 81 people injured", "left three soldiers dead": the state a deed left its victims in, however
    the parser hangs it; the deed is whatever did the leaving."""
    if participle.lower_ not in load_lexicon().left_states or participle.i == 0:
        return False
    victim = participle.doc[participle.i - 1]
    return any(t.dep_ == "dobj" and t.head.lemma_.lower() == "leave" for t in [victim, *victim.ancestors][:2])


def _participle_naming_its_noun(verb: Token) -> bool:
    """"freed ousted President Ali Bongo", "the deposed leader": a past participle between a verb, article
    or preposition and a name or noun describes the person by an earlier deed. The tagger often makes it a
    clause of the verb before it ("freed" -> xcomp "ousted"); a finite verb never follows those words
    directly, so it is the noun's modifier whatever the parse says."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.i == 0 or verb.i + 1 >= len(verb.doc):
        return False
    before, after = verb.doc[verb.i - 1], verb.doc[verb.i + 1]
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    return before.pos_ in {"VERB", "DET", "ADP"} and after.pos_ in {"PROPN", "NOUN"} and after.i in {t.i for t in verb.subtree} | {
        t.i for t in after.head.subtree if t.dep_ in {"compound", "amod"}} and after.dep_ in {"compound", "dobj", "nsubj", "pobj", "amod"}


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _is_non_agent(noun: Token, lex: Lexicon) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in lex.non_agents:
        return not _weapon_named(noun, lex)  # "a car bomb explosion" is an attack, "a gas explosion" is not
    # "the Grenfell fire": a fire named for a place or building, not gunfire ("Israeli fire")
    return lemma == "fire" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP"
                                   for c in noun.children)


def _carried_out(noun: Token, lex: Lexicon) -> bool:
    """"the group had carried out the blasts": an explosion someone carried out (a light verb's object,
    light_verbs.txt) was set off by them, an attack, not an accident."""
    return _first_conjunct(noun).dep_ in {"dobj", "nsubjpass"} and _governing_light_verb(noun, lex) is not None


def _is_instrument(entity: Entity, doc: Doc, offset: int, lex: Lexicon) -> bool:
    """"bombs hit houses", "the strike, which hit a convoy", "fighting has killed 32 people", "a statement
    calling for calm": a weapon (weapon_words.txt), an event (a NOUN row of triggers.tsv) or a text
    (text_nouns.txt) as the subject is how the deed was done or what said it, not who did it; with no
    one's code on it, it names no doer."""
    span = doc.char_span(entity.start - offset, entity.end - offset, alignment_mode="expand")
    if span is None:
        return False
    # the tagger reads a subject "Fighting" as a verb: its own form is the noun
    words = {span.root.lemma_.lower(), span.root.lower_}
    return any(w in lex.weapon_words or w in lex.text_nouns or lex.candidates(w, "NOUN") for w in words)


def _text_told_before(entity: Entity, doc: Doc, offset: int, lex: Lexicon) -> bool:
    """"The resolution demands that the rebels withdraw": a text (document_nouns.txt) named by "the" alone
    refers back to one told before, which speaks for its author (coreference finds the author)."""
    span = doc.char_span(entity.start - offset, entity.end - offset, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in lex.document_nouns:
        return False
    modifiers = [c for c in span.root.children if c.i < span.root.i]
    return len(modifiers) == 1 and modifiers[0].lower_ == "the"


def _weapon_named(noun: Token, lex: Lexicon) -> bool:
    """"a car bomb explosion", "a suicide blast", "an IED blast": a modifier (or its own modifier) names
    a weapon (weapon_words.txt)."""
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    mods += [g for m in mods for g in m.children if g.dep_ in {"compound", "amod", "nmod"}]
    return any(m.lemma_.lower() in lex.weapon_words or m.lower_ in lex.weapon_words for m in mods)


def _names_a_kind(tok: Token) -> bool:
    """"riot police", "protest leaders", "attack helicopters": an event noun that modifies another
    noun names a kind of thing, not an event; "air strike" keeps its head, "strike". (A noun of
    intention is the exception: "attack plans" are plans of an attack, see _intention_noun.)"""
    return tok.dep_ == "compound" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i > tok.i




def _intention_noun(noun: Token, lex: Lexicon) -> str | None:
    """"attack plans", "a coup plot": a noun of intention that an event noun modifies names that
    event as intended, not a kind of plan; its effect (modality.tsv: plan future, plot hypothetical)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.intention_nouns:
        return None
    effect = lex.modality.get(noun.lemma_.lower(), "future")
    return effect if effect in {"future", "hypothetical"} else "future"


OBLIGATION_AUX = {"must", "should"}
_CCOMP_DEP = frozenset({get_string_id("ccomp")})
_CLAUSE_DEPS = frozenset({get_string_id("ccomp"), get_string_id("acl"), get_string_id("relcl")})


def _looks_back(clause: Token) -> bool:
    """"said the premises should have been respected", "must have known": "should" or "must" with a perfect
    "have" judges or guesses at the past; no one can be asked now to have done something."""
    return any(c.dep_ == "aux" and c.lower_ in {"have", "'ve"} for c in clause.children)


def _sender_of_message(clause: Token) -> Token | None:
    """"issued a stern reminder to Iraq that it must cooperate": the verb that sends or issues a message
    noun (message_nouns.txt) whose "that" clause holds what it says."""
    noun = clause.head
    if (noun.lemma_.lower() not in lexicon_word_list("message_nouns.txt") or noun.dep_ != "dobj"
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)):
        return None
    return noun.head


def _obligations(sent: Span | Doc, lex: Lexicon, taken: set[int]) -> list[Found]:
    """"Washington declared that China must drop barriers": a demand by the speaker on the clause's subject."""
    if ("obligation", "OBLIGATION") not in lex.intents:
        return []
    etype, cameo = lex.intents[("obligation", "OBLIGATION")]
    out = []
    for clause in tokens_with(sent, DEP, _CLAUSE_DEPS):
        speaker_verb = clause.head if clause.dep_ == "ccomp" else _sender_of_message(clause)
        if speaker_verb is None or speaker_verb.i in taken:
            continue
        if clause.dep_ == "ccomp" and lex.modality.get(speaker_verb.lemma_.lower()) != "report":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in clause.children) \
                and not any(obliged_by_have_to(c) for c in clause.children):
            continue
        if _looks_back(clause):
            continue
        trig = _read_off_trigger(speaker_verb, etype, cameo, complement="hypothetical")
        out.append(Found(trig, speaker_verb, speaker_verb, [speaker_verb]))
        taken.add(speaker_verb.i)
    return out


_VERB_ONLY_POS = frozenset({get_string_id("VERB")})


_WITH = frozenset({get_string_id("with")})


def _disownings(sent: Span | Doc, lex: Lexicon, taken: set[int]) -> list[Found]:
    """"The Kremlin said it had nothing to do with the bill": disowning a deed is a denial by the subject
    of "have" (disowning_words.txt, intents.tsv `disowning` row)."""
    if ("disowning", "DISOWNING") not in lex.intents:
        return []
    etype, cameo = lex.intents[("disowning", "DISOWNING")]
    out = []
    for prep in tokens_with(sent, LOWER, _WITH):
        if (verb := disowning_verb(prep)) is None or verb.i in taken:
            continue
        trig = _read_off_trigger(verb, etype, cameo, complement="negated")
        words = [verb] + [t for t in verb.doc[verb.i + 1 : prep.i + 1] if t.head.i in {verb.i, prep.head.i, prep.head.head.i} or t == prep]
        out.append(Found(trig, verb, verb, sorted(set(words), key=lambda t: t.i)))
        taken.add(verb.i)
    return out


def _gatherings(sent: Span | Doc, lex: Lexicon, taken: set[int]) -> list[Found]:
    """"Thousands gathered outside the ministry to demand that he step down": a crowd that comes together
    to demand or denounce demonstrates (gathering_verbs.txt, intents.tsv `gathering` rows)."""
    out = []
    for verb in tokens_with(sent, POS, _VERB_ONLY_POS):
        if verb.i in taken or verb.lemma_.lower() not in lex.gathering_verbs:
            continue
        for purpose in _purpose_clauses(verb) + _participles_after(verb):
            aim = _choose_trigger(purpose, lex.candidates(purpose.lemma_.lower(), "VERB"), lex)
            intent = lex.intents.get(("gathering", aim.type)) if aim is not None else None
            if intent is not None:
                trig = _read_off_trigger(verb, intent[0], intent[1], mode="demo")
                out.append(Found(trig, verb, verb, [verb]))
                taken.add(verb.i)
                break
    return out


def _counted_among_casualties(sent: Span | Doc, taken: set[int]) -> list[Found]:
    """"The ambassador was among the wounded", "two French soldiers were among the dead": the subject of
    "be among" the dead or wounded (casualty_cues.tsv) is a victim of an attack told with no verb of its
    own (arguments.tally_copula)."""
    out = []
    for tok in casualty_words(sent, {"dead", "injured"}):
        if tok.i in taken:
            continue
        copula = tally_copula(tok)
        if copula is None:
            continue
        trig = _read_off_trigger(tok, "ASSAULT", "190")
        out.append(Found(trig, copula, tok, [tok]))
        taken.add(tok.i)
    return out


def _tolls_told_by_dying(sent: Span | Doc, taken: set[int]) -> list[Found]:
    """"41 of its soldiers had died": people told by number who died, with no deed named in the clause,
    are an ASSAULT toll with no doer (arguments.dead_told_dying). It is kept only when the dead's own
    phrase gives them a country (_has_participants): uncoded dead ("108 people have died") were
    measured worse on the held-out set."""
    out = []
    # dead_told_dying holds only of verbs: the others are passed over with no Token made for them
    for tok in tokens_with(sent, POS, _VERB_ONLY_POS):
        if tok.i in taken or not dead_told_dying(tok):
            continue
        trig = _read_off_trigger(tok, "ASSAULT", "190")
        out.append(Found(trig, tok, tok, [tok]))
        taken.add(tok.i)
    return out


def counted_kind(tok: Token) -> str | None:
    """dead | injured | arrested for a casualty word ("the dead", "the wounded", "those killed")."""
    return _kind_of_word(tok.lower_, tok.lemma_)


def _kind_of_word(lower: str, lemma: str) -> str | None:
    kinds = casualty_cues()
    return kinds.get(lower) or kinds.get(lemma.lower())


# (LOWER id, LEMMA id) -> counted_kind of a token with them: see casualty_words
_KIND_BY_IDS: dict[tuple[int, int], str | None] = {}


def casualty_words(sent: Span | Doc, kinds: set[str]) -> list[Token]:
    """The tokens of `sent` whose counted_kind is one of `kinds`, in order. Read off the doc's columns,
    the answer cached per (word, lemma) pair: every word of every sentence is asked about, and making a
    Token and reading its strings for each cost more than the rest of the search."""
    doc, start, end = span_bounds(sent)
    lower, lemma = token_column(doc, LOWER), token_column(doc, LEMMA)
    strings = doc.vocab.strings
    out = []
    for i in range(start, end):
        key = (lower[i], lemma[i])
        if key in _KIND_BY_IDS:
            kind = _KIND_BY_IDS[key]
        else:
            if len(_KIND_BY_IDS) > 200_000:  # bounded, as the other caches
                _KIND_BY_IDS.clear()
            kind = _KIND_BY_IDS[key] = _kind_of_word(strings[key[0]], strings[key[1]])
        if kind in kinds:
            out.append(doc[i])
    return out


def _purpose_clauses(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.i > verb.i and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _participles_after(verb: Token) -> list[Token]:
    """"Hundreds gathered outside parliament, demanding his arrest": a participle after a comma, with no
    subject of its own, tells what the crowd did as it gathered, as a purpose clause tells why."""
    return [c for c in verb.children if c.dep_ in {"advcl", "conj"} and c.i > verb.i and c.tag_ == "VBG"
            and c.i > 0 and c.doc[c.i - 1].text == "," and not any(a.dep_ in {"nsubj", "mark"} for a in c.children)]


def _aim_at_purpose_object(event: "SentenceEvent", by_pred: dict[int, "SentenceEvent"]) -> None:
    """"police opened fire to disperse the protesters", "soldiers fired live rounds to break up a crowd":
    force used with no one named as its target is aimed at those its purpose clause acts on."""
    if event.found.trigger.type not in VIOLENT_TYPES or any(r.code for r in event.recipients):
        return
    for clause in _purpose_clauses(event.found.pred):
        purpose = by_pred.get(clause.i)
        if purpose is not None and purpose is not event and purpose.found.trigger.type in VIOLENT_TYPES:
            if purpose.recipients:  # coded or not yet: the agents' country may be read off the story later
                event.recipients = list(purpose.recipients)
                return


# Offers and promises, whose target is whom the help they offer serves
OFFER_TYPES = frozenset({"AGREE"})
HELP_TYPES = frozenset({"AID", "COOPERATE"})


def _aim_offer_at_whom_it_serves(event: "SentenceEvent", promised: dict[int, list["SentenceEvent"]]) -> None:
    """"Spain offered to send soldiers to help train Malian troops": an offer or promise of help that names
    no one is made to whom the help it governs serves, however deep the parser puts it."""
    if event.found.trigger.type not in OFFER_TYPES or any(r.code for r in event.recipients) or event.derived:
        return
    own = {a.code for a in event.actors if a.code}
    served = [r for act in promised.get(event.found.head.i, []) if act.found.trigger.type in HELP_TYPES
              for r in act.recipients if r.code and r.code not in own and act.polarity != "asserted"]
    if served:
        event.recipients = _one_per_entity(served)


# Threats, whose target is what the force or punishment they promise is aimed at
THREAT_TYPES = frozenset({"THREATEN"})
THREATENED_TYPES = VIOLENT_TYPES | {"SANCTION"}


def _aim_threat_at_whom_it_strikes(event: "SentenceEvent", promised: dict[int, list["SentenceEvent"]]) -> None:
    """"FACT vowed to keep advancing on the capital", "threatened to attack the town": a threat that names
    no one is made against what the force it governs is aimed at (a place named only by its kind is
    given its country later, home_country.py)."""
    if event.found.trigger.type not in THREAT_TYPES or event.recipients or event.derived:
        return
    own = {a.code for a in event.actors if a.code}
    struck = [r for act in promised.get(event.found.head.i, []) if act.found.trigger.type in THREATENED_TYPES
              for r in act.recipients if act.polarity != "asserted" and (r.code is None or r.code not in own)]
    if struck:
        event.recipients = _one_per_entity(struck)


def _count_of_those_acted_on(event: "SentenceEvent", by_pred: dict[int, "SentenceEvent"]) -> None:
    """"police opened fire on the demonstrators, killing one person and arresting 12": a participle that
    only counts whom it hits, set after a deed of force, tells of the people that deed was aimed at."""
    pred = event.found.pred
    if event.found.trigger.type not in VIOLENT_TYPES or any(r.code for r in event.recipients):
        return
    if pred.dep_ not in {"advcl", "conj"} or pred.tag_ != "VBG" or _has_own_subject(pred):
        return
    objects = [c for c in pred.children if c.dep_ == "dobj"]
    if not objects or not all(o.like_num or o.lemma_.lower() in load_lexicon().unnamed_people for o in objects):
        return
    governor = pred.head
    while governor.dep_ == "conj" and governor.i not in by_pred:  # "killing one and arresting 12"
        governor = governor.head
    parent = by_pred.get(governor.i)
    if parent is not None and parent is not event and parent.found.trigger.type in VIOLENT_TYPES:
        event.recipients = list(parent.recipients) or event.recipients




def _sent_to_help(verb: Token) -> bool:
    """"would send FBI agents to help Sri Lankan investigators", "sent troops to protect the
    government": forces or agents sent to help someone are aid to them (CAMEO 074), aimed at whom
    the purpose serves, not a deployment against anyone."""
    return any(c.lemma_.lower() in load_lexicon().helping_verbs for c in _purpose_clauses(verb))


def _governing_light_verb(noun: Token, lex: Lexicon) -> Token | None:
    """"launched an attack", "carried out airstrikes", "engaged in talks": the light verb above the noun.

    A verb that is itself an event about its object ("called for a truce", "rejected talks")
    is not light: the noun is what it asks for or refuses.
    """
    noun = _first_conjunct(noun)
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "with" and verb.dep_ == "prep":
        # "retaliated with missile strikes", "responded with a barrage of rockets": only verbs listed with
        # "with" (light_verbs.txt) carry out what they are done with; "met with protests" does not
        verb = verb.head
        if _is_amount(verb, lex):
            verb = verb.head
        lemma = verb.lemma_.lower()
        entries = {f"{lemma} with"} | {f"{lemma} {p} with" for p in _particle_words(verb)}  # "hit back with"
        listed = verb.pos_ in {"VERB", "AUX"} and bool(entries & lex.light_verbs)
        return verb if listed else None
    if noun.dep_ == "pobj":  # "engaged in talks", "took part in protests"
        # "imposed sanctions over Ankara's offensive": a reason or a time is not what the verb carries out
        if verb.dep_ not in {"prep", "prt"} or verb.lower_ not in LIGHT_PREPS:
            return None
        verb = verb.head
        if _is_amount(verb, lex):  # "approved $350 million in military aid", "sent 200 tons of food"
            verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if not lex.is_light_verb(verb.lemma_.lower(), _particle_words(verb)):
        return None
    if noun.dep_ == "dobj" and _names_its_object(verb):
        return None
    own = _choose_trigger(verb, lex.candidates(verb.lemma_.lower(), "VERB"), lex)
    if own is not None and (own.complement in {"hypothetical", "negated"} or own.objects):
        # a row written for this very object wins: "lodged a protest", "declared a ceasefire"
        return None
    return verb


def _names_its_object(verb: Token) -> bool:
    """"called the raid an authoritarian act", "called the revolt a coup": a verb with a predicative noun
    names its object; it does not carry out the deed the object noun names ("called a strike")."""
    return any(c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def _told_again_in_relative_clause(found: list[Found], lex: Lexicon) -> list[Found]:
    """"did not impose the sanctions it placed on Mali", "announced sanctions, which it imposed on Iran": a
    light verb in a relative clause on an event noun carries out that noun's act as an event of its own
    (its own doer, target, date and polarity), whatever the main clause does with the noun."""
    preds = {f.pred.i for f in found}
    out = []
    for f in found:
        if f.head.pos_ != "NOUN":
            continue
        for clause in f.head.children:
            if (clause.dep_ != "relcl" or clause.i in preds or clause.pos_ not in {"VERB", "AUX"}
                    or any(c.dep_ in {"dobj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in clause.children)
                    or not lex.is_light_verb(clause.lemma_.lower(), _particle_words(clause))):
                continue
            out.append(Found(f.trigger, clause, f.head, [clause]))
            preds.add(clause.i)
    return out


def _same_act_listed_before(found: list[Found], light: Token, trig: Trigger, noun: Token) -> Found | None:
    """The predicate of the same type an earlier member of `noun`'s list already gave `light`."""
    if noun.dep_ != "conj":
        return None
    return next((f for f in found if f.pred == light and f.trigger.type == trig.type and f.head != noun), None)


def _first_conjunct(noun: Token) -> Token:
    """"launched artillery, mortar and rocket fire": the parser may make the event noun the last of a list
    of nouns; the list stands where its first member does, as the verb's object."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun


LIGHT_PREPS = {"in", "on", "into", "to", "upon", "of"}


def _is_amount(tok: Token, lex: Lexicon) -> bool:
    return tok.dep_ == "dobj" and (tok.lower_ in lex.partitives or tok.like_num
                                   or any(c.dep_ in {"nummod", "quantmod"} for c in tok.children))


def _choose_trigger(tok: Token, candidates: list[Trigger], lex: Lexicon, kb: ActorKB | None = None) -> Trigger | None:
    """The most specific row whose particle, object and subject conditions the parse meets.

    For a verb the conditions look at its object (direct object, passive
    subject, complement, or the particle's object: "went on strike"); for a
    noun at its modifiers ("heart attack" is not an ASSAULT). Rows of
    subject_triggers.tsv also look at who does it ("troops left Kabul").
    """
    if not candidates:
        return None
    # the verb's particles and prepositions are read only by rows with a particle or an exclusion: about
    # half the candidate lists have neither, and then the walk is skipped
    needs_words = any(t.particle or t.excluded for t in candidates)
    child_words = _particle_words(tok) | {p.lower_ for p in _light_verb_preps(tok, lex)} if needs_words else set()
    # a row without a particle is met by the verb's own object, not by a preposition's ("opened fire at
    # soldiers near the border" is no opening of the border); worked out only if a row asks
    objects = _ObjectLemmas(tok, lex, kb)
    # only worked out for the few lemmas that have such rows
    doer = _doer_of(tok, kb or load_kb()) if any(t.subjects for t in candidates) else None
    best, best_score = None, -1
    for trig in candidates:
        subject_score = _subject_score(trig, doer)
        if subject_score is None:
            continue
        if trig.particle:
            words = child_words | _infinitive_to(tok) | _for_clause(tok) if trig.complement else child_words
            if not any(p in words for p in _alternatives(trig.particle)):
                continue
        if trig.objects and not (trig.objects & (objects.through_preps if trig.particle else objects.direct)):
            continue
        if trig.excluded and trig.excluded & (objects.ruling_out | child_words):
            continue
        if trig.no_object and _has_direct_object(tok):
            continue
        score = 2 * bool(trig.particle) + bool(trig.objects) + subject_score
        if score > best_score:
            best, best_score = trig, score
    return best


def _subject_score(trig: Trigger, doer: "Doer | None") -> int | None:
    """How specific a row's subject condition is, or None when the doer does not meet it: a
    modified noun the row names (4: "peacekeeping troops") beats its bare noun (3: "troops"), which
    beats a sector (2: MIL); no condition is 0."""
    if not trig.subjects:
        return 0
    if doer is None:
        return None
    if trig.subjects & doer.phrases:
        return 4
    if trig.subjects & doer.nouns:
        return 3
    return 2 if trig.subjects & doer.sectors else None


@dataclass(frozen=True)
class Doer:
    """Who does a verb, as far as subject_triggers.tsv asks: nouns and sectors."""

    nouns: frozenset[str]  # the head's lemma and word ("troop", "troops")
    # each modifier with the head ("peacekeeping troop"); a modifier alone is not the doer ("army
    # chiefs" are no army)
    phrases: frozenset[str]
    sectors: frozenset[str]  # "MIL" for troops, warships, the army; "REB" for rebels, a known militia


def _doer_of(verb: Token, kb: ActorKB) -> Doer | None:
    """The doer of a verb: its subject, through control and relative clauses (verb_subject), and
    through a partitive ("a contingent of peacekeepers")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subjects = verb_subject(verb)[:1]
    if not subjects:
        return None
    head = real_head(subjects[0])
    modifiers = _modifiers(head)
    nouns = {head.lemma_.lower(), head.lower_}
    phrases = {f"{m.lemma_} {head.lemma_}".lower() for m in modifiers} | {f"{m.lower_} {head.lower_}" for m in modifiers}
    sector = _sector_of(head, modifiers + [head], kb)
    return Doer(frozenset(nouns), frozenset(phrases), frozenset({sector} if sector else ()))


def _modifiers(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < head.i]


def _sector_of(head: Token, words: list[Token], kb: ActorKB) -> str | None:
    """"U.S. troops" -> MIL, "security forces" -> COP (agents.tsv); a name by the actor base
    ("Hezbollah" -> REB); a country has no sector."""
    if head.pos_ == "PROPN":
        name = [w for w in words if w.pos_ == "PROPN"]
        entry = kb.lookup(" ".join(w.text for w in name))
        if entry is not None:
            return entry.sector
        # a name the base does not know, after its title: "Prime Minister Abiy Ahmed" is GOV
        titles = [w.text for w in words if w not in name or w.i < name[-1].i]
        return agent_sector_of(titles, len(titles) - 1, kb) if titles else None
    return agent_sector_of([w.text for w in words], len(words) - 1, kb)


def _infinitive_to(tok: Token) -> set[str]:
    """"committed to work toward", "consented to hold talks": a row that takes a clause as its
    complement meets its particle "to" with the infinitive marker of that clause as well as with
    the preposition ("committed to talks"); not with a purpose after an object ("committed troops
    to secure the border")."""
    if tok.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "dobj" for c in tok.children):
        return set()
    return {"to" for c in tok.children if c.dep_ in {"xcomp", "advcl"} and c.i > tok.i
            for g in c.children if g.dep_ == "aux" and g.lower_ == "to"}


def _for_clause(tok: Token) -> set[str]:
    """"called for Israel to halt its offensive", "pressed for the army to return to barracks": the
    parser makes "for" the marker of the clause, not a preposition of the verb; a row that takes a
    clause as its complement meets its particle "for" with it all the same."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return set()
    return {"for" for c in tok.children if c.dep_ in {"advcl", "ccomp"} and c.i > tok.i
            for g in c.children if g.dep_ == "mark" and g.lower_ == "for"}


def _alternatives(particle: str) -> list[str]:
    # a two-word particle ("out of") is recognised by its first word
    return [p.split()[0] for p in particle.split("|") if p.strip()]


def _particle_words(tok: Token) -> set[str]:
    return ({c.lower_ for c in tok.children if c.dep_ in {"prt", "prep", "advmod", "agent"} and not sets_a_day_for(c)}
            | _hyphen_prefix(tok) | _particle_read_as_a_count(tok) | _aim_hung_on_last_object(tok)
            | _with_hung_on_object(tok) | _particle_hung_on_a_noun(tok))


def _with_hung_on_object(tok: Token) -> set[str]:
    """"charged the ousted leader with rebellion", "supplied the rebels with rifles": the parser may hang
    the verb's "with" phrase on its direct object; it completes the verb."""
    if tok.pos_ != "VERB":
        return set()
    return {p.lower_ for o in tok.children if o.dep_ == "dobj"
            for p in o.children if p.dep_ == "prep" and p.lower_ == "with"}


# particles the parser may strand on a noun after a long object: "handed a suspect in the bombing over to"
STRANDED_PARTICLES = {"over", "back", "out", "off"}
_STRANDED_PARTICLE_IDS = frozenset(get_string_id(w) for w in STRANDED_PARTICLES)


def _particle_hung_on_a_noun(tok: Token) -> set[str]:
    """"handed a suspect in the Nairobi bombing over to Kenya": a particle belongs to a verb, but the
    parser may hang one split from its verb by a long object on the noun before it (as a particle or
    an adverb, the noun read as a gerund or not); it is the particle of the nearest verb above that noun."""
    if tok.pos_ != "VERB" or not has_value_between(tok.doc, LOWER, _STRANDED_PARTICLE_IDS, tok.left_edge.i, tok.right_edge.i + 1):
        return set()  # no such word in the verb's subtree: its walk is skipped (asked of every candidate verb)
    return {t.lower_ for t in tok.subtree if t.dep_ in {"prt", "advmod"} and t.lower_ in STRANDED_PARTICLES
            and t.head != tok and t.i > t.head.i and t.head.dep_ in {"pobj", "dobj"}
            and _nearest_verb_above(t.head) == tok}


def _nearest_verb_above(tok: Token) -> Token | None:
    return next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)


# The prepositions that say what a thing is fired or thrown at
AIM_WORDS = {"at"}


def _aim_hung_on_last_object(tok: Token) -> set[str]:
    """"fired rubber bullets, tear gas and stun grenades at the crowds": the parser may hang the "at"
    phrase on the last of a list of objects; it says what the verb's deed was aimed at."""
    if tok.pos_ != "VERB":
        return set()
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    listed = _later_conjuncts(objects)
    if not listed:
        return set()
    return {p.lower_ for p in listed[-1].children if p.dep_ == "prep" and p.lower_ in AIM_WORDS}


def sets_a_day_for(prep: Token) -> bool:
    """"called an election for Dec. 21", "called a strike for Monday": "for" with a named day, month or
    year as its object says when the deed is set for, it completes no verb ("called for elections") and
    dates no deed of its sentence (pipeline.py)."""
    if prep.lower_ != "for":
        return False  # "on Monday" and "in March" may sit beside a particle's own use of them
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(_names_a_day_month_or_year(o) for o in objects)


def dates_a_promised_thing(prep: Token) -> Token | None:
    """"promised free elections in April", "pledged a referendum by June": a named day, month or year
    after the object of a promise (promise_verbs.txt) is when the promised thing is to be, not when the
    promise was made. Returns that object, else None."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in load_lexicon().promise_verbs:
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or not all(_names_a_day_month_or_year(o) for o in objects):
        return None
    return next((o for o in verb.children if o.dep_ == "dobj" and o.i < prep.i), None)


def _names_a_day_month_or_year(tok: Token) -> bool:
    # "Monday", "Dec.", "2025"; not "a week of protests" or "the day of the vote", which name a span of deeds
    word = tok.text.rstrip(".")
    return (tok.pos_ == "PROPN" and (word in WEEKDAYS or word in MONTHS or word in MONTH_ABBREVIATIONS)
            or tok.text.isdigit() and len(tok.text) == 4)


def _particle_read_as_a_count(tok: Token) -> set[str]:
    """"handed over 20 tonnes of food", "turned over 12 suspects": the parser may read the particle right
    after the verb as "more than" on the number of its object; it still completes the verb ("hand over").
    A row with that particle reads it so; other verbs have none ("killed over 20 people")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.pos_ == "VERB" and tok.i + 1 < len(doc) else None
    if nxt is None or nxt.dep_ != "quantmod" or not nxt.head.like_num or nxt.head.head.head != tok:
        return set()
    return {nxt.lower_}


def _hyphen_prefix(tok: Token) -> set[str]:
    """"test-fired a missile": the parser splits a hyphenated verb and hangs its first part on the
    second; that part qualifies the verb as a particle does (a row's particle `test`)."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 2].head != tok:
        return set()
    return {doc[tok.i - 2].lower_}


def _object_tokens(tok: Token, lex: Lexicon, through_preps: bool = True) -> list[Token]:
    if tok.pos_ in {"VERB", "AUX"}:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr", "acomp", "oprd"}]
        objs += _later_conjuncts(objs)
        # "halt the Samjhauta Express, the train service to India": the apposition says what the name is
        objs += [a for o in objs if o.pos_ == "PROPN" for a in o.children if a.dep_ == "appos"]
        if any(c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"} for c in objs):
            # "called the strikes a violation of international law": naming; what is named is not what
            # the verb acts on ("called a strike"). An adjective is no name: "set herself ablaze"
            objs = [c for c in objs if c.dep_ != "dobj"]
        for prep in tok.children:
            # "described the deal as a mistake": a predicative "as" is the verb's own, like "called it a mistake"
            if prep.dep_ in {"prep", "prt"} and (through_preps or prep.lower_ == "as"):
                pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                # "taken to La Roca, a maximum-security prison": an apposition names the same thing
                objs += pobjs + [a for o in pobjs for a in o.children if a.dep_ == "appos"]
                # "barred them from entering": a gerund after the particle is what the particle governs
                objs += [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        controlled = controlled_subjects(tok, lex)
        objs += controlled + _what_the_controlled_do(controlled)
        objs += _participle_head(tok)
        objs += _misread_complements(tok)
        objs += [real_head(o) for o in objs if real_head(o) != o]
        return objs + _object_kinds(objs, lex) + _titles(objs)
    # a noun's conditions: its modifiers, and the object of its particle ("state of emergency",
    # "suspension of air links"), a named one by its title too ("the release of opposition leader X")
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    preps = [p for p in tok.children if p.dep_ == "prep"] + _light_verb_preps(tok, lex)
    pobjs = [o for p in preps for o in _prep_objects(p)]
    return mods + pobjs + _titles(pobjs)


def _later_conjuncts(objs: list[Token]) -> list[Token]:
    """"provided aerial photographs and other intelligence": every noun of a co-ordinated object is
    given, so each meets the verb's object condition, not only the first one the parser makes its head
    ("halt rice and fertiliser shipments": the parser makes "rice" the object, "shipments" its conjunct)."""
    out = []
    for obj in objs:
        if not has_value_between(obj.doc, DEP, _CONJ_DEP_IDS, obj.left_edge.i, obj.right_edge.i + 1):
            continue  # no conjunct in the object's subtree: its walk is skipped (most objects)
        out += [c for c in obj.subtree if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
                and _first_conjunct(c) == obj]
    return out


_CONJ_DEP_IDS = frozenset({get_string_id("conj")})


def _light_verb_preps(noun: Token, lex: Lexicon) -> list[Token]:
    """"imposed a ban on imports", "imposed a ban on Monday on Iranian airlines": the parser often
    hangs the noun's preposition on the light verb whose object the noun is; it qualifies the noun
    all the same, as it would hanging on the noun."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or not lex.is_light_verb(verb.lemma_.lower(), _particle_words(verb)):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]


def _prep_objects(prep: Token) -> list[Token]:
    """A preposition's object; "a ban on airlines using its airspace" makes the airlines the subject
    of a gerund clause under the preposition, and they are its object in meaning."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return objs + [s for c in prep.children if c.dep_ == "pcomp" for s in c.children if s.dep_ == "nsubj"]


def _what_the_controlled_do(controlled: list[Token]) -> list[Token]:
    """"allowed opposition leaders to hold a rally": the ones let or made to act are named by their whole
    noun ("opposition" as well as "leaders"), and what they are let do ("a rally") is part of what the
    verb allows, so both meet the verb's object condition."""
    kinds = [c for s in controlled for c in s.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < s.i]
    acts = [o for s in controlled for o in s.head.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
    return kinds + acts


def _misread_complements(verb: Token) -> list[Token]:
    """"took a priest and a dozen worshippers hostage": after a coordinated object the parser may
    hang the predicative noun on the verb as a conjunct; a noun is never a verb's conjunct in truth,
    so it is the verb's complement."""
    nouns = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > verb.i
             and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
    return nouns + _small_clause_objects(verb) + _trailing_adjectives(verb)


def _trailing_adjectives(verb: Token) -> list[Token]:
    """"called the decision illegal and unconstitutional": the parser may hang the adjective that
    completes the verb on its object as a modifier; an English modifier comes before its noun, so one
    right after the object, with its conjuncts, is the verb's complement (what the object is called)."""
    out = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        after = [a for a in obj.children if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i == obj.i + 1]
        out += after + [c for a in after for c in a.conjuncts]
    return out


def _small_clause_objects(verb: Token) -> list[Token]:
    """"leaving at least five people dead": the parser may read the object and the state it is left
    in as a clause of their own ("people dead"); the people are the verb's object all the same."""
    return [g for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.i > verb.i
            for g in c.children if g.dep_ == "nsubj" and g.i < c.i]


def _participle_head(verb: Token) -> list[Token]:
    """"a video released through his lawyer", "prisoners freed on Friday": a past participle that
    modifies a noun is said of that noun, its object in meaning, so the noun meets (or fails) the
    verb's object condition."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        return [verb.head]
    return []


def _object_kinds(objs: list[Token], lex: Lexicon) -> list[Token]:
    """"ended mediation efforts", "suspended the aid programme", "violated the ceasefire agreement":
    when the object is only a frame (frame_nouns.txt), its noun compound is what the verb acts on, and a
    sum's "in" phrase is ("suspended $2.5 million in aid"); "halted an aid convoy" keeps its own object
    (a convoy is not a frame)."""
    frames = lex.frame_nouns
    framed = [o for o in objs if o.lemma_.lower() in frames or o.lower_ in frames]
    # "an act of piracy", "a campaign of bombing": the "of" phrase names it as the compound does
    return [c for o in framed for c in o.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < o.i] \
        + [c for o in framed for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
           for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"] + things_a_sum_is_in(objs)


def _titles(objs: list[Token]) -> list[Token]:
    """"allowed candidate Alassane Ouattara to run", "freed opposition leader Kem Sokha": the title
    before a name says what the named one is, so it meets the verb's object condition too (and the
    nouns of a compound title: "opposition leader")."""
    # "dismissed Prime Minister Laisenia Qarase": the tagger may read a capitalised title as a name
    title_words = actor_word_list("title_words.txt")
    titles = [c for o in objs if o.pos_ == "PROPN" for c in o.children
              if c.dep_ == "compound" and c.i < o.i and (c.pos_ == "NOUN" or c.lower_ in title_words)]
    return titles + [g for t in titles for g in t.children if g.dep_ == "compound" and g.pos_ == "NOUN"]


def _has_direct_object(tok: Token) -> bool:
    # "demonstrated in Seoul" has no object; "demonstrated its resolve" has one
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "dobj" for c in tok.children)


class _ObjectLemmas:
    """A candidate token's object lemmas, each set worked out on first use (most rows ask for none)."""

    def __init__(self, tok: Token, lex: Lexicon, kb: ActorKB | None = None):
        self.tok, self.lex, self.kb = tok, lex, kb

    @cached_property
    def through_preps(self) -> set[str]:
        return _object_lemmas(self.tok, self.lex, kb=self.kb)

    @cached_property
    def ruling_out(self) -> set[str]:
        """The objects a row's excluded words are checked against: a verb's direct object when it has
        one ("seized a cargo ship off the port of Hodeidah" seizes a ship, not a port), else the objects
        of its prepositions too ("seized on the opportunity"). A passive subject is the thing acted on as a
        direct object is: "Ahmed was seized after days of shelling" seizes Ahmed, not days."""
        return self.direct if _has_direct_object(self.tok) or _has_passive_subject(self.tok) else self.through_preps

    @cached_property
    def direct(self) -> set[str]:
        if self.tok.pos_ not in {"VERB", "AUX"}:
            return self.through_preps
        return _object_lemmas(self.tok, self.lex, through_preps=False, kb=self.kb) | _said_clause(self.tok)


def _has_passive_subject(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubjpass" for c in tok.children)


# the object value a triggers.tsv row names to ask for a said clause
SAID_CLAUSE = "that-clause"


def _said_clause(verb: Token) -> set[str]:
    """{SAID_CLAUSE} when the verb reports a clause with its own subject ("the army is abusing
    detainees, a rights group protested"): such a verb is said, not done, so a row can tell a
    complaint from a street protest."""
    for c in verb.children:
        if c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children):
            return {SAID_CLAUSE}
    return set()


def _object_lemmas(tok: Token, lex: Lexicon, through_preps: bool = True, kb: ActorKB | None = None) -> set[str]:
    objs = _object_tokens(tok, lex, through_preps)
    return ({c.lemma_.lower() for c in objs} | {c.lower_ for c in objs} | _joined_compounds(objs)
            | _named_countries(objs, kb or load_kb()))


def _joined_compounds(objs: list[Token]) -> set[str]:
    """"called off air strikes": an object written as two words meets a row that writes it as one
    ("airstrike"), so that the air strike is told from the workers' strike."""
    return {c.lower_ + o.lemma_.lower() for o in objs for c in o.children
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == o.i - 1}


def _named_countries(objs: list[Token], kb: ActorKB) -> set[str]:
    """"the African Union suspended Sudan": a country's name meets an object condition that names
    "country" ("suspend + country|member" is a suspension from a body). A capital or seat of power
    stands for its government ("would help Baghdad"), so it meets "government"."""
    for o in objs:
        if o.pos_ != "PROPN" or o.dep_ == "compound":
            continue
        name = [c for c in o.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [o]
        entry = kb.lookup(" ".join(t.text for t in name))
        if entry is not None and entry.kind == "country":
            return {"country"}
        if entry is not None and entry.kind == "metonym":
            return {"government"}
    return set()


def _particles(tok: Token, trig: Trigger) -> list[Token]:
    if not trig.particle:
        return []
    wanted = set(_alternatives(trig.particle))
    return [c for c in tok.children if c.lower_ in wanted and c.dep_ in {"prt", "prep", "advmod", "agent"}]


def _threatened_or_promised_by(f: Found, by_pred: dict[int, "SentenceEvent"]) -> "SentenceEvent | None":
    """The threat or promise whose direct object is this event noun ("threatened further sanctions",
    "promised an inquiry"), or None."""
    if f.head.dep_ != "dobj" or f.pred != f.head:
        return None
    governor = by_pred.get(f.head.head.i)
    return governor if governor is not None and threatens_or_promises(governor.found) else None


def _consumed_objects(found: list["Found"], lex: Lexicon) -> set[int]:
    """Nouns a verb row needed as its object ("went on strike", "lifted sanctions"): not events of their own.
    An act threatened or promised ("threatened sanctions") is one: told as not yet done."""
    used = set()
    for f in found:
        if f.trigger.objects and f.head.pos_ in {"VERB", "AUX"} and not threatens_or_promises(f):
            used |= {o.i for o in _object_tokens(f.head, lex) if o.lemma_.lower() in f.trigger.objects or o.lower_ in f.trigger.objects}
    # "dismissed Moscow's accusation that Kyiv planned an attack": an accusation answered is one made;
    # naming who made it and whom it accuses, it is told here too
    nouns = {f.head.i: f for f in found if f.pred == f.head and f.trigger.type in CONTENT_TARGET_TYPES}
    return {i for i in used if i not in nouns
            or not (named_doers(nouns[i].head) and content_clause_subjects(nouns[i].head))}


# --- arguments --------------------------------------------------------------


@dataclass
class SentenceEvent:
    found: Found
    actors: list[Entity]
    recipients: list[Entity]
    polarity: str
    dead: int | None
    injured: int | None
    arrested: int | None
    derived: bool = False  # an intent read off a future event, not a predicate of its own


def code_sentence(doc: Doc | Span, offset: int, lex: Lexicon, kb: ActorKB, on: date | None = None,
                  countries: Sequence[str] = ()) -> list[SentenceEvent]:
    """All events of one parsed sentence chunk; offsets are shifted by `offset`. `countries`: those the
    article is about, most named first (they choose between towns of one name)."""
    found = find_predicates(doc, lex, kb)
    if not found:
        return []
    triggers_at = {f.head.i: f for f in found}
    event_nouns = {f.head.i: f for f in found if f.head.pos_ in {"NOUN", "PROPN"} and f.pred == f.head}
    absorbed = _absorbed_nouns(found) | _consumed_objects(found, lex)
    resolver = Resolver(kb, offset, event_nouns, on, absorbed={f.head.i: f for f in found if f.head.i in absorbed},
                        countries=countries)
    pred_ids = {f.pred.i for f in found}
    types_at = {f.pred.i: f.trigger.type for f in found}  # predicate -> the type of the event it tells
    protests_at = {i for f in found if f.trigger.type == "PROTEST" for i in (f.pred.i, f.head.i)}
    by_pred: dict[int, SentenceEvent] = {}
    retyped: dict[int, Trigger] = {}
    promised: dict[int, list[SentenceEvent]] = {}  # governing predicate -> the acts it governs
    events = []
    for f in found:
        if f.head.i in absorbed or _purpose_of_a_protest_taken_in(f, absorbed & protests_at) \
                or _protest_a_complaint_is_made_for(f, types_at):
            continue
        helping = f.trigger.type == "MOBILIZE" and _sent_to_help(f.pred)
        sent = f
        if helping:
            f = replace(f, trigger=replace(f.trigger, type="AID", mode="", cameo="074", context="military"))
        actors, recipients = event_arguments(f, resolver)
        above = f.head.head.head.i  # (an index: one walk up, not one per event found)
        deed_types = {g.trigger.type for g in found if g.pred.i == above}
        helper = _helper_in_a_deed(f.head) if deed_types & MATERIAL_DEED_TYPES else None
        if helper is not None:
            # "flew over Banjul in support of the ground troops": the doer of the deed and the side named
            # after the noun co-operate in it (helping_phrases.txt says who helps whom)
            doers = resolver.entities(verb_subject(f.head.head.head)[:1])
            partners = resolver.entities(_partner_named(f.head))
            actors, recipients = (doers, partners) if helper == "doer" else (partners, doers)
            military = bool(deed_types & FORCE_DEED_TYPES)
            f = replace(f, trigger=replace(f.trigger, type="COOPERATE", mode="", cameo="062" if military else "060",
                                           context="military" if military else f.trigger.context))
        if f.trigger.mode in lexicon_word_list("recipientless_modes.txt"):
            recipients = []  # "quit the government": a resignation is done to no one
        if helping:  # the forces sent are the sender's own; the aid goes to whom the purpose serves
            served = resolver.entities(purpose_targets(f.pred), coded_only=True)
            if _serves_only_its_own(actors, served):
                f = sent  # "flew paratroopers to its base to protect Russian families": a deployment
                actors, recipients = event_arguments(f, resolver)
            else:
                recipients = served or recipients
        actors = [a for a in actors if a.code or not _is_instrument(a, f.pred.doc, offset, lex)
                  or _text_told_before(a, f.pred.doc, offset, lex)]
        actors = [a for a in actors if not _dates_an_event_noun(a, f.pred.doc, offset, lex)]
        if f.pred.dep_ == "acl" and f.pred.tag_ in PAST_PARTICIPLE_TAGS and _told_by_among(f.pred.head):
            # "were among hundreds of politicians detained by police": the politicians are detained
            recipients = recipients or resolver.entities([f.pred.head])
            # "was among 14 policemen killed in the first hours": with no "by" phrase, the noun the deed is
            # told of is its victim, never its doer
            actors = [a for a in actors if not _names_token(a, f.pred.head, resolver.offset)]
        if f.pred.dep_ == "acl" and _backing_of_those_acting(f):
            # "Malian troops backed by French helicopters": the backed troops are whom the backers fight with
            recipients = recipients or resolver.entities([f.pred.head], modifiers_only=True)
        if f.pred == f.head and f.head.pos_ == "NOUN":
            actors = [a for a in actors if not _is_date(a)]  # "a June 30 coup": a date is no doer
            by = _nominal_agent(f.head)
            if by and f.trigger.type in CONTENT_TARGET_TYPES and by[0].head.head != f.head and named_doers(f.head):
                by = []  # "Pakistan's accusations of violations by India": India is the accused, not the accuser
            if by:  # "the arrest of an officer by police": the police arrested, the officer was arrested
                phrase = (resolver.offset + by[0].left_edge.idx, resolver.offset + by[0].right_edge.idx + len(by[0].right_edge))
                recipients = [r for r in recipients if not phrase[0] <= r.start < phrase[1]]
                if not any(a.code for a in actors):
                    actors = resolver.entities(by, modifiers_only=True) or actors
            actors = actors or resolver.entities(_doers_told_within(f.head, triggers_at))
            threat = _threatened_or_promised_by(f, by_pred)
            if threat is not None and not any(a.code for a in actors):
                # "threatened sanctions against Minsk", "promised an inquiry": whoever threatens or
                # promises an act is the one who would do it
                actors = threat.actors or actors
                recipients = recipients or threat.recipients
        size = count_casualties(f.pred if f.pred.pos_ in {"VERB", "AUX"} else f.head, pred_ids,
                                custody=f.trigger.type == "COERCE")
        polarity, governor = polarity_of(f, lex, triggers_at)
        disowner = disowned_by(f.head) if f.pred == f.head else []
        if disowner:
            # "Iran denied any role in the attacks": the deed told as not done, by the one who denies it
            polarity = "negated"
            actors = actors if any(a.code for a in actors) else resolver.entities(disowner) or actors
        intended = _intention_noun(f.pred, lex) if f.head.dep_ == "compound" and f.pred == f.head.head else None
        if intended is not None:
            # "Iranian attack plans": the plans' owner is the one who would attack; planned, not done
            actors = actors or resolver.entities(noun_actor_tokens(f.pred), modifiers_only=True)
            recipients = recipients or resolver.entities(noun_recipient_tokens(f.pred))
            polarity = stronger(polarity, intended)
        elif f.pred == f.head and _more_of_them(f.head):
            # "more attacks could follow": not yet, maybe never, as its clause's verb says; no
            # statement of intent is read off it
            clause = own_polarity(f.head.head)
            intended = None if clause == "asserted" else clause
            polarity = stronger(polarity, clause)
        if governor is not None and polarity == "future" and not _topic_of_an_event_between(f, governor, triggers_at):
            _promise_of_force(governor, f, lex, retyped)
        if _vows_force(f, lex):
            retyped[f.head.i] = replace(f.trigger, type="THREATEN", cameo="130", mode="")
        elif _vows_refusal(f, lex):
            refusal = lex.intents[("negated", "AGREE")]
            retyped[f.head.i] = replace(f.trigger, type=refusal[0], cameo=refusal[1], mode="")
        f = _recoded_when_aimed_abroad(f, actors, recipients)
        f = _judgement_of_something_said(f, lex)
        recipients = _addressee_of_meeting(f, recipients, by_pred)
        recipients = _without_own_land_left(f, actors, recipients, lex)
        recipients = _without_own_forces_moved(f, actors, recipients)
        recipients = _answers_request_before(f, recipients, by_pred)
        recipients = _parties_of_the_event_made(f, recipients, by_pred, resolver.offset)
        recipients = _answers_what_its_noun_restates(f, recipients, by_pred, lex)
        # a crowd's deed is read as its riot first: "rioted, setting fire to their mattresses" restates the riot
        event = _crowd_deed(SentenceEvent(f, actors, recipients, polarity, size.dead, size.injured, size.arrested), lex,
                            by_pred)
        if _states_a_protest_purpose(f, protests_at):
            continue
        restated = _deed_its_record_restates(f, by_pred)
        if restated is not None:
            by_pred[f.pred.i] = restated  # named again, with nothing of its own to add
            continue
        parent = _same_event_parent(event.found, by_pred)
        if parent is not None:
            _fold_into(parent, event)
            _share_counts_with_its_sides(parent, events)
            by_pred[f.pred.i] = parent  # "killing 12 and wounding 30": later conjuncts fold in too
            continue
        by_pred[f.pred.i] = event
        if governor is not None:
            promised.setdefault(governor.head.i, []).append(event)
        event = _joint_action(event, lex)
        events.extend(_reciprocal_split(event, lex))
        if (polarity != "asserted" and governor is None and intended is None and not in_condition(f.pred)
                and not claimed(f.pred, lex) and not _unstated_infinitive(f.pred, lex)
                and not _obliged(f.pred) and not _doer_is_governed_object(f.pred, lex) and not _only_weighed(f.pred, lex)
                and not _expected_by_others(f.pred) and not occurrence_told(f, lex) and not _only_believed(f.pred, lex)):
            # "Palestinians and Israelis failed to reach agreement": each side refused the other
            for part in _stated_by_its_speaker(_reciprocal_split(event, lex), lex, resolver):
                intent = _stated_intent(part, lex, resolver, types_at)
                if intent is not None:
                    events.append(intent)
    events = [replace(e, found=replace(e.found, trigger=retyped[e.found.head.i])) if e.found.head.i in retyped else e
              for e in events]
    for e in events:
        _aim_at_purpose_object(e, by_pred)
        _aim_threat_of_a_measure_at_home(e, by_pred, lex)
        _aim_coup_at_own_country(e, lex)
        _count_of_those_acted_on(e, by_pred)
        _aim_offer_at_whom_it_serves(e, promised)
        _aim_threat_at_whom_it_strikes(e, promised)
    with_sides = {id(e) for e in events if _has_participants(e, lex)}
    for e in events:
        if id(e) not in with_sides:
            _pass_toll_to_the_deed_it_was_in(e, by_pred, with_sides)
    return [e for e in events if id(e) in with_sides and not _mentioned_in_passing(e, triggers_at)
            and not _describes_its_noun(e.found) and not _undergone_by_its_noun(e.found) and not _named_in_passing(e.found) and not _a_share_did_it(e)
            and not _aid_merely_held(e.found) and not _state_of_the_object(e.found)
            and not _order_to_own_forces(e, lex, doc, offset) and not _meeting_as_the_setting(e)
            and not _journey_with_no_foreign_host(e, lex)]


def _pass_toll_to_the_deed_it_was_in(event: SentenceEvent, by_pred: dict[int, SentenceEvent],
                                     kept: set[int]) -> None:
    """"police fired tear gas at protesters in clashes that left 81 people injured": the clashes name no
    side of their own and are no record, but the deed told in them ("in", "during") took their toll."""
    pred = event.found.pred
    if pred.dep_ != "pobj" or pred.head.dep_ != "prep" or pred.head.lower_ not in {"in", "during", "amid"}:
        return
    # the nearest deed above the phrase: the parser may hang it on a word of that deed's clause
    host = next((by_pred[t.i] for t in pred.head.ancestors if t.i in by_pred), None)
    if host is None or host is event or id(host) not in kept:
        return
    fill_missing_counts(host, event)


def _journey_with_no_foreign_host(event: SentenceEvent, lex: Lexicon) -> bool:
    """"Yeltsin flew to Tallinn" is a visit to Estonia's government; "the president flew to Santa Cruz",
    "flew to Miami" after resigning, is a journey: a leader's going somewhere (journey_verbs.txt) visits
    someone only when a foreign government is there to host him, as its capital says ("had flown to France a
    day before the fighting" names a country, not whom he went to see)."""
    f = event.found
    if f.trigger.type != "CONSULT" or f.trigger.mode != "visit" or f.head.lemma_.lower() not in lex.journey_verbs:
        return False
    own = {a.code for a in event.actors if a.code}
    return not any(r.code and r.code not in own and r.sector == "GOV" for r in event.recipients)


def _meeting_as_the_setting(event: SentenceEvent) -> bool:
    """"The Organization of American States, meeting in Washington, voted to deplore ...", "West African
    leaders, meeting by video link, demanded ...": a participle of meeting set off by commas beside the
    doer, with no one met named, says where and how the doer acted; the deed is the main verb's."""
    pred = event.found.pred
    if event.found.trigger.type != "CONSULT" or pred.tag_ != "VBG" or event.recipients:
        return False
    if pred.i == 0 or pred.doc[pred.i - 1].text != "," or any(c.dep_ in {"dobj", "nsubj"} for c in pred.children):
        return False
    return (pred.dep_ == "acl" and pred.head.dep_ in SUBJECT_DEPS) or (pred.dep_ == "advcl" and pred.i < pred.head.i)


def _order_to_own_forces(event: SentenceEvent, lex: Lexicon, doc: Doc | Span, offset: int) -> bool:
    """"ordered police to stop firing", "ordered the army to deploy", "its fighters had been ordered not to
    harm anyone": an order down one's own chain of command (to forces named by their role noun, or to no
    one named) is the orderer's own act, coded as the act ordered (examples/README.md: "ordered troops to
    Kabul" is a MOBILIZE, "ordered police to stop firing" a CONCEDE), not a request to anyone. An order
    to someone named ("ordered Zuniga to withdraw his men") asks that person."""
    f = event.found
    if f.trigger.type != "REQUEST" or f.head.lemma_.lower() not in lex.order_verbs or f.head.pos_ != "VERB":
        return False
    if _orders_a_thing(event, offset):
        return True
    own = {a.code for a in event.actors if a.code}
    return all(r.sector in FORCE_SECTORS and (not own or r.code in own | {None}) and not _names_someone(r, doc, offset)
               for r in event.recipients)


def _orders_a_thing(event: SentenceEvent, offset: int) -> bool:
    """"ordered the intervention", "ordered a review of the policy": an order whose object is a thing, not
    a party (no code, no sector), addresses no one; the orderer has its own people carry it out."""
    objects = [c for c in event.found.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if not objects:
        return False
    parties = [r for r in event.recipients if r.code or r.sector]
    return not any(r.start <= offset + o.idx < r.end for o in objects for r in parties)


def _names_someone(entity: Entity, doc: Doc | Span, offset: int) -> bool:
    """The entity's words hold a proper noun ("General Zuniga", "Haitian police chief Leon Charles"), not
    only a role noun ("the police", "its fighters")."""
    return any(t.pos_ == "PROPN" for t in doc if entity.start <= offset + t.idx < entity.end)


def _expected_by_others(pred: Token) -> bool:
    """"Abiy is expected to arrive in Khartoum", "the envoy is scheduled to meet Hamas": the infinitive of a
    passive governor is what others expect or have planned for the doer, no statement of intent by it."""
    return pred.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in pred.head.children)


def _only_believed(pred: Token, lex: Lexicon) -> bool:
    """"students feared the army would storm the campus": an act in the clause of a verb of fearing or
    believing (belief_verbs.txt) is what someone fears or thinks, no statement of intent by its doer."""
    return pred.dep_ == "ccomp" and pred.head.lemma_.lower() in lex.belief_verbs


def _only_weighed(pred: Token, lex: Lexicon) -> bool:
    """"is considering suspending Egypt", "will meet to consider sanctions": an act governed by a verb
    of weighing an option (deliberation_verbs.txt) is no statement of intent."""
    governor = pred.head
    return (pred.dep_ in {"xcomp", "ccomp", "dobj", "pcomp"} and governor != pred
            and governor.lemma_.lower() in lex.deliberation_verbs)


def _unstated_infinitive(pred: Token, lex: Lexicon) -> bool:
    """"defended the right of its troops to fire on militants", "an attempt to kill the governor", "a
    bid to seize the town": an act in the infinitive of a noun is a statement of intent only when the
    noun names one ("plans to", "its decision to": a `future` row of modality.tsv); a right, an attempt
    or an effort states nothing about what its holder will do."""
    noun = pred.head
    if pred.dep_ != "acl" or noun.pos_ not in {"NOUN", "PROPN"} or noun == pred:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
        return False
    return lex.modality.get(noun.lemma_.lower()) != "future"


def _obliged(pred: Token) -> bool:
    """"Iran must cooperate with the inspectors", "Serbia should withdraw its police", "demanded that
    Israel ease restrictions": an act one must or should do, or a subjunctive, is demanded of its doer
    (_obligations), not promised by it."""
    return (any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in pred.children) or is_subjunctive(pred)
            or obliged_by_have_to(pred))


def _doer_is_governed_object(pred: Token, lex: Lexicon) -> bool:
    """"allowed the opposition leader to hold a rally", "authorized the army to strike": the doer of an
    act in the infinitive is the object of the verb above it, who is allowed or made to act and has
    stated nothing; the verb's own subject has. So is the doer of a bare infinitive after "help" or
    "let" (bare_infinitive_verbs.txt: "would help Baghdad repel the offensive"), which the parser
    makes the infinitive's subject."""
    if pred.dep_ not in {"xcomp", "ccomp"}:
        return False
    governor = pred.head
    if governor.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
        return _bare_infinitive_of(pred, governor, lex)
    objects = [c for c in governor.children if c.dep_ in {"dobj", "dative"} and c.i < pred.i]
    raised = [c for c in pred.children if c.dep_ in SUBJECT_DEPS and governor.i < c.i < pred.i]
    return bool(objects or raised)


def _bare_infinitive_of(pred: Token, governor: Token, lex: Lexicon) -> bool:
    """"help Baghdad repel": a bare infinitive with its own subject, right after a verb that takes one."""
    if governor.lemma_.lower() not in lex.bare_infinitive_verbs or any(c.dep_ == "aux" for c in pred.children):
        return False
    return any(c.dep_ in SUBJECT_DEPS and governor.i < c.i < pred.i for c in pred.children)


def _dates_an_event_noun(entity: Entity, doc: Doc, offset: int, lex: Lexicon) -> bool:
    """"after a June 30 coup toppled the government": the date modifies the subject, an event noun (a
    NOUN row of triggers.tsv); it says when that event was, it does not do the deed."""
    if not _is_date(entity):
        return False
    span = doc.char_span(entity.start - offset, entity.end - offset, alignment_mode="expand")
    return span is not None and span.root.head.pos_ == "NOUN" and bool(lex.candidates(span.root.head.lemma_.lower(), "NOUN"))


def _is_date(entity: Entity) -> bool:
    words = entity.entity_text.lower().replace(",", " ").split()
    return bool(words) and all(w in load_lexicon().time_words or w.isdigit() for w in words)


SCENE_RELATIVES = {"in", "during"}


def _doers_told_within(noun: Token, triggers_at: dict[int, Found]) -> list[Token]:
    """"overnight riots in which protesters torched metro stations", "clashes during which troops
    fired on crowds": the doers of a deed told in a relative clause set inside the event are the
    event's own doers."""
    doc = noun.doc
    for clause in noun.sent:
        if clause.dep_ != "relcl" or clause.i not in triggers_at or clause.i < noun.i:
            continue
        first = clause.left_edge
        opens = first.lower_ in SCENE_RELATIVES and first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "which"
        # the clause follows the noun's phrase, or only its date between ("riots on Friday in which"),
        # whatever the parser hung it on
        if opens and _only_its_date_between(noun, first):
            return [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ != "which"][:1]
    return []


def _only_its_date_between(noun: Token, start: Token) -> bool:
    phrase = {t.i for t in noun.subtree}
    between = [t for t in noun.doc[noun.i + 1 : start.i] if t.i not in phrase]
    return all(t.lower_ in load_lexicon().time_words or t.like_num or t.is_punct or (t.dep_ == "prep" and t.lower_ in {"on", "at"})
               for t in between)


def _promise_of_force(governor: Found, found: Found, lex: Lexicon, retyped: dict[int, Trigger]) -> None:
    """"vowed to retaliate", "pledged to crush the rebels": a promise of force is a threat (CAMEO 13x).
    An offer is not: "offered to send soldiers to train its army" is made to be taken up."""
    if governor.trigger.type != "AGREE" or governor.trigger.lemma in OFFER_LEMMAS:
        return
    if found.trigger.type == "MOBILIZE" and _sent_on_a_mission(found.pred, lex):
        return  # "pledged to send troops at the government's request": a promise of protection
    intent = lex.intents.get(("future", found.trigger.type))
    if intent is not None and intent[0] == "THREATEN":
        retyped[governor.head.i] = replace(governor.trigger, type=intent[0], cameo=intent[1], mode="")


def _topic_of_an_event_between(found: Found, governor: Found, triggers_at: dict[int, Found]) -> bool:
    """"promised an inquiry into every killing": the killing is what the promised inquiry is about, an
    event noun between the promise and the act; only the inquiry is promised, the promise is no threat.
    The parser may hang the "into" phrase on the promise itself: an event looked into is a topic too."""
    if found.head.dep_ == "pobj" and found.head.head.lower_ == "into" and found.head.pos_ == "NOUN":
        return True
    for above in found.head.ancestors:
        if above in (governor.head, governor.pred):
            return False
        if above.pos_ == "NOUN" and above.i in triggers_at:
            return True
    return False


OFFER_LEMMAS = {"offer"}


def _promised_acts(found: Found, lex: Lexicon) -> list[Token]:
    """The verbs a promise ("vowed", "pledged") promises; none for other predicates."""
    if found.trigger.type != "AGREE" or found.trigger.lemma not in lex.promise_verbs or found.pred != found.head:
        return []
    complements = [c for c in found.pred.children if c.dep_ in {"xcomp", "ccomp"} or _infinitive_read_as_purpose(c)]
    return complements + [g for c in complements for g in c.children if g.dep_ == "xcomp"]  # "vowed to keep fighting"


def _infinitive_read_as_purpose(clause: Token) -> bool:
    """"vowed before a crowd in Tehran to uproot the rulers": with a phrase between, the parser may take
    a promise's to-infinitive for a purpose clause; a promise's bare to-infinitive is what it promises."""
    return clause.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) \
        and not any(a.dep_ in {"nsubj", "mark"} for a in clause.children)


def _forswears(verb: Token) -> bool:
    """"vowed not to return the land", "pledged never to surrender": the promised act is negated."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _vows_refusal(found: Found, lex: Lexicon) -> bool:
    """"vowed never to withdraw its forces", "pledged not to lift sanctions": a promise not to do an
    act that intents.tsv reads, refused, as a REJECT ("will not withdraw") is that refusal. A promise
    not to use force ("vowed not to attack civilians") or to forgo something ("pledged not to seek
    another term") stays a promise."""
    acts = _promised_acts(found, lex)
    if not acts or not _forswears(acts[0]) or _names_force(acts[0], lex):
        return False
    refused = {lex.intents.get(("negated", t.type), ("",))[0] for t in lex.candidates(acts[0].lemma_.lower(), "VERB")}
    return "REJECT" in refused


def _names_force(verb: Token, lex: Lexicon) -> bool:
    objects = [o for o in verb.children if o.dep_ in {"dobj", "nsubjpass"}]
    objects += [o for p in verb.children if p.dep_ in {"prep", "prt"} for o in p.children if o.dep_ == "pobj"]
    return verb.lemma_.lower() in lex.force_words or any(o.lemma_.lower() in lex.force_words for o in objects)


def _vows_force(found: Found, lex: Lexicon) -> bool:
    """"vowed to hunt down those responsible", "vowed that the attackers would be punished":
    a promise whose complement is force is a threat, even when that complement is no event of ours;
    not when it forswears it ("vowed not to attack civilians"). So is a promise that another will
    suffer for what they did ("vowed that Israel would pay dearly")."""
    acts = _promised_acts(found, lex)
    if acts and _forswears(acts[0]):
        return False
    return any(_names_force(verb, lex) or _promises_a_fate(verb, found.pred, lex) for verb in acts)


def _promises_a_fate(verb: Token, promise: Token, lex: Lexicon) -> bool:
    """"vowed that Israel would pay dearly for the bloodshed", "swore the killers would regret it": a
    promise that someone other than the promiser will undergo a fate (fate_verbs.txt: pay, suffer, face,
    regret) is a threat. Something paid or faced that is no force ("would pay compensation", "would face
    an election") makes it a promise or a forecast, and so does a fate told of the promiser or its own."""
    if verb.lemma_.lower() not in lexicon_word_list("fate_verbs.txt"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    promisers = [c for c in promise.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ not in {"NOUN", "PROPN"} \
            or any(p.lower_ == subjects[0].lower_ for p in promisers):
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subjects[0].children):
        return False  # "swore that his men would suffer no more": the promiser's own people
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return all(o.lemma_.lower() in lex.force_words for o in objects)


PAST_PARTICIPLE_TAGS = {"VBN", "VBD"}  # the tagger calls some reduced relatives past tense ("Africans ordered out")
# "12 civilians killed in an air strike on Monday": news of violence is often told through its
# victims, so a participle of an attack is still the attack told
TOLD_BY_ITS_VICTIMS = {"ASSAULT"}


def _describes_its_noun(f: Found) -> bool:
    """"weapons seized last year from peacekeepers", "land confiscated by the state in the 1970s",
    "nationals suspected by the West of the bombing": a past participle with no subject or auxiliary
    of its own that modifies a noun (a reduced relative clause) says what the noun is, background the
    sentence takes as known, not an event it tells. Unless the participle is the main verb the parser
    missed (_main_verb_misread)."""
    verb = f.pred
    if _struggle_it_is_known_by(verb) or _partisanship_it_is_known_by(verb) or _what_a_target_holds(verb):
        return True
    if _ongoing_cause_of_a_group_described(verb):
        return True
    if _standing_relation_to_its_noun(verb) and not _charge_on_its_noun(f):
        return True
    if f.trigger.type in TOLD_BY_ITS_VICTIMS or verb.dep_ != "acl" or verb.tag_ not in PAST_PARTICIPLE_TAGS:
        return False
    if verb.head.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return False
    if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux", "auxpass"} for c in verb.children):
        return False
    if _backing_of_those_acting(f):
        return False
    return not _main_verb_misread(verb) and not _told_by_among(verb.head)


PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _charge_on_its_noun(f: Found) -> bool:
    """"the cleric whom Western governments accuse of leading JI", "the bombings, which Washington blames on
    al-Qaeda": a charge told in a relative clause on what it is about is still its maker's stance, news of
    its own, in any tense; it does not merely say which cleric or which bombings are meant. Inside a
    reported clause ("HRW said guards beat refugees, whom authorities blame for ...") it is the speaker's
    description of who was beaten, left as background."""
    return (f.trigger.type == "ACCUSE" and f.pred.dep_ == "relcl"
            and not any(t.dep_ == "ccomp" for t in f.pred.ancestors))


def _standing_relation_to_its_noun(verb: Token) -> bool:
    """"raided three hospitals it supports", "the militias that Iran funds": a relative clause in the simple
    present whose object is the noun it modifies says what the noun is to its subject, a standing relation,
    not a deed the story tells ("the town the rebels captured on Monday" is one)."""
    if verb.dep_ != "relcl" or verb.tag_ not in PRESENT_TAGS or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in children):
        return False
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.tag_ in RELATIVE_TAGS for c in subjects):
        return False  # "groups that support the rebels": the noun is the doer, not what the clause is about
    return not any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} and c.tag_ not in RELATIVE_TAGS for c in children)


def _event_made_by_those_named(f: Found) -> bool:
    """"talks with the rebels that were brokered by Qatar", "a truce, which was agreed by both commanders":
    a relative clause that names who made an event the noun tells (a trigger noun of its own) is told with
    that event, as its making; it says who made it, not what a thing is known by. A deed whose event is
    the noun itself ("sanctions that were imposed by the EU", a light verb) is that event, told as known.
    (Reduced relatives, "talks mediated by the AU", are left as background: tried in session 17, the
    held-out F1 fell.)"""
    noun = f.pred.head
    return (noun != f.head and noun.pos_ == "NOUN" and bool(load_lexicon().candidates(noun.lemma_.lower(), "NOUN"))
            and any(c.dep_ == "agent" for c in f.pred.children))


def _backing_of_those_acting(f: Found) -> bool:
    """"Malian troops backed by French helicopters retook Konna": forces backed by others while they do
    the deed the sentence tells fight together in it; the backing is told with that deed, not as what
    the troops are known by."""
    noun = f.pred.head
    return (f.trigger.type == "COOPERATE" and noun.dep_ in SUBJECT_DEPS and noun.head.pos_ in {"VERB", "AUX"}
            and _backers_named(f.pred))


def _backers_named(participle: Token) -> bool:
    """"backed by French helicopters", "backed by NATO jets": the backers' side is named with them;
    "U.S. troops backed by helicopter gunships" are backed by their own arms, no one else's."""
    return any(t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper())
               for agent in participle.children if agent.dep_ == "agent" for t in _phrase_below(agent))


def _phrase_below(tok: Token) -> list[Token]:
    """A phrase's words without a clause the parser hung inside it ("backed by tanks invaded Chad":
    "invaded Chad" is the subject's deed, not said of the tanks)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.pos_ not in {"VERB", "AUX"})
    return out


def _serves_only_its_own(actors: list[Entity], served: list[Entity]) -> bool:
    """Forces sent to protect the sender's own people or bases are no aid to anyone: still a deployment."""
    own = {a.code for a in actors if a.code}
    return bool(own) and bool(served) and all(r.code in own for r in served)


def _names_token(ent: Entity, tok: Token, offset: int) -> bool:
    return ent.start <= offset + tok.idx < ent.end


def _told_by_among(noun: Token) -> bool:
    """"Two former chief ministers were among hundreds of politicians detained by police", "he was among
    those arrested": a participle on the noun that someone is said to be "among" is the news itself,
    told of them, not background that says who the noun is."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PRON", "NUM"}:
        noun = noun.head.head  # "hundreds of politicians": the count is what they are among
    among = noun.head if noun.dep_ == "pobj" else None
    return (among is not None and among.lower_ == "among" and among.head.lemma_ == "be"
            and among.head.pos_ in {"AUX", "VERB"})


def _struggle_it_is_known_by(verb: Token) -> bool:
    """"a ceasefire with rebels fighting to topple his government": a present participle on a noun, with
    no object of its own and only a purpose after it, names the cause the group is known by, not a
    deed the sentence tells ("gunmen firing on the crowd" has an object and stays)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"dobj", "nsubj", "aux", "prep"} for c in verb.children):
        return False
    return any(c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children) for c in verb.children)


def _ongoing_cause_of_a_group_described(verb: Token) -> bool:
    """"Lashkar-e-Taiba, a militant group that is fighting Indian rule in Kashmir": a relative clause in the
    progressive on an apposition, whose pronoun is the doer, says what the group named before is known
    for, its ongoing cause, to tell the reader who it is; it is no deed the sentence tells."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBG" or not _set_beside_a_name(verb.head):
        return False
    children = list(verb.children)
    return (any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)
            and any(c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS for c in children))


def _set_beside_a_name(noun: Token) -> bool:
    """"Lashkar-e-Taiba, a militant group": a noun phrase set off by a comma right after a name describes
    it, whatever the parser calls it (an apposition, or an object when two names come before)."""
    first = noun.left_edge
    return noun.dep_ == "appos" or (first.i >= 2 and first.nbor(-1).text == "," and first.nbor(-2).pos_ == "PROPN")


def _what_a_target_holds(verb: Token) -> bool:
    """"set fire to a church sheltering hundreds of people", "shelled a school housing refugees": a present
    participle of holding on the object of another verb says what the target held when the deed was done,
    not a deed of its own ("aircraft carrying supplies landed" is the doer's)."""
    held = target_holding(verb)
    if held is None:
        return False
    noun, governor = held
    return noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ in {"dobj", "pobj", "nsubjpass"} and governor.pos_ == "VERB"


def target_holding(participle: Token) -> tuple[Token, Token] | None:
    """For a present participle of holding (holding_participles.txt) on a noun ("a church *sheltering*
    hundreds"): the noun and the word that governs it (the verb, or the verb over its preposition)."""
    return _noun_a_participle_describes(participle, {"VBG"}, load_lexicon().holding_participles)


DESCRIBING_PARTICIPLES = lexicon_word_list("describing_participles.txt")


def target_description(participle: Token) -> tuple[Token, Token] | None:
    """For a participle that says whose a noun is or what it serves as (describing_participles.txt: "planes
    *belonging* to an exile group", "a school *used* as a base"): the noun and the word that governs it."""
    return _noun_a_participle_describes(participle, {"VBG", "VBN"}, DESCRIBING_PARTICIPLES)


def _noun_a_participle_describes(participle: Token, tags: set[str], lemmas: frozenset[str]) -> tuple[Token, Token] | None:
    """The noun a participle of `lemmas` (tagged one of `tags`) hangs on as a clause, and the word that
    governs the noun (the verb, or the verb over its preposition)."""
    if participle.dep_ != "acl" or participle.tag_ not in tags or participle.lemma_.lower() not in lemmas:
        return None
    noun = participle.head
    return noun, (noun.head.head if noun.dep_ == "pobj" else noun.head)


def _partisanship_it_is_known_by(verb: Token) -> bool:
    """"armed groups backing Libya's two rival prime ministers": a present participle of partisanship on
    a noun (partisan_participles.txt) names the side the group stands with, as "loyal to" does; the
    group takes that side's country (arguments.sides_stood_with), and no SUPPORT is told."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}
            and verb.lemma_.lower() in load_lexicon().partisan_participles
            and any(c.dep_ == "dobj" for c in verb.children))


UNDERGOER_DEPS = {"dobj", "nsubjpass"}


def _state_of_the_object(f: Found) -> bool:
    """"dragged him out wounded", "carried the driver away injured": a bare past participle right after a
    verb's object (or its particle) says the state the object was in, no deed of its own."""
    verb = f.pred
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or f.pred != f.head:
        return False
    if any(c.dep_ not in {"punct", "advmod"} for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    return before is not None and any(before.i == o.right_edge.i for o in objects) or (
        bool(objects) and before is not None and before.dep_ in {"prt", "advmod"} and before.head == verb.head)


def _undergone_by_its_noun(f: Found) -> bool:
    """"a helicopter that was captured last week", "the ministers, whom the rebels had taken hostage":
    a relative clause whose pronoun is the deed's object or passive subject says what happened to the
    noun before, to tell who the noun is; the sentence takes that deed as known, as with a reduced
    relative (_describes_its_noun). A relative whose pronoun is the doer ("Trump, who offered to help")
    tells the doer's deed and stays."""
    verb = f.pred
    if verb.dep_ != "relcl" or f.pred != f.head or _rejection_of_something_said(f, load_lexicon()):
        return False
    if _charge_on_its_noun(f):
        return False
    if f.trigger.type == "REQUEST":
        return False  # "the bishops, whom he asked to mediate": one is asked, not done to; the request is news
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "a statement that would have called on ...": what the text would do is its content
    if _event_made_by_those_named(f):
        return False
    return any(c.dep_ in UNDERGOER_DEPS and c.tag_ in RELATIVE_TAGS for c in verb.children)


def _a_share_did_it(event: "SentenceEvent") -> bool:
    """"96.8 percent of voters had backed joining Russia", "60 percent of Israelis support the strikes":
    a share of a people as the doer is a tally of votes or answers, no one's deed."""
    return any(any(w in a.entity_text.lower() for w in load_lexicon().share_words) for a in event.actors)


def _aid_merely_held(f: Found) -> bool:
    """"although the agency had $12 million of unspent donations": aid that a verb of owning
    (owning_verbs.txt) says someone holds, with no giver named ("from", "of"), tells what they have,
    not an act of giving; "has the support of Britain" names its giver and stays."""
    verb, noun = f.pred, f.head
    if f.trigger.type != "AID" or noun.i == verb.i or verb.lemma_.lower() not in OWNING_VERBS:
        return False
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "$12 million of donations"
    return held.dep_ == "dobj" and held.head.i == verb.i and not givers(verb, noun)


def _named_in_passing(f: Found) -> bool:
    """"congratulated Afghans on what he called their victory", "seized what the army called a major
    base": a naming verb whose object is a free relative "what" gives the thing its speaker's name in
    passing; the sentence tells another deed, the naming is no praise or accusation of its own."""
    verb = f.pred
    return (verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)
            and any(c.dep_ == "oprd" for c in verb.children))


def _main_verb_misread(participle: Token) -> bool:
    """"A rights group protested on Monday": the noun is the root, so the sentence has no other main
    verb. "Troops deployed on Monday after the authorities turned to Damascus": the noun is the
    subject of a root verb that opens with a subordinator, which a main clause never does; the
    participle is the main verb."""
    noun = participle.head
    if verb_hung_past_participle(participle) is not None:
        return False  # "troops backed by tanks invaded Kuwait": "invaded" is the main verb
    if noun.dep_ == "ROOT" or _in_verbless_root_phrase(noun):
        return True
    if appositive_of_verbless_root(noun):
        return not _main_verb_after_apposition(participle)
    root = noun.head
    return noun.dep_ in SUBJECT_DEPS and root.dep_ == "ROOT" and any(c.dep_ == "mark" for c in root.children)


def _main_verb_after_apposition(participle: Token) -> bool:
    """"The Real IRA, a group opposed to the deal, admitted ...": the parser hangs the main verb on the
    root noun or on its apposition, after the comma that closes the participle's phrase; the participle
    then only says what the group is."""
    end = participle.right_edge.i
    doc = participle.doc
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return False
    hosts = (participle.head, participle.head.head)
    return any(c.pos_ == "VERB" and c.i > end for h in hosts for c in h.children)


def _in_verbless_root_phrase(noun: Token) -> bool:
    """"Volunteers from two aid groups donated blankets": the parser may make the first noun the root
    and hang the verb on the noun of its "from" phrase; the sentence then has no main verb but the
    participle, as when the noun itself is the root."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and _stranded_opening_noun(prep.head)


def _stranded_opening_noun(noun: Token) -> bool:
    """A noun with no verb of its own: the root, or, before "..., officials said", a noun the parser
    hangs on the reporting verb as a bare modifier."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    return noun.dep_ == "ROOT" or (noun.dep_ == "npadvmod" and noun.head.dep_ == "ROOT" and noun.i == noun.sent.start)


# the types of a deed of force: co-operating in one is military co-operation (CAMEO 062)
FORCE_DEED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
# deeds in which sides co-operate; words and protests are not ("marched in support of the president" is
# the march's purpose, part of the protest)
MATERIAL_DEED_TYPES = FORCE_DEED_TYPES | {"AID", "COOPERATE"}


def _helper_in_a_deed(noun: Token) -> str | None:
    """Who helps in "in support of X", "with the help of X" (helping_phrases.txt): "doer" when the verb's
    doer helps X, "named" when X helps the doer; None when the noun is no such phrase on a verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"} or not _partner_named(noun):
        return None
    entries = lexicon_word_list("helping_phrases.txt")
    key = f"{prep.lower_} {noun.lemma_.lower()}"
    return next((who for who in ("doer", "named") if f"{key} {who}" in entries), None)


def _partner_named(noun: Token) -> list[Token]:
    """The side named after a noun of co-operation: "support *of* the troops", "cooperation *with* the army"."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "with"}
            for o in p.children if o.dep_ == "pobj"][:1]


def _has_participants(event: "SentenceEvent", lex: Lexicon) -> bool:
    """An event needs someone acting, or someone known it is done to ("killed 32 people" alone is not one),
    unless it is a toll told in the passive ("at least 10 people were killed") or a fight's toll
    ("fighting has killed 1,000 civilians")."""
    return (bool(event.actors) or any(r.code for r in event.recipients) or _toll_told_passively(event)
            or _done_to_a_named_one(event) or _toll_of_a_fight(event, lex) or _toll_of_a_weapon(event, lex)
            or _target_of_a_weapon(event, lex) or _aimed_at_its_survivor(event))


def _aimed_at_its_survivor(event: "SentenceEvent") -> bool:
    """"He survived a grenade attack": an attack told through the one who came through it, who may be
    named by a pronoun that coreference codes later."""
    return (event.found.trigger.type in VICTIM_TYPES and bool(event.recipients)
            and bool(survivors_of(event.found.head)))


def _toll_of_a_fight(event: "SentenceEvent", lex: Lexicon) -> bool:
    """"Fighting since June has killed more than 1,000 civilians": a fight (a reciprocal noun,
    reciprocal.txt) that kills people told by number reports the toll as news, as the passive toll
    does; the gold codes it with no actor and no recipient when no side is named (examples/README.md,
    null rule). Sides named ("clashes between A and B") give the fight its actors instead."""
    pred = event.found.pred
    if event.found.trigger.type != "ASSAULT" or pred.pos_ != "VERB" or _is_passive(pred):
        return False
    if any(t.dep_ == "relcl" for t in [pred, *pred.ancestors]):
        return False
    subjects = [c for c in pred.children if c.dep_ == "nsubj"]
    objects = [c for c in pred.children if c.dep_ == "dobj"]
    fights = [s for s in subjects if {s.lemma_.lower(), s.lower_} & lex.reciprocal]
    return bool(fights) and bool(objects) and all(_counts_people(o) for o in objects)


def _toll_of_a_weapon(event: "SentenceEvent", lex: Lexicon) -> bool:
    """"A car bomb killed 28 people", "a roadside bomb exploded, killing three soldiers": a weapon
    (weapon_words.txt) that kills or wounds people told by number reports an attack's toll as news, as a
    fight's toll does; with no one's code on the weapon the gold codes it with no actor and no recipient
    (examples/README.md, null rule)."""
    pred = event.found.pred
    if event.found.trigger.type != "ASSAULT" or pred.pos_ != "VERB" or _is_passive(pred):
        return False
    if any(t.dep_ == "relcl" for t in [pred, *pred.ancestors]):
        return False
    # "exploded, killing 28 people": the participle tells whom the blast itself hit
    objects = [c for c in pred.children if c.dep_ == "dobj"] or [
        o for c in pred.children if c.dep_ == "advcl" and c.tag_ == "VBG" for o in c.children if o.dep_ == "dobj"]
    if not objects or not all(_counts_people(o) for o in objects):
        return False
    return any(_is_weapon(s, lex) for s in _subjects_of_clause(pred))


def _target_of_a_weapon(event: "SentenceEvent", lex: Lexicon) -> bool:
    """"Rockets struck rebel-held districts", "a bomb tore through his motorcade": a weapon (weapon_words.txt)
    that hits a thing names no doer, yet the attack is news; its target may have no code until the place
    or coreference gives one, so a target named is enough, as the counted dead are for a weapon's toll."""
    pred = event.found.pred
    if event.found.trigger.type != "ASSAULT" or pred.pos_ != "VERB" or _is_passive(pred) or not event.recipients:
        return False
    if any(t.dep_ == "relcl" for t in [pred, *pred.ancestors]):
        return False
    return any(_is_weapon(s, lex) for s in _subjects_of_clause(pred))


def _subjects_of_clause(pred: Token) -> list[Token]:
    """The subject of `pred`; for a conjunct or a trailing participle ("exploded, killing 28 people") with
    none of its own, the subject of the verb it hangs on."""
    for _ in range(3):
        subjects = [c for c in pred.children if c.dep_ == "nsubj"]
        if subjects or pred.dep_ not in {"conj", "advcl"} or pred.head is pred:
            return subjects
        if pred.dep_ == "advcl" and pred.tag_ != "VBG":
            return []
        pred = pred.head
    return []


def _is_weapon(noun: Token, lex: Lexicon) -> bool:
    """"a car bomb", "a missile", "a car bomb explosion": a weapon (weapon_words.txt), or a blast one names."""
    return noun.lemma_.lower() in lex.weapon_words or noun.lower_ in lex.weapon_words or _weapon_named(noun, lex)


def _done_to_a_named_one(event: "SentenceEvent") -> bool:
    """"Zuniga was arrested late on Wednesday", "Glas was taken to La Roca prison": a passive deed of force
    done to someone named, though the name has no code yet (coreference codes it from the story)."""
    pred = event.found.pred
    if event.found.trigger.type not in VIOLENT_TYPES or pred.pos_ != "VERB" or not event.recipients:
        return False
    subjects = [c for c in pred.children if c.dep_ in PASSIVE_SUBJECT_DEPS] or shared_passive_subject(pred)
    return bool(subjects) and all(s.pos_ == "PROPN" for s in subjects)


def _toll_told_passively(event: "SentenceEvent") -> bool:
    """"At least 10 people were killed", "about 200 people had been arrested": a passive deed of force
    with no agent whose subject counts people reports that the deed happened, though the text does not
    say who did it; the gold codes it with no actor (examples/README.md, null rule). A relative clause
    ("where 28 people have been killed this year") recalls a toll as background, not as news."""
    pred = event.found.pred
    if event.found.trigger.type not in VIOLENT_TYPES or pred.pos_ != "VERB":
        return False
    if _counted_among_those_it_befell(pred):
        return True
    if not _is_passive(pred):
        return False
    if any(c.dep_ == "agent" for c in pred.children):
        return False
    if any(t.dep_ == "relcl" for t in [pred, *pred.ancestors]):
        return False  # "Serbia, where 24 people were killed in riots last March": background, not news
    subjects = [c for c in pred.children if c.dep_ == "nsubjpass"]
    # "17 suspects were detained": an arrest counts any kind of people; a toll of dead or wounded only
    # people as such ("10 people were killed") or civilians of a kind ("ten villagers were hacked to
    # death"), as soldiers or police hurt are mostly told as a side's losses
    kinds = event.found.trigger.type == "COERCE"
    return bool(subjects) and all(_counts_people(s, kinds or VICTIM_SECTORS) for s in subjects)


def _counted_among_those_it_befell(pred: Token) -> bool:
    """"the colonel was among 14 policemen killed in the first hours": the toll a person is counted
    among, told with a bare participle and no "by" doer."""
    return (pred.dep_ == "acl" and pred.tag_ in PAST_PARTICIPLE_TAGS and _told_by_among(pred.head)
            and not any(c.dep_ == "agent" for c in pred.children))


def _counts_people(noun: Token, kinds: bool | frozenset[str] = False) -> bool:
    """"at least 10 people", "dozens of people", "more than 300 others": people told by number; with
    `kinds` also a kind of them ("17 suspects", "dozens of protesters": agents.tsv), or with a set of
    sectors a kind of those sectors ("ten villagers" of VICTIM_SECTORS)."""
    people = _names_people(noun, kinds)
    # "both men" counts them as surely as "two men" does
    counted = noun.like_num or any(c.like_num or c.dep_ == "nummod" or c.lower_ == "both" for c in noun.children)
    if noun.lower_ in COUNTING_HEADS:
        counted = people = people or any(c.dep_ == "prep" and c.lower_ == "of" and any(_names_people(o, kinds) for o in c.children)
                                         for c in noun.children)
    return people and counted


def _names_people(noun: Token, kinds: bool | frozenset[str]) -> bool:
    # a common noun for people ("people", "others"), or with `kinds` for a kind of them ("suspects", "students"),
    # of the given sectors when `kinds` is a set of them
    if noun.lemma_.lower() in load_lexicon().unnamed_people:
        return True
    if not kinds or noun.pos_ != "NOUN":
        return False
    sector = load_kb().agent_sector(noun.lower_)
    return sector is not None and (kinds is True or sector in kinds)


def _mentioned_in_passing(event: "SentenceEvent", triggers_at: dict[int, Found] | None = None) -> bool:
    """"Iran condemned the attack", "Iraq denounced the U.S. strike": an event noun inside another
    event's argument, with nobody named as its actor or nobody as its target, refers to an event
    told elsewhere; coding it again adds only noise. Not so an event noun a link cue introduces
    ("in protest at the arrest of ... by police", "after overnight riots") or one that adds to
    those told ("more attacks could follow"): those are told here."""
    f = event.found
    if f.pred != f.head or f.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    # inside a phrase ("after a week of Palestinian unrest", "in the current uprising"), the protesters'
    # own government read off the protesters names no one; a subject ("Palestinian protests erupted") is told
    own = {(a.start, a.end) for a in event.actors} if f.head.dep_ == "pobj" else set()
    named = [r for r in event.recipients
             if r.code and not (r.inferred and (r.start, r.end) in own)]
    if any(a.code for a in event.actors) and named:
        return False
    if named and f.trigger.type in VICTIM_TYPES and (suffering_verb(f.head) is not None or left_dead(f.head)):
        return False  # "three soldiers died in a roadside bombing": told through its victims' deaths
    if _aimed_at_its_survivor(event):
        return False  # "he survived a grenade attack": told through the one it was aimed at
    if any(a.code for a in event.actors) and _told_in_full(f.head):
        return False  # "the arrest by Saudi authorities of several activists": its doer and its object
    if any(a.code for a in event.actors) and (responsible_for(f.head) or disowned_by(f.head) or marked_by(f.head)):
        return False  # "the Taliban claimed responsibility for the bombing": told with its doer
    if any(a.code for a in event.actors) and (purpose_of_journey(f.head) or done_in_protest(f.head)):
        # "thousands of Kenyans gathered in Nairobi for a rally", "blocked roads in protest": told by the deed
        return False
    if (_introduced_by_cue(f.head) or _more_of_them(f.head)) and not _told_by_its_clause(f, triggers_at or {}):
        return False
    if any(a.code for a in event.actors) and _main_subject_with_its_doer(f.head):
        return False  # "Protests by Chilean students spread to five cities": the sentence tells that event
    if f.head.dep_ == "dobj" and threatens_or_promises((triggers_at or {}).get(f.head.head.i)):
        return False  # "threatened further sanctions": the act threatened is told here, as not yet done
    return f.head.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj"}


_DEFINITE = {"the", "this", "that", "these", "those"}


def _main_subject_with_its_doer(noun: Token) -> bool:
    """"Protests by the jailed leader's supporters spread", "Attacks by rebels continued": an event noun,
    not definite, that names its doers and is the subject of the sentence's main verb is what the sentence
    tells, not an event it only mentions. A definite one ("Iran's attack prompted sanctions", "the
    strike by Israel came days after") names an event told before."""
    return (noun.dep_ == "nsubj" and _tells_a_clause(noun.head) and not _definite(noun)
            and bool(named_doers(noun)))


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _tells_a_clause(verb: Token) -> bool:
    """The verb of a finite clause the sentence tells: its main one, or one joined to it ("as protests by
    X spread", "and attacks by Y continued"); not a relative clause describing a noun."""
    return verb.dep_ == "ROOT" or (verb.tag_ in FINITE_TAGS and verb.dep_ in {"advcl", "conj"})


def _told_by_its_clause(f: Found, triggers_at: dict[int, Found]) -> bool:
    """"followed by an airstrike that killed 12 rebels": a relative clause whose subject is the noun
    itself tells the noun's deed with a verb of its type; the verb's event is the one told."""
    return any(c.dep_ == "relcl" and c.i in triggers_at and triggers_at[c.i].trigger.type == f.trigger.type
               and any(s.dep_ in SUBJECT_DEPS and s.lower_ in {"that", "which"} for s in c.children)
               for c in f.head.children)


def _introduced_by_cue(noun: Token) -> bool:
    """"in protest at the arrest of a former officer by police", "after overnight riots", "in
    retaliation for Kenya's deployment of troops": an event noun a link cue introduces is the event
    the sentence answers or follows, told here in its own right, unless it only names one told
    before: "the strike", "Iran's attack" (definite, with none of its participants spelled out)."""
    if noun.dep_ not in {"pobj", "dobj"} or not _after_cue(noun):
        return False  # "after a coup toppled the government": the cue introduces a clause, not the noun
    if not _definite(noun):
        return True
    # told in full: its doer ("Kenya's", "by police") and what it was done to ("of troops")
    doer = any(c.dep_ == "poss" for c in noun.children) or bool(_nominal_agent(noun))
    return doer and bool(_of_object(noun))


def _told_in_full(noun: Token) -> bool:
    """"the arrest by Saudi authorities of several activists", "the detention of a reporter by police": an
    event noun that names both its doer ("by") and what it was done to ("of") tells the event here; the
    parser may hang the "of" on the doer."""
    by = _nominal_agent(noun)
    return bool(by) and bool(_of_object(noun) or _of_object(by[0]))


def _of_object(noun: Token) -> list[Token]:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _nominal_agent(noun: Token) -> list[Token]:
    """"the arrest of a former officer by Kosovo police": the doer of an event noun in its "by"
    phrase, which the parser may hang on the noun's "of" object instead."""
    objects = _of_object(noun)
    # "the arrest of dozens of students by police": past a partitive too
    for holder in [noun] + objects + [real_head(o) for o in objects if real_head(o) != o]:
        for c in holder.children:
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
                return [g for g in c.children if g.dep_ == "pobj"][:1]
    return []


def _after_cue(noun: Token) -> bool:
    return ends_with_cue(_text_before(noun.left_edge, 40))


def _text_before(tok: Token, width: int) -> str:
    """The `width` characters of the doc's text before `tok`, read off the tokens just before it:
    Doc.text joins every token of the doc on each call."""
    doc, lo = tok.doc, max(0, tok.idx - width)
    first = tok.i
    while first > 0 and doc[first - 1].idx + len(doc[first - 1].text_with_ws) > lo:
        first -= 1
    if first == tok.i:
        return ""
    return doc[first : tok.i].text_with_ws[lo - doc[first].idx :]


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children)


def _more_of_them(noun: Token) -> bool:
    """"more attacks could follow", "further strikes will come": an event noun that adds to those
    told names new events, not one told before; as the subject of its clause it is that clause's
    event (and its modal says it has not happened yet)."""
    return noun.dep_ == "nsubj" and any(c.dep_ == "amod" and c.lower_ in load_lexicon().additive_words for c in noun.children)




def _joint_action(event: "SentenceEvent", lex: Lexicon) -> "SentenceEvent":
    """"Russian and Chinese warships held naval exercises": what two or more states do together, with
    no one else named as its target, is done with each other (intents.tsv `joint` rows)."""
    intent = lex.intents.get(("joint", event.found.trigger.type))
    states = {a.code for a in event.actors if a.code and a.code not in NON_STATE_CODES}
    if intent is None or len(states) < 2 or any(r.code for r in event.recipients):
        return event
    trig = replace(event.found.trigger, type=intent[0], cameo=intent[1], mode="")
    joint = replace(event, found=replace(event.found, trigger=trig), recipients=[])
    coded = [a for a in joint.actors if a.code]
    return joint if len(coded) >= 2 else event


def _crowd_deed(event: "SentenceEvent", lex: Lexicon, by_pred: dict[int, "SentenceEvent"]) -> "SentenceEvent":
    """"Protesters stormed the residence": what a crowd storms it riots in, it does not assault it
    (crowd_deeds.tsv); soldiers storming a hotel stay ASSAULT. So too a deed that only tells how a
    protest went, whoever the crowd: "prisoners rioted, setting fire to their mattresses"."""
    trig = event.found.trigger
    deed = lex.crowd_deeds.get((trig.lemma, trig.type))
    sectors = {a.sector for a in event.actors if a.sector}
    if deed is None:
        return event
    if (not sectors or not sectors <= deed[3]) and not _elaborates_a_protest(event.found, by_pred):
        return event
    new_type, mode, cameo, _ = deed
    return replace(event, found=replace(event.found, trigger=replace(trig, type=new_type, mode=mode, cameo=cameo)))


def _elaborates_a_protest(f: Found, by_pred: dict[int, "SentenceEvent"]) -> bool:
    """A participle or conjunct with no subject of its own under a protest event: "rioted, setting fire
    to their mattresses", "stormed the palace and torched the cars", "took to the streets, setting up
    barricades and torching cars" (through a participle that tells no event of its own)."""
    if f.pred.dep_ not in {"advcl", "conj"} or _has_own_subject(f.pred):
        return False
    governor = f.pred.head
    for _ in range(3):
        if governor.i in by_pred:
            return by_pred[governor.i].found.trigger.type == "PROTEST"
        if not _passes_on_its_governor(governor):
            return False
        governor = governor.head
    return False


# What a protest is for is part of the protest (CAMEO 1411-1414, "demonstrate for leadership change,
# policy change, rights"): "marched to demand his resignation" is one PROTEST, not a PROTEST and a REQUEST.
PROTEST_MESSAGE_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def _purpose_of_a_protest_taken_in(f: Found, taken: set[int]) -> bool:
    """"police prevented a march staged by teachers to protest the pay freeze": the purpose of a protest
    that another verb took as its object (prevented, banned, broke up: `taken`) is that protest's, told
    with it, not a protest of its own."""
    if not taken or f.trigger.type != "PROTEST" or f.pred.dep_ != "advcl" or _has_own_subject(f.pred):
        return False
    holder = f.pred.head
    return holder.dep_ == "acl" and holder.head.i in taken and not _has_own_subject(holder)


# A state's complaint or downgrade of ties made "to protest" something: the protest is that complaint
# (CAMEO 111-114 verbal, 16x diplomatic), not people demonstrating
COMPLAINT_TYPES = frozenset({"ACCUSE", "SANCTION"})


def _protest_a_complaint_is_made_for(f: Found, types_at: dict[int, str]) -> bool:
    """"summoned Iran's envoy to protest against the raid", "recalled its ambassador to protest": the
    purpose infinitive of a complaint or a cut in ties tells why it was made, not a protest of its own."""
    if f.trigger.type != "PROTEST" or f.pred.pos_ != "VERB" or _has_own_subject(f.pred):
        return False
    governor = f.pred.head
    return f.pred in _purpose_clauses(governor) and types_at.get(governor.i) in COMPLAINT_TYPES


def _states_a_protest_purpose(f: Found, protests_at: set[int]) -> bool:
    """A subjectless clause stating what a protest is for: an infinitive of purpose ("rallied to
    demand", "began a hunger strike to protest"), a participle ("marched, demanding elections", "a
    demonstration calling for his removal"). A demand in a clause of its own, or one that shares a
    conjunction with the protest ("marched and demanded"), is an event of its own."""
    in_gerund = f.pred.dep_ == "pcomp" and f.pred.head.lower_ == "in"  # "joined the crowds in demanding"
    if f.trigger.type not in PROTEST_MESSAGE_TYPES or (f.pred.dep_ not in {"advcl", "xcomp", "acl"} and not in_gerund):
        return False
    if _has_own_subject(f.pred):
        return False
    governor = f.pred.head.head if in_gerund else f.pred.head
    if f.pred.dep_ == "acl" and governor.dep_ == "pobj" and governor.head.dep_ == "prep":
        # "took to the streets demanding ...", "marched through the capital calling for ...": the parser
        # hangs the participle on the place the crowd went to; it tells what the protest was for
        governor = governor.head.head
    for _ in range(3):
        if governor.i in protests_at:
            return True
        if governor.dep_ not in {"advcl", "xcomp"} or _has_own_subject(governor):
            return False
        governor = governor.head
    return False


def _reciprocal_split(event: "SentenceEvent", lex: Lexicon) -> list["SentenceEvent"]:
    """"India and China agreed": with no other recipient, each actor acts on the others. A side named
    twice ("a Gulf Cooperation Council (GCC) summit") is one side, never its own partner. "Clashes
    between Kyrgyz and Tajik troops killed 100 people": the sides of a fight that kills are each
    other's targets; the dead, of no side named, are no recipient."""
    coded = _one_per_entity([a for a in event.actors if a.code])
    if len(coded) == 1 and _fought_with(event, lex):
        # "Hezbollah traded fire with Israeli forces": the side named by "with" fired too
        partners = _one_per_entity([r for r in event.recipients if r.code and r.code != coded[0].code])
        return [event] + [replace(event, actors=[b], recipients=coded) for b in partners]
    if not coded and event.actors and _fought_with(event, lex):
        # "Snipers traded fire with soldiers": the side named by "with" fired back, though the first side
        # has no country; a side is an agent the text names (a sector), coded or not yet
        partners = _one_per_entity([r for r in event.recipients if r.code or r.sector])
        return [event] + [replace(event, actors=[b], recipients=event.actors[:1]) for b in partners]
    if len(coded) < 2:
        return [event]
    if _only_a_thing_done_together(event, lex):
        # "Ethiopia and Eritrea signed a declaration": the text signed is no party; each side signed with the others
        return [replace(event, actors=[a], recipients=[b for b in coded if b is not a]) for a in coded]
    if event.recipients and not (_fought_by_sides(event.found.pred, lex) and not any(r.code for r in event.recipients)):
        return [event]
    if not event.recipients and not lex.is_reciprocal(event.found.trigger):
        return [event]
    return [replace(event, actors=[a], recipients=[b for b in coded if b is not a]) for a in coded]


def _stated_by_its_speaker(parts: list["SentenceEvent"], lex: Lexicon, resolver: Resolver) -> list["SentenceEvent"]:
    """"The United States and South Korea will hold joint exercises, the Pentagon said": an act the sides
    will do together, reported by one of them, is that side's promise; the other has stated nothing."""
    if len(parts) < 2:
        return parts
    speakers = _reporter_codes(parts[0].found.pred, lex, resolver)
    stated = [p for p in parts if any(a.code in speakers for a in p.actors)]
    return stated or parts


def _reporter_codes(pred: Token, lex: Lexicon, resolver: Resolver) -> set[str]:
    """The codes of the subject of the reporting verb whose clause the act is."""
    verb = _reporting_verb(pred, lex, {"conj"})
    if verb is None:
        return set()
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return {e.code for e in resolver.entities(subjects) if e.code}


def _reporting_verb(pred: Token, lex: Lexicon, through: set[str]) -> Token | None:
    """The reporting verb (modality.tsv `report`) whose reported clause holds `pred`, climbing the
    dependencies `through` from the predicate to that clause's head."""
    clause = pred
    while clause.dep_ in through and clause.head != clause:
        clause = clause.head
    verb = clause.head
    return verb if clause.dep_ == "ccomp" and lex.modality.get(verb.lemma_.lower()) == "report" else None


def _only_a_thing_done_together(event: "SentenceEvent", lex: Lexicon) -> bool:
    """"signed a declaration", "ratified the treaty", "fought a border war": the object of a verb of
    doing together (a lemma of reciprocal.txt) that is no party, with no code and no kind of agent, is
    the thing done, not whom it is done to."""
    objects = [c for c in event.found.pred.children if c.dep_ == "dobj"]
    # "signed the declaration" names one told before, perhaps signed with someone else
    return (event.found.trigger.lemma in lex.reciprocal and bool(event.recipients) and bool(objects)
            and not any(r.code or r.sector for r in event.recipients)
            and all(any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in o.children) for o in objects))


def _fought_with(event: "SentenceEvent", lex: Lexicon) -> bool:
    """A fight told with its other side after "with" ("clashed with", "exchanged fire with"): both sides
    fight, as when both are the subject. Talks and deals "with" someone keep one direction."""
    trigger, pred = event.found.trigger, event.found.pred
    # the parser hangs "with" on the verb or on its object ("exchanged [fire with Israeli troops]")
    holders = [pred] + [c for c in pred.children if c.dep_ == "dobj"] if trigger.lemma in lex.reciprocal else []
    # "20 soldiers were killed in a clash with Chinese troops": the fight the dead fell in was fought by
    # both its sides, the one named after "with" too
    holders += _fights_fallen_in(pred, lex)
    return (trigger.type == "ASSAULT"
            and any(c.dep_ == "prep" and c.lower_ == "with" for h in holders for c in h.children))


def _fights_fallen_in(pred: Token, lex: Lexicon) -> list[Token]:
    """The fight nouns (reciprocal.txt) of a deed's "in"/"during" phrase: "were killed *in a clash*"."""
    return [o for p in pred.children if p.dep_ == "prep" and p.lower_ in {"in", "during"}
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in lex.reciprocal]


def _one_per_entity(entities: list[Entity]) -> list[Entity]:
    """The first mention of each entity: a name and its acronym resolve to one identifier."""
    return first_of_each(entities, lambda e: (e.code, e.identifier_text))


def _fought_by_sides(pred: Token, lex: Lexicon) -> bool:
    """"Clashes between A and B have killed ...": the verb's subject is a fight between sides; so is the
    fight the dead were killed in ("270 people have been killed in clashes between A and B")."""
    fights = [c for c in pred.children if c.dep_ in {"nsubj", "csubj"}]
    fights += [o for p in pred.children if p.dep_ == "prep" and p.lower_ in {"in", "during"}
               for o in p.children if o.dep_ == "pobj"]
    return any(f.lemma_.lower() in lex.reciprocal and _between_sides_named(f) for f in fights)


def _between_sides_named(noun: Token) -> bool:
    holders = [noun] + ([noun.head] if noun.dep_ == "nsubj" else [])
    return any(c.dep_ == "prep" and c.lower_ in {"between", "among", "amongst"} for h in holders for c in h.children)


def _plan_judged_by_another(pred: Token) -> bool:
    """"Beijing supported the Hong Kong government's decision to suspend the bill", "welcomed Seoul's plan to
    resume talks": a plan or decision that a verb of judging (judging_verbs.txt) takes as its object is told
    as the judge's view of it; its owner states nothing here, so no promise or threat is read off its act."""
    noun = pred.head
    if pred.dep_ != "acl" or noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "pobj"}:
        return False
    judge = noun.head.head if noun.dep_ == "pobj" else noun.head
    return judge.pos_ == "VERB" and judge.lemma_.lower() in lexicon_word_list("judging_verbs.txt")


def _stated_intent(event: "SentenceEvent", lex: Lexicon, resolver: Resolver,
                   types_at: dict[int, str] | None = None) -> "SentenceEvent | None":
    """"Japan will send aid" is, today, a promise (AGREE); "X will strike" a threat (CAMEO 03x / 13x)."""
    intent = lex.intents.get((event.polarity, event.found.trigger.type))
    if intent is None and event.polarity in {"future", "hypothetical"} and _on_condition_unless(event.found.pred):
        # "would impeach Yoon unless he resigned": an act of any type held over someone until a condition
        # is met is an ultimatum, even one that states nothing by itself ("will impeach", "will sue")
        intent = lex.intents.get(("ultimatum", "*"))
    if intent is None or not _intent_condition_met(event, lex, resolver) or not _has_known_speaker(event, lex):
        return None
    if open_question(event.found.pred):
        return None  # "to discuss how to enforce the sanctions": a question to settle, no one's intent
    if _plan_judged_by_another(event.found.pred):
        return None  # "supported the government's decision to suspend the bill": judged, not stated by its owner
    if _wish_told_by_another(event.found.pred):
        return None  # "a spokesman said France wanted to strike the palace": a claim about France, no French threat
    if aim_of_a_journey(event.found.pred, lex):
        return None  # "troops arrived to fight the rebels": what a trip is made for, no one's stated intent
    if topic_of_talk(event.found.pred, lex):
        return None  # "commanders talked about bringing down a plane": a topic talked of, no one's stated intent
    if event.found.trigger.type == "CONSULT" and journey_made_for(event.found.pred) is not None:
        return None  # "will fly to Tokyo to discuss the crisis": a visit scheduled, not talks offered
    if event.found.trigger.type == "CONSULT" and _made_for_an_unfriendly_act(event.found.pred, types_at or {}, lex):
        return None  # "will travel to Ankara to press for a truce": a trip made to demand, no meeting offered
    if event.found.trigger.type == "CONSULT" and event.polarity == "future" and _told_as_scheduled(event.found.pred, lex):
        return None  # "G7 leaders will hold talks with Zelenskiy on Tuesday": the narrator's schedule, no one's offer
    if event.polarity == "hypothetical" and _only_possible(event.found.pred) and not (
            intent[0] == "THREATEN" and _has_possibility_modal(event.found.pred)
            and has_condition(event.found.pred, {"if", "unless"})):
        # "may halt its mediation if ..." is still a threat: what it may do depends on the other side;
        # "could help retake the town if the allies agreed" only says what help may come
        return None
    if event.polarity == "negated" and _not_done_in_the_past(event.found.pred):
        return None
    if event.polarity in {"future", "hypothetical"} and _only_on_terms(event.found.pred):
        return None
    if event.polarity == "future" and _set_by_agreed_terms(event.found.pred, lex):
        return None
    if event.found.trigger.type == "MOBILIZE" and _sent_on_a_mission(event.found.pred, lex):
        # "would send troops at the government's request", "to monitor the ceasefire": troops on a mission
        # for the side receiving them are a promise (intents.tsv `mission` row), not a threat
        intent = lex.intents.get(("mission", "MOBILIZE"), intent)
    if event.found.trigger.type == "MOBILIZE" and _police_kept_at_home(event):
        return None  # "police would deploy extra officers to guard politicians": no one is promised or threatened
    if _being_prepared(event.found.pred):
        # "the army prepared to resume shelling": force made ready is shown, not announced (intents.tsv
        # `preparation` rows)
        intent = lex.intents.get(("preparation", event.found.trigger.type), intent)
    recipients = event.recipients
    if event.polarity in {"future", "hypothetical"} and _on_condition_unless(event.found.pred):
        intent = lex.intents.get(("ultimatum", "*"), intent)
        # the ultimatum is aimed at whoever must meet its condition
        own = {a.code for a in event.actors}
        recipients = resolver.entities(condition_subjects(event.found.pred), coded_only=True,
                                       unless=lambda r: r.code in own) or recipients
    trig = replace(event.found.trigger, type=intent[0], cameo=intent[1], mode="", complement="")
    if event.found.trigger.type == "CONSULT" and not any(r.code for r in recipients):
        # "was ready to hold talks if the Zapatistas laid down their weapons": offered to those who must
        recipients = _offered_on_condition_to(event, resolver) or recipients
    if trig.type == "THREATEN" and event.found.trigger.type == "MOBILIZE":
        # "will deploy missiles to its air base in Syria": the country that hosts the actor's own base is
        # where the force goes, not whom it threatens
        recipients = _outside_own_ground(recipients, event.found.pred, resolver.offset)
    if trig.type == "THREATEN" and not any(r.code for r in recipients):
        # "would strike again if Syrian forces used chemical weapons": a threat with no one named is aimed
        # at whoever must meet its condition, as a threat told with "threaten" or "warn" is
        own = {a.code for a in event.actors}
        recipients = resolver.entities(condition_subjects(event.found.pred), coded_only=True,
                                       unless=lambda r: r.code in own) or recipients
    if trig.type == "THREATEN" and not any(r.code for r in recipients) and _measure_at_home(event.found, lex):
        recipients = _own_country(event.actors) or recipients
    if trig.type in ANSWER_TYPES:
        # "refused to resign despite pressure from parliament": the refusal answers parliament
        recipients = answered_requesters(event.found.pred, trig.type, recipients, resolver)
    if not any(r.code for r in recipients):
        # "said in a letter to NATO that his fighters were ready to hand over their arms": a statement of
        # intent that names no one is made to whom its speaker addressed it
        own = {a.code for a in event.actors}
        recipients = resolver.entities(_addressees_of_report(event.found.pred, lex), coded_only=True,
                                       unless=lambda r: r.code in own) or recipients
    return SentenceEvent(replace(event.found, trigger=trig), event.actors, recipients, "asserted", None, None, None, derived=True)


def _sent_on_a_mission(pred: Token, lex: Lexicon) -> bool:
    """A deployment whose own words, its subject aside, tell a mission for those it goes to
    (mission_words.txt): a request or mandate, a relief mission, a peacekeeping task."""
    subject = {t.i for c in pred.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    return any(t.lemma_.lower() in lex.mission_words for t in pred.subtree if t.i not in subject)


def _police_kept_at_home(event: "SentenceEvent") -> bool:
    """Police deployed with no one named but their own side: law enforcement at home, neither a promise to
    anyone nor a threat (examples/README.md, polarity). "Police" often gets its country only later, from
    the article, so an uncoded force counts as at home."""
    own = {a.code for a in event.actors if a.code}
    return "police" in event.found.trigger.mode.split("|") and all(r.code in own for r in event.recipients if r.code)


def _outside_own_ground(recipients: list[Entity], pred: Token, offset: int) -> list[Entity]:
    """The recipients not named as the host of a destination the actor owns ("to its air base in Syria"):
    a possessive pronoun on the place sent to marks the actor's own ground, and the country it is "in"
    only hosts it. The other side of "its border with China" is still whom the force faces."""
    owned = [o for p in pred.children if p.dep_ == "prep" and p.lower_ in {"to", "into"}
             for o in p.children if o.dep_ == "pobj"
             and any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in o.children)]
    # the base itself ("its air base", resolved to its host) and its "in" phrase, which the parser hangs
    # on the base or on the verb
    spans = [(o.left_edge.idx + offset, o.idx + len(o) + offset) for o in owned]
    spans += [(h.left_edge.idx + offset, h.right_edge.idx + len(h.right_edge) + offset)
              for o in owned for h in [*o.children, *pred.children] if h.dep_ == "prep" and h.lower_ == "in"]
    return [r for r in recipients if not any(a <= r.start and r.end <= b for a, b in spans)]


def _made_for_an_unfriendly_act(pred: Token, types_at: dict[int, str], lex: Lexicon) -> bool:
    """"will send a delegation to investigate the strike", "will travel to Ankara to press for a truce": a
    visit whose purpose is an act that, promised, would be no promise of co-operation (intents.tsv: no
    future AGREE row for its type) is made to do that act, not offered to those visited. "will visit
    Senegal to mediate" is still an offer."""
    purposes = [types_at[c.i] for c in _purpose_clauses(pred) if c.i in types_at]
    return any(lex.intents.get(("future", t), ("",))[0] != "AGREE" for t in purposes)


def _addressees_of_report(pred: Token, lex: Lexicon) -> list[Token]:
    """Whom the reporting verb (modality.tsv `report`) of the act's clause addresses: its object ("told
    the mediators that ..."), its "to" phrase ("wrote to the president that ..."), or the "to" phrase of
    the message it is given in ("said in a letter to NATO that ...")."""
    # "were ready to hand over", "would stop and withdraw": up to the clause the verb reports
    verb = _reporting_verb(pred, lex, {"conj", "xcomp", "acomp"})
    if verb is None:
        return []
    out = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        holders = [prep] if prep.lower_ == "to" else [p for o in prep.children if o.dep_ == "pobj"
                                                      for p in o.children if p.dep_ == "prep" and p.lower_ == "to"]
        out += [o for h in holders for o in h.children if o.dep_ == "pobj"]
    return out


def _told_as_scheduled(pred: Token, lex: Lexicon) -> bool:
    """"Marsudi will travel to Dhaka on Tuesday", "the two presidents are due to meet next month": a
    meeting told in the narrator's own main clause, bare or with a word of schedule (schedule_words.txt),
    is a plan reported as fact; one in the clause of a speaker or of an intention ("said it would meet",
    "plans to hold talks") is someone's statement. A noun of talks is told by its verb ("will hold talks")."""
    tok = pred
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"} or tok.dep_ not in {"dobj", "pobj", "prep"}:
            break
        tok = tok.head
    for _ in range(4):
        if tok.dep_ == "ROOT":
            return True
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex.schedule_words:
            # "is due to meet the envoy, his office said": a word of schedule tells a timetable, whoever
            # reports it, not an offer to meet
            return True
        if tok.dep_ == "conj" or tok.dep_ == "acomp":
            tok = tok.head
            continue
        return False
    return False


# modals of possibility: "could now supply Syria with missiles", "might strike again" say what may happen,
# not what the speaker means to do ("would send aid" reports "will")
POSSIBILITY_AUX = {"could", "might", "may"}


def _aim_threat_of_a_measure_at_home(event: "SentenceEvent", by_pred: dict[int, "SentenceEvent"], lex: Lexicon) -> None:
    """"threatened to impose martial law": a threat of a measure at home with no one and no place named
    is aimed at the threatener's own country, as the statement read off "is prepared to impose" is."""
    if event.found.trigger.type != "THREATEN" or event.derived or any(r.code for r in event.recipients):
        return
    for act in [c for c in event.found.pred.children if c.dep_ == "xcomp"]:
        threatened = by_pred.get(act.i)
        if threatened is not None and _measure_at_home(threatened.found, lex):
            event.recipients = _own_country(event.actors) or event.recipients
            return


def _aim_coup_at_own_country(event: "SentenceEvent", lex: Lexicon) -> None:
    """"the army seized power": power over a country (rule_nouns.txt) taken from no one named is taken
    from the country's own government, so a coup is aimed at the actor's own country."""
    objects = event.found.trigger.objects
    if event.found.trigger.type != "COERCE" or not objects or not objects <= lex.rule_nouns:
        return
    if not any(r.code for r in event.recipients):
        event.recipients = _own_country(event.actors) or event.recipients


def _measure_at_home(found: Found, lex: Lexicon) -> bool:
    """A curfew, martial law or a state of emergency (home_measure_modes.txt)."""
    return found.trigger.mode in lex.home_measure_modes


def _own_country(actors: list[Entity]) -> list[Entity]:
    """The first state actor's country, inferred: where a measure at home falls."""
    for a in actors:
        if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES:
            return [Entity(a.entity_text, a.code, a.code, None, a.start, a.end, inferred=True)]
    return []


def _only_on_terms(pred: Token) -> bool:
    """"would only welcome him in Jerusalem", "would lift sanctions only when ...": an act limited by
    "only" states the terms the actor sets, not a promise (the terms are what it holds out for)."""
    clauses = [c for c in pred.children if c.dep_ == "advcl"]
    # "only when ...": the parser hangs "only" on the clause's verb or on its "when"
    openers = [m for c in clauses for m in c.children if m.dep_ in {"mark", "advmod"}]
    return any(c.dep_ == "advmod" and c.lower_ == "only" for t in [pred, *clauses, *openers] for c in t.children)


def _only_possible(pred: Token) -> bool:
    """"could send troops", and with the modal on the verb that governs the act, "could try again to
    capture him", "could help retake the town": what may happen, not what anyone means to do."""
    tok = pred
    for _ in range(3):
        if _has_possibility_modal(tok):
            return True
        if tok.dep_ != "xcomp" or tok.head == tok:
            return False
        tok = tok.head
    return False


def _has_possibility_modal(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in POSSIBILITY_AUX for c in verb.children)


def _set_by_agreed_terms(pred: Token, lex: Lexicon) -> bool:
    """"Under the deal, the fighters will hand over their weapons": what an agreement's terms say will
    happen is the content of that agreement (coded where it is made), not a new promise by the doer."""
    tok = pred
    for _ in range(3):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "under" and any(
                    _names_an_agreement(pobj, lex) for pobj in prep.children if pobj.dep_ == "pobj"):
                return True
        if tok.dep_ not in {"xcomp", "conj"} or tok.head == tok:
            return False
        tok = tok.head
    return False


def _names_an_agreement(noun: Token, lex: Lexicon) -> bool:
    """"the deal", "the accord", or its content: "its terms", "the provisions of the accord"
    (terms_nouns.txt)."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon_word_list("terms_nouns.txt") or any(t.type == "AGREE" for t in lex.candidates(lemma, "NOUN"))


# judging someone or something in negative terms (triggers.tsv "call X a crime", CAMEO 111)
NAMING_CAMEO = "111"
DISMISSAL = {"type": "REJECT", "mode": "", "cameo": "120"}


def _judgement_of_something_said(f: Found, lex: Lexicon) -> Found:
    """"calling the charge complete nonsense", "called the report a lie": a bad name given to something
    said (content_nouns.tsv) dismisses it, a rejection (as "dismissed the accusation" is), not an
    accusation of its own; after "denied ..." it is the same denial told again."""
    if f.trigger.type != "ACCUSE" or f.trigger.cameo != NAMING_CAMEO or f.pred.pos_ != "VERB":
        return f
    if not any(t.lemma_.lower() in lex.content_nouns for t in _things_named(f.pred)):
        return f
    return replace(f, trigger=replace(f.trigger, **DISMISSAL))


def _things_named(verb: Token) -> list[Token]:
    """What a naming verb names: its object ("called the report a lie"), or a noun the parser hangs as
    a compound inside the name ("calling the charge complete nonsense" read as one phrase)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return objs + [c for o in objs for c in o.subtree if c.dep_ == "compound"]


# A deed coded one way at home is another when a state aims it only at other states:
# (type, CAMEO) at home -> (sector every recipient must have, or None; the trigger fields abroad)
ABROAD_RECODINGS: dict[tuple[str, str], tuple[str | None, dict[str, str]]] = {
    # "closed its ports to North Korean ships": a restriction (172) cut off another state, an embargo
    # (163, as the PLOVER gold codes a border closed against a neighbour); "closed the country's
    # borders" stays a restriction at home (COERCE), and so does an exit ban on another state's people
    # (_exit_ban)
    ("COERCE", "172"): (None, {"type": "SANCTION", "mode": "discontinue", "cameo": "163"}),
    # "Saudi Arabia ended its boycott of Qatar": ending a boycott of a state lifts a sanction (085,
    # examples/README.md); "the opposition ended its boycott of parliament" eases dissent (CONCEDE 082)
    ("CONCEDE", "082"): (None, {"type": "RETREAT", "mode": "", "cameo": "085"}),
    # "Algeria opened its airspace to French jets": access (086) for another state's forces co-operates
    # with them (062); "reopened its airspace to Qatari planes" stays easing a restriction (CONCEDE 081,
    # the type of an opened border or airspace)
    ("RETREAT", "086"): ("MIL", {"type": "COOPERATE", "mode": "", "cameo": "062", "context": "military"}),
    ("CONCEDE", "081"): ("MIL", {"type": "COOPERATE", "mode": "", "cameo": "062", "context": "military"}),
}


def _recoded_when_aimed_abroad(f: Found, actors: list[Entity], recipients: list[Entity]) -> Found:
    """The trigger as ABROAD_RECODINGS reads it when a state aims the deed only at other states."""
    recoding = ABROAD_RECODINGS.get((f.trigger.type, f.trigger.cameo))
    if recoding is None or _exit_ban(f.trigger) or not _aimed_only_abroad(actors, recipients):
        return f
    sector, fields = recoding
    if sector is not None and not all(r.sector == sector for r in recipients):
        return f
    return replace(f, trigger=replace(f.trigger, **fields))


def _exit_ban(trigger: Trigger) -> bool:
    """"North Korea barred all Malaysians in North Korea from leaving": an exit ban (a row whose objects
    are all exit_ban_objects.txt words) restricts the movement of the people it holds, PLOVER's COERCE,
    whoever they are; it cuts off no exchange, as an embargo does."""
    return bool(trigger.objects) and trigger.objects <= lexicon_word_list("exit_ban_objects.txt")


def _aimed_only_abroad(actors: list[Entity], recipients: list[Entity]) -> bool:
    """A state actor, or a body of states, and recipients that are all other states."""
    own = {a.code for a in actors if a.code and a.code not in NON_STATE_CODES}
    foreign = [r for r in recipients if r.code and r.code not in own and r.code not in NON_STATE_CODES]
    return (bool(own) or _bodies_of_states(actors)) and bool(recipients) and len(foreign) == len(recipients)


def _bodies_of_states(actors: list[Entity]) -> bool:
    """"ECOWAS leaders closed their borders with Niger": an intergovernmental body (the EU, the UN, a
    regional bloc) has no home of its own, so whatever it aims at a state is aimed abroad."""
    return bool(actors) and all(a.code in INTERGOVERNMENTAL_CODES for a in actors)


def _being_prepared(pred: Token) -> bool:
    """"prepared to resume shelling", "is preparing to launch an offensive": the verb "prepare" governs
    the act (not the adjective of "is prepared to", a readiness stated)."""
    tok = pred
    for _ in range(3):
        if tok.dep_ != "xcomp" or tok.head == tok:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "prepare":
            return True
    return False


PAST_AUXILIARIES = {"have", "do"}


def _not_done_in_the_past(verb: Token) -> bool:
    """"said it had not supplied weapons to the rebels", "did not send aid": a deed denied for the past
    is a fact disputed, not a refusal; a refusal looks ahead ("will not send aid", "would not meet")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return any(c.lemma_.lower() in PAST_AUXILIARIES and c.tag_ in {"VBD", "VBZ", "VBP"} for c in auxiliaries) and not any(
        c.tag_ == "MD" for c in auxiliaries)


def _on_condition_unless(pred: Token) -> bool:
    """"will withdraw its troops unless the junta holds elections": an act promised on a condition the
    other side must meet is an ultimatum, a threat (CAMEO 139), whatever the act."""
    return has_condition(pred, {"unless"})


_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9&.-]{1,9}")


def _wish_told_by_another(pred: Token) -> bool:
    """"a junta spokesman said France wanted to strike the palace", "Iran believes Israel wants to attack":
    what a report or belief says a party named in it wants (desire_verbs.txt) is the reporter's claim
    about that party. A pronoun wanter ("Israel said it wanted to ...") is most often the speaker, whose
    wish is stated."""
    wanter = pred.head
    if pred.dep_ != "xcomp" or wanter.dep_ != "ccomp" or wanter.lemma_.lower() not in lexicon_word_list("desire_verbs.txt"):
        return False
    subjects = [c for c in wanter.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and not any(c.lower_ in PRONOUNS for c in subjects)


def _has_known_speaker(event: "SentenceEvent", lex: Lexicon) -> bool:
    """A statement of intent is someone's: with no doer named ("a deal that would give Tehran billions")
    nobody has promised or threatened anything; nor when the doer is a text or a design ("an EU proposal
    that would impose tariffs", "a resolution that aims to tighten sanctions": text_nouns.txt), whose
    aims are its content, not a statement its authors make by it. Nor when the doer is no one: neither
    coded, nor of a known sector ("Vice-President Awori", whom the story's country codes later), nor a
    pronoun that may name one ("a historic mistake that would give Tehran billions"). An acronym names a
    body ("said the RFMF would hand power back"), whose code the article's long form gives only later."""
    known = any(a.code or a.sector or a.entity_text.lower() in PRONOUNS or _ACRONYM_NAME.fullmatch(a.entity_text)
                for a in event.actors)
    return known and not _done_by_a_text(event.found.pred, lex)


def _done_by_a_text(pred: Token, lex: Lexicon) -> bool:
    doers = verb_subject(pred) if pred.pos_ in {"VERB", "AUX"} else []
    return any(real_head(d).lemma_.lower() in lex.text_nouns for d in doers)


def _intent_condition_met(event: "SentenceEvent", lex: Lexicon, resolver: Resolver) -> bool:
    """The intents.tsv `condition` of a statement read off a not-yet-real event."""
    condition = lex.intent_conditions.get((event.polarity, event.found.trigger.type), "")
    if condition == "counterpart":
        # an offer to meet is made to someone; a session merely scheduled offers nothing to anyone. A
        # role named by its title ("would see the president") is someone, whom the story codes later, and
        # so is a party (a sector: leaders, unions) named with no country yet
        # ("would hold talks with protest leaders", examples/README.md Polarity); a meeting of its own
        # members names no one but them
        own = {a.identifier_text for a in event.actors}
        return (any(r.code or _titled_role(r) or r.sector and r.identifier_text not in own for r in event.recipients)
                or bool(_offered_on_condition_to(event, resolver)))
    if condition == "refusal":
        return _is_refusal(event.found.pred, lex)
    if condition == "outward":
        return _aimed_beyond_own_side(event) or has_condition(event.found.pred, {"if", "unless", "until", "till"})
    return True


def _aimed_beyond_own_side(event: "SentenceEvent") -> bool:
    """The act names a coded recipient other than its actors' own codes: "boycott contact with the United
    States" is aimed abroad; "boycott the election" (no one, or the actor's own country) is not."""
    own = {a.code for a in event.actors if a.code}
    return any(r.code and r.code not in own for r in event.recipients)


def _titled_role(ent: Entity) -> bool:
    """"the president", "the prime minister": one person named by a state office (a GOV sector), not a
    group or a body ("officials", "the rebels")."""
    words = ent.entity_text.lower().split()
    return ent.sector == "GOV" and len(words) <= 3 and not words[-1].endswith("s")


def _offered_on_condition_to(event: "SentenceEvent", resolver: Resolver) -> list[Entity]:
    """"ready to hold talks if the rebels laid down their arms": the coded subjects of the act's if/unless
    clause, other than its own actors, are whom talks held on that condition are offered to."""
    own = {a.identifier_text for a in event.actors}
    holders = [event.found.pred]
    while holders[-1].dep_ in {"xcomp", "acomp"} and holders[-1].head != holders[-1]:
        holders.append(holders[-1].head)  # "was ready [to hold talks] if ...": the parser may hang "if" on "was"
    return resolver.entities([s for h in holders for s in condition_subjects(h)], coded_only=True,
                             unless=lambda r: r.identifier_text in own)


def _is_refusal(pred: Token, lex: Lexicon) -> bool:
    """"would not meet the hijackers' demands", "declined to resign despite pressure": an act not done is
    refused when it answers or defies a request, or a verb of refusal governs it; "Kenya would not
    withdraw its troops" alone says only what will not happen."""
    if any(n.lemma_.lower() in lex.request_nouns for n in answered_nouns(pred, defied=True)):
        return True
    tok = pred
    for _ in range(3):  # "declined to resign", "refused to be drawn into withdrawing"
        if tok.dep_ not in {"xcomp", "ccomp", "pcomp", "prep"} or tok.head == tok:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.refusal_verbs:
            return True
    return False


# What one says to someone met or called in the same breath ("telephoned Qatar's ruler and urged restraint",
# "telephoned the head of the charity and apologised for the strike").
SAID_IN_MEETING = {"REQUEST", "AGREE", "THREATEN", "SUPPORT", "CONCEDE"}


def _without_own_forces_moved(f: Found, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
    """"Lukashenko ordered Belarusian troops to deploy": the forces a side moves are its means, not whom
    the deployment is aimed at."""
    if f.trigger.type != "MOBILIZE":
        return recipients
    own = {a.code for a in actors if a.code}
    return [r for r in recipients if not (r.sector in FORCE_SECTORS and r.code in own)]


def _purpose_of_a_call(pred: Token) -> bool:
    """"telephoned Yeltsin to voice his support": an infinitive of purpose on a verb of getting in touch
    (contact_verbs.txt)."""
    return (pred.dep_ in {"xcomp", "advcl"} and pred.head != pred
            and pred.head.lemma_.lower() in load_lexicon().contact_verbs
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children))


def _without_own_land_left(f: Found, actors: list[Entity], recipients: list[Entity], lex: Lexicon) -> list[Entity]:
    """"Congolese troops withdrew from the Congolese town of Goma": a withdrawal from a place in the
    withdrawing side's own country leaves no one else; the place is where, not whom (the coding rules'
    null recipient). A party of that country ("pulled back from parliament") stays."""
    if f.trigger.type != "RETREAT" or f.trigger.mode != "withdraw":
        return recipients
    own = {a.code for a in actors if a.code}
    return [r for r in recipients if not (r.code in own and _names_a_place(r, lex))]


def _names_a_place(entity: Entity, lex: Lexicon) -> bool:
    """"the Congolese town of Goma", "southern Sudan": a place noun in the phrase or a place name."""
    words = entity.entity_text.lower().replace("-", " ").split()
    return entity.sector is None and (any(w in lex.place_nouns for w in words) or bool(find_places(entity.entity_text)))


def _addressee_of_meeting(f: Found, recipients: list[Entity], by_pred: dict[int, "SentenceEvent"]) -> list[Entity]:
    """"The emir telephoned Qatar's ruler and urged restraint": a verbal act coordinated with a meeting
    or call, with the same subject and no addressee of its own, is addressed to the one met."""
    if f.trigger.type not in SAID_IN_MEETING or any(r.code for r in recipients):
        return recipients
    if any(c.dep_ in SUBJECT_DEPS for c in f.pred.children):
        return recipients
    if f.pred.dep_ == "conj" and f.pred == f.head:
        # "... and urged restraint, diplomats said": hung on the reporting verb, it goes on the reported clause
        governor = reported_clause_going_on(f.pred) or f.pred.head
    elif _purpose_of_a_call(f.pred):
        governor = f.pred.head  # "telephoned Yeltsin to voice his support": said to the one called
    else:
        return recipients
    meeting = by_pred.get(governor.i)
    if meeting is None or meeting.found.trigger.type != "CONSULT" or meeting.found.pred != governor:
        return recipients
    met = [r for r in meeting.recipients if r.code]
    return met or recipients


def _parties_of_the_event_made(f: Found, recipients: list[Entity], by_pred: dict[int, "SentenceEvent"],
                               offset: int) -> list[Entity]:
    """"talks with the opposition leaders that were brokered by the Russian foreign minister": who makes
    an event someone else takes part in (mediates, brokers, signs) deals with its parties, not with the
    relative pronoun that stands for the event."""
    if not _event_made_by_those_named(f) or any(r.code for r in recipients):
        return recipients
    pronouns = {offset + c.idx for c in f.pred.children if c.tag_ in RELATIVE_TAGS}
    recipients = [r for r in recipients if r.start not in pronouns]
    made = by_pred.get(f.pred.head.i)
    if made is None:
        return recipients
    return [e for e in made.actors + made.recipients if e.code] or recipients


def _answers_request_before(f: Found, recipients: list[Entity], by_pred: dict[int, "SentenceEvent"]) -> list[Entity]:
    """"Georgia applied for membership, but EU leaders withheld candidate status": a refusal or
    acceptance by someone else, coordinated with a request and addressed to no one, answers whoever
    made the request."""
    if f.trigger.type not in ANSWER_TYPES or any(r.code for r in recipients):
        return recipients
    if f.pred.dep_ != "conj" or not _has_own_subject(f.pred):
        return recipients
    request = by_pred.get(f.pred.head.i)
    if request is None or request.found.trigger.type != "REQUEST" or request.found.pred != f.pred.head:
        return recipients
    return [a for a in request.actors if a.code] or recipients


def _rejection_of_something_said(f: Found, lex: Lexicon) -> bool:
    """"..., a charge Pakistan rejected", "a demand that Kyiv rejected": a rejection in a relative clause
    on a noun naming something said (content_nouns.tsv) answers it; the rejection is news, not background
    that says which charge is meant."""
    return (f.trigger.type == "REJECT" and f.pred.dep_ == "relcl"
            and f.pred.head.lemma_.lower() in lex.content_nouns)


def _answers_what_its_noun_restates(f: Found, recipients: list[Entity], by_pred: dict[int, "SentenceEvent"],
                                    lex: Lexicon) -> list[Entity]:
    """"India accused Pakistan of sheltering militants, a charge Pakistan rejected": the noun the
    rejection's relative clause hangs on restates the accusation or demand of its own governing verb,
    so the rejection answers whoever made it."""
    if not _rejection_of_something_said(f, lex) or any(r.code for r in recipients):
        return recipients
    # the noun hangs on the verb that made the charge, or restates the act demanded ("demanded the
    # release of ..., a demand that ...")
    restated = f.pred.head.head
    said = next((e for e in by_pred.values() if restated in (e.found.pred, e.found.head)), None)
    if said is None and restated.dep_ == "dobj":
        said = next((e for e in by_pred.values() if e.found.pred == restated.head), None)
    if said is None or said.found.trigger.type not in {"ACCUSE", "REQUEST"}:
        return recipients
    return [a for a in said.actors if a.code] or recipients


def _same_event_parent(f: Found, by_pred: dict[int, "SentenceEvent"]) -> "SentenceEvent | None":
    """"killed X, killing 25 fighters": a participle or conjunct restating its governor's event.
    The governor may be a participle that tells no event of its own ("stormed the mall, throwing
    grenades and firing on shoppers"), or a verb that only says the event took place ("fighting
    erupted, killing 23"); the event is then further up, or the verb's subject."""
    if f.pred == f.head and f.head.dep_ == "appos":
        return _renamed_event(f, by_pred)
    if _purpose_of_same_deed(f, by_pred):
        return by_pred[f.pred.head.i]
    if f.pred.dep_ not in {"advcl", "conj"} or _has_own_subject(f.pred):
        return None
    governor = f.pred.head
    if _another_deed_done_next(f, by_pred.get(governor.i)):
        return None
    for _ in range(3):
        parent = by_pred.get(governor.i) or _event_as_subject(governor, by_pred)
        if parent is not None:
            return parent if parent.found.trigger.type == f.trigger.type else None
        if not _passes_on_its_governor(governor):
            return None
        governor = governor.head
    return None


FINITE_PAST_TAGS = {"VBD", "VBZ", "VBP"}
# Measures taken one after another are separate deeds ("seized power and detained the president",
# "imposed a curfew and closed the borders"); acts of violence told in a row are mostly the steps of
# one attack ("opened fire on the patrol and attacked a housing complex").
SEPARATE_MEASURE_TYPES = frozenset({"COERCE"})


def _another_deed_done_next(f: Found, parent: "SentenceEvent | None") -> bool:
    """"The army seized power and detained the president": a finite verb joined by "and", with an
    object of its own and another CAMEO code than the measure before it, tells a second measure of the
    same actor, not the first one again (as "killed 12 and wounded 30" does)."""
    if parent is None or f.pred.dep_ != "conj" or f.pred.tag_ not in FINITE_PAST_TAGS:
        return False
    if f.trigger.type not in SEPARATE_MEASURE_TYPES:
        return False
    if not _has_direct_object(f.pred) or parent.found.trigger.cameo == f.trigger.cameo:
        return False
    return bool(f.trigger.cameo) and bool(parent.found.trigger.cameo)


def _deed_its_record_restates(f: Found, by_pred: dict[int, "SentenceEvent"]) -> "SentenceEvent | None":
    """"held talks in Bucharest, the first Western delegation to visit the city since the revolution": an
    infinitive on a noun a record word (record_words.txt) picks out restates a deed of its type told in
    the sentence; the delegation is the talks' own side, not a new visitor."""
    noun = f.pred.head
    if f.pred.dep_ not in {"relcl", "acl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in f.pred.children):
        return None
    if not any(c.dep_ == "amod" and c.lower_ in lexicon_word_list("record_words.txt") for c in noun.children):
        return None
    return next((e for e in by_pred.values() if e.found.trigger.type == f.trigger.type), None)


def _purpose_of_same_deed(f: Found, by_pred: dict[int, "SentenceEvent"]) -> bool:
    """"police used tear gas to disperse the crowd": the parser makes the purpose an xcomp of a verb
    with an object, so the object (the gas) would control it and the dispersal would come out with no
    doer; an infinitive of the same type as its governor's event only says what that deed was for."""
    if f.pred.dep_ != "xcomp" or _has_own_subject(f.pred) or not _has_direct_object(f.pred.head):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in f.pred.children):
        return False
    parent = by_pred.get(f.pred.head.i)
    return parent is not None and parent.found.trigger.type == f.trigger.type


def _renamed_event(f: Found, by_pred: dict[int, "SentenceEvent"]) -> "SentenceEvent | None":
    """"Indian warplanes struck a camp near Balakot, the first Indian air raid on Pakistani territory
    since 1971": an event noun set in apposition inside a deed's clause names that deed again."""
    for governor in f.head.ancestors:
        parent = by_pred.get(governor.i)
        if parent is not None:
            return parent if parent.found.trigger.type == f.trigger.type else None
    return None


def _has_own_subject(verb: Token) -> bool:
    # "cut ties with Niamey and the IMF suspended its loans": a subject the parser left in the object;
    # "a day after a plane was shot down": a passive subject makes a clause of its own too
    return (any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children)
            or noun_conjunct_before(verb) is not None)


def _event_as_subject(verb: Token, by_pred: dict[int, "SentenceEvent"]) -> "SentenceEvent | None":
    """"Heavy fighting erupted ...": the event a verb of occurrence has as its subject noun, when it
    names who took part ("a car bomb went off, killing nine soldiers": the killing is told on its own)."""
    return next((by_pred[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in by_pred
                 and by_pred[c.i].actors), None)


def _passes_on_its_governor(verb: Token) -> bool:
    """A subjectless participle that is no event ("throwing grenades") elaborates its governor's."""
    return verb.dep_ in {"advcl", "conj"} and verb.tag_ == "VBG" and not _has_own_subject(verb)


def _fold_into(parent: "SentenceEvent", child: "SentenceEvent") -> None:
    # the participle's unnamed victims ("killing eight civilians") live on in the counts
    known = {(r.code, r.identifier_text) for r in parent.recipients}
    own = {a.code for a in parent.actors if a.code}
    parent.recipients += [r for r in child.recipients if r.code and (r.code, r.identifier_text) not in known
                          and not _actors_own_thing(r, own)]
    for kind in COUNT_KINDS:
        values = [v for v in (getattr(parent, kind), getattr(child, kind)) if v is not None]
        setattr(parent, kind, max(values) if values else None)


def _share_counts_with_its_sides(parent: "SentenceEvent", events: list["SentenceEvent"]) -> None:
    """"Thai and Cambodian troops exchanged fire, killing two soldiers": the exchange was already split
    into one record per side when the participle folded in, and each side's record takes its toll."""
    for side in events:
        if side is not parent and side.found.pred == parent.found.pred:
            fill_missing_counts(side, parent)


_POSSESSIVE = re.compile(r"['\u2019]s?\s")


def _actors_own_thing(entity: Entity, own: set[str]) -> bool:
    """"left Afghanistan, ending America's longest war": a thing the restating participle names as the
    actor's own (coded by its owner, the actor) is nothing done to the actor."""
    return entity.code in own and _POSSESSIVE.search(entity.entity_text) is not None


def _absorbed_nouns(found: list[Found]) -> set[int]:
    """Event nouns that only restate a verb's event of the same type ("killed in an airstrike")."""
    by_index = {f.head.i: f for f in found}
    absorbed = set()
    for f in found:
        if f.head.pos_ not in {"NOUN", "PROPN"} or f.pred != f.head:
            continue
        gov = f.head.head
        if gov.dep_ == "prep" or gov.dep_ == "agent":
            gov = gov.head
        other = by_index.get(gov.i)
        if other is not None and other is not f and other.trigger.type == f.trigger.type:
            absorbed.add(f.head.i)
    return absorbed
