"""Session 29 (#10): a filer's own statement of which closing date each of its fiscal years has decides which column a
question's "fiscal N" is, also when the statement lists several years at once ("Fiscal 2022, fiscal 2021 and fiscal
2020 ended on January 28, 2023, January 29, 2022 and January 30, 2021, respectively") or wraps onto the next line of the
page. Filings written for these tests (a fictional footwear and apparel retailer, Tamsin Ridge Outfitters, and a
fictional garden retailer, Ollerton Garden Supply)."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.fiscal import clause_statements, naming_shift, naming_statements
from finance_filings import memory_index, meta

D = meta("TAMSINRIDGE_2022_10K", "Tamsin Ridge Outfitters, Inc.", 2023)
C = "Tamsin Ridge Outfitters"

NAMINGS = {
    "names then dates": "Our fiscal year is the 52- or 53-week period ending on the Saturday closest to January 31. "
                        "Fiscal 2022, fiscal 2021 and fiscal 2020 ended on January 28, 2023, January 29, 2022 and "
                        "January 30, 2021, respectively, and each was a 52-week year.",
    "references": "References to fiscal years 2022 and 2021 are to the fiscal years ended January 28, 2023 and\n"
                  "January 29, 2022, respectively. Both years had 52 weeks.",
    "dates then names": "Our results for the fiscal years ended January 28, 2023 and January 29, 2022 (fiscal 2022 and "
                        "fiscal 2021, respectively) are discussed below.",
    "each date named": "Our fiscal years ended January 28, 2023 (fiscal 2022), January 29, 2022 (fiscal 2021) and "
                       "January 30, 2021 (fiscal 2020) were each 52 weeks long.",
    "wrapped": "Our fiscal year ends on the Saturday closest to January 31. Fiscal 2022 was a 52-week year that\n"
               "ended on January 28, 2023.",
}

STATEMENT = """TAMSIN RIDGE OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
Fiscal Year Ended
January 28, 2023 January 29, 2022 January 30, 2021
Net sales $ 3,918,406 $ 3,602,115 $ 2,984,770
Cost of sales 2,433,131 2,214,006 1,955,411
Gross profit 1,485,275 1,388,109 1,029,359
Selling, general and administrative expenses 1,012,848 951,377 842,615
Operating income 472,427 436,732 186,744
Net income $ 351,090 $ 322,641 $ 131,207
"""


@pytest.mark.parametrize("said", NAMINGS.values(), ids=NAMINGS.keys())
def test_each_listed_name_is_paired_with_its_own_date(said):
    found = naming_statements(said)
    assert (2022, 2023, 1) in [(n.name, n.end_year, n.end_month) for n in found]
    assert all(n.end_year - n.name == 1 for n in found)
    assert naming_shift(found) == 1


def test_a_filer_naming_by_the_closing_year_in_a_list():
    found = naming_statements("Fiscal 2023 and fiscal 2022 ended on January 28, 2023 and January 29, 2022, "
                              "respectively.")
    # the last name of the list is never paired alone with the first date ("fiscal 2022 ended on January 28, 2023")
    assert [(n.name, n.end_year) for n in found] == [(2023, 2023), (2022, 2022)]
    assert naming_shift(found) == 0


def test_names_in_quotation_marks_and_dates_sharing_their_day():
    found = naming_statements('References to "fiscal 2025" and "fiscal 2024" are to the fiscal years ended September '
                              '27, 2025 and 2024, respectively.')
    assert [(n.name, n.end_year, n.end_month) for n in found] == [(2025, 2025, 9), (2024, 2024, 9)]
    # a lone name before a list of dates is the list's, never paired with the first date alone
    assert naming_statements("The Company's fiscal 2024 ended February 1, 2025 and February 3, 2024.") == []


def test_a_year_closing_in_the_first_week_of_january_is_the_year_before():
    """A 52/53-week filer closing on the Saturday nearest December 31 names "fiscal 2025" the 53 weeks ended January
    3, 2026, as mia names that column (FY2025): it is no sign of naming years by the year they began."""
    said = ("Fiscal 2025 consisted of 53 weeks and\nended January 3, 2026. Fiscal 2024 and fiscal 2023 each consisted "
            "of 52 weeks and ended December 28, 2024 and December 30, 2023, respectively.")
    found = naming_statements(said)
    assert sorted((n.name, n.end_year, n.end_month) for n in found) == [(2023, 2023, 12), (2024, 2024, 12),
                                                                       (2025, 2025, 12)]
    assert naming_shift(found) == 0


def test_lists_that_do_not_pair():
    # as many names as dates, or no pairing: a comparison of names with dates is none
    assert naming_statements("Fiscal 2022, 2021 and 2020 ended on January 28, 2023 and January 29, 2022.") == []
    assert naming_statements("fiscal 2022 and fiscal 2021 compared with the years ended January 28, 2023 and "
                             "January 29, 2022") == []
    # a paragraph break between a heading's year and a date pairs nothing
    assert naming_statements("Fiscal 2022 Highlights\n\nThe quarter ended January 28, 2023 was strong.") == []


@pytest.mark.parametrize("said", NAMINGS.values(), ids=NAMINGS.keys())
def test_fiscal_2022_is_the_year_that_closed_in_january_2023(said):
    idx = memory_index([(D, {30: f"Item 7. Management's Discussion and Analysis\n{said}\n", 52: STATEMENT})])
    a = answer_question(f"What were {C}' net sales in fiscal 2022?", idx)
    assert a is not None and "$3,918,406 thousand" in a.text and "3,602,115" not in a.text, a and a.text
    a = answer_question(f"What was {C}' gross profit in fiscal 2021?", idx)
    assert a is not None and "$1,388,109 thousand" in a.text, a and a.text
    assert "1,485,275" not in a.text and "1,029,359" not in a.text, a.text


def test_the_yearless_sentence_guard_keeps_its_one_clause_reading():
    """The guard of ``answer.extract.after_named_years`` reads one name and one date in one clause on one line
    (``clause_statements``), as it did when it was measured; lists and wrapped sentences are read for the facts."""
    assert clause_statements(NAMINGS["names then dates"]) == []
    assert clause_statements(NAMINGS["wrapped"]) == []
    assert [(n.name, n.end_year) for n in clause_statements("Fiscal 2022 ended on January 28, 2023.")] == [(2022, 2023)]
