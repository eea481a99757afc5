"""A stated definition's input is read from the primary statement when the words it names are printed exactly only in
the discussion's summary table: the income statement's "Operating income/(loss)" row answers "operating income" (the
same metric), rather than the identically worded row of a page that is no statement, whose check fails. The check
itself still fails when the statement holds no row of the metric. Fictional filer and rows written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

NW = meta("NORTHWIND_FOODS_2025_10K", "Northwind Foods Company", 2025)

MDNA = """Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations
Results of Operations
The following table summarizes our results (in millions):
2025 2024
Net sales $ 24,310 $ 25,020
Operating income 3,815 (1,402)
Net income/(loss) 1,910 (1,205)
Operating income increased in 2025, primarily because the prior year included goodwill impairment losses.
"""

INCOME = """NORTHWIND FOODS COMPANY
CONSOLIDATED STATEMENTS OF INCOME
(in millions, except per share data)
December 28, 2025 December 29, 2024
Net sales $ 24,310 $ 25,020
Cost of products sold 16,402 17,011
Gross profit 7,908 8,009
Selling, general and administrative expenses 4,093 4,211
Goodwill impairment losses — 5,200
Operating income/(loss) 3,815 (1,402)
Interest expense 1,210 1,262
Other expense/(income) (42) 155
Income/(loss) before income taxes 2,647 (2,819)
Provision for income taxes 737 (1,614)
Net income/(loss) 1,910 (1,205)
"""

Q = ("Based on the income statement, what is Northwind Foods' FY2025 interest coverage ratio, defined as operating "
     "income divided by interest expense, rounded to two decimal places?")


def test_the_statement_row_of_the_metric_answers_a_definition():
    a = answer_question(Q, memory_index([(NW, {31: MDNA, 52: INCOME})]))
    assert a is not None and not a.refused, a and a.text
    assert "3.15" in a.text, a.text  # 3,815 / 1,210
    assert all(c.page == 52 for c in a.citations), [(c.page, c.quote) for c in a.citations]


def test_a_row_off_the_statements_still_fails_its_check():
    # the statement prints no operating income at all: the discussion's row is the only one, and it is no statement
    income = INCOME.replace("Operating income/(loss) 3,815 (1,402)\n", "")
    a = answer_question(Q, memory_index([(NW, {31: MDNA, 52: income})]))
    assert a is None or a.refused or "3.15" not in a.text, a.text
