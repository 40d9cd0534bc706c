"""Identities on event arguments, and rule-based coreference across sentences.

Sentences are coded one by one; this pass sees the whole article. An event's
actor or recipient that contains a named mention takes that mention's
identity (so "Soleimani", "General Soleimani" and "Qassem Soleimani" are one
entity). One without a name takes the identity of the nearest compatible
mention before it: "he"/"she" the last person, "it"/"they" the last country
or organisation, a titled role noun ("the general") the last person with
that title, "the group" the last organisation (a modified one, "the rebel movement", and an "it"
the parse ties to it, one of the sector its modifier tells first; an armed one never an aid group), a state role noun ("the army")
the last organisation of that sector or else the country named most before it, not the
acting state itself when the noun is its object (not when the
noun was introduced by itself since: "A military council took power ... the
military council" is no country's named before it). An object
pronoun ("Modi thanked him") skips the event's own actor; "she"/"he" skip a
person whose title tells the other sex ("Mr.", "Mrs.", "King"); a role noun
coded by its country ("the crown prince") still takes the person of that title
named before; a role with a name set off after it in commas ("North Korea's U.N. ambassador, Pak Gil
Yon,") is that person, so a later "Pak" takes the role's country. A definite bare noun still uncoded ("the coalition") takes the latest coded
phrase that ends in it ("the Saudi-led coalition"), else the nationality said right before it ("Bosnian
Moslem refugees ... the refugees"). "The two neighbours", "both sides" (plural_references.tsv)
become the two parties named last in their sentence or the one before (not one that
asked "both sides" something before: a mediator), else, for states, the sides
of the last fight told. The argument keeps its own text and offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .actors import (INTERNATIONAL_CODES, NON_STATE_CODES, STATE_SECTORS, actor_word_list, load_kb, load_offices,
                     normalise_name)
from .data_files import data_path, read_tsv, split_values
from .lexicon import lexicon_word_list, load_lexicon
from .mentions import NAMED_KINDS, Identity, Mention, load_descriptors, load_titles, mention_at, person_role_words
from .nlp import leading_dateline
from .records import Entity, EventMention, Quote

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
OTHER_PRONOUNS = {"they", "it", "them", "its", "their"}
FEMALE_PRONOUNS = {"she", "her"}
STATE_KINDS = {"country", "demonym", "metonym"}
# "the deputy head of Iraq's Popular Mobilization Forces" is not the PMF: a name after
# one of these words modifies the argument's head noun.
_MODIFIER_BEFORE = re.compile(r"\b(?:of|in|from|at|for|with|near|against)\b", re.IGNORECASE)


_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$", re.IGNORECASE)


LOOK_BACK = 400  # mentions searched back for an antecedent; one further back is not plausible


@lru_cache(maxsize=1)
def _body_seats() -> tuple[tuple[str, str, str, re.Pattern], ...]:
    """(city, body code, body identifier, pattern of the body's names) from body_seats.tsv."""
    return tuple((r["city"], r["code"], r["identifier"],
                  re.compile(r"\b(?:" + "|".join(re.escape(b) for b in split_values(r["bodies"])) + r")\b"))
                 for r in read_tsv(data_path("actors", "body_seats.tsv")))


def seats_standing_for_bodies(events: list[EventMention], text: str) -> None:
    """"Kobakhidze ... suspended talks with the EU and accused Brussels of blackmail": in an article that
    names the body, the city where it sits stands for it (body_seats.tsv), not for its country."""
    for city, code, identifier, names in _body_seats():
        if city not in text or not names.search(text):
            continue
        for ev in events:
            ev.actor = [_as_body(e, city, code, identifier) for e in ev.actor]
            ev.recipient = [_as_body(e, city, code, identifier) for e in ev.recipient]


def _as_body(e: Entity, city: str, code: str, identifier: str) -> Entity:
    return replace(e, code=code, identifier_text=identifier, sector=None) if e.entity_text == city else e


def resolve_references(events: list[EventMention], text: str, mentions: list[Mention],
                       quotes: list[Quote] = ()) -> list[EventMention]:
    """`mentions` in text order; `quotes` tell who says each reported clause."""
    mentions = list(mentions)  # the role nouns resolved below join them, for later pronouns
    starts = [m.start for m in mentions]
    subjects: list[Mention] = []  # the people who were actors of the events so far
    phrases: dict[str, Entity] = {}  # phrases resolved so far, by their own words
    fighters: list[Entity] = []  # the coded sides of the last fight told so far
    mediators: set[str] = set()  # who asked "both sides" something: a third party, not a side
    done: list[EventMention] = []  # the events resolved so far
    pairs: dict[tuple[int, int], list[Entity]] = {}  # the plural references resolved so far, by their span
    joint: list[frozenset[str]] = []  # parties that spoke or acted together on a third ("X and Y condemned ...")
    asked: dict[tuple[int, int], list[Entity]] = {}  # the references resolved as recipients so far, by their span
    unauthored: set[int] = set()  # events whose only doer was a text whose author is nowhere told
    for ev in events:
        ev.actor = [_speakers_own_organ(e, text, quotes, mentions, starts) for e in ev.actor]
        targets = _states_named_as_targets(ev, mentions, starts)
        ev.actor = [r for e in ev.actor
                    for r in _not_its_own_target(e, pairs.get((e.start, e.end)) or asked.get((e.start, e.end))
                    or _plural_told_before(e, text, done, mentions)
                    or _left_to_its_place(e, ev, text, mentions, starts)
                    or _not_the_host(e, _as_parsed(e, phrases) or _resolve_all(e, text, mentions, starts, subjects=subjects,
                                                                                fighters=fighters), ev,
                                     mention_at(mentions, e.start, e.end, starts)), targets)]
        if any(_text_without_author(a) for a in ev.actor):
            # "The resolution demands ..." with no resolution told before: a text is no doer by itself
            ev.actor = [a for a in ev.actor if not _text_without_author(a)]
            if not ev.actor and not any(r.code for r in ev.recipient):
                unauthored.add(id(ev))
        # "Modi thanked him": an object pronoun is not the subject of its own clause
        actors = {a.identifier_text for a in ev.actor if a.identifier_text}
        inside = _coding_names_inside(ev.actor, mentions)
        ev.recipient = [_object_told_before(e, ev, done) or r for e in ev.recipient
                        for r in _plural_told_before(e, text, done, mentions, actors) or _resolve_all(e, text, mentions, starts, actors | _speakers_of(e, quotes, text, subjects) | _for_pronoun(e, inside), fighters=fighters, mediators=mediators,
                                              asker=_asking_side(ev), joint=joint)]
        ev.actor = [_protesters_told_before(_head_said_before(_bare_force_told_before(_deployment_told_before(
                        e, text, done), text, done, quotes), text, phrases, mentions), text, done) for e in ev.actor]
        ev.recipient = (_without_things_protested(ev, [_crowd_fired_on(ev, _captives_told_before(_head_said_before(
                            _bare_force_told_before(_deployment_told_before(e, text, done), text, done, quotes), text, phrases,
                            mentions), text, done), text, done)
                            for e in ev.recipient])
                        or _own_government_protested(ev) or _attacker_answered(ev, text, done))
        done.append(ev)
        joint += _joint_actors(ev)
        pairs.update(_plural_references_of(ev, text, mentions, starts))
        asked.update(_references_asked(ev, text, mentions, starts))
        fighters = _next_fighters(ev, fighters)
        # after the fight's sides are taken: the crew of a craft downed before is no new side ("Turkish jets shot
        # down a Russian bomber ... rebels shot dead one of the two pilots ... NATO urged both countries")
        ev.recipient = [_crew_of_craft_hit_before(e, text, done) for e in ev.recipient]
        if any(_plural_kinds(e, text, mentions, starts) for e in ev.recipient):
            # "The U.N. urged both sides to stop. Kenya called on both sides ...": who asks both sides is no side
            mediators |= actors
        phrases.update(_resolved_phrases(ev))
        for ent in ev.actor + ev.recipient:
            _add_resolved_role_noun(ent, text, mentions, starts)
        if _told_as_its_sentences_deed(ev):
            subjects += [m for m in map(lambda a: _person_at(a, mentions) or _party_at(a, mentions), ev.actor)
                         if m is not None]
        subjects.sort(key=lambda m: m.start)
    _share_codes(events)
    return [part for ev in events if id(ev) not in unauthored for part in _each_side_to_the_other(ev, text)]


def _coding_names_inside(actors: list[Entity], mentions: list[Mention]) -> set[str]:
    """"U.S.-led forces drove it out": a name inside the subject that gives it its code stands for the
    subject too, so an object pronoun of its clause is not that name either."""
    return {m.identity.identifier for a in actors for m in mentions
            if a.code and a.start <= m.start and m.end <= a.end and m.identity is not None
            and m.identity.code == a.code and m.identity.identifier}


def _for_pronoun(ent: Entity, names: set[str]) -> set[str]:
    """`names` when `ent` is an object pronoun, else none: a state organ named by its role ("accused the
    army") may well belong to the country named inside its subject ("Burundian charities")."""
    return names if ent.entity_text.lower() in OBJECT_PRONOUNS | {"they"} else set()


def _states_named_as_targets(ev: EventMention, mentions: list[Mention], starts: list[int]) -> set[str]:
    """The codes of the states an event names by their names as its targets ("accused Washington", "struck
    Iran"), or by their nationality on their things or their agents ("seized a Pakistani fishing boat",
    "shelled Indian posts"), not by a people ("Hondurans", "Honduran protesters": a state's forces act on
    their own people) or a group of theirs ("Boko Haram")."""
    codes = set()
    for r in ev.recipient:
        if not r.code or r.inferred:
            continue
        m = mention_at(mentions, r.start, r.end, starts)
        if m is None or m.identity is None or not m.identity.code or m.identity.code in NON_STATE_CODES:
            continue
        if m.kind in STATE_NAME_KINDS or (m.kind == "demonym" and _names_a_states_thing_or_agent(r, m)):
            codes.add(m.identity.code)
    return codes


def _names_a_states_thing_or_agent(target: Entity, demonym: Mention) -> bool:
    """"a Pakistani fishing boat", "Indian posts", "Russian troops": a nationality before a thing or a
    state's agents, not a people named by it alone ("Hondurans") nor its people of another sector."""
    return demonym.end < target.end and (target.sector is None or target.sector in STATE_SECTORS)


# mentions that name a state itself: its name or its capital standing for it
STATE_NAME_KINDS = frozenset({"country", "metonym"})


def _not_its_own_target(ent: Entity, resolved: list[Entity], targets: set[str]) -> list[Entity]:
    """"The United States imposed sanctions ... The government accused Washington of economic warfare": a
    state organ named by its role alone does not act on its own state, so a reading of it as the state its
    event names as its target is dropped (the story's country codes it later)."""
    if ent.code is not None or ent.sector not in STATE_SECTORS or not targets:
        return resolved
    # only a reading of it as a state: a role noun read as a person ("the ousted leader") keeps its person
    as_state = [r for r in resolved if r.identifier_text == ent.identifier_text]
    return [ent] if any(r.code in targets for r in as_state) else resolved


def _text_without_author(ent: Entity) -> bool:
    """A text kept as a doer ("the resolution") that names no author: none was found before it."""
    return ent.code is None and ent.entity_text.lower() in load_lexicon().document_nouns


def _speakers_of(ent: Entity, quotes: list[Quote], text: str = "", subjects: list[Mention] = ()) -> set[str]:
    """"Spain would grant him asylum, Albares added": an object pronoun in a reported clause is not the
    one who reports it (who would say "me"); the speakers of the quotes it is in. Unless the speaker is
    who the story is about just then, the actor of the sentence before: in "Correa accused Uribe of
    lying. Uribe had telephoned him, Correa said", indirect speech turns the speaker's "me" into "him"."""
    if ent.entity_text.lower() not in {"him", "her"}:
        return set()
    speakers = {q.speaker.identifier_text for q in quotes
                if q.speaker is not None and q.speaker.identifier_text and q.start <= ent.start < q.end}
    return speakers - _actors_of_sentence_before(ent, text, subjects)


def _actors_of_sentence_before(ent: Entity, text: str, subjects: list[Mention]) -> set[str]:
    """The identifiers of the people who were actors of the sentence before the one `ent` is in."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text[: ent.start + 1])]
    if not ends:
        return set()
    own, previous = ends[-1], (ends[-2] if len(ends) > 1 else 0)
    return {m.identity.identifier for m in subjects
            if previous <= m.start < own and m.identity is not None and m.identity.identifier}


def _speakers_own_organ(ent: Entity, text: str, quotes: list[Quote], mentions: list[Mention],
                        starts: list[int]) -> Entity:
    """"Venezuelan Vice President Delcy Rodriguez said the government had granted him safe conduct": a
    state organ named by its role alone that does the deed a state official reports is the official's
    own, not the government named last."""
    if (ent.code or ent.sector not in STATE_SECTORS or not _is_definite(text, ent.start)
            or mention_at(mentions, ent.start, ent.end, starts) is not None):
        return ent
    speaker = next((q.speaker for q in quotes if q.kind == "indirect" and q.start <= ent.start < q.end
                    and q.speaker is not None), None)
    if (speaker is None or not speaker.code or speaker.code in NON_STATE_CODES
            or speaker.sector not in STATE_SECTORS):
        return ent
    return replace(ent, code=speaker.code, inferred=True)


FIRST_PERSONS = lexicon_word_list("speaker_pronouns.txt")  # "we", "us", "I" ...


def speak_for_quoted_first_persons(events: list[EventMention], quotes: list[Quote]) -> None:
    """'"We will crush this revolt," he said': a first-person pronoun inside a direct quote is its
    speaker ("I") or the speaker's side ("we"), whom the attribution after the quote names; the clause
    alone names no one."""
    said = [(q.start, q.end, q.speaker) for q in quotes if q.kind == "direct" and q.speaker is not None]
    if not said:
        return
    for ev in events:
        ev.actor = [_as_its_speaker(e, said) for e in ev.actor]
        ev.recipient = [_as_its_speaker(e, said) for e in ev.recipient]


def _as_its_speaker(ent: Entity, said: list[tuple[int, int, Entity]]) -> Entity:
    if ent.code or ent.entity_text.lower() not in FIRST_PERSONS:
        return ent
    speaker = next((who for start, end, who in said if start <= ent.start < end), None)
    if speaker is None or not (speaker.code or speaker.identifier_text):
        return ent
    return replace(ent, identifier_text=speaker.identifier_text, code=speaker.code, sector=speaker.sector)


def refer_back_to_agents_coded_at_home(events: list[EventMention], text: str) -> None:
    """"A military council took power on Tuesday ... The council promised free elections": a state agent
    named without its country is coded only once home_country.py gives it the story's country, after
    coreference; a definite bare noun still uncoded then refers back to it, as to any coded phrase."""
    phrases: dict[str, Entity] = {}
    for ev in events:
        ev.actor = [_head_said_before(e, text, phrases) for e in ev.actor]
        ev.recipient = [_head_said_before(e, text, phrases) for e in ev.recipient]
        phrases.update(_resolved_phrases(ev))


PLURAL_PRONOUNS = {"they", "them"}
SENTENCES_BACK = 2  # "Saudi Arabia and the UAE accused Qatar ... Doha denied the charges. They had demanded ..."


def _plural_told_before(ent: Entity, text: str, done: list[EventMention], mentions: list[Mention],
                        not_these: set[str] = frozenset()) -> list[Entity]:
    """"Rebels attacked a base, the army said. The minister said they killed four soldiers": a "they" or
    "them" the parse left open stands for the nearest plural side of an event told in its sentence or the
    one before (coordinated actors, a plural or collective noun: "the rebels", "protesters"), not for
    the last state or person named; empty when there is none."""
    if ent.code or ent.entity_text.lower() not in PLURAL_PRONOUNS:
        return []
    if (ent.identifier_text or "").lower() not in PLURAL_PRONOUNS | {""}:
        return []  # the parse named whom it stands for
    sentences = [0] + [m.end() for m in _SENTENCE_END.finditer(text[: ent.start + 1])]
    # "they" continues a doer ("The gunmen demanded that Russian troops leave. They have ..."), "them"
    # may be any side but its own event's doers
    they = ent.entity_text.lower() == "they"
    sides = [side for ev in done for side in ((ev.actor,) if they else (ev.actor, ev.recipient))
             if side and side[0].start < ent.start]
    own = sentences[-1]
    # in its own sentence the nearest side before it; from each of the SENTENCES_BACK sentences before,
    # nearest first, for "they" the first side (its subject: "they" goes on telling of the same doer),
    # for "them" the last ("Gunmen abducted 30 pupils. Police rescued 10 of them")
    ordered = sorted((s for s in sides if s[0].start >= own), key=lambda s: s[0].start, reverse=True)
    for start, end in list(zip(sentences, sentences[1:]))[::-1][:SENTENCES_BACK]:
        told = sorted((s for s in sides if start <= s[0].start < end), key=lambda s: s[0].start)
        ordered += told if they else told[::-1]
    for side in ordered:
        plural = [e for e in side if _names_a_group(e) or len(side) > 1]
        if not plural or any(e.identifier_text in not_these for e in plural):
            continue
        if any(m.kind == "org" and side[0].end <= m.start and m.end <= ent.start for m in mentions):
            return []  # "ECOWAS leaders ... said they": an organisation named since is the nearer group
        # a group noun's pronoun is that group ("the gunmen"), not the state coded for it, which an
        # object pronoun of the same event may still stand for
        return [replace(ent, identifier_text=e.identifier_text if len(side) > 1 else e.entity_text,
                        code=e.code, sector=e.sector) for e in plural]
    return []


def _names_a_group(ent: Entity) -> bool:
    """A side named by a plural or collective noun with a sector ("the rebels", "protesters", "the
    opposition"), not by a pronoun or a name."""
    words = ent.entity_text.split()
    if not words or ent.sector is None or ent.entity_text.lower() in PERSON_PRONOUNS | OTHER_PRONOUNS:
        return False
    head = words[-1]
    low = head.lower()
    if head[:1].isupper() and not words[0][:1].isupper():
        return False  # "the Taliban" stays a name, left to the mentions
    return (low in actor_word_list("collective_nouns.txt") or (low.endswith("s") and not low.endswith("ss"))
            or low.endswith("men") or low in actor_word_list("plural_nouns.txt"))


def _object_told_before(ent: Entity, ev: EventMention, done: list[EventMention]) -> Entity | None:
    """"sanctioned two Salvadoran officials, accusing them of ...", "arrested two Swedish journalists and
    accused them of spying": a "them" that one deed's target is, after another deed of the same actor in
    its sentence, is that deed's target (a named group the pronoun has no mention to point back to),
    never the actor."""
    if ent.entity_text.lower() != "them":
        return None
    actors = {a.code for a in ev.actor if a.code}
    for prev in reversed(done):
        if prev.sequence != ev.sequence or prev.trigger_start > ev.trigger_start:
            continue
        if not actors & {a.code for a in prev.actor}:
            return None
        targets = [r for r in prev.recipient if r.code and r.code not in actors and r.end <= ent.start
                   and r.entity_text.lower() not in PERSON_PRONOUNS | OTHER_PRONOUNS]
        if targets:
            t = targets[-1]
            return replace(ent, identifier_text=t.identifier_text, code=t.code, sector=t.sector)
        return None
    return None


def _attacker_answered(ev: EventMention, text: str, done: list[EventMention]) -> list[Entity]:
    """"North Korean artillery pounded the island ... South Korean forces fired back": answering fire
    (answering_fire.txt) that names no target falls on whoever attacked the answering side last."""
    if ev.event not in FIGHT_TYPES or ev.polarity != "asserted" or not _answers_fire(ev, text):
        return []
    own = {a.code for a in ev.actor if a.code}
    for prev in reversed(done):
        if prev.event in FIGHT_TYPES and prev.polarity == "asserted" and own & {r.code for r in prev.recipient}:
            attackers = [replace(a, inferred=True) for a in prev.actor if a.code and a.code not in own]
            if attackers:
                return attackers
    return []


def _answers_fire(ev: EventMention, text: str) -> bool:
    # the trigger and the word after it: "returned" is the trigger of "returned fire"
    words = re.findall(r"[a-z]+", text[ev.trigger_start:ev.trigger_end + 12].lower())
    forms = lexicon_word_list("answering_fire.txt")
    return " ".join(words[:2]) in forms


def _each_side_to_the_other(ev: EventMention, text: str) -> list[EventMention]:
    """"The two leaders held talks": two sides that a plural noun names and that meet, agree or work
    together with no one else named do it with each other, one event per side (as "India and China
    agreed" is split when the sentence is coded); so do two sides of any deed done to "each other" or
    "one another" ("India and Pakistan accused each other")."""
    sides = ev.actor
    if len(sides) != 2 or not all(a.code for a in sides) or sides[0].identifier_text == sides[1].identifier_text:
        return [ev]
    each_other = bool(ev.recipient) and all(_names_each_other(r, text) for r in ev.recipient)
    lex = load_lexicon()
    if not each_other and (ev.recipient or ev.event not in lex.reciprocal or ev.cameo in lex.third_party_cameos):
        # "Argentina and Brazil sent envoys to help mediate": co-mediators do it for others, not to each other
        return [ev]
    first, second = sides
    return [replace(ev, actor=[first], recipient=[second]), _copy(ev, f"{ev.id}-2", actor=[second], recipient=[first])]


_EACH_OTHER = re.compile(r"\b(?:each\s+other|one\s+another)\Z", re.IGNORECASE)


def _names_each_other(ent: Entity, text: str) -> bool:
    """"each other", "one another" (the parse may keep only its last word as the argument)."""
    return _EACH_OTHER.search(text, max(0, ent.end - 20), ent.end) is not None and ent.code is None


def _copy(ev: EventMention, new_id: str, **changes) -> EventMention:
    """A second event with its own lists: later passes add to one event's attribution and links."""
    return replace(ev, id=new_id, mode=list(ev.mode), context=list(ev.context), event_text=list(ev.event_text),
                   links=list(ev.links), mentions=list(ev.mentions),
                   attribution={k: list(v) for k, v in ev.attribution.items()},
                   where_spans=list(ev.where_spans), aside_spans=list(ev.aside_spans),
                   undated_spans=list(ev.undated_spans),
                   event_loc=dict(ev.event_loc) if ev.event_loc else None, **changes)


OBJECT_PRONOUNS = {"him", "her", "them", "it"}
MEETING_TYPES = {"CONSULT"}


def _not_the_host(ent: Entity, resolved: list[Entity], ev: EventMention, named: Mention | None = None) -> list[Entity]:
    """"the first Western delegation to visit Kyiv": a meeting has two sides, so a visitor or
    negotiator with no country of its own is not of the state it meets, however recently that
    state was named; it stays uncoded rather than meet itself. A "he" or "she" is a person with a
    country of their own: "Ruto said he would hold talks with young Kenyans" is Kenya's president;
    so is a person named by name (`named`, the name inside the argument): "Shevardnadze announced his
    decision after talks with opposition leaders" meets his own country's opposition."""
    if (ev.event not in MEETING_TYPES or ent.code is not None or ent.entity_text.lower() in PERSON_PRONOUNS
            or (named is not None and named.kind == "person")):
        return resolved
    met = {r.code for r in ev.recipient if r.code}
    return [ent if r.code in met else r for r in resolved]


def _protesters_told_before(ent: Entity, text: str, done: list[EventMention]) -> Entity:
    """"police fired on young Nepalis protesting against a ban ... the protesters set fire to parliament":
    "the protesters" doing a deed, left uncoded, are the coded doers of the last protest told as done
    (as a deed's target, "backed the protesters", they are left as written: measured worse)."""
    words = ent.entity_text.split()
    if (ent.code or len(words) != 1 or words[0].lower() not in actor_word_list("protester_nouns.txt")
            or not _is_definite(text, ent.start)):
        return ent
    protest = next((ev for ev in reversed(done) if ev.event == "PROTEST" and ev.polarity == "asserted"), None)
    doers = [a for a in protest.actor if a.code] if protest is not None else []
    if not doers:
        return ent
    return replace(ent, identifier_text=doers[0].identifier_text, code=doers[0].code,
                   sector=ent.sector or doers[0].sector, inferred=True)


def _crowd_fired_on(ev: EventMention, ent: Entity, text: str, done: list[EventMention]) -> Entity:
    """"Thousands of Moldovans marched ... Police fired tear gas at the crowds": a definite crowd that
    force is used on or that is held (ASSAULT, COERCE) is the crowd of the last protest told, as its
    doer would be (examples/README.md, Crowds); other deeds' targets stay as written."""
    if ev.event not in {"ASSAULT", "COERCE"}:
        return ent
    return _protesters_told_before(ent, text, done)


def _captives_told_before(ent: Entity, text: str, done: list[EventMention]) -> Entity:
    """"took Prime Minister Chaudhry and 30 members of his government hostage ... threatened to kill the
    hostages": "the hostages", "the captives" (captive_nouns.txt) left uncoded are the coded people taken
    in the last hostage-taking told as done (an ASSAULT of mode abduct)."""
    words = ent.entity_text.split()
    if (ent.code or len(words) != 1 or words[0].lower() not in actor_word_list("captive_nouns.txt")
            or not _is_definite(text, ent.start)):
        return ent
    taking = next((ev for ev in reversed(done) if ev.event == "ASSAULT" and "abduct" in ev.mode
                   and ev.polarity == "asserted" and any(r.code for r in ev.recipient)), None)
    if taking is None:
        return ent
    held = next(r for r in taking.recipient if r.code)
    return replace(ent, identifier_text=held.identifier_text, code=held.code, sector=ent.sector or held.sector,
                   inferred=True)


# what is done to a craft that leaves its crew or pilot in the hands of others: shooting it down, seizing it
CRAFT_HIT_TYPES = frozenset({"ASSAULT", "COERCE"})


def _crew_of_craft_hit_before(ent: Entity, text: str, done: list[EventMention]) -> Entity:
    """"Turkish jets shot down a Russian bomber ... Ankara accused the Su-24's crew", "shot down two Indian
    jets ... One pilot was captured": the crew or pilot of a craft (crew_nouns.txt), named with no country of
    their own, man the coded craft (craft_nouns.txt) last told as shot down, hit or seized; they take its
    country and keep their own words."""
    if ent.code or not _names_a_crew(ent, text):
        return ent
    for ev in reversed(done):
        if ev.event not in CRAFT_HIT_TYPES or ev.polarity != "asserted":
            continue
        craft = next((r for r in ev.recipient if r.code and r.start < ent.start and _names_a_craft(r)), None)
        if craft is not None:
            return replace(ent, code=craft.code, sector=ent.sector or craft.sector, inferred=True)
    return ent


def _names_a_crew(ent: Entity, text: str) -> bool:
    """The phrase's head is a crew noun, or the phrase is a possessor the parse took for the party ("the
    Su-24's" of "accused the Su-24's crew")."""
    words = ent.entity_text.lower().split()
    if not words:
        return False
    if words[-1].endswith(("'s", "’s")):
        following = re.match(r"\s*([\w-]+)", text[ent.end :])
        return following is not None and following.group(1).lower() in actor_word_list("crew_nouns.txt")
    return words[-1] in actor_word_list("crew_nouns.txt")


def _names_a_craft(ent: Entity) -> bool:
    head = ent.entity_text.lower().split()[-1] if ent.entity_text.split() else ""
    crafts = actor_word_list("craft_nouns.txt")
    return head in crafts or (head.endswith("s") and head[:-1] in crafts)


DEPLOYED_SECTORS = frozenset({"MIL", "COP"})


def _deployment_told_before(ent: Entity, text: str, done: list[EventMention]) -> Entity:
    """"Kenya sent 400 police officers to Haiti ... The contingent attacked a gang stronghold": "the
    force", "the contingent" (deployment_nouns.txt) left uncoded is the side that sent forces in the
    last deployment told (a MOBILIZE event's coded actor), else the last coded troops or police named
    as a side ("Rwandan troops arrived ... the force"); it keeps its own words."""
    words = ent.entity_text.lower().split()
    if (ent.code or len(words) != 1 or words[0] not in actor_word_list("deployment_nouns.txt")
            or not _is_definite(text, ent.start)):
        return ent
    for ev in reversed(done):
        if ev.event == "MOBILIZE":
            sender = next((a for a in ev.actor if a.code), None)
            if sender is not None:
                return replace(ent, identifier_text=sender.identifier_text, code=sender.code,
                               sector=ent.sector or sender.sector or "MIL", inferred=True)
        forces = next((a for a in ev.actor + ev.recipient if a.code and a.sector in DEPLOYED_SECTORS
                       and a.start < ent.start), None)
        if forces is not None:
            return replace(ent, identifier_text=forces.identifier_text, code=forces.code,
                           sector=ent.sector or forces.sector, inferred=True)
    return ent


def _without_things_protested(ev: EventMention, recipients: list[Entity]) -> list[Entity]:
    """"police officers protesting against cuts to their bonuses", "marched against the new law": what a
    protest is against, when it is a thing and no side (no code, no sector), names no target, so the
    protest is aimed at the protesters' own government as one with no target named (the gold's convention)."""
    if ev.event != "PROTEST" or any(r.code or r.sector for r in recipients):
        return recipients
    return []


def _own_government_protested(ev: EventMention) -> list[Entity]:
    """A protest with no target named, whose doers only coreference coded ("the protesters set fire to
    parliament"), is aimed at their own country's government, as one whose doers are named with their
    country (arguments.py, implicit_target)."""
    if ev.event != "PROTEST":
        return []
    coded = [a for a in ev.actor if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES]
    if not coded:
        return []
    a = coded[0]
    return [Entity(a.entity_text, f"{a.code} government", a.code, "GOV", a.start, a.end, inferred=True)]


def _resolved_phrases(ev: EventMention) -> dict[str, Entity]:
    """The coded arguments of an event that were phrases of their own ("the bloc"), by those words."""
    return {e.entity_text: e for e in ev.actor + ev.recipient
            if e.code and e.entity_text.lower() not in PERSON_PRONOUNS | OTHER_PRONOUNS}


def _head_said_before(ent: Entity, text: str, phrases: dict[str, Entity], mentions: list[Mention] = ()) -> Entity:
    """"the Saudi-led coalition bombed Sanaa ... The coalition said": a definite bare noun left uncoded
    refers back to the latest coded phrase of an earlier event that ends in that noun; an armed
    group's noun ("the gunmen", "the hostage-takers") to the latest armed group coded under any of them
    ("Chechen rebels")."""
    words = ent.entity_text.split()
    if ent.code or len(words) != 1 or not words[0].replace("-", "").isalpha() or not _is_definite(text, ent.start):
        return ent
    noun = words[0].lower()
    found = next((e for phrase, e in reversed(phrases.items())
                  if len(phrase.split()) > 1 and phrase.split()[-1].lower() == noun and e.start < ent.start), None)
    if found is None and ent.sector == ARMED_GROUP_SECTOR:
        found = _armed_group_said_before(ent, phrases)
    if found is None:
        found = _nationality_said_with(noun, ent, text, mentions)
    if found is None:
        return ent
    return replace(ent, identifier_text=found.identifier_text, code=found.code, sector=ent.sector or found.sector,
                   inferred=True)


# words before a plural noun that count or pick some of them: "two soldiers", "some police" are new ones
_COUNTED_BEFORE = re.compile(r"(?:\b(?:a|an|some|several|many|few|other|more|most|no|any|all|both|these|those|"
                             r"his|her|its|their|our|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
                             r"thousands|of)|\d[\d,.]*)\s+$", re.IGNORECASE)


def _bare_state_agents(word: str, ent: Entity, text: str) -> bool:
    """Whether `word` is a plural state agent ("Police", "soldiers") with no determiner at all before it;
    one counted or picked out ("two soldiers", "some police") is a new one (see _bare_force_told_before)."""
    return (ent.sector in STATE_SECTORS and (word.lower() == "police" or word.lower().endswith("s"))
            and not _COUNTED_BEFORE.search(text[max(0, ent.start - 20):ent.start]))


def _bare_force_told_before(ent: Entity, text: str, done: list[EventMention], quotes: list[Quote] = ()) -> Entity:
    """"Malaysian police say ... Police have asked the embassy", "Indonesian soldiers opened fire ... said
    soldiers had beaten them": a plural state agent named with no determiner at all is the force named
    with its country last, doing a deed told as done or speaking ("..., Malaysian police say"); a force
    named only in a promise or a threat ("Australian police would help") is not the one at work in the story."""
    words = ent.entity_text.split()
    if ent.code or len(words) != 1 or not _bare_state_agents(words[0], ent, text):
        return ent
    noun = words[0].lower()
    # an intent read off a promise ("would help") is no deed done
    told = [e for ev in done if ev.polarity == "asserted" and not ev.derived for e in ev.actor + ev.recipient]
    told += [q.speaker for q in quotes if q.speaker is not None]
    named = [e for e in told if e.code and e.start < ent.start and len(e.entity_text.split()) > 1
             and e.entity_text.split()[-1].lower() == noun]
    if not named:
        return ent
    found = max(named, key=lambda e: e.start)
    return replace(ent, identifier_text=found.identifier_text, code=found.code, sector=ent.sector or found.sector,
                   inferred=True)


ARMED_GROUP_SECTOR = "REB"


# characters back a definite noun looks for the phrase that introduced it with a nationality
NATIONALITY_REACH = 1500


def _nationality_said_with(noun: str, ent: Entity, text: str, mentions: list[Mention]) -> Entity | None:
    """"Tens of thousands of Bosnian Moslem refugees poured into the base ... UNHCR sent food to the
    refugees": a definite bare noun left uncoded takes the country of the latest nationality word
    (a demonym) said right before that noun (two words between at most), even in a phrase no event
    coded. A country name before the noun ("U.S. troops") is left out: it may be a target or a place
    as often as the noun's own country."""
    after = re.compile(rf"(?:\s+[A-Za-z-]+){{0,2}}?\s+{re.escape(noun)}\b", re.IGNORECASE)
    for m in reversed(mentions):
        if m.end > ent.start or m.end < ent.start - NATIONALITY_REACH:
            continue
        if m.kind == "demonym" and m.entry is not None and m.entry.code and after.match(text, m.end):
            return replace(ent, code=m.entry.code)
    return None


def _armed_group_said_before(ent: Entity, phrases: dict[str, Entity]) -> Entity | None:
    """The latest coded phrase of an earlier event that names an armed non-state group: wire copy calls
    one group "rebels", then "the gunmen", then "the hostage-takers"."""
    return next((e for e in reversed(phrases.values())
                 if e.sector == ARMED_GROUP_SECTOR and e.start < ent.start), None)


def _as_parsed(ent: Entity, phrases: dict[str, Entity]) -> list[Entity]:
    """"The bloc did not impose the sanctions it placed on Mali": an "it" the parse already tied to a
    phrase of its sentence takes what that phrase was resolved to, not the last country named."""
    if ent.entity_text.lower() != "it" or ent.code or ent.identifier_text not in phrases:
        return []
    found = phrases[ent.identifier_text]
    return [replace(ent, identifier_text=found.identifier_text, code=found.code, sector=found.sector)]


def _resolve_all(ent: Entity, text: str, mentions: list[Mention], starts: list[int],
                 not_these: set[str] = frozenset(), subjects: list[Mention] = (),
                 fighters: list[Entity] = (), mediators: set[str] = frozenset(),
                 asker: tuple[frozenset[str], range] = (frozenset(), range(0)),
                 joint: list[frozenset[str]] = ()) -> list[Entity]:
    """The argument resolved; "the two neighbours", "both sides" become the two parties they name (not
    a mediator who asked both sides before, nor the asker: `asker` from `_asking_side`), else, for a
    reference to states, the sides of the last fight told."""
    if fighters and _asked_to_calm_down(ent, text) and "state" in _plural_kinds(ent, text, mentions, starts):
        # "China called on both sides to show restraint": the sides of the last fight, whoever was named since
        sides = [f for f in fighters if f.identifier_text not in not_these]
        if len(sides) == 2:
            return [replace(ent, identifier_text=f.identifier_text, code=f.code, sector=f.sector, inferred=True)
                    for f in sides]
    pair = _plural_reference(ent, text, mentions, starts, set(not_these) | mediators, asker)
    if len(pair) == 2 and any({m.identity.identifier for m in pair} <= together for together in joint):
        # "The AU and the UN condemned the coup, and Washington urged both sides ...": two who spoke as
        # one on a third are one side, not the two sides
        pair = []
    if pair:
        return [replace(ent, identifier_text=m.identity.identifier, code=m.identity.code,
                        sector=ent.sector if ent.sector and m.kind != "person" else m.identity.sector) for m in pair]
    if fighters and "state" in _plural_kinds(ent, text, mentions, starts):
        sides = [f for f in fighters if f.identifier_text not in not_these]
        return [replace(ent, identifier_text=f.identifier_text, code=f.code, sector=f.sector, inferred=True)
                for f in sides] or [ent]
    return [_resolve(ent, text, mentions, starts, not_these, subjects)]


def _asked_to_calm_down(ent: Entity, text: str) -> bool:
    """Whether the rest of the clause after `ent` asks for calm (calming_words.txt)."""
    rest = re.split(r"[.;:]", text[ent.end : ent.end + 120], maxsplit=1)[0].lower()
    return any(w in lexicon_word_list("calming_words.txt") for w in re.findall(r"[a-z]+(?:-[a-z]+)*", rest))


FIGHT_TYPES = {"ASSAULT"}
# Types of acts done by one side to a third; co-actors of one ("X and Y condemned ...") are on one side.
# Meetings, agreements and fights are done between their co-actors, who may well be the two sides.
ONE_SIDED_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "SANCTION", "AID"})


def _joint_actors(ev: EventMention) -> list[frozenset[str]]:
    """The co-actors of an act done to a third; none when they did it to each other ("accused each other")."""
    names = frozenset(a.identifier_text for a in ev.actor if a.identifier_text)
    if ev.event not in ONE_SIDED_TYPES or len(names) < 2 or ev.polarity != "asserted":
        return []
    if any(r.entity_text.lower().split()[-1:] in (["other"], ["another"]) or r.identifier_text in names for r in ev.recipient):
        return []
    return [names]


def _next_fighters(ev: EventMention, fighters: list[Entity]) -> list[Entity]:
    """The sides of the last fight once `ev` is told, for a later "both sides". The first fight told
    gives them, and so does one told with both sides known. A fight with a side unknown ("rebels shot
    dead one of the two pilots") does not replace the two that fought before it, nor does one told
    with only one side coded that is among the last fight's ("Pakistani forces shot down two Indian
    jets ... Pakistan said its gunners had brought down the fighters": that fight told again)."""
    sides = _sides_of_fight(ev)
    if not sides or not fighters:
        return sides or fighters
    known = {f.code for f in fighters}
    if len(sides) == 1 and len(known) > 1 and sides[0].code in known:
        return fighters
    both_known = any(e.code for e in ev.actor) and any(e.code for e in ev.recipient)
    return sides if both_known else fighters


def _sides_of_fight(ev: EventMention) -> list[Entity]:
    """"Forces loyal to Bashagha clashed with GNU units ... the U.N. urged both sides to stop": the coded
    sides of a fight told as done, one per country (two Libyan militias are both Libya's), for a later
    "both sides" whose parties are not named near it."""
    if ev.event not in FIGHT_TYPES or ev.polarity != "asserted":
        return []
    sides: dict[str, Entity] = {}
    for e in ev.actor + ev.recipient:
        if e.code:
            sides.setdefault(e.code, e)
    return list(sides.values())


@lru_cache(maxsize=1)
def _plural_nouns() -> dict[str, tuple[frozenset[str], bool]]:
    """plural_references.tsv: noun -> (what it refers to: state / person, whether "the" alone says two)."""
    return {r["noun"].lower(): (frozenset(split_values(r["refers_to"])), r["says_two"] == "yes")
            for r in read_tsv(data_path("lexicon", "plural_references.tsv"))}


_PLURAL_DETERMINER = re.compile(r"\b(both(?: the)?|the two|the)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_REFERENT_KINDS = {"state": STATE_KINDS | {"org"}, "person": {"person"}}


def _plural_kinds(ent: Entity, text: str, mentions: list[Mention], starts: list[int]) -> frozenset[str]:
    """What a plural reference ("both sides", "the two leaders") stands for (state / person); empty for
    any other argument."""
    words = ent.entity_text.split()
    if not words or mention_at(mentions, ent.start, ent.end, starts) is not None:
        return frozenset()
    noun = _plural_nouns().get(words[-1].lower())
    if noun is None:
        return frozenset()
    kinds, says_two = noun
    head = text.rfind(words[-1], ent.start, ent.end)
    found = _PLURAL_DETERMINER.search(text[max(0, head - 40) : head])
    if found is None or (found.group(1).lower() == "the" and not says_two):
        return frozenset()
    return kinds


# Police and civil authorities act at home; an army or a government also acts abroad.
HOME_ORGAN_SECTORS = frozenset({"COP", "GOV"})
AWAY_TYPES = frozenset({"CONSULT", "AID"})  # visits and aid are done away from home


def _left_to_its_place(ent: Entity, ev: EventMention, text: str, mentions: list[Mention],
                       starts: list[int]) -> list[Entity]:
    """"In the city of Jammu, ... the authorities imposed a curfew": police or authorities named by
    their role alone are of the country their own sentence places the deed in, not of the country the
    story names most; left uncoded here, the home-country stage gives them the place's country."""
    if (ent.code or ent.sector not in HOME_ORGAN_SECTORS or ev.event in AWAY_TYPES
            or ent.entity_text.lower().split(" ", 1)[0] in PERSON_PRONOUNS | OTHER_PRONOUNS
            or _names_one_person(ent) or mention_at(mentions, ent.start, ent.end, starts) is not None):
        return []
    return [ent] if _placed_by_its_sentence(ev, text) else []


def _names_one_person(ent: Entity) -> bool:
    """"the ousted leader", "the minister": a role one person holds, who is named before."""
    head = ent.entity_text.lower().rsplit(" ", 1)[-1]
    return head in _person_roles() or head in LEADER_NOUNS


def _placed_by_its_sentence(ev: EventMention, text: str) -> bool:
    """Whether the event's place is a name in its own sentence with a country, not the dateline."""
    loc = ev.event_loc or {}
    start, country = loc.get("start"), loc.get("country")
    if not isinstance(start, int) or not isinstance(country, str) or not ev.sent_start <= start < ev.sent_end:
        return False
    dateline = leading_dateline(text)
    return dateline is None or start != dateline.city_start


def _plural_references_of(ev: EventMention, text: str, mentions: list[Mention], starts: list[int]
                          ) -> dict[tuple[int, int], list[Entity]]:
    """"urged both governments to declare a ceasefire": the parties "both governments" was resolved to
    as the one asked are the doers of the act asked for too, the same words read once."""
    found: dict[tuple[int, int], list[Entity]] = {}
    for e in ev.actor + ev.recipient:
        if e.code and _plural_kinds(e, text, mentions, starts):
            found.setdefault((e.start, e.end), []).append(e)
    return found


def _references_asked(ev: EventMention, text: str, mentions: list[Mention], starts: list[int]
                      ) -> dict[tuple[int, int], list[Entity]]:
    """"India urged the government to release them": "the government" resolved as the one asked (not
    the asker's own) is the doer of the act asked for too, the same words read once, not read afresh
    as a doer, when the asker's own government would be its nearest state. Only references without
    a name in them: a definite noun phrase or a pronoun."""
    found: dict[tuple[int, int], list[Entity]] = {}
    for e in ev.recipient:
        words = e.entity_text.lower()
        # "The United States urged the junta to restore democracy": a state organ left uncoded because
        # the only state named before is the asker's own is no more the asker's as the doer of the act
        # asked for (the story's country codes it later)
        left_open = e.code is None and e.sector in STATE_SECTORS and _is_definite(text, e.start)
        if ((e.code or left_open) and (_is_definite(text, e.start) or words in PERSON_PRONOUNS | OTHER_PRONOUNS)
                and mention_at(mentions, e.start, e.end, starts) is None):
            found.setdefault((e.start, e.end), []).append(e)
    return found


def _asking_side(ev: EventMention) -> tuple[frozenset[str], range]:
    """The codes of an event's actors and the stretch of text from its first actor to its trigger:
    "Malaysia's prime minister, who chairs ASEAN, urged both governments to ...": one who asks both
    sides something is neither of them, and nor is a party named in the asker's own phrase."""
    codes = frozenset(a.code for a in ev.actor if a.code)
    before = [a.start for a in ev.actor if a.start < ev.trigger_start]
    return codes, range(min(before), ev.trigger_start) if before else range(0)


def _plural_reference(ent: Entity, text: str, mentions: list[Mention], starts: list[int],
                      not_these: set[str],
                      asker: tuple[frozenset[str], range] = (frozenset(), range(0))) -> list[Mention]:
    """"Pakistan struck Iran ... China urged the two neighbours to show restraint": a plural noun after
    "both" or "the two" is the last two parties of its kind named in its sentence or the one before
    (not the event's own actor); none when fewer than two are named there."""
    kinds = _plural_kinds(ent, text, mentions, starts)
    if not kinds:
        return []
    sentences = [m.end() for m in _SENTENCE_END.finditer(text[: ent.start + 1])]
    since = sentences[-2] if len(sentences) > 1 else 0
    accept = set().union(*(_REFERENT_KINDS.get(k, set()) for k in kinds))
    upto = bisect_left(starts, ent.start)
    pair: list[Mention] = []
    compatriot = False  # the first one's country was named again in another way ("Ethiopia's government and Tigrayan forces")
    for m in reversed(mentions[max(0, upto - LOOK_BACK) : upto]):
        if m.start < since:
            break
        if m.end > ent.start or m.identity is None or m.kind not in accept or m.identity.identifier in not_these:
            continue
        if m.identity.code in asker[0] or m.start in asker[1]:
            continue
        if pair and (m.identity.identifier == pair[0].identity.identifier
                     or (m.kind != "person") != (pair[0].kind != "person")
                     or (m.kind != "person" and m.identity.code == pair[0].identity.code)):
            compatriot = compatriot or (m.kind != "person" and m.kind != pair[0].kind
                                        and _names_a_side(m, text) and _names_a_side(pair[0], text)
                                        and bool(m.identity.code) and m.identity.code == pair[0].identity.code)
            continue
        pair.append(m)
        if len(pair) == 2:
            return pair[::-1]
    # "Ethiopia's government and Tigrayan forces agreed ... urged both sides": two sides of one country,
    # and no other party named, are that country's
    return pair if compatriot else []


def _names_a_side(m: Mention, text: str) -> bool:
    """A demonym names a side of its own only on a party ("Darfuri rebels", "Tigrayan forces"), not on a
    thing ("Japan would not pay ... the islands were Japanese territory": one state named twice)."""
    if m.kind != "demonym":
        return True
    following = _NEXT_WORD.match(text, m.end)
    return following is not None and load_kb().agent_sector(following.group(1)) is not None


def _resolve(ent: Entity, text: str, mentions: list[Mention], starts: list[int],
             not_these: set[str] = frozenset(), subjects: list[Mention] = ()) -> Entity:
    # the person a role names comes first: "Mali's junta leader Colonel Assimi Goita" is Goita, not Mali
    named = _name_after_title(ent, text, mentions, starts) or mention_at(mentions, ent.start, ent.end, starts)
    upto = bisect_left(starts, ent.start)
    titled = None
    if ent.code and ent.entity_text.lower() not in PERSON_PRONOUNS and (named is None or named.kind not in NAMED_KINDS):
        # "the crown prince", "the Indian leader" (a demonym gives the country): the person of that
        # country named before with that role, if any
        titled = _titled_antecedent(ent, text, mentions[max(0, upto - LOOK_BACK) : upto])
        if titled is not None:
            return _with_identity(ent, titled.identity)
    if named is not None and named.kind == "demonym" and _ETHNIC_BEFORE.search(text[max(0, named.start - 8) : named.start]):
        named = None  # "ethnic Serbs" are a people, not Serbia: the argument keeps the code it was given
    if named is not None and named.kind in {"demonym", "country"} and _former_ruler_of(ent, text, named):
        named = None  # "the former Belgian colony" is not Belgium
    if named is not None and _sponsor_before_hyphen(named, text):
        named = None  # "U.S.-backed troops" are not American: the argument keeps the code it was given
    if named is not None and named.kind == "demonym" and ent.code == named.identity.code:
        land = _land_of_people_named_before(named, text, mentions[max(0, upto - LOOK_BACK) : upto])
        if land is not None:
            return replace(ent, code=land, inferred=True)
    if named is not None and not _MODIFIER_BEFORE.search(text[ent.start : named.start]):
        # "U.S. action" is the United States; "American forces" stay an entity of their own.
        return _with_identity(ent, named.identity, replace_identifier=ent.identifier_text in {None, named.text} or not ent.code)
    if ent.code and ent.entity_text.lower() not in PERSON_PRONOUNS:
        if named is not None and named.kind in NAMED_KINDS:  # a name after a modifier: not looked up above
            titled = _titled_antecedent(ent, text, mentions[max(0, upto - LOOK_BACK) : upto])
        return _with_identity(ent, titled.identity) if titled is not None else ent
    if ent.entity_text.lower() == "them" and (ent.identifier_text or "them").lower() != "them":
        return ent  # "students marched, and police fired at them": the parse already named whom it stands for
    if _named_by_the_parse(ent) or _it_names_an_unknown_name(ent) or _they_names_an_uncoded_group(ent) \
            or _it_names_a_thing(ent, text):
        return ent
    before = [m for m in mentions[max(0, upto - LOOK_BACK) : upto] if m.end <= ent.start]
    if (ent.entity_text.lower() in OBJECT_PRONOUNS | {"they"} or _names_a_group_noun(ent)) and not_these:
        # a recipient "they" ("Iran demanded that they stop") is not the actor either, nor is "the bloc"
        # ("the Council backed the bloc's efforts")
        before = [m for m in before if m.identity is None or m.identity.identifier not in not_these]
    elif ent.sector in STATE_SECTORS and not_these and not _owned_by_it(ent):
        # "The United States urged the authorities to show restraint": a state that acts on a state
        # organ named by its role alone acts on another state's, not on its own ("Asmara must withdraw
        # its troops" names its owner: the doer's own forces as often as not)
        before = [m for m in before if m.kind not in STATE_KINDS or m.identity is None
                  or m.identity.identifier not in not_these]
    if _owned_by_it(ent):
        owner = _owner_of_its(ent, text, before, subjects)
        return replace(ent, code=owner.identity.code) if owner is not None and owner.identity.code else ent
    if _state_body_of_a_person(ent):
        owner = antecedent_of(replace(ent, entity_text=ent.entity_text.split(" ", 1)[0], end=ent.start + 3),
                              text, before, subjects)
        return replace(ent, code=owner.identity.code) if owner is not None and owner.identity.code else ent
    if _named_in_apposition(ent, text):
        return ent
    leader = _leader_followed(ent, text, before, subjects)
    if leader is not None:
        return replace(ent, code=leader.identity.code) if leader.identity.code else ent
    antecedent = antecedent_of(ent, text, before, subjects)
    return _with_identity(ent, antecedent.identity, replace_identifier=antecedent.kind in NAMED_KINDS) if antecedent else ent


# ", Michal Simecka," right after a phrase: a person's name set off as its apposition
_APPOSED_NAME = re.compile(r",\s+(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+\s*,")


def _named_in_apposition(ent: Entity, text: str) -> bool:
    """"The leader of the largest opposition party, Michal Simecka, rejected ...": a role phrase whose
    person is named in apposition right after it names that person, not one told before, even when
    the name is unknown to the actor base."""
    if ent.entity_text.lower() in PERSON_PRONOUNS | OTHER_PRONOUNS:
        return False
    return _APPOSED_NAME.match(text, ent.end) is not None


def _land_of_people_named_before(people: Mention, text: str, before: list[Mention]) -> str | None:
    """"Bosnian Serb forces took the town ... Serb tanks": a people the article first named with the land
    it lives in ("Bosnian Serbs", "Kosovo Serbs") is that land's when the same word names it alone later.
    Only the same word: "Serbian troops" in a story about Kosovo Serbs are still Serbia's."""
    word = _singular(people.text.lower())
    for i in range(len(before) - 1, 0, -1):
        earlier, land = before[i], before[i - 1]
        if (earlier.kind == "demonym" and _singular(earlier.text.lower()) == word and earlier.start < people.start
                and land.kind in STATE_KINDS and land.identity is not None and land.identity.code
                and land.identity.code != people.identity.code and not text[land.end : earlier.start].strip()):
            return land.identity.code
    return None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


_FORMER_BEFORE = re.compile(r"\b(?:former|ex-?)\s+$", re.IGNORECASE)


def _former_ruler_of(ent: Entity, text: str, named: Mention) -> bool:
    """"the former Belgian colony": a people or country named after "former" before a noun of a land
    once ruled (colony_nouns.txt) is the old ruler, not the land the phrase means."""
    last = ent.entity_text.split()[-1].lower() if ent.entity_text.split() else ""
    lands = actor_word_list("colony_nouns.txt")
    return (named.end < ent.end and (last in lands or last.rstrip("s") in lands or last[:-3] + "y" in lands)
            and _FORMER_BEFORE.search(text[max(ent.start, named.start - 10) : named.start]) is not None)


def _leader_followed(ent: Entity, text: str, before: list[Mention], subjects: list[Mention]) -> Mention | None:
    """"Soldiers detained the president ... his supporters", "supporters of the deposed leader": a group
    named by whom it follows (follower_nouns.txt), a person said before by a pronoun or a role noun, is
    of that person's country (it keeps its own sector); None when it names no such person."""
    if ent.code is not None:
        return None
    words = ent.entity_text.split()
    followers = actor_word_list("follower_nouns.txt")
    if len(words) == 2 and words[0].lower() in PERSON_PRONOUNS and words[1].lower() in followers:
        pronoun = replace(ent, entity_text=words[0].lower(), end=ent.start + len(words[0]))
        return antecedent_of(pronoun, text, before, subjects)
    if len(words) > 3 and words[0].lower() in followers and words[1].lower() == "of" and words[2].lower() == "the":
        at = text.find(" the ", ent.start, ent.end) + 1
        leader = replace(ent, entity_text=text[at : ent.end], start=at)
        found = antecedent_of(leader, text, before, subjects)
        return found if found is not None and found.kind == "person" else None
    return None


def _owned_by_it(ent: Entity) -> bool:
    """"Its foreign ministry", "its army": a body named by whose it is, with "its" for the owner."""
    return ent.entity_text.lower().startswith("its ") and ent.code is None


def _state_body_of_a_person(ent: Entity) -> bool:
    """"Noboa said his government would not negotiate": a state body named by whose it is, with "his"
    or "her" for a person; it is the state of the person the pronoun stands for."""
    owner, _, rest = ent.entity_text.lower().partition(" ")
    return owner in {"his", "her"} and bool(rest) and ent.code is None and ent.sector in STATE_SECTORS


def _owner_of_its(ent: Entity, text: str, before: list[Mention], subjects: list[Mention]) -> Mention | None:
    """"India rejected the accusations and expelled a Canadian diplomat. Its foreign ministry ...": an
    "its" that opens its sentence continues the previous sentence's actor, not the last state named
    (the body is India's, though the dateline and the diplomat are Canada's); else the last one named."""
    fits = lambda m: m.kind in GROUP_KINDS  # noqa: E731
    return _subject_of_sentence_before(ent, text, before, subjects, fits) or _last(before, fits)


def _named_by_the_parse(ent: Entity) -> bool:
    """"Kenyatta met Museveni and said he would visit him": the parse already named, with its country,
    whom "he" stands for (the subject of the clause it hangs from); the last person named before it,
    often the other party, is a worse guess."""
    words = ent.entity_text.lower()
    return (words in SUBJECT_PRONOUNS and ent.code is not None and ent.identifier_text is not None
            and ent.identifier_text.lower() != words)


def _it_names_an_unknown_name(ent: Entity) -> bool:
    """"The Democratic Party said it would ...": the parse already named whom "it" stands for, by a name
    the knowledge base does not know; the last coded party named before ("North Korea") is a worse guess
    than no country at all."""
    ident = ent.identifier_text or ""
    return (ent.entity_text.lower() == "it" and ent.code is None and ident[:1].isupper()
            and ident.lower() != "it")


def _it_names_a_thing(ent: Entity, text: str) -> bool:
    """"Troops shelled the headquarters of the radio and retook it": the parse already named the thing
    "it" stands for by a phrase that is no role noun of the text ("the army said it ..."), with no
    country; the last country named before it is a worse guess than none."""
    ident = ent.identifier_text or ""
    return (ent.entity_text.lower() == "it" and ent.code is None and ident.lower() not in {"", "it"}
            and ident[:1].islower() and _role_given_by_the_parse(ent, text) is None)


def _they_names_an_uncoded_group(ent: Entity) -> bool:
    """"India condemned the coup. The Maoist rebels said they would block the highways": the parse
    already named whom "they" stands for (the subject of the clause it hangs from), a group the
    knowledge base gives no country; the last coded party named before it is another party."""
    ident = (ent.identifier_text or "").lower()
    return (ent.entity_text.lower() == "they" and ent.code is None and ent.sector is not None
            and ident not in {"", "they", "them"})


def _told_as_its_sentences_deed(ev: EventMention) -> bool:
    """"China demanded that India withdraw. Its defence ministry ...": the doer of an act only asked for,
    supposed or denied (hypothetical, negated) is not who the next sentence goes on about; the one who
    asks, says or denies is."""
    return ev.polarity not in {"hypothetical", "negated"}


def _person_at(ent: Entity, mentions: list[Mention]) -> Mention | None:
    """An event's actor as a mention of the person it was resolved to, if it is one."""
    identity = next((m.identity for m in mentions if m.identity is not None and m.kind == "person"
                     and m.identity.identifier == ent.identifier_text), None)
    return Mention(ent.entity_text, ent.start, ent.end, None, "person", identity=identity) if identity else None


def _party_at(ent: Entity, mentions: list[Mention]) -> Mention | None:
    """An event's actor as a mention of the state or organisation it was resolved to, if it is one."""
    m = next((m for m in mentions if m.identity is not None and m.kind in GROUP_KINDS
              and m.identity.identifier == ent.identifier_text), None)
    return Mention(ent.entity_text, ent.start, ent.end, None, m.kind, identity=m.identity) if m else None


def _add_resolved_role_noun(ent: Entity, text: str, mentions: list[Mention], starts: list[int]) -> None:
    """"Scholz met Macron; the chancellor promised aid. He also ...": a role noun resolved to a person
    is that person's latest mention, so a pronoun after it finds the chancellor, not Macron."""
    if ent.entity_text.lower() in PERSON_PRONOUNS | OTHER_PRONOUNS or not _is_definite(text, ent.start):
        return
    if mention_at(mentions, ent.start, ent.end, starts) is not None:
        return  # a name is inside it: already a mention
    person = _person_at(ent, mentions)
    if person is None:
        return
    at = bisect_left(starts, ent.start)
    mentions.insert(at, person)
    starts.insert(at, ent.start)


def _name_after_title(ent: Entity, text: str, mentions: list[Mention], starts: list[int]) -> Mention | None:
    """An argument that is only a title ("President"), or that ends in a role noun ("Mali's junta leader
    Colonel Assimi Goita"), names the person right after it (after that person's own title, if any)."""
    words = ent.entity_text.split()
    is_title = (ent.entity_text,) in load_titles() or tuple(words) in load_titles()
    if not is_title and not (words and words[-1].lower() in _person_roles()):
        return None
    i = bisect_left(starts, ent.end)
    return next((m for m in mentions[i : i + 2] if m.kind == "person" and m.identity is not None
                 and m.start >= ent.end and (_only_title_between(text[ent.end : m.start], m)
                                             or _set_off_by_commas(text, ent.end, m))), None)


def _only_title_between(gap: str, person: Mention) -> bool:
    return not gap.strip() or (person.title is not None and gap.split() == list(person.title.words))


def _set_off_by_commas(text: str, end: int, person: Mention) -> bool:
    """"North Korea's U.N. ambassador, Pak Gil Yon, rejected ...": a name in apposition right after the
    role, closed by a comma, is the person in that role (not a list: "the minister, Ali and Omar")."""
    return (_only_title_between(text[end : person.start].replace(",", " ", 1), person)
            and text[end : person.start].lstrip().startswith(",") and text[person.end : person.end + 1] == ",")


def _with_identity(ent: Entity, identity: Identity, replace_identifier: bool = True) -> Entity:
    """The argument named by this identity; its own country code wins over a looser one."""
    if identity.kind not in NAMED_KINDS and ent.code and ent.code != identity.code:
        return ent  # "Iraqi officials in Tehran": the mention inside is a place, not the actor
    if identity.kind == "person" and _took_surname_for_a_country(ent, identity):
        ent = replace(ent, code=None)  # "Federico Franco ... Franco's government": the person's, not France's
    code = ent.code or identity.code
    sector = ent.sector or identity.sector
    identifier = identity.identifier if replace_identifier or identity.kind in NAMED_KINDS else ent.identifier_text
    return replace(ent, identifier_text=identifier, code=code, sector=sector)


def _took_surname_for_a_country(ent: Entity, person: Identity) -> bool:
    """The argument read a word of a person's name as the country it resembles ("Franco's government"
    coded as France's): the word is no name of the knowledge base as printed, only a spelling
    correction of the country the argument was coded with; or it is the country's name as printed, in
    the name of a person the base does not know ("Michael Jordan", "Senator Thomas Jordan": the
    mentions took the word for the surname, so the person has no country from it)."""
    kb = load_kb()
    for word in map(normalise_name, ent.entity_text.split()):
        if word in person.identifier.split() and (person.code is None or not kb.spelt_as_named(word)):
            entry = kb.lookup(word)
            if entry is not None and entry.kind == "country" and entry.code == ent.code:
                return True
    return False


# "the 79-year-old", "The 45-year-old": a definite reference to a person by age alone
_AGE_REFERENCE = re.compile(r"\bthe\s+\d+-year-old$", re.IGNORECASE)


def antecedent_of(ent: Entity, text: str, before: list[Mention], subjects: list[Mention] = ()) -> Mention | None:
    """The mention `ent` refers back to; `subjects`, the people who were the actors of the events
    before it, let "he" continue the previous sentence's actor."""
    words = ent.entity_text.lower()
    if words in PERSON_PRONOUNS:
        other = "man" if words in FEMALE_PRONOUNS else "woman"
        fits = lambda m: m.kind == "person" and _gender(m) != other  # noqa: E731
        if words in SUBJECT_PRONOUNS and subjects:
            found = _subject_of_sentence_before(ent, text, before, subjects, fits)
            if found is not None:
                return found
        return _last(before, fits)
    if words in OTHER_PRONOUNS:
        role = _role_given_by_the_parse(ent, text)
        if role is not None:
            # "The rebel movement said it would resume fighting": "it" is the rebel movement, whatever
            # organisation was named last
            return _role_antecedent(role, ent, text, before)
        fits = lambda m: m.kind in GROUP_KINDS  # noqa: E731
        if words in GROUP_SUBJECT_PRONOUNS and subjects:
            # "The EU leaders demanded ... over Belarus. They also threatened ...": a plural subject
            # with nothing before it in its sentence continues the previous sentence's actor
            found = _subject_of_sentence_before(ent, text, before, subjects, fits)
            if found is not None:
                return found
        return _last(before, fits)
    if _AGE_REFERENCE.search(text, max(0, ent.start - 20), ent.end):
        # "Officers detained the 79-year-old": a person referred to by age is the last person named
        return _last(before, lambda m: m.kind == "person")
    if not _is_definite(text, ent.start):
        return None
    role = words[4:] if words.startswith("the ") else words
    # "backed the bloc's efforts", "accused the country's leadership": a possessor is the role noun itself
    role = re.sub(r"\s*['\u2019]s?$", "", role)
    if role in load_lexicon().document_nouns:
        # "The council adopted a resolution ... The resolution demands ...": a text speaks for its author
        return _author_of_document_told_before(role, text, ent.start, before)
    if role in actor_word_list("country_nouns.txt"):
        # "ECCAS suspended Gabon ... The African Union had suspended the country": the country named last
        return _last(before, lambda m: m.kind == "country")
    return _role_antecedent(role, ent, text, before)


def _author_of_document_told_before(noun: str, text: str, start: int, before: list[Mention]) -> Mention | None:
    """"The Security Council adopted a resolution on Friday. The resolution demands ...": the party named
    last before the text (document_nouns.txt) where it was told before, in that sentence (its issuer).
    A text first told as "the resolution" itself ("The Council voted to impose sanctions. The resolution,
    drafted by ...") is the work of the party the sentence before it opens with."""
    told = [m.start() for m in re.finditer(r"\b" + re.escape(noun) + r"\b", text[:start], re.IGNORECASE)]
    parties = lambda m: m.kind in GROUP_KINDS | STATE_KINDS | {"person"}  # noqa: E731
    for at in reversed(told):
        issuer = _last([m for m in before if _sentence_start(text, at) <= m.start and m.end <= at], parties)
        if issuer is not None:
            return issuer
    first = told[0] if told else start
    opening = _sentence_start(text, first)
    if opening == 0:
        return None
    previous = _sentence_start(text, opening - 1)
    return next((m for m in before if previous <= m.start and m.end <= opening and m.identity is not None
                 and parties(m)), None)


def _sentence_start(text: str, position: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text[:position])]
    return ends[-1] if ends else 0


def _role_given_by_the_parse(ent: Entity, text: str) -> str | None:
    """The role noun phrase a pronoun stands for when the parse tied it to a definite one and no name
    ("The rebel movement said it ..." gives "rebel movement"); None otherwise."""
    ident = (ent.identifier_text or "").lower()
    if not ident or ident == ent.entity_text.lower() or ident != (ent.identifier_text or ""):
        return None  # no phrase, the pronoun itself, or a name (names are capitalised)
    at = text.lower().rfind(ident, 0, ent.start)
    return ident if at >= 0 and _is_definite(text, at) else None


# ", a former Roman Catholic bishop who ...", ", a 60-year-old lawyer,": an appositive noun phrase right
# after a name; its last word before a comma, a relative pronoun or a preposition is its head
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+((?:[\w'’-]+\s+){0,5}?[a-z][\w-]*)"
                         r"(?=\s*[,.;)]|\s+(?:who|whose|of|from|in|at|for|with)\b)")


def _appositive_head(text: str, end: int) -> str | None:
    """The head noun of the appositive right after a name ending at `end`, if there is one."""
    found = _APPOSITIVE.match(text, end)
    return found.group(1).rsplit(None, 1)[-1] if found else None


def _described_before(role: str, text: str, before: list[Mention]) -> Mention | None:
    """"Lugo, a former Roman Catholic bishop, ... the former bishop": the person last named with an
    appositive whose head noun is the role's."""
    head = role.rsplit(" ", 1)[-1]
    return _last(before, lambda m: m.kind == "person" and _appositive_head(text, m.end) == head)


def _role_antecedent(role: str, ent: Entity, text: str, before: list[Mention]) -> Mention | None:
    """The mention a definite role noun phrase ("the general", "the militia", "the army") refers back to."""
    if role not in _person_roles() and " " in role and role.split(" ", 1)[1] in _person_roles():
        role = role.split(" ", 1)[1]  # "the foreign minister": the minister introduced before
    if role in _person_roles():
        found = _last(before, lambda m: m.kind == "person" and _has_role(m, role))
        if found is None and role in LEADER_NOUNS:
            # "President Manuel Zelaya ... the ousted leader": a country's leader is its head of state or government
            found = _last(before, lambda m: m.kind == "person" and any(_has_role(m, r) for r in _head_offices()))
        if found is None and _role_sector(role) == "MIL":
            # "army chief Oleksandr Syrskyi ... the commander", "General X ... the commander":
            # military ranks and posts stand for one another
            found = _last(before, lambda m: m.kind == "person" and _military(m))
        found = found or _described_before(role, text, before)
        if found is not None or role not in load_descriptors():
            return found
        # "the spokesman" with no one so introduced: a spokesman of the state or body named before
    elif (described := _described_before(role, text, before)) is not None:
        return described  # "the former bishop" after "Lugo, a former Roman Catholic bishop"
    head = role.rsplit(" ", 1)[-1]
    if head in actor_word_list("group_nouns.txt"):
        # "The RCMP said the group had weapons": a speaker speaks of itself as "it", not as "the group"
        speakers = {id(m.identity) for m in before if _speaker_of(m, text, ent.start)}
        before = [m for m in before if id(m.identity) not in speakers]
        if head != role and ent.sector:
            # "the rebel movement", "the militant group": a group of the sector its modifier tells first
            found = _last(before, lambda m: m.kind == "org" and m.identity.sector == ent.sector)
            if found is not None:
                return found
        if head in actor_word_list("armed_group_nouns.txt") or ent.sector == ARMED_GROUP_SECTOR:
            # "the militia" is the armed group named before, not the peacekeepers, and no aid group
            found = _last(before, lambda m: m.kind == "org" and _non_state(m.identity) and m.identity.code != "NGO")
            if found is not None:
                return found
        return _last(before, lambda m: m.kind == "org")
    if ent.sector:
        # "Opposition parties demanded that the authorities release ...": a state's organs named in the
        # plural are a state's, not an international body's named before them
        plural_state = ent.sector in STATE_SECTORS and role.endswith("s") and not role.endswith("ss")
        # "the International Criminal Court ... the Supreme Court": a national organ is a state's
        plural_state = plural_state or _names_a_state_organ(role)
        found = _last(before, lambda m: m.kind == "org" and (m.identity.sector == ent.sector)
                      and not (plural_state and m.identity.code in INTERNATIONAL_CODES))
        if found is None and ent.sector in FORCE_SECTORS and _plural_role(role):
            found = _force_named_with_nationality(ent, text, before)
        if found is None and ent.sector == ARMED_GROUP_SECTOR and _plural_role(role):
            # "Malian rebel leader Iyad Ag Ghaly ... The rebels agreed to hand over their weapons": with no
            # group named, the rebels are the men of the rebel leader named before
            found = _last(before, lambda m: m.kind == "person" and m.identity is not None
                          and m.identity.sector == ent.sector)
        if found is None and ent.sector in STATE_SECTORS:
            found = (_country_opening_its_sentence(ent, text, before) or _state_speaking_of_it(ent, text, before)
                     or _lead_country_of_new_rulers(role, text, before)
                     or _most_named(before, lambda m: m.kind in STATE_KINDS and not _named_as_neighbour(text, m)
                                    and not _names_a_people(text, m)))
            if found is not None and _introduced_since(role, text, found.end, ent.start):
                # "A military council took power ... FACT rejected the military council": the body
                # introduced by itself, whose country is not the country named before it
                return None
        return found
    return None


# the sectors of armed state agents, whom a definite plural noun ("the troops") refers back to
FORCE_SECTORS = frozenset({"MIL", "COP"})
# a nationality word then up to two words and a noun: "Soviet paratroopers", "Russian riot police"
_NOUN_AFTER_NATIONALITY = re.compile(r"(?:\s+[A-Za-z-]+){0,2}?\s+([A-Za-z-]+)\b")


def _plural_role(role: str) -> bool:
    head = role.rsplit(" ", 1)[-1]
    return head == "police" or (head.endswith("s") and not head.endswith("ss"))


def _force_named_with_nationality(ent: Entity, text: str, before: list[Mention]) -> Mention | None:
    """"Soviet paratroopers backed by tanks stormed the tower ... The troops also seized the radio
    building": a definite plural force noun is the force last named with its nationality (a demonym
    or a country right before a noun of the same sector), not the country the story names most."""
    kb = load_kb()
    for m in reversed(before):
        if m.end < ent.start - NATIONALITY_REACH:
            break
        if m.kind not in {"demonym", "country"} or m.identity is None or not m.identity.code:
            continue
        nouns = _NOUN_AFTER_NATIONALITY.match(text, m.end, min(len(text), m.end + 40))
        if nouns is not None and kb.agent_sector(nouns.group(1).lower()) == ent.sector:
            return m
    return None


# read once: asked of every recipient resolved
GROUP_REFERENCE_WORDS = actor_word_list("group_nouns.txt")
NEW_RULERS_WORDS = actor_word_list("new_rulers_words.txt")


def _names_a_group_noun(ent: Entity) -> bool:
    """"the bloc", "the bloc's", "the group": a group noun (group_nouns.txt) that refers back."""
    words = re.sub(r"['\u2019]s?$", "", ent.entity_text.lower()).split()
    return bool(words) and words[-1] in GROUP_REFERENCE_WORDS


def _lead_country_of_new_rulers(role: str, text: str, before: list[Mention]) -> Mention | None:
    """"Haitian President Aristide resigned ... the United States ... U.S. Marines ... CARICOM refused
    to recognise the interim authorities": rulers who took over (new_rulers_words.txt) are those of the
    state the story opens with, not of the foreign power it names most."""
    if role.split(" ", 1)[0] not in NEW_RULERS_WORDS or " " not in role:
        return None
    return next((m for m in before if m.identity is not None and m.kind in STATE_KINDS
                 and not _named_as_neighbour(text, m)), None)


def _names_a_state_organ(role: str) -> bool:
    return not actor_word_list("state_organ_words.txt").isdisjoint(role.split())


_NEIGHBOUR_BEFORE = re.compile(r"\bneighbou?ring\s+$", re.IGNORECASE)


_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _names_a_people(text: str, m: Mention) -> bool:
    """"ethnic Albanian party leaders", "the Albanian minority" in a story about Macedonia: a nationality
    word that names a people (people_group_nouns.txt) is not its state, whose government the story is not about."""
    if m.kind != "demonym":
        return False
    if _ETHNIC_BEFORE.search(text, max(0, m.start - 10), m.start):
        return True
    after = _NEXT_WORD.match(text, m.end)
    return after is not None and after.group(1).lower() in actor_word_list("people_group_nouns.txt")


def _named_as_neighbour(text: str, m: Mention) -> bool:
    """"... the sanctions it placed on neighbouring Mali. ... the government denied": a country named as
    the neighbour of the one the story is about is not the state "the government" or "the army" means."""
    return _NEIGHBOUR_BEFORE.search(text, max(0, m.start - 14), m.start) is not None


_SAID_RIGHT_BEFORE = re.compile(r"\s+(?:said|says|say|told\s+\w+|added|stated)(?:\s+that)?\s+(?:the\s+)?$", re.IGNORECASE)


def _speaker_of(m: Mention, text: str, start: int) -> bool:
    """Whether mention `m` is the speaker whose reported clause starts right before `start`."""
    return _SAID_RIGHT_BEFORE.fullmatch(text[m.end:start]) is not None


def _introduced_since(role: str, text: str, start: int, end: int) -> bool:
    """Whether `role` was introduced with an article of its own ("a military council") in text[start:end]."""
    return re.search(rf"\b(?:a|an|the)\s+{re.escape(role)}\b", text[start:end], re.IGNORECASE) is not None


SUBJECT_PRONOUNS = {"he", "she"}
GROUP_SUBJECT_PRONOUNS = {"they"}
GROUP_KINDS = {"country", "org", "metonym"}
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\"\u201c])")  # not after "U.N.", "K.P."


def _country_opening_its_sentence(ent: Entity, text: str, before: list[Mention]) -> Mention | None:
    """"India also recalled its envoy from Islamabad, and the finance ministry said ...": a state organ
    named by its role alone in a sentence that opens with a country is that country's, not the one the
    story names most."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text[: ent.start + 1])]
    own = starts[-1] if starts else 0
    opening = next((m for m in before if m.start >= own), None)
    if opening is None or opening.start != own or opening.kind not in STATE_KINDS:
        return None
    if _titles_a_person(opening, text, before):
        # "U.S. President Barack Obama urged the military": the sentence opens with a person, whose
        # nationality says nothing of whose the military is
        return None
    return opening


def _state_speaking_of_it(ent: Entity, text: str, before: list[Mention]) -> Mention | None:
    """"On Monday, Ukraine said the army had retaken two villages": a state organ named by its role alone
    in what a state says is that state's own, as when the sentence opens with it."""
    speaker = _last(before, lambda m: m.kind in STATE_KINDS)
    if speaker is None or not _speaker_of(speaker, text, ent.start):
        return None
    return None if _titles_a_person(speaker, text, before) else speaker


def _titles_a_person(country: Mention, text: str, before: list[Mention]) -> bool:
    """Whether the country's name only modifies the title of a person named right after it ("U.S.
    President Barack Obama", "Iranian Foreign Minister Javad Zarif")."""
    person = next((m for m in before if m.start > country.start), None)
    if person is None or person.kind != "person":
        return False
    gap = text[country.end : person.start]
    return _only_title_between(gap, person) or tuple(gap.split()) in load_titles()


def _subject_of_sentence_before(ent: Entity, text: str, before: list[Mention], subjects: list[Mention],
                                fits) -> Mention | None:
    """"Scholz met Macron in Paris. He promised aid": a "he" with no person before it in its own
    sentence continues the actor of the previous sentence's last event, not the last person named."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text[: ent.start + 1])]
    own = starts[-1] if starts else 0
    if own == 0 or any(m.start >= own and fits(m) for m in before):
        return None  # a person named earlier in the same sentence: the nearest one, as before
    previous = starts[-2] if len(starts) > 1 else 0
    return _last([m for m in subjects if previous <= m.start < own], fits)


def _non_state(identity: Identity) -> bool:
    return identity.sector not in STATE_SECTORS and identity.code not in {"IGO", "UNO", "EUR"}


# "the Indian leader", "the supreme leader": a country's leader is its head of state or government
LEADER_NOUNS = {"leader"}
HEAD_OF_STATE_ROLES = frozenset({"head_of_state", "head_of_government"})


@lru_cache(maxsize=1)
def _head_offices() -> tuple[str, ...]:
    """The office words of a head of state or government (offices.tsv), whom "the leader" names."""
    return tuple(office for office, (roles, _) in load_offices().items() if roles & HEAD_OF_STATE_ROLES)


def _titled_antecedent(ent: Entity, text: str, before: list[Mention]) -> Mention | None:
    words = ent.entity_text.lower()
    role = words[4:] if words.startswith("the ") else words
    if role not in _person_roles() and " " in role:
        role = role.split(" ", 1)[1]  # "the Iranian president", "the supreme leader": the noun after its modifier
    if role not in _person_roles() or not _is_definite(text, ent.start):
        return None
    before = [m for m in before if m.end <= ent.start]
    # of the role noun's own country: "the supreme leader" after "Hamas leader Haniyeh" and "Iran's
    # Khamenei" is Khamenei
    found = _last(before, lambda m: m.kind == "person" and _has_role(m, role) and m.identity.code in {None, ent.code})
    if found is None and role in LEADER_NOUNS:
        found = _last(before, lambda m: m.kind == "person" and m.identity.code == ent.code and m.identity.sector == "GOV")
    return found


@lru_cache(maxsize=1)
def _person_roles() -> frozenset[str]:
    return person_role_words()


def _has_role(m: Mention, role: str) -> bool:
    """The person was introduced with this title, or one of the same office (same_roles.txt), here or at
    another mention of them."""
    roles = _same_roles().get(role, {role})
    return any(not roles.isdisjoint(_roles_of(other)) for other in m.identity.mentions)


@lru_cache(maxsize=1)
def _same_roles() -> dict[str, frozenset[str]]:
    """Each role noun of same_roles.txt with all the role nouns of its office."""
    out = {}
    with open(data_path("actors", "same_roles.txt"), encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                group = frozenset(r.strip() for r in line.split("|"))
                out.update((r, group) for r in group)
    return out


@lru_cache(maxsize=None)
def _role_sector(role: str) -> str | None:
    """The sector a role noun tells (titles.tsv, descriptors.tsv); None when they disagree or say none."""
    sectors = {t.sector for t in load_titles().values() if t.role == role}
    if role in load_descriptors():
        sectors.add(load_descriptors()[role].sector)
    return sectors.pop() if len(sectors) == 1 else None


def _military(m: Mention) -> bool:
    """A person the knowledge base or a title places in the armed forces."""
    return m.identity.sector == "MIL" or any(_role_sector(r) == "MIL" for o in m.identity.mentions for r in _roles_of(o))


def _sex_of_role(role: str) -> tuple[str, ...]:
    # roles that tell a person's sex ("Mrs. Clinton ... she", female_roles.txt, male_roles.txt); a person
    # with none of them fits either pronoun
    return (("woman",) if role in actor_word_list("female_roles.txt") else ()) + \
        (("man",) if role in actor_word_list("male_roles.txt") else ())


def _gender(m: Mention) -> str | None:
    found = {sex for other in m.identity.mentions for r in _roles_of(other) for sex in _sex_of_role(r)}
    return found.pop() if len(found) == 1 else None


def _roles_of(m: Mention) -> set[str]:
    """The title before the name, or one the knowledge base prints inside it ("Crown Prince Mohammed bin Salman")."""
    roles = {m.title.role} if m.title is not None else set()
    words = tuple(m.text.split())
    titles = load_titles()
    for n in (3, 2, 1):
        if len(words) > n and words[:n] in titles:
            roles.add(titles[words[:n]].role)
            break
    return roles


def _most_named(mentions: list[Mention], accept) -> Mention | None:
    """The last mention of the entity named most often among `mentions` (the story's country, not a
    country named once for its reaction); on a tie, the one named first, as a lede names the story's
    country before those that react to it ("Paraguay's president ... as Argentina and Brazil recalled
    their envoys ... The Senate" is Paraguay's)."""
    fitting = [m for m in mentions if m.identity is not None and accept(m)]
    if not fitting:
        return None
    counts = Counter(id(m.identity) for m in fitting)
    best = max(counts.values())
    first = next(id(m.identity) for m in fitting if counts[id(m.identity)] == best)
    return next(m for m in reversed(fitting) if id(m.identity) == first)


def _last(mentions: list[Mention], accept) -> Mention | None:
    return next((m for m in reversed(mentions) if m.identity is not None and accept(m)), None)


_HYPHENED_PARTICIPLE = re.compile(r"-([a-z]+ed)\b")


def _sponsor_before_hyphen(named: Mention, text: str) -> bool:
    """"U.S.-backed troops", "Iranian-funded militias": a name joined by a hyphen to a participle that
    makes no owner (owner_participles.txt lists "led", "controlled"...) says who backs, funds or trains
    them, not whose they are (the parser keeps "U.S.-backed" one word, so the argument stage cannot)."""
    m = _HYPHENED_PARTICIPLE.match(text, named.end)
    return m is not None and m.group(1) not in load_lexicon().owner_participles


def _is_definite(text: str, start: int) -> bool:
    if text[start : start + 1] == "-":
        # "the Iranian-backed group": the phrase starts after the sponsor's name, which is not its owner
        start = text.rfind(" ", 0, start) + 1
    return text[start : start + 4].lower() == "the " or text[max(0, start - 4) : start].lower() == "the "


def _share_codes(events: list[EventMention]) -> None:
    """An identity coded at one argument (\"Iraqi General Ahmed Rashid\") codes it at the others (\"Rashid\").
    A code a place gave one argument under a word of its name (\"Hindu temples in Lahore\" placed in
    Pakistan) is where that one was, not whose the word is: it codes no other mention (\"Hindu militants\")."""
    known: dict[str, tuple[str, str | None]] = {}
    for ev in events:
        for ent in ev.actor + ev.recipient:
            if ent.code and ent.identifier_text and not _placed_under_a_modifier(ent) and ent.identifier_text not in known:
                known[ent.identifier_text] = (ent.code, ent.sector)
    for ev in events:
        ev.actor = [_coded(e, known) for e in ev.actor]
        ev.recipient = [_coded(e, known) for e in ev.recipient]


def _placed_under_a_modifier(ent: Entity) -> bool:
    """"at least 30 Hindu temples" coded by where they stand, its identifier a word before the head: the
    code is the place's, not that word's."""
    text = ent.entity_text
    return bool(ent.inferred and ent.identifier_text != text and ent.identifier_text in text
                and not text.endswith(ent.identifier_text))


def _coded(ent: Entity, known: dict) -> Entity:
    if ent.code or ent.identifier_text not in known:
        return ent
    code, sector = known[ent.identifier_text]
    return replace(ent, code=code, sector=ent.sector or sector)
