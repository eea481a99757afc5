"""A coverage question that sets a comparative against another period ("..., and was the headroom thinner than in
fiscal 2025?") asks the same cover for that period: both periods' figures are given, each cited, beside the verdict.
Fictional filer and rows written for this test."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.query.judgements import compared_period
from assistant.types import DocMeta
from finance_filings import memory_index

BRACKEN = DocMeta(doc_id="brackenmills26", doc="BRACKENMILLS_2026_10K", source="BRACKENMILLS_2026_10K.pdf",
                  company="Bracken Paper Mills", fiscal_year=2026, period="FY2026", doc_type="10-K",
                  extra={"period_end": "2026-09-30"})
# free cash flow 2026: 512.4 - 236.9 = 275.5 against dividends of 241.0 (1.14x); 2025: 566.8 - 198.1 = 368.7 against
# 236.5 (1.56x)
BRACKEN_CF = """BRACKEN PAPER MILLS
CONSOLIDATED STATEMENTS OF CASH FLOWS
($ in millions)
Years Ended September 30, 2026 2025
Net income $ 301.6 $ 322.4
Depreciation and amortization 188.2 176.9
Changes in operating assets and liabilities 22.6 67.5
Net cash provided by operating activities 512.4 566.8
Purchases of property, plant and equipment (236.9) (198.1)
Net cash used in investing activities (236.9) (198.1)
Dividends paid (241.0) (236.5)
Net cash used in financing activities (241.0) (236.5)
"""

QUESTION = ("Did Bracken Paper Mills' free cash flow cover the dividends it paid in fiscal 2026, and was the headroom "
            "thinner than in fiscal 2025? Use the cash flow statement.")


def test_a_comparative_against_a_period_asks_that_periods_cover():
    assert compared_period(QUESTION)
    assert compared_period("Did Contoso's free cash flow cover its buybacks in FY2026, and was the margin of safety "
                           "smaller than in the prior year?")
    assert not compared_period("Did Contoso's free cash flow cover its dividends in FY2026, and were the payouts more "
                               "than half of net income?")


def test_the_cover_of_the_period_compared_is_shown_beside_the_verdict():
    a = answer_question(QUESTION, memory_index([(BRACKEN, {48: BRACKEN_CF})]))
    assert a is not None and not a.refused and a.text.startswith("Yes"), a and a.text
    assert "1.14x" in a.text and "For FY2025" in a.text and "368.7" in a.text and "1.56x" in a.text, a.text
