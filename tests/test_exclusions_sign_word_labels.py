"""An item excluded by its row's own label, sign word in parentheses and all ("Excluding asset impairments and the (gain)
loss on sale of centers and other, ..."): the parenthesised "(gain)" is a word of the label, not a
group of arithmetic, and "centers and other" stays one row's label when the listed items only read that way; each item
is then taken out of operating income by what it did to it. A statement whose costs stand under the filer's own
heading ("Cost of operations" ... "Total cost of operations") shows that a charge printed there was deducted, as a
"Costs and expenses:" heading does. Every filer, row and wording below is written for this test."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.answer.statement_rows import profit_sign
from assistant.types import DocMeta
from finance_filings import memory_index

TUMBLEBROOK = DocMeta(doc_id="dtbl", doc="tumblebrook_lanes_10q_q2_2026", source="tumblebrook_lanes_10q_q2_2026.pdf",
                      title="Tumblebrook Lanes, Inc. - Form 10-Q", company="Tumblebrook Lanes",
                      doc_type="10-Q", fiscal_year=2026, period="Q2 2026",
                      extra={"period_end": "2026-06-30"})  # fmt: skip

TUMBLEBROOK_IS = """TUMBLEBROOK LANES, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)
(In millions)
Three Months Ended June 30, Six Months Ended June 30,
2026 2025 2026 2025
Revenues
Bowling and games $ 142.6 $ 131.0 $ 291.8 $ 270.4
Food, beverage and events 88.3 80.7 175.2 161.9
Total revenues 230.9 211.7 467.0 432.3
Cost of operations
Center labor 61.4 58.2 124.9 118.0
Cost of food and beverage 21.7 19.9 43.1 39.8
Occupancy and utilities 48.2 46.5 96.0 92.7
Selling, general and administrative expenses 37.5 35.1 75.8 71.4
Depreciation and amortization 24.6 23.0 48.7 45.9
Asset impairments 5.2 - 5.2 1.8
(Gain) loss on sale of centers and other (9.4) 0.6 (8.8) 1.1
Total cost of operations 189.2 183.3 384.9 370.7
Operating income 41.7 28.4 82.1 61.6
Interest expense, net (12.3) (13.0) (24.9) (26.1)
Income before income taxes 29.4 15.4 57.2 35.5
Income tax expense 7.4 3.9 14.4 8.9
Net income $ 22.0 $ 11.5 $ 42.8 $ 26.6
"""


def _index():
    return memory_index([(TUMBLEBROOK, {3: TUMBLEBROOK_IS})])


def test_the_filers_cost_heading_says_its_rows_were_deducted():
    assert profit_sign(TUMBLEBROOK_IS, "Asset impairments 5.2 - 5.2 1.8") == -1
    assert profit_sign(TUMBLEBROOK_IS, "Interest expense, net (12.3) (13.0) (24.9) (26.1)") is None


def test_items_named_by_their_labels_sign_words_are_taken_out():
    a = answer_question("Leaving out asset impairments and the (gain) loss on sale of centers and other, what was "
                        "Tumblebrook Lanes' operating margin in the first six months of 2026?", _index())
    assert a is not None and not a.refused, a and a.text
    # (82.1 + 5.2 - 8.8) / 467.0 = 16.81%: the impairment added back, the net gain taken away
    assert "16.8" in a.text and "(Gain) loss on sale of centers and other" in a.text, a.text


def test_both_periods_asked_are_adjusted_each_by_its_own_rows():
    a = answer_question("Excluding asset impairments and the (gain) loss on sale of centers and other, what was "
                        "Tumblebrook Lanes' operating margin in the six months ended June 30, 2026 and in the same "
                        "period of 2025?", _index())
    assert a is not None and not a.refused, a and a.text
    # 2026: (82.1 + 5.2 - 8.8) / 467.0 = 16.81%; 2025: (61.6 + 1.8 + 1.1) / 432.3 = 14.92%
    assert "16.8" in a.text and "14.9" in a.text, a.text
