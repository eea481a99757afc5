"""Yes/no questions decided by the sentence that states the deciding figure: profitability, customer concentration.

Rule: "Is Frostway profitable?", "Does Contoso make money?", "Is the unit loss-making?", "Is it EBITDA-positive?"
ask whether a profit measure (net income, operating income or profit, EBITDA, adjusted EBITDA, earnings,
profit) is positive. A report often answers in the sentence after the one about the company's growth: "Its
adjusted EBITDA was still negative, at a loss of $11 million." So when the selected sentence gives no verdict,
the sentences of its paragraph that are about the same subject are read too, and the one that states the sign
of a profit measure in the report's own voice decides: a loss or a negative measure -> not profitable, a profit
or a positive measure -> profitable. A clause that only expects, plans, targets or reports someone's claim
("expects to break even in 2026", "says it is profitable") states no sign; sentences stating both signs
(positive net income, negative free cash flow... read as a profit measure both ways) decide nothing. A profit
question is decided by this rule only (``verdict`` does not read "profitable" as a polarity of its own): "carriers
count on fee income to keep the route profitable" is a purpose, and the same sentence's "the route lost money in
three of the last four years" states the loss, so the two signs decide nothing.

Rule (customer concentration, ``concentration_verdict``): "Does it rely on a small number of customers?" is
answered "Yes" by a filing's sentence stating that its largest customers (ten or fewer) account for a quarter
or more of its sales, or one customer for 10% or more (the threshold at which filers must name a customer),
and "No" by one stating that no customer accounted for 10% or more; the sentence is quoted with the verdict.

Rule (how concentrated, ``asks_concentration`` / ``states_concentration``): any question about concentration ("How
concentrated is Contoso's customer base?", "Does it depend on a few suppliers?", "How much of its revenue comes
from its largest customers?", "How concentrated is the kiln market?") is answered only by a sentence that states
the deciding figure: the share held by the largest one or N holders of the asked kind (customers, clients and
buyers, and the partners, resellers, distributors and dealers that bring the revenue; suppliers and vendors; for a
market, its companies) or that no customer reached 10%. "How dependent / reliant is X on its largest partners?" asks
the same (session 9): a sentence saying the dependence only in words does not answer how much. A sentence that
only describes the company is no answer: without such a sentence the question is declined. A yes/no question
("Does it depend on a limited number of suppliers?") may also be answered by a sentence saying the dependence in
words (``speaks_of_dependence``), shown with no verdict unless it states one.
"""

from __future__ import annotations

import re

from ..finance.registry import METRIC_WORDS
from ..text.counts import counting, number_words

__all__ = ["dependence_object", "states_dependence_share", "asks_profit_move", "profit_move_at", "profit_move_verdict", "interpretive_part", "asked_holders", "asks_concentration", "concentration_query", "asks_profit", "concentration_verdict", "profit_sign", "profit_verdict",
           "speaks_of_dependence", "states_concentration"]

_PROFIT_Q = re.compile(
    r"(?i)\b(?:profitable|unprofitable|profitability|ma(?:ke|kes|king|de)\s+(?:an?\s+)?(?:(?!money|profit)[a-z-]+\s+){0,2}?"
    r"(?:money|profit)|turn(?:ed)?\s+an?\s+(?:[a-z-]+\s+)?profit|earn(?:s|ed|ing)?\s+an?\s+(?:[a-z-]+\s+)?profit|loss[- ]making|"
    r"los(?:e|es|ing|t)\s+money|in\s+the\s+(?:red|black)|(?:ebitda|cash[- ]flow)[- ]positive|break(?:s|ing)?\s+even|"
    r"broke\s+even)\b"
)
_NEGATIVE_Q = re.compile(r"(?i)\b(?:unprofitable|loss[- ]making|los(?:e|es|ing|t)\s+money|in\s+the\s+red)\b")
_MEASURE = r"(?:adjusted\s+)?(?:ebitda|ebit|operating\s+(?:income|profit|result|margin)|net\s+(?:income|profit|result)|" \
           r"earnings|profits?|pre-tax\s+(?:income|profit)|bottom\s+line)"
_LOSS = re.compile(
    rf"(?i)\b{_MEASURE}\b[^.;]{{0,40}}?\b(?:was|were|remained|stayed|is|are|turned|went)\s+(?:still\s+|again\s+)?"
    r"(?:negative|below\s+zero|in\s+the\s+red)\b|"
    r"\b(?:net|operating|pre-tax|adjusted|ebitda|underwriting)\s+loss(?:es)?\b(?!\s+ratio)|\bat\s+a\s+loss\s+of\b|"
    r"\b(?:posted|reported|recorded|made|booked|had|produced|incurred|suffered|ran)\s+(?:an?\s+)?(?:[a-z-]+\s+)?loss\b(?!\s+ratio)|\bunprofitable\b|\bnot\s+(?:yet\s+|been\s+)?profitable\b|"
    r"\blost\s+money\b|\bloss-making\b|\bnegative\s+" + _MEASURE + r"\b|"
    # "the unit lost about $1.1 billion in 2023": a money amount lost is a loss
    r"\b(?:lost|loses|losing)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?"
    r"(?:[$€£]\s?|(?:US|EUR|GBP|USD)\s?\$?\s?)\d"
)
_PROFIT = re.compile(
    rf"(?i)\b{_MEASURE}\b[^.;]{{0,40}}?\b(?:was|were|remained|stayed|is|are|turned|went)\s+(?:still\s+|again\s+)?"
    r"positive\b|\bpositive\s+" + _MEASURE + r"\b|"
    r"(?<!not\s)(?<!not\syet\s)\bprofitable\b|\b(?:posted|reported|recorded|made|booked|turned|earned|produced)\s+an?\s+"
    r"(?:net\s+|operating\s+|underwriting\s+)?profit\b|\bin\s+the\s+black\b"
)
# session 26 (#10): a profit measure stated at a positive amount of money ("net income fell to US$13.0 million",
# "operating profit was EUR 212 million") is a profit; a negative amount ("-$3 million", "$(3.0) million") or any loss
# said in the same clause ("turned to a loss of $5 million") is none (``profit_sign`` reads the clause whole)
_PROFIT_AMOUNT = re.compile(
    rf"(?i)\b{_MEASURE}\b[^.;]{{0,40}}?\b(?:was|were|of|to|at|reached|totaled|totalled|amounted\s+to|came\s+to|"
    r"stood\s+at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?"
    r"(?:[$€£]\s?|(?:US|USD|EUR|GBP|CHF|CAD|AUD|NOK|SEK|DKK|JPY)\s?\$?\s?)\d[\d,]*(?:\.\d+)?\s*"
    r"(?:million|billion|thousand|bn|mn|m)\b")
_ANY_LOSS = re.compile(r"(?i)\blos(?:s|ses|t|ing)\b|\bnegative\b|\bdeficit\b|\bin\s+the\s+red\b")
# a clause that expects, plans or reports a claim states no sign of its own ("before" only ahead of a time: "before
# 2027" is a plan, "than the year before." is a comparison)
_NOT_STATED = re.compile(
    r"(?i)\b(?:expects?|expected|plans?|planned|aims?|targets?|forecasts?|projects?|hopes?|intends?|will|would|could|may|"
    r"might|should|says?|said|claims?|claimed|argues?|argued|believes?|believed|guidance|goal|until|before(?!\s*(?:[.;,)]|$))|by\s+(?:19|20)\d\d)\b"
)


def asks_profit(question: str) -> bool:
    """Does a yes/no question ask whether the subject makes a profit (or a loss)?"""
    return bool(_PROFIT_Q.search(question))


def profit_sign(sentence: str) -> str | None:
    """"loss" or "profit" when a clause of the sentence, in the report's own voice, states the sign of a profit
    measure; None when none does or clauses state both."""
    signs = set()
    for clause in re.split(r";|,\s+(?:and|but|while|whereas)\s+|\s+but\s+", sentence):
        if _NOT_STATED.search(clause):
            continue
        # "earned an underwriting profit in 2025 after an underwriting loss in 2024": the earlier period's sign,
        # said after "after/compared with/against/from", is the comparison's, not the clause's own
        clause = re.split(r"(?i)\s+(?:after|compared\s+with|against|versus|(?:up|down)?\s*from)\s+(?:an?\s+)", clause)[0]
        if _LOSS.search(clause):
            signs.add("loss")
        elif _PROFIT.search(clause) or (_PROFIT_AMOUNT.search(clause) and not _ANY_LOSS.search(clause)):
            signs.add("profit")
    return next(iter(signs)) if len(signs) == 1 else None


# "Did the Marina segment become more profitable?", "Did its profitability improve?", "Were margins weaker?": a move of
# profitability asked, not its sign
_PROFIT_MOVE_Q = re.compile(
    r"(?i)\b(?P<up>more\s+profitable|profitability\s+(?:improve|improved|rise|rose|increase|increased|grow|grew|"
    r"strengthen|strengthened)|improved?\s+(?:its|their|the)\s+profitability)\b|"
    r"\b(?P<down>less\s+profitable|profitability\s+(?:decline|declined|fall|fell|decrease|decreased|weaken|weakened|"
    r"deteriorate|deteriorated|worsen|worsened))\b"
)
# a profit measure's own move in a clause: "Marina EBITDA grew 10%", "segment operating income rose",
# "EBITDA margin widened to 41% from 40%"
_MOVE_MEASURE = (r"(?:(?:adjusted|reported|segment)\s+)*(?:ebitda|ebit|operating\s+(?:income|profit|margin)|"
                 r"(?:segment\s+)?profit|net\s+(?:income|profit)|earnings|(?:ebitda|operating|profit|net|pre-tax)\s+margin)"
                 r"(?:\s+margin)?")
_PROFIT_UP = re.compile(rf"(?i)\b{_MOVE_MEASURE}\s+(?:was\s+|were\s+)?(?:increased|rose|grew|improved|expanded|climbed|"
                        r"was\s+up|were\s+up|widened)\b")
_PROFIT_DOWN = re.compile(rf"(?i)\b{_MOVE_MEASURE}\s+(?:was\s+|were\s+)?(?:decreased|fell|declined|dropped|"
                          r"contracted|narrowed|weakened|deteriorated|was\s+down|were\s+down)\b")


def asks_profit_move(question: str) -> str | None:
    """"up" / "down" when a yes/no question asks whether profitability moved that way ("Did the segment become more
    profitable?"); None otherwise (a sign asked, "Is it profitable?", is ``profit_verdict``'s)."""
    m = _PROFIT_MOVE_Q.search(question)
    return None if m is None else "up" if m.group("up") else "down"


def profit_move_at(sentence: str) -> int:
    """Where the first profit measure stated as moving starts in ``sentence`` (-1: none)."""
    found = [m.start() for m in (_PROFIT_UP.search(sentence), _PROFIT_DOWN.search(sentence)) if m]
    return min(found) if found else -1


def profit_move_verdict(question: str, sentence: str) -> str | None:
    """"Yes"/"No" for "Did X become more (less) profitable?" from a sentence in the report's own voice stating how its
    profit measures moved (EBITDA, operating income, segment profit, their margins): every such move one way decides;
    moves both ways (EBITDA up, its margin down) or none decide nothing. General rule: a profitability move is read
    from the profit measure's own stated move, never from revenue or a cost."""
    asked = asks_profit_move(question)
    if asked is None or _NOT_STATED.search(re.split(r"(?i)\b(?:because|due\s+to|as\s+a\s+result)\b", sentence)[0]):
        return None
    ups, downs = bool(_PROFIT_UP.search(sentence)), bool(_PROFIT_DOWN.search(sentence))
    if ups == downs:
        return None
    return "Yes" if (ups and asked == "up") or (downs and asked == "down") else "No"


def profit_verdict(question: str, sentence: str) -> str | None:
    """"Yes"/"No" for a profitability question from a sentence stating the sign (``profit_sign``); None otherwise.
    A question asking about a loss ("Is it loss-making?") is answered the other way round; a question asking a move
    ("more profitable?") by the profit measures' stated move (``profit_move_verdict``)."""
    if asks_profit_move(question):
        return profit_move_verdict(question, sentence)
    if not asks_profit(question):
        return None
    sign = profit_sign(sentence)
    if sign is None:
        return None
    negative = bool(_NEGATIVE_Q.search(question))
    return "Yes" if (sign == "loss") == negative else "No"


_CONCENTRATION_Q = re.compile(
    r"(?i)\b(?:rel(?:y|ies|ied|iant)|depend(?:s|ed|ent)?)\s+(?:heavily\s+|largely\s+)?(?:on|upon)\s+(?:a\s+|any\s+)?(?:small|limited|"
    r"few|handful|concentrated|single|one|several)\b[^?]*\bcustomers?\b|\bcustomer\s+concentration\b|"
    r"\bconcentrated\s+(?:among|in|on)\s+(?:a\s+)?(?:small|limited|few|handful)\b[^?]*\bcustomers\b"
)
_NUMBER_WORDS = {**counting(1, 10), **number_words("twenty")}
_SHARE_OF_SALES = r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent)\s+of\s+(?:our\s+|its\s+|total\s+|consolidated\s+)*(?:net\s+)?" \
                  r"(?:sales|revenues?)"
_N = rf"(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})"
# session 26 (#10): the buyers a filer names its customers by ("our largest dealer group", "our ten largest
# distributors", "our largest client"), perhaps as groups of them, carry the same shares as "customers" do; a
# holder of another kind (a supplier, a partner, a segment) is none of them
_BUYER = r"(?:customer|client|buyer|dealer|distributor|reseller|wholesaler|retailer)"
_BUYER_KIND = r"(?:(?:retail|wholesale|commercial|government|individual|end)\s+)?"
# a dealer group is one owner of many dealerships (one buyer); a "customer group" may be a class of customers (an
# industry), never read as one buyer
_BUYER_ONE = rf"{_BUYER_KIND}(?:dealer\s+group|{_BUYER})"
_BUYERS = rf"{_BUYER_KIND}(?:dealer\s+groups|{_BUYER}s)"
_ANY_BUYER = rf"{_BUYER_KIND}(?:dealer\s+groups?|{_BUYER}s?)"  # negated: "no single dealer group"
_A_CLASS = r"(?!\s+(?:groups?|segments?|categor(?:y|ies)|class(?:es)?|types?|base|sectors?|industr(?:y|ies)|markets?)\b)"
_TOP_N = re.compile(rf"(?i)\b(?:(?:largest|top|biggest)\s+{_N}|{_N}\s+(?:largest|biggest))\s+{_BUYERS}\b{_A_CLASS}[^.;]{{0,80}}?"
                    + _SHARE_OF_SALES)
_ONE = re.compile(rf"(?i)\b(?:largest|single|one|biggest)\s+{_BUYER_ONE}\b{_A_CLASS}[^.;]{{0,80}}?" + _SHARE_OF_SALES)
_NONE = re.compile(rf"(?i)\bno\s+(?:single\s+|one\s+|individual\s+)?{_ANY_BUYER}\s+(?:accounted|represented|comprised)\s+"
                   r"for\s+(?:more\s+than\s+|over\s+)?10\s?(?:%|percent)|\bno\s+(?:single\s+|one\s+)?"
                   rf"{_ANY_BUYER}\s+(?:accounted|represented)\s+(?:for\s+)?10\s?(?:%|percent)\s+or\s+more")


def asks_concentration(question: str) -> bool:
    """Does a yes/no question ask whether the company relies on a few customers?"""
    return bool(_CONCENTRATION_Q.search(question))


_HOLDERS = {
    "customer": r"customers?|clients?|buyers?|accounts?|(?:channel\s+|distribution\s+|software\s+|referral\s+)?partners?|"
                r"resellers?|distributors?|dealers?|licensees?",
    "supplier": r"suppliers?|vendors?|sources?|foundr(?:y|ies)",
    "market": r"players|companies|firms|vendors|suppliers|makers|manufacturers|producers|operators|providers|brands|"
              r"agencies|chains|banks|carriers|groups|competitors|participants",
}
_ANY_Q = re.compile(
    r"(?i)\bhow\s+(?:concentrated|dependent|reliant)\b|\b(?:dependen(?:t|ce)|relian(?:t|ce))\b[^?]{0,60}?\b(?:on|upon)\s+"
    r"(?:a\s+|its\s+|their\s+)?(?:small|limited|few|handful|single|one|several|largest|biggest|top|key|major|main)\b|"
    r"\bconcentrat(?:ed|ion)\b|\b(?:rel(?:y|ies|ied|iant|iance)|depend(?:s|ed|ent|ence)?)\s+"
    r"(?:heavily\s+|largely\s+|mainly\s+)?(?:on|upon)\s+(?:a\s+|any\s+|its\s+|their\s+)?(?:small|limited|few|handful|single|one|"
    r"several|largest|biggest|top|key|major|main)\b|\bhow\s+much\s+of\s+(?:its|their|the\s+company['’]s|[\w&.'’ -]{1,40}?['’]s?)"
    r"\s+(?:net\s+)?(?:revenue|sales|purchases)\s+(?:comes?|came)\s+from\s+(?:its|their)\s+(?:\w+\s+)?(?:largest|biggest|top)"
)


_FIGURES = sorted({w for words in METRIC_WORDS.values() for w in words}, key=len, reverse=True)
# "How dependent was it on net interest income in 2025?": a dependence on a figure of its statements (the figure's
# share of a whole), not on holders of any kind; the figure's name ends the object ("net interest income" then a
# period, a comparison or the question's end), so "reliant on sales to its largest customer" is no such question
_ON_FIGURE = re.compile(
    r"(?i)\b(?:dependent|dependence|reliant|reliance|rel(?:y|ies|ied)|depend(?:s|ed)?)\s+(?:(?:is|was|are|were)\s+"
    r"[^?]{1,60}?\s+)?(?:heavily\s+|largely\s+|mainly\s+)?(?:on|upon)\s+(?:its\s+|their\s+|the\s+)?(?:" + "|".join(re.escape(w) for w in _FIGURES) +
    r")s?(?=\s*(?:[?.,;:]|$)|\s+(?:in|for|during|over|as|relative|compared|versus|at|than)\b)")

_SHARE_STATED = re.compile(r"(?i)\b(?:share|percentage|percent|proportion|fraction)\s+of\b")


def asked_holders(question: str) -> str | None:
    """The kind of holder a concentration question asks about ("customer", "supplier", "market"), or None when
    it asks no concentration (see the module's rule). A dependence on a figure mia knows by name ("how dependent was
    it on net interest income?", ``_ON_FIGURE``) that the question itself asks as a share ("Give net interest income
    as a share of total net revenue"), with no holder named, is that share: None (without the share stated, the
    question stays one of concentration: a level of the figure would answer no dependence)."""
    if not _ANY_Q.search(question):
        return None
    if _ON_FIGURE.search(question) and _SHARE_STATED.search(question) and not re.search(
            rf"(?i)\b(?:{_HOLDERS['customer']}|{_HOLDERS['supplier']})\b", question):
        return None
    for kind in ("customer", "supplier"):
        if re.search(rf"(?i)\b(?:{_HOLDERS[kind]})\b", question):
            return kind
    if re.search(r"(?i)\bmarket|industry|sector\b", question):
        return "market"
    if re.search(r"(?i)\b(?:revenue|sales)\b", question):  # "is its revenue concentrated?": among its customers
        return "customer"
    return None


# how filers state a concentration, for a search of the asked company's filings when the first pages found none
_STATED_AS = {
    "customer": "our largest customer accounted for percent of net sales revenue; our ten largest customers accounted for",
    "supplier": "our largest supplier accounted for percent of purchases; we rely on a limited number of suppliers",
}


def concentration_query(question: str) -> str | None:
    """For a customer or supplier concentration question (``asked_holders``), the words filers state the shares in
    ("our largest customer accounted for 21% of net sales"): searched within the asked company's filings when the
    first search's pages (a cover, a certification) state no share. None for other questions and for a market's
    concentration (a report's wording varies too much)."""
    kind = asked_holders(question)
    return _STATED_AS.get(kind) if kind else None


_DEPENDENCE = re.compile(r"(?i)\b(?:depend\w*|rel(?:y|ies|ied|iant|iance)|concentrat\w*|(?:limited|small)\s+number\s+of|few|"
                         r"single|sole|handful)\b")


def speaks_of_dependence(question: str, sentence: str) -> bool:
    """Does ``sentence`` say in words that the company depends on few holders of the asked kind ("We depend on a
    limited number of suppliers for our resins")? Such a sentence answers a yes/no concentration question, with or
    without a verdict, though it gives no share."""
    kind = asked_holders(question)
    return kind is not None and bool(_DEPENDENCE.search(sentence)) and bool(
        re.search(rf"(?i)\b(?:{_HOLDERS[kind]})\b", sentence))


def _without_legal_dots(sentence: str) -> str:
    """"Our largest customer, Northwind Stores, Inc., accounted for 14% ...": a legal form's full stop ends no clause."""
    return re.sub(r"\b(Inc|Corp|Co|Ltd|LLC|L\.P|N\.V|N\.A|S\.A|U\.S|Bros)\.", r"\1", sentence)


def states_concentration(question: str, sentence: str) -> bool:
    """Does ``sentence`` state the deciding figure of the concentration ``question`` asks about: the share held
    by its largest one or N holders of the asked kind, or that no customer reached 10%?"""
    kind = asked_holders(question)
    if kind is None:
        return False
    sentence = _without_legal_dots(sentence)
    holders = _HOLDERS[kind]
    share = r"[^.;]{0,90}?\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+of\b"  # a share of something, not a growth rate
    pattern = (rf"(?i)\b(?:(?:largest|biggest|top|leading|single|one|sole)\s+(?:{_N}\s+)?(?:[\w-]+\s+)?"
               rf"|{_N}\s+(?:largest|biggest|leading)\s+(?:[\w-]+\s+)?)(?:{holders})\b{share}")
    if re.search(pattern, sentence):
        return True
    if re.search(rf"(?i)\d{{1,3}}(?:\.\d+)?\s?(?:%|percent)\s+of\s+[^.;]{{0,40}}?\b(?:(?:came|comes|come|was|were)\s+)?"
                 rf"from\s+(?:its|our|their|the)\s+(?:{_N}\s+)?(?:largest|biggest|top)\s+(?:[\w-]+\s+)?(?:{holders})\b",
                 sentence):
        return True
    return kind == "customer" and bool(_NONE.search(sentence) or _NAMED_ONE.search(sentence) or _EACH_ONE.search(sentence)
                                       or any(float(m.group(1)) <= 10 for m in _NEGATED_SHARE.finditer(sentence)))


# a negated holder and the share none of them reached: "No one client made up more than 6% of revenue", "Although we
# have no single customer accounting for over 10% of our sales", "we had no sales to any one customer exceeding 10%
# of sales", "none of our customers represented 10% or more" (never "no other customer": the others after the named
# ones say nothing of those named)
_NEGATED_SHARE = re.compile(
    r"(?i)\b(?:no|not|none|never|without)\b(?:\s+(?!other\b|others\b|additional\b)[\w'’-]+){0,5}?\s+(?:" + _ANY_BUYER + r")\b"
    r"(?![^.;]{0,80}?\bother\s+than\b)[^.;]{0,80}?(?:more\s+than\s+|over\s+|exceed\w*\s+|in\s+excess\s+of\s+|at\s+least\s+)?"
    r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent)(?=\s+(?:of|or\s+(?:more|greater))\b)")  # a share, never a growth rate
# a named customer's share: "sales to Northwind Outfitters and its affiliates represented about 9% of our net
# revenue" (sales TO a name: "revenue from Europe" may name a region or a segment)
_NAMED_ONE = re.compile(
    r"(?i)\b(?:sales|revenues?|shipments)\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]*[^.;]{0,140}?\b(?:represented|accounted\s+for|"
    r"comprised|constituted|made\s+up|were|was|totaled|amounted\s+to)\s+(?:approximately\s+|about\s+|roughly\s+|"
    r"nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?" + _SHARE_OF_SALES)
# the largest customers named with one share each: "Contoso, Fabrikam and Litware were our largest customers, at 19%,
# 12% and 8% of sales, respectively"
_EACH_ONE = re.compile(
    r"(?i)\b(?:largest|biggest|top|most\s+significant|major|principal|significant)\s+customers\b[^.;]{0,80}?"
    r"\b(\d{1,3}(?:\.\d+)?\s?%(?:\s*,\s*(?:and\s+)?\d{1,3}(?:\.\d+)?\s?%|\s+and\s+\d{1,3}(?:\.\d+)?\s?%)+)"
    r"(?=[^.;]{0,20}?\brespectively\b)")


def _undecided_disjunct(question: str) -> bool:
    """Does the question's dependence join customers with another thing by "or" ("rely on one buyer or on one
    product family", "on a handful of clients or vendors")? A sentence about customers then judges
    one disjunct only: it may say Yes (one is enough), never No."""
    holders = _HOLDERS["customer"]
    for m in re.finditer(r"(?i)\b(?:or|and/or)\b", question):
        before = question[max(0, m.start() - 60) : m.start()]
        on = list(re.finditer(r"(?i)\b(?:on|upon)\b", before))
        left = re.findall(r"[A-Za-z][\w-]*", before[on[-1].end() :] if on else before)[-4:]
        right = re.split(r"(?i)\b(?:for|in|to|from|based|according|during|at|by|with|than)\b|[,?;:]",
                         question[m.end() :])[0]
        right_words = re.findall(r"[A-Za-z][\w-]*", right)[:5]
        sides = [left, right_words]
        named = [any(re.fullmatch(rf"(?i){holders}", w) for w in side) for side in sides]
        nouns = [[w for w in side if w.lower() not in _QUANTIFIERS] for side in sides]
        if named[0] != named[1] and all(nouns):
            return True
    return False


_QUANTIFIERS = frozenset("a an any on upon one single few small limited number of handful several its their the two "
                         "three large major key big biggest largest top more not otherwise".split())


def concentration_verdict(question: str, sentence: str) -> str | None:
    """"Yes"/"No" for a customer-concentration question from a sentence stating the largest customers' share of
    sales (see the module's rule); None when the sentence states no such share or the question asks another.
    Session 20 (#10): a share said of a negated holder ("we have no single customer accounting for over 10%", "no
    one client made up more than 6%") is the "No" share, never one customer's "Yes"; a named customer's share
    ("sales to Contoso represented 9% of net revenue") and the largest customers' shares listed "respectively" are
    one customer's each; a sentence stating both ways decides nothing; and a question joining customers with
    another thing by "or" ("one buyer or one product family") gets no "No" from a sentence about customers (the
    other disjunct is not judged)."""
    if not asks_concentration(question) or _NOT_STATED.search(re.sub(r"(?i)\bcould\b.*", "", sentence)):
        return None
    sentence = _without_legal_dots(sentence)
    negated = [m for m in _NEGATED_SHARE.finditer(sentence) if float(m.group(1)) <= 10] + list(_NONE.finditer(sentence))
    inside = [(m.start(), m.end()) for m in negated]

    def free(m: re.Match[str]) -> bool:
        return not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in inside)

    yes = False
    for m in _TOP_N.finditer(sentence):
        count = (m.group(1) or m.group(2)).lower()
        n = _NUMBER_WORDS.get(count) or int(count)
        yes |= n <= 10 and float(m.group(3)) >= 25 and free(m)
    for rx in (_ONE, _NAMED_ONE):
        yes |= any(float(m.group(1)) >= 10 and free(m) for m in rx.finditer(sentence))
    for m in _EACH_ONE.finditer(sentence):
        yes |= free(m) and any(float(v) >= 10 for v in re.findall(r"\d{1,3}(?:\.\d+)?(?=\s?%)", m.group(1)))
    if yes and negated:
        return None
    if yes:
        return "Yes"
    if negated and not _undecided_disjunct(question):
        return "No"
    return None


# "How dependent was Contoso on its Falcon program in 2025?", "How reliant is it on the Harbor segment?": the degree of a
# dependence on one named thing of the company's own (a program, a segment, a brand), not on holders of a kind
_HOW_DEPENDENT_ON = re.compile(
    r"(?i)\bhow\s+(?:(?:dependent|reliant)\s+(?:is|was|are|were|has|had)\s+(?:(?!on\b|upon\b)[\w&.'’-]+\s+){1,6}?"
    r"(?:been\s+)?|(?:heavily|much)\s+(?:does|did|do)\s+(?:(?!on\b|upon\b)[\w&.'’-]+\s+){1,6}?(?:depend|rely)\s+)(?:on|upon)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?P<object>(?:(?!(?:in|for|during|over|as|compared|versus|at|than|by|from|to|"
    r"when)\b)[\w&.'’-]+\s*){1,5}?)(?=\s*(?:[?,;]|$)|\s+(?:in|for|during|over|as|compared|versus|at|than|by|from|to|"
    r"when)\b)")
_SHARE_OF = re.compile(r"(?i)\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+of\b")


def dependence_object(question: str) -> str | None:
    """The one thing a "how dependent / reliant was X on ..." question names ("How dependent was Contoso on its
    Falcon program in 2025?" -> "Falcon program"); None for a question about holders of a kind (customers,
    suppliers: ``asked_holders``), about a statement figure (``_ON_FIGURE``), or asking no degree."""
    m = _HOW_DEPENDENT_ON.search(question)
    if m is None or _ON_FIGURE.search(question):
        return None
    obj = " ".join(m.group("object").split())
    if re.search(rf"(?i)\b(?:{_HOLDERS['customer']}|{_HOLDERS['supplier']}|largest|biggest|top|few|small|limited|single|"
                 rf"handful|several|key|major|main)\b", obj):
        return None
    return obj


def states_dependence_share(question: str, sentence: str) -> bool:
    """Does ``sentence`` state the asked thing's share of a whole ("The Falcon program is our largest program,
    generating 31% of our total net sales")? Session 20 (#10): how dependent a company is on one program or segment
    is its share; a sentence about the thing that states no share (its deliveries, its growth rate "increased 14%")
    does not answer how dependent, and without one the question is declined."""
    obj = dependence_object(question)
    if obj is None or not _SHARE_OF.search(sentence):
        return False
    said = {w.lower().rstrip("s") for w in re.findall(r"[\w&'’-]+", sentence)}
    wanted = [w.lower().rstrip("s") for w in re.findall(r"[\w&'’-]+", obj) if len(w) > 1]
    return bool(wanted) and all(w in said for w in wanted)


# a yes/no part asking what a figure means for the company: "does it point to a liquidity problem?", "is that a cause
# for concern?", "does this signal weakness?"
_READS_AS = r"(?:point(?:s|ing)?\s+to|indicat\w*|signal\w*|suggest\w*|impl(?:y|ies)|mean|means|reflect\w*|raise\w*|flag\w*)"
_TROUBLE = (r"(?:problems?|concerns?|risks?|issues?|trouble|worr(?:y|ies)|weakness(?:es)?|red\s+flags?|stress|distress|"
            r"strain|squeeze|crunch|shortfall)")
_INTERPRETIVE = re.compile(rf"(?i)^\s*(?:and\s+)?(?:does|do|did|would|could|might|is|was|are)\s+(?:it|that|this|they|these|"
                           rf"the\s+(?:ratio|figure|result|number|gap|level|shortfall))\s+(?:{_READS_AS}\s+(?:[\w-]+\s+){{0,4}}?"
                           rf"{_TROUBLE}|(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_TROUBLE}|cause\s+for\s+concern))\b")


def interpretive_part(question: str) -> str | None:
    """The part of a question that asks what a figure asked before it means ("What is its current ratio, and does it
    point to a liquidity problem?" -> "does it point to a liquidity problem"), when no judgement convention decides
    it (``query.judgements``: those are answered with their convention); None otherwise.
    A yes/no question about a premise the question states first ("<figure sentence>. Is that a warning sign?") is such
    a part too: the premise's figure, computed again, restates it and settles nothing.
    General rule: a figure answers its own part; whether it points to a problem is a judgement the figure alone does
    not settle (a current ratio below one is usual where customers pay in advance), so such a part is said not to be
    answered rather than left out or given a verdict."""
    from ..query.judgements import judgement_in

    pieces = re.split(r",\s*(?:and\s+)?(?=(?:does|do|did|would|could|might|is|was|are)\b)|\?\s+(?=[A-Z])", question)
    for piece in pieces[1:]:
        piece = piece.strip().rstrip("?").strip()
        if _INTERPRETIVE.match(piece) and judgement_in(piece) is None:
            return piece
    # a premise stated, then a yes/no question about it: "Its product revenue fell 31%. Is that a warning sign?",
    # "... swung to a profit. Does that mean the business improved?": the premise's figure restated is no answer
    for m in _ON_PREMISE.finditer(question):
        if judgement_in(m.group(1)) is None:
            return m.group(1).strip()
    return None


# a yes/no question about what a sentence before it stated ("that", "this" refer back to the premise)
_ON_PREMISE = re.compile(r"(?<=[.!?])\s+((?:Is|Was|Does|Did|Do|Are|Were)\s+(?:that|this)\b[^?]*)\?")
