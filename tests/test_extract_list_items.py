"""Session 20 (lists): a fact stated inside one bullet of a list (a rule and its date, the day a scheme began) is
answered by that bullet, while a list or a reason asked still takes the whole list; "and from when?" / "and by
when?" ask a date. Sentences and questions written for these tests (fictional notes on can recycling and on
bottled-water refill stations)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import render as R
from assistant.types import DocMeta
from one_page import ask_one_page

CANS = DocMeta(doc_id="dcans", doc="can_recycling_2026", source="/r/can_recycling_2026.pdf",
               title="Aluminium cans: remelting in Europe, 2023-2025")  # fmt: skip
PAGE = ("Why output grew\n\nOutput grew for three reasons, of which we think the first will matter most in 2026:\n"
        "- the EU's Packaging Waste Regulation requires every aluminium drinks can to contain at least 40% recycled metal "
        "from 2027 (55% from 2032), and brewers bought ahead of the deadline;\n"
        "- new collection schemes raised the return of clean cans: Latvia's began on 1 March 2025 and Greece's on 1 "
        "September 2025, and Croatia's, launched in October 2024, had its first full year;\n"
        "- energy prices fell, so remelting cost less than in 2024.\n\n"
        "By the end of 2025, 19 European countries ran a deposit scheme for cans.\n")
REFILL = DocMeta(doc_id="drefill", doc="refill_stations_2026", source="/r/refill_stations_2026.html",
                 title="Refill stations: the quiet spread")  # fmt: skip
REFILL_PAGE = ("Rules\n\nThree changes drove the spread of refill stations last year:\n"
               "- Brackenford City Council obliged every railway station in its area to install a free refill point by "
               "June 2026;\n"
               "- the Halvard Water Company cut the price of a commercial refill unit to GBP 2,400 from GBP 3,100;\n"
               "- cafes joined a national app that shows the nearest refill point.\n")


def _shown(question: str, page: str = PAGE, meta: DocMeta = CANS) -> tuple[object, str]:
    ex = ask_one_page(question, page, meta)
    return ex, (R.render(ex, lambda d, p: page)[0] if ex.answered else "")


def test_from_when_and_by_when_ask_a_date():
    parts = Q.read_question("What minimum share of recycled metal must cans contain under the regulation, and from when?")
    assert [p.kind for p in parts] == ["amount", "describe"]
    parts = Q.read_question("What refill price is the water company aiming for, and by when?")
    assert parts[-1].kind == "describe"


def test_a_rule_stated_in_one_bullet_answers_its_figure_and_date():
    ex, text = _shown("What minimum share of recycled metal must aluminium drinks cans in the EU contain under the "
                      "Packaging Waste Regulation, and from when?")
    assert not ex.partial and "40%" in text and "from 2027" in text
    assert "energy prices fell" not in text  # the bullet, not the whole list of reasons
    ex, text = _shown("By when must railway stations in Brackenford install a free refill point?", REFILL_PAGE, REFILL)
    assert ex.answered and "by June 2026" in text and "national app" not in text


def test_a_date_stated_in_one_bullet_is_answered_by_that_bullet():
    ex, text = _shown("When did Greece's collection scheme start?")
    assert ex.answered and "1 September 2025" in text and "energy prices fell" not in text


def test_a_reason_asked_still_takes_the_whole_list():
    ex, text = _shown("Why did can remelting output grow?")
    assert "Packaging Waste Regulation" in text and "energy prices fell" in text
    ex, text = _shown("What drove the spread of refill stations?", REFILL_PAGE, REFILL)
    assert "Brackenford" in text and "national app" in text


def test_a_manner_asked_is_never_answered_by_one_bullet():
    # Rule: one bullet answers a figure, a date, a place or a name; "how are they pricing / responding" asks the
    # manner, which the whole list gives (a single bullet of it used to pass the gate and could win alone)
    from assistant.answer import gates as G
    from assistant.answer.candidates import page_candidates

    items = [c for c in page_candidates(PAGE, doc_id=CANS.doc_id, doc=CANS.doc, meta=CANS) if c.form == "item"]
    assert items, "the bullets of the page are candidates of their own"
    greek = next(c for c in items if "Greece" in c.text)
    manner = Q.read_question("How are European brewers meeting the recycled-metal rule for cans?")[0]
    assert manner.kind == "describe"
    assert all(G.prescore(manner, c, manner.text) is None for c in items)
    when = Q.read_question("When did Greece's collection scheme for cans start?")[0]
    assert G.prescore(when, greek, when.text) is not None


STORES = DocMeta(doc_id="dlarch", doc="LARCHMONT_2026_10K", source="/r/LARCHMONT_2026_10K.pdf",
                 title="Larchmont Goods 10-K 2026")  # fmt: skip
STORES_PAGE = ("Store base\n\nWe ended fiscal 2026 with 347 stores, having added 21 stores, mostly in outlet "
               "centers, and shut 9 underperforming downtown stores.\n")


def test_a_count_part_with_a_verb_after_how_many_counts_what_the_part_before_counted():
    # Rule: "how many was it running" names no counted noun ("was" is no plural of "wa"); reading one made every
    # figure of the sentence count another thing and the part went unanswered
    from assistant.answer.asked_counts import _counted

    assert _counted("and how many was it running at year-end?") is None
    assert _counted("and how many has it closed since then?") is None
    assert _counted("how many outlet stores was it running?") == "store"
    ex, text = _shown("How many stores did Larchmont Goods add and shut in fiscal 2026, and how many was the chain "
                      "operating when the year ended?", STORES_PAGE, STORES)
    assert ex.answered and not ex.partial and "347" in text, text
