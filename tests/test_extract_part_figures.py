"""extract: a question asking several things answers each part from what states it; one part's figure is never
shown as the answer to the others (session 19, parts). Every sentence and question below is written for this test
(fictional companies)."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit


def _ask(question: str, page: str, company: str) -> X.Extraction:
    stem = company.split()[0].lower()
    meta = DocMeta(doc_id="d1", doc=f"{stem}_10k_2024", source=f"/r/{stem}_10k_2024.md", title=f"{company} 10-K 2024",
                   company=company, doc_type="10-K", fiscal_year=2024, period="FY2024")
    c = Chunk(chunk_id="d1:1", doc_id="d1", doc=meta.doc, source=meta.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], HashEmbedder(),
                     page_text=lambda d, p: page, threshold=0.3)  # fmt: skip


UTILITY = """# Customers

The table below presents the number of electric and gas accounts Brightwater Utilities served by class as of
December 31, 2024, which represents approximately 2.4 million people in our service areas as of December 31, 2024: 2024 2023

Nearly all of our revenue is regulated by the state utility commission.
"""
TELECOM = """# Subscribers

Presented below is the number of broadband and mobile subscribers Kestrel Telecom had by plan at December 31, 2024,
which covers approximately 3.1 million people in its service area: 2024 2023

Most subscribers pay monthly.
"""


def test_one_figure_answers_only_the_part_asking_what_it_counts():
    q = ("How many electric accounts and how many gas accounts did Brightwater Utilities serve at December 31, 2024, "
         "and roughly how many people does that represent?")
    ex = _ask(q, UTILITY, "Brightwater Utilities")
    assert len(ex.parts) == 3
    assert ex.picks[0] is None and ex.picks[1] is None  # the 2.4 million counts people, not accounts
    assert ex.picks[2] is not None and ex.partial
    text = R.render(ex, lambda d, p: UTILITY)[0]
    assert "Not in the indexed reports" in text and not text.startswith("2.4 million")


def test_one_figure_answers_only_the_part_asking_what_it_counts_second_wording():
    q = ("How many broadband subscribers and how many mobile subscribers did Kestrel Telecom have at December 31, 2024, "
         "and roughly how many people does that cover?")
    ex = _ask(q, TELECOM, "Kestrel Telecom")
    assert len(ex.parts) == 3
    assert ex.picks[0] is None and ex.picks[1] is None  # 3.1 million people is no count of subscribers
    assert ex.picks[2] is not None and ex.partial


SHIPPING = """# Borrowings

Our term loan A ($200 million principal) matures in March 2026 and is classified as current at December 31, 2024.

We also have a term loan B due 2030 ($350 million principal) and senior notes due 2032 ($100 million principal).
"""
RETAIL = """# Liquidity

The Tamsin Retail revolving credit line of $300 million expires in May 2026 and was undrawn at December 31, 2024.

Tamsin Retail also holds a $150 million receivables facility expiring in 2028 and a $75 million letter of credit line.
"""


def test_what_other_is_not_answered_by_the_part_befores_quote():
    q = "Which of Halvard Shipping's term loans is classified as current, and what other borrowings does it have?"
    ex = _ask(q, SHIPPING, "Halvard Shipping")
    assert len(ex.parts) == 2 and ex.picks[0] is not None
    assert "term loan A" in ex.picks[0].candidate.text
    assert ex.picks[1] is None or ex.picks[1].candidate.text != ex.picks[0].candidate.text


def test_which_other_is_not_answered_by_the_part_befores_quote():
    q = "Which Tamsin Retail credit line expires in May 2026, and which other credit lines does it hold?"
    ex = _ask(q, RETAIL, "Tamsin Retail")
    assert len(ex.parts) == 2 and ex.picks[0] is not None
    assert "revolving" in ex.picks[0].candidate.text
    assert ex.picks[1] is None or ex.picks[1].candidate.text != ex.picks[0].candidate.text


GROCER = """# Stores

Wrenfield Grocers is a regional grocery chain.

Of our stores, 88 have an in-store bakery and 41 have a pharmacy counter.
"""
INNS = """# Properties

Norrow Inns is a hotel operator.

Of our hotels, 140 are franchised and the rest are owned or leased.
"""


def test_a_pronoun_after_a_where_part_is_the_subject_of_the_part_before():
    q = ("How many stores did Wrenfield Grocers operate at the end of 2024, in which states, and how many of them have "
         "an in-store bakery?")
    ex = _ask(q, GROCER, "Wrenfield Grocers")
    assert len(ex.parts) == 3 and ex.picks[1] is None
    assert ex.picks[2] is not None and "88" in ex.picks[2].candidate.text  # "them" are the stores, not the states
    assert ex.partial


def test_a_pronoun_after_a_where_part_is_the_subject_of_the_part_before_second_wording():
    q = "How many hotels did Norrow Inns run in 2024, on which continents, and how many of them are franchised?"
    ex = _ask(q, INNS, "Norrow Inns")
    assert len(ex.parts) == 3 and ex.picks[1] is None
    assert ex.picks[2] is not None and "140" in ex.picks[2].candidate.text
    assert ex.partial


NOTES = """# Financing

Our 3.5% senior notes due 2026 ($400 million principal) are classified as current at December 31, 2024.

We also have 5.25% senior notes due 2031 ($900 million principal) and 6.1% senior notes due 2034 ($300 million
principal). Our revolving credit facility was undrawn.
"""
LEASES = """# Aircraft

Eleven of our aircraft leases expire in 2025 and are presented within current lease liabilities at December 31, 2024.

We also hold aircraft leases on 46 further aircraft, running until 2029 to 2036.
"""


def test_what_other_is_answered_by_the_sentence_naming_more_of_them():
    q = ("Which of Pellham Travel's senior notes were reported as current at December 31, 2024, and what other senior "
         "notes remain outstanding?")
    ex = _ask(q, NOTES, "Pellham Travel")
    assert ex.picks[0] is not None and "3.5%" in ex.picks[0].candidate.text
    assert ex.picks[1] is not None and "5.25%" in ex.picks[1].candidate.text


def test_what_other_is_answered_by_the_sentence_naming_more_of_them_second_wording():
    q = "Which of Skerry Air's aircraft leases expire in 2025, and what other aircraft leases does Skerry Air have outstanding?"
    ex = _ask(q, LEASES, "Skerry Air")
    assert ex.picks[0] is not None and "Eleven" in ex.picks[0].candidate.text
    assert ex.picks[1] is not None and "46 further aircraft" in ex.picks[1].candidate.text
