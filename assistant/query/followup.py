"""Follow-up questions ("and in 2019?", "what about Fabrikam?") rewritten into standalone ones, by rule."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.periods import YEAR_MENTION
from ..types import Answer
from .entities import company_in
from ..text.moves import CHANGE_ASKED_FOLLOWUP as _CHANGE

_FOLLOWUP_LEAD = re.compile(
    r"(?i)^\s*(?:and|also|then|ok(?:ay)?|so|now)?[\s,]*(?:what|how)\s+about\b|^\s*(?:and|also|same\s+for|what\s+of)\b"
)



_PRONOUN = re.compile(r"(?i)\b(it|its|they|their|them|that|this|those|the same)\b")



_RELATIVE_YEAR = [
    (re.compile(r"(?i)\b(?:in\s+)?(?:the\s+)?(?:(?:fiscal\s+)?year\s+(?:after|later)|following\s+year"
                r"|next\s+year)\b"), 1),
    (re.compile(r"(?i)\b(?:in\s+)?(?:the\s+)?(?:(?:fiscal\s+)?year\s+(?:before|earlier)|previous\s+year|prior\s+year"
                r"|a\s+year\s+earlier)\b"), -1),
]  # fmt: skip



_WH_FRAME = re.compile(
    r"(?i)^\s*(?:what|how\s+much|how\s+many|which)\s+(?:was|were|is|are|did|does|do|has|had)?\s*(?:the\s+)?"
)



_TRAILING_PERIOD = re.compile(
    r"(?i)\s*(?:\b(?:in|for|during|as\s+of|at\s+the\s+end\s+of)\s+)?(?:the\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)?"
    r"(?:19|20)\d\d\b.*$"
)



def previous_question(history: Sequence[tuple[str, Answer]]) -> str | None:
    if not history:
        return None
    q, ans = history[-1]
    return (getattr(ans, "standalone_question", None) or q) if ans is not None else q



def is_followup(question: str) -> bool:
    """Does the question lean on the conversation ("and in 2019?", "what about Fabrikam?", "how did it change")?"""
    words = re.findall(r"\w+", question)
    if _FOLLOWUP_LEAD.search(question):
        return True
    if any(rx.search(question) for rx, _ in _RELATIVE_YEAR):
        return True
    return len(words) <= 8 and bool(_PRONOUN.search(question))



def _subject(question: str) -> str:
    """ "What was Fabrikam's revenue in 2019?" -> "Fabrikam's revenue"."""
    s = _WH_FRAME.sub("", question.strip().rstrip("?").strip())
    s = _TRAILING_PERIOD.sub("", s).strip()
    return s or question.strip().rstrip("?")



def _replace_company(text: str, old: str, new: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, text, count=1, flags=re.I)



def rewrite_followup(question: str, history: Sequence[tuple[str, Answer]], companies: Sequence[str] = ()) -> str:
    """A standalone form of ``question``, rule-based; the question itself when it is not a follow-up."""
    prev = previous_question(history)
    if not prev or not is_followup(question):
        return question
    new = prev
    changed = False
    prev_years = [m for m in YEAR_MENTION.finditer(prev)]
    q_years = [m.group(1) for m in YEAR_MENTION.finditer(question)]

    # the year: "and in 2019?", "the year after", "how did it change the year after"
    offset = next((d for rx, d in _RELATIVE_YEAR if rx.search(question)), 0)
    if offset and prev_years:
        y0 = int(prev_years[-1].group(1))
        y1 = y0 + offset
        if _CHANGE.search(question):
            a, b = sorted((y0, y1))
            new = f"How did {_subject(prev)} change from {a} to {b}?"
        else:
            m = prev_years[-1]
            new = prev[: m.start(1)] + str(y1) + prev[m.end(1) :]
        changed = True
    elif q_years:
        if prev_years:
            m = prev_years[-1]
            new = prev[: m.start(1)] + q_years[-1] + prev[m.end(1) :]
        else:
            new = f"{prev.rstrip().rstrip('?')} in {q_years[-1]}?"
        changed = True

    # the company: "what about Fabrikam?", "and Meta?" (a bare name after the lead counts even when the index
    # does not list it as a company: market reports name many companies in their text)
    q_company = company_in(question, companies)
    rest = _FOLLOWUP_LEAD.sub("", question).strip().rstrip("?").strip()
    if (
        (q_company is None or (rest.startswith(q_company) and rest not in companies))
        and rest
        and len(rest.split()) <= 4
        and (rest[:1].isupper() or rest[:1].isdigit())  # "Meta", "SK hynix", "3M"; metrics come lower-case
        and not YEAR_MENTION.search(rest)
    ):
        q_company = rest
    prev_company = company_in(prev, companies)
    if q_company and prev_company and q_company.lower() != prev_company.lower():
        new = _replace_company(new, prev_company, q_company)
        changed = True

    # the metric: "what about operating income?" keeps the company and year of the previous question
    if not changed and _FOLLOWUP_LEAD.search(question):
        rest = _FOLLOWUP_LEAD.sub("", question).strip().rstrip("?").strip()
        rest = re.sub(r"(?i)^(the|its|their)\s+", "", rest)
        if rest and not _PRONOUN.fullmatch(rest):
            where = []
            if prev_company:
                where.append(f"for {prev_company}")
            if prev_years:
                where.append(f"in {prev_years[-1].group(0)}")
            return f"What was the {rest} {' '.join(where)}?".replace("  ", " ").replace(" ?", "?")
    return new if changed else question
