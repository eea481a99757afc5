"""A question naming no company, over an index of several reports, is answered from the report about its subject.

Rules (each with a test on hand-written sentences in ``tests/test_prose_topics.py``):

- **A report's subject is its title's words** (``title_topic``): "Residential Heat Pumps in Europe: 2025 Review" is
  about heat pumps (and Europe); the words every report title uses ("review", "market", "update", "2025") say
  nothing of the subject.
- **The question's subject words that some report's title says pick the report** (``off_topic``): when the question
  names no company and says words of one report's title ("What limits growth in the heat pump market?"), a
  candidate from another report (on cargo drones) whose own text and heading say none of those words is not an
  answer, however well it matches otherwise (its "obstacles" list is about drones). A question saying no title's
  words is not restricted. The answer's lead names the report it comes from.
"""

from __future__ import annotations

import re

from ..text.stems import word_folded

__all__ = ["GENERIC_TITLE_WORDS", "off_topic", "title_topic"]

GENERIC_TITLE_WORDS = frozenset(
    """review report reports update updates outlook market markets industry sector annual quarterly year years edition
    survey study analysis brief briefing note notes overview insight insights research trends trend state global world
    worldwide international special focus guide primer forecast forecasts data perspective perspectives monitor tracker
    index the a an and of in on for to from with by at its their vs versus new""".split()
)


def _stem(word: str) -> str:
    return word_folded(word)[:5]


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z&'’-]+", text) if w.lower() not in GENERIC_TITLE_WORDS
            and len(w) > 2}


def title_topic(title: str) -> set[str]:
    """The light stems of a report title's subject words (generic report words and years left out)."""
    return _words(re.sub(r"\b(?:19|20)\d\d\b", " ", title or ""))


def off_topic(question_words: set[str] | frozenset[str], own_title: str, candidate_text: str,
              titles: list[str]) -> bool:  # fmt: skip
    """Is a candidate off the question's subject: some of the question's words (``question_words``, no names) are
    said by one of the index's report ``titles``, the candidate's own report title (``own_title``) says none of
    them, and neither does the candidate's text (with its heading)?"""
    asked = {_stem(w) for w in question_words}
    topical = asked & set().union(*(title_topic(t) for t in titles)) if titles else set()
    if not topical:
        return False
    return not topical & (title_topic(own_title) | _words(candidate_text))
