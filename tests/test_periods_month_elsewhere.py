"""A figure asked for one calendar month ("in October 2026") that begins after the close of the dated report a sentence
comes from is not answered by that sentence unless it names the month: a third-quarter release's "shipments per day
down 1.8%" is the quarter's (session 32, #11, a period mismatch). Every filer, sentence and question below is written
for these tests (fictional).
"""

from __future__ import annotations

from assistant.text.periods import month_elsewhere
from assistant.types import DocMeta

RELEASE = DocMeta(doc_id="hr", doc="halvorsen_parcel_q3_2026_release", source="/r/halvorsen_parcel_q3_2026_release.html",
                  company="Halvorsen Parcel", doc_type="earnings release", fiscal_year=2026, period="Q3 2026",
                  extra={"period_end": "2026-09-30"})  # fmt: skip
UNDATED = DocMeta(doc_id="hu", doc="parcel_market_review", source="/r/parcel_market_review.html")

Q = "How many parcels per day did Halvorsen Parcel deliver in October 2026?"
S = "Average daily parcel volume was 412,300, down 1.8% from the third quarter of 2025."


def test_a_month_after_the_reports_close_is_not_its_quarters_figure():
    assert month_elsewhere(Q, S, RELEASE)
    assert month_elsewhere(Q.replace("in October 2026", "during the month of October 2026"), S, RELEASE)
    # the release naming the month (a quarter-to-date update) may answer it
    assert not month_elsewhere(Q, "October average daily parcel volume was 405,900, down 0.6% year over year.", RELEASE)
    assert not month_elsewhere(Q, "In Oct. 2026 the company delivered 405,900 parcels a day.", RELEASE)


def test_a_month_within_the_period_a_day_or_an_undated_report_decides_nothing():
    assert not month_elsewhere(Q.replace("October 2026", "August 2026"), S, RELEASE)
    assert not month_elsewhere("How many parcels per day did it deliver at October 31, 2026?", S, RELEASE)
    assert not month_elsewhere("How many parcels per day did it deliver in 2026?", S, RELEASE)
    assert not month_elsewhere(Q, S, UNDATED)
    assert not month_elsewhere(Q, S, None)


def test_the_extractive_answer_declines_the_quarters_figure_for_a_later_month():
    from one_page import ask_company_page

    page = ("Third Quarter 2026 Highlights\n\nHalvorsen Parcel delivered 412,300 parcels per day in the third quarter of "
            "2026, down 1.8% from a year earlier, as retail customers shipped fewer parcels per order.\n")
    ex = ask_company_page(Q, page, RELEASE, "Halvorsen", threshold=0.3)
    assert all(p is None for p in ex.picks), [p and p.candidate.text for p in ex.picks]
    ex = ask_company_page(Q.replace("in October 2026", "in the third quarter of 2026"), page, RELEASE, "Halvorsen",
                          threshold=0.3)
    assert ex.picks[0] is not None and "412,300" in ex.picks[0].candidate.text
