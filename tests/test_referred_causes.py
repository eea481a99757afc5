"""A cause a reason names by reference ("..., on the higher fleet count and ...") is shown with the sentence of its
paragraph that quantifies it (``assistant/answer/referred_causes.py``, issue 11). A fictional filer's 10-Q MD&A
(a truck-wash and fleet-service chain) and questions written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from one_page import NearEmbedder  # noqa: E402

from assistant.answer import extract as X  # noqa: E402
from assistant.answer import referred_causes as R  # noqa: E402
from assistant.types import Chunk, DocMeta, Hit  # noqa: E402

WASH = DocMeta(doc_id="dwash", doc="brightlane_fleet_10q_q2_2026", source="/r/brightlane_fleet_10q_q2_2026.pdf",
               title="Brightlane Fleet Services quarterly report, June 2026", company="Brightlane Fleet Services",
               doc_type="10-Q", fiscal_year=2026, period="Q2 2026")  # fmt: skip

WASH_PAGE = (
    "Three months ended June 30, 2026 compared with three months ended June 30, 2025.\n"
    "Total revenues increased 7.9% to $214.6 million. Wash revenues increased $9.2 million, or 6.8%, due to a 4.4% "
    "increase in fleet count, driven by two new national carrier contracts, and a price rise of 2.1% per wash. "
    "Parts revenues increased $4.1 million, or 9.6%, on the higher fleet count and a 5.1% increase in parts "
    "revenue per vehicle to $41.20, reflecting price increases and our expanded brake-service program. Other revenues "
    "increased 3.0%, mainly storage fees.\n"
)


def _ask(question: str, page: str) -> list[str]:
    c = Chunk(chunk_id="dwash:1", doc_id="dwash", doc=WASH.doc, source=WASH.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    ex = X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=WASH)], NearEmbedder(), page_text=lambda d, p: page)
    p = ex.picks[0]
    return [p.candidate.text, *(s.candidate.text for s in ex.others[0])] if p is not None else []


def test_a_cause_named_by_reference_is_shown_with_the_sentence_quantifying_it():
    # Rule: "on the higher fleet count" states no figure; the sentence before it in the paragraph stating "a 4.4%
    # increase in fleet count" is shown after the reason
    shown = _ask("What drove the growth in Brightlane's parts revenues in Q2 2026?", WASH_PAGE)
    assert shown and shown[0].startswith("Parts revenues increased $4.1 million")
    assert any(t.startswith("Wash revenues increased $9.2 million") and "4.4%" in t for t in shown[1:])


def test_references_are_read_with_their_way_and_only_without_a_figure_of_their_own():
    assert R.referred_causes("Parts revenues rose, on the higher fleet count and a 5.1% increase in price.") \
        == [("up", "fleet count")]
    assert R.referred_causes("Margin fell because of the lower selling prices; feed costs partly offset them.") \
        == [("down", "selling prices")]
    assert R.referred_causes("Parts revenues rose on the higher fleet count of 18,400 trucks.") == []
    assert R.referred_causes("Parts revenues rose on a 4.4% increase in fleet count.") == []


def test_only_a_figure_tied_to_the_things_name_quantifies_it():
    assert R._states_move("Wash revenues rose 6.8%, due to a 4.4% increase in fleet count.", "fleet count", "up")
    assert R._states_move("The average selling price per case fell 8.0% as supply recovered.", "selling prices", "down")
    assert R._states_move("Fleet count increased to 18,400 vehicles from 17,620.", "fleet count", "up")
    # the figure is the wash revenues', not the fleet count's
    assert not R._states_move("Wash revenues rose 6.8%, due to growth in our fleet count.", "fleet count", "up")
    assert not R._states_move("The selling price per case fell 8.0%.", "selling prices", "up")


def test_no_sentence_is_added_when_the_paragraph_moves_the_thing_the_other_way_or_gives_no_figure():
    # Rule: only a sentence stating a figure of the same thing moving the referred way quantifies it
    down = WASH_PAGE.replace("due to a 4.4% increase in fleet count", "despite a 4.4% decrease in fleet count")
    shown = _ask("What drove the growth in Brightlane's parts revenues in Q2 2026?", down)
    assert shown and not any(t.startswith("Wash revenues increased") for t in shown)
    bare = WASH_PAGE.replace("due to a 4.4% increase in fleet count", "due to growth in our fleet count")
    shown = _ask("What drove the growth in Brightlane's parts revenues in Q2 2026?", bare)
    assert shown and not any(t.startswith("Wash revenues increased") for t in shown)
    # another paragraph is not searched
    split = WASH_PAGE.replace("2.1% per wash. Parts", "2.1% per wash.\n\nParts")
    assert split != WASH_PAGE
    span = R.quantified_before(split, split.index("Parts revenues"),
                               "Parts revenues increased $4.1 million, or 9.6%, on the higher fleet count and more.")
    assert span is None


# session 26 (#11): a fictional quarry operator's 10-K segment paragraph, written for these tests. The cause is spelled
# out in the sentences after the segment's move, and one of them names "lower tonnage" with no article, four sentences
# after the one quantifying it.
QUARRY = DocMeta(doc_id="dquarry", doc="tallowmere_stone_10k_2026", source="/r/tallowmere_stone_10k_2026.pdf",
                 title="Tallowmere Stone Company Form 10-K 2026", company="Tallowmere Stone", doc_type="10-K",
                 fiscal_year=2026)  # fmt: skip
QUARRY_PAGE = (
    "Railroad Ballast. Segment revenues decreased 3.8% to $142.0 million. Tonnage fell to 6.10 million tons from "
    "6.72 million tons, as two Class I carriers deferred track renewals in the Plains states. The average price per "
    "ton rose to $23.28 from $21.90. Segment operating income fell to $18.6 million from $24.9 million. Diesel and "
    "explosives costs rose about 9%, and price rises recovered only part of that. In addition, lower tonnage "
    "spread the crushing plants' fixed costs over fewer tons.\n"
    "\n"
    "Landscape Stone. Segment revenues increased 6.0% to $61.5 million.\n"
)


def _ask_quarry(question: str) -> list[str]:
    page = QUARRY_PAGE
    c = Chunk(chunk_id="dquarry:1", doc_id="dquarry", doc=QUARRY.doc, source=QUARRY.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    ex = X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=QUARRY)], NearEmbedder(), page_text=lambda d, p: page)
    p = ex.picks[0]
    return [p.candidate.text, *p.candidate.items, *(s.candidate.text for s in ex.others[0])] if p is not None else []


def test_a_cause_opening_its_clause_with_its_way_is_a_reference_too():
    # Rule: "In addition, lower tonnage spread ..." names the tonnage's fall without a figure; each reading of one to
    # three words is tried, never past a function word
    refs = R.referred_causes("In addition, lower tonnage spread the crushing plants' fixed costs over fewer tons.")
    assert ("down", "tonnage") in refs and all(t.split()[0] == "tonnage" for _, t in refs)
    assert R.referred_causes("Freight costs were higher than expected.") == []
    assert R.referred_causes("Also, higher tonnage of 6.9 million tons lifted revenue.") == []


def test_the_answers_own_sentences_do_not_count_toward_the_look_back():
    # Rule: the move and the reasons already shown are one step back; the tonnage sentence, four sentences before the
    # reference but two before the answer's run, is shown with the reasons
    shown = _ask_quarry("What caused the decline in Tallowmere's segment operating income?")
    assert shown and any("lower tonnage spread" in t for t in shown)
    assert any(t.startswith("Tonnage fell to 6.10 million tons from 6.72 million tons") for t in shown)
