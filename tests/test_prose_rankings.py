"""Rankings: "which come after A and B?" (answer/prose_rankings.py) and the extractive answers that list the names
after them (answer/extract.py hooks).

Every sentence below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as XR
from assistant.answer import prose_rankings as K
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dtow", doc="tower_leasing_2025", source="/r/tower_leasing_2025.md",
               title="Tower Leasing Review 2025")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def test_the_names_a_question_asks_what_comes_after():
    assert K.after_names("Which tower companies come after Contoso Towers and Fabrikam in size?") == ["Contoso Towers", "Fabrikam"]
    assert K.after_names("After Contoso Towers, which companies own the most sites?") == ["Contoso Towers"]
    assert K.after_names("Which firms follow Northwind and Tailspin in Canada?") == ["Northwind", "Tailspin"]
    assert K.after_names("What happened after Contoso bought Fabrikam?") == []
    assert K.after_names("Which segments grew after the Fabrikam acquisition?") == []


def test_the_names_a_ranking_gives_after_the_asked_ones():
    s = "In Canada, Northwind and Tailspin own the most towers, followed by Litware, Proseware and Adatum."
    assert K.names_after(s, ["Northwind", "Tailspin"]) == ["Litware", "Proseware", "Adatum"]
    s2 = "Northwind owns the most towers, with 9,100 sites. Tailspin followed with 6,200, then Litware with 3,000."
    assert K.names_after(s2, ["Northwind"]) == ["Tailspin", "Litware"]
    # asked after the first of two joint leaders: the other leader comes first
    assert K.names_after(s, ["Northwind"]) == ["Tailspin", "Litware", "Proseware", "Adatum"]
    # a given name missing, or none after the last of them: no answer
    assert K.names_after(s, ["Northwind", "Contoso"]) == []
    assert K.names_after("Northwind leads, followed by Tailspin with 6,200 sites.", ["Northwind", "Tailspin"]) == []


PAGE = """## Owners

In Canada, Northwind and Tailspin own the most towers, followed by Litware, Proseware and Adatum.

Northwind and Tailspin together own 61% of Canadian towers.

In Mexico, Contoso Towers leads, followed by Fabrikam and Wingtip.
"""


def test_an_after_question_is_answered_with_the_names_after_them():
    ex = _ask("Which companies come after Northwind and Tailspin in size in Canada?", PAGE)
    assert ex.picks[0].candidate.text.startswith("In Canada, Northwind and Tailspin own the most towers")
    text = XR.render(ex, lambda d, p: PAGE)[0]
    assert text.startswith("After Northwind and Tailspin: Litware, Proseware and Adatum, from")


def test_a_sentence_naming_the_asked_ones_without_a_ranking_after_them_does_not_answer():
    ex = _ask("Which companies come after Northwind and Tailspin in size?", "Northwind and Tailspin together own 61% of towers.\n")
    assert ex.picks[0] is None


def test_where_a_name_ranks_is_its_place_in_a_ranking_sentence():
    from assistant.answer import prose_rankings as R
    s = ("Ranked by kilns shipped in 2024, the four largest makers were Contoso Kilns (about 41,000), Fabrikam Fire "
         "(29,000), Litware Ceramics (18,000) and Northwind Heat (9,000).")
    assert R.asks_position("Who shipped the most kilns in 2024, and where did Litware Ceramics rank?") == "Litware Ceramics"
    assert R.position_in(s, "Litware Ceramics") == (3, ["Contoso Kilns", "Fabrikam Fire"])
    assert R.position_line("Litware Ceramics", 3, ["Contoso Kilns", "Fabrikam Fire"]) == (
        "Litware Ceramics ranked third (after Contoso Kilns, Fabrikam Fire)")
    assert R.position_in("Litware Ceramics shipped 18,000 kilns in 2024.", "Litware Ceramics") is None  # no ranking
    assert R.position_in(s, "Proseware Kilns") is None  # not listed


def test_a_second_part_asking_where_a_name_ranks_is_computed_under_the_first_parts_quote():
    page = ("# Kilns 2025\n\nRanked by kilns shipped in 2024, the four largest makers were Contoso Kilns (about 41,000), "
            "Fabrikam Fire (29,000), Litware Ceramics (18,000) and Northwind Heat (9,000).\n\nLitware Ceramics "
            "reported a loss in 2024.\n")
    ex = _ask("Who shipped the most kilns in 2024, and where did Litware Ceramics rank?", page)
    assert ex.notes.get(1) == "Litware Ceramics ranked third (after Contoso Kilns, Fabrikam Fire)"
    ex = _ask("Who shipped the most kilns in 2024, and where did Proseware Kilns rank?", page)
    assert ex.picks[1] is None  # not in the ranking: not answered by another sentence


# ---- a yes/no question asking whether a named holder has one rank (session 30) ---------------------------------------
# A yes/no question asking whether a named holder has one rank ("Was Valdora the third-largest exporter by value?")
# is decided only by a clause stating exactly that rank (answer/prose_rankings.rank_verdict via gates.verdict).
#
# Every sentence below is written for these tests (fictional countries, companies and markets).

HONEY = DocMeta(doc_id="dhoney", doc="honey_trade_2025", source="/r/honey_trade_2025.md",
               title="Honey Trade Review 2025")  # fmt: skip

HONEY_PAGE = """## Honey exporters

**Frost cut the Pelaran harvest by a third; Valdora earned more than ever before, and Kestria remained the third-largest exporter by value.**

Pelara remained the largest exporter by volume, shipping 210 kt, ahead of Kestria and Valdora.
"""


def _honey_text(question: str) -> str:
    ex = ask_one_page(question, HONEY_PAGE, HONEY, 0.3)
    return XR.render(ex, lambda d, p: HONEY_PAGE)[0]


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
    text = _honey_text("Was Valdora the third-largest honey exporter by value in 2024?")
    assert not text.startswith("Yes")
    assert text.startswith("No.\nFrom ")
    text = _honey_text("Was Valdora the largest honey exporter by value in 2024?")
    assert not text.startswith(("Yes", "No"))
