"""Session 30 (#10/#11, own-document filings): an earnings release reporting its quarter together with the year to date
that ends on the same day (its third quarter and nine months, or its three and six months, then ended) closes on that
day, so its year-to-date columns answer a question naming the span by its end date (the span is placed in the
company's own report, ``query.intent.span_unplaced``).

Every filer, row, sentence and question below is written for these tests (fictional filers).
"""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.documents.metadata import parse_cover
from assistant.types import DocMeta
from finance_filings import memory_index


def test_a_release_for_the_quarter_and_its_year_to_date_names_the_quarters_end():
    release = ("TULSA, Oklahoma, November 3, 2026 -- Ostrander Laundry Services, Inc. (NASDAQ: OSLS) today reported "
               "its results for the third fiscal quarter and the nine months ended October 3, 2026.")
    assert parse_cover(release)["period_end"] == "2026-10-03"
    both = ("Ostrander Laundry Services today reported results for the three and six "
            "months ended June 28, 2026, and raised its outlook.")
    assert parse_cover(both)["period_end"] == "2026-06-28"
    half = "Ostrander reported results for its second quarter and first half ended June 28, 2026."
    assert parse_cover(half)["period_end"] == "2026-06-28"


OSTR_RELEASE = ("# Ostrander Laundry Services Reports Third Quarter 2026 Results\n\n"
                "TULSA, Oklahoma, November 3, 2026 -- Ostrander Laundry Services, Inc. (NASDAQ: OSLS), an operator of "
                "commercial laundries, today reported its results for the third fiscal quarter and the nine months "
                "ended October 3, 2026. Table amounts are stated in thousands.\n")
OSTR_TABLE = """## CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS

| (Unaudited; in thousands) | Q3 2026 | Q3 2025 | Nine months 2026 | Nine months 2025 |
|---|---|---|---|---|
| Net revenue | $96,410 | $90,118 | $280,622 | $262,905 |
| Cost of services | 61,204 | 58,331 | 179,880 | 170,414 |
| Income from operations | 18,115 | 16,402 | 51,306 | 46,770 |
| Interest expense, net | 3,118 | 3,402 | 9,517 | 10,206 |
| Income before income taxes | 14,997 | 13,000 | 41,789 | 36,564 |
| Income tax expense | 3,750 | 3,185 | 10,530 | 8,995 |
| Net income | $11,247 | $9,815 | $31,259 | $27,569 |
"""


def test_a_span_ending_on_the_releases_closing_day_reads_its_nine_month_column():
    end = parse_cover(OSTR_RELEASE)["period_end"]
    ostr = DocMeta(doc_id="ostrq3", doc="ostrander_laundry_q3_2026_earnings_release",
                   source="ostrander_laundry_q3_2026_earnings_release.md", company="Ostrander Laundry Services",
                   fiscal_year=2026, period="Q3 2026", doc_type="earnings release", extra={"period_end": end})
    index = memory_index([(ostr, {1: OSTR_RELEASE + "\n" + OSTR_TABLE})])
    a = answer_question("What was the effective tax rate of OSLS over the nine months ended October 3, 2026?", index)
    assert a is not None and not a.refused, a and a.text
    assert "25.2%" in a.text and "9M 2026" in a.text, a.text  # 10,530 / 41,789
