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
