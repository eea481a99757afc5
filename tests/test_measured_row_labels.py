"""A stated definition's input named by a row's head finds the row whose label adds a clause of what it includes or
leaves out ("Fulfillment costs, excluding depreciation and amortization"): company_figures' by_label with
registry.measured_head.

Fictional filer: Tarrow Logistics Group (an annual report), two label wordings of the clause.
"""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance.registry import measured_head
from assistant.types import DocMeta
from finance_filings import memory_index

TARROW = DocMeta(doc_id="tarrow25", doc="tarrow-10k-2025", source="tarrow-10k-2025.pdf", company="Tarrow Logistics Group",
                 fiscal_year=2025, period="FY2025", doc_type="10-K", extra={"period_end": "2025-12-31"})

INCOME = """TARROW LOGISTICS GROUP, INC. CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Year Ended December 31, 2025 2024
Revenues $1,520,000 $1,402,000
Fulfillment costs, excluding depreciation and amortization 988,000 925,300
Linehaul charges (exclusive of depreciation shown separately below) 171,400 160,900
Selling, general and administrative 142,600 133,800
Depreciation and amortization 61,000 57,200
Operating income 157,000 124,800
Net income $112,300 $88,600
"""


def test_the_head_of_a_label_with_a_measuring_clause():
    assert measured_head("Fulfillment costs, excluding depreciation and amortization") == "Fulfillment costs"
    assert measured_head("Linehaul charges (exclusive of depreciation shown separately below)") == "Linehaul charges"
    assert measured_head("Fulfillment costs") is None


def test_a_defined_ratio_reads_rows_by_their_heads():
    index = memory_index([(TARROW, {5: INCOME})])
    a = answer_question("Define Tarrow Logistics Group's fulfillment ratio as fulfillment costs divided by revenues. "
                        "What was it in 2025?", index, index.documents())
    assert a is not None and not a.refused, a
    assert "65.0" in a.text and "988,000" in a.text, a.text  # 988,000 / 1,520,000 = 65.0%
    b = answer_question("Taking the linehaul intensity as linehaul charges divided by revenues, what was Tarrow "
                        "Logistics Group's linehaul intensity in 2024?", index, index.documents())
    assert b is not None and not b.refused, b
    assert "11.5" in b.text and "160,900" in b.text, b.text  # 160,900 / 1,402,000 = 11.48%


# a quarterly report whose first page holds its cover and its first statement, the cost line measured without the
# amortisation of acquired intangibles
LUMEN = DocMeta(doc_id="lumq2", doc="lumenvale-10q-q2fy2027", source="lumenvale-10q-q2fy2027.pdf",
                company="Lumenvale Biologics", fiscal_year=2027, period="Q2 2027", doc_type="10-Q",
                extra={"period_end": "2026-09-30"})

LUMEN_PAGE = """FORM 10-Q
QUARTERLY REPORT for the quarterly period ended September 30, 2026 (the second quarter of fiscal year 2027)
LUMENVALE BIOLOGICS, INC.
Our fiscal year ends on March 31.
PART I - FINANCIAL INFORMATION
LUMENVALE BIOLOGICS, INC. - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (unaudited)
(in thousands)
Three Months Ended September 30, Six Months Ended September 30,
2026 2025 2026 2025
Product sales, net $ 150,400 $ 131,200 $ 292,800 $ 255,100
Cost of product sales (exclusive of amortization of acquired intangibles) 24,064 22,304 46,848 43,367
Research and development 51,200 47,900 99,800 95,100
Selling, general and administrative 40,300 37,800 79,900 74,200
Operating income 34,836 23,196 66,252 42,433
Net income $ 27,100 $ 17,900 $ 51,600 $ 32,800
"""


def test_a_metric_row_measured_without_an_item_is_the_metrics_row_on_a_cover_page_statement():
    index = memory_index([(LUMEN, {1: LUMEN_PAGE})])
    assert not index.facts(metric="cost_of_revenue")
    a = answer_question("Computing gross margin as (product sales, net minus cost of product sales) divided by product "
                        "sales, net, what was Lumenvale Biologics' gross margin in the second quarter of fiscal 2027?",
                        index, index.documents())
    assert a is not None and not a.refused, a
    assert "84.0%" in a.text and "24,064" in a.text, a.text  # (150,400 - 24,064) / 150,400 = 84.0%
