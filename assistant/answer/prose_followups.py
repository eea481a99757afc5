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
- **The rest of a whole the quote states** (``rest_line``, session 28): "..., and what share of them worked outside
  the United States?", "how many of them were outside Canada?", "what percentage were in Germany?" after a part whose
  quote states a count and the part of it in one place ("employed about 52,000 people worldwide, including about
  21,000 in Canada", "of whom 3,400 were based in Germany"): the part in the asked place, or the rest outside it
  (whole less part), and its share of the whole, computed. Only a plain count (no currency, no percentage) with
  exactly one "including / of whom / of which N ... in PLACE" after it, and the asked place the quote's own place
  (``prose_places.same_place``: "the U.S." is "the United States"); otherwise the part stays unanswered.
- **A split the quote states** (``split_line``, session 28): "..., and how were they split between the U.S. and other
  markets?", "how was it divided between production and non-production roles?" after a part whose quote states the
  whole: that quote answers it when, for every "between A and B" the part names, a word of A and a word of B (other
  than "other", "rest", "roles" and the like) stand within 60 characters of a plain count in the quote, and the quote
  states the whole and a count for each side (at least two counts per pair, plus one). The line says so; the quote
  shown above holds the figures. Otherwise the part stays unanswered.
- **The rate the quote states against the year before** (``stated_rate_line``, session 28): "..., and by what
  percentage did output grow year over year?" after a part whose quote gives the asked figure and, in the same clause
  right after it, the percentage it moved against the year before ("1,420 kt in 2024, 19.3% more than the 1,190 kt of
  2023"): that percentage, as stated, when it moves the way the part asks and is compared with the year before the
  asked one (or with "a year earlier"); a percentage compared with another year, or another figure between, answers
  nothing.
- **The figures come from the quote** (``year_figures``): each figure the quote ties to a year ("$292 billion in 2024,
  against $281 billion in 2023 and $262 billion in 2022", "37% of pet sales in 2024": "in YEAR" right after it or
  after the words it is of, with no figure or clause break between), of one kind (money with the
  same scale word, percentages, plain counts). The answer is given only when the quote states exactly one figure
  for each year needed and the kinds agree; a percentage's difference is in percentage points. Otherwise the
  part stays unanswered.
"""

from __future__ import annotations

import re
from ..text.counts import counting
from ..text.moves import UP_FOLLOWUP_VERB as _UP_VERB
from .prose_places import same_place

__all__ = ["asks_compared_with_year_before", "difference_asked", "followup_line", "move_line", "other_year", "rest_line", "split_line", "stated_move_line",
           "stated_rate_line", "year_figures"]

_NUMBER_WORDS = {"one": 1, "a": 1, **counting(2, 10)}
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
# Session 32 (#11): also asked as a rate ("by what percentage had the price gone up in a year", "what percent did it
# rise from the year before"): the same move, computed from the same quote (its percentage beside the amount); "in a
# year" / "over the year" name the year before as "from a year earlier" does
_MOVE_ASKED = re.compile(r"(?i)\b(?:by\s+)?(?:how\s+(?:much|many\s+(?:percentage\s+|basis\s+)?points)|what\s+percent(?:age)?)\b"
                         r".*\b(?:(?:from|than|over|versus|"
                         r"compared\s+(?:with|to))\s+(?:a|the|one)\s+(?:year\s+(?:earlier|before|ago)|(?:prior|previous)\s+"
                         r"(?:year|year['’]s\s+\w+))|(?:in|over)\s+(?:a|one|the\s+(?:past|last))\s+year)\b"
                         r"|\b(?:by\s+)?(?:how\s+much|what\s+percent(?:age)?)\b.*\byear[- ](?:over|on)[- ]year\b")
# a part asking how the part before's figure compares with the year before, naming no measure of its own: "and how does
# it compare with a year earlier?", "how did that compare with the prior year?", "and how did it change?" (session 32)
_COMPARE_ASKED = re.compile(r"(?i)^\s*(?:and\s+)?how\s+(?:does|did|do|has|have|had)\s+(?:it|they|that|this|these|those)\s+"
                            r"(?:compared?|changed?)(?:\s+(?:with|to|from|against|on)\s+(?:a|the|one)\s+(?:year\s+(?:earlier|"
                            r"before|ago)|(?:prior|previous|preceding)\s+year|same\s+(?:quarter|period)\s+(?:a\s+year\s+"
                            r"earlier|last\s+year|of\s+the\s+(?:prior|previous)\s+year)))?\s*\??\s*$")


def asks_compared_with_year_before(part: str) -> bool:
    """Does ``part`` ask only how the part before's figure compares with (or changed from) the year before ("and how
    does it compare with a year earlier?", "how did that change?")? Such a part is answered by ``move_line`` from the
    part before's quote when it states the compared figure right after the shown one (session 32, #11)."""
    return bool(_COMPARE_ASKED.match(part))


# right after the asked figure: the figure it is compared with ("..., compared with 60.4%", "... from $128.9 million")
_COMPARED = re.compile(r"^[^.;]{0,40}?\b(?:compared\s+(?:with|to)|(?:up|down)\s+from|from|versus|against)\s+"
                       r"(?P<fig>[$€£]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|trillion\b|billion\b|million\b|bn\b|m\b)?)")
_DATED = re.compile(r"^\s*(?:(?:in|for|at|of|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?|"
                    r"(?:fiscal\s+)?year\s+(?:ended\s+)?|[A-Z][a-z]+\s+\d{1,2},?\s+|fiscal\s+)?((?:19|20)\d\d))")


def move_line(part: str, asked_year: int | None, sentence: str, figure: str) -> str | None:
    """The computed line answering a "by how much did it change from a year earlier?" part from the part before's
    quote ``sentence`` and the figure it answered with (``figure``, as shown), or None (see the module's rules)."""
    if not _MOVE_ASKED.search(part) and not _COMPARE_ASKED.match(part):
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
    old_shown = m.group("fig").strip()
    cents = _CENTS.match(shown)
    if cents and old is not None and not old[1] and _CENTS_AFTER.match(sentence[at + len(shown) + m.end() :]):
        # "12.25 cents per share (compared with 12.0 cents per share ...)": an amount in cents against one in cents
        new, old, old_shown = (float(cents.group(1)), "cents"), (old[0], "cents"), f"{old_shown} cents"
    if new is None or old is None or new[1] != old[1] or old[0] == 0:
        return None
    d = new[0] - old[0]
    if new[1] == "%":
        return (f"{'Up' if d >= 0 else 'Down'} {abs(d):.{_places(shown, old_shown)}f} percentage points from a year "
                f"earlier: {shown} against {old_shown}, computed from the quote")
    cur = re.match(r"[$€£]", new[1])
    scale = new[1][1:] if cur else new[1]
    amount = f"{cur.group(0) if cur else ''}{abs(d):,.{_places(shown, old_shown)}f}{(' ' + scale) if scale else ''}"
    return (f"{'Up' if d >= 0 else 'Down'} {amount} ({d / old[0] * 100:+.1f}%) from a year earlier: {shown} against "
            f"{old_shown}, computed from the quote")


# an amount written in cents ("12.25 cents"), and the word right after a compared figure saying it is in cents too
_CENTS = re.compile(r"(?i)^(\d+(?:\.\d+)?)\s?cents?$")
_CENTS_AFTER = re.compile(r"(?i)^\s?cents?\b")


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


# the move stated by its size: "increased by $71.3 million, or 123%", "fell by 4.2%", "declined by 30 basis points"
_MOVED_BY = re.compile(
    r"(?i)\b(?P<verb>f[ae]ll|dropped|declined|decreased|shrank|rose|grew|increased|climbed|improved)\s+by\s+"
    r"(?P<size>(?:approximately\s+|about\s+)?[$€£]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|percentage\s+points?\b|"
    r"basis\s+points?\b|billion\b|million\b|thousand\b)?(?:\s?,?\s+or\s+\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b))?)")


def stated_by_line(part: str, sentence: str) -> str | None:
    """The line answering a bare "and by how much did it grow?" part from the reason's quote ``sentence`` stating the
    move by its size ("Service revenue increased by $4.2 million, or 18%, compared to ..."), as stated, when the quote
    states exactly one such move and it goes the way the part asks; None otherwise. GENERAL RULE (session 31, #11): the
    size of a move is the figure the explained sentence gives it; a quote stating two moves, or none by its size,
    answers no "by how much"."""
    m = _BARE_MOVE.match(part)
    if m is None:
        return None
    moves = list(_MOVED_BY.finditer(sentence))
    if len(moves) != 1:
        return None
    mv = moves[0]
    if bool(_UP_VERB.match(m.group("way"))) != bool(_UP_VERB.match(mv.group("verb"))):
        return None  # the quote moves the other way than the part asks
    size = " ".join(mv.group("size").split()).replace(" ,", ",")
    return f"{'Up' if _UP_VERB.match(mv.group('verb')) else 'Down'} by {size}, as the quote states"


# a part asking the share or number of a whole the part before stated, in or outside one place: "what share of them
# worked outside the United States", "how many of those were in Canada", "what percentage were based in Germany"
_PLACE = r"(?P<the>the\s+)?(?P<place>[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3})"
_REST_ASKED = re.compile(r"(?i:^\s*(?:and\s+)?(?:(?:roughly|approximately|about)\s+)?(?:(?P<share>what|which)\s+(?:share|percentage|percent|proportion|portion|fraction)|"
                         r"how\s+many)(?:\s+of\s+(?:them|those|these|that\s+total|the\s+total))?\s+(?:\w+\s+){0,3}?"
                         r"(?P<where>outside(?:\s+of)?|in|within|based\s+in|located\s+in)\s+)" + _PLACE + r"(?i:\b[^,;]*\??\s*)$")
_ABOUT = r"(?:(?:approximately|about|roughly|some|around|nearly|almost|over|more\s+than)\s+)?"
# the quote: "<about> N <words> ..., including <about> M <words> in/within PLACE" (or "of whom", "of which")
_WHOLE_PART = re.compile(r"(?<![\d$€£.,])(?P<about>" + _ABOUT + r")(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:%|percent\b|"
                         r"billion\b|million\b|thousand\b|[.,]\d))\s+[a-z](?:[^.;%$€£]|\.(?=\S)){0,120}?,?\s+(?:including|of\s+whom|"
                         r"of\s+which)\s+(?P<pabout>" + _ABOUT + r")(?P<part>\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:%|percent\b|"
                         r"billion\b|million\b|thousand\b|[.,]\d))\s+(?:[a-z][\w-]*\s+){0,3}?(?:were\s+|are\s+|was\s+|is\s+)?(?:in|within|based\s+in|"
                         r"located\s+in)\s+" + _PLACE)


def _place_words(place: str) -> tuple[str, ...]:
    return tuple(w.lower().strip(".") for w in place.split() if w[:1].isupper())


def rest_line(part: str, sentence: str) -> str | None:
    """The computed line answering "..., and what share of them worked outside the United States?" from the part
    before's quote stating a whole count and the part of it in one place, or None (see the module's rules)."""
    m = _REST_ASKED.match(part)
    if m is None:
        return None
    found = list(_WHOLE_PART.finditer(sentence))
    if len(found) != 1:
        return None
    q = found[0]
    if not _place_words(m.group("place")) or not same_place(q.group("place"), m.group("place")):
        return None  # the asked place is not the one the quote counts
    whole, inside = int(q.group("whole").replace(",", "")), int(q.group("part").replace(",", ""))
    if whole <= 0 or not 0 < inside < whole:
        return None
    outside = m.group("where").lower().startswith("outside")
    n = whole - inside if outside else inside
    # a sentence's full stop is not the place's ("in Canada."); an abbreviation's is ("in the U.S.")
    named = q.group("place") if re.search(r"\b[A-Z]\.[A-Z]\.$", q.group("place")) else q.group("place").rstrip(".")
    place = f"{'the ' if q.group('the') else ''}{named}"
    where = f"{'outside' if outside else 'in'} {place}"
    about = "about " if (q.group("about") or q.group("pabout")) else ""
    share = n / whole * 100
    calc = (f"{q.group('whole')} less {q.group('part')} in {place}" if outside
            else f"{q.group('part')} of {q.group('whole')}")
    return (f"{about[:1].upper() + about[1:] if about else ''}{n:,} of {q.group('whole')} ({share:.1f}%) {where}: {calc}, "
            f"computed from the quote")


# "how were they split between A and B (and between C and D)", "how is it divided between A and B"
_SPLIT_ASKED = re.compile(r"(?i)^\s*(?:and\s+)?how\s+(?:were|was|are|is|did|do|does)\s+(?:they|them|these|those|it|that|this|"
                          r"the\s+(?:total|workforce|employees|staff|headcount))\s+(?:split|divided|broken\s+down|distributed|"
                          r"allocated|spread)\b")
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)(?=\s+and\s+between\b|\s*[,;?]|\s*$)")
_SIDE_STOP = {"other", "others", "the", "its", "their", "of", "in", "rest", "remaining", "roles", "role", "employees",
              "people", "staff", "jobs", "positions", "functions", "areas", "parts", "world", "elsewhere"}
_COUNT = re.compile(r"(?<![\d$€£.,])\d{1,3}(?:,\d{3})+(?![.,]?\d)|(?<![\d$€£.,])\d{2,}(?![.,]?\d|\s*%)")


def _side_words(side: str) -> set[str]:
    return {w.lower().strip(".") for w in re.findall(r"[A-Za-z][\w.&-]*", side)} - _SIDE_STOP


def split_line(part: str, sentence: str) -> str | None:
    """The line saying the part before's quote states the split a "how were they split between A and B?" part asks, or
    None (see the module's rules)."""
    if not _SPLIT_ASKED.match(part):
        return None
    pairs = _BETWEEN.findall(part)
    if not pairs:
        return None
    counts = [m for m in _COUNT.finditer(sentence) if not re.fullmatch(r"(?:19|20)\d\d", m.group(0))]
    for a, b in pairs:
        for side in (a, b):
            words = _side_words(side)
            near = any(w.group(0).lower().strip(".") in words and any(abs(w.start() - c.end()) <= 60 or abs(c.start() - w.end())
                                                             <= 60 for c in counts)
                       for w in re.finditer(r"[A-Za-z][\w.&-]*", sentence))  # fmt: skip
            if not near:
                return None  # a side the quote gives no figure for
    if len(counts) < 2 * len(pairs) + 1:
        return None  # the whole and a figure for each side
    return "The split is stated in the same passage"


# a part asking the percentage a measure moved from the year before: "by what percentage did output grow year over
# year", "what was the percentage increase from the prior year", "by how many percent did it fall from 2023"
_RATE_ASKED = re.compile(r"(?i)\b(?:by\s+)?(?:what|which)\s+(?:percentage|percent|rate)\b|\bpercentage\s+(?:increase|decrease|"
                         r"growth|rise|fall|decline|change)\b|\bhow\s+many\s+percent\b|\bgrowth\s+rate\b")
_YEAR_AGO = re.compile(r"(?i)\byear[- ](?:over|on)[- ]year\b|\b(?:from|than|over|on|against|versus|compared\s+(?:with|to))\s+"
                       r"(?:a|the|one)\s+(?:year\s+(?:earlier|before|ago)|(?:prior|previous)\s+year)\b")
_ASKED_WAY = re.compile(r"(?i)\b(?P<up>gr[eo]w(?:n|th)?|r[io]s(?:e|en)|increas(?:e|ed)|climb(?:ed)?|up)\b|"
                        r"\b(?P<down>f[ae]ll(?:en)?|drop(?:ped)?|declin(?:e|ed)|decreas(?:e|ed)|shr[iau]nk|down)\b")
# the stated rate right after the figure: "19.3% more than the 1,190 kt of 2023", "up 4.1% from 2023", "8% lower than a
# year earlier"
_RATE_STATED = re.compile(
    r"(?i)(?:(?P<pre>up|down)\s+(?P<pct1>\d+(?:\.\d+)?)\s?(?:%|percent\b)|(?P<pct2>\d+(?:\.\d+)?)\s?(?:%|percent\b)\s+"
    r"(?P<cmp>more|less|higher|lower|above|below|up|down))\s+(?:than|from|on|over|against)\b(?P<rest>[^.;]{0,60})")


def stated_rate_line(part: str, asked_year: int | None, sentence: str, figure: str) -> str | None:
    """The line answering a "by what percentage did it grow year over year?" part with the rate the part before's
    quote ``sentence`` states right after the figure it answered with (``figure``, as shown), or None (see the
    module's rules)."""
    if not _RATE_ASKED.search(part):
        return None
    base = asked_year - 1 if asked_year is not None else None
    named = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", part)}
    if not _YEAR_AGO.search(part) and not (base is not None and named == {base}):
        return None  # the rate from which period is not said
    shown = figure.split(" (")[0].strip()
    at = sentence.find(shown) if shown else -1
    if at < 0:
        return None
    after = sentence[at + len(shown) :]
    m = _RATE_STATED.search(after)
    if m is None:
        return None
    between = after[: m.start()]
    if re.search(r"[;.]\s|\d", re.sub(r"\b(?:19|20)\d\d\b", "", between)):
        return None  # another figure or another clause before the rate: not the figure's own move
    way = (m.group("pre") or m.group("cmp")).lower()
    up = way in ("more", "higher", "above", "up")
    asked = _ASKED_WAY.search(re.sub(r"(?i)\byear[- ](?:over|on)[- ]year\b", "", part))
    if asked is not None and bool(asked.group("up")) != up:
        return None  # the quote moves the other way than the part asks
    dated = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", m.group("rest"))]
    year_ago = re.search(r"(?i)\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:prior|previous)\s+year)\b", m.group("rest"))
    if dated[:1] != ([base] if base is not None else []) and not (not dated and year_ago):
        return None  # compared with another period than the year before
    pct = m.group("pct1") or m.group("pct2")
    since = f"{base}" if dated else "a year earlier"
    return f"{'Up' if up else 'Down'} {pct}% from {since}, as the quote states"
