"""extract.answer_figure: a figure whose own clause dates it to another year than the asked one comes after the
sentence's other figures. Sentences and questions written for this test (a fictional market note)."""

from __future__ import annotations

from assistant.answer import render as R
from assistant.types import DocMeta
from one_page import ask_one_page

NOTE = DocMeta(doc_id="dkay", doc="kayak_market_2025", source="/r/kayak_market_2025.pdf",
               title="Recreational Kayaks: Market Note 2025")  # fmt: skip
PADDLERS = ("Participation\n\nAbout 14.2 million Americans paddled a kayak at least once in 2025, up from 13.1 million a "
            "year earlier.\n")


def _lead(question: str, page: str) -> str:
    ex = ask_one_page(question, page, NOTE)
    assert ex.answered
    return R.render(ex, lambda d, p: page)[0].split("\n")[0]


def test_the_year_before_asked_is_the_figure_compared_with():
    assert _lead("How many Americans paddled a kayak in 2024?", PADDLERS).startswith("13.1 million")
    assert _lead("How many Americans paddled a kayak in 2025?", PADDLERS).startswith("14.2 million")


def test_a_figure_compared_with_the_year_before_stays_the_asked_years():
    page = ("Segments\n\nRevenues of the leasing segment were $141,860 in fiscal 2025, compared with $128,430 in fiscal "
            "2024, and its income before income taxes was $52,315, compared with $47,905.\n")
    meta = DocMeta(doc_id="dlz", doc="lakeside_homes_10k_2025", source="/r/lakeside_homes_10k_2025.pdf",
                   company="Lakeside Homes", doc_type="10-K", fiscal_year=2025)  # fmt: skip
    ex = ask_one_page("How much pre-tax income did Lakeside's leasing business earn in fiscal 2025?", page, meta)
    assert ex.answered and R.render(ex, lambda d, p: page)[0].startswith("$52,315")


PODCAST = DocMeta(doc_id="dpod", doc="podcast_ads_2025", source="/r/podcast_ads_2025.html",
                  title="Podcast advertising in 2025: prices reset")  # fmt: skip
PRICES = ("Prices\n\nThe steepest slide was in the networks that opened with premium packages: Northwind Audio asked "
          "sponsors for CPMs of about $38 when its network opened in June 2021, but deals for 2024 were signed at about "
          "$19, and Contoso Radio sold at about $21 after opening at $30-35.\n\n"
          "Audiences\n\nListening hours rose 9% in 2024, led by video podcasts.\n")


def test_a_measure_asked_for_a_year_is_not_answered_by_other_years_figures():
    # A1: the sentence dates its figures to 2021 (launch) and 2024 (deals): 2022 and 2023 are not given
    for question in ("What CPM was Northwind Audio getting for its sponsorships in 2022?",
                     "What CPM was Northwind Audio getting in 2023?",
                     "What were Northwind Audio's CPMs like in 2022?"):
        assert not ask_one_page(question, PRICES, PODCAST).answered, question
    assert "$19" in _lead_quote("What CPM was Northwind Audio getting for its sponsorships in 2024?")


def _lead_quote(question: str) -> str:
    ex = ask_one_page(question, PRICES, PODCAST)
    assert ex.answered
    return R.render(ex, lambda d, p: PRICES)[0]


FERRY = DocMeta(doc_id="dfy", doc="tidewater_ferries_10k_2025", source="/r/tidewater_ferries_10k_2025.pdf",
                company="Tidewater Ferry Lines", doc_type="10-K", fiscal_year=2025)  # fmt: skip


def test_a_figure_dated_to_another_year_end_by_a_full_date_is_not_the_asked_one():
    # rule: "compared with 17 vessels at September 30, 2024" dates 17 to that year-end, like "in 2024" would
    page = ("Fleet\n\nAt September 30, 2025 we operated 19 vessels with 8,450 passenger seats, compared with 17 vessels at "
            "September 30, 2024.\n\nOrder book\n\nAt September 30, 2025, our contracted order book was $612.4 million "
            "compared with $548.9 million at September 30, 2024.\n")
    ex = ask_one_page("How many vessels did Tidewater operate at September 30, 2025?", page, FERRY)
    assert ex.answered and R.render(ex, lambda d, p: page)[0].startswith("19 vessels")
    ex = ask_one_page("How much was Tidewater's contracted order book worth at September 30, 2025?", page, FERRY)
    assert ex.answered and R.render(ex, lambda d, p: page)[0].startswith("$612.4 million")
    ex = ask_one_page("How much was Tidewater's contracted order book worth at September 30, 2024?", page, FERRY)
    assert ex.answered and R.render(ex, lambda d, p: page)[0].startswith("$548.9 million")


def test_a_plan_for_a_later_year_is_not_answered_by_the_cited_filings_year():
    page = ("Outlook\n\nTidewater's ferry revenues grew 11% from $412 million in fiscal 2024 to $457 million in fiscal "
            "2025, and fares rose on every route.\n")
    for question in ("What revenue growth does Tidewater Ferry Lines guide to for fiscal 2026, according to its FY2025 "
                     "10-K?",
                     "What ferry revenue growth does Tidewater guide to for fiscal 2026, according to its FY2025 10-K?",
                     "What were Tidewater's ferry revenues in 2026, according to its fiscal 2025 annual report?"):
        ex = ask_one_page(question, page, FERRY)
        assert not ex.answered, (question, R.render(ex, lambda d, p: page)[0])


def test_a_change_is_labelled_by_the_year_it_is_measured_from():
    # session 28: a change part naming its base year ("... up from 2024?") and "4.9% more than the 14.2 million of 2024" was shown as
    # "4.9% (2024)", the base year's label on the change
    page = ("Participation\n\nAbout 14.9 million Americans paddled a kayak at least once in 2025, 4.9% more than the "
            "14.2 million of 2024, the outdoor trade council says.\n")
    ex = ask_one_page("How many Americans went kayaking during 2025, and by how much was that up from 2024?", page, NOTE)
    text = R.render(ex, lambda d, p: page)[0]
    assert "4.9% (change from 2024)" in text and "4.9% (2024)" not in text
