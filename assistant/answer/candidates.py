"""The extractive answerer's candidates: every sentence, list and table row of the top hits' pages.

``page_candidates`` cuts a page into ``Candidate``s (a sentence with its heading and the sentence before
when it opens with "it"; a lead-in with its bullets; a table row as "label: head value, ..." with its
section, caption, unit and column heads); ``candidates`` gathers them from the pages of the top hits. Also
which documents a question asks for (``is_filing``, ``unnamed_filer_docs``, ``asked_report_docs``). Reads
``question.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..types import DocMeta, Hit
from ..text.counts import CAUSE_NOUNS, alternation, counting
from ..text.numbers import claims
from ..text.periods import doc_quarter, doc_year, periods_named
from ..text.sentences import is_heading, sentence_spans
from . import prose_items as items
from . import prose_reasons as reasons
from . import prose_paragraph_items as paragraph_items
from .question import _years


MAX_PAGES = 6  # pages of the top hits that candidates come from


_BULLET = re.compile(r"^\s*(?:[-•*▪●◦–]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s+(?=\S)")
_UNIT_LINE = re.compile(
    r"(?i)^\s*\(?\s*(?:in\s+)?(?:US\$|\$|€|£|¥|KRW|RMB|USD|EUR|millions?|billions?|thousands?|trillions?|%|"
    r"TWh|GWh|MW|GW|GB|TB|units?|percent)(?![\w])[^()]{0,60}\)?\s*$"
)
_NUMBER_CELL = re.compile(r"\(?-?[$€£]?\s?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2}(?=\s|$)")
_PERIOD_HEAD = re.compile(r"(?i)(?:FY\s?|Q[1-4]\s+)?(?:19|20)\d\d(?:\s*Q[1-4])?|Q[1-4]\s+(?:19|20)\d\d")
_ANAPHOR = re.compile(r"(?i)^\s*(?:it|its|they|their|the\s+company|the\s+group|the\s+firm|this|these|that|"
                      r"the\s+same|he|she|we|our)\b")
# "The $104.2 million increase was primarily due to ...": the change the sentence before states
_CHANGE_ANAPHOR = re.compile(r"(?i)^\s*the\s+(?:[$€£]?\s?\d[\d.,]*\s*(?:million|billion|thousand)?\s+|\d[\d.,]*\s?%\s+)?"
                             r"(?:increase|decrease|decline|rise|growth|change|improvement|reduction|drop)s?\b")
_WE = re.compile(r"(?i)^\s*(?:we|our|us|the\s+company|the\s+group)\b")


@dataclass(frozen=True)
class Candidate:
    """One sentence, list or table row of a page that might answer the question."""

    doc_id: str
    doc: str
    source: str
    page: int  # 1-based
    start: int  # offsets into the page text: the quote is page_text[start:end]
    end: int
    text: str  # what is shown: the sentence (whitespace collapsed), "label: values", or the list's lead-in
    kind: str  # "sentence", "row" or "list"
    heading: str = ""  # the heading (and table caption/unit/column heads) above it
    before: str = ""  # the sentence before it, when it opens with a pronoun ("it", "the company")
    prev: str = ""  # the sentence before it in its section (where a paragraph states its period once)
    items: tuple[str, ...] = ()  # a list's items
    table: str = ""  # a row: the labels of its table's rows
    rank: int = 0  # the best rank of a hit whose chunk holds it
    meta: DocMeta | None = None
    years: frozenset[int] = frozenset()  # years it states (a row: its column heads)
    lead: str = ""  # the sentence (one of the two before it) whose opening names the subject it leaves unnamed
    form: str = ""  # "effect": a change with the sentences explaining it; "inline": a list within one sentence

    @property
    def body(self) -> str:
        return self.text + ("\n" + "\n".join(self.items) if self.items else "")


def _row_label_values(line: str) -> tuple[str, list[str]] | None:
    """A table row: its label and its cells ("Alphabet 32.3 52.5" -> ("Alphabet", ["32.3", "52.5"]))."""
    if "|" in line:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
            label, values = cells[0], cells[1:]
            # "| Company | 2023 | 2024 |", "| Operator | FY2024 revenue ($m) | FY2025 revenue ($m) |": column heads
            # "| Region | 2024 | 2025 | Change (%) |": period heads beside a head naming no period are heads too
            periods = [v for v in values if _PERIOD_HEAD.search(v) and not re.search(r"\d", _PERIOD_HEAD.sub("", v))]
            heads = (len(periods) >= 2 or len(periods) == len(values)) and all(
                v in periods or not re.search(r"\d", v) for v in values)
            # "|  | September 30, 2026 | September 30, 2025 |": a head of dates, never a row (``_dated_pipe_head``)
            heads = heads or _dated_pipe_head(line)
            if any(re.search(r"\d", v) for v in values) and not heads:
                return label, values
        return None
    m = re.match(r"^\s*(.*?[A-Za-z)][^\d$€£(]*?)\s+((?:\(?-?[$€£]?\s?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2})"
                 r"(?:\s+(?:\(?-?[$€£]?\s?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2}))*)\s*$", line)
    if not m or not re.search(r"[A-Za-z]{2,}", m.group(1)):
        return None
    label = m.group(1).strip()
    values = [v.strip() for v in re.findall(r"\(?-?[$€£]?\s?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2}", m.group(2))]
    while values and re.fullmatch(r"\((?:19|20)\d\d\)", values[0]):  # "NVIDIA H200 (2024) 141 4.8": the year is the label's
        label += " " + values.pop(0)
    if not values or all(re.fullmatch(r"(?:19|20)\d\d", v) for v in values):
        return None  # "Company 2023 2024", "Plans for 2025": column heads or a title, not figures
    return label, values


# a line of two or more dates and nothing else ("Sept. 30, 2025 June 30, 2025 Sept. 30, 2024", "March 31, 2026 December
# 31, 2025"): the column heads of a balance or metrics table, never a row whose label is the first date
_DATE_HEAD = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d")
_DATES_ONLY = re.compile(rf"^\s*(?:{_DATE_HEAD.pattern}\s*){{2,}}$")


def _dated_pipe_head(line: str) -> bool:
    """A pipe table's head whose cells after the first are each a date ("|  | September 30, 2026 | September 30, 2025
    |", "| (In thousands) | March 31, 2026 | December 31, 2025 |"), two or more. General rule (session 33, #10): a
    Markdown table of balances or operating statistics at dates names its columns by those dates, as a PDF's line of
    dates does (``_DATES_ONLY``), so each row's cells are read with their dates."""
    if "|" not in line:
        return False
    cells = [" ".join(c.split()) for c in line.strip().strip("|").split("|")]
    values = [c for c in cells[1:] if c]
    return (len(cells) >= 3 and not re.search(r"\d", cells[0]) and len(values) >= 2
            and all(_DATE_HEAD.fullmatch(v) for v in values))


def _is_column_head(line: str) -> bool:
    """A line of column heads: periods, and at most one other word ("Company 2023 2024", "| Item | 2022 |")."""
    heads = _PERIOD_HEAD.findall(line)
    rest = re.findall(r"[A-Za-z]{3,}", _PERIOD_HEAD.sub(" ", line))
    rest = [w for w in rest if w.lower() not in {"fiscal", "year", "years", "ended", "ending", "months", "quarter"}]
    return bool(heads) and (len(heads) >= 2 or len(rest) <= 1)


# the words of a period's length or kind in a head ("Three months 2024", "Year ended 2024"): a head saying them names a
# period, never a measure
_LENGTH_WORD = re.compile(r"(?i)\b(?:months?|weeks?|quarters?|ended|ending|years?|fiscal|half|halves|ytd|period|to\s+date)\b")


def _column_heads(lines: Sequence[str]) -> list[str]:
    """The period heads of the nearest line of column heads above a row."""
    for line in reversed(lines[-12:]):
        if _DATES_ONLY.match(line) or _dated_pipe_head(line):
            # each column a date: the dates are its heads ("Sept. 30, 2025"), in a PDF's line of dates or a Markdown
            # pipe table's head ("|  | September 30, 2026 | September 30, 2025 |")
            return [" ".join(h.split()) for h in _DATE_HEAD.findall(line)]
        if _is_column_head(line):
            heads = [" ".join(h.split()) for h in _PERIOD_HEAD.findall(line)]
            cells = [" ".join(c.split()) for c in line.strip().strip("|").split("|")][1:] if "|" in line else []
            if len(set(heads)) < len(heads) and cells and len(set(cells)) == len(cells) == len(heads) \
                    and all(_PERIOD_HEAD.search(c) and not _LENGTH_WORD.search(c) for c in cells):
                # Session 29 (#11): "| Blender | Volume 2024 (kt) | Volume 2025 (kt) | Value 2024 (USD m) | Value 2025
                # (USD m) |": a period repeated under two measures. GENERAL RULE: a pipe table's column is its whole
                # head cell when its period alone names two columns and the whole cells tell them apart
                return cells
            return heads
    return []


def _trailing_heads(lines: Sequence[str], n: int) -> list[str]:
    """A4: the heads of a line of column heads whose period heads are followed by other heads ("Manufacturer (home
    country) 2024 2025 Share"): from its first period head on, one head per word (a parenthesis joins the word before
    it: "Change (%)"), when they are exactly ``n``, the row's value count; else []."""
    for line in reversed(lines[-12:]):
        if not _is_column_head(line):
            continue
        first = _PERIOD_HEAD.search(line)
        tail = line[first.start() :] if first else ""
        heads: list[str] = []
        if "|" in line:
            # a Markdown pipe table's head ("| Region | 2023 | 2024 | Change (%) |"): each cell is one head
            heads = [" ".join(h.split()) for h in tail.strip().strip("|").split("|")]
            return heads if len(heads) == n and sum(bool(_PERIOD_HEAD.fullmatch(h)) for h in heads) >= 2 else []
        for tok in re.findall(r"\([^()]*\)|[^\s()]+", tail):
            if tok.startswith("(") and heads:
                heads[-1] += " " + tok
            else:
                heads.append(tok)
        return heads if len(heads) == n and sum(bool(_PERIOD_HEAD.fullmatch(h)) for h in heads) >= 2 else []
    return []


def _caption_year(lines: Sequence[str]) -> set[int]:
    """The one year a table's caption states when its columns name no period ("Vendor shares of radio access
    revenue, 2024 (%)" over "Vendor Share"): every row's figure is of that year. Rule: the caption (a line of the
    table's head naming "Table N" or the first of its head lines) states exactly one year and no range; a caption
    stating several years ("2022-2024", "2023 and 2024") dates no row."""
    for line in lines[-4:]:
        if _is_column_head(line):
            return set()  # period heads name the columns: the caption's year is not every row's
    caption = next((x for x in lines if re.match(r"(?i)\s*(?:table|exhibit)\s+\d", x)), lines[0] if lines else "")
    found = _years(caption)
    if len(found) != 1 or re.search(r"(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d)\b", caption):
        return set()
    return set(found)


def _unit_of(lines: Sequence[str]) -> str:
    for line in reversed(lines[-8:]):
        if _UNIT_LINE.match(line.strip().strip("_*")):
            return line.strip().strip("_*")
        # "(in millions)" anywhere; a caption closing on its unit ("Shares of unit sales, 2024 (% of units)")
        m = re.search(r"\((?:in\s+)?(?:millions|thousands|billions)[^)]*\)|\((?:%|percent)[^()]{0,40}\)\s*$", line, re.I)
        if m:
            return m.group(0)
    return ""


_VERBISH = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|should|must|"
    r"[a-z]{2,}(?:ed|es)|said|says|rose|fell|grew|spent|made|took|gave|held|paid|led|came|began|sold|bought|won|"
    r"expects?|plans?|makes?|takes?|holds?|leads?|remains?|stands?)\b"
)


_LEAD_IN = re.compile(r"(?i)\b(?:the\s+following|as\s+follows|set\s+out\s+below|shown\s+below|presented\s+below)\b[^.;]*:|"
                      # a cross-reference ("For more information on ..., see ...", "See Note 7") points elsewhere
                      r"^\s*(?:for\s+(?:more|further|additional)\s+(?:information|details|discussion)\b[^.]*\bsee\b|"
                      # "Refer to Note 7 for additional lease disclosures." (session 26)
                      r"(?:see|refer\s+to|please\s+refer\s+to)\s+(?:note|item|part)\s)")


def _is_statement(text: str) -> bool:
    """A sentence worth quoting: four words or more, and a sentence end or a verb (not a caption or a label);
    not the lead-in of a table or list ("The following table presents ...:") nor a cross-reference ("For more
    information on the following proposals, see the proxy statement"), which say nothing themselves."""
    if len(re.findall(r"[A-Za-z]{2,}", text)) < 4 or _LEAD_IN.search(text):
        return False
    return bool(re.search(r"[.!?;][\"'”’)]*$", text.strip())) or bool(_VERBISH.search(text))


_EARLIER = re.compile(r"(?i)\b(?:a|one)\s+year\s+(?:earlier|before|ago)|\bthe\s+(?:prior|previous|preceding)\s+year\b")


def _stated_years(text: str) -> frozenset[int]:
    """The years a sentence speaks of: those it names, and the year before when it says "a year earlier"."""
    years = _years(text)
    if _EARLIER.search(text):
        years |= {y - 1 for y in years}
    return frozenset(years)


def _is_prose(text: str) -> bool:
    return bool(re.search(r"[a-z]{2,}[^.!?]*[.!?][\"'”’)]*$", text.strip())) and len(text.split()) >= 5


def _merged_list(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A span holding a lead-in line that ends with ":" and two or more bullet or numbered lines after it ("We
    are organized into seven segments, as follows:\n1) ...;\n2) ...;"): the lead-in and the items (a wrapped
    item's next line joined to it); None otherwise."""
    lines = text.split("\n")
    for k, line in enumerate(lines[:-1]):
        if line.rstrip().endswith(":") and _BULLET.match(lines[k + 1]):
            items: list[str] = []
            for rest in lines[k + 1 :]:
                if _BULLET.match(rest):
                    items.append(rest.strip())
                elif items and rest.strip():
                    items[-1] += " " + rest.strip()
            if len(items) >= 2:
                return " ".join(" ".join(lines[: k + 1]).split()), tuple(" ".join(it.split()) for it in items)
            return None
    return None


def _row_lines(page: str, a: int, b: int) -> list[tuple[int, int]]:
    """The lines of ``page[a:b]`` as spans when every one reads as a table row (a label and its cells, no prose):
    under a table's column heads, "United States 4,390 4,680" and "of which federal buyers 910 960" on the next line
    are two rows, although a line opening in lower case reads on to a sentence splitter. [] otherwise."""
    out = []
    at = a
    for line in page[a:b].split("\n"):
        x = at + len(line) - len(line.lstrip())
        y = at + len(line.rstrip())
        at += len(line) + 1
        if y <= x:
            continue
        flat = " ".join(page[x:y].split())
        if _is_prose(flat) or _row_label_values(flat) is None:
            return []
        out.append((x, y))
    return out if len(out) >= 2 else []


# A running page header or footer: the document's title (a filing or report name: "Form 10-K", "Annual Report",
# "Quarterly Report", with the filer's name and year) and the printed page number at one end ("Harbor Mills Inc. 2022
# Form 10-K 41", "Annual Report 2024 | 57", "12 | Sustainability Report 2023"). Rule: such a line is page furniture,
# never a statement, a row or a figure; its page number is no count or amount (ingest drops repeated furniture, but a
# printed page number off the PDF's own number by more than a few pages, next to a year and a form number, is kept).
_RUNNING_TITLE = re.compile(r"(?i)\b(?:form\s+)?(?:10-?[KQ]|20-?F|40-?F)\b|\b(?:annual|quarterly|interim|integrated|"
                            r"sustainability|esg|impact|half[- ]year(?:ly)?)\s+(?:financial\s+)?report\b|"
                            r"\bproxy\s+statement\b")
_RUNNING_NUMBER = r"(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?"
_RUNNING_LINE = re.compile(rf"(?i)^\s*(?:{_RUNNING_NUMBER}\s*[|•·:–—-]?\s+(?P<a>\S.*?)|(?P<b>\S.*?)\s*[|•·:–—-]?\s*"
                           rf"{_RUNNING_NUMBER})\s*$")
_TITLE_WORD = re.compile(r"(?:[A-Z0-9][\w&.,'’()-]*|of|and|the|&|[|•·:–—-]|(?:19|20)\d\d)$")
RUNNING_ZONE = 3  # the first and last lines of a page, where running heads and footers are printed


def running_line(line: str) -> bool:
    """Is a line a running page header or footer (the document's title and the printed page number)? Its words
    other than the title's are capitalised names, years and joining words ("Harbor Mills Inc. 2022 Form 10-K 41"),
    never a row's lower-case label ("Annual report printing costs 33")."""
    m = _RUNNING_LINE.match(" ".join(line.split()))
    if m is None:
        return False
    title = m.group("a") or m.group("b")
    if not _RUNNING_TITLE.search(title) or re.search(r"[$€£%]", title):
        return False
    rest = _RUNNING_TITLE.sub(" ", title)
    if re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", rest)):
        return False  # another figure beside the page number: a row, not a title
    return all(_TITLE_WORD.match(w) for w in rest.split())


def _page_edges(page: str, zone: int = RUNNING_ZONE) -> list[tuple[int, int]]:
    """The offsets of the first and last ``zone`` non-blank lines of a page."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", page)]
    return lines[:zone] + lines[-zone:]


def page_candidates(page: str, *, doc_id: str = "", doc: str = "", source: str = "", page_no: int = 1,
                    meta: DocMeta | None = None, rank: int = 0) -> list[Candidate]:  # fmt: skip
    """Every sentence, list and table row of one page's text, with the headings above it. A row's context is
    its section heading, its table's caption, unit and column heads; the labels of the table's other rows
    are kept in ``table`` (a total row is about them)."""
    out: list[Candidate] = []
    spans = sentence_spans(page, split_lines=False)
    section = ""  # the last heading that is not part of a table
    table_lines: list[str] = []  # caption, unit line, column heads of the table being read
    table_rows: list[int] = []  # positions in ``out`` of the current table's rows
    prev_sentence = ""
    recent: list[str] = []  # the sentences of the section so far (a later one's subject may be named in one of them)
    lower_words = set(re.findall(r"\b[a-z][\w&.-]*", page))
    caption = False  # the line before was "Table 2."

    def close_table(note: str = "") -> None:
        labels = " ".join(out[k].text.split(":")[0] for k in table_rows)
        said = re.sub(r"(?i)^(?:notes?|sources?)\s*[:.]\s*", "", note)
        names = {w for k in table_rows for w in re.findall(r"[A-Z][\w&-]{2,}", out[k].text.split(":")[0])}
        if note and any(re.search(rf"\b{re.escape(w)}\b", said) for w in names):
            note = ""  # "Note: Microsoft: additions to property ...": a note on one row, not on what the cells are
        for k in table_rows:
            # a note right under the table ("*Share of telehealth visits, % of total.", "Note: ...") is its caption too
            out[k] = replace(out[k], table=labels, heading=f"{out[k].heading} {note}".strip() if note else out[k].heading)
        table_rows.clear()
        table_lines.clear()

    # the page's running header and footer lines (``running_line``): never a candidate
    furniture = [(x, y) for x, y in _page_edges(page) if running_line(page[x:y])]
    i = 0
    while i < len(spans):
        a, b = spans[i]
        text = page[a:b]
        flat = " ".join(text.split())
        line_like = "\n" not in text.strip()
        if line_like and any(x <= a and b <= y for x, y in furniture):
            i += 1
            continue
        if not line_like and (table_rows or any(_is_column_head(x) for x in table_lines)):
            rows = _row_lines(page, a, b)
            if rows:  # the splitter read a row and a lower-case row under it ("of which ...") as one sentence
                spans[i : i + 1] = rows
                continue
        if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?", flat):  # a section number split from its title
            i += 1
            continue
        # "Table 2." split from its caption (in Markdown, italic: "*Table 2.")
        if re.fullmatch(r"(?i)[*_]{0,2}(?:table|figure|exhibit|chart)\s+\d+[.:]?", flat):
            caption = True
            i += 1
            continue
        if line_like and flat.startswith("|") and flat.endswith("|") and not _row_label_values(flat):
            # a Markdown pipe table's head ("| Company | 2023 | 2024 |") or rule ("|---|---|"): its period heads
            # name the columns of the rows below, as a PDF table's head line does
            if _is_column_head(flat):  # a head naming no periods ("| Stage | Cost (US$ millions) |") is not kept
                table_lines.append(flat)
            prev_sentence = ""
            recent.clear()
            caption = False
            i += 1
            continue
        if line_like and table_lines and not table_rows and flat.startswith("(") and _UNIT_LINE.match(flat) \
                and not is_heading(flat) and not _row_label_values(flat):
            # A4: "(MW, calendar years; share of 2025 shipments in %)" under a table's caption: the table's unit line,
            # not a sentence ending the table's head (its caption stays the rows' context)
            table_lines.append(flat)
            i += 1
            continue
        if line_like and (_DATES_ONLY.match(flat) or is_heading(flat) and not _row_label_values(flat)):
            prev_sentence = ""
            recent.clear()
            tabular = bool(_UNIT_LINE.match(flat.strip("_*")) or _is_column_head(flat) or re.match(r"(?i)table\s+\d", flat)
                           or "|" in flat or caption)  # fmt: skip
            caption = False
            if not tabular and not table_rows:
                section = flat
            if table_rows and not tabular:
                close_table()
                section = flat
            table_lines.append(flat)
            bullets = _bullets_after(page, spans, i) if not tabular and not _BULLET.match(text) else []
            if len(bullets) >= 2:  # "Risks to the outlook" and the bullets under it: one list, the heading its lead-in
                shown_items = tuple(" ".join(page[x:y].split()) for x, y in bullets)
                out.append(Candidate(doc_id, doc, source, page_no, a, bullets[-1][1], flat, "list", heading=section,
                                     items=shown_items, rank=rank, meta=meta,
                                     years=frozenset(_years(flat + " " + " ".join(shown_items)))))  # fmt: skip
            i += 1
            continue
        row = _row_label_values(flat) if line_like and not _is_prose(flat) and not _LEAD_IN.search(flat) else None
        if row is not None:
            label, values = row
            heads = _column_heads(table_lines)
            if heads and len(heads) != len(values):
                heads = _trailing_heads(table_lines, len(values)) or heads
            unit = _unit_of(table_lines)
            if heads and len(heads) == len(values):
                shown = f"{label}: " + ", ".join(f"{h} {v}" for h, v in zip(heads, values))
            else:
                shown = f"{label}: " + ", ".join(values)
            if unit:
                shown += f" {unit if unit.startswith('(') else '(' + unit + ')'}"
            ctx = " ".join(dict.fromkeys(x for x in (section, *table_lines[-4:]) if x))
            table_rows.append(len(out))
            out.append(Candidate(doc_id, doc, source, page_no, a, b, shown, "row", heading=ctx, rank=rank, meta=meta,
                                 years=frozenset(_years(" ".join(heads)) or _years(flat) or _caption_year(table_lines))))  # fmt: skip
            i += 1
            continue
        if table_rows:
            close_table(flat.strip("*_ ") if _TABLE_NOTE.match(text) else "")
        table_lines.clear()
        if caption and line_like:
            # "Table 1." split from its caption by the sentence splitter: the caption ("Live deployments by region
            # (number of sites, end of year)") names what the rows below count, as a caption line of its own does
            table_lines.append(flat)
        merged = _merged_list(text)
        if merged is not None:  # the sentence splitter ran a lead-in and its numbered items into one span
            lead, shown_items = merged
            out.append(Candidate(doc_id, doc, source, page_no, a, b, lead, "list", heading=section, items=shown_items,
                                 rank=rank, meta=meta, years=frozenset(_years(lead + " " + " ".join(shown_items)))))  # fmt: skip
            prev_sentence = lead
            recent.append(lead)
            i += 1
            continue
        # a lead-in ending with ":" followed by bullets: one list
        items: list[tuple[int, int]] = []
        j = i + 1
        if flat.endswith(":"):
            while j < len(spans) and _BULLET.match(page[spans[j][0] : spans[j][1]]):
                x, y = spans[j]
                j += 1
                # "- Nurse supply. Enrolment fell in 2023 ...": the sentences after a bullet's first, on its lines
                # (no line break before them), are the same item
                while j < len(spans) and "\n" not in page[y : spans[j][0]] and not _BULLET.match(page[spans[j][0] : spans[j][1]]):
                    y = spans[j][1]
                    j += 1
                items.append((x, y))
            if not items:
                items = _unmarked_items(page, spans, j)
                j += len(items)
            if not items:
                items, j = _labelled_items(page, spans, j)
        if len(items) >= 2:
            shown_items = tuple(" ".join(page[x:y].split()) for x, y in items)
            out.append(Candidate(doc_id, doc, source, page_no, a, items[-1][1], flat, "list", heading=section,
                                 items=shown_items, rank=rank, meta=meta, prev=prev_sentence,
                                 years=frozenset(_years(flat + " " + " ".join(shown_items)))))  # fmt: skip
            for (x, y), shown in zip(items, shown_items):
                # "- the Regulation requires every can to contain at least 40% recycled metal from 2027;": a bulleted
                # item stating a fact is a statement of its own for a figure, a date or a name asked (its lead-in the
                # sentence before it); a list or a reason asked takes the whole list (``gates.prescore``)
                item = _BULLET.sub("", shown).rstrip(" ;,")
                if _is_statement(item) and len(item.split()) >= 6:
                    out.append(Candidate(doc_id, doc, source, page_no, x, y, item, "sentence", heading=section,
                                         before=flat, prev=flat, rank=rank, meta=meta, years=_stated_years(item),
                                         form="item"))  # fmt: skip
            i = j
            prev_sentence = flat
            recent.append(flat)
            continue
        if flat.endswith(":") and i == len(spans) - 1 and not _BULLET.match(text):
            # a lead-in closing its page: its items may open the next page (``_lead_closing_page``)
            out.append(Candidate(doc_id, doc, source, page_no, a, b, flat, "sentence", heading=section,
                                 prev=prev_sentence, rank=rank, meta=meta, form="lead"))  # fmt: skip
            i += 1
            continue
        body = _BULLET.sub("", flat) if _BULLET.match(text) else flat
        counted = False
        if (_COUNT_LEAD.search(body) or _COUNTED_CAUSE.search(body)) and _is_statement(body):
            # "Two things held back orders. First, ... Second, ...": the count and the sentences enumerating it are
            # one list (each sentence stays a candidate of its own too)
            k = i + 1
            while k < len(spans) and k - i <= 6 and _ENUM_ITEM.match(" ".join(page[spans[k][0] : spans[k][1]].split())):
                k += 1
            if k - i >= 3:
                shown_items = tuple(" ".join(page[x:y].split()) for x, y in spans[i + 1 : k])
                out.append(Candidate(doc_id, doc, source, page_no, a, spans[k - 1][1], flat, "list", heading=section,
                                     items=shown_items, rank=rank, meta=meta, prev=prev_sentence,
                                     years=frozenset(_years(flat + " " + " ".join(shown_items)))))  # fmt: skip
                counted = True
        # "The spending gain came from three sources, she said.": what a sentence announces is read without the tail
        # naming who said it (``_unattributed``)
        said = _unattributed(body)
        announced = _announces(said) and not _BULLET.match(text) and not counted
        follow = _following(page, spans, i) if announced else []
        told = _ANNOUNCED_COUNT.search(said) if follow else None
        if told and len(follow) > _COUNT_WORD_VALUES[told.group(1).lower()]:
            # "Demand rose for three reasons." and five sentences before the next paragraph break (a PDF's text has no
            # blank lines between paragraphs): the three it counts are its items, the rest another paragraph's
            follow = follow[: _COUNT_WORD_VALUES[told.group(1).lower()]]
        clauses = _counted_clauses(page, follow, told)
        if announced and clauses:
            # session 30: "Three things held value back. In the US, ...; retailers kept ...; and in Europe ...": the
            # count's items are the clauses of the one sentence after it, never that sentence and two others
            follow = follow[:1]
        if announced and (clauses or len(follow) >= (1 if body.endswith(":") else 2)):
            # "Makers have priced their biosimilars in one of two ways." / "The plan rests on three changes:" with no
            # bullets: the lead-in says nothing itself, the sentences after it (its paragraph) are what it announces
            shown_items = clauses or tuple(" ".join(page[x:y].split()) for x, y in follow)
            # "Its chief operating officer described the results:": the lead-in's "its" is the sentence before's subject
            before = prev_sentence if (_ANAPHOR.match(body) or _CHANGE_ANAPHOR.match(body)) else ""
            out.append(Candidate(doc_id, doc, source, page_no, a, follow[-1][1], flat, "list", heading=section,
                                 items=shown_items, rank=rank, meta=meta, prev=prev_sentence, before=before,
                                 years=frozenset(_years(flat + " " + " ".join(shown_items)))))  # fmt: skip
        elif _is_statement(body):
            before = prev_sentence if (_ANAPHOR.match(body) or _CHANGE_ANAPHOR.match(body)) else ""
            # "LEO revenue was EUR 163 million ..." two sentences after "Eutelsat, which ... operates ...": a sentence
            # goes on about the subject one of the two sentences before it opened with (``subject_score`` still
            # lowers one that opens with another name)
            # a run-in heading opening the paragraph ("Vault and Precious Metals. Second quarter revenues decreased ...")
            # names the subject of the sentences after it, whatever words of it the page writes in lower case too
            lead = next((x for x in reversed(recent[-2:]) if _opens_with_name(x, lower_words) or _run_in_heading(x)), "")
            out.append(Candidate(doc_id, doc, source, page_no, a, b, flat, "sentence", heading=section, before=before,
                                 prev=prev_sentence, rank=rank, meta=meta, years=_stated_years(flat), lead=lead))  # fmt: skip
            out.extend(_more_forms(page, spans, i, out[-1]))
            aside = _aside_items(flat)
            if aside:
                # "Cell makers - CATL, BYD, EVE Energy and REPT - produce ...": the names in the aside are a list
                out.append(Candidate(doc_id, doc, source, page_no, a, b, flat, "list", heading=section, items=aside,
                                     before=before, prev=prev_sentence, rank=rank, meta=meta,
                                     years=_stated_years(flat), lead=lead))  # fmt: skip
            ahead = _forecast_after(page, spans, i) if _FORECAST_HEAD.search(body) else []
            if ahead:
                # "X now expects sales to rise 1.7% to 36.8 million in 2025 ... It expects the average price to rise
                # 2.0% ... By 2029 it expects ...": a forecast going on over the sentences after it is one candidate
                # (form "forecast"; each sentence stays one too)
                joined = " ".join([flat, *(" ".join(page[x:y].split()) for x, y in ahead)])
                out.append(Candidate(doc_id, doc, source, page_no, a, ahead[-1][1], joined, "sentence",
                                     heading=section, before=before, prev=prev_sentence, rank=rank, meta=meta,
                                     years=_stated_years(joined), form="forecast"))  # fmt: skip
            ranking = _ranking_after(page, spans, i) if _RANK_HEAD.search(body) else []
            if ranking:
                # "China remained the largest market, with 280,000. Japan followed with 44,000, ahead of ...": a
                # ranking stated over two or more sentences is one candidate (each sentence stays one too)
                joined = " ".join([flat, *(" ".join(page[x:y].split()) for x, y in ranking)])
                out.append(Candidate(doc_id, doc, source, page_no, a, ranking[-1][1], joined, "sentence",
                                     heading=section, before=before, prev=prev_sentence, rank=rank, meta=meta,
                                     years=_stated_years(joined)))  # fmt: skip
        prev_sentence = flat
        recent.append(flat)
        i += 1
    if table_rows:
        close_table()
    return out


# the line right under a table that says what its cells are: an italic note or a "Note:"/"Source:" line
_TABLE_NOTE = re.compile(r"^\s*(?:[*_](?![*_])|(?i:notes?|source|sources)\s*[:.])")
# "... in one of two ways.", "The programme rests on three changes:", "Buyers fall into two camps.": a sentence that
# announces what the sentences after it say (a count of ways, kinds, things near its end, or a closing colon)
_ANNOUNCE = re.compile(
    r"(?i)\b(?:one\s+of\s+|either\s+of\s+)?(?:two|three|four|five|six|2|3|4|5|6)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:ways|models|approaches|forms|groups|types|kinds|categories|stages|steps|options|routes|strategies|camps|"
    r"things|factors|reasons|causes|drivers|methods|structures|channels|paths|phases|scenarios|tiers|buckets|changes|"
    r"lessons|forces|developments|questions|problems|issues|schemes|mechanisms|levers|parts|pillars|elements|"
    # session 33: "The gain came from three sources.", "The fall has two explanations."
    r"sources|explanations)"
    # session 29: what the count is of may take up to five words after "for", "behind" or "of" ("The institute counts
    # three reasons behind the drop in bookings.")
    r"(?:(?:\s+[a-z-]+){0,3}|\s+(?:for|behind|of)(?:\s+[a-z-]+){1,5})\s*[.:]$"
)


_ASIDE = re.compile(r"(?:\s[-–—]{1,2}\s|—|\()\s*([^()—–]{3,200}?)\s*(?:\s[-–—]{1,2}\s|—|\))")


def _aside_items(sentence: str) -> tuple[str, ...]:
    """The items of an enumeration inside a dashed aside or parentheses ("Cell makers - CATL, BYD, EVE Energy,
    Hithium and REPT - produce ...", "three customers (Contoso, Fabrikam and Tailspin)"): three or more short
    items that are not figures; () otherwise."""
    for m in _ASIDE.finditer(sentence):
        inner = m.group(1)
        if re.search(r"[\"“”]", inner):
            continue  # '("Contoso," the "Company," "we" or "us")': the short names a filer defines, not a list
        parts = [p.strip(" ,;.") for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", inner)]
        parts = [p for p in parts if p]
        if len(parts) >= 3 and all(len(p.split()) <= 5 and re.search(r"[A-Za-z]{2,}", p) for p in parts) \
                and not any(re.search(r"\d", p) for p in parts):
            return tuple(parts)
    return ()


_COUNT_WORD_VALUES = counting(2, 6, digits=True)
# the count an announcing sentence closes on ("... for three reasons.", "... in one of two ways."): its items
_ANNOUNCED_COUNT = re.compile(r"(?i)\b(?<!of\s)(" + alternation(counting(2, 6)) + r"|[2-6])\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s"
                              r"(?:\s+[a-z-]+){0,3}\s*[.:]$")


def _counted_clauses(page: str, follow: Sequence[tuple[int, int]], told: re.Match[str] | None) -> tuple[str, ...]:
    """The items of a counted lead-in ("Three things held value back.") written as the clauses of the one sentence
    after it, split at its semicolons ("In the US, ...; the retailers kept ...; and in Europe ..."): exactly as many
    clauses as the count, each of three words or more; () otherwise. General rule (session 30): a count is of the
    items the text sets apart, and semicolons inside one sentence set them apart as sentences would."""
    if told is None or not follow:
        return ()
    first = " ".join(page[follow[0][0] : follow[0][1]].split())
    parts = [p.strip() for p in re.split(r";\s+(?:and\s+|or\s+)?", first)]
    if len(parts) != _COUNT_WORD_VALUES[told.group(1).lower()] or any(len(p.split()) < 3 for p in parts):
        return ()
    return tuple(parts)


# a closing tail naming who said the sentence: "..., she said.", "..., the analysts say.", "..., according to Linfield."
_SAID_TAIL = re.compile(r",\s*(?:(?:he|she|they|it|we|(?:the\s+)?[A-Za-z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
                        r"(?:said|says?|added|adds?|explained|explains?|noted|notes?|argued|argues?|reckons?|reckoned)|"
                        r"(?:said|says|added|explained|noted)\s+(?:[A-Z][\w&.'’-]*\s*){1,4}|"
                        r"according\s+to\s+(?:the\s+)?[A-Za-z][\w&.'’-]*(?:\s+[A-Za-z][\w&.'’-]*){0,3})\s*([.:])[\"'”’)]*\s*$")


def _unattributed(text: str) -> str:
    """``text`` without a closing tail that names who said it ("The gain came from three sources, she said." -> "The
    gain came from three sources."). GENERAL rule (session 33, #11): a report quoting an analyst or an executive
    announces what follows as it would in its own voice; the attribution is not part of what is announced."""
    m = _SAID_TAIL.search(text)
    return text[: m.start()] + m.group(1) if m else text


def _announces(text: str) -> bool:
    """Does a sentence announce what follows it: it ends with a colon, or closes on a count of ways, kinds or
    things ("... priced in one of two ways."), or it is the report's own question ("Why did value outgrow volume?"):
    GENERAL rule: a question a report asks in its prose is answered by the sentences after it in its paragraph."""
    return text.rstrip().endswith((":", "?")) or bool(_ANNOUNCE.search(text.strip()))


def _paragraph_break(page: str, a: int, b: int) -> bool:
    return page[a:b].count("\n") >= 2


def _following(page: str, spans: Sequence[tuple[int, int]], i: int, most: int = 5) -> list[tuple[int, int]]:
    """The sentences after span ``i`` in its paragraph (up to ``most``), stopping at a blank line, a heading, a
    bullet or a table row; a lead-in that ends its paragraph with a colon takes the next paragraph."""
    out: list[tuple[int, int]] = []
    k = i + 1
    if k < len(spans) and _paragraph_break(page, spans[i][1], spans[k][0]) and not page[spans[i][0] : spans[i][1]].rstrip().endswith(":"):
        return out
    while k < len(spans) and len(out) < most:
        x, y = spans[k]
        t = " ".join(page[x:y].split())
        if out and _paragraph_break(page, spans[k - 1][1], x):
            break
        prose = len(t.split()) >= 3 and bool(re.search(r"[a-z]{2,}[^.!?]*[.!?][\"'”’)]*$", t))
        if _BULLET.match(page[x:y]) or (is_heading(t) and "\n" not in page[x:y].strip()) or not prose:
            break
        out.append((x, y))
        k += 1
    return out


_RANK_HEAD = re.compile(r"(?i)\b(?:largest|biggest|most|top|led|leading|highest|fastest|first\s+place|number\s+one)\b")
_NAME_RUN = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&))*"
_RANK_NEXT = re.compile(
    rf"^\s*(?:(?:{_NAME_RUN})\s+(?:followed|came\s+(?:second|third|next)|was\s+(?:second|third|next)|"
    rf"ranked\s+(?:second|third|next)|trailed|(?:was|were|is|are)\s+(?:the\s+)?(?:second|third|next)\b)|"
    rf"Next\s+(?:came|was|were)\b|(?:Behind|After)\s+(?:it|them|{_NAME_RUN})\s*(?:,|came|were|was)|"
    rf"(?:Second|Third)\s+(?:place\s+)?(?:went|was|came)\b|Then\s+came\b)"
)


# a sentence stating a forecast ("Odometrix now expects sales to rise ...", "We forecast ..."), and a sentence going on
# with the same forecaster's forecast: "It expects ...", "It also forecasts ...", "By 2029 it expects ..."
_FORECAST_HEAD = re.compile(r"(?i)(?<!\bthe\s)(?<!\bits\s)(?<!\bits\snew\s)(?<!\btheir\s)(?<!\ba\s)(?<!\bthis\s)"
                            r"(?<!\bthat\s)\b(?:expects|forecasts|projects|predicts|now\s+expects?|now\s+forecasts?)\b"
                            r"(?!\s+(?:of|for|was|is|were|are|had|has)\b)")  # the verb, never the noun ("raised the forecast")
_FORECAST_NEXT = re.compile(r"(?i)^\s*(?:(?:By|In|For|Over|Beyond)\s+[^,.;]{1,30}?,?\s+)?(?:it|they|he|she)\s+(?:also\s+|now\s+|still\s+)?"
                            r"(?:expects?|forecasts?|projects?|predicts?|sees?)\b")


def _forecast_after(page: str, spans: Sequence[tuple[int, int]], i: int) -> list[tuple[int, int]]:
    """The sentences right after span ``i`` in its paragraph that go on with its forecast by the same forecaster ("It
    expects the average price to rise 2.0% ...", "By 2029 it expects ..."), up to three. GENERAL rule (session 28, #11):
    what a forecaster expects, said over several sentences, is one forecast; "what does X forecast" is answered by
    all of it."""
    out: list[tuple[int, int]] = []
    k = i + 1
    while k < len(spans) and len(out) < 3:
        x, y = spans[k]
        if _paragraph_break(page, spans[k - 1][1], x) or not _FORECAST_NEXT.match(" ".join(page[x:y].split())):
            break
        out.append((x, y))
        k += 1
    return out


def _ranking_after(page: str, spans: Sequence[tuple[int, int]], i: int) -> list[tuple[int, int]]:
    """The sentences right after span ``i`` that go on with its ranking ("Japan followed with ...", "Next came
    ...", "Behind it, ..."), in the same paragraph."""
    out: list[tuple[int, int]] = []
    k = i + 1
    while k < len(spans) and len(out) < 3:
        x, y = spans[k]
        if _paragraph_break(page, spans[k - 1][1], x) or not _RANK_NEXT.match(" ".join(page[x:y].split())):
            break
        out.append((x, y))
        k += 1
    return out


def _unmarked_items(page: str, spans: Sequence[tuple[int, int]], j: int, most: int = 12) -> list[tuple[int, int]]:
    """The items of a list whose markers the page lost (HTML list items read as lines or paragraphs): from span
    ``j`` on, consecutive spans that open in lower case, each on a line of its own, all but the last ending with
    ";" (or "; and"/"; or") and the last with ";" or "."; none when fewer than two such spans follow. An item ending
    with ";" may open with a name ("Norrmart Select passed EUR 1 billion of sales;"): the semicolons mark the list; after
    two or more items opening in capitals, the last (ending with ".") may open in capitals too."""
    out: list[tuple[int, int]] = []
    for x, y in spans[j : j + most]:
        t = page[x:y].strip()
        opens = re.match(r"[a-z]", t) or re.search(r";(?:\s*(?:and|or))?$", t)
        # the item closing the list ends with "." and opens as the items before it did: in capitals after items that
        # all opened in capitals ("... dearer abroad;" then "Prices of pre-owned watches fell ... to resell.")
        opens = opens or (len(out) >= 2 and t.endswith(".")
                          and all(re.match(r"[A-Z]", page[a:b].strip()) for a, b in out) and re.match(r"[A-Z]", t))
        if not opens or "\n" not in page[max(0, x - 2) : x] and x > 0:
            break
        out.append((x, y))
        if not re.search(r";(?:\s*(?:and|or))?$", t):
            if not t.endswith("."):
                out.pop()
            break
    return out if len(out) >= 2 and re.search(r";(?:\s*(?:and|or))?$", page[out[0][0] : out[0][1]].strip()) else []


_ITEM_LABEL = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}:\s+\S")
# a label with its apposition before the colon ("Northwind Cinemas, owned by Contoso of the US: 1,480 screens")
_APPOSED_LABEL = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4},(?:\s+[\w'’&.-]+){1,10}:\s+\S")


def _labelled_items(page: str, spans: Sequence[tuple[int, int]], j: int, most: int = 12
                    ) -> tuple[list[tuple[int, int]], int]:  # fmt: skip
    """The items of a list whose markers the page lost, written as paragraphs that each open with a short label and
    a colon ("Slow approvals: rate filings took more than a year ..."): from span ``j`` on, each paragraph that opens
    so is one item (its further sentences included); none when fewer than two such paragraphs follow. Returns the
    items and the index of the first span after them. Rule: a lead-in ending with a colon announces every such
    paragraph after it, not only the first."""
    out: list[tuple[int, int]] = []
    k = j
    while k < len(spans) and len(out) < most:
        x, y = spans[k]
        para = page[x:].split("\n\n", 1)[0]  # "Better products. Retailers have ...": a titled paragraph is one too
        if not _paragraph_break(page, spans[k - 1][1], x) or not (_ITEM_LABEL.match(page[x:y].strip())
                                                                   or paragraph_items.titled(para)):
            break
        k += 1
        while k < len(spans) and not _paragraph_break(page, spans[k - 1][1], spans[k][0]):
            y = spans[k][1]  # the item's further sentences, in its paragraph
            k += 1
        out.append((x, y))
    return (out, k) if len(out) >= 2 else ([], j)


def _bullets_after(page: str, spans: Sequence[tuple[int, int]], i: int) -> list[tuple[int, int]]:
    """The bullet lines right under the heading at span ``i`` (no other line between), up to the first line that
    is not a bullet."""
    out = []
    for x, y in spans[i + 1 :]:
        if not _BULLET.match(page[x:y]):
            break
        out.append((x, y))
    return out


def _more_forms(page: str, spans: Sequence[tuple[int, int]], i: int, c: Candidate) -> list[Candidate]:
    """The other readings of sentence ``c`` (``prose_reasons``): with the sentences after it that explain the
    change it states (an "effect"), or as the list it holds after a lead-in ("inline")."""
    out = []
    after = reasons.paragraph_after(page, list(spans), i)
    # a change with the sentences explaining it, or with those spelling out the general cause it gives itself
    effect = reasons.explained_effect(c.text, after) or reasons.spelled_out_cause(c.text, after)
    if effect:
        end = spans[i + len(effect)][1]
        out.append(replace(c, end=end, kind="list", items=effect, form="effect",
                           years=frozenset(_years(c.text + " " + " ".join(effect)))))  # fmt: skip
    inline = reasons.inline_items(c.text)
    if inline and not claims(" ".join(inline[1])):
        later = reasons.apposed_members(inline[0], reasons.paragraph_after(page, list(spans), i))
        out.append(replace(c, kind="list", items=(*inline[1], *[m for m in later if m not in inline[1]]), form="inline"))
    assumed = items.assumption_items(c.text) if not inline else None
    if assumed:  # "Our bear case assumes that A, that B and that C": what is assumed, one item per clause
        out.append(replace(c, kind="list", items=assumed[1], form="inline"))
    return out


def candidates(hits: Sequence[Hit], page_text: Callable[[str, int], str | None] | None = None,
               max_pages: int = MAX_PAGES) -> list[Candidate]:  # fmt: skip
    """The candidates of the pages the top hits come from (the chunk text itself when no page text is at
    hand), each page once, with the rank of its best hit."""
    seen: dict[tuple[str, int], int] = {}
    texts: dict[tuple[str, int], tuple[str, Hit]] = {}
    for rank, hit in enumerate(hits):
        c = hit.chunk
        for p in range(c.page, c.page_end + 1):
            key = (c.doc_id, p)
            if key in seen:
                continue
            if len(seen) >= max_pages:
                break
            text = page_text(c.doc_id, p) if page_text is not None else None
            if text is None:
                text = c.text if p == c.page else ""
            seen[key] = rank
            texts[key] = (text, hit)
    out: list[Candidate] = []
    for (doc_id, p), (text, hit) in texts.items():
        c = hit.chunk
        found = page_candidates(text, doc_id=doc_id, doc=c.doc, source=c.source, page_no=p, meta=hit.meta,
                                rank=seen[(doc_id, p)])  # fmt: skip
        if page_text is not None:
            found = [_continued_list(x, text, lambda: page_text(doc_id, p + 1)) for x in found]
            found = [_lead_closing_page(x, text, lambda: page_text(doc_id, p + 1)) for x in found]
            found = [_counted_list_across(x, text, lambda: page_text(doc_id, p + 1)) for x in found]
        found = [x for x in found if x.form != "lead"]  # a lead-in whose items were not found says nothing itself
        out.extend(found)
    return out


def _lead_closing_page(c: Candidate, page: str, next_page: Callable[[], str | None]) -> Candidate:
    """A lead-in ending with a colon that closes its page ("Shoppers give the same handful of reasons:"): the list of
    the item paragraphs opening the next page (``prose_paragraph_items``), or the sentence as it was."""
    if c.form != "lead" or page[c.end :].strip():
        return c
    found = paragraph_items.items_opening(next_page() or "")
    return replace(c, kind="list", items=tuple(found), form="", years=frozenset(_years(c.text + " " + " ".join(found)))) \
        if found else c


def _continued_list(c: Candidate, page: str, next_page: Callable[[], str | None]) -> Candidate:
    """A list of labelled paragraphs (``_labelled_items``) that runs to the end of its page, with the labelled
    paragraphs that open the next page: one list across the page break (a list cut at the break is shown as whole,
    "a list of two" for four reasons, otherwise)."""
    if c.kind != "list" or len(c.items) < 2 or page[c.end :].strip() \
            or not all(_ITEM_LABEL.match(it) or _APPOSED_LABEL.match(it) or paragraph_items.titled(it) for it in c.items):
        return c
    after = next_page() or ""
    more = []
    for para in re.split(r"\n\s*\n", after.strip()):
        para = " ".join(para.split())
        if not (_ITEM_LABEL.match(para) or paragraph_items.titled(para)) or _BULLET.match(para) or is_heading(para):
            break
        more.append(para)
    return replace(c, items=(*c.items, *more)) if more else c
_COUNT_WORDS = counting(2, 7)
# a lead-in counting its items: "The downgrade has three causes:", "Orders rose for two reasons, both passing:"
_COUNTED_LEAD = re.compile(r"(?i)\b(?P<n>" + alternation(_COUNT_WORDS) + r")\s+(?:[a-z-]+\s+)?(?:things|factors|reasons|causes|"
                           r"drivers|forces|risks|developments|headwinds|tailwinds|changes|steps|ways|groups|trends|"
                           r"lessons|questions|options|priorities)\b")
# a block carried over from the page before: "Table 3 (continued)", "Risk factors (cont'd)"
_CARRIED_OVER = re.compile(r"(?i)\((?:continued|cont['’]?d\.?)\)|\b(?:continued|cont['’]d)\s*$")
# what may follow a list at the foot of its page: a footnote ("¹ Consumption as ...", "1 Excludes ..."), a page number
_PAGE_FOOT = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]|\(?\d{1,2}\)?\s+[A-Z]|page\s+\d+(?:\s+of\s+\d+)?\s*$|\d+\s*$)", re.I)


def _counted_list_across(c: Candidate, page: str, next_page: Callable[[], str | None]) -> Candidate:
    """A list whose lead-in counts its items ("The downgrade has three causes:") and which holds fewer of them when its
    page ends (nothing after it but footnotes and the page number): the items opening the next page, in the list's
    own form (bullet lines, or paragraphs going on in lower case), up to the count. Rule: a counted list is one list
    across a page break; a list shown as "a list of two" for three causes is cut short."""
    m = _COUNTED_LEAD.search(c.text) if c.kind == "list" and c.items else None
    if m is None or len(c.items) >= _COUNT_WORDS[m.group("n").lower()]:
        return c
    rest = [ln for ln in page[c.end :].splitlines() if ln.strip()]
    # the footnote's wrapped lines go with it: only what follows a footnote marker, up to the page's end, may be there
    if rest and not _PAGE_FOOT.match(rest[0]):
        return c
    lines = (next_page() or "").strip().splitlines()
    if lines and _CARRIED_OVER.search(lines[0]) and any(_BULLET.match(ln) for ln in page[c.start : c.end].splitlines()):
        # "Table 3 (continued)", its rows and note open the next page: a table carried over from the page before
        # stands between the break and the bullets that go on with the list. GENERAL rule (session 31, #11): a block
        # the page calls continued is no end of a bulleted list; its items go on at the first bullet line after it
        at = next((i for i, ln in enumerate(lines) if _BULLET.match(ln)), None)
        lines = lines[at:] if at is not None else []
    want = _COUNT_WORDS[m.group("n").lower()] - len(c.items)
    more: list[str] = []
    if lines and _BULLET.match(lines[0]):  # bullet items: a bullet line and its wrapped lines, to a line ending a clause
        cur: list[str] = []
        for ln in lines:
            if _BULLET.match(ln) and cur:
                more.append(" ".join(cur))
                cur = []
            if not cur and not _BULLET.match(ln):
                break
            cur.append(_BULLET.sub("", ln, count=1).strip() if not cur else ln.strip())
            if re.search(r"[.;]\s*$", ln) and len(more) + 1 >= want:
                break
        if cur:
            more.append(" ".join(cur))
    else:  # paragraph items going on the lead's sentence in lower case ("tariffs on steel ...;")
        for para in re.split(r"\n\s*\n", "\n".join(lines)):
            para = " ".join(para.split())
            if not para or not para[0].islower():
                break
            more.append(para)
    more = [" ".join(x.split()) for x in more[:want] if x.strip()]
    return replace(c, items=(*c.items, *more)) if more else c


# "Two things held back orders.", "Three factors pushed prices down:": a count of causes whose items follow
_COUNT_LEAD = re.compile(r"(?i)\b(?:" + alternation(counting(2, 5)) + r"|several|a\s+few)\s+(?:main\s+|key\s+|big\s+|"
                         r"major\s+|separate\s+)?(?:" + alternation((*CAUSE_NOUNS, "tailwinds")) + r")\b")
# "Two shifts explain the reshuffle.": any counted plural said to cause the change it names after the verb
_COUNTED_CAUSE = re.compile(r"(?i)\b(?:two|three|four|five|several)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\s+(?:explain|explained|"
                            r"drove|drive|lie\s+behind|lay\s+behind|are\s+behind|were\s+behind|account\s+for|"
                            r"accounted\s+for|caused|cause)\s+(?:the|this|that|these|its|their)\s+(?P<effect>[^.;:]{3,80})")


_ENUM_ITEM = re.compile(r"^\s*(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth|Fifth|Finally|Lastly|Another|"
                        r"The\s+(?:first|second|third|other|last))\b")


def _opens_with_name(sentence: str, lower_words: set[str]) -> bool:
    """Does a sentence open with a name ("Amazon's Project Kuiper launched ...", "Eutelsat, which ...")? Its first
    word (after a time phrase) is capitalised and never written in lower case on the page (``lower_words``). Not
    "Its licence from the US ...": its first name comes later."""
    m = re.match(r"\s*(?:(?:In|On|By|During|At|Since|After)\s+[^,]{0,30},\s+)?([A-Z][\w&.-]*)", sentence)
    word = m.group(1).rstrip(".").lower() if m else ""
    return bool(word) and word not in _NOT_NAME and word not in lower_words
# a run-in heading: a short title-case phrase alone before a full stop ("Vault and Precious Metals.", "ATM Managed
# Services."), its words capitalised but for joining words, no figure, no verb form in lower case
_RUN_IN = re.compile(r"^\s*[A-Z][\w&'’-]*(?:\s+(?:and|of|&|the|for|in|[A-Z][\w&'’-]*)){0,6}\.\s*$")


def _run_in_heading(sentence: str) -> bool:
    """Is ``sentence`` a run-in heading of a filing's discussion (a title-case phrase ending in a full stop, two words
    or more or one capitalised segment name, never a name with a legal suffix)?"""
    return bool(_RUN_IN.match(sentence)) and not re.search(r"\b(?:Inc|Corp|Ltd|Co|LLC|plc)\.\s*$", sentence)


_NOT_NAME = set(
    """the a an in on at by for of to and or but this that these those it its we our they their each every all some
    i table note total fiscal year inc inc. corp corp. co co. ltd ltd. plc llc l.p. n.v. s.a. ag se company corporation registrant
    mr mrs ms miss dr
    january february march april may june july august september october november
    december""".split()
)


_FILING_TYPES = re.compile(r"(?i)^(?:10-?K|10-?Q|8-?K|20-?F|annual report|earnings|S-1|proxy)")


def is_filing(meta: Any) -> bool:
    """A company's own filing (10-K, 10-Q, 8-K, earnings release...): everything in it is about its filer."""
    return bool(meta is not None and getattr(meta, "company", None) and getattr(meta, "doc_type", None)
                and _FILING_TYPES.match(meta.doc_type or ""))  # fmt: skip


def unnamed_filer_docs(question_names_company: bool, docs: Sequence[Any]) -> set[str] | None:
    """The documents a quoted answer may come from when the question names no company: when the index holds
    the filings of two or more companies, a sentence of one filer's filing cannot be tied to a question that
    does not say which company it is about, so only the documents that are not filings remain (industry
    reports); None (no restriction) when the question names a company or the index holds one filer only."""
    if question_names_company:
        return None
    filers = {d.company for d in docs if is_filing(d)}
    if len(filers) < 2:
        return None
    return {d.doc_id for d in docs if not is_filing(d)}


_ASKED_TYPES = [
    (re.compile(r"(?i)\b10-?K\b|\bannual\s+report\b"), "10-K"),
    (re.compile(r"(?i)\b10-?Q\b|\bquarterly\s+report\b"), "10-Q"),
    (re.compile(r"(?i)\b8-?K\b"), "8-K"),
    (re.compile(r"(?i)\bearnings\s+(?:release|report|press\s+release)\b|\bpress\s+release\b"), "earnings"),
]  # fmt: skip


def report_type(doc_type: str | None) -> str | None:
    """The kind of filing a document type names ("10-K", "10-Q", "8-K", "earnings"), or None."""
    for rx, kind in _ASKED_TYPES:
        if rx.search(doc_type or ""):
            return kind
    return "earnings" if re.match(r"(?i)earnings", doc_type or "") else None


_REPORT_WORDS = re.compile(
    r"(?i),?\s*\b(?:(?:as\s+)?(?:mentioned|stated|reported|disclosed|described|named|listed)\s+)?(?:in|per|from)\s+"
    r"(?:this|the|its|their|that)\s+(?:10-?K|10-?Q|8-?K|annual|quarterly)(?:\s+(?:report|filing))?\b"
)


def without_report_words(question: str) -> str:
    """The question without the words naming the report ("mentioned in this 10-K report"): they say where to
    look, not what the answer says, so a search within the asked report leaves them out."""
    return re.sub(r"\s+([?.!,])", r"\1", " ".join(_REPORT_WORDS.sub(" ", question).split()))


def asked_report_types(question: str) -> set[str]:
    """The report types a question names ("in this 10-K", "the 10-Q", "its annual report", "the 8-K")."""
    return {kind for rx, kind in _ASKED_TYPES if rx.search(question)}


def _of_period(meta: Any, period: str) -> bool:
    """Is ``meta`` a report of ``period`` ("FY2019": its fiscal year; "Q2 2023": that quarter's report)?"""
    m = re.fullmatch(r"Q([1-4]) (\d{4})", period)
    if m:
        return doc_quarter(meta) == (int(m.group(1)), int(m.group(2)))
    return doc_year(meta) == int(period[2:])


def asked_report_docs(question: str, docs: Sequence[Any]) -> set[str] | None:
    """The documents of ``docs`` a quoted answer may come from when the question states the report type or the
    fiscal period it is about: a filing (``is_filing``) of another type ("this 10-K" asked, a 10-Q paragraph) or
    of another period ("FY2019" asked, the FY2022 10-K) does not answer for it, however close its wording; reports
    that are not filings are kept (their period is the scoring's business). The period restricts only when some
    filing of ``docs`` is of a period the question names (``text.periods.periods_named``): a question about a
    year no report of the index is for may still be answered from a later report that states it, by type.
    None when the question states neither (no restriction)."""
    types = asked_report_types(question)
    periods = periods_named(question)
    filings = [d for d in docs if is_filing(d)]
    if types:
        filings = [d for d in filings if report_type(d.doc_type) in types]
    by_period = [d for d in filings if any(_of_period(d, p) for p in periods)]
    if not types and not by_period:
        return None
    keep = by_period or filings
    return {d.doc_id for d in docs if not is_filing(d)} | {d.doc_id for d in keep}
