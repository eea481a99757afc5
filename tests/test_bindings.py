"""Numbers tied to their period (and, in tables, their row or column): prose wording and table headers."""

from __future__ import annotations

from assistant.text.bindings import Period, bind_numbers, compatible, period_of_claims

# A segment page in the style of an analyst note: the same metric for several years, in prose and a table.
SEGMENTS = """Contoso's Cloud segment revenue was $9.4 billion in 2024, up 31% from $7.2 billion in 2023, and
$5.1 billion in 2022. In 2024, the Devices segment earned $3.3 billion, against $3.9 billion a year earlier.
Table 3. Contoso revenue by segment
(US$ billions)
Segment 2022 2023 2024
Cloud 5.1 7.2 9.4
Devices 4.4 3.9 3.3
"""


def _periods(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for b in bind_numbers(text):
        out.setdefault(b.num.raw, []).append(str(b.period))
    return out


def test_prose_numbers_take_the_period_written_after_or_before_them():
    got = _periods(SEGMENTS)
    assert got["$9.4 billion"] == ["2024"] and got["$7.2 billion"] == ["2023"] and got["$5.1 billion"] == ["2022"]
    assert got["$3.3 billion"] == ["2024"]  # "In 2024, ... earned $3.3 billion"
    assert got["$3.9 billion"] == ["2023"]  # "a year earlier"


def test_table_numbers_take_their_column_and_row():
    rows = {(b.num.raw, b.subject): str(b.period) for b in bind_numbers(SEGMENTS) if b.in_table}
    assert rows[("9.4", "Cloud")] == "2024" and rows[("7.2", "Cloud")] == "2023"
    assert rows[("3.9", "Devices")] == "2023" and rows[("4.4", "Devices")] == "2022"
    assert all("Contoso revenue by segment" in b.context for b in bind_numbers(SEGMENTS) if b.in_table)


def test_quarters_markdown_and_transposed_tables():
    text = """In the third quarter of fiscal 2024, Fabrikam's bookings were $1.25 billion.

| Company | Q3 2024 |
|---|---|
| Fabrikam | 1.25 |

| Year | Fabrikam | Northwind |
|---|---|---|
| 2023 | 4.10 | 2.20 |
"""
    bound = bind_numbers(text)
    periods = [(b.num.raw, str(b.period), b.subject) for b in bound]
    assert ("$1.25 billion", "Q3 2024", None) in periods
    assert ("1.25", "Q3 2024", "Fabrikam") in periods
    assert ("2.20", "2023", "2023 Northwind") in periods


def test_claim_periods_and_compatibility():
    (num, period), = period_of_claims("Contoso's Cloud revenue was $7.2 billion in fiscal 2024 [1].")
    assert num.raw == "$7.2 billion" and period == Period(2024)
    (_, fy), = period_of_claims("Contoso's FY2023 capital expenditure was $1,577 million [1].")
    assert fy == Period(2023)
    assert compatible(Period(2024), Period(2024)) and not compatible(Period(2023), Period(2024))
    assert not compatible(Period(2024), Period(2024, 4))  # a quarter's figure is not the year's
    assert compatible(Period(2024, 2), Period(2024))  # an annual-looking column under a quarter header
    assert compatible(None, Period(2024)) and compatible(Period(2024), None)
