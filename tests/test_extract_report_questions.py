"""Industry reports' prose and tables (issue 11, session 26): a remainder row ("Rest of Asia") never stands for the
place it qualifies, "what made X ..." asks a cause, "through which channels ..." asks the channels, and a question a
report asks in its own prose is answered by the sentences after it. Pages and questions written for these tests
(fictional notes on bicycle tyres, garden furniture and hearing aids)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import extract as X
from assistant.answer import prose_drivers as D
from assistant.answer.question import question_kind
from assistant.types import Chunk, DocMeta, Hit
from one_page import NearEmbedder

TYRES = DocMeta(doc_id="dtyre", doc="bicycle_tyres_2025", source="/r/bicycle_tyres_2025.pdf",
                title="Bicycle Tyres in Europe and Asia, 2023-2025")  # fmt: skip
TYRES_PAGE = (
    "2. Sales by market\n"
    "Japan's sales fell for a second year, while India's grew on commuter bicycles.\n"
    "Table 2. Sales of bicycle tyres by market, 2023-2025\n"
    "(EUR millions, at makers' prices)\n"
    "Market 2023 2024 2025F\n"
    "Germany 612 598 605\n"
    "Netherlands 288 281 290\n"
    "Rest of Europe 734 702 711\n"
    "Japan 405 391 388\n"
    "India 217 246 270\n"
    "Rest of Asia 322 339 351\n"
    "Total 2,578 2,557 2,615\n"
    "Note: F: our forecast. Rest of Asia includes Vietnam, Thailand and Indonesia.\n"
)

HEARING = DocMeta(doc_id="dhear", doc="hearing_aids_2025", source="/r/hearing_aids_2025.md",
                  title="Hearing Aids: Rechargeables and Over-the-Counter Sales")  # fmt: skip
HEARING_PAGE = (
    "## 1. Summary\n"
    "\n"
    "Hearing aid makers' takings outran their unit shipments again in 2024. Makers' sales rose 6.8% to "
    "EUR 9.1 billion, while units shipped rose 3.9% to 22.4 million.\n"
    "\n"
    "Why did value outpace units? The first reason is the switch to rechargeable devices, which sell for about "
    "EUR 180 more a pair than those with disposable batteries. The second reason is the spread of devices that "
    "stream calls and music, which carry a premium of 15% to 25%. Makers also raised list prices by 2% to 3% in 2024.\n"
    "\n"
    "Over-the-counter devices made 9% of units in the United States, up from 6% in 2023.\n"
)


def _ask(question: str, page: str, meta: DocMeta) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(),
                     page_text=lambda d, p: page)  # fmt: skip


def test_a_remainder_row_never_answers_for_the_place_it_qualifies():
    # Rule: "Rest of Asia" holds what is left of Asia after the rows named above it; a question asking Asia (alone or
    # with another place) is not answered by its figure; a question asking the rest of Asia itself is
    for question in ("What were bicycle tyre sales in Asia in 2024?",
                     "What were bicycle tyre sales in Europe and Asia in 2024, and what was the move versus 2023?"):
        ex = _ask(question, TYRES_PAGE, TYRES)
        assert not any(p is not None and p.candidate.text.startswith(("Rest of Asia", "Rest of Europe"))
                       for p in ex.picks), question  # fmt: skip
    ex = _ask("What were bicycle tyre sales in the rest of Asia in 2024?", TYRES_PAGE, TYRES)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Rest of Asia")


def test_what_made_asks_a_cause_and_what_made_up_does_not():
    # Rule: "What made X <verb> ...?" asks what caused it; "what made up" asks the parts of a whole
    assert question_kind("What made hearing aid takings outrun unit shipments in 2024?") == "reason"
    assert question_kind("What makes rechargeable hearing aids cost more?") == "reason"
    assert question_kind("What made up the largest share of hearing aid sales in 2024?") != "reason"


def test_a_preposition_before_which_with_a_plural_asks_the_things_named():
    # Rule: "Through which channels ...", "Via which ports ..." ask the channels and ports, as "In which countries" does
    assert question_kind("Through which channels did German buyers buy their hearing aids in 2024?") == "list"
    assert question_kind("Via which ports did the makers ship their tyres in 2024?") == "list"


def test_a_reports_own_question_is_answered_by_the_sentences_after_it():
    # Rule: a question a report asks in its prose ("Why did value outpace units?") announces its answer: the sentences
    # after it in its paragraph are one list, and that list answers the cause asked; the sentence restating the move
    # without a cause does not
    ex = _ask("What made hearing aid takings outrun unit shipments in 2024?", HEARING_PAGE, HEARING)
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.kind == "list"
    assert pick.candidate.text.startswith("Why did value outpace units?")
    assert any("rechargeable" in item for item in pick.candidate.items)
    assert not any(s.candidate.text.startswith("Hearing aid makers' takings outran") for s in ex.others[0])


GARDEN = DocMeta(doc_id="dgard", doc="garden_furniture_2025", source="/r/garden_furniture_2025.md",
                 title="Garden Furniture: Aluminium Gains on Teak")  # fmt: skip
GARDEN_PAGE = (
    "## 2. Sales by region\n"
    "\n"
    "*Table 1. Garden furniture sales by region, 2023 and 2024 (EUR millions, at retail prices)*\n"
    "\n"
    "| Region | 2023 | 2024 | Change (%) |\n"
    "|---|---|---|---|\n"
    "| Germany | 1,840 | 1,905 | +3.5 |\n"
    "| Italy | 760 | 741 | -2.5 |\n"
    "| Rest of world | 2,310 | 2,402 | +4.0 |\n"
    "| **World** | **4,910** | **5,048** | **+2.8** |\n"
    "\n"
    "For 2029 we see sales reaching EUR 5.9 billion, an average growth rate of 3.2% a year from 2024, with aluminium "
    "sets taking share from teak.\n"
    "\n"
    "Sets sold to hotels and restaurants had sales of EUR 610 million, 7% more than the EUR 570 million of 2023.\n"
)
def test_a_pipe_tables_italic_caption_and_trailing_heads_name_its_rows():
    # Rule: "*Table 1." in Markdown italics is a caption as "Table 1." is; a pipe head's cells ("| 2023 | 2024 | Change
    # (%) |") name each of the row's cells, a head naming no period among them
    rows = {c.text.split(":")[0]: c for c in C.page_candidates(GARDEN_PAGE, doc_id="dgard", doc="garden_furniture_2025")
            if c.kind == "row"}  # fmt: skip
    italy = rows["Italy"]
    assert italy.text.startswith("Italy: 2023 760, 2024 741, Change (%) -2.5")
    assert "Garden furniture sales by region" in italy.heading and "EUR millions" in italy.heading


def test_a_remainder_row_never_answers_for_the_asked_noun():
    # Rule: "Rest of world" is not the world: a question on the world market is not answered by its row
    page = ("Table 3. Sales of garden furniture by market, 2023-2024\n(EUR millions, at retail prices)\n"
            "Market 2023 2024\nEurope 2,600 2,646\nRest of world 2,310 2,402\n")
    for question in ("What were world garden furniture sales in 2024?",
                     "What were garden furniture sales in the world in 2024?"):
        ex = _ask(question, page, GARDEN)
        assert ex.picks[0] is None or not ex.picks[0].candidate.text.startswith("Rest of world"), question
    ex = _ask("What were garden furniture sales in the rest of the world in 2024?", page, GARDEN)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Rest of world")


def test_a_growth_rates_base_year_dates_no_figure_of_the_sentence():
    # Rule: "an average growth rate of 3.2% a year from 2024" names 2024 as the rate's base; the sentence's figures are
    # 2029's, so it does not answer a 2024 amount; the sentence stating the 2024 sales does
    prose = GARDEN_PAGE.split("\n\n", 3)[-1].replace("| **World** | **4,910** | **5,048** | **+2.8** |\n", "")
    assert "|" not in prose
    ex = _ask("What were sales of garden furniture sets to hotels and restaurants in 2024?", prose, GARDEN)
    assert ex.picks[0] is not None and "EUR 610 million" in ex.picks[0].candidate.text
    assert D.figureless_base_years("For 2029 we see sales reaching EUR 5.9 billion, an average growth rate of 3.2% a "
                                   "year from 2024.") == {2024}  # fmt: skip


CIDER = DocMeta(doc_id="dcider", doc="cider_bars_2025", source="/r/cider_bars_2025.html",
                title="Cider in bars: drinkers pay more for less")  # fmt: skip
CIDER_PAGE = (
    "What drinkers bought\n"
    "Bars took £3.2 billion from drinks in 2024, 3.1% more than in 2023, even though the volume of cider sold in bars "
    "fell 2.4% to 4.1 million hectolitres from 4.2 million.\n"
    "\n"
    "In 2024 cider sales in bars were a fifth of what customers spent on drinks, and their value rose because prices "
    "went up faster than volumes fell.\n"
)


def test_a_verdict_on_two_sides_stated_in_words_shows_each_sides_figure():
    # Rule: "in both value and volume" decided by a sentence stating the moves without figures ("its value rose ...
    # volumes fell") keeps its verdict, and the sentence stating the volume's move with its figure is shown under it
    ex = _ask("Did cider sales in bars grow in both value and volume over 2024?", CIDER_PAGE, CIDER)
    assert ex.verdicts[0] == "No"
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("In 2024 cider sales")
    assert any("4.1 million hectolitres" in s.candidate.text for s in ex.others[0])
