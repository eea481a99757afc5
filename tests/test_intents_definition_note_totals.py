"""A stated definition's input named word for word by a row no metric claims, where no row of the input's metric
stands anywhere ("total Adjusted EBITDA", printed only as a segment note's total), is that row; and a defined figure
asked for two periods at once ("for the second quarter and for the first six months") is computed for each. The
marina operator and its quarterly report are fictional (Saltmarsh Marine Holdings), written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index

SALTMARSH = DocMeta(doc_id="saltmarsh26q2", doc="SALTMARSH_2026Q2_10Q", source="SALTMARSH_2026Q2_10Q.pdf",
                    company="Saltmarsh Marine Holdings, Inc.", fiscal_year=2026, period="Q2 2026", doc_type="10-Q",
                    extra={"period_end": "2026-06-30"})

INCOME = """SALTMARSH MARINE HOLDINGS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (UNAUDITED)
(In millions)
Three Months Ended June 30, Six Months Ended June 30,
2026 2025 2026 2025
Slip and storage revenue 318.0 296.5 540.2 505.8
Fuel and service revenue 122.0 118.4 190.6 184.1
Total revenues 440.0 414.9 730.8 689.9
Operating expenses 301.6 290.2 560.3 541.7
Depreciation and amortization 41.2 39.8 81.9 79.0
Operating income 97.2 84.9 88.6 69.2
Interest expense 22.4 23.1 45.0 46.3
Income before income taxes 74.8 61.8 43.6 22.9
"""

SEGMENTS = """Note 8 - Segment information
Revenues and Adjusted EBITDA by segment
(In millions)
Three Months Ended June 30, Six Months Ended June 30,
2026 2025 2026 2025
Revenues
Coastal 301.5 285.0 498.4 470.2
Inland 138.5 129.9 232.4 219.7
Total revenues 440.0 414.9 730.8 689.9
Adjusted EBITDA
Coastal 104.6 92.8 128.3 112.1
Inland 40.9 37.6 54.2 48.8
Corporate (7.1) (5.7) (12.0) (12.7)
Total Adjusted EBITDA 138.4 124.7 170.5 148.2
"""

Q = ("Taking EBITDA margin as total Adjusted EBITDA divided by total revenues, what was Saltmarsh's EBITDA margin for "
     "the second quarter of 2026 and for the first six months of 2026?")


def test_a_note_total_named_word_for_word_is_the_input_and_both_periods_are_answered():
    a = answer_question(Q, memory_index([(SALTMARSH, {4: INCOME, 11: SEGMENTS})]))
    assert a is not None and not a.refused, a and a.text
    assert "31.5%" in a.text, a.text  # 138.4 / 440.0
    assert "23.3%" in a.text, a.text  # 170.5 / 730.8


def test_a_metric_with_a_row_of_its_own_is_never_replaced_by_an_unclaimed_row():
    # the statement prints its operating income: "total operating income" is that row's metric, not a note's line
    segments = SEGMENTS + "Total operating income 55.0 50.0 60.0 52.0\n"
    q = ("Taking operating margin as total operating income divided by total revenues, what was Saltmarsh's operating "
         "margin for the second quarter of 2026?")
    a = answer_question(q, memory_index([(SALTMARSH, {4: INCOME, 11: segments})]))
    assert a is not None and "12.5%" not in a.text, a.text  # 55.0 / 440.0 would be the note's line
