"""The filer's reason for a figure's change: ``reason_sentence`` (a sentence of the later figure's filing stating
both figures and a cause, with the sentences going on with it), ``_numerator_reason`` (a margin's change explained
by its numerator's) and ``REASON_LEAD``. Reads ``company_figures.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..finance import formulas as calc
from ..finance.formulas import MissingInput, Withdrawn
from ..finance.registry import TITLES
from ..finance.statements import split_row
from ..text.numbers import parse_numbers
from ..text.planted import strip_planted
from ..text.sentences import sentence_spans
from ..types import Fact
from .quantities import Quantity
from .company_figures import Figure, _Context


_CAUSE = re.compile(r"\b(?:due\s+to|driven\s+by|because|as\s+a\s+result\s+of|reflect(?:s|ed|ing)?|attributable\s+to|"
                    r"owing\s+to|result(?:ed|s|ing)?\s+from|primarily\s+from|mainly\s+from)\b", re.I)
REASON_LEAD = "The filing gives the reason:"
# a sentence going on with the change the sentence before states ("The decrease was primarily due to ...")
_GOES_ON = re.compile(r"(?:the|this|these|that|such)\s+(?:\w+\s+){0,3}?(?:increase|decrease|decline|change|improvement|"
                      r"deterioration|expansion|contraction|drop|rise|reduction|growth|shift|movement)s?\b", re.I)


def _compares_periods(sentence: str, a: Figure, b: Figure) -> bool:
    """Whether a sentence opens by setting the later figure against the earlier period's, the way the change went: "The
    rate for 2026 was lower than the rate for 2025 primarily due to ...", "Our 2026 margin was higher than in the prior
    year because ...". General rule (session 28, #10): after a sentence stating both figures, a sentence comparing the
    two periods the same way the figures moved goes on with that change, as "The decrease was due to ..." does; one
    moving the other way, or set against anything but the earlier period (the statutory rate, a peer), does not."""
    year = re.search(r"(\d{4})$", a.period or "")
    if b.value == a.value or year is None:
        return False
    way = (r"(?:lower|less|smaller|below|down)" if b.value < a.value else r"(?:higher|greater|more|above|up)")
    earlier = rf"(?:{year.group(1)}|(?:the\s+)?(?:prior|previous|preceding|last)\s+(?:fiscal\s+)?(?:year|period))"
    return re.match(rf"(?:the|this|our|its)\s+(?:[\w-]+\s+){{0,5}}?(?:was|were)\s+(?:\w+ly\s+)?{way}\s+than\s+"
                    rf"(?:(?:the|that|its|our|it\s+was)\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:for|in|of|during)\s+)?(?:fiscal\s+)?"
                    rf"{earlier}\b", sentence, re.I) is not None


# the measure referred back to by its head noun, then a verb of its move: "The margin widened because ...", "This rate
# fell mainly because ...", "Our operating margin improved as ..."
_NOUN_MOVED = re.compile(r"(?:the|this|that|our|its)\s+(?:[\w-]+\s+){0,2}?(?:margins?|rates?|ratios?|percentages?|shares?)"
                         r"\s+(?:\w+ly\s+)?(?P<verb>widened|expanded|improved|rose|increased|grew|narrowed|contracted|"
                         r"fell|decreased|declined|dropped|shrank|eased)\b", re.I)
_UP_VERBS = frozenset({"widened", "expanded", "improved", "rose", "increased", "grew"})


def _noun_moved(sentence: str, a: Figure, b: Figure) -> bool:
    """Whether a sentence opens by naming the measure by its head noun and saying it moved the way the figures did
    ("The margin widened because our plants ran closer to capacity"). General rule (session 32, #10): after a sentence
    stating both figures ("Gross profit was $343.4 million, or 24.3% of net revenue, compared with 22.4%"), such a
    sentence goes on with that change, as "The increase was due to ..." does; one saying it moved the other way does
    not."""
    m = _NOUN_MOVED.match(sentence)
    if m is None or b.value == a.value:
        return False
    return (m.group("verb").lower() in _UP_VERBS) == (b.value > a.value)


def _states_figure(sentence: str, fig: Figure) -> bool:
    """Whether a sentence states a figure as printed: a rate to its tenth ("26.1%"), an amount at any scale to the
    precision the sentence prints it with ("$1.1 billion" for 1,093 million)."""
    for n in parse_numbers(sentence):
        if n.kind != "number":
            continue
        if fig.unit == "%":
            if n.unit == "%" and abs(n.value - round(fig.value, 1)) < 0.05 + 1e-9:
                return True
        elif fig.unit == "USD" and n.unit != "%" and n.scale > 1:
            half = 0.5 * 10 ** -n.decimals * n.scale
            if abs(abs(n.value) - abs(fig.value)) <= half + 1e-6 * abs(fig.value):
                return True
    return False


def _offset_after(spans: list[tuple[int, int]], i: int, text: str, length: int) -> int:
    """Where the explanation of sentence ``i`` ends: after the sentences going on with it that weigh against it ("These
    decreases were partially offset by ...", "This was partially offset by ..."), at most two, within 1,200
    characters in all; the end of sentence ``i`` when none follows."""
    end = spans[i][1]
    for j in range(i + 1, min(i + 3, len(spans))):
        nxt = " ".join(text[spans[j][0]:spans[j][1]].split())
        if not (_OFFSET_AFTER.match(nxt) and _CAUSE_OFFSET.search(nxt)) or length + len(nxt) > 1200:
            break
        end, length = spans[j][1], length + len(nxt)
    return end


# a sentence weighing against the change the one before explains: "These decreases were partially offset by ...",
# "This increase was partly offset by ...", "The decline was offset in part by ..."
_OFFSET_AFTER = re.compile(r"(?:the|this|these|that|such|those)\s+(?:\w+\s+){0,3}?(?:increases?|decreases?|declines?|"
                           r"changes?|improvements?|drops?|rises?|reductions?|growth|items?|factors?|impacts?|"
                           r"headwinds?|was|were)\b", re.I)
_CAUSE_OFFSET = re.compile(r"\b(?:partially|partly|in\s+part|somewhat)\s+offset\b|\boffset\s+(?:in\s+part|partially)\b",
                           re.I)


def reason_sentence(ctx: _Context, a: Figure, b: Figure, named: str = "") -> Fact | None:
    """The sentence of the later figure's filing that explains the change from ``a`` to ``b``: it states both figures
    (so it is about this change of this measure, not another) and a cause ("due to", "driven by", "reflects", ...):
    "Our effective tax rate increased to 26.1% in the second quarter compared to 15.6% in the prior-year quarter,
    primarily due to ...". With ``named`` (the measure's name, "operating income"), a sentence naming it and stating
    the change's amount ("Operating income decreased $5.4 billion, or 41.3%, ...") states the change too. The
    sentences going on with it that weigh against it ("These decreases were partially offset by ...") are part of the
    reason. None when no sentence, or two giving different causes, do so; the same cause after two statements of the
    figures (the MD&A's sentence, the note's table row) is one reason, cited where it comes first."""
    if not b.facts:
        return None
    doc = b.facts[0].doc_id
    found: dict[str, Fact] = {}
    meta = ctx.by_id.get(doc)
    pages = (range(1, meta.pages + 1) if meta is not None and meta.pages
             else sorted({f.page for f in ctx.index.facts(doc_ids=[doc])}))
    for page in pages:
        # a passage written for an AI is never read as the filer's reason (``text.planted``)
        text = strip_planted(ctx.index.page_text(doc, page) or "", " ")[0]
        spans: list[tuple[int, int]] = []
        for start, end in sentence_spans(text, split_lines=False):
            open_before = spans and not re.search(r"[.!?:]\W*$", text[spans[-1][0]:spans[-1][1]])
            if open_before and text[start:start + 1] in "(\u201c\"":
                spans[-1] = (spans[-1][0], end)  # "Our effective tax rate" / "(“ETR”) increased to ...": one sentence
            else:
                spans.append((start, end))
        for i, (start, end) in enumerate(spans):
            sent = " ".join(text[start:end].split())
            if len(sent) > 600 or not (_states_figure(sent, a) and _states_figure(sent, b)
                                       or named and _states_change_of(sent, a, b, named)):
                continue
            last = i
            if not _CAUSE.search(sent):
                # "Gross margin was 44.1% compared with 46.0%." / "The decrease was primarily due to ...": the next
                # sentence gives the cause of the change this one states
                nxt = " ".join(text[spans[i + 1][0]:spans[i + 1][1]].split()) if i + 1 < len(spans) else ""
                # (a head noun refers back only to figures stated in prose, never to a table's row of columns)
                if (not ((_GOES_ON.match(nxt) or _compares_periods(nxt, a, b)
                          or _noun_moved(nxt, a, b) and split_row(sent) is None) and _CAUSE.search(nxt))
                        or len(sent) + len(nxt) > 700):
                    continue
                last = i + 1
            end = _offset_after(spans, last, text, len(" ".join(text[start:spans[last][1]].split())))
            sent = " ".join(text[start:end].split())
            # keyed by the cause: the MD&A sentence and the tax note's table row followed by the same explanation are
            # one reason, not two (the first page's is cited)
            cause = " ".join(text[spans[last][0]:end].split())
            f0 = b.facts[0]
            found.setdefault(cause, Fact(doc_id=doc, doc=f0.doc, source=f0.source, page=page, label=sent[:80],
                                        value=b.value, unit=b.unit, period=b.period, company=f0.company,
                                        quote=text[start:end], kind="sentence"))
    return next(iter(found.values())) if len(found) == 1 else None


def _states_change_of(sentence: str, a: Figure, b: Figure, named: str) -> bool:
    """Whether a sentence names the measure (its words in order, "operating income") before stating the amount of its
    change from ``a`` to ``b`` at the precision printed ("Operating income decreased $5.4 billion, or 41.3%, in 2022
    compared to 2021"), with the direction of the change ("decreased" for a fall)."""
    m = re.search(rf"(?i)\b{re.escape(named)}\b", sentence)
    if not m or a.unit != "USD" or b.value == a.value:
        return False
    after = sentence[m.end():]
    down = b.value < a.value
    moved = re.match(r"(?i)\s+(?:(?:was|were|has|have|had)\s+)?(?:\w+ly\s+)?(?P<verb>\w+)", after)
    if not moved or not re.fullmatch(r"(?i)(?:decreas|declin|fell|fall|drop|lower|reduc)\w*" if down else
                                     r"(?i)(?:increas|grew|grow|ros|rise|improv|higher)\w*", moved.group("verb")):
        return False
    return _states_figure(after, replace(b, value=abs(b.value - a.value)))


# a margin of revenue computed by a recipe: its numerator's metric
_MARGIN_NUMERATORS = {"operating_margin": "operating_income", "net_margin": "net_income", "gross_margin": "gross_profit"}


def _numerator_reason(ctx: _Context, q: Quantity, p0: str, p1: str,
                      diff: float) -> tuple[Fact, str, tuple[Figure, ...]] | None:  # fmt: skip
    """The reason for a margin's change when the filer explains only its numerator's ("The decrease in operating
    income was primarily driven by ..."): the numerator moved the way the margin did while revenue moved the other
    way or not at all, so the numerator's change is what moved the margin. General rule: a margin's driver is quoted
    from the sentence explaining its numerator's change only when revenue did not move the same way (then the
    margin's move would be the difference of two moves, which no one sentence explains). Returns the sentence, a
    line saying how each moved and the four figures it states; None otherwise."""
    num = _MARGIN_NUMERATORS.get(q.recipe or "")
    if num is None or q.definition is not None or diff == 0:
        return None
    try:
        n0, n1 = ctx.figure(Quantity(TITLES[num], metric=num), p0), ctx.figure(Quantity(TITLES[num], metric=num), p1)
        r0, r1 = ctx.figure(Quantity(TITLES["revenue"], metric="revenue"), p0), ctx.figure(
            Quantity(TITLES["revenue"], metric="revenue"), p1)
    except (MissingInput, Withdrawn, KeyError, ValueError):
        return None
    if n0.value <= 0 or r0.value <= 0 or (n1.value - n0.value) * diff <= 0 or (r1.value - r0.value) * diff > 0:
        return None
    reason = reason_sentence(ctx, n0, n1, named=TITLES[num])
    if reason is None:
        return None
    nrate, rrate = (n1.value / n0.value - 1) * 100, (r1.value / r0.value - 1) * 100
    way = "rose" if nrate > 0 else "fell"
    rway = "was unchanged" if r1.value == r0.value else f"{'rose' if rrate > 0 else 'fell'} {calc.pct(abs(rrate))}"
    moved = (f"The margin moved with its numerator: {TITLES[num]} {way} {calc.pct(abs(nrate))} ({n0.shown()} to "
             f"{n1.shown()}) while revenue {rway} ({r0.shown()} to {r1.shown()})")
    return reason, moved, (n0, n1, r0, r1)
