"""Yes/no judgements an analyst asks about a company, and the conventions that decide them.

"Is it capital intensive?", "Does it have a healthy quick ratio?", "Is it a high-growth company?", "Is the dividend
sustainable?" have no answer on a statement page; they have figures and a convention. ``CONVENTIONS`` is the one
place those conventions live, as data: the words a question uses, the figure that decides (a calculation over
statement rows), the threshold and the sentence that states the convention in the answer. ``judgement_in`` reads
which one a question asks; the facts path computes the deciding figure (and the supporting ones) and answers
"Yes"/"No" with the figures and the convention, never a bare yes or no.

A quality that no single ratio settles ("capital intensive") names several independent indicators
(``Convention.indicators``, each with its own stated threshold). The answer gives a verdict only when every one of
them is computed and all point the same way (``agreement``); otherwise it gives the figures, what each one
indicates, and no verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Indicator:
    """One more figure that must agree before a verdict is given: "yes" when the measure is above (``above``)
    or at/below the threshold, in the measure's unit."""

    measure: str
    above: bool
    threshold: float
    unit: str
    convention: str  # stated in the answer: "net PP&E above 40% of total assets"


@dataclass(frozen=True)
class Against:
    """A figure the question may ask the deciding figure's numerator to be set against ("capital expenditure compared
    with depreciation"), which the convention reads as context, not as a vote: when the question names it (``words``,
    a regular expression whose longest match picks the figure: the first group's words), the answer shows
    numerator / figure with ``reading`` ("above 1.0x: ...; at or below: ...") and the verdict is left to the
    convention's own figures."""

    numerator: str  # in the definitions grammar: "capital expenditure"
    words: str  # "depreciation( and amortization)?": what the question calls the figure
    reading: tuple[str, str]  # what above 1.0x and at or below 1.0x mean
    convention: str  # stated in the answer


@dataclass(frozen=True)
class Convention:
    key: str
    words: tuple[str, ...]  # how a question asks it (regular expressions, matched case-insensitively)
    measure: str  # the calculation that decides ("capex_to_revenue", "quick_ratio", "revenue_growth", ...)
    above: bool  # True: "yes" when the figure is above the threshold; False: when it is at or below
    threshold: float  # in the measure's unit (10.0 for 10%, 1.0 for 1.0x)
    unit: str  # "%", "x"
    quality: str  # what "yes" means, for the answer: "capital intensive"
    convention: str  # the convention, stated in the answer
    support: tuple[str, ...] = ()  # other figures shown beside the deciding one (not deciding)
    generic: bool = False  # asked without naming a measure ("healthy liquidity"): a named measure wins
    indicators: tuple[Indicator, ...] = ()  # further deciding figures: a verdict only when all agree
    # two measures compared ("did dividends exceed net income?"): the answer states both figures, each cited, and
    # their ratio; the verdict is the comparison of the two, computed
    compared: bool = False
    against: tuple[Against, ...] = ()  # figures set against the numerator when the question names them (context)


PAYOUTS_COVER = "payouts_fcf_cover"
_FCF = r"free[- ]cash[- ]flows?|\bfcf"
_COVER = (r"enough|sufficient|suffice[sd]?|adequate|cover(?:s|ed|ing)?|fund(?:s|ed|ing)?|pay\s+for|financ\w*|"
          r"support\w*|exceed\w*|more\s+than|greater\s+than")
# the same question asked the other way round: "yes" then means the payouts were NOT covered
_SHORT = r"less\s+than|short\s+of|fall\s+short|fell\s+short|insufficient|not\s+enough|lower\s+than|below"
_OVER = r"exceed\w*|surpass\w*|outstrip\w*|more\s+than|greater\s+than|larger\s+than|higher\s+than|above"
_VERB = r"fund|pay\s+for|cover|finance|afford|support|meet"
_DIVIDENDS = r"dividends?"
_BUYBACKS = (r"buy-?backs?|(?:share|stock)\s+repurchases?|repurchas\w*(?:\s+of\s+(?:its\s+)?(?:common\s+)?"
             r"(?:stock|shares))?|treasury\s+stock\s+purchases")
_BOTH = (r"(?:shareholder|stockholder|capital)\s+returns?|returns?\s+(?:of\s+)?(?:cash|capital)\s+to\s+"
         r"(?:shareholders|stockholders|owners)")
_PAYOUTS = f"{_DIVIDENDS}|{_BUYBACKS}|{_BOTH}"


def payouts_inverted(question: str) -> bool:
    """Is the coverage question asked the other way round ("Was free cash flow less than its dividends?", "Did
    dividends and buybacks exceed free cash flow?"), so that "yes" means the payouts were not covered?"""
    q = question.lower()
    return bool(re.search(rf"(?:{_FCF})\b[^?]*?\b(?:{_SHORT})\b[^?]*?\b(?:{_PAYOUTS})", q)
                or re.search(rf"(?:{_PAYOUTS})\b[^?]*?\b(?:{_OVER})\b[^?]*?(?:{_FCF})", q))


_OTHER_USES = (r"acquisitions?|acquir\w+|purchases?\s+of\s+(?:a\s+)?(?:business|businesses|companies|company)|"
               r"(?:debt|loan|note|bond)s?\s+repayments?|repay\w*|pension\s+contributions?|interest\s+payments?")


def other_uses_named(question: str) -> tuple[str, ...]:
    """Uses of cash a coverage question names beside dividends and buybacks ("enough to pay for the Brook Labs
    acquisition, its dividends and its buybacks"). Rule: a coverage verdict counts every use the question names;
    mia reads only dividends and buybacks, so a question naming another use gets no verdict from them."""
    return tuple(m.group(0) for m in re.finditer(rf"\b(?:{_OTHER_USES})\b", question.lower()))


def payouts_asked(question: str) -> tuple[str, ...]:
    """The cash payouts a coverage question names, as metrics, in the registry's order: dividends
    ("dividends_paid"), buybacks ("share_repurchases"), both for "shareholder returns" / "capital returned to
    shareholders"."""
    q = question.lower()
    both = bool(re.search(_BOTH, q))
    out = []
    if both or re.search(rf"\b(?:{_DIVIDENDS})\b", q):
        out.append("dividends_paid")
    if both or re.search(rf"\b(?:{_BUYBACKS})", q):
        out.append("share_repurchases")
    return tuple(out)


# capital intensity has no single test: a large fixed-asset base and a low return on the assets employed are
# read beside the capital spending share of revenue (the thresholds are stated in the answer)
_CAPITAL_INDICATORS = (
    Indicator("fixed_asset_ratio", True, 40.0, "%",
              "net PP&E (with any rental or lease fleet carried apart from it) above 40% of total assets marks a "
              "large fixed-asset base"),
    Indicator("roa", False, 5.0, "%",
              "a return on assets at or below 5% marks a large asset base for the income it earns"),
)

# the interest a coverage question sets against operating earnings, and the questions that set it against another
# measure (cash flow, EBITDA, funds from operations), which the interest-coverage conventions leave alone
_INTEREST_BILL = r"interest\s+(?:expenses?|costs?|charges?|payments?|obligations?|burden)\b"
_NOT_INCOME_COVER = r"^(?![^?]*\b(?:cash|ebitda|ebit|ffo|funds\s+from)\b)[^?]*?"

# "... and compared with depreciation": capital spending against what the asset base wears out says whether the base
# grows or is only kept up, not how heavy it is; shown with that reading when asked, never a vote on intensity
_CAPEX_AGAINST_DEPRECIATION = Against(
    "capital expenditure", r"\b(depreciation(?:\s*(?:,\s*depletion\s*)?(?:and|&)\s*amortization)?)\b",
    ("above 1.0x: adding to its asset base", "at or below 1.0x: replacing what wears out"),
    "capital expenditure above depreciation (more than 1.0x) adds to the asset base, at or below it only replaces what "
    "wears out; it says whether the base grows, not how heavy it is, so it does not decide the verdict")

CONVENTIONS: tuple[Convention, ...] = (
    Convention("capital_intensity", (r"capital[- ]intensive", r"capital[- ]intensity", r"asset[- ]heavy"),
               "capex_to_revenue", True, 10.0, "%", "capital intensive",
               "capital expenditure above 10% of revenue is a common threshold for capital intensity",
               indicators=_CAPITAL_INDICATORS, against=(_CAPEX_AGAINST_DEPRECIATION,)),
    Convention("asset_light", (r"asset[- ]light",), "capex_to_revenue", False, 10.0, "%", "asset light",
               "capital expenditure at or below 10% of revenue is a common threshold for an asset-light business",
               indicators=tuple(Indicator(i.measure, not i.above, i.threshold, i.unit, i.convention)
                                for i in _CAPITAL_INDICATORS), against=(_CAPEX_AGAINST_DEPRECIATION,)),
    Convention("quick_ratio_health", (r"(?:healthy|good|strong|adequate|comfortable|sound)\b[^?.;]*\bquick\s+ratio",
                                      r"quick\s+ratio\b[^?.;]*\b(?:healthy|good|strong|adequate|sound)"),
               "quick_ratio", True, 1.0, "x", "healthy",
               "a quick ratio of at least 1.0x (liquid assets cover current liabilities) is the usual mark of a "
               "healthy quick ratio"),
    Convention("current_ratio_health", (r"(?:healthy|good|strong|adequate|comfortable|sound)\b[^?.;]*\b"
                                        r"(?:current|working\s+capital)\s+ratio",
                                        r"(?:current|working\s+capital)\s+ratio\b[^?.;]*\b(?:healthy|good|strong|"
                                        r"adequate|sound)"),
               "current_ratio", True, 1.0, "x", "healthy",
               "a current ratio of at least 1.0x (current assets cover current liabilities) is the usual mark of a "
               "healthy current ratio"),
    Convention("liquidity", (r"(?:healthy|good|strong|adequate|comfortable|sound|solid)\b[^?.;]*\bliquidity",
                             r"\bliquidity\b[^?.;]*\b(?:healthy|good|strong|adequate|sound|solid)\b",
                             r"\bsufficiently\s+liquid\b"),
               "current_ratio", True, 1.0, "x", "adequately liquid",
               "a current ratio of at least 1.0x (current assets cover current liabilities) is the usual first test "
               "of liquidity", generic=True,
               indicators=(Indicator("quick_ratio", True, 1.0, "x",
                                     "a quick ratio of at least 1.0x (liquid assets, inventory left out, cover "
                                     "current liabilities) is the usual second test"),)),
    Convention("high_growth", (r"high[- ]growth", r"fast[- ]growing", r"rapidly\s+growing", r"growth\s+(?:company|stock)"),
               "revenue_growth", True, 20.0, "%", "a high-growth company",
               "revenue growth above 20% a year is a common threshold for a high-growth company"),
    Convention("dividend_sustainable", (r"dividends?\b[^?.]*\bsustainabl\w*", r"sustainabl\w*\b[^?.]*\bdividends?",
                                        r"dividends?\b[^?.]*\bcovered\b", r"afford\b[^?.]*\bdividends?"),
               "dividend_fcf_coverage", False, 100.0, "%", "sustainable",
               "dividends paid at or below free cash flow (cash from operations less capital expenditure) is the "
               "usual test of a sustainable dividend", generic=True,
               indicators=(Indicator("payout_ratio", False, 100.0, "%",
                                     "dividends at or below net income (a payout ratio of at most 100%) is the "
                                     "usual test from the income statement"),)),
    # "Was free cash flow enough to cover dividends and buybacks?": the question names the measure and what it
    # must cover; the payouts asked (``payouts_asked``) are added up and set against free cash flow
    Convention(PAYOUTS_COVER, (rf"(?:{_FCF})\b[^?]*?\b(?:{_COVER}|{_SHORT})\b[^?]*?\b(?:{_PAYOUTS})",
                               rf"(?:{_PAYOUTS})\b[^?]*?\b(?:covered|funded|financed|paid\s+for|supported|"
                               rf"{_OVER})\b[^?]*?(?:{_FCF})",
                               rf"\b(?:{_VERB})\b[^?]*?\b(?:{_PAYOUTS})\b[^?]*?\b(?:from|with|out\s+of|using|through)\s+"
                               rf"(?:its\s+|their\s+|the\s+)?(?:{_FCF})"),
               "payouts_to_fcf", False, 100.0, "%", "covered",
               "payouts are covered when free cash flow (cash from operations less capital expenditure) is at "
               "least the cash paid out in them"),
    # "Did it pay out more in dividends than it earned?", "Did its cash dividends exceed its net income?": two
    # measures compared; the payout ratio (dividends paid / net income) above 100% is exactly "more than it earned"
    Convention("dividends_over_earnings", (
        rf"\bpa(?:y|ys|id|ying)\s+(?:out\s+)?(?:more|greater)\b[^?]{{0,40}}?\b{_DIVIDENDS}\b[^?]{{0,40}}?\bthan\b"
        rf"[^?]{{0,30}}?\b(?:earn\w*|net\s+income|net\s+earnings|profits?|made)\b",
        rf"\b{_DIVIDENDS}\b[^?]{{0,40}}?\b(?:exceed\w*|surpass\w*|outstrip\w*|(?:more|greater|larger|higher)\s+than)"
        rf"\b[^?]{{0,30}}?\b(?:(?:its|their|the)\s+)?(?:net\s+income|net\s+earnings|earnings|profits?|"
        rf"(?:it|they|the\s+company)\s+(?:earned|made))\b",
        rf"\b(?:net\s+income|net\s+earnings|earnings|profits?)\b[^?]{{0,30}}?\b(?:less|lower|smaller)\s+than\b"
        rf"[^?]{{0,30}}?\b{_DIVIDENDS}\b"),
        "payout_ratio", True, 100.0, "%", "paying out more in dividends than it earned",
        "dividends paid above net income, a payout ratio above 100%, is paying out more than was earned",
        compared=True),
    # "Does it rely heavily on debt financing?": the question of high leverage in other words
    Convention("high_leverage", (r"highly\s+leveraged", r"over[- ]?leveraged", r"too\s+much\s+debt",
                                 r"heavily\s+indebted",
                                 r"\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+(?:heavily|largely|mainly)\s+on\s+"
                                 r"(?:debt|borrow\w*)\b",
                                 r"\b(?:heavily|highly|largely)\s+(?:reliant|dependent)\s+on\s+(?:debt|borrow\w*)\b",
                                 # session 26 (#10): the same question asked of the debt's weight ("Does it carry a heavy
                                 # debt load?", "Is its debt burden high?", "Is it highly levered?"); a debt load asked
                                 # as "a concern" or "manageable" asks more than the ratio (maturities, cover): not read
                                 r"\bheavy\s+(?:load\s+of\s+debt|debt(?:\s+(?:load|burden))?|indebtedness|borrowings?)\b",
                                 r"\b(?:debt|indebtedness)\s+(?:load|burden)\s+(?:is\s+|was\s+|too\s+|very\s+)*"
                                 r"(?:heavy|high|large|excessive)\b",
                                 r"\b(?:highly|heavily)\s+levered\b", r"\bdebt[- ]laden\b"),
               "debt_to_equity", True, 2.0, "x", "highly leveraged",
               "debt above 2.0x equity is a common mark of high leverage",
               # session 26 (#10): a debt load is read with what the company holds in cash and how many times its
               # operating income covers the interest on it; shown for context, they decide nothing
               support=("cash_on_hand", "interest_coverage")),
    # "Can it comfortably cover its interest expense?": interest coverage (operating income / interest expense) above
    # 3.0x; a question naming cash flow, EBITDA or funds from operations asks another measure (``_OCF_COVER`` answers
    # operating cash flow's), never this one
    Convention("interest_covered_comfortably",
               (rf"{_NOT_INCOME_COVER}\b(?:comfortabl[ey]|easily|amply)\s+(?:be\s+able\s+to\s+)?(?:cover|meet|service|pay)"
                rf"\w*\s+(?:for\s+)?(?:its\s+|their\s+|the\s+)?{_INTEREST_BILL}",
                rf"{_NOT_INCOME_COVER}\b{_INTEREST_BILL}\b[^?.;]{{0,40}}\b(?:comfortably|easily|amply)\s+covered\b"),
               "interest_coverage", True, 3.0, "x", "comfortably covering its interest expense",
               "operating income of more than 3.0x interest expense is a common mark of comfortable interest coverage"),
    Convention("profitable", (r"\bprofitable\b", r"\bmake\s+a\s+profit\b", r"\bturn\s+a\s+profit\b"),
               "net_income_sign", True, 0.0, "USD", "profitable",
               "a positive net income is what profitable means here"),
)

_NOT = re.compile(r"\b(?:not|n't|never)\b", re.I)


def judgement_in(question: str) -> Convention | None:
    """The judgement a yes/no question asks ("Is Acme capital intensive?"), or None. A question that asks for
    a reason ("why is it capital intensive?") is not a yes/no judgement."""
    # (", and how did the cushion compare with FY2024?": a comparison with another period asked beside the judgement,
    # no reason: ``compared_period``)
    if re.search(r"\bwhy\b|\bwhat\s+(?:drove|explains)\b|\bhow\s+(?:does|did|has|is)\b(?![^?]*\bcompare)", question,
                 re.I):
        return None
    found = [c for c in CONVENTIONS if any(re.search(w, question, re.I) for w in c.words)]
    if any(not c.generic for c in found):
        found = [c for c in found if not c.generic]
    if len(found) != 1:
        return None
    return found[0]


# payouts as a share of a base that can be negative (net income, free cash flow): a negative share is a payment set
# against a loss or a cash outflow, which the payment exceeds, never one "at or below 100%" of it. Session 26 (#10):
# debt set against equity is the same: debt carried against a stockholders' deficit (total equity below zero) gives a
# negative ratio that is beyond every leverage threshold (the ratio grows without bound as equity falls to zero), never
# one "at or below 2.0x"
SHARE_OF_BASE = {"payout_ratio", "dividend_fcf_coverage", "payouts_to_fcf", "debt_to_equity"}


def decide(c: Convention, value: float) -> bool:
    """Whether the figure meets the convention's quality ("capital intensive": capex share above 10%). A payout's
    share of a negative base (``SHARE_OF_BASE``: dividends against a net loss) counts as above every threshold."""
    if c.measure in SHARE_OF_BASE and value < 0:
        return c.above
    return value > c.threshold if c.above else value <= c.threshold


def indicates(i: Indicator, value: float) -> bool:
    """Whether one further indicator points to "yes" (a payout's share of a negative base: above the threshold)."""
    if i.measure in SHARE_OF_BASE and value < 0:
        return i.above
    return value > i.threshold if i.above else value <= i.threshold


def agreement(c: Convention, value: float, others: "list[float | None]") -> bool | None:
    """The verdict when the deciding figure and every indicator (``others``, in ``c.indicators`` order; None for
    one not computed) point the same way; None when any is missing or they disagree (no verdict is given)."""
    if len(others) != len(c.indicators) or any(v is None for v in others):
        return None
    votes = {decide(c, value), *(indicates(i, v) for i, v in zip(c.indicators, others) if v is not None)}
    return votes.pop() if len(votes) == 1 else None


def verdict(c: Convention, value: float) -> str:
    """"above"/"below"/"at" the threshold, for the answer's wording."""
    if c.measure in SHARE_OF_BASE and value < 0:
        return "against a negative base, so beyond"
    if value == c.threshold:
        return "at"
    return "above" if value > c.threshold else "below"


# a part asking how the judged figure moved over time: a comparative of becoming ("getting smaller", "became more"),
# a verb of moving in its progressive or perfect form ("narrowing", "has improved"), or a comparison with the year
# before ("than a year earlier")
_TREND = re.compile(
    r"(?i)\b(?:getting|becoming|become|became|grow(?:ing|n)?|got|gotten)\s+(?:any\s+|much\s+|a\s+lot\s+)?"
    r"(?:smaller|larger|bigger|narrower|wider|better|worse|more|less|higher|lower|deeper|shallower)\b"
    r"|\b(?:narrow|widen|shrink|improv|deteriorat|worsen|accelerat|slow|ris|fall|declin|increas|decreas|grow|"
    r"shrink|deepen|eas)(?:e|es|ed|ing)?\b(?=[^?]*$|[^?]*\?)"
    r"|\b(?:than|from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:in\s+)?(?:the\s+|a\s+)?(?:prior|previous|preceding)?\s*"
    r"(?:year|fiscal\s+year|period)(?:\s+(?:before|earlier))?\b")
# a clause that asks (an auxiliary or "how" first), not one that grants a premise ("given revenue rose ...")
_ASKING = re.compile(r"(?i)(?:and\s+)?(?:were|was|is|are|has|have|had|did|do|does|how|whether)\b\s+\S")
_CLAUSES = re.compile(r"(?i)[?.;]\s+|,?\s+\band\s+(?=(?:were|was|is|are|has|have|had|did|do|does|if|whether)\b)|,\s+")


_COMPARED_PERIOD = re.compile(r"(?i),?\s+and\s+how\s+(?:does|did|has|is)\b[^?]*?\bcompar\w*\s+(?:with|to|against)\b"
                              r"[^?]*?(?:\b(?:FY\s?'?\d{2,4}|(?:fiscal\s+)?(?:19|20)\d{2})\b|\b(?:the\s+)?(?:prior|previous|"
                              r"preceding)\s+(?:fiscal\s+)?year\b|\ba\s+year\s+(?:earlier|before)\b)"
                              # "..., and was the cushion thinner than in FY2024?": a comparative set against a period
                              # asks the same comparison with that period (General rule: a judgement is answered for the
                              # period it is set against, whichever words compare them)
                              r"|,?\s+and\s+(?:was|were|is|are|has|had|did)\b[^?]*?\b(?:[a-z]+er|more|less)\s+than\s+"
                              r"(?:in\s+|for\s+|at\s+)?(?:\b(?:FY\s?'?\d{2,4}|(?:fiscal\s+)?(?:19|20)\d{2})\b|(?:the\s+)?(?:prior|previous|"
                              r"preceding)\s+(?:fiscal\s+)?year\b|a\s+year\s+(?:earlier|before)\b)")


def compared_period(question: str) -> bool:
    """Does a judgement question ask, beside its verdict, how the judged figures compared with another period ("Did
    free cash flow cover the dividends in FY2025, and how did the cushion compare with FY2024?")? The answer then
    gives the same figures for the period before, each cited, beside the asked period's."""
    return bool(_COMPARED_PERIOD.search(question))


def trend_part(question: str, c: Convention) -> str | None:
    """The part of a yes/no judgement question that asks how the judged figure moved ("Was Contoso profitable in
    FY2025, and were its losses getting smaller?" -> "were its losses getting smaller"), or None. Rule: a judgement
    is answered for every aspect asked; a clause of its own (after "and", a comma or a new sentence) that does not
    restate the judgement's words, is itself asked (an auxiliary or "how" first) and asks a move over time asks the trend of the deciding figure, which needs
    the figure of the period before as well."""
    for clause in _CLAUSES.split(question):
        clause = clause.strip(" ?.,;")
        if not clause or any(re.search(w, clause, re.I) for w in c.words):
            continue
        if _ASKING.match(clause) and _TREND.search(clause):
            return clause
    return None
