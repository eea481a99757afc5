"""Profit margins with named items added back or left out, computed from the rows the adjustment names (issue 10):
"Adding both back" (the two items the premise names), "Adding that line back" (the line the sentence before quotes),
a quoted row label holding a sign alternative, "all restructuring charges" (every restructuring line, one under cost
of sales too), a restructuring line that is a credit in one six-month column and a charge in the other, an exclusion
on a margin the question defines itself, and two items on a pre-tax margin of a quarter. A charge is added back, a
credit taken away; an item with no row for a period declines the calculation. Fictional filers (Kestrel Tool Works,
Pemberly Outdoor, Halvard Fleet Leasing), rows and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer import adjustments as A
from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index, meta

KT = meta("KESTREL_TOOLS_2025_10K", "Kestrel Tool Works, Inc.", 2025)

KT_IS = """KESTREL TOOL WORKS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Year Ended December 31 2025 2024 2023
Net sales $ 8,000 $ 7,500 $ 7,100
Cost of sales 5,200 4,950 4,700
Restructuring charges - cost of sales — 30 12
Gross profit 2,800 2,520 2,388
Selling, general and administrative expenses 1,500 1,450 1,400
Other operating charges 240 90 60
Restructuring charges 50 110 20
Loss (gain) on asset dispositions — 45 (15)
Asset impairments 64 — 8
Operating income 946 825 915
Interest expense, net 46 40 35
Income before income taxes 900 785 880
Income tax expense 190 165 185
Net income $ 710 $ 620 $ 695
"""

KT_MDNA = """MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS
Gross margin was 35.0% in 2025 compared with 33.6% in 2024. Gross margin in 2025 was reduced by a $40 million
inventory write-down of legacy cordless lines and a plant transition charge of $16 million.
Power Tools segment gross margin in 2025 absorbed an inventory write-down of $25 million.
"""

KESTREL = memory_index([(KT, {52: KT_IS, 30: KT_MDNA})])

PB = DocMeta(doc_id="pemberlyq2fy2026", doc="PEMBERLY_2026Q2_10Q", source="PEMBERLY_2026Q2_10Q.pdf",
             company="Pemberly Outdoor, Inc.", fiscal_year=2026, period="Q2 2026", doc_type="10-Q",
             extra={"period_end": "2025-08-02"})

PB_IS = """PEMBERLY OUTDOOR, INC.
CONDENSED CONSOLIDATED STATEMENTS OF EARNINGS
($ in millions) (Unaudited)
Three Months Ended Six Months Ended
August 2, 2025 August 3, 2024 August 2, 2025 August 3, 2024
Revenue $ 4,210 $ 4,390 $ 8,300 $ 8,820
Cost of sales 3,230 3,370 6,380 6,790
Gross profit 980 1,020 1,920 2,030
Selling, general and administrative expenses 820 845 1,610 1,660
Restructuring charges (4) 11 (12) 26
Operating income 164 164 322 344
Other income, net 6 5 10 9
Earnings before income taxes 170 169 332 353
Income tax expense 40 41 78 86
Net earnings $ 130 $ 128 $ 254 $ 267
"""

PEMBERLY = memory_index([(PB, {4: PB_IS})])

HF = DocMeta(doc_id="halvardq3fy2025", doc="HALVARD_2025Q3_10Q", source="HALVARD_2025Q3_10Q.pdf",
             company="Halvard Fleet Leasing, Inc.", fiscal_year=2025, period="Q3 2025", doc_type="10-Q",
             extra={"period_end": "2025-09-30"})

HF_IS = """HALVARD FLEET LEASING, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions) (Unaudited)
Three Months Ended September 30, Nine Months Ended September 30,
2025 2024 2025 2024
Total revenues $ 2,000.0 $ 2,100.0 $ 5,700.0 $ 5,900.0
Direct vehicle and operating expenses 1,180.0 1,260.0 3,400.0 3,550.0
Depreciation of lease vehicles 420.0 450.0 1,230.0 1,300.0
Selling, general and administrative 150.0 160.0 440.0 470.0
Restructuring and other related charges 12.0 30.0 25.0 60.0
Write-down of trucks held for sale 8.0 60.0 20.0 110.0
Interest expense, net 80.0 90.0 240.0 260.0
Total expenses 1,850.0 2,050.0 5,355.0 5,750.0
Income before income taxes 150.0 50.0 345.0 150.0
Income tax provision 35.0 12.0 80.0 36.0
Net income $ 115.0 $ 38.0 $ 265.0 $ 114.0
"""

HALVARD = memory_index([(HF, {2: HF_IS})])


def _ask(q: str, ix):
    a = answer_question(q, ix)
    assert a is not None, q
    return a


@pytest.mark.parametrize("question, items, every, labels", [
    ("Kestrel Tool Works' 2025 gross margin was weighed down by an inventory write-down and a plant transition "
     "charge. Adding both back, what would its 2025 gross margin have been?",
     ("inventory write-down", "plant transition charge"), False, (False, False)),
    ("Kestrel Tool Works' 'other operating charges' line rose sharply in 2025. Adding that line back to operating "
     "income, what was its operating margin in 2025 and 2024?", ("other operating charges",), False, (True,)),
    ("Adding all restructuring charges back to operating income, what was Kestrel Tool Works' operating margin in "
     "2025?", ("restructuring charges",), True, (False,)),
    ("Excluding the 'loss (gain) on asset dispositions' line, what was Kestrel Tool Works' operating margin in 2024?",
     ("loss (gain) on asset dispositions",), False, (True,)),
    ("Leaving restructuring charges out of operating income, what was Pemberly Outdoor's operating margin for the "
     "six months ended August 2, 2025?", ("restructuring charges",), False, (False,)),
])
def test_the_items_an_adjustment_names_are_resolved(question, items, every, labels):
    adj = A.adjustment_in(question)
    assert adj is not None and adj.items == items and adj.every == every and adj.labels == labels, adj


def test_an_anaphor_with_nothing_to_point_at_resolves_to_no_item():
    adj = A.adjustment_in("Adding both back, what was Kestrel Tool Works' 2025 operating margin?")
    assert adj is not None and adj.items == ()
    assert A.adjustment_in("What was Kestrel Tool Works' 2025 operating margin?") is None


def test_that_line_added_back_in_both_years_and_the_change_in_points():
    a = _ask("Kestrel Tool Works' 'other operating charges' line rose sharply in 2025. Adding that line back to "
             "operating income, what was its operating margin in 2025 and in 2024, and by how many percentage points "
             "did it move?", KESTREL)
    assert not a.refused, a.text
    # 2025: (946 + 240) / 8,000 = 14.83%; 2024: (825 + 90) / 7,500 = 12.20%; +2.6 points
    assert "14.8" in a.text and "12.2" in a.text, a.text
    assert "2.6" in a.text, a.text
    assert "Other operating charges" in a.text or "other operating charges" in a.text, a.text


def test_a_quoted_label_with_a_sign_alternative_is_the_row_and_a_nil_year_is_nil():
    a = _ask("Kestrel Tool Works' 2024 operating income was reduced by a loss on asset dispositions, while 2025 had "
             "none. Excluding the 'loss (gain) on asset dispositions' line, what was the operating margin in 2025 and "
             "in 2024, and what was the change?", KESTREL)
    assert not a.refused, a.text
    # 2025: 946 / 8,000 = 11.83% (nil cell); 2024: (825 + 45) / 7,500 = 11.60%
    assert "11.8" in a.text and "11.6" in a.text, a.text


def test_all_restructuring_charges_include_the_line_under_cost_of_sales():
    a = _ask("Kestrel Tool Works booked restructuring charges in cost of sales and in operating expenses in 2024. "
             "Adding all restructuring charges back to operating income, what was the operating margin in 2025 and "
             "2024, and how much did it improve?", KESTREL)
    assert not a.refused, a.text
    # 2025: (946 + 0 + 50) / 8,000 = 12.45%; 2024: (825 + 30 + 110) / 7,500 = 12.87%
    assert "12.4" in a.text or "12.5" in a.text, a.text
    assert "12.9" in a.text or "12.87" in a.text, a.text
    assert "13.3" not in a.text  # never the operating-expense line alone (825 + 110) / 7,500 = 12.47%... nor more


def test_a_restructuring_credit_is_taken_away_and_a_charge_added_back_in_six_month_columns():
    a = _ask("Pemberly Outdoor's restructuring line was a net credit in the first half of fiscal 2026 but a charge a "
             "year earlier. Leaving restructuring charges out of operating income, what was the operating margin for "
             "the six months ended August 2, 2025 and for the six months ended August 3, 2024, and how many "
             "percentage points did it change?", PEMBERLY)
    assert not a.refused, a.text
    # H1 FY2026: (322 - 12) / 8,300 = 3.73%; H1 FY2025: (344 + 26) / 8,820 = 4.20%; -0.46 points
    assert "3.73" in a.text or "3.7%" in a.text, a.text
    assert "4.20" in a.text or "4.2%" in a.text, a.text


def test_an_exclusion_on_a_margin_the_question_defines():
    a = _ask("Excluding asset impairments, what was Kestrel Tool Works' operating margin (operating income over net "
             "sales) in fiscal 2025?", KESTREL)
    assert not a.refused, a.text
    assert "12.6" in a.text, a.text  # (946 + 64) / 8,000 = 12.63%; reported 11.8%


def test_two_items_left_out_of_a_quarters_pretax_margin():
    a = _ask("Excluding restructuring and other related charges and the write-down of trucks held for sale, what was "
             "Halvard Fleet Leasing's pre-tax margin (income before income taxes over total revenues) in the third "
             "quarter of 2025, and how many percentage points did it improve from the third quarter of 2024?",
             HALVARD)
    assert not a.refused, a.text
    # Q3 2025: (150 + 12 + 8) / 2,000 = 8.5%; Q3 2024: (50 + 30 + 60) / 2,100 = 6.67%; +1.8 points
    assert "8.5" in a.text and "6.67" in a.text or "6.7" in a.text, a.text


def test_both_items_stated_in_a_sentence_are_added_back_to_gross_profit():
    a = _ask("Kestrel Tool Works' 2025 gross margin was weighed down by an inventory write-down and a plant "
             "transition charge. Adding both back, what would its 2025 gross margin have been?", KESTREL)
    assert not a.refused, a.text
    # (2,800 + 40 + 16) / 8,000 = 35.7%: the discussion's sentence for the whole company, not the segment's $25
    assert "35.7" in a.text, a.text
    assert any(c.page == 30 for c in a.citations), a.citations  # the sentence stating the charges is cited


def test_items_found_nowhere_decline_naming_the_item():
    a = _ask("Kestrel Tool Works' 2025 gross margin was weighed down by a warehouse flood and a tariff refund. "
             "Adding both back, what would its 2025 gross margin have been?", KESTREL)
    assert a.refused, a.text
    assert "warehouse flood" in a.text and "35.0" not in a.text, a.text  # never the reported margin


SIGNED = KT_IS.replace("Gross profit 2,800 2,520 2,388\n", "Gross profit 2,800 2,520 2,388\nOther operating (expense) income:\n")
SIGNED = (SIGNED.replace("Selling, general and administrative expenses 1,500 1,450 1,400",
                         "Selling, general and administrative expenses (1,500) (1,450) (1,400)")
          .replace("Other operating charges 240 90 60", "Other operating charges (240) (90) (60)")
          .replace("Restructuring charges 50 110 20", "Restructuring charges (50) (110) (20)")
          .replace("Loss (gain) on asset dispositions — 45 (15)", "Loss (gain) on asset dispositions — (45) 15")
          .replace("Asset impairments 64 — 8", "Asset impairments (64) — (8)"))


def test_a_charge_printed_in_parentheses_under_an_expense_income_heading_is_added_back():
    ix = memory_index([(KT, {52: SIGNED})])
    a = _ask("Excluding asset impairments, what was Kestrel Tool Works' operating margin (operating income over net "
             "sales) in fiscal 2025?", ix)
    assert not a.refused, a.text
    assert "12.6" in a.text and "11.0" not in a.text, a.text  # (946 + 64) / 8,000; never (946 - 64) / 8,000


def test_a_charge_under_a_heading_that_says_no_sign_is_declined():
    ix = memory_index([(KT, {52: KT_IS.replace("Gross profit 2,800 2,520 2,388\n",
                                                "Gross profit 2,800 2,520 2,388\nOther operating items:\n")})])
    a = answer_question("Excluding asset impairments, what was Kestrel Tool Works' operating margin (operating "
                        "income over net sales) in fiscal 2025?", ix)
    assert a is None or a.refused or "12.6" not in a.text, a.text


def test_one_side_of_a_gain_or_loss_row_names_the_row():
    ix = memory_index([(KT, {52: KT_IS.replace("Asset impairments 64 — 8", "Divestitures (gain) loss (64) — 8")})])
    a = _ask("Kestrel Tool Works' 2025 operating income includes a divestitures gain. Excluding the divestitures gain, "
             "what was its operating margin in 2025?", ix)
    assert not a.refused, a.text
    assert "11.0%" in a.text and "12.6" not in a.text, a.text  # (946 - 64) / 8,000: the gain taken away


def test_a_line_below_the_profit_figure_is_not_taken_out_of_it():
    # restructuring charges stand among the operating expenses, below gross profit: no gross margin "excluding" them
    a = answer_question("Excluding the 'Other operating charges' line, what was Kestrel Tool Works' gross margin in "
                        "2025?", KESTREL)
    assert a is None or a.refused or "38.0" not in a.text, a.text  # never (2,800 + 240) / 8,000
