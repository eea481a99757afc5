"""A count and the count of a part of it, asked in one question ("how many employees ..., and roughly how many of them
were engineers?"), answered by the filer's sentence stating both ("approximately 48,000 employees, including
approximately 19,000 engineers and scientists"). Every page is written for this test (a fictional aerospace filer)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import asked_measures
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="cae25", doc="CONTOSO_AERO_2025_10K", source="CONTOSO_AERO_2025_10K.pdf",
               title="Contoso Aerospace Corporation - Annual Report on Form 10-K", company="Contoso Aerospace",
               doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
PAGE = """Human Capital
Workforce Demographics
As of December 31, 2025, we had a highly skilled workforce made up of approximately 48,000 employees, including
approximately 19,000 engineers, scientists and software developers. As of December 31, 2025, approximately 88% of our
workforce was located in the U.S. and approximately 15% of our employees are covered by collective bargaining
agreements.
Our revenue backlog at year-end 2025 was $61.2 billion.
"""


def test_a_hedged_second_question_is_a_part_of_its_own():
    for hedge in ("roughly", "approximately", "about"):
        q = (f"Approximately how many employees did Contoso Aerospace have as of December 31, 2025, and {hedge} how many "
             "of them were engineers, scientists and software developers?")
        parts = Q.read_question(q)
        assert len(parts) == 2 and parts[1].text.startswith(f"{hedge} how many"), [p.text for p in parts]


def test_of_them_narrows_no_group():
    m = asked_measures.asked_measure("roughly how many of them were engineers, scientists and software developers?")
    assert m is None or m.group is None, m
    m = asked_measures.asked_measure("What average occupancy did urban hotels achieve in 2025?")
    assert m is not None and m.group == "urban", m  # a real narrowing word still narrows


def test_the_count_and_its_part_are_answered_by_the_sentence_stating_both():
    q = ("Approximately how many employees did Contoso Aerospace have as of December 31, 2025, and roughly how many of "
         "them were engineers, scientists and software developers?")
    ex = ask_one_page(q, PAGE, META)
    assert len(ex.picks) == 2 and all(p is not None for p in ex.picks), ex.picks
    assert all("48,000 employees, including approximately 19,000 engineers" in " ".join(p.candidate.text.split())
               for p in ex.picks), [p.candidate.text for p in ex.picks]
