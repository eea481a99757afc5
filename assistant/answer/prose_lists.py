"""A list answers a question when its lead-in names the kind asked in other words; a list of another kind does not.

Rules (each with a test on hand-written sentences in ``tests/test_prose_lists.py``):

- **Kinds of things a list names, by meaning** (``FAMILIES``): limits ("constraints", "obstacles", "barriers",
  "bottlenecks", "hurdles", "what holds back"), drivers ("drivers", "tailwinds", "what pushes up"), risks
  ("risks", "threats", "uncertainties"), benefits ("benefits", "advantages"), reasons ("reasons", "causes",
  "factors"), problems ("problems", "issues", "shortcomings", "complaints", "concerns"). A question asks one kind (``asked_family``: "What limits growth in X?", "What holds back the adoption
  of X?", "What are the barriers to X?"); a list's lead-in names one (``lead_family``: "The report names four
  constraints:", "Operators name three obstacles:").
- **Same kind, same topic: the list answers** (``answers_by_kind``): the lead-in's kind is the question's and every
  other word of the question (its topic, "the heat pump market") is said by the lead-in, the list's heading, the
  report's title or the sentence before. A list of another kind ("Buyers cite three benefits:" for "What limits
  growth?") never answers, however close its topic.
"""

from __future__ import annotations

import re

__all__ = ["FAMILIES", "PROCESS_WORDS", "SOURCE_WORDS", "VIEW_WORDS", "answers_by_kind", "asked_family", "family_words",
           "lead_family", "view_said"]

# what happens to a market, not which market: "growth in", "the adoption of" a topic the list's surroundings name
PROCESS_WORDS = frozenset("""growth grow adoption adopt uptake take-up demand use usage deployment deploy expansion expand
    development rollout roll-out build-out buildout build build-up progress market markets industry sector business
    segment""".split())

# Session 29 (#11): the report itself and its saying are no topic of a list question. GENERAL RULE: "What risks to
# the outlook does the review flag?", "Which risks to its view are listed in the brief?" ask the report's own list; the words
# naming the kind of document ("note", "brief", "memo") and the verbs of stating ("list", "flag", "cite") name no
# topic the list's surroundings must say. The author's view of what comes is one thing under its names ("outlook",
# "view", "forecast"): "risks to our view" are the risks to its outlook (``view_said``).
SOURCE_WORDS = frozenset("""note notes report reports brief memo memorandum article study paper review survey analysis
    bulletin newsletter piece author authors list lists listed flag flags flagged cite cites cited name names named
    identify identifies identified highlight highlights highlighted mention mentions mentioned""".split())
VIEW_WORDS = frozenset("""outlook outlooks view views forecast forecasts expectations projections""".split())


def view_said(word: str, text: str) -> bool:
    """Is ``word``, a name of the author's view (``VIEW_WORDS``), said in ``text`` under any of those names?"""
    return word.lower() in VIEW_WORDS and any(w in VIEW_WORDS for w in re.findall(r"[a-z]+", text.lower()))


FAMILIES: dict[str, str] = {  # kind -> the words (regex) that name it, as nouns or verbs
    "limits": r"limit\w*|constrain\w*|constraints?|obstacles?|barriers?|bottlenecks?|hurdles?|impediments?|"
              r"brakes?|restrain\w*|restrictions?|hold\w*\s+back|held\s+back|holding\s+back|stand\w*\s+in\s+the\s+way|"
              r"slow\w*\s+down|hamper\w*|hinder\w*|deter\w*|challenges?|difficult(?:y|ies)|headwinds?|drags?\s+on",
    "drivers": r"drivers?|driv(?:e|es|ing)|tailwinds?|catalysts?|spur\w*|fuel\w*|boost\w*|push\w*\s+up|lift\w*|"
               r"support\w*|underpin\w*|sources?\s+of\s+growth|growth\s+drivers?",
    "risks": r"risks?|threats?|threaten\w*|dangers?|uncertaint(?:y|ies)|vulnerabilit(?:y|ies)|downside\w*",
    "benefits": r"benefits?|advantages?|merits?|upsides?|strengths?|pluses|attractions?|selling\s+points?",
    "reasons": r"reasons?|causes?|factors?|explanations?",
    # what people find wrong with something: "What measurement shortcomings do buyers raise?" is answered by "The
    # issues they raised most often were:"
    "problems": r"problems?|issues?|shortcomings?|complaints?|complain\w*|flaws?|weaknesses|deficienc(?:y|ies)|"
                r"pain\s+points?|gripes?|grievances?|concerns?",
}
_RX = {k: re.compile(rf"(?i)\b(?:{v})\b") for k, v in FAMILIES.items()}
# "What limits ...", "What holds back ...", "What are the barriers to ...", "What stands in the way of ..."
_ASK = re.compile(r"(?i)^\s*(?:what|which)\s+(?:(?:are|were|is|was)\s+(?:the\s+)?(?:(?:main|key|biggest|major|chief|"
                  r"principal)\s+)?)?(?:[a-z]+\s+){0,2}?")


def asked_family(question: str) -> str | None:
    """The kind of thing a what/which question asks a list of, read from its first words ("What limits ..." ->
    "limits", "What are the main risks ..." -> "risks"); None when no kind is named there. "reasons" is asked only
    by its noun ("What are the reasons ..."), never by "why"."""
    m = _ASK.match(question)
    if m is None:
        return None
    head = question[m.start() : m.end() + 40]
    found = [(rx.search(head).start(), k) for k, rx in _RX.items() if rx.search(head)]
    return min(found)[1] if found else None


def lead_family(lead: str) -> str | None:
    """The one kind a list's lead-in names ("Operators name three obstacles:" -> "limits"); None when it names none
    or several."""
    found = {k for k, rx in _RX.items() if rx.search(lead)}
    return next(iter(found)) if len(found) == 1 else None


def family_words(text: str) -> set[str]:
    """The words of ``text`` that name a kind (for leaving them out of the topic)."""
    out = set()
    for rx in _RX.values():
        for m in rx.finditer(text):
            out.update(w.lower() for w in m.group(0).split())
    return out


def answers_by_kind(question: str, lead: str, topic_missing: set[str]) -> bool:
    """Does a list whose lead-in is ``lead`` answer ``question`` by meaning: the lead-in names the kind the question
    asks, and no topic word of the question is missing from the list's surroundings (``topic_missing``: the
    question's other words that neither the lead-in, its heading, the report's title nor the sentence before say)?"""
    asked = asked_family(question)
    return asked is not None and lead_family(lead) == asked and not topic_missing
