"""The extractive answer written out: ``render`` (a lead naming the source, the candidate quoted verbatim with
its [n], lists as lists, a Yes/No only when the quote states it) and ``to_answer`` (an ``Extraction`` -> an
``Answer``). The last module of the extractive answerer; reads ``extract.py`` and the modules before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..query.entities import registrant_of
from ..types import Answer, Citation, SentenceCheck, Verification
from . import prose_disclosure as disclosure
from . import prose_figures as figures
from . import prose_revised_totals as revised_totals
from .question import Asked, _years
from .candidates import Candidate, is_filing
from .scoring import _hidden
from .gates import _ASKS_CLAIM, attributed_to
from .shown import _PRINTED, _SCALE_WORD, _antecedent, _at_scale, _strip_bullet, answer_figure
from .extract import Extraction


NO_VERDICT_TEXT = "The reports do not say yes or no in so many words; the closest statement:"
PARTIAL_TEXT = "The indexed reports answer only part of this question; what they say is quoted below."
NOT_COMPARABLE_TEXT = "The report notes that these figures are not on the same basis, so no yes or no; the figures:"
ATTRIBUTED_TEXT = "The reports do not state this themselves; they attribute it to {speaker}:"


def describe_source(c: Candidate) -> str:
    """"3M's 2018 10-K" for a filing, "the report “Title” (stem)" for anything else."""
    meta = c.meta
    if is_filing(meta):
        period = meta.period if meta.period and re.match(r"Q[1-4]", meta.period) else ""
        year = f"{meta.fiscal_year}" if meta.fiscal_year and str(meta.fiscal_year) not in period else ""
        company = registrant_of(meta.company) if meta.company else meta.company
        return " ".join(x for x in (f"{company}'s", year, period, meta.doc_type) if x)
    title = " ".join((getattr(meta, "title", "") or "").split())
    if title and len(title) <= 90:
        return f"“{title}” ({c.doc})"
    return c.doc


def _count_word(n: int) -> str:
    words = "zero one two three four five six seven eight nine ten eleven twelve".split()
    return words[n] if n < len(words) else str(n)


def render(ex: Extraction, page_text: Callable[[str, int], str | None] | None = None
           ) -> tuple[str, list[Citation], Verification]:  # fmt: skip
    """The answer text, its citations and its checks: per part a lead saying where the quote comes from, then
    the quote (a list's items one a line) with its [n]; a part no candidate answered says so."""
    lines: list[str] = []
    checks: list[SentenceCheck] = []
    citations: list[Citation] = []
    numbers: dict[tuple, int] = {}
    # one citation per passage: the [n] of each quoted span (doc, page, start, end) and the rows listed under it
    cited: dict[tuple[str, int, int, int], int] = {}
    listed: dict[int, set[str]] = {}
    figures: set[str] = set()
    last_where = None
    yes_no = next((v for v in ex.verdicts if v), None) if not ex.undisclosed else None
    first = next((k for k, v in enumerate(ex.verdicts) if v), None)
    if yes_no and first and (ex.notes.get(first) or "").startswith(f"{yes_no}:"):
        # a later part's verdict that its own line states first ("..., and was it also the fastest on
        # subscription revenue?" -> "No: ..."): shown there, not as the lead of an answer whose first part asks none
        yes_no = None
    if yes_no:
        lines.append(f"{yes_no}.")
        checks.append(SentenceCheck(lines[-1], (), True, (), "verdict stated by the quoted sentence"))
    elif ex.partial:
        lines.append(PARTIAL_TEXT)
        checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
    if not yes_no and ex.without_verdict:
        speaker = next((who for asked, pick in zip(ex.parts, ex.picks) if asked.kind == "yesno" and pick is not None
                        and not _ASKS_CLAIM.search(asked.text)
                        and (who := attributed_to(pick.candidate.text, is_filing(pick.candidate.meta)))),
                       None)  # fmt: skip
        noted = any(p is not None and p.candidate.kind == "compared" for p in ex.picks)
        lines.append(ATTRIBUTED_TEXT.format(speaker=speaker) if speaker else NOT_COMPARABLE_TEXT if noted
                     else NO_VERDICT_TEXT)  # fmt: skip
        checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
    others = ex.others or [[] for _ in ex.parts]
    shown = [(k, asked, pick) for k, (asked, pick, more) in enumerate(zip(ex.parts, ex.picks, others))
             for pick in [pick, *more]]  # fmt: skip
    for k, asked, pick in shown:
        if pick is None:
            line = f"Not in the indexed reports: {asked.text.rstrip('?')}?"
            lines.append(line)
            checks.append(SentenceCheck(line, (), True, (), "no claims"))
            continue
        c = pick.candidate
        # two figures computed from one table's rows ("due in 2026" and "due in the next five years") are two answers
        key = (c.doc_id, c.page, c.start) + ((c.text,) if c.kind in ("ranked", "compared") else ())
        if key in numbers:  # one sentence answers two parts: the second part's figure, when it has its own
            if ex.partial:
                continue  # a partial answer quotes its evidence and claims no part's figure (below)
            if ex.notes.get(k) and pick is ex.picks[k]:  # "and was it rising?": computed from the quote's figures
                lines.append(f"{ex.notes[k]} [{numbers[key]}]")
                checks.append(SentenceCheck(lines[-1], (numbers[key],), True, (), "computed from the quoted figures"))
                continue
            figure = answer_figure(asked, c)
            # only a figure tied to the part's own period ("and in 2023?"): the quote above holds the rest
            dated = figure is not None and (any(re.search(rf"\b{y}\b", figure) for y in asked.years)
                                            or (not _years(asked.text) and asked.unit == "percent"))
            # "..., and what share had already bought one?": a share of its own in the same sentence
            if dated and figure not in figures:
                figures.add(figure)
                lines.append(f"{figure}, from the same passage [{numbers[key]}].")
                checks.append(SentenceCheck(lines[-1], (numbers[key],), True, (), "figure of the quote above"))
            continue
        span = (c.doc_id, c.page, c.start, c.end)
        if c.kind in ("ranked", "compared") and span in cited:
            # a second figure computed from the rows already cited ("which lost the most share, and which gained the
            # most?" from one table): its own line under the passage's [n], and only the rows not listed yet. One
            # citation per passage: a span already cited is never cited again under another number (session 27)
            n = numbers[key] = cited[span]
            if (c.doc_id, c.page) != last_where:
                lines.append(f"From {describe_source(c)}, p. {c.page}, computed from the table's rows:")
                checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
                last_where = (c.doc_id, c.page)
            lines.append(f"{c.text} [{n}]")
            checks.append(SentenceCheck(lines[-1], (n,), True, (), "ranking computed from the cited rows"))
            for it in c.items:
                if it not in listed.setdefault(n, set()):
                    listed[n].add(it)
                    lines.append(f"- {it}")
                    checks.append(SentenceCheck(lines[-1], (n,), True, (), "verbatim row"))
            continue
        n = numbers[key] = cited[span] = len(citations) + 1
        quote = c.body
        page = (page_text(c.doc_id, c.page) or "") if page_text is not None else ""
        if page:
            quote = page[c.start : c.end] or c.body
        antecedent = _antecedent(c, page)
        if antecedent is not None and (c.doc_id, c.page, antecedent) in numbers:
            antecedent = None  # "..., and why did it go up?": the sentence saying what increased is quoted above
        if antecedent is not None:  # "The increase reflected ...": shown with the sentence saying what increased
            quote = page[antecedent : c.end]
        citations.append(Citation(n=n, doc=c.doc, source=c.source, page=c.page, quote=quote, score=pick.score))
        where = (c.doc_id, c.page)
        hidden = _hidden(asked, c)
        figure = (answer_figure(asked, c) if c.kind not in ("ranked", "compared") and c.form != "versus" else None) or (
            ex.notes.get(k) if pick is ex.picks[k] else None) or (scaled_row(asked, c) if asked.kind == "amount" else None)
        if ex.partial:
            # answered only in part: the quotes are the evidence found, not checked answers, so no part's figure leads
            # them ("How many units did it deliver in 2025, and how many of them abroad?" with a since-inception
            # total and a count of one model: figures of another period and subject, shown as quotes only)
            figure = None
        if hidden:  # "Northwind does not publish its unit sales": the report's words, no figure
            figure, last_where = None, None
            lines.append(disclosure.UNDISCLOSED_TEXT)
            checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
        if figure is not None:  # the asked figure first, as the quote states it, then where it comes from
            figures.add(figure)
            lines.append(f"{figure}, from {describe_source(c)}, p. {c.page}:")
            checks.append(SentenceCheck(lines[-1], (n,), True, (), "figure of the quote below"))
            last_where = where
        elif where != last_where:
            lead = f"From {describe_source(c)}, p. {c.page}"
            if c.kind == "list" and c.form != "effect":  # a change and the sentences explaining it: no count
                lead += f", a list of {_count_word(len(c.items))}"
            elif c.kind in ("ranked", "compared"):
                lead += ", computed from the table's rows"
            lines.append(lead + ":")
            checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
            last_where = where
        if c.kind in ("ranked", "compared"):  # computed from the rows it cites, each shown
            lines.append(f"{c.text} [{n}]")
            checks.append(SentenceCheck(lines[-1], (n,), True, (), "ranking computed from the cited rows"))
            for it in c.items:
                listed.setdefault(n, set()).add(it)
                lines.append(f"- {it}")
                checks.append(SentenceCheck(lines[-1], (n,), True, (), "verbatim row"))
            continue
        if c.kind == "list":
            body = [f"{c.text} [{n}]", *(f"- {_strip_bullet(it)}" for it in c.items)]
        elif c.kind == "row":
            body = [f"{c.text} [{n}]"]
        else:
            body = [f"“{c.before} {c.text}” [{n}]" if antecedent is not None else f"“{c.text}” [{n}]"]
        for b in body:
            lines.append(b)
            checks.append(SentenceCheck(b, (n,), True, (), "verbatim quote"))
    _revision_note(ex, page_text, lines, checks, citations)
    v = Verification(supported=True, sentences=tuple(checks))
    return "\n".join(lines), citations, v


def _revision_note(ex: Extraction, page_text: Callable[[str, int], str | None] | None, lines: list[str],
                   checks: list[SentenceCheck], citations: list[Citation]) -> None:  # fmt: skip
    """The report's note that the total of the year an amount's quote compares with was revised, quoted after the
    answer with its own [n] (``prose_revised_totals``, session 31 #11): the earlier figure is the revised one."""
    if page_text is None or ex.partial or ex.undisclosed or ex.without_verdict:
        return
    pages_of: dict[str, list[tuple[int, str]]] = {}  # each report's pages read at most once, and only when needed
    for asked, pick in zip(ex.parts, ex.picks):
        if pick is None or asked.kind != "amount" or pick.candidate.kind != "sentence":
            continue
        c = pick.candidate
        if not revised_totals.compared_years(c.text):
            continue  # a quote comparing with no earlier year has no revision note: no page is read for it
        if c.doc_id not in pages_of:
            pages_of[c.doc_id] = revised_totals.report_pages(page_text, c.doc_id)
        found = revised_totals.revised_total_note(c.text, ex.question, pages_of[c.doc_id])
        if found is None:
            continue
        page_no, a, b = found
        page = dict(pages_of[c.doc_id]).get(page_no, "")
        note = " ".join(page[a:b].split())
        if not note or any(note in x.quote or x.quote in note for x in citations if x.page == page_no and x.doc == c.doc):
            return
        n = len(citations) + 1
        citations.append(Citation(n=n, doc=c.doc, source=c.source, page=page_no, quote=page[a:b], score=pick.score))
        lines.append(f"The report notes a revision of the earlier figure, p. {page_no}:")
        checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
        lines.append(f"“{note}” [{n}]")
        checks.append(SentenceCheck(lines[-1], (n,), True, (), "verbatim quote"))
        return


def scaled_row(asked: Asked, c: Candidate) -> str | None:
    """A table row's cells for the asked years (all of them when none is asked) at the scale its table states
    ("France: 738 thousand units (2022), 700 thousand units (2023)"); None when the row's unit states no scale or no
    asked year has a cell."""
    if c.kind != "row":
        return None
    label, _, rest = c.text.partition(": ")
    unit = re.search(r"\(([^()]*)\)\s*$", rest)
    if unit is None or _SCALE_WORD.search(unit.group(1)) is None:
        return None
    cells = re.findall(rf"(?:^|,\s)(?:FY\s?)?((?:19|20)\d\d)\s+({_PRINTED}(?=,\s|\s*\(|\s*$))", rest[: unit.start()])
    shown = [(int(y), v) for y, v in cells if not asked.years or int(y) in asked.years]
    scaled = [(y, _at_scale(v, unit.group(1))) for y, v in shown]
    if not scaled or any(v is None for _, v in scaled):
        return None
    return f"{label}: " + ", ".join(f"{v} ({y})" for y, v in scaled)


def to_answer(ex: Extraction, base: Answer, page_text: Callable[[str, int], str | None] | None = None) -> Answer:
    """``base`` filled with the extractive answer: mode "extract", or "fallback" (quoted evidence that asserts no
    answer) for a yes/no question whose evidence states no verdict or for a question answered only in part."""
    text, citations, v = render(ex, page_text)
    return replace(base, text=text, citations=citations, verification=v, refused=False,
                   mode="fallback" if ex.without_verdict or ex.partial or ex.undisclosed else "extract")
