"""#10/#11 several parts asked of a filing, each answered with the figure of its own subject: a place one part narrows
its count to ("how many of them were in Mexico") is not the subject of the next part that asks a measure of its own;
the object of "employ" is the staff however the filer names them, and a figure counting another noun ("14 collective
bargaining agreements") is no headcount. Fictional filers, sentences and questions written for these tests."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer.shown import answer_figure
from assistant.types import DocMeta
from one_page import ask_company_page, part_figures

HARLOW = DocMeta(doc_id="dhf", doc="harlow_freight_10k_2025", source="/r/harlow_freight_10k_2025.html",
                 company="Harlow Freight", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
PEOPLE = ("Human Capital\n\nAt December 31, 2025 we employed approximately 8,400 team members, of whom about 950 were in "
          "Mexico. About 12% of our U.S. team members are represented by labor unions under 14 collective bargaining "
          "agreements.\n")
UNIONS = ("Human Capital\n\nRoughly 12% of our U.S. employees belong to labor unions, under 14 collective "
          "bargaining agreements.\n")


def _ask(question: str, page: str, threshold: float = X.THRESHOLD) -> X.Extraction:
    return ask_company_page(question, page, HARLOW, "Harlow", threshold)


_figures = part_figures


def test_a_place_narrowing_one_part_is_not_the_subject_of_the_next():
    for q in ("At the end of 2025, how many team members did Harlow Freight employ, how many of them were in Mexico, and "
              "what share of its U.S. team members are represented by labor unions?",
              "How many people did Harlow Freight employ at December 31, 2025, how many of them worked in Mexico, and what "
              "percentage of its U.S. team members belong to labor unions?"):
        ex = _ask(q, PEOPLE, threshold=0.3)
        assert len(ex.parts) == 3 and "mexico" not in ex.parts[2].entities, [p.entities for p in ex.parts]
        assert ex.picks[2] is not None and "12%" in ex.picks[2].candidate.text, [p and p.candidate.text for p in ex.picks]


def test_the_object_of_employ_is_the_headcount():
    for q in ("How many employees did Harlow Freight have at the end of 2025?",
              "How many employees did Harlow Freight have on December 31, 2025, and how many of them worked in Mexico?"):
        ex = _ask(q, PEOPLE, threshold=0.3)
        assert ex.picks[0] is not None and (answer_figure(ex.parts[0], ex.picks[0].candidate) or "").startswith("8,400"), \
            (_figures(ex), [p and p.candidate.text for p in ex.picks])


def test_a_count_of_another_noun_is_no_headcount():
    ex = _ask("How many employees did Harlow Freight have at the end of 2025?", UNIONS, threshold=0.3)
    assert not any(f and "14" in f for f in _figures(ex)), _figures(ex)


def test_a_report_named_after_in_is_no_place():
    # "described in Harlow's 8-K": the name owns the report the part reads; the later parts keep it as subject
    from assistant.answer.question import read_question
    parts = read_question("In the credit agreement described in Harlow's 8-K dated March 3, 2025, who is the "
                          "administrative agent, when was the credit agreement entered into, and what is the maturity "
                          "date of the revolving facility?", names={"Harlow"})
    assert len(parts) == 3 and all(p.entities == parts[0].entities for p in parts), [p.entities for p in parts]


def test_a_place_scoping_the_whole_asked_stays_the_subject():
    from assistant.answer.question import read_question
    parts = read_question("Which are the three largest ferry operators in Scandinavia by vessels, and how many vessels "
                          "does the largest one run?", names={"Scandinavia"})
    assert len(parts) == 2 and parts[1].entities == parts[0].entities == {"scandinavia"}, [p.entities for p in parts]
