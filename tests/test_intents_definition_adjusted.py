"""Definitions stated over two or three statement rows, in the wordings analysts use: a comma that groups what comes
before "divided by", a filer's sign alternative inside a row's name ("provided by (used in)"), a part of a metric
("subscription revenue": the line under the "Revenue:" heading, never total revenue), a definite reference to an item
the question introduced ("... includes a gain on ... minus the gain"), items added back to a figure, an item excluded
from the figure asked, "the ratio of A to B", and a parenthesised arithmetic after a period. Each is computed from
its rows, tied to its period and page, or declined when a row is not found. Fictional filer, rows and wordings
written for these tests."""

from __future__ import annotations

from assistant.answer.quantities import LOOKUP
from assistant.answer.exclusions import exclusion_definitions
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, Input, Op, find_definitions, parse, part_of
from finance_filings import memory_index, meta

BP = meta("BRIGHTPEAK_SOFTWARE_2025_10K", "Brightpeak Software Inc.", 2025)

INCOME = """BRIGHTPEAK SOFTWARE INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Year Ended December 31 2025 2024
Revenue:
Subscription $ 4,800 $ 4,000
Professional services 700 650
Total revenue 5,500 4,650
Cost of revenue:
Subscription 960 880
Professional services 560 540
Total cost of revenue 1,520 1,420
Gross profit 3,980 3,230
Operating expenses:
Research and development 1,100 1,000
Sales and marketing 1,500 1,400
General and administrative 400 380
Restructuring charges 120 —
Asset impairment charges 80 40
Gain on sale of product line (300) —
Total operating expenses 2,900 2,820
Operating income 1,080 410
Royalty income 90 70
Interest expense (60) (55)
Gain or (loss) on sale of businesses 150 (20)
Income before income taxes 1,260 405
Provision for income taxes 250 80
Net income $ 1,010 $ 325
"""

CASH = """BRIGHTPEAK SOFTWARE INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(in millions)
Year Ended December 31 2025 2024
Net income $ 1,010 $ 325
(Gain) or loss on sale of businesses (150) 20
Net cash provided by (used in) operating activities 1,420 (35)
Purchases of property and equipment (210) (190)
Net cash used in investing activities (210) (190)
"""

IX = memory_index([(BP, {48: INCOME, 50: CASH})])


def _ask(q: str, ix=IX):
    a = answer_question(q, ix)
    assert a is not None, q
    return a


# ---- parsing ------------------------------------------------------------------------------------------------------


def test_a_comma_before_divided_by_groups_what_comes_before():
    e = parse("gross profit minus royalty income, divided by net sales", LOOKUP)
    assert isinstance(e, Op) and e.op == "/", e
    assert isinstance(e.left, Op) and e.left.op == "-", e


def test_a_sign_alternative_in_a_label_is_words_not_arithmetic():
    d = find_definitions("Define free cash flow as net cash provided by (used in) operating activities minus purchases "
                         "of property and equipment. What was Brightpeak Software's FY2025 free cash flow?", LOOKUP)
    assert len(d) == 1 and isinstance(d[0], Definition), d
    assert [i.metric for i in d[0].inputs()] == ["cash_from_operations", "capital_expenditure"], d


def test_words_before_a_metric_name_a_part_of_it():
    assert part_of("subscription cost of revenue", LOOKUP) == ("cost_of_revenue", "subscription")
    assert part_of("total net revenue", LOOKUP) is None  # extent, no part
    assert part_of("segment operating income", LOOKUP) is None  # a kind of part, not a part


# ---- computing ----------------------------------------------------------------------------------------------------


def test_a_part_of_a_metric_is_its_own_line_under_the_heading():
    a = _ask("Define Brightpeak Software's subscription gross margin as subscription revenue minus subscription cost "
             "of revenue, divided by subscription revenue. By how many percentage points did it change from FY2024 "
             "to FY2025?")
    assert not a.refused, a.text
    # FY2025: (4,800 - 960) / 4,800 = 80.0%; FY2024: (4,000 - 880) / 4,000 = 78.0%
    assert "80.0%" in a.text and "78.0%" in a.text and "+2.0 percentage points" in a.text, a.text
    assert "5,500" not in a.text and "1,520" not in a.text, a.text  # never the totals


def test_a_part_with_no_line_of_its_own_is_declined():
    income = INCOME.replace("Subscription 960 880\n", "")
    a = _ask("Define Brightpeak Software's subscription gross margin as subscription revenue minus subscription cost "
             "of revenue, divided by subscription revenue. What was it in FY2025?",
             memory_index([(BP, {48: income, 50: CASH})]))
    assert a.refused, a.text
    assert "1,520" not in a.text, a.text


def test_the_gain_refers_to_the_gain_introduced_and_is_read_by_its_sign():
    a = _ask("Brightpeak Software's FY2025 operating income includes a gain on sale of product line. Excluding that "
             "gain, what was its FY2025 operating margin (operating income minus the gain, divided by total revenue)? "
             "Answer in percent.")
    assert not a.refused, a.text
    assert "14.2%" in a.text, a.text  # (1,080 - 300) / 5,500; the gain is printed (300) among the expenses


def test_items_added_back_to_operating_income_feed_the_margin():
    a = _ask("Adding back restructuring charges and asset impairment charges to operating income, what was "
             "Brightpeak Software's FY2025 operating margin before these charges (as a percentage of total revenue)?")
    assert not a.refused, a.text
    assert "23.3%" in a.text, a.text  # (1,080 + 120 + 80) / 5,500


def test_an_excluded_item_is_taken_out_of_the_figure_asked():
    q = ("Excluding the gain or loss on sale of businesses, by what percentage did Brightpeak Software's income "
         "before income taxes change from FY2024 to FY2025?")
    d = exclusion_definitions(q)
    assert len(d) == 1 and isinstance(d[0].expr, Op) and d[0].expr.op == "-", d
    a = _ask(q)
    assert not a.refused, a.text
    # FY2025: 1,260 - 150 = 1,110; FY2024: 405 - (-20) = 425 (a loss added back); the income statement's row, not the
    # cash flow statement's reversal
    assert "1,110" in a.text and "425" in a.text and "+161.2%" in a.text, a.text


def test_an_excluded_item_with_no_row_is_not_computed():
    q = ("Excluding the gain or loss on sale of businesses, by what percentage did Brightpeak Software's income "
         "before income taxes change from FY2024 to FY2025?")
    income = INCOME.replace("Gain or (loss) on sale of businesses 150 (20)\n", "")
    cash = CASH.replace("(Gain) or loss on sale of businesses (150) 20\n", "")
    a = answer_question(q, memory_index([(BP, {48: income, 50: cash})]))
    assert a is None or a.refused or "+211" not in a.text, a.text  # never the unadjusted growth as the answer


def test_the_ratio_of_two_figures_is_the_arithmetic_asked():
    a = _ask("Compute Brightpeak Software's ratio of research and development to total revenue. By how many "
             "percentage points did it change from FY2024 to FY2025?")
    assert not a.refused, a.text
    # 1,100 / 5,500 = 20.0%; 1,000 / 4,650 = 21.5%
    assert "20.0%" in a.text and "21.5%" in a.text, a.text


def test_arithmetic_in_parentheses_after_a_period_defines_the_share():
    a = _ask("What share of Brightpeak Software's operating income did royalty income represent in FY2025 (royalty "
             "income divided by operating income), and by how many percentage points did that share change from "
             "FY2024? Round each year's share to one decimal place before taking the difference.")
    assert not a.refused, a.text
    # 90 / 1,080 = 8.33%, 8.3% at the one decimal asked; 70 / 410 = 17.1%
    assert "8.3%" in a.text and "8.33%" not in a.text and "17.1%" in a.text, a.text


def test_an_excluded_item_printed_only_on_another_statement_is_not_taken_out():
    # the income statement prints no such line; a like-named balance on the balance sheet is no part of the figure
    q = ("Excluding the deferred commissions balance, by what percentage did Brightpeak Software's income before "
         "income taxes change from FY2024 to FY2025?")
    balance = """BRIGHTPEAK SOFTWARE INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31 2025 2024
Cash and cash equivalents $ 2,100 $ 1,500
Deferred commissions balance 310 260
Total assets $ 9,800 $ 8,900
"""
    a = answer_question(q, memory_index([(BP, {48: INCOME, 50: CASH, 52: balance})]))
    assert a is None or a.refused or ("950" not in a.text and "145" not in a.text), a.text  # 1,260 - 310; 405 - 260


def test_an_excluded_item_read_from_this_years_statement_beside_last_years_report():
    # last year's report prints no such line (nothing was sold); this year's income statement prints it with a nil
    # prior-year cell: both periods are read from income statements, so the exclusion is computed
    bp24 = meta("BRIGHTPEAK_SOFTWARE_2024_10K", "Brightpeak Software Inc.", 2024)
    income24 = (INCOME.replace("Year Ended December 31 2025 2024", "Year Ended December 31 2024 2023")
                .replace("Gain or (loss) on sale of businesses 150 (20)\n", "")
                .replace("Income before income taxes 1,260 405", "Income before income taxes 405 380"))
    income25 = INCOME.replace("Gain or (loss) on sale of businesses 150 (20)", "Gain or (loss) on sale of businesses 150 —")
    cash25 = CASH.replace("(Gain) or loss on sale of businesses (150) 20", "(Gain) or loss on sale of businesses (150) —")
    ix = memory_index([(BP, {48: income25, 50: cash25}), (bp24, {47: income24})])
    a = _ask("Excluding the gain or loss on sale of businesses, by what percentage did Brightpeak Software's income "
             "before income taxes change from FY2024 to FY2025?", ix)
    assert not a.refused, a.text
    assert "1,110" in a.text and "+174.1%" in a.text, a.text  # (1,260 - 150) / (405 - 0)
def test_a_part_gross_profit_excluded_from_the_gross_margin_i_e_stated():
    # "i.e." restates the figure named before as arithmetic; a part's gross profit is the part's revenue less the
    # part's cost of revenue (each its own line under its heading); the "Excluding ..." clause is what it computes
    a = _ask("Excluding professional services revenue and professional services costs, what was Brightpeak Software's "
             "FY2025 gross margin, i.e. (gross profit minus professional services gross profit) divided by (total "
             "revenue minus professional services revenue)? Answer in percent.")
    assert not a.refused, a.text
    assert "80.0%" in a.text, a.text  # (3,980 - (700 - 560)) / (5,500 - 700)
    assert "72.4%" not in a.text, a.text  # never the reported gross margin (3,980 / 5,500)


def test_i_e_before_words_that_state_no_arithmetic_defines_nothing():
    q = "What were Brightpeak Software's net sales in the latest year, i.e. FY2025?"
    assert find_definitions(q, LOOKUP) == []


def test_the_adjusted_numerator_and_denominator_are_shown():
    a = _ask("Define Brightpeak Software's subscription gross margin as subscription revenue minus subscription cost "
             "of revenue, divided by subscription revenue. What was it in FY2025?")
    assert not a.refused, a.text
    assert "= 3,840 / 4,800" in a.text, a.text  # (4,800 - 960) shown as its result before the margin
