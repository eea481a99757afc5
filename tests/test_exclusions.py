"""Items a question excludes from a profit figure or a profit margin: a charge is added back and a credit or gain
taken away, by where and how the statement prints the row; a margin's items come out of its profit, never its
revenue; a row label holding "and" ("Impairment and loss on vessel sale") is one row; a nil cell printed as a lone
hyphen is a nil cell. Fictional filers, rows and wordings written for these tests."""

from __future__ import annotations

from assistant.answer.exclusions import exclusion_definitions
from assistant.answer.intents import answer_question
from assistant.finance.inputs import check_input
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, Input, Op, find_definitions
from finance_filings import memory_index, meta
from test_intents_definition_adjusted import IX as BRIGHTPEAK

HL = meta("HARBORLINE_FERRIES_2025_10K", "Harborline Ferries Corp.", 2025)

# nil cells printed as a lone hyphen, as some filers' typesetting does
OPERATIONS = """HARBORLINE FERRIES CORP.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Fiscal year 2025 2024 2023
Passenger fares 1,840.0 1,702.5 1,590.2
Freight and vehicle fares 610.0 597.5 540.8
Total revenues 2,450.0 2,300.0 2,131.0
Operating costs and expenses
Crew wages and related 702.1 668.3 640.0
Fuel 388.6 401.2 352.9
Terminal and port charges 215.4 203.8 190.1
Depreciation and amortization 240.3 231.7 220.5
Impairment and loss on vessel sale - 64.0 -
Total operating costs and expenses 1,546.4 1,569.0 1,403.5
Operating income 903.6 731.0 727.5
Interest expense, net (88.2) (92.4) (95.0)
Income before income taxes 815.4 638.6 632.5
Income tax expense 163.1 127.7 126.5
Net income 652.3 510.9 506.0
"""

FERRY = memory_index([(HL, {61: OPERATIONS})])


def _ask(q: str, ix=FERRY):
    a = answer_question(q, ix)
    assert a is not None, q
    return a


def test_an_excluded_charge_is_added_back_to_operating_income():
    a = _ask("Excluding restructuring charges, what was Brightpeak Software's FY2025 operating income?", BRIGHTPEAK)
    assert not a.refused, a.text
    assert "1,200" in a.text, a.text  # 1,080 + 120: the charge printed among the expenses is added back
    assert "960" not in a.text, a.text  # never the charge subtracted a second time
    # a row no metric names: before, 1,080 - 80 = 1,000 was shown as the figure excluding the charge
    a = _ask("Excluding asset impairment charges, what was Brightpeak Software's FY2025 operating income?", BRIGHTPEAK)
    assert not a.refused, a.text
    assert "1,160" in a.text and "1,000" not in a.text, a.text


def test_charges_listed_are_taken_out_of_the_margins_profit_not_its_revenue():
    a = _ask("Excluding restructuring charges and asset impairment charges, what was Brightpeak Software's FY2025 "
             "operating margin?", BRIGHTPEAK)
    assert not a.refused, a.text
    assert "23.3%" in a.text, a.text  # (1,080 + 120 + 80) / 5,500


def test_a_gain_credited_among_expenses_is_taken_away_and_a_nil_year_is_nil():
    a = _ask("Excluding the gain on sale of product line, what was Brightpeak Software's operating margin in FY2025 "
             "and FY2024, and by how many percentage points did it change?", BRIGHTPEAK)
    assert not a.refused, a.text
    # FY2025: (1,080 - 300) / 5,500 = 14.2%; FY2024 printed "—": 410 / 4,650 = 8.82%
    assert "14.2%" in a.text and "8.82%" in a.text and "+5.4 percentage points" in a.text, a.text


def test_a_label_holding_and_is_one_row_excluded_from_the_margin():
    d = exclusion_definitions("Excluding the impairment and loss on vessel sale, what was Harborline Ferries' "
                              "operating margin in fiscal 2024?")
    assert len(d) == 1, d
    (excluded,) = [n.right for n in [d[0].expr.left.left] if isinstance(n, Op)]
    assert isinstance(excluded, Input) and excluded.metric == "row:impairment and loss on vessel sale"
    assert excluded.effect
    a = _ask("Excluding the impairment and loss on vessel sale, what was Harborline Ferries' operating margin in "
             "fiscal 2024?")
    assert not a.refused, a.text
    assert "34.6%" in a.text, a.text  # (731.0 + 64.0) / 2,300.0; the reported margin is 31.8%
    assert "Impairment and loss on vessel sale" in a.text, a.text


def test_a_lone_hyphen_is_a_nil_cell_of_the_row():
    row = "Impairment and loss on vessel sale - 64.0 -"
    from assistant.types import Fact

    f = Fact(doc_id="d", doc="HARBORLINE_FERRIES_2025_10K", source="x.pdf", page=61,
             label="Impairment and loss on vessel sale", value=64.0, scale=1e6, unit="USD", period="FY2024",
             fiscal_year=2024, quote=row)
    assert check_input(f, OPERATIONS) is None, check_input(f, OPERATIONS)


def test_an_item_below_operating_income_of_unsaid_sign_is_declined():
    # "Interest expense, net" stands outside the costs and expenses and names no gain or loss: whether excluding it
    # adds or subtracts is not shown, so no figure is computed with a guessed sign
    a = answer_question("Excluding interest expense, net, what was Harborline Ferries' net income in fiscal 2025?",
                        FERRY)
    assert a is None or a.refused or ("564.1" not in a.text and "740.5" not in a.text), a.text


def test_a_source_off_the_statements_is_not_replaced_by_the_statements_row():
    q = ("Excluding the impairment and loss on vessel sale, what was Harborline Ferries' operating margin in fiscal "
         "2024? Use the segment reconciliation.")
    assert exclusion_definitions(q) == []
    a = answer_question(q, FERRY)
    assert a is None or a.refused or "34.6%" not in a.text, a.text


def test_a_named_line_over_a_base_is_not_answered_by_the_bases_own_change():
    # the facts path reads "total net revenues ... change" as revenue growth; a figure of the base alone answers
    # nothing asked as a share of it, so the named line over the base is computed
    ops = (OPERATIONS.replace("Terminal and port charges 215.4", "Product development 215.4")
           .replace("Total revenues", "Total net revenues"))
    ix = memory_index([(HL, {61: ops})])
    a = _ask("Using the consolidated statements of operations, by how many percentage points did Harborline Ferries' "
             "product development expense as a percentage of total net revenues change from FY2024 to FY2025? Round "
             "to one decimal place.", ix)
    assert not a.refused, a.text
    # 215.4 / 2,450.0 = 8.79%; 203.8 / 2,300.0 = 8.86%: 8.8% and 8.9% at the one decimal asked
    assert "-0.1 percentage points" in a.text and "8.9%" in a.text and "8.8%" in a.text, a.text
    assert "6.52%" not in a.text, a.text  # never the revenue growth


def test_a_serial_list_said_combined_defines_a_share_of_revenue_asked_by_a_pronoun():
    q = ("Taking vessel operating costs as crew wages and related, fuel expenses, and terminal and port charges "
         "combined, what share of Harborline Ferries' total revenues did they represent in fiscal 2025, and was that "
         "higher or lower than in fiscal 2024?")
    (d,) = find_definitions(q, LOOKUP)
    assert isinstance(d, Definition), d
    assert [i.metric for i in d.inputs()] == ["row:crew wages and related", "row:fuel expenses",
                                              "row:terminal and port charges"], d
    a = _ask(q)
    assert not a.refused, a.text
    # FY2025: (702.1 + 388.6 + 215.4) / 2,450.0 = 53.31%; FY2024: (668.3 + 401.2 + 203.8) / 2,300.0 = 55.36%
    assert "53.3%" in a.text and "55.4%" in a.text and "-2.1 percentage points" in a.text, a.text


def test_a_listed_item_printed_on_no_row_declines_the_share():
    q = ("Taking vessel operating costs as crew wages and related, catering, and terminal and port charges combined, "
         "what share of Harborline Ferries' total revenues did they represent in fiscal 2025?")
    a = answer_question(q, FERRY)
    assert a is None or a.refused or "%" not in a.text.split("Formula")[0], a.text


def test_an_and_inside_one_figures_label_still_reads_as_that_figure():
    # "and" read as part of a row's label only where the words name items one by one; elsewhere a label of a metric
    # that holds "and" keeps its metric, and words listing other figures are never the metric of their last words
    (d,) = find_definitions("Define capital intensity as additions to property, plant and equipment divided by net "
                            "sales.", LOOKUP)
    assert isinstance(d, Definition) and d.expr.left.metric == "capital_expenditure", d
    (d,) = find_definitions("Define capex as payments for property, plant and equipment. What was it?", LOOKUP)
    assert isinstance(d, Definition) and isinstance(d.expr, Input) and d.expr.metric == "capital_expenditure", d
    (d,) = find_definitions("Define quick assets as cash, receivables and inventory. What was the quick ratio?",
                            LOOKUP)
    assert not (isinstance(d, Definition) and isinstance(d.expr, Input) and d.expr.metric == "inventory"), d


def test_a_generic_head_left_out_never_turns_words_of_extent_into_a_line():
    from assistant.answer.company_figures import _headless
    from assistant.finance.registry import label_tokens

    assert _headless(label_tokens("fuel expenses")) == label_tokens("Fuel")
    assert _headless(label_tokens("other vessel operating expenses")) == label_tokens("Other vessel operating")
    assert _headless(label_tokens("total costs")) != label_tokens("Total")  # a table's "Total" is no cost line
    assert _headless(label_tokens("other expenses")) != label_tokens("Other")
