"""The report's note that an earlier period's total was revised, shown beside a quote comparing with that period
(session 31, #11, industry-report prose).

GENERAL rule: a quoted sentence that compares a figure with an earlier year's ("5.6% less than the USD 98.1 billion of
2023") states that year's figure as the report now has it; when the same report says that year's total was revised
("..., which raised the 2023 world total from USD 97.5 billion", "The 2023 total has been revised down from 47.8
billion"), the note is part of the answer: the earlier figure is the revised one, and the one first published is
another. Only a note naming that year, a revision verb and the figure it replaced ("from <figure>"), whose revised
thing is a total (or the measure the quote states) of a scope the quote or the question names ("world", a region),
is shown, and only when exactly one note of the report does. Pure text: the caller gives the report's pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..text.sentences import content_words, sentence_spans

__all__ = ["compared_years", "revised_total_note"]

# the comparison with an earlier year: "than the USD 98.1 billion of 2023", "up from EUR 30.6 billion in 2023",
# "against 2,057 thousand in 2023", "compared with 2023"
_COMPARED = re.compile(r"(?i)\b(?:than|from|against|compared\s+(?:with|to)|versus)\b(?:[^.;]|\.(?=\d)){0,50}?\b((?:19|20)\d\d)\b")
_VERB = r"(?:revised|raised|lowered|restated|corrected|cut|reduced|increased)"
_DIRECTION = r"(?:\s+(?:up|down|upwards|downwards))?"
_FIGURE_AFTER_FROM = r"\s+from\s+(?:about\s+|some\s+)?(?:[A-Z]{3}\s*|US\$\s*|[$€£¥]\s*)?\d"
# "raised the 2023 world total from USD 97.5 billion": the thing revised after the verb
_OBJECT = re.compile(rf"(?i)\b{_VERB}{_DIRECTION}\s+(?P<obj>(?:the\s+|its\s+)?[\w'’ -]{{3,60}}?){_FIGURE_AFTER_FROM}")
# "the 2023 world total has been revised down from 47.8 billion": the thing revised before the verb
_SUBJECT = re.compile(rf"(?i)(?P<obj>[\w'’ -]{{3,60}}?)\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+"
                      rf"{_VERB}{_DIRECTION}{_FIGURE_AFTER_FROM}")
_TOTAL = re.compile(r"(?i)\btotal\b")
_GENERIC = frozenset("total figure figures number the its value".split())


def _stem(word: str) -> str:
    w = re.sub(r"(?:['’]s|['’])$", "", word.lower())
    return w[:5]


def compared_years(quote: str) -> set[int]:
    """The earlier years a quote compares its figure with (``_COMPARED``), each before a later year it names."""
    named = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", quote)}
    return {int(m.group(1)) for m in _COMPARED.finditer(quote) if named and int(m.group(1)) < max(named)}


def _revised_things(sentence: str) -> list[str]:
    return [m.group("obj") for rx in (_OBJECT, _SUBJECT) for m in rx.finditer(sentence)]


def _fits(thing: str, year: int, said: set[str], measures: set[str]) -> bool:
    """The revised thing names the year, is a total or a measure the quote states, and every other word of it is
    said by the quote or the question ("the 2023 world total": "world")."""
    if not re.search(rf"\b{year}\b", thing):
        return False
    words = {_stem(w) for w in content_words(thing) if not re.fullmatch(r"\d+", w)}
    if not (_TOTAL.search(thing) or words & measures):
        return False
    rest = words - {_stem(w) for w in _GENERIC} - measures
    return bool(rest) and rest <= said


def revised_total_note(quote: str, question: str, pages: Iterable[tuple[int, str]],
                       measures: Iterable[str] = ("sales", "revenue", "revenues", "shipments", "exports", "output",
                                                  "production", "deliveries", "orders", "consumption")
                       ) -> tuple[int, int, int] | None:  # fmt: skip
    """(page, start, end) of the one sentence of the report's ``pages`` noting that the total of a year the quote
    compares with was revised; None when the quote compares with no earlier year, or no note or more than one fits."""
    years = compared_years(quote)
    if not years:
        return None
    said = {_stem(w) for w in content_words(f"{quote} {question}")}
    stated = {_stem(m) for m in measures if re.search(rf"(?i)\b{m}\b", quote)}
    found = []
    for no, text in pages:
        for a, b in sentence_spans(text, split_lines=False):
            sentence = " ".join(text[a:b].split())
            if len(sentence) > 400 or sentence in quote:
                continue
            if any(_fits(t, y, said, stated) for t in _revised_things(sentence) for y in years):
                found.append((no, a, b))
    return found[0] if len(found) == 1 else None


def report_pages(page_text: Callable[[str, int], str | None], doc_id: str, most: int = 60) -> list[tuple[int, str]]:
    """The report's pages in order (1-based), up to the first missing one."""
    out = []
    for p in range(1, most + 1):
        text = page_text(doc_id, p)
        if text is None:
            break
        out.append((p, text))
    return out
