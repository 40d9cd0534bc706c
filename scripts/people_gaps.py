"""List, per country and office, the years 1990-2025 in which people.tsv has nobody in office.

    python scripts/people_gaps.py                 # the countries of the audit, all four offices
    python scripts/people_gaps.py USA RUS         # some countries
    python scripts/people_gaps.py --role foreign_minister

A year counts as a gap when more than MAX_VACANT_DAYS of it are covered by no term of the office
(short acting or caretaker spells between two holders are not worth a row). A head of government is
checked only for countries with at least one head_of_government row: a president who also heads the
government has only a head_of_state row (README.md).
"""
from __future__ import annotations

import argparse
from datetime import date, timedelta
from functools import lru_cache

from eventwire.actors import _term_date
from eventwire.data_files import data_path, read_tsv

FIRST_YEAR, LAST_YEAR = 1990, 2025
MAX_VACANT_DAYS = 60
ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
# The G20, the permanent Security Council members and the countries most in conflict news.
AUDITED = ("ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF "
           "UKR ISR IRN IRQ SYR LBN YEM AFG PAK MMR ETH SDN SSD SOM COD NGA MLI BFA NER LBY EGY "
           "VEN COL HTI PRK QAT ARE BLR GEO ARM AZE SRB XKX").split()
# States that did not exist for all of 1990-2025 are checked from their first year.
FIRST_YEAR_OF = {"SSD": 2012, "XKX": 2008, "UKR": 1992, "BLR": 1992, "GEO": 1992, "ARM": 1992, "AZE": 1992,
                 "SRB": 1992, "RUS": 1992}


@lru_cache(maxsize=1)
def people_rows() -> tuple[dict[str, str], ...]:
    return tuple(read_tsv(data_path("actors", "people.tsv")))


def office_terms(code: str, role: str) -> list[tuple[date, date]]:
    """The (start, end) of every term of one office; an open end is today."""
    out = []
    for row in people_rows():
        if row["code"] == code and row.get("role") == role:
            start = _term_date(row.get("start"), first=True) or date(FIRST_YEAR, 1, 1)
            end = _term_date(row.get("end"), first=False) or date(LAST_YEAR, 12, 31)
            out.append((start, end))
    return out


def vacant_years(terms: list[tuple[date, date]], first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> list[int]:
    """The years of which more than MAX_VACANT_DAYS are covered by no term."""
    years = []
    for year in range(first_year, last_year + 1):
        day, vacant = date(year, 1, 1), 0
        while day.year == year:
            if not any(start <= day <= end for start, end in terms):
                vacant += 1
            day += timedelta(days=1)
        if vacant > MAX_VACANT_DAYS:
            years.append(year)
    return years


def year_ranges(years: list[int]) -> str:
    """[1990, 1991, 1992, 1995] -> '1990-1992 1995'."""
    spans: list[list[int]] = []
    for year in years:
        if spans and spans[-1][1] == year - 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return " ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def gaps(codes: list[str], roles: tuple[str, ...]) -> list[tuple[str, str, list[int]]]:
    out = []
    for code in codes:
        for role in roles:
            terms = office_terms(code, role)
            if role == "head_of_government" and not terms:
                continue
            years = vacant_years(terms, FIRST_YEAR_OF.get(code, FIRST_YEAR))
            if years:
                out.append((code, role, years))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("codes", nargs="*", default=AUDITED)
    parser.add_argument("--role", choices=ROLES, action="append")
    args = parser.parse_args()
    for code, role, years in gaps(args.codes, tuple(args.role or ROLES)):
        print(f"{code}\t{role}\t{len(years)}\t{year_ranges(years)}")


if __name__ == "__main__":
    main()
