"""Filings (answer/prose_filings.py): the filer an unnamed question's segment names, and the cover page.

Every passage below is written for these tests (fictional filers).
"""

from __future__ import annotations

from assistant.answer import prose_filings as F
from assistant.types import Chunk, DocMeta, Hit

PUMPS = DocMeta(doc_id="dnw", doc="NORTHWIND_2024_10K", source="/r/nw.md", company="Northwind Pumps", doc_type="10-K",
                fiscal_year=2024)  # fmt: skip
BANK = DocMeta(doc_id="dhb", doc="HARBOR_2024_10K", source="/r/hb.md", company="Harbor Bancorp", doc_type="10-K",
               fiscal_year=2024)  # fmt: skip


def _hit(meta: DocMeta, text: str, rank: int) -> Hit:
    c = Chunk(chunk_id=f"{meta.doc_id}:{rank}", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=rank + 1,
              page_end=rank + 1, start=0, end=len(text), text=text, ordinal=rank)  # fmt: skip
    return Hit(chunk=c, score=1.0, rank=rank, meta=meta)


HITS = [_hit(PUMPS, "Municipal Systems net sales decreased 9% in 2024, primarily due to delayed tenders.", 0),
        _hit(BANK, "Net interest income fell as deposit costs rose. Municipal deposits grew.", 1),
        _hit(PUMPS, "Industrial Pumps net sales rose 4%.", 2)]  # fmt: skip


def test_a_segment_only_one_filers_passages_name_picks_that_filer():
    assert F.filer_named_by("What caused Municipal Systems sales to fall in 2024?", HITS, [PUMPS, BANK]) == {"dnw"}


def test_no_filer_when_the_question_names_nothing_or_two_filers_passages_name_it():
    assert F.filer_named_by("Why did the net interest margin narrow in 2024?", HITS, [PUMPS, BANK]) is None
    both = HITS + [_hit(BANK, "Municipal Systems deposits rose.", 3)]
    assert F.filer_named_by("What caused Municipal Systems sales to fall?", both, [PUMPS, BANK]) is None
    assert F.filer_named_by("What caused Retail Products sales to fall?", HITS, [PUMPS, BANK]) is None


def test_cover_page_lines():
    assert F.is_cover_text("Northwind Pumps, Inc. (Exact name of registrant as specified in its charter)")
    assert F.is_cover_text("Commission File Number 001-12345")
    assert F.is_cover_text("Indicate by check mark whether the registrant is a shell company.")
    assert F.is_cover_text("Harbor Bancorp Annual Report on Form 10-K for the year ended December 31, 2024")
    assert not F.is_cover_text("We depend on a small number of customers for a large share of our sales.")


# ------------------------------------------------------------------------------ the securities a cover registers

COVER = """UNITED STATES SECURITIES AND EXCHANGE COMMISSION
FORM 10-K
NORTHWIND PUMPS, INC.
Securities registered pursuant to Section 12(b) of the Act:
Title of each class Trading Symbol(s) Name of each exchange on which registered
Common Stock, $0.50 par value NWP New York Stock Exchange
2.125% Notes due 2027 NWP27 New York Stock Exchange
0.875% Notes due 2031 NWP31 New York Stock Exchange
Securities registered pursuant to Section 12(g) of the Act: None
Indicate by check mark if the registrant is a well-known seasoned issuer. Yes x No o
"""
SPLIT = """Securities registered pursuant to Section 12(b) of the Act:
Title of each class
Common Stock, $0.50 par value
2.125% Notes due 2027
Name of each exchange on which registered
New York Stock Exchange
New York Stock Exchange
Indicate by check mark if the registrant is a well-known seasoned issuer.
"""


def _lines(page: str, question: str) -> list[str] | None:
    found = F.registered_securities(page, question)
    return None if found is None else [page[a:b] for a, b in found[2]]


def test_the_securities_registered_under_12b_are_read_from_the_cover_by_kind():
    q = "Which debt securities does Northwind Pumps have registered under Section 12(b) of the Exchange Act?"
    assert F.asks_registered(q)
    assert _lines(COVER, q) == ["2.125% Notes due 2027 NWP27 New York Stock Exchange",
                                "0.875% Notes due 2031 NWP31 New York Stock Exchange"]  # fmt: skip
    assert _lines(COVER, "What is Northwind's trading symbol?") == ["Common Stock, $0.50 par value NWP New York Stock Exchange"]
    assert not F.asks_registered("What was Northwind's revenue in 2024?")


def test_a_cover_whose_columns_were_read_apart_gives_no_list_that_mixes_them():
    assert _lines(SPLIT, "What is Northwind's trading symbol?") is None
    assert _lines(SPLIT, "Which notes does Northwind have registered on an exchange?") == ["2.125% Notes due 2027"]


def test_the_registered_notes_are_answered_from_the_cover_page():
    from assistant.answer import extract as X
    from one_page import NearEmbedder

    body = "Item 7. Net sales rose 4% to $2.1 billion. The 2.125% Notes due 2027 were issued in 2020."
    pages = {1: COVER, 2: body}
    hits = [Hit(chunk=Chunk(chunk_id=f"dnw:{p}", doc_id=PUMPS.doc_id, doc=PUMPS.doc, source=PUMPS.source, page=p,
                            page_end=p, start=0, end=len(t), text=t, ordinal=p), score=1.0, rank=r, meta=PUMPS)
            for r, (p, t) in enumerate(sorted(pages.items(), reverse=True))]  # fmt: skip
    ex = X.extract("Which debt securities does Northwind Pumps have registered under Section 12(b)?", hits,
                   NearEmbedder(), page_text=lambda d, p: pages.get(p))  # fmt: skip
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.kind == "list" and pick.candidate.page == 1
    assert pick.candidate.items == ("2.125% Notes due 2027 NWP27 New York Stock Exchange",
                                    "0.875% Notes due 2031 NWP31 New York Stock Exchange")  # fmt: skip


def test_a_designation_line_is_no_answer():
    """Session 33 (#10): a filing's designation line ("Exhibit 99.1" over a release, "Item 2.02" of an 8-K) says what
    the document is; read as a row ("Exhibit: 99.1") its number looked like a figure."""
    for line in ("Exhibit: 99.1", "Exhibit 99.2", "EX-99.1", "Item 2.02", "Item: 7.01", "Annex B"):
        assert F.is_cover_text(line), line
    for line in ("Towers decommissioned: Q3 2026 14, Q3 2025 9", "Exhibit 99.1 contains the full results.",
                 "Item 7 discusses results of operations; revenue rose 4%."):
        assert not F.is_cover_text(line), line
