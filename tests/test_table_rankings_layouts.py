"""Segment rankings on layouts of US filers' MD&A tables not read before (session 13, issue 10): percent cells printed
with a space ("27 %"), "$ (502)" cells, "U.S." labels, "% Change 2025-2024" heads, a "Percentage of total revenue"
line under each member, a caption naming the segments over rows closing on "Total revenue", a lead-in sentence
wrapped over two lines, blocks stating each member's growth ("Increases in net sales:") under a title wrapped over two
lines, a residual region ("Other Americas") that is a member, a second part asking whether the pick ranks first again
on another basis, and a named member whose name holds a comma.

Every page and question below was written for these tests (fictional filers: Fabrikam Software, Tailspin Clubs,
Wingtip Devices).
"""

from __future__ import annotations

from assistant.answer import render as XR
from assistant.answer import prose_pdf_tables as T
from assistant.answer import member_asks
from assistant.answer import member_rows
from assistant.answer import member_figures
from assistant.answer import table_rankings as R
from assistant.types import DocMeta
from one_page import ask_one_page

# an MD&A page: revenue by type, then the filer's sentence naming its segments wrapped into the lead-in of a table of
# one part of revenue (subscription) by segment
FABRIKAM_TYPES = """Revenue (dollars in millions)
Fiscal
2025
Fiscal
2024
Fiscal
2023
% Change
2025-2024
% Change
2024-2023
Subscription $ 3,071.0 $ 2,520.0 $ 2,079.0 22 % 21 %
Percentage of total revenue 80% 78% 73%
Product 600.0 540.0 600.0 11 % (10)%
Percentage of total revenue 16% 17% 21%
Services and support 170.0 160.0 161.0 6 % (1)%
Percentage of total revenue 4% 5% 6%
Total revenue $ 3,841.0 $ 3,220.0 $ 2,840.0 19 % 13 %
We have three reportable segments: Creative Tools, Analytics Services and Legacy Printing. Subscription
revenue by reportable segment for fiscal 2025, 2024 and 2023 is as follows (dollars in millions):
Fiscal
2025
Fiscal
2024
Fiscal
2023
% Change
2025-2024
% Change
2024-2023
Creative Tools $ 2,140.0 $ 1,800.0 $ 1,500.0 19 % 20 %
Analytics Services 910.0 700.0 560.0 30 % 25 %
Legacy Printing 21.0 20.0 19.0 5 % 5 %
Total subscription revenue $ 3,071.0 $ 2,520.0 $ 2,079.0 22 % 21 %
"""

# the segment page: a caption naming the segments, each member's share of revenue on the line under its amounts; the
# sentence above the caption wraps from a bullet (read back to the bullet, never into the bullet before it)
FABRIKAM_SEGMENTS = """Segments
• Analytics Services—Our Analytics Services segment helps chief revenue officers measure their campaigns.
• Legacy Printing—Our Legacy Printing segment serves publishers and print service providers, including the
production managers of commercial printers and in-plant print shops around the world.
Segment Information (dollars in millions)
Fiscal
2025
Fiscal
2024
Fiscal
2023
% Change
2025-2024
% Change
2024-2023
Creative Tools $ 2,600.0 $ 2,100.0 $ 1,800.0 24 % 17 %
Percentage of total revenue 68% 65% 63%
Analytics Services 1,150.0 1,000.0 900.0 15 % 11 %
Percentage of total revenue 30% 31% 32%
Legacy Printing 91.0 120.0 140.0 (24)% (14)%
Percentage of total revenue 2% 4% 5%
Total revenue $ 3,841.0 $ 3,220.0 $ 2,840.0 19 % 13 %
"""

FABRIKAM_Q = ("Which of Fabrikam's reportable segments grew its total revenue fastest in fiscal 2025, and was it also "
              "the segment whose subscription revenue grew fastest?")
FABRIKAM_FIRST = "Which of Fabrikam's reportable segments grew its total revenue fastest in fiscal 2025"
FABRIKAM_AGAIN = "was it also the segment whose subscription revenue grew fastest"


def test_cells_and_heads_of_these_layouts_are_read():
    assert T._parse_row("Marine $ (1,204) $ (877) $ 310") == ("Marine", ["$ (1,204)", "$ (877)", "$ 310"])
    assert T.cell_value("$ (1,204)") == -1204.0 and T.cell_value("(3) %") == -3.0
    assert T._parse_row("Rail 27 % 19 %") == ("Rail", ["27 %", "19 %"])
    assert T._parse_row("U.S. 9 % 6 %") == ("U.S.", ["9 %", "6 %"])
    cols = T.columns("Fiscal 2025 Fiscal 2024 Fiscal 2023 % Change 2025-2024 % Change 2024-2023", 5)
    assert cols is not None and [c.year for c in cols] == [2025, 2024, 2023, None, None], cols
    cols = T.columns("2025 2024 2025 vs. 2024 % change", 3)
    assert cols is not None and [c.change for c in cols] == [False, False, True], cols


def test_share_lines_under_each_member_and_a_total_naming_the_measure():
    got = R.rank_members(FABRIKAM_FIRST, FABRIKAM_Q, FABRIKAM_SEGMENTS, {2025})
    assert got is not None and got.top.label == "Creative Tools", got
    assert [m.label for m in got.members] == ["Creative Tools", "Analytics Services", "Legacy Printing"]
    assert round(got.top.value, 1) == 23.8  # 2,600.0 / 2,100.0


def test_revenue_types_are_no_segments_and_a_part_of_revenue_is_not_revenue():
    # the page names the segments: the types of revenue are not them; the subscription table's lead-in, wrapped over
    # two lines, says it is one part of revenue, which the first part does not ask
    assert R.rank_members(FABRIKAM_FIRST, FABRIKAM_Q, FABRIKAM_TYPES, {2025}) is None


def test_a_second_part_ranks_again_on_the_basis_it_names():
    assert member_asks.asks_rank_again(FABRIKAM_AGAIN)
    assert member_asks.asks_rank_again("Does the ranking hold once comparable sales exclude fuel prices")
    assert not member_asks.asks_rank_again("was it profitable")
    first = R.rank_members(FABRIKAM_FIRST, FABRIKAM_Q, FABRIKAM_SEGMENTS, {2025})
    got = R.rank_again(FABRIKAM_AGAIN, first, FABRIKAM_Q, FABRIKAM_TYPES, {2025})
    assert got is not None, got
    ranked, verdict, line = got
    assert verdict == "No" and ranked.top.label == "Analytics Services", line
    assert "Analytics Services ranks first (+30.0%)" in line and "Creative Tools comes second (+18.9%)" in line, line
    # the segment page states no subscription revenue: nothing to rank again by there
    assert R.rank_again(FABRIKAM_AGAIN, first, FABRIKAM_Q, FABRIKAM_SEGMENTS, {2025}) is None


def test_the_answer_gives_both_parts_and_the_later_verdict_at_its_own_part():
    meta = DocMeta(doc_id="fbk25", doc="FABRIKAM_2025_10K", source="FABRIKAM_2025_10K.pdf",
                   title="Fabrikam Software 10-K 2025", company="Fabrikam Software", doc_type="10-K",
                   fiscal_year=2025, period="FY2025")  # fmt: skip
    ex = ask_one_page(FABRIKAM_Q, f"{FABRIKAM_SEGMENTS}\n{FABRIKAM_TYPES}", meta)
    kinds = [p.candidate.kind if p else None for p in ex.picks]
    assert kinds == ["ranked", "ranked"], kinds
    text, _, _ = XR.render(ex)
    assert not text.startswith("No."), text  # the first part asks no yes/no
    assert text.splitlines()[1].startswith("Creative Tools had the highest growth"), text
    assert "No: asked again" in text and "Analytics Services ranks first" in text, text


# a warehouse-club MD&A table: each segment's growth stated in percent under sub-headings, the last one wrapped over two
# lines; a residual region that is a segment of its own
TAILSPIN = """RESULTS OF OPERATIONS
Net Sales
2025 2024 2023
Net Sales $ 88,410 $ 80,120 $ 74,900
Increases in net sales:
United States 9 % 6 % 5 %
Mexico 14 % 8 % 4 %
Other Americas 16 % 11 % 7 %
Total Company 10 % 7 % 5 %
Increases in comparable sales:
United States 8 % 5 % 5 %
Mexico 11 % 7 % 3 %
Other Americas 12 % 9 % 6 %
Total Company 9 % 6 % 5 %
Increases in comparable sales excluding the impact of changes in foreign
exchange and fuel prices:
United States 8 % 6 % 4 %
Mexico 7 % 6 % 4 %
Other Americas 6 % 9 % 5 %
Total Company 8 % 6 % 4 %
"""
TAILSPIN_Q = ("Which of Tailspin's three segments grew net sales fastest in fiscal 2025? Does the ranking hold once "
              "comparable sales exclude the impact of changes in foreign exchange and fuel prices?")


def test_stated_growth_blocks_rank_by_the_asked_years_cell_and_rank_again_by_the_named_block():
    tables = T.tables_in(TAILSPIN)
    blocks = {r.block for t in tables for r in t.rows}
    assert ("Increases in comparable sales excluding the impact of changes in foreign exchange and fuel prices"
            in blocks), blocks  # the title wrapped over two lines
    first_part = "Which of Tailspin's three segments grew net sales fastest in fiscal 2025"
    first = R.rank_members(first_part, TAILSPIN_Q, TAILSPIN, {2025})
    assert first is not None and first.top.label == "Other Americas", first  # 16 %, stated
    assert [m.label for m in first.members] == ["United States", "Mexico", "Other Americas"]
    assert "16 %" in first.lead and "as stated" in first.lead, first.lead
    again = "Does the ranking hold once comparable sales exclude the impact of changes in foreign exchange and fuel prices"
    got = R.rank_again(again, first, TAILSPIN_Q, TAILSPIN, {2025})
    assert got is not None and got[1] == "No" and got[0].top.label == "United States", got
    # a level of net sales is never read from a block of growth rates
    level = "Which of Tailspin's three segments had the highest net sales in fiscal 2025?"
    assert R.rank_members(level, level, TAILSPIN, {2025}) is None


def test_a_residual_region_is_a_member_and_a_bare_other_is_not():
    assert not member_rows._not_member("Other Americas") and not member_rows._not_member("Other International")
    assert member_rows._not_member("Other") and member_rows._not_member("All other") and member_rows._not_member("Other segments")


# a summary of segment results with a block per measure, losses printed "$ (502)"
WINGTIP = """The following table provides a summary of net revenue and operating income (loss) by segment:
2025 2024 2023
(In millions)
Net revenue:
Consumer Devices $ 1,805 $ 3,132 $ 3,720
Marine, Rail and Industrial 2,186 2,374 1,577
All Other — — 2
Total net revenue $ 3,991 $ 5,506 $ 5,299
Operating income (loss):
Consumer Devices $ (502) $ (76) $ (101)
Marine, Rail and Industrial 215 399 295
All Other (194) (478) (91)
Total operating income (loss) $ (481) $ (155) $ 103
"""


def test_a_named_member_with_a_comma_in_its_name_and_a_block_of_losses():
    q = ("By how many percentage points did the operating margin of Wingtip's Marine, Rail and Industrial segment change "
         "from 2024 to 2025?")
    assert member_asks.named_member(q) == "Marine, Rail and Industrial"
    got = member_figures.member_margin(q, WINGTIP, {2024, 2025})
    assert got is not None, got
    assert [round(m, 1) for m in got.margins] == [16.8, 9.8], got  # 399 / 2,374 and 215 / 2,186



# a segment table under a spanning head: each year's columns are net sales, share of total and operating income; the
# change columns name two of them; a line naming the members' kind sits between the heads and the rows
SPANNED = """Sales and operating income (loss) by business segment:
The following tables contain sales and operating income (loss) results by business segment for the years ended
December 31, 2025 and 2024.
2025 2024 % change
(Dollars in millions) Net Sales % of Total
Operating
Income (Loss) Net Sales % of Total
Operating
Income (Loss) Net Sales
Operating Income
(Loss)
Business Segments
Coatings and Films $ 6,210 41.4 % $ 702 $ 6,050 41.0 % $ 810 2.6 % (13.3)%
Filtration 4,120 27.5 655 4,010 27.2 590 2.7 11.0
Medical Supplies 3,050 20.3 579 3,100 21.0 600 (1.6) (3.5)
Home Products 1,610 10.7 161 1,580 10.7 170 1.9 (5.3)
Corporate and Unallocated 5 — (410) 4 — (390)
Total Company $ 14,995 100.0 % $ 1,687 $ 14,744 100.0 % $ 1,780 1.7 % (5.2)%
"""


def test_a_margin_per_member_under_a_spanning_head_of_years():
    q = ("Measured by segment operating income divided by segment net sales, which of Wingtip's four business "
         "segments had the highest operating margin in 2025 and which had the lowest?")
    first = "Measured by segment operating income divided by segment net sales, which of Wingtip's four business segments had the highest operating margin in 2025"
    high = R.rank_members(first, q, SPANNED, {2025})
    assert high is not None and high.top.label == "Medical Supplies", high  # 579 / 3,050 = 19.0%
    low = R.rank_members("which had the lowest", q, SPANNED, {2025})
    assert low is not None and low.top.label == "Home Products", low  # 161 / 1,610 = 10.0%
    assert "19.0%" in high.lead and "10.0%" in low.lead, (high.lead, low.lead)
    # the margin's move from 2024 reads the 2024 columns of the same names
    moved = R.rank_members("which of Wingtip's four business segments had the largest decline in operating margin "
                           "from 2024 to 2025", q, SPANNED, {2025})
    assert moved is not None and moved.top.label == "Coatings and Films", moved  # 13.4% -> 11.3%


def test_a_second_rankings_lead_names_the_basis_it_was_ranked_by():
    first = R.rank_members(FABRIKAM_FIRST, FABRIKAM_Q, FABRIKAM_SEGMENTS, {2025})
    ranked, _, _ = R.rank_again(FABRIKAM_AGAIN, first, FABRIKAM_Q, FABRIKAM_TYPES, {2025})
    assert "by subscription revenue, 2024 to 2025" in ranked.lead, ranked.lead


def test_members_listed_in_parentheses_with_semicolons_stay_one_part():
    from assistant.answer.question import read_question

    q = ("Among Tailspin's three geographic segments (North America; Europe, Middle East & Africa; Asia Pacific), which "
         "grew net sales fastest in 2025, and what drove that growth?")
    parts = read_question(q)
    assert len(parts) == 2, [p.text for p in parts]
    assert member_asks.asks_member_ranking(parts[0].text, q) == "high-change"


# a segment note flattened to "<measure> - <member>" rows under a head line "Year ended September 30 2025 2024 2023"
# (read as a row: the day's "30" among the years), then a second part naming another measure alone
ALDERWICK_NOTE = """Note 11. Segment Information
Revenues, operating income and capital expenditures by segment
(in millions)
Year ended September 30 2025 2024 2023
Revenues - Harbor Lines 2,410.0 2,200.0 2,050.0
Revenues - Inland Barges 980.0 800.0 760.0
Revenues - Rail Terminals 1,120.0 1,050.0 990.0
Total revenues 4,510.0 4,050.0 3,800.0
Operating income - Harbor Lines 361.5 330.0 300.1
Operating income - Inland Barges 98.0 96.0 70.2
Operating income - Rail Terminals 201.6 180.0 170.4
Corporate and other (40.2) (38.0) (35.5)
Operating income 620.9 568.0 505.2
Capital expenditures - Harbor Lines 150.0 140.0 120.0
Capital expenditures - Inland Barges 60.0 45.0 40.0
Capital expenditures - Rail Terminals 90.0 85.0 80.0
"""
ALDERWICK_Q = ("Which of Alderwick's three segments earned the highest segment operating margin in fiscal 2025, and was it "
               "also the segment whose revenues grew fastest?")
ALDERWICK_FIRST = "Which of Alderwick's three segments earned the highest segment operating margin in fiscal 2025"
ALDERWICK_AGAIN = "was it also the segment whose revenues grew fastest"


def test_measure_then_member_rows_under_a_dated_head_line_rank_a_margin():
    got = R.rank_members(ALDERWICK_FIRST, ALDERWICK_Q, ALDERWICK_NOTE, {2025})
    assert got is not None and got.top.label == "Rail Terminals", got  # 18.0% against 15.0% and 10.0%
    assert [m.label for m in got.members] == ["Harbor Lines", "Inland Barges", "Rail Terminals"]


def test_a_second_part_naming_another_measure_alone_ranks_again_by_it():
    first = R.rank_members(ALDERWICK_FIRST, ALDERWICK_Q, ALDERWICK_NOTE, {2025})
    got = R.rank_again(ALDERWICK_AGAIN, first, ALDERWICK_Q, ALDERWICK_NOTE, {2025})
    assert got is not None, got
    ranked, verdict, line = got
    assert verdict == "No" and ranked.top.label == "Inland Barges", line  # +22.5% against +9.5% and +6.7%
    assert "Rail Terminals comes third (+6.7%)" in line, line
    # the same measure named again is no other basis: nothing to rank again by
    assert R.rank_again("was it also the segment with the highest segment operating margin", first, ALDERWICK_Q,
                        ALDERWICK_NOTE, {2025}) is None
