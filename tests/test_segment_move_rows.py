"""#10, session 27: an amount part asking how much one segment's measure moved one way is never answered by the whole
company's row, nor by a row whose two figures move the other way (fictional filer: Harrowgate Marine Supply)."""

from assistant.answer import question as Q
from assistant.answer.candidates import Candidate
from assistant.answer.scoring import _quoted_change

QUESTION = ("Why did Harrowgate's Boatyard Services revenue drop in fiscal 2025, and by how much did the segment's "
            "operating profit decrease?")
HEADING = "Revenue and operating profit by segment (In thousands)"


def _row(text: str) -> Candidate:
    return Candidate("d", "d", "d", 4, 0, len(text), text, "row", heading=HEADING, years=frozenset({2024, 2025}))


def _part():
    parts = Q.read_question(QUESTION)
    return parts[-1]


def test_the_whole_companys_row_does_not_answer_the_segments_move():
    part = _part()
    assert part.unit == "change"
    assert _quoted_change(part, _row("Operating profit: 2025 71,230, 2024 80,415 (In thousands)")) is None
    assert _quoted_change(part, _row("Total segment operating profit: 2025 94,310, 2024 99,120 (In thousands)")) is None


def test_a_named_segments_row_moving_the_asked_way_still_answers():
    part = _part()
    pair = _quoted_change(part, _row("Boatyard Services operating profit: 2025 18,204, 2024 22,950 (In thousands)"))
    assert pair is not None and pair.new.value == 18204 and pair.old.value == 22950


def test_a_row_moving_the_other_way_does_not_answer_a_decrease():
    (part,) = Q.read_question("By how much did Harrowgate's Chandlery operating profit decrease in fiscal 2025?")
    row = _row("Chandlery operating profit: 2025 30,880, 2024 27,415 (In thousands)")
    assert _quoted_change(part, row) is None
    (up,) = Q.read_question("By how much did Harrowgate's Chandlery operating profit increase in fiscal 2025?")
    assert _quoted_change(up, row) is not None
