"""A word's plural folded (``assistant/text/stems.py``): ``word_stem`` and its light form without the "-ies" rule,
``word_folded``."""

from __future__ import annotations

from assistant.text.stems import word_folded, word_stem


def test_a_plural_made_singular():
    assert word_stem("Companies'") == "company" and word_stem("dividends") == "dividend"
    assert word_stem("firm's") == "firm" and word_stem("class") == "class"


def test_the_light_fold_drops_only_a_final_s():
    assert word_folded("companies") == "companie"  # no "-ies" rule: the prose matchers cut it to its first letters
    assert word_folded("Sales") == "sale" and word_folded("Firm's") == "firm"
    assert word_folded("class") == "class" and word_folded("bus") == "bus"  # "-ss" and three letters kept
