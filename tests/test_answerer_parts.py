"""The answerer searches for a part of a question that its first reading left unanswered (``Answerer._extract``).

General rule (#10, session 33): a question of several parts is searched for as a whole, and the pages found may hold
none of a later part's answer; each part left unanswered is searched for on its own within the asked company's
documents and the question is read again with those pages first. The new reading is kept only when it answers more
parts and still answers every part the first one answered. Every filer and sentence below is written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.types import DocMeta
from one_page import pages_answerer

TARNWELL = DocMeta(doc_id="dtrn", doc="TARNWELL_2025_10K", source="/r/TARNWELL_2025_10K.pdf",
                   company="Tarnwell Devices", doc_type="10-K", fiscal_year=2025)  # fmt: skip

STAFF = "Human Capital\nAs of December 31, 2025, we had approximately 6,400 employees.\n"
GEOGRAPHY = ("Net Revenue by Geography\nInternational sales, as a percent of net revenue, were 68% in 2025, compared "
             "with 64% in 2024.\n")
CAPEX = ("Liquidity and Capital Resources\nCapital expenditures were $84.1 million in 2025, mainly for the new wafer "
         "test line in Penang.\n")
BACKLOG = "Backlog\nOur backlog was $1,212 million at December 31, 2025, against $1,050 million a year earlier.\n"


POLICY = ("Leases\nFor any new or modified contract, the Company determines at its inception whether the contract is or "
          "contains a lease and how the lease is classified.\n")


def _answerer(first: str, part_page: int, part_words: tuple[str, ...]):
    """Page 5 (``first``) is all a search finds, save a search for a part alone (its words, none of the first
    part's) finds ``part_page`` first."""
    pages = {5: first, 26: GEOGRAPHY, 41: CAPEX, 33: BACKLOG, 60: POLICY}
    a = pages_answerer(TARNWELL, pages)
    by_page = {h.chunk.page: h for h in a.retriever.hits}

    def search(query, k=8, filters=None, steer=True):
        low = query.lower()
        if any(w in low for w in part_words) and not any(w in low for w in ("employ", "people", "staff")):
            return [by_page[part_page], by_page[5]]
        return [by_page[5]]

    a.retriever.search = search
    return a


@pytest.mark.parametrize("question, page, words, figure", [
    ("How many people did Tarnwell Devices employ at the end of 2025, and what percentage of its net revenue came "
     "from international sales?", 26, ("international",), "68%"),
    ("How many employees did Tarnwell Devices have at December 31, 2025, and how much did it spend on capital "
     "expenditures in 2025?", 41, ("capital expenditures",), "84.1"),
    ("Approximately how many employees did Tarnwell Devices have at the end of 2025, and how large was its backlog at "
     "December 31, 2025?", 33, ("backlog",), "1,212"),
])
def test_a_part_left_unanswered_is_searched_for_on_its_own(question, page, words, figure):
    ans = _answerer(STAFF, page, words).ask(question)
    assert ans.mode == "extract" and "6,400" in ans.text and figure in ans.text, ans.text
    assert {c.page for c in ans.citations} == {5, page}, ans.citations


def test_a_part_whose_search_finds_nothing_stays_unanswered():
    q = ("How many people did Tarnwell Devices employ at the end of 2025, and what percentage of its net revenue came "
         "from international sales?")
    ans = _answerer(STAFF, 26, ("never searched",)).ask(q)
    assert "68%" not in ans.text and ans.mode == "fallback", ans.text


def test_a_part_searched_for_is_answered_only_by_a_figure_it_asks():
    """A passage found for a later part's words alone that states no figure (a policy, a table's lead-in) is near the
    words, not the answer: the question stays partly answered."""
    q = ("How many people did Tarnwell Devices employ at the end of 2025, and how does it decide whether a new contract "
         "contains a lease?")
    ans = _answerer(STAFF, 60, ("lease",)).ask(q)
    assert "determines at its inception" not in ans.text or ans.mode == "fallback", ans.text
