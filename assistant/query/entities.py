"""Companies: which of the index's companies a question names, and the names each company goes by.

Documents that share any name are one company (``company_groups``): "Fabrikam Systems" on a 2015 cover and
"Fabrikam" on a 2022 one. All name comparisons go through ``text.names.squash``.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..documents.metadata import tidy_company
from ..index.store import bm25_tokens
from ..text.months import MONTH_OR_ABBR_TITLE
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
    """doc stem -> every company name used by the documents of its company (``company_groups``)."""
    out: dict[str, list[str]] = {}
    for group in company_groups(docs).values():
        names = sorted({d.company for d in group if d.company})
        for d in group:
            out[d.doc] = names
    return out


def stem_company_part(stem: str) -> str | None:
    """The company of a filing-style file name, "COMPANY_YEAR..." ("ACME_2018_10K", "FABRIKAM_2023Q1_EARNINGS");
    None for other names ("ai_accelerators_2024" is a topic, not a company)."""
    parts = re.split(r"[_\s]+", stem.strip())
    if len(parts) < 2 or not re.match(r"(?:19|20)\d{2}", parts[1]) or re.fullmatch(r"\d+", parts[0]):
        return None
    return parts[0]



# a filing's title naming its registrant: "Tamsin Mining, Inc. - Annual Report on Form 10-K", "Contoso Corporation
# Form 10-Q for the quarter ended ...": a name ending in a legal suffix, then the report's kind
_FORM_TITLE = re.compile(
    r"^\s*(?:the\s+)?(?P<name>[A-Z][\w&.,'’/ -]{0,100}?[,\s]+(?:Inc|Incorporated|Corp|Corporation|Company|Co|plc|PLC|Ltd|"
    r"Limited|LLC|L\.P|LP|N\.V|S\.A|AG|SE|Holdings)\.?)\s*(?:[-–—:|,]+\s*)?(?:(?:19|20)\d\d\s+)?"
    r"(?:Annual\s+Report|Quarterly\s+Report|Form\s+(?:10-K|10-Q|20-F|40-F|8-K|6-K))\b", re.I)


def filer_name(meta: DocMeta) -> str | None:
    """The document's company; for a filing whose metadata names none (a file name that is not "COMPANY_YEAR_...",
    a cover without "exact name of registrant"), the registrant its title names ("Tamsin Mining, Inc. - Annual
    Report on Form 10-K"), so that the filing is still its company's for every question naming it."""
    if meta.company:
        return registrant_of(meta.company)
    m = _FORM_TITLE.match(meta.title or "")
    if m is None:
        return None
    # "Harrowgate Realty Trust, Inc. and Harrowgate Realty, L.P.": a parent and its operating partnership file one
    # report; the first named is the company
    return _JOINT.split(m.group("name").strip(), maxsplit=1)[0].strip(" ,")


# an 8-K cover read as running text puts its date line before the registrant's name: "Date of Report (Date of earliest
# event reported): May 6, 2026. NORTHWIND TRADERS, INC. (Exact name of registrant ...)"; the name is what follows the
# date's full stop
_COVER_DATE_LEAD = re.compile(r"^.*?\b" + MONTH_OR_ABBR_TITLE + r"\.?\s+\d{1,2},\s+(?:19|20)\d\d\s*\.\s+(?=[A-Z])")


# a release's exhibit caption run in before the registrant's name: "Exhibit 99.1 to Form 8-K. NORTHWIND TRADERS",
# "Exhibit 99.1 - FOR IMMEDIATE RELEASE. Northwind Traders"; the name is what follows the caption's full stop
_EXHIBIT_LEAD = re.compile(r"^\s*Exhibit\s+\d{1,3}(?:\.\d{1,3})?(?:\s+(?:to|of)\s+(?:the\s+)?(?:Current\s+Report\s+on\s+)?"
                           r"Form\s+\d{1,2}-[A-Z])?(?:\s*[.:\-–—]\s*For\s+Immediate\s+Release)?\s*\.\s+(?=[A-Z])", re.I)


def registrant_of(company: str) -> str:
    """A stored company name without an 8-K cover's date line run in before it ("Report (Date of earliest event
    reported): May 6, 2026. NORTHWIND TRADERS" -> "Northwind Traders"), or a release's exhibit caption ("Exhibit 99.1
    to Form 8-K. NORTHWIND TRADERS"); any other name as stored."""
    exhibit = _EXHIBIT_LEAD.match(company)
    if exhibit is not None:
        rest = company[exhibit.end():].strip(" ,.;:")
        return tidy_company(rest) if rest else company
    m = _COVER_DATE_LEAD.match(company)
    if m is None or "(" not in company[: m.end()]:
        return company
    rest = company[m.end():].strip(" ,.;:")
    if not rest:
        return company
    return tidy_company(rest)  # a shouted name as a cover prints it, written as the metadata writes names


_JOINT = re.compile(r"(?:(?<=\.)|(?<=\bInc)|(?<=\bCorp)|(?<=\bLtd)|(?<=\bplc)|(?<=\bLLC)|(?<=\bINC)|(?<=\bCORP))\s*"
                    r"(?:and|&|/)\s+(?=[A-Z])")


def company_names(meta: DocMeta) -> set[str]:
    """Ways a question may name this document's company: the name (``filer_name``), the name without "Inc."/"Corp."
    and the company part of the file stem ("3M" of "3M_2018_10K")."""
    return set(_names(filer_name(meta), meta.doc))


@functools.lru_cache(maxsize=4096)  # asked for every document on every search
def _names(company: str | None, doc: str) -> frozenset[str]:
    names: set[str] = set()
    if company:
        names |= {company.strip(), base_name(company)}
    stem_company = stem_company_part(doc)
    if stem_company:
        names.add(stem_company)
    return frozenset(n for n in names if n)



def mentions_name(question: str, squashed_question: str, name: str) -> bool:
    if re.search(rf"(?<![\w&]){re.escape(name)}(?![\w&])", question, re.IGNORECASE):
        return True
    squashed = squash(name)  # "NORTHWINDTRADERS" vs "Northwind Traders"
    return len(squashed) >= 8 and squashed in squashed_question



def company_matches(meta: DocMeta, name: str) -> bool:
    """Whether a user-supplied company name (a filter) refers to this document's company."""
    want = squash(name)
    return bool(want) and any(squash(n) == want for n in company_names(meta))



def companies_in(question: str, docs: Sequence[DocMeta]) -> dict[str, list[DocMeta]]:
    """Companies of the index that the question names: canonical key -> their documents.

    Documents that share any name are one company, so "Fabrikam Systems" (read from a 2015 cover) and
    "Fabrikam" (from a 2022 one) both count as FABRIKAM. A question may also use a short upper-case form ("FBK",
    "NWT", "KTW") that begins exactly one company's squashed name."""
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
    """Is ``token`` ("WGB") the beginning of a name of these documents' company ("WGBank Holdings")?"""
    return any(squash(n).startswith(token.lower()) for d in docs for n in company_names(d))



def company_groups(docs: Sequence[DocMeta]) -> dict[str, list[DocMeta]]:
    """Documents grouped by company: two documents belong together when any of their names squash to the
    same string. Keyed by the first document's squashed stem company (or name). The grouping of a set of
    documents is worked out once (every search asks for it)."""
    key = tuple((d.doc_id, d.doc, d.company) for d in docs)
    positions = _GROUPS.get(key)
    if positions is None:
        positions = _group_positions(docs)
        if len(_GROUPS) >= 64:
            _GROUPS.clear()
        _GROUPS[key] = positions
    return {_company_key(docs[group[0]]): [docs[i] for i in group] for group in positions}


_GROUPS: dict[tuple, list[list[int]]] = {}


def _group_positions(docs: Sequence[DocMeta]) -> list[list[int]]:
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
    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())



def _company_key(meta: DocMeta) -> str:
    name = filer_name(meta)
    return squash(base_name(name) if name else stem_company_part(meta.doc) or meta.doc)



_NAME = re.compile(r"(?<![\w'’])([A-Z][a-z][A-Za-z0-9&.-]*)(?:['’]s)?(?![\w&])")



_NOT_NAMES = re.compile(r"(?:FY|Q[1-4]|H[12])[\d']*|[A-Z]{1,3}|I|What|Which|Who|How|Why|When|Where|Is|Are|Was|Were|"
                        r"Did|Does|Do|Has|Have|If|In|For|The|Give|Please|Based|Using|Calculate|Compare|Answer")



# an aside on the company's names: "Tailwind (formerly known as Squall Pay)", "Contoso (now Fabrikam Group)", "Northwind
# (NYSE: NWT)", "Litware, Inc. (f/k/a Litware Labs)": another name of the asked company, never a part of it
_NAME_ASIDE = re.compile(r"\s*\((?:formerly|previously|now|also\s+known|also\s+called|f/k/a|fka|d/b/a|dba|doing\s+"
                         r"business|renamed|ticker|symbol|NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX)\b[^()]*\)", re.I)


def without_name_asides(question: str) -> str:
    """The question without its asides on the company's names ("Tailwind's (formerly known as Squall Pay) revenue" ->
    "Tailwind's revenue"): an aside names the company again, so what follows it still belongs to the possessive
    before it ("Tailwind's (formerly known as Squall Pay) Squall Wallet app" names the app, not the former name)."""
    return _NAME_ASIDE.sub("", question)


def proper_names(question: str) -> list[str]:
    """Title-case words of a question that do not open a sentence: the names ("Northwind", "Tailspin") that an
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
    one company (``company_groups``), whatever their covers call it."""
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
    names = [filer_name(d) for d in sorted(docs, key=lambda d: -(d.fiscal_year or 0)) if filer_name(d)]
    return str(names[0]) if names else stem_company_part(docs[0].doc) or docs[0].doc


def known_company_names(docs: Sequence[DocMeta]) -> list[str]:
    """The company names a follow-up may switch to: every document's company and the first part of its file
    name ("3M" of "3M_2018_10K"), sorted."""
    names = {str(filer_name(d)) for d in docs if filer_name(d)}
    names |= {d.doc.split("_")[0] for d in docs if "_" in d.doc}
    return sorted(names)


# ----------------------------------------------------------------------------------------------------------------
# short forms: initialisms and trading symbols
#
# A filing names its company on the cover: the registrant's exact name ("The Procter & Gamble Company") and, on a
# 10-K or 10-Q since 2019, the trading symbol of each class of securities ("Common Stock, without Par Value  PG  New
# York Stock Exchange"); press releases write "(NYSE: PG)". Besides the name without legal suffixes
# (``text.names.base_name``), a question may use an initialism ("P&G", "PG", "NWT", "BofW") or a symbol. Short
# forms are matched case-sensitively as whole tokens and never when they spell a financial term an analyst writes
# in capitals (EPS, ROE, FCF, ...).

_SMALL_WORDS = {"of", "and", "the", "for", "de", "du", "la", "&"}
# capitalised financial terms a question uses that must never be read as a company's short form
FINANCE_TERMS = frozenset("""
    EPS ROE ROA ROI ROIC ROCE FCF DPO DSO DIO DSI CCC EBIT EBITDA EBITDAR GAAP IFRS SEC NYSE USD EUR GBP JPY CEO CFO COO
    CTO YOY QOQ TTM LTM NTM FY CY YTD MD&A M&A R&D SG&A PP&E D&A P&L NPV IRR WACC CAPEX OPEX COGS AR AP NII NIM CET
    LCR RWA AUM ESG AI US USA UK EU IPO ETF REIT LLC PLC NA NM OK Q FQ II III IV
""".split())


def initialisms(name: str) -> set[str]:
    """Initialisms of a name of two or more words: first letters of its words ("Northwind Water Trust" -> "NWT");
    with "&" kept and without ("Procter & Gamble" -> "P&G", "PG"); "of" kept as "of" and as "o" ("Bank of Woodgrove"
    -> "BofW", "BoW", "BW"). Hyphenated words count as one ("Fabri-Kam" gives none)."""
    words = [w for w in re.split(r"[\s,]+", base_name(name)) if w]
    if len(words) < 2:
        return set()
    letters, with_amp, with_of, with_o = [], [], [], []
    for w in words:
        low = w.lower()
        if w == "&" or low == "and":
            with_amp.append("&")
            with_of.append("&")
            with_o.append("&")
            continue
        if low in _SMALL_WORDS:
            if low == "of":
                with_of.append("of")
                with_o.append("o")
            continue
        first = next((c for c in w if c.isalnum()), "")
        if not first:
            continue
        letters.append(first.upper())
        with_amp.append(first.upper())
        with_of.append(first.upper())
        with_o.append(first.upper())
    if len(letters) < 2:
        return set()
    out = {"".join(letters), "".join(with_amp), "".join(with_of), "".join(with_o)}
    return {a for a in out if len(squash(a)) >= 2 and a.upper() not in FINANCE_TERMS}


_EXCHANGES = (r"(?:The\s+)?(?:New\s+York\s+Stock\s+Exchange|NYSE(?:\s+(?:Arca|American|Texas))?|Nasdaq|NASDAQ|"
              r"Chicago\s+Stock\s+Exchange|Cboe\s+BZX|London\s+Stock\s+Exchange|Euronext|Toronto\s+Stock\s+Exchange|"
              r"Boston\s+Stock\s+Exchange)")
_SYMBOL = r"[A-Z]{1,5}(?:[.\-][A-Z]{1,2})?"
# "Common Stock, par value $0.01 per share   NWT   New York Stock Exchange" (the 12(b) table of a cover page)
_COVER_ROW = re.compile(rf"(?<![\w.$-])({_SYMBOL})\s+(?:[—–|]\s+)?{_EXCHANGES}\b")  # "BMGR — New York Stock Exchange" too
# General rule (session 30): a 12(b) table whose columns put the exchange before the symbol ("Title of each class | Name
# of each exchange on which registered | Trading Symbol(s)", read as "Common Stock, $0.01 par value New York Stock
# Exchange CVAG"): the symbol closing the row after the exchange's name
_COVER_ROW_LAST = re.compile(rf"{_EXCHANGES}(?:\s+(?:Global\s+Select|Global|Capital)\s+Market)?(?:\s+LLC)?\s+[—–|]?\s*"
                             rf"({_SYMBOL})[ \t]*$", re.M)
# "(NYSE: NWT)", "(Nasdaq: CTSO)", "NYSE:NWT"
_PRESS = re.compile(rf"\(?\b(?:NYSE|NASDAQ|Nasdaq|NYSE\s+American|TSX|LSE)\s*:\s*({_SYMBOL})\b")
_SYMBOL_HEADER = re.compile(r"trading\s+symbol", re.IGNORECASE)
# "Trading Symbol: NWT; New York Stock Exchange", "Trading Symbol(s): NWT"
# (a full stop after the symbol ends its sentence: "Trading symbol: NWT. Name of each exchange ...")
_SYMBOL_SAID = re.compile(rf"\b[Tt]rading\s+[Ss]ymbol(?:\(s\)|s)?\s*:\s*({_SYMBOL})(?![\w\-])(?!\.[\w\-])")
# "Common Stock, $0.01 par value, trading symbol NWT, New York Stock Exchange", "ticker symbol NWT on the Nasdaq" (a
# cover's 12(b) table written as a sentence: no colon; the symbol ends its clause or names its exchange next)
_SYMBOL_NAMED = re.compile(rf"\b(?:[Tt]rading|[Tt]icker)\s+[Ss]ymbol\s+[“\"'‘]?({_SYMBOL})[”\"'’]?"
                           rf"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:on\s+(?:the\s+)?)?{_EXCHANGES}\b)")
# "Common stock ... traded on the New York Stock Exchange under the symbol NWT", "Our common stock trades on Nasdaq
# under the ticker symbol "CTSO"": a sentence that says the stock is traded, listed or quoted, then the symbol
_UNDER_SYMBOL = re.compile(rf"\b(?:trade[sd]?|listed|quoted)\b(?:[^.;]|\.(?=\d)){{0,160}}?\bunder\s+the\s+(?:ticker\s+|trading\s+)?"
                           rf"symbols?\s+[“\"'‘]?({_SYMBOL})(?!\w)(?![.\-][A-Za-z])", re.IGNORECASE)


# the cover's heading of the 12(b) table ("SECURITIES REGISTERED PURSUANT TO SECTION 12(B) OF THE ACT:")
_SECTION_12B = re.compile(r"registered\s+pursuant\s+to\s+section\s+12\(b\)\s+of\s+the\s+act\s*:?", re.IGNORECASE)


def trading_symbols(cover_text: str) -> set[str]:
    """Ticker symbols a cover page or press release gives for the company's own securities: the symbols of its
    12(b) table (read after the "Trading Symbol(s)" header), "(NYSE: XYZ)" mentions and "traded on ... under the
    symbol XYZ" sentences (the symbol in capitals as printed). Symbols of notes ("XYZ26") carry digits and are not
    taken."""
    found: set[str] = set()
    header = _SYMBOL_HEADER.search(cover_text)
    if header:
        # a page read column by column prints the table's rows before its header row ("Class B Common Stock  XYZ
        # New York Stock Exchange" then "(Title of each class) (Trading Symbol) ..."): the table begins at its
        # "Securities registered pursuant to Section 12(b)" heading when that stands before the header
        heading = _SECTION_12B.search(cover_text, 0, header.start())
        start = heading.end() if heading else header.end()
        table = cover_text[start: header.end() + 3000]
        found |= {m.group(1) for m in _COVER_ROW.finditer(table)}
        found |= {m.group(1) for m in _COVER_ROW_LAST.finditer(table)}
    found |= {m.group(1) for m in _PRESS.finditer(cover_text[:6000])}
    found |= {m.group(1) for m in _UNDER_SYMBOL.finditer(cover_text[:6000]) if m.group(1).isupper()}
    found |= {m.group(1) for m in _SYMBOL_SAID.finditer(cover_text[:6000])}
    found |= {m.group(1) for m in _SYMBOL_NAMED.finditer(cover_text[:6000])}
    return {s for s in found if s.upper() not in FINANCE_TERMS and s not in {"A", "I"}}


def aliases(names: Iterable[str], cover_text: str = "") -> tuple[set[str], set[str]]:
    """(long names, short forms) for a company: its names and their base forms; initialisms and symbols."""
    long: set[str] = set()
    short: set[str] = set()
    for n in names:
        if not n or not n.strip():
            continue
        long |= {n.strip(), base_name(n)}
        short |= initialisms(n)
    short |= trading_symbols(cover_text) if cover_text else set()
    return {n for n in long if n}, short - {n for n in long}


def registrant_forms(registrants: Iterable[str | None]) -> set[str]:
    """Short forms from the registrant name a filing's cover gives where the file name names its company otherwise
    ("SQUARE, INC." on the cover of "TAILWIND_2020_10K", a company since renamed; "Northwind Traders Corporation" of
    "NWT_2024_10K"): the name without legal suffixes as printed, and in title case when the cover prints it in
    capitals ("Square"), since a question writes "Square's revenue". Matched case-sensitively as whole words like
    every short form (``mentions_short``), so a common word among them ("square feet") never names the company.
    General rule: a company answers to the name its own filing's cover registers, whatever its file is called."""
    out: set[str] = set()
    for r in registrants:
        name = base_name(r or "")
        if not re.fullmatch(r"[A-Z][\w&.'’ -]{2,80}", name) or name.upper() in FINANCE_TERMS:
            continue
        out.add(name)
        if not re.search(r"[a-z]", name):
            out.add(" ".join(w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() if len(w) > 3 else w
                             for w in name.split()))
    return out


def first_words(names: Iterable[str], covers: str) -> set[str]:
    """The first word of each name of two words or more ("Ridgecrest" of "Ridgecrest Homes") when it is a proper name:
    capitalised, lower case after its first letter, four letters or more, and never written in lower case in
    ``covers`` (the index's cover pages, where common words such as "best" or "general" occur)."""
    out: set[str] = set()
    for n in names:
        words = base_name(n).split()
        if words and re.fullmatch(r"[A-Z]{4,}", words[0]) and not re.search(r"[a-z]", n):
            words[0] = words[0].capitalize()  # "HARROWGATE REALTY TRUST": a question writes "Harrowgate"
        if len(words) < 2 or not re.fullmatch(r"[A-Z][a-z]{3,}", words[0]):
            continue
        if re.search(rf"(?<![\w&]){words[0].lower()}(?![\w&])", covers):
            continue
        out.add(words[0])
    return out


def mentions_short(question: str, short: str) -> bool:
    """Is the short form written in the question as a whole token, in its own capitals ("PG", "P&G's")?"""
    if len(squash(short)) < 2 and "&" not in short:
        return False
    return bool(re.search(rf"(?<![\w&.]){re.escape(short)}(?:['’]s)?(?![\w&])", question))


# ----------------------------------------------------------------------------------------------------------------
# the companies of an index, with every name a question may use for them

@dataclass(frozen=True)
class Company:
    key: str
    name: str  # the name its newest filing uses
    docs: tuple[DocMeta, ...]
    long: frozenset[str]
    short: frozenset[str]

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(d.doc_id for d in self.docs)


_companies_memo: "weakref.WeakKeyDictionary[Any, list[Company]]" = weakref.WeakKeyDictionary()


def companies(index: Any) -> list[Company]:
    """The companies of an index with their aliases (names from every document; initialisms; the trading symbols
    on each document's cover page). A short form two companies share names neither."""
    try:
        memo = _companies_memo.get(index)
    except TypeError:
        memo = None
    if memo is not None:
        return memo
    page_text = getattr(index, "page_text", None)
    out: list[Company] = []
    all_covers: list[str] = []
    for key, metas in company_groups(index.documents()).items():
        names = {n for m in metas for n in company_names(m)}
        covers = "\n".join((page_text(m.doc_id, p) or "") for m in metas for p in (1, 2)) if page_text else ""
        all_covers.append(covers)
        long, short = aliases(names, covers)
        short |= registrant_forms(m.extra.get("registrant") for m in metas if isinstance(m.extra, dict)) - long
        out.append(Company(key, _display_name(metas), tuple(metas), frozenset(long), frozenset(short)))
    # "Ridgecrest's backlog", "Halvard's sales": the first word of a name of two words or more, as an analyst shortens
    # it, when it is a proper name (capitalised, four letters or more, never written in lower case on any cover: not
    # "Best" of "to the best of its knowledge", "General" of "general")
    covers_text = "\n".join(all_covers)
    out = [replace(c, short=c.short | first_words(c.long, covers_text)) for c in out]
    shared = {s for c in out for s in c.short if sum(s in o.short for o in out) > 1}
    out = [replace(c, short=c.short - shared) for c in out]
    try:
        _companies_memo[index] = out
    except TypeError:
        pass
    return out


def named_companies(question: str, index: Any) -> list[Company]:
    """The companies of the index a question names, in the order it names them."""
    all_c = companies(index)
    by_key = {c.key: c for c in all_c}
    found = [by_key[k] for k in companies_in(question, [d for c in all_c for d in c.docs]) if k in by_key]
    for c in all_c:
        if c not in found and any(mentions_short(question, s) for s in c.short):
            found.append(c)

    def first_mention(c: Company) -> int:
        spots = [m.start() for n in (*c.long, *c.short) for m in re.finditer(re.escape(n), question, re.I)]
        return min(spots) if spots else len(question)

    return sorted(found, key=first_mention)


def unheld_names(question: str, index: Any) -> list[str]:
    """Names of companies the question asks about that the index does not hold: when the question names no
    company of the index, its proper names ("Fabrikam") and capitalised short forms ("FBKM") that occur nowhere in
    the indexed text. Empty when the index cannot say (no ``has_term``)."""
    has_term = getattr(index, "has_term", None)
    if has_term is None or named_companies(question, index):
        return []
    out = []
    for name in [*proper_names(question), *TICKER.findall(question)]:
        if name.upper() in FINANCE_TERMS or name in out:
            continue
        tokens = bm25_tokens(name)
        if tokens and not all(has_term(t) for t in tokens) and not _short_form_of_held(question, name, has_term):
            out.append(name)
    return out


def _short_form_of_held(question: str, name: str, has_term: Any) -> bool:
    """Is ``name`` written in parentheses right after a name the index holds ("Contoso Cruises' (CCRU) margin",
    "Fabrikam Group (FBG)"): the held company's ticker or short form, which the indexed text need not use?"""
    m = re.search(rf"((?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*)(?:['’]s?)?\s*\(\s*{re.escape(name)}\s*\)", question)
    if m is None:
        return False
    tokens = bm25_tokens(m.group(1))
    return bool(tokens) and all(has_term(t) for t in tokens)
