"""prose_tables: a text head line whose year columns of one measure are followed by heads of other measures, one of
which names a year again ("Country Admissions 2023 (m) Admissions 2024 (m) Change (%) Box office 2024 (EUR m)"), as
an HTML or PDF table reads once its cells are joined by spaces; and a superlative naming the set of rows asked about
("which of the largest markets") that asks no ranking.

Every table and question here is invented for these tests (fictional markets, operators and producers)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import prose_tables as T
from assistant.answer import question as Q
from assistant.types import DocMeta

from extract_pages import page_hit

# an HTML article's table as the reader gives it: each row's cells joined by spaces, the heads on one line
PARKS = """# Theme parks: fewer visitors, dearer days out

## Country by country

Theme park visitors in the six largest European markets, 2023-2024

Country Visitors 2023 (m) Visitors 2024 (m) Change (%) Spending 2024 (EUR m)

Norland 61.2 63.0 +2.9 2,140

Castelmar 48.5 45.1 -7.0 1,610

Vessary 40.3 39.9 -1.0 1,380

Brightholm 22.6 23.8 +5.3 1,905

Ostrava Plains 18.9 17.6 -6.9 540

Lindmark 12.4 12.1 -2.4 610

Spending is gross gate and in-park takings including sales taxes.
"""

# a PDF page: three years of one measure, then a share column dated again
POTASH = """Granular Fertiliser Review 2025
3. Producers
Table 4. Output by producer
Producer Output 2022 (kt) Output 2023 (kt) Output 2024 (kt) Share 2024 (%)
Harrowgate Minerals 8,100 8,450 9,020 24.1
Kestrel Salts 7,400 7,050 6,610 17.7
Oberlin Potash 5,200 5,600 6,300 16.8
Tamsworth Mining 4,300 4,150 4,120 11.0
"""

# no unit after the run's years (a unit line above), a later money column dated again
FLEETS = """Regional Airline Monitor
Aircraft in service by operator
(number of aircraft)
Operator Fleet 2023 Fleet 2024 Revenue 2024 (EUR m)
Skyra Regional 84 91 1,240
Portelle Air 66 61 980
Nordwing 52 58 870
Calloway Connect 40 38 455
"""

# a plain table of years only
CHAINS = """Discount Grocers Europe 2025
Table 2. Stores by chain, end of year
(number of stores)
Chain 2023 2024
Lidmore 1,240 1,310
Penny Basket 980 955
Aldara 860 902
Frugo 610 598
"""

PAGES = {("dchain", 2): CHAINS, ("dparks", 1): PARKS, ("dpot", 3): POTASH, ("dfleet", 1): FLEETS}
METAS = {
    "dchain": DocMeta(doc_id="dchain", doc="discount_grocers_2025", source="/r/discount_grocers_2025.pdf",
                      title="Discount Grocers Europe 2025", doc_type="market report"),
    "dparks": DocMeta(doc_id="dparks", doc="theme_parks_2025", source="/r/theme_parks_2025.html",
                      title="Theme parks: fewer visitors, dearer days out"),
    "dpot": DocMeta(doc_id="dpot", doc="fertiliser_2025", source="/r/fertiliser_2025.pdf",
                    title="Granular Fertiliser Review 2025", doc_type="market report"),
    "dfleet": DocMeta(doc_id="dfleet", doc="regional_airlines", source="/r/regional_airlines.html",
                      title="Regional Airline Monitor"),
}


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def picks(question: str, doc_id: str, page: int) -> dict[int, str]:
    cands = C.candidates([page_hit(METAS[doc_id], page, PAGES[(doc_id, page)], 0)], page_text)
    return {k: v[2] for k, v in T.table_picks(question, Q.read_question(question), cands, page_text).items()}


def test_a_run_of_one_measures_year_heads_is_read_and_the_later_dated_head_set_aside():
    (parks,) = T.page_tables(PARKS)
    assert parks.years == (2023, 2024) and parks.head == "Country"
    assert parks.rows[1].label == "Castelmar" and parks.rows[1].cells == ("48.5", "45.1")
    assert "Spending" in parks.aside and "Spending" not in parks.header
    (pot,) = T.page_tables(POTASH)
    assert pot.years == (2022, 2023, 2024) and pot.rows[0].cells == ("8,100", "8,450", "9,020")
    (fleet,) = T.page_tables(FLEETS)
    assert fleet.years == (2023, 2024) and fleet.rows[1].cells == ("66", "61")


def test_the_run_ranks_rows_by_its_own_measure():
    fell = picks("Which of Europe's six largest theme park markets had the steepest fall in visitors in 2024?", "dparks", 1)
    assert fell[0].startswith("Castelmar: the fastest decline")  # -7.0% against Ostrava Plains' -6.9%
    grew = picks("Which producer's output grew fastest in 2024?", "dpot", 3)
    assert grew[0].startswith("Oberlin Potash: the fastest growth")  # +12.5%
    fleet = picks("Which operator added the most aircraft to its fleet in 2024?", "dfleet", 1)
    assert fleet[0].startswith("Skyra Regional: the largest increase")  # +7 against Nordwing's +6


def test_a_set_aside_heads_measure_is_never_answered_from_the_runs_columns():
    # spending, a share and revenue are other columns' measures: no ranking of visitors, output or fleets for them
    assert picks("Which theme park market had the highest spending in 2024?", "dparks", 1) == {}
    assert picks("Which producer had the largest share in 2024?", "dpot", 3) == {}
    assert picks("Which operator had the highest revenue in 2024?", "dfleet", 1) == {}


def test_a_superlative_naming_the_set_of_rows_asks_no_ranking():
    # "the largest markets" are the table's rows: the markets where visitors rose are asked, not the top one
    rose = picks("In which of the largest European markets did theme park visitors rise in 2024?", "dparks", 1)
    assert rose[0].startswith("2 of the table's 6 rows rose") and "Norland" in rose[0] and "Brightholm" in rose[0]
    fell = picks("Which of the biggest producers saw output fall in 2024?", "dpot", 3)
    assert fell[0].startswith("2 of the table's 4 rows fell") and "Kestrel Salts" in fell[0]
    grew = picks("In which of the largest chains did the number of stores grow in 2024?", "dchain", 2)
    assert grew[0].startswith("2 of the table's 4 rows rose") and "Lidmore" in grew[0] and "Aldara" in grew[0]
    # a ranking asked after the set's superlative is still a ranking
    top = picks("Which of the four largest producers grew output the fastest in 2024?", "dpot", 3)
    assert top[0].startswith("Oberlin Potash: the fastest growth")
