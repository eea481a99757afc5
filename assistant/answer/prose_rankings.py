"""Rankings: "which come after A and B?" answered by the names a ranking sentence gives after them.

Rule: a question that asks which names come after given ones ("Which operators come after Polar and Arctic in
size?", "After Polar, which companies run the largest networks?", "Which companies follow Nordkyl and Polar
in Europe?") is answered only by a sentence (or a ranking over sentences) that names every given name and then,
after the last of them and a ranking connective ("followed by", "then", "next", "behind them", "ahead of"),
further names. The answer lists those further names, in the sentence's order, above the quoted sentence; the
given names themselves are never the answer. A sentence naming fewer than all the given names, or none after
them, does not answer.

Rule (``asks_position``, ``position_in``): "where did Siemens Gamesa rank?" is answered by a ranking sentence that
lists names in order after its ranking head ("the five largest suppliers were A (2.3 GW), B (1.9 GW), C ... and E"):
the name's place in that list, and the names before it, computed; a sentence listing the name not once, or listing
no ranking, does not answer.
"""

from __future__ import annotations

import re

from ..text.counts import ORDINAL_WORDS, alternation, ordinals

__all__ = ["after_names", "after_line", "asks_position", "names_after", "position_in", "position_line"]

_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of))*"
_AFTER_Q = re.compile(
    rf"\b(?i:after|behind|below|following|next\s+to|trail(?:s|ing)?|follows?)\s+(?:(?i:the)\s+)?(?P<names>{_NAME}"
    rf"(?:\s*,\s*{_NAME})*(?:,?\s+(?i:and)\s+{_NAME})?)"
)
_RANKING_Q = re.compile(r"(?i)^\s*(?:after|behind|following)\b|^\s*(?:which|what|who)\b.*\b(?:come|comes|came|rank|ranks|"
                        r"ranked|follow|follows|are|is|were|was|trail|trails)\s+(?:next\s+)?(?:after|behind|below)\b|"
                        r"^\s*(?:which|what|who)\b.*\bfollows?\b")
_NOT_NAME = frozenset("the in at on with each its their and a an of for by from us eu uk".split())
_CONNECTIVE = re.compile(r"(?i)\bfollowed\s+by\b|\bthen\b|\bnext\b|\bbehind\s+(?:them|it|those|these)\b|"
                         r"\bafter\s+(?:them|it|those|these)\b|\btrailed\s+by\b|\bahead\s+of\b|\bcame\s+(?:second|third|next)\b")


_NAMED_NEXT = re.compile(rf"{_NAME}(?=\s+(?:followed|came\s+(?:second|third|next)|was\s+(?:second|third|next)|"
                         r"ranked\s+(?:second|third|next))\b(?!\s+by))")


def after_names(question: str) -> list[str]:
    """The names a ranking question asks what comes after ("after Polar Logistics and Arctic Chain" ->
    ["Polar Logistics", "Arctic Chain"]); [] when it asks no such thing."""
    if not _RANKING_Q.search(question):
        return []
    m = _AFTER_Q.search(question)
    if not m:
        return []
    names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names")) if n.strip()]
    out = []
    for n in names:
        words = n.split()
        while words and words[-1].lower() in _NOT_NAME | {"in", "by", "size"}:
            words.pop()
        if words and words[0].lower() not in _NOT_NAME:
            out.append(" ".join(words))
    return out


def _find(name: str, text: str) -> re.Match | None:
    m = re.search(rf"(?i)(?<![\w-]){re.escape(name)}(?:['’]s)?(?![\w-])", text)
    if m is None and len(name.split()) > 1:  # "Polar Logistics" written "Polar" later on
        m = re.search(rf"(?<![\w-]){re.escape(name.split()[0])}(?![\w-])", text)
    return m


def names_after(text: str, given: list[str]) -> list[str]:
    """The names ``text`` ranks after every one of ``given``: those after the last given name and a ranking
    connective, up to the clause's end; [] when a given name is missing or none follows."""
    if not given:
        return []
    found = [_find(n, text) for n in given]
    if any(m is None for m in found):
        return []
    rest = text[max(m.end() for m in found) :]
    conn = _CONNECTIVE.search(rest)
    named = _NAMED_NEXT.search(rest)  # "Japan followed with 44,000": the name before the verb ranks next
    if named is not None and (conn is None or named.start() < conn.start()):
        start = named.start()
    elif conn is not None:
        # "A and B run the largest networks, followed by C": asked after A, B (named with it) comes first
        start = 0 if re.match(r"(?i)\s*(?:,\s*|and\s+|&\s+)", rest) else conn.end()
    else:
        return []
    tail = re.split(r";\s|:\s|\s[-–—]\s|\(", rest[start:] + " ")[0]
    out = []
    for m in re.finditer(_NAME, tail):
        name = m.group(0).strip().rstrip(".,")
        words = name.split()
        while words and words[-1].lower() in _NOT_NAME:
            words.pop()
        if not words or words[0].lower() in _NOT_NAME or re.fullmatch(r"[A-Z]{1,3}", words[0]):
            continue
        name = " ".join(words)
        if not any(name.lower() == g.lower() or name.lower() in g.lower().split() for g in given):
            out.append(name)
    return out


def after_line(given: list[str], names: list[str]) -> str:
    """"After Polar Logistics and Arctic Chain: Frostway, Coldharbor and Icebridge"."""
    def join(xs: list[str]) -> str:
        return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]

    return f"After {join(given)}: {join(names)}"


# ------------------------------------------------------------------------------------------ "where did X rank?"

_POSITION_Q = re.compile(r"(?i)\b(?:where|in\s+what\s+(?:place|position)|what\s+(?:place|position|rank))\s+(?:did|does|do|"
                         r"was|is|were|are)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)\s+(?:rank|come|place|"
                         r"stand|finish|sit)\w*\b")
_LISTED = re.compile(r"(?i)\b(?:largest|biggest|top|leading|ranked\s+by|in\s+order)\b[^.;:]*?\b(?:were|are|was|is)\s+|:\s+")
_ORDINALS = list(ORDINAL_WORDS)  # "first" ... "tenth": a place's word


def asks_position(question: str) -> str | None:
    """The name whose place in a ranking a question asks ("where did Siemens Gamesa rank?" -> "Siemens Gamesa")."""
    m = _POSITION_Q.search(question)
    return m.group("name") if m else None


def position_in(text: str, name: str) -> tuple[int, list[str]] | None:
    """The 1-based place of ``name`` in a ranking sentence that lists names in order after its ranking head ("the
    five largest suppliers were Mingyang (2.3 GW), Siemens Gamesa (1.9 GW), ... and Vestas") and the names before
    it; None when the sentence lists no ranking or does not list the name (once)."""
    m = _LISTED.search(text)
    if m is None:
        return None
    tail = re.sub(r"\([^()]*\)", "", text[m.end() :])
    items = [t.strip(" .") for t in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", tail) if t.strip(" .")]
    if len(items) < 2 or not all(re.match(r"[A-Z]", t) for t in items):
        return None
    hits = [i for i, t in enumerate(items) if _find(name, t) is not None]
    if len(hits) != 1:
        return None
    return hits[0] + 1, items[: hits[0]]


def position_line(name: str, place: int, before: list[str], count: int | None = None) -> str:
    """"Siemens Gamesa ranked second (after Mingyang)"."""
    word = _ORDINALS[place - 1] if place <= len(_ORDINALS) else f"{place}th"
    return f"{name} ranked {word}" + (f" (after {', '.join(before)})" if before else "")


# ------------------------------------------------------------------------------------- "was X the third-largest ...?"
# Rule (session 30, ``rank_verdict``): "Was Greece the third-largest exporter by value?" asks whether one named
# holder has one rank. A rank ("the largest", "the third-largest", "the second-biggest") is held by one name, so a
# sentence decides the question only in a clause stating exactly that rank (the ordinal too: "third-largest" is not
# "largest"; a measure named by "by value" the same as the question's, never "by volume"): a clause naming the asked
# name decides by its words as any other (the caller's verdict), a clause giving the rank to another name ("..., and
# Tunisia stayed the third-largest exporter by value") is "No", and a sentence with no such clause ("Greece had its
# best year by value") decides nothing, however many of the question's other words it says. "One of the largest"
# is no rank held by one, so it never answers "No".
_SUPERLATIVE = r"(?:largest|biggest|smallest|leading|fastest[- ]growing|most\s+valuable|top)"
_RANK_ORDINALS = ordinals(2, 10, digits=True)  # a rank after the first, word or digits: "third", "3rd"
_ORDINAL_WORD = "(?:" + alternation(_RANK_ORDINALS) + ")"
_RANK_WORD = {form: _ORDINALS[n - 1] for form, n in _RANK_ORDINALS.items()}  # "3rd" (and "third") -> "third"
_RANK_Q = re.compile(rf"^\s*(?i:is|was|are|were|remains?|remained)\s+(?P<name>{_NAME})\s+(?i:still\s+|now\s+|then\s+|"
                     rf"again\s+)?(?i:the|its|their)\s+(?:(?i:world|country|region|market|industry)['’]s\s+)?"
                     rf"(?P<rank>(?i:{_ORDINAL_WORD}[- ])?(?i:{_SUPERLATIVE}))\b(?P<rest>[^?]*)")
_RANK_IN = re.compile(rf"(?i)(?<![\w-])(?:(?P<ord>{_ORDINAL_WORD})[- ])?(?P<sup>{_SUPERLATIVE})\b")
_BY_MEASURE = re.compile(r"(?i)\bby\s+(value|volume|revenue|sales|units?|members|tonnage|weight|share|capacity|market\s+share|"
                         r"number|count|assets|output)\b")
_CLAUSE_CUT = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+|\.\s+(?=[A-Z])|:\s+")
_FUNCTION_CAPS = frozenset("the a an it its in on at by for of this that these those their his her as with and but "
                           "while whereas after before since from to yet so".split())


def _norm_rank(ordinal: str | None, sup: str) -> tuple[str, str]:
    o = (ordinal or "").lower()
    o = _RANK_WORD.get(o, o)
    return o, re.sub(r"[\s-]+", " ", sup.lower())


def asks_rank(question: str) -> tuple[str, tuple[str, str], str | None] | None:
    """(the name, its asked rank (ordinal, superlative), the measure named by "by ...") of "Was Greece the
    third-largest exporter by value?" -> ("Greece", ("third", "largest"), "value"); None for any other question."""
    m = _RANK_Q.search(question)
    if m is None or m.group("name").split()[0].lower() in _FUNCTION_CAPS:
        return None
    r = _RANK_IN.match(m.group("rank"))
    by = _BY_MEASURE.search(m.group("rest"))
    return m.group("name"), _norm_rank(r.group("ord"), r.group("sup")), (by.group(1).lower() if by else None)


def rank_verdict(question: str, text: str) -> str | None:
    """"No" when a clause of ``text`` gives the asked rank to another name (see the rule above); "" when a clause
    stating the asked rank names the asked name (its words decide, as for any yes/no question); None when no clause
    states the asked rank (the sentence decides nothing). Only for a question ``asks_rank`` reads."""
    asked = asks_rank(question)
    if asked is None:
        return ""
    name, rank, by = asked
    other = False
    for clause in _CLAUSE_CUT.split(text):
        exact = [m for m in _RANK_IN.finditer(clause) if _norm_rank(m.group("ord"), m.group("sup")) == rank
                 and not re.search(r"(?i)\bone\s+of\s+(?:the|its|their)\s+(?:\w+\s+)?$", clause[: m.start()])]
        if not exact:
            continue
        said_by = {b.group(1).lower() for b in _BY_MEASURE.finditer(clause)}
        if by is not None and said_by and by not in said_by:
            continue  # ranked by another measure ("by volume"): not the asked rank
        if _find(name, clause) is not None:
            return ""
        before = clause[: exact[0].start()]
        holders = [n for n in re.findall(_NAME, before) if n.split()[0].lower() not in _FUNCTION_CAPS]
        if holders:
            other = True
    return "No" if other else None
