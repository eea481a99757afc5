"""prose_tables: year heads each followed by their unit, rows asked about as "the <kind>s in the table", a count
table's volume, and a table running on to the next page ranked over the rows of both pages.

Every report, table and question here is invented for these tests (fictional markets, ports and companies)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import prose_tables as T
from assistant.answer import question as Q
from assistant.types import DocMeta, Hit

from extract_pages import page_hit

# an HTML feature as the reader flattens it: a caption line, year heads each followed by the unit, a change column
# after them; the table runs on to the next page
COCOA_1 = """# Cocoa grinders squeezed by the bean price

## Where the cocoa went

Exports rose to most destinations, but two large buyers cut back sharply.

Belgian cocoa product exports by destination, 2023-2024

Destination 2023 (EUR m) 2024 (EUR m) Change (%)

Netherlands 1,240 1,390 +12.1

Germany 980 1,010 +3.1

France 760 690 -9.2

Poland 410 470 +14.6
"""
COCOA_2 = """Italy 390 310 -20.5

Other destinations 1,120 1,150 +2.7

Total 4,900 5,020 +2.4

Exports at their customs value. The 2023 figure for Poland has been revised.

Grinders blamed the bean price for the fall in Italy.
"""

# a PDF page: the year heads carry words before them and the unit after them ("Throughput 2023 (m t)"); the rows
# hold a country column between the label and the figures
PORTS = """Port Throughput Review 2025
3. Ports
Table 2. Container ports of the northern range
Port Country Throughput 2023 (m t) Throughput 2024 (m t)
Harwick UK 41.0 44.5
Ostmark Germany 88.2 86.0
Valmeer Netherlands 120.4 131.9
Sundby Denmark 12.3 15.1
Grelle France 30.6 29.9
Note: Throughput in million tonnes of cargo handled.
"""

# a count table (thousands of passengers) and a money table (EUR millions), both by carrier
FERRIES = """Ferry Operators 2025
2. Traffic
Table 1. Passengers carried by five ferry carriers, 2023-2024
(thousands of passengers)
Carrier 2023 2024
Saltwick Lines 2,400 2,650
Brenna Ferries 1,900 1,720
Kelso Sea 1,100 1,480
Morrow Links 850 910
Tarrant Shipping 640 700
Table 2. Revenue of five ferry carriers, 2023-2024
(EUR million)
Carrier 2023 2024
Saltwick Lines 310 335
Brenna Ferries 260 250
Kelso Sea 150 171
Morrow Links 120 118
Tarrant Shipping 95 101
"""

PAGES = {("dcocoa", 1): COCOA_1, ("dcocoa", 2): COCOA_2, ("dports", 3): PORTS, ("dferry", 2): FERRIES,
         ("dferry", 3): "Ferry Operators 2025\n3. Money\n" + FERRIES[FERRIES.index("Table 2.") :]}
METAS = {
    "dcocoa": DocMeta(doc_id="dcocoa", doc="cocoa_2025", source="/r/cocoa_2025.html", title="Cocoa grinders"),
    "dports": DocMeta(doc_id="dports", doc="ports_2025", source="/r/ports_2025.pdf", title="Port Throughput Review 2025",
                      doc_type="market report"),
    "dferry": DocMeta(doc_id="dferry", doc="ferries_2025", source="/r/ferries_2025.pdf", title="Ferry Operators 2025",
                      doc_type="market report"),
}


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def hit_for(doc_id: str, page: int, rank: int = 0) -> Hit:
    return page_hit(METAS[doc_id], page, PAGES[(doc_id, page)], rank)


def picks(question: str, *pages: tuple[str, int]) -> dict[int, tuple]:
    cands = C.candidates([hit_for(d, p, r) for r, (d, p) in enumerate(pages)], page_text)
    got = T.table_picks(question, Q.read_question(question), cands, page_text)
    return {k: (v[0], v[1], v[2]) for k, v in got.items()}


# ------------------------------------------------------------------------------------- heads with their unit after


def test_year_heads_each_followed_by_the_same_unit_are_period_columns_in_that_unit():
    (cocoa,) = T.page_tables(COCOA_1)
    assert cocoa.years == (2023, 2024) and cocoa.head == "Destination"
    assert cocoa.rows[0].label == "Netherlands" and cocoa.rows[0].cells == ("1,240", "1,390")
    assert T._unit(cocoa, set()) == "EUR m"
    (ports,) = T.page_tables(PORTS)  # words before each year head and the unit after it
    assert ports.years == (2023, 2024) and ports.rows[2].cells == ("120.4", "131.9")
    assert T._unit(ports, set()) == "m t"
    # a head whose words differ between the years is still not read: which figure is whose is not said
    assert T.page_tables(PORTS.replace("Throughput 2024 (m t)", "Capacity 2024 (m t)")) == []


# ----------------------------------------------------------------------- rows asked about as "the X in the table"


def test_the_kind_of_rows_named_as_a_tables_rows_is_the_kind_asked():
    for q in ("Among the five ports in the report's table, which grew its throughput fastest in 2024?",
              "Of the five container ports in the table, which grew fastest in 2024?",
              "Which of the ports listed in the throughput table grew fastest in 2024?"):
        got = picks(q, ("dports", 3))
        assert got[0][2].startswith("Sundby Denmark: the fastest growth of the table's 5 rows from 2023 to 2024 (m t)"), q
        assert "12.3 (2023) to 15.1 (2024)" in got[0][2] and "+22.8%" in got[0][2], q


def test_a_lead_naming_the_tables_rows_with_no_which_after_it_is_no_ranking():
    assert T._among_table("Among the five ports in the table, Valmeer grew fastest; by how much?") == \
        "Among the five ports in the table, Valmeer grew fastest; by how much?"
    assert T._among_table("Of the carriers in the revenue table, which lost revenue in 2024?") == \
        "Which carriers lost revenue in 2024? (revenue)"


# -------------------------------------------------------------------------------------------- a count's volume


def test_its_volume_is_what_a_table_of_counts_measures_not_a_table_of_money():
    for q in ("Among the five carriers in the report's table, which carried the most passengers in 2024, and which "
              "saw its volume fall?",
              "Which carrier carried the most passengers in 2024, and which saw their volumes decline?"):
        got = picks(q, ("dferry", 2))
        assert got[0][2].startswith("Saltwick Lines"), q
        assert got[1][2].startswith("1 of the table's 5 rows fell from 2023 to 2024 (thousands of passengers): "
                                    "Brenna Ferries 1,900 thousand (2023) to 1,720 thousand (2024)"), q
    # a table of money has no volume: "which saw its volume fall" is not answered by the revenue table alone
    got = picks("Which carrier had the highest revenue in 2024, and which saw its volume fall?", ("dferry", 3))
    assert got[0][2].startswith("Saltwick Lines") and 1 not in got


# ------------------------------------------------------------------------------ a table running on to the next page


def test_a_table_running_on_is_ranked_over_the_rows_of_both_pages():
    got = picks("Which destination grew fastest in 2024, and which declined the most?", ("dcocoa", 1))
    assert got[0][2].startswith("Poland: the fastest growth of the table's 6 rows from 2023 to 2024 (EUR m)")
    assert got[1][2].startswith("France: the largest decrease") is False
    assert got[1][2].startswith("Italy: the largest decrease of the table's 6 rows from 2023 to 2024 (EUR m): "
                                "390 (2023) to 310 (2024), -80 (-20.5%)")
    items = got[0][0].items
    assert "Italy: 2023 390, 2024 310 (EUR m) (p. 2)" in items and "Netherlands: 2023 1,240, 2024 1,390 (EUR m)" in items
    assert got[0][0].page == 1
    # rows of another shape on the next page (no change column): the table is still not ranked on one page's rows
    PAGES[("dcocoa", 2)] = COCOA_2.replace("Italy 390 310 -20.5", "Italy 390 310")
    try:
        assert picks("Which destination grew fastest in 2024?", ("dcocoa", 1)) == {}
    finally:
        PAGES[("dcocoa", 2)] = COCOA_2


# ------------------------------------------------------------------------------------------- a share of the total

# a PDF table whose total row is "World"; a Markdown table whose total row is "Total", its part rows labelled with
# the measure's words in another order than a question says them
SEEDS = """Seed Markets Review 2025
2. Regions
Table 1. Certified seed sales by region, 2022-2024
(thousand tonnes)
Region 2022 2023 2024
Western Europe 310 325 330
North America 280 300 340
South Asia 150 170 205
Rest of world 60 65 75
World 800 860 950
"""
CABLES = """# Subsea cables: the spending boom

## Spending

Table 3. Subsea cable spending by cable type (US$ billion)

| Type | 2023 | 2024 |
|---|---|---|
| Telecom, transoceanic | 4.2 | 5.1 |
| Telecom, regional | 1.9 | 2.2 |
| Power, interconnector | 2.6 | 3.4 |
| Total | 8.7 | 10.7 |
"""
PAGES.update({("dseed", 2): SEEDS, ("dcable", 1): CABLES})
METAS.update({
    "dseed": DocMeta(doc_id="dseed", doc="seeds_2025", source="/r/seeds_2025.pdf", title="Seed Markets Review 2025",
                     doc_type="market report"),
    "dcable": DocMeta(doc_id="dcable", doc="cables_2025", source="/r/cables_2025.md", title="Subsea cables"),
})


def test_a_named_rows_share_of_the_total_row_in_the_asked_year():
    got = picks("Rounded to one decimal place, what percentage of the world's certified seed sales took place in "
                "South Asia in 2024?", ("dseed", 2))
    assert got[0][2] == ("South Asia: 21.6% of the World row in 2024 (thousand tonnes): 205 thousand of 950 thousand "
                         "(computed from the table's rows).")
    assert [r.split(":")[0] for r in got[0][0].items] == ["South Asia", "World"]
    got = picks("What share of 2024 subsea cable spending went to transoceanic telecom cables, and what was that share "
                "in 2023?", ("dcable", 1))
    assert got[0][2].startswith("Telecom, transoceanic: 47.7% of the Total row in 2024 (US$ billion): 5.1 of 10.7")
    assert got[1][2].startswith("Telecom, transoceanic: 48.3% of the Total row in 2023 (US$ billion): 4.2 of 8.7")
    # no share when the rows do not add up to the total, or when the part is not one row
    PAGES[("dseed", 2)] = SEEDS.replace("World 800 860 950", "World 800 860 990")  # rows missing from the total
    try:
        assert picks("What percentage of the world's certified seed sales took place in South Asia in 2024?",
                     ("dseed", 2)) == {}
    finally:
        PAGES[("dseed", 2)] = SEEDS
    # "telecom cables" names two rows: which one is not said
    assert picks("What share of 2024 subsea cable spending went to telecom cables?", ("dcable", 1)) == {}


# ----------------------------------------------------------------------------------- two named rows' combined change


def test_the_combined_change_of_named_rows_adds_their_cells_in_each_asked_year():
    got = picks("By how much did combined cocoa exports to France and Italy fall in 2024, in EUR millions and in percent?",
                ("dcocoa", 1))
    assert got[0][2] == ("France and Italy combined (EUR m): 1,150 (2023) to 1,000 (2024), -150 (-13.0%); 2023 760 + 390 = "
                         "1,150; 2024 690 + 310 = 1,000 (computed from the table's rows).")
    got = picks("How much did Western Europe and North America add together in certified seed sales from 2022 to 2024?",
                ("dseed", 2))
    assert got[0][2].startswith("Western Europe and North America combined (thousand tonnes): 590 thousand (2022) to "
                                "670 thousand (2024), +80 thousand (+13.6%); 2022 310 + 280 = 590; 2024 330 + 340 = 670")
    # a sum asked with no change ("What were A and B's sales combined?") is not this computation
    assert picks("What were certified seed sales in Western Europe and North America combined in 2024?", ("dseed", 2)) == {}



# ------------------------------------------------------------------- the cause of a ranking's top row, after the ranking


def _extract(question: str, *pages: tuple[str, int]):
    from assistant.answer import extract as X
    from assistant.index.embeddings.hash import HashEmbedder

    return X.extract(question, [hit_for(d, p, r) for r, (d, p) in enumerate(pages)], HashEmbedder(), page_text=page_text)


def test_the_reason_part_after_a_table_ranking_is_the_sentence_about_the_top_row_stating_a_cause():
    from assistant.answer import render as R

    PAGES[("dcocoa", 2)] = COCOA_2 + "Poland grew fastest, helped by new grinding plants near Gdansk and by lower freight costs.\n"
    PAGES[("dseed", 3)] = ("South Asia grew fastest of the regions because irrigated acreage expanded, while Western "
                           "Europe barely moved.\n")
    try:
        for q, pages, want in (
                ("Which destination grew fastest in 2024, and what drove the increase?", (("dcocoa", 1), ("dcocoa", 2)),
                 "“Poland grew fastest, helped by new grinding plants near Gdansk and by lower freight costs.”"),
                ("Which region posted the fastest growth in certified seed sales in 2024, and what explains it?",
                 (("dseed", 2), ("dseed", 3)),
                 "“South Asia grew fastest of the regions because irrigated acreage expanded, while Western Europe "
                 "barely moved.”")):
            ex = _extract(q, *pages)
            text, _, _ = R.render(ex, page_text)
            assert "computed from the table's rows" in text and want in text, (q, text)
            assert "Not in the indexed reports" not in text, text
    finally:
        PAGES[("dcocoa", 2)] = COCOA_2
        PAGES.pop(("dseed", 3), None)


def test_a_share_the_report_states_comes_before_the_one_computed_from_the_table():
    from assistant.answer import render as R

    PAGES[("dseed", 2)] = SEEDS + "South Asia's share of world certified seed sales rose to 22% in 2024 from 20% in 2023.\n"
    try:
        ex = _extract("What share of the world's certified seed sales took place in South Asia in 2024?", ("dseed", 2))
        text, _, _ = R.render(ex, page_text)
        assert "rose to 22% in 2024" in text and "computed from the table's rows" not in text, text
    finally:
        PAGES[("dseed", 2)] = SEEDS


def test_the_strongest_growth_is_the_fastest_rate_and_posted_is_no_measure():
    # by rate South Asia (+20.6%) leads; by the amount added North America (+40) would
    for q in ("Which region posted the strongest growth in certified seed sales in 2024?",
              "Which region's certified seed sales grew most strongly in 2024?"):
        got = picks(q, ("dseed", 2))
        assert got[0][2].startswith("South Asia: the fastest growth of the table's 4 rows from 2023 to 2024"), q
    got = picks("Which region saw the weakest growth in certified seed sales in 2024?", ("dseed", 2))
    assert got[0][2].startswith("Western Europe: the slowest growth"), got


# ------------------------------------------------------------------------- a head ending one page, its rows the next

# an HTML article cut into pages between a table's head line and its rows (the caption and head close page 1)
MARINAS_1 = """# Marinas: fuller berths, dearer moorings

## Berths by country

Britain remains the largest market for leisure berths, ahead of France and Italy.

Leisure marina berths by country, end-2023 and end-2024

Country Berths 2023 Berths 2024 Change (%) Average mooring fee 2024 (EUR)
"""
MARINAS_2 = """United Kingdom 1,250 1,310 +4.8 4,100

France 980 1,010 +3.1 3,650

Italy 720 800 +11.1 3,900

Greece 410 430 +4.9 2,400

Other markets 640 650 +1.6 2,100

Total (18 markets) 4,000 4,200 +5.0 3,420

Source: Brightwater Marine. Berths in marinas with at least 50 places.
"""
# a pipe table whose head row closes the page before (a Markdown page cut the same way)
FOUNDRY_1 = """# Foundry output

Castings by region, 2023-2024 (thousand tonnes)

| Region | 2023 | 2024 |
"""
FOUNDRY_2 = """| North Europe | 2,100 | 2,010 |
| South Europe | 1,640 | 1,720 |
| Central Europe | 1,380 | 1,530 |
| Total | 5,120 | 5,260 |
"""
PAGES.update({("dmarina", 1): MARINAS_1, ("dmarina", 2): MARINAS_2, ("dfound", 4): FOUNDRY_1, ("dfound", 5): FOUNDRY_2})
METAS.update({
    "dmarina": DocMeta(doc_id="dmarina", doc="marinas_2025", source="/r/marinas_2025.html", title="Marinas"),
    "dfound": DocMeta(doc_id="dfound", doc="foundries_2025", source="/r/foundries_2025.md", title="Foundry output"),
})


def test_a_head_line_ending_the_page_before_reads_the_rows_opening_this_page():
    (berths,) = T._headed_before(MARINAS_1, MARINAS_2)
    assert berths.years == (2023, 2024) and berths.caption.startswith("Leisure marina berths")
    assert berths.rows[0].label == "United Kingdom" and MARINAS_2[berths.rows[0].start : berths.rows[0].end].startswith("United")
    fastest = picks("Which country added marina berths at the fastest rate in 2024?", ("dmarina", 1), ("dmarina", 2))
    assert fastest[0][2].startswith("Italy: the fastest growth")  # +11.1%
    fell = picks("Which region's castings fell in 2024?", ("dfound", 4), ("dfound", 5))
    assert fell[0][2].startswith("1 of the table's 3 rows fell") and "North Europe" in fell[0][2]
    # a page opening with prose, or a page before that ends in prose naming two years: no table
    assert T._headed_before(MARINAS_1, "Berths were scarce.\n" + MARINAS_2) == []
    assert T._headed_before("Fees rose in 2023 and 2024.\n", MARINAS_2) == []


def test_a_row_named_by_its_initials_is_the_row_asked():
    share = picks("What percentage of the berths were in the UK at the end of 2024?", ("dmarina", 1), ("dmarina", 2))
    assert share[0][2].startswith("United Kingdom: 31.2% of the Total (18 markets) row in 2024")  # 1,310 of 4,200
    grew = picks("How did the UK's marina berths change in 2024?", ("dmarina", 1), ("dmarina", 2))
    assert "1,250 (2023) to 1,310 (2024)" in grew[0][2]
    # capitals that are no row's initials name no row
    assert picks("What percentage of the berths were in the UAE at the end of 2024?", ("dmarina", 1), ("dmarina", 2)) == {}
