"""A change asked of net debt ("How much did net debt rise from 2025 to 2026?") is net debt at both balance sheet dates,
each from its debt rows less cash, set against each other; never the later year's level shown as the answer.
Fictional filer and rows written for this test."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index

HALVERN = DocMeta(doc_id="halvern26", doc="HALVERN_2026_10K", source="HALVERN_2026_10K.pdf",
                  company="Halvern Glassworks", fiscal_year=2026, period="FY2026", doc_type="10-K",
                  extra={"period_end": "2026-12-31"})
# net debt 2026: 140 + 2,315 - 415 = 2,040; 2025: 95 + 1,980 - 530 = 1,545; change +495
HALVERN_BS = """HALVERN GLASSWORKS
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31 2026 2025
Cash and cash equivalents $ 415 $ 530
Inventories 612 577
Total current assets 1,688 1,702
Total assets $ 7,904 $ 7,311
Short-term borrowings $ 140 $ 95
Accounts payable 733 690
Total current liabilities 1,290 1,175
Long-term debt 2,315 1,980
Total liabilities 4,402 3,930
Total shareholders' equity 3,502 3,381
Total liabilities and shareholders' equity $ 7,904 $ 7,311
"""

IX = memory_index([(HALVERN, {52: HALVERN_BS})])


def test_a_change_of_net_debt_is_both_years_net_debt_set_against_each_other():
    for q in ("How much did Halvern Glassworks' net debt increase from 2025 to 2026?",
              "How did Halvern Glassworks' net debt change during 2026?"):
        a = answer_question(q, IX)
        assert a is not None and not a.refused, (q, a and a.text)
        assert "495" in a.text and "2,040" in a.text and "1,545" in a.text, a.text
        assert not a.text.startswith("Halvern Glassworks' net debt for FY2026 was"), a.text
