"""Which financial statement a page is: by its title, however worded, or else by its structure.

A primary statement has a title line ("CONSOLIDATED STATEMENTS OF EARNINGS", "Balance Sheets", "CASH FLOW
STATEMENTS", "Statement of Financial Position"...) near the top. Without one (a continued page, a title PDF text
lost), a page is still a statement when it is built like one: mostly label + number rows under a header of
period columns, with totals, and rows that the metric registry places on one statement. A contents page that
lists the titles (each followed by a page number) and a discussion table ("... Data", "Highlights") are not
statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .registry import STATEMENT_OF, normalise_metric

KINDS = ("income", "balance", "cash_flow", "comprehensive", "equity")

_PRE = r"(?:(?:condensed|consolidated|combined|interim|unaudited)\s+)*"
_OF = r"statements?\s+of\s+(?:consolidated\s+)?"
_TITLES: list[tuple[str, re.Pattern]] = [
    ("comprehensive", re.compile(rf"^{_PRE}{_OF}comprehensive\s+(?:income|loss|earnings)", re.I)),
    ("cash_flow", re.compile(rf"^{_PRE}(?:{_OF}cash\s+flows?|cash\s+flows?\s+statements?)", re.I)),
    ("income", re.compile(rf"^{_PRE}(?:{_OF}(?:income|earnings|operations|(?:net\s+)?(?:income|earnings)\s+and\s+"
                          rf"comprehensive\s+(?:income|loss))|(?:income|earnings)\s+statements?|"
                          rf"statements?\s+of\s+(?:consolidated\s+)?results\s+of\s+operations)", re.I)),
    ("balance", re.compile(rf"^{_PRE}(?:balance\s+sheets?|{_OF}financial\s+(?:position|condition)|"
                           rf"statements?\s+of\s+condition)", re.I)),
    ("equity", re.compile(rf"^{_PRE}{_OF}(?:changes\s+in\s+)?(?:[a-z’']+\s+){{0,3}}(?:equity|deficit)", re.I)),
]
# what a title line may carry after the title: "(continued)", "(unaudited)", a date line, a company name
_TITLE_TAIL = re.compile(r"^[\s\-—–:,]*(?:\((?:continued|unaudited|in [a-z ,]+)\))?[\s\-—–:,]*"
                         r"(?:(?:for\s+the\s+)?(?:years?|fiscal|quarters?|periods?|three|six|nine|twelve|as\s+of|at)"
                         r"\b.*)?$", re.I)
_NOT_A_STATEMENT = re.compile(r"\b(?:data|highlights|summary|notes?\s+to|index|table\s+of\s+contents|"
                              r"supplementa\w*|selected|discussion|analysis|information|consolidating|average|"
                              r"location|classification|impact|growth|guarantors?|parent\s+company|segments?)\b",
                              re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w.,'’&\-]*|&|\(unaudited\)|\(continued\))$")
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_NUM = re.compile(r"\(?\$?\(?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?|[—–\-]{1,2}")


def split_row(line: str) -> tuple[str, int] | None:
    """(label, how many numbers end the line) for a table row "Net sales $ 18,420 $ 17,615", else None."""
    toks = line.split()
    n = 0
    i = len(toks)
    while i > 0 and (toks[i - 1] in ("$", "%") or _NUM.fullmatch(toks[i - 1])):
        i -= 1
        n += toks[i] not in ("$", "%")
    label = " ".join(toks[:i]).strip(" $")
    if not n or not re.search(r"[A-Za-z]", label):
        return None
    return label, n
_SCALE = re.compile(
    r"(?:in|\$|amounts\s+in|dollars\s+in|usd)\s*(?:\$\s*)?(thousands|millions|billions|million|billion|thousand)\b"
    r"|\((thousands|millions|billions|million|billion)\b|^\s*(thousands|millions|billions)\b",
    re.I | re.M,
)
_SCALES = {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9}
_TITLE_LINES = 10  # a title sits among the first lines of the page
_SUMMARY = re.compile(r"\bselected\s+(?:consolidated\s+)?financial\s+data\b|\b(?:five|5|ten|10)[- ]year\s+"
                      r"(?:financial\s+)?summary\b", re.I)


def title_kind(line: str) -> str | None:
    """The statement a line titles ("STATEMENTS OF EARNINGS" -> "income"), or None. The company's name may
    stand before or after the title ("TAILSPIN, Inc. Consolidated Statements of Cash Flows"). A line that goes on
    with a page number (a contents entry), runs on as a sentence, or names a discussion table ("... Data") is
    not a title."""
    s = re.sub(r"\s+", " ", line.strip().replace("’", "'"))
    if (not s or len(s) > 120 or _NOT_A_STATEMENT.search(s) or re.search(r"\s\d{1,3}$", s)
            or s.endswith((".", ",", ";"))):
        return None
    words = s.split(" ")
    for k in range(min(len(words), 7)):
        if k and not _NAME_WORD.match(words[k - 1]):
            break  # only a name (capitalised words) may stand before the title
        if not words[k][:1].isupper():
            continue
        rest = " ".join(words[k:])
        for kind, rx in _TITLES:
            m = rx.match(rest)
            if not m:
                continue
            tail = rest[m.end():]
            if _TITLE_TAIL.match(tail) or (len(tail) <= 60 and all(_NAME_WORD.match(w) for w in tail.split())):
                return kind
    return None


def _title_candidates(lines: list[str]) -> list[str]:
    """Each line, and runs of short lines joined: PDF text may break "CONSOLIDATED / BALANCE / SHEETS" into one
    word per line, after the company's name ("SQUARE, / INC.")."""
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j].strip()) <= 25:
            j += 1
        if j - i >= 2:
            words = " ".join(ln.strip() for ln in lines[i:j]).split()
            out += [" ".join(words[k:]) for k in range(len(words))]
        i = max(j, i + 1)
    return out


def titled_kind(text: str) -> str | None:
    """The kind named by a title line among the page's first lines."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:_TITLE_LINES]
    kinds = [k for k in (title_kind(ln) for ln in _title_candidates(lines)) if k]
    if len(set(kinds)) != 1:  # none, or a list of several titles (a contents page)
        return None
    return kinds[0]


@dataclass(frozen=True)
class Shape:
    """How a page is built: lines, label + number rows, period headers, total rows."""

    lines: int
    rows: int
    headers: int
    totals: int
    prose: int
    metrics: tuple[tuple[str, int], ...]  # statement kind -> distinct registry metrics of that statement only

    @property
    def tabular(self) -> bool:
        """Mostly rows under a period header, with totals, hardly any prose: a statement's build."""
        return (self.rows >= 8 and self.headers >= 1 and self.totals >= 1 and self.prose <= 2
                and self.rows >= 0.5 * self.lines)


def _is_header(line: str) -> bool:
    years = re.findall(rf"\b{_YEAR}\b", line)
    if len(years) < 2:
        return False
    rest = re.sub(rf"\b{_YEAR}\b|\d{{1,2}}\b|[,.$()%]", " ", line)
    return len(re.findall(r"[A-Za-z]{3,}", rest)) <= 8


def shape(text: str) -> Shape:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    rows = headers = totals = prose = 0
    per_kind: dict[str, set[str]] = {}
    for ln in lines:
        if _is_header(ln):
            headers += 1
            continue
        row = split_row(ln)
        if row and len(row[0]) <= 160:
            rows += 1
            label = row[0]
            if re.match(r"(?i)total\b|net\s+cash\b", label):
                totals += 1
            metric = normalise_metric(label)
            kinds = STATEMENT_OF.get(metric or "", ())
            if len(kinds) == 1:
                per_kind.setdefault(kinds[0], set()).add(metric)
            continue
        if len(ln) > 90 and ln.endswith(".") or len(ln) > 140:
            prose += 1
    metrics = tuple(sorted(((k, len(v)) for k, v in per_kind.items()), key=lambda kv: -kv[1]))
    return Shape(lines=len(lines), rows=rows, headers=headers, totals=totals, prose=prose, metrics=metrics)


def _structural_kind(s: Shape) -> str | None:
    if not s.tabular or not s.metrics:
        return None
    (kind, n), *rest = s.metrics
    if n < 2 or (rest and rest[0][1] >= n):
        return None
    return kind


@lru_cache(maxsize=4096)
def statement_kind(text: str) -> str | None:
    """"income" | "balance" | "cash_flow" | "comprehensive" | "equity" for a primary statement page, else None:
    its title when it has one, else its structure and the statement its rows belong to."""
    return titled_kind(text) or _structural_kind(shape(text))


def is_statement(text: str | None) -> bool:
    return bool(text) and statement_kind(text) is not None


_NOTE = re.compile(r"^\s*(?:note|notes)\s+\d{1,2}\b|^\s*\d{1,2}\.\s+[A-Z][A-Za-z ,&'’\-]{3,60}$", re.I | re.M)


def named_note(text: str) -> bool:
    """Is the page part of a numbered note ("Note 7 — Inventories", "7. Property, Plant and Equipment"), or the
    filer's own multi-year summary of its statements ("Selected Financial Data", "Five-Year Financial Summary":
    the only place a 10-K gives the years before its statements' columns)?"""
    head = "\n".join(text.splitlines()[:_TITLE_LINES])
    return bool(_NOTE.search(head) or _SUMMARY.search(head))


def page_scales(text: str) -> set[float]:
    """Every currency scale the page states ("(In millions, except per share data)", "in thousands")."""
    out = set()
    for m in _SCALE.finditer(text):
        word = next(g for g in m.groups() if g)
        before = text[max(0, m.start() - 12):m.start()].lower()
        if "shares" in before:  # "shares in thousands" scales share counts, not amounts
            continue
        out.add(_SCALES[word.lower()])
    return out


def page_scale(text: str) -> float | None:
    """The first currency scale the page states, or None."""
    m = None
    for m in _SCALE.finditer(text):
        if "shares" not in text[max(0, m.start() - 12):m.start()].lower():
            break
    else:
        return None
    word = next(g for g in m.groups() if g)
    return _SCALES[word.lower()]

