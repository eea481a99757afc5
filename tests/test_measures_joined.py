"""The parts of a multi-part question a figure answer leaves out (``assistant/answer/measures_joined.py``, through
``answerer._parts_left``): the filer's own measure beside the reported one, an explanation an instruction asks for,
a multiple or an amount of its own asked by a later part, a part opened by a preposition. Every filer, row,
sentence and question below is fictional and written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.answerer import _parts_left
from assistant.answer.intents import answer_question
from assistant.answer.measures_joined import adjusted_left, explanation_left, listed_left, multiple_left, unnamed_left
from assistant.answer.prose_subjects import company_worded_part
from assistant.answer.render import PARTIAL_TEXT
from assistant.types import Answer
from finance_filings import memory_index
from test_prose_subjects import TIMBER_NAMES
from test_query_entities import CF, COVER, IS, OTHER, OTHER_COVER, TEAL


# ---- a figure answer from statement rows leaving a part out (session 29) ---------------------------------------------
# Session 29 (#11): a multi-part question answered with only some of its parts is never shown as the whole
# answer.

GROWTH = Answer(question="", mode="calc",
                text=("Osterly Foods' diluted earnings per share changed by +$0.62 per share (+24.8%) from FY2025 to "
                      "FY2026: from $2.50 per share [1] to $3.12 per share [2]."))


def test_the_filers_own_measure_beside_the_reported_one_is_a_part_left():
    q = ("By what percentage did Osterly Foods' GAAP earnings per diluted share and its adjusted diluted EPS rise over fiscal 2026? "
         "Round to one decimal place.")
    assert adjusted_left(q, GROWTH) == "its adjusted diluted EPS"
    got = _parts_left(q, GROWTH)
    assert got.mode == "fallback" and got.text.startswith(PARTIAL_TEXT), got.text
    assert "+24.8%" in got.text and "Not in the indexed reports: Its adjusted diluted EPS?" in got.text
    # the adjusted figure stated: nothing left; the adjusted measure asked alone is no part beside a reported one
    assert adjusted_left(q, Answer(question="", text=GROWTH.text + " Adjusted diluted EPS rose 9.1%.")) is None
    assert adjusted_left("What was Osterly Foods' adjusted EBITDA margin in fiscal 2026?", GROWTH) is None


def test_an_explanation_an_instruction_asks_for_is_a_part_left():
    q = ("By what percentage did Osterly Foods' diluted EPS and its net income grow in fiscal 2026? Round to one "
         "decimal place and explain the gap between those two rates.")
    assert explanation_left(q, GROWTH) == "explain the gap between those two rates"
    assert "Not in the indexed reports: Explain the gap between those two rates?" in _parts_left(q, GROWTH).text
    reasoned = Answer(question="", text=GROWTH.text + " The filing gives the reason: “Share repurchases lowered the "
                                                      "diluted share count.” [3].")
    assert explanation_left(q, reasoned) is None
    # a conditional caveat ("if it is not meaningful, say so and explain why") asks no reason of a figure answered
    assert explanation_left("What was Osterly's current ratio in fiscal 2026? If the ratio is not meaningful for "
                            "it, then say so and explain why.", GROWTH) is None


def test_a_multiple_asked_and_only_its_denominator_computed_is_a_part_left():
    ebitda = Answer(question="", mode="calc",
                    text=("Osterly Foods' EBITDA for FY2026 was $96,400 thousand [1][2]. Formula: EBITDA = operating "
                          "income + depreciation and amortization; 71,300 + 25,100 = 96,400 [1][2]."))
    q = ("Using total debt less cash, what was Osterly's net debt on the last day of fiscal 2026, and which multiple of "
         "its fiscal 2026 EBITDA (earnings from operations with D&A added back) was that?")
    assert multiple_left(q, ebitda) == ("which multiple of its fiscal 2026 EBITDA (earnings from operations with D&A "
                                        "added back) was that")
    got = _parts_left(q, ebitda)
    assert got.mode == "fallback" and "Not in the indexed reports: Which multiple of its fiscal 2026 EBITDA" in got.text
    stated = Answer(question="", text=ebitda.text + " Net debt was $251.0 million, 2.60x EBITDA.")
    assert multiple_left(q, stated) is None
    # a ratio computed, however the answer writes it, is the multiple asked
    turns = Answer(question="", mode="calc", text=("Osterly Foods' inventory turnover for FY2026 was 7.4 [1][2]. Formula: "
                                                   "cost of sales / average inventory; 512.0 / 69.2 = 7.4 [1][2]."))
    assert multiple_left("What was Osterly's inventory turnover in fiscal 2026, and what multiple of its average "
                         "inventory were its cost of sales?", turns) is None
    # "how many times" also counts events: no multiple asked
    assert multiple_left("How many times did Osterly's board meet in fiscal 2026, and what did it approve?", ebitda) is None


# ---- a later part asking a multiple, or an amount of its own (session 30) --------------------------------------------
# Session 30 (#11): the later part of a figure question asking a multiple or an amount of its own, that the
# figure answer leaves out, is a part left.

EBITDA = Answer(question="", mode="calc",
                text=("Marrow Fuels' EBITDA for FY2026 was $212.4 million [1][2]. Formula: EBITDA = operating income + "
                      "depreciation and amortization; 150,100 + 62,300 = 212,400 [1][2]."))
NET_DEBT = Answer(question="", mode="calc",
                  text=("Marrow Fuels' net debt changed by +$41,200 thousand (+9.8%) from FY2025 to FY2026: from "
                        "$420,400 thousand [1][2] to $461,600 thousand [3][4]. Formula: net debt = total debt - cash "
                        "and cash equivalents [1][2][3][4]."))


def test_how_many_times_a_figure_was_it_asks_a_multiple():
    q = ("What was Marrow Fuels' net debt on June 30, 2026 (borrowings minus cash), in USD millions, and how many times "
         "its EBITDA for fiscal 2026 (operating profit with D&A added back) was that?")
    assert multiple_left(q, EBITDA) == "how many times its EBITDA for fiscal 2026 (operating profit with D&A added back) was that"
    got = _parts_left(q, EBITDA)
    assert got.mode == "fallback" and got.text.startswith(PARTIAL_TEXT), got.text
    # events counted: no multiple
    assert multiple_left("How many times did Marrow's lenders waive a covenant in fiscal 2026, and why?", EBITDA) is None
    assert multiple_left(q, Answer(question="", text=EBITDA.text + " Net debt was 2.2x EBITDA.")) is None


def test_a_later_part_asking_an_amount_of_its_own_is_a_part_left():
    q = ("What were Marrow Fuels' borrowings in total and net of cash on June 30, 2026 against the year before, and how "
         "much borrowing room under the credit line was unused?")
    assert unnamed_left(q, NET_DEBT) == "how much borrowing room under the credit line was unused"
    got = _parts_left(q, NET_DEBT)
    assert got.mode == "fallback" and "Not in the indexed reports: How much borrowing room" in got.text, got.text
    # the part said by the answer, a part leaning on the figure before, and a one-part question: nothing left
    said = Answer(question="", text=NET_DEBT.text + " Unused borrowing room under the credit line was $310.0 million.")
    assert unnamed_left(q, said) is None
    assert unnamed_left("What was Marrow Fuels' net debt on June 30, 2026, and by how much did it move over the "
                        "year?", NET_DEBT) is None
    assert unnamed_left("What was Marrow Fuels' net debt at June 30, 2026?", NET_DEBT) is None


OPEX_SHARE = Answer(question="", mode="calc",
                    text=("Harrow Outfitters' total operating expense as a share of net sales changed by +1.2 percentage "
                          "points from FY2024 to FY2025: from 27.4% [1][2] to 28.6% [3][4]. Formula: total operating "
                          "expense as a share of net sales = Total operating expense / net sales x 100 [1][2][3][4]."))


def test_a_later_part_asking_how_fast_a_thing_of_its_own_grew_is_a_part_left():
    # Session 32 (#10): the growth of another line asked after a ratio; the answer computes the ratio only. A word the
    # two parts share ("expense") is not the later part's thing: its own words ("store", "support") are
    for q in ("What was Harrow Outfitters' total operating expense as a percentage of net sales in fiscal 2025 and fiscal "
              "2024, and how fast did store support expense grow in fiscal 2025?",
              "What was Harrow Outfitters' total operating expense as a percentage of net sales in fiscal 2025 and fiscal "
              "2024, and how quickly did store support expense grow in fiscal 2025?"):
        left = unnamed_left(q, OPEX_SHARE)
        assert left is not None and left.endswith("did store support expense grow in fiscal 2025"), left
        got = _parts_left(q, OPEX_SHARE)
        assert got.mode == "fallback" and got.text.startswith(PARTIAL_TEXT), got.text
    # the answer saying the part's own thing, and a part leaning on the figure before: nothing left
    said = Answer(question="", text=OPEX_SHARE.text + " Store support expense grew 6.1% in fiscal 2025.")
    assert unnamed_left("What was Harrow Outfitters' total operating expense as a percentage of net sales in fiscal "
                        "2025, and how fast did store support expense grow?", said) is None
    assert unnamed_left("What was Harrow Outfitters' total operating expense as a percentage of net sales in fiscal "
                        "2025, and how fast did it grow?", OPEX_SHARE) is None


ORDER_BOOK = Answer(question="", mode="calc",
                    text=("Corvane Aerostructures' funded order book changed by +$412 million (+6.3%) from FY2024 to "
                          "FY2025: from $6,540 million [1] to $6,952 million [2]. Formula: change = FY2025 - FY2024 [1][2]."))


def test_items_an_instruction_lists_that_the_answer_never_says_are_parts_left():
    # Session 32 (#10): "Give A, B, C and D" lists four things asked; a figure answering A and B is a partial answer
    q = ("How much revenue cover did Corvane Aerostructures' order book give it at the end of fiscal 2025? Give the funded "
         "order book at September 30, 2025 against a year earlier, its growth, how much of it the company expects to "
         "convert to sales within 12 months, and any cancellation that reduced it.")
    # the item worded as a question of its own is a part left; a noun item may be said in other words
    assert listed_left(q, ORDER_BOOK) == ["how much of it the company expects to convert to sales within 12 months"]
    got = _parts_left(q, ORDER_BOOK)
    assert got.mode == "fallback" and got.text.startswith(PARTIAL_TEXT), got.text
    assert "Not in the indexed reports: How much of it the company expects to convert" in got.text, got.text
    # every item said, and a form asked in a list of two (or one): nothing left
    said = Answer(question="", text=ORDER_BOOK.text + (" About 42% is expected to convert to sales within 12 months; a "
                                                      "$95 million cancellation reduced it."))
    assert listed_left(q, said) == []
    assert listed_left("What were Corvane's gross and operating margins in fiscal 2025? Give both in percent, rounded "
                       "to one decimal place.", ORDER_BOOK) == []
    assert listed_left("Did Corvane's free cash flow cover its dividends in fiscal 2025? Give a response relying on the "
                       "cash flow statement.", ORDER_BOOK) == []


def test_a_part_asking_a_reason_or_a_segment_with_a_word_of_its_own_is_left_to_other_rules():
    # "what drove the change" asks a reason, no amount of its own
    assert unnamed_left("How much did Marrow Fuels' effective tax rate move between fiscal 2025 and fiscal 2026, and "
                        "what drove the move?", NET_DEBT) is None
    # a part name with a word the company's name lacks ("Forest Care" of "Brannock Timber") is read by its own words
    assert company_worded_part("How did the Timber Forest Care segment's margin move in 2025?", TIMBER_NAMES) == ()


# ---- a part opened by a preposition is asked on its own (session 30) -------------------------------------------------
# Session 30 (#10/#11, own-document filings): a part opened by a preposition ("By what percentage did its diluted
# EPS grow in 2025, and what share of ...?") is asked on its own like any part the answer leaves out. The filer
# is ``test_query_entities``' Tealbrook Mills.

@pytest.fixture(scope="module")
def index():
    return memory_index([(TEAL, {1: COVER, 4: IS, 6: CF}), (OTHER, {1: OTHER_COVER})])


def test_a_part_opened_by_a_preposition_is_asked_on_its_own(index):
    q = ("By what percentage did Tealbrook Mills' diluted EPS grow in 2025, and what share of 2025 net income was paid "
         "out as cash dividends?")
    a = answer_question(q, index)
    assert a is not None and not a.refused, a and a.text
    assert "25.0%" in a.text, a.text  # 19,820 / 79,270
    assert "+16.7%" in a.text, a.text  # 2.38 / 2.04 - 1
