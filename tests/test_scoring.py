"""The extractive answerer's scores (answer/scoring.py): subject, period, type and overlap of a candidate.

Moved from test_extract.py when extract.py was split; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as S
from assistant.types import DocMeta

from extract_pages import META_FILING, cands, find
from one_page import ask_near, part_figures


def test_subject_must_be_named_somewhere_near_the_candidate():
    asked = Q.read_question("What was Oracle's revenue in 2024?")[0]
    assert S.subject_score(asked, find("Harbor Systems, whose servers")) is None


def test_a_company_merely_mentioned_is_not_the_subject():
    asked = Q.read_question("What was Lumen's revenue in 2024?")[0]
    mentioned = S.subject_score(asked, find("Harbor Systems, whose servers"))
    own = S.subject_score(asked, find("Lumen said it would invest"))
    assert mentioned is not None and own is not None and mentioned < 0.5 < own


def test_a_filing_sentence_in_the_first_person_is_about_the_filer():
    asked = Q.read_question("Does Acme Retail depend on a few suppliers?")[0]
    c = find("We depend on a limited number", cands("dacme", 40))
    assert S.subject_score(asked, c) >= 0.85


def test_a_filing_sentence_without_a_year_takes_the_filings_year():
    asked = Q.read_question("Why did Acme Retail's gross margin fall in fiscal 2023?")[0]
    c = find("Gross margin decreased", cands("dacme", 40))
    assert S.period_score(asked, c) == 1.0  # the sentence says "fiscal 2023" itself
    c = C.page_candidates("We opened 14 stores in the year.", doc_id="dacme", meta=META_FILING)[0]
    assert S.period_score(asked, c) == 0.7


def test_money_is_needed_for_a_spending_question():
    asked = Q.read_question("How much did Lumen spend on data centres in 2025?")[0]
    assert S.type_score(asked, find("Lumen said it would invest"), asked.text) == 1.0
    asked = Q.read_question("How much did Lumen spend in 2025?")[0]
    assert S.type_score(asked, find("Lumen did not give a figure"), asked.text) == 0.0


def test_a_percentage_change_needs_a_percentage():
    q = "By what percentage did Northwind's capital expenditure grow in 2024?"
    asked = Q.read_question(q)[0]
    assert S.type_score(asked, find("Northwind Cloud raised"), q) == 1.0
    c = C.page_candidates("Northwind's capital expenditure more than doubled in 2024 to $31.4 billion.")[0]
    assert S.type_score(asked, c, q) == 0.0


def test_a_share_question_needs_a_share():
    q = "What share of the market did Harbor hold in 2024?"
    asked = Q.read_question(q)[0]
    grew = C.page_candidates("Harbor's revenue rose 12% in 2024.")[0]
    share = C.page_candidates("Harbor held 14% of the server market in 2024.")[0]
    assert S.type_score(asked, grew, q) == 0.0 and S.type_score(asked, share, q) == 1.0


def test_a_total_question_prefers_the_total_row():
    q = "What was the combined capital expenditure in 2024?"
    asked = Q.read_question(q)[0]
    assert S.type_score(asked, find("Total:"), q) > S.type_score(asked, find("Lumen:"), q)


def test_a_reason_question_prefers_a_causal_clause():
    asked = Q.read_question("Why did Northwind raise its capital expenditure?")[0]
    cause = S.type_score(asked, find("the increase was driven by demand"))
    level = S.type_score(asked, find("Northwind Cloud raised"))
    assert cause == 1.0 and level < 0.5


def test_a_list_question_prefers_a_list():
    asked = Q.read_question("Which deployment options does the report compare?")[0]
    assert S.type_score(asked, find("compares three deployment options")) == 1.0
    assert S.type_score(asked, find("Lumen said it would invest")) < 0.5


def test_a_total_row_is_about_the_rows_of_its_table():
    total = find("Total:")
    assert "Northwind Cloud" in total.table and "Lumen" in total.table
    asked = Q.read_question("What was the combined 2024 capital expenditure of Northwind and Lumen?")[0]
    assert S.subject_score(asked, total) is not None


def test_a_term_the_question_uses_is_not_a_rival_subject():
    asked = Q.read_question("Looking at VaR, did Acme's trading risk decrease compared with the prior year?")[0]
    c = C.page_candidates("Average total VaR decreased by $7 million compared with the prior year.", meta=META_FILING)[0]
    assert S.subject_score(asked, c) >= 0.85


def test_a_which_question_about_a_ranking_needs_a_ranking():
    q = "Which Acme segment grew fastest in 2023?"
    asked = Q.read_question(q)[0]
    plain = C.page_candidates("The Home segment includes appliances, furniture and lighting.", meta=META_FILING)[0]
    ranked = C.page_candidates("The Home segment grew fastest, with sales up 9% in 2023.", meta=META_FILING)[0]
    assert S.type_score(asked, plain, q) == 0.3 and S.type_score(asked, ranked, q) > 0.3


def test_light_stems_match_inflections_and_agents():
    assert S._stems({"buys"}) == S._stems({"buyers"}) == {"buy"}
    assert S._stems({"spending"}) == S._stems({"spends"})


def test_a_sentence_without_a_year_takes_its_paragraphs_year():
    pool = C.page_candidates("Lumen's capital expenditures were $10.6 billion in 2024.\nLumen attributed the increase to "
                             "servers and network equipment.")  # fmt: skip
    c = find("Lumen attributed", pool)
    asked = Q.read_question("What did Lumen attribute the increase in its 2024 capital expenditures to?")[0]
    assert S.period_score(asked, c) == 0.8


def test_another_financial_measure_is_not_the_asked_one():
    q = "What was Northwind's operating margin in 2024?"
    asked = Q.read_question(q)[0]
    sales = C.page_candidates("Northwind reported net sales of $8.0 billion in 2024, up 17%.")[0]
    margin = C.page_candidates("Northwind's operating margin was 21.5% in 2024.")[0]
    assert S.type_score(asked, sales, q) == 0.0 and S.type_score(asked, margin, q) == 1.0


def test_which_companies_needs_named_companies():
    q = "Which companies make high-bandwidth memory?"
    asked = Q.read_question(q)[0]
    names = C.page_candidates("Three companies make it - SK Hynix, Samsung Electronics and Micron Technology.")[0]
    words = C.page_candidates("Supply, packaging and memory output, rather than demand, limited shipments.")[0]
    assert S.type_score(asked, names, q) > S.type_score(asked, words, q) == 0.0  # it cannot be the answer


def test_a_reason_for_the_opposite_move_is_not_the_answer():
    asked = Q.read_question("What drove the reduction in Acme's SG&A expense as a percent of net sales in 2023?")[0]
    up = C.page_candidates("The increase in SG&A expenses primarily reflects higher transaction costs.", meta=META_FILING)[0]
    down = C.page_candidates("The decrease in SG&A expenses primarily reflects lower marketing costs.", meta=META_FILING)[0]
    assert S.type_score(asked, up) == 0.3 and S.type_score(asked, down) == 1.0


def test_a_total_asked_is_not_one_of_its_items():
    q = "What is the total amount Acme may borrow under its revolving credit agreements?"
    asked = Q.read_question(q)[0]
    one = C.page_candidates("Acme entered into a new $4,200,000,000 five year revolving credit agreement.")[0]
    both = C.page_candidates("Together, the two agreements allow Acme to borrow up to $7,100,000,000 in total.")[0]
    assert S.type_score(asked, one, q) == 0.0  # one of two facilities cannot be the total
    assert S.type_score(asked, both, q) == 1.0
    # "total revenue" names a line item, which a sentence may state without the word "total"
    q2 = "What was Acme's total revenue in 2023?"
    rev = C.page_candidates("Acme's revenue was $3.1 billion in 2023, up 4%.")[0]
    assert S.type_score(Q.read_question(q2)[0], rev, q2) == 0.3


def test_a_question_for_named_companies_needs_a_candidate_that_names_them():
    q = "What are three companies acquired by Contoso mentioned in this 10-K?"
    asked = Q.read_question(q)[0]
    assert asked.kind == "list"
    itself = C.page_candidates("Contoso Pharma is a research-based, global biopharmaceutical company.",
                               meta=META_FILING)[0]  # fmt: skip
    named = C.page_candidates("In 2021 we completed the acquisitions of Larkspur Bio, Quillon Therapeutics and "
                              "Meridel Labs.", meta=META_FILING)[0]  # fmt: skip
    assert S.type_score(asked, itself, q) == 0.0
    assert S.type_score(asked, named, q) == 1.0 or S.type_score(asked, named, q) >= 0.9


def test_a_sentence_stating_both_directions_explains_the_move_before_its_cause():
    q = "What drove the reduction in Contoso's SG&A expense as a percent of net sales in 2023?"
    rose = ("SG&A expenses increased 8.1% to $1.2 billion and, as a percentage of net sales, rose 40 basis points, "
            "primarily due to higher wages, partially offset by lower incentive compensation.")
    fell = ("As a percentage of net sales, SG&A decreased 30 basis points, primarily due to lower advertising expense "
            "and leverage of store payroll on higher sales.")
    assert S._opposite_direction(q, rose) and not S._opposite_direction(q, fell)
    asked = Q.read_question(q)[0]
    up = C.page_candidates(rose, meta=META_FILING)[0]
    down = C.page_candidates(fell, meta=META_FILING)[0]
    assert S.type_score(asked, up) == 0.3 and S.type_score(asked, down) == 1.0
    # both directions before the cause: the word after the asked topic decides
    mixed = "Net sales rose 6% while SG&A as a share of net sales fell 20 basis points, driven by lower freight."
    assert not S._opposite_direction(q, mixed)
    assert S._opposite_direction("What drove the increase in SG&A as a share of net sales?", mixed)


def test_a_sentence_opening_with_the_change_refers_to_the_sentence_before():
    page = ("Merchandise inventories at the end of fiscal 2023 totaled $2.1 billion compared to $1.9 billion a year "
            "earlier. The $204.0 million increase was primarily due to the opening of 31 new stores.")
    c = C.page_candidates(page, meta=META_FILING)[1]
    assert c.text.startswith("The $204.0 million increase") and c.before.startswith("Merchandise inventories")
    asked = Q.read_question("What drove the increase in Acme's merchandise inventories in 2023?")[0]
    assert S.overlap_score(asked, c) > S.overlap_score(asked, C.page_candidates(page.split(". ")[1], meta=META_FILING)[0])


def test_given_opens_a_reason():
    asked = Q.read_question("Why did Contoso raise its full-year guidance?")[0]
    c = C.page_candidates("Given our strong start to the year, we now expect full-year revenue to increase 8 percent.",
                          meta=META_FILING)[0]  # fmt: skip
    assert S.type_score(asked, c) == 1.0


def test_a_list_of_companies_must_state_the_relation_asked():
    q = "What are three companies acquired by Contoso?"
    asked = Q.read_question(q)[0]
    consent = C.page_candidates("Contoso Inc.: We consent to the incorporation by reference in the registration "
                                "statements of Contoso Inc. and Subsidiary Companies filed with Deloitte and Ernst.",
                                meta=META_FILING)[0]  # fmt: skip
    bought = C.page_candidates("In 2021 we acquired Larkspur Bio, Quillon Therapeutics and Meridel Labs.",
                               meta=META_FILING)[0]  # fmt: skip
    assert S.type_score(asked, consent, q) == 0.0 and S.type_score(asked, bought, q) > 0.5


def test_the_words_asked_are_the_main_clauses_not_the_settings():
    q = ("At the Contoso AGM held on May 3, 2023, what was the outcome of the shareholder vote on the proposal for a "
         "report on plastic packaging?")
    asked = Q.read_question(q, companies={"contoso"})[0]
    assert "contoso" in asked.entities and 2023 in asked.years
    assert {"outcome", "vote", "plastic", "packaging"} <= asked.words and "held" not in asked.words
    setting = C.page_candidates("Contoso held its 2023 Annual Meeting of Shareholders on May 3, 2023.", meta=META_FILING)[0]
    outcome = C.page_candidates("The shareholder proposal regarding a report on plastic packaging was defeated.",
                                meta=META_FILING)[0]  # fmt: skip
    assert S.overlap_score(asked, outcome) > S.overlap_score(asked, setting)


def test_a_table_row_is_not_a_reason():
    asked = Q.read_question("Why did Acme raise its full-year guidance?")[0]
    row = C.page_candidates("First quarter 2023 2022\nEPS change: (54)% 12%", meta=META_FILING)[-1]
    assert row.kind == "row" and S.type_score(asked, row) == 0.0


def test_an_amount_expected_in_the_future_is_not_an_amount_paid():
    q = "How much does Acme Retail expect to pay for the separation of its outlet business in the future?"
    asked = Q.read_question(q)[0]
    paid = C.page_candidates("We used the cash proceeds of $1.15 billion to repay debt of the outlet business.",
                             meta=META_FILING)[0]  # fmt: skip
    expects = C.page_candidates("Acme Retail expects to pay approximately $80 million of separation costs in 2024.",
                                meta=META_FILING)[0]  # fmt: skip
    assert S.type_score(asked, paid, q) == 0.0 and S.type_score(asked, expects, q) > 0.0
    redeemed = C.page_candidates("We used the proceeds to redeem $1.15 billion of notes that were due in August 2025.",
                                 meta=META_FILING)[0]  # fmt: skip
    assert S.type_score(asked, redeemed, q) == 0.0  # a term's date is not a plan for that year


def test_a_year_that_only_dates_the_source_is_not_the_figures_period():
    pool = C.page_candidates(
        "Market size\nOur note of March 2025 gave 2024 revenue of $12.1 billion, with handheld units at $3.2 billion.\n"
        "In our June 2025 outlook we put 2025 revenue at $13.4 billion.\n"
        "The report published in May 2024 counted 410 vendors in 2023.\n")
    asked = Q.read_question("How big was the floor-robot market in 2025?")[0]
    assert S.period_score(asked, find("Our note of March 2025", pool)) == 0.0  # the figure is 2024's
    assert S.period_score(asked, find("June 2025 outlook", pool)) == 1.0  # 2025 is also the figure's year
    assert S.period_score(Q.read_question("How many vendors were there in 2024?")[0], find("410 vendors", pool)) == 0.0
    assert S.published_years("Our note of March 2025 gave 2024 revenue of $12.1 billion.") == {2025}
    assert S.published_years("Revenue reached $12.1 billion in March 2025.") == frozenset()  # a date, no source


# -- a report whose metadata names a company (guessed from its cover or title) is no filing: an undated sentence of
#    a 2025 article may state 2024's figures, as any report's may

def test_an_article_naming_a_company_speaks_of_its_period_as_a_report():
    from assistant.types import DocMeta

    article = DocMeta(doc_id="dart", doc="regional_lottery_2025", source="/r/regional_lottery_2025.html",
                      title="Lotteries: the draw slows", company="Tailspin Gaming", fiscal_year=2025)  # fmt: skip
    memo = DocMeta(doc_id="dmem", doc="harbour_freight_note_2025", source="/r/harbour_freight_note_2025.pdf",
                   title="Harbour freight note", company="Wingtip Ports", doc_type="market report", fiscal_year=2025)  # fmt: skip
    undated = ("Ticket buyers spent EUR 4.1 billion on draws, 6% more than the year before. Operators paid EUR 0.9 billion in levies to the "
               "regions, up from EUR 0.8 billion.")
    for meta, asked in ((article, "How much did the regions collect in levies in 2024?"),
                        (memo, "What did the ports collect in harbour dues in 2024?")):
        c = C.page_candidates(undated, doc_id=meta.doc_id, meta=meta)[1]
        assert c.text.startswith("Operators paid")
        assert S.period_score(Q.read_question(asked)[0], c) == 0.4  # not 0.0: the report's year is not the figure's
    # a filing's undated sentence is still its own fiscal year's
    c = C.page_candidates(undated, doc_id="dacme", meta=META_FILING)[1]
    assert S.period_score(Q.read_question("How much did Acme Retail pay in levies in 2019?")[0], c) == 0.0


def test_a_superlative_before_a_move_ranks_the_moves_size():
    assert S._rank_sense("which had the largest revenue decline in 2024") == {"steep"}
    assert S._rank_sense("Which carrier posted the biggest drop in passengers?") == {"steep"}
    assert S._rank_sense("and Northwind, still the largest carrier by revenue, opened two routes") == {"size"}
    assert S._rank_sense("Which chain had the greatest increase in stores, and which is the largest?") == {"steep", "size"}


def test_total_before_a_word_of_quantity_asks_the_whole_amount_in_a_report():
    from assistant.types import DocMeta

    note = DocMeta(doc_id="dcoast", doc="coastal_tourism_2025", source="/r/coastal_tourism_2025.pdf",
                   title="Coastal tourism: a record season", fiscal_year=2025)  # fmt: skip
    for q, sentence in (("What was the total number of trips made to the coast in 2024?",
                         "Visitors made 48.2 million trips to the coast in 2024, 3.0% more than in 2023."),
                        ("What was the total amount spent by visitors at coastal resorts in 2025?",
                         "Visitors spent EUR 9.4 billion at coastal resorts in 2025, up from EUR 8.8 billion.")):
        asked = Q.read_question(q)[0]
        c = C.page_candidates(sentence, doc_id=note.doc_id, meta=note)[0]
        assert S.type_score(asked, c, q) == 1.0, q
        # a filing's line item may be written without "total": its sentence without the word stays weak
        filed = C.page_candidates(sentence, doc_id="dacme", meta=META_FILING)[0]
        assert S.type_score(asked, filed, q) == 0.3, q


def test_compared_sides_stay_within_one_question_sentence():
    # session 26: "Round to two decimal places" after the question mark is no side of the comparison
    assert S.compared_sides("How does the interest share compare for financing leases? Round to two decimal places.") is None
    assert S.compared_sides("How did Brightline's margin compare with Tarnhill's in 2025?") is not None


# ---- both sides of "how much of it is A as opposed to B" (session 29) ------------------------------------------------
# Session 29 (#11): "how much of the plan goes to A rather than B" asks both sides (written for these tests).

def test_how_much_of_it_goes_to_one_side_as_opposed_to_another_asks_both():
    from assistant.answer.scoring import compared_sides

    assert compared_sides("What is Harlow Water's five-year investment plan, and how much of the plan goes to "
                          "regulated plant replacement rather than acquisitions?") == ("regulated", "acquisitions")
    assert compared_sides("How much of it is spent on pipe replacement?") is None


# ---- a year dating a thing named in passing (session 31) --------------------------------------------------------------
# Session 31 (#11): a year in the date a thing named in passing was approved or authorised ("the buyback plan
# authorized in March 2023") dates that event, not the sentence's figures; a question saying the event itself keeps it.
# Every filer, sentence and question below is fictional and written for these tests.

ORCHARD = DocMeta(doc_id="halbrook26", doc="HALBROOK_2026_10K", source="HALBROOK_2026_10K.pdf",
                  company="Halbrook Orchard Supply", fiscal_year=2026, period="FY2026", doc_type="10-K",
                  extra={"period_end": "2026-06-30"})
ORCHARD_NAMES = ("Halbrook Orchard Supply", "Halbrook Orchard Supply, Inc.", "Halbrook", "HOS")
BUYBACK = ("Capital returned\nWe paid quarterly dividends of $0.22 per share. In fiscal 2026 we bought back 1.1 million "
           "shares for $46.2 million, and $71.5 million remained under the $150.0 million buyback plan authorized in "
           "March 2023.\n")


@pytest.mark.parametrize("text, years", [
    ("In fiscal 2026 we bought back 1.1 million shares, and $71.5 million remained under the buyback plan authorized "
     "in March 2023.", {2023}),
    ("Borrowings under the revolving credit agreement entered into on June 4, 2022 stood at $35.0 million at the end of "
     "fiscal 2026.", {2022}),
    # the event stated as the sentence's own ("was approved"), or its year also dating a figure: no year set aside
    ("The buyback plan was approved in March 2023 and we bought back 1.1 million shares in fiscal 2026.", set()),
    ("In 2023 we bought back 0.8 million shares under the plan authorized in 2023.", set()),
])
def test_a_year_dating_a_thing_named_in_passing_is_set_aside(text, years):
    assert S.published_years(text) == frozenset(years)
    assert S.published_years(text, events=False) == frozenset()


@pytest.mark.parametrize("question", [
    "How many orchard ladders did Halbrook Orchard Supply sell in fiscal 2023?",
    "How many shares did Halbrook Orchard Supply buy back in fiscal 2023?",
])
def test_a_figure_of_another_year_is_no_answer_for_the_year_an_approval_names(question):
    ex = ask_near(question, BUYBACK, ORCHARD, ORCHARD_NAMES)
    assert part_figures(ex) == [None], [p.candidate.text for p in ex.picks if p]


def test_a_question_asking_of_the_event_keeps_its_year():
    page = ("Dividends\nThe quarterly dividend of $0.22 per share declared on March 2, 2023 was paid to shareholders in "
            "fiscal 2024.\n")
    ex = ask_near("What quarterly dividend per share did Halbrook Orchard Supply declare in March 2023?", page, ORCHARD,
                  ORCHARD_NAMES)
    assert ex.picks[0] is not None and "0.22" in ex.picks[0].candidate.text, part_figures(ex)


def test_the_sentences_own_year_still_answers():
    ex = ask_near("How many shares did Halbrook Orchard Supply buy back in fiscal 2026?", BUYBACK, ORCHARD, ORCHARD_NAMES)
    assert ex.picks[0] is not None and "1.1 million" in ex.picks[0].candidate.text, part_figures(ex)


# session 32 (#11): a year that only dates when an agreement, a note or a lease ends dates none of the sentence's figures
_UNION_10K = DocMeta(doc_id="dcorl", doc="corlan_pumps_10k_2025", source="/r/corlan_pumps_10k_2025.pdf",
                     company="Corlan Pumps", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
_UNION_PAGE = ("Human Capital\n\nAt December 31, 2025 we employed approximately 4,310 people, of whom approximately 2,870 "
               "worked in our foundries and machining plants. About 58% of our hourly employees in the United States are "
               "represented by the United Steelworkers under a master agreement that expires on March 31, 2028.\n")


def test_a_year_that_only_dates_when_an_agreement_ends_is_not_the_figures_period():
    union = C.page_candidates(_UNION_PAGE, doc_id="dcorl", meta=_UNION_10K)
    c = find("represented by the United Steelworkers", union)
    asked = Q.read_question("What share of Corlan Pumps' U.S. hourly employees was unionized at the end of 2025?")[0]
    # read as a sentence naming no year: dated by the sentence before it (2025), as the filing's own year is
    assert S.period_score(asked, c) >= 0.7
    # a year the figure is of still decides ("expires in 2028" is asked): unchanged
    asked = Q.read_question("What does Corlan Pumps owe under agreements that expire in 2028?")[0]
    assert S.period_score(asked, c) == 1.0
    # a year stated besides the term's date is the figure's own: another period than the asked one
    c = C.page_candidates("About 55% of our hourly employees were represented by unions in 2023, under agreements that "
                          "expire in 2026.", doc_id="dcorl", meta=_UNION_10K)[0]
    asked = Q.read_question("What share of Corlan Pumps' hourly employees was unionized in 2025?")[0]
    assert S.period_score(asked, c) == 0.0


def test_the_unionized_share_part_is_answered_by_its_sentence_despite_the_agreements_end_date():
    q = ("How many people did Corlan Pumps employ at the end of 2025, how many worked in its foundries and machining "
         "plants, and what share of its U.S. hourly employees is unionized?")
    ex = ask_near(q, _UNION_PAGE, _UNION_10K, aliases=("Corlan Pumps", "Corlan"))
    assert ex.answered and not ex.partial, [p and p.candidate.text for p in ex.picks]
    assert part_figures(ex)[-1] == "58%", part_figures(ex)


def test_a_filing_sentence_opening_with_a_dated_day_and_we_is_about_the_filer():
    # Session 32 (#11): "At <day>, we ..." is the filer's own voice, as "In 2025 we ..." is (``subject_score``); written
    # for this test
    assert S.speaks_as_filer("At March 31, 2026 we operated 236 stores in 14 states and two Canadian provinces.")
    assert S.speaks_as_filer("On Feb. 2, 2026, our Board of Directors approved a new $300 million repurchase program.")
    assert not S.speaks_as_filer("As of December 31, 2025 Pelling Freight had 1,140 tractors.")
    meta = DocMeta(doc_id="dkeld", doc="keldmoor_10k_2026", source="/r/keldmoor_10k_2026.pdf",
                   company="Keldmoor Outfitters, Inc.", fiscal_year=2026, period="FY2026", doc_type="10-K")
    page = ("Our fiscal year ends on March 31; \"fiscal 2026\" means the twelve months ended March 31, 2026.\n"
            "At March 31, 2026 we operated 236 stores in 14 states and two Canadian provinces, compared with 221 "
            "stores a year earlier.\n")
    ex = ask_near("How many stores did Keldmoor operate at the end of fiscal 2026?", page, meta,
                  aliases=("Keldmoor Outfitters, Inc.", "Keldmoor"))
    assert ex.picks[0] is not None and part_figures(ex)[0].startswith("236")


def test_the_asked_things_noun_capitalised_before_a_noun_opens_no_members_sentence():
    # "Crate makers around the world shipped ..." answers "how many plastic crates were shipped worldwide": "Crate" is
    # the asked crates' noun, though a member's name ends in it ("Halden Crate"); "Halden Crate shipped ..." is the
    # member's (session 32)
    page = ("Crate makers around the world shipped 2.41 billion plastic crates in 2024, 3.2% more than in 2023. "
            "Halden Crate shipped 0.52 billion crates, the most of any maker. "
            "Brennick Crate Works shipped 0.31 billion.")
    names = {"crate", "halden", "brennick", "works"}
    common = {"how", "many", "plastic", "crates", "were", "shipped", "worldwide", "in"}
    assert not S._opened_by_member(page.split(". ")[0], names, (), common)
    assert S._opened_by_member(page.split(". ")[1], names, (), common)
    meta = DocMeta(doc_id="dcrate", doc="crates_2025", source="/r/crates_2025.md", title="Plastic Crates, 2025")
    ex = ask_near("How many plastic crates were shipped worldwide in 2024?", page, meta)
    assert part_figures(ex)[0] is not None and part_figures(ex)[0].startswith("2.41 billion")


# Session 33 (#11): a why-question contrasting the asked move with another ("while", "whereas") asks about its main
# clause; the contrast is a premise. Written for this test: a fictional note on Nordic ferries.
FERRY = DocMeta(doc_id="dferry", doc="nordic_ferries_2026", source="/r/nordic_ferries_2026.html",
                title="Fewer passengers, dearer crossings: Nordic ferries in 2025")  # fmt: skip
FERRY_PAGE = (
    "Nordic ferries in 2025\n"
    "Nordic ferry operators carried 41.2 million passengers in 2025, 3.1% fewer than the 42.5 million of 2024. Their "
    "ticket revenue rose all the same, by 2.6% to EUR 3,910 million.\n"
    "\"Fewer people take the boat for a day out, but those who travel spend more,\" said Ingrid Haldorsen of Skarvik "
    "Research. The revenue gain came from three sources, she said. Operators moved more travellers into cabins and "
    "priority boarding; fuel surcharges added about EUR 4 to the average crossing; and the cheap day-trip fares that "
    "used to fill the winter sailings were dropped.\n"
    "Freight volumes were flat at 9.8 million lane metres.\n"
)


def _shown(ex) -> list[str]:
    return [ex.picks[0].candidate.text, *(s.candidate.text for s in ex.others[0])] if ex.picks[0] is not None else []


def test_a_contrast_in_a_why_question_is_a_premise_the_reasons_need_not_restate():
    lead = "The revenue gain came from three sources, she said."
    for question in ("What explains ferry ticket revenue going up while the number of passengers went down?",
                     "Why did ferry ticket revenue rise while fewer passengers travelled?",
                     "Why did ticket revenue grow, whereas the number of passengers fell?"):
        ex = ask_near(question, FERRY_PAGE, FERRY)
        assert lead in _shown(ex), (question, _shown(ex))
    # the other way round: the passengers' fall is asked, and the reasons for the revenue gain do not explain it
    ex = ask_near("Why did the number of ferry passengers fall while ticket revenue rose?", FERRY_PAGE, FERRY)
    assert lead not in _shown(ex)
    # "for a while" is no contrast
    asked = Q.read_question("Why have ferry fares been rising for a while?")[0]
    assert S._CONCEDED.sub("", asked.text) == asked.text


@pytest.mark.parametrize("question, sentence", [
    ("How many people did Tarnwell Devices employ at the end of 2025, and what was its revenue?",
     "As of December 31, 2025, we had approximately 6,400 employees."),
    ("Approximately how many stores did Brindle Outfitters operate at the end of fiscal 2025, and what were its net "
     "sales that year?", "At the end of fiscal 2025, we operated 412 stores in 31 states."),
    ("According to its 2025 annual report, how many customers did Harlow Water serve, and how much operating income "
     "did it earn in 2025?", "We served approximately 1.2 million customers in 2025."),
])
def test_a_count_part_is_checked_against_its_own_measure_not_another_parts(question, sentence):
    """General rule (#10, session 33): a part counting a thing it names ("how many people", "how many stores") has its
    measure in its own words; another part's measure ("revenue", "net sales", "operating income") is not its."""
    asked = Q.read_question(question)[0]
    c = next(c for c in C.page_candidates(sentence, meta=META_FILING) if c.kind == "sentence")
    assert S.type_score(asked, c, question, soft_narrowing=True) == 1.0, asked.text
    # a part asking a measure it names is still held to it: "revenue" asked, a headcount is no answer
    revenue = Q.read_question("What was Tarnwell Devices' revenue in 2025, and how many people did it employ?")[0]
    staff = next(c for c in C.page_candidates("As of December 31, 2025, we had approximately 6,400 employees.",
                                              meta=META_FILING) if c.kind == "sentence")
    assert S.type_score(revenue, staff, "What was Tarnwell Devices' revenue in 2025, and how many people did it "
                        "employ?", soft_narrowing=True) == 0.0
