"""Companies: which of the index's companies a question names, and the names each company goes by.

Documents that share any name are one company (``company_groups``): "Adobe Systems" on a 2015 cover and "Adobe"
on a 2022 one. All name comparisons go through ``text.names.squash``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..text.names import base_name, squash
from ..text.periods import YEAR_MENTION
from ..types import DocMeta

_NOT_COMPANY = {
    "What", "How", "And", "The", "In", "For", "Also", "About", "Which", "Q1", "Q2", "Q3", "Q4", "FY", "GAAP",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "EPS", "EBITDA", "Is", "Was", "Did",
}  # fmt: skip



def company_in(text: str, companies: Sequence[str]) -> str | None:
    for name in sorted(companies, key=len, reverse=True):
        m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I) if name else None
        if m:
            return m.group(0)  # as the user wrote it
    possessive = re.search(r"\b([A-Z0-9][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)'s\b", text)
    if possessive and possessive.group(1) not in _NOT_COMPANY:
        return possessive.group(1)
    about = re.search(r"(?:\babout|\bfor|\bof|\bat)\s+([A-Z0-9][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", text)
    if about and about.group(1) not in _NOT_COMPANY and not YEAR_MENTION.fullmatch(about.group(1)):
        return about.group(1)
    return None



def company_aliases(docs: Sequence[Any]) -> dict[str, list[str]]:
    """doc stem -> every company name used by the documents of its company (``retrieve.company_groups``)."""
    out: dict[str, list[str]] = {}
    for group in company_groups(docs).values():
        names = sorted({d.company for d in group if d.company})
        for d in group:
            out[d.doc] = names
    return out


def stem_company_part(stem: str) -> str | None:
    """The company of a filing-style file name, "COMPANY_YEAR..." ("3M_2018_10K", "PEPSICO_2023Q1_EARNINGS");
    None for other names ("ai_accelerators_2024" is a topic, not a company)."""
    parts = re.split(r"[_\s]+", stem.strip())
    if len(parts) < 2 or not re.match(r"(?:19|20)\d{2}", parts[1]) or re.fullmatch(r"\d+", parts[0]):
        return None
    return parts[0]



def company_names(meta: DocMeta) -> set[str]:
    """Ways a question may name this document's company: the name, the name without "Inc."/"Corp."
    and the company part of the file stem ("3M" of "3M_2018_10K")."""
    names: set[str] = set()
    if meta.company:
        names |= {meta.company.strip(), base_name(meta.company)}
    stem_company = stem_company_part(meta.doc)
    if stem_company:
        names.add(stem_company)
    return {n for n in names if n}



def mentions_name(question: str, squashed_question: str, name: str) -> bool:
    if re.search(rf"(?<![\w&]){re.escape(name)}(?![\w&])", question, re.IGNORECASE):
        return True
    squashed = squash(name)  # "AMERICANWATERWORKS" vs "American Water Works"
    return len(squashed) >= 8 and squashed in squashed_question



def company_matches(meta: DocMeta, name: str) -> bool:
    """Whether a user-supplied company name (a filter) refers to this document's company."""
    want = squash(name)
    return bool(want) and any(squash(n) == want for n in company_names(meta))



def companies_in(question: str, docs: Sequence[DocMeta]) -> dict[str, list[DocMeta]]:
    """Companies of the index that the question names: canonical key -> their documents.

    Documents that share any name are one company, so "Adobe Systems" (read from a 2015 cover) and "Adobe"
    (from a 2022 one) both count as ADOBE. A question may also use a short upper-case form ("JPM", "MGM",
    "CVS") that begins exactly one company's squashed name."""
    groups = company_groups(docs)
    squashed_q = squash(question)
    found: dict[str, list[DocMeta]] = {}
    for key, metas in groups.items():
        if any(mentions_name(question, squashed_q, n) for m in metas for n in company_names(m)):
            found[key] = metas
    if found:
        return found
    for token in set(TICKER.findall(question)):
        owners = [k for k, metas in groups.items() if short_form_of(token, metas)]
        if len(owners) == 1:
            found[owners[0]] = groups[owners[0]]
    return found



TICKER = re.compile(r"(?<![\w&])([A-Z]{3,5})(?:['’]s)?(?![\w&])")



def short_form_of(token: str, docs: Sequence[DocMeta]) -> bool:
    """Is ``token`` ("JPM") the beginning of a name of these documents' company ("JPMorgan Chase")?"""
    return any(squash(n).startswith(token.lower()) for d in docs for n in company_names(d))



def company_groups(docs: Sequence[DocMeta]) -> dict[str, list[DocMeta]]:
    """Documents grouped by company: two documents belong together when any of their names squash to the
    same string. Keyed by the first document's squashed stem company (or name)."""
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, meta in enumerate(docs):
        for name in company_names(meta):
            j = owner.setdefault(squash(name), i)
            parent[root(i)] = root(j)
    groups: dict[int, list[DocMeta]] = {}
    for i, meta in enumerate(docs):
        groups.setdefault(root(i), []).append(meta)
    return {_company_key(metas[0]): metas for metas in groups.values()}



def _company_key(meta: DocMeta) -> str:
    return squash(base_name(meta.company) if meta.company else stem_company_part(meta.doc) or meta.doc)



_NAME = re.compile(r"(?<![\w'’])([A-Z][a-z][A-Za-z0-9&.-]*)(?:['’]s)?(?![\w&])")



_NOT_NAMES = re.compile(r"(?:FY|Q[1-4]|H[12])[\d']*|[A-Z]{1,3}|I|What|Which|Who|How|Why|When|Where|Is|Are|Was|Were|"
                        r"Did|Does|Do|Has|Have|If|In|For|The|Give|Please|Based|Using|Calculate|Compare|Answer")



def proper_names(question: str) -> list[str]:
    """Title-case words of a question that do not open a sentence: the names ("Tesla", "Pfizer") that an
    answer must be about. Acronyms (EBITDA, 3M) are left out: too often jargon."""
    names = []
    for m in _NAME.finditer(question):
        before = question[: m.start()].rstrip()
        if not before or before[-1] in ".?!:;\"(":  # a sentence opener, capitalised anyway
            continue
        if not _NOT_NAMES.fullmatch(m.group(1)) and m.group(1) not in names:
            names.append(m.group(1))
    return names


def resolve_company(question: str, docs: Sequence[DocMeta], filters: Any = None) -> tuple[str, list[DocMeta]] | None:
    """The one company the question (or the filters) names, and its documents. Documents that share a name are
    one company (``retrieve.company_groups``), whatever their covers call it."""
    wanted = list(getattr(filters, "companies", None) or [])
    stems = [d.lower() for d in (getattr(filters, "docs", None) or [])]
    if stems:
        docs = [d for d in docs if d.doc.lower() in stems]
    if wanted:
        groups = [g for g in company_groups(docs).values() if any(company_matches(d, w) for d in g for w in wanted)]
    else:
        groups = list(companies_in(question, docs).values())
    if len(groups) != 1 and stems:
        groups = list(company_groups(docs).values())
    if len(groups) != 1:
        return None
    return _display_name(groups[0]), groups[0]



def _display_name(docs: Sequence[DocMeta]) -> str:
    """The name the newest document uses (a company's current name), else the company part of a file name."""
    names = [d.company for d in sorted(docs, key=lambda d: -(d.fiscal_year or 0)) if d.company]
    return names[0] if names else stem_company_part(docs[0].doc) or docs[0].doc


def known_company_names(docs: Sequence[DocMeta]) -> list[str]:
    """The company names a follow-up may switch to: every document's company and the first part of its file
    name ("3M" of "3M_2018_10K"), sorted."""
    names = {d.company for d in docs if d.company}
    names |= {d.doc.split("_")[0] for d in docs if "_" in d.doc}
    return sorted(names)
