"""Total debt and net debt when the balance sheet prints no total-debt row: the debt rows added up, each shown as
an input (finance leases only when asked), never a row that is not debt; declined when the rows cannot be added up
safely. Filings are the fictional ones of ``finance_filings_more``; every row and wording was written for these
tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.debt import DebtRows, debt_rows, is_debt_row, leases_asked
from assistant.types import Fact
from finance_filings import memory_index, meta
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


def row(label: str, value: float, metric: str | None = None) -> Fact:
    return Fact("d", "D", "d.pdf", 1, label, value, 1e6, "USD", metric=metric, period="FY2025", quote=label)


def test_total_debt_is_the_sum_of_the_debt_rows(index):
    a = answer_question(f"What was {L}'s total debt at June 30, 2025?", index)
    assert a is not None and not a.refused, a and a.text
    # 50.0 + 100.0 + 896.3 = 1,046.3
    assert {i.label for i in a.inputs} == {"Short-term borrowings", "Current portion of long-term debt",
                                          "Long-term debt, net of current portion"}, a.inputs
    assert "1,046" in a.text and "50 million + 100 million + 896.3 million" in a.text, a.text
    for not_debt in ("Operating lease", "Deferred revenue", "Finance lease", "Accrued"):
        assert not_debt not in a.text, a.text


def test_finance_leases_only_when_asked(index):
    a = answer_question(f"What was {L}'s total debt including finance leases at the end of FY2025?", index)
    assert a is not None and "Finance lease liabilities, non-current" in a.text and "1,069" in a.text, a and a.text
    assert leases_asked("total debt including finance lease liabilities")
    assert not leases_asked("total debt excluding finance leases")
    assert not leases_asked("What was total debt?")


def test_net_debt(index):
    a = answer_question(f"What was {L}'s net debt at the end of fiscal 2025?", index)
    # 1,046.3 - 1,204.7 = -158.4 (net cash)
    assert a is not None and "-$158.4 million" in a.text and "Cash and cash equivalents" in a.text, a and a.text
    a = answer_question(f"What was {L}'s net debt, net of cash and short-term investments, in FY2025?", index)
    assert a is not None and "-$768.4 million" in a.text, a and a.text  # 1,046.3 - 1,204.7 - 610.0


def test_change_of_summed_debt(index):
    a = answer_question(f"How did {L}'s total debt change from FY2024 to FY2025?", index)
    # FY2024: 0 + 100.0 + 995.1 = 1,095.1; FY2025 1,046.3: -48.8
    assert a is not None and "-$48.80 million" in a.text, a and a.text


def test_debt_to_equity_counts_every_current_debt_row(index):
    a = answer_question(f"What was {L}'s debt-to-equity ratio in FY2025?", index)
    # (50.0 + 100.0 + 896.3) / 1,550.8 = 0.67x; one current row only would give (100.0 + 896.3) / 1,550.8 = 0.64x
    assert a is not None and "0.67x" in a.text and "0.64x" not in a.text, a and a.text


@pytest.mark.parametrize("label, metric, debt", [
    ("Commercial paper", None, True),
    ("Notes payable to banks", None, True),
    ("Revolving credit facility", None, True),
    ("Operating lease liabilities, current", None, False),
    ("Accrued interest on borrowings", None, False),
    ("Deferred revenue", None, False),
    ("Pension and other postretirement benefit obligations", None, False),
    ("Long-term debt", "long_term_debt", True),
])
def test_what_is_a_debt_row(label, metric, debt):
    assert is_debt_row(row(label, 10.0, metric)) is debt


def test_rows_that_cannot_be_added_up_are_declined():
    lt = row("Long-term debt", 900.0, "long_term_debt")
    assert isinstance(debt_rows([row("Long-term debt, including current portion", 1000.0, None),
                                 row("Less current portion", -100.0, None), lt], False), str)
    assert isinstance(debt_rows([row("Short-term borrowings", 50.0, "current_debt")], False), str)  # no long-term row
    assert isinstance(debt_rows([row("Total borrowings", 950.0, None), lt], False), str)
    found = debt_rows([row("Commercial paper", 75.0), row("Current maturities of long-term debt", 25.0, "current_debt"),
                       lt, row("Operating lease liabilities", 300.0)], False)
    assert isinstance(found, DebtRows) and sum(f.value for f in found.rows) == 1000.0


def test_a_balance_sheet_without_a_long_term_debt_row_declines():
    d = meta("OSPREY_2025_10K", "Osprey Marine Holdings", 2025)
    page = """OSPREY MARINE HOLDINGS
CONSOLIDATED BALANCE SHEETS
(In millions)
December 31, 2025 2024
Cash and cash equivalents $ 140.2 $ 122.5
Total current assets 610.4 588.0
Total assets 2,905.7 2,811.3
Short-term borrowings 35.0 20.0
Total current liabilities 402.8 377.1
Obligations under vessel financing arrangements 1,210.6 1,266.4
Total liabilities 1,802.5 1,830.2
Total shareholders' equity 1,103.2 981.1
"""
    idx = memory_index([(d, {51: page})])
    a = answer_question("What was Osprey Marine's total debt at the end of 2025?", idx)
    assert a is None or a.refused, a.text
    assert a is None or "35" not in a.text.split("withdrawn")[0], a.text
