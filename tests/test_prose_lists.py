"""prose_lists: a list answers when its lead-in names the kind asked in other words; a list of another kind does not.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import prose_lists as L
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dkiln", doc="kiln_review_2025", source="/r/kiln_review_2025.md",
               title="Electric Kilns: 2025 Review")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    c = Chunk(chunk_id="dkiln:1", doc_id="dkiln", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=META)
    return X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: page, threshold=threshold)


def test_the_kind_a_question_asks_and_a_lead_in_names():
    assert L.asked_family("What limits growth in the electric kiln market?") == "limits"
    assert L.asked_family("What holds back the adoption of electric kilns?") == "limits"
    assert L.asked_family("What are the barriers to kiln exports?") == "limits"
    assert L.asked_family("What are the main risks to kiln makers?") == "risks"
    assert L.asked_family("What are the benefits of electric kilns?") == "benefits"
    assert L.asked_family("How many kilns were sold?") is None
    assert L.lead_family("The review names four constraints:") == "limits"
    assert L.lead_family("Potters name three obstacles:") == "limits"
    assert L.lead_family("Buyers cite three benefits:") == "benefits"
    assert L.lead_family("Sales by region:") is None


PAGE = """## Outlook

Potters name three obstacles:

- the cost of three-phase power connections
- long waits for licensed electricians
- kiln shelves that crack in fast firings

Buyers cite three benefits:

- cleaner studios
- repeatable firings
- lower insurance premiums
"""


def test_a_list_of_the_asked_kind_answers_though_its_lead_in_does_not_restate_the_question():
    for q in ("What holds back the adoption of electric kilns?", "What limits growth in the electric kiln market?",
              "What are the barriers to electric kiln adoption?"):  # fmt: skip
        ex = _ask(q, PAGE, threshold=0.45)  # no candidate passes the threshold: the list's shape answers
        assert ex.picks[0] is not None and ex.picks[0].candidate.text == "Potters name three obstacles:", q


def test_a_list_of_another_kind_never_answers():
    ex = _ask("What are the benefits of electric kilns?", PAGE)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text == "Buyers cite three benefits:"
    page = PAGE.split("Potters")[0] + "Buyers cite three benefits:\n\n- cleaner studios\n- repeatable firings\n"
    ex = _ask("What holds back the adoption of electric kilns?", page)
    assert not ex.answered


def test_a_list_of_the_asked_kind_on_another_topic_does_not_answer():
    page = "## Outlook\n\nTile makers name three obstacles:\n\n- glaze prices\n- freight\n- tariffs\n"
    meta = DocMeta(doc_id="dtile", doc="tiles_2025", source="/r/tiles_2025.md", title="Ceramic Tiles 2025")
    c = Chunk(chunk_id="dtile:1", doc_id="dtile", doc=meta.doc, source=meta.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    ex = X.extract("What holds back the adoption of electric kilns?", [Hit(chunk=c, score=1.0, rank=0, meta=meta)],
                   HashEmbedder(), page_text=lambda d, p: page, threshold=0.45)  # fmt: skip
    assert not ex.answered
