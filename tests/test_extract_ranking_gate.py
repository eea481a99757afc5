"""extract: a which-most question ("Which division grew fastest?") is answered only by a pick that ranks the members
by the asked measure (``asks_ranking``, ``ranks_members``, ``Extraction.unranked``). Every sentence and question below
is written for this test (a fictional grocer and a fictional market note)."""

from __future__ import annotations

from assistant.answer import scoring as S
from assistant.answer import extract as X
from assistant.types import DocMeta
from one_page import ask_one_page

GROCER = DocMeta(doc_id="dnw", doc="northwind_markets_10k_fy2025", source="/r/northwind_markets_10k_fy2025.pdf",
                 company="Northwind Markets", doc_type="10-K", fiscal_year=2025,
                 title="Northwind Markets, Inc. - Annual Report on Form 10-K")  # fmt: skip
NOTE = DocMeta(doc_id="dtea", doc="tea_market_note_2025", source="/r/tea_market_note_2025.pdf",
               title="Speciality Tea: Market Note 2025")  # fmt: skip

ONE_LEVEL = ("Divisions\n\nThe Coastal division generated net sales of $1,512.3 million in fiscal 2025, 36% of the "
             "company total.\n\nNorthwind Pharmacy filled 2.3 million prescriptions in fiscal 2025; its generic "
             "dispensing rate was 88%, compared with 86% in fiscal 2024.\n")
RANKED = ("Divisions\n\nThe Valley division was again the fastest-growing of our three divisions in fiscal 2025, with "
          "net sales up 9.4% to $1,690.2 million.\n")
SIDE_BY_SIDE = ("Divisions\n\nNet sales rose 9.4% in the Valley division, 7.9% in the Coastal division and fell 0.2% in "
                "the Highlands division in fiscal 2025.\n")
FASTEST = "Which of Northwind's three divisions grew its net sales fastest in fiscal 2025?"
LARGEST = "Which division had the largest net sales in fiscal 2025?"


def _ask(question: str, page: str, meta: DocMeta = GROCER) -> X.Extraction:
    # a low threshold: the gate must hold whatever the similarity scores, the pick is made whatever they are
    return ask_one_page(question, page, meta, threshold=0.01)


def test_which_most_questions_ask_a_ranking():
    assert all(S.asks_ranking(p) for p in _ask(FASTEST, ONE_LEVEL).parts)
    assert all(S.asks_ranking(p) for p in _ask("Who holds the largest share of the tea market?", ONE_LEVEL).parts)
    # importance words rank nothing by a measure; a level question is no ranking
    assert not any(S.asks_ranking(p) for p in _ask("What are the main risks to Northwind's margins?", ONE_LEVEL).parts)
    assert not any(S.asks_ranking(p) for p in _ask("What were Northwind's net sales in fiscal 2025?", ONE_LEVEL).parts)


def test_one_members_level_is_no_answer_to_which_grew_fastest():
    ex = _ask(FASTEST, ONE_LEVEL)
    assert ex.answered and ex.unranked  # picked (low threshold), but the answerer declines it
    assert _ask(LARGEST, ONE_LEVEL).unranked  # one division's level says nothing of the others'


def test_a_sentence_ranking_by_the_asked_sense_answers():
    ex = _ask(FASTEST, RANKED)
    assert ex.answered and not ex.unranked
    assert _ask(LARGEST, RANKED).unranked  # the fastest-growing is not the largest


def test_members_side_by_side_answer_only_with_figures_of_the_asked_form():
    ex = _ask(FASTEST, SIDE_BY_SIDE)
    assert ex.answered and not ex.unranked  # three divisions' growth rates: the ranking is in the quote
    assert _ask(LARGEST, SIDE_BY_SIDE).unranked  # growth rates rank no level


def test_a_market_note_sentence_outranking_the_others_answers():
    page = ("Regions\n\nSales of speciality tea in Japan grew faster than in any other region in 2025, by 14%, to "
            "$2.2 billion.\n\nEurope remained a $6.1 billion market.\n")
    ex = _ask("Which region's tea sales grew fastest in 2025?", page, NOTE)
    assert ex.answered and not ex.unranked and "Japan" in ex.picks[0].candidate.text


# -- "how did A compare with B": both sides must be named by the picks

SURVEY = DocMeta(doc_id="dcold", doc="cold_storage_survey_2025", source="/r/cold_storage_survey_2025.pdf",
                 title="Cold Storage Energy Survey 2025")  # fmt: skip
ALL_SITES = ("Energy use\n\nThe average energy intensity across the 640 warehouses in our 2024 survey was 41 kWh per "
             "cubic metre, compared with 43 kWh in 2023.\n")
BOTH_SIDES = ALL_SITES + ("\nAutomated warehouses averaged 33 kWh per cubic metre in 2024, against 46 kWh for "
                          "conventional warehouses.\n")


def test_the_sides_of_a_comparison_are_the_words_each_says_alone():
    assert S.compared_sides("How did automated warehouses compare with conventional warehouses in 2024?") == (
        "automated", "conventional")
    assert S.compared_sides("How did Contoso's gross margin compare with Northwind's in fiscal 2025?") == (
        "contoso", "northwind")
    assert S.compared_sides("How did first-quarter sales compare to the same quarter last year?") is None  # over time
    assert S.compared_sides("What was the energy intensity of automated warehouses in 2024?") is None


def test_a_comparison_answered_by_the_all_sites_figure_is_declined():
    q = "How did automated warehouses compare with conventional warehouses on energy intensity in 2024?"
    ex = _ask(q, ALL_SITES, SURVEY)
    assert ex.answered and ex.side_missing  # the survey-wide average names neither side
    ex = _ask(q, BOTH_SIDES, SURVEY)
    assert ex.answered and not ex.side_missing and "Automated" in ex.picks[0].candidate.text


# -- "both A and B ... the two figures": a figure of each

BURGERS = DocMeta(doc_id="dhb", doc="harbor_burgers_10k_2025", source="/r/harbor_burgers_10k_2025.pdf",
                  company="Harbor Burgers", doc_type="10-K", fiscal_year=2025)  # fmt: skip
SYSTEM = ("Overview\n\nSystem-wide sales, which include sales at both company-operated and franchised restaurants, were "
          "$2,412.5 million in fiscal 2025, an increase of 4.1% from $2,317.4 million in fiscal 2024.\n")
TWO = "Harbor Burgers reports both system-wide sales and total revenues. What were the two figures for fiscal 2025?"


def test_the_measures_of_a_two_figures_question_are_read():
    from assistant.answer import asked_measures

    assert asked_measures.asked_figures(TWO) == ("system-wide sales", "total revenues")
    assert asked_measures.asked_figures("What were Harbor Burgers' system-wide sales in fiscal 2025?") == ()
    assert asked_measures.states_figure_of("system-wide sales", SYSTEM) and not asked_measures.states_figure_of("total revenues", SYSTEM)


def test_one_figure_for_two_asked_is_declined():
    ex = _ask(TWO, SYSTEM, BURGERS)
    assert ex.answered and ex.figure_missing
    both = ("Overview\n\nSystem-wide sales were $2,412.5 million in fiscal 2025, while total revenues, which include "
            "only company-operated restaurants' sales and franchise fees, were $611.8 million.\n")
    ex = _ask(TWO, both, BURGERS)
    assert ex.answered and not ex.figure_missing  # one sentence states both figures


def test_the_steepest_move_asks_a_ranking_that_one_members_move_does_not_answer():
    # "steepest", "sharpest", "deepest" rank members by the size of a move; a sentence on one unnamed division's
    # margin ranks nothing, whatever its cause clause says
    page = ("Divisions\n\nOperating margin decreased by 90 basis points compared to fiscal 2024 to 6.1%, primarily as a "
            "result of store openings in the Valley division.\n")
    q = "Which of Northwind's three divisions saw the steepest fall in operating margin in fiscal 2025, and why?"
    ex = _ask(q, page)
    assert S.asks_ranking(ex.parts[0]) and ex.unranked
    said = ("Divisions\n\nThe Highlands division saw the steepest fall in operating margin of our three divisions in "
            "fiscal 2025, to 4.2% from 6.0%.\n")
    assert not _ask("Which of Northwind's three divisions saw the steepest fall in operating margin in fiscal 2025?",
                    said).unranked


# -- "the largest decline" ranks the size of a move (as "the steepest" does), never a level ("the largest carrier")

AIRLINES = ("Carriers\n\nNorthwind Air, still the largest carrier by passengers, opened eleven routes to southern Europe "
            "in 2024. Tailspin's passenger numbers fell 8.1%, the steepest decline of the five, as it grounded part of "
            "its regional fleet.\n")
BREWERS = ("Brewers\n\nFabrikam Ales, the biggest brewer by volume, kept its prices unchanged in 2025. Contoso Brewing's "
           "shipments dropped 6.4% in 2025, the sharpest fall among the six brewers in the survey.\n")


def test_a_superlative_of_a_move_is_not_answered_by_the_largest_member():
    for q, page, right in (("Of the five carriers, which had the largest passenger decline in 2024?", AIRLINES, "Tailspin"),
                           ("Which of the six brewers saw the biggest drop in shipments in 2025?", BREWERS, "Contoso")):
        ex = _ask(q, page, NOTE)
        pick = ex.picks[0]
        assert pick is not None and pick.candidate.text.startswith(right), (q, pick and pick.candidate.text)


# -- a sentence naming its subject as "one of (only) N" of the asked kind names one member of several: no answer to
#    the which-question, unless it names the others too

ONE_OF_TWO = ("Markets\n\nSpain kept its place as the region's largest coffee market and was one of only two large "
              "markets where volumes rose in 2024; Spanish roasters took 40% of its sales.\n")
ONE_OF_THREE = ("Routes\n\nContoso Air was one of three carriers that added routes to Asia in 2025, opening nine, and "
                "its load factor rose to 84%.\n")


def test_one_member_of_a_counted_group_does_not_answer_which_members():
    for q, page in (("In which of the large markets did coffee volumes rise in 2024?", ONE_OF_TWO),
                    ("Which carriers added routes to Asia in 2025?", ONE_OF_THREE)):
        ex = _ask(q, page, NOTE)
        assert ex.picks[0] is None, (q, ex.picks[0].candidate.text)
    named = ONE_OF_THREE.replace("opening nine,", "the others being Tailspin and Northwind,")
    ex = _ask("Which carriers added routes to Asia in 2025?", named, NOTE)
    assert ex.picks[0] is not None and "Tailspin" in ex.picks[0].candidate.text
