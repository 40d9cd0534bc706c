"""End to end through eventwire.pipeline.Extractor: each event's own date and place,
and the entities of an article. The sentences are made up for these tests."""
from __future__ import annotations

import signal
from contextlib import contextmanager
from datetime import date

import pytest

from conftest import load_schema
from eventwire.records import Article

SUNDAY = date(2024, 3, 17)


def extract(extractor, text: str, published: date | None = SUNDAY):
    return extractor.extract(Article(id="p", text=text, published=published))


def only_event(result, event_type: str):
    events = [e for e in result.events if e.event == event_type]
    assert len(events) == 1, [(e.event, e.event_text) for e in result.events]
    return events[0]


# ---------------------------------------------------------------- dates

def test_event_is_dated_by_its_own_clause(extractor):
    text = "Rebels attacked the town early Friday, officials said on Saturday."
    assault = only_event(extract(extractor, text), "ASSAULT")
    assert (assault.date, assault.date_precision, assault.enddate) == ("2024-03-15", "day", None)
    assert assault.date_text["text"] == "early Friday"
    assert text[assault.date_text["start"]:assault.date_text["end"]] == "early Friday"
    record = assault.to_plover()
    assert (record["date"], record["date_precision"], record["date_text"]["text"]) == ("2024-03-15", "day", "early Friday")


@pytest.mark.parametrize("text", [
    "Rebels attacked the army base that troops had abandoned on Friday.",
    "Rebels attacked the army base, saying on Friday that it was a legitimate target.",
])
def test_a_date_in_an_aside_does_not_date_the_event(extractor, text):
    assault = only_event(extract(extractor, text), "ASSAULT")
    assert (assault.date, assault.date_precision, assault.date_text) == ("2024-03-17", "publication", None)


def test_a_day_after_until_is_a_deadline_not_the_day_of_the_event(extractor):
    # "gave them until Tuesday to leave": Tuesday is when the time given runs out; the ultimatum was
    # given when it was reported
    text = "The army gave the Somali gunmen until noon on Tuesday to lay down their arms, a spokesman said on Saturday."
    threat = only_event(extract(extractor, text), "THREATEN")
    assert (threat.date, threat.date_text["text"]) == ("2024-03-16", "Saturday")


def test_a_deed_in_a_relative_clause_is_not_dated_by_its_main_clause(extractor):
    # "will meet ... on May 20 ... the tanker, which Iran has refused to release": May 20 is the meeting's
    text = "Mediators will meet in Geneva on May 20 to discuss the fate of the tanker, which Iran has so far refused to release."
    refusal = only_event(extract(extractor, text, date(2019, 5, 10)), "REJECT")
    assert (refusal.date, refusal.date_precision) == ("2019-05-10", "publication")


def test_a_deed_in_a_when_clause_keeps_the_day_it_hangs_on(extractor):
    # "since Thursday, when troops opened fire": the relative clause tells what happened on that day
    text = "At least 40 people have died since Thursday, when troops opened fire on marchers in the capital."
    assault = only_event(extract(extractor, text), "ASSAULT")
    assert (assault.date, assault.date_precision) == ("2024-03-14", "day")


@pytest.mark.parametrize("opening", ["Meeting", "Gathering"])
def test_a_participle_opening_the_sentence_dates_and_places_its_main_clause(extractor, opening):
    # the parser may tag "Meeting" a noun: the opening participle still sets the main clause's scene
    text = f"{opening} in Lusaka on Thursday, Zambian lawmakers agreed to hold new elections."
    agree = only_event(extract(extractor, text), "AGREE")
    assert agree.date == "2024-03-14" and agree.event_loc["placename"] == "Lusaka", (agree.date, agree.event_loc)


def test_a_meeting_is_where_its_sides_met(extractor):
    # the parser hangs "in the coastal town of Mombasa" on "the parties", the sides of the talks; the
    # dateline city is not where they met
    text = ("NAIROBI, March 4 (Eventwire) - The Norwegian envoy, who had mediated three weeks of talks between "
            "the parties in the coastal town of Mombasa, left on Monday.")
    consult = only_event(extract(extractor, text), "CONSULT")
    assert consult.event_loc is not None and consult.event_loc["placename"] == "Mombasa", consult.event_loc


def test_a_participle_describing_the_target_passes_its_day_and_place_to_the_deed(extractor):
    # the parser hangs "near Kisumu on Friday" on "sheltering", which only says what the school held
    assault = only_event(extract(extractor, "Militiamen set fire to a school sheltering dozens of families "
                                            "near the town of Kisumu on Friday."), "ASSAULT")
    assert (assault.date, assault.date_precision) == ("2024-03-15", "day"), assault.date_text
    assert assault.event_loc is not None and assault.event_loc["placename"] == "Kisumu", assault.event_loc


def test_the_place_a_participle_of_holding_names_gives_the_struck_target_its_country(extractor):
    # "near the town of Kisumu" hangs on "families", what the mosque held: the mosque is where they were, in Kenya
    assault = only_event(extract(extractor, "Militiamen set fire to a mosque sheltering dozens of families "
                                            "near the town of Kisumu on Friday."), "ASSAULT")
    assert [r.code for r in assault.recipient] == ["KEN"], assault.recipient


@pytest.mark.parametrize("text, day", [
    ("Police raided a warehouse used as a depot by smugglers late on Friday, officials said.", "2024-03-15"),
    ("Kenyan troops shelled two trucks belonging to the militia near the border on Thursday.", "2024-03-14"),
])
def test_a_participle_saying_whose_the_target_is_passes_its_day_to_the_deed(extractor, text, day):
    # the parser hangs the day on "used" / "belonging", which only say what the target is or whose
    event = extract(extractor, text).events[0]
    assert (event.date, event.date_precision) == (day, "day"), event.date_text


def test_a_participle_beside_the_deed_shares_the_day_hung_on_its_targets_description(extractor):
    # "beating" goes on the raid's clause; the day the parser hangs on "used" is the raid's, so the beating's
    beating = only_event(extract(extractor, "Police raided a warehouse used as a depot by smugglers on Friday, "
                                            "beating three guards."), "ASSAULT")
    assert (beating.date, beating.date_precision) == ("2024-03-15", "day"), beating.date_text


def test_a_second_deed_the_parser_hangs_on_the_speaker_keeps_the_first_deeds_date(extractor):
    # the parser joins "signed" to "said"; the reported clause before it still dates both deeds
    result = extract(extractor, "Rebel leaders seized the port on Friday and then signed a truce with "
                                "President Kiir, officials said.")
    support = only_event(result, "SUPPORT")
    assert (support.date, support.date_precision) == ("2024-03-15", "day"), support.date_text


def test_a_coordinated_clause_with_its_own_subject_keeps_its_day_to_itself(extractor):
    # "in March" dates the indictment; "on Friday" the appeal of the clause after "and its prosecutor"
    result = extract(extractor, "A special court indicted the former minister in March, and its prosecutor "
                                "urged Ghana on Friday to arrest him.")
    accuse = only_event(result, "ACCUSE")
    assert (accuse.date, accuse.date_precision) == ("2024-03", "month"), accuse.date_text


def test_the_date_of_the_occasion_at_which_a_deed_was_done_dates_it(extractor):
    # the conference was held on Friday, and the pledge was made at it
    agree = only_event(extract(extractor, "Donors pledged $500 million for Sudan at a conference hosted by "
                                          "Germany on Friday."), "AGREE")
    assert (agree.date, agree.date_precision) == ("2024-03-15", "day")


def test_the_main_clause_date_does_not_date_an_event_in_its_after_clause(extractor):
    # "on Friday" is when the talks were agreed, not when the sanctions came, somewhere before
    result = extract(extractor, "Belarus agreed on Friday to hold talks with the opposition after the European Union "
                                "imposed sanctions on its officials.")
    sanction = only_event(result, "SANCTION")
    assert (sanction.date, sanction.date_precision) == ("2024-03-17", "publication"), sanction.date_text
    agree = [e for e in result.events if e.event == "AGREE"]
    assert agree and agree[0].date == "2024-03-15"


def test_a_day_counted_to_another_event_does_not_move_the_story_day(extractor):
    # "a day earlier" counts from the Saturday of the landing, not from the attacks two weeks before it
    result = extract(extractor, "Indian troops landed in the Maldives on Saturday, two weeks after rebels began attacking "
                                "civilians in the capital. Maldivian police arrested 40 rebels a day earlier.")
    arrest = only_event(result, "COERCE")
    assert (arrest.date, arrest.date_text["text"]) == ("2024-03-15", "a day earlier"), arrest.date_text


def test_a_relative_clause_the_parser_runs_into_the_main_verb_does_not_date_the_event(extractor):
    # the parser joins "left" to the relative clause as its conjunct; "two years ago" is still the aside's
    text = ("Mr. Okafor, whose centre-right party took office two years ago, left the palace by car "
            "as police fought protesters in the square.")
    assault = only_event(extract(extractor, text), "ASSAULT")
    assert (assault.date, assault.date_precision, assault.date_text) == ("2024-03-17", "publication", None)


def test_a_deed_in_a_relative_clause_is_not_dated_by_the_main_clause_after_it(extractor):
    # the refusal is told in a clause of its own: "late on Friday" is the flight's day, not the refusal's
    text = "The general, who had refused for weeks to resign, left the country and flew to Dubai late on Friday."
    reject = only_event(extract(extractor, text), "REJECT")
    assert (reject.date_precision, reject.date_text) == ("publication", None), reject.date_text
    # a day that opens the sentence still dates the whole of it
    text = "On Friday, the general, who had refused for weeks to resign, left the country."
    reject = only_event(extract(extractor, text), "REJECT")
    assert reject.date_text["text"] == "Friday", reject.date_text


def test_the_same_date_in_the_main_clause_does(extractor):
    # the contrast to the asides above: "on Friday" is found when it is the event's own
    assault = only_event(extract(extractor, "Rebels attacked the army base on Friday."), "ASSAULT")
    assert (assault.date, assault.date_precision, assault.date_text["text"]) == ("2024-03-15", "day", "Friday")


def test_an_undated_event_gets_the_publication_date(extractor, event_validator):
    result = extract(extractor, "Rebels attacked the army base.", published=date(2024, 2, 29))
    assault = only_event(result, "ASSAULT")
    assert (assault.date, assault.date_precision, assault.enddate, assault.date_text) == (
        "2024-02-29", "publication", None, None)
    event_validator.validate(assault.to_plover())


def test_without_publication_date_the_precision_is_null(extractor):
    assault = only_event(extract(extractor, "Rebels attacked the army base.", published=None), "ASSAULT")
    assert assault.date == date.today().isoformat() and assault.date_precision is None


def test_a_day_counted_from_an_earlier_sentence(extractor):
    text = "The army took the town on Tuesday. A day earlier, rebels attacked its outskirts."
    result = extract(extractor, text, published=date(2024, 3, 15))
    assault = only_event(result, "ASSAULT")
    assert assault.date == "2024-03-11" and assault.date_text["text"] == "A day earlier"


def test_a_relative_clause_on_the_event_noun_subject_dates_the_event(extractor):
    # the clashes broke out on Monday; Thursday is when officials spoke
    result = extract(extractor, "Clashes between Sudan and South Sudan that broke out on Monday have killed "
                                "20 soldiers, officials said on Thursday.")
    assert {e.date for e in result.events if e.event == "ASSAULT"} == {"2024-03-11"}


# ---------------------------------------------------------------- places

def test_a_place_flown_over_is_where_the_show_of_force_is(extractor):
    # the parser makes "over" an adverb (or a particle) of "flew" here that still holds the city as its object
    for city in ("Freetown", "Niamey", "Banjul"):
        text = f"Ghanaian warplanes flew over {city} in support of the Senegalese troops."
        mobilize = only_event(extract(extractor, text), "MOBILIZE")
        assert mobilize.event_loc is not None and mobilize.event_loc["placename"] == city, mobilize.event_loc


def test_a_verb_left_with_a_particle_shares_the_place_of_the_object_after_it(extractor):
    # "fired on" has no object of its own: the vessels and the place named with them are the next verb's
    result = extract(extractor, "DUBAI, May 2 (Wire) - Iranian border guard ships fired on and seized two Emirati "
                                "navy vessels near the Omani port of Khasab on Sunday.")
    assault = only_event(result, "ASSAULT")
    assert assault.event_loc is not None and assault.event_loc["placename"] == "Khasab", assault.event_loc


def test_event_loc_from_the_clause(extractor, event_validator):
    text = "Rebels attacked an army base in Kunduz on Monday."
    assault = only_event(extract(extractor, text), "ASSAULT")
    loc = assault.event_loc
    assert loc is not None
    assert (loc["placename"], loc["country"], loc["feature"]) == ("Kunduz", "AFG", "city")
    assert text[loc["start"]:loc["end"]] == "Kunduz"
    assert abs(loc["lat"] - 36.73) < 0.5 and abs(loc["lon"] - 68.86) < 0.5
    assert isinstance(loc["geonameid"], int)
    event_validator.validate(assault.to_plover())


def test_a_place_opening_the_sentence_places_a_reported_promise_before_the_dateline(extractor):
    # "In Paris, ... said France would help Kyiv": the promise was made in Paris, not in the dateline city
    text = ("KYIV, May 5 (Eventwire) - Russian missiles hit a power plant on Monday.\n\n"
            "In Paris, a government spokesman said France would help Kyiv rebuild the plant.")
    agree = only_event(extract(extractor, text), "AGREE")
    assert agree.event_loc is not None and agree.event_loc["placename"] == "Paris", agree.event_loc


def test_a_recalled_envoy_is_recalled_from_the_country_of_the_post(extractor):
    # "its ambassador to Togo": the recall is done in Togo, not in the dateline city
    text = "LOME, March 3 (Eventwire) - Ghana recalled its ambassador to Togo on Friday over the remarks."
    sanction = only_event(extract(extractor, text), "SANCTION")
    assert sanction.event_loc is not None and sanction.event_loc["placename"] == "Togo", sanction.event_loc


def test_whom_a_support_act_favours_is_not_where_it_happens(extractor):
    support = only_event(extract(extractor, "PARIS, March 14 (Wire) - The French foreign minister backed Ukraine."),
                         "SUPPORT")
    assert support.event_loc["placename"] == "PARIS"


def test_who_asked_for_a_deed_is_not_where_it_happens(extractor):
    # "at the request of Chad's president" names who asked; the dateline says where
    mobilize = only_event(extract(extractor, "NIAMEY, March 16 (Wire) - Niger sent 500 troops on Saturday at the "
                                             "request of Chad's president."), "MOBILIZE")
    assert mobilize.event_loc["placename"] == "NIAMEY"


def test_event_loc_fields_are_those_of_the_schema(extractor, event_validator):
    assault = only_event(extract(extractor, "Rebels attacked an army base in Kunduz on Monday."), "ASSAULT")
    record = assault.to_plover()
    schema_fields = set(load_schema("event.schema.json")["properties"]["event_loc"]["properties"])
    assert set(record["event_loc"]) == schema_fields
    event_validator.validate(record)
    # the validator does look at event_loc: an impossible latitude is refused
    bad = dict(record, event_loc=dict(record["event_loc"], lat=123.0))
    assert not event_validator.is_valid(bad)


def test_event_loc_falls_back_to_the_dateline(extractor, event_validator):
    text = "KABUL, March 3 (Wire) - The Taliban accused the government of lying."
    accuse = only_event(extract(extractor, text, published=date(2024, 3, 3)), "ACCUSE")
    loc = accuse.event_loc
    assert loc is not None
    assert (loc["placename"].lower(), loc["country"], loc["feature"]) == ("kabul", "AFG", "city")
    assert (loc["start"], loc["end"]) == (0, 5)
    event_validator.validate(accuse.to_plover())


@pytest.mark.parametrize("text, etype", [
    # Morales and Chavez are towns too; said alone after the full name, they are the person
    ("Bolivian President Evo Morales resigned on Sunday. Mexico granted asylum to Morales on Monday.", "AID"),
    ("Venezuelan opposition leader Carlos Chavez fled on Sunday. Police detained Chavez on Monday.", "COERCE"),
])
def test_a_persons_surname_said_alone_is_not_a_town(extractor, text, etype):
    assert only_event(extract(extractor, text, published=date(2019, 11, 11)), etype).event_loc is None


def test_a_country_naming_whose_object_it_is_is_not_the_place(extractor):
    # "the US embassy" says whose embassy, not where: the dateline places the attack
    placed = _placed(extractor, "PARIS (Wire) - Gunmen attacked the US embassy on Monday.", "ASSAULT")
    assert placed == [("PARIS", "FRA")], placed


def test_a_speaker_or_target_country_is_not_the_place(extractor):
    result = extract(extractor, "Russia accused Ukraine of shelling.")
    accuse = only_event(result, "ACCUSE")
    assert [a.code for a in accuse.actor] == ["RUS"] and [r.code for r in accuse.recipient] == ["UKR"]
    assert accuse.event_loc is None
    for ev in result.events:
        assert (ev.event_loc or {}).get("country") not in ("RUS", "UKR"), ev.event_loc


def test_a_capital_a_spoken_act_is_addressed_to_is_not_the_place(extractor):
    # "appealed to Washington": the U.S. government is asked, the appeal was made where the story is filed
    request = only_event(extract(extractor, "KABUL, Jan 3 (Wire) - The Afghan ambassador appealed to Washington "
                                            "for military help."), "REQUEST")
    assert [r.code for r in request.recipient] == ["USA"]
    assert request.event_loc["placename"] == "KABUL", request.event_loc


def test_a_recalled_envoys_post_is_the_place(extractor):
    # "recalled its ambassador to Austria" is done where the envoy serves, like "... from Vienna";
    # the country is also the recipient, but an envoy's post is a place, not an addressee
    recall = only_event(extract(extractor, "ANKARA, May 3 (Wire) - Hungary recalled its ambassador to Austria "
                                           "on Monday after a row over migrants."), "SANCTION")
    assert (recall.event_loc["placename"], recall.event_loc["country"]) == ("Austria", "AUT"), recall.event_loc


def test_close_to_a_place_says_where_like_near(extractor):
    # "deployed two destroyers close to Vanuatu": the deployment is there, not at the dateline
    mobilize = only_event(extract(extractor, "CANBERRA, Dec 6 (Wire) - Japan has deployed two destroyers close "
                                             "to Vanuatu, officials said on Monday."), "MOBILIZE")
    assert (mobilize.event_loc["placename"], mobilize.event_loc["country"]) == ("Vanuatu", "VUT"), mobilize.event_loc


def test_words_said_after_a_meeting_are_placed_where_it_was_held(extractor):
    # "met X in Berlin, and X urged ...": the meeting's place, though "in Berlin" follows its object
    request = only_event(extract(extractor, "OTTAWA, Oct 2 (Wire) - Trudeau met German Chancellor Olaf Scholz in "
                                            "Berlin on Monday, and Scholz urged Canada to export more gas, "
                                            "a German official said."), "REQUEST")
    assert request.event_loc["placename"] == "Berlin", request.event_loc


def test_a_compass_part_of_a_country(extractor):
    text = "Airstrikes pounded Kurdish forces in northeast Syria on Monday."
    assault = only_event(extract(extractor, text), "ASSAULT")
    loc = assault.event_loc
    assert (loc["placename"], loc["country"], loc["feature"]) == ("northeast Syria", "SYR", "region")
    assert text[loc["start"]:loc["end"]] == "northeast Syria"


def test_a_place_that_is_the_object_of_a_deed(extractor):
    text = "Rebels seized Goma on Monday."
    coerce = [e for e in extract(extractor, text).events if e.event_loc is not None]
    assert [e.event_loc["placename"] for e in coerce] == ["Goma"]


def test_whom_aid_is_given_to_is_not_its_place(extractor):
    aid = only_event(extract(extractor, "PARIS, March 14 (Wire) - France supplied Mali with armoured vehicles."), "AID")
    assert aid.event_loc["placename"] == "PARIS"


def test_whom_a_deed_of_support_is_for_is_not_its_place(extractor):
    support = only_event(extract(extractor, "The emir praised Kuwait for its mediation."), "SUPPORT")
    assert [r.code for r in support.recipient] == ["KWT"]
    assert support.event_loc is None


def test_a_far_namesake_of_a_town_yields_to_the_dateline(extractor):
    text = "KIRKUK, Oct 16 (Eventwire) - Iraqi forces shelled Kurdish positions near the town of Taza on Monday."
    assault = only_event(extract(extractor, text), "ASSAULT")
    assert assault.event_loc["placename"] == "KIRKUK"


class _Hung(Exception):
    pass


@contextmanager
def _time_limit(seconds: int):
    if not hasattr(signal, "SIGALRM"):
        pytest.skip("needs SIGALRM")

    def handler(signum, frame):
        raise _Hung(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, handler)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_verbless_sentence_does_not_hang(extractor):
    with _time_limit(10):
        result = extract(extractor, "Protests in Kabul over the arrests.")
    assert [e.event for e in result.events] == ["PROTEST"]


# ---------------------------------------------------------------- entities

def test_entity_clusters_join_a_surname_to_the_full_name(extractor, document_validator):
    text = ("Iraqi General Tariq Mansour visited Tehran on Monday. "
            "Mansour met Iranian officials and signed a deal.")
    result = extract(extractor, text)
    doc = result.to_document()
    document_validator.validate(doc)
    for entity in doc["entities"]:
        for m in entity["mentions"]:
            assert text[m["start"]:m["end"]] == m["entity_text"]
    second = text.index("Mansour met")
    holding = [e for e in doc["entities"]
               if any(m["start"] == second for m in e["mentions"])]
    assert len(holding) == 1, doc["entities"]
    texts = [m["entity_text"] for m in holding[0]["mentions"]]
    assert "Tariq Mansour" in texts or "General Tariq Mansour" in texts, texts
    assert holding[0]["code"] == "IRQ"
    # no other entity claims the full name
    first = text.index("Tariq")
    assert sum(any(m["start"] <= first < m["end"] for m in e["mentions"]) for e in doc["entities"]) == 1


def test_where_a_deed_happened_through_compound_and_nested_locatives(code):
    def place(text, event):
        return next(e for e in code(text) if e["event"][0] == event)["event_loc"]["placename"]

    text = "BEIRUT (Wire) - About 1,000 U.S. troops were pulled out of northern Syria on Sunday."
    assert place(text, "RETREAT") == "northern Syria"
    text = "NAIROBI (Wire) - The army said it captured 150 rebels in fighting in northern Chad."
    assert place(text, "COERCE") == "northern Chad"
    text = "DELHI (Wire) - Pakistani forces shot down an Indian jet over Kashmir on Wednesday."
    assert place(text, "ASSAULT") == "Kashmir"


def test_an_event_keeps_its_own_sentence_when_the_parser_joins_two(extractor):
    from datetime import date

    from eventwire.records import Article

    text = ("Iran's foreign minister condemned the strike as terrorism\n\n"
            "Iraqi Prime Minister Adel Abdul Mahdi denounced the U.S. strike as an aggression.")
    result = extractor.extract(Article(id="t", text=text, published=date(2020, 1, 3)))
    denounced = next(e for e in result.events if e.event_text == ["denounced"])
    assert text[denounced.sent_start:denounced.sent_end].startswith("Iraqi Prime Minister")


@pytest.mark.parametrize("text, event, place", [
    ("TRIPOLI, April 7 (Eventwire) - The United States withdrew some of its forces from Libya on Sunday.",
     "RETREAT", "Libya"),
    ("TBILISI, March 9 (Eventwire) - President Salome Zourabichvili, speaking from New York on Tuesday, "
     "backed the protesters.", "SUPPORT", "New York"),
    ("WASHINGTON, Oct 14 (Eventwire) - The United States imposed sanctions on Turkey over Ankara's military "
     "offensive against Kurdish-led forces in northeast Syria.", "ASSAULT", "northeast Syria"),
    ("TUNIS, Jan 15 (Eventwire) - Municipal officials in Sidi Bouzid confiscated the cart of a street vendor "
     "on December 17.", "COERCE", "Sidi Bouzid"),
    # people taken away from a place: the deed is done there (removal_verbs.txt)
    ("NAIROBI (Wire) - Kenya recalled its ambassador from Mogadishu on Monday.", "SANCTION", "Mogadishu"),
    ("PARIS (Wire) - France evacuated its citizens from Niamey on Tuesday.", "AID", "Niamey"),
    # a subject said to have gone somewhere is there when it acts
    ("KINSHASA (Wire) - The opposition leader, who returned to Goma last week, called for new elections on Monday.",
     "REQUEST", "Goma"),
])
def test_where_a_deed_or_a_word_happened(extractor, text, event, place):
    from datetime import date

    from eventwire.records import Article

    result = extractor.extract(Article(id="t", text=text, published=date(2020, 1, 3)))
    placed = [(e.event_loc or {}).get("placename") for e in result.events if e.event == event]
    assert place in placed, placed


# ---------------------------------------------------------------- where: more of the parse read

def _placed(extractor, text: str, event: str, published=SUNDAY) -> list:
    """(placename, country) of every event of that type in the text."""
    result = extract(extractor, text, published)
    return [((e.event_loc or {}).get("placename"), (e.event_loc or {}).get("country"))
            for e in result.events if e.event == event]


def test_a_place_phrase_is_read_with_the_word_before_it(extractor):
    # "Amhara" alone is a region name the finder would not trust; "in Amhara" is a place,
    # so the clause's place beats the dateline
    text = "NAIROBI (Wire) - The government declared a state of emergency in Amhara on Monday."
    assert _placed(extractor, text, "COERCE") == [("Amhara", "ETH")]


@pytest.mark.parametrize("text, event, place", [
    # a participle on the object: "a pipeline running into Basra"
    ("Saboteurs blew up a pipeline running into Basra on Tuesday.", "ASSAULT", "Basra"),
    # a relative clause on the object or the event noun: "a strike that paralysed Lagos"
    ("Unions staged a general strike that paralysed Lagos on Monday.", "PROTEST", "Lagos"),
    # the object of the first of two coordinated deeds: "shot down a drone over Donetsk ... and captured"
    ("KYIV (Wire) - Troops shot down a drone over Donetsk on Monday and captured its operator.",
     "COERCE", "Donetsk"),
    # a locative shared by coordinated deeds: "killed ... and arrested 12 in raids in southern Somalia"
    ("NAIROBI (Wire) - The army killed 40 militants and arrested 12 in raids in southern Somalia.",
     "ASSAULT", "southern Somalia"),
    # the place a distance is counted from: "about 30 km west of Mosul"
    ("BAGHDAD (Wire) - Gunmen attacked a checkpoint, about 30 km west of Mosul, on Sunday.", "ASSAULT", "Mosul"),
    # the speaker's whereabouts place what is said: "officials in Seoul condemned ..."
    ("WASHINGTON (Wire) - The talks ended on Monday. Officials in Seoul condemned the missile launch.",
     "ACCUSE", "Seoul"),
    # a finite verb parsed as the conjunct of an infinitive shares the subject's whereabouts
    ("PARIS (Wire) - Merkel, also in Moscow, asked Ukraine to stop the shelling and urged both sides "
     "to respect the ceasefire.", "REQUEST", "Moscow"),
    # a free relative object: what was struck is what the speaker names it
    ("ANKARA (Wire) - Turkish jets struck what the army described as rebel depots near Qamishli on Friday.",
     "ASSAULT", "Qamishli"),
    ("ANKARA (Wire) - Turkish jets bombed what officials said were rebel depots in Qamishli on Friday.",
     "ASSAULT", "Qamishli"),
    # a town naming the kind of object: "a Mogadishu hotel"
    ("NAIROBI (Wire) - Militants stormed a Mogadishu hotel on Saturday.", "ASSAULT", "Mogadishu"),
    # where the other side of a fight was: "clashed with protesters in central Nairobi"
    ("LONDON (Wire) - Kenyan police clashed with protesters in central Nairobi on Monday.", "ASSAULT", "Nairobi"),
    ("ABIDJAN (Wire) - French soldiers fought against militants in northern Mali on Sunday.",
     "ASSAULT", "northern Mali"),
    # "on" or "off" a stretch of ground or water is a place, after a noun too (ground_nouns.txt)
    ("LONDON (Wire) - Kenyan police fired tear gas at protesters on the outskirts of Nairobi on Monday.",
     "ASSAULT", "Nairobi"),
    ("LONDON (Wire) - Somali pirates seized a Greek tanker off the coast of Somalia on Monday.", "COERCE", "Somalia"),
    # a city's seafront is such a stretch: "on the Sousse seafront"
    ("LONDON (Wire) - Gunmen opened fire on tourists on the Sousse seafront on Friday.", "ASSAULT", "Sousse"),
    # the neighbour named after "border" is part of the place: the home side of that border
    ("CARACAS (Wire) - Venezuelan troops blocked a bridge on the border with Colombia on Saturday.",
     "PROTEST", "the border with Colombia"),
    # the object is a kind of place named in its "of" phrase: "the port city of Hodeidah"
    ("ADEN (Wire) - Houthi fighters shelled the port city of Hodeidah on Monday.", "ASSAULT", "Hodeidah"),
    ("KINSHASA (Wire) - M23 rebels captured the eastern city of Goma on Monday.", "COERCE", "Goma"),
    # where the target was, said by a participle on it (not where it was heading)
    ("CAIRO (Wire) - Militants fired on a truck carrying Egyptian soldiers near Arish on Friday.", "ASSAULT", "Arish"),
    # an attack as the subject: the deed is where the attack's target is
    ("AMMAN (Wire) - On Monday a mortar attack on an army post near Homs killed two Syrian soldiers.", "ASSAULT", "Homs"),
    ("BEIRUT (Wire) - A drone strike on a convoy outside Kandahar killed four Afghan policemen on Tuesday.",
     "ASSAULT", "Kandahar"),
    # a participle beside a clause is said where that clause is: "In Tbilisi, ... , accusing ..."
    ("MOSCOW (Wire) - In Tbilisi, the Georgian president recalled the country's envoy, accusing Russia of "
     "meddling.", "ACCUSE", "Tbilisi"),
])
def test_where_from_the_object_the_conjunct_a_distance_or_the_speaker(extractor, text, event, place):
    assert place in [name for name, _ in _placed(extractor, text, event)]


def test_a_distance_moves_the_point_off_the_city(extractor):
    text = "BAGHDAD (Wire) - Gunmen attacked a checkpoint, about 30 km west of Mosul, on Sunday."
    (assault,) = [e for e in extract(extractor, text).events if e.event == "ASSAULT"]
    loc = assault.event_loc
    assert loc["placename"] == "Mosul" and loc["lon"] < 43.0     # Mosul itself is at 43.1 E
    assert 20 < _km(loc["lat"], loc["lon"], 36.34, 43.12) < 40


def _km(lat1, lon1, lat2, lon2):
    from eventwire.places import km_between
    return km_between(lat1, lon1, lat2, lon2)


def test_the_participle_of_the_subject_places_the_deed(code):
    text = "BAMAKO (Wire) - Rebels operating in Kidal attacked an army post on Monday."
    placed = [e["event_loc"]["placename"] for e in code(text) if e["event"] == ["ASSAULT"]]
    assert placed == ["Kidal"]


@pytest.mark.parametrize("text, event", [
    # whom a promise is for is not where it is made: the dateline is
    ("WASHINGTON (Wire) - The European Union will lift sanctions on Belarus once the prisoners are freed.", "AGREE"),
    ("OTTAWA (Wire) - Canada on Thursday offered $5 million in humanitarian aid to Haiti.", "AGREE"),
])
def test_the_recipient_of_a_promise_is_not_its_place(extractor, text, event):
    placed = _placed(extractor, text, event)
    assert placed and all(country in ("USA", "CAN") for _, country in placed), placed


def test_a_promise_sent_to_a_country_has_no_place_without_a_dateline(extractor):
    placed = _placed(extractor, "Germany said it would send tanks to Poland.", "AGREE")
    assert placed == [(None, None)]


def test_the_country_a_promise_would_help_is_not_its_place(extractor):
    placed = _placed(extractor, "Japan said it was ready to help Indonesia if the crisis deepened.", "AGREE")
    assert placed == [(None, None)]


def test_a_neighbour_s_border_in_a_story_filed_from_elsewhere(extractor):
    text = ("WASHINGTON (Wire) - Syrian troops deployed to villages near the Turkish border after "
            "Kurdish forces in Syria asked Damascus for help.")
    assert ("the Turkish border", "SYR") in _placed(extractor, text, "MOBILIZE")


def test_over_an_event_is_why_not_where(extractor):
    text = ("The United States imposed sanctions on Turkey on Monday over Ankara's military offensive "
            "against Kurdish-led forces in northeast Syria.")
    placed = _placed(extractor, text, "ASSAULT")
    assert placed == [("northeast Syria", "SYR")], placed


# ---------------------------------------------------------------- when: more of the parse read

def _dated(extractor, text: str, event: str, published=SUNDAY) -> list:
    return [(e.date, e.date_precision) for e in extract(extractor, text, published).events if e.event == event]


def test_a_speaker_s_participle_dates_what_is_said(extractor):
    text = "MOSCOW (Wire) - President Ivan Petrov, speaking in Paris on Tuesday, backed the protesters."
    assert _dated(extractor, text, "SUPPORT") == [("2024-03-12", "day")]


@pytest.mark.parametrize("text, event", [
    ("Police arrested 20 people over Tuesday's riots, a spokesman said.", "COERCE"),
    ("Authorities imposed a curfew on the capital, the first since the end of the war in 1995.", "COERCE"),
])
def test_the_date_of_another_event_named_after_over_or_first_since(extractor, text, event):
    assert _dated(extractor, text, event) == [("2024-03-17", "publication")]


@pytest.mark.parametrize("text, event, expected", [
    # the date before "vote" is the vote's; the sentence-initial Monday dates the demand
    ("On Monday, the opposition called for the March 3 vote to be annulled.", "REQUEST", ("2024-03-11", "day")),
    ("The opposition rejected last month's election result, a spokesman said.", "REJECT", ("2024-03-17", "publication")),
    # a noun that is the event itself, or does it, keeps its date
    ("A March 3 Israeli airstrike destroyed the Iranian consulate.", "ASSAULT", ("2024-03-03", "day")),
])
def test_a_date_written_before_a_noun_names_that_nouns_time(extractor, text, event, expected):
    assert _dated(extractor, text, event) == [expected]


def test_since_an_event_still_dates_a_state_that_began_then(extractor):
    text = "Opposition lawmakers have stayed in the chamber since the election in March, calling for a recount."
    assert _dated(extractor, text, "REQUEST") == [("2024-03", "month")]
    # protesters camping hold a sit-in (subject_triggers.tsv), whose call is its purpose: the sit-in is dated
    text = "Protesters have camped outside the palace since the election in March, calling for a recount."
    assert _dated(extractor, text, "PROTEST") == [("2024-03", "month")]


def test_a_promise_is_dated_when_it_is_made_not_when_it_is_due(extractor):
    text = "Turkey will release the detained journalist on Friday, the foreign minister said on Wednesday."
    result = extract(extractor, text)
    agree = only_event(result, "AGREE")
    assert (agree.date, agree.date_text["text"]) == ("2024-03-13", "Wednesday")
    # the promised release itself keeps its own day, in the future
    release = [e for e in result.events if e.polarity == "future"]
    assert release and release[0].date == "2024-03-22"


def test_hours_later_is_the_day_of_the_event_told_before(extractor):
    text = "Rebels seized the town on Friday. Hours later, the army shelled it."
    shelled = [e for e in extract(extractor, text).events if e.event_text == ["shelled"]]
    assert [(e.date, e.date_text["text"]) for e in shelled] == [("2024-03-15", "Hours later")]


def test_words_said_from_a_seat_of_power(extractor):
    text = ("VIENNA (Wire) - The talks ended on Monday. U.S. President Tom Reed welcomed the deal "
            "in a televised address from the White House.")
    assert ("White House", "USA") in _placed(extractor, text, "SUPPORT")


def test_flat_asdict_is_asdict():
    from dataclasses import asdict, dataclass

    from eventwire.pipeline import flat_asdict
    from eventwire.places import Place

    place = Place("Aleppo", "SYR", "SY.09", 36.2, 37.16, 170063, "city", 10, 16)
    assert flat_asdict(place) == asdict(place)
    assert list(flat_asdict(place)) == list(asdict(place))
    unplaced = Place("the north", "SYR", None, None, None, None, "region", 0, 9)
    assert flat_asdict(unplaced) == asdict(unplaced)

    @dataclass
    class Nested:
        name: str
        points: list

    nested = Nested("x", [(1.0, 2.0)])
    copied = flat_asdict(nested)
    assert copied == asdict(nested) and copied["points"] is not nested.points  # deep-copied as asdict does


def _other_events_named_by_every_token(sent):
    # _other_events_named as it was, looking at every token of the sentence
    from eventwire.pipeline import REFERENCE_PREPS, _names_an_event

    out = []
    for tok in sent:
        if tok.dep_ != "prep" or tok.lower_ not in REFERENCE_PREPS:
            continue
        if tok.lower_ == "since" and tok.head.tag_ not in {"JJ", "JJS", "RBS"}:
            continue
        for obj in tok.children:
            if obj.dep_ == "pobj" and _names_an_event(obj):
                out.append(obj)
    return out


def test_tokens_with_a_dep_is_the_scan_of_every_token():
    import json
    from pathlib import Path

    from spacy.attrs import DEP

    from eventwire.nlp import load_nlp, tokens_with
    from eventwire.pipeline import _ASIDE_DEP_IDS, _PREP_DEP_IDS, ASIDE_DEPS, _other_events_named

    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts.append("Police arrested 11 people over Wednesday's violence, the first since the end of military rule.")
    named = 0
    for doc in load_nlp().pipe(texts):
        for sent in doc.sents:
            assert tokens_with(sent, DEP, _ASIDE_DEP_IDS) == [t for t in sent if t.dep_ in ASIDE_DEPS]
            assert tokens_with(sent, DEP, _PREP_DEP_IDS) == [t for t in sent if t.dep_ == "prep"]
            expected = _other_events_named_by_every_token(sent)
            assert _other_events_named(sent) == expected
            named += len(expected)
    assert named > 0


def test_sentence_asides_are_found_once_per_sentence_and_hold_each_helpers_phrases():
    from eventwire.nlp import load_nlp
    from eventwire.pipeline import (ASIDE_DEPS, _acts_asked_or_promised, _dates_naming_a_noun, _days_of_promised_things,
                                    _days_set_for, _other_events_named, sentence_asides)

    text = ("Guards detained nine traders after the March 3 riot and called a general strike for Friday. "
            "The minister urged his supporters to march in Lusaka on Monday.")
    doc = load_nlp()(text)
    first, second = list(doc.sents)
    asides = sentence_asides(first)
    assert sentence_asides(doc[first.start + 1].sent) is asides  # another event of the sentence asks again
    assert sentence_asides(second) is not asides

    def extent(lo, hi):
        return lo.idx, hi.idx + len(hi.text)

    assert asides.other_events == [(o.left_edge.i, o.right_edge.i, extent(o.left_edge, o.right_edge))
                                   for o in _other_events_named(first)] != []
    assert asides.dates_naming_nouns == [(m.head.i, extent(m.left_edge, m.right_edge)) for m in _dates_naming_a_noun(first)]
    assert asides.days_set_for == [(p.head.i, extent(p, p.right_edge)) for p in _days_set_for(first)] != []
    assert asides.days_of_promised_things == [(t.i, extent(p, p.right_edge)) for p, t in _days_of_promised_things(first)]
    assert [c[0] for c in asides.clauses] == [t.i for t in first if t.dep_ in ASIDE_DEPS
                                              and not (t.dep_ == "pcomp" and t.pos_ != "VERB")]
    asked = sentence_asides(second).acts_asked_or_promised
    assert asked == [(c.left_edge.i, c.right_edge.i, extent(c.left_edge, c.right_edge))
                     for c in _acts_asked_or_promised(second)]


def test_sentence_asides_do_not_keep_their_doc_alive():
    # the cache is keyed weakly by the doc: a Token in its value would hold the doc (and so the entry)
    # for the life of the process, one parsed article per article extracted
    import gc
    import weakref

    from eventwire.nlp import load_nlp
    from eventwire.pipeline import sentence_asides

    doc = load_nlp()("The envoy, speaking from Geneva on Tuesday, backed the talks, which resumed in May.")
    sentence_asides(next(doc.sents))
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None


def test_a_speakers_participle_is_beside_the_word_it_hangs_on():
    from eventwire.nlp import load_nlp
    from eventwire.pipeline import _speaker_beside

    doc = load_nlp()("The envoy, speaking from Geneva on Tuesday, backed the talks, which resumed in May.")
    speaking = next(t for t in doc if t.lower_ == "speaking")
    resumed = next(t for t in doc if t.lower_ == "resumed")
    assert _speaker_beside(speaking) == speaking.head.i
    assert _speaker_beside(resumed) is None


def test_a_record_naming_a_coded_target_drops_the_uncoded_things_beside_it(extractor):
    text = "Two Palestinian gunmen killed 12 people as well as themselves late Sunday when they blew themselves up in Haifa."
    strikes = [e for e in extract(extractor, text).events if e.event == "ASSAULT" and e.event_text == ["killed"]]
    assert strikes and all(r.code for e in strikes for r in e.recipient), [
        [(r.entity_text, r.code) for r in e.recipient] for e in strikes]


def test_a_record_with_no_coded_target_keeps_what_it_names(extractor):
    text = "Gunmen attacked a checkpoint near the border on Tuesday."
    attacks = [e for e in extract(extractor, text).events if e.event == "ASSAULT"]
    assert attacks and attacks[0].recipient, attacks


def test_there_refers_to_the_place_of_the_deed_told_before_it(extractor):
    # the dateline says where the story was filed; "there" says where the arrests were made
    text = ("NAIROBI, May 3 (Wire) - Militants stormed a police post in Garissa on Monday. "
            "Soldiers later arrested six suspects there.")
    assert _placed(extractor, text, "COERCE") == [("Garissa", "KEN")]


def test_there_of_there_was_or_in_a_new_paragraph_is_not_the_earlier_place(extractor):
    text = ("NAIROBI, May 3 (Wire) - Militants stormed a police post in Garissa on Monday.\n\n"
            "Soldiers later arrested six suspects there.")
    assert _placed(extractor, text, "COERCE") == [("NAIROBI", "KEN")]
    text = ("NAIROBI, May 3 (Wire) - Militants stormed a police post in Garissa on Monday. "
            "There were protests after soldiers arrested six suspects.")
    assert _placed(extractor, text, "COERCE") == [("NAIROBI", "KEN")]


def test_a_day_later_counts_from_the_day_last_told(extractor):
    # "a day later" first resolves to the day after publication; counted from Tuesday it is Wednesday
    text = ("Rebels attacked an army post near the border on Tuesday. A day later, the army said it had "
            "closed the border crossings.")
    events = extract(extractor, text).events
    closure = next(e for e in events if e.event == "COERCE")
    assert (closure.date, closure.date_text["text"]) == ("2024-03-13", "A day later")


def test_border_nouns_are_read_from_the_lexicon_data():
    """Knowledge, not code: the border nouns whose "with" phrase names the place live in data/lexicon."""
    import eventwire.pipeline as pipeline
    from eventwire.lexicon import load_lexicon

    assert not hasattr(pipeline, "BORDER_NOUNS")
    assert {"border", "frontier"} <= load_lexicon().border_nouns


def test_time_place_speech_and_compass_words_are_read_from_the_lexicon_data():
    """Knowledge, not code: the nouns that tell a time or a place from an event, speech nouns and compass
    words live in data/lexicon."""
    import eventwire.pipeline as pipeline
    from eventwire.lexicon import load_lexicon

    lex = load_lexicon()
    assert not any(hasattr(pipeline, name) for name in ("TIME_NOUNS", "PLACE_NOUNS", "SPEECH_NOUNS", "COMPASS_WORDS"))
    assert {"weekend", "midnight", "decades"} <= lex.time_nouns
    assert {"airspace", "island", "camp"} <= lex.place_nouns
    assert {"address", "briefing"} <= lex.speech_nouns
    assert {"north", "southwest"} <= lex.compass_words


def test_speaking_verbs_are_read_from_the_lexicon_data():
    """Knowledge, not code: the verbs of speaking whose participle says where its subject is live in data/lexicon."""
    import eventwire.pipeline as pipeline
    from eventwire.lexicon import load_lexicon

    assert not hasattr(pipeline, "SPEAKING_LEMMAS")
    assert {"speak", "broadcast"} <= load_lexicon().speaking_verbs


def test_a_double_dateline_files_each_event_from_its_actors_city(code):
    text = ("WASHINGTON/BRUSSELS, March 17 (Eventwire) - The European Union imposed travel bans on 21 Russian "
            "officials on Monday. Separately, the Treasury Department froze the assets of seven Russian officials.")
    events = {e["event_text"][0]: e for e in code(text)}
    assert events["imposed travel bans"]["event_loc"]["placename"] == "BRUSSELS"
    assert events["froze"]["event_loc"]["placename"] == "WASHINGTON"


def test_a_double_dateline_files_a_pronouns_event_from_its_referents_city(code):
    # "He" has Jammeh's country only once references are resolved, after the events are placed
    text = ("DAKAR/BANJUL, Jan 20 (Eventwire) - Gambian leader Yahya Jammeh refused to step down. "
            "He declared a state of emergency on Tuesday.")
    events = [e for e in code(text) if e["event"] == ["COERCE"]]
    assert events and events[0]["event_loc"]["placename"] == "BANJUL", events


def test_a_deal_signed_abroad_sets_no_scene_for_the_home_forces(code):
    # a signing in another city does not move the story's scene there: the police after it are the dateline's
    events = code("ODESA, July 23 (Eventwire) - Moldova and Ukraine signed a transit deal in Istanbul on Friday. "
                  "Police detained three smugglers on Saturday.")
    assert [a["code"] for e in events if e["event"] == ["COERCE"] for a in e["actor"]] == ["UKR"]


def test_the_charge_of_an_accusation_dates_and_places_the_deed_not_the_accusation(code):
    # "in January" and "near Basra" belong to the shelling Kuwait is charged with, not to the accusing
    events = code("Iraq accused Kuwaiti forces of involvement in the shelling of a village near Basra in January.")
    accuse = next(e for e in events if e["event"] == ["ACCUSE"])
    assert accuse["date_precision"] == "publication" and accuse["event_loc"] is None, (accuse["date"], accuse["event_loc"])


def test_a_gerund_after_a_preposition_dates_its_own_deed_not_the_accusation(code):
    from datetime import date

    events = code("Rights groups accused Burundian soldiers of killing dozens of villagers in Cibitoke in March 2019.",
                  date(2020, 6, 1))
    accusations = [e for e in events if e["event"] == ["ACCUSE"]]
    assert accusations and accusations[0]["date"] == "2020-06-01"


# ---------------------------------------------------------------- codes as of the article's date

def test_a_state_that_did_not_exist_yet_is_coded_as_the_one_it_was_part_of(extractor):
    text = "South Sudanese rebels shelled Juba, the southern capital, on Saturday."
    before = only_event(extract(extractor, text, date(1992, 5, 3)), "ASSAULT")
    after = only_event(extract(extractor, text, date(2014, 5, 3)), "ASSAULT")
    assert [a.code for a in before.actor] == ["SDN"] and before.event_loc["country"] == "SDN"
    assert [a.code for a in after.actor] == ["SSD"] and after.event_loc["country"] == "SSD"


def test_a_stretch_of_ground_as_the_object_says_where_with_its_of_phrase(code):
    # "the outskirts of Kharkiv" places the shelling in Kharkiv, not at the dateline
    events = code("KYIV, Oct 10 (Wire) - Russian forces shelled the outskirts of Kharkiv on Monday.")
    places = [e["event_loc"]["placename"] for e in events if e["event"] == ["ASSAULT"] and e["event_loc"]]
    assert places == ["Kharkiv"], places


def test_a_day_a_thing_is_set_for_dates_no_other_deed_of_the_sentence(code):
    # "for May 25" is when the election is to be, not when parliament removed the president
    events = code("Parliament voted on Saturday to remove President Ana Lopez from power and set an early "
                  "presidential election for May 25.", published=date(2024, 3, 15))
    removal = [e for e in events if e["event"] == ["COERCE"]]
    assert removal and removal[0]["date"] == "2024-03-09", removal


def test_a_deed_reaches_those_it_goes_to_where_their_participle_places_them(code):
    # "to evacuees sheltering in schools in X": the aid is handed over where they shelter, not at the dateline
    events = code("NAIROBI, March 3 (Wire) - Kenyan soldiers delivered blankets on Monday to families "
                  "sheltering in a school in Garissa.")
    aid = next(e for e in events if e["event"] == ["AID"])
    assert aid["event_loc"]["placename"] == "Garissa", aid["event_loc"]


def test_a_month_said_of_a_promised_thing_does_not_date_the_promise(code):
    # "in June" is when the referendum is to be held, not when it was promised or power was taken
    events = code("The military council said it had taken power and promised a referendum in June.",
                  published=date(2024, 3, 15))
    dated = {e["event"][0]: (e["date"], e["date_precision"]) for e in events if e["polarity"] == "asserted"}
    assert dated.get("AGREE") == ("2024-03-15", "publication"), dated


def test_the_day_and_place_of_an_act_asked_for_date_and_place_neither_the_asking_nor_its_sentence(code):
    # "on Saturday" and "in Accra" are the march's; the appeal and the accusation beside it are undated
    events = code("The opposition leader, Kofi Mensah, accused the army of rigging the count and urged "
                  "his supporters to join a mass rally in Accra on Saturday.", published=date(2016, 12, 8))
    told = {e["event"][0]: (e["date"], e["date_precision"], e["event_loc"]) for e in events
            if e["polarity"] == "asserted"}
    assert told.get("REQUEST") == ("2016-12-08", "publication", None), told
    assert told.get("ACCUSE") == ("2016-12-08", "publication", None), told


def test_an_infinitive_after_a_for_phrase_is_what_the_help_is_for_not_what_is_asked(code):
    events = code("Mali's government first asked for French help to push back the rebels in January 2013.",
                  published=date(2014, 6, 2))
    told = {e["event"][0]: e["date"] for e in events if e["polarity"] == "asserted"}
    assert told.get("REQUEST") == "2013-01", told


def test_a_deed_told_in_a_where_clause_is_placed_at_the_place_the_clause_hangs_on(code):
    events = code("BAMAKO, May 4 (Wire) - French troops drove into Kidal, where they arrested 15 suspected "
                  "militants on Friday.", published=date(2013, 5, 4))
    arrest = next(e for e in events if e["event"] == ["COERCE"] and e["polarity"] == "asserted")
    assert arrest["event_loc"]["placename"] == "Kidal", arrest["event_loc"]


def test_words_said_after_a_meeting_the_same_subject_held_are_placed_where_it_met(code):
    events = code("NAIROBI, March 2 (Wire) - African Union envoys held talks in Addis Ababa on Sunday and "
                  "urged both sides to respect the truce.", published=date(2020, 3, 2))
    request = next(e for e in events if e["event"] == ["REQUEST"])
    assert request["event_loc"]["placename"] == "Addis Ababa", request["event_loc"]


def test_an_intent_read_off_a_promised_act_is_placed_where_it_was_told(extractor):
    # the exercises will be held in the sea; the promise was made in Seoul
    text = ("SEOUL, Nov 24 (Eventwire) - South Korea and Japan will hold joint naval drills in the Sea of Japan "
            "next week, officials said.")
    result = extract(extractor, text, date(2010, 11, 24))
    promise = [e for e in result.events if e.derived]
    assert promise and all(e.event_loc and e.event_loc["placename"].upper() == "SEOUL" for e in promise), \
        [(e.event, e.derived, e.event_loc) for e in result.events]


@pytest.mark.parametrize("text, place", [
    ("Ethiopian rebels seized Addis Ababa on Saturday.", "Addis Ababa"),
    ("Russian forces shelled Kryvyi Rih overnight.", "Kryvyi Rih"),
])
def test_a_town_of_several_words_as_the_object_places_the_deed(extractor, text, place):
    # the parser makes the first words of the name compounds of the last; the whole name is where
    events = [e for e in extract(extractor, text).events if e.event in {"COERCE", "ASSAULT"}]
    assert events and events[0].event_loc and events[0].event_loc["placename"] == place, events


def test_a_shortened_name_is_the_place_named_in_full_before(extractor):
    # "Santiago" after "Santiago de Cuba" is the Cuban city, not Chile's capital
    text = ("HAVANA, July 27 (Eventwire) - Cuban troops clashed with rebels near Santiago de Cuba on Friday. "
            "The rebels retreated from Santiago on Saturday.")
    retreat = only_event(extract(extractor, text, date(1957, 7, 27)), "RETREAT")
    assert retreat.event_loc["country"] == "CUB" and round(retreat.event_loc["lat"]) == 20, retreat.event_loc


def test_a_target_in_a_town_of_two_countries_is_in_the_one_the_article_is_about(extractor):
    # "Uri" is a Swiss canton and a Kashmir town: the article's countries choose, when the attack is coded
    text = ("SRINAGAR, May 6 (Eventwire) - Indian troops stepped up patrols across Kashmir on Tuesday. "
            "Militants attacked a police post in the town of Uri late on Monday.")
    attack = only_event(extract(extractor, text, date(2014, 5, 6)), "ASSAULT")
    assert [r.code for r in attack.recipient] == ["IND"], attack.recipient


def test_a_verb_coordinated_after_the_event_keeps_its_own_date_to_itself(extractor):
    # "last week" is the attack's; the truce has its own month
    text = "The militia had agreed a truce with the army in May but attacked a garrison town last week."
    result = extract(extractor, text, date(2019, 9, 20))
    assert only_event(result, "AGREE").date == "2019-05", [(e.event, e.date) for e in result.events]
    assert only_event(result, "ASSAULT").date_text["text"] == "last week"


def test_a_participle_of_holding_captives_on_the_target_passes_its_day_to_the_deed(extractor):
    # the parser hangs "on Thursday" on "holding", which only says whom the kidnappers held
    text = "Police commandos stormed kidnappers holding six tourists at a farm near the town of Kisumu on Thursday."
    assault = only_event(extract(extractor, text), "ASSAULT")
    assert (assault.date, assault.date_precision) == ("2024-03-14", "day"), assault.date_text


def test_a_count_from_a_deed_named_by_its_noun_dates_from_that_deed(code):
    # "a day after the bombing" counts from the bombing's own day told before, not from publication
    events = code("A bomb tore through a market in Kirkuk on March 2, killing 12 people. "
                  "Britain recalled its ambassador to Baghdad a day after the bombing.")
    recall = [e for e in events if e["event"] == ["SANCTION"]]
    assert recall and recall[0]["date"] == "2024-03-03" and recall[0]["date_text"]["text"] == "a day after", recall


def test_a_dateline_in_a_country_the_story_never_names_is_a_bureau_not_the_storys_country(code):
    # filed from Nairobi about Somalia: the minister named without a country is Somalia's, not Kenya's
    events = code("NAIROBI, March 4 (Eventwire) - Gunmen fired on a convoy of aid workers near Kismayo on Sunday. "
                  "No one was hurt. The convoy went on to the town of Afmadow. The aid agencies have worked in the "
                  "region since 2011. The defence minister, Abdi Warsame, warned the militants that the army would "
                  "hunt them down. Somalia's government has fought the insurgents since 2007.",
                  published=date(2012, 3, 4))
    warners = [a["code"] for e in events if e["event"][0] == "THREATEN" for a in e["actor"]]
    assert warners and set(warners) == {"SOM"}, events


def test_those_killed_after_a_speaker_aside_are_counted_on_the_deed_not_on_the_speaker(code):
    events = code("Russian jets bombed Idlib on Monday, Syrian activists said, killing 12 people.",
                  published=date(2024, 6, 14))
    assert [(e["event"], [a["code"] for a in e["actor"]], e["size"]["dead"]) for e in events] == [(["ASSAULT"], ["RUS"], 12)]
