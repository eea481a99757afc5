"""A stated definition may name a row by its label and gloss it in a parenthesis ("Notes (recourse notes) plus
Securitized notes"): the input is the row labelled by the words before the parenthesis, one word allowed, and the
gloss only says what that row is. The consumer lender and its quarterly balance sheet are fictional (Kestrel
Consumer Finance), written for these tests."""

from __future__ import annotations

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, Input, Op, find_definitions
from assistant.types import DocMeta
from finance_filings import memory_index

KESTREL = DocMeta(doc_id="kestrel26q2", doc="KESTREL_2026Q2_10Q", source="KESTREL_2026Q2_10Q.pdf",
                  company="Kestrel Consumer Finance Corp.", fiscal_year=2026, period="Q2 2026", doc_type="10-Q",
                  extra={"period_end": "2026-06-30"})

BALANCE = """KESTREL CONSUMER FINANCE CORP.
CONDENSED CONSOLIDATED BALANCE SHEETS (UNAUDITED)
(In millions)
June 30, 2026 December 31, 2025
ASSETS
Cash and cash equivalents 412.5 388.0
Finance receivables, net 6,904.0 6,511.5
Other assets 301.5 296.0
Total assets 7,618.0 7,195.5
LIABILITIES AND STOCKHOLDERS' EQUITY
Accounts payable and accrued liabilities 244.0 231.5
Notes 1,210.0 1,175.0
Securitized notes 4,480.5 4,102.0
Total liabilities 5,934.5 5,508.5
Total stockholders' equity 1,683.5 1,687.0
Total liabilities and stockholders' equity 7,618.0 7,195.5
"""

Q = ("Taking total borrowings as Notes (recourse notes) plus Securitized notes, what were Kestrel's total borrowings "
     "at June 30, 2026?")


def test_a_glossed_label_is_parsed_as_the_row_before_the_parenthesis():
    found = find_definitions(Q, LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    e = found[0].expr
    assert isinstance(e, Op) and isinstance(e.left, Input) and e.left.metric == "row:notes"
    assert "recourse" in e.left.words


def test_a_glossed_label_is_computed_from_that_row():
    a = answer_question(Q, memory_index([(KESTREL, {3: BALANCE})]))
    assert a is not None and not a.refused, a and a.text
    assert "5,690.5" in a.text, a.text  # 1,210.0 + 4,480.5
