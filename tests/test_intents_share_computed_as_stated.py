"""A share asked in the analyst's words ("How much of its inventory was financed by its suppliers?") whose arithmetic
the question then states ("Compute accounts payable divided by inventories") is answered with that arithmetic: the
question has defined its share, so the answer need not name the share's part in the question's words
(intents._computes_stated, session 33). Without the arithmetic stated, the guard on unnamed parts still applies. The
filer is fictional (tests/finance_filings.py: Harbor Home Products)."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from finance_filings import page_index


def test_a_share_in_words_then_its_arithmetic_stated_is_computed_as_stated():
    idx = page_index(["harbor"])
    q = ("How much of Harbor's merchandise inventory was financed by its suppliers? Compute accounts payable divided "
         "by total inventories at the end of fiscal 2023, in percent.")
    a = answer_question(q, idx)
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    assert "153.5%" in a.text, a.text  # 3,310 / 2,157
    assert {i.label for i in a.inputs} == {"Accounts payable", "Total inventories"}, a.inputs
    q = ("What share of Harbor's inventories was funded by trade creditors at the end of FY2023 and FY2022? "
         "Calculate accounts payable divided by inventories, in percent.")
    a = answer_question(q, idx)
    assert a is not None and not a.refused, a and a.text
    assert "153.5%" in a.text and "145.7%" in a.text, a.text  # 3,186 / 2,187 in FY2022


def test_a_stated_arithmetic_answers_only_with_its_own_inputs_named():
    idx = page_index(["harbor"])
    # the arithmetic names a figure the filing does not print: no answer, never another ratio in its place
    q = ("How much of Harbor's merchandise inventory was financed by its suppliers? Compute trade payables to vendors "
         "divided by consigned stock at the end of fiscal 2023, in percent.")
    a = answer_question(q, idx)
    assert a is None or a.refused or "153.5%" not in a.text, a.text


def test_a_share_in_words_without_arithmetic_still_needs_its_part_named():
    # no arithmetic stated: an answer naming no word of the part ("financed") is still no answer to the share
    idx = page_index(["harbor"])
    q = "How much of Harbor's merchandise inventory was financed by its suppliers at the end of fiscal 2023?"
    a = answer_question(q, idx)
    assert a is None or a.refused or "2,157" not in a.text, a.text
