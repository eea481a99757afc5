"""Extractive answers from prose: a figure is bound to the asked subject and measure, a quote on the topic that does not
hold the asked quantity or member is no answer, and table scales and lost list markers are rendered (issue 11).

Every sentence, table and question below is written for these tests (fictional markets, products and carriers, in the
style of trade notes and industry research articles).
"""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as S
from assistant.answer import gates as G
from assistant.answer import shown as W
from assistant.answer import render as R
from assistant.answer import asked_measures
from assistant.answer import prose_ties as T
from assistant.types import DocMeta
from one_page import ask_one_page

NOTE = DocMeta(doc_id="dscoot", doc="scooter_note_2025", source="/r/scooter_note_2025.pdf",
               title="Electric Scooters in the Nordics, 2023-2024")  # fmt: skip
ARTICLE = DocMeta(doc_id="dboat", doc="boat_insurance_2025", source="/r/boat_insurance_2025.html",
                  title="Recreational boat insurance in Canada")  # fmt: skip


def _shown(question: str, page: str, meta: DocMeta = NOTE) -> str:
    """What the answerer would show: "" when it declines."""
    ex = ask_one_page(question, page, meta)
    if not ex.answered or ex.untied or ex.figureless or ex.unranked:
        return ""
    return R.render(ex, lambda d, p: page)[0]


def _verdicts(question: str, sentence: str) -> dict[str, str]:
    asked = asked_measures.asked_measure(question)
    assert asked is not None, question
    return {f.raw: v for f, v in T.figure_ties(asked, sentence)}


def _sentence(text: str) -> C.Candidate:
    return C.Candidate("d", "d", "d", 1, 0, len(text), text, "sentence")


# -- 1. another subject's figure in the same sentence is not the asked subject's

UNITS = ("Across the five Nordic markets, dealers and online shops sold 640,000 electric kick scooters (e-scooters) "
         "in 2024, 6% more than the 604,000 sold in 2023, while sales of pedal scooters without a motor slipped 3% "
         "to 1.9 million units.")


def test_a_count_is_of_the_thing_its_clause_counts():
    q = "How many e-scooters were sold across the Nordic markets in 2024?"
    v = _verdicts(q, UNITS)
    # the parenthesis names what "electric kick scooters" are; the verb of the next clause is not this figure's
    assert v["640,000"] != T.OTHER
    # "sales of pedal scooters ... to 1.9 million units": the units are pedal scooters, another thing counted
    assert v["1.9 million"] == T.OTHER
    text = _shown(q, UNITS + "\n")
    assert text.startswith("640,000"), text


def test_a_part_asking_the_year_before_takes_the_measure_of_the_part_before():
    q = "How many e-scooters were sold across the five Nordic markets in 2024, and how many in the year before?"
    parts = Q.read_question(q)
    assert len(parts) == 2 and parts[1].measure == parts[0].text
    text = _shown(q, UNITS + "\n")
    assert text.startswith("640,000"), text
    # the second part's figure is the count of 2023, never "five" (the question's own number) nor the pedal scooters
    assert "604,000" in text.split("\n")[-1] and "(2023)" in text, text


# -- 2. a quote on the topic that does not hold the asked quantity is no answer

PREMIUMS = ("Storm and theft claims on insured boats came to about CAD 410 million in 2024, roughly 1.3 million "
            "policies were in force at year end, and the average annual premium per policy rose to CAD 612 from "
            "CAD 575.\n\nCarriers wrote CAD 905 million of premiums for recreational boat cover in 2024, up 8% on "
            "2023.\n")


def test_what_did_x_come_to_and_what_did_x_pay_ask_amounts():
    assert Q.question_kind("What did Canadian boat insurance premiums come to in 2024?") == "amount"
    assert Q.question_kind("What did a rider pay for an e-scooter on average in 2024?") == "amount"
    assert Q.question_kind("What did the regulator pay attention to?") != "amount"


def test_an_average_per_unit_figure_is_not_the_total_asked():
    q = "What did Canadian boat insurance premiums come to in 2024?"
    v = _verdicts(q, PREMIUMS.split("\n\n")[0])
    assert v["CAD 612"] == T.OTHER if "CAD 612" in v else v["612"] == T.OTHER
    text = _shown(q, PREMIUMS, ARTICLE)
    assert "905 million" in text.split("\n")[0], text
    # a per-unit rate of another figure in the sentence does not make the total a per-unit figure
    refit = "Refitting the fleet took 12,000 yard hours, which at a quoted rate of CAD 95 per hour comes to CAD 1.14 million."
    assert _verdicts("What refit cost does the article state for the fleet?", refit)["1.14 million"] != T.OTHER
    # an average asked is answered by the average
    assert T.figure_ties(asked_measures.asked_measure("What was the average annual premium per policy in 2024?"),
                         PREMIUMS.split("\n\n")[0])[-2][1] != T.OTHER


PRICES = ("In 2024 we estimate that riders paid on average EUR 9,400 for a commuter e-scooter, EUR 14,200 for an "
          "off-road scooter and EUR 5,100 for a folding e-scooter, while a child's e-scooter cost about EUR 2,300.\n\n"
          "Measured at retail prices, e-scooter sales were worth EUR 5.6 billion in 2024, and discounting pulled the average "
          "selling price down to EUR 8,750 from EUR 9,020.\n")


def test_a_figure_for_one_kind_is_not_the_average_of_all():
    q = "What did a rider pay for an e-scooter on average in 2024?"
    v = _verdicts(q, PRICES.split("\n\n")[0])
    assert all(x == T.OTHER for x in v.values()), v
    # an average asked and stated: the sentence's total is not it
    v = _verdicts(q, PRICES.split("\n\n")[1])
    assert v["5.6 billion"] == T.OTHER and v["8,750"] != T.OTHER, v
    text = _shown(q, PRICES)
    assert text.startswith("EUR 8,750"), text
    # a kind asked by name keeps its own figure
    v = _verdicts("What did a rider pay for a folding e-scooter on average in 2024?", PRICES.split("\n\n")[0])
    assert v["5,100"] != T.OTHER, v


def test_the_worlds_figure_is_never_one_countrys_from_the_same_sentence():
    # the world asked: a country's figure later in the sentence (the one tied to the question's noun) is that country's
    q = Q.read_question("How much steel was consumed worldwide in 2024, and how did that compare with the year "
                        "before?")[0]
    s = _sentence("Steel users worldwide took 1,760 million tonnes (Mt) in 2024, 0.9% less than the 1,776 Mt of 2023, a "
                  "second yearly fall.² China, still about half of the total, explains it: its consumption fell 3.3% to "
                  "860 Mt as building slowed.")
    assert W.answer_figure(q, s) is not None and W.answer_figure(q, s).startswith("1,760"), W.answer_figure(q, s)
    q = Q.read_question("What was global demand for copper cathode in 2025?")[0]
    s = _sentence("Demand in India rose 9% to 1.9 million tonnes, while global demand reached 27.4 million tonnes.")
    assert W.answer_figure(q, s).startswith("27.4"), W.answer_figure(q, s)
    s = _sentence("Consumption in Germany fell to 1.1 million tonnes as car makers cut output.")
    assert W.answer_figure(q, s) is None  # only a country's figure: none leads for the world
    # a country asked is unchanged: its own figure leads
    q = Q.read_question("How much copper cathode did India consume in 2025?")[0]
    s = _sentence("Demand in India rose 9% to 1.9 million tonnes, while global demand reached 27.4 million tonnes.")
    assert W.answer_figure(q, s).startswith("1.9"), W.answer_figure(q, s)


def test_a_record_over_time_ranks_no_member():
    q = Q.read_question("Which province saw the fastest growth in boat insurance premiums in 2024?")[0]
    record = _sentence("Carriers wrote CAD 905 million of boat premiums in Canada in 2024, an increase of 8% and the "
                       "fastest growth in more than a decade.")
    assert not S.ranks_members(q, record)
    ranked = _sentence("Quebec's premiums grew fastest, up 14%, ahead of Ontario's 9%.")
    assert S.ranks_members(q, ranked)


def test_a_which_question_needs_members_named_on_the_asked_side():
    q = Q.read_question("Which of the markets in the table sold more e-scooters in 2024 than in 2023?")[0]
    contrast = _sentence("A few northern markets, where e-scooters are still new, sold more than in 2023, while Denmark "
                         "and Iceland continued to shrink.")
    assert S.type_score(q, contrast, q.text) == 0.0
    named = _sentence("Norway and Finland sold more than in 2023, while Denmark and Iceland continued to shrink.")
    assert S.type_score(q, named, q.text) > 0.0


# -- 3. rendering: a table's scale, a list whose markers the page lost

def test_a_cell_of_a_table_in_thousands_is_shown_at_its_scale():
    row = C.Candidate("d", "d", "d", 1, 0, 10, "Norway: 2022 212, 2023 230, 2024 251 (thousand units)", "row",
                      years=frozenset({2022, 2023, 2024}))
    q = Q.read_question("What were Norway's e-scooter unit sales in each year from 2022 to 2024?")[0]
    assert R.scaled_row(q, row) == ("Norway: 212 thousand units (2022), 230 thousand units (2023), "
                                    "251 thousand units (2024)")
    q = Q.read_question("How many e-scooters did Norway sell in 2023?")[0]
    assert W.answer_figure(q, row) == "Norway, 2023: 230 thousand units"
    money = replace(row, text="Norway: 2023 41.2, 2024 44.0 (NOK million)")
    assert R.scaled_row(Q.read_question("What were Norway's sales in 2024?")[0], money) == "Norway: NOK 44.0 million (2024)"
    assert R.scaled_row(q, replace(row, text="Norway: 2023 230, 2024 251 (units)")) is None


LABELLED = ("Several carriers have stopped writing new boat policies on the coast. Carriers give several reasons for "
            "pulling back:\n\nStorm losses: three hurricanes in four years wiped out the line's underwriting profit.\n\n"
            "Repair costs: marine parts and labour rose faster than premiums, and claims took longer to settle.\n\n"
            "Rate approvals: filings took up to nine months to be approved.\n\nThe largest carrier still writes renewals.\n")


def test_labelled_paragraphs_after_a_colon_are_one_list():
    cands = C.page_candidates(LABELLED, doc_id="dboat", doc="boat_insurance_2025", page_no=1, meta=ARTICLE)
    lists = [c for c in cands if c.kind == "list" and c.text.endswith("pulling back:")]
    assert lists and len(lists[0].items) == 3, [(c.kind, c.text, c.items) for c in cands]
    assert lists[0].items[2].startswith("Rate approvals:")


def test_labelled_paragraphs_cut_by_a_page_break_go_on_on_the_next_page():
    first = ("Carriers give several reasons for pulling back:\n\nStorm losses: three hurricanes in four years wiped out "
             "the line's underwriting profit.\n\nRepair costs: marine parts and labour rose faster than premiums.\n")
    second = "Rate approvals: filings took up to nine months to be approved.\n\n## Outlook\n\nPremiums should rise.\n"
    from assistant.types import Chunk, Hit
    chunk = Chunk(chunk_id="dboat:1", doc_id="dboat", doc=ARTICLE.doc, source=ARTICLE.source, page=1, page_end=1,
                  start=0, end=len(first), text=first, ordinal=1)  # fmt: skip
    pages = {1: first, 2: second}
    cands = C.candidates([Hit(chunk=chunk, score=1.0, rank=0, meta=ARTICLE)], lambda d, p: pages.get(p))
    lists = [c for c in cands if c.kind == "list"]
    assert lists and [i.split(":")[0] for i in lists[0].items] == ["Storm losses", "Repair costs", "Rate approvals"]


# -- 2b. the asked relation: where money went, who does the asked thing

def test_a_question_of_where_money_went_needs_a_sentence_saying_where():
    q = Q.read_question("What did Tailwind Freight say the bulk of its 2024 fleet spending went to?")[0]
    amount = _sentence("Tailwind Freight said it expects to invest about $1.2 billion in fleet spending in 2025, up "
                       "from $0.9 billion in 2024.")
    where = _sentence("Tailwind Freight said most of this went to new tractors, followed by trailers and telematics.")
    assert S.type_score(q, amount, q.text) == 0.0
    assert S.type_score(q, where, q.text) > 0.0


def test_who_does_a_thing_needs_the_doers_named_by_that_verb():
    q = Q.read_question("Who buys industrial heat pumps?")[0]
    sales = _sentence("Sales of industrial heat pumps, mostly units above 1 MW sold with their own controls, were the "
                      "fastest-growing part of the market in 2024.")
    buyers = _sentence("Buyers are food processors, paper mills, chemical plants and, increasingly, district heating "
                       "utilities.")
    assert S.type_score(q, sales, q.text) == 0.0
    assert S.type_score(q, buyers, q.text) > 0.0


# -- 1b. one figure per place: each figure is its own place's

PER_PLACE = ("3. Installed prices\nHeat pumps are still dear. For a typical terraced house, we estimate the installed cost\n"
             "of a ground-source unit, before any grant, at EUR 31,000 in Austria, EUR 24,500 in Belgium and GBP\n"
             "19,800 in the United Kingdom, against about EUR 8,000 for a new oil boiler in Austria.\n")
SCOOTER_META = DocMeta(doc_id="dhp", doc="heat_pump_note_2025", source="/r/heat_pump_note_2025.pdf",
                       title="Ground-source Heat Pumps: Prices, 2024")  # fmt: skip


def test_a_line_wrapped_between_a_currency_and_its_amount_is_one_sentence():
    from assistant.text.sentences import sentence_spans
    spans = [PER_PLACE[a:b] for a, b in sentence_spans(PER_PLACE, split_lines=False)]
    assert any("GBP\n19,800 in the United Kingdom" in s for s in spans), spans


def test_each_figure_of_a_sentence_of_places_is_its_own_places():
    q = "Before any grant, what does a ground-source heat pump cost to install in a terraced house in Belgium?"
    text = _shown(q, PER_PLACE, SCOOTER_META)
    assert text.startswith("EUR 24,500"), text


def test_what_a_thing_cost_is_its_price_and_two_years_compared_lead_with_no_one_figure():
    page = ("The average price of a standard two-tonne cargo drone fell from about $410,000 in 2023 to about $355,000 "
            "in 2024, and tenders in Japan closed below $300,000 late in the year.\n")
    q = "What did a standard two-tonne cargo drone cost in 2024 compared with 2023?"
    assert Q.question_kind(q) == "amount"
    text = _shown(q, page, NOTE)
    # the price answers what one drone cost; the quote gives both years, no single figure is put first for both
    assert text.startswith("From "), text
    assert "$355,000" in text and "$410,000" in text


def test_a_part_about_it_is_unanswered_when_the_part_naming_it_is():
    page = ("Port cranes\n\nSmaller makers together held 30% of port crane orders in 2024, up from 26% in 2023.\n\n"
            "Orders for port cranes rose 8% in 2024.\n")
    q = "Which maker was the second-largest supplier of port cranes in 2024, and what share of orders did it have?"
    ex = ask_one_page(q, page, NOTE)
    assert ex.picks[0] is None
    assert ex.picks[1] is None, ex.picks[1].candidate.text


def test_a_sentence_naming_the_asked_place_among_others_is_in_scope():
    q = "How much ground-source capacity was installed in France in 2024?"
    several = _sentence("Installers added 410 MW in Germany, 260 MW in France and 180 MW in the United Kingdom in 2024.")
    assert not G.scope_conflict(q, several)
    # "for us" is no place: a worldwide sentence stays another scope than the one asked
    ours = _sentence("Worldwide, the year was hard for us, and 12 GW of ground-source capacity was installed in 2024.")
    assert G.scope_conflict("How much ground-source capacity was installed in the US in 2024?", ours)


def test_a_count_predicate_is_read_up_to_its_clause_end_not_into_a_name_with_a_digit():
    sentence = ("Of the roughly 90 million adults with group cover, we estimate that about 21 million had coverage for a "
                "CGRP-2 blocker at the end of 2024, usually with prior approval.")
    v = _verdicts("How many adults were on a CGRP-2 blocker at the end of 2024?", sentence)
    assert v["21 million"] == T.OTHER, v  # having coverage for it is not being on it
