"""Event coding: predicates in a parsed sentence -> events with arguments and polarity.

A predicate is a verb or noun found in the lexicon (data/lexicon/triggers.tsv);
arguments.py finds and resolves its actor and recipient, polarity.py reads
whether it happened. This module ties them together per sentence, and adds
what follows from them: one event per direction for things done to each
other, statements of intent for future or refused acts, demands read off
"X said Y must ...".
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from .actors import ActorKB
from .arguments import SUBJECT_DEPS, Resolver, event_arguments, real_head
from .counts import count_casualties
from .lexicon import Lexicon, Trigger
from .polarity import in_condition, polarity_of
from .records import Entity

@dataclass
class Found:
    """One predicate found in a sentence, before it becomes an EventMention."""

    trigger: Trigger
    pred: Token  # the token that carries the arguments (a light verb for "launched an attack")
    head: Token  # the trigger word itself
    words: list[Token] = field(default_factory=list)


def find_predicates(sent: Span, lex: Lexicon) -> list[Found]:
    found: list[Found] = []
    for tok in sent:
        # proper nouns are names, not events: "Popular Mobilization Forces"
        pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ == "NOUN" else None
        if pos is None or _names_a_kind(tok):
            continue
        trig = _choose_trigger(tok, lex.candidates(tok.lemma_.lower(), pos))
        if trig is None and pos == "NOUN" and tok.pos_ == "NOUN":
            # the tagger sometimes calls a verb a noun ("Protesters rally ...")
            trig = _choose_trigger(tok, lex.candidates(tok.lemma_.lower(), "VERB")) if tok.dep_ == "ROOT" else None
        if trig is None:
            continue
        pred, words = tok, [tok] + _particles(tok, trig)
        light = _governing_light_verb(tok, lex) if pos == "NOUN" and tok.dep_ in {"dobj", "attr", "nsubjpass", "pobj"} else None
        if light is not None:
            pred, words = light, [light, tok]
        found.append(Found(trig, pred, tok, sorted(words, key=lambda t: t.i)))
    # "approved military aid", "ordered airstrikes": the verb carries the noun's event, not one of its own
    carriers = {f.pred.i for f in found if f.pred != f.head}
    found = [f for f in found if not (f.pred == f.head and f.head.i in carriers)]
    return found + _obligations(sent, lex, {f.head.i for f in found})


def _names_a_kind(tok: Token) -> bool:
    """"riot police", "protest leaders", "attack helicopters": an event noun that modifies another
    noun names a kind of thing, not an event; "air strike" keeps its head, "strike"."""
    return tok.dep_ == "compound" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i > tok.i


OBLIGATION_AUX = {"must", "should"}


def _obligations(sent: Span, lex: Lexicon, taken: set[int]) -> list[Found]:
    """"Washington declared that China must drop barriers": a demand by the speaker on the clause's subject."""
    if ("obligation", "OBLIGATION") not in lex.intents:
        return []
    etype, cameo = lex.intents[("obligation", "OBLIGATION")]
    out = []
    for clause in sent:
        speaker_verb = clause.head
        if clause.dep_ != "ccomp" or speaker_verb.i in taken or lex.modality.get(speaker_verb.lemma_.lower()) != "report":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in clause.children):
            continue
        trig = Trigger(speaker_verb.lemma_.lower(), "VERB", "", frozenset(), frozenset(), False, etype, "", cameo, "", "hypothetical")
        out.append(Found(trig, speaker_verb, speaker_verb, [speaker_verb]))
        taken.add(speaker_verb.i)
    return out


def _governing_light_verb(noun: Token, lex: Lexicon) -> Token | None:
    """"launched an attack", "carried out airstrikes", "engaged in talks": the light verb above the noun.

    A verb that is itself an event about its object ("called for a truce", "rejected talks")
    is not light: the noun is what it asks for or refuses.
    """
    verb = noun.head
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
    own = _choose_trigger(verb, lex.candidates(verb.lemma_.lower(), "VERB"))
    if own is not None and (own.complement in {"hypothetical", "negated"} or own.objects):
        # a row written for this very object wins: "lodged a protest", "declared a ceasefire"
        return None
    return verb


LIGHT_PREPS = {"in", "on", "into", "to", "upon", "of"}


def _is_amount(tok: Token, lex: Lexicon) -> bool:
    return tok.dep_ == "dobj" and (tok.lower_ in lex.partitives or tok.like_num
                                   or any(c.dep_ in {"nummod", "quantmod"} for c in tok.children))


def _choose_trigger(tok: Token, candidates: list[Trigger]) -> Trigger | None:
    """The most specific row whose particle and object conditions the parse meets.

    For a verb the conditions look at its object (direct object, passive
    subject, complement, or the particle's object: "went on strike"); for a
    noun at its modifiers ("heart attack" is not an ASSAULT).
    """
    if not candidates:
        return None
    child_words = _particle_words(tok)
    objects = _object_lemmas(tok)
    best, best_score = None, -1
    for trig in candidates:
        if trig.particle and not any(p in child_words for p in _alternatives(trig.particle)):
            continue
        if trig.objects and not (trig.objects & objects):
            continue
        if trig.excluded & (objects | child_words):
            continue
        if trig.no_object and _has_direct_object(tok):
            continue
        score = 2 * bool(trig.particle) + bool(trig.objects)
        if score > best_score:
            best, best_score = trig, score
    return best


def _alternatives(particle: str) -> list[str]:
    # a two-word particle ("out of") is recognised by its first word
    return [p.split()[0] for p in particle.split("|") if p.strip()]


def _particle_words(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep", "advmod", "agent"}}


def _object_tokens(tok: Token) -> list[Token]:
    if tok.pos_ in {"VERB", "AUX"}:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr", "acomp", "oprd"}]
        for prep in tok.children:
            if prep.dep_ in {"prep", "prt"}:
                objs += [c for c in prep.children if c.dep_ == "pobj"]
        return objs + [real_head(o) for o in objs if real_head(o) != o]
    # a noun's conditions: its modifiers, and the object of its particle ("state of emergency",
    # "suspension of air links")
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    return mods + [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _has_direct_object(tok: Token) -> bool:
    # "demonstrated in Seoul" has no object; "demonstrated its resolve" has one
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "dobj" for c in tok.children)


def _object_lemmas(tok: Token) -> set[str]:
    objs = _object_tokens(tok)
    return {c.lemma_.lower() for c in objs} | {c.lower_ for c in objs}


def _particles(tok: Token, trig: Trigger) -> list[Token]:
    if not trig.particle:
        return []
    wanted = set(_alternatives(trig.particle))
    return [c for c in tok.children if c.lower_ in wanted and c.dep_ in {"prt", "prep", "advmod", "agent"}]


def _consumed_objects(found: list["Found"]) -> set[int]:
    """Nouns a verb row needed as its object ("went on strike", "lifted sanctions"): not events of their own."""
    used = set()
    for f in found:
        if f.trigger.objects and f.head.pos_ in {"VERB", "AUX"}:
            used |= {o.i for o in _object_tokens(f.head) if o.lemma_.lower() in f.trigger.objects or o.lower_ in f.trigger.objects}
    return used


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


def code_sentence(doc: Doc | Span, offset: int, lex: Lexicon, kb: ActorKB, on: date | None = None) -> list[SentenceEvent]:
    """All events of one parsed sentence chunk; offsets are shifted by `offset`."""
    found = find_predicates(doc, lex)
    if not found:
        return []
    triggers_at = {f.head.i: f for f in found}
    event_nouns = {f.head.i: f for f in found if f.head.pos_ in {"NOUN", "PROPN"} and f.pred == f.head}
    absorbed = _absorbed_nouns(found) | _consumed_objects(found)
    resolver = Resolver(kb, offset, event_nouns, on, absorbed={f.head.i: f for f in found if f.head.i in absorbed})
    pred_ids = {f.pred.i for f in found}
    by_pred: dict[int, SentenceEvent] = {}
    retyped: dict[int, Trigger] = {}
    events = []
    for f in found:
        if f.head.i in absorbed:
            continue
        actors, recipients = event_arguments(f, resolver)
        size = count_casualties(f.pred if f.pred.pos_ in {"VERB", "AUX"} else f.head, pred_ids)
        polarity, governor = polarity_of(f, lex, triggers_at)
        if governor is not None and polarity == "future":
            _promise_of_force(governor, f, lex, retyped)
        if _vows_force(f, lex):
            retyped[f.head.i] = replace(f.trigger, type="THREATEN", cameo="130", mode="")
        recipients = _addressee_of_meeting(f, recipients, by_pred)
        event = SentenceEvent(f, actors, recipients, polarity, size.dead, size.injured, size.arrested)
        parent = _same_event_parent(f, by_pred)
        if parent is not None:
            _fold_into(parent, event)
            by_pred[f.pred.i] = parent  # "killing 12 and wounding 30": later conjuncts fold in too
            continue
        by_pred[f.pred.i] = event
        event = _joint_action(event, lex)
        events.extend(_reciprocal_split(event, lex))
        if polarity != "asserted" and governor is None and not in_condition(f.pred):
            # "Palestinians and Israelis failed to reach agreement": each side refused the other
            for part in _reciprocal_split(event, lex):
                intent = _stated_intent(part, lex)
                if intent is not None:
                    events.append(intent)
    events = [replace(e, found=replace(e.found, trigger=retyped[e.found.head.i])) if e.found.head.i in retyped else e
              for e in events]
    return [e for e in events if _has_participants(e) and not _mentioned_in_passing(e)]


def _promise_of_force(governor: Found, found: Found, lex: Lexicon, retyped: dict[int, Trigger]) -> None:
    """"vowed to retaliate", "pledged to crush the rebels": a promise of force is a threat (CAMEO 13x)."""
    if governor.trigger.type != "AGREE":
        return
    intent = lex.intents.get(("future", found.trigger.type))
    if intent is not None and intent[0] == "THREATEN":
        retyped[governor.head.i] = replace(governor.trigger, type=intent[0], cameo=intent[1], mode="")


PROMISE_LEMMAS = {"vow", "pledge", "swear", "promise"}


def _vows_force(found: Found, lex: Lexicon) -> bool:
    """"vowed to hunt down those responsible", "vowed that the attackers would be punished":
    a promise whose complement is force is a threat, even when that complement is no event of ours."""
    if found.trigger.type != "AGREE" or found.trigger.lemma not in PROMISE_LEMMAS or found.pred != found.head:
        return False
    complements = [c for c in found.pred.children if c.dep_ in {"xcomp", "ccomp"}]
    complements += [g for c in complements for g in c.children if g.dep_ == "xcomp"]  # "vowed to keep fighting"
    for verb in complements:
        objects = [o for o in verb.children if o.dep_ in {"dobj", "nsubjpass"}]
        objects += [o for p in verb.children if p.dep_ in {"prep", "prt"} for o in p.children if o.dep_ == "pobj"]
        if verb.lemma_.lower() in lex.force_words or any(o.lemma_.lower() in lex.force_words for o in objects):
            return True
    return False


def _has_participants(event: "SentenceEvent") -> bool:
    """An event needs someone acting, or someone known it is done to ("killed 32 people" alone is not one)."""
    return bool(event.actors) or any(r.code for r in event.recipients)


def _mentioned_in_passing(event: "SentenceEvent") -> bool:
    """"Iran condemned the attack", "Iraq denounced the U.S. strike": an event noun inside another
    event's argument, with nobody named as its actor or nobody as its target, refers to an event
    told elsewhere; coding it again adds only noise."""
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
    return f.head.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj"}


NON_STATE_CODES = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC", "ISM"}


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


def _reciprocal_split(event: "SentenceEvent", lex: Lexicon) -> list["SentenceEvent"]:
    """"India and China agreed": with no other recipient, each actor acts on the others."""
    coded = [a for a in event.actors if a.code]
    if event.recipients or len(coded) < 2 or not lex.is_reciprocal(event.found.trigger):
        return [event]
    return [replace(event, actors=[a], recipients=[b for b in coded if b is not a]) for a in coded]


def _stated_intent(event: "SentenceEvent", lex: Lexicon) -> "SentenceEvent | None":
    """"Japan will send aid" is, today, a promise (AGREE); "X will strike" a threat (CAMEO 03x / 13x)."""
    intent = lex.intents.get((event.polarity, event.found.trigger.type))
    if intent is None:
        return None
    trig = replace(event.found.trigger, type=intent[0], cameo=intent[1], mode="", complement="")
    return SentenceEvent(replace(event.found, trigger=trig), event.actors, event.recipients, "asserted", None, None, None, derived=True)


# What one says to someone met or called in the same breath ("telephoned Qatar's ruler and urged restraint").
SAID_IN_MEETING = {"REQUEST", "AGREE", "THREATEN", "SUPPORT"}


def _addressee_of_meeting(f: Found, recipients: list[Entity], by_pred: dict[int, "SentenceEvent"]) -> list[Entity]:
    """"The emir telephoned Qatar's ruler and urged restraint": a verbal act coordinated with a meeting
    or call, with the same subject and no addressee of its own, is addressed to the one met."""
    if f.trigger.type not in SAID_IN_MEETING or any(r.code for r in recipients):
        return recipients
    if f.pred.dep_ != "conj" or f.pred != f.head or any(c.dep_ in SUBJECT_DEPS for c in f.pred.children):
        return recipients
    meeting = by_pred.get(f.pred.head.i)
    if meeting is None or meeting.found.trigger.type != "CONSULT" or meeting.found.pred != f.pred.head:
        return recipients
    met = [r for r in meeting.recipients if r.code]
    return met or recipients


def _same_event_parent(f: Found, by_pred: dict[int, "SentenceEvent"]) -> "SentenceEvent | None":
    """"killed X, killing 25 fighters": a participle or conjunct restating its governor's event."""
    if f.pred.dep_ not in {"advcl", "conj"}:
        return None
    parent = by_pred.get(f.pred.head.i)
    if parent is None or parent.found.trigger.type != f.trigger.type:
        return None
    has_own_subject = any(c.dep_ in SUBJECT_DEPS for c in f.pred.children)
    return None if has_own_subject else parent


def _fold_into(parent: "SentenceEvent", child: "SentenceEvent") -> None:
    # the participle's unnamed victims ("killing eight civilians") live on in the counts
    known = {(r.code, r.identifier_text) for r in parent.recipients}
    parent.recipients += [r for r in child.recipients if r.code and (r.code, r.identifier_text) not in known]
    for kind in ("dead", "injured", "arrested"):
        values = [v for v in (getattr(parent, kind), getattr(child, kind)) if v is not None]
        setattr(parent, kind, max(values) if values else None)


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
