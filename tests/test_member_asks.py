"""What a question about a filer's members asks (answer/member_asks.py). Questions written for these tests
(fictional filers)."""

from __future__ import annotations

from assistant.answer import member_asks as M


# A part naming a quantity of its own (a volume, a count, a price) is never ranked by the money measure another part of
# the question names (session 32): "which had the steepest organic volume decline?" after "organic revenue growth" is
# no revenue ranking.
def test_a_part_naming_its_own_quantity_takes_no_measure_from_the_question():
    q = ("Was Marlowe Foods' 9% organic revenue growth in the second quarter driven by volume or by pricing? Which "
         "division leaned most on pricing, and which had the steepest organic volume decline?")
    assert M.asked_measure("which had the steepest organic volume decline", q) is None
    assert M.asked_measure("which division shipped the fewest units, by number of stores served", q) is None
    # a part naming no quantity still reads the question's measure
    assert M.asked_measure("and which grew fastest", "Which of Marlowe Foods' divisions had the highest revenue, "
                           "and which grew fastest?") == "revenue"
