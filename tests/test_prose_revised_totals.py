"""The report's note that an earlier year's total was revised (answer/prose_revised_totals.py, session 31 #11).

Every sentence below is written for these tests (a fictional ceramic tile market).
"""

from __future__ import annotations

from assistant.answer import prose_revised_totals as RT
from assistant.answer import render as XR
from assistant.types import DocMeta
from one_page import ask_one_page

_META = DocMeta(doc_id="dtiles", doc="ceramic_tiles_2025", source="/r/ceramic_tiles_2025.pdf",
                title="Fired Up: The World Ceramic Tile Market, 2024")  # fmt: skip
_TILES_1 = """1. Summary
Tile makers around the world shipped 17.8 billion square metres of ceramic tiles in 2024, 1.4% more than the 17.55 billion square metres of 2023.
"""
_TILES_2 = """2. Regions
Table 1. Tile shipments by region (billion square metres)
Region 2023 2024
Asia 12.1 12.3
Europe 1.35 1.37
Note: Brazil's 2023 figure was revised down from 0.93 billion square metres after the national association corrected its survey, which lowered the 2023 world total from 17.61 billion square metres.
"""


def test_the_note_revising_the_compared_years_total_is_found():
    # GENERAL rule: a quote comparing with an earlier year's figure is shown with the report's one note saying that
    # year's total (of a scope the quote names: "world") was revised, and the figure it replaced
    quote = _TILES_1.splitlines()[1]
    assert RT.compared_years(quote) == {2023}
    found = RT.revised_total_note(quote, "How many ceramic tiles were shipped worldwide in 2024?", [(1, _TILES_1), (2, _TILES_2)])
    assert found is not None and found[0] == 2 and "17.61" in _TILES_2[found[1] : found[2]]


def test_a_revision_of_another_scope_or_year_is_no_note_on_the_quote():
    quote = _TILES_1.splitlines()[1]
    other = _TILES_2.replace("the 2023 world total", "the 2023 Latin American total")
    assert RT.revised_total_note(quote, "How many ceramic tiles were shipped worldwide in 2024?", [(2, other)]) is None
    older = _TILES_2.replace("2023 world total", "2022 world total")
    assert RT.revised_total_note(quote, "How many ceramic tiles were shipped worldwide in 2024?", [(2, older)]) is None


def test_an_amount_answer_quotes_the_revision_note_with_its_own_citation():
    q = "Tile shipments worldwide in 2024 in square metres: how many, and up or down on 2023 by how much?"
    ex = ask_one_page(q, _TILES_1, _META)
    pages = {1: _TILES_1, 2: _TILES_2}
    text, cites, _ = XR.render(ex, lambda d, p: pages.get(p))
    assert "17.61 billion" in text and cites[-1].page == 2, text


def test_an_amount_quote_comparing_with_no_year_reads_no_other_page():
    # the revision note is looked for only when the quote compares with an earlier year: an answer quoting a plain
    # amount reads no other page of its report at render time (render._revision_note); a comparing one reads each page once
    q = "Tile shipments worldwide in 2024 in square metres: how many?"
    plain = _TILES_1.replace(", 1.4% more than the 17.55 billion square metres of 2023", "")
    read: list[int] = []

    def page_text(doc_id: str, p: int) -> str | None:
        read.append(p)
        return {1: plain, 2: _TILES_2}.get(p)

    text, _, _ = XR.render(ask_one_page(q, plain, _META), page_text)
    assert text.startswith("17.8 billion square metres (2024)") and "17.61" not in text, text
    assert 2 not in read and 3 not in read, read  # page 1 is the quote's own page

    def compared_pages(doc_id: str, p: int) -> str | None:
        read.append(p)
        return {1: _TILES_1, 2: _TILES_2}.get(p)

    text, _, _ = XR.render(ask_one_page(q, _TILES_1, _META), compared_pages)
    assert "17.61 billion" in text and read.count(2) == 1, (read, text)
