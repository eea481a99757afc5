"""Yes/no questions decided by the sentence that states the deciding figure: profitability, customer concentration.

Rule: "Is Frostway profitable?", "Does Contoso make money?", "Is the unit loss-making?", "Is it EBITDA-positive?"
ask whether a profit measure (net income, operating income or profit, EBITDA, adjusted EBITDA, earnings,
profit) is positive. A report often answers in the sentence after the one about the company's growth: "Its
adjusted EBITDA was still negative, at a loss of $11 million." So when the selected sentence gives no verdict,
the sentences of its paragraph that are about the same subject are read too, and the one that states the sign
of a profit measure in the report's own voice decides: a loss or a negative measure -> not profitable, a profit
or a positive measure -> profitable. A clause that only expects, plans, targets or reports someone's claim
("expects to break even in 2026", "says it is profitable") states no sign; sentences stating both signs
(positive net income, negative free cash flow... read as a profit measure both ways) decide nothing.

Rule (customer concentration, ``concentration_verdict``): "Does it rely on a small number of customers?" is
answered "Yes" by a filing's sentence stating that its largest customers (ten or fewer) account for a quarter
or more of its sales, or one customer for 10% or more (the threshold at which filers must name a customer),
and "No" by one stating that no customer accounted for 10% or more; the sentence is quoted with the verdict.
"""

from __future__ import annotations

import re

__all__ = ["asks_concentration", "asks_profit", "concentration_verdict", "profit_sign", "profit_verdict"]

_PROFIT_Q = re.compile(
    r"(?i)\b(?:profitable|unprofitable|profitability|make\s+(?:a\s+)?(?:money|profit)|making\s+(?:a\s+)?(?:money|profit)|"
    r"made\s+(?:a\s+)?(?:money|profit)|turn(?:ed)?\s+a\s+profit|earn(?:s|ed|ing)?\s+a\s+profit|loss[- ]making|"
    r"los(?:e|es|ing|t)\s+money|in\s+the\s+(?:red|black)|(?:ebitda|cash[- ]flow)[- ]positive|break(?:s|ing)?\s+even|"
    r"broke\s+even)\b"
)
_NEGATIVE_Q = re.compile(r"(?i)\b(?:unprofitable|loss[- ]making|los(?:e|es|ing|t)\s+money|in\s+the\s+red)\b")
_MEASURE = r"(?:adjusted\s+)?(?:ebitda|ebit|operating\s+(?:income|profit|result|margin)|net\s+(?:income|profit|result)|" \
           r"earnings|profits?|pre-tax\s+(?:income|profit)|bottom\s+line)"
_LOSS = re.compile(
    rf"(?i)\b{_MEASURE}\b[^.;]{{0,40}}?\b(?:was|were|remained|stayed|is|are|turned|went)\s+(?:still\s+|again\s+)?"
    r"(?:negative|below\s+zero|in\s+the\s+red)\b|"
    r"\b(?:net|operating|pre-tax|adjusted|ebitda)\s+loss(?:es)?\b|\bat\s+a\s+loss\s+of\b|\b(?:posted|reported|recorded|made|"
    r"booked|had)\s+(?:a\s+)?(?:net\s+|operating\s+)?loss\b|\bunprofitable\b|\bnot\s+(?:yet\s+|been\s+)?profitable\b|"
    r"\blost\s+money\b|\bloss-making\b|\bnegative\s+" + _MEASURE + r"\b"
)
_PROFIT = re.compile(
    rf"(?i)\b{_MEASURE}\b[^.;]{{0,40}}?\b(?:was|were|remained|stayed|is|are|turned|went)\s+(?:still\s+|again\s+)?"
    r"positive\b|\bpositive\s+" + _MEASURE + r"\b|"
    r"(?<!not\s)(?<!not\syet\s)\bprofitable\b|\b(?:posted|reported|recorded|made|booked|turned|earned)\s+a\s+(?:net\s+|operating\s+)?"
    r"profit\b|\bin\s+the\s+black\b"
)
# a clause that expects, plans or reports a claim states no sign of its own
_NOT_STATED = re.compile(
    r"(?i)\b(?:expects?|expected|plans?|planned|aims?|targets?|forecasts?|projects?|hopes?|intends?|will|would|could|may|"
    r"might|should|says?|said|claims?|claimed|argues?|argued|believes?|believed|guidance|goal|until|before|by\s+(?:19|20)\d\d)\b"
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
        if _LOSS.search(clause):
            signs.add("loss")
        elif _PROFIT.search(clause):
            signs.add("profit")
    return next(iter(signs)) if len(signs) == 1 else None


def profit_verdict(question: str, sentence: str) -> str | None:
    """"Yes"/"No" for a profitability question from a sentence stating the sign (``profit_sign``); None otherwise.
    A question asking about a loss ("Is it loss-making?") is answered the other way round."""
    if not asks_profit(question):
        return None
    sign = profit_sign(sentence)
    if sign is None:
        return None
    negative = bool(_NEGATIVE_Q.search(question))
    return "Yes" if (sign == "loss") == negative else "No"


_CONCENTRATION_Q = re.compile(
    r"(?i)\b(?:rel(?:y|ies|ied|iant)|depend(?:s|ed|ent)?)\s+(?:heavily\s+|largely\s+)?(?:on|upon)\s+(?:a\s+)?(?:small|limited|"
    r"few|handful|concentrated|single|one|several)\b[^?]*\bcustomers?\b|\bcustomer\s+concentration\b|"
    r"\bconcentrated\s+(?:among|in|on)\s+(?:a\s+)?(?:small|limited|few|handful)\b[^?]*\bcustomers\b"
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "twenty": 20}
_SHARE_OF_SALES = r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent)\s+of\s+(?:our\s+|its\s+|total\s+|consolidated\s+)*(?:net\s+)?" \
                  r"(?:sales|revenues?)"
_N = rf"(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})"
_TOP_N = re.compile(rf"(?i)\b(?:(?:largest|top|biggest)\s+{_N}|{_N}\s+(?:largest|biggest))\s+customers\b[^.;]{{0,80}}?"
                    + _SHARE_OF_SALES)
_ONE = re.compile(r"(?i)\b(?:largest|single|one|biggest)\s+customer\b[^.;]{0,80}?" + _SHARE_OF_SALES)
_NONE = re.compile(r"(?i)\bno\s+(?:single\s+|one\s+|individual\s+)?customer\s+(?:accounted|represented|comprised)\s+for\s+"
                   r"(?:more\s+than\s+|over\s+)?10\s?(?:%|percent)|\bno\s+(?:single\s+|one\s+)?customer\s+(?:accounted|"
                   r"represented)\s+(?:for\s+)?10\s?(?:%|percent)\s+or\s+more")


def asks_concentration(question: str) -> bool:
    """Does a yes/no question ask whether the company relies on a few customers?"""
    return bool(_CONCENTRATION_Q.search(question))


def concentration_verdict(question: str, sentence: str) -> str | None:
    """"Yes"/"No" for a customer-concentration question from a sentence stating the largest customers' share of
    sales (see the module's rule); None when the sentence states no such share or the question asks another."""
    if not asks_concentration(question) or _NOT_STATED.search(re.sub(r"(?i)\bcould\b.*", "", sentence)):
        return None
    if _NONE.search(sentence):
        return "No"
    for m in _TOP_N.finditer(sentence):
        count = (m.group(1) or m.group(2)).lower()
        n = _NUMBER_WORDS.get(count) or int(count)
        if n <= 10 and float(m.group(3)) >= 25:
            return "Yes"
    for m in _ONE.finditer(sentence):
        if float(m.group(1)) >= 10:
            return "Yes"
    return None
