"""Whose figure it is: a question that names something besides the company by its proper name (an app, a program,
a product, a platform, a customer, a fund: "Contoso's Pinecrest app", "revenue from the Orbitly marketplace") is
about that thing, whatever noun the analyst puts after the name. A figure of the company's statements answers it
only when the row (or the answer's quoted text) carries that name; otherwise the figure is the whole company's, and
showing it would be a confident wrong answer.

The names the check leaves aside are the asked companies' own names and their asides ("(formerly known as ...)"),
months and period words, statement titles and the words of any metric ("Free Cash Flow" written in capitals), and
questions written in title case (every word capitalised says nothing about names).
"""

from __future__ import annotations

import re
from typing import Any

from ..finance.registry import METRIC_WORDS, TITLES
from ..query.entities import FINANCE_TERMS, named_companies, proper_names, without_name_asides
from ..query.intent import calculation_words, named_calculations
from ..text.names import LEGAL_WORDS, squash
from ..types import Answer

# capitalised words of titles, periods and document parts: never a part of the company
_NOT_PART_NAMES = {w.lower() for w in """January February March April May June July August September October November
    December Fiscal Year Quarter Quarterly Annual Report Form Item Note Notes Part Section Page Statement Statements
    Consolidated Condensed Combined Balance Sheet Sheets Income Operations Earnings Cash Flows Flow Financial Position
    Comprehensive Equity Shareholders Stockholders Management Discussion Analysis Results Total Net Adjusted Non
    Company Corporation Inc Group Holdings Limited Ltd Plc Co Corp LLC Trust Bancorp Reported Unaudited Based Using
    Round Answer Define Defined Calculate Compute Assume Use Using Give Express Please Show State Basing Considering
    Excluding Including Between From To Of And Or On By With At As Per Compared Versus During Ended Ending""".split()}


def _metric_words() -> set[str]:
    out: set[str] = set()
    for phrases in METRIC_WORDS.values():
        for p in phrases:
            out |= set(re.findall(r"[a-z]+", p.lower()))
    for title in TITLES.values():
        out |= set(re.findall(r"[a-z]+", title.lower()))
    return out


_METRIC_WORDS = _metric_words()


# "The" opening a proper name ("for The Harwick Beverage Company", "at The Ferrand Group") is the name's article, no
# function word capitalised: only "The" before a word in lower case says title case
_FUNCTION_WORDS = re.compile(r"(?<=[\w,)'’]\s)(?:Was|Were|Is|Are|Did|Does|Do|Has|Have|The(?!\s+[A-Z])|Of|For|In|And|To|"
                             r"On|By|At|With|From|What|How|Its|Their|As|Per)\b")


def _title_case(question: str) -> bool:
    """A question written in title case ("What Was Contoso's Adjusted Operating Income For FY 2024"): a function
    word capitalised inside a sentence, or nearly every word capitalised; its capitals say nothing about names."""
    words = re.findall(r"[A-Za-z][A-Za-z'’&.-]{2,}", question)[1:]
    return bool(_FUNCTION_WORDS.search(question)) or (
        len(words) >= 6 and sum(w[0].isupper() for w in words) * 4 > len(words) * 3)


# a run of capitalised words, "&" between them allowed ("Hollis & Vane Outfitters'", "Norland Outdoor Products"):
# one name as the question writes it; a possessive ends it ("Larkspur Software's Pinecrest app": two runs)
_RUN = re.compile(r"[A-Z][\w.&-]*(?:['’]s?(?!\w))?(?:\s+(?:&\s+)?[A-Z][\w.&-]*(?:['’]s?(?!\w))?)*")


def _own_runs(question: str, own: set[str], squashed: list[str]) -> set[str]:
    """The words of each run of capitalised words that holds a word of an asked company's names: the company's
    full name as the analyst writes it ("Norland Outdoor Products'" of a filer indexed as "Norland"). A run the
    analyst closes with a possessive is the company's name whole; without one, only the company's own words, the
    words before them ("The") and legal or group words after them ("Holdings", "Inc.") are: a capitalised word that
    follows the company's name bare ("Norland Trailhead" in "how much did Norland Trailhead earn") names a product
    or brand of the company, not the company."""
    out: set[str] = set()
    # a run is the company's only when it holds a word that heads one of the company's names ("Sunmarsh" of
    # "Sunmarsh Vacation Resorts"): a run sharing only a later, common word ("Pelican Shores Resorts", another
    # company of the same trade) names someone else
    heads = {w.lower() for w in own if any(n.startswith(w.lower()) for n in squashed)}
    for m in _RUN.finditer(question):
        run: list[str] = []
        for tok in re.split(r"\s+(?:&\s+)?", m.group(0)):
            run.append(tok)
            if re.search(r"['’]s?$", tok):
                break  # the possessive ends the company's name; what follows is the thing it owns
        words = [re.sub(r"['’]s?$", "", t) for t in run]
        mine = [w.lower() in own or bool(squash(w) and any(squash(w) in n for n in squashed)) for w in words]
        if not any(mine) or (heads and not any(w.lower() in heads or (squash(w) and any(n.startswith(squash(w))
                                                                                    for n in squashed))
                                               for w in words)):
            continue
        if re.search(r"['’]s?$", run[-1]):
            out |= set(words)
            continue
        last = max(i for i, k in enumerate(mine) if k)
        out |= set(words[:last + 1])
        out |= {w for w in words[last + 1:] if w.lower().rstrip(".,") in LEGAL_WORDS}
    return out


# General rule (session 31, #11): a name the question puts in apposition to a possessive of another name ("GLOBEX, Acme's
# main wafer supplier, ...", "Initech, the Acme's largest customer,") is the question's subject, another company than the
# owner, however it is written (in capitals too, which ``proper_names`` leaves aside as jargon): the owner's figure is
# never its figure
_APPOSED = re.compile(r"(?<![\w'’&.-])([A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*){0,3}),\s+(?:the\s+|a\s+|an\s+)?"
                      r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?\s+(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*\s*,")


def _apposed_names(question: str, own: set[str]) -> list[str]:
    """The names set in apposition to another name's possessive (``_APPOSED``), less any word of an asked company."""
    out = []
    for m in _APPOSED.finditer(question):
        words = re.findall(r"[A-Za-z0-9&]+", m.group(1))
        if m.start() == 0 or any(w.lower() in own for w in words) or all(w.lower() in _NOT_PART_NAMES for w in words):
            continue  # a question opening with the name ("Acme, ...") is no apposition; a word of the company is its own
        out.append(m.group(1))
    return out


def stray_names(question: str, index: Any) -> list[str]:
    """The proper names of a question that name neither an asked company nor a period, a title or a metric: the
    thing ("Pinecrest" of "Contoso's Pinecrest app") a figure must be of. Empty for a title-case question."""
    q = without_name_asides(question)
    if _title_case(q):
        return []
    own: set[str] = set()
    squashed: list[str] = []
    for c in named_companies(question, index) if hasattr(index, "documents") else []:
        for n in (c.name, *c.long, *c.short):
            own |= {w.lower() for w in re.findall(r"[A-Za-z0-9&]+", n)}
            squashed.append(squash(n))
    in_own_runs = _own_runs(q, own, squashed)
    metric_words = _METRIC_WORDS | {w for c in named_calculations(q) for p in calculation_words(c)
                                    for w in re.findall(r"[a-z]+", p.lower())}
    out = []
    for name in proper_names(q):
        word = re.sub(r"['’]s?$", "", name)
        parts = [p for p in re.findall(r"[a-z0-9]+", word.lower()) if p]
        if not parts or word in in_own_runs or all(p in _NOT_PART_NAMES or p in metric_words for p in parts):
            continue
        if word.upper() in FINANCE_TERMS or word in out:
            continue
        out.append(word)
    return out + [n for n in _apposed_names(q, own) if n not in out and n.upper() not in FINANCE_TERMS]


def carries(name: str, text: str) -> bool:
    """Does the text name it (its first five letters opening a word, any case: "Pinecrest" in "Pinecrest app
    revenue", "Orbitly" in "ORBITLY SUBSCRIPTIONS")?"""
    stem = re.escape(name.lower()[:5])
    return bool(re.search(rf"(?<![a-z0-9]){stem}", text.lower()))


def without_stray_name(question: str, ans: Answer | None, index: Any) -> Answer | None:
    """A figure looked up or computed from the statements (mode "facts" or "calc") for a question that names a thing
    besides the company (``stray_names``) stands only when its rows or its text carry that name; otherwise it is no
    answer (None: the passages may state the thing's own figure, or the question is declined). General rule: a
    question about a named part of a company never gets the whole company's figure, whatever the part is called."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc"):
        return ans
    names = stray_names(question, index)
    if not names:
        return ans
    said = " ".join([ans.text, *(i.label for i in ans.inputs)])
    if all(carries(n, said) or _deal_carried(question, n, said) for n in names):
        return ans
    return None


# a transaction named by its target: "the Brightwater acquisition", "its purchase of Brightwater"
_DEAL_AFTER = r"\s+(?i:acquisition|purchase|merger|takeover|buyout|deal)\b"
_DEAL_BEFORE = r"\b(?i:acquisition|purchase|acquiring|buying|takeover)\s+of\s+(?:the\s+)?"
_DEAL_ROW = re.compile(r"acqui|business\s+combination|merger", re.I)


def _deal_carried(question: str, name: str, said: str) -> bool:
    """A deal named by its target ("the Brightwater acquisition") is carried by a row of deals ("Acquisitions, net
    of cash acquired"): the cash flow statement names the kind of payment, not the target."""
    n = re.escape(name)
    names = r"(?:\s+(?:&\s+)?[A-Z][\w&-]*)*"  # the rest of a name of several words ("Larch Street")
    deal = re.search(rf"\b{n}{names}(?:['’]s)?{_DEAL_AFTER}|{_DEAL_BEFORE}(?:[A-Z][\w&-]*\s+)*{n}\b", question)
    return bool(deal and _DEAL_ROW.search(said))
