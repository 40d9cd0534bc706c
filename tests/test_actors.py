"""The actor knowledge base: names, demonyms, metonyms, organisations, agent words."""
import pytest

from eventwire.actors import find_names, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize(
    "name, code, sector",
    [
        ("Iran", "IRN", None),
        ("Iranian", "IRN", None),
        ("Russians", "RUS", None),
        ("the Kremlin", "RUS", "GOV"),
        ("the White House", "USA", "GOV"),
        ("Washington", "USA", "GOV"),
        ("Tehran", "IRN", "GOV"),
        ("U.S.", "USA", None),
        ("United Nations", "UNO", None),
        ("European Union", "EUR", None),
        ("NATO", "IGO", None),
        ("Hamas", "PSE", "REB"),
    ],
)
def test_lookup(kb, name, code, sector):
    entry = kb.lookup(name)
    assert entry is not None, name
    assert entry.code == code
    if sector is not None:
        assert entry.sector == sector


def test_every_country_has_a_row(kb):

    from eventwire.data_files import data_path, read_tsv

    codes = {row["code"] for row in read_tsv(data_path("actors", "countries.tsv"))}
    assert len(codes) >= 193
    assert {"USA", "RUS", "CHN", "PSE", "UKR", "SSD"} <= codes


def test_unknown_name_is_none(kb):
    assert kb.lookup("Zorblaxia") is None


def test_acronyms_match_case_sensitively(kb):
    assert kb.lookup("US") is not None
    assert kb.lookup("us") is None


def test_agent_sectors(kb):
    assert kb.agent_sector("troops") == "MIL"
    assert kb.agent_sector("police") == "COP"
    assert kb.agent_sector("president") == "GOV"
    assert kb.agent_sector("rebels") == "REB"


def test_find_names_longest_first(kb):
    words = ["the", "United", "States", "and", "South", "Korea"]
    codes = [m[2].code for m in find_names(words, kb)]
    assert codes == ["USA", "KOR"]
