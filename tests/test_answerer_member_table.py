"""A ranking of a filer's members (segments, divisions) is answered from its table of the members' figures even when
the search for the question found only other pages: the answerer searches the company's documents for that table
("net revenue by division") and answers only with the ranking of its rows; a member's margin the question defines is
computed from the rows, never quoted. Every page below is written for this test (fictional Northwind Foods 10-K)."""

from __future__ import annotations

from assistant.answer import member_asks
from assistant.types import DocMeta
from one_page import pages_answerer
from test_table_rankings import SIDE_BY_SIDE

META = DocMeta(doc_id="nwf25", doc="NORTHWIND_2025_10K", source="/f/NORTHWIND_2025_10K.pdf",
               title="Northwind Foods Corporation - Annual Report on Form 10-K", company="Northwind Foods",
               doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
PROSE = """Our Operations
Northwind Foods Corporation is organized into six divisions that make, market and sell snacks, cereals and beverages.
Net revenue grew 9.0% in 2025, reflecting effective net pricing and the acquisition of a snack maker in Asia.
Each division's net revenue performance is discussed in Results of Operations - Division Review.
"""
# the division table of test_table_rankings, without its company heading line
TABLE = SIDE_BY_SIDE.split("\n", 1)[1]


def _answerer(table_found_by: str):
    """The prose page is what a search for the question finds; the table page only a search for ``table_found_by``."""
    a = pages_answerer(META, {1: PROSE, 40: TABLE})
    hits = a.retriever.hits
    prose, table = hits[0], hits[1]

    def search(query, k=8, filters=None, steer=True):
        return [table] if table_found_by in query else [prose]

    a.retriever.search = search
    return a


def test_the_members_table_is_searched_for_when_the_pages_found_rank_nothing():
    q = "Which of Northwind Foods' six divisions grew net revenue the fastest in 2025?"
    assert member_asks.table_query(q) == "net revenue by division"
    ans = _answerer("by division").ask(q)
    assert not ans.refused and ans.text.splitlines()[1].startswith("Asia Pacific had the highest growth"), ans.text
    assert "+31.2%" in ans.text and any(c.page == 40 for c in ans.citations), ans.text


def test_a_defined_member_margin_is_computed_from_the_rows_and_nothing_else_answers_it():
    q = ("Which of Northwind Foods' six divisions had the highest operating profit margin (division operating profit "
         "/ division net revenue) in 2025?")
    assert member_asks.states_member_margin(q) and member_asks.table_query(q) == "net sales and operating profit by division"
    ans = _answerer("by division").ask(q)
    assert not ans.refused and "North American Snacks had the highest operating margin" in ans.text, ans.text
    assert "27.6%" in ans.text, ans.text  # 3,420 / 12,410
    # the table never found: the stated formula is answered by no quote of the prose page
    assert _answerer("never searched").ask(q).refused
