"""The periods a question names, in the wordings analysts use (written for these tests)."""

from __future__ import annotations

import pytest

from assistant.text.periods import periods_named


@pytest.mark.parametrize("question, periods", [
    ("How much has revenue changed between FY2021 and FY2022?", ["FY2021", "FY2022"]),
    ("Gross margin FY22 vs FY21", ["FY2021", "FY2022"]),
    ("between fiscal 2021 and 2022", ["FY2021", "FY2022"]),
    ("Did cash drop between FY 2023 and Q2 of FY2024?", ["FY2023", "Q2 2024"]),
    ("second quarter of 2023 compared with 2Q22", ["Q2 2022", "Q2 2023"]),
    ("Q3 2023 revenue, year over year", ["Q3 2023"]),
    ("What was capex?", []),
])
def test_periods_named_in_time_order(question, periods):
    assert periods_named(question) == periods
