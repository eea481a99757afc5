"""A stated definition's parenthesised hints are no operands: a group that holds only the unit the answer is wanted in
("(in USD millions)", "($ in billions)"), the statement its inputs are read from without a preposition ("(statement of
cash flows)", "(balance sheet)"), or the reported basis ("(as reported)", "(GAAP basis)") is taken out and the rest of
the definition parses and is computed. A basis or qualifier that changes the figure ("(managed basis)", "(non-GAAP)",
"(excluding leases)") is no hint. Fictional filer, rows and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, Unparsed, find_definitions
from finance_filings import memory_index, meta

ASH = meta("ASHGROVE_FREIGHT_2025_10K", "Ashgrove Freight Lines, Inc.", 2025)

INCOME = """ASHGROVE FREIGHT LINES, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Year Ended December 31 2025 2024
Operating revenues $ 6,240.5 $ 5,918.2
Salaries, wages and benefits 2,511.0 2,402.7
Fuel and fuel taxes 804.3 861.9
Depreciation and amortization 402.6 377.4
Operating income 731.8 655.0
Interest expense 61.2 58.9
Income before income taxes 683.1 604.4
Net income 517.9 458.6
"""

BALANCE = """ASHGROVE FREIGHT LINES, INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31 2025 2024
Cash and cash equivalents $ 212.4 $ 187.9
Total current assets 1,406.7 1,322.5
Total assets 7,884.1 7,402.3
Accounts payable 388.2 361.0
Total current liabilities 1,120.9 1,204.6
Long-term debt 1,650.0 1,725.0
Total shareholders' equity 4,101.6 3,722.8
"""

CASH = """ASHGROVE FREIGHT LINES, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(in millions)
Year Ended December 31 2025 2024
Net income $ 517.9 $ 458.6
Depreciation and amortization 402.6 377.4
Net cash provided by operating activities 1,041.7 948.3
Purchases of property and equipment (612.4) (590.1)
Net cash used in investing activities (598.0) (571.6)
"""

IX = memory_index([(ASH, {44: INCOME, 46: BALANCE, 48: CASH})])

WORKING_CAPITAL = ("What was Ashgrove Freight's working capital at December 31, 2025? Working capital is defined as total "
                   "current assets less total current liabilities ($ in millions).")
FREE_CASH = ("Define free cash flow as net cash provided by operating activities (statement of cash flows) minus "
             "purchases of property and equipment (statement of cash flows). What was Ashgrove Freight's FY2025 free "
             "cash flow, in USD millions?")
MARGIN = ("Ashgrove Freight's FY2025 operating ratio, calculated as operating income (as reported) divided by "
          "operating revenues (income statement): what was it, in percent?")


@pytest.mark.parametrize("question", [WORKING_CAPITAL, FREE_CASH, MARGIN])
def test_a_hint_in_parentheses_is_no_operand(question):
    defs = find_definitions(question, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    assert all("(" not in i.words and "statement" not in i.words for i in defs[0].inputs()), defs[0].inputs()


def test_working_capital_with_a_unit_hint():
    a = answer_question(WORKING_CAPITAL, IX)
    assert a is not None and not a.refused, a and a.text
    assert "285.8" in a.text, a.text  # 1,406.7 - 1,120.9


def test_free_cash_flow_with_statement_hints():
    a = answer_question(FREE_CASH, IX)
    assert a is not None and not a.refused, a and a.text
    assert "429.3" in a.text, a.text  # 1,041.7 - 612.4


def test_a_ratio_with_basis_and_statement_hints():
    a = answer_question(MARGIN, IX)
    assert a is not None and not a.refused, a and a.text
    assert "11.7" in a.text, a.text  # 731.8 / 6,240.5 = 11.73%


@pytest.mark.parametrize("aside", ["(managed basis)", "(non-GAAP)", "(adjusted)", "(excluding fuel surcharges)"])
def test_a_basis_or_qualifier_that_changes_the_figure_is_no_hint(aside):
    q = (f"Define the operating ratio as operating income divided by operating revenues {aside}. What was Ashgrove "
         f"Freight's FY2025 operating ratio?")
    a = answer_question(q, IX)
    defs = find_definitions(q, LOOKUP)
    # the aside stays part of the definition: read as an operand's own qualifier, or the definition is declined; the
    # plain operating revenues row never answers it
    assert any(isinstance(d, Unparsed) for d in defs) or any(
        aside.strip("()").split()[0].lower() in i.words.lower() for d in defs for i in d.inputs()), defs
    assert a is None or a.refused or "11.7" not in a.text, a.text


@pytest.mark.parametrize("text, unit", [
    ("What was its FY2025 operating ratio, in percent?", "%"),
    ("Give both ratios as percentages rounded to one decimal place.", "%"),
    ("What was the ratio (%) in FY2025?", "%"),
    ("How many days, in days, was it?", "days"),
    ("What was the coverage, as a multiple?", "x"),
    ("What was capex as a percentage of revenue?", ""),
    # a change asked in percentage points is a change of a percentage: the ratio is stated in percent
    ("By how much did it change, in percentage points?", "%"),
    ("What was its FY2025 operating ratio?", ""),
])
def test_the_unit_a_ratio_is_asked_in(text, unit):
    from assistant.query.definitions import unit_asked
    assert unit_asked(text) == unit


def test_a_definition_of_it_is_the_asked_figure():
    q = ("Using the statement of cash flows, what was Ashgrove Freight's FY2025 free cash flow if you define it simply "
         "as net cash provided by operating activities minus purchases of property and equipment ($ in millions)?")
    defs = find_definitions(q, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition) and defs[0].name == "", defs
    a = answer_question(q, IX)
    assert a is not None and not a.refused, a and a.text
    assert "429.3" in a.text and "free cash flow" in a.text, a.text


@pytest.mark.parametrize("question, expected", [
    # a parenthesis naming the figure a name stands for, with a hint item: operating income / interest expense
    ("Define the interest coverage ratio as EBIT (operating income, income statement) divided by interest expense "
     "(income statement). What was Ashgrove Freight's FY2025 interest coverage?", "11.96x"),  # 731.8 / 61.2
    # a parenthesis naming the input's period only, and a comma before an operator word
    ("Define days payable as accounts payable (end of FY2025) divided by FY2025 operating revenues, multiplied by "
     "365. What was Ashgrove Freight's figure?", "22.7 days"),  # 388.2 / 6,240.5 x 365 = 22.71
    # ", in percent" closes the body
    ("What was Ashgrove Freight's FY2025 net margin, calculated as net income divided by operating revenues, in "
     "percent?", "8.3%"),  # 517.9 / 6,240.5 = 8.30%
    # "as" is a word: "asset turnover" does not open the body at "as|set"
    ("Calculate Ashgrove Freight's FY2025 asset turnover as operating revenues over average total assets (FY2024 "
     "and FY2025 year-end balances), rounded to two decimals.", "0.82x"),  # 6,240.5 / 7,643.2
    # a statement hint after a comma, not in a parenthesis
    ("Define the cash ratio as cash and cash equivalents / total current liabilities, balance sheet figures at "
     "fiscal year-end 2025. What was Ashgrove Freight's cash ratio?", "0.19x"),  # 212.4 / 1,120.9
])
def test_more_hints_periods_and_aliases_in_a_definition(question, expected):
    defs = find_definitions(question, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert expected in a.text, a.text


def test_an_alias_parenthesis_is_never_a_different_figure_silently():
    # the parenthesis names the figure: its row answers, under the question's name
    defs = find_definitions("Define margin as operating profit (operating income) divided by operating revenues. "
                            "What was it?", LOOKUP)
    assert [i.metric for i in defs[0].inputs()] == ["operating_income", "revenue"]
