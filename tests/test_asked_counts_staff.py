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


@pytest.mark.parametrize("question, whole, part, figure", [
    ("How many of Ashgrove Boilerworks' employees were represented by labor unions at December 31, 2025?",
     "At December 31, 2025 we had approximately 4,180 employees, compared with 4,305 at December 31, 2024.",
     "About 1,460 of our employees are represented by labor unions under collective bargaining agreements.", "1,460"),
    ("How many of Fenwick Grocers' store associates are covered by collective bargaining agreements?",
     "At the end of fiscal 2025 Fenwick employed approximately 22,600 store associates.",
     "Approximately 9,800 store associates are covered by collective bargaining agreements with two unions.", "9,800"),
    ("How many of Marlpit Dining Group's restaurants were operated by franchisees at the end of 2025?",
     "At the end of 2025 the Marlpit system comprised 1,204 restaurants in 31 states.",
     "At the end of 2025, 936 restaurants were operated by franchisees.", "936"),
])
def test_a_part_of_a_whole_in_a_state_is_never_the_whole_count(question, whole, part, figure):
    # session 33 (#10): "how many of <the filer's> employees were represented by labor unions" asks the part of the
    # headcount in that state; the whole headcount, its sentence saying no word of the state, does not answer it (before,
    # a long owner's name before the noun hid the state, a measure family such as headcount dropped it, and a passive's
    # agent "by labor unions" was not read, so the whole count was shown as the answer)
    whole_count = next(w for w in ("4,180", "22,600", "1,204") if w in whole)
    got = _verdicts(question, whole)
    assert got.get(whole_count) == OTHER, (question, got)
    assert _verdicts(question, part).get(figure) not in (None, OTHER), question
