"""A measure asked in a physical unit (gallons, barrels, tons) with no money asked is never answered by a lookup or
calculation whose inputs are all in a currency: a revenue row named like the product ("Revenues: Heating oil") is
another dimension (session 32, #10, ``intent_guards.dimension_not_money``). Fictional filer and rows written for these
tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

OSPREY = meta("OSPREY_FUELS_2026_10K", "Osprey Fuels, Inc.", 2026)
OSPREY_IS = """OSPREY FUELS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Fiscal Year 2026 2025
Revenues:
Heating oil $ 612,300 $ 570,900
Services 88,400 84,100
Total revenues 700,700 655,000
Cost of products sold 402,100 381,500
Operating income 61,250 55,870
Net income $ 40,110 $ 36,020
"""


def _index():
    return memory_index([(OSPREY, {44: OSPREY_IS})])


def test_gallons_asked_are_not_answered_with_the_products_revenue_row():
    a = answer_question("How much did Osprey Fuels' heating oil gallons grow in fiscal 2026?", _index())
    assert a is None or a.refused or "612,300" not in a.text, a.text


def test_money_of_the_product_is_still_answered():
    a = answer_question("How much did Osprey Fuels' heating oil revenues grow in fiscal 2026?", _index())
    assert a is not None and not a.refused and "612,300" in a.text, a and a.text
