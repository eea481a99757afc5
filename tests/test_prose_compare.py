"""prose_compare: a yes/no comparison gets its verdict from the two figures, computed, or none.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_compare as P
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dkiln", doc="kiln_review_2025", source="/r/kiln_review_2025.md",
               title="Electric Kilns: 2025 Review")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def test_the_sides_and_direction_of_a_comparison():
    a, b, more = P.comparison("Did kiln prices rise faster than inflation in 2024?")
    assert a == {"kiln", "price"} and b == {"infla"} and more
    assert P.comparison("Did kiln exports exceed kiln imports in 2024?")[2]
    assert P.comparison("Was Glazeworks' margin lower than Kilnco's?")[2] is False
    assert P.comparison("Did kiln prices rise in 2024?") is None
    assert P.comparison("What rose faster than inflation?") is None


def test_the_verdict_follows_from_the_figures():
    s = "Kiln prices rose 1.8% in 2024 against overall inflation of 2.9%."
    assert P.compared_verdict("Did kiln prices rise faster than inflation in 2024?", s) == "No"
    assert P.compared_verdict("Did kiln prices rise more slowly than inflation in 2024?", s) == "Yes"
    assert P.compared_verdict("Did inflation exceed kiln price growth in 2024?", s) == "Yes"
    s2 = "Kiln prices rose faster than inflation in 2024."  # no figures: no verdict
    assert P.compared_verdict("Did kiln prices rise faster than inflation in 2024?", s2) is None


def test_a_comparison_quoted_without_its_figures_gets_no_verdict_and_with_them_the_computed_one():
    page = "Kiln prices rose 1.8% in 2024 against overall inflation of 2.9%.\n"
    ex = _ask("Did kiln prices rise faster than inflation in 2024?", page)
    assert ex.picks[0] is not None and ex.verdicts == ["No"]
    page = "Kiln prices rose faster than overall inflation in 2024, the review says.\n"
    ex = _ask("Did kiln prices rise faster than inflation in 2024?", page)
    assert ex.verdicts == [None]


def test_the_period_asked_is_no_side_of_the_comparison():
    q = "Was Glazeworks' kiln utilisation rate higher than Kilnco's in the first half of 2025?"
    s = "Its kiln utilisation rate was 71% in the first half, higher than the 64% reported by Kilnco."
    a, b, more = P.comparison(q)
    assert "first" not in b and "half" not in b
    assert P.compared_verdict(q, s) == "Yes"


def test_figures_of_other_years_and_the_whole_in_other_words():
    q = "Did kiln prices rise faster than prices in general in 2024?"
    s = ("Kiln prices in the producer price index rose just 1.6% in 2024, after increases of 12.0% in 2022 and 8.5% "
         "in 2023, against overall consumer price inflation of 2.9%.")
    assert P.compared_verdict(q, s) == "No"  # 1.6 for kiln prices, 2.9 for prices in general; 2022-2023 are no side's
    s2 = "Kiln prices rose 4.1% in 2024, after 9.0% in 2023, against headline inflation of 2.9%."
    assert P.compared_verdict(q, s2) == "Yes"


# ---- session 7: "as fast as", and two sentences, one per side ----

BUDGETS = """## Budgets

Security budgets rose 8.2% in 2026, the fastest increase since 2021.

## Staff

Security headcount grew 3% in 2026, as hiring slowed. Staff costs were 38% of the total.
"""


def test_as_fast_as_is_a_comparison_never_answered_by_one_sides_sentence():
    assert P.comparison("Did security headcount grow as fast as budgets in 2026?") is not None
    assert P.asks_at_least("Did security headcount grow as fast as budgets in 2026?")
    # "Security headcount grew 3%" alone says nothing of the budgets: no "Yes" from its polarity
    ex = _ask("Did security headcount grow as fast as budgets in 2026?", "Security headcount grew 3% in 2026.")
    assert ex.verdicts == [None]


def test_one_sentence_per_side_decides_with_both_quoted():
    ex = _ask("Did security headcount grow as fast as budgets in 2026?", BUDGETS)
    assert ex.verdicts == ["No"]
    shown = R.render(ex)[0]
    assert "grew 3% in 2026" in shown and "rose 8.2% in 2026" in shown
    assert _ask("Did security budgets grow faster than headcount in 2026?", BUDGETS).verdicts == ["Yes"]
    assert _ask("Did security headcount grow as fast as budgets in 2025?", BUDGETS).verdicts == [None]  # no 2025 figures
    # a level ("38% of the total") is no side's move
    assert P.side_figure({"staff"}, {"budge"}, "Staff costs were 38% of the total in 2026.", {"2026"}, move=True) is None


def test_with_no_year_asked_the_two_sides_sentences_must_share_one():
    page = "## Budgets\n\nSecurity budgets rose 8.2% in 2026.\n\n## Staff\n\nSecurity headcount grew 3% in 2025.\n"
    assert _ask("Did security headcount grow as fast as budgets?", page).verdicts == [None]


def test_a_comparison_whose_counted_thing_runs_several_words_is_decided_by_both_quantities_only():
    # session 25 (#11): "more recycled glass cullet than it melted" compares what was collected with what was melted;
    # the sentence stating only the melted tonnes (and their rise on the year before) decides nothing of it
    page = ("1. Summary\nGlass makers in the region melted 2.64 million tonnes of recycled glass cullet in 2024, 4.1% more "
            "than the 2.54 million tonnes of 2023, as bottle makers ran their furnaces harder.\n")
    q = "Did the region collect more recycled glass cullet than it melted in 2024?"
    a, b, more = P.comparison(q)
    assert "colle" in a and b == {"melte"} and more
    ex = _ask(q, page)
    assert ex.verdicts == [None]
    s = "The region collected 2.58 million tonnes of recycled glass cullet in 2024 and melted 2.64 million tonnes."
    assert P.compared_verdict(q, s) == "No"
    # a prepositional phrase between the comparative and "than" holds a side, not the thing counted: no such comparison
    assert P.comparison("Did Glazeworks earn more revenue from kilns than from glazes in 2024?") is None


# --- a proportion asked against a threshold (session 32) -----------------------------------------------------------
_BIKES = ("Commuters in the country rode 2.1 million e-bikes to work in 2025. "
          "\"Only one commuter in twelve rides an e-bike, so the room to grow is large,\" said Ines Varga, an analyst at Spokeline. "
          "That is about 8.3% of the country's commuters and 21% of its cycle couriers, far below the Dutch levels.")


def test_a_threshold_asked_of_a_proportion_is_read_with_its_direction():
    assert P.asks_threshold("Do more than one in ten commuters ride an e-bike?")[:2] == (">", 0.1)
    assert P.asks_threshold("Are fewer than 20% of couriers on e-bikes?")[:2] == ("<", 0.2)
    assert P.asks_threshold("Is at least a third of the fleet electric?")[:2] == (">=", 1 / 3)
    assert P.asks_threshold("Did e-bike sales rise in the first half of 2025?") is None
    assert P.asks_threshold("Was the margin above 10% in 2025?") is None  # a level, no proportion of things
    assert P.asks_threshold("How many commuters ride an e-bike?") is None


def test_the_stated_proportion_of_the_asked_things_decides_against_the_threshold():
    q = "Do more than one in ten commuters ride an e-bike?"
    quote = _BIKES.split(". ")[1]
    # "one commuter in twelve" is 8.3%: not more than one in ten, whatever the sentence's polarity ("rides")
    assert P.threshold_verdict(q, quote) == "No"
    assert P.threshold_verdict("Do fewer than one in ten commuters ride an e-bike?", quote) == "Yes"
    share = "That is about 8.3% of the country's commuters and 21% of its cycle couriers, far below the Dutch levels."
    assert P.threshold_verdict(q, share) == "No"
    # the couriers' own proportion, not the commuters'
    assert P.threshold_verdict("Do more than a fifth of cycle couriers ride an e-bike?", share) == "Yes"
    # no proportion stated, or one too close to the threshold to call: no verdict
    assert P.threshold_verdict(q, "Commuters in the country rode 2.1 million e-bikes to work in 2025.") is None
    assert P.threshold_verdict(q, "About 10% of the country's commuters ride an e-bike.") is None


def test_a_threshold_question_is_answered_no_from_the_stated_proportion():
    ex = _ask("Do more than one in ten commuters ride an e-bike?", _BIKES)
    assert ex.verdicts == ["No"]
    # the report's own sentence decides before the words it quotes someone saying
    assert "8.3%" in ex.picks[0].candidate.text


def test_a_proportion_expected_decides_no_threshold_asked_of_what_was():
    # a filer's outlook sentence states a share it expects: no verdict on what the share was in the asked quarter
    outlook = "We continue to expect that Japan will represent about 20% of sales in the second half of the fiscal year."
    q = "Did Japan still account for more than a quarter of Halden Optics' sales in the third quarter of fiscal 2026?"
    assert P.threshold_verdict(q, outlook) is None
    # the same share reported as what was decides
    assert P.threshold_verdict(q, "Japan represented about 20% of sales in the third quarter of fiscal 2026.") == "No"
    # a question asking what is expected is decided by the expectation
    assert P.threshold_verdict("Does Halden Optics expect Japan to represent more than a quarter of its sales in the "
                               "second half?", outlook) == "No"

