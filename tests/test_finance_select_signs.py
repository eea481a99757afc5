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
