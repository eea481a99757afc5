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
