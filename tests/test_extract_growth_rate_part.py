"""#11 (reports): a growth rate asked after a figure ("How much did X raise in 2025, and what was the growth rate from
2024?"): the move of the measure the part before asked, "from 2024" its base (the period stays the part before's),
computed from the two figures its quote states, with both shown. Fictional report sentences and questions written for
these tests (a note on vertical farms)."""

from __future__ import annotations

from assistant.answer import render as R
from assistant.answer.question import read_question
from assistant.types import DocMeta
from assistant.answer import extract as X
from assistant.types import Chunk, Hit
from one_page import NearEmbedder

FARMS = DocMeta(doc_id="dfarm", doc="vertical_farming_2026", source="/r/vertical_farming_2026.pdf",
                title="Indoor and vertical farming: money, crops and closures, 2023-2025")  # fmt: skip
PAGE = ("Money\n\nPrivate investment in vertical farming businesses climbed to US$740 million in 2025 from US$610 million "
        "in 2024. Three of the largest growers closed plants in the Netherlands.\n")


def test_a_growth_rate_after_a_figure_is_that_measure_s_move_from_its_base_year():
    parts = read_question("How much private money did vertical farming businesses raise in 2025, and what was the growth "
                          "rate from 2024?")
    assert len(parts) == 2 and parts[1].kind == "amount", parts
    assert parts[1].unit == "change" and parts[1].years == {2025} and parts[1].since == 2024, parts[1]
    # a growth rate with a measure of its own is still a percentage of that measure
    own = read_question("What was Contoso's revenue in 2025, and what was the growth rate of its order backlog?")
    assert own[1].unit != "change", own[1]


def test_the_growth_rate_is_computed_from_the_part_before_s_quote():
    q = "How much private money did vertical farming businesses raise in 2025, and what was the growth rate from 2024?"
    c = Chunk(chunk_id="dfarm:1", doc_id=FARMS.doc_id, doc=FARMS.doc, source=FARMS.source, page=1, page_end=1, start=0,
              end=len(PAGE), text=PAGE, ordinal=1)  # fmt: skip
    # (every line equally near the question: the scoring's other terms decide, as with the real embedder here)
    ex = X.extract(q, [Hit(chunk=c, score=1.0, rank=0, meta=FARMS)], NearEmbedder(), page_text=lambda d, p: PAGE)
    assert ex.answered and not ex.partial, [p and p.candidate.text for p in ex.picks]
    text = R.render(ex, lambda d, p: PAGE)[0]
    assert "+21.3%" in text and "US$740 million (2025)" in text and "US$610 million (2024)" in text, text
