"""The answerer knows a filer by the trading symbol its cover gives ("traded ... under the symbol PRSW"): a question
naming the symbol is answered from that filer's own sentences. Every text below is written for this test."""

from __future__ import annotations

from assistant.answer.answerer import Answerer
from assistant.config import Settings
from assistant.index.embeddings.hash import HashEmbedder
from assistant.llm.fake import FakeLLM
from assistant.query.entities import trading_symbols
from assistant.types import Chunk, DocMeta, Hit

PROSE = DocMeta(doc_id="dprs", doc="PROSEWARE_2025_10K", source="/r/PROSEWARE_2025_10K.pdf", company="PROSEWARE",
                doc_type="10-K", fiscal_year=2025)  # fmt: skip
BOLT = DocMeta(doc_id="dblt", doc="BOLTWORKS_2025_10K", source="/r/BOLTWORKS_2025_10K.pdf", company="BOLTWORKS",
               doc_type="10-K", fiscal_year=2025)  # fmt: skip
COVER = ("FORM 10-K\nPROSEWARE SEALS, INC.\n(Exact name of registrant as specified in its charter)\nCommon Stock, $0.01 "
         "par value, traded on the Nasdaq Global Market under the symbol PRSW.\n")
RISKS = ("Item 1A. Risk Factors\n\nWe depend on a limited number of suppliers for the resins used in our gaskets, and "
         "a disruption at any of them could delay our shipments.\n")
PAGES = {("dprs", 1): COVER, ("dprs", 9): RISKS, ("dblt", 1): "FORM 10-K\nBOLTWORKS INDUSTRIAL CORP.\n"}


class _Index:
    def page_text(self, doc_id, page):
        return PAGES.get((doc_id, page))

    def facts(self, **filters):
        return []

    def documents(self):
        return [PROSE, BOLT]


class _Retriever:
    def __init__(self, hits):
        self.hits, self.embedder = hits, HashEmbedder()

    def search(self, query, k=8, filters=None, steer=True):
        return self.hits[:k]

    def evidence(self, query, hits):
        return 0.9


def _hit(meta: DocMeta, page: int) -> Hit:
    text = PAGES[(meta.doc_id, page)]
    c = Chunk(chunk_id=f"{meta.doc_id}:{page}", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page,
              page_end=page, start=0, end=len(text), text=text, ordinal=page)  # fmt: skip
    return Hit(chunk=c, score=1.0, rank=0, meta=meta)


def test_a_symbol_given_in_a_covers_sentence_is_a_trading_symbol():
    assert trading_symbols(COVER) == {"PRSW"}
    assert trading_symbols("Revenue was reported under the symbol of growth.") == set()


def test_a_question_naming_the_filer_by_its_symbol_is_answered_from_its_filing():
    a = Answerer(_Retriever([_hit(PROSE, 9)]), FakeLLM("I don't know."), Settings(llm="fake"), index=_Index())
    ans = a.ask("Does PRSW depend on a limited number of suppliers?")
    assert ans.mode in ("extract", "fallback") and "limited number of suppliers" in ans.text  # quoted, not declined
