"""The change of a per-share row the question names by its label, in dollars and percent, both years cited
(answer/row_changes.py, reached through intents.answer_question when nothing else answers). A fictional REIT
(Elmwood Realty Trust); every row and wording was written for these tests."""

from __future__ import annotations

from assistant.answer.checks import check_facts_answer
from assistant.answer.intents import answer_question
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
