"""Deals a filer states one sentence each (answer/prose_events.py) and the extractive answer that quotes them
(answer/pickers.py hook ``_stated_deals``).

Every sentence below is written for these tests (fictional companies: Northwind, Tailspin, Fabrikam, Litware).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_events as E
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dnw", doc="NORTHWIND_2024_10K", source="/r/northwind_2024_10k.pdf",
               title="Northwind Form 10-K FY2024", company="Northwind", doc_type="10-K", fiscal_year=2024,
               period="FY2024")  # fmt: skip

NOTE = (
    "Notes to Consolidated Financial Statements\n"
    "Note 4. Acquisitions and Divestitures\n"
    "A. Acquisitions\n"
    "Tailspin\n"
    "On October 2, 2024, we acquired all of the outstanding shares of Tailspin Robotics, a maker of warehouse picking "
    "arms, for $41 per share in cash, for total consideration of $1.2 billion. As a result, Tailspin became our wholly "
    "owned subsidiary. We recorded $310 million of assets acquired, primarily inventory and receivables.\n"
    "Litware\n"
    "On March 14, 2024, the Company completed the acquisition of 100% equity interest in Litware Films, a Polish "
    "maker of barrier films. The purchase consideration of $88 million is subject to customary adjustments.\n"
    "In June 2024, we entered into an agreement to acquire Fabrikam Sensors for $150 million; the transaction is "
    "expected to close in 2025.\n"
    "Blue Yonder Labs\n"
    "On January 9, 2023, we acquired Blue Yonder Labs, a software start-up, for $35 million.\n"
)


def _answer(question: str, page: str = NOTE, meta: DocMeta = META) -> tuple[str, X.Extraction]:
    c = Chunk(chunk_id="dnw:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=64, page_end=64, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=meta)
    ex = X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: page)
    return R.render(ex, lambda d, p: page)[0], ex


def test_deal_questions_are_recognised():
    assert E.asked_event("What are the major acquisitions Northwind made in FY2024?") == "acquisition"
    assert E.asked_event("Which companies did Northwind acquire in 2024?") == "acquisition"
    assert E.asked_event("What are three companies acquired by Northwind mentioned in this 10-K?") == "acquisition"
    assert E.asked_event("What divestitures did Northwind complete?") == "divestiture"
    assert E.asked_event("How much did Northwind pay for its acquisitions?") is None
    assert E.asked_event("Why did Northwind acquire Tailspin?") is None


def test_only_completed_deals_in_the_filers_own_voice_are_stated():
    names = {"northwind"}
    assert E.stated_deal("On October 2, 2024, we acquired all of the outstanding shares of Tailspin Robotics, a maker "
                         "of arms.", "acquisition", names) == "tailspin robotics a maker of"  # fmt: skip
    assert E.stated_deal("On March 14, 2024, the Company completed the acquisition of 100% equity interest in Litware "
                         "Films.", "acquisition", names) == "litware films"  # fmt: skip
    assert E.stated_deal("Northwind acquired Blue Yonder Labs in 2023.", "acquisition", names) == "blue yonder labs in"
    # not completed, in passing, or someone else's deal
    assert E.stated_deal("In June 2024, we entered into an agreement to acquire Fabrikam Sensors.", "acquisition", names) is None
    assert E.stated_deal("We expect to complete the acquisition of Fabrikam Sensors in 2025.", "acquisition", names) is None
    assert E.stated_deal("We recorded $310 million of assets acquired, primarily inventory.", "acquisition", names) is None
    assert E.stated_deal("In 2024, Fabrikam acquired Litware Films.", "acquisition", names) is None
    assert E.stated_deal("On May 1, 2024, we sold our Nordic bakery business.", "divestiture", names) == "nordic bakery business"


def test_the_acquisitions_of_the_asked_years_are_quoted_one_sentence_each():
    text, ex = _answer("What are the major acquisitions that Northwind has done in FY2024?")
    lines = text.split("\n")
    assert lines[0].startswith("The acquisitions the filing states, one sentence each, from Northwind's 2024 10-K")
    assert "Tailspin Robotics" in text and "Litware Films" in text
    assert "Fabrikam" not in text  # agreed, not completed
    assert "Blue Yonder" not in text  # a 2023 deal: another year than the one asked
    assert len(ex.others[0]) == 1  # the second deal shown beside the first


def test_without_a_year_every_stated_deal_of_the_filing_is_quoted():
    text, _ = _answer("Which companies did Northwind acquire, as mentioned in this 10-K?")
    assert all(n in text for n in ("Tailspin Robotics", "Litware Films", "Blue Yonder Labs"))
    assert "Fabrikam" not in text


def test_one_deal_is_no_list():
    page = NOTE.split("Litware\n")[0]
    text, ex = _answer("What are the major acquisitions that Northwind has done in FY2024?", page)
    assert not ex.others or not ex.others[0]
    assert "one sentence each" not in text


def test_a_deal_told_twice_on_one_date_is_quoted_once():
    page = NOTE + ("Northwind's quarterly report had said: On March 14, 2024, the Company completed the acquisition of "
                   "100% equity interest in Litware Films sp. z o.o., a barrier film maker.\n")  # fmt: skip
    text, _ = _answer("What are the major acquisitions that Northwind has done in FY2024?", page)
    assert text.count("March 14, 2024") == 1
    assert E.deal_date("On March 14, 2024, we acquired Litware.") == "march 14, 2024"


def test_the_deal_search_and_the_passages_read_first():
    q = "What are three companies acquired by Northwind mentioned in this 10-K?"
    assert "completed the acquisition of" in E.deal_query(q)
    assert E.deal_query("How much revenue did Northwind report in 2024?") is None
    assert E.states_deal(NOTE, q)  # the acquisitions note states completed deals
    assert not E.states_deal("Subsidiaries of the registrant: Northwind Holdings B.V. (Netherlands); Northwind GmbH.", q)
