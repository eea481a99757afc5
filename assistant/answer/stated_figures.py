"""The figures a sentence states and the words that govern each (``Figure``, ``_figures``): ``governing`` (the
noun phrase a figure is attached to and its form: a level, a share or a change), the clauses it sits in
(``_clause_start``, ``_clause_end``, ``_opening``, ``_subject_head``, ``_aside_free``), its kind (``_kind``: money,
percent, points, number), and numbers that are no figures: a day of a date (``day_of_date``), a name or reference
(``names_number``), a count of the sentence's scope (``scope_count``). Reads ``measure_families.py`` and
``measure_frames.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.months import MONTH_ABBR, MONTH_OR_ABBR
from ..text.numbers import CURRENCY_CODES, claims
from .measure_families import _families, _head, _per, _stem
from .measure_frames import _dimension

__all__ = ["Figure", "figure_forms", "governing"]


_SHARE_BEFORE = re.compile(r"(?i)\b(?:accounted\s+for|account\s+for|accounts\s+for|represented|represents?|made\s+up|"
                           r"makes\s+up|comprised|contributed|or|share\s+of|portion\s+of|proportion\s+of)\s+"
                           r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|around\s+|some\s+|almost\s+|over\s+)?$")
_CHANGE_BEFORE = re.compile(r"(?i)\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|grown|increased|"
                            r"increases?|decreased|decreases?|declined|declines?|dropped|drops?|climbed|jumped|slipped|"
                            r"gained|lost|up|down|growth\s+of|increase\s+of|decrease\s+of|decline\s+of|change\s+of|"
                            r"expanded|widened|narrowed|contracted|improved|deteriorated|"
                            r"by)\s+(?:(?:by\s+)?(?:about|approximately|roughly|nearly|some|almost|a\s+further|only|just|barely|"
                            r"merely|a\s+mere|a\s+modest|less\s+than|more\s+than|over|under|around|close\s+to)\s+){0,2}$")
# a limiting or hedging word between the verb and its figure ("grew only 1.7%", "rose by just 0.4%", "fell by more than
# 3%") leaves the figure a change: the form is the verb's, whatever adverb sits between (session 24)
_CHANGE_AFTER = re.compile(r"(?i)^\s*(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|a\s+year\s+earlier)\s+)?"
                           r"(?:increase|decrease|rise|fall|drop|decline|growth|gain|jump|higher|lower|more|less|below|above|"
                           r"off|up|down)\b")
_BREAK = re.compile(r"[;:]|,\s|\s(?:and|but|while|whereas|leaving|bringing|taking|which)\s|\s[-–—]{1,2}\s|—")
_ASIDE = re.compile(r"(?i),?\s*\b(?:which|that)\s+(?:includes?|included|comprises?|covers?|contains?)\b[^,;.()]*,?|"
                    r"\(\s*(?:which\s+)?(?:includ\w+|such\s+as|e\.g\.)[^()]*\)|,?\s*\b(?:including|such\s+as)\b[^,;.()]*,?")
_MONEY = re.compile(r"(?:US\$|[$€£¥])\s?\d|\b\d[\d,.]*\s?(?:trillion|billion|million|thousand|bn|mn|m)?\s?"
                    r"(?:dollars|euros|yen|won)\b|\b" + CURRENCY_CODES + r"\s?\d", re.I)
_MEASURE_PHRASE_END = re.compile(r"(?i)\s(?:in|for|during|at|as\s+of|of|did|does|was|were|is|are|on|under|came|"
                                 r"compared|between|from|to|and|by|report|reported|have|has|had)\s|[?,]")


@dataclass(frozen=True)
class Figure:
    """One figure of a text and the words that govern it."""

    start: int
    end: int
    raw: str
    kind: str  # "money", "percent" or "number"
    form: str  # "level", "share" or "change"
    words: str  # the governing words ("" when none were read)
    per: str | None = None
    subject: str = ""  # the clause's opening words (a share's part)
    clause: str = ""  # the clause the figure sits in
    unit: str | None = None  # the dimension of the unit right after it ("TWh": energy)
    opening: str = ""  # the sentence's opening clause (its subject)
    after: str = ""  # the words right after it ("240 vendors"; a hundred characters: its predicate)
    head: str = ""  # the sentence's subject up to its first verb ("Its consumer segment, Contoso Care, had ...")


def _kind(raw: str, after: str) -> str:
    if re.match(r"(?i)\s*(?:basis\s+|percentage\s+)?(?:points?|bps|pp)\b", after) or re.search(r"(?i)points?$", raw):
        return "points"
    if "%" in raw or re.match(r"(?i)\s*(?:percent|per\s+cent)\b", after):
        return "percent"
    if _MONEY.search(raw) or re.match(r"(?i)\s*(?:trillion|billion|million|thousand|bn|mn)?\s*(?:dollars|euros|yen|won)\b",
                                      after):
        return "money"
    return "number"


_DATE_COMMA = re.compile(r"(?i)\b" + MONTH_ABBR + r"[a-z]*\.?\s+\d{1,2}$")


def _breaks(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The clause breaks of ``text[lo:hi]``; the comma of a date ("December 31, 2024") is none."""
    return [m for m in _BREAK.finditer(text, lo, hi)
            if not (m.group(0).startswith(",") and _DATE_COMMA.search(text[max(0, m.start() - 16) : m.start()]))]


def _clause_start(text: str, at: int) -> int:
    found = _breaks(text, 0, at)
    return found[-1].end() if found else 0


def _clause_end(text: str, at: int) -> int:
    found = _breaks(text, at, len(text))
    return found[0].start() if found else len(text)


_VERB_LED = re.compile(r"(?i)^\s*(?:was|were|is|are|stood|came|totall?ed|amounted|reached|rose|fell|grew|increased|"
                       r"decreased|declined|climbed|dropped|improved|narrowed|widened|contributed|accounted|represented|"
                       r"of|at|to)\b")


def _opening(text: str) -> str:
    """The sentence's opening clause, asides left out ("The Clinical Services segment, which includes home
    infusion, contributed ..." -> "The Clinical Services segment contributed ...")."""
    free = _aside_free(text)
    m = _BREAK.search(free)
    return free[: m.start()] if m else free


def governing(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(words, form, subject) for the figure at ``text[start:end]``: the noun phrase that governs it and whether it
    is a level, a share or a change. A figure in a parenthesis is governed by the noun phrase the parenthesis follows
    ("sign-on bonuses (commonly $8,000 to $15,000)"); a clause with no measure of its own that a verb opens ("...,
    a non-GAAP measure, was 95.1%") or that continues the figure before ("... from $2.71 billion") takes the measure
    of the clause before it."""
    before, after = text[:start], text[end:]
    opened = before.rfind("(")
    if opened > before.rfind(")"):  # the parenthesis the figure sits in qualifies the words before it
        head_start = _clause_start(text, opened)
        return text[head_start:opened] + " " + text[opened + 1 : start], "level", text[head_start:opened]
    lo = _clause_start(text, start)
    hi = _clause_end(text, end)
    earlier = [n for n in _claims_in(text, lo, start)]
    seg_lo = earlier[-1][1] if earlier else lo  # the words since the figure before in its clause
    own = text[seg_lo:start]
    clause_after = text[end:hi]
    percent = _kind(text[start:end], after) == "percent"
    form = "level"
    if percent and (_SHARE_BEFORE.search(text[lo:start]) or re.match(r"(?i)\s*(?:percent\s+|per\s+cent\s+)?of\b", after)):
        form = "share"
    elif _CHANGE_BEFORE.search(text[lo:start]) or _CHANGE_AFTER.match(after) \
            or re.match(r"(?i)\s*(?:basis\s+|percentage\s+)?(?:points?|bps|pp)\b", after) or re.search(r"(?i)points?$", text[start:end]):
        form = "change"  # "expanded 40 basis points": a move
    words_after = ""
    of = re.match(r"(?i)\s*(?:trillion|billion|million|thousand|bn|mn|percent|per\s+cent)?\s*(?:of|in)\s+((?:[\w&'’-]+\s*){1,6})",
                  after)
    if of:
        words_after = " " + of.group(1) + " "
        stop = _MEASURE_PHRASE_END.search(words_after)
        words_after = words_after[: stop.start()] if stop else words_after
    if form == "share":  # "61% of the total": a share; its part is the clause's subject, or the sentence's
        # the clause from the comma before ("with halls designed for training and inference accounting for 41%"): an
        # "and" inside the part's name does not end it
        comma = max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1
        wide = text[comma:lo] if comma < lo else ""
        return words_after, form, wide + text[lo:start] + " " + _opening(text[:lo]) if lo else text[lo:start]
    prev = _claims_in(text, 0, start)
    if prev and _APPOSITE_MARGIN.fullmatch(text[prev[-1][1] : start]):
        # "underlying EBITDA to A$360 million, a margin of 32%": the margin is of the profit measure the figure before
        # it states (its qualifiers too: underlying, EBITDA, operating)
        words, _, subject = governing(text, *prev[-1])
        if {f for f, _, _ in _families(words)} & {"profit", "ebitda"}:
            return f"{words} margin", form, subject
    if words_after and _families(words_after):
        return words_after, form, own
    if _families(own):
        return own, form, own
    mine = _kind(text[start:end], after)
    if earlier and _families(text[lo:start]) and not _CONTINUES.fullmatch(_PERIOD_WORDS.sub(" ", own)) \
            and all(_kind(text[a:b], text[b:]) != mine for a, b in earlier):
        # "Fabrikam repurchased 1.2 million shares for $85 million": the clause's measure governs its one figure of
        # each kind (a money figure after another is that one's measure's: "a price of $2 per hour comes to $2.4m")
        return text[lo:start], form, text[lo:start]
    prev = _claims_in(text, 0, start)
    if prev and _CONTINUES.fullmatch(_PERIOD_WORDS.sub(" ", text[prev[-1][1] : start])):
        # "from $5.1 billion to $5.6 billion", "rose 12% to $3.4 billion", "was 95.1% and 92.6%", "9.8% in 2026,
        # compared with 5.1% in 2025": the measure of the figure before
        words, _, subject = governing(text, *prev[-1])
        return words, form, subject
    same = [p for p in prev if (_kind(text[p[0] : p[1]], text[p[1] :]) == "percent") == percent]
    if same and _CONTINUES.fullmatch(_PERIOD_WORDS.sub(" ", own)) and own.strip():
        # "Cost of sales was $2.1 billion, or 43.6% of net sales, compared with $1.9 billion, ...": the measure of
        # the figure of its kind before
        words, _, subject = governing(text, *same[-1])
        return words, form, subject
    if not earlier and lo and _VERB_LED.match(own):
        k, back = lo, 0  # "Operating margin, which we calculate as ..., was 9.8%": the clauses before, nearest first
        while k and back < 4 and not text[:k].rstrip().endswith(";"):
            prev_lo = _clause_start(text, max(0, k - 1))
            piece = text[prev_lo:k]
            k, back = prev_lo, back + 1
            if re.search(r"(?i)\b(?:which|who)\s*$", text[:prev_lo]) or re.match(r"(?i)\s*(?:which|who)\b", piece) \
                    or (re.match(r"(?i)\s*(?:an?|the)\s", piece) and prev_lo and text[:prev_lo].rstrip().endswith(",")
                        and piece.rstrip().endswith(",")):
                continue  # a relative clause or an appositive inside commas ("..., a non-GAAP measure, was") is an aside
            if _claims_in(text, prev_lo, prev_lo + len(piece)):
                break  # another figure's clause
            if _families(piece):
                return piece, form, piece
    if _families(clause_after):
        return clause_after, form, own
    return "", form, own


# a margin in apposition to the profit figure before it ("EBITDA of $360 million, a margin of 32%")
_APPOSITE_MARGIN = re.compile(r"(?i)\s*(?:(?:trillion|billion|million|thousand|bn|mn|m)\b)?,\s*(?:or\s+)?(?:an?|the)\s+margin\s+of\s+(?:about\s+|roughly\s+|"
                              r"approximately\s+|nearly\s+|some\s+|almost\s+)?")
_CONTINUES = re.compile(r"(?i)[\s,;]*(?:(?:and|or|to|from|against|versus|vs\.?|compared|with|after|up|down|rising|falling|"
                        r"about|approximately|roughly|nearly|some|respectively|a\s+year\s+(?:earlier|before|ago)|"
                        r"the\s+(?:prior|previous)\s+year)[\s,;]*)+")
_PERIOD_WORDS = re.compile(r"(?i)\b(?:(?:in|at|for|during|by|of|as\s+of)\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:fiscal\s+|calendar\s+)?"
                           r"(?:year\s+)?(?:FY\s?|Q[1-4]\s+)?(?:19|20)\d\d\b")


def _claims_in(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the figures ``text[lo:hi]`` states (days of dates left out)."""
    piece = text[lo:hi]
    return [(lo + n.start, lo + n.end) for n in claims(piece) if not day_of_date(piece, n.start, n.end)]


_REFERENCE = re.compile(r"(?i)\b(?:item|items|note|notes|part|section|page|exhibit|table|figure|chart|schedule|method|tier|"
                        r"phase|stage|step|round|series|class)\s+$")
_MONTH = re.compile(r"(?i)\b" + MONTH_ABBR + r"[a-z]*\.?\s+$")
_MONTH_AFTER = re.compile(r"(?i)^(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_OR_ABBR + r"\.?\b")


def names_number(text: str, start: int) -> bool:
    """Is the number starting at ``text[start]`` part of a name or a reference ("Tier 2 capital", "Phase 3", "Note
    14", "Method 2", "Series B")? Such a number names a thing; it is never a figure that answers."""
    return bool(_REFERENCE.search(text[max(0, start - 12) : start]))


# "in the 12 markets we track", "across 30 countries", "among the 20 largest cities": how many places or members the
# sentence's scope holds (session 15, #11)
_SCOPE_BEFORE = re.compile(r"(?i)\b(?:in|across|among|throughout|within|for|of)\s+(?:the\s+|its\s+|our\s+|their\s+|all\s+)?$")
_SCOPE_NOUN = re.compile(r"(?i)^\s+(?:(?:largest|biggest|main|major|leading|top|big|european|asian|african|american|"
                         r"emerging|developed|other)\s+)?(?P<noun>markets|countries|nations|economies|states|provinces|"
                         r"regions|territories|cities|member\s+states)\b")


def scope_count(text: str, start: int, end: int) -> str | None:
    """The noun whose members the number at ``text[start:end]`` counts as the sentence's scope ("in the 12 markets",
    "across 30 countries"), or None. Such a count says where, never the figure asked (unless that count is asked)."""
    after = _SCOPE_NOUN.match(text[end : end + 40])
    if after is None or not _SCOPE_BEFORE.search(text[max(0, start - 20) : start]):
        return None
    return after.group("noun").lower()


def day_of_date(text: str, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` the day of a date ("September 30", "Sept. 30", "30 June 2025",
    "the 28th of February")? A day is never a figure that answers."""
    return bool(_MONTH.search(text[max(0, start - 12) : start]) or _MONTH_AFTER.match(text[end : end + 16]))


# a unit written short after a slash, as the question spells it ("/t" is per tonne)
_UNIT_WORDS = {"t": "tonne", "mt": "tonne", "kg": "kilogram", "lb": "pound", "lbs": "pound", "oz": "ounce",
               "bbl": "barrel", "gal": "gallon", "hr": "hour", "h": "hour", "yr": "year", "mo": "month", "sqft": "foot"}


def _figures(text: str) -> list[Figure]:
    """The figures a text states (``text.numbers.claims``: no years, ordinals, identifiers; no day of a date)."""
    out = []
    for n in claims(text):
        s, e = n.start, n.end
        if day_of_date(text, s, e) or names_number(text, s):
            continue  # "December 31, 2025", "Item 8", "Note 14": a date or a reference, no figure
        words, form, subject = governing(text, s, e)
        if form == "level" and _head(words) == "share" and "%" in n.raw + text[e : e + 9]:
            form = "share"  # "Contract labour's share of labour expense rose to 11.6%"
        after = text[e : e + 30]
        per = _per(text[e : e + 40]) if re.match(r"(?i)\s*(?:an?|per)\s", after) else None
        slash = re.match(r"(?i)\s*/\s*([a-z]+)\b", after)
        if per is None and slash:  # "US$2,300/t", "$48/MWh": the unit after the slash is the "per"
            per = _stem(_UNIT_WORDS.get(slash.group(1).lower(), slash.group(1)))
        # any currency's ISO code before the figure ("NOK 86.00 a kilogram", "SEK 1.2 billion") makes it money: the
        # codes are read in one place (``text.numbers.CURRENCY_CODES``)
        code = re.search(rf"\b{CURRENCY_CODES}\s*$", text[max(0, s - 5) : s])
        kind = "money" if code else _kind(n.raw, text[e:])
        out.append(Figure(s, e, n.raw, kind, form, words, per, subject, text[_clause_start(text, s) : _clause_end(text, e)],
                          _dimension(text[e : e + 16]), _opening(text), text[e : e + 100], _subject_head(text)))
    return out


_FIRST_VERB = re.compile(r"(?i)\b(?:had|has|have|was|were|is|are|reported|posted|earned|generated|recorded|delivered|"
                         r"grew|rose|fell|increased|decreased|declined|contributed|accounted|made|saw|achieved)\b")


def _subject_head(text: str) -> str:
    """The sentence's words before its first verb (its subject with an appositive name), at most 120 characters."""
    m = _FIRST_VERB.search(text[:120])
    return text[: m.start()] if m else ""


def figure_forms(text: str) -> list[str]:
    """The form of each figure a text states ("level", "share" or "change"), as its governing words give it."""
    return [f.form for f in _figures(text)]


def _aside_free(text: str) -> str:
    return _ASIDE.sub(" ", text)
