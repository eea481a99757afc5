"""extract: the answer type asked and what may answer it (shares, lists, header lines), and anaphoric quotes.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as S
from assistant.answer import gates as G
from assistant.answer import shown as W
from assistant.answer import pickers as P
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dkiln", doc="kiln_review_2025", source="/r/kiln_review_2025.md",
               title="Electric Kilns: 2025 Review")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def test_a_share_does_not_answer_how_much_unless_a_share_is_asked():
    page = "Kiln recycling took 27% of the sector's revenue in 2025.\n"
    assert not _ask("How much kiln recycling capacity did the sector add in 2025?", page).answered
    assert _ask("What share of the sector's revenue did kiln recycling take in 2025?", page).answered
    assert _ask("How much of the sector's revenue came from kiln recycling in 2025?", page).answered
    page = "The sector added 3,100 tonnes of kiln recycling capacity in 2025, 27% more than in 2024.\n"
    assert _ask("How much kiln recycling capacity did the sector add in 2025?", page).answered


def test_a_list_without_figures_never_answers_how_much():
    page = "Glazeworks sells through three channels:\n\n- studios\n- schools, 40% of sales\n- online shops\n"
    c = [c for c in C.page_candidates(page) if c.kind == "list"][0]
    asked = Q.read_question("What percentage of Glazeworks' sales came from schools?")[0]
    assert S.type_score(asked, c, asked.text) > 0  # an item states a figure
    page = "Glazeworks sells through three channels in 2024:\n\n- studios\n- schools\n- online shops\n"
    c = [c for c in C.page_candidates(page) if c.kind == "list"][0]
    assert S.type_score(asked, c, asked.text) == 0.0


def test_quoted_defined_terms_are_no_list():
    s = 'Glazeworks Ltd. ("Glazeworks," the "Company," "we," "us" or "our") makes electric kilns.'
    assert C._aside_items(s) == ()
    assert C._aside_items("Three makers (Glazeworks, Kilnco and Firebrick) sell most kilns.") == ("Glazeworks", "Kilnco", "Firebrick")


def test_a_line_of_dates_and_units_is_never_an_answer():
    assert S.header_only("(Unaudited) June 30, 2026 Dec. 31, 2025 (In millions)")
    assert not S.header_only("Long-term debt rose to $1.2 billion at June 30, 2026.")
    page = "(Unaudited) June 30, 2026 Dec. 31, 2025 (In millions)\n"
    assert not _ask("What debt did Glazeworks issue in the first half of 2026?", page).answered
    page = "Balance sheets\n(Unaudited) June 30, 2026 Dec. 31, 2025\n(In millions)\nLong-term debt 1,250 980\n"
    rows = [c for c in C.page_candidates(page) if c.kind == "row"]
    assert any(S.header_only(c.text) for c in rows)  # the head line read as a row is no answer either


def test_a_sentence_referring_back_is_shown_with_the_sentence_it_refers_to():
    page = ("Glazeworks' gross margin rose to 41.2% in 2024 from 40.1% in 2023. The increase reflected lower "
            "brick costs and fewer discounts, partly offset by higher freight.\n")
    c = next(c for c in C.page_candidates(page) if c.kind == "sentence" and c.text.startswith("The increase"))
    assert page[W._antecedent(c, page) :].startswith("Glazeworks' gross margin rose")
    asked = Q.read_question("Why did Glazeworks' gross margin rise in 2024?")[0]
    ex = X.Extraction("q", [asked], [G.Scored(c, 0.9)], [None], [[]])
    text, cites, _ = R.render(ex, lambda d, p: page)
    assert "“Glazeworks' gross margin rose to 41.2% in 2024 from 40.1% in 2023. The increase reflected" in text
    assert cites[0].quote.startswith("Glazeworks' gross margin rose") and cites[0].quote.endswith("higher freight.")
    other = next(c for c in C.page_candidates(page) if c.kind == "sentence" and c.text.startswith("Glazeworks"))
    assert W._antecedent(other, page) is None


def test_how_much_something_goes_up_asks_the_move_and_a_range_answers_it():
    (asked,) = Q.read_question("How much are kiln prices going up for 2025?")
    assert asked.kind == "amount" and asked.unit == "change"
    page = "Kiln makers expect prices to rise by 10% to 15% for 2025, after a flat 2024.\n"
    ex = _ask("How much are kiln prices going up for 2025?", page)
    assert ex.picks[0] is not None
    assert R.render(ex)[0].startswith("10% to 15%")


def test_an_amount_for_the_asked_year_saying_every_word_around_it_answers_by_its_shape():
    page = "## Market size\n\nThe market was worth EUR 410 million in 2024, down from EUR 450 million in 2023.\n"
    q = "How much was the electric kiln market worth in 2024?"
    best = _ask(q, page, threshold=0.0).ranked[0][0]
    assert _ask(q, page, threshold=best.score + 0.1).picks[0] is not None  # the title says "electric kilns"
    q = "How much was the gas kiln market worth in 2024?"  # "gas" is said nowhere
    assert not P._amount_shape(Q.read_question(q)[0], best.candidate)
    q = "How much was the electric kiln market worth in 2022?"
    assert not P._amount_shape(Q.read_question(q)[0], best.candidate)


def test_a_percentage_of_a_group_saying_or_doing_something_is_its_share():
    page = "In our survey of 900 potters, 38% said they planned to buy a home kiln in 2025.\n"
    ex = _ask("What share of potters planned to buy a home kiln in 2025?", page)
    assert ex.picks[0] is not None and R.render(ex)[0].startswith("38%")


def test_each_share_of_a_two_part_survey_question_is_read_from_the_one_sentence():
    page = "In our survey of 900 potters, 38% said they planned to buy a home kiln in 2025, and 12% said they had already bought one.\n"
    ex = _ask("What share of potters planned to buy a home kiln in 2025, and what share had already bought one?", page)
    assert all(p is not None for p in ex.picks) and not ex.partial
    text = R.render(ex)[0]
    assert text.startswith("38%") and "12%, from the same passage" in text


def test_what_the_report_expects_is_not_answered_by_a_company_expectation_it_quotes():
    q = "Does the review expect electric kilns to outsell gas kilns by 2027?"
    ex = _ask(q, "We expect electric kilns to outsell gas kilns by 2027, helped by cheaper power.\n")
    assert ex.verdicts == ["Yes"]
    ex = _ask(q, "Glazeworks expects electric kilns to outsell gas kilns by 2027.\n")
    assert ex.verdicts == [None]


def test_the_amount_shape_needs_the_asked_measure_in_the_figures_own_clause():
    page = "Glazeworks' revenue was $120 million in 2024, and it spent heavily on marketing.\n"
    (asked,) = Q.read_question("How much did Glazeworks spend on marketing in 2024?")
    c = next(c for c in C.page_candidates(page, meta=META) if c.kind == "sentence")
    assert not P._amount_shape(asked, c)


def test_a_growth_asked_is_answered_by_a_percentage():
    page = "The review expects kiln shipments to grow by 3% to 5% a year through 2027.\n"
    assert _ask("What growth does the review expect for kiln shipments through 2027?", page).answered


def test_one_places_cause_is_no_shape_for_the_markets_move():
    page = "Spain was the fastest-growing kiln market, with sales up 30% in 2024, helped by school building.\n"
    (asked,) = Q.read_question("Why did kiln sales grow in 2024?")
    c = next(c for c in C.page_candidates(page, meta=META) if c.kind == "sentence")
    assert not P._explains_shape(asked, c)


def test_a_figure_dated_to_another_half_year_is_not_the_asked_years():
    page = "Studios took delivery of 4,800 kilns in the first half of 2025, against 8,100 in the whole of 2024.\n"
    ex = _ask("How many kilns were delivered in 2024?", page)
    assert ex.picks[0] is not None and R.render(ex)[0].startswith("8,100")


def test_a_range_is_shown_whichever_end_is_picked():
    page = "We expect deliveries of 9,500 to 10,500 electric kilns in 2025.\n"
    ex = _ask("How many electric kilns does the review expect to be delivered in 2025?", page)
    assert R.render(ex)[0].startswith("9,500 to 10,500")


def test_a_year_before_to_is_no_lower_end_of_a_range():
    page = "Kiln sales fell for a second year in 2024, to 2.1 million units from 2.6 million in 2023.\n"
    ex = _ask("How many kilns were sold in 2024?", page)
    assert R.render(ex)[0].startswith("2.1 million units")


# -- session 9: "what was X worth" asks money; "what portion / slice" a percentage; a first part keeps its own measure

WORTH = """# Electric Kilns: 2025 Review

## 1. Market

Studios kept buying kilns in 2025 even as clay prices softened. We estimate that the global electric-kiln market -
studio, school and industrial kilns, plus the controllers and service contracts sold with them - reached $2.4
billion in 2025, an increase of 8.2% on the $2.2 billion we estimate for 2024.

North America remained the largest region, at $0.9 billion or 37% of the global total.
"""


def test_what_was_it_worth_asks_an_amount_of_money_and_a_portion_a_percentage():
    first, second = Q.read_question("What was the global electric-kiln market worth in 2025, and what growth rate did "
                                    "that represent over the previous year?")  # fmt: skip
    assert (first.kind, first.unit) == ("amount", "money") and (second.kind, second.unit) == ("amount", "percent")
    (part,) = Q.read_question("What portion of global kiln spending went to North America in 2025?")
    assert part.unit == "percent"
    (part,) = Q.read_question("What slice of the global kiln market does North America hold?")
    assert part.unit == "percent"


def test_a_first_part_is_not_held_to_the_measure_a_later_part_asks():
    q = "What was the global electric-kiln market worth in 2025, and what growth rate did that represent?"
    ex = _ask(q, WORTH)
    shown = [W.answer_figure(a, p.candidate) if p is not None else None for a, p in zip(ex.parts, ex.picks)]
    assert shown[0] == "$2.4 billion (2025)"
    assert shown[1] is not None and shown[1].startswith("8.2%")


# -- session 9: an initialism said in full, a production rate, the question's own numbers, "since" a date

KILN_RULES = """# Electric Kilns: 2025 Review

## 4. Regulation

Northwind Kilns' K40 output remained capped by the US Consumer Product Safety Commission at 120 units a week until
March 2025, when the agency allowed an increase to 180 a week after reviewing the company's new interlocks.
"""


def test_an_initialism_asked_is_said_by_the_name_in_full():
    assert "cpsc" in S.initialisms("capped by the US Consumer Product Safety Commission at 120 units")
    assert "bis" in S.initialisms("the Bank for International Settlements said")
    assert not S.initialisms("Kilns sold well in 2025.")


def test_a_production_rate_is_no_percentage_and_the_questions_own_number_no_answer():
    q = "What weekly K40 production rate has the CPSC allowed Northwind Kilns since March 2025?"
    (part,) = Q.read_question(q)
    assert (part.kind, part.unit) == ("amount", "")
    ex = _ask(q, KILN_RULES)
    shown = [W.answer_figure(a, p.candidate) if p is not None else None for a, p in zip(ex.parts, ex.picks)]
    assert shown == ["180"]  # not the model's "40", nor the cap "until March 2025"


def _sentence(text: str) -> C.Candidate:
    page = f"# Electric Kilns: 2025 Review\n\n## 5. Capex\n\n{text}\n"
    return next(c for c in C.page_candidates(page, doc_id=META.doc_id, doc=META.doc, page_no=1, meta=META)
                if c.kind == "sentence")  # fmt: skip


def test_the_whole_after_a_share_is_no_amount_of_the_part():
    said = ("Northwind does not report kiln capex separately; we estimate that about 12% of its group capex of $4.2 "
            "billion in 2025 went to kilns, or $0.5 billion, against $0.4 billion a year earlier.")
    (part,) = Q.read_question("How much did Northwind spend on kilns in 2025?")
    assert W.answer_figure(part, _sentence(said)) == "$0.5 billion"
    (whole,) = Q.read_question("What was Northwind's group capex in 2025?")
    assert W.answer_figure(whole, _sentence(said)).startswith("$4.2 billion")
    only_share = "We estimate that about 12% of Northwind's group capex of $4.2 billion in 2025 went to kilns."
    assert W.answer_figure(part, _sentence(only_share)) is None


def test_sales_answer_a_revenue_question():
    page = ("# Electric Kilns: 2025 Review\n\n## 2. Regions\n\nNorth America generated $0.9 billion of kiln sales in "
            "2025, 37% of the world total, because studio pottery is most popular there.\n")
    ex = _ask("What proportion of global kiln revenue came from North America in 2025?", page)
    shown = [W.answer_figure(a, p.candidate) if p is not None else None for a, p in zip(ex.parts, ex.picks)]
    assert shown == ["37%"]


ASIDE = """# Electric Kilns: 2025 Review

## 1. Market

We estimate that the global kiln market - studio kilns, school kilns, kiln controllers and service contracts - reached
$2.4 billion in 2025, an increase of 8.2% on 2024.
"""


def test_a_part_named_only_in_an_aside_enumeration_does_not_get_the_wholes_figure():
    ex = _ask("How large was the kiln controller market globally in 2025?", ASIDE)
    assert not any(p is not None and W.answer_figure(a, p.candidate) for a, p in zip(ex.parts, ex.picks))
    ex = _ask("How large was the global kiln market in 2025?", ASIDE)
    assert [W.answer_figure(a, p.candidate) for a, p in zip(ex.parts, ex.picks) if p is not None] == ["$2.4 billion (2025)"]
