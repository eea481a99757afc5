"""A balance asked at a point in time ("the balance of its accrued warranty at December 31, 2025", "what debt was
outstanding at September 30, 2026") is not answered by a sentence stating only a flow over a period (an expense
recorded, claims paid, a prepayment made): a measure mismatch, declined rather than shown as the answer (issue 10).

Every filer, sentence and question below is written for these tests (fictional companies).
"""

from __future__ import annotations

from one_page import NearEmbedder, ask_company_page

from assistant.answer import measure_frames as F
from assistant.types import DocMeta

Q_WARRANTY = "What was the balance of Pellworth Boilers' accrued warranty liability at December 31, 2025?"
Q_DEBT = "What borrowings did Tarnfield Cinemas have outstanding as of 30 June 2026?"

FLOWS = [
    "Warranty costs charged to income were $11.2 million in 2025, and payments on warranty claims came to $10.7 "
    "million; the warranty accrual sits within other current liabilities.",
    "During the first quarter of 2026 we repaid $40.0 million of the revolving facility using operating cash.",
]
POINTS = [
    "The accrued warranty liability was $6.3 million at December 31, 2025, against $5.8 million a year earlier.",
    "As of 30 June 2026, borrowings outstanding under the revolving facility were $215.0 million.",
    "After the repayments we had $215.0 million of borrowings under the revolving facility.",
]


def test_a_flow_sentence_is_no_answer_to_a_balance_at_a_day():
    assert F.asks_point(Q_WARRANTY) and F.asks_point(Q_DEBT)
    for q in (Q_WARRANTY, Q_DEBT):
        for s in FLOWS:
            assert F.flow_for_point(q, s), (q, s)
        for s in POINTS:
            assert not F.flow_for_point(q, s), (q, s)


def test_a_flow_asked_or_the_balance_sheet_named_is_no_point_asked():
    assert not F.asks_point("How much did Tarnfield Cinemas repay on its revolving facility as of June 30, 2026?")
    assert not F.asks_point("Using the balance sheet, what were Pellworth Boilers' total liabilities in 2025?")
    assert not F.flow_for_point("What were Pellworth Boilers' warranty costs in 2025?", FLOWS[0])


PELLWORTH = DocMeta(doc_id="dpw", doc="pellworth_boilers_10k_2025", source="/r/pellworth_boilers_10k_2025.pdf",
                    company="Pellworth Boilers", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
PAGE = ("Product warranties\n\nWe warrant our boilers against defects for up to ten years. " + FLOWS[0] + "\n")


def test_the_balance_question_over_a_page_stating_only_the_years_flows_is_declined():
    ex = ask_company_page(Q_WARRANTY, PAGE, PELLWORTH, "Pellworth", threshold=0.3)
    assert ex.picks == [None] or all(p is None for p in ex.picks), [p and p.candidate.text for p in ex.picks]
    ex = ask_company_page(Q_WARRANTY, PAGE.replace(FLOWS[0], POINTS[0]), PELLWORTH, "Pellworth", threshold=0.3)
    assert ex.picks[0] is not None and "$6.3 million" in ex.picks[0].candidate.text
