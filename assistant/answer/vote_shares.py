"""Shares of a shareholder vote, computed from the vote counts a filer reports (an 8-K's Item 5.07).

"What share of the votes cast for or against supported the proposal for an independent chair?" is answered from the
proposal's own record on the company's filing: the words that describe it (read back to the record before it) and
its counts, printed under a header ("Votes For  Votes Against  Abstentions  Broker Non-Votes" then a row of numbers)
or inline ("For 1,234,567 Against 2,345,678 Abstain ..."). The share is For / (For + Against), abstentions and broker
non-votes left out, as the question asks ("votes cast for or against"). "What percentage of the shares outstanding
were represented at the meeting?" is the represented shares over the shares outstanding and entitled to vote that
the same page states. The proposal is the record whose description shares the most of the question's own words
about it, and only one such record: a tie, or no shared word, declines. Director elections (a name per row) are
never read as a proposal.

Imports: ``types``, ``query.entities``, ``text.numbers`` only through regular expressions here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..types import Answer, Citation, SentenceCheck, Subject, Verification

_ASKS_VOTES = re.compile(r"\bvotes?\s+cast\b|\b(?:share|percentage|percent|proportion)\s+(?:of\s+(?:the\s+)?)?(?:votes|"
                         r"shares?\s+(?:voted|represented))\b|\bsupported\s+the\s+(?:\w+\s+){0,3}proposal\b|"
                         r"\bproposal\b.*\b(?:support|approv|in\s+favou?r)", re.I | re.S)
_ASKS_SHARE = re.compile(r"\b(?:what|which)\s+(?:share|percentage|percent|proportion|portion|fraction)\b", re.I)
_REPRESENTED_ASKED = re.compile(r"\bshares?\b[^?]*\boutstanding\b[^?]*\brepresented\b|\brepresented\b[^?]*\boutstanding\b",
                                re.I)
_N = r"(\d{1,3}(?:,\d{3}){1,4})"
# "Votes For  Votes Against  Abstentions  Broker Non-Votes" then a row; or "For 1,234 Against 2,345 Abstain 3"
_HEADED = re.compile(rf"(?:Votes\s+)?For\s+(?:Votes\s+)?Against\b[^\d\n]*(?:\n[^\d\n]*)?\n\s*{_N}\s+{_N}", re.I)
_INLINE = re.compile(rf"\bFor:?\s+{_N}\s*,?\s+Against:?\s+{_N}", re.I)
_WITHIN = r"(?:[^.]|\.(?=\d))"  # one sentence: a period only inside a number ("$0.01 par value")
_OUTSTANDING = re.compile(rf"{_N}\s+shares\b{_WITHIN}{{0,160}}?\boutstanding\b", re.I)
_REPRESENTED = re.compile(rf"{_N}\s+shares\b{_WITHIN}{{0,120}}?\b(?:were\s+)?(?:represented|present)\b", re.I)
# words of a vote question that say nothing about which proposal it is
_GENERIC = frozenset("""what which share percentage percent proportion portion fraction of the votes vote cast for or
against excluding abstentions abstention and broker non votes non-votes supported support approved approve approval
proposal proposals shareholder shareholders stockholder stockholders company company's its at annual meeting special
on in to a an round rounded one two decimal place places both each was were did do does how many much give
answer basis percent by from that this filed after results voting""".split())
_STEMS = (("ing", ""), ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""))
# the plain name of a standard proposal an analyst uses for the filer's longer wording
_ALSO = {"say": ("executive", "compensation", "officer"), "pay": ("executive", "compensation", "officer")}


def _stem(w: str) -> str:
    for a, b in _STEMS:
        if len(w) > 4 and w.endswith(a):
            return w[: len(w) - len(a)] + b
    return w


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z][a-z'’]+", text.lower().replace("’", "'"))}


@dataclass(frozen=True)
class _Record:
    doc_id: str
    page: int
    description: str
    votes_for: int
    votes_against: int
    quote: str


def _records(doc_id: str, page: int, text: str) -> list[_Record]:
    found = sorted([*(m for m in _HEADED.finditer(text)), *(m for m in _INLINE.finditer(text))], key=lambda m: m.start())
    out, last = [], 0
    for m in found:
        if m.start() < last:
            continue
        before = text[last:m.start()]
        # the description: the words since the record before, from its last "Proposal"/numbered item on
        start = max((x.start() for x in re.finditer(r"\bProposal\s+(?:No\.\s*)?\d|\(\d{1,2}\)|^\s*\d{1,2}\.\s", before,
                                                    re.I | re.M)), default=max(0, len(before) - 400))
        description = " ".join(before[start:].split())
        numbers_line = text[text.rfind("\n", 0, m.start(1)) + 1: m.end(2)]
        if re.search(r"\b[A-Z][a-z]+\s+[A-Z]\.?\s*[A-Z][a-z]+\s+" + _N, numbers_line):
            last = m.end()
            continue  # a director's row: no proposal
        # the quote: the description and the counts, as printed (the proposal is named where its numbers are)
        out.append(_Record(doc_id, page, description, int(m.group(1).replace(",", "")),
                           int(m.group(2).replace(",", "")), text[last + start:m.end()].strip()))
        last = m.end()
    return out


def _pages(index: Any, doc_id: str) -> list[tuple[int, str]]:
    out = []
    for p in range(1, 41):
        t = index.page_text(doc_id, p)
        if t:
            out.append((p, t))
    return out


def _fmt(n: int) -> str:
    return f"{n:,}"


def _citation(n: int, meta: Any, page: int, quote: str) -> Citation:
    return Citation(n=n, doc=meta.doc, source=meta.source, page=page, quote=quote, score=1.0)


def answer_vote_share(question: str, index: Any) -> Answer | None:
    """The share a question asks of a shareholder vote, from the filer's reported counts; None when the question
    asks none, or when no single record of the named company answers it."""
    if not (_ASKS_SHARE.search(question) and (_ASKS_VOTES.search(question) or _REPRESENTED_ASKED.search(question))) \
            or not hasattr(index, "page_text"):
        return None
    from ..query.entities import named_companies

    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    docs = [d for d in company.docs if re.search(r"8-?k", f"{d.doc_type} {d.doc}", re.I)]
    if not docs:
        return None
    if _REPRESENTED_ASKED.search(question):
        return _represented(question, company.name, docs, index)
    asked = {w for w in _words(question) if w not in _GENERIC and not w.isdigit()}
    asked -= _words(company.name) | {_stem(w) for w in re.findall(r"[a-z]+", " ".join(company.short | company.long).lower())}
    asked -= {_stem(m) for m in ("january february march april may june july august september october november "
                                 "december").split()}
    for w in list(asked):
        asked |= set(_ALSO.get(w, ()))
    if not asked:
        return None
    scored = []
    for d in docs:
        for p, text in _pages(index, d.doc_id):
            for r in _records(d.doc_id, p, text):
                scored.append((len(asked & _words(r.description)), d, r))
    if not scored:
        return None
    best = max(s for s, _, _ in scored)
    top = [(d, r) for s, d, r in scored if s == best]
    if best < 2 or len({(r.votes_for, r.votes_against) for _, r in top}) != 1:
        return None  # no record says which proposal this is, or two do equally
    d, r = top[0]
    cast = r.votes_for + r.votes_against
    if cast == 0:
        return None
    share = 100.0 * r.votes_for / cast
    what = re.sub(r"^(?:Proposal\s+(?:No\.\s*)?\d+\.?|\(\d+\))\s*", "", r.description).strip()
    what = what[:160].rstrip(" ,;:") + ("..." if len(what) > 160 else "")
    what = re.sub(r"\d[\d,.]*", "", what).strip()
    # the share in a sentence of its own, the proposal's name (the filer's words) in another without figures
    lead = (f"{share:.1f}% of the votes cast for or against supported the proposal, abstentions and broker non-votes "
            f"left out [1].")
    named = f"The proposal, as the report of the vote names it: \"{what}\" [1]."
    formula = (f"Formula: share = votes for / (votes for + votes against) x 100; {_fmt(r.votes_for)} / "
               f"({_fmt(r.votes_for)} + {_fmt(r.votes_against)}) x 100 = {share:.1f}% [1].")
    return _answer(question, [lead, named, formula], [_citation(1, d, r.page, r.quote)], company.name, d)


def _represented(question: str, company: str, docs: list[Any], index: Any) -> Answer | None:
    for d in docs:
        for p, text in _pages(index, d.doc_id):
            out = [m for m in _OUTSTANDING.finditer(text)]
            rep = [m for m in _REPRESENTED.finditer(text)]
            if len(out) != 1 or len(rep) != 1:
                continue
            total, present = int(out[0].group(1).replace(",", "")), int(rep[0].group(1).replace(",", ""))
            if not 0 < present <= total:
                continue
            share = 100.0 * present / total
            q1, q2 = out[0].group(0), rep[0].group(0)
            lead = f"{share:.1f}% of the shares outstanding and entitled to vote were represented at the meeting [1][2]."
            formula = (f"Formula: share = shares represented / shares outstanding x 100; {_fmt(present)} / "
                       f"{_fmt(total)} x 100 = {share:.1f}% [1][2].")
            return _answer(question, [lead, formula], [_citation(1, d, p, q1), _citation(2, d, p, q2)], company, d)
    return None


def _answer(question: str, sentences: list[str], cites: list[Citation], company: str, meta: Any) -> Answer:
    checks = tuple(SentenceCheck(text=s, citations=tuple(int(n) for n in re.findall(r"\[(\d+)\]", s)), supported=True)
                   for s in sentences)
    return Answer(question=question, text=" ".join(sentences), citations=cites,
                  verification=Verification(supported=True, sentences=checks), mode="calc", subject="vote share",
                  about=Subject(company, meta.period))
