"""Extractive answers from a report's prose (answer/extract.py and the prose modules it uses), session 15 (#11):
the figure shown is the current one and the asked period's, never the figure it replaced or a base's.

Every sentence below is written for these tests (a fictional market note on alumina; fictional filers).
"""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import gates as G
from assistant.answer import shown as W
from assistant.answer import pickers as P
from assistant.answer import extract as X
from assistant.answer import render as XR
from assistant.answer import prose_revisions as R
from assistant.types import DocMeta
from one_page import ask_one_page

NOTE = DocMeta(doc_id="dalu", doc="alumina_note_2026", source="/r/alumina_note_2026.pdf",
               title="Alumina: Shipments, Prices and Refiners, 2023-2025")  # fmt: skip

OUTLOOK = (
    "Outlook\n\n"
    "We forecast an average Baltic alumina price of US$410 per tonne in 2026, raised from US$385 in our September "
    "note: refinery outages around the Gulf have tightened supply and stocks held at the ports are thin.\n\n"
    "We expect shipments in the 12 markets to rise 3.2% to 142 million tonnes in 2026 and to reach 150 million "
    "tonnes in 2027. That is below the 148 million tonnes for 2026 we forecast in March, because the first quarter "
    "was weaker than expected: shipments fell 2% year on year as two smelters closed.\n"
)


def _lead(question: str, page: str, meta: DocMeta = NOTE) -> str:
    ex = ask_one_page(question, page, meta)
    assert ex.answered, question
    return XR.render(ex, lambda d, p: page)[0].split("\n")[0]


def test_replaced_figures_are_found():
    s = "Capex is now seen at $2.1 billion (previously $2.4 billion), and the 2024 count was revised up from 310."
    assert [s[a:b] for a, b in R.superseded(s)] == ["$2.4 billion", "310"]
    s = "We now expect adjusted EBITDA of $410 million to $440 million, up from our earlier range of $380 million to $400 million."
    assert [s[a:b] for a, b in R.superseded(s)] == ["$380 million", "$400 million"]
    # a restatement and the line it moved: "raised <line> from N" in a sentence saying the figure was revised
    s = ("The agency's 2024 cargo-van count was corrected from 4,100 units after a dealer group refiled, a change that "
         "also lifted total 2024 registrations from 88,600.")
    assert [s[a:b] for a, b in R.superseded(s)] == ["4,100", "88,600"]
    s = "After the restatement, which lifted reported 2023 net sales from $612 million, the margin was 9.1%."
    assert [s[a:b] for a, b in R.superseded(s)] == ["$612 million"]
    # the same verb with both figures of a move, or in a sentence that restates nothing, replaces nothing
    assert R.superseded("The revision raised total deliveries from 88,600 to 89,100.") == []
    assert R.superseded("Strong demand raised total 2024 registrations from 88,600 in 2023.") == []
    # a move between two periods replaces nothing
    assert R.superseded("Revenue increased from $9.5 billion in 2024 to $10.2 billion in 2025.") == []
    assert R.superseded("Shipments fell to 61.0 million tonnes from 66.3 million in 2023.") == []


def test_the_current_forecast_leads_never_the_one_it_replaced():
    assert _lead("What alumina price does the note forecast for 2026?", OUTLOOK).startswith("US$410")
    assert _lead("What does the note forecast for alumina shipments in 2026?", OUTLOOK).startswith("142 million")


def test_two_things_forecast_are_two_parts_of_the_closing_year():
    parts = Q.read_question("What does the note forecast for alumina shipments and for the Baltic alumina price in 2026?")
    assert [(p.text, sorted(p.years)) for p in parts] == [
        ("What does the note forecast for alumina shipments", [2026]),
        ("What does the note forecast for the Baltic alumina price in 2026", [2026])]
    ex = ask_one_page("What does the note forecast for alumina shipments and for the Baltic alumina price in 2026?",
                      OUTLOOK, NOTE)  # fmt: skip
    text = XR.render(ex, lambda d, p: OUTLOOK)[0]
    assert "142 million" in text and "US$410" in text and "Not in the indexed reports" not in text, text
    assert not text.startswith(("US$385", "148", "2%"))


def test_a_question_asking_the_earlier_figure_is_answered_by_it():
    assert R.asks_superseded("What was its earlier forecast for the alumina price?")
    assert not R.asks_superseded("What does the note forecast for the alumina price in the first half of 2026?")
    assert _lead("What alumina price had the note forecast before its latest revision?", OUTLOOK).startswith("US$385")


def test_a_count_of_the_scope_is_no_figure():
    assert _lead("What does the note forecast for alumina shipments in 2027?", OUTLOOK).startswith("150 million")
    assert _lead("How many markets does the note track?", OUTLOOK).startswith("12 markets")


SHIPMENTS = (
    "Demand\n\n"
    "Refiners in the 12 markets took 137.6 million tonnes of alumina in 2025, 4.1% more than the 132.2 million tonnes "
    "shipped in 2024. The rebound followed a weak 2023, when shipments slid to 126.9 million tonnes from the then peak "
    "reached in 2022, as smelters in the north cut output.\n"
)


def test_a_year_named_only_as_a_moves_base_dates_no_figure():
    # 126.9 is 2023's figure; 2022 is named only as when the earlier peak was set: no amount for 2022 is stated
    assert not ask_one_page("How much alumina was shipped in 2022?", SHIPMENTS, NOTE).answered
    assert _lead("How much alumina was shipped in 2024?", SHIPMENTS).startswith("132.2 million")
    s = "Sales fell to 61.0 million units from 66.3 million in 2023, the lowest level since 2019."
    from assistant.answer import prose_drivers as D
    assert D.figureless_base_years(s) == {2019}


THEATRES = (
    "Attendance\n\n"
    "Theatres in the Nordic markets sold 41.2 million tickets in 2025, 2.3% fewer than in 2024.\n\n"
    "Nordic ticket revenue nevertheless rose 1.1% in 2025 to NOK 5.62 billion, from NOK 5.56 billion, as the "
    "average price went up.\n"
)
THEATRE_NOTE = DocMeta(doc_id="dthe", doc="nordic_theatres_2026", source="/r/nordic_theatres_2026.html",
                       title="Nordic theatres: fewer seats sold, higher takings")  # fmt: skip


def test_a_granted_premise_moving_the_other_way_is_not_the_asked_proposition():
    assert G._without_concession("Did ticket revenue grow in 2025 even though attendance fell?") == \
        "Did ticket revenue grow in 2025"
    assert G._without_concession("Although attendance fell, did ticket revenue grow?").strip() == "did ticket revenue grow?"
    ex = ask_one_page("Did Nordic ticket revenue grow in 2025 even though attendance fell?", THEATRES, THEATRE_NOTE)
    assert ex.answered and XR.render(ex, lambda d, p: THEATRES)[0].startswith("Yes.")
    ex = ask_one_page("Although attendance fell, did Nordic ticket revenue grow in 2025?", THEATRES, THEATRE_NOTE)
    assert ex.answered and XR.render(ex, lambda d, p: THEATRES)[0].startswith("Yes.")


REASONS = (
    "Prices\n\n"
    "The Baltic alumina price averaged US$352 per tonne in 2025, against US$398 in 2024, as Gulf refiners ran their "
    "plants harder to defend market share.\n\n"
    "Buyers\n\n"
    "Three things brought smelters back. Alumina had become cheap again relative to aluminium. "
    "Smelters that had idled potlines in 2023 restarted them. And traders who had let their stocks run down while "
    "prices were falling restocked.\n"
)


def test_a_counted_reason_list_answers_only_the_change_it_names():
    ex = ask_one_page("Why did smelters come back to the market?", REASONS, NOTE)
    assert ex.answered and ex.picks[0].candidate.kind == "list"
    ex = ask_one_page("Why did alumina prices fall in 2025?", REASONS, NOTE)
    assert not (ex.answered and ex.picks[0].candidate.kind == "list")


SCREENS = (
    "Premium screens\n\n"
    "Large-format auditoriums (LFA), meaning rooms with a wall-to-wall screen, enhanced sound and often reclining "
    "seats, sold under brands such as MaxView and SonicHall or under an operator's own label, made up 3.6% of the "
    "Nordic screens at the end of 2025 but took 10.4% of their ticket revenue.\n"
)

GUIDANCE = (
    "Outlook\n\n"
    "For fiscal 2026 we expect Marina Reported EBITDA of $410 million to $450 million and net income attributable to "
    "Harbourline of $121 million to $139 million, assuming normal weather in the summer season.\n"
)
HARBOURLINE = DocMeta(doc_id="dhbl", doc="harbourline_10k_2025", source="/r/harbourline_10k_2025.pdf",
                      company="Harbourline Marinas", doc_type="10-K", fiscal_year=2025)  # fmt: skip


def test_a_second_part_stated_in_the_first_parts_quote_is_answered():
    ex = ask_one_page("What does the note mean by large-format auditoriums, and what share of ticket revenue did they "
                      "take in 2025?", SCREENS, THEATRE_NOTE)
    assert ex.answered and not ex.partial
    text = XR.render(ex, lambda d, p: SCREENS)[0]
    assert "Not in the indexed reports" not in text and "10.4%" in text
    ex = ask_one_page("What did Harbourline guide for fiscal 2026 Marina Reported EBITDA and net income attributable "
                      "to Harbourline?", GUIDANCE, HARBOURLINE)
    text = XR.render(ex, lambda d, p: GUIDANCE)[0]
    assert ex.answered and not ex.partial, text


PLAN = (
    "Capital investment\n\n"
    "We invested approximately $1.4 billion in our regulated utilities in 2025 and expect to invest between $7.5 "
    "billion and $8.0 billion over the next five years.\n"
)
WATERWORKS = DocMeta(doc_id="dwtr", doc="tamsin_water_10k_2025", source="/r/tamsin_water_10k_2025.pdf",
                     company="Tamsin Water", doc_type="10-K", fiscal_year=2025)  # fmt: skip


def test_a_plans_figure_answers_only_its_own_horizon():
    from assistant.answer import measure_frames
    assert measure_frames.spans_named("over the next ten years, and its five-year plan") == {120, 60}
    assert measure_frames.other_span("How much will it invest over the next decade?", "over the next five years")
    assert not ask_one_page("How much does Tamsin Water plan to invest in its regulated utilities over the next ten "
                            "years?", PLAN, WATERWORKS).answered
    assert _lead("How much does Tamsin Water plan to invest in its regulated utilities over the next five years?",
                 PLAN, WATERWORKS).startswith("$7.5 billion")


CLUBS = DocMeta(doc_id="dtcl", doc="tamsin_clubs_10k_2025", source="/r/tamsin_clubs_10k_2025.pdf",
                company="Tamsin Clubs", doc_type="10-K", fiscal_year=2025)  # fmt: skip
MEMBERS = (
    "Membership\n\n"
    "Paid members totaled 48.3 million at the end of 2025, up from 45.1 million at the end of 2024.\n\n"
    "Our membership renewal rate was 90.6% in the U.S. and Canada and 88.2% worldwide at the end of 2025.\n\n"
    "Premier members totaled 21.4 million and represented 52% of paid members in the U.S. and Canada at the end of "
    "2025.\n"
)


def test_a_part_in_parentheses_is_a_part_and_the_next_takes_the_first_parts_year():
    parts = Q.read_question("At the end of fiscal 2025, how many paid members did Tamsin Clubs have (and how many a "
                            "year earlier), what were its membership renewal rates, and how many Premier members did "
                            "it count?")  # fmt: skip
    assert [sorted(p.years) for p in parts] == [[2025], [2024], [2025], [2025]]
    assert parts[1].text == "how many a year earlier"
    ex = ask_one_page("At the end of fiscal 2025, how many paid members did Tamsin Clubs have (and how many a year "
                      "earlier), what were its membership renewal rates, and how many Premier members did it count?",
                      MEMBERS, CLUBS)  # fmt: skip
    text = XR.render(ex, lambda d, p: MEMBERS)[0]
    assert "Not in the indexed reports" not in text, text
    assert "48.3 million" in text and "45.1 million" in text and "90.6%" in text and "21.4 million" in text


def test_an_expected_figure_has_the_shape_of_a_forecast_asked():
    asked = Q.read_question("What does the note forecast for alumina shipments in 2026?")[0]
    cand = C.page_candidates("We expect alumina shipments of 140-144 million tonnes in 2026, up about 3%.")[0]
    assert P._amount_shape(asked, cand)


def test_a_start_date_is_no_moves_base():
    from assistant.answer import prose_drivers as D
    assert D.figureless_base_years("The list price was $0.40 per million input tokens and $1.60 per million output "
                                   "tokens from March 2025.") == frozenset()
    assert D.figureless_base_years("Output slid to 126.9 million tonnes from the then peak reached in 2022.") == {2022}


GROUPS_P1 = (
    "Who runs the theatres\n\n"
    "The five largest theatre groups run about a third of the region's 4,200 screens. Ranked by screens at the end "
    "of 2025, they were:\n\n"
    "Northwind Cinemas, owned by Contoso Leisure of Canada: 610 screens, under the Northwind and Polar names;\n\n"
    "Fabrikam Screens: 540 screens in four countries, including Kino Nord in Finland;\n"
)
GROUPS_P2 = (
    "Tailspin Theatres: 470 screens, mostly in Sweden and Norway;\n\n"
    "Litware Kino: 390 screens in Denmark;\n\n"
    "Adatum Film: 210 screens, all in Iceland.\n\n"
    "Few of them publish full accounts.\n"
)


def test_a_ranked_list_across_a_page_break_answers_which_are_the_largest():
    from one_page import NearEmbedder
    from assistant.types import Chunk, Hit
    pages = {1: GROUPS_P1, 2: GROUPS_P2}
    c = Chunk(chunk_id="dthe:1", doc_id="dthe", doc=THEATRE_NOTE.doc, source=THEATRE_NOTE.source, page=1, page_end=1,
              start=0, end=len(GROUPS_P1), text=GROUPS_P1, ordinal=1)  # fmt: skip
    q = "Which are the five largest theatre groups in the region by screens, and how many screens does the largest run?"
    ex = X.extract(q, [Hit(chunk=c, score=1.0, rank=0, meta=THEATRE_NOTE)], NearEmbedder(),
                   page_text=lambda d, p: pages.get(p), threshold=0.3)  # fmt: skip
    first = ex.picks[0].candidate
    assert first.kind == "list" and len(first.items) == 5
    # "about a third of the region's 4,200 screens": the whole the fraction is of, no group's count
    assert W.answer_figure(ex.parts[1], C.page_candidates(GROUPS_P1)[0]) is None


def test_a_counted_reason_list_for_the_asked_downturn_answers():
    page = ("Installers\n\nIn our interviews, fitters gave three reasons for the slump, which we list in the order they "
            "were cited:\n\n- Loan rates rose.\n- Export credits were cut.\n- Rival fitters went bankrupt.\n")
    ex = ask_one_page("What reasons do fitters give for the slump in rooftop heat pumps?", page, NOTE)
    assert ex.answered and ex.picks[0].candidate.kind == "list"
