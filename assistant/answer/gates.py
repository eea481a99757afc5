"""The extractive answerer's gates and verdicts: what excludes a candidate before it is embedded.

``prescore`` (a required name nowhere near, another period, a figure of the wrong kind, another scope) and
its parts, ``combine`` (the weighted score), the quoted change of a change question (``_quoted_change``), the
asked and stated directions, ``attributed_to``, and ``verdict`` (Yes/No only when the candidate states it).
Reads ``question.py``, ``candidates.py`` and ``scoring.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..text.counts import REASON_NOUNS, alternation, counting
from ..text.sentences import content_words
from ..text.names import lowercase_words, named_entities
from ..text.periods import day_elsewhere, month_elsewhere, states_time
from . import prose_causes as causes
from . import prose_compare
from . import prose_drivers as drivers
from . import measure_families, measure_frames
from . import prose_filings
from . import prose_places
from . import prose_revisions as revisions
from . import prose_rankings as rankings
from . import prose_respective, prose_subjects
from .asked_measures import says_ranked_measure
from . import prose_ties as ties
from . import prose_verdicts
from .question import (
    Asked, _EXCLUDED, _REASON_Q, _TOTAL, _asks_group, _direction, _names_group, _states_figure, _years, asked_act, asked_head,
    after_period_years, asks_figure, asks_time, question_kind,
)
from .candidates import Candidate, _stated_years, is_filing
from .scoring import (
    _ANTONYMS, _CAUSAL, _FORWARD, _NEGATION, _REGION_ADJ, _REPORTING, _WHOLE_MARKET_Q, _opened_by_member,
    _filer_asked, _quarter_row_missing, _stem, _stems, _title, asks_ranking, forecast_against, header_only, overlap_score, period_score, places, scopes,
    speaks_as_filer, subject_score, type_score, unit_conflict,
)


WEIGHTS = {"similarity": 0.4, "overlap": 0.3, "subject": 0.18, "rank": 0.12}
VERDICT_OVERLAP = 0.5  # share of a yes/no question's words a sentence must state for its polarity to be the answer


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    score: float
    parts: dict[str, float] = field(default_factory=dict)

def scope_conflict(question: str, c: Candidate) -> bool:
    """Does the candidate state another scope than the question asks ("In the United States, additions rose to 12
    GWh" for a worldwide question; a global figure for a question about Europe)? A candidate stating no scope,
    or the asked one among others, does not conflict."""
    asked = asked_scopes(question)
    if not asked:
        return False
    # the causes a reason list gives are its items; where each cause happened ("a consumer loan in Germany") is a
    # detail of that item, not the list's scope, which is its lead-in's ("Three pressures held the market back.")
    causes_listed = c.kind == "list" and question_kind(question) == "reason"
    # the place an item names in passing ("1,260 screens in eight countries, including Polar Kino in Norway") is a detail
    # of that member; only an item opening with a place ("In Germany, sales fell 3%") scopes the list
    stated = scopes(c.text if c.kind != "list" or causes_listed
                    else c.text + " " + " ".join(re.split(r"[,;:]", i, maxsplit=1)[0] for i in c.items))
    if c.kind == "sentence" and question_kind(question) != "reason":
        # a place named only in a sentence's cause ("..., because occupancy has not recovered in the United Kingdom")
        # is where the cause happened, not the scope of the sentence's figures (session 27, #11)
        stated = scopes(_CAUSE_CUT.split(c.text, maxsplit=1)[0])
    opener = re.match(r"\s*(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)", c.text) if c.kind == "sentence" else None
    if asked == {"world"} and not stated and opener and places(opener.group(1)):
        # the world asked (and no region of it): "China accounted for 1.84 GW, or 62% of the world total" is China's
        return True
    if not stated and asked & (places(c.text) | _nation_keys(c.text)):
        return False  # "Spanish kiln sales are now 44% below ..." under "Southern Europe": it names the asked place
    if any((m.group(1) or m.group(2))[:1].isupper() for a in asked for form in prose_places.place_forms(a)  # not "for us"
           for m in re.finditer(rf"\b(?i:in|across|throughout|within|for)\s+(?:the\s+)?((?i:{re.escape(form)}))\b|"
                                rf"\b((?i:{re.escape(form)}))['’]s\b", c.text)):
        # "EUR 31,000 in Austria, EUR 24,500 in Belgium and GBP 19,800 in the UK", "US sales rose 7%, while Canada's
        # grew 2%": the asked place is one among others, its own figure stated beside theirs
        return False
    if not stated and causes_listed and not c.before and _OWN_MOVE_LEAD.match(c.text) and causes.states_move(c.text):
        # Session 29 (#11): "Bookings recovered for three reasons." states its own move with its own subject: the place a
        # sentence before it names ("new fast craft in Germany, Denmark and Poland added seats") is no scope of it.
        # GENERAL RULE: a cause list's lead-in opening with its own noun and stating a move takes no scope from the
        # sentence before; one referring back ("This happened for three reasons", "They fell for ...") still does
        return False
    if not stated:
        # "Ionity and Fastned followed": a sentence naming no region speaks of its section's ("Europe") or of the
        # region its paragraph opened with ("In Europe, ...")
        stated = (_region_keys(c.heading) - {"world"}) or scopes(c.before or c.prev)
    return bool(stated) and not asked & stated


# a lead-in opening with a noun of its own ("Bookings recovered ...", "Fares rose ..."), not a word referring back
_OWN_MOVE_LEAD = re.compile(r"(?i)^\s*(?!(?:it|its|they|their|this|these|that|those|such|the\s+(?:rise|fall|increase|decrease|"
                            r"decline|drop|growth|change|gain|move|slowdown|recovery))\b)[a-z][\w-]*")


_CAUSE_CUT = re.compile(r"(?i),?\s+\b(?:because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of)\b")


@lru_cache(maxsize=4096)
def asked_scopes(question: str) -> frozenset[str]:
    """The scopes a question asks: ``scopes`` and the places it names as subjects or adjectives ("US networks",
    "European sales"), not one it leaves out ("outside the US", "after Contoso")."""
    return scopes(question) | _region_keys(_EXCLUDED.sub(" ", question)) | _nation_keys(_EXCLUDED.sub(" ", question))


def _nation_keys(text: str) -> frozenset[str]:
    """The countries a text names by their adjective ("Spanish kiln sales" -> {"spain"}; ``prose_places``), beyond
    the region adjectives ``_region_keys`` reads; not an adjective opening a name ("Polish Rail Holdings")."""
    return frozenset(k for m in re.finditer(r"\b([A-Z][a-z]+)\b(?!\s+[A-Z])", text)
                     if m.group(1).lower() not in _REGION_ADJ and (k := prose_places.place_key(m.group(1))))


# a count of reasons ("three reasons", "two main causes", "several factors")
_COUNTED_REASONS = re.compile(r"(?i)\b(?:" + alternation(counting(2, 6)) + r"|several|a\s+few|[2-6])\s+(?:[a-z-]+\s+)?"
                              r"(?:" + alternation((*REASON_NOUNS, "explanations")) + r")\b")


# a described part asking a date, a place or a person: "when", "by when", "from when", "where", "who", "in what year"
_FACT_WH = re.compile(r"(?i)^\s*(?:and\s+)?(?:(?:by|from|since|until|till)\s+)?(?:when|where|who|whom)\b|"
                      r"\b(?:what|which)\s+(?:year|date|month|day)\b")

def prescore(asked: Asked, c: Candidate, question: str = "", aliases: Sequence[str] = (),
             names: set[str] = frozenset()) -> dict[str, float] | None:  # fmt: skip
    """Every part of the score but similarity; None when the candidate cannot answer ``asked`` (a name it
    lacks, another period, a figure of the wrong kind)."""
    if asked.alone:  # a member asked on its own (``Asked.alone``): its part is the question, not the group's words
        question = asked.text
    if prose_filings.is_cover_text(c.body):
        return None  # a filing's cover page (registrant line, file number) says who files, never the answer
    if c.kind in ("sentence", "list", "row") and header_only(c.text):
        return None  # "(Unaudited) June 30, 2026 Dec. 31, 2025 (In millions)": column heads, not a statement
    if asked.kind == "entity" and c.kind == "list" and _COUNTED_REASONS.search(c.text) \
            and not _COUNTED_REASONS.search(asked.text):
        # Session 29 (#11): "Which were the three largest lines by bookings?" is never answered by "The institute counts
        # three reasons behind the drop in bookings." and the sentences it announces. GENERAL RULE: a list whose lead-in counts
        # reasons, causes or factors answers what drove something, never which things (names) are asked, unless the
        # question asks for reasons itself
        return None
    if c.form == "item" and not (asked.kind in ("amount", "entity")
                                 or asked.kind == "describe" and _FACT_WH.search(asked.text)):
        # one bullet of a list answers a figure, a date, a place or a name; never a list, a reason, a verdict or a
        # manner asked ("How are makers pricing against the incumbent?" takes the whole list of ways)
        return None
    if c.kind in ("sentence", "list") and asks_time(asked.text) and not states_time(c.body):
        # "..., and by when is the carve-out due to close?": a sentence about the carve-out naming no time ("The
        # carve-out may cost more than planned") answers another part, never when (session 29)
        return None
    subj = subject_score(asked, c, aliases, names)
    # a part stating no scope ("..., and the year before?") keeps the question's
    if subj is None or scope_conflict(asked.text if asked_scopes(asked.text) else (question or asked.text), c):
        return None
    period = period_score(asked, c)
    if period == 0.0 and (asked.kind == "amount" or asked.kind == "describe" and asks_figure(question or asked.text)):
        return None  # a figure for another period is not the answer; a statement may still be
    if c.kind in ("sentence", "list") and _before_the_close(asked, c):
        return None  # "declared after the end of fiscal 2025": "We paid quarterly dividends of $0.35 in fiscal 2025" is before
    if c.kind == "sentence" and asked.years and asked.years & c.years and (
            asked.kind == "amount" or asked.kind == "describe" and asks_figure(question or asked.text)) \
            and asked.years <= drivers.figureless_base_years(c.text):
        return None  # "slipped to 4.2 million units from the peak reached in 2019": 2019 dates no figure
    if asked.kind == "reason" and c.kind in ("sentence", "list") and asked.years and forecast_against(asked.years, c.text):
        # "What drove the growth in 2025?" is not answered by "We now expect 1,610 kt in 2026, 13.4% more than in 2025"
        # and the reasons it cut that forecast: the asked year is only its base, its move and reasons the later year's
        return None
    if period == 0.0 and asked.kind == "describe" and not (_REASON_Q.search(asked.text) or causes.asks_reason(asked.text)):
        # A1/A3 rule: a question naming a year is answered by a sentence of that year. "What CPM was X getting in
        # 2023?" (a measure the amount vocabulary does not know, so read as "describe") is no answer in a sentence whose
        # figures it dates to other years only ("$60 at launch in November 2022, ... deals for 2025 at $29"), nor in
        # one about another year ("CPMs should stabilise in 2026"); "where is spend expected to land in 2026?" not in
        # a yearless sentence of a 2025 report ("CTV accounted for 31% of TV ad spend"). (A reason part read as a
        # description, to check what a cause list's sentence before is about, keeps its own year rules.)
        return None
    if asked.kind == "describe" and c.kind in ("sentence", "list") and _names_no_head(asked.text, c):
        # "What were its net new business awards in 2025?" is not answered by "Our five largest customers accounted for
        # 31% of revenue": a sentence stating figures of measures other than the one the question names
        return None
    effect_years = _effect_years(c) if asked.kind == "reason" and asked.years else frozenset()
    if effect_years and not effect_years & asked.years and not (
            c.kind == "sentence" and effect_years <= drivers.base_years(c.text) and causes.states_move(c.text)
            and all(y - 1 in effect_years or y - 1 in asked.years for y in asked.years)):  # fmt: skip
        # "why did sales fall in 2024": a cause of 2023's fall explains another period's move; "... fell because fewer
        # projects were under way than in fiscal 2025" names 2025 only as the base of fiscal 2026's change
        return None
    if asked.kind == "reason" and c.kind == "sentence" and drivers.annual_move(asked.text, c.text, c.heading,
                                                                               is_filing(c.meta)):
        return None  # the fourth quarter's change asked: the full year's explanation under "For the Full Year" is another's
    if asked.kind == "amount" and unit_conflict(asked.text, c.body + (" " + c.heading if c.kind == "row" else "")):
        return None
    if asked.kind in ("amount", "describe") and _other_basis(question or asked.text, c.text):
        return None  # "share of visits" asked: "By spending rather than visits, its share was 29%" is by spending
    if asked.kind in ("amount", "describe") and c.kind == "sentence" and _set_aside_doer(question or asked.text, c.text):
        return None  # "run itself, as opposed to through franchisees": "Our largest franchisee operated 131" is theirs
    if asked.kind in ("amount", "describe") and _other_operating_model(asked.text, c.body):
        return None  # "its franchise offices" asked: "the average net fee per company-owned return" is its own offices'
    if asked.kind in ("amount", "describe") and _set_aside_named(question or asked.text, c.text):
        return None  # "through its own centres rather than independent retailers": "as independent retailers restocked"
    if asked.kind == "amount" and asked.years and c.kind == "row" and not c.years:
        return None  # a row whose columns name no period cannot tie its figure to the asked one
    if _quarter_row_missing(asked, c):
        return None  # "in Q4 2023": a row of annual columns (2019, 2022, 2023) is another period's
    if asked.kind == "amount" and c.kind == "row" and not _TOTAL.search(question or asked.text) and _names_another_row(asked, c):
        # "Data Center revenue" asked: the table's "Total revenue" row is another row's figure (a total or combined
        # figure of the rows named, "the combined capex of Contoso and Fabrikam", may be the total row)
        return None
    subject_q = question or asked.text
    if asked.siblings and _asks_group(asked.text) and c.kind in ("sentence", "list") and not _names_group(asked, c.text):
        # A2: the group part of "what did the five largest hold together, and Contoso on its own?" is answered by a
        # sentence naming the group (its count, "together", "combined"), never by the member's own sentence
        return None
    if prose_subjects.narrowed_elsewhere(
            subject_q, c.body, c.text.split(":")[0] if c.kind == "row" else "", f"{c.before} {_title(c)}",
            c.heading, figure=asked.kind in ("amount", "yesno") or asked.kind == "describe" and asks_figure(question),
            own_names=(getattr(c.meta, "company", None) or "", *aliases)):
        # the question narrows its subject (a class bounded by a number, the whole, a group, one side of a contrast)
        # and the candidate is about another (``prose_subjects``)
        return None
    if asked.kind in ("entity", "list") and c.kind in ("sentence", "list") \
            and not says_ranked_measure(asked.text, " ".join((c.body, c.heading, c.before))):
        # "Which of its segments contributed more Adjusted EBITDA?": a quote stating no such measure (a chief
        # executive's words on the quarter) ranks no member by it (session 30)
        return None
    if (c.kind == "sentence" or asked.alone and c.kind == "list") and (asked.alone or asked.kind in ("amount", "yesno")
                                 or asked.kind == "describe" and asks_figure(question)) \
            and prose_subjects.only_in_group(subject_q, c.text, asked.entities) \
            and not (is_filing(c.meta) and _filer_asked(asked, c) and speaks_as_filer(c.text)):
        # one member asked: "A, B and C together own 3,950 aircraft" names it only as one of a group (``prose_subjects``).
        # General rule (session 32, #11): in the asked filer's own filing, a sentence it opens with "we" is its own ("At
        # June 30, 2026 we had 2,915 employees, ... production cuts at our Lakecraft and Kessock plants": the group is
        # two of its plants, which share a word of its name)
        return None
    if c.kind == "sentence" and (asked.kind in ("amount", "yesno") or asked.kind == "describe" and asks_figure(question)) \
            and prose_respective.undecided(asked.text, c.text):
        # "for feed pushing the corresponding shares were 41% and 9%" asked with nothing telling which place: no figure
        # of the sentence is the asked one (``prose_respective``)
        return None
    if asked.kind == "amount" and c.kind == "sentence" and _WHOLE_MARKET_Q.search(asked.text) \
            and _opened_by_member(c.text, names, asked.entities | asked.mentioned, lowercase_words(asked.text)) \
            and not attributed_to(c.text, is_filing(c.meta)):
        return None  # "How much capacity did the industry add?": "Meridian Foundry added 13,000 wafers ..." is one member's
    if asked.kind in ("list", "entity") and c.kind == "row" and _WHICH_MOVED.search(asked.text):
        # A4 gate: "Which makers shipped fewer units in 2025 than in 2024?", "Which regions' sales fell?", "Which took
        # a bigger share, A or B?" ask which rows moved or compare: one row read alone is no answer (computed from
        # every row by ``prose_tables``, or declined)
        return None
    if asked.kind in ("list", "entity") and c.kind in ("list", "sentence") and _WHICH_MOVED.search(asked.text) \
            and _MOVE_ASKED.search(asked.text) and not asks_ranking(asked) \
            and not any(_MOVE_SAID.search(t) for t in (c.text, *c.items)):
        # "Which of the table's markets bought more in 2024 than in 2023?": a list whose lead-in and items state no
        # move of anyone ("The Nordic countries - Sweden, Norway, Finland and Denmark - sold 488,000 units") names
        # members, not which of them moved
        return None
    if asked.kind == "amount" and c.kind == "sentence" and _other_stage(asked.text, c.text):
        return None  # "How much capacity was installed?": "Makers shipped 3.6 GW, more than were installed" is shipments
    if c.kind == "sentence" and asked.kind in ("amount", "describe") and _states_figure(c.body) \
            and measure_frames.flow_for_point(asked.text, c.text):
        return None  # a balance at a day asked: "Warranty expense was $24.6 million in 2025" is a year's flow, no balance
    if c.kind == "sentence" and asked.kind in ("amount", "describe") and _states_figure(c.body) \
            and day_elsewhere(asked.text, c.text, c.meta):
        return None  # "as of July 29, 2023" asked: "At the end of fiscal 2023" in a report closing January 28, 2023
    if month_elsewhere(asked.text, f"{c.text} {c.heading}", c.meta):
        return None  # "in July 2026" asked: the quarter ended June 30, 2026's "tons per day down 2.3%" is another period's
    if asked.kind in ("amount", "describe", "yesno") and _states_figure(c.body) \
            and not ties.says_group(question or asked.text, f"{c.body} {c.heading} {c.before} {_title(c)}"):
        return None  # "What PUE did liquid-cooled data centres achieve?": every site's average is another group's
    kind = type_score(asked, c, question or asked.text, soft_narrowing=asked.kind == "amount")
    if kind == 0.0:
        return None
    # the words narrowing the asked measure not said word for word: kept only if the candidate's meaning is close to
    # the question's (``extract``: ``SOFT_COSINE``), "construction spending on new data-centre space" for "the money
    # spent building data centres"
    soft = asked.kind == "amount" and type_score(asked, c, question or asked.text) == 0.0
    if soft and c.kind == "row":
        return None  # a row's label and caption say the measure as the table has it: no paraphrase to weigh
    if asked.kind == "list" and rankings.after_names(question or asked.text):
        subj = 1.0  # the names asked about open a ranking sentence whose answer is the names after them
    # a business description answers "what industry / what does it do" in words of its own ("specialty chemicals")
    overlap = kind if asked.kind == "business" else overlap_score(asked, c)
    out = {"overlap": overlap, "type": kind, "subject": subj, "rank": 1.0 / (1.0 + c.rank),
           "period": period, "amount": float(asked.kind == "amount")}  # fmt: skip
    if soft:
        out["soft"] = 1.0
    return out


# a noun standing for a measure named elsewhere ("the 2023 figure", "the estimate", "its total")
_REFERRING_NOUN = re.compile(r"(?i)\b(?:figures?|estimates?|totals?|tally|tallies)\b")


# a day's date: "October 21, 2025", "21 October 2025", "Jan. 27, 2026"
_DAY_DATE = re.compile(r"(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+|"
                       r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+)((?:19|20)\d\d)\b")


def _before_the_close(asked: Asked, c: Candidate) -> bool:
    """Is ``c`` about the period whose close the question asks after, rather than after it? "What dividend did it
    declare after the end of fiscal 2025?" (``after_period_years``) is answered by a sentence dated after the close:
    one naming the year after ("On January 27, 2026 the Board declared ...") or a day of the asked years ("on October
    21, 2025", a fiscal year closing in August); "We paid quarterly dividends of $0.35 in fiscal 2025" states the
    closed year's own figures. General rule (session 32, #11): an event asked after a period's close is never answered
    by a sentence dating it only by that period."""
    after = after_period_years(asked.text)
    if not after:
        return False
    days = {int(m.group(1)) for m in _DAY_DATE.finditer(c.text)}
    return not (c.years & after or days & asked.years)


def _names_no_head(question: str, c: Candidate) -> bool:
    """Does a candidate state a figure but not the measure a "what" question asks the value of (``asked_head``: the head
    noun of "What gain did it record ...", "What were its net new business awards ...")? Rule: a figure answers only for
    the measure it is said of; a sentence whose figures never name the asked measure (nor its heading, nor the sentence
    it refers back to) is about something else; so is any sentence not naming a measure asked for a period ("What were
    its net new orders in 2025?" and "Our revenue depends on its customers' spending")."""
    head = asked_head(question)
    if not head or not (_states_figure(c.body) or _years(question)):
        return False  # a "what was its strategy?" may be answered in other words; a period's measure is named
    if _REFERRING_NOUN.search(c.body):
        return False  # "China's 2023 figure was revised up from 17.4 million tonnes": the measure named by reference
    said = _stems(content_words(f"{c.body} {c.heading} {c.before}"))
    act = asked_act(question)
    if act and _stems({act}) & said:
        return False  # "What property did it sell?": a sentence saying what it sold names the thing in its own words
    return not _stems({head}) & said


# a move asked between periods: a verb of change, or a comparison with another period ("more in 2024 than in 2023");
# never a threshold ("10 percent or more of net sales")
_MOVE_ASKED = re.compile(r"(?i)\b(?:fell|rose|grew|declined|increased|decreased|dropped|shrank|gained|lost)\b|"
                         r"\bthan\s+(?:in\s+)?(?:(?:19|20)\d\d|a\s+year\s+(?:earlier|before)|the\s+(?:year|quarter)\s+before|"
                         r"last\s+year)")
# a move said of someone: a verb of change, or a comparison with another period ("more than in 2023", "up from")
_MOVE_SAID = re.compile(r"(?i)\b(?:rose|risen|fell|fallen|grew|grown|declined|increased|decreased|dropped|jumped|climbed|"
                        r"slipped|slid|gained|shrank|doubled|halved|up\s+from|down\s+from|growth|[a-z]+-growing|"
                        r"fastest|slowest)\b|\b(?:up|down)\s+(?:by\s+)?(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|"
                        r"around\s+|over\s+)?\d|\b(?:more|fewer|less|higher|"
                        r"lower)\b[^.;]{0,40}?\bthan\s+(?:in\s+)?(?:(?:19|20)\d\d|a\s+year\s+(?:earlier|before)|the\s+"
                        r"(?:year|quarter)\s+before|last\s+year)")
_WHICH_MOVED = re.compile(r"(?i)^\s*(?:\w+\s+){0,2}?(?:which|who)\b.*\b(?:fell|falls?|rose|rises?|grew|grows?|declined?|"
                          r"increased?|decreased?|dropped|drops?|shr[aiu]nk|shrinks?|gained?|lost|loses?|more|fewer|less|"
                          r"higher|lower|bigger|smaller|larger|greater)\b")
# the stages a quantity of goods goes through, each a measure of its own: made, ordered, shipped, installed, retired
# A stage is read from its verb or its noun of action ("shipped", "ship", "shipments", "installations"), never from the
# noun naming who does it: "How many vans did European manufacturers ship?" asks shipments, the makers are its subject
_STAGES = {
    "made": r"produc(?:ed|es|e|ing|tion)|manufactur(?!ers?\b)\w*|built|build(?:s|ing)?|output",
    "ordered": r"order(?:ed|s|ing)?|booked|bookings",
    "shipped": r"ship(?:ped|s|ping|ments?)?|deliver(?:ed|s|ies|y|ing)?",
    "installed": r"install(?:ed|s|ing|ations?)?|commissioned|deployed|deployments?|put\s+into\s+(?:service|operation)",
    "retired": r"retired|decommissioned|scrapped",
    # what the market used up is its consumption, never what was made ("The world used 7.7 million tonnes" for "how
    # much was produced"; session 27)
    "used": r"consum(?:ed|es|e|ing|ption)|used(?!\s+to\b)",
}
# a verb with a sense in two stages names the stage a question asks but no stage of a sentence's figure: "closed 2,318
# homes" are sales closed, that is homes delivered, while "closed 14 stores" are sites retired
_ASKED_ONLY = {"retired": r"closed"}
_STAGE_RX = {k: re.compile(rf"(?i)\b(?:{v}{'|' + _ASKED_ONLY[k] if k in _ASKED_ONLY else ''})\b") for k, v in _STAGES.items()}
# a figure right after a stage's verb: "shipped 3.6 GW", "installed about 12,000 units", "deliveries of 410 aircraft"
_STAGE_FIGURE = {k: re.compile(rf"(?i)\b(?:{v})\s+(?:of\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|"
                               rf"around\s+|over\s+|more\s+than\s+|a\s+record\s+)?[$€£]?\d") for k, v in _STAGES.items()}


def _other_stage(question: str, text: str) -> bool:
    """A4 gate: does ``text`` give its figure to another stage of the goods than the one the question asks
    ("How much capacity was installed?": "Manufacturers shipped 3.6 GW in 2025, more than were installed" gives the
    figure to shipments, naming installations only as the comparison)? Rule: the question names one stage (made,
    ordered, shipped, installed, retired), the sentence puts a figure right after another stage's verb or noun and
    none after the asked one's."""
    asked = [k for k, rx in _STAGE_RX.items() if rx.search(question)]
    if len(asked) != 1:
        return False
    figured = {k for k, rx in _STAGE_FIGURE.items() if rx.search(text)}
    return bool(figured) and asked[0] not in figured


_RATHER = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|not\s+by)\s+((?:[a-z][\w-]*\s*){1,3})")


def _other_basis(question: str, text: str) -> bool:
    """Does a sentence say its figures are on another basis than the one the question asks? General rule: what a
    sentence sets aside ("By spending rather than visits, Medicare's share was 29%") is not what its figures
    count, so a question asking it ("what share of telehealth visits") is not answered there. Words the question
    itself sets aside ("Counting visits rather than dollars") are not asked."""
    set_aside = {w for m in _RATHER.finditer(text) for w in content_words(m.group(1))}
    if not set_aside:
        return False
    excluded = {w for m in _RATHER.finditer(question) for w in content_words(m.group(1))}
    asked = content_words(_RATHER.sub(" ", question)) - excluded
    return bool(_stems(set_aside) & _stems(asked))


_LEADING_SETTING = re.compile(r"(?i)^\s*(?:in|at|as\s+of|during|for|on|by|through|since|after|before|at\s+the\s+end\s+of)\b"
                              r"[^,]{0,60},\s*")
_AFTER_SET_ASIDE = frozenset({"through", "by", "via", "from", "its", "their", "the", "our"})


# the ways a company runs its outlets (session 33, #10): by itself, through franchisees, under licence, under management
# contracts; each names another set of outlets, with figures of their own ("franchisees" alone, the operators, names none)
_OPERATING_MODELS = {
    "own": re.compile(r"(?i)\b(?:company|corporate)[- ](?:owned|operated|run)\b|\bowned\s+and\s+operated\b|"
                      r"\bdirectly[- ]operated\b|\bcompany[- ]store"),
    "franchised": re.compile(r"(?i)\bfranchised?\b(?!\s+(?:fees?|royalt\w*|agreements?|tax\w*|rights?|system)\b)|"
                             r"\bfranchisee[- ](?:owned|operated|run)\b"),
    "licensed": re.compile(r"(?i)\blicen[cs]ed\s+(?:stores?|locations?|outlets?|restaurants?|shops?|offices?|hotels?|"
                           r"units?|properties)\b"),
    "managed": re.compile(r"(?i)\bmanaged\s+(?:hotels?|properties|locations?|units?|rooms?)\b"),
}


def _other_operating_model(question: str, text: str) -> bool:
    """Does the question ask of outlets run one way (its "franchise offices", "company-operated restaurants", "licensed
    stores") and the text state only outlets run another way ("the average net fee per company-owned return rose to
    $271.40")? General rule (session 33, #10): a figure of the company's own outlets is not its franchisees', nor the
    other way round; a text naming the asked way too (both ways side by side) is left to the other checks."""
    asked = {k for k, rx in _OPERATING_MODELS.items() if rx.search(question)}
    if len(asked) != 1:
        return False
    said = {k for k, rx in _OPERATING_MODELS.items() if rx.search(text)}
    return bool(said) and not said & asked


def _set_aside_doer(question: str, text: str) -> bool:
    """Does the question set a party aside ("run itself, as opposed to through franchisees", "rather than by its
    distributors") and the sentence open with that party as its subject ("Our largest franchisee operated 131
    restaurants")? Rule: what the set-aside party does is not what the question asks of the company; the subject is the
    sentence's opening words (after a leading "At year end, ..."), up to its fifth word."""
    aside = {w for m in _RATHER.finditer(question) for w in content_words(m.group(1))} - _AFTER_SET_ASIDE
    if not aside:
        return False
    opening = _LEADING_SETTING.sub("", text, count=1).split()[:5]
    return bool(_stems(aside) & _stems(content_words(" ".join(opening))))


_NOT_A_SIDE = frozenset({"through", "via", "rather", "itself", "themselves", "own", "directly"})


def _set_aside_named(question: str, text: str) -> bool:
    """Does the question ask one side of a contrast it draws itself ("sold through its company-owned retail centres
    rather than independent retailers") and the candidate name the side set aside, every word of it, and no word of the
    asked side ("We sold 14,212 homes, as independent retailers rebuilt inventories")? General rule (session 32, #11):
    the asked side is the question's last words before "rather than" / "instead of" / "as opposed to" (up to four,
    less the words both sides share); a quote naming only the other side states the whole or the other side's figure,
    never the asked side's."""
    m = _RATHER.search(question)
    if m is None:
        return False
    aside = _stems(content_words(m.group(1)) - _AFTER_SET_ASIDE)
    before = [w for w in re.findall(r"[\w'’-]+", question[:m.start()].lower())][-4:]
    # the asked side's words whole (a compound is said as one: "company-owned" is not "compared" and "owner")
    side = {w for w in content_words(" ".join(before)) - _NOT_A_SIDE if _stem(w) not in aside}
    if not aside or not side:
        return False
    words = content_words(text)
    if not aside <= _stems(words):
        return False
    flat = re.sub(r"[\s-]+", " ", text.lower())
    said = {_stem(w) for w in words}
    return not any(re.sub("-", " ", w) in flat if "-" in w else _stem(w) in said for w in side)


# the opening of a quote naming the move it explains with its year: "The 2022 dip in cans ...", "2023's fall in
# prices ...", "The slump in 2022 ..."
_MOVE_NOUN = (r"(?:dip|fall|drop|decline|slump|slowdown|contraction|downturn|rise|jump|increase|growth|recovery|rebound|"
              r"gain|surge)")
_NAMED_MOVE = re.compile(rf"(?i)^\s*(?:the\s+)?(?:(?P<y>(?:19|20)\d\d)(?:['’]s)?\s+(?:[a-z-]+\s+)?{_MOVE_NOUN}\b|"
                         rf"{_MOVE_NOUN}\s+(?:[a-z-]+\s+){{0,3}}?(?:in|of|during)\s+(?P<y2>(?:19|20)\d\d)\b)")


def _effect_years(c: Candidate) -> frozenset[int]:
    """The years of the change a reason candidate explains (for the reason's year gate): a list's lead-in's ("The
    slowdown had two main causes." states none; its causes' own dates, "had automated heavily in 2021", are when
    the causes happened), a causal sentence's effect clause's ("Sales fell in 2025 because ..."), else its own."""
    named = _NAMED_MOVE.match(c.text) if c.kind in ("sentence", "list") else None
    if named:
        # "The 2022 dip in cans came from North America, ...; North America fell again in 2023 before recovering in
        # 2024": the move the quote explains is the one its opening names with its year, whatever later years its
        # clauses mention. GENERAL RULE (session 32, #11): a reason is for the year of the move it names
        return frozenset({int(named.group("y") or named.group("y2"))})
    if c.kind == "list" and c.items:
        # a clause of the lead-in looking ahead ("..., and the last two should weigh on 2026 as well") dates no
        # change the items explain
        return _stated_years(causes.lead_effect_text(c.text)) if c.form != "inline" else c.years
    m = _CAUSAL.search(c.text) if c.kind == "sentence" else None
    at = causes.causal_as(c.text) if c.kind == "sentence" and is_filing(c.meta) else -1
    if at > 0 and (m is None or at < m.start()):
        # "Revenues fell 5.3%, as customers converted ... and we sold the business in December 2025": the move's
        # clause before the causal "as" (prose_causes.causal_as); its dates date the cause (session 30: read in a filer's
        # own filings, whose MD&A tells each line's move this way)
        return _stated_years(causes.effect_clause(c.text, at))
    if m is None or m.start() == 0:
        return c.years
    return _stated_years(causes.effect_clause(c.text, m.start()))


def _names_another_row(asked: Asked, c: Candidate) -> bool:
    """Does the question name another row of the candidate row's table: a word of another row's label that
    neither this row's label nor the table's heading says ("Data Center" asked, the "Total revenue" row)?"""
    label = c.text.split(":")[0]
    asked_stems = _stems(set(asked.words) | set(asked.entities))
    if _SPREAD_LABEL.search(label) and _stems(content_words(label)) <= asked_stems:
        # "Premium of pellets over virgin PET" asked as "the premium of pellets over virgin PET": a row measuring one
        # row against another; the question names those rows because it names this one
        return False
    others = _stems(content_words(c.table)) - _stems(content_words(label + " " + c.heading))
    return bool(others & asked_stems)


# a row measuring one thing against another ("Premium of pellets over virgin PET", "Spread between A and B")
_SPREAD_LABEL = re.compile(r"(?i)\b(?:over|versus|vs\.?|between|minus|relative\s+to)\b")


def combine(parts: dict[str, float]) -> float:
    """similarity, overlap, subject and rank weighted; the answer type and the period scale the sum."""
    base = sum(WEIGHTS[k] * parts.get(k, 0.0) for k in WEIGHTS)
    period = 0.6 + 0.4 * parts["period"] if parts.get("amount", 1.0) else 0.8 + 0.2 * parts["period"]
    return round(base * (0.3 + 0.7 * parts["type"]) * period, 4)


_HEDGE = re.compile(r"(?i)\b(?:delay(?:s|ed)?|difficult(?:y|ies)|problems?|struggl\w*|uncertain\w*|pending|"
                    r"reportedly|rumou?r\w*)\b")


_TIE_SKIP = frozenset("was were has have had also then further slightly sharply by to its their the".split())


def _other_measure_moved(question: str, words: set[str], text: str) -> bool:
    """Does a sentence state only other measures than the one whose move a yes/no question asks? True when the
    question asks a move (a direction word) of a measure it names ("Did Christmas card sales grow?": revenue; "Have
    wallpaper volumes fallen?": volume) and the sentence names measures, none of them the asked one or one that may
    stand for it (``measure_families._COMPATIBLE``): "publishers raised prices to recover the higher cost of
    paperboard" moves a price and a cost, and its "higher" is no move of the sales asked. General rule (session 33,
    #11): the direction that decides a move asked of a measure is that measure's; a sentence that names no measure at
    all ("Christmas cards did well") is left to the words as before."""
    if not any(_direction(w) in ("up", "down", "any") for w in words):
        return False
    asked = {f for f, _, _ in measure_families._families(_BASIS_AFTER.sub("", _without_concession(question)))}
    if not asked:
        return False
    said = {f for f, _, _ in measure_families._families(text)}
    ok = set(asked).union(*(measure_families._COMPATIBLE.get(f, ()) for f in asked))
    return bool(said) and not said & ok


def _measure_direction(words: set[str], text: str) -> str | None:
    """The direction the sentence gives the asked measure itself: a direction word ("declined", "rose") right after
    the question's measure words ("operating margin declined to 15.3%"), skipping auxiliaries ("has", "was"); None
    when the question asks no move of a measure, the sentence ties no direction to it, or ties both. General rule: a
    yes/no move ("Did its margin improve?") is decided by the move the sentence states of that measure, never by
    another figure's direction in the same sentence ("revenues grew", "higher depreciation")."""
    asked = {w for w in words if _direction(w) in ("up", "down")}
    measure = {_stem(w) for w in words if _direction(w) is None and len(w) > 2}
    if not asked or not measure:
        return None
    tokens = re.findall(r"[a-z][a-z'’-]*", text.lower())
    found: set[str] = set()
    for i, t in enumerate(tokens):
        if _stem(t) not in measure or (i + 1 < len(tokens) and _stem(tokens[i + 1]) in measure):
            continue  # the last word of the measure's name ("operating margin"), then its verb
        for u in tokens[i + 1 : i + 4]:
            if u in _TIE_SKIP:
                continue
            d = _direction(u)
            if d in ("up", "down"):
                found.add(d)
            break
    return found.pop() if len(found) == 1 else None


def _said(word: str, stems: set[str]) -> bool:
    """Does a sentence (its stems) say ``word``? A compound ("capital-intensive") needs every part."""
    parts = [p for p in word.split("-") if len(p) > 2] or [word]
    return all(_stem(p) in stems for p in parts)


_OWN_VOICE = re.compile(r"(?i)^(?:we|i|our\s+\w+|the\s+(?:report|review|survey|study|authors?|analysis)|this\s+(?:report|review|"
                        r"survey|study|analysis))$")
_FILER_VOICE = re.compile(r"(?i)^(?:management|the\s+(?:company|group|firm|corporation|board))$")  # a filing's own
_SPEAKER = (r"((?:[A-Z][\w&.'’-]*|[Tt]he\s+[a-z]+)(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and|&))*"
            r"(?:['’]s(?:\s+[a-z-]+){1,2})?)")  # "SpaceX", "Contoso's chief executive", "the regulator"
_SAY = (r"(?:says?|said|claims?|claimed|asserts?|asserted|maintains?|maintained|insists?|insisted|argues?|argued|"
        r"contends?|contended|believes?|believed|thinks?|(?:told|tells)\s+(?:\w+\s+){1,2}?)")
# verbs that take a figure as well as a claim ("estimates sales of $2 billion"): a claim only with "that" ("reported"
# and "announced" state what a company did, its results, and are no claim)
_SAY_THAT = (r"(?:(?:re)?iterated|stated|states|estimates?|estimated|expects?|"
             r"expected|predicts?|predicted|projects?|projected|forecasts?|suggests?|suggested|noted|notes)")
_ATTRIBUTED = [
    # "SpaceX has said that Starlink ...", "Contoso's chief executive claims the unit ...", "Tailspin reported that ..."
    re.compile(rf"^\s*(?:[^,]{{0,60}},\s*)?{_SPEAKER}(?:,\s+[^,]{{3,60}},)?\s+(?:(?:has|have|had)\s+(?:long\s+|repeatedly\s+|publicly\s+)?)?"
               rf"(?:also\s+)?(?:{_SAY}\s+(?:that\s+)?\w|{_SAY_THAT}\s+that\b)"),
    # "Contoso expects its margin to return above 12% by 2026", "Fabrikam aims to ...": a company's own expectation
    re.compile(rf"^\s*(?:[^,]{{0,60}},\s*)?{_SPEAKER}(?:,\s+[^,]{{3,60}},)?\s+(?:(?:has|have)\s+)?(?:also\s+)?"
               rf"(?:expects?|expected|aims?|targets?|targeted|hopes?|intends?|plans?|planned|forecasts?|projects?|"
               rf"predicts?|anticipates?|guides?|guided|promises?|promised|pledged?)\b"),
    # "According to Fabrikam, ...", "Per Contoso's own figures, ..."
    re.compile(rf"(?i)^\s*(?:according\s+to|per|in\s+the\s+(?:view|words)\s+of)\s+{_SPEAKER.replace('[A-Z]', '[A-Za-z]')}\s*,"),
    # "..., SpaceX said.", "..., according to SpaceX."
    re.compile(rf",\s*(?:{_SPEAKER}\s+(?:has\s+|have\s+)?(?:said|says|claims|claimed|argues|argued|reported|stated)|"
               rf"according\s+to\s+{_SPEAKER})\s*[.!]?[\"'”’)]*\s*$"),
]


def attributed_to(text: str, filing: bool = False) -> str | None:
    """Whom a sentence attributes what it states to, when that is not the report itself: "SpaceX has said that
    Starlink became cash-flow positive" -> "SpaceX", "According to Contoso, ..." -> "Contoso", "..., the
    regulator said." -> "the regulator". None when the report speaks for itself ("We estimate ...", "The report
    expects ...", a filer's "we believe") or the sentence states what someone did ("Fluence reported revenue of
    $2.7 billion": a figure, not a claim). A verdict needs the report's own statement."""
    for rx in _ATTRIBUTED:
        m = rx.search(text)
        if m:
            speaker = " ".join(next((g for g in m.groups() if g), "").split())
            if not speaker or _OWN_VOICE.match(speaker) or (filing and _FILER_VOICE.match(speaker)):
                continue
            return speaker
    return None


# A yes/no question's word and the words a report states it with, and those stating its opposite: (question word
# stems, the same said otherwise, the opposite). Polarity words only, so that evidence in other words can decide.
_SAID_OTHERWISE = [
    (("profi",), r"(?<!un)profitab\w*|positive\s+(?:net\s+income|(?:operating\s+)?earnings)|net\s+profit|in\s+the\s+black|"
                 r"(?:turned|made|earned)\s+a\s+(?:net\s+)?profit|made\s+money",
     r"unprofitab\w*|net\s+loss(?:es)?|negative\s+net\s+income|in\s+the\s+red|lost\s+money|loss-making"),
    (("repla", "subst"), r"substitut\w*|displac\w*|supplant\w*|replac\w*|take\s+the\s+place", r"complement\w*"),
    (("acqui", "buy", "bough", "purch"), r"acquir\w*|acquisition|purchas\w*|bought|buys?\b", r""),
    (("sell", "sold", "divest"), r"sold|sells?\b|divest\w*|dispos\w*", r""),
    (("compa",), r"comparab\w*|like[- ]for[- ]like|on\s+the\s+same\s+basis|directly\s+compar\w*",
     r"not\s+(?:directly\s+)?comparable|incomparab\w*"),
    (("appro", "clear", "autho"), r"approv\w*|cleared|authori[sz]ed|granted|signed\s+off",
     r"reject\w*|blocked|denied|refused|turned\s+down|vetoed"),
    (("delay", "postp", "lat"), r"delay\w*|postpon\w*|pushed\s+back|slipped|behind\s+schedule",
     r"on\s+(?:schedule|time|track)|ahead\s+of\s+schedule"),
    (("hir", "recru"), r"hir(?:ed|ing)|recruit\w*|added\s+(?:staff|employees|jobs)",
     r"lay-?offs?|laid\s+off|job\s+cuts|cut\s+(?:jobs|staff|its\s+workforce)|hiring\s+freeze"),
]
# two figures set side by side: "18.2% compared with 17.5%", "$4.1 million versus $3.8 million", "from 12% to 14%"
_FIGURES_COMPARED = re.compile(r"\d[^.;]{0,80}?\b(?:compared\s+(?:with|to)|versus|vs\.?|against|up\s+from|down\s+from)\b"
                               r"[^.;]{0,40}?\d|\bfrom\s+[$€£]?\d[\d.,]*\s*(?:%|percent)?\s+(?:\w+\s+){0,3}?to\s+[$€£]?\d")
_COMPARATIVES = frozenset({"higher", "lower"})  # direction words that compare two things rather than move one
_MODALS = frozenset("could would should can may might will shall must".split())
_LIGHT_VERBS = frozenset("make makes made turn turned become became post posted record recorded achieve achieved "
                         "generate generated remain remained stay stayed".split())
_CONTRAST = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of|not\s+as|as\s+opposed\s+to)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$")


def _said_otherwise(word: str, text: str) -> int | None:
    """Does ``text`` (lower case) state a question's ``word`` in other words? 0: it states it ("positive net
    income" for "profit"), 1: it states its opposite ("net loss", or the word's synonym after "rather than":
    "a complement rather than a substitute" for "replace"); None: neither."""
    stem = _stem(word)
    for stems, same, opposite in _SAID_OTHERWISE:
        if not stem.startswith(stems):
            continue
        m = re.search(rf"\b(?:{same})", text)
        if m:
            return 1 if _CONTRAST.search(text[: m.start()]) else 0
        if opposite and re.search(rf"\b(?:{opposite})", text):
            return 1
    return None


def member_unnamed(question: str, before: str, text: str, vocab: set[str] = frozenset(),
                   names: set[str] = frozenset()) -> bool:
    """Does a quote (``text``) leave unnamed the member that the part before's quote (``before``) names, where a
    yes/no part asks about that member again ("Which publisher sold the most cards, and does it also lead on retail
    sales?", "..., and was that chain also the most profitable?")? True when the part before's quote names someone the
    question does not (its proper names, ``text.names.named_entities``) and the quote names none of them: "Mass
    merchants remain the largest channel, with 31% of retail sales" decides nothing of the publisher. General rule
    (session 33, #11): "it" in such a part is the member the answer before gave; a verdict needs a quote about it."""
    asked = named_entities(question, vocab, names)
    member = named_entities(before, vocab, names) - asked
    return bool(member) and not member & named_entities(text, vocab, names)


def verdict(asked: Asked, c: Candidate) -> str | None:
    """"Yes"/"No" when the candidate states the asked proposition with a polarity (``_polarity``); None also when
    the sentence sets two clauses against each other ("Revenue rose 5%, but margins fell") and the clause that
    states the proposition as fully as the whole sentence says otherwise than the whole. When the whole sentence
    states none (a hedge or plan in one clause), its clauses (split at semicolons, and at colons going on in lower
    case) are read alone and the one verdict
    they give, if only one, is the answer. A comparison asked ("Did
    prices rise faster than inflation?") is decided only by its two figures, computed (``prose_compare``)."""
    if asked.kind == "yesno" and c.kind == "sentence" and (changed := revisions.changed_verdict(
            asked.text, c.text, " ".join(sorted(asked.words)))):
        # "..., and has the estimate changed?": the quote's figure against the earlier forecast it replaces decides
        return changed
    if asked.kind == "yesno" and prose_compare.asks_threshold(asked.text) is not None:
        # "Are more than one in ten American dogs insured?": only a proportion the sentence states for the asked things,
        # computed against the threshold, decides (``prose_compare.threshold_verdict``); a row or a sentence stating
        # none gives no verdict, whatever its words' polarity (session 32, #11)
        return prose_compare.threshold_verdict(asked.text, c.text) if c.kind == "sentence" else None
    if asked.kind == "yesno" and c.kind == "sentence" and prose_compare.comparison(asked.text) is not None:
        return prose_compare.compared_verdict(asked.text, c.text)
    if asked.kind == "yesno" and c.kind == "sentence" and prose_verdicts.asks_profit(asked.text):
        # "did it make an underwriting profit?": only a stated sign of a profit measure decides (prose_verdicts)
        return prose_verdicts.profit_verdict(asked.text, c.text)
    if asked.kind == "yesno" and c.kind == "sentence" and (ranked := rankings.rank_verdict(asked.text, c.text)) != "":
        # "Was Greece the third-largest exporter by value?": a rank is held by one name; only a clause stating that
        # rank decides, "No" when it gives it to another name (prose_rankings.rank_verdict)
        return ranked
    if asked.kind == "yesno" and _FEW_Q.search(asked.text) and not _FEW_SAID.search(c.text):
        # "Does it depend on a small number of customers?": "Our sales depend on our customers' volumes" says the
        # dependence without the few the question asks; only a sentence stating how concentrated (a few, a single,
        # the largest, a share, none of them) decides
        return None
    if asked.kind == "yesno" and _PROPORTION_Q.search(asked.text) and not _PROPORTION_SAID.search(c.text):
        # "Do most states require ...?": "24 states require ..." counts members without the whole, so it decides
        # nothing; only a sentence stating the proportion (most, a majority, half, a share, all, none) does
        return None
    if asked.kind == "yesno" and c.kind == "sentence" and prose_subjects.rank_held_by_another(asked.text, c.text):
        # "Was Greece the third-largest exporter?": "Tunisia stayed the third-largest exporter" gives the rank to
        # another subject; the sentence decides nothing of the asked one (session 30)
        return None
    said, hits = _polarity(asked, c)
    clauses = re.split(r";\s+|:\s+(?=[a-z])", c.text) if c.kind == "sentence" else []
    if said is None and len(clauses) > 1:
        # "Two states have debated caps on what agencies may charge; no state caps what they charge hospitals", "The
        # round attracted no bids: its price was below what any developer could accept": a clause of its own (after a
        # semicolon, or a colon going on in lower case) that states the proposition decides, when it is the only one
        # that does (the other clause's "may"/"could" is not the deciding clause's hedge)
        found = {v for part in clauses if (v := _polarity(asked, replace(c, text=part))[0]) is not None}
        said = next(iter(found)) if len(found) == 1 else None
        return _conjunct_verdict(asked.text, c.text, said) if said is not None and _conjuncts(asked.text) else said
    m = _CONCESSIVE.search(c.text)
    if said is not None and m and m.start() > 0 and c.text[m.end() :].strip():
        for side in (c.text[: m.start()], c.text[m.end() :]):
            v, n = _polarity(asked, replace(c, text=side))
            if v is not None and v != said and n >= hits:
                return None
    if said == "No" and _one_disjunct_only(asked.text, c.text):
        return None  # "Does it depend on one customer or one product line?": no customer above 10% judges one side
    if said is not None and c.kind == "sentence" and _conjuncts(asked.text):
        # "Did sales rise in both value and volume?": each conjunct is decided on its own ("its value rose ... as
        # volumes fell" is No); a conjunct the sentence leaves undecided leaves the whole undecided
        return _conjunct_verdict(asked.text, c.text, said)
    return said


# a question's quantifier of few ("a small number of customers", "a single supplier", "few clients"), and what states
# how few in a sentence (a count word, a share, the largest or top ones, concentration, or that none is that large)
_FEW_Q = re.compile(r"(?i)\b(?:a\s+(?:small|limited)\s+number\s+of|a\s+(?:few|handful\s+of)|few|a\s+single|any\s+single|"
                    r"one\s+(?:customer|client|supplier|vendor|product|buyer))\b")
_FEW_SAID = re.compile(r"(?i)\b(?:few|small\s+number|limited\s+number|handful|single|sole|only\s+one|one\s+(?:customer|"
                       r"client|supplier|vendor|buyer)|largest|biggest|top\s+(?:\w+\s+){0,2}(?:customers?|clients?|"
                       r"suppliers?|vendors?)|concentrat\w*|percent|no\s+(?:other\s+)?(?:customer|client|supplier|"
                       r"vendor)s?)\b|\d\s?%")
_PROPORTION_Q = re.compile(r"(?i)\b(?:most|(?:a|the)\s+majority|more\s+than\s+half|over\s+half|at\s+least\s+half)\b")
_PROPORTION_SAID = re.compile(r"(?i)\b(?:most|majority|minority|half|thirds?|quarters?|all|every|none|no\s+(?!longer\b)\w+)\b|"
                              r"\d\s?%|\bper\s?cent\b")


_ASKS_CLAIM = re.compile(r"(?i)\b(?:say|says|said|claim\w*|expect\w*|plan\w*|aim\w*|target\w*|intend\w*|guid\w*|"
                         r"forecast\w*|predict\w*|believe\w*|argue\w*|promis\w*|pledg\w*|hope\w*|anticipat\w*)\b")
_REPORT_VOICE_Q = re.compile(r"(?i)\b(?:the|this)\s+(?:report|review|survey|study|article|analysis|authors?|feature|note)\b")
_CONCESSIVE = re.compile(r"(?i)[,;]?\s*\b(?:nonetheless|nevertheless|however|but|yet|although|though|even\s+so|despite|"
                         r"whereas|while)\b")


_CONCESSION_Q = re.compile(r"(?i)\b(?:even\s+though|even\s+as|even\s+while|although|though|despite|in\s+spite\s+of|"
                           r"notwithstanding)\b")


# a closing clause naming the source to read ("..., based on its FY2025 10-K?", "..., according to the release?")
_BASIS_AFTER = re.compile(r"(?i),\s*(?:based\s+on|according\s+to|relying\s+on|judging\s+(?:by|from)|as\s+shown\s+(?:in|by)|"
                          r"using)\s+(?:its|the|their|this|that)\b[^,?]*(?=\?|$)")


# a premise stated before the question, as a sentence of its own or a "given that" clause: "Contoso's revenue rose in
# 2025. Did its operating margin widen as well?", "Given that unit sales fell 4%, did the average price go up?"
_PREMISE_SENTENCE = re.compile(r"^.*?[.!;]\s+(?=(?:and\s+|so\s+|but\s+)?(?:did|does|do|has|have|had|is|was|were|are|"
                               r"can|could|will|would|should)\b)", re.I | re.S)
_PREMISE_GIVEN = re.compile(r"(?i)^\s*(?:given\s+(?:that\s+)?|with\s+|now\s+that\s+)[^,?]{3,}?,\s*"
                            r"(?=(?:did|does|do|has|have|had|is|was|were|are|can|could|will|would|should)\b)")
_AS_WELL = re.compile(r"(?i)\b(?:as\s+well|too|also|likewise)\b")


# a move asked by a phrasal verb ("did the price go up?", "has it moved lower?"): its particle is no content word, so
# the move is read as its one-word sense
_PHRASAL_UP = re.compile(r"(?i)\b(?:go|goes|went|gone|going|move[sd]?|moving|head(?:ed)?|trend(?:ed)?)\s+(?:up|higher|upward)\b")
_PHRASAL_DOWN = re.compile(r"(?i)\b(?:go|goes|went|gone|going|move[sd]?|moving|head(?:ed)?|trend(?:ed)?)\s+(?:down|lower|downward)\b")


def _one_word_moves(question: str) -> str:
    """"did the average price go up?" -> "did the average price rise?" (its down side: "fall")."""
    return _PHRASAL_DOWN.sub("fall", _PHRASAL_UP.sub("rise", question))


def _moves_asked_text(question: str) -> str:
    """The question's own words for the moves it asks: one-word moves spelt out, a stated premise and a conceded
    clause left out."""
    return _without_concession(_without_premise(_one_word_moves(question)))


def _without_premise(question: str) -> str:
    """A yes/no question without the premise it states first (session 33, #10): "Contoso's revenue rose in 2025. Did
    its operating margin widen as well?" asks only whether the margin widened; the premise's move ("rose") is another
    measure's, granted, and never a direction of the proposition (counted, it turned the sentence's "the margin
    narrowed" into a second flip, a Yes). The same for a leading "given that ...", or "with ..." clause; "as
    well", "too", "also" only say the move is asked again."""
    kept = _PREMISE_SENTENCE.sub("", question, count=1)
    kept = _PREMISE_GIVEN.sub("", kept, count=1)
    kept = _AS_WELL.sub(" ", kept) if kept != question else kept
    return kept if len(content_words(kept)) >= 2 else question


def _without_concession(question: str) -> str:
    """A yes/no question without the clause it grants ("Did takings grow even though admissions fell?" -> "Did
    takings grow"; "Although admissions fell, did takings grow?" -> "did takings grow"): another measure's move
    there is the premise, never the proposition whose polarity the answer gives (session 15, #11)."""
    m = _CONCESSION_Q.search(question)
    if m is None:
        return question
    if m.start() < 3 or not question[: m.start()].strip(" ,"):  # the concession leads: up to its comma
        rest = question[m.end() :]
        comma = rest.find(",")
        return rest[comma + 1 :] if comma >= 0 and rest[comma + 1 :].strip(" ?") else question
    kept = question[: m.start()].rstrip(" ,")
    return kept if len(content_words(kept)) >= 2 else question


def _polarity(asked: Asked, c: Candidate) -> tuple[str | None, int]:
    """"Yes"/"No" when the candidate states the asked proposition with a polarity, and how many of the question's
    words it says: at least
    ``VERDICT_OVERLAP`` of the question's words (a direction word counts when the sentence moves the same way,
    "drop" ~ "decreased"; "change" ~ either way), the opposite direction or an antonym ("excludes" for
    "include") or a negation turning it round. None when it does not say it in so many words, or when the
    sentence only expects or plans what the question asks as a fact."""
    if asked.kind != "yesno" or c.kind == "row":
        return None, 0
    if attributed_to(c.text, is_filing(c.meta)) and (not _ASKS_CLAIM.search(asked.text) or _REPORT_VOICE_Q.search(asked.text)):
        # "Does the review expect ...?" asks the report's own view: a company's expectation it quotes is not it
        return None, 0  # unless the question asks what someone says or expects ("Does Contoso expect to ...?")  # "SpaceX has said that Starlink is cash-flow positive": SpaceX's claim, not the report's statement
    # "Did box office grow even though admissions fell?": the concession is granted, the main clause is asked
    # "..., based on its third-quarter results?": the clause names where to look, not what is asked
    words = content_words(_BASIS_AFTER.sub("", _moves_asked_text(asked.text))) - set(asked.entities) - _REPORTING
    words -= _LIGHT_VERBS if words - _LIGHT_VERBS else set()  # "make a profit": "profit" is what is asked
    words -= _MODALS  # "Could X replace Y?": the modal asks, the proposition is "X replace Y"
    text = c.text.lower()
    said = content_words(text)
    if _FORWARD.search(text) and not _FORWARD.search(asked.text):
        return None, 0
    if _HEDGE.search(text) and not _HEDGE.search(asked.text):
        return None, 0  # "delays in qualifying" neither passes nor fails the qualification
    said_dirs = {d for w in said if (d := _direction(w)) in ("up", "down")}
    tied = _measure_direction(words, text)
    if tied is not None:  # "its margin declined ..., its higher depreciation": the asked measure's own move decides
        said_dirs = {tied}
    own = _stems(said)
    hits, flips = 0, 0
    settled: set[str] = set()  # words whose polarity ``_said_otherwise`` decided (no antonym counted again)
    for w in words:
        d = _direction(w)
        if d in ("up", "down"):
            if d in said_dirs:
                hits += 1
            elif said_dirs:
                hits += 1
                flips += 1  # asked "decrease", the sentence says it rose
        elif d == "any":
            hits += bool(said_dirs) or _said(w, own)
        elif _said(w, own):
            hits += 1
        else:
            same = _said_otherwise(w, text)
            if same is not None:  # "positive net income" says "profit", "a substitute" says "replace"
                hits += 1
                flips += same
                settled.add(w)
    # one word is the whole proposition only of a question about a named subject ("Was Tailspin profitable?"), which
    # the candidate was scored to be about
    # "Did it get more customers?": the thing counted after the comparative must be said; "opened more stores" is
    # another measure
    if not said_dirs and not _FIGURES_COMPARED.search(text) \
            and any(_direction(w) in ("up", "down") and w not in _COMPARATIVES for w in words):
        # "Are specialty stores gaining share?": a sentence (or a table's caption, "Share of sales by channel, 2023 and
        # 2024") stating no move at all says nothing of the move asked, however many of the other words it says; the
        # move is the proposition, and neither "Yes" nor "No" follows without it. A comparative ("a higher margin on
        # service than on new equipment") asks no move: it compares two things, which a sentence may do in other words.
        # A sentence setting two figures side by side ("18.2% in fiscal 2025 compared with 17.5%") states the move
        # by its figures, and is left to the words as before
        return None, 0
    compared = {m.group(1).lower() for m in re.finditer(r"(?i)\b(?:more|fewer|less|higher|lower|bigger|smaller)\s+"
                                                        r"([a-z]{4,})\b", asked.text) if m.group(1).lower() != "than"}
    if any(not _said(w, own) and _said_otherwise(w, text) is None for w in compared):
        return None, 0
    if any(not _said(w, own) and _said_otherwise(w, text) is None for w in _predicate_modifiers(asked.text)):
        return None, 0  # "Is it primarily a footwear business?": "primarily ... business" without "footwear" is not it
    if _other_measure_moved(asked.text, words, text):
        return None, 0  # "Did Christmas card sales grow?": "publishers raised prices ..." moves another measure
    least = 1 if len(words) == 1 and asked.entities else 2
    if not words or hits < least or hits / len(words) < VERDICT_OVERLAP:
        return None, 0  # one shared word does not state the proposition
    if asked.years and c.years and not c.years & asked.years:
        return None, 0  # evidence about another year says nothing of the asked one
    asked_text = " ".join(words - settled)
    for a, b in _ANTONYMS:
        if _direction(a) and _direction(b):
            continue  # directions are counted above
        for x, y in ((a, b), (b, a)):
            if re.search(rf"\b{x[:5]}", asked_text) and re.search(rf"\b{y[:5]}", text) and not re.search(rf"\b{x[:5]}", text):
                flips += 1
    negated = bool(_NEGATION.search(text))
    return ("No" if negated != bool(flips % 2) else "Yes"), hits


# a copular yes/no's predicate noun phrase: "Is Contoso primarily a footwear business", "Was the unit a net seller of
# power", "Is it mainly an online retailer": the words between the article and the head noun
_PREDICATE = re.compile(r"(?i)^\W*(?:and\s+)?(?:is|was|are|were|has\s+(?:it|\w+)\s+been|remains?|remained)\s+"
                        r"(?:(?!a\b|an\b)[\w&.'’-]+\s+){1,6}?(?:[a-z]+ly\s+)?(?:still\s+)?(?:a|an)\s+"
                        r"((?:(?!(?:of|in|for|with|at|by|on|to|and|or|its|their|the|that)\b)[\w-]+\s+){1,3}?)([a-z][\w-]*)"
                        r"(?=\s*(?:[?,;]|$|\s+(?:of|in|for|with|at|by|on|based|"
                        r"according|that|which|whose|and|or)\b))")
_DEGREE = frozenset("very really truly pure purely largely mostly mainly highly fairly quite relatively".split())


def _predicate_modifiers(question: str) -> list[str]:
    """The words that narrow a copular yes/no question's predicate noun ("Is Contoso primarily a footwear business?"
    -> ["footwear"]; "Is it a capital-intensive company?" -> ["capital-intensive"]): the proposition is the modified
    noun, so a sentence that says the head ("business") and the adverb ("primarily") but not the modifier states
    another proposition (session 20, #10). Degree words ("very", "largely") narrow nothing."""
    m = _PREDICATE.match(_BASIS_AFTER.sub("", question))
    if m is None:
        return []
    return [w for w in m.group(1).lower().split() if w not in _DEGREE and len(w) > 2]


# an "or" that joins two things a yes/no asks about ("rely on one buyer or on one product family"); not the
# either/or of a direction (``question._either_or``) nor "or not", "or more", "whether or"
_OR = re.compile(r"(?i)\b(?:or|and/or)\b(?!\s+(?:not|more|less|so|otherwise)\b)")
_DISJUNCT_END = re.compile(r"(?i)\b(?:for|in|to|from|based|according|during|at|by|with|than|since|when|while)\b|[,?;:]")
_DISJUNCT_LIGHT = frozenset("a an any the its their one single few small limited number handful several two three "
                            "large major key big biggest largest top main".split())


def _disjuncts(question: str) -> list[tuple[set[str], set[str]]]:
    """For each "or" joining two noun phrases of a yes/no question, the words only the left and only the right one
    say ("rely on one key customer or on one product family" -> ({customer}, {product, family})); the left
    phrase runs from the preposition before it, the right one to the next preposition or comma."""
    found = []
    for m in _OR.finditer(question):
        before = question[max(0, m.start() - 60) : m.start()]
        at = list(re.finditer(r"(?i)\b(?:on|upon|of|in|from|to|for|with|by)\b", before))
        left = re.findall(r"[A-Za-z][\w-]*", before[at[-1].end() :] if at else before)[-4:]
        right = re.findall(r"[A-Za-z][\w-]*", _DISJUNCT_END.split(re.sub(r"(?i)^\s*(?:on|upon|in|of)\b", "",
                                                                            question[m.end() :]))[0])[:5]
        a = {w.lower() for w in left} - _DISJUNCT_LIGHT
        b = {w.lower() for w in right} - _DISJUNCT_LIGHT
        a, b = content_words(" ".join(a - b)), content_words(" ".join(b - a))
        if a and b:
            found.append((set(a), set(b)))
    return found


def _one_disjunct_only(question: str, text: str) -> bool:
    """Does ``text`` speak of only one side of an "or" in the question (its words, not the other's)? Its "No" then
    judges one disjunct, and "A or B" is not false until both are."""
    own = _stems(content_words(text.lower()))
    for a, b in _disjuncts(question):
        said_a = any(_said(w, own) for w in a)
        said_b = any(_said(w, own) for w in b)
        if said_a != said_b:
            return True
    return False


# a yes/no asked of two things at once: "in both value and volume", "revenue as well as margin", "A and B alike",
# "A and B both"; each side runs to the next preposition, comma, auxiliary or direction word
_BOTH = re.compile(r"(?i)\bboth\s+(?P<a>(?:[\w'’-]+\s+){0,3}?)and\s+(?P<b>[^,?;:]+)")
_AS_WELL_AS = re.compile(r"(?i)(?P<a>(?:[\w'’-]+\s+){1,4}?)as\s+well\s+as\s+(?P<b>[^,?;:]+)")
_ALIKE = re.compile(r"(?i)(?P<a>(?:[\w'’-]+\s+){1,4}?)and\s+(?P<b>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:alike|both)\b")
_SIDE_END = re.compile(r"(?i)\b(?:for|in|on|to|from|based|according|during|at|by|with|than|since|when|while|over|"
                       r"terms|did|does|do|was|were|is|are|has|have|had|will|would|could|can)\b")
_SIDE_START = re.compile(r"(?i).*\b(?:in|on|of|for|from|to|by|with|at|did|does|do|was|were|is|are|has|have|had|its|their|"
                         r"our|the|a|an)\s+")
_CONJ_LIGHT = _DISJUNCT_LIGHT | frozenset("both alike each".split())


def _side_words(phrase: str, first: bool) -> set[str]:
    """The content words of one side of a conjunction: the left side from its last preposition or auxiliary on, the
    right side up to the next one (or a direction word: "both revenue and margin improve")."""
    if first:
        phrase = _SIDE_START.sub("", phrase)
    else:
        phrase = _SIDE_END.split(phrase)[0]
    words = []
    for w in re.findall(r"[A-Za-z][\w'’-]*", phrase):
        if not first and _direction(w.lower()) in ("up", "down", "any"):
            break
        words.append(w.lower())
    return set(content_words(" ".join(w for w in words if w not in _CONJ_LIGHT))) - {"own"}


def _conjuncts(question: str) -> list[set[str]]:
    """The sides of a conjunction a yes/no question asks of together ("Did beer sales rise in both value and
    volume?" -> [{value}, {volume}]; "Did its revenue as well as its margin improve?" -> [{revenue}, {margin}]),
    each side's words without the other's; [] when the question joins nothing so."""
    q = _BASIS_AFTER.sub("", question)
    for rx in (_BOTH, _AS_WELL_AS, _ALIKE):
        m = rx.search(q)
        if m is None:
            continue
        a, b = _side_words(m.group("a"), rx is not _BOTH), _side_words(m.group("b"), False)
        a, b = a - b, b - a
        if a and b:
            return [a, b]
    return []


_CLAUSE_BREAK = re.compile(r"(?i)[,;:()]|\s[-–—]\s|\b(?:and|but|while|whereas|because|as|than|though|although|"
                           r"since|yet|with)\b")


def _side_direction(side: set[str], others: set[str], asked_dirs: set[str], text: str) -> str | None:
    """The move the sentence gives one side of a conjunction: the direction word right after its words ("volumes
    fell"), else the one direction of the clauses that name it and no other side; None when it gives none or both."""
    tied = _measure_direction(side | {"rise" if d == "up" else "fall" for d in asked_dirs}, text)
    if tied is not None:
        return tied
    own_side, other_side = _stems(side), _stems(others)
    found = set()
    for clause in _CLAUSE_BREAK.split(text):
        stems = _stems(content_words(clause.lower()))
        if stems & own_side and not stems & other_side:
            found |= {d for w in content_words(clause.lower()) if (d := _direction(w)) in ("up", "down")}
    if not found:
        # "its value and its volume both grew": one clause (cut only at commas and contrasts) naming the side, one move
        for clause in _CONTRAST_BREAK.split(text):
            stems = _stems(content_words(clause.lower()))
            if stems & own_side:
                found |= {d for w in content_words(clause.lower()) if (d := _direction(w)) in ("up", "down")}
    return found.pop() if len(found) == 1 else None


_CONTRAST_BREAK = re.compile(r"(?i)[,;:()]|\s[-–—]\s|\b(?:but|while|whereas|because|than|though|although|yet)\b")


def _conjunct_verdict(question: str, text: str, said: str) -> str | None:
    """A conjunction's verdict, each side decided on its own (session 24, #10): a sentence that does not speak of
    every side decides nothing; with a move asked ("rise in both value and volume"), a side the sentence moves the
    other way makes it No, every side moved the asked way Yes, anything else no verdict ("its value rose because
    prices went up faster than volumes fell" is No, never the whole sentence's Yes). Without a move asked, the
    sentence's own verdict stands when it names every side. A No read from a negation is never turned into Yes."""
    sides = _conjuncts(question)
    own = _stems(content_words(text.lower()))
    if not all(any(_said(w, own) for w in side) for side in sides):
        return None
    asked_dirs = {d for w in content_words(_moves_asked_text(question)) if (d := _direction(w)) in ("up", "down")}
    if len(asked_dirs) != 1:
        return said if not asked_dirs else None
    want = next(iter(asked_dirs))
    moves = [_side_direction(side, set().union(*(o for o in sides if o is not side)), asked_dirs, text)
             for side in sides]
    if any(m is not None and m != want for m in moves):
        return "No"
    if all(m == want for m in moves) and said == "Yes":
        return "Yes"
    return None


@lru_cache(maxsize=4096)
def _region_keys(text: str) -> frozenset[str]:
    """The places a text names, as names ("the United States", "Europe") or adjectives ("European networks",
    "US ports"): ``places`` and the adjectives of ``_REGION_ADJ`` ("North American" is North America)."""
    found = set(places(text))
    for m in re.finditer(r"\b([A-Z][a-z]+)\b", text):
        key = _REGION_ADJ.get(m.group(1).lower())
        if key and not (key == "us" and re.search(r"(?:North|South|Latin)\s+$", text[: m.start()])) \
                and not re.match(r"\s+[A-Z]", text[m.end() :]):  # "American Harbor Utilities" is a name
            found.add(key)
    return frozenset(found)
