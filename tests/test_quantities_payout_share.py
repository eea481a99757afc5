"""Figures listed and added up, asked as a percentage of a figure the question defines ("<filer> reports free cash
flow as A less B ... dividends and repurchases combined, as a percentage of that year's free cash flow"): the sum over
the definition, each input cited. The tool maker and its statements are fictional (Pellham Tool Works), written for
these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

PELLHAM = meta("PELLHAM_2025_10K", "Pellham Tool Works, Inc.", 2025)

CASH_FLOWS = """PELLHAM TOOL WORKS, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Years ended December 31, 2025 2024
Operating activities
Net income 1,204 1,118
Depreciation and amortization 402 388
Changes in working capital (136) 52
Net cash provided by operating activities 1,470 1,558
Investing activities
Purchases of property, plant and equipment (520) (478)
Proceeds from sale of property 31 12
Net cash used in investing activities (489) (466)
Financing activities
Dividends paid (610) (590)
Purchases of treasury stock (455) (300)
Net cash used in financing activities (1,065) (890)
"""


@pytest.mark.parametrize("lead", ["Pellham reports free cash flow as",
                                  "Taking free cash flow as"])
def test_payouts_combined_over_a_defined_free_cash_flow(lead):
    q = (f"{lead} net cash provided by operating activities less purchases of property, plant and equipment. In "
         "2025, how much did Pellham return to its owners through dividends paid and purchases of treasury stock "
         "combined, as a percentage of that year's free cash flow?")
    a = answer_question(q, memory_index([(PELLHAM, {61: CASH_FLOWS})]))
    assert a is not None and not a.refused, a and a.text
    assert "112.1%" in a.text, a.text  # (610 + 455) / (1,470 - 520) = 1,065 / 950
