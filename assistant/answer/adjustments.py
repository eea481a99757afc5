"""An adjustment the question asks for, checked against the computed answer (issue 10).

Rule: a question that adjusts a figure ("Adding the impairment charge back, what was the operating margin?",
"Excluding restructuring costs, ...", "Leaving the litigation settlement out of operating income, ...") asks for the
adjusted figure, never the reported one. A computed or looked-up answer that shows no sign of the adjustment (the
formula is not the question's own definition and names none of the adjusted item's words: "that line", "both" name
nothing) is the reported figure presented as the adjusted one, a confident wrong answer. It is taken back: mia says it
could not apply the adjustment, and cites the rows it found so the analyst can do the arithmetic.

Pure text; imports nothing of the package but ``types``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..types import Answer, SentenceCheck, Verification

__all__ = ["Adjustment", "adjustment_asked", "adjustment_in", "applied", "portion_asked", "unapplied_adjustment",
           "unadjusted_quote"]

# the adjusted item, up to the clause's end: "adding <item> back", "add back <item>", "excluding <item>",
# "leaving <item> out", "exclude <item>", "before <item> charges" is left alone (it names a subtotal as often)
# a filer's trailing ", net" is part of the label it ends ("Restructuring and related items, net"), never a clause's
# end; ", net of tax" is a qualifier of its own
_NET = r",\s*net\b(?!\s+of\b)"
_CLAUSE = re.compile(
    rf"(?i)\badd(?:ing|ed|s)?\s+back\s+(?P<a>(?:[^,.;:?]|{_NET}){{2,90}})"
    rf"|\badd(?:ing|ed|s)?\s+(?P<b>(?:[^,.;:?]|{_NET}){{1,90}}?)\s+back\b"
    rf"|\bexclud(?:ing|e|es)\s+(?P<c>(?:[^,.;:?]|{_NET}){{2,90}})"
    rf"|\bleav(?:ing|e)\s+(?P<d>(?:[^,.;:?]|{_NET}){{1,90}}?)\s+out\b"
    rf"|\bstripping\s+out\s+(?P<e>(?:[^,.;:?]|{_NET}){{2,90}})")
# words that name no item of their own ("that line", "both of them", "those charges")
_EMPTY = frozenset("""the a an that this these those both all each it its them they their of to from in on and or
    line lines item items charge charges cost costs expense expenses credit credits gain gains loss losses amount
    amounts figure figures back out operating income profit margin margins company's company net total
    for with from into onto by as at per than under over upon within during""".split())
_DEFINED = "(the definition stated in the question)"


def adjustment_asked(question: str) -> str | None:
    """The words of the first adjustment clause the question asks ("the inventory write-down"), else None."""
    m = _CLAUSE.search(question)
    if m is None:
        return None
    return next(g for g in m.groups() if g is not None).strip()


def _content(words: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z-]{2,}", words.lower()) if w not in _EMPTY}


def applied(item: str, answer_text: str) -> bool:
    """Does the answer show the adjustment: the question's own definition computed, or a word of the item in it?"""
    if _DEFINED in answer_text:
        return True
    content = _content(item)
    said = answer_text.lower()
    # a word of the item shows it as a whole word (a plural allowed): "for" is no sign of "held for sale" in "Formula"
    return bool(content) and any(re.search(rf"\b{re.escape(w)}(?:s|es)?\b", said) for w in content)


# "How much of the improvement reflects its underlying operations?", "how much of that increase came from
# acquisitions?": a part of a change is asked, attributed to a cause the question names
_PORTION = re.compile(
    r"(?i)\bhow\s+much\s+of\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,3}?(?:improvement|increase|decrease|"
    r"decline|rise|fall|gain|drop|growth|change|swing|jump|deterioration|expansion|contraction)s?\b")


def portion_asked(question: str) -> bool:
    """Does the question ask how much of a change one cause accounts for ("how much of the improvement reflects its
    underlying operations")? The whole change is no answer to it."""
    return bool(_PORTION.search(question))


def unapplied_adjustment(question: str, ans: Answer) -> Answer:
    """``ans`` unchanged unless it is a computed or looked-up figure (mode calc / facts) for a question that asks an
    adjustment the answer does not show, or asks what part of a change one cause accounts for (``portion_asked``:
    the computed figure is the whole change); then a refusal saying so, the answer's citations kept."""
    if ans.refused or ans.mode not in ("calc", "facts"):
        return ans
    if portion_asked(question) and _DEFINED not in ans.text:
        text = ("mia cannot compute this as the question asks: it asks how much of a change one cause accounts for, "
                "and the figure mia computed is the whole change. The rows found are cited.")
        check = SentenceCheck(text=text, citations=(), supported=True, reason="refusal")
        return replace(ans, text=text, refused=True, mode="refused",
                       verification=Verification(supported=True, sentences=(check,)))
    item = adjustment_asked(question)
    if item is None or applied(item, ans.text):
        return ans
    resolved = adjustment_in(question)
    if resolved is not None and resolved.items and all(applied(i, ans.text) for i in resolved.items):
        return ans  # "that line", "both": the items they point at are each shown in the answer
    text = (f"mia cannot compute this as the question asks: it could not apply the adjustment (\"{item}\") to the "
            f"figure, and the reported figure is not the adjusted one. The rows found are cited.")
    check = SentenceCheck(text=text, citations=(), supported=True, reason="refusal")
    return replace(ans, text=text, refused=True, mode="refused",
                   verification=Verification(supported=True, sentences=(check,)))


# a quote stating a figure with the adjustment made: "excluding the gain, operating profit would have ...", "on a
# currency-neutral basis", "adjusted operating profit", "organic revenue"
_ADJUSTED_SAID = re.compile(
    r"(?i)\b(?:exclud\w*|exclusive\s+of|absent|without|adjusted|adjusting|would\s+have|had\s+it\s+not|net\s+of|"
    r"neutral|organic|constant|comparable|underlying|core|non-gaap|pro\s+forma|on\s+an?\s+[\w-]+\s+basis)\b")
# a figure asked as it would have been with the adjustment made ("what would X have been", "how much would X have
# grown"): a hypothetical the filing states only with the adjustment's own words, if at all
_FIGURE_ASKED = re.compile(r"(?i)\b(?:what|how\s+much|how\s+many|by\s+(?:what|how\s+much))\b[^?]*?\bwould\b[^?]*?"
                           r"\bhave\s+(?:been|grown|increased|decreased|risen|fallen|declined|changed|totall?ed|amounted)\b")


def unadjusted_quote(question: str, ans: Answer) -> Answer:
    """``ans`` unchanged unless it is a quoted answer (mode "extract") to a question asking what a figure would have
    been with an adjustment made ("Excluding that gain, what would its operating profit have been?") whose quote says nothing of
    a figure so adjusted (no "excluding", "without", "adjusted", "would have", "organic", "on a ... basis" ...): the
    quote then states the reported figure, its change or the adjusted item's own amount, never the figure asked;
    it becomes a refusal saying the adjustment was not applied, the quote's citations kept. General rule (session 26):
    an adjusted figure is computed or quoted as adjusted, never read off a sentence about the reported one."""
    if ans.refused or ans.mode != "extract":
        return ans
    item = adjustment_asked(question)
    if item is None or not _FIGURE_ASKED.search(question) or _ADJUSTED_SAID.search(ans.text):
        return ans
    text = (f"mia cannot answer this as the question asks: the passages found do not state the figure with the "
            f"adjustment (\"{item}\") applied. The closest passages are cited.")
    check = SentenceCheck(text=text, citations=(), supported=True, reason="refusal")
    return replace(ans, text=text, refused=True, mode="refused",
                   verification=Verification(supported=True, sentences=(check,)))


# ---------------------------------------------------------------------------------------------------------------
# The adjustment read as items to compute with (``exclusions.exclusion_definitions``)


@dataclass(frozen=True)
class Adjustment:
    """An adjustment clause read for computing: ``items`` are the lines or charges it names, resolved ("both" is
    the two items the premise names, "that line" the line the sentence before quotes or names), each as the question
    (or its premise) writes it; ``labels`` says which item is a quoted row label (the filer's own line, taken
    exactly); ``every``: "all restructuring charges", every line of the statement so named; ``target``: the profit
    figure the clause names ("back to operating income", "out of gross profit"), "" when none; ``start``/``end``:
    the clause's span in the question; ``premise``: where the resolved items were read (start, end), or None.
    ``items`` is empty when the clause names items mia cannot resolve (an anaphor with no antecedent)."""

    said: str
    items: tuple[str, ...]
    labels: tuple[bool, ...]
    every: bool
    target: str
    start: int
    end: int
    premise: tuple[int, int] | None = None
    # the amounts the premise states for its one item, by fiscal year ("severance charges of $100 million in 2025
    # and $36 million in 2024"): ((2025, 100e6), (2024, 36e6)); empty when none is stated
    amounts: tuple[tuple[int, float], ...] = ()


# a quoted stretch (straight or curly quotes; an apostrophe inside a word, "company's", opens none)
_QUOTED = r"""(?:(?<![A-Za-z])'[^'\n]{2,120}'(?![A-Za-z])|‘[^’\n]{2,120}’|"[^"\n]{2,120}"|“[^”\n]{2,120}”)"""
_ITEM = rf"(?:{_QUOTED}|{_NET}|[^,.;:?!'‘’\"“”]|(?<=[A-Za-z])'(?=[A-Za-z]))+?"
_TARGET = r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:income|profit|earnings|margin|loss)(?:\s+before\s+(?:income\s+)?taxes)?"
_OPEN = r"(?:^|(?<=[,;:.?!])\s*|(?<=\n))\s*"
_FORMS = re.compile(
    _OPEN + r"(?:"
    rf"(?:adding|add)\s+back\s+(?P<a>{_ITEM})(?:\s+(?:to|into)\s+(?P<ta>{_TARGET}))?"
    rf"|(?:adding|add)\s+(?P<b>{_ITEM})\s+back(?:\s+(?:to|into)\s+(?P<tb>{_TARGET}))?"
    rf"|(?:excluding|leaving\s+out|setting\s+aside|stripping\s+out|net\s+of)\s+(?P<c>{_ITEM})"
    rf"(?:\s+(?:from)\s+(?P<tc>{_TARGET}))?"
    rf"|(?:leaving|taking|stripping|setting)\s+(?P<d>{_ITEM})\s+(?:out|aside)(?:\s+of\s+(?P<td>{_TARGET}))?"
    r")\s*(?=,|:|$)", re.I)
_ARTICLE = re.compile(r"^(?:the|its|their|a|an)\s+", re.I)
# "both", "both of them", "these two charges", "those items", "them": the items the premise names
_PLURAL_REF = re.compile(r"(?:both(?:\s+of\s+(?:them|these|those))?(?:\s+\w+)?|them|these|those|"
                         r"(?:these|those|the)\s+(?:two\s+|three\s+)?(?:charges|items|lines|costs|expenses|credits|"
                         r"amounts|effects|impacts))", re.I)
# "that line", "this charge", "the line", "it": the one line the sentence before names
_ONE_REF = re.compile(r"(?:that|this|the)\s+(?:line|row|item|charge|cost|expense|credit|amount|gain|loss|adjustment|"
                      r"benefit|write-?down|impairment)(?:\s+item)?|it|that", re.I)
# the items a premise names after the verb or preposition that ties them to the figure ("was hit by A and B",
# "included A and B", "booked A and B")
_PAIR = re.compile(r"\b(?:by|from|includ(?:ed|es|ing)|booked|recorded|recognized|recognised|took|incurred|reflect(?:s|ed)?|"
                   r"absorbed)\s+(?P<a>[^,.;:?!]{3,80}?)\s*,?\s+and\s+(?P<b>[^,.;:?!]{3,80}?)\s*(?=[,.;:?!]|$|"
                   r"\s+(?:in|during|for|of)\s+(?:fiscal\s+|FY\s?|the\s+)?(?:19|20)\d{2}\b)", re.I)
# "includes a divestitures gain and restructuring, impairment, and other exit recoveries": two items, the second a
# line whose label lists its own words with commas (an "and" after a comma stays inside it)
_PAIR_SERIAL = re.compile(r"\b(?:by|from|includ(?:ed|es|ing)|booked|recorded|recognized|recognised|took|incurred|"
                          r"reflect(?:s|ed)?|absorbed)\s+(?P<a>[^,.;:?!]{3,80}?)\s+and\s+(?P<b>[^,.;:?!]{2,60}(?:,\s*"
                          r"[^,.;:?!]{2,60}){1,4},\s*and\s+[^,.;:?!]{2,80}?)\s*(?=[.;:?!]|$)", re.I)
# "recorded severance and other charges of $100 million in 2025 (...) and $36 million in 2024": one item, its amount
# for each year stated by the question itself
_MONEY = r"\$\s?\d[\d,]*(?:\.\d+)?\s*(?:thousand|million|billion|[mb]n?\b)?"
_YEAR_AT = r"(?:in|for|during)\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d{2}"
_STATED_AMOUNTS = re.compile(
    r"\b(?:recorded|recognized|recognised|booked|took|incurred|reported|had|included|includes|including)\s+"
    rf"(?P<item>[^,.;:?!$()]{{3,80}}?)\s+(?:of|totaling|totalling|amounting\s+to)\s+(?P<a>{_MONEY})\s+(?P<ya>{_YEAR_AT})"
    rf"(?:\s*\([^()]{{0,120}}\))?\s*,?\s+and\s+(?P<b>{_MONEY})\s+(?P<yb>{_YEAR_AT})", re.I)


def _money(text: str) -> float | None:
    m = re.match(r"\$\s?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|mn?|bn?)?", text.strip(), re.I)
    if m is None:
        return None
    scale = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "b": 1e9, "bn": 1e9}
    return float(m.group(1).replace(",", "")) * scale.get((m.group(2) or "").lower(), 1.0)


def stated_amounts(text: str) -> tuple[str, tuple[tuple[int, float], ...]] | None:
    """(item, ((year, amount), ...)) when the text states one item's amount for each of two years ("recorded
    severance charges of $100 million in 2025 and $36 million in 2024"), else None."""
    found = list(_STATED_AMOUNTS.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    years = [int(re.search(r"(?:19|20)\d{2}", m.group(g)).group(0)) for g in ("ya", "yb")]  # type: ignore[union-attr]
    values = [_money(m.group(g)) for g in ("a", "b")]
    if years[0] == years[1] or any(v is None for v in values):
        return None
    return _clean(m.group("item")), tuple(zip(years, values))  # type: ignore[arg-type]


# a line named in the sentence before by its label and the word "line": "its other operating charges line"
_NAMED_LINE = re.compile(r"(?:^|\s)(?:the|its|their|[\w&.-]+(?:'s|’s))\s+(?P<w>(?:[\w-]+\s+){0,6}?[\w-]+)\s+"
                         r"(?:line(?:\s+item)?|row)\b", re.I)


def _unquote(s: str) -> str:
    return s.strip()[1:-1].strip()


def _quotes(text: str) -> list[str]:
    return [_unquote(m.group(0)) for m in re.finditer(_QUOTED, text)]


def _clean(item: str) -> str:
    """"the lease termination charge" -> "lease termination charge"; a period's words after it are left."""
    w = _ARTICLE.sub("", item.strip())
    w = re.sub(r"\s+(?:in|during|for)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}$", "", w, flags=re.I)
    return w.strip()


# "was reduced by a loss on extinguishment of debt": an item the premise introduces with "a"/"an", its head noun, then
# what it is of ("on / of / from / related to ..."), up to the clause's end
_INTRODUCED_ITEM = (r"\b(?:a|an)\s+(?P<w>(?:(?!(?:in|during|for|that|which|and|but|of|on|from)\b)[a-z][a-z\-]*\s+){{0,3}}?"
                    r"{noun}(?:\s+(?:on|of|from|related\s+to)(?:\s+(?!(?:in|during|for|that|which|but|was|were)\b)"
                    r"[a-z][a-z\-]*){{1,5}})?)(?=\s*[,.;:?!]|\s+(?:in|during|for|that|which|and|but)\b|$)")


def _premise_items(before: str, plural: bool, noun: str = "") -> tuple[tuple[str, ...], tuple[bool, ...], tuple[int, int] | None]:
    """The items the text before the clause names: quoted labels first, else "A and B" after a verb that ties them to
    the figure (plural), else a line named with the word "line" (singular). Only the sentence right before the
    clause's own sentence (or the clause's sentence itself) is read."""
    sentences = [m for m in re.finditer(r"[^.?!]+(?:[.?!]+|$)", before) if m.group(0).strip()]
    for m in reversed(sentences[-2:]):
        text = m.group(0)
        quoted = _quotes(text)
        if quoted and (len(quoted) >= 2) == plural:
            return tuple(quoted), (True,) * len(quoted), (m.start(), m.end())
        if plural:
            serial = list(_PAIR_SERIAL.finditer(text))
            if len(serial) == 1:
                # the second item a serial list ("restructuring, impairment, and other exit recoveries"): one line of
                # the filer's, read by its label
                a, b = _clean(serial[0].group("a")), _clean(serial[0].group("b"))
                if a and b:
                    return (a, b), (False, True), (m.start(), m.end())
            pairs = list(_PAIR.finditer(text))
            if pairs:
                p = pairs[-1]
                a, b = _clean(p.group("a")), _clean(p.group("b"))
                if a and b:
                    return (a, b), (False, False), (m.start(), m.end())
        else:
            named = list(_NAMED_LINE.finditer(text))
            if len(named) == 1:
                return (_clean(named[0].group("w")),), (True,), (m.start(), m.end())
            if noun:
                # "... was reduced by a loss on extinguishment of debt. Adding that loss back, ...": the one item the
                # sentence introduces with "a"/"an" whose head noun the reference repeats (two such items: neither)
                introduced = list(re.finditer(_INTRODUCED_ITEM.format(noun=re.escape(noun) + r"(?:e?s)?"), text, re.I))
                if len(introduced) == 1:
                    return (_clean(introduced[0].group("w")),), (False,), (m.start(), m.end())
    return (), (), None


def adjustment_in(question: str) -> Adjustment | None:
    """The adjustment the question asks ("Adding both back, ...", "Excluding the 'other charges' line, ...",
    "Leaving restructuring charges out of operating income, ...", "Adding all restructuring charges back to
    operating income, ..."), its items resolved; None when the question asks none (or more than one clause)."""
    found = list(_FORMS.finditer(question))
    if len(found) != 1:
        return None
    m = found[0]
    raw = next(m.group(g) for g in "abcd" if m.group(g) is not None).strip()
    end = m.end()
    net = re.compile(_NET + r"(?=\s*(?:,|:|$))", re.I).match(question, end) if m.group("c") is not None else None
    if net and not m.group("tc"):
        # "Excluding restructuring and related items, net, what was ...": the row's ", net" ends the item
        raw, end = raw + net.group(0), net.end()
    target = next((m.group(g) for g in ("ta", "tb", "tc", "td") if m.group(g)), "") or ""
    every = bool(re.match(r"all\s+(?:of\s+)?(?:the\s+|its\s+)?", raw, re.I))
    item = re.sub(r"^all\s+(?:of\s+)?", "", raw, flags=re.I).strip()
    start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    base = dict(said=raw, every=every, target=_ARTICLE.sub("", target.strip()), start=start, end=end)
    quoted = _quotes(item)
    if quoted:
        rest = re.sub(_QUOTED, " ", item)
        # "the 'X' line", "the 'X' and 'Y' lines": the quoted labels; other words beside them name no item
        if re.sub(r"\b(?:the|its|and|line|lines|row|rows|items?|charges?|costs?)\b", " ", rest, flags=re.I).strip():
            return Adjustment(items=(), labels=(), **base)
        return Adjustment(items=tuple(quoted), labels=(True,) * len(quoted), **base)
    if _PLURAL_REF.fullmatch(item) or _ONE_REF.fullmatch(item):
        plural = bool(_PLURAL_REF.fullmatch(item))
        stated = stated_amounts(question[:start])
        if stated is not None and not re.match(r"both\b", item, re.I):
            # "those charges": the one item whose amounts the premise states, year by year
            return Adjustment(items=(stated[0],), labels=(False,), amounts=stated[1], premise=(0, start), **base)
        ref_noun = re.fullmatch(r"(?:that|this|the)\s+([a-z\-]+)", item.strip(), re.I)
        items, labels, where = _premise_items(question[:start], plural,
                                              ref_noun.group(1).lower() if ref_noun and not plural else "")
        if re.match(r"both\b", item, re.I) and len(items) != 2:
            items, labels = (), ()
        return Adjustment(items=items, labels=labels, premise=where, **base)
    return Adjustment(items=(_clean(item),), labels=(False,), **base)
