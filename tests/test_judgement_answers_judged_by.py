"""A yes/no judged by a ratio the question states ("..., judging by dividends declared per share divided by diluted
EPS") is decided by that ratio computed from the two rows, against the threshold the question states; a percentage
threshold gives the ratio in percent. A "judging by" clause that states no arithmetic defines nothing. Fictional filer
(test_answer_attribution's Quillon Hotels) and wordings written for these tests."""

from __future__ import annotations

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, find_definitions
from test_answer_attribution import IX

PAYOUT = ("Did Quillon Hotels hand out more than {}% of its FY2025 diluted earnings as dividends, judging by dividends "
          "declared per share divided by diluted earnings per share?")


def test_a_ratio_stated_after_judging_by_is_a_definition():
    defs = find_definitions(PAYOUT.format(35), LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    assert [i.metric for i in defs[0].inputs()] == ["dividends_per_share", "eps_diluted"]
    assert find_definitions("Is Quillon growing, judging by its revenue?", LOOKUP) == []


def test_below_the_threshold():
    a = answer_question(PAYOUT.format(35), IX)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("No") and "29.9%" in a.text, a.text  # 1.20 / 4.02 = 29.85%


def test_above_the_threshold():
    a = answer_question(PAYOUT.format(25), IX)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("Yes") and "29.9%" in a.text, a.text
