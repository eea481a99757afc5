"""Extractive answers from industry articles (issue 11): a currency code before an amount names no subject, a count of
causes explains the change said before it, and a year naming only a level to compare with dates no figure.

Every sentence and question below is written for these tests (fictional markets, in the style of trade-press
analysis and industry notes).
"""

from __future__ import annotations

from one_page import NearEmbedder, ask_one_page

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as S
from assistant.answer import pickers as P
from assistant.answer import extract as X
from assistant.answer import prose_drivers as drivers
from assistant.types import Chunk, DocMeta, Hit

ARTICLE = DocMeta(doc_id="dspa", doc="nordic_spas_2025", source="/r/nordic_spas_2025.html",
                  title="Nordic day spas: the chains keep opening | Wellness Trade Weekly")  # fmt: skip
NOTE = DocMeta(doc_id="dcran", doc="tower_cranes_2025", source="/r/tower_cranes_2025.pdf",
               title="Tower Cranes: Rentals, Service and New Sales, 2022-2024")  # fmt: skip


def _ask(question: str, page: str, meta: DocMeta, threshold: float = P.THRESHOLD) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=meta)
    return X.extract(question, [hit], NearEmbedder(), page_text=lambda d, p: page, threshold=threshold)


# -- 1. "EUR 2.1 billion", "CHF 640 million": a currency code is no name opening the sentence

def test_a_currency_code_before_an_amount_is_no_name():
    assert S.first_name("Spas took EUR 2.1 billion in revenue, up 6.4% from EUR 1.97 billion.") is None
    assert S.first_name("Rental fleets earned CHF 640 million, while dealers sold SEK 3.2 billion of cranes.") is None
    assert S.first_name("Orders reached US$ 4.5 billion, led by Vantor Lifting.") == "vantor"
    assert S.first_name("Sales at Brightwell rose 4%.") == "brightwell"  # a name is still a name


SPAS = ("Members and revenue\n"
        "Day spas in the five Nordic markets we follow had 3.4 million regular visitors at the end of 2024, 4.1% more "
        "than a year earlier. Spas took EUR 2.1 billion in revenue, up 6.4% from EUR 1.97 billion, and the average "
        "spend per visit rose to EUR 58 from EUR 55.\n")


def test_a_market_sentence_opening_with_its_own_noun_is_about_the_asked_market():
    q = "How much revenue did Nordic day spas take in 2024?"
    ex = _ask(q, SPAS, ARTICLE)
    assert ex.picks[0] is not None and "EUR 2.1 billion" in ex.picks[0].candidate.text
    assert ex.picks[0].parts["subject"] >= 0.7  # the sentence's subject is the spas, not a name "EUR"


def test_a_sentence_opening_with_the_asked_noun_is_about_it_even_where_the_text_capitalises_that_noun():
    page = SPAS + "Related analysis: Why Spas Are Adding Saunas | Top Spas Of 2024\n"  # "Spas" written as a name there
    ex = _ask("How much revenue did Nordic day spas take in 2024?", page, ARTICLE)
    assert ex.picks[0] is not None and "EUR 2.1 billion" in ex.picks[0].candidate.text
    assert ex.picks[0].parts["subject"] >= 0.7
    # a sentence naming the asked place itself, opened by the asked noun, is read as before: its opening decides
    text = "Spas had become cheaper again: a visit cost about EUR 48 in Norway in 2024, against EUR 55 in 2022."
    names = {"spas", "norway", "eur"}
    asked = Q.read_question("How much revenue did Norway's spas take in 2024?", {"revenue", "spas"}, names)[0]
    c = C.Candidate("d", "d", "d", 1, 0, len(text), text, "sentence", heading="Prices", meta=ARTICLE)
    assert S.subject_score(asked, c, (), names) <= 0.5


# -- 2. "<change> for four reasons:": the counted causes explain the change said before the count

CRANES = ("Service\n"
          "Rental revenue grew for three reasons, and we expect all three to last:\n"
          "- contractors are renting rather than buying while interest rates stay high;\n"
          "- the fleet of cranes older than fifteen years keeps growing, and owners hand their upkeep to the makers;\n"
          "- rental rates rose by 4-7% in most of Europe.\n"
          "New sales\n"
          "Sales of new cranes fell 8% to 11,200 units in 2024.\n")


def test_a_count_of_reasons_explains_the_change_said_before_it():
    assert S._effect_before_count("Rental revenue grew for ") == "Rental revenue grew"
    assert S._effect_before_count("Margins held up. Volumes fell because of ") == "Volumes fell"
    assert S._effect_before_count("Demand rose: ") == ""
    ex = _ask("What is driving the growth in tower crane rental revenue?", CRANES, NOTE)
    p = ex.picks[0]
    assert p is not None and p.candidate.kind == "list" and "contractors are renting" in p.candidate.body
    # the same causes do not explain another change ("new crane sales fell")
    ex = _ask("What caused the fall in new crane sales in 2024?", CRANES, NOTE)
    assert all(s.parts["type"] < 1.0 for s in ex.ranked[0] if s.candidate.kind == "list")
    assert ex.picks[0] is None or ex.picks[0].candidate.kind != "list"


# -- 3. "back above its 2019 level": a year named as a level to compare with dates no figure

GYMS = ("Climbing walls in the region had 2.6 million members at the end of 2024, 7% more than the 2.43 million a year "
        "earlier; membership first climbed back above its 2019 level during 2023.\n")
FERRIES = "Ferry operators carried 48 million passengers in 2024, still 9% below their 2019 peak.\n"


def test_a_year_naming_a_level_to_compare_with_dates_no_figure():
    assert drivers.figureless_base_years(GYMS) == {2019}
    assert drivers.figureless_base_years(FERRIES) == {2019}
    # the level's own figure stated: that year is dated
    assert drivers.figureless_base_years("Ridership was 48 million in 2024, still below its 2019 level of 61 million.") \
        == frozenset()


def test_a_figure_for_a_year_named_only_as_a_reference_is_not_given():
    for q, page in (("How many climbing-wall members were there in 2019?", GYMS),
                    ("How many passengers did ferry operators carry in 2019?", FERRIES)):
        ex = _ask(q, page, ARTICLE, threshold=0.3)
        assert ex.picks[0] is None, q
    ex = _ask("How many climbing-wall members were there at the end of 2024?", GYMS, ARTICLE)
    assert ex.picks[0] is not None
