"""prose_tables: a yes/no asking whether any of a report table's rows moved a way ("Did any region's spending fall?",
"Did any of the five carriers lose passengers?") is answered from the rows: "Yes" with the rows that moved so, "No"
with every row's move; the kind of row after "any" is no measure word.

Every report, table and question here is invented for these tests (fictional markets and carriers)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import extract as X
from assistant.answer import prose_tables as T
from assistant.answer import question as Q
from assistant.answer import render as R
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import DocMeta

from extract_pages import page_hit

# a PDF page: three year columns, a world row
REPAIR = """Rail Freight Wagon Repair Review 2025
2. Regions
Table 1. Wagon repair spending by region, 2022-2024
(EUR million)
Region 2022 2023 2024
Nordics 410 452 470
Iberia 300 318 341
Danube basin 220 236 229
Alpine states 180 190 201
Baltic states 95 104 118
World 1,205 1,300 1,359
"""
# an HTML feature: two year columns, carriers as rows
FERRY = """# Short-sea ferries: a year of two halves

Passengers carried by five ferry carriers, 2023-2024 (thousands of passengers)

Carrier 2023 2024

Saltmarsh Lines 2,400 2,650

Corrie Ferries 1,900 1,960

Kelpie Sea 1,100 1,480

Morrow Links 850 910

Tarn Shipping 640 700
"""
PAGES = {("drep", 2): REPAIR, ("dfer", 1): FERRY}
METAS = {
    "drep": DocMeta(doc_id="drep", doc="wagon_repair_2025", source="/r/wagon_repair_2025.pdf",
                    title="Rail Freight Wagon Repair Review 2025", doc_type="market report"),
    "dfer": DocMeta(doc_id="dfer", doc="ferries_2025", source="/r/ferries_2025.html", title="Short-sea ferries"),
}


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def picks(question: str, doc: str, page: int) -> dict[int, tuple]:
    cands = C.candidates([page_hit(METAS[doc], page, PAGES[(doc, page)], 0)], page_text)
    got = T.table_picks(question, Q.read_question(question), cands, page_text)
    return {k: (v[1], v[2]) for k, v in got.items()}


def test_any_row_that_moved_the_asked_way_is_a_yes_with_those_rows():
    for q in ("Did any region's wagon repair spending fall in 2024?",
              "Did any of the regions cut their wagon repair spending in 2024?"):
        got = picks(q, "drep", 2)
        verdict, line = got[0]
        assert verdict == "Yes", (q, got)
        assert line.startswith("1 of the table's 5 rows fell from 2023 to 2024 (EUR million): Danube basin 236 (2023) "
                               "to 229 (2024), -7 (-3.0%)"), (q, line)


def test_no_row_that_moved_the_asked_way_is_a_no_with_every_rows_move():
    got = picks("Did any of the five carriers lose passengers in 2024?", "dfer", 1)
    verdict, line = got[0]
    assert verdict == "No", got
    assert line.startswith("None of the table's 5 rows fell from 2023 to 2024"), line
    assert "Kelpie Sea +380" in line and "Corrie Ferries +60" in line, line
    got = picks("Did any carrier's passenger numbers rise in 2024?", "dfer", 1)
    assert got[0][0] == "Yes" and got[0][1].startswith("5 of the table's 5 rows rose"), got


def test_a_yes_no_on_one_row_or_with_no_any_is_not_this_reading():
    assert picks("Did spending in the Danube basin fall in 2024?", "drep", 2).get(0, (None,))[0] is None
    assert picks("Did wagon repair spending fall in 2024?", "drep", 2) == {}


def test_the_second_part_after_a_ranking_takes_its_year_and_is_answered_yes():
    q = "Which region's wagon repair spending rose most quickly in 2024, and did any of the regions cut their spending?"
    ex = X.extract(q, [page_hit(METAS["drep"], 2, REPAIR, 0)], HashEmbedder(), page_text=page_text)
    text, _, _ = R.render(ex, page_text)
    assert text.startswith("Yes."), text
    assert "Baltic states: the fastest growth of the table's 5 rows from 2023 to 2024" in text, text
    assert "Danube basin 236 (2023) to 229 (2024), -7 (-3.0%)" in text, text
    assert "Not in the indexed reports" not in text, text
