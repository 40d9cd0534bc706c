"""Polarity: did the event happen, will it, might it, or did it not?

Read off the predicate's own negation and auxiliaries, if/unless clauses, and
the words that govern it: modality verbs (data/lexicon/modality.tsv) and
event predicates with a `complement` reading ("agreed to", "denied").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Token

from .arguments import finite_governor, has_subject
from .lexicon import POLARITY_STRENGTH, Lexicon
from .nlp import has_value_between

if TYPE_CHECKING:
    from .events import Found

CONDITIONAL_MARKS = {"if", "unless", "whether"}


FACTIVE_MARKS = {"after", "before", "because", "when", "while", "since", "as", "once", "following", "until"}


SCENE_PREPS = {"during", "amid", "despite", "following", "over"}


FUTURE_AUX = {"will", "shall", "'ll"}


HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "'d", "must", "can"}


# Verbal events whose noun can be rejected or denied without being undone.
SAID_EVENTS = {"AGREE", "REQUEST", "CONSULT", "SUPPORT", "THREATEN", "ACCUSE", "REJECT"}


def polarity_of(found: Found, lex: Lexicon, triggers_at: dict[int, Found]) -> tuple[str, Found | None]:
    """The event's polarity, and the event predicate that governs it, if any ("agreed to withdraw")."""
    state, governor = "asserted", None
    for tok in {found.head, found.pred}:
        state = stronger(state, own_polarity(tok))
    if _set_for_a_day(found.pred, lex):
        # "called a march for Monday": a protest called for a day has not been held yet
        state = stronger(state, "future")
    if state == "hypothetical" and _reported_would(found.pred, lex, triggers_at):
        state = "future"
    tok = found.pred
    walked = [tok]  # the predicate and the words above it the walk reached
    # the walk came up from the content of a text ("a resolution censuring ..."); the parser may also
    # make the participle the head with the text as its compound ("a [resolution censuring]")
    via_text = _text_read_as_compound(found.pred, lex)
    for _ in range(8):
        head = tok.head
        if head == tok:
            break
        dep = tok.dep_
        if dep == "advcl":
            marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
            if marks & CONDITIONAL_MARKS or _pending(tok) or _for_infinitive(tok):
                state = stronger(state, "hypothetical")
                break
            if marks & FACTIVE_MARKS:
                break
            if _disavowed_purpose(tok):
                # "We are not here to fight the army", "did not come to attack anyone": a purpose denied
                state = stronger(state, "negated")
                break
            if aim_of_a_journey(tok, lex):
                # "flew to Cairo to seek Egyptian support": what a trip is made for is still ahead
                state = stronger(state, "future")
                break
        elif dep == "pcomp" and topic_of_talk(tok, lex):
            # "talked about bringing down a plane", "spoke of sending troops": what people talk about is
            # neither done nor promised by the talking ("about" is future only in "about to")
            state = stronger(state, "hypothetical")
            break
        elif dep == "pcomp" and _charged_with(tok, triggers_at):
            # "arrested for collaborating with Israel", "jailed for aiding rebels": the deed a charge,
            # an arrest or a sentence is for is alleged, not told as done, and no statement of its doer
            state = stronger(state, "hypothetical")
            governor = governor or triggers_at.get(head.head.i)
            break
        elif dep in {"pobj"}:
            if head.lower_ in FACTIVE_MARKS | SCENE_PREPS:
                break  # "agreed to a ceasefire after two days of fighting": the fighting happened
            tok = head  # through the preposition to what governs it
            continue
        elif dep == "acl" and _infinitive_of_noun(tok):
            # "a U.S. request to interrogate detainees", "an offer to host a summit": asked or proposed,
            # not done ("the first leader to visit Kabul" did visit)
            state = stronger(state, _disowned(head, triggers_at, _governor_effect(head, lex, triggers_at) or "hypothetical"))
            # an event noun ("an appeal to lay down arms", "an invitation to attend") governs its
            # infinitive: the act is its content, no statement of intent by the act's doer
            governor = governor or triggers_at.get(head.i)
            if _intention_noun_effect(head, lex) == "future":
                # "demanded that Oslo cancel its plans to sell jets": a plan is read in its own context;
                # a plan cancelled, demanded or denied is no stated intent
                tok = head
                continue
            break
        elif dep in {"acl", "ccomp"} and content_noun(tok, lex) is not None:
            # "the accusation that China had hacked the servers": a claim, not a deed told; and what
            # governs the noun governs its content: "dismissed the accusation that ...", "denied reports
            # that ..." deny the event as "denied attacking" does
            effect = lex.content_nouns[head.lemma_.lower()]
            if effect != "report":
                state = stronger(state, effect)
            governor = governor or triggers_at.get(head.i)
            tok = head
            continue
        elif dep == "acl" and _content_of_a_text(tok, lex):
            # "vetoed a resolution censuring the raid": what a text says is done only when the text is
            # adopted; a vetoed, rejected or blocked one censured no one. The text's fate is its content's
            via_text = True
            tok = head
            continue
        elif dep in {"relcl", "csubj"} and _generic_condition(tok):
            # "protesters who refuse to leave could have their accounts frozen": if they refuse;
            # "whoever fires at us will pay a heavy price": if anyone does
            state = stronger(state, "hypothetical")
            break
        elif dep == "conj" and finite_governor(tok) is not None:
            # "threatened to impose tariffs and called on Rome to ...": a finite verb cannot be part of
            # the infinitive; it is coordinated with the finite verb above and shares only its context
            tok = finite_governor(tok)
            state = stronger(state, _inherited(tok))
            continue
        elif dep == "conj":
            # "denied attacking the base and accused the government": a conjunct shares its
            # sibling's auxiliaries and context, not what the sibling says about its complement;
            # a clause with a subject of its own does not share the sibling's negation ("Kyiv has not
            # commented, and its adviser dismissed the claims"), only the context above both; nor does one
            # with auxiliaries of its own ("would not sign the bill and would hold talks")
            if not has_subject(tok) and not _has_own_aux(tok):
                state = stronger(state, _inherited(head))
            tok = head
            continue
        elif dep not in {"xcomp", "ccomp", "dobj", "pcomp", "prep", "conj", "acomp", "oprd", "attr", "nsubj", "nsubjpass"}:
            break
        if tok == found.head and occurrence_told(found, lex):
            # "planned talks did not go ahead", "the talks would not take place this week": an event noun
            # whose verb only says whether it happens has that verb's polarity
            own = own_polarity(head)
            state = stronger(state, "future" if own == "hypothetical" and _reported_would(head, lex, triggers_at) else own)
            tok = head
            walked.append(tok)
            continue
        effect = _governor_effect(head, lex, triggers_at)
        if effect is None and dep in {"dobj", "nsubj", "nsubjpass", "attr"}:
            break
        if (dep == "dobj" and found.trigger.type in SAID_EVENTS and found.pred == found.head and not via_text
                and not threatens_or_promises(triggers_at.get(head.i))):
            # "rejected a U.S. offer", "denied the accusation": the offer and the accusation were made
            break
        if effect == "report" and _told_to(tok):
            # "officers had been told to detain Morales", "told the troops to hold their fire": a saying
            # whose infinitive its addressee is to carry out is an instruction, not a report of a deed
            effect = "hypothetical"
        if effect == "report":
            break
        if effect:
            state = stronger(state, _disowned(head, triggers_at, effect))
            governor = governor or triggers_at.get(head.i)
        if dep != "prep":
            state = stronger(state, _inherited(head))
        tok = head
        walked.append(tok)
    if state == "future" and any(_on_condition(t) for t in walked):
        # "is ready to help Argentina if its next government presents a plan", "will send more troops
        # if the situation requires it", "would lift sanctions only when ...": an act promised on a
        # condition may never come (the condition may hang on the act or on the promise above it)
        state = "hypothetical"
    return state, governor


# threats and promises: their object noun is the act threatened or promised ("threatened sanctions",
# "promised an inquiry"), not one already made
PROMISE_TYPES = {"THREATEN", "AGREE"}


def _set_for_a_day(verb: Token, lex: Lexicon) -> bool:
    """"called a march for Monday", "scheduled a general strike for March 3": a verb that sets an event
    (scheduling_verbs.txt) with a "for" phrase naming a day, on the verb or on its object."""
    from .events import sets_a_day_for  # events.py imports this module: read at call time
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in lex.scheduling_verbs:
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(prep.dep_ == "prep" and sets_a_day_for(prep) for holder in holders for prep in holder.children)


def threatens_or_promises(governor: Found | None) -> bool:
    return (governor is not None and governor.trigger.type in PROMISE_TYPES and governor.pred == governor.head
            and governor.trigger.complement in {"hypothetical", "future"})


# Trigger modes (triggers.tsv) of the acts that name a deed as their reason: arrests and sentences,
# convictions, accusations and charges.
CHARGING_MODES = {"arrest", "convict", "allege"}


def _charged_with(gerund: Token, triggers_at: dict[int, Found]) -> bool:
    """A gerund in the "for" phrase of an arrest, a sentence or a charge ("arrested for spying")."""
    prep = gerund.head
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    charge = triggers_at.get(prep.head.i)
    return charge is not None and charge.trigger.mode in CHARGING_MODES


def content_noun(verb: Token, lex: Lexicon) -> Token | None:
    """The noun whose content clause the verb heads ("claims that its troops had shelled the town"),
    or None; a relative clause ("the report that the agency published") is no content clause."""
    noun = verb.head
    if verb.dep_ not in {"acl", "ccomp"} or noun == verb or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.lemma_.lower() not in lex.content_nouns:
        return None
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return noun
    return None


def claimed(pred: Token, lex: Lexicon) -> bool:
    """The predicate, or the verb it is a conjunct of, is a content noun's clause: nobody's statement of intent."""
    for _ in range(4):
        if content_noun(pred, lex) is not None:
            return True
        if pred.dep_ != "conj" or pred.head == pred:
            return False
        pred = pred.head
    return False


ORDINAL_WORDS = {"first", "last", "only", "second", "third", "latest", "next"}


def _disowned(governor: Token, triggers_at: dict[int, Found], effect: str) -> str:
    """"Russia has no plans to invade", "does not intend to withdraw", "has no intention of lifting": an
    intention denied is the event denied, not one that may still come. (A denied event word governing
    the event, "did not agree to withdraw", is an event of its own and read as one.)"""
    if effect == "future" and governor.i not in triggers_at and own_polarity(governor) == "negated":
        return "negated"
    return effect


def _content_of_a_text(verb: Token, lex: Lexicon) -> bool:
    """"a resolution censuring the raid", "a bill banning rallies": a participle on a text or design
    (text_nouns.txt) says what that text does, which happens only if the text itself goes through."""
    return (verb.tag_ == "VBG" and verb.i > verb.head.i and verb.head.pos_ == "NOUN"
            and verb.head.lemma_.lower() in lex.text_nouns)


def _text_read_as_compound(verb: Token, lex: Lexicon) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "compound" and c.lemma_.lower() in lex.text_nouns
                                      for c in verb.children)


def _infinitive_of_noun(verb: Token) -> bool:
    noun = verb.head
    return (noun.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.lower_ in ORDINAL_WORDS or c.dep_ == "amod" and c.tag_ == "JJS" or c.ent_type_ == "ORDINAL"
                        for c in noun.children))


def _intention_noun_effect(noun: Token, lex: Lexicon) -> str | None:
    """The modality an intention noun ("plans", "decision") gives its infinitive, if it is one."""
    return lex.modality.get(noun.lemma_.lower())


def _reported_would(verb: Token, lex: Lexicon, triggers_at: dict[int, Found]) -> bool:
    """"Germany said it would send weapons", "pledged that Colombia would cooperate": reported speech
    and promises turn "will" into "would"; so in a later conjunct of the reported clause ("said he would
    not sign the bill and would hold talks")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if not auxes & {"would", "'d"} or auxes & (HYPOTHETICAL_AUX - {"would", "'d"}):
        return False
    clause = _first_conjunct(verb)
    if clause.dep_ != "ccomp" or _governor_effect(clause.head, lex, triggers_at) not in {"report", "future"}:
        return False
    # "said Russia would cooperate only if Britain handed over samples", "said it would resume fighting
    # unless the killings stopped": a "would" with an "if" or "unless" clause of its own is conditional
    # even when reported, not a promise
    return not in_condition(verb) and not has_condition(verb, {"if", "unless"})


def occurrence_told(found: Found, lex: Lexicon) -> bool:
    """The event is a noun whose verb only says whether it happens ("talks could begin next week"): no
    one's statement of intent is read off it."""
    noun = found.head
    return found.pred == noun and noun.dep_ == "nsubj" and _says_it_happens(noun.head, lex)


def _says_it_happens(verb: Token, lex: Lexicon) -> bool:
    """A verb of occurrence (occurrence_verbs.txt): "take place", "go ahead", "begin"."""
    lemma = verb.lemma_.lower()
    if lemma in lex.occurrence_verbs:
        return True
    return any(f"{lemma} {c.lower_}" in lex.occurrence_verbs for c in verb.children if c.dep_ in {"dobj", "prt", "advmod"})


def _told_to(verb: Token) -> bool:
    """An infinitive ("to detain") after a verb of saying with an addressee: its object ("told officers to")
    or, in the passive, its subject ("officers were told to"). Not a perfect or progressive one ("is said to
    have fled", "were reported to be massing"): that reports what was done or is going on, no one is told to."""
    saying = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (verb.dep_ == "xcomp" and "to" in auxes and not auxes & {"have", "has", "had", "be"}
            and any(c.dep_ in {"dobj", "nsubjpass"} for c in saying.children))


def _first_conjunct(verb: Token) -> Token:
    """The first of a row of coordinated verbs, which holds the row's place in the sentence."""
    for _ in range(6):
        if verb.dep_ != "conj" or verb.head == verb:
            break
        verb = verb.head
    return verb


def _has_own_aux(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in verb.children)


def _on_condition(verb: Token) -> bool:
    """The verb has an "if" or "unless" clause of its own, or a time clause that "only" makes a condition
    ("would lift sanctions only when North Korea no longer posed a threat")."""
    return has_condition(verb, {"if", "unless"}) or any(
        c.dep_ == "advcl" and any(_only_mark(m) for m in c.children) for c in verb.children)


def _only_mark(mark: Token) -> bool:
    """"only when", "only once": the parser hangs "only" on the clause's verb or on the word itself."""
    if mark.dep_ not in {"mark", "advmod"} or mark.lower_ not in PENDING_MARKS:
        return False
    return any(o.dep_ == "advmod" and o.lower_ == "only" for o in (*mark.children, *mark.head.children))


def has_condition(verb: Token, marks: set[str]) -> bool:
    """The verb has a clause of its own opened by one of `marks` ("if", "unless")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in verb.children)


# "before", "until", "once", "when" with a verb in the present tense: a condition still to be met
PENDING_MARKS = {"before", "until", "till", "once", "when"}
PRESENT_TAGS = {"VBP", "VBZ"}


def _pending(verb: Token) -> bool:
    """"must agree to reforms before they disarm", "until a civilian authority takes power", "once the
    inspectors verify it": a time clause in the present tense in a story told in the past names a
    condition still to be met, not an event that took place ("before the truce began" did)."""
    # the parser makes "when" an adverb of its clause, the others its marker
    if verb.dep_ != "advcl" or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in PENDING_MARKS for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return (auxes[0].tag_ if auxes else verb.tag_) in PRESENT_TAGS or _backshifted_condition(verb)


def _backshifted_condition(verb: Token) -> bool:
    """"said its members would strike until Yoon stepped down", "vowed to fight until the president
    resigned": reported speech puts the time clause in the past, but under a "would" or an infinitive
    the act it hangs from is still to come, and so is the condition."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    simple_past = verb.tag_ == "VBD" and not auxes
    # "would not hold talks until Bashir was handed over": the passive is backshifted as well
    past_passive = verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"
    if not (simple_past or past_passive):
        return False
    act = verb.head
    return (any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for c in act.children)
            or (act.tag_ == "VB" and act.dep_ == "xcomp"))


GENERIC_DETERMINERS = {"any", "every", "each"}
GENERIC_PRONOUNS = {"anyone", "anybody", "everyone", "everybody", "whoever"}


def _generic_condition(verb: Token) -> bool:
    """"Protesters who refuse to leave could have their accounts frozen", "anyone who attacks the troops
    will be punished": a relative clause in the present tense on those whom a future or possible act
    would befall (or who would do it) says who they are, a condition, not a deed told as done; so does
    a clause in the present tense that is the subject of a future or possible act ("whoever fires at us
    will pay a heavy price")."""
    if verb.dep_ not in {"relcl", "csubj"}:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.dep_ == "csubj":
        return (auxes[0].tag_ if auxes else verb.tag_) in PRESENT_TAGS and own_polarity(verb.head) in {"future", "hypothetical"}
    noun = verb.head
    # "said his troops would disarm any militiamen who refused": reported speech backshifts the tense,
    # but "any" still picks out whoever would meet the condition
    generic = noun.lower_ in GENERIC_PRONOUNS or any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in noun.children)
    present = (auxes[0].tag_ if auxes else verb.tag_) in PRESENT_TAGS
    if not present and not generic:
        return False
    if present and generic and noun.lower_ not in GENERIC_PRONOUNS:
        # "threatened attacks on any country that backs the campaign": "any" in the present picks out
        # whoever would meet the condition, whatever act it hangs on
        return True
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and own_polarity(governor) in {"future", "hypothetical"}


def _for_infinitive(verb: Token) -> bool:
    """"a wish for a deal to be reached in the talks", "the need for troops to leave": a clause of "for"
    and an infinitive says what someone wants or needs to happen, not what happened."""
    return (any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def in_condition(tok: Token) -> bool:
    """Inside an if / unless / whether clause, a pending time clause ("before they disarm", "until a
    civilian authority takes power") or a wish ("the need for troops to leave"): hypothetical or
    future, but nobody's statement of intent."""
    for _ in range(8):
        if (any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children) or _pending(tok)
                or _for_infinitive(tok)):
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def own_polarity(tok: Token) -> str:
    state = "asserted"
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
            state = stronger(state, "negated")
        elif child.dep_ in {"aux", "auxpass"} and low in FUTURE_AUX:
            state = stronger(state, "future")
        elif child.dep_ in {"aux", "auxpass"} and low in HYPOTHETICAL_AUX:
            state = stronger(state, "hypothetical")
        elif child.dep_ == "mark" and low in CONDITIONAL_MARKS:
            state = stronger(state, "hypothetical")
    if is_subjunctive(tok) or open_question(tok):
        state = stronger(state, "hypothetical")
    if _subject_is_none(tok):
        state = stronger(state, "negated")
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and any(c.lower_ in {"is", "are", "was", "were", "'s", "'re"} for c in tok.head.children):
        state = stronger(state, "future")
    if _be_to(tok):
        state = stronger(state, "future")
    if obliged_by_have_to(tok):
        state = stronger(state, "hypothetical")
    if _yet_to(tok):
        state = stronger(state, "negated")
    if _neither_nor(tok):
        state = stronger(state, "negated")
    return state


_NEITHER_NOR_IDS = frozenset(get_string_id(w) for w in ("neither", "nor"))  # LOWER values


def _neither_nor(tok: Token) -> bool:
    """"neither attacked the village nor burned the houses", "neither confirmed nor denied": both verbs of a
    neither/nor pair are negated (the parser marks "neither" on the first, "nor" beside the second)."""
    doc = tok.doc
    if not has_value_between(doc, LOWER, _NEITHER_NOR_IDS, 0, len(doc)):
        return False  # no "neither" or "nor" in the whole doc (most docs): none of the walks below can succeed
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children):
        return True
    if any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.children) and any(
            t.lower_ == "neither" for t in tok.doc[tok.left_edge.i : tok.i]):
        return True  # "Police neither arrested ... nor fired": "neither" hung elsewhere by the parser
    if any(c.dep_ in {"nsubj", "nsubjpass"} and any(g.lower_ in {"neither", "nor"} and g.dep_ in {"preconj", "cc"}
                                                   for g in c.children) for c in tok.children):
        return True  # "Neither the army nor the police attacked": no one did
    return tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < tok.i for c in tok.head.children)


def _yet_to(verb: Token) -> bool:
    """"The government has yet to release the journalists", "is yet to respond": not done so far."""
    return (verb.dep_ == "xcomp" and verb.head.lemma_ in {"have", "be"}
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def obliged_by_have_to(verb: Token) -> bool:
    """"Somalia has to withdraw its forces", "told Macron that Ukraine had to withdraw": an act one has to
    do is demanded, not done. A past "had to" told by the narrator says what was done ("police had to
    fire tear gas"); in a reported clause it is the speaker's "has to" put in the past."""
    head = verb.head
    if (verb.dep_ != "xcomp" or head.lemma_ != "have" or head.pos_ not in {"VERB", "AUX"}
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    return head.tag_ != "VBD" or head.dep_ == "ccomp"


def _be_to(verb: Token) -> bool:
    """"The prime minister is to visit Dhaka next week", "was to meet rebel leaders on Friday": "be" with
    an infinitive tells what is arranged or meant to happen, not what has happened."""
    return (verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.pos_ in {"AUX", "VERB"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


NOBODY = {"none", "nobody", "neither", "nothing"}


def _subject_is_none(verb: Token) -> bool:
    """"no British combat troops would be deployed", "No soldiers were sent to the border", "none of its
    fighters had attacked the convoy", "neither side attacked": a subject under "no" or "neither", or
    "none" / "nobody", says that nobody of that kind did it, so the deed is told as not done."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in NOBODY or any(
        d.dep_ == "det" and d.lower_ in {"no", "neither"} for d in c.children)) for c in verb.children)


def _disavowed_purpose(verb: Token) -> bool:
    """A purpose infinitive ("to fight") of a negated verb of being or coming ("are not here", "did not
    come"): the purpose is denied."""
    head = verb.head
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not has_subject(verb)
            and head.lemma_.lower() in {"be", "come", "go", "arrive"} and any(c.dep_ == "neg" for c in head.children))


def aim_of_a_journey(verb: Token, lex: Lexicon) -> bool:
    """A purpose infinitive with no subject of its own ("to seek support") of a verb of going
    (journey_verbs.txt: "flew to Cairo", "embarked on a trip"): the aim the traveller set out with, not
    a deed the sentence tells as done."""
    journey = verb.head
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not has_subject(verb)
            and journey.pos_ == "VERB" and journey.lemma_.lower() in lex.journey_verbs
            and not _goes_on(journey))


def _goes_on(verb: Token) -> bool:
    """"went on to raid the camp", "went ahead to sign": going on is doing next, no journey."""
    return any(c.lower_ in {"on", "ahead"} and not any(o.dep_ == "pobj" for o in c.children) for c in verb.children)


def open_question(verb: Token) -> bool:
    """"to discuss how to enforce the sanctions", "unsure what to do": an infinitive after a question word
    is a question still open, not an act anyone has done or promised ("told how soldiers shot her son",
    with a finite verb, tells a deed)."""
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ in {"advmod", "dobj", "mark"} and c.lower_ in QUESTION_WORDS and c.i < verb.i for c in verb.children))


QUESTION_WORDS = {"how", "what", "whether", "when", "where", "which", "who"}


def is_subjunctive(verb: Token) -> bool:
    """"reiterated its demand that Israel ease restrictions", "insisted that he be reinstated": a verb in
    its base form with a subject of its own and no auxiliary, in a "that" clause, is a subjunctive: what
    someone wants done, not what was done."""
    if verb.dep_ not in {"ccomp", "acl", "advcl"}:
        return False  # (asked first: it rules out most verbs without reading their children)
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(c.dep_ == "aux" for c in children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return False
    # the tagger may call it a plural present ("that President Ruto release"); a singular noun would take "releases"
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and subjects[0].tag_ in {"NN", "NNP"})


def _inherited(tok: Token) -> str:
    """Polarity a governor passes down: negation becomes 'not happened'. (A reported "would" above the
    event, "said it would keep providing aid", is left hypothetical: read as future it lowered the
    held-out F1.)"""
    own = own_polarity(tok)
    return "hypothetical" if own == "negated" else own


TOPIC_PREPS = {"about", "of"}


def topic_of_talk(gerund: Token, lex: Lexicon) -> bool:
    """A gerund after "about" or "of" on a verb of speaking (speaking_verbs.txt): the topic talked of."""
    prep = gerund.head
    return (gerund.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS
            and prep.head.lemma_.lower() in lex.speaking_verbs)


def _governor_effect(head: Token, lex: Lexicon, triggers_at: dict[int, Found]) -> str | None:
    found = triggers_at.get(head.i)
    if found is not None and found.trigger.complement:
        return found.trigger.complement
    return lex.modality_of(head.lemma_.lower(), head.lower_)


def stronger(a: str, b: str) -> str:
    return a if POLARITY_STRENGTH[a] >= POLARITY_STRENGTH[b] else b


# --- putting it together -----------------------------------------------------
