"""Segment tables of interim filings whose columns are two periods of different lengths (session 21, filings): the
quarter's columns beside the year-to-date columns, with each period's length printed over its own years, and the
measures stacked as blocks under their own title lines ("Net sales" rows, then "EBITDA" rows).

- a title naming two measures ("Net sales and EBITDA by reportable segment") over "Three months ended ... Six months
  ended ..." columns is no pair of measure runs side by side: a run of three-month columns beside a run of six-month
  columns is one measure's two periods (``member_blocks._measure_runs``);
- a period's length printed right before each year ("Three months 2026 Three months 2025 Six months 2026 ...",
  "Q2 2026 Q2 2025 6M 2026 6M 2025") gives each column its own group (``prose_pdf_tables.columns``), and such tokens
  name no measure (``member_blocks._head_runs``).

Every page and question below was written for these tests (fictional filers: Tidewater Ferry Lines, Quillfeather
Paper Mills, Sablecrest Outfitters).
"""

from __future__ import annotations

from assistant.answer import member_figures
from assistant.answer import prose_pdf_tables as T
from assistant.answer import table_rankings as R

# a title naming both measures over columns headed "Three months ended" / "Six months ended"
TIDEWATER = """Note 7 - Segments. We report two segments, Coastal Routes and Island Charters.
Net sales and EBITDA by reportable segment
(In thousands)
Three months ended June 27, 2026 Three months ended June 27, 2025 Six months ended June 27, 2026 Six months ended June 27, 2025
Net sales
Coastal Routes $84,210 $80,020 $151,900 $147,350
Island Charters 36,480 29,110 58,240 47,930
Total net sales $120,690 $109,130 $210,140 $195,280
EBITDA
Coastal Routes $21,040 $19,870 $33,160 $31,990
Island Charters 11,310 8,150 14,560 10,210
Corporate expenses (4,020) (3,870) (8,110) (7,650)
Total EBITDA $28,330 $24,150 $39,610 $34,550
"""

# each column's period length printed right before its year, without "ended"
QUILLFEATHER = """Note 11 - Segment information. Our two reportable segments are Packaging Board and Fine Papers.
Segment data
(Dollars in millions)
Three months 2026 Three months 2025 Six months 2026 Six months 2025
Net sales
Packaging Board $412.6 $398.1 $806.9 $790.4
Fine Papers 188.3 201.7 371.5 402.2
Total net sales $600.9 $599.8 $1,178.4 $1,192.6
Operating income
Packaging Board $49.5 $41.8 $92.2 $80.1
Fine Papers 13.2 18.9 27.4 37.0
Unallocated corporate costs (9.1) (8.6) (18.0) (17.3)
Total operating income $53.6 $52.1 $101.6 $99.8
"""

# short period heads ("Q2 2026", "6M 2026")
SABLECREST = """Segment results. We have two reportable segments: Retail Stores and Wholesale.
Revenue and Adjusted EBITDA by segment
(In millions)
Q2 2026 Q2 2025 6M 2026 6M 2025
Revenue
Retail Stores 318.4 301.2 602.7 577.5
Wholesale 97.6 104.3 211.9 220.8
Total revenue 416.0 405.5 814.6 798.3
Adjusted EBITDA
Retail Stores 41.9 35.2 70.3 61.8
Wholesale 15.8 17.1 33.4 35.0
Corporate and other (6.2) (5.9) (12.5) (11.8)
Total Adjusted EBITDA 51.5 46.4 91.2 85.0
"""


def test_a_period_length_printed_before_each_year_gives_each_column_its_group():
    for heads in ("Three months 2026 Three months 2025 Six months 2026 Six months 2025", "Q2 2026 Q2 2025 6M 2026 6M 2025"):
        got = T.columns(heads, 4)
        assert got is not None and [(c.group, c.year) for c in got] == [("3", 2026), ("3", 2025), ("6", 2026),
                                                                          ("6", 2025)], heads
    # heads read before are read as before
    assert [c.group for c in T.columns("Quarter ended June 27 2026 2025", 2)] == ["quarter", "quarter"]
    assert [c.group for c in T.columns("Fiscal year ended 2026 2025 2024", 3)] == ["year", "year", "year"]


def test_a_quarter_beside_its_year_to_date_is_no_pair_of_measure_runs():
    q = "Over the second quarter of 2026, which of the two Tidewater segments showed the higher EBITDA margin?"
    got = R.rank_members(q, q, TIDEWATER, {2026})
    assert got is not None and got.top.label == "Island Charters"  # 31.0% against 25.0%
    assert "11,310 / 36,480" in got.text and "21,040 / 84,210" in got.text


def test_the_growth_of_the_quarter_is_read_from_the_quarter_columns_of_each_layout():
    q = "Over the second quarter of 2026, which of the two Quillfeather segments grew net sales faster?"
    got = R.rank_members(q, q, QUILLFEATHER, {2026})
    assert got is not None and got.top.label == "Packaging Board"  # +3.6% against -6.6%
    q = "Over the second quarter of 2026, which of the two Sablecrest segments grew revenue faster?"
    got = R.rank_members(q, q, SABLECREST, {2026})
    assert got is not None and got.top.label == "Retail Stores" and "301.2 to 318.4" in got.text


def test_a_margin_ranking_under_short_period_heads_reads_the_quarter():
    q = "Over the second quarter of 2026, which of the two Sablecrest segments posted the higher Adjusted EBITDA margin?"
    got = R.rank_members(q, q, SABLECREST, {2026})
    assert got is not None and got.top.label == "Wholesale"  # 15.8 / 97.6 = 16.2% against 13.2%
    q = "Over the first six months of 2026, which of the two Quillfeather segments posted the higher operating margin?"
    got = R.rank_members(q, q, QUILLFEATHER, {2026})
    assert got is not None and got.top.label == "Packaging Board" and "92.2 / 806.9" in got.text


def test_a_named_members_margin_for_the_year_to_date_from_stacked_blocks():
    q = ("What was the Island Charters segment's EBITDA margin for the six months ended June 27, 2026 and for the "
         "same period of 2025?")
    got = member_figures.member_margin(q, TIDEWATER, {2025, 2026})
    assert got is not None and got.span == "six months"
    assert [round(m, 1) for m in got.margins] == [21.3, 25.0]  # 10,210 / 47,930 and 14,560 / 58,240
    q = "What Adjusted EBITDA margin did the Wholesale segment earn over the second quarter of 2026?"
    got = member_figures.member_margin(q, SABLECREST, {2026})
    assert got is not None and [round(m, 1) for m in got.margins] == [16.2]


def _quarterly_index(page: str, company: str, doc: str):
    from assistant.types import DocMeta
    from finance_filings import memory_index

    meta = DocMeta(doc_id=doc.lower(), doc=doc, source=f"{doc}.pdf", company=company, fiscal_year=2026,
                   period="Q2 2026", doc_type="10-Q")
    return memory_index([(meta, {2: page})])


def test_a_named_members_year_to_date_figure_says_its_period_and_a_degree_asked_is_no_figure():
    from assistant.answer.filing_answers import member_figure_answer

    idx = _quarterly_index(TIDEWATER, "Tidewater Ferry Lines", "TIDEWATER_Q2_2026_10Q")
    a = member_figure_answer("What was EBITDA of Tidewater Ferry Lines' Coastal Routes segment in the six months "
                             "ended June 27, 2026?", idx)
    assert a is not None and "$33,160 thousand in 2026 (six months)" in a.text, a and a.text
    # "how dependent": a degree (a share, a verdict), not the member's own figure
    assert member_figure_answer("How dependent was Tidewater Ferry Lines on its Coastal Routes segment for EBITDA "
                                "in the six months ended June 27, 2026?", idx) is None
    idx = _quarterly_index(QUILLFEATHER, "Quillfeather Paper Mills", "QUILLFEATHER_Q2_2026_10Q")
    assert member_figure_answer("How reliant is Quillfeather Paper Mills on its Packaging Board segment for "
                                "operating income in the first six months of 2026?", idx) is None


def test_a_capitalised_qualifier_of_a_financial_term_is_no_name_the_answer_must_be_about():
    from assistant.answer.question import read_question

    for q, kept in (("Over the second quarter of 2026, which of the two Sablecrest segments grew revenue faster, and "
                     "which one posted the higher Adjusted EBITDA margin?", {"sablecrest"}),
                    ("What was Tidewater's Diluted EPS in 2026, and how did Fabrikam's Adjusted EBITDA change?",
                     {"tidewater", "fabrikam"})):
        parts = read_question(q)
        assert all(p.entities for p in parts) and set().union(*(p.entities for p in parts)) == kept, parts
    # a capitalised word before a term that is a name elsewhere in the question stays one
    parts = read_question("Did Contoso's EBITDA grow faster than Northwind EBITDA, and what did Northwind say?")
    assert "northwind" in set().union(*(p.entities for p in parts))
    # a name the index does not hold, written before a term, stays a name the answer must be about
    assert "wingtip" in set().union(*(p.entities for p in read_question("What was Wingtip EBITDA in 2025?")))


def test_both_rankings_of_a_quarterly_segment_table_are_answered_from_its_rows():
    from assistant.types import DocMeta
    from one_page import ask_company_page

    meta = DocMeta(doc_id="sab26", doc="SABLECREST_Q2_2026_10Q", source="SABLECREST_Q2_2026_10Q.pdf",
                   company="Sablecrest Outfitters", fiscal_year=2026, period="Q2 2026", doc_type="10-Q")
    q = ("Over the second quarter of 2026, which of the two Sablecrest segments grew revenue faster, and which one "
         "posted the higher Adjusted EBITDA margin?")
    ex = ask_company_page(q, SABLECREST, meta, "Sablecrest")
    assert len(ex.picks) == 2 and all(p is not None and p.candidate.kind == "ranked" for p in ex.picks), ex.picks
    assert ex.picks[0].candidate.text.startswith("Retail Stores")
    assert ex.picks[1].candidate.text.startswith("Wholesale") and "(three months)" in ex.picks[1].candidate.text


# a quarterly report's statement of income: revenue by type, not by segment
LANTERNBAY_STATEMENT = """LANTERNBAY RESORTS, INC. - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(Dollars in millions; unaudited)
Three months 2026 Three months 2025 Six months 2026 Six months 2025
Revenues
Rooms $204.8 $188.1 $371.0 $352.6
Food and beverage 96.3 97.0 180.2 183.5
Other 22.4 21.9 43.1 41.7
Total revenues 323.5 307.0 594.3 577.8
Costs and expenses
Rooms expense 61.2 58.0 118.4 113.9
"""

# an operating data table whose rows say their own quantity before each member
LANTERNBAY_OPERATING = """Operating statistics
(Occupied room nights in thousands)
Three months 2026 Three months 2025 Six months 2026 Six months 2025
Room nights - Mountain 640 655 1,190 1,240
Room nights - Coastal 812 701 1,460 1,322
Total room nights 1,452 1,356 2,650 2,562
Average daily rate $141.02 $138.70 $140.05 $137.63
"""

LANTERNBAY_NOTE = """Note 8 - Segments. We have two reportable segments: Mountain and Coastal.
Revenues and Adjusted EBITDA by segment
(In millions)
Three months 2026 Three months 2025 Six months 2026 Six months 2025
Revenues
Mountain $131.9 $139.4 $241.6 $256.0
Coastal 191.6 167.6 352.7 321.8
Total revenues $323.5 $307.0 $594.3 $577.8
Adjusted EBITDA
Mountain $30.2 $33.5 $52.8 $58.1
Coastal 52.0 44.3 90.6 80.7
Corporate (7.7) (7.1) (15.0) (14.2)
Total Adjusted EBITDA $74.5 $70.7 $128.4 $124.6
"""


def test_segments_asked_are_read_from_the_segment_note_not_the_statement_or_an_operating_data_table():
    q = "Over the second quarter of 2026, which of the two Lanternbay segments grew its revenues faster?"
    # the statement's revenue lines (rooms, food and beverage) are kinds of revenue, not the segments
    assert R.rank_members(q, q, LANTERNBAY_STATEMENT, {2026}) is None
    # "Room nights - Mountain": each row's own quantity before the member, not revenue
    assert R.rank_members(q, q, LANTERNBAY_OPERATING, {2026}) is None
    got = R.rank_members(q, q, LANTERNBAY_NOTE, {2026})
    assert got is not None and got.top.label == "Coastal" and "167.6 to 191.6" in got.text
    # a place before the dash stays a member's region ("North America - Retail")
    regions = LANTERNBAY_NOTE.replace("Mountain $", "North America - Resorts $").replace(
        "Coastal 1", "North America - Marinas 1").replace("Mountain and Coastal", "North America - Resorts and North "
                                                          "America - Marinas")
    got = R.rank_members(q, q, regions, {2026})
    assert got is not None and got.top.label == "North America - Marinas"


# session 33 (#10): a release's segment table under a caption naming both lengths at once ("Three and nine months
# ended"), each column's length printed again before its year; the operating income block under its own title line
HARTWELL = """HARTWELL FORGE & TOOL, INC.
SEGMENT RESULTS (Unaudited)
(Dollars in millions) - Three and nine months ended September 30,
Q3 2026 Q3 2025 9M 2026 9M 2025
Net sales:
Cutting Tools $212.4 $190.8 $611.0 $580.2
Forged Components 88.1 92.6 270.3 255.7
Precision Gauges 31.5 26.0 84.9 85.1
Total net sales $332.0 $309.4 $966.2 $921.0
Segment operating income:
Cutting Tools $44.6 $38.2 $125.3 $116.0
Forged Components 9.7 11.1 28.4 27.9
Precision Gauges 2.9 2.2 7.1 7.8
Corporate and other (8.3) (7.9) (24.6) (23.3)
Total operating income $48.9 $43.6 $136.2 $128.4
"""


def test_a_caption_naming_two_lengths_at_once_gives_each_length_its_columns():
    # before: the caption's last length ("nine months ended") was every column's group
    for heads, groups in (
            ("(In thousands) - Three and nine months ended September 30, 2026 2025 2026 2025", ["3", "3", "9", "9"]),
            ("Three Months and Six Months Ended June 28, 2026 2025 2026 2025", ["3", "3", "6", "6"]),
            ("For the three and twelve months ended December 31, 2025 2024 2025 2024", ["3", "3", "12", "12"]),
            ("Quarter and nine months ended October 3, 2026 2025 2026 2025", ["quarter", "quarter", "9", "9"])):
        got = T.columns(heads, 4)
        assert got is not None and [c.group for c in got] == groups, heads
        assert [c.year for c in got][:2] == [c.year for c in got][2:], heads


def test_each_columns_own_length_decides_over_the_caption_above_it():
    for heads, groups in (
            ("(Dollars in millions) - Three and nine months ended September 30, Q3 2026 Q3 2025 9M 2026 9M 2025",
             ["3", "3", "9", "9"]),
            ("Third Quarter 2026 Third Quarter 2025 Nine Months 2026 Nine Months 2025", ["3", "3", "9", "9"]),
            ("Fourth Quarter 2025 Fourth Quarter 2024 Full Year 2025 Full Year 2024", ["3", "3", "year", "year"])):
        got = T.columns(heads, 4)
        assert got is not None and [c.group for c in got] == groups, heads
    # a change column takes the length of the column before it
    got = T.columns("Three and six months ended June 30, Q2 2026 Q2 2025 % Change YTD 2026 YTD 2025 % Change", 6)
    assert got is not None and [(c.group, c.change) for c in got] == [
        ("3", False), ("3", False), ("3", True), ("ytd", False), ("ytd", False), ("ytd", True)]


def test_a_segment_table_under_a_caption_of_both_lengths_ranks_the_asked_period():
    q = "Which of Hartwell's segments grew net sales the fastest in the third quarter of 2026?"
    got = R.rank_members(q, q, HARTWELL, {2026})
    assert got is not None and got.top.label == "Precision Gauges" and "26.0 to 31.5" in got.text  # +21.2%
    q = "Over the first nine months of 2026, which Hartwell segment posted the fastest growth in net sales?"
    got = R.rank_members(q, q, HARTWELL, {2026})
    assert got is not None and got.top.label == "Forged Components" and "255.7 to 270.3" in got.text  # +5.7%
    q = "In Q3 2026, which of Hartwell's segments had the highest operating margin?"
    got = R.rank_members(q, q, HARTWELL, {2026})
    assert got is not None and got.top.label == "Cutting Tools" and "44.6 / 212.4" in got.text  # 21.0%


# a 10-K segment note whose columns are headed by each fiscal year's closing day, under a title naming two measures
WILLOWMERE = """Note 15 - Segment Information. Our chief operating decision maker reviews net sales and gross profit of
our three reportable segments: Fresh Bakery, Frozen Desserts and Foodservice.
Net sales and gross profit by reportable segment
(In thousands) - Fiscal years ended
August 29, 2026 August 30, 2025 August 31, 2024
Net sales:
Fresh Bakery $402,118 $371,940 $355,206
Frozen Desserts 233,870 241,305 228,412
Foodservice 120,455 114,907 109,330
Total net sales $756,443 $728,152 $692,948
Gross profit:
Fresh Bakery $96,508 $85,546 $78,145
Frozen Desserts 44,435 50,674 45,682
Foodservice 21,682 19,534 17,493
Total gross profit $162,625 $155,754 $141,320
"""


def test_column_heads_of_closing_days_name_no_measure():
    # before: the month names read as the measures of the columns ("May", "June"), and no column was net sales
    for days in ("August 29, 2026 August 30, 2025 August 31, 2024", "May 30, 2026 May 31, 2025 June 1, 2024",
                 "Sept. 26, 2026 Sept. 27, 2025 Sept. 28, 2024"):
        page = WILLOWMERE.replace("August 29, 2026 August 30, 2025 August 31, 2024", days)
        for q in ("Which of Willowmere's segments grew net sales fastest in fiscal 2026?",
                  "In fiscal 2026, which segment of Willowmere posted the strongest sales growth?"):
            got = R.rank_members(q, q, page, {2026})
            assert got is not None and got.top.label == "Fresh Bakery", (days, q)  # +8.1%, against -3.1% and +4.8%
            assert "371,940 to 402,118" in got.text
