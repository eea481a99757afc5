"""Column dates a PDF's text layer runs together (session 26, #10): a balance sheet headed "June 30, 2026June 30, 2025"
(right-aligned dates, no space between them in the text) is read as two dated columns (``fiscal.two_digit_years``,
``_GLUED_MONTH``). The filer and its rows are written for this test."""

from __future__ import annotations

from assistant.finance.extract import extract_facts
from assistant.finance.fiscal import two_digit_years
from assistant.types import DocMeta
from finance_filings import pages_of

BRINE = DocMeta(doc_id="dbrine", doc="saltmarsh_minerals_10k_fy2026", source="saltmarsh_minerals_10k_fy2026.pdf",
                title="Saltmarsh Minerals, Inc. Form 10-K FY2026", company="Saltmarsh Minerals", doc_type="10-K",
                fiscal_year=2026, period="FY2026", date="2026-06-30")  # fmt: skip
BRINE_BS = """SALTMARSH MINERALS, INC. CONSOLIDATED BALANCE SHEETS
(Dollars in thousands)
June 30, 2026June 30, 2025
Cash and cash equivalents $48,120 $39,884
Total current assets 207,966 198,014
Total assets $910,376 $886,320
Current portion of long-term debt 18,000 18,000
Total current liabilities 96,222 90,514
Long-term debt, less current portion 342,000 360,000
Total liabilities 498,604 507,950
Total stockholders' equity 411,772 378,370
Total liabilities and stockholders' equity $910,376 $886,320
"""


def test_column_dates_run_together_are_two_dates():
    assert two_digit_years("June 30, 2026June 30, 2025") == "June 30, 2026 June 30, 2025"
    assert two_digit_years("Dec. 31, 2025Dec. 31, 2024") == "Dec. 31, 2025 Dec. 31, 2024"
    facts = extract_facts(BRINE, pages_of(BRINE, {7: BRINE_BS}))
    debt = {f.period: f.value for f in facts if f.label.startswith("Long-term debt")}
    assert debt.get("FY2026") == 342000 and debt.get("FY2025") == 360000, debt
