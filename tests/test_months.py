"""The one list of month names: each pattern built from it takes the written forms it promises, and no other."""

import re

from assistant.text.months import (MONTH, MONTH_ABBR, MONTH_NAMES, MONTH_NUMBER, MONTH_OR_ABBR, MONTH_OR_ABBR_TITLE,
                                   MONTH_TITLE)


def test_numbers_follow_the_calendar():
    assert len(MONTH_NAMES) == 12
    assert MONTH_NUMBER["january"] == 1 and MONTH_NUMBER["september"] == 9 and MONTH_NUMBER["december"] == 12


def test_full_names_as_printed_are_case_sensitive():
    title = re.compile(rf"^{MONTH_TITLE}$")
    assert title.match("October") and title.match("May")
    assert not title.match("may") and not title.match("Oct")


def test_lower_case_names_take_any_case_only_when_asked():
    assert re.fullmatch(MONTH, "march") and not re.fullmatch(MONTH, "March")
    assert re.fullmatch(MONTH, "MARCH", re.I)


def test_three_letters_then_any_ending_take_every_written_form():
    dated = re.compile(rf"\b{MONTH_ABBR}[a-z]*\.?\s+\d{{1,2}},\s+\d{{4}}", re.I)
    for written in ("Sept. 27, 2025", "Sep 27, 2025", "September 27, 2025", "jan 3, 2026", "Feb. 1, 2025"):
        assert dated.search(written), written
    assert not dated.search("Quarter 27, 2025")


def test_names_or_abbreviations_keep_the_verb_out_when_case_sensitive():
    printed = re.compile(rf"\b{MONTH_OR_ABBR_TITLE}\b")
    assert printed.search("closed on Sept 30") and printed.search("in May 2025") and printed.search("Jan. 2")
    assert not printed.search("the board may declare a dividend")
    assert re.fullmatch(MONTH_OR_ABBR, "sept") and re.fullmatch(MONTH_OR_ABBR, "november")


def test_a_month_number_from_any_written_form():
    from assistant.text.months import month_number

    assert [month_number(w) for w in ("Sept.", "sep", "September", "JAN", "dec")] == [9, 9, 9, 1, 12]
    try:
        month_number("Quarter")
    except ValueError:
        pass
    else:
        raise AssertionError("a word naming no month has no number")
