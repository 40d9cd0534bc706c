"""One record per event in an article.

News tells an event several times: "an airstrike ... killed an Iranian
general", "Soleimani was killed in a strike at Baghdad airport", "... was
also killed in the strike Friday". Such mentions become one record: the first
mention's id, every mention's offsets, the union of the actors and of the
recipients, the most precise date and place, the largest counts. Two mentions
are one event when they have the same type and polarity, their actors and
their recipients agree wherever both sides are known and at least one side
is shared, their dates and places do not differ, and the later one is told
in the same words, names the event as one already known ("the strike",
"Friday's attack", "had ordered the strike", "joined the march"; a telling that codes no one on
either side joins the event it so names), names its target as known ("attacked the mall" after
"stormed the Westgate shopping mall"), or is a deed told again in the next
sentence by the same named actor on the same day ("troops retreated" /
"soldiers withdrew from the city overnight") or in a sentence about the one
before ("It was the first time Iran had attacked Israel"), or is a deed the
same named actor did on the same day by the words of both tellings, anywhere
in the article, with no two places of their own apart. A non-state armed
group of the actor's own country as target neither joins nor splits two
mentions ("Iran's Guards hit bases of an Iranian militant group" / "Iran fired
missiles into Pakistan"), and a deed told with neither a date nor a place of
its own (only the dateline's) is not kept apart by its place. A mention
that calls itself another ("a second strike", "another attack", "a new
offensive") is never merged back, nor is one in which the target of the other is the doer
("X accused Y ..." / "Y accused X ..."). A denial of an event the article reports
("the TPLF denied attacking the base") joins that event's record when it names
the event or its target as known: the record keeps its polarity, the denier is
in its `denied_by`, and the mention keeps its own polarity.
"""
from __future__ import annotations

import re

from .actors import STATE_SECTORS
from .places import km_between
from .records import COUNT_KINDS, Entity, EventMention

_ANOTHER = re.compile(r"(?i)\b(?:another|second|third|fresh|new|further|separate|more)\s+(?:\w+\s+){0,2}$")
# "Russia also shelled Kharkiv", "struck again": a deed told as one more, not told again
_ALSO = re.compile(r"(?i)\b(?:also|again|too|later)\b")
_EVENT_NOUNS = (r"(?:strike|strikes|airstrike|airstrikes|air\s+strikes?|attack|attacks|raid|raids|bombing|bombings|"
                r"blast|blasts|explosion|explosions|assault|shelling|ambush|clash|clashes|fighting|crackdown|siege)")
_DEFINITE = {"the", "that", "this", "those", "these"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
PLACE_MATCH_KM = 50.0
MERGE_WINDOW = 60  # records of one type an event is compared with
# A statement is told again in the same words far more often than in others: two different
# verbal events by one actor ("denied ...", "rejected ...") stay two records.
VERBAL_QUADS = {1, 3}
_DATE_RANK = {"day": 0, "month": 1, "year": 2, "publication": 3, None: 4}
_PLACE_RANK = {"airport": 0, "city": 1, "admin": 2, "region": 3, "country": 4}


def merge_mentions(events: list[EventMention], text: str, people: frozenset[str] = frozenset()) -> list[EventMention]:
    """Merged records in text order; links to an absorbed mention are pointed at its record.
    `people`: identifiers of the persons the article names (a person is killed only once)."""
    records: list[EventMention] = []
    by_type: dict[str, list[EventMention]] = {}
    absorbed: dict[str, str] = {}
    for ev in events:
        # the last records of the same type only: a huge article stays linear
        recent = by_type.setdefault(ev.event, [])[-MERGE_WINDOW:]
        same = next((r for r in recent if same_event(r, ev, text, people)), None)
        if same is None:
            records.append(ev)
            by_type[ev.event].append(ev)
            continue
        absorb(same, ev)
        absorbed[ev.id] = same.id
    for rec in records:
        rec.links = _relinked(rec, absorbed)
    return records


def same_event(a: EventMention, b: EventMention, text: str, people: frozenset[str] = frozenset()) -> bool:
    if a.event != b.event or a.sent_start == b.sent_start:
        return False
    if _calls_itself_another(b, text) or _sides_swapped(a, b):
        return False
    # b names a's target as known, or a victim a hit: one side is shared, whatever codes it got
    same_target = _same_target(a, b, text) or _same_person_hit(a, b, people, text)
    if a.polarity != b.polarity:
        # a hypothetical or future telling stays a record of its own; a denial joins the event it
        # denies only when it names that event or its target as known
        if not (_is_denial_of(a, b) and (same_target or _subject_names_event(b, text) or _in_the_known_event(b, text))):
            return False
    elif _words(a) != _words(b) and (a.quad_code in VERBAL_QUADS or not (
            _refers_back(b, text) or same_target or _in_the_known_event(b, text) or _retold_next(a, b, text)
            or _same_deed_same_day(a, b, text))):
        return False
    actors = _agree(a.actor, b.actor)
    recipients = True if same_target else _agree(_targets(a), _targets(b))
    if recipients is False and actors is not False and _in_the_known_event(b, text):
        recipients = None  # "X was also killed in the strike": one strike, another victim
    # "the NTJ had carried out the blasts": a light verb naming the event as known tells who did the
    # event told before, even when the two tellings share no side
    if actors is False or recipients is False or not (actors or recipients or _in_the_known_event(b, text)
                                                      or _subject_names_event(b, text) or _no_one_named(b, text)
                                                      or _light_verb_names_it_as_known(b, text)):
        return False
    # a statement's dateline is where it was said; a deed's place defaulted to the dateline says only the
    # country, and nothing at all when the deed is told again with no date or place of its own
    told = a.quad_code in VERBAL_QUADS or bool(_own_place(a) and _own_place(b))
    # "the minister had approved the strike a week earlier": a light verb that names the event as known
    # may be dated by its own act (the approval), not by the event's day
    dates = (_dates_agree(a, b) or _light_verb_names_it_as_known(b, text)
             or (_in_the_known_event(b, text) and _dated_outside_its_clause(b)))
    if not told and (_untold_place_and_date(a) or _untold_place_and_date(b)):
        return dates
    return dates and _places_agree(a.event_loc, b.event_loc, told=told)


def _sides_swapped(a: EventMention, b: EventMention) -> bool:
    """"Safadi accused Prince Hamzah ..." / "Hamzah accused the leadership ...": one who is the target
    of one telling and the doer of the other, with no doer in common, is answering, not told again,
    whatever codes the two sides share."""
    doers_a, doers_b = _identities(a.actor), _identities(b.actor)
    return not doers_a & doers_b and bool(doers_a & _identities(b.recipient) or doers_b & _identities(a.recipient))


def _identities(side: list[Entity]) -> set[str]:
    return {e.identifier_text for e in side if e.identifier_text}


def _no_one_named(ev: EventMention, text: str) -> bool:
    """"338,000 people joined the march at its peak": a telling that codes no one on either side and
    names the event as known has nobody to tell it apart by; it is the event known."""
    return not _codes(ev.actor) and not _codes(ev.recipient) and _light_verb_names_it_as_known(ev, text)


def _untold_place_and_date(ev: EventMention) -> bool:
    return ev.date_precision in {"publication", None} and _own_place(ev) is None


# sectors of armed groups that are not a state: "an Iranian militant group" struck by Iran is no sign
# of an event other than Iran's strike into the country the group hides in
_NON_STATE_ARMED = {"REB", "INS"}


def _targets(ev: EventMention) -> list[Entity]:
    """The recipients that tell one event from another: not a non-state armed group of the actor's own
    country ("Iran's Guards hit bases of the Iranian group Jaish al-Adl" and "Iran fired missiles into
    Pakistan" can be one strike)."""
    own = _codes(ev.actor)
    return [r for r in ev.recipient if not (r.code in own and r.sector in _NON_STATE_ARMED)]


def _same_deed_same_day(a: EventMention, b: EventMention, text: str) -> bool:
    """A material deed told again anywhere in the article by the same named actor, each telling dated
    to the same day by its own words ("Iran fired missiles into Pakistan two days after ..." /
    "Iran's Revolutionary Guards hit two bases ... on Tuesday")."""
    return (a.quad_code not in VERBAL_QUADS and a.date_precision == b.date_precision == "day"
            and a.date == b.date and _dated_in_own_sentence(a) and _dated_in_own_sentence(b)
            and _agree(a.actor, b.actor) is True and not _ALSO.search(text[b.clause_start : b.clause_end])
            and _not_told_apart(_own_place(a), _own_place(b)))


def _not_told_apart(x: dict | None, y: dict | None) -> bool:
    """Two places the tellings name themselves are one place only when both are precise and near:
    "missiles at Ukraine" and "shelled Kharkiv" the same day may be two attacks."""
    if not x or not y:
        return True
    precise = {x.get("feature"), y.get("feature")}.isdisjoint({"country", "region"})
    return (precise and x.get("lat") is not None and y.get("lat") is not None
            and km_between(x["lat"], x["lon"], y["lat"], y["lon"]) <= PLACE_MATCH_KM)


def _dated_outside_its_clause(ev: EventMention) -> bool:
    """"soldiers were killed in the fighting, the president said on Monday": a deed told within an event
    already known and dated only by the report of it (or another clause) has the day of the telling, not
    its own, so its date does not keep it apart from the event it names."""
    start = (ev.date_text or {}).get("start")
    return (start is not None and ev.clause_end > ev.clause_start
            and not ev.clause_start <= start < ev.clause_end)


def _dated_in_own_sentence(ev: EventMention) -> bool:
    start = (ev.date_text or {}).get("start")
    return start is not None and ev.sent_start <= start < ev.sent_end


def _is_denial_of(a: EventMention, b: EventMention) -> bool:
    """b denies the event a reports: "the TPLF denied attacking the base"."""
    return a.polarity == "asserted" and b.polarity == "negated" and bool(b.attribution.get("denied_by"))


def _same_target(a: EventMention, b: EventMention, text: str) -> bool:
    """b names a's target as one already known: "attacked the Nairobi mall" after "stormed the
    upmarket Westgate shopping mall", "denied attacking the base" after "attacked an army base"."""
    heads = {_head_noun(r) for r in a.recipient} - {""}
    for r in b.recipient:
        before = _WORD.findall(text[max(b.sent_start, r.start - 12) : r.start])
        if before and _determines(before[-1].lower(), r) and _head_noun(r) in heads:
            return True
    return False


# "that" and "this" before a number or a plural open a clause ("said that two soldiers were killed"):
# they determine only a singular noun
_SINGULAR_DEFINITE = {"that", "this"}
_NUMBER = re.compile(r"(?i)^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b")


def _determines(word: str, ent: Entity) -> bool:
    """Whether a definite word before a phrase determines it ("the base", "those soldiers"), not
    the conjunction "that" before a clause's subject ("saying that two soldiers were killed")."""
    if word not in _DEFINITE:
        return False
    if word in _SINGULAR_DEFINITE:
        head = _head_noun(ent)
        return not _NUMBER.match(ent.entity_text) and not (head.endswith("s") and not head.endswith("ss"))
    return True


def _head_noun(ent: Entity) -> str:
    """The last word of a common-noun phrase ("army base" -> "base"); "" for a name."""
    words = _WORD.findall(ent.entity_text)
    return words[-1].lower() if words and words[-1].islower() else ""


# "denied that the Indian strike had killed anyone": the subject names the event as known
_SUBJECT_EVENT = re.compile(r"(?i)\b(?:the|that|this|its|their)\s+(?:[\w.-]+\s+){0,2}?" + _EVENT_NOUNS
                            + r"\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:not\s+|also\s+)?$")


def _subject_names_event(ev: EventMention, text: str) -> bool:
    return bool(_SUBJECT_EVENT.search(text[max(ev.sent_start, ev.trigger_start - 50) : ev.trigger_start]))


_BACK = re.compile(r"(?i)\b(?:the|that|this|same|its|their|his|her|friday's|thursday's|wednesday's|"
                   r"tuesday's|monday's|saturday's|sunday's|[a-z]+'s)\s+(?:\w+\s+){0,2}$")


def _refers_back(ev: EventMention, text: str) -> bool:
    """Told again in other words, the event is named as known: "the strike", "Friday's attack",
    "Russia's invasion of Ukraine". But a name's possessive before an event noun whose phrase goes on
    to name its object and its own place ("Kenya's deployment of troops in Somalia") names the doer
    of a deed told in full, not one already known."""
    window = max(ev.sent_start, ev.trigger_start - 40)
    before = _BACK.search(text[window : ev.trigger_start])
    if (before is None or _inside_an_actor(ev, text, window + before.start(), window + len(before.group().rstrip()))
            or (before.group().split()[0].lower() in _DEFINITE and _doer_named_as_known(ev, text, window + before.start()))):
        return _light_verb_names_it_as_known(ev, text)
    return not (_NAMED_DOER.match(before.group()) and _SPELLED_OUT.match(text, ev.trigger_end)
                and _placed_in_its_phrase(ev, text))


def _doer_named_as_known(ev: EventMention, text: str, start: int) -> bool:
    """"The militants killed two soldiers": the article opens the doer's phrase before a verb, so it is
    the doer that is known from before, not the deed; only an event noun after it names the event as
    known ("the strike", "the Iranian attack"). A possessive ("its jets killed") still ties the deed to
    its owner's deed told before."""
    trigger = text[ev.trigger_start : ev.trigger_end].split()
    return (bool(trigger) and not re.fullmatch(_EVENT_NOUNS, trigger[0], re.I)
            and any(start <= a.start and a.end <= ev.trigger_start for a in ev.actor))


def _inside_an_actor(ev: EventMention, text: str, start: int, end: int) -> bool:
    """"Micheletti's government imposed a curfew": a name's possessive inside the actor's own phrase names
    the doer in full, not an event named as known ("its jets killed ..." may still retell a strike)."""
    return bool(_NAMED_DOER.match(text, start)) and any(a.start <= start and end <= a.end for a in ev.actor)


# "ordered the strike", "carried out the attack": a light verb and its event noun, named as known
_LIGHT_BACK = re.compile(r"(?i)^\w+(?:\s+\w+)?\s+(?:the|that|this|its|their)\s+(?:\w+\s+){0,1}?"
                         r"(?:" + _EVENT_NOUNS + r"|march|protest|protests|rally|demonstration|demonstrations)$")


def _light_verb_names_it_as_known(ev: EventMention, text: str) -> bool:
    """"Trump had ordered the strike", "forces carried out the raid": a light verb whose event noun is
    definite tells the event already told ("a U.S. airstrike ... killed seven people")."""
    return bool(_LIGHT_BACK.match(text[ev.trigger_start : ev.trigger_end]))


def _placed_in_its_phrase(ev: EventMention, text: str) -> bool:
    """The event's own place is named in the phrase that follows its trigger, before any comma."""
    own = _own_place(ev)
    start = (own or {}).get("start")
    return start is not None and ev.trigger_end <= start and not re.search(r"[,;:]", text[ev.trigger_end : start])


# "Kenya's deployment", "Iran's attack": a name's possessive (not "Friday's", "its", "the")
_NAMED_DOER = re.compile(r"(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last)'s)"
                         r"[A-Z][\w.-]*'s\s")
_SPELLED_OUT = re.compile(r"\s+of\s")


_IN_THE_EVENT = re.compile(
    r"(?i)^\W*(?:\w+\s+){0,3}?(?:in|during|by|from)\s+(?:the|that|this|friday's|thursday's|wednesday's|tuesday's|"
    r"monday's|saturday's|sunday's)\s+(?:\w+\s+){0,2}?" + _EVENT_NOUNS + r"\b")


def _in_the_known_event(ev: EventMention, text: str) -> bool:
    """"was also killed in the strike Friday": the mention names an event already told."""
    return bool(_IN_THE_EVENT.search(text[ev.trigger_end : ev.sent_end]))


def _same_person_hit(a: EventMention, b: EventMention, people: frozenset[str], text: str) -> bool:
    """Two attacks that kill or hit the same named person: one strike told twice, the second
    maybe as "a U.S. airstrike ... that killed Soleimani"."""
    if a.event != "ASSAULT":
        return False
    hit = {r.identifier_text for r in a.recipient if r.identifier_text in people}
    if hit & {r.identifier_text for r in b.recipient}:
        return True
    relative = _RELATIVE_HIT.search(text[b.trigger_end : min(b.sent_end, b.trigger_end + 80)])
    return relative is not None and any(name.split()[-1] in relative.group(1).split() for name in hit)


# "an airstrike near Baghdad airport that killed Soleimani": the victim told in a relative clause
_RELATIVE_HIT = re.compile(r"^[^.;]*?\b(?:that|which)\s+(?:also\s+)?(?:killed|wounded|injured|hit|targeted)\s+"
                           r"((?:[\w'-]+\s*){1,4})")


def _retold_next(a: EventMention, b: EventMention, text: str) -> bool:
    """A deed told in the next sentence again, in other words, by the same named actor on the same
    day ("troops retreated" / "soldiers withdrew from the city overnight"), or in a sentence about
    the one before ("Iran launched drones at Israel." / "It was the first time Iran had attacked Israel")."""
    same_day = a.date == b.date and a.date_precision == b.date_precision == "day"
    return (0 < b.sequence - a.sequence <= 1 and _agree(a.actor, b.actor) is True
            and (same_day or bool(_ABOUT_THE_PREVIOUS.match(text, b.sent_start)))
            and not _ALSO.search(text[b.clause_start : b.clause_end]))


# "It was the first time ...", "This marked ...": a sentence whose subject is the event told just before
_ABOUT_THE_PREVIOUS = re.compile(r"\W*(?:It|This|That)\s+(?:was|is|marked|marks|came|comes)\b")


def _words(ev: EventMention) -> str:
    return " ".join(ev.event_text).lower()


def _codes(side: list[Entity]) -> set[str]:
    # an inferred side (a victim read off the place) neither joins nor splits two mentions
    return {e.code for e in side if e.code and not e.inferred}


def _agree(x: list[Entity], y: list[Entity]) -> bool | None:
    """True: a code shared; False: both known and disjoint; None: one side unknown. A code shared
    by the state on one side and only by its people on the other is not shared: "Lao demonstrators
    looted shops" and "the Lao president declared an emergency" are two actors."""
    cx, cy = _codes(x), _codes(y)
    if not cx or not cy:
        return None
    return any(_halves(x, code) & _halves(y, code) or not (_halves(x, code) and _halves(y, code)) for code in cx & cy)


def _halves(side: list[Entity], code: str) -> set[str]:
    """Which half of a country the side's entities of that code are: its state, its people; an entity
    without a sector says neither."""
    return {("state" if e.sector in STATE_SECTORS else "people") for e in side
            if e.code == code and not e.inferred and e.sector}


def _calls_itself_another(ev: EventMention, text: str) -> bool:
    return bool(_ANOTHER.search(text[max(ev.sent_start, ev.trigger_start - 30) : ev.trigger_start]))


def _dates_agree(a: EventMention, b: EventMention) -> bool:
    if a.date_precision in {"publication", None} or b.date_precision in {"publication", None}:
        return True
    shorter = min(len(a.date or ""), len(b.date or ""))
    return (a.date or "")[:shorter] == (b.date or "")[:shorter]


def _own_place(ev: EventMention) -> dict | None:
    """The event's place when its own sentence tells it, not the dateline or an earlier sentence."""
    loc = ev.event_loc
    if not loc or loc.get("start") is None:
        return loc
    return loc if ev.sent_start <= loc["start"] < ev.sent_end else None


def _places_agree(x: dict | None, y: dict | None, told: bool = True) -> bool:
    """`told`: both places come from the events' own sentences. A place only defaulted to (the
    dateline) says the country at most: "launched an offensive" under a TBILISI dateline and "the
    assault on Tskhinvali" can be one event."""
    if not x or not y or x.get("lat") is None or y.get("lat") is None:
        return True
    if not told:
        return x.get("country") == y.get("country")
    if "country" in {x.get("feature"), y.get("feature")} or "region" in {x.get("feature"), y.get("feature")}:
        return x.get("country") == y.get("country")
    return km_between(x["lat"], x["lon"], y["lat"], y["lon"]) <= PLACE_MATCH_KM


def absorb(record: EventMention, other: EventMention) -> None:
    if not record.mentions:
        record.mentions = [_telling(record)]
    mention = _telling(other)
    if other.polarity != record.polarity:
        mention["polarity"] = other.polarity  # a denial merged into the event it denies
    record.mentions.append(mention)
    if other.polarity == record.polarity or record.polarity != "asserted":
        # a denial's actor says it did not do the deed: "the Kremlin denied that Russian agents poisoned
        # him" names no doer of the poisoning told as done
        record.actor = _union(record.actor, other.actor)
    record.recipient = _union(record.recipient, other.recipient)
    if _DATE_RANK.get(other.date_precision, 4) < _DATE_RANK.get(record.date_precision, 4):
        record.date, record.enddate, record.date_precision, record.date_text = (
            other.date, other.enddate, other.date_precision, other.date_text)
    if other.event_loc and (not record.event_loc or _place_rank(other) < _place_rank(record)):
        record.event_loc = other.event_loc
    for field_name in COUNT_KINDS:
        mine, theirs = getattr(record.size, field_name), getattr(other.size, field_name)
        if theirs is not None and (mine is None or theirs > mine):
            setattr(record.size, field_name, theirs)
    record.links += [link for link in other.links if link not in record.links]
    for key, theirs in other.attribution.items():
        names = {e.identifier_text or e.entity_text for e in record.attribution.get(key, [])}
        record.attribution[key] = list(record.attribution.get(key, [])) + [
            e for e in theirs if (e.identifier_text or e.entity_text) not in names]
    record.confidence = max(record.confidence, other.confidence)


def _telling(ev: EventMention) -> dict:
    """The mention of `ev` with its own sides: "Soleimani was killed in a strike" names no doer, and is
    coded so (None -> IRN) beside the actor another telling of the strike names."""
    mention = ev.own_mention()
    mention["actor"] = [a.to_dict() for a in ev.actor]
    mention["recipient"] = [r.to_dict() for r in ev.recipient]
    return mention


def _place_rank(ev: EventMention) -> tuple[bool, int]:
    """A place the mention's own sentence tells before one read off the dateline, then the most precise."""
    return _own_place(ev) is None, _PLACE_RANK.get((ev.event_loc or {}).get("feature"), 5)


def _union(mine: list[Entity], theirs: list[Entity]) -> list[Entity]:
    """Every entity of either side once; a named one replaces an unknown one of the same text."""
    out = list(mine)
    known = {(e.code, e.identifier_text) for e in mine}
    coded = {e.code for e in mine if e.code}
    for ent in theirs:
        if (ent.code, ent.identifier_text) in known or (ent.code is None and coded):
            continue
        if ent.code and ent.code in coded and ent.inferred:
            continue
        out.append(ent)
        known.add((ent.code, ent.identifier_text))
    if any(e.code for e in out):
        out = [e for e in out if e.code or not e.inferred]
    return out


def _relinked(record: EventMention, absorbed: dict[str, str]) -> list[dict]:
    out = []
    for link in record.links:
        target = absorbed.get(link["event_id"], link["event_id"])
        if target != record.id and all(o["event_id"] != target for o in out):
            out.append({**link, "event_id": target})
    return out
