"""A stated definition over cash-flow rows that name one direction of cash ("... expenditures", "Purchases of ...",
"Proceeds from ...") reads each row at its magnitude: the parentheses of an outflow are the filer's presentation, and
the definition's own words ("less", "minus", "plus") say how the amounts combine. A row whose label names both
directions ("Proceeds from (repayments of) borrowings, net") keeps its printed sign. The equipment lessor and its
quarterly statements are fictional (Harrowgate Equipment Leasing), written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index

HARROWGATE = DocMeta(doc_id="harrowgate25q3", doc="HARROWGATE_2025Q3_10Q", source="HARROWGATE_2025Q3_10Q.pdf",
                     company="Harrowgate Equipment Leasing, Inc.", fiscal_year=2025, period="Q3 2025",
                     doc_type="10-Q")

CASH_FLOWS = """HARROWGATE EQUIPMENT LEASING, INC.
CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (UNAUDITED)
(In millions)
Nine Months Ended September 30, 2025 2024
Cash flows from operating activities:
Net income 212 175
Depreciation of lease fleet 1,204 1,166
Changes in operating assets and liabilities, net (96) 41
Net cash provided by operating activities 1,320 1,382
Cash flows from investing activities:
Lease fleet expenditures (2,410) (2,655)
Proceeds from disposal of lease fleet 1,318 1,402
Payments for property and equipment (61) (58)
Net cash used in investing activities (1,153) (1,311)
Cash flows from financing activities:
Proceeds from (repayments of) fleet borrowings, net (85) 40
Repurchases of common stock (70) (90)
Net cash used in financing activities (155) (50)
Net increase in cash and cash equivalents 12 21
"""


def _index():
    return memory_index([(HARROWGATE, {5: CASH_FLOWS})])


def test_a_definition_less_an_outflow_row_reads_the_spend_by_its_magnitude():
    q = ("Taking net fleet spending as lease fleet expenditures less proceeds from disposal of lease fleet, how much "
         "did Harrowgate spend in the first nine months of 2025?")
    a = answer_question(q, _index())
    assert a is not None and not a.refused, a and a.text
    assert "was $1,092 million" in a.text and "2,410 - 1,318 = 1,092" in a.text, a.text
    assert "3,728" not in a.text, a.text


def test_a_sum_of_two_outflow_rows_is_the_sum_of_what_was_paid():
    q = ("Defining total cash deployed as lease fleet expenditures plus repurchases of common stock, how much cash "
         "did Harrowgate deploy in the first nine months of 2025?")
    a = answer_question(q, _index())
    assert a is not None and not a.refused, a and a.text
    assert "2,480" in a.text, a.text  # 2,410 + 70


def test_a_row_naming_both_directions_keeps_its_printed_sign():
    q = ("Taking net fleet funding as proceeds from (repayments of) fleet borrowings, net plus proceeds from disposal "
         "of lease fleet, what was Harrowgate's net fleet funding in the first nine months of 2025?")
    a = answer_question(q, _index())
    assert a is None or a.refused or "1,403" not in a.text, a.text  # 85 read as a receipt: wrong
