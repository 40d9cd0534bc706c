"""Typed records shared by every pipeline stage.

Stages pass these and nothing else; each one is a plain dataclass so it
pickles cheaply across worker processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Hashable
from datetime import date


@dataclass
class Article:
    id: str
    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # file path (and row) the article came from


@dataclass
class BadItem:
    """An input item that could not be read; reported, never fatal."""

    origin: str
    reason: str


@dataclass
class Entity:
    entity_text: str
    identifier_text: str | None
    code: str | None
    sector: str | None
    start: int
    end: int
    # True when the entity is read off the context, not named as this argument:
    # a protest with no named target is aimed at the government where it happens.
    inferred: bool = False

    def copy(self) -> "Entity":
        """A shallow copy, as copy.copy makes it: by hand, as copy.copy goes through __reduce_ex__ and
        took five times as long, and the argument stages copy every entity they hand out."""
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        return twin

    def to_dict(self) -> dict:
        # by hand, not dataclasses.asdict: this runs for every argument of every record written
        out = {"entity_text": self.entity_text, "identifier_text": self.identifier_text, "code": self.code,
               "sector": self.sector, "start": self.start, "end": self.end}
        if self.inferred:
            out["inferred"] = True
        return out


@dataclass
class Size:
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None


COUNT_KINDS = ("dead", "injured", "arrested")  # the counts of a Size, and of the events that carry them


def fill_missing_counts(into, source) -> None:
    """Gives `into` each count it lacks that `source` has (a Size, or an event with the same fields)."""
    for kind in COUNT_KINDS:
        if getattr(into, kind) is None:
            setattr(into, kind, getattr(source, kind))


@dataclass
class EventMention:
    id: str
    article_id: str
    event: str
    mode: list[str]
    context: list[str]
    cameo: str | None
    quad_code: int | None
    actor: list[Entity]
    recipient: list[Entity]
    event_text: list[str]
    sequence: int  # sentence index in the article
    sent_start: int
    sent_end: int
    trigger_start: int
    trigger_end: int
    polarity: str = "asserted"
    size: Size = field(default_factory=Size)
    date: str | None = None
    date_precision: str | None = None
    enddate: str | None = None
    date_text: dict | None = None  # {"text", "start", "end"}: the words that date the event
    event_loc: dict | None = None  # PLOVER event_loc, with the place name's offsets
    confidence: float = 0.5
    links: list[dict] = field(default_factory=list)  # {type, event_id, cue, start, end}
    # every telling of this event in the article (more than one once mentions are merged)
    mentions: list[dict] = field(default_factory=list)  # {article_id, start, end, trigger: {start, end}}
    attribution: dict = field(default_factory=lambda: {"reported_by": [], "claimed_by": [], "denied_by": []})
    # The span of the clause the predicate governs: dates and places are looked for there first.
    clause_start: int = 0
    clause_end: int = 0
    # Spans of the phrases that say where the event happened ("in Baghdad", "near the
    # border town of Akcakale", the object of "seized Goma"), read off the parse.
    where_spans: list[tuple[int, int]] = field(default_factory=list)
    # Spans of clauses and appositions that are asides to this event (a relative clause,
    # "saying ...", "the first since ... in 1990"): their dates and places are not its own.
    aside_spans: list[tuple[int, int]] = field(default_factory=list)
    # Spans whose day words are not this event's though their places may be: the main clause before
    # the relative clause that tells it ("will meet in Beijing on April 18 ... the plane, which China has
    # refused to hand back": April 18 is the meeting's).
    undated_spans: list[tuple[int, int]] = field(default_factory=list)
    # Spans of the places people are taken away from ("recalled its ambassador to Israel"): where the
    # deed is done even when the place also names its recipient.
    taken_from_spans: list[tuple[int, int]] = field(default_factory=list)
    # An intent read off a future deed ("will resign" is, today, a promise: AGREE), not a predicate
    # of its own; its deed is the event at the same trigger.
    derived: bool = False
    # For an event placed only by the dateline: the country of the deed told just before it in its own
    # words ("forced a jet to land in Minsk ... Police detained the journalist" under a BRUSSELS
    # dateline), whose state agents it is about.
    scene_country: str | None = None

    def to_plover(self) -> dict:
        """The PLOVER JSON record (extended) for this event."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "enddate": self.enddate,
            "date_text": self.date_text,
            "event": [self.event],
            "mode": list(self.mode),
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_code": self.quad_code,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "event_loc": self.event_loc,
            "event_text": list(self.event_text),
            "text_info": {"sequence": self.sequence, "start": self.sent_start, "end": self.sent_end},
            "trigger": {"start": self.trigger_start, "end": self.trigger_end},
            "size": {"dead": self.size.dead, "injured": self.size.injured, "arrested": self.size.arrested},
            "polarity": self.polarity,
            "attribution": {k: [e.to_dict() if isinstance(e, Entity) else e for e in v] for k, v in self.attribution.items()},
            "links": [dict(link) for link in self.links],
            "mentions": [dict(m) for m in self.mentions] or [self.own_mention()],
            "confidence": round(self.confidence, 3),
        }

    def own_mention(self) -> dict:
        return {"article_id": self.article_id, "start": self.sent_start, "end": self.sent_end,
                "trigger": {"start": self.trigger_start, "end": self.trigger_end}}


@dataclass
class Quote:
    text: str  # direct: the words inside the marks; indirect: the reported clause
    start: int  # offsets of `text` in the article
    end: int
    kind: str  # "direct" | "indirect"
    cue: str | None  # the speech verb or phrase as written: "said", "told reporters", "highlights:"
    speaker: Entity | None

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "speaker": self.speaker.to_dict() if self.speaker is not None else None,
        }


@dataclass
class EntityCluster:
    """All mentions of one entity in an article (for `extract --document`)."""

    identifier_text: str
    code: str | None
    sector: str | None
    mentions: list[Entity]

    def to_dict(self) -> dict:
        return {
            "identifier_text": self.identifier_text,
            "code": self.code,
            "sector": self.sector,
            "mentions": [{"entity_text": m.entity_text, "start": m.start, "end": m.end} for m in self.mentions],
        }


@dataclass
class ArticleResult:
    article: Article
    events: list[EventMention]
    entities: list[EntityCluster]
    quotes: list[Quote] = field(default_factory=list)

    def to_document(self) -> dict:
        return {
            "id": self.article.id,
            "published": self.article.published.isoformat() if self.article.published else None,
            "title": self.article.title,
            "source": self.article.source,
            "events": [e.to_plover() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [c.to_dict() for c in self.entities],
        }


def first_of_each(entities: list[Entity], key: Callable[[Entity], Hashable]) -> list[Entity]:
    """The first of the entities that share a key, in their order: the one dedup stages use."""
    seen, out = set(), []
    for e in entities:
        k = key(e)
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out
