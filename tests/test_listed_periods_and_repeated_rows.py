"""Session 27 (#10): three periods or more listed with no move asked ("in each of fiscal 2023, 2024 and 2025") are
each period's figure, never a change between two of them nor a refusal; a statement row printed twice on its page (a
reconciliation above the statement repeating "Interest expense, net" with the same figures) stands on the statement
when any of its printings does (``statements.row_statement``). Fictional filers and wordings written for these
tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance.statements import row_statement
from finance_filings import memory_index, meta
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

TARN = meta("TARNSIDE_FOODS_2026_10K", "Tarnside Foods, Inc.", 2026)

# the reconciliation and the statement of earnings on one page; the statement's title mid-page
TARN_P4 = """Non-GAAP Financial Measure
Adjusted EBITDA, as we use the term, adds the tax provision, net interest cost and depreciation and amortization
back to earnings. It is a non-GAAP figure, and readers should not use it in place of the earnings it starts from.
Management uses Adjusted EBITDA to evaluate operating performance and to compare results across its plants.
Net income reconciled to Adjusted EBITDA
(In millions)
Fiscal 2026 Fiscal 2025 Fiscal 2024
Net income $210.4 $198.2 $187.6
Income tax expense 61.0 57.9 55.1
Interest expense, net 44.8 40.2 37.5
Depreciation and amortization 120.6 112.3 104.9
Adjusted EBITDA $436.8 $408.6 $385.1
Item 8 - the audited statements
TARNSIDE FOODS, INC. CONSOLIDATED STATEMENTS OF EARNINGS
(In millions, except per-share amounts)
Fiscal 2026 Fiscal 2025 Fiscal 2024
Net sales $2,915.0 $2,780.4 $2,644.9
Cost of sales 2,180.3 2,081.6 1,979.0
Gross profit 734.7 698.8 665.9
Selling, general and administrative expenses 418.5 402.5 385.7
Income from operations 316.2 296.3 280.2
Interest expense, net 44.8 40.2 37.5
Income before income taxes 271.4 256.1 242.7
Income tax expense 61.0 57.9 55.1
Net income $210.4 $198.2 $187.6
"""


def test_a_row_printed_twice_stands_on_the_statement_that_prints_it():
    assert row_statement(TARN_P4, "Interest expense, net 44.8 40.2 37.5") == "income"
    assert row_statement(TARN_P4, "Adjusted EBITDA $436.8 $408.6 $385.1") is None


def test_coverage_from_a_row_the_reconciliation_repeats():
    index = memory_index([(TARN, {4: TARN_P4})])
    a = answer_question("What was Tarnside Foods' interest coverage in fiscal 2026, measured as income from operations "
                        "divided by interest expense, net?", index)
    assert a is not None and not a.refused and "7.06x" in a.text, a and a.text  # 316.2 / 44.8


def test_three_listed_years_are_three_levels():
    index = memory_index([(LARKSPUR, LARKSPUR_PAGES)])
    a = answer_question("What was Larkspur Software's operating margin in each of fiscal 2023, 2024 and 2025?", index)
    assert a is not None and not a.refused, a and a.text
    for shown in ("9.46%", "12.4%", "15.8%"):  # 244.8 / 2,588.6; 370.5 / 2,999.4; 545.3 / 3,441.4
        assert shown in a.text, a.text
