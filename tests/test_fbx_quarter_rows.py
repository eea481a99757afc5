"""Session 30 (f30-fbx): a quarter asked of a 10-K's quarterly data is answered from the quarter's columns, never the
years' beside them; a measure asked "per common share" in the statement's own words is that EPS metric; two measures
of "its" sharing one verb after a lead that names the company, the period after the second, are each asked with that
period; the year of a cited annual filing is no
period asked when the question names quarters; a stated definition with arithmetic that cannot be read is declined,
never read as its first figure. The filers (Brackenridge Realty Trust, Larkspur Outdoor Co., Fenwick Foods) and every
row and wording were written for these tests."""

from __future__ import annotations

from assistant.answer.intents import LOOKUP, answer_question
from assistant.answer.row_changes import per_share_change
from assistant.query.definitions import Definition, Unparsed, find_definitions
from assistant.query.intent import metrics_in
from assistant.query.several import measures_asked
from assistant.text.periods import periods_named
from finance_filings import memory_index
from finance_filings_more import meta

BRACKEN = meta("BRACKENRIDGE_2025_10K", "Brackenridge Realty Trust, Inc.", 2025)

BRACKEN_FFO = """BRACKENRIDGE REALTY TRUST, INC.
FFO and Core FFO reconciliation
(in thousands, except per share amounts)
Year Ended December 31, 2025 2024 2023
Net income attributable to common stockholders $ 118,200 $ 104,600 $ 97,300
Real estate depreciation and amortization 160,400 151,900 143,200
FFO attributable to common stockholders $ 278,600 $ 256,500 $ 240,500
Core FFO attributable to common stockholders $ 281,900 $ 259,000 $ 242,800
Core FFO per diluted share $ 3.12 $ 2.88 $ 2.70
"""

BRACKEN_QUARTERS = """BRACKENRIDGE REALTY TRUST, INC.
Notes to Consolidated Financial Statements (continued)
19. Selected Quarterly Financial Data (Unaudited)
Three Months Ended
December 31, 2025 September 30, 2025 June 30, 2025 March 31, 2025
(in thousands, except per share amounts)
Total revenues $ 131,800 $ 128,400 $ 125,100 $ 122,700
Net income 31,900 30,200 28,600 27,500
Core FFO per diluted share 0.84 0.79 0.76 0.73
Three Months Ended
December 31, 2024 September 30, 2024 June 30, 2024 March 31, 2024
(in thousands, except per share amounts)
Total revenues $ 120,300 $ 117,600 $ 114,800 $ 111,900
Net income 28,400 26,900 25,300 24,000
Core FFO per diluted share 0.70 0.73 0.72 0.73
"""


def _bracken():
    return memory_index([(BRACKEN, {52: BRACKEN_FFO, 97: BRACKEN_QUARTERS})])


def test_a_quarters_per_share_change_reads_the_quarter_columns():
    a = answer_question("What was the change in Brackenridge's Core FFO per diluted share between Q4 2024 and Q4 "
                        "2025, in dollars and percent?", _bracken())
    # 0.84 - 0.70 = 0.14; 0.14 / 0.70 = +20.0%; never the years' 3.12 against 2.88
    assert a is not None and not a.refused, a and a.text
    assert "+$0.14 per share (+20.0%)" in a.text and "Q4 2024" in a.text and "Q4 2025" in a.text, a.text
    assert "3.12" not in a.text and "FY2025" not in a.text


def test_the_years_change_is_still_read_for_the_years():
    a = answer_question("What was the change in Brackenridge's Core FFO per diluted share between 2024 and 2025, "
                        "in dollars and percent?", _bracken())
    assert a is not None and "+$0.24 per share (+8.3%)" in a.text, a and a.text


def test_a_row_change_is_no_answer_when_another_measure_is_asked_beside_it():
    index = _bracken()
    alone = per_share_change("How much did Brackenridge's Core FFO per diluted share change from 2024 to 2025?", index)
    assert alone is not None and "+$0.24 per share" in alone.text
    # the row's change alone would answer one of the two measures asked
    assert per_share_change("How much did Brackenridge's total revenues and its Core FFO per diluted share change "
                            "from 2024 to 2025?", index) is None


def test_eps_asked_per_common_share_is_the_eps_metric():
    assert metrics_in("What was Larkspur's diluted earnings per common share in fiscal 2025?") == ["eps_diluted"]
    assert metrics_in("How did its basic earnings per common share move in 2025?") == ["eps_basic"]
    assert metrics_in("What was diluted net income per common share in 2025?") == ["eps_diluted"]


def test_two_measures_of_its_after_a_lead_naming_the_company_share_the_period():
    parts = measures_asked("Per the quarterly table in Larkspur Outdoor's 2025 annual report, by what percentage did "
                           "its revenues and its diluted EPS for Q3 2025 rise over Q3 2024? Give one decimal.")
    assert parts == [
        "Per the quarterly table in Larkspur Outdoor's 2025 annual report, by what percentage did its revenues for "
        "Q3 2025 rise over Q3 2024? Give one decimal.",
        "Per the quarterly table in Larkspur Outdoor's 2025 annual report, by what percentage did its diluted EPS for "
        "Q3 2025 rise over Q3 2024? Give one decimal.",
    ]
    # "its" of no company named before it asks of nobody: not split so
    assert measures_asked("By what percentage did its revenues and its diluted EPS for Q3 2025 rise over Q3 "
                          "2024?") is None


def test_a_cited_filings_year_is_no_period_beside_the_quarters_asked():
    assert periods_named("Based on Larkspur's FY2025 10-K, how did revenues in Q3 2025 compare with Q3 "
                         "2024?") == ["Q3 2024", "Q3 2025"]
    assert periods_named("Per Larkspur's annual report for fiscal 2025, how did revenues in Q3 2025 compare with Q3 "
                         "2024?") == ["Q3 2024", "Q3 2025"]
    # the years asked stay the periods when no quarter is named
    assert periods_named("Based on Larkspur's FY2025 10-K, how did net sales change from FY2024 to FY2025?") == [
        "FY2024", "FY2025"]
    # a year named outside the citation too stays asked
    assert periods_named("Based on its FY2025 10-K, what share of FY2025 net sales came in the fourth quarter of "
                         "2025?") == ["Q4 2025", "FY2025"]


def test_a_stated_ratio_whose_arithmetic_is_not_read_is_declined_not_its_first_figure():
    q = ("Fenwick Foods defines ROIC as net earnings attributable to Fenwick plus interest expense after the tax "
         "saving on it, over mean invested capital (mean borrowings and mean equity). What was its ROIC in 2025?")
    found = find_definitions(q, LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Unparsed), found
    # a plain list of figures is still read as their sum
    listed = find_definitions("Define liquid assets as cash and cash equivalents, short-term investments and "
                              "accounts receivable. What were Fenwick's liquid assets in 2025?", LOOKUP)
    assert len(listed) == 1 and isinstance(listed[0], Definition), listed


def test_the_cited_filings_year_after_a_definition_is_where_it_is_read_not_an_input():
    found = find_definitions("Taking the tax rate as income tax expense over pretax income, as "
                             "reported in Larkspur's FY2025 10-K, what was its tax rate in FY2025 and FY2024?", LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    assert found[0].text == "income tax expense over pretax income", found[0].text
