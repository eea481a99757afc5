"""prose_tables: comparisons, rankings and derived figures computed from a report table's rows.

Every table and question here is invented for these tests (fictional markets and companies)."""

from __future__ import annotations

import math

import pytest

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_tables as T
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import DocMeta, Hit

from extract_pages import page_hit
from one_page import ask_one_page

# a PDF page as mia's reader gives it: caption, unit line, a head line and rows, each on its own line
HEAT = """Heat Pump Installers Review 2025
2. Installers
Independent installers grew quickly in 2024 as subsidies for households were extended for two more years.
Table 1. Installed heat pumps by installer, cumulative
(thousand units)
Installer 2023 2024
Calderon Heating 48.0 61.5
Fenwick Thermal 39.5 52.0
Auric Climate 22.1 24.0
Pellam Services 12.4 11.8
Total 122.0 149.3
Calderon kept its lead, although Fenwick narrowed the gap in the north.
"""

# a Markdown report: a pipe table with a forecast column, the unit in the caption
DRONES = """# Delivery drones: market outlook

## Regional split

Table 3. Share of drone deliveries by region (%)

| Region | 2024 | 2028F |
|---|---|---|
| North America | 41 | 34 |
| Europe | 22 | 27 |
| Asia Pacific | 30 | 32 |
| Rest of world | 7 | 7 |

## Market size

Table 4. Delivery drone services revenue by segment (US$ millions)

| Segment | 2024 | 2025F | 2028F |
|---|---|---|---|
| Medical supplies | 410 | 520 | 980 |
| Food | 1,250 | 1,400 | 1,900 |
| Parcels | 2,300 | 2,610 | 3,700 |
| Total | 3,960 | 4,530 | 6,580 |
"""

# an HTML feature as the reader flattens it: one block per paragraph, each table row on one line
BAKERIES = """# Bakery cafes: the store count race

The table below gives the store counts the chains reported at the end of each year.

Table 1. Bakery cafes in operation at year end, by chain (number of stores)

Chain 2022 2023 2024

Crumbwell 610 655 742

Oaken Loaf 1,020 1,061 1,090

Saffron & Rye 330 362 351

Table 2. Average sales per store (US$ thousands)

Chain 2023 2024

Crumbwell 1,410 1,455

Oaken Loaf 1,220 1,198

Saffron & Rye 980 1,015
"""

# a share table in a Markdown report
SUPPLIERS = """# Smart meters: supplier shares

Table 2. Share of smart meter shipments (%)

| Supplier | 2023 | 2024 |
|---|---|---|
| Quillon Metering | 24.5 | 22.9 |
| Belvar Systems | 18.0 | 19.6 |
| Tarn Electric | 11.2 | 11.5 |
| Others | 46.3 | 46.0 |
"""

NO_UNIT = """# Fleet review

Table 1. Vehicles by operator

| Operator | 2023 | 2024 |
|---|---|---|
| Ferro Lines | 820 | 905 |
| Galloway Bus | 610 | 640 |
| Hartwell Coaches | 300 | 290 |
"""

TIE = """# Valve makers

Table 1. Share of industrial valve sales (%)

| Supplier | 2023 | 2024 |
|---|---|---|
| Ostrava Valves | 20.0 | 21.5 |
| Pinecrest Flow | 15.0 | 16.5 |
| Marlow Fittings | 12.0 | 10.0 |
"""

# column heads that are more than a year: a Markdown table with a change column, a text table with words in its head
LOOSE = """# Electrolyser makers

## Capacity

Table 2. The largest electrolyser makers

| Maker | Capacity end-2023 (GW) | Capacity end-2024 (GW) | Change (%) |
|---|---|---|---|
| Hollin Hydrogen | 3.2 | 4.8 | 50 |
| Verdane | 2.6 | 4.4 | 69 |
| Asterby Gas | 1.9 | 2.1 | 11 |

Table 3. Order backlog by maker
(GW)
Maker Backlog 2023 Backlog 2024
Hollin Hydrogen 7.5 9.0
Verdane 6.0 8.4
Asterby Gas 2.2 1.8
"""

FILING_PAGE = """Segment results
(in millions)
Segment 2023 2024
Consumer 1,200 1,350
Industrial 900 870
Services 400 460
"""

PAGES = {("dheat", 3): HEAT.split("Pellam")[0], ("dheat", 4): "Pellam" + HEAT.split("Pellam")[1],
         ("dheat", 5): HEAT, ("ddrone", 2): DRONES, ("dbake", 1): BAKERIES, ("dmeter", 1): SUPPLIERS,
         ("dfleet", 1): NO_UNIT, ("dtie", 1): TIE, ("dloose", 1): LOOSE, ("dfile", 30): FILING_PAGE}  # fmt: skip
METAS = {
    "dheat": DocMeta(doc_id="dheat", doc="heat_pumps_2025", source="/r/heat_pumps_2025.pdf",
                     title="Heat Pump Installers Review 2025", doc_type="market report"),
    "ddrone": DocMeta(doc_id="ddrone", doc="drones_2025", source="/r/drones_2025.md", title="Delivery drones"),
    "dbake": DocMeta(doc_id="dbake", doc="bakeries", source="/r/bakeries.html", title="Bakery cafes"),
    "dmeter": DocMeta(doc_id="dmeter", doc="meters", source="/r/meters.md", title="Smart meters"),
    "dfleet": DocMeta(doc_id="dfleet", doc="fleet", source="/r/fleet.md", title="Fleet review"),
    "dtie": DocMeta(doc_id="dtie", doc="valves", source="/r/valves.md", title="Valve makers"),
    "dloose": DocMeta(doc_id="dloose", doc="electrolysers", source="/r/e.md", title="Electrolyser makers"),
    "dfile": DocMeta(doc_id="dfile", doc="CONTOSO_2024_10K", source="/r/c.pdf", company="Contoso", doc_type="10-K",
                     fiscal_year=2024),
}


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def hit_for(doc_id: str, page: int, rank: int = 0) -> Hit:
    return page_hit(METAS[doc_id], page, PAGES[(doc_id, page)], rank)


def picks(question: str, *pages: tuple[str, int]) -> dict[int, tuple]:
    cands = C.candidates([hit_for(d, p, r) for r, (d, p) in enumerate(pages)], page_text)
    return {k: v[:3] for k, v in T.table_picks(question, Q.read_question(question), cands, page_text).items()}


def ask(question: str, *pages: tuple[str, int]) -> X.Extraction:
    hits = [hit_for(d, p, r) for r, (d, p) in enumerate(pages)]
    return X.extract(question, hits, HashEmbedder(), page_text=page_text)


# ------------------------------------------------------------------------------------------------ reading tables


def test_page_tables_reads_pdf_markdown_and_html_layouts_with_printed_cells():
    (heat,) = T.page_tables(HEAT)
    assert heat.caption.startswith("Installed heat pumps") and heat.unit_line == "thousand units"
    assert heat.years == (2023, 2024) and heat.head == "Installer" and heat.section == "Installers"
    assert heat.rows[0].label == "Calderon Heating" and heat.rows[0].cells == ("48.0", "61.5")
    share, revenue = T.page_tables(DRONES)
    assert share.columns == ("2024", "2028F") and share.years == (2024, 2028)
    assert revenue.rows[1].cells == ("1,250", "1,400", "1,900") and revenue.rows[1].values[0] == 1250.0
    stores, sales = T.page_tables(BAKERIES)
    assert stores.caption.endswith("(number of stores)") and [r.label for r in stores.rows][-1] == "Saffron & Rye"
    assert sales.years == (2023, 2024)


def test_cagr_is_none_for_a_base_that_is_not_positive():
    assert math.isclose(T.cagr(100.0, 121.0, 2), 0.10)
    assert T.cagr(0.0, 5.0, 2) is None and T.cagr(-3.0, 5.0, 1) is None and T.cagr(4.0, 5.0, 0) is None


# ------------------------------------------------------------------------------------------------ comparisons (C1)


def test_two_named_rows_compared_in_the_asked_column_then_each_ones_growth():
    q = "How did Calderon Heating's installed base compare with Fenwick Thermal's at the end of 2024, and how fast did each grow?"
    got = picks(q, ("dheat", 5))
    assert set(got) == {0, 1}
    first = got[0][2]
    assert "Calderon Heating 61.5 against Fenwick Thermal 52.0 in 2024 (thousand units)" in first
    assert "Calderon Heating higher by 9.5" in first
    second = got[1][2]
    assert second.startswith("Fenwick Thermal: the faster growth")  # +31.6% against +28.1%
    assert "48.0 thousand (2023) to 61.5 thousand (2024), +13.5 thousand (+28.1%)" in second and \
        "39.5 thousand (2023) to 52.0 thousand (2024), +12.5 thousand (+31.6%)" in second


def test_which_added_more_of_two_named_rows_is_the_larger_change_and_which_grew_faster_the_rate():
    more = picks("Which chain added more bakery cafes in 2024, Crumbwell or Oaken Loaf?", ("dbake", 1))
    assert more[0][2].startswith("Crumbwell: the larger increase")  # +87 against +29
    assert "655 (2023) to 742 (2024), +87" in more[0][2] and "(number of stores)" in more[0][2]
    # the larger chain grew more in stores but the smaller one faster
    faster = picks("Which grew its store count faster in 2024, Oaken Loaf or Saffron & Rye?", ("dbake", 1))
    assert faster[0][2].startswith("Oaken Loaf: the faster growth")  # +2.7% against -3.0%


def test_a_per_store_caption_is_not_the_table_of_stores():
    got = picks("Which added more stores in 2024, Crumbwell or Oaken Loaf?", ("dbake", 1))
    assert "number of stores" in got[0][2] and "US$ thousands" not in got[0][2]


def test_a_yes_no_comparison_of_changes_gets_its_verdict_from_the_figures():
    yes = picks("Did Belvar Systems gain more share than Quillon Metering in 2024?", ("dmeter", 1))
    assert yes[0][1] == "Yes" and "+1.6 percentage points" in yes[0][2] and "-1.6 percentage points" in yes[0][2]
    no = picks("Did Quillon Metering gain more share than Tarn Electric in 2024?", ("dmeter", 1))
    assert no[0][1] == "No"
    ex = ask("Did Quillon Metering gain more share than Tarn Electric in 2024?", ("dmeter", 1))
    text, citations, _ = R.render(ex, page_text)
    assert text.startswith("No.") and citations[0].page == 1


def test_a_share_has_no_growth_rate():
    assert picks("Which grew its share faster in 2024, Belvar Systems or Tarn Electric?", ("dmeter", 1)) == {}


# ------------------------------------------------------------------------------------------------ rankings (C2)


def test_ranking_by_the_change_between_two_asked_columns_in_percentage_points():
    q = "Which region is expected to lose the most share between 2024 and 2028, and which to gain the most?"
    got = picks(q, ("ddrone", 2))
    assert got[0][2].startswith("North America: the largest decrease of the table's 4 rows from 2024 to 2028F")
    assert "41% (2024) to 34% (2028F), -7 percentage points" in got[0][2]
    assert got[1][2].startswith("Europe: the largest increase") and "+5 percentage points" in got[1][2]
    ex = ask(q, ("ddrone", 2))
    text, citations, _ = R.render(ex, page_text)
    assert "North America" in text and "Europe: the largest increase" in text and len(citations) == 1
    assert ex.picks[0].candidate.kind == "ranked" and ex.notes[1].startswith("Europe")


def test_ranking_by_growth_rate_leaves_totals_out():
    got = picks("Which segment is expected to grow fastest between 2024 and 2028?", ("ddrone", 2))
    assert got[0][2].startswith("Medical supplies: the fastest growth")  # +139% against +52% and +61%
    assert "(US$ millions)" in got[0][2]


def test_ranking_by_the_largest_addition_and_none_when_no_row_fell():
    got = picks("Which installer added the most heat pumps in 2024?", ("dheat", 5))
    assert got[0][2].startswith("Calderon Heating: the largest increase") and "+13.5" in got[0][2]
    fell = picks("Which installer lost the most installed units in 2024?", ("dheat", 5))
    assert fell[0][2].startswith("Pellam Services: the largest decrease")
    assert picks("Which region lost the most drone revenue between 2024 and 2028?", ("ddrone", 2)) == {}


def test_a_which_region_question_skips_a_table_of_companies():
    assert picks("Which region added the most heat pumps in 2024?", ("dheat", 5)) == {}


# ------------------------------------------------------------------------------------------------ derived figures


def test_compound_annual_growth_rate_of_one_row_between_two_asked_columns():
    got = picks("What is the compound annual growth rate of parcel delivery revenue between 2024 and 2028?",
                ("ddrone", 2))  # fmt: skip
    line = got[0][2]
    assert line.startswith("Parcels, 2024 to 2028F (US$ millions): 2,300 (2024) to 3,700 (2028F), +1,400 (+60.9%)")
    assert "a compound annual growth rate of 12.6% over 4 years" in line


# ------------------------------------------------------------------------------------------------ declines


def test_no_answer_without_a_unit_a_column_a_named_row_or_one_table():
    # no unit stated for the vehicles: nothing computed
    assert picks("Which operator added the most buses in 2024?", ("dfleet", 1)) == {}
    # 2022 is no column of the installers' table
    assert picks("Which installer added the most heat pumps in 2022?", ("dheat", 5)) == {}
    # a name the table does not hold
    assert picks("How did Calderon Heating's installed base compare with Nordlund's in 2024?", ("dheat", 5)) == {}
    # two tables fit a question that names no measure (stores or sales per store?)
    assert picks("Which grew faster in 2024, Crumbwell or Oaken Loaf?", ("dbake", 1)) == {}


def test_a_tie_or_an_unclear_least_is_no_answer():
    # two suppliers gained 1.5 points each
    assert picks("Which supplier gained the most share in 2024?", ("dtie", 1)) == {}
    # "lose the least" / "gain the least" when some rose and some fell: which rows count is not said
    assert picks("Which region is expected to lose the least share between 2024 and 2028?", ("ddrone", 2)) == {}
    assert picks("Which region is expected to gain the least share between 2024 and 2028?", ("ddrone", 2)) == {}


def test_filings_are_left_to_the_facts_path():
    assert picks("Which segment grew fastest in 2024?", ("dfile", 30)) == {}


@pytest.mark.parametrize("q", ["What did the report say about installers?", "Who is Calderon Heating?"])
def test_questions_without_a_comparison_or_change_are_not_table_questions(q):
    assert picks(q, ("dheat", 5)) == {}


@pytest.mark.parametrize("q", [
    "Why did Fenwick Thermal grow faster than Calderon Heating in 2024?",  # a cause is asked
    "How many heat pumps had Calderon Heating and Fenwick Thermal installed in total in 2024?",  # a sum
    "Which installers are expected to install more heat pumps in 2024?",  # a comparative is no ranking
    "Which two installers added the most heat pumps in 2024?",  # two asked, one would be shown
    "What were Calderon Heating's and Fenwick Thermal's installed heat pumps in 2024?",  # figures, no comparison
])
def test_questions_the_table_does_not_answer_by_computation(q):
    assert picks(q, ("dheat", 5)) == {}


def test_gain_by_a_year_is_over_a_two_column_tables_span_and_a_share_caption_is_in_percent():
    got = picks("Which region is expected to gain the most share by 2028?", ("ddrone", 2))
    assert got[0][2].startswith("Europe: the largest increase") and "+5 percentage points" in got[0][2]
    # "in 2028" is a year of its own: 2027 is no column
    assert picks("Which region is expected to gain the most share in 2028?", ("ddrone", 2)) == {}
    bare = DRONES.replace("Table 3. Share of drone deliveries by region (%)", "Table 3. Market share of drone deliveries by region")
    (share, _) = T.page_tables(bare)
    assert T._unit(share, {"share"}) == "%"


def test_by_how_much_one_row_exceeded_another_is_a_comparison_of_levels():
    got = picks("By how much did Calderon Heating's installed heat pumps exceed Fenwick Thermal's in 2024?", ("dheat", 5))
    assert "Calderon Heating higher by 9.5" in got[0][2]


def test_column_heads_naming_a_year_among_other_words_are_period_columns():
    capacity, backlog = T.page_tables(LOOSE)
    assert capacity.years == (2023, 2024) and capacity.columns == ("2023", "2024") and "Capacity" in capacity.header
    assert capacity.rows[1].cells == ("2.6", "4.4") and capacity.caption == "The largest electrolyser makers"
    assert backlog.years == (2023, 2024) and backlog.unit_line == "GW" and backlog.rows[2].values == (2.2, 1.8)
    q = "How did Verdane's capacity compare with Hollin Hydrogen's at the end of 2024, and how fast did each grow?"
    got = picks(q, ("dloose", 1))
    assert got[0][2].startswith("Hollin Hydrogen 4.8 against Verdane 4.4 in 2024 (GW)") or \
        got[0][2].startswith("Verdane 4.4 against Hollin Hydrogen 4.8 in 2024 (GW)")
    assert got[1][2].startswith("Verdane: the faster growth") and "+69.2%" in got[1][2]
    fell = picks("Which maker's order backlog fell in 2024 the most?", ("dloose", 1))
    assert fell[0][2].startswith("Asterby Gas: the largest decrease") and "-0.4" in fell[0][2]


def test_more_figures_a_row_than_years_only_when_the_other_heads_follow_the_years():
    text = "Table 5. Stores by chain\nChain Stores 2023 Stores 2024 Change\nAlder 10 12 2\nBirch 20 21 1\n"
    (t,) = T.page_tables(text)  # "Stores 2023 Stores 2024 Change": the repeated word is the columns' own
    assert t.head == "Chain" and t.years == (2023, 2024) and t.rows[1].cells == ("20", "21")
    text = "Table 5. Stores by chain\nChain 2023 Share 2024 Share\nAlder 10 5 12 6\nBirch 20 9 21 9\n"
    assert T.page_tables(text) == []  # a figure column between the years: whose figure is which is not said
    html = ("Table 2. Stores by chain\n\nChain Stores, end-2023 Stores, end-2024 Change\n\nAlder 1,262 1,418 +156\n\n"
            "Birch 2,395 2,470 +75\n")
    (t,) = T.page_tables(html)
    assert t.rows[0].cells == ("1,262", "1,418") and t.columns == ("2023", "2024")
    text = "Table 5. Stores by chain\n(stores)\nChain 2023 2024 Growth 2023-24 (%)\nAlder 10 12 20.0\nBirch 20 21 5.0\n"
    (t,) = T.page_tables(text)
    assert t.years == (2023, 2024) and t.rows[0].cells == ("10", "12") and t.rows[1].values == (20.0, 21.0)


def test_a_row_is_named_by_its_first_word_when_no_other_row_shares_it():
    (heat,) = T.page_tables(HEAT)
    got = T.named_rows("How did Fenwick's installed base compare with Calderon's?", heat)
    assert [r.label for r in got] == ["Fenwick Thermal", "Calderon Heating"]
    waters = "Table 1. Capacity\n(GW)\nOperator 2023 2024\nBrightwater Power 1.0 2.0\nStillwater Energy 3.0 3.5\n"
    (t,) = T.page_tables(waters)
    assert [r.label for r in T.named_rows("Did Brightwater grow faster than Stillwater?", t)] == \
        ["Brightwater Power", "Stillwater Energy"]


def test_each_rows_move_when_every_row_is_asked():
    got = picks("How many heat pumps did each installer add in 2024?", ("dheat", 5))
    line = got[0][2]
    assert line.startswith("From 2023 to 2024 (thousand units): Calderon Heating 48.0 thousand (2023) to 61.5 thousand (2024), +13.5 thousand")
    assert "Pellam Services 12.4 thousand (2023) to 11.8 thousand (2024), -0.6 thousand" in line and "Total" not in line


def test_a_two_part_comparison_is_rendered_with_one_citation_and_no_missing_part():
    q = "How did Calderon Heating's installed heat pumps compare with Fenwick Thermal's at the end of 2024, and how fast did each grow?"
    ex = ask(q, ("dheat", 5))
    text, citations, _ = R.render(ex, page_text)
    assert not ex.partial and "Not in the indexed reports" not in text and len(citations) == 1
    assert text.splitlines()[1].startswith("Calderon Heating 61.5 against Fenwick Thermal 52.0 in 2024 (thousand units)")
    assert "Fenwick Thermal: the faster growth" in text and "- Calderon Heating: 2023 48.0, 2024 61.5 (thousand units)" in text
    assert citations[0].quote.startswith("Calderon Heating 48.0 61.5") and citations[0].page == 5
    assert R.to_answer(ex, _base(q), page_text).mode == "extract"


def _base(question: str):
    from assistant.types import Answer

    return Answer(question=question, text="", hits=[])


def test_a_table_running_on_to_the_next_page_is_not_ranked_on_one_pages_rows():
    # page 3 ends inside the installers' table (the rest, Pellam and Total, opens page 4): ranked over both pages' rows
    got = picks("Which installer added the most heat pumps in 2024?", ("dheat", 3))
    assert "Pellam Services -0.6" in got[0][2] and "Pellam Services: 2023 12.4, 2024 11.8 (thousand units) (p. 4)" in \
        got[0][0].items
    assert "Pellam Services 12.4 thousand (2023) to 11.8 thousand (2024)" in picks("How many heat pumps did each installer add in 2024?",
                                                                  ("dheat", 3))[0][2]
    # two named rows both on the page are still compared
    got = picks("Did Fenwick Thermal add more heat pumps than Calderon Heating in 2024?", ("dheat", 3))
    assert got[0][1] == "No"


def test_one_cell_of_a_table_whose_heads_are_more_than_years_is_read_when_nothing_else_answers():
    ex = ask("What was Verdane's capacity at the end of 2024?", ("dloose", 1))
    text, _, _ = R.render(ex, page_text)
    assert text.startswith("Verdane, 2024: 4.4 (GW), from") and "Verdane: 2023 2.6, 2024 4.4 (GW) [1]" in text


@pytest.mark.parametrize("q", [
    "Which chain closed the most bakery cafes in 2024?",  # closures are not in a table of stores in operation
    "Which chain opened the most stores in 2024?",  # nor gross openings
    "Which installer sold the most heat pumps in 2024?",  # nor sales, in a table of installed units
])
def test_an_action_the_table_does_not_measure_is_no_ranking(q):
    assert picks(q, ("dbake", 1)) == {} and picks(q, ("dheat", 5)) == {}


def test_a_table_without_a_caption_measures_what_its_heading_or_lead_in_says():
    text = ("# Pet stores\n\nThe table below gives the grooming salons each chain ran at year end.\n\n"
            "Chain 2023 2024\n\nPawley 210 260\n\nFurbank 340 352\n\nWhiskerway 120 119\n")
    (t,) = T.page_tables(text)
    assert t.caption == "" and "grooming salons" in t.section
    assert T._fits(T._read("Which chain added the most grooming salons in 2024?", None), t)
    assert not T._fits(T._read("Which chain added the most veterinary clinics in 2024?", None), t)
    assert T._unit(t, {"grooming", "salons"}) == "salons"


def test_market_is_no_measure_word():
    got = picks("Which segment of the delivery drone market is expected to grow fastest between 2024 and 2028?",
                ("ddrone", 2))  # fmt: skip
    assert got[0][2].startswith("Medical supplies: the fastest growth")
    got = picks("Which region is expected to lose the most market share between 2024 and 2028?", ("ddrone", 2))
    assert got[0][2].startswith("North America: the largest decrease")


def test_three_named_rows_name_the_fastest():
    got = picks("Which grew its installed heat pumps fastest in 2024: Calderon Heating, Fenwick Thermal or Auric Climate?",
                ("dheat", 5))  # fmt: skip
    assert got[0][2].startswith("Fenwick Thermal: the fastest growth")


def test_which_rows_moved_the_asked_way_when_no_ranking_is_asked():
    got = picks("Which suppliers lost share of smart meter shipments in 2024?", ("dmeter", 1))
    assert got[0][2].startswith("1 of the table's 3 rows fell from 2023 to 2024: Quillon Metering 24.5% (2023) to 22.9%")
    assert "The others: Belvar Systems +1.6 points; Tarn Electric +0.3 points" in got[0][2]  # "Others" row left out
    got = picks("Which regions are expected to gain share by 2028?", ("ddrone", 2))
    assert got[0][2].startswith("2 of the table's 3 rows rose") and "Europe" in got[0][2] and "Asia Pacific" in got[0][2]
    assert picks("Which regions are expected to gain share in 2028?", ("ddrone", 2)) == {}  # 2027 is no column


def test_one_named_rows_change_in_one_asked_year():
    got = picks("How many installed heat pumps did Pellam Services lose in 2024?", ("dheat", 5))
    assert got[0][2].startswith("Pellam Services, 2023 to 2024 (thousand units): 12.4 thousand (2023) to 11.8 thousand (2024), -0.6 thousand")


def test_a_per_unit_measure_in_the_question_is_the_per_unit_table():
    got = picks("Which chain's sales per store grew fastest in 2024?", ("dbake", 1))
    assert got[0][2].startswith("Saffron & Rye: the fastest growth") and "US$ thousands" in got[0][2]


def test_a_table_of_shares_does_not_answer_what_grew():
    assert picks("Which regions are expected to grow by 2028?", ("ddrone", 2)) == {}
    assert picks("Which region is expected to grow the most by 2028?", ("ddrone", 2)) == {}


def test_a_row_stating_its_own_unit_is_not_in_the_tables():
    text = ("Table 4. Contoso Robotics results (US$ millions)\nItem 2023 2024\nRevenue 410 520\n"
            "Operating profit 41 78\nOperating margin (%) 10.0 15.0\n")
    (t,) = T.page_tables(text)
    ask_ = T._read("How did Contoso Robotics' operating margin compare with its revenue growth in 2024?", None)
    assert T._answer(ask_, [(None, t)], None) is None
    ok = T._read("How did operating profit compare with revenue in 2024?", None)
    got = T._answer(ok, [(None, t)], None)
    assert got is not None and "Operating profit 78 against Revenue 520" in got[1].text


def test_a_table_with_years_as_rows_is_turned():
    text = ("# Warehouse robots\n\nTable 1. Robots installed per year, by vendor (units)\n\n"
            "| Year | Kelvane | Ostry Robotics | Marl |\n|---|---|---|---|\n| 2023 | 1,200 | 950 | 400 |\n"
            "| 2024 | 1,500 | 1,330 | 390 |\n")
    (t,) = T.page_tables(text)
    assert t.years == (2023, 2024) and [r.label for r in t.rows] == ["Kelvane", "Ostry Robotics", "Marl"]
    assert t.rows[1].cells == ("950", "1,330") and t.rows[2].values == (400.0, 390.0)
    ask_ = T._read("Which vendor's robot installations grew fastest in 2024?", None)
    got = T._answer(replace_kind(ask_, "vendor"), [(None, t)], None)
    assert got is not None and got[1].text.startswith("Ostry Robotics: the fastest growth")


def replace_kind(a, kind):
    from dataclasses import replace

    return replace(a, kind=kind)


def test_a_later_part_naming_no_measure_needs_the_part_before_answered_from_a_table():
    q = "Which region is expected to lose the most share between 2024 and 2027, and which to gain the most?"
    assert picks(q, ("ddrone", 2)) == {}  # 2027 is no column: neither part is answered


def test_no_year_asked_is_the_two_reported_columns_unless_a_forecast_is_asked():
    text = DRONES.replace("| Segment | 2024 | 2025F | 2028F |", "| Segment | 2023 | 2024 | 2028F |")
    (_, revenue) = T.page_tables(text)
    got = T._answer(T._read("Which segment grew fastest?", None), [(None, revenue)], None)
    assert got is not None and "from 2023 to 2024" in got[1].text
    assert T._answer(T._read("Which segment is expected to grow fastest?", None), [(None, revenue)], None) is None


def test_a_verb_after_the_measure_is_no_compound():
    (stores, _) = T.page_tables(BAKERIES)
    assert not T._fits(T._read("How many bakery cafes did Crumbwell open in 2024?", None), stores)
    assert not T._fits(T._read("How many bakery cafes did Crumbwell close in 2024?", None), stores)
    assert T._fits(T._read("What was Crumbwell's bakery cafe count at the end of 2024?", None), stores)


def test_one_rows_derived_change_gives_way_to_a_sentence_stating_it():
    page = HEAT + "Pellam Services installed 600 fewer heat pumps in 2024, a decline of 4.8%.\n"
    PAGES[("dheat", 9)] = page
    try:
        q = "How many installed heat pumps did Pellam Services lose in 2024?"
        cands = C.candidates([hit_for("dheat", 9)], page_text)
        (cand, _, _, weak) = T.table_picks(q, Q.read_question(q), cands, page_text)[0]
        assert weak and cand.kind == "ranked"
        ex = X.extract(q, [hit_for("dheat", 9)], HashEmbedder(), page_text=page_text, threshold=0.3)
        assert ex.picks[0] is not None and ex.picks[0].candidate.kind == "sentence"
    finally:
        del PAGES[("dheat", 9)]


def test_a_cell_never_replaces_the_row_extract_picked_itself():
    q = "How much revenue did the report expect from parcels in 2028?"
    cands = C.candidates([hit_for("ddrone", 2)], page_text)
    got = T.table_picks(q, Q.read_question(q), cands, page_text)
    if got:
        cand, _, line, weak = got[0]
        assert weak and cand.kind == "row" and "2028 3,700" in line  # plain years, as extract's rows read
    ex = X.extract(q, [hit_for("ddrone", 2)], HashEmbedder(), page_text=page_text, threshold=0.3)
    assert ex.picks[0] is None or "2028F" not in ex.picks[0].candidate.text


# ---- session 7: a region "excl." another in a row, "outside" it in the question; a unit inside the caption ----

STORAGE = """Grid Storage Review 2025
3. Regions
Table 2. Installed grid storage by region, end of year, in gigawatt-hours (GWh) of capacity
Region 2023 2024 2025
North America 60.0 75.0 90.0
Europe 30.0 36.0 41.0
Japan 12.0 13.0 14.0
Asia-Pacific excl. Japan 20.0 26.0 35.0
Total 122.0 150.0 180.0
"""
PAGES[("dstore", 1)] = STORAGE
METAS["dstore"] = DocMeta(doc_id="dstore", doc="storage_2025", source="/r/storage_2025.pdf", title="Grid Storage Review")


def test_a_region_outside_another_names_the_excl_row_and_not_the_left_out_one():
    (table,) = T.page_tables(STORAGE)
    q = "Which grew faster in 2025, grid storage capacity in Europe or in Asia-Pacific outside Japan?"
    assert [r.label for r in T.named_rows(q, table)] == ["Europe", "Asia-Pacific excl. Japan"]
    got = picks(q, ("dstore", 1))
    assert got[0][2].startswith("Asia-Pacific excl. Japan: the faster growth"), got


MIX = """# Parcel Lockers: Market Memo

## 3. Carrier mix

Postal operators still handle about half of locker parcels, but their share is shrinking.

| Carrier | 2023 | 2025 |
|---|---|---|
| Postal operators | 55% | 50% |
| Marketplaces | 25% | 31% |
| Express carriers | 20% | 19% |

*Share of locker parcels, % of total. By revenue rather than parcels, marketplaces' share was 40% in 2025.*
"""
PAGES[("dmix", 1)] = MIX
METAS["dmix"] = DocMeta(doc_id="dmix", doc="lockers_2025", source="/r/lockers_2025.md", title="Parcel Lockers")


def test_a_note_under_a_table_without_a_caption_is_its_caption():
    (table,) = T.page_tables(MIX)
    assert table.caption == "Share of locker parcels, % of total."
    got = picks("Which carriers lost share of locker parcels between 2023 and 2025?", ("dmix", 1))
    assert got[0][2].startswith("2 of the table's 3 rows fell from 2023 to 2025: Postal operators 55% (2023) to 50%")


# ---- a count of goods never answers money named (session 30) ---------------------------------------------------------
# A question naming money ("the value of", "worth", "in CHF", "in euros", "by value": text.numbers.MONEY_NAMED) is
# never answered from a report table counting goods ("thousand units"; answer/prose_tables.table_picks), nor by a
# ranking of such a table's rows (answer/pickers.rank_rows). Without money named, the count table still answers.
#
# Every sentence and table below is written for these tests (fictional market and figures).

BIKES = DocMeta(doc_id="dbikes", doc="cargo_bikes_2025", source="/r/cargo_bikes_2025.pdf",
               title="Cargo Bikes: The World Market, 2024")  # fmt: skip

BIKES_PAGE = """1. Summary
The world's makers of cargo bikes shipped 3.8 million bikes in 2024, 5.0% more than in 2023, as parcel firms replaced vans.

Table 2. World cargo bike sales by region, 2023 and 2024
(thousand units)
| Region | 2023 | 2024 | Change (%) |
|---|---|---|---|
| Europe | 1,600 | 1,700 | +6.3 |
| China | 1,100 | 1,150 | +4.5 |
| North America | 450 | 470 | +4.4 |
| Rest of world | 470 | 480 | +2.1 |
| World | 3,620 | 3,800 | +5.0 |
"""


def _bikes_shown(question: str) -> str | None:
    ex = ask_one_page(question, BIKES_PAGE, BIKES, 0.3)
    return R.render(ex, lambda d, p: BIKES_PAGE)[0] if ex.answered else None


@pytest.mark.parametrize("question", [
    "What were cargo bike sales in Europe in 2024, in dollars?",
    "What were Europe's cargo bike sales worth in 2024?",
    "What were cargo bike sales in Europe in 2024 in EUR?",
    "What was the cargo bike market in Europe worth in CHF in 2024?",
    "What was the value of cargo bike sales in China in 2024, and by how much had it moved since 2023?",
    "Which region had the largest cargo bike sales by value in 2024?",
])
def test_a_count_of_goods_never_answers_money_named(question):
    shown = _bikes_shown(question)
    assert shown is None or "thousand units" not in shown and "million bikes" not in shown, shown


def test_without_money_named_the_count_table_answers():
    shown = _bikes_shown("What were cargo bike sales in Europe in 2024?")
    assert shown is not None and shown.startswith("Europe, 2024: 1,700 thousand units")
    shown = _bikes_shown("Which region had the largest cargo bike sales in 2024?")
    assert shown is not None and "Europe has the highest 2024 figure" in shown
