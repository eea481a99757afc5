"""The extractive answerer's pickers: the picks ``extract`` makes besides the best-scored candidate.

A computed ranking of a table's rows (``rank_rows``), two rows compared (``compare_rows``), a row's move
(``move_row``), a candidate whose shape answers (``_sure_shape``), a reason explained after its figure, a
concentration, a registered security, a stated deal, members that moved. Reads ``question.py`` to ``shown.py``;
``extract.py`` calls them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from ..finance import fiscal
from ..text.counts import alternation, counting
from ..text.numbers import MONEY_NAMED, claims, parse_numbers
from ..text.months import MONTH_OR_ABBR_TITLE
from ..text.sentences import content_words, is_heading, sentence_spans
from . import prose_causes as causes
from . import prose_changes as changes
from . import prose_columns
from . import prose_compare
from . import prose_current as current
from . import prose_drivers as drivers
from . import reason_leads
from . import prose_events as events
from . import prose_figures as figures
from . import prose_filings
from . import prose_items as items
from . import prose_lists
from . import prose_members as members
from . import prose_tables as tables
from .prose_tables import set_aside_names, set_aside_row
from .prose_tables import counts_goods
from . import asked_dates, asked_shares, prose_ties as ties
from . import prose_reasons as reasons
from . import prose_revisions as revisions
from . import prose_pdf_tables as pdf_tables
from . import member_asks, member_rows, table_rankings, table_sums
from . import prose_verdicts
from . import prose_versus
from . import prose_voice
from .question import (
    Asked, _CHANGE_Q, _RELATIVE_WORDS, _SUPERLATIVE, _UNIT_FORMS, _asked_years, _direction, _states_figure, _words,
    _years,
)
from .candidates import (
    Candidate, _ANAPHOR, _BULLET, _CHANGE_ANAPHOR, _COUNT_LEAD, _NOT_NAME, _paragraph_break, _stated_years, is_filing,
    page_candidates,
)
from .scoring import (
    _CAUSAL, _CELL, _CHANGE_STATED, _EXPECT_WORD, _FORWARD, _METRIC_WORD, _PERIOD_JUDGED, _named, _opposite_direction, _quoted_change,
    _rank_sense, _same_measure, _stem, _stems, _title, _unnamed, asked_kind, first_name, places, subject_score,
    why_lead,
)
from .gates import Scored, _conjuncts, _nation_keys, asked_scopes, prescore, scope_conflict, verdict
from .shown import _CLAUSE_BREAK, _PRINTED, _antecedent, _strip_bullet, answer_figure
from ..text.moves import GROWTH_WORDS as _GROWTH_WORD


THRESHOLD = 0.56  # below this best score a part is not answered (and with no part answered, mia declines)
EMBED_WORDS = 60  # words of a candidate that are embedded
OTHERS_SPREAD = 0.08  # a group question also quotes other members' answers scoring this close to the best
MAX_PER_PART = 3


def _profit_move_pick(asked: Asked, ranked: Sequence[Scored]) -> tuple[Scored, str] | None:
    """For "Did X('s segment) become more profitable?": the best-ranked sentence (of the asked company, ``prescore``
    passed) stating its profit measures' move (``prose_verdicts.profit_move_verdict``) with its verdict. The member
    asked (a capitalised word of the question besides the company's name: "Marina") must be named before the measure;
    asked of the company, a measure named after a member ("Marina EBITDA increased") is that member's, no answer."""
    asked_names = {w.lower() for w in re.findall(r"(?<=\s)[A-Z][a-z][\w&-]*", asked.text)}
    members = {w for w in asked_names if not any(w in e or e in w for e in asked.entities)}
    for sc in ranked:
        c = sc.candidate
        # a sentence of a filing stating no year is about the filing's own fiscal year
        fiscal = getattr(c.meta, "fiscal_year", None) if is_filing(c.meta) else None
        years = c.years or (frozenset({fiscal}) if fiscal else frozenset())
        if c.kind != "sentence" or asked.years and years and not years & asked.years:
            continue  # a sentence about another year says nothing of the asked one
        said = prose_verdicts.profit_move_verdict(asked.text, c.text)
        at = prose_verdicts.profit_move_at(c.text)
        if said is None or at < 0:
            continue
        before = re.findall(r"[A-Za-z][\w&-]*", c.text[:at])[-3:]
        named = {w.lower() for w in before if w[:1].isupper()} - {w.lower() for w in re.findall(
            r"[A-Za-z]+", getattr(c.meta, "company", None) or "")} - {"our", "the", "its", "total", "consolidated"}
        if members and not members <= {w.lower() for w in re.findall(r"[A-Za-z][\w&-]*", c.text[:at])}:
            continue
        if not members and named:
            continue
        return Scored(c, sc.score, {**sc.parts, "deciding": 1.0}), said
    return None


# a reason part that names nothing: "..., and why?", "why or why not?"
_BARE_WHY = re.compile(r"(?i)^\s*(?:and\s+)?(?:why(?:\s+(?:or\s+why\s+not|not|so))?|how\s+come|for\s+what\s+reasons?)\s*\??\s*$")


# a part whose subject is a pronoun: the one the part before it asks for ("..., and what share did it have?")
_BACK_TO_ASKED = re.compile(r"(?i)\b(?:it|its|they|their|them|that\s+(?:one|company|vendor|market|country|region|"
                            r"segment|state|sector))\b")


def _firm_first(ranked: list[Scored], threshold: float) -> list[Scored]:
    """``ranked`` with the best candidate that says the asked measure's narrowing words and passes ``threshold`` moved
    ahead of a better-scored one kept only for its meaning (``SOFT_COSINE``, parts "soft"). General rule: a
    paraphrase admitted by similarity is second to word-for-word evidence ("19% of firms ... did so" is no answer to a
    share of patients when "32% of obesity patients who started treatment ... were still taking the drug" is there)."""
    firm = next((s for s in ranked if not s.parts.get("soft") and s.score >= threshold), None)
    if not ranked or not ranked[0].parts.get("soft") or firm is None:
        return ranked
    return [firm, *(s for s in ranked if s is not firm)]


def _announced_first(asked: Asked, ranked: list[Scored], threshold: float) -> list[Scored]:
    """``ranked`` with a counted list of causes ("Bookings climbed for three reasons, the last one small:" and
    its items) moved ahead of a better-scored change read with the sentences after it (form "effect"), for a reason
    asked. General rule: the reasons a report announces and counts for the asked change are its stated answer; the
    sentences that happen to follow a change are only read as its explanation, and may be other findings ("Margins
    kept improving ..."). The counted list must pass ``threshold`` as a reason (its change is the asked one,
    ``type_score``), explain the asked direction and follow the change in its section (same report, same heading)."""
    if asked.kind != "reason" or not ranked or ranked[0].candidate.form != "effect":
        return ranked
    top = ranked[0]
    for s in ranked[1:]:
        c = s.candidate
        if s.score < threshold:
            break
        if c.kind == "list" and c.form == "" and len(c.items) >= 2 and _COUNT_LEAD.search(c.text) \
                and s.parts.get("type", 0) >= 1.0 and c.doc_id == top.candidate.doc_id \
                and c.heading == top.candidate.heading and (c.page, c.start) > (top.candidate.page, top.candidate.start) \
                and not _opposite_direction(asked.text, c.text):  # fmt: skip
            return [s, *(x for x in ranked if x is not s)]
    return ranked


def _spelled_out(asked: Asked, best: Scored, cands: Sequence[Candidate]) -> Scored:
    """A reason pick that is a sentence giving its cause only in general words, read with the sentences right after it
    that spell the cause out (``prose_reasons.spelled_out_cause``: "Rates fell because capacity grew faster than cargo.
    Yards in Korea and China delivered ..."); ``best`` itself otherwise. General rule (session 25, #11): the sentences
    naming the particulars are the reason the report gives; the sentence alone only announces it. Likewise (session
    28) a sentence counting its causes ("Fares rose for three reasons.") is read with the sentences giving them (the
    effect form holds exactly that many, ``prose_reasons.explained_effect``)."""
    c = best.candidate
    if asked.kind != "reason" or c.kind != "sentence":
        return best
    counted = reasons.counted_causes(c.text)
    for x in cands:
        if x.kind == "list" and x.form == "effect" and x.doc_id == c.doc_id and x.page == c.page \
                and x.start == c.start and x.items and (reasons.spelled_out_cause(c.text, list(x.items)) == x.items
                                                        or counted == len(x.items)):
            return Scored(x, best.score, best.parts)
    return best


# a question asking what a forecaster expects: "What does X forecast for 2025?", "What is the outlook for ...?"
_FORECAST_Q = re.compile(r"(?i)\b(?:forecasts?|expects?|expected|expectations?|projects?|projections?|predicts?|outlook)\b")


def _whole_forecast(asked: Asked, best: Scored, cands: Sequence[Candidate]) -> Scored:
    """A forecast question's sentence pick read with the sentences going on with its forecast (the candidate of form
    "forecast" opening at the same place, ``candidates._forecast_after``); ``best`` itself otherwise. General rule
    (session 28, #11): what the forecaster expects is shown whole, never its first sentence alone; but the sentences
    after it never change the part's figure (a later year's "By 2029 ... $1,020 billion" is no 2025 figure): a joined
    pick whose figure differs from its first sentence's is its first sentence."""
    c = best.candidate
    if c.kind != "sentence" or c.form not in ("", "forecast"):
        return best
    same = (lambda x: x.kind == "sentence" and x.doc_id == c.doc_id and x.page == c.page and x.start == c.start)
    if c.form == "forecast":
        first = next((x for x in cands if same(x) and not x.form), None)
        if first is None:
            return best
        whole = c
    else:
        if asked.kind == "reason" or not _FORECAST_Q.search(asked.text):
            return best
        first, whole = c, next((x for x in cands if same(x) and x.form == "forecast"), None)
        if whole is None:
            return best
    shown, joined = answer_figure(asked, first), answer_figure(asked, whole)
    # GENERAL rule (session 31, #11): asked for 2029, "rise 2.9% in 2025, to EUR 32.3 billion. ... For 2029 it expects
    # revenue of EUR 36.8 billion": a first sentence naming only other years than the asked one states another year's
    # figure; the sentences going on with it, naming the asked year, hold the answer
    elsewhen = bool(asked.years and (own := _years(first.text)) and not own & asked.years
                    and _years(whole.text) & asked.years)
    if joined != shown and not elsewhen:
        return Scored(first, best.score, best.parts) if first is not c else best
    return Scored(whole, best.score, best.parts) if whole is not c else best


def _winner_row(asked: Asked, c: Candidate, cands: Sequence[Candidate]) -> Candidate | None:
    """The table row of the member a which-most sentence names ("South Asia grew fastest, ..." -> "South Asia: 34, 37,
    8.8 (million TEU)"): a row of the same report, on its page or the next, whose label is the name the sentence opens
    with and whose table (caption, heads, unit) says a word of the question besides the member's; exactly one such
    row, else None. General rule: a which-most answer shows the winner's figure beside the sentence naming it."""
    opening = re.match(r"\s*((?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|and|of|&))*)", c.text)
    if opening is None:
        return None
    name = re.sub(r"\s+(?:and|of|&)$", "", opening.group(1))
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    wanted = _stems(asked.words - asked.entities) - _stems(content_words(name))
    rows = [r for r in cands if r.kind == "row" and r.doc_id == c.doc_id and r.page in (c.page, c.page + 1)
            and re.sub(r"[^a-z0-9]", "", r.text.split(":")[0].lower()) == key
            and _stems(content_words(r.heading)) & wanted]  # fmt: skip
    found = list({(r.page, r.start): r for r in rows}.values())
    return found[0] if len(found) == 1 else None


def _explained_pick(asked: Asked, k: int, picks: Sequence[Scored | None], best: Scored | None,
                    cands: Sequence[Candidate], page_text: Callable[[str, int], str | None], threshold: float,
                    about: Callable[[Candidate], dict[str, float] | None] = lambda c: {}) -> Scored | None:  # fmt: skip
    """A reason part's pick, quoted whole (``prose_drivers``): when the part before is answered by a figure's
    sentence and the sentence right after it explains that change ("The rate for 2022 was lower ... primarily due
    to ..."), that sentence answers "..., and what drove the change?"; with no pick, a sentence stating the asked
    measure's change (of the asked subject and period: ``about``) followed by its explanation ("Acquisitions
    contributed $74.2 million, developments $40.9 million ...") is the pick, both quoted; a sentence pick takes the
    sentences that go on with its explanation in its paragraph (offsets, additions, further causes)."""
    qtext = asked.effect or asked.text
    pointing = best is not None and best.candidate.kind == "sentence" and drivers.points_back(best.candidate.text)
    if not k and (best is None or pointing):
        # "As a result of the factors discussed above, segment operating income decreased ...": with the factors
        summed = _factors_above(asked, [best.candidate] if pointing else cands, page_text,
                                max(threshold, best.score) if pointing else threshold, about)
        if summed is not None:
            return summed
    if best is None and not k:
        for c in cands:
            if c.kind == "list" and c.items and c.prev and drivers.cause_list_lead(c.text) \
                    and causes.states_move(c.prev) and drivers.says_head(qtext, c.prev) \
                    and not drivers.other_item(qtext, c.prev, is_filing(c.meta)) and not _opposite_direction(qtext, c.prev) \
                    and about(replace(c, kind="sentence", text=c.prev, items=())) is not None \
                    and not (asked.years and _stated_years(c.prev) and not _stated_years(c.prev) & asked.years):  # fmt: skip
                # "... installations fell. The slowdown had two main causes. Carmakers ... And ...": the causes of the
                # change stated before the count
                return Scored(c, threshold, {"explained": 1.0})
            if c.kind != "sentence" or not causes.states_move(c.text) or drivers.other_item(qtext, c.text, is_filing(c.meta)) \
                    or not causes.explains_asked(qtext, c.text, len(c.text)) or _opposite_direction(qtext, c.text) \
                    or not causes.topic_said(qtext, f"{c.text} {c.heading}"):  # fmt: skip
                continue
            if asked.years and c.years and not c.years & asked.years and not c.years <= drivers.base_years(c.text):
                continue  # another year's change (the year gate of a reason, ``prescore``)
            page = page_text(c.doc_id, c.page) or ""
            spans = sentence_spans(page, split_lines=False) if page else []
            span = drivers.explanation_after(page, spans, c.end) if page and page[c.start : c.end].strip() else None
            if span is None or about(c) is None:
                continue
            end = drivers.continuation(page, spans, span[1], True)
            joined = replace(c, end=end, text=" ".join(page[c.start : end].split()), form="explained")
            return Scored(joined, threshold, {"explained": 1.0})
    if best is None and not k:
        # "Gross margin was 30.3% in fiscal 2025, compared with 29.8% in fiscal 2024. Exteriors gross margin rose ... on
        # pricing discipline ... Interiors gross margin rose ... because ...": the whole's move explained by its members'
        members = _members_explained(asked, cands, page_text, threshold, about)
        if members is not None:
            return members
    prev = picks[k - 1] if k else None
    if prev is not None and prev.candidate.kind == "sentence":
        p = prev.candidate
        page = page_text(p.doc_id, p.page) or ""
        span = drivers.explanation_after(page, sentence_spans(page, split_lines=False), p.end) if page else None
        # the sentence right after, or the list it leads ("The downgrade has three causes:" and its items)
        nxt = next((c for kind in ("sentence", "list") for c in cands if span and c.kind == kind and c.doc_id == p.doc_id
                    and c.page == p.page and c.start == span[0] and (kind == "sentence" or c.items)), None)  # fmt: skip
        if nxt is not None:
            cause = drivers._CAUSE.search(nxt.text)
            # "..., and why did that share go up?": the anaphor binds to the part before's sentence; a part naming
            # its own effect ("..., and why did its margin fall?") must be the one explained
            if asked.effect or causes.explains_asked(qtext, nxt.text, cause.start() if cause else 0, p.text):
                best = Scored(nxt, max(threshold, best.score if best is not None else 0.0), {"after": 1.0})
    if best is None or best.candidate.kind != "sentence":
        return best
    c = best.candidate
    page = page_text(c.doc_id, c.page) or ""
    if not page or page[c.start : c.end].strip() == "":
        return best
    m = _CAUSAL.search(c.text)
    cause = "" if m is None else c.text[: m.start()] if causes.effect_after(c.text, m.start()) else c.text[m.end() :]
    end = drivers.continuation(page, sentence_spans(page, split_lines=False), c.end,
                               bool(c.before) or drivers.opens_with_anaphor(c.text), cause=cause,
                               question=qtext if not k and _whole_asked(asked, c) else "")  # fmt: skip
    if end <= c.end:
        return best
    return replace(best, candidate=replace(c, end=end, text=" ".join(page[c.start : end].split())))


def _whole_asked(asked: Asked, c: Candidate) -> bool:
    """Does the question name no one but the candidate's company (so the line it asks about is the whole's, not a
    member's: "What drove Contoso's revenue growth?", not "... Contoso's Europe revenue growth?")?"""
    company = set(re.findall(r"[a-z0-9]+", (getattr(c.meta, "company", None) or "").lower()))
    return not {e for e in asked.entities if e not in company}


def _members_explained(asked: Asked, cands: Sequence[Candidate], page_text: Callable[[str, int], str | None],
                       threshold: float, about: Callable[[Candidate], dict[str, float] | None]) -> Scored | None:
    """A reason part no candidate answers, about a filer's whole line whose change one sentence states (two periods'
    figures or a move) and the sentences right after it in its paragraph explain member by member, each the same
    measure of a member with its move, at least one with its cause (``prose_drivers.members_after``): that sentence
    and its members' sentences, quoted whole. The whole's sentence is the asked line (no other item), of the asked
    subject and year, not moving against the asked direction."""
    qtext = asked.effect or asked.text
    for c in cands:
        if c.kind != "sentence" or not is_filing(c.meta) or not drivers.says_head(qtext, c.text) \
                or not drivers.states_change(c.text) or drivers.other_item(qtext, c.text, True) \
                or _opposite_direction(qtext, c.text) or about(c) is None:  # fmt: skip
            continue
        if asked.years and c.years and not c.years & asked.years:
            continue
        page = page_text(c.doc_id, c.page) or ""
        if not page or page[c.start : c.end].strip() == "":
            continue
        end = drivers.members_after(qtext, page, sentence_spans(page, split_lines=False), c.end)
        if end is None:
            continue
        return Scored(replace(c, end=end, text=" ".join(page[c.start : end].split()), form="explained"), threshold,
                      {"explained": 1.0})
    return None


def _factors_above(asked: Asked, cands: Sequence[Candidate], page_text: Callable[[str, int], str | None],
                   threshold: float, about: Callable[[Candidate], dict[str, float] | None]) -> Scored | None:
    """A reason part whose asked line's move a filer states as the sum of the paragraphs above it ("As a result of the
    factors discussed above, segment operating income decreased $1.5 billion ...": ``prose_drivers.points_back``):
    that sentence with the section's paragraphs before it, quoted whole (``prose_drivers.factors_above``); the clause
    after the lead must state the asked line's move (its head, no other item, the asked direction and year) of the
    asked subject (``about``); a bare "segment operating income" in the asked segment's own section ("<name>
    Segment", ``prose_drivers.section_segment``) is that segment's line."""
    qtext = asked.effect or asked.text
    for c in cands:
        said = drivers.points_back(c.text) if c.kind == "sentence" else ""
        if not said:
            continue
        if drivers.section_segment(asked.words | asked.entities | asked.mentioned, c.heading):
            said = re.sub(r"(?i)^segment\s+(?=[a-z])", "", said)
        if not causes.states_move(said) or not drivers.says_head(qtext, said) \
                or drivers.other_item(qtext, said, is_filing(c.meta)) or _opposite_direction(qtext, said) or about(c) is None:
            continue
        if asked.years and not c.years & asked.years:
            continue
        page = page_text(c.doc_id, c.page) or ""
        if not page or page[c.start : c.end].strip() == "":
            continue
        start = drivers.factors_above(page, sentence_spans(page, split_lines=False), c.start)
        if start is None:
            continue
        return Scored(replace(c, start=start, text=" ".join(page[start : c.end].split()), form="explained"), threshold,
                      {"explained": 1.0})
    return None


def _stated_effect(asked: Asked, best: Scored, cands: Sequence[Candidate],
                   page_text: Callable[[str, int], str | None]) -> Scored | None:  # fmt: skip
    """The sentence stating the change a reason pick explains, with its figures, when the pick states none and does
    not follow it ("Our operating ratio was 96.6% in 2025, compared with 93.1% in 2024. [a sentence on the adjusted
    ratio] The deterioration of the operating ratio came mainly from ..."): the nearest sentence before the pick in
    its section (at most four back, no heading between) that says the asked thing with figures for two periods or a
    move, of no unasked adjusted basis and no other item (``prose_drivers.stated_effect``); None otherwise."""
    c = best.candidate
    question = asked.effect or asked.text
    # a list of reasons whose lead-in states no figure ("The survey gives three reasons why usage fell:") as well
    # a change read with the sentences explaining it (form "effect") leads with its own figures, unless it states none
    # ("Prices fell for three reasons, the institute says.": session 28, as any reason stating no figure of the move)
    if c.kind not in ("sentence", "list") or c.kind == "list" and (c.form == "effect" and claims(c.text) or not c.items):
        return None
    if c.kind == "list" and c.text.rstrip().endswith("?"):
        # "Why did value outgrow volume? The main reason is ...": the report's own question names the move it answers
        # right there; no other sentence is brought in as its effect (``candidates._announces``)
        return None
    # a lead-in that does not restate the asked move ("The year was hard for several reasons:") may follow other
    # findings; only one restating it ("... three reasons why usage fell:") follows the change stated right before it
    restated = c.kind == "sentence" or causes.states_move(c.text) and drivers.says_head(question, c.text)
    page = page_text(c.doc_id, c.page) or ""
    if not page or page[c.start : c.end].strip() == "":
        return None
    # a pick referring back ("The decrease was due to ...") is shown with the sentence before it
    start = _antecedent(c, page)
    spans = sentence_spans(page, split_lines=False)
    span = None if start is not None or claims(c.text) or not restated else drivers.stated_effect(
        question, page, spans, c.start, lead_in=c.kind == "list", other_way=lambda t: _opposite_direction(question, t))
    start = c.start if start is None else start
    own = " ".join(page[start : c.start].split()) if start < c.start else c.text  # the referred-back sentence, if any
    if span is None and not reason_leads.states_own_move(question, own):
        # none right before it: the section's sentence stating the measure's move the asked way (``reason_leads``)
        span = reason_leads.section_move(question, page, spans, start, c.end, filing=is_filing(c.meta))
        if span is None:  # none in its section: another of the document's sentences stating it (its page first)
            others = sorted((x for x in cands if x.kind == "sentence" and x.doc_id == c.doc_id and x is not c),
                            key=lambda x: (x.page != c.page, x.rank, x.page, x.start))
            at = reason_leads.document_move(question, [(x.text, x.heading) for x in others],
                                            getattr(c.meta, "company", None) or "", is_filing(c.meta))
            if at is not None:
                return Scored(others[at], best.score, {"effect": 1.0})
    found = next((x for x in cands if span and x.kind == "sentence" and x.doc_id == c.doc_id and x.page == c.page
                  and x.start == span[0]), None)  # fmt: skip
    return Scored(found, best.score, {"effect": 1.0}) if found is not None else None


def _authors(cands: Sequence[Candidate], page_text: Callable[[str, int], str | None] | None) -> dict[str, list[str]]:
    """doc_id -> the names of the report's author (``prose_voice.author_names``: its first page's masthead, byline
    and opening estimator, and the reader's publisher), for the reports that are not filings."""
    out: dict[str, list[str]] = {}
    for c in cands:
        if c.doc_id in out or is_filing(c.meta):
            continue
        extra = getattr(c.meta, "extra", None) or {}
        first = page_text(c.doc_id, 1) if page_text is not None else None
        out[c.doc_id] = prose_voice.author_names(first or "", extra.get("publisher") if isinstance(extra, dict) else None)
        pages = getattr(c.meta, "pages", 0) or 0
        if page_text is not None and pages > 1:  # the colophon closing the report ("Prepared by ..."): its last page
            out[c.doc_id] = list(dict.fromkeys(out[c.doc_id] + prose_voice.colophon_names(page_text(c.doc_id, pages) or "")))
        elif pages <= 1 and first:
            out[c.doc_id] = list(dict.fromkeys(out[c.doc_id] + prose_voice.colophon_names(first)))
    return {d: names for d, names in out.items() if names}


def _sides_figured(asked: Asked, pick: Scored, cands: Sequence[Candidate]) -> list[Scored]:
    """A yes/no asked of two sides at once ("Did beer sales rise in both value and volume?") decided by a sentence
    that states the sides' moves in words only ("its value rose because prices went up faster than volumes fell"):
    for each side, the sentence of the pick's document stating that side's move with a figure and saying the
    question's other words ("the volume of beer sold in the on-trade fell 1.6% to 17.9 million hectolitres"), shown
    under the verdict as its evidence. GENERAL rule: a verdict on several sides shows each side's stated figure when
    its own quote gives none; a side no such sentence states gets nothing (the verdict stays the quote's)."""
    c = pick.candidate
    sides = _conjuncts(asked.text) if c.kind == "sentence" and not _states_figure(c.text) else []
    if not sides:
        return []
    every = {w for side in sides for w in side}
    rest = _stems(set(asked.words) - every - {w for w in asked.words if _direction(w) is not None})
    out: list[Scored] = []
    for side in sides:
        others = every - side
        for x in cands:
            if x.kind != "sentence" or x.doc_id != c.doc_id or x is c or x.text == c.text or any(
                    x.text == o.candidate.text for o in out) or not _states_figure(x.text):  # fmt: skip
                continue
            said = _stems(set(content_words(x.text.lower())))
            if _stems(side) <= said and not _stems(others) & said and len(rest & said) * 2 >= len(rest) \
                    and any(_direction(w) in ("up", "down") for w in content_words(x.text.lower())):
                out.append(Scored(x, pick.score, {"side": 1.0}))
                break
    return out


def _compared_across(asked: Asked, cands: Sequence[Candidate]) -> tuple[Scored, list[Scored], str] | None:
    """A yes/no comparison ("Did security headcount grow as fast as budgets in 2026?") that no one sentence decides:
    the one sentence about each side that states one percentage for it (``prose_compare.side_figure``: its own
    words, not the other side's, the asked year), and the verdict computed from the two; None when a side has no
    such sentence, or two that disagree, or the verdict is a tie of "faster than"."""
    heads = prose_compare.side_heads(asked.text)
    if heads is None:
        return None
    ha, hb = heads
    years = set(re.findall(r"\b(?:19|20)\d\d\b", asked.text))
    found: list[tuple[Candidate, tuple[float, str]] | None] = []
    for mine, theirs in (({ha}, {hb}), ({hb}, {ha})):  # each side's head word, not the other's
        figs = [(c, f) for c in cands if c.kind == "sentence"
                and (f := prose_compare.side_figure(mine, theirs, c.text, years, prose_compare.asks_move(asked.text)))
                is not None]
        if not figs or len({f[0] for _, f in figs}) != 1:
            return None
        found.append(min(figs, key=lambda t: (t[0].rank, t[0].page, t[0].start)))
    (ca, fa), (cb, fb) = found  # type: ignore[misc]
    if ca is cb:
        return None
    ya, yb = _years(ca.text), _years(cb.text)
    if not years and ya and yb and not ya & yb:
        return None  # no year asked: the two sentences must speak of one year ("grew 3% in 2026" / "rose 8% in 2025")
    said = prose_compare.decide(asked.text, fa[0], fb[0])
    if said is None:
        return None
    mark = {"compared": 1.0}
    return Scored(replace(ca, form="versus"), 1.0, mark), [Scored(replace(cb, form="versus"), 1.0, mark)], said


def _preceding(c: Candidate, page: str, most: int = 2) -> list[str]:
    """The sentences before candidate ``c`` in its paragraph on ``page`` (up to ``most``), nearest first."""
    spans = sentence_spans(page, split_lines=False)
    i = next((j for j, (a, b) in enumerate(spans) if a <= c.start < b), None)
    out: list[str] = []
    while i is not None and i > 0 and len(out) < most and not _paragraph_break(page, spans[i - 1][1], spans[i][0]):
        i -= 1
        out.append(" ".join(page[spans[i][0] : spans[i][1]].split()))
    return out


def _versus(vs: prose_versus.Versus, question: str, cands: Sequence[Candidate],
            page_text: Callable[[str, int], str | None] | None) -> tuple[Scored, list[Scored], str] | None:
    """For "which ..., A or B?" (``prose_versus``): per side the sentence about it that states the asked measure's
    figure (for the asked year, else its latest), and the verdict computed from the two; None when a side has no
    such sentence or the figures do not decide it. The two sentences are marked (form "versus") so that no other
    figure of theirs is shown as the answer."""
    asked_years = _asked_years(question)
    if len(asked_years) > 1:
        return None
    year = next(iter(asked_years), None)
    found: dict[str, tuple[Candidate, tuple[float, str, str], int | None]] = {}
    for side in (vs.a, vs.b):
        for c in sorted(cands, key=lambda c: (c.rank, c.page, c.start)):
            if c.kind != "sentence":
                continue
            page = (page_text(c.doc_id, c.page) or "") if page_text is not None else ""
            preceding = _preceding(c, page, most=5) if page else [c.lead or c.before]
            sv = prose_versus.for_side(vs, side)  # a side that is its own measure reads its own figures
            texts = prose_versus.side_texts(sv, side, c.text, preceding)
            figs = [(f, t) for t in texts if (f := prose_versus.side_figure(sv, t)) is not None
                    and prose_versus.side_governs(side, t, f[2])]
            if len(figs) != 1:
                continue
            fig, said = figs[0]
            # the year the sentence states, else the one its paragraph last stated ("It ended 2024 with ... Monthly
            # churn was 4.2% in the fourth quarter")
            ys = prose_versus.years_of(said) or prose_versus.years_of(c.text) or next(
                (found_years for t in preceding if (found_years := prose_versus.years_of(t))), set())
            if year is not None and year not in ys:
                continue
            y = year if year is not None else (max(ys) if ys else None)
            if side not in found or (y or 0) > (found[side][2] or 0):
                found[side] = (c, fig, y)
    if len(found) < 2:
        return None
    (ca, fa, ya), (cb, fb, yb) = found[vs.a], found[vs.b]
    line = prose_versus.verdict_line(vs, fa, ya, fb, yb, year)
    if line is None:
        return None
    a_first = line.startswith(vs.a)
    win, lose = (ca, cb) if a_first else (cb, ca)
    mark = {"versus": 1.0}
    shown = [Scored(replace(lose, form="versus"), 1.0, mark)] if lose is not win else []
    return Scored(replace(win, form="versus"), 1.0, mark), shown, line


def _filer_pages(asked: Asked, cands: Sequence[Candidate], page_text: Callable[[str, int], str | None],
                 around: Sequence[int] = (0,)) -> Iterator[tuple[Candidate, str]]:  # fmt: skip
    """The pages of the candidates of a filer the question names (and the pages ``around`` each, by offset),
    best-ranked candidate first, each page once: (the candidate moved to that page, the page's text)."""
    seen: set[tuple[str, int]] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.page)):
        company = (getattr(c.meta, "company", None) or "").lower()
        if not company or not any(e in company or _named(e, company, re.sub(r"[^a-z0-9]", "", company))
                                  for e in asked.entities):
            continue  # "Fabri-Kam" asked, "FABRIKAM" the filer: the same name without its punctuation (``_named``)
        for page_no in (c.page + d for d in around):
            if page_no < 1 or (c.doc_id, page_no) in seen:
                continue
            seen.add((c.doc_id, page_no))
            page = page_text(c.doc_id, page_no) or ""
            if page:
                yield (c if page_no == c.page else replace(c, page=page_no)), page


def _table_answer(asked: Asked, c: Candidate, page: str, rows: Sequence, text: str, heading: str) -> Scored:
    """A candidate of kind "ranked" computed from a table's ``rows`` (each with ``start``/``end`` on ``page``): the
    computed ``text``, citing every row used."""
    quoted = [" ".join(page[r.start : r.end].split()) for r in rows]
    start, end = min(r.start for r in rows), max(r.end for r in rows)
    cand = Candidate(c.doc_id, c.doc, c.source, c.page, start, end, text, "ranked", heading=heading,
                     items=tuple(quoted), rank=c.rank, meta=c.meta, years=frozenset(asked.years))  # fmt: skip
    return Scored(cand, THRESHOLD, {"ranked": 1.0})


def _top_row(asked: Asked, cands: Sequence[Candidate], page_text: Callable[[str, int], str | None] | None
             ) -> Scored | None:  # fmt: skip
    """For "which <kind> had the highest / the biggest drop ...": the first table, on the candidates' pages of a
    filer the question names (best-ranked page first), whose rows the question's ranking orders
    (``prose_pdf_tables.rank_table``): a candidate of kind "ranked" naming the row, its figure and column, citing
    every row ranked."""
    if page_text is None or not asked.entities:
        return None
    for c, page in _filer_pages(asked, cands, page_text):
        for table in pdf_tables.tables_in(page):
            found = pdf_tables.rank_table(asked.text, table, set(asked.years), set(asked.quarters), set(asked.entities))
            if found is not None:
                text = (f"{found.label} ranks first of the table's {len(found.rows)} rows"
                        f" ({found.column}): {found.shown}.")  # fmt: skip
                return _table_answer(asked, c, page, found.rows, text, table.caption)
    return None


def _column_pick(asked: Asked, question: str, cands: Sequence[Candidate],
                 page_text: Callable[[str, int], str | None]) -> Scored | None:  # fmt: skip
    """The cell or ranking a question asks of a report table whose columns are measures (``prose_columns``), on the
    candidates' pages of reports (not filings: their statements are the facts path's), best-ranked page first; the
    first page whose tables answer gives a candidate of kind "ranked" citing the rows used."""
    seen: set[tuple[str, int]] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.page)):
        if (c.doc_id, c.page) in seen or is_filing(c.meta):
            continue
        seen.add((c.doc_id, c.page))
        page = page_text(c.doc_id, c.page) or ""
        found = prose_columns.column_answer(question, page)
        if found is not None:
            return _table_answer(asked, c, page, found.rows, found.text, found.caption)
    return None



def _segment_note_pages(asked: Asked, cands: Sequence[Candidate], page_text: Callable[[str, int], str | None]
                        ) -> Iterator[tuple[Candidate, str]]:  # fmt: skip
    """The pages of the asked filer's filings among the candidates (the filing of an asked year or the one after)
    whose own sentence lists the filer's segments (``member_rows.segments_listed``), each as a candidate moved to
    that page."""
    seen: set[str] = set()
    for c, _ in _filer_pages(asked, cands, page_text):
        fy = getattr(c.meta, "fiscal_year", None)
        if c.doc_id in seen or asked.years and fy and not ({fy, fy - 1} & set(asked.years)):
            continue
        seen.add(c.doc_id)
        for n in range(1, int(getattr(c.meta, "pages", 0) or 0) + 1):
            page = page_text(c.doc_id, n) or ""
            if page and member_rows.segments_listed(page):
                yield replace(c, page=n), page


def _ends_by_doc(question: str, page_text: Callable[[str, int], str | None]) -> Callable[[Candidate], bool]:
    """For a question naming a fiscal year: whether the candidate's filing names its fiscal years by the calendar
    year they close in (``finance.fiscal.names_by_closing_year`` over its pages), read once per filing; False when
    no fiscal year is asked (nothing to decide)."""
    seen: dict[str, bool] = {}

    def ends(c: Candidate) -> bool:
        if not member_asks.fiscal_asked(question):
            return False
        if c.doc_id not in seen:
            n = int(getattr(c.meta, "pages", 0) or 0)
            end = str((getattr(c.meta, "extra", None) or {}).get("period_end") or "")
            seen[c.doc_id] = fiscal.names_by_closing_year([page_text(c.doc_id, k) or "" for k in range(1, n + 1)], end)
        return seen[c.doc_id]
    return ends


def _member_rank(asked: Asked, question: str, cands: Sequence[Candidate],
                 page_text: Callable[[str, int], str | None] | None) -> Scored | None:  # fmt: skip
    """For "which of its segments grew fastest / was weakest / which revenue line grew fastest": the ranking of one
    block of member rows (``table_rankings.rank_members``) on the pages of the candidates of a filer the question
    names and the two pages either side of each (a segment note's table follows its text), best-ranked page first;
    two pages putting different members first: no answer. A candidate of kind "ranked" naming the member with
    every member's figures, citing the rows."""
    if page_text is None or not asked.entities or member_asks.asks_member_ranking(asked.text, question) is None:
        return None
    def around(c: Candidate) -> str:  # the pages either side: where a filer lists its segments above their table
        return "\n\n".join(page_text(c.doc_id, c.page + d) or "" for d in (-1, 1))

    ends = _ends_by_doc(question, page_text)
    found = [(c, ranked, page) for c, page in _filer_pages(asked, cands, page_text, (0, 1, -1, 2, -2))
             if (ranked := table_rankings.rank_members(asked.text, question, page, set(asked.years), around(c),
                                                       ends=ends(c))) is not None]
    if not found:
        # the pages found rank nothing: the filer's segment note, the page of each of its filings found whose own
        # sentence lists its segments ("operations are conducted in three reportable segments: A, B and C") above
        # their table, wherever the search ranked it
        found = [(c, ranked, page) for c, page in _segment_note_pages(asked, cands, page_text)
                 if (ranked := table_rankings.rank_members(asked.text, question, page, set(asked.years), around(c),
                                                           ends=ends(c))) is not None]
    if not found or len({r.top.label for _, r, _ in found}) != 1:
        return None
    c, ranked, page = found[0]
    return _table_answer(asked, c, page, ranked.rows, ranked.text, ranked.lead)


# a reason part whose subject is the member the part before picked: "what drove its decline?", "why did it grow?",
# "what drove that growth?", "what explains the gap?"
_ANAPHOR_REASON = re.compile(r"(?i)\b(?:its|it|that|this|the\s+(?:segment|region|division|member)['’]s)\b")


_RANKED_ROW_LEAD = re.compile(r"^(?P<label>[^:]{2,80}):\s+the\s+(?:largest|smallest|fastest|slowest|highest|lowest|"
                              r"steepest|biggest|sharpest)\b")
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")


def report_ranked_explained(prev: Candidate, cands: Sequence[Candidate], threshold: float) -> Scored | None:
    """For a bare "..., and why?" after a ranking computed from a report table's rows ("Europe: the largest decrease of
    the table's 6 rows ..."): the report's sentence about the ranked row that states its move, a figure of the
    ranking (the row's cell or its computed change) and a cause ("Europe shrank for the third year in a row, by 2.8% to
    381 Mt: high interest rates kept housebuilding down ..."), on the ranked page or the one after or before.
    General rule (#11, session 32): the reason asked after a ranking is the ranked member's own; a sentence opening with
    another name, or stating none of the ranking's figures, never explains it. None when no sentence qualifies."""
    m = _RANKED_ROW_LEAD.match(prev.text)
    if m is None:
        return None
    label = m.group("label").strip()
    figures = {f.replace(",", "") for f in _FIGURE.findall(prev.text) if not re.fullmatch(r"(?:19|20)\d\d", f)}
    opens = re.compile(rf"(?i)^\s*(?:the\s+|in\s+)?{re.escape(label)}(?:['’]s?)?(?![\w-])")
    for c in sorted(cands, key=lambda c: (abs(c.page - prev.page) if c.page >= prev.page else 2, c.start)):
        if c.kind != "sentence" or c.doc_id != prev.doc_id or abs(c.page - prev.page) > 1 or not opens.match(c.text):
            continue
        said = {f.replace(",", "") for f in _FIGURE.findall(c.text)}
        if not said & figures or not causes.states_move(c.text):
            continue
        if drivers._CAUSE.search(c.text) or re.search(r":\s+\S|,\s+as\s+", c.text):
            return Scored(c, threshold, {"explained": 1.0})
    return None


def _ranked_explained(before: Asked, prev: Candidate, question: str, cands: Sequence[Candidate],
                      page_text: Callable[[str, int], str | None], threshold: float) -> Scored | None:  # fmt: skip
    """For "..., and what drove its decline?" after a ranking of members: the filer's sentence that names the ranked
    member, says the ranked measure, states its move and a cause ("Computing net revenue of $1.8 billion in 2025
    decreased by 42% compared to $3.1 billion in 2024 as a result of lower unit shipments"), of the ranked year (its
    latest year the ranking's), on the ranked page or the two pages after it or the one before, nearest first, then on
    the pages of the same filing's candidates.
    General rule: the cause of a member's move is the sentence about that member and that move; a sentence about
    another member, another measure or another year never explains it. None when no sentence qualifies."""
    page = page_text(prev.doc_id, prev.page) or ""
    around = "\n\n".join(page_text(prev.doc_id, prev.page + d) or "" for d in (-1, 1))
    ranking = table_rankings.rank_members(before.text, question, page, set(before.years), around)
    if ranking is None or ranking.measure.endswith("margin"):
        return None
    name = " ".join(re.findall(r"[a-z0-9]+", ranking.top.label.lower()))
    short = _initialism(ranking.top.label)
    pages = [prev.page + d for d in (0, 1, 2, -1)]
    pages += [c.page for c in sorted(cands, key=lambda c: c.rank) if c.doc_id == prev.doc_id and c.page not in pages]
    near = list(dict.fromkeys(pages))[:12]
    # the member's own discussion may sit anywhere in the filing (a segment's section of the MD&A): the filing's other
    # pages are read too, where only a sentence stating the member's computed move answers
    rest = [n for n in range(1, int(getattr(prev.meta, "pages", 0) or 0) + 1) if n not in near]
    for n in near + rest:
        text = page_text(prev.doc_id, n) or ""
        if n in rest and name not in " ".join(re.findall(r"[a-z0-9]+", text.lower())) and not (
                short and short in text):
            continue
        for c in page_candidates(text, doc_id=prev.doc_id, doc=prev.doc, source=prev.source, page_no=n,
                                 meta=prev.meta, rank=prev.rank):
            effect = c.kind == "list" and c.form == "effect"
            if c.kind != "sentence" and not effect:
                continue
            full = name in " ".join(re.findall(r"[a-z0-9]+", c.text.lower()))
            if not full and not (short and re.search(rf"(?<![\w-]){short}(?![\w-]|['’]\w)", c.text)):
                continue
            ys = _stated_years(c.text)
            if not ys or max(ys) != ranking.year or not member_rows.says_measure(c.text, ranking.measure) \
                    or not causes.states_move(c.text):
                continue
            if n in near and full and c.kind == "sentence" and drivers._CAUSE.search(c.text):
                return Scored(c, threshold, {"explained": 1.0})
            if (effect or drivers._CAUSE.search(c.text)) and _states_computed_move(c.text, ranking):
                return Scored(c, threshold, {"explained": 1.0})
    return None


def _initialism(label: str) -> str:
    """A member's initialism, the way a filer shortens a segment of three or more capitalized words ("Rotary and
    Mission Systems" is "RMS"): the first letters of its capitalized words; "" for fewer than three."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", label) if w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def _states_computed_move(sentence: str, ranking: table_rankings.MemberRanking) -> bool:
    """Whether a sentence states the ranked member's own move as the ranking computed it: a change amount ("decreased
    $125 million") equal to the rows' difference, or a rate ("or 7%") equal to their growth, to the sentence's
    rounding, and no move the other way. General rule: the sentence explaining a member's move states that move;
    one stating another period's, measure's or member's figures never explains it."""
    top = ranking.top
    if top.old is None or top.new == top.old:
        return False
    up = r"(?i)\b(?:increased|increases?|rose|grew|improved|higher)\b"
    down = r"(?i)\b(?:decreased|decreases?|declined|declines?|fell|dropped|lower)\b"
    lead = re.split(r"(?<=[a-z)])\.\s", sentence, maxsplit=1)[0]  # the move, stated before its causes
    if not re.search(down if top.new < top.old else up, lead):
        return False
    diff = abs(top.new - top.old)
    amounts = [float(m.replace(",", "")) for m in re.findall(r"\$\s?(\d[\d,]*(?:\.\d+)?)", lead)]
    rates = [float(m) for m in re.findall(r"(\d+(?:\.\d+)?)\s?%", lead)]
    rate = abs(top.new - top.old) / top.old * 100 if top.old > 0 and top.new > 0 else None
    said_amount = any(abs(v - diff) <= max(0.5, diff * 0.005) for v in amounts)
    said_rate = rate is not None and any(abs(v - rate) < (0.5 if v == int(v) else 0.05) + 1e-9 for v in rates)
    return said_amount or said_rate


def _own_tables_rank(asked: Asked, question: str, cands: Sequence[Candidate],
                     page_text: Callable[[str, int], str | None] | None) -> tuple[Scored, list[Scored]] | None:  # fmt: skip
    """A ranking of members' margins read from each member's own summary table (``table_rankings.own_tables_rank``)
    on the pages of the named filer's candidates and two either side: the pick's candidate (the ranking, citing its
    rows) and one per other member (citing its rows). The asked year is the latest of the part's and the question's
    years (a part asking the move "from FY2024" ends in the question's year)."""
    if page_text is None or not asked.entities or member_asks.asks_member_ranking(asked.text, question) is None:
        return None
    seen = {f"{c.doc_id}:{c.page}": (c, page) for c, page in _filer_pages(asked, cands, page_text, (0, 1, -1, 2, -2))}
    years = set(asked.years) | _years(question)
    got = table_rankings.own_tables_rank(asked.text, question, [(k, p) for k, (_, p) in seen.items()], years)
    if got is None:
        return None
    out = []
    for name, key, margin in sorted(got.each, key=lambda e: e[0] != got.top):
        c, page = seen[key]
        text = got.text if name == got.top else (
            f"{name}: its own table's {' and '.join(r.label for r in margin.rows)} rows, as used above.")
        out.append(_table_answer(asked, c, page, margin.rows, text, got.text))
    return out[0], out[1:]


def _member_rank_again(asked: Asked, before: Asked, prev: Candidate, question: str, cands: Sequence[Candidate],
                       page_text: Callable[[str, int], str | None]) -> tuple[Scored, str, str] | None:  # fmt: skip
    """For a part asking whether the member ranked first by the part before also ranks first on another basis
    (``table_rankings.rank_again``): that ranking, re-read from the page that ranked it, and the members ranked again
    on the pages of the filer's candidates (and two either side), best-ranked page first; two pages giving other
    verdicts: no answer. (the candidate citing the rows ranked again, "Yes" / "No", the line stating both picks)"""
    # a filing naming its fiscal years by their closing year is read so by both rankings (``_ends_by_doc``)
    ends = _ends_by_doc(question, page_text)
    first = table_rankings.rank_members(before.text, question, page_text(prev.doc_id, prev.page) or "",
                                        set(before.years),
                                        "\n\n".join(page_text(prev.doc_id, prev.page + d) or "" for d in (-1, 1)),
                                        ends=ends(prev))
    if first is None:
        return None
    years = set(before.years) | set(asked.years)
    found = []
    for c, page in _filer_pages(asked, cands, page_text, (0, 1, -1, 2, -2)):
        around = "\n\n".join(page_text(c.doc_id, c.page + d) or "" for d in (-1, 1))
        got = table_rankings.rank_again(asked.text, first, question, page, years, around, ends=ends(c))
        if got is not None:
            found.append((c, page, got))
    if not found or len({(g[0].top.label, g[1]) for *_, g in found}) != 1:
        return None
    c, page, (ranked, verdict, line) = found[0]
    # the rows the first ranking cited are cited there; this part cites the rows only the second one reads (a
    # margin's profit rows), so that every figure of its line is in a quote
    cited = {(r.start, r.end) for r in first.rows} if c.page == prev.page and c.doc_id == prev.doc_id else set()
    rows = [r for r in ranked.rows if (r.start, r.end) not in cited] or list(ranked.rows)
    return _table_answer(asked, c, page, rows, ranked.text, ranked.lead), verdict, line


def _year_sum(asked: Asked, question: str, cands: Sequence[Candidate],
              page_text: Callable[[str, int], str | None] | None) -> Scored | None:  # fmt: skip
    """For "how much of its debt matures in 2027 and 2028 combined?": the sum of a year-row table's asked rows
    (``table_sums.sum_years``) on the pages of the candidates of a filer the question names, best-ranked page first;
    two pages giving other sums: no answer. A candidate of kind "ranked" giving the sum and citing the rows added."""
    if page_text is None or not asked.entities or table_sums.asks_year_sum(asked.text) is None:
        return None
    found = [(c, summed, page) for c, page in _filer_pages(asked, cands, page_text)
             if (summed := table_sums.sum_years(asked.text, page)) is not None]
    if not found or len({round(s.total, 6) for _, s, _ in found}) != 1:
        return None
    c, summed, page = found[0]
    return _table_answer(asked, c, page, summed.rows, summed.text, summed.caption)


def _schedule_share(asked: Asked, question: str, cands: Sequence[Candidate],
                    page_text: Callable[[str, int], str | None] | None) -> Scored | None:  # fmt: skip
    """For "what share of its future lease payments falls due in 2027 and 2028 / within five years / is imputed
    interest?": the share computed from one maturity schedule (``table_sums.share_of_schedule``) on the pages of the
    candidates of a filer the question names, best-ranked page first; two pages giving other shares: no answer. A
    candidate of kind "ranked" giving the share and citing every row used."""
    if page_text is None or not table_sums.asks_schedule_share(asked.text):
        return None
    if asked.entities:
        pages = list(_filer_pages(asked, cands, page_text))
    else:
        # the question's company read as the asked documents' (the candidates come from one company's filings only)
        filers = {(getattr(c.meta, "company", None) or "").lower() for c in cands}
        if len(filers) != 1 or not next(iter(filers)):
            return None
        pages, seen = [], set()
        for c in sorted(cands, key=lambda c: (c.rank, c.page)):
            if (c.doc_id, c.page) not in seen and (page := page_text(c.doc_id, c.page) or ""):
                seen.add((c.doc_id, c.page))
                pages.append((c, page))
    found = [(c, share, page) for c, page in pages
             if (share := table_sums.share_of_schedule(asked.text, question, page)) is not None]
    if not found or len({tuple(round(v, 6) for v in s.shares) for _, s, _ in found}) != 1:
        return None
    c, share, page = found[0]
    return _table_answer(asked, c, page, share.rows, share.text, share.caption)


def _item_openings(asked: Asked, cands: Sequence[Candidate], page_text: Callable[[str, int], str | None] | None,
                   aliases: Callable[[Candidate], Sequence[str]], names: set[str]) -> list[Scored]:  # fmt: skip
    """For "what is this 8-K about?": the opening sentence of each item (but 9.01) on the pages of the asked company's
    current reports among the candidates' pages, best-ranked page first (``prose_current``)."""
    if page_text is None:
        return []
    out: list[Scored] = []
    seen: set[tuple[str, int]] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.page)):
        if (c.doc_id, c.page) in seen or not current.is_current_report(c.meta):
            continue
        seen.add((c.doc_id, c.page))
        if subject_score(asked, c, aliases(c), names) is None:
            continue
        page = page_text(c.doc_id, c.page) or ""
        for title, start, end in current.item_openings(page):
            text = " ".join(page[start:end].split())
            opening = Candidate(c.doc_id, c.doc, c.source, c.page, start, end, text, "sentence", heading=title,
                                rank=c.rank, meta=c.meta, years=_stated_years(text))  # fmt: skip
            out.append(Scored(opening, THRESHOLD, {"item": 1.0}))
    return out[: current.MAX_ITEMS]


def _registered(asked: Asked, question: str, cands: Sequence[Candidate],
                page_text: Callable[[str, int], str | None], aliases: Callable[[Candidate], Sequence[str]],
                names: set[str]) -> Scored | None:  # fmt: skip
    """For "Which debt securities does Contoso have registered under Section 12(b)?": the cover's table of registered
    securities (``prose_filings.registered_securities``) of the best-ranked filing of the asked company among the
    candidates' documents, its lines of the asked kind as a list (the cover's first two pages are read)."""
    seen: set[str] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.page)):
        if c.doc_id in seen or not is_filing(c.meta) or subject_score(asked, c, aliases(c), names) is None:
            continue
        seen.add(c.doc_id)
        for page_no in (1, 2):
            page = page_text(c.doc_id, page_no) or ""
            found = prose_filings.registered_securities(page, question)
            if found is None:
                continue
            a, b, lines = found
            listed = Candidate(c.doc_id, c.doc, c.source, page_no, a, lines[-1][1], " ".join(page[a:b].split()), "list",
                               items=tuple(" ".join(page[x:y].split()) for x, y in lines), rank=c.rank, meta=c.meta)
            return Scored(listed, THRESHOLD, {"cover": 1.0})
    return None


def _stated_deals(asked: Asked, cands: Sequence[Candidate], question: str,
                  aliases: Callable[[Candidate], Sequence[str]], names: set[str]) -> list[Scored]:  # fmt: skip
    """For "what acquisitions did Contoso make (in <years>)?": the sentences of the asked company's filings, one per
    deal, that state a deal of the asked kind it completed (``prose_events``), best-ranked page first and in page
    order, another year's left out, a deal told twice (same name or same date) once; two or more, else none. The
    question must name the company."""
    event = events.asked_event(asked.text)
    if event is None or not asked.entities:
        return []
    out: list[Scored] = []
    seen: set[str] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.doc_id, c.page, c.start)):
        if c.kind != "sentence" or not is_filing(c.meta) or prose_filings.is_cover_text(c.body):
            continue
        if subject_score(asked, c, aliases(c), names) is None or scope_conflict(question or asked.text, c):
            continue
        if asked.years and c.years and not c.years & asked.years:
            continue
        own = {e.lower() for e in asked.entities} | {a.lower() for a in aliases(c)}
        own |= {(getattr(c.meta, "company", "") or "").lower()}
        deal = events.stated_deal(c.text, event, {n for n in own if n})
        date = events.deal_date(c.text)
        if deal is None or deal in seen or date in seen:
            continue  # one deal told twice (a 10-Q and the 10-K, named once and described once) is shown once
        seen |= {deal, date} - {None}
        out.append(Scored(c, THRESHOLD, {"deal": 1.0}))
    return out[: events.MAX_DEALS] if len(out) >= 2 else []


def _deciding_sentence(asked: Asked, best: Scored, cands: Sequence[Candidate],
                       page_text: Callable[[str, int], str | None] | None,
                       score: Callable[[Candidate], dict[str, float] | None], names: set[str] = frozenset()
                       ) -> tuple[Scored, str | None]:  # fmt: skip
    """For a profitability question whose pick states no verdict: the pick itself or a sentence of its paragraph
    (same page, no blank line between) about the same subject (``prescore`` passes, subject >= 0.85) that states
    the sign of a profit measure (``prose_verdicts``); the pick and no verdict when none does, or when two
    sentences of the paragraph disagree."""
    pick = best.candidate
    page = page_text(pick.doc_id, pick.page) if page_text is not None else None
    found: list[tuple[Scored, str]] = []
    for c in [pick, *(c for c in cands if c.kind == "sentence" and c is not pick and c.doc_id == pick.doc_id
                      and c.page == pick.page)]:  # fmt: skip
        if c is not pick:
            lo, hi = (pick, c) if pick.start < c.start else (c, pick)
            if page is None or "\n\n" in page[lo.end : hi.start] or hi.start - lo.end > 600:
                continue
            parts = score(c)
            # about the same subject: so scored, or the nearest sentence before it that opens with a name names it
            if (parts is None or parts.get("subject", 0) < 0.85) and not _about_asked(asked, c, page, names):
                continue
        if asked.years and c.years and not c.years & asked.years:
            continue  # a sentence about another year says nothing of the asked one
        said = prose_verdicts.profit_verdict(asked.text, c.text)
        if said is not None:
            found.append((best if c is pick else Scored(c, best.score, {**best.parts, "deciding": 1.0}), said))
    if not found or len({v for _, v in found}) > 1:
        return best, None
    return found[0]


def _concentration_statement(asked: Asked, best: Scored, ranked: list[Scored]) -> tuple[Scored, str | None]:
    """For "does it rely on a small number of customers?" whose pick states no verdict: the best-ranked sentence
    of a filing of the pick's company, in the filer's own voice ("our ten largest customers represented 46% of
    net sales") or about the asked subject, that states the largest customers' share of sales
    (``prose_verdicts.concentration_verdict``); the pick and no verdict when none does."""
    company = getattr(best.candidate.meta, "company", None)
    for sc in [best, *ranked]:
        c = sc.candidate
        if c.kind != "sentence" or not is_filing(c.meta) or getattr(c.meta, "company", None) != company:
            continue
        if sc.parts.get("subject", 0) < 0.85 and not _FIRST_PERSON.search(c.text):
            continue
        if asked.years and c.years and not c.years & asked.years:
            continue
        said = prose_verdicts.concentration_verdict(asked.text, c.text)
        if said is not None:
            return sc, said
    return best, None


def _concentration_figure(asked: Asked, ranked: list[Scored], cands: Sequence[Candidate],
                          page_text: Callable[[str, int], str | None] | None, names: set[str]) -> Scored | None:
    """For a concentration question (``prose_verdicts.asked_holders``): the best-ranked sentence or list item
    about the asked subject that states the deciding share (``prose_verdicts.states_concentration``); None when
    none does (the question is then declined, never answered by a sentence describing the company). About the
    subject: it names the asked company (and no other name opens it), or it names no one and the nearest sentence
    before it in its paragraph that opens with a name opens with the asked one, or it is in the asked filer's
    own filing in the filer's voice; a question naming no company takes any."""
    seen: set[tuple[str, int, int]] = set()
    order = [s.candidate for s in ranked] + sorted(cands, key=lambda c: (c.rank, c.page, c.start))
    for c in order:
        key = (c.doc_id, c.page, c.start)
        if key in seen or c.kind not in ("sentence", "list"):
            continue
        seen.add(key)
        page = (page_text(c.doc_id, c.page) or "") if page_text is not None else ""
        pieces = [c] if c.kind == "sentence" else []
        for item in (c.items if c.kind == "list" else ()):
            at = page.find(item, c.start)
            if at >= 0:
                text = " ".join(_strip_bullet(item).split())
                pieces.append(replace(c, kind="sentence", text=text, items=(), start=at, end=at + len(item), form=""))
        for p in pieces:
            if not prose_verdicts.states_concentration(asked.text, p.text) or not _about_asked(asked, p, page, names):
                continue
            return Scored(p, THRESHOLD, {"concentration": 1.0})
    return None


# a financing instrument an amount is asked of, and the words a sentence names such an instrument by
_INSTRUMENT_Q = re.compile(r"(?i)\b(?:revolv\w*|credit\s+(?:facilit\w+|line|agreement)|line\s+of\s+credit|term\s+loans?|"
                           r"loans?|notes|bonds?|debentures|commercial\s+paper|borrow\w*|(?:credit|loan|revolving)\s+facilit(?:y|ies))\b")
_INSTRUMENT_SAID = re.compile(r"(?i)\b(?:revolv\w*|credit|loans?|notes|bonds?|debentures|commercial\s+paper|borrow\w*|"
                              r"facilit(?:y|ies)|debt|indebtedness|availab\w*|drawn|undrawn|capacity|financing)\b")


# a share of a whole as a filer writes it: "made up 53% of", "accounted for 14% of", "31% of our sales"
_SHARE_FIGURE = re.compile(r"(?i)\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+of\b")


def _share_for_another(asked: Asked, sentence: str) -> bool:
    """A sentence whose only figures are shares of a whole ("Oil made up 53% of our production") answers no amount
    asked in other terms: not a volume, count or sum ("what was its average daily production?"), and not a growth
    rate ("what was the percentage growth?") unless it also states a change. A share asked ("what share ...",
    "what percentage of ...") is answered by it."""
    moved = asked.unit == "change" or bool(_CHANGE_Q.search(asked.text) or changes.asks_change(asked.text))
    if asked.unit == "percent" and not moved or asked_shares.asks_portion(asked.text) or prose_verdicts.asked_holders(asked.text) or re.search(r"(?i)\b(?:shares?|portion|proportion|"
                                                                           r"percentage\s+of|percent\s+of|mix)\b", asked.text):
        return False
    figures = [n for n in parse_numbers(sentence) if n.is_claim]
    shares = _SHARE_FIGURE.findall(sentence)
    if not figures or len(shares) < len(figures):
        return False
    return not moved or not _CHANGE_STATED.search(re.sub(r"(?i)\b(?:made|make|makes|making)\s+up\b", "formed", sentence))


# a unit of measure an amount is asked in: "in cubic yards", "in barrels of oil equivalent per day", "in megawatts"
_MEASURE_UNIT_ASKED = re.compile(r"(?i)\b(?:in|as)\s+(?:millions?\s+of\s+|thousands?\s+of\s+|billions?\s+of\s+)?(?P<u>cubic\s+"
                         r"(?:yards|metres|meters|feet)|square\s+(?:feet|metres|meters)|tonnes|tons|barrels|boe|gallons|"
                         r"litres|liters|megawatts|gigawatts|kilowatts|MW|GW|kW|MWh|GWh|TWh|kilometres|kilometers|miles|"
                         r"acres|hectares|ounces|pounds|kilograms)\b")


def _says_unit_asked(question: str, sentence: str) -> bool:
    """An amount asked in a unit of measure ("how much airspace, in cubic yards", "in megawatts") is answered only by
    a sentence stating a figure in that unit (its first word: "cubic", "tonnes", "MW"); a count of sites or a
    dollar sum of the same page answers another question. True when no unit of measure is asked."""
    m = _MEASURE_UNIT_ASKED.search(question)
    if m is None:
        return True
    first = m.group("u").split()[0]
    forms = _UNIT_FORMS.get(first.lower(), re.escape(first))
    return bool(re.search(rf"(?i)\d[\d,.]*\s*(?:million\s+|billion\s+|thousand\s+)?(?:{forms})\b", sentence))


def _names_instrument(question: str, sentence: str, figure: str | None = None) -> bool:
    """An amount asked of a financing instrument ("how much could it still draw on its revolving credit facility?",
    "what is outstanding under its term loan?") is answered only by a sentence that names such an instrument or its
    availability, and, when the figure shown is known, within the 80 characters before it or the 30 after ("we
    repurchased shares for $226.4 million, funded by borrowings under our revolver": the figure is the buyback's); a
    buyback's or a capex figure of the same page answers another question. True for questions that ask of no
    instrument."""
    if not _INSTRUMENT_Q.search(question):
        return True
    if figure:
        raw = re.split(r"\s+\(", figure)[0].strip()
        at = sentence.find(raw)
        if at >= 0:
            return bool(_INSTRUMENT_SAID.search(sentence[max(0, at - 80) : at + len(raw) + 30]))
    return bool(_INSTRUMENT_SAID.search(sentence))


def _concentration_neighbours(asked: Asked, best: Scored, page_text: Callable[[str, int], str | None]) -> Scored:
    """A concentration answer (``prose_verdicts.asked_holders``) quoted with the sentences next to it in its
    paragraph that state the holders' shares too (``prose_verdicts.states_concentration``): the largest customer's
    share and the top ten's are often two sentences ("Our largest customer accounted for 14% of net sales. Our ten
    largest customers accounted for 52%."), and a dependence said in words is followed by the figure that decides it
    ("We depend on a few large retailers. The largest accounted for 18% of net sales."). General rule: every share
    the filer states within two sentences of the pick in its paragraph is shown, with the sentences between, never
    across a blank line or a heading."""
    c = best.candidate
    if c.kind != "sentence":
        return best
    page = page_text(c.doc_id, c.page) or ""
    if not page or page[c.start : c.end].strip() == "":
        return best
    spans = sentence_spans(page, split_lines=False)
    at = next((i for i, (a, b) in enumerate(spans) if a <= c.start < b), None)
    if at is None:
        return best

    def joins(a: int, b: int) -> bool:  # the same paragraph: no blank line or heading between
        gap = page[a:b]
        return "\n\n" not in gap and not any(is_heading(line) for line in gap.splitlines()[1:] if line.strip())

    def says(i: int) -> bool:
        text = " ".join(page[spans[i][0] : spans[i][1]].split())
        return prose_verdicts.states_concentration(asked.text, text)

    start, end = c.start, c.end
    for i in range(at - 1, max(at - 3, -1), -1):  # two sentences back at most, the paragraph's own
        if not joins(spans[i][1], spans[i + 1][0]):
            break
        if says(i):
            start = spans[i][0]
    for i in range(at + 1, min(at + 3, len(spans))):  # two sentences on at most
        if not joins(spans[i - 1][1], spans[i][0]):
            break
        if says(i):
            end = spans[i][1]
    if (start, end) == (c.start, c.end):
        return best
    return replace(best, candidate=replace(c, start=start, end=end, text=" ".join(page[start:end].split())))


def _about_asked(asked: Asked, c: Candidate, page: str, names: set[str]) -> bool:
    """Is sentence ``c`` about the question's company (see ``_concentration_figure``)?"""
    if not asked.entities:
        return True

    def own(text: str) -> bool | None:  # True: about the asked one; False: opens with another name; None: no name
        low = text.lower()
        sq = re.sub(r"[^a-z0-9]", "", low)
        m = re.match(r"\W*([A-Z][\w&.'’-]*)", _BULLET.sub("", text).replace("*", ""))
        first = re.sub(r"['’]s$", "", m.group(1)).lower() if m else None  # the name the sentence opens with, if any
        if first in names and first not in _NOT_NAME and \
                not any(first in e or e in first for e in asked.entities | asked.mentioned):
            return False
        if any(_named(e, low, sq) for e in asked.entities):
            return True
        return None

    said = own(c.text)
    if said is not None:
        return said
    if page:
        for t in _preceding(c, page, most=3):
            said = own(t)
            if said is not None:
                return said
    company = (getattr(c.meta, "company", None) or "").lower()
    return bool(company) and is_filing(c.meta) and any(e in company for e in asked.entities) \
        and bool(_FIRST_PERSON.search(c.text) or re.match(r"(?i)\s*(?:the\s+company|its)\b", c.text))


def _moving_members(asked: Asked, moving: tuple[str, str], cands: Sequence[Candidate], threshold: float
                    ) -> tuple[Scored, list[Scored], str] | None:  # fmt: skip
    """"Which of its reportable segments grew?" (``prose_members``): the members a list of the kind names, each
    member's move from the sentence opening with it, for the asked period; the list as the pick, the members'
    sentences as the others, and the line naming those that moved the asked way. None unless every member's
    move is stated, one way only."""
    kind, direction = moving
    lists = [c for c in cands if c.kind == "list" and c.items and members.kind_named(kind, c.text)]
    if not lists:
        return None
    names = [_strip_bullet(it).strip(" .;,") for it in lists[0].items]
    if len(names) < 2 or any(len(n.split()) > 5 or not n[:1].isupper() for n in names):
        return None
    year = getattr(lists[0].meta, "fiscal_year", None)
    moves: list[tuple[str, str, str, Candidate]] = []
    for name in names:
        said = {}
        for c in cands:
            if c.kind != "sentence" or c.doc_id != lists[0].doc_id:
                continue
            if asked.years and not (c.years & asked.years or (not c.years and year in asked.years)):
                continue
            mv = members.member_move(name, c.text)
            if mv is not None:
                said.setdefault(mv[0], (mv[1], c))
        if len(said) != 1:
            return None  # a member's move not stated, or stated both ways
        way, (fig, c) = next(iter(said.items()))
        moves.append((name, way, fig, c))
    moved = [(n, f) for n, w, f, _ in moves if w == direction]
    rest = [(n, f) for n, w, f, _ in moves if w != direction]
    line = members.members_line(direction, moved, rest, ", ".join(str(y) for y in sorted(asked.years)))
    seen, more = set(), []
    for _, _, _, c in moves:
        if (c.page, c.start) not in seen:
            seen.add((c.page, c.start))
            more.append(Scored(c, threshold, {"member": 1.0}))
    return Scored(lists[0], threshold, {"members": 1.0}), more, line


def _direction_from(prev: Asked, pick: Scored | None) -> tuple[Scored | None, str]:
    """A direction part ("and was it rising or falling?") answered by the part before's pick, when that quote
    gives the figure for the asked period and the year before (``prose_changes.pair_in``); (None, "") otherwise:
    a direction is never taken from another sentence than the figure's."""
    if pick is None:
        return None, ""
    c = pick.candidate
    pair = changes.pair_in(c.text, c.kind, c.heading, prev.text, prev.years, prev.quarters)
    if pair is not None:
        return pick, changes.direction_text(pair)
    said = changes.stated_direction(c.text) if c.kind == "sentence" else None  # "up three points from a year earlier"
    return (pick, f"{said}, as the quote says") if said else (None, "")


SHAPE_MARGIN = 0.12  # a candidate whose very shape answers (``_sure_shape``) may score this much under the threshold
KIND_MARGIN = 0.35  # a list whose lead-in names the asked kind by meaning (``prose_lists``), its topic all around it


def _sure_shape(asked: Asked, ranked: list[Scored], threshold: float) -> Scored | None:
    """The best candidate whose shape alone answers the part, when no candidate passed ``threshold`` and it
    scores within ``SHAPE_MARGIN`` of it: for a change question, a sentence or table row quoting the asked
    measure for both periods (``_quoted_change``) of the asked subject named in it (a row's label, the sentence
    itself) and saying at least half of the question's words. Table rows embed poorly, and their figures
    leave no doubt about what they are. For a list or reason question, a list (bullets, an inline list, an
    effect with the sentences explaining it) whose lead-in restates most of the question (``_lead_restates``)."""
    for sc in ranked:
        if sc.score < threshold - SHAPE_MARGIN:
            break
        p = sc.parts
        if asked.unit == "change" and asked.kind == "amount" and p.get("subject", 0) >= 0.85 \
                and p.get("overlap", 0) >= 0.35 and _quoted_change(asked, sc.candidate) is not None:
            return sc
        if asked.kind == "amount" and p.get("type", 0) >= 1.0 and _amount_shape(asked, sc.candidate):
            return sc  # the asked measure's figure for the asked year, every word of the question said around it
        if asked.kind == "reason" and p.get("type", 0) >= 1.0 and _explains_shape(asked, sc.candidate):
            return sc  # a causal sentence on the asked thing's move, every word of that thing said around it
        every = figures.each_year_asked(asked.text) if asked.kind == "amount" else frozenset()
        if every and sc.candidate.kind == "sentence" and p.get("type", 0) >= 1.0 \
                and every <= {y for y in _years(sc.candidate.text) if _figure_for_year(sc.candidate.text, y)}:
            return sc  # "each year from 2019 to 2022": a sentence giving a figure for every one of those years
        if asked.kind in ("list", "reason") and sc.candidate.kind == "list" and p.get("type", 0) >= 1.0 \
                and _lead_restates(asked, sc.candidate):
            return sc
    for sc in ranked:
        if sc.score < threshold - KIND_MARGIN:
            break
        c = sc.candidate
        if asked.kind in ("list", "reason") and c.kind == "list" and c.form != "effect" and sc.parts.get("type", 0) >= 1.0 \
                and prose_lists.asked_family(asked.text) and _lead_restates(asked, c) \
                and (not _stems(prose_lists.family_words(c.text)) & _stems(asked.words)
                     or _counted_lead(c)):  # fmt: skip
            # "What limits growth in the heat pump market?": "The report names four constraints:" in a report on heat
            # pumps; its items do not repeat the question, so it embeds far from it. Session 29: so does a lead-in
            # naming the kind by the asked word when it counts its items and holds that many ("Four risks could knock
            # our view off course:" over four items, the last ones on the next page): the count says the list is whole
            return sc
        if asked.kind == "reason" and c.kind == "list" and c.form != "effect" and len(c.items) >= 2 \
                and sc.parts.get("type", 0) >= 1.0 and why_lead(asked, c.text):
            # "What is driving the consolidation of the platforms?": "Why the sector is consolidating" over four
            # bullets; most of the asked words said by it, its bullets or the report's title
            topic = {w[:6] for w in asked.words - asked.entities - causes.FRAME_WORDS if len(w) >= 3}
            said = {w[:6] for w in content_words(" ".join((c.body, c.heading, _title(c))))}
            if 2 * len(topic & said) >= len(topic):
                return sc
    return None


def _amount_shape(asked: Asked, c: Candidate) -> bool:
    """Does an amount candidate's shape answer: a sentence whose headline figure (``answer_figure``) is dated to the
    asked year, saying every word of the question (asked names aside) itself, in its heading, the sentence before
    or its report's title ("How much was the heat pump market worth in 2024?": "The market was worth EUR 19.4
    billion in 2024" in a report titled "Residential Heat Pumps ...")?"""
    if c.kind != "sentence" or len(asked.years) != 1:
        return False
    figure = answer_figure(asked, c)
    if figure is None or not re.search(rf"\({next(iter(asked.years))}\)$", figure):
        return False
    said = _stems(content_words(" ".join((c.text, c.heading, c.before, _title(c)))))
    moves = {w for w in asked.words if _direction(w) or w in ("going", "go", "goes", "went", "gone")}  # "going up"
    closing = _close_words(asked.text) if _DAY_STATED.search(c.text) else set()
    wanted = _stems(asked.words - asked.entities - moves - closing)
    if _FORWARD.search(c.body):  # "forecast" asked: "We expect deliveries of ..." says it (as ``overlap_score`` reads)
        said |= _stems({w for w in asked.words if _EXPECT_WORD.fullmatch(w)})
    if wanted - said:
        return False
    # the figure's own clause names the asked measure ("The market was worth EUR 19.4 billion"), not another one's
    # ("revenue was $120 million, and it spent heavily on marketing")
    raw = figure.rsplit(" (", 1)[0].split(" to ")[0].removeprefix("EUR ").removeprefix("USD ")
    at = c.text.find(raw)
    if at < 0:
        return False
    bounds = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(c.text)), len(c.text)]
    lo = max(x for x in bounds if x <= at)
    hi = min((x for x in bounds if x > at + len(raw)), default=len(c.text))
    return bool(_stems(content_words(c.text[lo:hi])) & wanted)


# General rule (#10, session 33): the words of an asked period's close ("at the end of fiscal 2022", "at year-end 2018",
# "as of the close of 2021", "by the end of the year") say when, not what is measured; a figure dated to the asked year
# (checked by ``_amount_shape`` first) says them by its date ("On December 31, 2022, the Company employed ...", "As of
# August 29, 2021, we operated ..."), so its sentence need not repeat them. A verb of the measure ("how many stores did
# it close at the end of 2022") is outside the phrase and stays asked; a sentence dating its figure by the year alone ("In
# 2022, cash used in operations was ...") states a flow over the year, not the level at its close, and must say them.
_DAY_STATED = re.compile(rf"\b{MONTH_OR_ABBR_TITLE}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\b")
_CLOSE_ASKED = re.compile(r"(?i)\b(?:at|by|as\s+of|on|to)\s+(?:the\s+)?(?:(?:very\s+)?(?:end|close)\s+of\b|"
                          r"(?:(?:its|their)\s+)?(?:fiscal\s+)?year[- ]end\b)")


def _close_words(text: str) -> set[str]:
    """The words of the asked period's close (``_CLOSE_ASKED``): "end", "close", "year-end"."""
    return {w for m in _CLOSE_ASKED.finditer(text) for w in content_words(m.group(0))}


def _explains_shape(asked: Asked, c: Candidate) -> bool:
    """Does a reason candidate's shape answer: a sentence with a cause marker (or "as" opening a cause) whose clause
    before it states a move of the asked thing (``prose_causes.explains_asked``) the way the question asks, or a
    change with the sentences explaining it that states the asked thing's move; every word of the asked thing said
    in it, its heading, the sentence before or the report's title (``prose_causes.topic_said``)?"""
    around = " ".join((c.body, c.heading, c.before, c.prev if c.kind == "sentence" else "", _title(c)))
    if not causes.topic_said(asked.text, around) or _opposite_direction(asked.text, c.text):
        return False
    if c.kind == "list" and c.form == "effect":
        return causes.explains_asked(asked.text, c.text, len(c.text)) and causes.states_move(c.text)
    if c.kind != "sentence":
        return False
    cause = _CAUSAL.search(c.text)
    at = cause.start() if cause else causes.causal_as(c.text)
    if at < 0:
        return False
    effect = causes.effect_clause(c.text, at, c.before or c.prev)
    if not asked.entities and not asked_scopes(asked.text) and (places(effect) or _nation_keys(effect)):
        return False  # the market's move asked: "India was the fastest-growing market, helped by ..." is India's
    return causes.explains_asked(asked.text, c.text, at, c.before or c.prev) and causes.states_move(effect)


_COUNTS = counting(2, 8)
_COUNTED_KIND = re.compile(r"(?i)\b(" + alternation(_COUNTS) + r")\s+(?:main\s+|key\s+|big\s+|major\s+)?[a-z]{3,}s\b")


def _counted_lead(c: Candidate) -> bool:
    """Does a list's lead-in count the kind it names ("Four risks could knock our view off course:") and hold exactly that many
    items?"""
    m = _COUNTED_KIND.search(c.text)
    return m is not None and prose_lists.lead_family(m.group(0)) is not None and _COUNTS[m.group(1).lower()] == len(c.items)


def _lead_restates(asked: Asked, c: Candidate) -> bool:
    """Does a list's lead-in restate the question: at least 60% of its words (asked names aside) in the lead-in
    itself, and every other word in the list's heading or its document's title ("the main risks to the outlook
    for cold storage": "The main risks to the outlook are ..." in a report titled "Cold Storage ...")?"""
    words = _stems(asked.words - asked.entities)
    lead = _stems(content_words(c.text))
    title = f"{getattr(c.meta, 'title', '') or ''} {getattr(c.meta, 'company', '') or ''} {c.doc.replace('_', ' ')}"
    around = _stems(content_words(c.heading + " " + title))
    family = prose_lists.asked_family(asked.text)
    if family is not None and c.items and prose_lists.lead_family(c.text) == family:
        # "What holds back the adoption of cargo drones?": "Operators name three obstacles:" in a report on cargo drones
        rest = words - _stems(prose_lists.family_words(asked.text)) - _stems(reasons.GENERIC_WORDS) \
            - _stems({"back", "what"}) - _stems(prose_lists.PROCESS_WORDS) - {"out", "up"}
        rest = {w for w in rest if not w.endswith("-")}  # "fast-charging" is said when "fast" and "charging" are
        # the report and its saying name no topic; "outlook" is said by "view" (``prose_lists.SOURCE_WORDS``, session 29)
        rest = rest - _stems(prose_lists.SOURCE_WORDS) - {
            _stem(w) for w in asked.words if prose_lists.view_said(w, f"{c.text} {c.heading}")}
        return prose_lists.answers_by_kind(asked.text, c.text, rest - lead - around - _stems(content_words(c.prev)))
    noun = reasons.asked_noun(asked.text)
    if noun and _stem(noun) in lead and c.items:
        # "What are the main risks to the outlook for cold storage?": "Three risks stand out:" under "Outlook" in a
        # report on cold storage: the kind asked opens the list, every other word is said around it
        # what happens to the topic ("the build-out of", "the rollout of") is no topic word; a hyphenated word counts
        # as said when its parts are ("fast-charging": fast, charging)
        rest = words - {_stem(noun)} - _stems(reasons.GENERIC_WORDS) - _stems(prose_lists.PROCESS_WORDS) - {"out", "up"}
        rest = {w for w in rest if not w.endswith("-")}
        return not rest - lead - around - _stems(content_words(c.prev))
    if not reasons.restates(words, lead):
        return False
    return not words - lead - around


def _figure_for_year(text: str, year: int) -> bool:
    """Does a sentence tie a figure to ``year`` ("1.9 million in 2020", "2020: 1.9 million")?"""
    return bool(re.search(rf"\d[\d,.]*%?\s*(?:[a-z]+\s+){{0,3}}?(?:in|for|during|by)\s+(?:fiscal\s+)?{year}\b|"
                          rf"\b{year}\s*[:(]?\s*[$€£]?\d", text))


_TOTAL_ROW = re.compile(r"(?i)\b(?:total|totals|combined|consolidated|eliminations?|reconcil\w*|all\s+other|others?|"
                        r"subtotal|sum|average|median|market|industry|world|global)\b")


def _cell_value(raw: str) -> float | None:
    neg = raw.startswith("(") and raw.endswith(")") or raw.startswith("-")
    digits = re.sub(r"[^\d.]", "", raw)
    try:
        value = float(digits)
    except ValueError:
        return None
    return -value if neg else value


# a cell under a whole head naming a measure and its period ("Volume 2025 (kt) 44.0", ``candidates._column_heads``);
# a note mark after the figure ("7.81*") is no part of it
_WHOLE_HEAD_CELL = re.compile(r"(?:^|[,:]\s)((?:[A-Za-z][\w.&-]*\s+){1,4}(?:FY\s?)?(?:19|20)\d\d(?:\s+\([^()]{1,20}\))?)\s+"
                              r"(\(?-?[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?)\*?(?=,\s|\s*\(|\s*$)")


def _head_words(head: str) -> str:
    """A column head without its period: "Volume 2025 (kt)" -> "volume (kt)", "2025" -> ""."""
    return " ".join(re.sub(r"(?:FY\s?)?(?:19|20)\d\d", " ", head).lower().split())


def rank_rows(asked: Asked, cands: Sequence[Candidate], question: str = "") -> Scored | None:
    """A "which ... the highest / the most / the lowest <measure> in <year>" question answered from one table's rows:
    the rows of a table whose caption or heading names the asked measure (the question's measure words), each
    with a value in the asked year's column (the latest column the rows share when no year is asked), totals and
    market rows left out; three rows or more. "Which ... grew fastest in <year>": the change from the year
    before's column, every row's base positive (a change from a loss is no growth rate). The answer is computed
    (the top row and its value or growth) and cites the rows, each shown. None when no such table is at hand."""
    sense = _rank_sense(_unnamed(asked))
    growth = sense == {"speed"} and bool(_GROWTH_WORD.search(asked.text))  # "grew fastest": the change to the year before
    if asked.kind not in ("list", "entity") or not sense or ("speed" in sense and not growth) or sense == {"size", "low"} \
            or "steep" in sense:  # "the steepest fall": a move's size, never a level ranked here
        return None
    if asked.quarters:
        return None  # a quarter's column is not told apart from its year's here
    low = sense == {"low"}
    measure = {_stem(w) for w in asked.words if not _SUPERLATIVE.fullmatch(w) and not re.fullmatch(r"\d+", w)
               and w not in asked.entities and not (growth and _GROWTH_WORD.fullmatch(w))
               } - _stems({asked_kind(asked.text) or ""}) - {"which", "what"}  # fmt: skip
    kind = asked_kind(asked.text)
    if kind:
        measure = {m for m in measure if not m.startswith(kind[:5])}
    if not measure:
        return None
    metric = {_stem(m.group(0).split()[-1].lower()) for m in _METRIC_WORD.finditer(asked.text)}
    aside = set_aside_names(asked.text)
    tables: dict[tuple[str, int, str], list[Candidate]] = {}
    for c in cands:
        if c.kind == "row" and c.table:
            tables.setdefault((c.doc_id, c.page, c.table), []).append(c)
    best: tuple[float, Scored] | None = None
    money = bool(MONEY_NAMED.search(question or asked.text))
    for rows in tables.values():
        heading = rows[0].heading
        unit_of = re.search(r"\(([^()]*)\)\s*$", rows[0].text)
        if money and unit_of and counts_goods(unit_of.group(1)):
            continue  # "the largest sales by value": a table of "thousand units" ranks goods, never money (session 30)
        said = _stems(content_words(heading))
        if not measure <= said and not (measure & said and len(measure - said) <= 1 and len(measure) >= 3):
            continue  # the table's caption must name what is ranked ("Revenue by operator, US$ billions")
        if any(metric & _stems(content_words(r.text.split(":")[0])) for r in rows):
            continue  # rows named by the measure ("Revenue", "Cost of revenue") are line items, not things ranked
        cells = []
        for r in rows:
            label = r.text.split(":")[0].strip()
            if _TOTAL_ROW.search(label) or set_aside_row(label, aside):
                continue  # a total, or a row the question sets aside ("Leaving China aside, which ...": session 32)
            heads = {h: v for h, v in _CELL.findall(r.text)} or {h: v for h, v in _WHOLE_HEAD_CELL.findall(r.text)}
            cells.append((label, heads, r))
        if len(cells) < 3:
            continue
        shared = set.intersection(*(set(h) for _, h, _ in cells))
        years = [h for h in shared if _years(h) & asked.years] if asked.years else sorted(shared, key=lambda h: max(_years(h)))[-1:]
        if len(years) > 1:
            # "by volume in 2025" over "Volume 2025 (kt)" and "Value 2025 (USD m)": the head saying the asked measure
            # (``candidates._column_heads``: a period repeated under two measures, each column its whole head)
            years = [h for h in years if measure & _stems(content_words(re.sub(r"\([^()]*\)", " ", h)))]
        if len(years) != 1:
            continue
        col = years[0]
        values = [(_cell_value(h[col]), label, r) for label, h, r in cells]
        if any(v is None for v, _, _ in values):
            continue
        before = [h for h in shared if _years(h) == {y - 1 for y in _years(col)}
                  and _head_words(h) == _head_words(col)] if growth else []  # the same measure's year before
        if growth:
            if len(before) != 1:
                continue
            bases = [_cell_value(h[before[0]]) for _, h, _ in cells]
            if any(b is None or b <= 0 for b in bases):
                continue  # a change from nothing or from a loss is no growth rate
            values = [((v - b) / b, label, r) for (v, label, r), b in zip(values, bases)]
        values.sort(key=lambda t: (t[0] if low else -t[0]))
        if values[0][0] == values[1][0]:
            continue  # a tie is no answer
        top_value, top_label, top_row = values[0]
        unit = re.search(r"\(([^()]*)\)\s*$", top_row.text)
        raw = top_row.text.split(":", 1)[1]
        shown_value = re.search(rf"(?:^|,\s){re.escape(col)}\s+({_PRINTED})", raw.strip())
        word = "lowest" if low else "highest"
        text = (f"{top_label} has the {word} {col} figure of the table's {len(values)} rows: "
                f"{shown_value.group(1) if shown_value else top_value}{', ' + unit.group(1) if unit else ''}.")
        if growth:
            was = re.search(rf"(?:^|,\s){re.escape(before[0])}\s+({_PRINTED})", raw.strip())
            text = (f"{top_label} grew fastest of the table's {len(values)} rows from {before[0]} to {col}: "
                    f"{was.group(1) if was else ''} to {shown_value.group(1) if shown_value else ''}"
                    f"{' ' + unit.group(1) if unit else ''}, {100 * top_value:+.1f}% (computed).")  # fmt: skip
        ordered = sorted(rows, key=lambda r: r.start)
        cand = Candidate(top_row.doc_id, top_row.doc, top_row.source, top_row.page, ordered[0].start, ordered[-1].end,
                         text, "ranked", heading=heading, items=tuple(r.text for r in ordered), rank=min(r.rank for r in rows),
                         meta=top_row.meta, years=frozenset(_years(col)))  # fmt: skip
        score = 1.0 / (1.0 + cand.rank)
        if best is None or score > best[0]:
            best = (score, Scored(cand, THRESHOLD, {"ranked": 1.0}))
    return best[1] if best else None


_MORE = re.compile(r"(?i)\b(?:more|bigger|larger|higher|greater|exceed(?:ed|s)?|overt(?:ake|ook|aken)|outs(?:old|ell|hipped)|"
                   r"ahead\s+of|surpass(?:ed|es)?|above|beat)\b")
_LESS = re.compile(r"(?i)\b(?:less|smaller|lower|fewer|behind|below|trail(?:ed|s)?)\b")
_NOT_COMPARABLE = re.compile(r"(?i)\b(?:not\s+(?:directly\s+)?comparable|comparab\w*|includ(?:es|ing|ed)|group\s+revenue|"
                             r"restated|different\s+(?:basis|definition|fiscal)|fiscal\s+years?\s+(?:ends?|ending|to)|"
                             r"year\s+(?:ends?|ending|to)\s+(?:in\s+)?[A-Z][a-z]+)\b")


def compare_rows(asked: Asked, cands: Sequence[Candidate]) -> tuple[Scored, str | None] | None:
    """A yes/no comparison of two named rows of one table ("Did Contoso ship more than Fabrikam in 2024?", "Was
    Contoso bigger than Fabrikam by revenue in 2023?"): the two rows, from a table whose caption names the asked
    measure (when the question names one), in the asked year's column (the latest they share when none is asked).
    The verdict is computed (None on a tie, or when a note on the page says a row is not comparable: another
    basis, fiscal year or scope, which is then shown with the rows). None when no such pair of rows is at hand."""
    if asked.kind != "yesno" or asked.quarters or len(asked.entities) < 2:
        return None
    more, less = bool(_MORE.search(asked.text)), bool(_LESS.search(asked.text))
    if more == less:
        return None
    m = re.search(r"(?i)\b(?:than|over|ahead\s+of|behind|overt(?:ake|ook|aken)|surpass(?:ed)?|exceed(?:ed)?|beat)\s+(.+)$",
                  asked.text)  # fmt: skip
    if not m:
        return None
    first_text, second_text = asked.text[: m.start()], m.group(1)
    firsts = {e for e in asked.entities if re.search(rf"(?i)\b{re.escape(e)}", first_text)}
    seconds = {e for e in asked.entities if re.search(rf"(?i)\b{re.escape(e)}", second_text)} - firsts
    if not firsts or not seconds:
        return None
    metric = {_stem(x.group(0).split()[-1].lower()) for x in _METRIC_WORD.finditer(asked.text)}
    tables: dict[tuple[str, int, str], list[Candidate]] = {}
    for c in cands:
        if c.kind == "row" and c.table:
            tables.setdefault((c.doc_id, c.page, c.table), []).append(c)
    topic = _stems({w for w in asked.words - asked.entities if not _MORE.fullmatch(w) and not _LESS.fullmatch(w)
                    and not re.fullmatch(r"\d+", w) and not _METRIC_WORD.fullmatch(w) and w not in _RELATIVE_WORDS})  # fmt: skip
    for (doc_id, page, _), rows in tables.items():
        if metric and not metric <= _stems(content_words(rows[0].heading)):
            continue
        if topic and not topic & _stems(content_words(rows[0].heading + " " + rows[0].text.rsplit("(", 1)[-1])):
            continue  # "ship more storage": the table's caption or unit must say what is compared
        def row_of(names: set[str]) -> Candidate | None:
            found = [r for r in rows if all(re.search(rf"(?i)\b{re.escape(n)}\b", r.text.split(":")[0]) for n in names)]
            return found[0] if len(found) == 1 else None
        a, b = row_of(firsts), row_of(seconds)
        if a is None or b is None or a is b:
            continue
        ca, cb = dict(_CELL.findall(a.text)), dict(_CELL.findall(b.text))
        shared = set(ca) & set(cb)
        cols = [h for h in shared if _years(h) & asked.years] if asked.years else sorted(shared, key=lambda h: max(_years(h)))[-1:]
        if len(cols) != 1:
            continue
        col = cols[0]
        va, vb = _cell_value(ca[col]), _cell_value(cb[col])
        if va is None or vb is None:
            continue
        la, lb = a.text.split(":")[0].strip(), b.text.split(":")[0].strip()
        # a note about other years only ("the 2023 figures were restated") says nothing about the compared column
        notes = [c for c in cands if c.doc_id == doc_id and c.page == page and c.kind == "sentence"
                 and _NOT_COMPARABLE.search(c.text) and re.search(rf"(?i)\b(?:{re.escape(la)}|{re.escape(lb)})", c.text)
                 and not (_years(c.text) and not _years(c.text) & _years(col))]  # fmt: skip
        unit = re.search(r"\(([^()]*)\)\s*$", a.text)
        text = (f"{la} {ca[col]} against {lb} {cb[col]} in {col}{', ' + unit.group(1) if unit else ''}, "
                f"from the table's rows.")  # fmt: skip
        verdict_ = None if va == vb or notes else ("Yes" if (va > vb) == more else "No")
        items = tuple([a.text, b.text] + [f"Note: {n.text}" for n in notes[:2]])
        ordered = sorted(rows, key=lambda r: r.start)
        cand = Candidate(doc_id, a.doc, a.source, page, ordered[0].start, ordered[-1].end, text, "compared",
                         heading=a.heading, items=items, rank=min(a.rank, b.rank), meta=a.meta,
                         years=frozenset(_years(col)))  # fmt: skip
        return Scored(cand, THRESHOLD, {"compared": 1.0}), verdict_
    return None


_UNLIKE_YEARS = re.compile(r"(?i)\bnot\s+(?:directly\s+)?comparable\b|\bdifferent\s+(?:basis|definition|fiscal)\b|"
                           r"\bchanged\s+(?:its\s+)?(?:definition|basis|fiscal\s+year)\b")


def move_row(asked: Asked, cands: Sequence[Candidate]) -> tuple[Scored, str | None] | None:
    """A yes/no on one subject's move in a year ("Did CNH increase its precision revenue in 2025?", "Did Contoso's kiln
    sales fall in 2025?") that no sentence decides, computed from the subject's one row of a table whose caption names
    the asked measure: the asked year's cell against the year before's, "Yes"/"No" as the move goes (None on a tie or
    when a note on the page says the row is not comparable). None when no such row is at hand (no year asked, a
    quarter asked, no direction, two subjects compared: ``compare_rows``)."""
    if asked.kind != "yesno" or asked.quarters or len(asked.years) != 1 or not asked.entities:
        return None
    if re.search(r"(?i)\b(?:than|versus|vs\.?|compared\s+with)\b", asked.text):
        return None
    moves = {_direction(w) for w in content_words(asked.text.lower())} - {None}
    if len(moves) != 1:
        return None
    up = moves == {"up"}
    year = next(iter(asked.years))
    metric = {_same_measure(x.group(0)) for x in _METRIC_WORD.finditer(asked.text)}
    if not metric:
        return None
    tables: dict[tuple[str, int, str], list[Candidate]] = {}
    for c in cands:
        if c.kind == "row" and c.table:
            tables.setdefault((c.doc_id, c.page, c.table), []).append(c)
    found = []
    for (doc_id, page, _), rows in tables.items():
        heading = rows[0].heading + " " + rows[0].text.rsplit("(", 1)[-1]
        if not metric <= {_same_measure(w) for w in content_words(heading)} | _stems(content_words(heading)):
            continue  # the table's caption (or unit line) must name the asked measure
        named = [r for r in rows if all(re.search(rf"(?i)(?<![\w-]){re.escape(e)}(?![\w-])", r.text.split(":")[0])
                                        for e in asked.entities)]
        if len(named) != 1:
            continue
        row = named[0]
        cells = {max(_years(h)): v for h, v in _CELL.findall(row.text) if not re.search(r"Q[1-4]", h)}
        if year not in cells or year - 1 not in cells:
            continue
        now, before = _cell_value(cells[year]), _cell_value(cells[year - 1])
        if now is None or before is None:
            continue
        found.append((doc_id, page, rows, row, now, before, cells))
    if len(found) != 1:
        return None  # none, or two tables that may disagree
    doc_id, page, rows, row, now, before, cells = found[0]
    label = row.text.split(":")[0].strip()
    # a note on the row: shown; one saying its years are not comparable withholds the verdict (a restatement is the
    # table making them comparable: "2024 restated from $1,245 million after ... moved ... out of the segment")
    notes = [c for c in cands if c.doc_id == doc_id and c.page == page and c.kind == "sentence"
             and _NOT_COMPARABLE.search(c.text) and re.search(rf"(?i)\b{re.escape(label.split()[0])}", c.text)]
    unlike = [n for n in notes if _UNLIKE_YEARS.search(n.text)]
    unit = re.search(r"\(([^()]*)\)\s*$", row.text)
    text = (f"{label}: {cells[year]} in {year} against {cells[year - 1]} in {year - 1}"
            f"{', ' + unit.group(1) if unit else ''}, from the table's row.")  # fmt: skip
    verdict_ = None if now == before or unlike else ("Yes" if (now > before) == up else "No")
    items = tuple([row.text] + [f"Note: {n.text}" for n in notes[:2]])
    cand = Candidate(doc_id, row.doc, row.source, page, row.start, row.end, text, "compared", heading=row.heading,
                     items=items, rank=row.rank, meta=row.meta, years=frozenset({year - 1, year}))  # fmt: skip
    return Scored(cand, THRESHOLD, {"compared": 1.0}), verdict_


# a part asking what explains something in so many words ("what in the disclosures explains the difference"); a bare
# "why" after a ranking keeps its own reading (the ranked member's explained move, ``_ranked_explained``)
_EXPLANATION_Q = re.compile(r"(?i)\b(?:explains?|explained|explanation|accounts?\s+for|reasons?|causes?|caused|"
                            r"drove|drives|driven)\b")


def _covering(asked: Asked, shown: list[Scored], question: str, aliases: Callable[[Candidate], Sequence[str]],
              names: set[str], taken: set[str] = frozenset()) -> Scored | None:  # fmt: skip
    """The quote picked for another part that answers ``asked`` as well: one it could answer (``prescore``) that
    is about its subject itself (not merely mentioning it) and says a quarter of its words or more ("Why do
    California and Texas ...": one sentence explaining both); else None."""
    # a part referring back ("how were they split between ...") asks about its own words only: its pronouns,
    # prepositions and modal verbs name nothing the quote must say (``_asked_content``)
    if _COMPUTED_Q.search(asked.text):
        # "Using income from operations divided by interest expense, how well did it cover its interest ...?": a part
        # asking a figure computed from two measures is answered by that computation or its own quote stating the
        # ratio, never by the quote another part took ("Interest expense decreased because ...") (session 24, #10)
        return None
    if _EXPLANATION_Q.search(asked.text):
        # "..., and what explains the difference?": a figure computed from a table's rows (kind "ranked" / "compared")
        # states no explanation, so it covers no part asking one (session 26)
        shown = [sc for sc in shown if sc.candidate.kind not in ("ranked", "compared")]
    said = asked.words  # the part's words as asked (the change-only test below reads them all)
    events = asked_dates.dates_asked(asked.text)  # "what are its record and payment dates?"
    own = _asked_content(asked.words)
    if own and own != asked.words:
        asked = replace(asked, words=frozenset(own) if isinstance(asked.words, frozenset) else own)
    for sc in shown:
        if events and not asked_dates.states_dates(events, sc.candidate.body):
            continue  # "what are its record and payment dates?": a quote stating no date by each event answers no date
        p = prescore(asked, sc.candidate, question, aliases(sc.candidate), names)
        if p is not None and p.get("soft"):
            continue  # its measure said in other words: only a close meaning (``SOFT_COSINE``) lets it answer
        if p is not None and p["subject"] >= 0.85 and p["overlap"] >= 0.25:
            return sc
        if p is not None and asked.kind == "yesno" and sc.candidate.kind == "sentence" \
                and revisions.asks_changed(asked.text, " ".join(sorted(asked.words))) \
                and revisions.changed_verdict(asked.text, sc.candidate.text, " ".join(sorted(asked.words))) is not None:
            # "What price does the note expect for 2025, and has that view changed?": the quote stating the forecast
            # against the earlier one it replaces ("below the NOK 92 we forecast in January"), or saying it stands,
            # decides the second part too (session 24, #11)
            return sc
        if p is not None and not asked.entities and p["type"] >= 1.0 and p["overlap"] >= 0.5:
            return sc  # a part naming no one: the quote says half of its words and is of the kind it asks
        if p is not None and events and sc.candidate.kind == "sentence" and p["subject"] >= sc.parts.get("subject", 1.0):
            # "What dividend did the board declare, and what are its record and payment dates?": the quote taken for the
            # dividend, about the asked company as surely for this part, states a date right by each event's word
            # ("payable on August 14, 2026 to shareholders of record on August 3, 2026"): it answers both (session 31)
            return sc
        if p is not None and asked.kind == "amount" and asked.unit in ("percent", "duration", "count", "money") \
                and p["type"] >= 1.0 and p["subject"] >= 0.6 and _own_figure(asked, sc.candidate, taken):
            # "What share of care homes were short of staff, and how long did filling a post take?": the one
            # sentence answering the first part also holds the second's figure, of its own kind and measure
            return sc
        if p is not None and asked.kind == "amount" and p["type"] >= 1.0 and "subject" in sc.parts \
                and p["subject"] >= sc.parts["subject"] and p["overlap"] >= 0.5 \
                and _own_figure(asked, sc.candidate, taken, unread_ok=True):
            # "How many visits did it record, and what was its average ticket price?": the quote taken for the price,
            # about the asked company as surely for this part as for that one, says this part's measure and holds a
            # figure of its own tied to it ("... a 3.1% increase in visits to 14.6 million"): it answers both
            return sc
        if p is not None and asked.kind == "amount" and asked.unit in ("change", "") and p["type"] >= 1.0 \
                and p["subject"] >= sc.parts.get("subject", 1.0) \
                and _change_only(said) \
                and _CHANGE_STATED.search(sc.candidate.body):
            # "How many vans did makers ship in 2025, and what was the yearly change?": a part naming no measure
            # besides the change itself asks the change of the measure the other part's quote states; that quote,
            # about the same subject and stating the move with its figure ("5.2% more than", "up 3.0% from"), answers it
            return sc
    return None


# a figure the question computes from two measures: "A divided by B", "the ratio of A to B", "A as a multiple of B"
_COMPUTED_Q = re.compile(r"(?i)\bdivided\s+by\b|\bratio\s+of\s+[\w\s'’-]{2,60}?\bto\b|\bas\s+a\s+multiple\s+of\b")


# words that name a change and nothing of what changed ("the yearly change", "the annual growth")
_CHANGE_ONLY = re.compile(r"(?i)^(?:change[ds]?|year-(?:over|on)-year|yoy|annual|yearly|growth|increase|decrease|rise|"
                          r"fall|decline|difference|move(?:ment)?|percentage|percent|relative|prior|previous)$")


def _change_only(words: frozenset[str]) -> bool:
    """Does a part's every content word name the change itself, none a measure ("what was the yearly change")?"""
    return bool(words) and all(_CHANGE_ONLY.match(w) for w in words)


# closed-class words (pronouns, prepositions, modal verbs) the shared stopword list keeps: a part's "they", "between" or
# "would" names nothing a quote must say
_FUNCTION_WORDS = frozenset("""they them their theirs she her hers him his we our ours you your those these
    between among amongst across against along around within without toward towards upon onto via versus
    will would could should can may might must shall also""".split())


def _asked_content(words: set[str] | frozenset[str]) -> set[str]:
    """The words a part asks about, less its closed-class words (``_FUNCTION_WORDS``)."""
    return {w for w in words if w.lower() not in _FUNCTION_WORDS}


def _own_figure(asked: Asked, c: Candidate, taken: set[str], unread_ok: bool = False) -> bool:
    """Does a quote picked for another part hold a figure for ``asked`` that is none of the figures shown for the
    other parts (``taken``): of the asked kind (``answer_figure``), and tied to the asked measure when one is read
    (``prose_ties``: a figure governed by the asked measure's words)? ``unread_ok``: a figure whose governing words are
    not read ("unknown") will do too, when the quote says every word of the measure a "how many/much" part counts (the
    noun phrase before its auxiliary: "guest nights" of "How many guest nights did it record"), never one tied to
    another measure."""
    fig = answer_figure(asked, c)
    if fig is None:
        return False
    raw = fig.split(" (")[0]
    if raw in taken:
        return False  # "41%" shown for the share is not also the answer to the second part
    spans = ties.tied_spans(asked.text, c.text) if c.kind == "sentence" else None
    if spans is None:
        return True
    if any(v == ties.TIED and raw.startswith(c.text[a:b]) for a, b, v, _ in spans):
        return True
    m = _COUNTED_NP.match(asked.text)
    measure = content_words(m.group("np")) - asked.entities - asked.mentioned if m else set()
    return unread_ok and bool(measure) and _stems(measure) <= _stems(content_words(c.body)) and any(
        v == ties.UNKNOWN and raw.startswith(c.text[a:b]) for a, b, v, _ in spans)


# the measure a "how many/much" part counts: the noun phrase before its auxiliary ("How many guest nights did it record")
_COUNTED_NP = re.compile(r"(?i)^\s*how\s+(?:many|much)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)\s+"
                         r"(?:did|does|do|has|have|had|was|were|is|are|will|would)\b")


def _figure_count(c: Candidate) -> int:
    """How many figures (amounts, counts, shares; not years) a candidate states."""
    return sum(1 for n in parse_numbers(c.body) if n.is_claim)


def _part_text(parts: list[Asked], k: int) -> str:
    """The text embedded for part ``k``: a part that names no measure of its own ("and how much the year
    before?") is embedded with the part it continues, whose measure it asks for."""
    own = " ".join(parts[k].text.split())
    if parts[k].kind == "reason":  # "What is pushing up X?" embeds closer to a report's sentence as "Why did X rise?"
        own = causes.as_why(own) or own
    if k > 0 and len(_words(parts[k].text) - _RELATIVE_WORDS) < 2:
        return " ".join(parts[k - 1].text.split()) + ", " + own
    return own


_PLURAL_SUBJECT = re.compile(
    r"(?i)\b(?:companies|providers|hyperscalers|vendors|suppliers|firms|players|operators|makers|manufacturers|"
    r"buyers|customers|banks|carriers|developers|labs)\b"
)


def _other_subjects(asked: Asked, ranked: list[Scored], best: Scored, threshold: float,
                    names: set[str]) -> list[Scored]:  # fmt: skip
    """When the question asks about a group ("How much do the largest cloud providers plan to spend?"), the
    answers of other members: candidates within ``OTHERS_SPREAD`` of the best whose sentence opens with
    another name, up to ``MAX_PER_PART`` in all."""
    if asked.entities or asked.kind not in ("amount", "describe", "reason") or not _PLURAL_SUBJECT.search(asked.text):
        return []
    first = first_name(best.candidate.text, names)
    if first is None:
        return []
    seen, out = {first}, []
    for sc in ranked[1:]:
        if sc.score < max(threshold, best.score - OTHERS_SPREAD) or len(out) >= MAX_PER_PART - 1:
            break
        name = first_name(sc.candidate.text, names)
        if name is None or name in seen or sc.candidate.kind != "sentence":
            continue
        seen.add(name)
        out.append(sc)
    return out


_FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us)\b")


def _embed_text(c: Candidate) -> str:
    """What a candidate is embedded as: a row with its table's heading, a sentence that refers back ("Its
    report states ...") or sits under a short heading with the name it refers to; at most ``EMBED_WORDS``
    words (one long passage would pad the whole batch)."""
    if c.kind == "row":
        text = f"{c.heading} {c.text}".strip()
    else:
        head = c.heading if len(c.heading.split()) <= 8 else ""
        if _CHANGE_ANAPHOR.match(c.text) and c.before:  # "The $104.2 million increase was due to": of what, before
            return " ".join(f"{c.before} {c.body}".split()[:EMBED_WORDS])
        if c.kind == "list" and _PERIOD_JUDGED.match(c.text) and c.prev:
            # "The quarter proved rough for installers, for a handful of reasons:": the move is the sentence before's
            return " ".join(f"{c.prev} {c.body}".split()[:EMBED_WORDS])
        if _ANAPHOR.match(c.text) and c.before:
            head = first_name(c.before) or head
        if is_filing(c.meta) and _FIRST_PERSON.search(" ".join(c.text.split()[:8])):
            head = c.meta.company  # "Today, we are a global leader in ...": the filer speaks; the model cannot know who
        # an aside's items once; an inline list is its sentence, embedded as one
        body = c.text if c.form == "inline" or (c.items and all(it in c.text for it in c.items)) else c.body
        text = f"{head}: {body}" if head else body
    return " ".join(text.split()[:EMBED_WORDS])
