"""A report table whose heads repeat each year under two measures ("Volume 2024 (t)", "Value 2024 (USD m)"), session 29:
a row's cells keep their whole heads, and a ranking reads the column of the measure the question says, never the
other measure's column of the same year. The table and questions are written for these tests (fictional tea blenders)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import pickers as P
from assistant.answer import question as Q

BLENDERS = """## The blenders

Lowland blenders shipped more tea by weight, but the hill estates earned more per kilo.

| Blender | Volume 2024 (kt) | Volume 2025 (kt) | Value 2024 (USD m) | Value 2025 (USD m) |
|---|---|---|---|---|
| Marrowby Teas | 41.2 | 44.0 | 212 | 230 |
| Ashcombe Hill | 18.5 | 18.1 | 305 | 318 |
| Drayle & Sons | 30.4 | 29.8 | 150 | 149 |
| Pennock Leaf | 12.0 | 13.1 | 96 | 104 |
| **Total** | **102.1** | **105.0** | **763** | **801** |
"""


def _rank(question: str):
    return P.rank_rows(Q.read_question(question)[0], C.page_candidates(BLENDERS), question)


def test_a_row_under_heads_repeating_a_year_keeps_its_whole_heads():
    rows = [c for c in C.page_candidates(BLENDERS) if c.kind == "row"]
    assert rows[0].text == ("Marrowby Teas: Volume 2024 (kt) 41.2, Volume 2025 (kt) 44.0, Value 2024 (USD m) 212, "
                            "Value 2025 (USD m) 230")


def test_a_ranking_reads_the_column_of_the_measure_asked():
    assert _rank("Which blender shipped the largest volume in 2025?").candidate.text == \
        "Marrowby Teas has the highest Volume 2025 (kt) figure of the table's 4 rows: 44.0."
    assert _rank("Which blender had the highest value of sales in 2025?").candidate.text == \
        "Ashcombe Hill has the highest Value 2025 (USD m) figure of the table's 4 rows: 318."
    assert _rank("Which blender was the largest in 2025?") is None  # which measure is not said: no column
