"""The extractive answer written out (answer/render.py): render, to_answer.

Moved from test_extract.py when extract.py was split; every sentence is written for these tests.
"""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import render as R
from assistant.types import DocMeta


def test_a_quarterly_filing_is_named_once_by_its_quarter():
    meta = DocMeta(doc_id="q", doc="ACME_2023Q2_10Q", source="", company="Acme Retail", doc_type="10-Q",
                   fiscal_year=2023, period="Q2 2023")  # fmt: skip
    c = C.page_candidates("Net sales rose 4% in the quarter.", meta=meta)[0]
    assert R.describe_source(c) == "Acme Retail's Q2 2023 10-Q"
