"""A figure of another subject than the one asked is never the answer (session 29): a brand named beside the company
written "The <Name> Company" (no title case), a segment whose name is a word of the company's own name (a qualifier of the facts path), a sub-market
whose head noun the quote never says while it names a neighbouring thing, and a share of a headcount in a state.

Every filer, row, sentence and question below is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from one_page import NearEmbedder
from finance_filings import memory_index

from assistant.answer import extract as X
from assistant.answer import prose_measures as M
from assistant.answer.asked_shares import share_state
from assistant.answer.intents import answer_question
from assistant.answer.metric_qualifiers import part_words, qualifier
from assistant.answer.named_subjects import stray_names
from assistant.answer.shown import answer_figure
from assistant.types import Chunk, DocMeta, Hit


def _extract(question: str, page: str, meta: DocMeta, aliases: tuple[str, ...] = ()) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:4", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=4, page_end=4,
              start=0, end=len(page), text=page, ordinal=1)
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(),
                     page_text=lambda d, p: page, aliases=lambda cand: aliases)


def _shown(ex: X.Extraction) -> list[str | None]:
    return [answer_figure(a, p.candidate) if p is not None else None for a, p in zip(ex.parts, ex.picks)]


# -- 1. "for The Harwick Beverage Company": "The" opening a name is no sign of a title-case question -----------------

HARWICK = DocMeta(doc_id="harwick25", doc="HARWICK_2025_10K", source="HARWICK_2025_10K.pdf",
                  company="Harwick Beverage Company", fiscal_year=2025, period="FY2025", doc_type="10-K",
                  extra={"period_end": "2025-12-31"})
HARWICK_INCOME = """HARWICK BEVERAGE COMPANY
CONSOLIDATED STATEMENTS OF INCOME
(in millions)
Year Ended December 31, 2025 2024 2023
Net operating revenues $ 9,860 $ 9,420 $ 9,015
Cost of goods sold 3,950 3,800 3,700
Gross profit 5,910 5,620 5,315
Operating income 2,240 2,105 1,980
Net income $ 1,730 $ 1,640 $ 1,555
"""


@pytest.fixture(scope="module")
def harwick():
    return memory_index([(HARWICK, {61: HARWICK_INCOME})])


def test_a_brand_beside_the_company_named_with_the_article_is_a_named_thing(harwick):
    question = ("How much net operating revenue did Brisk Tonic Zero bring in for The Harwick Beverage Company in "
                "2025, in USD millions?")
    assert stray_names(question, harwick) == ["Brisk", "Tonic", "Zero"]
    a = answer_question(question, harwick)
    # the facts path leaves it to the passages (None) or declines; never the company's revenue (the control below
    # answers the same question without the brand)
    assert a is None or (a.refused and "9,860" not in a.text), a and a.text


def test_the_company_named_with_the_article_is_still_answered(harwick):
    a = answer_question("How much net operating revenue did The Harwick Beverage Company report for 2025?", harwick)
    assert a is not None and not a.refused and "9,860" in a.text, a and a.text
    # a question in title case still says nothing about names
    assert stray_names("What Was The Net Operating Revenue Of Harwick Beverage In 2025", harwick) == []


# -- 2. a segment whose name is a word of the company's name -------------------------------------------------------

@pytest.mark.parametrize("question", [
    "What was the revenue of Tolland's Aggregates segment in 2025?",
    "What were Tolland's Aggregates segment revenues in 2024?",
    "How much revenue did the Aggregates segment of Tolland Aggregates bring in during 2025?",
])
def test_a_segment_named_like_the_company_narrows_the_metric(question):
    # the facts path's qualifier: only a row naming the Aggregates segment answers, never the consolidated total
    assert part_words(question) == {"aggregate"}
    assert "aggregate" in qualifier(question, "revenue")


def test_aggregate_in_lower_case_still_names_the_whole():
    assert part_words("What was the aggregate revenue of its segments in 2025?") == set()


# -- 3. a sub-market asked: a quote naming a neighbouring thing and never the asked one -------------------------------

CRANES = DocMeta(doc_id="cranes25", doc="tower_cranes_world_2025", source="/r/tower_cranes_world_2025.pdf",
                 title="Tower Cranes Worldwide: Fleets, Orders and Prices, 2023-2025")
CRANE_PAGE = ("World demand\n"
              "Contractors and dealers took delivery of 14,300 tower cranes worldwide in 2025, 3.1% more than the "
              "13,870 of 2024, with China again the largest market.\n")


@pytest.mark.parametrize("question", [
    "How big was the worldwide market for tower crane rentals and operator hire in 2025?",
    "How big was the global tower crane rental market in 2025?",
])
def test_a_neighbouring_thing_is_no_answer_for_a_sub_market(question):
    ex = _extract(question, CRANE_PAGE, CRANES)
    assert _shown(ex) == [None], [p.candidate.text for p in ex.picks if p]


def test_the_thing_itself_is_still_answered():
    ex = _extract("How big was the worldwide market for tower cranes in 2025?", CRANE_PAGE, CRANES)
    assert ex.picks[0] is not None and "14,300" in ex.picks[0].candidate.text


def test_other_thing_reads_the_head_and_the_modifier():
    s = "Pet owners spent $41 billion on pet food in 2025, 4% more than a year earlier."
    assert M.names_other_thing("How much did owners spend on pet grooming in 2025?", s, s)
    assert not M.names_other_thing("How much did owners spend on pet food in 2025?", s, s)
    # the whole the asked thing is built on: every pet's spending
    t = "Pet spending reached $96 billion in 2025, with grooming salons busier than ever."
    assert M.names_other_thing("How much did owners spend on pet grooming in 2025?", "Pet spending reached $96 billion "
                               "in 2025.", "Pet spending reached $96 billion in 2025.")
    assert not M.names_other_thing("How much did owners spend on pet grooming in 2025?", t, t)  # the head said


# -- 4. a share of a headcount in a state ----------------------------------------------------------------------------

STAFF = DocMeta(doc_id="brackley25", doc="BRACKLEY_2025_10K", source="BRACKLEY_2025_10K.pdf",
                company="Brackley Water Services Inc.", fiscal_year=2025, period="FY2025", doc_type="10-K",
                extra={"period_end": "2025-12-31"})
STAFF_PAGE = ("Human Capital\n"
              "As of year-end 2025 Brackley had about 4,650 full-time staff on its payroll, 42% of whom work in its "
              "network maintenance crews. Women made up 29% of our workforce and 34% of our senior leadership.\n")


@pytest.mark.parametrize("question", [
    "What share of Brackley's employees are represented by labor unions?",
    "What percentage of Brackley's workforce was unionized at the end of 2025?",
    "What proportion of Brackley's employees are covered by collective bargaining agreements?",
])
def test_a_headcount_share_in_a_state_needs_that_state(question):
    assert share_state(question) == {"unioni"}
    ex = _extract(question, STAFF_PAGE, STAFF, ("Brackley Water Services Inc.", "Brackley"))
    assert _shown(ex) == [None], [p.candidate.text for p in ex.picks if p]


@pytest.mark.parametrize("question, figure", [
    ("What share of Brackley's workforce is female?", "29%"),
    ("What percentage of Brackley's employees work in its network maintenance crews?", "42%"),
])
def test_a_headcount_share_in_a_said_state_still_answers(question, figure):
    ex = _extract(question, STAFF_PAGE, STAFF, ("Brackley Water Services Inc.", "Brackley"))
    assert _shown(ex)[0] is not None and figure in _shown(ex)[0], _shown(ex)


def test_a_share_of_a_money_measure_asks_no_state():
    assert share_state("What share of Brackley's revenue was recurring in 2025?") == frozenset()
