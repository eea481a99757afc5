"""Extractive answers from industry reports, session 27 (issue 11): whose figure a sentence states.

Every sentence and question below is written for these tests (fictional companies and markets, in the style of
sell-side sector notes and trade-press articles).
"""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import candidates as C
from assistant.answer import pickers as P
from assistant.answer import question as Q
from assistant.answer import scoring as S
from assistant.answer import extract as X
from assistant.types import Chunk, DocMeta, Hit

NOTE = DocMeta(doc_id="dtissue", doc="nordic_tissue_2025", source="/r/nordic_tissue_2025.pdf",
               title="Tissue and Board: Nordic Producers, 2023-2024")  # fmt: skip


def _ask(question: str, page: str, meta: DocMeta = NOTE, threshold: float = P.THRESHOLD) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=meta)
    return X.extract(question, [hit], NearEmbedder(), page_text=lambda d, p: page, threshold=threshold)


# -- 1. a name said only in a clause without figures owns none of the sentence's figures

PRODUCERS = ("The producers\n"
             "Holtvang's Consumer Tissue division had revenue of EUR 1,870 million in 2024, 41% of the group; Brenmark "
             "does not break out its Hygiene Products division's tissue sales from its nonwovens.\n"
             "Skarsund grew its tissue volumes by 3.2% in 2024, while Brenmark's fell 1.5%.\n")


def test_a_name_in_a_clause_without_figures_does_not_own_the_other_names_figure():
    ex = _ask("How much tissue revenue did Brenmark's Hygiene Products division generate in 2024?", PRODUCERS)
    assert all(p is None or "EUR 1,870" not in p.candidate.text for p in ex.picks)


def test_the_opening_names_figure_still_answers_for_that_name():
    ex = _ask("How much revenue did Holtvang's Consumer Tissue division have in 2024?", PRODUCERS)
    assert ex.picks[0] is not None and "EUR 1,870 million" in ex.picks[0].candidate.text


def test_a_name_with_its_own_figure_in_a_later_clause_keeps_the_sentence():
    asked = Q.read_question("By how much did Brenmark's tissue volumes change in 2024?")[0]
    c = next(c for c in C.page_candidates(PRODUCERS, doc_id=NOTE.doc_id, doc=NOTE.doc, page_no=1, meta=NOTE)
             if c.text.startswith("Skarsund grew"))
    assert S.subject_score(asked, c) is not None  # "while Brenmark's fell 1.5%": its own figure, in its own clause


# -- 2. a footnote marker after the full stop still ends the sentence

def test_a_footnote_marker_after_the_full_stop_ends_the_sentence():
    from assistant.text.sentences import sentence_spans
    text = ("Builders completed 212,000 flats in 2024, 4.1% more than in 2023 and the third rise in a row.² The value "
            "of the work fell 2.3%, to GBP 61.2 billion. Rents rose again.† Vacancies fell.")
    said = [text[a:b] for a, b in sentence_spans(text, split_lines=False)]
    assert said[0].endswith("third rise in a row.²")
    assert said[1].startswith("The value of the work fell")
    assert said[2] == "Rents rose again.†"


FLATS = ("1. Summary\n"
         "Builders in the five Nordic markets we follow completed 212,000 flats in 2024, 4.1% more than the 203,700 of "
         "2023 and the third rise in a row.² The value of the work moved the other way: contractors' turnover fell "
         "2.3%, from EUR 61.2 billion to EUR 59.8 billion.\n")


def test_a_volume_sentence_ending_in_a_footnote_answers_its_amount_and_its_growth():
    ex = _ask("How many flats were completed in the Nordic markets in 2024; what was the growth in completions "
              "over 2023?", FLATS)
    assert ex.picks[0] is not None and "212,000 flats" in ex.picks[0].candidate.text
    assert "turnover fell" not in ex.picks[0].candidate.text  # the next sentence is not glued on


# -- 3. a volume asked by its noun is stated by its verb

SHIPPED = ("Shipments\n"
           "Nordic pallet makers shipped 41.5 million pallets in 2024, 3.4% more than the 40.1 million of 2023.\n"
           "Their sales fell 1.8%, from EUR 1.12 billion to EUR 1.10 billion.\n")


def test_the_verb_of_the_asked_volume_noun_ties_its_figures():
    from assistant.answer import prose_ties as T
    assert T.answers("by how much did shipments grow", "Makers shipped 41.5 million pallets in 2024, 3.4% more than in 2023.")
    # the value shipped is money, the sales' measure: no volume
    assert not T.answers("by how much did shipments grow",
                         "Makers shipped EUR 1.1 billion of pallets in 2024, 3.4% more than in 2023.")


def test_a_shipments_growth_part_is_answered_by_the_shipped_sentence():
    ex = _ask("How many pallets did Nordic makers ship last year (2024); what was the growth of shipments over 2023?", SHIPPED)
    assert len(ex.picks) == 2 and ex.picks[1] is not None and "3.4% more" in ex.picks[1].candidate.text
    assert S.verbs_said({"shipments"}, "Makers shipped 41.5 million pallets") == {S._stem("shipments")}
    assert S.verbs_said({"deployments"}, "Operators deployed 900 units") == {S._stem("deployments")}
    assert not S.verbs_said({"shipments"}, "Makers sold 41.5 million pallets")


# -- 4. what a market used is its consumption, never its production

RESIN = ("1. Summary\n"
         "Converters used 4.62 million tonnes of recycled resin in 2024, 2.2% more than the 4.52 million tonnes of 2023, "
         "as bottle makers raised their recycled content. Production rose faster, by 4.0% to 4.81 million tonnes, so "
         "recyclers ended the year with fuller warehouses.\n")


def test_a_consumption_sentence_does_not_answer_a_production_question():
    ex = _ask("How much recycled resin was produced in 2024?", RESIN)
    assert all(p is None or "Converters used" not in p.candidate.text for p in ex.picks)


def test_output_growth_is_the_growth_a_production_sentence_states():
    from assistant.answer import prose_causes as causes
    assert causes.changes_asked("by how much did output grow", "Production rose 4.0% to 4.81 million tonnes.")
    assert not causes.changes_asked("by how much did output grow", "Prices rose 4.0% to EUR 1,210 a tonne.")


# -- 5. the year of a change's level left to the sentence before

KAYAKS = ("## 1. Summary\n\n"
          "The world's kayak market shrank again in 2024, its second down year. Kayak retail sales were EUR 2.41 billion by our "
          "estimate, 1.2% less than the EUR 2.44 billion of 2023 and 6.2% below the peak of EUR 2.57 billion in 2022.\n")


def test_a_change_of_two_years_whose_level_year_is_in_the_sentence_before():
    ex = _ask("Worldwide kayak retail sales in 2023 and 2024: what were they, and by how much did they change?", KAYAKS)
    assert len(ex.picks) == 2 and ex.picks[1] is not None and "1.2% less" in ex.picks[1].candidate.text


# -- 6. who wrote the report: the masthead's desk and the closing colophon; a place said only in a cause

def test_a_colophon_closing_the_report_names_its_author():
    from assistant.answer import prose_voice as V
    last = ("Risks\nA warm winter would cut demand.\n"
            "Prepared by Ashgrove Lane Energy Research. Every figure is our own estimate where no firm is cited.\n")
    assert V.colophon_names(last) == ["Ashgrove Lane Energy Research"]
    # a sentence that says who prepared something else is no colophon
    assert V.colophon_names("The rules, prepared by the ministry's staff, take effect in May.\n") == []


def test_a_masthead_name_beside_its_desk_is_the_author():
    from assistant.answer import prose_voice as V
    first = "# Ferries: A Quieter Summer\n\n**Harbour Freight Review** | Ports and shipping desk\n**Published:** 3 June 2025\n"
    assert "Harbour Freight Review" in V.author_names(first)


def test_a_place_named_only_in_the_cause_is_not_the_figures_scope():
    from assistant.answer import gates as G
    page = ("Outlook\nCalder expects Europe to have 1,240 marinas by end-2025, with the industry's revenue to "
            "reach EUR 2.15 billion, below the EUR 2.21 billion it forecast in May, because berth rents have not "
            "recovered in the United Kingdom.\n")
    c = next(c for c in C.page_candidates(page, doc_id=NOTE.doc_id, doc=NOTE.doc, page_no=1, meta=NOTE)
             if c.text.startswith("Calder expects"))
    assert not G.scope_conflict("What revenue does Calder expect Europe's marina industry to make in 2025?", c)
    # a sentence whose own figures are scoped elsewhere still conflicts
    other = next(c for c in C.page_candidates("Outlook\nIn the United Kingdom, revenue fell 3% to GBP 410 million.\n",
                                              doc_id=NOTE.doc_id, doc=NOTE.doc, page_no=1, meta=NOTE))
    assert G.scope_conflict("What revenue does Calder expect Europe's marina industry to make in 2025?", other)
