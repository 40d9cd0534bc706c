"""State agents named without their country ("police", "the army", "the government",
"Interior Minister Aftab Sherpao") belong to the state where they act.

News names a country's own forces and officials without saying whose they are when the story
is about that country: "Police fired tear gas in Minsk", "The army imposed a curfew" under a
TUNIS dateline. This stage, run after places and coreference, gives such an argument the
country of the event's place, else the country the story is filed from or most about, also
when the actor is a group of that country's people ("rebels in Mali rejected an appeal from the
president" answer Mali's president). Actors
of other kinds (protesters, gunmen, civilians) are not assumed to belong anywhere by
themselves; two relations place them: a group without a country that makes claims on one
state only ("fundamentalists demanded the Algerian president's resignation", "ethnic Turks protested
against Sweden's decision"; a political party also when named by its own name) is of that state,
and rebels without a country whom a state's forces act on ("the army killed 300 rebels") are
that state's rebels, as are the students, demonstrators, workers, refugees or clergy, the named
persons and the people referred back to ("drove them out") its forces coerce or attack at home
("Turkish police prevented a demonstration by students"), and so are the news outlets its authorities
shut down or order about at home; people in general ("police detained
40 people") are left without a country. An attack or a show of force with no target named is aimed at
the other country its own clause places it in ("a strike near an air base in Iran's Isfahan province",
"troops stayed on alert in the occupied West Bank"), what an attack hits, named with no country of its
own, is in the country its own clause places it in ("shelled residential areas on the outskirts of
Benghazi"), and a town a withdrawal leaves ("pulled out of San Cristobal") is of the country the
gazetteer places it in. People an attack kills and aid receivers ("handing out food in Pemba to hundreds
of families") are not given the country of the place: it says where, not whose people they are. A
deployment within the sender's own country is aimed at no one.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .actors import (NON_STATE_CODES, STATE_SECTORS, actor_word_list, named_by_the_deed,
                     names_a_mission_abroad, names_several_states, placed_by_no_place)
from .lexicon import load_lexicon
from .records import Entity, EventMention

TRAVELLING_TYPES = frozenset({"CONSULT"})
# Agents that never travel to talks abroad: at talks they are of the country where the talks are held
HOME_BOUND_SECTORS = frozenset(w.upper() for w in actor_word_list("home_bound_sectors.txt"))
# Branches of a state that its government or forces act on, not act with: a legislature or court
OTHER_BRANCH_SECTORS = frozenset({"LEG", "JUD"})


def code_home_agents(events: list[EventMention], home: str | None, people: frozenset[str] = frozenset(),
                     text: str = "") -> None:
    """Fill the code of uncoded state agents in place; the filled entities are marked inferred.
    `people`: identifiers of the persons the article names; `text`: the article's text."""
    for ev in events:
        ev.actor = _forces_named_with_a_coded_partner(ev.actor, text)
        country = _event_country(ev) or home
        if country is None:
            continue
        if ev.event in TRAVELLING_TYPES:
            # "the minister visited Kabul": a visitor is rarely of the place visited, but whom one meets
            # there ("met army commanders") is of that place, and so are police, lawmakers and judges
            # holding talks (home_bound_sectors.txt), who do not travel abroad for them
            ev.recipient = [_homed(e, country) for e in ev.recipient]
            ev.actor = [_homed(e, country) if e.sector in HOME_BOUND_SECTORS else e for e in ev.actor]
            continue
        # "Prime Minister Rahima Begum resigned and fled to India": where one flees or goes into exile is
        # not one's own country; the story's is
        gone = home is not None and ev.event in FLIGHT_TYPES and _placed_where_it_went(ev, text)
        ev.actor = [_homed(e, home if gone else country) for e in ev.actor]
        if ev.event in DEPLOYMENT_TYPES | TOWN_TARGET_TYPES | WITHDRAWAL_TYPES | DESTINATION_TYPES:
            ev.recipient = [_town_of(e, country) for e in ev.recipient]
        if any(a.code == country and not a.inferred and _speaks_for_state(a) for a in ev.actor):
            # "North Korea deployed artillery units": the actor's own forces, not a target; but rebels or
            # opposition of a country dealing with "the president" deal with their own state's president.
            # Another branch of the state it acts on is still that state's ("the president dissolved parliament"),
            # and so is an official the story names ("Henry rejected Joseph's claim"), and whatever the story
            # calls the country's own ("the president offered the country's Kurdish minority talks")
            ev.recipient = [_homed(e, country) if e.sector in OTHER_BRANCH_SECTORS or e.identifier_text in people
                            or _called_local(e) or _of_the_countrys_people(e) or _forces_given_up_to(ev, e, text) else e
                            for e in ev.recipient]
            continue
        ev.recipient = [_homed(e, country) for e in ev.recipient]
        if ev.event in DEPLOYMENT_TYPES:
            ev.recipient = [e for e in ev.recipient if not _own_forces_sent(e, ev.actor)]
    for ev in events:
        _code_domestic_claimants(ev)
        _code_domestic_rebels(ev, home, people)
        _aim_at_struck_country(ev)
        _aid_the_country_it_is_given_in(ev)
        _aim_deployment_at_host_of_own_base(ev)
        _no_target_of_a_deployment_at_home(ev)
        _no_counterpart_in_own_body_convened(ev, text)
        _place_the_struck(ev)
        _place_the_left(ev)
        _aim_protest_at_own_government(ev)
        _no_country_for_a_new_crowd(ev, text)
    _one_mention_one_country(events)
    _pronouns_coded_as_their_group(events)
    _armed_groups_named_again(events)


def _pronouns_coded_as_their_group(events: list[EventMention]) -> None:
    """"the rebels had freed eight children, and they let Red Cross workers in": a pronoun the parse
    resolved to a group told just before it in its sentence ("they" -> "rebels") is of the country that
    group was coded for (here or by coreference); the pronoun itself names no one, so the rules above
    pass it by."""
    # the group by its words: its identifier may be the country it was coded for ("rebels" -> "Russia")
    coded = [(e.start, ev.sent_start, e.entity_text.lower(), e.code) for ev in events for e in (*ev.actor, *ev.recipient)
             if e.code is not None and e.entity_text.lower() not in PRONOUNS]
    for ev in events:
        ev.actor = [_code_of_group_before(e, ev.sent_start, coded) for e in ev.actor]
        ev.recipient = [_code_of_group_before(e, ev.sent_start, coded) for e in ev.recipient]


# Sectors of armed groups a bare plural noun names again ("Separatists shot down a plane" after "Kiev accused
# pro-Russian separatists"): rebels, not a state's forces, of which a story tells of many sides.
GROUPS_NAMED_AGAIN_SECTORS = frozenset({"REB"})


def _armed_groups_named_again(events: list[EventMention]) -> None:
    """"Kiev accused pro-Russian separatists ... Separatists shot down a transport plane last month": an
    armed group named again by its bare noun, with no country of its own, is the group told before with that
    noun (coded here or by coreference), when all told before are of one country (examples/README.md Null:
    a reference points back)."""
    coded = [(e.start, e.entity_text.lower(), e.code) for ev in events for e in (*ev.actor, *ev.recipient)
             if e.code is not None and e.sector in GROUPS_NAMED_AGAIN_SECTORS]
    for ev in events:
        ev.actor = [_group_told_before(e, ev.sent_start, coded) for e in ev.actor]
        ev.recipient = [_group_told_before(e, ev.sent_start, coded) for e in ev.recipient]


def _group_told_before(entity: Entity, sent_start: int, coded: list) -> Entity:
    words = entity.entity_text.lower().split()
    if entity.code is not None or entity.sector not in GROUPS_NAMED_AGAIN_SECTORS or words[:1] == ["the"] \
            or len(words) != 1:
        return entity
    noun = words[0]
    codes = {code for start, text, code in coded
             if start < sent_start and (text == noun or text.endswith(" " + noun))}
    if len(codes) != 1:
        return entity
    return replace(entity, code=next(iter(codes)), inferred=True)


def _code_of_group_before(entity: Entity, sent_start: int, coded: list) -> Entity:
    if entity.code is not None or entity.entity_text.lower() not in PRONOUNS or not entity.identifier_text \
            or entity.identifier_text.lower() in PRONOUNS:
        return entity
    group = entity.identifier_text.lower()
    before = [(start, code) for start, sent, words, code in coded
              if sent == sent_start and start < entity.start and (words == group or words.endswith(" " + group))]
    if len({code for _, code in before}) != 1:
        return entity
    return replace(entity, code=before[0][1], inferred=True)


def code_people_in_home_roles(events: list[EventMention], home: str | None, people: frozenset[str]) -> None:
    """"Albert Ondo Ossa, the main opposition candidate, says he won the vote ... The junta rejected Ondo
    Ossa's claim": a person the story gives a role of a state or of its opposition, and no country, holds
    it in the country the story is about (the office a person holds gives the country, as the coding
    rules say), at every argument that names the person (mentions.people_in_home_roles). Marked inferred."""
    if home is None or not people:
        return
    for ev in events:
        ev.actor = [_of_home(e, home, people) for e in ev.actor]
        ev.recipient = [_of_home(e, home, people) for e in ev.recipient]


def _of_home(entity: Entity, home: str, people: frozenset[str]) -> Entity:
    if entity.code is not None or entity.identifier_text not in people:
        return entity
    return replace(entity, code=home, inferred=True)


# Withdrawals, flights into exile among them, placed where the one who leaves goes.
FLIGHT_TYPES = frozenset({"RETREAT"})
_TO_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)


def _placed_where_it_went(ev: EventMention, text: str) -> bool:
    """Whether the event's place is named as where someone went ("fled to India", "flew into exile in
    Spain" is placed at "in Spain", not here)."""
    start = (ev.event_loc or {}).get("start")
    return isinstance(start, int) and _TO_BEFORE.search(text, max(0, start - 12), start) is not None


def _forces_given_up_to(ev: EventMention, entity: Entity, text: str) -> bool:
    """"The leaders of Thailand's protest movement surrendered to police": the forces one gives oneself up
    to (a "to" phrase of a withdrawal or surrender) are the state's where it happens, though the one who
    yields is named with that state's name; they are no forces of the yielder's own."""
    return (ev.event in FLIGHT_TYPES and entity.sector in FORCE_SECTORS
            and _TO_BEFORE.search(text, max(0, entity.start - 12), entity.start) is not None)


def _one_mention_one_country(events: list[EventMention]) -> None:
    """"He urged Kurds to cooperate with the security forces": one phrase is a side of two events (the
    urged and the one who is to cooperate); the country the story's home gives the one addressed or acted
    on (above) is the phrase's own, so the other event, which gave it none, takes it too. Only a
    recipient's: a doer's country read off its deed ("rebels ... attack police posts") holds for that
    deed only. A phrase given two countries is left as it is."""
    codes: dict[tuple[int, int], set[str]] = {}
    for ev in events:
        for ent in ev.recipient:
            if ent.code is not None and ent.inferred:
                codes.setdefault((ent.start, ent.end), set()).add(ent.code)
    for ev in events:
        ev.actor = [_coded_as_elsewhere(e, codes) for e in ev.actor]
        ev.recipient = [_coded_as_elsewhere(e, codes) for e in ev.recipient]


def _coded_as_elsewhere(entity: Entity, codes: dict[tuple[int, int], set[str]]) -> Entity:
    found = codes.get((entity.start, entity.end), set())
    if entity.code is not None or len(found) != 1:
        return entity
    return replace(entity, code=next(iter(found)), inferred=True)


# Deployments, whose recipient is where the forces are sent.
DEPLOYMENT_TYPES = frozenset({"MOBILIZE"})
# Deeds of force aimed at a place, and threats of them: "vowed to keep advancing on the capital", "shelled the town".
TOWN_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# Withdrawals from a place: "troops started pulling out of the capital" leave that place's country.
WITHDRAWAL_TYPES = frozenset({"RETREAT"})
# Aid sent to a place: "flew medical supplies to the capital" is aid to the country it is in
DESTINATION_TYPES = frozenset({"AID"})
# "sent agents to the city", "ordered troops into the province", "annexed the peninsula": a place named only by its kind
# ... or a thing of such a place ("opened fire at the city's main railway station", "the capital's airport")
_PLACE_KIND = re.compile(r"(?i)^(?:the\s+)?(?:(?:\w+\s+)?(?:city|capital|town|village|province|district|peninsula|island)"
                         r"|(?:city|capital|town|village)['\u2019]s\s+\S.*)$")


def _own_forces_sent(entity: Entity, actors: list[Entity]) -> bool:
    """"In Jammu, the authorities deployed army troops": forces sent at home by their own state, both
    given the place's country here, are the sender's means, not whom the deployment is aimed at."""
    return (entity.inferred and entity.sector in FORCE_SECTORS
            and any(a.inferred and a.code == entity.code for a in actors))


# Sectors of a state's forces.
FORCE_SECTORS = frozenset({"MIL", "COP"})


def _town_of(entity: Entity, country: str) -> Entity:
    """"the Pentagon sent troops to the city" under a LAGOS dateline: a destination named only by its kind
    is a place of the country where the event happens (not "the region", which may span countries); so
    is one an attack or a coercion is aimed at ("vowed to keep advancing on the capital"), and a part of
    the country named by its compass point ("sent troops to the northeast")."""
    if entity.code is not None or not (_PLACE_KIND.match(entity.entity_text.strip())
                                       or _names_a_compass_part(entity.entity_text)):
        return entity
    return replace(entity, code=country, inferred=True)


def _names_a_compass_part(phrase: str) -> bool:
    """"the north", "northeast": a part of the country told of, named only by its compass point
    (compass_words.txt)."""
    words = phrase.lower().split()
    return words[-1:] != [] and words[-1] in load_lexicon().compass_words and words[:-1] in ([], ["the"])


# Attacks whose target, when none is named, is the country they struck; and shows of force, aimed at the
# other country they are staged in ("Israeli troops remained on alert in the occupied West Bank", as
# "Kenya's deployment of troops in Somalia").
STRIKE_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
ATTACK_TYPES = frozenset({"ASSAULT"})


def _aim_at_struck_country(ev: EventMention) -> None:
    """"Israel carried out a strike near an air base in Iran's Isfahan province": an attack with no one
    named as its target is aimed at the country its own clause places it in, when that is another
    country than the attacker's (a place named only by the dateline does not count)."""
    if ev.event not in STRIKE_TYPES or ev.recipient or not ev.actor:
        return
    if {a.code for a in ev.actor} & NON_STATE_CODES:
        return
    ev.recipient = _country_of_its_own_clause(ev) or ev.recipient


def _aid_the_country_it_is_given_in(ev: EventMention) -> None:
    """"Ghanaian peacekeepers arrived in South Sudan", "UN peacekeepers arrived in Haiti": aid given in
    another country than the giver's, with no one named to receive it, is aid to that country (the
    country its own clause places it in; a dateline alone does not count)."""
    if ev.event not in DESTINATION_TYPES or ev.recipient or not ev.actor:
        return
    # unlike an attack, aid by the UN or an aid group is given to the country it is given in too
    ev.recipient = _country_of_its_own_clause(ev) or ev.recipient


def _aim_deployment_at_host_of_own_base(ev: EventMention) -> None:
    """"Moscow flew 150 paratroopers to its air base at Kant": forces sent to the sender's own base abroad
    are deployed in the country its own clause places the base in, not at the sender itself."""
    if ev.event not in DEPLOYMENT_TYPES or not ev.recipient or not ev.actor:
        return
    own = {a.code for a in ev.actor}
    if None in own or not all(r.code in own for r in ev.recipient):
        return
    ev.recipient = _country_of_its_own_clause(ev) or ev.recipient


def _no_target_of_a_deployment_at_home(ev: EventMention) -> None:
    """"Troops rolled into the capital", "the army deployed troops at the airport": forces a state sends
    within its own country are aimed at no one; the destination is where the deployment happened, not
    a side of it (the null rule of the gold: "a domestic deployment has no recipient")."""
    if ev.event not in DEPLOYMENT_TYPES or not ev.recipient or not ev.actor:
        return
    own = {a.code for a in ev.actor}
    if None in own or own & NON_STATE_CODES:
        return
    ev.recipient = [r for r in ev.recipient if r.code not in own]


MEETING_TYPES = frozenset({"CONSULT"})
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)


def _no_counterpart_in_own_body_convened(ev: EventMention, text: str) -> None:
    """"Vajpayee held an emergency meeting of his cabinet's security committee": the body whose meeting one
    holds or chairs (the "of" phrase of the meeting) is of the holder's own country; its members meet among
    themselves, so the meeting has no other party (the gold's null recipient for a body's own meeting). "a
    meeting of Indian and Pakistani officials" names two countries and keeps the other one."""
    if ev.event not in MEETING_TYPES or not ev.recipient or not ev.actor:
        return
    own = {a.code for a in ev.actor}
    if None in own or own & NON_STATE_CODES:
        return
    ev.recipient = [r for r in ev.recipient
                    if not (r.code in own and _OF_BEFORE.search(text, max(0, r.start - 4), r.start))]


def _place_the_struck(ev: EventMention) -> None:
    """"shelled residential areas on the outskirts of Benghazi", "fired missiles at air defence sites
    around Tripoli": what an attack hits, named with no country of its own, is in the country its own
    clause places the attack in (a place named only by the dateline does not count); people it kills
    are not given the place's country."""
    if ev.event not in ATTACK_TYPES or all(r.code for r in ev.recipient):
        return
    country = _country_of_own_clause_place(ev)
    if country is not None:
        ev.recipient = [r if r.code or placed_by_no_place(r.sector, r.entity_text)
                        else replace(r, code=country, inferred=True) for r in ev.recipient]


def _place_the_left(ev: EventMention) -> None:
    """"the guerrillas pulled out of San Cristobal", "troops pulled out of Kherson": a town a withdrawal
    leaves, named with no country of its own, is of the country the gazetteer places it in; the
    withdrawal is aimed at that country (only the recipient that is the place of its own clause)."""
    if ev.event not in WITHDRAWAL_TYPES or all(r.code for r in ev.recipient):
        return
    country = _country_of_own_clause_place(ev)
    loc = ev.event_loc or {}
    if country is None:
        return
    ev.recipient = [replace(r, code=country, inferred=True) if r.code is None and _is_the_place(r, loc) else r
                    for r in ev.recipient]


def _aim_protest_at_own_government(ev: EventMention) -> None:
    """"police officers protesting against cuts": a protest with no target named whose doers only the
    story's country codes (filled above) is aimed at their own government, as one whose doers are named
    with their country (arguments.py implicit_target, coref.py)."""
    if ev.event not in PROTEST_TYPES or ev.recipient:
        return
    coded = [a for a in ev.actor if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES]
    if coded:
        a = coded[0]
        ev.recipient = [Entity(a.entity_text, f"{a.code} government", a.code, "GOV", a.start, a.end, inferred=True)]


CROWD_NOUNS = actor_word_list("crowd_nouns.txt")
# Words before a noun that make it refer back to people told before ("the protesters", "their marchers")
DEFINITE_WORDS = frozenset({"the", "these", "those", "its", "their", "his", "her"})


def _no_country_for_a_new_crowd(ev: EventMention, text: str) -> None:
    """"police fired tear gas at looters in the capital", "soldiers detained 232 protesters", "the army chief
    urged protesters to go home": a crowd named by a bare plural (crowd_nouns.txt), with no nationality in
    its phrase, is new to the story; the side that meets or addresses it and the place where it does say
    where, not whose people they are, so it gets no country (examples/README.md, Crowds). A definite
    reference back ("fired on the protesters") keeps the country of the people it refers to. A protest's
    target is left alone: one aimed at no one is aimed at its doers' own government."""
    if ev.event in PROTEST_TYPES:
        return
    ev.recipient = [replace(r, code=None, inferred=False) if r.code and _new_crowd(r, text) else r
                    for r in ev.recipient]


def _new_crowd(entity: Entity, text: str) -> bool:
    words = entity.entity_text.split()
    if not words or words[-1].lower() not in CROWD_NOUNS or any(w[:1].isupper() for w in words):
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, entity.start - 12) : entity.start])
    return not (before and before[-1].lower() in DEFINITE_WORDS)


def _is_the_place(entity: Entity, loc: dict) -> bool:
    start, end = loc.get("start"), loc.get("end")
    return isinstance(start, int) and isinstance(end, int) and entity.start < end and start < entity.end


def _country_of_own_clause_place(ev: EventMention) -> str | None:
    """The country of the place the event's own clause names; none when only the dateline places it."""
    loc = ev.event_loc or {}
    start = loc.get("start")
    if not isinstance(start, int) or not any(a <= start < b for a, b in ev.where_spans):
        return None
    return _event_country(ev)


def _country_of_its_own_clause(ev: EventMention) -> list[Entity]:
    """The country the event's own clause places it in, as a recipient, when every actor is coded and
    none is of that country; nothing when only the dateline places it."""
    country = _country_of_own_clause_place(ev)
    codes = {a.code for a in ev.actor}
    if country is None or None in codes or country in codes:
        return []
    loc = ev.event_loc
    return [Entity(str(loc.get("placename") or country), country, country, None, loc["start"],
                   loc.get("end", loc["start"]), inferred=True)]


def _code_domestic_rebels(ev: EventMention, home: str | None, people: frozenset[str] = frozenset()) -> None:
    """"The army said it had killed 300 rebels": insurgents a state's forces act on, named without a
    country of their own, are that state's insurgents (and so are the people's groups its forces coerce
    or attack, and those its authorities order or allow to act), unless the event's place or the story's country
    is another one ("Russian jets bombed rebel camps in Idlib" says nothing of whose rebels they are);
    the filled code is marked inferred."""
    states = {a.code for a in ev.actor if a.code}
    if len(states) != 1 or not all(a.sector in STATE_SECTORS or a.sector is None for a in ev.actor if a.code):
        return
    country = next(iter(states))
    if len(country) != 3 or country in NON_STATE_CODES or (_event_country(ev) or home or country) != country:
        return
    # the people's groups only when its forces act ("a Syrian gang kidnapped aid workers" says nothing of theirs)
    forces = all(a.sector in STATE_SECTORS for a in ev.actor if a.code)
    ev.recipient = [replace(r, code=country, inferred=True)
                    if r.code is None and not named_by_the_deed(r.entity_text)
                    and (r.sector == "REB" or forces and _domestic_target(ev.event, r, people)) else r
                    for r in ev.recipient]


# Acts of force a state's police or army do to the people where they act: "police dispersed the demonstrators",
# "the army held refugees as human shields" are done to that state's own people.
FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})
# What a state's authorities order or allow the people where they act: "the governor ordered striking
# teachers back to work", "the ministry allowed opposition parties to campaign" are done to its own people.
AUTHORITY_TYPES = frozenset({"REQUEST", "CONCEDE"})
# Groups of a people, named without a country: students, opposition, workers, refugees, clergy (not civilians:
# "police detained 40 people" says nothing of whose people).
PEOPLE_SECTORS = frozenset({"EDU", "OPP", "LAB", "REF", "REL"})


# Sectors of the state's own men whom its forces may turn on at home: the leaders of a coup, ousted officials
# (not soldiers: "troops fought soldiers" names the other side's as often, measured worse on held-out text).
MUTINY_SECTORS = frozenset({"GOV"})


# News outlets, one or many: a state's authorities act on the outlets of the place where they act.
OUTLET_SECTORS = frozenset({"MED"})


# Pronouns for people a state's forces act on: "police drove them out", "detained him".
PERSONAL_OBJECTS = frozenset({"them", "him", "her"})


# What a state's officials say against the people where they act: "the prime minister accused the
# opposition of blackmail", "the ministry warned protesters" are aimed at that state's own people's groups.
CENSURE_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT"})
# Groups a state's officials censure at home, beside its people's groups: "the general blamed feuding among
# the civilian parties" speaks of the civilian side of that state's politics (force or orders aimed at
# "civilians" or "people" still say nothing of whose they are).
CENSURED_AT_HOME_SECTORS = PEOPLE_SECTORS | {"CVL"}


def _domestic_target(event_type: str, recipient: Entity, people: frozenset[str]) -> bool:
    if recipient.sector == "REB":
        return True
    if event_type in CENSURE_TYPES:
        # "accused the opposition leader of breaking his parole": one of them censured is one of its own too
        return recipient.sector in CENSURED_AT_HOME_SECTORS
    if event_type not in FORCE_TYPES | AUTHORITY_TYPES:
        return False
    if event_type in FORCE_TYPES and recipient.sector in MUTINY_SECTORS:
        # "soldiers loyal to the president arrested three leaders of a failed coup": leaders and officials
        # a state's forces seize or fight at home, named without a country, are its own
        return True
    if recipient.sector in OUTLET_SECTORS:
        # "the government ordered the opposition newspaper to suspend publication": an outlet named
        # without a country that a state's authorities shut down or order about at home is that state's
        return True
    if recipient.sector is None:
        # a person the story names, or one it refers back to, or a people with no state of its own
        # ("urged Kurds to cooperate"), not a thing ("seized power")
        return (recipient.identifier_text in people or recipient.entity_text.lower() in PERSONAL_OBJECTS
                or recipient.entity_text.split()[-1].lower() in actor_word_list("stateless_peoples.txt"))
    return _peoples_group(recipient)


def _peoples_group(recipient: Entity) -> bool:
    # a group ("students", "the opposition"), not one person named by a role ("an opposition leader")
    return recipient.sector in PEOPLE_SECTORS and _names_many(recipient.entity_text.split()[-1])


# Claims a people makes on its own state: "Islamic fundamentalists demanded the resignation of the
# Algerian president", "protesters in Portland toppled statues" (aimed at the US government).
CLAIM_TYPES = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Protests, aimed at the protesters' own state by convention
PROTEST_TYPES = frozenset({"PROTEST"})
# Groups named without a country: rebels, opposition, civilians, students, workers, clergy, or no sector.
DOMESTIC_SECTORS = frozenset({None, "REB", "OPP", "CVL", "EDU", "LAB", "REL"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "who", "which", "that"})


def _code_domestic_claimants(ev: EventMention) -> None:
    """An uncoded group ("fundamentalists", "opposition parties") making a claim on one state's
    authorities, and on no one else, belongs to that state; the filled code is marked inferred. Not a
    claim on a state other than the one where it is made (the event's place, the dateline's at least; the
    story's most named country is no place, and "ethnic Hungarians" name one): "the militants in Algeria
    demanded an end to France's campaign" says nothing of whose they are. A
    protest keeps the convention of the PLOVER gold standard: it is against the protesters' own state
    wherever it is held ("a hunger strike against Sweden's decision to send them back to Bulgaria")."""
    if ev.event not in CLAIM_TYPES or not ev.actor or any(a.code for a in ev.actor):
        return
    if _is_riot(ev):
        # "protesters stormed parliament": storming, burning or looting a building is a deed done to a
        # place, not a claim on a state, and says nothing of whose people the crowd is
        return
    targets = {r.code for r in ev.recipient if r.code}
    if len(targets) != 1 or not ev.recipient or any(r.code is None for r in ev.recipient):
        return
    country = next(iter(targets))
    if len(country) != 3 or country in NON_STATE_CODES:
        return
    if ev.event not in PROTEST_TYPES and (_event_country(ev) or country) != country:
        return
    if not all(_unnamed_group(a, ev.sent_start) or a.sector == "PTY" for a in ev.actor):
        # a political party, even one named by its own name or referred back to ("it will boycott
        # Algeria's elections"), is a party of one country
        return
    ev.actor = [replace(a, code=country, inferred=True) for a in ev.actor]


# The PROTEST mode of a crowd's deed on a place (crowd_deeds.tsv): storming, arson, looting
RIOT_MODES = frozenset({"riot"})


def _is_riot(ev: EventMention) -> bool:
    return ev.event == "PROTEST" and bool(RIOT_MODES & set(ev.mode))


def _unnamed_group(entity: Entity, sent_start: int) -> bool:
    # a common-noun head ("elders", "demonstrators", sentence-initial "Rebels" as a known agent word), not a
    # name ("Iran" unknown to the actor dictionaries) or a pronoun
    words = entity.entity_text.split()
    if entity.sector not in DOMESTIC_SECTORS or not words or words[-1].lower() in PRONOUNS:
        return False
    if _ethnic_people(words):
        return True
    if entity.sector is not None and words[-1].islower() and not _names_many(words[-1]):
        return False  # "the cleric accused Israel": one person, not a people's group
    return words[-1].islower() or (len(words) == 1 and entity.sector is not None and entity.start == sent_start
                                   and words[0][1:].islower())


def _ethnic_people(words: list[str]) -> bool:
    # "ethnic Turks", "1,000 ethnic Albanians": a people named by a nationality word after "ethnic", which
    # names no state (the actor base leaves them uncoded), so a group of them, not a name
    return len(words) >= 2 and words[-2].lower() == "ethnic" and words[-1][:1].isupper()


def _speaks_for_state(entity: Entity) -> bool:
    # a state named as a whole ("North Korea") or one of its agents, not a group of its people
    return entity.sector is None or entity.sector in STATE_SECTORS


def _names_many(noun: str) -> bool:
    # a plural, or a collective noun singular in form ("the opposition demanded ...": collective_nouns.txt)
    low = noun.lower()
    return low in actor_word_list("collective_nouns.txt") or (low.endswith("s") and not low.endswith("ss"))


def _event_country(ev: EventMention) -> str | None:
    if ev.scene_country:
        return ev.scene_country  # placed only by the dateline, told where the deed before it was done
    loc = ev.event_loc or {}
    country = loc.get("country")
    return country if isinstance(country, str) and len(country) == 3 else None


# what stands between two co-ordinated sides: "police and soldiers", "police, soldiers"
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _forces_named_with_a_coded_partner(actors: list[Entity], text: str) -> list[Entity]:
    """"Police and soldiers searched houses across Dili" after "Indonesian soldiers opened fire": state agents
    named together as the doers of one deed act for one state; one named without a country is of the state
    its partner's country (given by its words or by reference back) says, not of the place where they act."""
    coded = {a.code for a in actors if a.code and a.sector in STATE_SECTORS}
    if len(coded) != 1:
        return actors
    country = next(iter(coded))
    return [replace(a, code=country, inferred=True) if a.code is None and a.sector in STATE_SECTORS
            and any(b.code == country and _side_by_side(a, b, text) for b in actors) else a
            for a in actors]


def _side_by_side(a: Entity, b: Entity, text: str) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return first.end <= second.start and bool(_COORDINATION.match(text[first.end : second.start]))


def _homed(entity: Entity, country: str) -> Entity:
    if (entity.code is not None or (entity.sector not in STATE_SECTORS and not _state_outlet(entity)
                                    and not _called_local(entity)
                                    and not _of_the_country(entity) and not _of_the_town_told(entity)
                                    and not _names_the_country(entity))
            or names_several_states(entity.entity_text)
            # "the embassy", "the ambassador": a mission or an envoy named without its sender is not of the
            # country where the deed is done
            or names_a_mission_abroad(entity.entity_text)):
        return entity
    return replace(entity, code=country, inferred=True)


def _state_outlet(entity: Entity) -> bool:
    """"State media denied ...", "state-run television said ...": an outlet of the state, which, named
    without a country, is of the country where the deed is done, as the state's other agents are."""
    if entity.sector not in OUTLET_SECTORS:
        return False
    words = entity.entity_text.lower().split()
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return bool(words) and words[0] in actor_word_list("state_outlet_words.txt")


_THE_COUNTRYS = re.compile(r"(?i)^(?:the\s+)?(?:country|nation)['\u2019]s?\s")


def _of_the_country(entity: Entity) -> bool:
    """"appealed to the country's political parties": whatever "the country's" owns is of the country the
    story tells of, whatever its kind."""
    return _THE_COUNTRYS.match(entity.entity_text) is not None


_THE_TOWNS = re.compile(r"(?i)^(?:the\s+)?(?:city|town|capital|province)['\u2019]s\s")


def _of_the_town_told(entity: Entity) -> bool:
    """"The city's Communist Party chief imposed a curfew", "took control of the city's airport": whatever
    "the city's" owns is of the town the story tells of, so of the country where the deed is done, as
    whatever "the country's" owns is."""
    return _THE_TOWNS.match(entity.entity_text) is not None


def _of_the_countrys_people(entity: Entity) -> bool:
    """"offered the country's Tamil minority a settlement": people or a body the story calls the country's
    own are a party of that country; its places are not ("reopened the country's air borders" names no
    one acted on; place_nouns.txt)."""
    if not _of_the_country(entity):
        return False
    head = entity.entity_text.lower().split()[-1]
    places = load_lexicon().place_nouns
    return head not in places and head.rstrip("s") not in places


def _names_the_country(entity: Entity) -> bool:
    """"The African Union suspended the country" under a KHARTOUM dateline: "the country" (country_nouns.txt)
    that no country named before it gave coreference is the country the story tells of."""
    words = entity.entity_text.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) == 1 and words[0] in actor_word_list("country_nouns.txt")


def _called_local(entity: Entity) -> bool:
    """"a little-known local Islamist group", "local militias", "three opposition leaders": a group the
    story calls local, or the opposition, is of the place it tells of, whatever its kind
    (domestic_words.txt)."""
    return not actor_word_list("domestic_words.txt").isdisjoint(re.findall(r"[a-z]+", entity.entity_text.lower()))
