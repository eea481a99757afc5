"""Definitions a question states in other ways than "X is defined as ...": a part of a ratio named after its body
("treating cash and receivables as the quick assets"), a parenthesis after the figure ("capex intensity (capital
expenditures as a % of net sales)"), an average over two year-ends in words, the inputs to use listed ("using
cost of sales and the average of the inventory balances at the 2022 and 2023 year-ends"). Each is computed
exactly as stated, or declined; mia's own formula never replaces it.

The filer is the fictional Harbor Home Products of ``finance_filings`` (a June fiscal year); every wording was
written for these tests. Gold figures are worked by hand in the comments.
"""

from __future__ import annotations

import pytest

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, Op, find_definitions, list_sum, stated_inputs, without_definitions
from finance_filings import page_index

H = "Harbor Home Products"


@pytest.fixture(scope="module")
def index():
    return page_index(["harbor", "corvane", "meridian"])


def ask(index, q):
    a = answer_question(q, index)
    assert a is not None, q
    return a


# ------------------------------------------------------------------------------------------------ parsing


def test_a_part_named_after_its_body_is_the_sum_of_the_figures_listed():
    for q in (f"What was {H}' quick ratio for FY2023, treating cash and cash equivalents and accounts receivable "
              f"as the quick assets?",
              f"{H}' FY2023 quick ratio, taking cash and cash equivalents plus accounts receivable as quick assets?",
              f"What was the FY2023 quick ratio of {H}, where quick assets are cash and cash equivalents and "
              f"accounts receivable?"):
        (d,) = find_definitions(q, LOOKUP)
        assert isinstance(d, Definition) and d.name == "quick assets", (q, d)
        assert {i.metric for i in d.inputs()} == {"cash_and_equivalents", "accounts_receivable"}, q


def test_two_figures_in_one_operand_are_never_read_as_one():
    # a looser lookup would take "cash and cash equivalents and accounts receivable" as accounts receivable alone
    node = list_sum("cash and cash equivalents and accounts receivable", LOOKUP)
    assert isinstance(node, Op) and node.op == "+"
    (d,) = find_definitions("Liquid assets are defined as cash and cash equivalents and accounts receivable.", LOOKUP)
    assert isinstance(d, Definition) and len(d.inputs()) == 2


def test_averages_over_two_year_ends_and_the_year_start_and_end():
    for body, years in (("the average of total assets at the 2022 and 2023 year-ends", (2022, 2023)),
                        ("the average of the inventory balances at the FY2022 and FY2023 year-ends", (2022, 2023)),
                        ("the average of total assets at the beginning and end of the year", ()),
                        ("the average of beginning and ending total assets", ())):
        (d,) = find_definitions(f"ROA is defined as net earnings divided by {body}.", LOOKUP)
        assert isinstance(d, Definition), (body, d)
        avg = [i for i in d.inputs() if i.how == "average"]
        assert len(avg) == 1 and avg[0].years == years, (body, d.inputs())


def test_a_parenthesis_that_states_arithmetic_is_a_definition_and_one_that_does_not_is_not():
    (d,) = find_definitions(f"What was {H}' FY2023 capex intensity (capital expenditures as a % of net sales)?",
                            LOOKUP)
    assert isinstance(d, Definition) and d.name == "capex intensity"
    assert find_definitions(f"What was {H}' FY2023 capital expenditure (in USD millions)?", LOOKUP) == []
    assert find_definitions(f"What was {H}' FY2023 net sales (from the income statement)?", LOOKUP) == []


def test_the_sum_of_two_lines_inside_a_ratio():
    # a lender's efficiency ratio, with a lookup that knows its rows (the registry's bank rows are not needed here)
    words = {"noninterest expense": "nie", "net interest income": "nii", "noninterest income": "noii"}

    def lookup(w):
        return words.get(w.lower().strip())

    (d,) = find_definitions("The efficiency ratio is defined as noninterest expense divided by the sum of net "
                            "interest income and noninterest income.", lookup)
    assert isinstance(d, Definition) and [i.metric for i in d.inputs()] == ["nie", "nii", "noii"]


def test_inputs_to_use_are_read_only_when_each_names_a_figure():
    got = stated_inputs(f"What was {H}' FY2023 inventory turnover, using cost of sales and the average of the "
                        f"inventory balances at the FY2022 and FY2023 year-ends?", LOOKUP)
    assert [(i.metric, i.how, i.years) for i in got] == [("cost_of_revenue", "at", ()),
                                                         ("inventory", "average", (2022, 2023))]
    assert stated_inputs("Using the cash flow statement and the income statement, what was the FY2023 operating "
                         "margin?", LOOKUP) == []


# ------------------------------------------------------------------------------------------------ answers


def test_the_quick_ratio_uses_the_quick_assets_the_question_names(index):
    a = ask(index, f"What was {H}' quick ratio for FY2023, treating cash and cash equivalents and accounts "
                   f"receivable as the quick assets?")
    # (1,204 + 1,877) / 7,245 = 0.425x; mia's own (current assets - inventories) would give 0.48x
    assert a.mode == "calc" and "0.43x" in a.text and "0.48x" not in a.text, a.text
    assert "cash and cash equivalents + accounts receivable" in a.text  # the definition used is shown


def test_a_parenthesis_naming_a_source_after_the_defined_name_does_not_hide_the_definition(index):
    for tail in ("(balance sheet figures)", "(per the balance sheet)"):
        a = ask(index, f"What was {H}' quick ratio for FY2023, treating cash and cash equivalents and accounts "
                       f"receivable as the quick assets {tail}?")
        assert a.mode == "calc" and "0.43x" in a.text and "0.48x" not in a.text, a.text
    # quick assets the question names in words mia cannot look up: declined, never mia's own formula
    b = ask(index, f"What was {H}' quick ratio for FY2023, treating cash and sundry claims as the quick assets "
                   f"(balance sheet figures)?")
    assert "0.48x" not in b.text and b.mode != "calc", b.text


def test_a_liquidity_judgement_uses_the_questions_quick_assets(index):
    a = ask(index, f"Does {H} have a healthy liquidity position in FY2023, taking only cash and cash equivalents "
                   f"and accounts receivable as quick assets?")
    assert "quick ratio was 0.43x" in a.text and "0.48x" not in a.text, a.text


def test_a_definition_the_asked_figure_has_no_place_for_is_declined(index):
    a = ask(index, f"What was {H}' FY2023 current ratio, treating cash and cash equivalents and accounts "
                   f"receivable as the quick assets?")
    assert a.refused and "quick assets" in a.text and "0.78" not in a.text, a.text
    b = ask(index, f"Is {H} capital intensive in FY2023, treating cash and cash equivalents as the quick assets?")
    assert b.refused, b.text


def test_a_definition_after_a_comma_takes_the_name_before_it_and_its_unit(index):
    for q in (f"What was {H}' FY2023 ROA, defined as net earnings divided by the average of total assets at the "
              f"beginning and end of the year?",
              f"What was {H}' FY2023 return on assets, computed as net earnings over the average of total assets "
              f"at the 2022 and 2023 year-ends?"):
        a = ask(index, q)
        # 2,391 / ((25,873 + 25,553) / 2) = 9.30%
        assert a.mode == "calc" and "for FY2023 was 9.3%" in a.text, (q, a.text)
        assert "ROA for FY2023" in a.text or "return on assets for FY2023" in a.text


def test_named_inputs_are_used_as_stated_or_declined(index):
    a = ask(index, f"What was {H}' FY2023 inventory turnover, using cost of sales and the average of the inventory "
                   f"balances at the FY2022 and FY2023 year-ends?")
    # 10,315 / ((2,157 + 2,187) / 2) = 4.75x; one period asked, not a change between FY2022 and FY2023
    assert a.mode == "calc" and "inventory turnover for FY2023 was 4.75x" in a.text and "changed" not in a.text
    b = ask(index, f"What was {H}' FY2023 inventory turnover, using cost of sales and ending inventory?")
    assert b.refused and "average" in b.text, b.text  # mia's formula averages; the question's arithmetic differs


def test_a_parenthesised_definition_is_computed_as_written(index):
    a = ask(index, f"What was {H}' FY2023 capex intensity (capital expenditures as a % of net sales)?")
    # 1,022 / 18,420 x 100 = 5.55%
    assert a.mode == "calc" and "capex intensity for FY2023 was 5.55%" in a.text, a.text


def test_asides_that_are_not_definitions_are_left_alone():
    for q in (f"Considering the data in the cash flow statement, what is {H}' FY2023 capex as a % of revenue?",
              f"What was {H}' revenue growth (over FY2021 to FY2023)?",
              f"What was {H}' operating margin taking into account restructuring costs as well?",
              f"Taking the income statement as the source, what is {H}' FY2023 net margin?"):
        assert find_definitions(q, LOOKUP) == [], q
    # the years of an aside stay the period asked
    assert "FY2021 to FY2023" in without_definitions(f"What was {H}' revenue growth (over FY2021 to FY2023)?",
                                                     LOOKUP)


def test_every_formula_written_for_definitions_reads_and_uses_the_recipes_own_inputs():
    from assistant.answer.quantities import RECIPE_FORMULAS
    from assistant.finance.formulas import RECIPES
    from assistant.query.definitions import parse

    for recipe, (formula, parts) in RECIPE_FORMULAS.items():
        expr = parse(formula, LOOKUP, {p: parse(t, LOOKUP) for p, t in parts.items()})
        used = {i.metric for i in Definition("", formula, expr).inputs()}
        assert used and used <= {m for m, _, _ in RECIPES[recipe].inputs}, recipe


def test_answers_computed_from_a_stated_definition_survive_the_answerers_check(index):
    from assistant.answer.checks import check_facts_answer
    from assistant.query.entities import company_aliases

    docs = index.documents()
    for q in (f"What was {H}' quick ratio for FY2023, treating cash and cash equivalents and accounts receivable "
              f"as the quick assets?",
              f"What was {H}' FY2023 inventory turnover, using cost of sales and the average of the inventory "
              f"balances at the FY2022 and FY2023 year-ends?",
              f"Does {H} have a healthy liquidity position in FY2023, taking only cash and cash equivalents and "
              f"accounts receivable as quick assets?"):
        a = ask(index, q)
        checked = check_facts_answer(a, docs, company_aliases(docs), index.page_text)
        assert checked is not None and checked.text.split(" [")[0] == a.text.split(" [")[0], q


def test_ratios_stated_in_percent_by_convention_are_given_in_percent():
    from assistant.query.definitions import evaluate
    from assistant.types import Fact

    def get(metric, period):
        return Fact("d", "D", "D.pdf", 1, metric, {"noninterest_expense": 580.0, "net_interest_income": 720.0,
                                                    "noninterest_income": 280.0}[metric], 1e6, "USD",
                    metric=metric, period=period)

    words = {"noninterest expense": "noninterest_expense", "net interest income": "net_interest_income",
             "noninterest income": "noninterest_income"}
    (d,) = find_definitions("What was Meridian's FY2023 efficiency ratio, defined as noninterest expense divided by "
                            "the sum of net interest income and noninterest income?", lambda w: words.get(w.lower()))
    assert d.name == "efficiency ratio"
    r = evaluate(d, "FY2023", get)  # 580 / (720 + 280) = 58.0%
    assert r.unit == "%" and abs(r.value - 58.0) < 1e-9


def test_a_banks_efficiency_ratio_as_the_question_defines_it(index):
    a = ask(index, "What was First Meridian Bancorp's FY2023 efficiency ratio, defined as noninterest expense divided "
                   "by the sum of net interest income and noninterest income?")
    # 2,686 / (3,607 + 1,192) = 55.97%
    assert a.mode == "calc" and "efficiency ratio for FY2023 was 56.0%" in a.text, a.text


def test_a_judgement_whose_own_measure_the_question_defines_gives_that_figure(index):
    a = ask(index, f"Is {H} capital intensive in FY2023? Define capital intensity as capital expenditures divided "
                   f"by total assets.")
    # 1,022 / 25,873 = 3.95% (an intensity is stated in percent): the question's measure, with no verdict of mia's
    # conventions
    assert a.mode == "calc" and "capital intensity for FY2023 was 3.95%" in a.text and not a.text.startswith(
        ("Yes", "No")), a.text


@pytest.mark.parametrize("question, op, first", [
    ("The current ratio is computed by dividing total current assets by total current liabilities.", "/",
     "total_current_assets"),
    ("Working capital is calculated by subtracting total current liabilities from total current assets.", "-",
     "total_current_assets"),
    ("EBITDA is calculated by adding operating income and depreciation and amortization.", "+", "operating_income"),
])
def test_arithmetic_said_as_a_verb(question, op, first):
    (d,) = find_definitions(question, LOOKUP)
    assert isinstance(d, Definition) and isinstance(d.expr, Op) and d.expr.op == op, d
    assert d.expr.left.metric == first


def test_calculate_a_figure_as_stated_keeps_the_company_and_year_in_the_question(index):
    q = f"Calculate {H}' FY2023 ROE as net earnings divided by average shareholders' equity."
    (d,) = find_definitions(q, LOOKUP)
    assert d.name == "ROE" and "FY2023" in without_definitions(q, LOOKUP)
    a = ask(index, q)
    # 2,391 / ((9,900 + 9,540) / 2) = 24.6%
    assert a.mode == "calc" and "ROE for FY2023 was 24.6%" in a.text, a.text


def test_a_part_over_a_whole_holding_it_is_a_percentage():
    """"Notes payable divided by the sum of notes payable and equity" (debt to capital) is a share of a total: shown
    in percent, whatever the name; a ratio of two different figures stays a multiple."""
    from assistant.query.definitions import _unit

    (d,) = find_definitions("Taking leverage as long-term debt divided by the sum of long-term debt and total "
                            "shareholders' equity, what was Harbor's leverage in fiscal 2023?", LOOKUP)
    assert isinstance(d, Definition) and _unit(d, False, "") == "%"
    (e,) = find_definitions("Taking leverage as long-term debt divided by total shareholders' equity, what was "
                            "Harbor's leverage in fiscal 2023?", LOOKUP)
    assert isinstance(e, Definition) and _unit(e, False, "") == "x"


def test_a_labels_comma_net_is_part_of_the_operand():
    """Filers write "Product revenue, net" and "Accounts receivable, net": the ", net" before an operator or the
    clause's end names the row, it does not start a list."""
    (d,) = find_definitions("Defining product margin as (product revenue, net minus cost of goods sold) divided by "
                            "product revenue, net, what was it in fiscal 2023?", LOOKUP)
    assert isinstance(d, Definition), d
    assert {i.words for i in d.inputs()} == {"product revenue net", "cost of goods sold"}


@pytest.mark.parametrize("question", [
    f"What was {H}'s stock-based compensation as a percentage of net sales in fiscal 2023? Add the stock option grants "
    "and the restricted stock unit awards from the stock-based compensation note, and round to two decimals.",
    f"Summing the domestic and foreign pension contributions, how much did {H} contribute to its plans in fiscal 2023?",
    f"What were {H}'s lease liabilities at June 30, 2023, combining the current and the non-current portions?",
    f"Add the current portion of long-term debt and the commercial paper. What short-term borrowings did {H} have at "
    "June 30, 2023?",
])
def test_an_instruction_naming_the_items_to_add_is_a_definition(index, question):
    """Session 33 (#10): "Add A and B", "Summing A and B", "combining A and B" name the items the asked figure sums;
    unread, the question is declined, never answered with a row of mia's own choosing (a cash-flow "Stock-based
    compensation" row is not the note's two award types)."""
    from assistant.query.definitions import states_definition, states_unread_definition
    assert states_unread_definition(question) and states_definition(question), question
    a = answer_question(question, index)
    assert a is None or a.refused, a.text


@pytest.mark.parametrize("question", [
    f"How many stores did {H} add in fiscal 2023 and how many did it close?",
    f"Adding back depreciation and amortization to operating income, what was {H}'s EBITDA in fiscal 2023?",
    f"Did {H} add distributors and staff in fiscal 2023?",
])
def test_adding_things_or_adding_back_is_no_sum_instruction(question):
    from assistant.query.definitions import _ADD_ITEMS
    assert not _ADD_ITEMS.search(question), question
