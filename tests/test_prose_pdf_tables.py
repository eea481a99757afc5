"""Which row of a table ranks first, from a PDF page whose column heads are split over lines
(answer/prose_pdf_tables.py) and the extractive answer computed from it (answer/pickers.py hook ``_top_row``).

Every table below is written for these tests (fictional companies: Northwind, Contoso).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_pdf_tables as T
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

# a 10-Q note: two column groups, dates on lines of their own, "% Change" columns, a total row named by the measure
GEO = """NORTHWIND INC. AND SUBSIDIARY COMPANIES
NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS
The following summarizes revenues by geographic area:
Three Months Ended Six Months Ended
(MILLIONS)
June 29,
2025
June 30,
2024
%
Change
June 29,
2025
June 30,
2024
%
Change
North America $ 4,210 $ 4,580 (8) $ 8,900 $ 9,010 (1)
Western Europe 1,905 2,340 (19) 3,880 4,410 (12)
Asia Pacific 1,120 1,650 (32) 2,300 2,280 1
Latin America 640 710 (10) 1,350 1,300 4
Revenues $ 7,875 $ 9,280 (15) $ 16,430 $ 17,000 (3)
Revenues from the national government represented 2% of total revenues in the quarter.
"""

# an earnings release supplement: three- and twelve-month groups, member rows and rows that are no members
SUPPLEMENT = """CONTOSO RESORTS AND SUBSIDIARIES
SUPPLEMENTAL DATA - ADJUSTED PROPERTY EBITDA
(In thousands)
Three months ended Twelve months ended
December 31,
2024
December 31,
2023
December 31,
2024
December 31,
2023
Coastal Resorts $ 301,200 $ 280,100 $ 1,204,000 $ 1,010,500
Mountain Resorts 120,400 131,900 468,300 470,100
Island Resorts (12,300) 4,100 (40,800) 22,600
Management and other operations (2,100) 1,900 (9,700) 8,800
Corporate(2) (41,000) (39,500) (160,200) (150,900)
$ 366,200 $ 378,500 $ 1,461,600 $ 1,361,100
"""

# a fair-value note: a "Level" column, rows under two sub-headings, subtotals
INVEST = """The following table presents information regarding the Company's debt investments:
Fair value level March 31, 2025 December 31, 2024
(In thousands)
Cash and cash equivalents:
Money market funds Level 1 $ 9,100 $ 12,400
Commercial paper Level 2 2,000 —
Cash and cash equivalents 11,100 12,400
Short-term investments:
U.S. treasury bills Level 1 88,500 61,200
Municipal notes Level 2 12,300 15,800
Corporate bonds Level 2 240,900 190,300
Short-term investments 341,700 267,300
Total debt investments $ 352,800 $ 279,700
"""


def _table(page: str, n: int = 0) -> T.Table:
    return T.tables_in(page)[n]


def test_ranking_questions_are_recognised():
    assert T.asks_top_row("Which region had the biggest drop in Q2 2025 revenues (percentage basis)?") == "low-change"
    assert T.asks_top_row("Which segment had the highest adjusted EBITDA in FY2024?") == "high"
    assert T.asks_top_row("Which type of security was the largest among its short-term investments?") == "high"
    assert T.asks_top_row("Which region had the worst topline performance in 2024?") == "low-change"
    assert T.asks_top_row("What was Northwind's revenue in Western Europe?") is None
    assert T.asks_top_row("Which region grew fastest in the second quarter?") == "high-change"


def test_column_heads_split_over_lines_are_read_in_groups():
    t = _table(GEO)
    cols = T.columns(t.heads, 6)
    assert [(c.group, c.year, c.change) for c in cols] == [
        ("3", 2025, False), ("3", 2024, False), ("3", None, True), ("6", 2025, False), ("6", 2024, False), ("6", None, True)]
    assert [r.label for r in t.rows] == ["North America", "Western Europe", "Asia Pacific", "Latin America", "Revenues"]


def test_the_quarter_asked_reads_the_three_month_change_column():
    r = T.rank_table("For Northwind, which geographic region had the biggest drop in Q2 2025 year over year revenues?",
                     _table(GEO), {2025}, {2}, {"northwind"})  # fmt: skip
    assert r is not None and (r.label, r.shown) == ("Asia Pacific", "(32)%")
    assert "Revenues" not in [x.label for x in r.rows]  # the measure's own (total) row is not ranked


def test_groups_that_disagree_give_no_answer():
    # no period asked: the three-month group puts Asia Pacific first, the six-month group Western Europe
    assert T.rank_table("Which region had the biggest drop in revenues?", _table(GEO), set(), set(), {"northwind"}) is None


def test_a_fiscal_year_reads_the_twelve_month_group_and_rows_that_are_no_members_are_left_out():
    t = _table(SUPPLEMENT)
    r = T.rank_table("Which property had the highest adjusted property EBITDA for Contoso during FY2024?", t, {2024},
                     set(), {"contoso"})  # fmt: skip
    assert r is not None and (r.label, r.shown, r.column) == ("Coastal Resorts", "$ 1,204,000", "2024, twelve months")
    low = T.rank_table("Which property had the worst topline performance for Contoso during FY2024?", t, {2024}, set(),
                       {"contoso"})  # fmt: skip
    assert low is None  # the table's caption says EBITDA, not revenue ("topline")
    worst = T.rank_table("Which property had the biggest decline in adjusted property EBITDA for Contoso in FY2024?",
                         t, {2024}, set(), {"contoso"})  # fmt: skip
    assert worst is None  # Island Resorts moved into a loss: a change into a loss is no rate
    assert {x.label for x in T.rank_table("Which property had the lowest adjusted property EBITDA for Contoso in FY2024?",
                                          t, {2024}, set(), {"contoso"}).rows} == {"Coastal Resorts", "Mountain Resorts",
                                                                                  "Island Resorts"}  # fmt: skip


def test_the_block_the_question_names_and_the_level_column():
    t = _table(INVEST)
    r = T.rank_table("Which type of debt received the largest investment among the short term investments for Contoso "
                     "in Q1 2025?", t, {2025}, {1}, {"contoso"})  # fmt: skip
    assert r is not None and r.label == "Corporate bonds Level 2"
    assert r.shown == "240,900, 70.5% of the Short-term investments row's 341,700 (computed)"  # its share of the block
    assert [x.label for x in r.rows] == ["U.S. treasury bills Level 1", "Municipal notes Level 2", "Corporate bonds Level 2"]
    # rows under two sub-headings and the question names neither: no answer
    assert T.rank_table("Which debt investment was the largest for Contoso in Q1 2025?", t, {2025}, {1}, {"contoso"}) is None


def test_a_measure_the_table_does_not_name_is_no_answer():
    assert T.rank_table("Which region had the highest operating income in Q2 2025?", _table(GEO), {2025}, {2},
                        {"northwind"}) is None  # fmt: skip


def test_the_extractive_answer_names_the_row_and_cites_every_row_ranked():
    meta = DocMeta(doc_id="dnw", doc="NORTHWIND_2025Q2_10Q", source="/r/nw.pdf", title="Northwind Form 10-Q Q2 2025",
                   company="Northwind", doc_type="10-Q", fiscal_year=2025, period="Q2 2025")  # fmt: skip
    c = Chunk(chunk_id="dnw:1", doc_id="dnw", doc=meta.doc, source=meta.source, page=38, page_end=38, start=0,
              end=len(GEO), text=GEO, ordinal=1)  # fmt: skip
    ex = X.extract("For Northwind, which geographic region had the biggest drop in Q2 2025 year over year revenues (on a "
                   "percentage basis)?", [Hit(chunk=c, score=1.0, rank=0, meta=meta)], HashEmbedder(),
                   page_text=lambda d, p: GEO)  # fmt: skip
    text = R.render(ex, lambda d, p: GEO)[0]
    assert "Asia Pacific ranks first of the table's 4 rows (% change, three months): (32)%." in text
    assert "- Western Europe 1,905 2,340 (19) 3,880 4,410 (12)" in text


def test_a_line_of_long_digit_runs_is_no_row_and_is_not_split_every_way():
    # a digit run is one cell: a line of long runs that ends in words (an account number, a CUSIP list, an
    # identifier printed by a reader) is rejected at once; before, the row pattern tried every way to cut each
    # run into cells, which for runs like these does not end in any useful time
    assert T._parse_row("Reference numbers " + " ".join(["4213370098125563"] * 3) + " continued") is None
    assert T._parse_row("Total " + "7" * 40 + " see note") is None
    # rows keep their cells
    assert T._parse_row("Net sales $ 12,734 $ 27,742 (54)") == ("Net sales", ["$ 12,734", "$ 27,742", "(54)"])
    assert T._parse_row("Operating income 1,234.5 (2.3) 15%") == ("Operating income", ["1,234.5", "(2.3)", "15%"])
    assert T._parse_row("Account 4213370098125563 77") == ("Account", ["4213370098125563", "77"])


def test_a_dash_standing_alone_is_a_nil_cell_and_a_long_line_of_periods_is_the_heads():
    # a segment added in the middle year prints "-" for the year before it existed; a reconciling row has a nil first
    assert T._parse_row("Pet Nutrition 980.5 870.1 -") == ("Pet Nutrition", ["980.5", "870.1", "-"])
    assert T._parse_row("Plant closure loss - 22.5 -") == ("Plant closure loss", ["-", "22.5", "-"])
    assert T._parse_row("Price/mix change (1.5) -2.0 -$3") == ("Price/mix change", ["(1.5)", "-2.0", "-$3"])
    page = ("Note 9. Segment Information. The Company has two reportable segments: Marine and Resins.\n"
            "(In millions) Three Months Ended June 30, 2025 Three Months Ended June 30, 2024 Six Months Ended June 30, "
            "2025 Six Months Ended June 30, 2024\n"
            "Net sales: Marine $310.2 $322.9 $601.4 $640.0\n")
    table = T.tables_in(page)[0]
    assert table.heads.startswith("(In millions) Three Months Ended June 30, 2025"), table
    assert table.caption.startswith("Note 9."), table
    assert [c.group for c in T.columns(table.heads, 4)] == ["3", "3", "6", "6"]


def test_a_contribution_asked_without_a_total_line_is_no_answer():
    page = ("Segment Adjusted EBITDAR for the periods presented was as follows:\n"
            "(In thousands) Year Ended December 31, 2025 2024 2023\n"
            "Harbor Resorts $ 2,410,200 $ 1,980,400 $ 640,100\n"
            "Inland Casinos 1,105,300 1,020,700 400,200\n"
            "Macau Venture (150,400) 30,100 (120,900)\n"
            "Corporate and other (610,500) (500,200) (480,700)\n")
    table = T.tables_in(page)[0]
    assert "2025 2024 2023" in table.heads, table
    asked = "Which region had the highest Adjusted EBITDAR in 2025?"
    r = T.rank_table(asked, table, {2025}, set())
    assert r is not None and r.label == "Harbor Resorts", r
    # its contribution (a share) is asked: the table has no total line to take it of
    assert T.rank_table("Which region had the highest EBITDAR contribution in 2025?", table, {2025}, set()) is None
