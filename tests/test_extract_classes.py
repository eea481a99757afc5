"""The extractive answerer's general rules for classes of failure seen on industry articles (answer/extract.py):
Markdown pipe tables, relative second parts, the scope a question asks for, reasons, "which <kind>" lists.

Every report sentence below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dfloor", doc="floor_robots_2025", source="/r/floor_robots_2025.md",
               title="Floor Robots Review 2025")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    c = Chunk(chunk_id="dfloor:1", doc_id="dfloor", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=META)
    return X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: page, threshold=threshold)


PIPE = """## Vendors

Revenue of the largest floor-robot makers, in millions of dollars:

| Company | 2023 | 2024 |
|---|---|---|
| Contoso Cleanbots | 410 | 385 |
| Fabrikam Sweep | 120 | 160 |

Fabrikam Sweep gained share in hospitals.
"""


def test_markdown_pipe_table_rows_take_their_column_years():
    rows = [c for c in X.page_candidates(PIPE) if c.kind == "row"]
    assert [c.text for c in rows] == ["Contoso Cleanbots: 2023 410, 2024 385", "Fabrikam Sweep: 2023 120, 2024 160"]
    assert all(c.years == {2023, 2024} for c in rows)
    assert PIPE[rows[0].start : rows[0].end] == "| Contoso Cleanbots | 410 | 385 |"


def test_a_pipe_table_head_is_no_row():
    assert X._row_label_values("| Company | 2023 | 2024 |") is None
    assert X._row_label_values("| Contoso Cleanbots | 410 | 385 |") == ("Contoso Cleanbots", ["410", "385"])


def test_a_relative_second_part_inherits_the_measure_and_takes_the_year_before():
    for q in ("How many floor robots were sold in 2024, and how many the year before?",
              "How many floor robots were sold in 2024, and in the prior year?"):  # fmt: skip
        first, second = X.read_question(q)
        assert first.years == {2024} and second.years == {2023}
        assert {"floor", "robots", "sold"} <= second.words and not {"before", "prior"} & second.words
        assert second.kind == "amount" and second.unit == first.unit


def test_a_relative_second_part_is_answered_from_the_sentence_stating_both_years():
    page = "Operators bought 61,000 floor robots in 2024, up from 52,000 in 2023, according to the review.\n"
    ex = _ask("How many floor robots did operators buy in 2024, and how many the year before?", page)
    assert all(p is not None for p in ex.picks)
