"""A name a question sets aside before it ranks ("Leaving Western Europe aside, which region ...", "Apart from South
Asia, ...", "Excluding ...", "other than ...", "China aside, ..."), session 32: the name is never a row asked about,
never a row ranked and never the answer (``prose_tables.set_aside_names``, ``_rank``, ``named_rows``,
``pickers.rank_rows``); a superlative after a move's verb ("declined the most", "grew the most") ranks the move, never
the year's level (``scoring._rank_sense``). The report page and questions are written for these tests (a fictional
note on glass containers)."""

from __future__ import annotations

import pytest

from assistant.answer import candidates as C
from assistant.answer import pickers as P
from assistant.answer import prose_tables as T
from assistant.answer import question as Q
from assistant.answer.scoring import _rank_sense
from extract_pages import META_REPORT
from one_page import ask_one_page

GLASS = """## Demand by region

Glass container demand fell in most regions in 2025 as food and drink makers switched to lighter packs.

Table 2: Glass container demand by region (million tonnes)

| Region | 2023 | 2024 | 2025 |
|---|---|---|---|
| Western Europe | 21.4 | 20.9 | 20.1 |
| North America | 11.8 | 11.6 | 11.5 |
| Latin America | 6.2 | 6.5 | 6.9 |
| South Asia | 8.1 | 8.8 | 9.6 |
| Eastern Europe | 5.9 | 5.7 | 5.4 |
| World | 53.4 | 53.5 | 53.7 |

Western Europe's demand fell for a third year, by 3.8% to 20.1 million tonnes, because beer and wine makers moved more of
their volume into cans.

Eastern Europe's demand fell 5.3% to 5.4 million tonnes: two of the region's largest breweries switched their export
lagers to cans.
"""


@pytest.mark.parametrize("question, names", [
    ("Leaving Western Europe aside, which region's demand fell the most?", ["Western Europe"]),
    ("China aside, which region grew?", ["China"]),
    ("Apart from the United States, which market grew fastest?", ["United States"]),
    ("Which producer other than Acme Holdings grew?", ["Acme Holdings"]),
    ("Excluding China and India, which region fell most?", ["China and India", "China", "India"]),
    ("Outside Japan, which market grew fastest?", ["Japan"]),
    ("Which company sells the most outside China?", []),  # a measure's scope, no row left out
    ("Which region grew fastest in 2025?", []),
])
def test_the_names_a_question_sets_aside(question, names):
    assert T.set_aside_names(question) == names


def test_a_superlative_after_a_moves_verb_ranks_the_move():
    assert _rank_sense("Which region's demand declined the most in 2025?") == {"steep"}
    assert _rank_sense("Which region's demand grew the most in 2025?") == {"steep"}
    assert _rank_sense("Which region had the most demand in 2025?") == {"size"}


def _rank(question: str):
    return P.rank_rows(Q.read_question(question)[0], C.page_candidates(GLASS), question)


def test_a_level_ranking_never_answers_a_move_asked_nor_ranks_a_row_set_aside():
    assert _rank("Which region's glass container demand declined the most in 2025?") is None
    assert _rank("Which region had the highest glass container demand in 2025?").candidate.text.startswith(
        "Western Europe has the highest 2025 figure")
    assert _rank("Leaving Western Europe aside, which region had the highest glass container demand in 2025?"
                 ).candidate.text.startswith("North America has the highest 2025 figure")


@pytest.mark.parametrize("question, first", [
    ("Leaving Western Europe aside, which region's glass container demand declined the most in 2025?", "Eastern Europe"),
    ("Excluding Western Europe, which region's glass container demand declined the most in 2025?", "Eastern Europe"),
    ("Which region other than Western Europe saw glass container demand decline the most in 2025?", "Eastern Europe"),
    ("Apart from South Asia, which region's glass container demand grew fastest in 2025?", "Latin America"),
    ("Outside South Asia, which region's glass container demand grew fastest in 2025?", "Latin America"),
    ("Which region's glass container demand declined the most in 2025?", "Western Europe"),
])
def test_a_ranking_leaves_out_the_row_set_aside(question, first):
    ex = ask_one_page(question, GLASS, META_REPORT)
    assert ex.picks[0] is not None
    assert ex.picks[0].candidate.text.startswith(f"{first}:")


def test_a_quote_about_the_name_set_aside_answers_no_part():
    ex = ask_one_page("Leaving Western Europe aside, which region's glass container demand declined the most in 2025, "
                      "and why?", GLASS, META_REPORT)
    assert ex.picks[0].candidate.text.startswith("Eastern Europe:")
    assert ex.picks[1] is None or not ex.picks[1].candidate.text.startswith("Western Europe")


# "..., and why?" after a ranking computed from a report table's rows: the ranked row's own sentence, opening with its
# name and stating its move, one of the ranking's figures and a cause (pickers.report_ranked_explained); never the
# sentence about another row
def test_why_after_a_report_ranking_is_the_ranked_rows_own_reason():
    ex = ask_one_page("Which region's glass container demand declined the most in 2025, and why?", GLASS, META_REPORT)
    assert ex.picks[0].candidate.text.startswith("Western Europe:")
    assert ex.picks[1].candidate.text.startswith("Western Europe's demand fell for a third year")
    ex = ask_one_page("Leaving Western Europe aside, which region's glass container demand declined the most in 2025, "
                      "and why?", GLASS, META_REPORT)
    assert ex.picks[0].candidate.text.startswith("Eastern Europe:")
    assert ex.picks[1].candidate.text.startswith("Eastern Europe's demand fell 5.3%")
