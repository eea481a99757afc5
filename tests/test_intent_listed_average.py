"""A multi-year average asked by listing its years after "averaged over" (fictional wordings)."""

from assistant.query import intent


def test_years_listed_after_averaged_over_are_the_span():
    q = "Averaged over fiscal 2021, 2022 and 2023, what was Fernhollow Brands' R&D as a percentage of net sales?"
    assert intent._MULTI_YEAR_AVERAGE.search(q)
    assert intent._average_years(q, (2021, 2022, 2023)) == (2021, 2022, 2023)
    q = "What was Pellucid Labs' gross margin, averaged across FY2019, FY2020, FY2021 and FY2022?"
    assert intent._average_years(q, (2019, 2022)) == (2019, 2020, 2021, 2022)
    assert intent.asks_computed(q) == "average"


def test_years_that_skip_one_or_two_years_are_not_a_listed_average():
    q = "Averaged over fiscal 2019, 2021 and 2023, what was Fernhollow Brands' operating margin?"
    assert intent._average_years(q, (2019, 2023)) is None
    assert not intent._MULTI_YEAR_AVERAGE.search("What was Pellucid Labs' revenue in 2022 and 2023, and the average?")
