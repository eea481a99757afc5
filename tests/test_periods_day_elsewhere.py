"""A figure asked at one day ("as of August 2, 2025") is not answered by a sentence stating it at another point: a day
it names more than a week away, or, naming no day, its report's own close when that is another day (an annual report
closing February 1, 2025 says "at the end of fiscal 2025"); a day after "up from" or "compared with" dates the base
(issue 10, a date mismatch). Every filer, sentence and question below is written for these tests (fictional).
"""

from __future__ import annotations

from assistant.text.periods import day_elsewhere
from assistant.types import DocMeta

ANNUAL = DocMeta(doc_id="dk", doc="LINDQVIST_2025_10K", source="/r/LINDQVIST_2025_10K.pdf", company="Lindqvist Home",
                 doc_type="10-K", fiscal_year=2025, period="FY2025", extra={"period_end": "2025-02-01"})  # fmt: skip
QUARTER = DocMeta(doc_id="dq", doc="LINDQVIST_2026Q2_10Q", source="/r/LINDQVIST_2026Q2_10Q.pdf", company="Lindqvist Home",
                  doc_type="10-Q", fiscal_year=2026, period="Q2 2026", extra={"period_end": "2025-08-02"})  # fmt: skip
UNDATED = DocMeta(doc_id="dr", doc="home_goods_review_2025", source="/r/home_goods_review_2025.html")

Q = "How many stores did Lindqvist Home operate as of August 2, 2025?"


def test_the_annual_reports_own_point_is_not_a_later_day_asked():
    s = "At the end of fiscal 2025, Lindqvist Home operated 412 stores across the United States and Canada."
    assert day_elsewhere(Q, s, ANNUAL)
    assert not day_elsewhere(Q, s.replace("At the end of fiscal 2025", "At the end of the quarter"), QUARTER)
    # the day the annual report closes on is its own point
    assert not day_elsewhere("How many stores did Lindqvist Home operate as of February 1, 2025?", s, ANNUAL)


def test_a_named_day_decides_and_the_bases_day_does_not():
    assert day_elsewhere(Q, "As of May 3, 2025, Lindqvist Home operated 405 stores.", QUARTER)
    assert not day_elsewhere(Q, "As of August 2, 2025, Lindqvist Home operated 409 stores.", ANNUAL)
    assert not day_elsewhere(Q, "Lindqvist Home operated 409 stores, up from 405 at May 3, 2025.", QUARTER)


def test_no_day_asked_or_an_undated_report_decides_nothing():
    s = "The chain operated 412 stores."
    assert not day_elsewhere("How many stores did Lindqvist Home operate in fiscal 2025?", s, ANNUAL)
    assert not day_elsewhere(Q, s, UNDATED)
    assert not day_elsewhere(Q, s, None)


def test_the_extractive_answer_declines_the_annual_reports_count_for_a_later_day():
    from one_page import ask_company_page

    page = ("Human capital\n\nAt the end of fiscal 2025, Lindqvist Home operated 412 stores and employed about 21,000 "
            "people, most of them part-time.\n")
    ex = ask_company_page(Q, page, ANNUAL, "Lindqvist", threshold=0.3)
    assert all(p is None for p in ex.picks), [p and p.candidate.text for p in ex.picks]
    ex = ask_company_page(Q.replace("August 2, 2025", "February 1, 2025"), page, ANNUAL, "Lindqvist", threshold=0.3)
    assert ex.picks[0] is not None and "412" in ex.picks[0].candidate.text
