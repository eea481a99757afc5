"""Defined ratios asked of a 10-Q's interim periods: the definition's body ends before the periods it is asked for
(", for the second quarter of 2025 and for the first six months of 2025" is no operand), a hint of the statement
that names it "condensed" or says "both from" is no operand, and a ratio of an income-statement cost or expense over
revenue ("operating ratio", "cost of sales as a percentage of revenues") is shown in percent, as analysts write it,
computed for each asked period from its own column. Fictional filers, rows and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, Input, Op, _unit, find_definitions
from assistant.types import DocMeta
from finance_filings import memory_index

KVR = DocMeta(doc_id="kestrelq22025", doc="kestrel-10q-jun2025", source="kestrel-10q-jun2025.pdf",
              company="Kestrel Valley Railroad Corp.", fiscal_year=2025, period="Q2 2025", doc_type="10-Q",
              extra={"period_end": "2025-06-30"})

# three- and six-month columns under a two-level header
KVR_IS = """KESTREL VALLEY RAILROAD CORP.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(In millions, except per share amounts) (Unaudited)
Three Months Ended June 30, Six Months Ended June 30,
2025 2024 2025 2024
Freight revenues $ 1,402.6 $ 1,350.1 $ 2,760.3 $ 2,690.8
Other revenues 98.4 91.2 190.7 180.5
Total operating revenues 1,501.0 1,441.3 2,951.0 2,871.3
Compensation and benefits 402.7 398.0 811.9 802.4
Fuel 151.2 170.8 309.5 344.1
Research and development 12.0 11.5 23.6 22.9
Total operating expenses 960.4 1,001.5 1,933.1 2,047.6
Operating income 540.6 439.8 1,017.9 823.7
Net income $ 401.3 $ 322.0 $ 752.4 $ 603.9
"""

KVR_IX = [(KVR, {5: KVR_IS})]

SOLANO = DocMeta(doc_id="solanoq12026", doc="solano-10q-mar2026", source="solano-10q-mar2026.pdf",
                 company="Solano Biologics Inc.", fiscal_year=2026, period="Q1 2026", doc_type="10-Q",
                 extra={"period_end": "2026-03-31"})

# one quarter only, each column's date on its own line
SOLANO_IS = """SOLANO BIOLOGICS INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(Unaudited; in thousands)
Three Months Ended
March 31, 2026 March 31, 2025
Revenues $ 84,210 $ 71,905
Cost of sales 30,118 27,640
Research and development expenses 22,480 19,902
Selling, general and administrative expenses 18,733 17,214
Operating income 12,879 7,149
Net income $ 9,602 $ 5,230
"""


@pytest.fixture(scope="module")
def index():
    return memory_index(KVR_IX + [(SOLANO, {4: SOLANO_IS})])


@pytest.mark.parametrize("question, body", [
    ("What was Kestrel Valley's R&D intensity, defined as research and development expenses divided by revenues "
     "(both from the condensed consolidated statement of income), for the second quarter of 2025 and for the first "
     "six months of 2025? Give both in percent.", "research and development expenses divided by revenues"),
    ("Kestrel Valley's operating ratio is calculated as total operating expenses over total operating revenues, "
     "for the three and six months ended June 30, 2025; what was it?",
     "total operating expenses over total operating revenues"),
    ("Define the cost ratio as cost of sales divided by revenues (each from the condensed statements of "
     "operations), in the first quarter of 2026. What was it?", "cost of sales divided by revenues"),
])
def test_the_periods_asked_are_no_operand(question, body):
    (d,) = find_definitions(question, LOOKUP)
    assert isinstance(d, Definition), d
    assert d.text == body
    assert all(not i.years for i in d.inputs())


def _ratio(num: str, den: str = "revenue") -> Definition:
    return Definition("", "", Op("/", Input(num, num), Input(den, den)))


@pytest.mark.parametrize("num", ["row:total operating expenses", "cost_of_revenue", "research_and_development",
                                 "operating_income", "sga"])
def test_an_income_statement_line_over_revenue_is_a_percentage(num):
    d = _ratio(num)
    assert _unit(Definition("operating ratio", "", d.expr), False, "") == "%"
    assert _unit(Definition("", "", d.expr), False, "") == "%"


@pytest.mark.parametrize("num, den", [("revenue", "total_assets"), ("total_current_assets", "total_current_liabilities"),
                                      ("total_debt", "revenue")])
def test_other_ratios_keep_their_multiple(num, den):
    assert _unit(Definition("some ratio", "", _ratio(num, den).expr), False, "") == "x"


@pytest.mark.parametrize("question, shown", [
    ("Taking the operating ratio as total operating expenses divided by total operating revenues, what was Kestrel "
     "Valley's operating ratio in the second quarter of 2025 and in the first six months of 2025?",
     ["64.0%", "65.5%"]),  # 960.4 / 1,501.0; 1,933.1 / 2,951.0
    ("What was Kestrel Valley's R&D intensity, defined as research and development expenses divided by revenues "
     "(both from the condensed consolidated statement of income), for the second quarter of 2025 and for the first "
     "six months of 2025? Round to one decimal place.", ["0.8%"]),  # 12.0 / 1,501.0; 23.6 / 2,951.0
    ("For the three months ended March 31, 2026, what was Solano Biologics' cost ratio, defined as cost of sales "
     "divided by revenues?", ["35.8%"]),  # 30,118 / 84,210
])
def test_interim_ratios_in_percent_from_their_columns(index, question, shown):
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    for s in shown:
        assert s in a.text, a.text
    assert "0.64x" not in a.text and "0.36x" not in a.text
