"""Counting words: the one table of the number words a text writes for a count ("three reasons", "the next ten
years", "to two decimal places"), the ordinal words that name a place in an order ("the third-largest", "the
fourth quarter", "2nd"), and the plural nouns a counted list of causes names ("three reasons", "two
headwinds").

Each reader keeps its own range (a count of causes runs from two to six, a span of years from one to thirty, a
quarter is first to fourth, a rank second to tenth): it takes that range from ``NUMBER_WORDS`` with ``counting`` and
``number_words``, or from ``ORDINAL_WORDS`` with ``ordinals``, and its words of extra meaning ("a", "no",
"a single") stay beside it. The nouns: every counted-reasons pattern takes ``REASON_NOUNS``; the lead-ins that
announce a list of causes take ``CAUSE_NOUNS``; each adds its own few. Moved here in session 30 (behaviour-preserving;
the tables were copied into each module before).
"""

from __future__ import annotations

__all__ = ["NUMBER_WORDS", "counting", "number_words", "ORDINAL_WORDS", "ordinals", "alternation", "REASON_NOUNS",
           "CAUSE_NOUNS"]

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
}  # fmt: skip


def counting(low: int, high: int, digits: bool = False) -> dict[str, int]:
    """The number words from ``low`` to ``high`` (both written as words, in the table's order) -> their values; with
    ``digits``, each value's digits after them ("2": 2)."""
    table = {w: n for w, n in NUMBER_WORDS.items() if low <= n <= high}
    if digits:
        table.update({str(n): n for n in table.values()})
    return table


def number_words(*words: str) -> dict[str, int]:
    """``words`` (each in ``NUMBER_WORDS``), in that order -> their values."""
    return {w: NUMBER_WORDS[w] for w in words}


ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10,
}  # fmt: skip
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}  # the table stops at ten: every other digit form ends in "th"


def ordinals(low: int, high: int, digits: bool = False) -> dict[str, int]:
    """The ordinal words from ``low`` to ``high`` (in the table's order) -> their values; with ``digits``, each value's
    digit form after them ("1st", "2nd", "3rd", "4th" ... "10th")."""
    table = {w: n for w, n in ORDINAL_WORDS.items() if low <= n <= high}
    if digits:
        table.update({f"{n}{_ORDINAL_SUFFIX.get(n, 'th')}": n for n in list(table.values())})
    return table


def alternation(words: "dict[str, int] | tuple[str, ...]") -> str:
    """A regex alternation of ``words`` in their order ("two|three|four"); a space matches any white space."""
    return "|".join(w.replace(" ", r"\s+") for w in words)


# what every pattern counting reasons names: "three reasons", "two main causes", "several factors"
REASON_NOUNS: tuple[str, ...] = ("reasons", "causes", "factors")
# what a lead-in announcing a list of causes names: "Two things held back orders.", "for three reasons", "Four
# headwinds ..."
CAUSE_NOUNS: tuple[str, ...] = ("things", "factors", "reasons", "causes", "drivers", "forces", "developments",
                                "headwinds", "problems", "issues", "effects", "pressures", "constraints", "obstacles",
                                "barriers")
