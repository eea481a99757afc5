"""Lists of items with their shares, and lists of assumptions, stated inside one sentence (issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_items.py``):

- **"A (21%), B (16%) and C (14%)" is a list of shares** (``share_items``): three or more items of one enumeration,
  each a label with a percentage in parentheses after it, after a lead-in that names what they are shares of ("Of
  the remaining non-staff spending, the largest categories were ...", "Respondents cited ..."). Each percentage is
  its item's share.
- **"took the biggest slice at 21%, followed by B at 16% and C at 14%"** (session 9, ``_at_items``): three or more
  "label at N%" members of one enumeration, in a sentence saying it splits a whole (share, slice, portion, "of the
  remaining ..."), are a list of shares too; "inflation at 3%, unemployment at 4% and rates at 5%" is none.
- **What share went to one item** (``item_share``): a percentage question naming exactly one item of such a list
  (every content word of the label in the question) is answered by that item's percentage, quoted with the list.
- **The N largest items** (``top_items``/``top_line``): "What were the three largest categories of ...?" asks the N
  items with the highest percentages of the list, in order, computed from the figures printed beside them; a list
  with fewer items than asked, or ties at the cut, gives no line.
- **A list of another kind is no reason** (``other_kind``): "What reasons did respondents give for raising their
  budgets?" is not answered by "Respondents named three constraints: ..."; a why-question about a rise is not
  answered by a list of limits or risks, one about a fall not by a list of drivers or benefits.
- **Assumptions** (``assumption_items``): "Our bear case assumes that A, that B and that C" is a list of what is
  assumed; each "that" clause is one item (a clause after a semicolon is no item).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.counts import counting
from . import prose_lists

__all__ = ["Item", "assumption_items", "item_share", "lead_of", "other_kind", "share_items", "top_items", "top_line"]


@dataclass(frozen=True)
class Item:
    label: str
    raw: str  # the percentage as printed ("21%", "21.5 percent")
    value: float


# "cloud security tools (23%)", "identity and access management (about 18%)"
_ITEM = re.compile(
    r"(?P<label>[A-Za-z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,7}?)\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
    r"almost\s+|over\s+|under\s+)?(?P<raw>\d{1,3}(?:\.\d+)?\s?(?:%|percent))(?:\s+of\s+[^)]{1,40})?\s*\)"
)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|;\s*(?:and\s+)?|\s+(?:and|or)\s+)")
_LEAD_WORDS = re.compile(
    r"(?i)^(?:.*\b(?:were|was|are|is|include[sd]?|including|cited|named|gave|listed|mentioned|chose|picked|ranked|"
    r"followed\s+by|led\s+by)\s+|.*:\s*)"
)
_STOP = frozenset("""the a an of and or for to in on at by with its their our his her this that these those from as
    what which how much many share proportion percentage percent portion part went go goes going did does do was were
    is are be been spent spending spend on""".split())


# "took the biggest slice at 21%, followed by identity and access management at 16% and cloud security at 14%"
_AT_ITEM = re.compile(
    r"(?P<label>[A-Za-z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,9}?)\s+(?:at|with)\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
    r"nearly\s+|almost\s+)?(?P<raw>\d{1,3}(?:\.\d+)?\s?(?:%|percent))(?![\w.]*\s*(?:of|points?)\b)"
)
_AT_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|;\s*(?:and\s+)?|\s+(?:and|or)\s+)")
_TAKES = re.compile(r"(?i)\s+(?:took|takes|take|had|has|held|holds|got|gets|received|accounted\s+for|made\s+up|came\s+in|"
                    r"was|were|is|are)\b.*$")
_SHARES_SAID = re.compile(r"(?i)\b(?:shares?|slices?|portions?|proportions?|split|of\s+(?:the|total|all|its|their)\b)")


def _at_items(sentence: str) -> list[Item]:
    """Three or more "label at N%" members of one enumeration in a sentence saying it splits a whole ("took the biggest
    slice at 21%, followed by B at 16% and C at 14%"), parenthesised asides blanked; labels without the lead-in
    words and the verb phrase after the first ("took the biggest slice")."""
    masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), sentence)
    if not _SHARES_SAID.search(masked):
        return []  # "inflation at 3%, unemployment at 4% and rates at 5%": levels, no shares of one whole
    runs: list[list[re.Match[str]]] = []
    for m in _AT_ITEM.finditer(masked):
        gap = masked[runs[-1][-1].end() : m.start()] if runs else ""
        if re.match(r"(?i)(?:and|or|followed\s+by)\s", m.group("label")):
            gap += " and "
        if runs and _AT_JOIN.fullmatch(gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    best = max(runs, key=len, default=[])
    if len(best) < 3:
        return []
    items = []
    for m in best:
        label = _LEAD_WORDS.sub("", _TAKES.sub("", re.sub(r"\s+", " ", m.group("label")))).strip()
        label = re.sub(r"(?i)^(?:and|or)\s+", "", label)
        value = float(re.match(r"\d{1,3}(?:\.\d+)?", m.group("raw")).group(0))
        items.append(Item(label, m.group("raw").replace(" ", "") if "%" in m.group("raw") else m.group("raw"), value))
    return items


def share_items(sentence: str) -> list[Item]:
    """The items of the one enumeration of three or more "label (N%)" members in ``sentence`` (joined by commas,
    "and", "or" or semicolons), labels without the lead-in words before the first; [] when there is none. Else
    three or more "label at N%" members in a sentence saying it splits a whole (``_at_items``)."""
    found = list(_ITEM.finditer(sentence))
    runs: list[list[re.Match[str]]] = []
    for m in found:
        gap = sentence[runs[-1][-1].end() : m.start()] if runs else ""
        if re.match(r"(?i)(?:and|or)\s", m.group("label")):  # ", and training (6%)": the joining word opens the match
            gap += " and "
        if runs and _JOIN.fullmatch(gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    best = max(runs, key=len, default=[])
    if len(best) < 3:
        return _at_items(sentence)
    items = []
    for k, m in enumerate(best):
        label = m.group("label").strip()
        if k == 0:
            label = _LEAD_WORDS.sub("", label).strip()
        label = re.sub(r"(?i)^(?:and|or)\s+", "", label)
        value = float(re.match(r"\d{1,3}(?:\.\d+)?", m.group("raw")).group(0))
        items.append(Item(label, m.group("raw").replace(" ", "") if "%" in m.group("raw") else m.group("raw"), value))
    return items


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][\w'’&-]*", text) if w.lower() not in _STOP}


def item_share(question: str, sentence: str) -> Item | None:
    """The one item of ``sentence``'s share list whose label's content words the question says every one of; None
    when no item or more than one is named."""
    asked = _words(question)
    named = [it for it in share_items(sentence) if _words(it.label) and _words(it.label) <= asked]
    return named[0] if len(named) == 1 else None


_COUNT = counting(2, 5, digits=True)
_TOP_Q = re.compile(r"(?i)\b(?:the\s+)?(?:top\s+(?P<a>two|three|four|five|[2-5])|(?P<b>two|three|four|five|[2-5])\s+"
                    r"(?:largest|biggest|most\s+(?:common|cited|frequent|popular|important)|main|leading|top))\b")


def top_items(question: str, sentence: str) -> list[Item]:
    """The N items of ``sentence``'s share list with the highest percentages, when the question asks "the three
    largest ..." / "the top three ..."; [] when it asks no count, the list has fewer items, or the N-th and the
    next tie."""
    m = _TOP_Q.search(question)
    if m is None:
        return []
    n = _COUNT[(m.group("a") or m.group("b")).lower()]
    items = share_items(sentence)
    if len(items) < n:
        return []
    ranked = sorted(items, key=lambda it: -it.value)
    if len(ranked) > n and ranked[n - 1].value == ranked[n].value:
        return []
    return ranked[:n]


_NUMBER_WORD = {n: w for w, n in counting(2, 5).items()}


def top_line(question: str, sentence: str) -> str | None:
    """"The three largest, by the shares stated: A (23%), B (18%), C (13%)" or None (``top_items``)."""
    top = top_items(question, sentence)
    if not top:
        return None
    return (f"The {_NUMBER_WORD[len(top)]} largest, by the shares stated: "
            + ", ".join(f"{it.label} ({it.raw})" for it in top))  # fmt: skip


# "Our bear case assumes that A, that B and that C", "The pessimistic scenario assumes A, B and C"
_ASSUMES = re.compile(r"(?i)\b(?:assumes?|assumed|assuming|is\s+based\s+on\s+(?:the\s+)?assumptions?\s+that|rests\s+on\s+"
                      r"(?:the\s+)?assumptions?\s+that)\s+(?:that\s+)?")


def assumption_items(sentence: str) -> tuple[str, tuple[str, ...]] | None:
    """(the lead-in, the assumptions) of a sentence stating what a case or forecast assumes, one item per "that"
    clause ("assumes that A, that B and that C"); a clause after a semicolon ends the list. None when it names fewer
    than two."""
    m = _ASSUMES.search(sentence)
    if m is None or not sentence[: m.start()].strip():
        return None
    rest = re.split(r";|\.\s|\.$", sentence[m.end() :], maxsplit=1)[0]
    pieces = [p.strip(" ,") for p in re.split(r"(?i),?\s*(?:\band\s+|\bor\s+)?\bthat\s+", rest)]
    pieces = [p for p in pieces if len(p.split()) >= 2]
    if len(pieces) < 2:
        return None
    return sentence[: m.end()].strip(), tuple(pieces)


_PHRASAL_MOVE = re.compile(r"(?i)\b(?:go|goes|going|gone|went|move[sd]?|moving)\s+(up|down)\b")


def lead_of(text: str) -> str:
    """The words before an enumeration's items: up to its colon ("Respondents named three constraints: a, b and c"),
    else the whole sentence."""
    return text.split(":", 1)[0] if ":" in text else text


def other_kind(question: str, lead: str, moves: set[str]) -> bool:
    """Is an enumeration led by ``lead`` of another kind than a reason question asks? "What reasons did respondents
    give for raising budgets?" asks reasons: "Respondents named three constraints:" lists limits. A why-question
    naming no kind asks the causes of its move (``moves``: "up"/"down"): a list of limits or risks does not explain a
    rise, a list of drivers or benefits does not explain a fall. Reasons and drivers are one kind here."""
    fam = prose_lists.lead_family(lead)
    if fam is None:
        return False
    for m in _PHRASAL_MOVE.finditer(question):  # "going up", "went down": the move in two words
        moves = moves | {m.group(1).lower()}
    asked = prose_lists.asked_family(question)
    causal = {"reasons", "drivers"}
    if asked is not None:
        return fam != asked and not {fam, asked} <= causal
    if moves == {"up"}:
        return fam in ("limits", "risks")
    if moves == {"down"}:
        return fam in ("drivers", "benefits")
    return False
