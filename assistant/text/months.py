"""Months: the one list of month names every date pattern of the package is built from.

Each constant is a regex alternation in a non-capturing group, ready to be placed inside a larger pattern:

- ``MONTH``: the full names in lower case ("january"); for patterns compiled with ``re.I`` or run on lowered text;
- ``MONTH_TITLE``: the full names as printed ("January"), for case-sensitive patterns;
- ``MONTH_ABBR``: the first three letters ("jan"); follow it with ``[a-z]*\\.?`` to take any written form
  ("Jan.", "Sept", "September");
- ``MONTH_OR_ABBR``: the full names, then the usual abbreviations ("jan", "sept"), for patterns that list both;
  ``MONTH_OR_ABBR_TITLE`` the same as printed ("January", "Jan"), for case-sensitive patterns (where "may" is a verb);
- ``MONTH_NUMBER``: a full name, lower case, to its number (1-12); ``month_number`` any written form's ("Sept.").
"""

from __future__ import annotations

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTH_NUMBER = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
MONTH_TITLE = "(?:" + "|".join(name.title() for name in MONTH_NAMES) + ")"
MONTH_ABBR = "(?:" + "|".join(name[:3] for name in MONTH_NAMES) + ")"
MONTH_OR_ABBR = "(?:" + "|".join(MONTH_NAMES + MONTH_ABBREVIATIONS) + ")"
MONTH_OR_ABBR_TITLE = "(?:" + "|".join(name.title() for name in MONTH_NAMES + MONTH_ABBREVIATIONS) + ")"


def month_number(word: str) -> int:
    """The number (1-12) of a month written any way its first three letters tell ("Sept." -> 9, "jan" -> 1); raises
    ``ValueError`` for a word that names no month."""
    return [name[:3] for name in MONTH_NAMES].index(word.strip().lower()[:3]) + 1
