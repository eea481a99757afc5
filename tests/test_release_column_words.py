"""A release's or 10-Q's statement columns named partly by quarter and partly by a length in words; figures asked
as first published before a restatement; the pre-tax line named in the filer's words (session 29, #10 statements).

Fictional filers written for these tests: Quillfeather Signage (an earnings release in Markdown whose income
statement is headed "Q3 2026 | Q3 2025 (as recast) | Nine months 2026 | Nine months 2025 (recast)"), Dunmore
Freight Systems (a 10-Q headed "Q2 2026 Q2 2025 Six months 2026 Six months 2025").
General rules: a column's period is the period written over that column (one length said over two columns of a
header that names the others by quarter is those two columns' length, never every column's); a figure as first
published before a restatement is the filer's sentence, never computed from the statements' revised columns; a
question naming the pre-tax line as "income before provision for income taxes" asks that line, not the provision.
"""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.extract import extract_facts
from assistant.query.intent import asks_earlier_version, metrics_in
from assistant.types import DocMeta, Page
from finance_filings import memory_index


QUILL_META = DocMeta(doc_id="dquill", doc="quillfeather_q3_2026_release", source="quillfeather_q3_2026_release.md",
                     title="Quillfeather Signage Reports Third Quarter 2026 Results", company="Quillfeather Signage",
                     doc_type="earnings release", fiscal_year=2026, period="Q3 2026")
QUILL_PAGE = """Quillfeather Signage Reports Third Quarter 2026 Results

Quillfeather Signage, Inc. (NYSE: QFSG) reported its results for the quarter and the year to date through September 30, 2026.
We recast the 2025 periods to present municipal fees net. As previously reported, third-quarter 2025 net sales were
$125,910 thousand.

## CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS

| (Unaudited; dollars in thousands) | Q3 2026 | Q3 2025 (as recast) | Nine months 2026 | Nine months 2025 (recast) |
|---|---|---|---|---|
| Net sales | $131,744 | $122,508 | $372,906 | $351,227 |
| Cost of sales | 70,912 | 66,841 | 203,455 | 193,018 |
| Selling, general and administrative | 29,605 | 28,177 | 88,310 | 84,962 |
| Operating income | 31,227 | 27,490 | 81,141 | 73,247 |
| Interest expense | 6,114 | 6,402 | 18,560 | 19,233 |
| Income before provision for income taxes | 25,113 | 21,088 | 62,581 | 54,014 |
| Provision for income taxes | 6,404 | 5,293 | 15,958 | 13,666 |
| Net income | $18,709 | $15,795 | $46,623 | $40,348 |
"""


def _by_period(meta: DocMeta, page: str, metric: str) -> dict[str, list[float]]:
    got: dict[str, list[float]] = {}
    for f in extract_facts(meta, [Page(meta.doc_id, meta.doc, meta.source, 1, page)]):
        if f.metric == metric:
            got.setdefault(f.period, []).append(f.value)
    return got


def test_release_columns_named_by_quarter_and_by_nine_months_in_words():
    assert _by_period(QUILL_META, QUILL_PAGE, "revenue") == {
        "Q3 2026": [131744.0], "Q3 2025": [122508.0], "9M 2026": [372906.0], "9M 2025": [351227.0]}
    assert _by_period(QUILL_META, QUILL_PAGE, "operating_income")["Q3 2026"] == [31227.0]


@pytest.mark.parametrize("header, short, long", [
    ("Q2 2026 Q2 2025 Six months 2026 Six months 2025", "Q2", "6M"),
    ("Q2 2026 Q2 2025 Six Months Ended 2026 Six Months Ended 2025", "Q2", "6M"),
    ("Q2 2026 Q2 2025 Twenty-six weeks 2026 Twenty-six weeks 2025", "Q2", "6M"),
])
def test_a_10q_header_naming_the_quarter_and_the_half_in_words(header, short, long):
    meta = DocMeta(doc_id="ddun", doc="dunmore_10q_q2_2026", source="dunmore_10q_q2_2026.pdf",
                   title="Dunmore Freight Systems Form 10-Q", company="Dunmore Freight Systems", doc_type="10-Q",
                   fiscal_year=2026, period="Q2 2026", extra={"period_end": "2026-06-30"})
    page = ("CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)\n(In thousands)\n" + header + "\n"
            "Revenues $ 96,310 $ 90,442 $ 188,075 $ 176,903\nOperating income 9,842 8,761 18,330 16,415\n")
    assert _by_period(meta, page, "revenue") == {f"{short} 2026": [96310.0], f"{short} 2025": [90442.0],
                                                 f"{long} 2026": [188075.0], f"{long} 2025": [176903.0]}


@pytest.fixture(scope="module")
def quill():
    return memory_index([(QUILL_META, {1: QUILL_PAGE})])


def test_a_quarters_margin_is_computed_from_the_quarters_columns(quill):
    ans = answer_question("What was Quillfeather Signage's operating margin in Q3 2026?", quill)
    assert ans is not None and not ans.refused
    assert "23.7%" in ans.text  # 31,227 / 131,744; the nine months' 21.8% is another column
    assert "21.8%" not in ans.text


@pytest.mark.parametrize("question", [
    "Against the Q3 2025 net sales Quillfeather originally reported, what was its Q3 2026 net sales growth?",
    "What was Quillfeather Signage's Q3 2026 net sales growth over Q3 2025 net sales as previously reported?",
    "How much did Quillfeather's net sales grow in Q3 2026 compared with Q3 2025 before the restatement?",
])
def test_growth_against_a_figure_as_first_published_is_never_computed_from_recast_columns(quill, question):
    assert asks_earlier_version(question)
    assert answer_question(question, quill) is None


def test_the_same_growth_asked_plainly_is_computed(quill):
    question = "How much did Quillfeather Signage's net sales grow in Q3 2026 compared with Q3 2025?"
    assert not asks_earlier_version(question)
    ans = answer_question(question, quill)
    assert ans is not None and not ans.refused and "+7.5%" in ans.text  # 131,744 / 122,508 - 1


def test_the_pre_tax_line_named_with_the_provision_inside_its_name(quill):
    assert metrics_in("What was QFSG's income before provision for income taxes in Q3 2026?") == ["income_before_tax"]
    assert metrics_in("What were QFSG's earnings before provision for income taxes in Q3 2026?") == [
        "income_before_tax"]
    assert metrics_in("What was QFSG's provision for income taxes in Q3 2026?") == ["income_tax_expense"]
    ans = answer_question("What was Quillfeather Signage's income before provision for income taxes in Q3 2026?",
                          quill)
    assert ans is not None and "25,113" in ans.text and "6,404" not in ans.text


QUARTER_WHY = "Why did Quillfeather's banner revenues barely grow in Q3 2026?"


def test_a_span_inside_the_cause_dates_the_cause_not_the_quarters_move():
    from assistant.answer.prose_drivers import annual_move

    said = ("Banner revenues rose only 1.1% because we moved 30 of our busiest banner sites to LED screens over the "
            "past twelve months, which shifts their sales to the screen line.")
    assert not annual_move(QUARTER_WHY, said, "Review of the quarter")
    # the year's own move, said as the year's before its cause, stays the year's
    assert annual_move(QUARTER_WHY, "For the full year, banner revenues rose 3.4% because municipal contracts "
                                    "were renewed at higher rates.", "")
    assert annual_move(QUARTER_WHY, "Banner revenues rose 3.4% because municipal contracts were renewed.",
                       "Twelve months ended September 30, 2026")
