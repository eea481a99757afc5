"""What a report's figures leave out: the things its scope note says are not counted, and the questions asking about
them (session 32, #11).

GENERAL RULE: an industry report states what its figures cover and what they leave out ("Steel food cans, aerosol
cans and aluminium bottles are not included", "The figures exclude wellness plans and policies for horses",
"Carrow's count does not cover exotic pets"). A question asking about a thing so left out ("How large was the world
market for aerosol cans?", "How many horses were insured?") is not answered by any of the report's figures: a figure
that does not itself name the thing is the report's counted scope, which excludes it, and showing it would be a
confident wrong answer. Such a question is declined, unless the quote names the thing itself (the scope note, read for
"Does the count include aerosol cans?") or the question sets the thing aside too ("excluding aerosol cans").

``excluded_things(text)``: the things a text's scope notes leave out (each as its words, a relative clause cut:
a thing qualified by a clause, "the heat pumps that housing associations buy", left aside; "policies for horses" and
"horses" both);
``asked_excluded(question, texts)``: the first of them a question asks about (every word of the thing in the
question, not after "excluding" / "other than" / "except"); ``names_thing(thing, text)``: does a quote name it;
``asks_left_out(question)``: does a question ask which things the figures leave out (session 33: answered by the
scope note itself, read by ``scoring``).
Reads nothing of the package but ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text.sentences import sentence_spans

__all__ = ["asked_excluded", "asks_left_out", "excluded_things", "names_thing"]

_BE = r"(?:are|is|were|was)\s+(?:also\s+)?"
# "X, Y and Z are not included", "... are excluded", "... are left out", "... are not counted / covered"
# session 33: "Other large buyers, among them A and B, are not shown, because they report no comparable figures"
_LIST_BEFORE = re.compile(rf"(?i)^(?P<items>.+?)\s*,?\s+{_BE}(?:not\s+(?:included|counted|covered|measured|shown|part\s+of\s+"
                          rf"(?:the|our|these|this)\s+(?:figures?|count|data|totals?))|excluded|left\s+out)\b")
# "the figures exclude X, Y and Z", "the count does not include / cover X", "excluding X" (the thing after)
_LIST_AFTER = re.compile(r"(?i)\b(?:exclude[sd]?|do(?:es)?\s+not\s+(?:include|cover|count)|leaves?\s+out)\s+"
                         r"(?P<items>[^.;:()]+)")
# a question setting a thing aside itself: what it asks is the rest
_ASIDE_Q = re.compile(r"(?i)\b(?:excluding|other\s+than|except(?:\s+for)?|apart\s+from|not\s+counting|without|"
                      r"leaving\s+out|net\s+of|besides)\s+")
_LEAD = re.compile(r"(?i)^(?:and|or|nor|also|the|all|any|its|their|our|both|either|most|some)\s+")
_CUT = re.compile(r"(?i)\s(?:that|which|who|whose|where|when|with|sold|made|bought|used|placed|paid|from|in|on|at|to|"
                  r"since|because|as|so|but|while|unless|if|than|such)\b")
_STOP = frozenset("the a an of and or for its their our".split())


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s$", "", w)
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _STOP]


def _items(listed: str) -> list[str]:
    out = []
    for part in re.split(r"\s*,\s*|\s*;\s*|\s+(?:and|or|nor)\s+", listed):
        part = part.strip()
        while _LEAD.match(part):
            part = _LEAD.sub("", part, count=1)
        if _CUT.search(part):
            # "the heat pumps that housing associations buy", "bets placed at casinos": what is left out is the
            # qualified thing, which the bare noun ("heat pumps") is not; such an item is left aside
            continue
        words = re.findall(r"[A-Za-z][\w'’-]*", part)
        if 1 <= len(words) <= 6 and not re.search(r"\d", part):
            out.append(" ".join(words))
            # "policies for horses": the thing asked may be the one the policies are for
            after = re.split(r"(?i)\s+for\s+", out[-1])
            if len(after) == 2:
                out.append(after[1])
    return out


def excluded_things(text: str) -> list[str]:
    """The things ``text``'s scope notes say its figures leave out, in the order stated (the rule above)."""
    out: list[str] = []
    for a, b in sentence_spans(text, split_lines=False):
        s = " ".join(text[a:b].split())
        s = re.sub(r"^\W*(?:Note|Notes|Source|Scope)\s*:\s*|^[¹²³⁴⁵⁶⁷⁸⁹*†\d]+\s+", "", s)
        # an aside between commas ("Park model RVs, which are built as cabins, are excluded") is no item
        s = re.sub(r",\s+(?:which|who|whose)\b[^,;]*,", "", s)
        m = _LIST_BEFORE.search(s)
        if m is not None and not re.search(r"(?i)\b(?:that|which|who)\s*$", m.group("items")):
            # the clause that is excluded: the list after the last ";" or ":" before the verb ("Online betting only;
            # bets placed at casinos are excluded"), never one ending in a relative pronoun ("cinemas in the US that
            # are not counted here" excludes the cinemas, not the list of countries before them)
            out.extend(t for t in _items(re.split(r"[;:]\s+", m.group("items"))[-1]) if t not in out)
        m = _LIST_AFTER.search(s)
        if m is not None:
            out.extend(t for t in _items(m.group("items")) if t not in out)
    return out


# a question asking what the figures leave out: "Which products does the institute leave out of its figures?", "What
# does the count exclude?", "Which items are not included in the market size?" ("excluding" sets a thing aside: no ask)
_ASKS_LEFT_OUT = re.compile(r"(?i)\b(?:leaves?\s+out|left\s+out|exclude[sd]?|"
                            r"(?:is|are|was|were)\s+not\s+(?:included|counted|covered)|"
                            r"(?:does|do|did)(?:\s+not|n['’]t)\s+(?:\w+\s+){0,3}?(?:include|count|cover))\b")
_WHICH_THINGS = re.compile(r"(?i)^\s*(?:which|what)\b(?!\s+(?:was|were|is|are|will)\b)")


def asks_left_out(question: str) -> bool:
    """Does ``question`` ask which things the figures leave out ("Which products does Linfield leave out of its card
    figures?", "What does the survey's count exclude?")? GENERAL rule (session 33, #11): such a question is answered by
    the scope note naming what is not counted, whatever kind of thing ("products", "items", "segments") it asks for.
    A figure asked with something set aside ("What was revenue, excluding fuel?") is no such question: "which"/"what"
    must ask for things, not open "what was ..."."""
    return bool(_WHICH_THINGS.match(question) and _ASKS_LEFT_OUT.search(question))


def names_thing(thing: str, text: str) -> bool:
    """Does ``text`` name ``thing`` (every word of it, plurals alike)?"""
    return set(_words(thing)) <= set(_words(text))


def asked_excluded(question: str, texts: Iterable[str]) -> str | None:
    """The first thing ``texts`` say their figures leave out that ``question`` asks about (every word of it said,
    none only after the question's own "excluding" / "other than"); None when it asks about none."""
    aside = _ASIDE_Q.search(question)
    asked = set(_words(question[: aside.start()] if aside else question))
    for text in texts:
        for thing in excluded_things(text):
            if set(_words(thing)) <= asked:
                return thing
    return None
