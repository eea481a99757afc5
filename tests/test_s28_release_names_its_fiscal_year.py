"""Session 28 (#10): a fourth-quarter results release headed "Fourth Quarter and Fiscal 2024 Results" whose first page
says the fifty-two weeks it reports ended February 1, 2025 names its years by the year they began
(``fiscal.release_naming``), read for the years a filing names. Release text written for these tests (a fictional
specialty retailer, Brackenridge Outfitters)."""

from __future__ import annotations

from assistant.finance.fiscal import naming_shift, release_naming

FIRST = """March 12, 2025
Brackenridge Outfitters Reports Fourth Quarter and
Fiscal 2024 Results
Comparable Sales Rose 4.8% in the Quarter
DENVER--Brackenridge Outfitters, Inc. (NASDAQ: BRKO) today reported results for the thirteen-week period
("fourth quarter") and fifty-two-week period ("fiscal year") ended February 1, 2025 compared to the same periods
ended February 3, 2024.
"""


def test_the_release_heading_and_its_year_end_pair_name_and_date():
    said = release_naming(FIRST)
    assert [(n.name, n.end_year, n.end_month) for n in said] == [(2024, 2025, 2)]
    assert naming_shift(said) == 1
    # a page that names no fourth quarter's fiscal year, or no length of year ending, pairs nothing
    assert release_naming("Brackenridge Outfitters Reports Fiscal 2024 Results\nThe quarter ended February 1, 2025.") == []
    assert release_naming("Second Quarter Fiscal 2024 Results\nthe twenty-six weeks ended August 3, 2024") == []
