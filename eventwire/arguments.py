"""Arguments: who acts and who is acted upon, resolved to actors.

The actor is the subject (following control, coordination and relative
clauses), a passive "by" agent, or an event noun's possessor or nationality;
the recipient is the object or a prepositional phrase fitting the event type,
and for demands, threats and promises the clause they are about. Each
argument phrase is resolved against the actor knowledge base.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import dropwhile, takewhile
from datetime import date
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Token

from .places import PLACE_ADJECTIVES, PLACE_KIND_WORDS, Place, find_places
from .actors import (INTERNATIONAL_CODES, NON_STATE_CODES, STATE_SECTORS, ActorKB, KBEntry, actor_word_list, agent_sector_of,
                     find_names, inside_water_name, load_kb, names_several_states, placed_by_no_place, normalise_name,
                     sent_abroad, shared_state_names)
from .data_files import generic_name_heads
from .lexicon import lexicon_word_list, load_lexicon
from .mentions import person_role_words
from .nlp import doc_text, token_texts, value_positions
from .records import Entity, first_of_each

if TYPE_CHECKING:
    from .events import Found

SUBJECT_DEPS = {"nsubj", "csubj"}


PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}


NP_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "flat", "prep", "pobj", "punct", "cc", "conj", "predet"}


# Prepositions that introduce the one acted upon, by event type.
RECIPIENT_PREPS = {
    "_default": {"on", "against", "at", "upon"},
    "CONSULT": {"with", "to"},
    "COOPERATE": {"with", "alongside"},
    "AGREE": {"with", "to"},
    "AID": {"to", "for"},
    "SUPPORT": {"for", "to", "behind"},  # "stood firmly behind the president", "rallied behind him"
    "CONCEDE": {"to"},
    "REQUEST": {"to"},
    "RETREAT": {"from"},
    "ASSAULT": {"with", "into", "through"},
    "MOBILIZE": {"into", "to"},
    "COERCE": {"from"},
    "SANCTION": {"with", "from"},
}


AIM_PREPS = {"at", "against", "toward", "towards"}
# Adverbs of moving off ("pulled back from", "moved away from") that the parser gives the "from" phrase to
AWAY_WORDS = {"back", "away"}


# Acts of cooperation done "at" a summit, a ceremony or a news conference: "at" says where, not with
# whom ("signed a pact with Iraq at a ceremony in Baghdad"); it names a target only of aimed acts
# ("fired at", "protested at"). Sanctions too are announced or imposed "at" a forum ("announced tighter
# sanctions at the United Nations"), never aimed with a bare "at".
VENUE_AT_TYPES = {"SUPPORT", "AGREE", "CONSULT", "COOPERATE", "AID", "CONCEDE", "SANCTION"}
# Acts whose "at" names a target even beside an object, as what is thrown or fired is the object ("fired tear
# gas at protesters", "threw eggs at the minister"); for the others an object is whom the act is done to,
# and "at" then says where ("detained him at a Moscow airport", "accused Kyiv at a news conference").
THROWN_AT_TYPES = {"ASSAULT", "PROTEST"}


# Prepositions that list some members of the group they follow: "aid groups, including Oxfam and CARE".
LISTING_PREPS = {"including"}


# Types whose act, named by the verb and an act noun ("set fire", "laid siege"), is aimed with "to":
# "set fire to a church" is done to the church.
ACT_TO_TYPES = {"ASSAULT"}


# Types whose object is the actor's own means, not the one the act is aimed at: the troops sent,
# deployed or mobilised ("sent 750 paratroopers to the region", "a mobilisation of its reservists")
# are the sender's; the act is aimed at where they go or whom they face.
OWN_MEANS_TYPES = {"MOBILIZE"}


# Types of event nouns whose content clause names whom they are aimed at: "Moscow's accusation that
# Kyiv planned an attack" is aimed at Kyiv, the clause's subject.
CONTENT_TARGET_TYPES = {"ACCUSE"}


NOUN_RECIPIENT_PREPS = {"of", "on", "against", "with", "to", "at", "into", "upon", "for"}


# Types whose unnamed target is read off the place (and, for protests, the protesters' own country).
IMPLICIT_TARGET_TYPES = {"PROTEST", "ASSAULT", "COERCE", "CONCEDE"}


# Prepositions that name what an attack was aimed at: "fired at", "rockets against", "an assault on"
ATTACK_TARGET_PREPS = {"at", "against", "on"}
ATTACK_SCENE_PREPS = {"outside", "near", "inside", "in", "by", "behind"}  # a building the attack happened by
PLACE_PREPS = {"in", "at", "outside", "near", "across", "throughout", "inside"}




def is_pronoun(tok: Token) -> bool:
    # "US" is not "us"
    return tok.lower_ in PRONOUNS and tok.pos_ == "PRON"


def is_time_or_quantity(tok: Token) -> bool:
    """Dates, times and bare numbers are never actors ("met on Wednesday", "killed 12"; time_words.txt),
    nor spans of time in the plural ("shortened by two hours")."""
    words = load_lexicon().time_words
    return tok.like_num or tok.lower_ in words or tok.pos_ == "NUM" or (tok.tag_ == "NNS" and tok.lemma_.lower() in words)


PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"}

# Times, amounts, online services and munitions (non_party_nouns.txt, and the times of time_nouns.txt)
NON_PARTY_NOUNS = actor_word_list("non_party_nouns.txt") | lexicon_word_list("time_nouns.txt")
# "after", "as", "because": the marks of a clause of earlier time or cause
TIME_CLAUSE_MARKS = lexicon_word_list("time_clause_marks.txt")


def names_no_party(head: Token) -> bool:
    """A head noun that names a time, an amount, an online service or a munition is no actor or
    recipient: "closed Facebook at midnight" is done to no one named. The tagger calls "nothing" a pronoun."""
    return head.pos_ in {"NOUN", "PROPN", "PRON"} and (head.lower_ in NON_PARTY_NOUNS or head.lemma_.lower() in NON_PARTY_NOUNS)


RELATIVE_TAGS = {"WDT", "WP", "WP$"}




def _nearest_subject(subjects: list[Token], verb: Token) -> Token:
    """"In Cali, the centre of the protests, police opened fire": the parser may give a verb two
    subjects when an apposition follows a fronted phrase; the one right before the verb acts."""
    before = [s for s in subjects if s.i < verb.i]
    if len(before) > 1 and (_comma_between(before[-2], before[-1]) or _name_right_after_noun(before[-2], before[-1])):
        return before[-1]
    return subjects[0]


def _name_right_after_noun(noun: Token, name: Token) -> bool:
    """"The militant group Hamas fired rockets": the parser may make a name that right follows a common noun
    a second subject; it is the noun's name, and what acts is named by it."""
    return (noun.pos_ == "NOUN" and name.pos_ == "PROPN"
            and name.left_edge.i == max(t.i for t in noun.subtree) + 1)


def _comma_between(first: Token, second: Token) -> bool:
    """A comma after the first phrase and before the second (not a name split at a hyphen: "Moon Jae-in")."""
    end = max(t.i for t in first.subtree)
    return any(t.text == "," for t in first.doc[end + 1 : second.left_edge.i])


def verb_subject(verb: Token, depth: int = 0) -> list[Token]:
    """The acting subject of a verb, following control, coordination and relative clauses."""
    if depth > 6:
        return []
    if victims_of_a_bare_participle(verb):
        return passive_agents(verb)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        subj = _nearest_subject(subjects, verb)
        if subj.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            return [verb.head]
        return [author_of(_reduced_relative_head(subj), depth)]
    agents = passive_agents(verb)
    if is_stative_passive(verb):
        return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS][:1]
    if agents or any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return agents
    head = verb.head
    if head == verb:
        return []
    if verb.dep_ == "conj" and head.dep_ == "acl" and verb_hung_past_participle(head) is not None:
        # "troops backed by tanks invaded Kuwait and seized the capital": the parser joins "seized" to "backed"
        return [author_of(head.head, depth)]
    stranded = noun_conjunct_before(verb)
    if stranded is not None:
        # "cut ties with Jakarta and the IMF suspended a loan": the IMF suspended it
        return [author_of(stranded, depth)]
    stranded = subject_read_as_time_object(verb)
    if stranded is not None:
        # "a day after U.S.-led warplanes began pounding Baghdad": the warplanes began, not the main clause's subject
        return [author_of(stranded, depth)]
    if _infinitive_read_as_purpose(verb) and _addressed_before(head, verb):
        # "called on Libya on Monday to withdraw": the parser may make the infinitive a purpose; the one
        # addressed still does it
        return _addressed_before(head, verb)
    if verb.dep_ == "xcomp":
        # "urged Iran to withdraw": the object acts; "used tanks and drones to attack villages": a weapon
        # is what the subject acts with
        objects = [c for c in head.children if c.dep_ in {"dobj", "dative"} and not _is_weapon(c)
                   and not _object_is_no_doer_of_purpose(head)]
        objects = objects or _addressed_before(head, verb)
        if not objects and _passive_subjects(head):
            # "Abiy is expected to arrive in Khartoum", "officers had been told to detain him": the subject
            # of a passive governor with no object does the infinitive
            return [author_of(_passive_subjects(head)[0], depth)]
        return objects[:1] if objects else verb_subject(head, depth + 1)
    if verb.dep_ == "conj" and finite_governor(verb) is not None:
        # "supported the decision to suspend the bill and accused the US": the finite conjunct shares the
        # subject of the finite verb above the infinitive it was attached to
        return verb_subject(finite_governor(verb), depth + 1)
    if verb.dep_ == "conj" and _reporter_goes_on(verb):
        # "KCNA said the office had been ruined ..., and blamed Seoul": KCNA blamed, not the office
        return verb_subject(head.head, depth + 1)
    if _second_deed_read_as_report(verb):
        # "Chavez said his government was halting shipments and warned that ...": Chavez warned
        return verb_subject(head, depth + 1)
    if verb.dep_ == "conj" and reported_clause_going_on(verb) is not None:
        # "the emir telephoned the ruler and urged restraint, diplomats said", "Mladic entered the town
        # and later met the Dutch commander, U.N. sources said": the parser hangs the second deed on the
        # attribution at the end; its doer is the reported clause's
        return verb_subject(reported_clause_going_on(verb), depth + 1)
    if verb.dep_ == "conj" and _active_conjunct_of_passive(verb):
        # "was summoned by the EU and apologized": the minister apologized, not the EU
        return [author_of(c, depth) for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS][:1]
    if _participle_past_a_time_clause(verb):
        # "broke through police lines after lawmakers voted, setting fire to the building": the parser
        # hangs the participle on the "after" clause; the main clause's subject sets the fire
        return verb_subject(head.head, depth + 1)
    closed = _clause_resumed_after_a_relative(verb)
    if closed is not None:
        # "armed men stormed the jail, where 23 businessmen were on trial, and then seized the building":
        # the men seized it, not the businessmen of the relative clause the parser joins "seized" to
        return verb_subject(closed, depth + 1)
    if verb.dep_ in {"conj", "advcl"} and head.pos_ in {"VERB", "AUX"}:
        return verb_subject(head, depth + 1)
    if verb.dep_ in {"acomp", "xcomp"} and head.pos_ in {"VERB", "AUX", "ADJ"}:  # "is willing to withdraw"
        return verb_subject(head, depth + 1)
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and _intent_noun_infinitive(verb):
        return _intent_owner(head, depth)
    if verb.dep_ == "acl" and appositive_of_verbless_root(head):
        # "China, the North's main ally, called on both sides": the parser hangs the main verb on the
        # apposition; the name it sets off acts
        return [author_of(head.head, depth)]
    left = _subject_left_by_participle(verb)
    if left is not None:
        # "Iraqi troops backed by tanks invaded Kuwait": the troops invaded, not the tanks
        return [author_of(left, depth)]
    if verb.dep_ in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN"}:
        return [author_of(head, depth)]
    if verb.dep_ in {"pcomp", "pobj"} and _undergone_purpose(verb):
        # "detained three activists for questioning": the detainers question them; "was summoned for
        # questioning by prosecutors": the prosecutors do; "appeared for questioning": no one named
        gov = head.head
        by = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" for o in prep_objects(p)]
        if by:
            return by[:1]
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in gov.children):
            return passive_agents(gov)
        return verb_subject(gov, depth + 1) if any(c.dep_ == "dobj" for c in gov.children) else []
    if verb.dep_ == "pcomp" and head.head != head:  # "accused X of attacking": X acted
        gov = head.head
        objects = [c for c in gov.children if c.dep_ in {"dobj", "xcomp"}]
        return objects[:1] if objects else verb_subject(gov, depth + 1)
    return []


def _clause_resumed_after_a_relative(verb: Token) -> Token | None:
    """The verb whose object a relative clause set off by commas follows, when the parser joins a verb
    after the closing comma and "and" to the relative clause's own verb: ", where 23 businessmen were on
    trial, and then seized ..." resumes the clause the relative interrupted. Not when the relative
    pronoun is the subject ("the militia, which holds the port, and ..."): that one is told of the noun."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl":
        return None
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if not subjects or any(s.tag_ in RELATIVE_TAGS for s in subjects):
        return None
    doc = verb.doc
    opened = head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == ","
    joined = [c for c in head.children if c.dep_ == "cc" and c.i < verb.i]
    closed = bool(joined) and doc[joined[-1].i - 1].text == ","
    noun = head.head
    governor = noun.head
    if not (opened and closed) or noun.dep_ not in {"dobj", "pobj"} or governor == noun:
        return None
    governor = governor.head if noun.dep_ == "pobj" else governor
    return governor if governor.pos_ in {"VERB", "AUX"} else None


def _participle_past_a_time_clause(verb: Token) -> bool:
    """A subjectless "-ing" participle set off by a comma after a clause of earlier time or cause
    (time_clause_marks.txt: "after lawmakers voted to pass the bill, setting fire to ...") that the parser
    hangs on that clause's verb: it goes on the main clause, whose doer it shares."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "advcl" or head.head == head:
        return False
    if head.i > verb.i or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in head.children)


def _subject_left_by_participle(verb: Token) -> Token | None:
    """"Iraqi troops backed by tanks and helicopters invaded Kuwait": the parser may end the subject's
    participle phrase late and hang the main verb on the noun after "by", leaving the subject as a root
    with no verb of its own. A verb with an object (or a plain past) hung that way is the root noun's."""
    if verb.dep_ != "acl" or not (verb.tag_ == "VBD" or any(c.dep_ == "dobj" for c in verb.children)):
        return None
    noun = verb.head
    while noun.dep_ == "conj":
        noun = noun.head
    by = noun.head
    if noun.dep_ != "pobj" or by.dep_ not in {"agent", "prep"} or by.lower_ not in {"by", "with"}:
        return None
    participle = by.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return None
    root = participle.head
    if root.pos_ in {"NOUN", "PROPN"} and root.i < participle.i and _has_no_verb_of_its_own(root):
        return root
    return None


def _has_no_verb_of_its_own(noun: Token) -> bool:
    """The root, an apposition the parser hangs on a dateline, or a first subject of the attribution at
    the end ("Iraqi troops ..., diplomats said": the parser makes both "troops" and "diplomats" say)."""
    if noun.dep_ in {"ROOT", "appos"}:
        return True
    return noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children)


def verb_hung_past_participle(participle: Token) -> Token | None:
    """The main verb the parser hung on the "by" object of `participle` ("backed" in "Iraqi troops
    backed by tanks invaded Kuwait"), if any: then the participle only describes its noun."""
    for by in participle.children:
        if by.lower_ not in {"by", "with"}:
            continue
        for obj in (o for o in by.children if o.dep_ == "pobj"):
            for noun in [obj, *obj.conjuncts]:
                for verb in noun.children:
                    if _subject_left_by_participle(verb) == participle.head:
                        return verb
    return None


def _object_is_no_doer_of_purpose(verb: Token) -> bool:
    """"used tanks to attack villages" (instrument_verbs.txt), "telephoned Yeltsin to voice his support"
    (contact_verbs.txt): the subject does the infinitive after the object, not the object."""
    lemma = verb.lemma_.lower()
    lex = load_lexicon()
    return lemma in lex.instrument_verbs or lemma in lex.contact_verbs


def appositive_of_verbless_root(noun: Token) -> bool:
    """"China, the North's main ally, called on ...": an apposition on a root noun, the sentence's
    subject left with no verb of its own, so a verb hung on the apposition is the main verb."""
    host = noun.head
    return (noun.dep_ == "appos" and host.dep_ == "ROOT" and host.pos_ in {"NOUN", "PROPN"}
            and noun.pos_ in {"NOUN", "PROPN"})


def victims_of_a_bare_participle(verb: Token) -> list[Token]:
    """"Twelve civilians killed in an air strike", "Three soldiers wounded by a roadside bomb": a past
    participle with no auxiliary and no object, after the noun it hangs on (a reduced relative) or takes
    as subject (a headline's passive), tells a deed done to that noun when a phrase after it names what
    did it: "in", "during" or "by" an event (a NOUN row of triggers.tsv) or a weapon. An active past read
    as a participle has an object ("troops killed three militants") or no such phrase ("troops
    clashed in the capital"). Returns the noun, or []."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "dobj", "nsubjpass"} for c in verb.children):
        return []
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < verb.i:
        noun = verb.head
    else:
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.tag_ not in RELATIVE_TAGS), None)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [noun] if any(_names_what_did_it(p) for p in verb.children if p.i > verb.i) else []


# prepositions after a participle that name the deed its victims suffered: "killed in a strike"
DEED_PREPS = {"in", "during", "by"}


def _names_what_did_it(prep: Token) -> bool:
    # "by police", "by its agents": a doer named as agent may head a background clause ("citizens
    # abducted by its agents decades ago"); a deed or a weapon named is how the victims are told of
    if not (prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ in DEED_PREPS):
        return False
    return any(_is_event_noun(o) or _is_weapon(o) for o in prep_objects(prep))


def _infinitive_read_as_purpose(verb: Token) -> bool:
    """"to withdraw" hung on the verb above as a clause of purpose, with no subject of its own."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VB" and not has_subject(verb)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _addressed_before(verb: Token, infinitive: Token) -> list[Token]:
    """"called on Israel to withdraw": the one a verb of asking addresses (addressing_verbs.txt) in a
    phrase between it and the infinitive does it. A time before the verb ("on Friday called on France to
    withdraw") is no one addressed."""
    addressing = lexicon_word_list("addressing_verbs.txt")
    return [o for p in verb.children if p.dep_ in {"prep", "prt"} and verb.i < p.i < infinitive.i
            and f"{verb.lemma_.lower()} {p.lower_}" in addressing
            for o in p.children if o.dep_ == "pobj" and o.pos_ in {"PROPN", "NOUN", "PRON"}][:1]


def _undergone_purpose(gerund: Token) -> bool:
    """"held for questioning": a gerund after "for" with no object of its own that names what is done
    to the one held or summoned (purpose_gerunds.txt), not a deed of theirs ("jailed for rioting")."""
    return (gerund.head.lower_ == "for" and gerund.lemma_.lower() in lexicon_word_list("purpose_gerunds.txt")
            and not any(c.dep_ in {"dobj", "nsubj"} for c in gerund.children))


def _reduced_relative_head(subj: Token) -> Token:
    """"The Red Cross operating in Iraq said ...": the parser may make the participle the subject and the
    noun it modifies the participle's own subject; the noun is who acts."""
    if subj.tag_ != "VBG":
        return subj
    return next((c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i), subj)


def _reporter_goes_on(verb: Token) -> bool:
    """"KCNA said the office had been ruined because of defectors, and blamed Seoul": the parser hangs
    the reporter's second deed on the reported passive clause; a thing (a passive subject that is no
    one: not a name, a pronoun or a role noun) blames or urges no one, so the reporter does."""
    head = verb.head
    if head.dep_ != "ccomp" or load_lexicon().modality.get(head.head.lemma_.lower()) != "report":
        return False
    if has_subject(verb) or not any(c.dep_ == "dobj" for c in verb.children) or verb.tag_ != "VBD":
        return False
    things = [c for c in head.children if c.dep_ == "nsubjpass"]
    return bool(things) and all(t.pos_ == "NOUN" and load_kb().agent_sector(t.lemma_) is None
                                and load_kb().agent_sector(t.text) is None for t in things)


def _second_deed_read_as_report(verb: Token) -> bool:
    """"Chavez said his government was halting oil shipments and warned that ...": the parser may make the
    speaker's second verb a second clause of what he said; with no subject of its own, a past-tense verb
    right after the "and" that closes the first reported clause is the speaker's own deed."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ != "VBD" or has_subject(verb):
        return False
    if load_lexicon().modality.get(head.lemma_.lower()) != "report" or not has_subject(head):
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return (before is not None and before.dep_ == "cc" and before.head.dep_ == "ccomp"
            and before.head.head == head and before.head.i < verb.i)


def reported_clause_going_on(verb: Token) -> Token | None:
    """"The emir telephoned the ruler and urged restraint, diplomats said": the parser hangs the second
    deed of a report whose speaker comes last on the reporting verb; a deed told before the speaker is
    named is the report's, so it goes on the reported clause before it (returned), not on the speaker."""
    head = verb.head
    if load_lexicon().modality.get(head.lemma_.lower()) != "report" or has_subject(verb):
        return None
    speakers = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    if not speakers or any(s.i < verb.i for s in speakers):
        return None
    reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i]
    return reported[-1] if reported else None


def _active_conjunct_of_passive(verb: Token) -> bool:
    """"has been indicted by the court and will resign", "was summoned by the EU and criticised the
    ruling": an active verb coordinated with a passive one shares its grammatical subject, not its "by"
    agent. A bare past form ("was arrested by police and charged with murder", "were flown to Abuja and
    handed over", which the tagger may call past tense) shares the passive, and its agent, unless it has
    an object of its own."""
    head = verb.head
    if not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in head.children) or has_subject(verb):
        return False
    own_aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "auxpass" for c in own_aux):
        return False
    if own_aux or verb.tag_ not in {"VBN", "VBD"}:
        return True
    if _acts_on_its_own_clause(verb):
        return True
    return verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children)


def _acts_on_its_own_clause(verb: Token) -> bool:
    """"was sworn in on Monday and promised to hold elections", "... and said he would meet them": a verb
    whose infinitive or clause its own subject does or says (own_clause_verbs.txt) is active when it has
    one; no one "is promised to" do something."""
    return (verb.lemma_.lower() in lexicon_word_list("own_clause_verbs.txt")
            and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children))


def _passive_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children)


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def finite_governor(verb: Token) -> Token | None:
    """For a past or present-tense verb parsed as a conjunct of a to-infinitive ("threatened to impose
    tariffs and called on Rome", "backed the decision to suspend the bill and accused the US"): the
    finite verb above that infinitive, with which it is really coordinated. None otherwise."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    inf = verb.head
    if inf.tag_ != "VB" or inf.dep_ not in {"xcomp", "ccomp", "acl"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return None
    tok = inf.head
    for _ in range(3):
        if tok.tag_ in FINITE_TAGS or _past_tense_read_as_participle(tok):
            return tok
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def _past_tense_read_as_participle(verb: Token) -> bool:
    """"Kim, who had proposed the decree, offered to resign and apologised": the tagger may read the main
    verb after a relative clause as a participle, heading the sentence or hung on its subject as if it
    modified it ("The minister, who ..., offered"); with no auxiliary it is the sentence's past tense."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"}


INTENT_EFFECTS = {"future", "hypothetical", "negated"}


def _intent_noun_infinitive(verb: Token) -> bool:
    """"plans to withdraw", "an attempt to assassinate", "efforts to end": an infinitive under a noun
    of intent (a noun whose modality.tsv row marks its complement)."""
    noun = verb.head
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and load_lexicon().modality.get(noun.lemma_.lower()) in INTENT_EFFECTS)


def _intent_owner(noun: Token, depth: int) -> list[Token]:
    """Who intends: "Washington's plan to ..." -> Washington; "U.S. plans to ..." -> the named phrase;
    "the government announced plans to ..." -> the announcer; "in a bid to end ..." -> the clause's
    subject. The plan itself never acts."""
    for child in noun.children:
        if child.dep_ == "poss":
            return [child]
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.pos_ in {"PROPN", "ADJ"} and c.i < noun.i
           and c.text[:1].isupper() for c in noun.children):
        return [noun]
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    if noun.dep_ in {"dobj", "pobj", "attr", "nsubjpass"} and gov.pos_ in {"VERB", "AUX"} and gov != noun:
        if gov.lemma_.lower() in JUDGING_VERBS:
            return []  # "deplored the decision to use force": a plan judged is someone else's, not the speaker's
        return verb_subject(gov, depth + 1)
    return []


# verbs by which a speaker judges someone else's plan or decision ("condemned the decision to ...")
JUDGING_VERBS = lexicon_word_list("judging_verbs.txt")


def is_stative_passive(verb: Token) -> bool:
    """A "be V-ed to/in" whose subject is the one taking the stance ("is opposed to", "is prepared to").
    Passive in form, the subject holds a stance or does the deed; nobody acted on it (stative_passives.txt)."""
    children = list(verb.children)
    if verb.lemma_.lower() not in load_lexicon().stative_passives or not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children):
        return False
    if any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in {"to", "in", "on"}) for c in children)


def author_of(tok: Token, depth: int = 0) -> Token:
    """Who issued a document that is said to act: "The Security Council adopted a resolution urging ...",
    "A statement posted by Myanmar's NLD urged ...". A document named by its author ("a UN resolution",
    "Iran's statement") or with no author in sight stays as it is."""
    # texts speak for whoever issued them (document_nouns.txt)
    if tok.lemma_.lower() not in load_lexicon().document_nouns or depth > 6:
        return tok
    if any(c.dep_ in {"poss", "compound", "amod", "nmod"} and c.pos_ in {"PROPN", "ADJ", "PRON"} for c in tok.children):
        return tok
    for acl in tok.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() not in lexicon_word_list("non_author_participles.txt"):
            # "a statement issued by X" speaks for X; "a resolution drafted by X" does not
            agents = passive_agents(acl)
            if agents:
                return agents[0]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        issuers = verb_subject(tok.head, depth + 1)
        if issuers:
            return issuers[0]
    return tok


def passive_agents(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            # "shortened by two hours the curfew": a measure read as a passive's agent is no doer
            return [c for c in child.children if c.dep_ == "pobj" and not is_time_or_quantity(c)
                    and not _way_of_travel(c)][:1]
    return _agent_left_on_complement(verb)


def _way_of_travel(noun: Token) -> bool:
    """"flown to Abuja by military helicopter", "evacuated by boat": a way of travel in the singular with
    no determiner, possessor or phrase of its own (travel_means.txt) says how it was done, not who did it
    ("attacked by Syrian helicopters", "by helicopters of the army" name doers)."""
    return (noun.lemma_.lower() in load_lexicon().travel_means and noun.tag_ == "NN"
            and not any(c.dep_ in {"det", "poss", "prep"} for c in noun.children))


# "accused of", "charged with", "arrested for": the prepositions by which a passive names the deed charged
CHARGE_PREPS = {"of", "with", "for"}


def _agent_left_on_complement(verb: Token) -> list[Token]:
    """"X was accused of misusing funds by government officials": the parser may hang a passive's "by"
    phrase on the active gerund of its complement, after that gerund's object; an active verb has no
    such agent, so the phrase names the passive's doers. Only a doer counts: "by force", "by sea" are
    means."""
    if not any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass"} for c in verb.children):
        return []
    kb = load_kb()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPS:
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp" or gerund.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in gerund.children):
                continue
            for by in gerund.children:
                if by.dep_ == "prep" and by.lower_ == "by" and any(c.dep_ == "dobj" and c.i < by.i for c in gerund.children):
                    doers = [o for o in by.children if o.dep_ == "pobj"
                             and (o.pos_ == "PROPN" or kb.agent_sector(o.lemma_) or kb.agent_sector(o.text))]
                    if doers:
                        return doers[:1]
    return []


# "U.S. troops were pulled out of Syria", "soldiers were evacuated from the plant", "UN peacekeepers
# were shipped out of the enclave": whoever is withdrawn does the withdrawing (withdrawn_verbs.txt).
# a withdrawal of troops (RETREAT) or of observers, envoys, peacekeepers (SANCTION)
WITHDRAWAL_TYPES = {"RETREAT", "SANCTION"}


# what is given: received, its giver is the actor and the receiver the recipient (receiving_verbs.txt)
# (ACCUSE too: "the strike drew condemnation from Cairo", "Ankara faced criticism from Berlin": the one
# blamed drew it and the "from" phrase is who blames)
RECEIVED_TYPES = {"AID", "SUPPORT", "ACCUSE"}


def received(verb: Token, etype: str) -> bool:
    """"received aid from Saudi Arabia", "obtained loans from the IMF": the event is told from the side
    given it."""
    if etype not in RECEIVED_TYPES or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lemma_.lower() not in load_lexicon().receiving_verbs or passive_agents(verb):
        return False
    # blame is told as drawn only from someone named: "a raid that drew condemnation around the world"
    # keeps the raid's doer as the one condemned, found as for any condemnation
    return etype != "ACCUSE" or bool(givers(verb, verb))


def givers(verb: Token, noun: Token) -> list[Token]:
    """The "from" phrase of a verb of receiving or of its object, or the "of" phrase of the event noun
    a light "have" holds ("has the support of Britain"): who gave."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    out = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from" for o in prep_objects(p)]
    if noun != verb:
        out += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)]
    return out


def _promised_by(verb: Token) -> bool:
    return verb.lemma_.lower() in load_lexicon().promise_verbs


def withdrawn_forces(verb: Token, etype: str) -> list[Token]:
    """The passive subject of "were withdrawn / pulled out" with no "by" agent: the retreating side;
    and of "were deployed / sent / put on alert": the forces are their own side's means (sent_forces)."""
    if etype in OWN_MEANS_TYPES:
        return sent_forces(verb)
    if etype not in WITHDRAWAL_TYPES or verb.lemma_.lower() not in load_lexicon().withdrawn_verbs or passive_agents(verb):
        return []
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS][:1]


# sectors of the armed bodies whose moves a movement noun tells
FORCE_SECTORS = {"MIL", "COP", "REB"}


def moved_forces(noun: Token) -> list[Token]:
    """The "of" phrase of a noun of forces moving (movement_nouns.txt): "the withdrawal of U.S. troops",
    "the deployment of 5,000 Russian soldiers"."""
    if noun.lemma_.lower() not in lexicon_word_list("movement_nouns.txt"):
        return []
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)][:1]


def sent_forces(verb: Token) -> list[Token]:
    """"Russian troops were deployed to Belarus", "soldiers were put on alert": forces sent or readied,
    with no "by" agent, stand for the side whose forces they are; they are its means, never the target."""
    if passive_agents(verb) or is_stative_passive(verb):
        return []
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS][:1]


def shared_passive_subject(verb: Token) -> list[Token]:
    """"Chadian police raided the camp and were criticised by the UN": a passive verb coordinated after
    another, with no subject of its own, is done to the subject the two share."""
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return []
    if not (any(c.dep_ == "auxpass" for c in verb.children) or _shares_passive_auxiliary(verb)) or any(
            c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS][:1]


def _shares_passive_auxiliary(verb: Token) -> bool:
    """"Glas was flown to Guayaquil and taken to prison": a bare participle joined to a passive verb
    shares its "was", and so its passive subject."""
    return (verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children))


def predicate_objects(verb: Token, row_objects: frozenset[str], etype: str = "") -> list[Token]:
    """Objects that a trigger row needs and that name an act themselves ("opened *fire*", "went on
    *strike*"): part of the predicate, not the one it is done to. Objects naming people or things
    ("evacuated the *wounded*", "expelled *diplomats*") stay recipients."""
    if not row_objects:
        return []
    lex = load_lexicon()
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objs += [o for p in verb.children if p.dep_ in {"prep", "prt"} for o in p.children if o.dep_ == "pobj"]
    # a light verb's own object is the act it names even when that noun is no trigger alone ("waged an
    # insurgency", "waged war"): never the one the act is done to
    light = lex.is_light_verb(verb.lemma_.lower(), {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod"}})
    return [o for o in objs if (o.lemma_.lower() in row_objects or o.lower_ in row_objects)
            and (light and not _done_to_agents(o, etype) or lex.candidates(o.lemma_.lower(), "NOUN")
                 or etype in THREATENED_ACT_TYPES or o.lemma_.lower() in lexicon_word_list("act_nouns.txt"))]


# Types whose row objects name the act threatened, never whom it threatens: "vowed *revenge*",
# "vowed a crushing *response*", "threatened *sanctions*" (the target comes with "against", "on", "to").
THREATENED_ACT_TYPES = frozenset({"THREATEN"})


def _done_to_agents(noun: Token, etype: str) -> bool:
    """"ordered the radio station to stop broadcasting", "ordered the ambassador to leave": an object
    the actor tables know as an agent (agents.tsv) names those the act is done to, never the act; but
    forces sent ("ordered troops to the border") are the sender's own means (OWN_MEANS_TYPES)."""
    if etype in OWN_MEANS_TYPES:
        return False
    kb = load_kb()
    words = [t.lower_ for t in noun.lefts if t.dep_ == "compound"][-2:] + [noun.lower_]
    return any(kb.agent_sector(" ".join(words[start:])) for start in range(len(words)))


def describing_clause(verb: Token) -> Token | None:
    """In "struck what the army said were weapons depots" (also "described as", "called"), the
    clause that names what "what" points at; it reports no one's act of its own. None otherwise."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.lower_ != "what" or any(c.dep_ == "dobj" and c != nxt for c in verb.children):
        return None
    describing = load_lexicon().describing_verbs
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > nxt.i and c.lemma_.lower() in describing), None)


def described_objects(verb: Token) -> list[Token]:
    """The thing a free-relative object names: "struck what the army said were weapons depots",
    "hit what Ankara described as hideouts", "bombed what it called a camp". The parser makes the
    naming verb a clause of the struck verb; what is struck is the noun it puts a name on."""
    clause = describing_clause(verb)
    if clause is None:
        return []
    # "what the army said were depots": the named noun is the attribute of the clause it reports
    for holder in [clause] + [c for c in clause.children if c.dep_ == "ccomp"]:
        for child in holder.children:
            if child.dep_ in {"attr", "oprd"} and child.pos_ in {"NOUN", "PROPN"}:
                return [child]
            if child.dep_ == "prep" and child.lower_ == "as":
                return [o for o in child.children if o.dep_ == "pobj"][:1]
    return []


def _wrong_to_a_state(noun: Token) -> bool:
    """"a violation of Lebanon's sovereignty", "the breach of its airspace": a noun whose "of" phrase is
    what a state holds (sovereignty_nouns.txt) names a wrong done to that state."""
    held = lexicon_word_list("sovereignty_nouns.txt")
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in held for o in p.children)
               for p in noun.children)


def verb_recipients(verb: Token, etype: str, trigger: Token, own: list[Token] = ()) -> list[Token]:
    """Who a verb's event is done to; never one of `own`, the objects that belong to the predicate
    itself ("opened fire", see predicate_objects)."""
    # "talks were held": the event noun a light verb passes on is the event, not whom it is done to
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS and c not in own and c != trigger]
    passive = passive or [c for c in shared_passive_subject(verb) if c not in own and c != trigger]
    # "troops were deployed by Moscow": forces sent are the sender's means, never the target
    if passive and not is_stative_passive(verb) and etype not in OWN_MEANS_TYPES and not withdrawn_forces(verb, etype):
        return passive[:1]
    if _makes_its_way(verb):
        return []  # "fought their way into the centre of Beijing": where the fighters went, not whom they fought
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c != trigger and c not in own
               and c.lower_ != "what"] + described_objects(verb)
    objects = objects or shifted_objects(verb) or controlled_subjects(verb) or _object_raised_from_conjunct(verb) \
        or (_object_of_the_next_deed(verb) if etype in DEEDS_ON_PEOPLE or _harms_a_body(verb) else [])
    # "sent 750 paratroopers to the region": the forces sent are the sender's own; only where they go counts
    means = [o for o in objects if etype in OWN_MEANS_TYPES and o.dep_ == "dobj"]
    # "fired four shells at targets in Jericho": the weapons fired are the means, never the target
    weapons = [o for o in objects if etype in WEAPON_TYPES and o.dep_ == "dobj" and _weapons_named(o)]
    # "Kenya pledged 1,000 officers to the mission": what a promise promises is the promiser's to give,
    # never whom it is made to (that is a dative, "promised Ukraine weapons", or a "to" phrase)
    pledged = [o for o in objects if etype == "AGREE" and o.dep_ == "dobj" and _promised_by(verb)]
    objects = [o for o in objects if o not in means and o not in weapons and o not in pledged]
    if etype in CONTENT_TARGET_TYPES:
        # "condemned a violation of Lebanon's sovereignty": Lebanon is wronged, not condemned
        objects = [o for o in objects if not _wrong_to_a_state(o)]

    # "sent 200 tons of food to North Korea": the parser may call "to" itself the dative
    given_to = [o for c in objects if c.pos_ == "ADP" for o in c.children if o.dep_ == "pobj"]
    objects = [next((o for o in c.children if o.dep_ == "pobj"), c) if c.pos_ == "ADP" else c for c in objects]
    preps = RECIPIENT_PREPS["_default"] | RECIPIENT_PREPS.get(etype, set())
    if etype in VENUE_AT_TYPES or (etype not in THROWN_AT_TYPES and any(o.dep_ == "dobj" for o in objects)):
        preps = preps - {"at"}
    if etype == "CONSULT" and verb.lemma_.lower() in load_lexicon().journey_verbs:
        # "arrived in Amman on a visit": where a visitor went is who hosts the visit
        preps = preps | DESTINATION_PREPS
    if verb.lemma_.lower() in lexicon_word_list("yielding_verbs.txt"):
        preps = preps | {"to"}  # "surrendered to police": whom one gives oneself up to
    # "fired missiles at U.S. forces at the air base": the weapon's target before the verb's place
    aimed = [o for o in objects + means + weapons if o.dep_ == "dobj" and o != trigger]
    # "fired rubber bullets, tear gas and stun grenades at the crowds": the parser hangs the aim on the
    # last item of a listed object; the whole list is what is fired, so its aim is the list's
    aimed += [c for o in aimed for c in o.conjuncts if c.i > o.i and c not in aimed]
    # "set fire to a church", "waged war against the government": an object that names the act itself
    # (act_nouns.txt) leaves whom it is done to to the phrase beside it, on the verb or on that noun
    acts = [o for o in own if o.dep_ == "dobj" and o.lemma_.lower() in lexicon_word_list("act_nouns.txt")]
    if acts and etype in ACT_TO_TYPES:
        preps = preps | {"to"}
    holders = aimed + acts + [verb] + ([trigger] if trigger != verb else [])
    for holder in holders:
        wanted = (AIM_PREPS | (MEANS_DESTINATION_PREPS if holder in means else set())) if holder in aimed else preps
        if holder in aimed and etype in PARTNER_TYPES:
            wanted = wanted | {"with"}  # "negotiated a safe exit with the soldiers": the parser hangs the side on the object
        for prep in holder.children:
            if prep.dep_ in {"prep", "prt"} and prep.lower_ in wanted and not _sets_the_scene(prep) \
                    and not _on_the_ground(prep):
                objects += prep_objects(prep) if prep.dep_ == "prep" else [c for c in prep.children if c.dep_ == "pobj"]
            elif prep.lower_ == "out" and "from" in wanted:
                # "pulled out of northern Syria"
                objects += [o for of in prep.children if of.dep_ == "prep" and of.lower_ == "of" for o in prep_objects(of)]
            elif prep.dep_ == "advmod" and prep.lower_ in AWAY_WORDS and "from" in wanted:
                # "pulled back from the border town": the parser hangs the "from" phrase on "back"
                objects += [o for frm in prep.children if frm.dep_ == "prep" and frm.lower_ == "from"
                            for o in prep_objects(frm)]
    if etype == "CONSULT":
        objects = _hosts_of_the_journey(verb) + objects
    given_to += _receivers_of_given_thing(verb, objects, etype)
    objects += [o for o in given_to if o not in objects]
    if etype in AGAINST_EVENT_TYPES:
        # "banned a rally organised by the opposition", "fired on a march by students": an act against
        # an event, named as its object or in a preposition, is done to its doers
        objects = [d for o in list(own) + objects if _is_event_noun(o) for d in named_doers(o)] + objects
    if etype in JUDGEMENT_TYPES:
        # "backed the bloc's efforts", "rejected Ondo Ossa's claim", "condemned an abuse of rights by
        # Uzbek troops": a judgement of what someone did or said, named as a thing, is aimed at whoever did it
        objects = [d for o in objects if _judged_thing(o) for d in named_doers(o)] + objects
    if etype in HOLDING_TAKEN_TYPES:
        # "froze any U.S. assets held by the ministers": the measure is aimed at the assets' owner
        objects = [owner for o in objects for owner in (_owners_of_holding(o) or [o])]
    # "killed more than 200 of the protesters": a number's "of" phrase names whom it counts
    objects = [real_head(o) if o.like_num or o.pos_ == "NUM" else o for o in objects]
    objects = [o for o in objects if not is_time_or_quantity(o) and o not in own and not _at_border(o)
               and not _fired_with(o, etype)]
    if not objects:
        # "the army deployed troops" with nowhere named: the forces stand where they are deployed, and
        # the country they are placed in (read off the story later) is what the deployment is aimed at
        # ("put its army on alert": forces a possessive pronoun gives to the mover stand at home, aimed at no one)
        objects = [m for m in means if not is_time_or_quantity(m) and not _owned_by_pronoun(m)]
    # "granted asylum to Morales": whom a thing is given to comes before the thing given, also when
    # no country codes them yet (coreference codes a surname later)
    # "twelve civilians killed in an air strike": with no one else named, the deed was done to its victims
    objects = objects or [v for v in victims_of_a_bare_participle(verb) if v not in own and v != trigger]
    dative = [o for o in objects if o.dep_ == "dative" or o in given_to]
    if etype in PARTNER_TYPES:
        # "negotiated a safe exit with the soldiers": the side dealt with is the partner; the object is
        # what is dealt about
        dative += [o for o in objects if o not in dative and o.head.dep_ == "prep" and o.head.lower_ == "with"]
    return dative + [o for o in objects if o not in dative]


# the types whose "with" phrase names the other side, before what the verb's object names
PARTNER_TYPES = {"CONSULT", "COOPERATE", "AGREE"}


def _makes_its_way(verb: Token) -> bool:
    """"fought their way into the city", "shot its way out": the object is a path the doer makes
    (path_nouns.txt), owned by a possessive."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in load_lexicon().path_nouns
               and any(p.dep_ == "poss" for p in c.children) for c in verb.children)


def _object_raised_from_conjunct(verb: Token) -> list[Token]:
    """"fired on and seized three navy vessels", "shot at and wounded two officers": a verb whose
    preposition is left stranded shares the object of the verb conjoined right after it."""
    if any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} for c in verb.children):
        return []
    if not any(c.dep_ in {"prep", "prt"} and c.pos_ == "ADP" and c.i == verb.i + 1
               and not any(o.dep_ == "pobj" for o in c.children) for c in verb.children):
        return []
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if conj is None or not any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children) or conj.i > verb.i + 4:
        return []
    return [o for o in conj.children if o.dep_ == "dobj"]


# Seizing someone: joined with nothing between to a deed with an object ("captured and killed Gaddafi"), the
# seizure is done to that object. An attack so joined keeps its own reading ("attacked and seized the town":
# the town is not always whom the attack hit; the held-out F1 fell 0.733 -> 0.727 with attacks included)
DEEDS_ON_PEOPLE = {"COERCE"}


def _harms_a_body(verb: Token) -> bool:
    """"beat", "tortured": harm that only people suffer (bodily_harm_verbs.txt), so the object of the deed
    joined after it ("beat and detained 100 exiles") is whom it was done to as well."""
    return verb.lemma_.lower() in lexicon_word_list("bodily_harm_verbs.txt")


def _object_of_the_next_deed(verb: Token) -> list[Token]:
    """"captured and killed the former leader", "arrested and beat two reporters": a verb with no object
    of its own right before "and"/"or" and the verb it is joined to shares that verb's object."""
    # a phrase before the verb or after the joined verb's object ("On Saturday, police beat and detained
    # 40 traders at the post") is no object of its own: with "and" right after the verb, none lies between
    if any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "nsubjpass"} for c in verb.children):
        return []
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc" or doc[verb.i + 1].head != verb:
        return []
    conj = doc[verb.i + 2]
    if conj.dep_ != "conj" or conj.head != verb or conj.pos_ != "VERB":
        return []
    return [o for o in conj.children if o.dep_ == "dobj"]


# Judgements of what someone did or said: condemning, rejecting, backing
JUDGEMENT_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}


def _judged_thing(noun: Token) -> bool:
    """A common noun that is no event noun (those name their doers above): "efforts", "claim", "abuse";
    or one that names an event only with an object it lacks ("efforts", an event only as "mediation
    efforts")."""
    return noun.pos_ == "NOUN" and not _names_an_event_by_itself(noun)


def _names_an_event_by_itself(noun: Token) -> bool:
    readings = load_lexicon().candidates(noun.lemma_.lower(), "NOUN")
    modifiers = {c.lemma_.lower() for c in noun.children if c.i < noun.i}
    return any(not t.objects or t.objects & modifiers for t in readings)


# Measures that take things from their owner: freezing assets (SANCTION), seizing property (COERCE)
HOLDING_TAKEN_TYPES = {"SANCTION", "COERCE"}
# "assets held by", "owned by", "controlled by" the owner; "belonging to" the owner
OWNING_PREPS = {"by": "agent", "to": "prep"}


def _owners_of_holding(noun: Token) -> list[Token]:
    """The owner a thing taken is named with (holding_nouns.txt): "assets of three Russian banks",
    "assets held by the ministers", "property belonging to the party", "assets that the minister
    might hold" (owning_verbs.txt); none for other nouns."""
    if noun.lemma_.lower() not in load_lexicon().holding_nouns:
        return []
    owners = _of_objects(noun)
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}):
        owners += [o for p in participle.children if OWNING_PREPS.get(p.lower_) == p.dep_
                   for o in p.children if o.dep_ == "pobj"]
    return owners + _owners_in_relative_clause(noun)


OWNING_VERBS = lexicon_word_list("owning_verbs.txt")


def _owners_in_relative_clause(noun: Token) -> list[Token]:
    """"froze any assets that Mubarak might hold in Swiss banks": the subject of a relative clause
    whose verb says it owns the thing (owning_verbs.txt); not the relative pronoun itself."""
    return [s for clause in noun.children if clause.dep_ == "relcl"
            and clause.lemma_.lower() in OWNING_VERBS
            for s in clause.children if s.dep_ == "nsubj" and s.tag_ not in RELATIVE_TAGS]


def _owned_by_pronoun(noun: Token) -> bool:
    """"its army", "their troops": a noun whose possessor is a pronoun, the mover's own."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


# Types whose object is a thing handed over, or withheld ("suspended most of its aid to Cambodia"): a "to"
# phrase on that thing names who receives it.
GIVEN_THING_TYPES = {"AID", "SANCTION"}


def _receivers_of_given_thing(verb: Token, objects: list[Token], etype: str) -> list[Token]:
    """"delivered $50,000 worth of goods to a clinic", "shipped tons of grain to Yemen": the parser may
    hang the "to" phrase on the thing given instead of the verb; it still names whom it is given to.
    "donated and delivered medicine to a clinic": a giving verb without an object gives what, and to
    whom, its coordinated verb (with no subject of its own) gives."""
    if etype not in GIVEN_THING_TYPES:
        return []
    holders = [o for o in objects if o.dep_ == "dobj"]
    # "sent 10 trucks of food and medicine to the refugees": the "to" phrase may hang on the load, and
    # one on the verb names the receiver before the thing given
    loads = [g for h in holders for g in _of_objects(h)]
    holders += loads + [c for g in loads for c in g.children if c.dep_ == "conj"]
    # "approved $350 million in military aid for Ukraine": the thing a sum is in names its receiver
    bought = things_a_sum_is_in(holders)
    if any(o.dep_ == "dobj" for o in objects):
        holders.append(verb)
    if not any(c.dep_ == "dobj" for c in verb.children):
        sharing = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
        holders += sharing + [o for c in sharing for o in c.children if o.dep_ == "dobj"]
    return [o for holder in holders + bought for prep in holder.children
            if prep.dep_ == "prep" and (prep.lower_ == "to" or (holder in bought and prep.lower_ == "for"))
            for o in prep_objects(prep)]


CURRENCY_SIGNS = {"$", "€", "£", "¥"}


def things_a_sum_is_in(objs: list[Token]) -> list[Token]:
    """"suspended $2.5 million in military aid", "approved $350 million in aid for Ukraine": a sum of
    money is only how much; its "in" phrase names what the verb acts on, as a frame's compound does."""
    sums = [o for o in objs if any(c.text in CURRENCY_SIGNS for c in o.children) or o.lower_ in {"dollars", "euros"}]
    return [c for o in sums for p in o.children if p.dep_ == "prep" and p.lower_ == "in"
            for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]


def _of_objects(noun: Token) -> list[Token]:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _on_the_ground(prep: Token) -> bool:
    """"gathered outside parliament on Rustaveli Avenue", "clashed on the outskirts of the city": "on" a
    stretch of ground (ground_nouns.txt) says where, not whom a deed is aimed at. A "side" is a party
    too: "called on both sides" asks them."""
    return prep.lower_ == "on" and any(o.dep_ == "pobj" and o.lemma_.lower() in load_lexicon().ground_nouns
                                       and o.lemma_.lower() != "side" for o in prep.children)


def names_who_asked(prep: Token) -> bool:
    """"sent troops at the request of Mali's interim leader", "flew in at the invitation of the
    government": a phrase of a request noun (request_nouns.txt) with an "of" phrase names who asked for
    the deed, neither whom it is done to nor where."""
    lex = load_lexicon()
    return any(o.lemma_.lower() in lex.request_nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
               for o in prep.children if o.dep_ == "pobj")


def _sets_the_scene(prep: Token) -> bool:
    """"At a Senate hearing on Tuesday, the minister accused rioters of ...": a phrase fronted before the
    clause's subject, about an occasion or a spot named by a common noun, says where or when it happened,
    not whom it was aimed at ("At the U.N. Security Council, Russia blocked ..." names the body)."""
    subjects = [c for c in prep.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    fronted = bool(subjects) and prep.i < subjects[0].i < prep.head.i
    return fronted and all(o.pos_ == "NOUN" for o in prep.children if o.dep_ == "pobj")


def controlled_subjects(verb: Token, lex=None) -> list[Token]:
    """"allowed UN inspectors to visit the site": the parser makes the inspectors the subject of "to
    visit"; in meaning they are what the verb acts on, so they meet its object condition and are its
    recipient, with or without a country (unless the clause names a coded one: "allowed aid trucks to
    enter Gaza" is done to Gaza, see event_arguments). Only for a verb without a direct object of its own, and none whose rows read a clause as
    an event of its own ("ordered troops to withdraw" is an order to withdraw, not a troop movement)."""
    lex = lex or load_lexicon()
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    if any(t.complement for t in lex.candidates(verb.lemma_.lower(), "VERB")):
        return []
    # "ordered the blogger jailed": a past participle's subject is what an order is carried out on
    ordered = verb.lemma_.lower() in lex.order_verbs
    # "would help Baghdad repel the offensive": a bare infinitive's subject, after help or let
    bare = verb.lemma_.lower() in lex.bare_infinitive_verbs
    # "let Red Cross workers bring in water": after a plural subject the tagger may read the bare infinitive
    # as a present-tense verb (VBP), which has the same form
    return [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i
            and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 or ordered and c.tag_ in {"VBN", "VBD"} and not any(a.dep_ in {"aux", "auxpass", "mark"} for a in c.children)
                 or bare and c.tag_ in {"VB", "VBP"} and not any(a.dep_ in {"aux", "mark"} for a in c.children))
            for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.i < c.i]


def shifted_objects(verb: Token) -> list[Token]:
    """"denounced as an ugly crime Serbia's crackdown": an object moved after its "as" phrase is read by
    the parser as an apposition to the phrase's noun or as its second object; with no other object, it
    is the verb's object."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return []
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < verb.i:
            continue
        pobjs = [o for o in prep.children if o.dep_ == "pobj"]
        out += pobjs[1:] + [a for o in pobjs[:1] for a in o.children if a.dep_ == "appos"]
    return [o for o in out if o.pos_ in {"NOUN", "PROPN"}][:1]


# Types whose object may be the weapon used rather than the one it is used on.
# attacks, and riots (PROTEST riot: "threw stones at police"): their weapon is no target
WEAPON_TYPES = {"ASSAULT", "PROTEST"}


def _is_weapon(noun: Token) -> bool:
    """"missiles", "four shell bombs": a noun (or its compound head) naming a weapon (weapon_words.txt)."""
    words = load_lexicon().weapon_words
    return noun.lemma_.lower() in words or noun.lower_ in words


def _weapon_with_its_modifier(noun: Token) -> bool:
    """"tear gas": a noun that names a weapon only with its modifier, listed as both words in
    weapon_words.txt (a bare "gas" is none: "a gas explosion")."""
    words = load_lexicon().weapon_words
    return any(f"{m.lower_} {noun.lemma_.lower()}" in words for m in noun.children if m.dep_ in {"amod", "compound"})


def _weapons_named(noun: Token) -> bool:
    """"fired tear gas and live rounds at demonstrators": things fired together are of one kind, so an
    object with a weapon among its conjuncts is the means, and none of them is the target."""
    return any(_is_weapon(c) or _weapon_with_its_modifier(c) for c in [noun, *noun.conjuncts])


def _fired_with(tok: Token, etype: str) -> bool:
    """"opened fire with automatic weapons and grenades on a patrol": a weapon after "with" is what the
    attack was made with, never whom it hit (the conjuncts of the weapon too)."""
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    prep = first.head
    return etype in WEAPON_TYPES and first.dep_ == "pobj" and prep.lower_ == "with" and _is_weapon(tok)


def _at_border(tok: Token) -> bool:
    # "captured a rebel stronghold on the Thai border": a border says where, not whom (border_nouns.txt)
    return tok.dep_ == "pobj" and tok.lemma_.lower() in load_lexicon().border_nouns


def prep_objects(prep: Token) -> list[Token]:
    """A preposition's objects, and the object the parser left it without: "ties with and an embassy in
    Tehran" (shared with the coordinated phrase's last preposition), "asylum to five Panamanian army
    officers holed up in ..." (the noun phrase right after it, parsed as a following clause's subject)."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if objs or prep.i + 1 >= len(prep.doc) or any(c.dep_ in {"pcomp", "pobj"} for c in prep.children):
        return objs  # "committed to opening up": a clause object is no one
    doc, nxt = prep.doc, prep.doc[prep.i + 1]
    if nxt.dep_ == "cc":
        conj = next((t for t in doc[nxt.i + 1 : nxt.i + 4] if t.dep_ == "conj"), None)
        if conj is None:
            return []
        last = [t for t in conj.subtree if t.dep_ == "prep" and t.i > nxt.i]
        return [c for c in last[-1].children if c.dep_ == "pobj"] if last else []
    nominals = [t for t in doc[nxt.i : nxt.i + 8] if t.pos_ in {"NOUN", "PROPN"} and t.left_edge.i == nxt.i]
    return nominals[-1:]


def _sides_named_between(noun: Token) -> list[Token]:
    """The first side named after the noun's own "between" ("clashes between A and B"); its conjuncts follow it."""
    return [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "between" for c in p.children if c.dep_ == "pobj"][:1]


def noun_actor_tokens(noun: Token) -> list[Token]:
    """"Russia's invasion", "U.S. sanctions", "an attack by rebels", "talks between Israel and Lebanon"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return [child]
    # "fighting broke out between Armenia and Azerbaijan", "talks were held between Israel and Hamas":
    # the sides may hang off the noun's verb
    holders = [noun] + ([noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ == "VERB" else [])
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                return [c for c in child.children if c.dep_ == "pobj"][:1]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [c for c in child.children if c.dep_ == "pobj"][:1]
    if _done_by(noun):
        return _done_by(noun)
    if led_by(noun):
        return led_by(noun)[-1:]  # "the US-led war": who leads it wages it
    if responsible_for(noun):
        return responsible_for(noun)
    if marked_by(noun):
        return marked_by(noun)
    return [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i]


# the prepositions that tie a deed to a noun of having a part in it: "responsibility for", "a role in"
PART_PREPS = {"for", "in", "of"}


def disowned_by(noun: Token) -> list[Token]:
    """"denied responsibility for the bombing", "denied any role in the attacks", "denied that it had any
    involvement in the killing", "said it had no part in the raid", "denied it was behind the attack": the one
    who disowns the event noun's deed, else []. The deed is told as not done, by that one."""
    lex = load_lexicon()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    disowning = disowning_verb(prep)
    if disowning is not None:
        return verb_subject(disowning)[:1]   # "said it had nothing to do with the raid"
    holder = prep.head
    if holder.pos_ in {"VERB", "AUX"} and prep.lower_ in PART_PREPS:
        # "denied any role in the bombing", the "in" phrase hung on the verb by the parser
        holder = next((c for c in holder.children if c.dep_ == "dobj" and c.i < prep.i
                       and c.lemma_.lower() in lex.part_nouns), holder)
    if prep.lower_ == "behind" and holder.pos_ in {"AUX", "VERB"} and holder.lemma_ == "be":
        verb, part = holder, None   # "it was behind the attack"
    elif prep.lower_ in PART_PREPS and holder.lemma_.lower() in lex.part_nouns and holder.dep_ == "dobj":
        verb, part = holder.head, holder
    else:
        return []
    if verb.lemma_.lower() in lex.denial_verbs:
        return verb_subject(verb)[:1]   # "denied any role in"
    said_not = _negated(verb) or (part is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in part.children))
    denied = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.denial_verbs
    return verb_subject(verb)[:1] if said_not or denied else []


def disowning_verb(prep: Token) -> Token | None:
    """"he had nothing to do with the bombings": the "have" whose disowning object (disowning_words.txt)
    carries the "to do with" phrase that `prep` opens, else None."""
    do = prep.head
    if prep.lower_ != "with" or do.lemma_ != "do" or do.dep_ != "relcl":
        return None
    word = do.head
    if word.dep_ != "dobj" or word.lower_ not in load_lexicon().disowning_words or word.head.lemma_ != "have":
        return None
    return word.head


# the verbs by which a deed carries a doer's mark: "bore the hallmarks of", "had the signature of"
MARK_VERBS = {"bear", "have", "carry"}


def marked_by(noun: Token) -> list[Token]:
    """"the attack bore the hallmarks of Jemaah Islamiah": the one whose mark (signature_nouns.txt) the
    deed noun, as subject, is said to bear did it, else []."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in MARK_VERBS:
        return []
    marks = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in load_lexicon().signature_nouns]
    return [o for m in marks[:1] for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"][:1]


def _claimers(noun: Token, resolver: Resolver) -> list[Entity]:
    """"a spokesman for al Qaeda claimed responsibility for the attack", "a group linked to the Taliban said it
    was responsible for the bombing": who claims the deed is a whole phrase of its own, not a word modifying the
    event noun, so the phrase is read in full ("for al Qaeda" codes the spokesman)."""
    return resolver.entities(responsible_for(noun))


def responsible_for(noun: Token) -> list[Token]:
    """"the Taliban claimed responsibility for the bombing", "a militia was responsible for the attack",
    "the group responsible for the attack": who is responsible for an event did it. Not one who denies
    it ("denied responsibility for", "was not responsible for")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return []
    holder = prep.head
    word = holder.lemma_.lower()
    if word == "responsibility" and holder.dep_ == "dobj":
        verb = holder.head
        disowned = verb.lemma_.lower() in load_lexicon().denial_verbs or _negated(verb)
        return [] if disowned else verb_subject(verb)[:1]
    if word != "responsible" or _negated(holder):
        return []
    if holder.dep_ == "amod":  # "the group responsible for the attack"
        return [holder.head]
    subjects = [c for c in holder.children if c.dep_ in SUBJECT_DEPS]  # "held Hamas responsible", parsed as a clause
    if not subjects and holder.dep_ in {"acomp", "oprd"}:
        verb = holder.head
        if _negated(verb):
            return []
        # "was responsible for": the subject; "held Hamas responsible for": the object
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        subjects = objects or verb_subject(verb)[:1]
    return subjects[:1]


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


# Types of acts that, aimed at an event ("banned a rally", "broke up a march"), fall on those who hold it.
AGAINST_EVENT_TYPES = {"COERCE", "SANCTION", "ASSAULT", "REJECT", "ACCUSE"}


def _is_event_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and bool(load_lexicon().candidates(tok.lemma_.lower(), "NOUN"))


def named_doers(noun: Token) -> list[Token]:
    """Who an event noun says did it, when it names them as a whole phrase: "the opposition's rally",
    "a march by students", "a rally organised by the opposition"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return [child]  # "their rally" may be anyone's
    for child in noun.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ == "by":
            return [c for c in child.children if c.dep_ == "pobj"][:1]
    return _done_by(noun) or _by_phrase_left_on_verb(noun)


def _by_phrase_left_on_verb(noun: Token) -> list[Token]:
    """"Police fired on a march by students": the parser may hang the "by" phrase right after an event
    noun on the active verb the noun's preposition hangs on, as if it named a passive's agent; an active
    verb has no such agent, so the phrase names the noun's doers."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass"} for c in verb.children):
        return []
    by = next((c for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
               and c.i == noun.right_edge.i + 1), None)
    return [c for c in by.children if c.dep_ == "pobj"][:1] if by is not None else []


def _done_by(noun: Token) -> list[Token]:
    """"a rally organised by the opposition", "attacks carried out by rebels": a light verb's participle
    on an event noun names the event's doer in its "by" phrase (not "an attack condemned by the UN")."""
    lex = load_lexicon()
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            particles = {c.lower_ for c in child.children if c.dep_ in {"prt", "prep", "advmod"}}
            if lex.is_light_verb(child.lemma_.lower(), particles):
                return passive_agents(child)
    return []


# Prepositions by which a noun of forces says where they were sent ("troops in Somalia", "near the border").
MEANS_DESTINATION_PREPS = {"to", "into", "in", "inside", "near", "along", "on", "at", "toward", "towards"}


def means_destinations(means: Token) -> list[Token]:
    """Where the forces a noun names were sent: "troops in Somalia", "paratroopers to Kuwait"."""
    return [o for p in means.children if p.dep_ == "prep" and p.lower_ in MEANS_DESTINATION_PREPS
            for o in prep_objects(p) if not is_time_or_quantity(o)]


def noun_recipient_tokens(noun: Token, etype: str | None = None, row_objects: frozenset[str] = frozenset()) -> list[Token]:
    """Whom an event noun's deed is done to. `row_objects`: the objects its trigger row needs, which name
    the act itself ("a state of emergency", "the use of force"), never whom it is done to."""
    for child in noun.children:
        if child.lower_ == "of" and any(o.lemma_.lower() in row_objects for o in prep_objects(child)):
            continue
        if etype in CONTENT_TARGET_TYPES and child.dep_ == "prep" and child.lower_ == "of":
            # "Pakistan's accusations of ceasefire violations by India": the doer of the act alleged
            # (only when the accusation names its maker: "accusations of abuse by police" may be theirs)
            doers = [d for o in prep_objects(child) if o.pos_ == "NOUN" and named_doers(noun) for d in named_doers(o)]
            if doers:
                return doers[:1]
        if etype in OWN_MEANS_TYPES and child.lower_ == "of":
            # "the deployment of 5,000 troops in Somalia": the troops are the deployer's own; where
            # they went is what the deployment is aimed at
            destinations = [d for o in prep_objects(child) for d in means_destinations(o)]
            if destinations:
                return destinations[:1]
            continue
        wanted = NOUN_RECIPIENT_PREPS | (MEANS_DESTINATION_PREPS if etype in OWN_MEANS_TYPES else set())
        if etype in VENUE_AT_TYPES:
            wanted = wanted - {"at"}  # "sanctions at the United Nations", "talks at a hotel": where, as for verbs
        if child.dep_ == "prep" and child.lower_ in wanted:
            objs = [c for c in prep_objects(child) if not is_time_or_quantity(c)]
            if objs:
                return objs[:1]
    if etype in CONTENT_TARGET_TYPES:
        subjects = content_clause_subjects(noun)
        if subjects and subjects[0].lower_ in CONTENT_PRONOUNS:
            # "Lula rejected Bolsonaro's accusation that he had encouraged the rioters": "he" is the
            # one who rejects it
            subjects = _rejecter_of(noun) or subjects
        if subjects:
            return subjects
    return stance_targets(noun)


# Pronoun subjects of an accusation's "that" clause that may stand for whoever rejects it.
CONTENT_PRONOUNS = {"he", "she", "it", "they"}


def _rejecter_of(noun: Token) -> list[Token]:
    """Who rejects or denies an accusation given as the object of the verb ("Lula rejected ...
    accusation", "Zelensky denied ... allegation"); a pronoun ("Bolsonaro said ..., and he rejected
    Lula's accusation that he had ...") stands for its own antecedent, as the rejecter's does."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    if not any(t.type == "REJECT" for t in load_lexicon().candidates(verb.lemma_.lower(), "VERB")):
        return []
    return verb_subject(verb)[:1]


def content_clause_subjects(noun: Token) -> list[Token]:
    """The subject of the clause a noun's "that" introduces ("the accusation that Kyiv planned an
    attack"); not a relative clause, whose "that" is the noun itself ("the accusation that Kyiv made").
    The parser may hang the clause on the verb the noun is the object of ("rejected India's accusation
    that it had sheltered militants"): a "that" clause right after the object is the noun's."""
    clauses = list(noun.children)
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1]
    for clause in clauses:
        if clause.dep_ not in {"acl", "ccomp", "relcl"} or clause.i < noun.i:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
        if not marks or any(c.dep_ in {"dobj", "pobj"} and c.lower_ in {"that", "which"} for c in clause.subtree):
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects[:1]
    return []


# --- resolving an argument to entities ---------------------------------------


def _before_parenthesis(phrase: list[Token]) -> list[Token]:
    """"the Organisation for the Prohibition of Chemical Weapons (OPCW)": a name's phrase ends where
    a bracketed acronym or aside opens."""
    cut = next((k for k, t in enumerate(phrase) if t.text == "("), None)
    return phrase if cut is None else phrase[:cut]


class Resolver:
    """Turns argument head tokens into Entities, one per coordinated actor."""

    def __init__(self, kb: ActorKB, offset: int, event_nouns: dict[int, Found], on: date | None = None,
                 absorbed: dict[int, Found] | None = None, countries: Sequence[str] = ()):
        self.kb = kb
        self.countries = tuple(countries)  # the article's countries: "the town of Uri" is India's, not Swiss
        self.offset = offset
        self.event_nouns = event_nouns
        self.absorbed = absorbed or {}  # event nouns folded into a verb's event ("killed in an airstrike")
        self.on = on  # the article's date: who held an office then
        # the argument stages ask again about the same heads; answers depend only on the head
        self._for_head: dict[tuple[int, bool], list[Entity]] = {}
        self._split_at: dict[int, list[Entity]] = {}  # head -> _misparsed_coordination's answer
        self._codes_at: dict[int, list[str]] = {}  # head -> _place_codes' answer
        self._with_conjuncts: dict[tuple[int, bool], list[Entity]] = {}  # (head, modifiers_only) -> entities

    def first_coded(self, heads: list[Token], actors: list[Entity] | None = None) -> list[Entity]:
        """The first candidate that resolves to a coded actor, else the first candidate as it is.
        The actor's own things ("withdrew its troops from Gaza") are not what it acts on; things it
        calls its own but that name another actor ("its European partners") are."""
        def own(e: Entity) -> bool:
            return is_own_thing(e, actors)

        found = self.entities(heads, coded_only=True, unless=own)
        if found:
            return found
        first = self.entities(heads[:1])
        if actors and any(a.code for a in actors):
            # "impose restrictions on its labour market for new EU members": its own market codes no one
            first = [replace(e, code=None) if e.code and own(e) else e for e in first]
        return first

    def entities(self, heads: list[Token], modifiers_only: bool = False, coded_only: bool = False,
                 unless=None) -> list[Entity]:
        """Entities for argument heads; with `coded_only`, the first head that yields a coded actor
        (skipping entities for which `unless` is true)."""
        out: list[Entity] = []
        for head in heads:
            found = self._entities_with_conjuncts(head, modifiers_only)
            if coded_only:
                found = [e for e in found if e.code and not (unless and unless(e))]
                if found:
                    return _unique(found)
                continue
            out.extend(found)
        return _unique(out)

    def _entities_with_conjuncts(self, head: Token, modifiers_only: bool) -> list[Entity]:
        """The entities of one argument head and its conjuncts, worked out once per head (on the benchmark
        corpus about half the questions `entities` is asked repeat an earlier one of the same sentence):
        every part of the answer depends on the head's parse alone, and _entities_for and
        _split_coordination are cached per head already. Copies, as _entities_for gives."""
        key = (head.i, modifiers_only)
        found = self._with_conjuncts.get(key)
        if found is None:
            conjuncts = _conjuncts(head)
            members = [head, *conjuncts]
            per_member = _share_nationality([self._entities_for(m, modifiers_only) for m in members], members)
            found = [e for entities in per_member for e in entities]
            if not modifiers_only and not conjuncts:
                found = self._split_coordination(head) or found
            self._with_conjuncts[key] = found
        return [e.copy() for e in found]

    def actors_of_restated_event(self, verb: Token, etype: str) -> list[Entity]:
        """"peacekeepers were killed in the Georgian assault", "soldiers died in a clash with Chinese
        troops": a passive verb's attacker is named on the event noun that restates it."""
        for prep in verb.children:
            if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in {"in", "by", "during"}:
                continue
            for noun in prep.children:
                inner = self.event_nouns.get(noun.i) or self.absorbed.get(noun.i)
                if noun.dep_ != "pobj" or inner is None or inner.trigger.type != etype:
                    continue
                # "killed in clashes between the rebels and army units": the sides are named in full, not
                # by a modifier as the doer of "the Georgian assault" is
                sides = _sides_named_between(noun)
                actors = self.entities(sides) if sides else self.entities(noun_actor_tokens(noun), modifiers_only=True)
                if not actors:
                    partners = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                                for c in p.children if c.dep_ == "pobj"]
                    actors = self.entities(partners)
                if actors:
                    return actors
        return []

    def _split_coordination(self, head: Token) -> list[Entity]:
        """_misparsed_coordination, worked out once per head (the argument stages ask about many heads
        again: on the benchmark corpus 43k questions were about 27k heads); copies, as _entities_for
        gives."""
        found = self._split_at.get(head.i)
        if found is None:
            found = self._split_at[head.i] = self._misparsed_coordination(head)
        return [e.copy() for e in found]

    def _misparsed_coordination(self, head: Token) -> list[Entity]:
        """"U.S. President Donald Trump and North Korean leader Kim Jong Un" parsed as one phrase:
        split it at the "and" and resolve each side on its own."""
        if head.dep_ != "det" and not _and_between(head.doc, head.left_edge.i, head.i):
            return []  # no "and" left of the head, so no cut: most heads (the walk below costs more)
        left = [t for t in head.subtree if t.i <= head.i]
        left = left[[i for i, t in enumerate(left) if t.dep_ not in {"det"}][0]:] if left else left
        cuts = [i for i, t in enumerate(left) if t.dep_ == "cc" and t.lower_ == "and"]
        if len(cuts) != 1 or any(t.i != left[0].i + k for k, t in enumerate(left)):
            return []
        first, second = left[: cuts[0]], left[cuts[0] + 1 :]
        if not first or not second or first[-1].pos_ not in {"PROPN", "NOUN"}:
            return []
        if any(start < cuts[0] < end for start, end, _ in find_names([t.text for t in left], self.kb, self.on)):
            return []  # "the African Union's Peace and Security Council": one known name holds the "and"
        sides = [self._resolve(first, first[-1]), self._resolve(second, head)]
        if all(side and side[0].code for side in sides):
            return sides[0] + sides[1]
        return []

    def _entities_for(self, head: Token, modifiers_only: bool) -> list[Entity]:
        key = (head.i, modifiers_only)
        found = self._for_head.get(key)
        if found is None:
            found = self._for_head[key] = self._resolve_head(head, modifiers_only)
        return [e.copy() for e in found]  # copies: a caller may not change what the next one is given

    def _resolve_head(self, head: Token, modifiers_only: bool) -> list[Entity]:
        if names_no_party(head):
            return []  # "at midnight", "blocked WhatsApp", "fired live rounds": no side of any event
        if head.i in self.event_nouns and not modifiers_only:
            # "an airstrike killed X": the actor is whoever carried out the airstrike
            inner = self.event_nouns[head.i]
            return self.entities(noun_actor_tokens(inner.head), modifiers_only=True)
        head = real_head(head)
        if is_pronoun(head) or head.tag_ in RELATIVE_TAGS:
            antecedent = _clause_antecedent(head) or _object_antecedent(head) or _relative_object_antecedent(head)
            if antecedent is not None:
                # "The UAE and Bahrain said they ...": a plural pronoun stands for every conjunct
                plural = head.lower_ in {"they", "we"}
                resolved = (self.entities([antecedent], modifiers_only) if plural
                            else self._entities_for(antecedent, modifiers_only))
                # the mention stays the pronoun; the identity is its antecedent's
                return [replace(e, entity_text=head.text, start=self.offset + head.idx,
                                end=self.offset + head.idx + len(head.text)) for e in resolved]
            return [self._entity([head], head, None, None, None)]
        if _inside_a_water_name(head):
            return []  # "into the Sea of Japan": Japan is no party to it
        tokens = self._name_going_on(head, _phrase_tokens(head))
        if modifiers_only:
            # "ethnic" stays: "ethnic Albanian unrest" is a people's, not Albania's
            tokens = [t for t in tokens if t.pos_ == "PROPN" or self.kb.lookup(t.text, self.on) or t.lower_ == "ethnic"]
            if all(t.lower_ == "ethnic" for t in tokens):
                return []
        resolved = self._resolve(tokens, head)
        passengers = None if modifiers_only else carried_people(head)
        if passengers is not None and not any(e.code for e in resolved):
            # "shot down a helicopter carrying EC truce monitors": the deed falls on who was aboard
            aboard = self._entities_for(passengers, modifiers_only)
            if any(e.code for e in aboard):
                return aboard
        return resolved

    def _namesake_named(self, tokens: list[Token], head_index: int) -> KBEntry | None:
        """The organisation the story's countries choose among those sharing the name that ends at the
        head (actors.ActorKB.namesakes_of), else at a word after it, as a person's party does ("Vlad Filat
        of the Liberal Democratic Party", as a party known by one name codes him); None when the name is
        no shared one or no country chooses."""
        if not self.countries or not self.kb.namesakes:
            return None
        for end in range(head_index + 1, len(tokens) + 1):
            words = [t.text for t in tokens[:end] if t.text not in _POSSESSIVE_MARKS]
            for start in range(len(words) - 1):
                namesake = self.kb.namesake_of_countries(" ".join(words[start:]), self.countries)
                if namesake is not None:
                    return namesake
        return None

    def _states_sharing_name(self, head: Token) -> list[KBEntry]:
        """The states whose shared name the head is the plural of ("Koreas"), as the knowledge base knows them."""
        names = shared_state_names().get(head.text, ())
        return [e for e in (self.kb.lookup(n, self.on) for n in names) if e is not None]

    def _name_going_on(self, head: Token, tokens: list[Token]) -> list[Token]:
        """"the Movement for Democratic Change", "the Organization for Security and Co-operation in
        Europe": the prepositional phrases after a name belong to it when the knowledge base knows the
        longer name, or, for a "for" phrase, when the name is not complete without it (no known name so
        far) and every word of the phrase is capitalised. "blamed Britain for Brexit" keeps Britain alone."""
        if head.pos_ != "PROPN" or tokens[-1].i != head.i:
            return tokens
        extensions, longer = [], list(tokens)
        for prep in sorted((c for c in head.children if c.dep_ == "prep" and c.i > head.i), key=lambda t: t.i):
            phrase = _before_parenthesis(list(prep.subtree))
            if prep.i != longer[-1].i + 1 or any(b.i != a.i + 1 for a, b in zip(phrase, phrase[1:])):
                break
            longer = longer + phrase
            extensions.append(longer)
        for longer in reversed(extensions):
            if any(start < len(tokens) < end for start, end, _ in find_names([t.text for t in longer], self.kb, self.on)):
                return longer
        if not extensions or extensions[0][len(tokens)].lower_ != "for":
            return tokens
        known = any(start < len(tokens) <= end for start, end, _ in find_names([t.text for t in tokens], self.kb, self.on))
        named = all(t.text[:1].isupper() or t.lower_ in NAME_LINK_WORDS for t in extensions[0][len(tokens) + 1 :])
        return extensions[0] if named and not known else tokens

    def _resolve(self, tokens: list[Token], head: Token) -> list[Entity]:
        words = [t.text for t in tokens]
        head_index = tokens.index(head) if head in tokens else len(tokens) - 1
        # "between Armenian and Azerbaijani troops" read for its modifiers only: both stand before the head
        coordination_index = head_index if head in tokens else len(tokens)
        matches = find_names(words, self.kb, self.on)
        # "an anti-Syria journalist", "the pro-Iranian group": a stance towards X is not X
        matches = [m for m in matches if not _stance_prefixed(tokens, m[0])]
        # "the Russian language", "Russian-language broadcasts": a language named after a people, not its state
        matches = [m for m in matches if not _names_a_language(tokens, m)]
        # "Israel's militia ally", "Russia's neighbours": related to X, not X
        matches = [m for m in matches if not any(t.dep_ == "poss" and _is_relational(t.head) for t in tokens[m[0] : m[1]])]
        # "the former Portuguese colony": the old ruler, not the land meant
        matches = [m for m in matches if not _former_ruler(tokens, m, head)]
        # "the Baghdad embassy of the United States": a seat before a mission abroad says where it is, not whose
        if sent_abroad(head.lower_):
            matches = [m for m in matches if m[2].kind != "metonym" or m[0] > head_index]
        # "Defence Minister Aden Duale": a place's name between a title and a surname is a given name
        matches = [m for m in matches if not _given_name_after_title(tokens, m, self.kb)]
        sector = agent_sector_of([t.text for t in tokens], head_index, self.kb) or agent_sector_of(
            [t.lemma_ if t.pos_ == "NOUN" else t.text for t in tokens], head_index, self.kb)
        sector = self._state_body_belonged_to(head) or sector
        covering = [m for m in matches if m[0] <= coordination_index < m[1]]
        person = _person_name(tokens)
        if matches and _former_office(tokens, head) and self._appositive_code(head) in INTERNATIONAL_CODES:
            # "Former Nigerian President Olusegun Obasanjo, the AU's envoy": he acts for the body he serves now
            codes = [(self._appositive_code(head), sector, person or _identifier(tokens))]
        elif covering:
            start, end, entry = covering[0]
            if entry.kind == "org":
                sector = _sector_around_name(tokens, start, end, self.kb)
            # the place the people are in is read only for "ethnic Albanians in Serbia" (_home_of_people)
            place = self._place_code(head) if _ethnic(tokens, covering[0]) else None
            codes = [(_home_of_people(tokens, matches, covering[0], place), sector or entry.sector, entry.identifier)]
            # "Hungarian and Romanian officials" style coordination inside the name run
            codes += [(m[2].code, sector or m[2].sector, m[2].identifier) for m in matches
                      if m is not covering[0] and m[2].kind != "org" and _is_conjunct(tokens[m[0]])]
        elif (leader := self._leader_code(head)) is not None:  # (only asked when no name covers the head)
            codes = [(leader, sector, person or _identifier(tokens))]
        elif not matches and (namesake := self._namesake_named(tokens, head_index)) is not None:
            # "the Peoples Democratic Party": a name two countries' parties share is the one of the story's country
            codes = [(namesake.code, sector or namesake.sector, namesake.identifier)]
        elif not matches and self._states_sharing_name(head):
            # "urged both Koreas", "the two Sudans": the plural of a name two states share names each of them
            codes = [(e.code, sector, e.identifier) for e in self._states_sharing_name(head)]
        elif matches:
            person = _name_or_its_country(tokens, matches) if person is not None else self._appositive_name(head)
            holder = self._office_holder(tokens, matches)
            if holder is not None:
                codes = [(matches[0][2].code, sector or holder.sector, holder.identifier)]
            else:
                codes = [(self._place_code(head) if _ethnic(tokens, m) else m[2].code, _spoken_for_sector(head, m[2], sector),
                          person or _modified_identifier(words, m, head)) for m in matches]
            codes = _coordinated_codes(tokens, matches, codes, coordination_index)
        else:
            appositive = self._appositive_code(head)
            code = (appositive or self._place_code(head) or self._possessor_code(head)
                    or self._affiliation_code(head) or self._members_code(head))
            places = self._place_codes(head) if code and not appositive else []
            if len(places) > 1 and places[0] == code:  # "agents in Poland and the Czech Republic": each place's
                return [self._entity(tokens, head, c, sector, person or _identifier(tokens)) for c in places]
            if code is None and sector:
                code = _named_place_code(tokens, head)
                person = None if code else person  # "Darfur rebels" is no one's name
            elif code is None:
                code = _place_name_code(tokens, head)
                person = None if code else person  # "seized Goma": a town, not someone named Goma
            if code is None and (sector in NGO_SECTORS or _names_an_aid_body(tokens, head_index)):
                code = "NGO"  # "rights groups", "aid agencies" of no country named: non-governmental, as PLOVER codes them
            if code is None:
                code = _body_named_after_a_town(tokens, head)
                person = None if code else person  # a body's name ends in no person's name
            codes = [(code, sector, person or _identifier(tokens))]
        span_tokens = [t for t in tokens if t == head or t.dep_ not in {"cc", "conj", "punct"} or t.i < head.i]
        return [self._entity(span_tokens, head, code, sec, ident) for code, sec, ident in codes]

    def placed_protesters(self, f: Found, actors: list[Entity]) -> list[Entity]:
        """"Hundreds of thousands of people blocked streets in Hong Kong": protesters of that place."""
        place = self._event_place(f, None)
        if place is None:
            return actors
        return [replace(a, code=place.code, inferred=True) for a in actors]

    def implicit_target(self, f: Found, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """A protest's target is the government where it happens; an attack's the country where it struck.
        Calling off or suspending a protest concedes to whom the protest was against."""
        protest = f.trigger.type == "PROTEST" or (f.trigger.type == "CONCEDE" and _protest_called_off(f.pred))
        sector = "GOV" if protest else None
        place = self._event_place(f, sector, scenes=not recipients)
        if place is not None and recipients:
            # "stormed a mall in Nairobi": what was hit is placed, not replaced; unnamed people killed there
            # keep no country (the place says where they died, not whose people they are: the null rule)
            return [replace(r, code=place.code, inferred=True)
                    if r.code is None and not placed_by_no_place(r.sector, r.entity_text)
                    else r for r in recipients]
        if place is not None and protest:
            abroad = _protesters_abroad(actors, place.code)
            if abroad is not None:
                # "Cuban exiles rallied in Miami": protesters of a country named rally against their own
                # government (the coding rules' protest rule), not against the one where they rally
                a = abroad
                return [Entity(a.entity_text, f"{a.code} government", a.code, "GOV", a.start, a.end, inferred=True)]
            # "Syrians gathered in Damascus": the government there, not the country the protesters are of
            # (as one they name no place for), so that it is not taken for the actor itself
            return [replace(place, identifier_text=f"{place.code} government")]
        if place is not None:
            return [place]
        if protest:
            coded = [a for a in actors if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES]
            if coded:
                a = coded[0]
                return [Entity(a.entity_text, f"{a.code} government", a.code, "GOV", a.start, a.end, inferred=True)]
        return []

    def threatened_place(self, pred: Token) -> list[Entity]:
        """The country of an "in <place>" phrase on the threatened act or its object ("threatened to impose
        a curfew in Algiers"), never on the threatening verb itself (where the threat was made)."""
        acts = [c for c in pred.children if c.dep_ == "xcomp"]
        for tok in acts + [o for act in acts for o in act.children if o.dep_ == "dobj"]:
            place = self._place_entity(tok, None)
            if place is not None:
                return [place]
        return []

    def _event_place(self, f: Found, sector: str | None, scenes: bool = False) -> Entity | None:
        """The country of an "in / at / near <place>" phrase on the predicate, its noun, or its object
        ("lifted a night curfew in Montenegro")."""
        holders = [f.pred, f.head] + [c for c in f.pred.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "was killed in a bomb attack in Beirut": the event noun the verb's event happened in is where
        settings = [o for p in f.pred.children if p.dep_ == "prep" and p.lower_ in {"in", "during"}
                    for o in p.children if o.dep_ == "pobj" and _is_event_noun(o)]
        holders += settings
        seen = set()
        for tok in holders:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            place = self._place_entity(tok, sector)
            if place is not None:
                return place
        return self._target_place(f, sector, settings, scenes) if f.trigger.type == "ASSAULT" else None

    def _target_place(self, f: Found, sector: str | None, settings: list[Token] = (),
                      scenes: bool = False) -> Entity | None:
        """"fired shells at targets in Jericho": where an attack's targets stood is where it fell; a town
        there is read with its preposition, as a town name is in running text. So is the target of the
        attack the deed happened in ("were killed in the raids on Misrata")."""
        # "fired shells at targets": the parser may hang the target on the weapon fired
        aimers = [f.pred] + [c for c in f.pred.children if c.dep_ == "dobj"] + list(settings)
        targets = [o for a in aimers for p in a.children if p.dep_ == "prep" and p.lower_ in ATTACK_TARGET_PREPS
                   for o in p.children if o.dep_ == "pobj"]
        for tok in targets:
            place = (self._place_entity(tok, sector) or self._gazetteer_place_entity(tok, sector, with_prep=True)
                     or self._town_aimed_at(tok, sector))
            if place is not None:
                return place
        if not scenes or any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in f.pred.children):
            return None  # "stormed the sit-in outside ...": the deed had a target, and it is not a town
        # "a bomb exploded outside a police station in Kandahar": with no target named, the town of the
        # building it went off by is where it struck
        buildings = [o for p in f.pred.children if p.dep_ == "prep" and p.lower_ in ATTACK_SCENE_PREPS
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        for tok in buildings:
            place = self._place_entity(tok, sector) or self._gazetteer_place_entity(tok, sector, with_prep=True)
            if place is not None:
                return place
        return None

    def _town_aimed_at(self, tok: Token, sector: str | None) -> Entity | None:
        """"the raids on Misrata", "airstrikes on Aleppo": a town's name as the attack's target is where it
        fell; a name the knowledge base knows as someone (a person, a group) is a party, not a place."""
        named = _town_named_by(tok)
        if named is None:
            return None
        tokens, town = named
        entry = self.kb.lookup(" ".join(t.text for t in tokens), self.on)
        if entry is not None and entry.kind not in {"country", "metonym"}:
            return None
        first, last = tokens[0], tokens[-1]
        return Entity(town.placename, town.placename, town.country, sector, self.offset + first.idx,
                      self.offset + last.idx + len(last.text), inferred=True)

    def _place_entity(self, tok: Token, sector: str | None) -> Entity | None:
        for tokens, start, end, entry in self._places(tok, PLACE_PREPS, {"country", "metonym"}):
            first, last = tokens[start], tokens[end - 1]
            return Entity(first.doc[first.i : last.i + 1].text, entry.identifier, entry.code, sector,
                          self.offset + first.idx, self.offset + last.idx + len(last.text), inferred=True)
        return self._gazetteer_place_entity(tok, sector)

    def _gazetteer_place_entity(self, tok: Token, sector: str | None, with_prep: bool = False) -> Entity | None:
        """"lifted a state of emergency in West Darfur State", "shelled targets in Jericho": a town or
        province the knowledge base does not name is still in a country, which the gazetteer knows."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for pobj in [n for o in prep.children if o.dep_ == "pobj" for n in _named_place_nouns(o)]:
                tokens = _phrase_tokens(pobj)
                if not any(t.pos_ == "PROPN" for t in tokens):  # a name, not "in the streets"
                    continue
                first, last = tokens[0], tokens[-1]
                # with its preposition: "in Jericho" reads as a town where a bare "Jericho" may not
                start = prep.i if with_prep and prep.i == first.i - 1 else first.i
                span = first.doc[start : last.i + 1]
                for place in self._namesake_of_the_story(find_places(span.text), span.text):
                    if place.country:
                        return Entity(place.placename, place.placename, place.country, sector,
                                      self.offset + span.start_char + place.start,
                                      self.offset + span.start_char + place.end, inferred=True)
        return None

    def _namesake_of_the_story(self, places: list[Place], text: str) -> list[Place]:
        """"the town of Uri" in a Kashmir story is India's, not the Swiss canton: each place found is
        looked up again among the article's countries, which choose between towns of one name. Only the
        choice changes; a name found only with their help ("Vukovar" bare) stays unfound, as before."""
        if not places or not self.countries:
            return places
        preferred = {(p.start, p.end): p for p in find_places(text, countries=self.countries)}
        return [preferred.get((p.start, p.end), p) for p in places]

    def _places(self, tok: Token, preps: set[str], kinds: set[str], conjuncts: bool = False):
        """(phrase tokens, start, end, entry) for each known place in `tok`'s "<prep> <place>" phrases,
        and with `conjuncts` in the phrases coordinated with them ("in Poland and the Czech Republic")."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in [n for o in prep.children if o.dep_ == "pobj" for n in _named_place_nouns(o)]:
                for place in [pobj, *(pobj.conjuncts if conjuncts else ())]:
                    tokens = _phrase_tokens(place)
                    for start, end, entry in find_names([t.text for t in tokens], self.kb):
                        if entry.kind in kinds:
                            yield tokens, start, end, entry

    def _possessor_code(self, head: Token) -> str | None:
        """"Bosnian Serbs said their forces had withdrawn": "their" is the governing subject's."""
        if _is_relational(head):
            return None  # "charging its neighbour with ...": someone else
        for poss in head.children:
            if poss.dep_ == "poss" and poss.lower_ == "whose":
                # "The United States, whose special forces began training ...": the noun the clause is on
                antecedent = _relative_antecedent(poss)
                if antecedent is not None:
                    return next((e.code for e in self._entities_for(antecedent, False) if e.code), None)
            if poss.dep_ == "poss" and poss.lower_ in {"its", "their", "his", "her"}:
                antecedent = _possessor_antecedent(poss)
                if antecedent is not None:
                    return next((e.code for e in self._entities_for(antecedent, False) if e.code), None)
        return None

    def _office_holder(self, tokens: list[Token], matches) -> KBEntry | None:
        """"Sri Lanka's president", "the prime minister of Ethiopia": the one person the knowledge base
        has in that office in that country on the article's date."""
        if len(matches) != 1 or matches[0][2].kind not in {"country", "demonym", "metonym"}:
            return None
        start, end, entry = matches[0]
        words = [t.lower_ for k, t in enumerate(tokens)
                 if not start <= k < end and t.dep_ not in {"det", "case", "punct"} and t.lower_ not in {"'s", "'"}]
        if words and words[-1] == "of":
            words = words[:-1]  # "the president of Kenya"
        return self.kb.office_holder(entry.code, " ".join(words), self.on)

    def _leader_code(self, head: Token) -> str | None:
        """"Vietnamese-led forces", "the US-led war", "a Saudi-led coalition": whoever leads them."""
        leaders = led_by(head)
        for _, _, entry in find_names([_leader_word(t) for t in leaders], self.kb, self.on):
            if entry.code:
                return entry.code
        return None

    def _appositive_name(self, head: Token) -> str | None:
        """"Colombia's finance minister, Alberto Carrasquilla, resigned": the role is told first and the
        name after it; the person is the one named, so that "Carrasquilla" and "he" later share the code
        the role gives him. A name the knowledge base knows (a country, a body) is no such person."""
        for appos in head.children:
            if appos.dep_ != "appos" or appos.pos_ != "PROPN" or appos.i < head.i:
                continue
            name = [t for t in appos.subtree if t.i <= appos.i]
            if len(_person_tokens(name)) >= 2 and not find_names([t.text for t in name], self.kb, self.on):
                return _person_name(name)
        return None

    def _appositive_code(self, head: Token) -> str | None:
        """"Kenzo Oshima, the United Nations relief coordinator": the apposition says whom he serves."""
        for appos in head.children:
            if appos.dep_ == "appos":
                for _, _, entry in find_names([t.text for t in appos.subtree], self.kb, self.on):
                    return entry.code
        return None

    def _members_code(self, head: Token) -> str | None:
        """"the organisations, including Oxfam and Amnesty International", "opposition leaders, including
        two Kenyan lawmakers": a group named only by its kind is of the one code the members it lists share."""
        members = [o for p in head.children if p.dep_ == "prep" and p.lower_ in LISTING_PREPS for o in prep_objects(p)]
        members += [c for m in members for c in m.conjuncts if c.i > m.i]
        codes = {e.code for m in members for e in self._entities_for(m, False)}
        return next(iter(codes)) if len(codes) == 1 and None not in codes else None

    def _affiliation_code(self, head: Token) -> str | None:
        """"fighters loyal to the Taliban", "workers affiliated with the Serbian Workers' Union": a group
        named after the side it belongs to (affiliation_words.txt), or the body it comes from, is of that
        side's country."""
        words = load_lexicon().affiliation_words
        mods = [c for c in head.children if c.dep_ in {"amod", "acl"} and (c.lemma_.lower() in words or c.lower_ in words)]
        sides = [o for m in mods for p in m.children if p.dep_ == "prep" and p.lower_ in {"to", "with"}
                 for o in p.children if o.dep_ == "pobj"]
        sides += sides_stood_with(head)
        return (next((e.code for side in sides for e in self._entities_for(side, False) if e.code), None)
                or self._organisation_come_from(head))

    def _state_body_belonged_to(self, head: Token) -> str | None:
        """"extremists in the army", "hardliners within the government": people said to be in a state
        body named by its role noun alone are of that body's sector (whatever their own noun says), so
        that they take the state's country as the body would."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "within"}:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
                    continue
                sector = self.kb.agent_sector(obj.text) or self.kb.agent_sector(obj.lemma_)
                if sector in STATE_SECTORS:
                    return sector
        return None

    def _organisation_come_from(self, head: Token) -> str | None:
        """"gunmen from the Sinaloa Cartel", "fighters from Hezbollah": people said to come from an
        organisation are its members (a place they come from is read by _place_code); so are people
        "at", "for", "with" or "in" one ("judges at the International Criminal Court", "a spokesman for
        the African Union"), when the phrase's noun is the organisation's name ("troops at a UN base" are
        not the UN's). The parser may hang the phrase on a count before them ("dozens of gunmen from ...")."""
        spoken_for = self._whom_a_mouthpiece_speaks_for(head)
        if spoken_for is not None:
            return spoken_for
        holders = [head]
        if head.dep_ == "pobj" and head.head.lower_ == "of" and real_head(head.head.head) == head:
            holders.append(head.head.head)
        for prep in (c for holder in holders for c in holder.children):
            if prep.dep_ != "prep" or prep.lower_ not in MEMBER_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                subtree = list(obj.subtree)
                at = obj.i - subtree[0].i
                orgs = [entry for start, end, entry in find_names([t.text for t in subtree], self.kb, self.on)
                        if entry.kind == "org" and (prep.lower_ == "from" or start <= at < end)]
                if orgs:
                    return orgs[0].code
        return None

    def _whom_a_mouthpiece_speaks_for(self, head: Token) -> str | None:
        """"a spokesman for U.N. Secretary-General Antonio Guterres", "a spokeswoman for the German
        foreign ministry": who speaks for someone (mouthpiece_nouns.txt) has the code of whom he speaks
        for, a person or a state body as well as a named organisation."""
        if head.lower_ not in MOUTHPIECE_NOUNS:
            return None
        spoken_for = [o for p in head.children if p.dep_ == "prep" and p.lower_ in {"for", "of"}
                      for o in p.children if o.dep_ == "pobj"]
        return next((e.code for o in spoken_for for e in self._entities_for(o, False) if e.code), None)

    def _place_code(self, head: Token) -> str | None:
        """"opposition groups in Zimbabwe", "demonstrators in Baghdad": the country of the place they are in."""
        # people said to be in a town are of its country; things in it ("a prison in Guayaquil") are not parties
        people = self.kb.agent_sector(head.text) is not None or self.kb.agent_sector(head.lemma_) is not None
        # "the ambassador from Lima", never "the embassy in Lima"; "killed 30 people in Mali" are no Malians
        people = people and not _counted_people(head) and not _mission_abroad(head)
        return next(iter(self._place_codes(head)), None) or _home_town_code(head, TOWN_PREPS if people else {"from"})

    def _place_codes(self, head: Token) -> list[str]:
        """The countries of the place phrase that says where the people of `head` are, one per
        coordinated place ("activists in Poland and the Czech Republic": POL, CZE). Worked out once per
        head: _resolve asks again after _place_code has (the answer depends on the head's parse alone;
        callers only read the list)."""
        codes = self._codes_at.get(head.i)
        if codes is None:
            codes = self._codes_at[head.i] = self._places_of_people(head)
        return codes

    def _places_of_people(self, head: Token) -> list[str]:
        if _mission_abroad(head):
            return []  # "the embassy in Baghdad": the place of a mission abroad is not its sender's
        preps, kinds = {"in", "from", "throughout", "across", "inside"}, {"country", "metonym", "demonym"}
        if _counted_people(head):
            preps = {"from"}  # "killed 30 people in Mali": where they died, not whose people they are
        if _denied_thing(head):
            preps = {"from"}  # "denied any part in the Berlin bombing": where the deed was, not who claims it
        for holder in [head, *_participle_holders(head)]:
            codes = _conjunct_codes([(tokens[start:end], entry) for tokens, start, end, entry
                                     in self._places(holder, preps, kinds, conjuncts=True)])
            if codes:
                return codes
        if head.dep_ == "dobj" and head.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in head.children):
            # "accused activists in Poland of ...": the parser hangs the place right after the object
            # on the verb; it still says where the object's people are ("its consulate in Damascus"
            # stays its owner's)
            after = head.right_edge.i + 1
            while after < len(head.doc) and head.doc[after].is_punct and head.doc[after].head == head:
                after += 1
            return _conjunct_codes([(tokens[start:end], entry) for tokens, start, end, entry
                                    in self._places(head.head, preps, kinds, conjuncts=True)
                                    if tokens[0].i > after and tokens[0].doc[after].dep_ == "prep"
                                    and tokens[0].doc[after] in tokens[0].ancestors])
        return []

    def _entity(self, tokens: list[Token], head: Token, code, sector, identifier) -> Entity:
        opening = tokens[0].i
        tokens = [t for t in tokens if t.i != opening or t.dep_ != "det"] or tokens
        first, last = min(tokens, key=_position), max(tokens, key=_position)
        text = doc_text(head.doc)[first.idx : last.idx + len(last.text)]  # the text of the span first..last
        return Entity(
            entity_text=text,
            identifier_text=identifier or normalise_name(text),
            code=code,
            sector=sector,
            start=self.offset + first.idx,
            end=self.offset + last.idx + len(last.text),
        )


def _and_between(doc, start: int, end: int) -> bool:
    """Whether a word "and" (in any case) stands in doc[start:end]."""
    at = value_positions(doc, LOWER).get(_AND_ID, ())
    return bisect_left(at, start) < bisect_left(at, end)


def _position(tok: Token) -> int:
    return tok.i


_AND_ID = hash_string("and")  # the LOWER value of "and", "And", "AND"
_POSSESSIVE_MARKS = frozenset({"'", "'s", "\u2019", "\u2019s"})  # "Peoples ' Democratic Party": the parser splits a possessive off

# Small words inside an organisation's name: "National Union for the Total Independence of Angola".
NAME_LINK_WORDS = {"the", "of", "and", "a", "an", "&"}


# sectors whose agents named without a country are non-governmental organisations ("rights groups")
NGO_SECTORS = frozenset(w.upper() for w in actor_word_list("ngo_sectors.txt"))
# "a spokesman for X": people who speak for someone (mouthpiece_nouns.txt)
MOUTHPIECE_NOUNS = actor_word_list("mouthpiece_nouns.txt")


def _names_an_aid_body(tokens: list[Token], head_index: int) -> bool:
    """"ten foreign aid agencies", "relief groups": a phrase whose head ends a noun of ngo_nouns.txt."""
    words = " ".join(t.lower_ for t in tokens[: head_index + 1])
    nouns = actor_word_list("ngo_nouns.txt")
    # the whole phrase, or what follows one of its spaces, is one of the nouns
    space = words.find(" ")
    while space >= 0:
        if words[space + 1 :] in nouns:
            return True
        space = words.find(" ", space + 1)
    return words in nouns


def is_own_thing(entity: Entity, actors: list[Entity] | None = None) -> bool:
    """"its troops", "their forces": a possessive phrase, which with `actors` given must also be coded
    as none but theirs ("its European partners" is someone else)."""
    if not entity.entity_text.lower().startswith(("its ", "their ", "his ", "her ")):
        return False
    if _names_own_people(entity):
        return False  # "urged its citizens to leave": its people are a party it acts on, not a thing it owns
    return actors is None or entity.code is None or entity.code in {a.code for a in actors}


def _names_own_people(entity: Entity) -> bool:
    """"its citizens", "their people": a possessive pronoun and a noun for a state's own people."""
    words = entity.entity_text.lower().split()
    return len(words) == 2 and words[1] in actor_word_list("own_people_nouns.txt")


def _names_a_language(tokens: list[Token], match) -> bool:
    """A nationality word right before a language noun ("the Russian language", "Russian-language
    media", "Russian speakers", "Russian-speaking residents") names the language, not a state."""
    start, end, entry = match
    if entry.kind != "demonym":
        return False
    doc, i = tokens[end - 1].doc, tokens[end - 1].i + 1  # the word after it, in or out of the phrase
    if i < len(doc) and doc[i].text == "-":
        i += 1
    language_nouns = actor_word_list("language_nouns.txt")
    return i < len(doc) and (doc[i].lemma_.lower() in language_nouns or doc[i].lower_ in language_nouns)


def _former_ruler(tokens: list[Token], match, head: Token) -> bool:
    """"the former Portuguese colony", "a former French protectorate": a people or country named before
    a noun of a land once ruled (colony_nouns.txt) after "former" is the old ruler, not the land meant
    (also when the name is read alone, as a modifier of the noun)."""
    start, end, entry = match
    if entry.kind not in {"demonym", "country"}:
        return False
    name = tokens[end - 1]
    land = name.head if name.dep_ in {"amod", "compound", "nmod"} else head
    return (land.lemma_.lower() in actor_word_list("colony_nouns.txt")
            and any(t.lower_ in {"former", "ex"} for t in land.lefts))


def _is_relational(head: Token) -> bool:
    """"its neighbour", "Israel's ally": a noun naming another party by its relation to the possessor."""
    return head.lemma_.lower() in actor_word_list("relational_nouns.txt") and any(c.dep_ == "poss" for c in head.children)


STANCE_PREFIXES = {"anti", "pro"}


def _given_name_after_title(tokens: list[Token], match, kb: ActorKB) -> bool:
    """Whether a place's name (a country or a seat of government) is a person's first name: it comes
    right after a title word ("Minister", "President") and right before a proper noun the knowledge
    base does not know ("Defence Minister Aden Duale", "Foreign Minister Israel Katz")."""
    start, end, entry = match
    if entry.kind not in {"country", "metonym"} or start == 0 or end >= len(tokens):
        return False
    title, surname = tokens[start - 1], tokens[end]
    return (title.lower_ in _title_endings() and surname.pos_ == "PROPN" and surname.text[:1].isupper()
            and kb.lookup(surname.text) is None)


def _former_office(tokens: list[Token], head: Token) -> bool:
    """"Former Nigerian President Olusegun Obasanjo": the office before the name is no longer held."""
    return any(t.lower_ in {"former", "ex"} and t.i < head.i for t in tokens)


@lru_cache(maxsize=1)
def _title_endings() -> frozenset[str]:
    """The last word of each title of title_words.txt ("minister" of "prime minister")."""
    return frozenset(title.split()[-1] for title in actor_word_list("title_words.txt"))


def _stance_prefixed(tokens: list[Token], start: int) -> bool:
    """Whether the name at `start` follows "anti-" or "pro-"."""
    first = tokens[start]
    if first.lower_.startswith(("anti-", "pro-")):
        return True
    if start >= 2 and tokens[start - 1].text == "-" and tokens[start - 2].lower_ in STANCE_PREFIXES:
        return True
    return start >= 1 and tokens[start - 1].lower_ in {"anti-", "pro-"}


def stance_targets(noun: Token) -> list[Token]:
    """"anti-American protests", "anti-Israel demonstrations": the name after "anti-" is what they are against.
    A weapon or a vehicle there ("anti-submarine exercises", "anti-tank missiles") names what the gear or
    drill is made against, no party (weapon_words.txt, carrier_nouns.txt)."""
    mods = sorted((c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i), key=lambda t: t.i)
    for k, tok in enumerate(mods):
        if tok.lower_ == "anti" and k + 2 < len(mods) and mods[k + 1].text == "-":
            return [] if _names_gear(mods[k + 2]) else [mods[k + 2]]
    return []


def _names_gear(tok: Token) -> bool:
    lex = load_lexicon()
    return tok.lemma_.lower() in lex.weapon_words or tok.lemma_.lower() in lex.carrier_nouns


# the parser tags a one-word "U.S.-led" as an adjective, a name or even a number before its noun
LEADER_MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod"}


def led_by(head: Token) -> list[Token]:
    """The leader's words of an "X-led" modifier on a noun ("US-led war" -> ["US"]). The tokenizer keeps
    an initialism and its suffix as one word ("U.S.-led warplanes"): that word is then the leader's."""
    for mod in head.children:
        if mod.dep_ == "amod" and mod.lower_ == "led" and mod.i < head.i:
            return [c for c in mod.subtree if c.i < mod.i and c.pos_ in {"PROPN", "ADJ", "NOUN"}]
        if mod.dep_ in LEADER_MODIFIER_DEPS and mod.i < head.i and _leader_word(mod) != mod.text:
            return [mod]
    return []


def _leader_word(tok: Token) -> str:
    """"U.S.-led" -> "U.S.": the name of a one-word "X-led" modifier; any other word as it is."""
    text = tok.text
    return text[: -len("-led")] if text.lower().endswith("-led") and len(text) > len("-led") else text


def _possessor_antecedent(poss: Token) -> Token | None:
    """The subject of the nearest clause above a possessive pronoun that is not itself a pronoun."""
    tok = poss.head
    for _ in range(6):
        if tok.head == tok:
            break
        tok = tok.head
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.pos_ in {"PROPN", "NOUN"}
                    and poss not in c.subtree]
        if subjects:
            return subjects[0]
        controller = _object_controller(tok, poss)
        if controller is not None:
            return controller
    return None


def _object_controller(verb: Token, poss: Token) -> Token | None:
    """"urged Russia to drop its plans", "called on Israel to withdraw its troops": the object (or the
    one addressed) of the verb above an infinitive without a subject is who does it, so "its" is
    Russia's, not the urger's."""
    if _infinitive_read_as_purpose(verb):
        # "called on Israel on Monday to withdraw its troops": only the one addressed, not an object
        # sent on a purpose ("sent troops to protect their villages")
        addressed = [o for o in _addressed_before(verb.head, verb) if o.pos_ != "PRON" and poss not in o.subtree]
        return addressed[0] if addressed else None
    if verb.dep_ != "xcomp" or has_subject(verb) or _object_is_no_doer_of_purpose(verb.head):
        return None
    objects = [c for c in verb.head.children if c.dep_ in {"dobj", "dative"} and c.pos_ in {"PROPN", "NOUN"}
               and poss not in c.subtree and not _is_weapon(c)]
    objects = objects or [o for o in _addressed_before(verb.head, verb) if o.pos_ != "PRON" and poss not in o.subtree]
    return objects[0] if objects else None


PERSON_SUBJECT_PRONOUNS = {"he", "she"}
STATE_KINDS = {"country", "metonym"}


def _names_a_state(tok: Token) -> bool:
    """"Chad must free them, as he set off on a tour": a country or its capital is never "he" or "she"."""
    entry = load_kb().lookup(tok.text) if tok.pos_ == "PROPN" else None
    return entry is not None and entry.kind in STATE_KINDS


PLURAL_SUBJECT_PRONOUNS = {"they", "we"}


def _names_one_person(tok: Token) -> bool:
    """"The defence minister said they killed four soldiers": one person, with no other joined to
    them, is never "they"; the pronoun is left to coreference, which looks for a group."""
    if any(c.dep_ == "conj" for c in tok.children):
        return False
    if tok.pos_ == "NOUN":
        return "Sing" in tok.morph.get("Number") and tok.lower_ in person_role_words()
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if any(c.lower_ in person_role_words() for c in compounds):
        return True  # "Defence Minister Ali Mahamat"
    entry = load_kb().lookup(" ".join(t.text for t in compounds + [tok]))
    return entry is not None and entry.kind == "person"


def _clause_antecedent(pronoun: Token) -> Token | None:
    """"Syria says it is willing to withdraw": a pronoun subject of a clause refers to the subject governing it."""
    if pronoun.lower_ not in {"it", "they", "he", "she", "we"} or pronoun.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return None
    verb = pronoun.head
    threatened = _threatened_one_before(verb)
    if threatened is not None:
        return threatened
    for _ in range(3):
        reported = False  # climbed from a reported clause to its speech verb
        if verb.dep_ == "relcl" and verb.head.dep_ in {"dobj", "pobj"}:
            # "did not impose the sanctions it placed on Mali": the doer of the verb whose object the
            # relative clause describes
            noun = verb.head
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            if verb.pos_ not in {"VERB", "AUX"}:
                return None
        elif verb.head == verb or verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj"}:
            return None
        else:
            reported = verb.dep_ == "ccomp"
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in PRONOUNS and c.pos_ in {"PROPN", "NOUN"}
                    and not (reported and _reports_after(c, pronoun))
                    and not (pronoun.lower_ in PERSON_SUBJECT_PRONOUNS and _names_a_state(c))
                    and not (pronoun.lower_ in PLURAL_SUBJECT_PRONOUNS and _names_one_person(c))]
        if subjects:
            # a dateline the parser made a second subject ("TBILISI, March 9 - the party said") is
            # further from the verb than the real one
            return min(subjects, key=lambda c: abs(verb.i - c.i))
    return None


FATE_VERBS = lexicon_word_list("fate_verbs.txt")


def _threatened_one_before(fate: Token) -> Token | None:
    """"blamed Israel for the blasts and vowed that it would face just punishment": the subject of a verb
    of undergoing (fate_verbs.txt) in a clause of the second of two joined verbs is the object of the
    first, not the subject they share: one does not vow that oneself will be punished."""
    if fate.lemma_.lower() not in FATE_VERBS or fate.dep_ != "ccomp" or fate.head.dep_ != "conj":
        return None
    objects = [c for c in fate.head.head.children if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"}]
    return objects[0] if objects else None


def _reports_after(speaker: Token, pronoun: Token) -> bool:
    """"They had shot dead a guard, officials said": a speaker named after the clause it reports is not
    the one its pronoun stands for (who would be "they said"); the pronoun is left to coreference."""
    return speaker.i > pronoun.i


def _relative_antecedent(whose: Token) -> Token | None:
    """The noun a "whose" clause is on: up from "whose" to the relative clause, then its head."""
    tok = whose
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.head if tok.head.pos_ in {"NOUN", "PROPN"} else None
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def _relative_object_antecedent(pronoun: Token) -> Token | None:
    """"Alkatiri, whom the soldiers blame", "the bombings, which Washington blames on al-Qaeda": a relative
    pronoun object stands for the noun its clause hangs on, also when the parser hangs it on the clause's
    infinitive ("the bishops, whom he asked to mediate": "whom" as the object of "mediate")."""
    if pronoun.tag_ not in RELATIVE_TAGS or pronoun.dep_ not in {"dobj", "dative"}:
        return None
    verb = pronoun.head
    for _ in range(3):
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ != "xcomp" or verb.head == verb:
            return None
        verb = verb.head
    return None


def _object_antecedent(pronoun: Token) -> Token | None:
    """"Thousands of students marched on parliament, and police fired tear gas at them": an object "them"
    in a clause joined to one whose subject is a plural noun refers to that subject, and so does one in a
    clause of time or cause hung on it ("the guards opened fire after rioters stoned them")."""
    if pronoun.lower_ == "it":
        return _object_of_the_verb_before(pronoun)
    if pronoun.lower_ != "them":
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if pronoun.dep_ not in {"dobj", "dative", "pobj"} or verb.dep_ not in {"conj", "advcl"}:
        return None
    subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.tag_ in {"NNS", "NNPS"}]
    return subjects[0] if subjects else None


def _object_of_the_verb_before(pronoun: Token) -> Token | None:
    """"Troops shelled the radio station and retook it": the object "it" of a verb joined to an earlier
    verb of the same subject is that verb's object, a thing named just before, not the last country or
    body the story named."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.dep_ != "conj" or has_subject(verb):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.tag_ == "NN"]
    return objects[0] if objects else None


def _share_nationality(per_member: list[list[Entity]], members: list[Token]) -> list[list[Entity]]:
    """"Turkish warplanes and artillery": the first conjunct's nationality covers the common nouns after it;
    "the French Assembly president Laurent Fabius and a group of deputies": a state's official covers
    the officials named after him without a country of their own (his delegation)."""
    first = per_member[0][0] if per_member and per_member[0] else None
    if first is None or not first.code or len(first.code) != 3 or first.code in NON_STATE_CODES:
        return per_member
    official = first.sector in STATE_SECTORS
    if members[0].pos_ != "NOUN" and not official:
        return per_member
    return [per_member[0]] + [
        [replace(e, code=first.code) if e.code is None and member.pos_ == "NOUN"
         and (members[0].pos_ == "NOUN" or e.sector in STATE_SECTORS) else e for e in entities]
        for member, entities in zip(members[1:], per_member[1:])
    ]




def noun_conjunct_before(verb: Token) -> Token | None:
    """"the United States cut military ties with Jakarta and the International Monetary Fund suspended
    a loan programme": the parser joins the second subject to the first verb's object and the second
    verb to the first verb, leaving it with no subject. A finite verb with an object of its own and no
    subject, coordinated with an earlier verb, right after a noun coordinated inside that verb's
    phrase, has that noun for its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or has_subject(verb) or verb.i == 0:
        return None
    if not any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or noun.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    first = verb.head
    return noun if first.pos_ in {"VERB", "AUX"} and first in noun.ancestors else None


# prepositions the parser may take "after" clauses for: "a day after [U.S. warplanes] began ..."
CLAUSE_OPENING_PREPOSITIONS = {"after", "before", "since", "until", "till"}


def subject_read_as_time_object(verb: Token) -> Token | None:
    """"a day after U.S.-led warplanes began pounding Baghdad": the parser may read "after" as a
    preposition and the clause's subject as its object, leaving the finite verb with no subject. An
    active finite verb with no subject, right after the object of such a preposition, has that object
    for its subject (a passive one would have it for its patient, so it is left alone)."""
    if has_subject(verb) or any(c.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for c in verb.children):
        return None
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} and not any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children):
        return None
    start = min([c.i for c in verb.children if c.i < verb.i and c.dep_ in {"aux", "neg", "advmod"}] + [verb.i])
    if start == 0:
        return None
    noun = verb.doc[start - 1]
    if noun.dep_ != "pobj" or noun.pos_ not in {"NOUN", "PROPN"} or noun.head.lower_ not in CLAUSE_OPENING_PREPOSITIONS:
        return None
    return noun


def _subject_of_the_next_verb(noun: Token) -> bool:
    """The noun noun_conjunct_before gives a verb as its subject is not one of its neighbour's objects."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and noun_conjunct_before(nxt) == noun


def _conjuncts(head: Token) -> list[Token]:
    """Every coordinated noun, however spaCy chains them ("A, B, C and D")."""
    out, stack = [], [head, *_nouns_joined_to_the_verb(head)]
    out += stack[1:]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"} and not _subject_of_the_next_verb(c):
                out.append(c)
                stack.append(c)
            elif _listed_as_appositive(c):
                out.append(c)
                stack.append(c)
    return out or _counted_conjuncts(head)


def _counted_conjuncts(head: Token) -> list[Token]:
    """"tortured scores of Sudanese officers and Liberian refugees": a count's "of" phrase stands for the
    count (real_head), and so do the nouns coordinated inside it."""
    counted = real_head(head)
    return _conjuncts(counted) if counted != head else []


def _nouns_joined_to_the_verb(obj: Token) -> list[Token]:
    """"killed 13 U.S. service members and at least 170 Afghans": the parser may join the second object
    to the verb instead of to the first; a bare noun conjunct of the verb after its direct object is
    another object."""
    if obj.dep_ != "dobj":
        return []
    return [c for c in obj.head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i > obj.i
            and not any(g.dep_ in SUBJECT_DEPS for g in c.children) and _right_after(obj, c)]


def _right_after(obj: Token, conjunct: Token) -> bool:
    """Only "and" or a comma between the object and the noun: "accused Moscow of undermining the deal, and
    the EU's foreign policy chief called ..." starts a new clause after the verb's other phrases."""
    between = obj.doc[obj.right_edge.i + 1 : conjunct.left_edge.i]
    return all(t.dep_ in {"cc", "punct"} for t in between)


def _listed_as_appositive(tok: Token) -> bool:
    """"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the parser may hang the second
    name of a list as an apposition of the first; a proper-noun apposition that is itself the start of
    a coordination is a list member, not another name for the first."""
    return (tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.i > tok.head.i
            and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children)
            and any(t.dep_ == "cc" for t in tok.subtree))


def carried_people(vehicle: Token) -> Token | None:
    """"a plane carrying President Habyarimana" -> President Habyarimana: the object of "carrying"
    after a vehicle noun (carrier_nouns.txt), else None."""
    if vehicle.lemma_.lower() not in load_lexicon().carrier_nouns:
        return None
    for participle in vehicle.children:
        if participle.dep_ == "acl" and participle.lemma_.lower() == "carry":
            carried = [c for c in participle.children if c.dep_ == "dobj"]
            if carried:
                return real_head(carried[0])
    return None


def _inside_a_water_name(tok: Token) -> bool:
    """"the Sea of Japan", "the Gulf of Oman": the country's name at the end of a sea's name, read on
    its own as a preposition's object, names no party either (the rule of actors.find_names)."""
    start = max(0, tok.i - 2)
    words = token_texts(tok.doc)[start : tok.i + 2]
    return inside_water_name(words, tok.i - start, tok.i - start + 1)


def real_head(head: Token) -> Token:
    """"thousands of protesters" -> protesters; "25,000 tons of aid" -> aid."""
    if head.lower_ in load_lexicon().partitives or head.like_num:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return head


# the small words inside a bracketed name that hold its nouns together ("Party of God", "Sons of the Soil")
GLOSS_LINK_POS = {"ADP", "DET", "CCONJ", "ADJ"}


def _in_parentheses_at(texts: list[str], i: int) -> bool:
    """Whether the token at i (of a doc whose token texts are `texts`) is a bracket or follows an
    opening one within three tokens, with no closing one between."""
    if texts[i] in {"(", ")"}:
        return True
    before = next((t for t in reversed(texts[max(0, i - 3) : i]) if t in {"(", ")"}), None)
    return before == "("


def of_names_a_charge(head: Token, of: Token) -> bool:
    """The "of" phrase in the object of such a verb that names a charge, not someone: "of fraud",
    "of attacking"; "the head of the army", "the government of Iraq" keep theirs."""
    # the parser hangs "of fraud" in "accused the government of fraud" on "government" (object_of_verbs.txt),
    # and in the passive on the agent: "was accused by officials of stealing funds"
    if _charging_verb_of(head) is None:
        return False
    objects = [c for c in of.children if c.dep_ in {"pobj", "pcomp"}]
    # lowercase and no agent word (the tagger may call "hysteria" a proper noun after "the West")
    return all(o.text[:1].islower() and not load_kb().agent_sector(o.lemma_) for o in objects)


def _named_place_nouns(pobj: Token) -> list[Token]:
    """A preposition's object and, when it is a place noun ("in the capital Kabul", "in the town of X"
    aside), the name the parser hung on it as an apposition: "the capital" says where only through it."""
    if pobj.lemma_.lower() not in load_lexicon().place_nouns:
        return [pobj]
    return [pobj] + [c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]


def _charging_verb_of(head: Token) -> Token | None:
    """The verb of charging or warning (object_of_verbs.txt) whose object, or whose passive agent, the head is."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif head.dep_ != "dobj":
        return None
    return verb if verb.lemma_.lower() in load_lexicon().object_of_verbs else None


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase around a head, without relative clauses or other conjuncts."""
    keep = {head.i: head}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in {"conj", "cc"}:
                # "Hungarian and Romanian officials": coordinated modifiers stay, coordinated heads don't
                if tok == head or (child.dep_ == "conj" and child.pos_ not in {"ADJ", "PROPN"}):
                    continue
            if child.dep_ not in NP_DEPS and not _owner_before_hyphen(child, tok) \
                    and not _grades_modifier(child, tok) and not _hyphenated_into(child, tok):
                continue
            if child.dep_ == "prep" and (child.lower_ != "of" or of_names_a_charge(head, child)):
                continue
            if child.dep_ == "punct" and child.i > head.i and not _inner_hyphen(child) \
                    and (tok == head or not _list_comma(child, tok)):
                continue
            keep[child.i] = child
            stack.append(child)
    # a parenthesised acronym inside the phrase stays: "The Asia-Pacific Economic Cooperation (APEC) forum";
    # so does a gloss of several words, whole, when its bracket closes before the head ("the Hizbollah
    # (Party of God) group"): a gap left at its "of" would cut the phrase down to "God) group"
    # (read off the doc's token texts: most phrases hold no bracket, and no token is made for them)
    texts, first = token_texts(head.doc), min(keep)
    closes = max((i for i in range(first, head.i) if texts[i] == ")"), default=-1)
    for i in range(first, head.i):
        if i in keep or not _in_parentheses_at(texts, i):
            continue
        tok = head.doc[i]
        if tok.pos_ in {"PROPN", "PUNCT", "NOUN"} or (i < closes and tok.pos_ in GLOSS_LINK_POS):
            keep[i] = tok
    tokens = [keep[i] for i in sorted(keep)]
    # keep it contiguous: stop at the first gap left of the head and right of it
    start = end = tokens.index(head)
    while start > 0 and tokens[start - 1].i == tokens[start].i - 1:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].i == tokens[end].i + 1:
        end += 1
    return _whole_first_word(tokens[start : end + 1])


def _list_comma(comma: Token, tok: Token) -> bool:
    """"the foreign ministers of Germany, France and Poland": a comma between the conjuncts of a list
    inside the phrase (the "of" phrase's names) holds the list together; without it the phrase would stop
    at the first name. A comma before an apposition or a clause is no list comma."""
    return comma.text == "," and any(c.dep_ == "conj" and c.i > comma.i and c.pos_ in {"ADJ", "PROPN"}
                                     for c in tok.children)


def _whole_first_word(phrase: list[Token]) -> list[Token]:
    """"a seven-year-old girl": the parse may leave a hyphenated word's first pieces out of the phrase,
    which then starts with the hyphen ("-old girl"); it takes the whole word back. A capitalised piece
    stays out: "Iranian-backed group" is backed by Iran, not Iran's."""
    doc, first = phrase[0].doc, phrase[0].i
    if phrase[0].text != "-":
        return phrase
    while first > 0 and doc[first - 1].whitespace_ == "" and not doc[first - 1].is_space:
        first -= 1
    glued = doc[first : phrase[0].i]
    return phrase if any(t.text[:1].isupper() for t in glued) else list(glued) + phrase


def _hyphenated_into(child: Token, tok: Token) -> bool:
    """"Mazar-i-Sharif", "Waker-Uz-Zaman": the parser may split a hyphenated name into a head and an
    apposition; a piece joined to its parent by hyphens with no space between is part of the one word."""
    if child.dep_ != "appos" or child.i < tok.i:
        return False
    between = list(tok.doc[tok.i : child.i])
    # "Fazl-ur-Rehman": pieces and hyphens take turns
    return all(t.whitespace_ == "" for t in between) and all(t.text == "-" for t in between[1::2])


def _inner_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("Fazl-ur-Rehman"), with no space on either side."""
    return tok.text == "-" and tok.whitespace_ == "" and tok.i > 0 and tok.nbor(-1).whitespace_ == ""


def _owner_before_hyphen(child: Token, tok: Token) -> bool:
    """"US-led", "British-flagged" (owner_participles.txt): the name the parser hangs on the participle
    says whose the thing is, so it stays in the phrase."""
    return child.dep_ == "npadvmod" and child.i < tok.i and tok.lower_ in load_lexicon().owner_participles


def _grades_modifier(child: Token, tok: Token) -> bool:
    """"in mostly Christian eastern Beirut", "a largely Kurdish town", "the group's roughly 7,000
    fighters": an adverb grading a modifier or a number inside the phrase is part of it; leaving it out
    would cut the phrase short of its head, and of the owner named before it."""
    if child.dep_ != "advmod" or child.i >= tok.i:
        return False
    # "at least 30 people": "at" grades "least", which grades the number
    graded = tok.head if tok.dep_ == "advmod" and tok.head.dep_ == "nummod" else tok
    return graded.dep_ in {"amod", "nummod"} and graded.head.i > graded.i


def _person_name(tokens: list[Token]) -> str | None:
    names = _person_tokens(tokens)
    if not names:
        return None
    return " ".join(t.text for t in names if t.text not in {"'s", "'"})


def _person_tokens(tokens: list[Token]) -> list[Token]:
    # no NER in the pipeline (it would cost more than the parse): a run of proper
    # nouns that the knowledge base does not know is taken as the name
    return [t for t in tokens if t.pos_ == "PROPN" and t.dep_ in {"compound", "flat", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "ROOT", "conj"}
            and t.lower_ not in actor_word_list("title_words.txt")]


def _name_or_its_country(tokens: list[Token], matches) -> str | None:
    """"Sri Lanka's prime minister": the proper nouns read as a name ("Sri") lie inside a known
    name; the identity is that name's ("Sri Lanka"), not a piece of it. A nationality word stays
    itself ("Sierra Leonean protesters" are not the state of Sierra Leone)."""
    positions = {t.i for t in _person_tokens(tokens)}
    for start, end, entry in matches:
        inside = {tokens[k].i for k in range(start, end)}
        if positions and positions <= inside:
            if entry.kind == "demonym":
                words = [tokens[k] for k in range(start, end) if tokens[k].dep_ != "det"]
                return words[0].doc[words[0].i : words[-1].i + 1].text
            return entry.identifier
    # "El Salvador's Congress", "New Zealand's Prime Minister Jacinda Ardern": a piece of the country's
    # name ("El", "New") is no part of the name that follows it
    inside = {tokens[k].i for start, end, _ in matches for k in range(start, end)}
    return _person_name([t for t in tokens if t.i not in inside])


def _identifier(tokens: list[Token]) -> str:
    """The phrase without its determiners, spaced as printed: "seven-year-old girl", not "seven - year - old"."""
    kept = [t for t in tokens if t.dep_ != "det"]
    return normalise_name("".join(t.text_with_ws for t in kept[:-1]) + kept[-1].text) if kept else ""


def _modified_identifier(words: list[str], match, head: Token) -> str:
    """"Hungarian and Romanian officials" -> "Hungarian officials" and "Romanian officials"."""
    return normalise_name(" ".join(words[match[0] : match[1]])) + " " + head.text


def _participle_holders(head: Token) -> list[Token]:
    """"refugees fleeing the civil war in Liberia", "a newspaper based in Beirut": a participle
    modifying a people noun, and its object, may carry the place those people are of."""
    participles = [c for c in head.children if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"}]
    return participles + [o for p in participles for o in p.children if o.dep_ == "dobj"]


# prepositions by which people are said to come from or be in a town ("a journalist from Toronto")
TOWN_PREPS = {"from", "in"}


def _mission_abroad(head: Token) -> bool:
    """An embassy or an envoy (sent_abroad) still at its post: the place it is in is not its sender's."""
    return sent_abroad(head.lower_) and not _taken_from_post(head)


CLOSING_VERBS = lexicon_word_list("closing_verbs.txt")


def _taken_from_post(head: Token) -> bool:
    """"Moscow recalled its ambassador in Kyiv": an envoy a removal verb (removal_verbs.txt) takes away is
    taken from the post the place names, as "from Kyiv" would say; the removal is aimed at that country.
    So is a mission a closing verb shuts ("closed its embassy in Bogota": closing_verbs.txt)."""
    verb = head.head.lemma_.lower()
    return head.dep_ in {"dobj", "nsubjpass"} and (verb in load_lexicon().removal_verbs or verb in CLOSING_VERBS)


def _home_town_code(head: Token, preps: set[str]) -> str | None:
    """"a journalist from Toronto", "a missionary from Lyon", "rebels in Benghazi": people said to come
    from or (agents) to be in a town the knowledge base does not name are of the town's country, which
    the gazetteer knows."""
    if head.pos_ != "NOUN":
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            named = _town_named_by(pobj) if pobj.dep_ == "pobj" else None
            if named is not None:
                return named[1].country
    return None


def _town_named_by(tok: Token) -> tuple[list[Token], Place] | None:
    """The phrase of `tok` (its determiner left out) and the town it names, when the phrase is proper
    names only and the gazetteer reads all of it as one town of a known country."""
    tokens = [t for t in _phrase_tokens(tok) if t.dep_ != "det"]
    if not tokens or not all(t.pos_ == "PROPN" for t in tokens):
        return None
    text = " ".join(t.text for t in tokens)
    town = next((p for p in find_places(text) if p.start == 0 and p.end == len(text) and p.country), None)
    return (tokens, town) if town is not None else None


def _definite_description(tok: Token) -> bool:
    """"the North", "the rebels": a noun with "the", which refers back to someone named before."""
    return tok.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _definite_name(tok: Token) -> bool:
    """"the North", "the South": a bare proper noun after "the", a short name of someone named before
    (not a name with its own words, "the Taj Mahal Palace hotel")."""
    return (tok.pos_ == "PROPN" and tok.dep_ == "pobj" and [c.lower_ for c in tok.children] == ["the"])


_UNADDRESSED_REQUESTS = lexicon_word_list("unaddressed_requests.txt")


def _asks_no_one(f: Found) -> bool:
    """A request told with a verb and particle that name only what is wanted (unaddressed_requests.txt),
    the particle's object a noun: "called for a boycott of Chinese goods"; not a clause with its own
    subject, "called for Israel to halt its offensive", which names who is asked."""
    if f.trigger.type != "REQUEST" or f"{f.trigger.lemma} {f.trigger.particle}" not in _UNADDRESSED_REQUESTS:
        return False
    if forces_asked_to_move(f.pred):
        return False  # "called for the withdrawal of U.S. troops" asks the troops' side to pull them out
    return any(c.dep_ == "prep" and c.lower_ == f.trigger.particle and any(o.dep_ == "pobj" for o in c.children)
               for c in f.pred.children)


_PATIENT_POSSESSOR_NOUNS = lexicon_word_list("patient_possessor_nouns.txt")


# Withdrawals: the move the doer halts ("its advance") is its own, not a side
OWN_MOVE_TYPES = frozenset({"RETREAT"})


def _own_move(entity: Entity) -> bool:
    """"its advance", "their offensive": a possessive and a noun of a side's own move (own_move_nouns.txt)."""
    return is_own_thing(entity) and entity.entity_text.lower().split()[-1] in lexicon_word_list("own_move_nouns.txt")


def _the_one_to_be_freed(f: Found, recipient: Entity, offset: int) -> bool:
    """"demanded Kabore's immediate release": the one whose release a request asks for
    (patient_possessor_nouns.txt) is not the one asked; the holder is, and the text does not name him."""
    if f.trigger.type != "REQUEST":
        return False
    for obj in f.pred.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _PATIENT_POSSESSOR_NOUNS:
            start, end = offset + obj.left_edge.idx, offset + obj.right_edge.idx + len(obj.right_edge.text)
            if start <= recipient.start and recipient.end <= end:
                return True
    return False


def _conjunct_codes(places: list[tuple[list[Token], KBEntry]]) -> list[str]:
    """The countries of the places named in one phrase: the first, then those of its conjuncts
    ("in Poland and the Czech Republic"); a place inside another's modifier is not one of them."""
    codes: list[str] = []
    for named, entry in places:
        conjunct = any(t.dep_ == "conj" and t.head.dep_ in {"pobj", "conj"} for t in named)
        if codes and not conjunct:
            continue
        code = _city_country_of_sentence(named, entry) or entry.code
        if code not in codes:
            codes.append(code)
    return codes


def _city_country_of_sentence(name: list[Token], entry: KBEntry) -> str | None:
    """"rival militias in Tripoli ... the north Lebanese port": a capital named as where people are is a
    city of another country whose places the sentence speaks of, when that country has a city of the name
    (the gazetteer chooses by the countries named); otherwise None, and the capital's own country stands.
    A country named only as someone's nationality does not count ("American diplomats in Athens")."""
    if entry.kind != "metonym" or not name:
        return None
    sent = name[0].sent
    words = list(sent)
    others = [e.code for start, end, e in find_names([t.text for t in words], load_kb())
              if e.kind in {"country", "demonym"} and e.code != entry.code and len(e.code) == 3
              and _names_a_place_of(words[end - 1])]
    if not others:
        return None
    text = " ".join(t.text for t in name)
    places = [p for p in find_places(text, countries=others) if p.start == 0 and p.end == len(text)]
    return places[0].country if places and places[0].country in others else None


def _names_a_place_of(tok: Token) -> bool:
    # "the north Lebanese port", "a Lebanese town", "in Lebanon": the country is where a place is
    return tok.head.lemma_.lower() in PLACE_KIND_WORDS or (tok.dep_ == "pobj" and tok.head.lower_ in {"in", "inside"})


def _named_place_code(tokens: list[Token], head: Token) -> str | None:
    """"Darfur rebels", "Gaza residents", "Sivas police", "the government of Sindh province": agents
    named after the place they belong to."""
    names = [t for t in tokens if t.i < head.i and t.pos_ == "PROPN" and t.dep_ in {"compound", "amod", "nmod"}]
    if names:
        text = " ".join(t.text for t in names)
        places = [p for p in find_places(text) if p.country and p.start == 0 and p.end == len(text)]
        return places[0].country if places else None
    return _of_place_code(tokens, head)


def _place_name_code(tokens: list[Token], head: Token) -> str | None:
    """"seized Goma", "shelled the city of Kharkiv": a direct object that is a town's name (or a kind of
    place and its name) is in that town's country, which the gazetteer knows when the actor base does
    not. Not a town one goes to ("return to Geneva for talks"): a venue is not a party."""
    if head.dep_ not in {"dobj", "nsubjpass"}:
        return None
    if _place_kind(head):
        return _of_place_code(tokens, head)
    names = [t for t in tokens if t.dep_ != "det"]
    if head.pos_ != "PROPN" or not all(t.pos_ == "PROPN" for t in names):
        return None
    text = " ".join(t.text for t in names)
    places = [p for p in find_places(text) if p.country and p.start == 0 and p.end == len(text)]
    return places[0].country if places else None


def _protesters_abroad(actors: list[Entity], place_code: str | None) -> Entity | None:
    """The protesters' own country when the words name it ("Cuban exiles", "Iranian students") and it is
    not the country where they protest; none for a country read off the place itself."""
    coded = [a for a in actors if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES and not a.inferred]
    if coded and place_code and coded[0].code != place_code:
        return coded[0]
    return None


GENERIC_NAME_HEADS = frozenset(w.lower() for w in generic_name_heads())  # compared with lowercased heads


def _body_named_after_a_town(tokens: list[Token], head: Token) -> str | None:
    """"The Genoa Social Forum", "the Lagos Traders Union": a body the actor base does not know, whose
    proper name opens with the name of a town or a province and ends in a word organisations are named by
    (generic_name_heads.txt), is of that town's country. Not a country's name ("Kenya Red Cross": aid bodies
    are NGO by the coding rules), and not a person ("Paris Hilton" ends in no such word)."""
    if head.pos_ != "PROPN" or head.lower_ not in GENERIC_NAME_HEADS:
        return None
    name = [t for t in tokens if t.i <= head.i and t.dep_ != "det" and not t.is_punct]
    if len(name) < 2 or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in name):
        return None
    for k in range(len(name) - 1, 0, -1):
        text = " ".join(t.text for t in name[:k])
        places = [p for p in find_places(text) if p.country and p.start == 0 and p.end == len(text)]
        if places:
            return places[0].country if places[0].feature in {"city", "admin"} else None
    return None


def _counted_people(head: Token) -> bool:
    """"killed more than 2,500 people in Haiti", "wounded 30 civilians in Gao": people told only by their
    number (unnamed_people.txt) are a toll; a place they are "in" says where the deed was done, not whose
    people they are ("30 people from Mali" still says where they come from)."""
    return head.lemma_.lower() in load_lexicon().unnamed_people and any(
        c.dep_ == "nummod" or c.like_num for c in head.children)


def _denied_thing(head: Token) -> bool:
    """"denied any part in the Berlin bombing", "denied reports that its jets struck villages in Syria": the
    object of a denial (denial_verbs.txt) names the deed or the claim denied; a place it is "in" is where
    that deed was done, which says nothing of who made the claim (only one it comes "from" does)."""
    return head.dep_ == "dobj" and head.pos_ == "NOUN" and head.head.lemma_.lower() in load_lexicon().denial_verbs


def _place_kind(head: Token) -> bool:
    """"the city of", "the towns of": a kind of place, one or several."""
    return head.lower_ in PLACE_KIND_WORDS or head.lemma_.lower() in PLACE_KIND_WORDS


def _of_place_code(tokens: list[Token], head: Token) -> str | None:
    """The country of the place in the agent's own "of" phrase ("the governor of Helmand province"),
    when the phrase is that place's name, with at most a word of its kind after it."""
    of = next((t for t in tokens if t.head == head and t.dep_ == "prep" and t.lower_ == "of"), None)
    if of is None:
        return None
    words = [t for t in tokens if t.i > of.i and t.dep_ != "det"]
    # "the towns of Shire and Adwa": the first place named stands for the country of them all
    words = list(takewhile(lambda t: t.dep_ not in {"cc", "punct"}, words))
    # "a former president of neighbouring Ingushetia": a word describing the place is not its name
    words = list(dropwhile(lambda t: t.pos_ != "PROPN" and t.lower_ in PLACE_ADJECTIVES, words))
    if not words or words[0].pos_ != "PROPN":
        return None
    text = " ".join(t.text for t in words)
    # "the towns of Shire": the kind word is the cue that makes a name that is also a common word a place
    cue = f"{head.text} of " if _place_kind(head) else ""
    for place in find_places(cue + text):
        rest = text[place.end - len(cue):].split()
        if place.country and place.start == len(cue) and all(w.lower() in PLACE_KIND_WORDS for w in rest):
            return place.country
    return None


def _home_of_people(tokens: list[Token], matches, covering, place_code: str | None) -> str | None:
    """The country of a people named by its nationality word: "Serbs" are SRB, but "Bosnian Serbs" and
    "Kosovo Serbs" live in Bosnia and Kosovo, and "ethnic Albanians" are a people, not Albania's state
    ("ethnic Albanians in Serbia": where they live, else unknown)."""
    start, _, entry = covering
    if entry.kind != "demonym":
        return entry.code
    if _ethnic(tokens, covering):
        return place_code
    home = [m for m in matches if m[1] <= start and m[2].kind in {"demonym", "country"} and not _is_conjunct(tokens[m[0]])]
    return home[-1][2].code if home else _land_of_people(tokens, matches, covering) or entry.code


def _ethnic(tokens: list[Token], match) -> bool:
    """"ethnic Albanian guerrillas": a nationality word after "ethnic" names a people, not a state."""
    start, _, entry = match
    return entry.kind == "demonym" and start > 0 and tokens[start - 1].lower_ == "ethnic"


def _land_of_people(tokens: list[Token], matches, covering) -> str | None:
    """"the Albanians of southern Serbia", "the Kurds of Syria": a people named with the land they live in
    belongs to that land."""
    _, end, _ = covering
    if end >= len(tokens) or tokens[end].lower_ != "of" or tokens[end].dep_ != "prep":
        return None
    # the phrase tokens are one contiguous noun phrase, so a country after the "of" lies inside its object
    lands = [m for m in matches if m[0] > end and m[2].kind == "country"]
    return lands[0][2].code if lands else None


def _spoken_for_sector(head: Token, entry, sector: str | None) -> str | None:
    """"the MRTA's spokesman", "a Hamas spokesman": a mouthpiece (mouthpiece_nouns.txt) of a named
    organisation speaks for it and has its sector, not the government's a bare "spokesman" defaults to;
    other agent words keep theirs ("Hamas gunmen")."""
    if head.lower_ in MOUTHPIECE_NOUNS and entry.kind == "org" and entry.sector:
        return entry.sector
    return sector or entry.sector


def _sector_around_name(tokens: list[Token], start: int, end: int, kb: ActorKB) -> str | None:
    """The sector given by agent words outside a named organisation ("the rebel Revolutionary United
    Front"), never by a word of its own name: the African Union is no trade union, nor the Lebanese
    Army Command a rank-and-file army."""
    for tok in tokens[:start] + tokens[end:]:
        sector = kb.agent_sector(tok.text) or (kb.agent_sector(tok.lemma_) if tok.pos_ == "NOUN" else None)
        if sector:
            return sector
    return None


def _is_conjunct(tok: Token) -> bool:
    return tok.dep_ == "conj"


def _coordinated_codes(tokens, matches, codes, head_index: int):
    """Keep one code per coordinated modifier; keep only the first when they are not coordinated.
    "The Turkish and Greek sides of Cyprus", "the U.S. and British envoys to Iraq": when the modifiers
    before the head name the parties, a country in a phrase after the head is the whole they belong to
    or where they are sent, not a third party."""
    has_cc = any(t.dep_ == "cc" or t.dep_ == "conj" for t in tokens)
    if not has_cc:
        return codes[:1]
    if any(m[1] <= head_index for m in matches):
        return [c for c, m in zip(codes, matches) if m[1] <= head_index]
    return codes


def _unique(entities: list[Entity]) -> list[Entity]:
    return first_of_each(entities, lambda e: (e.code, e.identifier_text, e.start))


# --- polarity ----------------------------------------------------------------


def event_arguments(f: Found, resolver: Resolver) -> tuple[list[Entity], list[Entity]]:
    pred, head = f.pred, f.head
    copula = tally_copula(head)
    if copula is not None:
        # "the ambassador was among the wounded": the subject is the victim; no attacker is named
        return [], resolver.entities([s for s in copula.children if s.dep_ in {"nsubj", "nsubjpass"}])
    dead = dead_told_dying(head) if f.trigger.lemma == head.lemma_.lower() else []
    if dead:
        # "108 people have died": the dead are the victims; no attacker is named
        return [], resolver.entities(dead)
    if pred.pos_ in {"VERB", "AUX"}:
        actors = resolver.entities(withdrawn_forces(pred, f.trigger.type)
                                   or [speaker_meant(s) or s for s in verb_subject(pred)])
        if f.trigger.type in VICTIM_TYPES and not any(a.code for a in actors):
            actors = resolver.entities(fight_sides(pred)) or actors
        if actors:
            # "Egypt cut ties with Qatar along with Saudi Arabia": who did it alongside the subject
            actors = _unique(actors + resolver.entities(companions(pred, f.trigger.type), coded_only=True))
        own = predicate_objects(pred, f.trigger.objects, f.trigger.type) if head == pred else []
        recipients = resolver.first_coded(verb_recipients(pred, f.trigger.type, head, own), actors)
        if head != pred and not recipients:  # light verb + event noun: the noun may carry its own target
            recipients = resolver.entities(noun_recipient_tokens(head, f.trigger.type, f.trigger.objects))
        if not any(r.code for r in recipients) and actors:
            # "launched a mediation effort between the Emirates and Saudi Arabia", "ended its mediation
            # among the factions": a third party's event between two sides is done to both
            recipients = resolver.entities(_between_sides(pred, head)) or recipients
        if not any(r.code for r in recipients) and actors and f.trigger.cameo in load_lexicon().third_party_cameos:
            # "the deal that Yanukovych signed with the opposition, brokered by France": a mediator's act
            # told on the event it made is done to that event's parties
            recipients = [e for e in resolver.entities(_parties_of_mediated_event(pred)) if e.code] or recipients
        if head != pred:
            if not actors:
                actors = resolver.entities(noun_actor_tokens(head), modifiers_only=True)
        if not actors and load_lexicon().is_reciprocal(f.trigger):
            # "a ceasefire was agreed between Armenia and Azerbaijan": with no one named as its agent, the
            # sides a two-sided act is done between did it, with each other
            sides = resolver.entities(_passive_sides(pred))
            actors, recipients = (sides, [r for r in recipients if r.start not in {a.start for a in sides}]) if sides else (actors, recipients)
        if not actors:
            actors = resolver.actors_of_restated_event(pred, f.trigger.type)
        sufferer = suffering_clause_head(pred) if f.trigger.type in VICTIM_TYPES else None
        if sufferer is not None and not any(r.code for r in recipients):
            # "five policemen lost their lives when gunmen attacked their station": the dead are its victims
            recipients = resolver.entities(verb_subject(sufferer)[:1]) or recipients
    else:
        actors = resolver.entities(noun_actor_tokens(head), modifiers_only=True) or _claimers(head, resolver)
        if not any(a.code for a in actors):
            # "the withdrawal of U.S. troops": the forces that move are their own side's, which moves them
            actors = [m for m in resolver.entities(moved_forces(head)) if m.code and m.sector in FORCE_SECTORS] or actors
        recipients = resolver.entities(noun_recipient_tokens(head, f.trigger.type, f.trigger.objects))
        if not any(a.code for a in actors) and _fight_with_a_side_its_dead_fell_in(head):
            # "three Thai soldiers died in clashes with Cambodian troops": the side after "with" fought the
            # dead's side (the split makes it both ways); the dead are not the side named
            victims = [v for v in resolver.entities(victims_of(head)) if v.code]
            actors, recipients = (recipients, victims) if victims else (actors, recipients)
        if not recipients and f.trigger.type in VICTIM_TYPES:
            # "three soldiers died in a roadside bombing": the dead are the bombing's victims
            recipients = resolver.entities(victims_of(head))
            if recipients and not actors:
                # "died of torture in Israeli police custody": whoever held them did it
                actors = resolver.entities(custodians_of(head), modifiers_only=True)
        if not actors and (purpose_of_journey(head) or done_in_protest(head)):
            actors = resolver.entities(verb_subject(head.head.head))
        holder = clause_holding_talks(head, f.trigger) if not actors else None
        if holder is not None:
            actors = resolver.entities(verb_subject(holder))
    if not any(r.code for r in recipients) and not _punishes_a_deed(f):
        actor_ids = {a.identifier_text for a in actors}
        # what a denial denies is not addressed to anyone in it ("denied attacking Ukraine");
        # what a refusal refuses is ("refused to deploy peacekeepers in Iraq")
        denial = f.trigger.complement == "negated" and f.trigger.lemma in load_lexicon().denial_verbs
        topic = f.trigger.type in TOPIC_TYPES
        # "sent material to help defend Saudi Arabia": aid is for whom its purpose clause serves
        purpose = f.trigger.type in PURPOSE_TYPES
        # one states one's own state's intent, but demands of others: "Hong Kongers demanded that Hong
        # Kong's chief executive step down" is addressed to her
        own_state = f.trigger.type != "REQUEST"
        # "renewed their demand that Kenya release the prisoners": whom the demand's own clause addresses
        demanded = demanded_of(pred, head) + forces_asked_to_move(pred) if f.trigger.type == "REQUEST" else []
        addressed = resolver.entities(addressees(pred, head)) if f.trigger.type == "REQUEST" else []
        if addressed and not any(e.code for e in addressed) and (
                addressed[0].sector not in ADDRESSED_SECTORS or names_several_states(addressed[0].entity_text)):
            # "urged Western governments to step up pressure on Lukashenko": the request is made of
            # the governments, whom no country codes; the man the pressure is for is not asked (an
            # authority without its country, "urged the government to free ...", is still read below)
            return actors, addressed
        complements = complement_recipients(pred, head, clauses=not denial, topic=topic, purpose=purpose)
        if f.trigger.type in VENUE_AT_TYPES:
            complements = [t for t in complements if not _venue_at(t)]
        indirect = resolver.entities(demanded + complements,
                                     coded_only=True,
                                     unless=lambda r: r.identifier_text in actor_ids or (own_state and _same_state(r, actors))
                                     or (f.trigger.type in PROMISE_TYPES and _own_country_named_bare(r, actors))
                                     or is_own_thing(r, actors) or _inside_an_actor(r, actors))
        if addressed and not any(e.code for e in addressed) and indirect and all(
                r.code in NON_STATE_CODES for r in indirect):
            # "urged the government to give aid agencies full access": an aid body or an international one
            # its act would serve is not the authority asked, nor does it give that authority a country
            return actors, addressed
        if not indirect and not recipients and not denial:
            # "demanded that the government withdraw": the addressed authority, even when no country is
            # named in the clause (coreference or the story's country codes it later)
            # "refused to recognise the interim authorities": the authority a refused act is done to
            refused = complement_recipients(pred, head) if f.trigger.type == "REJECT" else []
            # "demanded the prime minister's resignation": the office holder whose act is asked for
            owners = ([t for t in complement_recipients(pred, head) if t.dep_ == "poss" and t.pos_ == "NOUN"]
                      if f.trigger.type == "REQUEST" else [])
            indirect = [e for e in resolver.entities(demanded + complement_subjects(pred) + refused + owners)
                        if e.code is None and e.sector in ADDRESSED_SECTORS][:1]
        if not indirect and not recipients and f.trigger.type == "ACCUSE":
            # "alleged that the North had a uranium programme": the one a charge names, a name that
            # coreference codes later ("the North" after North Korea)
            named = [t for t in complement_subjects(pred) if t.pos_ == "PROPN"]
            indirect = [e for e in resolver.entities(named) if e.code is None][:1]
        if not indirect and not recipients and not denial:
            # "demanded that they stop", "refused to receive him": a pronoun in the complement names
            # someone mentioned before; coreference gives it its antecedent's identity later
            # (not the clause's own speaker: "Iran demanded that they stop" is addressed to others)
            # "it" is left out: in a complement it mostly names a thing ("refused to sign it")
            clauses = {pred, head} | {c for c in pred.children if is_complement_clause(c)}
            indirect = [resolver._entity([t], t, None, None, None) for t in complement_recipients(pred, head)
                        if is_pronoun(t) and t.lower_ not in {"we", "i", "you", "us", "it"}
                        and (t.head in clauses or t.head.dep_ == "prep" and t.head.head in clauses)][:1]
        if not indirect and not denial:
            # "suspended the delivery of aid to the North": a side named by a definite name, which only
            # coreference codes ("the North" after North Korea), ahead of an uncoded thing ("food aid")
            indirect = [e for e in resolver.entities([t for t in complement_recipients(pred, head, clauses=False)
                                                      if _definite_name(t)]) if e.code is None][:1]
        recipients = indirect or recipients
    if f.trigger.type == "PROTEST" and pred.pos_ in {"VERB", "AUX"}:
        # "blocked streets in Hong Kong in defiance of Chinese authorities": whom a protest says it
        # defies is its target, ahead of the things and places it is held at
        recipients = resolver.entities(defied_targets(pred), coded_only=True,
                                       unless=lambda r: is_own_thing(r, actors)) or recipients
        if not any(r.code for r in recipients):
            recipients = resolver.entities(framing_protest_targets(pred), coded_only=True,
                                           unless=lambda r: is_own_thing(r, actors)) or recipients
    if f.trigger.type in ANSWER_TYPES and pred.pos_ in {"VERB", "AUX"}:
        recipients = answered_requesters(pred, f.trigger.type, recipients, resolver)
    if f.trigger.type == "THREATEN":
        # "threatened to send refugees to Europe if the EU called it an invasion": a threat is aimed at
        # whoever must meet its condition, ahead of the threatened act's own objects
        conditioned = resolver.entities(condition_subjects(pred), coded_only=True,
                                        unless=lambda r: _same_state(r, actors) or is_own_thing(r, actors))
        if not conditioned:
            # "... if local authorities did not act": authorities named without their country (the
            # story's country codes them later), as in a demand
            conditioned = [e for e in resolver.entities(condition_subjects(pred))
                           if e.code is None and e.sector in ADDRESSED_SECTORS][:1]
        if not conditioned:
            # "... if the North took further steps": a side named by a definite description, which
            # coreference codes later
            conditioned = [e for e in resolver.entities([t for t in condition_subjects(pred) if _definite_description(t)])
                           if e.code is None][:1]
        if not conditioned:
            # "warned that any further provocation by the North would meet retaliation": a warning about
            # what a deed will bring is aimed at whoever the deed's noun says would do it
            doers = warned_deed_doers(pred)
            conditioned = (resolver.entities(doers, coded_only=True,
                                             unless=lambda r: _same_state(r, actors) or is_own_thing(r, actors))
                           or [e for e in resolver.entities([t for t in doers if _definite_name(t)]) if e.code is None][:1])
        explicit = [c for c in pred.children if c.dep_ in {"dobj", "dative"}]
        if conditioned and not explicit:
            recipients = conditioned
        if not explicit:
            # "the army chief warned that troops would act against looters": the forces that would carry
            # the threat out are the threatener's own, not whom it threatens
            recipients = [r for r in recipients if not _own_forces(r, actors)]
        if not any(r.code for r in recipients):
            # "threatened to impose a curfew in Algiers": a threat with no one named is aimed at the
            # country where the threatened act would fall
            recipients = resolver.threatened_place(pred) or recipients
    if f.trigger.type in CONDITIONED_PUNISHMENT_TYPES and pred.pos_ in {"VERB", "AUX"} and not any(r.code for r in recipients):
        recipients = _whoever_meets_the_condition(pred, actors, resolver) or recipients
    if f.trigger.type == "MOBILIZE" and pred.pos_ in {"VERB", "AUX"} and not any(r.code for r in recipients):
        recipients = resolver.entities(forces_aimed_against(pred), coded_only=True) or recipients
    if f.trigger.type == "PROTEST" and actors and not any(a.code for a in actors):
        actors = resolver.placed_protesters(f, actors)
    if f.trigger.type == "PROTEST" and not any(r.code for r in recipients):
        recipients = resolver.entities(missions_protested_at(pred), coded_only=True) or recipients
    if not any(r.code for r in recipients) and f.trigger.type in IMPLICIT_TARGET_TYPES:
        recipients = resolver.implicit_target(f, actors, recipients) or recipients
    if received(pred, f.trigger.type):
        # "Yemen received aid from Saudi Arabia", "has the support of Britain": the giver gives, the
        # subject is given
        actors, recipients = resolver.entities(givers(pred, head)), actors
    if _asks_no_one(f):
        recipients = []  # "called for a boycott of Chinese goods": the goods' side is not asked anything
    recipients = [r for r in recipients if not _the_one_to_be_freed(f, r, resolver.offset)]
    if f.trigger.type in OWN_MOVE_TYPES and actors:
        # "the bloc halted its advance": the move a side calls off is its own, no one it withdraws from
        # (a place it leaves, "from Somalia", still is; so are its troops and the hostages it frees)
        recipients = [r for r in recipients if r.code is not None or not _own_move(r)]
    actor_keys = {(a.code, a.identifier_text) for a in actors}
    recipients = [r for r in recipients if (r.code, r.identifier_text) not in actor_keys or r.code is None]
    if _partners_own_thing(f, actors, recipients) or _sides_take_up_a_plan(f, resolver.offset, actors, recipients):
        recipients = []  # left empty, each side becomes the other's recipient
    return actors, recipients


MISSION_NOUNS = lexicon_word_list("mission_nouns.txt")
PROTEST_SCENE_PREPS = ATTACK_SCENE_PREPS | {"at", "before", "opposite"}


def missions_protested_at(pred: Token) -> list[Token]:
    """"gathered outside the Russian embassy", "rallied in front of the Danish embassy": a state's embassy
    that a crowd protests by is the protest's named target (mission_nouns.txt), whichever town it stands
    in. The seat may be the "of" phrase of the word the preposition takes ("front of", "the gates of"),
    and the preposition may hang on a participle telling what the marchers did on the way ("marched
    through the capital, hurling stones at the American embassy")."""
    scenes = [o for v in [pred, *_participles_of_the_crowd(pred)] for p in v.children
              if p.dep_ == "prep" and p.lower_ in PROTEST_SCENE_PREPS for o in p.children if o.dep_ == "pobj"]
    scenes += [o for s in scenes for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    scenes = [_thing_it_stands_for(s) if s.lower_ == "it" else s for s in scenes]
    return [s for s in scenes if s is not None and (s.lemma_.lower() in MISSION_NOUNS or s.lower_ in MISSION_NOUNS)]


def _participles_of_the_crowd(pred: Token) -> list[Token]:
    """"marched ..., chanting slogans and hurling stones": participles with no subject of their own set after
    the protest verb, and those joined to them by "and", tell what the same crowd did."""
    found = [c for c in pred.children if c.dep_ == "advcl" and c.tag_ == "VBG" and not has_subject(c)]
    found += [c for p in found for c in p.children if c.dep_ == "conj" and c.tag_ == "VBG" and not has_subject(c)]
    return found


def _thing_it_stands_for(it: Token) -> Token | None:
    """"a bomb was thrown at Myanmar's embassy, and hundreds rallied outside it": "it" stands for the
    last singular common noun told before it in its sentence."""
    return next((t for t in reversed(it.sent[: it.i - it.sent.start]) if t.tag_ == "NN"), None)


# Punishments a speaker may hold over someone: "would reimpose sanctions if Iran violated the accord" is
# aimed at Iran. Not force: "would strike again if Syrian forces used chemical weapons" names no target
# of the strike (the gold leaves it null).
CONDITIONED_PUNISHMENT_TYPES = frozenset({"SANCTION"})


def _whoever_meets_the_condition(pred: Token, actors: list[Entity], resolver: "Resolver") -> list[Entity]:
    """An act held on an if/unless condition, with no one named as its target, is aimed at whoever must
    meet the condition (as a threat is); never the actor's own state."""
    return resolver.entities(condition_subjects(pred), coded_only=True,
                             unless=lambda r: _same_state(r, actors) or is_own_thing(r, actors))


PUNISHING_MODES = {"arrest", "convict"}


def _punishes_a_deed(f: "Found") -> bool:
    """"arrested a teacher for collaborating with Israel", "jailed for spying for Iran": the clause of an
    arrest or a sentence gives the deed it punishes, whose partners are not the ones arrested."""
    return f.trigger.mode in PUNISHING_MODES and f.pred.pos_ == "VERB"


# Deeds done to people: "killed a commander along with two advisers" adds to the victims, not the doers.
VICTIM_EXTENDING_TYPES = {"ASSAULT", "COERCE"}


def companions(verb: Token, etype: str) -> list[Token]:
    """"The United States, along with Britain and France, launched strikes", "imposed sanctions on Russia
    together with the EU": the ones named after "along with" or "together with" on the verb, its
    subject or its object act with its subject. After the verb of a deed done to people the phrase may add to its
    victims instead, so there only one before the verb counts."""
    holders = [verb] + [c for c in verb.children if c.dep_ in {"dobj", "nsubj"}]
    out = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or (etype in VICTIM_EXTENDING_TYPES and prep.i > verb.i):
                continue
            if prep.lower_ == "along":
                withs = [w for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"]
            elif prep.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ == "together" for a in prep.children):
                withs = [prep]
            else:
                continue
            out += [o for w in withs for o in w.children if o.dep_ == "pobj"]
    return out


def forces_aimed_against(verb: Token) -> list[Token]:
    """"trained 500 hackers capable of launching attacks against the United States", "massed troops
    for an offensive against the rebels": forces raised or moved are aimed at whom their stated
    purpose, told inside the object's phrase, is against."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return ([g for o in objects for t in o.subtree if t.dep_ == "prep" and t.lower_ == "against"
             for g in t.children if g.dep_ == "pobj"][:1] or _party_to_the_crisis(verb))


# "over tensions in Kosovo", "over the dispute with Ukraine": the other party a crisis names
CRISIS_PARTY_PREPS = {"in", "with"}


def _party_to_the_crisis(verb: Token) -> list[Token]:
    """"put its army on alert over tensions in Kosovo": forces readied over a crisis are aimed at the
    place or party the crisis is with (an "over" phrase of the verb or of its objects, not of a clause
    below it)."""
    overs = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "over"
             and not any(a.pos_ in {"VERB", "AUX"} for a in t.ancestors if a.i != verb.i and verb in a.ancestors)]
    return [g for p in overs
            for crisis in p.children if crisis.dep_ == "pobj"
            for q in crisis.children if q.dep_ == "prep" and q.lower_ in CRISIS_PARTY_PREPS
            for g in q.children if g.dep_ == "pobj"][:1]


# Events that answer a request: refusing it, giving in to it, accepting it.
ANSWER_TYPES = {"REJECT", "CONCEDE", "AGREE"}
# "refused to resign despite calls from lawmakers": a request defied, named beside the refused act
DEFIANCE_PREPS = {"despite", "defying"}
# How a request noun names who made it: "an appeal from", "pressure by"
MAKER_PREPS = {"from", "by"}
# prepositions by which people are said to belong to an organisation ("officials at", "a spokesman for")
MEMBER_PREPS = {"from", "at", "for", "with", "in"}


def answered_requesters(pred: Token, etype: str, recipients: list[Entity], resolver: Resolver) -> list[Entity]:
    """"dismissed an appeal from the president": a refusal or acceptance answers whoever asked; a maker
    the knowledge base cannot code yields to a coded party found otherwise, as first_coded does."""
    makers = [m for m in resolver.entities(request_makers(pred, defied=etype == "REJECT")) if m.code or m.sector]
    if any(m.code for m in makers) or not any(r.code for r in recipients):
        return makers or recipients
    return recipients


def request_makers(pred: Token, defied: bool = True) -> list[Token]:
    """Who made the appeal, demand or offer a predicate answers: "rejected an appeal from the president",
    "accepted the strikers' demands", "ignored an ultimatum issued by NATO", "refused to step down despite
    calls from lawmakers" (with `defied`: only a refusal answers what it is done despite; "agreed to talks
    despite pressure from hardliners" is no answer to them). Only an explicit maker counts; "rejected the
    appeal" names no one."""
    requests = [n for n in answered_nouns(pred, defied) if n.lemma_.lower() in load_lexicon().request_nouns]
    return [maker for noun in requests for maker in _maker_of(noun)][:1]


def answered_nouns(pred: Token, defied: bool = True) -> list[Token]:
    """Nouns a predicate may answer: its object ("rejected an appeal"), a prepositional object ("agreed to
    demands"), or what it defies on itself or on its complement ("refused to resign despite pressure")."""
    out = [c for c in pred.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "agreed to demands" is sometimes parsed with the noun as the verb's complement
    out += [c for c in pred.children if c.dep_ == "xcomp" and c.pos_ == "NOUN"]
    out += [o for p in pred.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    holders = ([pred] + [c for c in pred.children if c.dep_ in {"xcomp", "ccomp"}]) if defied else []
    out += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in DEFIANCE_PREPS
            for o in p.children if o.dep_ == "pobj"]
    return list(dict.fromkeys(out))


def _maker_of(noun: Token) -> list[Token]:
    """"the rebels' demands", "an appeal from X", "pressure by X", "the ultimatum issued by X"."""
    for child in noun.children:
        if child.dep_ == "poss" and not is_pronoun(child):
            return [child]  # "their demands" may be anyone's; a pronoun is left to other rules
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in MAKER_PREPS:
            return [c for c in child.children if c.dep_ == "pobj"][:1]
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            return passive_agents(child)
    return _host_of_invitation(noun) or _other_side_of_its_purpose(noun)


MEETING_SIDE_PREPS = {"with", "of"}


def _host_of_invitation(noun: Token) -> list[Token]:
    """"an invitation to attend talks with the government", "an invitation to a meeting of the factions":
    an invitation whose maker goes unnamed comes from the side the meeting is with or of
    (invitation_nouns.txt)."""
    if noun.lemma_.lower() not in load_lexicon().invitation_nouns:
        return []
    acts = [c for c in noun.children if c.dep_ == "acl"]
    acts += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    meetings = acts + [o for a in acts for o in a.children if o.dep_ == "dobj"]
    return [o for m in meetings for p in m.children if p.dep_ == "prep" and p.lower_ in MEETING_SIDE_PREPS
            for o in p.children if o.dep_ == "pobj"][:1]


PURPOSE_PREPS = {"for", "to"}


def _other_side_of_its_purpose(noun: Token) -> list[Token]:
    """"accepted a formula for ending its fisheries dispute with Iceland", "rejected a plan for talks with
    the rebels": a plan or proposal whose maker goes unnamed is taken up or turned down towards the side
    its purpose is to settle or meet with (the first "with" phrase inside its "for"/"to" phrase). A name
    before the noun is its maker ("a United Nations appeal for deploying troops along its border with
    Israel"), and "the border with Israel" is a place, not a side."""
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN" for c in noun.children):
        return []
    purposes = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in PURPOSE_PREPS
                for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    purposes += [c for c in noun.children if c.dep_ == "acl"]
    borders = load_lexicon().border_nouns
    for purpose in purposes:
        for tok in purpose.subtree:
            if tok.dep_ == "prep" and tok.lower_ == "with" and tok.head.lemma_.lower() not in borders:
                return [c for c in tok.children if c.dep_ == "pobj"][:1]
    return []


def _partners_own_thing(f: Found, actors: list[Entity], recipients: list[Entity]) -> bool:
    """"Czechia and Albania upgraded their ties", "Israel and Lebanon renewed negotiations on an Israeli
    pullback": in a mutual event of two or more sides, a recipient that is only one of those sides again
    (their ties, one side's topic) is no third party; the sides act on each other."""
    codes = {a.code for a in actors if a.code}
    return (len(codes) >= 2 and bool(recipients) and all(r.code in codes if r.code else is_own_thing(r)
                                                          for r in recipients)
            and load_lexicon().is_reciprocal(f.trigger))


def _sides_take_up_a_plan(f: Found, offset: int, actors: list[Entity], recipients: list[Entity]) -> bool:
    """"Israel and Hamas agreed to the Egyptian proposal for a truce", "Kyiv and Moscow accepted a plan
    from Ankara": two or more sides that jointly take up a proposal or plan agree with each other; whose
    plan it was (a mediator's) is no party to their agreement. Only recipients named inside the plan's
    phrase give way."""
    codes = {a.code for a in actors if a.code}
    if f.trigger.type != "AGREE" or len(codes) < 2 or not recipients or not load_lexicon().is_reciprocal(f.trigger):
        return False
    lex = load_lexicon()
    plans = [n for n in answered_nouns(f.pred, defied=False) if n.lemma_.lower() in lex.request_nouns | lex.text_nouns]
    spans = [(offset + n.left_edge.idx, offset + n.right_edge.idx + len(n.right_edge.text)) for n in plans]
    return all(r.code not in codes and any(a <= r.start and r.end <= b for a, b in spans) for r in recipients)


SIDES_PREPS = {"between", "among", "amongst"}


def _between_sides(pred: Token, head: Token) -> list[Token]:
    """The first object of a "between" phrase on the event noun, its verb, the verb's object, or the
    verb's infinitive complement ("offered to mediate between Israel and Hamas": the offer is made to
    the sides of the mediation)."""
    holders = [head, pred] + [c for c in pred.children if c.dep_ in {"dobj", "xcomp"}]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in SIDES_PREPS:
                return [c for c in prep.children if c.dep_ == "pobj"][:1]
    return []


def _parties_of_mediated_event(pred: Token) -> list[Token]:
    """"the deal that Yanukovych signed with three opposition leaders, brokered by ...", "Sudan and Chad
    signed a truce, brokered by Qatar", "talks with the rebels, mediated by Qatar": the parties of the
    event a mediator's participle or relative clause is told with. They are those who made it (the subject
    and the "with" phrase of the clause the participle hangs on, or of the event noun's other relative
    clause), else the noun's own "between" or "with" phrase."""
    if pred.dep_ == "advcl" and pred.tag_ == "VBN" and pred.head.pos_ == "VERB":
        return _makers_of(pred.head)
    noun = pred.head
    if pred.dep_ not in {"acl", "relcl"} or noun.pos_ != "NOUN":
        return []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in SIDES_PREPS | {"with"}:
            return [c for c in prep.children if c.dep_ == "pobj"][:1]
    return next((_makers_of(c) for c in noun.children if c.dep_ == "relcl" and c != pred and _makers_of(c)), [])


def _makers_of(clause: Token) -> list[Token]:
    """The subject of a clause that makes an event (not a relative pronoun) and its "with" partner."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS]
    partners = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    return subjects[:1] + partners[:1] if subjects else []


def _passive_sides(verb: Token) -> list[Token]:
    """The first object of a "between" phrase on a passive verb with no "by" agent ("was agreed between
    Armenia and Azerbaijan")."""
    if passive_agents(verb) or not any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass"} for c in verb.children):
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in SIDES_PREPS
            for o in p.children if o.dep_ == "pobj"][:1]


VICTIM_TYPES = {"ASSAULT", "COERCE"}


TALLY_WORDS = {"the", "those"}


def tally_copula(word: Token) -> Token | None:
    """"X was among the wounded", "two Kenyans were among those killed": the "be" whose subject a
    casualty word counts among the victims. Read off the words, since the parser often loses "among"
    here."""
    if word.i < 3:
        return None
    doc = word.doc
    if doc[word.i - 1].lower_ not in TALLY_WORDS or doc[word.i - 2].lower_ != "among":
        return None
    copula = doc[word.i - 3]
    if copula.lemma_.lower() != "be" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in copula.children):
        return None
    return copula


# Heads that count people by themselves ("hundreds of civilians", "dozens died")
COUNTING_HEADS = {"dozens", "hundreds", "thousands", "scores", "tens"}


def dead_told_dying(verb: Token) -> list[Token]:
    """"108 people have died since then", "41 of its people had died": people told by number as the
    subject of a verb of dying (victim_verbs.txt, with no object) are the toll of a deed told with no
    doer, an ASSAULT on them with a null actor (examples/README.md, null rule). Not when the verb's
    phrase names the deed ("died in a bombing": that noun takes them, victims_of) or a disaster ("died in
    a bus crash", non_agents.txt), nor when a "when" clause tells the deed."""
    if verb.pos_ != "VERB" or verb.tag_ == "VBN" and verb.dep_ == "amod":
        return []
    lex = load_lexicon()
    if verb.lemma_.lower() not in lex.victim_verbs:
        return []
    if any(c.dep_ in {"dobj", "nsubjpass", "agent"} for c in verb.children):
        return []
    if any(t.dep_ == "relcl" for t in [verb, *verb.ancestors]):
        return []  # "a war in which 200,000 people died": a toll recalled as background, as a passive one
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            lemma = obj.lemma_.lower()
            if lemma in lex.non_agents or any(t.type in VICTIM_TYPES for t in lex.candidates(lemma, "NOUN")):
                return []
            if prep.lower_ in {"of", "from"} and lemma not in {"wound", "injury"}:
                return []  # "died of cholera", "died from hunger": a cause that is no one's deed
    if any(c.dep_ == "advcl" for c in verb.children if any(m.lower_ == "when" for m in c.children)):
        return []
    return [s for s in verb.children if s.dep_ == "nsubj" and _counted(s)][:1]


def _counted(noun: Token) -> bool:
    """"108 people", "64 of its soldiers", "hundreds of civilians", "one man": a noun told by number."""
    return (noun.like_num or noun.lower_ in COUNTING_HEADS
            or any(c.dep_ == "nummod" or c.like_num and c.dep_ in {"amod", "quantmod"} for c in noun.children))


def fight_sides(verb: Token) -> list[Token]:
    """"Fighting between the army and the RSF killed 50 people": when the subject of a deadly verb is a
    fight (a word with an ASSAULT row) between sides, those sides did it (the first, with its conjuncts)."""
    lex = load_lexicon()
    for subj in verb.children:
        if subj.dep_ != "nsubj" or not any(t.type == "ASSAULT" for t in lex.candidates(subj.lemma_.lower(), subj.pos_)
                                             + lex.candidates(subj.lower_, "NOUN")):
            continue
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                return [c for c in prep.children if c.dep_ == "pobj"][:1]
    return []
VICTIM_PREPS = {"in", "during", "from", "of", "after", "under"}


def _fight_with_a_side_its_dead_fell_in(noun: Token) -> bool:
    """"died in clashes with Cambodian troops": a fight noun (reciprocal.txt) with a "with" side, in the
    phrase of a verb of suffering."""
    return (noun.lemma_.lower() in load_lexicon().reciprocal and suffering_verb(noun) is not None
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children))


def victims_of(noun: Token) -> list[Token]:
    """"Three soldiers died in a roadside bombing", "a prisoner died of torture", "they lost their lives
    in an air strike": the subject of a verb of suffering (victim_verbs.txt) whose phrase names the
    event is who the event fell on; of a passive one ("a mosque was damaged in the strike"), the passive
    subject."""
    verb = suffering_verb(noun)
    if verb is None:
        return left_dead(noun) or survivors_of(noun)
    undergoers = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    return undergoers[:1] or verb_subject(verb)[:1]


def left_dead(noun: Token) -> list[Token]:
    """"Clashes left 50 soldiers dead": an event noun that left someone dead or wounded fell on them."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "leave":
        return []
    if not any(c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"} and c.lower_ in load_lexicon().left_states for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"][:1]


def survivors_of(noun: Token) -> list[Token]:
    """"The prime minister survived a grenade attack", "escaped an assassination attempt": the subject of a
    verb of surviving (survival_verbs.txt) whose object is the event is whom it was aimed at."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in load_lexicon().survival_verbs:
        return []
    return verb_subject(verb)[:1]


def custodians_of(noun: Token) -> list[Token]:
    """"died of torture while in Israeli police custody": the modifiers naming who held the victim,
    in a custody phrase of the verb of suffering."""
    verb = suffering_verb(noun)
    if verb is None:
        return []
    held = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "under"}
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in load_lexicon().custody_nouns and o != noun]
    return [c for o in held[:1] for c in o.children if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < o.i]


def suffering_verb(noun: Token) -> Token | None:
    """The verb of suffering ("died", "lost their lives") whose "in"/"of"/... phrase is this noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in VICTIM_PREPS:
        return None
    if prep.lower_ == "of" and prep.head.lemma_.lower() in load_lexicon().cause_nouns and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "died as a result of torture": the verb's phrase is "as a result"
    return prep.head if _is_suffering_verb(prep.head, prep.lower_) else None


def suffering_clause_head(verb: Token) -> Token | None:
    """"Five policemen lost their lives when gunmen attacked their station": the verb of suffering whose
    "when" clause this verb heads."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    return verb.head if _is_suffering_verb(verb.head) else None


def _is_suffering_verb(verb: Token, prep: str = "") -> bool:
    """A verb of victim_verbs.txt: its lemma alone ("die"), with its object ("lose life"), or with the
    preposition that names the event ("come under": "the base came under rocket attack")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    wanted = load_lexicon().victim_verbs
    phrases = {f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ == "dobj"} | {f"{lemma} {prep}"}
    return lemma in wanted or bool(phrases & wanted)


# Prepositions naming where a journey ends, beside "to", which CONSULT already reads as its recipient.
DESTINATION_PREPS = {"in", "to"}


def journey_made_for(verb: Token) -> Token | None:
    """The journey verb whose purpose infinitive `verb` is: "fly" of "will fly to Tokyo to discuss the
    crisis" (journey_verbs.txt)."""
    journey = verb.head
    if (verb.dep_ not in {"advcl", "xcomp"} or journey.pos_ != "VERB"
            or journey.lemma_.lower() not in load_lexicon().journey_verbs
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)):
        return None
    return journey


def _hosts_of_the_journey(verb: Token) -> list[Token]:
    """"Kerry will fly to Tokyo and Seoul to discuss the crisis": talks a journey is made for are held with
    whoever hosts them where it ends."""
    journey = journey_made_for(verb)
    if journey is None:
        return []
    return [o for prep in journey.children if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS
            for o in prep_objects(prep) if not is_time_or_quantity(o)]


def purpose_of_journey(noun: Token) -> bool:
    """"Kabila flew to Kampala for talks with Museveni", "thousands converged on Lagos for a rally":
    who went for the event holds it (journey_verbs.txt)."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ == "VERB"
            and prep.head.lemma_.lower() in load_lexicon().journey_verbs)


HELD_WITH_TYPES = frozenset({"CONSULT"})


def speaker_meant(pronoun: Token) -> Token | None:
    """"Several army units said they backed the opposition", "Police said they had detained 232
    protesters", "The ministry said it would retaliate": a "they" or "it" opening the clause a speech
    verb reports is the speaker, when the speaker is a noun phrase of the same number; else None (the
    pronoun is left to coreference)."""
    if pronoun.lower_ not in {"they", "it"} or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ccomp":
        return None
    say = pronoun.head.head
    from .quotes import load_speech_verbs  # quotes reads arguments' neighbours: imported on use
    if load_speech_verbs().forms.get(say.lower_) is None:
        return None
    # the subject nearest the verb: a dateline in mid-text may be parsed as a second subject before it
    speaker = max((c for c in say.children if c.dep_ == "nsubj" and c.i < pronoun.i), key=lambda c: c.i, default=None)
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"} or speaker.is_upper:
        return None
    plural = "Plur" in speaker.morph.get("Number") or speaker.lower_ == "police"
    return speaker if (pronoun.lower_ == "they") == plural else None


def clause_holding_talks(noun: Token, trigger) -> Token | None:
    """"The rebels freed 26 women after talks with a former president", "he walked out of talks with
    Sargsyan", "Israel and Hamas agreed to the truce after months of indirect talks": talks (a CONSULT
    noun) in an adjunct of a clause were held by the clause's subject, when the other side is named in a
    "with" phrase or the subject names both sides. Returns that clause's verb, or None. Not fighting:
    "police arrested 20 after clashes with protesters" says nothing of who clashed."""
    if trigger.type not in HELD_WITH_TYPES:
        return None
    verb = _verb_of_adjunct(noun)
    if verb is None:
        return None
    # the parser may hang the "with" on a place phrase between: "talks at his residence with ..."
    holders = [noun] + [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ == "with" for h in holders for c in h.children):
        return verb
    subjects = verb_subject(verb)
    return verb if any(c.dep_ == "conj" for s in subjects for c in s.children) else None


def _verb_of_adjunct(noun: Token) -> Token | None:
    """The verb whose prepositional adjunct the noun is, past a span of time ("after months of talks")
    and a compound preposition ("walked out of talks")."""
    lex = load_lexicon()
    tok = noun
    for _ in range(4):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        prep = tok.head
        # "out of", "away from": the preposition hangs on another one
        while prep.head.dep_ == "prep" and prep.head.pos_ == "ADP" and prep.head != prep:
            prep = prep.head
        if prep.head.pos_ == "VERB":
            return prep.head
        if prep.lower_ != "of" or prep.head.lower_ not in lex.time_nouns:
            return None
        tok = prep.head  # "months of talks": the span's own phrase
    return None


def done_in_protest(noun: Token) -> bool:
    """"Farmers blocked border crossings in protest against grain imports", "the minister resigned in
    protest": whoever does a deed "in protest" protests."""
    prep = noun.head
    return (noun.dep_ == "pobj" and noun.lemma_.lower() == "protest" and prep.lower_ == "in"
            and prep.head.pos_ == "VERB")


def _inside_an_actor(entity: Entity, actors: list[Entity]) -> bool:
    """"Congolese militiamen were demobilized": a word of the actor's own phrase ("Congolese") says who
    the actor is, not whom it acts on."""
    return any(a.start <= entity.start and entity.end <= a.end and (a.start, a.end) != (entity.start, entity.end)
               for a in actors)


def _own_forces(entity: Entity, actors: list[Entity]) -> bool:
    """Forces or police named without a country, or of the actor's own: the actor's means."""
    return entity.sector in {"MIL", "COP"} and (entity.code is None or any(a.code == entity.code for a in actors))


def _same_state(entity: Entity, actors: list[Entity]) -> bool:
    """"Obama warned that Washington was ready to ...": the speaker's own state is not the one addressed."""
    state = {None, "GOV"}
    return entity.sector in state and any(a.code == entity.code and a.sector in state | {"MIL"} for a in actors)


# Promises: what a side promises its own country or people at large is made to no other party.
PROMISE_TYPES = frozenset({"AGREE"})


def _own_country_named_bare(entity: Entity, actors: list[Entity]) -> bool:
    """"a Taliban spokesman promised that the new rulers would protect the lives of Afghans": a country or
    people named bare (no sector) is the promiser's own whatever side of that country promises, a
    non-state one included (_same_state covers only the state's own)."""
    return entity.sector is None and any(a.code == entity.code for a in actors)


BROAD_PREPS = {"on", "against", "at", "with", "to", "from", "upon", "into", "of", "for", "by"}


def _broad(prep: Token) -> bool:
    return prep.lower_ in BROAD_PREPS and not _sets_the_scene(prep)


TOPIC_PREPS = {"over", "about"}
# Types whose target is what the complaint is about, not whom it is made to.
TOPIC_TYPES = {"ACCUSE", "PROTEST"}
# Types whose target, when no object names it, is whom the act's purpose serves.
PURPOSE_TYPES = {"AID"}


def addressees(pred: Token, head: Token) -> list[Token]:
    """Whom a request is made of, named as a noun: the object of "urged Western governments to ...",
    or the subject of its clause ("urged Sri Lankan lawmakers to act", "demanded that the authorities
    release ..."), which the parser makes either."""
    clauses = [c for c in pred.children if is_complement_clause(c)]
    # an object without a clause is what is asked for ("demanded an admission"), not whom
    nouns = [c for c in pred.children if c.dep_ == "dobj" and c != head] if clauses else []
    # "appealed to Western governments to recognise ...": the "to" phrase before the clause names them too
    nouns += [o for p in pred.children if clauses and p.dep_ == "prep" and p.lower_ == "to" and p.i < clauses[0].i
              for o in p.children if o.dep_ == "pobj"]
    nouns += [s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS]
    # "met Suu Kyi and urged her to let aid agencies in": a pronoun object is whom she was asked too
    # (resolved later), not the ones her act would let in
    return [t for t in nouns if t.pos_ in {"NOUN", "PROPN"} or (t.dep_ == "dobj" and is_pronoun(t))][:1]


def _venue_at(tok: Token) -> bool:
    """"announced tighter sanctions at the United Nations": the object of an "at" that says where."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "at"


def complement_recipients(pred: Token, head: Token, clauses: bool = True, topic: bool = False,
                          purpose: bool = False) -> list[Token]:
    """Whom a demand, threat or promise is about, when no object names it.

    "demanded that the US cancel ...": the complement clause's subject;
    "threatened to impose restrictions against German goods": the complement's target;
    "demanded the withdrawal of Serbian forces": the demanded act's argument.
    """
    out: list[Token] = []
    described = describing_clause(pred)
    for child in pred.children:
        if is_complement_clause(child) and clauses and child != described:
            # "demanded that the US cancel", and "urged Sri Lankan lawmakers to act" parsed as a subject
            out += [c for c in child.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                    and not _promisers_own_pronoun(pred, c)]
            out += _targets_below(child)
        elif clauses and child.dep_ == "prep":
            # "looked forward to working with Lula", "insisted on meeting Putin": the gerund after a
            # preposition is the complement as well (polarity reads it so)
            out += [t for verb in child.children if verb.dep_ == "pcomp" and verb.pos_ == "VERB"
                    for t in _targets_below(verb)]
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"} and child != head:
            out += [child] + _targets_below(child)
        elif child.dep_ == "dobj" and child.pos_ == "NUM" and child != head:
            out += _targets_below(child)  # "provided $3.8 billion in credit lines and other aid to Sri Lanka"
    if topic:
        # "complained to the United Nations over two Israeli air raids": the raids' side is accused
        for holder in dict.fromkeys([pred, head]):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS:
                    out += [t for pobj in prep_objects(prep) for t in [pobj, *_targets_below(pobj)]]
        out += _stance_targets(pred)
    elif purpose:
        out += purpose_targets(pred)
    # "mobilized reservists for a possible war against Iraq", "tried to hack into the computers of ..."
    for prep in pred.children:
        if prep.dep_ == "prep" and _broad(prep):
            out += [t for pobj in prep.children if pobj.dep_ == "pobj" for t in [pobj, *_targets_below(pobj)]]
    if head != pred:
        out += _targets_below(head)
    return out


def _promisers_own_pronoun(pred: Token, subject: Token) -> bool:
    """"Correa vowed that he would not repeal the law": a promise (promise_verbs.txt) not to do something
    forswears one's own act, so the pronoun subject of its negated clause is the promiser, no one the
    promise is made to or about ("vowed that it would face punishment" is aimed at whom "it" is)."""
    clause = subject.head
    return (subject.tag_ == "PRP" and pred.lemma_.lower() in load_lexicon().promise_verbs
            and any(c.dep_ == "neg" for c in clause.children))


CONDITION_MARKS = {"if", "unless"}


# Links from a threat to the clauses that tell what it threatens: "warned that he was *ready* to
# *destroy* ...", "would go in and *clear* the camps if ...".
THREATENED_CLAUSE_DEPS = {"xcomp", "ccomp", "acomp", "conj"}


def condition_subjects(pred: Token) -> list[Token]:
    """Subjects of an if/unless clause on the predicate or on the clauses that tell what it threatens
    (three levels)."""
    holders = [pred] + _reported_clause_of_statement(pred)
    level = holders
    for _ in range(3):
        level = [c for h in level for c in h.children if c.dep_ in THREATENED_CLAUSE_DEPS and c not in holders]
        holders += level
    out = []
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
                out += [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return out


def _reported_clause_of_statement(pred: Token) -> list[Token]:
    """"warned in a statement that he was ready to ...": the parser may hang the "that" clause on the
    statement noun, though it is what the verb says."""
    return [clause for prep in pred.children if prep.dep_ == "prep" for noun in prep.children if noun.dep_ == "pobj"
            for clause in noun.children
            if clause.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)]


# Authorities (and armed groups: "demanded that the rebels pull out") that a demand, threat or promise may
# address without naming their country; coreference or the story's country codes them later.
ADDRESSED_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB"})


def is_complement_clause(child: Token) -> bool:
    """A clause that completes its verb: "demanded that ...", "urged them to ...", and "called for Israel
    to halt ...", which the parser makes an adverbial clause marked by "for"."""
    if child.dep_ in {"ccomp", "xcomp"}:
        return True
    if _infinitive_read_as_preposition(child):
        return True
    return child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children)


def _infinitive_read_as_preposition(child: Token) -> bool:
    """"ordered opposition supporters to march": the parser may read "to" as a preposition whose object
    is the bare verb; it is the infinitive clause all the same."""
    return child.dep_ == "prep" and child.lower_ == "to" and any(
        o.dep_ == "pobj" and o.pos_ == "VERB" and o.tag_ == "VB" for o in child.children)


def _protest_called_off(pred: Token) -> bool:
    """"called off a four-day strike", "suspended their protests": the object is a protest."""
    lex = load_lexicon()
    return any(c.dep_ in {"dobj", "nsubjpass"} and any(t.type == "PROTEST" for t in lex.candidates(c.lemma_.lower(), "NOUN"))
               for c in pred.children)


def demanded_of(pred: Token, head: Token) -> list[Token]:
    """"renewed their demand that the government release all prisoners", "insisted on its demands that
    Burundi's government grant ...": the subject of the "that" clause of a request noun (request_nouns.txt)
    the predicate makes or names."""
    nouns = ([head] if head != pred else []) + answered_nouns(pred, defied=False)
    requests = [n for n in nouns if n.lemma_.lower() in load_lexicon().request_nouns]
    return [s for noun in requests for clause in noun.children
            if clause.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            for s in clause.children if s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]


def forces_asked_to_move(pred: Token) -> list[Token]:
    """"called for the withdrawal of U.S. troops": forces whose pullout a request asks for in its "for"
    phrase are asked to move, so their side is the one asked."""
    return [m for prep in pred.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for pobj in prep_objects(prep) for m in moved_forces(pobj)]


def complement_subjects(pred: Token) -> list[Token]:
    """Subjects of a predicate's clausal complement ("demanded that the government resign")."""
    return [c for child in pred.children if is_complement_clause(child)
            for c in child.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and not is_pronoun(c)]


def warned_deed_doers(pred: Token) -> list[Token]:
    """The doers a deed noun names when it is the subject of a predicate's clausal complement ("warned
    that any provocation by the North would meet retaliation", "said an attack by Iran would be answered")."""
    return [d for s in complement_subjects(pred) if s.pos_ == "NOUN" for d in named_doers(s)]


def _stance_targets(pred: Token) -> list[Token]:
    """"blocked a road to show their disapproval for U.S. policies", "marched in defiance of Chinese
    authorities": what a protest is against, told in its purpose clause or an "in defiance of" phrase."""
    return purpose_targets(pred) + defied_targets(pred)


def purpose_targets(pred: Token) -> list[Token]:
    """"blocked a road to show their disapproval for U.S. policies", "sent material to help defend Saudi
    Arabia": the targets of the act's purpose clause."""
    return [t for child in pred.children if child.dep_ in {"advcl", "xcomp"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children) for t in _targets_below(child)]


def defied_targets(pred: Token) -> list[Token]:
    """"marched in defiance of Chinese authorities", "began a hunger strike in protest at the
    government's refusal": what an "in defiance of / in protest at" phrase on the predicate or its
    object says the act is against."""
    holders = [pred] + [c for c in pred.children if c.dep_ == "dobj"]
    stance_nouns = load_lexicon().stance_nouns
    return [t for holder in holders for child in holder.children if child.dep_ == "prep" and child.lower_ == "in"
            for pobj in prep_objects(child) if pobj.lemma_.lower() in stance_nouns
            for t in _targets_below(pobj)]


def framing_protest_targets(pred: Token) -> list[Token]:
    """"threw stones during demonstrations against abuses by the army": a deed done during a protest
    is aimed where that protest is; its "against / at / over" phrase names the target."""
    lex = load_lexicon()
    return [t for prep in pred.children if prep.dep_ == "prep" and prep.lower_ in SCENE_OF_PROTEST_PREPS
            for noun in prep_objects(prep)
            if any(trig.type == "PROTEST" for trig in lex.candidates(noun.lemma_.lower(), "NOUN"))
            for aim in noun.children if aim.dep_ == "prep" and aim.lower_ in PROTEST_AIM_PREPS
            for t in [o for o in prep_objects(aim)] + [u for o in prep_objects(aim) for u in _targets_below(o)]]


# the prepositions by which a deed is set in a protest ("during demonstrations", "at a rally"), and by
# which a protest names what it is against
SCENE_OF_PROTEST_PREPS = {"during", "at", "amid"}
PROTEST_AIM_PREPS = {"against", "at", "over"}


def _targets_below(tok: Token, depth: int = 0) -> list[Token]:
    """Objects and prepositional objects under a clause or noun, nearest first."""
    if depth > 2:
        return []
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in {"dobj", "dative", "nsubjpass"}:
            out.append(child)
            out += _targets_below(child, depth + 1)
        elif child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"}:  # "$3.8 billion ... and other aid to Sri Lanka"
            out += _targets_below(child, depth + 1)
        elif child.dep_ == "prep" and _broad(child):
            for pobj in prep_objects(child):
                if _at_border(pobj):
                    continue
                out.append(pobj)
                out += _targets_below(pobj, depth + 1)
        elif child.dep_ in {"xcomp", "acomp"}:  # "was ready to destroy Turkey's economy"
            out.extend(_targets_below(child, depth + 1))
        elif child.dep_ == "ccomp" and tok.pos_ == "VERB" and not any(
                m.dep_ == "mark" for m in child.children):
            # "offered to help Kenya bring the attackers to justice": whom the help is for
            out += [c for c in child.children if c.dep_ in SUBJECT_DEPS]
        elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in child.children):
            # "would reimpose sanctions if Iran violated the accord": the threat is aimed at Iran
            out += [c for c in child.children if c.dep_ in SUBJECT_DEPS]
        elif child.dep_ in {"amod", "compound", "poss"} and child.pos_ in {"PROPN", "ADJ"}:
            if not _stance_prefixed(tok.doc, child.i):  # the Doc itself: list(doc) made every token
                out.append(child)
        elif child.dep_ == "poss" and child.pos_ == "NOUN" and child.lower_ in person_role_words():
            out.append(child)  # "demanded the prime minister's resignation": the office holder is asked
    return out


def sides_stood_with(head: Token) -> list[Token]:
    """"armed groups backing Libya's two rival prime ministers": the objects of a present participle of
    partisanship (partisan_participles.txt) on the group's noun name the side the group stands with."""
    words = load_lexicon().partisan_participles
    return [o for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in words
            for o in c.children if o.dep_ == "dobj"]
