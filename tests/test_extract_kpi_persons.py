"""A person asked by full name ("Dana Whitcombe") is the subject of a filing's sentences that call her by title and
surname ("Ms. Whitcombe"). A fictional current report and question written for this test."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import scoring as S
from assistant.answer import extract as X
from one_page import NearEmbedder
from assistant.types import Chunk, DocMeta, Hit

REPORT = DocMeta(doc_id="dwr", doc="wrenfield_2025_8k", source="/r/wrenfield_2025_8k.pdf", company="Wrenfield Outfitters",
                 doc_type="8-K", fiscal_year=2025)  # fmt: skip
PAGE = ("Item 5.02\n\nOn May 12, 2025, Wrenfield Outfitters appointed Dana Whitcombe as Chief Executive Officer. Ms. "
        "Whitcombe will receive a base salary of not less than $950,000 annually. Within 30 days of her start, Ms. "
        "Whitcombe will also receive a cash sign-on bonus of $200,000.\n")


def test_a_person_named_in_full_is_the_subject_of_sentences_calling_her_by_title_and_surname():
    c = Chunk(chunk_id="dwr:2", doc_id=REPORT.doc_id, doc=REPORT.doc, source=REPORT.source, page=2, page_end=2,
              start=0, end=len(PAGE), text=PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("What base salary did Wrenfield promise Dana Whitcombe under her May 2025 employment terms?",
                   [Hit(chunk=c, score=1.0, rank=0, meta=REPORT)], NearEmbedder(), page_text=lambda d, p: PAGE,
                   aliases=lambda cand: (REPORT.company, "Wrenfield"), threshold=0.3)
    # the sentences calling her "Ms. Whitcombe" are about her (before: dropped, "dana" nowhere in them)
    assert any(s.candidate.text.startswith("Ms. Whitcombe will receive a base salary") and s.parts["subject"] >= 0.85
               for s in ex.ranked[0])
    # a base salary asked is a figure: the appointment sentence stating none is no answer (declined as figureless)
    assert Q.asks_figure("What base salary did Wrenfield promise Dana Whitcombe under her May 2025 employment terms?")
    assert "$950,000" in ex.picks[0].candidate.text or ex.figureless
    assert not S._given_name("dana", "What did Dana Whitcombe earn?", "Mr. Dana said ...")
