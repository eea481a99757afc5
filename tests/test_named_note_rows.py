"""A line item that only a numbered note prints ("Total lease cost", "Total lease liabilities") is answered from the
note's row that bears its name, when no primary statement prints a row of that name and every row so labelled for the
period states one amount (``statement_rows.named_row``, session 29). Fictional filer, our own rows and wordings."""
from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.answer.statement_rows import named_row
from assistant.types import DocMeta
from finance_filings import memory_index

META = DocMeta(doc_id="pellard25", doc="PELLARD_2025_10K", source="PELLARD_2025_10K.pdf",
               company="Pellard Foods Corporation", doc_type="10-K", fiscal_year=2025, period="FY2025")

INCOME = """PELLARD FOODS CORPORATION
CONSOLIDATED STATEMENTS OF INCOME
(In millions)
Years Ended December 31,
2025 2024
Net sales $ 8,904 $ 8,512
Cost of products sold 6,011 5,790
Operating income 1,102 1,015
Net income $ 702 $ 655
"""
LEASES = """Note 11. Leases
The components of our lease cost were (in millions):
Years Ended December 31,
2025 2024
Operating lease cost $ 164 $ 158
Finance lease cost 22 19
Variable lease cost 911 874
Total lease cost $ 1,097 $ 1,051
"""


def _index(*extra: str):
    pages = {52: INCOME, 88: LEASES}
    pages.update({90 + i: t for i, t in enumerate(extra)})
    return memory_index([(META, pages)])


def test_a_note_row_named_word_for_word_answers_its_level():
    a = answer_question("How much was Pellard Foods' total lease cost in 2025, in USD millions?", _index())
    assert a is not None and not a.refused and "1,097" in a.text and "Total lease cost" in a.text, a and a.text


def test_note_rows_of_one_name_that_disagree_answer_nothing():
    other = """Note 14. Segment Information
The following table presents lease information by segment (in millions):
Years Ended December 31,
2025 2024
Total lease cost $ 702 $ 690
"""
    idx = _index(other)
    assert named_row("How much was Pellard Foods' total lease cost in 2025?", idx, ["pellard25"], "FY2025") is None


def test_a_count_a_note_prints_is_never_an_amount():
    counts = """Note 15. Segment Information
The following table presents store counts by segment (in millions, except store counts):
Years Ended December 31,
2025 2024
Total stores 1,124 1,098
"""
    a = answer_question("What were Pellard Foods' total stores in 2025?", _index(counts))
    assert a is None or a.refused, a.text  # a count row is never an amount: no "$1,124 million", no other reading
