"""A filer's sign alternative joined to its word by a slash ("provision/(benefit) for income taxes", "net
income/(loss)", "other (income)/expense") is one label, never a division: a stated definition that names such a row
is read, and the row is found by its words even where no metric of mia's tags it (the pre-tax row of a statement
whose label the registry does not know), on the statement page of the definition's other inputs. The drug maker and
its report are fictional (Larkspur Biologics), written for these tests; the figures are hand-computed."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, Input, Op, find_definitions, phrase_lookup, sign_read
from assistant.types import DocMeta
from finance_filings import memory_index

LOOKUP = phrase_lookup({
    "revenue": ["revenue", "revenues", "total revenues"],
    "net_income": ["net income", "net earnings"],
    "income_tax_expense": ["provision for income taxes", "income tax expense"],
    "income_before_tax": ["income before income taxes", "pre-tax income",
                          "earnings before provision for income taxes",
                          "earnings of continuing operations before provision for income taxes"],
    "operating_income": ["operating income", "income from operations"],
    "total_assets": ["total assets"],
})


def one(question: str) -> Definition:
    found = find_definitions(question, LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    return found[0]


def test_a_slashed_provision_row_is_one_operand_on_each_side_of_a_division():
    d = one("What was the tax rate, computed as the provision/(benefit) for income taxes divided by earnings before "
            "provision/(benefit) for income taxes, in 2025?")
    assert isinstance(d.expr, Op) and d.expr.op == "/", d
    assert isinstance(d.expr.left, Input) and d.expr.left.metric == "income_tax_expense", d
    assert isinstance(d.expr.right, Input) and d.expr.right.metric == "income_before_tax", d


def test_a_slashed_loss_after_the_numerator_is_no_second_division():
    d = one("Define return on assets as net income/(loss) divided by total assets. What was it for fiscal 2025?")
    assert isinstance(d.expr, Op) and d.expr.op == "/", d
    assert d.expr.left.metric == "net_income" and d.expr.right.metric == "total_assets", d


def test_a_parenthesis_before_the_slash_reads_as_the_word_after_it():
    d = one("What was the spread in 2025, computed as operating income minus other (income)/expense, net?")
    assert d.expr.op == "-" and d.expr.left.metric == "operating_income", d
    assert d.expr.right.words == "other expense net", d
    assert sign_read("Other (income)/expense, net") == "Other expense, net"
    assert sign_read("Provision/(benefit) for income taxes") == "Provision for income taxes"


def test_an_operand_in_parentheses_divided_by_a_slash_is_still_arithmetic():
    # passes before and after: the slash between two parenthesised operands stays a division
    d = one("What was asset turnover, defined as (total revenues)/(total assets), in 2025?")
    assert d.expr.op == "/" and d.expr.left.metric == "revenue" and d.expr.right.metric == "total_assets", d


LARKSPUR = DocMeta(doc_id="larkspur25", doc="LARKSPUR_2025_10K", source="LARKSPUR_2025_10K.pdf",
                   company="Larkspur Biologics, Inc.", fiscal_year=2025, period="FY2025", doc_type="10-K",
                   extra={"period_end": "2025-12-31"})

INCOME = """LARKSPUR BIOLOGICS, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
(Dollars in millions)
Year Ended December 31, 2025 2024 2023
Revenues $ 5,240 $ 4,810 $ 4,402
Cost of sales 1,902 1,771 1,650
Selling, general and administrative expenses 1,344 1,290 1,207
Research and development expenses 905 880 812
Other (income)/deductions, net (62) 48 31
Earnings of continuing operations before provision/(benefit) for income taxes 1,151 821 702
Provision/(benefit) for income taxes 196 98 120
Income from continuing operations 955 723 582
"""

# a note restating the statement under the old accounting method, each year in three columns (old method, effect,
# as reported): read as a statement's rows with another year's column, it disagrees with the statement itself
RESTATED = """Notes to Consolidated Financial Statements
Larkspur Biologics, Inc.
The effects of the change on our consolidated financial statements are summarized as follows:
Year Ended December 31,
2025 2024
(In millions) Prior Method Effect of Change As Reported Prior Method Effect of Change As Adjusted
Consolidated Statements of Income:
Earnings of continuing operations before provision/(benefit) for income taxes 1,120 31 1,151 790 31 821
Provision/(benefit) for income taxes 189 7 196 91 7 98
"""


def _index(*extra):
    pages = {61: INCOME}
    for n, text in enumerate(extra):
        pages[70 + n] = text
    return memory_index([(LARKSPUR, pages)])


def test_an_effective_tax_rate_defined_over_slashed_rows_is_computed_from_the_statement():
    q = ("Taking Larkspur's tax rate as its provision/(benefit) for income taxes over its earnings of continuing "
         "operations before provision/(benefit) for income taxes, how high was it in 2025 and in 2024, in percent?")
    a = answer_question(q, _index(RESTATED))
    assert a is not None and not a.refused, a and a.text
    assert "17.0%" in a.text and "11.9%" in a.text, a.text  # 196 / 1,151; 98 / 821


def test_a_pre_tax_margin_defined_over_the_slashed_row_is_computed_in_another_wording():
    q = ("Define pre-tax margin as earnings of continuing operations before provision/(benefit) for income taxes, "
         "divided by revenues. How large was that margin at Larkspur Biologics in fiscal 2025?")
    a = answer_question(q, _index())
    assert a is not None and not a.refused, a and a.text
    assert "22.0%" in a.text, a.text  # 1,151 / 5,240 = 21.97%
