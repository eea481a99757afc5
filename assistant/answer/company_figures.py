"""A company's figure of a ``Quantity`` for one period, from its facts (``Figure``, ``_Context``).

``_Context.figure``: a statement row (by metric, by the label's words, qualified, the owners' row), a calculation
from its rows (each input checked on its page), total / net debt, a stated rate, a charge a sentence states
(``_stated_charge``); and the label matching it uses (``_loosely``, ``_headed``, ``_captioned``, ``_headless``).
``_named_line_quantity``: a line item no metric names, read as the row bearing its name (``named_lines``).
Reads ``wording.py`` and ``quantities.py``.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..finance import debt as debts
from ..finance import formulas as calc
from ..finance.formulas import CalcResult, MissingInput, Withdrawn, amount, fmt
from ..finance.registry import cash_direction, label_tokens, measured_head
from ..finance.select import Pick, row_on_statement, row_statement_kind, statement_strength_of
from ..finance.statements import cash_flow_table_row
from ..query import intent
from ..query.definitions import (
    ROW, Definition, Input, Node, Num, Op, evaluate, input_qualifier, is_row_input, sign_read, sum_named, unit_asked,
    without_definitions,
)
from ..query.entities import Company
from ..text.numbers import parse_numbers
from ..text.sentences import sentence_spans
from ..query.intent import Request, asks_yes_no, read_asked
from ..text.periods import periods_named
from ..types import Fact
from . import (
    adjustments, fact_calculations, fact_lookup, fact_sentences, metric_qualifiers, named_lines, per_share_dividends,
    statement_rows,
)
from .wording import stated_threshold
from .quantities import LOOKUP, Quantity, combined_sum, referred_sum, says_combined


def _named_line_quantity(text: str, ctx: "_Context", period: str, whole: Quantity | None) -> Quantity | None:
    """A line item no metric names, asked as a share of a total ("<part> as a proportion of <whole>", ``whole``: the
    metric the question resolved to, else the whole's own words) or as a change: the row bearing its name
    (``named_lines``) as a definition's input; None when no one row is named or the question asks neither."""
    skip = [ctx.company.name, *ctx.company.long, *ctx.company.short]
    ids = ctx.company.doc_ids
    parts = named_lines.share_parts(text, skip)
    if parts is not None:
        part_words, whole_words = parts
        # "...; what share of its net income was this?": the sum the question asked before
        part_words = referred_sum(part_words, text) or part_words
        summed = sum_named(part_words, LOOKUP)
        combined = says_combined(part_words)
        if summed is None and combined:
            # "buybacks and dividends combined, as a percentage of net earnings": every item listed, added up
            found = combined_sum(part_words)
            if found is not None:
                part_words, summed = found
        base_metric = (whole.metric if whole is not None and not whole.recipe and whole.definition is None
                       else None if whole is not None else LOOKUP(whole_words))
        if summed is not None and base_metric:
            # "what share of total assets consisted of land plus buildings, net": the figures the part adds
            # up (each a metric's row or a row labelled with its words), over the metric of the whole
            title = f"{part_words} as a share of {whole_words}"
            d = Definition(title, f"({part_words}) / {whole_words} x 100",
                           Op("*", Op("/", summed, Input(base_metric, whole_words)), Num(100.0, "100")))
            return Quantity(title, definition=d, how="the share asked, from the rows named")
        if combined or re.search(r"\bplus\b|\bminus\b|\s[-+]\s", part_words, re.I):
            return None  # a part adding figures up that is not read as their sum: never one of its rows alone
        # a part of a total of one side ("total revenues") is that side's line (``named_lines.side_of_whole``)
        part = named_lines.named_line(part_words, ctx.index, ids, period, skip,
                                      whole_side=named_lines.side_of_whole(whole_words))
        if part is not None and fact_lookup._failed_input(ctx.index, [part], primary=True) is not None:
            return None  # a row off the statements and numbered notes (a summary table's): left to the passages
        if part is None and _stated_respectively(ctx.index, ctx.company, part_words, period) is not None:
            # a line no table prints, that a sentence states year by year ("Advertising expenses ... were $A, $B and
            # $C, respectively"): an input found by its words for each period (``by_label``)
            part = Input(ROW + " ".join(re.findall(r"[a-z0-9]+", part_words.lower())), part_words)
        metric = whole.metric if whole is not None else (LOOKUP(whole_words) or LOOKUP(re.sub(
            r"^(?:the\s+|its\s+)?total\s+", "", whole_words, flags=re.I)))
        if part is None or (part.metric and part.metric == metric):
            return None
        if metric is not None:
            base: Node = Input(metric, whole_words)
        else:
            row = named_lines.named_line(whole_words, ctx.index, ids, period, skip)
            if (row is None or row.label == part.label
                    or fact_lookup._failed_input(ctx.index, [row], primary=True) is not None):
                return None
            base = named_lines.row_input(row)
        d = named_lines.share_definition(part, base, whole_words)
        return Quantity(d.name, definition=d, how="the share asked, from the rows named")
    # "How much less did it record in <line> in the first half of 2025 than in the first half of 2024?": two periods
    # named make a comparison of them a change
    if whole is not None or read_asked(text, max(1, len(periods_named(text)))).kind not in ("change", "growth",
                                                                                         "direction", "cagr"):
        return None
    row = named_lines.named_line(text, ctx.index, ids, period, skip)
    if (row is None or (row.metric and row.metric in intent.metrics_in(text))
            or fact_lookup._failed_input(ctx.index, [row], primary=True) is not None):
        return None  # no one row, a metric's (its own path), or a row no calculation may use: left to the passages
    d = named_lines.line_definition(row)
    return Quantity(d.name, definition=d, how="the row the question names")


@dataclass(frozen=True)
class Figure:
    period: str
    value: float
    unit: str  # "USD", "%", "x", "days", ""
    facts: tuple[Fact, ...]
    result: CalcResult | None = None
    scale: float = 1e6

    def shown(self, tenths: bool = False) -> str:
        """The figure as an analyst writes it; ``tenths``: an amount of a thousand or more in its scale keeps one
        decimal ("$1,436.5 million", as the statements print it) instead of rounding to a whole number."""
        if self.unit.endswith("/share"):
            return fact_sentences._per_share_text(Fact("", "", "", 0, "", self.value))
        if self.unit == "USD":
            word = calc.SCALE_WORDS.get(self.scale, "")
            sign = "-" if self.value < 0 else ""
            v = abs(self.value) / self.scale
            text = f"{v:,.1f}" if tenths and v >= 1000 and round(v, 1) != round(v) else fmt(v)
            return f"{sign}${text}{(' ' + word) if word else ''}"
        return fmt(self.value, self.unit)


# the five-year table a 10-K prints under its own title
_SELECTED_DATA = re.compile(r"\bselected\s+(?:consolidated\s+)?financial\s+data\b", re.I)


class _Context:
    def __init__(self, index: Any, company: Company, years: tuple[int, ...] = (), scale: float | None = None,
                 question: str = ""):
        self.index, self.company, self.years, self.question = index, company, years, question
        self.scale = scale  # the scale the question asks amounts in (1e9 for "in USD billions")
        self.by_id = {d.doc_id: d for d in index.documents()}

    def figure(self, q: Quantity, period: str) -> Figure:
        fig = self._figure(q, period)
        # every input is checked on its own page (finance.inputs); a summed input is cited row by row
        rows = fact_sentences._cited(fig.facts)
        named = [r for r in rows if not r.fact_id.startswith(_STATED) and self._named_source(r)]
        failed = (fact_lookup._failed_input(self.index, [r for r in rows if not r.fact_id.startswith(_STATED)
                                                         and r not in named], primary=fig.result is not None)
                  # a row of the table the question names as its source (``_named_source``): checked on its page,
                  # though that table is no primary statement
                  or fact_lookup._failed_input(self.index, named, primary=False)
                  # a charge a sentence states (``_stated_charge``): the sentence and its figure on the cited page
                  or fact_lookup._failed_input(self.index, [r for r in rows if r.fact_id.startswith(_STATED)],
                                              primary=False))
        if failed is not None:
            if fig.result is not None:  # a calculation: the user is told which input failed and why
                raise Withdrawn(q.title, f"\"{failed[0].label}\" ({failed[0].period}): {failed[1]}", (failed[0],))
            raise MissingInput(q.title, [failed[1]])
        fig = replace(fig, facts=tuple(rows))
        return replace(fig, scale=self.scale) if self.scale and fig.unit == "USD" else fig

    def request(self, period: str) -> Request:
        return Request(company=self.company.name, doc_ids=self.company.doc_ids, years=self.years, period=period,
                       asked=self.question)

    def pick(self, metric: str, period: str) -> Pick | None:
        return fact_calculations._pick(self.index, metric, self.request(period), period, self.by_id)

    def _debt_figure(self, q: Quantity, period: str) -> Figure:
        """Total debt (the filer's own total-debt row, else its debt rows added up: ``finance.debt``) or net debt
        (total debt less cash and cash equivalents; short-term investments too when the question names them)."""
        rows = fact_calculations.balance_sheet_rows(self.index, self.company.doc_ids, period, self.by_id)
        debt = fact_calculations.debt_result(rows, debts.leases_asked(self.question))
        if isinstance(debt, str):
            raise MissingInput(q.title, [f"{q.title} ({period}): {debt}"])
        if q.recipe != "net_debt":
            if debt.formula == "total debt":
                return Figure(period, debt.value, "USD", debt.inputs, scale=debt.inputs[0].scale or 1.0)
            return Figure(period, debt.value, "USD", debt.inputs, debt, scale=debt.inputs[0].scale or 1.0)
        cash = [f for f in rows if f.metric == "cash_and_equivalents"]
        wanted = [cash]
        if re.search(r"\b(?:short-term|marketable)\s+(?:investments|securities)\b", self.question, re.I):
            wanted.append([f for f in rows if f.metric == "short_term_investments"])
        if any(len({round(f.absolute, 6) for f in w}) != 1 for w in wanted):
            raise MissingInput(q.title, [f"{q.title} ({period}): the cash row of the balance sheet"])
        r = debts.net_debt(debt, [w[0] for w in wanted])
        return Figure(period, r.value, "USD", r.inputs, r, scale=r.inputs[0].scale or 1.0)

    def _stated_rate(self, q: Quantity, period: str, r: CalcResult) -> Fact | None:
        """The filer's own row of a rate it states (``calc.STATED_RATES``: "Effective tax rate 26.1%") for the period,
        when that row is the rate the statement rows give within their printed rounding (96 / 369 is 26.0%, the
        filer's 26.1% from unrounded amounts): an analyst quotes the filer's rate, and a change between two periods
        computed from rounded rows can be off by tenths of a point. None without such a row, or when it disagrees
        (another measure: a non-GAAP rate, a statutory rate), so the rate is computed."""
        metric = calc.STATED_RATES.get(q.recipe or "")
        if metric is None or q.definition is not None or not r.inputs:
            return None
        pick = fact_calculations._settled(self.pick(metric, period), q.title)
        if pick is None or pick.fact.unit != "%" or pick.fact.period != period:
            return None
        if fact_lookup._failed_input(self.index, [pick.fact], primary=False) is not None:
            return None
        return pick.fact if calc.stated_rate_agrees(pick.fact.value, r) else None

    def _named_source(self, f: Fact) -> bool:
        """Whether the question says its figures are read from the filer's selected financial data and the row
        stands below that table's title on its page (a title further down than ``statements.named_note`` looks,
        after the end of the item before): the source the user chose, though no primary statement."""
        if not _SELECTED_DATA.search(self.question) or f.kind != "table":
            return False
        page_text = getattr(self.index, "page_text", None)
        text = page_text(f.doc_id, f.page) if page_text else None
        title = _SELECTED_DATA.search(text or "")
        return bool(text and title and text.find(f.quote.strip(), title.end()) >= 0)

    def _figure(self, q: Quantity, period: str) -> Figure:
        if q.recipe == "net_debt" or (q.metric == "total_debt" and not q.recipe):
            return self._debt_figure(q, period)
        if q.metric == "dividends_per_share" and not q.recipe:  # the year's amount, never a quarter's
            req = Request(company=self.company.name, doc_ids=self.company.doc_ids, years=self.years, period=period)
            d = per_share_dividends.annual_dividend(self.index, req, period, self.by_id)
            if d is None:
                raise MissingInput(q.title, [f"{q.title} ({period})"])
            return Figure(period, d.value, "USD/share", (d,), scale=1.0)
        if q.metric and not q.recipe:
            p = fact_calculations._settled(self.pick(q.metric, period), q.title)
            if p is None and self.question and metric_qualifiers.qualifier(self.question, q.metric):
                part = statement_rows.qualified_row(self.question, self.index, q.metric, self.company.doc_ids, period,
                                                self.by_id)
                p = Pick(part) if part is not None else None
            if p is None:
                raise MissingInput(q.title, [f"{q.title} ({period})"])
            f = p.fact
            owners = statement_rows.attributable_row(self.question, self.index, f) if self.question else None
            if owners is not None:
                f = owners
            elif self.question and not metric_qualifiers.narrowed_by_label(self.question, q.metric, f.label):
                # "interest expense on deposits": the row found ("Total interest expense") is not that part; only
                # the part's own row answers (``statement_rows.qualified_row``)
                part = statement_rows.qualified_row(self.question, self.index, q.metric, self.company.doc_ids, period,
                                                self.by_id)
                if part is None:
                    raise MissingInput(q.title, [f"{q.title} ({period}) for the part the question names, not "
                                                 f"\"{f.label}\""])
                f = part
            return Figure(period, amount(f), f.unit or "USD", (f,), scale=f.scale or 1.0)
        if q.recipe:
            req = Request(company=self.company.name, doc_ids=self.company.doc_ids, years=self.years, period=period,
                          calculation=q.recipe, metric=q.metric, asked=self.question)
            out = fact_calculations._run_calc(self.index, req, self.by_id)
            if out is None:
                raise MissingInput(q.title, [f"an input of {q.title} ({period})"])
            r = out[1]
            stated = self._stated_rate(q, period, r)
            if stated is not None:
                return Figure(period, stated.value, "%", (stated,), scale=1.0)
            return Figure(period, r.value, r.unit, tuple(r.inputs), r, scale=_scale(r.inputs))
        assert q.definition is not None

        def get(metric: str, p: str) -> Fact | None:
            # the metric's row, else its rows added up where the filer prints none (``fact_calculations.input_fact``)
            return fact_calculations.input_fact(self.index, metric, self.request(p), p, self.by_id, q.title)

        def by_words(metric: str, p: str, words: str) -> Fact | None:
            """The row of ``metric`` for ``p`` whose label says the input's words best (one of several inputs
            mapped to one metric), on the page of the metric's chosen row; None when two rows tie."""
            pk = self.pick(metric, p)
            if pk is None:
                return None
            rows = [f for f in self.index.facts(metric=metric, period=p, doc_ids=[pk.fact.doc_id])
                    if f.period == p and f.page == pk.fact.page and f.kind == "table"]
            want = set(label_tokens(words)) - {"of", "the", "and", "a", "an"}
            scored = sorted(((len(want & set(label_tokens(f.label))), f) for f in rows), key=lambda t: -t[0])
            if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
                return None
            return scored[0][1]

        def by_label(metric: str, p: str, words: str, near: Sequence[tuple[str, int]] = ()) -> Fact | None:
            """The row of the company's statements whose label is the input's words ("purchases of revenue
            equipment" among two capital-expenditure rows; "revenue before fuel surcharge", a row no metric of
            mia's names: ``definitions.ROW``), for ``p``; None when no row is labelled so or rows so labelled
            disagree. A metric's row must carry that metric."""
            # the input's own period words ("FY2025 consolidated net income attributable to Contoso") are not the label's
            want = tuple(t for t in label_tokens(words) if t not in ("the", "a", "an", "its")
                         and not re.fullmatch(r"(?:fy)?'?\d{2,4}|fiscal", t))
            row = is_row_input(metric)
            facts = [f for f in self.index.facts(period=p, doc_ids=list(self.company.doc_ids))
                     if f.period == p and f.kind == "table" and f.unit != "%" and (row or f.metric == metric)]
            # a label's own articles are dropped as the words' are ("Equity attributable to shareowners of The Contoso
            # Company" is printed with the "The" of the company's name)
            rows = [f for f in facts if label_tokens(f.label) == want
                    or tuple(t for t in label_tokens(f.label) if t not in ("the", "a", "an", "its")) == want]
            if not rows:
                # "interest expense (income), net" is read as "interest expense net" (``definitions.sign_read``): the
                # row "Interest expense (income), net" is labelled so once its sign alternative is read the same way
                rows = [f for f in facts if label_tokens(sign_read(f.label)) == want]
            asked = _asked_charge(self.question, words, p) if row and q.definition is not None and any(
                i.effect and i.words == words for i in q.definition.inputs()) else None
            if asked is not None:
                # a charge whose amount for the year the question states: the row so labelled printing that amount
                # (a statement's first, else the discussion's table), cited as the question's figure; none: declined
                same = [f for f in facts if _loosely(label_tokens(f.label), want) and abs(f.absolute) > 0
                        and abs(abs(f.absolute) - asked) <= 0.005 * asked]
                same.sort(key=lambda f: (not row_on_statement(self.index, f), f.doc_id, f.page))
                return replace(same[0], fact_id=f"{_STATED}{same[0].fact_id}") if same else None
            untagged = False
            if not rows and not row and self.pick(metric, p) is None:
                # "total Adjusted EBITDA" where no row of the metric stands anywhere for the period: the row printed
                # with exactly those words that no metric claims (a segment note's total) is the input, never the
                # place a row of the metric would be (a metric with a row of its own never reaches this); the label is
                # also read with its sign alternative as the operand's words are ("earnings before provision/(benefit)
                # for income taxes")
                rows = [f for f in self.index.facts(period=p, doc_ids=list(self.company.doc_ids))
                        if f.period == p and f.kind == "table" and f.unit != "%" and not f.metric
                        and want in (label_tokens(f.label), label_tokens(sign_read(f.label)))]
                untagged = bool(rows)
            if not rows and not row and near and self.pick(metric, p) is None:
                # "dividends" where no row of the metric stands for the period: the row of the other inputs' page
                # headed by those words and qualified after a dash ("Dividends — common and preferred") that no
                # metric claims
                rows = [f for f in self.index.facts(period=p, doc_ids=list(self.company.doc_ids))
                        if f.period == p and f.kind == "table" and f.unit != "%" and not f.metric
                        and (f.doc_id, f.page) in near and _headed(f.label, want)]
            glossed = re.match(r"(.+?)\s*\(([^()]+)\)$", words.strip()) if row else None
            if not rows and glossed:
                # "Debt (corporate debt)": the row labelled by the words before the gloss (``definitions._glossed_row``)
                label = tuple(t for t in label_tokens(glossed.group(1)) if t not in ("the", "a", "an", "its"))
                rows = [f for f in facts if label_tokens(f.label) == label]
                _, side = named_lines.side_of_words(words)
                if side is not None:
                    # "Lodging (revenues)": the row of that label under the statement's revenues heading, never the
                    # one under its expenses (``named_lines.named_line``)
                    rows = [f for f in rows if named_lines.on_side(self.index, f, side)]
            if not rows and row:
                # "other vessel operating expenses" for the row "Other vessel operating" under the costs and expenses
                # heading: a generic head the words add (or leave out) names no other line
                rows = [f for f in facts if _headless(label_tokens(f.label)) == _headless(want)]
            if not rows and row:
                # "raw materials and supplies" for the row "Inventories, net Raw materials and supplies": a table's
                # caption read into its first row's label; the words before the row's own are a figure's name
                rows = [f for f in facts if _captioned(label_tokens(f.label), want)]
            if not rows and row:
                # "the divestitures gain" for the row "Divestitures (gain) loss": a row printing both sides of a gain
                # or a loss is the line of either side the words name
                rows = [f for f in facts if _one_side(label_tokens(f.label), want)]
            if not rows and row:
                # "direct service costs" for the row "Direct service costs, excluding depreciation and amortization": a
                # clause of what the row includes or leaves out says how the filer measures the line it heads
                rows = [f for f in facts if (h := measured_head(f.label)) and label_tokens(h) == want]
            if not rows and row and len(want) > 1 and want[0] == "net":
                # "net interest expense" for the row "Interest expense, net": the filers' trailing ", net" is the
                # word "net" before the line's name
                rows = [f for f in facts if label_tokens(f.label) == (*want[1:], "net")]
            # rows on the primary statements decide: the same label in a summary table or a note, read at another
            # scale or rounding ("$7.6" billion beside the statement's 7,618 million), never vetoes them
            stated = [f for f in rows if row_on_statement(self.index, f)]
            if stated and len({round(f.absolute, 6) for f in stated}) == 1:
                rows = stated
            beside = [f for f in stated if (f.doc_id, f.page) in near]
            if (row or untagged) and beside and len({round(f.absolute, 6) for f in beside}) == 1:
                # a filer's row printed on several statements with different signs or amounts (a gain on the income
                # statement, its reversal on the cash flow statement; a note restating the statement in more
                # columns): the one on the page of the definition's other inputs
                rows = beside
            if not rows and row and q.definition is not None and any(
                    i.effect and i.words == words for i in q.definition.inputs()):
                # an item the statements print no line for ("an inventory write-down of $40 million" in the
                # discussion): the amount a sentence states for the period, as a charge to the figure asked
                return _stated_charge(self.index, self.company, words, p, _leftmost(q.definition.expr).metric)
            if not rows and row:
                # "the freight cost the notes disclose": a line no statement prints, stated year by year in one
                # sentence ("... were $212 million, $245 million and $263 million, respectively")
                return _stated_respectively(self.index, self.company, words, p)
            if not rows or len({round(f.absolute, 6) for f in rows}) != 1:
                return None
            if not row and not any(row_on_statement(self.index, f) for f in rows):
                # the words printed exactly only off the statements (the discussion's "Operating income" beside the
                # income statement's "Operating income/(loss)"): the metric's own statement row answers (``get``);
                # the exact wording picks among rows, it never moves an input off the primary statement
                pk = self.pick(metric, p)
                if pk is not None and not pk.unsettled and (
                        statement_strength_of(self.index, pk.fact) > 0
                        # a per-share dividend a statement of equity writes inside its label passes the check too
                        or fact_lookup._failed_input(self.index, [pk.fact]) is None):
                    return None
            # a primary statement's row before the same row in a summary table or a note
            return sorted(rows, key=lambda f: (not row_on_statement(self.index, f),
                                               f.doc_id, f.page))[0]

        def qualified(metric: str, p: str, words: str, f: Fact) -> Fact | None:
            """The row for an input the question qualifies (``definitions.input_qualifier``: attributable to the
            company, continuing operations) when the row found by its metric, ``f``, does not say so: the row of
            the same metric, period and page whose label carries the qualifier; ``f`` itself when its page shows
            no part that the qualifier leaves out (no noncontrolling-interest row, no discontinued-operations row:
            the consolidated figure is then the qualified one); None (the input is declined) otherwise. General
            rule: a qualified input is never fed the unqualified row while the statement prints the difference."""
            kind = input_qualifier(words)
            if f.unit.endswith("/share"):  # earnings per share are the common shareholders' by definition
                return f
            page = [g for g in self.index.facts(period=p, doc_ids=[f.doc_id]) if g.page == f.page and g.period == p
                    and g.kind == "table"]
            if kind == "owners":
                if statement_rows._ATTRIBUTABLE.search(f.label) and not _OTHERS_SHARE.search(f.label):
                    return f
                owners = statement_rows.owners_row(self.index, f)
                if owners is None:
                    # a balance's owners' row names its holders ("Total stockholders' equity", "Total Contoso
                    # shareholders' equity") beside the total that includes others' interests ("Total equity")
                    held = [g for g in page if g.metric == metric and _HOLDERS.search(g.label)
                            and not _OTHERS_SHARE.search(g.label)]
                    if _HOLDERS.search(f.label) and not _OTHERS_SHARE.search(f.label):
                        return f
                    if not held and metric == "total_equity":
                        # "EQUITY ATTRIBUTABLE TO SHAREOWNERS OF CONTOSO" printed above the noncontrolling interests'
                        # row and "TOTAL EQUITY": the owners' equity named by its holders, without "total" (no
                        # label pattern of the metric's), is the qualified row of the same page and period
                        held = [g for g in page if re.search(r"\bequity\b", g.label, re.I)
                                and statement_rows._ATTRIBUTABLE.search(g.label) and not _OTHERS_SHARE.search(g.label)
                                and not re.search(r"\bliabilit", g.label, re.I)]
                    owners = held[0] if held and len({round(g.absolute, 6) for g in held}) == 1 else None
                if owners is not None:
                    return owners
                return None if any(_OTHERS_SHARE.search(g.label) for g in page) else f
            if kind == "continuing":
                if re.search(r"\bcontinuing\b", f.label, re.I):
                    return f
                same = [g for g in page if g.metric == metric and re.search(r"\bcontinuing\b", g.label, re.I)
                        and not re.search(r"\bdiscontinued\b", g.label, re.I)]
                if same and len({round(g.absolute, 6) for g in same}) == 1:
                    return same[0]
                return None if any(re.search(r"\bdiscontinued\b", g.label, re.I) for g in page) else f
            return f

        def part(metric: str, p: str, words: str) -> Fact | None:
            """The row of a part of ``metric`` the input names (``definitions.part_of``: "subscription revenue"):
            ``statement_rows.part_row`` (the part's own label, or a line under the metric's heading), None when no one
            row says it."""
            return statement_rows.part_row(self.index, metric, metric_qualifiers._word_stems(words), self.company.doc_ids, p,
                                       self.by_id)

        def reading(f: Fact, words: str) -> float | None:
            """An input that names a gain or a loss ("the gain on business divestitures", "the gain or loss on sale
            of businesses") read as the filer means the row's sign (``statement_rows.signed_reading``): positive for
            what the words name (a gain for "gain", "gain or loss"; a loss for "loss"), negative for the other;
            None when the row does not say which it is."""
            said = statement_rows.signed_reading(f, fact_lookup._page_text(self.index)(f.doc_id, f.page)
                                             if fact_lookup._page_text(self.index) else None)
            if said is None:
                return None if f.absolute else 0.0
            value, kind = said
            wants = "gain" if re.search(r"\bgains?\b", words, re.I) else "loss"
            return value if kind == wants else -value

        def effect(f: Fact, words: str) -> float | None:
            """What an excluded row did to the profit figure it stands in (``definitions.Input.effect``): a gain's
            or a loss's row as the filer means its sign (``reading``: + for a gain, - for a loss); any other row
            printed among the costs and expenses took its printed amount away (a charge) or, printed in
            parentheses, added it (a credit), and one under an "(expense) income" heading added its printed amount
            (``statement_rows.profit_sign``); None when the page does not show which (the input is declined)."""
            if not f.absolute:
                return 0.0  # a nil cell ("—"): nothing to take out, whichever sign the row has
            if f.fact_id.startswith(_STATED):
                # a charge a sentence states (``_stated_charge``), or the question (``_asked_charge``), took its
                # amount away, whatever sign a table prints it with
                return -abs(f.absolute)
            page = fact_lookup._page_text(self.index)
            text = page(f.doc_id, f.page) if page else None
            whole = _leftmost(q.definition.expr)
            profit = get(whole.metric, f.period) if whole.metric in _PROFITS and f.period else None
            if (profit is not None and text and (profit.doc_id, profit.page) == (f.doc_id, f.page)
                    and f.quote.strip() in text and profit.quote.strip() in text
                    and text.find(f.quote.strip()) > text.find(profit.quote.strip())):
                # a line printed below the profit figure ("Restructuring charges" under gross profit, for a gross
                # margin) is none of the lines that profit was arrived at by: it is not taken out of it
                return None
            said = statement_rows.signed_reading(f, text)
            if said is not None:
                return said[0] if said[1] == "gain" else -said[0]
            sign = statement_rows.profit_sign(text, f.quote)
            if sign is not None and not re.search(r"\bgains?\b|\bloss(?:es)?\b", f.label, re.I):
                return sign * f.absolute  # a charge printed among the costs took its amount away
            return None

        def one_way(f: Fact) -> bool:
            """A row of the cash-flow statement whose label names one direction of cash (``registry.cash_direction``:
            "Revenue equipment expenditures", "Proceeds from disposal of ..."): its sign is presentation."""
            if cash_direction(f.label) is None:
                return False
            # a release's selected cash-flow table stands for its statement of cash flows (whatever statement is
            # printed above it on the page: ``statements.cash_flow_table_row``, session 32)
            read = getattr(self.index, "page_text", None) if f.kind == "table" else None
            text = read(f.doc_id, f.page) if read else None
            return bool(text and cash_flow_table_row(f.label, text, f.quote, read(f.doc_id, f.page - 1)
                                                     if f.page > 1 else None)) \
                or row_statement_kind(self.index, f) == "cash_flow"

        get.one_way = one_way  # type: ignore[attr-defined]
        get.effect = effect  # type: ignore[attr-defined]
        get.reading = reading  # type: ignore[attr-defined]
        get.part = part  # type: ignore[attr-defined]
        get.by_words = by_words  # type: ignore[attr-defined]
        get.qualified = qualified  # type: ignore[attr-defined]
        get.by_label = by_label  # type: ignore[attr-defined]
        rest = without_definitions(self.question, LOOKUP)
        threshold = stated_threshold(rest) if asks_yes_no(self.question) else None
        # the unit asked ("in percent"), or a threshold's: "more than 35%" judged by a ratio the question defines
        hint = unit_asked(rest) or ("%" if threshold is not None and threshold[2] == "%" else "")
        r = evaluate(q.definition, period, get, hint)
        return Figure(period, r.value, r.unit, tuple(r.inputs), r, scale=_scale(r.inputs))


# heads that say only which side of the statement a line is on ("Fuel" is the fuel expense line)
_GENERIC_HEADS = ("expense", "cost", "charge")


# words that name no line by themselves: "total costs" is no row "Total", "other expenses" no row "Other"
_NO_LINE_WORDS = frozenset("total other net operating and of the all gross sum".split())


def _one_side(label: Sequence[str], want: Sequence[str]) -> bool:
    """Do the words name one side of a row that prints both a gain and a loss ("divestitures gain", "loss on asset
    sales" for "Divestitures (gain) loss", "(Gain) loss on asset sales"): the same words besides the sides, and one
    side said?"""
    for sides in _SIDES:
        if (sides <= set(label) and len(sides & set(want)) == 1 and bool(set(want) - sides)
                and [t for t in label if t not in sides and t != "on"] == [t for t in want if t not in sides and t != "on"]):
            return True
    return False


# the two sides a row may print in one label ("Divestitures (gain) loss", "Restructuring and exit costs (recoveries)")
_SIDES = ({"gain", "loss"}, {"cost", "recovery"}, {"charge", "recovery"}, {"charge", "credit"}, {"expense", "benefit"})


def _loosely(label: Sequence[str], want: Sequence[str]) -> bool:
    """The label is the wanted words, or those words after a caption of a figure's name, or without a generic head."""
    return (tuple(label) == tuple(want) or _captioned(label, want) or _headless(label) == _headless(want)
            or _one_side(label, want))


def _asked_charge(question: str, words: str, period: str) -> float | None:
    """The amount the question states for the charge it adds back ("recorded severance charges of $100 million in
    2025 and $36 million in 2024. Adding those charges back, ..."), for ``period``'s fiscal year; None when the
    question states none for it, or the item is not said to be a charge added back."""
    adj = adjustments.adjustment_in(question)
    m = re.fullmatch(r"FY(\d{4})", period)
    if adj is None or not adj.amounts or m is None or adj.items != (words,):
        return None
    if not re.match(r"add", question[adj.start:adj.end].strip(), re.I):
        return None  # "adding back" says the item is a charge that took its amount away
    return dict(adj.amounts).get(int(m.group(1)))


def _headed(label: str, want: Sequence[str]) -> bool:
    """Is the label the wanted words followed by a dash or colon and the classes it covers ("Dividends — common and
    preferred")? A qualifier naming one class ("Dividends — preferred") may be a part of the figure: no."""
    head = re.split(r"\s*[—–:]\s*|\s+-\s+", label, maxsplit=1)
    return (len(head) == 2 and bool(re.search(r"\w\s+and\s+\w|,", head[1]))
            and tuple(label_tokens(head[0])) == tuple(want))


def _captioned(label: Sequence[str], want: Sequence[str]) -> bool:
    """Is the label the wanted words after a caption that names a figure of mia's ("inventories net" + "raw materials
    and supplies"): a table's caption read into its first row?"""
    n = len(want)
    return (len(label) > n > 1 and tuple(label[-n:]) == tuple(want)
            and LOOKUP(" ".join(label[:-n])) is not None)


def _headless(tokens: Sequence[str]) -> tuple[str, ...]:
    """A label's words without a last word that is only a generic head ("expense", "cost", "charge"), when the
    words left name a line of their own (not only "total", "other", "operating" ...); else the words as they are."""
    if len(tokens) > 1 and tokens[-1] in _GENERIC_HEADS and set(tokens[:-1]) - _NO_LINE_WORDS:
        return tuple(tokens[:-1])
    return tuple(tokens)


_OTHERS_SHARE = re.compile(r"\bnon-?controlling\b|\bminority\b", re.I)
_HOLDERS = re.compile(r"\b(?:share|stock)holders['’]?|\bshare\s?owners['’]?|\bowners['’]\s+equity|"
                      r"\b(?:attributable|available|applicable)\s+to\b", re.I)


def _scale(facts: Sequence[Fact]) -> float:
    scales = [f.scale for f in facts if f.unit not in ("%", "x", "") and f.scale]
    return min(scales) if scales else 1.0
# profit figures: arrived at by charges and credits, so an item excluded from one is taken out by its effect
_PROFITS = {"gross_profit", "operating_income", "income_before_tax", "net_income"}


_STATED = "stated:"
# the sentence names the figure the charge is taken out of ("Gross margin in 2025 included ...")
_FIGURE_SAID = {"gross_profit": r"gross\s+(?:margin|profit)", "operating_income": r"operating\s+(?:income|margin|"
                r"profit|results)|income\s+from\s+operations", "income_before_tax": r"pre-?tax|before\s+income\s+"
                r"taxes", "net_income": r"net\s+(?:income|earnings|margin)"}
_CHARGE_WORDS = re.compile(r"\bcharges?\b|write-?downs?|write-?offs?|impairments?|\bloss(?:es)?\b|\bcosts?\b|"
                           r"\bexpenses?\b|\bsettlements?\b", re.I)


def _stated_charge(index: Any, company: Company, words: str, period: str, profit: str) -> Fact | None:
    """The amount of a charge a sentence of the company's report states for a fiscal year, when no statement line
    prints it: "Gross margin in 2025 was reduced by an inventory write-down of $40 million" for "inventory
    write-down". The sentence must name the figure the charge is taken out of (``_FIGURE_SAID``), the year and no
    other year, and the charge by the item's words right beside one amount ("<item> of $N million", "$N million
    <item>"); the item's words must name a charge (a write-down, an impairment, a loss, a cost). Every such sentence
    must state the same amount (else None: which one applies is not said). A segment's sentence does not count.
    General rule: an adjustment's item is a cited figure of the asked period, a statement row or a sentence's."""
    m = re.fullmatch(r"FY(\d{4})", period)
    said = _FIGURE_SAID.get(profit)
    if m is None or said is None or not _CHARGE_WORDS.search(words):
        return None
    year = m.group(1)
    page_text = fact_lookup._page_text(index)
    if page_text is None:
        return None
    toks = re.findall(r"[a-z0-9]+", words.lower())
    if not toks:
        return None
    phrase = r"[\s-]+".join(re.escape(t) for t in toks) + r"s?"
    amount_rx = r"\$\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>thousand|million|billion)"
    item_rx = re.compile(rf"\b{phrase}\s+(?:charges?\s+)?(?:of|totaling|totalling|amounting\s+to)\s+{amount_rx}|"
                         rf"{amount_rx.replace('<n>', '<n2>').replace('<s>', '<s2>')}\s+(?:of\s+|in\s+)?(?:an?\s+)?"
                         rf"{phrase}\b", re.I)
    found: list[Fact] = []
    for d, n, text in _company_pages(company, page_text):
        if not re.search(phrase, text, re.I):
            continue
        for a, b in sentence_spans(text, split_lines=False):
            sent = text[a:b]
            flat = re.sub(r"\s+", " ", sent)
            years = set(re.findall(r"\b(?:19|20)\d{2}\b", flat))
            if years != {year} or not re.search(said, flat, re.I) or re.search(r"\bsegments?\b", flat, re.I):
                continue
            if re.search(r"\bbenefits?\b|\bgains?\b|\bfavorabl", flat, re.I):
                continue
            for hit in item_rx.finditer(flat):
                amount = [x for x in parse_numbers(flat[hit.start():hit.end()]) if x.is_claim and x.unit == "$"]
                if len(amount) != 1:
                    continue
                found.append(Fact(doc_id=d.doc_id, doc=d.doc, source=d.source, page=n, label=words,
                                  value=amount[0].printed, scale=amount[0].scale, unit="USD", period=period,
                                  fiscal_year=int(year), company=company.name, quote=sent, kind="sentence",
                                  fact_id=f"{_STATED}{d.doc_id}:{n}:{a}"))
    if not found or len({round(f.absolute, 2) for f in found}) != 1:
        return None
    return found[0]


def _company_pages(company: Company, page_text: Any) -> Iterator[tuple[Any, int, str]]:
    """Every page of the company's documents in order, as (document, page number, text); a document ends after 60
    pages in a row that the index does not hold (its page count, when stored, bounds it first)."""
    docs = [d for d in company.docs if d.doc_id in set(company.doc_ids)] or list(company.docs)
    for d in docs:
        misses = 0
        for n in range(1, (getattr(d, "pages", 0) or 600) + 1):
            text = page_text(d.doc_id, n)
            if text is None:
                misses += 1
                if misses > 60:  # past the document's last page
                    break
                continue
            misses = 0
            yield d, n, text


def _stated_respectively(index: Any, company: Company, words: str, period: str) -> Fact | None:
    """The amount a sentence of the company's filing states for a line no statement prints, one amount per year in
    the order the years are named: "Advertising costs for fiscal 2025, 2024 and 2023 were $41.2 million, $38.0
    million and $35.5 million, respectively." -> 38.0 million for FY2024 of "advertising costs". The sentence must
    say the line's words (plural allowed), "respectively", as many distinct years as dollar amounts, and no percent;
    every such sentence must state the same amount for the year (else None: which one applies is not said). General
    rule: a calculation's input is a cited figure of the asked period, a statement row or a sentence's, each tied to
    its page."""
    m = re.fullmatch(r"FY(\d{4})", period)
    found = _stated_by_year(index, company, words).get(int(m.group(1)), []) if m else []
    if not found or len({round(f.absolute, 2) for f in found}) != 1:
        return None
    return found[0]


# the years' amounts such sentences state, read once per index (a generation never changes), company and line
_BY_YEAR: "weakref.WeakKeyDictionary[Any, dict[tuple, dict[int, list[Fact]]]]" = weakref.WeakKeyDictionary()
_BY_YEAR_LOCK = threading.Lock()


def _stated_by_year(index: Any, company: Company, words: str) -> dict[int, list[Fact]]:
    try:
        with _BY_YEAR_LOCK:  # WeakKeyDictionary.setdefault is not atomic; threads may share an index
            known = _BY_YEAR.setdefault(index, {})
    except TypeError:  # an index that cannot be weakly referenced: no memo
        known = {}
    key = (tuple(company.doc_ids), words.lower())
    if key not in known:
        known[key] = _read_stated_by_year(index, company, words)
    return known[key]


def _read_stated_by_year(index: Any, company: Company, words: str) -> dict[int, list[Fact]]:
    """Every "..., respectively" sentence of the company's documents stating the line's amounts year by year, as
    one fact per year it names (one page walk for every period asked)."""
    page_text = fact_lookup._page_text(index)
    toks = [t for t in re.findall(r"[a-z0-9]+", words.lower()) if t not in ("the", "a", "an", "its", "total")]
    by_year: dict[int, list[Fact]] = {}
    if page_text is None or not 1 <= len(toks) <= 6:
        return by_year
    phrase = r"[\s-]+".join(re.escape(t) for t in toks) + r"s?"
    head = re.compile(rf"\b{phrase}\b", re.I)
    for d, n, text in _company_pages(company, page_text):
        if "respectively" not in text or not head.search(text):
            continue
        for a, b in sentence_spans(text, split_lines=False):
            sent = text[a:b]
            flat = re.sub(r"\s+", " ", sent)
            if not re.search(r"\brespectively\b", flat) or not head.search(flat) or "%" in flat:
                continue
            # the line's words come before the amounts they state
            first = re.search(r"\$\s?\d", flat)
            if first is None or head.search(flat).start() > first.start():
                continue
            years = [int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", flat)]
            amounts = [x for x in parse_numbers(flat) if x.is_claim and x.unit == "$"]
            if len(years) < 2 or len(set(years)) != len(years) or len(amounts) != len(years):
                continue
            for year, x in zip(years, amounts):
                by_year.setdefault(year, []).append(Fact(
                    doc_id=d.doc_id, doc=d.doc, source=d.source, page=n, label=words, value=x.printed, scale=x.scale,
                    unit="USD", period=f"FY{year}", fiscal_year=year, company=company.name, quote=sent,
                    kind="sentence", fact_id=f"{_STATED}{d.doc_id}:{n}:{a}"))
    return by_year


def _leftmost(n: Node) -> Input:
    while isinstance(n, Op):
        n = n.left
    assert isinstance(n, Input)
    return n
