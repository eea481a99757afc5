"""prose_scope: a question about a thing a report's scope note leaves out is not answered by the report's figures.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import prose_scope as S
from assistant.types import DocMeta
from one_page import ask_near, ask_one_page

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


# Session 33 (#11): a question asking what the figures leave out is answered by the scope note that says so, whatever
# kind of thing it calls them. Written for this test: fictional notes on bicycles, hearing aids and frozen desserts.
BIKE = DocMeta(doc_id="dbike", doc="uk_bicycles_2026", source="/r/uk_bicycles_2026.html",
               title="Fewer bikes, dearer bikes: the UK bicycle market in 2025")  # fmt: skip
BIKE_PAGE = (
    "The UK bicycle market\n"
    "British shoppers bought 1.84 million new bicycles in 2025, 5.2% fewer than in 2024, according to Wexcombe "
    "Cycle Research, while their spending rose 3.1% to GBP 1,420 million. Wexcombe's figures count new adult and "
    "children's bicycles sold to consumers, in shops and online. Electric cargo bikes, second-hand bicycles and "
    "rental fleets are not counted, nor are spare parts and clothing.\n"
    "Road bikes made up 21% of the spending.\n"
)
HEARING = DocMeta(doc_id="dhear", doc="hearing_aids_2026", source="/r/hearing_aids_2026.pdf",
                  title="Hearing Aids in Northern Europe, 2023-2025")  # fmt: skip
HEARING_PAGE = (
    "3. Manufacturers\n"
    "The table shows the four makers that report their hearing aid sales. Other large makers, among them Orrenby "
    "Audio and Kestrel Sound, are not shown, because they report hearing aids together with their implant business.\n"
    "Trellmark sold the most units in 2025, 1.2 million.\n"
)
DESSERT = DocMeta(doc_id="ddess", doc="frozen_desserts_2026", source="/r/frozen_desserts_2026.md",
                  title="Frozen Desserts in the US, 2025")  # fmt: skip
DESSERT_PAGE = (
    "Scope\n"
    "Ice cream, frozen yogurt and sorbet sold in grocery stores are counted at retail prices. The figures exclude "
    "soft-serve sold in restaurants, ice pops and frozen cakes.\n"
    "Retail sales reached $14.6 billion in 2025.\n"
)


def test_a_question_asking_what_the_figures_leave_out_is_answered_by_the_scope_note():
    for question, page, meta, note in (
            ("Which products does Wexcombe leave out of its bicycle market figures?", BIKE_PAGE, BIKE,
             "Electric cargo bikes"),
            ("What items are not included in Wexcombe's count of bicycles sold?", BIKE_PAGE, BIKE, "Electric cargo bikes"),
            ("Which large hearing aid makers are left out of the manufacturers table, and why?", HEARING_PAGE, HEARING,
             "Other large makers"),
            ("Which products does the frozen dessert market estimate exclude?", DESSERT_PAGE, DESSERT,
             "The figures exclude")):  # fmt: skip
        assert S.asks_left_out(question), question
        ex = ask_near(question, page, meta)
        picked = [p.candidate.text for p in ex.picks if p is not None]
        assert any(t.startswith(note) for t in picked), (question, picked)


def test_a_figure_asked_with_a_thing_set_aside_asks_no_left_out_things():
    for question in ("What were UK bicycle sales in 2025, excluding electric cargo bikes?",
                     "What was the market worth excluding spare parts?",
                     "How many bicycles were sold, not counting rental fleets?",
                     "Why were second-hand bicycles left out?"):
        assert not S.asks_left_out(question), question
