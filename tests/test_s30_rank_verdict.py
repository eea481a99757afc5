"""A yes/no question asking whether a named holder has one rank ("Was Valdora the third-largest exporter by value?")
is decided only by a clause stating exactly that rank (answer/prose_rankings.rank_verdict via gates.verdict).

Every sentence below is written for these tests (fictional countries, companies and markets).
"""

from __future__ import annotations

from assistant.answer import prose_rankings as K
from assistant.answer import render as XR
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dhoney", doc="honey_trade_2025", source="/r/honey_trade_2025.md",
               title="Honey Trade Review 2025")  # fmt: skip

PAGE = """## Honey exporters

**Frost cut the Pelaran harvest by a third; Valdora earned more than ever before, and Kestria remained the third-largest exporter by value.**

Pelara remained the largest exporter by volume, shipping 210 kt, ahead of Kestria and Valdora.
"""


def _text(question: str) -> str:
    ex = ask_one_page(question, PAGE, META, 0.3)
    return XR.render(ex, lambda d, p: PAGE)[0]


def test_the_rank_a_question_asks():
    assert K.asks_rank("Was Valdora the third-largest honey exporter by value in 2024?") == ("Valdora", ("third", "largest"), "value")
    assert K.asks_rank("Is Northwind still the largest tower owner in Canada?") == ("Northwind", ("", "largest"), None)
    assert K.asks_rank("Was honey the largest export?") is None
    assert K.asks_rank("What was the largest exporter?") is None


def test_a_clause_giving_the_rank_to_another_name_says_no():
    s = ("Frost cut the Pelaran harvest by a third; Valdora earned more than ever before, and Kestria remained the "
         "third-largest exporter by value.")
    assert K.rank_verdict("Was Valdora the third-largest honey exporter by value in 2024?", s) == "No"
    # the holder itself: its words decide, as for any yes/no question
    assert K.rank_verdict("Was Kestria the third-largest honey exporter by value in 2024?", s) == ""
    # another rank ("largest" is not "third-largest"): the sentence decides nothing
    assert K.rank_verdict("Was Valdora the largest honey exporter by value in 2024?", s) is None
    # ranked by another measure: decides nothing
    assert K.rank_verdict("Was Valdora the third-largest honey exporter by volume in 2024?", s) is None
    # "one of the largest" is held by several
    assert K.rank_verdict("Is Valdora the largest exporter?", "Kestria is one of the largest exporters.") is None
    # not a rank question: the usual words decide
    assert K.rank_verdict("Did Valdora earn more than ever before?", s) == ""


def test_a_yes_no_rank_question_is_not_answered_yes_by_another_names_rank():
    text = _text("Was Valdora the third-largest honey exporter by value in 2024?")
    assert not text.startswith("Yes")
    assert text.startswith("No.\nFrom ")
    text = _text("Was Valdora the largest honey exporter by value in 2024?")
    assert not text.startswith(("Yes", "No"))
