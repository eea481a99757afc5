"""An adjustment the question asks ("adding ... back", "excluding ...", "leaving ... out") is either shown in the
computed answer or the answer is taken back (assistant/answer/adjustments.py). The filers are the fictional ones of
test_question_cases; the wordings are written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer import adjustments as A
from assistant.answer.intents import answer_question
from assistant.types import Answer

from test_question_cases import FilerIndex


@pytest.mark.parametrize("question, item", [
    ("Northwind's fiscal 2022 margin was dented by a warehouse fire and a recall. Adding both back, what was its "
     "operating margin?", "both"),
    ("Adding that line back to operating income, what was Northwind's FY2022 operating margin?", "that line"),
    ("Excluding the lease termination charge, what was Northwind's FY2022 operating margin?",
     "the lease termination charge"),
    ("Leaving restructuring costs out of operating income, what was Northwind's FY2022 operating margin?",
     "restructuring costs"),
    ("Add back the goodwill impairment: what was Northwind's FY2022 operating income?", "the goodwill impairment"),
])
def test_adjustment_clauses_are_read(question, item):
    assert A.adjustment_asked(question) == item


def test_no_adjustment_asked():
    assert A.adjustment_asked("What was Northwind's FY2022 operating margin?") is None


def test_an_adjustment_the_answer_shows_is_applied():
    shown = ("Northwind's operating margin excluding the lease termination charge for FY2022 was 14.0%. Formula: "
             "(operating income + lease termination charge) / revenue x 100")
    assert A.applied("the lease termination charge", shown)
    assert A.applied("both", "Formula: (a + b + c) / d (the definition stated in the question)")


@pytest.mark.parametrize("item", ["both", "that line", "the lease termination charge"])
def test_the_reported_formula_does_not_show_an_adjustment(item):
    reported = "Northwind's operating margin for FY2022 was 12.5%. Formula: operating margin = operating income / revenue x 100"
    assert not A.applied(item, reported)


@pytest.mark.parametrize("question", [
    "Northwind's FY2022 margin was hit by a warehouse fire and a product recall. Adding both back, what was its "
    "FY2022 operating margin?",
    "Northwind's 'other operating charges' line rose in FY2022. Adding that line back to operating income, what was "
    "its FY2022 operating margin?",
])
def test_the_reported_margin_is_never_shown_as_the_adjusted_one(question):
    index = FilerIndex()
    facts = answer_question(question, index)
    assert facts is not None
    if facts.refused:
        # the items resolved ("both" = the fire and the recall) but no row gives them: declined, naming the item
        assert "warehouse fire" in facts.text or "other operating charges" in facts.text, facts.text
        return
    # the facts path computes the reported margin: the adjustment names no row it could read
    assert facts.mode == "calc"
    shown = A.unapplied_adjustment(question, facts)
    assert shown.refused and shown.mode == "refused"
    assert "could not apply the adjustment" in shown.text
    assert shown.citations == facts.citations  # the rows found stay cited


def test_an_unadjusted_question_keeps_its_answer():
    q = "What was Northwind's FY2022 operating margin?"
    facts = answer_question(q, FilerIndex())
    assert A.unapplied_adjustment(q, facts) is facts


def test_quoted_answers_are_left_alone():
    ans = Answer(question="q", text="From the 10-K: ...", mode="extract")
    assert A.unapplied_adjustment("Excluding the fire, why did margins fall?", ans) is ans


def test_an_anaphor_is_applied_when_the_items_it_points_at_are_shown():
    q = ("Northwind's 'other operating charges' line rose in FY2022. Adding that line back to operating income, what "
         "was its FY2022 operating margin?")
    shown = Answer(question=q, mode="calc", text="Northwind's operating margin excluding other operating charges for "
                   "FY2022 was 14.0%. Formula: (operating income - the effect of other operating charges) / revenue")
    assert A.unapplied_adjustment(q, shown) is shown
    reported = Answer(question=q, mode="calc", text="Northwind's operating margin for FY2022 was 12.5%. Formula: "
                      "operating income / revenue x 100")
    assert A.unapplied_adjustment(q, reported).refused


@pytest.mark.parametrize("question", [
    "Northwind's operating margin improved sharply in FY2022. How much of the improvement reflects its underlying "
    "operations?",
    "Northwind's operating income rose in FY2022. How much of that increase came from the acquisition?",
])
def test_a_part_of_a_change_is_never_answered_by_the_whole_change(question):
    # the facts path computes the whole change; the question asks what part of it one cause accounts for
    assert A.portion_asked(question)
    whole = Answer(question=question, text="Northwind's operating margin changed by +2.1 percentage points from FY2021 "
                   "to FY2022: from 10.4% [1] to 12.5% [2].", refused=False, mode="calc")
    shown = A.unapplied_adjustment(question, whole)
    assert shown.refused and shown.mode == "refused" and "whole change" in shown.text


def test_a_change_asked_whole_keeps_its_answer():
    q = "How much did Northwind's operating margin improve in FY2022?"
    assert not A.portion_asked(q)
    whole = Answer(question=q, text="Northwind's operating margin changed by +2.1 percentage points.", citations=(),
                   refused=False, mode="calc")
    assert A.unapplied_adjustment(q, whole) is whole


@pytest.mark.parametrize("item", [
    "the write-down of delivery vans held for sale",
    "the costs of exiting stores held for sale",
])
def test_a_function_word_or_a_word_start_does_not_show_an_item(item):
    # the reported formula's "Formula:" begins with "for", a word of no item: it does not show the adjustment, so the
    # reported figure is never passed off as the adjusted one
    reported = ("Northwind's income before income taxes as a share of revenue was 6.1% in Q3 2025. Formula: income "
                "before income taxes / revenue x 100; 61.0 million / 1,000 million x 100 = 6.1%")
    assert not A.applied(item, reported)


def test_an_item_word_in_the_plural_still_shows_it():
    shown = "Formula: (income before income taxes + write-downs + severance) / revenue x 100"
    assert A.applied("the write-down of delivery vans held for sale", shown)


def test_a_quote_about_the_reported_figure_is_no_adjusted_figure():
    # session 26: "what would it have been excluding the gain" is not answered by a sentence on the reported profit's
    # rise that names the gain; a sentence stating the figure without the gain is kept
    q = ("Harbor Foods' Snacks division operating profit for FY2025 includes a gain on the sale of its dairy brands. "
         "Excluding that gain, what would the division's FY2025 operating result have been (USD m)?")
    reported = Answer(question=q, mode="extract", text="From Harbor Foods' 2025 10-K, p. 40:\n“Operating profit rose 95%, "
                      "mainly reflecting the $1.2 billion gain on the sale of the dairy brands.” [1]")
    out = A.unadjusted_quote(q, reported)
    assert out.refused and out.mode == "refused" and "that gain" in out.text
    stated = Answer(question=q, mode="extract", text="From Harbor Foods' 2025 10-K, p. 40:\n“Excluding the gain, "
                    "operating profit would have been $1,310 million.” [1]")
    assert A.unadjusted_quote(q, stated) is stated
    why = "Excluding that gain, why did the division's operating profit rise?"
    assert A.unadjusted_quote(why, reported) is reported  # a reason asked: the quote may explain it
