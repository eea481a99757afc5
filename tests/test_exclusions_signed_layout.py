"""A statement that signs its costs (every expense printed in parentheses, a credit without) is read by its signs: a
line the question takes out of operating income took away what it prints in parentheses and added what it prints
without them, never the reverse (the US layout, costs printed as positive amounts, keeps its reading). The filers
and their statements are fictional (Saltire Packaging, Fenwick Tools), written for these tests; the figures are
hand-computed."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.answer.statement_rows import profit_sign
from assistant.types import DocMeta
from finance_filings import SALTIRE, SIGNED, memory_index

FENWICK = DocMeta(doc_id="fenwick25", doc="FENWICK_2025_10K", source="FENWICK_2025_10K.pdf",
                  company="Fenwick Tools, Inc.", fiscal_year=2025, period="FY2025", doc_type="10-K",
                  extra={"period_end": "2025-12-31"})

HEADED = """FENWICK TOOLS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Year Ended December 31, 2025 2024
Revenue $ 2,000 $ 1,900
Operating expenses:
Cost of goods sold (1,200) (1,150)
Selling and administrative expenses (420) (400)
Impairment of intangible assets (60) —
Operating income 320 350
Interest expense (20) (22)
Income before income taxes 300 328
"""

US_LAYOUT = """CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Year Ended December 31, 2025 2024
Revenue $ 2,000 $ 1,900
Cost of goods sold 1,200 1,150
Gross profit 800 750
Selling and administrative expenses 420 400
Impairment of intangible assets 60 —
Operating income 320 350
"""


def test_a_row_among_signed_costs_added_what_it_prints():
    assert profit_sign(SIGNED, "Restructuring and related items, net 95 (22)") == 1
    assert profit_sign(HEADED, "Impairment of intangible assets (60) —") == 1


def test_a_row_among_costs_printed_as_positive_amounts_took_them_away():
    assert profit_sign(US_LAYOUT, "Impairment of intangible assets 60 —") == -1


def test_a_credit_in_parentheses_among_positive_costs_says_nothing_of_the_layout():
    page = US_LAYOUT.replace("Impairment of intangible assets 60 —",
                             "Restructuring credits (12) —\nImpairment of intangible assets 60 —")
    assert profit_sign(page, "Impairment of intangible assets 60 —") == -1


def test_a_net_gain_line_left_out_of_a_signed_statement_is_taken_away():
    q = ("Excluding the 'Restructuring and related items, net' line, what was Saltire Packaging's operating margin in "
         "fiscal 2025 and fiscal 2024?")
    a = answer_question(q, memory_index([(SALTIRE, {5: SIGNED})]))
    assert a is not None and not a.refused, a and a.text
    assert "10.8%" in a.text or "10.81%" in a.text, a.text  # (614 - 95) / 4,800
    assert "10.1%" in a.text or "10.07%" in a.text, a.text  # (431 + 22) / 4,500
    assert "14.8%" not in a.text and "14.77%" not in a.text, a.text  # the gain added a second time


def test_an_impairment_in_parentheses_under_an_expenses_heading_is_added_back():
    q = "Excluding the impairment of intangible assets, what was Fenwick Tools' operating margin in 2025?"
    a = answer_question(q, memory_index([(FENWICK, {41: HEADED})]))
    assert a is not None and not a.refused, a and a.text
    assert "19.0%" in a.text or "19.00%" in a.text, a.text  # (320 + 60) / 2,000
