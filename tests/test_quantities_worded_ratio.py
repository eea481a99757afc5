"""A share or a coverage asked by the sentence's grammar, not by a ratio's name (fictional wordings)."""

from assistant.answer.quantities import quantity_in
from assistant.query.definitions import Input, Num, Op


def _ratio(q):
    e = q.definition.expr
    if isinstance(e, Op) and e.op == "*" and isinstance(e.right, Num):
        e = e.left
    assert isinstance(e, Op) and e.op == "/" and isinstance(e.left, Input) and isinstance(e.right, Input)
    return e.left.metric, e.right.metric, q.definition.expr.op


def test_share_with_its_whole_named_first():
    q = quantity_in("What percentage of its fiscal 2024 net income did Quarrystone Tools hand out as cash dividends?", [])
    assert _ratio(q) == ("dividends_paid", "net_income", "*")
    q = quantity_in("For Velloria Foods, what proportion of net sales went to research and development in the "
                    "third quarter of 2025?", [])
    assert _ratio(q) == ("research_and_development", "revenue", "*")


def test_coverage_worded_as_times_covered():
    q = quantity_in("How many times did Brindlewood Hotels' FY2023 operating income cover its interest expense?", [])
    assert _ratio(q) == ("operating_income", "interest_expense", "/")
    q = quantity_in("Roughly how many times could the operating income of Ostrava Mills cover interest expense "
                    "during 2022?", [])
    assert _ratio(q) == ("operating_income", "interest_expense", "/")


def test_words_that_name_no_figure_give_nothing():
    assert quantity_in("What share of its shelf space did Quarrystone Tools give to garden furniture in 2024?", []) is None
    assert quantity_in("How many times did the Velloria Foods board cover the topic of succession in 2025?", []) is None
