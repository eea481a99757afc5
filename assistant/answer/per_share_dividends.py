"""The per-share dividend of a company's common stock: the year's amount ranked by its source
(``_dividend_rank``, ``_dividend_candidates``, ``annual_dividend``, ``_settle_rows``), the per-share amount beside a
dividend paid (``dividend_per_share``) and "What dividend per share did X pay?" (``dividend_answer``: never a
quarterly, per-payment or special amount shown as the year's). Reads the modules before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..finance.dividends import is_row_quote
from ..finance.select import FactIndex
from ..query.intent import Request, is_yes_no
from ..types import Answer, DocMeta, Fact, SentenceCheck, Verification
from .fact_lookup import _failed_input, _own_period_first, _page_text
from .fact_sentences import _about, _answer, _citation, _per_share_said, _per_share_text, _possessive


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
