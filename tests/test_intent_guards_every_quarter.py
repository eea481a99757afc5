"""A yes/no over a run of quarters ("Did revenue rise in every quarter from Q1 2025 to Q3 2025?", "each of the
three quarters", "three consecutive quarters") reads every quarter of the run and answers only when each step goes
the asked way; a run whose middle quarter is not read, or a year asked with no quarter read, gets no verdict: the
two ends alone do not decide it. Fictional filer and quarterly reports written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index


def tenq(quarter: int, months: str, end: str, now: tuple[str, str], before: tuple[str, str]) -> tuple:
    meta = DocMeta(doc_id=f"tailspinq{quarter}2025", doc=f"TAILSPIN_2025Q{quarter}_10Q",
                   source=f"TAILSPIN_2025Q{quarter}_10Q.pdf", company="Tailspin Logistics", fiscal_year=2025,
                   period=f"Q{quarter} 2025", doc_type="10-Q", extra={"period_end": end})
    page = f"""TAILSPIN LOGISTICS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions) (Unaudited)
Three Months Ended {months}
2025 2024
Operating revenues $ {now[0]} $ {before[0]}
Operating income {now[1]} {before[1]}
"""
    return meta, {4: page}


Q1 = tenq(1, "March 31,", "2025-03-31", ("1,210", "96"), ("1,150", "90"))
Q2 = tenq(2, "June 30,", "2025-06-30", ("1,180", "101"), ("1,160", "92"))  # revenue dips in Q2
Q3 = tenq(3, "September 30,", "2025-09-30", ("1,260", "108"), ("1,190", "95"))


def test_every_quarter_read_decides_the_run():
    ix = memory_index([Q1, Q2, Q3])
    a = answer_question("Did Tailspin Logistics' revenue rise in every quarter from Q1 2025 to Q3 2025?", ix)
    # 1,210 -> 1,260 is up from end to end, but Q2 fell: "No", with Q2 shown
    assert a is not None and a.text.startswith("No:"), a and a.text
    assert "Q2 2025" in a.text and "1,180" in a.text, a.text
    a = answer_question("Did Tailspin Logistics' operating income increase in each quarter from Q1 2025 to Q3 2025?",
                        ix)
    assert a is not None and a.text.startswith("Yes:"), a and a.text
    assert "Q2 2025" in a.text, a.text


def test_a_quarter_not_read_leaves_no_verdict():
    ix = memory_index([Q1, Q3])
    a = answer_question("Did Tailspin Logistics' operating income increase in each quarter from Q1 2025 to Q3 2025?",
                        ix)
    assert a is None or not a.text.startswith(("Yes", "No")), a.text
