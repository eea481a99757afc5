"""extract: the reason part after a ranking computed from a report table ("Which region grew fastest, and what
explains it?") is answered by the report's sentence stating the top row's superlative move and its cause, also when
that sentence stands in a summary pages before the table, says the row in a clause after "but", or gives the cause as
an "as" clause or as what accounted for most of the increase.

Every report, table and question here is invented for these tests (fictional markets and products)."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import DocMeta, Hit

from extract_pages import page_hit

ENZYMES_1 = """Industrial Enzymes Monitor 2025
1. Summary
Producers shipped 412 thousand tonnes of industrial enzymes in 2024, 8.4% more than in 2023. {summary}
Prices held steady through the year.
"""
ENZYMES_2 = """Industrial Enzymes Monitor 2025
2. Regions
Table 1. Industrial enzyme shipments by region, 2022-2024
(thousand tonnes)
Region 2022 2023 2024
North America 120 126 131
Western Europe 110 114 117
Southeast Asia 40 45 61
Latin America 52 56 60
Rest of world 36 39 43
World 358 380 412
Note: Shipments by producers, in tonnes of product.
"""

TILES_1 = """# Ceramic tiles: a quieter year for the big markets

Tile makers sold 2.31 billion square metres across Europe in 2024. {summary}

Builders in the south ordered less than a year earlier.
"""
TILES_2 = """## Where the tiles went

Ceramic tile sales by market, 2023-2024 (million square metres)

Market 2023 2024

Italy 610 602

Spain 540 548

Poland 300 309

Baltic states 90 118

Other markets 700 733

Total 2,240 2,310
"""

PAGES: dict[tuple[str, int], str] = {}
METAS = {
    "denz": DocMeta(doc_id="denz", doc="enzymes_2025", source="/r/enzymes_2025.pdf", title="Industrial Enzymes Monitor 2025",
                    doc_type="market report"),
    "dtile": DocMeta(doc_id="dtile", doc="tiles_2025", source="/r/tiles_2025.html", title="Ceramic tiles"),
}


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def _answer(question: str, doc: str, summary: str) -> str:
    first, second = (ENZYMES_1, ENZYMES_2) if doc == "denz" else (TILES_1, TILES_2)
    PAGES.clear()
    PAGES[(doc, 1)] = first.format(summary=summary)
    PAGES[(doc, 2)] = second
    hits: list[Hit] = [page_hit(METAS[doc], 2, PAGES[(doc, 2)], 0), page_hit(METAS[doc], 1, PAGES[(doc, 1)], 1)]
    ex = X.extract(question, hits, HashEmbedder(), page_text=page_text)
    text, _, _ = R.render(ex, page_text)
    return text


ENZ_Q = ("Which region's enzyme shipments rose fastest in 2024, and what accounts for that?",
         "Which region increased its industrial enzyme shipments the fastest during 2024, and what lay behind it?")
TILE_Q = ("Which market's tile sales rose fastest in 2024, and what helped that market?",
          "Which market grew its ceramic tile sales fastest in 2024, and what drove that?")


def test_a_summary_sentence_naming_the_top_row_after_but_with_an_as_clause_explains_it():
    summary = ("North America stayed the largest market, but Southeast Asia grew fastest, as two detergent makers "
               "moved their plants to Vietnam and Thailand.")
    for q in ENZ_Q:
        text = _answer(q, "denz", summary)
        assert "Southeast Asia: the fastest growth" in text, (q, text)
        assert "but Southeast Asia grew fastest, as two detergent makers" in text, (q, text)
        assert "Not in the indexed reports" not in text, (q, text)


def test_a_summary_sentence_with_the_row_as_subject_and_a_cause_phrase_explains_it():
    summary = "The Baltic states were the fastest-growing market, helped by a state programme for energy-efficient homes."
    for q in TILE_Q:
        text = _answer(q, "dtile", summary)
        assert "Baltic states: the fastest growth" in text, (q, text)
        assert "were the fastest-growing market, helped by a state programme" in text, (q, text)
        assert "Not in the indexed reports" not in text, (q, text)


def test_what_accounted_for_most_of_the_increase_after_a_colon_explains_it():
    summary = ("Southeast Asia grew fastest, by more than a third, from a small base: new feed mills in Vietnam "
               "accounted for most of the increase.")
    text = _answer(ENZ_Q[1], "denz", summary)
    assert "new feed mills in Vietnam accounted for most of the increase" in text, text
    assert "Not in the indexed reports" not in text, text


def test_no_sentence_explains_the_top_row_when_it_is_not_the_subject_states_no_cause_or_another_year():
    for summary in (
            # the row is no clause's subject: what grew is the exports to it
            "Exports to Southeast Asia grew fastest, as two detergent makers moved their plants to Vietnam.",
            # the row's move and no cause: "and overtook" and a colon with a share are no reason
            "Southeast Asia grew fastest, by 35.6%, and overtook Latin America: Vietnam alone takes half of it.",
            # a year other than the ranking's
            "In 2022 Southeast Asia grew fastest, as two detergent makers moved their plants to Vietnam."):
        text = _answer(ENZ_Q[0], "denz", summary)
        assert "Southeast Asia: the fastest growth" in text, (summary, text)
        assert "Not in the indexed reports: what accounts for that?" in text, (summary, text)
    text = _answer(TILE_Q[0], "dtile", "Sales grew fastest in the Baltic states, as builders insulated old blocks.")
    assert "Not in the indexed reports: what helped that market?" in text, text


def test_a_count_added_fastest_with_an_as_clause_explains_it():
    # the superlative said with the verb of what was added ("added ... fastest", "gained the most")
    for summary in ("Southeast Asia added shipments fastest, as two detergent makers moved their plants to Vietnam.",
                    "Southeast Asia gained the most volume, as two detergent makers moved their plants to Vietnam."):
        text = _answer(ENZ_Q[0], "denz", summary)
        assert "Southeast Asia: the fastest growth" in text, (summary, text)
        assert "two detergent makers moved their plants to Vietnam" in text, (summary, text)
        assert "Not in the indexed reports" not in text, (summary, text)


def test_another_subjects_move_after_a_colon_explains_it():
    # what made the row grow, said after a colon as a contributor's own move
    for q, doc, summary, want in (
            (ENZ_Q[1], "denz", "Southeast Asia grew fastest, by 35.6% to 61 thousand tonnes: Vietnamese feed mills "
                               "nearly tripled their purchases.", "Vietnamese feed mills nearly tripled"),
            (TILE_Q[1], "dtile", "The Baltic states grew fastest: Estonian builders doubled their orders for floor tiles.",
             "Estonian builders doubled their orders")):
        text = _answer(q, doc, summary)
        assert want in text and "Not in the indexed reports" not in text, (summary, text)


def test_the_row_itself_or_a_share_after_a_colon_explains_nothing():
    for summary in ("Southeast Asia grew fastest, by 35.6%: Southeast Asia now takes 15% of world shipments.",
                    "Southeast Asia grew fastest, by 35.6%: the region now takes 15% of shipments, up from 12%.",
                    "Southeast Asia grew fastest, by 35.6%: Vietnam alone takes half of it."):
        text = _answer(ENZ_Q[0], "denz", summary)
        assert "Southeast Asia: the fastest growth" in text, (summary, text)
        assert "Not in the indexed reports: what accounts for that?" in text, (summary, text)
