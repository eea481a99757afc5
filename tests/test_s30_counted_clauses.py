"""A counted lead-in ("Three things held sales back.") whose items are the semicolon clauses of the one sentence after
it (answer/candidates._counted_clauses), and a restraint asked ("What held back ...?") read as a fall
(text/moves.DOWN_LEAD_ASKED).

Every sentence below is written for these tests (fictional markets and figures).
"""

from __future__ import annotations

from assistant.answer import reason_leads
from assistant.answer import render as XR
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dkayak", doc="kayaks_2025", source="/r/kayaks_2025.pdf", title="Paddle Sports Review 2025")

PAGE = """1. Summary
Makers of kayaks sold EUR 2.1 billion of boats in 2024, 4.0% less than in 2023.
Three things held sales back. In Germany, which buys a third of Europe's kayaks, a cold and wet summer kept renters
off the rivers; the large outdoor retailers ran down their stocks instead of ordering for spring; and in France the
rental fleets that bought heavily in 2022 had no boats to replace.
Inflatable kayaks made up 41% of the value sold last year, against 37% in 2023. Sit-on-top kayaks lost most, as
resorts delayed buying new fleets.
"""


def test_a_counted_lead_in_lists_the_clauses_of_the_sentence_after_it():
    ex = ask_one_page("What held back sales of kayaks in 2024?", PAGE, META, 0.2)
    text = XR.render(ex, lambda d, p: PAGE)[0]
    lines = text.splitlines()
    # the fall the reasons explain leads, then the list, its items the three clauses
    assert lines[1] == "“Makers of kayaks sold EUR 2.1 billion of boats in 2024, 4.0% less than in 2023.” [1]"
    assert lines[2] == "Three things held sales back. [2]"
    assert lines[3].startswith("- In Germany, which buys a third of Europe's kayaks")
    assert lines[4].startswith("- the large outdoor retailers ran down their stocks")
    assert lines[5].startswith("- in France the rental fleets")
    assert len(lines) == 6  # the sentences after the list are no items of it


def test_a_restraint_asked_is_a_fall():
    assert reason_leads.asked_way("What held back sales of kayaks in 2024?") == "down"
    assert reason_leads.asked_way("What is weighing on margins?") == "down"
    assert reason_leads.asked_way("What drove kayak sales in 2024?") == "any"
