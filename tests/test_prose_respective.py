"""Which figure of a "respectively" or "corresponding" sentence belongs to what (``assistant/answer/prose_respective.py``
and the gates of ``extract`` that read it).

The sentences are written for these tests in the style of an agri-tech research note; the farms' figures, the research
house and the equipment makers are fictional."""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import shown as W
from assistant.answer import extract as X
from assistant.answer import prose_respective as R
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dairy26", doc="dairy_automation_2026", source="/tmp/dairy_automation_2026.md",
               title="Dairy Automation Monitor 2026", doc_type="report", fiscal_year=2025, period="FY2025")  # fmt: skip

ADOPTION = ("In Germany, 64% of dairy herds of more than 1,500 cows used robotic milking in 2025, but across all herds "
            "the rate was only 22%; for automated feed pushing the corresponding shares were 41% and 9%.")
SUPPLIERS = "Fabrikam Dairy's and Tailspin Agro's equipment revenues rose 14% and 6%, respectively, in 2025."
ITEMS_AFTER = "Equipment revenues rose 14% and 6% in 2025 for Fabrikam Dairy and Tailspin Agro, respectively."
UNITS = "Revenue at the hardware and services units rose 4% and 11%, respectively, in 2025."

PAGE = f"""# Dairy Automation Monitor 2026

Larkspur Agri Research | Farm Technology Note

## 2. Adoption

{ADOPTION}

## 3. Suppliers

{SUPPLIERS}
"""


def _allowed(question: str, text: str) -> list[str]:
    return [text[o.start : o.end] for o in R.figure_owners(question, text) if o.allowed]


def test_a_corresponding_clause_gives_the_figure_in_the_place_the_question_narrows_to():
    # a class bounded by a number: the first clause's large herds, so the first corresponding share
    assert _allowed("Among German herds of more than 1,500 cows, what share used automated feed pushing in 2025?",
                    ADOPTION) == ["41%"]  # fmt: skip
    # the whole: the clause saying "all herds"
    assert _allowed("What share of all German dairy herds used automated feed pushing in 2025?", ADOPTION) == ["9%"]


def test_a_corresponding_clause_without_the_place_told_gives_no_figure():
    q = "What share of German dairy herds used automated feed pushing in 2025?"  # the sentence's year tells no place
    assert _allowed(q, ADOPTION) == [] and R.undecided(q, ADOPTION)


def test_the_measure_before_a_corresponding_clause_keeps_its_own_figures():
    q = "What share of German herds with more than 1,500 cows used robotic milking in 2025?"
    owned = {ADOPTION[o.start : o.end]: o.allowed for o in R.figure_owners(q, ADOPTION)}
    assert owned == {"41%": False, "9%": False} and not R.undecided(q, ADOPTION)


def test_a_respectively_list_gives_the_named_items_figure():
    assert _allowed("By how much did Tailspin Agro's equipment revenue grow in 2025?", SUPPLIERS) == ["6%"]
    assert _allowed("By what percentage did Fabrikam Dairy's equipment revenue rise in 2025?", SUPPLIERS) == ["14%"]
    assert _allowed("By how much did Tailspin Agro's equipment revenue grow in 2025?", ITEMS_AFTER) == ["6%"]
    assert _allowed("How much did services revenue rise in 2025, in percent?", UNITS) == ["11%"]
    assert _allowed("How much did hardware revenue rise in 2025, in percent?", UNITS) == ["4%"]
    # the words the items share ("revenue") name no item
    assert _allowed("How much did revenue rise in 2025, in percent?", UNITS) == []


def _sentence(text: str) -> C.Candidate:
    page = f"# Note\n\n## 1. Section\n\n{text}\n"
    return next(c for c in C.page_candidates(page, doc_id=META.doc_id, doc=META.doc, page_no=1, meta=META)
                if c.kind == "sentence")  # fmt: skip


def test_the_shown_figure_is_the_asked_items_not_the_first_of_the_list():
    for q, text, want in (("By how much did Tailspin Agro's equipment revenue grow in 2025?", SUPPLIERS, "6%"),
                          ("How much did services revenue rise in 2025, in percent?", UNITS, "11%")):
        assert W.answer_figure(Q.read_question(q)[0], _sentence(text)) == want


def _ask(question: str) -> X.Extraction:
    c = Chunk(chunk_id=f"{META.doc_id}:1", doc_id=META.doc_id, doc=META.doc, source=META.source, page=1, page_end=1,
              start=0, end=len(PAGE), text=PAGE, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], NearEmbedder(),
                     page_text=lambda d, p: PAGE, threshold=0.3)  # fmt: skip


def _shown(question: str) -> list[str | None]:
    ex = _ask(question)
    return [W.answer_figure(a, p.candidate) if p is not None else None for a, p in zip(ex.parts, ex.picks)]


def test_another_measures_figure_of_the_same_sentence_is_never_shown():
    assert _shown("Among German herds of more than 1,500 cows, what share used automated feed pushing in 2025?") == ["41%"]
    assert _shown("What share of all German dairy herds used automated feed pushing in 2025?") == ["9%"]
    assert _shown("What share of German dairy herds used automated feed pushing in 2025?") == [None]  # declined
