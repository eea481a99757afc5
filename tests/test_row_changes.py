"""The change of a per-share row the question names by its label, in dollars and percent, both years cited
(answer/row_changes.py, reached through intents.answer_question when nothing else answers). A fictional REIT
(Elmwood Realty Trust); every row and wording was written for these tests."""

from __future__ import annotations

from assistant.answer.checks import check_facts_answer
from assistant.answer.intents import answer_question
from assistant.answer.row_changes import per_share_change
from assistant.query.entities import company_aliases
from finance_filings import memory_index
from finance_filings_more import meta

ELMWOOD = meta("ELMWOOD_2025_10K", "Elmwood Realty Trust, Inc.", 2025)

INCOME = """ELMWOOD REALTY TRUST, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share amounts)
Year Ended December 31, 2025 2024 2023
Rental revenue $ 912,400 $ 850,100 $ 790,300
Total revenues 930,200 866,000 805,000
Net income 214,900 192,300 173,100
Net income attributable to common stockholders 210,400 188,900 170,200
Earnings per share - diluted $ 1.18 $ 1.04 $ 0.95
"""

FFO = """ELMWOOD REALTY TRUST, INC.
Reconciliation of Net Income to FFO and Core FFO
(in thousands, except per share amounts)
Year Ended December 31, 2025 2024 2023
Net income attributable to common stockholders $ 210,400 $ 188,900 $ 170,200
Real estate depreciation and amortization 301,200 280,400 262,000
Gain on sale of real estate (22,100) (15,300) (9,800)
FFO attributable to common stockholders $ 489,500 $ 454,000 $ 422,400
Acquisition and transaction costs 4,100 2,200 1,900
Core FFO attributable to common stockholders $ 493,600 $ 456,200 $ 424,300
Weighted average diluted shares 178,840 181,020 180,110
FFO per diluted share $ 2.74 $ 2.51 $ 2.35
Core FFO per diluted share $ 2.76 $ 2.52 $ 2.36
"""


def _index():
    return memory_index([(ELMWOOD, {48: INCOME, 52: FFO})])


def test_a_per_share_rows_change_in_dollars_and_percent():
    index = _index()
    for q in ("How much did Elmwood's Core FFO per diluted share change from 2024 to 2025, in dollars and percent?",
              "By how much did Elmwood's Core FFO per diluted share increase in 2025?"):
        a = answer_question(q, index)
        # 2.76 - 2.52 = 0.24; 0.24 / 2.52 = +9.5%
        assert a is not None and "+$0.24 per share (+9.5%)" in a.text and "$2.52" in a.text and "$2.76" in a.text, \
            a and a.text
        assert "own definition" in a.text and len(a.citations) == 2
        docs = index.documents()
        checked = check_facts_answer(a, docs, company_aliases(docs), index.page_text)
        assert checked is not None and checked.text == a.text
    # the shorter label said alone is its own row, not the core one
    a = answer_question("How much did Elmwood's FFO per diluted share change from 2024 to 2025?", index)
    assert a is not None and "+$0.23 per share (+9.2%)" in a.text, a and a.text


def test_a_label_said_in_part_or_a_year_missing_is_no_answer():
    index = _index()
    assert answer_question("How much did Elmwood's Core FFO per share change from 2024 to 2025?", index) is None
    assert answer_question("How much did Elmwood's Core FFO per diluted share change from 2021 to 2022?", index) is None


# ---- a per-share change reads fiscal years' rows only (session 30) ---------------------------------------------------
# Session 30 (#10): the change of a per-share row named by its label (``answer.row_changes``) reads fiscal years'
# rows only. A change asked between two quarters is never answered by the two fiscal years' figures, and the years a
# question names are the filer's (a retailer naming its years by the year they began: "fiscal 2024" is the year that
# closed in 2025). Filers and rows are fictional (Quillmoor Interactive; Pellworth Outdoor Co.), written for these
# tests.

QUILLMOOR = meta("QUILLMOOR_2025_10K", "Quillmoor Interactive, Inc.", 2025)

QUILLMOOR_INCOME = """QUILLMOOR INTERACTIVE, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(Amounts in millions, except per share data)
For the Years Ended December 31, 2025 2024 2023
Net revenues $ 5,412 $ 5,980 $ 6,104
Operating income 1,288 1,502 1,611
Net income $ 1,041 $ 1,263 $ 1,322
Basic earnings per common share $ 1.36 $ 1.65 $ 1.73
Diluted earnings per common share $ 1.35 $ 1.64 $ 1.71
"""


def test_a_quarter_to_quarter_change_is_not_answered_with_fiscal_years():
    ix = memory_index([(QUILLMOOR, {61: QUILLMOOR_INCOME})])
    q = ("By how much did Quillmoor Interactive's diluted earnings per common share change from Q4 2024 to Q4 2025 "
         "(quarterly data, FY2025 10-K)?")
    assert per_share_change(q, ix) is None
    a = answer_question(q, ix)
    assert a is None or "1.64" not in a.text, a.text  # never the fiscal years' 1.64 -> 1.35
    # the fiscal years asked are still answered from the rows
    a = per_share_change("By how much did Quillmoor Interactive's diluted earnings per common share change from 2024 "
                         "to 2025?", ix)
    assert a is not None and "-$0.29 per share" in a.text, a and a.text


PELLWORTH = meta("PELLWORTH_2024_10K", "Pellworth Outdoor Co.", 2025)

NAMING = """Item 7. Management's Discussion and Analysis
Our fiscal year ends on the Saturday closest to January 31. Fiscal 2024 was a 52-week year that ended on February 1,
2025, and fiscal 2023 was a 53-week year that ended on February 3, 2024.
"""

PELLWORTH_INCOME = """PELLWORTH OUTDOOR CO.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share data)
Fiscal Year Ended February 1, 2025 February 3, 2024 January 28, 2023
Net sales $ 2,318,400 $ 2,104,900 $ 1,962,300
Net income $ 214,100 $ 171,800 $ 160,400
Net income per common share - diluted $ 4.12 $ 3.25 $ 2.96
"""


def test_the_filers_fiscal_years_are_the_columns_that_closed_a_year_later():
    ix = memory_index([(PELLWORTH, {30: NAMING, 52: PELLWORTH_INCOME})])
    a = per_share_change("How much did Pellworth Outdoor's net income per common share - diluted change from fiscal "
                         "2023 to fiscal 2024, in dollars and percent?", ix)
    # fiscal 2023 -> fiscal 2024 is 3.25 -> 4.12 (+$0.87), never 2.96 -> 3.25 (+$0.29)
    assert a is not None and "+$0.87 per share" in a.text and "2.96" not in a.text, a and a.text
    assert "which the company calls fiscal 2024" in a.text, a.text
