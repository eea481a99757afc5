"""A figure asked per share is answered only by a figure stated per share, of the asked measure (session 29, #11).

General rule: "What was X's book value per share?", "What was its free cash flow per share in 2025?" ask a figure per
share. An answer that states no figure per share (a lookup or calculation of the measure's total, "$4,862 million"; a
quoted sentence whose figure is a revenue or an inventory in billions) answers another question, and so does one
whose per-share figure belongs to another measure (earnings per share for book value per share): unless the asked
measure is earnings itself, the answer must name the measure written before "per share" (at least half of its
content words: "book value", "free cash flow", "dividend"). Pure text; no index.
"""

from __future__ import annotations

import re

from ..text.stems import word_stem

__all__ = ["per_share_measure", "answers_per_share"]

# "<measure> per share", "<measure> per diluted share", "<measure>-per-share": the measure is up to four words before
_PER_SHARE = re.compile(r"(?i)\b((?:[a-z&'’-]+\s+){1,4}?)per[- ](?:common\s+|diluted\s+|basic\s+|ordinary\s+)?share\b"
                        r"(?!\s*(?:count|price|repurchases?|buybacks?|awards?|units?|based|data|amounts?)\b)")
# words before the measure that are no part of it (a question's frame, a possessive, a period's words)
_FRAME = frozenset("""what was were is are the its their his her our of in for at on to by from and or did does do how
    much many which whose per a an as this that these those company's firm's bank's group's year fiscal quarter
    reported report diluted basic common gaap""".split())
# words of a measure that a filer's sentence may leave out or word otherwise ("dividends declared" as "dividend of")
_LOOSE = frozenset("""cash declared paid total quarterly annual annualized regular net amount""".split())
# earnings per share: its own rows and wordings are read elsewhere (``finance.extract.earnings_per_share``)
_EARNINGS = re.compile(r"(?i)\b(?:earnings|income|profits?|loss(?:es)?|eps)\b")
_STATED_PER_SHARE = re.compile(r"(?i)\bper\s+(?:common\s+|diluted\s+|basic\s+|ordinary\s+)?share\b|/share\b|"
                               r"\ba\s+(?:common\s+)?share\b|\beps\b")


def per_share_measure(question: str) -> str | None:
    """The measure a question asks per share ("book value", "free cash flow", "dividends declared"), or None when it
    asks no figure per share. "per share" after a number ("$0.90 per share") is a figure, not the asked measure."""
    for m in _PER_SHARE.finditer(question):
        if re.search(r"\d\s*$", question[: m.start()]):
            continue  # "a dividend of $0.25 per share": a figure the question states
        words = m.group(1).split()
        owner = [i for i, w in enumerate(words) if w.lower().endswith(("'s", "’s", "s'", "s’"))]
        if owner:
            words = words[owner[-1] + 1 :]  # "Quayside Financial's book value": the measure follows its owner
        while words and (words[0].lower().strip("'’") in _FRAME or word_stem(words[0]) in _FRAME
                         or words[0].lower().endswith(("'s", "’s"))):
            words = words[1:]
        words = [w for w in words if w.lower() not in ("diluted", "basic", "common")]
        if words:
            # "net income attributable to common stockholders per share": an earnings word a few words further back
            # makes the figure earnings per share, whatever the four words before "per" say
            before = " ".join(question[: m.start()].split()[-7:])
            return "earnings" if _EARNINGS.search(before) else " ".join(words)
    return None


def answers_per_share(question: str, text: str) -> bool:
    """Does an answer's text answer the figure the question asks per share? True when the question asks none; else
    the text must state a figure per share and, for a measure other than earnings, name at least half of the
    measure's content words (``_LOOSE`` and frame words aside; "book value" against a sentence on net income per
    share names none)."""
    measure = per_share_measure(question)
    if measure is None:
        return True
    if not _STATED_PER_SHARE.search(text):
        return False
    if _EARNINGS.search(measure):
        return True
    said = {word_stem(w) for w in re.findall(r"[a-z]+", text.lower())}
    need = {word_stem(w) for w in re.findall(r"[a-z]+", measure.lower())} - _LOOSE - _FRAME
    return 2 * len(need & said) >= len(need)
