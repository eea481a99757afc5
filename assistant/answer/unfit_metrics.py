"""A margin or ratio the company's own statements show does not apply (a bank's gross margin, an insurer's current
ratio): "X is not a useful metric for <company> because ..." (``_not_useful_answer``, ``NOT_USEFUL``), with the
closest margin its statements give (``_closest_margin``). Reads the modules before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..finance import formulas as calc
from ..finance.applicability import JUDGED, NotUseful, not_useful
from ..finance.formulas import CalcResult, MissingInput, fmt
from ..finance.select import FactIndex, pick_fact
from ..query.entities import resolve_company
from ..query.intent import named_calculations, named_metrics
from ..text.periods import resolve_period
from ..types import Answer, DocMeta, Fact, Subject
from .fact_lookup import _failed_input, _page_text
from .fact_sentences import _answer, _value_text


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
