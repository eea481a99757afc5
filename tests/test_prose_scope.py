"""prose_scope: a question about a thing a report's scope note leaves out is not answered by the report's figures.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import prose_scope as S
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dpump", doc="heat_pumps_2025", source="/r/heat_pumps_2025.md",
               title="Heat Pumps in the Nordics, 2025", pages=1)  # fmt: skip

PAGE = ("Installers in the Nordic countries fitted 412,000 heat pumps for homes in 2025, 6.1% more than the 388,000 "
        "of 2024, according to Fjordvale Analytics. Fjordvale counts air-to-water and ground-source units sold for "
        "homes. Hybrid boilers, units for swimming pools and the heat pumps that housing associations buy in bulk "
        "are not included. The survey also leaves out air-to-air units for holiday cabins.\n\n"
        "| Country | 2024 | 2025 |\n|---|---|---|\n| Sweden | 151,000 | 160,000 |\n| Norway | 120,000 | 127,000 |\n")


def test_the_things_a_scope_note_leaves_out():
    # "the heat pumps that housing associations buy in bulk" is a qualified thing: never the bare "heat pumps"
    assert S.excluded_things(PAGE) == ["Hybrid boilers", "units for swimming pools", "swimming pools",
                                       "air-to-air units for holiday cabins", "holiday cabins"]
    # a place inside a region's name ("Europe excluding Russia") or the cinemas a relative clause excludes are no list
    assert S.excluded_things("Sales rose in Europe excluding Russia, in Canada and in the US.") == []
    assert S.excluded_things("The chain runs 900 screens, mostly in Spain and Italy, plus cinemas in Canada that are "
                             "not counted here.") == []
    # an aside between commas is no item
    assert S.excluded_things("Tiny houses, which are built on trailers, are excluded.") == ["Tiny houses"]


def test_a_question_asks_about_an_excluded_thing_unless_it_sets_it_aside():
    assert S.asked_excluded("How many hybrid boilers were installed in 2025?", [PAGE]) == "Hybrid boilers"
    assert S.asked_excluded("How many heat pumps for swimming pools were sold?", [PAGE]) == "swimming pools"
    assert S.asked_excluded("How many heat pumps were fitted in homes, excluding hybrid boilers?", [PAGE]) is None
    assert S.asked_excluded("How many air-to-water units were sold in Sweden in 2025?", [PAGE]) is None
    assert S.names_thing("hybrid boilers", "Hybrid boiler sales fell 3%.")


def test_a_figure_of_the_counted_scope_does_not_answer_for_an_excluded_thing():
    ex = ask_one_page("How many hybrid boilers were installed in the Nordic countries in 2025?", PAGE, META)
    # whatever the answerer picked (the market's 412,000), it does not name hybrid boilers: no answer
    assert ex.answered and ex.scope_excluded(lambda d, p: PAGE)
    fine = ask_one_page("How many heat pumps did installers fit in Nordic homes in 2025?", PAGE, META)
    assert fine.answered and not fine.scope_excluded(lambda d, p: PAGE)
