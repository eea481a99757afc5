"""A fictional truckload carrier's 10-K (Bramblewood Freight Lines, written for these tests in the layout PDF text
extraction gives): its trading symbol read from a "traded on ... under the symbol" cover sentence, its operating
ratio (operating expenses as a share of revenue, from revenue and operating income), return on average total
assets, a balance sheet whose years follow the scale note under a dated line, an amount asked "in USD millions"
shown to a tenth and checked against its formula, and a dividend per share given in prose as "per share for the
year" before a comparison with the year before."""

from __future__ import annotations

import pytest

from assistant.answer.checks import check_facts_answer
from assistant.answer.intents import answer_question
from assistant.query.entities import company_aliases
from assistant.types import DocMeta
from finance_filings import memory_index

BRAMBLE = DocMeta(doc_id="bramblewood00001", doc="BRAMBLEWOOD_2025_10K", source="BRAMBLEWOOD_2025_10K.pdf",
                  company="Bramblewood Freight Lines", fiscal_year=2025, period="FY2025", doc_type="10-K")

COVER = """FORM 10-K. ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the
fiscal year ended December 31, 2025. BRAMBLEWOOD FREIGHT LINES, INC. (Exact name of registrant as specified in its
charter). Common Stock, $0.01 par value, traded on The Nasdaq Global Select Market under the symbol BWFL.
Our common stock trades on Nasdaq under the symbol BWFL. In 2025 we paid a quarterly cash dividend of $0.15 per
share, or $0.60 per share for the year, up from $0.14 per share per quarter ($0.56 for the year) in 2024.
"""

IS = """CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share amounts)
(Years ended December 31) 2025 2024 2023
Operating revenue:
Revenue, before fuel surcharge $812,400 $845,100 $870,300
Fuel surcharge 101,600 118,900 140,700
Total operating revenue 914,000 964,000 1,011,000
Operating expenses:
Salaries, wages and benefits 318,200 322,900 330,400
Fuel 110,300 126,800 150,200
Purchased transportation 201,500 205,900 210,300
Depreciation 98,400 96,100 92,800
Other operating expenses 140,200 137,300 131,300
Total operating expenses 868,600 889,000 915,000
Operating income 45,400 75,000 96,000
Interest expense, net 4,100 3,300 2,700
Income before income taxes 41,300 71,700 93,300
Income tax expense 10,700 18,300 23,600
Net income $30,600 $53,400 $69,700
"""

BS = """CONSOLIDATED BALANCE SHEETS
(In thousands, except share data; December 31, 2025 and 2024)
(In thousands) 2025 2024
ASSETS
Current assets:
Cash and cash equivalents $61,200 $44,800
Trade receivables, net 101,300 108,700
Total current assets 190,400 181,200
Property and equipment, net 702,300 688,900
Total assets $921,500 $899,300
LIABILITIES AND STOCKHOLDERS' EQUITY
Current liabilities:
Accounts payable $44,100 $47,300
Total current liabilities 98,700 101,900
Long-term debt 60,000 45,000
Total liabilities 280,400 271,100
Total stockholders' equity 641,100 628,200
Total liabilities and stockholders' equity $921,500 $899,300
"""

CF = """CONSOLIDATED STATEMENTS OF CASH FLOWS
(In thousands)
(Years ended December 31) 2025 2024 2023
Cash flows from operating activities:
Net income $30,600 $53,400 $69,700
Depreciation 98,400 96,100 92,800
Net cash provided by operating activities 131,550 150,200 171,900
Cash flows from investing activities:
Purchases of revenue equipment (92,000) (118,300) (136,100)
Purchases of other property and equipment (12,200) (13,500) (14,300)
Proceeds from sales of equipment 9,800 11,900 15,200
Net cash used in investing activities (98,300) (120,100) (132,600)
Cash flows from financing activities:
Dividends paid (15,700) (14,800) (13,900)
Net cash used in financing activities (16,600) (13,000) (27,800)
"""


SEGMENTS = """Note 10. Segment information
Segment information
(In thousands)
(Years ended December 31) 2025 2024 2023
Operating revenue:
Truckload $640,300 $688,100 $731,900
Logistics 273,700 275,900 279,100
Total operating revenue $914,000 $964,000 $1,011,000
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(BRAMBLE, {1: COVER, 5: IS, 6: BS, 7: CF, 9: SEGMENTS})])


def _checked(index, a):
    docs = index.documents()
    return check_facts_answer(a, docs, company_aliases(docs), index.page_text)


@pytest.mark.parametrize("question, figure", [
    ("What was BWFL's operating ratio for 2025?", "95.0%"),  # (914,000 - 45,400) / 914,000
    ("What was Bramblewood's return on average total assets in 2025?", "3.36%"),  # 30,600 / ((921,500 + 899,300) / 2)
    ("What was BWFL's current ratio as of December 31, 2025?", "1.93x"),  # 190,400 / 98,700
    ("What was Bramblewood's interest coverage ratio in 2025, using operating income?", "11.07x"),  # 45,400 / 4,100
])
def test_ratios_of_a_carrier_named_by_its_symbol(index, question, figure):
    a = answer_question(question, index)
    assert a is not None and not a.refused and figure in a.text.split("Formula")[0], a and a.text
    assert _checked(index, a) is not None


def test_an_amount_asked_in_millions_is_shown_to_a_tenth_and_checks(index):
    a = answer_question("How much free cash flow did Bramblewood generate in 2025, in USD millions?", index)
    # 131,550 - 104,200 = 27,350 thousand
    assert a is not None and "$27.4 million" in a.text.split("Formula")[0], a and a.text
    checked = _checked(index, a)
    assert checked is not None and checked.text == a.text


def test_the_operating_ratio_of_a_quarter_the_annual_report_lacks_is_not_given(index):
    a = answer_question("What was BWFL's operating ratio in the fourth quarter of 2025?", index)
    assert a is None or a.refused or "95.0%" not in a.text


def test_a_definition_with_inputs_named_by_the_filers_own_rows(index):
    # "revenue before fuel surcharge" is no metric of mia's: the row labelled so; "purchases of revenue equipment" is
    # one of two capital-expenditure rows: the one its words name, not the other or their sum
    a = answer_question("Measuring capital intensity as purchases of revenue equipment divided by revenue before fuel "
                        "surcharge, what was Bramblewood's capital intensity in 2025?", index)
    assert a is not None and "11.3%" in a.text.split("Formula")[0], a and a.text  # 92,000 / 812,400
    assert '"Revenue, before fuel surcharge"' in a.text and _checked(index, a) is not None
    a = answer_question("Define adjusted EBITDA as operating income plus depreciation plus purchased transportation. "
                        "What was Bramblewood's adjusted EBITDA in 2025, in USD millions?", index)
    assert a is not None and "$345.3 million" in a.text.split("Formula")[0], a and a.text  # 45.4 + 98.4 + 201.5
    # a row the filing does not have: declined, naming the input, never another figure in its place
    a = answer_question("Measuring capital intensity as purchases of revenue equipment divided by revenue from "
                        "dedicated fleets, what was Bramblewood's capital intensity in 2025?", index)
    assert a is not None and a.refused and "revenue from dedicated fleets" in a.text, a and a.text


def test_a_dividend_per_share_for_the_year_from_prose(index):
    a = answer_question("What cash dividend per share did Bramblewood pay for 2025?", index)
    assert a is not None and "$0.60 per share" in a.text and "$0.15" not in a.text.split("[1]")[0], a and a.text


@pytest.mark.parametrize("question", [
    "How much of Bramblewood's Truckload revenue in 2025 came from Texas?",
    "How much of Bramblewood's operating revenue in 2025 came from retail customers?",
    "What was Bramblewood's Dedicated Fleet revenue in 2025?",
])
def test_a_part_not_found_is_never_the_total(index, question):
    a = answer_question(question, index)
    assert a is None or a.refused or ("914,000" not in a.text and "640,300" not in a.text), a.text


def test_a_line_item_no_metric_names_is_read_from_its_row(index):
    a = answer_question("What did Bramblewood report for purchased transportation in 2025, in USD millions, per its "
                        "statements of operations?", index)
    assert a is not None and "$201.5 million" in a.text and '"Purchased transportation"' in a.text, a and a.text
    assert _checked(index, a) is not None
    # more than the row's own figure, or a label the filing does not print: not answered from a row
    for q in ("How much did Bramblewood's purchased transportation grow in 2025?",
              "What share of operating revenue did Bramblewood spend on purchased transportation in 2025?",
              "What did Bramblewood report for purchased fuel in 2025?"):
        a = answer_question(q, index)
        assert a is None or "201,500" not in a.text or "%" in a.text, (q, a.text)


# ---- a franchisor's statement of operations: D&A over two rows, a gain in parentheses among costs and expenses

WREN = DocMeta(doc_id="wrenfield0000001", doc="WRENFIELD_2025_10K", source="WRENFIELD_2025_10K.pdf",
               company="Wrenfield Kitchens", fiscal_year=2025, period="FY2025", doc_type="10-K")

WREN_IS = """WRENFIELD KITCHENS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
(Fiscal years) 2025 2024
Revenues:
Company restaurant sales $612,400 $588,900
Franchise royalties and fees 141,800 133,200
Total revenues 754,200 722,100
Costs and expenses:
Food and packaging 181,300 176,800
Labor and benefits 204,600 197,300
Depreciation 31,900 30,400
Amortization of reacquired franchise rights 2,700 2,500
Gain on sale of restaurants, net (5,200) (1,900)
General and administrative 88,400 84,100
Total costs and expenses 503,700 489,200
Operating income 250,500 232,900
Net income $171,300 $158,800
"""


WREN_MDNA = """Liquidity and capital resources
Net cash provided by operating activities was $221.4 million in fiscal 2025. On June 2, 2025 we completed the
acquisition of Larch Street Eateries, paying $58.3 million, net of cash acquired, for its 31 restaurants.
"""

WREN_CF = """CONSOLIDATED STATEMENTS OF CASH FLOWS
(In thousands)
(Fiscal years) 2025 2024
Net income $171,300 $158,800
Depreciation 31,900 30,400
Net cash provided by operating activities 221,400 204,800
Purchases of property and equipment (61,200) (58,700)
Acquisitions, net of cash acquired (58,300) (0)
Net cash used in investing activities (119,500) (58,700)
Dividends paid (40,100) (37,600)
Repurchases of common stock (35,000) (52,000)
Net cash used in financing activities (75,100) (89,600)
"""


@pytest.fixture(scope="module")
def wren():
    return memory_index([(WREN, {22: WREN_MDNA, 40: WREN_IS, 42: WREN_CF})])


def test_depreciation_and_amortization_split_over_two_rows_is_their_sum(wren):
    a = answer_question("What was Wrenfield Kitchens' total depreciation and amortization in fiscal 2025?", wren)
    assert a is not None and "34,600" in a.text and "503,700" not in a.text, a and a.text  # 31,900 + 2,700


def test_a_gain_in_parentheses_among_costs_and_expenses_is_a_gain(wren):
    a = answer_question("What did Wrenfield Kitchens report for gain on sale of restaurants in fiscal 2025?", wren)
    assert a is not None and "a gain of $5,200 thousand" in a.text and "-$5,200" not in a.text, a and a.text
    assert _checked(wren, a) is not None


def test_a_coverage_question_naming_an_acquisition_counts_the_acquisitions_row(wren):
    # free cash flow 221,400 - 61,200 = 160,200 against 40,100 + 35,000 + 58,300 = 133,400: covered
    a = answer_question("Was Wrenfield Kitchens' fiscal 2025 free cash flow enough to pay for the Larch Street "
                        "acquisition, its dividends and its share repurchases?", wren)
    assert a is not None and a.text.startswith("Yes") and "58,300" in a.text, a and a.text
    assert _checked(wren, a) is not None
    # a deal the filing does not price at the row's amount, or another use of cash: no verdict
    for q in ("Was Wrenfield Kitchens' fiscal 2025 free cash flow enough to pay for the Juniper Hall acquisition, its "
              "dividends and its share repurchases?",
              "Was Wrenfield Kitchens' fiscal 2025 free cash flow enough to cover its dividends, share repurchases "
              "and debt repayments?"):
        a = answer_question(q, wren)
        assert a is None or a.refused or not a.text.startswith(("Yes", "No")), (q, a.text)


def test_a_yes_no_question_is_not_answered_by_a_figure_alone(index):
    a = answer_question("Does BWFL depend on any single customer for a large share of its revenue?", index)
    assert a is None or a.refused or a.text.startswith(("Yes", "No")), a.text


def test_the_years_of_an_average_are_its_inputs_not_two_periods(index):
    # 30,600 / ((921,500 + 899,300) / 2): one year's ratio, not a change from 2024 to 2025
    a = answer_question("What was Bramblewood's return on assets for 2025, using net income over the average of "
                        "total assets at the ends of 2024 and 2025?", index)
    assert a is not None and "3.36%" in a.text.split("Formula")[0] and "percentage points" not in a.text, a and a.text



def test_operating_cash_flow_against_the_uses_the_question_names(index):
    # (92,000 + 12,200 - 9,800) + 15,700 = 110,100 against 131,550: covered
    a = answer_question("Did Bramblewood's 2025 operating cash flow cover its net capital expenditures plus "
                        "dividends?", index)
    assert a is not None and a.text.startswith("Yes") and "110,100" in a.text, a and a.text
    assert _checked(index, a) is not None
    # a use mia does not read: no verdict from the others
    a = answer_question("Did Bramblewood's 2025 operating cash flow cover its capital expenditures, dividends and "
                        "debt repayments?", index)
    assert a is None or a.refused or not a.text.startswith(("Yes", "No")), a.text


TESS_LIKE = DocMeta(doc_id="halvorsenmed0001", doc="HALVORSEN_2026_10K", source="HALVORSEN_2026_10K.pdf",
                    company="Halvorsen Medical", fiscal_year=2026, period="FY2026", doc_type="10-K")
HALV_IS = """CONSOLIDATED STATEMENTS OF INCOME
(in millions)
(Fiscal years) 2026 2025
Net sales $3,210.4 $2,980.2
Cost of products sold 1,180.3 1,120.9
Gross profit 2,030.1 1,859.3
Research and development expense 301.2 284.0
Acquired in-process research and development 22.5 61.0
Operating income 610.8 522.7
Net income $455.1 $390.6
"""


def test_a_part_named_before_the_metric_is_its_own_row():
    idx = memory_index([(TESS_LIKE, {6: HALV_IS})])
    a = answer_question("How much did Halvorsen Medical's acquired in-process R&D expense change from fiscal 2025 to "
                        "fiscal 2026, in USD millions?", idx)
    assert a is not None and "-$38.50 million" in a.text and "301.2" not in a.text, a and a.text  # 22.5 - 61.0
    a = answer_question("What was Halvorsen Medical's R&D expense in fiscal 2026?", idx)
    assert a is not None and "$301.2 million" in a.text, a and a.text


def test_a_row_that_leaves_the_part_out_is_not_the_parts_row(index):
    # "Revenue, before fuel surcharge" names the words but leaves the surcharge out: the "Fuel surcharge" row answers
    a = answer_question("By how much did Bramblewood's fuel surcharge revenue change in 2025 compared with 2024, in "
                        "USD millions?", index)
    assert a is not None and "-$17.30 million" in a.text and "812,400" not in a.text, a and a.text  # 101.6 - 118.9
