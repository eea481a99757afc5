"""The names an analyst uses for a company, taken from its documents.

A filing names its company on the cover: the registrant's exact name ("The Procter & Gamble Company") and, on a
10-K or 10-Q since 2019, the trading symbol of each class of securities ("Common Stock, without Par Value  PG  New
York Stock Exchange"); press releases write "(NYSE: PG)". From these come the forms a question may use:

- the name without legal suffixes and a leading "The": "Procter & Gamble" (Inc., Incorporated, Corp.,
  Corporation, Co., Company, plc, N.V., S.A., AG, SE, Ltd., Limited, LLC, L.P., Holdings, Group);
- initialisms of a name of two or more words: "P&G" and "PG" for "Procter & Gamble", "AWW" for "American Water
  Works", "BofA" and "BoA" for "Bank of America";
- the trading symbols on the cover.

Short forms (initialisms, symbols) are matched case-sensitively as whole tokens and never when they spell a
financial term an analyst writes in capitals (EPS, ROE, FCF, ...), so "ROE" is not a company called "Rose Oil &
Energy". Names are compared by ``name_key`` (letters and digits only, lower case).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LEGAL = re.compile(
    r"[\s,]+(?:inc|incorporated|corp|corporation|co|company|companies|plc|p\.l\.c|ltd|limited|llc|l\.l\.c|lp|l\.p|"
    r"holdings?|group|n\.?v|s\.?a|ag|se|s\.?p\.?a|a/s|asa|oyj|nv|sa)\.?$",
    re.IGNORECASE,
)
_SMALL_WORDS = {"of", "and", "the", "for", "de", "du", "la", "&"}
# capitalised financial terms a question uses that must never be read as a company's short form
FINANCE_TERMS = frozenset("""
    EPS ROE ROA ROI ROIC ROCE FCF DPO DSO DIO DSI CCC EBIT EBITDA EBITDAR GAAP IFRS SEC NYSE USD EUR GBP JPY CEO CFO COO
    CTO YOY QOQ TTM LTM NTM FY CY YTD MD&A M&A R&D SG&A PP&E D&A P&L NPV IRR WACC CAPEX OPEX COGS AR AP NII NIM CET
    LCR RWA AUM ESG AI US USA UK EU IPO ETF REIT LLC PLC NA NM OK Q FQ II III IV
""".split())


def name_key(name: str) -> str:
    """A comparison key: letters and digits, lower case ("Procter & Gamble" -> "proctergamble")."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def base_name(name: str) -> str:
    """The name without legal suffixes and a leading "The": "The Coca-Cola Company" -> "Coca-Cola",
    "JPMorgan Chase & Co." -> "JPMorgan Chase", "Contoso Holdings Corporation" -> "Contoso"."""
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    while True:
        short = _LEGAL.sub("", name).strip(" ,&")
        if not short or short == name:
            return name
        name = short


def initialisms(name: str) -> set[str]:
    """Initialisms of a name of two or more words: first letters of its words ("American Water Works" -> "AWW");
    with "&" kept and without ("Procter & Gamble" -> "P&G", "PG"); "of" kept as "of" and as "o" ("Bank of America"
    -> "BofA", "BoA", "BA"). Hyphenated words count as one ("Coca-Cola" gives none)."""
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
    return {a for a in out if len(name_key(a)) >= 2 and a.upper() not in FINANCE_TERMS}


_EXCHANGES = (r"(?:The\s+)?(?:New\s+York\s+Stock\s+Exchange|NYSE(?:\s+(?:Arca|American|Texas))?|Nasdaq|NASDAQ|"
              r"Chicago\s+Stock\s+Exchange|Cboe\s+BZX|London\s+Stock\s+Exchange|Euronext|Toronto\s+Stock\s+Exchange|"
              r"Boston\s+Stock\s+Exchange)")
_SYMBOL = r"[A-Z]{1,5}(?:[.\-][A-Z]{1,2})?"
# "Common Stock, par value $0.01 per share   NWT   New York Stock Exchange" (the 12(b) table of a cover page)
_COVER_ROW = re.compile(rf"(?<![\w.$-])({_SYMBOL})\s+{_EXCHANGES}\b")
# "(NYSE: NWT)", "(Nasdaq: CTSO)", "NYSE:NWT"
_PRESS = re.compile(rf"\(?\b(?:NYSE|NASDAQ|Nasdaq|NYSE\s+American|TSX|LSE)\s*:\s*({_SYMBOL})\b")
_SYMBOL_HEADER = re.compile(r"trading\s+symbol", re.IGNORECASE)


def trading_symbols(cover_text: str) -> set[str]:
    """Ticker symbols a cover page or press release gives for the company's own securities: the symbols of its
    12(b) table (read after the "Trading Symbol(s)" header) and "(NYSE: XYZ)" mentions. Symbols of notes ("XYZ26")
    carry digits and are not taken."""
    found: set[str] = set()
    header = _SYMBOL_HEADER.search(cover_text)
    if header:
        table = cover_text[header.end(): header.end() + 3000]
        found |= {m.group(1) for m in _COVER_ROW.finditer(table)}
    found |= {m.group(1) for m in _PRESS.finditer(cover_text[:6000])}
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


def mentions_short(question: str, short: str) -> bool:
    """Is the short form written in the question as a whole token, in its own capitals ("PG", "P&G's")?"""
    if len(name_key(short)) < 2 and "&" not in short:
        return False
    return bool(re.search(rf"(?<![\w&.]){re.escape(short)}(?:['’]s)?(?![\w&])", question))
