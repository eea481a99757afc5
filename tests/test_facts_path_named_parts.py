"""A question that narrows its subject to a named part of the company (a brand, a product line, a channel, a
region, a customer) is never answered with the company's total: the part said as the subject of a verb of earning
("how much did Larkspur's Harbor Select products generate in revenue"), the customer after "sales to", the place
after "generate in" must be the row's own words, else the facts path declines. Filings are the fictional ones of
``finance_filings_more``; every wording was written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.metric_qualifiers import qualifier
from assistant.answer.facts_path import answer_from_facts
from assistant.answer.intents import answer_question
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question", [
    f"In USD millions, how much did {L}'s Harbor Select private-label products generate in revenue in FY2025?",
    f"How much revenue did {L}'s Quillpoint analytics suite bring in during fiscal 2025?",
    f"How much did {L}'s public-sector customers contribute to revenue in FY2025?",
    f"What were {L}'s revenues to Fabrikam in FY2025?",
    f"How much revenue did {L} generate in Latin America in FY2025?",
    f"What was the revenue of {L}'s Quillpoint Analytics business in FY2025?",
    f"How much revenue did {L}'s International operations bring in during FY2025?",
])
def test_a_named_part_is_never_answered_with_the_total(index, question):
    assert qualifier(question, "revenue"), question
    for a in (answer_question(question, index), answer_from_facts(question, index)):
        assert a is None or a.refused, a.text
        assert a is None or ("3,441.4" not in a.text and "3,441" not in a.text), a.text


@pytest.mark.parametrize("question", [
    f"How much revenue did {L} generate in FY2025?",
    f"How much revenue did {L} generate in the most recent fiscal year, FY2025?",
    f"What was {L}'s total revenue in FY2025?",
    f"How much did {L}'s revenue amount to in FY2025?",
    f"How much did {L}'s net income represent in FY2025?",
    f"What was revenue for The {L} Group in FY2025?",
    f"What did {L}'s business generate in revenue in FY2025?",
])
def test_the_whole_asked_names_no_part(question):
    for metric in ("revenue", "net_income"):
        assert not qualifier(question, metric), (question, metric)


def test_the_whole_is_still_answered(index):
    a = answer_from_facts(f"How much revenue did {L} generate in FY2025?", index)
    assert a is not None and not a.refused and "3,441.4" in a.text, a and a.text


# a thing the analyst names by its proper name, whatever noun follows it (app, program, marketplace, platform,
# network, fund), and an aside on the company's former name between the possessive and the thing
@pytest.mark.parametrize("question", [
    f"In USD millions, how much revenue did {L}'s (formerly known as Larkspur Labs) Pinecrest mobile app generate in FY2025?",
    f"How much revenue came through {L}'s Tidepool marketplace in FY2025?",
    f"What revenue did the Orbitly loyalty program earn for {L} in FY2025?",
    f"How much did {L} book in revenue from its Meridale reseller network in fiscal 2025?",
])
def test_a_thing_named_by_its_proper_name_never_gets_the_total(index, question):
    a = answer_question(question, index)
    assert a is None or a.refused, a.text
    assert a is None or "3,441" not in a.text, a.text


@pytest.mark.parametrize("question", [
    f"How much revenue did {L} (formerly known as Larkspur Labs) generate in FY2025?",
    f"What was {L}'s (NYSE: LKSP) total revenue for Fiscal Year 2025, per the Consolidated Statements of Operations?",
    f"What was {L}'s total revenue in FY2025? Answer in USD millions.",
])
def test_the_company_and_its_asides_are_not_a_named_thing(index, question):
    a = answer_question(question, index)
    assert a is not None and not a.refused and "3,441.4" in a.text, a and a.text


def test_stray_names_leave_titles_periods_and_metrics_aside(index):
    from assistant.answer.named_subjects import stray_names

    assert stray_names(f"What was {L}'s Free Cash Flow in the fiscal year ended June 30, 2025?", index) == []
    assert stray_names(f"What Was {L}'s Adjusted Operating Income For Fiscal 2025", index) == []
    assert stray_names(f"How much did {L}'s Pinecrest app earn in FY2025?", index) == ["Pinecrest"]


def test_the_company_written_with_a_hyphen_is_not_a_named_thing():
    from assistant.answer.named_subjects import stray_names

    idx = memory_index([(LARKSPUR, LARKSPUR_PAGES)])
    assert stray_names("How much did Lark-Spur Software's revenue grow in FY2025?", idx) == []


def test_the_company_written_with_more_of_its_name_is_not_a_named_thing():
    # the index knows the filer by a short name; the analyst writes its full name ("Larkspur Software Holdings'")
    from assistant.answer.named_subjects import stray_names

    idx = memory_index([(LARKSPUR, LARKSPUR_PAGES)])
    assert stray_names("What was Larkspur Software Holdings' total revenue in FY2025?", idx) == []
    assert stray_names("What did Larkspur Software Holdings' Pinecrest app earn in FY2025?", idx) == ["Pinecrest"]


@pytest.mark.parametrize("question", [
    # a product named after the company, written without a possessive: the product, not the company
    "In USD millions, how much revenue did Larkspur Pinecrest alone generate in FY2025?",
    "How much did Larkspur Software Quillpoint bring in during fiscal 2025?",
])
def test_a_product_named_after_the_company_never_gets_the_total(index, question):
    from assistant.answer.named_subjects import stray_names

    assert stray_names(question, index), question
    a = answer_question(question, index)
    assert a is None or "3,441" not in a.text, a.text


def test_the_company_with_legal_words_bare_is_still_the_company(index):
    from assistant.answer.named_subjects import stray_names

    assert stray_names("How much revenue did Larkspur Software Holdings Inc. generate in FY2025?", index) == []
    assert stray_names("How much revenue did The Larkspur Software Group generate in FY2025?", index) == []


def test_a_title_case_question_names_nothing_by_its_capitals(index):
    from assistant.answer.named_subjects import stray_names

    assert stray_names(f"What Was {L}'s Operating Income For Fiscal 2025 On A Reported Basis", index) == []


def test_a_deal_named_by_its_target_is_carried_by_the_acquisitions_row():
    from assistant.answer.named_subjects import _deal_carried

    said = 'Input: "Acquisitions, net of cash acquired", FY2025: $412.0 million'
    assert _deal_carried("Could its free cash flow fund the Pinecrest acquisition and its dividends?", "Pinecrest", said)
    assert _deal_carried("Did cash from operations cover its purchase of Pinecrest Labs?", "Pinecrest", said)
    assert _deal_carried("Did it fund the Tern Harbor acquisition from cash?", "Harbor", said)
    assert not _deal_carried("How much revenue did its Pinecrest app earn?", "Pinecrest", said)
    assert not _deal_carried("Could it fund the Pinecrest acquisition?", "Pinecrest", 'Input: "Dividends paid"')


@pytest.mark.parametrize("question", [
    f"How dependent is {L} on its largest reseller partners for revenue?",
    f"According to its risk factors, how reliant is {L} on its biggest customers for its FY2025 revenue?",
    f"Does {L} rely on a small number of suppliers?",
])
def test_a_concentration_question_never_gets_a_statement_figure(index, question):
    a = answer_question(question, index)
    assert a is None or a.refused, a.text
