"""Offline place finding and geocoding (eventwire.places).

The sentences are made up for these tests.
"""
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.data_files import data_path, read_tsv
from eventwire.places import (BORDER_KM, CACHE_ENV, Gazetteer, Place, _unpickled, border_zone, border_zone_by_cities,
                              border_zones, cache_dir, cached_gazetteer, country_cities, dateline_place, find_places,
                              far_namesake, gazetteer_fingerprint, geocode, introduced_as_where, km_between, load_gazetteer,
                              part_of_country, place_in_spans, unnamed_parts, with_direction)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def names(places):
    return [(p.placename, p.country, p.feature) for p in places]


def check_offsets(text, places):
    for p in places:
        assert text[p.start:p.end] == p.placename
    assert [p.start for p in places] == sorted(p.start for p in places)


# ---------------------------------------------------------------- geocode

def test_load_gazetteer_is_cached(gaz):
    assert load_gazetteer() is gaz
    assert len(gaz) > 100_000


def test_geocode_baghdad(gaz):
    p = gaz.geocode("Baghdad")
    assert p.country == "IRQ" and p.feature == "city"
    assert km(p.lat, p.lon, 33.3, 44.4) < 15
    assert isinstance(p.geonameid, int)


def test_geocode_airport_by_name(gaz):
    p = gaz.geocode("Baghdad International Airport")
    assert p.feature == "airport" and p.country == "IRQ"
    assert km(p.lat, p.lon, 33.26, 44.23) < 40
    k = gaz.geocode("Kabul airport")
    assert k.feature == "airport" and k.country == "AFG"
    assert km(k.lat, k.lon, 34.57, 69.21) < 40


def test_geocode_country(gaz):
    p = gaz.geocode("Syria")
    assert (p.country, p.feature, p.admin1) == ("SYR", "country", None)
    assert km(p.lat, p.lon, 35.0, 38.5) < 300


def test_country_name_never_a_small_town(gaz):
    # there are towns called Lebanon, Jordan and Chad in the USA: the name is the country
    for name, code in [("Lebanon", "LBN"), ("Jordan", "JOR"), ("Chad", "TCD"), ("Mexico", "MEX")]:
        p = gaz.geocode(name, countries=["USA"])
        assert (p.country, p.feature) == (code, "country"), name


def test_georgia_by_article_countries(gaz):
    assert gaz.geocode("Georgia", countries=["GEO"]).country == "GEO"
    us = gaz.geocode("Georgia", countries=["USA"])
    assert (us.country, us.feature, us.admin1) == ("USA", "admin", "Georgia")
    assert km(us.lat, us.lon, 32.7, -83.4) < 250
    assert gaz.geocode("Georgia").feature == "country"
    # both in the article: the country
    assert gaz.geocode("Georgia", countries=["USA", "GEO"]).feature == "country"


def test_paris_is_france_unless_qualified(gaz):
    assert gaz.geocode("Paris").country == "FRA"
    tx = gaz.geocode("Paris, Texas")
    assert (tx.country, tx.admin1) == ("USA", "Texas")
    assert gaz.geocode("Paris", countries=["FR"]).country == "FRA"   # alpha-2 accepted


def test_small_and_qualified_cities(gaz):
    g = gaz.geocode("Gorazde")
    assert g.country == "BIH" and km(g.lat, g.lon, 43.67, 18.98) < 10
    bam = gaz.geocode("Bam, Iran")
    assert bam.country == "IRN" and bam.feature == "city"
    assert gaz.geocode("Geneva").country == "CHE"


def test_admin_and_region(gaz):
    a = gaz.geocode("Anbar province")
    assert (a.country, a.feature) == ("IRQ", "admin")
    t = gaz.geocode("Texas")
    assert (t.country, t.feature) == ("USA", "admin")
    r = gaz.geocode("Gaza Strip")
    assert (r.country, r.feature) == ("PSE", "region")


def test_unknown_returns_none(gaz):
    assert gaz.geocode("Qwxzrtplville") is None
    assert gaz.geocode("") is None
    assert gaz.geocode("   ") is None
    assert gaz.geocode("Qwxzrtplville, Iraq") is None
    assert geocode("Zzyzzyx Qorp International Airport") is None


def test_geocode_offsets_and_placename(gaz):
    p = gaz.geocode("Mosul", start=10, end=15)
    assert (p.placename, p.start, p.end) == ("Mosul", 10, 15)
    assert isinstance(p, Place)


# ---------------------------------------------------------------- find_places

def test_in_northern_syria(gaz):
    text = "Gunmen ambushed a patrol in northern Syria on Sunday."
    ps = gaz.find_places(text)
    # placename is the name only ("Syria"), without the direction word
    assert names(ps) == [("Syria", "SYR", "country")]
    check_offsets(text, ps)


def test_country_after_preposition_vs_person(gaz):
    text = "Thousands of families fled into Jordan last winter."
    assert names(gaz.find_places(text)) == [("Jordan", "JOR", "country")]
    assert gaz.find_places("Michael Jordan said the game was over.") == []
    assert gaz.find_places("Jordan Peterson and Chad Smith gave talks at Georgia Tech.") == []


def test_georgia_in_text(gaz):
    text = "Voters lined up in Georgia before dawn."
    assert names(gaz.find_places(text, countries=["USA"])) == [("Georgia", "USA", "admin")]
    assert names(gaz.find_places(text, countries=["GEO"])) == [("Georgia", "GEO", "country")]


def test_city_comma_country(gaz):
    text = "An earthquake struck near Bam, Iran, before sunrise."
    ps = gaz.find_places(text)
    assert names(ps) == [("Bam", "IRN", "city")]      # the qualifier is not a second place
    check_offsets(text, ps)
    text2 = "A storm hit Paris, Texas, and nearby farms."
    assert names(gaz.find_places(text2)) == [("Paris", "USA", "city")]


def test_small_town_needs_place_context(gaz):
    text = "Artillery shelled the town of Gorazde for a week."
    ps = gaz.find_places(text)
    assert names(ps) == [("Gorazde", "BIH", "city")]
    assert names(gaz.find_places("Aid convoys reached Gorazde on Friday.")) == [("Gorazde", "BIH", "city")]


def test_big_cities_and_lists(gaz):
    text = "Protests spread from Geneva to Paris, Lyon and Marseille."
    ps = gaz.find_places(text)
    assert [p.country for p in ps] == ["CHE", "FRA", "FRA", "FRA"]
    check_offsets(text, ps)
    text2 = "Shelling was reported in Syria, Iraq and Lebanon."
    assert [p.country for p in gaz.find_places(text2)] == ["SYR", "IRQ", "LBN"]


def test_stopwords_are_not_places(gaz):
    assert gaz.find_places("Police said on Tuesday that two men were held.") == []
    text = "The President of the Republic met Union leaders at the House, the Guard and Forces said."
    assert gaz.find_places(text) == []
    assert gaz.find_places("Reuters reported the Minister had resigned in March.") == []


def test_no_places(gaz):
    assert gaz.find_places("Nothing much happened, the spokesman said, and prices rose.") == []
    assert gaz.find_places("") == []


def test_government_metonyms(gaz):
    assert gaz.find_places("Washington said it would respond, and Moscow warned of retaliation.") == []
    assert gaz.find_places("Tehran has accused its rivals of sabotage.") == []
    text = "Diplomats in Washington said the talks in Moscow had stalled."
    assert names(gaz.find_places(text)) == [("Washington", "USA", "city"), ("Moscow", "RUS", "city")]


def test_titles_and_demonyms(gaz):
    assert gaz.find_places("President Chad Smith spoke to Iranian and Iraqi officials.") == []
    assert gaz.find_places("Ms Georgia Brown told reporters the plan had failed.") == []


def test_possessive_city(gaz):
    text = "A rocket landed near Baghdad's international airport overnight."
    ps = gaz.find_places(text)
    assert names(ps) == [("Baghdad", "IRQ", "city")]
    check_offsets(text, ps)


def test_airport_mentions(gaz):
    text = "Flights from Kabul airport resumed; Baghdad International Airport stayed shut."
    ps = gaz.find_places(text)
    assert [(p.placename, p.feature) for p in ps] == [
        ("Kabul airport", "airport"), ("Baghdad International Airport", "airport")]
    check_offsets(text, ps)


@pytest.mark.parametrize("text, name, code", [
    ("Two drones were shot down over the Incirlik air base overnight.", "Incirlik air base", "TUR"),
    ("Mortar rounds landed inside the al-Asad airbase on Sunday.", "al-Asad airbase", "IRQ"),
    # the air base, not the city it is named after
    ("Rockets struck the Kirkuk air base late on Friday.", "Kirkuk air base", "IRQ"),
])
def test_an_air_base_written_in_lower_case_is_the_airfield(gaz, text, name, code):
    ps = gaz.find_places(text)
    assert [(p.placename, p.country, p.feature) for p in ps] == [(name, code, "airport")]
    check_offsets(text, ps)


def test_admin_suffix_and_city_of(gaz):
    text = "Fighting spread from the northern city of Mosul to Anbar province."
    ps = gaz.find_places(text)
    assert names(ps) == [("Mosul", "IRQ", "city"), ("Anbar", "IRQ", "admin")]


def test_us_abbreviation(gaz):
    assert gaz.find_places("U.S. forces patrolled the area.") == []
    ps = gaz.find_places("The envoy returned to the U.S. on Friday.")
    assert names(ps) == [("U.S.", "USA", "country")]


def test_window_offsets_are_into_text(gaz):
    text = "Rain fell in Lyon. Troops moved into Mosul and Tikrit. Talks opened in Geneva."
    s = text.index("Troops")
    e = text.index("Talks")
    ps = gaz.find_places(text, s, e)
    assert [p.placename for p in ps] == ["Mosul", "Tikrit"]
    check_offsets(text, ps)
    assert all(s <= p.start and p.end <= e for p in ps)


def test_offsets_cover_names_in_a_paragraph(gaz):
    text = ("KABUL, May 4 (Wire) - Security forces in Kabul and Kandahar were on alert after a "
            "blast near the Pakistani border town of Chaman. Officials in Islamabad said the "
            "attackers had crossed from Afghanistan's Helmand province. The Gaza Strip and the "
            "West Bank were quiet, but families left al-Qaim and Deir ez-Zor overnight.")
    ps = gaz.find_places(text)
    check_offsets(text, ps)
    got = [p.placename for p in ps]
    for want in ["Kabul", "Kandahar", "Islamabad", "Afghanistan", "Helmand", "Gaza Strip",
                 "West Bank", "al-Qaim", "Deir ez-Zor"]:
        assert want in got, want


def test_module_level_find_places():
    text = "Fresh clashes erupted in Aleppo."
    assert names(find_places(text, countries=["SYR"])) == [("Aleppo", "SYR", "city")]


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize("text,name,code", [
    ("BAGHDAD, Jan 3 (Eventwire) - Two bombs exploded.", "BAGHDAD", "IRQ"),
    ("AKCAKALE, Turkey (Wire) - Shells landed in the town.", "AKCAKALE", "TUR"),
    ("WASHINGTON/BRUSSELS (AP) -- Allies met on Monday.", "WASHINGTON", "USA"),
    ("NEW YORK, May 2 (Wire) - Markets fell.", "NEW YORK", "USA"),
    ("KABUL -- The Taliban said.", "KABUL", "AFG"),
    ("  GENEVA (Wire) - Talks resumed.", "GENEVA", "CHE"),
])
def test_dateline(text, name, code):
    p = dateline_place(text)
    assert p is not None and (p.placename, p.country) == (name, code)
    assert text[p.start:p.end] == name


@pytest.mark.parametrize("text,name,code", [
    ("Lviv, Ukraine (Wire) - Drones hit a depot.", "Lviv", "UKR"),
    ("Amman, Jordan -- Ministers met on Sunday.", "Amman", "JOR"),
    ("MOMBASA, Kenya (Wire) — Police fired tear gas.", "MOMBASA", "KEN"),
])
def test_title_case_dateline(text, name, code):
    p = dateline_place(text)
    assert p is not None and (p.placename, p.country) == (name, code)
    assert text[p.start:p.end] == name


def test_dateline_unknown_town_falls_back_to_qualifier():
    p = dateline_place("QWXZRTPL, Iraq (Wire) - A bomb exploded.")
    assert p is not None and (p.country, p.feature, p.placename) == ("IRQ", "country", "Iraq")


def test_dateline_of_a_body_is_its_seat():
    # a UN story filed "UNITED NATIONS" comes from the headquarters in New York
    text = "UNITED NATIONS, March 3 (Wire) - Envoys met behind closed doors."
    p = dateline_place(text)
    assert p is not None and (p.placename, p.country) == ("UNITED NATIONS", "USA")
    assert abs(p.lat - 40.75) < 0.2 and abs(p.lon + 73.98) < 0.2
    # in running text the body is not a place
    assert not [q for q in find_places("The United Nations said it would send envoys.") if q.country == "USA"]


@pytest.mark.parametrize("text,code,lat,lon", [
    ("KUWAIT, Aug 2 (Wire) - Troops crossed the border.", "KWT", 29.37, 47.97),
    ("PANAMA, Dec 20 (Wire) - Shots rang out.", "PAN", 8.99, -79.52),
])
def test_a_country_named_as_dateline_is_its_namesake_capital(text, code, lat, lon):
    # a dateline names a city: "KUWAIT" files from Kuwait City, not the country's centre
    p = dateline_place(text)
    assert p is not None and (p.country, p.feature) == (code, "city")
    assert abs(p.lat - lat) < 0.2 and abs(p.lon - lon) < 0.2
    # a country whose capital has another name stays the country
    q = dateline_place("IRAQ, Aug 2 (Wire) - Troops crossed the border.")
    assert q is None or q.feature == "country"


def test_no_dateline():
    assert dateline_place("The talks in Geneva resumed on Monday.") is None
    assert dateline_place("POLICE (Wire) - A statement.") is None
    assert dateline_place("") is None


# ---------------------------------------------------------------- data files

def test_aliases_resolve(gaz):
    for row in read_tsv(data_path("places", "aliases.tsv")):
        p = gaz.geocode(row["alias"])
        assert p is not None, row["alias"]
        if row.get("country"):
            assert p.country == row["country"], row["alias"]


def test_every_country_has_a_point(gaz):
    codes = {r["code"] for r in read_tsv(data_path("actors", "countries.tsv"))}
    points = {r["code"]: (float(r["lat"]), float(r["lon"]))
              for r in read_tsv(data_path("places", "country_centroids.tsv"))}
    assert codes <= set(points)
    assert all(-90 <= la <= 90 and -180 <= lo <= 180 for la, lo in points.values())


def test_regions_parse(gaz):
    for row in read_tsv(data_path("places", "regions.tsv")):
        p = gaz.geocode(row["name"])
        assert p is not None and p.feature == "region", row["name"]
        assert p.lat is not None and p.lon is not None


def test_russias_north_caucasus_republics_are_regions_of_russia(gaz):
    # "a former president of neighbouring Ingushetia" is a Russian official, not one of a country
    for name in ("Ingushetia", "North Ossetia", "Chechnya"):
        p = gaz.geocode(name)
        assert p is not None and p.country == "RUS", name


def test_the_dniester_region_is_moldovas_breakaway_region(gaz):
    # "the Dniester republic", "Dniester guards": the breakaway strip of Moldova named after its river
    for name in ("Dniester", "Transdniester", "Transnistria"):
        p = gaz.geocode(name)
        assert p is not None and (p.country, p.feature) == ("MDA", "region"), name


def test_centroids_tsv_is_fresh():
    pytest.importorskip("countryinfo")
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "build_country_centroids.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


# ---------------------------------------------------------------- the place of an event

def test_place_in_spans_picks_the_event_phrase_and_its_finest_place(gaz):
    from eventwire.places import place_in_spans

    text = "Protesters in Paris condemned the air strikes in Syria's Idlib province."
    ps = gaz.find_places(text)
    assert [p.placename for p in ps] == ["Paris", "Syria", "Idlib"]
    strikes = text.index("strikes")
    in_syria = [(text.index("in Syria"), len(text))]
    assert place_in_spans(ps, in_syria, strikes).placename == "Idlib"   # finer place of the same country
    assert place_in_spans(ps, [(0, text.index(" condemned"))], text.index("Protesters")).placename == "Paris"
    assert place_in_spans([], [(0, 10)], 0) is None


# ---------------------------------------------------------------- where an event happened


def _found(gaz, text, name):
    place = next((p for p in gaz.find_places(text) if p.placename == name), None)
    assert place is not None, (text, gaz.find_places(text))
    return place


@pytest.mark.parametrize("text, name", [
    ("Shelling was reported in Syria on Monday.", "Syria"),
    ("Gunmen ambushed a patrol in northern Syria.", "Syria"),
    ("Mortars fell near the border town of Akcakale.", "Akcakale"),
    ("Mortars fell near the Turkish border town of Akcakale.", "Akcakale"),
    ("Talks were held in Syria, Iraq and Lebanon.", "Lebanon"),
    ("Rebels attacked the town of Gorazde.", "Gorazde"),
])
def test_introduced_as_where_true(gaz, text, name):
    assert introduced_as_where(text, _found(gaz, text, name)) is True


def test_introduced_as_where_false_for_governments_and_objects(gaz):
    text = "Washington said it would respond."
    washington = gaz.geocode("Washington", start=0, end=len("Washington"))
    assert introduced_as_where(text, washington) is False
    text = "The envoy urged Tehran to return to talks."
    assert introduced_as_where(text, _found(gaz, text, "Tehran")) is False
    text = "Troops fired on protesters from Syria."  # an origin, not where it happened
    assert introduced_as_where(text, _found(gaz, text, "Syria")) is False


def test_introduced_as_where_reads_only_its_own_sentence(gaz):
    # the "to" that ends the sentence before does not introduce the subject of the next one
    for text in ("Oman was said to be too close to Iran. Muscat rejected the charge.",
                 "Aid convoys went to Iran.\nMuscat rejected the charge."):
        start = text.index("Muscat")
        muscat = gaz.geocode("Muscat", start=start, end=start + len("Muscat"))
        assert introduced_as_where(text, muscat) is False
    # an abbreviation's full stop does not end the sentence
    text = "Troops were sent to the U.S. city of Portland."
    assert introduced_as_where(text, _found(gaz, text, "Portland")) is True


def test_introduced_as_where_airports_always(gaz):
    text = "Kabul airport reopened."
    airport = gaz.geocode("Kabul airport", start=0, end=len("Kabul airport"))
    assert airport.feature == "airport"
    assert introduced_as_where(text, airport) is True


def test_part_of_country_north_is_north_of_south():
    north = part_of_country("NGA", "north", "northern Nigeria", 3, 19)
    south = part_of_country("NGA", "south", "southern Nigeria", 3, 19)
    assert north.lat > south.lat + 3
    east = part_of_country("NGA", "east", "east", 0, 4)
    west = part_of_country("NGA", "west", "west", 0, 4)
    assert east.lon > west.lon + 3
    assert (north.placename, north.country, north.feature, north.start, north.end) == (
        "northern Nigeria", "NGA", "region", 3, 19)
    assert north.admin1 is None and north.geonameid is None
    # the part lies within the country's cities
    lats = [p[0] for p in country_cities("NGA")]
    assert min(lats) <= south.lat < north.lat <= max(lats)


def test_part_of_country_unknown_country_or_direction():
    assert part_of_country("XXX", "north", "the north", 0, 9) is None
    assert part_of_country("NGA", "upward", "the north", 0, 9) is None


def test_with_direction_makes_a_region_of_the_country(gaz):
    text = "Airstrikes pounded Kurdish forces in northeast Syria on Monday."
    syria = _found(gaz, text, "Syria")
    part = with_direction(text, syria)
    assert (part.placename, part.country, part.feature) == ("northeast Syria", "SYR", "region")
    assert text[part.start:part.end] == "northeast Syria"
    whole = gaz.geocode("Syria")
    assert part.lat > whole.lat and part.lon > whole.lon  # north and east of the centroid


def test_with_direction_hyphenated_adjective(gaz):
    text = "Fighting raged in north-eastern Syria."
    part = with_direction(text, _found(gaz, text, "Syria"))
    assert (part.placename, part.feature) == ("north-eastern Syria", "region")
    assert text[part.start:part.end] == part.placename


def test_with_direction_leaves_other_places_alone(gaz):
    text = "Airstrikes pounded Kurdish forces in Syria on Monday."
    syria = _found(gaz, text, "Syria")
    assert with_direction(text, syria) is syria
    text = "Rain fell in northern Aleppo."
    aleppo = _found(gaz, text, "Aleppo")
    assert with_direction(text, aleppo) is aleppo  # only a country becomes a part of itself


def test_unnamed_parts_the_north_of_the_home_country():
    text = "Heavy fighting in the north killed dozens."
    parts = unnamed_parts(text, 0, len(text), "ETH")
    assert len(parts) == 1
    part = parts[0]
    assert (part.placename, part.country, part.feature) == ("the north", "ETH", "region")
    assert text[part.start:part.end] == "the north"
    lats = [p[0] for p in country_cities("ETH")]
    assert part.lat > sum(lats) / len(lats)  # in the north half of the country


@pytest.mark.parametrize("text, words", [
    ("Troops moved into the northern part of the country.", "the northern part of the country"),
    ("Fighting spread across the south of the country.", "the south of the country"),
    ("Clashes in the northeast left ten dead.", "the northeast"),
])
def test_unnamed_parts_phrases(text, words):
    parts = unnamed_parts(text, 0, len(text), "ETH")
    assert [p.placename for p in parts] == [words]
    assert text[parts[0].start:parts[0].end] == words


@pytest.mark.parametrize("text", [
    "Ships sank in the North Sea.",
    "Fighting raged in the north of England.",
    "Fighting raged in the northern Ethiopian town.",
])
def test_unnamed_parts_not_a_named_place(text):
    assert unnamed_parts(text, 0, len(text), "ETH") == []


def test_unnamed_parts_needs_a_country_and_stays_in_the_window():
    text = "Heavy fighting in the north killed dozens. Aid reached families in the south."
    assert unnamed_parts(text, 0, len(text), None) == []
    second = text.index("Aid")
    parts = unnamed_parts(text, second, len(text), "ETH")
    assert [p.placename for p in parts] == ["the south"]
    assert parts[0].start > second


def test_unnamed_parts_not_an_adjective_before_a_noun():
    text = "Shells hit homes in the southern city of Kherson."
    assert unnamed_parts(text, 0, len(text), "ETH") == []


def test_place_in_spans_finest_place_wins(gaz):
    text = "Fighting erupted in the Caribbean city of Cartagena on Monday."
    places = gaz.find_places(text)
    assert [(p.placename, p.feature) for p in places] == [("Caribbean", "region"), ("Cartagena", "city")]
    span = (text.index("the Caribbean"), text.index(" on Monday"))
    trigger = text.index("erupted")
    best = place_in_spans(places, [span], trigger)
    assert (best.placename, best.country) == ("Cartagena", "COL")  # though the region is nearer


def test_place_in_spans_only_inside_the_spans_and_nearest_among_equals(gaz):
    text = "Rebels who fled Mosul attacked a convoy near Kirkuk and another near Tikrit."
    places = gaz.find_places(text)
    assert [p.placename for p in places] == ["Mosul", "Kirkuk", "Tikrit"]
    trigger = text.index("attacked")
    kirkuk = _span_of_words(text, "near Kirkuk")
    tikrit = _span_of_words(text, "near Tikrit")
    assert place_in_spans(places, [tikrit, kirkuk], trigger).placename == "Kirkuk"
    assert place_in_spans(places, [tikrit], trigger).placename == "Tikrit"
    assert place_in_spans(places, [], trigger) is None
    assert place_in_spans(places, [(0, text.index("Mosul") + 2)], trigger) is None  # cut through a name


def _span_of_words(text, words):
    start = text.index(words)
    return start, start + len(words)


def test_who_holds_a_place_is_not_part_of_its_name():
    from eventwire.places import find_places

    for text in ["shot down a jet over Pakistani-controlled Kashmir", "shelling in Indian-administered Kashmir"]:
        assert [p.placename for p in find_places(text)] == ["Kashmir"]
    assert [p.placename for p in find_places("Kurdish-led forces in northeast Syria")] == ["Syria"]


def test_across_the_country_is_the_whole_country_and_a_span_may_start_after_its_preposition():
    from eventwire.places import unnamed_parts

    text = "Hundreds of thousands rallied in cities across the country on Wednesday."
    span = (text.index("the country"), text.index(" on Wednesday"))
    (place,) = unnamed_parts(text, *span, "VEN")
    assert (place.placename, place.country, place.feature) == ("the country", "VEN", "country")
    assert unnamed_parts("The country's army said so.", 0, 27, "VEN") == []
    text = "Troops were sent to the north on Wednesday."
    (north,) = unnamed_parts(text, text.index("the north"), text.index(" on"), "ETH")
    assert north.placename == "the north" and north.lat > 10


# ---------------------------------------------------------------- subdivision points (admin_points.tsv)

@pytest.mark.parametrize("name, code, lat, lon", [
    ("Borno", "NGA", 11.8, 13.1),       # no city of that name: the centre of its area
    ("Helmand", "AFG", 31.0, 64.2),
    ("Balochistan", "PAK", 28.5, 66.0),
    ("Nord-Kivu", "COD", -0.8, 29.0),
])
def test_subdivisions_without_a_namesake_city_get_a_point(gaz, name, code, lat, lon):
    p = gaz.geocode(name)
    assert (p.country, p.feature) == (code, "admin")
    assert p.lat is not None and km(p.lat, p.lon, lat, lon) < 150


@pytest.mark.parametrize("name, code, inland", [
    # Anbar's towns line the Euphrates (Ramadi, Fallujah, Haditha: 42-43.8 E); most of its land is the
    # western desert out to Jordan and Saudi Arabia (39 E)
    ("Anbar", "IRQ", lambda lat, lon: lon < 41.8),
    # Helmand's towns sit on the river around Lashkar Gah (31.6 N); the province runs south to Pakistan (29.9 N)
    ("Helmand", "AFG", lambda lat, lon: lat < 31.4),
])
def test_a_subdivision_s_point_is_the_centre_of_its_land_not_of_its_towns(gaz, name, code, inland):
    p = gaz.geocode(name)
    assert (p.country, p.feature) == (code, "admin")
    assert inland(p.lat, p.lon), (p.lat, p.lon)


@pytest.mark.parametrize("name, lat, lon", [
    # GeoNames labels a few towns of Tibet "Hebei" and some of Xinjiang "Heilongjiang": the land around
    # them is not part of the province's area
    ("Hebei", 39.0, 116.0),
    ("Heilongjiang", 47.9, 127.8),
])
def test_a_subdivision_s_point_ignores_towns_mislabelled_far_away(gaz, name, lat, lon):
    p = gaz.geocode(name)
    assert (p.country, p.feature) == ("CHN", "admin")
    assert km(p.lat, p.lon, lat, lon) < 200, (p.lat, p.lon)


def test_geonames_spelling_of_a_subdivision_is_another_name(gaz):
    # pycountry writes "Amara" and "Oromia"; news and GeoNames write "Amhara" and "Oromiya"
    for name in ("Amhara", "Oromiya"):
        p = gaz.geocode(name)
        assert (p.country, p.feature) == ("ETH", "admin") and p.lat is not None
    # generic GeoNames names ("Eastern Province") are not indexed for a country's subdivision
    assert all(c.country != "RWA" for c in gaz.candidates("Eastern Province") if c.feature == "admin")


def test_admin_points_file_is_sane(gaz):
    rows = list(read_tsv(data_path("places", "admin_points.tsv")))
    assert len(rows) > 2000
    for row in rows:
        assert gaz.country_code(row["country"]) == row["country"], row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert int(row["towns"]) >= 1


# ---------------------------------------------------------------- parts of countries (country_parts.tsv)

def test_country_parts_table_gives_the_point_news_means(gaz):
    text = "Troops were pulled out of northern Syria on Sunday."
    part = with_direction(text, _found(gaz, text, "Syria"))
    row = next(r for r in read_tsv(data_path("places", "country_parts.tsv"))
               if (r["country"], r["direction"]) == ("SYR", "north"))
    assert (part.lat, part.lon) == (float(row["lat"]), float(row["lon"]))
    assert (part.placename, part.feature) == ("northern Syria", "region")


def test_country_parts_rows_lie_in_their_country():
    directions = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"}
    for row in read_tsv(data_path("places", "country_parts.tsv")):
        assert row["direction"] in directions, row
        lat, lon = float(row["lat"]), float(row["lon"])
        nearest = min(km(lat, lon, a, b) for a, b in country_cities(row["country"]))
        assert nearest < 300, row


def test_central_is_known_only_from_the_table(gaz):
    text = "Jihadists attacked villages in central Mali."
    part = with_direction(text, _found(gaz, text, "Mali"))
    assert (part.placename, part.country, part.feature) == ("central Mali", "MLI", "region")
    text = "Floods hit central Austria."
    austria = _found(gaz, text, "Austria")
    assert with_direction(text, austria) is austria


@pytest.mark.parametrize("text, phrase", [
    ("Protesters blocked roads in the north of Kosovo for a week.", "the north of Kosovo"),
    ("Troops moved into the eastern part of Ukraine overnight.", "the eastern part of Ukraine"),
])
def test_the_north_of_a_country(gaz, text, phrase):
    country = phrase.rsplit(" ", 1)[1]
    part = with_direction(text, _found(gaz, text, country))
    assert (part.placename, part.feature) == (phrase, "region")
    assert text[part.start:part.end] == phrase


@pytest.mark.parametrize("text, phrase, direction", [
    ("Drones struck targets in Syria's northeast on Monday.", "Syria's northeast", "northeast"),
    ("Russia massed troops near Ukraine's eastern border.", "Ukraine's eastern border", "east"),
    ("Gunmen killed ten people in Nigeria's north-west.", "Nigeria's north-west", "northwest"),
])
def test_a_country_s_part_after_its_possessive(gaz, text, phrase, direction):
    country = phrase.split("'")[0]
    found = _found(gaz, text, country)
    part = with_direction(text, found)
    assert (part.placename, part.feature) == (phrase, "region")
    assert text[part.start:part.end] == phrase
    expected = part_of_country(found.country, direction, phrase, part.start, part.end)
    assert (part.lat, part.lon) == (expected.lat, expected.lon)


def test_a_possessive_before_a_named_city_stays_the_country(gaz):
    text = "Troops entered Syria's northern city of Aleppo."
    syria = _found(gaz, text, "Syria")
    assert with_direction(text, syria) is syria


# ---------------------------------------------------------------- who holds a place

@pytest.mark.parametrize("text, code", [
    ("A jet was shot down over Pakistani-controlled Kashmir.", "PAK"),
    ("Militants attacked a police post in Indian-administered Kashmir.", "IND"),
    ("Protests spread across Kashmir.", None),
])
def test_held_by_picks_that_country_s_part(text, code):
    (place,) = find_places(text)
    assert place.placename == "Kashmir" and place.country == code and place.lat is not None


def test_held_by_a_country_without_a_part_keeps_the_place():
    (place,) = find_places("Explosions shook Russian-occupied Crimea.")
    assert (place.placename, place.country) == ("Crimea", "UKR")


# ---------------------------------------------------------------- possessives, metonyms, distances

def test_a_possessive_owning_an_abstract_noun_is_not_a_place():
    text = "The ministry accused foreign agents of interfering in Hong Kong's affairs."
    assert [p.placename for p in find_places(text)] == []
    text = "Police fired tear gas in Hong Kong's streets."
    assert [p.placename for p in find_places(text)] == ["Hong Kong"]


def test_a_metonym_that_is_a_big_city_is_still_a_place():
    assert names(find_places("Separatists seized the port of Aden on Sunday.")) == [("Aden", "YEM", "city")]
    assert find_places("Aden has accused the rebels of shelling.") == []     # the government speaking
    assert find_places("The Kremlin said nothing.") == []                   # a palace stays a metonym


@pytest.mark.parametrize("text, name, km_, bearing", [
    ("Rebels overran a base about 60 km north of Aden.", "Aden", 60, "north"),
    ("A bomb hit a market 20 miles (32 km) south of Baghdad.", "Baghdad", 32.2, "south"),
    ("Shelling hit a village 15 kilometres northeast of Kharkiv.", "Kharkiv", 15, "northeast"),
])
def test_a_distance_and_direction_moves_the_point(gaz, text, name, km_, bearing):
    found = _found(gaz, text, name)
    moved = with_direction(text, found)
    assert (moved.placename, moved.start, moved.end) == (found.placename, found.start, found.end)
    assert abs(km(found.lat, found.lon, moved.lat, moved.lon) - km_) < 2
    if "north" in bearing:
        assert moved.lat > found.lat
    if "south" in bearing:
        assert moved.lat < found.lat
    if "east" in bearing:
        assert moved.lon > found.lon
    assert moved.geonameid is None


def test_a_place_without_a_distance_is_not_moved(gaz):
    text = "Rebels overran a base north of Aden."
    aden = _found(gaz, text, "Aden")
    assert with_direction(text, aden) is aden


@pytest.mark.parametrize("text, name", [
    ("Peacekeepers were shipped out of the enclave of Gorazde Friday.", "Gorazde"),
    ("Troops withdrew from Kirkuk Tuesday after talks.", "Kirkuk"),
])
def test_a_bare_day_after_a_name_is_not_part_of_it(text, name):
    assert [p.placename for p in find_places(text)] == [name]


# ---------------------------------------------------------------- border zones

def test_the_neighbour_s_border_is_the_home_side_of_it():
    text = "Government troops deployed to several towns near the Turkish border on Monday."
    (place,) = unnamed_parts(text, 0, len(text), "SYR")
    assert (place.placename, place.country, place.feature) == ("the Turkish border", "SYR", "region")
    assert text[place.start:place.end] == place.placename
    syria = load_gazetteer().country_points["SYR"]
    assert place.lat > syria.lat + 1          # the north edge of Syria, not its middle
    text = "Rockets were fired along the border with Lebanon."
    (place,) = unnamed_parts(text, 0, len(text), "ISR")
    assert (place.placename, place.country) == ("the border with Lebanon", "ISR")
    assert km(place.lat, place.lon, 33.0, 35.3) < 60


def test_a_border_zone_lies_halfway_along_the_border():
    # The Syrian-Turkish border runs from the sea near Kassab (35.9 N, 36.0 E) to the Tigris
    # (37.1 N, 42.4 E); halfway along it is Tal Abyad's stretch, east of the Euphrates (38.0 E),
    # not the crowd of towns north of Aleppo.
    lat, lon = border_zone("SYR", "TUR")
    assert 36.3 < lat < 36.9 and 38.5 < lon < 39.4
    lat, lon = border_zone("TUR", "SYR")          # the Turkish side: north of the line
    assert 36.7 < lat < 37.3 and 38.5 < lon < 39.4


def test_border_zones_file_is_sane(gaz):
    rows = list(read_tsv(data_path("places", "border_zones.tsv")))
    assert len(rows) > 400
    for row in rows:
        assert gaz.country_code(row["home"]) == row["home"] and gaz.country_code(row["other"]) == row["other"], row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
    # a border is shared: each side of it is listed
    pairs = {(r["home"], r["other"]) for r in rows}
    assert all((other, home) in pairs for home, other in pairs)


def test_a_pair_without_outlines_has_its_border_zone_from_cities():
    # countryinfo has no outline for Serbia: its cities near Hungary's make the zone
    assert ("SRB", "HUN") not in border_zones()
    assert border_zone("SRB", "HUN") == border_zone_by_cities("SRB", "HUN") is not None


@pytest.mark.parametrize("text, home", [
    ("Shelling hit the Turkish border town of Akcakale.", "SYR"),   # the town is the place
    ("Troops massed on the Polish border.", "USA"),                 # no shared border
    ("Syrian troops massed on the Syrian border.", "SYR"),          # its own border
    ("The Turkish border guards shot two men.", "SYR"),             # people, not a place
])
def test_no_border_zone(text, home):
    assert unnamed_parts(text, 0, len(text), home) == []


def test_a_neighbour_s_border_on_the_side_of_another_country_of_the_story():
    text = "Troops deployed to several villages near the Turkish border on Monday."
    # the story is filed from the USA, which has no Turkish border: the next country it is about that has one
    (place,) = unnamed_parts(text, 0, len(text), "USA", ["TUR", "SYR", "IRQ"])
    assert (place.placename, place.country) == ("the Turkish border", "SYR")
    syria = load_gazetteer().country_points["SYR"]
    assert place.lat > syria.lat + 1
    # no country of the story borders it: nothing
    assert unnamed_parts(text, 0, len(text), "USA", ["GBR", "TUR"]) == []


def test_introduced_as_where_with_some_prepositions_only():
    text = "Germany will send tanks to Poland and troops in Lithuania."
    by_name = {p.placename: p for p in find_places(text)}
    poland, lithuania = by_name["Poland"], by_name["Lithuania"]
    assert introduced_as_where(text, poland) and introduced_as_where(text, lithuania)
    preps = frozenset({"in", "at", "near"})
    assert not introduced_as_where(text, poland, preps)
    assert introduced_as_where(text, lithuania, preps)


@pytest.mark.parametrize("text, name, where", [
    ("Bombs exploded in the capital Kabul on Monday.", "Kabul", True),
    ("Fighting raged in the port city Hodeidah.", "Hodeidah", True),
    ("The capital Kabul was calm.", "Kabul", False),          # no preposition before the kind of place
    ("Rebels shelled the city Aleppo overnight.", "Aleppo", False),   # a verb, not a preposition
])
def test_introduced_as_where_through_a_kind_of_place(text, name, where):
    place = [p for p in find_places(text) if p.placename == name][-1]
    assert introduced_as_where(text, place) is where


@pytest.mark.parametrize("text, name, country, capital", [
    ("Leaders met at the White House on Monday.", "White House", "USA", (38.9, -77.04)),
    ("Putin hosted the talks in the Kremlin.", "Kremlin", "RUS", (55.75, 37.62)),
])
def test_a_seat_of_power_after_a_locative_is_its_capital(text, name, country, capital):
    (place,) = find_places(text)
    assert (place.placename, place.country, place.feature) == (name, country, "city")
    assert text[place.start:place.end] == name
    assert km(place.lat, place.lon, *capital) < 10


@pytest.mark.parametrize("text", [
    "The White House said no.",
    "The Kremlin denied the report on Monday.",
    "Washington and the White House disagreed.",
])
def test_a_seat_of_power_without_a_locative_is_the_government(text):
    assert all(p.placename not in ("White House", "Kremlin") for p in find_places(text))
    assert geocode("White House") is None and geocode("Kremlin") is None


# ---------------------------------------------------------------- the gazetteer's on-disk cache

def _gazetteer_state(gaz: Gazetteer) -> dict:
    # every table, with each name's candidates in their order (the first one wins ties); the order
    # of the names themselves is not kept by the build either (sets of name variants are added)
    return dict(vars(gaz))


def test_cached_gazetteer_is_the_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    built = cached_gazetteer()                      # no cache yet: built, then stored
    assert [p.name for p in tmp_path.iterdir()] == [f"gazetteer-{gazetteer_fingerprint()}.pickle"]
    read = cached_gazetteer()                       # read back from the file
    assert read is not built
    assert _gazetteer_state(read) == _gazetteer_state(built)
    assert list(read._index) == list(built._index)  # the very same object, so even its order
    assert _gazetteer_state(read) == _gazetteer_state(load_gazetteer())
    text = "Clashes erupted in Aleppo and near the Turkish border town of Akcakale, Syria's state media said."
    assert read.find_places(text) == built.find_places(text)


def test_a_missing_gazetteer_is_built_in_another_process(tmp_path, monkeypatch):
    # the build's leftovers would otherwise stay in this process and in every worker forked from it
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))

    def no_build_here(self, *args, **kwargs):
        raise AssertionError("the gazetteer was built in the calling process")

    monkeypatch.setattr(Gazetteer, "__init__", no_build_here)
    gaz = cached_gazetteer()
    assert isinstance(gaz, Gazetteer) and len(gaz) > 100_000
    assert [p.name for p in tmp_path.iterdir()] == [f"gazetteer-{gazetteer_fingerprint()}.pickle"]


def test_the_gazetteer_is_built_here_when_no_other_process_can(tmp_path, monkeypatch):
    from eventwire import places

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(places.sys, "executable", str(tmp_path / "no-such-python"))
    gaz = cached_gazetteer()
    assert isinstance(gaz, Gazetteer) and len(gaz) > 100_000
    assert [p.name for p in tmp_path.iterdir()] == [f"gazetteer-{gazetteer_fingerprint()}.pickle"]


def test_gazetteer_cache_is_named_by_its_inputs(tmp_path, monkeypatch):
    from eventwire import data_files

    data = tmp_path / "data"
    shutil.copytree(data_files.DATA_DIR, data)
    monkeypatch.setattr(data_files, "DATA_DIR", data)
    first = gazetteer_fingerprint()
    assert gazetteer_fingerprint() == first
    assert gazetteer_fingerprint(min_city_population=5000) != first
    aliases = data / "places" / "aliases.tsv"
    aliases.write_text(aliases.read_text(encoding="utf-8") + "# one more line\n", encoding="utf-8")
    second = gazetteer_fingerprint()
    assert second != first
    countries = data / "actors" / "countries.tsv"
    countries.write_text(countries.read_text(encoding="utf-8") + "# one more line\n", encoding="utf-8")
    assert gazetteer_fingerprint() not in {first, second}


def test_gazetteer_cache_folder_and_off_switch(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert cache_dir() == tmp_path
    for off in ("", "0", "off", "OFF"):
        monkeypatch.setenv(CACHE_ENV, off)
        assert cache_dir() is None
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "eventwire"


def test_damaged_gazetteer_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    path = tmp_path / f"gazetteer-{gazetteer_fingerprint()}.pickle"
    path.write_bytes(b"not a pickle")
    (tmp_path / "gazetteer-0000.pickle").write_bytes(b"an older build")
    gaz = cached_gazetteer()
    assert isinstance(gaz, Gazetteer) and len(gaz) > 100_000
    assert isinstance(_unpickled(path.read_bytes()), Gazetteer)   # written again, whole
    assert [p.name for p in tmp_path.iterdir()] == [path.name]     # the older build is gone


def _border_zone_by_every_pair(home, other):
    # the search before the bounding box: every city of home against the grid of other's cities
    cell = 0.5
    grid = {}
    for lat, lon in country_cities(other):
        grid.setdefault((int(lat // cell), int(lon // cell)), []).append((lat, lon))
    near = []
    for lat, lon in country_cities(home):
        ci, cj = int(lat // cell), int(lon // cell)
        if any(km_between(lat, lon, b_lat, b_lon) <= BORDER_KM
               for di in (-1, 0, 1) for dj in (-1, 0, 1) for b_lat, b_lon in grid.get((ci + di, cj + dj), ())):
            near.append((lat, lon))
    if not near:
        return None
    return (round(sum(p[0] for p in near) / len(near), 4), round(sum(p[1] for p in near) / len(near), 4))


@pytest.mark.parametrize("home, other", [("SYR", "TUR"), ("TUR", "SYR"), ("ETH", "ERI"), ("USA", "CAN"), ("RUS", "UKR"),
                                         ("IND", "PAK"), ("CHN", "IND"), ("FRA", "AUS"), ("ISR", "LBN"), ("XXX", "SYR"),
                                         ("SYR", "XXX")])
def test_border_zone_by_cities_is_the_every_pair_search(home, other):
    assert border_zone_by_cities(home, other) == _border_zone_by_every_pair(home, other)


def test_a_dateline_city_with_accented_capitals_places_the_story(code):
    events = code("LOMÉ, April 27 (Wire) - Police arrested ten protesters on Thursday.")
    assert events and events[0]["event_loc"]["placename"] in {"Lomé", "LOMÉ"}
    assert all(a["entity_text"] != "LOMÉ" for e in events for a in e["actor"])


@pytest.mark.parametrize("text,name,code", [
    ("Gunmen attacked a checkpoint in Salahuddin province.", "Salahuddin", "IRQ"),
    ("Drones struck a depot near Deir Ezzor.", "Deir Ezzor", "SYR"),
    ("Fighting spread across Hadramout.", "Hadramout", "YEM"),
    ("Airstrikes hit Dahiyeh overnight.", "Dahiyeh", "LBN"),
    ("Protesters marched in Kut.", "Kut", "IRQ"),
])
def test_press_spellings_of_places_are_aliases(text, name, code):
    assert [(p.placename, p.country) for p in find_places(text)] == [(name, code)]


def test_an_air_base_under_its_press_name_is_the_base():
    places = find_places("Missiles struck the Ain al-Asad air base in western Iraq.")
    assert (places[0].placename, places[0].feature, places[0].country) == ("Ain al-Asad air base", "airport", "IRQ")


def test_a_dateline_below_a_headline_and_byline_places_the_story():
    text = "Drones hit fuel depot\nBy A. Writer\n\nLVIV, Ukraine (Wire) - Drones hit a fuel depot overnight."
    p = dateline_place(text)
    assert p is not None and (p.placename, p.country) == ("LVIV", "UKR") and text[p.start:p.end] == "LVIV"


def test_a_dateline_like_line_after_a_sentence_is_not_the_storys_dateline():
    assert dateline_place("Talks resumed on Monday.\nLVIV, Ukraine (Wire) - Drones hit a depot.") is None


# ---------------------------------------------------------------- a town whose country the text names

@pytest.mark.parametrize("text, expected", [
    # the gazetteer has no Sahelian Palma: the Spanish namesake is not the place
    ("Gunmen raided the eastern Malian town of Palma at dawn.", []),
    ("Shells hit the Syrian city of Aleppo.", [("Aleppo", "SYR", "city")]),
    ("Fighting spread to the Spanish city of Palma.", [("Palma", "ESP", "city")]),
    ("Mortars fell near the Turkish border town of Akcakale.", [("Akcakale", "TUR", "city")]),
])
def test_a_demonym_before_town_of_keeps_the_town_in_that_country(gaz, text, expected):
    assert names(gaz.find_places(text)) == expected


def test_a_town_told_of_in_passing_far_from_the_dateline_is_a_namesake(gaz):
    # the only Taza the gazetteer knows is in Morocco; "the town of Taza" in a story filed from Kirkuk is not it
    text = "KIRKUK, Oct 16 (Eventwire) - Iraqi forces shelled positions near the town of Taza."
    dateline = dateline_place(text, ["IRQ"])
    taza = _found(gaz, text, "Taza")
    assert far_namesake(text, taza, ["IRQ"], dateline) is True
    assert far_namesake(text, taza, ["IRQ", "MAR"], dateline) is False     # the story names Morocco
    assert far_namesake(text, taza, ["IRQ"], None) is False                 # no dateline: not judged
    rabat = "RABAT, Oct 16 (Eventwire) - Police raided houses in the town of Taza."
    assert far_namesake(rabat, _found(gaz, rabat, "Taza"), [], dateline_place(rabat)) is False


def test_the_scan_reads_a_repeated_word_once_and_as_before():
    from eventwire.places import _word_keys, find_places, fold

    text = "Shelling hit Kharkiv on Monday. Later, shelling hit Kharkiv and ISIS-held al-Qaim again."
    _word_keys.cache_clear()
    places = [p.placename for p in find_places(text)]
    assert places == ["Kharkiv", "Kharkiv", "al-Qaim"] and _word_keys.cache_info().hits >= 2  # "hit", "Kharkiv"
    assert _word_keys("Kharkiv") == ("kharkiv", fold("Kharkiv"), True, False)
    assert _word_keys("ISIS") == ("isis", "isis", True, True)
    assert _word_keys("ISIS-held")[2] is False  # "held by" words never begin a name
    assert _word_keys("al-Qaim")[2] is True


def test_place_finder_word_lists_are_read_from_the_place_data():
    """Knowledge, not code: the place finder's word lists live in data/places."""
    import eventwire.places as places
    from eventwire.places import Gazetteer

    lists = {"generic_admin_words.txt": places._GENERIC_ADMIN_WORDS, "of_heads.txt": places._OF_HEADS,
             "government_verbs.txt": places._SPEECH_VERBS, "titles.txt": places._TITLES,
             "possessive_place_nouns.txt": places._POSSESSIVE_PLACE_NOUNS,
             "abstract_after_possessive.txt": places._ABSTRACT_AFTER_POSS, "day_month_words.txt": places._DAY_MONTH,
             "qualifier_words.txt": places._QUALIFIER_WORDS, "locative_words.txt": places._LOC_PREPS}
    for name, words in lists.items():
        assert words == Gazetteer._read_list(name)
    assert {"governorate", "far"} <= places._GENERIC_ADMIN_WORDS
    assert {"outskirts", "environs"} <= places._OF_HEADS
    assert {"said", "sanctioned"} <= places._SPEECH_VERBS
    assert {"gen", "ayatollah"} <= places._TITLES
    assert {"airspace", "square"} <= places._POSSESSIVE_PLACE_NOUNS
    assert {"sovereignty", "ties"} <= places._ABSTRACT_AFTER_POSS
    assert {"friday", "sept"} <= places._DAY_MONTH
    assert {"downtown", "greater"} <= places._QUALIFIER_WORDS and places._QUALIFIER_WORDS <= places._ADJ
    assert {"in", "entered", "shelled"} <= places._LOC_PREPS


def test_a_small_town_is_found_where_the_text_places_it_in_the_articles_country():
    from eventwire.places import find_places

    # Kankara (about 10,000 people) is not among the cities of 15,000 or more
    text = "Gunmen seized hundreds of pupils from a school in Kankara late on Friday."
    found = find_places(text, countries=["NGA"])
    assert [(p.placename, p.country) for p in found] == [("Kankara", "NGA")]
    assert abs(found[0].lat - 11.93) < 0.1
    # not without a country the article is about, and not without place context
    assert find_places(text, countries=["GHA"]) == []
    assert find_places("Kankara said on Friday that it would stay.", countries=["NGA"]) == []


def test_a_town_of_a_thousand_people_is_found_where_the_text_places_it():
    from eventwire.places import find_places

    # Putre (about 2,800 people) is below cities5000: the small-town index reads cities1000
    text = "Soldiers set up a checkpoint near the town of Putre on Tuesday."
    found = find_places(text, countries=["CHL"])
    assert [(p.placename, p.country) for p in found] == [("Putre", "CHL")]
    assert abs(found[0].lat - -18.2) < 0.1
    assert find_places(text, countries=["NGA"]) == []


def test_a_compass_word_before_a_sea_names_the_part_listed_in_regions():
    from eventwire.places import find_places, km_between, with_direction

    text = "Navy commandos boarded a cargo ship in the eastern Mediterranean on Monday."
    [place] = [with_direction(text, p) for p in find_places(text)]
    assert (place.placename, place.feature, place.country) == ("eastern Mediterranean", "region", None)
    assert text[place.start:place.end] == "eastern Mediterranean"
    assert km_between(place.lat, place.lon, 33.5, 33.0) < 200      # off Cyprus and the Levant, not off Sicily
    # the sea named alone keeps its own point
    text = "Navy commandos boarded a cargo ship in the Mediterranean on Monday."
    [place] = [with_direction(text, p) for p in find_places(text)]
    assert (place.lat, place.lon) == (35.0, 18.0)


def test_a_town_in_the_articles_country_beats_a_bigger_namesake_abroad():
    from eventwire.places import find_places

    # Morelia: a Mexican city of 740,000 people and a Colombian town of about 2,000
    text = "Guerrillas attacked a police post in the town of Morelia on Friday."
    [place] = find_places(text, countries=["COL"])
    assert (place.placename, place.country) == ("Morelia", "COL")
    # a story about neither keeps the big city; a story about Mexico its own
    assert [p.country for p in find_places(text, countries=["FRA"])] == ["MEX"]
    assert [p.country for p in find_places(text, countries=["MEX", "COL"])] == ["MEX"]
    # with a demonym before "town of", the town of that country
    [place] = find_places("Guerrillas attacked the Colombian town of Morelia on Friday.", countries=["FRA"])
    assert place.country == "COL"


def test_a_town_of_the_articles_country_beats_a_region_abroad_of_that_name():
    from eventwire.places import find_places

    # Uri: a Swiss canton and a small town in Indian Kashmir; "the town of" says which one a Kashmir story means
    text = "Gunmen attacked an army post in the town of Uri on Sunday."
    [place] = find_places(text, countries=["IND", "PAK"])
    assert (place.placename, place.country, place.feature) == ("Uri", "IND", "city")
    # named without "town of", or in a story about neither country, the canton stays
    assert [p.country for p in find_places(text, countries=["FRA"])] == ["CHE"]


def test_the_city_in_an_events_clause_is_the_last_city_named_before(code):
    events = code("NAIROBI, March 15 (Eventwire) - Rebels attacked the eastern Congolese city of Goma on Monday. "
                  "On Tuesday, soldiers opened fire on a crowd in the city centre, killing five people.")
    fired = [e for e in events if e["event_text"] and e["event_text"][0].startswith("opened")]
    assert fired and fired[0]["event_loc"]["placename"] == "Goma"


def test_the_city_a_statement_speaks_of_does_not_place_the_statement(code):
    events = code("NAIROBI, March 15 (Eventwire) - Rebels attacked the eastern Congolese city of Goma on Monday. "
                  "The Kenyan president accused the rebels of bringing violence to the city.")
    accused = [e for e in events if e["event"] == ["ACCUSE"]]
    assert accused and accused[0]["event_loc"]["placename"] == "NAIROBI"


def test_the_capital_is_the_capital_of_the_home_country():
    text = "Soldiers patrolled the capital on Tuesday night."
    parts = [p for p in unnamed_parts(text, 0, len(text), "NPL") if p.placename == "the capital"]
    assert parts and parts[0].country == "NPL" and abs(parts[0].lat - 27.7) < 0.2, parts
    # a capital named with it is found by its own name; "the capital of Chad" names another country's
    for text in ("Police patrolled the capital, Kathmandu, on Monday.", "Rebels neared the capital of Chad."):
        assert not [p for p in unnamed_parts(text, 0, len(text), "NPL") if p.placename == "the capital"], text


def test_the_region_is_the_last_region_named_before_it():
    from eventwire.places import region_referred_to

    text = "Fighting spread in the Donbas region on Monday. Russia sent more troops into the region on Tuesday."
    at = text.index("Russia")
    place = region_referred_to(text, [(at, len(text))], ["UKR", "RUS"])
    assert place is not None and place.placename == "the region" and place.country == "UKR", place
    # no region named before: nothing to refer to
    text = "Iraq and Syria were quiet. The Pentagon sent 750 paratroopers to the region."
    assert region_referred_to(text, [(text.index("The"), len(text))], ["IRQ", "SYR"]) is None


def test_islands_on_the_korean_sea_border_are_places_of_south_korea(gaz):
    # not in the town tables: "the South Korean island of Yeonpyeong" must not fall back to the dateline
    for name in ("Yeonpyeong", "Yeonpyeong Island", "Baengnyeong"):
        p = gaz.geocode(name)
        assert p is not None and p.country == "KOR" and 37.0 < p.lat < 38.5 and 124.0 < p.lon < 126.0, name


def test_large_islands_are_regions_of_their_country(gaz):
    # "the island of Bali" is Indonesia's island, not the Cameroonian town of that name (regions.tsv)
    for name, code, lat, lon in [("Bali", "IDN", -8.4, 115.2), ("Java", "IDN", -7.3, 110.0), ("Luzon", "PHL", 16.5, 121.0)]:
        p = gaz.geocode(name)
        assert p.country == code and km(p.lat, p.lon, lat, lon) < 100, (name, p)


def test_a_compass_part_of_a_city_is_no_part_of_the_country():
    # "in the western suburbs" is a part of the city told of, not western China; "in the west" still is
    text = "Residents set fire to army trucks in the western suburbs."
    assert unnamed_parts(text, text.index("the western"), len(text) - 1, "CHN") == []
    text = "Fighting spread in the west."
    assert [p.feature for p in unnamed_parts(text, text.index("the west"), len(text) - 1, "CHN")] == ["region"]


def test_eastern_ghouta_is_a_region_of_syria(gaz):
    # the rebel-held farmland east of Damascus, named in Syrian war news without "Damascus"
    for name in ("Ghouta", "Eastern Ghouta"):
        place = gaz.geocode(name)
        assert place is not None and (place.country, place.feature) == ("SYR", "region"), (name, place)


def test_the_capital_of_a_country_with_namesake_towns_is_the_most_populous():
    # towns named like the capital share its flag in the gazetteer ("Washington", Utah): the capital is
    # the largest of them
    text = "Thousands of marchers filled the capital on Saturday."
    parts = [p for p in unnamed_parts(text, 0, len(text), "USA") if p.placename == "the capital"]
    assert parts and km_between(parts[0].lat, parts[0].lon, 38.9, -77.04) < 20, parts


def test_a_plural_kind_word_cues_a_name_that_is_also_a_common_word():
    # "shire" is an English word, so the name needs a cue; "the towns of" is one, as "the town of" is
    found = [(p.placename, p.country) for p in find_places("Troops entered the towns of Shire and Adwa.",
                                                            countries=["ETH"])]
    assert ("Shire", "ETH") in found, found
    assert not find_places("Hobbits live in the Shire."), "a bare common word is no place"


@pytest.mark.parametrize("text, expected", [
    # the only Aba the gazetteer knows is Nigerian: the writer put this one in China
    ("Troops sealed off Aba, a Tibetan town in Sichuan province, after the protest.", [("Sichuan", "CHN", "admin")]),
    ("Rebels entered Palma, a small town in northern Mozambique, at dawn.", [("Mozambique", "MOZ", "country")]),
    ("Storms flooded Palma, a city in Spain.", [("Palma", "ESP", "city"), ("Spain", "ESP", "country")]),
])
def test_a_town_the_text_puts_in_a_province_or_country_is_not_a_namesake_elsewhere(gaz, text, expected):
    assert names(gaz.find_places(text)) == expected


def test_a_town_said_to_be_in_a_country_is_not_its_namesake_elsewhere():
    # Tripoli is Libya's capital, but "in northern Lebanon" says which Tripoli
    places = find_places("Gunmen attacked a checkpoint near the town of Tripoli in northern Lebanon on Monday.")
    tripoli = next(p for p in places if p.placename == "Tripoli")
    assert tripoli.country == "LBN", tripoli
    places = find_places("Gunmen attacked a checkpoint in Tripoli on Monday.")
    assert next(p for p in places if p.placename == "Tripoli").country == "LBY"
