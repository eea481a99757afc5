"""Answers read from one filing's own pages rather than its facts: ``legal_answer`` (legal proceedings),
``member_margin_answer``, ``member_share_answer``, ``member_figure_answer`` (a named segment's figures from its
table's cells) and ``rows_share_answer`` (named rows' share of a total row), each cell cited (``_cell_inputs``).
Reads the modules before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..finance import formulas as calc
from ..finance.formulas import fmt
from ..finance.registry import metric_for_phrase
from ..finance.statements import page_scales
from ..query.entities import named_companies
from ..text.planted import strip_planted
from ..query.intent import asks_yes_no
from ..types import Answer, Fact
from . import fact_sentences
from . import member_asks, member_figures, metric_qualifiers, prose_legal, prose_pdf_tables, table_shares
from .wording import asks_reason, asks_which_member, without_why
from .answer_writer import _Writer, _markers


def _filing_pages(index: Any, meta: Any) -> dict[int, str]:
    """Every page of one filing, passages written for an AI cut out (``text.planted``)."""
    out: dict[int, str] = {}
    last = meta.pages or 600
    for page in range(1, last + 1):
        text = index.page_text(meta.doc_id, page)
        if text is None:
            if not meta.pages and page > 3 and all(p not in out for p in range(page - 3, page)):
                break
            continue
        out[page] = strip_planted(text, " ")[0]
    return out


def legal_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """"Is Contoso facing any significant lawsuits as of FY2025?", "Is Northwind involved in material litigation?": the
    verdict of the latest asked year's annual report of the one company the question names, read from its Item 3 and
    the note Item 3 points to (``prose_legal.read_legal``): "Yes" listing the matters it names, each cited; "No"
    quoting its statement that no material proceeding is pending; None when the report does not say either way."""
    if filters is not None or not asks_yes_no(question) or not prose_legal.asks_legal(question) \
            or not hasattr(index, "documents"):
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    annual = [d for d in company.docs if (d.doc_type or "").upper().replace("-", "") == "10K" and d.fiscal_year]
    asked = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", question)]
    year = max(asked) if asked else max((d.fiscal_year for d in annual), default=None)
    filings = [d for d in annual if d.fiscal_year == year]
    if len(filings) != 1:
        return None
    meta = filings[0]
    reading = prose_legal.read_legal(_filing_pages(index, meta))
    if reading is None or reading.verdict is None:
        return None
    w = _Writer()
    co = fact_sentences._possessive(company.name)

    def fact(q: prose_legal.Quote) -> Fact:
        return Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=q.page, label=q.text[:80], value=0.0,
                    period=f"FY{year}", company=company.name, quote=q.text, kind="sentence")

    if reading.verdict == "Yes":
        shown = reading.matters[:8]
        listed = "; ".join(f"{' '.join(m.text.split())} {_markers(w.cite([fact(m)]))}" for m in shown)
        more = ", among others" if len(reading.matters) > len(shown) else ""
        w.add(f"Yes: {co} FY{year} annual report describes these legal matters in its {reading.where}: "
              f"{listed}{more}.", tuple(range(1, len(w.facts) + 1)))
        for m in shown:
            if m.amount is not None:  # what the matter costs or may cost, as the filing states it, quoted
                n = w.cite([fact(m.amount)])
                w.add(f"\u201c{m.amount.text}\u201d {_markers(n)}", n)
    else:
        said = reading.statement
        n = w.cite([fact(said)])
        w.add(f"No: {co} FY{year} annual report names no specific legal proceeding in its Item 3 (Legal Proceedings); "
              f"it says: \u201c{said.text}\u201d {_markers(n)}.", n)
    return w.answer(question, "extract", "legal proceedings", company.name, f"FY{year}", inputs=())


_MEMBER_PAGE_WORDS = re.compile(r"(?i)\b(?:segments?|divisions?|regions?)\b")


def member_margin_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """"What was the operating margin of Contoso's Marine segment in 2025?", "How far did its
    International segment's operating margin move between 2024 and 2025, in points?": the named member's margin computed
    from its own rows (``member_figures.member_margin``) in the filings of the asked years of the one company named,
    each year's numerator and revenue cited; the change in percentage points. General rule: a member's margin is never
    the company's; it is computed from the member's rows of one table, the same on every page that gives it, or not
    answered (None: no page gives it, or two pages give other margins)."""
    if filters is not None or not hasattr(index, "documents"):
        return None
    if not member_asks.asked_margin(question):
        return member_figure_answer(question, index)
    if asks_yes_no(question) or asks_reason(question) or without_why(question) is not None:
        return None  # a verdict or a reason asked: not the margin alone
    name = member_asks.named_member(question)
    member = _member_pages(question, index, name) if name is not None else None
    if member is None:
        return None
    company, pages = member
    years = _years_asked(question)
    found = [(meta, n, text, got) for meta, n, text in pages
             if (got := member_figures.member_margin(question, text, years)) is not None]
    if not _agree(found, lambda g: g.margins):
        return None
    meta, page, text, got = found[0]
    w = _Writer()
    facts = _row_citations(meta, page, text, company.name, got.rows)
    ns = w.cite(facts)
    co = fact_sentences._possessive(company.name)
    title = {"operating income": "operating margin", "ebitda": "EBITDA margin"}[got.num]
    numw = {"operating income": "operating income", "ebitda": "EBITDA"}[got.num]
    each = "; ".join(f"{y}: {c[0]} / {c[1]} x 100 = {calc.pct(m)}"
                     for y, m, c in reversed(list(zip(got.years, got.margins, got.cells))))
    formula = f"Formula: {title} = {numw} / revenue x 100; {each}"
    formula += _points_change(got.years, got.margins, "", "ratios")
    if len(got.years) == 2:
        d = got.margins[1] - got.margins[0]
        w.add(f"{co} {name} segment {title} changed by {calc.points(d)} from {got.years[0]} to "
              f"{got.years[1]}{f' ({got.span})' if got.span else ''}: from {calc.pct(got.margins[0])} to {calc.pct(got.margins[1])}, computed from the segment's own rows "
              f"{_markers(ns)}.", ns)
    else:
        span = f" ({got.span})" if got.span else ""
        w.add(f"{co} {name} segment {title} was {calc.pct(got.margins[-1])} in {got.years[-1]}{span}, computed from the "
              f"segment's own rows {_markers(ns)}.", ns)
    w.add(f"{formula} {_markers(ns)}.", ns)
    inputs = _cell_inputs(meta, page, text, company.name, [
        item for y, c in zip(got.years, got.cells)
        for item in ((f"{name} {numw}", str(y), c[0]), (f"{name} revenue", str(y), c[1]))])
    return w.answer(question, "calc", f"{name} segment {title}", company.name,
                    " to ".join(str(y) for y in got.years), inputs=inputs)


def _names_by_end(index: Any, doc_id: str) -> bool:
    """Whether the filing names each fiscal year closing in January to March by its closing year and never by the
    year it began (its ``fiscal_year_name`` sentences, ``finance.fiscal``)."""
    said = {(f.fiscal_year or 0) - int(f.value) for f in index.facts(metric="fiscal_year_name", doc_ids=[doc_id])}
    return said == {0}


def member_share_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """"What share of Contoso's consolidated operating income came from its Harbor segment in fiscal 2025 and fiscal
    2024, and by how many points did it change?": the named member's cell over the whole's cell of one segment-table
    row that adds up (``member_figures.member_share``), each asked year, on the pages of the one named company's
    filings of the asked years; the change in percentage points. General rule: a member's share is computed from its
    own cell and the total of the same row of the same table, the same on every page giving it; otherwise None."""
    if filters is not None or not hasattr(index, "documents") or not member_figures.asks_member_share(question):
        return None
    if asks_yes_no(question) or asks_reason(question) or without_why(question) is not None:
        return None
    name = member_asks.named_member(question)
    member = _member_pages(question, index, name) if name is not None else None
    if member is None:
        return None
    company, pages = member
    years = _years_asked(question)
    fiscal = member_asks.fiscal_asked(question)
    ends: dict[str, bool] = {}
    found = []
    for meta, n, text in pages:
        if fiscal and meta.doc_id not in ends:
            ends[meta.doc_id] = _names_by_end(index, meta.doc_id)
        got = member_figures.member_share(question, text, years, ends=fiscal and ends[meta.doc_id])
        if got is not None:
            found.append((meta, n, text, got))
    if not _agree(found, lambda g: tuple(round(v, 1) for v in g.shares)):
        return None
    meta, page, text, got = found[0]
    w = _Writer()
    facts = _row_citations(meta, page, text, company.name, got.rows)
    ns = w.cite(facts)
    co = fact_sentences._possessive(company.name)
    title = {"revenue": "revenue", "operating income": "operating income", "ebitda": "EBITDA"}[got.measure]
    word = "fiscal " if fiscal else ""
    each = [f"{word}{y}: {c[0]} / {c[1]} x 100 = {calc.pct(v)}" for y, v, c in zip(got.years, got.shares, got.cells)]
    lead = "; ".join(f"{calc.pct(v)} in {word}{y} ({c[0]} of {c[1]})"
                     for y, v, c in reversed(list(zip(got.years, got.shares, got.cells))))
    w.add(f"The {got.member} segment's share of {co} total {title} (the segment table's last column, which its "
          f"columns add up to) was {lead}, computed from the segment table's rows {_markers(ns)}.", ns)
    formula = f"Formula: share = segment {title} / total {title} x 100; " + "; ".join(reversed(each))
    formula += _points_change(got.years, got.shares, word, "shares")
    w.add(f"{formula} {_markers(ns)}.", ns)
    inputs = _cell_inputs(meta, page, text, company.name, [
        item for y, c in zip(got.years, got.cells)
        for item in ((f"{got.member} {title}", f"{word}{y}", c[0]), (f"total {title}", f"{word}{y}", c[1]))])
    return w.answer(question, "calc", f"{got.member} segment share of {title}", company.name,
                    " to ".join(str(y) for y in got.years), inputs=inputs)


_SPAN_ASKED = re.compile(r"(?i)\b(?:quarter|quarterly|Q[1-4]|[1-4]Q|months?|weeks?|half|H[12]|year[- ]to[- ]date|YTD|"
                        r"interim)\b")


def rows_share_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """"What share of Contoso's total capital expenditures went to remodels plus new stores in fiscal 2025, and the
    change from fiscal 2024?": the rows the question names over the table's "Total <whole>" row
    (``table_shares.rows_share``) in a filing of the one named company of the asked years (or the year after), each
    year's share and the change in percentage points, every row cited. General rule: a share of a total is computed
    from the named rows and the total row of one table, the same on every page giving it; otherwise None."""
    if filters is not None or not hasattr(index, "documents") or not table_shares.asks_rows_share(question):
        return None
    if asks_yes_no(question) or asks_reason(question) or without_why(question) is not None:
        return None
    named = named_companies(question, index)
    years = _years_asked(question)
    if len(named) != 1 or not years:
        return None
    company = named[0]
    fiscal = member_asks.fiscal_asked(question)
    # a whole said without "total" (session 33): an annual report's table of years only, never a quarter or a span
    # of months asked (a 10-Q's columns headed by years alone are no fiscal years)
    bare = table_shares.whole_words(question)
    if bare is not None and _SPAN_ASKED.search(question):
        return None
    found = []
    for meta in sorted(company.docs, key=lambda d: -(d.fiscal_year or 0)):
        if meta.fiscal_year not in years and meta.fiscal_year != max(years) + 1:
            continue
        if bare is not None and (meta.doc_type or "").upper().replace("-", "") != "10K":
            continue
        ends = fiscal and _names_by_end(index, meta.doc_id)
        amounts = _statement_amounts(index, meta, bare, years) if bare is not None else {}
        words = [w for w in bare.split() if len(w) > 3] if bare is not None else []
        for n, text in _filing_pages(index, meta).items():
            low = text.lower()
            held = (re.search(r"(?i)\btotal\b", text) if bare is None
                    else all(w in low for w in words)
                    or (amounts and re.search(r"(?i)\btotal\b", text)))
            scales = page_scales(text) if amounts else set()
            # the whole's amounts as OTHER pages print them: a row never confirms itself
            elsewhere = {y: {v for p, v in got_y if p != n} for y, got_y in amounts.items()}
            if held and (got := table_shares.rows_share(question, text, years, ends, elsewhere,
                                                         next(iter(scales)) if len(scales) == 1 else None)):
                found.append((meta, n, text, got))
    if not _agree(found, lambda g: tuple(round(v, 1) for v in g.shares)):
        return None
    meta, page, text, got = found[0]
    w = _Writer()
    facts = _row_citations(meta, page, text, company.name, got.rows)
    ns = w.cite(facts)
    word = "fiscal " if fiscal else ""
    parts = " + ".join(got.parts)
    lead = "; ".join(f"{calc.pct(v)} in {word}{y} ({' + '.join(c[0])} of {c[1]})"
                     for y, v, c in reversed(list(zip(got.years, got.shares, got.cells))))
    same = (f" (the same amounts as its {got.said_as} on its statements, each asked year)" if got.said_as else "")
    w.add(f"{parts} made up {lead} of {fact_sentences._possessive(company.name)} {got.whole.lower()}{same}, computed "
          f"from the table's rows {_markers(ns)}.", ns)
    each = "; ".join(f"{word}{y}: ({' + '.join(c[0])}) / {c[1]} x 100 = {calc.pct(v)}"
                     for y, v, c in reversed(list(zip(got.years, got.shares, got.cells))))
    formula = f"Formula: share = ({parts}) / {got.whole.lower()} x 100; {each}"
    formula += _points_change(got.years, got.shares, word, "shares")
    w.add(f"{formula} {_markers(ns)}.", ns)
    inputs = _cell_inputs(meta, page, text, company.name, [
        item for y, c in zip(got.years, got.cells)
        for item in (*((label, f"{word}{y}", cell) for label, cell in zip(got.parts, c[0])),
                     (got.whole, f"{word}{y}", c[1]))])
    return w.answer(question, "calc", f"share of {got.whole.lower()}", company.name,
                    " to ".join(str(y) for y in got.years), inputs=inputs)


def _statement_amounts(index: Any, meta: Any, whole: str, years: set[int]) -> dict[int, set[tuple[int, float]]]:
    """Each asked fiscal year's (page, amount in base units) of the metric a whole said without "total" names ("net
    revenue": revenue), as the filing's own tables print it; {} when the words name no metric of the registry."""
    metric = metric_for_phrase(whole)
    if metric is None:
        return {}
    out: dict[int, set[tuple[int, float]]] = {}
    for f in index.facts(metric=metric, doc_ids=[meta.doc_id]):
        if f.kind == "table" and f.unit == "USD" and f.period in {f"FY{y}" for y in years}:
            out.setdefault(int(f.period[2:]), set()).add((f.page, f.absolute))
    return out


def _points_change(years: Sequence[int], values: Sequence[float], word: str, what: str) -> str:
    """The formula's change clause for two years' percentages ("; change = fiscal 2025 - fiscal 2024 = +1.2 percentage
    points, from the unrounded shares"); nothing for one year."""
    if len(years) != 2:
        return ""
    d = values[1] - values[0]
    return f"; change = {word}{years[1]} - {word}{years[0]} = {calc.points(d)}, from the unrounded {what}"


def _row_citations(meta: Any, page: int, text: str, company: str, rows: Sequence[Any]) -> list[Fact]:
    """The table rows a computed answer cites, each quoted as printed on its page (the figures are in its text and
    its inputs, ``_cell_inputs``)."""
    return [Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page, label=r.label, value=0.0,
                 company=company, quote=text[r.start:r.end], kind="table") for r in rows]


def _agree(found: Sequence[tuple[Any, ...]], key: Any) -> bool:
    """Whether pages were found and every page giving the figure gives the same (``key`` of each last element)."""
    return bool(found) and len({key(f[-1]) for f in found}) == 1


def _cell_inputs(meta: Any, page: int, text: str, company: str, cells: Sequence[tuple[str, str, str]]) -> list[Fact]:
    """The inputs of a calculation read from a table's printed cells, for ``Answer.inputs``: one Fact per (label,
    period, cell as printed), its value the cell's figure at the page's one stated scale ("in millions" -> 1e6, USD
    when the page prints a dollar sign); a page stating no single scale gives the figure as printed (scale 1, no
    unit). A cell that is no figure is left out."""
    scales = page_scales(text)
    scale = next(iter(scales)) if len(scales) == 1 else 1.0
    unit = "USD" if len(scales) == 1 and "$" in text else ""
    out = []
    for label, period, cell in cells:
        v = prose_pdf_tables.cell_value(cell)
        if v is not None:
            out.append(Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page, label=label, value=v,
                            scale=scale, unit=unit, period=period, company=company, kind="table"))
    return out


def _years_asked(question: str) -> set[int]:
    """The four-digit years a question names."""
    return {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", question)}


def _member_pages(question: str, index: Any, name: str) -> tuple[Any, list[tuple[Any, int, str]]] | None:
    """The one named company and the pages of its filings of the asked years (or the year after) naming ``name``."""
    if asks_which_member(question):
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    years = _years_asked(question)
    if not years:
        return None
    docs = [d for d in company.docs if d.fiscal_year in years or d.fiscal_year == max(years) + 1]
    pages = [(meta, n, text) for meta in sorted(docs, key=lambda d: -(d.fiscal_year or 0))
             for n, text in _filing_pages(index, meta).items()
             if name.lower() in text.lower() and _MEMBER_PAGE_WORDS.search(text)]
    return company, pages


# a question asking something other than the member's own figure or its change: a share of a whole, a ratio, a mix,
# a contribution, a per-unit figure, an average, a forecast
_NOT_THE_FIGURE = re.compile(r"(?i)\b(?:share|proportion|portion|ratio|mix|contribut\w*|average|forecast\w*|expect\w*|"
                             r"guidance|outlook|per\s+(?:share|unit|store|employee))\b|\bpercentage\s+of\b|%\s+of\b|"
                             r"\bpercent\s+of\b")


# "How dependent was it on ...", "How exposed is ...": "how" with a quality other than an amount's size asks a degree
# (a share, a verdict), never the member's figure; "how much", "how large", "how did" ask the figure or its move
_ASKS_DEGREE = re.compile(r"(?i)\bhow\s+(?!much\b|many\b|large\b|big\b|high\b|low\b|small\b|far\b|fast\b)"
                          r"[a-z]+\s+(?:is|was|were|are|has\s+been|had\s+been)\b")


# the measures a member's row gives (``member_figures``), by the registry's metric or their own names
_MEMBER_MEASURES = (("revenue", ()), ("operating_income", ()), ("", ("ebitda", "adjusted ebitda", "noi",
                                                                     "net operating income")))


def _narrower_than_member(question: str, name: str) -> bool:
    """Whether the question narrows the member's figure to a part of the member: a source the figure is said to come
    from ("earn from its single largest customer", "came from its online channel"), a customer sold to, a part named
    with its kind, beyond the member's own name and kind (``metric_qualifiers.qualifier``). General rule: a part's
    figure is never its whole's; the member's own row answers only the member."""
    own = metric_qualifiers._word_stems(name) | metric_qualifiers._PART_KINDS
    return any(metric_qualifiers.qualifier(question, metric, phrases) - own for metric, phrases in _MEMBER_MEASURES)


def member_figure_answer(question: str, index: Any) -> Answer | None:
    """"What was the revenue of Contoso's Marine segment in 2025?", "How much did net sales of its Health Care segment
    grow from 2024 to 2025?": the named member's own row (``member_figures.member_figure``) on the pages of the one
    named company's filings of the asked years, the level in the page's one stated scale, or the change in amount and
    percent, cited. General rule: a member's figure is its own row's, the same on every page giving it, never the
    company's; a page stating no single scale gives no level; otherwise None."""
    name = member_asks.named_member(question)
    if name is None or asks_yes_no(question) or asks_reason(question) or without_why(question) is not None \
            or _NOT_THE_FIGURE.search(question) or _ASKS_DEGREE.search(question):
        return None  # a verdict, a reason, a share, a ratio or a degree asked: not the member's figure alone
    if _narrower_than_member(question, name):
        return None  # "the Marine segment's revenue from its largest customer": a part of the member, not its row
    got_pages = _member_pages(question, index, name)
    if got_pages is None:
        return None
    company, pages = got_pages
    years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", question)}
    found = [(meta, n, text, got) for meta, n, text in pages
             if (got := member_figures.member_figure(question, text, years)) is not None]
    if not _agree(found, lambda g: g.values):
        return None
    meta, page, text, got = found[0]
    scales = page_scales(text)
    scale = next(iter(scales)) if len(scales) == 1 else None
    w = _Writer()
    ns = w.cite(_row_citations(meta, page, text, company.name, [got.row]))
    co = fact_sentences._possessive(company.name)
    title = {"revenue": "revenue", "operating income": "operating income", "ebitda": "EBITDA", "noi": "NOI"}[got.measure]
    word = calc.SCALE_WORDS.get(scale or 0.0, "")

    def money(v: float) -> str:
        return f"{'-' if v < 0 else ''}${fmt(abs(v))}{(' ' + word) if word else ''}"

    if len(got.years) == 2:
        (y0, y1), (v0, v1) = got.years, got.values
        diff = v1 - v0
        pct = f" ({calc.rate(diff / v0 * 100)})" if v0 > 0 and v1 > 0 else ""
        arith = f"{fmt(v1)} - {fmt(v0)} = {fmt(diff)}" + (f"; ({fmt(v1)} - {fmt(v0)}) / {fmt(v0)} x 100 = "
                                                          f"{calc.rate(diff / v0 * 100)}" if pct else "")
        if scale is None and not pct:
            return None
        shown = (f"from {money(v0)} to {money(v1)}" if scale is not None else
                 f"from {got.cells[0]} to {got.cells[1]} as printed")
        moved = ("+" if diff > 0 else "") + (money(diff) if scale is not None else fmt(diff))
        span = f" ({got.span})" if got.span else ""
        head = (f"{co} {name} segment {title} changed by {moved}{pct} from "
                f"{y0} to {y1}{span}: {shown}, from the segment's own row {_markers(ns)}.")
        w.add(head, ns)
        w.add(f"Formula: change = {y1} - {y0}; {arith} {_markers(ns)}.", ns)
    else:
        if scale is None:
            return None
        span = f" ({got.span})" if got.span else ""
        w.add(f"{co} {name} segment {title} was {money(got.values[-1])} in {got.years[-1]}{span}, from the segment's "
              f"own row {_markers(ns)}.", ns)
    inputs = _cell_inputs(meta, page, text, company.name,
                          [(got.row.label, str(y), c) for y, c in zip(got.years, got.cells)])
    return w.answer(question, "calc" if len(got.years) == 2 else "facts", f"{name} segment {title}", company.name,
                    " to ".join(str(y) for y in got.years), inputs=inputs)
