"""Whose figure a sentence's amount is (answer/prose_figures.py) and its hooks in the extractive answerer.

Every sentence below is written for these tests (fictional companies, 10-K and analyst style).
"""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import shown as W
from assistant.answer import extract as X
from assistant.answer import prose_figures as F
from assistant.types import DocMeta
from one_page import ask_one_page

NORTHWIND_10K = DocMeta(doc_id="dnw", doc="NORTHWIND_2025_10K", source="/r/NORTHWIND_2025_10K.pdf",
                        company="Northwind Mobility", doc_type="10-K", fiscal_year=2025)  # fmt: skip


def _ask(question: str, page: str, meta: DocMeta = NORTHWIND_10K, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, meta, threshold)


def _answered(ex: X.Extraction) -> list[str]:
    return [p.candidate.text for p in ex.picks if p is not None]


# -- item 3: the asked measure's figure, not another measure's in the same sentence

LOSS = ("Northwind Mobility has said that it expects to be profitable on an adjusted EBITDA basis in 2025, as fleet "
        "utilisation improves, but it still made a net loss of $202.0 million in 2024.")  # fmt: skip


def test_a_figure_is_governed_by_the_measure_before_or_after_it():
    at = LOSS.index("$202.0 million")
    assert F.governor(LOSS, at, at + len("$202.0 million")) == "made a net loss"
    s = "Contoso added $4.2 million of subscription revenue in the quarter."
    at = s.index("$4.2 million")
    assert F.governor(s, at, at + len("$4.2 million")) == "subscription revenue"
    s = "Adjusted EBITDA rose 14% to $310 million in 2024."
    at = s.index("$310 million")
    assert F.governor(s, at, at + len("$310 million")) == "Adjusted EBITDA"


def test_another_measures_figure_is_no_amount_of_the_asked_one():
    assert F.no_asked_figure("What was Northwind Mobility's adjusted EBITDA for 2024?", LOSS, "money", {"northwind"})
    # the asked measure's own figure answers, beside another measure's
    both = "Adjusted EBITDA was $48.5 million in 2024, while the net loss narrowed to $202.0 million."
    assert not F.no_asked_figure("What was Northwind Mobility's adjusted EBITDA for 2024?", both, "money")
    # the net loss asked: the loss figure is the answer
    assert not F.no_asked_figure("How large was Northwind Mobility's net loss in 2024?", LOSS, "money")


def test_the_extractive_answer_declines_another_measures_figure():
    page = LOSS + "\n\nThe company operates scooter and e-bike fleets in 40 cities.\n"
    ex = _ask("What was Northwind Mobility's adjusted EBITDA for 2024?", page)
    assert not any("$202.0 million" in t for t in _answered(ex))


# -- item 4: thresholds, limits and coverage; the asked segment and quarter named

CUSTOMERS = ("At the end of the fourth quarter of fiscal 2026, Contoso had 1,140 customers that each contributed more "
             "than $100,000 of subscription revenue over the trailing twelve months.")  # fmt: skip
REINSURANCE = ("Our catastrophe reinsurance program covered $900 million of losses in excess of a $125 million "
               "retention for the 2025 hurricane season.")  # fmt: skip


def test_a_threshold_qualifying_a_noun_or_a_cover_limit_is_no_amount():
    at = CUSTOMERS.index("$100,000")
    assert F.is_threshold(CUSTOMERS, at, at + len("$100,000"))
    for fig in ("$900 million", "$125 million"):
        at = REINSURANCE.index(fig)
        assert F.is_threshold(REINSURANCE, at, at + len(fig))
    plain = "Subscription revenue grew to more than $1.2 billion in fiscal 2026."
    at = plain.index("$1.2 billion")
    assert not F.is_threshold(plain, at, at + len("$1.2 billion"))  # "more than" of the measure itself
    assert F.no_asked_figure("How much subscription revenue did Contoso report in Q4 fiscal 2026?", CUSTOMERS, "money")
    assert F.no_asked_figure("How much of Fabrikam's catastrophe losses were in its Commercial Lines segment?",
                             REINSURANCE, "money")  # fmt: skip
    # a limit asked for: the limit is the answer
    assert not F.no_asked_figure("What retention applies to Fabrikam's catastrophe reinsurance program?",
                                 REINSURANCE, "money")  # fmt: skip


def test_an_asked_segment_must_be_named():
    q = "How much of Fabrikam's catastrophe losses were in its Commercial Lines segment in 2025?"
    assert not F.names_asked_segment(q, "Catastrophe losses were $410 million in 2025, up from $260 million.")
    assert F.names_asked_segment(q, "Catastrophe losses in Commercial Lines were $410 million in 2025.")
    assert F.names_asked_segment("How much were Fabrikam's catastrophe losses in 2025?", "anything")


def test_the_extractive_answer_needs_the_asked_quarter_and_segment():
    page = ("Catastrophe losses were $410 million in 2025, mostly from two hurricanes.\n\n"
            "Contoso's subscription revenue was $1.3 billion in fiscal 2026.\n")
    ex = _ask("How much of Fabrikam's catastrophe losses were in its Commercial Lines segment in 2025?", page,
              DocMeta(doc_id="dfab", doc="fabrikam_review_2025", source="/r/f.md"))  # fmt: skip
    assert not any("$410 million" in t for t in _answered(ex))
    ex = _ask("How much subscription revenue did Contoso report in the fourth quarter of fiscal 2026?", page,
              DocMeta(doc_id="dcon", doc="contoso_review_2026", source="/r/c.md"))  # fmt: skip
    assert not any("$1.3 billion" in t for t in _answered(ex))
    page = "Contoso's subscription revenue was $360 million in the fourth quarter of fiscal 2026.\n"
    ex = _ask("How much subscription revenue did Contoso report in the fourth quarter of fiscal 2026?", page,
              DocMeta(doc_id="dcon", doc="contoso_review_2026", source="/r/c.md"))  # fmt: skip
    assert any("$360 million" in t for t in _answered(ex))


# -- item 5: "at year end" is the filing's own year-end; a statement named is not answered from prose


YEAR_END = ("Net investment income rose in 2025 compared with 2024 on higher yields. Total investments were "
            "$11,493 million at year end, reflecting purchases of municipal bonds.\n")  # fmt: skip


def test_year_end_in_a_filing_is_its_own_fiscal_year_end():
    assert F.says_year_end("Total investments were $11,493 million at year end.")
    assert F.says_year_end("Cash stood at $2.1 billion at the end of the year.")
    assert not F.says_year_end("Cash stood at $2.1 billion at the end of 2024.")
    ex = _ask("How much did Northwind Mobility hold in total investments at December 31, 2024?", YEAR_END)
    assert not any("$11,493 million" in t for t in _answered(ex))
    ex = _ask("How much did Northwind Mobility hold in total investments at December 31, 2025?", YEAR_END)
    assert any("$11,493 million" in t for t in _answered(ex))


def test_a_question_naming_a_statement_is_not_answered_from_prose():
    assert F.names_statement("How much did X hold in total investments at December 31, 2025, per its balance sheet?")
    assert F.names_statement("Based on the cash flow statement, what were Contoso's capital expenditures in 2025?")
    assert F.names_statement("What was Contoso's net income according to its consolidated statements of operations?")
    assert not F.names_statement("How much did Contoso spend on capital expenditures in 2025?")
    ex = _ask("How much did Northwind Mobility hold in total investments at December 31, 2025, per its balance sheet?",
              YEAR_END)  # fmt: skip
    assert not any("$11,493 million" in t for t in _answered(ex))


def test_the_headline_figure_skips_a_threshold():
    s = ("Subscription revenue reached $1.3 billion in fiscal 2026, with 1,140 customers that each contributed more "
         "than $100,000 of subscription revenue.")  # fmt: skip
    c = C.page_candidates(s + "\n", doc_id="dcon", doc="contoso_review_2026", meta=None)[0]
    asked = Q.read_question("How much subscription revenue did Contoso have in fiscal 2026?")[0]
    assert W.answer_figure(asked, c).startswith("$1.3 billion")
    asked = Q.read_question("How much revenue did Contoso's largest customers each contribute, at least?")[0]
    assert F.asks_limit(asked.text)


def test_a_rounded_figure_of_the_measure_itself_is_no_threshold():
    s = "Consumer products, which accounted for more than 40% of net sales in 2025, grew fastest."
    at = s.index("40%")
    assert not F.is_threshold(s, at, at + 3)
    s = "Revenue was in excess of $5 billion in 2025."
    at = s.index("$5 billion")
    assert not F.is_threshold(s, at, at + len("$5 billion"))
    s = "The order book includes 14 contracts worth more than $50 million each."
    at = s.index("$50 million")
    assert F.is_threshold(s, at, at + len("$50 million"))
    assert F.names_asked_segment("What was operating income in its Pharmaceutical segment in 2025?",
                                 "Operating income in Pharmaceuticals rose to $1.1 billion in 2025.")  # fmt: skip


def test_each_year_of_a_range_must_be_shown():
    assert F.each_year_asked("What was Contoso's revenue in each year from 2021 to 2024?") == {2021, 2022, 2023, 2024}
    assert F.each_year_asked("What were its capital expenditures for each of the fiscal years 2022 through 2024?") \
        == {2022, 2023, 2024}
    assert F.each_year_asked("What was Contoso's revenue in 2021 and 2024?") == frozenset()
    page = "Northwind Mobility's revenue was $610 million in 2021, when it entered twelve new cities.\n"
    ex = _ask("What was Northwind Mobility's revenue in each year from 2021 to 2024?", page)
    assert ex.answered and ex.partial
    page = ("Northwind Mobility's revenue was $610 million in 2021, $700 million in 2022, $790 million in 2023 and "
            "$905 million in 2024.\n")  # fmt: skip
    ex = _ask("What was Northwind Mobility's revenue in each year from 2021 to 2024?", page)
    assert ex.answered and not ex.partial


def test_two_years_each_placed_on_its_own_must_each_be_shown():
    # session 27: "realized in 2024 and expects in 2025" asks each year; a quote stating one answers part of it
    assert F.years_each_placed("What cost savings did Fabrikam realize in 2024 and expect in 2025 from its plan?") \
        == {2024, 2025}
    assert F.years_each_placed("How much did Fabrikam spend in 2024 and in 2025 on its fleet?") == {2024, 2025}
    assert F.years_each_placed("How much did Fabrikam's revenue grow from 2024 to 2025?") == frozenset()
    assert F.years_each_placed("What was Fabrikam's revenue in 2025 and how does that stack up against 2024?") \
        == frozenset()
    page = "Fabrikam realized cost savings of approximately $12 million in 2024 from its cost-reduction plan.\n"
    ex = _ask("What cost savings did Fabrikam realize in 2024 and expect in 2025 from its cost-reduction plan?", page)
    assert ex.answered and ex.partial
    page = ("Fabrikam realized cost savings of approximately $12 million in 2024 from its cost-reduction plan and "
            "expects savings of approximately $40 million in 2025.\n")
    ex = _ask("What cost savings did Fabrikam realize in 2024 and expect in 2025 from its cost-reduction plan?", page)
    assert ex.answered and not ex.partial


def test_a_hyphenated_quarter_names_it():
    page = "Contoso's fourth-quarter subscription revenue was $360 million, up 18% from a year earlier, in fiscal 2026.\n"
    ex = _ask("How much subscription revenue did Contoso report in the fourth quarter of fiscal 2026?", page,
              DocMeta(doc_id="dcon", doc="contoso_review_2026", source="/r/c.md"))  # fmt: skip
    assert any("$360 million" in t for t in _answered(ex))


# -- a count is of the thing asked, a share of the whole asked

FLEET_DAY = ("In 2026 Bluegill Regional flew to 58 airports in the United States and Canada, operating an average of "
             "610 departures per day.")  # fmt: skip
COST_SHARE = "Jet fuel remained our second largest operating cost in 2026, at 23.0% of total operating expenses."


def _spans(text: str, *figures: str) -> list[tuple[int, int, str]]:
    return [(text.index(f), text.index(f) + len(f), f) for f in figures]


def test_a_count_of_another_thing_is_no_count_of_the_asked_one():
    q = "How many aircraft did Bluegill Regional have in its fleet at the end of 2026?"
    spans = _spans(FLEET_DAY, "58", "610")
    assert F.counts_other(q, FLEET_DAY, spans)
    # the asked thing named, a generic count, or a count of nothing named: may answer
    fleet = "At December 31, 2026 we operated 74 jets, all of them leased."
    assert not F.counts_other(q, fleet, _spans(fleet, "74"))
    staff = "We ended the year with about 4,300 people."
    assert not F.counts_other("How many employees did Bluegill Regional have?", staff, _spans(staff, "4,300"))
    assert not F.counts_other("How much did Bluegill Regional spend on fuel?", FLEET_DAY, spans)  # no count asked


def test_a_share_of_another_whole_is_no_share_of_the_asked_one():
    q = "What share of Bluegill Regional's 2026 capacity, measured in available seat miles, was flown on domestic routes?"
    assert F.share_of_other(q, COST_SHARE)
    assert not F.share_of_other(q, "Domestic flying made up 78.4% of available seat miles in 2026.")
    # words used for one another (revenue ~ sales), and a share of the market said of shipments, may answer
    assert not F.share_of_other("What percentage of revenue came from Canada in 2026?",
                                "Canada accounted for 11% of net sales in 2026.")
    assert not F.share_of_other("What share of the market did Bluegill hold?", "Bluegill held 9% of shipments.")
    # a whole stated generically is the sentence's own measure's whole
    assert not F.share_of_other("What share of the money spent on new stations in 2026 went to fast chargers?",
                                "Station construction outlays reached $9 billion, with fast chargers taking 37% of the total.")


def test_the_extractive_answer_declines_a_count_or_share_of_another_thing():
    page = FLEET_DAY + "\n\n" + COST_SHARE + "\n"
    ex = _ask("How many aircraft did Bluegill Regional have in its fleet at the end of 2026?", page)
    assert not any("610" in t or "58 airports" in t for t in _answered(ex))
    ex = _ask("What share of Bluegill Regional's 2026 capacity, measured in available seat miles, was flown on domestic "
              "routes?", page)
    assert not any("23.0%" in t for t in _answered(ex))


def test_a_percentage_of_a_measure_asked_is_a_share_not_a_growth_rate():
    from assistant.types import Chunk, Hit
    from one_page import NearEmbedder

    meta = DocMeta(doc_id="dpl", doc="PORTLEDGER_2026Q3_10Q", source="/r/p.htm", company="Port Ledger Goods",
                   doc_type="10-Q", fiscal_year=2026)  # fmt: skip
    page = ("Outlook\n\nWe continue to expect full-year 2026 net sales growth of 3% to 4%, with the Outdoor segment growing "
            "in the high single digits and Wholesale net sales slightly below 2025.\n\nAdvertising and consumer promotion "
            "expense was higher in the quarter as we supported new product launches.\n")  # fmt: skip
    c = Chunk(chunk_id="dpl:1", doc_id="dpl", doc=meta.doc, source=meta.source, page=1, page_end=1, start=0, end=len(page),
              text=page, ordinal=1)  # fmt: skip
    q = ("What percentage of net sales did Port Ledger Goods spend on advertising and consumer promotion in the first "
         "nine months of 2026?")
    ex = X.extract(q, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(), page_text=lambda d, p: page)
    assert not any(p is not None and "3% to 4%" in p.candidate.text for p in ex.picks)  # a growth rate is no share


# -- session 30: a figure asked in a stated scale, shown as the filing states it at that scale

KILN_PAGE = ("Results of Operations. Results for fiscal 2026 contain a pre-tax gain of $8.3 million from the Marlow "
             "Creek kiln sale, which segment operating income does not include. Net sales rose 4.1% to $611.7 "
             "million.\n"
             "Note 6 - Dispositions. On March 3, 2026 we sold the Marlow Creek kiln for $14,250 thousand in cash and "
             "recognized a pre-tax gain of $8,315 thousand.")  # fmt: skip


def test_finer_restatement_is_the_same_figure_at_the_asked_scale():
    q = "How large was the gain on the kiln sale, in USD thousands?"
    assert F.asked_scale(q) == 1e3 and F.asked_scale("in thousands of dollars") == 1e3
    assert F.asked_scale("How large was the gain?") is None
    said = "we recognized a pre-tax gain of $8,315 thousand"
    assert F.finer_restatement(q, "$8.3 million", said)
    assert not F.finer_restatement(q, "$8.3 million", "a pre-tax gain of $9,315 thousand")  # another figure
    assert not F.finer_restatement(q, "$8,315 thousand", said)  # already at the asked scale
    assert not F.finer_restatement("How large was the gain?", "$8.3 million", said)  # no scale asked
    assert not F.finer_restatement("How large was the gain, in millions?", "$8.3 million", said)


def test_a_part_asked_in_thousands_quotes_the_sentence_stating_thousands():
    ex = _ask("Is the Marlow Creek kiln gain part of segment operating income, and how big was that gain, in USD "
              "thousands?", KILN_PAGE, threshold=X.THRESHOLD)  # fmt: skip
    assert ex.verdicts[0] == "No"
    assert "$8,315 thousand" in ex.picks[1].candidate.text
    assert W.answer_figure(ex.parts[1], ex.picks[1].candidate) == "$8,315 thousand"
