"""Event coding: predicate + arguments -> EventMention, with polarity.

Works on spaCy's dependency parse of one sentence chunk. A predicate is a
verb or noun found in the lexicon; its arguments give the actor (subject,
passive "by" agent, a noun's possessor or nationality) and the recipient
(object, "on"/"against"/"at"... phrases, a noun's "of" phrase).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from .actors import ActorKB, agent_sector_of, find_names, normalise_name
from .counts import count_casualties
from .lexicon import POLARITY_STRENGTH, Lexicon, Trigger, load_lexicon
from .records import Entity

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
NP_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "flat", "prep", "pobj", "punct", "cc", "conj", "predet"}
# Prepositions that introduce the one acted upon, by event type.
RECIPIENT_PREPS = {
    "_default": {"on", "against", "at", "upon"},
    "CONSULT": {"with", "to"},
    "COOPERATE": {"with"},
    "AGREE": {"with", "to"},
    "AID": {"to", "for"},
    "SUPPORT": {"for", "to"},
    "CONCEDE": {"to"},
    "REQUEST": {"to"},
    "RETREAT": {"from"},
    "ASSAULT": {"with", "into"},
    "MOBILIZE": {"into", "to"},
    "SANCTION": {"with"},
}
NOUN_RECIPIENT_PREPS = {"of", "on", "against", "with", "to", "at", "into", "upon", "for"}
# Types whose unnamed target is read off the place (and, for protests, the protesters' own country).
IMPLICIT_TARGET_TYPES = {"PROTEST", "ASSAULT", "COERCE", "CONCEDE"}
PLACE_PREPS = {"in", "at", "outside", "near", "across", "throughout", "inside"}
TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "overnight", "week", "weekend", "month",
    "year", "day", "hour", "minute", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "time", "percent", "%",
}
TITLE_WORDS = {"president", "prime", "minister", "general", "gen.", "king", "queen", "sheikh", "ayatollah", "mr.", "mrs.", "ms.", "dr.",
               "secretary", "chancellor", "emir", "prince", "colonel", "col.", "commander", "chief", "leader", "senator", "sen."}


def is_pronoun(tok: Token) -> bool:
    # "US" is not "us"
    return tok.lower_ in PRONOUNS and tok.pos_ == "PRON"


def is_time_or_quantity(tok: Token) -> bool:
    """Dates, times and bare numbers are never actors ("met on Wednesday", "killed 12")."""
    return tok.like_num or tok.lower_ in TIME_WORDS or tok.pos_ == "NUM"
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"}
RELATIVE_TAGS = {"WDT", "WP", "WP$"}
FUTURE_AUX = {"will", "shall", "'ll"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "'d", "must", "can"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
FACTIVE_MARKS = {"after", "before", "because", "when", "while", "since", "as", "once", "following", "until"}


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
        pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else None
        if pos is None:
            continue
        trig = _choose_trigger(tok, lex.candidates(tok.lemma_.lower(), pos))
        if trig is None and pos == "NOUN" and tok.pos_ == "NOUN":
            # the tagger sometimes calls a verb a noun ("Protesters rally ...")
            trig = _choose_trigger(tok, lex.candidates(tok.lemma_.lower(), "VERB")) if tok.dep_ == "ROOT" else None
        if trig is None:
            continue
        pred, words = tok, [tok] + _particles(tok, trig)
        if pos == "NOUN" and tok.dep_ in {"dobj", "attr", "nsubjpass", "pobj"} and _governing_light_verb(tok, lex) is not None:
            tok_head = _governing_light_verb(tok, lex)
            pred = tok_head
            words = [pred, tok]
        found.append(Found(trig, pred, tok, sorted(words, key=lambda t: t.i)))
    # "approved military aid", "ordered airstrikes": the verb carries the noun's event, not one of its own
    carriers = {f.pred.i for f in found if f.pred != f.head}
    found = [f for f in found if not (f.pred == f.head and f.head.i in carriers)]
    return found + _obligations(sent, lex, {f.head.i for f in found})


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
        if verb.dep_ not in {"prep", "prt"}:
            return None
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if not lex.is_light_verb(verb.lemma_.lower(), _particle_words(verb)):
        return None
    own = _choose_trigger(verb, lex.candidates(verb.lemma_.lower(), "VERB"))
    if own is not None and own.complement in {"hypothetical", "negated"}:
        return None
    return verb


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
        if trig.no_object and objects and tok.pos_ in {"VERB", "AUX"}:
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
        return objs + [_real_head(o) for o in objs if _real_head(o) != o]
    return [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]


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

def verb_subject(verb: Token, depth: int = 0) -> list[Token]:
    """The acting subject of a verb, following control, coordination and relative clauses."""
    if depth > 6:
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        subj = subjects[0]
        if subj.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            return [verb.head]
        return [subj]
    agents = passive_agents(verb)
    if agents or any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return agents
    head = verb.head
    if head == verb:
        return []
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
        return objects[:1] if objects else verb_subject(head, depth + 1)
    if verb.dep_ in {"conj", "advcl"} and head.pos_ in {"VERB", "AUX"}:
        return verb_subject(head, depth + 1)
    if verb.dep_ in {"acomp", "xcomp"} and head.pos_ in {"VERB", "AUX", "ADJ"}:  # "is willing to withdraw"
        return verb_subject(head, depth + 1)
    if verb.dep_ in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN"}:
        return [head]
    if verb.dep_ == "pcomp" and head.head != head:  # "accused X of attacking": X acted
        gov = head.head
        objects = [c for c in gov.children if c.dep_ in {"dobj"}]
        return objects[:1] if objects else verb_subject(gov, depth + 1)
    return []


def passive_agents(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            return [c for c in child.children if c.dep_ == "pobj"][:1]
    return []


def verb_recipients(verb: Token, etype: str, trigger: Token) -> list[Token]:
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if passive:
        return passive[:1]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c != trigger]
    preps = RECIPIENT_PREPS["_default"] | RECIPIENT_PREPS.get(etype, set())
    holders = [verb] + ([trigger] if trigger != verb else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in {"prep", "prt"} and prep.lower_ in preps:
                objects += [c for c in prep.children if c.dep_ == "pobj"]
    objects = [o for o in objects if not is_time_or_quantity(o)]
    dative = [o for o in objects if o.dep_ == "dative"]
    return dative + [o for o in objects if o.dep_ != "dative"]


def noun_actor_tokens(noun: Token) -> list[Token]:
    """"Russia's invasion", "U.S. sanctions", "an attack by rebels", "talks between Israel and Lebanon"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return [child]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            return [c for c in child.children if c.dep_ == "pobj"][:1]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [c for c in child.children if c.dep_ == "pobj"][:1]
    return [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i]


def noun_recipient_tokens(noun: Token) -> list[Token]:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in NOUN_RECIPIENT_PREPS:
            objs = [c for c in child.children if c.dep_ == "pobj" and not is_time_or_quantity(c)]
            if objs:
                return objs[:1]
    return []


# --- resolving an argument to entities ---------------------------------------

class Resolver:
    """Turns argument head tokens into Entities, one per coordinated actor."""

    def __init__(self, kb: ActorKB, offset: int, event_nouns: dict[int, Found], on: date | None = None):
        self.kb = kb
        self.offset = offset
        self.event_nouns = event_nouns
        self.on = on  # the article's date: who held an office then

    def first_coded(self, heads: list[Token]) -> list[Entity]:
        """The first candidate that resolves to a coded actor, else the first candidate as it is."""
        return self.entities(heads, coded_only=True) or self.entities(heads[:1])

    def entities(self, heads: list[Token], modifiers_only: bool = False, coded_only: bool = False,
                 unless=None) -> list[Entity]:
        """Entities for argument heads; with `coded_only`, the first head that yields a coded actor
        (skipping entities for which `unless` is true)."""
        out: list[Entity] = []
        for head in heads:
            found = [e for member in [head, *_conjuncts(head)] for e in self._entities_for(member, modifiers_only)]
            if not modifiers_only and not _conjuncts(head):
                found = self._misparsed_coordination(head) or found
            if coded_only:
                found = [e for e in found if e.code and not (unless and unless(e))]
                if found:
                    return _unique(found)
                continue
            out.extend(found)
        return _unique(out)

    def _misparsed_coordination(self, head: Token) -> list[Entity]:
        """"U.S. President Donald Trump and North Korean leader Kim Jong Un" parsed as one phrase:
        split it at the "and" and resolve each side on its own."""
        left = [t for t in head.subtree if t.i <= head.i]
        left = left[[i for i, t in enumerate(left) if t.dep_ not in {"det"}][0]:] if left else left
        cuts = [i for i, t in enumerate(left) if t.dep_ == "cc" and t.lower_ == "and"]
        if len(cuts) != 1 or any(t.i != left[0].i + k for k, t in enumerate(left)):
            return []
        first, second = left[: cuts[0]], left[cuts[0] + 1 :]
        if not first or not second or first[-1].pos_ not in {"PROPN", "NOUN"}:
            return []
        sides = [self._resolve(first, first[-1]), self._resolve(second, head)]
        if all(side and side[0].code for side in sides):
            return sides[0] + sides[1]
        return []

    def _entities_for(self, head: Token, modifiers_only: bool) -> list[Entity]:
        if head.i in self.event_nouns and not modifiers_only:
            # "an airstrike killed X": the actor is whoever carried out the airstrike
            inner = self.event_nouns[head.i]
            return self.entities(noun_actor_tokens(inner.head), modifiers_only=True)
        head = _real_head(head)
        if is_pronoun(head) or head.tag_ in RELATIVE_TAGS:
            antecedent = _clause_antecedent(head)
            if antecedent is not None:
                resolved = self._entities_for(antecedent, modifiers_only)
                # the mention stays the pronoun; the identity is its antecedent's
                return [replace(e, entity_text=head.text, start=self.offset + head.idx,
                                end=self.offset + head.idx + len(head.text)) for e in resolved]
            return [self._entity([head], head, None, None, None)]
        tokens = _phrase_tokens(head)
        if modifiers_only:
            tokens = [t for t in tokens if t.pos_ == "PROPN" or self.kb.lookup(t.text, self.on)]
            if not tokens:
                return []
        return self._resolve(tokens, head)

    def _resolve(self, tokens: list[Token], head: Token) -> list[Entity]:
        words = [t.text for t in tokens]
        head_index = tokens.index(head) if head in tokens else len(tokens) - 1
        matches = find_names(words, self.kb, self.on)
        sector = agent_sector_of([t.text for t in tokens], head_index, self.kb) or agent_sector_of(
            [t.lemma_ if t.pos_ == "NOUN" else t.text for t in tokens], head_index, self.kb)
        covering = [m for m in matches if m[0] <= head_index < m[1]]
        person = _person_name(tokens)
        if covering:
            start, end, entry = covering[0]
            codes = [(entry.code, sector or entry.sector, entry.identifier)]
            # "Hungarian and Romanian officials" style coordination inside the name run
            codes += [(m[2].code, sector or m[2].sector, m[2].identifier) for m in matches
                      if m is not covering[0] and m[2].kind != "org" and _is_conjunct(tokens[m[0]])]
        elif matches:
            codes = [(m[2].code, sector or m[2].sector, person or _modified_identifier(words, m, head)) for m in matches]
            codes = _coordinated_codes(tokens, matches, codes)
        else:
            code = self._appositive_code(head) or self._place_code(head)
            codes = [(code, sector, person or _identifier(tokens))]
        span_tokens = [t for t in tokens if t == head or t.dep_ not in {"cc", "conj", "punct"} or t.i < head.i]
        return [self._entity(span_tokens, head, code, sec, ident) for code, sec, ident in codes]

    def implicit_target(self, f: Found, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """A protest's target is the government where it happens; an attack's the country where it struck."""
        sector = "GOV" if f.trigger.type == "PROTEST" else None
        place = self._place_entity(f.pred, sector) or (self._place_entity(f.head, sector) if f.head != f.pred else None)
        if place is not None and recipients:
            # "killed 39 people in Nairobi": the unnamed victims are placed, not replaced
            return [replace(r, code=place.code, inferred=True) if r.code is None else r for r in recipients]
        if place is not None:
            return [place]
        if f.trigger.type == "PROTEST":
            coded = [a for a in actors if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES]
            if coded:
                a = coded[0]
                return [Entity(a.entity_text, f"{a.code} government", a.code, "GOV", a.start, a.end, inferred=True)]
        return []

    def _place_entity(self, tok: Token, sector: str | None) -> Entity | None:
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                tokens = _phrase_tokens(pobj)
                for start, end, entry in find_names([t.text for t in tokens], self.kb):
                    if entry.kind in {"country", "metonym"}:
                        first, last = tokens[start], tokens[end - 1]
                        return Entity(self.text_of(first, last), entry.identifier, entry.code, sector,
                                      self.offset + first.idx, self.offset + last.idx + len(last.text), inferred=True)
        return None

    def text_of(self, first: Token, last: Token) -> str:
        return first.doc[first.i : last.i + 1].text

    def _appositive_code(self, head: Token) -> str | None:
        """"Kenzo Oshima, the United Nations relief coordinator": the apposition says whom he serves."""
        for appos in head.children:
            if appos.dep_ == "appos":
                for _, _, entry in find_names([t.text for t in appos.subtree], self.kb, self.on):
                    return entry.code
        return None

    def _place_code(self, head: Token) -> str | None:
        """"opposition groups in Zimbabwe", "demonstrators in Baghdad": the country of the place they are in."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "from", "throughout", "across", "inside"}:
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for _, _, entry in find_names([t.text for t in _phrase_tokens(pobj)], self.kb):
                        if entry.kind in {"country", "metonym", "demonym"}:
                            return entry.code
        return None

    def _entity(self, tokens: list[Token], head: Token, code, sector, identifier) -> Entity:
        tokens = [t for t in tokens if not (t.dep_ == "det" and t.i == tokens[0].i)] or tokens
        first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
        doc = head.doc
        text = doc[first.i : last.i + 1].text
        return Entity(
            entity_text=text,
            identifier_text=identifier or normalise_name(text),
            code=code,
            sector=sector,
            start=self.offset + first.idx,
            end=self.offset + last.idx + len(last.text),
        )


NON_STATE_CODES = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"}


def _clause_antecedent(pronoun: Token) -> Token | None:
    """"Syria says it is willing to withdraw": a pronoun subject of a clause refers to the subject governing it."""
    if pronoun.lower_ not in {"it", "they", "he", "she", "we"} or pronoun.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return None
    verb = pronoun.head
    for _ in range(3):
        if verb.head == verb or verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj"}:
            return None
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in PRONOUNS and c.pos_ in {"PROPN", "NOUN"}]
        if subjects:
            return subjects[0]
    return None


def _conjuncts(head: Token) -> list[Token]:
    """Every coordinated noun, however spaCy chains them ("A, B, C and D")."""
    out, stack = [], [head]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"}:
                out.append(c)
                stack.append(c)
    return out


def _real_head(head: Token) -> Token:
    """"thousands of protesters" -> protesters; "25,000 tons of aid" -> aid."""
    if head.lower_ in load_lexicon().partitives or head.like_num:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return head


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
            if child.dep_ not in NP_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ != "of":
                continue
            if child.dep_ == "punct" and child.i > head.i:
                continue
            keep[child.i] = child
            stack.append(child)
    tokens = [keep[i] for i in sorted(keep)]
    # keep it contiguous: stop at the first gap left of the head and right of it
    start = end = tokens.index(head)
    while start > 0 and tokens[start - 1].i == tokens[start].i - 1:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].i == tokens[end].i + 1:
        end += 1
    return tokens[start : end + 1]


def _person_name(tokens: list[Token]) -> str | None:
    # no NER in the pipeline (it would cost more than the parse): a run of proper
    # nouns that the knowledge base does not know is taken as the name
    names = [t for t in tokens if t.pos_ == "PROPN" and t.dep_ in {"compound", "flat", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "ROOT", "conj"}
             and t.lower_ not in TITLE_WORDS]
    if not names:
        return None
    return " ".join(t.text for t in names if t.text not in {"'s", "'"})


def _identifier(tokens: list[Token]) -> str:
    return normalise_name(" ".join(t.text for t in tokens if t.dep_ != "det"))


def _modified_identifier(words: list[str], match, head: Token) -> str:
    """"Hungarian and Romanian officials" -> "Hungarian officials" and "Romanian officials"."""
    return normalise_name(" ".join(words[match[0] : match[1]])) + " " + head.text


def _is_conjunct(tok: Token) -> bool:
    return tok.dep_ == "conj"


def _coordinated_codes(tokens, matches, codes):
    """Keep one code per coordinated modifier; keep only the first when they are not coordinated."""
    has_cc = any(t.dep_ == "cc" or t.dep_ == "conj" for t in tokens)
    return codes if has_cc else codes[:1]


def _unique(entities: list[Entity]) -> list[Entity]:
    seen, out = set(), []
    for e in entities:
        key = (e.code, e.identifier_text, e.start)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


# --- polarity ----------------------------------------------------------------

def polarity_of(found: Found, lex: Lexicon, triggers_at: dict[int, Found]) -> tuple[str, bool]:
    """The event's polarity, and whether another event predicate governs it ("agreed to withdraw")."""
    state, governed = "asserted", False
    for tok in {found.head, found.pred}:
        state = _stronger(state, _own_polarity(tok))
    if state == "hypothetical" and _reported_would(found.pred, lex):
        state = "future"
    tok = found.pred
    for _ in range(8):
        head = tok.head
        if head == tok:
            break
        dep = tok.dep_
        if dep == "advcl":
            marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
            if marks & CONDITIONAL_MARKS:
                state = _stronger(state, "hypothetical")
                break
            if marks & FACTIVE_MARKS:
                break
        elif dep in {"pobj"}:
            tok = head  # through the preposition to what governs it
            continue
        elif dep not in {"xcomp", "ccomp", "dobj", "pcomp", "prep", "conj", "acomp", "oprd", "attr", "nsubj", "nsubjpass"}:
            break
        effect = _governor_effect(head, lex, triggers_at)
        if effect is None and dep in {"dobj", "nsubj", "nsubjpass", "attr"}:
            break
        if effect == "report":
            break
        if effect:
            state = _stronger(state, effect)
            governed = governed or head.i in triggers_at
        if dep != "prep":
            state = _stronger(state, _inherited(head))
        tok = head
    return state, governed


def _reported_would(verb: Token, lex: Lexicon) -> bool:
    """"Germany said it would send weapons": reported speech turns "will" into "would"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if not auxes & {"would", "'d"} or auxes & (HYPOTHETICAL_AUX - {"would", "'d"}):
        return False
    if verb.dep_ != "ccomp" or lex.modality.get(verb.head.lemma_.lower()) != "report":
        return False
    return not _in_condition(verb)


def _in_condition(tok: Token) -> bool:
    """Inside an if / unless / whether clause: hypothetical, but nobody's statement of intent."""
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def _own_polarity(tok: Token) -> str:
    state = "asserted"
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
            state = _stronger(state, "negated")
        elif child.dep_ in {"aux", "auxpass"} and low in FUTURE_AUX:
            state = _stronger(state, "future")
        elif child.dep_ in {"aux", "auxpass"} and low in HYPOTHETICAL_AUX:
            state = _stronger(state, "hypothetical")
        elif child.dep_ == "mark" and low in CONDITIONAL_MARKS:
            state = _stronger(state, "hypothetical")
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and any(c.lower_ in {"is", "are", "was", "were", "'s", "'re"} for c in tok.head.children):
        state = _stronger(state, "future")
    return state


def _inherited(tok: Token) -> str:
    """Polarity a governor passes down: negation becomes 'not happened'."""
    own = _own_polarity(tok)
    return "hypothetical" if own == "negated" else own


def _governor_effect(head: Token, lex: Lexicon, triggers_at: dict[int, Found]) -> str | None:
    found = triggers_at.get(head.i)
    if found is not None and found.trigger.complement:
        return found.trigger.complement
    return lex.modality.get(head.lemma_.lower())


def _stronger(a: str, b: str) -> str:
    return a if POLARITY_STRENGTH[a] >= POLARITY_STRENGTH[b] else b


# --- putting it together -----------------------------------------------------

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
    resolver = Resolver(kb, offset, event_nouns, on)
    absorbed = _absorbed_nouns(found) | _consumed_objects(found)
    pred_ids = {f.pred.i for f in found}
    by_pred: dict[int, SentenceEvent] = {}
    events = []
    for f in found:
        if f.head.i in absorbed:
            continue
        actors, recipients = _arguments(f, resolver)
        size = count_casualties(f.pred if f.pred.pos_ in {"VERB", "AUX"} else f.head, pred_ids)
        polarity, governed = polarity_of(f, lex, triggers_at)
        event = SentenceEvent(f, actors, recipients, polarity, size.dead, size.injured, size.arrested)
        parent = _same_event_parent(f, by_pred)
        if parent is not None:
            _fold_into(parent, event)
            by_pred[f.pred.i] = parent  # "killing 12 and wounding 30": later conjuncts fold in too
            continue
        by_pred[f.pred.i] = event
        events.extend(_reciprocal_split(event, lex))
        if polarity != "asserted" and not governed and not _in_condition(f.pred):
            intent = _stated_intent(event, lex)
            if intent is not None:
                events.append(intent)
    return [e for e in events if _has_participants(e) and not _mentioned_in_passing(e)]


def _has_participants(event: "SentenceEvent") -> bool:
    """An event needs someone acting, or someone known it is done to ("killed 32 people" alone is not one)."""
    return bool(event.actors) or any(r.code for r in event.recipients)


def _mentioned_in_passing(event: "SentenceEvent") -> bool:
    """"Iran condemned the attack": an event noun inside another event's argument, with nobody
    named as its actor, refers to an event told elsewhere; coding it again adds only noise."""
    f = event.found
    if f.pred != f.head or f.head.pos_ not in {"NOUN", "PROPN"} or any(a.code for a in event.actors):
        return False
    return f.head.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj"}


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
    known = {(r.code, r.identifier_text) for r in parent.recipients}
    parent.recipients += [r for r in child.recipients if (r.code, r.identifier_text) not in known]
    for kind in ("dead", "injured", "arrested"):
        values = [v for v in (getattr(parent, kind), getattr(child, kind)) if v is not None]
        setattr(parent, kind, max(values) if values else None)


def _arguments(f: Found, resolver: Resolver) -> tuple[list[Entity], list[Entity]]:
    pred, head = f.pred, f.head
    if pred.pos_ in {"VERB", "AUX"}:
        actors = resolver.entities(verb_subject(pred))
        recipients = resolver.first_coded(verb_recipients(pred, f.trigger.type, head))
        if head != pred:  # light verb + event noun: the noun may carry its own target
            if not recipients:
                recipients = resolver.entities(noun_recipient_tokens(head))
            if not actors:
                actors = resolver.entities(noun_actor_tokens(head), modifiers_only=True)
    else:
        actors = resolver.entities(noun_actor_tokens(head), modifiers_only=True)
        recipients = resolver.entities(noun_recipient_tokens(head))
    if not any(r.code for r in recipients):
        actor_ids = {a.identifier_text for a in actors}
        # what a denial denies is not its recipient: only its object's arguments count
        clauses = f.trigger.complement != "negated"
        indirect = resolver.entities(complement_recipients(pred, head, clauses), coded_only=True,
                                     unless=lambda r: r.identifier_text in actor_ids or _same_state(r, actors))
        recipients = indirect or recipients
    if not any(r.code for r in recipients) and f.trigger.type in IMPLICIT_TARGET_TYPES:
        recipients = resolver.implicit_target(f, actors, recipients) or recipients
    actor_keys = {(a.code, a.identifier_text) for a in actors}
    recipients = [r for r in recipients if (r.code, r.identifier_text) not in actor_keys or r.code is None]
    return actors, recipients


def _same_state(entity: Entity, actors: list[Entity]) -> bool:
    """"Obama warned that Washington was ready to ...": the speaker's own state is not the one addressed."""
    state = {None, "GOV"}
    return entity.sector in state and any(a.code == entity.code and a.sector in state | {"MIL"} for a in actors)


BROAD_PREPS = {"on", "against", "at", "with", "to", "from", "upon", "into", "of", "for"}


def complement_recipients(pred: Token, head: Token, clauses: bool = True) -> list[Token]:
    """Whom a demand, threat or promise is about, when no object names it.

    "demanded that the US cancel ...": the complement clause's subject;
    "threatened to impose restrictions against German goods": the complement's target;
    "demanded the withdrawal of Serbian forces": the demanded act's argument.
    """
    out: list[Token] = []
    for child in pred.children:
        if child.dep_ == "ccomp" and clauses:
            out += [c for c in child.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        if child.dep_ in {"xcomp", "ccomp"} and clauses:
            out += _targets_below(child)
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"} and child != head:
            out += [child] + _targets_below(child)
    if head != pred:
        out += _targets_below(head)
    return out


def _targets_below(tok: Token, depth: int = 0) -> list[Token]:
    """Objects and prepositional objects under a clause or noun, nearest first."""
    if depth > 2:
        return []
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in {"dobj", "dative", "nsubjpass"}:
            out.append(child)
            out += _targets_below(child, depth + 1)
        elif child.dep_ == "prep" and child.lower_ in BROAD_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.append(pobj)
                    out += _targets_below(pobj, depth + 1)
        elif child.dep_ in {"xcomp", "amod", "compound", "poss"} and child.pos_ in {"VERB", "PROPN", "ADJ"}:
            out.append(child) if child.dep_ != "xcomp" else out.extend(_targets_below(child, depth + 1))
    return out


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
