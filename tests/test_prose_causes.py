"""prose_causes: which change a causal sentence explains, why-questions in other words, "how far from its peak".

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as XC
from assistant.answer import scoring as S
from assistant.answer import shown as W
from assistant.answer import pickers as P
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_causes as C
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dkiln", doc="kiln_review_2025", source="/r/kiln_review_2025.md",
               title="Electric Kilns: 2025 Review")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def test_why_questions_worded_with_other_verbs_of_cause():
    for q in ("What is pushing up electric kiln prices?", "What accounts for the drop in kiln orders?",
              "What is holding back kiln exports?", "How come kiln margins narrowed?",
              "What is the main reason for the slowdown in kiln orders?", "What is weighing on Glazeworks' margin?",
              "Which factors are driving the recovery in kiln demand?"):  # fmt: skip
        assert C.asks_reason(q), q
        assert Q.question_kind(q) == "reason", q
    for q in ("What is the price of an electric kiln?", "How many kilns were sold in 2024?", "Which makers grew?"):
        assert not C.asks_reason(q), q


def test_the_asked_effect_is_the_head_of_the_thing_that_moved():
    assert C.asked_effect("Why did electric kiln sales in Spain fall in 2024?") == ("sale", {"elect", "kiln", "sale"})
    assert C.asked_effect("Why did Glazeworks Ltd's operating margin narrow?")[0] == "margi"
    assert C.asked_effect("What is behind the fall in firing hours per kiln?")[0] == "hour"
    assert C.asked_effect("What is pushing up kiln installation costs?")[0] == "cost"
    assert C.asked_effect("What accounts for the drop in the price per firing?")[0] == "price"
    assert C.asked_effect("Why were fewer kilns sold in 2024?")[0] == "kiln"
    assert C.asked_effect("Why?") == (None, frozenset())


def test_a_reason_explains_the_change_stated_before_its_cause():
    price = "The average kiln price rose 6% in 2024, driven by higher nickel and brick costs."
    at = price.index("driven")
    assert C.explains_asked("Why did the average kiln price rise in 2024?", price, at)
    assert not C.explains_asked("Why did Glazeworks' operating margin narrow in 2024?", price, at)
    assert not C.explains_asked("Why did kiln sales fall in 2024?", price, at)


def test_a_cause_named_as_the_reason_explains_the_sentence_before_it():
    before = "Installation costs have climbed for three years."
    s = "A shortage of licensed electricians is the main reason: their number grew only 3% in 2024."
    at = s.index("the main reason")
    assert C.effect_clause(s, at, before) == before
    assert C.explains_asked("What is pushing up kiln installation costs?", s, at, before)
    assert not C.explains_asked("What is pushing up kiln prices?", s, at, before)


def test_words_used_for_one_another_and_a_measured_change():
    s = "Turnover fell 9% in 2024 because two large schools closed their studios."
    assert C.explains_asked("Why did Glazeworks' revenue fall in 2024?", s, s.index("because"))
    g = "Growth is held back mainly by the cost of three-phase power connections."
    assert C.explains_asked("What limits growth in the electric kiln market?", g, g.index("mainly"))


def test_how_far_from_a_peak_asks_for_a_figure():
    assert C.asks_distance("How far have Spanish kiln sales fallen from their peak?")
    assert C.asks_distance("How far below its 2021 peak is the kiln market?")
    assert not C.asks_distance("How far do kilns travel to customers?")
    assert C.states_distance("Portuguese sales are now 44% below their 2021 peak.")
    assert C.states_distance("Sales have fallen 30% from the peak.")
    assert not C.states_distance("Spanish sales have fallen every year since their 2021 peak.")
    q = "How far have Spanish kiln sales fallen from their peak?"
    assert Q.question_kind(q) == "amount" and Q.read_question(q)[0].unit == "change"


PAGE = """## Why sales fell

Kiln sales in Spain fell 31% in 2024, largely because a school building programme ended.

The average kiln price rose 6% in 2024, driven by higher nickel and brick costs.

Glazeworks' operating margin narrowed to 3.9% in 2024 from 6.2% in 2023.

Spanish sales have fallen every year since their 2021 peak. Portuguese sales are now 44% below their 2021 peak.
"""


def test_a_reason_for_another_measure_does_not_answer_why():
    ex = _ask("Why did Glazeworks' operating margin narrow in 2024?", PAGE)
    assert not ex.answered or "price rose" not in ex.picks[0].candidate.text
    ex = _ask("Why did kiln sales in Spain fall in 2024?", PAGE)
    assert ex.picks[0] is not None and "school building programme" in ex.picks[0].candidate.text


def test_a_fall_from_a_peak_without_the_figure_is_no_answer():
    ex = _ask("How far have Spanish kiln sales fallen from their peak?", PAGE)
    assert not ex.answered
    ex = _ask("How far are Portuguese kiln sales below their peak?", PAGE)
    assert ex.picks[0] is not None and "44%" in ex.picks[0].candidate.text
    text, _, _ = R.render(ex)
    assert text.startswith("44%")


def test_since_before_a_time_is_no_cause():
    assert not S._WEAK_CAUSAL.search("Spanish sales have fallen every year since their 2021 peak.")
    assert not S._WEAK_CAUSAL.search("Output has grown since 2021.")
    assert S._WEAK_CAUSAL.search("Orders fell since buyers waited for the new grant.")


def test_a_reason_for_another_periods_move_does_not_answer():
    page = "Kiln sales in Spain fell 12% in 2023 because the school building programme paused.\n"
    assert not _ask("Why did kiln sales in Spain fall in 2024?", page).answered
    assert _ask("Why did kiln sales in Spain fall in 2023?", page).answered


def test_a_second_part_without_a_measure_of_its_own_asks_what_the_first_asked():
    first, second = Q.read_question("How many kilns were sold in 2024, and what does the review expect for 2025?")
    assert first.kind == second.kind == "amount" and second.years == {2025}


def test_each_year_of_a_range_is_asked_and_no_one_figure_leads():
    (asked,) = Q.read_question("How many kilns were sold each year from 2019 to 2022?")
    assert asked.years == {2019, 2020, 2021, 2022}
    page = "Kiln sales grew each year, from 41,000 in 2019 to 48,000 in 2020, 52,000 in 2021 and 60,000 in 2022.\n"
    ex = _ask("How many kilns were sold each year from 2019 to 2022?", page)
    assert ex.picks[0] is not None and not ex.partial
    assert W.answer_figure(asked, ex.picks[0].candidate) is None


def test_a_change_of_another_measure_does_not_answer_by_how_much():
    q = "By how much did the electric kiln fleet grow in 2024?"
    assert not C.changes_asked(q, "The average price per firing fell 15% in 2024 as studios fired fuller loads.")
    assert C.changes_asked(q, "The kiln fleet in schools reached 4,200 units at the end of 2024, up from 2,900 a year earlier.")
    assert C.changes_asked("How much did kiln revenue grow?", "Growth in revenue was 8% in 2024.")
    assert C.changes_asked(q, "It grew 8%.", "The electric kiln fleet is the largest in the region.")
    page = ("The average price per firing fell 15% in 2024 as studios fired fuller loads.\n\n"
            "The kiln fleet in schools reached 4,200 units at the end of 2024, up from 2,900 a year earlier.\n")
    ex = _ask(q, page)
    assert ex.picks[0] is not None and "4,200" in ex.picks[0].candidate.text
    assert R.render(ex)[0].startswith("Up 1,300")


def test_a_sentence_giving_every_year_of_an_asked_range_answers_by_its_shape():
    page = "Kiln sales grew each year, from 41,000 units in 2019 to 48,000 in 2020, 52,000 in 2021 and 60,000 in 2022.\n"
    ex = _ask("How many kilns were sold each year from 2019 to 2022?", page, threshold=0.9)
    assert ex.picks[0] is None  # far under the threshold
    best = ex.ranked[0][0]
    ex = _ask("How many kilns were sold each year from 2019 to 2022?", page, threshold=best.score + 0.1)
    assert ex.picks[0] is not None
    assert not P._figure_for_year("Kiln sales peaked in 2022.", 2022)


def test_a_why_question_in_other_words_is_embedded_as_a_why_question():
    assert C.as_why("What is pushing up kiln installation costs?") == "Why did kiln installation costs rise?"
    assert C.as_why("What accounts for the drop in the price per firing?") == "Why did the price per firing drop?"
    assert C.as_why("What is holding back kiln exports?") == "Why did kiln exports fall?"
    assert C.as_why("How come kiln margins narrowed?") == "Why kiln margins narrowed?"
    assert C.as_why("Why did kiln sales fall?") is None
    parts = Q.read_question("What is pushing up kiln installation costs?")
    assert P._part_text(parts, 0) == "Why did kiln installation costs rise?"


def test_as_opens_a_cause_only_as_a_clause_after_a_move():
    assert C.causal_as("The average price per firing fell 15% in 2024 as studios fired fuller loads.") > 0
    assert C.causal_as("Orders rose, as schools reopened their studios.") > 0
    assert C.causal_as("Kilns, mostly electric models sold as parts of complete studios, grew fastest.") == -1
    assert C.causal_as("Sales rose 5%, as expected.") == -1
    assert C.causal_as("Margins fell as a share of revenue.") == -1


def test_whose_view_is_no_part_of_the_asked_effect():
    assert C.asked_effect("According to the review, why did kiln sales fall?")[0] == "sale"
    assert C.asked_effect("Why did kiln sales fall, according to Glazeworks?")[0] == "sale"


def test_a_causal_sentence_on_the_asked_things_move_answers_by_its_shape():
    page = "Kiln sales in Spain fell 31% in 2024, largely because a school building programme ended.\n"
    q = "Why did kiln sales in Spain fall in 2024?"
    best = _ask(q, page, threshold=0.0).ranked[0][0]
    assert _ask(q, page, threshold=best.score + 0.1).picks[0] is not None  # within the shape margin
    assert _ask(q, page, threshold=best.score + 0.2).picks[0] is None  # far under it
    q = "Why did kiln prices fall in 2024?"  # another thing's move: no shape, whatever the score
    assert not any(P._explains_shape(Q.read_question(q)[0], c) for c in XC.page_candidates(page))


def test_whose_view_a_why_question_asks_is_no_word_of_its_topic():
    (asked,) = Q.read_question("According to its chief executive, why does Glazeworks sell mainly to schools?")
    assert asked.kind == "reason" and not {"according", "chief", "executive"} & asked.words


# session 31 (#11): a fictional kiln maker's revenue paragraph, written for this test
KILN_EFFECT = ("Maintenance plan revenue rose in 2027: it increased by $18.4 million, or 41%, on "
               "the 2026 level.")


def test_a_bracketed_aside_is_not_the_asked_thing():
    # Rule: "(formerly known as X)", "(ARR)" gloss the words before them; the asked phrase is read without them
    q = "What drove the growth of Ostervik's (formerly known as Kilnworks) maintenance plan revenue in 2027?"
    assert C.effect_phrase(q) == "maintenance plan revenue"
    assert C.effect_phrase("Why did Ostervik's annual recurring revenue (ARR) rise in 2027?") == "annual recurring revenue"
    # a bracketed qualifier of the measure is part of it
    assert "glaze" in C.effect_phrase("Why did Ostervik's revenue (excluding glaze sales) fall in 2027?")
    reason = "The increase was primarily driven by wider adoption of our remote monitoring plans by hobby studios."
    assert C.explains_asked(q, reason, reason.index("driven"), KILN_EFFECT)


# session 31 (#11, f31-reports): hand-written questions
from assistant.answer.question import question_kind as _s31_kind  # noqa: E402


# ---- a phrasal verb of moving asks the cause -------------------------------------------------------------------------
def test_what_pulled_down_a_measure_asks_the_cause():
    # GENERAL rule: "What pulled down X?" / "What pulled X up?" asks what caused the move, as "What pushed X up?" does,
    # never the amount of X
    assert _s31_kind("What pulled down the price of copper rod in 2023?") == "reason"
    assert _s31_kind("What pulled the sales of garden tractors up last year?") == "reason"
    assert _s31_kind("What was the price of copper rod in 2023?") == "amount"


# Session 31 (#11, report prose): a revision asked by its bare verb. Written for this test (a fictional ferry note).
FERRY = DocMeta(doc_id="dferry", doc="ferries_2025", source="/r/ferries_2025.pdf",
                title="Short-Sea Ferries: Passengers, Fares and Operators, 2023-2025")  # fmt: skip
FERRY_PAGE = (
    "5. Outlook\n"
    "Passenger numbers on the Baltic routes held up through the winter. "
    "We now expect ferry operators' revenue of EUR 6.42 billion in 2025, 1.1% more than in 2024, lowered from "
    "EUR 6.60 billion in our note of 12 February 2025, because two new bridges opened earlier than planned and fuel "
    "surcharges are falling with the price of marine diesel. "
    "For 2029 we expect EUR 7.1 billion.\n"
)


def test_a_revision_asked_by_its_bare_verb_is_explained_in_the_forecasts_own_sentence():
    # Rule: "..., and why was it revised?" asks why the forecast of the part before changed; a clause revising that
    # forecast from its earlier figure ("lowered from EUR 6.60 billion in our note") with its cause after "because"
    # explains it (any revising verb states the revision; a move of another measure does not)
    s = FERRY_PAGE[FERRY_PAGE.index("We now expect") : FERRY_PAGE.index(" For 2029")]
    assert C.explains_asked("why was it revised", s, s.find("because"))
    moved = "Ferry revenue fell 2.0% to EUR 6.35 billion, because two new bridges opened"
    assert not C.explains_asked("why was it revised", moved, moved.find("because"))
    ex = ask_one_page("What is the 2025 forecast for ferry operators' revenue, and why was it revised?", FERRY_PAGE, FERRY,
                      threshold=X.THRESHOLD)  # fmt: skip
    assert ex.picks[1] is not None
    assert "lowered from EUR 6.60 billion" in ex.picks[1].candidate.text and "two new bridges" in ex.picks[1].candidate.text
