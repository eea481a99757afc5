"""An 8-K cover read as running text puts its date line before the registrant's name ("Date of Report (Date of earliest
event reported): May 6, 2026. HOLLOWAY FIBER NETWORKS, INC. (Exact name of registrant ...)"), and the metadata may store
the whole line as the company. The company is the name after the date's full stop: a question naming it (or its first
word) is answered from the release's statement, and the release is cited under that name. Other names are kept as
stored. Every filer, row and wording below is written for this test."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.entities import filer_name, registrant_of, resolve_company
from assistant.types import DocMeta
from finance_filings import memory_index

HOLLOWAY = DocMeta(doc_id="dhfn", doc="holloway_fiber_q1_2026_release", source="holloway_fiber_q1_2026_release.pdf",
                   title="Holloway Fiber Networks, Inc. - Current Report",
                   company="Report (Date of earliest event reported): May 6, 2026. HOLLOWAY FIBER NETWORKS",
                   doc_type="earnings release", fiscal_year=2026, period="Q1 2026")  # fmt: skip
PELLWORTH = DocMeta(doc_id="dpel", doc="pellworth_q2_2026_release", source="pellworth_q2_2026_release.pdf",
                    title="Pellworth Grain Company - Form 8-K",
                    company="Date of report (date of earliest event reported) August 4, 2026. Pellworth Grain",
                    doc_type="earnings release", fiscal_year=2026, period="Q2 2026")  # fmt: skip

HOLLOWAY_IS = """Exhibit 99.1 - Holloway Fiber Networks Reports First Quarter 2026 Results
HOLLOWAY FIBER NETWORKS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(unaudited; dollars in millions, except per share amounts)
Three Months Ended March 31,
2026 2025
Residential broadband $ 141.2 $ 130.6
Business services 52.7 49.9
Total revenues 193.9 180.5
Operating expenses 121.4 116.8
Income from operations 72.5 63.7
Interest expense, net (21.0) (22.4)
Income before income taxes 51.5 41.3
Income tax expense (12.9) (10.3)
Net income $ 38.6 $ 31.0
"""


@pytest.mark.parametrize("stored, name", [
    ("Report (Date of earliest event reported): May 6, 2026. HOLLOWAY FIBER NETWORKS", "Holloway Fiber Networks"),
    ("Date of report (date of earliest event reported) August 4, 2026. Pellworth Grain", "Pellworth Grain"),
    ("Date of Report (Date of earliest event reported): Jan. 12, 2026. KTW FREIGHT LINES", "KTW Freight Lines"),
])
def test_the_cover_date_line_is_no_part_of_the_name(stored, name):
    assert registrant_of(stored) == name


@pytest.mark.parametrize("stored", [
    "U.S. Harbor Bancorp", "Alder Bank, N.A.", "Founders Day, May 6, 2026. Holdings",  # no cover caption before the date
    "Northwind Traders", "Report Group (1998). Inc",
])
def test_other_names_are_kept_as_stored(stored):
    assert registrant_of(stored) == stored


def test_a_question_naming_the_registrant_finds_its_release():
    assert filer_name(HOLLOWAY) == "Holloway Fiber Networks"
    found = resolve_company("What was Holloway Fiber Networks' net income in the first quarter of 2026?",
                            [HOLLOWAY, PELLWORTH])
    assert found is not None and [d.doc for d in found[1]] == ["holloway_fiber_q1_2026_release"]


@pytest.mark.parametrize("question, shown", [
    ("What was Holloway Fiber Networks' operating margin in the first quarter of 2026?", "37.4%"),  # 72.5 / 193.9
    ("How much net income did Holloway earn in Q1 2026, in USD millions?", "$38.6"),
])
def test_the_release_answers_for_its_registrant(question, shown):
    idx = memory_index([(HOLLOWAY, {2: HOLLOWAY_IS}), (PELLWORTH, {1: "Pellworth Grain Company"})])
    a = answer_question(question, idx)
    assert a is not None and not a.refused, a and a.text
    assert shown in a.text and "Holloway Fiber Networks" in a.text and "Report (Date" not in a.text, a.text
