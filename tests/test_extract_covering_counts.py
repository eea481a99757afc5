"""#10/#11 a multi-part question on a filer's own filing: the quote taken for one part ("what was its average
fare?") answers another part ("how many passengers did it carry?") when it says that part's counted measure and holds a
figure of its own tied to it, rather than that part being said not to be found. Fictional filers, filings, sentences and
questions written for these tests."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit


def _ask(question: str, meta: DocMeta, page: str, threshold: float) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:3", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=3, page_end=3,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    short = meta.company.split()[0]
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], HashEmbedder(),
                     page_text=lambda d, p: page, aliases=lambda cand: (meta.company, short), threshold=threshold)


QUILLAN = DocMeta(doc_id="dql", doc="quillan_lodges_10k_2025", source="/r/quillan_lodges_10k_2025.html",
                  company="Quillan Lodges", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
TARNBY = DocMeta(doc_id="dtb", doc="tarnby_ferries_10k_2025", source="/r/tarnby_ferries_10k_2025.html",
                 company="Tarnby Ferries", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
QUILLAN_MDA = ("Lodging\n\nLodging revenue rose 6.1% to $412.0 million in 2025, driven by a 4.0% increase in average daily "
               "rate to $218.40 and a 2.0% increase in guest nights to 1.89 million from 1.85 million, including a full "
               "year at Cedar Hollow.\n")
TARNBY_MDA = ("Passenger operations\n\nFare revenue grew 9.3% to $151.7 million in 2025 on a 5.5% higher average fare of "
              "$23.10 and a 3.6% rise in passengers to 6.57 million from 6.34 million, helped by the new Orsund crossing.\n")


def test_a_quote_taken_for_one_part_answers_another_whose_measure_and_figure_it_states():
    # rule: the quote picked for the price, about the asked filer as surely for the count, says every word of the
    # counted measure and holds a figure of its own (not the price's): it answers the count too, not "not found"
    # (threshold: the count part alone scores below it, the price part above)
    ex = _ask("How many guest nights did Quillan Lodges record in 2025, and what was its average daily rate?", QUILLAN,
              QUILLAN_MDA, threshold=0.42)
    assert ex.answered and not ex.partial, [p and p.candidate.text for p in ex.picks]
    ex = _ask("How many passengers did Tarnby Ferries carry in 2025, and what was its average fare?", TARNBY, TARNBY_MDA,
              threshold=0.42)
    assert ex.answered and not ex.partial, [p and p.candidate.text for p in ex.picks]
    # a count the quote does not state is still not found
    ex = _ask("How many vessels did Tarnby Ferries operate in 2025, and what was its average fare?", TARNBY, TARNBY_MDA,
              threshold=0.42)
    assert ex.partial

