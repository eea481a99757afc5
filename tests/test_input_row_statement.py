"""A row's statement is the one whose title heads it, wherever on the page the title sits (finance.inputs).

Fictional quarterly report of a fictional filer (Larchmere Outfitters, Inc.), paged as an HTML filing's pseudo-pages
are: the cover runs into the first condensed statement, the balance sheet breaks across two pages, and the next
statement and a note follow on the same page.
"""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance.extract import extract_facts
from assistant.finance.inputs import check_input
from assistant.finance.statements import row_statement
from assistant.types import DocMeta, Fact
from finance_filings import memory_index, pages_of

LARCHMERE = DocMeta(doc_id="larchmereq3", doc="larchmere-10q-2025q3", source="larchmere-10q-2025q3.html",
                    company="Larchmere Outfitters", fiscal_year=2025, period="Q3 2025", doc_type="10-Q",
                    extra={"period_end": "2025-09-27"})

PAGE_1 = """FORM 10-Q
QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
For the quarterly period ended September 27, 2025
LARCHMERE OUTFITTERS, INC.
(Exact name of registrant as specified in its charter)
Delaware (State of incorporation)
Trading symbol LRCH - Nasdaq Global Select Market
As of October 24, 2025, there were 31,204,118 shares of the registrant's common stock outstanding.
PART I. FINANCIAL INFORMATION
Item 1. Financial Statements
LARCHMERE OUTFITTERS, INC.
Condensed Consolidated Statements of Income (Unaudited)
(In thousands, except per share data)
Quarter Ended September 27, 2025 Quarter Ended September 28, 2024 Nine Months Ended September 27, 2025 Nine Months Ended September 28, 2024
Net sales $214,630 $201,850 $598,410 $571,220
Cost of goods sold (131,470) (125,090) (369,780) (356,410)
Gross profit 83,160 76,760 228,630 214,810
Selling, general and administrative expenses (57,080) (52,030) (168,370) (157,520)
Restructuring and other charges (1,240) (3,910) (2,680) (6,350)
Operating income 24,840 20,820 57,580 50,940
Net income $17,310 $14,220 $39,960 $34,880
See accompanying notes to the condensed consolidated financial statements.
LARCHMERE OUTFITTERS, INC.
Condensed Consolidated Balance Sheets (Unaudited)
(In thousands)
September 27, 2025 December 28, 2024
Cash and cash equivalents $41,280 $52,610
Merchandise inventories 188,930 161,470"""

PAGE_2 = """Accrued liabilities $36,410 $39,880
Current portion of long-term debt 12,500 12,500
Total current liabilities 121,730 118,240
Long-term debt 146,250 155,630
Operating lease liabilities 118,940 114,260
Other long-term liabilities 9,870 10,410
Total liabilities 396,790 398,540
Common stock and additional paid-in capital 88,420 86,950
Retained earnings 127,270 112,860
Total stockholders' equity 215,690 199,810
Total liabilities and stockholders' equity $612,480 $598,350
LARCHMERE OUTFITTERS, INC.
Condensed Consolidated Statements of Cash Flows (Unaudited)
(In thousands)
Nine Months Ended September 27, 2025 Nine Months Ended September 28, 2024
Net income $39,960 $34,880
Net cash provided by operating activities 61,420 55,170
Capital expenditures, including store fixtures and software (18,760) (16,930)
4. Segment Information. We report two segments, Retail Stores and Direct, and evaluate them on segment profit.
(In thousands) Nine Months Ended September 27, 2025 Nine Months Ended September 28, 2024
Retail Stores gross profit 151,230 144,560
Direct gross profit 77,400 70,250
Total gross profit 228,630 214,810
Restructuring and other charges 2,680 6,350
Capital expenditures, including store fixtures and software 11,940 10,380"""


def _row(label: str, quote: str, value: float, period: str, year: int, page: int) -> Fact:
    return Fact(doc_id="d", doc="larchmere_10q", source="larchmere.html", page=page, label=label, value=value,
                scale=1e3, unit="USD", period=period, fiscal_year=year, quote=quote)


def test_a_statement_below_the_cover_holds_its_rows():
    # the title sits below the cover's lines, and the page holds two titles: each row is its own statement's
    assert row_statement(PAGE_1, "Gross profit 83,160 76,760 228,630 214,810") == "income"
    assert row_statement(PAGE_1, "Merchandise inventories 188,930 161,470") == "balance"
    gross = _row("Gross profit", "Gross profit 83,160 76,760 228,630 214,810", 228630.0, "9M 2025", 2025, 1)
    assert check_input(gross, PAGE_1) is None


def test_a_statement_broken_across_pages_takes_its_title_from_the_page_before():
    debt = _row("Current portion of long-term debt", "Current portion of long-term debt 12,500 12,500", 12500.0,
                "FY2024", 2024, 2)
    assert row_statement(PAGE_2, debt.quote, before=PAGE_1) == "balance"
    assert check_input(debt, PAGE_2, before=PAGE_1) is None
    # without the page before, the row's statement is not known: withdrawn, never assumed
    assert "not on a primary financial statement" in check_input(debt, PAGE_2)
    # the next statement on the same page is its own
    assert row_statement(PAGE_2, "Capital expenditures, including store fixtures and software (18,760) (16,930)",
                         PAGE_1) == "cash_flow"


def test_a_row_under_a_notes_heading_or_paragraph_is_on_no_statement():
    seg = _row("Total gross profit", "Total gross profit 228,630 214,810", 228630.0, "9M 2025", 2025, 2)
    assert row_statement(PAGE_2, seg.quote, before=PAGE_1) is None
    assert "not on a primary financial statement" in check_input(seg, PAGE_2, before=PAGE_1)
    # a page of discussion, with no title at all above the table, stays off the statements
    mdna = ("Results of Operations\nThe following table compares our quarters.\n"
            "Quarter Ended September 27, 2025 Quarter Ended September 28, 2024\nNet sales $214,630 $201,850\n")
    assert row_statement(mdna, "Net sales $214,630 $201,850", before=PAGE_1) is None
    # a figure in a sentence stands on no statement, whatever title is above it
    assert row_statement(PAGE_1 + "\nNet sales rose 6.3% to $214.6 million.", "Net sales rose 6.3% to $214.6 million.") \
        is None


def test_rows_under_a_title_below_the_pages_first_lines_are_read_as_that_statements():
    facts = extract_facts(LARCHMERE, pages_of(LARCHMERE, {1: PAGE_1, 2: PAGE_2}))
    capex = {(f.period, f.value) for f in facts if f.metric == "capital_expenditure"}
    # the cash-flow statement's row, read by the statement's own label rules; the note's segment row below a
    # paragraph is read as no statement's row
    assert capex == {("9M 2025", -18760.0), ("9M 2024", -16930.0)}, capex


def test_free_cash_flow_of_two_year_to_date_spans_from_a_statement_mid_page():
    index = memory_index([(LARCHMERE, {1: PAGE_1, 2: PAGE_2})])
    a = answer_question("Using net cash provided by operating activities less capital expenditures as free cash flow, "
                        "what was Larchmere Outfitters' free cash flow for the first nine months of 2025, and how did "
                        "it compare with the first nine months of 2024?", index)
    # 61,420 - 18,760 = 42,660; 55,170 - 16,930 = 38,240; +4,420 (+11.6%)
    assert a is not None and not a.refused, a and a.text
    assert all(s in a.text for s in ("42,660", "38,240", "+11.6%")), a.text


# a PDF's column heads stacked line by line: each length phrase over its own date line, the years on the last
STACKED = """OSTRAVA RAIL HOLDINGS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(In millions)
(Unaudited)
Three Months Ended
March 31,
Nine Months Ended
March 31,
2026 2025 2026 2025
Freight revenue $ 612.4 $ 588.1 $ 1,790.3 $ 1,702.6
Operating income 141.2 120.7 398.5 371.9
Net income $ 98.6 $ 84.0 $ 279.1 $ 259.4
"""


def test_stacked_column_heads_name_each_columns_length():
    row = "Operating income 141.2 120.7 398.5 371.9"
    quarter = Fact(doc_id="o", doc="ostrava_10q", source="o.pdf", page=3, label="Operating income", value=120.7,
                   scale=1e6, unit="USD", period="Q3 2025", fiscal_year=2025, quote=row)
    assert check_input(quarter, STACKED) is None
    year_to_date = Fact(doc_id="o", doc="ostrava_10q", source="o.pdf", page=3, label="Operating income", value=371.9,
                        scale=1e6, unit="USD", period="9M 2025", fiscal_year=2025, quote=row)
    assert check_input(year_to_date, STACKED) is None
    # the nine-month figure offered as the quarter's fails: no three-month column of 2025 holds it
    misread = Fact(doc_id="o", doc="ostrava_10q", source="o.pdf", page=3, label="Operating income", value=371.9,
                   scale=1e6, unit="USD", period="Q3 2025", fiscal_year=2025, quote=row)
    assert check_input(misread, STACKED) is not None


def test_a_line_asked_as_a_change_of_two_spans_is_the_statements_row_not_the_notes():
    # the income statement under the cover prints the charge in parentheses, the segment note without; the statement's
    # row is the one the answer reads: 6,350 - 2,680 = 3,670 less
    index = memory_index([(LARCHMERE, {1: PAGE_1, 2: PAGE_2})])
    a = answer_question("How much less did Larchmere Outfitters record in restructuring and other charges in the first "
                        "nine months of 2025 than in the first nine months of 2024?", index)
    assert a is not None and not a.refused, a and a.text
    assert "3,670" in a.text and "9M 2024 to 9M 2025" in a.text, a.text
    assert all(i.page == 1 for i in a.inputs), a.inputs
