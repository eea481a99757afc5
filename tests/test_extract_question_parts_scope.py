"""question parts: a part asking one amount of two names joined by "and" is one part per name, and a lead-in setting
measures aside ("Besides A and B, what ...") is no part of its own. Every sentence and question below is written for
these tests (fictional companies and products)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="wsa", doc="WESTSPAN_2024_10K", source="/r/westspan_2024_10k.pdf", title="Westspan Aero 10-K 2024")
PAGE = """Trainer Programs

We delivered 31 Falcon trainers in 2024, compared with 27 in 2023.
At December 31, 2024, our backlog included 96 Falcon trainers, with deliveries extending into 2028.
Kestrel program revenue grew in 2024 on higher sustainment volume.
"""
ASKED = ("How many Falcon trainers did Westspan Aero deliver in 2024, how many Falcon and Kestrel trainers did it hold "
         "in backlog at year-end 2024, and what drove Kestrel program revenue?")


def _ask(question: str) -> X.Extraction:
    c = Chunk(chunk_id="wsa:1", doc_id="wsa", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(PAGE), text=PAGE, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], HashEmbedder(),
                     page_text=lambda d, p: PAGE, threshold=0.3)  # fmt: skip


def test_a_part_asking_one_amount_of_two_names_is_one_part_per_name():
    parts = Q.read_question(ASKED)
    texts = [p.text for p in parts]
    assert "how many Falcon trainers did it hold in backlog at year-end 2024" in texts
    assert "how many Kestrel trainers did it hold in backlog at year-end 2024" in texts
    kestrel = next(p for p in parts if p.text.startswith("how many Kestrel"))
    assert "falcon" not in kestrel.entities and "kestrel" in kestrel.entities
    # combined, they stay one part
    both = Q.read_question("How many trainers did Westspan Aero deliver in 2024, and how many Falcon and Kestrel "
                           "trainers did it hold in backlog combined?")
    assert sum("Falcon and Kestrel" in p.text for p in both) == 1


def test_each_named_item_is_answered_or_said_not_to_be_found():
    ex = _ask(ASKED)
    text = R.render(ex, lambda d, p: PAGE)[0]
    assert "96 Falcon trainers" in text
    # the Falcon backlog is never shown as the Kestrel backlog: that part is said not to be found
    assert "Not in the indexed reports: how many Kestrel trainers did it hold in backlog" in text


def test_a_lead_in_setting_measures_aside_is_no_part():
    q = ("Besides revenue and operating margin, what does Harbor Mills' 2025 outlook give for diluted earnings per "
         "share, new stores, capital expenditures and effective tax rate?")
    parts = Q.read_question(q)
    assert len(parts) == 1
    assert not parts[0].text.startswith("operating margin")
    assert {"revenue", "operating", "margin"}.isdisjoint(parts[0].words)
    # a lead-in naming one measure aside, then two measures asked: the two asked are the parts
    two = Q.read_question("Apart from dividends, what were Harbor Mills' revenue and order backlog in 2024?")
    assert len(two) == 2 and all("dividends" not in p.words for p in two)
