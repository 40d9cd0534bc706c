"""Date expressions resolved against the publication date (eventwire.dates)."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import (DateMention, anchored_date, date_of_event, ends_a_span, find_dates, is_future_clause,
                             noun_anchored_phrases, reanchor)

SATURDAY = date(2020, 1, 4)  # the publication date most tests use


def only(text: str, published: date = SATURDAY, future: bool = False) -> DateMention:
    """The single mention in the text, with its offsets checked against the text."""
    mentions = find_dates(text, published, future=future)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert text[m.start:m.end] == m.text
    return m


def found(text: str, published: date = SATURDAY, future: bool = False) -> list[tuple[str, str, str | None, str]]:
    return [(m.text, m.date, m.enddate, m.precision) for m in find_dates(text, published, future=future)]


# ---------------------------------------------------------------- weekdays

def test_bare_weekday_is_the_latest_such_day_on_or_before_publication():
    m = only("Gunmen attacked the base on Friday.")
    assert (m.text, m.date, m.enddate, m.precision) == ("Friday", "2020-01-03", None, "day")
    assert (m.start, m.end) == (28, 34)  # "on" only licenses the date; it is not part of the span


def test_a_weekday_that_recurs_is_no_date():
    # "every Friday since Dec. 20": the start of the marches dates them, not the weekday they recur on
    assert found("Students have marched every Friday since Dec. 20.") == [("Dec. 20", "2019-12-20", None, "day")]
    assert found("Crowds gather in the square each Sunday.") == []


def test_publication_weekday_is_the_publication_day_itself():
    assert only("Protesters marched on Saturday.").date == "2020-01-04"
    assert only("Protesters marched on Sunday.").date == "2019-12-29"


@pytest.mark.parametrize("text, words, day", [
    ("He was killed early Friday in Baghdad.", "early Friday", "2020-01-03"),
    ("The strike came late Thursday.", "late Thursday", "2020-01-02"),
    ("The strike came late on Thursday.", "late on Thursday", "2020-01-02"),
    ("Talks ended Friday morning.", "Friday morning", "2020-01-03"),
    ("Rockets hit the embassy Friday night.", "Friday night", "2020-01-03"),
    ("Rockets hit the embassy early Friday morning.", "early Friday morning", "2020-01-03"),
])
def test_weekday_qualifiers_are_inside_the_span(text, words, day):
    m = only(text)
    assert (m.text, m.date, m.precision) == (words, day, "day")
    assert m.start == text.index(words) and m.end == text.index(words) + len(words)


@pytest.mark.parametrize("words, day", [
    ("last Friday", "2020-01-03"),
    ("last Saturday", "2019-12-28"),  # strictly before publication
    ("this Friday", "2020-01-03"),
    ("next Friday", "2020-01-10"),
    ("next Saturday", "2020-01-11"),  # strictly after publication
])
def test_last_this_next_weekday(words, day):
    m = only(f"The minister said {words} that talks would resume.")
    assert (m.text, m.date) == (words, day)


def test_future_clause_weekday_is_on_or_after_publication():
    assert only("Talks will resume on Sunday.", future=True).date == "2020-01-05"
    assert only("Talks will resume on Saturday.", future=True).date == "2020-01-04"
    assert only("Talks that began last Friday will resume.", future=True).date == "2020-01-03"


def test_weekday_with_its_date_is_one_mention():
    m = only("The attack on Friday, Jan. 3, 2020, killed five.")
    assert (m.text, m.date) == ("Friday, Jan. 3, 2020", "2020-01-03")


def test_weekdays_must_be_capitalised_and_singular():
    assert found("They protest on Mondays and on friday.") == []


# ---------------------------------------------------------------- month-day without a year

@pytest.mark.parametrize("text, words, day", [
    ("The strike of December 27th killed 25.", "December 27th", "2019-12-27"),
    ("The strike of Dec. 27 killed 25.", "Dec. 27", "2019-12-27"),
    ("The strike of 27 December killed 25.", "27 December", "2019-12-27"),
    ("Troops arrived on Jan 3 in the city.", "Jan 3", "2020-01-03"),
    ("Troops arrived on January 4.", "January 4", "2020-01-04"),
    ("Troops arrived on January 5.", "January 5", "2019-01-05"),
    ("It began on the 1st of January.", "1st of January", "2020-01-01"),
    ("It began on November 2nd.", "November 2nd", "2019-11-02"),
    ("It began on October 23rd.", "October 23rd", "2019-10-23"),
    ("It began on Sept. 11.", "Sept. 11", "2019-09-11"),
])
def test_month_day_is_the_nearest_on_or_before_publication(text, words, day):
    m = only(text)
    assert (m.text, m.date, m.precision) == (words, day, "day")
    assert m.start == text.index(words)


def test_future_clause_month_day_is_on_or_after_publication():
    assert only("The vote will be held on January 5.", future=True).date == "2020-01-05"
    assert only("The vote will be held on December 27.", future=True).date == "2020-12-27"


def test_february_29_goes_back_to_a_leap_year_and_impossible_days_are_not_dates():
    assert only("Signed on February 29.").date == "2016-02-29"
    assert found("Signed on February 30.") == []


# ---------------------------------------------------------------- full dates

@pytest.mark.parametrize("text, words", [
    ("The deal was signed on January 3, 2020, in Doha.", "January 3, 2020"),
    ("The deal was signed on 3 January 2020 in Doha.", "3 January 2020"),
    ("The deal was signed on 2020-01-03 in Doha.", "2020-01-03"),
    ("The deal was signed on Jan. 3rd, 2020 in Doha.", "Jan. 3rd, 2020"),
])
def test_full_dates(text, words):
    m = only(text, published=date(2021, 6, 1))  # the year decides, not the publication date
    assert (m.text, m.date, m.enddate, m.precision) == (words, "2020-01-03", None, "day")
    assert m.start == text.index(words)


def test_full_date_with_impossible_day_is_not_a_date():
    assert found("Filed 2020-13-01 and 2019-02-30.") == []


# ---------------------------------------------------------------- months

def test_month_and_year():
    m = only("Protests have continued since April 2019.")
    assert (m.text, m.date, m.precision) == ("April 2019", "2019-04", "month")


@pytest.mark.parametrize("text, words, published, month", [
    ("Clashes broke out in March.", "March", SATURDAY, "2019-03"),
    ("Clashes broke out in March.", "March", date(2020, 3, 15), "2020-03"),  # the current month
    ("Clashes broke out in May.", "May", SATURDAY, "2019-05"),
    ("Clashes broke out in August.", "August", SATURDAY, "2019-08"),
    ("Clashes broke out in early March.", "early March", SATURDAY, "2019-03"),
    ("Clashes broke out in mid-March.", "mid-March", SATURDAY, "2019-03"),
    ("Clashes broke out last December.", "last December", SATURDAY, "2019-12"),
    ("Clashes broke out last January.", "last January", SATURDAY, "2019-01"),
])
def test_bare_month_is_the_nearest_past_one(text, words, published, month):
    m = only(text, published=published)
    assert (m.text, m.date, m.precision) == (words, month, "month")
    assert m.start == text.index(words)


def test_future_clause_bare_month_is_the_next_one():
    assert only("Elections will be held in March.", future=True).date == "2020-03"
    assert only("Elections will be held next March.").date == "2020-03"


# ---------------------------------------------------------------- years

@pytest.mark.parametrize("text, words, year", [
    ("The war began in 2014.", "2014", "2014"),
    ("He has been detained since 2019.", "2019", "2019"),
    ("Clashes during 2016 killed hundreds.", "2016", "2016"),
    ("Troops will leave by 2021.", "2021", "2021"),
    ("In the spring of 1999 the army withdrew.", "1999", "1999"),
    ("The war began in early 2014.", "early 2014", "2014"),
    ("The war began in mid-2014.", "mid-2014", "2014"),
])
def test_year_after_a_preposition(text, words, year):
    m = only(text)
    assert (m.text, m.date, m.precision) == (words, year, "year")
    assert m.start == text.index(words)


@pytest.mark.parametrize("text, words, first, last", [
    ("The militia held the valley from 1994 to 1997.", "1994 to 1997", "1994", "1997"),
    ("The general ruled between 2003 and 2011, when he fled.", "2003 and 2011", "2003", "2011"),
    ("She led the party from 1989-1993.", "1989-1993", "1989", "1993"),
])
def test_a_span_of_years_is_one_range(text, words, first, last):
    m = only(text)
    assert (m.text, m.date, m.enddate, m.precision) == (words, first, last, "year")


@pytest.mark.parametrize("text", [
    "The floods killed 2,000 people.",
    "The toll rose to 276 dead.",
    "Police counted 2014 protesters.",  # no preposition: a count, not a year
    "The treaty dates from in 1850.",  # outside 1900-2099
    "Militants fired 2019 rockets in 3,000 attacks.",
])
def test_numbers_that_are_not_years(text):
    assert found(text) == []


# ---------------------------------------------------------------- relative days

@pytest.mark.parametrize("words, day", [
    ("today", "2020-01-04"),
    ("tonight", "2020-01-04"),
    ("this morning", "2020-01-04"),
    ("yesterday", "2020-01-03"),
    ("last night", "2020-01-03"),
    ("tomorrow", "2020-01-05"),
    ("a day earlier", "2020-01-03"),
    ("a day later", "2020-01-05"),
    ("one day ago", "2020-01-03"),
    ("two days earlier", "2020-01-02"),
    ("two days ago", "2020-01-02"),
    ("3 days ago", "2020-01-01"),
    ("two days later", "2020-01-06"),
    ("the day before", "2020-01-03"),
    ("the day before yesterday", "2020-01-02"),
])
def test_relative_days(words, day):
    text = f"The group said {words}, according to officials."
    m = only(text)
    assert (m.text, m.date, m.precision) == (words, day, "day")
    assert m.start == len("The group said ")


def test_relative_days_in_any_case():
    assert only("Yesterday, the army withdrew.").date == "2020-01-03"
    assert only("TODAY the army withdrew.").date == "2020-01-04"


def test_day_before_a_named_event_counts_from_the_event_not_publication():
    assert found("Two days before the vote, rebels attacked.") == []
    assert found("He arrived the day before the summit.") == []


# ---------------------------------------------------------------- relative weeks, months, years

@pytest.mark.parametrize("words, published, value, precision", [
    ("two weeks ago", SATURDAY, "2019-12-21", "day"),  # a counted week is seven days
    ("a week earlier", SATURDAY, "2019-12-28", "day"),
    ("last month", SATURDAY, "2019-12", "month"),
    ("this month", SATURDAY, "2020-01", "month"),
    ("earlier this month", SATURDAY, "2020-01", "month"),
    ("three months ago", SATURDAY, "2019-10", "month"),
    ("14 months ago", SATURDAY, "2018-11", "month"),
    ("last year", SATURDAY, "2019", "year"),
    ("earlier this year", SATURDAY, "2020", "year"),
    ("two years ago", SATURDAY, "2018", "year"),
])
def test_relative_weeks_months_years(words, published, value, precision):
    text = f"Fighting flared {words} in the north."
    m = only(text, published=published)
    assert (m.text, m.date, m.precision) == (words, value, precision)
    assert m.start == len("Fighting flared ")


# ---------------------------------------------------------------- ranges

@pytest.mark.parametrize("text, words, first, last", [
    ("Talks were held Tuesday and Wednesday in Oslo.", "Tuesday and Wednesday", "2019-12-31", "2020-01-01"),
    ("Talks ran from Tuesday to Thursday in Oslo.", "Tuesday to Thursday", "2019-12-31", "2020-01-02"),
    ("Talks were held between December 27 and 29.", "December 27 and 29", "2019-12-27", "2019-12-29"),
    ("Talks were held December 27-29 in Oslo.", "December 27-29", "2019-12-27", "2019-12-29"),
    ("Talks were held on 3 and 4 January in Oslo.", "3 and 4 January", "2020-01-03", "2020-01-04"),
    ("Talks ran from December 30 to January 2.", "December 30 to January 2", "2019-12-30", "2020-01-02"),
    ("Talks ran Dec. 27-29, 2018 in Oslo.", "Dec. 27-29, 2018", "2018-12-27", "2018-12-29"),
])
def test_ranges(text, words, first, last):
    m = only(text)
    assert (m.text, m.date, m.enddate, m.precision) == (words, first, last, "day")
    assert m.start == text.index(words)


def test_weekday_range_is_resolved_as_a_pair_in_the_past():
    # Published on a Wednesday: Thursday is last week's, so Tuesday is the one before it.
    m = only("Talks ran from Tuesday to Thursday.", published=date(2020, 1, 8))
    assert (m.date, m.enddate) == ("2019-12-31", "2020-01-02")


def test_future_weekday_range_starts_on_or_after_publication():
    m = only("Talks will run Sunday and Monday.", future=True)
    assert (m.date, m.enddate) == ("2020-01-05", "2020-01-06")


def test_same_day_twice_is_not_a_range():
    assert found("It rained Friday morning and Friday night.") == [
        ("Friday morning", "2020-01-03", None, "day"), ("Friday night", "2020-01-03", None, "day")]


# ---------------------------------------------------------------- words that are not dates

@pytest.mark.parametrize("text", [
    "Iran may respond with force.",
    "Officials said talks May fail.",
    "He served in May's cabinet.",
    "The August heat forced a delay.",
    "USA Today reported the strike.",
])
def test_month_words_and_titles_that_are_not_dates(text):
    assert found(text) == []


def test_march_as_a_noun_leaves_only_the_weekday():
    text = "Thousands joined a march on Sunday."
    assert found(text) == [("Sunday", "2019-12-29", None, "day")]


def test_surname_may_is_not_a_month():
    assert found("Theresa May 10 days ago resigned.") == [("10 days ago", "2019-12-25", None, "day")]


# ---------------------------------------------------------------- offsets and windows

def test_mentions_come_in_text_order_with_exact_offsets():
    text = ("Two days ago, on Thursday, militants attacked a base. Since 2014 the group has "
            "struck often; last month it killed 30 and on December 27th it seized a town.")
    mentions = find_dates(text, SATURDAY)
    assert [m.text for m in mentions] == ["Two days ago", "Thursday", "2014", "last month", "December 27th"]
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_start_and_end_limit_the_search_but_offsets_stay_absolute():
    text = "On Friday rebels attacked. In 2014 they had retreated. Yesterday they returned."
    second = text.index("In 2014")
    third = text.index("Yesterday")
    mentions = find_dates(text, SATURDAY, start=second, end=third)
    assert [(m.text, m.start) for m in mentions] == [("2014", second + 3)]
    assert [m.text for m in find_dates(text, SATURDAY, start=third)] == ["Yesterday"]
    assert [m.text for m in find_dates(text, SATURDAY, end=second)] == ["Friday"]


def test_a_preposition_just_before_the_window_still_licenses_the_year():
    text = "They retreated in 2014."
    start = text.index("2014")
    assert [(m.text, m.start) for m in find_dates(text, SATURDAY, start=start)] == [("2014", start)]


def test_a_mention_cut_by_the_window_end_is_shortened_not_lost():
    text = "Talks ended Friday morning."
    assert [m.text for m in find_dates(text, SATURDAY, end=text.index(" morning"))] == ["Friday"]


# ---------------------------------------------------------------- future clauses

@pytest.mark.parametrize("words, expected", [
    (["Talks", "will", "resume", "on", "Sunday"], True),
    (["They", "'ll", "meet", "Friday"], True),
    (["It'll", "end", "soon"], True),
    (["The", "council", "shall", "vote"], True),
    (["The", "president", "is", "to", "visit", "Paris"], True),
    (["Iran", "plans", "to", "respond"], True),
    (["Talks", "resume", "next", "week"], True),
    (["Talks", "resumed", "on", "Sunday"], False),
    (["He", "stood", "next", "to", "the", "minister"], False),
])
def test_is_future_clause(words, expected):
    assert is_future_clause(words) is expected


@pytest.mark.parametrize("words, published, first, last", [
    ("last week", SATURDAY, "2019-12-23", "2019-12-29"),  # the Monday-to-Sunday week before
    ("last week", date(2020, 1, 20), "2020-01-13", "2020-01-19"),
    ("this week", date(2020, 1, 22), "2020-01-20", "2020-01-26"),
])
def test_a_named_week_is_its_monday_to_sunday_range(words, published, first, last):
    m = only(f"Fighting flared {words} in the north.", published=published)
    assert (m.text, m.date, m.enddate, m.precision) == (words, first, last, "day")


def test_overnight_is_the_night_before_publication():
    m = only("Rebels withdrew overnight from the town.", published=SATURDAY)
    assert (m.text, m.date, m.precision) == ("overnight", "2020-01-03", "day")


# ---------------------------------------------------------------- the date of one event

FRIDAY = date(2024, 3, 15)
SUNDAY = date(2024, 3, 17)


def test_date_of_event_prefers_a_mention_inside_the_clause():
    text = "A strike early Friday killed seven, officials said on Saturday."
    mentions = find_dates(text, SUNDAY)
    assert [m.text for m in mentions] == ["early Friday", "Saturday"]
    strike_clause = (0, text.index(","))
    said_clause = (text.index("officials"), len(text) - 1)
    strike = date_of_event(mentions, strike_clause, text.index("strike"), SUNDAY)
    said = date_of_event(mentions, said_clause, text.index("said"), SUNDAY)
    assert (strike.text, strike.date) == ("early Friday", "2024-03-15")
    assert (said.text, said.date) == ("Saturday", "2024-03-16")


def test_date_of_event_falls_back_to_the_sentence_when_the_clause_has_none():
    text = "The strike killed seven, officials said on Saturday."
    mentions = find_dates(text, SUNDAY)
    when = date_of_event(mentions, (0, text.index(",")), text.index("strike"), SUNDAY)
    assert when is not None and when.text == "Saturday"
    assert date_of_event([], (0, len(text)), 0, SUNDAY) is None


def test_date_of_event_prefers_a_day_over_a_nearer_month_or_year():
    text = "Last month the army shelled the town again on Tuesday."
    mentions = find_dates(text, FRIDAY)
    assert [m.precision for m in mentions] == ["month", "day"]
    trigger = text.index("shelled")
    # "Last month" is nearer the trigger, but a day is more precise
    assert trigger - mentions[0].end < mentions[1].start - trigger
    when = date_of_event(mentions, (0, len(text)), trigger, FRIDAY)
    assert (when.text, when.date, when.precision) == ("Tuesday", "2024-03-12", "day")

    text = "In 2022 and again in March the army shelled the town."
    mentions = find_dates(text, FRIDAY)
    assert [m.precision for m in mentions] == ["year", "month"]
    when = date_of_event(mentions, (0, len(text)), text.index("shelled"), FRIDAY)
    assert (when.text, when.precision) == ("March", "month")


def test_date_of_event_among_equals_takes_the_nearest_to_the_trigger():
    text = "Rebels attacked the base on Monday and after a long fight withdrew on Wednesday."
    mentions = find_dates(text, FRIDAY)
    whole = (0, len(text))
    assert date_of_event(mentions, whole, text.index("attacked"), FRIDAY).text == "Monday"
    assert date_of_event(mentions, whole, text.index("withdrew"), FRIDAY).text == "Wednesday"


def test_date_of_event_ignores_a_date_after_publication_unless_future():
    text = "Talks set for tomorrow were cancelled on Thursday."
    mentions = find_dates(text, FRIDAY)
    assert [(m.text, m.date) for m in mentions] == [("tomorrow", "2024-03-16"), ("Thursday", "2024-03-14")]
    trigger = text.index("Talks")  # "tomorrow" is the nearer mention
    past = date_of_event(mentions, (0, len(text)), trigger, FRIDAY)
    assert past.text == "Thursday"
    future = date_of_event(mentions, (0, len(text)), trigger, FRIDAY, future=True)
    assert future.text == "tomorrow"
    # without a publication date nothing is ruled out
    assert date_of_event(mentions, (0, len(text)), trigger, None).text == "tomorrow"


def test_date_of_event_compares_a_month_or_year_at_its_own_precision():
    later = find_dates("Elections are due next month.", FRIDAY)
    assert [m.date for m in later] == ["2024-04"]
    assert date_of_event(later, (0, 30), 0, FRIDAY) is None
    assert date_of_event(later, (0, 30), 0, FRIDAY, future=True).date == "2024-04"
    same = find_dates("Clashes broke out earlier this month.", FRIDAY)
    assert date_of_event(same, (0, 40), 0, FRIDAY).date == "2024-03"  # the current month is not "after"
    next_year = find_dates("Troops will leave next year.", FRIDAY)
    assert [m.date for m in next_year] == ["2025"]
    assert date_of_event(next_year, (0, 40), 0, FRIDAY) is None


# ---------------------------------------------------------------- dates counted from another date

def test_anchored_date_counts_back_from_the_named_day():
    text = "The offensive began on Wednesday, two days after the army withdrew."
    when = anchored_date(text, FRIDAY, 0, text.index("withdrew"))
    assert when is not None
    assert (when.date, when.enddate, when.precision) == ("2024-03-11", None, "day")  # the Monday
    assert when.text == "two days after"
    assert text[when.start:when.end] == when.text


def test_anchored_date_before_counts_forward():
    text = "Talks opened on March 1, a week before the army withdrew."
    when = anchored_date(text, FRIDAY, 0, text.index("withdrew"))
    assert (when.date, when.text) == ("2024-03-08", "a week before")


def test_anchored_date_finds_its_anchor_in_the_sentence_before():
    text = "Rebels entered the city on Wednesday. Three days after the army withdrew, looting began."
    second = text.index("Three")
    when = anchored_date(text, FRIDAY, second, text.index("withdrew"))
    assert when is not None and when.date == "2024-03-10"
    assert when.start == second


def test_anchored_date_needs_a_day_precise_anchor_before_it():
    for text in ("The offensive began last month, two days after the army withdrew.",
                 "The offensive began, two days after the army withdrew.",
                 "The offensive began in 2023, two days after the army withdrew."):
        assert anchored_date(text, FRIDAY, 0, text.index("withdrew")) is None, text


def test_anchored_date_does_not_date_the_next_clause_after_the_phrase():
    # the phrase dates the event of its own clause ("the fighting began"), not the main clause after a comma
    text = "Rebels entered the city on Wednesday. The minister, who left a day before the fighting began, accused them."
    assert anchored_date(text, FRIDAY, text.index("The minister"), text.index("accused")) is None
    assert anchored_date(text, FRIDAY, text.index("The minister"), text.index("began")) is not None


def test_a_count_of_days_after_for_is_a_duration_not_a_day():
    text = "Rebels entered the city on Wednesday. Donors froze aid for 30 days after the rebels looted the town."
    assert anchored_date(text, FRIDAY, text.index("Donors"), text.index("looted")) is None


def test_anchored_date_does_not_date_the_event_before_the_phrase():
    text = "The offensive began on Wednesday, two days after the army withdrew."
    assert anchored_date(text, FRIDAY, 0, text.index("offensive")) is None
    assert anchored_date(text, FRIDAY, 0, text.index("began")) is None


# ---------------------------------------------------------------- story-relative dates

def _relative(text: str, words: str, published: date = FRIDAY) -> DateMention:
    return next(m for m in find_dates(text, published) if m.text == words)


def test_reanchor_moves_a_day_earlier_to_the_day_before_the_last_event_day():
    text = "Rebels took the town on Tuesday. A day earlier, the army withdrew."
    mention = _relative(text, "A day earlier")
    assert mention.date == "2024-03-14"  # counted from publication
    moved = reanchor(mention, text, FRIDAY, "2024-03-05")
    assert (moved.text, moved.start, moved.end) == (mention.text, mention.start, mention.end)
    assert (moved.date, moved.precision, moved.enddate) == ("2024-03-04", "day", None)


def test_reanchor_without_an_event_day_uses_the_last_dated_sentence():
    text = "Rebels took the town on Tuesday. A day earlier, the army withdrew."
    moved = reanchor(_relative(text, "A day earlier"), text, FRIDAY)
    assert moved.date == "2024-03-11"  # the Monday before that Tuesday


def test_reanchor_uses_the_first_date_of_the_last_sentence_that_has_one():
    text = ("Talks opened on Monday. Rebels took the town on Wednesday after scouts left on Sunday. "
            "A day earlier, the army withdrew.")
    moved = reanchor(_relative(text, "A day earlier"), text, FRIDAY)
    assert moved.date == "2024-03-12"  # the day before Wednesday, not before Sunday or Monday


def test_reanchor_counts_later_forward():
    text = "The ceasefire began on Monday. Two days later, shelling resumed."
    moved = reanchor(_relative(text, "Two days later"), text, FRIDAY)
    assert moved.date == "2024-03-13"


@pytest.mark.parametrize("words", ["later that day", "that evening", "the same day"])
def test_that_day_is_the_day_the_story_last_told(words):
    text = f"Gunmen ambushed a patrol on Tuesday. Police stormed their hideout {words}."
    mention = _relative(text, words)
    assert mention.date == "2024-03-15"  # publication, until anchored
    assert reanchor(mention, text, FRIDAY).date == "2024-03-12"


def test_at_the_time_is_the_day_the_story_last_told_unless_of_another_event():
    text = "Gunmen ambushed a patrol on Tuesday. The governor, who was abroad at the time, flew home."
    mention = _relative(text, "at the time")
    assert reanchor(mention, text, FRIDAY).date == "2024-03-12"
    # "at the time of the vote" is dated by the vote, not by the story's last day
    assert not [d for d in find_dates("He was abroad at the time of the vote.", FRIDAY) if "time" in d.text]


def test_reanchor_leaves_other_mentions_alone():
    text = "Rebels took the town on Tuesday. Yesterday the army withdrew."
    yesterday = _relative(text, "Yesterday")
    assert reanchor(yesterday, text, FRIDAY, "2024-03-01") == yesterday
    month = find_dates("Clashes broke out last month.", FRIDAY)[0]
    assert reanchor(month, "Clashes broke out last month.", FRIDAY, "2024-03-01") == month
    # nothing dated before it: publication stays the anchor
    alone = "A day earlier, the army withdrew."
    mention = _relative(alone, "A day earlier")
    assert reanchor(mention, alone, FRIDAY) == mention


# ---------------------------------------------------------------- hours before / after

@pytest.mark.parametrize("text, words, day", [
    ("Hours before leaving, the minister signed the decree.", "Hours before", "2020-01-04"),
    ("Two hours later police opened fire.", "Two hours later", "2020-01-04"),
    ("A few hours after the vote, the protests began.", "A few hours after", "2020-01-04"),
    ("48 hours later the border was closed.", "48 hours later", "2020-01-06"),
    ("Several hours earlier the talks had failed.", "Several hours earlier", "2020-01-04"),
])
def test_hours_before_or_after_is_a_day(text, words, day):
    m = only(text)
    assert (m.text, m.date, m.precision) == (words, day, "day")


def test_hours_alone_is_not_a_date():
    assert find_dates("The siege lasted for hours and ended at dawn.", SATURDAY) == []


def test_reanchor_moves_hours_later_to_the_last_event_day():
    text = "Two hours later police opened fire."
    m = only(text)
    assert reanchor(m, text, SATURDAY, "2019-12-30").date == "2019-12-30"
    m = only("48 hours later the border was closed.")
    assert reanchor(m, "48 hours later the border was closed.", SATURDAY, "2019-12-30").date == "2020-01-01"


# ---------------------------------------------------------------- the words each pattern needs

def _all_patterns(text: str, published: date, start: int, end: int, future: bool) -> list:
    """What _candidates finds with every pattern run over the window: no words checked first."""
    from eventwire.dates import _LOOKBACK, _MATCHERS

    found = []
    for pattern, resolve in _MATCHERS:
        for m in pattern.finditer(text, max(0, start - _LOOKBACK), end):
            candidate = resolve(m, text, published, future)
            if candidate is not None and candidate.start >= start:
                found.append(candidate)
    return found


def _plain(found):
    return [(f.start, f.end, f.first, f.last, f.precision, f.kind) for f in found]


PREFILTER_TEXTS = [
    "Police arrested 12 people on Friday, two days after the riots of 2019-12-31 in the capital.",
    "The talks, held on Jan. 3 and from December 27-29, 2019, ended early last week.",
    "TODAY the army said it would withdraw TOMORROW MORNING; Three Weeks Ago it had attacked.",
    "Hours later, several hours before the vote in mid-March, 3 hours after midnight.",
    "In 1998 and since 2003, during early 2015, by late December, in October 2001.",
    "The Day Before, the day after tomorrow, Earlier This Month, later this year, next week.",
    "yeſterday evening and this morning, a ſecond raid: non-ASCII text is read whole.",  # long s folds to s
    "They will meet on the 3rd of May and again on 12 to 14 June; May Day passed quietly.",
    "Overnight on Sunday, last night, tonight, Wednesday night, late on Thursday.",
    "No date at all in this clause, nor a month nor a weekday.",
]


@pytest.mark.parametrize("text", PREFILTER_TEXTS)
@pytest.mark.parametrize("future", [False, True])
def test_skipped_patterns_could_not_have_matched(text, future):
    from eventwire.dates import _candidates

    windows = [(0, len(text))] + [(a, b) for a in range(0, len(text), 7) for b in range(a, len(text) + 1, 11)]
    for start, end in windows:
        assert _plain(_candidates(text, SATURDAY, start, end, future)) == \
            _plain(_all_patterns(text, SATURDAY, start, end, future)), (start, end)


def test_skipped_patterns_on_the_sample_corpus():
    import json
    from pathlib import Path

    from eventwire.dates import _candidates
    from eventwire.nlp import split_sentences

    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus.jsonl"
    for line in corpus.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for chunk in split_sentences(text) + [type("Whole", (), {"start": 0, "end": len(text)})()]:
            for future in (False, True):
                assert _plain(_candidates(text, SATURDAY, chunk.start, chunk.end, future)) == \
                    _plain(_all_patterns(text, SATURDAY, chunk.start, chunk.end, future))


@pytest.mark.parametrize("text, published, expected", [
    # a Tuesday story: the Saturday and Sunday just before
    ("Troops patrolled the streets over the weekend.", date(2021, 5, 4), ("the weekend", "2021-05-01", "2021-05-02", "day")),
    ("Police arrested 40 people at the weekend.", date(2021, 5, 2), ("the weekend", "2021-05-01", "2021-05-02", "day")),
    # told on a Saturday, "last weekend" is the one before
    ("The envoys met last weekend.", date(2021, 5, 1), ("last weekend", "2021-04-24", "2021-04-25", "day")),
    ("The envoys will meet next weekend.", date(2021, 5, 4), ("next weekend", "2021-05-08", "2021-05-09", "day")),
])
def test_a_weekend_is_its_saturday_and_sunday(text, published, expected):
    assert found(text, published) == [expected]


def test_a_count_from_a_deed_named_by_its_noun_is_found_with_its_shift():
    text = "Oslo closed its embassy two days after the bombing. Hours before the raid, the envoy left."
    assert [(text[a:b], days, noun) for a, b, days, noun in noun_anchored_phrases(text, 0, len(text))] == [
        ("two days after", 2, "bombing"), ("Hours before", 0, "raid")]
    # a count with no deed after it is left to the other readings
    assert noun_anchored_phrases("Two days after that, talks resumed.", 0, 35) == []


@pytest.mark.parametrize("text, ends", [
    ("The junta gave the envoy until Friday to leave.", True),
    ("The curfew will stay in force till midnight on Friday.", True),
    ("Troops stormed the camp on Friday.", False),
])
def test_a_day_after_until_ends_a_span(text, ends):
    assert ends_a_span(text, only(text)) is ends
