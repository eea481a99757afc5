"""#10/#11 the figure of each part from a filing's own layout: of "increased by N ..., to M" the level asked is M and
the move asked is N; a line of dates ("December 31, 2025 September 30, 2025 ...") heads the columns of the rows below
it, so those rows are dated. Fictional filer, sentences and questions written for these tests."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import extract as X
from assistant.types import Chunk, DocMeta, Hit
from one_page import ask_company_page, part_figures

HARLOW = DocMeta(doc_id="dhf", doc="harlow_freight_10k_2025", source="/r/harlow_freight_10k_2025.html",
                 company="Harlow Freight", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
SUBSCRIBERS = ("Fourth quarter highlights\n\nFiber subscribers increased by 6,200 in the quarter, to 405,100. Business "
               "customers rose by about 300 to roughly 12,900.\n")
METRICS = ("Operating metrics\n(In thousands, except churn)\nDecember 31, 2025 September 30, 2025 December 31, 2024\n"
           "Fiber subscribers 405.1 398.9 371.6\nMonthly fiber churn 1.21% 1.30% 1.44%\n")


def _ask(question: str, page: str, threshold: float = X.THRESHOLD) -> X.Extraction:
    return ask_company_page(question, page, HARLOW, "Harlow", threshold)


_figures = part_figures


def test_the_move_and_the_level_it_reached_each_answer_their_own_part():
    ex = _ask("How many fiber subscribers did Harlow Freight have when 2025 closed, and how many were gained during "
              "the quarter?", SUBSCRIBERS, threshold=0.3)
    assert _figures(ex)[0] and _figures(ex)[0].startswith("405,100"), _figures(ex)
    ex = _ask("How many fiber subscribers did Harlow Freight add in the fourth quarter of 2025?", SUBSCRIBERS,
              threshold=0.3)
    assert _figures(ex)[0] and _figures(ex)[0].startswith("6,200"), _figures(ex)
    ex = _ask("How many business customers did Harlow Freight serve at the end of 2025?", SUBSCRIBERS, threshold=0.3)
    assert _figures(ex)[0] and _figures(ex)[0].startswith("12,900"), _figures(ex)


def test_a_line_of_dates_heads_the_columns_of_the_rows_below():
    c = Chunk(chunk_id="dhf:3", doc_id="dhf", doc=HARLOW.doc, source=HARLOW.source, page=3, page_end=3, start=0,
              end=len(METRICS), text=METRICS, ordinal=1)  # fmt: skip
    rows = [x for x in C.candidates([Hit(chunk=c, score=1.0, rank=0, meta=HARLOW)], lambda d, p: METRICS)
            if x.kind == "row"]
    assert not any(r.text.startswith("December 31") for r in rows), [r.text for r in rows]  # the heads are no row
    churn = next(r for r in rows if r.text.startswith("Monthly fiber churn"))
    assert churn.years == {2025, 2024} and "December 31, 2025 1.21%" in churn.text, (churn.years, churn.text)
    ex = _ask("What was Harlow Freight's monthly fiber churn at the end of 2025?", METRICS, threshold=0.3)
    assert ex.picks[0] is not None and "December 31, 2025 1.21%" in ex.picks[0].candidate.text, ex.picks[0]
