"""Date expressions in news text, resolved against the article's publication date.

Rule-based and stdlib only. Conventions:

- A span covers the date words and the words that change their meaning
  ("early Friday", "last week", "Friday night", "earlier this month") but not
  the preposition that only licensed the match ("on", "in", "since",
  "between", "from").
- News reports what has happened, so a bare weekday or month-day is the
  latest such day on or before publication; a future-tense clause
  (`future=True`) flips that to the first one on or after it.
- A range in past text ends on or before publication and its start is the
  latest matching day on or before its end; in future text the start is on or
  after publication and the end follows it.
- A counted week is a count of days: "a week ago", "two weeks after" give the
  day seven or fourteen days away (as the sample gold dates them); a named
  week ("last week") is its Monday-to-Sunday range.
- Weekday and month names must be capitalised (news style); relative words
  ("today", "last year") may be in any case.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
_MONTH_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
                        "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTH_ABBREVIATIONS = frozenset(_MONTH_ABBREVIATIONS)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Words that may stand right before a capitalised month without making it part of a name.
_DATE_LEADERS = {"on", "in", "by", "since", "until", "till", "from", "of", "before", "after", "during",
                 "between", "through", "early", "late", "mid", "last", "next", "this", "and", "to"}
# A bare year or month needs one of these before it: "in 2014" is a date, "2014 people" is not.
_YEAR_PREPOSITIONS = r"in|since|during|by|of|until|till"
_MONTH_PREPOSITIONS = r"in|since|during|by|until|till|through|from|before|after"
_FUTURE_WORDS = {"will", "shall", "'ll", "’ll", "won't", "won’t", "next", "tomorrow", "upcoming"}
_FUTURE_PAIRS = {("is", "to"), ("are", "to"), ("plans", "to"), ("plan", "to"), ("going", "to"),
                 ("scheduled", "to"), ("expected", "to")}
# A lookback wide enough for the longest licensing preposition ("between ", "during ").
_LOOKBACK = 16

Finder = Callable[[date, bool], date | None]


@dataclass(frozen=True)
class DateMention:
    text: str            # the matched words, exactly article_text[start:end]
    start: int           # character offsets into the text passed in
    end: int
    date: str            # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    enddate: str | None  # for ranges, else None
    precision: str       # "day" | "month" | "year"


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    first: date
    last: date | None
    precision: str
    kind: str  # "weekday" | "calendar" | "relative" | "range": which ones may join into ranges
    # Re-resolves a bare weekday or month-day against another anchor, so the two ends
    # of a range can be placed as a pair rather than each against publication.
    again: Finder | None = None


Resolver = Callable[[re.Match[str], str, date, bool], _Found | None]


# ---------------------------------------------------------------- public API

def find_dates(text: str, published: date, start: int = 0, end: int | None = None,
               future: bool = False) -> list[DateMention]:
    """Every date expression inside text[start:end], resolved against `published`, in text order.

    Offsets are into `text` (not relative to `start`). `future=True` means the
    clause is in future tense: bare weekdays / month-days then resolve to the
    next such day on or after publication instead of the latest on or before.
    """
    end = len(text) if end is None else end
    found = _non_overlapping(_candidates(text, published, start, end, future))
    found = _join_weekday_and_date(found, text)
    found = _join_ranges(found, text, published, future)
    return [_to_mention(f, text) for f in found]


def is_future_clause(words: list[str]) -> bool:
    """True when the words look future-tense: will/'ll/shall, "is to", "plans to", "next"..."""
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        following = lowered[i + 1] if i + 1 < len(lowered) else ""
        # "next to" is about place, not time.
        if word == "next" and following == "to":
            continue
        if word in _FUTURE_WORDS or word.endswith(("'ll", "’ll")) or (word, following) in _FUTURE_PAIRS:
            return True
    return False


# ---------------------------------------------------------------- calendar arithmetic

def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _weekday_on_or_after(anchor: date, weekday: int) -> date:
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)


def _month_day_on_or_before(anchor: date, month: int, day: int) -> date | None:
    # Eight years back reaches a leap year for "February 29".
    for year in range(anchor.year, anchor.year - 9, -1):
        candidate = _make_date(year, month, day)
        if candidate is not None and candidate <= anchor:
            return candidate
    return None


def _month_day_on_or_after(anchor: date, month: int, day: int) -> date | None:
    for year in range(anchor.year, anchor.year + 9):
        candidate = _make_date(year, month, day)
        if candidate is not None and candidate >= anchor:
            return candidate
    return None


def _month_on_or_before(anchor: date, month: int) -> date:
    return date(anchor.year if month <= anchor.month else anchor.year - 1, month, 1)


def _month_on_or_after(anchor: date, month: int) -> date:
    return date(anchor.year if month >= anchor.month else anchor.year + 1, month, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _shift(published: date, unit: str, amount: int) -> tuple[date, str]:
    """The day `amount` units from publication, and the precision that unit allows."""
    if unit == "day":
        return published + timedelta(days=amount), "day"
    if unit == "week":
        return published + timedelta(days=7 * amount), "day"
    if unit == "month":
        return _add_months(published, amount), "month"
    return date(published.year + amount, 1, 1), "year"


def _weekday_finder(weekday: int) -> Finder:
    def find(anchor: date, future: bool) -> date | None:
        return _weekday_on_or_after(anchor, weekday) if future else _weekday_on_or_before(anchor, weekday)
    return find


def _month_day_finder(month: int, day: int) -> Finder:
    def find(anchor: date, future: bool) -> date | None:
        return _month_day_on_or_after(anchor, month, day) if future else _month_day_on_or_before(anchor, month, day)
    return find


def _pair_of_finders(first: Finder, last: Finder, published: date, future: bool) -> tuple[date | None, date | None]:
    if future:
        start = first(published, True)
        return start, last(start, True) if start else None
    end = last(published, False)
    return (first(end, False) if end else None), end


def _pair_dates(a: _Found, b: _Found, published: date, future: bool) -> tuple[date | None, date | None]:
    if a.again and b.again:
        return _pair_of_finders(a.again, b.again, published, future)
    if a.again:
        return a.again(b.first, False), b.first
    if b.again:
        return a.first, b.again(a.first, True)
    return a.first, b.first


# ---------------------------------------------------------------- context checks

def _month_number(word: str) -> int:
    word = word.rstrip(".")
    return MONTHS.index(word) + 1 if word in MONTHS else _MONTH_ABBREVIATIONS[word]


def _is_name_not_month(text: str, month_start: int) -> bool:
    """ "Theresa May 10 days ago": a capitalised word right before "May" makes it a surname."""
    if not text.startswith("May", month_start):
        return False
    before = re.search(r"\b([A-Z]\w*) $", text[max(0, month_start - 30):month_start])
    return before is not None and before.group(1).lower() not in _DATE_LEADERS and before.group(1) not in WEEKDAYS


def _is_inside_name(text: str, start: int) -> bool:
    """ "USA Today": a capitalised relative word right after a capitalised word is a title."""
    if not text[start].isupper():
        return False
    return re.search(r"\b[A-Z]\w* $", text[max(0, start - 30):start]) is not None


def _introduces_noun_phrase(text: str, end: int) -> bool:
    """ "the day before the vote" counts from the vote, not from publication."""
    return re.match(r"\s+(?:the|a|an|his|her|its|their|this|that|these|those|[A-Z0-9])\b", text[end:end + 20]) is not None


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.span("d") if "d" in m.re.groupindex else m.span()


# ---------------------------------------------------------------- patterns

def _day(name: str) -> str:
    return rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,:]\d)"


_MONTH = (r"\b(?P<month>(?:" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?!\w))")
_FULL_MONTH = r"(?P<month>" + "|".join(MONTHS) + r")\b"
_YEAR = r"(?P<year>(?:19|20)\d\d)\b(?![.,:]\d)"
_OPTIONAL_YEAR = rf"(?:,?\s+{_YEAR})?"
_DAY_FIRST = r"(?<![\d.,])\b"
_CONNECTOR = r"(?:\s*[-–—]\s*|\s+(?:to|and|through|until|till)\s+)"
_PART_OF_PERIOD = r"(?:\b(?i:early|late|mid)[-\s]+)"
_NUMBER = r"(?<![\d.,])\b(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,3})"

_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b(?!-\d)")
_MONTH_DAY = re.compile(rf"{_MONTH}\s+{_day('day')}{_OPTIONAL_YEAR}")
_DAY_MONTH = re.compile(rf"{_DAY_FIRST}{_day('day')}\s+(?:of\s+)?{_MONTH}{_OPTIONAL_YEAR}")
_MONTH_DAY_RANGE = re.compile(rf"{_MONTH}\s+{_day('day')}{_CONNECTOR}{_day('day2')}{_OPTIONAL_YEAR}")
_DAY_RANGE_MONTH = re.compile(rf"{_DAY_FIRST}{_day('day')}{_CONNECTOR}{_day('day2')}\s+(?:of\s+)?{_MONTH}{_OPTIONAL_YEAR}")
_MONTH_YEAR = re.compile(rf"(?P<d>{_PART_OF_PERIOD}?{_MONTH}\s+(?:of\s+)?{_YEAR})")
_BARE_MONTH = re.compile(rf"\b(?P<prep>(?i:{_MONTH_PREPOSITIONS}))\s+(?P<d>{_PART_OF_PERIOD}?{_FULL_MONTH})")
_QUALIFIED_MONTH = re.compile(rf"(?P<d>\b(?P<qual>(?i:early|late|mid|last|next|this))[-\s]+{_FULL_MONTH})")
_BARE_YEAR = re.compile(rf"\b(?i:{_YEAR_PREPOSITIONS})\s+(?P<d>{_PART_OF_PERIOD}?{_YEAR})")
# "from 1998 to 2000", "between 2004 and 2009": a span of years, the preposition left out of the words
_YEAR_RANGE = re.compile(r"\b(?i:from|between)\s+(?P<d>(?P<year>(?:19|20)\d\d)(?:\s*[-–]\s*|\s+(?i:to|and|until|till|through)\s+)"
                         r"(?P<year2>(?:19|20)\d\d))\b(?![.,:]\d)")
_WEEKDAY = re.compile(
    r"(?:\b(?P<qual>(?i:early|late)(?:\s+on)?|(?i:last|this|next))\s+)?"
    r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
)
_DAY_WORDS = re.compile(
    r"(?i)\b(?:(?P<zero>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<minus1>yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night|overnight(?!\s+(?:on\s+)?(?-i:[A-Z])))"
    r"|(?P<plus1>tomorrow(?:\s+(?:morning|afternoon|evening|night))?)"
    r"|(?P<minus2>the\s+day\s+before\s+yesterday)|(?P<plus2>the\s+day\s+after\s+tomorrow))\b"
)
_DAY_BEFORE = re.compile(r"(?i)\bthe\s+day\s+(?P<dir>before|after)\b")
_UNITS_AGO = re.compile(rf"{_NUMBER}\s+(?P<unit>(?i:day|week|month|year))s?\s+(?P<dir>(?i:ago|earlier|before|later|after))\b")
# "Hours before leaving", "hours later", "a few hours after the vote": the same day as the
# event the story has just told (see reanchor), else the publication day
_HOURS = re.compile(
    r"(?i)(?<![\w-])(?:(?:a\s+few|several|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+)?"
    r"hours?\s+(?P<dir>before|after|earlier|later)\b")
_HOURS_COUNT = re.compile(r"\d+")
# "later that day", "that evening", "the same day", "at the time": the day of the event the story has
# just told (see reanchor), else the publication day. "at the time of the vote" names another event.
_SAME_DAY = re.compile(
    r"(?i)\b(?:(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b"
    r"|at\s+(?:the|that)\s+time\b(?!\s+of\b))")
# "over the weekend", "at the weekend", "last weekend": a Saturday-to-Sunday range
_WEEKEND = re.compile(r"(?i)\b(?P<which>the|this|last|next)\s+weekend\b")
_THIS_UNIT = re.compile(r"(?i)\b(?:(?:earlier|later)\s+)?(?P<which>last|this|next)\s+(?P<unit>week|month|year)\b")


# ---------------------------------------------------------------- resolvers

def _resolve_iso(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    day = _make_date(int(m["year"]), int(m["month"]), int(m["day"]))
    return _Found(*m.span(), day, None, "day", "calendar") if day else None


def _resolve_month_day(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    if _is_name_not_month(text, m.start("month")):
        return None
    month, day = _month_number(m["month"]), int(m["day"])
    if m["year"]:
        fixed = _make_date(int(m["year"]), month, day)
        return _Found(*m.span(), fixed, None, "day", "calendar") if fixed else None
    find = _month_day_finder(month, day)
    resolved = find(published, future)
    return _Found(*m.span(), resolved, None, "day", "calendar", find) if resolved else None


def _resolve_day_range(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    month, first_day, last_day = _month_number(m["month"]), int(m["day"]), int(m["day2"])
    if last_day <= first_day or _is_name_not_month(text, m.start("month")):
        return None
    if m["year"]:
        first, last = _make_date(int(m["year"]), month, first_day), _make_date(int(m["year"]), month, last_day)
    else:
        first, last = _pair_of_finders(_month_day_finder(month, first_day), _month_day_finder(month, last_day),
                                       published, future)
    return _Found(*m.span(), first, last, "day", "range") if first and last else None


def _resolve_month_year(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    if _is_name_not_month(text, m.start("month")):
        return None
    return _Found(*_span(m), date(int(m["year"]), _month_number(m["month"]), 1), None, "month", "calendar")


def _resolve_bare_month(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    month = _month_number(m["month"])
    # "May" alone is too often the modal or the surname: only "in May" is a date.
    if m["month"] == "May" and (m["prep"].lower() != "in" or text[m.end():m.end() + 1] in ("'", "’")):
        return None
    first = _month_on_or_after(published, month) if future else _month_on_or_before(published, month)
    return _Found(*_span(m), first, None, "month", "calendar")


def _resolve_qualified_month(m: re.Match[str], text: str, published: date, future: bool) -> _Found:
    month, qualifier = _month_number(m["month"]), m["qual"].lower()
    if qualifier == "last":
        first = _month_on_or_before(_add_months(published, -1), month)
    elif qualifier == "next":
        first = _month_on_or_after(_add_months(published, 1), month)
    else:
        first = _month_on_or_after(published, month) if future else _month_on_or_before(published, month)
    return _Found(*_span(m), first, None, "month", "calendar")


def _resolve_bare_year(m: re.Match[str], text: str, published: date, future: bool) -> _Found:
    return _Found(*_span(m), date(int(m["year"]), 1, 1), None, "year", "calendar")


def _resolve_year_range(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    first, last = int(m["year"]), int(m["year2"])
    return _Found(*_span(m), date(first, 1, 1), date(last, 1, 1), "year", "range") if first < last else None


# "every Friday", "each Sunday": a weekday that recurs names no one day
_RECURRENCE_BEFORE = re.compile(r"(?i)\b(?:every|each)\s+$")


def _resolve_weekday(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    if not m["qual"] and _RECURRENCE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    weekday = WEEKDAYS.index(m["weekday"])
    qualifier = m["qual"].lower() if m["qual"] else ""
    if qualifier == "last":
        return _Found(*m.span(), _weekday_on_or_before(published - timedelta(days=1), weekday), None, "day", "weekday")
    if qualifier == "next":
        return _Found(*m.span(), _weekday_on_or_after(published + timedelta(days=1), weekday), None, "day", "weekday")
    find = _weekday_finder(weekday)
    return _Found(*m.span(), find(published, future), None, "day", "weekday", find)


def _resolve_day_words(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    if _is_inside_name(text, m.start()):
        return None
    offsets = {"zero": 0, "minus1": -1, "plus1": 1, "minus2": -2, "plus2": 2}
    offset = next(value for group, value in offsets.items() if m[group])
    return _Found(*m.span(), published + timedelta(days=offset), None, "day", "relative")


def _resolve_day_before(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    if _introduces_noun_phrase(text, m.end()):
        return None
    offset = -1 if m["dir"].lower() == "before" else 1
    return _Found(*m.span(), published + timedelta(days=offset), None, "day", "relative")


def _resolve_units_ago(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    direction = m["dir"].lower()
    if direction in ("before", "after") and _introduces_noun_phrase(text, m.end()):
        return None
    if _is_inside_name(text, m.start()):
        return None
    count = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].lower()]
    sign = 1 if direction in ("later", "after") else -1
    first, precision = _shift(published, m["unit"].lower(), sign * count)
    return _Found(*m.span(), first, None, precision, "relative")


def _resolve_hours(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    if _is_inside_name(text, m.start()):
        return None
    count = _HOURS_COUNT.match(m.group())
    days = int(count.group()) // 24 if count else 0      # "48 hours later": two days
    sign = 1 if m["dir"].lower() in ("after", "later") else -1
    return _Found(*m.span(), published + timedelta(days=sign * days), None, "day", "relative")


def _resolve_same_day(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    if _is_inside_name(text, m.start()):
        return None
    return _Found(*m.span(), published, None, "day", "relative")


def _resolve_weekend(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    """The weekend told of: the latest one begun on or before publication ("over the weekend" in a
    Tuesday story is the Saturday and Sunday before), the one before that for "last weekend" told
    on a weekend, and the coming one for "next weekend" or in a future clause."""
    if _is_inside_name(text, m.start()):
        return None
    which = m["which"].lower()
    saturday = _weekday_on_or_before(published, 5)
    if which == "next" or (future and which != "last"):
        saturday = _weekday_on_or_after(published + timedelta(days=1), 5)
    elif which == "last" and published.weekday() >= 5:
        saturday -= timedelta(days=7)
    return _Found(*m.span(), saturday, saturday + timedelta(days=1), "day", "relative")


def _resolve_this_unit(m: re.Match[str], text: str, published: date, future: bool) -> _Found | None:
    if _is_inside_name(text, m.start()):
        return None
    amount = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    if m["unit"].lower() == "week":
        # a week is the Monday-to-Sunday range it names
        monday = published - timedelta(days=published.weekday()) + timedelta(days=7 * amount)
        return _Found(*m.span(), monday, monday + timedelta(days=6), "day", "relative")
    first, precision = _shift(published, m["unit"].lower(), amount)
    return _Found(*m.span(), first, None, precision, "relative")


_MATCHERS: list[tuple[re.Pattern[str], Resolver]] = [
    (_ISO, _resolve_iso),
    (_MONTH_DAY, _resolve_month_day),
    (_DAY_MONTH, _resolve_month_day),
    (_MONTH_DAY_RANGE, _resolve_day_range),
    (_DAY_RANGE_MONTH, _resolve_day_range),
    (_MONTH_YEAR, _resolve_month_year),
    (_BARE_MONTH, _resolve_bare_month),
    (_QUALIFIED_MONTH, _resolve_qualified_month),
    (_YEAR_RANGE, _resolve_year_range),
    (_BARE_YEAR, _resolve_bare_year),
    (_WEEKDAY, _resolve_weekday),
    (_DAY_WORDS, _resolve_day_words),
    (_DAY_BEFORE, _resolve_day_before),
    (_UNITS_AGO, _resolve_units_ago),
    (_THIS_UNIT, _resolve_this_unit),
    (_HOURS, _resolve_hours),
    (_SAME_DAY, _resolve_same_day),
    (_WEEKEND, _resolve_weekend),
]


# ---------------------------------------------------------------- assembling mentions

# Words each matcher cannot match without: all of its groups, one word of each. The month and
# weekday names are matched in their case, the other patterns ignore case. A window that lacks
# them is not scanned with that pattern: scanning every clause with every pattern was most of
# the cost of dating, and most clauses name no month, no "hours" and no "week".
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_YEAR_STEMS = ("19", "20")
_REQUIRED: dict[re.Pattern[str], tuple[bool, tuple[tuple[str, ...], ...]]] = {
    _ISO: (False, (_YEAR_STEMS, ("-",))),
    _MONTH_DAY: (False, (_MONTH_STEMS,)),
    _DAY_MONTH: (False, (_MONTH_STEMS,)),
    _MONTH_DAY_RANGE: (False, (_MONTH_STEMS,)),
    _DAY_RANGE_MONTH: (False, (_MONTH_STEMS,)),
    _MONTH_YEAR: (False, (_MONTH_STEMS, _YEAR_STEMS)),
    _BARE_MONTH: (False, (_MONTH_STEMS,)),
    _QUALIFIED_MONTH: (False, (_MONTH_STEMS,)),
    _YEAR_RANGE: (False, (_YEAR_STEMS,)),
    _BARE_YEAR: (False, (_YEAR_STEMS,)),
    _WEEKDAY: (False, (("day",),)),
    _DAY_WORDS: (True, (("today", "tonight", "tomorrow", "this", "yesterday", "last", "overnight"),)),
    _DAY_BEFORE: (True, (("the",), ("day",), ("before", "after"))),
    _UNITS_AGO: (True, (("day", "week", "month", "year"), ("ago", "earlier", "before", "later", "after"))),
    _HOURS: (True, (("hour",), ("before", "after", "earlier", "later"))),
    _SAME_DAY: (True, (("that", "same", "time"), ("day", "morning", "afternoon", "evening", "night", "time"))),
    _THIS_UNIT: (True, (("last", "this", "next"), ("week", "month", "year"))),
    _WEEKEND: (True, (("weekend",),)),
}


def _may_match(pattern: re.Pattern[str], window: str, lowered: str | None, seen: dict) -> bool:
    """False only when `pattern` cannot match inside `window` (`lowered`: the window in lower
    case, None when it is not ASCII: re's case folding then goes beyond str.lower). `seen`
    keeps the answer for each group of words, as several patterns share one."""
    required = _REQUIRED.get(pattern)
    if required is None:
        return True
    ignore_case, groups = required
    if ignore_case:
        if lowered is None:
            return True
        window = lowered
    for group in groups:
        present = seen.get((ignore_case, group))
        if present is None:
            present = seen[ignore_case, group] = any(word in window for word in group)
        if not present:
            return False
    return True


def _candidates(text: str, published: date, start: int, end: int, future: bool) -> list[_Found]:
    found = []
    # Start a little early so a licensing preposition just before `start` is still seen;
    # mentions themselves must lie inside the window.
    lo = max(0, start - _LOOKBACK)
    window = text[lo:end]
    lowered = window.lower() if window.isascii() else None
    seen: dict[tuple[bool, tuple[str, ...]], bool] = {}
    for pattern, resolve in _MATCHERS:
        if not _may_match(pattern, window, lowered, seen):
            continue
        for m in pattern.finditer(text, lo, end):
            candidate = resolve(m, text, published, future)
            if candidate is not None and candidate.start >= start:
                found.append(candidate)
    return found


def _non_overlapping(found: list[_Found]) -> list[_Found]:
    """The longest matches win: "December 27-29" over "December 27", "the day before yesterday" over "yesterday"."""
    chosen: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


_WEEKDAY_DATE_GAP = re.compile(r",?\s+")
_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+(?:and|to|through|until|till)\s+")


def _join_weekday_and_date(found: list[_Found], text: str) -> list[_Found]:
    """ "Friday, Jan. 3" is one mention: the explicit date decides."""
    out: list[_Found] = []
    for f in found:
        if (out and out[-1].kind == "weekday" and f.kind == "calendar" and f.precision == "day"
                and _WEEKDAY_DATE_GAP.fullmatch(text, out[-1].end, f.start)):
            f = replace(f, start=out.pop().start)
        out.append(f)
    return out


def _join_ranges(found: list[_Found], text: str, published: date, future: bool) -> list[_Found]:
    """ "Tuesday and Wednesday", "December 30 to January 2": two day mentions become one range."""
    out: list[_Found] = []
    for f in found:
        if out and _can_join(out[-1], f) and _RANGE_GAP.fullmatch(text, out[-1].end, f.start):
            first, last = _pair_dates(out[-1], f, published, future)
            if first and last and first < last:
                out[-1] = _Found(out[-1].start, f.end, first, last, "day", "range")
                continue
        out.append(f)
    return out


def _can_join(a: _Found, b: _Found) -> bool:
    return all(x.precision == "day" and x.kind in ("weekday", "calendar") for x in (a, b))


def _format(day: date, precision: str) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _to_mention(f: _Found, text: str) -> DateMention:
    return DateMention(text=text[f.start:f.end], start=f.start, end=f.end, date=_format(f.first, f.precision),
                       enddate=_format(f.last, f.precision) if f.last else None, precision=f.precision)


# --- the date of an event ------------------------------------------------------------

def date_of_event(mentions_in_sentence: list[DateMention], clause: tuple[int, int], trigger: int,
                  published: date | None = None, future: bool = False) -> DateMention | None:
    """The date expression that dates an event: one inside the predicate's own clause, else
    one elsewhere in its sentence; the most precise first, then the nearest to the event word.

    "A strike early Friday killed seven, officials said on Saturday": the killing is
    dated by "early Friday", the saying (a clause of its own) by "on Saturday". A
    past event is never dated after publication ("20 years after the invasion").
    """
    usable = [m for m in mentions_in_sentence
              if future or published is None or m.date[:10] <= published.isoformat()[: len(m.date)]]
    if not usable:
        return None
    in_clause = [m for m in usable if clause[0] <= m.start and m.end <= clause[1]]
    pool = in_clause or usable
    return min(pool, key=lambda m: (_PRECISION_RANK[m.precision], abs(m.start - trigger)))


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


# "gave the rioters until midnight on Monday to surrender", "extended the curfew till Friday": a day after
# "until" is where a span or a deadline ends, not the day the event happened
_SPAN_END_BEFORE = re.compile(r"(?i)\b(?:until|till)\s+(?:(?:midnight|noon|dawn|dusk)\s+)?(?:on\s+)?$")


def ends_a_span(text: str, mention: DateMention) -> bool:
    """A date written right after "until" or "till" (a deadline or the end of a span, not a range's
    second half, which find_dates reads with its first)."""
    return _SPAN_END_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None


# "The offensive began on Wednesday, two days after the United States withdrew": the
# withdrawal is dated by the other date, not by the publication date.
_ANCHORED = re.compile(
    r"(?<![\w-])(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2})"
    r"\s+(?P<unit>(?i:day|week))s?\s+(?P<dir>(?i:after|before))\s+(?!(?:the|a|an)\s+\w+\s*[,.])"
)
# "suspended aid for 30 days after troops routed ...": "for" makes the count a duration, not a day
_DURATION_BEFORE = re.compile(r"(?i)\bfor\s+$")
ANCHOR_REACH = 400  # characters before the phrase searched for the date it counts from
TRIGGER_REACH = 120  # the event must follow the phrase closely to be the one it dates


def anchored_date(text: str, published: date, sent_start: int, trigger: int) -> DateMention | None:
    """A date counted from another date: "N days after <event>" dates <event> N days before
    the nearest day-precise date named earlier (in this sentence or the one before)."""
    phrase = None
    for m in _ANCHORED.finditer(text, sent_start, trigger):
        if not _DURATION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            phrase = m
    if phrase is None or trigger - phrase.end() > TRIGGER_REACH or _clause_ends_between(text, phrase.end(), trigger):
        return None
    anchors = [d for d in find_dates(text, published, max(0, phrase.start() - ANCHOR_REACH), phrase.start())
               if d.precision == "day" and d.enddate is None]
    if not anchors:
        return None
    anchor = date.fromisoformat(anchors[-1].date)
    n = int(phrase["n"]) if phrase["n"].isdigit() else _NUMBER_WORDS[phrase["n"].lower()]
    days = n * (7 if phrase["unit"].lower() == "week" else 1)
    day = anchor - timedelta(days=days) if phrase["dir"].lower() == "after" else anchor + timedelta(days=days)
    words_end = phrase.start() + len(" ".join(phrase.group().split()[:3]))
    return DateMention(text[phrase.start() : words_end], phrase.start(), words_end, day.isoformat(), None, "day")


# "recalled its ambassador a day after the bombing", "hours before the raid": a count from a deed the story
# names by its noun; the deed's own day, told earlier, is the anchor
_NOUN_ANCHORED = re.compile(
    r"(?<![\w-])(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2})?\s*"
    r"(?P<unit>(?i:hour|day|week))s?\s+(?P<dir>(?i:after|before))\s+(?i:the|its|his|her|their)\s+(?P<noun>[a-z]+)\b"
)


def noun_anchored_phrases(text: str, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """Each "N days after the <noun>" in text[start:end]: (start, end of the counting words, days to add to
    the named deed's day, the noun). "Hours" count no whole day."""
    out = []
    for m in _NOUN_ANCHORED.finditer(text, start, end):
        unit = m["unit"].lower()
        if m["n"] is None and unit != "hour":
            continue
        n = 0 if unit == "hour" else (int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].lower()])
        days = n * (7 if unit == "week" else 1) * (1 if m["dir"].lower() == "after" else -1)
        begin = m.start("n") if m["n"] is not None else m.start("unit")
        out.append((begin, m.end("dir"), days, m["noun"]))
    return out


def _clause_ends_between(text: str, start: int, end: int) -> bool:
    """"X, who had flown to France a day before the fighting began, accused ...": the phrase dates
    the event of the clause it opens (the fighting); an event told after a comma or a semicolon is
    in another clause, which the phrase does not date."""
    return any(mark in text[start:end] for mark in ",;")


# "A day earlier", "two days later", "the day before": counted from the date the story
# has just told, not from publication, when an earlier sentence names one.
_STORY_RELATIVE = re.compile(r"(?i)\b(?:earlier|later|the\s+day\s+(?:before|after)|hours?\s+(?:before|after)"
                             r"|(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|at\s+(?:the|that)\s+time)$")


def _main_date_of_last_sentence(text: str, before: list[DateMention]) -> str | None:
    """The first date of the last sentence that has one: news puts the main clause's date
    before those of the clauses hanging off it ("said on Tuesday, a day after the April 11 vote")."""
    if not before:
        return None
    last = before[-1]
    sentence_start = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start)) + 1
    return next(d.date for d in before if d.start >= sentence_start)


def reanchor(mention: DateMention, text: str, published: date, last_event_day: str | None = None) -> DateMention:
    """A story-relative date moved from publication to the day of the last dated event told
    before it, else to the last day-precise date written before it."""
    if mention.precision != "day" or not _STORY_RELATIVE.search(mention.text):
        return mention
    anchor = last_event_day
    if anchor is None:
        before = [d for d in find_dates(text, published, max(0, mention.start - ANCHOR_REACH), mention.start)
                  if d.precision == "day" and d.enddate is None and not _STORY_RELATIVE.search(d.text)]
        anchor = _main_date_of_last_sentence(text, before)
    if anchor is None:
        return mention
    shift = date.fromisoformat(mention.date) - published
    day = date.fromisoformat(anchor) + shift
    return DateMention(mention.text, mention.start, mention.end, day.isoformat(), None, "day")
