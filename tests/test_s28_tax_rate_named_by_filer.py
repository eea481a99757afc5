"""Session 28 (#10): a definition's source hint that names the statement with its filer's possessive ("from KDR's
consolidated statements of income", "from its balance sheet") is where the figure is read, not part of the operand;
and "effective income tax rate" (the name many filers print) is the effective tax rate. The filer (Kendrow Retail),
its rows and the wordings are fictional, written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, find_definitions
from assistant.query.intent import named_calculations
from finance_filings import memory_index, meta

KDR = meta("KENDROW_2025_10K", "Kendrow Retail Corp.", 2025)
INCOME = """KENDROW RETAIL CORP.
CONSOLIDATED STATEMENTS OF INCOME
(Amounts in millions)
Fiscal Years Ended January 31, 2025 2024 2023
Net sales $ 48,210 $ 46,035 $ 44,870
Cost of sales 36,402 34,910 34,118
Operating income 3,911 3,604 3,377
Interest, net 412 398 405
Income before income taxes 3,499 3,206 2,972
Provision for income taxes 812 791 702
Consolidated net income 2,687 2,415 2,270
"""


@pytest.mark.parametrize("hint", ["from KDR's consolidated statements of income",
                                  "from Kendrow Retail's income statement", "from its consolidated statements of income"])
def test_a_source_hint_with_the_filer_s_possessive_is_no_operand(hint):
    q = (f"Taking the effective tax rate to be the provision for income taxes over income before income taxes {hint}, "
         f"what was Kendrow's effective tax rate in fiscal 2025?")
    found = find_definitions(q, LOOKUP)
    assert found and isinstance(found[0], Definition), found
    assert sorted(i.metric for i in found[0].inputs()) == ["income_before_tax", "income_tax_expense"]


def test_effective_income_tax_rate_is_the_effective_tax_rate():
    assert named_calculations("What was Kendrow's effective income tax rate in fiscal 2025?") == ["effective_tax_rate"]


def test_the_rate_defined_by_the_filer_s_name_is_computed_for_both_years():
    q = ("Taking the effective income tax rate to be the provision for income taxes over income before income taxes "
         "from KDR's consolidated statements of income, what was Kendrow's effective tax rate in fiscal 2025 and "
         "fiscal 2024, and by how many points did it change (two decimals)?")
    a = answer_question(q, memory_index([(KDR, {52: INCOME})]))
    assert a is not None and not a.refused, a and a.text
    # 812 / 3,499 = 23.21%; 791 / 3,206 = 24.67%; -1.46 points
    assert "23.21%" in a.text and "24.67%" in a.text, a.text
