"""Article in, coded events out: the stages wired together.

Only sentence chunks that may hold an event are parsed (see nlp.py); each
parsed chunk is coded on its own, and events are numbered in text order.
"""
from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import asdict, fields, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

from spacy.attrs import DEP
from spacy.strings import get_string_id

from .actors import NON_STATE_CODES, ActorKB, code_as_of, load_kb
from .arguments import described_objects, finite_governor, names_who_asked, noun_conjunct_before, of_names_a_charge, reported_clause_going_on
from .claims import attribute_events
from .confidence import load_model, score_events
from .coref import (refer_back_to_agents_coded_at_home, resolve_references, seats_standing_for_bodies,
                    speak_for_quoted_first_persons)
from .dates import (MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, DateMention, anchored_date, date_of_event, ends_a_span, find_dates,
                    noun_anchored_phrases, reanchor)
from .events import (SentenceEvent, code_sentence, dates_a_promised_thing, sets_a_day_for, target_description,
                     target_holding)
from .home_country import code_home_agents, code_people_in_home_roles
from .lexicon import Lexicon, lexicon_word_list, load_lexicon
from .links import (MATERIAL_CONFLICT, aim_interceptions_at_firers, aim_judgements_at_doers, aim_protests_at_doers,
                    aim_responses_at_doers, aim_retold_deeds_at_their_targets, link_events,
                    promises_of_forces_asked_for)
from .merge import merge_mentions
from .mentions import Identity, cluster, find_mentions, people_in_home_roles
from .places import (PLACE_KIND_WORDS, SPOKEN_TYPES, WHERE_PREPS, Place, cities_by_country, dateline_for, dateline_places,
                     far_namesake, load_gazetteer, find_places, fold, introduced_as_where, place_in_spans, unnamed_parts, city_referred_to,
                     region_referred_to, with_direction)
from .nlp import Chunk, load_nlp, may_hold_event, names_an_act_by_pronoun, same_paragraph, split_sentences, tokens_with
from .quotes import find_quotes
from .records import Article, ArticleResult, Entity, EntityCluster, EventMention, Size

MAX_CHUNK_CHARS = 2000  # a "sentence" longer than this is a list or a table, not prose
MAX_RUN_CHARS = 20000  # consecutive sentences parsed together, up to this length


class Extractor:
    """Holds the loaded model and knowledge; call `extract` per article or `extract_many`."""

    def __init__(self, kb: ActorKB | None = None, lex: Lexicon | None = None,
                 min_confidence: float = 0.0, score_confidence: bool = True) -> None:
        """`kb`: another actor base, e.g. petrarch.kb_with_dictionaries(...); `lex`: another event
        lexicon, e.g. petrarch.lexicon_with_verbs(...); `min_confidence`: records the confidence model
        scores below it are left out (0, the default, keeps every record); `score_confidence=False`
        leaves the rules' own rough confidence (training the model needs no model)."""
        self.nlp = load_nlp()
        self.lex = lex if lex is not None else load_lexicon()
        self.kb = kb if kb is not None else load_kb()
        self.min_confidence = min_confidence
        self.confidence = load_model() if score_confidence else None
        cities_by_country()  # loads the gazetteer too: built before workers fork, they share it

    def event_chunks(self, text: str) -> list[Chunk]:
        return [
            c for c in split_sentences(text)
            if len(c.text) <= MAX_CHUNK_CHARS and (may_hold_event(c.text, self.lex.surface_forms)
                                                   or names_an_act_by_pronoun(c.text, self.lex.pronoun_object))
        ]

    def extract(self, article: Article) -> ArticleResult:
        return next(iter(self.extract_many([article])))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[ArticleResult]:
        """Code articles in order; sentence chunks of many articles share one nlp.pipe stream."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._extract_batch(batch)
                batch = []
        if batch:
            yield from self._extract_batch(batch)

    def _extract_batch(self, articles: list[Article]) -> Iterator[ArticleResult]:
        runs = self.runs_to_parse(articles)
        docs = self.nlp.pipe((a.text[run[0].start : run[-1].end] for a, run in runs), batch_size=64)
        yield from self.code_parsed(articles, runs, docs)

    def runs_to_parse(self, articles: list[Article]) -> list[tuple[Article, list[Chunk]]]:
        """The runs of event chunks of each article, in order; each is parsed as one text."""
        return [(a, run) for a in articles for run in chunk_runs(self.event_chunks(a.text))]

    def code_parsed(self, articles: list[Article], runs: list[tuple[Article, list[Chunk]]],
                    docs: Iterable) -> Iterator[ArticleResult]:
        """The coder alone: `docs` are the parses of `runs` (runs_to_parse) in order. Kept apart from
        the parse so bench/profile_stages.py can time the coder on docs parsed once."""
        coded: dict[str, list[tuple[Chunk, int, SentenceEvent]]] = {a.id: [] for a in articles}
        named = {a.id: self._named_in(a) for a in articles}
        for (article, run), doc in zip(runs, docs):
            offset = run[0].start  # token.idx counts from the start of the run
            countries = named[article.id][2]
            for sent in doc.sents:
                for ev in code_sentence(sent, offset, self.lex, self.kb, article.published, countries):
                    # spaCy may read two of our sentences as one: the trigger's own sentence is the event's
                    chunk = _chunk_at(run, offset + ev.found.head.idx)
                    coded[article.id].append((chunk, offset, ev))
        for article in articles:
            yield self._result(article, coded[article.id], named[article.id])

    def _named_in(self, article: Article) -> tuple[list, list[Identity], list[str]]:
        """The article's mentions, its identities and the countries it is about (most named first),
        found before its sentences are coded: the countries decide which of two towns of one name an
        argument names ("the town of Uri" in a Kashmir story is India's, not the Swiss canton)."""
        mentions = find_mentions(article.text, self.kb, article.published)
        identities = cluster(mentions)
        return mentions, identities, countries_of(identities)

    def _result(self, article: Article, coded: list[tuple[Chunk, int, SentenceEvent]],
                named: tuple[list, list[Identity], list[str]]) -> ArticleResult:
        day, precision = article_date(article)
        events = []
        for n, (chunk, offset, ev) in enumerate(coded, start=1):
            events.append(self._mention(article, chunk, offset, ev, n, day, precision))
        date_events(events, article)
        mentions, identities, countries = named
        people_at = _surnames_of_people(mentions)
        home = place_events(events, article.text, countries, people_at)
        quotes = find_quotes(article.text, mentions, self.kb, article.published)
        events = resolve_references(events, article.text, mentions, quotes)
        speak_for_quoted_first_persons(events, quotes)
        seats_standing_for_bodies(events, article.text)
        refile_from_actors_city(events, article.text, countries)
        people = frozenset(i.identifier for i in identities if i.kind == "person")
        code_home_agents(events, home, people, article.text)
        code_people_in_home_roles(events, home, people_in_home_roles(identities))
        refer_back_to_agents_coded_at_home(events, article.text)
        attribute_events(events, quotes, article.text, mentions, self.kb)
        link_events(events, article.text, self.lex)
        aim_retold_deeds_at_their_targets(events, article.text, self.lex)
        aim_judgements_at_doers(events, article.text, self.lex)
        aim_responses_at_doers(events, article.text, self.lex)
        aim_protests_at_doers(events, article.text, self.lex)
        promises_of_forces_asked_for(events, self.lex)
        aim_interceptions_at_firers(events, self.lex)
        events = merge_mentions(events, article.text, people)
        keep_named_targets(events)
        clusters = entity_clusters(identities, events)
        codes_as_of(article.published, events, clusters, quotes)
        if self.confidence is not None:
            kept = score_events(events, article.text, self.confidence, self.min_confidence)
            if len(kept) < len(events):
                events, clusters = kept, entity_clusters(identities, kept)
                codes_as_of(article.published, [], clusters, [])
        return ArticleResult(article, events, clusters, quotes)

    def _mention(self, article: Article, chunk: Chunk, offset: int, ev: SentenceEvent, n: int, day: str, precision) -> EventMention:
        f = ev.found
        trig = f.trigger
        words = f.words
        start = offset + words[0].idx
        end = offset + words[-1].idx + len(words[-1].text)
        mode = [trig.mode] if trig.mode else []
        clause = clause_span(f.pred)
        return EventMention(
            id=f"{article.id}-e{n}",
            article_id=article.id,
            event=trig.type,
            mode=mode,
            context=[trig.context] if trig.context else [],
            cameo=trig.cameo,
            quad_code=self.lex.quad.get(trig.type),
            actor=ev.actors,
            recipient=ev.recipients,
            event_text=[article.text[start:end]],
            sequence=chunk.index,
            sent_start=chunk.start,
            sent_end=chunk.end,
            trigger_start=start,
            trigger_end=end,
            polarity=ev.polarity,
            size=Size(ev.dead, ev.injured, ev.arrested),
            date=day,
            date_precision=precision,
            confidence=_confidence(ev),
            clause_start=offset + clause[0],
            clause_end=offset + clause[1],
            where_spans=[(offset + a, offset + b) for a, b in where_spans(f.pred, f.head, trig.type)],
            aside_spans=[(offset + a, offset + b) for a, b in aside_spans(f.pred, f.head, trig.type)],
            undated_spans=[(offset + a, offset + b) for a, b in _main_clause_before_own_relative_clause(f.pred)],
            taken_from_spans=[(offset + a, offset + b) for a, b in _removal_spans(f.pred)],
            derived=ev.derived,
        )


def keep_named_targets(events: list[EventMention]) -> None:
    """"A U.S. airstrike killed seven people, among them Iranian General Qasem Soleimani": once a record
    names a coded target, the uncoded things beside it ("seven people", "a training camp", "anyone" in a
    denial merged in) are what was hit, not other parties; they stay in the counts and the event text."""
    for ev in events:
        ev.recipient = [r for r in ev.recipient if r.code] or ev.recipient


def codes_as_of(on: date | None, events: list[EventMention], clusters: list[EntityCluster], quotes: list) -> None:
    """Every code as of the article's date: a state that did not exist yet is the one it was part of."""
    if on is None:
        return
    coded = [e for ev in events for e in (*ev.actor, *ev.recipient)]
    coded += [e for ev in events for told in ev.attribution.values() for e in told if isinstance(e, Entity)]
    coded += [q.speaker for q in quotes if q.speaker is not None]
    for thing in (*coded, *clusters):
        thing.code = code_as_of(thing.code, on)
    for ev in events:
        if ev.event_loc and ev.event_loc.get("country"):
            ev.event_loc["country"] = code_as_of(ev.event_loc["country"], on)


def date_events(events: list[EventMention], article: Article) -> None:
    """Each event dated by the words of its clause or sentence, else by the publication date."""
    if article.published is None:
        return
    found: dict[tuple[int, int, bool], list] = {}
    last_day, last_day_at = None, -1  # the last event told with a day of its own
    # "Pakistan will hand back the pilot on Friday, Khan told parliament on Thursday": the
    # promise read off a future event was made when it was told, not on the day it promises
    future_triggers = {ev.trigger_start for ev in events if ev.polarity == "future"}
    for ev in events:
        future = ev.polarity == "future"
        key = (ev.sent_start, ev.sent_end, future)
        if key not in found:
            found[key] = find_dates(article.text, article.published, ev.sent_start, ev.sent_end, future=future)
        own = [d for d in found[key] if not any(a <= d.start and d.end <= b for a, b in ev.aside_spans + ev.undated_spans)
               and not ends_a_span(article.text, d)]
        if not future and ev.trigger_start in future_triggers:
            # the promised act's own day follows its verb ("will hand back the pilot on Friday")
            own = [d for d in own if not ev.trigger_start < d.start < ev.clause_end]
        # "A day later the army closed the borders": counted from the day the story last told before it is
        # weighed, or the day after publication it first resolves to would rule it out for a past event
        own = [reanchor(d, article.text, article.published, last_day if last_day_at < d.start else None) for d in own]
        when = (anchored_date(article.text, article.published, ev.sent_start, ev.trigger_start)
                or date_of_event(own, (ev.clause_start, ev.clause_end), ev.trigger_start, article.published, future))
        if when is None:
            when = _counted_from_a_deed_named(ev, events, article.text)
        if when is not None:
            ev.date, ev.enddate, ev.date_precision = when.date, when.enddate, when.precision
            ev.date_text = {"text": when.text, "start": when.start, "end": when.end}
            if when.precision == "day" and when.enddate is None and not _counted_to_another_event(when.text):
                last_day, last_day_at = when.date, when.start


def _counted_from_a_deed_named(ev: EventMention, events: list[EventMention], text: str) -> DateMention | None:
    """"Washington recalled its ambassador a day after the bombing": a count in the event's own clause
    from a deed named by its noun is counted from the day of the last such deed told before, dated by
    its own words."""
    lex = load_lexicon()
    for start, end, days, noun in noun_anchored_phrases(text, ev.clause_start, ev.clause_end):
        if start <= ev.trigger_start < end:
            continue
        types = {t.type for t in lex.candidates(noun.lower(), "NOUN")}
        told = [e for e in events if e.trigger_start < ev.sent_start and e.polarity == "asserted"
                and e.date_precision == "day" and e.enddate is None and e.date_text and e.event in types]
        if told:
            day = date.fromisoformat(told[-1].date[:10]) + timedelta(days=days)
            return DateMention(text[start:end], start, end, day.isoformat(), None, "day")
    return None


_COUNTED_TO_AN_EVENT = re.compile(r"(?i)\b(?:after|before)$")


def _counted_to_another_event(date_text: str) -> bool:
    """"landed on Monday, two weeks after militias began attacking": a day counted from another event
    dates a step back in the story; "a day earlier" in the next sentence still counts from Monday."""
    return _COUNTED_TO_AN_EVENT.search(date_text.strip()) is not None


def countries_of(identities: list[Identity]) -> list[str]:
    """The countries an article is about, most mentioned first: they decide ambiguous places."""
    counts = Counter()
    for identity in identities:
        if identity.code and len(identity.code) == 3:
            counts[identity.code] += len(identity.mentions)
    return [code for code, _ in counts.most_common()]


def _surnames_of_people(mentions) -> list[tuple[int, int]]:
    """Spans of a person's surname said alone after the full name ("Evo Morales ... Morales"): the
    person, though a town may bear the name."""
    out = []
    for m in mentions:
        if m.kind != "person" or m.identity is None or " " in m.text:
            continue
        # a full name the knowledge base knows, or one introduced by a title ("Police Director-General X")
        if any(o.start < m.start and len(o.text.split()) > 1 and o.text.split()[-1] == m.text
               and (o.entry is not None or o.title is not None) for o in m.identity.mentions):
            out.append((m.start, m.end))
    return out


def place_events(events: list[EventMention], text: str, countries: list[str],
                 people_at: list[tuple[int, int]] = ()) -> str | None:
    """Each event placed by its clause, else the article's dateline, else (a story without a
    dateline) a place its sentence names as a location. Only the phrases that can place an
    event are searched: the gazetteer scan is the costly part. Returns the story's home
    country: the dateline's, else the one it names most. A name inside `people_at` (spans of
    persons' surnames said alone) is the person, not a town ("granted asylum to Morales")."""
    if not events:
        return None
    datelines = dateline_places(text, countries)
    dateline = datelines[0] if datelines else None
    bureau = _story_country_if_filed_from_abroad(dateline, countries)
    # "in the north" is the north of the country the story is filed from, else the most named one
    home = (dateline.country if dateline else None) or (countries[0] if countries else None)
    found: dict[tuple[int, int], list[Place]] = {}

    def places_in(start: int, end: int, floor: int | None = None) -> list[Place]:
        """Places inside text[start:end]; the words just before the span (down to `floor`, the
        sentence start) are read too, as the context that says "place" ("in Tigray")."""
        if (start, end) not in found:
            lo = start if floor is None else context_start(text, start, floor)
            named_before = [q for places in found.values() for q in places]
            found[start, end] = [with_direction(text, as_named_in_full(p, named_before))
                                 for p in find_places(text, lo, end, countries)
                                 if p.start >= start and not far_namesake(text, p, countries, dateline)
                                 and not any(a <= p.start and p.end <= b for a, b in people_at)]
            found[start, end] += unnamed_parts(text, start, end, home, countries)
        return found[start, end]

    told_at: tuple[Place, int, int] | None = None    # the last deed placed by its own words: where, its trigger, its sentence
    placed_in: set[str] = set()  # the countries of the places deeds of force are told at in their own words
    filed_only: list[EventMention] = []  # events placed by the dateline alone, told after no other scene
    for ev in sorted(events, key=lambda e: e.trigger_start):
        # "will hold exercises in the Yellow Sea": an intent read off a promised act was stated where the
        # story was told; the act's place is the act's
        in_clause = [] if ev.derived else [p for start, end in ev.where_spans for p in places_in(start, end, ev.sent_start)
                                           if not _addressee_named_by_place(ev, p)]
        own = place_in_spans(in_clause, ev.where_spans, ev.trigger_start)
        if own is None and ev.event not in SPOKEN_TYPES:
            # "fired on a crowd in the city's main square": not the city a statement speaks of
            own = (city_referred_to(text, [(ev.clause_start, ev.clause_end)], countries)
                   or region_referred_to(text, [(ev.clause_start, ev.clause_end)], countries))
        if own is not None and ev.event not in SPOKEN_TYPES and ev.quad_code in SCENE_QUADS:
            told_at = (own, ev.trigger_start, ev.sequence)
        filed_from = dateline_for([a.code for a in ev.actor], datelines)
        where = own or _sentence_opening_place(text, ev, places_in) or place_referred_to(text, told_at, ev) or filed_from
        if own is None and where is filed_from:
            ev.scene_country = scene_of(told_at, ev, filed_from)
            if ev.scene_country is None:
                filed_only.append(ev)
        # deeds of force ("snipers fired on a convoy near Damascus"): where they are told says what country a
        # story filed from a bureau abroad is about (not a flight to exile or talks held abroad)
        if own is not None and own.country and ev.quad_code == MATERIAL_CONFLICT:
            placed_in.add(own.country)
        if where is None:
            sentence = places_in(ev.sent_start, ev.sent_end)
            where = place_in_spans(sentence, _locative_spans(text, sentence, ev), ev.trigger_start)
        if where is not None:
            ev.event_loc = flat_asdict(where)
    if bureau is not None and bureau in placed_in:
        # filed from abroad about a country where the story tells deeds in its own words
        for ev in filed_only:
            ev.scene_country = bureau
        return bureau
    return home


# "In Washington, the spokeswoman said ...": a place phrase that opens the sentence, up to its comma
_OPENING_PLACE = re.compile(r"(?:In|At)\s+[^,.;]{1,60},")


def _sentence_opening_place(text: str, ev: EventMention, places_in) -> Place | None:
    """"In Washington, the spokeswoman said the United States would help Baghdad": a place that opens
    the sentence sets where all of it happened, a reported clause and what is read off it included,
    before the dateline (examples/README.md, places rule 2)."""
    opening = _OPENING_PLACE.match(text, ev.sent_start, ev.sent_end)
    if opening is None:
        return None
    return next(iter(places_in(ev.sent_start, opening.end(), ev.sent_start)), None)


def _addressee_named_by_place(ev: EventMention, place: Place) -> bool:
    """"appealed to Washington for military help", "accused Kabul of ...": a capital or country that a
    spoken act (an appeal, a charge, a threat) is addressed to is a government, not where it was said.
    Not where an envoy is taken from ("recalled its ambassador to Israel"): the recall is done there."""
    if any(a <= place.start and place.end <= b for a, b in ev.taken_from_spans):
        return False
    return ev.event in SPOKEN_TYPES and any(r.start <= place.start and place.end <= r.end for r in ev.recipient)


def _removal_spans(pred) -> list[tuple[int, int]]:
    """The places a removal verb (removal_verbs.txt) takes people from, as _taken_from reads them."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in load_lexicon().removal_verbs:
        return []
    return _taken_from(pred)


def as_named_in_full(place: Place, named_before: list[Place]) -> Place:
    """"seized San Cristobal de las Casas ... pulled out of San Cristobal": a name that begins a place
    the article named before in full is that place, not a namesake elsewhere; the words stay its own."""
    short = fold(place.placename)
    for earlier in named_before:
        if earlier.start < place.start and fold(earlier.placename).startswith(short + " "):
            return replace(earlier, placename=place.placename, start=place.start, end=place.end)
    return place


def refile_from_actors_city(events: list[EventMention], text: str, countries: list[str]) -> None:
    """"DAKAR/BANJUL ... He declared a state of emergency": an event placed at a double dateline takes
    the city of its actor's country, which a pronoun or role noun only has once references are resolved."""
    datelines = dateline_places(text, countries)
    if len(datelines) < 2:
        return
    printed = {d.placename for d in datelines}
    for ev in events:
        if not ev.event_loc or ev.event_loc.get("placename") not in printed:
            continue
        filed_from = dateline_for([a.code for a in ev.actor], datelines)
        if filed_from is not None and filed_from.placename != ev.event_loc.get("placename"):
            ev.event_loc = flat_asdict(filed_from)


SCENE_SENTENCES = 2  # how many sentences back the deed that sets the scene may be told
# Deeds that set a scene: material acts ("troops stormed ..."), not the signing, meeting or praise told with
# a city ("signed a deal in Istanbul"), after which the story's own forces still act at home
SCENE_QUADS = frozenset({2, 4})
def _story_country_if_filed_from_abroad(dateline: Place | None, countries: list[str]) -> str | None:
    """"BEIRUT - Snipers fired on U.N. inspectors near Damascus ... Information Minister Omran al-Zoubi warned":
    a dateline in a country the story names nowhere else is the bureau it was filed from, not the story's
    country; the state the story names most is, when deeds of force are told as done at its places (its
    agents named without a country are that state's)."""
    if dateline is None or not dateline.country or dateline.country in countries:
        return None
    return next((c for c in countries if len(c) == 3 and c not in NON_STATE_CODES), None)


def scene_of(told_at: tuple[Place, int, int] | None, ev: EventMention, dateline: Place | None) -> str | None:
    """The country of the deed told in its own words in the last sentences before `ev`, when it is
    not the dateline's: a story filed from Brussels about Minsk is about Belarus there."""
    if told_at is None or dateline is None:
        return None
    place, _, sequence = told_at
    country = place.country
    return country if country and country != dateline.country and ev.sequence - sequence <= SCENE_SENTENCES else None


# "there" of place, not the "there" of "there was an explosion"
_THERE = re.compile(r"(?i)\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|"
                    r"seems?|seemed|appears?|appeared|remains?|remained|being|been)\b)")


def place_referred_to(text: str, told_at: tuple[Place, int, int] | None, ev: EventMention) -> Place | None:
    """"Militants stormed a police post in Garissa. Four officers were killed there.": a "there"
    in the clause of an event that names no place refers to the place of the deed told before it
    in the same paragraph."""
    if told_at is None or not _THERE.search(text, ev.clause_start, ev.clause_end):
        return None
    place, at, _ = told_at
    return place if same_paragraph(text, at, ev.trigger_start) else None


_ATOMS = (str, int, float, bool, type(None))


def flat_asdict(obj) -> dict:
    """dataclasses.asdict of a dataclass whose fields hold plain values (as a Place's do), without
    its recursive deep copy, which cost more than placing the event; any other value: asdict."""
    out = {f.name: getattr(obj, f.name) for f in fields(obj)}
    if all(type(value) in _ATOMS for value in out.values()):
        return out
    return asdict(obj)


CONTEXT_CHARS = 40  # how far before a place phrase its context words are read


def context_start(text: str, start: int, floor: int) -> int:
    """Where to start reading the context of a phrase at `start`: up to CONTEXT_CHARS before it,
    at a word boundary, never before `floor`."""
    lo = max(floor, start - CONTEXT_CHARS)
    if lo > floor and not text[lo - 1].isspace():
        space = text.find(" ", lo, start)
        lo = start if space < 0 else space + 1
    return lo


def chunk_runs(chunks: list[Chunk]) -> list[list[Chunk]]:
    """Consecutive chunks parsed as one text: fewer, longer docs cost spaCy less per word."""
    runs: list[list[Chunk]] = []
    for chunk in chunks:
        if runs and runs[-1][-1].index == chunk.index - 1 and chunk.end - runs[-1][0].start <= MAX_RUN_CHARS:
            runs[-1].append(chunk)
        else:
            runs.append([chunk])
    return runs


def _chunk_at(run: list[Chunk], position: int) -> Chunk:
    for chunk in reversed(run):
        if chunk.start <= position:
            return chunk
    return run[0]


def clause_root(pred):
    """The verb of the clause that governs the predicate (the predicate itself when it is one)."""
    root = pred
    while root.pos_ not in {"VERB", "AUX"} and root.head.i != root.i:
        root = root.head
    return root


def clause_span(pred) -> tuple[int, int]:
    """Character span (in the parsed run) of the clause whose verb governs the predicate, up to a
    co-ordinated clause with a subject of its own ("indicted him in June, and its prosecutor urged
    Nigeria on Monday ...": Monday is the urging's), or a co-ordinated verb after it that shares its
    subject ("signed a deal in January but launched an offensive last week": last week is the
    offensive's; a date only the later verb has still dates both, as one elsewhere in the sentence)."""
    root = clause_root(pred)
    last = root.right_edge
    later = [c for c in root.children if c.dep_ == "conj" and c.i > pred.i
             and (c.pos_ == "VERB" or any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children))]
    if later:
        first = min(later, key=lambda c: c.i).left_edge
        before = [t for t in root.doc[root.i : first.i] if not t.is_punct and t.dep_ != "cc"]
        last = before[-1] if before else last
    return root.left_edge.idx, last.idx + len(last.text)


def where_spans(pred, head, event_type: str) -> list[tuple[int, int]]:
    """Character spans (in the parsed run) of the phrases saying where an event happened:
    locative prepositional phrases on the predicate, its trigger, its clause's verb, the
    verb it is coordinated with ("In Baghdad, X denounced ... and called on ...") or a
    participle beside it ("speaking in Beijing") or the clause a participle is beside ("In Minsk, X
    ordered ..., accusing ..."); for deeds, not words, also on the object
    ("pounded forces in northeast Syria"), on a participle of the object ("blew up lines
    leading into Kabul") and the object itself when it is a place ("seized Goma", "seized the
    town of Goma"); on the other side of a fight ("clashed with protesters in Nairobi"); on the
    subject or its participle ("officials in Sidi Bouzid", "guerrillas operating in
    Macedonia") or its relative clause of a journey ("X, who flew to Florida, said"); where
    people are taken away from ("recalled its ambassador from Tehran"); or, for deeds whose subject is an attack, where its target is ("a rocket
    attack on the base near Kirkuk killed ..."); in a relative clause on an event noun ("a strike that shut down
    Khatmandu"); and, when the event has no locative of its own, on a later verb it is
    coordinated with ("killed 300 rebels and captured 150 in fighting in northern Chad")."""
    root = clause_root(pred)
    anchors = {pred, head, root}
    verbs = {pred.i}        # the event's verb and those it is coordinated after
    while root.dep_ == "conj" and root.head.i != root.i:
        # "called on Russia to halt the bombing and urged all sides ...": a finite verb parsed as the
        # infinitive's conjunct is coordinated with the finite verb above it
        root = finite_governor(root) or root.head
        anchors.add(root)
        verbs.add(root.i)
    if root.dep_ == "advcl" and root.tag_ == "VBG" and root.head.pos_ in {"VERB", "AUX"}:
        # "In Minsk, Lukashenko ordered troops to deploy, accusing Kyiv ...", "attacked a base in Kidal, killing
        # ten": a participle beside a clause is said or done where that clause is
        anchors.add(root.head)
    deed = event_type not in SPOKEN_TYPES
    located = []
    todo = list(anchors)
    while todo:
        anchor = todo.pop()
        new = []
        if deed and anchor.i in verbs:
            # "struck what New Delhi said was a camp near Balakot": the named thing is the object
            for obj in described_objects(anchor):
                new += [obj] + [t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"]
            # "clashed with protesters in central Nairobi", "fought against militants in northern Mali":
            # where the other side was
            new += [obj for prep in anchor.children if prep.dep_ == "prep" and prep.lower_ in OPPONENT_PREPS
                    for obj in _objects(prep)]
            # "delivered food to evacuees sheltering in Sisaket": the deed reaches them where they are
            new += _whereabouts_of_those_reached(anchor)
        for child in anchor.children:
            if child.dep_ in {"advcl", "acl"} and (child.tag_ == "VBG" or opening_participle(child)):
                new.append(child)
            elif child.dep_ == "relcl" and deed and anchor.pos_ == "NOUN" \
                    and (anchor.i == head.i or (anchor.dep_ == "dobj" and anchor.head.i in verbs)):
                new.append(child)       # "(staged) a general strike that shut down Khatmandu"
            elif child.dep_ in {"nsubj", "nsubjpass"} and anchor.i == root.i:
                # "Zourabichvili, speaking from New York, backed ...": the subject's own participle
                new += [c for c in child.children if c.dep_ == "acl" and c.tag_ == "VBG"
                        and c.lemma_.lower() in load_lexicon().speaking_verbs]
                # "officials in Sidi Bouzid confiscated ...", "Bush, also in Beijing, called on ...":
                # done or said where they are
                located.append(child)
            elif child.dep_ == "dobj" and deed and (anchor.i in verbs or anchor.dep_ == "relcl"):
                # "shot down a jet over Kashmir and captured the pilot": the first object's place too
                new.append(child)
                # "withdrew some of its forces from Libya": the place may hang off the object's own phrase
                new += [t for t in child.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"]
        for tok in new:
            if tok not in anchors:
                anchors.add(tok)
                todo.append(tok)
    if deed:
        # "set fire to a church sheltering hundreds of people near Eldoret": the parser hangs the deed's place on
        # the participle that says what its target held, or on what it held; they were where the target was
        held = [tok for tok in tokens_with(pred.sent, DEP, _ACL_IDS) if _held_by_its_target(tok, pred)]
        anchors |= set(held) | {t for tok in held for c in tok.children if c.dep_ == "dobj"
                                for t in [c, *(w for w in c.subtree if w.dep_ == "pobj" and w.head.lower_ == "of")]}
    anchors |= set(_meetings_held_before(pred, verbs))
    anchors |= set(_sides_of_own_meeting(pred, head, verbs))
    preps = WHERE_PREPS | ({"from", "out"} if event_type == "RETREAT" else set()) | ({"over", "on", "off"} if deed else set())
    # "will lift sanctions on Iran", "offered aid to Venezuela": whom a promise or a gift is for, not where
    preps -= RECIPIENT_PREPS.get(event_type, set())
    spans = []
    said_where = False      # a locative of the event's own, not only its object
    lex = load_lexicon()
    for anchor in anchors:
        lemma = anchor.lemma_.lower()  # read once: each test below asks for it
        # "speaking from New York": where a speaker speaks from is where the words are said
        own = preps | ({"from"} if lemma in lex.speaking_verbs and anchor.tag_ == "VBG" else set())
        if anchor.pos_ == "VERB" and lemma in lex.removal_verbs:
            spans += _taken_from(anchor)
        # "an offensive against Kurdish-led forces in northeast Syria": an attack is where its target is
        if anchor.pos_ == "NOUN" and lemma in attack_nouns():
            own = own | {"on", "against"}
        elif anchor.pos_ in {"NOUN", "PROPN"}:
            own = own - {"on"}      # "lift sanctions on Iran", "pressure on Kyiv": a target, not a place
        for child in anchor.children:
            if _prepositional(child) and (child.lower_ in own or (deed and _on_ground(child))) \
                    and (deed or _a_meeting(anchor) or not _right_after_object(anchor, child)) and not names_who_asked(child):
                # "over Kashmir" says where; "over Ankara's offensive" says why
                found = [span for obj in _objects(child) if not (child.lower_ == "over" and _names_an_event(obj))
                         for span in _where_in(obj)]
                spans += found
                said_where = said_where or bool(found)
            elif child.dep_ in {"amod", "advmod"} and child.lower_ in lex.nearness_words:
                # "deployed two destroyers close to Taiwan": as "near Taiwan"
                found = [span for to in child.children if to.dep_ == "prep" and to.lower_ == "to"
                         for obj in _objects(to) for span in _where_in(obj)]
                spans += found
                said_where = said_where or bool(found)
            elif child.dep_ == "advmod" and child.lower_ in lex.compass_words and deed:
                # "stormed the air base, about 60 km north of Aden": the place the distance is from
                found = [_place_phrase(obj) for of in child.children if of.dep_ == "prep" and of.lower_ == "of"
                         for obj in _objects(of)]
                spans += found
                said_where = said_where or bool(found)
        if anchor.dep_ == "dobj" and anchor.head in anchors and deed and event_type not in PARTY_OBJECT_TYPES:
            spans.append(_whole_name(anchor))
            if anchor.lower_ in PLACE_KIND_WORDS or lemma in lex.ground_nouns:
                # "seized the town of Kupiansk", "shelled the Syrian city of Idlib": the place it names;
                # "sealed off the streets of Srinagar", "shelled the outskirts of Kharkiv": the place it is part of
                spans.append(_place_phrase(anchor))
            # "attacked a Kabul hotel", "shelled a Donetsk suburb": a town naming the kind of object
            spans += [(m.left_edge.idx, m.idx + len(m.text)) for m in _town_modifiers(anchor)]
    for subject in located:
        if deed and subject.lemma_.lower() in attack_nouns():
            # "a rocket attack on the K-1 base near Kirkuk killed ...": the deed is where the attack was
            spans += _attack_where(subject)
            continue
        # "One third of the guerrillas operating in Macedonia were demobilized"
        nouns = [subject] + [t for t in subject.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"
                             and t.head.head.i == subject.i]
        for noun in nouns:
            holders = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"}]
            for holder in holders:
                for child in holder.children:
                    if child.dep_ == "prep" and child.lower_ in SUBJECT_WHERE_PREPS:
                        spans += [_place_phrase(obj) for obj in _objects(child)]
        spans += _gone_to(subject)
    spans += [_place_phrase(verb.head) for verb in (pred, clause_root(pred)) if _told_where_it_was(verb)]
    if deed and not said_where:
        for verb in list(anchors):
            for conj in verb.children:
                if conj.dep_ == "conj" and conj.i > verb.i and conj.pos_ == "VERB":
                    for child in [*conj.children, *_object_shared_with(verb, conj)]:
                        if child.dep_ == "prep" and child.lower_ in WHERE_PREPS and child.i > conj.i:
                            spans += [span for obj in _objects(child) for span in _where_in(obj)]
    return spans


def _object_shared_with(verb, conj) -> list:
    """"fired on and seized three vessels near the port of Kerch": a verb left without its object (only a
    particle) shares the object of the verb coordinated after it, and so the place that object's phrase
    names. The locative phrases hanging on that object."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "pobj", "prep"} for c in verb.children):
        return []
    return [prep for obj in conj.children if obj.dep_ == "dobj" for prep in obj.children]


def _meetings_held_before(pred, verbs: set[int]) -> list:
    """"NATO ambassadors held an emergency meeting in Brussels and urged both countries ...": the meeting the
    verb an event is coordinated after held (an object that is a CONSULT event noun) is where the words
    that follow it were said."""
    lex = load_lexicon()
    doc = pred.doc
    return [obj for i in verbs if i != pred.i for obj in doc[i].children
            if obj.dep_ == "dobj" and any(t.type == "CONSULT" for t in lex.candidates(obj.lemma_.lower(), "NOUN"))]


def _sides_of_own_meeting(pred, head, verbs: set[int]) -> list:
    """"mediated two weeks of talks between the parties in the town of Ohrid": the parser may hang a
    meeting's locative on the sides named after "between" or "among"; where the sides met is where the
    meeting was. The meeting is the event's noun or the object of its verb (a CONSULT event noun)."""
    lex = load_lexicon()
    doc = pred.doc
    nouns = [head] + [obj for i in verbs for obj in doc[i].children if obj.dep_ == "dobj"]
    # "two weeks of talks": the meeting noun may sit under a measure of its length
    nouns += [t for n in nouns for prep in n.children if prep.dep_ == "prep" and prep.lower_ == "of" for t in _objects(prep)]
    meetings = [n for n in nouns if n.pos_ == "NOUN"
                and any(t.type == "CONSULT" for t in lex.candidates(n.lemma_.lower(), "NOUN"))]
    return [side for m in meetings for prep in m.children if prep.dep_ == "prep" and prep.lower_ in {"between", "among"}
            for side in _objects(prep)]


def _told_where_it_was(verb) -> bool:
    """"towed the ships to Ashdod, where police detained 680 activists", "back to Iraq, where the last U.S.
    forces left in 2011": a relative clause opened by "where" is told of the place it hangs on."""
    return verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)


def _whereabouts_of_those_reached(verb) -> list:
    """The participles that say where the people a deed goes to are ("to evacuees sheltering in
    schools", "to families stranded at the border"): the object of a "to" phrase of the verb with a
    participle of its own."""
    return [acl for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in _TO
            for obj in _objects(prep) for acl in obj.children
            if acl.dep_ == "acl" and acl.tag_ in {"VBG", "VBN"}]


def _whole_name(noun) -> tuple[int, int]:
    """"seized Addis Ababa", "shelled Kryvyi Rih", "seized San Cristobal de las Casas": the parser makes
    the first words of a name compounds of its last one; the span runs over all of them."""
    if noun.pos_ != "PROPN":
        return noun.idx, noun.idx + len(noun.text)  # "the US embassy": a name before a thing says whose
    first = noun
    while True:
        before = [c for c in first.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == first.i - 1]
        before = before or [c for c in noun.children if c.dep_ == "compound" and c.i == first.i - 1]
        if not before:
            return first.idx, noun.idx + len(noun.text)
        first = before[0]


def _town_modifiers(noun) -> list:
    """Proper-noun compounds before an object ("a Kabul hotel", "the Gaza City hospital"): where the
    object is, when one names a town. Not a country: "the US embassy" says whose, not where."""
    countries = load_gazetteer().country_keys
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i
            and fold(noun.doc[c.left_edge.i : c.i + 1].text) not in countries]


SUBJECT_WHERE_PREPS = {"in"}
# "praised Kuwait", "backed Ukraine", "endorsed Guaido": the object of support is whom it is for, never
# where ("seized Goma" is where); so is the object of aid ("supplied Ukraine with howitzers") and of a
# promise ("said it would help Poland": the intent read off the promised help)
PARTY_OBJECT_TYPES = frozenset({"SUPPORT", "AID", "AGREE"})
OPPONENT_PREPS = {"with", "against"}
_TO = {"to", "toward", "towards", "into"}
# "to" stays for the other deeds: "extradited him to Britain", "sent troops to the north"
RECIPIENT_PREPS = {"AGREE": {"on"} | _TO, "SUPPORT": {"on"}, "COOPERATE": {"on"}, "AID": {"on"},
                   "CONSULT": {"on"}, "CONCEDE": {"on"}}




def _prepositional(tok) -> bool:
    """A preposition with its object: "flew over Banjul" may be parsed with "over" as an adverb (or
    particle) of the verb that still holds "Banjul" as its object; it says where all the same."""
    return tok.dep_ == "prep" or (tok.dep_ in {"advmod", "prt"} and any(c.dep_ == "pobj" for c in tok.children))


def _locative_spans(text: str, places: list[Place], ev: EventMention) -> list[tuple[int, int]]:
    """Places elsewhere in the sentence named as where things happen ("in Bam, Iran"),
    outside the asides that belong to other events."""
    preps = WHERE_PREPS - RECIPIENT_PREPS.get(ev.event, set())
    return [(p.start, p.end) for p in places
            if introduced_as_where(text, p, preps) and not any(a <= p.start and p.end <= b for a, b in ev.aside_spans)]


ASIDE_DEPS = {"relcl", "acl", "appos", "advcl", "ccomp", "parataxis", "pcomp"}
_ASIDE_DEP_IDS = frozenset(get_string_id(dep) for dep in ASIDE_DEPS)
_PREP_DEP_IDS = frozenset({get_string_id("prep")})
_ACL_IDS = frozenset({get_string_id("acl")})


def aside_spans(pred, head, event_type: str | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentence's subordinate clauses and appositions that hold
    neither the trigger nor the predicate, except a speaker's participle beside the event's
    clause ("Zourabichvili, speaking from New York on Tuesday, backed ...": said then and there).
    A gerund after a preposition is such a clause: "accused of killing civilians in Axum in
    November 2020" dates and places the killing, not the accusation.
    Also the phrase of another event named after a preposition of time or cause ("arrested 11
    people over Wednesday's violence", "detained 308 after overnight riots on Friday", "the first
    since the end of military rule in 1990"): its dates are that event's; and, for an event named
    inside such a phrase ("sanctions on Monday over Ankara's offensive"), the rest of the sentence."""
    sent = pred.sent
    root = clause_root(pred)
    beside = {root.i}
    while root.dep_ == "conj" and root.head.i != root.i:   # "..., backed the protesters and vowed ..."
        root = finite_governor(root) or root.head
        beside.add(root.i)
    beside |= {c.i for r in list(beside) for c in sent.doc[r].children if c.dep_ in {"nsubj", "nsubjpass"}}
    # "Rebels took the town on Sunday and then signed a deal, officials said": the parser hangs "signed"
    # on "said"; the reported clause before it is the one it goes on, no aside to it
    going_on = reported_clause_going_on(pred)
    spans = []
    asides = sentence_asides(sent)
    # indices read once: most clauses are ruled out by them before a Token is made
    pred_i, head_i, going_on_i = pred.i, head.i, (going_on.i if going_on is not None else None)
    for tok_i, lo, hi, speaking_beside, span in asides.clauses:
        if lo <= pred_i <= hi or lo <= head_i <= hi or tok_i == going_on_i:
            continue
        if speaking_beside is not None and speaking_beside in beside:
            continue
        tok = sent.doc[tok_i]
        if _tells_its_subject_event(tok, pred, event_type) or _tells_the_occasion(tok, beside | {pred.i}):
            continue
        if opening_participle(tok) and tok.head.i in beside:
            continue  # "Meeting in Buenos Aires late that night, governors agreed ...": the scene of the main clause
        if _held_by_its_target(tok, pred):
            continue
        spans.append(span)
    for lo, hi, span in asides.other_events:
        if lo <= head.i <= hi:
            # the event is the one named in the phrase: the rest of the sentence dates something else
            if head.pos_ == "NOUN" and pred.i == head.i:
                spans += [(sent.start_char, span[0]), (span[1], sent.end_char)]
            continue
        if not lo <= pred.i <= hi:
            spans.append(span)
    spans += [(lo.idx, hi.idx + len(hi.text)) for lo, hi in map(_charge_extent, _charges(pred))
              if not lo.i <= head.i <= hi.i]
    spans += _outside_own_time_clause(pred)
    spans += _main_clause_after_own_relative_clause(pred)
    # "an April 1 airstrike that destroyed the consulate": a noun that is the event, or does it, keeps its date
    itself = {pred.i, head.i} | {c.i for c in pred.children if c.dep_ in {"nsubj", "nsubjpass"}}
    if pred.dep_ in {"relcl", "acl"}:
        itself.add(pred.head.i)
    spans += [span for noun, span in asides.dates_naming_nouns if noun not in itself]
    spans += [span for noun, span in asides.days_set_for if noun not in itself]
    # "promised free elections in April": the month is the elections', not the promise's nor its sentence's
    spans += [span for thing, span in asides.days_of_promised_things if thing != pred.i]
    spans += [span for lo, hi, span in asides.acts_asked_or_promised
              if not lo <= pred.i <= hi and not lo <= head.i <= hi]
    return spans


class SentenceAsides(NamedTuple):
    """The phrases of a sentence that are asides to some of its events, with what aside_spans needs of
    each to tell to which: token indices and the phrase's character span (in the parsed run)."""
    # the clause's head, its first and last token, the word a speaker's participle stands beside (else None),
    # span: the subordinate clauses and appositions (ASIDE_DEPS), a preposition's phrase that is no gerund left
    # out. Indices only: a Token would keep its Doc, the cache's weak key, alive for good (a leak per article)
    clauses: list[tuple[int, int, int, int | None, tuple[int, int]]]
    other_events: list[tuple[int, int, tuple[int, int]]]        # first, last token, span: _other_events_named
    dates_naming_nouns: list[tuple[int, tuple[int, int]]]       # the noun dated, span: _dates_naming_a_noun
    days_set_for: list[tuple[int, tuple[int, int]]]             # the word the day is set for, span: _days_set_for
    days_of_promised_things: list[tuple[int, tuple[int, int]]]  # the promised thing, span: _days_of_promised_things
    acts_asked_or_promised: list[tuple[int, int, tuple[int, int]]]  # first, last token, span: _acts_asked_or_promised


# Every event of a sentence asks for the same asides of it: found once per sentence and kept as long
# as its doc lives (as nlp.token_column keeps a doc's columns).
_SENTENCE_ASIDES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def sentence_asides(sent) -> SentenceAsides:
    """The asides of `sent` (a sentence Span) that do not depend on the event asking, worked out once."""
    per_doc = _SENTENCE_ASIDES.get(sent.doc)
    if per_doc is None:
        per_doc = _SENTENCE_ASIDES[sent.doc] = {}
    key = (sent.start, sent.end)
    found = per_doc.get(key)
    if found is None:
        found = per_doc[key] = _find_sentence_asides(sent)
    return found


def _find_sentence_asides(sent) -> SentenceAsides:
    def extent(lo, hi) -> tuple[int, int]:
        return lo.idx, hi.idx + len(hi.text)

    return SentenceAsides(
        clauses=[(tok.i, tok.left_edge.i, _aside_end(tok), _speaker_beside(tok), extent(tok.left_edge, tok.doc[_aside_end(tok)]))
                 for tok in tokens_with(sent, DEP, _ASIDE_DEP_IDS)   # tok.dep_ in ASIDE_DEPS
                 # "for 90 days late on Sunday": a preposition's phrase, not a gerund's clause
                 if not (tok.dep_ == "pcomp" and tok.pos_ != "VERB")],
        other_events=[(o.left_edge.i, o.right_edge.i, extent(o.left_edge, o.right_edge)) for o in _other_events_named(sent)],
        dates_naming_nouns=[(m.head.i, extent(m.left_edge, m.right_edge)) for m in _dates_naming_a_noun(sent)],
        days_set_for=[(p.head.i, extent(p, p.right_edge)) for p in _days_set_for(sent)],
        days_of_promised_things=[(thing.i, extent(p, p.right_edge)) for p, thing in _days_of_promised_things(sent)],
        acts_asked_or_promised=[(c.left_edge.i, c.right_edge.i, extent(c.left_edge, c.right_edge))
                                for c in _acts_asked_or_promised(sent)],
    )


def _speaker_beside(clause) -> int | None:
    """The word a speaker's participle hangs on ("Zourabichvili, speaking from New York on Tuesday,
    backed ..."): said then and there when that word is the event's clause or its subject."""
    if clause.tag_ == "VBG" and clause.lemma_.lower() in load_lexicon().speaking_verbs:
        return clause.head.i
    return None


def _held_by_its_target(participle, pred) -> bool:
    """"set fire to a church sheltering hundreds of people near Eldoret on Tuesday": a participle of
    holding on the deed's own object only describes the target, as one of whose it is or what it serves as
    does ("a school used as a base by activists late on Saturday"); the parser hangs the deed's day and
    place on it, so it is no aside to the deed."""
    held = target_holding(participle) or target_description(participle)
    return held is not None and held[0].dep_ in {"dobj", "pobj"} and held[1].i in _verbs_beside(pred)


def _verbs_beside(pred) -> set[int]:
    """The predicate and the verbs above it whose clause it continues ("raided a school ..., beating
    dozens and arresting 93": the participles go on the raid's clause, told at its time)."""
    verbs = {pred.i}
    while pred.dep_ in {"advcl", "conj"} and pred.head.i != pred.i and pred.head.pos_ in {"VERB", "AUX"}:
        pred = pred.head
        verbs.add(pred.i)
    return verbs


_XCOMP_IDS = frozenset({get_string_id("xcomp")})


def _acts_asked_or_promised(sent) -> list:
    """"urged his supporters to attend a rally in Nairobi on Thursday": the infinitive of a verb that asks
    for or promises an act (a trigger whose complement is hypothetical or future) is what it asks or
    promises; its day and place are that act's, not the asking's nor any other deed's of the sentence.
    Not after a "for" phrase: "asked for foreign help to restore order in October 2022" asks for the help,
    and the infinitive is what the help is for."""
    return [c for c in tokens_with(sent, DEP, _XCOMP_IDS)
            if c.head.pos_ == "VERB" and c.head.lemma_.lower() in _asking_or_promising_verbs()
            and not any(p.dep_ == "prep" and p.lower_ == "for" and p.i < c.i for p in c.head.children)]


@lru_cache(maxsize=1)
def _asking_or_promising_verbs() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(lemma for (lemma, pos), rows in lex.triggers.items()
                     if pos == "VERB" and any(r.complement in {"hypothetical", "future"} for r in rows))


def _days_of_promised_things(sent) -> list:
    """(preposition, promised thing) for each day, month or year said of what a promise promises."""
    out = []
    for tok in tokens_with(sent, DEP, _PREP_DEP_IDS):
        thing = dates_a_promised_thing(tok)
        if thing is not None:
            out.append((tok, thing))
    return out


def opening_participle(clause) -> bool:
    """"Meeting in Buenos Aires late that night, the governors agreed ...": a participle that opens the
    sentence, with no subject or conjunction of its own, sets the scene of the clause it hangs on; the
    parser may tag it a noun ("Meeting")."""
    return (clause.dep_ == "advcl" and clause.i == clause.sent.start and clause.i < clause.head.i
            and (clause.tag_ == "VBG" or (clause.tag_ == "NN" and clause.lower_.endswith("ing")))
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children))


def _tells_the_occasion(clause, verbs: set[int]) -> bool:
    """"Donors, at a conference hosted by France on Sunday, pledged ...": a participle on the object of
    the verb's "at" tells when and where the occasion was, and so when the deed done at it was."""
    noun = clause.head
    return (clause.dep_ == "acl" and clause.tag_ == "VBN" and noun.dep_ == "pobj"
            and noun.head.lower_ == "at" and noun.head.head.i in verbs)


def _days_set_for(sent) -> list:
    """"set an early presidential election for May 25", "called a strike for Monday": "for" and a
    named day, month or year is the day a thing is set for, not when any deed of the sentence was done."""
    return [tok for tok in tokens_with(sent, DEP, _PREP_DEP_IDS) if sets_a_day_for(tok)]


def _main_clause_after_own_relative_clause(pred) -> list[tuple[int, int]]:
    """"The general, who had refused for weeks to resign, flew to Dubai late on Friday": a relative clause
    tells a deed of its own, which is neither the main clause's nor co-ordinated with it; the main
    clause's words after it date and place the main clause's deed. (A day or place before it opens the
    whole sentence and still counts.)"""
    root = clause_root(pred)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "relcl":
        return []
    sent, after = pred.sent, root.right_edge.i + 1
    return [(sent.doc[after].idx, sent.end_char)] if after < sent.end else []


def _main_clause_before_own_relative_clause(pred) -> list[tuple[int, int]]:
    """"Negotiators will meet in Beijing on April 18 to discuss the plane, which China has so far refused to
    hand back": the day words of the main clause before a relative clause are the main clause's deed's,
    not the one the relative clause tells (examples/README.md: a deed is dated by its own clause, its
    reporting verb, a co-ordinated clause or a sentence-initial adverbial). What opens the sentence before
    the main clause's subject still dates both; the main clause's places still place it (place rule 2)."""
    root = clause_root(pred)
    while root.dep_ in {"conj", "xcomp"} and root.head.i != root.i:
        root = root.head  # "which China has refused to hand back": the handing back is in the relative clause too
    if root.dep_ != "relcl" or any(c.dep_ == "advmod" and c.lower_ in {"when", "where"} for c in root.children):
        return []  # "since October, when Hamas attacked": the day the clause hangs on is its own
    main, subject = root.head, None
    while subject is None:
        # up to the finite clause the relative clause hangs in ("to discuss ... the plane, which" is in "will meet")
        if main.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < main.i), None)
        if subject is None and main.head.i == main.i:
            return []
        main = main.head if subject is None else main
    # the phrase of the noun the clause tells of keeps its day ("a suicide bombing on Thursday that killed 13")
    start, end = subject.left_edge, root.head.left_edge
    return [(start.idx, end.idx)] if start.i < end.i else []


def _outside_own_time_clause(pred) -> list[tuple[int, int]]:
    """"Habibie agreed on Sept. 12 to let the force in after the United States cut military ties": an
    event told in a clause of time or cause (time_clause_marks.txt) hangs on the main clause's event,
    whose date words ("Sept. 12") are not its own: the rest of the sentence is an aside to it."""
    root = clause_root(pred)
    last = root.right_edge
    stranded = noun_conjunct_before(root)
    if stranded is not None:
        # "... after the United States cut ties with Jakarta and the IMF suspended a loan": the parser
        # hangs "suspended" on the main verb, but it goes on the clause its subject stands in
        root = next(a for a in stranded.ancestors if a.pos_ in {"VERB", "AUX"})
    while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ in {"VERB", "AUX"}:
        root = root.head
    if root.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in lexicon_word_list("time_clause_marks.txt")
                                       for c in root.children):
        return []
    lo, hi = root.left_edge, max(root.right_edge, last, key=lambda t: t.i)
    mark = min((c for c in root.children if c.dep_ == "mark"), key=lambda c: c.i)
    lo = mark if mark.i < lo.i else lo
    # the main clause is the aside, not a speaker above it ("..., officials said on Tuesday" still dates it)
    main = root.head
    while main.dep_ in {"xcomp", "conj", "advcl", "acomp"} and main.head.i != main.i:
        main = main.head
    start, end = main.left_edge, max(main.right_edge, hi, key=lambda t: t.i)
    return [(start.idx, lo.idx), (hi.idx + len(hi.text), end.idx + len(end.text))]


def _aside_end(tok) -> int:
    """The last token of an aside clause. "Mr. Okafor, whose party took office two years ago, left the
    palace as police fought ...": when the sentence's root is the subject noun, the parser may join the
    main verb to the relative clause as its conjunct; the relative clause then ends at the comma before it."""
    if tok.dep_ == "relcl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in {"PROPN", "NOUN"}:
        for conj in tok.children:
            before = conj.left_edge.i - 1
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and before > tok.i and tok.doc[before].text == ",":
                return before - 1
    return tok.right_edge.i


def _charges(pred) -> list:
    """"accused agents of the Indian government of involvement in the killing ... in June": the "of"
    phrase of a verb of charging (object_of_verbs.txt) is what the accusation says, and its dates are
    the deed's, not the accusation's (the parser may hang it on the object)."""
    if pred.lemma_.lower() not in load_lexicon().object_of_verbs:
        return []
    own = [c for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"]
    if own:
        return own
    for obj in (c for c in pred.children if c.dep_ == "dobj"):
        for of in obj.subtree:
            if of.dep_ == "prep" and of.lower_ == "of" and of_names_a_charge(obj, of):
                return [of]
    return []


def _charge_extent(of):
    """The charge with the phrases the parser hangs on the verb right after it ("of involvement | in
    the shelling of a village near Basra in January")."""
    lo, hi = of.left_edge, of.right_edge
    verb = of.head if of.head.pos_ in {"VERB", "AUX"} else of.head.head
    # not a bare time ("accused India of shelling villages on Monday": ambiguous, left to the verb)
    following = {c.left_edge.i: c for c in verb.children if c.dep_ == "prep" and c.i > hi.i
                 and not any(o.lower_ in load_lexicon().time_words for o in c.children if o.dep_ == "pobj")}
    while hi.i + 1 in following:
        hi = following[hi.i + 1].right_edge
    return lo, hi


# modifiers by which a date stands before a noun: "the Oct. 20 vote", "last month's election"
NOUN_DATE_DEPS = frozenset({"nmod", "compound", "poss", "nummod", "npadvmod"})
_NOUN_DATE_DEP_IDS = frozenset(get_string_id(dep) for dep in NOUN_DATE_DEPS)


def _dates_naming_a_noun(sent) -> list:
    """Dates written before a noun that name its event ("the Oct. 20 vote", "an April 1 airstrike",
    "last month's election"): they tell when that event was, not when the sentence's verb was
    done; a time noun they make up is a time ("Sunday morning")."""
    out = []
    for tok in tokens_with(sent, DEP, _NOUN_DATE_DEP_IDS):
        noun = tok.head
        if (noun.pos_ == "NOUN" and tok.i < noun.i and tok.right_edge.i < noun.i
                and not _is_time_word(noun) and any(_is_time_word(t) for t in tok.subtree)):
            out.append(tok)
    return out


def _tells_its_subject_event(clause, pred, event_type: str | None) -> bool:
    """"Clashes that broke out on Wednesday near Isfara have killed 100 people": a relative clause on
    the event noun that is the predicate's subject, an event of the predicate's own type, tells when
    and where the predicate's event took place; it is no aside about another event."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.dep_ != "nsubj" or noun.head.i != pred.i or noun.pos_ != "NOUN":
        return False
    from .lexicon import load_lexicon

    return any(t.type == event_type for t in load_lexicon().candidates(noun.lemma_.lower(), "NOUN"))


# prepositions whose object names another event, before or behind this one
REFERENCE_PREPS = frozenset("after since before following over amid".split())


def _other_events_named(sent) -> list:
    """Objects of REFERENCE_PREPS that name something other than a time. "since" only after a
    superlative or an ordinal ("the first since the end of military rule in 1990"): "camped
    outside army bases since his defeat in October" tells when the camping began."""
    out = []
    for tok in tokens_with(sent, DEP, _PREP_DEP_IDS):
        if tok.lower_ not in REFERENCE_PREPS:
            continue
        if tok.lower_ == "since" and tok.head.tag_ not in {"JJ", "JJS", "RBS"}:
            continue
        for obj in tok.children:
            # only a common noun: "over Kashmir", "over the city" say where, not what
            if obj.dep_ == "pobj" and _names_an_event(obj):
                out.append(obj)
    return out


def _names_an_event(noun) -> bool:
    """A common noun that is neither a time nor a place ("violence", "offensive", "riots"; time_nouns.txt,
    place_nouns.txt)."""
    return noun.pos_ == "NOUN" and not _is_time_word(noun) and noun.lemma_.lower() not in load_lexicon().place_nouns


def _is_time_word(tok) -> bool:
    """"weekend", "nights", "Friday", "Dec.": a time, not an event."""
    word = tok.text.rstrip(".")
    time_nouns = load_lexicon().time_nouns
    return (tok.ent_type_ in {"DATE", "TIME"} or tok.lemma_.lower() in time_nouns or tok.lower_ in time_nouns
            or word in WEEKDAYS or word in MONTHS or word in MONTH_ABBREVIATIONS)


def _a_meeting(verb) -> bool:
    """"Kan met Obama in New York, and Obama urged ...": a verb of meeting (a CONSULT verb of the lexicon)
    that a said event is coordinated after is placed by its locative even right after its object; the
    words that follow were said at that meeting."""
    return verb.pos_ == "VERB" and any(t.type == "CONSULT" for t in load_lexicon().candidates(verb.lemma_.lower(), "VERB"))


def _right_after_object(verb, prep) -> bool:
    """A locative straight after a said event's object places the object, whatever the parse says
    ("accused 'puppeteers' in Poland", "condemned the attack in Kabul")."""
    doc = prep.doc
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.right_edge.i < prep.i:
            between = doc[obj.right_edge.i + 1:prep.i]
            if all(tok.is_punct for tok in between) and len(between) <= 1:
                return True
    return False


def _objects(prep) -> list:
    """The objects of a preposition, through a compound one ("out of northern Syria", "away from")."""
    objs = [obj for obj in prep.children if obj.dep_ == "pobj"]
    if not objs:
        objs = [obj for inner in prep.children if inner.dep_ == "prep" for obj in inner.children if obj.dep_ == "pobj"]
    return objs


def _where_in(noun) -> list[tuple[int, int]]:
    """The place phrase of a locative's object, and where that object itself is when it is not a
    place ("in fighting in northern Chad", "on a truck carrying soldiers near Arish"): one level
    down, never further."""
    spans = [_place_phrase(noun)]
    # "killed in the Georgian assault on Tskhinvali": an attack is where its target is
    preps = WHERE_PREPS | ({"on", "against"} if noun.lemma_.lower() in attack_nouns() else set())
    # "in a televised address from the White House": words are said where they are spoken from
    preps = preps | ({"from"} if noun.lemma_.lower() in load_lexicon().speech_nouns else set())
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ in preps or _on_ground(child)) and child.i > noun.i:
            spans += [_place_phrase(obj) for obj in child.children if obj.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.tag_ in {"VBG", "VBN"}:
            # "opened fire on a bus carrying pilgrims near Minya": where the thing was (not where it was going)
            spans += [_place_phrase(obj) for prep in child.children
                      if prep.dep_ == "prep" and prep.lower_ in STILL_PREPS
                      for obj in prep.children if obj.dep_ == "pobj"]
    return spans


def _taken_from(verb) -> list[tuple[int, int]]:
    """"recalled its ambassador from Tehran", "evacuated citizens from Khartoum": the place people are
    taken away from (on the verb or on its object) is where the deed is done (removal_verbs.txt); so is
    an envoy's post ("recalled its ambassador to Israel", post_nouns.txt)."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return [span for holder in holders for prep in holder.children
            if prep.dep_ == "prep" and prep.i > verb.i and (prep.lower_ == "from" or _names_the_post(holder, prep))
            for obj in _objects(prep) for span in _where_in(obj)]


def _names_the_post(holder, prep) -> bool:
    """"recalled its ambassador to Israel": the "to" phrase of an envoy (post_nouns.txt) names the
    country they are posted to, which a recall takes them from."""
    return prep.lower_ == "to" and holder.lemma_.lower() in load_lexicon().post_nouns


def _on_ground(prep) -> bool:
    """"on the outskirts of Nairobi", "off the coast of Somalia": "on" or "off" a stretch of ground or
    water (ground_nouns.txt) is a place even after a noun, where "on" is otherwise a target."""
    return prep.lower_ in {"on", "off"} and any(
        obj.dep_ == "pobj" and obj.lemma_.lower() in load_lexicon().ground_nouns for obj in prep.children)


STILL_PREPS = WHERE_PREPS - {"to", "towards", "toward", "into", "through", "across"}   # where, not whither


def _gone_to(subject) -> list[tuple[int, int]]:
    """"Bolsonaro, who flew to Florida on Dec. 30, said ...": a subject said to have gone somewhere
    in a relative clause is there (journey_verbs.txt)."""
    journeys = load_lexicon().journey_verbs
    return [_place_phrase(obj) for rel in subject.children if rel.dep_ == "relcl" and rel.lemma_.lower() in journeys
            for prep in rel.children if prep.dep_ == "prep" and prep.lower_ in {"to", "in"}
            for obj in _objects(prep)]


def _attack_where(attack) -> list[tuple[int, int]]:
    """Where an attack noun says it was: its target's phrase and the places named on that target
    ("an attack on the base near Kirkuk", "a blast at a market in Kabul")."""
    spans = [_place_phrase(attack)]
    for child in attack.children:
        if child.dep_ == "prep" and child.lower_ in WHERE_PREPS | {"on", "against"} and child.i > attack.i:
            spans += [span for obj in _objects(child) for span in _where_in(obj)]
    return spans


@lru_cache(maxsize=1)
def attack_nouns() -> frozenset[str]:
    """Nouns the lexicon reads as an assault on their own ("the assault", "an offensive")."""
    return frozenset(lemma for (lemma, pos), rows in load_lexicon().triggers.items()
                     if pos == "NOUN" and any(t.type == "ASSAULT" and not t.objects for t in rows))


def _place_phrase(noun) -> tuple[int, int]:
    """The noun phrase a place can be named in: the noun with its modifiers, "of" phrases and
    lists ("the border town of Akcakale", "Syria, Iraq and Lebanon"; a border's "with" phrase:
    "the border with Colombia"), not the clauses or
    other prepositional phrases hanging off it ("in retaliation for ... in Somalia")."""
    start, end = noun.left_edge.idx, noun.idx + len(noun.text)
    # "the border with Colombia": the neighbour is part of the border's name
    joins = {"of", "with"} if noun.lemma_.lower() in load_lexicon().border_nouns else {"of"}
    for child in noun.children:
        if (child.dep_ == "prep" and child.lower_ in joins) or child.dep_ in {"conj", "appos", "cc"}:
            if child.i > noun.i:
                inner = _place_phrase(child if child.dep_ != "prep" else next((c for c in child.children if c.dep_ == "pobj"), child))
                end = max(end, inner[1])
    return start, end


def _confidence(ev: SentenceEvent) -> float:
    coded = sum(1 for side in (ev.actors, ev.recipients) if side and any(e.code for e in side))
    return 0.4 + 0.25 * coded + (0.05 if ev.found.head.pos_ == "VERB" else 0.0)


def article_date(article: Article) -> tuple[str, str | None]:
    """The date events default to: publication date; without one, today with precision None."""
    if article.published:
        return article.published.isoformat(), "publication"
    return date.today().isoformat(), None


def entity_clusters(identities: list[Identity], events: list[EventMention]) -> list[EntityCluster]:
    """Every entity of the article with all its mentions: named identities, then the other event arguments."""
    clusters: dict[str, EntityCluster] = {}
    for identity in identities:
        cluster_ = clusters.setdefault(identity.identifier, EntityCluster(identity.identifier, identity.code, identity.sector, []))
        cluster_.mentions += [Entity(m.text, identity.identifier, identity.code, identity.sector, m.start, m.end) for m in identity.mentions]
    for ev in events:
        for ent in ev.actor + ev.recipient:
            if ent.inferred:
                continue
            key = ent.identifier_text or ent.entity_text
            cluster_ = clusters.setdefault(key, EntityCluster(key, ent.code, ent.sector, []))
            if cluster_.code is None and ent.code:
                cluster_.code, cluster_.sector = ent.code, ent.sector
            if not any(m.start <= ent.start < m.end or ent.start <= m.start < ent.end for m in cluster_.mentions):
                cluster_.mentions.append(ent)
    for cluster_ in clusters.values():
        cluster_.mentions.sort(key=lambda m: m.start)
    return sorted(clusters.values(), key=lambda c: c.mentions[0].start)
