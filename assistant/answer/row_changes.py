"""The change of a per-share row the question names by its label, between two years, in dollars and percent (issue
10, calc2).

Rule: "How much did Elmwood's Core FFO per diluted share change from 2024 to 2025, in dollars and percent?", "By how
much did its FFO per share grow in 2025?" is answered, when nothing else in the facts path answers it, from the
company's own row whose label the question says word for word (three words or more, "per ... share" among them; the
longest such label when several are said: "Core FFO per diluted share" before "FFO per diluted share"):

- the row's two years: the two the question names, or the one it names and the year before;
- both figures from rows of that label on ONE page of one filing (the same table), each year one amount;
- a change: in dollars per share and in percent of the earlier year's figure (no rate from a figure of zero or
  below), both figures cited; the label is shown as printed, and a measure of the filer's own definition (FFO,
  "core", "adjusted", ...) is said to be reported, not computed by mia.

Anything else (a label said in part, two amounts for a year, the years on two pages) is no answer from this rule.
"""

from __future__ import annotations

import re
from typing import Any

from ..finance import formulas as calc
from ..finance.formulas import fmt
from ..query.entities import named_companies
from ..query.intent import metrics_in as intent_metrics_in, read_asked
from ..text.periods import resolve_period
from ..types import Fact, Subject
from . import fact_lookup, fact_sentences

__all__ = ["per_share_change"]

_CHANGE = re.compile(r"(?i)\bchange[ds]?\b|\bby\s+how\s+much\b|\bhow\s+much\s+did\b[^?]*\b(?:grow|rise|increase|fall|"
                     r"decline|decrease|drop)\b|\bin\s+dollars\s+and\s+(?:in\s+)?percent|\bgrowth\b")
_OWN_MEASURE = re.compile(r"(?i)\b(?:FFO|AFFO|core|adjusted|normalized|normalised|distributable|non-GAAP)\b")


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def _says(question_tokens: list[str], label: str) -> bool:
    want = _tokens(label)
    n = len(want)
    return n >= 3 and any(question_tokens[i : i + n] == want for i in range(len(question_tokens) - n + 1))


def per_share_change(question: str, index: Any) -> Any:
    """The change answer (see the module's rules), or None."""
    if not _CHANGE.search(question) or not hasattr(index, "facts"):
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    period, years = resolve_period(question)
    # General rule (session 30): the row's columns are those of the period's length the question asks: "the fourth
    # quarter of 2025 ... the fourth quarter of 2024" reads the two fourth-quarter columns (a 10-K's quarterly data),
    # "the first nine months" the 9M columns; never the fiscal years' columns beside them (the years' change answered
    # a quarter's question); a period of another kind (a half, a year to date by its end date) is no answer here
    span = re.fullmatch(r"(Q[1-4]|[69]M) \d{4}", period or "")
    if period is not None and not period.startswith("FY") and span is None:
        return None
    # General rule (session 30, #10): the years a question names are the filer's (``fact_lookup.filer_year_shift``):
    # "fiscal 2024" of a filer naming its years by the year they began is the column that closed in 2025
    shift, said = fact_lookup.filer_year_shift(question, index, company.doc_ids)
    if shift and span is not None:
        return None  # a quarter of a filer naming its years by their start: its quarters' years are not read here
    years = tuple(sorted({y + shift for y in years}))

    def col(year: int) -> str:
        return f"{span.group(1)} {year}" if span is not None else f"FY{year}"

    if len(years) == 1:
        y0, y1 = years[0] - 1, years[0]
    elif len(years) == 2:
        y0, y1 = years
    else:
        return None
    if read_asked(question, len(years)).kind not in ("change", "growth", "direction"):
        return None
    q_tokens = _tokens(question)
    rows = [f for f in index.facts(doc_ids=list(company.doc_ids))
            if f.unit.endswith("/share") and f.kind == "table" and re.search(r"(?i)\bper\b.*\bshare\b", f.label)
            and _says(q_tokens, f.label)]  # fmt: skip
    if not rows:
        return None
    longest = max(len(_tokens(f.label)) for f in rows)
    labels = {f.label for f in rows if len(_tokens(f.label)) == longest}
    if len(labels) != 1:
        return None
    label = labels.pop()
    # General rule (session 30): this rule answers one row; a question that also names another measure ("by what
    # percentage did its net revenues and its diluted earnings per common share change?") would be answered in part
    rest = re.sub(r"\W+".join(map(re.escape, _tokens(label))), " ", question.lower().replace("’", "'"))
    if intent_metrics_in(rest):
        return None
    by_page: dict[tuple[str, int], dict[str, set[float]]] = {}
    kept: dict[tuple[str, int, str], Fact] = {}
    for f in rows:
        if f.label != label or f.period not in (col(y0), col(y1)):
            continue
        by_page.setdefault((f.doc_id, f.page), {}).setdefault(f.period, set()).add(round(f.value, 6))
        kept.setdefault((f.doc_id, f.page, f.period), f)
    pages = [k for k, v in by_page.items() if len(v) == 2 and all(len(s) == 1 for s in v.values())]
    if not pages:
        return None
    answers = {tuple(sorted((p, next(iter(s))) for p, s in by_page[k].items())) for k in pages}
    if len(answers) != 1:
        return None  # two pages print the row with other amounts: which one holds is not settled here
    doc_id, page = min(pages)
    p0, p1 = col(y0), col(y1)
    a, b = kept[(doc_id, page, p0)], kept[(doc_id, page, p1)]
    if a.value <= 0:
        return None  # no rate from a figure of zero or below
    if fact_lookup._failed_input(index, [a, b], primary=False) is not None:
        return None
    diff = b.value - a.value
    rate = diff / a.value * 100.0
    co = fact_sentences._possessive(company.name)
    title = label[:1].lower() + label[1:] if not label[:2].isupper() else label
    sign = "-" if diff < 0 else "+"
    head = (f"{co} {title} changed by {sign}${abs(diff):,.2f} per share ({calc.rate(rate)}) from {p0} to {p1}: "
            f"from ${a.value:,.2f} per share [1] to ${b.value:,.2f} per share [2].")
    how = (f"Formula: change = {p1} - {p0}; {fmt(b.value)} - {fmt(a.value)} = {diff:,.2f}; "
           f"({fmt(b.value)} - {fmt(a.value)}) / {fmt(a.value)} x 100 = {calc.rate(rate)} [1][2].")
    sentences = [(head, (1, 2)), (how, (1, 2)),
                 (f"Input: \"{a.label}\", {p0}: ${a.value:,.2f} per share [1].", (1,)),
                 (f"Input: \"{b.label}\", {p1}: ${b.value:,.2f} per share [2].", (2,))]  # fmt: skip
    if _OWN_MEASURE.search(label):
        sentences.append((f"Reported as \"{label}\", a measure of the company's own definition: both figures as the "
                          "company reports them [1][2].", (1, 2)))  # fmt: skip
    ans = fact_sentences._answer(question, sentences, [a, b], "calc", f"change in {title}", inputs=[a, b],
                                 about=Subject(company.name, f"{p0} to {p1}"))
    return fact_sentences.with_naming_note(ans, said, p1) if shift else ans
