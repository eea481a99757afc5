"""A row label's trailing ", net" inside an adjustment clause ("Leaving restructuring and related items, net out of
operating income", "Excluding other operating charges, net, ...") is part of the item, never the clause's end: the
adjustment is read and applied (or, when it cannot be, the answer declines), never dropped for the reported figure.
The filers and statements are fictional (Saltire Packaging, Quillon Instruments), written for these tests; the
figures are hand-computed."""

from __future__ import annotations

from assistant.answer.adjustments import adjustment_asked, adjustment_in
from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import SALTIRE, SIGNED, memory_index

QUILLON = DocMeta(doc_id="quillon25", doc="QUILLON_2025_10K", source="QUILLON_2025_10K.pdf",
                  company="Quillon Instruments, Inc.", fiscal_year=2025, period="FY2025", doc_type="10-K",
                  extra={"period_end": "2025-12-31"})

US_LAYOUT = """QUILLON INSTRUMENTS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Year Ended December 31, 2025 2024
Revenue $ 3,000 $ 2,800
Cost of revenue 1,740 1,652
Gross profit 1,260 1,148
Selling, general and administrative 690 655
Other operating charges, net 45 30
Operating income 525 463
"""


def test_the_net_of_a_label_stays_in_the_clause_it_ends():
    q = "Leaving restructuring and related items, net out of operating income, how wide was the margin in 2025?"
    assert adjustment_asked(q) == "restructuring and related items, net"
    a = adjustment_in("Excluding other operating charges, net, what was the operating margin in 2025?")
    assert a is not None and a.items == ("other operating charges, net",), a
    a = adjustment_in("Adding other operating charges, net back to operating income, how wide was the 2025 margin?")
    assert a is not None and a.items == ("other operating charges, net",) and a.target == "operating income", a


def test_net_of_tax_is_no_part_of_a_label():
    assert adjustment_asked("Excluding restructuring charges, net of tax, what was net income?") == \
        "restructuring charges"


def test_a_net_gain_row_left_out_of_operating_income_is_applied_not_dropped():
    q = ("Leaving restructuring and related items, net out of operating income, how wide an operating margin did "
         "Saltire Packaging earn in fiscal 2025?")
    a = answer_question(q, memory_index([(SALTIRE, {5: SIGNED})]))
    assert a is not None, a
    assert "12.8%" not in a.text and "12.79%" not in a.text, a.text  # the reported 614 / 4,800: the item dropped
    assert not a.refused and ("10.8%" in a.text or "10.81%" in a.text), a.text  # (614 - 95) / 4,800


def test_a_net_charge_row_excluded_is_added_back():
    q = "Excluding other operating charges, net, what was Quillon Instruments' operating margin in 2025?"
    a = answer_question(q, memory_index([(QUILLON, {47: US_LAYOUT})]))
    assert a is not None and not a.refused, a and a.text
    assert "19.0%" in a.text or "19.00%" in a.text, a.text  # (525 + 45) / 3,000; the reported margin is 17.5%
