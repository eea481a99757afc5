"""Numbers of report text (text/numbers.py): currencies written with a country letter before the dollar sign.

The figures below are written for these tests, in the style of Australian, Canadian and Hong Kong filers' notes."""

from __future__ import annotations

from assistant.text.numbers import MONEY_NAMED, claims


def test_dollars_of_other_countries_are_money_claims():
    got = [(n.raw, n.value) for n in claims("Revenue was A$1.12 billion, EBITDA C$360 million and the target HK$41.")]
    assert got == [("A$1.12 billion", 1.12e9), ("C$360 million", 3.6e8), ("HK$41", 41.0)]
    assert [n.raw for n in claims("NZ$2.5 bn and US$15")] == ["NZ$2.5 bn", "US$15"]


def test_a_dollar_sign_inside_a_word_is_still_no_claim():
    assert claims("the Lumen$5 plan") == []


# ---- money named in a question (session 30) --------------------------------------------------------------------------
# Session 30 (#11): a question naming money ("the value of", "worth", "in CHF", "in euros", "by value":
# ``MONEY_NAMED``). Wordings written for these tests.

def test_money_named_in_a_question():
    for q in ("What was the value of the world cargo bike market in 2024?", "What were sales in Europe in CHF?",
              "How big was the market in euros?", "Which region had the largest sales by value?",
              "What was the European market worth?"):
        assert MONEY_NAMED.search(q), q
    for q in ("How many cargo bikes were sold in Europe in 2024?", "What were cargo bike sales in Europe in 2024?",
              "Which region valued speed most?", "What does CHFX stand for?"):
        assert not MONEY_NAMED.search(q), q
