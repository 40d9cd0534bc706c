"""The event lexicon: which predicates are events, and how they read.

Loaded from data/lexicon/*.tsv; see data/lexicon/README.md for the columns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Iterable

from .data_files import data_path, read_tsv, split_values

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
POLARITY_STRENGTH = {"asserted": 0, "future": 1, "hypothetical": 2, "negated": 3}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # VERB or NOUN
    particle: str  # required particle/preposition, "" if none
    objects: frozenset[str]  # required object lemmas (nouns: modifier lemmas), empty if none
    excluded: frozenset[str]  # object / modifier lemmas that rule this reading out ("heart attack")
    no_object: bool  # "-": only without a direct object
    type: str
    mode: str
    cameo: str | None
    context: str
    complement: str  # polarity given to an event in this predicate's complement
    # who must do it (subject_triggers.tsv): sectors in capitals ("MIL"), noun lemmas in lower case
    # ("peacekeeper"); empty: anyone
    subjects: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    triggers: dict[tuple[str, str], list[Trigger]]
    light_verbs: frozenset[str]  # "launch", "carry out": pass their object's event to their subject
    partitives: frozenset[str]
    frame_nouns: frozenset[str]  # "mediation efforts", "aid programme": the compound names the object
    reciprocal: frozenset[str]  # PLOVER types (upper case) and trigger lemmas done to each other
    modality: dict[str, str]
    quad: dict[str, int]
    intents: dict[tuple[str, str], tuple[str, str]]  # (polarity, event type) -> (type, cameo) of the statement
    # (polarity, event type) -> when that statement is read off at all ("counterpart", "refusal"; intents.tsv)
    intent_conditions: dict[tuple[str, str], str] = field(default_factory=dict)
    refusal_verbs: frozenset[str] = field(default_factory=frozenset)  # "declined to resign": a refusal
    deliberation_verbs: frozenset[str] = field(default_factory=frozenset)  # "considering sanctions": only weighed
    mission_words: frozenset[str] = field(default_factory=frozenset)  # "would send troops at its request"
    schedule_words: frozenset[str] = field(default_factory=frozenset)  # "is due to meet": a meeting only scheduled
    describing_verbs: frozenset[str] = field(default_factory=frozenset)  # "struck what the army said were depots"
    surface_forms: frozenset[str] = field(default_factory=frozenset)
    # "voted to impose it": a light verb's form before "it" or "them", an act named by a pronoun (a sentence
    # with no trigger word that still tells an event of the sentence before it)
    pronoun_object: re.Pattern[str] | None = None
    force_words: frozenset[str] = field(default_factory=frozenset)  # what makes a vow a threat
    non_agents: frozenset[str] = field(default_factory=frozenset)  # disasters and accidents: no one's act
    # "appeal", "demand", "offer": things asked of someone, whose maker a refusal or acceptance answers
    request_nouns: frozenset[str] = field(default_factory=frozenset)
    invitation_nouns: frozenset[str] = field(default_factory=frozenset)
    # (lemma, type) -> (type, mode, cameo, actor sectors): a crowd's storming is a riot (crowd_deeds.tsv)
    crowd_deeds: dict[tuple[str, str], tuple[str, str, str, frozenset[str]]] = field(default_factory=dict)
    # fixed foreign phrases that are a verb's predicate ("persona non grata", predicative_phrases.txt)
    predicative_phrases: frozenset[str] = field(default_factory=frozenset)
    # nouns that say what a verb's object became ("took two foreigners hostage", object_predicate_nouns.txt)
    object_predicate_nouns: frozenset[str] = field(default_factory=frozenset)
    # "a resolution that aims to tighten sanctions": texts and designs, whose aims are their content
    text_nouns: frozenset[str] = field(default_factory=frozenset)
    # "the accusation that ...", "reports that ...": lemma -> effect on the clause (content_nouns.tsv)
    content_nouns: dict[str, str] = field(default_factory=dict)
    # "three soldiers died in a bombing": verbs (or "verb object") whose subject an attack noun falls on
    victim_verbs: frozenset[str] = field(default_factory=frozenset)
    # verbs whose object is an attack aimed at their subject ("survived an attack", survival_verbs.txt)
    survival_verbs: frozenset[str] = field(default_factory=frozenset)
    # "flew to Kampala for talks", "converged on Lagos for a rally": who goes for an event holds it
    journey_verbs: frozenset[str] = field(default_factory=frozenset)
    # "thousands gathered to demand his resignation": a crowd that gathers to demand demonstrates
    gathering_verbs: frozenset[str] = field(default_factory=frozenset)
    ground_nouns: frozenset[str] = field(default_factory=frozenset)
    removal_verbs: frozenset[str] = field(default_factory=frozenset)
    # "recalled its ambassador to Israel": people posted to a country, whose "to" phrase names the post
    post_nouns: frozenset[str] = field(default_factory=frozenset)
    # "a car bomb explosion", "a suicide blast": what exploded was a weapon, so someone's attack
    weapon_words: frozenset[str] = field(default_factory=frozenset)
    # "fighters loyal to the Taliban", "gunmen linked to al-Shabaab": a group named after the side it belongs to
    affiliation_words: frozenset[str] = field(default_factory=frozenset)
    # "armed groups backing the prime minister": a group named after the side it stands with, as its object
    partisan_participles: frozenset[str] = field(default_factory=frozenset)
    # "set fire to a church sheltering hundreds": participles of holding that describe a deed's target
    holding_participles: frozenset[str] = field(default_factory=frozenset)
    # "a British-flagged tanker", "the U.S.-led coalition": the name before the participle says whose
    owner_participles: frozenset[str] = field(default_factory=frozenset)
    # "marched in defiance of Chinese authorities": nouns of a stance that name what an act is against
    stance_nouns: frozenset[str] = field(default_factory=frozenset)
    # "a stronghold on the Thai border", "the border with Colombia": lines between countries, which say where
    border_nouns: frozenset[str] = field(default_factory=frozenset)
    # "over the weekend", "after midnight": times, not events, as the object of "after" or "over"
    time_nouns: frozenset[str] = field(default_factory=frozenset)
    # "over the city", "after the border": places, not events, as the object of "after" or "over"
    place_nouns: frozenset[str] = field(default_factory=frozenset)
    # "in a televised address from the White House": words said where they are spoken from
    speech_nouns: frozenset[str] = field(default_factory=frozenset)
    # "about 60 km north of Aden": directions whose "of" phrase names the place a distance is from
    compass_words: frozenset[str] = field(default_factory=frozenset)
    nearness_words: frozenset[str] = field(default_factory=frozenset)
    # "met on Wednesday", "last week": dates and times, never actors (lowercase words)
    time_words: frozenset[str] = field(default_factory=frozenset)
    # "a resolution condemning ...": documents, whose author is who issued them
    document_nouns: frozenset[str] = field(default_factory=frozenset)
    # "accused the government of fraud": verbs whose "of" phrase comes after their object
    object_of_verbs: frozenset[str] = field(default_factory=frozenset)
    # "is opposed to", "are determined to": passives that tell a state of mind, not a deed done to the subject
    stative_passives: frozenset[str] = field(default_factory=frozenset)
    # "attack plans", "a coup plot": designs not yet carried out, which an event noun before them names as intended
    intention_nouns: frozenset[str] = field(default_factory=frozenset)
    # "killing one person and arresting 12": objects that only count whom a deed hits
    unnamed_people: frozenset[str] = field(default_factory=frozenset)
    # "sent troops to protect the government": purposes that serve someone, so the sending is aid
    helping_verbs: frozenset[str] = field(default_factory=frozenset)
    # "prepared to impose martial law": modes of measures a government lays on its own country
    home_measure_modes: frozenset[str] = field(default_factory=frozenset)
    # "the army seized power": what a ruler holds over a whole country, taken from its own government
    rule_nouns: frozenset[str] = field(default_factory=frozenset)
    # "vowed to hunt down those responsible": promises, which are threats when what they promise is force
    promise_verbs: frozenset[str] = field(default_factory=frozenset)
    # "96.8 percent of voters": words of a share of a people, whose doing is a tally, no one's deed
    share_words: frozenset[str] = field(default_factory=frozenset)
    # "more attacks could follow": modifiers by which an event noun adds new events to those told
    additive_words: frozenset[str] = field(default_factory=frozenset)
    # "used tanks and drones to attack villages": verbs whose object is what their subject acts with
    instrument_verbs: frozenset[str] = field(default_factory=frozenset)
    # "telephoned Yeltsin to voice his support": verbs of getting in touch whose infinitive is the caller's purpose
    contact_verbs: frozenset[str] = field(default_factory=frozenset)
    # "U.S. troops were pulled out of Syria": verbs whose passive subject does the withdrawing
    withdrawn_verbs: frozenset[str] = field(default_factory=frozenset)
    receiving_verbs: frozenset[str] = field(default_factory=frozenset)
    order_verbs: frozenset[str] = field(default_factory=frozenset)
    # "would help Baghdad repel the offensive": verbs whose bare infinitive clause's subject is their object
    bare_infinitive_verbs: frozenset[str] = field(default_factory=frozenset)
    # "denied responsibility", "denied attacking Ukraine": verbs of denial, by which the speaker disowns the deed
    denial_verbs: frozenset[str] = field(default_factory=frozenset)
    # "gave the junta a week to ... or face military action": verbs that grant time to act, and the
    # fates after "or" that make the deadline an ultimatum
    deadline_verbs: frozenset[str] = field(default_factory=frozenset)
    ultimatum_alternatives: frozenset[str] = field(default_factory=frozenset)
    # "called a march for Monday": verbs that set an event for a day, which is then still ahead
    scheduling_verbs: frozenset[str] = field(default_factory=frozenset)
    # "denied any role in the attack": nouns of having a part in a deed, which a denial disowns
    part_nouns: frozenset[str] = field(default_factory=frozenset)
    # "said it had nothing to do with the attack": objects of "have" that disown a deed (disowning_words.txt)
    disowning_words: frozenset[str] = field(default_factory=frozenset)
    # "the attack bore the hallmarks of al-Qaeda": nouns of a doer's mark on a deed (signature_nouns.txt)
    signature_nouns: frozenset[str] = field(default_factory=frozenset)
    # "feared the army would storm the campus": verbs whose clause is a belief, no one's statement (belief_verbs.txt)
    belief_verbs: frozenset[str] = field(default_factory=frozenset)
    # "fought their way into the city": objects that only make a path, no target (path_nouns.txt)
    path_nouns: frozenset[str] = field(default_factory=frozenset)
    # "froze assets held by the ministers": things a measure takes from their owner (holding_nouns.txt)
    holding_nouns: frozenset[str] = field(default_factory=frozenset)
    # "flown to Abuja by military helicopter": ways of travel, never a passive's doer (travel_means.txt)
    travel_means: frozenset[str] = field(default_factory=frozenset)
    # "died as a result of torture": nouns whose "of" phrase is the cause of a suffering
    cause_nouns: frozenset[str] = field(default_factory=frozenset)
    # "clashes left 50 soldiers dead": states a deed leaves its victims in
    left_states: frozenset[str] = field(default_factory=frozenset)
    # "died while in Israeli police custody": nouns of being held, whose modifiers name who held the victim
    custody_nouns: frozenset[str] = field(default_factory=frozenset)
    # "Zourabichvili, speaking from New York, backed ...": verbs of speaking, whose participle says where its subject is
    speaking_verbs: frozenset[str] = field(default_factory=frozenset)
    # "a helicopter carrying truce monitors": vehicles whose passengers a deed done to them falls on
    carrier_nouns: frozenset[str] = field(default_factory=frozenset)
    # "take place", "go ahead": verbs that only say whether their subject event happens
    occurrence_verbs: frozenset[str] = field(default_factory=frozenset)
    # written form -> modality lemma ("hopes" -> "hope"): the tagger's lemma is sometimes wrong ("hop")
    modality_forms: dict[str, str] = field(default_factory=dict)
    # CAMEO codes of the "-lemma" lines of reciprocal.txt: a mediator's act, done for two others
    third_party_cameos: frozenset[str] = field(default_factory=frozenset)

    def modality_of(self, lemma: str, form: str) -> str | None:
        """The modality.tsv effect of a word, by its lemma or, when the lemmatizer got that wrong, by its
        written form ("China hopes to resume talks": spaCy lemmatizes "hopes" as "hop")."""
        effect = self.modality.get(lemma)
        if effect is None and form in self.modality_forms:
            effect = self.modality.get(self.modality_forms[form])
        return effect

    def is_light_verb(self, verb_lemma: str, particles: set[str]) -> bool:
        if verb_lemma in self.light_verbs:
            return True
        return any(f"{verb_lemma} {p}" in self.light_verbs for p in particles)

    def is_reciprocal(self, trigger: Trigger) -> bool:
        # "-lemma" lines: a third party's act of a reciprocal type ("brokered by France and Germany")
        if "-" + trigger.lemma in self.reciprocal:
            return False
        return trigger.type in self.reciprocal or trigger.lemma in self.reciprocal or trigger.cameo in self.reciprocal

    def candidates(self, lemma: str, pos: str) -> list[Trigger]:
        return self.triggers.get((lemma, pos), [])

    def with_verb_rows(self, rows: "Iterable[Trigger]", lemmas: "Iterable[str]") -> "Lexicon":
        """A copy in which `rows` (from a verbs dictionary) are the only VERB rows of `lemmas`: they
        replace this lexicon's own verb rows, subject rows included, for those lemmas. NOUN rows and
        every other table stay. Rows of no type ("---") are allowed: they match and code nothing.
        The cached load_lexicon() is not modified."""
        lemmas = set(lemmas)
        triggers = {key: list(value) for key, value in self.triggers.items()}
        for lemma in lemmas:
            triggers.pop((lemma, "VERB"), None)
        for row in rows:
            triggers.setdefault((row.lemma, "VERB"), []).append(row)
        added = {key: value for key, value in triggers.items() if key[0] in lemmas}
        return replace(self, triggers=triggers, surface_forms=self.surface_forms | _surface_forms(added))


def _load_triggers() -> dict[tuple[str, str], list[Trigger]]:
    """triggers.tsv, then subject_triggers.tsv: rows of one lemma compete in one list (see README)."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    for name in ("triggers.tsv", "subject_triggers.tsv"):
        for row in read_tsv(data_path("lexicon", name)):
            trig = _trigger_row(row)
            if trig is not None:
                table.setdefault((trig.lemma, trig.pos), []).append(trig)
    return table


def _trigger_row(row: dict[str, str]) -> Trigger | None:
    etype = row.get("type", "").upper()
    if etype not in PLOVER_TYPES:
        return None
    return Trigger(
        lemma=row["lemma"].lower(),
        pos=row.get("pos", "VERB").upper(),
        particle=row.get("particle", "").lower(),
        **object_condition(row.get("object", "")),
        type=etype,
        mode=row.get("mode", ""),
        cameo=row.get("cameo") or None,
        context=row.get("context", ""),
        complement=row.get("complement", ""),
        subjects=_subject_condition(row.get("subject", "")),
    )


def _subject_condition(cell: str) -> frozenset[str]:
    """`MIL|REB|peacekeeper`: sectors keep their capitals, noun lemmas are lower-cased."""
    return frozenset(v if v.isupper() else v.lower() for v in split_values(cell))


def object_condition(cell: str) -> dict:
    """`a|b` requires one of them, `!a|b` excludes them, `-` requires no object."""
    cell = cell.strip().lower()
    if cell == "-":
        return {"objects": frozenset(), "excluded": frozenset(), "no_object": True}
    if cell.startswith("!"):
        return {"objects": frozenset(), "excluded": frozenset(split_values(cell[1:])), "no_object": False}
    return {"objects": frozenset(split_values(cell)), "excluded": frozenset(), "no_object": False}


def _read_word_list(name: str, lower: bool = True) -> frozenset[str]:
    with open(data_path("lexicon", name), encoding="utf-8") as fh:
        words = (line.split("#", 1)[0].strip() for line in fh)
        return frozenset(w.lower() if lower else w for w in words if w)


@lru_cache(maxsize=None)
def lexicon_word_list(name: str) -> frozenset[str]:
    """One list of data/lexicon, lowercased, for modules that read no parse and need no full lexicon
    (quotes.py)."""
    return _read_word_list(name)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    triggers = _load_triggers()
    modality = {r["lemma"].lower(): r["effect"] for r in read_tsv(data_path("lexicon", "modality.tsv"))}
    types = list(read_tsv(data_path("lexicon", "plover_types.tsv")))
    lex = Lexicon(
        triggers=triggers,
        light_verbs=_read_word_list("light_verbs.txt"),
        partitives=_read_word_list("partitives.txt"),
        frame_nouns=_read_word_list("frame_nouns.txt"),
        reciprocal=frozenset(_read_word_list("reciprocal.txt", lower=False)),
        force_words=_read_word_list("force_words.txt"),
        non_agents=_read_word_list("non_agents.txt"),
        request_nouns=_read_word_list("request_nouns.txt"),
        invitation_nouns=_read_word_list("invitation_nouns.txt"),
        text_nouns=_read_word_list("text_nouns.txt"),
        victim_verbs=_read_word_list("victim_verbs.txt"),
        survival_verbs=_read_word_list("survival_verbs.txt"),
        journey_verbs=_read_word_list("journey_verbs.txt"),
        gathering_verbs=_read_word_list("gathering_verbs.txt"),
        ground_nouns=_read_word_list("ground_nouns.txt"),
        removal_verbs=_read_word_list("removal_verbs.txt"),
        post_nouns=_read_word_list("post_nouns.txt"),
        weapon_words=_read_word_list("weapon_words.txt"),
        affiliation_words=_read_word_list("affiliation_words.txt"),
        partisan_participles=_read_word_list("partisan_participles.txt"),
        holding_participles=_read_word_list("holding_participles.txt"),
        owner_participles=_read_word_list("owner_participles.txt"),
        stance_nouns=_read_word_list("stance_nouns.txt"),
        border_nouns=_read_word_list("border_nouns.txt"),
        time_nouns=_read_word_list("time_nouns.txt"),
        place_nouns=_read_word_list("place_nouns.txt"),
        speech_nouns=_read_word_list("speech_nouns.txt"),
        compass_words=_read_word_list("compass_words.txt"),
        nearness_words=_read_word_list("nearness_words.txt"),
        time_words=_read_word_list("time_words.txt"),
        document_nouns=_read_word_list("document_nouns.txt"),
        object_of_verbs=_read_word_list("object_of_verbs.txt"),
        stative_passives=_read_word_list("stative_passives.txt"),
        intention_nouns=_read_word_list("intention_nouns.txt"),
        unnamed_people=_read_word_list("unnamed_people.txt"),
        helping_verbs=_read_word_list("helping_verbs.txt"),
        home_measure_modes=_read_word_list("home_measure_modes.txt"),
        rule_nouns=_read_word_list("rule_nouns.txt"),
        promise_verbs=_read_word_list("promise_verbs.txt"),
        share_words=_read_word_list("share_words.txt"),
        additive_words=_read_word_list("additive_words.txt"),
        instrument_verbs=_read_word_list("instrument_verbs.txt"),
        contact_verbs=_read_word_list("contact_verbs.txt"),
        withdrawn_verbs=_read_word_list("withdrawn_verbs.txt"),
        receiving_verbs=_read_word_list("receiving_verbs.txt"),
        order_verbs=_read_word_list("order_verbs.txt"),
        bare_infinitive_verbs=_read_word_list("bare_infinitive_verbs.txt"),
        denial_verbs=_read_word_list("denial_verbs.txt"),
        part_nouns=_read_word_list("part_nouns.txt"),
        scheduling_verbs=_read_word_list("scheduling_verbs.txt"),
        deadline_verbs=_read_word_list("deadline_verbs.txt"),
        ultimatum_alternatives=_read_word_list("ultimatum_alternatives.txt"),
        disowning_words=_read_word_list("disowning_words.txt"),
        signature_nouns=_read_word_list("signature_nouns.txt"),
        belief_verbs=_read_word_list("belief_verbs.txt"),
        path_nouns=_read_word_list("path_nouns.txt"),
        holding_nouns=_read_word_list("holding_nouns.txt"),
        travel_means=_read_word_list("travel_means.txt"),
        cause_nouns=_read_word_list("cause_nouns.txt"),
        left_states=_read_word_list("left_states.txt"),
        custody_nouns=_read_word_list("custody_nouns.txt"),
        speaking_verbs=_read_word_list("speaking_verbs.txt"),
        carrier_nouns=_read_word_list("carrier_nouns.txt"),
        occurrence_verbs=_read_word_list("occurrence_verbs.txt"),
        modality=modality,
        content_nouns={r["lemma"].lower(): r["effect"] for r in read_tsv(data_path("lexicon", "content_nouns.tsv"))},
        quad={r["type"]: int(r["quad_code"]) for r in types},
        intents={(r["polarity"], r["event_type"]): (r["intent_type"], r["cameo"])
                 for r in read_tsv(data_path("lexicon", "intents.tsv"))},
        intent_conditions={(r["polarity"], r["event_type"]): r["condition"]
                           for r in read_tsv(data_path("lexicon", "intents.tsv")) if r.get("condition")},
        refusal_verbs=_read_word_list("refusal_verbs.txt"),
        deliberation_verbs=_read_word_list("deliberation_verbs.txt"),
        mission_words=_read_word_list("mission_words.txt"),
        schedule_words=_read_word_list("schedule_words.txt"),
        describing_verbs=_read_word_list("describing_verbs.txt"),
        predicative_phrases=_read_word_list("predicative_phrases.txt"),
        object_predicate_nouns=_read_word_list("object_predicate_nouns.txt"),
        crowd_deeds={(r["lemma"], r["type"]): (r["new_type"], r["mode"], r["cameo"], frozenset(r["actor_sectors"].split("|")))
                     for r in read_tsv(data_path("lexicon", "crowd_deeds.tsv"))},
    )
    lex.modality_forms = _modality_forms(modality)
    lex.third_party_cameos = _third_party_cameos(triggers, lex.reciprocal)
    # "two soldiers were among the dead": a casualty word tells an attack with no trigger verb
    casualty_words = {r["lemma"] for r in read_tsv(data_path("lexicon", "casualty_cues.tsv")) if r["kind"] in {"dead", "injured"}}
    # "said it had nothing to do with the bill": a disowning is a denial with no trigger verb
    # "108 people have died since then": a verb of dying tells a toll with no trigger verb (events.py)
    dying = {form for w in lex.victim_verbs if " " not in w for form in _verb_forms(w)}
    lex.surface_forms = frozenset(_surface_forms(triggers)) | casualty_words | lex.disowning_words | dying
    lex.pronoun_object = _light_verbs_before_pronouns(lex.light_verbs)
    return lex


def _third_party_cameos(triggers: dict[tuple[str, str], list[Trigger]], reciprocal: frozenset[str]) -> frozenset[str]:
    """The CAMEO codes of the triggers taken out of their reciprocal type ("-mediate"): an event that
    carries one was done by its actors for others, whatever word the parse left on it."""
    lemmas = {w[1:] for w in reciprocal if w.startswith("-")}
    return frozenset(t.cameo for rows in triggers.values() for t in rows if t.lemma in lemmas and t.cameo)


def _modality_forms(modality: dict[str, str]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma in modality:
        if " " not in lemma:
            for form in sorted(_verb_forms(lemma) | _noun_forms(lemma)):
                forms.setdefault(form, lemma)
    return forms


# --- surface forms, for deciding cheaply which sentences need a parse ----------

def _verb_forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + "es"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # stop -> stopped
    return forms


def _noun_forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y"):
        forms.add(lemma[:-1] + "ies")
    return forms


def _irregular_verb_forms() -> dict[str, set[str]]:
    """Irregular inflections, inverted from spaCy's own lemma exception table."""
    from .nlp import load_nlp

    lemmatizer = load_nlp().get_pipe("lemmatizer")
    exc = lemmatizer.lookups.get_table("lemma_exc")
    inverted: dict[str, set[str]] = {}
    for table_pos in ("verb", "noun"):
        for form, lemmas in exc.get(table_pos, {}).items():
            for lemma in lemmas:
                inverted.setdefault(lemma, set()).add(form)
    return inverted


def _light_verbs_before_pronouns(light_verbs: frozenset[str]) -> re.Pattern[str]:
    """A pattern of a one-word light verb's forms followed by "it" or "them" ("imposed it")."""
    forms = sorted({f.lower() for v in light_verbs if " " not in v for f in _verb_forms(v)}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\s+(?:it|them)\b", re.IGNORECASE)


def _surface_forms(triggers: dict[tuple[str, str], list[Trigger]]) -> set[str]:
    irregular = _irregular_verb_forms()
    forms: set[str] = set()
    for (lemma, pos), rows in triggers.items():
        if len(lemma) <= 2:  # "in" (of "sit-in") would let every sentence through: use its object words
            forms |= {o for t in rows for o in t.objects}
            continue
        forms |= _verb_forms(lemma) if pos == "VERB" else _noun_forms(lemma)
        forms |= irregular.get(lemma, set())
    return {f.lower() for f in forms}


# --- link cues (data/lexicon/link_cues.tsv): read by links.py, and by events.py to code an event noun a cue introduces

@dataclass(frozen=True)
class Cue:
    words: str
    type: str
    forward: bool
    noun_only: bool  # introduces only an event noun right after it, and only after a conflictual event
    pattern: re.Pattern[str]
    event_only: bool = False  # introduces only an event coded right after it, never an event noun
    same_type: bool = False  # introduces nothing: follows the last event of its own event's type told before

    def may_occur_in(self, lowered: str) -> bool:
        """A cheap test before the pattern: every word of the cue is somewhere in the lower-cased text
        (scanning each sentence with every cue's pattern was most of the time links took)."""
        return all(word in lowered for word in self._cue_words)

    @cached_property
    def _cue_words(self) -> tuple[str, ...]:
        return tuple(self.words.split())


@lru_cache(maxsize=1)
def load_cues() -> tuple[Cue, ...]:
    cues = []
    for row in read_tsv(data_path("lexicon", "link_cues.tsv")):
        words = row["cue"].strip().lower()
        pattern = re.compile(r"(?i)(?<![\w-])" + r"\s+".join(map(re.escape, words.split())) + r"(?![\w-])")
        introduces = row.get("introduces") or ""
        cues.append(Cue(words, row["type"], row["direction"] == "forward", introduces == "noun", pattern,
                        event_only=introduces == "event", same_type=introduces == "same"))
    # longest first, so "in retaliation for" is read before "for" ever could be, and "days after" before "after"
    return tuple(sorted(cues, key=lambda c: -len(c.words)))


@lru_cache(maxsize=1)
def _words_of_cues() -> tuple[str, ...]:
    return tuple(sorted({word for cue in load_cues() for word in cue.words.split()}))


def cues_that_may_occur(lowered: str) -> list[Cue]:
    """The cues (longest first, as load_cues gives them) that pass `Cue.may_occur_in` for the
    lower-cased text. Each word is looked for once, not once per cue that has it: the cues share
    few words, and testing some 70 cues one by one for every sentence with an event cost more
    than running the patterns that pass."""
    present = {word for word in _words_of_cues() if word in lowered}
    return [cue for cue in load_cues() if present.issuperset(cue._cue_words)]


@lru_cache(maxsize=1)
def _cue_at_end() -> re.Pattern[str]:
    words = [c.words for c in load_cues()
             if not (c.noun_only or c.event_only or c.same_type or c.type == "aims_to_prevent")]
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\s*$")


def ends_with_cue(text: str) -> bool:
    """The text ends with a link cue that may introduce an event noun ("... in protest at ",
    "... after "): what follows is the event the cue relates another to. "over" (a topic as
    often as a cause), "before" and "aimed at deterring" (what is still to come, if ever) are not
    such cues."""
    return _cue_at_end().search(text) is not None
