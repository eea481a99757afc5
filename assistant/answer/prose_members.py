"""Which members of a stated list moved a given way: "Which of its reportable segments grew in fiscal 2024?"

Rule: the members are those a sentence or list of the filing names after a lead-in naming the kind ("We have
three reportable segments: Industrial Controls, Precision Sensors and Field Services."); each member's move is
read from a sentence that opens with the member's name and states a direction with its figure ("Precision
Sensors net sales increased 9% to $870 million in fiscal 2024"). The answer names the members that moved the
asked way, each with its sentence cited, only when EVERY member's move is stated exactly once for the asked
period: a member whose move is missing or stated both ways leaves the question unanswered (a partial list
would read as the whole answer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from ..text.moves import UP_MEMBER_WORDS as _UP_WORDS, DOWN_MEMBER_WORDS as _DOWN_WORDS

__all__ = ["asks_moving_members", "member_move", "members_line"]

_KINDS = r"segments|divisions|business\s+units|units|businesses|brands|regions|product\s+lines|operating\s+groups"
_MOVING_Q = re.compile(
    rf"(?i)^\s*(?:which|what)\s+(?:of\s+(?:[\w'’.&-]+\s+){{0,5}}?)?(?:(?:reportable|operating|business|reporting)\s+)?"
    rf"(?P<kind>{_KINDS})\b(?P<rest>.*)$"
)


def asks_moving_members(question: str) -> tuple[str, str] | None:
    """(kind, "up"/"down") for "Which of its reportable segments grew?", "Which segments saw sales decline?";
    None for other questions."""
    m = _MOVING_Q.search(question)
    if not m:
        return None
    rest = m.group("rest")
    up = re.search(rf"(?i)\b(?:{_UP_WORDS})\b", rest)
    down = re.search(rf"(?i)\b(?:{_DOWN_WORDS})\b", rest)
    if bool(up) == bool(down):
        return None
    return m.group("kind").lower(), "up" if up else "down"


def kind_named(kind: str, lead: str) -> bool:
    """Does a list's lead-in name the kind ("We have three reportable segments:")?"""
    stem = kind.split()[-1].rstrip("s")
    return bool(re.search(rf"(?i)\b{re.escape(stem)}s?\b", lead))


_MOVE = re.compile(
    rf"(?i)^\s*(?:the\s+)?{{name}}(?:\s+(?:segment|division|unit|business|brand|region)['’]?s?)?(?:\s+[\w-]+){{0,3}}?\s+"
    rf"(?P<dir>{_UP_WORDS}|{_DOWN_WORDS})\b(?:\s+(?:by\s+)?(?P<fig>\d[\d.,]*\s?%))?"
)


# "Net sales for the Outdoor Products segment were $412.5 million, a decrease of $38.1 million, or 8.5%, ..."
_MOVE_OF = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:net\s+)?(?:sales|revenues?)\s+(?:for|of|in|from|at)\s+(?:the\s+|our\s+)?{name}"
    r"(?:\s+(?:segment|division|unit|business))?\b(?:[^.;]|\.(?=\d)){0,60}?,\s+(?:an?\s+)?(?P<dir>increase|decrease|decline|rise|drop)d?\b"
    r"(?:\s+of\s+(?P<fig>[$€£]?\s?\d[\d.,]*\s?(?:%|million|billion)?))?"
)


def member_move(member: str, sentence: str) -> tuple[str, str] | None:
    """("up"/"down", the figure or "") when ``sentence`` opens with ``member`` ("Outdoor Products net sales
    decreased 8%") or with its sales ("Net sales for the Outdoor Products segment were $412 million, a decrease
    of ...") and states its move; a second clause naming the member again is not read."""
    rx = re.compile(_MOVE.pattern.replace("{name}", re.escape(member)), re.I)
    m = rx.search(sentence) or re.compile(_MOVE_OF.pattern.replace("{name}", re.escape(member)), re.I).search(sentence)
    if not m:
        return None
    word = m.group("dir").lower()
    up = re.fullmatch(_UP_WORDS, word, re.I) or word in ("increase", "rise")
    return ("up" if up else "down"), " ".join((m.group("fig") or "").split())


def members_line(direction: str, moved: Sequence[tuple[str, str]], others: Sequence[tuple[str, str]], period: str = ""
                 ) -> str:  # fmt: skip
    """"Grew in 2024: Precision Sensors (9%) and Field Services (2%); Industrial Controls declined (11%)"."""
    def join(xs: Sequence[tuple[str, str]]) -> str:
        parts = [f"{n} ({f})" if f else n for n, f in xs]
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    verb, other = ("Grew", "declined") if direction == "up" else ("Declined", "grew")
    when = f" in {period}" if period else ""
    head = f"{verb}{when}: {join(moved)}" if moved else f"None {verb.lower()}{when}"
    return head + (f"; {join(others)} {other}" if others else "")
