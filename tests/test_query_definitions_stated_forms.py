"""Session 24 (issue #10): definitions stated in the question in forms filers' readers write, each computed exactly as
stated:

- two balance dates a year apart inside a definition ("the average of inventories at September 30, 2024 and
  September 30, 2025"), and a second definition after a semicolon that points back at the first ("...; days on hand
  is 365 divided by that turnover");
- a trailing scale factor followed by an instruction joined with "and" ("..., multiplied by 365 and rounded to a
  tenth") and a comma-qualified label ("receivables, net");
- a bare "current maturities" beside the long-term debt it belongs to;
- "A and other B" printed as two rows ("Goodwill", "Other intangible assets"): their sum;
- a judgement "judged by capex as a share of revenue and compared with depreciation" (the comparison is no operand).

Fictional filer Quillfeather Valve Works, Inc. (a September fiscal year); every row and wording written for these
tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP
from assistant.query import definitions
from assistant.query.definitions import Definition, Unparsed, find_definitions
from finance_filings import memory_index
from assistant.types import DocMeta

QUILL = DocMeta(doc_id="quillfeather25", doc="QUILLFEATHER_2025_10K", source="QUILLFEATHER_2025_10K.pdf",
                company="Quillfeather Valve Works, Inc.", fiscal_year=2025, period="FY2025", doc_type="10-K",
                extra={"period_end": "2025-09-30"})

# operating profit 2025: 1,204.0 - 801.6 - 214.3 = 188.1; EBITDA = 188.1 + 46.2 + 12.7 = 247.0
QUILL_IS = """QUILLFEATHER VALVE WORKS, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
(In millions)
Years Ended September 30, 2025 2024
Net revenues $ 1,204.0 $ 1,130.5
Cost of products sold 801.6 760.2
Selling and administrative expenses 214.3 205.9
Operating profit 188.1 164.4
Interest expense 21.5 23.0
Earnings before income taxes 166.6 141.4
Income taxes 38.3 31.1
Net earnings $ 128.3 $ 110.3
"""

# inventories 176.0 (2025) and 164.0 (2024): average 170.0; turnover 801.6 / 170.0 = 4.715x; 365 / 4.715 = 77.4 days
# receivables 2025: 211.4 / 1,204.0 x 365 = 64.1 days
# total debt 2025: 30.0 + 392.0 = 422.0; leverage 422.0 / 247.0 = 1.71x
# current assets other than receivables 2025: 494.7 - (211.4 + 11.0) = 272.3
QUILL_BS = """QUILLFEATHER VALVE WORKS, INC.
CONSOLIDATED BALANCE SHEETS
(In millions)
September 30, 2025 2024
Cash and cash equivalents $ 96.3 $ 88.0
Receivables, net 211.4 198.7
Inventories 176.0 164.0
Other receivables 11.0 10.0
Total current assets 494.7 460.7
Property, plant and equipment, net 402.5 389.1
Goodwill 301.5 301.5
Other intangible assets 118.9 131.6
Total assets $ 1,317.6 $ 1,282.9
Accounts payable $ 104.2 $ 99.8
Current maturities of long-term debt 30.0 30.0
Accrued liabilities 88.1 84.0
Total current liabilities 222.3 213.8
Long-term debt 392.0 421.0
Other liabilities 190.7 181.5
Total liabilities 805.0 816.3
Total stockholders' equity 512.6 466.6
Total liabilities and stockholders' equity $ 1,317.6 $ 1,282.9
"""

# capex 2025 55.4 / 1,204.0 = 4.60% of revenue; 55.4 / 46.2 = 1.20x depreciation
QUILL_CF = """QUILLFEATHER VALVE WORKS, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Years Ended September 30, 2025 2024
Net earnings $ 128.3 $ 110.3
Depreciation 46.2 44.9
Amortization of acquired intangibles 12.7 12.7
Changes in working capital (9.8) (4.1)
Net cash provided by operating activities 177.4 163.8
Purchases of property, plant and equipment (55.4) (51.0)
Net cash used in investing activities (55.4) (51.0)
Repayments of long-term debt (29.0) (30.0)
Dividends paid (40.0) (38.0)
Net cash used in financing activities (69.0) (68.0)
"""

Q = "Quillfeather Valve Works"


@pytest.fixture(scope="module")
def index():
    return memory_index([(QUILL, {41: QUILL_IS, 42: QUILL_BS, 44: QUILL_CF})])


def test_two_balance_dates_a_year_apart_read_as_their_years():
    balance_dates = definitions.balance_dates
    assert balance_dates("the average of stock at March 31, 2024 and March 31, 2025") == \
        "the average of stock at 2024 and 2025"
    # a 52/53-week year ends on a weekday: a few days apart is still a year apart
    assert balance_dates("between January 28, 2024 and February 1, 2025") == "between 2024 and 2025"
    # not a year apart (a quarter-end against a year-end), or two years apart: left as written
    assert balance_dates("at June 30, 2025 and September 30, 2025") == "at June 30, 2025 and September 30, 2025"
    assert balance_dates("at September 30, 2023 and September 30, 2025") == \
        "at September 30, 2023 and September 30, 2025"


def test_an_average_over_two_dates_and_a_definition_pointing_back_at_it(index):
    q = (f"Stock turnover is defined as FY2025 cost of products sold divided by the mean of the inventory balances on "
         f"September 30, 2024 and September 30, 2025; days on hand equals 365 over that turnover. What were both "
         f"for {Q} in FY2025?")
    defs = find_definitions(q, LOOKUP)
    assert len(defs) == 2 and all(isinstance(d, Definition) for d in defs), defs
    avg = [i for i in defs[0].inputs() if i.metric == "inventory"]
    assert avg and avg[0].how == "average" and avg[0].years == (2024, 2025), avg
    # the second one is 365 over the first one's arithmetic, never an unread "that turnover"
    assert {i.metric for i in defs[1].inputs()} == {"cost_of_revenue", "inventory"}, defs[1]
    q1 = (f"Define inventory turnover as FY2025 cost of products sold over the mean of the inventory balances on "
          f"September 30, 2024 and September 30, 2025. What was {Q}'s FY2025 inventory turnover?")
    a = answer_question(q1, index)
    assert a is not None and not a.refused and "4.72" in a.text, a and a.text


def test_dates_that_are_no_two_year_ends_are_not_read(index):
    q = (f"Define inventory turnover as FY2025 cost of products sold over the mean of the inventory balances on June "
         f"30, 2025 and September 30, 2025. What was {Q}'s FY2025 inventory turnover?")
    defs = find_definitions(q, LOOKUP)
    assert any(isinstance(d, Unparsed) for d in defs), defs
    a = answer_question(q, index)
    assert a is None or a.refused or "4.72" not in a.text, a.text


def test_a_scale_factor_then_an_instruction_joined_by_and(index):
    q = (f"How many days of sales were outstanding at {Q} in fiscal 2025, computed as closing receivables, net "
         f"over net revenues, multiplied by 365 and rounded to a tenth of a day?")
    defs = find_definitions(q, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    a = answer_question(q, index)
    assert a is not None and not a.refused and "64.1" in a.text, a and a.text


def test_bare_current_maturities_beside_long_term_debt(index):
    q = (f"Take leverage to be borrowings (current maturities plus long-term debt) over EBITDA (operating profit plus "
         f"depreciation plus amortization of acquired intangibles). What was {Q}'s leverage at its fiscal 2025 "
         f"year-end?")
    defs = find_definitions(q, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    assert "current_debt" in {i.metric for i in defs[0].inputs()}, defs
    a = answer_question(q, index)
    assert a is not None and not a.refused and "1.71" in a.text, a and a.text


def test_bare_current_portion_with_no_long_term_figure_beside_it_stays_unread():
    q = ("Define the near-term burden as current maturities divided by cash and cash equivalents. What was it for "
         f"{Q} in fiscal 2025?")
    defs = find_definitions(q, LOOKUP)
    assert defs and isinstance(defs[0], Unparsed), defs


def test_a_and_other_b_printed_as_two_rows_is_their_sum(index):
    q = (f"Was {Q}'s liquid cushion (total current assets less receivables, net and other receivables) above zero, i.e. "
         f"positive, at its fiscal 2025 year-end?")
    a = answer_question(q, index)
    assert a is not None and not a.refused and "272.3" in a.text, a and a.text
    assert "211.4" in a.text and "11" in a.text, a.text


def test_a_and_other_b_with_no_figure_named_first_is_only_its_own_row(index):
    # "goodwill" is no figure of mia's: the words are the one row so labelled, and none is printed here
    q = (f"Was {Q}'s tangible equity (total stockholders' equity less goodwill and other intangible assets) above "
         f"zero at its fiscal 2025 year-end?")
    a = answer_question(q, index)
    assert a is None or a.refused or "92.2" not in a.text, a.text


def test_a_judgement_by_capex_share_and_compared_with_depreciation(index):
    q = (f"Measured by fiscal 2025 capital spending as a percentage of net revenues and set against depreciation, "
         f"would you call {Q} capital intensive?")
    defs = find_definitions(q, LOOKUP)
    assert not any(isinstance(d, Unparsed) for d in defs) and not any(
        i.metric == "depreciation" for d in defs for i in d.inputs()), defs  # "compared with" adds nothing
    a = answer_question(q, index)
    assert a is not None, a
    assert "4.6" in a.text and "1.20x" in a.text and "46.2" in a.text, a.text
    # the verdict is the conventions' own, with the year before for context (51.0 / 1,130.5 = 4.51%)
    assert a.text.startswith("No:") and "For context" in a.text and "4.51%" in a.text, a.text


def test_the_sign_of_an_amount_the_question_defines(index):
    q = (f"Was {Q}'s liquid cushion (total current assets less receivables, net and other receivables) negative at its "
         f"fiscal 2025 year-end?")
    a = answer_question(q, index)
    assert a is not None and not a.refused and a.text.startswith("No:") and "272.3" in a.text, a and a.text
    assert "494.7 - (211.4 + 11)" in a.text, a.text


# a second fictional filer whose capital spending row also takes in intangibles, as one line
WEYLAND = DocMeta(doc_id="weylandtin25", doc="WEYLANDTIN_2025_10K", source="WEYLANDTIN_2025_10K.pdf",
                  company="Weyland Tinplate Group", fiscal_year=2025, period="FY2025", doc_type="10-K",
                  extra={"period_end": "2025-06-30"})
# free cash flow 2025: 642.0 - 288.5 = 353.5 against dividends of 301.2 (covered 1.17x); 2024: 590.3 - 301.9 = 288.4
# against 296.0 (not covered)
WEYLAND_CF = """WEYLAND TINPLATE GROUP
CONSOLIDATED STATEMENTS OF CASH FLOWS
($ in millions)
Years Ended June 30, 2025 2024
Net income $ 402.7 $ 377.5
Depreciation and amortization 250.3 241.8
Changes in operating assets and liabilities (11.0) (29.0)
Net cash provided by operating activities 642.0 590.3
Additions to property, plant and equipment and other intangibles (288.5) (301.9)
Proceeds from sales of property, plant and equipment 12.4 8.8
Net cash used in investing activities (276.1) (293.1)
Dividends paid (301.2) (296.0)
Net cash used in financing activities (301.2) (296.0)
"""


def test_a_line_of_a_and_other_b_inside_a_defined_free_cash_flow():
    ix = memory_index([(WEYLAND, {55: WEYLAND_CF})])
    q = ("Was Weyland Tinplate's free cash flow (operating cash flow less additions to property, plant, and "
         "equipment, and other intangibles) enough to fund its dividend payments in fiscal 2025?")
    defs = find_definitions(q, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    a = answer_question(q, ix)
    assert a is not None and not a.refused and a.text.startswith("Yes"), a and a.text
    assert "353.5" in a.text and "288.5" in a.text and "301.2" in a.text, a.text


def test_a_coverage_verdict_with_the_period_before_compared():
    """"..., and how did that headroom compare with fiscal 2024?" asks the same cover for the year before: both years'
    figures, each cited, never a change of free cash flow presented as the verdict."""
    ix = memory_index([(WEYLAND, {55: WEYLAND_CF})])
    q = ("Was Weyland Tinplate's free cash flow (operating cash flow less additions to property, plant, and "
         "equipment, and other intangibles) enough to fund its dividend payments in fiscal 2025, and "
         "how did that headroom compare with fiscal 2024?")
    a = answer_question(q, ix)
    assert a is not None and not a.refused and a.text.startswith("Yes"), a and a.text
    assert "1.17x" in a.text and "For FY2024" in a.text and "288.4" in a.text and "296" in a.text, a.text
    assert "0.97x" in a.text and "not covered" in a.text and "changed by" not in a.text, a.text


# a third fictional filer: a debt-retirement loss on its income statement
TARNWELL = DocMeta(doc_id="tarnwell25", doc="TARNWELL_2025_10K", source="TARNWELL_2025_10K.pdf",
                   company="Tarnwell Stores Inc.", fiscal_year=2025, period="FY2025", doc_type="10-K",
                   extra={"period_end": "2025-12-31"})
# pre-tax income 2025: 643.0 + 61.0 = 704.0 with the loss added back
TARNWELL_IS = """TARNWELL STORES INC.
CONSOLIDATED STATEMENTS OF INCOME
(Amounts in millions)
Years Ended December 31, 2025 2024
Total revenues 9,410.0 9,002.5
Cost of sales 6,902.1 6,611.0
Operating, selling, general and administrative expenses 1,711.4 1,650.2
Operating income 796.5 741.3
Interest, net 88.2 90.1
Loss on extinguishment of debt 61.0 —
Other (gains) and losses 4.3 (2.0)
Income before income taxes 643.0 653.2
Provision for income taxes 150.1 148.8
Consolidated net income 492.9 504.4
"""


def test_that_loss_added_back_is_the_loss_the_sentence_before_introduces():
    """"... booked a loss on extinguishment of debt ... Adding that loss back, ...": "that loss" is the one item the
    sentence before introduces with "a" and the same head noun; the figure asked is computed with it added back."""
    ix = memory_index([(TARNWELL, {30: TARNWELL_IS})])
    q = ("Tarnwell Stores booked a loss on extinguishment of debt in 2025 that lowered its pre-tax result. Adding that "
         "loss back, how much would its 2025 income before income taxes have been?")
    a = answer_question(q, ix)
    assert a is not None and not a.refused and "704" in a.text and "643 + 61" in a.text, a and a.text
    # two such items introduced: the reference points at neither, and no adjusted figure is shown
    q2 = ("Tarnwell Stores booked a loss on extinguishment of debt and a loss on store disposals in 2025. Adding that "
          "loss back, how much would its 2025 income before income taxes have been?")
    a2 = answer_question(q2, ix)
    assert a2 is None or a2.refused or "704" not in a2.text, a2.text
