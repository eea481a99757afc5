"""Sources that disagree about a quoted or generated answer's headline figure (issue 14).

The facts path shows every report's value when the reports disagree (``finance.select.Pick.others``). A quoted
(``extract``), ``fallback`` or generated (``rag``) answer reads passages instead, so a different figure for
the same thing elsewhere in the index would go unmentioned. ``with_conflicts`` closes that gap with one rule:

1. the **headline figure** is the first amount of the answer's first cited sentence (``headline``);
2. what it is a figure **of** comes from the index's facts: a fact on the cited page stating that amount gives
   the metric, the period and the company (``facts_behind``); a figure no fact states is left alone (mia does
   not guess what it measures), and so is one whose row the question does not ask about;
3. every **other document's** value for the same company, metric and period (table rows and sentences, one per
   document as ``finance.select.majority`` reads it) that differs from the shown figure beyond rounding
   (``agree``) is shown beside it, cited: "Sources disagree: ...". Facts quoted from text written for an AI are
   never among them: the answerer hands in ``untrusted.TrustedFacts``, and the answer's own passages had that
   text cut before anything quoted them, so a planted value is never the sole support of anything shown.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..finance.formulas import SCALE_WORDS, fmt
from ..finance.select import majority
from ..query.entities import company_groups, company_names, mentions_name
from ..query.intent import question_metrics
from ..text.names import base_name, squash
from ..text.numbers import Num, parse_numbers
from ..types import Answer, Citation, DocMeta, Fact, SentenceCheck

CONFLICT_REASON = "sources disagree: another report's figure, cited"
MODES = ("extract", "fallback", "rag")  # the facts path flags its own conflicts
PLAIN_SCALES = (1.0, 1e3, 1e6, 1e9)  # a value read without a scale may be in any of these units
MAX_SHOWN = 3  # disagreeing documents named at most


def headline(answer: Answer) -> tuple[Num, Citation] | None:
    """The answer's headline figure and the citation it stands on: the first amount (not a year, not a
    reference) of the first shown sentence that cites a source."""
    by_n = {c.n: c for c in answer.citations}
    for check in answer.verification.sentences:
        if not check.supported or not check.citations:
            continue
        cited = [by_n[n] for n in check.citations if n in by_n]
        if not cited:
            continue
        nums = [n for n in parse_numbers(check.text) if n.is_claim and n.printed]
        return (nums[0], cited[0]) if nums else None
    return None


def _step(decimals: int, scale: float) -> float:
    return 10.0 ** (-decimals) * scale


def _decimals(value: float) -> int:
    text = f"{abs(value):.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def agree(a: float, a_step: float, b: float, b_step: float) -> bool:
    """Two amounts agree when either one, rounded as it was printed, covers the other (sign-insensitive:
    an outflow printed in parentheses is the same amount)."""
    a, b = abs(a), abs(b)
    return math.isclose(a, b, rel_tol=1e-9) or abs(a - b) <= max(a_step, b_step) / 2 * (1 + 1e-9)


def _amounts(f: Fact) -> list[tuple[float, float]]:
    """(amount, rounding step) readings of a fact: one, or one per plain scale when it was read without one."""
    scales = PLAIN_SCALES if f.scale == 1.0 and f.unit != "%" else (f.scale,)
    return [(f.value * s, _step(_decimals(f.value), s)) for s in scales]


def states(shown: Num, f: Fact) -> tuple[float, float] | None:
    """(amount, rounding step) of ``shown`` when the fact states it: the same digits as printed (a table
    row's "1,577" under "(in millions)") or the same amount ("$1.6 billion" for 1,577 million); else None."""
    if (shown.unit == "%") != (f.unit == "%"):
        return None
    if shown.scale == 1.0 and agree(shown.printed, _step(shown.decimals, 1.0), f.value, 0.0):
        return f.absolute, _step(shown.decimals, f.scale)
    value = abs(shown.value)
    step = _step(shown.decimals, value / abs(shown.printed))
    if any(agree(value, step, amount, 0.0) for amount, _ in _amounts(f)):
        return value, step
    return None


def _forms(f: Fact, docs: dict[str, DocMeta]) -> set[str]:
    """The names of a fact's company as written: its row's company, and its document's when the row has none
    or the document is that company's own."""
    names = {n for n in (f.company or "", base_name(f.company or "")) if n}
    meta = docs.get(f.doc_id)
    if meta is not None and meta.company and (not f.company or squash(meta.company) == squash(f.company)):
        names |= company_names(meta)
    return {n for n in names if squash(n)}


def same_company(f: Fact, forms: set[str], docs: dict[str, DocMeta]) -> bool:
    """Whether ``f`` is about the company named ``forms``: their names squash alike, or (a fact of a report
    about no one company) its own sentence or row names it."""
    own = _forms(f, docs)
    if own:
        return bool({squash(n) for n in own} & {squash(n) for n in forms})
    quote = f.quote or f.label
    return any(len(squash(n)) >= 3 and mentions_name(quote, squash(quote), n) for n in forms)


def facts_behind(index: Any, shown: Num, cited: Citation, docs: Sequence[DocMeta]) -> list[tuple[Fact, float, float]]:
    """The facts on the cited page(s) that state the shown figure, each with the shown amount and its rounding
    step; only those with a metric and a period (what the figure is of)."""
    doc = next((d for d in docs if d.doc == cited.doc), None)
    if doc is None:
        return []
    pages = set(range(cited.page, (cited.page_end or cited.page) + 1))
    out = []
    for f in index.facts(doc_ids=[doc.doc_id]):
        if f.page in pages and f.metric and f.period:
            got = states(shown, f)
            if got is not None:
                out.append((f, *got))
    return out


def _own_row(f: Fact, docs: dict[str, DocMeta]) -> bool:
    """A row of its document's own company (a filing's figures, not a report's row about someone else)."""
    meta = docs.get(f.doc_id)
    return meta is not None and bool(meta.company) and (not f.company or squash(f.company) == squash(meta.company))


def _company_docs(behind: Fact, by_id: dict[str, DocMeta], docs: Sequence[DocMeta]) -> set[str]:
    """The documents of the company whose own row ``behind`` is (``entities.company_groups``: documents sharing
    any name are one company, "Contoso" on one cover and "Contoso Holdings Corp" on another); empty otherwise."""
    if not _own_row(behind, by_id):
        return set()
    for group in company_groups(list(docs)).values():
        ids = {d.doc_id for d in group}
        if behind.doc_id in ids:
            return ids
    return set()


def disagreeing(index: Any, behind: Fact, amount: float, step: float, docs: Sequence[DocMeta]) -> list[Fact]:
    """Other documents' values for the company, metric and period of ``behind`` that differ from ``amount``
    beyond rounding: one per document (its primary statement row, ``select.majority``), largest gap first."""
    by_id = {d.doc_id: d for d in docs}
    forms = _forms(behind, by_id)
    if not forms:
        return []
    group = _company_docs(behind, by_id, docs)
    per_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in index.facts(metric=behind.metric, period=behind.period):
        if f.doc_id == behind.doc_id or f.period != behind.period:
            continue
        own_filing = f.doc_id in group and _own_row(f, by_id)
        if own_filing or same_company(f, forms, by_id):
            per_doc[f.doc_id].append(f)
    out = []
    for facts in per_doc.values():
        f = majority(facts, index)
        if not any(agree(amount, step, a, s) for a, s in _amounts(f)):
            out.append(f)
    return sorted(out, key=lambda f: -abs(abs(f.absolute) - abs(amount)))[:MAX_SHOWN]


def amount_text(f: Fact) -> str:
    """A fact's value as printed with its scale and currency: "$1,650 million", "12.5%", "1,650"."""
    word = SCALE_WORDS.get(f.scale, "")
    money = "$" if f.unit == "USD" else ""
    sign = "-" if f.value < 0 and f.unit != "USD" else ""
    return f"{sign}{money}{fmt(abs(f.value), f.unit if f.unit == '%' else '')}{' ' + word if word else ''}"


def conflict_sentence(f: Fact, n: int, shown: Citation) -> str:
    return (f"Sources disagree: {f.doc} reports \"{f.label}\" for {f.period} as {amount_text(f)} [{n}], not "
            f"the figure above from {shown.doc}; check which one applies.")


def with_conflicts(answer: Answer, index: Any, docs: Sequence[DocMeta], question: str = "") -> Answer:
    """``answer`` with a cited "Sources disagree: ..." sentence for each other document whose value for the
    headline figure's company, metric and period differs; unchanged when there is none (see the module)."""
    if index is None or answer.refused or answer.mode not in MODES:
        return answer
    found = headline(answer)
    if found is None:
        return answer
    shown, cited = found
    asked = set(question_metrics(question)) if question else set()
    behind = [b for b in facts_behind(index, shown, cited, docs) if not asked or b[0].metric in asked]
    if len({(f.metric, f.period) for f, _, _ in behind}) != 1:
        return answer  # no fact states it, or it states several things: what it measures is not guessed
    f, amount, step = behind[0]
    others = disagreeing(index, f, amount, step, docs)
    if not others:
        return answer
    citations = list(answer.citations)
    checks = list(answer.verification.sentences)
    lines = []
    for o in others:
        n = len(citations) + 1
        citations.append(Citation(n=n, doc=o.doc, source=o.source, page=o.page, quote=o.quote or o.label))
        lines.append(conflict_sentence(o, n, cited))
        checks.append(SentenceCheck(lines[-1], (n,), True, (), CONFLICT_REASON))
    text = "\n".join([answer.text, *lines]) if answer.text else "\n".join(lines)
    return replace(answer, text=text, citations=citations,
                   verification=replace(answer.verification, sentences=tuple(checks)))
