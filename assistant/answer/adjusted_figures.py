"""An adjusted (non-GAAP) figure is never computed: ``reported_adjusted`` looks it up as the company reports it,
from a row whose own label carries the question's qualifier, and ``adjusted_eps_rows`` reads the filer's own
adjusted EPS rows. Reads the modules before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..finance.extract import earnings_per_share
from ..finance.registry import BY_NAME
from ..finance.select import FactIndex
from ..query.intent import named_calculations, named_metrics
from ..types import Answer, Fact, Subject
from .fact_lookup import _failed_input
from .fact_sentences import _answer, _possessive, _value_text


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
