"""A sum over the year rows of a maturity-style table, computed from the rows it adds (answer/table_sums.py) and
the extractive answer built from it (extract hook ``_year_sum``). Every page and question was written for these
tests (fictional filers: Crestmoor Properties, Northwind)."""

from __future__ import annotations

import pytest

from assistant.answer import table_sums as S
from assistant.types import DocMeta
from one_page import ask_one_page

DEBT = """Note 7. Debt
As of December 31, 2025, scheduled principal payments on our consolidated indebtedness were as follows (in thousands):
2026 $ 250,000
2027 400,000
2028 350,000
2029 —
2030 500,000
Thereafter 1,200,000
Total $ 2,700,000
"""

LEASES = """Note 9. Leases
Future minimum lease payments under non-cancellable operating leases were as follows (in millions):
2026 $ 41.5
2027 38.2
2028 30.9
2029 22.4
2030 15.0
Thereafter 60.1
Total lease payments 208.1
"""

BOTH = """Contractual obligations
The following table summarizes our operating lease and finance lease payments (in millions):
Operating leases Finance leases Total
2026 41.5 3.0 44.5
2027 38.2 2.0 40.2
2028 30.9 1.0 31.9
"""


@pytest.mark.parametrize("question, years", [
    ("How much of Crestmoor's debt matures in 2027 and 2028 combined?", (2027, 2028)),
    ("What principal payments are due from 2027 through 2029?", (2027, 2028, 2029)),
    ("What lease payments fall due between 2026 and 2028 in total?", (2026, 2027, 2028)),
    ("How much debt matures in 2027?", None),
    ("Did debt maturities in 2027 exceed those in 2026?", None),
])
def test_sum_questions_are_read(question, years):
    assert S.asks_year_sum(question) == years


def test_the_asked_years_rows_are_added_in_the_tables_scale():
    s = S.sum_years("How much of Crestmoor's debt matures in 2027 and 2028 combined?", DEBT)
    assert s is not None and s.total == 750_000 and "750,000 (in thousands)" in s.text, s
    assert [r.year for r in s.rows] == [2027, 2028]
    s = S.sum_years("What principal payments are due from 2027 through 2029?", DEBT)
    assert s is not None and s.total == 750_000 and "2029: —" in s.text, s  # a dash is nothing due
    s = S.sum_years("What operating lease payments are due in 2026 and 2027 combined?", LEASES)
    assert s is not None and abs(s.total - 79.7) < 1e-9 and "79.7 (in millions)" in s.text, s


def test_another_schedule_several_columns_or_a_missing_year_is_no_answer():
    # lease payments asked, a debt schedule on the page
    assert S.sum_years("What lease payments are due in 2027 and 2028 combined?", DEBT) is None
    # debt asked of a lease schedule
    assert S.sum_years("How much debt matures in 2027 and 2028 combined?", LEASES) is None
    # operating and finance lease columns beside a total: which column is asked is not read
    assert S.sum_years("What lease payments are due in 2026 and 2027 combined?", BOTH) is None
    # a year the table does not hold
    assert S.sum_years("How much debt matures in 2031 and 2032 combined?", DEBT) is None


def test_the_extractive_answer_shows_the_sum_and_the_rows():
    meta = DocMeta(doc_id="cr3stm0r", doc="CRESTMOOR_2025_10K", source="CRESTMOOR_2025_10K.pdf",
                   title="Crestmoor 10-K 2025", company="Crestmoor Properties", doc_type="10-K", fiscal_year=2025,
                   period="FY2025")  # fmt: skip
    ex = ask_one_page("How much of Crestmoor's debt matures in 2027 and 2028 combined?", DEBT, meta)
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.kind == "ranked" and "750,000" in pick.candidate.text, pick
    assert [it for it in pick.candidate.items] == ["2027 400,000", "2028 350,000"]


# ---------------------------------------------------------------------------------------------------------------
# A share of a maturity schedule's total (session 26). Fictional filers: Harrowgate Foods, Tidemark Outfitters.

LEASE_NOTE = """HARROWGATE FOODS, INC.
Notes to Consolidated Financial Statements (continued)
Our lease liabilities at the 2025 year end mature on the schedule below (in millions):
Year ending December 31,
2026 $ 120
2027 110
2028 95
2029 80
2030 70
Thereafter 325
Total undiscounted lease payments $ 800
Less: portion representing imputed interest (176)
Lease liabilities $ 624
Minimum rental commitments at December 31, 2024, before we adopted the new lease standard, were:
Year ending December 31,
2025 $ 130
2026 115
2027 100
2028 85
2029 75
Thereafter 345
Total $ 850
"""

TWO_KINDS = """The table below shows when our lease liabilities mature as of January 31, 2026:
(Amounts in thousands)
Financing
Leases
Operating
Leases Total
2027 $ 9,000 $ 40,000 $ 49,000
2028 8,000 36,000 44,000
2029 7,000 30,000 37,000
Thereafter 26,000 94,000 120,000
Total lease payments 50,000 200,000 250,000
Less: interest (20,000) (46,000) (66,000)
Present value of lease liabilities $ 30,000 $ 154,000 $ 184,000
"""

NO_TOTAL = """Long-term debt, including current portion 4,125.0 3,980.0
Scheduled principal repayments of long-term debt over the next five fiscal years are as follows:
In Millions
Fiscal 2027 $ 500.0
Fiscal 2028 612.5
Fiscal 2029 250.0
Fiscal 2030 800.0
Fiscal 2031 400.0
"""


@pytest.mark.parametrize("part, asked", [
    ("what share of Harrowgate's lease payments falls due in 2026 and 2027 combined", True),
    ("what share of the payments is imputed interest", True),
    ("what proportion of its debt matures within the next three years", True),
    ("what percentage of the payments is due after 2030", True),
    ("how much of its debt matures in 2027 and 2028 combined", False),  # a sum, no share
    ("what share of revenue came from its Outdoor segment", False),
    ("what share of its borrowings is interest-bearing", False),
])
def test_schedule_share_questions_are_read(part, asked):
    assert S.asks_schedule_share(part) is asked


def test_a_share_of_the_schedule_total_is_computed_from_its_rows():
    q = ("Using Harrowgate Foods' lease note, what share of its total undiscounted lease payments at December 31, 2025 "
         "falls due in 2026 and 2027 combined, and how much of that schedule (as a percentage) is imputed interest?")
    s = S.share_of_schedule("what share of its total undiscounted lease payments at December 31, 2025 falls due in "
                            "2026 and 2027 combined", q, LEASE_NOTE)
    assert s is not None and round(s.shares[0], 2) == 28.75 and "(120 + 110) / 800" in s.text, s  # not the 2024 table
    s = S.share_of_schedule("what percentage of the schedule is imputed interest", q, LEASE_NOTE)
    assert s is not None and round(s.shares[0], 2) == 22.0, s
    s = S.share_of_schedule("which percentage comes due after 2030", q, LEASE_NOTE)
    assert s is not None and "40.63%" in s.text, s
    s = S.share_of_schedule("what share within the next three years", q, LEASE_NOTE)
    assert s is not None and "40.63%" in s.text and "2026 through 2028" in s.text, s


def test_the_named_column_of_a_schedule_of_several_kinds():
    q = ("What share of Tidemark Outfitters' operating lease payments is interest, and how does that compare for "
         "financing leases?")
    s = S.share_of_schedule("What share of Tidemark Outfitters' operating lease payments is interest", q, TWO_KINDS)
    assert s is not None and round(s.shares[0], 2) == 23.0 and "Operating leases" in s.text, s
    s = S.share_of_schedule("what share of its financing lease payments is interest", q, TWO_KINDS)
    assert s is not None and round(s.shares[0], 2) == 40.0, s
    # naming no column: the total column
    s = S.share_of_schedule("what share of its lease payments is interest", "what share of its lease payments is "
                            "interest", TWO_KINDS)
    assert s is not None and round(s.shares[0], 2) == 26.4, s


def test_a_total_the_question_states_serves_a_schedule_without_one():
    q = ("What share of Harrowgate's $4,125.0 million of long-term debt is repayable in fiscal 2027 and fiscal 2028 "
         "combined?")
    s = S.share_of_schedule(q, q, NO_TOTAL)
    assert s is not None and round(s.shares[0], 2) == 26.97, s
    # a stated total the page does not print, or no total at all: no answer
    assert S.share_of_schedule(q.replace("4,125.0", "4,200.0"), q.replace("4,125.0", "4,200.0"), NO_TOTAL) is None
    bare = "What share of Harrowgate's long-term debt is repayable in fiscal 2027 and fiscal 2028 combined?"
    assert S.share_of_schedule(bare, bare, NO_TOTAL) is None


def test_a_schedule_whose_total_does_not_add_up_or_another_kind_is_no_answer():
    broken = LEASE_NOTE.replace("Total undiscounted lease payments $ 800", "Total undiscounted lease payments $ 900")
    q = "What share of Harrowgate's lease payments at December 31, 2025 falls due in 2026 and 2027 combined?"
    assert S.share_of_schedule(q, q, broken) is None
    assert S.share_of_schedule("What share of Harrowgate's debt matures in 2026 and 2027 combined?",
                               "What share of Harrowgate's debt matures in 2026 and 2027 combined?", LEASE_NOTE) is None


def test_the_extractive_answer_shows_each_share_and_its_rows():
    meta = DocMeta(doc_id="h4rr0w", doc="HARROWGATE_2025_10K", source="HARROWGATE_2025_10K.pdf",
                   title="Harrowgate Foods 10-K 2025", company="Harrowgate Foods", doc_type="10-K", fiscal_year=2025,
                   period="FY2025")  # fmt: skip
    q = ("Using Harrowgate Foods' lease note, what share of its total undiscounted lease payments at December 31, 2025 "
         "falls due in 2026 and 2027 combined, and how much of that schedule (as a percentage) is imputed interest?")
    ex = ask_one_page(q, LEASE_NOTE, meta)
    assert all(p is not None and p.candidate.kind == "ranked" for p in ex.picks), ex.picks
    assert "28.75%" in ex.picks[0].candidate.text and "22.00%" in ex.picks[1].candidate.text
    assert "Total undiscounted lease payments $ 800" in ex.picks[1].candidate.items


def test_two_shares_from_the_same_rows_are_both_shown_and_an_explanation_is_not_covered_by_them():
    from assistant.answer.render import render
    meta = DocMeta(doc_id="h4rr0w", doc="HARROWGATE_2025_10K", source="HARROWGATE_2025_10K.pdf",
                   title="Harrowgate Foods 10-K 2025", company="Harrowgate Foods", doc_type="10-K", fiscal_year=2025,
                   period="FY2025")  # fmt: skip
    q = ("What share of Harrowgate Foods' lease payments at December 31, 2025 falls due in 2026, and what share within "
         "the next three years?")
    ex = ask_one_page(q, LEASE_NOTE, meta)
    text, citations, _ = render(ex, lambda d, p: LEASE_NOTE)
    assert "15.00%" in text and "40.63%" in text, text  # both computed from rows starting at 2026
    # one citation per passage: both shares cite the schedule's rows under one [n], each row listed once (session 27)
    assert len(citations) == 1 and "40.63% of total undiscounted lease payments" in text and text.count("[1]") == 2, text
    assert text.count("- 2026 $ 120") == 1 and "- 2028 95" in text, text
    q = ("What share of Tidemark Outfitters' operating lease payments is interest, and what explains the "
         "difference from its financing leases?")
    meta = DocMeta(doc_id="t1d3m", doc="TIDEMARK_2025_10K", source="TIDEMARK_2025_10K.pdf",
                   title="Tidemark Outfitters 10-K 2025", company="Tidemark Outfitters", doc_type="10-K",
                   fiscal_year=2025, period="FY2025")  # fmt: skip
    ex = ask_one_page(q, TWO_KINDS, meta)
    assert ex.picks[0] is not None and "23.00%" in ex.picks[0].candidate.text
    assert ex.picks[-1] is None and ex.partial  # the computed share explains nothing
