from __future__ import annotations

from pathlib import Path

import pytest

from assistant.finance.extract import extract_facts, parse_value
from assistant.finance.registry import normalise_metric
from assistant.types import DocMeta, Page
from finance_filings import pages_of
from test_facts_path import FIRST as PELLWORTH_FIRST
from test_facts_path import INCOME as PELLWORTH_INCOME
from test_facts_path import PELLWORTH as PELLWORTH_RELEASE


def meta(doc: str = "ACME_2023_10K", period: str = "FY2023", doc_type: str = "10-K") -> DocMeta:
    return DocMeta(doc_id="acme0000000000aa", doc=doc, source=f"{doc}.pdf", company="Acme", doc_type=doc_type,
                   fiscal_year=int(period[-4:]), period=period)


def pages(*texts: str, m: DocMeta | None = None) -> list[Page]:
    m = m or meta()
    return [Page(m.doc_id, m.doc, m.source, i + 1, t) for i, t in enumerate(texts)]


def find(facts, label_part: str, period: str):
    hits = [f for f in facts if label_part.lower() in f.label.lower() and f.period == period]
    assert hits, f"no fact for {label_part!r} {period}"
    return hits[0]


INCOME = """ACME CORP
CONSOLIDATED STATEMENTS OF INCOME
(In millions, except per share data)
Years Ended December 31,
2023 2022 2021
Net sales $ 1,200 $ 1,000 $ 900
Cost of sales (700) (600) (550)
Gross profit 500 400 350
Research and development (a) 50 — 40
Net income attributable to
Acme Corp. 210 180 150
Earnings per share:
Basic $ 2.10 $ 1.80 $ 1.50
Diluted 2.05 1.75 1.45
Weighted-average shares outstanding — basic 100.0 100.0 100.0
The accompanying notes are an integral part of these statements.
12
"""


def test_income_statement_columns_scale_signs_and_units():
    m = meta()
    facts = extract_facts(m, pages(INCOME, m=m))
    sales = find(facts, "Net sales", "FY2022")
    assert (sales.value, sales.scale, sales.unit, sales.metric) == (1000, 1e6, "USD", "revenue")
    assert sales.absolute == 1e9 and sales.company == "Acme" and sales.fiscal_year == 2022
    assert sales.quote == "Net sales $ 1,200 $ 1,000 $ 900"
    cogs = find(facts, "Cost of sales", "FY2023")
    assert cogs.value == -700 and cogs.metric == "cost_of_revenue"
    rd = find(facts, "Research and development", "FY2022")
    assert rd.value == 0 and rd.label == "Research and development" and rd.metric == "research_and_development"
    eps = find(facts, "Basic", "FY2021")
    assert (eps.value, eps.unit, eps.scale, eps.metric) == (1.5, "USD/share", 1.0, "eps_basic")
    assert find(facts, "Diluted", "FY2023").metric == "eps_diluted"
    shares = find(facts, "Weighted-average shares", "FY2023")
    assert shares.unit == "shares" and shares.metric == "weighted_shares_basic"
    # a label wrapped onto two lines: the quote spans both, exactly as in the page
    ni = find(facts, "Net income attributable", "FY2023")
    assert ni.value == 210 and ni.metric == "net_income"
    assert ni.quote == "Net income attributable to\nAcme Corp. 210 180 150"
    for f in facts:
        assert f.quote in INCOME and f.page == 1
    assert not [f for f in facts if f.value == 12]  # the page number is not a row


def test_quarter_columns_multi_line_header_and_continued_page():
    m = meta("ACME_2023Q2_10Q", "Q2 2023", "10-Q")
    p1 = """CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
Three Months Ended Six Months Ended
(MILLIONS)
July 2,
2023
July 3,
2022
July 2,
2023
July 3,
2022
Revenues $ 12,734 $ 27,742 $ 31,015 $ 53,402
Cost of sales 3,237 8,648 8,122 18,632
5"""
    p2 = """Operating income 2,269 11,447 8,539 20,497
Provision for income taxes (71) 1,570 644 2,742
6"""
    facts = extract_facts(m, pages(p1, p2, m=m))
    assert find(facts, "Revenues", "Q2 2023").value == 12734
    assert find(facts, "Revenues", "Q2 2022").value == 27742
    assert find(facts, "Revenues", "6M 2023").value == 31015
    carried = find(facts, "Operating income", "6M 2022")
    assert carried.value == 20497 and carried.page == 2 and carried.scale == 1e6
    assert find(facts, "Provision for income taxes", "Q2 2023").value == -71


def test_balance_sheet_dates_change_columns_and_prose_ends_table():
    text = """Consolidated Balance Sheets
$ in thousands
December 31, 2022 December 31, 2021 Change
Inventories 5,140 5,965 (14)%
Total current assets 8,802 10,539 (16)%
Total assets have decreased mainly because inventories were reduced during the year by the company.
Revenue grew in 2021 120 130
"""
    facts = extract_facts(meta(doc="ACME_2022_10K", period="FY2022"), pages(text))
    inv = find(facts, "Inventories", "FY2021")
    assert (inv.value, inv.scale, inv.metric) == (5965, 1e3, "inventory")
    assert not [f for f in facts if f.value in (-14, -16)]
    assert not [f for f in facts if "Revenue grew" in f.label]


def test_cash_flow_changes_are_not_balances_and_sentences_become_facts():
    text = """Consolidated Statement of Cash Flows
(Millions) 2018 2017
Cash Flows from Operating Activities
Inventories (509) (387)
Net cash provided by operating activities 6,439 6,240
Purchases of property, plant and equipment (PP&E) (1,577) (1,373)
Capital expenditures were $1.6 billion in 2018, in line with plans.
"""
    facts = extract_facts(meta(doc="ACME_2018_10K", period="FY2018"), pages(text))
    assert find(facts, "Inventories", "FY2018").metric is None
    assert find(facts, "Net cash provided", "FY2017").metric == "cash_from_operations"
    sent = [f for f in facts if f.kind == "sentence"]
    assert len(sent) == 1
    assert (sent[0].value, sent[0].scale, sent[0].metric, sent[0].period) == (1.6, 1e9, "capital_expenditure", "FY2018")
    assert sent[0].quote in text


def test_a_sentence_fact_at_the_start_of_a_page_quotes_the_whole_sentence():
    # no full stop or blank line before the sentence: its quote starts at the page's first character
    text = "Capital expenditures were $2.4 billion in 2023, mainly for new stores. Other text follows."
    sent = [f for f in extract_facts(meta(), pages(text)) if f.kind == "sentence"]
    assert len(sent) == 1
    assert sent[0].quote == "Capital expenditures were $2.4 billion in 2023, mainly for new stores."


@pytest.mark.parametrize("label,metric", [
    ("Net sales", "revenue"), ("Total revenues", "revenue"), ("Cost of goods sold", "cost_of_revenue"),
    ("Income from operations", "operating_income"), ("Net earnings attributable to Acme Inc.", "net_income"),
    ("Net income attributable to noncontrolling interests", None), ("Total current assets", "total_current_assets"),
    ("Total assets", "total_assets"), ("Merchandise inventories", "inventory"),
    ("Accounts receivable, net", "accounts_receivable"), ("Additions to property, plant and equipment",
                                                          "capital_expenditure"),
    ("Dividends paid", "dividends_paid"), ("Dividends paid to common shareholders", "dividends_paid"),
    ("Total shareholders’ equity", "total_equity"),
    ("Property, plant and equipment, net", "net_ppe"), ("Selling, general and administrative expenses", "sga"),
    ("Goodwill", None),
])
def test_normalise_metric(label, metric):
    assert normalise_metric(label) == metric


def test_parse_value():
    assert parse_value("(1,577)") == -1577
    assert parse_value("$(3.5)") == -3.5
    assert parse_value("—") == 0 and parse_value("-") == 0
    assert parse_value("12.5%") == 12.5
    assert parse_value("abc") is None


def _pdf_pages(path: Path, numbers: list[int], m: DocMeta) -> list[Page]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    out = []
    for n in numbers:
        text = doc[n - 1].get_textpage().get_text_range().replace("\r\n", "\n")
        out.append(Page(m.doc_id, m.doc, m.source, n, text))
    return out


def test_real_3m_2018_cash_flow_statement(shared_dir):
    m = DocMeta(doc_id="3m2018", doc="3M_2018_10K", source="3M_2018_10K.pdf", company="3M", doc_type="10-K",
                fiscal_year=2018, period="FY2018")
    pgs = _pdf_pages(shared_dir / "pdfs" / "3M_2018_10K.pdf", [60], m)
    facts = extract_facts(m, pgs)
    capex = [f for f in facts if f.metric == "capital_expenditure" and f.period == "FY2018"]
    assert capex and capex[0].value == -1577 and capex[0].scale == 1e6 and capex[0].page == 60
    assert capex[0].quote in pgs[0].text and "(1,577)" in capex[0].quote
    wrapped = [f for f in facts if f.label.startswith("Proceeds from sale of businesses") and f.period == "FY2016"]
    assert wrapped and wrapped[0].value == 142
    assert {f.period for f in facts} == {"FY2018", "FY2017", "FY2016"}


def test_real_pfizer_quarterly_income_statement(shared_dir):
    m = DocMeta(doc_id="pfe2023q2", doc="Pfizer_2023Q2_10Q", source="Pfizer_2023Q2_10Q.pdf", company="Pfizer",
                doc_type="10-Q", fiscal_year=2023, period="Q2 2023")
    facts = extract_facts(m, _pdf_pages(shared_dir / "pdfs" / "Pfizer_2023Q2_10Q.pdf", [8], m))
    rev = {f.period: f.value for f in facts if f.metric == "revenue"}
    assert rev == {"Q2 2023": 12734, "Q2 2022": 27742, "6M 2023": 31015, "6M 2022": 53402}
    eps = [f for f in facts if f.metric == "eps_diluted" and f.period == "Q2 2023" and f.label.startswith("Net income")]
    assert eps and eps[0].value == 0.41 and eps[0].unit == "USD/share"


def test_percent_change_columns_between_period_columns_are_skipped():
    text = """(Dollars in millions) FISCAL 2023 FISCAL 2022 % CHANGE FISCAL 2021 % CHANGE
Revenues $ 51,217 $ 46,710 10 % $ 44,538 5 %
"""
    facts = extract_facts(meta(doc="NIKE_2023_10K"), pages(text))
    assert {f.period: f.value for f in facts} == {"FY2023": 51217, "FY2022": 46710, "FY2021": 44538}


def test_a_dated_line_above_the_year_columns_does_not_add_columns():
    # PepsiCo's statements: the dates line names each fiscal year's end, the next line holds the columns
    m = meta("PEPSI_2021_10K", "FY2021")
    text = """Consolidated Statement of Cash Flows
PepsiCo, Inc. and Subsidiaries
Fiscal years ended December 25, 2021, December 26, 2020 and December 28, 2019
(in millions)
2021 2020 2019
Operating Activities
Net income $ 7,679 $ 7,175 $ 7,353
Depreciation and amortization 2,710 2,548 2,432
Investing Activities
Capital spending (4,625) (4,240) (4,232)
"""
    facts = extract_facts(m, pages(text, m=m))
    capex = find(facts, "Capital spending", "FY2021")
    assert capex.value == -4625 and capex.scale == 1e6 and capex.metric == "capital_expenditure"
    assert find(facts, "Capital spending", "FY2019").value == -4232
    assert find(facts, "Net income", "FY2020").value == 7175


def test_a_header_run_into_the_first_row_is_split():
    m = meta("AWK_2021_10K", "FY2021")
    text = """Consolidated Statements of Operations
(In millions, except per share data)
For the Years Ended December 31, 2021 2020 2019 Operating revenues $ 3,930 $ 3,777 $ 3,610
Operating expenses:
Depreciation and amortization 636 604 582
Operating income 1,196 1,248 1,214
"""
    facts = extract_facts(m, pages(text, m=m))
    assert find(facts, "Operating revenues", "FY2021").value == 3930
    op = find(facts, "Operating income", "FY2021")
    assert op.value == 1196 and op.quote == "Operating income 1,196 1,248 1,214"
    rev = find(facts, "Operating revenues", "FY2019")
    assert rev.value == 3610 and text[text.index(rev.quote):].startswith("Operating revenues $ 3,930")


@pytest.mark.parametrize("label,metric", [
    ("Cash provided (used) by operations", "cash_from_operations"),
    ("Cash provided (used) by investing activities", "cash_from_investing"),
    ("Total cash provided by operating activities", "cash_from_operations"),
    ("Financing activities", "cash_from_financing"),  # a summary table's bare section name
    ("Net cash used in discontinued operations", None),
    ("Restructuring and impairment charges", "restructuring_costs"),
    ("Cash payments for restructuring charges", None),
    ("Other investing activities", None),
])
def test_cash_flow_section_totals(label, metric):
    assert normalise_metric(label) == metric


def test_a_header_run_into_a_section_title_opens_the_table():
    m = meta("MGM_2020_10K", "FY2020")
    text = """CONSOLIDATED STATEMENTS OF CASH FLOWS
(In thousands)
Year Ended December 31, 2020 2019 2018 Cash flows from operating activities
Net income (loss) $ (1,032,724) $ 2,214,169 $ 584,727
Cash flows from investing activities
Capital expenditures, net of construction payable (270,579) (739,006) (1,486,843)
"""
    facts = extract_facts(m, pages(text, m=m))
    capex = find(facts, "Capital expenditures", "FY2018")
    assert capex.value == -1486843 and capex.scale == 1e3 and capex.metric == "capital_expenditure"


def test_rows_run_together_on_one_line_are_split_into_rows():
    m = meta("WILLOWBROOK_2024_10K", "FY2024")
    text = """Consolidated Statements of Earnings WILLOWBROOK FOODS, INC. AND SUBSIDIARIES
(In Millions, Except per Share Data)
Fiscal Year
2024 2023 2022 Net sales $ 9,412.6 $ 8,977.1 $ 8,615.0 Cost of sales 6,204.3 5,911.8 5,702.4
Selling, general, and administrative expenses 1,588.2 1,540.9 1,497.7 Plant closure (gains) costs (12.5) 40.3 -
Operating profit 1,632.6 1,484.1 1,414.9
Common stock, 512.3 shares issued, $0.10 par value 51.2 51.2 51.2
Net earnings attributable to Willowbrook $ 1,101.4 $ 1,003.2 $ 960.8
"""
    facts = extract_facts(m, pages(text, m=m))
    assert find(facts, "Net sales", "FY2024").value == 9412.6 and find(facts, "Net sales", "FY2022").value == 8615.0
    cost = find(facts, "Cost of sales", "FY2023")
    assert cost.value == 5911.8 and cost.label == "Cost of sales" and cost.metric == "cost_of_revenue"
    assert cost.quote == "Cost of sales 6,204.3 5,911.8 5,702.4"
    assert find(facts, "Plant closure", "FY2024").value == -12.5 and find(facts, "Plant closure", "FY2022").value == 0
    assert find(facts, "Selling, general", "FY2024").value == 1588.2
    # numbers inside a label (shares, par value) are not a row of their own
    assert find(facts, "Common stock", "FY2024").value == 51.2
    assert find(facts, "Net earnings attributable", "FY2024").value == 1101.4


def test_rows_run_together_on_a_cash_flow_page_keep_headings_apart():
    m = meta("WILLOWBROOK_2024_10K", "FY2024")
    text = """Consolidated Statements of Cash Flows WILLOWBROOK FOODS, INC. AND SUBSIDIARIES
(In Millions)
Fiscal Year
2024 2023 2022 Cash Flows - Operating Activities Net earnings $ 1,101.4 $ 1,003.2 $ 960.8 Adjustments to reconcile net earnings to net cash provided by operating activities: Depreciation and amortization 310.5 298.1 290.0
Net cash provided by operating activities 1,530.2 1,402.6 1,371.3 Cash Flows - Investing Activities
Purchases of land, buildings, and equipment (402.7) (380.2) (355.9) Acquisition (150.0) - -
Purchases of common stock for treasury (300.0) (120.5) (2.1) Dividends paid (620.4) (601.8) (588.3) Other, net (8.0) (9.1) (4.4)
"""
    facts = extract_facts(m, pages(text, m=m))
    da = find(facts, "Depreciation and amortization", "FY2024")
    assert da.value == 310.5 and da.label == "Depreciation and amortization"
    assert find(facts, "Dividends paid", "FY2023").value == -601.8
    assert find(facts, "Net cash provided by operating", "FY2022").value == 1371.3
    assert find(facts, "Purchases of land", "FY2024").value == -402.7
    assert find(facts, "Acquisition", "FY2023").value == 0


def test_a_row_split_from_a_run_together_line_passes_its_page_check():
    from assistant.finance.inputs import check_input

    m = meta("WILLOWBROOK_2024_10K", "FY2024")
    text = """Consolidated Statements of Cash Flows WILLOWBROOK FOODS, INC. AND SUBSIDIARIES
(In Millions)
Fiscal Year
2024 2023 2022
Purchases of common stock for treasury (300.0) (120.5) (2.1) Dividends paid (620.4) (601.8) (588.3) Other, net (8.0) (9.1) (4.4)
Net cash used by financing activities (928.4) (731.4) (594.8)
"""
    facts = extract_facts(m, pages(text, m=m))
    paid = find(facts, "Dividends paid", "FY2024")
    assert check_input(paid, text) is None
    # the check still fails a value the row does not show
    from dataclasses import replace
    assert "does not show" in check_input(replace(paid, value=-8.0), text)


def test_a_dated_header_run_into_the_first_heading_is_split():
    m = meta("WILLOWBROOK_2024_10K", "FY2024")
    text = """Consolidated Balance Sheets
WILLOWBROOK FOODS, INC. AND SUBSIDIARIES
(In Millions, Except Par Value)
May 26,
2024 May 28, 2023 ASSETS Current assets:
Cash and cash equivalents $ 312.0 $ 298.4
Inventories 1,101.6 1,088.2
Total current assets 2,950.3 2,871.9
"""
    facts = extract_facts(m, pages(text, m=m))
    inv = find(facts, "Inventories", "FY2024")
    assert inv.value == 1101.6 and inv.metric == "inventory"
    assert find(facts, "Total current assets", "FY2023").value == 2871.9


def test_an_unlabelled_total_under_a_heading_is_read_only_when_it_adds_up():
    m = meta("SILVERPEAK_2024_10K", "FY2024")
    text = """SILVERPEAK RESORTS CORPORATION
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Year Ended December 31,
2024 2023
Revenues
Gaming $ 1,204,500 $ 1,110,250
Hotel 402,300 380,900
Food and beverage 251,200 240,150
1,858,000 1,731,300
Expenses
Gaming 650,000 610,000
Hotel 200,000 190,000
999,999 900,000
Operating income 406,200 381,300
"""
    facts = extract_facts(m, pages(text, m=m))
    rev = [f for f in facts if f.quote == "1,858,000 1,731,300" and f.period == "FY2024"]
    assert rev and rev[0].value == 1858000 and rev[0].metric == "revenue" and rev[0].label == "Revenues"
    assert [f.value for f in facts if f.label == "Revenues" and f.period == "FY2023"] == [1731300]
    # 650,000 + 200,000 is not 999,999: a row of numbers that does not add up is not given a name
    assert not [f for f in facts if f.value == 999999]


def test_a_bare_receivables_line_of_a_balance_sheet_is_accounts_receivable():
    assert normalise_metric("Receivables", "balance") == "accounts_receivable"
    assert normalise_metric("Other receivables", "balance") is None
    assert normalise_metric("Receivables from affiliates", "balance") is None


def test_percent_of_sales_columns_beside_each_amount_are_not_periods():
    m = meta("ACME_2025_10K", "FY2025")
    text = """CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
Fiscal Year Ended
January 31, February 1,
2026 2025
Net sales $ 4,210,400 100.0% $ 4,002,100 100.0%
Cost of sales 2,736,800 65.0% 2,641,400 66.0%
"""
    facts = extract_facts(m, pages(text, m=m))
    assert find(facts, "Net sales", "FY2026").value == 4210400
    assert find(facts, "Net sales", "FY2025").value == 4002100
    assert find(facts, "Cost of sales", "FY2025").value == 2641400


def test_a_header_of_years_after_a_caption_under_a_dated_line_is_read():
    # the dates of the balance sheet in a line of their own, then the columns' years after the scale note, as
    # some filers print them; a debt table whose years follow a caption for its label column
    m = meta("FABRIKAM_FY2026_10K", "FY2026")
    text = """CONSOLIDATED BALANCE SHEETS
(April 24, 2026 and April 25, 2025)
(in millions, except par value) 2026 2025
ASSETS
Current assets:
Cash and cash equivalents $812.4 $760.1
Total current assets 2,140.6 1,998.3
Total assets $6,402.0 $6,010.7
LIABILITIES AND SHAREHOLDERS' EQUITY
Total current liabilities 1,020.5 977.9
Long-term debt 1,850.0 1,900.0
Total shareholders' equity 3,101.2 2,870.4
"""
    debt = """Borrowings
(in millions)
(principal amounts) 2026 2025
Term loan due 2028 $400.0 $450.0
Senior notes due 2031 1,500.0 1,500.0
Total principal 1,900.0 1,950.0
"""
    facts = extract_facts(m, pages(text, debt, m=m))
    assert find(facts, "Total current assets", "FY2026").value == 2140.6
    assert find(facts, "Total current liabilities", "FY2025").value == 977.9
    assert find(facts, "Total current assets", "FY2026").scale == 1e6
    assert not [f for f in facts if f.label.startswith("Total current assets") and f.period not in ("FY2026", "FY2025")]
    assert find(facts, "Term loan due", "FY2026").value == 400.0
    assert find(facts, "Senior notes", "FY2025").value == 1500.0
    # a caption holding a year is no column: only the years after it are
    cap = """Segment results
(Years ended December 31, 2025) 2025 2024
Net sales $910.0 $880.0
"""
    facts = extract_facts(meta(), pages(cap))
    assert {f.period for f in facts if f.label == "Net sales"} <= {"FY2025", "FY2024"}


def test_the_quick_header_check_never_turns_a_header_away():
    """Issue 15: ``_is_header_line`` first rejects a line holding a word no column header is made of (outside
    parentheses and "except" clauses); the full tests would reject every such line too, and header lines of every
    kind still pass."""
    from assistant.finance.extract import _header_tests, _is_header_line, _may_be_header

    headers = ["Three Months Ended June 30, 2025 2024", "(in millions, except per share data) 2025 2024",
               "Fiscal Year 2025 vs. 2024", "52 Weeks Ended January 31, 2026 53 Weeks Ended February 1, 2025",
               "FY25 FY24", "Year-to-date 2025 2024", "Twenty-Six Weeks Ended Aug. 2, 2025 Aug. 3, 2024",
               "$ in thousands, except share amounts 2025 2024", "December 31, 2025 December 31, 2024",
               "Q1 2025 Q1 2024 % Change", "(principal amounts) 2026 2025", "2025 compared with 2024"]
    others = ["Net revenue 1,234 1,100", "Contoso Ltd. 2025 2024", "Northwind stores opened 2025 2024",
              "Total operating expenses $ 3,402 $ 3,118", "Cash dividends declared per share 0.42 0.40",
              "Fabrikam segment (Americas) 2025 2024", "Years ended December 31, 2025 2024 Contoso",
              "First quarter", "Sept 30, 2025 versus 2024 restated and unaudited", "as of the date of this report"]
    for line in headers:
        assert _may_be_header(line) and _is_header_line(line), line
    for line in headers + others:
        assert _may_be_header(line) or not _header_tests(line), line  # the quick check turns no header away
        assert _is_header_line(line) == _header_tests(line), line
    assert not _may_be_header("Net revenue 1,234 1,100") and not _is_header_line("Contoso Ltd. 2025 2024")


# ---- a release heading is a fiscal-year-name fact (session 30) -------------------------------------------------------
# Session 30 (#10): a fourth-quarter results release whose heading names its fiscal year and whose first page
# gives the closing date of the fifty-two weeks it reports gives a ``fiscal_year_name`` fact
# (``fiscal.release_naming``). The release is ``test_facts_path``' Pellworth Outdoor Co.

def test_the_release_heading_is_a_fiscal_year_name_fact():
    facts = [f for f in extract_facts(PELLWORTH_RELEASE, pages_of(PELLWORTH_RELEASE, {1: PELLWORTH_FIRST, 6: PELLWORTH_INCOME}))
             if f.metric == "fiscal_year_name"]
    assert [(int(f.value), f.fiscal_year, f.page) for f in facts] == [(2024, 2025, 1)]
