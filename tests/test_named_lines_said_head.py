"""A line item asked by its full name, head and all ("investment banking fees"), is the row so labelled even where
another table prints a row without that head ("Investment banking", a segment's revenue line): the head the question
says tells the two apart. Asked without the head ("investment banking"), the phrase still names neither. Every filer,
row and wording below is written for this test."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index

HALSTEAD = DocMeta(doc_id="dhbc", doc="halstead_bancorp_10q_q1_2026", source="halstead_bancorp_10q_q1_2026.pdf",
                   title="Halstead Bancorp - Form 10-Q", company="Halstead Bancorp",
                   doc_type="10-Q", fiscal_year=2026, period="Q1 2026",
                   extra={"period_end": "2026-03-31"})  # fmt: skip

HALSTEAD_IS = """HALSTEAD BANCORP
CONSOLIDATED STATEMENTS OF INCOME (unaudited)
(in millions)
Three months ended March 31, 2026 2025
Revenue
Investment banking fees $ 412 $ 305
Deposit-related fees 188 179
Asset management fees 264 240
Total noninterest revenue 864 724
Interest income 1,902 1,811
Interest expense 744 702
Net interest income 1,158 1,109
Total net revenue 2,022 1,833
Provision for credit losses 96 88
Noninterest expense 1,204 1,150
Income before income tax expense 722 595
Income tax expense 162 131
Net income $ 560 $ 464
"""

HALSTEAD_SEGMENTS = """Capital Markets segment results
(in millions)
Three months ended March 31, 2026 2025
Revenue by business
Investment banking 397 291
Markets 655 602
Total net revenue 1,052 893
"""


def _index():
    return memory_index([(HALSTEAD, {6: HALSTEAD_IS, 21: HALSTEAD_SEGMENTS})])


def test_the_full_name_finds_the_statement_row():
    a = answer_question("By what percentage did Halstead Bancorp's investment banking fees grow in the first quarter of "
                        "2026 compared with the first quarter of 2025?", _index())
    assert a is not None and not a.refused, a and a.text
    # (412 - 305) / 305 = 35.08%
    assert "35.1" in a.text and "412" in a.text and "397" not in a.text, a.text


def test_without_the_head_the_phrase_names_neither_row():
    a = answer_question("By what percentage did Halstead Bancorp's investment banking grow in the first quarter of 2026 "
                        "compared with the first quarter of 2025?", _index())
    assert a is None or a.refused or ("412" not in a.text and "397" not in a.text), a.text
