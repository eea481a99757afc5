"""#11 (reports): a stake in a company asked ("Which Dutch company holds a stake in X, and how large is it?"): one holder
is asked (a singular kind with its verb "holds", no plural noun), ownership said in other words ("owns about 28% of X")
says the holding, and the stake's size is the part held, a percentage. Fictional report sentences and questions
written for these tests (a note on cold-storage warehouses)."""

from __future__ import annotations

from assistant.answer import render as R
from assistant.answer.question import question_kind, read_question
from assistant.types import DocMeta
from assistant.answer import extract as X
from assistant.types import Chunk, Hit
from one_page import NearEmbedder

COLD = DocMeta(doc_id="dcold2", doc="cold_storage_owners_2026", source="/r/cold_storage_owners_2026.html",
               title="Who owns Europe's refrigerated warehouses")  # fmt: skip
PAGE = ("Owners\n\nBrennick Logistics, the largest Dutch operator, owns about 28% of Tavener Cold Stores. Private "
        "equity funds bought into several smaller chains during 2025.\n")


def test_a_singular_kind_with_its_verb_asks_one_name():
    assert question_kind("Which Dutch company holds a stake in Tavener Cold Stores?") == "entity"
    assert question_kind("Which regional operator runs the largest depot in Ghent?") == "entity"
    # a plural kind asks a list; a question with no verb after the kind is left as it was
    assert question_kind("Which companies hold stakes in Tavener Cold Stores?") == "list"
    assert question_kind("Which Belgian warehouse operators expanded in 2025?") == "list"


def test_the_size_of_a_stake_is_a_percentage():
    parts = read_question("Which Dutch company holds a stake in Tavener Cold Stores, and how large is it?")
    assert [p.kind for p in parts] == ["entity", "amount"] and parts[1].unit == "percent", parts
    assert read_question("How large is Brennick's stake in Tavener Cold Stores?")[0].unit == "percent"
    # money paid for a stake stays money
    assert read_question("How much did Brennick pay for its stake in Tavener Cold Stores?")[0].unit == "money"


def test_the_holder_and_its_stake_are_answered_from_an_ownership_sentence():
    c = Chunk(chunk_id="dcold2:1", doc_id=COLD.doc_id, doc=COLD.doc, source=COLD.source, page=1, page_end=1, start=0,
              end=len(PAGE), text=PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("Which Dutch company holds a stake in Tavener Cold Stores, and how large is it?",
                   [Hit(chunk=c, score=1.0, rank=0, meta=COLD)], NearEmbedder(), page_text=lambda d, p: PAGE)
    assert ex.answered and not ex.partial, [p and p.candidate.text for p in ex.picks]
    assert all("owns about 28%" in p.candidate.text for p in ex.picks)
    text = R.render(ex, lambda d, p: PAGE)[0]
    assert "28%" in text, text
