"""What a question asks (``assistant/query/intent.py``): the metrics it names, the calculations it names, the
figures it asks computed, where a span it names is placed. Every filer and wording is fictional, written for
these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.documents.metadata import parse_cover
from assistant.query.intent import asks_computed, metrics_in, named_calculations, states_computed
from assistant.types import DocMeta
from finance_filings import memory_index


# ---- a revenue word naming another item asks no revenue (session 28) -------------------------------------------------
# Session 28 (#10): a revenue word that modifies another noun, or names what another item turns into, asks no
# revenue figure. Wordings written for these tests (fictional filers).

@pytest.mark.parametrize("question", [
    "How much revenue visibility did Corvane Systems' order book give it at the end of 2025? Give the backlog at "
    "June 30, 2025 against a year earlier, its growth, and how much of it the company expects to convert into revenue "
    "within 12 months.",
    "What revenue recognition policy does Pellmar Labs apply to its multi-year service contracts in 2024?",
    "How much of Corvane's 2025 backlog does it expect to be recognized as revenue in the next year?",
])
def test_a_revenue_word_naming_another_item_asks_no_revenue(question):
    assert "revenue" not in metrics_in(question)


@pytest.mark.parametrize("question", [
    "How much revenue did Corvane Systems recognize in 2025?",
    "What was Corvane's revenue growth from 2024 to 2025?",
    "How much of the backlog will be recognized as revenue, and what was revenue in 2025?",
    "What were Pellmar Labs' net sales in fiscal 2024?",
])
def test_revenue_asked_as_a_figure_is_still_revenue(question):
    assert "revenue" in metrics_in(question)


# ---- "effective income tax rate" is the effective tax rate (session 28) ----------------------------------------------
# Session 28 (#10): "effective income tax rate" (the name many filers print) is the effective tax rate.

def test_effective_income_tax_rate_is_the_effective_tax_rate():
    assert named_calculations("What was Kendrow's effective income tax rate in fiscal 2025?") == ["effective_tax_rate"]


# ---- the rest of a year implied by a full-year outlook and the results so far (session 29) ---------------------------
# Session 29 (#11): an implied fourth quarter is a computed figure that no input quote states (written for these
# tests, fictional filers).

def test_an_implied_fourth_quarter_is_a_computed_figure_no_input_quote_states():
    from assistant.query.intent import asks_computed, states_computed

    q = ("What fourth-quarter 2026 sales and adjusted EBITDA does the midpoint of Osterly's raised full-year outlook "
         "imply, given its results for the first nine months?")
    assert asks_computed(q) == "remainder"
    nine_months = "Over the nine months to September 30, net sales were $712.4 million and adjusted EBITDA $96.0 million."
    assert not states_computed("remainder", nine_months)
    assert states_computed("remainder", "The outlook implies fourth-quarter net sales of about $250 million.")
    # a quarter's own outlook states its figure outright; a rate implied by a forecast's two ends is no rest of a year
    assert asks_computed("What Q4 sales does Osterly's fourth-quarter outlook imply at its midpoint?") is None
    assert asks_computed("What will the market be worth in 2030, and what yearly rate of growth is implied?") is None


# ---- a span ending on a release's closing day (session 30) -----------------------------------------------------------
# Session 30 (#10/#11, own-document filings): an earnings release reporting its quarter together with the year to date
# that ends on the same day (its third quarter and nine months, or its three and six months, then ended) closes on that
# day, so its year-to-date columns answer a question naming the span by its end date (the span is placed in the
# company's own report, ``query.intent.span_unplaced``).
#
# Every filer, row, sentence and question below is written for these tests (fictional filers).

OSTR_RELEASE = ("# Ostrander Laundry Services Reports Third Quarter 2026 Results\n\n"
                "TULSA, Oklahoma, November 3, 2026 -- Ostrander Laundry Services, Inc. (NASDAQ: OSLS), an operator of "
                "commercial laundries, today reported its results for the third fiscal quarter and the nine months "
                "ended October 3, 2026. Table amounts are stated in thousands.\n")
OSTR_TABLE = """## CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS

| (Unaudited; in thousands) | Q3 2026 | Q3 2025 | Nine months 2026 | Nine months 2025 |
|---|---|---|---|---|
| Net revenue | $96,410 | $90,118 | $280,622 | $262,905 |
| Cost of services | 61,204 | 58,331 | 179,880 | 170,414 |
| Income from operations | 18,115 | 16,402 | 51,306 | 46,770 |
| Interest expense, net | 3,118 | 3,402 | 9,517 | 10,206 |
| Income before income taxes | 14,997 | 13,000 | 41,789 | 36,564 |
| Income tax expense | 3,750 | 3,185 | 10,530 | 8,995 |
| Net income | $11,247 | $9,815 | $31,259 | $27,569 |
"""


def test_a_span_ending_on_the_releases_closing_day_reads_its_nine_month_column():
    end = parse_cover(OSTR_RELEASE)["period_end"]
    ostr = DocMeta(doc_id="ostrq3", doc="ostrander_laundry_q3_2026_earnings_release",
                   source="ostrander_laundry_q3_2026_earnings_release.md", company="Ostrander Laundry Services",
                   fiscal_year=2026, period="Q3 2026", doc_type="earnings release", extra={"period_end": end})
    index = memory_index([(ostr, {1: OSTR_RELEASE + "\n" + OSTR_TABLE})])
    a = answer_question("What was the effective tax rate of OSLS over the nine months ended October 3, 2026?", index)
    assert a is not None and not a.refused, a and a.text
    assert "25.2%" in a.text and "9M 2026" in a.text, a.text  # 10,530 / 41,789
