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
