"""Profitability yes/no questions decided by the paragraph's sentence stating the sign of a profit measure
(answer/prose_verdicts.py and its hook in answer/extract.py).

Every sentence below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

import pytest

from assistant.answer import shown as W
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_verdicts as V
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit
from one_page import ask_one_page

META = DocMeta(doc_id="dlab", doc="lab_robots_2025", source="/r/lab_robots_2025.md", title="Lab Robots Review 2025")


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def test_profitability_questions():
    for q in ("Is Litware profitable?", "Does Litware make money?", "Is Litware loss-making?", "Is Litware EBITDA-positive?"):
        assert V.asks_profit(q), q
    assert not V.asks_profit("Is Litware growing?")


def test_the_sign_of_a_profit_measure_in_the_reports_own_voice():
    assert V.profit_sign("Its adjusted EBITDA was still negative, at a loss of $9 million.") == "loss"
    assert V.profit_sign("Litware posted a net loss of $4 million in 2024.") == "loss"
    assert V.profit_sign("Operating income was positive for the first time.") == "profit"
    assert V.profit_sign("Litware turned a profit in the fourth quarter.") == "profit"
    assert V.profit_sign("Litware expects to become profitable in 2026.") is None  # a plan
    assert V.profit_sign("Litware says it is already profitable.") is None  # a claim
    assert V.profit_sign("Litware grew revenue 30% to $120 million.") is None


def test_the_verdict_follows_the_question():
    s = "Its adjusted EBITDA was still negative, at a loss of $9 million."
    assert V.profit_verdict("Is Litware profitable?", s) == "No"
    assert V.profit_verdict("Is Litware loss-making?", s) == "Yes"
    assert V.profit_verdict("Is Litware growing?", s) is None


PAGE = """## Makers

Litware grew revenue 30% in 2024 to $120 million after winning two hospital networks. Its adjusted EBITDA was
still negative, at a loss of $9 million.

Proseware grew revenue 12% to $410 million.

Adatum expects to become profitable in 2026.
"""


def test_a_profitability_question_is_decided_by_the_next_sentence_of_the_paragraph():
    ex = _ask("Is Litware profitable?", PAGE)
    assert ex.verdicts[0] == "No"
    assert ex.picks[0].candidate.text.startswith("Its adjusted EBITDA was still negative")
    assert R.render(ex, lambda d, p: PAGE)[0].startswith("No.")


def test_no_verdict_from_another_paragraph_or_a_plan():
    assert _ask("Is Proseware profitable?", PAGE).verdicts[0] is None
    assert _ask("Is Adatum profitable?", PAGE).verdicts[0] is None


LINE = """## Pet insurance

Pet cover has produced an underwriting loss in four of the last five years; carriers count on investment income from
their reserves to keep the line profitable at all.
"""


def test_a_profit_question_with_a_qualifier_and_a_purpose_clause():
    # "make an underwriting profit" asks the sign of a profit measure; "produced an underwriting loss" states one
    assert V.asks_profit("Did pet insurers make an underwriting profit in 2025?")
    assert V.profit_sign("The line produced an underwriting loss in 2025.") == "loss"
    assert V.profit_sign("The line produced an underwriting loss ratio of 64%.") is None  # a ratio, no sign
    # the period compared with is said after "after": the clause's own sign leads
    assert V.profit_sign("We earned an underwriting profit of $31 million in 2025 after an underwriting loss of $8 million "
                         "in 2024.") == "profit"
    # "to keep the line profitable" is a purpose beside a stated loss: no verdict, never "Yes"
    ex = _ask("Did pet insurers make an underwriting profit in 2025?", LINE)
    assert ex.verdicts[0] is None


# ------------------------------------------------------------------------------------ customer concentration

FILING = DocMeta(doc_id="dnw", doc="NORTHWIND_2024_10K", source="/r/NORTHWIND_2024_10K.md", company="Northwind Pumps",
                 doc_type="10-K", fiscal_year=2024)  # fmt: skip


def test_a_concentration_verdict_from_the_largest_customers_share():
    q = "Does Northwind Pumps rely on a small number of customers?"
    assert V.asks_concentration(q) and V.asks_concentration("Is its revenue concentrated among a few customers?")
    assert V.concentration_verdict(q, "In 2024 our five largest customers accounted for 38% of net sales.") == "Yes"
    assert V.concentration_verdict(q, "Tailspin Water, our largest customer, represented 14% of revenue.") == "Yes"
    assert V.concentration_verdict(q, "No single customer accounted for more than 10% of net sales in 2024.") == "No"
    assert V.concentration_verdict(q, "Our largest customer accounted for 4% of net sales.") is None  # not enough to say
    assert V.concentration_verdict(q, "Our twenty largest customers accounted for 30% of net sales.") is None
    assert V.concentration_verdict("Is Northwind Pumps profitable?", "Our five largest customers accounted for 38% of net sales.") is None


CUSTOMERS = """Northwind Pumps, Inc. (Exact name of registrant as specified in its charter)

Item 1. Business

Northwind Pumps makes pumps for water utilities. In 2024, sales to our five largest customers accounted for 38%
of net sales, and Tailspin Water, our largest customer, represented 14% of net sales.
"""


def test_a_concentration_question_is_answered_from_the_filers_share_sentence_never_the_cover_page():
    c = Chunk(chunk_id="dnw:1", doc_id="dnw", doc=FILING.doc, source=FILING.source, page=1, page_end=1, start=0,
              end=len(CUSTOMERS), text=CUSTOMERS, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=FILING)
    ex = X.extract("Does Northwind Pumps rely on a small number of customers?", [hit], HashEmbedder(),
                   page_text=lambda d, p: CUSTOMERS, threshold=0.3)  # fmt: skip
    assert ex.verdicts[0] == "Yes"
    assert "five largest customers accounted for 38%" in ex.picks[0].candidate.text
    assert not any("registrant" in s.candidate.text for s in ex.ranked[0])


def test_no_verdict_from_a_sentence_about_another_year():
    page = ("Litware grew revenue 30% in 2024 to $120 million. Its adjusted EBITDA was still negative in 2024, at a "
            "loss of $9 million.\n")
    assert _ask("Was Litware profitable in 2022?", page).verdicts[0] is None


# ------------------------------------------------------------------------------------ how concentrated (any question)

MEMO = """# Water Pumps: Sector Memo

**Contoso Fluidics** (Frankfurt-listed) sells process pumps to chemical plants. Revenue rose 7% to $2.10 billion in
2024. Its ten largest customers account for 22% of revenue.

**Fabrikam Pumps** (Nasdaq: FBPM) makes smart pumps for water utilities. Its fiscal year ends on 30 June. Revenue
was $540 million in fiscal 2025. Its largest customer, a state water authority, accounted for 19% of revenue.

**Tailspin Hydraulics** makes hydraulic pumps for oil rigs and serves customers in 40 countries.

Key risks:
- Supplier concentration: Proseware Motors buys 70% of its castings from its two largest suppliers.
- Tariffs on imported motors.
"""


def test_what_a_concentration_question_asks_and_which_sentences_state_it():
    assert V.asked_holders("How concentrated is Fabrikam Pumps' customer base?") == "customer"
    assert V.asked_holders("Does Proseware depend on a few suppliers for its castings?") == "supplier"
    assert V.asked_holders("How concentrated is the pump market?") == "market"
    assert V.asked_holders("What drove Fabrikam's revenue?") is None
    q = "How concentrated is Fabrikam Pumps' customer base?"
    assert V.states_concentration(q, "Its largest customer, a state water authority, accounted for 19% of revenue.")
    assert V.states_concentration(q, "About 40% of revenue came from its three largest customers.")
    assert V.states_concentration(q, "No single customer accounted for more than 10% of net sales in 2024.")
    assert not V.states_concentration(q, "Its largest customer segment, hospitals, grew 12%.")  # a growth rate
    assert not V.states_concentration(q, "Fabrikam serves customers in 40 countries.")
    assert V.states_concentration("How concentrated is the pump market?", "The five largest pump makers hold 61% of the market.")


def _memo(question: str) -> X.Extraction:
    meta = DocMeta(doc_id="dwp", doc="water_pumps_memo", source="/r/water_pumps_memo.md", title="Water Pumps: Sector Memo")
    c = Chunk(chunk_id="dwp:1", doc_id="dwp", doc=meta.doc, source=meta.source, page=1, page_end=1, start=0,
              end=len(MEMO), text=MEMO, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], HashEmbedder(),
                     page_text=lambda d, p: MEMO, threshold=0.3)  # fmt: skip


def test_how_concentrated_is_answered_by_the_share_sentence_of_the_asked_company():
    ex = _memo("How concentrated is Fabrikam Pumps' customer base?")
    assert ex.picks[0].candidate.text.startswith("Its largest customer, a state water authority, accounted for 19%")
    ex = _memo("Does Fabrikam Pumps rely on a small number of customers?")
    assert ex.verdicts[0] == "Yes" and "19%" in ex.picks[0].candidate.text
    # 22% for ten customers decides nothing by itself: the figure is shown without a verdict
    ex = _memo("Does Contoso Fluidics depend on a few large customers?")
    assert ex.verdicts[0] is None and "ten largest customers account for 22%" in ex.picks[0].candidate.text
    ex = _memo("Does Proseware Motors depend on a few suppliers?")  # a list item states it
    assert ex.picks[0].candidate.text.startswith("Supplier concentration: Proseware Motors buys 70%")


def test_no_share_stated_for_the_asked_company_is_a_decline_never_its_description():
    assert not _memo("How concentrated is Tailspin Hydraulics' customer base?").answered
    assert not _memo("Does Tailspin Hydraulics depend on a few large customers?").answered


PARAGRAPHS = """# Warehouse Robots: Fund Memo

**Proseware Robotics** (Nasdaq: PRSW) makes picking robots and the software that runs them. Its fiscal year ends on
31 March. Revenue was $210 million in fiscal 2025, up 28%, and RaaS revenue made up 40% of the total. Gross margin
widened to 36% from 31%, but the company is still loss-making: operating loss was $44 million in fiscal 2025,
narrower than the $70 million of the year before.

**Adatum Conveyors** makes sortation systems. Operating profit rose to $35 million in 2024.
"""


def test_a_loss_stated_later_in_the_companys_paragraph_decides_and_the_year_before_is_no_plan():
    assert V.profit_sign("Operating loss was $44 million in fiscal 2025, narrower than the $70 million of the year "
                         "before.") == "loss"
    assert V.profit_sign("Proseware expects to turn an operating profit before 2027.") is None  # a plan
    meta = DocMeta(doc_id="dwr", doc="robots_memo", source="/r/robots_memo.md", title="Warehouse Robots: Fund Memo")
    c = Chunk(chunk_id="dwr:1", doc_id="dwr", doc=meta.doc, source=meta.source, page=1, page_end=1, start=0,
              end=len(PARAGRAPHS), text=PARAGRAPHS, ordinal=1)  # fmt: skip
    ex = X.extract("Is Proseware Robotics making money yet?", [Hit(chunk=c, score=1.0, rank=0, meta=meta)],
                   HashEmbedder(), page_text=lambda d, p: PARAGRAPHS, threshold=0.3)  # fmt: skip
    assert ex.verdicts[0] == "No" and "still loss-making" in ex.picks[0].candidate.text
    ex = X.extract("Is Adatum Conveyors profitable?", [Hit(chunk=c, score=1.0, rank=0, meta=meta)],
                   HashEmbedder(), page_text=lambda d, p: PARAGRAPHS, threshold=0.3)  # fmt: skip
    assert ex.verdicts[0] != "No"  # Proseware's loss is not Adatum's


def test_a_money_amount_lost_is_a_loss_and_a_share_of_customers_lost_is_not():
    q = "Is Adatum's turbine unit making money?"
    s = "Adatum's turbine unit lost about $1.1 billion in 2023; the company has said that it will break even in 2026."
    assert V.profit_verdict(q, s) == "No"
    assert V.profit_verdict("Is Adatum profitable?", "Adatum lost about 3% of its customers in 2023.") is None


def test_a_yes_no_dependence_question_keeps_the_sentence_saying_the_dependence_in_words():
    q = "Does Proseware depend on a limited number of suppliers?"
    assert V.speaks_of_dependence(q, "We depend on a limited number of suppliers for our resins.")
    assert not V.speaks_of_dependence(q, "Proseware makes gaskets for pumps.")
    assert not V.speaks_of_dependence("How concentrated is Proseware's customer base?", "We have many suppliers.")


def test_a_question_about_a_proportion_is_not_decided_by_a_count_of_members():
    """"Do most states ...?" gets no Yes/No from a sentence counting the states that do (the whole is not said);
    a sentence stating the proportion still decides."""
    from assistant.answer import question as Q
    from assistant.answer import candidates as C
    from assistant.answer import gates as G

    asked = Q.read_question("Do most US states cap the rates staffing agencies may charge hospitals?")[0]
    counted = C.page_candidates("Nineteen states cap the rates staffing agencies may charge hospitals, two more than "
                                "in 2023.", doc_id="dstaff", doc="staffing_review_2025", page_no=2)[0]
    assert G.verdict(asked, counted) is None
    counted_digits = C.page_candidates("24 states cap the rates staffing agencies may charge hospitals.",
                                       doc_id="dstaff", doc="staffing_review_2025", page_no=2)[0]
    assert G.verdict(asked, counted_digits) is None
    stated = C.page_candidates("Most US states now cap the rates staffing agencies may charge hospitals.",
                               doc_id="dstaff", doc="staffing_review_2025", page_no=2)[0]
    assert G.verdict(asked, stated) == "Yes"


# ------------------------------------------------- how dependent: a figure of the largest partners, never words only

FILING = DocMeta(doc_id="nwh10q", doc="northwind_health_10q", source="/r/northwind_health_10q.pdf",
                 title="Northwind Health Systems, Inc. - Quarterly Report on Form 10-Q", doc_type="10-Q",
                 fiscal_year=2026, period="FY2026Q3", company="Northwind Health Systems")  # fmt: skip

PARTNERS = """Item 1A. Risk Factors

Risks Related to Our Business

We depend on a small number of channel partners for a significant share of our revenue.

Many of our clinics sign up through practice-management software vendors that resell our payments service. Our
largest channel partner, a dental practice-management software provider, accounted for approximately 17% of our total
revenue in the nine months ended March 31, 2026, compared with 15% in the nine months ended March 31, 2025, and our
ten largest channel partners together accounted for approximately 44% of total revenue. If any of these partners
ended its relationship with us, our revenue could decline significantly.
"""


def test_how_dependent_asks_the_share_of_the_largest_holders():
    for q in ("According to its risk factors, how dependent is Northwind Health on its largest channel partners for revenue?",
              "How reliant is Northwind Health on its resellers?"):  # fmt: skip
        assert V.asked_holders(q) == "customer", q
    assert V.states_concentration("How dependent is Northwind on its largest channel partners?",
                                  "Our largest channel partner accounted for approximately 17% of our total revenue.")
    assert not V.states_concentration("How dependent is Northwind on its largest channel partners?",
                                      "We depend on a small number of channel partners for our revenue.")


def _quoted(question: str) -> list[str]:
    ex = ask_one_page(question, PARTNERS, FILING)
    return [p.candidate.text for p in ex.picks if p is not None]


def test_a_how_dependent_question_is_answered_by_the_sentence_with_the_shares_not_the_words_only():
    shown = _quoted("According to its risk factors, how dependent is Northwind Health on its largest channel partners "
                    "for revenue?")  # fmt: skip
    assert len(shown) == 1 and "17%" in shown[0] and "44%" in shown[0]


def test_the_largest_one_asked_never_gets_the_top_tens_share():
    q = "How much of Northwind Health's revenue comes from its largest channel partner?"
    ex = ask_one_page(q, PARTNERS, FILING)
    shown = [W.answer_figure(a, p.candidate) for a, p in zip(ex.parts, ex.picks) if p is not None]
    assert shown == ["17%"]


# a dependence said in words, then the shares in the sentences after it (the largest customer's share, then the two
# largest customers'), then a sentence stating none; another paragraph after a blank line
RISKS = """Item 1A. Risk Factors

We depend on a small number of large home-centre customers. Our largest customer, a national home-improvement chain,
accounted for approximately 19% of our net sales in fiscal 2025. Our two largest customers together accounted for
approximately 33% of our net sales in fiscal 2025. The loss of either could have a material adverse effect on us.

Our ten largest suppliers of castings accounted for approximately 61% of our purchases in fiscal 2025.
"""


def _ask_risks(question):
    c = Chunk(chunk_id="dnw:1", doc_id="dnw", doc=FILING.doc, source=FILING.source, page=1, page_end=1, start=0,
              end=len(RISKS), text=RISKS, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=FILING)
    return X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: RISKS, threshold=0.3)


def test_a_concentration_answer_quotes_every_share_of_its_run_of_sentences():
    for q in ("Does Northwind Pumps depend on a few large customers?", "How concentrated is Northwind Pumps' customer base?",
              "How reliant is Northwind Pumps on its biggest customers?"):
        ex = _ask_risks(q)
        text = ex.picks[0].candidate.text
        assert "19%" in text and "33%" in text, (q, text)
        assert "material adverse" not in text and "61%" not in text, text  # no share in it / after a blank line


def test_a_customer_named_with_its_legal_form_still_states_the_share():
    q = "Does Northwind Pumps depend on a few customers?"
    assert V.states_concentration(q, "Our largest customer, Tailspin Stores, Inc., represented approximately 23% of our "
                                     "net sales in 2025.")
    assert V.states_concentration(q, "Our biggest customer, Fabrikam Co., accounted for about 12% of revenue.")
    assert V.concentration_verdict(q, "Our largest customer, Tailspin Stores, Inc., represented approximately 23% of "
                                      "our net sales in 2025.") == "Yes"


# the largest customer's share two sentences before the segments' top-five shares, a sentence without shares between
PARAGRAPH = """Customers

Our products are sold to grocery chains, club stores and distributors. Our largest customer, Tailspin Stores, Inc.,
represented approximately 23% of our net sales in 2025. None of our other customers is individually material to our
consolidated business. In 2025, the five largest customers in our North America segment accounted for approximately
51% of that segment's net sales.
"""


def test_a_concentration_answer_reaches_two_sentences_back():
    c = Chunk(chunk_id="dnw:1", doc_id="dnw", doc=FILING.doc, source=FILING.source, page=1, page_end=1, start=0,
              end=len(PARAGRAPH), text=PARAGRAPH, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=FILING)
    ex = X.extract("Does Northwind Pumps rely on a few customers?", [hit], HashEmbedder(),
                   page_text=lambda d, p: PARAGRAPH, threshold=0.3)  # fmt: skip
    text = ex.picks[0].candidate.text
    assert "23%" in text and "51%" in text and ex.verdicts[0] == "Yes", (text, ex.verdicts)


# -- a part asking what a computed figure means: said not to be answered, never dropped (fictional ferry operator)

def test_a_part_asking_what_a_figure_points_to_is_read():
    from assistant.answer.prose_verdicts import interpretive_part

    q = ("Harrowgate's current liabilities are larger than its current assets at June 30, 2025. What is its current "
         "ratio, and does it point to a liquidity problem?")
    assert interpretive_part(q) == "does it point to a liquidity problem"
    assert interpretive_part("What was its leverage ratio in 2024? Is that a cause for concern?") == "Is that a cause for concern"
    # a convention decides these, and a comparison or a move is decided by the figures
    assert interpretive_part("What is its quick ratio, and is it healthy?") is None
    assert interpretive_part("What was its free cash flow, and did it cover the dividends?") is None
    assert interpretive_part("What was its current ratio, and did it rise from 2024?") is None


def test_a_figure_shown_alone_for_a_figure_and_a_judgement_is_a_partial_answer():
    from assistant.answer.answerer import _judgement_left
    from assistant.answer.render import PARTIAL_TEXT
    from assistant.types import Answer

    q = "What is Harrowgate's current ratio at June 30, 2025, and does it signal a liquidity risk?"
    shown = Answer(question=q, text="Harrowgate Ferries' current ratio for FY2025 was 0.41x [1][2].", mode="calc")
    got = _judgement_left(q, shown)
    assert got.mode == "fallback" and got.text.startswith(PARTIAL_TEXT)
    assert "0.41x" in got.text and got.text.endswith("Not in the indexed reports: does it signal a liquidity risk?")
    # a verdict given, or no such part: as it was
    said = Answer(question=q, text="Yes. Harrowgate Ferries' current ratio ...", mode="calc")
    assert _judgement_left(q, said) is said
    plain = "What is Harrowgate's current ratio at June 30, 2025?"
    assert _judgement_left(plain, Answer(question=plain, text="0.41x", mode="calc")).mode == "calc"


@pytest.mark.parametrize("question, part", [
    ("Harborline's ticket revenue fell 18% in fiscal 2025. Is that a warning sign for the business?",
     "Is that a warning sign for the business"),
    ("Harborline swung from an operating loss of $40 million to income of $55 million. Does that mean the ferry "
     "business got better?", "Does that mean the ferry business got better"),
    ("Harborline's passenger revenue dropped 12% in 2025. Does this point to weaker demand, or did something else "
     "cause it?", "Does this point to weaker demand, or did something else cause it"),
])
def test_a_yes_no_question_about_a_stated_premise_is_a_part_the_figure_does_not_answer(question, part):
    assert V.interpretive_part(question) == part


def test_a_question_without_a_premise_has_no_such_part():
    assert V.interpretive_part("Is Harborline's ticket revenue growing faster than its costs?") is None
