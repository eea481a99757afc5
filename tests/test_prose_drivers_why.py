"""Why / what-drove questions about a filer's line, on filings not tuned on (``prose_drivers``, ``extract``; issues 10
and 11, session 16): the explaining sentence must be about the asked line on the asked basis and for the asked period.
Every page below is written for these tests in the style of an earnings release or a 10-K's MD&A; the companies are
fictional."""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import extract as X
from assistant.answer import prose_drivers as drivers
from assistant.types import Chunk, DocMeta, Hit

RELEASE = DocMeta(doc_id="fw25q4", doc="FENWICKOUTFITTERS_2026Q4_EARNINGS", source="/tmp/fenwick_q4.pdf",
                  title="Fenwick Outfitters Q4 2025 earnings release", company="Fenwick Outfitters",
                  doc_type="earnings release", fiscal_year=2026, period="Q4 2026")  # fmt: skip

# a quarter's and a year's results one after the other in the same words; the quarter's section heading on the page
# before (a release's page break falls anywhere)
RELEASE_PAGE = """For the Fourth Quarter of Fiscal 2025
Net sales increased 9.4% to $1.8 billion compared to $1.6 billion in the fourth quarter of fiscal 2024 primarily due
to higher demand for outdoor apparel, retail price increases and new store openings.
Comparable sales (sales for stores open at least 14 months and online sales) increased 6.2% compared to an increase
of 4.0% in the fourth quarter of fiscal 2024, driven by a 5.1% increase in transactions and a 1.0% increase in
average ticket.
Gross profit increased 8.8% to $0.6 billion compared to $0.55 billion in the fourth quarter of fiscal 2024.
For the Full Year of Fiscal 2025
Net sales increased 7.9% to $6.3 billion compared to $5.8 billion in fiscal 2024, primarily due to higher demand for
outdoor apparel and retail price increases.
Comparable sales increased 5.0% compared to an increase of 7.5% in fiscal 2024, driven by a 2.2% increase in
transactions and a 2.7% increase in average ticket.
"""


def _ask(question: str, page: str, meta: DocMeta) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(),
                     page_text=lambda d, p: page)  # fmt: skip


# ------------------------------------------------------------------ a measure of its own basis is not the reported line


def test_a_comparable_or_organic_measure_asked_is_not_explained_by_the_reported_line():
    q = "What drove Fenwick Outfitters' comparable sales increase in the fourth quarter of fiscal 2025?"
    assert drivers.other_item(q, "Net sales increased 9.4% to $1.8 billion", filing=True)
    assert drivers.other_item(q, "Fenwick's strong quarter capped a year of record sales and member growth", filing=True)
    assert not drivers.other_item(q, "Comparable sales (sales for stores open at least 14 months) increased 6.2%",
                                  filing=True)  # fmt: skip
    q2 = "Why did Harlow Brands' organic net sales rise in fiscal 2025?"
    assert drivers.other_item(q2, "Net sales rose 2.1% to $3,410.5 million", filing=True)
    assert drivers.other_item(q2, "Reported net sales were up 2.1%", filing=True)
    assert not drivers.other_item(q2, "Organic net sales increased 4.3%", filing=True)
    # no basis asked: the reported line is still the asked one
    assert not drivers.other_item("Why did Harlow Brands' net sales rise in fiscal 2025?", "Net sales rose 2.1%",
                                  filing=True)  # fmt: skip


# ------------------------------------------------------------------ a quarter asked is not explained by the full year


def test_a_quarter_asked_is_not_explained_by_the_full_years_sentence():
    q = "What drove Fenwick Outfitters' comparable sales increase in the fourth quarter of fiscal 2025?"
    full_year = "Comparable sales increased 5.0% compared to an increase of 7.5% in fiscal 2024, driven by ..."
    assert drivers.annual_move(q, full_year, "For the Full Year of Fiscal 2025")
    assert drivers.annual_move(q, "Comparable sales for the twelve months rose 5.0%, driven by more transactions")
    assert not drivers.annual_move(q, "Comparable sales increased 6.2% compared to the fourth quarter of fiscal 2024",
                                   "For the Full Year of Fiscal 2025")  # the sentence names its quarter  # fmt: skip
    assert not drivers.annual_move("Why did comparable sales rise in fiscal 2025?", full_year,
                                   "For the Full Year of Fiscal 2025")  # a year asked  # fmt: skip


def test_what_drove_a_quarters_comparable_sales_is_that_quarters_comparable_sentence():
    for q in ("What drove Fenwick Outfitters' comparable sales increase in the fourth quarter of fiscal 2025: "
              "transactions or average ticket?",
              "Why did Fenwick Outfitters' comparable sales rise in Q4 fiscal 2025?"):
        ex = _ask(q, RELEASE_PAGE, RELEASE)
        assert ex.picks[0] is not None, q
        quote = ex.picks[0].candidate.text
        assert quote.startswith("Comparable sales (sales for stores") and "5.1% increase in transactions" in quote, q


# ------------------------------------------------------------------ "as a result of the factors discussed above"

TENK = DocMeta(doc_id="tm25", doc="TARNMERE_2025_10K", source="/tmp/tarnmere_2025_10k.pdf", title="Tarnmere Stores 2025 10-K",
               company="Tarnmere Stores", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip

SEGMENTS = """Tarnmere Domestic Segment
(Amounts in millions) 2025 2024
Net sales $ 41,200 $ 40,100
Operating income $ 2,410 $ 2,380
Net sales for the Tarnmere Domestic segment increased $1.1 billion or 2.7% for fiscal 2025, when compared to the previous
fiscal year, primarily due to comparable store sales growth.
Operating expenses as a percentage of segment net sales decreased 5 basis points for fiscal 2025 due to productivity gains.
As a result of the factors discussed above, segment operating income increased $30 million for fiscal 2025.
Tarnmere Overseas Segment
(Amounts in millions) 2025 2024
Net sales $ 18,050 $ 18,160
Operating income $ 610 $ 880
Net sales for the Tarnmere Overseas segment decreased $0.1 billion or 0.6% for fiscal 2025, when compared to the previous
fiscal year. The decrease was primarily due to weaker currencies, offset by a full year of sales from the online
marketplace we acquired.
Gross profit rate decreased 120 basis points for fiscal 2025, primarily due to the lower margins of the online
marketplace.
Operating expenses as a percentage of segment net sales increased 20 basis points for fiscal 2025, primarily due to $0.2
billion of impairment charges on a trade name we stopped using.
As a result of the factors discussed above, segment operating income decreased $270 million for fiscal 2025.
"""


def test_a_sentence_pointing_back_to_the_factors_above_is_quoted_with_its_section():
    assert drivers.points_back("As a result of the factors discussed above, segment operating income decreased $270 "
                               "million.").startswith("segment operating income")  # fmt: skip
    assert drivers.points_back("As a result of the foregoing, net income rose 4%.") == "net income rose 4%."
    assert not drivers.points_back("As a result of higher prices, net sales rose 4%.")
    assert drivers.section_segment({"tarnmere", "overseas"}, "Tarnmere Overseas Segment")
    assert not drivers.section_segment({"tarnmere", "overseas"}, "Tarnmere Domestic Segment")
    for q in ("Tarnmere Overseas' net sales slipped only 0.6% in fiscal 2025, yet its operating income fell by about 31%. "
              "What explains the gap?",
              "Why did the operating income of Tarnmere's Overseas segment decline in fiscal 2025?"):
        ex = _ask(q, SEGMENTS, TENK)
        assert ex.picks[0] is not None, q
        quote = ex.picks[0].candidate.text
        assert quote.startswith("Net sales for the Tarnmere Overseas segment decreased"), q
        assert "lower margins of the online marketplace" in quote and quote.endswith("decreased $270 million for fiscal 2025."), q
        assert "Domestic" not in quote, q


def test_factors_that_began_on_the_page_before_are_not_quoted_in_part():
    page = SEGMENTS.split("Tarnmere Overseas Segment\n(Amounts in millions) 2025 2024\nNet sales $ 18,050 $ 18,160\n"
                          "Operating income $ 610 $ 880\n")[1]  # the section's head and table on the page before
    from assistant.text.sentences import sentence_spans
    end = page.index("As a result of the factors")
    assert drivers.factors_above(page, sentence_spans(page, split_lines=False), end) is None


# ------------------------------------------------------------------ a sentence ending on a decimal figure goes on


def test_an_explanation_goes_on_through_sentences_ending_on_a_decimal_figure():
    page = ("Second quarter 2025 compared with second quarter 2024. Barge revenues increased 3.1% to $412.6 million, "
            "primarily due to 2.4% more loads and pricing gains, partially offset by lower grain volumes. Revenue per load "
            "was $868, up 0.7%; excluding fuel surcharge it rose 2.9%. Grain revenues fell 8.2% because export demand "
            "weakened.\n\nTotal operating expenses decreased $11.0 million.\n")
    from assistant.text.sentences import sentence_spans
    spans = sentence_spans(page, split_lines=False)
    end = page.index("grain volumes.") + len("grain volumes.")
    cause = "2.4% more loads and pricing gains, partially offset by lower grain volumes."
    out = page[: drivers.continuation(page, spans, end, False, cause=cause)]
    assert out.endswith("excluding fuel surcharge it rose 2.9%.")
    q = "What drove the change in Ostrander Marine's barge revenues in the second quarter of 2025?"
    meta = DocMeta(doc_id="om25", doc="OSTRANDER_2025Q2_10Q", source="/tmp/ostrander_q2.pdf", title="Ostrander Marine Q2 2025 10-Q",
                   company="Ostrander Marine", doc_type="10-Q", fiscal_year=2025, period="Q2 2025")  # fmt: skip
    ex = _ask(q, page, meta)
    assert ex.picks[0] is not None and "excluding fuel surcharge it rose 2.9%" in ex.picks[0].candidate.text


# ------------------------------------------------------------------ "what drove the decline?" after a contrasting premise

PREMISE_MDA = """Results of Operations
Revenues grew 6% to $12.4 billion in fiscal 2025, driven by higher footwear volumes in every region.
Income before income taxes decreased 9% for fiscal 2025. Net income fell 48% to $0.9 billion, primarily due to a $1.1
billion one-time charge for the transition tax on undistributed foreign earnings.
"""


def test_the_change_named_back_by_its_noun_is_the_premises_clause_that_moved_that_way():
    from assistant.answer import question as Q
    parts = Q.read_question("Quillon's revenues grew 6% in fiscal 2025, yet its net income fell 48%. What drove the decline?")
    assert parts[0].kind == "reason" and parts[0].text.startswith("Why did its net income fall")
    parts = Q.read_question("Quillon's revenues fell 3% in fiscal 2025, but its operating income rose 12%. What caused the "
                            "increase?")  # fmt: skip
    assert parts[0].text.startswith("Why did its operating income rise")
    # the noun names the other clause's move: left as asked
    parts = Q.read_question("Quillon's revenues grew 6% in fiscal 2025, yet its net income fell 48%. What drove the growth?")
    assert parts[0].text == "What drove the growth"
    meta = DocMeta(doc_id="qa25", doc="QUILLON_2025_10K", source="/tmp/quillon_2025_10k.pdf", title="Quillon Athletic 2025 10-K",
                   company="Quillon Athletic", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
    ex = _ask("Quillon's revenues grew 6% in fiscal 2025, yet its net income fell 48%. What drove the decline?", PREMISE_MDA,
              meta)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Net income fell 48%")


# ------------------------------------------------------------------ a whole's change explained member by member

MEMBERS_MDA = """Results of Operations
Net sales. Net sales increased 4.1% to $6,120.4 million in fiscal 2025.
Gross margin. Gross margin was 33.4% in fiscal 2025, compared with 32.6% in fiscal 2024. Pipes gross margin rose to
35.2% from 34.1% on firmer pricing and a richer mix of fittings. Valves gross margin rose to 30.9% from 30.5% because
lower scrap rates more than offset higher brass costs.
Operating expenses. Selling, general and administrative expenses increased 2.0% to $1,310.2 million.
"""


def test_a_whole_lines_change_explained_member_by_member_is_quoted_with_its_members():
    meta = DocMeta(doc_id="hv25", doc="HEVERLY_2025_10K", source="/tmp/heverly_2025_10k.pdf", title="Heverly Flow 2025 10-K",
                   company="Heverly Flow", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
    assert drivers.states_change("Gross margin was 33.4% in fiscal 2025, compared with 32.6% in fiscal 2024.")
    assert not drivers.states_change("Gross margin was 33.4% in fiscal 2025.")
    for q in ("Why did Heverly Flow's gross margin improve in fiscal 2025?",
              "What drove the change in Heverly Flow's gross margin in fiscal 2025?"):
        ex = _ask(q, MEMBERS_MDA, meta)
        assert ex.picks[0] is not None, q
        quote = ex.picks[0].candidate.text
        assert quote.startswith("Gross margin was 33.4%") and quote.endswith("higher brass costs."), q
    # one member's sentence only: not the whole's explanation
    one = MEMBERS_MDA.replace(" Valves gross margin rose to 30.9% from 30.5% because\nlower scrap rates more than offset "
                              "higher brass costs.", "")  # fmt: skip
    from assistant.text.sentences import sentence_spans
    end = one.index("in fiscal 2024.") + len("in fiscal 2024.")
    assert drivers.members_after("Why did Heverly Flow's gross margin improve?", one, sentence_spans(one, split_lines=False),
                                 end) is None  # fmt: skip


# ------------------------------------------------------------------ session 30: the cause told by "came from", "reflected"

TALLOW_RELEASE = DocMeta(doc_id="tw26q2", doc="TALLOWMERE_2026Q2_EARNINGS", source="/tmp/tallowmere_q2.md",
                         title="Tallowmere Veterinary Q2 2026 earnings release", company="Tallowmere Veterinary",
                         doc_type="earnings release", fiscal_year=2026, period="Q2 2026")  # fmt: skip
TALLOW_PAGE = """## Second Quarter Results
Clinic revenues rose 6.1% to $212.4 million. Visits rose 2.2%, helped by the eleven hospitals opened last year.
Revenue per visit rose to $148.20 from $142.75. The increase came mainly from pricing: fee schedules we reset during
the first half applied from April onward. Diagnostics also grew as a share of each visit.
## First Half Results
For the six months, clinic revenues were $418.9 million, up 5.7%.
"""


def test_a_span_after_came_from_dates_the_cause_not_the_move():
    q = "What drove the increase in Tallowmere's revenue per visit in the second quarter of 2026?"
    said = "The increase came mainly from pricing: fee schedules we reset during the first half applied from April onward."
    assert not drivers.annual_move(q, said, "## Second Quarter Results", filing=True)
    assert not drivers.annual_move(q, "Revenue per visit rose 3.8%, which reflected fee schedules reset over the "
                                      "past twelve months.", "## Second Quarter Results", filing=True)  # fmt: skip
    # the half's own move, said before its cause, stays the half's
    assert drivers.annual_move(q, "For the first half, revenue per visit rose 3.1%, which reflected pricing.", "",
                               filing=True)  # fmt: skip
    assert drivers.annual_move(q, said, "## Second Quarter Results")  # read so in filings only


def test_the_sentence_whose_cause_names_the_half_explains_the_quarter():
    q = "What drove the increase in Tallowmere's revenue per visit in the second quarter of 2026?"
    ex = _ask(q, TALLOW_PAGE, TALLOW_RELEASE)
    assert ex.picks[0] is not None
    # the explaining sentence is a candidate for the quarter's reason (before: dropped as the half's explanation)
    assert any("came mainly from pricing" in sc.candidate.text for sc in ex.ranked[0])
