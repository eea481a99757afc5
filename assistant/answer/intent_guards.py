"""An answer the facts path found, checked against what the question asks (each returns the answer, another
answer or None): ``sign_premise``, ``premise_measure``, ``without_named_part``, ``every_year_verdict``,
``without_named_place``, ``one_figure_for_several``, ``without_share_base``, ``count_not_money``,
``dimension_not_money``, ``choice_unnamed``. Reads the modules before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..finance.formulas import fmt
from ..finance.registry import metric_for_phrase, normalise_metric
from ..query import intent
from ..query.entities import companies
from ..text.counts import counting
from ..text.months import MONTH_TITLE
from ..text.names import squash
from ..query.judgements import verdict
from ..text.periods import resolve_period
from ..types import Answer, InputFigure, SentenceCheck, Verification
from .named_lines import names_line
from .wording import _EVERY_QUARTER, _EVERY_YEAR, share_of_metric
from .quantities import LOOKUP
from .asked_measures import asked_measure


def without_share_base(question: str, ans: Answer | None) -> Answer | None:
    """A figure asked as a share of a metric ("product development as a percentage of total net revenues", "a larger
    share of net sales") is never answered by a lookup or calculation whose every input is that metric's own row
    (its level, its change, its growth), nor by a figure that is that metric (``ans.subject``: a registry metric or
    one the question defines): None, so the question is declined or the passages answer. General rule of
    ``share_of_metric``, on every path (the facts path's growth of revenue answered a ratio's change)."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc") or not ans.inputs:
        return ans
    metrics = {normalise_metric(i.label) for i in ans.inputs}
    if len(metrics) == 1 and None not in metrics and share_of_metric(question, next(iter(metrics))):
        return None
    # the figure computed is the base itself ("what share of its free cash flow did it return?" answered with the free
    # cash flow the question defines): the whole of a share is no answer to it, whatever its inputs
    computed = metric_for_phrase(ans.subject) if ans.subject else None
    if computed and share_of_metric(question, computed):
        return None
    return ans


# a clause opening the question with what happened before it asks ("As its revenues fell in 2025, did it cut its
# marketing spending?", "While gross margin widened, how did operating expenses move?"): the premise's measure
_PREMISE_CLAUSE = re.compile(r"^\s*(?:as|while|with|although|though|since|after|despite|given\s+that|even\s+as)\s+"
                             r"(?P<premise>[^,?;]{3,200}?),\s*(?P<main>(?:did|does|do|is|was|were|are|has|have|had|how|"
                             r"what|which|by\s+how|can|could|would|will)\b.+)$", re.I | re.S)


def main_clause(question: str) -> str | None:
    """The main clause of a question opened by a premise clause (``_PREMISE_CLAUSE``), with its first letter in
    capitals; None when the question has no such opening."""
    m = _PREMISE_CLAUSE.match(question)
    if m is None:
        return None
    main = m["main"].strip()
    return main[:1].upper() + main[1:]


def premise_measure(question: str, ans: Answer | None) -> Answer | None:
    """A question whose opening clause states a premise about one measure and whose main clause asks about another
    ("As its revenues fell away, did it cut its selling and marketing spending?") is never answered with the premise's
    measure: an answer whose every input is a metric the premise names and the main clause does not is None, so the
    question is declined or the passages answer. General rule: what a question asks is its main clause's; the clause
    before the comma only sets the scene."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc") or not ans.inputs:
        return ans
    m = _PREMISE_CLAUSE.match(question)
    if m is None:
        return ans
    metrics = {normalise_metric(i.label) for i in ans.inputs}
    if None in metrics:
        # a row no metric names ("Product revenues"): the premise's when the premise's words name its label and the
        # main clause's do not
        return None if all(names_line(m["premise"], i.label) and not names_line(m["main"], i.label)
                           for i in ans.inputs) else ans
    premise, main = set(intent.named_metrics(m["premise"])), set(intent.named_metrics(m["main"]))
    return None if metrics <= premise and not metrics & main else ans


# a premise that the asked figure was negative: "... was negative in the first quarter of 2021", "turned negative in
# fiscal 2025", "was a net benefit in Q1 2026", "came in below zero"
_NEGATIVE_PREMISE = re.compile(r"\b(?:was|were|turned|went|became|came\s+in|swung\s+to)\s+(?:(?:a\s+)?net\s+)?"
                               r"(?:negative|(?:a\s+)?benefit|a\s+(?:net\s+)?release|below\s+zero)\b(?P<rest>[^.?!;]*)",
                               re.I)


def sign_premise(question: str, ans: Answer | None) -> Answer | None:
    """A question that states the asked figure was negative in a period ("Its provision for credit losses was
    negative in the first quarter of 2026. How large was it ...?") is checked against the rows the answer read.
    General rule: a premise the cited figures contradict is never answered as if it held: when every input of the
    premise's period is positive, the answer opens by saying the filing prints it positive, citing it, and gives no
    Yes/No verdict built on the premise."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc") or not ans.inputs:
        return ans
    m = _NEGATIVE_PREMISE.search(question)
    if not m:
        return ans
    period, _ = resolve_period(m.group("rest"))
    if period is None:
        return ans
    said = [i for i in ans.inputs if i.period == period]
    if not said or any(i.value <= 0 for i in said):
        return ans
    def cited(i: InputFigure) -> str:
        ns = [c.n for c in ans.citations if c.doc == i.doc and c.page == i.page]
        return f" [{ns[0]}]" if ns else ""

    shown = "; ".join(f"\"{i.label}\", {i.period}: ${fmt(i.value / 1e6)} million{cited(i)}" if i.unit == "USD"
                      else f"\"{i.label}\", {i.period}: {fmt(i.value)}{cited(i)}" for i in said)
    text = re.sub(r"^(?:Yes|No):\s*", "", ans.text)
    note = (f"The premise does not hold: the question says the figure was negative in {period}, but the filing prints "
            f"it as a positive figure ({shown}), not negative. ")
    return replace(ans, text=note + text)


# "total depreciation and amortization, amortization of reacquired franchise rights included", "including finance
# leases", "inclusive of the Hartwell acquisition": a part the asked total must hold
_INCLUDED = re.compile(r"\b(?:including|inclusive\s+of|counting)\s+(?:the\s+|its\s+|any\s+)?(?P<a>[a-z][a-z\s&'-]{3,60}?)"
                       r"(?=\s*(?:[,;?.]|$|\b(?:in|for|at|during|of\s+fiscal|of\s+20\d\d)\b))|"
                       r",\s*(?:the\s+|its\s+)?(?P<b>[a-z][a-z\s&'-]{3,60}?)\s+included\b", re.I)
_PART_STOP = {"the", "its", "of", "and", "on", "for", "in", "a", "an", "any", "all", "other", "total", "from"}


def without_named_part(question: str, ans: Answer | None) -> Answer | None:
    """A total the question says includes a named part ("..., amortization of reacquired franchise rights included",
    "including finance leases") is never answered by one reported row whose label does not name that part: the
    row may be the total without it (a depreciation and amortization row beside a separate amortization row). Such
    a lookup (mode "facts") becomes a refusal naming the part; computed answers stand."""
    if ans is None or ans.refused or ans.mode != "facts":
        return ans
    parts = [m.group("a") or m.group("b") for m in _INCLUDED.finditer(question)]
    labels = (" ".join(i.label for i in ans.inputs)
              or " ".join(re.findall(r'Reported as "([^"]+)"', ans.text))).lower()
    for part in parts:
        words = [w for w in re.findall(r"[a-z]+", part.lower()) if w not in _PART_STOP]
        if words and not all(re.search(rf"\b{re.escape(w[:5])}", labels) for w in words):
            text = (f"The question asks a total including {part.strip()}; the row mia found (\"{labels or 'its row'}\") "
                    f"does not say it includes it, so mia does not show it as that total.")
            check = SentenceCheck(text, (), True, (), "refusal")
            return Answer(question=question, text=text, refused=True, mode="refused",
                          verification=Verification(supported=True, sentences=(check,)), about=ans.about)
    return ans
_YEAR = re.compile(r"(?<![\d.,$])(?:FY\s?'?)?((?:19|20)\d{2})(?!\d|[.,]\d)", re.I)
_NUMBER_WORDS = counting(2, 10)
_LAST_N = re.compile(r"\b(?:last|past|prior|previous|preceding|consecutive|straight)\s+(two|three|four|five|six|seven|"
                     r"eight|nine|ten|\d{1,2})\s+(?:consecutive\s+|straight\s+)?(?:fiscal\s+|calendar\s+)?years\b", re.I)


def every_year_verdict(question: str, ans: Answer | None) -> Answer | None:
    """A yes/no about every year of a span ("Has its dividend per share risen every year from FY2015 through
    FY2019?", "in each of the last three years", "consecutive", "three straight years") is decided only by every
    year's figure of the span, each read and shown. General rule: an answer whose verdict ("Yes" / "No") rests on
    fewer years than the span holds (a change from the first year to the last says nothing of the years between)
    gives no verdict: it becomes a decline that shows the figures read, cited, and names the years not read."""
    if ans is None or ans.refused or not (_EVERY_YEAR.search(question) or _EVERY_QUARTER.search(question)):
        return ans
    verdict = re.match(r"\s*(?:Yes|No)\b[:,.]?\s*", ans.text)
    if verdict is None:
        return ans
    if _EVERY_QUARTER.search(question):
        return _every_quarter_verdict(question, ans, verdict)
    asked = {int(y) for y in _YEAR.findall(question)}
    shown = {int(y) for y in _YEAR.findall(ans.text)}
    ends = asked if len(asked) >= 2 else shown
    needed = set(range(min(ends), max(ends) + 1)) if ends else set()
    m = _LAST_N.search(question)
    count = (_NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))) if m else 0
    missing = sorted(needed - shown)
    if not missing and len(shown) >= max(count, 2 if needed else 3):
        return ans
    read = ", ".join(str(y) for y in sorted(shown)) or "no year"
    unread = (", ".join(str(y) for y in missing) if missing
              else "the other years of the span" if count <= len(shown) else f"{count - len(shown)} more year(s)")
    text = (f"mia gives no verdict: the question asks about every year of a span, and mia read only {read}. "
            f"{ans.text[verdict.end():].strip()} The years in between ({unread}) were not read, and the two ends "
            f"alone do not decide it.")
    check = SentenceCheck(text, (), True, (), "refusal")
    return replace(ans, text=text, refused=True, mode="refused",
                   verification=Verification(supported=True, sentences=(check,)))
_QUARTER = re.compile(r"\bQ([1-4])\s+(?:FY\s?)?((?:19|20)\d{2})\b", re.I)


def _every_quarter_verdict(question: str, ans: Answer, verdict: re.Match[str]) -> Answer:
    """``every_year_verdict`` for a run of quarters ("Did its revenue rise in each of the last four quarters?",
    "every quarter of fiscal 2025", "three consecutive quarters"): the verdict stands only when the answer shows
    every quarter from the first asked to the last (a year asked alone: its four quarters), at least as many as a
    count asked; otherwise no verdict, the figures read shown. General rule: a verdict over a run of periods rests on
    every period of the run, quarters as years."""
    def key(m: re.Match[str]) -> int:
        return int(m.group(2)) * 4 + int(m.group(1)) - 1

    asked = sorted({key(m) for m in _QUARTER.finditer(question)})
    shown = {key(m) for m in _QUARTER.finditer(ans.text)}
    if len(asked) >= 2:
        needed = set(range(asked[0], asked[-1] + 1))
    else:
        years = {int(y) for y in _YEAR.findall(question)}
        needed = {y * 4 + k for y in years for k in range(4)} if len(years) == 1 and not asked else set()
    m = re.search(r"\b(two|three|four|five|six|seven|eight|\d{1,2})\s+(?:consecutive\s+|straight\s+|successive\s+)?"
                  r"(?:fiscal\s+)?quarters\b", question, re.I)
    count = (_NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))) if m else 0
    if needed and not (needed - shown) and len(shown) >= max(count, 2):
        return ans
    read = ", ".join(f"Q{k % 4 + 1} {k // 4}" for k in sorted(shown)) or "no quarter"
    text = (f"mia gives no verdict: the question asks about every quarter of a run, and mia read only {read}. "
            f"{ans.text[verdict.end():].strip()} The quarters in between were not all read, and the two ends alone do "
            f"not decide it.")
    check = SentenceCheck(text, (), True, (), "refusal")
    return replace(ans, text=text, refused=True, mode="refused",
                   verification=Verification(supported=True, sentences=(check,)))


# "revenue it shipped into Taiwan", "net sales in the United States", "sales from Greater China": a place the figure is
# narrowed to, written after a preposition with capitals
_PLACE = re.compile(r"(?<!^)\b(?:into|in|from|to|across|within|outside)\s+(?:the\s+)?((?:[A-Z][a-z]+|U\.S\.|US|UK|EU|EMEA|APAC|"
                    r"LATAM)(?:\s+[A-Z][a-z]+)*)\b(?!['’&]|\s+&)")
_NOT_PLACE = re.compile(r"^(?:Fiscal|Form|Item|Note|Part|Q[1-4]|FY|" + MONTH_TITLE + r"|USD|GAAP|Non|The|Its|Their|Our)\b")


def without_named_place(question: str, ans: Answer | None, index: Any) -> Answer | None:
    """A figure the question narrows to a place ("How much revenue did it ship into Taiwan?", "net sales in the
    United States") is never the company's total: a lookup or calculation whose rows do not name the place is no
    answer (None: the passages may state the place's figure). The company's own names are not places."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc"):
        return ans
    own = {squash(n) for c in companies(index) for n in (*c.long, *c.short)}
    places = [m.group(1) for m in _PLACE.finditer(question) if not _NOT_PLACE.match(m.group(1))
              and not any(squash(m.group(1)) in o or o in squash(m.group(1)) for o in own)
              and not any(LOOKUP(w.lower()) for w in m.group(1).split())]  # "change in Sales": a measure's word
    labels = " ".join(i.label for i in ans.inputs).lower()
    for place in places:
        if not all(w.lower() in labels for w in re.findall(r"[A-Za-z]{2,}", place)):
            return None
    return ans


_SEVERAL = {"average": "an average over several periods", "gap": "the gap between two figures",
            "remainder": "the rest of a period implied by a full-year figure and the results so far"}


def one_figure_for_several(question: str, ans: Answer | None) -> Answer | None:
    """A question asking a figure computed over several (``intent.asks_computed``: an average of several quarters or
    years, the gap between two series) is never answered by one reported figure: a lookup (mode "facts") of one row
    is one of the inputs, not the answer ("Averaging the four quarters of fiscal 2024, what were its net sales?" is
    not the year's net sales; "how much higher were net sales than cost of sales?" is not net sales). Such an answer
    becomes a refusal saying what is asked; computed answers (an N-year average, a ratio over an average balance)
    stand."""
    kind = intent.asks_computed(question)
    if ans is None or kind is None or ans.refused or ans.mode != "facts":
        return ans
    about = ans.about
    text = (f"The question asks {_SEVERAL[kind]}; mia found one reported figure, which is one of its inputs, not the "
            f"answer, and does not compute it.")
    check = SentenceCheck(text, (), True, (), "refusal")
    return Answer(question=question, text=text, refused=True, mode="refused",
                  verification=Verification(supported=True, sentences=(check,)), about=about)


def count_not_money(question: str, ans: Answer | None) -> Answer | None:
    """A question that asks only counts of a thing ("how many warehouses did it run, and how many did it own?", "how
    many clinics did it operate at year end?") is never answered by an amount of money: a lookup or calculation with
    an input in a currency (a fee row whose label shares a word with the counted things, a revenue change) is None,
    so the question is declined or the passages state the count. Not when the question also asks money ("how much",
    a money unit, a measure the registry names, a measure family such as revenue or margin). General rule: a count
    and an amount are different dimensions; a figure of one never answers the other."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc") or not ans.inputs:
        return ans
    asked = asked_measure(question)
    if asked is None or not asked.count or asked.counted is None or asked.money or asked.percent or asked.family:
        return ans
    if re.search(r"(?i)\bhow\s+much\b", question) or intent.named_metrics(question):
        return ans
    if any(re.fullmatch(r"[A-Z]{3}", i.unit or "") for i in ans.inputs):
        return None
    return ans


# money asked of a physical unit: a price or cost per unit ("per gallon", "a barrel", "each ton"), a money word, or pounds
# sterling
_MONEY_OF_UNIT = re.compile(r"(?i)\b(?:per|a|an|each|every)\s+(?:\w+\s+)?(?:gallon|barrel|ton|tonne|pound|lb|kilogram|kg|"
                            r"mile|kilomet(?:re|er)|lit(?:re|er)|kwh|mwh|gwh|twh|kw|mw|gw|watt)s?\b|[$€£¥]|\bdollars?\b|"
                            r"\beuros?\b|\bsterling\b|\b(?:price|prices|pricing|cost|costs|revenues?|sales|spend\w*|paid|"
                            r"pay|fees?|margin|profit|income|expenses?|value|worth)\b")


def dimension_not_money(question: str, ans: Answer | None) -> Answer | None:
    """A question asking a measure in a physical unit ("How much did its retail propane gallons grow?", "how many tons
    did it haul?": ``asked_measure``'s dimension: volume, mass, energy, power, length), and no money (no price or cost
    per unit, no money word or sign, no measure the registry names), is never answered by a lookup or calculation whose
    inputs are all in a currency ("Revenues: Propane"): such an answer is None, so the passages answer or the question
    is declined. General rule (session 32, #10; ``count_not_money``'s for units): gallons and dollars are different
    dimensions; a figure of one never answers the other."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc") or not ans.inputs:
        return ans
    asked = asked_measure(question)
    if asked is None or not asked.dimension or asked.money or asked.percent or asked.family or asked.per:
        return ans
    if _MONEY_OF_UNIT.search(question) or intent.named_metrics(question):
        return ans
    return None if all(re.fullmatch(r"[A-Z]{3}", i.unit or "") for i in ans.inputs) else ans


# "is it mainly a licensing business or a manufacturer of finished goods", "does its revenue come mostly from A or from
# B": a question asking which of two alternatives a thing mainly is (its mix)
_MAINLY_CHOICE = re.compile(r"(?i)\b(?:mainly|mostly|primarily|predominantly|largely|chiefly|principally)\s+"
                            r"(?P<a>[^,?;]{2,80}?)\s+or\s+(?P<b>[^,?;]{2,80}?)(?=\s*[,?;]|\s+and\s+(?:how|what|did|has|"
                            r"why)\b|\s*$)")
_CHOICE_STOP = frozenset("""a an the of from in on for by its their it as to business businesses company operations
    operation maker seller provider""".split())


def choice_unnamed(question: str, ans: Answer | None) -> Answer | None:
    """A question asking which of two named alternatives a company mainly is or earns from ("By revenue, is it mainly
    a licensing business or a maker of finished goods?") is answered by the alternatives' own figures (their shares
    of the whole), never by a lookup or calculation whose rows name neither alternative (the total's level or change
    says nothing of its mix): such an answer is None, so the passages answer or the question is declined. General
    rule: a mix question's answer names the parts of the mix."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc") or not ans.inputs:
        return ans
    m = _MAINLY_CHOICE.search(question)
    if m is None:
        return ans
    labels = {w[:5] for i in ans.inputs for w in re.findall(r"[a-z]+", i.label.lower())}
    for side in (m.group("a"), m.group("b")):
        words = [w for w in re.findall(r"[a-z]+", side.lower()) if w not in _CHOICE_STOP and len(w) > 2]
        if words and any(w[:5] in labels for w in words):
            return ans
    return None
