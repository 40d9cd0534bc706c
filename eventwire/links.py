"""Links between the events of one article, from the text's own cues.

"Iran fired missiles at U.S. bases in retaliation for the strike": the
missile attack is `response_to` the strike. The cue sits between the two
events: the event told before it and the event it introduces. The event it
introduces is coded in the same sentence ("... after gunmen attacked a
checkpoint"), or is an event noun ("the strike", "the siege", "Iran's
attack") that names an event told elsewhere in the article, which is then
the one linked to; an event noun also names the deed told with the verb built on it ("the siege" /
"besieged"). A cue opening the sentence ("After two days of talks, the sides agreed ...") introduces
what stands before the first comma and links it to the main clause's event. An event noun the cue
introduces with its own participants ("in protest at the arrest of an officer by police", "after
overnight riots") is coded in its sentence (events.py) and linked there; "the end of its campaign"
names a withdrawal told nearby (data/lexicon/link_nouns.tsv); "more attacks could follow", with
nothing after the cue, follows the last attack told before. Cues and their direction are data
(data/lexicon/link_cues.tsv).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .actors import STATE_SECTORS, load_kb
from .data_files import data_path, read_tsv
from .lexicon import Cue, Lexicon, cues_that_may_occur, lexicon_word_list, load_lexicon
from .quotes import load_speech_verbs
from .records import Entity, EventMention
from .nlp import dateline_end

NOUN_REACH = 60  # characters after a cue searched for the event noun it introduces
NOUN_ONLY_REACH = 4  # words between a "noun" cue ("over") and the event noun it introduces
LATER_SENTENCES = 2  # "after two nights of protests": the protests may be told in the next sentences
CONFLICT_QUADS = {3, 4}  # verbal and material conflict
VERBAL_QUADS = {1, 3}  # verbal cooperation and conflict: what a "statement" can be
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "last", "week's",
                "friday's", "thursday's", "monday's", "tuesday's", "wednesday's", "saturday's", "sunday's"}
# "future attacks", "further strikes": an event noun that names no event already told
_NOT_YET = lexicon_word_list("not_yet_words.txt")
_TARGET_PREPOSITIONS = lexicon_word_list("target_prepositions.txt")
# nouns naming what an actor said, whatever its type: "a Canadian statement", "Trump's remarks"
_STATEMENT_NOUNS = lexicon_word_list("statement_nouns.txt")
# "condemned the violence": a situation, not one deed with a doer to blame
_SITUATION_NOUNS = lexicon_word_list("situation_nouns.txt")
# "the move", "the vote": a deed of whatever type told before
_DEED_NOUNS = lexicon_word_list("deed_nouns.txt")


def link_events(events: list[EventMention], text: str, lex: Lexicon) -> None:
    """Add `links` to the events in place."""
    by_sentence: dict[int, list[EventMention]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sent_start, []).append(ev)
    for sent_start, sentence_events in by_sentence.items():
        sent_end = sentence_events[0].sent_end
        lowered = text[sent_start:sent_end].lower()
        taken: list[tuple[int, int]] = []
        for cue in cues_that_may_occur(lowered):
            for m in cue.pattern.finditer(text, sent_start, sent_end):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                _link_at(cue, m, sentence_events, events, text, lex)


JUDGED_TYPES = {"ACCUSE", "SUPPORT"}
MATERIAL_QUADS = {2, 4}
MATERIAL_CONFLICT = 4
_IT = {"it", "this", "that"}


def aim_judgements_at_doers(events: list[EventMention], text: str, lex: Lexicon) -> None:
    """"Iraq denounced the strike", "called it a blatant breach": a judgement of an event told before
    is aimed at whoever did it. Only judgements with no known target are changed; the doers are
    marked inferred."""
    for ev in events:
        if ev.event == "REJECT":
            _aim_rejection_at_accusers(ev, events, text, lex)
            continue
        if ev.event not in JUDGED_TYPES:
            continue
        targets = [r for r in ev.recipient if r.code and _target_of_judged_deed(ev, r, text, lex)]
        unknown = [r for r in ev.recipient if not r.code or r.entity_text.lower() in _IT or r in targets]
        if len(unknown) != len(ev.recipient):
            continue
        start = _past_what_the_judge_called_it(text, ev.trigger_end)
        judged = [r.entity_text for r in unknown] or [text[start : _before_what_it_is_called(
            text, start, _object_end(ev, events))]]
        if all(_names_a_situation(phrase) for phrase in judged):
            continue
        deeds = [e for e in events if not _intercepts(e, lex)]
        coup = _called_a_coup(ev, events, text)
        # "Malaysia also barred North Koreans from leaving ... Najib called the exit ban abhorrent": one does not
        # accuse oneself, so a noun that may name the accuser's own deed or another's names the other's
        judgeable = [e for e in deeds if coup or ev.event != "ACCUSE" or not _own_coded_deed(ev, e)]
        named = _judged_event(ev, unknown, judgeable, text, lex, targets, own_too=coup)
        if named is not None and named.quad_code not in MATERIAL_QUADS and not _legal_action(named):
            continue  # "denounced the deal", "rejected the claim": words have no single doer to blame
        if named is not None and ev.event == "SUPPORT" and named.quad_code != MATERIAL_CONFLICT:
            continue  # "welcomed the pullout": praise of a good deed names no one; "backed the strikes" sides with their doer
        if named is not None:
            named = _telling_with_doer(named, ev, deeds, {r.code for r in targets})
        doers = [replace(a, inferred=True) for e in _tellings_of_one_deed(named, deeds) for a in e.actor
                 if a.code] if named is not None else []
        doers = list({a.code: a for a in reversed(doers)}.values())[::-1]
        if doers and (coup or _backs_a_protest(ev, named)
                      or not any(_judges_own_deed(a, d) for a in ev.actor if a.code for d in doers)):
            ev.recipient = doers
        elif not doers and targets and ev.event == "ACCUSE" and named is not None:
            # "Kosovo condemned the attack on the Macedonian police" after gunmen of no country attacked
            # them: the police were hit, not condemned, and a doer with no country leaves the target null
            ev.recipient = [r for r in ev.recipient if r not in targets]


_COUP_WORDS = lexicon_word_list("coup_words.txt")


def _called_a_coup(ev: EventMention, events: list[EventMention], text: str) -> bool:
    """"the ombudsman called the move a coup", "Arce called the revolt an attempted coup": a deed called an
    attack on the state from within (coup_words.txt) was done against the judge's state, even by its own
    agents, so the judge judges someone else."""
    if ev.event != "ACCUSE":
        return False
    words = {w.lower() for w in _WORD.findall(text, ev.trigger_end, _object_end(ev, events))}
    return bool(words & _COUP_WORDS)


# a response word and the preposition that names what it answers: "respond to", "revenge for"
_RESPONSE = re.compile(r"\b(?:" + "|".join(sorted(lexicon_word_list("response_words.txt")))
                       + r")\s+(?:to|for|against)\b", re.IGNORECASE)
# a response verb whose direct object names what it answers: "answer the strikes", "avenge the killing"
_RESPONSE_OBJECT = re.compile(r"\b(?:" + "|".join(sorted(lexicon_word_list("response_object_words.txt")))
                              + r")(?=\s+(?:the|this|that|these|those|its|their|his|her)\b)", re.IGNORECASE)


def _response_cue(text: str, start: int, end: int) -> re.Match | None:
    """The first response word between `start` and `end` with what names the deed it answers next."""
    found = [m for m in (_RESPONSE.search(text, start, end), _RESPONSE_OBJECT.search(text, start, end)) if m]
    return min(found, key=lambda m: m.start()) if found else None


# What a promise to send forces is sent as when it answers a request for them (intents.tsv `mission` row).
_SENDING_TYPES = frozenset({"MOBILIZE", "AID"})


# "marched to protest against the killings", "in protest at the arrest": what a protest is against
_PROTESTED = re.compile(r"\bprotest(?:s|ed|ing)?\s+(?:against|at|over)\b", re.IGNORECASE)


def aim_protests_at_doers(events: list[EventMention], text: str, lex: Lexicon) -> None:
    """"Thousands of Lebanese marched to protest against the killings": a protest against a deed told
    before is aimed at whoever did it (marked inferred), as a condemnation of it is; one with no deed
    named, or against a deed of the protesters' own country, stays aimed at their own government."""
    deeds = [e for e in events if not _intercepts(e, lex)]
    for ev in events:
        if ev.event != "PROTEST" or ev.polarity != "asserted":
            continue
        own = {a.code for a in ev.actor if a.code}
        if not own or any(r.code and r.code not in own for r in ev.recipient):
            continue
        said = _PROTESTED.search(text, ev.trigger_end, min(ev.sent_end, ev.trigger_end + NOUN_REACH))
        if said is None:
            continue
        named = _event_named_in(text, said.end(), min(ev.sent_end, said.end() + NOUN_REACH), lex, deeds,
                                ev.sent_start, last=False)
        if named is None or named.quad_code not in MATERIAL_QUADS:
            continue
        named = _telling_with_doer(named, ev, deeds, set())
        doers = list({a.code: replace(a, inferred=True) for a in named.actor if a.code and a.code not in own}.values())
        if doers:
            ev.recipient = doers


def promises_of_forces_asked_for(events: list[EventMention], lex: Lexicon) -> None:
    """"The government asked Australia and Malaysia on Wednesday to send troops. ... Malaysia said it would
    send 500 troops": a stated intent to send forces (read as a threat when no one's request is in sight)
    that a side asked the sender for before is a promise to help it (AGREE), as one told "at the
    government's request" is (examples/README.md, polarity)."""
    asked = {(a.code, r.code): e.sequence for e in events if e.event == "REQUEST" and e.polarity == "asserted"
             for a in e.actor for r in e.recipient if a.code and r.code and a.code != r.code}
    agree = lex.intents.get(("mission", "MOBILIZE"))
    if not asked or agree is None:
        return
    for ev in events:
        if ev.event != "THREATEN" or ev.polarity != "asserted" or not _promises_sending(ev, events):
            continue
        senders = {a.code for a in ev.actor if a.code}
        if any(sender == r and seq < ev.sequence for (_, r), seq in asked.items() for sender in senders):
            ev.event, ev.cameo, ev.quad_code, ev.mode = agree[0], agree[1], lex.quad.get(agree[0]), []


def _promises_sending(ev: EventMention, events: list[EventMention]) -> bool:
    """The threat is read off a forces-sending told, in its sentence, as still to come ("would send")."""
    return any(e.event in _SENDING_TYPES and e.polarity in {"future", "hypothetical"} and e.sent_start == ev.sent_start
               and e.trigger_start <= ev.trigger_end and ev.trigger_start <= e.trigger_end for e in events)


def aim_responses_at_doers(events: list[EventMention], text: str, lex: Lexicon) -> None:
    """"Ethiopia reserved the right to respond to the attack", "vowed revenge for the killing": a threat
    to answer a deed told before (response_words.txt), with no known target, is aimed at whoever did
    that deed (marked inferred)."""
    deeds = [e for e in events if not _intercepts(e, lex)]
    for ev in events:
        if ev.event != "THREATEN" or any(r.code for r in ev.recipient):
            continue
        said = _response_cue(text, ev.trigger_end, min(ev.sent_end, ev.trigger_end + NOUN_REACH))
        if said is None:
            continue
        end = min(ev.sent_end, said.end() + NOUN_REACH)
        own = {a.code for a in ev.actor if a.code}
        # one answers a deed done to oneself first: "the UAE reserved the right to respond to the attack"
        # is the attack on the UAE, not the coalition's raids told since
        suffered = [e for e in deeds if own & {r.code for r in e.recipient if not r.inferred}]
        named = (_event_named_in(text, said.end(), end, lex, suffered, ev.sent_start, last=True)
                 or _event_named_in(text, said.end(), end, lex, deeds, ev.sent_start, last=True))
        noun = _deed_noun_of(text[said.end() : end])
        if named is None and noun:
            named = (_last_deed_told_before(ev, suffered, text, noun)
                     or _last_deed_told_before(ev, deeds, text, noun))
        if named is None or named.quad_code not in MATERIAL_QUADS:
            continue
        named = _telling_with_doer(named, ev, deeds, set())
        doers = list({a.code: replace(a, inferred=True) for a in named.actor if a.code}.values())
        if doers and (_backs_a_protest(ev, named)
                      or not any(_judges_own_deed(a, d) for a in ev.actor if a.code for d in doers)):
            ev.recipient = doers


def _legal_action(ev: EventMention) -> bool:
    """"A court issued the warrant ... Washington condemned the warrant": a warrant or a charge is
    spoken, but a court or prosecutor issues it as a deed, and a judgement of it is aimed at them."""
    return "legal" in ev.context


def _tellings_of_one_deed(named: EventMention, deeds: list[EventMention]) -> list[EventMention]:
    """"French warplanes destroyed tanks, and U.S. and British ships fired missiles at air defences":
    deeds of one type told as done in one sentence against one country are one campaign, and "the
    bombing" judged later is aimed at all its doers (not at the police who killed the gunmen told
    beside the assassination)."""
    hit = {r.code for r in named.recipient if r.code}
    return [named] + [e for e in deeds if e is not named and e.sent_start == named.sent_start
                      and e.event == named.event and e.polarity == named.polarity == "asserted"
                      and hit & {r.code for r in e.recipient if r.code}]


def _names_a_situation(phrase: str) -> bool:
    """"the violence", "the bloodshed in Cali": the judged words' first noun names a situation; so does
    the noun of an "of" phrase on it ("the use of violence against protesters", not "the scale of the
    bombing")."""
    words = [w for w in _WORD.findall(phrase.lower()) if w not in _DETERMINERS]
    heads = words[:1] + (words[2:3] if words[1:2] == ["of"] else [])
    return any(w in _SITUATION_NOUNS for w in heads)


# polarities of a deed not (yet) done, which no earlier telling can be
UNDONE = frozenset({"hypothetical", "future"})


def aim_retold_deeds_at_their_targets(events: list[EventMention], text: str, lex: Lexicon) -> None:
    """"Iran denied any role in the attacks", "India denied it played any part in the killing": an event
    noun that names a deed told in an earlier sentence, with no target of its own, was done to whom that
    telling names (marked inferred). Only deeds (material quads) told as done or denied: "would strike
    again" is a new deed; and only targets that telling names itself, not ones read off its place."""
    for ev in events:
        if ev.quad_code not in MATERIAL_QUADS or ev.polarity in UNDONE or any(r.code for r in ev.recipient):
            continue
        named = _event_named_in(text, ev.trigger_start, ev.trigger_end, lex, events, ev.sent_start, last=True)
        if named is None or named.event != ev.event:
            continue
        own = {a.code for a in ev.actor if a.code}
        targets = [r for r in named.recipient if r.code and r.code not in own and not r.inferred]
        targets = [replace(r, inferred=True) for r in targets]
        if targets:
            ev.recipient = targets


def _target_of_judged_deed(ev: EventMention, recipient, text: str, lex: Lexicon) -> bool:
    """"condemned the attack on Abu Dhabi": a side named after an event noun and a preposition of its
    target (target_prepositions.txt) is whom the judged deed hit, not the one judged."""
    if not ev.trigger_end <= recipient.start <= ev.trigger_end + NOUN_REACH:
        return False
    words = [w.lower() for w in _WORD.findall(text[ev.trigger_end : recipient.start])]
    if words and words[-1] in _DETERMINERS:
        words = words[:-1]
    return len(words) >= 2 and words[-1] in _TARGET_PREPOSITIONS and bool(_noun_types(words[-2], lex))


def _telling_with_doer(named: EventMention, ev: EventMention, deeds: list[EventMention],
                       targets: set[str]) -> EventMention:
    """The telling of the judged deed that names its doer. "the attack on Abu Dhabi" is the latest attack
    told on that target; "Missiles struck the capital" after "Russia fired missiles at Kyiv" retells the
    strike without its doer, so the telling just before that names one stands for it."""
    def fits(e: EventMention) -> bool:
        return (e.event == named.event and e.polarity == "asserted" and e.trigger_start < ev.sent_start
                and (not targets or bool(targets & {r.code for r in e.recipient})))
    if targets and not fits(named):
        on_target = [e for e in deeds if fits(e)]
        if not on_target:
            return named
        named = on_target[-1]
    if any(a.code for a in named.actor):
        return named
    told = [e for e in deeds if fits(e) and e.trigger_start < named.trigger_start
            and e.sequence >= named.sequence - LATER_SENTENCES and any(a.code for a in e.actor)
            and _may_retell(named, e)]
    return told[-1] if told else named


def _may_retell(later: EventMention, earlier: EventMention) -> bool:
    """Whether `later` may retell `earlier` without its doer: not when `later` names a target the other
    does not hit ("gunmen shot the president" is not "police killed four suspects" told again)."""
    targets = {r.code for r in later.recipient if r.code}
    return not targets or bool(targets & {r.code for r in earlier.recipient})


def _backs_a_protest(ev: EventMention, named: EventMention | None) -> bool:
    """"Morales, who backed the protests": backing a protest sides with the protesters, who are most often
    the backer's compatriots; that is no state approving its own deed."""
    return ev.event == "SUPPORT" and named is not None and named.event == "PROTEST"


def _own_deed(ev: EventMention, deed: EventMention) -> bool:
    """Whether every coded doer of `deed` is one of `ev`'s actors acting on its own deed."""
    return all(any(_judges_own_deed(a, d) for a in ev.actor if a.code) for d in deed.actor if d.code)


def _own_coded_deed(ev: EventMention, deed: EventMention) -> bool:
    """Whether `deed` names a doer and every doer it names is one of `ev`'s actors acting on its own deed."""
    return any(a.code for a in deed.actor) and _own_deed(ev, deed)


def _judges_own_deed(judge, doer) -> bool:
    """A state does not accuse itself ("Israel defended the strike" is no judgement of Israel); one who does
    not speak for the state (an opposition leader, a rights group) may condemn its own country's police."""
    return (judge.code == doer.code and (judge.sector in STATE_SECTORS or judge.sector is None
                                         or doer.sector not in STATE_SECTORS)
            and not _other_branch(judge, doer) and not _judges_compatriot_group(judge, doer))


def _judges_compatriot_group(judge, doer) -> bool:
    """"Rebels killed 20 villagers ... the government condemned the attack", "a separatist envoy condemned
    the hostage-taking": a deed of a group outside the state (rebels, a party, a mob) judged by anyone but
    that group, or a body of its own kind, judges someone else, however close their country."""
    if doer.sector is None or doer.sector in STATE_SECTORS or judge.sector == doer.sector:
        return False
    return not (judge.identifier_text and doer.identifier_text
                and judge.identifier_text.lower() == doer.identifier_text.lower())


def _other_branch(judge, doer) -> bool:
    """"Lawmakers voted to remove the president, who called the vote a coup": the government judging a deed
    of its state's legislature or courts, or they judging the government's, judges someone else."""
    return {judge.sector, doer.sector} in ({"GOV", "LEG"}, {"GOV", "JUD"})


# Sentences back that an interception looks for the attack whose weapons it downed.
FIRED_REACH = 5


def aim_interceptions_at_firers(events: list[EventMention], lex: Lexicon) -> None:
    """"Syrian air defences shot down most of the missiles": the weapons downed are those an attack told
    before fired, so an attack on nothing but weapons is aimed at whoever fired them (marked inferred).
    Run after the judgements are aimed, which must still see the interception's weapons."""
    for ev in events:
        if not _intercepts(ev, lex):
            continue
        own = {a.code for a in ev.actor if a.code}
        fired = [e for e in events if e.event == "ASSAULT" and e.polarity == "asserted" and not _intercepts(e, lex)
                 and e.trigger_start < ev.trigger_start and e.sequence >= ev.sequence - FIRED_REACH
                 and any(a.code and a.code not in own for a in e.actor)]
        if fired:
            ev.recipient = [replace(a, inferred=True) for a in fired[-1].actor if a.code and a.code not in own]


# What a downed weapon is as an actor word: nothing, or a drone (MIL); "killed a number of terrorists" (REB)
# names people, though "terrorist" is a weapon word for "a terrorist bombing"
WEAPON_SECTORS = frozenset({None, "MIL"})


def _intercepts(ev: EventMention, lex: Lexicon) -> bool:
    """An attack whose every target is a weapon of no named country ("shot down 43 of the 84 missiles", "intercepted
    the drones"): a defence against an attack, not the attack a later "the strike" names."""
    return (ev.event == "ASSAULT" and bool(ev.recipient)
            and all((r.code is None or r.inferred) and r.sector in WEAPON_SECTORS and _names_weapon(r.entity_text, lex)
                    for r in ev.recipient))


def _names_weapon(phrase: str, lex: Lexicon) -> bool:
    words = _WORD.findall(phrase.lower())
    if not words:
        return False
    head = words[-1]
    return any(form in lex.weapon_words for form in (head, head[:-1] if head.endswith("s") else head))


# What a rejection answers by naming it ("denied the charges", "rejected the calls"): an accusation or a demand;
# or a measure imposed ("rejected the measures", "voted to block the decree"), which answers whoever imposed it.
ANSWERED_TYPES = frozenset({"ACCUSE", "REQUEST"})
MEASURE_TYPES = frozenset({"COERCE", "SANCTION"})


# A rejection told with a "that" clause states what did not happen ("denied that its troops had fired")
_DENIED_CLAUSE = re.compile(r"\s+that\b", re.IGNORECASE)


def _aim_rejection_at_accusers(ev: EventMention, events: list[EventMention], text: str, lex: Lexicon) -> None:
    """"Saudi Arabia and the UAE accused Qatar of backing terrorism. Doha denied the charges.", "The EU
    demanded his release. Moscow rejected the calls.": a rejection of an accusation or a demand told just
    before answers whoever made it (marked inferred)."""
    if any(r.code for r in ev.recipient):
        return
    if not ev.recipient and _DENIED_CLAUSE.match(text, ev.trigger_end):
        return  # "denied that Moscow had any role in the attack": the deed denied, not an answer to its accusers
    told_on = [] if ev.recipient else _noun_the_rejection_is_told_on(ev, text)
    spans = [(r.start, r.end) for r in ev.recipient] or told_on or [(ev.trigger_end, _object_end(ev, events))]
    # the noun a relative clause is on names what was told before it, in its own sentence too
    before = told_on[0][0] if told_on else ev.sent_start
    own = {a.code for a in ev.actor if a.code}
    # only what the rejection can answer is a candidate: "the charge" is the accusation told just
    # before, not an older one told with the word ("a warrant on charges of war crimes")
    answerable = [e for e in events if e.sequence >= ev.sequence - LATER_SENTENCES
                  or (e.event == "ACCUSE" and _aimed_at(e, own))]
    answerable = _accusations_against_the_rejecter_only(ev, answerable)
    if not any(_event_named_in(text, start, end, lex, answerable, before, last=True) for start, end in spans):
        claimants = (_claimants_answered(ev, events, text, spans, lex) or _makers_of_deed_rejected(ev, events, text, spans, lex)
                     or _accusers_earlier_in_its_sentence(ev, events, own))
        if claimants:
            ev.recipient = claimants
        return
    for start, end in spans:
        named = _event_named_in(text, start, end, lex, answerable, before, last=True)
        if named is None:
            continue
        if named.event not in ANSWERED_TYPES | MEASURE_TYPES and not _offer_rejected(named, text, start, end, lex):
            return
        # told just before; an accusation against the rejecter however far back it was told
        if named.sequence < ev.sequence - LATER_SENTENCES and not (named.event == "ACCUSE" and _aimed_at(named, own)):
            return
        if named.event in MEASURE_TYPES:
            # "the premiers rejected the measures": a measure is often opposed at home, by others than its maker
            makers = {a.identifier_text for a in ev.actor}
            accusers = [replace(a, inferred=True) for a in named.actor if a.code and a.identifier_text not in makers]
        else:
            # one's own countrymen may accuse one ("the ruling party blamed the opposition ... the
            # opposition leader rejected the charge"): a domestic accusation is answered at home
            domestic = bool(own & {r.code for r in named.recipient})
            makers = {a.identifier_text for a in ev.actor}
            accusers = [replace(a, inferred=True) for a in named.actor if a.code
                        and (a.code not in own or domestic and a.identifier_text not in makers)]
        if accusers:
            ev.recipient = accusers
        return


def _offer_rejected(named: EventMention, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """"Hamas offered a truce ... Israel rejected the offer": a rejected offer or proposal (request_nouns.txt)
    that names an offer told before answers whoever made it, as a rejected demand does."""
    if named.event != "AGREE":
        return False
    words = {w.group().lower() for w in _WORD.finditer(text, start, end)}
    return bool(words & lex.request_nouns)


# "..., a charge the party denied": a short noun phrase set off by a comma, right before the rejecter
_NOUN_BEFORE_RELATIVE = re.compile(r"(?:^|[,;:]\s*)((?:a|an|the|this|that|these|those)\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)"
                                   r"\s+(?:(?:which|that)\s+)?(?:(?:the|his|her|its|their)\s+)?$", re.IGNORECASE)


def _accusations_against_the_rejecter_only(ev: EventMention, events: list[EventMention]) -> list[EventMention]:
    """"Police charged two students with sedition. The government accuses Okello of paying for the riots.
    Okello denied the charge.": one denies the charge made against oneself. When an accusation
    told before names the rejecter (the same person or body) as its target, other accusations (against
    others) are not what the rejection answers."""
    names = {a.identifier_text for a in ev.actor if a.identifier_text}
    against = [e for e in events if e.event == "ACCUSE" and names & {r.identifier_text for r in e.recipient}]
    if not against:
        return events
    return [e for e in events if e.event != "ACCUSE" or e in against]


def _noun_the_rejection_is_told_on(ev: EventMention, text: str) -> list[tuple[int, int]]:
    """"accused the party of organising the killings, a charge the party denied": a rejection told in a
    relative clause with no object of its own rejects the noun the clause is on, which stands right
    before its rejecter."""
    before = [a.start for a in ev.actor if ev.sent_start <= a.start < ev.trigger_start]
    if not before:
        return []
    m = _NOUN_BEFORE_RELATIVE.search(text, ev.sent_start, min(before))
    if m is None or m.end() != min(before):
        return []
    return [m.span(1)]


def _makers_of_deed_rejected(ev: EventMention, events: list[EventMention], text: str, spans: list,
                             lex: Lexicon) -> list:
    """"The government revoked Brazil's permission ... Brazil rejected the move": a rejection of a deed
    named only by a noun of any deed (deed_nouns.txt) answers whoever did the last deed told before it
    (marked inferred), not the rejecter itself."""
    nouns = [w for start, end in spans for w in [_deed_noun_of(text[start:end])] if w]
    if not nouns:
        return []
    named = _last_deed_told_before(ev, [e for e in events if not _intercepts(e, lex)], text, nouns[0])
    own = {a.code for a in ev.actor if a.code}
    return [replace(a, inferred=True) for a in (named.actor if named else []) if a.code and a.code not in own]


def _claimants_answered(ev: EventMention, events: list[EventMention], text: str, spans: list, lex: Lexicon) -> list:
    """"Zuniga told reporters that Arce had asked him to stage the revolt. The government denied the
    claim.": a rejection of a claim (content_nouns.tsv) that names no event answers whoever claimed the
    deeds told just before (their `claimed_by`), not the rejecter itself."""
    words = {w.lower().rstrip("s") for start, end in spans for w in re.findall(r"[A-Za-z]+", text[start:end])}
    if not words & {w for w in lex.content_nouns if lex.content_nouns[w] == "hypothetical"}:
        return []
    own = {a.identifier_text for a in ev.actor}
    # a speaker is coded as a side of the events where it acts or is acted on ("Zuniga" as the one asked)
    codes = {x.identifier_text: x.code for e in events for x in e.actor + e.recipient if x.code and x.identifier_text}
    told = [e for e in events if ev.sequence - 1 <= e.sequence <= ev.sequence and e.trigger_start < ev.trigger_start]
    for e in reversed(told):
        claimants = [replace(c, code=c.code or codes.get(c.identifier_text), inferred=True)
                     for c in e.attribution.get("claimed_by", []) if isinstance(c, Entity) and c.identifier_text not in own]
        claimants = [c for c in claimants if c.code]
        if claimants:
            return claimants
    return []


def _accusers_earlier_in_its_sentence(ev: EventMention, events: list[EventMention], own: set[str]) -> list:
    """"The opposition blamed Damascus, which has denied any part in the killing": a rejection by the side
    an accusation of its own sentence was aimed at answers that accusation's makers (marked inferred)."""
    accusations = [e for e in events if e.event == "ACCUSE" and e.polarity == "asserted" and e.sent_start == ev.sent_start
                   and e.trigger_start < ev.trigger_start and _aimed_at(e, own)]
    if not accusations:
        return []
    # "Generals blamed Chavez ..., which Chavez denied": a compatriot who accused the rejecter by name is
    # answered too, as a domestic accusation is answered at home
    names = {a.identifier_text for a in ev.actor if a.identifier_text}
    named_by_it = bool(names & {r.identifier_text for r in accusations[-1].recipient})
    return [replace(a, inferred=True) for a in accusations[-1].actor
            if a.code and (a.code not in own or named_by_it and a.identifier_text not in names)]


def _aimed_at(ev: EventMention, codes: set[str]) -> bool:
    """"Trudeau accused agents of the Indian government ... (five sentences on) India rejected the
    accusations": an accusation made against the rejecter is the one it answers, however far back."""
    return bool(codes & {r.code for r in ev.recipient if r.code})


def _judged_event(ev: EventMention, unknown: list, events: list[EventMention], text: str,
                  lex: Lexicon, targets: list = (), own_too: bool = False) -> EventMention | None:
    """The earlier event a judgement is about: "it" is the last deed told just before; else an event
    noun in its object ("denounced the strike")."""
    if any(r.entity_text.lower() in _IT for r in unknown):
        earlier = [e for e in events if e.trigger_start < ev.sent_start and e.polarity == "asserted"
                   and e.quad_code == 4 and e.sequence >= ev.sequence - 2]
        return earlier[-1] if earlier else None
    # a target's event noun stands before it: "the attack on Abu Dhabi"
    spans = ([(ev.trigger_end if r in targets else r.start, r.end) for r in unknown]
             or [(start, _before_what_it_is_called(text, start, _object_end(ev, events)))
                 for start in [_past_what_the_judge_called_it(text, ev.trigger_end)]])
    for start, end in spans:
        named = _event_named_in(text, start, end, lex, events, ev.sent_start, last=True,
                                judged=ev.event == "ACCUSE")
        if named is not None:
            return named
    deeds = [w for start, end in spans for w in [_deed_noun_of(text[start:end])] if w]
    if deeds:
        return _last_deed_told_before(ev, events, text, deeds[0], own_too)
    return None


def _deed_noun_of(phrase: str) -> str | None:
    """"the move", "the vote", "the decision" (deed_nouns.txt): the judged words' first noun, when it names
    a deed of whatever type, not an event noun of its own."""
    every = _WORD.findall(phrase.lower())
    # "refused to move against the crowds": a word right after "to" is a verb, no deed named
    words = [w for i, w in enumerate(every) if w not in _DETERMINERS | {"to", "for", "against"}
             and not (i and every[i - 1] == "to")]
    # "the move", "this illegal act": the noun comes first, or after a modifier or two
    return next((w for w in words[:3] if w in _DEED_NOUNS), None)


def _last_deed_told_before(ev: EventMention, events: list[EventMention], text: str, noun: str,
                          own_too: bool = False) -> EventMention | None:
    """The last deed (a material quad) told as done, with a coded doer, before the judgement's sentence:
    what "the move" judged names (a reaction told paragraphs below the deed it judges). One told with the
    noun's own verb before it in its sentence comes first: "the vote" is what was "voted" ("voted to
    remove the president")."""
    # "ECOWAS suspended Burkina Faso ... The AU condemned the takeover": one's own deed is not what one
    # judges, rejects or answers (a deed of another branch of one's state is: "called the vote a coup")
    told = [e for e in events if e.trigger_start < ev.sent_start and e.polarity == "asserted"
            and e.quad_code in MATERIAL_QUADS and any(a.code for a in e.actor) and (own_too or not _own_deed(ev, e))]
    stem = noun[:-1] if noun.endswith("e") else noun
    by_verb = [e for e in told if re.search(r"\b" + stem + r"(?:e|es|ed|ing|s)\b",
                                            text[e.sent_start : e.trigger_end], re.IGNORECASE)]
    return (by_verb or told)[-1] if told else None


# "called the strikes a flagrant violation", "condemned the attack as cowardly": what the judged deed is
# called begins at its article or "as"
_WHAT_IT_IS_CALLED = re.compile(r"\w[^,;]*?\s(?=(?:a|an|as)\s)", re.IGNORECASE)


def _object_end(ev: EventMention, events: list[EventMention]) -> int:
    """Where the words a judgement or a rejection is about end: at its clause's end, near its verb, and
    before a co-ordinated act of the same doer ("condemned the warrant and threatened new sanctions":
    the sanctions are the doer's own next act, not the deed judged)."""
    end = min(ev.clause_end, ev.trigger_end + NOUN_REACH)
    doers = {a.identifier_text for a in ev.actor}
    own_next = [e.trigger_start for e in events if e.sent_start == ev.sent_start and e is not ev
                and ev.trigger_end < e.trigger_start < end and doers
                and doers == {a.identifier_text for a in e.actor}]
    return min(own_next, default=end)


# "condemned what she called a vile attack": the judged deed is named by the judge's own words for it
_WHAT_THE_JUDGE_CALLED_IT = re.compile(r"\s*what\s+(?:he|she|it|they|we)\s+(?:called|termed|described\s+as)\s+",
                                       re.IGNORECASE)


def _past_what_the_judge_called_it(text: str, start: int) -> int:
    """Where the judged deed's words begin after a judgement: past "what she called" ("condemned what
    she called a vile attack"), whose object is no deed, to the words that name it."""
    m = _WHAT_THE_JUDGE_CALLED_IT.match(text, start)
    return m.end() if m else start


def _before_what_it_is_called(text: str, start: int, end: int) -> int:
    """The end of the judged deed's words after a judgement: the span stops where what the deed is
    called begins ("the strikes" of "called the strikes a flagrant violation of international law"),
    so that the name given to the deed ("violation") is not read as the deed."""
    m = _WHAT_IT_IS_CALLED.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)
    return m.end() if m else end


def _link_at(cue: Cue, m: re.Match, sentence_events: list[EventMention], events: list[EventMention],
             text: str, lex: Lexicon) -> None:
    before = [e for e in sentence_events if e.trigger_end <= m.start()]
    after = [e for e in sentence_events if e.trigger_start >= m.end()]
    if not before and _link_fronted(cue, m, sentence_events, events, text, lex):
        return
    # the event whose clause holds the cue; among several, one told as having happened ("said it would
    # withdraw the bill after protests": the statement, not the withdrawal), one with a known actor
    holding = [e for e in before if e.clause_start <= m.start() < e.clause_end]
    if not holding:
        # "called on France to withdraw ..., a day after Paris announced ...": a cue set off by a comma
        # right after a clause dates that clause, however the parser hung it
        holding = [e for e in before if _ADJOINED.match(text[e.clause_end : m.start()])]
    if before and not holding:
        return  # "..., Trump told reporters after the meeting": the cue is in a clause no event is told in
    holding = _without_promises_told_by_others(holding)
    if cue.event_only and holding and min(holding, key=lambda e: e.clause_end - e.clause_start).polarity != "asserted":
        return  # "must accept the reforms before they demobilize": a condition, no sequence of deeds
    told = max(holding, key=lambda e: (e.polarity == "asserted", any(a.code for a in e.actor), e.trigger_end),
               default=None)
    if told is None:  # "The strike came days after ...": the subject names an event told earlier
        sent_start = sentence_events[0].sent_start
        told = _event_named_in(text, sent_start, m.start(), lex, events, sent_start, last=True)
    if told is None:
        return
    if cue.same_type:
        # only intransitive: "urged them to follow the ceasefire" is compliance, not sequence
        introduced = _last_of_its_type(told, events) if _CLAUSE_END.match(text, m.end()) else None
    elif cue.noun_only:
        introduced = _noun_right_after(sentence_events, m.end(), told, text, lex)
    elif cue.type == "aims_to_prevent" or cue.event_only:
        # what a deed aims to prevent has not happened: it is told after the cue, never an earlier event;
        # "before the summit" names what was still to come, not an event told earlier; "must agree before
        # they disarm" sets a condition, and only a deed told as done comes after another
        introduced = _first_after(after, m.end(), told, text)
        if cue.event_only and introduced is not None and introduced.polarity != "asserted":
            introduced = None
    else:
        introduced = (_first_after(after, m.end(), told, text) or _named_event(m.end(), text, lex, events, told)
                      or _attack_on_person(m.end(), told, events, text))
    if introduced is None or introduced is told:
        return
    later, earlier = (told, introduced) if cue.forward else (introduced, told)
    _add_link(later, earlier, cue, m)


def _without_promises_told_by_others(holding: list[EventMention]) -> list[EventMention]:
    """"The party said it would withdraw the bill after protests": the party's own promise is what the
    text tells as done, so the cue hangs on it. "The president will resign, the speaker said, after
    protests": the promise read off the future deed was never told in the president's words; the cue
    hangs on the deed the speaker reports."""
    deeds = {e.trigger_start: e for e in holding if not e.derived}
    return [e for e in holding
            if not (e.derived and e.trigger_start in deeds and _told_by_another(deeds[e.trigger_start]))]


def _told_by_another(deed: EventMention) -> bool:
    """Someone asserts the deed who is neither its doer nor speaks for the doer's sector of its country."""
    speakers = deed.attribution.get("claimed_by", [])
    return bool(speakers) and not any(_speaks_for(s, a) for s in speakers for a in deed.actor)


def _speaks_for(speaker, actor) -> bool:
    if speaker.identifier_text and actor.identifier_text and speaker.identifier_text.lower() == actor.identifier_text.lower():
        return True
    return speaker.code is not None and (speaker.code, speaker.sector) == (actor.code, actor.sector)


# between a clause's end and a cue that adjoins it: a comma, and a word at most ("..., two days after")
_ADJOINED = re.compile(r"(?i)\s*,\s*(?:(?!(?:and|but|or|while|yet|whereas)\b)[\w-]+\s+)?$")

def _link_fronted(cue: Cue, m: re.Match, sentence_events: list[EventMention], events: list[EventMention],
                  text: str, lex: Lexicon) -> bool:
    """"After two days of talks, the two sides agreed ...", "In a document signed after hours of talks,
    the leader committed ...": a cue in the phrase that opens the sentence introduces what stands before
    the first comma, and the event it answers or follows is the main clause's. Only a forward cue (a
    preposition: "after", "in response to"); "Prompted by ..." reads the other way."""
    sent_start, sent_end = sentence_events[0].sent_start, sentence_events[0].sent_end
    lead = text[sent_start : m.start()]
    lead_start = sent_start + dateline_end(lead)  # a dateline before the first words ("BAMAKO, Feb 18 (Wire) - ")
    if not cue.forward or cue.noun_only or "," in text[lead_start : m.start()]:
        return False
    if _event_named_in(text, lead_start, m.start(), lex, events, sent_start, last=True) is not None:
        return False  # "The aerial clash came a day after ...": the subject names the later event
    comma = text.find(",", m.end(), sent_end)
    main = [e for e in sentence_events if comma >= 0 and e.trigger_start > comma]
    if not main:
        return False
    # the main clause's event, not one of a relative clause ("After the attack, in which militants killed
    # three soldiers, the army launched raids"): told as having happened, with the widest clause
    told = max(main, key=lambda e: (e.polarity == "asserted", e.clause_end - e.clause_start, -e.trigger_start))
    inner = [e for e in sentence_events if m.end() <= e.trigger_start < comma]
    introduced = min(inner, key=lambda e: e.trigger_start, default=None)
    if introduced is None and not cue.event_only and cue.type != "aims_to_prevent":
        introduced = _event_named_in(text, m.end(), comma, lex, events, sent_start, last=False, told=told)
    if introduced is not None and introduced is not told:
        later, earlier = (told, introduced) if cue.forward else (introduced, told)
        _add_link(later, earlier, cue, m)
    return True


# where a new clause of its own begins: "suspended the fare rise after a wave of riots, but the army
# imposed a curfew" (the curfew is no event the cue introduces)
_NEW_CLAUSE = re.compile(r"(?i),\s*(?:but|while|whereas|although|though|yet|and)\b|;")


def _first_after(events: list[EventMention], position: int, told: EventMention, text: str) -> EventMention | None:
    near = [e for e in events if e.trigger_start - position <= NOUN_REACH and e.event_text != told.event_text
            and not _NEW_CLAUSE.search(text, position, e.trigger_start)]
    return min(near, key=lambda e: e.trigger_start, default=None)


# nothing but the end of the clause after an intransitive cue ("more attacks could follow.")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


def _last_of_its_type(told: EventMention, events: list[EventMention]) -> EventMention | None:
    """"more attacks on Saudi Arabia could follow", "further sanctions will follow": a cue that
    introduces nothing says the event follows those of its kind told before it, the latest one
    told as having happened."""
    earlier = [e for e in events if e.event == told.event and e.trigger_end <= told.sent_start and e.polarity == "asserted"]
    return max(earlier, key=lambda e: e.trigger_start, default=None)


def _noun_right_after(events: list[EventMention], position: int, told: EventMention, text: str,
                      lex: Lexicon) -> EventMention | None:
    """"sanctions over Ankara's military offensive": an event noun a few words after the cue, after a
    conflictual event only ("talks over the ceasefire" name a topic, not a cause)."""
    if told.quad_code not in CONFLICT_QUADS:
        return None
    for ev in sorted(events, key=lambda e: e.trigger_end):
        # the noun ends the event's words, which may begin before the cue ("imposed sanctions ... over its invasion")
        head = _WORD.findall(text[ev.trigger_start : ev.trigger_end])[-1:]
        head_start = ev.trigger_end - len(head[0]) if head else ev.trigger_start
        if ev is told or head_start < position:
            continue
        between = _WORD.findall(text[position:head_start])
        if len(between) < NOUN_ONLY_REACH and _noun_types(head[0].lower(), lex):
            return ev
    return None


def _named_event(position: int, text: str, lex: Lexicon, events: list[EventMention], told: EventMention) -> EventMention | None:
    """"in retaliation for the strike": the event noun after the cue names an event of its type told
    earlier; "after two nights of mass protests": else one told in the next sentences."""
    end = min(told.sent_end, position + NOUN_REACH)
    return _event_named_in(text, position, end, lex, events, told.sent_start, last=False, told=told)


def _event_named_in(text: str, start: int, end: int, lex: Lexicon, events: list[EventMention], before: int,
                    last: bool, told: EventMention | None = None, judged: bool = False) -> EventMention | None:
    """The event told before `before` that an event noun in text[start:end] names (the first such
    noun, or with `last` the last one). With the `told` event the noun was introduced by, else an
    event told after it that is not dated after it: in the next sentences for an event noun, anywhere
    for an actor's statement ("in retaliation for a Canadian statement")."""
    every = [w.group() for w in _WORD.finditer(text, start, end)]
    words = every if last else every[:5]
    order = range(len(words) - 1, -1, -1) if last else range(len(words))
    for i in order:
        word = words[i].lower()
        if not words[i][0].islower() or word in _DETERMINERS:
            continue
        modifiers = words[max(0, i - 2) : i]
        if _needs_a_modifier_not_there(word, modifiers, lex):
            continue
        actor = _modifier_code(modifiers)
        types = _noun_types(word, lex, following=every[i + 1 : i + 6])
        if types:
            # "the siege" names what was "besieged", whatever type that deed was coded as
            told_in = _deeds_told_in_a(word, text, events, before) if judged else []
            lede = _lede_deeds(word, modifiers, events, lex) if judged else []
            named = [e for e in events if e.event in types or _told_as_verb_of(e, word)
                     or any(e is t for t in told_in + lede)]
            reach = LATER_SENTENCES
        elif word in _STATEMENT_NOUNS and actor is not None:
            told_in = lede = []
            named = [e for e in events if e.quad_code in VERBAL_QUADS and actor in {a.code for a in e.actor}]
            reach = len(text)  # the statement an actor's reaction answers is often told as background, far below
        else:
            continue
        if any(w.lower() in _NOT_YET for w in modifiers):
            return None
        earlier = [e for e in named if e.trigger_start < before]
        if not earlier and types:
            # "expelled 23 diplomats ... called the expulsions a provocation": a noun whose bare reading
            # is another type ("expulsion" of people) names the deed told before in one of its readings
            earlier = [e for e in events if e.trigger_start < before and e.event in _reading_types(word, lex)]
        if earlier:
            victims = _target_stems(every[i + 1 : i + 5]) if judged else set()
            return _most_likely_named(earlier, word, actor, judged, told_in, victims, lede)
        if told is None:
            return None
        # "a day after Paris announced the end of its campaign": what came before is the announcement;
        # the deed it announces may be due after
        announced = any(w.lower() in load_speech_verbs().forms for w in modifiers)
        later = [e for e in named if e.trigger_start >= told.sent_end and e.sequence <= told.sequence + reach
                 and (announced or not _dated_after(e, told))]
        # "after a wave of riots": the riots told below ("overnight riots"), before any other protest
        return min(later, key=lambda e: (not _told_with_noun(e, word), e.trigger_start), default=None)
    return None


def _in_a_noun(noun: str) -> re.Pattern:
    stem = noun[:-1] if noun.endswith("s") else noun
    return re.compile(r"\b(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?"
                      + re.escape(stem) + r"(?:s|es)?\b", re.IGNORECASE)


def _deeds_told_in_a(noun: str, text: str, events: list[EventMention], before: int) -> list[EventMention]:
    """"Guerrillas killed three soldiers and seized two more in a cross-border raid": the deeds a sentence
    told as done "in a raid" are what "the raid" names later, whatever type the bare noun has ("raid"
    alone reads as a police raid)."""
    out = []
    for m in _in_a_noun(noun).finditer(text, 0, before):
        told = [e for e in events if e.sent_start <= m.start() < e.sent_end and e.trigger_end <= m.start()
                and e.quad_code in MATERIAL_QUADS]
        # the deeds of the doer told last before the noun ("a day after guerrillas killed ... in a raid"),
        # not an earlier clause's deed by another
        doers = [_doer_codes(e) for e in told[-1:]]
        out += [e for e in told if [_doer_codes(e)] == doers and not any(e is o for o in out)]
    return out


def _lede_deeds(noun: str, modifiers: list[str], events: list[EventMention], lex: Lexicon) -> list[EventMention]:
    """"Moscow condemned the attack" paragraphs below a later, smaller attack: a bare "the attack" (or "the
    raid") in a reaction names the deed the story leads with, told in its first sentence, in any reading of
    the noun; a modifier ("the latest attack", "Libya's attack") names another."""
    if [w.lower() for w in modifiers[-1:]] != ["the"]:
        return []
    readings = _reading_types(noun, lex)
    told = [e for e in events if e.sequence == 0 and e.polarity == "asserted" and e.quad_code == MATERIAL_CONFLICT]
    # the first deed told is the one the story leads with ("gunmen attacked ... and police shot them dead"); one
    # of no known doer ("Gunmen stormed the mall") is named by its later telling with one
    return [e for e in told[:1] if e.event in readings and _doer_codes(e)]


def _doer_codes(ev: EventMention) -> set[str]:
    return {a.code for a in ev.actor if a.code}


def _needs_a_modifier_not_there(word: str, modifiers: list[str], lex: Lexicon) -> bool:
    """"condemned the raid in a speech": "in" is an event noun only as "sit-in" (a row that needs the
    modifier "sit"). A word whose every noun reading needs a modifier, with none of them just before it,
    names no event; read as one, it hid the event noun before it ("the raid")."""
    for lemma in (word, word[:-1] if word.endswith("s") else word):
        readings = lex.candidates(lemma, "NOUN")
        if readings:
            before = {w.lower() for w in modifiers}
            return all(r.objects for r in readings) and not any(r.objects & before for r in readings)
    return False


def _reading_types(word: str, lex: Lexicon) -> set[str]:
    """Every type a noun may name, with or without the modifier its rows ask for."""
    for lemma in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
        readings = lex.candidates(lemma, "NOUN")
        if readings:
            return {t.type for t in readings}
    return set()


def _dated_after(ev: EventMention, other: EventMention) -> bool:
    return (ev.date_precision == other.date_precision == "day" and ev.date is not None and other.date is not None
            and ev.date > other.date)


def _most_likely_named(candidates: list[EventMention], noun: str, actor_code: str | None,
                       judged: bool = False, told_in: list[EventMention] = (),
                       victims: set[str] = frozenset(), lede: list[EventMention] = ()) -> EventMention:
    """Which told event "the attack" names: an asserted one; with "Iran's attack" or "the Iranian
    attack", one Iran did to another party; one told as "carried out a strike"; else the latest.
    Two records of one telling ("A and B held talks") stand for it by the first. A noun of one kind of
    deed ("the hostage-taking", "the shelling") names a deed of that kind before any other of its type."""
    kinds = _kinds_named(noun, load_lexicon())
    def rank(ev: EventMention) -> tuple:
        codes = {a.code for a in ev.actor if a.code}
        by_named_actor = actor_code is not None and actor_code in codes
        on_another = by_named_actor and not codes >= {r.code for r in ev.recipient if r.code}
        # "Putin condemned the attack": the strikes, not the shooting down of their missiles
        # "France condemned the killing": the deed told with a victim named with its country (the
        # governor shot dead), not the police's killing of suspects or storming of a compound; of two,
        # the one told with its doer
        # "killed three soldiers in a cross-border raid ... condemned the raid": the deed the noun was first told of
        return (ev.polarity == "asserted", not _intercepts(ev, load_lexicon()), by_named_actor, on_another,
                any(ev is e for e in told_in), _hits_the_victims(ev, victims),
                bool(kinds & set(ev.mode)), judged and _hits_a_named_side(ev), any(ev is e for e in lede),
                _told_as_verb_of(ev, noun), judged and any(a.code for a in ev.actor), _told_with(ev, noun), ev.trigger_start)
    best = max(rank(ev) for ev in candidates)
    return next(ev for ev in candidates if rank(ev) == best)


STEM_LENGTH = 6  # letters two words share to be one word's forms ("peacekeepers", "peacekeeping")


def _target_stems(following: list[str]) -> set[str]:
    """"condemned the attack on the peacekeepers": the stems of the words that name the judged deed's target
    after a target preposition, which pick out the deed told with that target even when it has no country."""
    if not following or following[0].lower() not in _TARGET_PREPOSITIONS:
        return set()
    return {w.lower()[:STEM_LENGTH] for w in following[1:] if len(w) >= STEM_LENGTH and w.lower() not in _DETERMINERS}


def _hits_the_victims(ev: EventMention, victims: set[str]) -> bool:
    """The deed is told with a target named by the judgement's words ("a French peacekeeping base")."""
    return bool(victims) and any(w.lower()[:STEM_LENGTH] in victims for r in ev.recipient
                                 for w in _WORD.findall(r.entity_text))


def _kinds_named(noun: str, lex: Lexicon) -> set[str]:
    """The modes the bare readings of an event noun carry: "hostage-taking" is an abduction, "the shelling"
    an attack with heavy weapons; "the attack" names no kind."""
    for lemma in (noun, noun[:-1] if noun.endswith("s") else noun):
        readings = [t for t in lex.candidates(lemma, "NOUN") if not t.objects]
        if readings:
            return {t.mode for t in readings if t.mode}
    return set()


def _hits_a_named_side(ev: EventMention) -> bool:
    """The deed is told with a target the text names with another country than the doer's (not one read
    off the place): "the Nigerien governor" shot by gunmen, not "two suspects" Malian soldiers killed."""
    doers = {a.code for a in ev.actor if a.code}
    return any(r.code and not r.inferred and r.code not in doers for r in ev.recipient)


def _modifier_code(words: list[str]) -> str | None:
    """The actor an event noun's modifier names: "Iran's", "Iranian", "Ankara's"."""
    kb = load_kb()
    for word in reversed(words):
        name = re.sub(r"'s?$", "", word)
        if name[:1].isupper():
            entry = kb.lookup(name)
            if entry is not None and entry.code:
                return entry.code
    return None


def _told_with(ev: EventMention, noun: str) -> bool:
    """The event is told with the noun in a longer phrase ("carried out a strike"): a bare noun as
    the whole trigger is more often a description ("the deadliest attack") than the telling."""
    stem = noun[:-1] if noun.endswith("s") else noun
    words = [w.lower() for text in ev.event_text for w in _WORD.findall(text)]
    return len(words) > 1 and any(w.startswith(stem) for w in words)


def _told_with_noun(ev: EventMention, noun: str) -> bool:
    """The event is told with the very noun ("overnight riots" for "a wave of riots")."""
    stem = noun[:-1] if noun.endswith("s") else noun
    return any(w.lower() in {stem, stem + "s", stem + "es"} for text in ev.event_text for w in _WORD.findall(text))


def _told_as_verb_of(ev: EventMention, noun: str) -> bool:
    """The event is told by a verb built on the noun: "besieged" for "the siege", "attacked" for
    "the attack" (the noun itself, bare or plural, is no verb)."""
    stem = noun[:-1] if noun.endswith("s") else noun
    if len(stem) < 5:
        return False
    words = [w.lower() for text in ev.event_text for w in _WORD.findall(text)]
    root = _verb_root(stem) or _root_of_plural_gerund(noun)
    return any((stem in w or (root and w.startswith(root))) and w not in {stem, stem + "s", stem + "es"}
               for w in words)


def _root_of_plural_gerund(noun: str) -> str | None:
    """"the killings" names the deed told as "killed", "the shootings" one told as "shot dead": a plural
    in -ings is a noun of deeds, never the participle that "the killing" may be ("killing civilians"),
    so its verb is plain (noun_suffixes.txt leaves "-ing" out for that reason)."""
    root = noun[:-4] if noun.endswith("ings") else ""
    return root if len(root) >= 4 else None


@lru_cache(maxsize=4096)  # a handful of deed nouns, asked about for every judgement
def _verb_root(noun: str) -> str | None:
    """The part of a noun made of a verb that the verb's forms share: "inva" of "invasion" ("invaded"),
    "seiz" of "seizure", "interve" of "intervention" ("intervened"); None for a noun with no such
    ending (noun_suffixes.txt) or too short a root to tell one verb from another."""
    suffix = next((s for s in sorted(lexicon_word_list("noun_suffixes.txt"), key=len, reverse=True)
                   if noun.endswith(s)), None)
    if suffix is None:
        return None
    root = noun[: -len(suffix)]
    root = root[: max(4, len(root) - 1)]  # the verb may drop or change the last letter: "occupa" -> "occup(ied)"
    return root if len(root) >= 4 else None


def _attack_on_person(position: int, told: EventMention, events: list[EventMention], text: str) -> EventMention | None:
    """"to avenge General Soleimani": the attack the article tells on the person named after the cue."""
    window = text[position : position + NOUN_REACH].split(",")[0]
    for ev in events:
        if ev.event != "ASSAULT" or ev is told:
            continue
        for victim in ev.recipient:
            name = (victim.identifier_text or "").split()
            if len(name) > 1 and re.search(r"\b" + re.escape(name[-1]) + r"\b", window):
                return ev
    return None


def _noun_types(word: str, lex: Lexicon, following: list[str] | None = None) -> set[str]:
    """The types a bare event noun names: its readings that need no modifier ("the attack" is an
    assault; only "a verbal attack" is an accusation). With the words that follow it, a noun that
    names an event only with its object (link_nouns.tsv) names one when that object is there ("the
    end of its campaign" is a withdrawal, "the end of the year" none); one listed with no object names
    it alone ("deplored the intervention")."""
    for lemma in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
        readings = lex.candidates(lemma, "NOUN")
        bare = {t.type for t in readings if not t.objects}
        if bare or readings:
            return bare or {t.type for t in readings}
    if following is not None:
        after = {w.lower() for w in following} | {w.lower()[:-1] for w in following if w.lower().endswith("s")}
        # "the measures": a plural names its events as its singular does
        rows = _link_nouns().get(word) or _link_nouns().get(word[:-1] if word.endswith("s") else word, ())
        return {etype for objects, etype in rows if not objects or objects & after}
    return set()


@lru_cache(maxsize=1)
def _link_nouns() -> dict[str, tuple[tuple[frozenset[str], str], ...]]:
    """data/lexicon/link_nouns.tsv: "the end of its campaign" names a withdrawal."""
    out: dict[str, list[tuple[frozenset[str], str]]] = {}
    for row in read_tsv(data_path("lexicon", "link_nouns.tsv")):
        objects = frozenset(o.strip().lower() for o in row["object"].split("|") if o.strip())
        out.setdefault(row["noun"].strip().lower(), []).append((objects, row["type"].strip()))
    return {noun: tuple(rows) for noun, rows in out.items()}


def _add_link(later: EventMention, earlier: EventMention, cue: Cue, m: re.Match) -> None:
    link = {"type": cue.type, "event_id": earlier.id, "cue": m.group(), "start": m.start(), "end": m.end()}
    if all(existing["event_id"] != earlier.id for existing in later.links):
        later.links.append(link)
