"""gates.member_unnamed (read by extract): a yes/no part asking about the member the part before named ("Which
publisher sold the most, and does it also lead on sales?") is decided only by a quote naming that member; a quote
about other things (channels, regions, groups of firms) gives no verdict and answers nothing of that part.

Every report, sentence and question below is written for these tests (fictional markets and companies)."""

from __future__ import annotations

import pytest

from assistant.answer import gates as G
from assistant.types import DocMeta
from one_page import ask_near

META = DocMeta(doc_id="dmkt", doc="market_note_2026", source="/r/market_note_2026.md", title="Market Note 2026")

CASES = [
    ("Which dealer group sold the most used cars in 2025, and does it also lead on service revenue?",
     "# Used Cars in Ostland\n\n## Dealers\n\nHarwick Motors of Brenport sold the most used cars in 2025, 212,000 "
     "units or 18.4% of the market, thanks to its network of motorway sites.\n\nFranchise dealers remain the largest "
     "channel, with 54% of service revenue in 2025, followed by independent garages with 31% and fast-fit chains "
     "with 15%.\n"),
    ("Which maker shipped the most e-bikes in 2025, and is it also the largest by revenue?",
     "# E-bikes in Vessland\n\n## Makers\n\nVeloria Cycles of Tarnholm shipped the most e-bikes in 2025, 310,000 "
     "units or 27% of the market.\n\nSpecialist bike shops are the largest channel by revenue, with 44% of e-bike "
     "revenue in 2025, ahead of online sellers with 35%.\n"),
    ("Which brewer sold the most cans of craft beer in 2024, and was it also the biggest by sales?",
     "# Craft Beer in Marrow County\n\n## Brewers\n\nGreyfen Brewing of Hollis sold the most cans of craft beer in "
     "2024, 41 million or 22% of the county's cans.\n\nSupermarkets were the biggest outlet by sales in 2024, with 48% "
     "of craft beer sales, ahead of bottle shops with 30% and bars with 22%.\n"),
]


@pytest.mark.parametrize("question, page", CASES)
def test_a_quote_not_naming_the_member_asked_again_gives_no_verdict(question, page):
    ex = ask_near(question, page, META)
    assert ex.picks[0] is not None  # the first part is answered by the member's own sentence
    assert ex.verdicts[1] is None and ex.picks[1] is None  # "Not in the reports" for that part, no channel's quote


def test_a_quote_naming_the_member_still_decides():
    question, page = CASES[1]
    page = page.replace("Specialist bike shops are the largest channel by revenue, with 44% of e-bike revenue in 2025, "
                        "ahead of online sellers with 35%.",
                        "Veloria Cycles is also the largest maker by revenue, with 24% of e-bike revenue in 2025.")
    ex = ask_near(question, page, META)
    assert ex.verdicts[1] == "Yes" and "Veloria" in ex.picks[1].candidate.text


def test_member_unnamed_reads_the_names_of_the_quote_before():
    before = "Harwick Motors of Brenport sold the most used cars in 2025, 212,000 units."
    assert G.member_unnamed("Which dealer group sold the most used cars?", before,
                            "Franchise dealers remain the largest channel, with 54% of service revenue.")
    assert not G.member_unnamed("Which dealer group sold the most used cars?", before,
                                "Harwick Motors also took the most service revenue, $410 million.")
    # the part before's quote naming no one leaves the check open
    assert not G.member_unnamed("Which channel sold the most used cars?", "franchise dealers sold the most used cars.",
                                "Franchise dealers remain the largest channel.")
