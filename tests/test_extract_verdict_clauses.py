"""extract.verdict: a semicolon clause that states the proposition decides when the whole sentence, hedged in its
other clause, states none. Every sentence and question below is written for this test (fictional markets)."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dbrk", doc="brokers_2025", source="/r/brokers_2025.md", title="Property Brokers: 2025 Review")


def _ask(question: str, page: str) -> X.Extraction:
    c = Chunk(chunk_id="dbrk:1", doc_id="dbrk", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], HashEmbedder(),
                     page_text=lambda d, p: page, threshold=0.3)  # fmt: skip


def test_the_semicolon_clause_stating_the_proposition_decides():
    page = ("# Property Brokers\n\nThree provinces have discussed limits on the fees brokers may charge, but only for "
            "rental flats; no province caps the fees brokers charge home buyers.\n")
    ex = _ask("Is there any province that caps the fees brokers charge home buyers?", page)
    assert ex.verdicts[0] == "No"


def test_clauses_that_disagree_or_only_plan_give_no_verdict():
    page = ("# Property Brokers\n\nOne province may cap the fees brokers charge home buyers next year; another province "
            "plans to cap the fees brokers charge home buyers.\n")
    assert _ask("Is there any province that caps the fees brokers charge home buyers?", page).verdicts[0] is None


def test_a_colon_clause_going_on_in_lower_case_is_read_alone_too():
    page = ("# Property Brokers\n\nThe province's third licensing round, whose results came out in May 2024, attracted no "
            "broker applications at all: its fee cap was below what any broker could accept after two years of inflation.\n")
    assert _ask("Were there any broker applications in the province's third licensing round?", page).verdicts[0] == "No"


def test_the_month_may_is_no_hedge():
    page = "# Property Brokers\n\nIn May 2024 the province capped the fees brokers charge home buyers.\n"
    assert _ask("Did the province cap the fees brokers charge home buyers?", page).verdicts[0] == "Yes"
