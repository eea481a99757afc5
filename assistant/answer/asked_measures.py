"""The measure an amount question asks for (``AskedMeasure``, ``asked_measure``): its head family, form, qualifiers,
unit, count, period, group and target; a pick among members asked (``asks_member``), the figures asked one each
(``asked_figures``, ``states_figure_of``), and the head noun of the asked noun phrase when no family names it
(``measure_head``, ``says_head``). Reads the modules before it.
"""

from __future__ import annotations

from functools import lru_cache
import re
from dataclasses import dataclass
from ..text.months import MONTH_TITLE
from .measure_families import (
    PACE_RATE, _ADJUSTED, _FAMILY_RX, _STOP, _families, _levels, _per, _ratio_of, _stem, _words,
)
from .measure_frames import _BASIS_Q, _basis, _case, _dimension, _length
from .stated_figures import _MEASURE_PHRASE_END, _figures
from .asked_counts import _COUNT_Q, _NOT_MOD, _PERIOD_PHRASE, _counted, _doing, _mods, _predicate
from .asked_shares import _OF_LEAD, _PORTION_Q, _PORTION_STATE, _PRONOUN_PART, _SHARE_Q, share_part, share_state

__all__ = ["AskedMeasure", "asked_figures", "asked_measure", "ranked_by", "says_ranked_measure", "states_figure_of", "asks_member"]


_ASKS_MONEY_UNIT = re.compile(r"(?i)\bdollar\s+(?:amount|value|volume)\b|\bin\s+dollar\s+terms\b|"
                              r"\bin\s+(?:usd|us\$|\$|dollars|eur|euros?)\s*(?:thousands|millions|billions|mn|bn)?\b|"
                              r"\bin\s+(?:thousands|millions|billions)\s+of\s+(?:dollars|euros)\b|\bhow\s+many\s+dollars\b|"
                              r"\bin\s+(?:usd\s+|us\$\s*|\$\s*)?(?:millions|billions)\b")
_ASKS_PERCENT_UNIT = re.compile(r"(?i)\bby\s+what\s+percent(?:age)?\b|\bin\s+percent(?:age)?\b|\bas\s+a\s+percent(?:age)?\b|"
                                r"\bwhat\s+(?:share|percentage|percent|proportion|fraction)\b|\bmargins?\b")


@dataclass(frozen=True)
class AskedMeasure:
    """What measure an amount question asks for."""

    family: str  # the head family ("revenue", "margin", "availability", ...)
    form: str  # "level", "share" or "change"
    adjusted: bool  # an adjusted / non-GAAP figure asked
    levels: frozenset[str] = frozenset()  # gross / operating / net ... said of it
    per: str | None = None  # "loaded mile", "hour"
    part: frozenset[str] = frozenset()  # a share's part ("came from its Ridgeback brand" -> ridgeb)
    money: bool = False  # a money unit asked ("in USD millions")
    percent: bool = False  # a percentage asked
    portion: bool = False  # "how much of X went on Y": a share, or the part's amount
    verb: bool = False  # the measure is named by a verb only ("How much did it spend"): a sentence need not name it
    count: bool = False  # "how many": a count, never money or a percentage
    mods: frozenset[str] = frozenset()  # the words right before the head that narrow it ("same-store sales")
    length: str | None = None  # the period's length asked: "quarter", "half" or "year"
    dimension: str | None = None  # a unit's dimension the question names ("GW": power)
    predicate: frozenset[str] = frozenset()  # "how many of its outlets were company-run" -> company-run
    counted: str | None = None  # the noun a count asks for ("how many stores" -> store)
    spent: bool = False  # "spend on X": a sentence saying "invest" or "pay" for it need not name X
    case: str | None = None  # the scenario asked ("in the high case" -> high)
    question: str = ""  # the question itself (whose part of the company it asks: ``_other_scope``)
    basis: str | None = None  # what a share is counted by ("counting visits rather than dollars" -> visit)
    state: frozenset[str] = frozenset()  # a share's state asked ("what share of clinics are understaffed" -> underst)
    doing: tuple[str, ...] = ()  # what the counted things do or are ("how many adults were on X" -> were, on, x)
    group: str | None = None  # the word narrowing the asked group ("did liquid-cooled data centres achieve" -> liquid-cooled)
    target: frozenset[str] = frozenset()  # what was spent on, when no measure names it ("spend on its Phase 3 trial")
_CHANGE_Q = re.compile(r"(?i)\bby\s+how\s+much\b|\bhow\s+far\b|\b(?:below|above|off)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:peak|high|low)\b|\bby\s+what\s+(?:percent(?:age)?|amount)\b|\bhow\s+(?:fast|quickly)\b|"
                       r"\bhow\s+much\s+did\s+.+\b(?:grow|rise|fall|increase|decrease|decline|change)\b|"
                       r"\b(?:growth|change|increase|decrease|decline)\s+(?:rate\s+)?(?:in|of)\b|\bgrowth\s+rates?\b")


# "Which product category made up the largest share ...", "Which revenue line grew fastest ...": which member of a
# kind, the kind followed by its verb ("Among operations, investing and financing, which brought in ..." names none)
_MEMBER_Q = re.compile(r"(?i)^\s*(?:(?:in|from|for|among|of)\s+)?which\s+(?:of\s+(?:the|its|their|these|those)\s+"
                       r"(?:[\w-]+\s+){0,2}?)?(?P<kind>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:had|has|have|grew|grow|"
                       r"grows|made|make|makes|was|were|is|are|did|does|contributed|accounted|saw|posted|generated|"
                       r"delivered|recorded|led|leads|drove|rose|fell|declined|increased|decreased|brought|received|"
                       r"earned|paid|spent|added|lost|gained)\b")
# kinds whose members a figure of the facts path may name: years and periods compared, companies compared
_NOT_MEMBERS = frozenset("year years quarter quarters period periods month months half company companies firm firms "
                         "one ones fiscal".split())


# "What debt instruments made up its total debt principal?", "What items make up other current liabilities?", "which
# businesses comprised the segment?": the parts of a whole asked by their kind (a plural noun), never the whole's figure
_PARTS_Q = re.compile(r"(?i)^\s*(?:what|which)\s+(?P<kind>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\s+(?:(?:made|make|makes)\s+up|"
                      r"comprised|comprise|comprises|composed|constituted|constitute|constitutes|formed|form|forms)\b")


def asks_member(question: str) -> bool:
    """Does the question ask which member of a kind ("Which product category ...?", "Which of its segments grew
    fastest?")? Its answer names a member; a figure of the whole (a lookup, a change, a calculation of the total)
    never answers it. Not for years, periods or companies, nor a question naming its alternatives ("..., A or B?")."""
    parts = _PARTS_Q.search(question)
    if parts is not None and parts.group("kind").split()[-1].lower() not in _NOT_MEMBERS:
        return True
    m = _MEMBER_Q.search(question)
    if m is None or m.group("kind").split()[-1].lower() in _NOT_MEMBERS:
        return False
    return not re.search(r"(?i),\s*(?:[\w.&'’-]+\s+){1,4}or\s+[\w.&'’-]+", question)


# a member ranked by a measure: "contributed more Adjusted EBITDA", "had the highest operating margin", "the largest
# share of revenue" (the comparative or superlative, then up to four words before the measure)
_RANKED_BY = re.compile(r"(?i)\b(?:more|most|less|least|fewer|fewest|higher|highest|lower|lowest|larger|largest|bigger|"
                        r"biggest|greater|greatest|smaller|smallest|top)\s+((?:[\w&'’-]+\s+){0,4}[\w&'’-]+)(?=\s|[?,.;]|$)")


@lru_cache(maxsize=256)  # asked once per candidate by gates.prescore: read each question once
def ranked_by(question: str) -> frozenset[str]:
    """The measure families a question ranks members by ("Which of its segments contributed more Adjusted EBITDA in
    Q2?" -> {ebitda}); empty when it ranks by none it names."""
    return frozenset(f for m in _RANKED_BY.finditer(question) for f, _, _ in _families(m.group(0)))


def says_ranked_measure(question: str, said: str) -> bool:
    """May ``said`` (a quote with its heading and the sentence before) answer a question ranking members by a measure
    (``ranked_by``)? Not when it states no measure at all; True when the question ranks by none. General rule
    (session 30, #11): "which segment contributed more Adjusted EBITDA" is never answered by a quote naming no measure
    (a chief executive's words on the quarter): it says nothing of which member ranks first. A quote stating figures
    ("the biggest categories were network security (26%), ...") may rank members by them, whatever it calls them: the
    ranking rules judge it. (A quote naming another measure is left to the ranking rules, ``scoring.ranks_members``.)"""
    return not ranked_by(question) or bool(_families(said)) or bool(_figures(said))


# "X reports both system-wide sales and revenue. What were the two figures?": the measures named, each a figure asked
_FIGURES_ASKED = re.compile(r"(?i)\b(?:the|these|those|both)\s+(?:two|2|three|3)?\s*(?:figures|numbers|amounts|measures|values)\b|"
                            r"\bboth\s+(?:figures|numbers|amounts)\b")
_BOTH = re.compile(r"(?i)\bboth\s+(?P<a>[a-z][\w'’ -]{2,40}?)\s+and\s+(?P<b>[a-z][\w'’ -]{2,40}?)(?=\s*[.?,;]|\s+(?:in|for|at|during|"
                   r"as)\b)")


def asked_figures(question: str) -> tuple[str, ...]:
    """The measures a question asks one figure each of when it says so ("... reports both system-wide sales and
    revenue. What were the two figures for fiscal 2025?" -> system-wide sales, revenue); () otherwise."""
    if not _FIGURES_ASKED.search(question):
        return ()
    m = _BOTH.search(question)
    return (m.group("a"), m.group("b")) if m else ()


def states_figure_of(measure: str, text: str) -> bool:
    """Does a figure of ``text`` have ``measure``'s words (its stems, names and function words aside) in the words
    that govern it or its clause?"""
    want = {w for w in _words(measure) if not re.fullmatch(r"\d+", w)}
    return bool(want) and any(want <= _words(f"{f.words} {f.clause}") for f in _figures(text))


_VERB_HEAD = re.compile(r"(?i)(?:spend|spent|spending|pay|paid|paying|cost|costs)$")
_AUX = re.compile(r"(?i)\b(?:did|does|do|will|would|to|was|were|is|are|been)\s+(?:[\w'’.&-]+\s+){0,4}$")


# "What average PUE did liquid-cooled data centres achieve?": the group whose figure is asked, narrowed by the
# lower-case word before its noun (names and places are the other checks')
_GROUP_Q = re.compile(r"(?<!number )(?<!share )(?<!percentage )(?<!proportion )(?<!amount )(?<!fleet )\bof\s+(?P<mod2>[a-z][a-z-]*[a-z])\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s*(?=\b(?:in|during|at|for|as)\b|[?,]|$)|"
                      r"\b(?:did|do|does)\s+(?P<mod>[a-z][a-z-]*[a-z])\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+(?:achieve|have|had|report|"
                      r"record|post|see|saw|generate|earn|reach|deliver|average|pay|spend|charge|make|receive|get|use|need)\b")


def _group(question: str) -> str | None:
    m = _GROUP_Q.search(question)
    mod = m and (m.group("mod") or m.group("mod2"))
    if not mod or mod in _NOT_MOD or mod in ("all", "most", "some", "such", "other", "these", "those", "both", "each",
                                             "many", "few", "which", "what", "whose", "them", "they", "it", "us",
                                             "our", "their", "its", "whom") or _families(mod):
        return None  # "the statement of cash flows": a measure word narrows no group
    return _stem(mod)


_SPENT_ON = re.compile(r"(?i)\b(?:spend|spent|spending|invest|invested|pay|paid)\s+(?:on|in|for)\s+(?P<what>[^?,;]+)")


def _target(question: str) -> frozenset[str]:
    """The stems of what a spending question asks about when no measure names it ("How much did Contoso spend on its
    Phase 3 trial of CT-201 in 2025?" -> phase, trial, ct-201)."""
    m = _SPENT_ON.search(_PERIOD_PHRASE.sub("", question))
    return frozenset(w for w in _words(m.group("what")) if not re.fullmatch(r"\d+", w) and w not in _PERIOD_STEMS) \
        if m else frozenset()


_PERIOD_STEMS = frozenset(_stem(w) for w in "first second third fourth quarter quarters half year years month months "
                          "fiscal calendar period".split())


_PERCENTAGE_HEAD = re.compile(r"(?i)\b([a-z][\w-]*)\s+percentages?\b")


def asked_measure(question: str) -> AskedMeasure | None:
    """The measure an amount question asks for: the family of the head noun of the noun phrase it asks about (the
    last family named before the phrase ends; "share" when the question asks what share/percentage of X); None
    when it names no family (its measure is left to the other checks)."""
    # "its occupancy percentage": a percentage headed by a noun that names no measure family is that noun's rate
    q = _PERCENTAGE_HEAD.sub(lambda m: m.group(0) if _FAMILY_RX.fullmatch(m.group(1)) or m.group(1).lower() in _STOP
                             else f"{m.group(1)} rate", question)
    basis = _BASIS_Q.search(q)
    if basis is not None:  # "Counting revenue rather than patients, ...": the basis names no asked measure
        q = q[: basis.start()] + " " + q[basis.end() :]
    verb = spent = False
    # "Of its total debt, how much was owed to related parties?": the whole said first, a share of it asked (_OF_LEAD)
    form = ("share" if _SHARE_Q.search(q) or _PORTION_Q.search(q) or _PORTION_STATE.search(q) or _OF_LEAD.search(q)
            else "change" if _CHANGE_Q.search(q) else "level")
    cause = re.search(r"(?i)\b(?:because|due\s+to|as\s+a\s+result\s+of|driven\s+by|owing\s+to)\b", q)
    found = [f for f in _families(q) if cause is None or f[1] < cause.start()]  # "because of cost" names no measure
    count = bool(_COUNT_Q.search(q))
    length, dimension = _length(q, asked=True), _dimension(q)
    mods: frozenset[str] = frozenset()
    if form == "share":
        family = "share"
    else:
        found = [f for f in found if f[0] != "share" or re.search(r"(?i)\bmarket\s+share\b", q[max(0, f[1] - 8) : f[2]])]
        if not found:
            money = bool(_ASKS_MONEY_UNIT.search(q))
            if not (count or length or dimension or _case(q) or money or _group(q)):
                return None
            # "How many of its outlets were company-run?": no measure family, but a count, a period length or a
            # unit asked still binds the figure
            return AskedMeasure(family="", form=form, adjusted=False, count=count, length=length, dimension=dimension,
                                case=_case(q), money=money, question=q,
                                predicate=_predicate(q) if count else frozenset(), per=_per(q),
                                counted=_counted(q) if count else None, doing=_doing(q) if count else (),
                                group=_group(q))
        # the head of the asked noun phrase: the last family before the phrase ends ("EBITDA margin" -> margin,
        # "revenue per loaded mile" -> revenue, "cost of sales" -> cost)
        first = found[0]
        end = _MEASURE_PHRASE_END.search(q, first[2])
        stop = end.start() if end else len(q)
        heads = [f for f in found if f[1] < stop] or [first]
        if len(heads) > 1 and heads[-1][0] == "rate" and re.search(r"(?i)\bgrowth\s+$", q[: heads[-1][1]]):
            heads = heads[:-1]  # "same-store sales growth rates": the growth of sales, not a rate of its own
        family = heads[-1][0]
        head = heads[-1]
        pace = family == "rate" and bool(PACE_RATE.search(q))
        if pace:  # "the monthly 737 production rate": things made per period, a count's pace, no rate family (and
            family = ""  # "production" names the pace, no narrowing word: "737 output ... at 38 aircraft a month")
        if _ratio_of(q):
            family = "ratio"  # "net debt to adjusted EBITDA", "debt-to-equity": the ratio of two measures is asked
        verb = bool(_VERB_HEAD.match(q[head[1] : head[2]]) and _AUX.search(q[max(0, head[1] - 60) : head[1]]))
        on = next((f for f in found if f[1] > head[2] and re.fullmatch(r"(?i)\s+(?:on|for)\s+(?:[\w'’-]+\s+){0,3}",
                                                                        q[head[2] : f[1]])), None)
        spent = verb
        if verb and on is not None:  # "How much did it spend on share repurchases": the measure is what it spent on
            family, verb, head = on[0], False, on
        mods = _mods(q, head[1]) if not verb and not pace else frozenset()
    per = _per(q)
    return AskedMeasure(family=family, form=form, adjusted=bool(_ADJUSTED.search(q)), levels=frozenset(_levels(q)),
                        per=per, part=share_part(q) - _PRONOUN_PART, money=bool(_ASKS_MONEY_UNIT.search(q)),
                        state=share_state(q) if form == "share" and not share_part(q) else frozenset(),
                        basis=_basis(question),
                        target=_target(q) if spent and family in ("cost", "pay", "") else frozenset(), group=_group(q),
                        percent=bool(_ASKS_PERCENT_UNIT.search(q)), verb=form != "share" and verb,
                        portion=bool(_PORTION_Q.search(q)), count=count, mods=mods, length=length,
                        dimension=dimension, counted=_counted(q) if count else None, spent=form != "share" and spent,
                        doing=_doing(q) if count else (),
                        # session 33 (#10): a part of a whole in a state is asked of a measure's family too ("how many
                        # of its employees were represented by labor unions": a headcount): a figure of the whole that
                        # says no word of the state does not answer it
                        predicate=_predicate(q) if count else frozenset(),
                        case=_case(q), question=q)


# a period phrase closing the asked noun phrase ("in 2024", "for fiscal 2025", "during the first half of 2024")
_CLOSING_WORDS = (r"(?:(?i:the|its|their|fiscal|calendar|financial|full|whole|first|second|third|fourth|half|quarter|"
                 r"year|six|nine|twelve|months?|weeks?|ended|ending|end|of)|" + MONTH_TITLE + r"|\d{1,2},?)")
_CLOSING_PERIOD = re.compile(rf"[\s,]+(?i:in|for|during|at|as\s+of|by|over|through|since|between)\s+(?:{_CLOSING_WORDS}\s+){{0,6}}"
                             r"(?:(?:19|20)\d\d(?:[-–/]\d\d)?|(?i:fy)\s?\d{2,4}|(?i:q)[1-4])\b.*$")
_COPULA_FRAME = re.compile(r"(?i)^(?:[^,]*,\s*)?(?:what|how\s+much|how\s+large|how\s+big)\s+(?:was|were|is|are|will\s+be|"
                           r"has\s+been|have\s+been)\s+(?P<np>.+)$")
_DO_FRAME = re.compile(r"(?i)^(?:[^,]*,\s*)?(?:how\s+much|what(?:\s+amount)?)\s+(?:did|do|does|will|would|can|could)\s+(?P<rest>.+)$")
# "What tolls did it collect": the noun asked before the do-frame ("how much power does it draw" names a substance
# whose amount its unit states, "120 kW": no noun to say)
_NOUN_FRAME = re.compile(r"(?i)^(?:[^,]*,\s*)?(?:what|which)\s+(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:did|do|does|"
                         r"will|would|has|have|had)\b")
_NP_PREP = re.compile(r"(?i)^(?:of|in|on|for|per|from|at|to|by|with|under|over|into|across|among|through|during|as|"
                      r"than|and|or|that|which|who)$")
_NOT_HEAD = frozenset("""much many total amount amounts figure figures value values level levels number numbers sum
    worth it they them this that these those one ones all both each year years quarter quarters half month months
    period periods date time average""".split())


# nouns that ask what happened or how things stand, not how much: "what was the outcome of the rate case" is answered
# by a sentence telling it ("the commission approved a $42 million increase"), which need not say "outcome"
_DESCRIBED = frozenset("""outcome result status state effect impact reason cause nature purpose terms basis consequence
    response decision conclusion ruling verdict progress situation condition strategy plan approach rationale
    significance""".split())


# nouns of a statement about a measure, not the measure: "the forecast for installations" asks installations
_STATEMENT_NOUN = re.compile(r"(?i)^(?:forecasts?|estimates?|projections?|outlook|expectations?|predictions?|guidance|"
                             r"targets?|goals?|figures?|numbers?|levels?|values?|amounts?|totals?)$")


def _np_head(np: str) -> str | None:
    """The head of a noun phrase: the last word before its first preposition or relative word ("taxes on online
    betting" -> taxes; "online sports betting handle" -> handle), a participle after it skipped ("the amount
    wagered on ..." -> amount); a statement noun's measure is the phrase after its "for/of" ("the forecast for
    offshore installations" -> installations)."""
    words, rest = [], []
    split = np.split()
    for k, w in enumerate(split):
        if _NP_PREP.match(w.strip(",;:")):
            rest = split[k:]
            break
        words.append(w.strip(",;:'’\"()"))
    qualified = False
    while words and re.fullmatch(r"(?i)[a-z]+ed", words[-1]) and len(words) > 1:
        words.pop()  # "the total amount wagered": a participle qualifying the head
        qualified = True
    if words and not qualified and _STATEMENT_NOUN.match(words[-1]) and rest and rest[0].lower() in ("for", "of"):
        return _np_head(" ".join(rest[1:]))
    return words[-1] if words else None


def measure_head(question: str) -> str | None:
    """The head noun of the noun phrase an amount question asks about, read from its frame: "what was/were NP",
    "how much did S <verb> <prep> NP", "what NP did S <verb>" ("how much did states collect in online sports betting
    taxes in 2024" -> "taxes"; "what was Illinois's online sports betting handle in 2024" -> "handle"). None for a
    verb asked alone ("how much did the segment earn"), a name, a word that names no measure ("total", "amount"), a
    portion ("how much of X came from Y"), a share, count, length or change (their own checks read those), or any
    other frame."""
    q = question.strip().rstrip("?.! ")
    if re.search(r"(?i)\bhow\s+much\s+of\b|\bhow\s+many\b|\bhow\s+(?:long|far|fast|quickly)\b", q) \
            or _SHARE_Q.search(q) or _CHANGE_Q.search(q):
        return None
    q = _CLOSING_PERIOD.sub("", q).rstrip(" ,")
    head = None
    if (m := _COPULA_FRAME.match(q)) is not None:
        head = _np_head(m.group("np"))
    elif (m := _NOUN_FRAME.match(q)) is not None:
        head = _np_head(m.group("np"))
    elif (m := _DO_FRAME.match(q)) is not None:
        words = m.group("rest").split()
        at = next((k for k, w in enumerate(words) if _NP_PREP.match(w) and k > 0), None)
        if at is None or words[at].lower() not in ("in", "on", "as", "into", "from"):
            return None  # "How much did the unit earn": the verb is the measure, no noun to say
        head = _np_head(" ".join(words[at + 1 :]))
    if head is None or not re.fullmatch(r"[a-z][a-z-]{2,}", head) or head in _STOP or head in _NOT_HEAD \
            or _FAMILY_RX.fullmatch(head) or _DESCRIBED & {head, re.sub(r"s$", "", head)}:
        return None
    return head


def says_head(head: str, text: str) -> bool:
    """Does ``text`` say the head noun (any inflection, or a word built on it: "taxes" ~ "tax", "taxable")?"""
    base = head.lower()
    if base.endswith("ies") and len(base) > 4:
        base = base[:-3]
    elif re.search(r"(?:ss|x|ch|sh)es$", base):
        base = base[:-2]
    elif base.endswith("s") and not base.endswith("ss"):
        base = base[:-1]
    return bool(re.search(rf"(?i)\b{re.escape(base[:max(3, len(base) - 1)] if base.endswith('e') else base)}", text))
