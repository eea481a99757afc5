"""A 10-Q's two columns of one end date named together ("the three and six months ended June 30, 2025", "the
quarter and nine months ended June 28, 2025", "the three months and six months ended ...") are both asked: a level
is answered for each column (also when the two are named: "the second quarter of 2025 and the first six months
of 2025"), a defined ratio computed for each, and a change "from the same periods of" the year
before is each column's own change. Each column is the filer's own: a quarter of a filer whose fiscal year ends in
September is its third. Fictional filers, rows and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.intent import spans_ended
from assistant.types import DocMeta
from finance_filings import memory_index
from test_query_definitions_quarters import KVR, KVR_IX

HRW = DocMeta(doc_id="harrowq32025", doc="harrowgate-10q-jun2025", source="harrowgate-10q-jun2025.pdf",
              company="Harrowgate Instruments, Inc.", fiscal_year=2025, period="Q3 2025", doc_type="10-Q",
              extra={"period_end": "2025-06-28"})

# a September fiscal year: the quarter ended June 28, 2025 is its third; each column's date under its span
HRW_IS = """HARROWGATE INSTRUMENTS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions) (unaudited)
Quarter Ended Nine Months Ended
June 28, 2025 June 29, 2024 June 28, 2025 June 29, 2024
Net revenues $ 612.4 $ 580.9 $ 1,790.2 $ 1,702.6
Cost of revenues 351.0 340.2 1,041.7 1,010.4
Operating income 98.7 84.1 276.5 241.8
Net income $ 71.9 $ 60.3 $ 203.4 $ 176.0
"""


@pytest.fixture(scope="module")
def index():
    return memory_index(KVR_IX + [(HRW, {6: HRW_IS})])


def test_both_columns_of_one_end_date():
    assert spans_ended("net income for the three and six months ended June 30, 2025", [KVR]) == ["Q2 2025", "6M 2025"]
    assert spans_ended("the three months and six months ended June 30, 2025", [KVR]) == ["Q2 2025", "6M 2025"]
    assert spans_ended("the quarter and nine months ended June 28, 2025", [HRW]) == ["Q3 2025", "9M 2025"]
    assert spans_ended("the three- and nine-month periods ended June 28, 2025", [HRW]) == ["Q3 2025", "9M 2025"]
    assert spans_ended("for the three months and for the six months ended June 30, 2025", [KVR]) == ["Q2 2025", "6M 2025"]
    assert spans_ended("for the three months ended June 30, 2025 and for the six months ended June 30, 2025",
                       [KVR]) == ["Q2 2025", "6M 2025"]


def test_a_span_to_or_through_its_end_date_is_the_span_ended_then():
    # session 27: "the nine months to June 28, 2025" (an analyst's wording) is the span, never two balance dates
    assert spans_ended("revenue over the nine months to June 28, 2025", [HRW]) == ["9M 2025"]
    assert spans_ended("margin for the six months through June 30, 2025 against the six months through June 30, 2024",
                       [KVR]) == ["6M 2024", "6M 2025"]
    assert spans_ended("the quarter and nine months to June 28, 2025", [HRW]) == ["Q3 2025", "9M 2025"]


@pytest.mark.parametrize("question, shown", [
    ("What was Kestrel Valley's net income for the three months and six months ended June 30, 2025?",
     ["$401.3 million", "$752.4 million"]),
    ("What was Harrowgate Instruments' operating margin for the quarter and nine months ended June 28, 2025?",
     ["16.1%", "15.4%"]),  # 98.7 / 612.4; 276.5 / 1,790.2
    ("Taking the operating ratio as total operating expenses divided by total operating revenues, what was Kestrel "
     "Valley's operating ratio for the three and six months ended June 30, 2025?", ["64.0%", "65.5%"]),
    # the same two columns by their names
    ("What was Kestrel Valley's net income for the second quarter of 2025 and for the first six months of 2025?",
     ["$401.3 million", "$752.4 million"]),
    ("What was Harrowgate Instruments' operating margin in Q3 2025 and in the first nine months of fiscal 2025?",
     ["16.1%", "15.4%"]),
])
def test_each_column_is_answered(index, question, shown):
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    for s in shown:
        assert s in a.text, a.text


def test_each_column_changes_from_its_own_year_before(index):
    a = answer_question("What was Kestrel Valley's operating margin for the three months and for the six months ended "
                        "June 30, 2025, and by how many percentage points did each change from the same periods of "
                        "2024?", index)
    assert a is not None and not a.refused, a and a.text
    assert "Q2 2025" in a.text and "6M 2025" in a.text and "36.0%" in a.text and "34.5%" in a.text, a.text
    a = answer_question("By what percentage did Harrowgate Instruments' net income grow in the three and nine months "
                        "ended June 28, 2025 compared with the same periods of 2024?", index)
    assert a is not None and not a.refused, a and a.text
    assert "+19.2%" in a.text and "+15.6%" in a.text, a.text  # 71.9 / 60.3; 203.4 / 176.0


def test_a_defined_ratios_formula_is_named_once(index):
    a = answer_question("By how much did Kestrel Valley's operating ratio change in the three months and six months "
                        "ended June 30, 2025 from the same periods of 2024? Define the operating ratio as total "
                        "operating expenses divided by total operating revenues.", index)
    assert a is not None and not a.refused, a and a.text
    assert "-5.5 percentage points" in a.text and "-5.8 percentage points" in a.text, a.text
    assert "operating ratio = operating ratio" not in a.text, a.text
