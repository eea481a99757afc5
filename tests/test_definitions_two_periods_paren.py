"""A definition in a parenthesis after the figure's name and the two periods it is asked for (fictional wordings)."""

from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, _unit, find_definitions


def _defs(q):
    return [d for d in find_definitions(q, LOOKUP) if isinstance(d, Definition)]


def test_parenthesis_after_two_periods_defines_the_named_figure():
    d = _defs("What was Quillfeather Media's operating margin in fiscal 2024 and 2023 (operating income over net "
              "revenues), rounded to one decimal?")
    assert [x.name for x in d] == ["operating margin"]
    assert {i.metric for i in d[0].inputs()} == {"operating_income", "revenue"}
    d = _defs("Give Tessaro Marine's effective tax rate for FY2022 and for FY2021 (income tax expense divided by "
              "income before income taxes).")
    assert [x.name for x in d] == ["effective tax rate"]


def test_a_plural_name_keeps_its_percent_unit():
    d = _defs("What were Quillfeather Media's gross margins in 2025 and 2024 (gross profit over net revenues)?")
    assert [x.name for x in d] == ["gross margins"]
    assert _unit(d[0], False, "") == "%"
    d = _defs("What were Quillfeather Media's gross margins (gross profit over net revenues) in 2025 and 2024?")
    assert _unit(d[0], False, "") == "%"
