"""extract: "which of the five chains ... the most" needs a named member; a yes/no on "more customers" needs a sentence
about customers. Every sentence and question below is written for this test (fictional companies)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import scoring as S
from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dgc", doc="garden_chains_2025", source="/r/garden_chains_2025.md",
               title="Garden Centre Chains: 2025 Review")  # fmt: skip
TOTAL = ("# Garden Centre Chains\n\nThe five largest garden-centre chains added 120 stores between them in 2024, taking "
         "their combined estate to 2,310.\n")


def _ask(question: str, page: str) -> X.Extraction:
    c = Chunk(chunk_id="dgc:1", doc_id="dgc", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], HashEmbedder(),
                     page_text=lambda d, p: page, threshold=0.3)  # fmt: skip


def test_which_of_the_five_chains_asks_for_a_named_chain():
    assert S._KIND_Q.match("Which of the five chains added the most stores in 2024?").group(1) == "chains"
    assert not _ask("Which of the five chains added the most stores in 2024?", TOTAL).answered  # the group's total
    page = TOTAL + "\nContoso Garden opened a net 48 stores in 2024, the most of any chain.\n"
    ex = _ask("Which of the five chains added the most stores in 2024?", page)
    assert ex.answered and "Contoso Garden" in ex.picks[0].candidate.text


def test_a_verdict_on_more_customers_needs_a_sentence_about_customers():
    page = "# Garden Centre Chains\n\nContoso Garden opened more stores in 2024 than in any year since 2015.\n"
    assert _ask("Did Contoso Garden get more customers in 2024?", page).verdicts[0] is None
    page = "# Garden Centre Chains\n\nContoso Garden had more customers in 2024 than in 2023, its annual report says.\n"
    assert _ask("Did Contoso Garden get more customers in 2024?", page).verdicts[0] == "Yes"


def test_more_stores_is_no_verdict_on_more_customers():
    page = "# Garden Centre Chains\n\nContoso Garden had more urban stores in 2024.\n"
    assert _ask("Did Contoso Garden have more customers at its urban stores in 2024?", page).verdicts[0] is None
    page = "# Garden Centre Chains\n\nContoso Garden opened more stores in 2024 and drew more visits to its shops.\n"
    assert _ask("Did Contoso Garden draw more shoppers to its stores in 2024?", page).verdicts[0] is None


def test_a_which_list_question_is_not_answered_by_a_topic_sentence_naming_no_member():
    page = "# Garden Centre Chains\n\nWatering systems have become the main investment of garden-centre chains.\n"
    ex = _ask("Which watering systems do garden-centre chains install?", page)
    assert ex.parts[0].kind != "list" or not ex.answered
    page += "\nThe watering systems chains install are drip lines, misting towers and rain-water tanks.\n"
    ex = _ask("Which watering systems do garden-centre chains install?", page)
    assert ex.answered and "drip lines" in ex.picks[0].candidate.text


def test_which_region_leads_asks_one_region_and_the_ranking_sentence_answers():
    assert Q.question_kind("Which region leads in service-robot sales?") == "entity"
    assert S.asked_kind("Which region leads in service-robot sales?") == "region"
    assert Q.question_kind("Which regions grew in 2024?") == "list"
    assert Q.question_kind("Which country ranks second for kiln exports?") != "entity"  # an ordinal: the ranking itself
    page = ("# Service Robots\n\nWe recommend that clients:\n- **overweight** makers with a strong presence in Asia;\n"
            "- **underweight** makers that depend on European hospitals.\n\nAsia remained the largest region for "
            "service-robot sales in 2024, with 61% of units, ahead of North America with 24% and Europe with 12%.\n")
    ex = _ask("Which region leads in service-robot sales?", page)
    assert ex.answered and ex.picks[0].candidate.text.startswith("Asia remained the largest region")
