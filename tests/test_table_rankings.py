"""Which member of a filing's segment note or revenue table grew fastest / was weakest / ranks first, computed per
member from two period columns (answer/table_rankings.py), the extractive answer built from it (extract hook
``_member_rank``), and the facts path leaving such a question to it (answer/intents.py).

Every page and question below was written for these tests (fictional filers: Contoso, Northwind, Fabrikam,
Tailspin); the rows are in the shapes US filers print: upper-case block captions over segment rows, an income
statement's "Revenues" block with three- and six-month groups, "East - NOI" rows, share-of-sales tables.
"""

from __future__ import annotations

import pytest

from assistant.answer import member_asks
from assistant.answer import member_rows
from assistant.answer import member_figures
from assistant.answer import table_rankings as R
from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES
from one_page import ask_one_page

# a 10-K segment note: upper-case block captions, three fiscal-year columns, a brand subtotal, a non-geographic
# member (licensing) and a second brand inside the brand total's block
SEGMENTS = """CONTOSO APPAREL, INC.
NOTES TO CONSOLIDATED FINANCIAL STATEMENTS
YEAR ENDED JUNE 30,
(Dollars in millions) 2025 2024 2023
NET SALES
North America $ 9,410 $ 8,820 $ 8,100
Europe 4,020 3,710 3,650
Greater China 2,150 2,390 2,410
Latin America 1,330 1,190 1,020
Global Licensing 40 65 30
Total Contoso Brand 16,950 16,175 15,210
Harbor Outfitters 980 955 900
Corporate 12 (30) 8
TOTAL CONTOSO APPAREL NET SALES $ 17,942 $ 17,100 $ 16,118
OPERATING INCOME
North America $ 2,210 $ 2,050 $ 1,900
Europe 610 700 640
Greater China 380 520 555
Latin America 260 210 180
Global Licensing (1,900) (1,700) (1,500)
Harbor Outfitters 150 140 120
Corporate (900) (820) (790)
TOTAL OPERATING INCOME $ 1,300 $ 1,400 $ 1,300
"""

# a 10-Q income statement: revenue lines under a "Revenues" title, three- and six-month groups
STATEMENT = """NORTHWIND RESORTS CORPORATION
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Three Months Ended
June 30,
Six Months Ended
June 30,
2025 2024 2025 2024
Revenues
Gaming $ 610,400 $ 580,100 $ 1,250,000 $ 1,100,000
Hotel 301,000 250,000 580,000 520,000
Dining 150,000 140,000 300,000 280,000
Entertainment, retail and other 90,000 80,000 170,000 160,000
1,151,400 1,050,100 2,300,000 2,060,000
Expenses
Gaming 300,000 290,000 600,000 580,000
Hotel 90,000 80,000 170,000 160,000
"""

# a REIT's segment note: each row names its segment and the measure
NOI = """FABRIKAM REALTY TRUST
NOTES TO CONSOLIDATED FINANCIAL STATEMENTS
Segment information
The following table presents revenue and net operating income by reportable segment (in thousands):
Year Ended December 31,
2025 2024
East - Revenue 410,200 380,000
East - NOI 280,100 260,300
Central - Revenue 220,500 215,000
Central - NOI 150,400 151,900
West - Revenue 330,900 290,100
West - NOI 231,700 198,000
Total NOI 662,200 610,200
"""

# an earnings release: shares of net sales by category, a quarter's table and the year's under one lead-in
CATEGORIES = """Tailspin Beauty, Inc.
Sales by Category
The following tables set forth the approximate percentage of net sales by primary category:
13 Weeks Ended
December 31, December 31,
2025 2024
Makeup 38% 39%
Skin care 24% 22%
Hair care 20% 21%
Fragrance 18% 18%
100% 100%
52 Weeks Ended
December 31, December 31,
2025 2024
Makeup 41% 42%
Skin care 23% 21%
Hair care 19% 20%
Fragrance 17% 17%
100% 100%
"""

NIKE_LIKE_Q = ("Among Contoso's four geographic operating segments, which grew net sales fastest in FY2025 and which "
               "had the weakest topline performance?")


@pytest.mark.parametrize("question, sense", [
    ("Which of Contoso's three reportable segments had the weakest topline performance in FY2025?", "low-change"),
    ("Among Contoso's four geographic segments, which grew revenues fastest in 2025?", "high-change"),
    ("Which revenue line grew fastest in the first six months of 2025?", "high-change"),
    ("Which segment had the highest operating income in 2025?", "high"),
    ("What were Contoso's revenues in 2025?", None),
    ("Did revenue grow fastest in North America?", None),
])
def test_ranking_questions_are_read(question, sense):
    assert member_asks.asks_member_ranking(question) == sense


def test_a_segment_block_ranks_its_geographic_members_with_every_members_growth():
    part = "Among Contoso's four geographic operating segments, which grew net sales fastest in FY2025"
    # 9,410 / 8,820 - 1 = +6.7%; Europe +8.4%; Latin America 1,330 / 1,190 - 1 = +11.8% is the fastest
    r = R.rank_members(part, NIKE_LIKE_Q, SEGMENTS, {2025})
    assert r is not None
    labels = [m.label for m in r.members]
    assert labels == ["North America", "Europe", "Greater China", "Latin America"], labels
    assert r.top.label == "Latin America" and "+11.8%" in r.text and "Greater China -10.0%" in r.text, r.text
    weak = R.rank_members("which had the weakest topline performance", NIKE_LIKE_Q, SEGMENTS, {2025})
    assert weak is not None and weak.top.label == "Greater China" and "-10.0%" in weak.lead, weak


def test_a_missing_or_extra_member_or_an_unsure_kind_is_no_answer():
    # the question says three: the block has four geographic members
    q = "Among Contoso's three geographic segments, which grew net sales fastest in FY2025?"
    assert R.rank_members(q, q, SEGMENTS, {2025}) is None
    # geographic asked without a count, and the block holds members that name no place (licensing, a brand)
    q = "Which geographic segment grew net sales fastest in FY2025?"
    assert R.rank_members(q, q, SEGMENTS, {2025}) is None
    # a level of operating income: the licensing member's loss is a figure; a change from a loss is no rate
    q = "Which of Contoso's segments grew operating income fastest in FY2025?"
    assert R.rank_members(q, q, SEGMENTS, {2025}) is None


def test_the_asked_group_of_an_income_statements_revenue_lines():
    q = "Which revenue line grew fastest in the first six months of 2025 compared with the first six months of 2024?"
    r = R.rank_members(q, q, STATEMENT, {2024, 2025})
    # six months: Gaming +13.6% (1,250,000 / 1,100,000), Hotel +11.5%, Dining +7.1%, Entertainment +6.3%
    assert r is not None and r.top.label == "Gaming" and "+13.6%" in r.lead, r
    assert [m.label for m in r.members][-1] == "Entertainment, retail and other"
    q = "Which revenue line grew fastest in the second quarter of 2025?"
    r = R.rank_members(q, q, STATEMENT, {2025})
    assert r is not None and r.top.label == "Hotel" and "+20.4%" in r.lead, r  # 301,000 / 250,000


def test_rows_naming_their_segment_and_the_measure():
    q = "Which of Fabrikam's three regional segments grew NOI fastest in 2025, and by how much?"
    r = R.rank_members(q, q, NOI, {2025})
    # West 231,700 / 198,000 = +17.0%; East +7.6%; Central -1.0%
    assert r is not None and r.top.label == "West" and "+17.0%" in r.lead, r
    assert [m.label for m in r.members] == ["East", "Central", "West"]


def test_a_level_ranking_reads_the_asked_periods_table_and_a_fiscal_name_of_an_early_close_is_unsure():
    q = "Which product category made up the largest share of Tailspin's net sales in 2025?"
    r = R.rank_members(q, q, CATEGORIES, {2025})
    assert r is not None and r.top.label == "Makeup" and "41%" in r.lead, r  # the 52 weeks' table, not the quarter's
    q = "Which product category grew its share of net sales the most in the fourth quarter of 2025?"
    r = R.rank_members(q, q, CATEGORIES, {2025})
    assert r is not None and r.top.label == "Skin care", r  # 24 / 22 against 20 / 21, 38 / 39, 18 / 18
    march = CATEGORIES.replace("December 31, December 31,", "March 1, March 2,")
    q = "Which product category made up the largest share of Tailspin's net sales in fiscal 2025?"
    assert R.rank_members(q, q, march, {2025}) is None  # "fiscal 2025" of a filer closing in March: which column?


def test_a_tie_is_no_answer():
    tied = STATEMENT.replace("Hotel 301,000 250,000 580,000 520,000", "Hotel 301,000 250,000 1,250,000 1,100,000")
    q = "Which revenue line grew fastest in the first six months of 2025?"
    assert R.rank_members(q, q, tied, {2025}) is None


def test_the_extractive_answer_names_both_members_and_cites_the_rows():
    meta = DocMeta(doc_id="c0ntos0", doc="CONTOSO_2025_10K", source="CONTOSO_2025_10K.pdf", title="Contoso 10-K 2025",
                   company="Contoso", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
    ex = ask_one_page(NIKE_LIKE_Q, SEGMENTS, meta)
    kinds = [p.candidate.kind if p else None for p in ex.picks]
    assert kinds == ["ranked", "ranked"], kinds
    assert ex.picks[0].candidate.text.startswith("Latin America had the highest growth"), ex.picks[0].candidate.text
    assert ex.picks[1].candidate.text.startswith("Greater China"), ex.picks[1].candidate.text
    assert any("North America $ 9,410" in it for it in ex.picks[0].candidate.items)


def test_the_facts_path_leaves_a_ranking_of_members_to_their_rows():
    index = memory_index([(LARKSPUR, LARKSPUR_PAGES)])
    company = LARKSPUR.company
    for q in (f"Which revenue line grew fastest for {company} in fiscal 2025 compared with fiscal 2024?",
              f"Which product line grew revenue the most for {company} between FY2024 and FY2025?",
              f"Which of {company}'s segments had the weakest topline performance in FY2025?"):
        assert answer_question(q, index) is None, q


# a segment note whose members are its columns, one block per year, a change group beside the later year's
COLUMNS = """Information on reportable segment revenues and segment operating income is presented below (in millions):
For the Year Ended December 31, 2025 Increase / (decrease) 2025 v 2024
Consoles Mobile Arcade Total Consoles Mobile Arcade Total
Segment revenues
Revenues from external customers $ 1,900 $ 2,300 $ 610 $ 4,810 $ 100 $ (200) $ 10 $ (90)
Intersegment revenues (1) — 20 — 20 — (5) — (5)
Segment net revenues $ 1,900 $ 2,320 $ 610 $ 4,830 $ 100 $ (205) $ 10 $ (95)
Segment operating income $ 700 $ 900 $ 120 $ 1,720 $ 40 $ (100) $ 5 $ (55)
For the Year Ended December 31, 2024
Consoles Mobile Arcade Total
Segment revenues
Revenues from external customers $ 1,800 $ 2,500 $ 600 $ 4,900
Intersegment revenues (1) — 25 — 25
Segment net revenues $ 1,800 $ 2,525 $ 600 $ 4,925
Segment operating income $ 660 $ 1,000 $ 115 $ 1,775
"""


def test_a_segment_table_whose_members_are_its_columns():
    q = "Which of Tailspin Games' three reportable segments had the weakest topline performance in FY2025?"
    r = R.rank_members(q, q, COLUMNS, {2025})
    # Mobile 2,320 / 2,525 - 1 = -8.1%; Consoles +5.6%; Arcade +1.7%
    assert r is not None and r.top.label == "Mobile" and "-8.1%" in r.lead, r
    assert [m.label for m in r.members] == ["Consoles", "Mobile", "Arcade"] and len(r.rows) == 2
    q = "Which of Tailspin Games' segments had the highest operating income in 2025?"
    r = R.rank_members(q, q, COLUMNS, {2025})
    assert r is not None and r.top.label == "Mobile" and "900" in r.lead, r
    # four segments asked: the table has three
    q = "Which of Tailspin Games' four segments grew revenues fastest in 2025?"
    assert R.rank_members(q, q, COLUMNS, {2025}) is None
    # the year before's block missing: no growth
    q = "Which segment grew revenues fastest in 2025?"
    assert R.rank_members(q, q, COLUMNS.split("For the Year Ended December 31, 2024")[0], {2025}) is None


def test_a_row_left_out_without_a_stated_count_or_a_block_of_another_length_is_no_answer():
    # "Corporate" may be one of the filer's reportable segments: left out, the ranking may miss the lowest member
    banks = """NORTHWIND FINANCIAL CORP.
Segment results - managed basis
Three months ended March 31, 2025 2024
Net revenue
Consumer Banking $ 12,400 $ 12,900
Investment Banking 9,800 10,400
Commercial Banking 2,300 2,200
Wealth Management 3,900 3,500
Corporate (450) 120
Total net revenue $ 27,950 $ 29,120
"""
    q = "Which of Northwind Financial's business segments had the lowest net revenue in the first quarter of 2025?"
    assert R.rank_members(q, q, banks, {2025}) is None
    q = "Which of Northwind Financial's four business segments had the lowest net revenue in the first quarter of 2025?"
    r = R.rank_members(q, q, banks, {2025})
    assert r is not None and r.top.label == "Commercial Banking", r  # the count says Corporate is not one of them
    # a segment table of years asked for a quarter
    q = "Which of Tailspin Games' three reportable segments had the weakest topline performance in the second quarter of 2025?"
    assert R.rank_members(q, q, COLUMNS, {2025}) is None


# a segment note whose segment table prints its members as columns (not rankable here), followed by a breakdown of
# one part of revenue by the same segments: the part's block must never stand in for the revenue ranking
PART_ONLY = """FABRIKAM SOFTWARE INC.
NOTES TO CONSOLIDATED FINANCIAL STATEMENTS (Continued)
Our segment results for fiscal 2025 and 2024 were as follows:
(dollars in millions)
Design Analytics Services Total
Fiscal 2025
Revenue $ 8,210 $ 3,140 $ 612 $ 11,962
Fiscal 2024
Revenue $ 7,460 $ 2,690 $ 655 $ 10,805
Subscription revenue by segment for fiscal 2025 and 2024 was as follows:
(in millions) 2025 2024
Design $ 7,905 $ 7,010
Analytics 2,850 2,588
Services 95 104
Total subscription revenue $ 10,850 $ 9,702
"""


def test_a_block_of_one_part_of_the_measure_never_ranks_the_measure():
    q = "Which of Fabrikam's reportable segments grew its revenue fastest in fiscal 2025?"
    r = R.rank_members(q, q, PART_ONLY, {2025})
    # the subscription block would name Design (+12.8%, 7,010 -> 7,905): never shown for revenue
    assert r is None, r
    sub = "Which of Fabrikam's segments grew its subscription revenue fastest in fiscal 2025?"
    r = R.rank_members(sub, sub, PART_ONLY, {2025})
    assert r is not None and r.top.label == "Design", r


@pytest.mark.parametrize("title, narrows", [
    ("Subscription revenue by segment for fiscal 2025 was as follows:", True),
    ("Product sales by region", True),
    ("Net sales by segment:", False),
    ("REVENUES", False),
    ("The following table presents our revenue by segment", False),
    ("Segment revenues", False),
])
def test_a_title_narrowing_the_measure(title, narrows):
    assert member_rows.narrowed(title, "revenue", "Which segment grew revenue fastest in 2025?") is narrows


# an annual income statement whose revenue lines say the measure ("Licensing revenue") under "Revenue:", above a
# "Cost of revenue:" block whose rows name the same lines (session 8)
LINES = """TAILSPIN PAYMENTS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share data)
Year Ended December 31,
2025 2024 2023
Revenue:
Transaction-based revenue $ 2,840,112 $ 2,610,450 $ 2,205,300
Subscription and services-based revenue 1,120,800 905,300 702,150
Hardware revenue 64,210 70,115 61,020
Licensing revenue 402,330 251,600 180,400
Total net revenue 4,427,452 3,837,465 3,148,870
Cost of revenue:
Transaction-based costs 1,602,440 1,521,900 1,310,020
Subscription and services-based costs 190,310 171,200 150,880
Hardware costs 98,700 101,250 90,300
Licensing costs 55,120 40,330 31,900
Total cost of revenue 1,946,570 1,834,680 1,583,100
Gross profit 2,480,882 2,002,785 1,565,770
Operating expenses:
Product development 611,200 540,300 470,100
Sales and marketing 702,450 655,800 590,200
Total operating expenses 1,313,650 1,196,100 1,060,300
Operating income 1,167,232 806,685 505,470
"""


def test_revenue_lines_named_by_the_measure_under_a_statements_revenue_heading():
    q = "Which of Tailspin Payments' revenue lines grew fastest from FY2024 to FY2025?"
    r = R.rank_members(q, q, LINES, {2024, 2025})
    # Licensing 402,330 / 251,600 = +59.9%; Subscription +23.8%; Transaction +8.8%; Hardware -8.4%
    assert r is not None and r.top.label == "Licensing revenue" and "+59.9%" in r.lead, r
    assert [m.label for m in r.members] == ["Transaction-based revenue", "Subscription and services-based revenue",
                                            "Hardware revenue", "Licensing revenue"]
    low = "Which of Tailspin Payments' revenue lines had the lowest revenue in FY2025?"
    r = R.rank_members(low, low, LINES, {2025})
    assert r is not None and r.top.label == "Hardware revenue" and "64,210" in r.lead, r
    # the cost block is no revenue block, and its rows are never members
    q = "Which of Tailspin Payments' cost lines grew fastest from FY2024 to FY2025?"
    assert R.rank_members(q, q, LINES, {2024, 2025}) is None


def test_revenue_lines_named_by_the_measure_are_no_segments():
    q = "Which of Tailspin Payments' segments grew revenue fastest from FY2024 to FY2025?"
    assert R.rank_members(q, q, LINES, {2024, 2025}) is None  # revenue types on a statement are not its segments


def test_a_statements_revenue_block_is_never_ranked_as_segments():
    # an income statement's "Revenue:" block lists revenue types (here without the measure's word), not segments
    typed = LINES.replace("Transaction-based revenue", "Transactions").replace(
        "Subscription and services-based revenue", "Subscriptions").replace("Hardware revenue", "Hardware").replace(
        "Licensing revenue", "Licensing")
    q = "Which of Tailspin Payments' reportable segments grew its revenue fastest in FY2025?"
    assert R.rank_members(q, q, typed, {2024, 2025}) is None
    lines = "Which of Tailspin Payments' revenue lines grew fastest in FY2025?"
    r = R.rank_members(lines, lines, typed, {2024, 2025})
    assert r is not None and r.top.label == "Licensing", r


# session 9 (#10 reading, R1): a segment table printing two measures side by side, each over its own run of years,
# and a segment table whose measures are consecutive blocks, each under its own title line (no colon)
SIDE_BY_SIDE = """NORTHWIND FOODS CORPORATION
Division Results
Net revenue and operating profit of each division are as follows:
Net Revenue Operating Profit
2025 2024 2023 2025 2024 2023
North American Snacks $ 12,410 $ 11,900 $ 11,020 $ 3,420 $ 3,300 $ 3,150
Cereals 2,205 2,230 2,190 410 455 430
Beverages North America 16,880 15,320 14,900 1,610 1,400 1,520
Latin America 5,140 4,450 4,700 820 700 760
Europe 8,960 8,410 8,300 870 905 880
Asia Pacific 3,030 2,310 2,050 455 360 300
Total division 48,625 44,620 43,160 7,585 7,120 7,040
Corporate unallocated expenses — — — (1,050) (980) (940)
Total $ 48,625 $ 44,620 $ 43,160 $ 6,535 $ 6,140 $ 6,100
"""

BLOCKS = """CONTOSO AEROSPACE CORPORATION
Business Segment Results
Summary operating results for each of our business segments were as follows (in millions):
2025 2024 2023
Net sales
Air Systems $ 18,420 $ 17,060 $ 15,880
Precision Weapons 7,905 7,110 6,480
Naval Systems 10,230 9,870 9,400
Space Launch 6,150 5,980 5,610
Total net sales $ 42,705 $ 40,020 $ 37,370
Operating profit
Air Systems $ 1,960 $ 1,840 $ 1,700
Precision Weapons 1,130 1,010 905
Naval Systems 1,020 1,005 960
Space Launch 512 560 540
Total business segment operating profit 4,622 4,415 4,105
Unallocated items
Pension adjustment 610 590 580
Other, net (85) 40 (60)
Total consolidated operating profit $ 5,147 $ 5,045 $ 4,625
"""


def test_two_measures_side_by_side_each_over_its_own_run_of_years():
    q = "Which of Northwind Foods' six divisions grew net revenue the fastest in FY2025?"
    r = R.rank_members(q, q, SIDE_BY_SIDE, {2025})
    # Asia Pacific 3,030 / 2,310 - 1 = +31.2% (the revenue run, never the operating profit run of the same years)
    assert r is not None and r.top.label == "Asia Pacific" and "+31.2%" in r.lead, r
    whole = q[:-1] + ", and which grew the slowest?"
    weak = R.rank_members("which grew the slowest?", whole, SIDE_BY_SIDE, {2025})
    assert weak is not None and weak.top.label == "Cereals" and "-1.1%" in weak.lead, weak  # 2,205 / 2,230
    q = "Which of Northwind Foods' six divisions had the highest operating profit in 2025?"
    r = R.rank_members(q, q, SIDE_BY_SIDE, {2025})
    assert r is not None and r.top.label == "North American Snacks" and "3,420" in r.lead, r


def test_a_members_margin_is_computed_from_its_measure_and_revenue_blocks():
    q = ("Which of Contoso Aerospace's four business segments earned the highest operating margin in FY2025 (operating "
         "profit divided by net sales)?")
    r = R.rank_members(q, q, BLOCKS, {2025})
    # Precision Weapons 1,130 / 7,905 = 14.3%; Air Systems 10.6%; Naval Systems 10.0%; Space Launch 8.3%
    assert r is not None and r.top.label == "Precision Weapons" and "14.3%" in r.lead, r
    assert "Space Launch 8.3% (512 / 6,150)" in r.text and len(r.rows) == 8, r.text
    low = "Which Contoso Aerospace segment had the weakest operating margin in 2025?"
    r = R.rank_members(low, low, BLOCKS, {2025})
    assert r is not None and r.top.label == "Space Launch", r
    # two measures side by side: each division's operating profit over its own net revenue
    q = "Which of Northwind Foods' divisions had the highest operating margin in 2025?"
    r = R.rank_members(q, q, SIDE_BY_SIDE, {2025})  # "Corporate unallocated expenses": never a division (session 10)
    assert r is not None and r.top.label == "North American Snacks", r
    q = "Which of Northwind Foods' six divisions had the highest operating margin in 2025?"
    r = R.rank_members(q, q, SIDE_BY_SIDE, {2025})
    assert r is not None and r.top.label == "North American Snacks" and "27.6%" in r.lead, r  # 3,420 / 12,410


def test_a_margin_is_never_ranked_by_its_numerators_level_and_an_unread_margin_is_no_answer():
    only_profit = BLOCKS.split("Operating profit\n", 1)[0].split("Net sales\n")[0] + "Operating profit\n" + \
        BLOCKS.split("Operating profit\n", 1)[1]
    q = "Which of Contoso Aerospace's four business segments had the highest operating profit margin in 2025?"
    assert R.rank_members(q, q, only_profit, {2025}) is None  # the op profit block alone: Air Systems' level, never
    missing = BLOCKS.replace("Space Launch 512 560 540\n", "")
    assert R.rank_members(q, q, missing, {2025}) is None  # a member without its profit row
    for other in ("Which of Contoso Aerospace's segments had the highest gross margin in 2025?",
                  "Which Contoso Aerospace segment had the best profit margin in 2025?",
                  "Which segment had the highest operating margin (operating profit / total assets) in 2025?"):
        assert member_asks.asked_measure(other, other) is None, other
        assert R.rank_members(other, other, BLOCKS, {2025}) is None, other
    moved = "Which of Contoso Aerospace's four segments widened its operating margin the most in 2025?"
    assert R.rank_members(moved, moved, BLOCKS, {2025}) is None  # a margin's move: not read here
    assert member_asks.asked_measure("Which segment had the highest EBITDAR margin?") == "ebitda margin"
    assert member_asks.asked_measure("Which segment had the highest operating income as a percentage of net sales?") == \
        "operating income margin"


# a segment note whose members are its first columns, named with several words each, wrapped over the head lines,
# one block per year; the filer's sentence on the page names the segments
NAMED_COLUMNS = """NOTE 17. SEGMENT INFORMATION
The Company's operations are conducted in three reportable segments: Life Sciences Tools, Clinical Diagnostics and
Industrial Solutions. Corporate and other consists of corporate overhead not allocated to the segments.
(Amounts in millions) Life Sciences
Tools
Clinical Diagnostics Industrial
Solutions
Corporate and
other Consolidated
Year Ended December 31, 2025
Net sales $ 6,410 $ 3,880 $ 2,205 $ — $ 12,495
Operating income (loss) 1,540 610 395 (420) 2,125
Total assets $ 9,800 $ 5,120 $ 2,960 $ 1,450 $ 19,330
Year Ended December 31, 2024
Net sales $ 5,930 $ 4,010 $ 2,050 $ — $ 11,990
Operating income (loss) 1,390 700 340 (400) 2,030
Total assets $ 9,410 $ 5,300 $ 2,800 $ 1,390 $ 18,900
"""


def test_member_columns_named_with_several_words_by_the_filers_own_list():
    q = "Which of Fabrikam Instruments' three reportable segments grew net sales the fastest in 2025?"
    r = R.rank_members(q, q, NAMED_COLUMNS, {2025})
    # Industrial Solutions 2,205 / 2,050 = +7.6%; Life Sciences Tools +8.1% (6,410 / 5,930); Clinical Diagnostics -3.2%
    assert r is not None and r.top.label == "Life Sciences Tools" and "+8.1%" in r.lead, r
    assert [m.label for m in r.members] == ["Life Sciences Tools", "Clinical Diagnostics", "Industrial Solutions"]
    low = R.rank_members("which grew the slowest?", q[:-1] + ", and which grew the slowest?", NAMED_COLUMNS, {2025})
    assert low is not None and low.top.label == "Clinical Diagnostics" and "-3.2%" in low.lead, low
    q = "Which of Fabrikam Instruments' segments had the highest operating income in 2025?"
    r = R.rank_members(q, q, NAMED_COLUMNS, {2025})
    assert r is not None and r.top.label == "Life Sciences Tools" and "1,540" in r.lead, r


def test_named_member_columns_that_do_not_add_up_or_are_not_listed_are_no_answer():
    q = "Which of Fabrikam Instruments' three reportable segments grew net sales the fastest in 2025?"
    # the year's row does not add up to its total: where the columns are cannot be told
    off = NAMED_COLUMNS.replace("Net sales $ 6,410 $ 3,880 $ 2,205 $ — $ 12,495", "Net sales $ 6,410 $ 3,880 $ 2,205 $ — $ 12,995")
    assert R.rank_members(q, q, off, {2025}) is None
    # no sentence listing the segments: the wrapped names cannot be split
    unnamed = NAMED_COLUMNS.replace("The Company's operations are conducted in three reportable segments: Life Sciences "
                                    "Tools, Clinical Diagnostics and\nIndustrial Solutions. ", "")
    assert unnamed != NAMED_COLUMNS and off != NAMED_COLUMNS
    assert R.rank_members(q, q, unnamed, {2025}) is None
    # four asked, three listed
    four = q.replace("three", "four")
    assert R.rank_members(four, four, NAMED_COLUMNS, {2025}) is None
    # a fiscal year named against years closing in January: which block is the asked one, unsure
    jan = NAMED_COLUMNS.replace("Year Ended December 31,", "Fiscal Year Ended January 31,")
    fq = "Which of Fabrikam Instruments' three reportable segments grew net sales the fastest in fiscal 2025?"
    assert R.rank_members(fq, fq, jan, {2025}) is None


@pytest.mark.parametrize("part, way", [
    ("and did that share grow from the prior year?", "up"),
    ("and was it higher than a year earlier?", "up"),
    ("did its share fall compared with the year before?", "down"),
    ("and did Skin care's share grow?", None),  # another member named: not the winner's move
    ("and did that share grow faster than the market?", None),  # another comparison
    ("and what was its share in 2024?", None),
])
def test_a_move_of_the_winner_asked_after_a_ranking_is_read(part, way):
    assert member_asks.asks_member_move(part) == way


def test_the_winners_own_two_cells_decide_whether_its_share_grew():
    q = "Which product category made up the largest share of Tailspin's net sales in 2025, and did that share grow from the prior year?"
    r = R.rank_members("Which product category made up the largest share of Tailspin's net sales in 2025", q, CATEGORIES,
                       {2025})
    assert r is not None and r.top.label == "Makeup"
    assert R.member_move("and did that share grow from the prior year?", r) == (
        "No", "Falling: Makeup 41% (2025) against 42% (2024), computed from its row")
    meta = DocMeta(doc_id="ta1l5p1n", doc="TAILSPIN_2025Q4_EARNINGS", source="TAILSPIN_2025Q4_EARNINGS.pdf",
                   title="Tailspin Beauty fourth quarter 2025 results", company="Tailspin Beauty",
                   doc_type="earnings release", fiscal_year=2025, period="FY2025")  # fmt: skip
    ex = ask_one_page(q.replace("Tailspin's", "Tailspin Beauty's"), CATEGORIES, meta)
    assert [p is not None for p in ex.picks] == [True, True] and ex.verdicts[1] == "No", (ex.picks, ex.verdicts)
    assert ex.notes[1].startswith("Falling: Makeup 41% (2025)"), ex.notes


# a segment note whose block heads open with the heading's own nouns ("Business Segment Information") over two measures
HEADED = """NOTE 15. Business Segments
Tailwind Materials manages its operations in three business segments: Coatings, Adhesives and Filtration.
Business Segment Information
Net Sales Operating Income
(Millions) 2025 2024 2023 2025 2024 2023
Coatings $ 4,410 $ 4,120 $ 3,980 $ 772 $ 701 $ 655
Adhesives 3,215 3,300 3,150 611 660 598
Filtration 2,480 2,390 2,205 298 305 262
Corporate and Unallocated 12 8 5 (210) (188) (160)
Total Company $ 10,117 $ 9,818 $ 9,340 $ 1,471 $ 1,478 $ 1,355
"""


def test_a_headings_own_nouns_do_not_narrow_the_measure():
    """"Business Segment Information Net Sales": "Information" is the heading's noun, not a part of net sales."""
    q = "Ranking Tailwind Materials' three business segments by 2025 operating margin, which had the highest margin?"
    r = R.rank_members(q, q, HEADED, {2025})
    # Adhesives 611 / 3,215 = 19.0%; Coatings 772 / 4,410 = 17.5%; Filtration 298 / 2,480 = 12.0%
    assert r is not None and r.top.label == "Adhesives" and "19.0%" in r.lead, r
    assert len(r.rows) == 3, r.rows  # one row per member, each holding both measures: cited once


def test_the_move_of_each_members_margin_is_ranked_in_percentage_points():
    """A margin's move asked of each member ("the largest decline in operating margin from 2024 to 2025") is every
    member's margin in both years, computed from its rows, ranked by the change in percentage points."""
    q = ("Of Contoso Aerospace's four business segments, which had the largest decline in operating margin from 2024 "
         "to 2025?")
    r = R.rank_members(q, q, BLOCKS, {2024, 2025})
    # Space Launch 512 / 6,150 = 8.3% against 560 / 5,980 = 9.4%: -1.0 points; Naval -0.2; Air -0.2; Precision +0.1
    assert r is not None and r.top.label == "Space Launch" and "-1.0 percentage points" in r.lead, r
    assert "Precision Weapons +0.1 percentage points" in r.text, r.text
    up = "Which of Contoso Aerospace's four business segments had the biggest increase in operating margin in 2025?"
    r = R.rank_members(up, up, BLOCKS, {2025})
    assert r is not None and r.top.label == "Precision Weapons", r
    # the members named before the pick, a parenthesis between
    assert member_asks.asks_member_ranking("Among Contoso Aerospace's business segments (Corporate set aside), which had the "
                                 "largest decline in operating margin?") == "low-change"


def test_rows_that_are_never_members_and_rows_the_question_sets_aside():
    """Eliminations, intersegment and unallocated rows are never one of the members; a bare "Corporate" may be a
    segment of its own: left out only when the question sets it aside ("excluding Corporate") or states the count."""
    page = BLOCKS.replace("Space Launch 512 560 540\n", "Space Launch 512 560 540\nCorporate (140) (120) (95)\n")
    page = page.replace("Space Launch 6,150 5,980 5,610\n", "Space Launch 6,150 5,980 5,610\nCorporate 40 35 30\n")
    q = "Which of Contoso Aerospace's segments had the largest decline in operating margin from 2024 to 2025?"
    assert R.rank_members(q, q, page, {2024, 2025}) is None  # "Corporate": perhaps a segment, no count
    q = ("Among Contoso Aerospace's segments (excluding Corporate), which had the largest decline in operating margin "
         "from 2024 to 2025?")
    r = R.rank_members(q, q, page, {2024, 2025})
    assert r is not None and r.top.label == "Space Launch" and len(r.members) == 4, r
    page = BLOCKS.replace("Space Launch 512 560 540\n", "Space Launch 512 560 540\nElimination of intersegment "
                          "profit (35) (30) (28)\n")
    q = "Which of Contoso Aerospace's segments had the highest operating margin in 2025?"
    r = R.rank_members(q, q, page, {2025})
    assert r is not None and r.top.label == "Precision Weapons", r


@pytest.mark.parametrize("question, sense", [
    ("Which of Contoso Aerospace's two reportable segments had the weaker topline performance in 2025?", "low-change"),
    ("Of Contoso Aerospace's two segments, which grew sales faster in 2025?", "high-change"),
    ("Which of Contoso Aerospace's two segments had the worse sales trend in 2025?", "low-change"),
])
def test_a_comparative_ranks_two_members(question, sense):
    assert member_asks.asks_member_ranking(question) == sense


# a segment table whose rows say the member and the measure, under a "Segment" column head
TAIL_ROWS = """Results by segment
Segment net sales and adjusted EBITDA
(in millions)
Segment 2025 2024 2023
Northern net sales 1,210.4 1,102.6 1,010.2
Coastal net sales 2,044.9 1,968.0 1,850.7
Mountain net sales 884.1 790.3 741.9
Total net sales 4,139.4 3,860.9 3,602.8
Northern adjusted EBITDA 301.7 270.2 -
Coastal adjusted EBITDA 455.0 468.9 -
Mountain adjusted EBITDA 240.3 199.5 -
Corporate and other (31.2) (28.4) -
Total adjusted EBITDA 965.8 910.2 -
"""


def test_rows_saying_member_and_measure_in_a_table_of_the_members():
    q = "Which of Fabrikam Disposal's three segments grew net sales fastest in 2025, and at what rate?"
    r = R.rank_members(q, q, TAIL_ROWS, {2025})
    # Mountain 884.1 / 790.3 - 1 = +11.9%; Northern +9.8%; Coastal +3.9%
    assert r is not None and r.top.label == "Mountain" and "+11.9%" in r.lead, r
    q = "Which of Fabrikam Disposal's three segments had the highest adjusted EBITDA in 2025?"
    r = R.rank_members(q, q, TAIL_ROWS, {2025})
    # never the net sales rows under a caption naming both measures ("Coastal net sales" is no EBITDA member)
    assert r is None or r.top.label == "Coastal" and "455.0" in r.lead, r
    # a statement's revenue lines are no segments: without a caption or head naming the kind, no ranking
    plain = TAIL_ROWS.replace("Segment net sales and adjusted EBITDA\n", "").replace("Segment 2025", "Year 2025")
    plain = plain.replace("Results by segment\n", "")
    q = "Which of Fabrikam Disposal's three segments grew net sales fastest in 2025?"
    assert R.rank_members(q, q, plain, {2025}) is None


# a member's own summary table in the MD&A (one table per segment), in the layout retailers print
OWN_TABLE = """International Segment
The following table presents selected financial data for our International segment for each of the past three fiscal
years ($ in millions):
International Segment Performance Summary 2025 2024 2023
Revenue $ 2,480 $ 2,512 $ 2,905
Revenue % change (1.3)% (13.5)% (4.0)%
Gross profit $ 612 $ 570 $ 688
Gross profit as % of revenue 24.7 % 22.7 % 23.7 %
Operating income (loss) $ 74 $ (151) $ 22
Operating income (loss) as % of revenue 3.0 % (6.0)% 0.8 %
Our International segment's revenue decreased slightly in fiscal 2025.
"""


def test_a_named_members_margin_from_its_own_table_keeps_a_losss_sign():
    q = ("By how many percentage points did the operating margin of Tailspin Electronics' International segment change "
         "from FY2024 to FY2025?")
    assert member_asks.named_member(q) == "International"
    m = member_figures.member_margin(q, OWN_TABLE, {2024, 2025})
    # 2024: (151) / 2,512 = -6.0%; 2025: 74 / 2,480 = 3.0%: +9.0 points (never +6.0% for "$ (151)")
    assert m is not None and m.years == (2024, 2025), m
    assert round(m.margins[0], 1) == -6.0 and round(m.margins[1], 1) == 3.0, m
    # another member named: no row of it here
    assert member_figures.member_margin(q.replace("International", "Domestic"), OWN_TABLE, {2024, 2025}) is None
    # a margin not read per member (gross) or no year's column: none
    assert member_figures.member_margin(q.replace("operating margin", "gross margin"), OWN_TABLE, {2024, 2025}) is None
    assert member_figures.member_margin(q, OWN_TABLE, {2021, 2022}) is None


def test_a_named_members_margin_from_the_table_of_the_members():
    q = "What was the operating margin of Tailwind Materials' Filtration segment in 2025?"
    m = member_figures.member_margin(q, HEADED, {2025})
    assert m is not None and round(m.margins[-1], 1) == 12.0, m  # 298 / 2,480
    q = "What was the operating margin of Contoso Aerospace's Space Launch segment in 2025?"
    m = member_figures.member_margin(q, BLOCKS, {2025})
    assert m is not None and round(m.margins[-1], 1) == 8.3, m  # 512 / 6,150


# a KPI table whose heads name each measure beside each year (no registry measure: load factor, yield)
KPI = """Traffic statistics by region, three months ended June 30
Region Load factor 2025 Load factor 2024 Yield 2025 Yield 2024 Yield change
Atlantic 86.1% 84.9% 19.42 18.95 2.5%
Pacific 81.7% 83.9% 17.10 17.44 (1.9)%
Latin America 79.4% 79.0% 15.88 15.20 4.5%
Total system 83.0% 83.1% 17.95 17.71 1.4%
For the six months ended June 30, 2025, system load factor was 81.2%.
"""


def test_a_measure_the_heads_name_beside_each_year_ranks_the_members():
    q = "Which of Contoso Air's regions saw the steepest drop in load factor in the second quarter of 2025?"
    r = R.rank_members(q, q, KPI, {2025})
    # Pacific 83.9% -> 81.7%: -2.2 points; Atlantic +1.2; Latin America +0.4
    assert r is not None and r.top.label == "Pacific" and "-2.2 percentage points" in r.lead, r
    q = "Which of Contoso Air's regions grew yield fastest in the second quarter of 2025?"
    r = R.rank_members(q, q, KPI, {2025})
    assert r is not None and r.top.label == "Latin America" and "+4.5%" in r.lead, r  # 15.88 / 15.20 - 1
    # another period length than the table's (the six months), or a measure the heads do not name: no answer
    q = "Which of Contoso Air's regions saw the steepest drop in load factor in the first six months of 2025?"
    assert R.rank_members(q, q, KPI, {2025}) is None
    q = "Which of Contoso Air's regions saw the steepest drop in on-time arrivals in the second quarter of 2025?"
    assert R.rank_members(q, q, KPI, {2025}) is None


# the margin the filer states for each member, in its MD&A (figures after the first row without a % sign)
STATED = """Operating Income and Operating Margin
Information about our operating margin on a consolidated basis and by operating segment is as follows:
Year Ended December 31, 2025 2024 2023
Consolidated 18.4 % 19.0 % 18.1 %
Northern Europe 31.2 % 33.0 % 32.5 %
Southern Europe 27.5 26.1 25.9
Americas 22.8 24.9 23.7
Emerging Markets (4.1 ) 1.2 2.0
Corporate * * *
* Calculation is not meaningful.
"""


def test_a_margin_the_filer_states_for_each_member():
    q = ("Among Fabrikam Beverages' operating segments (excluding Corporate), which had the largest decline in "
         "operating margin from 2024 to 2025?")
    r = R.rank_members(q, q, STATED, {2024, 2025})
    # Emerging Markets 1.2% -> (4.1)%: -5.3 points; Americas -2.1; Northern Europe -1.8; Southern Europe +1.4
    assert r is not None and r.top.label == "Emerging Markets" and "-5.3 percentage points" in r.lead, r
    assert "Southern Europe +1.4 percentage points" in r.text, r.text
    q = "Which of Fabrikam Beverages' operating segments had the highest operating margin in 2025?"
    assert R.rank_members(q, q, STATED, {2025}) is None  # Corporate has no figure and is not set aside
    q = "Which of Fabrikam Beverages' five operating segments had the highest operating margin in 2025?"
    assert R.rank_members(q, q, STATED, {2025}) is None  # five stated, four figures
    q = "Excluding Corporate, which of Fabrikam Beverages' operating segments had the highest operating margin in 2025?"
    r = R.rank_members(q, q, STATED, {2025})
    assert r is not None and r.top.label == "Northern Europe", r


def test_a_ranking_asked_by_a_hyphenated_name_and_its_size_in_a_second_part():
    """"Fabrikam-Vale" asked, "FABRIKAMVALE" the filer's name in the metadata: the same filer; "and by how many
    percentage points?" is the size of the first part's pick, answered by the same ranking."""
    meta = DocMeta(doc_id="fv25", doc="FABRIKAMVALE_2025_10K", source="fv.pdf", company="FABRIKAMVALE",
                   fiscal_year=2025, period="FY2025", doc_type="10-K")
    q = ("Among Fabrikam-Vale's operating segments (excluding Corporate), which had the largest decline in operating "
         "margin from 2024 to 2025, and by how many percentage points?")
    assert member_asks.asks_member_ranking("and by how many percentage points?", q) == "low-change"
    ex = ask_one_page(q, STATED, meta)
    kinds = [p.candidate.kind if p else None for p in ex.picks]
    assert kinds == ["ranked", "ranked"], (kinds, ex.picks)
    assert "Emerging Markets" in ex.picks[0].candidate.text and "-5.3 percentage points" in ex.picks[1].candidate.text


# a segment note listing its segments as bullets, members as wrapped columns, a stated gross-profit-rate row
BULLETS = """NOTE 14. SEGMENT INFORMATION
We have the following reportable segments:
• Creative Cloud—Our Creative Cloud segment provides tools for individuals and studios to design and publish.
• Document Services—Our Document Services segment provides e-signature and document workflow services.
• Legacy Licensing—Our Legacy Licensing segment addresses perpetual licenses and OEM printing businesses.
Our segment results for fiscal 2025, 2024 and 2023 were as follows (dollars in thousands):
Creative Cloud
Document
Services Legacy Licensing Total
Fiscal 2025
Revenue $ 2,410,500 $ 1,120,250 $ 96,300 $ 3,627,050
Cost of revenue 168,735 358,480 4,815 532,030
Gross profit $ 2,241,765 $ 761,770 $ 91,485 $ 3,095,020
Gross profit as a percentage of revenue 93% 68% 95% 85%
Fiscal 2024
Revenue $ 2,105,000 $ 1,004,000 $ 101,200 $ 3,210,200
Cost of revenue 168,400 331,320 5,060 504,780
Gross profit $ 1,936,600 $ 672,680 $ 96,140 $ 2,705,420
Gross profit as a percentage of revenue 92% 67% 95% 84%
"""


def test_a_gross_rate_the_filer_states_per_member_column_and_never_revenue():
    q = ("Which of Northwind Software's three reportable segments had the highest gross profit as a percentage of revenue "
         "in fiscal 2025?")
    assert member_asks.asked_measure(q) is None  # revenue is the base of the rate asked, never the measure ranked
    r = R.rank_members(q, q, BULLETS, {2025})
    assert r is not None and r.top.label == "Legacy Licensing" and "95%" in r.lead, r
    low = "and which had the lowest?"
    r = R.rank_members(low, q + " And which had the lowest?", BULLETS, {2025})
    assert r is not None and r.top.label == "Document Services", r
    # the columns are confirmed by a money row adding up; without one (a row that does not add up), no answer
    broken = BULLETS.replace("$ 2,410,500 $ 1,120,250 $ 96,300 $ 3,627,050", "$ 2,410,500 $ 1,120,250 $ 96,300 $ 3,999,999")
    assert R.rank_members(q, q, broken, {2025}) is None


# a bank's segment results: members as column groups over two tables, named by the filer's list on the page before
BANK_LIST = """BUSINESS SEGMENT RESULTS
The Firm is managed on a line-of-business basis. There are three major reportable business segments – Retail & Small
Business Banking, Markets & Advisory, and Private Wealth Management. In addition, there is a Treasury segment.
"""
BANK_GROUPS = """Segment results – managed basis
The following tables summarize the Firm's results by segment for the periods indicated.
Three months ended June 30, Retail & Small Business Banking Markets & Advisory
(in millions, except ratios) 2025 2024 Change 2025 2024 Change
Total net revenue $ 5,410 $ 5,220 4 % $ 4,980 $ 5,310 (6) %
Total noninterest expense 3,020 2,950 2 2,870 2,790 3
Net income/(loss) 1,602 1,488 8 1,395 1,710 (18)
Three months ended June 30, Private Wealth Management Treasury Total
(in millions, except ratios) 2025 2024 Change 2025 2024 Change 2025 2024 Change
Total net revenue $ 1,870 $ 1,745 7 % $ (212) $ 95 NM $ 12,048 $ 12,370 (3) %
Total noninterest expense 1,240 1,188 4 190 175 9 7,320 7,103 3
Net income/(loss) 455 402 13 (301) (38) NM 3,151 3,562 (12)
"""


def test_members_as_column_groups_named_by_the_filers_list():
    q = "Which of Fabrikam Bancorp's business segments had the lowest net revenue in the second quarter of 2025?"
    r = R.rank_members(q, q, BANK_GROUPS, {2025}, BANK_LIST)
    assert r is not None and r.top.label == "Treasury" and "(212)" in r.lead and len(r.members) == 4, r
    q = "Which of Fabrikam Bancorp's business segments had the highest net income in Q2 2025?"
    r = R.rank_members(q, q, BANK_GROUPS, {2025}, BANK_LIST)
    assert r is not None and r.top.label == "Retail & Small Business Banking" and "1,602" in r.lead, r
    q = "Excluding Treasury, which of Fabrikam Bancorp's three business segments grew net revenue fastest in Q2 2025?"
    r = R.rank_members(q, q, BANK_GROUPS, {2025}, BANK_LIST)
    assert r is not None and r.top.label == "Private Wealth Management" and "+7.2%" in r.lead, r  # 1,870 / 1,745
    # without the filer's list the heads cannot be split into names: no answer
    q = "Which of Fabrikam Bancorp's business segments had the lowest net revenue in the second quarter of 2025?"
    assert R.rank_members(q, q, BANK_GROUPS, {2025}) is None
    # the net income of a statement or a note never ranks members
    note = "Net income\nBasic earnings per share $ 2.77 $ 2.50\nDiluted earnings per share 2.76 2.49\n"
    assert R.rank_members("Which segment had the highest net income in 2025?", "", note, {2025}, BANK_LIST) is None


def test_a_named_members_fiscal_year_against_columns_closing_early_in_the_year_is_unsure():
    page = HEADED.replace("(Millions) 2025 2024 2023 2025 2024 2023",
                          "(Millions) January 31, 2026 February 1, 2025 February 3, 2024 January 31, 2026 "
                          "February 1, 2025 February 3, 2024")
    q = "What was the operating margin of Tailwind Materials' Filtration segment in fiscal 2025?"
    assert member_figures.member_margin(q, page, {2025}) is None  # fiscal 2025: the year closing in 2025 or in 2026, unsure
    q = "What was the revenue of Tailwind Materials' Filtration segment in fiscal 2025?"
    assert member_figures.member_figure(q, page, {2025}) is None
    q = "What was the revenue of Tailwind Materials' Filtration segment in 2025?"
    assert member_figures.member_figure(q, HEADED, {2025}) is not None


def test_where_the_picks_figure_ended_up_is_the_same_ranking():
    q = ("Which of Contoso Air's regions saw the steepest drop in load factor in the second quarter of 2025, and where "
         "did its load factor end up?")
    assert member_asks.asks_member_ranking("and where did its load factor end up?", q) == "low-change"
    r = R.rank_members("and where did its load factor end up?", q, KPI, {2025})
    assert r is not None and r.top.label == "Pacific" and "83.9% to 81.7%" in r.lead, r


def test_a_share_of_a_member_is_no_pick_among_members():
    from assistant.answer.member_asks import asks_member_ranking

    for q in ("What share of the Harbor segment's 2025 revenue came from its single largest contract?",
              "What portion of the Retail segment's sales did its biggest customer account for in 2024?"):
        assert asks_member_ranking(q, q) is None, q
    for q in ("What business segment grew fastest in 2024?", "What region had the highest sales in 2025?"):
        assert asks_member_ranking(q, q) is not None, q


# a 10-K segment note under one lead-in: "Net sales:" and "Operating profit:" sub-headings, a segment added in the
# middle year ("-" before it), and reconciling rows below the segments' total
SUBHEADED = """Results of our reportable segments were as follows:
Fiscal Year
In Millions 2025 2024 2023
Net sales:
Coastal Snacks $ 6,210.4 $ 5,980.2 $ 5,700.1
Mountain Dairy 1,402.7 1,455.0 1,490.3
Pet Nutrition 980.5 870.1 -
Frozen Desserts 610.9 640.3 655.2
Total $ 9,204.5 $ 8,945.6 $ 7,845.6
Operating profit:
Coastal Snacks $ 1,120.8 $ 1,010.2 $ 980.4
Mountain Dairy 95.1 120.6 131.0
Pet Nutrition 170.2 140.9 -
Frozen Desserts 14.6 38.2 41.7
Total segment operating profit $ 1,400.7 $ 1,309.9 $ 1,153.1
Unallocated corporate items 210.4 190.2 180.0
Plant closure loss - 22.5 -
Restructuring charges 31.0 12.4 8.8
Operating profit $ 1,159.3 $ 1,084.8 $ 964.3
"""


def test_a_segment_table_under_sub_headings_per_measure_ranks_each_members_margin():
    q = ("Which of Contoso Foods' four operating segments had the lowest segment operating profit margin (segment "
         "operating profit / segment net sales) in fiscal 2025, and what was that margin?")
    r = R.rank_members(q, q, SUBHEADED, {2025})
    assert r is not None and r.top.label == "Frozen Desserts", r
    # 14.6 / 610.9 = 2.4%; Mountain Dairy 95.1 / 1,402.7 = 6.8%
    assert "2.4%" in r.lead and "Mountain Dairy 6.8%" in r.text, r.text
    assert [m.label for m in r.members] == ["Coastal Snacks", "Mountain Dairy", "Pet Nutrition", "Frozen Desserts"]
    # the rows below the segments' total ("Plant closure loss") are no members: without a stated count, unsure
    q2 = q.replace("four ", "")
    assert R.rank_members(q2, q2, SUBHEADED, {2025}) is None
    # revenue growth from the "Net sales:" block: Pet Nutrition 980.5 / 870.1 - 1 = +12.7%
    q3 = "Which of Contoso Foods' four segments grew net sales fastest in fiscal 2025?"
    r3 = R.rank_members(q3, q3, SUBHEADED, {2025})
    assert r3 is not None and r3.top.label == "Pet Nutrition" and "+12.7%" in r3.lead, r3
    # a statement's rows under sub-headings, no caption naming members: still no answer
    statement = SUBHEADED.replace("Results of our reportable segments were as follows:", "CONSOLIDATED RESULTS")
    assert R.rank_members(q3, q3, statement, {2025}) is None


# a 10-Q segment note flattened to one label per row ("Net sales: <segment>"), heads spelling each column's period on
# one long line, and an MD&A table of the change's components naming the segments again
FLATTENED = """Note 9. Segment Information. The Company has three reportable segments: Marine Coatings, Specialty Resins and Circuit Materials. Segment performance is evaluated on segment operating profit.

(In millions) Three Months Ended June 30, 2025 Three Months Ended June 30, 2024 Six Months Ended June 30, 2025 Six Months Ended June 30, 2024

Net sales: Marine Coatings $310.2 $322.9 $601.4 $640.0

Net sales: Specialty Resins 204.5 207.1 410.3 415.8

Net sales: Circuit Materials 150.7 121.3 290.2 240.6

Total net sales $665.4 $651.3 $1,301.9 $1,296.4

Segment operating profit: Marine Coatings $40.1 $44.0 $77.9 $85.2

Segment operating profit: Specialty Resins 30.6 28.3 59.8 55.1

Segment operating profit: Circuit Materials 33.4 24.1 63.5 47.9

Corporate and unallocated costs (15.2) (14.8) (30.1) (29.4)

Operating income $88.9 $81.6 $171.1 $158.8

Net sales. The table below shows the components of the change in net sales for the second quarter of 2025.

Change in net sales, Q2 2025 vs. Q2 2024 Volume Price/mix Currency Total

Marine Coatings (5)% 0% 1% (4)%

Specialty Resins 1% (3)% 1% (1)%

Circuit Materials 21% 2% 1% 24%
"""


def test_rows_naming_the_measure_then_the_member_rank_and_give_a_named_members_margin():
    q = "Which of Contoso's three segments had the biggest decline in net sales in the second quarter of 2025?"
    r = R.rank_members(q, q, FLATTENED, {2025})
    # Marine Coatings 310.2 / 322.9 - 1 = -3.9%; Specialty Resins -1.3%; the quarter's columns, not the half's
    assert r is not None and r.top.label == "Marine Coatings" and "-3.9%" in r.lead, r
    q2 = ("What operating margin did Contoso's Circuit Materials segment earn over the six months ended June 30, 2025, "
          "measured as segment operating profit over segment net sales?")
    m = member_figures.member_margin(q2, FLATTENED, {2025})
    # 63.5 / 290.2 = 21.9%: the segment's own rows, never the consolidated operating income over total net sales
    assert m is not None and m.cells == (("63.5", "290.2"),) and round(m.margins[0], 1) == 21.9, m


# a 10-K's MD&A table of two measures by region, a measure's name shortened beside each year, under a paragraph
# ending on expenses
SHORT_HEADS = """Our Canada and Caribbean routes grew faster than our domestic network in 2025.
We do not allocate operating expenses or aircraft to our regions.
Passenger revenue and capacity by region
(passenger revenue in millions of dollars; ASMs in millions)
Region Rev. 2025 Rev. 2024 ASMs 2025
Domestic 1,810.2 1,702.5 12,010
Canada 140.6 120.1 905
Latin America 201.3 180.4 1,740
Total 2,152.1 2,003.0 14,655
"""


def test_heads_naming_a_measure_beside_each_year_read_the_asked_measures_columns():
    q = "Which of Contoso Air's reporting regions grew passenger revenue fastest in 2025, and at what rate?"
    r = R.rank_members(q, q, SHORT_HEADS, {2025})
    # Canada 140.6 / 120.1 - 1 = +17.1%; Latin America +11.6%; Domestic +6.3%
    assert r is not None and r.top.label == "Canada" and "+17.1%" in r.lead and "Domestic +6.3%" in r.text, r
    # capacity is no revenue: a ranking of growth in ASMs is not read from the revenue columns
    q2 = "Which of Contoso Air's reporting regions grew revenue fastest in 2024?"
    assert R.rank_members(q2, q2, SHORT_HEADS, {2024}) is None


@pytest.mark.parametrize("question, sense", [
    ("Which of Contoso's four business segments improved its operating margin (segment operating profit / segment "
     "net sales) the most from FY2024 to FY2025?", "high-change"),
    ("Which of its divisions increased operating profit the most in 2025?", "high-change"),
    ("Which region showed the largest margin improvement?", "high-change"),
])
def test_an_improvement_the_most_is_a_ranking_by_change(question, sense):
    assert member_asks.asks_member_ranking(question) == sense


def test_a_named_members_margin_over_six_months_says_its_period():
    q = ("What operating margin did Contoso's Circuit Materials segment earn over the six months ended June 30, 2025, "
         "measured as segment operating profit over segment net sales?")
    m = member_figures.member_margin(q, FLATTENED, {2025})
    assert m is not None and m.span == "six months", m
    q2 = "What was the operating margin of Contoso's Circuit Materials segment in the second quarter of 2025?"
    m2 = member_figures.member_margin(q2, FLATTENED, {2025})
    # 33.4 / 150.7 = 22.2%, the quarter's columns
    assert m2 is not None and m2.span == "three months" and round(m2.margins[0], 1) == 22.2, m2


# an earnings release's supplement: 12-week quarters (a filer closing on a Saturday), a division's loss a year before
RELEASE = """Supplemental Financial Information
(in millions and unaudited)
12 Weeks Ended
3/22/2025 3/23/2024
Net Revenue
North Snacks $ 3,210 $ 3,050
Latin America 1,140 1,010
Europe 1,402 1,377
Asia Pacific 820 835
Total $ 6,572 $ 6,272
Operating Profit/(Loss)
North Snacks $ 901 $ 850
Latin America 210 188
Europe 48 (95)
Asia Pacific 96 104
Corporate unallocated expenses (301) (240)
Total $ 954 $ 807
"""


def test_the_one_division_that_swung_to_a_profit_or_saw_its_profit_decline():
    q = ("Which Contoso division swung from an operating loss in the first quarter of 2024 to an operating profit in the "
         "first quarter of 2025, and by how much did its operating profit change?")
    assert member_asks.asks_member_ranking(q) == "profit-change"
    r = R.rank_members(q, q, RELEASE, {2025})
    # Europe (95) to 48: +143; a 12-week quarter is the first quarter asked
    assert r is not None and r.top.label == "Europe" and "(95) to 48, a change of +143" in r.lead, r
    assert "Asia Pacific 104 to 96 (-8)" in r.text, r.text
    q2 = "Which of Contoso's four divisions saw its operating profit decline in the first quarter of 2025?"
    assert member_asks.asks_member_ranking(q2) == "fell-change"
    r2 = R.rank_members(q2, q2, RELEASE, {2025})
    assert r2 is not None and r2.top.label == "Asia Pacific" and "-8, -7.7%" in r2.lead, r2
    # two members moving the asked way: no answer (net revenue fell in Asia Pacific only; rose in three)
    q3 = "Which of Contoso's four divisions saw its net revenue increase in the first quarter of 2025?"
    assert member_asks.asks_member_ranking(q3) == "rose-change" and R.rank_members(q3, q3, RELEASE, {2025}) is None
    # no division swung to a loss
    q4 = "Which Contoso division swung from an operating profit in 2024 to an operating loss in 2025?"
    assert member_asks.asks_member_ranking(q4) == "loss-change" and R.rank_members(q4, q4, RELEASE, {2025}) is None


# a 10-K's reconciliation of segment measures: members as columns wrapped over the head lines (one after its slash),
# a bare year line over each year's block, the filer's list of segments adding what it reports besides them
COLUMN_YEARS = """The Company has three operating segments, Care Plans, Benefit Services and Retail/Clinics, as well as a Corporate/Other segment. The chief operating decision maker evaluates the segments on adjusted operating income.
The following is a reconciliation of financial measures of the Company's segments to the consolidated totals:
In millions
Care
Plans
Benefit
Services
Retail/
Clinics
Corporate/
Other
Intersegment
Eliminations
Consolidated
Totals
2025
Total revenues $ 41,200 $ 80,100 $ 52,300 $ 300 $ (20,100) $ 153,800
Adjusted operating income (loss) 2,810 3,460 3,120 (880) (330) 8,180
2024
Total revenues 38,900 74,500 50,800 350 (19,200) 145,350
Adjusted operating income (loss) 2,400 3,210 3,590 (760) (320) 8,120
"""


def test_members_as_wrapped_columns_under_bare_year_lines():
    q = "Which of Contoso Health's three operating segments saw its adjusted operating income decline in 2025?"
    r = R.rank_members(q, q, COLUMN_YEARS, {2025})
    # Retail/Clinics 3,590 to 3,120: -470
    assert r is not None and r.top.label == "Retail/Clinics" and "3,590 to 3,120, a change of -470" in r.lead, r
    q2 = "Which of Contoso Health's three operating segments grew total revenues fastest in 2025?"
    r2 = R.rank_members(q2, q2, COLUMN_YEARS, {2025})
    # Benefit Services 80,100 / 74,500 - 1 = +7.5%; Care Plans +5.9%
    assert r2 is not None and r2.top.label == "Benefit Services" and "+7.5%" in r2.lead, r2
    # a quarter's page: a bare year is no year's block
    quarter = COLUMN_YEARS.replace("In millions", "In millions, three months ended June 30")
    assert R.rank_members(q2, q2, quarter, {2025}) is None


# a 10-K's key-metric table: the measure named only in the lead-in, columns headed by sequential quarter-end dates
KPI_DATES = """We monitor daily active players ("DAPs") as a key measure of our audience. The following table details our
average DAPs on a sequential quarterly basis for each of our reportable segments (amounts in
millions):
December 31, 2025 September 30, 2025 June 30, 2025 March 31, 2025 December 31, 2024 September 30, 2024
Console 41 18 19 22 30 25
Mobile 96 99 101 104 98 95
Arcade 12 13 12 12 14 15
Total 149 130 132 138 142 135
"""


def test_a_level_ranking_by_a_captions_measure_reads_the_asked_dates_column():
    q = ("For the three months ended December 31, 2025, which of Contoso Games' reportable segments had the most average "
         "daily active players (DAPs), and what share of the total did it account for?")
    assert member_asks.asks_member_ranking(q) == "high"
    r = R.rank_members(q, q, KPI_DATES, {2025})
    # Mobile 96 of 149 = 64.4%, the December 31, 2025 column (not September's 99)
    assert r is not None and r.top.label == "Mobile" and r.top.new_cell == "96" and "64.4%" in r.lead, r
    assert "Console 41; Mobile 96; Arcade 12" in r.text, r.text
    # no date asked, or a change asked: no answer
    q2 = "Which of Contoso Games' reportable segments had the most average daily active players in 2025?"
    assert R.rank_members(q2, q2, KPI_DATES, {2025}) is None
    q3 = ("Which of Contoso Games' reportable segments grew average daily active players fastest in the three months "
          "ended December 31, 2025?")
    assert R.rank_members(q3, q3, KPI_DATES, {2025}) is None


def test_how_much_the_picks_figure_changed_is_the_same_ranking():
    q = ("Which Contoso division swung from an operating loss in the first quarter of 2024 to an operating profit in the "
         "first quarter of 2025, and by how much did its operating profit change, in USD millions?")
    part = "and by how much did its operating profit change, in USD millions?"
    assert member_asks.asks_member_ranking(part, q) == "profit-change"
    r = R.rank_members(part, q, RELEASE, {2025})
    assert r is not None and r.top.label == "Europe" and "+143" in r.lead, r
    # a part about something else is not the pick's size
    assert member_asks.asks_member_ranking("and by how much did Contoso's total revenue change?", q) is None


# session 16 (segments): a filing that says it names each fiscal year by the calendar year it closes in ("the fiscal
# year ended January 31, 2025 ("fiscal 2025")") makes "fiscal 2025" the column closing in January 2025 (``ends``)
ROW_BLOCKS_JANUARY = """Segment net sales were as follows:
Fiscal Years Ended January 31,
(Amounts in millions) 2025 2024 2023
Harbor Stores $ 41,200 $ 39,800 $ 38,100
Harbor Online 12,600 11,100 9,900
Harbor Wholesale 7,300 7,250 7,000
Total net sales $ 61,100 $ 58,150 $ 55,000
"""


def test_a_fiscal_year_asked_of_january_columns_is_read_when_the_filing_names_years_by_their_close():
    q = "Which of Tailwind Retail's three reportable segments grew net sales the fastest in fiscal 2025?"
    jan = NAMED_COLUMNS.replace("Year Ended December 31,", "Fiscal Year Ended January 31,")
    fq = q.replace("Tailwind Retail", "Fabrikam Instruments")
    assert R.rank_members(fq, fq, jan, {2025}) is None  # how the filer names its years unknown: unsure
    r = R.rank_members(fq, fq, jan, {2025}, ends=True)
    assert r is not None and r.top.label == "Life Sciences Tools" and "+8.1%" in r.lead, r
    # the same rule for a block of member rows under years' columns
    assert R.rank_members(q, q, ROW_BLOCKS_JANUARY, {2025}) is None
    r = R.rank_members(q, q, ROW_BLOCKS_JANUARY, {2025}, ends=True)
    # Harbor Online 12,600 / 11,100 = +13.5%; Stores +3.5%; Wholesale +0.7%
    assert r is not None and r.top.label == "Harbor Online" and "+13.5%" in r.lead, r
    low = "Which of Tailwind Retail's three segments had the weakest net sales growth in FY2025?"
    r = R.rank_members(low, low, ROW_BLOCKS_JANUARY, {2025}, ends=True)
    assert r is not None and r.top.label == "Harbor Wholesale", r


def test_a_named_members_share_of_the_whole_is_its_cell_over_the_row_total():
    q = ("What share of Fabrikam Instruments' consolidated operating income came from the Clinical Diagnostics segment "
         "in 2025 and in 2024, and by how many percentage points did that share change?")
    assert member_figures.asks_member_share(q)
    got = member_figures.member_share(q, NAMED_COLUMNS, {2025, 2024})
    # 610 / 2,125 = 28.7% in 2025; 700 / 2,030 = 34.5% in 2024
    assert got is not None and got.member == "Clinical Diagnostics" and got.years == (2024, 2025), got
    assert [round(v, 1) for v in got.shares] == [34.5, 28.7] and got.cells[1] == ("610", "2,125"), got
    q2 = "What percentage of Fabrikam Instruments' total net sales did its Industrial Solutions segment generate in 2025?"
    got = member_figures.member_share(q2, NAMED_COLUMNS, {2025})
    assert got is not None and [round(v, 1) for v in got.shares] == [17.6], got  # 2,205 / 12,495
    # a share of one member's own figure, a member the filer does not list, a row not adding up: no answer
    assert not member_figures.asks_member_share("What share of the Clinical Diagnostics segment's net sales came from services in 2025?")
    assert member_figures.member_share(q.replace("Clinical Diagnostics", "Consumer Devices"), NAMED_COLUMNS, {2025, 2024}) is None
    off = NAMED_COLUMNS.replace("1,540 610 395 (420) 2,125", "1,540 610 395 (420) 2,325")
    assert member_figures.member_share(q, off, {2025, 2024}) is None
    # a fiscal year against a January close: only when the filing names its years by their close
    jan = NAMED_COLUMNS.replace("Year Ended December 31,", "Fiscal Year Ended January 31,")
    fq = q.replace("in 2025 and in 2024", "in fiscal 2025 and in fiscal 2024")
    assert member_figures.member_share(fq, jan, {2025, 2024}) is None
    assert member_figures.member_share(fq, jan, {2025, 2024}, ends=True) is not None


def test_margins_of_members_named_as_columns_from_each_years_two_rows():
    q = "Which of Fabrikam Instruments' three reportable segments had the highest operating margin in 2025?"
    r = R.rank_members(q, q, NAMED_COLUMNS, {2025})
    # 1,540 / 6,410 = 24.0%; 610 / 3,880 = 15.7%; 395 / 2,205 = 17.9%
    assert r is not None and r.top.label == "Life Sciences Tools" and "24.0%" in r.lead, r
    q = ("Which of Fabrikam Instruments' segments suffered the largest drop in operating income as a percentage of net "
         "sales in 2025?")
    r = R.rank_members(q, q, NAMED_COLUMNS, {2025})
    # Clinical Diagnostics 17.5% (700 / 4,010) to 15.7%: -1.7 points; Industrial Solutions +1.3; Life Sciences +0.6
    assert r is not None and r.top.label == "Clinical Diagnostics" and "-1.7 percentage points" in r.lead, r
    q = "Which of Fabrikam Instruments' three segments improved its operating margin the most in fiscal 2025?"
    jan = NAMED_COLUMNS.replace("Year Ended December 31,", "Fiscal Year Ended January 31,")
    assert R.rank_members(q, q, jan, {2025}) is None  # the filer's naming of its years unknown
    r = R.rank_members(q, q, jan, {2025}, ends=True)
    assert r is not None and r.top.label == "Industrial Solutions" and "+1.3 percentage points" in r.lead, r
    # a year's revenue row not adding up: where the columns are is unsure, no margins
    off = NAMED_COLUMNS.replace("Net sales $ 6,410 $ 3,880 $ 2,205 $ — $ 12,495", "Net sales $ 6,410 $ 3,880 $ 2,205 $ — $ 12,995")
    q = "Which of Fabrikam Instruments' three reportable segments had the highest operating margin in 2025?"
    assert R.rank_members(q, q, off, {2025}) is None
