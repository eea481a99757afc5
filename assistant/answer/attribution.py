"""How a company's net income is split between its noncontrolling interests and its own shareholders.

"How much of X's 2025 net income belonged to minority partners, and how much was left for X's own shareholders?" is
answered by the income statement's two attribution rows of the asked period ("Net income attributable to
noncontrolling interests", "Net income attributable to X"), each cited, and only when they add up to the statement's
consolidated net income on the same page (net income - the noncontrolling interests' share = the company's share);
rows missing or not adding up: a refusal naming what was not found, never the consolidated figure alone.
General rule: a question asking for the parts of a figure is answered by the parts' own rows, checked against the
whole, or declined.

Called by ``answer.intents`` for one company and period. Imports ``facts_path`` (rows, values, answers) and the
package's types only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..finance import formulas as calc
from ..finance.formulas import fmt
from ..finance.select import is_statement_page
from ..types import Answer, Fact, SentenceCheck, Subject, Verification
from . import fact_sentences

# the noncontrolling side as questions word it: noncontrolling / minority interests (partners, holders, owners),
# outside partners or investors, the partners in its subsidiaries
_OTHERS = re.compile(r"\b(?:non-?controlling|minority)\s+(?:interests?|partners?|shareholders?|stockholders?|holders?|"
                     r"owners?|investors?)\b|\boutside\s+(?:partners?|owners?|investors?|shareholders?)\b|"
                     r"\bpartners?\s+in\s+(?:its|the\s+company's)\s+(?:subsidiar\w*|joint\s+ventures?)\b", re.I)
_PROFIT = re.compile(r"\bnet\s+(?:income|earnings|profits?)\b|\b(?:profits?|earnings)\b", re.I)
# an amount of a part asked: "how much of ...", "what portion / share / amount of ...", "split / divided / allocated
# between"
_PART_ASKED = re.compile(r"\bhow\s+much\b|\bwhat\s+(?:portion|part|share|amount|proportion)\b|\b(?:split|divided|"
                         r"allocated|shared)\s+between\b|\bbreak\s*down\b|\bbreakdown\b", re.I)
# rows: the noncontrolling interests' share of net income, and the company's own
_OTHERS_ROW = re.compile(r"^(?:less:?\s*)?(?:(?:net\s+(?:income|earnings|\(?loss\)?|\(?income\)?)(?:\s*\(loss\)|\s*/\s*"
                         r"\(loss\))?|(?:income|earnings|loss)(?:\s*\(loss\))?)\s+)?(?:attributable|allocable|allocated)"
                         r"\s+to\s+(?:the\s+)?(?:non-?controlling|minority)\s+interests?\b"
                         r"|^(?:less:?\s*)?(?:non-?controlling|minority)\s+interests?(?:\s+in\s+(?:net\s+)?(?:income|"
                         r"earnings)(?:\s+of\s+(?:consolidated\s+)?subsidiaries)?)?\s*$", re.I)
_OWN_ROW = re.compile(r"\b(?:attributable|allocable|available)\s+to\s+(?!(?:the\s+)?(?:non-?controlling|minority))", re.I)
_NOT_PROFIT = re.compile(r"\bcomprehensive\b|\bper\s+share\b|\bdividends?\b|\bpreferred\b|\bparticipating\b", re.I)


# a move or a comparison asked of the part is another question (its change), not its split
_MOVE = re.compile(r"\b(?:chang\w*|increas\w*|decreas\w*|gr[eo]w\w*|rose|rise|ris\w+|fell|fall\w*|declin\w*|"
                   r"compar\w*|trend\w*|vs\.?|versus|between\s+(?:fy\s?)?(?:19|20)\d\d)\b", re.I)


# the company's own minority holdings in others (equity-method income) are another figure than others' share of it
_HELD = re.compile(r"\bequity[- ]method\b|\bequity\s+(?:income|earnings)\b|\bequity\s+in\s+(?:the\s+)?(?:net\s+)?"
                   r"(?:earnings|income)\b|\b(?:its|their)\s+minority\s+(?:interests?|stakes?|investments?|holdings?)\b|"
                   r"\bminority\s+(?:stakes?|investments?|holdings?)\b", re.I)


def asked(question: str) -> bool:
    """Does the question ask for net income's noncontrolling part (and perhaps the company's own), as amounts or
    shares of one period?"""
    return bool(_OTHERS.search(question) and _PROFIT.search(question) and _PART_ASKED.search(question)
                and not _MOVE.search(question) and not _HELD.search(question))


def _close(a: float, b: float, scale_step: float) -> bool:
    return abs(a - b) <= scale_step * 1.01


def _triples(index: Any, doc_ids: list[str], period: str) -> list[tuple[Fact, Fact, Fact]]:
    """(net income, noncontrolling share, company's share) rows of one statement page that add up."""
    rows = [f for f in index.facts(period=period, doc_ids=doc_ids)
            if f.period == period and f.kind == "table" and f.unit not in ("%", "x") and not f.unit.endswith("/share")
            and not _NOT_PROFIT.search(f.label)]
    out = []
    pages = {(f.doc_id, f.page) for f in rows}
    for doc_id, page in sorted(pages):
        on = [f for f in rows if (f.doc_id, f.page) == (doc_id, page)]
        totals = [f for f in on if f.metric == "net_income" and not _OWN_ROW.search(f.label)
                  and not _OTHERS_ROW.search(f.label)]
        others = [f for f in on if _OTHERS_ROW.search(f.label)]
        owns = [f for f in on if f.metric == "net_income" and _OWN_ROW.search(f.label)]
        for t in totals:
            for o in others:
                for w in owns:
                    step = 0.1 if any(round(x.value, 1) != round(x.value) for x in (t, o, w)) else 1.0
                    if _close(t.value - abs(o.value), w.value, step) or _close(t.value + abs(o.value), w.value, step):
                        out.append((t, o, w))
    return out


def attribution_answer(question: str, index: Any, company: str, doc_ids: tuple[str, ...], period: str) -> Answer:
    """The split of ``period``'s net income (``asked``), from the statement's rows that add up; else a refusal."""
    found = _triples(index, list(doc_ids), period)
    stated = [t for t in found if is_statement_page(index, t[0].doc_id, t[0].page)]
    found = stated or found
    if not found or len({(round(t.absolute, 6), round(abs(o.absolute), 6), round(w.absolute, 6))
                         for t, o, w in found}) != 1:
        why = ("no income statement of the period shows net income with its noncontrolling interests' share and the "
               "company's share adding up to it" if not found else "the statements disagree on the split")
        text = f"mia cannot give how {fact_sentences._possessive(company)} {period} net income was split: {why}."
        check = SentenceCheck(text, (), True, (), "refusal")
        return Answer(question=question, text=text, refused=True, mode="refused",
                      verification=Verification(supported=True, sentences=(check,)), about=Subject(company, period))
    total, others, own = min(found, key=lambda t: (t[0].doc, t[0].page))
    share = total.value - own.value  # the noncontrolling interests' share as the rows add up (a loss share < 0)

    def money(f: Fact, value: float | None = None) -> str:
        return fact_sentences._value_text(f if value is None else replace(f, value=value), None, "", magnitude=False)

    owners = re.sub(r"^.*?\b(?:attributable|allocable|available)\s+to\s+", "", own.label, flags=re.I).strip()
    sentences = [
        (f"Of {fact_sentences._possessive(company)} {total.label[:1].lower() + total.label[1:]} of {money(total)} for "
         f"{period} [1], {money(others, share)} ({calc.pct(share / total.value * 100)}) was attributable to noncontrolling "
         f"interests [2] and {money(own)} ({calc.pct(own.value / total.value * 100)}) to {owners} [3].", (1, 2, 3)),
        (f"Formula: noncontrolling interests' share = net income - net income attributable to {owners}; "
         f"{fmt(total.value)} - {fmt(own.value)} = {fmt(share)}; shares of net income: {fmt(share)} / "
         f"{fmt(total.value)} x 100 = {calc.pct(share / total.value * 100)}; {fmt(own.value)} / {fmt(total.value)} x 100 = "
         f"{calc.pct(own.value / total.value * 100)} [1][2][3].", (1, 2, 3)),
        *((f"Input: \"{f.label}\", {f.period}: {money(f)} [{n}].", (n,)) for n, f in enumerate((total, others, own), 1)),
    ]
    return fact_sentences._answer(question, sentences, [total, others, own], "calc", "net income attribution",
                              inputs=[total, others, own], about=Subject(company, period))
