"""A figure computed over several stated figures (an average of several quarters, the gap between two price series)
is never answered by one stated figure: a quote answers only when its own words state that average or gap. Every
text below is written for this test (a fictional metals broker's note)."""

from __future__ import annotations

from assistant.query.intent import asks_computed, states_computed
from assistant.types import DocMeta
from one_page import pages_answerer

NOTE = DocMeta(doc_id="dcu", doc="copper_outlook_2025", source="/r/copper_outlook_2025.pdf",
               title="Copper: Concentrate, Cathode and the Price Deck", company=None, doc_type="market report",
               fiscal_year=2025)  # fmt: skip
PRICES = """Prices
Spot cathode copper averaged US$8,450/t in the fourth quarter of 2024, up 6% from US$7,970/t in the third quarter
and 9% above the US$7,750/t of the first quarter.
Contract-priced cathode averaged US$8,640/t in the fourth quarter of 2024 under annual supply agreements.
Contract cathode premiums for 2025 were settled at US$180/t, against US$230/t for 2024, as Chinese smelter output rose.
Refined copper demand grew 3.1% in 2024 to 26.4 million tonnes, with grid investment the largest contributor.
"""
YEAR = """Prices
For 2024 as a whole, spot cathode copper averaged US$8,105/t, against US$8,390/t in 2023, as Chinese smelter output rose.
Refined copper demand grew 3.1% in 2024 to 26.4 million tonnes, with grid investment the largest contributor.
"""


def test_computations_over_several_figures_are_recognised():
    assert asks_computed("Averaging the four quarters of 2024, what was the spot price of cathode copper?") == "average"
    assert asks_computed("What was Tamsin Mining's average quarterly revenue in fiscal 2024?") == "average"
    assert asks_computed("Over the last three years, how much did Tamsin spend on average on capex?") == "average"
    assert asks_computed("What was the spread of contract over spot cathode prices in the fourth quarter?") == "gap"
    assert asks_computed("How much more did contract cathode cost than spot cathode in the fourth quarter?") == "gap"
    # a level that is an average by name, and a change of one measure between two periods, are not
    assert asks_computed("What was Tamsin's average selling price per tonne in 2024?") is None
    assert asks_computed("What is the difference between FY2023 and FY2024 revenue?") is None
    assert asks_computed("How much higher was spot cathode in 2024 than in 2023?") is None
    assert asks_computed("How much higher was spot cathode than a year earlier?") is None
    # two year-to-date spans compared are a change between periods, not a gap between two series
    assert asks_computed("How much less did Tamsin spend on exploration in the first half of 2025 than in the first "
                         "half of 2024?") is None
    assert asks_computed("How much more did Tamsin mine in the nine months ended September 30, 2025 than in the nine "
                         "months ended September 30, 2024?") is None
    assert states_computed("average", "For 2024 as a whole, spot cathode averaged US$8,105/t.")
    assert not states_computed("average", "Spot cathode averaged US$8,450/t in the fourth quarter of 2024.")
    assert states_computed("gap", "Contract cathode held a premium of US$190/t over spot in the fourth quarter.")
    assert states_computed("gap", "A smelter uses about twice the power of a refinery per tonne of copper.")
    assert not states_computed("gap", "Spot cathode averaged US$8,450/t in the fourth quarter of 2024.")


def test_an_average_of_quarters_is_not_answered_by_one_quarters_figure():
    ans = pages_answerer(NOTE, {2: PRICES}).ask("Averaging the four quarters of 2024, what was the spot price of "
                                                "cathode copper?")
    assert ans.refused and "8,450" not in ans.text
    # the quarter's own figure is still quoted for the quarter
    one = pages_answerer(NOTE, {2: PRICES}).ask("What was the spot cathode copper price in the fourth quarter of 2024?")
    assert one.mode == "extract" and "8,450" in one.text


def test_a_stated_average_for_the_year_still_answers():
    ans = pages_answerer(NOTE, {2: YEAR}).ask("What was the average spot cathode copper price across the four "
                                              "quarters of 2024?")
    assert ans.mode == "extract" and "8,105" in ans.text


def test_a_gap_between_two_series_is_not_answered_by_one_of_them():
    for question in ("How wide was the gap between contract-priced and spot cathode copper in the fourth quarter of "
                     "2024, per tonne?",
                     "What was the spread of contract over spot cathode copper prices in the fourth quarter of 2024?"):
        ans = pages_answerer(NOTE, {2: PRICES}).ask(question)
        assert ans.refused and "8,450" not in ans.text and "8,640" not in ans.text, ans.text
