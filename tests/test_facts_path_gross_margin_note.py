"""A gross margin of a filer that prints no gross-profit row is computed from its income statement's revenue and
cost of sales, even when a note prints "gross profit" rows of something else (a collaboration's, at other amounts)
that disagree with each other; and a judgement asked with its caveat as an aside ("(and if gross margin is not a
useful metric for a company like this, why not)") is read as the judgement. Fictional pharma filer (Northwind
Therapeutics); every row and wording was written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.query import intent
from finance_filings import memory_index
from finance_filings_more import meta

NORTHWIND = meta("NORTHWIND_2025_10K", "Northwind Therapeutics, Inc.", 2025)

INCOME = """Consolidated Statements of Income
Northwind Therapeutics, Inc. and Subsidiary Companies
Year Ended December 31,
(MILLIONS, EXCEPT PER COMMON SHARE DATA) 2025 2024 2023
Revenues $ 52,400 $ 30,100 $ 29,800
Costs and expenses:
Cost of sales 18,900 6,020 5,950
Selling, informational and administrative expenses 9,100 8,700 8,650
Research and development expenses 8,300 7,100 6,900
Income before provision for taxes on income 16,100 8,280 8,300
Provision for taxes on income 2,400 1,300 1,250
Net income $ 13,700 $ 6,980 $ 7,050
"""

# a collaboration note: the partner's and the company's shares of a product's gross profit, two "Gross profit" rows
NOTE = """Note 2. Collaborative Arrangements
The following table provides the amounts recognized under the collaboration with Fabrikam Bio:
(MILLIONS) 2025 2024 2023
Gross profit split paid to Fabrikam Bio 6,120 310 —
Gross profit 5,410 290 —
Gross profit 4,980 270 —
Royalty income 120 90 80
"""

PAGES = {57: INCOME, 74: NOTE}
Q = "Does Northwind Therapeutics have an improving gross margin profile as of FY2025?"


def test_a_note_s_gross_profit_rows_do_not_withdraw_the_statement_s_gross_margin():
    index = memory_index([(NORTHWIND, PAGES)])
    a = answer_question(Q, index)
    # (52,400 - 18,900) / 52,400 = 63.9%; (30,100 - 6,020) / 30,100 = 80.0%
    assert a is not None and a.text.startswith("No:") and "63.9%" in a.text and "80.0%" in a.text, a and a.text
    assert "Cost of sales" in a.text and "withdrawn" not in a.text


def test_the_caveat_asked_as_an_aside_is_read_as_the_judgement():
    aside = ("Does Northwind Therapeutics have an improving gross margin profile as of FY2025 (and if gross margin is "
             "not a useful metric for a company like this, why not)?")
    assert "why" not in intent._CAVEAT.sub(" ", aside)
    index = memory_index([(NORTHWIND, PAGES)])
    a = answer_question(aside, index)
    assert a is not None and a.text.startswith("No:") and "63.9%" in a.text, a and a.text
