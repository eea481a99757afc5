"""The input check (finance/inputs.check_input) reads a long head over each column ("Fiscal Year Ended <date>")
as its table's header, never an earlier table's (session 31).

The filer, rows and figures below are fictional and written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.finance.inputs import check_input
from assistant.types import DocMeta, Fact

KILN = DocMeta(doc_id="kiln26", doc="TALLOWAY_KILN_2026_10K", source="TALLOWAY_KILN_2026_10K.pdf",
               company="Talloway Kilnworks", fiscal_year=2026, period="FY2026", doc_type="10-K",
               extra={"period_end": "2026-04-30"})


# -- 3. a long head over each column ("Fiscal Year Ended <date>") is its table's header --------------------------------

INCOME_PAGE = """TALLOWAY KILNWORKS, INC.
Cash dividends declared per share 2026 2025
First half $0.21 $0.19
Second half $0.22 $0.20
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share amounts)
Fiscal Year Ended April 30, 2026 Fiscal Year Ended April 30, 2025 Fiscal Year Ended April 30, 2024
Net sales $ 914,806 $ 872,117 $ 840,552
Cost of sales 611,240 590,903 577,018
Operating income 121,377 108,415 99,862
"""


def _row_fact(label: str, value: float, period: str, quote: str) -> Fact:
    return Fact(doc_id=KILN.doc_id, doc=KILN.doc, source=KILN.source, page=4, label=label, value=value, scale=1e3,
                unit="USD", currency="USD", metric=None, period=period, fiscal_year=int(period[-4:]),
                company=KILN.company, quote=quote, kind="table", fact_id=f"kiln26:4:{label}:{period}")


def test_a_long_head_over_each_column_is_the_tables_header():
    oldest = _row_fact("Net sales", 840552, "FY2024", "Net sales $ 914,806 $ 872,117 $ 840,552")
    assert check_input(oldest, INCOME_PAGE) is None  # not the dividend table's "2026 2025" above it
    latest = _row_fact("Operating income", 121377, "FY2026", "Operating income 121,377 108,415 99,862")
    assert check_input(latest, INCOME_PAGE) is None
    # its column still counts: the 2024 figure is no 2026 figure
    assert check_input(replace(oldest, period="FY2026", fiscal_year=2026), INCOME_PAGE) is not None
    # a line of prose naming two years keeps being prose
    prose = INCOME_PAGE.replace("Fiscal Year Ended April 30, 2026 Fiscal Year Ended April 30, 2025 Fiscal Year Ended "
                                "April 30, 2024", "Sales in the fiscal year that closed April 30, 2026 rose as kilns ordered by "
                                "builders in 2025 shipped, as our new plant in Georgia reached full output")
    assert check_input(oldest, prose) is not None
