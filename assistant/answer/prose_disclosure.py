"""A report saying that a figure is not disclosed is no answer, and is shown as such (issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_disclosure.py``):

- **A non-disclosure statement** (``undisclosed``): "Northwind Climate does not publish its unit sales", "The
  company does not break out revenue by region", "Litware has not disclosed the price", "Segment margins are not
  reported separately", "declined to disclose the terms". Its object is what is not disclosed.
- **It answers a question about that object only as a decline** (``says_undisclosed``): when the object names the
  asked measure (its head word, or a word used for it), the reply says that the report states the figure is not
  disclosed, with the quote, and asserts no figure and no verdict (mode ``fallback``, an abstention). A
  statement about another item ("does not publish its order backlog" for a unit-sales question) says nothing.
- **A count asked is no money or percentage** (``count_figures``): "How many heat pumps did it sell?" is not
  answered by "It reports revenue only, which was EUR 1.2 billion" (a figure of another kind).
"""

from __future__ import annotations

import re

from ..text.stems import word_folded

__all__ = ["UNDISCLOSED_TEXT", "count_figures", "says_undisclosed", "undisclosed"]

UNDISCLOSED_TEXT = "The report says this is not disclosed, so there is no figure to give; its words:"

_VERB = (r"(?:publish|disclose|report(?!\s+(?:a|an|any)\b)|break\s+out|give|provide|reveal|separate(?:ly)?\s+report|"
         r"split\s+out|itemi[sz]e|make\s+public)")
_UNDISCLOSED = re.compile(
    # "does not publish its unit sales", "has not disclosed the price", "did not break out revenue by region"
    rf"\b(?:does|do|did|has|have|had|will|would)\s*(?:not|n['’]t|never)\s+(?:yet\s+)?{_VERB}\w*\s+(?:out\s+)?(?P<a>[^.;:]{{3,80}})|"
    # "declined to disclose the terms", "refuses to publish ...", "stopped reporting unit sales"
    rf"\b(?:declined?|declines|refus\w+|stopped|ceased|no\s+longer)\s+(?:to\s+)?{_VERB}\w*\s+(?:out\s+)?(?P<b>[^.;:]{{3,80}})|"
    # "Segment margins are not reported separately", "unit sales are not disclosed", "... is undisclosed"
    rf"(?P<c>[^.;:,]{{3,80}}?)\s+(?:is|are|was|were|remains?|remained)\s+(?:not\s+(?:publicly\s+)?(?:disclosed|published|"
    r"reported\s+separately|broken\s+out|made\s+public)|undisclosed|unpublished)\b|"
    # "no breakdown of revenue by region is given", "there is no public figure for ..."
    r"\bno\s+(?:public\s+|separate\s+|official\s+)?(?:figures?|data|breakdown|split|disclosure)\s+(?:of|for|on)\s+(?P<d>[^.;:]{3,80})"
, re.I)
_STOP = frozenset("""the a an its their our his her this that these those of in for on at by to from and or with per
    what which who how is are was were did does do has have had much many any its own figure figures number numbers
    separately publicly yet only""".split())
_SAME = [  # light stems of words used for one another ("unit sales" ~ "how many ... sold")
    {"sale", "reven", "turno"}, {"unit", "volum", "shipm", "deliv", "sold", "sell", "sale"}, {"price", "prici"},
    {"margi", "profi"}, {"cost", "expen", "spend"},
]


def _stem(word: str) -> str:
    return word_folded(word)[:5]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][\w'’&-]*", text) if w.lower() not in _STOP and len(w) > 2
            and not w[:1].isupper()}


_BUT = re.compile(r"(?i)\b(?:but|however|though|although|instead|while|whereas|except)\b|[;(]")


def undisclosed(sentence: str) -> str | None:
    """What a sentence says is not disclosed ("its unit sales"), or None when it says no such thing, or goes on to
    give something in its place ("did not give an annual figure but said its fourth-quarter spending was ...")."""
    m = _UNDISCLOSED.search(sentence)
    if m is None or _BUT.search(sentence[m.start() :]):
        return None
    return " ".join(next(g for g in m.groups() if g).split())


def says_undisclosed(question: str, sentence: str) -> bool:
    """Does the sentence say that what the question asks for is not disclosed: the object of its non-disclosure
    names a word of the question that is not a name (or one used for it: unit sales ~ units sold)?"""
    obj = undisclosed(sentence)
    if obj is None:
        return False
    asked = _stems(re.sub(r"\b(?:19|20)\d\d\b", " ", question))
    said = _stems(obj)
    return any(a == s or any(a in g and s in g for g in _SAME) for a in asked for s in said)


_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:US\$|USD|EUR|GBP|JPY|CHF|CNY|RMB|KRW|INR|CAD|AUD)\s?)$")
_MONEY_AFTER = re.compile(r"(?i)^\s*(?:(?:trillion|billion|million|thousand|bn|m)\s+)?(?:dollars|euros|pounds|yen|won)\b")


def count_figures(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The figures of ``spans`` (start, end, raw) that can be a count: not money (a currency sign or code before it,
    a currency word after it) and not a percentage."""
    out = []
    for a, b, raw in spans:
        if "%" in raw or re.match(r"(?i)\s*(?:percent|per\s+cent)\b", text[b:]):
            continue
        if _MONEY_BEFORE.search(text[max(0, a - 5) : a]) or re.match(r"[$€£¥]", raw) or _MONEY_AFTER.match(text[b:]):
            continue
        out.append((a, b, raw))
    return out
