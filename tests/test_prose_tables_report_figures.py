"""prose_tables: figures computed from an industry report's table for questions worded the analysts' way: a region
named by its adjective ("Nordic" is not one, "South American" is South America), the share two named rows take of
the total together, and a table whose caption names its measure by an acronym the report spells out earlier.

Every report, table and question here is invented for these tests (fictional markets and figures)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import prose_tables as T
from assistant.answer import question as Q
from assistant.types import DocMeta

from extract_pages import page_hit

# a PDF report: a summary page that spells the acronym out, then the tables
CHARGERS_1 = """Plugged In: Charging Equipment Markets, 2022-2024
1. Summary
Buyers spent US$41.0 billion on electric vehicle supply equipment (EVSE) in 2024, as fleets and landlords
installed chargers ahead of new building rules. Home units remained the largest part of the market.
"""
CHARGERS_2 = """2. Spending by region
Table 1. EVSE spending by region, 2022-2024
(US$ billions)
Region 2022 2023 2024
Europe 8.8 11.0 13.4
North America 6.0 7.5 9.6
South America 1.2 1.6 2.1
Asia-Pacific 9.5 12.1 14.3
Africa 0.5 0.6 0.8
Rest of world 0.4 0.5 0.8
World 26.4 33.3 41.0
Spending rose fastest in South America, from a small base.
"""
CHARGERS_3 = """3. Spending by segment
Table 2. EVSE spending by segment, 2022-2024
(US$ billions)
Segment 2022 2023 2024
Home chargers 12.2 14.9 17.5
Workplace chargers 5.1 6.6 8.0
Public fast chargers 6.9 9.2 12.3
Software and installation 2.2 2.6 3.2
Total 26.4 33.3 41.0
"""
# the same tables in a report that never spells the acronym out
PLAIN_1 = """Charging Equipment Notes
1. Summary
Buyers spent US$41.0 billion on EVSE in 2024.
"""

PAGES = {("dev", 1): CHARGERS_1, ("dev", 2): CHARGERS_2, ("dev", 3): CHARGERS_3,
         ("dplain", 1): PLAIN_1, ("dplain", 2): CHARGERS_3}  # fmt: skip
METAS = {
    "dev": DocMeta(doc_id="dev", doc="chargers_2025", source="/r/chargers_2025.pdf",
                   title="Plugged In: Charging Equipment Markets, 2022-2024", doc_type="market report"),
    "dplain": DocMeta(doc_id="dplain", doc="charger_notes", source="/r/charger_notes.pdf",
                      title="Charging Equipment Notes", doc_type="market report"),
}


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def picks(question: str, *pages: tuple[str, int]) -> dict[int, tuple]:
    hits = [page_hit(METAS[d], p, PAGES[(d, p)], r) for r, (d, p) in enumerate(pages)]
    cands = C.candidates(hits, page_text)
    return {k: v[:3] for k, v in T.table_picks(question, Q.read_question(question), cands, page_text).items()}


# ------------------------------------------------------------------------------------ a region named by its adjective


def test_a_region_asked_by_its_adjective_is_the_row_naming_the_place():
    got = picks("At what compound annual rate did South American EVSE spending grow from 2022 to 2024?", ("dev", 2))
    assert got[0][2].startswith("South America, 2022 to 2024 (US$ billions): 1.2 (2022) to 2.1 (2024), +0.9")
    assert "compound annual growth rate of 32.3% over 2 years" in got[0][2]
    got = picks("How fast did European EVSE spending grow between 2023 and 2024?", ("dev", 2))
    assert got[0][2].startswith("Europe, 2023 to 2024 (US$ billions): 11.0 (2023) to 13.4 (2024)")
    got = picks("How fast, as a compound annual rate, did African EVSE spending grow from 2022 to 2024?", ("dev", 2))
    assert got[0][2].startswith("Africa, 2022 to 2024")


def test_an_adjective_naming_no_row_or_a_longer_word_is_no_answer():
    # no row is Australia; "Indian" is not the start of a word that merely begins the same way
    assert picks("At what compound annual rate did Australian EVSE spending grow from 2022 to 2024?", ("dev", 2)) == {}
    assert T._says_name("Indian", "India and Sri Lanka") and not T._says_name("Indian", "independent installers")
    assert T._says_name("Canadian", "Canada") and T._says_name("Brazilian", "Brazil") and T._says_name("Korean", "South Korea")


# -------------------------------------------------------------------------------- two named rows' share, together


def test_the_share_two_named_rows_take_of_the_total_together():
    got = picks("What share of 2024 EVSE spending did Africa and South America account for together?", ("dev", 2))
    assert got[0][2] == ("South America and Africa combined: 7.1% of the World row in 2024 (US$ billions): 2.1 + 0.8 = "
                         "2.9 of 41.0 (computed from the table's rows).")
    assert [r.split(":")[0] for r in got[0][0].items] == ["South America", "Africa", "World"]
    got = picks("What percentage of total 2023 EVSE spending came from workplace and public fast chargers combined?",
                ("dev", 3))
    assert got[0][2].startswith("Workplace chargers and Public fast chargers combined: 47.4% of the Total row in 2023 "
                                "(US$ billions): 6.6 + 9.2 = 15.8 of 33.3")
    # no combined share of one named row ("together" names no second part), or of a total the rows do not make up
    assert picks("What share of 2024 EVSE spending did Africa account for together with its neighbours?", ("dev", 2)) == {}
    PAGES[("dev", 2)] = CHARGERS_2.replace("World 26.4 33.3 41.0", "World 26.4 33.3 45.0")
    try:
        assert picks("What share of 2024 EVSE spending did Africa and South America account for together?",
                     ("dev", 2)) == {}
    finally:
        PAGES[("dev", 2)] = CHARGERS_2


# ------------------------------------------------------------------------ an acronym caption, spelled out by the report


def test_an_acronym_is_spelled_out_by_the_words_whose_initials_it_takes():
    assert T.spelled_out("EVSE", CHARGERS_1) == "electric vehicle supply equipment"
    assert T.spelled_out("HVAC", "sales of heating, ventilation and air conditioning (HVAC) systems") == \
        "heating ventilation and air conditioning"
    assert T.spelled_out("GDP", "the economy grew quickly (GDP) last year") is None
    assert T.spelled_out("EVSE", PLAIN_1) is None


def test_a_share_asked_in_the_spelled_out_words_of_the_tables_acronym():
    got = picks("What percentage of 2024 EVSE spending, to one decimal place, went on home charging equipment?",
                ("dev", 3))
    assert got[0][2] == ("Home chargers: 42.7% of the Total row in 2024 (US$ billions): 17.5 of 41.0 "
                         "(computed from the table's rows).")
    got = picks("What proportion of EVSE spending in 2023 went to public fast charging equipment?", ("dev", 3))
    assert got[0][2].startswith("Public fast chargers: 27.6% of the Total row in 2023")
    # the report never spells the acronym out: "equipment" is not what its table says it measures
    assert picks("What percentage of 2024 EVSE spending, to one decimal place, went on home charging equipment?",
                 ("dplain", 2)) == {}
