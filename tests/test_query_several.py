"""Several measures asked in one question are each asked on their own (``query.several``) and answered together
(``answer.measures_joined``) only when every one is answered from its own rows; a retailer's question that pairs a
fiscal year's name with its closing date ("fiscal 2024 (the 52 weeks ended February 1, 2025) versus fiscal 2023")
reads its other fiscal-year names the same way. Fictional filers, rows and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.wording import once_restated
from assistant.answer.intents import answer_question
from assistant.query.several import measures_asked
from assistant.query.intent import resolve_period
from assistant.types import DocMeta
from finance_filings import memory_index


@pytest.mark.parametrize("question, parts", [
    ("For fiscal 2025 versus fiscal 2024, by what percentage did Larkspur Home Co.'s net income grow, by what "
     "percentage did its diluted weighted average share count change, and by what percentage did diluted EPS grow? "
     "Round each to one decimal place.",
     ["For fiscal 2025 versus fiscal 2024, by what percentage did Larkspur Home Co.'s net income grow? Round each to "
      "one decimal place.",
      "For fiscal 2025 versus fiscal 2024, by what percentage did Larkspur Home Co.'s diluted weighted average share "
      "count change? Round each to one decimal place.",
      "For fiscal 2025 versus fiscal 2024, by what percentage did Larkspur Home Co.'s diluted EPS grow? Round each "
      "to one decimal place."]),
    ("Comparing the six months ended June 30, 2025 with the same period of 2024: how much did Quillon's revenue "
     "change and by how many percentage points did its gross margin move?",
     ["Comparing the six months ended June 30, 2025 with the same period of 2024: how much did Quillon's revenue "
      "change?",
      "Comparing the six months ended June 30, 2025 with the same period of 2024: by how many percentage points did "
      "Quillon's gross margin move?"]),
])
def test_each_measure_is_asked_with_the_shared_periods_and_instructions(question, parts):
    assert measures_asked(question) == parts


@pytest.mark.parametrize("question", [
    "What was Quillon's revenue in 2025?",
    "What was Quillon's gross margin in 2025 and how much did its operating income change from 2024?",  # own periods
    "By what percentage did Quillon's revenue grow in 2025 and what drove the increase?",  # a reason, no figure
    "What were Quillon's net sales and cost of sales in fiscal 2025?",  # one clause of two figures
])
def test_one_measure_or_clauses_of_their_own_periods_are_not_split(question):
    assert measures_asked(question) is None


def test_a_question_naming_its_years_by_their_start_reads_them_alike():
    q = "For fiscal 2024 (the 52 weeks ended February 1, 2025) versus fiscal 2023, by what percentage did sales grow?"
    assert once_restated(q) == ("For the 52 weeks ended February 1, 2025 versus FY2024, by what percentage did sales "
                                "grow?")
    same = "For fiscal 2025 (the 52 weeks ended February 1, 2025) versus fiscal 2024, by what percentage did sales grow?"
    assert "fiscal 2024" in once_restated(same)


LARK = DocMeta(doc_id="larkspur2025", doc="larkspur-release-mar2025", source="larkspur-release-mar2025.pdf",
               company="Larkspur Home Co.", fiscal_year=2025, period="FY2025", doc_type="Earnings")

LARK_IS = """LARKSPUR HOME CO.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share data)
52 Weeks Ended
February 1, 2025 February 3, 2024
Net sales $ 4,812,330 $ 4,503,118
Cost of sales 2,990,410 2,835,902
Gross profit 1,821,920 1,667,216
Operating income 602,455 540,980
Net income $ 451,208 $ 402,776
Net income per common share:
Basic $ 12.41 $ 10.62
Diluted $ 12.30 $ 10.51
Weighted average common shares outstanding:
Basic 36,358 37,926
Diluted 36,683 38,323
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARK, {5: LARK_IS})])


def test_three_growth_rates_answered_together(index):
    q = ("For fiscal 2024 (the 52 weeks ended February 1, 2025) versus fiscal 2023, by what percentage did Larkspur's "
         "net income grow, by what percentage did its diluted weighted average share count change, and by what "
         "percentage did diluted EPS grow? Use the consolidated statements of income.")
    a = answer_question(q, index)
    assert a is not None and not a.refused, a and a.text
    for shown in ("+12.0%", "-4.28%", "+17.0%"):  # 451,208 / 402,776; 36,683 / 38,323; 12.30 / 10.51
        assert shown in a.text, a.text
    assert a.text.count("[1]") >= 1 and "[6]" in a.text


def test_a_measure_not_found_leaves_nothing_joined(index):
    q = ("For fiscal 2024 (the 52 weeks ended February 1, 2025) versus fiscal 2023, by what percentage did Larkspur's "
         "net income grow, and by what percentage did its research and development expense grow?")
    a = answer_question(q, index)
    assert a is None or a.refused or "+12.0%" not in a.text or "research" in a.text.lower(), a and a.text


@pytest.mark.parametrize("question, period, years", [
    ("By what percentage did Quillon's comparable sales grow in its fourth quarter of fiscal 2031 (the 14 weeks "
     "ended January 31, 2032) over its fourth quarter of fiscal 2030?", "Q4 2032", (2032, 2031)),
    ("What was Quillon's gross margin in its fourth quarter of fiscal 2034 (the 13 weeks ended February 1, 2035) and "
     "in its fourth quarter of fiscal 2033?", "Q4 2035", (2035, 2034)),
    ("How much did Quillon's net sales change from Q4 of fiscal 2033 to its fourth quarter of fiscal 2034 (the 13 "
     "weeks ended February 1, 2035)?", "Q4 2034", (2034, 2035)),
    ("Quillon's fourth quarter of fiscal 2031 (the quarter ended March 28, 2032): what was its operating "
     "income?", "Q4 2032", (2032,)),
])
def test_a_quarter_paired_with_a_closing_date_early_in_the_next_year_is_read_by_that_year(question, period, years):
    # a fiscal quarter named by the year its fiscal year began: mia names it by the year that closes it, and the
    # question's other fiscal names alike
    assert resolve_period(once_restated(question)) == (period, years)


def test_a_quarter_closing_in_its_named_year_keeps_its_name():
    q = ("What was Quillon's operating income in its third quarter of fiscal 2031 (the 13 weeks ended October 25, "
         "2031) against its third quarter of fiscal 2030?")
    assert resolve_period(once_restated(q))[0] == "Q3 2031"


# session 32 (#10): "..., and how did <measure> (growth) compare?" after a clause asking a measure's move asks the same
# move of the other measure, for the same owner and periods (fictional filers)
@pytest.mark.parametrize("question, expected", [
    ("How much did Pellworth Logistics' diluted EPS grow in the third quarter of 2026 year over year, and how did net "
     "income growth compare?",
     ["How much did Pellworth Logistics' diluted EPS grow in the third quarter of 2026 year over year?",
      "How much did Pellworth Logistics' net income grow in the third quarter of 2026 year over year?"]),
    ("By what percentage did Ormsby Foods' net sales grow in fiscal 2026, and how did its operating income compare?",
     ["By what percentage did Ormsby Foods' net sales grow in fiscal 2026?",
      "By what percentage did Ormsby Foods' operating income grow in fiscal 2026?"]),
])
def test_a_compared_measure_is_asked_the_same_move(question, expected):
    assert measures_asked(question) == expected


@pytest.mark.parametrize("question", [
    # not a measure mia knows: a comparison with peers, or a figure of no metric
    "How much did Ormsby Foods' net sales grow in fiscal 2026, and how did the company compare with its peers?",
    "How much did Ormsby Foods' net sales grow in fiscal 2026, and how did its brand awareness compare?",
    # no move asked first: nothing to repeat
    "What were Ormsby Foods' net sales in fiscal 2026, and how did operating income compare?",
])
def test_a_compare_clause_without_a_move_or_a_measure_is_not_split(question):
    assert measures_asked(question) is None


# session 33 (#10): the compared clause may name the first move by a pronoun and the other measure after "with" / "to"
# ("..., and how does that compare with its net income growth?", "how did this compare to the growth in operating
# income?"): the same move of the other measure, for the same owner and periods (fictional filers)
@pytest.mark.parametrize("question, expected", [
    ("By what percentage did Brightwater Tax Partners' diluted EPS grow in fiscal 2026, and how does that compare with "
     "its net income growth?",
     ["By what percentage did Brightwater Tax Partners' diluted EPS grow in fiscal 2026?",
      "By what percentage did Brightwater Tax Partners' net income grow in fiscal 2026?"]),
    ("How much did Kessock Marine's revenue grow in the first nine months of 2026, and how did this compare to the "
     "growth in operating income?",
     ["How much did Kessock Marine's revenue grow in the first nine months of 2026?",
      "How much did Kessock Marine's operating income grow in the first nine months of 2026?"]),
    ("By what percentage did Tolland Freight's operating income increase in 2025, and how does it compare with the "
     "increase in net income?",
     ["By what percentage did Tolland Freight's operating income increase in 2025?",
      "By what percentage did Tolland Freight's net income increase in 2025?"]),
    ("How much did Ormsby Foods' net sales grow in fiscal 2026, and how did that compare with gross profit's growth?",
     ["How much did Ormsby Foods' net sales grow in fiscal 2026?",
      "How much did Ormsby Foods' gross profit grow in fiscal 2026?"]),
])
def test_a_move_compared_by_a_pronoun_is_asked_of_the_other_measure(question, expected):
    assert measures_asked(question) == expected


@pytest.mark.parametrize("question", [
    # the thing compared with is no measure mia knows, or the company's peers
    "By what percentage did Ormsby Foods' net sales grow in fiscal 2026, and how does that compare with its peers?",
    "By what percentage did Ormsby Foods' net sales grow in fiscal 2026, and how does that compare with its "
    "guidance?",
    "By what percentage did Ormsby Foods' net sales grow in fiscal 2026, and how does that compare with the industry's "
    "growth?",
    # the same measure again (another period, not another measure)
    "By what percentage did Ormsby Foods' net sales grow in fiscal 2026, and how does that compare with net sales "
    "growth in fiscal 2025?",
])
def test_a_pronoun_compare_clause_without_another_measure_is_not_split(question):
    assert measures_asked(question) is None
