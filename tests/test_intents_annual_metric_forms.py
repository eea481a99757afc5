"""Metric questions over annual statements that print every input: each form below was declined (or answered with
another figure) although the rows stand on the statements. Fictional filers, statements, figures and wordings written
for these tests.

- a filer whose name shares a word with a line ("General Wexcombe Foods" and "Selling, general and administrative
  expenses") keeps that word in the line's name: the company's name is dropped as a run, never word by word;
- "the ratio of A to B for fiscal 2025 and for fiscal 2024": the periods after the ratio are the question's, not the
  second figure's words;
- "Define X as ..., and Y as ...": two definitions chained in one clause are both read;
- a row label with a sign alternative ("Interest expense (income), net") is the row an operand written the same way
  names;
- "what share of total assets consisted of A plus B": the figures the part adds up, over the whole (a one-word row,
  "Goodwill", is a term of such a sum);
- "Deriving it solely from <statement> and <statement>, ...": a clause naming only the statements defines nothing;
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

WEX = meta("GENERALWEXCOMBE_2025_10K", "General Wexcombe Foods, Inc.", 2025)
WEX_IS = """GENERAL WEXCOMBE FOODS, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
(Dollars in millions)
Fiscal Year 2025 2024 2023
Net sales $ 15,000.0 $ 14,000.0 $ 13,000.0
Cost of sales 9,750.0 9,240.0 8,710.0
Selling, general and administrative expenses 2,550.0 2,520.0 2,340.0
Operating profit 2,700.0 2,240.0 1,950.0
Interest expense (income), net 180.0 224.0 (25.0)
Earnings before income taxes 2,520.0 2,016.0 1,975.0
Income tax expense 520.0 416.0 475.0
Net earnings $ 2,000.0 $ 1,600.0 $ 1,500.0
"""
WEX_CF = """GENERAL WEXCOMBE FOODS, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(Dollars in millions)
Fiscal Year 2025 2024 2023
Net earnings $ 2,000.0 $ 1,600.0 $ 1,500.0
Depreciation and amortization 600.0 525.0 520.0
Net cash provided by operating activities 2,900.0 2,450.0 2,250.0
Purchases of land, buildings and equipment (750.0) (672.0) (715.0)
Net cash used in investing activities (790.0) (700.0) (740.0)
"""
WEX_BS = """GENERAL WEXCOMBE FOODS, INC.
CONSOLIDATED BALANCE SHEETS
(Dollars in millions)
May 31, 2025 2024
Assets
Cash and cash equivalents $ 1,100.0 $ 900.0
Receivables 1,500.0 1,400.0
Inventories 1,700.0 1,600.0
Total current assets 4,300.0 3,900.0
Land, buildings and equipment, net 5,600.0 4,200.0
Goodwill 7,000.0 6,900.0
Other intangible assets, net 2,900.0 3,000.0
Total assets $ 19,800.0 $ 18,000.0
Total current liabilities 3,600.0 3,300.0
Long-term debt 6,200.0 6,500.0
Total stockholders' equity 10,000.0 8,200.0
Total liabilities and equity $ 19,800.0 $ 18,000.0
"""

QUILL = meta("QUILLMORE_2025_10K", "Quillmore Staffing Group, Inc.", 2025)
QUILL_IS = """QUILLMORE STAFFING GROUP, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(Dollars in thousands)
Year ended December 31 2025 2024 2023
Revenue from services $ 1,166,400 $ 1,090,000 $ 1,000,000
Cost of services 880,400 825,000 765,000
Gross profit 286,000 265,000 235,000
Selling, administrative and other operating costs 190,000 185,000 175,000
Operating income 96,000 80,000 60,000
Interest expense (income), net 6,000 8,000 10,000
Income before taxes 90,000 72,000 50,000
Income tax expense 22,500 18,000 12,500
Net income $ 67,500 $ 54,000 $ 37,500
"""
QUILL_CF = """QUILLMORE STAFFING GROUP, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(Dollars in thousands)
Year ended December 31 2025 2024 2023
Net income $ 67,500 $ 54,000 $ 37,500
Depreciation and amortization 24,000 22,000 20,000
Net cash provided by operating activities 99,000 83,000 66,000
Capital expenditures (33,600) (27,500) (23,000)
Net cash used in investing activities (35,000) (29,000) (24,500)
"""

HOLL = meta("HOLLINSFORD_2025_10K", "Hollinsford Building Supply Corp.", 2025)
HOLL_IS = """HOLLINSFORD BUILDING SUPPLY CORP.
CONSOLIDATED STATEMENTS OF INCOME
(Dollars in thousands)
Fiscal Years Ended June 30 2025 2024
Net sales $ 3,000,000 $ 2,800,000
Cost of products sold 2,025,000 1,932,000
Selling and administrative expenses 450,000 430,000
Operating income 525,000 438,000
Net income 390,000 321,000
"""

ROYAL = meta("ROYALFULFILLMENT_2025_10K", "Royal Fulfillment Corp.", 2025)
ROYAL_NOTES = """NOTES TO CONSOLIDATED FINANCIAL STATEMENTS
Note 2. Summary of Significant Accounting Policies
Advertising
Advertising is charged to expense when it is first shown. Our advertising costs for the years ended December 31,
2025, 2024 and 2023 amounted to $90 million, $60 million and $55 million, respectively, and are reported within
fulfillment and technology expenses. Shipping and handling costs were $180 million and $165 million in 2025.
"""
ROYAL_IS = """ROYAL FULFILLMENT CORP.
CONSOLIDATED STATEMENTS OF OPERATIONS
(Dollars in millions)
Year Ended December 31 2025 2024
Net sales $ 1,500 $ 1,250
Cost of sales 1,000 830
Fulfillment expenses 120 125
Technology and content expenses 70 65
Operating income 310 230
Net income 235 172
"""

IX = memory_index([(ROYAL, {35: ROYAL_IS, 48: ROYAL_NOTES}), (WEX, {52: WEX_IS, 54: WEX_BS, 56: WEX_CF}), (QUILL, {41: QUILL_IS, 44: QUILL_CF}),
                   (HOLL, {38: HOLL_IS})])


def _answer(question: str):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    return a


@pytest.mark.parametrize("question", [
    "For fiscal 2025 and fiscal 2024, what was General Wexcombe's selling, general, and administrative expense, "
    "expressed as a percentage of net sales? Give two decimals.",
    "What were GWF's selling, general, and administrative expenses, expressed as a % of net sales, for fiscal 2024 "
    "and fiscal 2025, to two decimals?",
])
def test_a_company_word_inside_a_line_stays_the_lines(question):
    a = _answer(question)
    # 2,550 / 15,000 = 17.00%; 2,520 / 14,000 = 18.00%
    assert "17.00%" in a.text and "18.00%" in a.text, a.text
    assert "Selling, general and administrative expenses" in a.text, a.text


def test_a_line_named_by_the_filers_own_name_word():
    a = _answer("To one decimal, what were Royal Fulfillment's fulfillment expenses as a % of net sales in 2024 and "
                "2025?")
    # 120 / 1,500 = 8.0%; 125 / 1,250 = 10.0%
    assert "8.0%" in a.text and "10.0%" in a.text and "Fulfillment expenses" in a.text, a.text


@pytest.mark.parametrize("question, later, earlier", [
    ("From its cash flow statement, what was General Wexcombe's ratio of capex to depreciation and amortization for "
     "fiscal 2025 and for fiscal 2024, to two decimals?", "1.25x", "1.28x"),
    ("Going by its statement of cash flows, what was Quillmore Staffing's ratio of capital expenditures to D&A for "
     "2025 and for 2024, to two decimals?", "1.40x", "1.25x"),
])
def test_a_ratio_of_two_figures_asked_for_two_years(question, later, earlier):
    a = _answer(question)
    assert later in a.text and earlier in a.text, a.text


def test_a_ratio_of_two_figures_for_one_year_keeps_its_period():
    a = _answer("To two decimals, what was Quillmore Staffing's ratio of capex to depreciation and amortization for "
                "2024?")
    assert "1.25x" in a.text and "FY2024" in a.text, a.text


@pytest.mark.parametrize("question, later, earlier", [
    ("Define operating earnings as income tax expense plus interest expense (income), net plus net income, and "
     "debt service multiple as operating earnings divided by interest expense (income), net. For 2025 and 2024, "
     "what debt service multiple did Quillmore Staffing have? One decimal.", "16.0x", "10.0x"),
    ("Define operating cushion as operating income minus interest expense (income), net, and cushion ratio as "
     "operating cushion divided by operating income. What cushion ratio did Quillmore Staffing post for 2024, to "
     "two decimals?", "0.90x", None),
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
    defs = find_definitions("Define EBITDA as depreciation and amortization plus operating income, and cash cover as "
                            "EBITDA divided by cash paid for interest. What was its cash cover in 2025?", LOOKUP)
    assert [d.name for d in defs if isinstance(d, Definition)] == ["EBITDA", "cash cover"], defs
    a = answer_question("Define EBITDA as depreciation and amortization plus operating income, and cash cover as "
                        "EBITDA divided by cash paid for interest. How much cash cover did Quillmore Staffing have in "
                        "2025?", IX)
    assert a is not None and a.refused, a and a.text
    assert "cash paid for interest" in a.text, a.text


def test_a_sign_alternative_is_read_alike_in_labels_and_operands():
    assert sign_read("Interest expense (income), net") == "Interest expense, net"
    assert sign_read("Net cash provided by (used in) discontinued operations") == (
        "Net cash provided by discontinued operations")


@pytest.mark.parametrize("question", [
    "What share of General Wexcombe's total assets consisted of goodwill plus other intangible assets, net at May "
    "31, 2025 and at May 31, 2024? Give it in percent to one decimal.",
    "To one decimal, what percentage of General Wexcombe Foods' total assets was made up of goodwill plus other "
    "intangible assets, net in fiscal 2024 and fiscal 2025?",
])
def test_a_share_of_a_whole_made_of_two_rows(question):
    a = _answer(question)
    # (7,000 + 2,900) / 19,800 = 50.0%; (6,900 + 3,000) / 18,000 = 55.0%
    assert "50.0%" in a.text and "55.0%" in a.text, a.text
    assert "Goodwill" in a.text and "Other intangible assets, net" in a.text, a.text


def test_the_whole_of_a_share_is_named_with_its_total():
    assert share_of_metric("What share of Contoso's total assets consisted of goodwill?", "total_assets")


@pytest.mark.parametrize("question", [
    "Deriving it solely from the consolidated cash flow statement and the consolidated income statement, what "
    "was General Wexcombe's average capex as a % of revenue over FY2023 - FY2025, to one decimal?",
    "Computing it from the consolidated statement of earnings and the consolidated cash flow statement, what was "
    "the three-year average of General Wexcombe's capex as a % of revenue over FY2023 through FY2025, to one "
    "decimal?",
])
def test_a_clause_naming_only_statements_defines_nothing(question):
    assert not states_unread_definition(question)
    a = _answer(question)
    # 750 / 15,000 = 5.0%; 672 / 14,000 = 4.8%; 715 / 13,000 = 5.5%: mean 5.1%
    assert "5.1%" in a.text and "FY2023" in a.text and "FY2025" in a.text, a.text


def test_goods_sold_name_no_member():
    assert not asks_which_member("Treating gross margin as (net sales - cost of products sold) / net sales, what "
                                 "gross margin did it earn in fiscal 2025?")
    assert asks_which_member("Which of its products grew fastest in fiscal 2025?")
    a = _answer("Treating gross margin as (net sales - cost of products sold) / net sales, what gross margin did "
                "Hollinsford Building Supply earn in fiscal 2025 (its fiscal year ending June 30, 2025), and what "
                "was the change from fiscal 2024 in percentage points?")
    # (3,000,000 - 2,025,000) / 3,000,000 = 32.5%; (2,800,000 - 1,932,000) / 2,800,000 = 31.0%
    assert "32.5%" in a.text and "31.0%" in a.text and "+1.5 percentage points" in a.text, a.text


@pytest.mark.parametrize("question", [
    "At what compound annual growth rate did Quillmore Staffing's revenue from services grow from 2023 to 2025, to "
    "one decimal?",
    "To one decimal, what was Quillmore Staffing's CAGR in revenue from services from 2023 through 2025?",
])
def test_the_cagr_of_a_line_is_its_rows(question):
    a = _answer(question)
    # (1,166,400 / 1,000,000)^(1/2) - 1 = 8.0%
    assert "+8.0%" in a.text and "Revenue from services" in a.text, a.text


def test_a_cagr_whose_stated_years_disagree_with_the_span_is_not_computed():
    assert "+8.0%" in _answer("How fast did Quillmore Staffing's revenue from services grow from 2023 to 2025, as a "
                              "2-year CAGR?").text
    a = answer_question("How fast did Quillmore Staffing's revenue from services grow from 2023 to 2025, as a 3-year "
                        "compound annual growth rate?", IX)
    assert a is None or a.refused or "+8.0%" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Taking advertising costs from the accounting policy note and net sales from the statement of operations, what "
    "were Royal Fulfillment's advertising costs as a % of net sales in 2025 and in 2024? Two decimals.",
    "To two decimals, what share of Royal Fulfillment's net sales did its advertising costs represent in 2024 and "
    "2025?",
])
def test_a_line_a_note_states_year_by_year(question):
    a = _answer(question)
    # 90 / 1,500 = 6.00%; 60 / 1,250 = 4.80%, the amounts paired with the years in the order named
    assert "6.00%" in a.text and "4.80%" in a.text, a.text
    assert any(i.page == 48 and i.period == "FY2024" for i in a.inputs), a.inputs


def test_a_sentence_whose_amounts_do_not_pair_with_its_years_states_nothing():
    assert "6.00%" in _answer("For 2025, what were Royal Fulfillment's advertising costs as a % of net sales, to two "
                              "decimals?").text
    # two amounts for one year: no year-by-year statement, so no figure for the line
    a = answer_question("For 2025, what were Royal Fulfillment's shipping and handling costs as a % of net sales?", IX)
    assert a is None or a.refused or "12.0" not in a.text and "11.0" not in a.text, a.text


class _CountingPages:
    """The index, counting the pages read from it."""

    def __init__(self, index):
        self._index, self.reads = index, 0

    def page_text(self, doc_id, page):
        self.reads += 1
        return self._index.page_text(doc_id, page)

    def __getattr__(self, name):
        return getattr(self._index, name)


def test_a_year_by_year_sentence_is_found_with_one_page_walk_for_every_year_asked():
    # Rule: the company's pages are read once per line asked, whichever and however many years are asked after
    from assistant.answer.company_figures import _stated_respectively
    from assistant.query.entities import companies

    ix = _CountingPages(IX)
    royal = next(c for c in companies(ix) if c.name.startswith("Royal"))
    assert _stated_respectively(ix, royal, "advertising costs", "FY2025").value == 90
    walked = ix.reads
    assert walked > 0
    assert [_stated_respectively(ix, royal, "advertising costs", p).value for p in ("FY2024", "FY2023")] == [60, 55]
    assert _stated_respectively(ix, royal, "advertising costs", "FY2022") is None  # a year the sentence does not name
    assert ix.reads == walked
