"""An earnings release filed as an 8-K exhibit opens with the exhibit's caption ("Exhibit 99.1 to Form 8-K."), and
the metadata may store that caption run in before the registrant's name as the company ("Exhibit 99.1 to Form 8-K.
BRACKENRIDGE CIDER WORKS"). The company is the name after the caption's full stop: a question naming it (or its first
words, or its ticker) is answered from the release's statement, cited under that name. Names that merely start with the
word "Exhibit" are kept as stored. Every filer, row and wording below is written for this test."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.entities import filer_name, registrant_of, resolve_company
from assistant.types import DocMeta
from finance_filings import memory_index

BRACKENRIDGE = DocMeta(doc_id="dbcw", doc="brackenridge_q2_2026_release", source="brackenridge_q2_2026_release.pdf",
                       title="Brackenridge Cider Works Reports Second Quarter 2026 Results",
                       company="Exhibit 99.1 to Form 8-K. BRACKENRIDGE CIDER WORKS",
                       doc_type="earnings release", fiscal_year=2026, period="Q2 2026")  # fmt: skip
TOLLAND = DocMeta(doc_id="dtol", doc="tolland_marine_10k_fy2025", source="tolland_marine_10k_fy2025.pdf",
                  title="Tolland Marine Supply - Form 10-K", company="Tolland Marine Supply",
                  doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip

BRACKENRIDGE_IS = """Exhibit 99.1 to Form 8-K. BRACKENRIDGE CIDER WORKS, INC. (NYSE: BRCW). FOR IMMEDIATE RELEASE.
BRACKENRIDGE CIDER WORKS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(unaudited; dollars in millions)
Three Months Ended June 30,
2026 2025
Gross sales $ 88.4 $ 81.0
Less: excise taxes (7.9) (7.1)
Net sales 80.5 73.9
Cost of sales 47.3 44.6
Gross profit 33.2 29.3
Selling, general and administrative expenses 19.8 18.7
Operating income 13.4 10.6
Interest expense (2.2) (2.5)
Income before income taxes 11.2 8.1
Income tax expense (2.8) (2.0)
Net income $ 8.4 $ 6.1
"""


@pytest.mark.parametrize("stored, name", [
    ("Exhibit 99.1 to Form 8-K. BRACKENRIDGE CIDER WORKS", "Brackenridge Cider Works"),
    ("Exhibit 99 to the Current Report on Form 8-K. Wexley Orchard Supply", "Wexley Orchard Supply"),
    ("EXHIBIT 99.2. FOR IMMEDIATE RELEASE. MARSHFIELD TOOL", "Marshfield Tool"),
])
def test_the_exhibit_caption_is_no_part_of_the_name(stored, name):
    assert registrant_of(stored) == name


@pytest.mark.parametrize("stored", ["Exhibit Hall Partners", "Exhibitors Supply Co", "Tolland Marine Supply",
                                    "Exhibit 99.1"])
def test_other_names_are_kept_as_stored(stored):
    assert registrant_of(stored) == stored


def test_a_question_naming_the_registrant_finds_its_release():
    assert filer_name(BRACKENRIDGE) == "Brackenridge Cider Works"
    found = resolve_company("What were Brackenridge Cider Works' net sales in the second quarter of 2026?",
                            [BRACKENRIDGE, TOLLAND])
    assert found is not None and [d.doc for d in found[1]] == ["brackenridge_q2_2026_release"]


@pytest.mark.parametrize("question, shown", [
    ("What was Brackenridge Cider Works' operating margin in the second quarter of 2026?", "16.6%"),  # 13.4 / 80.5
    ("How much net income did Brackenridge earn in Q2 2026, in USD millions?", "$8.4"),
])
def test_the_release_answers_for_its_registrant(question, shown):
    idx = memory_index([(BRACKENRIDGE, {2: BRACKENRIDGE_IS}), (TOLLAND, {1: "Tolland Marine Supply"})])
    a = answer_question(question, idx)
    assert a is not None and not a.refused, a and a.text
    assert shown in a.text and "Brackenridge Cider Works" in a.text and "Exhibit 99" not in a.text, a.text
