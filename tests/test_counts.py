"""Casualty and arrest counts come from the event's own clause."""


def _sizes(code, text, etype):
    return [e["size"] for e in code(text) if e["event"] == [etype]]


def test_killing_participle_counts_dead(code):
    sizes = _sizes(code, "U.S. jets bombed a camp in Syria, killing some 25 of the group's fighters.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 25


def test_wounded_and_killed_in_one_clause(code):
    sizes = _sizes(code, "A suicide bomber attacked a market in Kabul, killing 12 people and wounding 30 others.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 12 and sizes[0]["injured"] == 30


def test_arrest_count(code):
    sizes = _sizes(code, "Police in Kenya arrested 40 protesters in Nairobi on Tuesday.", "COERCE")
    assert sizes and sizes[0]["arrested"] == 40


def test_number_words(code):
    sizes = _sizes(code, "Gunmen attacked a police station in Nigeria, killing seven officers.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 7


def test_count_of_another_clause_is_not_taken(code):
    sizes = _sizes(code, "Iraqi troops attacked the town, which had 5000 residents.", "ASSAULT")
    assert sizes and sizes[0]["dead"] is None


def test_dates_are_not_counts(code):
    sizes = _sizes(code, "Israeli jets bombed Gaza on 12 May, killing three people.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 3
