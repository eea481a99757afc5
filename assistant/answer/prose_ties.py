"""Which measure a shown figure is tied to, and whether it is the asked one (issues 10 and 11).

General rule: a figure shown as the answer to an amount question must be bound to the asked measure by the words
that govern it. In a sentence those are the noun phrase the figure is attached to: "<measure> of/was/rose to $N",
"$N of <measure>", "N% of <base>" (a share), "<measure> rose N%" (a change), the noun a parenthesis qualifies
("sign-on bonuses (commonly $8,000 to $15,000)"); in a table row, its label and the table's caption and unit line.
The asked measure is read from the question the same way (its head noun and the qualifiers that narrow it).

- **Families** (``FAMILIES``): measure nouns that name the same thing ("revenue", "sales", "turnover") are one
  family; a figure whose governing words name another family (a bonus for an hourly pay, a margin for a bill
  rate, letters of credit for unused capacity, a revenue cell for net profit) does not answer.
- **Form**: a level, a share ("N% of X", "accounted for N%") and a change ("rose N%") are different answers: a
  margin or a rate asked is not answered by a share of a total, a share asked not by a level.
- **Qualifiers that contrast** (``_CONTRAST``): adjusted / non-GAAP vs reported; gross vs operating vs net (a
  margin, a profit); the unit after "per" ("per loaded mile" vs "per total mile", "per hour"). A figure whose
  governing words carry another value of a contrast the question sets is another measure's.
- **The part of a share** (``share_part``): "What share of revenue came from its Ridgeback brand?" is answered
  only by a share whose own subject names the part; a part named only inside an aside ("which includes travel
  nursing", "including ...") is not the subject (a segment's share is not one of its parts').
- **Kind**: a money unit asked ("in USD millions") is never answered by a percentage, a percentage never by money.

``figure_ties(question, text)`` gives each figure's verdict: ``TIED`` (its words name the asked measure),
``OTHER`` (they name another) or ``UNKNOWN`` (they name none); ``answers(...)`` decides for a candidate: a
figure tied, or an unknown one in a sentence (or table line) that, with the sentence before, its heading or title,
names the asked measure; never when every figure is another measure's. A question whose measure is not read (no
family named) is left to the other checks.

The ties are split by what the code is about, each module importing only the ones before it:
``measure_families.py`` (``FAMILIES``, ``_families``) -> ``measure_frames.py`` (period length, span, scenario,
dimension, basis) -> ``stated_figures.py`` (``Figure``, ``governing``) -> ``asked_counts.py`` -> ``asked_shares.py``
-> ``asked_measures.py`` (``AskedMeasure``, ``asked_measure``, ``measure_head``) -> ``tie_rules.py`` -> this module
(``TIED`` / ``OTHER`` / ``UNKNOWN``, ``_tie``, ``figure_ties``, ``answers``, ``row_tie``).
"""

from __future__ import annotations

import re
from .measure_families import (
    _ADJUSTED, _COMPATIBLE, _DIMENSION_FAMILY, _MONEY_FAMILIES, _PERCENT_FAMILIES, _families, _head, _levels, _per,
    _ratio_of, _stems_of, _words,
)
from .measure_frames import _case, _length, _same_point, other_basis
from .stated_figures import Figure, _MONEY, _aside_free, _figures
from .asked_counts import (_COUNT_NOUN, _counts_other, counted_said, covered_count, employed_count, employs_staff,
                           predicate_disagrees, counts_things, other_tenure, headcount_figure, staff_asked, staff_counted)
from .asked_shares import portion_part, state_words
from .asked_measures import AskedMeasure, asked_measure, measure_head, says_head
from .tie_rules import (
    _AVERAGE_ASKED, _PER_UNIT_SAID, _attributive, _average_for_total, _bound_to_other_noun, _counts_other_subject,
    _for_another_kind, _other_scope, _own_words, _whole_of_part,
)

__all__ = ["OTHER", "TIED", "UNKNOWN", "answers", "figure_ties", "may_state_share", "row_tie", "says_group", "tied_spans"]


TIED, OTHER, UNKNOWN = "tied", "other", "unknown"
_CAUSE_SAID = re.compile(r"(?i)\b(?:due\s+to|driven\s+by|primarily\s+(?:from|by|for)|mainly\s+(?:from|by|for)|reflect(?:s|ed|ing)?|"
                         r"as\s+a\s+result\s+of|because\s+of|attributable\s+to|owing\s+to|resulting\s+from|led\s+by)\b")


_GROWTH_RATE = re.compile(r"(?i)\bgrowth\s+rates?\b|\brates?\s+of\s+(?:growth|increase|expansion)\b")


def _tie(asked: AskedMeasure, words: str, form: str, kind: str, per: str | None, subject: str, context: str,
         clause: str = "", unit: str | None = None, opening: str = "", around: str = "", after: str = "",
         head: str = "") -> str:
    """The verdict for one figure: ``TIED``, ``OTHER`` or ``UNKNOWN`` (see the module's rules)."""
    if asked.money and kind in ("percent", "points") or asked.percent and kind == "money":
        return OTHER  # "in USD millions" is never a percentage; a share or margin never money
    if asked.money and kind == "number" and _COUNT_NOUN.match(after):
        return OTHER  # a dollar amount asked: "originated 6,912 loans" counts loans, it is no amount of money
    if asked.count and (kind == "money" or kind == "percent" and asked.form != "share"):
        # "how many": a count, never an amount of money or a percentage. A share asked of a counted whole ("what
        # percentage of the total number of employees were unionized", "how many people ..., and what percentage of
        # them ...") is a percentage: "45% of our workforce was represented by unions" states it (session 28)
        return OTHER
    # session 33 (#10): the state may follow the figure in its own clause ("About 1,460 of our employees are
    # represented by labor unions"), up to the clause's first comma or figure
    own_after = re.split(r"[,;:]|(?<![\w-])\d", after, maxsplit=1)[0]
    stated = bool(asked.predicate) and asked.predicate <= _words(f"{clause or words} {own_after}")
    if asked.counted and kind == "number" and _counts_other(asked.counted, after) and \
            not (asked.predicate and asked.predicate <= _words(own_after)):
        # "how many stores": "about 240 vendors" counts another thing; "how many of the employees were engineers":
        # "19,000 engineers" counts the part asked, its state's own noun
        return OTHER
    if asked.doing and kind == "number" and predicate_disagrees(asked.doing, after, asked.counted):
        return OTHER  # "how many adults were on the therapy": "9.4 million adults had insurance coverage for it"
    if asked.family in _PERCENT_FAMILIES and asked.form == "level" and kind == "number" and not context:
        return OTHER  # a margin or a share asked: a plain count ("opened 85 shops") is no percentage
    said = clause or words
    own = _length(said) or _length(opening)  # "For the third quarter, Contoso expects revenue of $X"
    if asked.length and own and own != asked.length and not _same_point(asked.question, f"{said} {opening}"):
        return OTHER  # the full year asked, a quarter's figure (or the reverse)
    if _other_scope(asked, head or opening, after, words):
        return OTHER  # the company asked, its segment's figure (the whole's is "for the company as a whole"), or back
    scenario = _case(said) or _case(opening)
    if asked.case and scenario and scenario != asked.case:
        return OTHER  # the high case asked, the base case's figure stated
    if asked.dimension and unit and unit != asked.dimension:
        return OTHER  # capacity in GW asked, electricity use in TWh stated
    if asked.basis and other_basis(asked.basis, f"{opening} {said}"):
        return OTHER  # "counting visits" asked: "By spending rather than visits, its share was 29%"
    if asked.predicate and not stated:
        return OTHER  # "how many were company-run": "Of the 1,800 outlets" is the whole, not the part asked
    if not asked.family:
        return UNKNOWN
    if asked.form == "level" and (asked.family in _MONEY_FAMILIES and kind == "percent"
                                  or asked.family in _PERCENT_FAMILIES and kind == "money"):
        return OTHER  # a revenue's level is an amount of money, a margin's a percentage
    if asked.per and kind != "percent":
        unit = per or _per(words) or _per(context)
        if unit is None or not set(asked.per.split()) <= set(unit.split()):
            return OTHER  # "per loaded mile" asked: a total, or per total mile, is another measure
    if asked.form == "share":
        if kind == "money" and asked.portion:
            # "how much of its labour spending went on contract labour": a share of a measure, not the part's amount
            return OTHER
        if kind != "percent":
            return UNKNOWN if kind == "number" else OTHER
        if form != "share":
            return OTHER if form == "change" else UNKNOWN
        if asked.part:
            said = _words(_aside_free(subject + " " + words))
            if re.search(r"(?i)\b(?:its|their)\s+(?:\w+\s+)?share\b", subject + " " + words):
                # "Australia remains the largest producer, but its share of mined supply fell to 35%": "its" is the
                # sentence's subject, whose share it is
                said |= _words(_aside_free(head or opening))
            return TIED if asked.part <= said else OTHER  # another part's share (or the whole's)
        if asked.state:
            # "what share of clinics are understaffed": "28% of clinics said they had lost a nurse" is the share of
            # another state; at least half the asked state's words must be said in the figure's own clause or by
            # the sentence's subject ("Collaborative robots (cobots) ... made up about 11% of installations")
            # (a state said in a filer's own phrasing is the same state: "represented by unions" says "unionized")
            said = state_words(f"{clause or words} {opening}")
            return TIED if 2 * len(asked.state & said) >= len(asked.state) else OTHER
        return TIED
    if asked.family == "eps" and per is not None:  # "$3.12 per diluted share" is earnings per share
        return TIED if "share" in per else OTHER
    paid_per = per or _per(words)
    if asked.family == "price" and asked.per and kind == "money" and paid_per is not None \
            and set(asked.per.split()) <= set(paid_per.split()) \
            and not {f for f, _, _ in _families(re.sub(r"(?i)\b(?:in\s+)?cash\b|\bper\s+\w+", " ", words))} - {"price"}:
        # "what price per share": "$118 in cash per share" is an amount paid for each share, its price ("in cash" says
        # how it is paid, no measure of its own)
        return TIED
    if _bound_to_other_noun(words):
        return OTHER  # "capital ratio requirements include ... a GSIB surcharge of 3.5%": the surcharge's figure
    fams = {f for f, _, _ in _families(words)}
    if asked.family not in ("ratio", "return", "margin", "rate") and (_ratio_of(words) or _MULTIPLE.match(after)):
        return OTHER  # "net debt to adjusted EBITDAre was 5.1x": a ratio of a measure to another is neither measure
    if asked.family in ("margin", "ratio", "rate") and form == "share" and kind == "percent":
        return OTHER  # "61% of the total" is a share, not a margin or a rate
    if asked.form == "level" and form == "change":
        return OTHER  # "revenue rose 12%", "margin expanded 40 basis points": a move is not the level asked
    if not fams and asked.family == "rate" and form == "change" and kind == "percent" \
            and _GROWTH_RATE.search(asked.question or ""):
        return TIED  # "what growth rate did that represent": "an increase of 9.6%" is a growth rate, whatever grew
    if not fams:
        return UNKNOWN
    ok = {asked.family, *_COMPATIBLE.get(asked.family, ())}
    if asked.family == "profit" and fams & {"margin"} and kind == "money":
        fams -= {"margin"}
    head = _head(words)
    if asked.family == "ratio" and _ratio_of(words):
        fams, head = fams | {"ratio"}, "ratio"  # "net debt to adjusted EBITDA was 5.1 times": the ratio asked
    if (head is not None and head not in ok and not (fams & ok and head in ("share", "cash"))) or not fams & ok:
        if asked.verb and fams & (_MONEY_FAMILIES | {"pay", "price", "rate"}):
            return UNKNOWN  # "How much did it spend": a money measure may be what it spent, none is preferred
        return OTHER
    if bool(_ADJUSTED.search(words)) != asked.adjusted:
        return OTHER  # adjusted vs reported
    levels = _levels(words)
    if asked.levels and levels and not asked.levels & levels:
        return OTHER  # gross margin asked, operating margin stated
    if asked.mods and not asked.mods <= _stems_of(f"{words} {clause} {opening if not fams else ''} {context} {around}"):
        return OTHER  # "same-store sales growth" asked: total revenue's growth is another measure
    if asked.per and kind == "percent":
        return OTHER
    return TIED


_MULTIPLE = re.compile(r"(?i)(?:x|\s*times)\b(?!\s+(?:as|more|less|higher|lower|larger|smaller))")


# a figure compared with the one before it ("..., up from 7.1 million a year earlier"): the same measure, another period
_COMPARED_TO = re.compile(r"(?i)(?:\b(?:up|down|rising|falling|increased|decreased|grew|fell)\s+from|\bcompared\s+(?:with|to)|"
                          r"\bagainst|\bversus|\bvs\.?)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$")


# between a move's amount and the same move as a percentage: "increased by $441.6 million, or 35%"
_RESTATED_OR = re.compile(r"\s*,?\s*or\s+(?:approximately\s+|about\s+)?")


def may_state_share(asked: AskedMeasure, text: str) -> bool:
    """Can one of the text's percentages be the share asked (``asked.form == "share"``)? Not when each is another
    measure's (a growth rate, "grew only 1.7%"; a share of another whole or of another part), a figure continuing
    the one before it ("killed 15.8% of the fish ..., down from 16.7% in 2023") taking that one's verdict. General
    rule: a share is answered by a share, never by another percentage of the sentence (session 24)."""
    before = None
    last: Figure | None = None
    for f, v in figure_ties(asked, text):
        prev, last = last, f
        if f.kind != "percent":
            if v == OTHER:
                before = v
            continue
        if v == UNKNOWN and before == OTHER and _COMPARED_TO.search(text[max(0, f.start - 30) : f.start]):
            v = OTHER  # "..., down from 16.7% in 2023": the same measure as the figure before, another period
        if prev is not None and before == OTHER and prev.form == "change" and _RESTATED_OR.fullmatch(text[prev.end : f.start]) \
                and not re.match(r"(?i)\s*(?:of|share)\b", text[f.end :]):
            # GENERAL RULE (session 31, #11): "increased by $441.6 million, or 35%": the percentage restates the move
            # before it in another unit (its rate), never a share of anything
            v = OTHER
        if v != OTHER:
            return True
        before = v
    return False


def figure_ties(asked: AskedMeasure, text: str, around: str = "") -> list[tuple[Figure, str]]:
    """Each figure of a sentence with its verdict against the asked measure (``around``: the heading, the sentence
    before and the report's title, which may say a qualifier of the measure once for a paragraph)."""
    out: list[tuple[Figure, str]] = []
    staff = staff_asked(asked.question or "")
    things = asked.count and counts_things(asked.question or "")  # a count of things, never of the company's people
    for f in _figures(text):
        verdict = _tie(asked, f.words, f.form, f.kind, f.per, f.subject, "", f.clause, f.unit, f.opening, around,
                       f.after, f.head)
        if verdict == OTHER and asked.counted and f.kind == "number" and employed_count(asked.counted, text[: f.start]):
            verdict = TIED  # "how many employees": "we employed approximately 15,900 associates" counts them
        if verdict == UNKNOWN and asked.family == "headcount" and asked.form == "level" and not asked.counted \
                and f.kind == "number" and employs_staff(text[: f.start], f.after):
            verdict = TIED  # "How large was its workforce?": "we employed over 48,000 colleagues" is its size (session 28)
        if verdict != OTHER and asked.counted and f.kind == "number" and covered_count(asked.counted, text[: f.start]):
            verdict = OTHER  # "how many employees": "agreements, which would cover approximately 400 employees" counts
            # the agreements' reach, a subset
        if verdict != OTHER and asked.count and f.kind == "number" and other_tenure(asked.question or "", text[: f.start],
                                                                                  f.after):
            verdict = OTHER  # "how many of those plants does it own": "the company ran 41 plants" counts owned and leased ones
        if verdict != OTHER and f.kind == "number" and things and headcount_figure(text[: f.start], f.after):
            verdict = OTHER  # "how many units did it install": "we employed approximately 9,800 people" counts staff
        if verdict != OTHER and f.kind == "number" and staff and not staff_counted(text[: f.start], f.after):
            verdict = OTHER  # "how many people did it employ": "a 52- or 53-week year" counts weeks, not staff
        if verdict != OTHER and asked.doing and f.kind == "number" and _whole_of_part(asked.doing, text[: f.start], f.after):
            verdict = OTHER  # "Of the roughly 160 million Americans with employer-sponsored insurance, ...": the whole
        if verdict != OTHER and asked.family and f.kind == "percent" and f.form == "level" \
                and _attributive(text[: f.start], text[f.end :].lstrip("%")):
            verdict = OTHER  # "plus a 3.2% SCB", "before the 30% federal tax credit": the figure qualifies another noun
        if verdict == UNKNOWN and asked.doing and out and out[-1][1] == OTHER and out[-1][0].kind == f.kind \
                and _COMPARED_TO.search(text[max(0, f.start - 30) : f.start]):
            verdict = OTHER  # "9.4 million adults had coverage ..., up from 7.1 million": the same count, a year before
        if verdict != OTHER and asked.counted and f.kind == "number" and _counts_other_subject(asked.counted, f):
            verdict = OTHER  # "while sales of kick scooters dropped to 3.9 million units": kick scooters counted
        if verdict != OTHER and f.kind in ("money", "number") and _average_for_total(asked.question, f, text, asked.counted):
            verdict = OTHER  # "premiums" asked: "the average annual premium per policy climbed to $1,770" is per policy
        if verdict != OTHER and f.kind in ("money", "number") and _for_another_kind(asked.question, text, f):
            verdict = OTHER  # "an e-scooter on average" asked: "EUR 14,200 for an off-road scooter" is one kind's price
        out.append((f, verdict))
    if asked.question and _AVERAGE_ASKED.search(asked.question) \
            and any(v != OTHER and _PER_UNIT_SAID.search(_own_words(f)) for f, v in out):
        # an average asked and the sentence states one: its totals are not the answer ("e-scooter sales were worth EUR
        # 14.9 billion ..., and discounting pulled the average selling price down to EUR 2,910")
        out = [(f, OTHER if f.kind in ("money", "number") and not _PER_UNIT_SAID.search(_own_words(f)) else v)
               for f, v in out]
    return out


def tied_spans(question: str, text: str, around: str = "") -> list[tuple[int, int, str, str]] | None:
    """(start, end, verdict, governing words) of each figure of ``text``; None when the question's measure is not
    read."""
    asked = asked_measure(question)
    if asked is None:
        return None
    return [(f.start, f.end, v, f.words) for f, v in figure_ties(asked, text, around)]


def says_group(question: str, text: str) -> bool:
    """Does ``text`` (a quote with its context and title) say the word narrowing the group the question asks about
    ("did liquid-cooled data centres achieve": liquid)? True when the question narrows no group."""
    asked = asked_measure(question)
    return asked is None or not asked.group or asked.group in _stems_of(text)


def answers(question: str, text: str, context: str = "", title: str = "") -> bool:
    """May a sentence answer the amount ``question`` by its figures? Yes when one figure is tied to the asked
    measure, or when one's words name no measure and the sentence or its ``context`` (the sentence before, the
    heading) names the asked one; no when every figure is another measure's (or none is named). True when the
    question's measure is not read or the sentence states no figure (other checks judge it)."""
    asked = asked_measure(question)
    head = measure_head(question) if asked is None or not asked.family and asked.form == "level" and not (
        asked.count or asked.length or asked.dimension) else None
    if head and not says_head(head, f"{text} {context} {title}"):
        # "How much did states collect in betting taxes?": a sentence that never says taxes ("Bettors wagered $146
        # billion") states another measure of the same topic, whatever figure it gives
        return False
    part = portion_part(question)
    if part and 2 * len(part & _words(_aside_free(text))) < len(part):
        # "How much of the increase in stakes came from new regions?": a sentence not saying the part ("Players
        # staked EUR 18.4 billion, 6% more") gives the whole's figure, not the part's
        return False
    if asked is None:
        return True
    ties = figure_ties(asked, text, f"{context} {title}")
    if not ties:
        # "Net debt to adjusted EBITDAre was 5.1x": a multiple is a ratio's figure, never another measure's level
        return not (asked.family and asked.family not in ("ratio", "return", "margin", "rate")
                    and re.search(r"(?i)\d(?:\.\d+)?x\b", text))
    if asked.group and asked.group not in _stems_of(f"{text} {context} {title}"):
        return False  # "liquid-cooled data centres" asked: "across the 1,150 facilities in our survey" is every site
    if asked.target and not (asked.target <= _stems_of(text) if len(asked.target) <= 2 else asked.target & _stems_of(text)):
        # GENERAL RULE (session 33, #10): "How much did it spend on shopper marketing?" asks the amount spent on that
        # thing; a sentence that never names it ("We recorded advertising expenses of $534 million") states what was
        # spent on something else, however well its cost word ties to "spend" (a heading naming the thing does not
        # make the sentence's figure its amount: the heading may gather several costs). A thing of one or two words
        # is named whole ("marketing costs" is not "shopper marketing"); of more, by one of its words ("its Phase 3
        # trial of CT-201": "the CT-201 study"). This replaces session 32's looser rule (the thing named in the
        # sentence, the sentence before or its heading, checked only for a figure whose own words name no spending)
        return False
    if asked.target:
        cause = _CAUSE_SAID.search(text)
        if cause and asked.target & _words(text[cause.end() :]) and not asked.target & _words(f"{text[: cause.start()]} {context}"):
            return False  # "R&D expense rose to $68.4 million, primarily due to the Phase 3 trial": the trial is a cause
    if any(v == TIED for _, v in ties):
        return True
    unknown = [f for f, v in ties if v == UNKNOWN]
    if not unknown:
        return False
    if asked.form == "share":
        if asked.state and not 2 * len(asked.state & state_words(text)) >= len(asked.state):
            return False  # a share of members in a state the sentence never says
        return not asked.part or asked.part <= _words(_aside_free(text))
    if asked.mods and not asked.mods <= _stems_of(f"{text} {context} {title}"):
        return False  # "same-store sales" asked: a sentence that never says same-store states another measure
    if asked.verb or asked.spent or not asked.family:
        return True  # "How much did Lumen spend (on capex)": "Lumen will invest $9 billion" need not say it
    # a figure whose clause names no measure ("down from 29% a year earlier", "Sorvik originally reported $1.30
    # billion") is the asked measure's only where the sentence, the one before, its heading or the report's title
    # names that measure; a line of a table's cells ("| Wingtip | Dec 2024 | $1,310m | 9% |") without its head row
    # likewise (a cell is governed by its column head, which the line does not carry)
    ok = {asked.family, *_COMPATIBLE.get(asked.family, ())}
    if any(_DIMENSION_FAMILY.get(f.unit or "") in ok for f in unknown):
        return True  # "the 835 MW reactor": a capacity stated by its unit
    named = {f for f, _, _ in _families(f"{text} {context}")}
    if named & ok:
        return True
    # "Makers shipped 12.4 million units in 2024, 3% more than in 2023" for "by how much did shipments grow": a volume
    # asked is stated by the verb of its noun (shipped, delivered, sold, exported, imported) opening the figure's clause,
    # never where that clause states money (the value shipped is the sales' measure). Session 27, #11.
    # Session 30: the same verb before an amount of money ("Makers sold USD 41.8 billion worth of products") states the
    # value sold, which is what "sales" asks in money
    return asked.family == "volume" and any(
        _VOLUME_VERB.search(f.opening) and f.kind != "money" and not _MONEY.search(f.opening) for f in unknown) or \
        asked.family == "revenue" and any(f.kind == "money" and _SOLD.search(f.subject) for f in unknown)


_VOLUME_VERB = re.compile(r"(?i)\b(?:shipped|delivered|sold|exported|imported)\b")
_SOLD = re.compile(r"(?i)\bsold\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|over\s+|more\s+than\s+)?"
                   r"(?:[$€£¥]|US\$|[A-Z]{3}\s*)?$")


def row_tie(question: str, label: str, context: str, cells: str = "") -> str:
    """The verdict for a table row: its label governs its figures, the caption/unit line (``context``) when the label
    names no measure. A row of another measure ("Gross margin (%)" for a bill rate), of another unit ("per total
    mile" for "per loaded mile") or adjusted for reported is ``OTHER``."""
    asked = asked_measure(question)
    if asked is None:
        return UNKNOWN
    kind = "percent" if re.search(r"\(%\)|%", label + " " + cells) else "money" if _MONEY.search(cells) else "number"
    words = label if _families(label) else f"{label} {context}"
    per = _per(label) or (_per(context) if not _families(label) else None)
    if asked.count and kind == "percent":
        return OTHER  # "how many visits": a row of shares ("Medicare: 21%, 24%") counts nothing
    if asked.count and (kind == "money" or {f for f, _, _ in _families(f"{label} {context}")} & _MONEY_FAMILIES
                        or re.search(r"(?i)\$|\bin\s+(?:thousands|millions|billions)\b", context)
                        and not re.search(r"(?i)\b(?:units?|number|count)\b", f"{label} {context}")):
        # "how many units": a money row ("Proceeds from refranchising"), or a row of a table of money ("Net sales:
        # Stores", "(In thousands)"), is no count
        return OTHER
    if asked.count and not counted_said(question, f"{label} {context}"):
        return OTHER  # "how many refurbished mowers": a row of all mowers ("Nordics: 133, 141") counts another class
    if asked.form == "share" or not asked.family:
        return UNKNOWN
    if asked.per and per is None and _families(label):
        return OTHER  # a row of a total asked per unit
    return _tie(asked, words, "level", kind, per, label, context)
