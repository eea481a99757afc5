"""Which members of a stated list moved a given way (answer/prose_members.py and its hook in answer/extract.py).

Every passage below is written for these tests (fictional filers).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_members as M
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

FILING = DocMeta(doc_id="dnw", doc="NORTHWIND_2024_10K", source="/r/nw.md", company="Northwind Pumps", doc_type="10-K",
                 fiscal_year=2024)  # fmt: skip


def _ask(question: str, page: str) -> X.Extraction:
    c = Chunk(chunk_id="dnw:1", doc_id="dnw", doc=FILING.doc, source=FILING.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=FILING)
    return X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: page, threshold=0.3)


def test_the_question_and_the_moves():
    assert M.asks_moving_members("Which of Northwind's reportable segments grew in 2024?") == ("segments", "up")
    assert M.asks_moving_members("Which segments saw net sales decline?") == ("segments", "down")
    assert M.asks_moving_members("Which segments does Northwind have?") is None
    assert M.member_move("Municipal Systems", "Municipal Systems net sales decreased 7% to $510 million.") == ("down", "7%")
    assert M.member_move("Industrial Pumps", "Industrial Pumps segment sales rose 5% in 2024.") == ("up", "5%")
    assert M.member_move("Industrial Pumps", "Demand from Industrial Pumps customers rose.") is None  # not its subject


PAGE = """Item 1. Business
We have three reportable segments: Municipal Systems, Industrial Pumps and Aftermarket.

Item 7. Management's Discussion and Analysis
Municipal Systems net sales decreased 7% to $510 million in 2024. Industrial Pumps net sales increased 5% to $330
million in 2024. Aftermarket net sales increased 3% to $150 million.
"""


def test_the_members_that_grew_are_named_with_every_members_sentence():
    ex = _ask("Which of Northwind Pumps' reportable segments grew in 2024?", PAGE)
    assert ex.notes[0] == "Grew in 2024: Industrial Pumps (5%) and Aftermarket (3%); Municipal Systems (7%) declined"
    assert len(ex.others[0]) == 3
    assert R.render(ex, lambda d, p: PAGE)[0].startswith("Grew in 2024: Industrial Pumps (5%) and Aftermarket (3%)")


def test_a_member_whose_move_is_not_stated_leaves_the_question_to_the_other_rules():
    page = PAGE.replace(" Aftermarket net sales increased 3% to $150 million.", "")
    ex = _ask("Which of Northwind Pumps' reportable segments grew in 2024?", page)
    assert not ex.notes


def test_a_move_stated_of_the_members_sales():
    s = "Net sales for the Municipal Systems segment were $510.2 million, a decrease of $38.1 million, or 7.0%, compared to 2023."
    assert M.member_move("Municipal Systems", s) == ("down", "$38.1 million")
    s2 = "Net sales for the Industrial Pumps segment were $330.0 million, an increase of 5%."
    assert M.member_move("Industrial Pumps", s2) == ("up", "5%")
