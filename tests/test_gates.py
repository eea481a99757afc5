"""The extractive answerer's gates and verdicts (answer/gates.py): prescore, combine, verdict.

Moved from test_extract.py when extract.py was split; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import gates as G

from extract_pages import META_FILING, find


def test_an_amount_for_another_year_is_excluded():
    asked = Q.read_question("What was Northwind's capital expenditure in 2021?")[0]
    assert G.prescore(asked, find("Northwind Cloud raised its capital expenditure")) is None
    asked = Q.read_question("What was Northwind's capital expenditure in 2023?")[0]
    assert G.prescore(asked, find("Northwind Cloud raised its capital expenditure")) is not None


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        ("Did Lumen give a capital expenditure figure for 2026?", "Lumen did not give a figure for 2026.", "No"),
        ("Does the estimate include cryptocurrency mining?", "This estimate excludes cryptocurrency mining.", "No"),
        ("Does Acme depend on a limited number of suppliers?",
         "We depend on a limited number of suppliers for our key components.", "Yes"),
        ("Was the memory sold out for 2025?", "In June the company said its memory was sold out for 2025.", "Yes"),
        ("Is Acme a capital-intensive business?", "Acme opened 14 stores in fiscal 2023.", None),
        ("Was there any drop in cash and cash equivalents in the quarter?",
         "The decrease in cash and cash equivalents was primarily due to inventory purchases.", "Yes"),
        ("Did the bank's trading risk decrease compared with the prior year?",
         "Average total VaR rose by $9 million compared with the prior year, driven by higher trading risk.", "No"),
        ("Was there any change in the number of stores?", "We expect to close 20 to 30 stores next year.", None),
        ("Looking at VaR, did the risk decrease compared with the prior year?",
         "Average total VaR decreased by $7 million compared with the prior year.", "Yes"),
        ("Did the new memory pass qualification in 2025?",
         "Press reports through 2024 described delays in qualifying the new memory.", None),
        ("Did the chip pass qualification?", "Reports described delays in qualifying the chip.", None),
    ],
)  # fmt: skip
def test_verdict_only_when_the_sentence_states_it(question, sentence, expected):
    asked = Q.read_question(question)[0]
    assert G.verdict(asked, C.page_candidates(sentence)[0]) == expected


def test_another_period_only_softens_a_statement_but_excludes_a_figure():
    c = C.page_candidates("Unlike the 2022 figure, this estimate excludes cryptocurrency mining.")[0]
    yes_no = Q.read_question("Does the 2024 estimate include cryptocurrency mining?")[0]
    amount = Q.read_question("How much electricity did cryptocurrency mining use in 2024?")[0]
    assert G.prescore(yes_no, c) is not None and G.prescore(amount, c) is None


def test_a_row_without_period_heads_does_not_answer_an_amount_for_a_period():
    q = "What was Acme's adjusted EBITDA for FY2023?"
    asked = Q.read_question(q)[0]
    assert asked.kind == "amount"
    bare = C.page_candidates("Adjusted EBITDA 609 540", meta=META_FILING)[0]
    dated = C.page_candidates("Fiscal year 2023 2022\nAdjusted EBITDA 2,018 2,026", meta=META_FILING)[-1]
    assert bare.kind == "row" and G.prescore(asked, bare, q) is None
    assert dated.kind == "row" and G.prescore(asked, dated, q) is not None


@pytest.mark.parametrize("question, sentence", [
    ("Does Tolland Fiber depend on a small number of customers or suppliers?",
     "Our results depend on the number of customers who stay with us, because revenue follows subscribers."),
    ("Does Brindle Rentals depend on a single customer for its sales?",
     "Sales of our rental services depend heavily on the volume of work our customers win."),
])
def test_a_dependence_on_few_is_not_decided_by_a_sentence_that_names_no_few(question, sentence):
    # Rule: the question's quantifier of few ("a small number of", "a single") is part of what is asked; a sentence
    # saying the dependence on customers in general decides nothing
    asked = Q.read_question(question)[0]
    assert G.verdict(asked, C.page_candidates(sentence + "\n")[0]) is None


def test_a_sentence_stating_how_concentrated_still_decides():
    asked = Q.read_question("Does Brindle Rentals rely on a single customer for its sales?")[0]
    said = "No single customer accounted for more than 3% of our sales in fiscal 2025."
    assert G.verdict(asked, C.page_candidates(said + "\n")[0]) == "No"


@pytest.mark.parametrize("question", [
    "Is Tolland Fiber a capital-intensive business, based on its third quarter 2025 results?",
    "Is Brindle Rentals capital intensive, according to the fiscal 2025 annual report?",
])
def test_a_closing_clause_naming_the_source_is_not_what_is_asked(question):
    # Rule: "..., based on its third quarter 2025 results?" says where to look; a sentence that shares only those words
    # (an 8-K's cover line announcing the results) states nothing about capital intensity
    asked = Q.read_question(question)[0]
    cover = ("On October 29, 2025, the Company issued a press release announcing its results for the third quarter "
             "ended September 30, 2025, and its fiscal 2025 annual report.")
    assert G.verdict(asked, C.page_candidates(cover + "\n")[0]) is None


# session 32 (#11): a question drawing its own contrast ("through its own showrooms rather than dealers") asks one side;
# a sentence naming only the side set aside ("as dealers restocked") states the whole or the other side's figure
_SHOWROOMS = "How many of the boats Larkspur Marine sold in 2026 went through its own showrooms rather than dealers?"


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (_SHOWROOMS, "Larkspur Marine sold 3,940 boats in 2026, up from 3,610, as dealers restocked ahead of the "
                     "spring season.", True),
        # both sides named: a breakdown whose figure for the asked side may be the answer
        (_SHOWROOMS, "Of the 3,940 boats sold in 2026, 1,120 went through our own showrooms and 2,820 through "
                     "dealers.", False),
        (_SHOWROOMS, "Our showrooms sold 1,120 boats in 2026.", False),
        # a sentence naming neither side is left to the other gates and scores
        (_SHOWROOMS, "Larkspur Marine sold 3,940 boats in 2026.", False),
        ("How many boats did Larkspur Marine sell in 2026?", "Larkspur Marine sold 3,940 boats in 2026, as dealers "
                                                             "restocked.", False),
        # a compound is said whole: "company-owned" is not "compared" in "compared with"
        ("How many homes were sold at its company-owned lots instead of independent retailers?",
         "We sold 9,310 homes, compared with 8,870 a year earlier, as independent retailers restocked.", True),
    ],
)
def test_a_sentence_naming_only_the_side_a_question_sets_aside(question, sentence, expected):
    assert G._set_aside_named(question, sentence) is expected


def test_the_set_aside_sides_sentence_is_no_count_of_the_asked_side():
    from one_page import ask_company_page
    from assistant.types import DocMeta

    meta = DocMeta(doc_id="dlm", doc="larkspur_marine_10k_2026", source="/r/larkspur_marine_10k_2026.pdf",
                   company="Larkspur Marine", doc_type="10-K", fiscal_year=2026, period="FY2026")  # fmt: skip
    page = ("Results of operations\n\nLarkspur Marine sold 3,940 boats in 2026, up from 3,610, as dealers restocked "
            "ahead of the spring season.\n")
    ex = ask_company_page(_SHOWROOMS, page, meta, "Larkspur", threshold=0.3)
    assert all(p is None for p in ex.picks), [p and p.candidate.text for p in ex.picks]
    ex = ask_company_page("How many boats did Larkspur Marine sell in 2026?", page, meta, "Larkspur", threshold=0.3)
    assert ex.picks[0] is not None and "3,940" in ex.picks[0].candidate.text


# Session 32 (#11): an event asked after a period's close ("after the end of fiscal 2025") is dated after it: the year
# after counts (``question.after_period_years``), the close names no period length (``measure_frames``), and a sentence
# dating its figures only by the closed period is no answer (``gates._before_the_close``). Written for these tests.

def _wren_meta():
    from assistant.types import DocMeta

    return DocMeta(doc_id="dwren", doc="wrenfield_10k_2025", source="/r/wrenfield_10k_2025.pdf",
                   company="Wrenfield Paper Products, Inc.", fiscal_year=2025, period="FY2025", doc_type="10-K")


_WREN_PAGE = ("Dividends\n"
              "We paid quarterly cash dividends of $0.42 per share in 2025 ($1.68 for the year) and $0.40 per share in "
              "2024.\n"
              "On February 4, 2026, our Board of Directors declared a quarterly cash dividend of $0.45 per share, "
              "payable on March 13, 2026 to stockholders of record on February 27, 2026.\n")


def test_an_event_after_the_close_of_a_year_is_dated_in_the_year_after():
    from assistant.answer import measure_frames

    assert Q.after_period_years("What dividend did Wrenfield declare after the end of fiscal 2025?") == {2026}
    assert Q.after_period_years("Which notes did it issue following the close of 2024?") == {2025}
    assert Q.after_period_years("What will revenue be after 2025?") == set()  # no close named: a forward span
    assert Q.read_question("What dividend did Wrenfield declare after the end of fiscal 2025?")[0].years == {2025, 2026}
    # the close dates the event; the dividend asked may be a quarter's
    assert measure_frames.asked_length("What dividend did Wrenfield declare after the end of fiscal 2025?") is None
    assert measure_frames.asked_length("What dividends did Wrenfield pay in fiscal 2025?") == "year"


def test_a_dividend_declared_after_the_year_end_is_the_later_sentence():
    from one_page import ask_near, part_figures

    ex = ask_near("What dividend did Wrenfield declare after the end of fiscal 2025?", _WREN_PAGE, _wren_meta(),
                  aliases=("Wrenfield Paper Products, Inc.", "Wrenfield"))
    assert ex.picks[0] is not None and "February 4, 2026" in ex.picks[0].candidate.text
    assert part_figures(ex)[0].startswith("$0.45")


def test_the_closed_years_own_dividends_do_not_answer_what_came_after():
    from one_page import ask_near

    page = _WREN_PAGE.split("On February")[0]  # only the year's own dividends
    ex = ask_near("What dividend did Wrenfield declare after the end of fiscal 2025?", page, _wren_meta(),
                  aliases=("Wrenfield Paper Products, Inc.", "Wrenfield"))
    assert ex.picks[0] is None


def test_a_filers_own_sentence_naming_its_plants_is_still_its_own():
    # Session 32 (#11): "our Dalby and Brannock plants" is a group of the filer's plants sharing a word of its name, not
    # a group of companies the asked one is only a member of (``prose_subjects.only_in_group``); written for this test
    from assistant.types import DocMeta
    from one_page import ask_near

    meta = DocMeta(doc_id="dbran", doc="brannock_10k_fy2026", source="/r/brannock_10k_fy2026.pdf",
                   company="Brannock Foods Corporation", fiscal_year=2026, period="FY2026", doc_type="10-K")
    page = ("Human Capital\n"
            "At March 31, 2026 we had approximately 4,120 full-time employees, compared with 3,870 at March 31, 2025; "
            "the increase reflects new packing lines at our Dalby and Brannock plants.\n")
    ex = ask_near("How many full-time employees did Brannock Foods have at March 31, 2026?", page, meta,
                  aliases=("Brannock Foods Corporation", "Brannock"))
    assert ex.picks[0] is not None and "4,120 full-time employees" in ex.picks[0].candidate.text


# --- a reason is for the year of the move it names (session 32) ------------------------------------------------------
_BARGES = ("Barge freight on the Danube rose 3.1% in 2024 to 41.2 million tonnes. "
           "The 2022 slump in barge freight came from the upper river, where low water stranded boats and shippers "
           "moved grain to rail; the upper river fell again in 2023 before recovering in 2024. "
           "Freight rates nonetheless fell in 2024, because charter prices dropped as new barges were delivered.")


def test_a_reason_naming_its_moves_year_answers_that_year_only():
    from assistant.types import DocMeta
    from one_page import ask_one_page

    meta = DocMeta(doc_id="dbarge", doc="danube_barges_2025", source="/r/danube_barges_2025.md",
                   title="Danube Barge Freight, 2025")  # fmt: skip
    later = ask_one_page("Why did Danube barge freight fall in 2024 while tonnes rose?", _BARGES, meta)
    assert not any("2022 slump" in sc.candidate.text for sc in later.ranked[0])
    named = ask_one_page("Why did Danube barge freight slump in 2022?", _BARGES, meta)
    assert any("2022 slump" in sc.candidate.text for sc in named.ranked[0])


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        # the premise's move ("grew", "rose", "increased") is another measure's; the asked measure's own move decides
        ("Larchmont Outdoor's Retail segment grew revenue in fiscal 2025. Did its gross margin rate improve as well?",
         "Our Retail segment experienced a decrease in gross margin rate to 31.2% in fiscal 2025 from 31.9% in fiscal 2024.",
         "No"),
        ("Pellham Foods' net sales rose 6% in 2024. Did its operating margin expand too?",
         "Operating margin decreased to 9.8% in 2024 from 10.4% in 2023, as higher freight costs outweighed pricing.",
         "No"),
        ("Given that unit volumes fell in the quarter, did Tessaro's average selling price go down as well?",
         "The average selling price rose 3% in the quarter, reflecting a mix shift toward premium models.", "No"),
        ("With subscriber numbers declining in fiscal 2025, did Quillon Media's churn rate fall as well?",
         "Monthly churn rate increased to 2.6% in fiscal 2025 from 2.3% a year earlier.", "No"),
        ("Brevard Health's admissions grew in 2025. Did its average length of stay increase as well?",
         "Average length of stay increased to 4.9 days in 2025 from 4.7 days in 2024.", "Yes"),
    ],
)  # fmt: skip
def test_a_premise_stated_before_a_yes_no_is_granted_not_asked(question, sentence, expected):
    """A yes/no question may state a premise first (a sentence, or a "given that" / "with" clause): its move belongs to
    another measure; counted with the asked move it flipped a stated fall back into a Yes (gates._without_premise)."""
    asked = next(p for p in Q.read_question(question) if p.kind == "yesno")
    assert G.verdict(asked, C.page_candidates(sentence)[0]) == expected


@pytest.mark.parametrize(
    "question, sentence",
    [
        ("What was the average net fee per return prepared in Ledgerline Tax's franchise offices in fiscal 2025?",
         "Returns prepared in company-owned offices rose to 1,912 thousand, and the average net fee per company-owned "
         "return rose to $248.10 from $239.60."),
        ("How many company-operated restaurants did Orrin Grill open in 2025?",
         "Franchisees opened 61 franchised restaurants in 2025, net of 9 closures."),
        ("What were comparable sales at Tessaro Coffee's licensed stores in fiscal 2025?",
         "Comparable sales at company-operated stores rose 3.4% in fiscal 2025, driven by a 2% rise in average ticket."),
        ("What was RevPAR at Quillon Hospitality's franchised hotels in 2025?",
         "RevPAR at our managed hotels increased 4.1% to $142.80 in 2025."),
    ],
)  # fmt: skip
def test_a_figure_of_outlets_run_another_way_is_no_answer(question, sentence):
    """Session 33 (#10): the company's own outlets, its franchisees', its licensees' and the ones it manages are four
    sets with figures of their own; a sentence naming only another set answers nothing of the asked one."""
    asked = Q.read_question(question)[0]
    assert G._other_operating_model(question, sentence)
    assert G.prescore(asked, C.page_candidates(sentence)[0], question) is None


def test_a_sentence_naming_the_asked_outlets_or_franchisees_as_people_still_may_answer():
    q = "How many company-operated restaurants did Orrin Grill open in 2025?"
    assert not G._other_operating_model(q, "We opened 38 company-operated and 61 franchised restaurants in 2025.")
    assert not G._other_operating_model(q, "We opened 38 restaurants in 2025, 12 of them bought from franchisees.")
