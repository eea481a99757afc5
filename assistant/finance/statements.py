"""Which financial statement a page is: by its title, however worded, or else by its structure.

A primary statement has a title line ("CONSOLIDATED STATEMENTS OF EARNINGS", "Balance Sheets", "CASH FLOW
STATEMENTS", "Statement of Financial Position"...) near the top; the company's name may stand before it, set off
by a dash or colon ("NORTHWIND CORP. - CONSOLIDATED STATEMENTS OF"), and the title may wrap onto the next line
("EARNINGS"). Without one (a continued page, a title PDF text lost or worded as no rule knows), a page is still a
statement when it is built like one: mostly label + number rows under a header of period columns ("2024 2023",
"Fiscal 2024 Fiscal 2023"), with total-like rows, and either rows that the metric registry places on one
statement, or, needing no vocabulary at all, a stated scale, many rows with exactly one number per period column
and anchor rows only one kind of statement prints ("Total assets", "Net cash provided by ... activities",
"Net earnings"); a page that continues a statement without repeating its header of periods is one when
its rows all end with the same count of numbers, with totals and anchors of one kind, no percentages and no
quarter columns. A contents page that lists the titles (each followed by a page number) and a discussion table
("... Data", "Highlights") are not statements; nor is a table with a statement's labels that says it is a
discussion, segment, note or summary table (its caption "Segment Results", a "$ Change" column, a lead-in "were as
follows", a note heading, an "Adjusted EBITDA" or segment row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .registry import STATEMENT_OF, cash_direction, normalise_metric

KINDS = ("income", "balance", "cash_flow", "comprehensive", "equity")

_PRE = r"(?:(?:condensed|consolidated|combined|interim|unaudited)\s+)*"
_OF = r"statements?\s+of\s+(?:consolidated\s+)?"
_TITLES: list[tuple[str, re.Pattern]] = [
    ("comprehensive", re.compile(rf"^{_PRE}{_OF}comprehensive\s+(?:income|loss|earnings)(?:\s+\((?:loss|income)\))?",
                                 re.I)),
    ("cash_flow", re.compile(rf"^{_PRE}(?:{_OF}cash\s+flows?|cash\s+flows?\s+statements?)", re.I)),
    ("income", re.compile(rf"^{_PRE}(?:{_OF}(?:(?:net\s+)?(?:income|earnings|operations)\s+and\s+"
                          rf"comprehensive\s+(?:income|loss|earnings)(?:\s+\(loss\))?|income|earnings|operations)|"
                          rf"(?:income|earnings)\s+statements?|"
                          rf"statements?\s+of\s+(?:consolidated\s+)?results\s+of\s+operations)", re.I)),
    ("balance", re.compile(rf"^{_PRE}(?:balance\s+sheets?|{_OF}financial\s+(?:position|condition)|"
                           rf"statements?\s+of\s+condition)", re.I)),
    ("equity", re.compile(rf"^{_PRE}{_OF}(?:changes\s+in\s+)?(?:[a-z’']+\s+){{0,3}}(?:equity|deficit)", re.I)),
]
# what a title line may carry after the title: "(continued)", "(unaudited)", a date line, a company name
_TITLE_TAIL = re.compile(r"^[\s\-—–:,]*(?:\((?:continued|unaudited|loss|income|deficit|in [a-z ,]+)\))?[\s\-—–:,]*"
                         r"(?:(?:for\s+the\s+)?(?:years?|fiscal|quarters?|periods?|three|six|nine|twelve|as\s+of|at)"
                         r"\b.*)?$", re.I)
_NOT_A_STATEMENT = re.compile(r"\b(?:data|highlights|summary|notes?\s+to|index|table\s+of\s+contents|"
                              r"supplementa\w*|selected|discussion|analysis|information|consolidating|average|"
                              r"location|classification|impact|growth|guarantors?|parent\s+company|segments?)\b",
                              re.I)
# a word of the company's name after a title (capitalised), and before one ("NORTHWIND CORP. -", "Bank of
# Fabrikam"): also a joining word, or the dash / colon / bar that sets the name off from the title
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w.,'’&\-]*|&|\(unaudited\)|\(continued\))$")
_PREFIX_WORD = re.compile(r"^(?:[A-Z0-9][\w.,'’&\-:]*|&|of|and|de|[-—–:|]|\(unaudited\)|\(continued\))$")
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_NUM = re.compile(r"\(?\$?\(?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?|[—–\-]{1,2}")


# a Markdown pipe table's rule row under its header ("|---|:---:|---:|")
_PIPE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?\r?$")


def unpiped(text: str) -> str:
    """A Markdown pipe table read as PDF and HTML text give a table: its row "| Net sales | $412.6 | 388.4 |" as
    cells a blank apart, its rule row "|---|---|" blank. Every character keeps its place (a bar becomes a blank),
    so an offset into the result is the same offset into the text, and a quote cut from the text holds.
    General rule: a filing written in Markdown (an earnings release, a 10-Q exhibit) prints its statements as pipe
    tables; a bar is a cell's edge, never a label's word or a number's sign."""
    if "|" not in text:
        return text
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("|") and s.count("|") >= 2:
            line = re.sub(r"[^\r]", " ", line) if _PIPE_RULE.match(line) else line.replace("|", " ")
        out.append(line)
    return "\n".join(out)


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
    for k in range(min(len(words), 10)):
        if k and not _PREFIX_WORD.match(words[k - 1]):
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


_WRAPPED = re.compile(r"(?:\b(?:of|and|in|for|to)|[-—–:&,])\s*$", re.I)


def _title_candidates(lines: list[str]) -> list[str]:
    """Each line, a title that wraps onto the next line ("NORTHWIND CORP. - CONSOLIDATED STATEMENTS OF" /
    "EARNINGS": the line ends on a joining word, or the next is a short line without figures), and runs of short
    lines joined: PDF text may break "CONSOLIDATED / BALANCE / SHEETS" into one word per line, after the
    company's name ("SQUARE, / INC.")."""
    out = list(lines)
    for a, b in zip(lines, lines[1:]):
        b = b.strip()
        if len(a.split()) >= 3 and b and not re.search(r"\d", b) and (_WRAPPED.search(a) or len(b) <= 40):
            out.append(f"{a.strip()} {b}")
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


# A row that closes a block of a statement: a total, or a subtotal every statement of its kind prints ("Gross
# profit", "Net earnings", "Net cash provided by ...", "Income before income taxes")
_TOTAL_LIKE = re.compile(
    r"(?:total\b|net\s+cash\b|gross\s+(?:profit|margin)\b|net\s+(?:income|earnings|loss|revenues?|sales)\b"
    r"(?!\s+per\b)|operating\s+(?:income|earnings|profit|loss)\b|(?:income|earnings|loss)\s+(?:\(loss\)\s+)?"
    r"(?:from\s+operations|before)\b|net\s+interest\s+income\b|net\s+(?:increase|decrease|change)\b"
    r"|cash\b.*\bend\s+of\b)", re.I)
# Rows only one kind of statement closes with: the page's kind when its title is not read. Net income heads a
# cash-flow statement too, so an income anchor counts only on a page with no cash-flow anchor.
_ANCHORS: tuple[tuple[str, re.Pattern], ...] = (
    ("cash_flow", re.compile(r"^(?:net\s+)?cash\s+(?:flows?\s+)?(?:provided|used|from|generated)\b.*\bactivities\b"
                             r"|^(?:total|net)\b.*\b(?:operating|investing|financing)\s+activities$"
                             r"|^net\s+(?:increase|decrease|change)\b.*\bcash\b|^cash\b.*\bend\s+of\s+(?:the\s+)?"
                             r"(?:year|period)\b", re.I)),
    ("balance", re.compile(r"^total\s+assets$|^total\s+liabilities(?:,)?\s+(?:[a-z'’]+\s+){0,3}(?:and\s+)?"
                           r"(?:[a-z'’]+\s+){0,2}equity\b", re.I)),
    ("income", re.compile(r"^net\s+(?:income|earnings|loss)(?:\s+\(loss\))?(?:\s+attributable\b.*)?$|^(?:income|"
                          r"earnings|loss)\s+(?:\(loss\)\s+)?(?:from\s+continuing\s+operations\s+)?before\s+"
                          r"(?:provision\s+for\s+)?income\s+tax", re.I)),
)
# What the lines above a table's header call it when the table is a discussion, a segment or summary table,
# not a statement: "Segment Results", "Results of Operations", "Selected Financial Data", "Note 14 — Segments"
_DISCUSSION_HEAD = re.compile(
    r"\b(?:segments?|discussion|analysis|results\s+of\s+operations|selected|highlights|summary|non-?gaap|"
    r"reconciliation|quarterly|compared|by\s+(?:region|geograph\w*|product|business)|reportable|"
    r"percent(?:age)?\s+of|%\s+of|as\s+a\s+percent|ratios?\s+of|obligor|guarantors?|consolidating)\b"
    r"|^\s*notes?\s+\d{1,2}\b|^\s*\d{1,2}\.\s+[A-Z]", re.I)
# anywhere on the page: a table's lead-in or a note's heading, which no statement page prints
_LEAD_IN = re.compile(r"\b(?:(?:the|this)\s+following\s+(?:table|summar\w+)|(?:were|was|is|are)\s+as\s+follows|"
                      r"consist(?:s|ed)?\s+of\s+the\s+following|(?:presented|shown|set\s+forth)\s+in\s+the\s+"
                      r"(?:table|following))\b|^\s*notes?\s+\d{1,2}\b|^\s*\d{1,2}\.\s+[A-Z][A-Za-z]", re.I)
# a row no primary statement prints: a non-GAAP measure or a segment's line
_DISCUSSION_ROW = re.compile(r"\b(?:ebitda\w*|adjusted|non-?gaap|segments?|reportable)\b", re.I)
# a header of periods that also has change or share columns ("2024 2023 Change %"): a discussion table
_CHANGE_HEAD = re.compile(r"\b(?:change|variance|increase|decrease|percent|%)|%", re.I)


@dataclass(frozen=True)
class Shape:
    """How a page is built: lines, label + number rows, period headers, total rows."""

    lines: int
    rows: int
    headers: int
    totals: int
    prose: int
    metrics: tuple[tuple[str, int], ...]  # statement kind -> distinct registry metrics of that statement only
    columns: int = 0  # period columns of the first header (its years)
    aligned: int = 0  # rows with exactly one number per period column
    scaled: bool = False  # the page states a currency scale ("(in millions, except per share data)")
    discussion: bool = False  # the lines above the header, or the header itself, say it is a discussion table
    anchors: tuple[str, ...] = ()  # statement kinds named by rows only one kind of statement prints (``_ANCHORS``)
    modal: int = 0  # the most common count of numbers a row ends with (the columns of a page without a header)
    modal_rows: int = 0  # rows ending with that many numbers
    quarters: bool = False  # the lines above the first row head columns of quarters, not of years

    @property
    def tabular(self) -> bool:
        """Mostly rows under a period header, with totals, hardly any prose: a statement's build."""
        return (self.rows >= 8 and self.headers >= 1 and self.totals >= 1 and self.prose <= 2
                and self.rows >= 0.5 * self.lines and not self.discussion)

    @property
    def built(self) -> bool:
        """A statement by its build alone, no title and no vocabulary of metrics: a stated scale, many rows with
        one number per period column (and few rows with more or fewer), several total-like rows."""
        if self.headers == 0:  # a statement continued from the page before, its header of periods left there
            return (self.modal >= 2 and self.modal_rows >= 6 and self.modal_rows >= 0.7 * self.rows
                    and self.rows >= 0.5 * self.lines and self.totals >= 2 and self.prose <= 2
                    and not self.discussion and not self.quarters)
        return (self.tabular and self.scaled and self.columns >= 2 and self.aligned >= 8
                and self.aligned >= 0.7 * self.rows and self.totals >= 2)


def _is_header(line: str) -> bool:
    years = re.findall(rf"\b{_YEAR}\b", line)
    if len(years) < 2:
        return False
    rest = re.sub(rf"\b{_YEAR}\b|\d{{1,2}}\b|[,.$()%]", " ", line)
    return len(re.findall(r"[A-Za-z]{3,}", rest)) <= 8


def shape(text: str) -> Shape:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    rows = headers = totals = prose = aligned = columns = 0
    discussion = False
    per_kind: dict[str, set[str]] = {}
    anchors: set[str] = set()
    counts: dict[int, int] = {}
    percents = 0  # rows printing percentages beside their amounts: a discussion table, never a statement
    quarters = False
    for ln in lines:
        if _is_header(ln):
            if not headers:
                columns = len(re.findall(rf"\b{_YEAR}\b", ln))
                discussion = discussion or bool(_CHANGE_HEAD.search(ln))
            headers += 1
            continue
        row = split_row(ln)
        if row and len(row[0]) <= 160:
            rows += 1
            label = row[0]
            aligned += row[1] == columns
            counts[row[1]] = counts.get(row[1], 0) + 1
            percents += bool(re.search(r"\d\s*%", ln[len(label):]))
            discussion = discussion or bool(_DISCUSSION_ROW.search(label))
            if _TOTAL_LIKE.match(label):
                totals += 1
            clean = re.sub(r"\s+", " ", label.strip(" :$"))
            anchors.update(kind for kind, rx in _ANCHORS if rx.search(clean))
            metric = normalise_metric(label)
            kinds = STATEMENT_OF.get(metric or "", ())
            if len(kinds) == 1:
                per_kind.setdefault(kinds[0], set()).add(metric)
            continue
        if not headers and not rows and re.search(r"(?i)\bquarters?\b", ln):
            quarters = True  # columns of quarters ("First Second Third Fourth / Quarter Quarter ..."), not years
        if not headers and not rows and _DISCUSSION_HEAD.search(ln) or _LEAD_IN.search(ln):
            discussion = True  # the table's own caption above its header, or a lead-in / note heading anywhere
        if len(ln) > 90 and ln.endswith(".") or len(ln) > 140:
            prose += 1
    metrics = tuple(sorted(((k, len(v)) for k, v in per_kind.items()), key=lambda kv: -kv[1]))
    if "cash_flow" in anchors:
        anchors.discard("income")  # net income heads the cash-flow statement
    discussion = discussion or percents >= 2
    modal = max(counts, key=lambda n: (counts[n], n)) if counts else 0
    return Shape(lines=len(lines), rows=rows, headers=headers, totals=totals, prose=prose, metrics=metrics,
                 columns=columns, aligned=aligned, scaled=page_scale(text) is not None, discussion=discussion,
                 anchors=tuple(sorted(anchors)), modal=modal, modal_rows=counts.get(modal, 0), quarters=quarters)


def _structural_kind(s: Shape) -> str | None:
    """The page's kind from its build: the statement its registry rows belong to; or, for a page built as a
    statement (``Shape.built``) whose rows the registry does not place, the one kind its anchor rows name."""
    if s.tabular and s.metrics:
        (kind, n), *rest = s.metrics
        # a balance or cash-flow anchor row of another kind vetoes (net income alone heads other statements too)
        vetoed = any(a != kind and a != "income" for a in s.anchors)
        if n >= 2 and not (rest and rest[0][1] >= n) and not vetoed:
            return kind
    if s.built and len(s.anchors) == 1:
        return s.anchors[0]
    return None


@lru_cache(maxsize=4096)
def statement_kind(text: str) -> str | None:
    """"income" | "balance" | "cash_flow" | "comprehensive" | "equity" for a primary statement page, else None:
    its title when it has one, else its structure and the statement its rows belong to. A Markdown page is read as
    written (its pipe rows are no rows here): the retrieval lift of statement pages is left as it was for Markdown
    filings (lifting a release's pipe-table page over its prose cost a quoted answer, session 27); extraction
    passes the page's cells (``unpiped``) and reads its statements."""
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


_OPEN = "open"  # no title and no break above the row: the page opened inside a table


def _title_above(lines: list[str]) -> str | None:
    """The statement titled by the nearest title line above the end of ``lines``, with only a statement's own lines
    between (other rows, captions such as "Revenue:" or "ASSETS", its scale, its header of periods); None when a
    paragraph, a heading that is no statement's title (a note's "7. Debt", "Notes to ... Financial Statements", a
    discussion caption, a table's lead-in) or a discussion row (a percentage, a segment or non-GAAP line) comes
    first; ``_OPEN`` when the lines run out first."""
    shown = [ln.strip() for ln in lines if ln.strip()]
    for i in range(len(shown) - 1, -1, -1):
        s = shown[i]
        nxt = shown[i + 1] if i + 1 < len(shown) else ""
        wrapped = len(s.split()) >= 3 and nxt and not re.search(r"\d", nxt) and len(nxt) <= 40
        kind = title_kind(s.lstrip("# ")) or (title_kind(f"{s.lstrip('# ')} {nxt}") if wrapped else None)
        if kind:
            return kind
        if re.search(rf"\b{_YEAR}\b.*\b{_YEAR}\b", s) and _CHANGE_HEAD.search(s):
            return None  # a header of periods with change or share columns: a discussion table
        row = split_row(s)
        if row is not None and len(row[0]) <= 160 and not re.search(rf"\b{_YEAR}\b.*\b{_YEAR}\b", s):
            if _DISCUSSION_ROW.search(row[0]) or re.search(r"\d\s*%", s[len(row[0]):]):
                return None
            continue
        prose = (s.endswith(".") and len(s.split()) >= 8) or (len(s) > 140 and len(re.findall(_YEAR, s)) < 2)
        if (prose or s.startswith("#") or _NOTE.search(s) or re.match(r"\d{1,2}\.\s+[A-Z]", s)
                or _DISCUSSION_HEAD.search(s) or _LEAD_IN.search(s) or re.search(r"(?i)\bnotes?\s+to\b", s)):
            return None
    return _OPEN


def row_statement(page_text: str, quote: str, before: str | None = None) -> str | None:
    """The primary statement a table row stands in, read from the lines above it: the nearest statement title
    above the row on its page, or, when the page opens inside a table (a page break in the middle of a statement),
    at the foot of the page before (``before``), with nothing but the statement's own lines between the title and
    the row (``_title_above``). General rule: a page may hold a report's cover and its first statement, or the end
    of one condensed statement and the whole of the next (a 10-Q's pages do), so a row's statement is the one whose
    title heads it, wherever on the page that title sits; a row under a note's heading, a paragraph or a discussion
    table is in no statement. None for a sentence (a figure in prose is on no statement) or a row not found."""
    q = quote.strip()
    pos = page_text.find(q) if q else -1
    flat = unpiped(page_text)  # a Markdown table's rows as their cells, at the same offsets
    if pos < 0 or split_row(flat[pos:pos + len(q)]) is None:
        return None
    while pos >= 0:
        # the same row printed twice on the page (a reconciliation above the statement repeating "Interest expense,
        # net" with the same figures): the row stands on the statement when any of its printings does
        kind = _title_above(flat[:pos].split("\n")[:-1])  # the lines above the row's own line
        if kind == _OPEN and before:
            kind = _title_above(unpiped(before).split("\n"))
        if kind is not None and kind != _OPEN:
            return kind
        pos = page_text.find(q, pos + len(q))
    return None


# a table's title naming the company's cash flows ("SELECTED CASH FLOW INFORMATION", "FREE CASH FLOW (Unaudited)",
# "Cash Flow Data"), never a part's ("Segment cash flows", "Cash flows of discontinued operations")
_CASH_FLOW_TITLE = re.compile(r"\bcash\s+flows?\b", re.I)
_PART_CASH_FLOW = re.compile(r"\b(?:segments?|discontinued|subsidiar\w*|guarantor\w*|parent|joint\s+ventures?|"
                             r"investees?|pro\s+forma)\b", re.I)
# the lines a table holds between its title and a row: its scale, its header of periods
_TABLE_HEAD = re.compile(r"^\(?\s*(?:in|dollars\s+in|amounts\s+in)\s+(?:thousands|millions|billions)\b.*$|"
                         r"^.*\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b.*$|^\(?unaudited\)?$", re.I)


def cash_flow_table_row(label: str, page_text: str, quote: str, before: str | None = None) -> bool:
    """Whether a cash-flow line ("Net cash provided by operating activities", "Purchases of property and equipment",
    "Proceeds from sale of property": a cash-flow statement's own metric, or a line of cash paid or received) sits in a
    table titled as the company's cash flows ("SELECTED CASH FLOW INFORMATION", "FREE CASH FLOW (Unaudited)"), with
    only the table's rows, scale and header of periods between (the title may close the page before, ``before``, when
    the table opens a page). General rule (session 32, #10): an earnings release
    prints no full statement of cash flows; its selected cash-flow table (or its free cash flow reconciliation, which
    starts from the GAAP line) is where it states them, so those lines stand as the statement's (a part's table, a
    segment's or discontinued operations', does not)."""
    metric = normalise_metric(label or "", "cash_flow")
    if not ((metric and STATEMENT_OF.get(metric, ())[:1] == ("cash_flow",)) or cash_direction(label or "")):
        return False
    q = (quote or "").strip()
    pos = page_text.find(q) if q else -1
    if pos < 0:
        return False
    at = page_text.count("\n", 0, pos + len(q))
    above = unpiped(page_text).split("\n")[:at]
    if before:
        above = unpiped(before).split("\n") + above
    for line in above[::-1][:30]:
        s = line.strip().lstrip("# ").strip()
        if not s or split_row(s) is not None or _TABLE_HEAD.match(s):
            continue
        return bool(_CASH_FLOW_TITLE.search(s)) and not _PART_CASH_FLOW.search(s) and len(s) <= 80 \
            and not s.endswith(".")
    return False


# the side of a statement a section heading or a line's head word stands for: what comes in (revenues, sales) or
# what goes out (costs, expenses), as ``registry.label_tokens`` stems them
SIDES = {"revenue": "in", "sale": "in", "expense": "out", "cost": "out"}
# a total closes its section: a row below it belongs to no heading above it
_SECTION_CLOSED = re.compile(r"^\s*total\b|^[\s$()\d.,%—–-]+$", re.I)


def row_side(page_text: str | None, quote: str) -> str | None:
    """The side ("in" or "out") of the section a statement row sits in, from the heading over its block of rows
    ("Revenues" / "Expenses:" / "Costs and expenses"), so that a label a statement prints in both ("Rooms" among the
    revenues and among the expenses) is told apart; None when the page does not say (no heading, or a total or a
    heading of no side comes first)."""
    if not page_text or not quote.strip() or quote.strip() not in page_text:
        return None
    above = page_text[:page_text.find(quote.strip())].split("\n")[::-1][1:]
    for line in above[:40]:
        if not line.strip():
            continue
        if _SECTION_CLOSED.search(line):
            return None
        if re.search(r"\d", line):
            continue  # a row of the same block
        words = [w.rstrip("s").lower() for w in re.findall(r"[A-Za-z]+", line)]
        if len(words) > 5:
            return None
        sides = {SIDES[w] for w in words if w in SIDES}
        return sides.pop() if len(sides) == 1 else None
    return None
