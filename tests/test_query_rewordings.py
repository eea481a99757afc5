"""Other analysts' wordings restated in the grammar mia reads (``query.rewordings``). Every company and wording below
is written for this test."""

from __future__ import annotations

import pytest

from assistant.query.rewordings import canonical


@pytest.mark.parametrize("asked, read", [
    # the share asked from its base: the part named after the verb, the base named first
    ("What percentage of sales did Halvorsen Tools spend on advertising in fiscal 2025 and fiscal 2024?",
     "What was Halvorsen Tools' advertising as a percentage of sales in fiscal 2025 and fiscal 2024?"),
    ("What share of Quenby Foods' net revenue went to distribution and warehousing costs in 2025, in "
     "percent to one decimal?",
     "What was Quenby Foods' distribution and warehousing costs as a share of net revenue in 2025, in "
     "percent to one decimal?"),
    ("Using the income statement, what proportion of its total revenues did Marisol Labs spend on research and "
     "development in FY2026? Round to two decimals.",
     "Using the income statement, what was Marisol Labs' research and development as a proportion of total revenues "
     "in FY2026? Round to two decimals."),
    ("What portion of 7Seas Freight's revenue was spent on fuel during the year?",
     "What was 7Seas Freight's fuel as a portion of revenue during the year?"),
])
def test_a_share_asked_from_its_base_is_read_as_the_part_over_the_base(asked, read):
    assert canonical(asked) == read


@pytest.mark.parametrize("asked", [
    # the base is no top line, or the verb says where the base came from (a member's share, not a cost's)
    "What share of Quenby Foods' 2025 revenue came from its frozen segment?",
    "What percentage of Halvorsen Tools' fiscal 2025 revenue was generated in the fourth quarter?",
    "What share of industry sales went up in 2025?",
    "What percentage of its employees did Marisol Labs hire abroad in 2025?",
    # two companies: no one company's share
    "What share of Quenby Foods' revenue did Halvorsen Tools spend on packaging in 2025?",
])
def test_other_shares_are_left_as_written(asked):
    assert canonical(asked) == asked


@pytest.mark.parametrize("asked, read", [
    ("Round to one decimal: Ostrander Mills' year-to-date operating margin through Q3 2027 versus the same period "
     "of 2026?",
     "Round to one decimal: Ostrander Mills' operating margin for the first nine months of 2027 versus the same "
     "period of 2026?"),
    ("What was Pelham Air's YTD revenue through the second quarter of fiscal 2027, in USD millions?",
     "What was Pelham Air's revenue for the first half of 2027, in USD millions?"),
    ("How much free cash flow did Ostrander Mills generate year-to-date, through Q1 2026?",
     "How much free cash flow did Ostrander Mills generate for the first quarter of 2026?"),
])
def test_the_year_to_date_through_a_quarter_is_that_quarters_cumulative_span(asked, read):
    assert canonical(asked) == read


def test_a_year_to_date_without_a_quarter_is_left_as_written():
    for asked in ("What was Pelham Air's year-to-date revenue through September 30, 2026?",
                  "What was Pelham Air's YTD revenue in 2026?"):
        assert canonical(asked) == asked


def test_the_answerer_reads_the_restated_question():
    from assistant.answer.answerer import Answerer
    from assistant.config import Settings
    from assistant.llm.fake import FakeLLM

    class _Retriever:
        embedder = None

        def search(self, query, k=8, filters=None, steer=True):
            return []

    a = Answerer(_Retriever(), FakeLLM("I don't know."), Settings(llm="fake"))
    asked = "What share of Quenby Foods' revenue went to freight in 2025?"
    assert a.standalone(asked, []) == "What was Quenby Foods' freight as a share of revenue in 2025?"


@pytest.mark.parametrize("asked, read", [
    ("What was Quenby Foods' SG&A-to-revenue ratio in fiscal 2025, in percent?",
     "What was Quenby Foods' ratio of SG&A to revenue in fiscal 2025, in percent?"),
    ("What was Pelham Air's capex-to-revenue ratio in 2026 and 2025?",
     "What was Pelham Air's ratio of capex to revenue in 2026 and 2025?"),
])
def test_a_ratio_named_by_its_two_figures_is_the_first_over_the_second(asked, read):
    assert canonical(asked) == read


@pytest.mark.parametrize("asked", [
    "What was Quenby Foods' debt-to-equity ratio at the end of fiscal 2025?",  # a metric of its own
    "What is Pelham Air's price-to-earnings ratio?",  # a figure no statement row holds
])
def test_a_known_or_market_ratio_is_left_as_written(asked):
    assert canonical(asked) == asked


# ---- how many times a figure covered interest (session 30) -----------------------------------------------------------
# Session 30 (#10): a coverage asked as "how many times" is the interest coverage (fictional filer).

def test_how_many_times_operating_income_covered_interest_is_the_interest_coverage():
    from assistant.query.rewordings import canonical

    q = "How many times did Tealbrook Mills' operating income cover its total interest expense during 2025 and 2024?"
    assert canonical(q) == "What was Tealbrook Mills' interest coverage during 2025 and 2024?"
    assert canonical("How many times over did its operating profit cover interest expense in fiscal 2025?") == \
        "What was its interest coverage in fiscal 2025?"
    # another pair of figures is left as written: no formula of mia's says what covering them means
    other = "How many times did Tealbrook Mills' free cash flow cover its dividends in 2025?"
    assert canonical(other) == other
