"""#11 (session 30, FinanceBench-style reading): the headline tables at the top of an earnings release. A second table
titled with a footnote marker glued to its title ("Adjusted (non-GAAP)1 Second-Quarter 2025 Results") is still a
title, so its column head and first row are never run into one sentence; a hyphenated quarter in a head
("Second-Quarter") names the quarter; a row whose label names the growth asked states it as a rate.
A fictional release, rows and questions written for these tests."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import extract as X
from assistant.answer import question as Q
from assistant.answer import scoring as S
from assistant.index.embeddings.hash import HashEmbedder
from assistant.text.sentences import is_heading, sentence_spans
from assistant.types import Chunk, DocMeta, Hit

KESTREL = DocMeta(doc_id="dks", doc="KESTRELFOODS_2025Q2_EARNINGS", source="/r/KESTRELFOODS_2025Q2_EARNINGS.pdf",
                  company="Kestrel Foods", doc_type="earnings release", fiscal_year=2025, period="Q2 2025")  # fmt: skip

RELEASE = ("Kestrel Foods Reports Second-Quarter 2025 Results; Reaffirms Outlook\n"
           "Reported (GAAP) Second-Quarter 2025 Results\n"
           "Second-Quarter\n"
           "Net sales growth 3.4%\n"
           "Foreign exchange impact on net sales (1.2)%\n"
           "Earnings per share (EPS) $0.91\n"
           "Adjusted (non-GAAP)1 Second-Quarter 2025 Results\n"
           "Second-Quarter\n"
           "Adjusted sales growth 6.1%\n"
           "Adjusted EPS $1.02\n"
           "CHICAGO - July 22, 2025 - Kestrel Foods, Inc. posted its April-June results today.\n")


def _ask(question: str) -> X.Extraction:
    c = Chunk(chunk_id="dks:1", doc_id=KESTREL.doc_id, doc=KESTREL.doc, source=KESTREL.source, page=1, page_end=1,
              start=0, end=len(RELEASE), text=RELEASE, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=KESTREL)], HashEmbedder(),
                     page_text=lambda d, p: RELEASE, aliases=lambda cand: (KESTREL.company, "Kestrel"), threshold=0.3)


def test_a_title_with_a_glued_footnote_marker_is_still_a_title():
    assert is_heading("Adjusted (non-GAAP)1 Second-Quarter 2025 Results")
    assert is_heading("Segment Highlights2")
    # a figure is still a figure: a short line stating one is no title
    assert not is_heading("Adjusted sales growth 6.1%")
    assert not is_heading("Stores opened 14")
    spans = [RELEASE[a:b] for a, b in sentence_spans(RELEASE, split_lines=False)]
    assert "Adjusted sales growth 6.1%" in spans  # not run into the title and the column head above it


def test_the_second_headline_tables_rows_are_rows_of_the_titled_year():
    rows = {c.text: c for c in C.page_candidates(RELEASE, doc_id="dks", doc=KESTREL.doc, page_no=1, meta=KESTREL)
            if c.kind == "row"}
    assert "Adjusted sales growth: 6.1%" in rows
    assert rows["Adjusted sales growth: 6.1%"].years == frozenset({2025})
    assert "Adjusted (non-GAAP)1 Second-Quarter 2025 Results" in rows["Adjusted sales growth: 6.1%"].heading


def test_a_hyphenated_quarter_head_names_the_asked_quarter():
    asked = Q.read_question("What was Kestrel Foods' adjusted sales growth in the second quarter of 2025?",
                            set(), set(), set())[0]
    row = next(c for c in C.page_candidates(RELEASE, doc_id="dks", doc=KESTREL.doc, page_no=1, meta=KESTREL)
               if c.text.startswith("Adjusted sales growth"))
    assert not S._quarter_row_missing(asked, row)
    # a head naming no quarter at all still leaves the asked quarter missing
    annual = C.page_candidates("Full-Year 2024 Results\nFiscal 2024\nAdjusted sales growth 5.0%\n", doc_id="dks",
                               doc=KESTREL.doc, page_no=1, meta=KESTREL)
    assert S._quarter_row_missing(asked, next(c for c in annual if c.kind == "row"))


def test_a_growth_row_answers_the_growth_asked():
    ex = _ask("What was Kestrel Foods' adjusted sales growth in the second quarter of 2025?")
    assert ex.answered and ex.picks[0].candidate.text == "Adjusted sales growth: 6.1%"


def test_a_growth_row_answers_no_amount_of_money_asked():
    # "how much money" is asked by no growth: a growth row's percentage is no amount of it
    asked = Q.read_question("How much did Kestrel Foods earn for each share it had in the second quarter of 2025?",
                            set(), set(), set())[0]
    row = next(c for c in C.page_candidates(RELEASE, doc_id="dks", doc=KESTREL.doc, page_no=1, meta=KESTREL)
               if c.text.startswith("Adjusted sales growth"))
    assert S.type_score(asked, row, asked.text) == 0.0


def test_a_growth_row_of_another_qualifier_answers_no_growth_asked():
    # "organic" asked, "Adjusted" in the label: another measure's growth, never the answer; nor is a qualified row the
    # answer to the unqualified growth
    for question in ("What was Kestrel Foods' organic sales growth in the second quarter of 2025?",
                     "What was Kestrel Foods' sales growth in the second quarter of 2025?"):
        ex = _ask(question)
        assert not any(p is not None and p.candidate.text.startswith("Adjusted sales growth") for p in ex.picks)
    assert S._same_growth("What was the company's net sales growth in 2024?", "Net sales growth")
    assert not S._same_growth("What was its organic revenue growth in 2024?", "Adjusted revenue growth")
