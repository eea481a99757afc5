"""#10 (session 27) counts in multi-part filing questions. Every sentence and page is written for these tests
(fictional filers Larkspur Tool Works and Fenmoor Outdoor).

- A count asked with a verb saying WHICH of the things are counted (own, lease, rent, open, close, acquire, build) is
  answered only by a figure whose own clause carries that verb: "we operated 41 manufacturing plants" does not say
  how many it owns (``asked_counts.other_tenure``).
- A count part referring back ("how many of them worked in Canada", "about how many are union members")
  counts what the part before it counts (``asked_counts.counted_back``): a figure counting other things ("ran 120
  stores in all: 80 in the United States") does not answer it.
- A headcount part left unanswered by the pages first found is answered from the filer's sentence stating its
  headcount, searched for within its filings (``asked_counts.staff_query`` / ``states_headcount``, ``Answerer``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer import asked_counts as AC
from assistant.answer import scoring as S
from assistant.types import DocMeta
from one_page import ask_company_page, pages_answerer

LARKSPUR = DocMeta(doc_id="lrk25", doc="LARKSPUR_2025_10K", source="/f/LARKSPUR_2025_10K.pdf",
                   title="Larkspur Tool Works - Annual Report on Form 10-K", company="Larkspur Tool Works",
                   doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip

PLANTS = """Item 2. Properties.
Larkspur builds its tools in plants across North America and Europe. At year-end 2025 the company ran
41 manufacturing plants. We own 36 and lease five of these plants. We believe our plants are suitable and adequate for
our present needs.
"""


@pytest.mark.parametrize("question, verb", [
    ("and how many of those plants does it own outright", "own"),
    ("How many manufacturing plants did Larkspur Tool Works lease at the end of 2025?", "lease"),
    ("How many Pantry Express stores did Fenmoor close during the year?", "close"),
    ("how many of its distribution centers were owned", "own"),
    ("How many manufacturing plants did Larkspur Tool Works operate at the end of 2025?", None),
    ("How many people did Larkspur Tool Works employ?", None),
    ("How many stores did Fenmoor Outdoor have open at the end of fiscal 2025?", None),  # a state, not a verb selecting
])
def test_the_verb_that_selects_what_is_counted(question, verb):
    assert AC.asked_tenure(question) == (frozenset({verb}) if verb else frozenset())


def test_a_contrast_asks_each_verb_and_a_figure_with_either_counts():
    q = "how many of the depots does it own or lease"
    assert AC.asked_tenure(q) == {"own", "lease"}
    assert not AC.other_tenure(q, "Of these, ", " leases are ground leases.")
    assert AC.other_tenure(q, "At year end we operated ", " stores.")


def test_a_figure_counts_the_asked_things_only_when_its_clause_carries_the_verb():
    q = "How many manufacturing plants did Larkspur Tool Works own?"
    assert AC.other_tenure(q, "At year-end 2025 the company ran ", " manufacturing plants.")
    assert not AC.other_tenure(q, "We own ", " and lease five of these plants.")
    assert AC.other_tenure(q, "We own 36 and lease ", " of these plants.")  # five is the leased count
    assert not AC.other_tenure(q, "At year end ", " of our plants were owned and the rest leased.")
    assert not AC.other_tenure("How many plants did it operate?", "we operated ", " manufacturing plants.")


def test_operating_plants_answer_no_question_asking_how_many_it_owns():
    q = ("How many manufacturing plants did Larkspur Tool Works run at year-end 2025, and how many of those plants does "
         "it own outright?")
    ex = ask_company_page(q, PLANTS, LARKSPUR, "Larkspur", threshold=0.3)
    assert ex.picks[0] is not None and "41 manufacturing plants" in ex.picks[0].candidate.text
    assert ex.picks[1] is None or "41" not in ex.picks[1].candidate.text, ex.picks[1]
    alone = ask_company_page("How many manufacturing plants did Larkspur Tool Works own at the end of 2025?", PLANTS,
                             LARKSPUR, "Larkspur", threshold=0.3)
    assert all(p is None or "ran 41" not in p.candidate.text for p in alone.picks), alone.picks


STORES = """Item 2. Properties.
On August 31, 2025 Larkspur Tool Works ran 120 stores in all: 80 in the United States, 25 in Canada and 15 in
Mexico. Our stores range in size from 40,000 to 80,000 square feet.
"""


def test_a_part_referring_back_counts_the_noun_counted_before_it():
    q = ("How many employees did Larkspur Tool Works report for fiscal 2025; how many of them worked in Canada; and about "
         "how many are union members?")
    assert AC.counted_back("how many of them worked in Canada", q) == "how many of the employees worked in Canada"
    assert AC.counted_back("about how many are union members", q) == "about how many of the employees are union members"
    assert AC.counted_back("how many stores did it open", "How many employees did it have, and how many stores did it "
                           "open") is None  # a noun of its own
    assert AC.counted_back("how many of them were in Texas", "how many of them were in Texas") is None  # nothing before
    # after a count of things, "how many of them" may count a class of them another way: read as before
    assert AC.counted_back("how many of them are leased", "How many depots does it run in total, and how many of them "
                           "are leased") is None


def test_stores_in_the_united_states_answer_no_part_counting_employees_there():
    q = ("How many employees did Larkspur Tool Works report for fiscal 2025; how many of them worked in Canada; and about "
         "how many are union members?")
    ex = ask_company_page(q, STORES, LARKSPUR, "Larkspur", threshold=0.3)
    assert all(p is None for p in ex.picks), [p.candidate.text if p else None for p in ex.picks]
    # the same sentence still answers a part counting the stores there
    q = "How many stores did Larkspur Tool Works run when fiscal 2025 ended, and how many of them sit in Canada?"
    ex = ask_company_page(q, STORES, LARKSPUR, "Larkspur", threshold=0.3)
    part = ex.parts[1]
    assert S._tied(part, next(p for p in ex.picks if p is not None).candidate, q), ex.picks


FENMOOR = DocMeta(doc_id="fnm25", doc="FENMOOR_2025_10K", source="/f/FENMOOR_2025_10K.pdf",
                  title="Fenmoor Outdoor annual filing 2025", company="Fenmoor Outdoor",
                  doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
STORE_COUNT = """Store Development
We had 412 stores at the end of fiscal 2025 across our Retail and Wholesale Club segments.
Store count by segment is shown in Item 2, Properties.
"""
HUMAN_CAPITAL = """Human Capital
At the end of fiscal 2025, we employed approximately 18,600 full-time and part-time employees in the U.S. and Canada.
We believe our relations with our employees are good.
"""


def _fenmoor(found_by: str):
    """The store page is what a search for the question finds; the human-capital page only a search for
    ``found_by``."""
    a = pages_answerer(FENMOOR, {5: STORE_COUNT, 7: HUMAN_CAPITAL})
    stores, staff = a.retriever.hits[0], a.retriever.hits[1]

    def search(query, k=8, filters=None, steer=True):
        return [staff, stores] if found_by in query else [stores]

    a.retriever.search = search
    return a


def test_the_headcount_sentence_is_searched_for_when_the_pages_found_state_none():
    q = "How many stores did Fenmoor Outdoor count when fiscal 2025 closed, and how many staff were on its payroll?"
    assert AC.staff_query(q) and AC.states_headcount(HUMAN_CAPITAL) and not AC.states_headcount(STORE_COUNT)
    ans = _fenmoor("employed").ask(q)
    assert not ans.refused and "412 stores" in ans.text and "18,600" in ans.text, ans.text
    assert {c.page for c in ans.citations} == {5, 7}, ans.citations
    # the headcount page never found: the store count alone is no answer to both parts
    partial = _fenmoor("never searched").ask(q)
    assert "18,600" not in partial.text and (partial.refused or partial.mode == "fallback"), partial.text


def test_a_count_asked_of_each_of_two_segments_is_not_their_total():
    q = "How many stores did Fenmoor Outdoor operate in its Retail and Wholesale Club segments at the end of fiscal 2025?"
    total = ask_company_page(q, STORE_COUNT, FENMOOR, "Fenmoor", threshold=0.3)
    assert all(p is None or "412 stores" not in p.candidate.text for p in total.picks), total.picks
    each = ("Store Development\nAt the end of fiscal 2025 we operated 371 stores in our Retail segment and 41 stores in "
            "our Wholesale Club segment.\n")
    ex = ask_company_page(q, each, FENMOOR, "Fenmoor", threshold=0.3)
    assert ex.picks[0] is not None and "371 stores" in ex.picks[0].candidate.text, ex.picks
    # the rule reads the two named members; their total asked ("combined") is not held to it
    asked = total.parts[0]
    sentence = next(c for c in S_candidates(STORE_COUNT) if "412 stores" in c.text)
    assert S._one_figure_for_members(asked, sentence)
    combined = replace(asked, text=asked.text.replace("How many stores", "How many stores combined"))
    assert not S._one_figure_for_members(combined, sentence)
    # one member's line, however many figures it states, gives the other member's figure nowhere
    line = next(c for c in S_candidates("Store count\nTotal Retail segment stores 365 12 (6) 371\n") if "371" in c.text)
    assert S._one_figure_for_members(asked, line)


def S_candidates(page: str):
    from assistant.answer.candidates import page_candidates
    return page_candidates(page, doc_id=FENMOOR.doc_id, doc=FENMOOR.doc, source=FENMOOR.source, page_no=5, meta=FENMOOR)


# ---- units of a named thing (session 31) -----------------------------------------------------------------------------
# Session 31 (#11): "how many units of <thing>" counts units of that thing (``asked_counts._counted``): a figure counting
# another plural (the kernels of a unit's definition, shares bought back) is no answer. Every wording is fictional.

def test_units_of_a_thing_count_units_or_the_things():
    assert AC._counted("How many units of garden hose did Halbrook sell in fiscal 2026?") == "unit"
    assert AC._counted("How many units of tractors did Halbrook ship in 2025?") == "tractor"
    assert AC._counted("How many units did Halbrook sell in fiscal 2026?") is None  # units alone: any count of things


def test_units_of_a_thing_are_not_the_count_in_their_definition():
    from one_page import ask_near, part_figures
    from assistant.types import DocMeta

    meta = DocMeta(doc_id="halbrook26", doc="HALBROOK_2026_10K", source="HALBROOK_2026_10K.pdf",
                   company="Halbrook Orchard Supply", fiscal_year=2026, period="FY2026", doc_type="10-K",
                   extra={"period_end": "2026-06-30"})
    page = ("Volumes\nWe sold 3.02 million units of lawn and garden hose in fiscal 2026, compared with 2.87 million units "
            "in fiscal 2025 (a lawn unit is a carton of 12 reels and a garden unit a carton of 40,000 hoses).\n")
    ex = ask_near("How many units of lawn and garden hose did Halbrook Orchard Supply sell in fiscal 2026?", page, meta,
                  ("Halbrook Orchard Supply", "Halbrook"))
    assert (part_figures(ex)[0] or "").startswith("3.02 million units"), part_figures(ex)
