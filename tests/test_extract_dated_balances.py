"""#10/#11 a balance a filer dates by its day ("at September 30, 2025", "as of June 28, 2025") is that year's figure,
and a part asking how much "they" moved asks the move of what the part before asked: the two year-end figures one
sentence states give the change, rather than that part being said not to be found. Fictional filers, filings,
sentences and questions written for these tests."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer.question import read_question
from assistant.index.embeddings.hash import HashEmbedder
from assistant.text.bindings import bind_numbers
from assistant.types import Answer, Chunk, DocMeta, Hit


def _periods(text: str) -> dict[str, str]:
    return {b.num.raw: str(b.period) for b in bind_numbers(text)}


def test_a_figure_dated_by_a_day_takes_the_dates_year_and_the_day_is_no_figure():
    got = _periods("Borrowings under our term facility were $842.5 million at September 30, 2025, compared with "
                   "$910.0 million a year earlier.")
    assert got == {"$842.5 million": "2025", "$910.0 million": "2024"}, got
    got = _periods("As of June 28, 2025, we held inventories of $311.4 million, against $287.9 million as of "
                   "December 28, 2024.")
    assert got == {"$311.4 million": "2025", "$287.9 million": "2024"}, got
    # a period written after the figure still wins over a date earlier in the sentence
    got = _periods("At March 31, 2025 we had 41 stores, and we opened 6 stores in 2024.")
    assert got["6"] == "2024" and got["41"] == "2025", got


def test_a_part_saying_they_asks_the_move_of_the_measure_asked_before():
    parts = read_question("What were Brackwater Mills' customer deposits at the end of fiscal 2025, and how much did "
                          "they fall during the year?")
    assert len(parts) == 2 and {"customer", "deposits"} <= parts[1].words, parts
    parts = read_question("What were Olsby Tools' warranty reserves at year-end 2025, and how did those compare "
                          "with a year earlier?")
    assert {"warranty", "reserves"} <= parts[-1].words, parts
    # "how many of them": a portion of what was asked before, its own measure (not the count asked before again)
    parts = read_question("How many kilns did Brackwater Mills run at the end of 2025, and how many of them did it lease?")
    assert "kilns" not in parts[1].words, parts


def _ask(question: str, meta: DocMeta, page: str, threshold: float = 0.42) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:4", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=4, page_end=4,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    short = meta.company.split()[0]
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], HashEmbedder(),
                     page_text=lambda d, p: page, aliases=lambda cand: (meta.company, short), threshold=threshold)


BRACKWATER = DocMeta(doc_id="dbw", doc="brackwater_mills_10k_2025", source="/r/brackwater_mills_10k_2025.html",
                     company="Brackwater Mills", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
BRACKWATER_LIQ = ("Liquidity and capital resources\n\nOur borrowings under the term facility and the notes were $842.5 "
                  "million at September 30, 2025, compared with $910.0 million a year earlier, after scheduled "
                  "repayments. We expect to fund capital spending from operating cash flow.\n")
OLSBY = DocMeta(doc_id="dol", doc="olsby_tools_10k_2025", source="/r/olsby_tools_10k_2025.html",
                company="Olsby Tools", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
OLSBY_LIQ = ("Financial condition\n\nOur total debt was $228.4 million as of December 27, 2025, against $196.1 million as of "
             "December 28, 2024, reflecting revolver draws for the Keld acquisition.\n")


def test_the_move_of_a_balance_asked_as_they_is_computed_from_the_two_dated_figures():
    ex = _ask("What were Brackwater Mills' borrowings under the term facility and the notes at the end of fiscal 2025, "
              "and how much did they fall during the year?", BRACKWATER, BRACKWATER_LIQ)
    assert ex.answered and not ex.partial, [p and p.candidate.text for p in ex.picks]
    text = R.to_answer(ex, Answer(question="q", text="")).text
    assert "$67.5 million" in text, text
    ex = _ask("How much total debt did Olsby Tools carry at the end of 2025, and by how much did it rise over the year?",
              OLSBY, OLSBY_LIQ)
    assert ex.answered and not ex.partial, [p and p.candidate.text for p in ex.picks]
    text = R.to_answer(ex, Answer(question="q", text="")).text
    assert "$32.3 million" in text, text
