"""Session 32 (f-fbidx): a sentence's figure for a measure named after "an impact on" / "an increase to" is the impact on
the measure, never the measure's own figure for the year. The filer (Harrowgate Outdoor Co.) and its sentences were
written for this test."""

from __future__ import annotations

from assistant.finance.extract import extract_facts
from finance_filings import meta, pages_of

HARROW = meta("HARROWGATE_2026_10K", "Harrowgate Outdoor Co.", 2026)

MDNA = """OTHER (INCOME) EXPENSE, NET
We estimate that the translation of foreign currency-denominated profits, together with the year-over-year change in
hedge gains and losses, had an unfavorable impact on our Income before income taxes of $84 million for fiscal 2026.
The net change in working capital resulted in an increase to Cash provided by operations of $212 million in 2026.
Income before income taxes was $1,204 million in 2026.
"""


def test_an_impact_on_a_measure_is_never_its_figure():
    facts = extract_facts(HARROW, pages_of(HARROW, {41: MDNA}))
    got = {(f.metric, f.value) for f in facts if f.kind == "sentence"}
    assert ("income_before_tax", 1204.0) in got, got
    assert ("income_before_tax", 84.0) not in got and ("cash_from_operations", 212.0) not in got, got
