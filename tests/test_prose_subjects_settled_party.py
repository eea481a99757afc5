"""The other party of a settlement asked must be the quote's (issue 10, a subject mismatch): "How much did it agree to
pay regional transit agencies to settle their claims?" is not answered by a settlement with one named authority, nor by
a grant to a state; a quote naming the asked party may answer.

Every filer, sentence and question below is written for these tests (fictional companies and parties).
"""

from __future__ import annotations

from one_page import ask_company_page

from assistant.answer import prose_subjects as S
from assistant.answer.measure_families import _stem
from assistant.types import DocMeta

Q = "How much did Brindle Coatings agree to pay U.S. regional transit agencies to settle their corrosion claims?"


def test_the_party_a_settlement_pays_is_read_from_the_question():
    # the party's words, stemmed as the answer stage stems words (measure_families._stem)
    assert S.settled_party(Q) == {_stem(w) for w in ("regional", "transit", "agencies")}
    assert S.settled_party("What did Brindle Coatings pay under its settlement with the harbour commissioners?") == {
        _stem(w) for w in ("harbour", "commissioners")}
    # no settlement asked, or no party named: nothing to match
    assert not S.settled_party("How much did Brindle Coatings pay its shareholders in dividends in 2025?")
    assert not S.settled_party("How much did Brindle Coatings pay to settle the coating lawsuits?")
    assert not S.settled_party("How much did Brindle Coatings pay in legal settlements in 2025?")
    # claims paid to policyholders are an insurer's flow, no settlement
    assert not S.settled_party("How much did Brindle Mutual pay policyholders in claims in 2025?")


OTHER_DEAL = ("In May 2024, Brindle Coatings settled a lawsuit brought by the Kessock Valley Transit Authority for $41 "
              "million, which will pay for repainting its rail bridges.")
STATE_GRANT = "Under the settlement, Brindle Coatings agreed to fund a $600 million grant to the State for bridge repairs."
ASKED_DEAL = ("Brindle Coatings agreed to pay $2.1 billion over eight years to regional transit agencies in the United "
              "States to settle their corrosion claims.")


def test_a_settlement_with_another_party_is_another_deal():
    for s in (OTHER_DEAL, STATE_GRANT):
        assert S.narrowed_elsewhere(Q, s), s
    assert not S.narrowed_elsewhere(Q, ASKED_DEAL)


BRINDLE = DocMeta(doc_id="dbr", doc="BRINDLE_2024_10K", source="/r/BRINDLE_2024_10K.pdf", company="Brindle Coatings",
                  doc_type="10-K", fiscal_year=2024, period="FY2024")  # fmt: skip


def test_the_extractive_answer_declines_another_partys_settlement():
    page = "Legal proceedings\n\n" + OTHER_DEAL + " " + STATE_GRANT + "\n"
    ex = ask_company_page(Q, page, BRINDLE, "Brindle", threshold=0.3)
    assert all(p is None for p in ex.picks), [p and p.candidate.text for p in ex.picks]
    ex = ask_company_page(Q, page.replace(STATE_GRANT, ASKED_DEAL), BRINDLE, "Brindle", threshold=0.3)
    assert ex.picks[0] is not None and "$2.1 billion" in ex.picks[0].candidate.text
