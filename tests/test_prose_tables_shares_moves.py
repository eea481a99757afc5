"""prose_tables and extract (session 24, #10/#11): a share asked is answered by a share (a stated one, or one computed
from a report table's part and total rows), never by a sentence's growth rate; a long table title closing with its
unit is the table's caption; "which <modifier> markets" asks the rows of the table headed "Market"; a share of two
named rows is their summed share; the words of the industry owning the whole, said by the report's title, are no
measure the table must say.

Every report, table and question here is invented for these tests (fictional tea growers, bike shops and ferry lines)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import extract as X
from assistant.answer import prose_ties
from assistant.answer import prose_tables as T
from assistant.answer import question as Q
from assistant.answer import render as R
from assistant.answer.asked_measures import asked_measure
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import DocMeta

from extract_pages import page_hit

# a PDF page: a harvest table by country whose total row is "World", then a sentence giving a country's growth
TEA_2 = """Leaf and Cup: The World Tea Trade, 2023-2025
3. Supply by country
Table 2. Harvest of made tea by country, 2023-2025
(thousand tonnes)
Country 2023 2024 2025F
Kenya 560 572 590
Sri Lanka 255 262 270
Vietnam 120 118 121
Malawi 48 51 53
Other 217 227 236
World 1,200 1,230 1,270
Kenya, which grows most of the tea sold at the Mombasa auction, grew only 2.1% in 2024, while Sri Lanka grew 2.7%.
"""

# the next page: a consumption table by market, after the harvest table by country
TEA_3 = """4. Demand by market
Table 3. Consumption of made tea by market, 2023 and 2024
(thousand tonnes)
Market 2023 2024
Middle East 310 322
United Kingdom 140 131
Pakistan 250 268
Russia 150 144
Egypt 110 117
Other 240 248
World 1,200 1,230
"""

# an HTML feature: a caption longer than fourteen words that closes with its unit, over a table with a change column
BIKES = """# Pedal power: the Dutch bike trade in 2024

## Fewer independents

The count of shops fell again as chains took over independent workshops.

Bike shops trading in the Netherlands by type of ownership, at the close of 2023 and of 2024 (number)

Type 2023 2024 Change

Chain stores 1,150 1,240 +90

Franchised shops 830 800 -30

Independent shops 2,020 1,910 -110

Total 4,000 3,950 -50

Source: Fietsdata Nederland.
"""

# a PDF page: revenue by activity in a report on ferries; the question names the industry the report is about
FERRY = """Ferries and Fast Craft: Routes, Fleets and Revenue, 2023-2024
2. Revenue
Table 1. Revenue by activity, 2023-2024
(EUR billion)
Activity 2023 2024
Passengers 6.1 6.3
Freight (trucks and trailers) 4.4 4.9
Charter 0.9 1.0
Total 11.4 12.2
"""

# a Markdown feature (session 29): the table's total row printed in bold, with a change column after the years
KAYAKS = """## Sales by region

*Table 2. Sea kayak sales in each region, 2023-2024 (USD millions)*

| Region | 2023 | 2024 | Change (%) |
|---|---|---|---|
| North America | 410 | 436 | +6.3 |
| Europe | 298 | 305 | +2.3 |
| Asia-Pacific | 121 | 133 | +9.9 |
| Rest of world | 61 | 58 | -4.9 |
| **World** | **890** | **932** | **+4.7** |
"""

PAGES = {("dtea", 2): TEA_2, ("dtea", 3): TEA_3, ("dbike", 1): BIKES, ("dferry", 2): FERRY, ("dkayak", 1): KAYAKS}
METAS = {
    "dtea": DocMeta(doc_id="dtea", doc="tea_2025", source="/r/tea_2025.pdf",
                    title="Leaf and Cup: The World Tea Trade, 2023-2025", doc_type="market report"),
    "dkayak": DocMeta(doc_id="dkayak", doc="kayaks_2025", source="/r/kayaks_2025.md", title="Paddle Trade Review"),
    "dbike": DocMeta(doc_id="dbike", doc="bikes_2025", source="/r/bikes_2025.html", title="Pedal power"),
    "dferry": DocMeta(doc_id="dferry", doc="ferries_2025", source="/r/ferries_2025.pdf",
                      title="Ferries and Fast Craft: Routes, Fleets and Revenue, 2023-2024", doc_type="market report"),
}


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def picks(question: str, *pages: tuple[str, int]) -> dict[int, tuple]:
    hits = [page_hit(METAS[d], p, PAGES[(d, p)], r) for r, (d, p) in enumerate(pages)]
    cands = C.candidates(hits, page_text)
    return {k: v[:3] for k, v in T.table_picks(question, Q.read_question(question), cands, page_text).items()}


def rendered(question: str, *pages: tuple[str, int]) -> str:
    hits = [page_hit(METAS[d], p, PAGES[(d, p)], r) for r, (d, p) in enumerate(pages)]
    ex = X.extract(question, hits, HashEmbedder(), page_text=page_text)
    return R.render(ex, page_text)[0]


# ------------------------------------------------------------------------------ a share is never a growth rate


def test_a_growth_rate_after_a_limiting_word_is_a_change_and_no_share():
    asked = asked_measure("What share of the world's made tea harvest came from Kenya in 2024?")
    ties = prose_ties.figure_ties(asked, "Kenya, which grows most of the tea, grew only 2.1% in 2024, while Sri Lanka "
                                         "rose by just 0.4% and Malawi fell by more than 3%.")
    assert [(f.raw, f.form, v) for f, v in ties] == [("2.1%", "change", prose_ties.OTHER),
                                                     ("0.4%", "change", prose_ties.OTHER),
                                                     ("3%", "change", prose_ties.OTHER)]


def test_a_share_asked_is_computed_from_the_table_when_the_sentence_gives_another_percentage():
    # a growth rate of the share, and a share of another whole (the part's own harvest) continued by "down from":
    # neither is the part's share of the world's harvest; the table's part and total rows give it
    for said in ("Kenya's share of the world's made tea harvest grew only 2.1% in 2024.",
                 "Drought and frost destroyed 12.5% of the made tea harvest in Kenya in 2024, down from 14.0% in 2023."):
        PAGES[("dtea", 2)] = TEA_2.replace(TEA_2.splitlines()[-1], said)
        try:
            text = rendered("What share of the world's made tea harvest came from Kenya in 2024?", ("dtea", 2))
        finally:
            PAGES[("dtea", 2)] = TEA_2
        assert "Kenya: 46.5% of the World row in 2024 (thousand tonnes): 572 thousand of 1,230 thousand" in text, text
        assert said not in text, text


# ------------------------------------------------------------------------------ a long title closing with its unit


def test_a_long_caption_closing_with_its_unit_names_the_table_and_its_share_is_computed():
    (table,) = T.page_tables(BIKES)
    assert table.caption.startswith("Bike shops trading in the Netherlands by type of ownership")
    got = picks("What proportion of the bike shops trading in the Netherlands at the end of 2024 were chain stores?",
                ("dbike", 1))
    assert got[0][2] == ("Chain stores: 31.4% of the Total row in 2024 (number): 1,240 of 3,950 "
                         "(computed from the table's rows).")
    # prose ending with a full stop is no caption, however it ends
    assert T._long_caption("A line of prose that ends a sentence (number).\nType 2023 2024\nRow 1 2\n",
                           len("A line of prose that ends a sentence (number).\nType 2023 2024\n")) == ""


# ------------------------------------------------------------------------------ which rows grew and which shrank


def test_which_markets_grew_and_which_shrank_lists_every_row_of_the_market_table():
    q = "Which tea markets expanded in 2024 and which shrank, and which expanded fastest?"
    got = picks(q, ("dtea", 2), ("dtea", 3))
    assert set(got) == {0, 1, 2}
    grew, shrank, fastest = got[0][2], got[1][2], got[2][2]
    assert grew.startswith("3 of the table's 5 rows rose from 2023 to 2024 (thousand tonnes)"), grew
    for name in ("Middle East", "Pakistan", "Egypt"):
        assert name in grew.split(". The others")[0]
    assert "The others: United Kingdom -9; Russia -6" in grew
    assert shrank.startswith("2 of the table's 5 rows fell from 2023 to 2024"), shrank
    assert "United Kingdom 140 thousand (2023) to 131 thousand (2024), -9 thousand (-6.4%)" in shrank
    assert fastest.startswith("Pakistan: the fastest growth"), fastest  # +7.2% against Egypt's +6.4%
    # the harvest table (rows headed "Country") is not the markets' table
    assert "Kenya" not in grew + shrank + fastest


def test_the_kind_asked_may_follow_its_modifier_but_never_a_verb():
    assert T.asked_kind("Which tea markets grew in 2024?") == "markets"
    assert T.asked_kind("In which tea-growing country did costs rise fastest?") == "country"
    assert T.asked_kind("Which grew faster in 2024, Kenya or Malawi?") is None


# ------------------------------------------------------------------------------ a share of two named rows


def test_a_share_from_two_named_rows_is_their_summed_share_and_the_industry_is_the_reports_subject():
    got = picks("What share of the ferry industry's revenue came from freight and charter in 2024?", ("dferry", 2))
    assert got[0][2] == ("Freight (trucks and trailers) and Charter combined: 48.4% of the Total row in 2024 "
                         "(EUR billion): 4.9 + 1.0 = 5.9 of 12.2 (computed from the table's rows).")
    # each row's own share asked: not a sum
    assert picks("What shares of the ferry industry's revenue came from freight and charter respectively in 2024?",
                 ("dferry", 2)) == {}


# ------------------------------------------------------------------------------ a total row printed in bold


def test_a_bold_total_row_of_a_markdown_table_is_the_total():
    (table,) = T.page_tables(KAYAKS)
    assert table.rows[-1].label == "World" and table.rows[-1].cells == ("890", "932")
    got = picks("In 2024, what share of the world's sea kayak sales came from North America?", ("dkayak", 1))
    assert got[0][2] == "North America: 46.8% of the World row in 2024 (USD millions): 436 of 932 (computed from the table's rows)."
