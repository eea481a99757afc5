"""What a question asks (answer/question.py): read_question, question_kind, the asked units, periods and names.

Moved from test_extract.py when extract.py was split; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.answer import question as Q
from assistant.answer.question import asks_time, listed_items, question_kind


@pytest.mark.parametrize(
    "question, kind",
    [
        ("How much does Northwind plan to spend on data centres in 2025?", "amount"),
        ("What were Lumen's capital expenditures in 2024?", "amount"),
        ("What share of the market did Harbor hold in 2023?", "amount"),
        ("Which deployment options does the report compare?", "list"),
        ("Who buys colocation capacity?", "list"),
        ("Why did Northwind raise its capital expenditure in 2024?", "reason"),
        ("What drove the change in gross margin?", "reason"),
        ("Does the company depend on a few suppliers?", "yesno"),
        ("Looking at VaR, did the risk decrease in the quarter?", "yesno"),
        ("Which company had the highest revenue?", "entity"),
        ("What does the report say about cooling retrofits?", "describe"),
    ],
)
def test_question_kind(question, kind):
    assert Q.question_kind(question) == kind


def test_amount_units_follow_the_question():
    assert Q.read_question("How much did Lumen spend in 2024?")[0].unit == "money"
    assert Q.read_question("What share of capacity did colocation supply in 2024?")[0].unit == "percent"
    assert Q.read_question("By how much did Northwind's capex increase from 2023 to 2024?")[0].unit == "change"
    assert Q.read_question("By what factor did prices fall between 2023 and 2024?")[0].unit == "factor"
    assert Q.read_question("How many GPUs did the cluster use?")[0].unit == "count"


def test_two_part_question_second_part_inherits_subject_and_topic():
    parts = Q.read_question("How much did Northwind spend on capital expenditure in 2024, and how much a year earlier?")
    assert len(parts) == 2
    assert parts[0].years == {2024} and parts[1].years == {2023}
    assert parts[1].entities == parts[0].entities == {"northwind"}
    assert "expenditure" in parts[1].words


def test_two_part_question_with_its_own_period():
    parts = Q.read_question("What did Lumen invest in 2024, and for 2025?")
    assert [p.years for p in parts] == [{2024}, {2025}]


def test_companies_joined_by_and_are_asked_one_each():
    parts = Q.read_question("How much do Northwind and Lumen plan to spend in 2025?")
    assert sorted(next(iter(p.entities)) for p in parts) == ["lumen", "northwind"]
    assert all(p.years == {2025} for p in parts)


def test_combined_figure_and_a_titled_name_stay_one_part():
    assert len(Q.read_question("What was the combined capex of Northwind and Lumen in 2024?")) == 1
    assert len(Q.read_question("How much power did the IEA's Energy and AI report estimate for 2024?")) == 1


def test_instruction_sentences_and_leading_conditions_are_not_asked():
    (part,) = Q.read_question("What drove Acme's operating margin in 2023? If operating margin is not a useful metric "
                              "for a company like this, then please state that and explain why.")  # fmt: skip
    assert part.kind == "reason" and "useful" not in part.words
    (part,) = Q.read_question("If we exclude the impact of M&A, which segment dragged down Acme's growth in 2023?")
    assert part.entities == {"acme"}
    (part,) = Q.read_question("Which Acme product category grew most in the domestic (USA) market?")
    assert part.entities == {"acme"}


def test_the_year_of_a_cited_report_title_is_not_the_asked_period():
    (part,) = Q.read_question("How much power could data centres use in 2026, according to the IEA's Electricity 2024 report?")
    assert part.years == {2026}


def test_what_percent_asks_an_amount():
    assert Q.question_kind("What percent of Acme's buybacks in 2023 occurred in the fourth quarter?") == "amount"


def test_an_either_or_question_is_not_answered_yes_or_no():
    assert Q.question_kind("Did Contoso's wages expense as a percent of net sales increase or decrease in 2023?") != "yesno"
    assert Q.question_kind("Has Contoso's gross margin improved or declined since 2021?") != "yesno"
    assert Q.question_kind("Did Contoso's wages expense increase in 2023?") == "yesno"


def test_opposite_comparatives_offered_as_answers_are_not_a_yes_or_no_question():
    # "faster or slower than" offers the two answers: "Yes." answers neither (#10, session 27)
    assert Q.question_kind("In the first quarter, did Quillmark's operating profit rise faster or slower than "
                           "its revenue, and what drove the gap?") != "yesno"
    assert Q.question_kind("Was Ferncastle's backlog larger or smaller at year end than a year before?") != "yesno"
    assert Q.question_kind("Did Ferncastle's service margin get better or worse in fiscal 2025?") != "yesno"
    # one comparative, or "more or less" (roughly), leaves a yes/no question
    assert Q.question_kind("Did Quillmark's operating profit rise faster than its revenue in the first quarter?") == "yesno"
    assert Q.question_kind("Did Ferncastle's order intake stay more or less flat in 2025?") == "yesno"


def test_period_tokens_financial_terms_and_title_case_words_are_not_required_names():
    vocab = {"adjusted", "real", "highest", "sales", "beauty", "was", "non"}  # what the searched text writes in lower case
    names = {"contoso", "adjusted", "ebitda", "beauty"}
    q = "What Was Contoso's Adjusted Non GAAP EBITDA for FY2023Q1 in Q2'2023 and at the AGM on the 1st?"
    ents = Q._required_names(q, vocab, names, {"contoso"})
    assert ents == {"contoso"}
    # a company name's word is kept however the text writes it ("beauty" of "Lumen Beauty")
    assert Q._required_names("What drove Lumen Beauty's inventories?", vocab, names, {"lumen", "beauty"}) == {
        "lumen", "beauty"}  # fmt: skip
    # a name the question is about stays required ("Verdant": the answer must be about it)
    assert "verdant" in Q._required_names("How much did Contoso pay to spin off Verdant?", vocab, names, {"contoso"})


def test_a_comma_part_pointing_back_at_the_figure_just_asked_is_no_part_of_its_own():
    def parts(q):
        return [a.text for a in Q.read_question(q)]

    q = ("What percentage of Northwind's Retail revenue came from online sales in fiscal 2025, how did that compare with "
         "fiscal 2022, and what percentage was transacted in its stores?")
    got = parts(q)
    assert len(got) == 2 and got[0].endswith("how did that compare with fiscal 2022"), got
    got = parts("How many members did Tailwind Fitness have at the end of 2025, how has this changed since 2023, and "
                "how many clubs did it run?")
    assert len(got) == 2 and "how has this changed since 2023" in got[0], got
    # a new thing asked after the comma is still a part of its own
    assert parts("What plant did Northwind sell in 2025, to whom, and what gain did it record?")[1] == "to whom"


def test_the_year_of_a_cited_filing_is_not_the_asked_period():
    # the filing a question cites as its source names its own year; the period asked is the other one named
    for question, years in (
            ("What capital spending does Orrin Tools plan for fiscal 2027, according to its FY2026 10-K?", {2027}),
            ("What were Tamsin Foods' export sales in 2024, as reported in its 2025 annual report?", {2024}),
            ("Per Larkspur's fiscal year 2026 Form 10-K, what did it expect its 2027 tax rate to be?", {2027}),
            ("How many stores did Orrin Tools run at year end, per its 2026 10-K?", {2026}),  # the only year: kept
            ("What did Orrin Tools earn in 2025 and 2026 according to its 2026 annual report?", {2025, 2026})):
        (part,) = Q.read_question(question)
        assert part.years == years, (question, part.years)


def test_the_price_of_a_deal_is_an_amount_of_money():
    # session 26: "what consideration / what net proceeds did it receive" asks a sum of money, so a sentence naming
    # the deal without stating a sum is no answer
    for q in ("In the 2025 sale of its two river hotels, what consideration did Larchmont Resorts receive for the real estate?",
              "What net proceeds did Larchmont Resorts receive from the sale of its ferry business?"):
        assert Q.question_kind(q) == "amount"
        assert Q.read_question(q)[0].unit == "money"
    assert Q.question_kind("Which factors did Larchmont take into consideration when it sold the hotels?") != "amount"


def test_a_deal_named_without_its_price_does_not_answer_what_was_received():
    from assistant.types import DocMeta
    from one_page import ask_one_page
    meta = DocMeta(doc_id="dlarch", doc="larchmont_2025_10k", source="/r/larchmont_2025_10k.md",
                   title="Larchmont Resorts 2025 Annual Report")  # fmt: skip
    q = "In the 2025 sale of its two river hotels, what consideration did Larchmont Resorts receive for the real estate?"
    named = ("On May 2, 2025, Larchmont Resorts completed the sale of the real estate of its two river hotels to the "
             "Birchwood venture, which leases the hotels back to the company.\n")
    assert not ask_one_page(q, named, meta).answered
    priced = named + ("Larchmont Resorts received total consideration of $1.4 billion for the real estate, consisting of "
                      "$900 million in cash and a 40% interest in the Birchwood venture.\n")
    assert ask_one_page(q, priced, meta).answered


# ---- a part asking a time, a stake kept, things listed after a colon (session 29) ------------------------------------
# Session 29 (#11): a part asking a time ("..., and by when is the sale due to close?", ``asks_time``); "what stake
# does it keep" asks the part held, a figure (``_AMOUNT_Q``); a question listing the things it asks after a colon
# (``listed_items``). Every question below is written for these tests (fictional filers).

def test_parts_asking_a_time_are_read():
    assert asks_time("and by when should the Diagnostics separation be finished")
    assert asks_time("In what year did Osterly enter the Mexican market")
    assert asks_time("when will the new line start shipping")
    assert not asks_time("what does Osterly expect to happen when rates fall")
    assert not asks_time("how much did it spend on the separation")


def test_a_stake_kept_is_a_figure_asked():
    assert question_kind("What stake does Branwell expect to keep in the Diagnostics business after the separation?") \
        == "amount"
    assert question_kind("What ownership interest will Osterly hold in the venture?") == "amount"


def test_listed_items_are_read():
    lead, items = listed_items("What were the results of Osterly's bakery exit: the write-downs, the cash part, the "
                               "sale price and the expected annual savings?")
    assert lead == "What were the results of Osterly's bakery exit"
    assert items == ["the write-downs", "the cash part", "the sale price", "the expected annual savings"]
    assert listed_items("Osterly Foods closed a bakery in 2025: what did it record?") == ("", [])
    assert listed_items("What did it say about its plans: that it would expand?") == ("", [])


# A move asked with no period of its own takes the year of the part before, and its quarter with it; a part naming a span of
# its own ("for the six months") takes no quarter (session 32). Questions written for this test.
def test_a_part_taking_the_year_before_takes_its_quarter_too():
    why, much = Q.read_question("Why did Larkfield's drop-off laundry revenue fall in the second quarter of 2026, and by "
                                "how much in dollars?")
    assert (why.years, why.quarters) == ({2026}, {2})
    assert (much.years, much.quarters) == ({2026}, {2})
    quarter, half = Q.read_question("What was Larkfield's revenue in the second quarter of 2026, and for the six months?")
    assert quarter.quarters == {2}
    assert half.quarters == frozenset()
def test_places_the_reports_join_are_one_scope():
    # Session 32 (#11). Rule: places joined by "and" that the reports searched write as one scope ("ferry crossings
    # between Scotland and Ireland", a note on "Bakeries in North America and Europe") are asked as that scope: one part,
    # never one part per place (whose figures the reports never give), nor a name cut from its first word ("North Europe")
    said = ("Cross-channel ferries carried 4.1 million cars between England and Ireland in 2025. "
            "Bakeries in North America and Europe sold USD 212 billion of bread and pastries in 2025.")
    q = "How many cars did ferries carry between England and Ireland in 2025, and how did that change from 2024?"
    assert [p.text for p in Q.read_question(q, said=said)][0] == \
        "How many cars did ferries carry between England and Ireland in 2025"
    q = "What were bakery sales in North America and Europe in 2025, and how fast did they grow?"
    parts = Q.read_question(q, said=said)
    assert len(parts) == 2 and "North America and Europe" in parts[0].text, [p.text for p in parts]
    # the reports writing them apart: one part per place, as before
    q = "How many trainers were in service in England and Ireland in 2025, and how many were on order?"
    assert len(Q.read_question(q, said="England had 310 trainers; Ireland had 44.")) == 3
    # companies written together are still two companies asked ("Alphabet and Meta lead ..." says no one scope)
    q = "How much did Harrowgate and Pellmore spend on stores in 2025, and why?"
    assert len(Q.read_question(q, said="Harrowgate and Pellmore lead the market.")) >= 2


def test_a_rate_of_a_move_said_with_another_verb_is_a_change():
    # Session 32 (#11): "by what percentage had the fare gone up", "... did volumes drop": a change asked as a rate
    q = "What did a return ferry ticket cost at the end of 2025, and by what percentage had the fare gone up in a year?"
    parts = Q.read_question(q)
    assert [p.unit for p in parts] == ["money", "change"], [(p.text, p.unit) for p in parts]
    assert Q.read_question("By what percentage did cargo volumes drop in 2025?")[0].unit == "change"
    assert Q.read_question("What percentage of cargo went by rail in 2025?")[0].unit == "percent"


def test_a_later_parts_percentage_is_answered_anywhere_in_the_reply():
    # Session 32 (#11): the percentage asked by a later part is the later part's line; the lead is the first part's amount
    q = "What did a return ferry ticket cost at the end of 2025, and by what percentage had the fare gone up in a year?"
    lead = "£84.50 (2025), from ferries_2026, p. 1:\n“The average return fare rose to £84.50 ...” [1]\n"
    computed = "Up £4.50 (+5.6%) from a year earlier: £84.50 against £80.00, computed from the quote [1]"
    assert not Q.percent_without_percent(q, lead + computed)
    assert Q.percent_without_percent(q, lead)
    # a percentage quoted from another sentence says nothing of the lead's amount: checked as before
    assert Q.percent_without_percent(q, lead + "5.6%, from ferries_2026, p. 2:\n“Fares rose 5.6% on the North Sea.” [2]")
    # a percentage the first part asks is still read in the lead
    assert Q.percent_without_percent("What share of cars went by ferry, and how many in all?", lead + "(+5.6%)")


# session 32 (#11): an aside naming the company again ("(formerly known as ...)", "(NYSE: ...)") is none of the words a
# quote must say, in any part; the parts' names are read as before
_LARCHMONT = ("Results of Operations\n\nRevenue was $1,284.6 million in 2025, compared with $1,197.3 million in 2024. "
              "We lost two of our ten largest customers in 2025 because they moved their intermodal volumes to rail. "
              "At December 31, 2025 we operated 3,420 tractors and 9,870 trailers from 41 terminals.\n")


def test_a_name_aside_is_no_word_of_any_part():
    q = ("Why did Larchmont Freight (formerly known as Pellew Haulage Inc.) lose customers in 2025, and how many "
         "tractors did it operate at the end of the year?")
    parts = Q.read_question(q)
    assert [p.kind for p in parts] == ["reason", "amount"]
    assert not {"formerly", "known", "pellew", "haulage", "inc"} & parts[0].words, parts[0].words
    assert {"customers", "lose"} <= parts[0].words and {"larchmont", "freight"} <= parts[0].entities
    parts = Q.read_question("What was Larchmont Freight's (NYSE: LMFT) revenue in 2025?")
    assert not {"nyse", "lmft"} & parts[0].words, parts[0].words


def test_a_name_aside_leaves_every_parts_score_as_without_it():
    from assistant.types import DocMeta
    from one_page import ask_near

    meta = DocMeta(doc_id="dlar", doc="larchmont_freight_10k_2025", source="/r/larchmont_freight_10k_2025.pdf",
                   company="Larchmont Freight", doc_type="10-K", fiscal_year=2025, period="FY2025")
    plain = "Why did Larchmont Freight lose customers in 2025, and how many tractors did it operate at the end of the year?"
    aside = plain.replace("Larchmont Freight", "Larchmont Freight (formerly known as Pellew Haulage Inc.)", 1)
    a, b = (ask_near(q, _LARCHMONT, meta, aliases=("Larchmont Freight", "Larchmont")) for q in (plain, aside))
    assert [p and p.candidate.text for p in b.picks] == [p and p.candidate.text for p in a.picks]
    assert [round(p.score, 6) for p in b.picks] == [round(p.score, 6) for p in a.picks], (a.picks, b.picks)


def test_what_a_thing_sold_for_asks_its_price():
    # session 33 (#11): "what did a litre sell for?" asks money (a price), never a volume sold
    for question in ("What did a litre of heating oil sell for on average in 2025?",
                     "What did the average new home sell for in Halvern County last year?",
                     "How much did a tonne of recycled cardboard fetch in 2024?",
                     "What do the cheapest e-bikes sell for?",
                     "How much heating oil did Alpine distributors sell in 2025 by value?"):
        assert Q.read_question(question)[-1].unit == "money", question
    assert Q.read_question("How many litres of heating oil were sold in 2025?")[0].unit != "money"


# -- session 33 (#11): "last year" names a period, never a word the answer must say

@pytest.mark.parametrize("question", [
    "What held back do-it-yourself wallpaper volumes last year?",
    "Why did ferry ridership across the strait fall last quarter?",
    "What weighed on ski-pass sales last season?",
    "How much did the mills spend on pulp last fiscal year?",
])
def test_a_last_period_is_no_content_word(question):
    words = Q.read_question(question)[0].words
    assert "last" not in words
    assert "last" in Q.read_question("Which mill was the last to close in 2025?")[0].words


# -- session 33 (#11): a value asked is money, never a percentage or a volume of the same sentence

VALUE_CASES = [
    ("What does Brevik Research forecast for European bicycle export value in 2026?",
     "Brevik now expects export value to fall to EUR 4.1 billion in 2026, cut from the EUR 4.4 billion it forecast in "
     "May, because the 12% duty that Canada has put on European bicycles will cut shipments to its second market.",
     "EUR 4.1 billion"),
    ("How large was the world market for lift trucks by value in 2024?",
     "Lift truck makers sold trucks worth USD 58.6 billion in 2024; electric trucks took 78% of the orders.",
     "USD 58.6 billion"),
    ("What was the value of Chile's copper cathode shipments in 2025?",
     "Chile shipped copper cathode worth USD 19.2 billion in 2025, while the 8% fall in tonnes was the steepest since "
     "2009.", "USD 19.2 billion"),
]


@pytest.mark.parametrize("question, sentence, shown", VALUE_CASES)
def test_a_value_asked_is_money_and_its_figure_is_the_money_one(question, sentence, shown):
    from assistant.answer.candidates import Candidate
    from assistant.answer.shown import answer_figure

    asked = Q.read_question(question)[0]
    assert asked.unit == "money"
    c = Candidate(doc_id="d", doc="d", source="", page=1, start=0, end=len(sentence), text=sentence, kind="sentence")
    assert (answer_figure(asked, c) or "").startswith(shown)


def test_a_value_share_or_a_value_chain_is_no_money():
    assert Q.read_question("What share of Chile's copper exports by value went to China in 2025?")[0].unit == "percent"
    assert Q.read_question("How many firms make up the copper value chain in Chile?")[0].unit != "money"
