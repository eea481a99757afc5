"""A cost printed as a positive expense in one of a company's reports and in parentheses in another is one amount
(its sign is presentation only), and the row on a primary statement is the one cited. Statements written for this
test (a fictional gaming operator's 10-K discussion table and its fourth-quarter earnings release)."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index

TENK = DocMeta(doc_id="tol10k", doc="TOLLAND_2025_10K", source="TOLLAND_2025_10K.pdf", company="Tolland Gaming",
               doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
RELEASE = DocMeta(doc_id="tolq4", doc="TOLLAND_2025Q4_EARNINGS", source="TOLLAND_2025Q4_EARNINGS.pdf",
                  company="Tolland Gaming", doc_type="earnings release", fiscal_year=2025, period="Q4 2025")
MDNA = """Item 7. Management's Discussion and Analysis
Results of operations. Our effective tax rate rose as valuation allowances were released in 2024.
(in thousands) 2025 2024
Provision (benefit) for income taxes 61,250 (12,400)
"""
STATEMENT = """TOLLAND GAMING, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Year Ended December 31, 2025 2024
Casino revenues 1,204,330 1,118,905
Total revenues 1,688,410 1,571,026
Operating income 301,760 254,118
Interest expense, net (61,660) (65,290)
Income before income taxes 240,100 188,828
Provision for income taxes (61,250) 12,400
Net income 178,850 201,228
"""
RECONCILIATION = """Reconciliation of net income to Adjusted EBITDA
(In thousands) 2025 2024
Net income 178,850 201,228
Provision (benefit) for income taxes 61,250 (12,400)
Interest expense, net 61,660 65,290
"""


def test_an_expense_in_parentheses_elsewhere_is_no_conflict():
    idx = memory_index([(TENK, {40: MDNA}), (RELEASE, {9: STATEMENT, 12: RECONCILIATION})])
    a = answer_question("Using the statement of operations and defining the effective tax rate as the provision for income taxes divided by income before "
                        "income taxes, what was Tolland Gaming's effective tax rate in FY2025?", idx)
    assert a is not None and not a.refused and "25.5%" in a.text, a and a.text  # 61,250 / 240,100
    assert "TOLLAND_2025Q4_EARNINGS" in {c.doc for c in a.citations}  # the statement's row is cited


def test_the_pick_is_settled_and_cites_the_statement_row():
    from assistant.finance.select import pick_fact

    idx = memory_index([(TENK, {40: MDNA}), (RELEASE, {9: STATEMENT, 12: RECONCILIATION})])
    docs = {d.doc_id: d for d in idx.documents()}
    p = pick_fact(idx, "income_tax_expense", "Tolland Gaming", "FY2025", list(docs), docs)
    assert p is not None and not p.unsettled and not p.conflict, p
    assert (p.fact.doc, p.fact.page, abs(p.fact.value)) == ("TOLLAND_2025Q4_EARNINGS", 9, 61250.0)
    # a real disagreement of amounts is still a conflict
    other = MDNA.replace("61,250 (12,400)", "63,900 (12,400)")
    idx = memory_index([(TENK, {40: other}), (RELEASE, {9: STATEMENT})])
    p = pick_fact(idx, "income_tax_expense", "Tolland Gaming", "FY2025", list(docs), docs)
    assert p is not None and p.conflict


# session 32 (#10): an earnings release prints no full statement of cash flows; its selected cash-flow table (or its free
# cash flow reconciliation) is where it states them: those lines may be a defined calculation's inputs, and a line of
# cash paid keeps the statement's sign convention (its parentheses are presentation), so "minus purchases" subtracts
# the amount paid. A fictional regional airline's release, written for these tests.
WREN = DocMeta(doc_id="wrenq3", doc="wren_air_q3_2026_earnings_release", source="wren_air_q3_2026_earnings_release.html",
               company="Wren Air Group", doc_type="earnings release", fiscal_year=2026, period="Q3 2026",
               extra={"period_end": "2026-09-30"})  # fmt: skip
WREN_PAGE = """Wren Air Group Reports Third Quarter 2026 Results
Revenue passengers rose 4% in the quarter as the Boise base opened.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Three months 2026 Three months 2025 Nine months 2026 Nine months 2025
Total operating revenue 612,400 588,310 1,702,950 1,641,200
Operating income 71,230 66,045 168,400 151,930
Net income 48,115 44,902 110,260 99,871

SELECTED CASH FLOW INFORMATION
(In thousands)
Nine months 2026 Nine months 2025
Net cash provided by operating activities $402,615 $371,940
Purchases of property and equipment (288,470) (240,105)
Proceeds from sale of aircraft 31,200 12,600
"""
WREN_FCF = ("What was Wren Air Group's free cash flow, defined as net cash provided by operating activities minus purchases "
            "of property and equipment, for the first nine months of 2026?")


def test_a_releases_selected_cash_flow_lines_are_inputs_and_a_payment_is_subtracted():
    a = answer_question(WREN_FCF, memory_index([(WREN, {3: WREN_PAGE})]))
    assert a is not None and not a.refused, a and a.text
    assert "114,145" in a.text or "114.1 million" in a.text, a.text  # 402,615 - 288,470
    assert "691,085" not in a.text and "691.1" not in a.text, a.text  # never minus the printed (288,470)


def test_a_cash_flow_line_under_another_tables_title_is_still_withdrawn():
    page = WREN_PAGE.replace("SELECTED CASH FLOW INFORMATION", "SELECTED OPERATING DATA")
    a = answer_question(WREN_FCF, memory_index([(WREN, {3: page})]))
    assert a is None or a.refused or "114,145" not in a.text, a.text
