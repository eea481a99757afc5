"""A question naming money ("the value of", "worth", "in CHF", "in euros", "by value": text.numbers.MONEY_NAMED) is
never answered from a report table counting goods ("thousand units"; answer/prose_tables.table_picks), nor by a
ranking of such a table's rows (answer/pickers.rank_rows). Without money named, the count table still answers.

Every sentence and table below is written for these tests (fictional market and figures).
"""

from __future__ import annotations

import pytest

from assistant.answer import render as XR
from assistant.text.numbers import MONEY_NAMED
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dbikes", doc="cargo_bikes_2025", source="/r/cargo_bikes_2025.pdf",
               title="Cargo Bikes: The World Market, 2024")  # fmt: skip

PAGE = """1. Summary
The world's makers of cargo bikes shipped 3.8 million bikes in 2024, 5.0% more than in 2023, as parcel firms replaced vans.

Table 2. World cargo bike sales by region, 2023 and 2024
(thousand units)
| Region | 2023 | 2024 | Change (%) |
|---|---|---|---|
| Europe | 1,600 | 1,700 | +6.3 |
| China | 1,100 | 1,150 | +4.5 |
| North America | 450 | 470 | +4.4 |
| Rest of world | 470 | 480 | +2.1 |
| World | 3,620 | 3,800 | +5.0 |
"""


def _shown(question: str) -> str | None:
    ex = ask_one_page(question, PAGE, META, 0.3)
    return XR.render(ex, lambda d, p: PAGE)[0] if ex.answered else None


def test_money_named_in_a_question():
    for q in ("What was the value of the world cargo bike market in 2024?", "What were sales in Europe in CHF?",
              "How big was the market in euros?", "Which region had the largest sales by value?",
              "What was the European market worth?"):
        assert MONEY_NAMED.search(q), q
    for q in ("How many cargo bikes were sold in Europe in 2024?", "What were cargo bike sales in Europe in 2024?",
              "Which region valued speed most?", "What does CHFX stand for?"):
        assert not MONEY_NAMED.search(q), q


@pytest.mark.parametrize("question", [
    "What were cargo bike sales in Europe in 2024, in dollars?",
    "What were Europe's cargo bike sales worth in 2024?",
    "What were cargo bike sales in Europe in 2024 in EUR?",
    "What was the cargo bike market in Europe worth in CHF in 2024?",
    "What was the value of cargo bike sales in China in 2024, and by how much had it moved since 2023?",
    "Which region had the largest cargo bike sales by value in 2024?",
])
def test_a_count_of_goods_never_answers_money_named(question):
    shown = _shown(question)
    assert shown is None or "thousand units" not in shown and "million bikes" not in shown, shown


def test_without_money_named_the_count_table_answers():
    shown = _shown("What were cargo bike sales in Europe in 2024?")
    assert shown is not None and shown.startswith("Europe, 2024: 1,700 thousand units")
    shown = _shown("Which region had the largest cargo bike sales in 2024?")
    assert shown is not None and "Europe has the highest 2024 figure" in shown
