"""A second part that asks the first part's measure at another period, answered from the first part's quote (issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_followups.py``):

- **Another period of the same figure** (``other_year``): "..., and what was it five years earlier?", "and a year
  before?", "and in 2019?" ask the figure the first part's quote gives for that year (the first part's one asked
  year less N years, or the year named).
- **The difference from another period** (``difference_asked``): "..., and how much bigger was it than in 2022?",
  "how much higher than five years earlier?", "how much has it grown since 2022?" ask the change from that year's
  figure to the first part's, computed.
- **The move from a year earlier** (``move_line``): "..., and by how much did it grow from a year earlier?", "by how
  many percentage points did it change from the prior year?" after a part whose quote gives the asked figure and,
  right after it, the one it is compared with ("72.5%, compared with 70.9% in the second quarter of 2024", "rose 10.7%
  to $142.7 million from $128.9 million"): the change computed from those two figures, of one kind, the compared one
  dated a year before the asked period or not dated at all (a filing's MD&A compares with the prior year's period);
  a figure dated otherwise ("compared with 59.0% in the first quarter of 2025") answers no year-on-year move.
- **The move the reason's quote states** (``stated_move_line``, session 26): "What caused the decline in X, and by how
  much did it fall?" after a reason whose quote states the move itself "<moved> to A from B" ("Operating profit
  declined to $48.6 million from $55.0 million, because ..."): the change computed from those two figures, of one kind,
  when the quote moves the way the part asks ("fall" for a decline) and states exactly one such pair.
- **The figures come from the quote** (``year_figures``): each figure the quote ties to a year ("$292 billion in 2024,
  against $281 billion in 2023 and $262 billion in 2022", "37% of pet sales in 2024": "in YEAR" right after it or
  after the words it is of, with no figure or clause break between), of one kind (money with the
  same scale word, percentages, plain counts). The answer is given only when the quote states exactly one figure
  for each year needed and the kinds agree; a percentage's difference is in percentage points. Otherwise the
  part stays unanswered.
"""

from __future__ import annotations

import re
from ..text.moves import UP_FOLLOWUP_VERB as _UP_VERB

__all__ = ["difference_asked", "followup_line", "move_line", "other_year", "stated_move_line", "year_figures"]

_NUMBER_WORDS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}
_N = rf"(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})"
_RELATIVE = re.compile(rf"(?i)\b{_N}\s+years?\s+(?:earlier|before|previously|ago|prior)\b|\b(?:the\s+)?(?:year|one)\s+"
                       r"(?:before|earlier)\b|\bthe\s+(?:previous|prior)\s+year\b")
_IN_YEAR = re.compile(r"(?i)\b(?:in|for|of)\s+((?:19|20)\d\d)\b")
_WHAT_WAS = re.compile(r"(?i)^\s*(?:and\s+)?(?:what|how\s+much|how\s+many)\s+(?:was|were|is|did)\s+(?:it|they|that|this|"
                       r"the\s+figure|the\s+share)\b|^\s*(?:and\s+)?(?:in|for)\s+(?:19|20)\d\d\s*\??\s*$|^\s*(?:and\s+)?"
                       rf"(?:{_N}\s+years?\s+(?:earlier|before)|the\s+year\s+before)\s*\??\s*$")
_DIFF = re.compile(r"(?i)\bhow\s+much\s+(?P<cmp>bigger|larger|higher|more|greater|smaller|lower|less)\b(?:\s+(?:was|were|"
                   r"is|are)\s+(?:it|they|that|this))?\s+than\b|\bhow\s+much\s+(?:has|had|did)\s+(?:it|they)\s+"
                   r"(?:grown|grow|risen|rise|increased|increase|gained|gain)\s+since\b")
_FIGURE = re.compile(r"(?i)(?P<cur>[$€£])?\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>%|percent\b|trillion\b|billion\b|"
                     r"million\b|bn\b|m\b)?")


def _year_from(text: str, prev_years: frozenset[int] | set[int]) -> int | None:
    m = _RELATIVE.search(text)
    if m:
        if len(prev_years) != 1:
            return None
        n = m.group(1)
        back = 1 if n is None else (_NUMBER_WORDS.get(n.lower()) or int(n))
        return next(iter(prev_years)) - back
    years = {int(y) for y in _IN_YEAR.findall(text)} | {int(y) for y in re.findall(r"\bthan\s+((?:19|20)\d\d)\b", text)}
    years |= {int(y) for y in re.findall(r"\bsince\s+((?:19|20)\d\d)\b", text)}
    years -= set(prev_years)
    return next(iter(years)) if len(years) == 1 else None


def other_year(part: str, prev_years: frozenset[int] | set[int]) -> int | None:
    """The year a "what was it N years earlier / in 2019?" part asks the first part's figure for; None otherwise."""
    if not _WHAT_WAS.search(part) or _DIFF.search(part):
        return None
    return _year_from(part, prev_years)


def difference_asked(part: str, prev_years: frozenset[int] | set[int]) -> int | None:
    """The earlier year a "how much bigger was it than in 2022?" part asks the change from; None otherwise."""
    if not _DIFF.search(part):
        return None
    return _year_from(part, prev_years)


def year_figures(sentence: str) -> dict[int, list[tuple[float, str, str]]]:
    """The figures ``sentence`` ties to a year ("$262 billion in 2022"): year -> [(value, kind, shown)]."""
    out: dict[int, list[tuple[float, str, str]]] = {}
    for m in _FIGURE.finditer(sentence):
        raw = m.group(0).strip()
        if re.fullmatch(r"(?:19|20)\d\d", raw) or not (m.group("cur") or m.group("unit")):
            continue
        # "in 2024" right after it, or after the words it is of ("37% of US pet sales in 2024"), no figure between
        after = re.match(r"(?:\s+[^\d,;:.$€£%()]{1,50}?)?\s*(?:a\s+year\s+)?(?:in|for|at\s+the\s+end\s+of|by)\s+"
                         r"((?:19|20)\d\d)\b", sentence[m.end():])
        if after is None:
            continue
        unit = (m.group("unit") or "").lower()
        kind = "%" if unit in ("%", "percent") else f"{m.group('cur') or ''}{unit}"
        out.setdefault(int(after.group(1)), []).append((float(m.group("n").replace(",", "")), kind, raw))
    return out


def followup_line(part: str, prev_years: frozenset[int] | set[int], sentence: str) -> str | None:
    """The computed line answering a second part from the first part's quote (see the module's rules), or None."""
    figs = year_figures(sentence)
    asked = other_year(part, prev_years)
    if asked is not None:
        got = figs.get(asked, [])
        return f"{got[0][2]} ({asked}), from the same passage" if len(got) == 1 else None
    since = difference_asked(part, prev_years)
    if since is None or len(prev_years) != 1:
        return None
    now_year = next(iter(prev_years))
    now, then = figs.get(now_year, []), figs.get(since, [])
    if len(now) != 1 or len(then) != 1 or now[0][1] != then[0][1] or then[0][0] == 0:
        return None
    (v1, kind, s1), (v0, _, s0) = now[0], then[0]
    d = v1 - v0
    if kind == "%":
        return (f"{'Up' if d >= 0 else 'Down'} {abs(d):g} percentage points from {since}: {s1} ({now_year}) against "
                f"{s0} ({since}), computed from the quote")
    cur = re.match(r"[$€£]", kind)
    scale = kind[1:] if cur else kind
    amount = f"{cur.group(0) if cur else ''}{abs(d):,.{_places(s1, s0)}f}{(' ' + scale) if scale else ''}"
    return (f"{amount} {'more' if d >= 0 else 'less'} than in {since} ({d / v0 * 100:+.1f}%): {s1} ({now_year}) against "
            f"{s0} ({since}), computed from the quote")


def _places(*shown: str) -> int:
    return max((len(m.group(1)) for s in shown if (m := re.search(r"\.(\d+)", s))), default=0)


# a part asking the move from the year before: "by how much did it grow from a year earlier", "how many percentage points
# did it change from the prior year", "how much did it rise year over year"
_MOVE_ASKED = re.compile(r"(?i)\b(?:by\s+)?how\s+(?:much|many\s+(?:percentage\s+|basis\s+)?points)\b.*\b(?:from|than|over|versus|"
                         r"compared\s+(?:with|to))\s+(?:a|the|one)\s+(?:year\s+(?:earlier|before|ago)|(?:prior|previous)\s+"
                         r"(?:year|year['’]s\s+\w+))\b|\b(?:by\s+)?how\s+much\b.*\byear[- ]over[- ]year\b")
# right after the asked figure: the figure it is compared with ("..., compared with 60.4%", "... from $128.9 million")
_COMPARED = re.compile(r"^[^.;]{0,40}?\b(?:compared\s+(?:with|to)|(?:up|down)\s+from|from|versus|against)\s+"
                       r"(?P<fig>[$€£]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|trillion\b|billion\b|million\b|bn\b|m\b)?)")
_DATED = re.compile(r"^\s*(?:(?:in|for|at|of|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?|"
                    r"(?:fiscal\s+)?year\s+(?:ended\s+)?|[A-Z][a-z]+\s+\d{1,2},?\s+|fiscal\s+)?((?:19|20)\d\d))")


def move_line(part: str, asked_year: int | None, sentence: str, figure: str) -> str | None:
    """The computed line answering a "by how much did it change from a year earlier?" part from the part before's
    quote ``sentence`` and the figure it answered with (``figure``, as shown), or None (see the module's rules)."""
    if not _MOVE_ASKED.search(part):
        return None
    shown = figure.split(" (")[0].strip()
    at = sentence.find(shown)
    if not shown or at < 0:
        return None
    m = _COMPARED.match(sentence[at + len(shown) :])
    if m is None:
        return None
    dated = _DATED.match(sentence[at + len(shown) + m.end() :])
    if dated and (asked_year is None or int(dated.group(1)) != asked_year - 1):
        return None  # compared with another period than the year before
    new, old = _value(shown), _value(m.group("fig"))
    if new is None or old is None or new[1] != old[1] or old[0] == 0:
        return None
    d = new[0] - old[0]
    old_shown = m.group("fig").strip()
    if new[1] == "%":
        return (f"{'Up' if d >= 0 else 'Down'} {abs(d):.{_places(shown, old_shown)}f} percentage points from a year "
                f"earlier: {shown} against {old_shown}, computed from the quote")
    cur = re.match(r"[$€£]", new[1])
    scale = new[1][1:] if cur else new[1]
    amount = f"{cur.group(0) if cur else ''}{abs(d):,.{_places(shown, old_shown)}f}{(' ' + scale) if scale else ''}"
    return (f"{'Up' if d >= 0 else 'Down'} {amount} ({d / old[0] * 100:+.1f}%) from a year earlier: {shown} against "
            f"{old_shown}, computed from the quote")


def _value(shown: str) -> tuple[float, str] | None:
    m = _FIGURE.fullmatch(shown.strip())
    if m is None:
        return None
    unit = (m.group("unit") or "").lower()
    kind = "%" if unit in ("%", "percent") else f"{m.group('cur') or ''}{unit}"
    return float(m.group("n").replace(",", "")), kind


# a part asking only how much "it" moved, its way said: "and by how much did it fall?", "how much did it grow?"
_BARE_MOVE = re.compile(r"(?i)^\s*(?:and\s+)?(?:by\s+)?how\s+much\s+(?:did|has|have|had)\s+(?:it|they|that|this)\s+"
                        r"(?P<way>f[ae]ll(?:en)?|drop(?:ped)?|declin(?:e|ed)|decreas(?:e|ed)|shr[iau]nk|ris(?:e|en)|rose|"
                        r"gr[eo]w(?:n)?|increas(?:e|ed)|climb(?:ed)?|improv(?:e|ed))\b[^.;]*\??\s*$")
# the move stated: "declined to $48.6 million from $55.0 million", "rose 9.1% to $12.0 million from $11.0 million"
_MOVED_TO_FROM = re.compile(
    r"(?i)\b(?P<verb>f[ae]ll|dropped|declined|decreased|shrank|rose|grew|increased|climbed|improved)\s+"
    r"(?:(?:by\s+)?\d[\d,.]*\s?%\s+)?to\s+(?P<new>[$€£]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|billion\b|million\b|thousand\b)?)"
    r"\s+from\s+(?P<old>[$€£]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|billion\b|million\b|thousand\b)?)")


def stated_move_line(part: str, sentence: str) -> str | None:
    """The computed line answering a bare "and by how much did it fall?" part from the reason's quote ``sentence``
    stating the move "<moved> to A from B" the asked way, or None (see the module's rules)."""
    m = _BARE_MOVE.match(part)
    if m is None:
        return None
    moves = list(_MOVED_TO_FROM.finditer(sentence))
    if len(moves) != 1:
        return None
    mv = moves[0]
    asked_up = bool(_UP_VERB.match(m.group("way")))
    if asked_up != bool(_UP_VERB.match(mv.group("verb"))):
        return None  # the quote moves the other way than the part asks
    new_shown, old_shown = mv.group("new").strip(), mv.group("old").strip()
    new, old = _value(new_shown), _value(old_shown)
    if new is None or old is None or new[1] != old[1] or old[0] == 0:
        return None
    d = new[0] - old[0]
    if (d > 0) != asked_up or d == 0:
        return None  # "declined to 60 from 50": the figures do not move the way the verb says
    if new[1] == "%":
        return (f"{'Up' if d >= 0 else 'Down'} {abs(d):.{_places(new_shown, old_shown)}f} percentage points: {new_shown} "
                f"against {old_shown}, computed from the quote")
    cur = re.match(r"[$€£]", new[1])
    scale = new[1][1:] if cur else new[1]
    amount = f"{cur.group(0) if cur else ''}{abs(d):,.{_places(new_shown, old_shown)}f}{(' ' + scale) if scale else ''}"
    return (f"{'Up' if d >= 0 else 'Down'} {amount} ({d / old[0] * 100:+.1f}%): {new_shown} against {old_shown}, "
            f"computed from the quote")
