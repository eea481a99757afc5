"""Whether a filer reports material legal proceedings, read from its annual report's Item 3 (Legal Proceedings) and
the note it incorporates by reference (issue 10/11, reading: judgements of filings' text). Pure text, no index.

Rule: "Is Contoso facing any significant lawsuits?", "Is Northwind involved in any material litigation as of FY2025?",
"Does Fabrikam have pending legal proceedings that could be material?" is answered from ONE annual report of the
company (the latest year asked):

- Yes, when its Item 3 section, or the note Item 3 points to ("The information contained in Note 16 'Commitments and
  Contingencies' ... is incorporated herein by reference", "See Note 12"), names two matters or more: a heading of
  its own line naming a matter ("Usual and Customary Pricing Litigation", "Opioid Lawsuits and Investigations"; not a
  container heading made only of the words legal / matters / proceedings / litigation / other / regulatory), or a
  sentence stating a suit ("... was named as a defendant in ...", "filed a putative class action", "In re ...",
  "Contoso v. Fabrikam"). The answer lists the matters, each cited.
- No, when Item 3 names no matter, points to no note, and states that the outcome of its proceedings is not expected
  to be material ("will not have a material adverse effect on our financial condition"): quoted.
- Otherwise (no Item 3 found, a note pointed to but not found, a section naming one matter): no answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["asks_legal", "LegalReading", "read_legal", "item3_pages", "note_pointed"]

# the general words for legal disputes, as analysts write them
_ASKS = re.compile(r"(?i)\b(?:legal\s+(?:proceedings?|matters?|disputes?|actions?|cases?|claims?|battles?|fights?)|"
                   r"litigations?|lawsuits?|law\s+suits?|court\s+(?:cases?|battles?))\b")


# whether the company has them: "any", "involved in", "party to", "faces", "ongoing", "material", "significant"
_WHETHER = re.compile(r"(?i)\b(?:any|involved|party|face[sd]?|facing|subject|ongoing|pending|material(?:ly)?|"
                      r"significant|major)\b")
# an amount of them: "litigation charges", "legal costs", "settlement payments", "how much"
_AMOUNT_OF = re.compile(r"(?i)\bhow\s+(?:much|many)\b|\b(?:litigation|legal|lawsuits?|settlements?|proceedings?)\s+"
                        r"(?:related\s+)?(?:charges?|costs?|expenses?|reserves?|accruals?|provisions?|liabilit(?:y|ies)|"
                        r"payments?|amounts?|fees?|spending)\b")


def asks_legal(question: str) -> bool:
    """Does a question ask whether the company reports (material, ongoing, significant) legal proceedings ("Is it
    facing any significant lawsuits?", "Is it involved in material litigation?"), not an amount of them ("Did its
    litigation charges rise?", "How much did it accrue for lawsuits?")?"""
    return bool(_ASKS.search(question) and _WHETHER.search(question)) and not _AMOUNT_OF.search(question)


# "Item 3. Legal Proceedings." on its own line (a table of contents line ends in its page number)
_ITEM3 = re.compile(r"(?im)^[ \t]*Item[ \t]*3[ \t]*[.:\-–—]?[ \t]*Legal[ \t]+Proceedings\.?[ \t]*$")
_NEXT_ITEM = re.compile(r"(?im)^[ \t]*(?:Item[ \t]*4\b|PART[ \t]+II\b)")
# a note Item 3 points to: "Note 16 ‘‘Commitments and Contingencies’’", "Note 12 - Contingencies", "See Note 9"
_NOTE = re.compile(r"(?i)\bNote[ \t]+(?P<n>\d{1,2})(?:[A-Z]\b|\b)(?:[ \t]*[,\-–—:]?[ \t]*[‘’'\"“”]*(?P<title>[A-Z][A-Za-z ,&]{3,60}?)"
                   r"[‘’'\"“”]+)?")
_NOT_MATERIAL = re.compile(r"(?i)\bnot\s+(?:\w+\s+){0,6}?(?:have|result\s+in|be)\s+(?:\w+\s+){0,3}?material\b|"
                           r"\bnot\s+(?:\w+\s+){0,2}?material\b|\bimmaterial\b|\bno\s+(?:\w+\s+){0,2}?material\s+"
                           r"(?:pending\s+)?(?:legal\s+)?(?:proceedings|litigation|claims|lawsuits)\b")
# an amount in a section: a specific matter described (a reassessment of EUR 571 million, a $2.3 billion verdict)
_AMOUNT = re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s+(?:million|billion)\b")
# a heading naming a matter ends with one of these words; a container heading is made only of the generic words
_MATTER_HEAD = re.compile(r"(?i)\b(?:litigation|lawsuits?|suits?|investigations?|proceedings?|matters?|claims?|actions?|"
                          r"inquir(?:y|ies)|disputes?|settlements?|subpoenas?|audits?)\s*$")
_GENERIC = frozenset("""legal matters matter proceedings proceeding litigation other and regulatory contingencies
    contingency government governmental investigations investigation lawsuits claims commitments guarantees
    environmental general certain various pending related information the of""".split())
_SUIT = re.compile(r"(?i)\bnamed\s+as\s+(?:a\s+|an\s+)?(?:co-)?defendants?\b|\bfiled\s+(?:a|an)\s+(?:\w+\s+){0,3}?"
                   r"(?:class\s+action|lawsuit|complaint|suit|petition)\b|\bIn\s+re\s+[A-Z]|"
                   r"\b[A-Z][\w&.'’]*(?:\s+(?:&\s+)?[A-Z][\w&.'’]*){0,4}\s+v\.?\s+[A-Z]")


@dataclass(frozen=True)
class Quote:
    page: int
    start: int
    end: int
    text: str
    amount: "Quote | None" = None  # the matter's first sentence stating a sum paid, agreed, claimed or charged


@dataclass(frozen=True)
class LegalReading:
    verdict: str | None  # "Yes", "No" or None (no answer)
    matters: tuple[Quote, ...]  # the matters named (Yes)
    statement: Quote | None  # the not-material sentence (No)
    where: str  # "Item 3" or "Note 16"


def item3_pages(pages: dict[int, str]) -> list[tuple[int, int, int]]:
    """Every (page, start, end) of an Item 3 section: from its heading to Item 4 / Part II or the page's end."""
    out = []
    for page, text in sorted(pages.items()):
        for m in _ITEM3.finditer(text):
            nxt = _NEXT_ITEM.search(text, m.end())
            out.append((page, m.end(), nxt.start() if nxt else len(text)))
    return out


def note_pointed(section: str) -> tuple[str, str] | None:
    """(number, title) of the note an Item 3 section points to; None when it points to none."""
    m = _NOTE.search(section)
    if not m:
        return None
    return m.group("n"), (m.group("title") or "").strip()


def _sentences(text: str, lines: bool = True) -> list[tuple[int, int]]:
    """Sentence spans of ``text``; ``lines``: a line opening in upper case or a bullet opens one too (a heading)."""
    out, pos = [], 0
    split = r"(?<=[.;])\s+(?=[A-Z(“\"])|\n(?=[A-Z•])" if lines else r"(?<=[.;])\s+(?=[A-Z(“\"•])"
    for m in re.finditer(split, text):
        out.append((pos, m.start() + 1 if text[m.start()] in ".;" else m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _matter_heading(line: str) -> bool:
    """A line that is a heading naming one matter ("PBM Litigation and Investigations"): 2 to 10 words, capitalised,
    no closing period, ending in a word of a matter, with a word that is not a container heading's."""
    text = re.sub(r"^(?:[IVX]{1,4}|[A-Z]\d{0,2})\.\s+", "", line.strip())  # "II. Environmental Matters", "A1. ..."
    words = re.findall(r"[A-Za-z][\w'’&-]*", text)
    if not 2 <= len(words) <= 10 or text.endswith((".", ":", ",", ";")) or re.search(r"\d", text):
        return False
    if not _MATTER_HEAD.search(text) or not text[:1].isupper():
        return False
    capital = sum(1 for w in words if w[:1].isupper() or w.lower() in ("and", "of", "the", "for", "in", "on", "to"))
    if capital < len(words):
        return False  # a sentence's wrapped line, not a heading
    return any(w.lower() not in _GENERIC for w in words)


# a sentence stating what a matter costs or may cost: a sum with a word of paying, settling, claiming or charging
_SUM = re.compile(r"[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion))?")
_PAID = re.compile(r"(?i)\b(?:settle\w*|pa(?:y|id|yable|yments?)|damages|verdicts?|judgments?|fines?|penalt\w+|"
                   r"agreed|award\w*)\b")  # what was agreed, awarded or is to be paid
_BOOKED = re.compile(r"(?i)\b(?:charges?|accru\w*|reserves?|seek\w*|sought|claim\w*)\b")  # its accounting, or a claim


def _sum_value(text: str) -> float:
    """The largest sum a sentence states, in currency units ("$4.3 billion" -> 4.3e9)."""
    best = 0.0
    for m in _SUM.finditer(text):
        digits = re.sub(r"[^\d.]", "", m.group(0).split()[0] if " " in m.group(0) else m.group(0))
        try:
            v = float(digits.strip("."))
        except ValueError:
            continue
        v *= 1e9 if m.group(0).endswith("billion") else 1e6 if m.group(0).endswith("million") else 1.0
        best = max(best, v)
    return best


def _amount_in(spans: list[tuple[int, str, int, int]]) -> Quote | None:
    """The sentence of a matter's text (``spans``: its (page, page text, start, end) pieces) stating what the matter
    costs: a sum agreed, awarded or to be paid ("The maximum amount payable under the settlement would be approximately
    $4.3 billion ...") before a sum charged, accrued or claimed, the largest first; the size of the matter as the
    filing states it. A sentence cut by a page (not opening in upper case, or not closed) is none."""
    found: list[tuple[int, float, Quote]] = []
    for page, text, start, end in spans:
        for a, b in _sentences(text[start:end], lines=False):
            sent = " ".join(text[start + a : start + b].split())
            if not (sent[:1].isupper() and sent.endswith((".", ";")) and _SUM.search(sent) and len(sent) <= 500):
                continue
            kind = 0 if _PAID.search(sent) else 1 if _BOOKED.search(sent) else None
            if kind is not None:
                found.append((kind, -_sum_value(sent), Quote(page, start + a, start + b, sent)))
    return min(found, key=lambda t: (t[0], t[1]))[2] if found else None


def _matters_in(spans: list[tuple[int, str, int, int]]) -> list[Quote]:
    """The matters named in a legal section (``spans``: its (page, page text, start, end) pieces, in order): its
    headings naming a matter, each with the first sentence of its text stating a sum (up to the next heading); with
    no heading, its sentences stating a suit."""
    lines = []
    for page, text, start, end in spans:
        pos = start
        for line in text[start:end].split("\n"):
            lines.append((page, text, pos, pos + len(line), line))
            pos += len(line) + 1
    heads = [k for k, (*_, line) in enumerate(lines)
             if _matter_heading(line.split(":", 1)[0] if ":" in line else line)]  # "ASDA Claims: Ms S ... v ..."
    out: list[Quote] = []
    for i, k in enumerate(heads):
        page, text, a, b, line = lines[k]
        pieces: dict[int, tuple[str, int, int]] = {}  # the matter's text up to the next heading, one piece a page
        for p, t, x, y, _ in lines[k + 1 : heads[i + 1] if i + 1 < len(heads) else len(lines)]:
            pieces[p] = (t, pieces[p][1] if p in pieces else x, y)
        out.append(Quote(page, a, b, line.strip(), _amount_in([(p, t, x, y) for p, (t, x, y) in pieces.items()])))
    if out:
        return out
    for page, text, start, end in spans:
        for a, b in _sentences(text[start:end]):
            sent = " ".join(text[start + a : start + b].split())
            if _SUIT.search(sent) and len(sent) <= 600:
                out.append(Quote(page, start + a, start + b, sent))
    return out


def _not_material(page: int, text: str, start: int, end: int) -> Quote | None:
    for a, b in _sentences(text[start:end]):
        sent = " ".join(text[start + a : start + b].split())
        if _NOT_MATERIAL.search(sent) and re.search(r"(?i)\b(?:litigation|proceedings?|claims?|matters?|outcome)\b", sent):
            return Quote(page, start + a, start + b, sent)
    return None


_NOTE_HEAD = r"(?im)^[ \t]*(?:Note[ \t]+)?{n}[ \t]*[.:\-–—]?[ \t]*{title}"


def _note_span(pages: dict[int, str], number: str, title: str, after: int) -> list[tuple[int, int, int]]:
    """The pages of the note numbered ``number`` (its heading "Note 16 - Commitments and Contingencies" or "16.
    Commitments and Contingencies", after page ``after``): from its heading, that page and up to five after it, to
    the next note's heading."""
    head = re.compile(_NOTE_HEAD.format(n=re.escape(number), title=re.escape(title) if title else r"[A-Z]"))
    nxt = re.compile(_NOTE_HEAD.format(n=str(int(number) + 1), title=r"[A-Z]"))
    for page in sorted(p for p in pages if p > after):
        m = head.search(pages[page])
        if not m:
            continue
        out = []
        for k, p in enumerate(range(page, page + 6)):
            text = pages.get(p)
            if text is None:
                break
            a = m.start() if k == 0 else 0
            stop = nxt.search(text, a + 1)
            out.append((p, a, stop.start() if stop else len(text)))
            if stop:
                break
        return out
    return []


def read_legal(pages: dict[int, str]) -> LegalReading | None:
    """The reading of one annual report's legal proceedings (see the module's rule); None when it has no Item 3."""
    sections = item3_pages(pages)
    if len(sections) != 1:
        return None  # none, or two (a report printing the heading twice): which one is the section, unsure
    page, start, end = sections[0]
    text = pages[page]
    section = text[start:end]
    pointed = note_pointed(section)
    matters = _matters_in([(page, text, start, end)])
    where = "Item 3"
    if pointed is not None and len(matters) < 2:
        span = _note_span(pages, pointed[0], pointed[1], page)
        if not span:
            return LegalReading(None, (), None, f"Note {pointed[0]}")
        where = f"Note {pointed[0]}" + (f" ({pointed[1]})" if pointed[1] else "")
        matters += _matters_in([(p, pages[p], a, b) for p, a, b in span])
    matters = list({" ".join(m.text.split()).lower(): m for m in reversed(matters)}.values())[::-1]  # each once
    if len(matters) >= 2:
        return LegalReading("Yes", tuple(matters), None, where)
    if matters or pointed is not None:
        return LegalReading(None, tuple(matters), None, where)
    said = _not_material(page, text, start, end)
    if said is None or _AMOUNT.search(section):  # an amount: a specific matter is described, named or not
        return LegalReading(None, (), None, where)
    return LegalReading("No", (), said, where)
