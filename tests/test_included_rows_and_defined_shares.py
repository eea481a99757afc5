"""A statement row whose label ends in a clause of what it includes is the item its head names
(registry.included_head, fact_calculations._included_pick), and a defined amount asked "as a percentage of" another
figure is divided by that figure (intents._share_base); an unreadable base declines.

Fictional filers: Brackwater Analytics (a quarterly release whose cash flow statement labels its capital spending
"Capital expenditures, including capitalized software development costs") and Oriel Fieldworks (an annual report
labelling it "Purchases of property and equipment (including internal-use software and cloud hosting)").
"""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance.registry import included_head
from assistant.types import DocMeta
from finance_filings import memory_index

BRACK = DocMeta(doc_id="brack3q", doc="brackwater-q3-2026-release", source="brackwater-q3-2026-release.pdf",
                company="Brackwater Analytics", fiscal_year=2026, period="Q3 2026", doc_type="earnings release",
                extra={"period_end": "2026-09-30"})

BRACK_INCOME = """BRACKWATER ANALYTICS, INC. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions, except per share amounts)
Three months ended Sept. 30, 2026 Three months ended Sept. 30, 2025 Nine months ended Sept. 30, 2026 Nine months ended Sept. 30, 2025
Revenue $412.6 $371.0 $1,180.4 $1,066.2
Cost of revenue 88.1 80.4 254.9 231.7
Research and development 96.3 88.2 281.4 262.0
Sales and marketing 121.7 112.5 352.6 331.8
General and administrative 41.2 38.9 120.8 116.3
Operating income 65.3 51.0 170.7 124.4
Net income $49.8 $38.6 $129.4 $93.1
"""

BRACK_CASH = """BRACKWATER ANALYTICS, INC. CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Nine months ended Sept. 30, 2026 Nine months ended Sept. 30, 2025
Operating activities:
Net income $129.4 $93.1
Depreciation and amortization 61.2 57.8
Stock-based compensation 48.6 44.0
Accounts receivable (22.4) (18.9)
Net cash provided by operating activities 236.1 201.4
Investing activities:
Capital expenditures, including capitalized software development costs (52.3) (47.9)
Purchases of marketable securities (120.0) (95.0)
Net cash used in investing activities (172.3) (142.9)
Financing activities:
Repurchases of common stock (60.0) (45.0)
Net cash used in financing activities (60.0) (45.0)
"""

ORIEL = DocMeta(doc_id="oriel25", doc="oriel-10k-2025", source="oriel-10k-2025.pdf", company="Oriel Fieldworks",
                fiscal_year=2025, period="FY2025", doc_type="10-K", extra={"period_end": "2025-12-31"})

ORIEL_INCOME = """ORIEL FIELDWORKS CORPORATION CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
Year Ended December 31, 2025 2024
Net revenues $884,200 $802,700
Cost of revenues 512,900 470,300
Gross profit 371,300 332,400
Selling, general and administrative 248,100 229,600
Operating income 123,200 102,800
Net income $90,400 $74,100
"""

ORIEL_CASH = """ORIEL FIELDWORKS CORPORATION CONSOLIDATED STATEMENTS OF CASH FLOWS
(In thousands)
Year Ended December 31, 2025 2024
Cash flows from operating activities:
Net income $90,400 $74,100
Depreciation 40,300 37,900
Net cash provided by operating activities 151,800 133,500
Cash flows from investing activities:
Purchases of property and equipment (including internal-use software and cloud hosting) (63,700) (58,200)
Net cash used in investing activities (63,700) (58,200)
"""


def test_the_head_of_a_label_with_an_including_clause():
    assert included_head("Capital expenditures, including capitalized software development costs") == \
        "Capital expenditures"
    assert included_head("Purchases of property and equipment (including internal-use software and cloud hosting)") \
        == "Purchases of property and equipment"
    assert included_head("Revenues - including excise taxes") == "Revenues"
    assert included_head("Capital expenditures") is None


def test_a_defined_free_cash_flow_reads_the_row_its_head_names():
    index = memory_index([(ORIEL, {4: ORIEL_INCOME, 5: ORIEL_CASH})])
    # the row maps to no metric as read (its clause has too many words of its own)
    assert not [f for f in index.facts(metric="capital_expenditure")]
    a = answer_question("Taking free cash flow as net cash provided by operating activities minus capital "
                        "expenditures, what was Oriel Fieldworks' free cash flow in 2025?", index, index.documents())
    assert a is not None and not a.refused, a
    assert "88,100" in a.text or "88.1" in a.text, a.text  # 151,800 - 63,700


def test_a_defined_amount_asked_as_a_percentage_of_revenue_is_divided_by_it():
    index = memory_index([(BRACK, {4: BRACK_INCOME, 6: BRACK_CASH})])
    a = answer_question("What was Brackwater Analytics' free cash flow (net cash provided by operating activities "
                        "less capital expenditures) for the nine months ended September 30, 2026 as a percentage of "
                        "revenue?", index, index.documents())
    assert a is not None and not a.refused, a
    assert "15.6%" in a.text, a.text  # (236.1 - 52.3) / 1,180.4 = 15.57%
    b = answer_question("Define Oriel Fieldworks' free cash flow as net cash provided by operating activities less "
                        "purchases of property and equipment. What was it in 2025 as a share of net revenues?",
                        memory_index([(ORIEL, {4: ORIEL_INCOME, 5: ORIEL_CASH})]), None)
    assert b is not None and not b.refused, b
    assert "9.96%" in b.text or "10.0%" in b.text, b.text  # 88,100 / 884,200 = 9.96%


def test_a_share_of_a_figure_mia_cannot_name_is_declined_never_the_amount():
    plain = BRACK_CASH.replace("Capital expenditures, including capitalized software development costs",
                               "Capital expenditures")
    index = memory_index([(BRACK, {4: BRACK_INCOME, 6: plain})])
    a = answer_question("What was Brackwater Analytics' free cash flow (net cash provided by operating activities "
                        "less capital expenditures) for the nine months ended September 30, 2026 as a percentage of "
                        "its enterprise bookings backlog?", index, index.documents())
    assert a is None or a.refused, a.text


# a per-share heading wrapped over two lines by the page's width: extraction reads its second half as the heading
HALVARD = DocMeta(doc_id="halv25", doc="halvard-10k-2025", source="halvard-10k-2025.pdf", company="Halvard Provisions",
                  fiscal_year=2025, period="FY2025", doc_type="10-K", extra={"period_end": "2025-08-31"})

HALVARD_INCOME = """HALVARD PROVISIONS CORPORATION
CONSOLIDATED STATEMENTS OF INCOME
(amounts in millions, except per share data)
52 Weeks Ended August 31, 2025 52 Weeks Ended September 1, 2024
Net sales $ 48,210 $ 45,930
Merchandise costs 42,118 40,207
Selling, general and administrative 4,402 4,195
Operating income 1,690 1,528
Provision for income taxes 402 371
NET INCOME ATTRIBUTABLE TO HALVARD $ 1,288 $ 1,157
NET INCOME PER COMMON SHARE ATTRIBUTABLE TO
HALVARD:
Basic $ 6.42 $ 5.71
Diluted $ 6.38 $ 5.66
Shares used in calculation (000's)
Basic 200,623 202,628
Diluted 201,881 204,417
"""

HALVARD_WRAPPED_OTHERWISE = HALVARD_INCOME.replace(
    "NET INCOME PER COMMON SHARE ATTRIBUTABLE TO\nHALVARD:",
    "Earnings per share available to common\nstockholders of the Company:")


def test_a_per_share_heading_wrapped_over_two_lines_is_read_whole():
    for page in (HALVARD_INCOME, HALVARD_WRAPPED_OTHERWISE):
        index = memory_index([(HALVARD, {3: page})])
        # the row as extracted names no measure, or (session 32: a heading its colon closes on the next line is read
        # whole by the extractor) the per-share measure it is
        assert all(f.value in (6.38, 5.66) and f.unit == "USD/share" for f in index.facts(metric="eps_diluted"))
        a = answer_question("By what percentage did Halvard Provisions' diluted earnings per share grow from fiscal "
                            "2024 to fiscal 2025?", index, index.documents())
        assert a is not None and not a.refused, a
        # 6.38 / 5.66 - 1 = 12.7%; a figure per share, never in the page's millions
        assert "+12.7%" in a.text and "$6.38 per share" in a.text and "million" not in a.text, a.text
