"""Lists of shares and of assumptions inside one sentence (``assistant/answer/prose_items.py``). The survey page is
written for these tests; the publisher and its figures are fictional."""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import shown as W
from assistant.answer import extract as X
from assistant.answer import prose_items as items
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="fab26", doc="fabrikam_it_budget_survey_2026", source="/tmp/fabrikam_survey.html",
               title="IT security budgets 2026: a survey of 350 CISOs", company=None, doc_type="report",
               fiscal_year=2026, period="2026")  # fmt: skip

PAGE = """IT security budgets 2026: a survey of 350 CISOs

Where the money goes
People (salaries, benefits and contractors) take 44% of the average budget. Of the non-staff budget, the biggest
categories were network security (26%), cloud posture management (19%), security awareness training (12%),
penetration testing (9%) and cyber insurance (7%).

Why budgets are rising
Respondents gave four main reasons for raising their budgets: attacks on suppliers (57%), new reporting rules (46%),
pressure from the board (35%) and insurers' requirements (29%).

Scenarios
Our central case assumes budgets grow 6% a year through 2029. Our downside scenario assumes that a recession forces
freezes in 2027, that insurers stop tightening their requirements and that the reporting rules are delayed; budgets
would then grow 1% a year.
"""


def _ask(question: str) -> X.Extraction:
    c = Chunk(chunk_id="fab26:1", doc_id=META.doc_id, doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(PAGE), text=PAGE, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], NearEmbedder(), page_text=lambda d, p: PAGE)


def test_a_list_of_label_and_share_items_is_read_whole():
    sentence = ("Of the non-staff budget, the biggest categories were network security (26%), cloud posture management "
                "(19%), security awareness training (12%), penetration testing (9%) and cyber insurance (7%).")  # fmt: skip
    got = items.share_items(sentence)
    assert [i.label for i in got] == ["network security", "cloud posture management", "security awareness training",
                                      "penetration testing", "cyber insurance"]  # fmt: skip
    assert [i.raw for i in got] == ["26%", "19%", "12%", "9%", "7%"]
    assert items.share_items("Revenue rose 12% (organic 9%) in 2025.") == []  # no list of three items


def test_what_share_went_to_one_item_is_that_items_share():
    ex = _ask("What share of the non-staff budget went to cloud posture management?")
    assert ex.picks[0] is not None
    assert W.answer_figure(ex.parts[0], ex.picks[0].candidate) == "19%"


def test_the_three_biggest_items_are_computed_from_the_shares():
    assert items.top_line("What were the three biggest categories of non-staff spending?",
                          "the biggest categories were a (10%), b (30%), c (20%) and d (5%)") == (
        "The three largest, by the shares stated: b (30%), c (20%), a (10%)")  # fmt: skip
    assert items.top_items("What were the three largest categories?", "were a (10%), b (20%), c (20%) and d (10%)") == []
    ex = _ask("What were the three largest categories of non-staff security spending?")
    assert "network security (26%), cloud posture management (19%), security awareness training (12%)" in ex.notes[0]


def test_an_assumptions_sentence_is_a_list_of_its_that_clauses():
    lead, got = items.assumption_items(
        "Our downside scenario assumes that a recession forces freezes in 2027, that insurers stop tightening their "
        "requirements and that the reporting rules are delayed; budgets would then grow 1% a year.")
    assert lead.endswith("assumes that")
    assert got == ("a recession forces freezes in 2027", "insurers stop tightening their requirements",
                   "the reporting rules are delayed")  # fmt: skip
    assert items.assumption_items("Our central case assumes budgets grow 6% a year through 2029.") is None


def test_what_assumptions_lie_behind_a_scenario_is_answered_by_its_assumptions():
    ex = _ask("What assumptions lie behind the downside scenario?")
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.kind == "list"
    assert "insurers stop tightening their requirements" in pick.candidate.items


SURVEY = """# The CISO budget survey 2026

## Why budgets are going up

Two thirds of respondents expect a larger budget in 2026. Asked why, they cited:

- attacks on suppliers (57%)
- new reporting rules (46%)
- pressure from the board (35%)

## What holds budgets back

Respondents named three constraints: a shortage of qualified staff, tool sprawl and slow procurement.
"""


def _ask_survey(question: str) -> X.Extraction:
    c = Chunk(chunk_id="fab26:2", doc_id=META.doc_id, doc=META.doc, source=META.source, page=2, page_end=2, start=0,
              end=len(SURVEY), text=SURVEY, ordinal=2)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], NearEmbedder(), page_text=lambda d, p: SURVEY)


def test_a_list_of_another_kind_is_no_reason():
    assert items.other_kind("What reasons did respondents give for raising budgets?", "Respondents named three constraints",
                            set())  # fmt: skip
    assert items.other_kind("Why are budgets going up?", "Respondents named three constraints", set())
    assert not items.other_kind("What holds back budgets?", "Respondents named three constraints", set())
    assert not items.other_kind("What drives budgets?", "The main reasons are", set())  # reasons and drivers are one kind


def test_the_reasons_respondents_gave_are_the_bullets_under_why_not_the_constraints():
    for q in ("What reasons did respondents give for raising their security budgets?",
              "Why are security budgets going up in 2026?"):
        pick = _ask_survey(q).picks[0]
        assert pick is not None and pick.candidate.text == "Asked why, they cited:", q
    pick = _ask_survey("What holds back security budgets?").picks[0]
    assert pick is not None and "constraints" in pick.candidate.text


# -- session 9: "B at 16%" members of a split are shares too

SLICES = ("Of the remaining, non-labour spending, kiln hardware (electric, gas and wood-fired models) took the biggest "
          "slice at 34%, followed by glazes and clays at 22% and studio software at 11%.")


def test_label_at_a_percentage_members_of_a_split_are_shares():
    assert [(i.label, i.raw) for i in items.share_items(SLICES)] == [
        ("kiln hardware", "34%"), ("glazes and clays", "22%"), ("studio software", "11%")]
    assert items.item_share("What share of non-labour spending went to glazes and clays?", SLICES).raw == "22%"
    assert [i.label for i in items.top_items("What were the two largest categories of non-labour spending?", SLICES)] == [
        "kiln hardware", "glazes and clays"]


def test_levels_at_percentages_are_no_shares():
    assert items.share_items("Inflation ran at 3%, unemployment at 4% and policy rates at 5%.") == []
