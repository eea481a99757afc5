"""extract (session 16, segments): a ranking of a filer's segments read from its segment note wherever the search
ranked it, and a fiscal year asked of a filer that names its years by their closing year. Every page and question
below is written for this test (fictional filer)."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="twr", doc="TAILWIND_2025_10K", source="/r/TAILWIND_2025_10K.pdf", title="Tailwind Retail 10-K",
               company="Tailwind Retail", doc_type="10-K", fiscal_year=2025, period="FY2025", date="2025-01-31",
               pages=9)  # fmt: skip

PAGES = {
    1: ("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS\nOur fiscal year ended January 31, 2025 (\"fiscal 2025\") "
        "was a year of steady growth for Tailwind Retail. Net sales grew in each of our segments in fiscal 2025, "
        "led by our online business.\n"),
    2: "Liquidity and capital resources were ample throughout the year.\n",
    3: "Risk factors are described elsewhere in this report.\n",
    4: "Properties: we operate stores in every state.\n",
    5: "Legal proceedings: none material.\n",
    6: "Quantitative disclosures about market risk follow.\n",
    7: ("Note 12. Segments\nThe Company's operations are conducted in three reportable segments: Harbor Stores, Harbor "
        "Online and Harbor Wholesale. Corporate and support consists of overhead not allocated to the segments.\n"
        "(Amounts in millions) Harbor Stores Harbor Online Harbor Wholesale\nCorporate and\nsupport Consolidated\n"
        "Fiscal Year Ended January 31, 2025\n"
        "Net sales $ 41,200 $ 12,600 $ 7,300 $ — $ 61,100\n"
        "Operating income (loss) 2,900 410 220 (600) 2,930\n"
        "Fiscal Year Ended January 31, 2024\n"
        "Net sales $ 39,800 $ 11,100 $ 7,250 $ — $ 58,150\n"
        "Operating income (loss) 2,800 380 230 (580) 2,830\n"),
    8: "Note 13. Subsequent events: none.\n",
    9: "Signatures.\n",
}


def _ask(question: str) -> X.Extraction:
    text = PAGES[1]
    c = Chunk(chunk_id="twr:1", doc_id="twr", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(text), text=text, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], HashEmbedder(),
                     page_text=lambda d, p: PAGES.get(p), threshold=0.3)  # fmt: skip


def test_a_segment_ranking_is_read_from_the_segment_note_the_search_did_not_rank():
    ex = _ask("Which of Tailwind Retail's three reportable segments grew net sales the fastest in fiscal 2025?")
    assert ex.answered, ex
    c = ex.picks[0].candidate
    # Harbor Online 12,600 / 11,100 = +13.5%; Harbor Stores +3.5%; Harbor Wholesale +0.7%
    assert c.kind == "ranked" and c.page == 7 and c.text.startswith("Harbor Online") and "+13.5%" in c.text, c.text


def test_a_fiscal_year_of_a_january_close_is_read_only_when_the_filing_names_its_years():
    q = "Which of Tailwind Retail's three reportable segments had the highest operating income in fiscal 2025?"
    ex = _ask(q)
    assert ex.answered and ex.picks[0].candidate.text.startswith("Harbor Stores"), ex
    saved = PAGES[1]
    try:
        PAGES[1] = saved.replace(' (\"fiscal 2025\")', "")  # the filing no longer says how it names its years
        assert not _ask(q).answered
    finally:
        PAGES[1] = saved
