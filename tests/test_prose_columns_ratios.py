"""A measure a question defines as one measure over another ("Defining EBIT margin as EBIT divided by revenue", "the
net debt to EBITDA ratio"), computed from a report's table of measure columns, each head closed by its year
(``prose_columns.ratio_answer``), and a ticker in parentheses after a held company's name (``query.entities``).

Every table, company and question here is invented for these tests (a trade-press feature on fictional ferry groups
and a consultancy note on fictional tyre makers)."""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import extract as X
from assistant.answer import prose_columns as P
from assistant.query import entities as E
from assistant.types import Chunk, DocMeta, Hit

# an HTML feature as the reader flattens it: a blank line between every line, the heads of measures closed by their year
FERRIES = """## Fuller ships, heavier debts

All three listed ferry groups carried more passengers than ever, and all three cut their debt.

The three listed ferry groups, fiscal 2023-2024 (EUR millions unless stated)

Group Revenue 2023 Revenue 2024 EBITDA 2023 EBITDA 2024 Net debt end-2023 Net debt end-2024 Vessels

Kestrel Line 2,410 2,655 402 488 1,930 1,790 41

Boreal Ferries 1,120 1,262 215 251 1,340 1,325 23

Solent Crossways 690 744 88 97 510 468 14

Company reports. Net debt is borrowings less cash.
"""

# a PDF note: consecutive lines, one head of measures with two-word names
TYRES = """Table 4. Listed tyre makers, fiscal 2024 (US$ billions)
Maker Net sales 2024 Operating profit 2024 Capital spending 2024
Rimwell 14.20 1.42 0.91
Tarvos Tyre 9.80 0.64 0.72
Greyhold Rubber 5.10 0.41 0.25
"""


def _answer(question: str, page: str) -> str | None:
    found = P.column_answer(question, page)
    return None if found is None else found.text


def test_heads_of_measures_each_closed_by_its_year_and_rows_between_blank_lines():
    (t,) = P.measure_tables(FERRIES, loose=True)
    assert t.label_head == "Group" and t.heads == ("Revenue 2023", "Revenue 2024", "EBITDA 2023", "EBITDA 2024",
                                                   "Net debt end-2023", "Net debt end-2024", "Vessels")
    assert t.caption == "The three listed ferry groups, fiscal 2023-2024 (EUR millions unless stated)"
    assert [r.label for r in t.rows] == ["Kestrel Line", "Boreal Ferries", "Solent Crossways"]
    (t,) = P.measure_tables(TYRES, loose=True)
    assert t.heads == ("Net sales 2024", "Operating profit 2024", "Capital spending 2024")


def test_a_defined_margin_is_the_two_columns_of_the_asked_year_divided():
    got = _answer("Defining EBITDA margin as EBITDA divided by revenue, what was Boreal Ferries' EBITDA margin in fiscal "
                  "2024, rounded to two decimal places?", FERRIES)
    assert got == ("Boreal Ferries, EBITDA margin (EBITDA divided by revenue): 2024: 19.89% (EBITDA 2024 251 / "
                   "Revenue 2024 1,262) (computed from the table's row).")
    got = _answer("Taking operating margin as operating profit over net sales, what was Tarvos Tyre's operating margin "
                  "for 2024 to one decimal place?", TYRES)
    assert got is not None and "2024: 6.5% (Operating profit 2024 0.64 / Net sales 2024 9.80)" in got


def test_a_ratio_named_a_to_b_in_every_asked_year_as_a_multiple():
    got = _answer("What was Kestrel Line's net debt to EBITDA ratio for fiscal 2024 and fiscal 2023?", FERRIES)
    assert got == ("Kestrel Line, net debt to EBITDA ratio (net debt divided by EBITDA): 2023: 4.80x (Net debt end-2023 "
                   "1,930 / EBITDA 2023 402); 2024: 3.67x (Net debt end-2024 1,790 / EBITDA 2024 488) (computed from the "
                   "table's row).")
    got = _answer("For fiscal 2024, what was the ratio of capital spending to net sales at Greyhold Rubber?", TYRES)
    assert got is not None and "2024: 0.05x (Capital spending 2024 0.25 / Net sales 2024 5.10)" in got
    assert P.asked_ratio("For fiscal 2024, what was the ratio of capital spending to net sales at Greyhold Rubber?") == (
        "ratio of capital spending to net sales", "capital spending", "net sales")

    # no ratio without both columns of every asked year, or without a kind of figure: no EBITDA column for 2022
    assert _answer("What was Kestrel Line's net debt to EBITDA ratio at the end of 2022?", FERRIES) is None
    # no column of gross profit
    assert _answer("Defining cash margin as cash profit divided by revenue, what was Solent Crossways' cash margin "
                   "in 2024?", FERRIES) is None
    # "intensity" is neither a margin nor a ratio: what kind of figure is not said
    assert _answer("Defining debt intensity as net debt divided by revenue, what was Kestrel Line's debt intensity in "
                   "2024?", FERRIES) is None
    # no row named
    assert _answer("Defining EBITDA margin as EBITDA divided by revenue, what was the EBITDA margin in 2024?", FERRIES) is None


def test_the_extracted_answer_reads_the_ratio_from_the_whole_question():
    meta = DocMeta(doc_id="fer25", doc="ferries_2025", source="/tmp/ferries_2025.html", title="Ferries 2025",
                   doc_type="report")
    c = Chunk(chunk_id="fer25:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1, start=0,
              end=len(FERRIES), text=FERRIES, ordinal=1)  # fmt: skip
    ex = X.extract("What was Kestrel Line's net debt to EBITDA ratio in 2024, and was it lower than in 2023?", [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(), page_text=lambda d, p: FERRIES)
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.kind == "ranked"
    assert "2023: 4.80x" in pick.candidate.text and "2024: 3.67x" in pick.candidate.text


def test_a_ticker_in_parentheses_after_a_held_name_is_its_short_form():
    held = {"kestrel", "line", "boreal", "ferries"}.__contains__
    assert E._short_form_of_held("What was Kestrel Line's (KSTL) EBITDA margin in 2024?", "KSTL", held)
    assert E._short_form_of_held("How much did Boreal Ferries (BRLF) earn?", "BRLF", held)
    # a ticker alone, or after a name the index does not hold, is another company's
    assert not E._short_form_of_held("What was KSTL's EBITDA margin in 2024?", "KSTL", held)
    assert not E._short_form_of_held("What was Ostrava Shipping's (OSTR) margin?", "OSTR", held)
