"""Numbers of report text (text/numbers.py): currencies written with a country letter before the dollar sign.

The figures below are written for these tests, in the style of Australian, Canadian and Hong Kong filers' notes."""

from __future__ import annotations

from assistant.text.numbers import claims


def test_dollars_of_other_countries_are_money_claims():
    got = [(n.raw, n.value) for n in claims("Revenue was A$1.12 billion, EBITDA C$360 million and the target HK$41.")]
    assert got == [("A$1.12 billion", 1.12e9), ("C$360 million", 3.6e8), ("HK$41", 41.0)]
    assert [n.raw for n in claims("NZ$2.5 bn and US$15")] == ["NZ$2.5 bn", "US$15"]


def test_a_dollar_sign_inside_a_word_is_still_no_claim():
    assert claims("the Lumen$5 plan") == []
