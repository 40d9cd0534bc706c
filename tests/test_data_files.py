"""The shared readers of the data files."""
from eventwire import arguments, mentions
from eventwire.data_files import generic_name_heads


def test_generic_name_heads_are_read_once_as_written():
    heads = generic_name_heads()
    assert "Party" in heads and "Forces" in heads and "party" not in heads  # capitalised, as in names
    assert heads is generic_name_heads()  # one reading, cached
    assert mentions.generic_name_heads is generic_name_heads
    assert arguments.GENERIC_NAME_HEADS == frozenset(w.lower() for w in heads)
