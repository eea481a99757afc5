"""Metric questions over annual statements that print every input: each form below was declined (or answered with
another figure) although the rows stand on the statements. Fictional filers, statements and wordings written for
these tests.

- a filer whose name shares a word with a line ("General Tidewater Foods" and "Selling, general and administrative
  expenses") keeps that word in the line's name: the company's name is dropped as a run, never word by word;
- "the ratio of A to B in FY2025 and in FY2024": the periods after the ratio are the question's, not the second
  figure's words;
- "Define X as ..., and Y as ...": two definitions chained in one clause are both read;
- a row label with a sign alternative ("Interest expense (income), net") is the row an operand written the same way
  names;
- "what share of total assets consisted of A plus B": the figures the part adds up, over the whole (a one-word row,
  "Goodwill", is a term of such a sum);
- "Calculating from the statement of earnings and the cash flow statement, ...": a clause naming only the statements
  defines nothing;
- "cost of products sold" names a line, never a choice among the filer's products;
- the CAGR of a line a statement prints under its total ("revenue from services") is that row's, compounded over the
  fiscal years between the two named.
"""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.wording import asks_which_member, share_of_metric
from assistant.query.definitions import find_definitions, Definition, sign_read, states_unread_definition
from assistant.answer.quantities import LOOKUP
from finance_filings import memory_index, meta

TIDE = meta("GENERALTIDEWATER_2025_10K", "General Tidewater Foods, Inc.", 2025)
TIDE_IS = """GENERAL TIDEWATER FOODS, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
(in millions)
Fiscal Year 2025 2024 2023
Net sales $ 12,400.0 $ 11,800.0 $ 11,000.0
Cost of sales 8,060.0 7,790.0 7,370.0
Selling, general and administrative expenses 2,232.0 2,242.0 2,090.0
Operating profit 2,108.0 1,768.0 1,540.0
Interest expense (income), net 160.0 200.0 (20.0)
Earnings before income taxes 1,948.0 1,568.0 1,560.0
Income tax expense 448.0 368.0 360.0
Net earnings $ 1,500.0 $ 1,200.0 $ 1,200.0
"""
TIDE_CF = """GENERAL TIDEWATER FOODS, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(in millions)
Fiscal Year 2025 2024 2023
Net earnings $ 1,500.0 $ 1,200.0 $ 1,200.0
Depreciation and amortization 500.0 480.0 450.0
Net cash provided by operating activities 2,300.0 1,950.0 1,800.0
Purchases of land, buildings and equipment (620.0) (576.0) (540.0)
Net cash used in investing activities (640.0) (590.0) (560.0)
"""
TIDE_BS = """GENERAL TIDEWATER FOODS, INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
May 31, 2025 2024
Assets
Cash and cash equivalents $ 900.0 $ 700.0
Receivables 1,300.0 1,250.0
Inventories 1,500.0 1,450.0
Total current assets 3,700.0 3,400.0
Land, buildings and equipment, net 4,100.0 3,900.0
Goodwill 6,200.0 6,100.0
Other intangible assets, net 2,500.0 2,600.0
Total assets $ 16,500.0 $ 16,000.0
Total current liabilities 3,000.0 2,900.0
Long-term debt 5,000.0 5,400.0
Total stockholders' equity 6,400.0 5,900.0
Total liabilities and equity $ 16,500.0 $ 16,000.0
"""

QUILL = meta("QUILLMORE_2025_10K", "Quillmore Staffing Group, Inc.", 2025)
QUILL_IS = """QUILLMORE STAFFING GROUP, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)
Year ended December 31 2025 2024 2023
Revenue from services $ 1,452,000 $ 1,380,000 $ 1,200,000
Cost of services 1,090,000 1,050,000 920,000
Gross profit 362,000 330,000 280,000
Selling, administrative and other operating costs 250,000 240,000 215,000
Operating income 112,000 90,000 65,000
Interest expense (income), net 8,000 10,000 12,000
Income before taxes 104,000 80,000 53,000
Income tax expense 26,000 20,000 13,000
Net income $ 78,000 $ 60,000 $ 40,000
"""
QUILL_CF = """QUILLMORE STAFFING GROUP, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(in thousands)
Year ended December 31 2025 2024 2023
Net income $ 78,000 $ 60,000 $ 40,000
Depreciation and amortization 21,000 20,000 18,000
Net cash provided by operating activities 101,000 84,000 70,000
Capital expenditures (29,000) (26,000) (24,000)
Net cash used in investing activities (31,000) (27,000) (25,000)
"""

BRAMBLE = meta("BRAMBLEWOOD_2025_10K", "Bramblewood Building Supply Corp.", 2025)
BRAMBLE_IS = """BRAMBLEWOOD BUILDING SUPPLY CORP.
CONSOLIDATED STATEMENTS OF INCOME
(in thousands)
Fiscal Years Ended September 30 2025 2024
Net sales $ 2,400,000 $ 2,250,000
Cost of products sold 1,680,000 1,597,500
Selling and administrative expenses 420,000 400,000
Operating income 300,000 252,500
Net income 210,000 176,000
"""

ROYAL = meta("ROYALFULFILLMENT_2025_10K", "Royal Fulfillment Corp.", 2025)
ROYAL_NOTES = """NOTES TO CONSOLIDATED FINANCIAL STATEMENTS
Note 2. Summary of Significant Accounting Policies
Advertising Costs
We expense the costs of advertising the first time the advertising runs. Advertising costs for the years ended
December 31, 2025, 2024 and 2023 were $84 million, $66 million and $61 million, respectively, and are included in
fulfillment and technology expenses. Shipping and handling costs were $150 million and $140 million in 2025.
"""
ROYAL_IS = """ROYAL FULFILLMENT CORP.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Year Ended December 31 2025 2024
Net sales $ 1,200 $ 1,100
Cost of sales 800 740
Fulfillment expenses 96 99
Technology and content expenses 60 55
Operating income 244 206
Net income 180 150
"""

IX = memory_index([(ROYAL, {35: ROYAL_IS, 48: ROYAL_NOTES}), (TIDE, {52: TIDE_IS, 54: TIDE_BS, 56: TIDE_CF}), (QUILL, {41: QUILL_IS, 44: QUILL_CF}),
                   (BRAMBLE, {38: BRAMBLE_IS})])


def _answer(question: str):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    return a


@pytest.mark.parametrize("question", [
    "What was General Tidewater's selling, general, and administrative expense as a percentage of net sales in fiscal "
    "2025 and in fiscal 2024? Round to two decimal places.",
    "What were GTF's selling, general, and administrative expenses as a percentage of net sales for fiscal 2025 and "
    "fiscal 2024, to two decimals?",
])
def test_a_company_word_inside_a_line_stays_the_lines(question):
    a = _answer(question)
    # 2,232 / 12,400 = 18.00%; 2,242 / 11,800 = 19.00%
    assert "18.00%" in a.text and "19.00%" in a.text, a.text
    assert "Selling, general and administrative expenses" in a.text, a.text


def test_a_line_named_by_the_filers_own_name_word():
    a = _answer("What were Royal Fulfillment's fulfillment expenses as a percentage of net sales in 2025 and in 2024? "
                "Round to one decimal place.")
    # 96 / 1,200 = 8.0%; 99 / 1,100 = 9.0%
    assert "8.0%" in a.text and "9.0%" in a.text and "Fulfillment expenses" in a.text, a.text


@pytest.mark.parametrize("question, later, earlier", [
    ("What was General Tidewater's ratio of capital expenditures to depreciation and amortization in fiscal 2025 and "
     "in fiscal 2024? Use the cash flow statement and round to two decimal places.", "1.24x", "1.20x"),
    ("Relying on the cash flow statement, what was Quillmore Staffing's ratio of capital expenditures to depreciation "
     "and amortization for 2025 and for 2024, to two decimal places?", "1.38x", "1.30x"),
])
def test_a_ratio_of_two_figures_asked_for_two_years(question, later, earlier):
    a = _answer(question)
    assert later in a.text and earlier in a.text, a.text


def test_a_ratio_of_two_figures_for_one_year_keeps_its_period():
    a = _answer("What was Quillmore Staffing's ratio of capital expenditures to depreciation and amortization in "
                "2024? Round to two decimal places.")
    assert "1.30x" in a.text and "FY2024" in a.text, a.text


@pytest.mark.parametrize("question, later, earlier", [
    ("Define EBIT as net income plus interest expense (income), net plus income tax expense, and interest coverage as "
     "EBIT divided by interest expense (income), net. What was Quillmore Staffing's interest coverage for 2025 and "
     "for 2024? Round to one decimal place.", "14.0x", "9.0x"),
    ("Define operating cushion as operating income minus interest expense (income), net, and cushion ratio as "
     "operating cushion divided by operating income. What was Quillmore Staffing's cushion ratio in 2025? Round to "
     "two decimal places.", "0.93x", None),
])
def test_two_definitions_chained_in_one_clause(question, later, earlier):
    defs = [d for d in find_definitions(question, LOOKUP) if isinstance(d, Definition)]
    assert len(defs) == 2, find_definitions(question, LOOKUP)
    a = _answer(question)
    assert later in a.text, a.text
    if earlier:
        assert earlier in a.text, a.text
    assert "Interest expense (income), net" in a.text, a.text


def test_a_chained_definition_whose_row_is_not_printed_declines_naming_it():
    defs = find_definitions("Define EBITDA as operating income plus depreciation and amortization, and coverage as "
                            "EBITDA divided by interest paid in cash. What was its coverage in 2025?", LOOKUP)
    assert [d.name for d in defs if isinstance(d, Definition)] == ["EBITDA", "coverage"], defs
    a = answer_question("Define EBITDA as operating income plus depreciation and amortization, and coverage as EBITDA "
                        "divided by interest paid in cash. What was Quillmore Staffing's coverage in 2025?", IX)
    assert a is not None and a.refused, a and a.text
    assert "interest paid in cash" in a.text, a.text


def test_a_sign_alternative_is_read_alike_in_labels_and_operands():
    assert sign_read("Interest expense (income), net") == "Interest expense, net"
    assert sign_read("Net cash provided by (used in) investing activities") == (
        "Net cash provided by investing activities")


@pytest.mark.parametrize("question", [
    "What share of General Tidewater's total assets consisted of goodwill plus other intangible assets, net at the "
    "end of fiscal 2025 and at the end of fiscal 2024? Answer in percent rounded to one decimal place.",
    "What percentage of General Tidewater Foods' total assets was made up of goodwill plus other intangible assets, "
    "net in fiscal 2025 and fiscal 2024, to one decimal place?",
])
def test_a_share_of_a_whole_made_of_two_rows(question):
    a = _answer(question)
    # (6,200 + 2,500) / 16,500 = 52.7%; (6,100 + 2,600) / 16,000 = 54.4%
    assert "52.7%" in a.text and "54.4%" in a.text, a.text
    assert "Goodwill" in a.text and "Other intangible assets, net" in a.text, a.text


def test_the_whole_of_a_share_is_named_with_its_total():
    assert share_of_metric("What share of Contoso's total assets consisted of goodwill?", "total_assets")


@pytest.mark.parametrize("question", [
    "Calculating from the statement of earnings and the cash flow statement, what is the FY2023 - FY2025 3 year "
    "average of capex as a % of revenue for General Tidewater, in percent rounded to one decimal place?",
    "Computing it from the income statement and the statement of cash flows, what was General Tidewater's 3 year "
    "average capex as a % of revenue over FY2023 - FY2025, in percent rounded to one decimal place?",
])
def test_a_clause_naming_only_statements_defines_nothing(question):
    assert not states_unread_definition(question)
    a = _answer(question)
    # 620 / 12,400 = 5.0%; 576 / 11,800 = 4.9%; 540 / 11,000 = 4.9%: mean 4.9%
    assert "4.9%" in a.text and "FY2023" in a.text and "FY2025" in a.text, a.text


def test_goods_sold_name_no_member():
    assert not asks_which_member("Taking gross margin as net sales less cost of products sold, divided by net sales, "
                                 "what was its gross margin in fiscal 2025?")
    assert asks_which_member("Which of its products grew fastest in fiscal 2025?")
    a = _answer("Taking gross margin as net sales less cost of products sold, divided by net sales, what was "
                "Bramblewood Building Supply's gross margin in fiscal 2025 (the year ended September 30, 2025), and "
                "by how many percentage points did it change from fiscal 2024?")
    assert "30.0%" in a.text and "29.0%" in a.text and "+1.0 percentage points" in a.text, a.text


@pytest.mark.parametrize("question", [
    "In percent and rounded to one decimal place, what is the 2-year compound annual growth rate of Quillmore "
    "Staffing's revenue from services from 2023 to 2025?",
    "What was the CAGR of Quillmore Staffing's revenue from services between 2023 and 2025, to one decimal place?",
])
def test_the_cagr_of_a_line_is_its_rows(question):
    a = _answer(question)
    # (1,452,000 / 1,200,000)^(1/2) - 1 = 10.0%
    assert "+10.0%" in a.text and "Revenue from services" in a.text, a.text


def test_a_cagr_whose_stated_years_disagree_with_the_span_is_not_computed():
    assert "+10.0%" in _answer("What is the 2-year CAGR of Quillmore Staffing's revenue from services from 2023 to "
                               "2025?").text
    a = answer_question("What is the 3-year compound annual growth rate of Quillmore Staffing's revenue from services "
                        "from 2023 to 2025?", IX)
    assert a is None or a.refused or "+10.0%" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Using the advertising costs disclosed in the notes and net sales from the statements of operations, what were "
    "Royal Fulfillment's advertising costs as a percentage of net sales in 2025 and in 2024? Round to two decimals.",
    "What share of Royal Fulfillment's net sales did advertising costs represent in 2025 and 2024, to two decimals?",
])
def test_a_line_a_note_states_year_by_year(question):
    a = _answer(question)
    # 84 / 1,200 = 7.00%; 66 / 1,100 = 6.00%, the amounts paired with the years in the order named
    assert "7.00%" in a.text and "6.00%" in a.text, a.text
    assert any(i.page == 48 and i.period == "FY2024" for i in a.inputs), a.inputs


def test_a_sentence_whose_amounts_do_not_pair_with_its_years_states_nothing():
    assert "7.00%" in _answer("What were Royal Fulfillment's advertising costs as a percentage of net sales in 2025? "
                              "Round to two decimals.").text
    # two amounts for one year: no year-by-year statement, so no figure for the line
    a = answer_question("What were Royal Fulfillment's shipping and handling costs as a percentage of net sales in "
                        "2025?", IX)
    assert a is None or a.refused or "12.5" not in a.text, a.text
