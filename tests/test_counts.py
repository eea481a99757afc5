"""Counting words (``assistant/text/counts.py``): the one table of ordinal words each reader takes its range from.
Wordings written for these tests (fictional filers and exporters)."""

from __future__ import annotations

from assistant.answer import prose_rankings as K
from assistant.text.counts import ORDINAL_WORDS, alternation, ordinals
from assistant.text.periods import periods_named


def test_ordinals_in_a_range_with_their_digit_forms():
    assert list(ORDINAL_WORDS) == ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                   "ninth", "tenth"]
    assert ordinals(1, 4) == {"first": 1, "second": 2, "third": 3, "fourth": 4}
    assert list(ordinals(1, 4, digits=True)) == ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"]
    assert alternation(ordinals(2, 10, digits=True)).endswith("|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th")


def test_a_quarter_and_a_rank_are_read_in_words_or_digits():
    assert periods_named("What were Dunmore Tools' net sales in the 3rd quarter of 2025?") == ["Q3 2025"]
    assert periods_named("What were Dunmore Tools' net sales in the third fiscal quarter of 2025?") == ["Q3 2025"]
    assert K.asks_rank("Was Valdora the 4th-largest honey exporter by value in 2024?") == \
        ("Valdora", ("fourth", "largest"), "value")
    assert K.asks_rank("Was Valdora the tenth largest exporter?") == ("Valdora", ("tenth", "largest"), None)
