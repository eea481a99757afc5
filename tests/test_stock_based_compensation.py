"""Stock-based (share-based) compensation is a registry metric (``stock_based_compensation``): the cash-flow
statement's add-back, looked up, grown and set against revenue like any statement row; a note's row net of tax is
another figure. Fictional filer, our own rows and wordings (session 29)."""
from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance.registry import normalise_metric
from assistant.query.intent import metrics_in
from assistant.types import DocMeta
from finance_filings import memory_index

META = DocMeta(doc_id="corvane25", doc="CORVANE_2025_10K", source="CORVANE_2025_10K.pdf",
               company="Corvane Software, Inc.", doc_type="10-K", fiscal_year=2025, period="FY2025")

INCOME = """CORVANE SOFTWARE, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Years Ended December 31,
2025 2024 2023
Total revenue $ 6,480 $ 5,720 $ 5,010
Cost of revenue 780 702 655
Gross profit 5,700 5,018 4,355
Operating income 1,910 1,502 1,240
Net income $ 1,455 $ 1,130 $ 941
"""
CASH_FLOWS = """CORVANE SOFTWARE, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Years Ended December 31,
2025 2024 2023
Cash flows from operating activities:
Net income $ 1,455 $ 1,130 $ 941
Depreciation and amortization 212 198 187
Share-based compensation 596 503 447
Deferred income taxes (41) (12) 9
Net cash provided by operating activities 2,540 2,012 1,688
"""


def _index():
    return memory_index([(META, {61: INCOME, 64: CASH_FLOWS})])


def test_stock_based_compensation_rows_and_words():
    for label in ("Stock-based compensation", "Share-based compensation expense", "Total stock-based compensation",
                  "Equity-based compensation"):
        assert normalise_metric(label, None) == "stock_based_compensation", label
    for label in ("Stock-based compensation expense, net of tax", "Shares issued under share-based compensation plans"):
        assert normalise_metric(label, None) is None, label
    assert metrics_in("How large was Corvane's share-based compensation in 2025?") == ["stock_based_compensation"]


def test_stock_based_compensation_as_a_share_of_revenue():
    a = answer_question("What was Corvane Software's 2025 stock-based compensation as a percentage of total revenue?",
                        _index())
    assert a is not None and not a.refused and "9.2%" in a.text, a and a.text  # 596 / 6,480


def test_growth_of_share_based_compensation():
    a = answer_question("By how much, in percent, did Corvane Software's share-based compensation increase in 2025?",
                        _index())
    assert a is not None and not a.refused and "18.5" in a.text, a and a.text  # 596 / 503 - 1
