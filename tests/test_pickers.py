"""The extractive answerer's pickers (answer/pickers.py): computed and special picks.

Moved from test_extract.py when extract.py was split; every sentence is written for these tests.
"""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import pickers as P
from assistant.types import DocMeta

from extract_pages import META_FILING, META_REPORT


def test_a_filers_first_person_sentence_is_embedded_with_its_name():
    c = C.page_candidates("Today, we are a leading retailer of home appliances.", meta=META_FILING)[0]
    assert P._embed_text(c).startswith("Acme Retail: Today, we are")
    report = C.page_candidates("Today, we see demand for appliances rising.", meta=META_REPORT)[0]
    assert not P._embed_text(report).startswith("Acme")


def test_an_amount_asked_of_a_credit_facility_needs_a_sentence_naming_one():
    from one_page import ask_one_page
    meta = DocMeta(doc_id="dmf", doc="WRENFIELD_2025_10K", source="/r/w.md", company="Wrenfield Apparel",
                   doc_type="10-K", fiscal_year=2025)
    page = ("Liquidity. During fiscal 2025 we repurchased 3.1 million shares for $241.8 million, compared with 1.2 "
            "million shares for $88.0 million in fiscal 2024.\n")
    ex = ask_one_page("How much could Wrenfield Apparel still draw on its revolving credit facility in fiscal 2025?",
                      page, meta)
    assert ex.picks[0] is None, ex.picks[0].candidate.text
    assert P._names_instrument("How much is outstanding under its term loan?", "Borrowings under the term loan were $400.0 million.")
    assert P._names_instrument("How much did it spend on buybacks in 2025?", "We repurchased shares for $241.8 million.")


def test_an_amount_asked_in_a_unit_of_measure_needs_that_unit():
    assert P._says_unit_asked("How much landfill airspace, in cubic yards, did it have left?",
                              "Remaining permitted airspace was 4,812 million cubic yards.")
    assert not P._says_unit_asked("How much landfill airspace, in cubic yards, did it have left?",
                                  "As of December 31, 2025, we operated 212 collection operations.")
    assert P._says_unit_asked("How much did it spend on capex in 2025?", "Capex was $41.0 million.")
    assert P._says_unit_asked("What capacity did it add, in megawatts?", "We added 640 MW of capacity.")
    assert P._says_unit_asked("What capacity did it add, in MW?", "We added 640 MW of capacity.")


def test_the_figure_shown_for_a_facility_is_the_facilitys():
    q = "How much could Wrenfield Apparel still draw on its revolving credit facility at year end?"
    buyback = ("During fiscal 2025 we repurchased 3.1 million shares for $241.8 million, funded with cash on hand and "
               "borrowings under our revolving credit facility.")
    assert not P._names_instrument(q, buyback, "$241.8 million")
    assert P._names_instrument(q, "Availability under the facility was $412.5 million at year end.", "$412.5 million")


# session 31 (#11, f31-reports): a fictional ferry forecast
from assistant.answer import pickers as _s31_pickers  # noqa: E402
from assistant.answer.candidates import Candidate as _S31C  # noqa: E402
from assistant.answer.question import read_question as _s31_rq  # noqa: E402
from assistant.answer.shown import answer_figure as _s31_af  # noqa: E402

_S31_FORECAST = ("Brannock now sees European ferry revenue rising 3.1% in 2026, to EUR 18.4 billion, against the EUR 18.9 "
                 "billion it had pencilled in last spring, as German freight volumes remain soft. Passenger numbers should "
                 "grow by roughly 2%. By 2030 Brannock sees revenue reaching EUR 21.7 billion and 61 million passengers, a "
                 "compound rate of 3.4% a year from 2025.")


def _s31_sentence(text: str, form: str = "") -> _S31C:
    return _S31C("d", "d", "s", 2, 0, len(text), text, "sentence", form=form)


def test_a_whole_forecast_is_kept_when_only_its_later_sentence_answers_the_asked_year():
    # GENERAL rule: the joined forecast's figure dated to the asked year, where its first sentence's figure is another
    # year's, is the answer: the whole forecast is shown, not its first sentence alone; asked for the first sentence's
    # year, the first sentence stays the pick (session 28's rule)
    first = _s31_sentence(_S31_FORECAST.split(" Passenger")[0])
    whole = _s31_sentence(_S31_FORECAST, "forecast")
    asked = _s31_rq("What does Brannock forecast for European ferries in 2030?")[0]
    pick = _s31_pickers._whole_forecast(asked, _s31_pickers.Scored(first, 1.0, {}), [first, whole]).candidate
    assert pick is whole and _s31_af(asked, pick) == "EUR 21.7 billion (2030)"
    asked_2026 = _s31_rq("What does Brannock forecast for European ferries in 2026?")[0]
    kept = _s31_pickers._whole_forecast(asked_2026, _s31_pickers.Scored(first, 1.0, {}), [first, whole]).candidate
    assert _s31_af(asked_2026, kept).startswith("EUR 18.4 billion")


def test_the_words_of_an_asked_close_are_said_by_a_figures_day():
    """General rule (#10, session 33): "at the end of fiscal 2025", "at year-end 2024", "as of the close of 2023" say
    when, not what; a sentence dating its figure by a day of the asked year says them by that date, so its shape
    answers without repeating "end" or "close". A sentence dated by the year alone states a flow over it and must say
    them; a verb of the measure outside the phrase ("did it close") stays asked."""
    from assistant.answer import question as Q
    cases = [
        ("How many people did Harlow Pumps employ at the end of fiscal 2025?",
         "On December 31, 2025, the Company employed approximately 4,300 people (full-time equivalents), with "
         "approximately 1,900 employed in the United States."),
        ("How many stores did Brindle Outfitters operate at year-end 2024?",
         "At December 28, 2024, Brindle Outfitters operated 412 stores in 31 states."),
        ("How many employees did Quillon Systems have at its fiscal year-end 2023?",
         "As of December 30, 2023, Quillon Systems had approximately 1,850 employees."),
        ("How many people did Harlow Pumps employ by the end of 2022?",
         "As of January 1, 2022 we employed 3,100 people; at December 31, 2022, the Company employed 3,450 people."),
    ]
    for question, sentence in cases:
        asked = Q.read_question(question)[0]
        c = next(c for c in C.page_candidates(sentence, meta=META_FILING) if c.kind == "sentence")
        assert P._amount_shape(asked, c), question
    flow = Q.read_question("How much cash did Harlow Pumps use at the end of 2025?")[0]
    c = next(c for c in C.page_candidates("In 2025, Harlow Pumps used cash of $41.0 million in operating activities.",
                                          meta=META_FILING) if c.kind == "sentence")
    assert not P._amount_shape(flow, c)
    closed = Q.read_question("How many stores did Brindle Outfitters close at the end of 2024?")[0]
    c = next(c for c in C.page_candidates("At December 28, 2024, Brindle Outfitters operated 412 stores in 31 states.",
                                          meta=META_FILING) if c.kind == "sentence")
    assert not P._amount_shape(closed, c)
