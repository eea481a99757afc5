"""A forecast said over several sentences by one forecaster is shown whole (answer/candidates.py ``_forecast_after``,
answer/pickers.py ``_whole_forecast``). Sentences written for this test (a fictional market note on e-bikes)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import render as R
from assistant.types import DocMeta
from one_page import ask_one_page

NOTE = DocMeta(doc_id="debk", doc="ebike_outlook_2025", source="/r/ebike_outlook_2025.md",
               title="Cargo E-bikes: Outlook 2025")  # fmt: skip
PAGE = ("# Outlook\n\nVelometrica now expects cargo e-bike registrations in Germany to grow 6.5% in 2025, less than it "
        "forecast in January, because subsidies in three states ran out. It expects the average price to fall 3.0%, as "
        "Asian makers cut theirs. By 2028 it expects cargo bikes to make up one in nine new e-bikes.\n\nThe risks it "
        "names are subsidies and interest rates.\n")


def test_a_forecast_going_on_is_one_candidate():
    whole = [c for c in C.page_candidates(PAGE) if c.form == "forecast"]
    assert whole and whole[0].text.startswith("Velometrica now expects") and whole[0].text.endswith("new e-bikes.")
    # a sentence not going on with the forecast ends it
    assert not any("risks it names" in c.text for c in whole)


def test_what_a_forecaster_expects_is_quoted_whole():
    ex = ask_one_page("What does Velometrica expect for cargo e-bikes in Germany in 2025?", PAGE, NOTE)
    assert ex.answered
    text = R.render(ex, lambda d, p: PAGE)[0]
    assert "average price to fall 3.0%" in text and "one in nine" in text


def test_a_joined_forecast_never_leads_with_another_years_figure():
    # session 28: "By 2028 it expects ... EUR 2.1 billion" joined to a forecast led the answer to a question asking 2025
    from assistant.answer import question as Q
    from assistant.answer.shown import answer_figure

    page = ("# Outlook\n\nVelometrica expects cargo e-bike sales in Germany to keep growing in 2025, though more slowly. "
            "By 2028 it expects them to reach EUR 2.1 billion.\n")
    whole = next(c for c in C.page_candidates(page) if c.form == "forecast")
    asked = Q.read_question("What were cargo e-bike sales in Germany expected to be worth in 2025?")[0]
    assert answer_figure(asked, whole) is None
    asked = Q.read_question("What were cargo e-bike sales in Germany expected to be worth in 2028?")[0]
    assert answer_figure(asked, whole).startswith("EUR 2.1 billion")


def test_the_noun_forecast_opens_no_forecast():
    # "raised the forecast" names a forecast, it does not make one: the sentences after it are no continuation of it
    page = ("# Outlook\n\nVelometrica raised the forecast after two states ended their subsidies. It expects the average "
            "price to fall 3.0% in 2025.\n")
    assert not [c for c in C.page_candidates(page) if c.form == "forecast"]
