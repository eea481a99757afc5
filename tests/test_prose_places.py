"""prose_places: a country and its adjective name one place; a sentence opening with another place is that place's.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

import pytest

from assistant.answer import extract as X
from assistant.answer import prose_places as P
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dkiln", doc="kiln_review_2025", source="/r/kiln_review_2025.md",
               title="Electric Kilns: 2025 Review")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def test_a_country_and_its_adjective_are_one_place():
    assert P.place_key("Italian") == P.place_key("italy") == "italy"
    assert P.place_forms("polish") == {"poland", "polish"}
    assert P.place_forms("glazeworks") == {"glazeworks"}


def test_a_sentence_opening_with_another_place_is_that_places():
    assert P.opens_with_other_place("Polish sales are now 58% below their peak.", {"italian"})
    assert P.opens_with_other_place("In 2024, Spanish buyers waited.", {"portugal"})
    assert not P.opens_with_other_place("Italian sales fell 20%.", {"italy"})
    assert not P.opens_with_other_place("Polish sales fell.", {"glazeworks"})


PAGE = """## Southern Europe

Portuguese kiln sales have fallen every year since their 2021 peak. Spanish kiln sales are now 44% below their 2021 peak.
"""


def test_a_figure_of_the_next_place_does_not_answer_for_the_place_before():
    ex = _ask("How far have Portuguese kiln sales fallen from their peak?", PAGE)
    assert not ex.answered
    ex = _ask("How far have kiln sales in Spain fallen from their peak?", PAGE)
    assert ex.picks[0] is not None and "44%" in ex.picks[0].candidate.text



def test_one_place_however_written():
    # session 28: "the U.S." and "United States" are one place; "the" and a sentence's full stop are no part of a name
    assert P.same_place("the U.S.", "United States") and P.same_place("USA", "the United States of America")
    assert P.same_place("Great Britain", "the U.K.") and P.same_place("Norway.", "Norway")
    assert not P.same_place("Norway", "Denmark") and not P.same_place("the U.S.", "the U.K.")


# -- session 33 (#11): a table row labelled with another place holds that place's figures, never the asked whole's

def test_a_row_label_naming_another_place_is_told():
    assert P.labels_other_place("Germany", {"europe"})
    assert P.labels_other_place("United Kingdom", {"europe"})
    assert P.labels_other_place("Spain and Portugal", {"europe"})
    assert not P.labels_other_place("Rest of Europe", {"europe"})  # the remainder rule reads it (scoring)
    assert not P.labels_other_place("European Union", {"europe"})
    assert not P.labels_other_place("Total", {"europe"})
    assert not P.labels_other_place("Germany", {"germany", "europe"})
    assert not P.labels_other_place("Germany", {"contoso"})  # no place asked


WALLBOARD = DocMeta(doc_id="dwb", doc="wallboard_2026", source="/r/wallboard_2026.md",
                    title="Gypsum Wallboard in Europe, 2023-2028")
WALLBOARD_PAGE = """# Gypsum Wallboard in Europe

## Volumes by market

Table 2. Wallboard sold by market (million square metres)

| Market | 2024 | 2025 | 2028F |
|---|---|---|---|
| Germany | 412 | 398 | 420 |
| France | 305 | 301 | 318 |
| United Kingdom | 288 | 279 | 296 |
| Spain and Portugal | 141 | 144 | 155 |

The table continues on the next page with the smaller markets and the total.
"""



@pytest.mark.parametrize("question", [
    "How much gypsum wallboard is forecast to be sold in Europe in 2028?",
    "What volume of wallboard did Europe's market take in 2025, in square metres?",
    "How many square metres of wallboard were sold across Europe in 2024?",
])
def test_no_country_row_answers_a_figure_asked_of_europe(question):
    ex = _ask(question, WALLBOARD_PAGE)
    assert ex.picks[0] is None or not ex.picks[0].candidate.text.startswith(("Germany", "France", "United", "Spain"))


def test_the_asked_countrys_own_row_still_answers():
    ex = _ask("How much gypsum wallboard is forecast to be sold in Germany in 2028?", WALLBOARD_PAGE)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Germany")
