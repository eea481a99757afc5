"""The dividend per common share a filer states in a sentence of its own filing.

Filers often give the per-share dividend only in prose ("During 2022 and 2021, the quarterly cash dividend was
$0.40 and $0.36 per share, respectively.", "We paid dividends of $0.25 per share in each quarter of 2022.").
``dividend_sentences(text, fiscal_year)`` reads them: one ``PerShare`` per amount, with the year it belongs to
and the sentence as printed (the quote a citation shows). General rules, none for one filer:

- the sentence speaks of a dividend, and the amount is written "$x per share", "$x per common share", "$x a
  share" or "$x per share of common stock";
- exactly one year is named, or several years with as many amounts and "respectively" (paired in order), or the
  sentence's first clause names one year and gives the year's total "per share for the year" before it turns to
  another period ("up from", "compared with": ``_for_the_year``);
- never a preferred dividend, a dividend of a subsidiary, affiliate or other entity ("its shareholders",
  "received", a security of a series or issue date), a plan or future payment ("will", "effective", "payable",
  "to be paid"), a change of rate ("increased ... to $y": a rate from some date on, which may fall after the
  year end, not the period's dividend), nor a year after the document's own fiscal year (a declaration after year end is a later
  period's dividend, not this one's);
- "special" makes it a special dividend, "quarterly", "each quarter" or "per quarter" a quarterly amount, "annual" an
  annual one, one amount paid on dates named by their months ("In March, June, September and December 2023, we
  paid dividends of $0.0125 per share", "On June 9, 2023 we paid a dividend of $0.41 per share") the amount of
  each payment; the label says which, so the answer
  never passes one off as the other;
- rows of a table that PDF text runs together without a full stop are no sentence (a statement of equity's
  "Balance at December 31, 2022 ... Dividends declared ($9.80 per share) (2,757)" names the year the block
  starts, not the year of the dividend).

``dividend_rows(text, annual)`` reads the per-share amount a statement of shareholders' equity writes inside a
row label ("Cash dividends declared ($1.32 per share)"), with the period of the row's block or columns (below).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..text.months import MONTH_OR_ABBR

_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_AMOUNT = re.compile(r"\$\s?(\d{1,3}(?:\.\d{1,4})?|\.\d{1,4})(?=\s*(?:per|a)\s+(?:common\s+|ordinary\s+)?share\b"
                     r"|\s*(?:,\s*\$\s?\d|and\s+\$\s?\d))", re.I)
_PER_SHARE = re.compile(r"\$\s?(?:\d{1,3}(?:\.\d{1,4})?|\.\d{1,4})\s*(?:per|a)\s+(?:common\s+|ordinary\s+)?share\b",
                        re.I)
_DIVIDEND = re.compile(r"\bdividends?\b", re.I)
_NOT_OURS = re.compile(
    r"\bpreferred\b|\bpreference\b|\bsubsidiar|\bnoncontrolling\b|\bnon-controlling\b|\bminority\b|\baffiliate|"
    r"\binvestee|\bjoint venture|\bseries\b|\bissue date\b|\boriginal issue\b|\bits\s+(?:common\s+|class\s+\w+\s+)?(?:share|stock)holders\b|\breceived\b|"
    r"\bdividend income\b|\bdividends? receivable\b|\bequivalents?\b", re.I)
_NOT_DONE = re.compile(
    r"\bwill\b|\bwould\b|\bexpects?\b|\bintends?\b|\bplans?\b|\bfuture\b|\beffective\b|\banticipates?\b|"
    r"\bbeginning (?:in|with)\b|\bsubsequent(?:ly)?\b|\bmay\s+(?:be|pay)\b|\bto be paid\b|\bpayable\b|"
    r"\b(?:increase|raise|decrease|reduce|cut)[sd]?\b", re.I)
_QUARTERLY = re.compile(r"\bquarterly\b|\beach (?:fiscal )?quarter\b|\bper quarter\b|\bevery quarter\b", re.I)
_ANNUAL = re.compile(r"\bannual(?:ly|ized)?\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z(•])|\n\s*\n|•")


# a line that ends as a table row does: two or more amounts, one of them printed as a statement prints them
# ("(2,550)", "1,449", "—"), which a sentence's closing words never are
_TABLE_ROW = re.compile(r"(?:\s+\$?\s*(?:\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?|\(\d+(?:\.\d+)?\)|[—–]|\d+(?:\.\d+)?)){2,}\s*$")


def _row_like(line: str) -> bool:
    m = _TABLE_ROW.search(line)
    return bool(m) and bool(re.search(r"\d,\d{3}|\(\d|[—–]", m.group()))


@dataclass(frozen=True)
class PerShare:
    label: str  # "quarterly dividend", "annual dividend", "special dividend", "dividend" (amounts per share)
    value: float  # dollars per share
    year: int  # the fiscal year the amount belongs to
    quote: str  # the sentence exactly as in the page text


# a heading line: short, no closing punctuation, the next line starting a sentence ("Dividend Policy\nWe ...")
_HEADING_END = re.compile(r"(?<=\n)[^\n.,;:]{1,40}[^\n.,;:\s](?=\n[A-Z])")


def _sentences(text: str) -> list[str]:
    cuts = sorted([(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
                  + [(m.end() - 1, m.end()) for m in _HEADING_END.finditer("\n" + text)])  # offsets of "\n" + text
    out, start = [], 0
    for a, b in cuts:
        if a < start:
            continue
        out.append(text[start:a])
        start = b
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


# where a sentence turns to another period: "..., up from $0.11 per share ... in 2024", "compared with $0.88 ..."
_TURN = re.compile(r"[,;(]\s*(?:up|down)\s+from\b|[,;(]\s*(?:as\s+)?compared\s+(?:with|to)\b|[,;(]\s*versus\b|"
                   r"[,;(]\s*an?\s+(?:increase|decrease)\s+from\b|[,;(]\s*from\s+\$", re.I)
_YEAR_TOTAL = re.compile(r"\$\s?(\d{1,3}(?:\.\d{1,4})?|\.\d{1,4})\s*(?:per|a)\s+(?:common\s+)?share\s+"
                         r"(?:in\s+total\s+)?for\s+the\s+(?:full\s+|fiscal\s+|whole\s+)?year\b", re.I)


def _for_the_year(flat: str) -> tuple[int, float] | None:
    """(year, amount) of a sentence that gives a quarterly rate and the year's total before turning to another
    period ("In 2025 we paid a quarterly cash dividend of $0.12 per share, or $0.48 per share for the year, up from
    $0.11 ... in 2024"): the amount written "per share for the year" in the sentence's first clause, whose one year
    it belongs to. None when that clause names no year or several, or no such amount, or two."""
    first = _TURN.split(flat, maxsplit=1)[0]
    years = set(re.findall(rf"\b{_YEAR}\b", first))
    totals = _YEAR_TOTAL.findall(first)
    if len(years) != 1 or len(totals) != 1:
        return None
    return int(years.pop()), float(totals[0])


def dividend_sentences(text: str, fiscal_year: int | None = None) -> list[PerShare]:
    """Every per-share dividend of the filer's common stock stated in a sentence of ``text`` (module rules)."""
    found: list[PerShare] = []
    for s in _sentences(text):
        if not _DIVIDEND.search(s) or not _PER_SHARE.search(s):
            continue
        if any(_row_like(line) for line in s.split("\n")):
            continue  # rows of a table run together (no full stop between them) are not a sentence
        if _NOT_OURS.search(s) or _NOT_DONE.search(s):
            continue
        flat = " ".join(s.split())
        years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", flat)]
        distinct = list(dict.fromkeys(years))
        amounts = [float(a) for a in _AMOUNT.findall(flat)]
        if not distinct or not amounts:
            continue
        year_total = _for_the_year(flat)
        if len(distinct) == 1 and len(amounts) == 1:
            pairs = [(distinct[0], amounts[0])]
        elif re.search(r"\brespectively\b", flat, re.I) and len(distinct) == len(amounts) == len(years):
            pairs = list(zip(distinct, amounts))
        elif year_total is not None:
            if fiscal_year is None or year_total[0] <= fiscal_year:
                found.append(PerShare("annual dividend", year_total[1], year_total[0], s))
            continue
        else:
            continue  # several years or amounts with no stated pairing: which is which is not known
        if fiscal_year is not None and any(y > fiscal_year for y, _ in pairs):
            continue  # a declaration after the year end belongs to a later period
        # months that date a payment or a declaration, not the end of the period ("the year ended December 31")
        dated = re.sub(rf"\b(?:ended|ending|end\s+of|as\s+of|at)\s+(?:{_MONTH})(?![a-z])", " ", flat, flags=re.I)
        months = {m.lower()[:3] for m in re.findall(rf"\b(?:{_MONTH})(?![a-z])", dated, re.I)}
        label = ("special dividend" if re.search(r"\bspecial\b", flat, re.I) and "regular" not in flat else
                 "quarterly dividend" if _QUARTERLY.search(flat) else
                 "annual dividend" if _ANNUAL.search(flat) else
                 # "In March, June, September and December 2023, we paid dividends of $0.0125 per share": the
                 # amount of each payment, not the year's
                 "dividend per payment" if months and len(pairs) == 1 else "dividend")
        found += [PerShare(label, v, y, s) for y, v in pairs if v > 0]
    return found


# --------------------------------------------------------------------------------------------------------------
# per-share amounts written inside a row label of the statement of shareholders' equity
#
# "Cash dividends declared ($1.32 per share)  (300)  (300)", "Common stock dividends, $2.20 per share  ...",
# "Dividends on common stock ($0.86 per share) and preferred stock ($0.10 per share)  ...", "Cash dividends
# declared ($1.96, $1.96 and $1.96 per share)  (1,195.8) (1,181.7) (1,139.7)", "Dividends (per share — $1.76,
# $1.68 and $1.64 in 2022, 2021 and 2020, respectively)  ...". The row's own numbers are amounts (millions of
# dollars), not per-share figures; the per-share amount is the one the label states, and its period is:
# - the years the label names, paired in order with as many amounts;
# - else the block the row sits in, between a "Balance at <date>" row above and the next one below, when the two
#   dates are about a year apart (an annual block; quarterly blocks of a 10-Q are left alone): the fiscal year of
#   the closing date, as the balance sheet's column for that date is named;
# - else the period columns of the header above it, one amount per column, in order (annual filings only).
# Anything else (one amount under several year columns, a block without both dates) is not read.

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTH = MONTH_OR_ABBR + r"\.?"
_BALANCE_ROW = re.compile(rf"^\s*balances?\b[^\d\n]{{0,30}}?\b({_MONTH})\s+(\d{{1,2}}),?\s+({_YEAR})\b", re.I)
_ROW_NUMBERS = re.compile(r"(?:\s+(?:\$\s*)?(?:\(?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?|[—–\-]{1,3}))+\s*$")
_LABEL_AMOUNT = re.compile(r"\$\s?(\d{1,3}(?:\.\d{1,4})?|\.\d{1,4})(?!\d|,\d)")
_OWNER = re.compile(r"\b(common|ordinary|preferred|preference|noncontrolling|non-controlling|minority|"
                    r"series\s+[a-z0-9]+|subsidiar\w*)\b", re.I)
_HEADER_WORDS = re.compile(rf"\b(?:fiscal|years?|ended|ending|for|the|and|as|of|at|{_MONTH})\b|\d{{1,2}}\b|[,.$()]",
                           re.I)


def _date(m: re.Match) -> tuple[int, int, int]:
    month = next(i + 1 for i, n in enumerate(_MONTH_NAMES) if n.startswith(m.group(1).lower().rstrip(".")[:3]))
    return int(m.group(3)), month, int(m.group(2))


def _days(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return (date(*b) - date(*a)).days


def _header_years(lines: list[str], row: int) -> list[int]:
    """The years of the nearest line above ``row`` that holds two or more years and nothing else but date and
    period words ("Fiscal Year", "2020 2019 2018", "Years ended December 31, 2023 2022 2021")."""
    for i in range(row - 1, -1, -1):
        years = re.findall(rf"\b{_YEAR}\b", lines[i])
        if len(years) >= 2 and not _HEADER_WORDS.sub(" ", re.sub(rf"\b{_YEAR}\b", " ", lines[i])).strip():
            return [int(y) for y in years]
    return []


_SHARE_WORDS = re.compile(r"\bper\s+(?:common\s+|ordinary\s+)?share\b|\ba\s+share\b", re.I)


def _common_amounts(label: str) -> list[float] | None:
    """The per-share amounts of the common stock a row label states; None when the label states one for another
    security (preferred, a subsidiary's) that cannot be told apart from the common stock's."""
    if not _SHARE_WORDS.search(label):
        return []
    others = bool(re.search(r"\bpreferred\b|\bpreference\b|\bnon-?controlling\b|\bminority\b|\bsubsidiar",
                            label, re.I))
    out: list[float] = []
    for m in _LABEL_AMOUNT.finditer(label):
        owners = _OWNER.findall(label[:m.start()])
        owner = owners[-1].lower() if owners else ""
        if owner in ("common", "ordinary") or (not owner and not others):
            out.append(float(m.group(1)))
        elif not owner:
            return None
    return out


def dividend_rows(text: str, annual: bool = True, fiscal_year: int | None = None) -> list[PerShare]:
    """The per-share dividends of the common stock written inside the row labels of a statement of
    shareholders' equity (``text`` is its page), each with its fiscal year (see the comment above). A filer whose
    year ends early in the next calendar year and who names it by the year it began (the document's own
    ``fiscal_year`` is the latest closing date's year less one, the date in January to March) has its blocks
    named the same way."""
    lines = text.split("\n")
    balances = [(i, _date(m)) for i, ln in enumerate(lines) if (m := _BALANCE_ROW.search(ln))]
    shift = 0
    if balances and fiscal_year is not None:
        last = max(d for _, d in balances)
        if last[0] == fiscal_year + 1 and last[1] <= 3:
            shift = -1
    found: list[PerShare] = []
    for i, line in enumerate(lines):
        tail = _ROW_NUMBERS.search(line)
        if tail is None or tail.start() == 0:
            continue  # a statement row ends in its amounts
        label, start = line[:tail.start()].strip(), i
        whole = _DIVIDEND.search(label) and _LABEL_AMOUNT.search(label) and _SHARE_WORDS.search(label)
        if not whole and i and _DIVIDEND.search(lines[i - 1]) and not _ROW_NUMBERS.search(lines[i - 1]):
            # a label PDF text wrapped over two lines: "Dividends declared ($8.20 per" / "share)  (2,342)"
            label, start = f"{lines[i - 1].strip()} {label}", i - 1
        if not _DIVIDEND.search(label) or _NOT_DONE.search(label) or re.search(r"\breceived\b|\bincome\b", label, re.I):
            continue
        amounts = _common_amounts(label)
        if not amounts:
            continue
        years = list(dict.fromkeys(int(y) for y in re.findall(rf"\b{_YEAR}\b", label)))
        pairs: list[tuple[int, float]] = []
        if years:
            if annual and len(years) == len(amounts) and (len(years) == 1 or re.search(r"\brespectively\b", label, re.I)):
                pairs = list(zip(years, amounts))
        elif len(amounts) == 1:
            above = [d for j, d in balances if j < start]
            below = [d for j, d in balances if j > i]
            if above and below and 330 <= _days(above[-1], below[0]) <= 400:
                pairs = [(below[0][0] + shift, amounts[0])]
        elif annual:
            cols = _header_years(lines, start)
            if len(cols) == len(amounts):
                pairs = list(zip(cols, amounts))
        if not pairs:
            continue
        kind = ("special dividend" if re.search(r"\bspecial\b", label, re.I) else
                "quarterly dividend" if _QUARTERLY.search(label) else
                "dividend declared" if re.search(r"\bdeclared\b", label, re.I) else
                "dividend paid" if re.search(r"\bpaid\b", label, re.I) else "dividend")
        quote = "\n".join(lines[start:i + 1]).strip()
        found += [PerShare(kind, v, y, quote) for y, v in pairs if v > 0]
    return found


def is_row_quote(quote: str) -> bool:
    """Is the quote a statement row (``dividend_rows``: its label, then its amounts), not a sentence?"""
    last = quote.rstrip().split("\n")[-1]
    tail = _ROW_NUMBERS.search(last)
    return tail is not None and tail.start() > 0 and not last.rstrip().endswith(".")
