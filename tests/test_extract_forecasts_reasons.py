"""A3: a reason answer names the asked change and its causes; a forecast answer states the asked future year.
Sentences and questions written for this test (a fictional note on podcast advertising)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import scoring as S
from assistant.answer import gates as G
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_causes
from assistant.types import DocMeta
from one_page import ask_one_page

NOTE = DocMeta(doc_id="dpod", doc="podcast_ads_2025", source="/r/podcast_ads_2025.html",
               title="Podcast advertising in 2025: prices reset")  # fmt: skip
SELLERS = ("Who sells it\n\nNorthwind Audio took 24.0% of US podcast ad spend in 2025, and Contoso Radio 15.5%. "
           "Fabrikam Studios, which only began selling ads in 2023, reached 6.0%. Two shifts explain the reshuffle. First, "
           "video podcasts moved to the big streaming apps, which sell their audiences together with music. Second, the "
           "networks opened their inventory to automated buying through exchanges.\n\n")
OUTLOOK = ("Outlook\n\nWe expect US podcast ad spend to grow by about 11% in 2026, to $3.1 billion, helped by the World Cup "
           "and the midterm elections, and to reach $3.9 billion in 2028. On that path podcasts would overtake national "
           "radio advertising in 2029, though not radio as a whole.\n")
SHARE = "Reach\n\nPodcasts thus accounted for 9% of all US audio ad spend, against 7% a year earlier.\n\n"


def _shown(question: str, page: str) -> tuple[X.Extraction, str]:
    ex = ask_one_page(question, page, NOTE)
    return ex, (R.render(ex, lambda d, p: page)[0] if ex.answered else "")


def test_what_reshuffled_a_ranking_asks_for_its_causes():
    for question in ("What has been reshuffling the ranking of podcast ad sellers?",
                     "What reshuffled the podcast sellers' ranking in 2025?",
                     "What is reshaping the league table of podcast networks?"):
        assert prose_causes.asks_reason(question) and Q.question_kind(question) == "reason", question
    ex, text = _shown("What has been reshuffling the ranking of podcast ad sellers?", SELLERS + OUTLOOK)
    assert "Two shifts explain the reshuffle" in text and "First, video podcasts" in text and "Second, the networks" in text
    assert "24.0%" not in text  # the share sentence says who sells, not why the order changed


def test_counted_causes_answer_only_the_change_they_name():
    # "Two shifts explain the reshuffle" names the reshuffle: it is no reason for a fall in prices
    page = SELLERS + "Prices\n\nThe average price per thousand downloads fell to $18 in 2025.\n"
    ex, text = _shown("What has been pushing down podcast ad prices?", page)
    assert "Two shifts explain" not in text


def test_a_forecast_year_is_answered_by_the_sentence_stating_it():
    question = ("Where is US podcast ad spend expected to land in 2026, and in what year should it pass national radio "
                "advertising?")
    parts = Q.read_question(question)
    assert parts[0].years == {2026} and not parts[1].years  # "in what year" asks the year: 2026 does not bind it
    ex, text = _shown(question, SHARE + OUTLOOK)
    assert not ex.partial and "$3.1 billion" in text and "overtake national radio advertising in 2029" in text
    assert "9% of all US audio" not in text


def test_a_forecast_is_not_answered_by_a_yearless_sentence_of_the_report():
    ex, text = _shown("Where is US podcast ad spend expected to land in 2027?", SHARE + OUTLOOK)
    assert not ex.answered, text
    ex, text = _shown("Where is US podcast ad spend expected to land in 2026?", SHARE)
    assert not ex.answered, text


def test_a_proper_name_opened_by_world_is_no_scope():
    assert S.scopes("helped by the World Cup and the midterm elections") == frozenset()
    assert S.scopes("the World Bank lent more") == frozenset()
    assert S.scopes("the world's largest network") == {"world"}
    assert S.scopes("sales worldwide rose") == {"world"}


def test_names_in_an_aside_are_no_list_of_reasons():
    page = ("Prices\n\nThe three largest podcast networks - Northwind Audio, Contoso Radio and Fabrikam Studios - raised "
            "their ad prices by a fifth in 2025 as they sold video rights.\n")
    ex = ask_one_page("Why did the podcast networks raise their ad prices in 2025?", page, NOTE)
    assert all(p is None or p.candidate.kind != "list" for p in ex.picks)


BATTERIES = DocMeta(doc_id="dbat", doc="grid_batteries_2025", source="/r/grid_batteries_2025.pdf",
                    title="Grid Batteries: Capacity, Costs and Suppliers, 2025")  # fmt: skip


def test_a_figure_of_another_stage_of_the_goods_is_not_the_asked_one():
    # the asked stage (installed) is named only as the comparison; the figure is the shipments'
    assert G._other_stage("How much capacity was installed worldwide in 2025?",
                          "Manufacturers shipped 41 GW of grid batteries in 2025, more than were installed.")
    assert not G._other_stage("How much capacity was installed worldwide in 2025?",
                              "Developers installed 33 GW of grid batteries in 2025, less than was shipped.")
    assert not G._other_stage("How much capacity was shipped in 2025?",
                              "Manufacturers shipped 41 GW of grid batteries in 2025, more than were installed.")
    page = ("Supply\n\nManufacturers shipped 41 GW of grid battery capacity in 2025, more than was installed: inventory, "
            "in our view, is building up at the ports.\n")
    ex = ask_one_page("How much grid battery capacity was installed at the close of 2025?", page, BATTERIES)
    assert not ex.answered
    ex = ask_one_page("How much grid battery capacity was shipped in 2025?", page, BATTERIES)
    assert ex.answered and R.render(ex, lambda d, p: page)[0].startswith("41 GW")


def test_the_whole_a_share_is_of_is_no_scope_and_a_countrys_figure_is_not_the_worlds():
    assert S.scopes("China accounted for 19.2 GW of the installed base, or 58% of the world total.") == frozenset()
    assert S.scopes("Korea held a third of global capacity.") == frozenset()
    assert S.scopes("Worldwide installations rose 5%.") == {"world"}
    page = ("Regions\n\nChina accounted for 19.2 GW of the installed base, or 58% of the world total, and for most of "
            "the new plants.\n")
    ex = ask_one_page("How much grid battery capacity was installed worldwide at the close of 2025, and what portion "
                      "of that sat in China?", page, BATTERIES)
    assert ex.picks[0] is None  # China's 19.2 GW is not the world's


def test_a_when_part_asks_a_date_not_the_amount_asked_before():
    meta = DocMeta(doc_id="dcof", doc="coffee_chains_2025", source="/r/coffee_chains_2025.pdf", title="Coffee Chains 2025")
    page = ("Stores\n\nNorthwind Coffee, the only chain of the four to shrink, closed 12 cafes and opened 5 in the 52 weeks "
            "to 1 February 2025.\n")
    question = "How many US stores did Northwind Coffee operate at the end of its fiscal 2024, and when did that year end?"
    parts = Q.read_question(question)
    assert parts[1].kind == "describe" and not parts[1].years
    ex = ask_one_page(question, page, meta)
    text = R.render(ex, lambda d, p: page)[0] if ex.answered else ""
    assert "12 cafes," not in text  # no count shown as the answer to "when"


# -- a premise sentence before a why-question: the question sentence says what is asked

KENNEL = DocMeta(doc_id="dken", doc="larchwood_kennels_10q_q2_2025", source="/r/larchwood_kennels_10q_q2_2025.html",
                 company="Larchwood Kennels", doc_type="10-Q", fiscal_year=2025,
                 title="Larchwood Kennels, Inc. - Quarterly Report on Form 10-Q")  # fmt: skip
BOARDING = ("Results of operations\n\nBoarding revenue increased $2.1 million, or 6.2%, to $36.0 million in the second "
            "quarter, primarily due to a 9% increase in the average nightly rate, driven by the suites added at our "
            "lakeside sites, which more than offset the 3% fewer boarding nights booked.\n\nGrooming revenue decreased "
            "1.0% in the second quarter on fewer appointments.\n")


def test_a_premise_before_a_why_question_is_no_part_of_what_is_asked():
    q = ("Larchwood booked fewer boarding nights in the second quarter of 2025 than a year earlier. Why did its boarding "
         "revenue still grow?")
    part = Q.read_question(q)[0]
    assert part.kind == "reason" and part.text.startswith("Why did its boarding revenue")
    assert 2025 in part.years and {"second", "quarter"} <= part.words  # the premise's period stays asked
    ex = ask_one_page(q, BOARDING, KENNEL)
    assert ex.answered and ex.picks[0].candidate.text.startswith("Boarding revenue increased")


def test_an_adverb_before_the_verb_is_no_part_of_the_thing_explained():
    from assistant.answer import prose_causes as C
    assert C.asked_effect("Why did its boarding revenue still grow")[0] == C.asked_effect("Why did its boarding revenue grow")[0]
    ex = ask_one_page("Why did Larchwood's boarding revenue still grow in the second quarter of 2025?", BOARDING, KENNEL)
    assert ex.answered and ex.picks[0].candidate.text.startswith("Boarding revenue increased")


def test_a_why_question_pointing_back_at_its_premise_keeps_the_premise():
    # rule: "<premise>. What explains that?": the premise is the thing to explain, so its words stay the part's
    q = ("Same-kennel bookings at Pawsome's owned sites rose in fiscal 2025, yet owned-site revenue fell. "
         "What explains that?")
    asked = Q.read_question(q)[0]
    assert {"bookings", "revenue"} <= set(asked.words)


def test_the_stage_asked_is_the_verbs_not_the_makers_noun():
    # "manufacturers" names who ships; the bare verb after "did" ("ship", "deliver", "install") is the asked stage
    assert not G._other_stage("How many cargo bikes did Nordic manufacturers ship in 2025?",
                              "Nordic manufacturers shipped 84,200 cargo bikes to retailers in 2025, 4.1% more than in 2024.")
    assert not G._other_stage("How many heat pumps did the country's installers install last year, and how did that compare?",
                              "Installers put in 61,000 units; they installed 61,000 heat pumps in 2025, up from 55,000.")
    assert not G._other_stage("How many hulls did the yard's manufacturer deliver in 2024?",
                              "The builder delivered 37 hulls in 2024, against 31 the year before.")
    # the gate still holds when the verb asked is another stage than the sentence's figure
    assert G._other_stage("How many cargo bikes did Nordic manufacturers install in 2025?",
                          "Nordic manufacturers shipped 84,200 cargo bikes to retailers in 2025.")
    page = ("Shipments\n\nNordic manufacturers shipped 84,200 cargo bikes to retailers in 2025, 4.1% more than the 80,900 "
            "they shipped in 2024.\n")
    ex = ask_one_page("How many cargo bikes did Nordic manufacturers ship in 2025?", page, BATTERIES)
    assert ex.answered and "84,200" in ex.picks[0].candidate.text


KAYAKS = DocMeta(doc_id="dkay", doc="paddle_sports_2025", source="/r/paddle_sports_2025.html",
                 title="Paddle sports: the 2025 numbers")  # fmt: skip


def test_a_part_asking_only_the_change_is_answered_by_the_other_parts_quote():
    # the second part names no measure besides the change: the change of the first part's measure, stated in its quote
    page = ("The year in boats\n\nAlpine workshops sold 48,300 sea kayaks to outfitters in 2025, 5.2% more than the "
            "45,900 they sold in 2024.\n\nRental prices were flat.\n")
    ex = ask_one_page("How many sea kayaks did Alpine workshops sell in 2025, and what was the yearly change?",
                      page, KAYAKS)
    assert len(ex.parts) == 2 and all(p is not None and "48,300" in p.candidate.text for p in ex.picks)
    assert not ex.partial
    page2 = ("Harbour data\n\nCoastal ferries carried 12.4 million passengers in 2025, up 3.0% from 12.0 million in "
             "2024.\n")
    ex2 = ask_one_page("How many passengers did coastal ferries carry in 2025, and what was the annual change?",
                       page2, KAYAKS)
    assert all(p is not None and "12.4 million" in p.candidate.text for p in ex2.picks)
    # a quote stating no change (a level only) does not answer the change part
    page3 = "Harbour data\n\nCoastal ferries carried 12.4 million passengers in 2025.\n"
    ex3 = ask_one_page("How many passengers did coastal ferries carry in 2025, and what was the annual change?",
                       page3, KAYAKS)
    assert ex3.picks[1] is None
