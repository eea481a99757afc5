"""prose_topics: over several reports, a question naming no company is answered from the report on its subject.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_topics as T
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

KILNS = DocMeta(doc_id="dkiln", doc="kiln_review_2025", source="/r/kiln_review_2025.md", title="Electric Kilns: 2025 Review")
BIKES = DocMeta(doc_id="dbike", doc="cargo_bikes_2025", source="/r/cargo_bikes_2025.md", title="Cargo Bikes Market Update 2025")


def test_a_reports_subject_is_its_titles_words():
    assert T.title_topic("Electric Kilns: 2025 Review") == {"elect", "kiln"}
    assert T.title_topic("Cargo Bikes Market Update 2025") == {"cargo", "bike"}


def test_a_candidate_off_the_questions_subject():
    titles = [KILNS.title, BIKES.title]
    q = {"limits", "growth", "electric", "kiln", "market"}
    assert T.off_topic(q, BIKES.title, "Riders name three obstacles: hills, theft, rain", titles)
    assert not T.off_topic(q, KILNS.title, "Potters name three obstacles:", titles)
    assert not T.off_topic(q, BIKES.title, "Electric kilns are sold to bike shops too.", titles)
    assert not T.off_topic({"fleet", "size"}, BIKES.title, "The fleet reached 4,000.", titles)  # no title's words


def _hit(meta: DocMeta, page: str, rank: int) -> Hit:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return Hit(chunk=c, score=1.0, rank=rank, meta=meta)


def test_the_answer_comes_from_the_report_on_the_asked_subject_and_names_it():
    bikes = "## Obstacles\n\nRiders name three obstacles:\n\n- steep hills\n- theft\n- winter rain\n"
    kilns = "## Outlook\n\nPotters name three obstacles:\n\n- power connections\n- electricians\n- cracked shelves\n"
    pages = {"dbike": bikes, "dkiln": kilns}
    ex = X.extract("What holds back the adoption of electric kilns?", [_hit(BIKES, bikes, 0), _hit(KILNS, kilns, 1)],
                   HashEmbedder(), page_text=lambda d, p: pages[d], threshold=0.3)  # fmt: skip
    assert ex.picks[0] is not None and ex.picks[0].candidate.doc_id == "dkiln"
    text, _, _ = R.render(ex)
    assert "Electric Kilns: 2025 Review" in text
