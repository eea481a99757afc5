"""Which rows of a table are a filer's members, and the measure a line says: ``_members_of`` (a block's member
rows: not totals, subtotals, corporate, eliminations, intersegment or reconciling items: ``_not_member``,
``_NEVER_MEMBER``, ``_set_aside``, ``_ratio_row``; places or regions when asked: ``_geographic``), the segments a
filer's own sentence lists (``segments_listed``, ``_segments_named``), a title, caption or line saying the measure
and no other (``says_measure``, ``narrowed``, ``_title_above``) and a revenue or numerator row (``_REVENUE_ROW``,
``_NUM_ROW``). Reads ``member_asks.py``.
"""

from __future__ import annotations

import re

from ..text.months import MONTH_ABBR
from . import prose_pdf_tables as pdf_tables
from .prose_places import place_key
from .member_asks import _COUNTS, _MEASURES, stated_count


# one cell of a table row as a PDF's text gives it: "$ 11,572.0", "(194.1)", "61 %", "-", "—"
_CELL = re.compile(r"(?:[$€£]|\(?-?\d(?:[\d,]*\d)?(?:\.\d+)?\)?%?|%|[-–—])")
_MONTH = re.compile(r"(?i)^" + MONTH_ABBR + r"[a-z]*\.?$")
# a block's title ending with a colon, run into its first row's label: "Net sales: Northern Region $ 1,204.5 ..."
_TITLE_RUN_IN = re.compile(r"^(?P<title>[A-Z][A-Za-z ,&'’()-]{2,50}:)\s+(?=[A-Z])")


def split_joined_rows(page: str) -> str:
    """``page`` with each line that a PDF's text extraction ran two or more table rows into ("Bakery 2,259.4 1,732.4
    1,694.6 Frozen Foods 1,845.7 1,487.8 1,588.8") cut back into one line per row, and a block's title run into its
    first row ("Net sales: Bakery $ 1,204.5 ...") put on a line of its own. General rule: a line reading label,
    cells, label, cells ... with the same number of cells (two or more) after every label, each label opening with
    a capital, is that many rows of one table; a line of any other shape is left as it is."""
    out = []
    for line in page.split("\n"):
        runs = _row_runs(line)
        if runs is None:
            out.append(line)
            continue
        if len(runs) < 2:
            out.append(line)  # one row ("Net sales: Marine $ 310.2 ..." is a row named by measure and member)
            continue
        rows = []
        for row in runs:
            m = _TITLE_RUN_IN.match(row)
            rows.extend([m.group("title"), row[m.end():]] if m and _row_runs(row[m.end():]) is not None else [row])
        out.extend(rows if len(rows) >= 2 else [line])
    return "\n".join(out)


def _row_runs(line: str) -> list[str] | None:
    """The rows of a line of alternating labels and cell runs (each run the same length, two or more, and holding a
    number), or None."""
    tokens = line.split()
    rows: list[tuple[list[str], list[str]]] = []
    for tok in tokens:
        cell = bool(_CELL.fullmatch(tok))
        if not cell:
            if rows and rows[-1][1]:
                rows.append(([tok], []))
            elif rows:
                rows[-1][0].append(tok)
            else:
                rows.append(([tok], []))
        else:
            if not rows:
                return None
            rows[-1][1].append(tok)
    if not rows:
        return None
    counts = {sum(1 for t in cells if re.search(r"\d", t)) for _, cells in rows}
    if len(counts) != 1 or min(counts) < 2 or any(not cells for _, cells in rows):
        return None
    if any(not label[0][:1].isupper() for label, _ in rows):
        return None
    if any(_MONTH.match(label[0]) for label, _ in rows) or all(
            re.fullmatch(r"(?:19|20)\d\d", c) for _, cells in rows for c in cells if re.search(r"\d", c)):
        return None  # column heads of dates ("December 31, 2025 September 30, 2025") or years, no rows
    return [" ".join(label + cells) for label, cells in rows]


# words that make a block another measure than the one its measure word names ("Cost of revenues")
_OTHER = re.compile(r"(?i)\b(?:costs?|expenses?|deferred|unearned|returns?|allowances?|receivables?|assets?|"
                    r"depreciation|additions|capital)\b")
_NOT_MEMBER = re.compile(r"(?i)\b(?:total|totals|subtotal|combined|consolidated|unallocated|eliminations?|"
                         r"reconcil\w*|adjust\w*|intersegment|inter-segment|corporate|affiliates|non-?reportable|"
                         r"deferr\w*|net\s+effect)\b|"
                         # a gain or loss on a sale reconciles the segments' total to the company's (#10, session 28)
                         r"^\s*(?:net\s+)?\(?(?:gains?|losses?)\)?(?:\s+and\s+losses?)?\s+on\s+(?:the\s+)?(?:sales?|"
                         r"disposals?|divestitures?|dispositions?)\b|"
                         r"^\s*(?:all\s+)?others?\b")  # "Other", "All other"; "Entertainment, retail and other" is one


def _not_member(label: str) -> bool:
    """Whether a row label is no member (``_NOT_MEMBER``); "Other <place>" ("Other International", "Other Asia") is a
    residual region reported as a member of its own, not the residual "Other" row."""
    m = _NOT_MEMBER.search(label)
    if m is None:
        return False
    rest = re.match(r"(?i)^\s*(?:all\s+)?other\s+(?P<rest>.+)$", label)
    if rest and m.start() == 0 and not _NOT_MEMBER.search(rest.group("rest")) and \
            (_REGION_NAMES.search(rest.group("rest")) or _GEO_WORDS.search(rest.group("rest"))):
        return False
    return True
_GEO_WORDS = re.compile(r"(?i)\b(?:north|south|east|west|northeast|northwest|southeast|southwest|central|eastern|"
                        r"western|northern|southern|international|domestic|americas?|pacific|atlantic|world|"
                        r"emerging\s+markets?|developed\s+markets?|overseas|mainland|greater|rest\s+of)\b")
# the measure first, then its member, after a colon or a spaced dash: "Net sales: Marine", "Revenues - Marine"
_MEASURE_FIRST = re.compile(r"^\s*(?P<measure>[A-Za-z][\w ,&'’()-]{2,60}?)(?::|\s+[-–—])\s+(?P<member>[A-Z][\w&.'’ ,()-]*)$")
_LABEL_SPLIT = re.compile(r"^\s*(?:segment\s*:\s*)?(?P<member>[A-Z][\w&'’ ,.-]*?)\s+[-–—:]\s+(?P<measure>.+)$", re.I)


def says_measure(text: str, measure: str) -> bool:
    """Whether a block title, caption or label says ``measure`` and is not another measure built on its word."""
    return bool(re.search(rf"(?i)\b(?:{_MEASURES[measure][1]})\b", text)) and not _OTHER.search(text)


# words before a measure's name that narrow nothing: the whole, its basis, the members' kind, articles
_PLAIN_BEFORE = {"total", "net", "segment", "segments", "reportable", "consolidated", "company", "group", "external",
                 "gross", "operating", "fiscal"}
# where the noun phrase of the measure begins (an article, a possessive, a preposition: "percentage of net sales"),
# or a caption sentence's verb before it ("The following table presents revenue by segment"): nothing narrows it
_CAPTION_WORDS = {"presents", "present", "presented", "shows", "show", "summarizes", "summarises", "summarize", "sets",
                  "forth", "provides", "includes", "lists", "reflects", "following", "below", "table", "tables",
                  "from", "to", "with", "on", "at", "is", "are", "was", "were", "as", "follows", "our", "the", "its",
                  "their", "a", "an", "of", "by", "in", "for", "and", "&",
                  # a heading's own nouns: "Business Segment Information Net Sales", "Selected Financial Data Revenue"
                  "information", "data", "results", "summary", "highlights", "details"}


# the last word of a measure's name: heads naming two measures side by side end one name with it
_MEASURE_ENDS = {"revenue", "revenues", "sales", "profit", "income", "noi", "ebit", "ebitda", "ebitdar"}


def narrowed(text: str, measure: str, question: str) -> bool:
    """Whether a block's title or caption names a part of the measure the question does not ask: a word right before
    the measure's name ("Subscription revenue by segment", "Product sales by region", "Services revenue") that is
    not a plain word of the whole (total, net, segment, consolidated, ...) and is not in the question. General
    rule: a ranking by a measure is read from the block of that measure, never from a block of one part of it (a
    segment note's subscription revenue is not its revenue)."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", question)}
    for m in re.finditer(rf"(?i)\b(?:{_MEASURES[measure][1]})\b", text):
        # the phrase begins after an opening parenthesis or a stop ("by region (passenger revenue in millions")
        for w in reversed(re.findall(r"[A-Za-z][A-Za-z-]*", re.split(r"\(|[;:.]\s", text[:m.start()])[-1])[-3:]):
            lw = w.lower()
            if lw in _CAPTION_WORDS or lw in _MEASURE_ENDS:
                break  # the phrase's start, or the end of another measure's name ("Net Revenue Operating Profit")
            if lw in _PLAIN_BEFORE or lw in asked:
                continue
            return True
    return False


_REGION_NAMES = re.compile(r"\b(?:America|Europe|Asia|Africa|Middle\s+East|Latin|Oceania|EMEA|APAC|APLA|LATAM|"
                           r"U\.?S\.?A?|United\s+States|United\s+Kingdom|UK|Canada|Mexico|China|Japan|India|"
                           r"Australia|Brazil|Korea)\b")


def _geographic(label: str) -> bool:
    """Whether a row label names a place or a region ("Greater China", "Europe, Middle East & Africa", "East")."""
    return bool(_REGION_NAMES.search(label) or _GEO_WORDS.search(label)
                or any(place_key(w) for w in re.findall(r"[A-Z][a-z]+", label)))


_HEAD_WORDS = re.compile(r"(?i)%|\bchange\b|\bended\b|\bmonths\b|\bweeks\b|\bfiscal\b|\byears?\b|"
                         r"\bquarters?\b|\bin\s+(?:millions|thousands|billions)\b|^\(.*\)$|\bunaudited\b")


def _title_above(page: str, row: pdf_tables.Row) -> str:
    """The title line right above a block's first row: a line with no figures ("REVENUES", "Revenues", "Net sales by
    segment:"), or ""."""
    before = page[: row.start].rstrip("\n").split("\n")
    for line in reversed(before[-2:]):
        text = line.strip()
        if not text:
            continue
        if re.search(r"\d", text) or len(text.split()) > 8 or _HEAD_WORDS.search(text):
            return ""  # a line of the column heads ("% Change", "(In millions)", "Year ended"), no title
        return text.rstrip(":")
    return ""


# the filer's sentence naming its segments: "The Company's operations are conducted in three reportable segments:
# Contoso U.S., Contoso International and Fabrikam Club." (a period inside a name, "U.S.,", does not end it)
_SEGMENTS_NAMED = re.compile(r"(?i)\b(?:(?P<n>two|three|four|five|six|seven|eight|[2-8])\s+)?(?:reportable|operating|"
                             r"business)\s+segments?\s*(?::|,|[–—]|\s-\s|\bare\b|\bwere\b|\bconsist(?:s|ing)?\s+of\b|"
                             r"\bcomprised?\s+of\b)\s*(?P<list>[A-Z].*?)(?=\.\s+[A-Z(]|\.\s*$|;|\n\s*\n)", re.S)


def segments_listed(page: str) -> bool:
    """Whether the page's own sentence or bulleted lead-in lists the filer's segments (``_segments_named``)."""
    return _segments_named(page) is not None


def _segments_named(page: str) -> list[str] | None:
    """The segment names the page's sentence lists, in its order; None when no sentence, two sentences naming other
    lists, or a count stated that is not the list's."""
    found = []
    for m in _SEGMENTS_NAMED.finditer(page):
        text = " ".join(m.group("list").split())
        # "A, B and C, as well as a Corporate/Other segment": the list ends before what it adds besides
        text = re.split(r",?\s+(?:as\s+well\s+as|in\s+addition\s+to|along\s+with|plus)\s", text)[0]
        names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if n.strip()]
        if len(names) < 2 or any(len(n.split()) > 5 or not n[:1].isupper() for n in names):
            continue
        if m.group("n") and (_COUNTS.get(m.group("n").lower()) or int(m.group("n"))) != len(names):
            continue
        found.append(names)
    for m in _SEGMENTS_LISTED.finditer(page):
        # "We have the following reportable segments:" then "• Digital Media—Our Digital Media segment provides ..."
        names = []
        for line in page[m.end():].split("\n")[1:12]:
            item = re.match(r"^\s*[•·▪‣\-–]\s*(?P<name>[A-Z][\w&'’.]*(?:\s+[\w&'’.]+){0,4}?)\s*(?:—|–|:|\s-\s)", line)
            if item:
                names.append(item.group("name").strip())
            elif re.match(r"^\s*[•·▪‣]", line) or not names and line.strip():
                break
        count = m.group("n") and (_COUNTS.get(m.group("n").lower()) or int(m.group("n")))
        if len(names) >= 2 and (not count or count == len(names)):
            found.append(names)
    if not found or any(f != found[0] for f in found):
        return None
    return found[0]


# a lead-in announcing the segments as a list of bullets: "We have the following reportable segments:"
_SEGMENTS_LISTED = re.compile(r"(?i)\b(?:the\s+following|these)\s+(?:(?P<n>two|three|four|five|six|seven|eight|[2-8])\s+)?"
                              r"(?:reportable|operating|business)\s+segments?\s*:[^\n]*$", re.M)


# a question ranking the filer's lines of revenue ("which revenue line", "which of its revenue streams", "which type
# of sales"), whose members a statement names by the measure ("Subscription revenue"), unlike segments or regions
_LINES_ASKED = re.compile(r"(?i)\b(?:revenue|sales)\s+(?:lines?|streams?|sources?|types?|categor(?:y|ies))\b|"
                          r"\b(?:lines?|streams?|sources?|types?|categor(?:y|ies))\s+of\s+(?:revenues?|sales)\b")


# a caption or column head saying its rows are the filer's members ("Segment revenue and adjusted EBITDA", "Segment")
_MEMBERS_TABLE = re.compile(r"(?i)\b(?:segments?|regions?|divisions?|geographic\w*|business\s+units?)\b")


# a row stating each cell as a ratio of another figure ("Percentage of total revenue 64% 61% 58%", "As a % of net
# sales"): the share of the row above it, no member of its own
_RATIO_ROW = re.compile(r"(?i)^\s*(?:percentage|percent|%|share|proportion)\s+of\b|\bas\s+an?\s+(?:percentage|percent|%)"
                        r"\s+of\b")


def _ratio_row(row: pdf_tables.Row) -> bool:
    """Whether a row is a ratio row under a member's row (``_RATIO_ROW``, every cell a percentage). General rule: a
    segment table printing each member's share of the total on the line under its amounts lists its members in the
    amount rows; the share lines are neither members nor rows left out."""
    return bool(_RATIO_ROW.search(row.label)) and all(c.endswith("%") for c in row.cells)


def _members_of(measure: str, table: pdf_tables.Table, page: str, whole: str = "", narrow: str = "",
                qualified: frozenset[str] = frozenset()) -> list[tuple[str, pdf_tables.Row]]:  # fmt: skip
    narrow = narrow or whole
    rows = [r for r in table.rows if not _ratio_row(r)]
    if not rows:
        return []
    split = [(m.group("member").strip(), r) for r in rows if (m := _LABEL_SPLIT.match(r.label))
             and says_measure(m.group("measure"), measure)]  # fmt: skip
    if len(split) >= 2 and not qualified:  # "East - NOI", "Central - NOI": each row says its own member and the measure
        return [(name, r) for name, r in split if not _not_member(name)]
    # the measure first, then its member: "Net sales: Marine Coatings", "Segment operating profit: Marine Coatings"
    # (a segment note flattened to one label per row); rows saying another measure so are no members of this one
    lead = [(m.group("member").strip(), m.group("measure"), r) for r in rows if (m := _MEASURE_FIRST.match(r.label))]
    split = [(name, r) for name, said, r in lead if says_measure(said, measure) and not narrowed(said, measure, narrow)]
    said_twice = {s.lower() for _, s, _ in lead if sum(x.lower() == s.lower() for _, x, _ in lead) >= 2}
    other = {s for s in said_twice if not says_measure(s, measure) and not _geographic(s)}
    if other and len(split) < 2:
        # "Attendance - U.S.", "Attendance - International": one quantity written before each member is the rows' own
        # measure (a place before the dash is a member's region, "North America - Retail"); those rows are no
        # members of another measure asked
        rows = [r for r in rows if not ((m := _MEASURE_FIRST.match(r.label)) and m.group("measure").lower() in other)]
        if not rows:
            return []
    if len(split) >= 2 and not qualified:
        if len({name for name, _ in split}) != len(split):
            return []  # one member twice under the measure: which row is its figure cannot be told
        return [(name, r) for name, r in split if not _not_member(name)]
    if _MEMBERS_TABLE.search(f"{table.caption} {table.heads}") and not _LINES_ASKED.search(whole) and not qualified:
        # a table the filer says lists its members ("Segment revenue and adjusted EBITDA", a "Segment" column head)
        # whose rows say member and measure: "Eastern revenue", "Eastern adjusted EBITDA"
        tail = re.compile(rf"(?i)^(?P<member>[A-Z][\w&.'’ -]*?)\s+(?:(?:adjusted|segment|net|total|operating)\s+)*"
                          rf"(?:{_MEASURES[measure][1]})\s*$")
        named = [(m.group("member").strip(), r) for r in rows if (m := tail.match(r.label))
                 and not _GENERIC.fullmatch(m.group("member")) and not _not_member(m.group("member"))]
        if len(named) >= 2 and len({n for n, _ in named}) == len(named):
            return named
    blocks = list(dict.fromkeys(r.block for r in rows))
    lines = bool(_LINES_ASKED.search(whole))
    if len(blocks) > 1:
        titled = {b: b or _title_above(page, next(r for r in rows if r.block == b)) for b in blocks}
        said_by = [b for b in blocks if says_measure(titled[b], measure) and not narrowed(titled[b], measure, narrow)
                   and _says_all(titled[b], qualified)]
        stated = len(said_by) == 1 and bool(_CHANGE_TITLE.match(titled[said_by[0]])) and stated_count(whole) is not None
        if not lines and not _MEMBERS_TABLE.search(f"{table.caption} {table.heads}") and not stated:
            return []  # rows under several sub-headings: which block is the measure's cannot be told (a statement's
            # "Revenue:" block lists revenue types, not the segments or regions asked); but one block stating the
            # measure's change ("Increases in net sales:") over as many members as the question counts is theirs
        # lines of revenue asked, on a statement's rows under several headings ("Revenue:" then "Cost of revenue:"),
        # or a table the filer says lists its members ("Segment results were as follows:") under one sub-heading per
        # measure ("Net sales:", "Operating profit:"): the one block whose title says the measure and no other;
        # none or two: which block cannot be told
        if len(said_by) != 1:
            return []
        rows = [r for r in rows if r.block == said_by[0]]
    said_other = [r for r in rows for name, (_, words) in _MEASURES.items()
                  if name != measure and re.search(rf"(?i)\b(?:{words})\s*$", r.label)]
    if len(said_other) >= 2:
        return []  # rows saying another measure ("Coastal net sales" when EBITDA is asked): none is a member of it
    title = rows[0].block or _title_above(page, rows[0])
    # the title among the head lines ("Passenger revenue and capacity by region" over "Region Rev. 2025 ...") speaks
    # for the table before a caption line of the prose above (the end of a paragraph on expenses)
    said = title or (table.heads if says_measure(table.heads, measure) else f"{table.caption} {table.heads}")
    if title and not says_measure(title, measure) and len(blocks) == 1 and says_measure(table.heads, measure) \
            and _CHANGE_TITLE.match(table.heads):
        said = table.heads  # a change block's title read as its own table's heads ("Increases in net sales:")
    totals_said = [r.label for r in rows if _TOTAL_ROW.search(r.label) and says_measure(r.label, measure)]
    if not title and not says_measure(said, measure) and len(totals_said) == 1 and \
            _MEMBERS_TABLE.search(f"{table.caption} {table.heads}"):
        # "Segment Information (in millions)" over rows closing on "Total revenue": a table the filer says lists its
        # members, whose one total line names the measure its rows add up to
        said = totals_said[0]
    if not says_measure(said, measure) or narrowed(said, measure, narrow):
        return []
    if qualified and not _says_all(f"{said} {table.caption} {table.heads} {' '.join(totals_said)}", qualified):
        return []  # a ranking asked on another basis: the block must say every word of it
    out = []
    # rows below the block's last total line ("Total segment operating profit", then "Restructuring charges",
    # "Divestiture loss", "Operating profit") reconcile the members' total to the filer's figure: no members, and
    # marked as left out, so that only a stated count of members lets the ranking hold
    totals = [k for k, r in enumerate(rows) if _TOTAL_ROW.search(r.label)]
    below = set(range(totals[-1] + 1, len(rows))) if totals and not lines else set()
    for k, r in enumerate(rows):
        if k in below:
            if not (_NEVER_MEMBER.search(r.label) or _set_aside(r.label, whole)):
                out.append(("", r))
            continue
        named = re.match(rf"(?i)^(?P<line>.+?)\s+(?:{_MEASURES[measure][1]})\s*$", r.label)
        if lines and named and not _not_member(r.label) and not _GENERIC.fullmatch(named.group("line")):
            out.append((r.label, r))  # "Hardware revenue", "Subscription and support revenue": a revenue line
            continue
        if _not_member(r.label) or re.search(rf"(?i)\b(?:{_MEASURES[measure][1]})\b", r.label):
            # totals, corporate, eliminations, reconciling items; a row saying the measure is no member's
            # ("Revenues", "Revenues from non-reportable segments"): a member is named, its measure is the block's
            if not (_TOTAL_ROW.search(r.label) or _NEVER_MEMBER.search(r.label) or _set_aside(r.label, whole)
                    or says_measure(r.label, measure) and len(r.label.split()) <= 3):
                out.append(("", r))  # a row left out that is no total: marked, the ranking may be missing a member
            continue
        out.append((r.label, r))
    return out


# rows that are never one of the filer's members: eliminations, intersegment amounts, reconciling items, amounts
# not allocated to any ("Corporate and Unallocated", "Elimination of Dual Credit"); a bare "Corporate" or "Other" may
# be a reportable segment of its own (some filers report one), so it is not set aside unless the question does
_NEVER_MEMBER = re.compile(r"(?i)\b(?:eliminations?|intersegment|inter-segment|reconcil\w*|unallocated|"
                           r"non-?reportable)\b")


def _set_aside(label: str, whole: str) -> bool:
    """Whether the question sets the row aside itself: "(excluding Corporate)", "other than Corporate", "Corporate
    set aside", "leaving out Other"."""
    words = [w for w in re.findall(r"[A-Za-z][\w&'’-]*", label) if w.lower() not in ("and", "the", "of")]
    if not words:
        return False
    name = r"\s+(?:and\s+|&\s+)?".join(re.escape(w) for w in words)
    return bool(re.search(rf"(?i)\b(?:excluding|excludes?|except(?:\s+for)?|other\s+than|leaving\s+out|"
                          rf"not\s+counting|without)\s+(?:the\s+)?{name}\b|\b{name}\s+(?:set\s+aside|excluded)\b",
                          whole))


# words before a measure that name no member of it ("Net revenue", "Total net sales", "Gross revenues")
_GENERIC = re.compile(r"(?i)(?:\s*\b(?:total|net|gross|operating|segment|reportable|consolidated|our)\b)+")
_TOTAL_ROW = re.compile(r"(?i)^\s*(?:total|subtotal|consolidated)\b|\btotal\s*$")


# a sub-heading over rows stating each member's change of the measure in percent, one column per year: "Increases in
# net sales:", "Percentage change in revenues:", "Growth in comparable sales:"
_CHANGE_TITLE = re.compile(r"(?i)^\s*(?:(?:percent(?:age)?|%)\s+)?(?:increases?|decreases?|(?:increases?|changes?)\s+"
                           r"\((?:decreases?)\)|changes?|growth)\s+in\b")


def _qualifier_stems(text: str) -> frozenset[str]:
    """The stems (first five letters) of a text's words of four letters or more."""
    return frozenset(w.lower()[:5] for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", text))


def _says_all(text: str, qualified: frozenset[str]) -> bool:
    return not qualified or qualified <= _qualifier_stems(text)


_REVENUE_ROW = re.compile(r"(?i)^(?:total\s+|net\s+|segment\s+)*(?:revenues?|(?:net\s+)?sales)(?:\s*\([^)]*\))?$")
_NUM_ROW = {"operating income": re.compile(r"(?i)^(?:segment\s+)?operating\s+(?:income|profit)(?:\s*\((?:loss)\))?"
                                           r"(?:\s*/\s*\(loss\))?$|^segment\s+(?:profit|income)(?:\s*\(loss\))?$"),
            "ebitda": re.compile(r"(?i)^(?:segment\s+)?(?:adjusted\s+)?EBITDA(?:\s*\([^)]*\))?$")}
