"""Retrieval hints: inside the asked company's filing, the statement page holding the rows a question needs is
ranked first, also when its title or labels are worded in a way the vocabulary has not seen."""

from __future__ import annotations

from assistant.retrieve.hints import metric_pages
from finance_filings import FILINGS, HARBOR, HARBOR_CF, TALLGRASS
from finance_filings import page_index


def _untitled(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if "STATEMENT" not in line.upper())


def test_cash_flow_statement_outranks_the_discussion_page():
    index = page_index(["harbor"])
    pages = metric_pages("What were Harbor Home Products' capital expenditures in FY2023?", index, [HARBOR.doc_id])
    best = max(pages, key=pages.get)
    assert best == (HARBOR.doc_id, 45)
    assert pages.get((HARBOR.doc_id, 30), 0.0) < pages[best]


def test_untitled_statement_page_still_ranks_first(monkeypatch):
    meta, texts = FILINGS["harbor"]
    monkeypatch.setitem(FILINGS, "harbor", (meta, {**texts, 45: _untitled(HARBOR_CF)}))
    index = page_index(["harbor"])
    pages = metric_pages("Harbor Home Products FY2023 capex", index, [HARBOR.doc_id])
    assert max(pages, key=pages.get) == (HARBOR.doc_id, 45)


def test_statement_words_point_at_the_statement_kind():
    index = page_index(["tallgrass"])
    pages = metric_pages("Using the statement of financial position, what were Tallgrass Industrial Holdings' "
                         "total assets in FY2023?", index, [TALLGRASS.doc_id])
    assert max(pages, key=pages.get) == (TALLGRASS.doc_id, 72)
