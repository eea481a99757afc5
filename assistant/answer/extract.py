"""Extractive answers: the sentence, list or table row of the reports that answers a question, quoted.

No generation. From the pages of the top hits, ``candidates`` cuts every sentence, every list (a lead-in or
heading with its bullets) and every table row (read as "label: values" under its column heads); each keeps
the heading above it, the table's unit and column heads, and, when it opens with "it"/"the company", the
sentence before it, which is where its subject is named. ``read_question`` works out what the question asks:

- the **answer type**: an amount (a figure with a unit, for the asked period), a list or an entity ("which
  companies", "who"), a reason ("why", "what drove"), a yes/no statement, or a description;
- the **subject**: the names in the question (a company, a product, an agency), which the candidate itself
  (or its heading, its table, its document's company) must name: a sentence about another company that
  merely mentions the asked one is not about it;
- the **periods** (years, quarters) an amount must be stated for;
- the **parts**: "in 2024, and for 2025?", "Alphabet and Meta", each answered on its own.

``score`` ranks the candidates for each part by semantic similarity (the retriever's embedder, any
``Embedder``), overlap with the question's content words, the answer type, the subject and the retrieval
rank. ``extract`` keeps the best candidate per part when it passes ``THRESHOLD``; ``render`` writes the
answer: a one-line lead that says where it comes from ("From 3M's 2018 10-K, p. 60:"), the candidate quoted
verbatim with its [n], lists as lists, and a Yes/No only when the quoted sentence states it.

The answerer is split by the flow of its data (each module imports only the ones before it): ``question.py``
(``read_question``) -> ``candidates.py`` -> ``scoring.py`` (the scores) -> ``gates.py`` (``prescore``,
``combine``, ``verdict``) -> ``shown.py`` (``answer_figure``) -> ``pickers.py`` (``rank_rows``, ``compare_rows``
...) -> this module (selection: ``extract``, ``Extraction``) -> ``render.py`` (``render``, ``to_answer``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ..finance import fiscal
from ..text.months import MONTH_OR_ABBR
from ..text.moves import MULTIPLIED
from ..types import Hit
from ..text.numbers import parse_numbers
from ..text.names import lowercase_words, name_words
from ..text.sentences import content_words
from . import prose_changes as changes
from . import prose_causes as causes
from . import prose_columns, prose_compare
from .prose_tables import set_aside_names, without_set_aside
from .pickers import report_ranked_explained
from . import prose_current as current
from . import prose_drivers as drivers
from . import prose_events as events
from . import prose_figures as figures
from . import prose_filings
from . import prose_items as items
from . import prose_followups as followups
from . import prose_members as members
from . import prose_rankings as rankings
from . import prose_revisions as revisions
from . import prose_tables as tables
from . import asked_measures, asked_shares, prose_ties
from . import prose_pdf_tables as pdf_tables
from . import member_asks, table_rankings
from . import prose_topics
from . import prose_scope
from . import referred_causes as referred
from . import prose_verdicts
from . import prose_versus
from .question import (
    Asked, _BARE_WHO, _FIGURE_MEASURE, _GROWTH_RATE, _RELATIVE_WORDS, _asked_years, _direction, _states_figure, _words,
    _years, asks_both_versions, asks_figure, asks_pace_against, listed_items, states_both_paces, states_two_amounts,
    read_question,
)
from .candidates import Candidate, candidates, is_filing
from .scoring import (
    _MONEY, _hidden, _quoted_change, _stem, _stems, _tied, _title, asks_ranking, compared_sides, ranks_members, states_total,
    verbs_said,
)
from .gates import Scored, combine, member_unnamed, prescore, verdict
from .shown import answer_figure, dated_elsewhere
from .pickers import (
    THRESHOLD, _ANAPHOR_REASON, _BACK_TO_ASKED, _BARE_WHY, _authors, _column_pick, _compared_across,
    _concentration_figure, _concentration_neighbours, _concentration_statement, _covering, _deciding_sentence,
    _direction_from, _embed_text, _explained_pick, _figure_count, _firm_first, _announced_first, _spelled_out, _item_openings, _member_rank,
    _member_rank_again, _moving_members, _names_instrument, _other_subjects, _own_tables_rank, _part_text, _sides_figured,
    _profit_move_pick, _ranked_explained, _registered, _says_unit_asked, _share_for_another, _stated_deals,
    _schedule_share, _stated_effect, _sure_shape, _top_row, _versus, _whole_forecast, _winner_row, _year_sum, compare_rows, move_row, rank_rows,
)


# a part naming its measure by a pronoun: "how much did it change", "and by how much did that fall"
_POINTS_BACK = re.compile(r"(?i)\b(?:it|that|this|they)\b")
SOFT_COSINE = 0.65  # an amount candidate not saying the words narrowing the asked measure needs this cosine
PARAPHRASE_FLOOR, PARAPHRASE_MAX = 0.5, 0.5  # an amount candidate's cosine above the floor counts as overlap (x2)
SIM_FLOOR, SIM_SPAN = 0.3, 0.55  # cosine similarity mapped linearly from SIM_FLOOR..SIM_FLOOR+SIM_SPAN onto 0..1
FIGURED_OVERLAP = 0.5  # a figure-stating candidate replacing a figureless pick says this share of the part's words
MAX_CANDIDATES_EMBEDDED = 12  # candidates embedded per part, the best by every other measure first


# "Which brands and businesses ...", "What products and services ...": a question naming two kinds of things it asks for
_TWO_KINDS = re.compile(r"(?i)^\s*(?:which|what)\s+(?P<a>[a-z]{3,}s)\s+and\s+(?P<b>[a-z]{3,}s)\s+(?:do|does|did|are|were|is|"
                        r"belong|has|have|had)\b")
# "how concentrated are its revenues", "how geographically diversified is its customer base": the degree of a spread
# is told by the parts' shares; a sentence stating no figure does not say how concentrated anything is
_SPREAD_Q = re.compile(r"(?i)\bhow\s+(?:[a-z]+ly\s+)?(?:concentrated|diversified|spread(?:\s+out)?)\b")


# a year the question names as a fiscal year ("fiscal 2024", "fiscal year 2024", "FY2024")
_FISCAL_YEAR = re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s*'?((?:19|20)\d{2})\b", re.I)


@dataclass
class Extraction:
    question: str
    parts: list[Asked]
    picks: list[Scored | None]  # the best candidate per part (None: no candidate passed)
    verdicts: list[str | None]
    ranked: list[list[Scored]]
    others: list[list[Scored]] = field(default_factory=list)  # per part: more subjects' answers ("the largest ...")
    notes: dict[int, str] = field(default_factory=dict)  # per part: a computed line ("Rising: 18% (2024), up from ...")

    @property
    def answered(self) -> bool:
        return any(p is not None for p in self.picks)

    @property
    def without_verdict(self) -> bool:
        """A yes/no question whose selected evidence does not state the answer in so many words."""
        return any(p.kind == "yesno" for p in self.parts) and self.answered and not any(self.verdicts)

    @property
    def partial(self) -> bool:
        """Some part answered, another not: the reply quotes what was found and says what was not, without
        presenting it as the answer (mode "fallback")."""
        if self.answered and any(p is None for p in self.picks):
            return True
        # "in each year from 2021 to 2024": a quote stating some of the years answers only part (prose_figures)
        # "realize in 2015 and expect in 2016": two years each placed on its own are each asked, likewise
        # (``prose_figures.years_each_placed``)
        if self.kind_missing:
            return True
        return any(p is not None and (every := figures.each_year_asked(a.text) or figures.years_each_placed(a.text))
                   and p.candidate.kind != "ranked"
                   and not every <= (p.candidate.years | _years(p.candidate.body))
                   for a, p in zip(self.parts, self.picks))  # fmt: skip

    @property
    def kind_missing(self) -> bool:
        """A question asking two kinds of things by name ("Which brands and businesses belong to X?", "What products
        and services does it sell?") answered by picks that say one kind's word and never the other's ("whose brands
        include A, B and C"): only part is answered. GENERAL rule (session 28, #11): a list of one kind is never shown
        as the whole answer to a question asking two kinds; it is quoted as a partial answer (mode "fallback")."""
        m = _TWO_KINDS.match(self.question)
        if m is None or not self.answered:
            return False
        said = _stems(set(content_words(" ".join(
            f"{p.candidate.body} {' '.join(p.candidate.items or ())}" for p in self.picks if p is not None))))
        kinds = [_stems({m.group(g).lower()}) for g in ("a", "b")]
        return sum(bool(k & said) for k in kinds) == 1

    @property
    def figureless(self) -> bool:
        """The question asks for a figure (``asks_figure``) and nothing selected states one: no pick holds a number
        other than a year and no computed line was made. Such an extraction is no answer (the answerer declines):
        a company-description sentence is never the reply to "what was its return on assets"."""
        if not self.answered or self.notes or not (asks_figure(self.question) or _SPREAD_Q.search(self.question)):
            return False
        return not any(p is not None and _states_figure(p.candidate.text) for p in self.picks)

    @property
    def caption_only(self) -> bool:
        """A part answered by a title line: a short sentence-kind pick with no sentence end and no figure other than a
        year ("Feed additive sales by country, 2024 and 2025", "Listed makers: revenue and operating profit"), which
        only names what a table or a section below it holds. General rule: a caption states nothing, so it is never the
        answer to any part; such an extraction is no answer (the answerer declines) rather than a quote showing no
        figure and no claim (session 27)."""
        return any(p is not None and _is_caption(p.candidate) for p in self.picks)

    @property
    def row_of_another_year(self) -> bool:
        """A table row picked for a question that asks about years none of the row's columns is headed by
        ("net sales in fiscal 2021" and a row with columns 2024, 2023, 2022). Rule: a row answers only for a
        year it has a column for; such an extraction is no answer (the answerer declines)."""
        asked = _asked_years(self.question)
        return bool(asked) and any(p is not None and p.candidate.kind == "row" and p.candidate.years
                                   and not (asked & set(p.candidate.years)) for p in self.picks)

    def after_named_years(self, page_text: "Callable[[str, int], str | None] | None") -> bool:
        """A sentence stating no year, quoted for a question that names its fiscal years ("at the end of fiscal 2024"),
        from a filing that pairs fiscal-year names with closing dates (``finance.fiscal.clause_statements``) and names
        none as late as every asked year: the sentence speaks of the filing's own period, which is earlier.
        General rule (session 28, #10): a filing's yearless sentence is never the figure of a fiscal year later than
        every fiscal year the filing itself names; such an extraction is no answer (the answerer declines)."""
        named = {int(y) for y in _FISCAL_YEAR.findall(self.question)}
        if not named or page_text is None:
            return False
        docs = {p.candidate.doc_id: p.candidate for p in self.picks
                if p is not None and p.candidate.kind in ("sentence", "list") and not p.candidate.years}
        for c in docs.values():  # each document's pages read once, however many parts quote it
            pages = int(getattr(c.meta, "pages", 0) or 0)
            texts = [page_text(c.doc_id, k) or "" for k in range(1, pages + 1)]
            own = {n.name for t in texts for n in fiscal.clause_statements(t) + fiscal.release_naming(t)}
            if own and min(named) > max(own):
                return True
        return False

    def scope_excluded(self, page_text: "Callable[[str, int], str | None] | None") -> bool:
        """A question asking about a thing the quoted report's scope note leaves out of its figures ("How large was
        the market for aerosol cans?" over a note whose "Steel food cans, aerosol cans ... are not included"), answered
        by a quote that does not name the thing: the quote's figure is the report's counted scope, never the thing's.
        General rule (session 32, #11; ``prose_scope``): such an extraction is no answer (the answerer declines).
        Reports only: a filing's "excludes" speaks of its measures' adjustments, not of what its figures count."""
        if page_text is None:
            return False
        read: dict[str, str | None] = {}
        for p in self.picks:
            if p is None or is_filing(p.candidate.meta):
                continue
            c = p.candidate
            if c.doc_id not in read:  # each document's pages read once, however many parts quote it
                pages = int(getattr(c.meta, "pages", 0) or 0) or c.page
                read[c.doc_id] = prose_scope.asked_excluded(
                    self.question, [page_text(c.doc_id, k) or "" for k in range(1, pages + 1)])
            thing = read[c.doc_id]
            if thing and not prose_scope.names_thing(thing, f"{c.body} {c.heading}"):
                return True
        return False

    @property
    def untied(self) -> bool:
        """An amount part answered by a sentence or row whose figures are all another measure's (``_tied``, rule in
        ``prose_ties``): such an extraction is no answer (the answerer declines rather than show a figure that is
        not the asked measure's)."""
        figure = asks_figure(self.question)
        # a pick kept for its meaning (``SOFT_COSINE``: its measure said in other words) is not untied
        return any(p is not None and (a.kind == "amount" or a.kind == "describe" and figure) and not p.parts.get("soft")
                   and not _tied(a, p.candidate, self.question) and not self._moved_from_tied(k)
                   for k, (a, p) in enumerate(zip(self.parts, self.picks)))

    def _moved_from_tied(self, k: int) -> bool:
        """Is part ``k`` a change ("..., and by what percentage had it gone up in a year?") answered by the line computed
        from an earlier part's quote (``notes``: ``prose_followups.move_line``), whose figure is tied to that part's
        measure? Session 32 (#11). GENERAL RULE: the move computed from a tied figure and the one it is compared with is
        that measure's move, however the part words it (a rate asked, the quote stating two prices): tied as its
        figure is."""
        pick = self.picks[k]
        if not k or k not in self.notes or self.parts[k].unit != "change" or pick is None:
            return False
        return any(q is not None and q.candidate is pick.candidate and _tied(self.parts[j], q.candidate, self.question)
                   for j, q in enumerate(self.picks[:k]))

    @property
    def figure_missing(self) -> bool:
        """A question asking one figure of each of the measures it names ("... reports both system-wide sales and
        revenue. What were the two figures?", ``asked_measures.asked_figures``) answered by picks stating a figure of only
        some of them: no answer (the answerer declines rather than show one figure for two)."""
        measures = asked_measures.asked_figures(self.question)
        if not measures or not self.answered:
            return False
        texts = [p.candidate.body for p in self.picks if p is not None]
        return not all(any(asked_measures.states_figure_of(m, t) for t in texts) for m in measures)

    @property
    def side_missing(self) -> bool:
        """A "how did A compare with B" question answered by picks that do not name both sides (``compared_sides``):
        the all-sites average is no comparison of colocation with hyperscale sites. Rule: a comparison of two named
        sides is answered only with a figure for each side; otherwise the answerer declines."""
        sides = compared_sides(self.question)
        if sides is None or not self.answered:
            return False
        said = " ".join(p.candidate.body.lower() for p in self.picks if p is not None)
        said += " " + " ".join(o.candidate.body.lower() for part in self.others for o in part)
        return not all(re.search(rf"\b{re.escape(k)}", said) for k in sides)

    @property
    def unranked(self) -> bool:
        """A which-most part ("Which region grew fastest?") answered by a pick that ranks nothing (``ranks_members``):
        such an extraction is no answer (the answerer declines rather than name one member on its level alone)."""
        return any(p is not None and asks_ranking(a) and not ranks_members(a, p.candidate)
                   for a, p in zip(self.parts, self.picks))

    @property
    def undisclosed(self) -> bool:
        """A part answered by a sentence saying its figure is not disclosed (``prose_disclosure``): a decline that
        quotes the report's words, no figure and no verdict (mode "fallback")."""
        return any(p is not None and _hidden(a, p.candidate) for a, p in zip(self.parts, self.picks))

    @property
    def confidence(self) -> float:
        scores = [p.score for p in self.picks if p is not None]
        return min(scores) if scores else 0.0


# a caption's most words: a title line naming a table or section ("Sales by region and product line, 2024 and 2025")
CAPTION_WORDS = 16


def _is_caption(c: Candidate) -> bool:
    """A sentence-kind candidate that is a title line (``Extraction.caption_only``): one line, at most ``CAPTION_WORDS``
    words, no sentence end (".", "!", "?"), no figure other than a year (``_states_figure``) and no list items."""
    text = c.text.strip()
    return c.kind == "sentence" and not c.items and 0 < len(text.split()) <= CAPTION_WORDS and "\n" not in text \
        and not re.search(r"[.!?][\"'\u201d)\]]*$", text) and not _states_figure(text)


def _no_share_stated(asked: Asked, best: Scored) -> bool:
    """A share asked ("What share of X came from Y?") and a quote none of whose percentages can be that share: each is
    another measure's by ``prose_ties`` (a growth rate, "grew only 1.7%"; a share of another whole or of another part).
    General rule: a share is answered by a stated share or by one computed from a table's part and total rows, never by
    a sentence's other percentage; the computed share then comes ahead of the sentence (session 24)."""
    if best.candidate.kind not in ("sentence", "list") or not asked_shares.asks_share(asked.text):
        return False
    measure = asked_measures.asked_measure(asked.text)
    if measure is None or measure.form != "share":
        return False
    return not prose_ties.may_state_share(measure, best.candidate.text)


def _says_own_words(parts: list[Asked], k: int, c: Candidate) -> bool:
    """Does the candidate say a word that part ``k`` asks and no other part does ("total square footage" in "... 644
    stores totaling 4.1 million square feet")? Only then may a several-figure sentence stand for that part by its
    nearness to the whole question: "how large a reverse termination fee would it owe?" is not answered by the deal's
    price sentence because it sits near the whole question."""
    own = parts[k].words - {w for j, p in enumerate(parts) if j != k for w in p.words}
    return bool(own) and bool(_stems(own) & _stems(content_words(f"{c.body} {c.heading}")))


# "what other notes ...", "which other lenders", "what else did the Board approve": a part asking what an earlier part
# did not name
_ASKS_OTHERS = re.compile(r"(?i)\b(?:what|which|who|any)\s+(?:other|else)\b|\b(?:what|who)\s+[a-z]+\s+else\b|"
                          r"\b(?:what|which)\s+(?:[a-z]+\s+)?(?:others|additional)\b")
# "in which states", "at what price", "from which suppliers": a part opening with a preposition asks a circumstance of
# the part before (where, at what price), not members of its own; a pronoun after it ("how many of them") is the
# part before's subject
_CIRCUMSTANCE = re.compile(r"(?i)^\s*(?:in|at|from|to|for|on|by|with|through|across)\s+(?:which|what)\b")
_OTHER_NOUN = re.compile(r"(?i)\b(?:other|additional)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s)\b")
_ALSO = re.compile(r"(?i)\b(?:also|other|additional|remaining|further)\b")


def _also_named(asked: Asked, first: Scored, ranked: Sequence[Scored], taken: set[str]) -> Scored | None:
    """For "what other senior notes ...?" whose best candidate was the part before's quote: a sentence of the same page
    that names the asked things ("senior notes", every word) and says it adds to what came before ("also",
    "other", "additional"): "The Company also has 4.20% debentures maturing in 2034 ...". None when no sentence is
    such."""
    m = _OTHER_NOUN.search(asked.text)
    noun = _stems(set(content_words(m.group(1)))) if m else set()
    if not noun:
        return None
    c0 = first.candidate
    for s in ranked:
        c = s.candidate
        if c.text in taken or c.kind not in ("sentence", "list") or (c.doc_id, c.page) != (c0.doc_id, c0.page):
            continue
        if noun <= _stems(set(content_words(c.body))) and _ALSO.search(c.body):
            return s
    return None


_FIGURE_TOKEN = re.compile(r"(?i)^(?:[$€£]?[\d.,]+%?|[$€£]|us\$|usd|eur|million|billion|thousand|trillion|percent|per\s*cent|"
                           r"approximately|about|around|roughly|some|nearly|almost|over|more|than)$")


def _figure_words(figure: str) -> set[str]:
    """The words a shown figure counts or measures ("15 million people served" -> people, served; "$4.2 billion"
    -> none): the words after its number and scale, before a bracketed period."""
    tokens = figure.split(" (")[0].split()
    i = 0
    while i < len(tokens) and _FIGURE_TOKEN.match(tokens[i]):
        i += 1
    return set(content_words(" ".join(tokens[i : i + 3])))


def _figure_of_another_part(parts: list[Asked], picks: list[Scored | None], notes: dict[int, str],
                            forced: dict[int, str]) -> set[int]:
    """Amount parts that show the same figure of the same quote as other parts asking something else, where the quote
    states fewer figures than those parts: a figure counts or measures one thing ("15 million people", "1,853
    employees"), so it answers only the parts whose words say what it counts; the others are not answered by it
    (returned). A figure that names nothing after its number ("$4.2 billion") is left to the other checks."""
    shown: dict[tuple[int, str], list[int]] = {}
    for k, (asked, p) in enumerate(zip(parts, picks)):
        if asked.kind != "amount" or p is None or k in notes or k in forced or asked.measure:
            continue  # (a part asking the measure of the part before again, "..., and what was the yearly change?")
        figure = answer_figure(asked, p.candidate)
        if figure:
            shown.setdefault((id(p.candidate), figure.split(" (")[0]), []).append(k)
    out: set[int] = set()
    for (_, figure), ks in shown.items():
        said = _stems(_figure_words(figure))
        if len({parts[k].text for k in ks}) < 2 or not said or _stated_figures(picks[ks[0]].candidate.body) >= len(ks):
            continue  # (a quote stating as many figures as the parts asking of it may answer each: ``answer_figure``)
        claimed = {k for k in ks if _stems(_counted(parts[k])) & said}
        # none says what the figure counts (a word of its own for it): the best-scored part keeps the quote, shown as
        # evidence of a partial answer (no part led by its figure), the others are not answered
        kept = claimed or {max(ks, key=lambda k: picks[k].score)}
        out |= set(ks) - kept
    return out


_MONTH_BEFORE = re.compile(r"(?i)\b" + MONTH_OR_ABBR + r"\.?\s*$")


def _unit_apart(parts: list[Asked], picks: list[Scored | None], notes: dict[int, str]) -> list[int]:
    """The parts whose figure is of another kind than the figure of a later part asking the same measure at another
    time (``Asked.measure``: "..., and what was it before it was raised?"), both from one quote: the part that read no
    unit of its own. Session 32 (#11). GENERAL RULE: two parts asking one measure at two times are answered in one
    unit; a count ("12,300 homes") shown for the part whose later part is answered in money ("GBP 3,000", the same
    quote's grant before it was raised) is another measure's figure, so that part is not answered (a partial answer),
    never shown as the grant."""
    out = []
    for k in range(1, len(parts)):
        a, b = parts[k - 1], parts[k]
        pa, pb = picks[k - 1], picks[k]
        if not b.measure or pa is None or pb is None or a.kind != "amount" or b.kind != "amount" or a.unit \
                or k - 1 in notes or k in notes or pa.candidate.text != pb.candidate.text:
            continue
        fa, fb = answer_figure(a, pa.candidate), answer_figure(b, pb.candidate)
        if fa and fb and bool(_MONEY.search(fa)) != bool(_MONEY.search(fb)):
            out.append(k - 1)
    return out


def _stated_figures(text: str) -> int:
    """How many figures a text states: amounts, counts and shares, not years nor the day of a date ("December 31")."""
    return sum(1 for n in parse_numbers(text) if n.is_claim and not _MONTH_BEFORE.search(text[: n.start]))


_HOW_MANY = re.compile(r"(?i)\bhow\s+(?:many|much)\s+((?:[\w'’-]+\s+){0,4}?)(?:did|does|do|was|were|is|are|has|have|had|"
                       r"will|would|can|could|in|at|for|of)\b")


# a part comparing what the part before asks with something else: "how did it compare with fiscal 2025", "how does that
# compare to a year earlier", "and versus 2024?", "relative to the prior year"
_COMPARED_BACK = re.compile(r"(?i)\bhow\s+(?:did|does|do|has|have|would)\s+(?:it|that|this|they|these|those|the\s+figure)\s+"
                            r"compare\b|^\W*(?:and\s+)?(?:how\s+)?(?:compared?\s+(?:with|to)|versus|vs\.?|against|relative\s+to)\b")


def _counted(asked: Asked) -> set[str]:
    """What a part asks the figure of: the words after "how many" / "how much" up to its verb ("how many wastewater
    customers did it serve" -> wastewater, customers: "serve" is what was done, not what is counted); otherwise the
    part's words less the names it asks about."""
    m = _HOW_MANY.search(asked.text)
    if m and content_words(m.group(1)):
        return set(content_words(m.group(1)))
    return set(asked.words - asked.entities)


def _top_row_explained(ranked: Candidate, cands: Sequence[Candidate], threshold: float) -> Scored | None:
    """The sentence explaining a report table ranking's top row (never a filing's): its subject is the row's label
    (the row the ranked line opens with, "South Asia: the fastest growth ...", "South Asia grew fastest of the
    table's rows"), it states a move and a cause, and it is on the table's page or the next one of the same report;
    the best-ranked such sentence. Failing that, the sentence of the same report, on any page (a summary above the
    table), nearest the table first, stating the row's superlative move in a clause it is the subject of and then its
    cause (``_states_top_and_cause``); or None."""
    if ranked.meta is not None and not tables.is_report(ranked.meta):
        return None  # a filing's ranked member is explained only by a sentence of its measure and year (pickers)
    labels = [it.split(": ", 1)[0] for it in ranked.items if ": " in it]
    label = max((x for x in labels if x and re.match(rf"{re.escape(x)}(?::|\s)", ranked.text)), key=len, default="")
    if not label:
        return None
    for c in sorted(cands, key=lambda c: c.rank):
        if c.kind != "sentence" or c.doc_id != ranked.doc_id or c.page not in (ranked.page, ranked.page + 1):
            continue
        if re.match(rf"(?i)\s*(?:the\s+)?{re.escape(label)}(?![\w-])(?:['’]s?)?", c.text) \
                and causes.states_move(c.text) and drivers._CAUSE.search(c.text):  # fmt: skip
            return Scored(c, threshold, {"explained": 1.0})
    end = max((int(y) for y in re.findall(r"\bto\s+((?:19|20)\d\d)\b", ranked.text)), default=max(ranked.years, default=0))
    for c in sorted(cands, key=lambda c: (abs(c.page - ranked.page), c.rank)):
        if c.kind == "sentence" and c.doc_id == ranked.doc_id and _states_top_and_cause(c.text, label, end):
            return Scored(c, threshold, {"explained": 1.0})
    return None


# a superlative a clause states its subject's move with ("grew fastest", "was the fastest-growing market", "posted the
# largest increase", "rose the most")
_TOP_MOVE = re.compile(r"(?i)\b(?:fastest|quickest|most|largest|biggest|strongest|steepest|sharpest|highest)\b")
# where a clause's subject stands: the sentence's start, or after a conjunction or a semicolon or colon joining clauses
# ("Germany stayed the largest, but Central Europe grew fastest, ...")
_CLAUSE_OPEN = r"(?:^\s*|(?:,\s*(?:but|while|whereas|and|yet)|;|:)\s+)(?:the\s+)?"
# "..., as new plants came on stream": "as" opening a clause after a comma states why (never "as well", "as much",
# "as expected", "as a share of")
_AS_CLAUSE = re.compile(r"(?i),\s+as\s+(?!(?:well|much|many|far|long|soon|usual|expected|forecast|planned|predicted|"
                        r"before|in|of|a\s+(?:share|percentage|proportion|result))\b)")
# "...: two cities accounted for most of the increase", "provided nearly all of the growth": where the move came from
_CONTRIBUTED = re.compile(r"(?i)\b(?:accounted\s+for|made\s+up|provided|contributed|supplied|brought|delivered)\s+"
                          r"(?:most|much|more\s+than\s+half|over\s+half|about\s+half|half|nearly\s+all|almost\s+all|all|"
                          r"the\s+bulk|a\s+third|two[- ]thirds|three[- ]quarters|\d+(?:\.\d+)?\s*(?:%|percent))\s+of\s+"
                          r"(?:the|its|their|that)\s+(?:increase|growth|rise|gain|advance|expansion|jump|decline|fall|drop)\b")


# session 33 (#11): "Italy added stores fastest", "Poland gained the most capacity": a count's superlative growth said
# with the verb of what was added
_ADDED = re.compile(r"(?i)\b(?:added|gained|opened|installed|built)\b")


def _mover_after_colon(after: str, label: str) -> bool:
    """Session 33 (#11): "Asia-Pacific grew fastest, by 318%: Meituan nearly quadrupled its volume in ...": after a
    colon, a clause whose subject is another than the ranked row and that states its own move says what made the
    row's move (a contributor's growth); a colon followed by a share or a comparison ("Vietnam alone takes half of
    it") states no move and explains nothing."""
    m = re.search(r":\s+(?P<next>[^;]+)", after)
    if m is None:
        return False
    nxt = m.group("next")
    if re.match(rf"(?i)(?:the\s+)?{re.escape(label)}(?![\w-])", nxt):
        return False  # the row itself again: its own figure, not a cause
    first = re.split(r"[,.]", nxt, maxsplit=1)[0]
    return (causes.states_move(first) or bool(MULTIPLIED.search(first))) and bool(re.match(r"[A-Z]", nxt))


def _states_top_and_cause(text: str, label: str, end: int) -> bool:
    """Does a report sentence state a ranked row's superlative move in a clause whose subject is the row's label
    ("China was the fastest-growing large market", "..., but the Nordics grew fastest") and, after that clause, its
    cause (a cause phrase, a comma and an "as" clause, or what accounted for most of the move)? A sentence naming
    years must name the ranking's last one (a ranking of 2024 is not explained by a sentence on 2023)."""
    m = re.search(rf"(?i){_CLAUSE_OPEN}{re.escape(label)}(?![\w-])(?:['’]s?)?(?P<rest>.*)$", text, re.S)
    if m is None:
        return False
    rest = m.group("rest")
    cut = re.search(r"[,;:]", rest)
    clause, after = (rest[: cut.start()], rest[cut.start() :]) if cut else (rest, "")
    if not (_TOP_MOVE.search(clause) and (causes.states_move(clause) or _ADDED.search(clause))):
        return False
    if not (drivers._CAUSE.search(after) or _AS_CLAUSE.search(after) or _CONTRIBUTED.search(after)
            or _mover_after_colon(after, label)):
        return False
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
    return not years or end in years


def _figured_instead(asked: Asked, dropped: Scored, ranked: Sequence[Scored], question: str,
                     threshold: float) -> Scored | None:
    """For a part asking a figure whose best pick states none: the best-ranked sentence or list that passes the
    threshold, states a figure, is about the part's subject as surely as the dropped pick and says half of the part's
    words or more (``FIGURED_OVERLAP``: a figure said of the asked thing, not a figure of anything near it); an amount
    part's figure must also be of the asked unit and its instrument's; None when no candidate is such. The part's own
    words are those other than the names it asks about (which a candidate about the subject counts as said)."""
    own = _stems(asked.words - asked.entities - asked.mentioned)
    if not own:
        return None
    for s in ranked:
        c = s.candidate
        if s.score < threshold:
            break
        if s is dropped or c.kind not in ("sentence", "list") or not _states_figure(c.body):
            continue
        if s.parts.get("subject", 0.0) < dropped.parts.get("subject", 0.0) or len(own & _stems(content_words(c.body))) \
                < FIGURED_OVERLAP * len(own):
            continue
        if asked.kind == "amount" and not _names_instrument(asked.text, c.text, answer_figure(asked, c)):
            continue
        if c.kind == "sentence" and (_share_for_another(asked, c.text) or not _says_unit_asked(asked.text, c.text)):
            continue
        return s
    return None


# the words of a yes/no asking whether the forecast the part before quoted was changed, naming nothing else
_REVISION_FRAME = frozenset(_stems({
    "forecast", "forecasts", "estimate", "estimates", "outlook", "guidance", "projection", "projections", "expectation",
    "expectations", "target", "targets", "raised", "raise", "cut", "lowered", "lower", "revised", "revise", "changed",
    "change", "updated", "increased", "reduced", "trimmed", "lifted", "since", "earlier", "previous", "prior"}))


def _set_aside_picks(question: str, parts: Sequence[Asked], picks: Sequence[Scored | None]) -> list[int]:
    """The parts whose pick is about a name the question sets aside ("Leaving Western Europe aside, which region's
    demand fell the most, and why?" picked "Western Europe's demand fell for a third year because ..."). General
    rule (#11, session 32): a quote whose subject, its opening words, is a name set aside answers no part, unless
    that part names it itself outside a set-aside phrase."""
    names = set_aside_names(question)
    out = []
    for k, (asked, p) in enumerate(zip(parts, picks)):
        if p is None or not names:
            continue
        own = without_set_aside(asked.text)
        for n in names:
            if re.search(rf"(?i)(?<![\w-]){re.escape(n)}(?![\w-])", own):
                continue  # the part asks about it
            if re.match(rf"(?i)\s*(?:[-*•]\s*)?(?:\*\*)?(?:the\s+|in\s+)?{re.escape(n)}(?:['’]s?)?(?![\w-])", p.candidate.text):
                out.append(k)
                break
    return out


def extract(
    question: str,
    hits: Sequence[Hit],
    embedder: Any,
    *,
    page_text: Callable[[str, int], str | None] | None = None,
    aliases: Callable[[Candidate], Sequence[str]] = lambda c: (),
    allowed_docs: set[str] | None = None,
    threshold: float = THRESHOLD,
    max_embedded: int = MAX_CANDIDATES_EMBEDDED,
) -> Extraction:
    """The best candidate for each part of ``question`` among the pages of ``hits``.

    ``embedder``: any ``Embedder`` (the retriever's); ``allowed_docs``: when the question is about one company,
    the doc_ids of its documents (candidates elsewhere are dropped); ``aliases(candidate)``: other names of its
    document's company. Candidates that cannot answer (``prescore``) are dropped before anything is embedded,
    and only the ``max_embedded`` best of the rest are embedded.
    """
    # the pages of allowed documents only: another report's pages do not take the places of the asked one's
    hits = [h for h in hits if allowed_docs is None or h.chunk.doc_id in allowed_docs]
    cands = candidates(hits, page_text)
    authors = _authors(cands, page_text)
    if authors:  # "What does Harrow & Vane expect?": the report's own sentences are its author's (prose_voice)
        doc_aliases = aliases
        aliases = lambda c: (*doc_aliases(c), *authors.get(c.doc_id, ()))  # noqa: E731
    text = " ".join(c.body for c in cands)
    vocab = lowercase_words(text)
    names = name_words(text, *(getattr(c.meta, "company", None) or "" for c in cands))
    companies = {w for c in cands for w in re.findall(r"[a-z0-9&]+", (getattr(c.meta, "company", None) or "").lower())}
    parts = read_question(question, vocab, names, companies, said=text)
    titles = list(dict.fromkeys(_title(c) for c in cands))  # the reports the candidates come from
    pre: list[list[tuple[int, dict[str, float]]]] = []
    for asked in parts:
        row = []
        for i, c in enumerate(cands):
            if not asked.entities and len(titles) >= 2 and prose_topics.off_topic(
                    asked.words, _title(c), f"{c.body} {c.heading}", titles):  # fmt: skip
                continue  # "the heat pump market" asked: the cargo-drone report's list is about another subject
            p = prescore(asked, c, question, aliases(c), names)
            if p is not None:
                row.append((i, p))
        row.sort(key=lambda t: -combine({**t[1], "similarity": 0.0}))
        pre.append(row[:max_embedded])
    chosen = sorted({i for row in pre for i, _ in row})
    sims: dict[tuple[int, int], float] = {}
    whole: dict[int, float] = {}  # several figures asked: each candidate's cosine to the whole question
    joint = sum(a.kind == "amount" for a in parts) >= 2
    if chosen:
        asked_texts = [_part_text(parts, k) for k in range(len(parts))] + ([question] if joint else [])
        vecs = embedder.embed(asked_texts + [_embed_text(cands[i]) for i in chosen])
        qv, cv = vecs[: len(asked_texts)], vecs[len(asked_texts) :]
        m = qv @ cv.T
        for k in range(len(parts)):
            for j, i in enumerate(chosen):
                sims[(k, i)] = float(m[k, j])
        if joint:
            whole = {i: float(m[len(parts), j]) for j, i in enumerate(chosen)}
    picks: list[Scored | None] = []
    verdicts: list[str | None] = []
    ranked: list[list[Scored]] = []
    others: list[list[Scored]] = []
    notes: dict[int, str] = {}
    mores: dict[int, list[Scored]] = {}  # per part: the further quotes a computed answer shows
    uncovered: set[int] = set()  # parts another part's quote must not answer
    forced: dict[int, str] = {}  # parts whose yes/no the quote's figures decide
    # "How did A's capacity compare with B's?", "Which region lost the most share between 2024 and 2027?": computed
    # from a report table's rows (prose_tables), ahead of any sentence
    tabled = tables.table_picks(question, parts, cands, page_text)
    for k, asked in enumerate(parts):
        r = []
        for i, p in pre[k]:
            cos = sims[(k, i)]
            if p.get("soft") and cos < SOFT_COSINE:
                continue  # the narrowing words unsaid, and the meaning not close enough to stand for them
            near = cos
            if i in whole and asked.kind == "amount" and p["type"] >= 1.0 and _figure_count(cands[i]) >= 2 \
                    and _says_own_words(parts, k, cands[i]):
                # "How many stores did it operate, and what was their total square footage?": a sentence stating
                # several figures, tied to this part's measure, is measured against the whole question too (one
                # sentence answering every part is nearer the whole than any one part's words)
                near = max(cos, whole[i])
            p = {**p, "similarity": float(np.clip((near - SIM_FLOOR) / SIM_SPAN, 0.0, 1.0)), "cosine": cos}
            if asked.kind == "amount" and p["type"] >= 1.0:
                # the question's words said in other words ("how long ... wait" / "the median time from request to
                # energisation"): a close meaning counts as overlap, up to PARAPHRASE_MAX
                p["overlap"] = max(p["overlap"], float(np.clip((cos - PARAPHRASE_FLOOR) * 2, 0.0, PARAPHRASE_MAX)))
            r.append(Scored(cands[i], combine(p), p))
        r.sort(key=lambda s: (-s.score, s.candidate.rank, s.candidate.page, s.candidate.start))
        r = _announced_first(asked, _firm_first(r, threshold), threshold)
        ranked.append(r)
        best = r[0] if r and r[0].score >= threshold else _sure_shape(asked, r, threshold)
        if page_text is not None and asked.kind != "yesno" and prose_filings.asks_registered(asked.text):
            # "Which debt securities does it have registered under Section 12(b)?": the cover's table, nothing else
            best = _registered(asked, question, cands, page_text, aliases, names)
        if best is None or best.candidate.kind == "row":
            # "Which operator had the highest revenue in 2024?": no sentence says so; a table's rows may show it
            best = rank_rows(asked, cands, question) or best
        if best is None and pdf_tables.asks_top_row(asked.text):
            # "Which division saw the steepest fall in second-quarter sales?": a PDF table whose heads are split over lines
            best = _top_row(asked, cands, page_text)
        if best is None and page_text is not None and asked.kind in ("amount", "entity", "list", "describe"):
            # "What share did the top eight carriers hold?", "Which installer had the highest gross margin?": a report
            # table whose columns are measures, read by the asked column (prose_columns)
            # a measure the question defines as a ratio (``prose_columns.asked_ratio``) is read from the whole question
            # by its first part: "..., and what was it a year earlier?" asks the same ratio in another year
            as_whole = len(parts) == 1 or k == 0 and prose_columns.asked_ratio(question) is not None
            best = _column_pick(asked, question if as_whole else asked.text, cands, page_text)
        if best is None and asked.kind == "list":
            # "What acquisitions did Contoso make?": no one sentence names them all; one sentence per completed deal
            deals = _stated_deals(asked, cands, question, aliases, names)
            if deals:
                best, mores[k] = deals[0], deals[1:]
                notes[k] = f"The {events.asked_event(asked.text)}s the filing states, one sentence each"
        if asked.kind in ("describe", "reason") and current.asks_filing_subject(asked.text):
            # "What is Contoso's current report of May 2 about?": the opening sentence of each item the current report states
            opened = _item_openings(asked, cands, page_text, aliases, names)
            if opened:
                best, mores[k] = opened[0], opened[1:]
                notes[k] = f"What the current report states under {opened[0].candidate.heading}"
        after = rankings.after_names(question) if asked.kind == "list" and best is not None else []
        if after:
            notes[k] = rankings.after_line(after, rankings.names_after(best.candidate.body, after))
        if best is not None and best.candidate.kind == "sentence" and changes.asks_direction(asked.text) \
                and {w for w in _words(asked.text) if _direction(w) is None} - _RELATIVE_WORDS:
            # "Has the number of tools gone up or down since 2024?": the way its own quote's two figures moved
            pair = _quoted_change(replace(asked, unit="change"), best.candidate, question)
            if pair is not None:
                notes[k] = changes.direction_text(pair)
        one_way = changes.asks_one_way(asked.text) if k and asked.kind == "yesno" else None
        if k and (one_way or changes.asks_direction(asked.text)) and not {w for w in _words(asked.text) if _direction(w) is None}:
            # "..., and was it rising or falling?" / "and is it growing?": the two figures of the part before's quote
            best, note = _direction_from(parts[k - 1], picks[k - 1])
            if note:
                notes[k] = note
                if one_way:  # a yes/no: yes when the figures moved the asked way
                    forced[k] = "Yes" if note.startswith("Rising" if one_way == "up" else "Falling") else "No"
            else:
                uncovered.add(k)  # the figure's quote does not say which way: not answered by it either
        moving = members.asks_moving_members(asked.text) if asked.kind == "list" else None
        if k and moving is None and asked.kind in ("list", "entity") and parts[k - 1].kind == "list":
            # "Which segments does it have, and which grew?": the second part asks it of the first part's kind
            moving = members.asks_moving_members(f"{parts[k - 1].text} {asked.text}")
        found = _moving_members(asked, moving, cands, threshold) if moving else None
        if found is not None:  # "which of its segments grew": every member's move read, those that moved so named
            best, mores[k], notes[k] = found
        # a share part whose sentence states no share (computed once: the table's pick below is a row, of which
        # _no_share_stated says nothing)
        no_share = best is not None and (k in tabled or "%" in best.candidate.text) and _no_share_stated(asked, best)
        if k in tabled and (best is None or not tabled[k][3] or (best.candidate.kind == "row" and tabled[k][0].kind != "row")
                            or no_share):
            # one row's own change only where no sentence answers, its cell only where nothing does; comparisons and
            # rankings always
            cand, said, line, _ = tabled[k]
            best, mores[k] = Scored(cand, max(threshold, best.score if best else 0.0), {"table": 1.0}), []
            notes.pop(k, None)
            if any(p is not None and (p.candidate.doc_id, p.candidate.page, p.candidate.start)
                   == (cand.doc_id, cand.page, cand.start) for p in picks):  # fmt: skip
                notes[k] = line  # the same rows cited above: this part's computed line under the same [n]
            if said:
                forced[k] = said
        elif no_share and k not in notes and "%" in best.candidate.text:
            # a share asked, no table computing it, and a sentence whose every percentage is another measure's ("grew
            # 9.0%, against 1.5% for ..."): it does not answer the part. General rule (session 27): a share is never
            # shown as a sentence's growth rate or other percentage; a share said only in words leaves the part open
            best = None
        if k and best is None and picks[k - 1] is not None and picks[k - 1].candidate.kind == "sentence":
            # "..., and what was it five years earlier?" / "and how much bigger was it than in 2022?": the first part's
            # quote gives that year's figure (prose_followups)
            line = followups.followup_line(asked.text, parts[k - 1].years, picks[k - 1].candidate.text)
            if line is not None:
                best, notes[k] = picks[k - 1], line
        # "..., and what share of them worked outside the United States?" (the rest of the whole the part before's quote
        # counts, or its part in the asked place, computed: prose_followups.rest_line) and "..., and how were they split
        # between the U.S. and other markets?" (that quote, when it states a figure for each side: split_line)
        for followup in (followups.rest_line, followups.split_line):
            if k and best is None and picks[k - 1] is not None and picks[k - 1].candidate.kind == "sentence":
                line = followup(asked.text, picks[k - 1].candidate.text)
                if line is not None:
                    best, notes[k] = picks[k - 1], line
        # "..., and how does it compare with a year earlier?" left unanswered: the same move, from the same quote
        # (``prose_followups.asks_compared_with_year_before``; session 32, #11)
        compared = best is None and followups.asks_compared_with_year_before(asked.text)
        if k and (asked.unit == "change" or compared) and k not in notes and picks[k - 1] is not None \
                and picks[k - 1].candidate.kind == "sentence" and (best is None or best.candidate is picks[k - 1].candidate):
            # "..., and by how much did it grow from a year earlier?": the move from the figure the part before's quote
            # compares its answer with (prose_followups.move_line)
            shown = answer_figure(parts[k - 1], picks[k - 1].candidate)
            line = followups.move_line(asked.text, max(parts[k - 1].years, default=None), picks[k - 1].candidate.text,
                                       shown) if shown else None
            if line is None and shown:
                # "..., and by what percentage did output grow year over year?": the rate the quote states right after
                # the figure (prose_followups.stated_rate_line)
                line = followups.stated_rate_line(asked.text, max(parts[k - 1].years, default=None),
                                                  picks[k - 1].candidate.text, shown)
            if line is not None:
                best, notes[k] = picks[k - 1], line
        if k and asked.unit == "change" and k not in notes and picks[k - 1] is not None \
                and parts[k - 1].kind == "reason" and (picks[k - 1].candidate.kind == "sentence"
                                                       or picks[k - 1].candidate.form == "effect") \
                and (best is None or best.candidate is picks[k - 1].candidate
                     or best.candidate.text == picks[k - 1].candidate.text):
            # "What caused the decline in X, and by how much did it fall?": the move the reason's own quote states
            # ("declined to $48.6 million from $55.0 million, because ..."), computed (prose_followups.stated_move_line),
            # or stated by its size ("increased by $71.3 million, or 123%": stated_by_line); a quote that is the
            # explained move followed by its reasons (form "effect") states the move in its first sentence (session 31)
            line = followups.stated_move_line(asked.text, picks[k - 1].candidate.text) \
                or followups.stated_by_line(asked.text, picks[k - 1].candidate.text)
            if line is not None:
                best, notes[k] = picks[k - 1], line
        if k and asked.unit == "change" and k not in notes and picks[k - 1] is not None \
                and picks[k - 1].candidate.kind == "row" and _POINTS_BACK.search(asked.text):
            # "..., and by how much did it move since 2022?" after a table row's figure: "it" is that row's measure, and
            # its change is computed from the row's own two columns (never another sentence's change of another measure)
            row = picks[k - 1].candidate
            pair = changes.pair_in(row.text, "row", row.heading, asked.text, parts[k - 1].years | asked.years,
                                   parts[k - 1].quarters | asked.quarters)  # fmt: skip
            if pair is not None:
                best, notes[k] = picks[k - 1], changes.change_text(pair, asked.text)
        who = rankings.asks_position(asked.text)
        if who is not None:
            # "..., and where did Siemens Gamesa rank?": its place in a ranking sentence listing names in order (the
            # part before's quote first, then this part's candidates), computed; nothing else answers
            pool = ([picks[k - 1]] if k and picks[k - 1] is not None else []) + ranked[k]
            best = None
            for sc in pool:
                place = rankings.position_in(sc.candidate.text, who) if sc.candidate.kind == "sentence" else None
                if place is not None:
                    best, notes[k] = sc, rankings.position_line(who, *place)
                    break
            if best is None:
                uncovered.add(k)
        member = (_member_rank(asked, question, cands, page_text)
                  if best is None or best.candidate.kind not in ("ranked", "compared") else None)  # fmt: skip
        if member is not None:
            # "Which of its three segments grew NOI fastest?": every member's growth computed from one block of a
            # segment note's or revenue table's rows (table_rankings), ahead of a sentence naming no member's figure
            best, mores[k] = member, []
            notes.pop(k, None)
            if any(p is not None and (p.candidate.doc_id, p.candidate.page, p.candidate.start)
                   == (member.candidate.doc_id, member.candidate.page, member.candidate.start) for p in picks):  # fmt: skip
                notes[k] = member.candidate.heading  # "... and which was weakest?": the same rows cited above
        owned = (_own_tables_rank(asked, question, cands, page_text)
                 if member is None and (best is None or best.candidate.kind not in ("ranked", "compared")) else None)
        if owned is not None:
            # "Which of its two segments had the higher operating income rate?" where each segment has its own summary
            # table (table_rankings.own_tables_rank): the ranking, citing the pick's rows, then each other member's
            best, mores[k] = owned
            notes.pop(k, None)
            used = {(q.candidate.doc_id, q.candidate.page, q.candidate.start)
                    for j in range(k) for q in [picks[j], *mores.get(j, [])] if q is not None}
            if (best.candidate.doc_id, best.candidate.page, best.candidate.start) in used:
                notes[k] = best.candidate.text  # the same rows cited above: this part's ranking under them
        if member is None and k and picks[k - 1] is not None and picks[k - 1].candidate.kind == "ranked" \
                and member_asks.asks_pick_figure(asked.text, picks[k - 1].candidate.heading):
            # "..., and what was that margin?", "how many of the total did it account for?": the pick's own figure in
            # the ranking above (its lead), under the same rows
            best, mores[k] = picks[k - 1], []
            notes[k] = picks[k - 1].candidate.heading
        if k and asked.kind == "yesno" and page_text is not None and picks[k - 1] is not None \
                and picks[k - 1].candidate.kind == "ranked" and (member_asks.asks_member_move(asked.text)
                                                                 or member_asks.asks_any_member_move(asked.text)):
            # "..., and did that share grow from the prior year?": the ranked member's own two cells decide
            prev = picks[k - 1].candidate
            ranking = table_rankings.rank_members(parts[k - 1].text, question, page_text(prev.doc_id, prev.page) or "",
                                                  set(parts[k - 1].years))  # fmt: skip
            moved = table_rankings.member_move(asked.text, ranking) or table_rankings.any_member_moved(asked.text, ranking)
            if moved is not None:
                best, mores[k] = picks[k - 1], []
                forced[k], notes[k] = moved
        if k and page_text is not None and picks[k - 1] is not None and picks[k - 1].candidate.kind == "ranked" \
                and member_asks.asks_rank_again(asked.text):
            # "..., and was it also the segment whose subscription revenue grew fastest?", "Does the ranking hold on
            # comparable sales?": the members ranked again by the basis this part names, from their own block; the
            # verdict compares the two picks (table_rankings.rank_again); none found: this part is not answered
            again = _member_rank_again(asked, parts[k - 1], picks[k - 1].candidate, question, cands, page_text)
            if again is None:
                best = None
                uncovered.add(k)
            else:
                best, mores[k] = again[0], []
                forced[k], notes[k] = again[1], again[2]
        summed = (_year_sum(asked, question, cands, page_text)
                  if best is None or not states_total(best.candidate.text) else None)  # fmt: skip
        # "What share of its future lease payments falls due in 2027 and 2028?": computed from the maturity schedule's
        # rows (table_sums.share_of_schedule), where no quote states a share
        summed = summed or (_schedule_share(asked, question, cands, page_text)
                            if best is None or "%" not in best.candidate.text else None)
        if summed is not None:
            # "How much of its debt matures in 2027 and 2028 combined?": the year rows of a maturity table added up
            # (table_sums), where no sentence states the total
            best, mores[k] = summed, []
            notes.pop(k, None)
        vs = prose_versus.versus(question if len(parts) == 1 else asked.text)
        if vs is not None and not (best is not None and best.candidate.kind in ("ranked", "compared")):
            # "Which grew revenue faster, Contoso or Fabrikam?": both sides' figures and a computed verdict, or nothing
            # (a comparison computed from a table's rows, above, stands)
            sides = _versus(vs, question if len(parts) == 1 else asked.text, cands, page_text)
            best = None
            notes.pop(k, None)
            if sides is None:
                uncovered.add(k)
            else:
                best, mores[k], forced[k] = sides
        after_pick = asked.kind == "reason" and k and page_text is not None and picks[k - 1] is not None \
            and picks[k - 1].candidate.kind == "ranked"
        # "..., and why?" after a ranking: the pick's own explained move when the filing states one; else read as before
        bare = _ranked_explained(parts[k - 1], picks[k - 1].candidate, question, cands, page_text, threshold) \
            if after_pick and not _ANAPHOR_REASON.search(asked.text) and _BARE_WHY.match(asked.text) else None
        if bare is None and after_pick and _BARE_WHY.match(asked.text):
            # a report table's ranking: the ranked row's own sentence stating its move and a cause (session 32)
            bare = report_ranked_explained(picks[k - 1].candidate, cands, threshold)
        if after_pick and _ANAPHOR_REASON.search(asked.text):
            # "..., and what drove its decline?" after "which segment had the weaker topline?": the filer's sentence
            # explaining the ranked member's own move; none: this part is not answered
            best = _ranked_explained(parts[k - 1], picks[k - 1].candidate, question, cands, page_text, threshold)
            mores[k] = []
            notes.pop(k, None)
            if best is None:
                uncovered.add(k)
        elif bare is not None:
            best, mores[k] = bare, []
            notes.pop(k, None)
        elif asked.kind == "reason" and k and picks[k - 1] is not None and parts[k - 1].kind == "reason" \
                and drivers.asks_against(asked.text):
            # "What drove the increase, and what held it back?": the offsets the first part's explanation states, from
            # its quote (prose_drivers.against_line); none stated: this part is not answered, by no other passage
            held = drivers.against_line(picks[k - 1].candidate.text)
            best, mores[k] = (picks[k - 1] if held else None), []
            notes.pop(k, None)
            if held:
                notes[k] = f"What held it back, from the same passage: \u201c{held}\u201d"
            else:
                uncovered.add(k)
        elif asked.kind == "reason" and page_text is not None:
            best = _explained_pick(asked, k, picks, best, cands, page_text, threshold,
                                   lambda c, a=asked: prescore(replace(a, kind="describe"), c, question, aliases(c), names))
            effect = _stated_effect(asked, best, cands, page_text) if best is not None and not k and k not in mores else None
            # a reason sentence announcing its cause in general words: with the sentences spelling it out (pickers)
            reason = _spelled_out(asked, best, cands) if best is not None else None
            if effect is not None:  # the change explained, with its figures, shown before its explanation
                best, mores[k] = effect, [reason]
            else:
                best = reason
        if asked.kind == "reason" and best is None and k and picks[k - 1] is not None \
                and picks[k - 1].candidate.kind == "ranked" and picks[k - 1].candidate.items:
            # "Which region's volumes rose fastest, and what drove the increase?" after a ranking computed from a
            # report table: the sentence whose subject is the ranked row, stating its move and a cause ("The Nordics
            # led the field on the back of two new plants ..."), on the table's page or the next
            best = _top_row_explained(picks[k - 1].candidate, cands, threshold)
            if best is not None:
                uncovered.discard(k)
        if best is not None:
            # "What does X forecast for 2025?": the forecast said over several sentences, whole (pickers)
            best = _whole_forecast(asked, best, cands)
        if best is not None and k not in mores and asks_ranking(asked) and best.candidate.kind == "sentence" \
                and not _states_figure(best.candidate.text):
            # "Which region's port volumes rose fastest?": "South Asia grew fastest, helped by ..." names the member but
            # no figure; its row in the report's table on the measure gives it
            row = _winner_row(asked, best.candidate, cands)
            if row is not None:
                mores[k] = [Scored(row, best.score, {"table": 1.0})]
        if asked.kind == "list" and best is not None and k not in notes:
            # "What were the three largest categories?": the N items of a share list with the highest shares
            top = items.top_line(question if len(parts) == 1 else asked.text, best.candidate.text)
            if top is not None:
                notes[k] = top
        picks.append(best)
    for k in _set_aside_picks(question, parts, picks):
        # "Leaving China aside, which region fell most, and why?": a quote about the name set aside answers no part
        picks[k] = None
        mores.pop(k, None)
        notes.pop(k, None)
        uncovered.add(k)
    for k in _unit_apart(parts, picks, notes):
        # "How large is the grant, and what was it before it was raised?" and one quote: "12,300 homes" shown for the
        # grant while its earlier level is "GBP 3,000" (``_unit_apart``): the unit-less part is said not to be found
        picks[k] = None
        uncovered.add(k)
    for k in _figure_of_another_part(parts, picks, notes, forced):
        # "how many A, how many B, and how many C does that represent?" and one sentence stating only C's figure: that
        # figure is C's answer, never A's or B's; their parts are said not to be found
        picks[k] = None
        uncovered.add(k)
    for k, asked in enumerate(parts):
        head = _measure_head(parts[k - 1].text) if k and asked.kind == "amount" and _POINTS_BACK.search(asked.text) \
            and len(_words(asked.text) - _RELATIVE_WORDS - {"they", "fast", "quickly"}) < 2 else None
        if head and picks[k] is not None and k not in notes and k not in forced and k not in mores \
                and picks[k - 1] is not None and {head} & _stems(content_words(picks[k - 1].candidate.body)) and not (
                {head} & _stems(content_words(f"{picks[k].candidate.body} {picks[k].candidate.heading}"))) and not (
                parts[k - 1].kind == "amount" and picks[k - 1] is not None
                and picks[k - 1].candidate.text == picks[k].candidate.text):
            # "What was US pet insurance's gross written premium in fiscal 2025, and how much did it grow?": "it" is
            # the part before's measure (premium); "covered 7.42 million dogs and cats, 12.8% more" is the growth of
            # another (pets). GENERAL RULE (session 32, #11): a part naming its measure by a pronoun is answered only
            # by a quote saying the head noun of the measure the part before asks (a word the part before's own quote
            # says: the measure as the report names it), or by the quote of an amount part
            # before (whose checks took it as saying that measure in its own words: "used cars and light trucks" for
            # vehicles); else it is not found
            picks[k] = None
            uncovered.add(k)
    for k, asked in enumerate(parts):
        before = next((picks[j] for j in range(k - 1, -1, -1) if picks[j] is not None), None)
        if before is not None and _ASKS_OTHERS.search(asked.text) and (picks[k] is None or any(
                picks[j] is not None and picks[j].candidate.text == picks[k].candidate.text for j in range(k))):
            # "Which notes are current, and what other notes are outstanding?": what the part before's quote answered
            # is what "other" leaves out; the best candidate no other part took answers it, or a sentence beside that
            # quote naming the asked things as more of them (``_also_named``), or none does
            taken = {p.candidate.text for j, p in enumerate(picks) if j != k and p is not None}
            picks[k] = next((s for s in ranked[k] if s.score >= threshold and s.candidate.text not in taken), None) \
                or _also_named(asked, before, ranked[k], taken)
            mores.pop(k, None)
            notes.pop(k, None)
            if picks[k] is None:
                uncovered.add(k)
    for k, asked in enumerate(parts):
        if asked.kind == "amount" and picks[k] is not None and k not in notes and k not in forced and any(
                j != k and picks[j] is not None and picks[j].candidate is picks[k].candidate for j in range(len(parts))):
            # "What were its revenue and order backlog?": a quote another part took answers this one only if it says
            # this part's own measure (the words no other part asks); else the part is not found, and said so
            own = asked.words - {w for j, p in enumerate(parts) if j != k for w in p.words}
            if asked.unit == "change" and _GROWTH_RATE.search(asked.text) and asked.words - content_words(asked.text):
                # "..., and what was the growth rate from 2024?": the part before's measure's move; "growth rate" names
                # no measure of its own
                own = {w for w in own if w not in ("rate", "change") and _direction(w) is None}
            c = picks[k].candidate
            if own and _FIGURE_MEASURE.search(" ".join(own)) and not _stems(own) & (
                    _stems(content_words(f"{c.body} {c.heading}")) | verbs_said(own, f"{c.body} {c.heading}")):
                picks[k] = None
                uncovered.add(k)
        if picks[k] is None and k not in uncovered and not _ASKS_OTHERS.search(asked.text):
            # "Why do California and Texas ...": another part's quote may answer (never what "other" leaves out)
            taken = {(f or "").split(" (")[0] for j, p in enumerate(picks) if j != k and p is not None
                     for f in [answer_figure(parts[j], p.candidate)] if f}  # the figures other parts show
            picks[k] = _covering(asked, [p for p in picks if p is not None], question, aliases, names, taken)
        if picks[k] is not None and asked.kind == "amount" and picks[k].candidate.kind == "sentence" \
                and is_filing(picks[k].candidate.meta) and k not in notes and k not in forced and k not in mores:
            # "..., and how large was the gain in USD thousands?": a sentence of the part's candidates stating the shown
            # figure at the asked scale ("$12,640 thousand" for "$12.6 million") answers it (prose_figures.finer_restatement)
            shown = answer_figure(asked, picks[k].candidate)
            picks[k] = next((sc for sc in ranked[k] if shown and sc.candidate.kind == "sentence" and is_filing(sc.candidate.meta)
                             and figures.finer_restatement(asked.text, shown, sc.candidate.text)), picks[k])
        if picks[k] is not None and asked.kind == "amount" and picks[k].candidate.kind == "row" and page_text is not None \
                and is_filing(picks[k].candidate.meta) and k not in notes and k not in forced and k not in mores and _other_block(asked, picks[k], page_text):
            # "..., and how much did that segment's operating income fall?": the member's row under "Revenues:" of a
            # table whose "Operating income:" block lists the same members answers another measure; the best row of
            # the asked block that passes the threshold answers, else none (prose_pdf_tables.row_of_other_block)
            picks[k] = next((sc for sc in ranked[k] if sc.candidate.kind == "row" and sc.score >= threshold
                             and not _other_block(asked, sc, page_text)), None)
            if picks[k] is None:
                uncovered.add(k)
        if k and asked.kind == "yesno" and picks[k - 1] is not None and picks[k - 1].candidate.kind == "sentence" \
                and revisions.asks_changed(asked.text, parts[k - 1].text) \
                and not _stems(asked.words) - _stems(parts[k - 1].words | asked.entities) - _REVISION_FRAME:
            # "How many ... does it plan to open in 2027, and was that target lifted or lowered?": the forecast the part
            # before quoted, revised or not by its own sentence (another forecast's revision is no answer)
            picks[k] = picks[k - 1]
            changed = revisions.changed_verdict(asked.text, picks[k].candidate.text, parts[k - 1].text)
            if changed:
                forced[k] = changed
        best = picks[k]
        said = forced.get(k) or (verdict(asked, best.candidate) if best is not None else None)
        if said is not None and k not in forced and asked.kind == "yesno" and member_asks.asks_rank_again(asked.text) \
                and picks[k - 1] is not None and picks[k - 1].candidate.kind == "sentence" and best.candidate.kind != "row" \
                and member_unnamed(question, picks[k - 1].candidate.text, best.candidate.text, vocab, names):
            # "Which publisher sold the most cards, and does it also lead on retail sales?": "it" is the member the
            # part before's quote names; a quote about channels decides nothing of it and answers nothing of this part
            # (gates.member_unnamed)
            said, best = None, None
            uncovered.add(k)
        if k not in forced and asked.kind == "yesno" and prose_compare.asks_threshold(asked.text) is not None:
            # "Are more than one in ten American dogs insured?": the best-ranked sentence stating the asked things'
            # proportion decides, wherever it ranks (``prose_compare.threshold_verdict``), one in the report's own voice
            # before one it quotes someone saying, one stating it as a percentage before one in words (session 32, #11)
            decided = [(sc, v) for sc in ranked[k] if (v := verdict(asked, sc.candidate))]
            own = [d for d in decided if not prose_compare.spoken(d[0].candidate.text)]
            # the proportion measured ("6.6% of the country's dogs") before its rounding in words ("one dog in fifteen")
            own.sort(key=lambda d: not re.search(r"\d\s?(?:%|per\s?cent\b)\s+of\b", d[0].candidate.text))
            best, said = (own or decided or [(best, None)])[0]
        if said is None and asked.kind == "yesno" and prose_verdicts.asks_profit_move(asked.text):
            # "Did its Marina segment become more profitable?": the sentence stating how the asked one's profit
            # measures moved decides, wherever it ranks (``_profit_move_pick``)
            moved = _profit_move_pick(asked, ranked[k])
            if moved is not None:
                best, said = moved
        if said is None and best is not None and asked.kind == "yesno" and prose_verdicts.asks_profit(asked.text):
            # "Is Frostway profitable?": the sentence of the pick's paragraph stating the sign of a profit measure
            best, said = _deciding_sentence(asked, best, cands, page_text,
                                            lambda c: prescore(asked, c, question, aliases(c), names), names)  # fmt: skip
        elif said is None and best is not None and asked.kind == "yesno" and prose_verdicts.asks_concentration(asked.text):
            best, said = _concentration_statement(asked, best, ranked[k])
        if prose_verdicts.asked_holders(asked.text) is not None and not (said and asked.kind == "yesno") and (
                best is None or not prose_verdicts.states_concentration(asked.text, best.candidate.text)) and not (
                asked.kind == "yesno" and best is not None
                and prose_verdicts.speaks_of_dependence(asked.text, best.candidate.text)):  # fmt: skip
            # "How concentrated is Contoso's customer base?": only a sentence stating the deciding share answers
            best = _concentration_figure(asked, ranked[k], cands, page_text, names)
            said = prose_verdicts.concentration_verdict(asked.text, best.candidate.text) \
                if best is not None and asked.kind == "yesno" else None
        if prose_verdicts.dependence_object(asked.text) is not None and (
                best is None or not prose_verdicts.states_dependence_share(asked.text, best.candidate.text)):
            # "How dependent was it on its Falcon program?": only a sentence stating the program's share answers
            best = next((sc for sc in ranked[k] if sc.candidate.kind == "sentence"
                         and prose_verdicts.states_dependence_share(asked.text, sc.candidate.text)), None)  # fmt: skip
        if best is not None and asked.kind == "amount" and not _names_instrument(
                asked.text, best.candidate.text, answer_figure(asked, best.candidate)):
            best = None  # "how much could it draw on its revolver?": a buyback's dollars are not the facility's
        if best is not None and best.candidate.kind == "sentence" and (
                asked.kind == "amount" or asked.kind == "describe" and (asks_figure(asked.text) or re.match(
                    r"(?i)\s*what\s+(?:was|were|is|are)\b", asked.text))) and (
                _share_for_another(asked, best.candidate.text) or not _says_unit_asked(asked.text, best.candidate.text)):
            best = None  # "Oil made up 53% of our production" for the volume produced; 326 sites for cubic yards
        if best is not None and dated_elsewhere(asked, best.candidate):
            best = None  # fiscal 2025 asked: "Similar to fiscal 2025, we recognized $148 million in fiscal 2024"
        if best is not None and k not in notes and k not in forced and k not in mores and len(parts) > 1 \
                and best.candidate.kind in ("sentence", "list") and asks_figure(asked.text) \
                and not _states_figure(best.candidate.body):
            # a part asking a figure ("what did holders receive for each share", "what was its occupancy percentage")
            # is not answered by a sentence stating none (the deal's announcement, the measure's definition): the
            # best-ranked candidate that states a figure and says half of the part's words answers it
            # (``_figured_instead``); none: it is said not to be found, as a whole question with no figure is declined
            best = _figured_instead(asked, best, ranked[k], question, threshold)
            if best is None:
                uncovered.add(k)
        # "Did net income grow faster or slower than Adjusted EBITDA?" is answered by both growth rates only
        # (``question.states_both_paces``), "..., and what was its cost of sales as originally reported and as
        # revised?" by both figures only (``question.states_two_amounts``); a pick stating fewer leaves the part open
        for asks_two, states_two in ((asks_pace_against, states_both_paces), (asks_both_versions, states_two_amounts)):
            if best is not None and k not in forced and asks_two(asked.text) and not states_two(
                    " ".join(p.candidate.text for p in [best, *(mores.get(k) or [])] if p is not None)):
                best = None
                uncovered.add(k)
        if best is not None and page_text is not None and prose_verdicts.asked_holders(asked.text) is not None:
            best = _concentration_neighbours(asked, best, page_text)
            if said is None and asked.kind == "yesno":  # the verdict of a share the neighbours brought in
                said = prose_verdicts.concentration_verdict(asked.text, best.candidate.text)
        picks[k] = best
        if said is None and asked.kind == "yesno":
            # "Did Contoso ship more than Fabrikam in 2024?": no sentence says so; two rows of a table may
            compared = compare_rows(asked, cands)
            if compared is not None:
                picks[k], said = compared
        if said is None and asked.kind == "yesno":
            # "Did CNH increase its precision revenue in 2025?": no sentence says so; its row of the table may
            moved = move_row(asked, cands)
            if moved is not None:
                picks[k], said = moved
        if said is None and asked.kind == "yesno" and prose_compare.comparison(asked.text) is not None:
            # "Did headcount grow as fast as budgets in 2026?": one sentence per side, each with its figure
            across = _compared_across(asked, cands)
            if across is not None:
                picks[k], mores[k], said = across
        if k > 0 and picks[k - 1] is None and picks[k] is not None and parts[k - 1].kind in ("entity", "list") \
                and not _BARE_WHO.match(parts[k - 1].text) and not _CIRCUMSTANCE.match(parts[k - 1].text) \
                and _BACK_TO_ASKED.search(asked.text):
            # "Which vendor was second, and what share did it have?": "it" is the member the unanswered part asks for;
            # any share found ("Others: 30%") is another member's. A bare ", to whom," part names no member for "it":
            # "What plant did it sell, to whom, and what gain did it record?" asks the seller's gain
            picks[k], said, best = None, None, None
        if k > 0 and picks[k - 1] is None and picks[k] is not None and parts[k - 1].kind == "amount" and asked.measure \
                and _COMPARED_BACK.search(asked.text):
            # "What net revenue did it report for fiscal 2026, and how did it compare with fiscal 2025?": the comparison's
            # one side is the figure the unanswered part asks; a figure of the other period alone (or a segment's)
            # compares nothing. GENERAL RULE (session 33, #10): a part comparing the part before's figure with another
            # period or thing is answered only when the part before is
            picks[k], said, best = None, None, None
            uncovered.add(k)
        if said is not None and asked.kind == "yesno" and k not in mores and picks[k] is not None:
            # "Did beer sales rise in both value and volume?" decided in words only: each side's figured sentence under it
            sided = _sides_figured(asked, picks[k], cands)
            if sided:
                mores[k] = sided
        verdicts.append(said)
        others.append(mores[k] if k in mores else
                      _other_subjects(asked, ranked[k], best, threshold, names) if best is not None else [])  # fmt: skip
    for k, asked in enumerate(parts):
        prev = picks[k - 1] if k else None
        if k and asked.kind == "reason" and _BARE_WHY.match(asked.text) and parts[k - 1].kind == "yesno" \
                and prev is not None and prev.candidate.kind == "sentence" and drivers.states_cause(prev.candidate.text):
            # "Did the segment become more profitable, and why?": "why" asks the reason of what the part before's quote
            # decides; that quote, stating its cause, answers it (never another sentence near it)
            picks[k], others[k] = prev, []
    if page_text is not None:
        for k, asked in enumerate(parts):
            if asked.kind == "reason" and picks[k] is not None:
                others[k] = [*others[k], *_referred_causes(picks[k], others[k], cands, page_text)]
    for k in range(len(parts)):
        if picks[k] is None:
            continue
        more, left = _listed_said(parts[k], picks[k], others[k], ranked[k])
        others[k] = [*others[k], *more]
        for item in left:  # each listed thing no quote says: a part of its own, not found (a partial answer)
            parts.append(replace(parts[k], text=f"{listed_items(parts[k].text)[0]}: {item}"))
            picks.append(None)
            verdicts.append(None)
            ranked.append([])
            others.append([])
    return Extraction(question, parts, picks, verdicts, ranked, others, notes)


# the measure a part asks, as a noun phrase: "What was X's gross written premium in fiscal 2025", "How many aluminium
# cans were shipped in 2024"
_ASKED_NP = re.compile(r"(?i)^\s*(?:and\s+)?(?:what|how\s+much)\s+(?:was|were|is|are)\s+(?:the\s+)?(?P<a>[^?,;]+?)"
                       r"(?:\s+(?:in|for|during|at|on|as\s+of|over|between|from|by|of)\s+(?:fiscal\s+|calendar\s+|the\s+)?"
                       r"(?:(?:19|20)\d\d|FY|year|quarter|first|second|third|fourth|half|H[12]|Q[1-4])\b.*)?\s*$|"
                       r"^\s*(?:and\s+)?how\s+(?:many|much)\s+(?P<b>[A-Za-z][\w\s'’-]*?)\s+(?:was|were|did|do|does|is|are|has|"
                       r"have|had|will)\b")


def _measure_head(text: str) -> str | None:
    """The stem of the head noun of the measure ``text`` asks ("... gross written premium in fiscal 2025" -> premi,
    "How many aluminium cans were shipped" -> cans); None when it is not read."""
    m = _ASKED_NP.match(text.strip().rstrip("?"))
    if m is None:
        return None
    words = re.findall(r"[A-Za-z][\w-]*", m.group("a") or m.group("b") or "")
    return _stem(words[-1]) if words and words[-1].lower() not in _RELATIVE_WORDS else None


def _other_block(asked: Asked, sc: Scored, page_text: Callable[[str, int], str | None]) -> bool:
    """Is the picked row under another measure's block of its table than the one ``asked`` names?"""
    c = sc.candidate
    return pdf_tables.row_of_other_block(asked.text, page_text(c.doc_id, c.page) or "", c.start)


# the words of a listed thing that name no thing of its own: its share, its amount, what is expected of it
_ITEM_FRAME = frozenset("""part parts portion share amount amounts figure figures level total totals expected estimated
    annual yearly related resulting overall respective each""".split())


def _item_stems(text: str) -> set[str]:
    """Light stems of a text's content words, a hyphenated word whole ("non-cash" is no "cash")."""
    return {_stem(w) for w in content_words(text) if len(w) > 2}


_FRAME_STEMS = frozenset(_item_stems(" ".join(_ITEM_FRAME)))


def _listed_said(asked: Asked, pick: Scored, more: Sequence[Scored], ranked: Sequence[Scored]
                 ) -> tuple[list[Scored], list[str]]:
    """For a part listing the things it asks after a colon (``question.listed_items``): the further sentences of the
    shown quotes' pages that say a listed thing no shown quote says (each its best-ranked such sentence, stating a
    figure when the pick does), and the listed things still said by none. A thing is said when a quote says a word of
    it other than a frame word (``_ITEM_FRAME``: "part", "amount", "expected"), by light stem ("sold" says "sale",
    "save" says "savings"). General rule (session 29, #11): a question listing several things is answered whole only
    when each is quoted; more sentences of the same passage are shown when they say the others, and what no quote
    says is named as not found (a partial answer), never dropped."""
    _, items = listed_items(asked.text)
    if len(items) < 2:
        return [], []
    shown = [pick, *more]
    pages = {(s.candidate.doc_id, s.candidate.page) for s in shown}
    figured = _states_figure(pick.candidate.body)
    said = set().union(*(_item_stems(s.candidate.body) for s in shown))
    added: list[Scored] = []
    left: list[str] = []
    for item in items:
        own = _item_stems(item) - _FRAME_STEMS
        if not own or own & said:
            continue
        extra = next((s for s in ranked if s.candidate.kind in ("sentence", "list")
                      and (s.candidate.doc_id, s.candidate.page) in pages and s not in shown and s not in added
                      and own & _item_stems(s.candidate.body)
                      and (not figured or _states_figure(s.candidate.body))), None)
        if extra is None:
            left.append(item)
            continue
        added.append(extra)
        said |= _item_stems(extra.candidate.body)
    return added, left


def _referred_causes(pick: Scored, more: Sequence[Scored], cands: Sequence[Candidate],
                     page_text: Callable[[str, int], str | None]) -> list[Scored]:
    """The sentences quantifying a cause a shown reason names by reference ("..., on the higher attendance and ..."
    after "..., due to a 5.1% increase in attendance, ..."; rule in ``referred_causes``), shown after it."""
    shown = [pick, *more]
    out: list[Scored] = []
    for s in shown:
        c = s.candidate
        # a change read with the sentences spelling out its cause (``form == "effect"``, session 25): its reasons are
        # its items, read for references like a reason sentence's (session 26)
        spelled = c.kind == "list" and c.form == "effect" and bool(c.items)
        if c.kind != "sentence" and not spelled:
            continue
        page = page_text(c.doc_id, c.page) or ""
        if not page or page[c.start : c.end].strip() == "":
            continue
        taken = [(x.candidate.start, x.candidate.end) for x in [*shown, *out]
                 if x.candidate.doc_id == c.doc_id and x.candidate.page == c.page]
        said = " ".join(c.items) if spelled else c.text
        span = referred.quantified_before(page, c.start, said, shown=taken)
        if span is None or not referred.unshown(span, taken):
            continue
        found = next((x for x in cands if x.kind == "sentence" and x.doc_id == c.doc_id and x.page == c.page
                      and x.start == span[0]), None)  # fmt: skip
        if found is None:
            found = replace(c, start=span[0], end=span[1], text=" ".join(page[span[0] : span[1]].split()),
                            items=(), before="", prev="", lead="", form="")  # fmt: skip
        out.append(Scored(found, s.score, {"effect": 1.0}))
    return out


def pick_reason_query(ex: "Extraction") -> str | None:
    """For an answer whose ranked part is followed by a reason part left unanswered ("..., and what drove its
    decline?"): a search text for the filer's sentence explaining the pick's move ("Computing and Graphics net revenue
    decreased"), the ranked member and the measure; None otherwise."""
    for k in range(1, len(ex.parts)):
        prev = ex.picks[k - 1]
        if ex.parts[k].kind != "reason" or ex.picks[k] is not None or prev is None or prev.candidate.kind != "ranked" \
                or not (_ANAPHOR_REASON.search(ex.parts[k].text) or _BARE_WHY.match(ex.parts[k].text)):
            continue
        m = re.match(r"^(?P<name>.+?)\s+(?:had|ranks|was)\s+the\s+", prev.candidate.text)
        measure = member_asks.asked_measure(ex.parts[k - 1].text, ex.question)
        if m and measure and not measure.endswith("margin"):
            return f"{m.group('name')} {measure} {ex.parts[k].text}"
    return None

