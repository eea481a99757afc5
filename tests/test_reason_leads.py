"""A reasons answer led by the measure's own move (``assistant/answer/reason_leads.py``, issue 11): "Why did X fall?"
is answered "X fell from A to B because ...". Reports and questions written for these tests (fictional notes on
office chairs and ferry ridership, a fictional filer's gross margin)."""

from __future__ import annotations

from assistant.answer import reason_leads as R
from assistant.text.sentences import sentence_spans
from assistant.types import DocMeta
from one_page import NearEmbedder

from assistant.answer import extract as X
from assistant.types import Chunk, Hit

CHAIRS = DocMeta(doc_id="dchair", doc="office_chairs_2025", source="/r/office_chairs_2025.html",
                 title="Office seating in Canada: a second lean year")  # fmt: skip

# the move is stated two paragraphs above the counted list of reasons, the nearest sentence naming another year only
CHAIRS_PAGE = (
    "## A second lean year\n"
    "Canadian makers shipped CAD 1.48 billion worth of office chairs in 2024, 6.1% less than the CAD 1.58 billion of "
    "2023, according to the trade body Seatwise. The number of chairs shipped fell to 3.9 million, the fewest since "
    "2011 and well below the 4.6 million of 2019.\n"
    "\n"
    "Task chairs held up better than lounge seating, and prices of mesh models rose to CAD 412 from CAD 398.\n"
    "\n"
    "\"Nobody furnishes an office they are trying to sublet,\" said one dealer in Calgary.\n"
    "\n"
    "Seatwise gives three reasons why shipments fell:\n"
    "- vacancies: a fifth of downtown office space stood empty;\n"
    "- hybrid work: employers bought fewer desks and seats per worker;\n"
    "- imports: cheaper chairs from overseas took the budget end of the market.\n"
)


def _ask(question: str, page: str, meta: DocMeta) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(),
                     page_text=lambda d, p: page)  # fmt: skip


def _shown(ex: X.Extraction) -> list[str]:
    return [ex.picks[0].candidate.text, *(s.candidate.text for s in ex.others[0])] if ex.picks[0] is not None else []


def test_a_counted_list_of_reasons_is_led_by_the_sections_sentence_stating_the_move_of_the_asked_year():
    # Rule: the reasons list states no figure of the move; the sentence of its section stating the measure's move the
    # asked way, naming the asked year (the one naming 2011 and 2019 only is passed over), leads it
    shown = _shown(_ask("Why did office chair shipments in Canada decline in 2024?", CHAIRS_PAGE, CHAIRS))
    assert shown and shown[0].startswith("Canadian makers shipped CAD 1.48 billion")
    assert any(t.startswith("Seatwise gives three reasons") for t in shown[1:])


def test_only_a_sentence_moving_the_asked_way_may_lead():
    # Rule: a sentence stating the measure's move the other way never leads a reason ("Why did they rise?" asked of
    # a fall); the reason is answered as before, unled
    page = CHAIRS_PAGE.replace("Seatwise gives three reasons why shipments fell:",
                               "Seatwise gives three reasons why shipments rose:")
    shown = _shown(_ask("Why did office chair shipments in Canada rise in 2024?", page, CHAIRS))
    assert not any(t.startswith("Canadian makers shipped") or t.startswith("The number of chairs") for t in shown)


FERRY_PAGE = (
    "## Ridership\n"
    "Harbour ferry passengers numbered 11.2 million in 2024 compared with 12.5 million in 2023.\n"
    "\n"
    "Timetables were cut on two routes in the spring.\n"
    "\n"
    "The fall in ridership came mainly from the closure of the Eastpier terminal for repairs and from a new bridge "
    "that drew commuters to buses.\n"
)


def test_a_sentence_stating_two_figures_compared_gives_the_move_its_direction():
    # Rule: "11.2 million in 2024 compared with 12.5 million in 2023" states a fall without a direction word: the
    # figure before "compared with" is the later one
    assert R._compared_way("Harbour ferry passengers numbered 11.2 million in 2024 compared with 12.5 million in 2023.") \
        == {"down"}
    assert R._compared_way("Ferry passengers numbered 11.2 million in 2024.") == set()
    q = "Why did harbour ferry ridership decline in 2024?"
    spans = sentence_spans(FERRY_PAGE, split_lines=False)
    start = FERRY_PAGE.index("The fall in ridership")
    got = R.section_move("Why did harbour ferry passengers decline in 2024?", FERRY_PAGE, spans, start, len(FERRY_PAGE))
    assert got is not None and FERRY_PAGE[got[0] : got[1]].startswith("Harbour ferry passengers numbered")
    assert R.asked_way(q) == "down" and R.asked_way("What drove ferry ridership in 2024?") == "any"
    assert R.asked_way("Why did ridership rise and fares fall?") is None


def test_a_reason_stating_the_move_itself_needs_no_lead():
    assert R.states_own_move("Why did ferry passengers decline in 2024?",
                             "Passengers fell 10% to 11.2 million because the Eastpier terminal closed.")
    assert not R.states_own_move("Why did ferry passengers decline in 2024?",
                                 "The Eastpier terminal closed for repairs and a bridge drew commuters to buses.")


def test_a_sentence_from_another_part_of_the_document_must_name_what_the_question_names():
    # Rule: outside the reason's section a sentence leads only if it (or its heading) says the names the question
    # gives the measure beside its company's ("Marine segment"), so another segment's move never leads
    q = "Why did Orrin Tools' Marine segment net sales decline in 2025?"
    other = ("Net sales decreased 8.0% to $214.3 million in 2025.", "Industrial segment")
    own = ("Net sales decreased 5.5% to $97.1 million in 2025.", "Marine segment")
    assert R.document_move(q, [other, own], company="Orrin Tools, Inc.", filing=True) == 1
    assert R.document_move(q, [other], company="Orrin Tools, Inc.", filing=True) is None


def test_a_forecast_never_leads_a_reason_for_a_move_that_happened():
    # Rule: "We expect passengers to fall 3% in 2025" states no move that happened; only a question about an expected
    # move may be led by one
    page = ("## Ridership\nWe expect harbour ferry passengers to decline 3.0% in 2024 as the bridge opens.\n\n"
            "The fall in passengers came mainly from the closure of the Eastpier terminal.\n")
    spans = sentence_spans(page, split_lines=False)
    start = page.index("The fall in passengers")
    assert R.section_move("Why did harbour ferry passengers decline in 2024?", page, spans, start, len(page)) is None
    assert R.section_move("Why are harbour ferry passengers expected to decline in 2024?", page, spans, start,
                          len(page)) is not None  # fmt: skip
    # outside the section, a question naming no way finds nothing
    assert R.document_move("What drove harbour ferry passengers in 2024?",
                           [("Harbour ferry passengers fell 9.0% to 11.2 million in 2024.", "Ridership")]) is None


# A fictional filer's 10-K (a cheese maker), written for these tests: the overview states the margin as the profit's
# share of sales, the segment section explains the gross profit's fall and then gives one segment's margin.
CHEESE = DocMeta(doc_id="dcheese", doc="copperfield_creamery_10k_2025", source="/r/copperfield_creamery_10k_2025.pdf",
                 title="Copperfield Creamery, Inc. Form 10-K 2025", company="Copperfield Creamery", doc_type="10-K",
                 fiscal_year=2025)  # fmt: skip
CHEESE_PAGE = (
    "Overview. Net sales were $612.4 million in 2025, a decrease of 4.2% from $639.3 million in 2024, as block "
    "cheddar prices fell from the previous year's highs. Gross profit was $101.7 million, or 16.6% of net sales, "
    "compared with $133.6 million, or 20.9%. Net income was $41.0 million.\n"
    "\n"
    "Gross profit by segment\n"
    "Gross profit decreased to $101.7 million from $133.6 million. The decrease came mainly from Commodity Cheese, "
    "whose gross profit fell to $38.2 million from $69.5 million because of the lower block prices; lower milk costs "
    "only partly offset them. Artisan Cheese gross margin was 27.5%, compared with 28.8%.\n"
)


def test_a_margin_reason_is_led_by_the_sentence_stating_the_margins_percents_not_the_profits_amounts():
    # Rule: a margin is a ratio; "Gross profit decreased to $101.7 million from $133.6 million" states the profit's
    # move, not the margin's, so the filing's sentence stating the margin as a percent of sales ("or 16.6% of net
    # sales, compared with ... or 20.9%") leads the reason; the segment's margin beside the reason never does
    q = "What drove the decline in Copperfield Creamery's gross margin in 2025?"
    assert not R.states_own_move(q, "Gross profit decreased to $101.7 million from $133.6 million.")
    assert R.states_own_move(q, "Gross margin fell to 16.6% from 20.9% on lower block prices.")
    assert R.states_own_move(q, "Gross margin decreased 430 basis points because of lower block prices.")
    # the segment's margin beside the reason is another item's: it never leads the company's margin
    page = CHEESE_PAGE.replace("Gross profit was $101.7 million, or 16.6% of net sales, compared with $133.6 million, "
                               "or 20.9%. ", "")
    spans = sentence_spans(page, split_lines=False)
    start = page.index("Gross profit decreased to")
    assert R.section_move(q, page, spans, start, page.index("Artisan"), filing=True) is None
    shown = _shown(_ask(q, CHEESE_PAGE, CHEESE))
    assert shown and shown[0].startswith("Gross profit was $101.7 million, or 16.6% of net sales")
    assert any("because of the lower block prices" in t for t in shown[1:])
    # a question about the profit itself is still answered by the profit's own move, never led by the margin
    shown = _shown(_ask("What drove the decline in Copperfield Creamery's gross profit in 2025?", CHEESE_PAGE, CHEESE))
    assert shown and shown[0].startswith("Gross profit decreased to $101.7 million")


def test_a_margin_stated_beside_its_amounts_moves_the_way_its_percents_do():
    # Rule: with a profit's amount and its percent of sales for each period, only the percents give the margin's way
    text = "Gross profit was $101.7 million, or 16.6% of net sales, compared with $133.6 million, or 20.9%."
    assert R._compared_way(text, ratio=True) == {"down"}
    assert R._compared_way(text) == set()  # the amounts and percents mixed: no way, as before

# session 25 (#11): the move of the asked measure is read in its own clause; a clause before a colon may move another
# measure the other way. The page also gives the cause only in general words, spelled out by the sentence after it.
CHARTER = DocMeta(doc_id="dcharter", doc="dry_bulk_note_2025", source="/r/dry_bulk_note_2025.pdf",
                  title="Dry bulk shipping: a second soft year")  # fmt: skip
CHARTER_PAGE = (
    "1. Summary\n"
    "More cargo did not bring higher earnings: the average charter rate for a Supramax bulk carrier, the size most "
    "owners track, fell to USD 11,400 a day in 2024 from USD 13,900 in 2023 and USD 24,600 in 2022.\n"
    "\n"
    "3. Rates\n"
    "Charter rates fell for a second year because capacity grew faster than cargo. Yards in Korea and China delivered "
    "a record number of the vessels ordered during the boom, and owners kept older ships sailing instead of scrapping "
    "them. Rates bottomed in the third quarter of 2024; by December the index was back at 1,420 points.\n"
)


def test_the_asked_measure_moves_in_its_own_clause_and_leads_the_spelled_out_reason():
    summary = CHARTER_PAGE.split("\n")[1]
    q = "Why did charter rates fall in 2024?"
    # "higher earnings" before the colon is another measure's move: the rate's clause moves only down
    assert R._leads(q, summary, "down", {"2024"})
    assert not R._leads(q, "Charter rates rose to USD 15,000 a day in 2024: cargo grew faster than capacity.", "down",
                        {"2024"})
    ex = _ask(q, CHARTER_PAGE, CHARTER)
    shown = _shown(ex)
    assert shown and shown[0].startswith("More cargo did not bring higher earnings")
    reason = ex.others[0][0].candidate
    assert reason.text.startswith("Charter rates fell for a second year") and reason.items \
        and reason.items[0].startswith("Yards in Korea and China")


# session 26 (#11): a fictional staffing-style filer's 10-K (a linen and laundry service), written for this test. The
# section explaining the margin opens with the gross profit's growth rate; the overview states the margin's percents.
LINEN = DocMeta(doc_id="dlinen", doc="pellham_linen_10k_2025", source="/r/pellham_linen_10k_2025.pdf",
                title="Pellham Linen Services - 10-K, fiscal 2025", company="Pellham Linen Services",
                doc_type="10-K", fiscal_year=2025)  # fmt: skip
LINEN_PAGE = (
    "Overview. Revenues rose 4.6% in 2025 to $918.2 million. Gross margin rose to 31.7% from 30.9% on the year, and operating "
    "income grew to $97.4 million from $84.0 million.\n"
    "\n"
    "Gross profit.\n"
    "Gross profit grew 7.3% to $291.1 million. The improvement in gross margin came mainly from lower natural gas "
    "costs at our wash plants and the route consolidation in the Midwest, partly offset by higher linen replacement "
    "costs.\n"
)


def test_a_profits_growth_rate_never_states_a_margins_move():
    # Rule: for a margin, a percent counts only in a sentence saying the margin or as a share of sales; the profit's
    # growth rate ("Gross profit grew 7.3%") is an amount's change, so the overview's margin percents lead the reason
    q = "What drove the improvement in Pellham Linen Services' gross margin in 2025?"
    assert not R.states_own_move(q, "Gross profit grew 7.3% to $291.1 million.")
    assert R.states_own_move(q, "Gross margin rose to 31.7% from 30.9% on the year.")
    assert R.states_own_move(q, "Gross profit was 31.7% of revenues, up from 30.9%.")
    shown = _shown(_ask(q, LINEN_PAGE, LINEN))
    assert shown and shown[0].startswith("Gross margin rose to 31.7% from 30.9%")
    assert any("lower natural gas costs" in t for t in shown[1:])
    assert not any(t.startswith("Gross profit grew 7.3%") for t in shown)


# ---- a restraint asked is a fall (session 30) ------------------------------------------------------------------------
# Session 30 (#11): a restraint asked ("What held back ...?") is read as a fall (``text/moves.DOWN_LEAD_ASKED``).

def test_a_restraint_asked_is_a_fall():
    assert R.asked_way("What held back sales of kayaks in 2024?") == "down"
    assert R.asked_way("What is weighing on margins?") == "down"
    assert R.asked_way("What drove kayak sales in 2024?") == "any"
