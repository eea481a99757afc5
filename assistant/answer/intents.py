"""Question understanding on the facts path: whom a question is about, what it asks of which figure, and how.

``answer_question`` reads the companies a question names (their names, names without legal suffixes,
initialisms and the trading symbols on their covers: ``query.entities``), a definition it states
(``query.definitions``), a yes/no judgement it asks (``query.judgements``) and what it asks of the figure (level,
change, growth rate, direction, a comparison of two companies: ``query.intent``), then computes the answer from the
facts of that company's documents only. Questions it does not read this way go to ``facts_path.answer_from_facts``
pinned to the company found. It returns None when the question names no company of the index (so no other
company's figures are shown) or when the facts path does not apply; a refusing Answer when a stated definition
cannot be read or computed (no formula of mia's own replaces it).

The facts path's questions are split by what they are about, each module importing only the ones before it:
``wording.py`` (what the wording asks besides the figure) -> ``quantities.py`` (``Quantity``, ``quantity_in``) ->
``company_figures.py`` (``Figure``, ``_Context``) -> ``exclusions.py`` -> ``answer_writer.py`` (``_Writer``) ->
``change_reasons.py`` -> ``figure_answers.py`` (levels, changes) -> ``judgement_answers.py`` (yes/no) ->
``filing_answers.py`` (a filing's own pages) -> ``intent_guards.py`` -> this module (``answer_question``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..finance import formulas as calc
from ..finance.formulas import MissingInput, Withdrawn
from ..finance.select import prev_period
from ..query import intent
from ..query.definitions import (
    Definition, Input, Num, Op, Unparsed, find_definitions, is_row_input, named_years_shifted, stated_inputs,
    states_unread_definition, without_own_exclusions,
)
from ..query.entities import Company, named_companies
from ..query.several import measures_asked
from ..query.intent import asks_yes_no, read_asked
from ..query.judgements import PAYOUTS_COVER, judgement_in
from ..retrieve.filters import Filters
from ..text.periods import (asks_second_half, date_unplaced, dates_unplaced, period_at_date, periods_named, resolve_period, unnamed_span,
                            year_to_date)
from ..types import Answer
from . import (
    adjusted_figures, adjustments, attribution, fact_calculations, fact_lookup, fact_sentences, facts_path,
    measures_joined, metric_qualifiers, statement_rows, unfit_metrics, vote_shares,
)
from . import asked_shares, member_asks, prose_verdicts, row_changes
from .named_subjects import without_stray_name
from .wording import (
    _asked_scale, asks_reason, asks_which_member, drove_as_change, once_restated, share_of_metric, stated_threshold,
    without_why,
)
from .quantities import (
    LOOKUP, NoPlace, Quantity, RECIPE_FORMULAS, _fits, _outside, _recipe_words, printed_lookup, quantity_in, restates,
)
from .company_figures import _Context, _named_line_quantity
from .exclusions import _every_line, _one_statement, exclusion_definitions
from .answer_writer import _decline, _refusal, _scale_word
from .change_reasons import REASON_LEAD
from .figure_answers import (
    _STABILITY, _at_dates, _same_span, _span_kind, cagr_answer, change_answer, changes_answer, compare_answer, level_answer,
    levels_answer, part_margin_answer, span_changes_answer, stability_answer,
)
from .judgement_answers import (
    _OCF_COVER, _SIGN_ASKED, _names_the_judgement, judgement_answer, ocf_cover_answer, payouts_cover_answer,
    sign_answer, threshold_answer, two_amounts_answer,
)
from .filing_answers import legal_answer, member_margin_answer, member_share_answer, rows_share_answer
from .outlook_ranges import implied_quarter_answer, outlook_answer
from .intent_guards import (
    choice_unnamed, count_not_money, dimension_not_money, every_year_verdict, main_clause, one_figure_for_several,
    premise_measure, sign_premise, without_named_part, without_named_place, without_share_base,
)


def _pinned(company: Company) -> Any:
    return Filters(companies=[company.name])


def _period_of(question: str, company: Company) -> tuple[str | None, tuple[int, ...]]:
    if asks_second_half(question):
        return None, ()  # no statement column is a second half: never the report's own period in its place
    if date_unplaced(question, company.docs) or intent.span_unplaced(question, company.docs):
        return None, ()  # a balance at a date, or a span, none of the company's reports prints: never another's column
    if dates_unplaced(question, company.docs):
        return None, ()  # balances at several dates, one of them no report's column: never the years' other columns
    period, years = resolve_period(question)
    # "the six months ended September 30, 2025": the report's column; two such spans compared: the later one's
    spans = intent.spans_ended(question, company.docs) or intent.dates_compared(question, company.docs)
    if spans:
        # (a quarter and its year to date ending together are one year's two columns: one year, not two)
        return spans[-1], tuple(dict.fromkeys(int(y) for p in reversed(spans) for y in re.findall(r"\d{4}", p)))
    dated = period_at_date(question, company.docs) or year_to_date(question, company.docs)
    if dated is not None:  # "at June 30, 2026": the period of the report ending then; "year-to-date": its column
        return dated, tuple(int(y) for y in re.findall(r"\d{4}", dated))
    if period is None and unnamed_span(question):
        return None, ()  # a quarter by its end date, or the year to date, that no report of the company names
    if period is None:
        fys = {d.fiscal_year for d in company.docs if d.fiscal_year}
        if len(company.docs) == 1 and len(fys) == 1:
            period = company.docs[0].period or f"FY{fys.pop()}"
            years = tuple(int(y) for y in re.findall(r"\d{4}", period))
    return period, years


def _part_kinds(text: str, defs: Sequence[Definition]) -> str:
    """The text less "<part> segment" / "<part> division" where a parsed definition's input is that part ("How much of
    its revenue growth came from its Cloud segment? Express Cloud's revenue increase as a percentage of ..."): the
    segment named is the one the definition computes, no breakdown asked of it."""
    for d in defs:
        for i in d.inputs():
            if i.part:
                text = re.sub(rf"\b{re.escape(i.part)}\s+(?:segments?|divisions?|business(?:es)?|units?)\b", " ", text,
                              flags=re.I)
    return text


# questions that want reasons, a breakdown or a forecast: a figure's level or change does not answer them
_NOT_A_FIGURE = re.compile(
    r"\bwhy\b|\bwhat\s+(?:drove|drives|caused|causes|explains|lifted|lifts|pushed|pushes|boosted|helped|hurt|"
    r"weighed\s+on|held\s+back|contributed\s+to|led\s+to)\b|\bdrivers?\b|\bexplain\w*|\breasons?\b|\bdue\s+to\b|"
    r"\bconsistent\w*|\bhistorically\b|\bsegments?\b|\bgeograph\w*|\bregions?\b|\bexclud\w*|\bguidance\b|"
    r"\boutlook\b|\bforecast\w*|\bbankrupt\w*|\bliquidat\w*",
    re.I,
)


def _adjusted(question: str, index: Any, filters: Any) -> Answer | None:
    """An adjusted / non-GAAP figure: only the company's own reported row (``adjusted_figures.reported_adjusted``),
    for one company and one period the question names, without a filter; never computed."""
    if filters is not None or _NOT_A_FIGURE.search(intent._CAVEAT.sub(" ", question)) or asks_yes_no(question):
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    period, years = _period_of(question, named[0])
    if period is None or read_asked(question, len(set(years))).kind != "level":
        return None  # a growth, change or move of the figure: one period's reported row is no answer to it
    return adjusted_figures.reported_adjusted(question, index, named[0].name, named[0].doc_ids, period)


# one figure divided by another, asked in words ("A divided by B"); read as a definition when both are figures mia knows
_QUOTIENT_ASKED = re.compile(r"\w\s+divided\s+by\s+\w", re.I)


# words that ask how a figure moved between the periods a question lists, not each period's figure
_MOVE_ASKED = re.compile(r"\b(?:chang\w*|grow\w*|grew|increas\w*|decreas\w*|ris(?:e|en|ing)|rose|f[ae]ll\w*|declin\w*|"
                         r"improv\w*|deteriorat\w*|trend\w*|compar\w*|versus|vs\.?|from|between|cagr|differ\w*)\b", re.I)


def answer_question(question: str, index: Any, filters: Any = None) -> Answer | None:
    """``_answer_question_as_asked`` with the question's own rounding in force (``calc.decimals_asked``: "rounded to
    two decimal places", "to the nearest percent"): its percentages, multiples, days, growth rates and changes in
    points are written with that many decimals, never the default's."""
    if intent.asks_earlier_version(question):
        return None  # a figure as first published, before a restatement: the filer's sentence, never the rows
    with calc.rounded_as(calc.decimals_asked(question)):
        return _answer_question_as_asked(question, index, filters)


def _answer_question_as_asked(question: str, index: Any, filters: Any = None) -> Answer | None:
    """A cited answer from the facts of the company the question names, or None (see the module docstring).
    A calculation withdrawn because an input cannot be relied on (``finance.formulas.Withdrawn``) is answered
    with the reason and the rival rows, never left to the passages (where the reason would be lost).
    "What drove <measure> change ...?" is answered as "How much did <measure> change ..., and what drove the
    change?" (``drove_as_change``) when the filer's sentence states the change with its cause, else as asked."""
    said = question
    question = once_restated(question)
    # a closing date the question gave and ``once_restated`` read into mia's names of its years: the filer's naming is
    # not applied again (``fact_lookup.years_read_by_date``)
    with fact_lookup.years_read_by_date(fact_lookup.gives_closing_date(said)
                                        and not fact_lookup.gives_closing_date(question)):
        return _answer_restated(question, said, index, filters)


def _computes_stated(question: str, ans: Answer) -> bool:
    """Session 33 (#10): is ``ans`` a calculation of the arithmetic the question itself states ("How much of its
    inventory was financed by its suppliers? Compute accounts payable divided by merchandise inventories ...")? General
    rule: a question that states how its figure is computed has defined the share it asks in its own words, so the
    share's part ("suppliers") need not be named by the answer; every input the stated arithmetic names must be (each
    definition parsed, its inputs' words in the answer, the answer a calculation with inputs)."""
    if ans.mode != "calc" or not ans.inputs:
        return False
    stated = find_definitions(question, LOOKUP)
    if not stated or not all(isinstance(d, Definition) for d in stated):
        return False
    text = ans.text.lower()
    named = {i.words.lower() for d in stated for i in d.inputs()}
    # each stated input read from a row of its own (two inputs never one row read twice)
    return all(w in text for w in named) and len({i.label.lower() for i in ans.inputs}) >= len(named)


def _answer_restated(question: str, said: str, index: Any, filters: Any) -> Answer | None:
    """``_answer_question_as_asked`` for the question as ``once_restated`` wrote it (``said``: as asked)."""
    several = measures_asked(question)
    if several:
        # "by what percentage did A grow, did B change, and did C grow?": each measure asked on its own, the answers
        # joined only when every one is answered (``answer.measures_joined``)
        parts = []
        for sub in several:
            try:
                parts.append(answer_question(sub, index, filters))
            except Withdrawn:
                parts.append(None)
            if parts[-1] is None or parts[-1].refused:
                break
        both = measures_joined.joined(said, parts) if len(parts) == len(several) else None
        if both is not None:
            return both
    else:
        votes = vote_shares.answer_vote_share(question, index)
        if votes is not None:
            return replace(votes, question=said)
    legal = legal_answer(question, index, filters)
    if legal is not None:
        return replace(legal, question=said)
    outlook = outlook_answer(question, index, filters) or implied_quarter_answer(question, index, filters)
    if outlook is not None:
        return replace(outlook, question=said)
    member = (member_share_answer(question, index, filters) or rows_share_answer(question, index, filters)
              or member_margin_answer(question, index, filters))
    if member is not None:
        return replace(member, question=said)
    asked_change = drove_as_change(question)
    if asked_change is not None:
        try:
            found = answer_question(asked_change, index, filters)
        except Withdrawn:
            found = None
        if found is not None and not found.refused and REASON_LEAD in found.text:
            return replace(found, question=said)
        # no sentence of the filer states the change and its cause: the question as asked (a measure that does
        # not apply is said so; reasons in other words are the passages', ``prose_drivers``)
    try:
        if asks_which_member(question):
            return None  # "which segment / product category / revenue line ...": a member is named from its rows, never
            # the whole company's figure (rankings: ``pickers.rank_rows`` and the passages)
        if prose_verdicts.asked_holders(question) in ("customer", "supplier"):
            return None  # "how dependent is it on its largest partners?": the filer's sentences stating the shares
            # answer, never a statement figure (total revenue is no share held by anyone)
        found = _answer_question(question, index, filters)
        if (found is not None and (without_why(question) is not None or asks_reason(question))
                and REASON_LEAD not in found.text and unfit_metrics.NOT_USEFUL not in found.text):
            found = None  # "and what drove it?", "what was behind the decline?": a figure without the filer's reason
            # answers another question
        if found is None and filters is None:
            # "How much did its Core FFO per diluted share change from 2024 to 2025?": the row the question names
            found = row_changes.per_share_change(question, index)
        ans = without_named_part(question, one_figure_for_several(question, found))
        ans = without_named_place(question, ans, index)
        ans = without_stray_name(question, ans, index)
        ans = without_share_base(question, ans)
        ans = count_not_money(question, ans)
        ans = dimension_not_money(question, ans)
        ans = choice_unnamed(question, ans)
        ans = every_year_verdict(question, ans)
        ans = sign_premise(question, ans)
        scene = premise_measure(question, ans)
        if scene is None and ans is not None and main_clause(question) is not None:
            # "As its revenues fell away, did it cut its selling spending? Compare Q2 2026 with Q2 2025": the premise's
            # measure answered; the main clause is the question (its own company and periods, or no answer)
            try:
                scene = answer_question(main_clause(question), index, filters)
            except Withdrawn:
                scene = None
            scene = premise_measure(question, scene)
            if scene is not None and not scene.refused:
                # the premise's own figures follow the main clause's answer: the scene it sets, checked and cited
                scene = measures_joined.joined(question, [scene, ans]) or scene
        ans = scene
        if (ans is not None and not ans.refused and asked_shares.misses_share_part(question, ans.text)
                and not _computes_stated(question, ans)):
            return None  # a share of the whole from a named part asked: the whole's level or change names no part
        if not several:
            # "Did its free cash flow cover its dividends in 2025, and was the cushion thinner than in 2024?": each part
            # the answer leaves out asked on its own and joined (``measures_joined.parts_answered``); what is still
            # left is shown as a partial answer (``answerer._parts_left``)
            ans = measures_joined.parts_answered(question, ans, lambda sub: _asked_part(sub, index, filters))
            if ans is None or measures_joined.periods_left(question, ans):
                # "... grow in 2Q26 versus 2Q25, and in the first six months of 2026 versus 2025?": one measure over
                # several sets of periods, each set asked on its own (``measures_joined.periods_apart``); an answer
                # for the first set alone is kept only when the others cannot be answered
                ans = measures_joined.periods_apart(question, lambda sub: _asked_part(sub, index, filters)) or ans
        return replace(ans, question=said) if ans is not None and question != said else ans
    except Withdrawn as w:
        named = named_companies(question, index) if hasattr(index, "documents") else []
        company = named[0].name if len(named) == 1 else None
        period, _ = resolve_period(_outside(question, find_definitions(question, LOOKUP)))
        return fact_sentences.withdrawn_answer(question, company, period, w.calculation, w)


def _asked_part(question: str, index: Any, filters: Any) -> Answer | None:
    """One part of a question asked on its own by the facts path (None when a calculation is withdrawn)."""
    try:
        return answer_question(question, index, filters)
    except Withdrawn:
        return None


_AVERAGE_ENDS = re.compile(r"\baverage\s+(?:of\s+)?[^?.;]{0,80}?\b(?:at\s+the\s+ends?\s+of\s+(?:the\s+)?(?:fiscal\s+)?"
                           r"(?:years?\s+)?(?:FY\s?)?(?:19|20)\d{2}\s+and\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}|"
                           r"(?:at|between)\s+(?:the\s+)?(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}\s+and\s+(?:fiscal\s+|FY\s?)?"
                           r"(?:19|20)\d{2}\s+year[- ]ends?)", re.I)


def _answer_defined(question: str, index: Any, filters: Any, defs: list[Definition]) -> Answer | None:
    """The one company's answer computed with ``defs`` (definitions mia derived from the question's wording, not
    stated as formulas: ``exclusion_definitions``); None when the question names not one company or no period."""
    if filters is not None:
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    asked_text = _outside(question, defs)
    period, years = _period_of(asked_text, company)
    if period is None:
        return None
    defs = _every_line(defs, index, company, period)
    shift, said = fact_lookup.filer_year_shift(asked_text, index, company.doc_ids)
    if shift:
        return None
    return _answer_for(question, index, company, defs, asked_text, period, years, 0)


def _answer_question(question: str, index: Any, filters: Any = None, exclusions: bool = True) -> Answer | None:
    excluded = exclusion_definitions(question) if exclusions else []
    if excluded:
        try:
            ans = _answer_defined(question, index, filters, excluded)
        except (MissingInput, Withdrawn):
            ans = None
        stated = frozenset(i.words for d in excluded for i in d.inputs() if i.effect and is_row_input(i.metric))
        adj = adjustments.adjustment_in(question)
        asked = frozenset(adj.items) if adj is not None and adj.amounts else frozenset()
        if ans is not None and not ans.refused and ans.inputs and _one_statement(index, ans.inputs, stated, asked):
            return ans
        fallback = _answer_question(question, index, filters, exclusions=False)
        if (ans is not None and ans.refused and fallback is not None and not fallback.refused
                and adjustments.unapplied_adjustment(question, fallback).refused):
            # the question as asked would give the reported figure, which is not the adjusted one: the decline
            # naming the item that was not found says more
            return ans
        return fallback
    if member_asks.asks_member_ranking(question) and member_asks.asked_measure(question):
        # "Which revenue line grew fastest?", "which of its segments was weakest?": a ranking of members is answered
        # from the members' rows (extract, table_rankings) or not at all, never by a figure of the whole
        return None
    if intent._ADJUSTED.search(question) and not find_definitions(question, LOOKUP):
        # an adjusted figure is the filer's own row; one the question defines for itself is computed as defined
        return _adjusted(question, index, filters)
    if _STABILITY.search(question) and asks_yes_no(question) and filters is None and not intent._EXPLAIN.search(
            re.sub(r"\bconsistent\w*|\bhistorically\b", " ", intent._CAVEAT.sub(" ", question), flags=re.I)):
        named = named_companies(question, index)
        ratios = [c for c in intent._calcs_in(intent._CAVEAT.sub(" ", question)) if c in calc.RECIPES]
        if len(named) == 1 and len(ratios) == 1:
            try:
                return stability_answer(question, index, named[0])  # None: not one year's figure either
            except Withdrawn:
                return None
    parsed = [d for d in find_definitions(question, LOOKUP) if isinstance(d, Definition)]
    if attribution.asked(question) and not parsed and filters is None:
        # "how much of its net income belonged to noncontrolling interests (and how much to its shareholders)?":
        # the statement's attribution rows that add up to net income, never net income (or one part) alone
        named = named_companies(question, index)
        period = _period_of(question, named[0])[0] if len(named) == 1 else None
        if period is not None:
            shift, said = fact_lookup.filer_year_shift(question, index, named[0].doc_ids)
            period = fact_lookup.shift_period(period, shift) if shift else period
            found = attribution.attribution_answer(question, index, named[0].name, named[0].doc_ids, period)
            return fact_sentences.with_naming_note(found, said, period) if shift else found
    # words of a definition the question states and mia reads ("total stockholders' equity (excluding noncontrolling
    # interests)") qualify that definition's inputs: they ask for no breakdown, reason or forecast
    rest = intent._CAVEAT.sub(" ", without_why(question) or without_own_exclusions(_outside(question, parsed),
                                                                                 LOOKUP, parsed))
    if _NOT_A_FIGURE.search(_part_kinds(rest, parsed)):
        return facts_path.answer_from_facts(question, index, filters)
    if filters is not None and (getattr(filters, "companies", None) or getattr(filters, "docs", None)):
        return facts_path.answer_from_facts(question, index, filters)
    named = named_companies(question, index)
    if not named:  # a company a report about several companies covers (``fact_lookup.ReportCompany``), or none
        return facts_path.answer_from_facts(question, index, filters)
    defs_all = find_definitions(question, LOOKUP)
    defs = [d for d in defs_all if isinstance(d, Definition)]
    failed = [d for d in defs_all if isinstance(d, Unparsed)]
    asked_text = _outside(question, defs_all)  # the years a definition names are its inputs', not the period asked
    # "... over the average of total assets at the ends of 2024 and 2025": the years of an average's two year-ends
    # are its inputs' too, not two periods compared
    asked_text = _AVERAGE_ENDS.sub(" ", asked_text)
    if len(named) == 2:
        period, years = resolve_period(asked_text)
        if period is None or failed:
            return None
        try:
            q = quantity_in(question, defs)
        except NoPlace:
            return None
        if q is None or (q.definition is None and states_unread_definition(asked_text)):
            return None  # a definition stated in words not read: never mia's own formula
        try:
            return compare_answer(question, index, named, q, period, years)
        except MissingInput:
            return None
    if len(named) != 1:
        return None
    company = named[0]
    if failed:
        # an input the registry does not read ("A and B at face value") that the company's tables print as one row's
        # whole label: that row (``quantities.printed_lookup``)
        relooked = find_definitions(question, printed_lookup(index, company.doc_ids))
        if relooked and not any(isinstance(d, Unparsed) for d in relooked):
            defs_all, failed = relooked, []
            defs = [d for d in defs_all if isinstance(d, Definition)]
            asked_text = _AVERAGE_ENDS.sub(" ", _outside(question, defs_all))
    period, years = _period_of(asked_text, company)
    if failed:
        return _decline(question, f"{failed[0].reason} (in \"{failed[0].text}\")", company.name, period)
    share = _SHARE_OUTSIDE.search(asked_text) if defs else None
    if share and any(d.name and d.name.lower() in asked_text[share.end():].lower() for d in defs):
        share = None  # "... as a percentage of that year's free cash flow": the defined figure is the base, not the part
    if share and (asked_text[:share.start()].rstrip().endswith("(") or _RATIO_ASKED.search(asked_text[:share.start()])):
        # "operating margin before impairments (as a percentage of net sales)": the words say what the ratio asked is
        share = None
    if share and not any(_ratio(d.expr) for d in defs):
        # "free cash flow (A less B) ... as a percentage of revenue": the defined amount is asked as a share of another
        # figure the definition does not hold: that figure of the same period divides it, when its words name one
        # metric; else declined (the amount alone would answer another question)
        whole = _share_base(asked_text[share.end():])
        if whole is None or len(defs) != 1:
            return _decline(question, f"the defined figure is asked {share.group().strip()} another figure, which mia "
                                      f"does not read", company.name, period)
        d = defs[0]
        defs = [Definition(f"{d.name} as a percentage of {whole.words}" if d.name else "",
                           f"({d.text}) / {whole.words} x 100",
                           Op("*", Op("/", d.expr, whole), Num(100.0, "100")))]
    if period is None:
        return None
    # the fiscal years of the inputs the question says to use ("using FY2022 cost of sales and the average of
    # inventories at the FY2021 and FY2022 year-ends"): read by ``quantities.with_inputs`` as mia names its columns
    using = [y for i in stated_inputs(question, LOOKUP) for y in i.years]
    named = [y for d in defs for i in d.inputs() for y in i.years]
    shift, said = fact_lookup.filer_year_shift(asked_text, index, company.doc_ids)
    asked_shift = bool(shift) and intent.metrics_in(asked_text) != ["dividends_per_share"]
    if not asked_shift:  # the years named only inside the definition or the inputs to use are the filer's too
        shift, said = fact_lookup.filer_year_shift(question, index, company.doc_ids) if named or using else (0, None)
    if shift and using:
        return _decline(question, _USING_FILER_YEARS, company.name, period)
    if asked_shift:
        # "fiscal 2024" of a filer naming its years by the year they began: the year that closed in 2025, and so every
        # year its definition names (``definitions.named_years_shifted``)
        period, years = fact_lookup.shift_period(period, shift), tuple(y + shift for y in years)
        defs = [named_years_shifted(d, shift) for d in defs]
        return fact_sentences.with_naming_note(_answer_for(question, index, company, defs, asked_text, period, years,
                                                       shift), said, period)
    if shift:
        # the years are named only inside the definition ("Define inventory turnover as FY2022 cost of sales ..."):
        # the same filer's years; the period asked outside it (none named there) stays as found
        defs = [named_years_shifted(d, shift) for d in defs]
        return fact_sentences.with_naming_note(_answer_for(question, index, company, defs, asked_text, period, years,
                                                       0), said, f"FY{max(named) + shift}")
    return _answer_for(question, index, company, defs, asked_text, period, years, 0)


# General rule (session 29, #10): the fiscal years named in the inputs a question says to use are the filer's own names.
# For a filer naming its years by the year they began they are not mia's column names, and the inputs are read by
# those names (``quantities.with_inputs``): declined rather than computed from the years before the asked ones (it was
# titled with the asked year and computed from the prior year's cost of sales and inventories).
_USING_FILER_YEARS = ("the inputs the question says to use name fiscal years, and this filer names each fiscal year by "
                      "the year it began; mia does not read such named inputs in the filer's years")


# a share asked of a defined figure, outside its definition: "... as a percentage of revenue", "as a share of net sales"
_SHARE_OUTSIDE = re.compile(r"\b(?:as|in)\s+(?:an?\s+)?(?:percentages?|percent|%|share|proportion|fraction|ratio)\s+of\b",
                            re.I)


_RATIO_ASKED = re.compile(r"\b(?:margins?|ratios?|rates?|yields?|returns?|turnovers?|intensity|shares?|percentages?|"
                          r"proportions?)\b", re.I)


def _share_base(text: str) -> Input | None:
    """The figure a share is asked of, from the words after "as a percentage of" up to the next clause ("revenue,
    rounded to ..." -> revenue), when they name one metric (``LOOKUP``); else None."""
    words = re.split(r"[,.;?!(]|\s+(?:for|in|during|over|at|as\s+of|and|rounded|round|expressed|based|using)\b", text,
                     maxsplit=1)[0].strip()
    words = re.sub(r"^(?:the\s+|its\s+|their\s+|total\s+(?=revenues?\b))", "", words, flags=re.I).strip()
    metric = LOOKUP(words) if 0 < len(words.split()) <= 6 else None
    return Input(metric=metric, words=words) if metric else None


def _ratio(expr: Any) -> bool:
    """Whether a definition's arithmetic is a ratio (a division, perhaps times 100)."""
    if getattr(expr, "op", None) == "/":
        return True
    return getattr(expr, "op", None) == "*" and (_ratio(expr.left) or _ratio(expr.right))


def _answer_for(question: str, index: Any, company: Company, defs: list[Definition], asked_text: str, period: str,
                years: tuple[int, ...], shift: int) -> Answer | None:
    """The answer for one company and its asked period (``shift``: years added to the fiscal years the question
    names, ``fact_lookup.filer_year_shift``). A yes/no question is never answered by a figure alone: an answer that
    gives neither a verdict nor says why it gives none ("Does it depend on a single customer for a large share of
    its revenue?" is not answered by its revenue) is left to the passages; one saying that the measure does not
    apply to the company ("Does the bank have positive working capital?": no current items) answers it."""
    ans = _answer_for_period(question, index, company, defs, asked_text, period, years, shift)
    if (ans is not None and not ans.refused and asks_yes_no(question)
            and not re.match(r"(?:yes|no)\b", ans.text.strip(), re.I) and unfit_metrics.NOT_USEFUL not in ans.text
            and read_asked(asked_text, len(years)).kind == "level" and judgement_in(question) is None):
        return None
    return ans


def _answer_for_period(question: str, index: Any, company: Company, defs: list[Definition], asked_text: str,
                       period: str, years: tuple[int, ...], shift: int) -> Answer | None:
    ctx = _Context(index, company, years, _asked_scale(question), question)
    judgement = judgement_in(question) if asks_yes_no(question) else None
    q: Quantity | None = None
    try:
        if asks_yes_no(question) and _OCF_COVER.search(question) and not re.search(r"free[- ]cash[- ]flow|\bfcf\b",
                                                                                question, re.I):
            return ocf_cover_answer(question, ctx, period)
        if judgement is not None and judgement.key == PAYOUTS_COVER:
            return payouts_cover_answer(question, ctx, period, defs)
        if judgement is None and not defs:
            two = two_amounts_answer(question, ctx, period)
            if two is not None:
                return two
        if judgement is not None:
            if len(years) >= 2 and judgement.measure == "revenue_growth":
                period = f"FY{max(years)}"
            measures = [judgement.measure, *(i.measure for i in judgement.indicators)]
            asked_year = int(period[2:]) if re.fullmatch(r"FY\d{4}", period) else None
            # a definition that is a measure's own formula said again ("judging by capex as a share of revenue") is
            # that measure (``quantities.restates``)
            unfit = [d for d in defs if not any(m in RECIPE_FORMULAS and (_fits(m, d) or restates(m, d, asked_year))
                                                for m in measures)]
            if not unfit:  # the question's definitions are used where they fit
                return judgement_answer(question, ctx, judgement, period, defs)
            if not all(_names_the_judgement(d, judgement) for d in unfit):
                return _decline(question, f"the question defines \"{unfit[0].name or unfit[0].text}\", which none "
                                          f"of the measures mia judges this by has a place for", company.name, period)
            # "Is it capital intensive? Define capital intensity as ...": the figure as defined, and no verdict of
            # mia's conventions (below)
        try:
            q = quantity_in(question, defs)
        except NoPlace as e:
            return _decline(question, str(e), company.name, period)
        if q is None:
            if defs:
                return _decline(question, "the question defines a figure but does not say which one it asks for",
                                company.name, period)
        elif q.definition is None and states_unread_definition(asked_text):
            # "Taking X as A divided by B" in a form not read: never mia's own formula in place of the one stated
            return _decline(question, "the question states how the figure is computed in words mia could not read "
                                      "as a formula", company.name, period)
        if (q is None and not defs and asks_yes_no(question) and stated_threshold(asked_text) is not None
                and [c for c in intent._calcs_in(asked_text)] == ["debt_to_equity"]):
            judged = threshold_answer(question, ctx, Quantity("debt-to-equity ratio", recipe="debt_to_equity"), period)
            if judged is not None:
                return judged
        if q is None and not defs and _QUOTIENT_ASKED.search(asked_text):
            # "what was its sales and marketing expense divided by revenue": a quotient asked and not read (a figure of
            # it has no metric) is never answered by one of its figures' level or change
            return _decline(question, "the question asks a quotient of figures mia could not read as a formula",
                            company.name, period)
        if q is None:
            found = facts_path.answer_from_facts(question, index, _pinned(company), shifted=bool(shift))
            if found is not None and not defs and without_share_base(question, found) is None:
                # "product development as a percentage of total net revenues": the base's own figure answers nothing
                # (``without_share_base`` drops it on every path); the named line over that base may
                found = None
            if found is None and not defs:
                # a line item no metric of mia's names, asked as a change or a share ("how much did its royalty fees
                # grow?", "royalties as a proportion of total revenues"): computed from the row bearing its name
                q = _named_line_quantity(asked_text, ctx, period, None)
            if q is None:
                if found is None and not defs and not asks_yes_no(question):
                    # a line item no metric of mia's names, asked by its row's label ("purchased transportation")
                    found = statement_rows.named_row_answer(asked_text, index, company.name, company.doc_ids, period,
                                                        ctx.scale, _scale_word(ctx.scale))
                return found
        if q.recipe and metric_qualifiers.part_words(question):
            return None  # a ratio of one segment or channel: mia's formulas run over the consolidated rows only
        narrowed = (metric_qualifiers.qualifier(asked_text, q.recipe, intent.calculation_words(q.recipe))
                    - _recipe_words(q.recipe) if q.recipe and q.definition is None else set())
        if narrowed:
            # "subscription gross margin": the part's own rows, or no figure (never the consolidated ratio)
            if q.recipe == "gross_margin" and read_asked(asked_text, len(years)).kind == "level":
                return part_margin_answer(question, ctx, narrowed, period)
            return None
        asked = read_asked(asked_text, len(years))
        if (q.definition is not None and asked.kind in ("change", "growth") and len(periods_named(asked_text)) < 2
                and all(i.how == "change" for i in q.definition.inputs())):
            # "How much of its revenue growth came from ...? Express A's increase as a percentage of B's increase": a
            # figure made of changes only; the growth words name its own changes, so its one period's figure is asked,
            # not a change of it (a definition with one change among levels, "DPO ... change in inventory", is not)
            asked = replace(asked, kind="level")
        if q.metric and not q.recipe and q.definition is None and share_of_metric(asked_text, q.metric):
            # "What share of total DD&A was landfill depletion and amortization?": a named line over the metric
            line_q = _named_line_quantity(asked_text, ctx, period, q)
            # "Were its operating costs a larger share of net sales in 2024 than in 2025?": net sales is the base
            if line_q is None:
                return _refusal(question, f"The question asks for a figure as a share of {q.title or q.metric}; mia "
                                          f"found no row or stated definition for the part, and {q.title or q.metric} "
                                          "itself does not answer it.", company.name, period)
            q = line_q
        if (asks_yes_no(question) and asked.kind == "level" and (q.recipe or q.definition is not None)
                and stated_threshold(asked_text) is not None):
            judged = threshold_answer(question, ctx, q, period)
            if judged is not None:
                return judged
        if q.metric and not q.recipe and metric_qualifiers.qualifier(question, q.metric):
            # a part of the metric ("subscription revenue") is named after its own row
            part = statement_rows.qualified_row(question, index, q.metric, company.doc_ids, period, ctx.by_id)
            if part is not None:
                q = replace(q, title=statement_rows.row_title(part.label, q.metric))
        # a row, or an amount the question defines ("tangible equity (equity minus goodwill and intangibles)")
        if (asks_yes_no(question) and asked.kind == "level" and not q.recipe
                and (q.metric or (q.definition is not None and q.how == Quantity.how))
                and _SIGN_ASKED.search(asked_text)):
            judged = sign_answer(asked_text, ctx, q, period)
            if judged is not None:
                return judged
        if asked.kind == "level" and not asks_yes_no(question) and intent.year_earlier_span(asked_text):
            # "... for the six months ended December 31, 2025 and for the same six months a year earlier": both
            # spans' figures, as the change from the year-earlier span (``intent.year_earlier_span``)
            asked = replace(asked, kind="change")
        averaged = intent._average_years(question, years) if intent._MULTI_YEAR_AVERAGE.search(question) else None
        if asked.kind == "changes":
            # "Was its revenue growth higher in FY2025 than in FY2024?": each period's change from the one before
            named_periods = [fact_lookup.shift_period(p, shift) for p in periods_named(asked_text)]
            if len(named_periods) != 2 or not all(p.startswith("FY") for p in named_periods):
                return None
            return changes_answer(question, ctx, q, asked, *named_periods)
        if asked.kind == "cagr" and ((q.metric and not q.recipe and metric_qualifiers.qualifier(question, q.metric))
                                     or (q.definition is not None and isinstance(q.definition.expr, Input))):
            # "the 2-year CAGR of its licensing revenue from fiscal 2024 to fiscal 2026": the amount at both named
            # fiscal years, compounded over the years between (the row of the part the question narrows its metric
            # to, or the row a line's name names; a metric's own CAGR is the facts path's)
            named_periods = [fact_lookup.shift_period(p, shift) for p in periods_named(asked_text)]
            if len(named_periods) == 2:
                grown = cagr_answer(question, ctx, q, *sorted(named_periods))
                if grown is not None:
                    return grown
        listed = [fact_lookup.shift_period(p, shift) for p in periods_named(asked_text)]
        if (asked.kind == "change" and not averaged and not asks_yes_no(question) and len(listed) >= 3
                and len({_span_kind(p) for p in listed}) == 1 and not _MOVE_ASKED.search(asked_text)
                and (q.recipe is None or q.recipe in calc.RECIPES or q.definition is not None or q.metric)):
            # "in each of fiscal 2024, 2025 and 2026": three periods or more listed, no move asked, are each period's
            # figure, never a change between two of them (General rule: every period a question lists is answered)
            return levels_answer(question, ctx, q, listed)
        if asked.kind in ("change", "growth", "direction") and not averaged:
            # spans named by length and end date are the report's own columns ("the three months ended June 30,
            # 2026 compared with the three months ended June 30, 2025"), and two balance dates the columns of their
            # reports ("between December 31, 2025 and June 30, 2026"), never the years of their dates
            named_periods = (intent.spans_ended(asked_text, company.docs)
                             or intent.dates_compared(asked_text, company.docs)
                             or _same_span([fact_lookup.shift_period(p, shift) for p in periods_named(asked_text)],
                                           asked_text))
            if (len(named_periods) == 2 and _span_kind(named_periods[0]) != _span_kind(named_periods[1])
                    and not _at_dates(q) and not intent.dates_compared(asked_text, company.docs)):
                # "grow in the second quarter, and over the first six months?": two flows of different lengths are
                # two growths, each against its own year before, never one change from one to the other (balances
                # at a year-end and a quarter-end are one change: ``_at_dates``, ``dates_compared``)
                return span_changes_answer(question, ctx, q, asked, named_periods)
            if len(named_periods) == 2:
                p0, p1 = named_periods
            elif len(named_periods) <= 1:
                p1 = named_periods[0] if named_periods else period
                p0 = prev_period(p1)  # "year-over-year": the same period a year before
            else:
                return None
            # net debt (each balance sheet's debt rows less its cash, ``finance.debt``) too: a change asked is
            # answered as a change of net debt or declined, never as one year's level (General rule: a change asked of
            # a figure mia sums from a statement's rows is that figure at both periods, set against each other)
            if (q.recipe is None or q.recipe in calc.RECIPES or q.recipe == "net_debt" or q.definition is not None
                    or q.metric):
                if not (asked.kind == "direction" and q.recipe and not defs and intent._TREND.search(question)
                        and not asked.direction):
                    return change_answer(question, ctx, q, asked, p0, p1)
        spans = intent.spans_ended(asked_text, company.docs) if asked.kind == "level" else None
        if asked.kind == "level" and not spans:
            # "for the second quarter of 2025 and for the first six months of 2025": the same two columns by name
            named = [fact_lookup.shift_period(p, shift) for p in periods_named(asked_text)]
            if (len(named) == 2 and {_span_kind(p)[-1] for p in named} == {"Q", "M"}
                    and len({re.sub(r"^\S+ ", "", p) for p in named}) == 1):
                spans = named
        if (spans and len(spans) == 2 and _span_kind(spans[0]) != _span_kind(spans[1]) and not asks_yes_no(question)
                and not averaged and q.recipe != "net_debt" and q.metric != "total_debt"
                and not (q.metric and metric_qualifiers.qualifier(question, q.metric))):
            # "for the three and six months ended June 30, 2026": the quarter's figure and the year to date's, each
            # from its own column (``intent.spans_ended``), never the year to date's alone
            return levels_answer(question, ctx, q, spans)
        if q.recipe == "net_debt" or q.metric == "total_debt":  # summed from the balance sheet's debt rows
            return level_answer(question, ctx, q, period)
        if defs or q.definition is not None:  # a stated definition, or the inputs the question names
            if asked.kind == "cagr":
                return _decline(question, "a growth rate of a defined figure is not computed", company.name, period)
            if averaged:
                return level_answer(question, ctx, q, period, [f"FY{y}" for y in averaged])
            several = list(dict.fromkeys(fact_lookup.shift_period(p, shift) for p in periods_named(asked_text)))
            spans = intent.spans_ended(asked_text, company.docs)
            if spans and len(spans) == 2 and _span_kind(spans[0]) != _span_kind(spans[1]):
                # "for the three and six months ended June 30, 2026": the quarter's and the year to date's columns
                several, period = spans, spans[0]
            if asked.kind == "level" and not asks_yes_no(question) and len(several) >= 2 and period in several:
                # "... in the third quarter of 2025 and in the first nine months of 2025": each period asked, each
                # computed as defined; one not computed declines the whole (``MissingInput``)
                return levels_answer(question, ctx, q, several)
            return level_answer(question, ctx, q, period)
    except MissingInput as e:
        if defs or (q is not None and q.definition is not None):  # a stated definition, or named inputs
            return _decline(question, f"an input of the definition was not found in {company.name}'s filings "
                                      f"({', '.join(e.missing)})", company.name, period)
        if fact_calculations.needs_average(e):  # never the closing balance in place of an average
            return fact_calculations.average_declined(question, company.name, period, q.title if q else "calculation", e)
        return None
    return facts_path.answer_from_facts(question, index, _pinned(company), shifted=bool(shift))
