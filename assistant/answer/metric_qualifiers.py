"""The part of a company a facts-path question narrows its metric to, from its wording alone: ``qualifier``
(words right after the metric with "on"/"from", right before it, said to come from it anywhere, or proper names
between the company's possessive and the metric: ``_qualifier_before``, ``_said_parts``), ``part_words`` (a part
named with its kind: "its online channel", "the Gas segment's") and ``narrowed_by_label`` (a row's label says every
word of that part); ``_word_stems`` and ``_QUESTION_WORDS`` (the words every such question uses). Pure text; the
first of the facts path's modules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..finance.registry import METRIC_WORDS, TITLES
from ..query.entities import without_name_asides


_QUESTION_WORDS = set("""
what which who how much many was were is are did does do the a an of in on for to from by at as and or its their
company company's companies report reports reported according spend spent spending amount value figure total
growth grow grew change changed increase increased decrease decreased rise rose fall fell rate percent percentage
cagr compound annual yoy year over versus compared between during fiscal calendar year years quarter quarters
first second third fourth q1 q2 q3 q4 fy h1 h2 us usd dollars billion billions million millions trillion
trillions thousand won one decimal decimals round rounded approximately about roughly give tell show
""".split())
_STEM_STOP = {"the", "a", "an", "and", "of", "on", "its", "their", "incl", "including", "excluding", "excl"}


def _word_stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower().replace("'s", " "))
            if w not in _STEM_STOP and len(w) > 2}


_QUALIFIER = re.compile(r"^\s+(?:on|from)\s+(?:the\s+|its\s+|their\s+|our\s+|[a-z0-9&.\-]+(?:\s+[a-z0-9&.\-]+){0,3}?'s\s+)?"
                        r"([a-z][a-z\- ]*?)"
                        r"(?=\s+(?:in|for|during|at|as|over|between|and|compared|versus|vs|from|to|of|did|does|was|were|is|has|"
                        r"had)\b|\s*[?,.;:()]|\s*$)")


_SOURCE_WORDS = re.compile(r"\b(?:statements?|sheets?|reports?|filings?|10-?[kq]|tables?|notes?|sections?|items?|"
                           r"pages?|documents?|md&a|disclosures?|footnotes?|schedules?|exhibits?|discussion|"
                           r"presentation|release|press|transcript|call)\b")


# words after "on"/"from" that name no part: the operations, the period compared with, a basis, common holders
_NO_PART = {w.rstrip("s") for w in """operation continuing company business consolidated statement filing with prior
    previous last preceding same comparable period beginning end start level ago earlier before then now today gaap
    basis reported whole overall aggregate net common stock share shareholder stockholder shareowner holder owner
    ordinary equity""".split()}


# words before a metric's name that narrow nothing: the whole of it, its period, its basis, its subject
_NOT_A_QUALIFIER = {w.rstrip("s") for w in """total net annual yearly quarterly consolidated reported overall aggregate
    company companywide group gaap full fiscal unadjusted cash average ending opening closing beginning prior previous
    latest last next same respective combined entire whole firm firmwide worldwide global actual headline highest
    lowest largest smallest biggest greatest most least top bottom strongest weakest pay paid spend spent generate
    generated earn earned record recorded recognize recognized book booked post posted incur incurred have had hold
    held make made receive received return returned distribute distributed declare declared issue issued
    improving improved declining declined rising rose falling fell growing grew shrinking expanding expanded
    contracting contracted stable steady healthy strong weak high low higher lower good bad positive negative solid
    robust thin margin profile""".split()}
# what may come right before a qualifier: a noun phrase starts there ("Contoso's subscription revenue", "the
# product sales", "FY2024 recurring revenue", "in deferred revenue", "how much unearned revenue"); a qualifier not
# so placed may be a verb ("did it pay dividends") and is not read
_PHRASE_START = re.compile(r"(?:'s|s'|\b(?:the|its|their|our|his|her|a|an|this|that|these|those|in|of|for|on|from|"
                           r"was|were|is|are|what|which|whose|"
                           r"by|at|with|about|much|many|any|no|total|net|annual|consolidated|fy\s?'?\d{2,4}|"
                           r"(?:19|20)\d{2}|q[1-4]))\s+$", re.I)


def _qualifier_before(original: str, q: str, start: int) -> set[str]:
    """The lower-case words written right before a metric's name at ``start`` that narrow it ("subscription
    revenue", "current deferred revenue", "product sales"): up to three, stopping at a word that narrows nothing
    (``_NOT_A_QUALIFIER``, the question's own words), a possessive, a number or year, or a capitalised word (a
    company or a segment's proper name is left to the other checks); read only where a noun phrase starts right
    before them (``_PHRASE_START``: a possessive, an article, a year, a preposition), never after a bare verb."""
    words: set[str] = set()
    end = start
    for _ in range(5):
        m = re.search(r"([A-Za-z][A-Za-z\-]*|&)\s+$", original[:end])
        if not m or m.end() != end:
            break
        word = m.group(1)
        if word.lower() in ("and", "&") and words and q[m.start(1):m.end(1)] == word.lower():
            # "maintenance and support revenue": a part named by two words joined; the word before must narrow too
            before = re.search(r"([a-z][a-z\-]*)\s+$", q[:m.start(1)])
            stems = _word_stems(before.group(1)) if before else set()
            if before and not before.group(1)[0].isupper() and stems - {w.rstrip("s") for w in _QUESTION_WORDS} \
                    - _NO_PART - _NOT_A_QUALIFIER and original[before.start(1)].islower():
                end = m.start(1)
                continue
            words = set()  # "X and Y revenue" with an X that narrows nothing: not read as a part
            break
        if word[0].isupper() or re.search(r"\d", word):
            break
        stems = _word_stems(word) - {w.rstrip("s") for w in _QUESTION_WORDS} - _NO_PART - _NOT_A_QUALIFIER
        if not stems or q[m.start(1):m.end(1)] != word.lower():
            break
        words |= stems
        end = m.start(1)
    return words if words and _PHRASE_START.search(original[:end]) else set()


# a part of a company a question names with its kind: "its online channel", "the Gas segment's", "from its Acme brand"
_PART_NAMED = re.compile(r"\b(?:its|the|their|our|[\w&.\-]+['’]s?)\s+((?:[A-Za-z][\w&\-]*\s+){1,3}?)(?:reportable\s+|"
                         r"operating\s+)?(?:channel|segment|division|brand|region|subsidiary|banner|business\s+unit|"
                         r"product\s+line|line\s+of\s+business|(?:product\s+|merchandise\s+)?categor(?:y|ies)|"
                         r"department)s?\b", re.I)


def part_words(question: str) -> set[str]:
    """The words naming a part of the company the question asks about ("X's online channel" -> {online}, "the Gas
    segment's" -> {gas}, "its bakery category" -> {bakery}), when it names one with its kind (channel, segment,
    division, brand, region, subsidiary, banner, business unit, product line, product or merchandise category,
    department). General rule: a figure narrowed to a part is answered only from a row
    that names that part; the consolidated total never."""
    out: set[str] = set()
    for m in _PART_NAMED.finditer(question.replace("’", "'")):
        # a capitalised word before the kind is the part's proper name, even one that in lower case names the whole
        # or a basis ("its Aggregates segment", "the Equity division": not "aggregate" or "equity" as a total or a
        # holder; session 29)
        named = {w.lower().rstrip("s") for w in re.findall(r"\b[A-Z][a-z][\w&\-]*", m.group(1))}
        out |= (_word_stems(m.group(1)) - {w.rstrip("s") for w in _QUESTION_WORDS} - _ANY_PART
                - ((_NOT_A_QUALIFIER | _NO_PART) - named))
    return out


# words that name no particular part ("its reportable segments", "each of its segments")
_ANY_PART = {w.rstrip("s") for w in """reportable operating each all both other others combined new main primary core
    key two three four five several various individual respective largest smallest biggest""".split()}


# a part the figure is said to come from, anywhere in the question: "how much of its net sales came from Europe",
# "electric revenue it earned from residential customers", "revenue generated by its Lab Services unit"
_CAME_FROM = re.compile(r"\b(?:came|come|comes|coming|derived|earn(?:ed|s)?|generat(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|"
                        r"sold|attributable|attributed)\s+(?:from|by|in|to|within)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
                        r"((?:[A-Za-z][\w&\-]*\s*){1,4}?)(?=\s+(?:in|for|during|at|over|between|and|compared|versus|vs|of|"
                        r"during|through)\b|\s*[?,.;:()]|\s*$)", re.I)
# proper names right after the company's possessive and before the metric: "Tessaline's Surgical Technologies net
# sales", "Contoso's Cloud Services revenue" (a segment, brand or region named without its kind)
_NAMED_BEFORE = re.compile(r"(?:'s|s')\s+((?:[A-Z][A-Za-z&\-]*\s+){1,3})$")


# the subject of a verb of earning that the company owns: "how much did Contoso's Harbor Select private-label
# products generate in net sales", "how much revenue did Contoso's stores bring in" (a brand, product line, channel
# or unit named without a kind word the registry knows; the company itself is "it", never "Contoso's X")
_OWNED_SUBJECT = re.compile(r"(?:'s|s')\s+((?:[A-Za-z][\w&\-]*\s+){1,5}?)(?:generat(?:e|es|ed|ing)|"
                            r"br(?:ing|ings|inging|ought)\s+in|contribut(?:e|es|ed|ing)|accounts?\s+for|"
                            r"accounted\s+for|earn(?:s|ed)?|produc(?:e|es|ed)|deliver(?:s|ed)?|represent(?:s|ed)?|"
                            r"amount(?:s|ed)?\s+to|rack(?:s|ed)?\s+up)\b", re.I)
# a part named by proper names before a kind word the registry's part kinds leave out: "the revenue of Contoso's
# Azure Cloud business", "its International operations", "its Harbor Select products" (capitalised names only),
# also with descriptive words between the names and the kind: "Contoso's Harbor e-commerce business", "its Quillpoint
# online learning platform", "the Fabrikam specialty pharmacy unit" (the words between: lower case, no function word;
# a name with a digit, a period such as FY2019, is no part: ``_said_parts``)
_NAMED_KIND = re.compile(r"(?:'s|s'|\b[Ii]ts|\b[Tt]heir|\b[Tt]he)\s+((?:[A-Z][\w&\-]*\s+){1,3})"
                         r"(?:(?!(?:of|from|in|for|and|or|to|on|at|by|with|the|its|their|a|an|as|per|than|vs|versus|"
                         r"excluding|including|before|after|less|net)\b)[a-z][\w\-]*\s+){0,3}?"
                         r"(?:business(?:es)?|operations|products|services|franchises?|portfolio|stores|units?|"
                         r"segments?|brands?|subsidiar(?:y|ies)|divisions?|platforms?)\b")
# the named subject of "contribute" asked after an auxiliary: "how much revenue did Harbor Labs contribute to
# Contoso's consolidated revenues", "how much of Contoso's net sales did its acquired Harbor Labs business
# contribute" (a business, a brand or an acquisition; a company does not contribute to its own figure, so the
# contributor is a part of it)
_CONTRIBUTOR = re.compile(r"\b(?:did|does|do|will|would|could|has|have|had)\s+(?:(?:the|its|their|our)\s+)?"
                          r"(?:[a-z][\w\-]*\s+){0,2}((?:[A-Z][\w&.\-]*\s+){1,4}?)(?:[a-z][\w\-]*\s+){0,2}?"
                          r"contribut(?:e|es|ed|ing)\b")
# the subject of a verb of earning asked after an auxiliary, a definite plural of things that is not the company: "how
# much revenue did the 38 offices Halvorsen bought from franchisees contribute", "did the stores it acquired in 2025
# generate", "did its 12 new hotels bring in" (session 33, #10): a company's things earning a figure are a part of it
_THINGS_SUBJECT = re.compile(r"\b(?:did|does|do|will|would|could|has|have|had)\s+(?:the|its|their|our|these|those|(?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*(?:'s|s'))\s+"
                             r"(?:(?:\d[\d,]*|[a-z][\w\-]*)\s+){0,3}?([a-z][a-z\-]*[^s\W]s)\b"
                             r"(?=(?:\s+(?!(?:did|does|do)\b)[\w,'’\-]+){0,8}?\s+(?:contribut(?:e|es|ed)|"
                             r"generat(?:e|es|ed)|br(?:ing|ings|ought)\s+in|earn(?:s|ed)?|produc(?:e|es|ed)|add(?:s|ed)?)\b)")
# a customer a figure is said of: "sales to Fabrikam", "revenue to Northwind Traders" (a proper name, not a period)
_SOLD_TO = re.compile(r"^\s+to\s+((?:[A-Z][\w&\-]*\s*){1,3})")
# words of a period or of time, never a part ("generated in the most recent fiscal year", "in December")
_TIME_WORDS = {w.rstrip("s") for w in """recent latest current past trailing twelve month week day ended ending
    january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec""".split()}


# the kind of a part, which its row's label need not repeat ("its Logistics segment": the "Logistics" row)
_PART_KINDS = {w.rstrip("s") for w in """segment division channel brand region subsidiary unit business line
    banner category categorie department merchandise""".split()}


def _said_parts(original: str, spans: Sequence[tuple[int, int]]) -> set[str]:
    """Part words of ``_CAME_FROM``, ``_OWNED_SUBJECT`` (the company's possessive before the subject of a verb of
    earning), ``_SOLD_TO`` (a customer's proper name after the metric's "to") and ``_NAMED_BEFORE`` (proper names
    before a span of the metric's name), less the words that name no part (the question's own words, a basis, the
    whole, a period, the name of any metric: "generate in net sales" names the measure, not a part). General rule:
    a question that narrows its subject to a named part of the company (a brand, product line, channel, region,
    customer) never gets the whole's figure: only a row naming the part answers, else it is declined."""
    drop = ({w.rstrip("s") for w in _QUESTION_WORDS} | _NO_PART | _NOT_A_QUALIFIER | _ANY_PART | _PART_KINDS
            | _TIME_WORDS | _METRIC_STEMS)
    words: set[str] = set()
    named = [m for m in _NAMED_KIND.finditer(original) if not re.search(r"\d", m.group(1))]
    for m in (*_CAME_FROM.finditer(original), *_OWNED_SUBJECT.finditer(original), *named, *_THINGS_SUBJECT.finditer(original)):
        if not _SOURCE_WORDS.search(m.group(1).lower()):
            words |= _word_stems(m.group(1)) - drop
    for m in _CONTRIBUTOR.finditer(original):
        # the whole it contributes to is the asked metric: named right after "to" ("... to Contoso's consolidated
        # revenues") or asked before the verb ("how much of Contoso's net sales did ... contribute")
        to_metric = any(0 <= s - m.end() <= 60 and re.match(
            r"\s+to\s+(?:(?:the|its|their|our|[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}(?:'s|s'))\s+)?"
            r"(?:[a-z][\w\-]*\s+){0,3}$", original[m.end():s]) for s, _ in spans)
        of_metric = any(e <= m.start() and re.search(r"\bof\b", original[:s][-40:]) for s, e in spans)
        if to_metric or of_metric:
            words |= _word_stems(m.group(1)) - drop
    for s, e in spans:
        m = _NAMED_BEFORE.search(original[:s])
        if m and not re.search(r"\d", m.group(1)):
            words |= _word_stems(m.group(1)) - drop
        m = _SOLD_TO.match(original[e:])
        if m and not re.search(r"\d|\bFY|\b[QH][1-4]\b", m.group(1)):
            words |= _word_stems(m.group(1)) - drop
    return words


# every word of any metric's names in questions ("sales", "income", "cash"): a phrase of them names a measure
_METRIC_STEMS = {w for phrases in METRIC_WORDS.values() for p in phrases for w in _word_stems(p)}


def qualifier(question: str, metric: str, phrases: Sequence[str] = ()) -> set[str]:
    """The words of a part the question narrows its metric to: written right after the metric's name with "on" or
    "from" ("interest expense on deposits" -> {deposit}, "interest income from loans" -> {loan}; a period, a company
    or a currency after "from" is no part: those words are dropped), or right before it ("subscription revenue"
    -> {subscription}, "current deferred revenue" -> {current, deferred}: ``_qualifier_before``), said to come from
    it anywhere ("how much of its net sales came from Europe" -> {europe}), or proper names between the company's
    possessive and the metric ("Tessaline's Surgical Technologies net sales": ``_said_parts``); empty when it
    names none. General rule: the metric's name inside a longer noun phrase is another item (deferred revenue is a
    liability, not revenue); only a row whose label says those words answers it."""
    question = without_name_asides(question)  # "Tailwind's (formerly known as Squall Pay) Squall Wallet app": the app
    original = " " + re.sub(r"\s+", " ", question.replace("’", "'")) + " "
    q = original.lower()
    if len(q) != len(original):  # a letter whose lower case is longer: positions would not line up
        original = q
    names = set(phrases) or {*METRIC_WORDS.get(metric, ()), TITLES.get(metric, "")}
    spans = sorted({(m.start(), m.end()) for p in names if p
                    for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}s?(?![a-z0-9])", q)})
    found: set[str] = set(part_words(question)) | _said_parts(original, spans)
    for s, e in spans:
        if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans):
            continue  # inside a longer name of the metric ("dividends paid" in "dividends paid on common stock")
        found |= _qualifier_before(original, q, s)
        found |= _negated(q[:s], q[e:])
        found |= _named_aside(original[e:], metric, names)
        found |= per_unit(q[e:])
        tail = _QUALIFIER.match(q[e:])
        if tail and _SOURCE_WORDS.search(tail.group(1)):
            continue  # "from the cash flow statement", "from its 10-K": where to read it, not a part of it
        if tail:
            words = _word_stems(tail.group(1)) - {w.rstrip("s") for w in _QUESTION_WORDS}
            words -= _NO_PART
            if words:
                return found | words
        found |= _of_things(original[e:])
    return found


# a metric's name negated by a participle right before or after it: "not yet recognized revenue", "revenue not yet
# billed", "sales yet to be recognized", "income that has not been earned" (a word of time or "been" may stand between)
# ("yet" or a relative clause makes it a state of the amount, not a verb of the question: "has revenue not
# increased?" asks a direction)
_NEGATED_BEFORE = re.compile(r"\b(not|never)\s+yet\s+(?:been\s+)?([a-z]+(?:ed|en))\s+$")
_NEGATED_AFTER = re.compile(r"^\s+(?:(?:(?:that|which)\s+(?:is|was|are|were|has|have|had)\s+)(not|never)\s+(?:yet\s+)?"
                            r"(?:been\s+)?|(not)\s+yet\s+(?:been\s+)?|(yet)\s+to\s+be\s+)([a-z]+(?:ed|en))\b")


def _negated(before: str, after: str) -> set[str]:
    """The words of a negated participle the metric's name stands with (lower-case text right ``before`` and
    ``after`` the name): "contracted but not yet recognized revenue" -> {not, recognized}, "revenue yet to be
    billed" -> {yet, billed}. General rule: an amount "not yet recognized" (billed, earned, paid, incurred) is the
    opposite of the metric's reported figure (a backlog, a deferral, an obligation still to be met), never the row
    of the metric itself: only a row whose label says those words answers it, else the facts path declines."""
    m = _NEGATED_BEFORE.search(before)
    if m:
        return {m.group(1), m.group(2)}
    m = _NEGATED_AFTER.match(after)
    if m:
        return {m.group(1) or m.group(2) or m.group(3), m.group(4)}
    return set()


# a name written in parentheses right after the metric's: "revenue (remaining performance obligations)" (two to five
# words, no digit, no function word: a unit, a period or a basis such as "(in USD millions)", "(as reported)",
# "(net of returns)" is no name)
_ASIDE = re.compile(r"^\s*\(\s*([A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*){1,4})\s*\)")
_ASIDE_NOT = {w.rstrip("s") for w in """i e eg ie aka also called known ttm ltm yoy gaap non-gaap nongaap adjusted
    reported unaudited audited excluding including excl incl less net of in as per with without before after
    usd dollars millions billions thousands""".split()}


def _named_aside(after: str, metric: str, names: set[str]) -> set[str]:
    """The stems of another item's name the question writes in parentheses right after the metric's name
    ("contracted revenue (remaining performance obligations)" -> {remaining, performance, obligation}); empty when
    the parenthesis names the metric itself ("revenue (net sales)", any of the metric's names or title), another
    spelling of the same words, or is no name (a unit, a basis, a period: ``_ASIDE_NOT``). General rule: a question
    that glosses its measure with another item's name asks about that item; the metric's own row never answers
    it."""
    m = _ASIDE.match(after)
    if m is None:
        return set()
    inner = m.group(1).lower()
    words = re.findall(r"[a-z][a-z\-]*", inner)
    if any(w.rstrip("s") in _ASIDE_NOT or w in _QUESTION_WORDS for w in words) or _SOURCE_WORDS.search(inner):
        return set()
    if any(re.search(rf"(?<![a-z]){re.escape(p)}s?(?![a-z])", inner) for p in names | set(METRIC_WORDS.get(metric, ()))
           if p):
        return set()  # the metric's own name: a synonym, not another item
    return _word_stems(inner) - _NOT_A_QUALIFIER - _NO_PART


# a measure asked "per" a unit, right after the metric's name: "revenue per day", "net sales per store", "operating
# income per available room", "cost per ton shipped" (up to three words, up to a function word or punctuation)
_PER_UNIT = re.compile(r"^\s*(?:-\s*)?per(?:\s+|-)(?!(?:the|its|their|our|his|her|a|an|this|that|each|every)\b)((?:[a-z][a-z\-]*\s+){0,2}?[a-z][a-z\-]*)"
                       r"(?=\s+(?:in|for|during|at|as|over|between|and|compared|versus|vs|from|to|of|did|does|was|were|"
                       r"is|has|had|grow|grew|change|changed|increase|increased|decrease|decreased|rise|rose|fall|fell|"
                       r"decline|declined)\b|\s*[?,.;:()]|\s*$)")
# units "per" that are no per-unit measure: a share or unit of equity (earnings and dividends per share are metrics
# of their own), "per cent", and a span of time a flow is already counted over ("revenue per year" is the year's)
_NOT_PER_UNIT = {w.rstrip("s") for w in """share diluted basic common ordinary unit cent year annum annual
    fiscal quarter period""".split()}


def per_unit(after: str) -> set[str]:
    """The words of a unit a measure is asked per, written right after the metric's name (``after``: the lower-case
    text that follows it): "revenue per day" -> {per, day}, "net sales per store" -> {per, store}; empty for no
    such unit, or one of ``_NOT_PER_UNIT`` ("per share", "per cent", "per year"). General rule: a measure asked per
    a unit (per day, per patron, per ton, per employee, per store) is a ratio of the total to a count, never the
    unqualified total: only a row whose label says "per" and the unit answers it, else the facts path declines."""
    m = _PER_UNIT.match(after)
    if m is None or _SOURCE_WORDS.search(m.group(1)):
        return set()  # "revenue per 10-K filings": where it is read, not a unit
    words = _word_stems(m.group(1)) - {w.rstrip("s") for w in _QUESTION_WORDS}
    if not words or words & _NOT_PER_UNIT:
        return set()
    return words | {"per"}


# "net sales of respirators", "revenue of frozen desserts", "sales of its garden tools": the metric's name followed by
# "of" and a plural noun written in lower case (a kind of product, the things sold), no article before it; a company's
# name is capitalised ("net sales of Contoso"), an amount has digits ("revenue of $4 million"), the company itself
# ("of the company") takes an article
_OF_THINGS = re.compile(r"^\s+of\s+(?:its\s+|their\s+)?((?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*[a-z]s)"
                        r"(?=\s+(?:in|for|during|at|as|over|between|and|compared|versus|vs|from|to|did|does|was|were|is|"
                        r"has|had|sold)\b|\s*[?,.;:()]|\s*$)")


def _of_things(after: str) -> set[str]:
    """The stems of a kind of things a metric is narrowed to with "of" (``_OF_THINGS``), less the words that name no
    part (the question's own words, the whole, a basis, a period, any metric's words, "its products" in general)."""
    m = _OF_THINGS.match(after)
    if m is None or _SOURCE_WORDS.search(m.group(1)):
        return set()
    drop = ({w.rstrip("s") for w in _QUESTION_WORDS} | _NO_PART | _NOT_A_QUALIFIER | _ANY_PART | _PART_KINDS
            | _TIME_WORDS | _METRIC_STEMS | {"product", "service", "good", "merchandise", "item"})
    return _word_stems(m.group(1)) - drop


def narrowed_by_label(question: str, metric: str, label: str) -> bool:
    """Whether the row's label says every word of the part the question narrows its metric to (``qualifier``);
    True when the question names no part. General rule: a total never answers a question about one of its parts."""
    return qualifier(question, metric) <= _word_stems(label)
