"""Answer metric and calculation questions from the facts table, with the numbers taken from reports by code.

``answer_from_facts`` reads the question for a company, a period and either a metric ("capital expenditure in
FY2018") or a calculation ("gross margin", "YoY change in revenue", "current ratio"), looks the inputs up in the
index's facts, and writes a templated answer whose every number is cited to the exact row it came from. It
returns None whenever it is not sure (no company, no period, an ambiguous metric, a missing input), so the RAG
path can take over.

``facts_table`` gives cross-report rows (one per company and period) for ``mia facts`` and ``Assistant.facts``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from ..finance import debt as debts
from ..finance import formulas as calc
from ..finance.applicability import JUDGED, NotUseful, not_useful
from ..finance.combined import SumFact, split_flow, sum_of_components, sum_of_parts
from ..finance.dividends import is_row_quote
from ..finance.extract import earnings_per_share
from ..finance.formulas import CalcResult, MissingInput, Withdrawn, amount, fmt
from ..finance.inputs import check_input
from ..finance.registry import (BY_NAME, COMPONENTS, MAGNITUDE_METRICS, METRIC_WORDS, PARTS, STATEMENT_OF, TITLES,
                                label_tokens, metric_nouns, normalise_metric, other_item_words)
from ..finance.select import (FactIndex, MemoryFactIndex, Pick, is_statement_page, majority, pick_fact, prev_period,
                              statement_page_kind,
                              statement_strength, statement_strength_of, unsettled_reason)
from ..query.definitions import states_definition
from ..query.entities import resolve_company, without_name_asides
from ..query.intent import Request, is_yes_no, named_calculations, named_metrics, read_question
from ..text.names import squash
from ..text.periods import quarters_ahead, resolve_period
from ..types import Answer, Citation, DocMeta, Fact, InputFigure, SentenceCheck, Subject, Verification

# ----------------------------------------------------------------------------------------------------------------
# reading the question


_SECTIONS = (("operating", "cash_from_operations"), ("investing", "cash_from_investing"),
             ("financing", "cash_from_financing"))


def _sections_answer(question: str, index: FactIndex, req: Request, docs: dict[str, DocMeta]) -> Answer | None:
    """The three cash-flow totals of the period, largest first: which section brought in the most."""
    picks = [(word, pick_fact(index, metric, req.company, req.period, req.doc_ids, docs)) for word, metric in _SECTIONS]
    if any(p is None for _, p in picks):
        return None
    ranked = sorted(((w, p) for w, p in picks if p is not None), key=lambda wp: -wp[1].fact.absolute)
    facts = [p.fact for _, p in ranked]
    word, top = ranked[0][0], facts[0]
    verb = "brought in the most cash" if top.absolute > 0 else "lost the least cash"
    sentences = [(f"{word.capitalize()} activities {verb} for {req.company} in {req.period}: "
                  f"{_value_text(top, req.scale, req.scale_word, magnitude=False)}, the highest cash flow of the "
                  f"three sections [1].", (1,))]
    for i, ((w, _), f) in enumerate(zip(ranked[1:], facts[1:]), 2):
        sentences.append((f"{w.capitalize()} activities: {_value_text(f, req.scale, req.scale_word, magnitude=False)} "
                          f"[{i}].", (i,)))
    notes, others = _conflict_notes([p for _, p in ranked], len(facts) + 1)
    return _answer(question, sentences + notes, [*facts, *others], "facts", "cash flow", inputs=facts,
                   about=_about(req))


# ----------------------------------------------------------------------------------------------------------------
# looking facts up


def _page_text(index: Any) -> Any:
    return getattr(index, "page_text", None)


def _pick(index: FactIndex, metric: str, req: Request, period: str, docs: dict[str, DocMeta]) -> Pick | None:
    """The row for (metric, period); for a metric a filer may print as several rows (depreciation, then the
    amortisation of intangibles), the sum of those rows on one statement page when no statement row holds it;
    for the per-share dividend, the year's amount only (``annual_dividend``)."""
    if metric == "dividends_per_share":
        d = annual_dividend(index, req, period, docs)
        return Pick(d) if d is not None else None
    p = pick_fact(index, metric, req.company, period, req.doc_ids, docs, req.asked)
    if p is not None and not p.unsettled:
        # one flow printed over several rows of the chosen statement page: their sum (``combined.split_flow``)
        split = split_flow(metric, p.fact, index.facts(metric=metric, period=period, doc_ids=[p.fact.doc_id]))
        if split is not None:
            return Pick(split)
    if metric in COMPONENTS:
        # the company's own balance sheet comes before a subsidiary group's or guarantor's in the notes: its
        # component rows beat the metric's row on a later statement page of the same filing
        summed = _components_pick(index, metric, req, period, docs)
        if summed is not None and (p is None or statement_strength_of(index, p.fact) < 2 or (
                summed.fact.doc_id == p.fact.doc_id and summed.fact.page < p.fact.page)):
            return summed
    if metric not in PARTS or (p is not None and is_statement_page(index, p.fact.doc_id, p.fact.page)):
        return p
    page_text = _page_text(index)
    parts = [f for name in PARTS[metric] for f in index.facts(metric=name, period=period, doc_ids=list(req.doc_ids))
             if f.period == period]
    own_first = _own_period_first(docs, period)
    for doc_id in sorted(sorted({f.doc_id for f in parts}), key=own_first, reverse=True):
        total = sum_of_parts(metric, [f for f in parts if f.doc_id == doc_id], page_text)
        if total is not None and is_statement_page(index, total.doc_id, total.page):
            return Pick(total)
    return p


def _own_period_first(docs: dict[str, DocMeta], period: str) -> Callable[[str], tuple]:
    """A sort key (use with ``reverse=True``): the document of the period's own fiscal year first, then the
    newest, then for a fiscal year an annual report before a quarterly one of the same year (a 10-Q's prior
    year-end column is a copy). Callers sort the ids first, so that ties never depend on set order."""
    year = int(re.findall(r"\d{4}", period)[0])

    def key(doc_id: str) -> tuple:
        d = docs.get(doc_id)
        annual = d is not None and period.startswith("FY") and squash(d.doc_type or "") == "10k"
        return (d is not None and d.fiscal_year == year, (d.fiscal_year or 0) if d else 0, annual)

    return key


def _components_pick(index: FactIndex, metric: str, req: Request, period: str, docs: dict[str, DocMeta]
                     ) -> Pick | None:
    """The metric as the sum of the component rows a titled statement prints under its heading
    (``combined.sum_of_components``), when no titled statement row of the metric itself was found: the period's
    own document first, then the newest."""
    page_text = _page_text(index)
    if page_text is None:
        return None
    rows = [f for f in index.facts(period=period, doc_ids=list(req.doc_ids)) if f.period == period]
    own_first = _own_period_first(docs, period)
    for doc_id in sorted(sorted({f.doc_id for f in rows}), key=own_first, reverse=True):
        total = sum_of_components(metric, [f for f in rows if f.doc_id == doc_id], page_text)
        if total is not None and statement_strength(index, total.doc_id, total.page) == 2:
            return Pick(total)
    return None


def _cited(inputs: Sequence[Fact]) -> list[Fact]:
    """The rows an answer cites for its inputs: a sum's parts, each on its own."""
    return list(dict.fromkeys(p for f in inputs for p in (f.parts if isinstance(f, SumFact) else (f,))))


def _sums_said(inputs: Sequence[Fact]) -> str:
    """How each summed input was added up: "; depreciation and amortisation = "Depreciation" + "Amortization
    of intangible assets": 512 million + 143 million = 655 million"."""
    out = ""
    for f in inputs:
        if isinstance(f, SumFact):
            labels = " + ".join(f'"{p.label}"' for p in f.parts)
            values = " + ".join(calc.in_scale_of(amount(p), p) for p in f.parts)
            out += f"; {TITLES.get(f.metric or '', f.metric)} = {labels}: {values} = {calc.in_scale_of(amount(f), f)}"
    return out


def _failed_input(index: FactIndex, facts: Sequence[Fact], primary: bool = True) -> tuple[Fact, str] | None:
    """The first input that fails its own check on its page (``finance.inputs``), with the reason; None when all
    hold or the index cannot show pages."""
    page_text = _page_text(index)
    if page_text is None or isinstance(index, ReportCompany):  # report tables: not a filing's statements
        return None
    for f in facts:
        why = check_input(f, page_text(f.doc_id, f.page), primary=primary, shift=doc_year_shift(index, f.doc_id),
                          ahead=quarters_ahead(index.document(f.doc_id) if hasattr(index, "document") else None),
                          before=page_text(f.doc_id, f.page - 1) if f.page > 1 else None)
        if why:
            return f, why
    return None


def _withdrawn(question: str, req: Request, title: str, failed: tuple[Fact, str]) -> Answer:
    """A calculation taken back because one of its inputs did not hold on its page: which one, and why."""
    f, why = failed
    text = (f"The {title} for {req.company} ({req.period}) is withdrawn: an input failed its check. {why} [1].")
    check = SentenceCheck(text=text, citations=(1,), supported=True, reason="withdrawn")
    return Answer(question=question, text=text, citations=[_citation(1, f)], refused=True, mode="refused",
                  verification=Verification(supported=True, sentences=(check,)), subject=title,
                  about=_about(req, title))


def withdrawn_answer(question: str, company: str | None, period: str | None, title: str, w: Withdrawn) -> Answer:
    """A calculation taken back because an input cannot be relied on: which one, why, and every rival row
    cited so the user sees each value where it is printed (no computed figure, no verdict)."""
    facts = list(dict.fromkeys(w.facts))
    markers = "".join(f"[{i + 1}]" for i in range(len(facts)))
    who = f" for {company}" if company else ""
    when = f" ({period})" if period else ""
    text = f"The {title}{who}{when} is withdrawn: an input cannot be relied on. {w.reason} {markers}."
    check = SentenceCheck(text=text, citations=tuple(range(1, len(facts) + 1)), supported=True, reason="withdrawn")
    return Answer(question=question, text=text, citations=[_citation(i + 1, f) for i, f in enumerate(facts)],
                  refused=True, mode="refused", verification=Verification(supported=True, sentences=(check,)),
                  subject=title, about=Subject(company, period))


NOT_USEFUL = " is not a useful metric for "  # the words of the answer saying so (a yes/no keeps such an answer)


def _not_useful_answer(question: str, index: FactIndex, filters: Any) -> Answer | None:
    """"X is not a useful metric for <company> because ..." when the question asks for a margin or a ratio
    that the company's own statements show does not apply (a bank's gross margin, an insurer's current ratio)."""
    asked = [n for n in (*named_calculations(question), *named_metrics(question)) if n in JUDGED]
    if not asked:
        return None
    docs = index.documents()
    company = resolve_company(question, docs, filters)
    page_text = _page_text(index)
    if company is None or page_text is None:
        return None
    name, cdocs = company
    period, _ = resolve_period(question)
    facts = index.facts(doc_ids=[d.doc_id for d in cdocs])
    found: NotUseful | None = None
    for what in asked:
        found = not_useful(what, facts, page_text, period)
        if found is not None:
            break
    if found is None or not found.evidence:
        return None
    markers = "".join(f"[{i + 1}]" for i in range(len(found.evidence)))
    head = f"{found.what[:1].upper()}{found.what[1:]}{NOT_USEFUL}{name} because {found.reason} {markers}."
    sentences = [(head, tuple(range(1, len(found.evidence) + 1)))]
    if all(f.kind == "table" and f.period for f in found.evidence):
        # each row's amount for the period, one sentence a row (each checked against its own row): the figures
        # that show how the company earns instead
        sentences += [((f'Its statements show "{f.label}" of ' if i == 0 else f'"{f.label}" was ') +
                       f'{_value_text(f, None, "")} for {f.period} [{i + 1}].', (i + 1,))
                      for i, f in enumerate(found.evidence)]
    else:
        rows = ", ".join(f'"{f.label}" [{i + 1}]' for i, f in enumerate(found.evidence))
        sentences.append((f"Its statements show {rows}.", tuple(range(1, len(found.evidence) + 1))))
    if "invent" in found.what.lower() and not [f for f in facts if f.metric == "inventory"]:
        # an inventory measure of a company whose statements carry no inventories row at all
        sentences.append(("It holds no inventory: its balance sheet shows no inventories row.", ()))
    cited, mode = list(found.evidence), "facts"
    closest = _closest_margin(index, name, cdocs, period) if found.what in _NO_COST_OF_SALES else None
    if closest is not None:
        # a gross margin a filer of expenses by nature does not have: the margin its statements do give
        oi, rev, r = closest
        n = len(cited) + 1
        sentences.append((f"The closest measure its statements give is operating income of "
                          f"{_value_text(oi, None, '')} [{n}] on revenue of {_value_text(rev, None, '')} [{n + 1}] for "
                          f"{period}, an operating margin of {fmt(r.value, '%')} [{n}][{n + 1}].", (n, n + 1)))
        sentences.append((f"Formula: operating margin = {r.formula}; {r.expression} [{n}][{n + 1}].", (n, n + 1)))
        cited, mode = [*cited, oi, rev], "calc"
    return _answer(question, sentences, cited, mode, found.what, about=Subject(name, period))


# what a statement of expenses by nature lacks: a cost of sales (``applicability._by_nature``)
_NO_COST_OF_SALES = {"gross margin", "gross profit"}


def _closest_margin(index: FactIndex, company: str, cdocs: Sequence[DocMeta], period: str | None
                    ) -> tuple[Fact, Fact, CalcResult] | None:
    """The period's operating income and revenue from the company's statements (each checked on its page) and
    the operating margin they give; None when either is not found or fails its check."""
    if not period:
        return None
    docs = {d.doc_id: d for d in cdocs}
    picks = [pick_fact(index, m, company, period, list(docs), docs) for m in ("operating_income", "revenue")]
    if any(p is None or p.unsettled for p in picks):
        return None
    oi, rev = picks[0].fact, picks[1].fact  # type: ignore[union-attr]
    if _failed_input(index, [oi, rev]) is not None:
        return None
    try:
        return oi, rev, calc.operating_margin(oi, rev)
    except MissingInput:
        return None


# ----------------------------------------------------------------------------------------------------------------
# writing the answer


def _value_text(f: Fact, scale: float | None, word: str, magnitude: bool = True) -> str:
    v = amount(f) if magnitude else f.absolute
    if f.unit == "%":
        return f"{calc.pct(f.value)}"
    if f.unit.endswith("/share"):
        return f"${v:,.2f} per share"
    if f.unit == "shares":
        s, w = (scale, word) if scale else (f.scale or 1.0, calc.SCALE_WORDS.get(f.scale, ""))
        return f"{v / s:,.1f} {w} shares".replace("  ", " ")
    s = scale or f.scale or 1.0
    w = word if scale else calc.SCALE_WORDS.get(s, "")
    num = v / s
    text = f"{num:,.0f}" if float(num).is_integer() else f"{num:,.2f}" if abs(num) < 100 else f"{num:,.1f}"
    code = f.currency or (f.unit if re.fullmatch(r"[A-Z]{3}", f.unit or "") else "")
    sym = "$" if code == "USD" else f"{code} " if code else ""  # "KRW 66.19 trillion" from a report table
    unit = f" {f.unit}" if f.unit and not code and f.unit not in ("%", "x") else ""  # "176 TWh"
    neg = text.startswith("-")
    return f"{'-' if neg else ''}{sym}{text.lstrip('-')}{(' ' + w) if w else ''}{unit}"


def _citation(n: int, f: Fact) -> Citation:
    return Citation(n=n, doc=f.doc, source=f.source, page=f.page, quote=f.quote, score=1.0)


def _possessive(company: str) -> str:
    return f"{company}'" if company.endswith("s") else f"{company}'s"


def input_figures(facts: Sequence[Fact]) -> tuple[InputFigure, ...]:
    """The inputs of an answer as data: each row's label, period, amount, unit, document and page."""
    return tuple(InputFigure(f.label, f.period, f.absolute, f.unit, f.doc, f.page) for f in facts)


def _answer(question: str, sentences: list[tuple[str, tuple[int, ...]]], facts: list[Fact], mode: str,
            subject: str, *, inputs: Sequence[Fact] = (), about: Subject | None = None) -> Answer:
    """The Answer: ``facts`` are cited [1], [2], ... in order; ``inputs`` (the figures the answer uses, not the
    disagreeing ones cited beside them) and ``about`` (company and period) go to ``Answer.inputs`` / ``.about``."""
    text = " ".join(s for s, _ in sentences)
    checks = tuple(SentenceCheck(text=s, citations=c, supported=True) for s, c in sentences)
    return Answer(question=question, text=text, citations=[_citation(i + 1, f) for i, f in enumerate(facts)],
                  verification=Verification(supported=True, sentences=checks), mode=mode, subject=subject,
                  about=about, inputs=input_figures(inputs))


def _about(req: Request, title: str = "") -> Subject:
    """The company and period of a request; a title's "(FY2020 to FY2022)" is the period of a change."""
    span = re.search(r"\(((?:FY|Q)[^()]*\bto\b[^()]*)\)$", title)
    return Subject(req.company, span.group(1) if span else req.period)


def _conflict_notes(picks: Sequence[Pick | None], first_n: int) -> tuple[list[tuple[str, tuple[int, ...]]], list[Fact]]:
    """Sentences saying which sources disagree, each disagreeing figure cited so its number can be checked."""
    sentences: list[tuple[str, tuple[int, ...]]] = []
    facts: list[Fact] = []
    for p in picks:
        if p is None or not p.others:
            continue
        for o in p.others:
            facts.append(o)
            n = first_n + len(facts) - 1
            sentences.append((f"Sources disagree: {o.doc} reports \"{o.label}\" as {fmt(o.value)} [{n}], "
                              "which this answer does not use.", (n,)))
    return sentences, facts


def _per_share_text(f: Fact) -> str:
    """A per-share amount as printed: two decimals, more when the filer prints more ("$0.0025 per share")."""
    v = abs(f.value)
    decimals = next((d for d in range(2, 5) if abs(round(v, d) - v) < 1e-9), 4)
    return f"${v:,.{decimals}f} per share"


def _per_share_said(ps: Fact) -> str:
    """'the quarterly dividend for FY2023 was $0.61 per share' / '"Dividends declared per share" for FY2022 was
    $2.20 per share': the filer's own label for a row, the kind of dividend for a sentence."""
    amount_text = _per_share_text(ps)
    name = f"the {ps.label}" if ps.kind == "sentence" else f"\"{ps.label}\""
    return f"{name} for {ps.period} was {amount_text}"


def _per_share_sentences(per_share: Sequence[Fact], first_n: int, lead: str = "Per share, "
                         ) -> list[tuple[str, tuple[int, ...]]]:
    """One sentence per per-share amount, in the filer's own words: the row's label, or the sentence quoted."""
    out = []
    for i, ps in enumerate(per_share):
        n = first_n + i
        said = _per_share_said(ps)
        if ps.kind == "sentence":
            out.append((f"{lead}{said} [{n}]: \"{' '.join(ps.quote.split())}\"", (n,)))
        else:
            out.append((f"{lead}{said} [{n}].", (n,)))
    return out


def _metric_answer(question: str, req: Request, pick: Pick | None, per_share: Sequence[Fact] = (),
                   title: str | None = None) -> Answer | None:
    """The figure, cited; for "has it paid dividends?" the payment decides ("Yes" only on a non-zero payment
    row, or on a per-share dividend the filing states for the period) and the per-share amount of the period is
    added beside the total paid."""
    if pick is None:  # "has it paid dividends?" with no payment row for the period: the per-share amount decides
        if not (req.paid and per_share):
            return None
        ps = per_share[0]
        within = "" if ps.period == req.period else f" (the year that includes {req.period})"
        said = _per_share_said(ps).replace(f" for {ps.period} ", f" for {ps.period}{within} ", 1)
        head = f"Yes: {_possessive(req.company)} {said.removeprefix('the ')} [1]."
        how = (f"The filing says [1]: \"{' '.join(ps.quote.split())}\"" if ps.kind == "sentence"
               else f"Reported as \"{ps.label}\" [1].")
        return _answer(question, [(head, (1,)), (how, (1,)), *_per_share_sentences(per_share[1:], 2, "Also, ")],
                       list(per_share), "facts", "dividend per share", inputs=list(per_share), about=_about(req))
    f = pick.fact
    title = title or TITLES.get(f.metric or "", (f.metric or f.label).replace("_", " "))
    if isinstance(f, SumFact):  # one item printed as several rows: the sum, with each row cited
        parts = list(f.parts)
        markers = "".join(f"[{i + 1}]" for i in range(len(parts)))
        all_n = tuple(range(1, len(parts) + 1))
        head = f"{_possessive(req.company)} {title} for {req.period} was {_value_text(f, req.scale, req.scale_word)} {markers}."
        how = f"Formula: {title} = sum of its rows{_sums_said([f])} {markers}."
        return _answer(question, [(head, all_n), (how, all_n), *_input_sentences(parts)], parts, "calc", title,
                       inputs=parts, about=_about(req))
    value = _value_text(f, req.scale, req.scale_word)
    sent = f"{_possessive(req.company)} {title} for {req.period} was {value} [1]."
    if req.paid:
        if f.value == 0:
            return None  # a zero row may be a column of dashes; "no" is not claimed from it
        sent = f"Yes: {sent}"
    sentences = [(sent, (1,))]
    detail = f"Reported as \"{f.label}\""  # the citation carries the document and page
    if f.metric in MAGNITUDE_METRICS and f.value < 0:
        detail += (f" (printed as {fmt(abs(f.value))} in parentheses beside figures of the other sign: a benefit, "
                   f"the cost negative that period)" if calc.signed(f)
                   else f" (printed as {fmt(abs(f.value))} in parentheses: an outflow or cost)")
    sentences.append((detail + " [1].", (1,)))
    cited = [f]
    if req.paid and per_share:
        sentences += _per_share_sentences(per_share, len(cited) + 1)
        cited += list(per_share)
    notes, others = _conflict_notes([pick], len(cited) + 1)
    return _answer(question, sentences + notes, [*cited, *others], "facts", title, inputs=cited, about=_about(req))


def _input_sentences(inputs: Sequence[Fact]) -> list[tuple[str, tuple[int, ...]]]:
    """One sentence per input, in the row's own words, so each figure is checked against its own row."""
    return [(f"Input: \"{f.label}\", {f.period}: {_value_text(f, None, '')} [{i + 1}].", (i + 1,))
            for i, f in enumerate(inputs)]


def _unrounded(shown: str, expression: str) -> str:
    """The headline's amount said once more in the formula when the expression rounds it otherwise (an amount asked
    "in USD millions" is shown to a tenth, "1,070.8 million", while the expression writes "1,071 million"): the
    headline's figure is the formula's result and is checked against it."""
    digits = re.sub(r"[^\d.]", "", shown.split(" ")[0])
    said = {float(t) for t in re.sub(r"[^\d. ]", "", expression).split() if re.fullmatch(r"\d+(?:\.\d+)?", t)}
    if not digits or float(digits) in said:
        return ""
    return f" (unrounded: {shown.lstrip('-')})"


def _calc_answer(question: str, req: Request, title: str, r: CalcResult, picks: Sequence[Pick | None] = ()) -> Answer:
    cited = _cited(r.inputs)
    markers = "".join(f"[{i + 1}]" for i in range(len(cited)))
    if r.unit == "USD":
        scale = req.scale or r.inputs[0].scale or 1.0
        word = req.scale_word or calc.SCALE_WORDS.get(scale, "")
        sign = "-" if r.value < 0 else ""
        shown = f"{sign}${abs(r.value) / scale:,.1f}{(' ' + word) if word else ''}"
    else:
        shown = fmt(r.value, r.unit)
    when = "" if "(" in title else f" for {req.period}"
    head = f"{_possessive(req.company)} {title}{when} was {shown} {markers}."
    if req.direction and r.value != 0:
        head = f"{'Yes' if (r.value > 0) == (req.direction > 0) else 'No'}: {head}"
    name = re.sub(r"\s*\([^)]*\)$", "", title)  # "revenue CAGR (FY2020 to FY2022)" -> "revenue CAGR"
    how = (f"Formula: {name} = {r.formula}; {r.expression}{_sums_said(r.inputs)}{_unrounded(shown, r.expression)} "
           f"{markers}.")
    if r.definition:
        how += f" Uses {r.definition}."
    all_n = tuple(range(1, len(cited) + 1))
    sentences = [(head, all_n), (how, all_n)]
    sentences += _input_sentences(cited)
    notes, others = _conflict_notes(picks, len(cited) + 1)
    return _answer(question, sentences + notes, [*cited, *others], "calc", title, inputs=cited,
                   about=_about(req, title))


_DATE_ASKED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b",
                         re.I)


def doc_year_shift(index: FactIndex, doc_id: str) -> int:
    """1 when the document says it names a year closing in January to March by the year it began (its
    ``fiscal_year_name`` sentences), else 0."""
    said = {(f.fiscal_year or 0) - int(f.value) for f in index.facts(metric="fiscal_year_name", doc_ids=[doc_id])}
    return 1 if said == {1} else 0


def filer_year_shift(question: str, index: FactIndex, doc_ids: Sequence[str]) -> tuple[int, Fact | None]:
    """(years to add to the question's fiscal years, the sentence that says so): 1 when the company's filings say
    it names a year that closes in January to March by the year it began ("fiscal 2024, the 52 weeks ended
    February 1, 2025") and the question names its years by such names ("fiscal 2024", "FY24", "2024"), not by a
    closing date; else 0. mia names each annual column by the year it closed in (``finance.fiscal``)."""
    if _DATE_ASKED.search(question) or resolve_period(question)[0] is None:
        return 0, None
    said = [f for f in index.facts(metric="fiscal_year_name", doc_ids=list(doc_ids)) if f.fiscal_year]
    shifts = {(f.fiscal_year or 0) - int(f.value) for f in said}
    if shifts != {1}:
        return 0, None
    asked = int(re.search(r"\d{4}", resolve_period(question)[0] or "0000").group()) + 1
    return 1, min(said, key=lambda f: (f.fiscal_year != asked, f.doc, f.page))


def shift_period(period: str, by: int) -> str:
    """"FY2024" -> "FY2025", "Q2 2024" -> "Q2 2025" (``by`` years later)."""
    return re.sub(r"\d{4}", lambda m: str(int(m.group()) + by), period, count=1)


def with_naming_note(ans: Answer | None, said: Fact | None, period: str) -> Answer | None:
    """The answer with one sentence saying how the company names the asked year, citing the filing's sentence
    (mia's FY label is the closing year; the question used the company's name for it)."""
    if ans is None or said is None:
        return ans
    n = max((c.n for c in ans.citations), default=0) + 1
    year = int(re.search(r"\d{4}", period).group()) if re.search(r"\d{4}", period) else None
    if year == said.fiscal_year:
        note = (f"{period} here is the year that closed in {said.fiscal_year}, which the company calls fiscal "
                f"{int(said.value)} [{n}]: \"{said.quote}\"")
    else:
        note = (f"mia names a fiscal year by the calendar year it closed in; the company names it by the year it "
                f"began, as it says [{n}]: \"{said.quote}\"")
    check = SentenceCheck(text=note, citations=(n,), supported=True)
    sentences = tuple(ans.verification.sentences) + (check,) if ans.verification else (check,)
    return replace(ans, text=f"{ans.text} {note}", citations=[*ans.citations, _citation(n, said)],
                   verification=Verification(supported=ans.verification.supported if ans.verification else True,
                                             sentences=sentences))


def balance_sheet_rows(index: FactIndex, doc_ids: Sequence[str], period: str, docs: dict[str, DocMeta]) -> list[Fact]:
    """Every table row for ``period`` of the company's balance sheet page that holds its debt: the period's own
    report first (then the newest), and of a filing its first such page (the company's own balance sheet before a
    subsidiary's or a guarantor's)."""
    own = _own_period_first(docs, period)
    pages = sorted({(f.doc_id, f.page) for m in (*debts.DEBT_METRICS, "total_debt")
                    for f in index.facts(metric=m, period=period, doc_ids=list(doc_ids))
                    if f.period == period and f.kind == "table"
                    and statement_page_kind(index, f.doc_id, f.page) == "balance"},
                   key=lambda dp: (tuple(-int(x) for x in own(dp[0])), dp[1]))
    if not pages:
        return []
    doc_id, page = pages[0]
    return [f for f in index.facts(period=period, doc_ids=[doc_id]) if f.page == page and f.period == period]


def debt_result(rows: Sequence[Fact], leases: bool) -> CalcResult | str:
    """Total debt of one balance sheet's column: its own total-debt row, else its debt rows added up
    (``finance.debt``); else why not, in words."""
    if not rows:
        return "no balance sheet with debt rows was found"
    totals = [f for f in rows if f.metric == "total_debt"]
    if len({round(f.absolute, 6) for f in totals}) == 1:
        t = totals[0]
        return CalcResult("total_debt", t.absolute, "USD", "total debt", calc.in_scale_of(t.absolute, t), (t,))
    found = debts.debt_rows(rows, leases)
    return found if isinstance(found, str) else debts.total_debt(found, rows[0])


def _settled(p: Pick | None, title: str) -> Pick | None:
    """The pick, or ``Withdrawn`` when no primary-statement row settles its conflicting values
    (``select.Pick.unsettled``): a calculation is not computed from one of several rival amounts."""
    if p is not None and p.unsettled:
        raise Withdrawn(title, unsettled_reason(p), (p.fact, *p.others))
    return p


def _run_calc(index: FactIndex, req: Request, docs: dict[str, DocMeta]) -> tuple[str, CalcResult, list[str]] | None:
    """(title, result, picks whose sources disagree) or None when an input is missing; raises ``Withdrawn``
    when an input's values conflict with nothing to settle them."""
    def get(metric: str, period: str) -> Pick | None:
        return _settled(_pick(index, metric, req, period, docs), req.calculation or metric)

    def fact(p: Pick | None) -> Fact | None:
        return p.fact if p else None

    notes: list[Pick] = []
    try:
        if req.calculation in ("yoy_growth", "cagr"):
            assert req.metric is not None
            if req.calculation == "cagr":
                start_p = f"FY{min(req.years)}" if req.period.startswith("FY") else prev_period(req.period)
                start, end = get(req.metric, start_p), get(req.metric, req.period)
                result = calc.cagr(fact(start), fact(end))
                title = f"{TITLES.get(req.metric, req.metric)} CAGR ({start_p} to {req.period})"
            else:
                prev_p = (f"FY{min(req.years)}" if len(req.years) == 2 and req.period.startswith("FY")
                          else prev_period(req.period))
                start, end = get(req.metric, prev_p), get(req.metric, req.period)
                result = calc.yoy_growth(fact(end), fact(start))
                title = f"change in {TITLES.get(req.metric, req.metric)} ({prev_p} to {req.period})"
            notes = [p for p in (start, end) if p and p.others]
            return title, result, notes
        if req.calculation == "debt_to_equity":
            # total debt: the balance sheet's total-debt row, else every debt row of that balance sheet added up
            # (``finance.debt``: all short-term borrowings and current portions, not one of them)
            summed: CalcResult | str = debt_result(balance_sheet_rows(index, req.doc_ids, req.period, docs), False)
            if isinstance(summed, str):
                total = get("total_debt", req.period)  # a total-debt row printed elsewhere (a debt note)
                if total is None:
                    return None
                summed = CalcResult("total_debt", total.fact.absolute, "USD", "total debt", "", (total.fact,))
            eq = get("total_equity", req.period)
            result = calc.debt_to_equity(list(summed.inputs), fact(eq))
            if summed.formula != "total debt":
                result = CalcResult(result.name, result.value, result.unit, f"total debt / total equity, with total "
                                    f"debt = {summed.formula}", result.expression, result.inputs,
                                    definition="debt = the balance sheet's debt rows added up")
            return "debt-to-equity ratio", result, notes
        recipe = calc.RECIPES.get(req.calculation or "")
        if req.calculation == "share_of_revenue" and req.metric:
            title = f"{TITLES.get(req.metric, req.metric.replace('_', ' '))} as a share of revenue"
            recipe = calc.Recipe("share_of_revenue", title, ((req.metric, "cur", False), ("revenue", "cur", False)),
                                 calc.share_of_revenue, "%")
        if recipe is None:
            return None

        def take(metric: str, period: str) -> Pick | None:
            if recipe.name == "gross_margin" and metric == "gross_profit":
                # a filer printing no gross-profit row computes it from its statement's revenue and cost of sales;
                # "gross profit" rows of a note that disagree (a collaboration's) do not withdraw that calculation
                try:
                    return get(metric, period)
                except Withdrawn:
                    if get("revenue", period) is None or get("cost_of_revenue", period) is None:
                        raise
                    return None
            return get(metric, period)

        def once(period: str) -> tuple[CalcResult, list[Pick]]:
            picks = [take(metric, period if when == "cur" else prev_period(period))
                     for metric, when, _ in recipe.inputs]
            for (metric, when, optional), p in zip(recipe.inputs, picks):
                if p is None and not optional and recipe.name != "gross_margin":
                    raise MissingInput(recipe.title, [f"{TITLES.get(metric, metric)} ({when})"])
            return recipe.run(*[fact(p) for p in picks]), [p for p in picks if p and p.others]

        if req.average_years:
            periods = [f"FY{y}" for y in req.average_years]
            runs = [once(p) for p in periods]
            result = calc.mean_of([r for r, _ in runs], periods)
            title = f"{len(periods)}-year average {recipe.title} ({periods[0]} to {periods[-1]})"
            return title, result, [p for _, ps in runs for p in ps]
        result, notes = once(req.period)
        return recipe.title, result, notes
    except MissingInput as e:
        if needs_average(e):
            raise  # an average short of a year-end: declined with the reason (``average_declined``)
        return None


def needs_average(e: MissingInput) -> bool:
    """Is the missing input the prior year-end an average needs (``formulas._average_balance``)?"""
    return any("prior year-end" in m for m in e.missing)


def average_declined(question: str, company: str | None, period: str | None, title: str, e: MissingInput) -> Answer:
    """A calculation over an average balance whose prior year-end was not found: declined, saying which input, never
    computed from the closing balance alone."""
    text = (f"mia does not compute the {title}{f' for {company}' if company else ''}{f' ({period})' if period else ''}: "
            f"the {'; '.join(e.missing)} was not found in the filings.")
    check = SentenceCheck(text=text, citations=(), supported=True, reason="refusal")
    return Answer(question=question, text=text, refused=True, mode="refused",
                  verification=Verification(supported=True, sentences=(check,)), subject=title,
                  about=Subject(company, period))


def _change_of(before: CalcResult, now: CalcResult) -> str:
    """The change between two results of one calculation, from their unrounded values, then rounded: percentage
    points for a percentage ("-0.8 percentage points"), else in the result's unit ("+0.04x", "+3.1 days")."""
    diff = now.value - before.value
    if now.unit == "%":
        return f"{calc.points(diff)}"
    if now.unit == "USD":
        scale = next((f.scale for f in now.inputs if f.scale), 1.0)
        word = calc.SCALE_WORDS.get(scale, "")
        return f"{'-' if diff < 0 else '+'}${fmt(abs(diff) / scale)}{(' ' + word) if word else ''}"
    shown = fmt(diff, now.unit)
    return shown if shown.startswith("-") else "+" + shown


def _trend_answer(question: str, index: FactIndex, req: Request, docs: dict[str, DocMeta]) -> Answer | None:
    """The calculation for the period and the one before (or the two years named), and which way it moved."""

    cur = req.period
    prev = f"FY{min(req.years)}" if len(req.years) == 2 else prev_period(cur)
    now, before = _run_calc(index, req, docs), _run_calc(index, replace(req, period=prev), docs)
    if now is None or before is None:
        return None
    title, r_now, notes = now
    _, r_before, notes_before = before
    if r_now.value == r_before.value:
        return None
    up = r_now.value > r_before.value
    inputs = _cited([*r_now.inputs, *r_before.inputs])
    failed = _failed_input(index, inputs)
    if failed is not None:
        return _withdrawn(question, req, title, failed)
    markers = "".join(f"[{i + 1}]" for i in range(len(inputs)))
    verb = "improved" if up else "declined"
    change = _change_of(r_before, r_now)
    head = (f"{_possessive(req.company)} {title} {verb} from {fmt(r_before.value, r_before.unit)} in {prev} "
            f"to {fmt(r_now.value, r_now.unit)} in {cur}, a change of {change} {markers}.")
    if is_yes_no(question) and not re.search(r"\bor\b", question, re.I):
        head = f"{'Yes' if up else 'No'}: {head}"
    how = (f"Formula: {title} = {r_now.formula}; {cur}: {r_now.expression}; {prev}: {r_before.expression}"
           f"{_sums_said([*r_now.inputs, *r_before.inputs])}; change = {cur} - {prev} = {change}, from the "
           f"unrounded ratios {markers}.")
    all_n = tuple(range(1, len(inputs) + 1))
    sentences = [(head, all_n), (how, all_n)]
    sentences += _input_sentences(inputs)
    extra, others = _conflict_notes([*notes, *notes_before], len(inputs) + 1)
    return _answer(question, sentences + extra, [*inputs, *others], "calc", title, inputs=inputs,
                   about=Subject(req.company, f"{prev} to {cur}"))


def answer_from_facts(question: str, index: FactIndex, filters: Any = None, shifted: bool = False) -> Answer | None:
    """A cited answer computed from extracted facts, or None to let the RAG path answer. The fiscal years the
    question names are the company's own (``filer_year_shift``; ``shifted``: the caller has said so already, so no
    second note is added).

    A question about a company that only reports about several companies cover (their tables' rows: "Alphabet
    32.3 52.5") is answered from that company's facts in those reports (``ReportCompany``)."""
    docs = index.documents()
    unfit = _not_useful_answer(question, index, filters)
    if unfit is not None:
        return unfit
    req = read_question(question, docs, filters)
    by_id = {d.doc_id: d for d in docs}
    if req is not None and req.period and req.metric != "dividends_per_share":
        shift, said = filer_year_shift(question, index, req.doc_ids)
        if shift:  # "fiscal 2024" of a filer naming years by the year they began: the year closing in 2025
            req = replace(req, period=shift_period(req.period, shift), years=tuple(y + shift for y in req.years),
                          average_years=tuple(y + shift for y in req.average_years))
            ans = _answer_from_request(question, index, filters, req, by_id)
            return ans if shifted else with_naming_note(ans, said, req.period)
    return _answer_from_request(question, index, filters, req, by_id)


def _answer_from_request(question: str, index: FactIndex, filters: Any, req: Request | None,
                         by_id: dict[str, DocMeta]) -> Answer | None:
    docs = list(by_id.values())
    if req is not None and not isinstance(index, ReportCompany) and _about_several(req.doc_ids, by_id, index):
        req = None  # a report about several companies is not a company: only a named company's rows answer
    if req is None:
        view = None if isinstance(index, ReportCompany) else report_company(question, index, docs)
        ans = answer_from_facts(question, view, filters) if view is not None else None
        if ans is None or view is None:
            return None
        # the company's row is what the figures are about: say so to the checks, as a filing's header would
        return replace(ans, subject=", ".join(x for x in (view.company, ans.subject) if x))
    if req.trend or req.calculation not in (None, "cash_flow_sections"):
        if states_definition(question):
            return None  # the question says how to compute its figure: never mia's own formula (``intents``)
        if part_words(question) and req.calculation not in ("yoy_growth", "cagr"):
            return None  # a ratio of one segment or channel: mia's formula runs over the consolidated rows only
        try:
            return _calc_question(question, index, req, by_id)
        except Withdrawn as w:
            title = TITLES.get(req.calculation or "", "") or (req.calculation or "calculation").replace("_", " ")
            recipe = calc.RECIPES.get(req.calculation or "")
            title = recipe.title if recipe else title
            if req.average_years:
                title = f"{len(req.average_years)}-year average {title}"
            return withdrawn_answer(question, req.company, req.period, title, w)
    if req.calculation == "cash_flow_sections":
        return _sections_answer(question, index, req, by_id)
    assert req.metric is not None
    if req.metric == "dividends_per_share" and not req.paid:
        return dividend_answer(question, index, req)
    pick = _pick(index, req.metric, req, req.period, by_id)
    title = None
    owners = attributable_row(question, index, pick.fact) if pick is not None else None
    if owners is not None:  # "net income attributable to common stock": the row after others' shares
        pick, title = Pick(owners), row_title(owners.label, req.metric)
    elif qualifier(question, req.metric) and (pick is None or not narrowed_by_label(question, req.metric,
                                                                                 pick.fact.label)):
        # "interest expense on deposits" is one part of the row found ("Total interest expense"): only the part's
        # own row answers
        part = qualified_row(question, index, req.metric, req.doc_ids, req.period, by_id)
        if part is None:
            return None
        pick, title = Pick(part), row_title(part.label, req.metric)
    # a figure shown on its own must still sit in its period's column, in the page's scale
    if pick is not None and _failed_input(index, _cited([pick.fact]), primary=False) is not None:
        pick = None
    if pick is None and not (req.paid and req.metric == "dividends_paid"):
        return None
    per_share: list[Fact] = []
    if req.paid and req.metric == "dividends_paid":
        per_share = dividend_per_share(index, req, by_id)
    return _metric_answer(question, req, pick, per_share, title)


def dividend_per_share(index: FactIndex, req: Request, docs: dict[str, DocMeta], most: int = 2) -> list[Fact]:
    """The per-share dividend of the company's common stock for the asked period, from its own filings: a
    statement row ("Dividends declared per share") when the rows of the period agree, then the sentences the
    filing states it in (``finance/dividends.py``), each holding on its cited page (the quote is there and shows
    the amount); at most ``most`` different amounts, the period's own filing first. A quarter ("Q2 2022") is
    answered only by a quarterly amount the filing states for its fiscal year (every quarter of that year paid
    it); an annual total is never shown as a quarter's dividend."""
    m = re.fullmatch(r"(?:FY(\d{4})|Q[1-4] (\d{4}))", req.period or "")
    if m is None:
        return []
    year = m.group(1) or m.group(2)
    quarter = m.group(2) is not None
    period = f"FY{year}"
    page_text = _page_text(index)
    key = _own_period_first(docs, period)
    facts = [f for f in index.facts(metric="dividends_per_share", period=period, doc_ids=list(req.doc_ids))
             if f.period == period and f.value > 0 and f.unit == "USD/share"]
    facts.sort(key=lambda f: (not key(f.doc_id)[0], -key(f.doc_id)[1], f.kind != "table", f.page))
    rows = [f for f in facts if f.kind == "table" and not quarter]
    chosen: list[Fact] = []
    if rows and len({round(f.value, 6) for f in rows}) == 1 and _failed_input(index, rows[:1], primary=False) is None:
        chosen.append(rows[0])
    for f in facts:
        if f.kind != "sentence" or (quarter and not f.label.startswith("quarterly")):
            continue
        text = page_text(f.doc_id, f.page) if page_text else None
        if not text or f.quote not in text or _per_share_text(f).split(" ")[0] not in re.sub(r"\$\s+", "$", " ".join(f.quote.split())):
            continue  # the sentence must be on its page and print the amount as shown
        if any(round(c.value, 6) == round(f.value, 6) for c in chosen):
            continue
        chosen.append(f)
    return chosen[:most]


def _quarterly_doc(d: DocMeta | None) -> bool:
    t = re.sub(r"[^a-z0-9]", "", (d.doc_type or "").lower()) if d else ""
    return "10q" in t or bool(d and (d.period or "").upper().startswith("Q"))


def _dividend_rank(f: Fact, docs: dict[str, DocMeta]) -> int:
    """How surely a per-share dividend is the year's amount: 0 a statement row ("Dividends declared per share"),
    1 the amount a statement of equity writes inside a row label, 2 a sentence of an annual report stating an
    annual or unqualified amount; 3 anything else (a quarterly amount, the amount of each payment, a special
    dividend, a sentence of a quarterly report): never shown as the year's dividend."""
    if f.kind == "table":
        return 0
    if f.label in ("quarterly dividend", "special dividend", "dividend per payment"):
        return 3
    if is_row_quote(f.quote):
        return 1
    if f.label in ("annual dividend", "dividend") and not _quarterly_doc(docs.get(f.doc_id)):
        return 2
    return 3


def _dividend_candidates(index: FactIndex, req: Request, period: str, docs: dict[str, DocMeta]) -> list[Fact]:
    """Every per-share dividend of the company's common stock for ``period`` that holds on its cited page (a
    row in its column; a sentence or label quoted as printed, showing the amount), best first: by
    ``_dividend_rank``, then the period's own report, then the newest."""
    page_text = _page_text(index)
    key = _own_period_first(docs, period)
    out = []
    for f in index.facts(metric="dividends_per_share", period=period, doc_ids=list(req.doc_ids)):
        if f.period != period or f.value <= 0 or f.unit != "USD/share":
            continue
        if f.kind == "table":
            if _failed_input(index, [f], primary=False) is not None:
                continue
        else:
            text = page_text(f.doc_id, f.page) if page_text else None
            if not text or f.quote not in text or _per_share_text(f).split(" ")[0] not in re.sub(
                    r"\$\s+", "$", " ".join(f.quote.split())):
                continue
        out.append(f)
    out.sort(key=lambda f: (_dividend_rank(f, docs), not key(f.doc_id)[0], -key(f.doc_id)[1], f.page))
    return out


_QUARTERLY_ASKED = re.compile(r"\bquarterly\b|\b(?:per|each|a)\s+quarter\b", re.I)


def _not_annual(f: Fact, docs: dict[str, DocMeta]) -> str:
    """Why a per-share amount is not the year's (``_dividend_rank`` 3), in words."""
    return {"quarterly dividend": "a quarterly amount", "special dividend": "a special dividend",
            "dividend per payment": "the amount of each payment"}.get(
        f.label, "an amount in a quarterly report" if _quarterly_doc(docs.get(f.doc_id)) else "another amount")


def annual_dividend(index: FactIndex, req: Request, period: str, docs: dict[str, DocMeta]) -> Fact | None:
    """The year's per-share dividend for a calculation or a change between years: the best-ranked amount
    (``_dividend_rank`` below 3) when the period's best source states only one; else None."""
    cands = _dividend_candidates(index, req, period, docs)
    if not cands or _dividend_rank(cands[0], docs) == 3:
        return None
    best = _dividend_rank(cands[0], docs)
    top = _settle_rows([f for f in cands if _dividend_rank(f, docs) == best and f.doc_id == cands[0].doc_id],
                       cands, docs)
    if len({round(f.value, 6) for f in top}) != 1:
        return None
    # the same amount where a calculation may take it from (a primary statement: the statement of equity's label)
    # before a summary table's row (selected financial data) that no calculation may use; the amount is the same
    same = [f for f in cands if _dividend_rank(f, docs) < 3 and round(f.value, 6) == round(top[0].value, 6)]
    return next((f for f in [top[0], *same] if _failed_input(index, [f]) is None), top[0])


def _settle_rows(top: list[Fact], cands: Sequence[Fact], docs: dict[str, DocMeta]) -> list[Fact]:
    """Best-ranked amounts that disagree (a year's row beside per-quarter rows a table gives the same period) are
    settled by the one amount a source of the next ranks below 3 confirms (the statement of equity's label, an
    annual sentence); else left as they are."""
    values = {round(f.value, 6) for f in top}
    if len(values) < 2:
        return top
    best = _dividend_rank(top[0], docs)
    confirmed = {round(f.value, 6) for f in cands if best < _dividend_rank(f, docs) < 3} & values
    if len(confirmed) != 1:
        return top
    v = confirmed.pop()
    return [f for f in top if round(f.value, 6) == v]


_SPECIAL_ASKED = re.compile(r"(?i)\bspecial\s+(?:cash\s+)?dividends?\b")


def dividend_answer(question: str, index: FactIndex, req: Request) -> Answer | None:
    """"What dividend per share did X pay in FY2022?": the year's per-share dividend of the common stock, cited
    (``_dividend_candidates``); for a quarter, the quarterly amount its year's filing states. Never a quarterly,
    per-payment or special amount shown as the year's: when only such an amount is stated, the answer quotes it
    and gives no figure for the year (refused); when the best sources of the period's own report disagree, the
    amounts are shown and none is chosen (refused). None when nothing is stated (the passages answer)."""
    if _SPECIAL_ASKED.search(question):
        return None  # a special dividend asked is no year's dividend per share: the sentence stating it answers (quoted)
    docs = {d.doc_id: d for d in index.documents()}
    if re.fullmatch(r"Q[1-4] \d{4}", req.period or ""):
        per_share = dividend_per_share(index, req, docs, most=1)
        if not per_share:
            return None
        ps = per_share[0]
        said = _per_share_said(ps).replace(f" for {ps.period} ", f" for {ps.period} (the year that includes "
                                           f"{req.period}) ", 1)
        head = f"{_possessive(req.company)} {said.removeprefix('the ')} [1]."
        how = (f"The filing says [1]: \"{' '.join(ps.quote.split())}\"" if ps.kind == "sentence"
               else f"Reported as \"{ps.label}\" [1].")
        return _answer(question, [(head, (1,)), (how, (1,))], [ps], "facts", "dividend per share", inputs=[ps],
                       about=_about(req))
    if not re.fullmatch(r"FY\d{4}", req.period or ""):
        return None
    cands = _dividend_candidates(index, req, req.period, docs)
    if _QUARTERLY_ASKED.search(question):  # "the quarterly dividend per share in FY2023": a quarterly amount
        cands = [f for f in cands if f.label == "quarterly dividend"]
        if not cands:
            return None
        best, top = 0, [f for f in cands if f.doc_id == cands[0].doc_id]
    elif not cands:
        return None
    else:
        best = _dividend_rank(cands[0], docs)
        top = _settle_rows([f for f in cands if _dividend_rank(f, docs) == best and f.doc_id == cands[0].doc_id],
                           cands, docs)
    values = list(dict.fromkeys(round(f.value, 6) for f in top))
    if best == 3 or len(values) > 1:
        shown = list({round(f.value, 6): f for f in reversed(top if best < 3 else cands)}.values())[::-1][:3]
        why = ("the filings state only " + ", ".join(dict.fromkeys(_not_annual(f, docs) for f in shown))
               if best == 3 else "its statements give different amounts")
        quotes = " ".join(f"\"{' '.join(f.quote.split())}\" [{i + 1}]." for i, f in enumerate(shown))
        text = f"mia does not give one dividend per share for {req.company} for {req.period}: {why}. {quotes}"
        check = SentenceCheck(text=text, citations=tuple(range(1, len(shown) + 1)), supported=True, reason="refusal")
        return Answer(question=question, text=text, citations=[_citation(i + 1, f) for i, f in enumerate(shown)],
                      refused=True, mode="refused", verification=Verification(supported=True, sentences=(check,)),
                      subject="dividend per share", about=_about(req))
    f = top[0]
    what = "quarterly dividend per share" if _QUARTERLY_ASKED.search(question) else "dividend per share"
    head = f"{_possessive(req.company)} {what} for {req.period} was {_per_share_text(f)} [1]."
    if is_yes_no(question) and not req.direction:
        head = f"Yes: {head}"
    if f.kind == "table":
        how = f"Reported as \"{f.label}\" [1]."
    elif is_row_quote(f.quote):
        how = f"The statement of shareholders' equity states it in the row [1]: \"{' '.join(f.quote.split())}\""
    else:
        how = f"The filing says [1]: \"{' '.join(f.quote.split())}\""
    return _answer(question, [(head, (1,)), (how, (1,))], [f], "facts", "dividend per share", inputs=[f],
                   about=_about(req))


def _calc_question(question: str, index: FactIndex, req: Request, by_id: dict[str, DocMeta]) -> Answer | None:
    try:
        return _calc_question_of(question, index, req, by_id)
    except MissingInput as e:
        if not needs_average(e):
            raise
        recipe = calc.RECIPES.get(req.calculation or "")
        return average_declined(question, req.company, req.period, recipe.title if recipe else "calculation", e)


def _calc_question_of(question: str, index: FactIndex, req: Request, by_id: dict[str, DocMeta]) -> Answer | None:
    if req.trend:
        return _trend_answer(question, index, req, by_id)
    if req.calculation:
        out = _run_calc(index, req, by_id)
        if out is None:
            return None
        title, result, notes = out
        if req.metric and req.calculation in ("yoy_growth", "cagr") and not all(
                narrowed_by_label(question, req.metric, f.label) for f in result.inputs):
            return None  # "subscription revenue growth" is never total revenue's growth
        failed = _failed_input(index, _cited(result.inputs))
        if failed is not None:
            return _withdrawn(question, req, title, failed)
        return _calc_answer(question, req, title, result, notes)
    return None


# a qualifier in the question -> what the row's own label must say
_ADJUSTED_WORDS = ((r"\badjusted\b", r"\badjusted\b"), (r"\bnon[- ]?gaap\b", r"\b(?:adjusted|non[- ]?gaap)\b"),
                   (r"\bpro[- ]?forma\b", r"\bpro[- ]?forma\b"), (r"\borganic\b", r"\borganic\b"))


# what makes a question about an adjusted figure ask for more than the reported row (a ratio over it, a change)
_DERIVED_ASK = re.compile(r"\b(?:ratios?|coverage|margins?|multiples?|divided|growth|grew|change[sd]?|increase[sd]?|"
                          r"decrease[sd]?|decline[sd]?|cagr|average|compared?|versus|vs)\b|%", re.I)


def reported_adjusted(question: str, index: FactIndex, company: str, doc_ids: Sequence[str], period: str
                      ) -> Answer | None:
    """An adjusted (non-GAAP) figure is never computed; it is looked up as the company reports it, from a row
    whose own label carries the question's qualifier ("Adjusted EBITDA" for "adjusted EBITDA"). One metric named
    and no ratio over it, rows for the period in the company's documents, one amount among them; else None. The
    answer says it is the company's own non-GAAP figure."""
    wanted = [label_rx for q_rx, label_rx in _ADJUSTED_WORDS if re.search(q_rx, question, re.I)]
    calcs = named_calculations(question)
    metrics = {m for m in (*named_metrics(question), *calcs) if m in BY_NAME}
    if not wanted or len(metrics) != 1 or any(c not in BY_NAME for c in calcs) or _DERIVED_ASK.search(question):
        return None
    metric = metrics.pop()
    rows = [f for f in index.facts(metric=metric, period=period, doc_ids=list(doc_ids))
            if f.period == period and f.kind == "table" and all(re.search(rx, f.label, re.I) for rx in wanted)]
    if metric in ("eps_basic", "eps_diluted"):
        rows += adjusted_eps_rows(index, metric, wanted, doc_ids, period)
    if not rows or len({round(f.absolute, 6) for f in rows}) != 1:
        return None
    f = min(rows, key=lambda r: (r.doc, r.page))
    if _failed_input(index, [f], primary=False) is not None:
        return None
    head = (f"{_possessive(company)} {f.label.lower() if f.label.isupper() else f.label[:1].lower() + f.label[1:]} "
            f"for {period}, as the company reports it, was {_value_text(f, None, '')} [1].")
    note = (f"Reported as \"{f.label}\", a non-GAAP measure of the company's own definition: mia does not "
            "compute adjusted figures [1].")
    return _answer(question, [(head, (1,)), (note, (1,))], [f], "facts", f.label, inputs=[f],
                   about=Subject(company, period))


_NON_GAAP_WORDS = re.compile(r"\b(?:adjusted|non[- ]?gaap|pro[- ]?forma|core|organic)\b", re.I)


def adjusted_eps_rows(index: FactIndex, metric: str, wanted: Sequence[str], doc_ids: Sequence[str], period: str
                      ) -> list[Fact]:
    """The filer's own adjusted / non-GAAP EPS rows, which the extractor never stores as EPS (``finance.extract.
    earnings_per_share``): per-share table rows of the period whose label carries the question's qualifier and,
    that qualifier set aside, names earnings per share ("Non-GAAP diluted EPS", "Adjusted net income per share —
    diluted"); basic only for basic EPS, never a basic row for diluted."""
    out = []
    for f in index.facts(period=period, doc_ids=list(doc_ids)):
        if f.metric is not None or f.period != period or f.kind != "table" or not f.unit.endswith("/share"):
            continue
        if not all(re.search(rx, f.label, re.I) for rx in wanted):
            continue
        plain = _NON_GAAP_WORDS.sub(" ", f.label)
        if not re.search(r"\b(?:eps|earnings|income)\b", plain, re.I) or not earnings_per_share(plain):
            continue
        if re.search(r"\b(?:impact|effect|adjustments?|reconcil\w*|items?|charges?)\b", plain, re.I):
            continue  # a reconciling item of the adjusted figure, not the figure
        basic = bool(re.search(r"\bbasic\b", f.label, re.I))
        if basic != (metric == "eps_basic"):
            continue
        out.append(f)
    return out


# ----------------------------------------------------------------------------------------------------------------
# companies covered by reports about several companies

_QUESTION_WORDS = set("""
what which who how much many was were is are did does do the a an of in on for to from by at as and or its their
company company's companies report reports reported according spend spent spending amount value figure total
growth grow grew change changed increase increased decrease decreased rise rose fall fell rate percent percentage
cagr compound annual yoy year over versus compared between during fiscal calendar year years quarter quarters
first second third fourth q1 q2 q3 q4 fy h1 h2 us usd dollars billion billions million millions trillion
trillions thousand won one decimal decimals round rounded approximately about roughly give tell show
""".split())
_STEM_STOP = {"the", "a", "an", "and", "of", "on", "its", "their", "incl", "including", "excluding", "excl"}


def _word_stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower().replace("'s", " "))
            if w not in _STEM_STOP and len(w) > 2}


_QUALIFIER = re.compile(r"^\s+(?:on|from)\s+(?:the\s+|its\s+|their\s+|our\s+|[a-z0-9&.\-]+(?:\s+[a-z0-9&.\-]+){0,3}?'s\s+)?"
                        r"([a-z][a-z\- ]*?)"
                        r"(?=\s+(?:in|for|during|at|as|over|between|and|compared|versus|vs|from|to|of|did|does|was|were|is|has|"
                        r"had)\b|\s*[?,.;:()]|\s*$)")


_SOURCE_WORDS = re.compile(r"\b(?:statements?|sheets?|reports?|filings?|10-?[kq]|tables?|notes?|sections?|items?|"
                           r"pages?|documents?|md&a|disclosures?|footnotes?|schedules?|exhibits?|discussion|"
                           r"presentation|release|press|transcript|call)\b")


# words after "on"/"from" that name no part: the operations, the period compared with, a basis, common holders
_NO_PART = {w.rstrip("s") for w in """operation continuing company business consolidated statement filing with prior
    previous last preceding same comparable period beginning end start level ago earlier before then now today gaap
    basis reported whole overall aggregate net common stock share shareholder stockholder shareowner holder owner
    ordinary equity""".split()}


# words before a metric's name that narrow nothing: the whole of it, its period, its basis, its subject
_NOT_A_QUALIFIER = {w.rstrip("s") for w in """total net annual yearly quarterly consolidated reported overall aggregate
    company companywide group gaap full fiscal unadjusted cash average ending opening closing beginning prior previous
    latest last next same respective combined entire whole firm firmwide worldwide global actual headline highest
    lowest largest smallest biggest greatest most least top bottom strongest weakest pay paid spend spent generate
    generated earn earned record recorded recognize recognized book booked post posted incur incurred have had hold
    held make made receive received return returned distribute distributed declare declared issue issued
    improving improved declining declined rising rose falling fell growing grew shrinking expanding expanded
    contracting contracted stable steady healthy strong weak high low higher lower good bad positive negative solid
    robust thin margin profile""".split()}
# what may come right before a qualifier: a noun phrase starts there ("Contoso's subscription revenue", "the
# product sales", "FY2024 recurring revenue", "in deferred revenue", "how much unearned revenue"); a qualifier not
# so placed may be a verb ("did it pay dividends") and is not read
_PHRASE_START = re.compile(r"(?:'s|s'|\b(?:the|its|their|our|his|her|a|an|this|that|these|those|in|of|for|on|from|"
                           r"was|were|is|are|what|which|whose|"
                           r"by|at|with|about|much|many|any|no|total|net|annual|consolidated|fy\s?'?\d{2,4}|"
                           r"(?:19|20)\d{2}|q[1-4]))\s+$", re.I)


def _qualifier_before(original: str, q: str, start: int) -> set[str]:
    """The lower-case words written right before a metric's name at ``start`` that narrow it ("subscription
    revenue", "current deferred revenue", "product sales"): up to three, stopping at a word that narrows nothing
    (``_NOT_A_QUALIFIER``, the question's own words), a possessive, a number or year, or a capitalised word (a
    company or a segment's proper name is left to the other checks); read only where a noun phrase starts right
    before them (``_PHRASE_START``: a possessive, an article, a year, a preposition), never after a bare verb."""
    words: set[str] = set()
    end = start
    for _ in range(5):
        m = re.search(r"([A-Za-z][A-Za-z\-]*|&)\s+$", original[:end])
        if not m or m.end() != end:
            break
        word = m.group(1)
        if word.lower() in ("and", "&") and words and q[m.start(1):m.end(1)] == word.lower():
            # "maintenance and support revenue": a part named by two words joined; the word before must narrow too
            before = re.search(r"([a-z][a-z\-]*)\s+$", q[:m.start(1)])
            stems = _word_stems(before.group(1)) if before else set()
            if before and not before.group(1)[0].isupper() and stems - {w.rstrip("s") for w in _QUESTION_WORDS} \
                    - _NO_PART - _NOT_A_QUALIFIER and original[before.start(1)].islower():
                end = m.start(1)
                continue
            words = set()  # "X and Y revenue" with an X that narrows nothing: not read as a part
            break
        if word[0].isupper() or re.search(r"\d", word):
            break
        stems = _word_stems(word) - {w.rstrip("s") for w in _QUESTION_WORDS} - _NO_PART - _NOT_A_QUALIFIER
        if not stems or q[m.start(1):m.end(1)] != word.lower():
            break
        words |= stems
        end = m.start(1)
    return words if words and _PHRASE_START.search(original[:end]) else set()


# a part of a company a question names with its kind: "its online channel", "the Gas segment's", "from its Acme brand"
_PART_NAMED = re.compile(r"\b(?:its|the|their|our|[\w&.\-]+['’]s?)\s+((?:[A-Za-z][\w&\-]*\s+){1,3}?)(?:reportable\s+|"
                         r"operating\s+)?(?:channel|segment|division|brand|region|subsidiary|banner|business\s+unit|"
                         r"product\s+line|line\s+of\s+business)s?\b", re.I)


def part_words(question: str) -> set[str]:
    """The words naming a part of the company the question asks about ("X's online channel" -> {online}, "the Gas
    segment's" -> {gas}), when it names one with its kind (channel, segment, division, brand, region, subsidiary,
    banner, business unit, product line). General rule: a figure narrowed to a part is answered only from a row
    that names that part; the consolidated total never."""
    out: set[str] = set()
    for m in _PART_NAMED.finditer(question.replace("’", "'")):
        out |= (_word_stems(m.group(1)) - {w.rstrip("s") for w in _QUESTION_WORDS} - _NOT_A_QUALIFIER - _NO_PART
                - _ANY_PART)
    return out


# words that name no particular part ("its reportable segments", "each of its segments")
_ANY_PART = {w.rstrip("s") for w in """reportable operating each all both other others combined new main primary core
    key two three four five several various individual respective largest smallest biggest""".split()}


# a part the figure is said to come from, anywhere in the question: "how much of its net sales came from Europe",
# "electric revenue it earned from residential customers", "revenue generated by its Lab Services unit"
_CAME_FROM = re.compile(r"\b(?:came|come|comes|coming|derived|earn(?:ed|s)?|generat(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|"
                        r"sold|attributable|attributed)\s+(?:from|by|in|to|within)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
                        r"((?:[A-Za-z][\w&\-]*\s*){1,4}?)(?=\s+(?:in|for|during|at|over|between|and|compared|versus|vs|of|"
                        r"during|through)\b|\s*[?,.;:()]|\s*$)", re.I)
# proper names right after the company's possessive and before the metric: "Tessaline's Surgical Technologies net
# sales", "Contoso's Cloud Services revenue" (a segment, brand or region named without its kind)
_NAMED_BEFORE = re.compile(r"(?:'s|s')\s+((?:[A-Z][A-Za-z&\-]*\s+){1,3})$")


# the subject of a verb of earning that the company owns: "how much did Contoso's Harbor Select private-label
# products generate in net sales", "how much revenue did Contoso's stores bring in" (a brand, product line, channel
# or unit named without a kind word the registry knows; the company itself is "it", never "Contoso's X")
_OWNED_SUBJECT = re.compile(r"(?:'s|s')\s+((?:[A-Za-z][\w&\-]*\s+){1,5}?)(?:generat(?:e|es|ed|ing)|"
                            r"br(?:ing|ings|inging|ought)\s+in|contribut(?:e|es|ed|ing)|accounts?\s+for|"
                            r"accounted\s+for|earn(?:s|ed)?|produc(?:e|es|ed)|deliver(?:s|ed)?|represent(?:s|ed)?|"
                            r"amount(?:s|ed)?\s+to|rack(?:s|ed)?\s+up)\b", re.I)
# a part named by proper names before a kind word the registry's part kinds leave out: "the revenue of Contoso's
# Azure Cloud business", "its International operations", "its Harbor Select products" (capitalised names only),
# also with descriptive words between the names and the kind: "Contoso's Harbor e-commerce business", "its Quillpoint
# online learning platform", "the Fabrikam specialty pharmacy unit" (the words between: lower case, no function word;
# a name with a digit, a period such as FY2019, is no part: ``_said_parts``)
_NAMED_KIND = re.compile(r"(?:'s|s'|\b[Ii]ts|\b[Tt]heir|\b[Tt]he)\s+((?:[A-Z][\w&\-]*\s+){1,3})"
                         r"(?:(?!(?:of|from|in|for|and|or|to|on|at|by|with|the|its|their|a|an|as|per|than|vs|versus|"
                         r"excluding|including|before|after|less|net)\b)[a-z][\w\-]*\s+){0,3}?"
                         r"(?:business(?:es)?|operations|products|services|franchises?|portfolio|stores|units?|"
                         r"segments?|brands?|subsidiar(?:y|ies)|divisions?|platforms?)\b")
# a customer a figure is said of: "sales to Fabrikam", "revenue to Northwind Traders" (a proper name, not a period)
_SOLD_TO = re.compile(r"^\s+to\s+((?:[A-Z][\w&\-]*\s*){1,3})")
# words of a period or of time, never a part ("generated in the most recent fiscal year", "in December")
_TIME_WORDS = {w.rstrip("s") for w in """recent latest current past trailing twelve month week day ended ending
    january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec""".split()}


# the kind of a part, which its row's label need not repeat ("its Logistics segment": the "Logistics" row)
_PART_KINDS = {w.rstrip("s") for w in """segment division channel brand region subsidiary unit business line
    banner""".split()}


def _said_parts(original: str, spans: Sequence[tuple[int, int]]) -> set[str]:
    """Part words of ``_CAME_FROM``, ``_OWNED_SUBJECT`` (the company's possessive before the subject of a verb of
    earning), ``_SOLD_TO`` (a customer's proper name after the metric's "to") and ``_NAMED_BEFORE`` (proper names
    before a span of the metric's name), less the words that name no part (the question's own words, a basis, the
    whole, a period, the name of any metric: "generate in net sales" names the measure, not a part). General rule:
    a question that narrows its subject to a named part of the company (a brand, product line, channel, region,
    customer) never gets the whole's figure: only a row naming the part answers, else it is declined."""
    drop = ({w.rstrip("s") for w in _QUESTION_WORDS} | _NO_PART | _NOT_A_QUALIFIER | _ANY_PART | _PART_KINDS
            | _TIME_WORDS | _METRIC_STEMS)
    words: set[str] = set()
    named = [m for m in _NAMED_KIND.finditer(original) if not re.search(r"\d", m.group(1))]
    for m in (*_CAME_FROM.finditer(original), *_OWNED_SUBJECT.finditer(original), *named):
        if not _SOURCE_WORDS.search(m.group(1).lower()):
            words |= _word_stems(m.group(1)) - drop
    for s, e in spans:
        m = _NAMED_BEFORE.search(original[:s])
        if m and not re.search(r"\d", m.group(1)):
            words |= _word_stems(m.group(1)) - drop
        m = _SOLD_TO.match(original[e:])
        if m and not re.search(r"\d|\bFY|\b[QH][1-4]\b", m.group(1)):
            words |= _word_stems(m.group(1)) - drop
    return words


# every word of any metric's names in questions ("sales", "income", "cash"): a phrase of them names a measure
_METRIC_STEMS = {w for phrases in METRIC_WORDS.values() for p in phrases for w in _word_stems(p)}


def qualifier(question: str, metric: str, phrases: Sequence[str] = ()) -> set[str]:
    """The words of a part the question narrows its metric to: written right after the metric's name with "on" or
    "from" ("interest expense on deposits" -> {deposit}, "interest income from loans" -> {loan}; a period, a company
    or a currency after "from" is no part: those words are dropped), or right before it ("subscription revenue"
    -> {subscription}, "current deferred revenue" -> {current, deferred}: ``_qualifier_before``), said to come from
    it anywhere ("how much of its net sales came from Europe" -> {europe}), or proper names between the company's
    possessive and the metric ("Tessaline's Surgical Technologies net sales": ``_said_parts``); empty when it
    names none. General rule: the metric's name inside a longer noun phrase is another item (deferred revenue is a
    liability, not revenue); only a row whose label says those words answers it."""
    question = without_name_asides(question)  # "Tailwind's (formerly known as Squall Pay) Squall Wallet app": the app
    original = " " + re.sub(r"\s+", " ", question.replace("’", "'")) + " "
    q = original.lower()
    if len(q) != len(original):  # a letter whose lower case is longer: positions would not line up
        original = q
    names = set(phrases) or {*METRIC_WORDS.get(metric, ()), TITLES.get(metric, "")}
    spans = sorted({(m.start(), m.end()) for p in names if p
                    for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}s?(?![a-z0-9])", q)})
    found: set[str] = set(part_words(question)) | _said_parts(original, spans)
    for s, e in spans:
        if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans):
            continue  # inside a longer name of the metric ("dividends paid" in "dividends paid on common stock")
        found |= _qualifier_before(original, q, s)
        tail = _QUALIFIER.match(q[e:])
        if tail and _SOURCE_WORDS.search(tail.group(1)):
            continue  # "from the cash flow statement", "from its 10-K": where to read it, not a part of it
        if tail:
            words = _word_stems(tail.group(1)) - {w.rstrip("s") for w in _QUESTION_WORDS}
            words -= _NO_PART
            if words:
                return found | words
    return found


def narrowed_by_label(question: str, metric: str, label: str) -> bool:
    """Whether the row's label says every word of the part the question narrows its metric to (``qualifier``);
    True when the question names no part. General rule: a total never answers a question about one of its parts."""
    return qualifier(question, metric) <= _word_stems(label)


def _under_heading(text: str | None, quote: str, metric: str) -> bool:
    """Does the row (``quote``) sit under a heading line that names ``metric`` ("Revenue:", "Net sales",
    "Interest expense:") with no total row of the metric between them? A row printed after the metric's total
    (or under another heading, "Cost of revenue:") is not one of its parts."""
    if not text or not quote.strip() or quote.strip() not in text:
        return False
    lines = text[:text.find(quote.strip())].split("\n")[:-1]
    for line in reversed(lines[-40:]):
        s = line.strip()
        if not s:
            continue
        m = re.search(r"(?:\s+\$?\s*\(?[\d,.]+\)?%?|\s+[—–-])+\s*$", s)
        if m and m.start() > 0:  # a row: a total of the metric closes its section
            if normalise_metric(s[:m.start()].strip(" $"), None) == metric:
                return False
            continue
        return normalise_metric(s.rstrip(":").strip(), "") == metric
    return False


def qualified_row(question: str, index: FactIndex, metric: str, doc_ids: Sequence[str], period: str,
                  docs: dict[str, DocMeta] | None = None) -> Fact | None:
    """The row that answers a metric the question narrows to a part (``qualifier``: "subscription revenue",
    "product sales", "interest expense on deposits"): a table row of the period whose label says every word of the
    part, that is no other item (mapped to another metric, or holding a word the metric's token rules never allow:
    "cost", "deferred" unless the question says it), and that names the metric's kind of item itself ("Subscription
    revenue") or sits under the metric's heading ("Revenue:" above "Subscription"; not "Cost of revenue:").
    General rule: a part is answered by its own row, with its own figures and citation, never by the total. Rows on
    a primary statement of the metric's kind come first, the period's own report first; when the best rows state
    different amounts (two rows carry the words), or no row qualifies, None (declined)."""
    return part_row(index, metric, qualifier(question, metric), doc_ids, period, docs)


# words of a label that leave out what follows them: "Revenue, before fuel surcharge", "Sales excluding fuel"
_EXCLUDES = re.compile(r"\b(?:before|excluding|excl\.|ex|less|net\s+of|without)\s+([a-z][a-z\s\-]*)", re.I)


def part_row(index: FactIndex, metric: str, words: set[str], doc_ids: Sequence[str], period: str,
             docs: dict[str, DocMeta] | None = None) -> Fact | None:
    """``qualified_row`` for the part's words given (``_word_stems`` form)."""
    page_text = _page_text(index)
    if not words or page_text is None:
        return None
    never = {t for t in other_item_words(metric) if t.rstrip("s") not in words}  # the part's own words are allowed
    # the metric's kind of item; for a metric the registry gives no nouns, the words of its title ("research and
    # development": "Acquired in-process research and development" names the kind itself)
    nouns = metric_nouns(metric) or {t for w in (TITLES.get(metric, ""), *METRIC_WORDS.get(metric, ()))
                                      for t in label_tokens(w) if len(t) > 3} - {"total", "expense", "income"}
    own = STATEMENT_OF.get(metric, ())
    found: list[tuple[bool, Fact]] = []
    for f in index.facts(period=period, doc_ids=list(doc_ids)):
        if f.period != period or f.kind != "table" or f.metric not in (None, metric):
            continue
        if f.unit == "%" or f.unit.endswith("/share") or f.unit == "shares":
            continue
        toks = set(label_tokens(f.label))
        if not words <= _word_stems(f.label) or toks & never:
            continue
        if _EXCLUDES.search(f.label) and words <= _word_stems(" ".join(m.group(1) for m in _EXCLUDES.finditer(f.label))):
            continue  # "Revenue, before fuel surcharge" leaves the part out: never the part's own row
        if not (toks & nouns) and not _under_heading(page_text(f.doc_id, f.page), f.quote, metric):
            continue
        kind = statement_page_kind(index, f.doc_id, f.page)
        found.append((bool(kind and (kind in own or not own)), f))
    if not found:
        return None
    best = [f for on, f in found if on] or [f for _, f in found]
    if docs:
        first = _own_period_first(docs, period)
        top = max(first(f.doc_id) for f in best)
        best = [f for f in best if first(f.doc_id) == top]
    if len({round(f.absolute, 6) for f in best}) != 1:
        return None
    return min(best, key=lambda f: (f.doc, f.page))


# a question asking for more than the row's own figure: a share, a rate, a change, a comparison, a reason
_NOT_THE_ROW = re.compile(r"\b(?:percent\w*|share|proportion|ratio|margin|per(?!\s+(?:its|the|their|our)\b)|rate|"
                          r"growth|grow|grew|change\w*|"
                          r"increase\w*|decrease\w*|rise|rose|fall|fell|decline\w*|compare\w*|versus|vs|why|how\s+did|"
                          r"drove|driver\w*|reason\w*|average|cagr|each|segment\w*|region\w*|channel\w*|brand\w*|"
                          r"excluding|including|adjusted|non-gaap|forecast\w*|guidance|expect\w*|outlook|and)\b|%",
                          re.I)
_GENERIC_ROW = {("other",), ("total",), ("net",), ("other", "net"), ("total", "net")}


_ATTRIBUTABLE = re.compile(r"\b(?:attributable|available|applicable)\s+to\b", re.I)


def attributable_row(question: str, index: FactIndex, chosen: Fact) -> Fact | None:
    """For "net income attributable to common stock" (to the company, to its shareholders), the row of the chosen
    row's metric, period and page whose label says "attributable/available to" (never the noncontrolling
    interests' share) when the chosen row does not: the amount after what is owed to others (a subsidiary's
    preferred dividends, minority holders). None when the question does not say so, the chosen row already does,
    or the page holds no such row or several with different amounts."""
    if not _ATTRIBUTABLE.search(question):
        return None
    return owners_row(index, chosen)


def owners_row(index: FactIndex, chosen: Fact) -> Fact | None:
    """``attributable_row`` whatever the question says: the row of the chosen row's metric, period and page whose
    label says the amount is the company's own shareholders' ("attributable to common shareholders"), when the
    chosen row does not say so; None otherwise (no such row, or several with different amounts)."""
    if _ATTRIBUTABLE.search(chosen.label):
        return None
    rows = [f for f in index.facts(metric=chosen.metric, period=chosen.period, doc_ids=[chosen.doc_id])
            if f.page == chosen.page and f.kind == "table" and _ATTRIBUTABLE.search(f.label)
            and not re.search(r"non-?controlling|minority", f.label, re.I)]
    if not rows or len({round(f.absolute, 6) for f in rows}) != 1:
        return None
    return rows[0]


def named_row(question: str, index: FactIndex, doc_ids: Sequence[str], period: str) -> Fact | None:
    """The row of the company's statements a question names by its label when no metric of mia's names it ("What
    did Meadowlark report for purchased transportation in 2025?": the "Purchased transportation" row): a table row
    of the period, on a primary statement page, whose label (two words or more, no generic "Other, net") is written
    word for word in the question, the longest such label; None when the question asks more than the row's own
    figure (a share, a change, a part, a reason: ``_NOT_THE_ROW``), or the rows so labelled state different amounts.
    General rule: a line item the registry does not know is answered only by the row that bears its name."""
    if _NOT_THE_ROW.search(question):
        return None
    q = " " + " ".join(label_tokens(question)) + " "
    found: list[tuple[int, Fact]] = []
    for f in index.facts(period=period, doc_ids=list(doc_ids)):
        if f.period != period or f.kind != "table" or f.unit == "%" or f.unit.endswith("/share"):
            continue
        toks = label_tokens(re.sub(r",\s*net\s*$", "", f.label, flags=re.I))  # "Gain on sale of restaurants, net"
        if len(toks) < 2 or toks in _GENERIC_ROW or f" {' '.join(toks)} " not in q:
            continue
        if not is_statement_page(index, f.doc_id, f.page):
            continue
        found.append((len(toks), f))
    if not found:
        return None
    longest = max(n for n, _ in found)
    best = [f for n, f in found if n == longest]
    if len({f.label.lower() for f in best}) != 1 or len({round(f.absolute, 6) for f in best}) != 1:
        return None
    return min(best, key=lambda f: (f.doc, f.page))


_EXPENSE_HEAD = re.compile(r"^\s*(?:operating\s+)?(?:costs?\s+and\s+expenses|(?:operating\s+)?expenses|costs\s+and\s+"
                           r"operating\s+expenses)\b[^\d]*$", re.I)
_TOTAL_EXPENSES = re.compile(r"^\s*total\s+(?:operating\s+)?(?:costs?\s+and\s+)?(?:operating\s+)?expenses\b", re.I)


def _in_expenses(page_text: str | None, quote: str) -> bool | None:
    """Whether the row sits among a statement's costs and expenses (under a "Costs and expenses:" / "Operating
    expenses:" heading, before their total); None when the page does not say."""
    if not page_text or quote.strip() not in page_text:
        return None
    above = page_text[:page_text.find(quote.strip())].split("\n")[::-1]
    for line in above[:40]:
        if _TOTAL_EXPENSES.search(line):
            return False
        if _EXPENSE_HEAD.search(line):
            return True
    return None


# a line the statement's costs are taken from when no "Costs and expenses:" heading stands over them: the gross
# profit line (operating expenses follow it) or the revenue total (costs follow it)
_COSTS_BASE = re.compile(r"^\s*(?:gross\s+(?:profit|margin)|(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:revenues?|sales)"
                         r"(?:,\s*net)?)\b[^a-z]*$", re.I)
# a profit line (or the costs' total) above the row: the row stands below it, not among the costs deducted to reach it
_PROFIT_LINE = re.compile(r"^\s*(?:total\s+(?:operating\s+)?(?:costs?|expenses)|(?:operating|net)\s+(?:income|loss|"
                          r"earnings|profit)|(?:income|earnings|loss)\s+(?:from\s+operations|before))\b", re.I)


# a heading that says how its rows are signed: "Other operating (expense) income:", "Other income (expense):" print
# an expense in parentheses (the amount is what the row added to the profit); "Other expense (income), net:" print
# an expense as a positive amount (what the row took away)
_SIGNED_HEAD_ADDED = re.compile(r"\(\s*expenses?\s*\)\s*(?:,\s*)?(?:and\s+)?income|\bincome\s*\(\s*expenses?\s*\)", re.I)
_SIGNED_HEAD_TAKEN = re.compile(r"\bexpenses?\s*\(\s*income\s*\)|\(\s*income\s*\)\s*(?:,\s*)?(?:and\s+)?expense", re.I)


# a text layer that runs a statement's rows into one line ("Net sales $ 18,420 $ 17,615 Cost of sales 10,315 9,981
# ..."): a row starts where a capitalised label follows a row's last figure (or the header's years)
_ROW_START = re.compile(r"(?<=[\d)\-—–])\s+(?=[A-Z][a-z])")


def profit_sign(page_text: str | None, quote: str) -> int | None:
    """How a row's printed amount bears on the profit the statement arrives at, by the layout alone: -1 when it was
    deducted (the row stands under a "Costs and expenses:" heading (``_in_expenses``), or, where no heading stands,
    after the gross profit line or the revenue total with no profit line, costs' total or other heading between:
    the US layout "Gross profit / Selling, general and administrative / Restructuring charges / Operating
    income"); +1 when it was added (under an "(expense) income" heading, which prints an expense in parentheses);
    None when the page does not say. General rule: a charge's sign is read from how its statement prints it, never
    assumed."""
    if _in_expenses(page_text, quote) is True:
        return -1
    if not page_text or quote.strip() not in page_text:
        return None
    above = [row for line in page_text[:page_text.find(quote.strip())].split("\n")
             for row in _ROW_START.split(line)][::-1]
    for line in above[1:40] if above and not above[0].strip() else above[:40]:
        if _PROFIT_LINE.search(line) or _TOTAL_EXPENSES.search(line):
            return None
        if not re.search(r"\d", line) and line.strip():
            # a heading: it says the sign, or the rows under it are not read
            if _SIGNED_HEAD_ADDED.search(line):
                return 1
            if _SIGNED_HEAD_TAKEN.search(line) or _EXPENSE_HEAD.search(line):
                return -1
            return None
        if _COSTS_BASE.search(line):
            return -1
    return None


def signed_reading(f: Fact, page_text: str | None) -> tuple[float, str] | None:
    """(amount, "gain" | "loss") of a row whose label names a gain or a loss, as the filer means its sign: "(Gain)
    loss" and "Gain (loss)" say which sign is which; a "Gain on sale ..." row printed in parentheses among costs and
    expenses is a credit to them, a gain. None when the sign's meaning is not said (a gain row in parentheses
    outside the expenses, a bare "loss" row printed negative): the figure is then not shown as either.
    General rule: a figure in parentheses is shown as the filer means it, or not at all."""
    label = f.label.lower()
    v = f.absolute
    if re.search(r"\(\s*gains?\s*\)\s*(?:,\s*)?(?:and\s+)?loss|\bloss(?:es)?\s*\(\s*gains?\s*\)", label):
        # "(Gain) loss on ..." and "Loss (gain) on ...": the amount in parentheses is the gain
        return abs(v), "gain" if v < 0 else "loss"
    if re.search(r"\(\s*loss(?:es)?\s*\)\s*(?:,\s*)?(?:and\s+|or\s+)?gain|gains?\s*(?:(?:or|and)\s+)?\(\s*loss", label):
        return abs(v), "loss" if v < 0 else "gain"
    gain, loss = bool(re.search(r"\bgains?\b", label)), bool(re.search(r"\bloss(?:es)?\b", label))
    if gain == loss:
        return None
    among = _in_expenses(page_text, f.quote)
    if gain:
        if v >= 0 and among is not True:
            return v, "gain"
        if v < 0 and among is True:
            return abs(v), "gain"  # a credit within the expenses
        return None
    if v >= 0:
        return v, "loss"
    return None


def named_row_answer(question: str, index: FactIndex, company: str, doc_ids: Sequence[str], period: str,
                     scale: float | None, scale_word: str) -> Answer | None:
    """``named_row``'s figure, cited, with its label as printed; its column and scale checked like any figure. A
    row naming a gain or a loss is shown as the filer means its sign (``signed_reading``), or not at all."""
    f = named_row(question, index, doc_ids, period)
    if f is None or _failed_input(index, [f], primary=False) is not None:
        return None
    req = Request(company=company, doc_ids=tuple(doc_ids), years=(), period=period, scale=scale,
                  scale_word=scale_word)
    title = f.label[:1].lower() + f.label[1:] if not f.label[:2].isupper() else f.label
    detail = f"Reported as \"{f.label}\" [1]."
    if re.search(r"\bgains?\b|\bloss(?:es)?\b", f.label, re.I):
        page_text = _page_text(index)
        read = signed_reading(f, page_text(f.doc_id, f.page) if page_text else None)
        if read is None:
            return None
        what = read[1]
        value = _value_text(replace(f, value=abs(f.value)), scale, scale_word)  # the amount by magnitude
        sent = f"{_possessive(company)} {title} for {period} was a {what} of {value} [1]."
        if f.value < 0:
            detail = (f"Reported as \"{f.label}\", printed as {fmt(abs(f.value))} in parentheses"
                      f"{' among costs and expenses, a credit to them' if what == 'gain' else ''} [1].")
    else:
        value = _value_text(f, scale, scale_word, magnitude=False)
        sent = f"{_possessive(company)} {title} for {period} was {value} [1]."
    return _answer(question, [(sent, (1,)), (detail, (1,))], [f], "facts", title, inputs=[f], about=_about(req))


def row_title(label: str, metric: str) -> str:
    """How an answer names a part's row: its label, with the metric's name added when the label does not say it
    ("Subscription" under "Revenue:" -> "subscription revenue")."""
    name = TITLES.get(metric, metric.replace("_", " "))
    text = label if label.isupper() is False else label.lower()
    text = text[:1].lower() + text[1:] if not text[:2].isupper() else text
    if set(label_tokens(label)) & (metric_nouns(metric) | set(label_tokens(name))):
        return text
    return f"{name} (\"{label}\")" if "," in label else f"{text} {name}"


def leftover_words(question: str, company: str, metric: str | None) -> set[str]:
    """What the question says beyond its company, metric, period and the words every such question uses:
    "NVIDIA's Data Center revenue" -> {data, center}; "including finance leases" -> {finance, lease}. A
    report row answers only when its label says all of it."""
    words = _word_stems(question) - _word_stems(company) - {w.rstrip("s") for w in _QUESTION_WORDS}
    if metric:
        phrases = [*METRIC_WORDS.get(metric, ()), TITLES.get(metric, ""), metric.replace("_", " ")]
        words -= set().union(*(_word_stems(p) for p in phrases))
    return {w for w in words if not w.isdigit()}


class ReportCompany:
    """One company's facts in reports about several companies, seen as that company's own documents.

    Facts come only from rows whose ``company`` is this company, and only rows whose label or text says
    everything the question says beyond company, metric and period (``leftover_words``): a "Total revenue" row
    does not answer "Data Center revenue", a row that does not say it includes finance leases does not answer
    "including finance leases"."""

    def __init__(self, index: FactIndex, company: str, docs: list[DocMeta], question: str) -> None:
        self._index, self.company, self._docs, self._question = index, company, docs, question
        self._ids = {d.doc_id for d in docs}

    def documents(self) -> list[DocMeta]:
        return list(self._docs)

    def facts(self, metric=None, company=None, period=None, fiscal_year=None, doc_ids=None, label=None) -> list[Fact]:
        ids = sorted(self._ids if doc_ids is None else self._ids & set(doc_ids))
        if not ids:
            return []
        rows = self._index.facts(metric=metric, period=period, fiscal_year=fiscal_year, doc_ids=ids, label=label)
        rows = [f for f in rows if (f.company or "").lower() == self.company.lower()]
        return [f for f in rows
                if leftover_words(self._question, self.company, f.metric) <= _word_stems(f"{f.label} {f.quote}")]

    def __getattr__(self, name: str) -> Any:  # page_text and the rest: the real index
        return getattr(self._index, name)


def _about_several(doc_ids: Sequence[str], by_id: dict[str, DocMeta], index: FactIndex) -> bool:
    """Documents with no company of their own that are about several: their metadata lists several companies,
    or (an index whose metadata predates that) their facts carry several companies."""
    metas = [by_id[i] for i in doc_ids if i in by_id]
    if not metas or any(d.company for d in metas):
        return False
    if all(len((d.extra or {}).get("companies") or ()) > 1 for d in metas):
        return True
    return len({f.company for f in index.facts(doc_ids=list(doc_ids)) if f.company}) > 1


def report_company(question: str, index: FactIndex, docs: Sequence[DocMeta]) -> ReportCompany | None:
    """The view of the one company the question names among those that reports about several companies
    cover (``DocMeta.extra["companies"]``), when their tables hold facts for it; else None."""
    open_docs = [d for d in docs if not d.company]
    if not open_docs:
        return None
    held = [f for f in index.facts(doc_ids=[d.doc_id for d in open_docs]) if f.company]
    names = {f.company for f in held} | {c for d in open_docs for c in (d.extra or {}).get("companies") or ()}
    named = {c for c in names if re.search(rf"(?<![\w&]){re.escape(c)}(?![\w&])", question, re.I)}
    named = {c for c in named if not any(c != o and c.lower() in o.lower() for o in named)}  # the longest form
    if len(named) != 1:
        return None
    company = named.pop()
    facts = [f for f in held if f.company.lower() == company.lower()]
    if not facts:
        return None
    held = {f.doc_id for f in facts}
    own = [replace(d, company=company) for d in open_docs if d.doc_id in held]
    return ReportCompany(index, company, own, question)


# ----------------------------------------------------------------------------------------------------------------
# cross-report table


def facts_table(index: FactIndex, metric: str, companies: Sequence[str] | None = None,
                periods: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One row per company and period for ``metric`` (a metric name, or a label as written when unmapped)."""
    docs = {d.doc_id: d for d in index.documents()}
    name = metric if metric in TITLES or metric in BY_NAME else normalise_metric(metric)
    facts = index.facts(metric=name) if name else index.facts(label=metric)
    want_c = {c.lower() for c in companies} if companies else None
    want_p = {p.upper() for p in periods} if periods else None
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if want_c is not None and (f.company or "").lower() not in want_c:
            continue
        if want_p is not None and (f.period or "").upper() not in want_p:
            continue
        groups[(f.company or "", f.period or "")].append(f)
    rows: list[dict[str, Any]] = []
    for (company, period), fs in sorted(groups.items()):
        if name:
            pick = pick_fact(_ListIndex(fs, list(docs.values()), index), name, company, period,
                             sorted({f.doc_id for f in fs}), docs)
            if pick is None:
                continue
            f, conflict = pick.fact, pick.conflict
        else:
            f, conflict = majority(fs), len({round(x.absolute, 6) for x in fs}) > 1
        rows.append({"company": company, "period": period, "value": f.value, "scale": f.scale, "unit": f.unit,
                     "amount": f.absolute, "label": f.label, "metric": f.metric, "doc": f.doc, "page": f.page,
                     "quote": f.quote, "conflict": conflict})
    return rows


class _ListIndex(MemoryFactIndex):
    """The FactIndex view of facts already fetched (to reuse ``pick_fact`` on them), reading page texts and the
    statement pages stored at ingest from the real index, so statement pages are preferred here as in answers."""

    def __init__(self, facts: list[Fact], docs: list[DocMeta], source: Any = None):
        super().__init__(docs, facts)
        self._source = source

    def page_text(self, doc_id: str, page: int) -> str | None:
        page_text = getattr(self._source, "page_text", None)
        return page_text(doc_id, page) if page_text else None

    def statement_page_info(self, doc_id: str, page: int) -> tuple[str | None, bool] | None:
        stored = getattr(self._source, "statement_page_info", None)
        return stored(doc_id, page) if callable(stored) else None


# ----------------------------------------------------------------------------------------------------------------
# statement pages a question points at (a retrieval hint)


