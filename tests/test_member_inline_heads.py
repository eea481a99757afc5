"""A segment table printing each block's heading on the block's first row ("Net sales: Harbor Craft $...") and a
change column headed "Change" alone: the members below the first row stand under its heading, and the "Change"
column is no year's (``member_figures._headed_rows``, ``_BARE_CHANGE``; #10, session 28). Fictional filer and
rows written for these tests (a boat builder's MD&A)."""

from __future__ import annotations

import pytest

from assistant.answer.member_figures import member_figure, member_margin

PAGE = """Net sales and operating income by segment
(Dollars in thousands)
Fiscal 2026 Fiscal 2025 Change
Net sales: Harbor Craft $904,112 $866,530 4.3%
Offshore Yachts 388,604 412,950 -5.9%
Marine Parts 151,220 139,018 8.8%
Total net sales $1,443,936 $1,418,498 1.8%
Operating income: Harbor Craft $96,240 $90,117 6.8%
Offshore Yachts 27,205 37,166 -26.8%
Marine Parts 18,402 15,990 15.1%
Segment operating income excludes corporate expenses.
"""


def test_a_member_under_an_inline_heading_has_its_margin():
    got = member_margin("What was the operating margin of Gullwing's Offshore Yachts segment in fiscal 2026 and "
                        "fiscal 2025?", PAGE, {2025, 2026})
    assert got is not None
    assert got.years == (2025, 2026)
    assert [round(m, 1) for m in got.margins] == [9.0, 7.0]  # 37,166 / 412,950; 27,205 / 388,604
    assert got.cells == (("37,166", "412,950"), ("27,205", "388,604"))


def test_a_member_under_an_inline_heading_has_its_figure():
    got = member_figure("What was Gullwing's Marine Parts segment operating income in fiscal 2026?", PAGE, {2026})
    assert got is not None and got.cells == ("18,402",), got


@pytest.mark.parametrize("page", [
    PAGE.replace("Operating income: Harbor Craft", "Less: Harbor Craft"),  # an arithmetic lead is no heading
    PAGE.replace("Operating income: Harbor Craft", "Net: Harbor Craft"),
])
def test_no_margin_without_both_rows_read(page):
    assert member_margin("What was the operating margin of Gullwing's Offshore Yachts segment in fiscal 2026 and "
                         "fiscal 2025?", page, {2025, 2026}) is None
