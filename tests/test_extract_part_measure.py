"""A later part of a several-part question that names its own thing ("..., and how large a break fee would it owe
if regulators blocked the deal?") is held to its own words, never to the measure of the part before ("price"): the
sentence stating the fee answers it. A part with no words of its own ("in what form") still takes the part
before's. Filings and wordings are fictional, written for these tests."""

from __future__ import annotations

from one_page import HashEmbedder

from assistant.answer import extract as X
from assistant.answer import pickers as P
from assistant.types import Chunk, DocMeta, Hit

TENK = DocMeta(doc_id="dcont", doc="CONTOSO_2025_10K", source="/r/contoso_2025_10k.pdf", company="Contoso Foods",
               doc_type="10-K", fiscal_year=2025, title="Contoso Foods, Inc. Annual Report on Form 10-K")  # fmt: skip

PAGE = ("Pending Acquisition\n"
        "On May 12, 2025, we entered into a definitive agreement to acquire Tailspin Snacks, Inc. for approximately "
        "$4.5 billion, comprised of approximately two-thirds cash and one-third stock.\n"
        "The transaction is subject to regulatory approvals and is expected to close in 2026.\n"
        "We will be required to pay Tailspin a termination fee of $300 million if the transaction fails to receive "
        "antitrust clearance.\n"
        "We expect to finance the cash portion with cash on hand and new term loans.\n")


def _ask(question: str) -> X.Extraction:
    c = Chunk(chunk_id="dcont:1", doc_id="dcont", doc=TENK.doc, source=TENK.source, page=1, page_end=1, start=0,
              end=len(PAGE), text=PAGE, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=TENK)
    return X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: PAGE, threshold=P.THRESHOLD)


def test_the_fee_part_is_answered_by_the_fee_sentence():
    ex = _ask("What price did Contoso Foods agree to pay for Tailspin in May 2025, and how large a termination fee "
              "would Contoso Foods owe if the deal failed to receive antitrust clearance?")
    assert len(ex.parts) == 2
    assert ex.picks[1] is not None and "$300 million" in ex.picks[1].candidate.text, ex.picks[1]


def test_the_fee_part_in_other_words():
    ex = _ask("What price will Contoso Foods pay for Tailspin Snacks? How large is the termination fee Contoso Foods "
              "would owe Tailspin without antitrust clearance?")
    assert ex.picks[-1] is not None and "$300 million" in ex.picks[-1].candidate.text, ex.picks[-1]
