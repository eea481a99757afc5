"""The dividend per common share a filer states in a sentence of its own filing.

Filers often give the per-share dividend only in prose ("During 2022 and 2021, the quarterly cash dividend was
$0.40 and $0.36 per share, respectively.", "We paid dividends of $0.25 per share in each quarter of 2022.").
``dividend_sentences(text, fiscal_year)`` reads them: one ``PerShare`` per amount, with the year it belongs to
and the sentence as printed (the quote a citation shows). General rules, none for one filer:

- the sentence speaks of a dividend, and the amount is written "$x per share", "$x per common share", "$x a
  share" or "$x per share of common stock";
- exactly one year is named, or several years with as many amounts and "respectively" (paired in order);
- never a preferred dividend, a dividend of a subsidiary, affiliate or other entity ("its shareholders",
  "received", a security of a series or issue date), a plan or future payment ("will", "effective", "payable",
  "to be paid"), a change of rate ("increased ... to $y": a rate from some date on, which may fall after the
  year end, not the period's dividend), nor a year after the document's own fiscal year (a declaration after year end is a later
  period's dividend, not this one's);
- "special" makes it a special dividend, "quarterly", "each quarter" or "per quarter" a quarterly amount, "annual" an annual one; the label
  says which, so the answer never passes one off as the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def dividend_sentences(text: str, fiscal_year: int | None = None) -> list[PerShare]:
    """Every per-share dividend of the filer's common stock stated in a sentence of ``text`` (module rules)."""
    found: list[PerShare] = []
    for s in _sentences(text):
        if not _DIVIDEND.search(s) or not _PER_SHARE.search(s):
            continue
        if _NOT_OURS.search(s) or _NOT_DONE.search(s):
            continue
        flat = " ".join(s.split())
        years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", flat)]
        distinct = list(dict.fromkeys(years))
        amounts = [float(a) for a in _AMOUNT.findall(flat)]
        if not distinct or not amounts:
            continue
        if len(distinct) == 1 and len(amounts) == 1:
            pairs = [(distinct[0], amounts[0])]
        elif re.search(r"\brespectively\b", flat, re.I) and len(distinct) == len(amounts) == len(years):
            pairs = list(zip(distinct, amounts))
        else:
            continue  # several years or amounts with no stated pairing: which is which is not known
        if fiscal_year is not None and any(y > fiscal_year for y, _ in pairs):
            continue  # a declaration after the year end belongs to a later period
        label = ("special dividend" if re.search(r"\bspecial\b", flat, re.I) and "regular" not in flat else
                 "quarterly dividend" if _QUARTERLY.search(flat) else
                 "annual dividend" if _ANNUAL.search(flat) else "dividend")
        found += [PerShare(label, v, y, s) for y, v in pairs if v > 0]
    return found
