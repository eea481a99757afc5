"""A slash before a parenthesised alternative in a statement label ("Net income/(loss)", "Net income / (loss)",
"Provision for/(benefit from) income taxes") is read as the same label printed with a space, as other filers print
it ("Net income (loss)"): the row maps to its metric. Our own labels."""
from __future__ import annotations

import pytest

from assistant.finance.registry import normalise_metric


@pytest.mark.parametrize("label, metric", [
    ("Net income/(loss)", "net_income"),
    ("Net income / (loss)", "net_income"),
    ("Net earnings/(loss)", "net_income"),
    ("Net income/(loss) attributable to common shareholders", "net_income"),
    ("Net income/(loss) attributable to noncontrolling interest", None),
    ("Provision for/(benefit from) income taxes", "income_tax_expense"),
    ("Operating income/(loss)", "operating_income"),
    ("Net cash provided by/(used in) financing activities", "cash_from_financing"),
])
def test_a_slash_before_a_parenthesis_is_a_space(label, metric):
    assert normalise_metric(label, "income" if "cash" not in label.lower() else "cash_flow") == metric
