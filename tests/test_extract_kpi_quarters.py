"""#11 KPI questions on a 10-Q: the quarter's figure of an MD&A sentence that names only the prior-year quarter it is
compared with, the move from a year earlier computed from the quote, and a name said after the verb is no subject.
A fictional 10-Q, sentences and questions written for these tests."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as S
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_followups as followups
from assistant.index.embeddings.hash import HashEmbedder
from assistant.query import entities
from assistant.types import Chunk, DocMeta, Hit

HOLLIN = DocMeta(doc_id="dhl", doc="hollin_lane_10q_q3_2025", source="/r/hollin_lane_10q_q3_2025.html",
                 company="Hollin Lane Parks", doc_type="10-Q", fiscal_year=2025, period="Q3 2025")  # fmt: skip

MDA = ("Results of operations\n\nThe same-site occupancy rate was 72.4%, compared with 70.9% in the third quarter of 2024. "
       "Membership sales production increased 9.2% to $48.1 million in the third quarter from $44.0 million, led by new "
       "sites in our Oregon "
       "and Idaho parks.\n")


def _ask(question: str) -> X.Extraction:
    c = Chunk(chunk_id="dhl:4", doc_id=HOLLIN.doc_id, doc=HOLLIN.doc, source=HOLLIN.source, page=4, page_end=4,
              start=0, end=len(MDA), text=MDA, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=HOLLIN)], HashEmbedder(), page_text=lambda d, p: MDA,
                     aliases=lambda cand: (HOLLIN.company, "Hollin Lane"), threshold=0.3)


def test_a_rate_compared_only_with_the_prior_year_quarter_is_the_reports_own_quarter():
    # rules: the quarter a sentence names only after "compared with" is the base, in the 10-Q of the asked quarter; a
    # "how many percentage points" later part does not hold the first part (the level asked) to points; the change
    # from a year earlier is computed from the quote's two figures
    ex = _ask("What was Hollin Lane's same-site occupancy rate in the third quarter of 2025, and by how many "
              "percentage points did it change from a year earlier?")
    assert ex.answered and not ex.partial
    assert R.render(ex, lambda d, p: MDA)[0].startswith("72.4%")
    assert ex.notes[1].startswith("Up 1.5 percentage points from a year earlier: 72.4% against 70.9%")


def test_an_amount_moved_to_from_gives_the_move_from_a_year_earlier():
    # rules: "Oregon" said after the verb is no subject of a filer's own sentence; "to $48.1 million from $44.0
    # million" is the move asked "from a year earlier"
    ex = _ask("How much membership sales production did Hollin Lane record in the third quarter of 2025, and by how "
              "much did it grow from a year earlier?")
    assert ex.answered and not ex.partial
    assert R.render(ex, lambda d, p: MDA)[0].startswith("$48.1 million")
    assert ex.notes[1].startswith("Up $4.1 million (+9.3%) from a year earlier")


def test_a_figure_compared_with_another_period_answers_no_year_on_year_move():
    sentence = "The same-site occupancy rate was 72.4%, compared with 74.0% in the second quarter of 2025."
    assert followups.move_line("by how many percentage points did it change from a year earlier", 2025, sentence,
                               "72.4%") is None
    assert followups.move_line("by how many percentage points did it change from a year earlier", 2025,
                               sentence.replace("second quarter of 2025", "third quarter of 2024"), "72.4%") is not None


def test_a_trading_symbol_set_off_by_dashes_on_the_cover():
    assert entities.trading_symbols("Common Stock, $1 par value — Trading symbol HLPK — New York Stock Exchange") == {"HLPK"}


def test_a_name_after_the_verb_of_a_filers_sentence_is_not_its_subject():
    c = Chunk(chunk_id="dhl:4", doc_id=HOLLIN.doc_id, doc=HOLLIN.doc, source=HOLLIN.source, page=4, page_end=4,
              start=0, end=len(MDA), text=MDA, ordinal=1)  # fmt: skip
    cands = C.candidates([Hit(chunk=c, score=1.0, rank=0, meta=HOLLIN)], lambda d, p: MDA)
    names = X.name_words(MDA, HOLLIN.company)
    asked = Q.read_question("How much membership sales production did Hollin Lane record in the third quarter of 2025?",
                            X.lowercase_words(MDA), names)[0]
    sentence = next(x for x in cands if x.kind == "sentence" and x.text.startswith("Membership"))
    assert S.subject_score(asked, sentence, (HOLLIN.company, "Hollin Lane"), names) >= 0.85
