"""A "how many" question counts the head of its noun phrase: "How many gas stations did it run?" counts stations
("gas" is its modifier). A share written with an aside's commas ("$3.1 billion, or 18
percent, of our total revenues") is a share of that whole. Every filer, sentence and question below is written for
this test."""

from __future__ import annotations

from assistant.answer.asked_counts import _counted, counted_said
from assistant.answer.extract import THRESHOLD
from assistant.types import DocMeta
from one_page import ask_company_page

META = DocMeta(doc_id="dbrk", doc="BRACKENRIDGE_2025_10K", source="BRACKENRIDGE_2025_10K.pdf",
               title="Brackenridge Stores, Inc. - Annual Report on Form 10-K", company="Brackenridge Stores",
               doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
PAGE = """Item 1. Business
Our ancillary businesses operate next to our warehouses. We operated 318 fuel stations at the end of 2025. Net sales
of our fuel business represented approximately 11% of total net sales in 2025.
Geographic Information
In 2025, our net sales in Canada were $3.1 billion, or 18 percent, of our total net sales.
"""


def test_the_head_of_the_counted_noun_phrase_is_counted():
    assert _counted("How many gas stations did it operate at the end of 2025?") == "station"
    assert _counted("how many bus routes does the city run") == "route"
    assert _counted("How many news sites were visited?") == "site"
    assert _counted("how many stores does it have") == "store"  # one noun: that noun
    assert _counted("how many refurbished garden robots did it sell") == "robot"
    assert counted_said("how many refurbished garden robots did it sell", "Refurbished garden robots sold")
    assert not counted_said("how many refurbished garden robots did it sell", "Garden robots sold")


def test_a_share_in_an_aside_of_commas_is_a_share_of_its_whole():
    for q in ("What share of Brackenridge's total net sales came from Canada in 2025?",
              "What percentage of its 2025 net sales did Brackenridge make in Canada?"):
        ex = ask_company_page(q, PAGE, META, "Brackenridge", threshold=THRESHOLD)
        assert ex.picks[0] is not None and "18 percent" in ex.picks[0].candidate.text, (q, ex.ranked[0][:2])
