"""table_shares: the share of a table's "Total <whole>" row that rows the question names word for word make up, each
asked year, and its change in points (session 16, segments). Every table and question is written for this test
(fictional filers)."""

from __future__ import annotations

from assistant.answer import table_shares as S

# the head line read as a row ("Allocation of Capital Expenditures 2025 2024"), a subtotal, a January close
CAPEX = """Capital Allocation
We are allocating more capital to store refreshes and digital capabilities. The following table provides detail:
(Amounts in millions) Fiscal Years Ended January 31,
Allocation of Capital Expenditures 2025 2024
New stores, including relocations $ 640 $ 1,210
Store refreshes 1,480 1,150
Digital, logistics and other 2,930 2,640
Total domestic 5,050 5,000
Overseas 1,950 2,100
Total capital expenditures $ 7,000 $ 7,100
"""

# plain heads of years, a December close, the parts named in another order
SPEND = """Research and development spending by program was as follows:
(In millions) 2025 2024 2023
Battery platforms $ 410 $ 350 $ 300
Charging networks 190 210 160
Software and services 400 340 290
Total research and development $ 1,000 $ 900 $ 750
"""


def test_the_named_rows_share_of_the_total_row_each_year_and_its_change():
    q = ("What share of Tailwind Retail's total capital expenditures went to store refreshes plus digital, logistics "
         "and other in fiscal 2025, and by how many percentage points did that share change from fiscal 2024?")
    assert S.asks_rows_share(q)
    assert S.rows_share(q, CAPEX, {2025, 2024}) is None  # how the filer names its fiscal years unknown: unsure
    got = S.rows_share(q, CAPEX, {2025, 2024}, ends=True)
    # (1,480 + 2,930) / 7,000 = 63.0% in 2025; (1,150 + 2,640) / 7,100 = 53.4% in 2024
    assert got is not None and got.parts == ("Store refreshes", "Digital, logistics and other"), got
    assert got.years == (2024, 2025) and [round(v, 1) for v in got.shares] == [53.4, 63.0], got
    assert got.whole == "Total capital expenditures" and len(got.rows) == 3
    q = "What percentage of Contoso Motors' total research and development was spent on software and services and charging networks in 2025?"
    got = S.rows_share(q, SPEND, {2025})
    assert got is not None and [round(v, 1) for v in got.shares] == [59.0], got  # (190 + 400) / 1,000


def test_a_whole_not_in_the_questions_words_or_no_part_named_is_no_answer():
    # the whole asked is not the total row's ("total domestic capital expenditures" against "Total domestic")
    q = "What share of Tailwind Retail's total spending went to store refreshes in fiscal 2025?"
    assert S.rows_share(q, CAPEX, {2025}, ends=True) is None
    # no row named word for word ("refreshes" alone is not the row "Store refreshes")
    q = "What share of Tailwind Retail's total capital expenditures went to refreshes in fiscal 2025?"
    assert S.rows_share(q, CAPEX, {2025}, ends=True) is None
    # a year the table does not give
    q = "What share of Contoso Motors' total research and development went to battery platforms in 2022?"
    assert S.rows_share(q, SPEND, {2022}) is None
    # no total asked and no table of the whole: nothing (a segment's share is ``member_share``'s)
    assert S.rows_share("What share of revenue came from the Western segment in 2025?", SPEND, {2025}) is None


# a segment note of member rows closing on the consolidated figure, reconciling items between
SEGMENT_ROWS = """Operating income by segment was as follows:
(In millions) 2025 2024
Coastal Freight $ 820 $ 760
Inland Logistics 410 455
Air Express 270 240
Corporate expenses (150) (140)
Consolidated operating income $ 1,350 $ 1,315
"""


def test_a_named_segments_share_of_the_consolidated_row_of_member_rows():
    q = ("What share of Northwind Transport's consolidated operating income came from Inland Logistics in 2025 and "
         "2024, and by how many percentage points did it change?")
    got = S.rows_share(q, SEGMENT_ROWS, {2025, 2024})
    # 410 / 1,350 = 30.4% in 2025; 455 / 1,315 = 34.6% in 2024
    assert got is not None and got.parts == ("Inland Logistics",) and [round(v, 1) for v in got.shares] == [34.6, 30.4]
    # "total operating income" asked: the table's row says "Consolidated", not the question's words
    assert S.rows_share(q.replace("consolidated", "total"), SEGMENT_ROWS, {2025, 2024}) is None


# an MD&A table of two years, then an amount change and a percent change, closing on "Total consolidated ..."
CHANNELS = """Net Revenues by Distribution Channel
The following table details our consolidated net revenues by distribution channel (amounts in millions):
For the Years Ended December 31,
2025 2024
Increase/
(decrease) % Change
Net revenues by distribution channel:
Online stores $ 3,150 $ 2,800 $ 350 13 %
Partner retailers 1,200 1,350 (150) (11)
Other 150 150 — —
Total consolidated net revenues $ 4,500 $ 4,300 $ 200 5
"""


def test_a_share_read_from_the_years_before_change_columns():
    q = ("What share of Fabrikam Games' consolidated net revenues came through online stores in 2025 and in 2024, and "
         "by how many percentage points did that share change?")
    got = S.rows_share(q, CHANNELS, {2025, 2024})
    # 3,150 / 4,500 = 70.0% in 2025; 2,800 / 4,300 = 65.1% in 2024
    assert got is not None and got.whole == "Total consolidated net revenues", got
    assert [round(v, 1) for v in got.shares] == [65.1, 70.0] and got.cells[0] == (("2,800",), "4,300"), got
    # a third year after the change heads: which cell is which year, unsure
    odd = CHANNELS.replace("(decrease) % Change", "(decrease) % Change 2023")
    assert S.rows_share(q, odd, {2025, 2024}) is None


# a balance sheet's intangibles written "<noun>, net": a question may name them "net <noun>"
ASSETS = """Consolidated Balance Sheets
(In millions) 2025 2024
Cash and cash equivalents $ 310 $ 280
Receivables, net 540 500
Property and equipment, net 1,150 1,090
Goodwill 2,400 2,350
Other intangible assets, net 800 860
Total assets $ 5,200 $ 5,080
"""


def test_a_share_of_parts_one_of_which_no_row_names_is_no_answer():
    # "net other intangible assets" is the row "Other intangible assets, net" in other words: the share of goodwill
    # alone would be half the asked sum, shown as the whole
    q = ("What portion of Harrowfield Labs' total assets was goodwill plus net other intangible assets at the end of "
         "2025 and 2024?")
    assert S.rows_share(q, ASSETS, {2025, 2024}) is None
    q = "What share of Brackenridge Tools' total assets consisted of goodwill and net receivables in 2025?"
    assert S.rows_share(q, ASSETS, {2025}) is None
    # each part named as its row is: the sum of both, (2,400 + 800) / 5,200 = 61.5%
    q = ("What portion of Harrowfield Labs' total assets was goodwill plus other intangible assets, net at the end of "
         "2025?")
    got = S.rows_share(q, ASSETS, {2025})
    assert got is not None and got.parts == ("Goodwill", "Other intangible assets, net"), got
    assert [round(v, 1) for v in got.shares] == [61.5]
    q = "What share of Brackenridge Tools' total assets did goodwill account for at the close of 2025?"
    got = S.rows_share(q, ASSETS, {2025})
    assert got is not None and got.parts == ("Goodwill",), got
    # the company's name before the one part, its verb after: one part, found
    q = "What share of total assets did Harrowfield's other intangible assets, net represent in 2024?"
    got = S.rows_share(q, ASSETS, {2024})
    assert got is not None and got.parts == ("Other intangible assets, net",), got


# Session 33 (#10): a whole said without "total" ("its fiscal 2025 capital expenditures", "share-based compensation
# expense") is read from the one table whose rows above the whole's row ("Total <whole>", or the whole's own label as
# the breakdown's last line) add up to it in every asked year; the part is its row's label, or that label less the
# words it shares with the whole's ("Advertising expenses" under "... administrative expenses": "advertising")
SBC_NOTE = """Share-Based Compensation
Share-based compensation expense was recognized in the consolidated statements of income as follows:
(In millions) 2025 2024 2023
Cost of revenue $ 22 $ 19 $ 17
Research and development 141 120 98
Selling, general and administrative 87 81 75
Share-based compensation expense 250 220 190
Income tax benefit (52) (46) (40)
Share-based compensation expense, net of tax $ 198 $ 174 $ 150
"""

SGA_BREAKDOWN = """Selling, General and Administrative Expenses
The following table sets forth the components of selling, general and administrative expenses (in millions):
Year Ended December 31, 2025 2024
Advertising expenses $ 1,240 $ 1,180
Distribution expenses 905 960
Other operating expenses 655 610
Selling, general and administrative expenses $ 2,800 $ 2,750
"""

LEASE_COSTS = """The components of lease cost were as follows (in millions):
2025 2024
Operating lease cost $ 310 $ 296
Amortization of right-of-use assets 42 37
Interest on lease liabilities 11 9
Variable lease cost 128 101
Sublease income (16) (13)
Total lease cost $ 475 $ 430
"""

# a whole row the rows above do not add up to (a statement's top line, then its costs)
NOT_A_BREAKDOWN = """(In millions) 2025 2024
Product sales $ 3,100 $ 2,900
Service revenue 900 850
Net sales 4,200 3,750
Cost of sales 2,500 2,300
"""


def test_a_whole_said_without_total_from_the_table_that_adds_up_to_it():
    q = ("What percentage of Larkspur Devices' FY2025 share-based compensation expense was recorded in research and "
         "development, and how does that compare with FY2024?")
    assert S.asks_rows_share(q)
    got = S.rows_share(q, SBC_NOTE, {2025, 2024})
    # 141 / 250 = 56.4% in 2025; 120 / 220 = 54.5% in 2024 (22 + 141 + 87 = 250: the rows add up to the whole's row)
    assert got is not None and got.whole == "Share-based compensation expense", got
    assert got.parts == ("Research and development",) and [round(v, 1) for v in got.shares] == [54.5, 56.4], got
    q = "What share of Orrin Foods' selling, general and administrative expenses went on advertising in 2025 and 2024?"
    got = S.rows_share(q, SGA_BREAKDOWN, {2025, 2024})
    # "advertising" is the row "Advertising expenses" less the whole's noun: 1,240 / 2,800 = 44.3%; 1,180 / 2,750 = 42.9%
    assert got is not None and got.parts == ("Advertising expenses",), got
    assert [round(v, 1) for v in got.shares] == [42.9, 44.3], got
    q = "What proportion of Quillan Stores' 2025 lease cost was variable lease cost?"
    got = S.rows_share(q, LEASE_COSTS, {2025})
    # a credit row among the rows (sublease income) still adds up: 310 + 42 + 11 + 128 - 16 = 475; 128 / 475 = 26.9%
    assert got is not None and got.whole == "Total lease cost" and [round(v, 1) for v in got.shares] == [26.9], got
    q = "What share of Tailwind Retail's fiscal 2025 capital expenditures went to store refreshes?"
    assert S.asks_rows_share(q)


def test_a_whole_said_without_total_is_no_answer_when_its_rows_do_not_add_up():
    # "Net sales" closes the revenue lines but "Cost of sales" is no part of it; the rows above do not add up (3,100 +
    # 900 = 4,000, not 4,200): no share of net sales is read from it
    q = "What share of Perrin Audio's net sales came from service revenue in 2025?"
    assert S.rows_share(q, NOT_A_BREAKDOWN, {2025}) is None
    # a subtotal among the rows above ("Total domestic"): counted twice, they do not add up to the whole
    q = "What share of Tailwind Retail's capital expenditures went to store refreshes in fiscal 2025?"
    assert S.rows_share(q, CAPEX, {2025}, ends=True) is None
    # a row off by more than its rounding (the whole printed 2,900): no whole
    q = "What share of Orrin Foods' selling, general and administrative expenses went on advertising in 2025?"
    assert S.rows_share(q, SGA_BREAKDOWN.replace("$ 2,800", "$ 2,900"), {2025}) is None
    # the part's own words not said ("distribution" is no word of the question), or a year the table lacks
    assert S.rows_share(q.replace("advertising", "freight"), SGA_BREAKDOWN, {2025}) is None
    assert S.rows_share(q.replace("2025", "2022"), SGA_BREAKDOWN, {2022}) is None


# Session 33 (#10): a share of "them", "it" or "the <year> total" is a share of the one "total <whole>" the question
# said before it
def test_a_share_of_them_or_of_the_total_is_of_the_total_said_before():
    q = "What was Quillan Stores' total lease cost in 2025, and what share of it was variable lease cost?"
    assert S.asks_rows_share(q)
    got = S.rows_share(q, LEASE_COSTS, {2025})
    assert got is not None and got.whole == "Total lease cost" and [round(v, 1) for v in got.shares] == [26.9], got
    q = ("By how much did Contoso Motors' total research and development grow in 2025, and what share of the 2025 total "
         "went to software and services?")
    got = S.rows_share(q, SPEND, {2025, 2024})
    # 400 / 1,000 = 40.0% in 2025; 340 / 900 = 37.8% in 2024
    assert got is not None and got.parts == ("Software and services",), got
    assert [round(v, 1) for v in got.shares] == [37.8, 40.0], got
    q = ("What were Tailwind Retail's total capital expenditures in fiscal 2025, and what share of them went to store "
         "refreshes?")
    got = S.rows_share(q, CAPEX, {2025}, ends=True)
    assert got is not None and [round(v, 1) for v in got.shares] == [21.1], got  # 1,480 / 7,000


def test_a_share_of_them_after_two_totals_is_no_answer():
    # "them": total revenue or total lease cost? Two wholes said before: which one, unsure
    q = ("What were Quillan Stores' total revenue and total lease cost in 2025, and what share of them was variable "
         "lease cost?")
    assert S.rows_share(q, LEASE_COSTS, {2025}) is None
    # no total said before the pronoun at all
    q = "What did Quillan Stores spend on leases in 2025, and what share of it was variable lease cost?"
    assert S.rows_share(q, LEASE_COSTS, {2025}) is None
