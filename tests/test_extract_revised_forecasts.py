"""Session 20 (lists): a forecast and whether it was revised, a name an article shortens after its first mention, and
"when and where" asked of one clause. Sentences and questions written for these tests (fictional notes on electric
bicycles and on ferry lines)."""

from __future__ import annotations

from assistant.answer import prose_revisions as revisions
from assistant.answer import question as Q
from assistant.answer import render as R
from assistant.types import DocMeta
from one_page import ask_one_page

BIKES = DocMeta(doc_id="dbike", doc="ebike_market_2026", source="/r/ebike_market_2026.html",
                title="Electric bicycles in Europe: the 2025 season")  # fmt: skip
SEASON = ("The 2025 season\n\nEuropean shops sold 6.2 million electric bicycles in 2025, 8.8% more than in 2024, as the "
          "consultancy Halden Ridge Partners estimates it. Nine new assembly plants opened during the year.\n\n")
OUTLOOK = ("Outlook\n\nHalden Ridge now expects sales of 6.7 million electric bicycles in 2026, above the 6.5 million it "
           "forecast in March, because spring orders were stronger than it expected.\n\n"
           "We now expect cargo bike sales of 410,000 in 2026, less than the 450,000 we forecast in our autumn note.\n\n")
STORES = "Shops\n\nDockside Cycles will open its first flagship store in Lisbon in May 2026.\n"
PAGE = SEASON + OUTLOOK + STORES

FERRIES = DocMeta(doc_id="dferry", doc="ferry_lines_2026", source="/r/ferry_lines_2026.pdf",
                  title="Short-sea ferries: traffic and fleets")  # fmt: skip
FERRY_PAGE = ("Traffic\n\nFerries in the Baltic carried 41.3 million passengers in 2025, the shipping analysts Korvel Sound "
              "Research estimate.\n\nOutlook\n\nKorvel Sound now puts ferry traffic in 2026 at 42.0 million passengers, below the "
              "43.5 million it projected in its spring review, as two routes will close.\n\n"
              "Freight volumes should reach 18.4 million lane metres in 2026, against the 17.9 million we projected "
              "earlier.\n\nFleet\n\nStrand Line will take delivery of its first battery ferry at Gdynia in the third quarter of "
              "2026.\n")


def _shown(question: str, page: str = PAGE, meta: DocMeta = BIKES) -> tuple[object, str]:
    ex = ask_one_page(question, page, meta)
    return ex, (R.render(ex, lambda d, p: page)[0] if ex.answered else "")


def test_raised_or_cut_is_answered_by_the_way_the_figures_moved():
    assert revisions.asks_changed("was that forecast raised or cut") == "either"
    assert revisions.asks_changed("has the estimate been raised") == "up"
    text = "We now expect cargo bike sales of 410,000 in 2026, less than the 450,000 we forecast in our autumn note."
    assert revisions.changed_verdict("has the forecast been raised or lowered", text) == "Lowered"
    assert revisions.changed_verdict("was the outlook cut or raised", "Sales should reach 12 units in 2026, above the "
                                     "10 units we forecast in June.") == "Raised"


def test_the_revision_asked_after_a_forecast_is_read_from_that_forecast_s_quote():
    # the bicycle forecast was raised, the cargo bike one cut: each part's answer is its own forecast's
    ex, text = _shown("How many cargo bikes does the report expect in 2026, and has the forecast been raised or lowered?")
    assert not ex.partial and text.startswith("Lowered.") and "410,000" in text
    assert "6.7 million" not in text
    ex, text = _shown("How many cargo bikes does the report expect in 2026, and was it cut or raised?")
    assert not ex.partial and text.startswith("Cut."), text


def test_a_consultancy_named_in_full_once_is_found_by_its_short_form():
    ex, text = _shown("How many electric bicycles does Halden Ridge Partners expect Europe to sell in 2026, and was that "
                      "forecast raised or cut?")
    assert not ex.partial and text.startswith("Raised.") and "6.7 million" in text
    ex, text = _shown("How many ferry passengers does Korvel Sound Research expect in 2026, and has that estimate been "
                      "cut?", FERRY_PAGE, FERRIES)
    assert not ex.partial and text.startswith("Yes.") and "42.0 million" in text


def test_a_leading_part_followed_by_another_name_word_is_another_name():
    page = ("Outlook\n\nHalden Ridge Capital now expects sales of 6.9 million electric bicycles in 2026, above the 6.5 "
            "million it forecast in March.\n")
    ex, text = _shown("How many electric bicycles does Halden Ridge Partners expect Europe to sell in 2026?", page)
    assert not ex.answered, text


def test_when_and_where_ask_both_of_the_same_clause():
    parts = Q.read_question("When and where will Dockside Cycles open its first flagship store?")
    assert [p.text for p in parts] == ["When will Dockside Cycles open its first flagship store",
                                       "where will Dockside Cycles open its first flagship store"]
    ex, text = _shown("When and where will Dockside Cycles open its first flagship store?")
    assert not ex.partial and "Lisbon in May 2026" in text
    ex, text = _shown("Where and when will Strand Line take delivery of its first battery ferry?", FERRY_PAGE, FERRIES)
    assert not ex.partial and "Gdynia in the third quarter of 2026" in text
