"""#10/#11 a count of staff asked ("how many people did it employ?") is answered only by a number that counts staff:
a staff noun right after it, or a word of employment just before it in its clause. A number that counts something else
without naming it (the weeks of a "52- or 53-week" fiscal year, a footnote marker) ties to no headcount. Fictional
filers and sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.asked_counts import headcount_figure, staff_asked, staff_counted
from assistant.answer.prose_ties import OTHER, tied_spans


@pytest.mark.parametrize("question", [
    "How many people did Brackwater Software employ when fiscal 2024 ended?",
    "How many employees did Brackwater have at year-end?",
    "What was Brackwater's headcount at the close of fiscal 2024?",
    "How many full-time staff work at Brackwater?",
])
def test_staff_asked(question):
    assert staff_asked(question)


@pytest.mark.parametrize("question", [
    "How many stores did Brackwater open in 2024?",
    "How much did Brackwater spend on employee benefits?",
])
def test_other_questions_ask_no_staff(question):
    assert not staff_asked(question)


def test_staff_counted_reads_the_noun_after_or_the_employment_word_before():
    assert staff_counted("At the close of the year we had about ", " full-time employees across 14 countries")
    assert staff_counted("Brackwater's workforce numbered roughly ", " at November 29, 2024")
    assert staff_counted("The company employed approximately ", " people, of whom 38% were women")
    assert not staff_counted("Brackwater's fiscal year is a ", "- or 53-week period that ends on the last Friday")
    assert not staff_counted("", " During fiscal 2024 and 2023, we recorded restructuring charges")


def _verdicts(question: str, sentence: str) -> dict[str, str]:
    spans = tied_spans(question, sentence) or []
    return {sentence[s:e]: v for s, e, v, _ in spans}


def test_a_number_counting_no_staff_is_no_headcount():
    q = "How many people did Brackwater Software employ when fiscal 2024 ended?"
    weeks = _verdicts(q, "Brackwater's fiscal year is a 52- or 53-week period that ends on the last Friday of November.")
    assert weeks and all(v == OTHER for v in weeks.values()), weeks
    staff = _verdicts(q, "At November 29, 2024, Brackwater employed approximately 6,480 people worldwide.")
    assert staff.get("6,480") not in (None, OTHER), staff


def test_a_workforce_size_asked_is_the_number_employed():
    # session 28, rule: "How large was its workforce?" names no staff noun to count; a number that is the object of
    # "employ" and counts staff ("we employed about 48,500 team members") is its size; a count of stores is not
    from assistant.answer.prose_ties import TIED, answers

    q = "How large was Quillfeather Outfitters' workforce at the close of fiscal 2031?"
    said = ("At January 30, 2032, we employed about 48,500 team members across our stores, distribution centers and "
            "support offices, roughly 40% of whom worked full-time.")
    assert answers(q, said)
    assert [v for _, _, v, _ in tied_spans(q, said)][0] == TIED
    assert not answers(q, "At January 30, 2032, we operated about 1,250 stores in 46 states.")


def test_each_item_of_an_of_whom_list_counts_people():
    # "of whom approximately 7,900 worked in company-operated restaurants and approximately 500 in our restaurant
    # support center": both figures count the people employed, so neither answers how many restaurants it ran
    s = ("As of December 27, 2026 we employed approximately 8,400 people, of whom approximately 7,900 worked in "
         "company-operated restaurants and approximately 500 in our restaurant support center in Denver, Colorado.")
    for figure in ("7,900", "500"):
        at = s.index(figure)
        assert headcount_figure(s[:at], s[at + len(figure):])
    # a list of restaurants after "of which" is no headcount
    t = "the system comprised 1,204 restaurants, of which 268 were company-operated and 936 were franchised."
    at = t.index("936")
    assert not headcount_figure(t[:at], t[at + 3:])
