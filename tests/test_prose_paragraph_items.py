"""A list written as paragraphs after a lead-in, its markers lost (``assistant/answer/prose_paragraph_items.py``,
issue 11). Every page and question below is written for these tests (fictional markets, in the style of trade-press
analysis)."""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import extract as X
from assistant.answer import prose_paragraph_items as P
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dbike", doc="cargo_bikes_2025", source="/r/cargo_bikes_2025.html",
               title="Europe's cargo bikes go mainstream | Pedal Trade Weekly")  # fmt: skip

LEAD = ("## Sales and prices\n\nDealers in the six markets we follow sold 412,000 cargo bikes in 2024, 8.1% more than in "
        "2023.\n\n## Why families are switching\n\nDealers, city officials and riders give the same handful of reasons:")
ITEMS = ("Cheaper running costs. A cargo bike cost on average 31% less to run than a second car in 2024, against 22% in "
         "2021, because fuel and parking charges rose faster.\n\n"
         "Better bikes. Makers have added stronger motors and longer-range batteries, and most models now carry two "
         "children and a week's shopping.\n\n"
         "Safer streets. Cities added more than 1,400 kilometres of protected bike lanes between them in 2023 and "
         "2024.\n\n"
         "Subsidies. Several cities pay up to a third of the price for households that give up a car.")
OUTLOOK = "\n\n## Outlook\n\nWe expect sales to reach 450,000 in 2025."


def _ask(question: str, pages: dict[int, str], first: int = 1) -> X.Extraction:
    text = pages[first]
    c = Chunk(chunk_id=f"{META.doc_id}:{first}", doc_id=META.doc_id, doc=META.doc, source=META.source, page=first,
              page_end=first, start=0, end=len(text), text=text, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=META)
    return X.extract(question, [hit], NearEmbedder(), page_text=lambda d, p: pages.get(p))


def test_a_titled_paragraph_is_an_item_and_a_sentence_of_prose_is_not():
    assert P.titled("Better bikes. Makers have added stronger motors and longer-range batteries.")
    assert P.titled("The rise of the discounters. Two chains opened more than 900 stores between them.")
    assert not P.titled("Prices rose. Sales fell by 3% in the year.")  # a short sentence with its verb, no title
    assert not P.titled("In 2024, 3 cities. Several cities pay up to a third of the price.")
    assert P.items_opening(ITEMS + OUTLOOK)[1].startswith("Better bikes.")
    assert len(P.items_opening(ITEMS + OUTLOOK)) == 4  # up to the heading after them
    assert P.items_opening("We expect sales to reach 450,000 in 2025.\n\nCheaper bikes. More riders.") == []


def test_a_lead_in_and_its_titled_paragraphs_on_one_page_are_one_list():
    ex = _ask("Why are European families switching to cargo bikes?", {1: f"{LEAD}\n\n{ITEMS}{OUTLOOK}"})
    p = ex.picks[0]
    assert p is not None and p.candidate.kind == "list" and len(p.candidate.items) == 4
    assert p.candidate.items[2].startswith("Safer streets.")


def test_a_lead_in_closing_its_page_takes_the_item_paragraphs_opening_the_next_page():
    ex = _ask("Why are European families switching to cargo bikes?", {1: LEAD, 2: ITEMS + OUTLOOK})
    p = ex.picks[0]
    assert p is not None and p.candidate.kind == "list" and len(p.candidate.items) == 4
    assert p.candidate.items[0].startswith("Cheaper running costs.")
    # with no items opening the next page, the lead-in alone says nothing and is no candidate
    ex = _ask("Why are European families switching to cargo bikes?", {1: LEAD, 2: OUTLOOK.strip()})
    assert ex.picks[0] is None or ex.picks[0].candidate.kind != "list"
