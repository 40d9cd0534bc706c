"""Shared records (eventwire.records)."""
from eventwire.records import Entity, first_of_each


def test_first_of_each_keeps_the_first_entity_of_every_key_in_order():
    a = Entity("Iran", "Iran", "IRN", None, 0, 4)
    b = Entity("Tehran", "Iran", "IRN", "GOV", 10, 16)
    c = Entity("Iraq", "Iraq", "IRQ", None, 20, 24)
    assert first_of_each([a, b, c], lambda e: e.code) == [a, c]
    assert first_of_each([a, b, c], lambda e: (e.code, e.start)) == [a, b, c]
