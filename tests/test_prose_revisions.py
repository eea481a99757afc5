"""A forecast revised in one clause (answer/prose_revisions.py) and the extractive answers that show the revision
computed (answer/extract.py hooks).

Every sentence below is written for these tests (fictional companies: Contoso, Northwind, Fabrikam).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as XR
from assistant.answer import prose_revisions as R
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dcon", doc="CONTOSO_2025Q1_EARNINGS", source="/r/contoso_q1.pdf",
               title="Contoso Reports First-Quarter 2025 Results", company="Contoso", doc_type="earnings release",
               fiscal_year=2025, period="Q1 2025")  # fmt: skip

RELEASE = (
    "Contoso Reports First-Quarter 2025 Results; Raises Full-Year Guidance\n"
    "PORTLAND - April 22, 2025 - Contoso, Inc. today reported results for the first quarter 2025.\n"
    "\u201cDemand held up across our regions. Given our strong start to the year, we now expect our full-year 2025 "
    "organic revenue to increase 7 percent (previously 5 percent) and core constant currency EPS to increase 11 "
    "percent (previously 10 percent),\u201d said Chief Executive Officer Dana Whitfield.\n"
    "Net revenue rose 9.4% in the quarter, and gross margin was 54.1%.\n"
)


def _answer(question: str, page: str = RELEASE, threshold: float = 0.3) -> str:
    c = Chunk(chunk_id="dcon:1", doc_id="dcon", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=META)
    ex = X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: page, threshold=threshold)
    return XR.render(ex, lambda d, p: page)[0]


def test_revision_questions_are_recognised():
    for q in ("By how many percentage points did Contoso raise its full-year guidance for core EPS growth?",
              "By how much did Northwind cut its 2026 capital spending outlook?",
              "As of Q1 2025, by how many points did Fabrikam lift its margin target?"):  # fmt: skip
        assert R.asks_revision(q), q
    for q in ("By how much did Contoso's revenue grow in 2025?", "What guidance did Contoso give for 2025?",
              "Did Contoso raise its guidance?"):  # fmt: skip
        assert not R.asks_revision(q), q


def test_the_forms_of_a_revision_in_one_clause():
    forms = {
        "We now expect operating margin of 14.5% (prior: 13.5%) for the year.": ("14.5%", "13.5%"),
        "Northwind cut its capital spending target from $900 million to $750 million.": ("$750 million", "$900 million"),
        "The company raised its full-year sales outlook to $5.2 billion from $5.0 billion.": ("$5.2 billion", "$5.0 billion"),
        "Fabrikam now sees unit growth of 6%, up from its previous guidance of 4%.": ("6%", "4%"),
        "Capital expenditure is now planned at $1.1 billion, compared with the prior forecast of $1.3 billion.":
            ("$1.1 billion", "$1.3 billion"),
    }  # fmt: skip
    for text, (new, old) in forms.items():
        found = R.revisions_in(text)
        assert [(r.new.raw, r.old.raw) for r in found] == [(new, old)], text


def test_two_periods_are_no_revision():
    # a change between years is prose_changes' class, not a revision of a forecast
    assert R.revisions_in("Revenue increased to $5.2 billion in 2025 from $4.8 billion in 2024.") == []
    assert R.revisions_in("Operating margin was 14% compared with 12% a year earlier.") == []


def test_the_asked_measures_clause_decides_between_two_revisions():
    q = "As of Q1 2025, by how many percentage points did Contoso raise full year guidance for core constant currency EPS growth?"
    r = R.revision_for(q, RELEASE, {"contoso"})
    assert r is not None and (r.new.raw, r.old.raw) == ("11 percent", "10 percent")
    assert R.revision_text(r) == "Up 1 percentage point: 11 percent against 10 percent previously"
    q2 = "By how many percentage points did Contoso raise its organic revenue guidance for 2025?"
    r2 = R.revision_for(q2, RELEASE, {"contoso"})
    assert r2 is not None and R.revision_text(r2).startswith("Up 2 percentage points: 7 percent")


def test_no_answer_when_no_clause_names_the_measure_or_the_direction_is_wrong():
    # a measure no clause names: neither revision is its figure
    assert R.revision_for("By how many points did Contoso raise its gross margin guidance?", RELEASE, {"contoso"}) is None
    # two revisions and no measure asked: which one is not said
    assert R.revision_for("By how many percentage points did Contoso raise its guidance?", RELEASE, {"contoso"}) is None
    # a cut asked, the figures rose
    assert R.revision_for("By how many percentage points did Contoso cut its core constant currency EPS guidance?",
                          RELEASE, {"contoso"}) is None  # fmt: skip
    text = "Northwind cut its capital spending target from $900 million to $750 million."
    r = R.revision_for("By how much did Northwind cut its capital spending target?", text, {"northwind"})
    assert r is not None and R.revision_text(r) == "Down $150 million: $750 million against $900 million previously"


def test_the_extractive_answer_leads_with_the_computed_revision():
    text = _answer("As of Q1 2025, by how many percentage points did Contoso raise full year guidance in respect of core "
                   "constant currency EPS growth?")  # fmt: skip
    assert text.startswith("Up 1 percentage point: 11 percent against 10 percent previously, from ")
    assert "(previously 10 percent)" in text  # the quote the figures come from


def test_levels_without_a_previous_figure_still_do_not_answer_a_points_question():
    page = RELEASE.replace(" (previously 5 percent)", "").replace(" (previously 10 percent)", "")
    text = _answer("As of Q1 2025, by how many percentage points did Contoso raise full year guidance in respect of core "
                   "constant currency EPS growth?", page)  # fmt: skip
    assert text.startswith("Not in the indexed reports")


NOTE = DocMeta(doc_id="dtile", doc="roof_tiles_2026", source="/r/roof_tiles_2026.pdf",
               title="Roof Tiles: Demand and Prices, 2023-2025")  # fmt: skip


def test_a_yes_no_on_a_changed_forecast_is_decided_by_the_figure_it_replaces():
    # the question's forms: the forecast the subject of the verb, or its object; the verb's way, if it says one
    assert R.asks_changed("and has the projection changed") == "any"
    assert R.asks_changed("Has its estimate for 2027 been lowered?") == "down"
    assert R.asks_changed("Did the institute raise its export outlook?") == "up"
    assert R.asks_changed("Did the institute raise prices?") is None
    assert R.asks_changed("Has the market changed?") is None
    later = ("We expect tile deliveries to slip 1.2% to 812 million square metres in 2026, below the 830 million square "
             "metres we projected in our spring update, as builders wait for lower rates.")
    cut = "For Ostmark we now forecast 61,500 roofs in 2026, cut from 64,000 in our January note, because permits fell."
    kept = "We keep our forecast of 2.4 million tiles for 2026 unchanged."
    plain = "We expect deliveries of 812 million square metres in 2026, up 1.5%."
    for q in ("has the estimate been revised", "Was the outlook lowered?"):
        assert [R.changed_verdict(q, t) for t in (later, cut, kept, plain)] == ["Yes", "Yes", "No", None]
    # the way asked against the figures: nothing decided (no "No" from a figure moving the other way)
    assert R.changed_verdict("Was the forecast raised?", later) is None
    # end to end: the second part's verdict from the first part's quote
    page = ("Outlook\n\nWe expect tile deliveries to slip 1.2% to 812 million square metres in 2026, below the 830 million "
            "square metres we projected in our spring update, as builders wait for lower rates.\n\nPrices should hold.\n")
    c = Chunk(chunk_id="dtile:1", doc_id="dtile", doc=NOTE.doc, source=NOTE.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    ex = X.extract("What does the note expect for tile deliveries in 2026, and has that projection been revised?",
                   [Hit(chunk=c, score=1.0, rank=0, meta=NOTE)], HashEmbedder(), page_text=lambda d, p: page,
                   threshold=0.3)  # fmt: skip
    assert ex.verdicts[-1] == "Yes" and "830 million" in ex.picks[-1].candidate.text
