"""The extractive answerer's general rules for classes of failure seen on industry articles (answer/extract.py):
Markdown pipe tables, relative second parts, the scope a question asks for, reasons, "which <kind>" lists.

Every report sentence below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

import re

import numpy as np

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as S
from assistant.answer import gates as G
from assistant.answer import shown as W
from assistant.answer import pickers as P
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Answer, Chunk, DocMeta, Hit
from one_page import ask_one_page

META = DocMeta(doc_id="dfloor", doc="floor_robots_2025", source="/r/floor_robots_2025.md",
               title="Floor Robots Review 2025")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


PIPE = """## Vendors

Revenue of the largest floor-robot makers, in millions of dollars:

| Company | 2023 | 2024 |
|---|---|---|
| Contoso Cleanbots | 410 | 385 |
| Fabrikam Sweep | 120 | 160 |

Fabrikam Sweep gained share in hospitals.
"""


def test_markdown_pipe_table_rows_take_their_column_years():
    rows = [c for c in C.page_candidates(PIPE) if c.kind == "row"]
    assert [c.text for c in rows] == ["Contoso Cleanbots: 2023 410, 2024 385", "Fabrikam Sweep: 2023 120, 2024 160"]
    assert all(c.years == {2023, 2024} for c in rows)
    assert PIPE[rows[0].start : rows[0].end] == "| Contoso Cleanbots | 410 | 385 |"


def test_a_pipe_table_head_is_no_row():
    assert C._row_label_values("| Company | 2023 | 2024 |") is None
    assert C._row_label_values("| Contoso Cleanbots | 410 | 385 |") == ("Contoso Cleanbots", ["410", "385"])


def test_a_relative_second_part_inherits_the_measure_and_takes_the_year_before():
    for q in ("How many floor robots were sold in 2024, and how many the year before?",
              "How many floor robots were sold in 2024, and in the prior year?"):  # fmt: skip
        first, second = Q.read_question(q)
        assert first.years == {2024} and second.years == {2023}
        assert {"floor", "robots", "sold"} <= second.words and not {"before", "prior"} & second.words
        assert second.kind == "amount" and second.unit == first.unit


def test_a_relative_second_part_is_answered_from_the_sentence_stating_both_years():
    page = "Operators bought 61,000 floor robots in 2024, up from 52,000 in 2023, according to the review.\n"
    ex = _ask("How many floor robots did operators buy in 2024, and how many the year before?", page)
    assert all(p is not None for p in ex.picks)


SCOPE = """Lithium-sulphur cell shipments
In the United States, shipments of lithium-sulphur cells reached 14 GWh in 2024.
Worldwide, shipments of lithium-sulphur cells reached 52 GWh in 2024, led by Northwind Cells.
"""


def test_scopes_read_from_questions_and_sentences():
    assert S.scopes("How many cells were shipped worldwide in 2024?") == {"world"}
    assert S.scopes("In the United States, shipments reached 14 GWh.") == {"us"}
    assert S.scopes("What did Contoso install in Europe?") == {"europe"}
    assert S.scopes("Revenue is reported in U.S. dollars.") == set()  # a currency, not a place
    assert S.scopes("American Harbor Utilities raised rates.") == set()  # a name holding a place is no scope


def test_a_sentence_scoped_to_another_region_does_not_answer_a_worldwide_question():
    page = SCOPE.split("Worldwide")[0]  # only the US sentence is on the page
    ex = _ask("How many GWh of lithium-sulphur cells were shipped worldwide in 2024?", page)
    assert ex.picks == [None]
    ex = _ask("How many GWh of lithium-sulphur cells were shipped worldwide in 2024?", SCOPE)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Worldwide")
    ex = _ask("How many GWh of lithium-sulphur cells were shipped in the US in 2024?", SCOPE)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("In the United States")


def test_a_sentence_stating_no_scope_still_answers_a_scoped_question():
    page = "Shipments of lithium-sulphur cells reached 52 GWh in 2024, the review estimates.\n"
    ex = _ask("How many GWh of lithium-sulphur cells were shipped globally in 2024?", page)
    assert ex.picks[0] is not None


REASONS = """Floor robot orders
Orders for floor robots fell 9% in 2024. Two things held back orders. First, hospital budgets were frozen after the
funding round was delayed. Second, a recall of Contoso Cleanbots units made buyers wait for a fix.
Buyers by industry in 2024:
- hospitals 41%
- airports 22%
- retail 19%
"""


def test_a_counted_reason_with_its_enumerated_sentences_is_one_list():
    lists = [c for c in C.page_candidates(REASONS) if c.kind == "list" and c.text.startswith("Two things")]
    assert len(lists) == 1 and [i.split(",")[0] for i in lists[0].items] == ["First", "Second"]


def test_a_reason_question_takes_the_counted_causes_not_a_list_of_shares():
    ex = _ask("Why did floor robot orders fall in 2024?", REASONS)
    # the counted causes, shown after the change they explain (session 21: a lead-in stating no figure follows it)
    shown = [ex.picks[0].candidate.text, *(s.candidate.text for s in ex.others[0])] if ex.picks[0] is not None else []
    assert "Two things held back orders." in shown and not any(t.startswith("Buyers by industry") for t in shown)


def test_a_list_or_sentence_stating_no_cause_does_not_answer_why():
    page = REASONS.split("Two things")[0] + "\n" + REASONS.split("fix.\n")[1]
    ex = _ask("Why did floor robot orders fall in 2024?", page)
    assert ex.picks == [None]
    ex = _ask("What drove the fall in floor robot orders?", "Floor robot orders fell 9% in 2024 because hospital "
              "budgets were frozen.\n")  # fmt: skip
    assert ex.picks[0] is not None


KINDS = """Floor robot buyers

Installations by country in 2024:

- China 14,200 units
- Japan 6,100 units
- Germany 3,900 units

Hospitals bought more than any other customer.

Installations by customer industry in 2024:


- hospitals 41%
- airports 22%
- retail 19%
"""


def test_asked_kind():
    assert S.asked_kind("Which customer industries bought the most floor robots?") == "industr"
    assert S.asked_kind("Which countries installed the most floor robots?") == "countr"
    assert S.asked_kind("Which companies supply floor robots?") is None  # names: checked otherwise
    assert S.asked_kind("What was revenue in 2024?") is None


def test_a_which_kind_question_takes_the_list_of_that_kind():
    ex = _ask("Which customer industries bought floor robots in 2024?", KINDS)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Installations by customer industry")
    ex = _ask("Which regions bought floor robots in 2024?", KINDS)  # its items are places
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Installations by country")


def test_a_list_of_another_kind_does_not_answer_a_which_kind_question():
    ex = _ask("Which customer industries bought floor robots in 2024?", KINDS.split("Installations by customer")[0])
    assert all(p is None or p.candidate.kind != "list" for p in ex.picks)


def test_a_list_of_places_is_about_countries_when_its_items_are_places():
    page = "Floor robots were installed mostly in:\n- China\n- Japan\n- Germany\n"
    assert S._about_kind("Which countries installed the most floor robots?", C.page_candidates(page)[0])


def test_a_pipe_table_total_row_does_not_answer_for_another_row_named_in_the_question():
    page = ("Floor robot revenue by segment\n\n| Segment | 2023 | 2024 |\n|---|---|---|\n| Hospital fleets | 80 | 95 |\n"
            "| Total revenue | 410 | 385 |\n")  # fmt: skip
    rows = [c for c in C.page_candidates(page) if c.kind == "row"]
    hospital = Q.read_question("What was hospital fleets revenue in 2024?")[0]
    total = Q.read_question("What was total revenue in 2024?")[0]
    assert G._names_another_row(hospital, rows[1]) and not G._names_another_row(hospital, rows[0])
    assert not G._names_another_row(total, rows[1])


def test_a_combined_figure_of_the_rows_named_may_come_from_the_total_row():
    page = ("Floor robot revenue by vendor\n\n(US$ millions)\n\n| Vendor | 2023 | 2024 |\n|---|---|---|\n| Contoso Cleanbots | 410 | 385 |\n"
            "| Fabrikam Sweep | 120 | 160 |\n| Total | 530 | 545 |\n")  # fmt: skip
    ex = _ask("What was the combined 2024 revenue of Contoso Cleanbots and Fabrikam Sweep?", page)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Total:")


def test_a_list_of_the_main_buyers_is_no_reason():
    page = ("Floor robots\n\nBy customer industry, the main buyers in 2024 were:\n\n- hospitals, 41%\n- airports, 22%\n"
            "- retail, 19%\n")  # fmt: skip
    ex = _ask("Why are hospitals buying floor robots?", page)
    assert ex.picks == [None]
    ex = _ask("Which customer industries bought the most floor robots in 2024?", page)
    assert ex.picks[0] is not None and ex.picks[0].candidate.kind == "list"


def test_a_sentence_about_another_kind_does_not_answer_a_which_kind_question():
    page = "Floor robots\n\nChina remained the largest market for floor robots in 2024, with 14,200 units.\n"
    ex = _ask("Which customer industries bought the most floor robots in 2024?", page)
    assert ex.picks == [None]


def test_a_global_sentence_says_worldwide():
    asked = Q.read_question("How much lithium-sulphur capacity was added worldwide in 2024?")[0]
    said = C.page_candidates("Global additions of lithium-sulphur capacity reached 52 GWh in 2024.\n")[0]
    unsaid = C.page_candidates("Additions of lithium-sulphur capacity reached 52 GWh in 2024.\n")[0]
    assert "worldwide" in asked.words and S.overlap_score(asked, said) > S.overlap_score(asked, unsaid)


def test_a_noun_of_the_asked_verb_says_it():
    asked = Q.read_question("How much flow-battery capacity was added in 2024?")[0]
    said = C.page_candidates("Additions of flow-battery capacity reached 52 GWh in 2024.\n")[0]
    unsaid = C.page_candidates("Orders of flow-battery capacity reached 52 GWh in 2024.\n")[0]
    assert S.overlap_score(asked, said) > S.overlap_score(asked, unsaid)


def test_a_figure_after_a_figure_is_no_cause():
    asked = Q.read_question("Why did floor robot installations fall in 2024?")[0]
    c = C.page_candidates("Operators installed about 52,000 floor robots in 2024, after 61,000 in 2023.\n")[0]
    assert S.type_score(asked, c) == 0.0
    c = C.page_candidates("Installations fell after the funding round was delayed.\n")[0]
    assert S.type_score(asked, c) > 0.0


def test_a_relative_part_is_embedded_with_the_part_it_continues():
    parts = Q.read_question("How much flow-battery capacity was added worldwide in 2024, and how much the year before?")
    assert P._part_text(parts, 1) == "How much flow-battery capacity was added worldwide in 2024, how much the year before"
    assert P._part_text(parts, 0) == "How much flow-battery capacity was added worldwide in 2024"


def test_a_counted_reason_keeps_the_sentence_before_for_its_period():
    page = ("Flow batteries\nGlobal additions of flow batteries reached 52 GWh in 2024.\nTwo things pushed deployments up. "
            "First, electrolyte prices fell. Second, night-time price troughs deepened.\n")  # fmt: skip
    lst = [c for c in C.page_candidates(page) if c.kind == "list"][0]
    asked = Q.read_question("What drove flow-battery deployments in 2024?")[0]
    assert lst.prev.startswith("Global additions") and S.period_score(asked, lst) == 0.8


def test_a_table_row_does_not_answer_for_a_measure_its_table_does_not_give():
    # the table gives revenue; operating profit is asked and nowhere stated: no answer from the revenue row
    page = ("## Operators\n\nTable 3. Revenue by operator (US$ millions)\n\n| Operator | 2023 | 2024 |\n|---|---|---|\n"
            "| Northwind Orbital | 310 | 455 |\n| Tailspin Space | 95 | 120 |\n")  # fmt: skip
    asked = _ask("What operating profit did Northwind Orbital make in 2024?", page)
    assert not asked.answered
    revenue = _ask("What revenue did Northwind Orbital make in 2024?", page)
    assert revenue.answered and revenue.picks[0].candidate.text.startswith("Northwind Orbital:")


# ---- session 4: attributed claims, announced lists, rankings, asides, other words, partial answers, business ----

FILING = DocMeta(doc_id="dcont", doc="CONTOSO_2023_10K", source="/r/CONTOSO_2023_10K.pdf", title="Contoso 10-K",
                 company="Contoso", doc_type="10-K", fiscal_year=2023)  # fmt: skip


def _ask_filing(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, FILING, threshold)


def test_attributed_to_names_the_source_of_a_claim_not_the_reports_own_voice():
    assert G.attributed_to("Tailspin has said that its floor-robot unit became profitable in 2024.") == "Tailspin"
    assert G.attributed_to("In May 2024, Fabrikam said its backlog had doubled.") == "Fabrikam"
    assert G.attributed_to("According to Northwind, the plant runs at full capacity.") == "Northwind"
    assert G.attributed_to("The plant runs at full capacity, Northwind said.") == "Northwind"
    assert G.attributed_to("Fabrikam, the largest operator, says that its network is profitable.") == "Fabrikam"
    assert G.attributed_to("Contoso's chief executive claims the unit is already profitable.") == "Contoso's chief executive"
    assert G.attributed_to("Management believes that liquidity is sufficient.", filing=True) is None  # the filer's own
    assert G.attributed_to("Contoso expects its margin to return above 12% by 2026.") == "Contoso"
    assert G.attributed_to("Contoso expects its margin to return above 12% by 2026.", filing=True) == "Contoso"
    for own in ("We estimate that the market grew 12% in 2024.", "We expect the margin to widen in 2026.",
                "Fabrikam reported revenue of $2.7 billion for fiscal 2024.", "The review expects that demand will recover.",
                "Northwind Sweep turned profitable in 2024."):  # fmt: skip
        assert G.attributed_to(own) is None, own


def test_a_claim_attributed_to_a_company_gets_no_verdict_and_is_shown_as_attributed():
    page = "Results\nTailspin has said that its floor-robot unit became profitable in 2024.\n"
    ex = _ask("Is Tailspin's floor-robot unit profitable?", page)
    assert ex.picks[0] is not None and ex.verdicts == [None] and ex.without_verdict
    text, _, _ = R.render(ex)
    assert text.startswith("The reports do not state this themselves; they attribute it to Tailspin:")
    assert not text.startswith("Yes")


ANNOUNCED = """Pricing

Makers have priced their floor-robot service plans in one of two ways. Some charge a monthly fee of $900 per robot
with repairs included. Others sell the robot outright and bill each repair separately.

Outlook

The plan rests on three changes:

It closes two plants. It moves packing to Ohio. It cuts the product range by a third.
"""


def test_a_lead_in_announcing_what_follows_keeps_the_sentences_that_give_it():
    lists = {c.text: c.items for c in C.page_candidates(ANNOUNCED) if c.kind == "list"}
    assert lists["Makers have priced their floor-robot service plans in one of two ways."][0].startswith("Some charge")
    assert len(lists["The plan rests on three changes:"]) == 3  # the lead-in ends its paragraph: the next one gives it
    lone = [c for c in C.page_candidates(ANNOUNCED) if c.kind == "sentence" and c.text.endswith("two ways.")]
    assert lone == []  # the lead-in alone says nothing and is never quoted alone
    ex = _ask("How do makers price floor-robot service plans?", ANNOUNCED)
    text, _, _ = R.render(ex)
    assert "Some charge a monthly fee" in text and "Others sell the robot outright" in text


RANKING = """Regional markets
China remained the largest market for floor robots in 2024, with about 90,000 units. Japan followed with 21,000,
ahead of Germany (15,000) and Korea (12,000).
Brazil was the fastest-growing market, with installations up about 50%, helped by hospital building programmes.
"""


def test_a_ranking_over_two_sentences_is_one_candidate():
    joined = [c for c in C.page_candidates(RANKING) if c.text.startswith("China") and "Japan followed" in c.text]
    assert len(joined) == 1
    ex = _ask("Which countries bought the most floor robots in 2024?", RANKING)
    assert ex.picks[0] is not None and "Japan followed" in ex.picks[0].candidate.text


def test_a_superlative_question_is_not_answered_by_a_ranking_by_another_measure():
    ex = _ask("Which floor-robot market grew fastest, and what helped it?", RANKING)
    assert all(p is not None and p.candidate.text.startswith("Brazil") for p in ex.picks)
    assert ex.parts[1].kind == "reason"


def test_a_which_places_superlative_needs_a_place_the_question_does_not_name():
    page = ("Regional markets\nOutside Europe, Contoso Sweep sold floor robots in more than 40 countries by the end "
            "of 2024.\n")  # fmt: skip
    q = "In which countries outside Europe has Contoso Sweep been signing up customers fastest?"
    assert Q.question_kind(q) == "list" and Q.read_question(q)[0].entities == {"contoso", "sweep"}
    assert _ask(q, page).picks == [None]
    page += "Since 2023 Contoso Sweep has signed up customers fastest in Brazil, Mexico and Chile.\n"
    ex = _ask(q, page)
    assert ex.picks[0] is not None and "Brazil" in ex.picks[0].candidate.text
    assert S.places("Brazil, Mexico and the United States") == {"brazil", "mexico", "us"}


def test_an_enumeration_in_a_dashed_aside_or_parentheses_is_a_list():
    assert C._aside_items("Cell makers - Contoso, Fabrikam, Tailspin and Northwind - produce the cells.") == (
        "Contoso", "Fabrikam", "Tailspin", "Northwind")
    assert C._aside_items("Three customers (Contoso, Fabrikam and Tailspin) took 60% of sales.") == (
        "Contoso", "Fabrikam", "Tailspin")
    assert C._aside_items("Japan followed, ahead of Germany (15,000) and Korea (12,000).") == ()
    page = "Supply chain\nCell makers - Contoso Cells, Fabrikam Energy, Tailspin and Northwind - produce the cells that floor robots use.\n"
    ex = _ask("Who supplies the cells used in floor robots?", page)
    assert ex.picks[0] is not None and ex.picks[0].candidate.kind == "list"
    assert len(ex.picks[0].candidate.items) == 4


OTHER_WORDS = """Results
Northwind Storage, whose fiscal year ends in June, reported revenue of $1.9 billion for fiscal 2024 and its first full
year of positive net income.
Tailspin Grid reported a net loss of $40 million for fiscal 2024.
We see handheld scanners as a complement to fixed gate readers rather than a substitute, since a handheld reads a
tenth as many tags.
"""


def test_a_yes_no_question_answered_in_other_words():
    assert _ask("Did Northwind Storage make a profit in fiscal 2024?", OTHER_WORDS).verdicts == ["Yes"]
    assert _ask("Was Tailspin Grid profitable in fiscal 2024?", OTHER_WORDS).verdicts == ["No"]
    assert _ask("Could handheld scanners replace fixed gate readers?", OTHER_WORDS).verdicts == ["No"]
    assert _ask("Could cheap wireless radio scanners replace readers?", OTHER_WORDS).verdicts == ["No"]  # a modal asks


def test_a_question_answered_only_in_part_is_quoted_without_being_presented_as_the_answer():
    page = "Outlook\nSales of floor robots reached $2.1 billion in 2024, up from $1.7 billion in 2023.\n"
    ex = _ask("Which hospitals bought floor robots first, and how much were sales of floor robots in 2024?", page)
    assert ex.picks[0] is None and ex.picks[1] is not None and ex.partial
    text, _, _ = R.render(ex)
    assert text.startswith(R.PARTIAL_TEXT) and "Not in the indexed reports: Which hospitals" in text
    assert R.to_answer(ex, Answer(question="q", text="")).mode == "fallback"
    # the quote is the evidence found, not a checked answer: no part's figure leads it
    assert "$2.1 billion, from" not in text and "From " in text
    assert "“Sales of floor robots reached $2.1 billion in 2024, up from $1.7 billion in 2023.”" in text


def test_a_partial_answer_claims_no_figure_for_any_part():
    page = ("Deliveries\nSince the programme began, we have delivered 940 Ridgeline trucks to fleet customers.\n"
            "The first 940 trucks include 610 Ridgeline 4 models and 330 Ridgeline 6 models.\n")
    q = "How many Ridgeline trucks did it deliver in 2025, how many of them went to export customers, and which hospitals bought them?"
    ex = _ask(q, page)
    text, _, _ = R.render(ex)
    assert ex.partial and text.startswith(R.PARTIAL_TEXT), text
    lines = text.splitlines()
    assert any(ln.startswith("“") for ln in lines), text  # the evidence is quoted
    assert not any(re.match(r"^[\d$][\d,.]*\b.*, from ", ln) for ln in lines), text
    assert not any(", from the same passage" in ln for ln in lines), text


def test_a_part_answered_by_another_parts_quote_is_not_declined():
    # the report names the two places apart: one part each, and the one sentence giving both reasons answers both
    page = "Regional markets\nAmong the countries, Brazil took 40% of installations and Chile 30%, Brazil because " \
           "hospitals were built, Chile because mines automated.\n"
    ex = _ask("Why do Brazil and Chile account for most installations?", page)
    assert len(ex.parts) == 2 and all(p is not None for p in ex.picks) and not ex.partial
    # the report writes the pair together ("Brazil and Chile together"): one scope, one part, answered by that sentence
    page = "Regional markets\nBrazil and Chile together took 70% of installations, Brazil because hospitals were built, " \
           "Chile because mines automated.\n"
    ex = _ask("Why do Brazil and Chile account for most installations?", page)
    assert len(ex.parts) == 1 and all(p is not None for p in ex.picks) and not ex.partial


def test_a_metric_after_what_asks_an_amount_not_a_list():
    parts = Q.read_question("Which drugs face generic competition next, and what US generic sales does the report "
                            "expect for 2025?")  # fmt: skip
    assert [p.kind for p in parts] == ["list", "amount"] and parts[1].years == {2025}


BUSINESS = """Item 1. Business
General
The industry in which we operate is highly competitive, and pricing pressure from large customers continued in 2023.
Contoso, Inc. is a diversified specialty chemicals company that makes coatings, adhesives and sealants for builders.
We sell our products in more than 90 countries through distributors and our own sales force.
"""


def test_what_industry_or_what_the_company_does_is_answered_by_its_business_description():
    for q in ("What industry does Contoso operate in?", "What does Contoso do?", "What is Contoso's main business?"):
        assert Q.question_kind(q) == "business", q
        ex = _ask_filing(q, BUSINESS)
        assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Contoso, Inc. is a"), q
    assert Q.question_kind("What does Contoso plan to do with its cash?") != "business"
    page = BUSINESS.replace("Contoso, Inc. is a diversified specialty chemicals company that makes coatings, adhesives "
                            "and sealants for builders.\n", "")  # fmt: skip
    ex = _ask_filing("What industry does Contoso operate in?", page.replace("We sell", "Prices rose for"))
    assert ex.picks == [None]  # a sentence on the topic that describes no business is no answer


def test_a_range_is_the_figure_both_ends_and_a_second_part_gets_its_own_figure():
    page = "Outlook\nWe expect sales of floor robots of $2.4 billion to $2.6 billion in 2025, after $2.1 billion in 2024 and $1.7 billion in 2023.\n"
    ex = _ask("What sales of floor robots does the review expect for 2025?", page)
    assert R.render(ex)[0].splitlines()[0].startswith("$2.4 billion to $2.6 billion (2025), from")
    ex = _ask("What were sales of floor robots in 2024, and in 2023?", page)
    text = R.render(ex)[0]
    assert "$2.1 billion (2024)" in text and "$1.7 billion (2023), from the same passage [1]." in text


def test_a_legal_form_sentence_is_no_business_description():
    page = BUSINESS.replace("The industry in which", "Contoso plc is a public limited company incorporated under the "
                            "laws of Jersey. The industry in which")  # fmt: skip
    ex = _ask_filing("What industry does Contoso operate in?", page)
    assert ex.picks[0].candidate.text.startswith("Contoso, Inc. is a diversified")


def test_a_second_parts_figure_is_shown_only_when_tied_to_its_period():
    page = "Outlook\nOperators installed 170 GWh of floor-robot batteries in 2024, up from about 95 GWh a year before.\n"
    ex = _ask("How many GWh of floor-robot batteries were installed in 2024, and how many the year before?", page)
    text = R.render(ex)[0]
    assert "170, from the same passage" not in text and "170 (2023)" not in text


RANKED = """Vendors

Table 2. Revenue by floor-robot maker, 2022-2024
US$ millions
Company 2022 2023 2024
Contoso Cleanbots 310 410 385
Fabrikam Sweep 90 120 160
Northwind Robotics 150 240 455
Tailspin Floors 60 (15) 70
Total 610 755 1,070

Northwind overtook Contoso in 2024.
"""


def test_a_which_has_the_highest_question_is_computed_from_a_tables_rows():
    ex = _ask("Which floor-robot maker had the highest revenue in 2024?", RANKED)
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.kind == "ranked"
    assert pick.candidate.text == "Northwind Robotics has the highest 2024 figure of the table's 4 rows: 455, US$ millions."
    text = R.render(ex)[0]
    assert "computed from the table's rows" in text and "- Tailspin Floors: 2022 60, 2023 (15), 2024 70 (US$ millions)" in text
    low = _ask("Which maker had the lowest revenue in 2023?", RANKED).picks[0]
    assert low.candidate.text.startswith("Tailspin Floors has the lowest 2023 figure")  # (15) is negative
    latest = _ask("Which maker had the most revenue?", RANKED).picks[0]
    assert latest.candidate.text.startswith("Northwind Robotics has the highest 2024")  # no year asked: the latest column


def test_a_table_ranking_needs_the_measure_in_its_caption_and_no_growth_question():
    assert _ask("Which maker had the highest margin in 2024?", RANKED).picks == [None]
    assert _ask("Which maker grew revenue fastest in 2024?", RANKED).picks == [None]  # Tailspin's 2023 base is a loss
    fastest = _ask("Which maker grew revenue fastest in 2023?", RANKED).picks[0]
    assert fastest.candidate.text.startswith("Northwind Robotics grew fastest of the table's 4 rows from 2022 to 2023: "
                                             "150 to 240 US$ millions, +60.0%")  # fmt: skip
    statement = """Consolidated statement of operations
US$ millions
Item 2023 2024
Revenue 900 1,000
Cost of revenue 500 600
Operating expenses 200 250
Operating income 200 150
"""
    # rows named by the measure are a statement's line items, not things to rank
    assert P.rank_rows(Q.read_question("Which segment had the highest revenue in 2024?")[0],
                       C.page_candidates(statement)) is None  # fmt: skip


def test_a_setting_before_which_keeps_the_question_kind():
    assert Q.read_question("In 2024, which maker had the highest revenue?")[0].kind in ("entity", "list")


def test_a_basis_phrase_before_the_question_word_keeps_the_question_kind():
    # session 7: any short phrase before the comma sets the basis; the question after it says what is asked
    assert Q.read_question("Measured by units, which maker's shipments grew fastest in 2025?")[0].kind == "entity"
    assert Q.read_question("Counted in dollars, which region led the market in 2025?")[0].kind == "entity"
    # the basis phrase's words are not the topic asked
    assert "measured" not in Q.read_question("Measured by units, which maker's shipments grew fastest in 2025?")[0].words


def test_a_ranking_by_growth_asked_after_a_basis_phrase_is_computed_from_the_table():
    page = ("## Output\n\nTable 3. Mined cobalt supply by country\n(kt)\nCountry 2024 2025 2026E\nCongo 170 190 200\n"
            "Indonesia 20 42 60\nAustralia 6 6 7\nPhilippines 4 5 5\nTotal 200 243 272\n")
    ex = _ask("Measured in percent, which country's mined cobalt output grew fastest in 2025?", page)
    assert ex.answered and R.render(ex)[0].count("Indonesia grew fastest") == 1


# ---- heldout3 safety classes (the lead's descriptions; sentences written here) ----


def test_a_companys_claim_gives_no_verdict_either_way():
    for q, page in (
        ("Will Tailspin get its margin back above 12% by 2026?",
         "Outlook\nTailspin says that with lower freight costs it can raise its margin back above 12% by 2026.\n"),
        ("Is Tailspin's floor unit protected from downturns?",
         "Risks\nTailspin says its floor unit is 'largely recession-resistant'; its same-store volume fell 7% nonetheless.\n"),
    ):  # fmt: skip
        ex = _ask(q, page)
        assert ex.picks[0] is not None and ex.verdicts == [None], q
        assert R.render(ex)[0].startswith("The reports do not state this themselves; they attribute it to Tailspin:")


PORTS = """Charging networks
In the United States, operators ran about 60,000 fast-charging ports at the end of 2025 and should reach 110,000 by 2030, while European operators had about 200,000 in 2025 and should reach 450,000 in 2030.
"""


def test_the_headline_figure_is_the_one_of_the_asked_place_and_period():
    ex = _ask("How many fast-charging ports does the report expect in the US by 2030?", PORTS)
    assert R.render(ex)[0].splitlines()[0].startswith("110,000 (2030), from")
    a = Q.read_question("How many fast-charging ports will Europe have in 2030?")[0]
    c = C.page_candidates("European operators had about 200,000 ports in 2025; US operators had 60,000 in 2025.")[0]
    assert W.answer_figure(a, c) is None  # no figure of the asked period: no headline


NETWORKS = """Europe
Northwind Charge runs the largest network in the region. Contoso Volt and Fabrikam Power followed, with about 4,000
ports each.

United States
Tailspin Energy runs the largest US network, with 9,000 ports.
"""


def test_a_sentence_naming_no_region_takes_its_sections_region():
    ex = _ask("After Tailspin Energy, which companies run the largest US networks?", NETWORKS)
    assert ex.picks == [None]  # the European ranking is not the US one; the US sentence names no other company
    page = NETWORKS.replace("9,000 ports.", "9,000 ports, followed by Litware Charge and Proseware Power.")
    ex = _ask("After Tailspin Energy, which companies run the largest US networks?", page)
    assert ex.picks[0] is not None and "Litware" in ex.picks[0].candidate.text
    assert G.asked_scopes("After Tailspin, which companies run the largest US networks?") == {"us"}
    assert G.asked_scopes("What is American Harbor Utilities' revenue?") == set()  # a name holding a place


GAS = """Storage
Northwind Gas runs salt-cavern storage with 3.0 billion cubic feet of working capacity.
The equipment market, defined as ground terminals plus airtime services, was worth $9.1 billion in 2023.
"""


def test_a_figure_in_another_unit_or_of_the_reports_own_period_does_not_answer():
    ex = _ask("What was Northwind Gas's storage capacity in million cubic metres at the end of 2021?", GAS)
    assert ex.picks == [None]
    ex = _ask("What was Northwind Gas's storage capacity at the end of 2021?", GAS)
    assert ex.picks == [None]  # the sentence states no year: it speaks of the 2025 report's own period
    ex = _ask("What is Northwind Gas's storage capacity?", GAS)
    assert R.render(ex)[0].startswith("3.0 billion cubic feet, from")  # the headline keeps its unit
    assert S.unit_conflict("in million cubic metres", "3.0 billion cubic feet") and not S.unit_conflict("GWh", "12 GWh")


def test_a_sum_does_not_answer_for_one_of_its_parts():
    assert _ask("How much revenue did ground terminals generate in 2023?", GAS).picks == [None]
    ex = _ask("How much was the equipment market worth in 2023?", GAS)
    assert ex.picks[0] is not None and "$9.1 billion" in R.render(ex)[0]


def test_a_yes_no_comparison_of_two_rows_is_computed_from_the_table():
    ex = _ask("Did Northwind Robotics have more revenue than Contoso Cleanbots in 2024?", RANKED)
    assert ex.verdicts == ["Yes"] and ex.picks[0].candidate.kind == "compared"
    text = R.render(ex)[0]
    assert text.startswith("Yes.") and "Northwind Robotics 455 against Contoso Cleanbots 385 in 2024" in text
    assert _ask("Did Northwind Robotics overtake Contoso Cleanbots in revenue in 2023?", RANKED).verdicts == ["No"]
    assert _ask("Was Fabrikam Sweep's revenue lower than Tailspin Floors' in 2024?", RANKED).verdicts == ["No"]


def test_a_note_that_rows_are_not_comparable_withholds_the_verdict():
    page = RANKED + "\nNorthwind Robotics' figures include service revenue and are not directly comparable.\n"
    ex = _ask("Did Northwind Robotics have more revenue than Contoso Cleanbots in 2024?", page)
    assert ex.verdicts == [None] and ex.without_verdict
    text = R.render(ex)[0]
    assert text.startswith(R.NOT_COMPARABLE_TEXT) and "- Note: Northwind Robotics' figures include" in text


def test_a_note_on_another_years_figures_does_not_withhold_the_verdict_of_the_asked_year():
    page = RANKED + "\nThe 2023 figures for Northwind Robotics were restated after it moved its service arm out.\n"
    ex = _ask("Did Northwind Robotics have more revenue than Contoso Cleanbots in 2024?", page)
    assert ex.verdicts == ["Yes"]  # the restatement is of 2023; the 2024 column is compared
    ex = _ask("Did Northwind Robotics have more revenue than Contoso Cleanbots in 2023?", page)
    assert ex.verdicts == [None] and ex.without_verdict  # the note is about the compared year: still withheld


def test_a_name_that_sounds_like_a_superlative_ranks_nothing_and_acquisitions_are_what_was_acquired():
    meta = DocMeta(doc_id="dbest", doc="BESTWIDGETS_2022_10K", source="/r/b.pdf", title="Best Widgets 10-K",
                   company="Best Widgets", doc_type="10-K", fiscal_year=2022)  # fmt: skip
    page = "Acquisitions\nIn fiscal 2022, we acquired all of the outstanding shares of Contoso Labs Ltd. and Fabrikam Tools, LLC.\n"
    c = Chunk(chunk_id="dbest:1", doc_id="dbest", doc=meta.doc, source=meta.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    ex = X.extract("What are the major acquisitions Best Widgets made in fiscal 2022?", [Hit(chunk=c, score=1.0, rank=0, meta=meta)],
                   HashEmbedder(), page_text=lambda d, p: page, threshold=0.3)  # fmt: skip
    assert ex.picks[0] is not None and "Contoso Labs" in ex.picks[0].candidate.text


SPACE = """Launch market
Contoso Orbital's Project Lumen launched two test satellites in 2023 and plans a constellation of 1,200. Its licence
from the US regulator requires half of them in orbit by 2027. Contoso Orbital has booked 40 launches from Fabrikam
Launch, Tailspin Rockets and Northwind Space, and later added two from Litware Aerospace.
Wingtip Broadband, which merged with Proseware in 2023, runs the only other constellation in service. It sells through
telecom operators. Constellation revenue was EUR 120 million in the fiscal year to June 2024, about 9% of the group total.
"""


def test_a_sentence_goes_on_about_the_subject_a_sentence_before_it_opened_with():
    ex = _ask("Which rocket providers has Contoso Orbital booked to launch Lumen?", SPACE)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Contoso Orbital has booked")
    ex = _ask("How much constellation revenue did Wingtip Broadband make in fiscal 2024?", SPACE)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Constellation revenue was EUR 120 million")
    assert C._opens_with_name("Wingtip Broadband, which merged ...", {"its", "which"})
    assert not C._opens_with_name("Its licence from the US regulator ...", {"its", "licence"})


def test_a_currency_code_before_the_figure_makes_it_money_and_leads_with_it():
    ex = _ask("How much constellation revenue did Wingtip Broadband make in fiscal 2024?", SPACE)
    assert R.render(ex)[0].startswith("EUR 120 million (2024), from")


def test_a_verdict_never_contradicts_a_side_of_a_contrast():
    page = "Results\nContoso's floor-robot revenue rose 5% in 2024, but its floor-robot margins fell.\n"
    assert _ask("Did Contoso's floor-robot revenue rise in 2024?", page).verdicts == ["Yes"]
    # the margins' own move ("margins fell") decides their question, never the revenue's "rose" (_measure_direction)
    assert _ask("Did Contoso's floor-robot margins rise in 2024?", page).verdicts == ["No"]


def test_the_unit_after_a_figure_stops_at_a_name():
    assert S._unit_after(" MW Three Mile Island Unit 1 reactor") == "MW"
    assert S._unit_after(" billion cubic feet of working capacity") == "billion cubic feet"
    assert S._unit_after(" GWh of energy capacity") == "GWh"


def test_each_part_of_a_conjoined_question_takes_its_own_companys_sentence():
    page = ("Capex plans\nNorthwind expects capital spending of $30 billion in 2025. Contoso said it expects to invest "
            "about $40 billion in capital spending in 2025, up from $28 billion in 2024. Fabrikam expects $9 billion.\n")  # fmt: skip
    ex = _ask("How much do Contoso and Northwind plan to spend on capital spending in 2025?", page)
    assert [p.candidate.text.split()[0] for p in ex.picks] == ["Contoso", "Northwind"]


def test_a_sum_phrase_does_not_hide_a_figure_whose_words_are_said_outside_it():
    text = ("We estimate Contoso's revenue at $7.7 billion in 2024; roughly a quarter came from government contracts, "
            "including the defence work for US agencies.")  # fmt: skip
    asked = Q.read_question("How much revenue did Contoso make in 2024, and how much came from government work?")[1]
    assert not S._part_of_sum(asked, text)


def test_a_number_inside_a_name_is_no_headline_figure():
    a = Q.read_question("How much power does the Contoso NVX72 rack draw?")[0]
    c = C.page_candidates("The Contoso NVX72 rack holds 72 accelerators and draws about 120 kW.")[0]
    assert W.answer_figure(a, c) == "120 kW"


def test_a_sentence_opening_with_a_region_is_scoped_to_it():
    assert S.scopes("European operators had about 200,000 ports in 2025.") == {"europe"}
    assert S.scopes("US demand for ports grew 20%.") == {"us"}
    assert S.scopes("American Harbor Utilities raised rates.") == set()
    page = "Charging\nEuropean operators added 40,000 fast-charging ports in 2024.\n"
    assert _ask("How many fast-charging ports were added in the US in 2024?", page).picks == [None]


def test_a_row_comparison_needs_the_compared_measure_in_the_tables_caption():
    assert _ask("Did Northwind Robotics ship more units than Contoso Cleanbots in 2024?", RANKED).verdicts == [None]


def test_approval_delay_and_hiring_said_in_other_words():
    page = ("Regulation\nThe regulator blocked Contoso's purchase of Fabrikam Sweep in March 2024.\n"
            "Northwind's second plant was postponed to 2026.\nTailspin announced job cuts at its floor-robot unit in 2024.\n")  # fmt: skip
    assert _ask("Was Contoso's purchase of Fabrikam Sweep approved?", page).verdicts == ["No"]
    assert _ask("Was Northwind's second plant delayed?", page).verdicts == ["Yes"]
    assert _ask("Did Tailspin hire at its floor-robot unit in 2024?", page).verdicts == ["No"]


def test_a_table_of_past_years_does_not_answer_what_the_report_expects():
    ex = _ask("What revenue growth does the review expect for floor-robot makers over the next few years?", RANKED)
    assert all(p is None or p.candidate.kind != "row" for p in ex.picks)
    assert S._stem("growth") == S._stem("grow")


def test_a_forward_looking_sentence_says_forecast():
    a = Q.read_question("How much floor-robot capacity is forecast to be added in 2025?")[0]
    c = C.page_candidates("We expect floor-robot capacity additions of 220 to 250 units in 2025.")[0]
    d = C.page_candidates("Floor-robot capacity additions were 180 units in 2024.")[0]
    assert S.overlap_score(a, c) > S.overlap_score(a, d)


def test_one_companys_sentence_is_not_about_the_whole_market():
    page = "Outlook\nTailspin has said it expects its floor-robot shipments to grow at least 50% in 2025.\nWe expect global floor-robot additions of 220 to 250 units in 2025.\n"
    a = Q.read_question("How many floor robots are forecast to be added globally in 2025?")[0]
    tail, ours = [c for c in C.page_candidates(page) if c.kind == "sentence"]
    assert S.subject_score(a, tail, names={"tailspin"}) < S.subject_score(a, ours, names={"tailspin"})


def test_a_question_about_what_a_company_expects_may_be_answered_from_its_expectation():
    page = "Outlook\nNorthwind expects to raise its floor-robot capital spending in 2025.\n"
    assert _ask("Is Northwind's floor-robot capital spending going to rise in 2025?", page).verdicts == [None]
    assert _ask("Does Northwind expect to raise its floor-robot capital spending in 2025?", page).verdicts == ["Yes"]


# ---- session 7: a table's note is its caption; a sentence's figures are not on the basis it sets aside ----

CHANNELS = """## Channel mix

Stores still take most orders, but the online channel is gaining.

| Channel | 2023 | 2025 |
|---|---|---|
| Stores | 61% | 55% |
| Online | 27% | 33% |
| Wholesale | 12% | 12% |

*Share of orders, % of total. By value rather than orders, Online's share was 38% in 2025, because online baskets are larger.*
"""


def test_a_note_under_a_table_is_its_caption():
    rows = [c for c in C.page_candidates(CHANNELS) if c.kind == "row"]
    assert rows and all("Share of orders, % of total." in c.heading for c in rows)


def test_a_share_on_the_basis_a_sentence_sets_aside_is_not_its_figure():
    ex = _ask("Counting orders rather than value, what share of orders did Online take in 2025?", CHANNELS)
    assert ex.answered
    shown = R.render(ex)[0]
    assert "33%" in shown and "38%" not in shown, shown
    # asked by value, the sentence's own basis answers
    ex = _ask("By value, what share of sales did Online take in 2025?", CHANNELS)
    assert ex.answered and "38%" in R.render(ex)[0]


REASONS_SECTION = """## 4. Why hospitals are outsourcing laundry

- **Labour is scarce.** Hospitals could not fill a fifth of their laundry posts in 2025.
- **Machines are old.** The average in-house washer-extractor is 17 years old.
- **Contracts are cheaper.** Outsourced linen cost $1.85 a pound against $2.30 in house.

## 5. Outlook

We expect outsourced volumes to grow 6% a year to 2028.
"""


def test_a_why_heading_over_bullets_answers_the_reasons_with_every_bullet():
    ex = _ask("What is driving the outsourcing of hospital laundry?", REASONS_SECTION, threshold=P.THRESHOLD)
    assert ex.answered
    pick = ex.picks[0].candidate
    assert pick.kind == "list" and len(pick.items) == 3
    shown = R.render(ex)[0]
    assert "Labour is scarce" in shown and "Contracts are cheaper" in shown


def test_a_why_heading_about_another_thing_does_not_answer():
    page = REASONS_SECTION.replace("outsourcing laundry", "buying robots")
    ex = _ask("What is driving the outsourcing of hospital laundry?", page, threshold=P.THRESHOLD)
    assert not ex.answered or ex.picks[0].candidate.kind != "list"


def test_participles_of_change_and_plural_rates_keep_the_unit_asked():
    assert Q.read_question("How much has the price of a ride risen over the past year?")[0].unit == "change"
    assert Q.read_question("How much have freight rates fallen since 2023?")[0].unit == "change"
    assert Q.read_question("What were comparable sales growth rates at its own stores in 2025?")[0].unit == "percent"


NICKEL = """## Prices

Spot nickel averaged $16,200/t in the first quarter of 2026, down 8% from $17,600/t a year earlier and far below the
$48,000/t of the fourth quarter of 2022.
"""


def test_a_quarter_of_a_year_asked_is_not_answered_by_other_quarters_figures():
    ex = _ask("How wide was the premium of contract over spot nickel in the fourth quarter of 2025, per tonne?", NICKEL,
              threshold=0.3)  # fmt: skip
    assert not ex.answered
    page = NICKEL + "\nIn the fourth quarter of 2025 contract nickel averaged $17,900/t, a premium of $700/t over spot.\n"
    ex = _ask("How wide was the premium of contract over spot nickel in the fourth quarter of 2025, per tonne?", page,
              threshold=0.3)  # fmt: skip
    assert ex.answered and "$700/t" in ex.picks[0].candidate.text


def test_how_long_asks_a_duration():
    page = ("## Grid access\n\nUtilities now hold far more requests than they can connect. Across the region, the median "
            "time from connection request to energisation for sites of 50 MW or more was 38 months in 2025, up from "
            "29 months in 2023.\n")
    asked = Q.read_question("How long does a large project wait for its grid connection?")[0]
    assert (asked.kind, asked.unit) == ("amount", "duration")
    ex = _ask("How long does a large project wait for its grid connection?", page)
    assert ex.answered and "38 months" in R.render(ex)[0]
    ex = _ask("How long does a large project wait for its grid connection?", page.replace("38 months", "38%").replace(
        "29 months", "29%"))  # fmt: skip
    assert not ex.answered


# ---- session 7: words said in other words (paraphrase) weighed by the embedder's similarity ----

class _Close:
    """A fake embedder whose texts all mean the same (cosine 1) or, with ``same=False``, nothing alike (cosine 0):
    what a sentence model says of a paraphrase, without one."""

    def __init__(self, same: bool) -> None:
        self.same, self.dim, self.name = same, 8, "close-8"

    def embed(self, texts: list[str]) -> np.ndarray:
        if self.same:
            return np.tile(np.eye(1, self.dim, 0, dtype=np.float32), (len(texts), 1))
        return np.array([np.roll(np.eye(1, self.dim, 0, dtype=np.float32)[0], i % self.dim) for i in range(len(texts))])

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(t.split()) for t in texts]


WAREHOUSES = """## Construction

Construction spending on new warehouse space reached $40 billion in 2025, up 12% on 2024, with cold-storage halls
accounting for 22% of the total and the average site sized at 90,000 square metres.
"""


def _ask_with(embedder, question: str, page: str) -> X.Extraction:
    c = Chunk(chunk_id="dfloor:1", doc_id="dfloor", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], embedder, page_text=lambda d, p: page)


def test_a_measure_said_in_other_words_answers_only_when_the_meaning_is_close():
    q = "What share of the money spent building warehouses in 2025 went into cold-storage halls?"
    ex = _ask_with(_Close(True), q, WAREHOUSES)
    assert ex.answered and R.render(ex)[0].startswith("22%"), R.render(ex)[0]
    assert not _ask_with(_Close(False), q, WAREHOUSES).answered


def test_a_share_asked_is_shown_as_a_percentage_never_another_figure():
    # the sentence's only share is the asked part's: its other figures (money, a move, a size) are never the answer
    ex = _ask("What share of warehouse construction spending went into cold-storage halls in 2025?", WAREHOUSES)
    assert ex.answered and R.render(ex)[0].startswith("22%")



def test_a_second_part_asking_only_the_move_takes_the_measure_before_and_a_change_after_its_figure():
    page = ("## Summary\n\nNorthwind Analytics estimates that installed grid battery capacity worldwide reached 212 GWh "
            "at the end of 2025, 38% more than a year earlier.\n")
    parts = Q.read_question("How much grid battery capacity was installed worldwide at the end of 2025, and how fast "
                            "did it grow?")  # fmt: skip
    assert parts[1].unit == "change" and "battery" in parts[1].words
    ex = _ask("How much grid battery capacity was installed worldwide at the end of 2025, and how fast did it grow?", page)
    assert ex.picks[0] is not None and ex.picks[1] is not None and not ex.partial
    assert W.answer_figure(parts[1], ex.picks[1].candidate).startswith("38%")


FILER = DocMeta(doc_id="dmill", doc="NORTHWINDMILLS_2025_10K", source="/r/NORTHWINDMILLS_2025_10K.pdf",
                company="Northwind Mills", doc_type="10-K", fiscal_year=2025)  # fmt: skip


def test_a_customer_named_in_the_filers_own_sentence_about_our_sales_is_the_filers_subject():
    page = ("Customers\nDuring fiscal 2025, Contoso Stores Inc. and its affiliates (Contoso) accounted for 18 percent of "
            "our consolidated net sales and 26 percent of net sales of our Retail segment. No other customer accounted "
            "for 10 percent or more of our consolidated net sales.\n")
    ex = ask_one_page("Which customer accounted for 10 percent or more of Northwind Mills' consolidated net sales in "
                      "fiscal 2025, and what share did it account for?", page, FILER, threshold=P.THRESHOLD)  # fmt: skip
    assert ex.picks[0] is not None and "Contoso Stores" in ex.picks[0].candidate.text
    # a sentence of someone else's, not about "our" sales, is still about that name
    other = "Customers\nDuring fiscal 2025, Contoso Stores Inc. opened 40 stores and closed 12.\n"
    ex = ask_one_page("Which customer accounted for 10 percent or more of Northwind Mills' consolidated net sales in "
                      "fiscal 2025?", other, FILER, threshold=P.THRESHOLD)  # fmt: skip
    assert not ex.answered


def test_up_or_down_and_by_how_much_get_the_direction_and_the_computed_change():
    page = "## Tools\n\nThe average security team ran 48 tools in 2026, down from 57 in 2024, as buyers bought platforms.\n"
    q = "Has the number of security tools the average team runs gone up or down since 2024, and by how much?"
    assert Q.read_question(q)[0].kind != "yesno"  # "up or down" is an either/or, never yes or no
    ex = _ask(q, page)
    shown = R.render(ex)[0]
    assert shown.startswith("Falling: 48 (2026), down from 57 (2024)"), shown
    assert "Down 9 (-15.8%): 48 (2026) against 57 (2024)" in shown
    # "since 2023": the sentence's earlier year is another, so no change is computed from it
    ex = _ask("Has the number of security tools gone up or down since 2023, and by how much?", page)
    assert "Down 9" not in R.render(ex)[0]


STAFFING = """## Staffing

Some 37% of clinics said they were short of staff in 2026, and filling a nurse post took 5.1 months on average, up
from 4.2 months in 2024.
"""


def test_one_sentence_answers_a_part_worded_otherwise_with_its_own_figure_never_the_other_parts():
    # the second part alone scores under the threshold: the first part's sentence holds its duration
    ex = _ask("What proportion of clinics were short of staff in 2026, and how long did recruiting a nurse take?",
              STAFFING, threshold=0.42)  # fmt: skip
    assert ex.picks[1] is not None and W.answer_figure(ex.parts[1], ex.picks[1].candidate) == "5.1 months"
    # a second share asked: the sentence's one share is the first part's, so the second is not found
    ex = _ask("What share of clinics were short of staff in 2026, and what share had closed a ward?", STAFFING,
              threshold=0.42)  # fmt: skip
    assert ex.picks[0] is not None and ex.picks[1] is None

def test_a_name_said_after_the_filers_verb_does_not_make_the_sentence_the_filers():
    page = ("Operating expenses\nSales and marketing expense increased 11% as we added account executives in Europe "
            "and held our first conference outside the United States.\n")
    (cand,) = [c for c in C.page_candidates(page, doc_id="dmill", doc=FILER.doc, meta=FILER) if c.kind == "sentence"]
    asked = Q.read_question("How much did Northwind Mills' services revenue fall in fiscal 2025?",
                            names={"northwind", "mills"}, companies={"northwind", "mills"})[0]  # fmt: skip
    assert S.subject_score(asked, cand) < 0.85  # "Europe" is named after the verb: not the sentence's subject
    walmart = ("Customers\nDuring fiscal 2025, Contoso Stores Inc. accounted for 18 percent of our consolidated net "
               "sales.\n")
    (cand,) = [c for c in C.page_candidates(walmart, doc_id="dmill", doc=FILER.doc, meta=FILER) if c.kind == "sentence"]
    assert S.subject_score(asked, cand) == 0.85


def test_a_note_on_one_row_is_not_the_tables_caption():
    page = ("## Capex\n\nCapital expenditure, cash basis (US$ billions)\nCompany 2024 2025\nContoso 28.1 44.5\n"
            "Fabrikam 32.3 52.5\nNorthwind 48.4 83.0\nNote: Contoso: purchases of equipment only; including finance "
            "leases its 2025 figure was $55.7 billion.\n")
    rows = [c for c in C.page_candidates(page) if c.kind == "row"]
    assert rows and not any("finance" in c.heading for c in rows)


# session 12 (#11, plain amounts and shares of an industry article): a caption split from "Table N." and the one year
# a caption states date a table's rows; "unit sales" asks a count; "the note" is the report's name for itself

SHARES_TABLE = """## Makers

Table 3.
Makers' shares of European floor-robot unit shipments, 2025 (% of units)

Maker Share

Contoso Cleanbots 21.4

Fabrikam Sweep 12.9

Others 65.7

Contoso gained share in hospitals.
"""


def test_a_caption_split_from_its_table_number_is_the_rows_context_and_its_one_year_dates_them():
    rows = [c for c in C.page_candidates(SHARES_TABLE) if c.kind == "row"]
    assert rows and all("shipments" in r.heading for r in rows)
    assert all(r.years == frozenset({2025}) for r in rows)
    ex = _ask("What was Fabrikam Sweep's share of European floor-robot unit shipments in 2025?", SHARES_TABLE)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Fabrikam Sweep: 12.9")
    # another year asked: the caption's year is not it
    ex = _ask("What was Fabrikam Sweep's share of European floor-robot unit shipments in 2023?", SHARES_TABLE)
    assert ex.picks[0] is None or not ex.picks[0].candidate.text.startswith("Fabrikam")


def test_unit_sales_ask_a_count_and_the_report_named_as_itself_is_no_word_to_say():
    assert Q._unit("What unit sales does the study expect for 2026?") == "count"
    assert Q._unit("What were its sales in 2026?") == "money"
    assert "note" not in Q._words("What unit sales does the note project for 2026?")
    page = ("## Outlook\n\nWe expect a slow recovery. Our base case is shipments of 1.8 million units in 2026, 4% more "
            "than in 2025, and 2.6 million units in 2028.\n")
    ex = _ask("What unit shipments does the note project for 2026, and what does it project for 2028?", page, 0.5)
    assert ex.picks[0] is not None and "1.8 million units" in (W.answer_figure(ex.parts[0], ex.picks[0].candidate) or "")


def test_a_place_named_only_as_left_out_is_not_the_subject_of_the_figure():
    page = """## Fleet by region

Table 2.
Floor robots in service by region (units, end of year)

Region 2024 2025

Europe 41,000 47,500

North America 38,200 44,900

Total (excluding Japan) 79,200 92,400

Japan is left out: its operators report robots leased from vendors together with their own.
"""
    ex = _ask("How many floor robots were in service in Japan at the end of 2025?", page, 0.3)
    assert ex.picks[0] is None or "excluding" not in ex.picks[0].candidate.text
    ex = _ask("How many floor robots were in service in Europe at the end of 2025?", page, 0.3)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Europe:")


def test_what_a_share_question_sets_aside_is_neither_its_part_nor_a_required_name():
    from assistant.answer import asked_shares

    q = "What proportion of floor-robot spending went to leased fleets rather than bought ones in 2025?"
    assert "bought" not in asked_shares.share_part(q)
    page = ("## Spending\n\nOperators spent $2.2 billion on floor robots in 2025. Leased fleets took 61% of that "
            "spending, up from 52% a year earlier.\n")
    ex = _ask("What proportion of floor-robot spending went to Leased fleets rather than Purchased ones in 2025?", page)
    assert Q.read_question("What proportion of floor-robot spending went to Leased fleets rather than Purchased "
                           "ones in 2025?", names={"purchased", "leased"})[0].entities <= {"leased"}
    assert ex.picks[0] is not None and "61%" in (W.answer_figure(ex.parts[0], ex.picks[0].candidate) or "")


def test_which_industry_a_named_company_is_in_is_answered_by_its_business_description():
    # "Which industry is X in?" asks what "What industry does X operate in?" asks; the legal-form sentence is no answer
    page = BUSINESS.replace("The industry in which", "Contoso plc is a public limited company incorporated under the "
                            "laws of Jersey. The industry in which")  # fmt: skip
    for q in ("Which industry is Contoso in?", "Which sector does Contoso mainly operate in?"):
        assert Q.question_kind(q) == "business", q
        ex = _ask_filing(q, page)
        assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Contoso, Inc. is a diversified"), q
    # a ranking of industries is no question about one company's business
    for q in ("Which industry is the biggest buyer of floor robots in?", "Which sector spent the most on robots in 2025?"):
        assert Q.question_kind(q) != "business", q
