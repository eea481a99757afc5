"""How a filer names its fiscal years, from its own sentences.

A fiscal year that ends early in the next calendar year (a retailer's 52 or 53 weeks ended on the Saturday nearest
January 31) is named by some filers for the year it began ("fiscal 2024, the 52 weeks ended February 1, 2025") and
by others for the year it ended ("fiscal 2025 ended January 31, 2025"). mia names every annual column by the
calendar year of its closing date (``FY2025`` for the year ended February 1, 2025); ``naming_statements`` reads the
sentences where the filer pairs its name for a year with the year's closing date, and ``naming_shift`` says how
many years to add to the filer's name to get mia's (1 or 0; None when the filing does not say, or says both).

General rule: a question's "fiscal 2024" means the filer's fiscal 2024, and is looked up as the year that closed on
the date the filer gives for it; a column headed "Fiscal 2024" is the same year.

Imports: nothing from the package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
# the words between a year's name and its closing date, none of which may start another clause of comparison
_GAP = r"(?:(?!compar|versus|\bvs\b|\bthan\b|\bfrom\b|\bprior\b|\bprevious\b|\d{4})[^.;\n]){0,70}?"
_DATE = rf"(?P<mon>{_MONTHS})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<end>{_YEAR})"
_PATTERNS = (
    # "fiscal 2024 (the 52 weeks ended February 1, 2025)", "Fiscal year 2024 ended on February 1, 2025"
    re.compile(rf"\bfiscal(?:\s+year)?\s+(?P<name>{_YEAR})\b{_GAP}\b(?:ended|ending|ends|end|closed)\s+(?:on\s+)?"
               rf"{_DATE}", re.I),
    # "the 52 weeks ended February 1, 2025 ("fiscal 2024")", "the year ended February 1, 2025 (fiscal 2024)"
    re.compile(rf"\b(?:ended|ending)\s+(?:on\s+)?{_DATE}\s*,?\s*\(?\s*[“\"'‘]?\s*(?:or\s+|our\s+|the\s+)?fiscal"
               rf"(?:\s+year)?\s+(?P<name>{_YEAR})\b", re.I),
)


@dataclass(frozen=True)
class Naming:
    name: int  # the filer's name for the year ("fiscal 2024" -> 2024)
    end_year: int  # the calendar year of its closing date
    end_month: int
    quote: str  # the words that pair them, as printed


def _month(word: str) -> int:
    w = word.lower()[:3]
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(w) + 1


def naming_statements(text: str) -> list[Naming]:
    """Every pairing of a fiscal year's name with its closing date in ``text``, as printed."""
    out: list[Naming] = []
    for rx in _PATTERNS:
        for m in rx.finditer(text):
            name, end = int(m.group("name")), int(m.group("end"))
            if end - name in (0, 1):
                out.append(Naming(name, end, _month(m.group("mon")), " ".join(m.group().split())))
    return out


def naming_shift(statements: list[Naming]) -> int | None:
    """Years to add to the filer's name of a year to get the calendar year it closed in: 1 for a filer naming a
    year that closes in January to March by the year it began, 0 when it names it by the year it ended; None when
    no statement says, or statements disagree."""
    early = {s.end_year - s.name for s in statements if s.end_month <= 3}
    if len(early) == 1:
        return early.pop()
    if not early and statements and all(s.end_year == s.name for s in statements):
        return 0
    return None


def two_digit_years(text: str) -> str:
    """"FY24", "FY 24", "FY'24", "Fiscal 24", "Fiscal '24" written with four digits ("FY 2024", "Fiscal 2024"), so
    a header of two-digit fiscal years is read as one of years."""
    return re.sub(r"\b(FY|Fiscal(?:\s+Year)?)\s?['’]?(\d{2})\b(?![\d,.]|\s*%)",
                  lambda m: f"{m.group(1)} 20{m.group(2)}", text, flags=re.I)
