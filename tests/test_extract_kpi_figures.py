"""#11 fact questions on filings (KPIs, deal terms): a part asking a figure is answered by a quote stating one of the
asked measure, never by a sentence that names the measure without a figure; a statistics table's row in sentence case
is the filer's line, not another name's. Filings, sentences and questions written for these tests (fictional
companies)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as S
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit
from one_page import ask_one_page

KESTREL = DocMeta(doc_id="dks", doc="kestrel_air_10k_2025", source="/r/kestrel_air_10k_2025.pdf",
                  company="Kestrel Air Group", doc_type="10-K", fiscal_year=2025)  # fmt: skip

DEAL = ("Acquisition of Brindle Regional\n\nOn March 3, 2025, Kestrel Air Group acquired Brindle Regional Airways "
        "(\"Brindle\") for a combination of cash and Kestrel stock. Including the assumption of Brindle's debt, the total "
        "value of the transaction was approximately $4.2 billion.\n")


def test_a_part_asking_a_figure_is_not_answered_by_a_sentence_stating_none():
    question = ("What did Brindle shareholders receive for each of their shares when Kestrel acquired Brindle in March "
                "2025, and what was the deal worth including Brindle's debt?")
    ex = ask_one_page(question, DEAL, KESTREL)
    assert ex.answered and ex.partial  # the per-share terms are nowhere on the page: said not to be found
    assert ex.picks[0] is None
    assert "$4.2 billion" in ex.picks[1].candidate.text


INDICATORS = ("Key performance indicators\n\nWe use the following indicators for our mainline flights: load factor (a "
              "volume indicator); average fare (a price indicator); and revenue per available seat mile (\"RASM\", a "
              "summary measure combining fare and load factor).\n")


def test_measures_compared_across_two_years_ask_figures():
    # rule: "how did <measures> in 2025 compare with 2024" asks each year's figures; their definition is no answer
    question = "How did load factor, average fare and RASM on Kestrel's mainline flights in 2025 compare with 2024?"
    assert Q.asks_figure(question)
    ex = ask_one_page(question, INDICATORS, KESTREL)
    assert not ex.answered or ex.figureless  # the answerer declines a figureless extraction
    assert not Q.asks_figure("How did Kestrel's fleet strategy in 2025 compare with 2024?")  # no measure: described


STATISTICS = ("Operating statistics\n\nStatistic 2025 2024 2023\nPassengers carried (thousands) 9,412 8,977 8,350\n"
              "Occupancy percentage 86.4% 84.9% 80.2%\nFuel burned (thousands of tonnes) 611 598 570\nNote: Occupancy "
              "is passengers carried divided by seats flown.\n\n"
              "Financing\n\nIn fiscal 2025 we issued $400 million of 5.875% senior notes due 2032 and repaid a term loan.\n")


def _filer_page(question: str, page: str, meta: DocMeta) -> X.Extraction:
    """``ask_one_page`` with the filer's name as the document's alias (as the answerer gives it)."""
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], HashEmbedder(), page_text=lambda d, p: page,
                     aliases=lambda cand: (meta.company,), threshold=0.3)


def test_a_kpi_percentage_is_read_from_the_statistics_row_not_from_another_percentage():
    # rule: a row label in sentence case ("Occupancy percentage") is the filer's line, not a name opening it (the
    # note below the table writes "Occupancy" capitalised after a colon); "X percentage" is X's rate, which a notes coupon
    # ("5.875% senior notes") does not state
    ex = _filer_page("What was Kestrel's occupancy percentage in fiscal 2025?", STATISTICS, KESTREL)
    assert ex.answered and ex.picks[0].candidate.kind == "row"
    assert R.render(ex, lambda d, p: STATISTICS)[0].split("\n")[0].startswith("Occupancy percentage, 2025: 86.4%")


def test_a_sentence_case_row_label_is_the_filers_line():
    # rule: "Occupancy percentage" opening a row names no one, though the page writes "Occupancy" capitalised elsewhere
    page = STATISTICS
    c = Chunk(chunk_id="k:1", doc_id=KESTREL.doc_id, doc=KESTREL.doc, source=KESTREL.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    cands = C.candidates([Hit(chunk=c, score=1.0, rank=0, meta=KESTREL)], lambda d, p: page)
    names = X.name_words(page, KESTREL.company)
    asked = Q.read_question("What was Kestrel's occupancy percentage in fiscal 2025?", X.lowercase_words(page), names)[0]
    row = next(x for x in cands if x.kind == "row" and x.text.startswith("Occupancy percentage"))
    assert S.subject_score(asked, row, (KESTREL.company,), names) >= 0.85


def test_a_percentage_headed_by_a_kpi_is_that_kpis_rate():
    # rule: "occupancy percentage" asks the occupancy rate: a notes coupon ("5.875% senior notes") is another rate
    from assistant.answer import asked_measures
    from assistant.answer import prose_ties as ties

    question = "What was Kestrel's occupancy percentage in fiscal 2025?"
    assert not ties.answers(question, "In fiscal 2025 we issued $400 million of 5.875% senior notes due 2032.", "", "")
    assert asked_measures.asked_measure("What was its gross margin percentage in 2025?").family == "margin"
    assert asked_measures.asked_measure("What percentage of revenue came from cargo?").family == "share"


def test_how_can_asks_in_what_way_not_a_figure():
    # rule: "..., and how can occupancy exceed 100%?" asks for an explanation: never answered by the figure's row
    parts = Q.read_question("What was Kestrel's occupancy percentage in fiscal 2025, and how can occupancy exceed 100%?")
    assert [p.kind for p in parts] == ["amount", "reason"]


GRIDNOTE = DocMeta(doc_id="gn", doc="grid_demand_note_2025", source="/r/grid_demand_note_2025.pdf",
                   company="Harlow Analytics", doc_type="report", fiscal_year=2025)  # fmt: skip

SCENARIOS = ("Installed capacity by scenario (GW)\n"
             "Scenario 2025 2027 2030\n"
             "Base case 40.0 52.5 71.0\n"
             "High case 40.0 58.0 88.5\n\n"
             "Consumption follows capacity: Harlow Analytics expects server halls to use 430 TWh in 2030 in the base "
             "case, against 260 TWh in 2024. The Base case assumes no new efficiency rules.\n")


def test_a_sentence_case_row_label_of_a_report_is_not_the_filers_line():
    # rule: only a filing's row label is the filer's own line; a report's "Base case" row keeps the subject score of a
    # row that names no asked subject, so the sentence stating the asked measure (TWh, not GW) answers
    page = SCENARIOS
    c = Chunk(chunk_id="g:1", doc_id=GRIDNOTE.doc_id, doc=GRIDNOTE.doc, source=GRIDNOTE.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    cands = C.candidates([Hit(chunk=c, score=1.0, rank=0, meta=GRIDNOTE)], lambda d, p: page)
    names = X.name_words(page, "Harlow Analytics")
    asked = Q.read_question("How much electricity does Harlow expect server halls to use in 2030 in its base case?",
                            X.lowercase_words(page), names)[0]
    rows = [x for x in cands if x.kind == "row" and x.text.startswith("Base case")]
    assert rows, [x.text for x in cands]
    # "Base" is written capitalised mid-sentence on the page: in a report the row opens with a name that is not the
    # asked subject, so it scores below the sentence that names the asked subject and states the asked measure
    assert S.subject_score(asked, rows[0], (), names) <= 0.25
