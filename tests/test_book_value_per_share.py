"""A bank's book value and tangible book value per share are registry metrics (``book_value_per_share``,
``tangible_book_value_per_share``): rows of its selected data stored per share, looked up at a date and compared
between two dates like any statement figure, never answered with its earnings per share. Fictional bank, our own
rows and wordings (session 29)."""
from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance.extract import extract_facts
from assistant.finance.registry import PER_SHARE_METRICS, normalise_metric
from assistant.query.intent import metrics_in
from assistant.types import DocMeta, Page
from finance_filings import memory_index

Q3 = DocMeta(doc_id="harborline_q3", doc="HARBORLINE_2026Q3_10Q", source="HARBORLINE_2026Q3_10Q.pdf",
             company="Harborline Bancorp", fiscal_year=2026, period="Q3 2026", doc_type="10-Q",
             extra={"period_end": "2026-09-30"})

HIGHLIGHTS = """HARBORLINE BANCORP
Selected Financial Highlights
(in millions, except per share and ratio data)
Three months ended September 30,
2026 2025 Change
Net interest income $ 1,204 $ 1,118 8 %
Net income $ 412 $ 371 11
Diluted earnings per share $ 2.87 $ 2.51 14
Selected ratios and metrics
Return on common equity 14 % 13 %
Book value per share $ 71.46 $ 66.02 8
Tangible book value per share (“TBVPS”) 58.31 53.90 8
"""


def _index():
    return memory_index([(Q3, {4: HIGHLIGHTS})])


def test_book_value_rows_map_to_their_own_per_share_metrics():
    assert normalise_metric("Book value per share", None) == "book_value_per_share"
    assert normalise_metric("Book value per common share", None) == "book_value_per_share"
    assert normalise_metric("Tangible book value per share (“TBVPS”)", None) == "tangible_book_value_per_share"
    assert {"book_value_per_share", "tangible_book_value_per_share"} <= PER_SHARE_METRICS
    facts = extract_facts(Q3, [Page(Q3.doc_id, Q3.doc, Q3.source, 4, HIGHLIGHTS)])
    got = {(f.metric, f.period): (f.value, f.unit) for f in facts if f.metric and "book" in f.metric}
    assert got[("book_value_per_share", "Q3 2026")] == (71.46, "USD/share"), got
    assert got[("tangible_book_value_per_share", "Q3 2025")] == (53.90, "USD/share"), got


def test_a_question_names_tangible_book_value_before_book_value():
    assert metrics_in("What was its tangible book value per share at September 30, 2026?") == [
        "tangible_book_value_per_share"]
    assert metrics_in("How much did its book value per common share grow?") == ["book_value_per_share"]


def test_book_value_per_share_at_a_date_is_the_row_never_eps():
    a = answer_question("What was Harborline Bancorp's book value per share at September 30, 2026?", _index())
    assert a is not None and not a.refused and "71.46" in a.text and "2.87" not in a.text, a and a.text


def test_growth_of_both_per_share_book_values_between_two_dates():
    a = answer_question("In percent, how much did Harborline Bancorp's tangible book value per share and its book "
                        "value per share increase from September 30, 2025 to September 30, 2026? Give two decimals.",
                        _index())
    assert a is not None and not a.refused, a and a.text
    assert "+8.24%" in a.text and "+8.18%" in a.text, a.text  # 71.46/66.02 and 58.31/53.90
