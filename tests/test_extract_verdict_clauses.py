"""extract.verdict: a semicolon clause that states the proposition decides when the whole sentence, hedged in its
other clause, states none. Every sentence and question below is written for this test (fictional markets)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit
from one_page import ask_one_page

META = DocMeta(doc_id="dbrk", doc="brokers_2025", source="/r/brokers_2025.md", title="Property Brokers: 2025 Review")


def _ask(question: str, page: str) -> X.Extraction:
    c = Chunk(chunk_id="dbrk:1", doc_id="dbrk", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], HashEmbedder(),
                     page_text=lambda d, p: page, threshold=0.3)  # fmt: skip


def test_the_semicolon_clause_stating_the_proposition_decides():
    page = ("# Property Brokers\n\nThree provinces have discussed limits on the fees brokers may charge, but only for "
            "rental flats; no province caps the fees brokers charge home buyers.\n")
    ex = _ask("Is there any province that caps the fees brokers charge home buyers?", page)
    assert ex.verdicts[0] == "No"


def test_clauses_that_disagree_or_only_plan_give_no_verdict():
    page = ("# Property Brokers\n\nOne province may cap the fees brokers charge home buyers next year; another province "
            "plans to cap the fees brokers charge home buyers.\n")
    assert _ask("Is there any province that caps the fees brokers charge home buyers?", page).verdicts[0] is None


def test_a_colon_clause_going_on_in_lower_case_is_read_alone_too():
    page = ("# Property Brokers\n\nThe province's third licensing round, whose results came out in May 2024, attracted no "
            "broker applications at all: its fee cap was below what any broker could accept after two years of inflation.\n")
    assert _ask("Were there any broker applications in the province's third licensing round?", page).verdicts[0] == "No"


def test_the_month_may_is_no_hedge():
    page = "# Property Brokers\n\nIn May 2024 the province capped the fees brokers charge home buyers.\n"
    assert _ask("Did the province cap the fees brokers charge home buyers?", page).verdicts[0] == "Yes"


# -- session 9: "Did X increase its <measure> in <year>?" from X's row of a table on that measure

VENDORS = """# Electric Kilns: 2025 Review

## 3. Vendors

Kiln revenue by vendor, US$ millions

| Vendor | 2023 | 2024 | 2025 |
|---|---|---|---|
| Northwind Kilns | 410 | 455 | 448 |
| Contoso Ceramics | 220 | 240 | 275 |
| Total | 630 | 695 | 723 |

Note: Northwind: 2024 restated from $462 million after the sale of its glaze business.
"""
KILNS = DocMeta(doc_id="dkiln9", doc="kiln_review_2025", source="/r/kiln_review_2025.md", title="Electric Kilns: 2025 Review")


def _row_verdict(question: str, page: str = VENDORS) -> tuple[str | None, str | None]:
    ex = ask_one_page(question, page, KILNS)
    return ex.verdicts[0], ex.picks[0].candidate.text if ex.picks[0] is not None else None


def test_a_subjects_move_in_a_year_is_decided_by_its_row_of_the_measures_table():
    verdict, shown = _row_verdict("Did Northwind Kilns increase its kiln revenue in 2025?")
    assert verdict == "No" and "448 in 2025 against 455 in 2024" in shown  # the restated 2024 figure is the table's
    assert _row_verdict("Did Contoso Ceramics grow its kiln revenue in 2025?")[0] == "Yes"
    assert _row_verdict("Did Contoso Ceramics' kiln revenue fall in 2025?")[0] == "No"


def test_no_row_verdict_without_the_years_or_when_a_note_says_the_years_are_not_comparable():
    assert _row_verdict("Did Northwind Kilns increase its kiln revenue in 2027?")[0] is None
    unlike = VENDORS.replace("after the sale of its glaze business.", "and is not comparable with 2025, which uses a "
                             "different basis.")  # fmt: skip
    assert _row_verdict("Did Northwind Kilns increase its kiln revenue in 2025?", unlike)[0] is None


# -- a yes/no move of a measure: the measure's own verb decides; a premise sentence before the question asks nothing

FERRY = DocMeta(doc_id="dfer", doc="harrowgate_ferries_10k_fy2024", source="/r/harrowgate_ferries_10k_fy2024.pdf",
                company="Harrowgate Ferries", doc_type="10-K", fiscal_year=2024,
                title="Harrowgate Ferries, Inc. - Annual Report on Form 10-K")  # fmt: skip
ISLES = ("Segment results\n\nIsles Link's revenues rose 19.0% in fiscal 2024 on the new night crossing, but its segment "
         "operating margin decreased to 11.4% from 13.9% because of crew training costs, the higher charter rate of its "
         "second vessel and a longer refit.\n")


def test_the_move_stated_of_the_asked_measure_decides_its_yes_no():
    # "rose" (revenues) and "higher" (charter rate) move other figures; the margin "decreased": No
    ex = ask_one_page("Did Isles Link's segment operating margin improve in fiscal 2024?", ISLES, FERRY, threshold=0.3)
    assert ex.verdicts[0] == "No"
    ex = ask_one_page("Did Isles Link's revenues increase in fiscal 2024?", ISLES, FERRY, threshold=0.3)
    assert ex.verdicts[0] == "Yes"


def test_a_yes_no_question_after_a_premise_sentence_is_a_yes_no_question():
    q = "Isles Link was Harrowgate's fastest-growing route group in fiscal 2024. Did its segment operating margin improve?"
    assert Q.question_kind(q) == "yesno"
    assert Q.question_kind("Isles Link carried more cars in 2024. Why did its margin fall?") == "reason"
    ex = ask_one_page(f"{q[:-1]}, and why or why not?", ISLES, FERRY, threshold=0.3)
    assert ex.parts[0].kind == "yesno" and ex.verdicts[0] == "No"
