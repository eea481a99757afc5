""""At the end of fiscal 2025", "by the close of the quarter": the phrase dates the asked figure, and "end" is no word
the answer must say (the filer dates it by a day: "On January 31, 2026, we employed ..."). Every filer, sentence and
question below is written for this test."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer.extract import THRESHOLD
from assistant.types import DocMeta
from one_page import ask_company_page

META = DocMeta(doc_id="dlnt", doc="LANTERNFIELD_2025_10K", source="LANTERNFIELD_2025_10K.pdf",
               title="Lanternfield Brands, Inc. - Annual Report on Form 10-K", company="Lanternfield Brands",
               doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
PAGE = """Human Capital
On December 31, 2025, the Company employed about 23,800 people, with about 9,100 in the United States and 14,700
outside it.
Our distribution network was expanded during the year with two regional centers.
"""


def test_the_end_of_a_named_period_is_a_date_not_a_word_asked():
    for q in ("Approximately how many people did Lanternfield employ at the end of FY2025?",
              "How many stores were open at the close of the fourth quarter of 2025?",
              "What backlog did it report at the close of its fiscal year?",
              "How many people worked there by the end of December?"):
        words = Q.read_question(q)[0].words
        assert "end" not in words and "close" not in words, (q, words)


def test_an_end_that_is_the_thing_asked_stays_a_word():
    for q in ("What is driving the end of the lease program?", "Why did the close of the Ohio plant cost so much?"):
        words = Q.read_question(q)[0].words
        assert "end" in words or "close" in words, (q, words)


def test_a_headcount_dated_by_its_day_answers_the_end_of_the_year():
    for q in ("Approximately how many people did Lanternfield employ at the end of FY2025?",
              "How many people did Lanternfield employ at the end of fiscal 2025?"):
        ex = ask_company_page(q, PAGE, META, "Lanternfield", threshold=THRESHOLD)
        assert ex.picks[0] is not None and "23,800 people" in ex.picks[0].candidate.text, (q, ex.ranked[0][:1])
