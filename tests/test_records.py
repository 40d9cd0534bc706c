"""Shared records (eventwire.records)."""
from eventwire.records import Entity, first_of_each


def test_first_of_each_keeps_the_first_entity_of_every_key_in_order():
    a = Entity("Iran", "Iran", "IRN", None, 0, 4)
    b = Entity("Tehran", "Iran", "IRN", "GOV", 10, 16)
    c = Entity("Iraq", "Iraq", "IRQ", None, 20, 24)
    assert first_of_each([a, b, c], lambda e: e.code) == [a, c]
    assert first_of_each([a, b, c], lambda e: (e.code, e.start)) == [a, b, c]


def test_an_entity_copy_is_equal_and_apart_from_its_original():
    from eventwire.records import Entity

    original = Entity("Kenyan police", "police", "KEN", "COP", 10, 23, inferred=True)
    twin = original.copy()
    assert twin == original and twin is not original and type(twin) is Entity
    twin.code = "UGA"
    assert original.code == "KEN"
