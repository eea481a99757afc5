"""Hand-written statement pages of more fictional US filers for the session-5 calculation tests, in the layout PDF
text extraction gives (one table row per line). Written for these tests: no dev-set or eval-set text, companies,
labels or figures. Every total adds up; the figures tests assert are worked out in the comments beside them.

- Larkspur Software Corporation: a June fiscal year; revenue printed as "Subscription", "Maintenance and support"
  and "Professional services" rows under a "Revenue:" heading (the same words again under "Cost of revenue:");
  a balance sheet with debt rows and no total-debt row; a cash-flow statement with dividends and buybacks.
- Brightwater Outfitters, Inc.: a second-quarter 10-Q with three- and six-month columns.
"""

from __future__ import annotations

from finance_filings import meta
from assistant.types import DocMeta

LARKSPUR = meta("LARKSPUR_2025_10K", "Larkspur Software Corporation", 2025)

# revenue: 2,840.5 + 412.3 + 188.6 = 3,441.4 (FY2025); 2,391.2 + 431.8 + 176.4 = 2,999.4 (FY2024)
LARKSPUR_IS = """LARKSPUR SOFTWARE CORPORATION
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions, except per share amounts)
Fiscal Year Ended June 30, 2025 2024 2023
Revenue:
Subscription $ 2,840.5 $ 2,391.2 $ 1,962.7
Maintenance and support 412.3 431.8 455.0
Professional services 188.6 176.4 170.9
Total revenue 3,441.4 2,999.4 2,588.6
Cost of revenue:
Subscription 568.1 502.2 431.8
Maintenance and support 61.8 66.0 70.1
Professional services 160.3 152.9 149.0
Total cost of revenue 790.2 721.1 650.9
Gross profit 2,651.2 2,278.3 1,937.7
Operating expenses:
Research and development 702.4 640.1 571.3
Sales and marketing 1,101.6 987.0 866.2
General and administrative 301.9 280.7 255.4
Total operating expenses 2,105.9 1,907.8 1,692.9
Income from operations 545.3 370.5 244.8
Interest expense (38.2) (41.0) (44.6)
Other income, net 21.7 12.3 3.9
Income before income taxes 528.8 341.8 204.1
Provision for income taxes 112.4 70.9 40.3
Net income $ 416.4 $ 270.9 $ 163.8
"""

# debt rows, no total: short-term borrowings 50.0, current portion 100.0, long-term 896.3 (FY2025) = 1,046.3;
# finance leases 22.4 more when asked; cash 1,204.7
LARKSPUR_BS = """LARKSPUR SOFTWARE CORPORATION
CONSOLIDATED BALANCE SHEETS
(In millions)
June 30, 2025 2024
Current assets:
Cash and cash equivalents $ 1,204.7 $ 988.3
Short-term investments 610.0 455.2
Accounts receivable, net 702.9 640.4
Prepaid expenses and other current assets 133.0 121.6
Total current assets 2,650.6 2,205.5
Property and equipment, net 288.1 270.4
Goodwill 1,540.2 1,540.2
Total assets $ 4,478.9 $ 4,016.1
Current liabilities:
Accounts payable $ 88.4 $ 80.1
Accrued compensation 210.6 195.3
Short-term borrowings 50.0 —
Current portion of long-term debt 100.0 100.0
Deferred revenue, current 1,320.5 1,140.8
Total current liabilities 1,769.5 1,516.2
Long-term debt, net of current portion 896.3 995.1
Operating lease liabilities, non-current 141.2 150.7
Finance lease liabilities, non-current 22.4 25.0
Deferred revenue, non-current 98.7 90.2
Total liabilities 2,928.1 2,777.2
Total stockholders' equity 1,550.8 1,238.9
Total liabilities and stockholders' equity $ 4,478.9 $ 4,016.1
"""

# free cash flow FY2025: 970.1 - 84.6 = 885.5; dividends 205.3 + repurchases 620.0 = 825.3 (covered 1.07x)
# FY2024: 746.1 - 79.3 = 666.8 against 180.0 + 610.5 = 790.5 (not covered)
LARKSPUR_CF = """LARKSPUR SOFTWARE CORPORATION
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Fiscal Year Ended June 30, 2025 2024 2023
Cash flows from operating activities:
Net income $ 416.4 $ 270.9 $ 163.8
Depreciation and amortization 92.5 88.1 80.6
Stock-based compensation 310.2 288.4 250.1
Changes in operating assets and liabilities, net 151.0 98.7 60.2
Net cash provided by operating activities 970.1 746.1 554.7
Cash flows from investing activities:
Purchases of property and equipment (84.6) (79.3) (70.2)
Purchases of investments (820.4) (601.7) (300.0)
Maturities of investments 665.6 410.0 280.5
Net cash used in investing activities (239.4) (271.0) (89.7)
Cash flows from financing activities:
Repayments of long-term debt (100.0) (100.0) (50.0)
Proceeds from short-term borrowings 50.0 — —
Dividends paid (205.3) (180.0) (150.2)
Repurchases of common stock (620.0) (610.5) (180.0)
Net cash used in financing activities (875.3) (890.5) (380.2)
Net increase (decrease) in cash and cash equivalents (144.6) (415.4) 84.8
"""

LARKSPUR_PAGES = {60: LARKSPUR_IS, 61: LARKSPUR_BS, 63: LARKSPUR_CF}
