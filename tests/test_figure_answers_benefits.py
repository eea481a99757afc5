"""A row whose filer prints a benefit (a negative provision, a tax benefit) in one period and an expense in another
keeps its sign in levels and changes: the sign of such a row is no presentation convention. The bank and its
quarterly statement are fictional (Ostrava Savings Bancorp), written for this test in the layout of a bank's 10-Q."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.types import DocMeta

OSTRAVA = DocMeta(doc_id="ostrava26q1", doc="OSTRAVA_2026Q1_10Q", source="OSTRAVA_2026Q1_10Q.pdf",
                  company="Ostrava Savings Bancorp", fiscal_year=2026, period="Q1 2026", doc_type="10-Q")

OSTRAVA_IS = """OSTRAVA SAVINGS BANCORP
CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
(In millions, except per share data)
Three months ended March 31, 2026 2025
Interest income
Loans, including fees $ 2,214 $ 2,390
Investment securities 506 471
Total interest income 2,720 2,861
Interest expense
Deposits 402 655
Long-term debt 118 131
Total interest expense 520 786
Net interest income 2,200 2,075
Provision for credit losses (612) 1,940
Net interest income after provision for credit losses 2,812 135
Noninterest income
Card and payment fees 240 226
Wealth management fees 310 288
Total noninterest income 550 514
Noninterest expense
Salaries and employee benefits 904 871
Other noninterest expense 455 440
Total noninterest expense 1,359 1,311
Income (loss) before income taxes 2,003 (662)
Income tax expense (benefit) 441 (152)
Net income (loss) $ 1,562 $ (510)
"""

B = "Ostrava Savings Bancorp"


@pytest.fixture(scope="module")
def index():
    from finance_filings import memory_index

    return memory_index([(OSTRAVA, {7: OSTRAVA_IS})])


def test_a_negative_provision_keeps_its_sign_in_a_change(index):
    a = answer_question(f"How much did {B}'s provision for credit losses change from the first quarter of 2025 to "
                        f"the first quarter of 2026?", index)
    assert a is not None and not a.refused, a and a.text
    assert "-$612 million" in a.text and "$1,940 million" in a.text, a.text
    assert "-2,552" in a.text or "-$2,552" in a.text, a.text  # -612 - 1,940, never 612 - 1,940
    assert "-1,328" not in a.text and "-$1,328" not in a.text, a.text


def test_a_negative_provision_keeps_its_sign_as_a_level(index):
    a = answer_question(f"What was {B}'s provision for credit losses in the first quarter of 2026?", index)
    assert a is not None and not a.refused, a and a.text
    assert "-$612 million" in a.text, a.text


def test_a_tax_benefit_keeps_its_sign(index):
    a = answer_question(f"How much did {B}'s income tax expense change from the first quarter of 2025 to the first "
                        f"quarter of 2026?", index)
    assert a is not None and not a.refused, a and a.text
    assert "-$152 million" in a.text and "$441 million" in a.text, a.text


def test_a_premise_of_a_negative_figure_is_checked_against_the_row(index):
    """"was negative in Q1 2025": the row prints $1,940 million that quarter; the answer says the premise does not
    hold, citing the row; a premise the row bears out ("negative in Q1 2026") is answered as asked."""
    a = answer_question(f"{B}'s provision for credit losses was negative in the first quarter of 2025. How much did "
                        f"it change from the first quarter of 2025 to the first quarter of 2026?", index)
    assert a is None or a.refused or a.text.startswith("The premise does not hold"), a.text
    assert a is None or "$1,940 million [1]" in a.text.split(".")[0], a.text
    a = answer_question(f"{B}'s provision for credit losses was negative in the first quarter of 2026. How much did "
                        f"it change from the first quarter of 2025 to the first quarter of 2026?", index)
    assert a is not None and not a.refused and "premise" not in a.text and "-$612 million" in a.text, a and a.text


def test_a_cost_printed_in_parentheses_every_period_stays_a_magnitude():
    """Parentheses on every cell of a cost's row are presentation: "(1,212) (1,108)" is a provision of $1,212."""
    from assistant.finance.formulas import amount, signed
    from assistant.types import Fact

    f = Fact(doc_id="d", doc="D", source="D.pdf", page=1, label="Provision for credit losses", value=-1212.0,
             scale=1e6, unit="USD", metric="provision_for_credit_losses", period="FY2025",
             quote="Provision for credit losses (1,212) (1,108)")
    assert not signed(f) and amount(f) == 1212e6
    g = Fact(doc_id="d", doc="D", source="D.pdf", page=1, label="Capital expenditures", value=-1212.0, scale=1e6,
             unit="USD", metric="capital_expenditure", period="FY2025", quote="Capital expenditures (1,212) 96")
    assert not signed(g) and amount(g) == 1212e6  # a cost that is never a benefit: its sign is presentation
