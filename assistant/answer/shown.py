"""What a quote shows: the figure an amount answer leads with (``answer_figure``) and the reading helpers that
selection (``extract.py``) and ``render.py`` share (a figure's scale, its year, its place, the sentence a
"this" points back to, a bullet's text). Reads ``question.py`` to ``gates.py``.
"""

from __future__ import annotations

import re

from ..text.bindings import bind_numbers
from ..text.months import MONTH_TITLE
from ..text.numbers import parse_numbers
from ..text.sentences import content_words
from . import prose_causes as causes
from . import prose_changes as changes
from . import prose_figures as figures
from . import prose_items as items
from . import prose_respective, prose_subjects
from . import measure_frames, prose_ties as ties, stated_figures
from . import prose_revisions as revisions
from .question import Asked, _DURATION, _EXCLUDED, _years
from .asked_counts import _counted, counts_things
from .candidates import Candidate, _BULLET, _CHANGE_ANAPHOR
from .scoring import (
    _CHANGE_STATED, _COUNTRIES, _MONEY, _REGIONS, _REGION_ADJ, _WORLD, _quoted_change, _revision, _stems, _title,
    _unit_after, scopes,
)
from .gates import _AFTER_SET_ASIDE, _RATHER, _region_keys, verdict
from ..text.moves import MOVE_ASKED_COUNT as _ASKS_MOVE


_PRINTED = r"\(?-?[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?"  # a cell as printed: "1,870" is one figure


_QUARTER_SAID = re.compile(r"(?i)\bquarterly\b|\b(?:per|a|each|every)\s+quarter\b")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:compared\s+with|against|versus|up\s+from|down\s+from|after|and|while|but)\b", re.I)


# "subscribers grew by 3,150 in the quarter, to 412,600": the size of a move ("by" after a verb of moving) and the
# level it reached ("to")
_MOVED_BY = re.compile(r"(?i)\b(?:increas|decreas|gr[eo]w|rose|ris|fell|fall|declin|climb|dropp|gain|los[ts]|add|jump|"
                       r"slipp|expand|shrank|shrunk)\w*\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|"
                       r"some\s+|a\s+net\s+)?$")
_MOVED_TO = re.compile(r"(?i)\bto\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+|a\s+total\s+of\s+)?$")


# the counted nouns that are a sum of money or a scale ("how many dollars per share", "how many millions"): money counts
_MONEY_COUNTED = frozenset("dollar euro pound cent million billion thousand yen".split())
# what follows a figure that is no count of things: a multiple ("5.6 times", "2.1x"), a share, money after the number
_NOT_A_COUNT = re.compile(r"(?i)\s*(?:x\b|times\b|-?fold\b|percent|per\s?cent|%|(?:million|billion|thousand)?\s*"
                          r"(?:dollars|euros?|pounds\s+sterling|yen)\b)")


def dated_elsewhere(asked: Asked, c: Candidate) -> bool:
    """Does a sentence date every figure it states to a year the amount question does not ask ("Similar to fiscal 2025,
    we recognized $148 million of such revenue in fiscal 2024" for fiscal 2025)? Session 33 (#10). GENERAL RULE: an
    amount asked for a year is answered only by a figure of that year; a sentence naming the asked year only as a
    frame ("similar to", "as in", "compared with") while its every figure is another year's states no figure of the
    asked one, so it is no answer, not even one quoted without a headline. A figure the sentence leaves undated may be
    the asked year's, and keeps the sentence."""
    if asked.kind != "amount" or not asked.years or asked.unit == "change" or c.kind != "sentence":
        return False
    text = c.text
    dated = {b.num.start: b.period.year for b in bind_numbers(text) if b.period is not None}
    seen = 0
    for n in (n for n in parse_numbers(text) if n.is_claim):
        if stated_figures.day_of_date(text, n.start, n.end) or stated_figures.names_number(text, n.start):
            continue
        year = dated.get(n.start)
        if year is None or year in asked.years:
            return False
        seen += 1
    return seen > 0


def _move_or_level(asked_text: str, text: str, found: list) -> list:
    """Of a sentence stating a move and the level it reached ("increased by 7,400 ..., to 981,200"), the level for a
    part asking a level ("how many did it have at the end of the quarter") and the move for a part asking the move
    ("how many did it add"). General rule: the figure after "by" measures the change, the figure after "to" the state
    reached; each answers only its own question. Other sentences: ``found`` unchanged."""
    by = [f for f in found if _MOVED_BY.search(text[max(0, f[1] - 40) : f[1]])]
    to = [f for f in found if _MOVED_TO.search(text[max(0, f[1] - 25) : f[1]]) and f not in by]
    if not by or not to:
        return found
    return by if _ASKS_MOVE.search(asked_text) else to


def answer_figure(asked: Asked, c: Candidate) -> str | None:
    """For an amount question, the figure of the quote that answers it, as written ("$28.10 billion (2023)"):
    among the figures of the right kind (money, percent, a change for "by how much"), the one whose clause
    (the words from the last break before it to the next one after it) names what the question names and the
    others' clauses do not, then the asked period; a rate ("$2 per hour") only when a rate is asked. None for
    other questions."""
    if asked.kind != "amount" or figures.each_year_asked(asked.text):
        return None  # "each year from 2019 to 2022": the quote gives every year's figure, no one figure leads
    if len(asked.years) >= 2 and asked.unit != "change" and c.kind == "sentence" \
            and re.search(r"(?i)\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.?\s|\bagainst\b|\brelative\s+to\b", asked.text):
        return None  # "in 2024 compared with 2023": one figure per year asked; the quote states both, none leads
    if asked.unit == "change":
        pair = _quoted_change(asked, c)
        if pair is not None:  # computed from the two figures the quote gives, both shown
            return changes.change_text(pair, asked.text)
        revised = _revision(asked, c) if c.kind == "sentence" and revisions.asks_revision(asked.text) else None
        if revised is not None:  # a forecast's new and previous figure: the revision computed, both shown
            return revisions.revision_text(revised)
    if c.kind == "row":
        label, _, rest = c.text.partition(": ")
        unit = re.search(r"\(([^()]*)\)\s*$", rest)
        for y in sorted(asked.years, reverse=True):
            # a cell as printed ("741,573", "(18,442)"), not cut at its thousands separator; else any token
            m = re.search(rf"(?:^|,\s)(?:FY\s?)?{y}\s+({_PRINTED}(?=,\s|\s*\(|\s*$)|[^,\s]+)", rest)
            if m:
                scaled = _at_scale(m.group(1), unit.group(1)) if unit else None
                return f"{label}, {y}: " + (scaled or m.group(1) + (f" {unit.group(0)}" if unit else ""))
        return None
    text = c.text
    named = items.item_share(asked.text, text) if c.kind == "sentence" and asked.unit == "percent" else None
    if named is not None:  # "what share went to X": X's percentage in a list of shares (prose_items)
        return named.raw
    if len(asked.years) == 1 and c.kind == "sentence" and asked.unit != "change":
        # "18% at the end of 2024, up from 15% a year earlier" asked for 2023: the earlier figure of the pair
        year = next(iter(asked.years))
        pair = changes.pair_in(text, "sentence", "", asked.text, {year + 1}, asked.quarters)
        if pair is not None and pair.old.period is not None and pair.old.period.year == year:
            return f"{pair.old.raw} ({year})"
    # a clause never runs on into the next sentence of a quote joining several ("... to grow about 4%. For 2029 it
    # expects ...": 2029 is not the 4%'s year). GENERAL rule (session 31, #11)
    bounds = sorted({0, *(m.start() for m in _CLAUSE_BREAK.finditer(text)), *(m.start() for m in _SENTENCE_GAP.finditer(text)),
                     len(text)})
    found, pos = [], 0
    for n in (n for n in parse_numbers(text) if n.is_claim):
        hit = re.compile(rf"(?<![\w.]){re.escape(n.raw)}").search(text, pos)  # not the "72" of "NVL72"
        if hit is None:
            continue
        at = hit.start()
        pos = at + len(n.raw)
        if stated_figures.day_of_date(text, at, pos) or stated_figures.names_number(text, at):
            continue  # "ends on September 30", "Tier 2 capital": a day of a date or a number in a name is no figure
        if (noun := stated_figures.scope_count(text, at, pos)) and not re.search(
                rf"(?i)\b{re.sub(r'(?:ies|s)$', '', noun.split()[-1])}", asked.text):
            continue  # "admissions in the 12 markets rose to ...": how many places the scope holds, not the figure
        lo = max(x for x in bounds if x <= at)
        hi = min((x for x in bounds if x >= pos), default=len(text))
        after = text[pos : pos + 14].lower()
        code = re.search(r"\b(?:EUR|USD|GBP|JPY|CHF|CNY|RMB|KRW|INR|CAD|AUD|SEK|NOK|DKK)\s*$", text[max(0, at - 5) : at])
        if asked.unit == "money" and not (_MONEY.search(n.raw) or code or re.match(
                r"\s*(?:trillion|billion|million)?\s*(?:won|yen|euros?|dollars?)\b", after)):  # fmt: skip
            continue
        if asked.unit in ("", "count", "money") and ("%" in n.raw or after.lstrip().startswith("percent")) \
                and (_CHANGE_STATED.match(text[at : pos + 30]) or _CHANGE_STATED.search(text[max(0, at - 40) : pos])):
            continue  # "how much was shipped": "4.1% more than the 132.2 million tonnes shipped in 2024", "fell 3%" move
        if asked.unit == "count" and counts_things(asked.text) and _counted(asked.text) not in _MONEY_COUNTED and (
                _MONEY.search(n.raw) or code or "%" in n.raw or _NOT_A_COUNT.match(after)):
            # session 33 (#10): "how many towers did it decommission": a sum of money, a share or a multiple ("net debt
            # was 5.6 times EBITDA") is no count of the things asked, whatever else the sentence says
            continue
        if asked.unit == "duration" and not _DURATION.match(text[pos:]):
            continue  # "how long": "sites of 50 MW" is no time; "43 months" is
        if asked.unit == "percent" or asked.unit == "change" and re.search(r"(?i)percent|%", asked.text):
            # a share, margin or rate asked is a percentage: "sized at 210 MW" is no share
            if "%" not in n.raw and not after.lstrip().startswith("percent"):
                continue
        if asked.unit == "change" and not _CHANGE_STATED.search(text[max(0, at - 40) : pos]) \
                and not _CHANGE_STATED.match(text[at : pos + 30]) \
                and not (causes.asks_distance(asked.text) and causes.states_distance(text[max(0, at - 40) : pos + 30])):
            continue  # "58% below their 2022 peak" states how far
        rate = after.lstrip().startswith("per ") and not re.search(r"(?i)\bper\b|\bprice|\brate\b", asked.text)
        found.append((n, at, text[lo:at] if lo > 0 else "", text[pos:hi], rate))  # the opening subject is everyone's
    given = {n.raw_digits for n in parse_numbers(f"{asked.text} {asked.measure}") if n.is_claim}
    if given:
        # a number the question itself writes ("the monthly 737 production rate", "of its 3,950 aircraft") is what
        # it names or knows, never the figure it asks for
        found = [f for f in found if f[0].raw_digits not in given]
    # "about 11% of its group capex of $31.5 billion went to packaging": the money after "N% of <whole> of" is the
    # whole's, no answer for the part asked (unless the question asks that whole: "its group capex")
    asked_words = _stems(content_words(asked.text))
    found = [f for f in found if not ((whole := _SHARE_BASE.search(text[max(0, f[1] - 80) : f[1]]))
                                      and not _stems(content_words(whole.group(1))) <= asked_words)]
    # "the six largest groups operate about a quarter of Europe's 37,400 screens": the figure after a fraction's "of"
    # is the whole the fraction is of, never the subject's own amount (unless the question asks that whole)
    found = [f for f in found if not ((whole := _FRACTION_OF.search(text[max(0, f[1] - 60) : f[1]]))
                                      and not _stems(content_words(whole.group(1))) <= asked_words)]
    since = re.search(r"(?i)\bsince\s+((?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b", asked.text)
    if since:
        # "the rate allowed since October 2025": "capped at 38 a month until October 2025" is the state before it
        found = [f for f in found if not re.search(rf"(?i)\b(?:until|till|through|before|prior\s+to)\s+"
                                                   rf"{re.escape(since.group(1))}\b", f[3])]
    if asked.years:
        # "about 60,000 at the end of 2025 and 110,000 by 2030": a figure dated to another year right after it is
        # not the asked one (one undated may be); none left is no headline
        found = [f for f in found if not ((own := _year_attached(text, f[1] + len(f[0].raw))) and not own & asked.years)]
    asked_places = _region_keys(_EXCLUDED.sub(" ", asked.text))
    if asked_places:
        # "US ... 110,000 by 2030, and European ... 450,000 in 2030": a figure under another place is not the asked one
        found = [f for f in found if (near := _place_after(text, f[1] + len(f[0].raw)) or _place_before(text, f[1])) is None
                 or near in asked_places]
    elif "world" in scopes(asked.text):
        # the world asked ("how much cement was used worldwide"): a figure given for one country or region of it ("China
        # ... its consumption fell 8% to 1,830 Mt") is that place's, unless its own clause says the world's
        found = [f for f in found if _WORLD.search(f"{f[2]} {f[3]}")
                 or (_place_after(text, f[1] + len(f[0].raw)) or _place_before(text, f[1])) is None]
    if not figures.asks_limit(asked.text):
        # "customers that each contributed more than $100,000 of ...": a threshold, limit or coverage is no amount
        found = [f for f in found if not figures.is_threshold(text, f[1], f[1] + len(f[0].raw))]
    if c.kind == "sentence" and asked.entities:
        # one member asked: a figure whose subject is a group merely listing it ("A, B and C together own 3,950
        # aircraft") is the group's, not the member's ("A alone accounts for about 1,720": ``prose_subjects``)
        found = [f for f in found if not prose_subjects.group_owned(asked.text, text, f[1], asked.entities)]
    if c.kind == "sentence" and prose_subjects.asks_one_ranked(asked.text):
        # "its largest channel partner" asked: "our ten largest channel partners together accounted for 44%" is a
        # group's figure (``prose_subjects``)
        found = [f for f in found if prose_subjects.names_group(f[2]) is None]
    if c.kind == "sentence":
        # "respectively" lists and "corresponding" clauses: only the figure in the asked one's place (``prose_respective``)
        owners = prose_respective.figure_owners(asked.text, text)
        found = [f for f in found if all(o.allowed or not o.start <= f[1] < o.end for o in owners)]
    # a part asking the measure of the part before for another period is bound to that measure
    spans = ties.tied_spans(asked.measure or asked.text, text, f"{c.before} {c.heading} {_title(c)}") \
        if c.kind == "sentence" else None
    verdict = {a: v for a, _, v, _ in spans} if spans is not None else {}
    governed = {a: w for a, _, _, w in spans} if spans is not None else {}
    # never a figure governed by another measure ("$14.5 million of letters of credit" for unused capacity)
    found = [f for f in found if verdict.get(f[1]) != ties.OTHER]
    if c.kind == "sentence":
        # "EUR 48 per megawatt-hour, raised from EUR 44 in our spring outlook": the figure replaced is never the answer; a
        # question asking the earlier figure itself is answered by it first (``prose_revisions.superseded``)
        old = revisions.superseded(text)
        replaced = [f for f in found if any(a <= f[1] < b for a, b in old)]
        if revisions.asks_earlier(asked.text):
            found = replaced or found
        elif not revisions.asks_superseded(asked.text):
            found = [f for f in found if f not in replaced]
    if c.kind == "sentence" and asked.unit in ("", "count", "money"):
        found = _move_or_level(asked.text, text, found)
    if c.kind == "sentence" and asked.unit in ("", "count", "money"):
        # "how many did it run itself, as opposed to through franchisees": a total whose breakdown names the set-aside
        # kind is no answer, nor is that kind's own figure (``_set_aside_breakdown``)
        found = _set_aside_breakdown(asked.text, text, found)
    if not found:
        return None
    want = _stems(asked.words)
    # the period each figure is stated for ("15% a year earlier": the year before the sentence's)
    bound = {b.num.start: b.period.year for b in bind_numbers(text) if b.period is not None}
    near = [_stems(content_words(head)) | _stems(content_words(tail)) for _, _, head, tail, _ in found]
    common = set.intersection(*near) if len(near) > 1 else set()
    setting = _dated_setting(text)
    # "how much will it invest over the next five years": a figure its clause dates to a year is what was done then
    span_asked = bool(measure_frames.spans_named(asked.text)) and not asked.years

    def elsewhen_only(at: int, head: str, tail: str) -> bool:
        own = _years(head + " " + tail)
        if not own and setting is not None and at < setting[1]:
            own = {setting[0]}
        return bool(own) and not own & asked.years and not (at in bound and bound[at] in asked.years)

    if c.form == "forecast" and asked.years and asked.unit != "change" \
            and all(elsewhen_only(at, head, tail) for _, at, head, tail, _ in found):
        # a forecast read over several sentences ("... By 2029 it expects sales to reach $1,020 billion") asked for 2025:
        # every figure's own clause dates it to another year than the asked one. GENERAL rule (session 28, #11): the
        # sentences joined to a forecast never lead with another year's figure as the asked year's
        return None
    best, best_key = None, None
    any_tied = any(verdict.get(f[1]) == ties.TIED for f in found)
    earlier_asked = bool(_PRIOR_PERIOD.search(asked.text))
    for order, (n, at, head, tail, rate) in enumerate(found):
        topic = 2 * len(want & (_stems(content_words(tail)) - common)) + len(want & (_stems(content_words(head)) - common))
        years = _years(head + " " + tail)
        if not years and setting is not None and at < setting[1]:
            years = {setting[0]}  # "At June 30, 2025, our backlog was $4.1 billion compared with ...": that year-end's
        dated = bool((years | ({bound[at]} if at in bound else set())) & asked.years)
        # a figure tied to the asked measure (``prose_ties``) before one whose clause only shares words with the
        # question; a figure continuing another ("compared with $1.9 billion") shares its measure's words
        own_topic = topic  # the asked words its own clause says (not those it shares with the figure it continues)
        topic = max(topic, len(want & (_stems(content_words(governed.get(at, ""))) - common)))
        # two figures of one measure ("grew 5.8% in 2024, and 4.1% at its company-operated shops"): the one whose own
        # clause says more of the question's words first; a figure whose own clause dates it to another year than the
        # asked one comes after the others ("14.2 million ... in 2025, up from 13.1 million a year earlier" asked for
        # 2024: 13.1 million)
        elsewhen = bool(asked.years and years and not years & asked.years)
        if asked.years and not years:
            # "... to rise 2.9% in 2025, to EUR 32.3 billion, ... For 2029 it expects revenue of EUR 36.8 billion" asked
            # for 2029: a figure whose own clause names no year is dated by its sentence (and the period it is bound to,
            # "13.1 million a year earlier"). GENERAL rule (session 31, #11): a figure in a sentence naming only other
            # years than the asked one, and bound to none asked, comes after the asked year's
            sy = _years(_sentence_at(text, at)) | ({bound[at]} if at in bound else set())
            elsewhen = bool(sy and not sy & asked.years)
        # a year asked: a quarter's amount ("quarterly dividends of $0.49 ... in each quarter") after the year's
        other_length = bool(asked.years) and not asked.quarters and not re.search(r"(?i)quarter", asked.text) \
            and bool(_QUARTER_SAID.search(f"{head} {tail}"))
        undated = not (span_asked and years)
        # "a dividend of $0.42 per share (compared with $0.38 per share in the same quarter last year)": the figure set
        # against the current one and dated by its own clause to the period before is that period's, never the asked
        # figure, unless the part asks the period before itself. GENERAL rule (session 32, #11)
        if not earlier_asked and not (at in bound and bound[at] in asked.years) \
                and _COMPARAND_BEFORE.search(text[max(0, at - 40) : at]) and _PRIOR_PERIOD.search(tail):
            elsewhen = True
        key = (not rate, not other_length, undated, verdict.get(at) == ties.TIED, not elsewhen, topic, own_topic, dated,
               -order) if any_tied else (not rate, not other_length, undated, not elsewhen, topic, own_topic, dated, -order)
        if best_key is None or key > best_key:
            best, best_key = (n, years & asked.years, at + len(n.raw)), key
    n, years, end = best
    # "$15 billion to $17 billion": a range is the figure, both ends
    start = end - len(n.raw)
    # "between $7.5 billion and $8.0 billion" is a range too
    between = r"|and" if re.search(r"(?i)\bbetween\s+$", text[max(0, start - 10) : start]) else ""
    upto = re.match(rf"\s*(?:to|-|–{between})\s*([$€£]?\s?\d[\d.,]*\s*(?:trillion|billion|million|thousand|%|percent)?)",
                    text[end:])
    ranged = upto and not re.search(r"(?i)\bfrom\s*$", text[max(0, start - 12) : start])  # "from $5 to $7" is a move
    # a range's two ends are of one kind: "expanded 40 basis points to 14.1%", "rose 9% to $8.4 billion" are a move
    # and a level
    ranged = ranged and _one_kind(n.raw + text[end : end + 16], upto.group(1) + text[end + upto.end() : end + upto.end() + 16])
    raw = f"{n.raw} to {upto.group(1).strip()}" if ranged else n.raw
    # "deliveries of 40,000 to 44,000 folding e-scooters": the upper end picked, the range is still the figure
    lower = re.search(r"(?<![\d,.])([$€£]?\s?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s*(?:trillion|billion|million|thousand|%|percent))?)\s*(?:to|–)\s*$",
                      text[:start])  # fmt: skip
    if lower is None:  # "between $7.5 billion and $8.0 billion": the lower end after "between"
        lower = re.search(r"(?i)\bbetween\s+([$€£]?\s?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s*(?:trillion|billion|million|thousand|%|"
                          r"percent))?)\s*and\s*$", text[:start])  # fmt: skip
    if not ranged and lower and not re.fullmatch(r"(?:19|20)\d\d", lower.group(1).strip()) \
            and not re.search(r"(?i)\bfrom\s*$", text[: lower.start()]) \
            and _one_kind(lower.group(1) + text[lower.end(1) : lower.end(1) + 16], n.raw + text[end : end + 16]):
        start = lower.start()
        raw = f"{lower.group(1).strip()} to {n.raw}"
    code = re.search(r"\b(EUR|USD|GBP|JPY|CHF|CNY|RMB|KRW|INR|CAD|AUD|SEK|NOK|DKK)\s*$", text[max(0, start - 5) : start])
    raw = f"{code.group(1)} {raw}" if code else raw  # "EUR 163 million": the currency written before the figure
    if not (_MONEY.search(raw) or code or "%" in raw):  # "3.0 billion cubic feet", "170 GWh": the figure with its unit
        tail = text[start + len(raw) :] if raw in text[start:] else text[end:]
        unit = _unit_after(tail)
        raw += f" {unit}" if unit else ""
    if years and asked.unit == "change" and all(_base_year(y).search(text[end : end + 80]) for y in years):
        # "0.8% more than the 35.9 million of 2023" asked "how much did it change from 2023": the year is the one the
        # change is measured from, not the change's own period. GENERAL rule (session 28, #11): a change is never
        # labelled with the base year as if it were that year's figure
        return f"{raw} (change from {', '.join(str(y) for y in sorted(years))})"
    return raw + (f" ({', '.join(str(y) for y in sorted(years))})" if years else "")


# the words that set a figure against the current one, right before it ("compared with", "up from", "versus")
_COMPARAND_BEFORE = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|(?:up|down)\s+from|versus|vs\.?|against)\s+"
                               r"(?:(?:about|approximately|roughly|some)\s+)?(?:[$€£]|[A-Z]{3}\s?)?$")
# the period before named without its year: "in the same quarter last year", "a year earlier", "the prior-year period"
_PRIOR_PERIOD = re.compile(r"(?i)\blast\s+year\b|\b(?:a|one)\s+year\s+(?:earlier|before|ago)\b|\byear[- ]ago\b|"
                           r"\b(?:the\s+)?(?:prior|previous|preceding)[- ]year\b|\b(?:the\s+)?(?:prior|previous|preceding)\s+"
                           r"(?:fiscal\s+)?(?:year|quarter|period)\b")


def _base_year(year: int) -> re.Pattern[str]:
    """The year a change's own clause compares with: "... than the 35.9 million of 2023", "up from $4.1 billion in
    2023", "since 2023", "compared with 2023" (right after the figure, no clause break between)."""
    return re.compile(rf"(?i)^[^.;]{{0,12}}?\b(?:than|from|since|against|versus|compared\s+(?:with|to)|on)\b[^.;\d]{{0,40}}"
                      rf"(?:[$€£]?\s?\d[\d,.]*\s?(?:%|[a-z]+)?[^.;\d]{{0,25}})?\b{year}\b")


_FRACTION_OF = re.compile(r"(?i)\b(?:a\s+|one[- ])?(?:half|third|quarter|fifth|tenth)\s+of\s+((?:the\s+|its\s+|their\s+|"
                          r"all\s+|[A-Z][\w.-]*['’]s\s+)?(?:[\w'’-]+\s+){0,2}?)$")
_SHARE_BASE = re.compile(r"(?i)\d(?:\.\d+)?\s?(?:%|percent)\s+of\s+((?:its|the|their|our|his|her)?\s*(?:[\w'’-]+\s+){0,4}?)"
                         r"(?:of|at|worth|totall?ing)\s+(?:about\s+|some\s+|around\s+|roughly\s+)?$")


_SCALE_WORD = re.compile(r"(?i)\b(thousands?|millions?|billions?|trillions?|mn|bn)\b")
_CURRENCY_WORD = re.compile(r"(?i)^(?:[$€£¥]|US\$|EUR|USD|GBP|JPY|CHF|CNY|SEK|NOK|DKK|CAD|AUD|INR|KRW)$")


def _at_scale(cell: str, unit: str) -> str | None:
    """A table cell written with the scale its table states once ("738" under "(thousand units)" -> "738 thousand
    units", "412" under "(EUR million)" -> "EUR 412 million"); None when the unit states no scale. Rule: a cell of a
    table in thousands or millions is never shown as a bare number, which reads as units."""
    scale = _SCALE_WORD.search(unit)
    if scale is None or not re.fullmatch(r"\(?-?[\d.,]+\)?", cell.strip()):
        return None
    word = {"mn": "million", "bn": "billion"}.get(scale.group(1).lower(), scale.group(1).lower().rstrip("s"))
    rest = [w for w in re.findall(r"[^\s,;]+", unit[: scale.start()] + " " + unit[scale.end() :])
            if w.lower() not in ("in", "of", "the")]
    money = [w for w in rest if _CURRENCY_WORD.match(w)]
    after = [w for w in rest if w not in money]
    return " ".join([*money, cell.strip(), word, *after])


def _one_kind(a: str, b: str) -> bool:
    """Are two figures (each with the words right after it) of one kind: both percentages, both money, both points
    or both plain? Only such two are a range ("$15 billion to $17 billion", "8% to 10%")."""
    def kind(x: str) -> str:
        if re.match(r"(?i)[^a-z]*\d[\d.,]*\s*(?:basis\s+|percentage\s+)?(?:points?|bps|pp)\b", x):
            return "points"
        return "percent" if re.match(r"[^a-z]*\d[\d.,]*\s*(?:%|percent)", x, re.I) else "money" if _MONEY.search(x[:6]) else "plain"
    return kind(a) == kind(b)


def _year_attached(text: str, end: int) -> set[int]:
    """The year a figure is dated to right after it ("110,000 by 2030", "$7.9 billion in 2023", "80 GWh at the end
    of 2025", "2.4 million e-scooters (electric) in 2024": a parenthesis naming the thing counted goes between),
    or an empty set. A full date counts as its year: "compared with 23 ships at November 30, 2024", "$135.4 billion at
    December 31, 2021" are that year-end's figures."""
    m = re.match(r"\s*(?:(?:[A-Za-z/-]+|\([^()]{1,40}\))\s+){0,6}?(?:(?:in|by|for|at\s+the\s+end\s+of|as\s+of|during|of)\s+"
                 rf"(?:fiscal\s+|FY\s?)?|(?:at|on|as\s+(?:of|at)|ended|ending)\s+{_MONTH_DAY})((?:19|20)\d\d)\b",
                 text[end : end + 70])
    return {int(m.group(1))} if m else set()


_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“(]?[A-Z])")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence of ``text`` (a quote may join several) holding offset ``at`` starts."""
    return max([0, *(m.end() for m in _SENTENCE_GAP.finditer(text) if m.end() <= at)])


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` (a quote may join several) that holds offset ``at``."""
    lo = _sentence_start(text, at)
    hi = min((m.end() for m in _SENTENCE_GAP.finditer(text) if m.end() > at), default=len(text))
    return text[lo:hi]


def _dated_setting(text: str) -> tuple[int, int] | None:
    """The year of a full date opening a sentence as its setting ("At June 30, 2025, ...", "As of March 31, 2024 we
    ...") and where the setting stops dating its figures: at the first figure compared with ("compared with", "versus",
    "up from", "from"), which is another period's. None when the sentence opens otherwise."""
    m = re.match(rf"\s*(?:at|as\s+(?:of|at)|on)\s+{_MONTH_DAY}((?:19|20)\d\d)\b", text, re.I)
    if m is None:
        return None
    other = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|against|up\s+from|down\s+from|from|than)\b").search(text, m.end())
    return int(m.group(1)), other.start() if other else len(text)


# the month and day of a full date, before its year ("November 30, ", "31 December ")
_MONTH_DAY = (r"(?:" + MONTH_TITLE + r"\s+\d{1,2},?\s+|"
              r"\d{1,2}\s+" + MONTH_TITLE + r",?\s+)")


def _place_after(text: str, end: int) -> str | None:
    """The place a figure is given for right after it ("EUR 24,500 in Belgium", "GBP 19,800 in the United Kingdom"),
    or None. Rule: in a sentence giving one figure per place, a figure's place is the one its own "in <place>" names,
    not the one named before it (the previous figure's)."""
    m = re.match(r"\s*(?:[a-z]+\s+){0,2}?(?:in|for|across)\s+(?:the\s+)?", text[end : end + 40])
    if m is None:
        return None
    at = end + m.end()
    for key, rx in _REGIONS.items():
        if re.match(rf"(?:{rx})\b", text[at:]):
            return key
    w = re.match(r"([A-Z][a-z]+)\b", text[at:])
    return w.group(1).lower() if w and w.group(1).lower() in _COUNTRIES else None


def _place_before(text: str, at: int) -> str | None:
    """The last place named before position ``at`` of a sentence (its figures' subject), or None. A quote joining
    several sentences is read from the start of the figure's own sentence: "... German business travel is still weak.
    ... For 2029 it expects revenue of EUR 36.8 billion" is not Germany's figure. GENERAL rule (session 31, #11): a
    place named in an earlier sentence is no subject of a later sentence's figure."""
    best, where = None, -1
    lo = _sentence_start(text, at)
    for key, rx in _REGIONS.items():
        for m in re.finditer(rf"\b(?:{rx})\b", text[lo:at]):
            if m.start() > where:
                best, where = key, m.start()
    for m in re.finditer(r"\b([A-Z][a-z]+)\b", text[lo:at]):
        key = _REGION_ADJ.get(m.group(1).lower()) or (m.group(1).lower() if m.group(1).lower() in _COUNTRIES else None)
        if key and m.start() > where:
            best, where = key, m.start()
    return best


_POINTS_BACK = re.compile(r"(?i)^\s*(?:this|these|that|those|such)\b")


def _antecedent(c: Candidate, page: str) -> int | None:
    """Where the sentence a quoted sentence refers back to starts on its page: a sentence opening with "The
    increase/decrease/decline ..." or "This/These ..." is shown with the sentence before it, which says what changed
    and by how much ("Gross margin rose to 41.2% from 40.1%. The increase reflected lower markdowns"); None when it
    does not refer back or the sentence before is not found just before it."""
    if c.kind != "sentence" or not c.before or not page or not (_CHANGE_ANAPHOR.match(c.text) or _POINTS_BACK.match(c.text)):
        return None
    words = c.before.split()
    rx = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = [m for m in rx.finditer(page, max(0, c.start - len(c.before) - 200), c.start)]
    if not found or page[found[-1].end() : c.start].strip():
        return None
    return found[-1].start()


def _strip_bullet(item: str) -> str:
    return _BULLET.sub("", item).strip()


# a total's breakdown following it: "1,210 stores, of which 904 were company-owned and 306 were licensed"
_BREAKDOWN = re.compile(r"(?i)^[^,;.\d]{0,40},?\s*(?:of\s+which|including)\s+")
_BREAKDOWN_ITEM = re.compile(r"(?i),(?!\d)\s*(?:and\s+)?|\s+and\s+|;")


def _set_aside_breakdown(question: str, text: str, found: list) -> list:
    """The figures left when the question sets a kind aside ("rather than", "as opposed to": ``gates._RATHER``) and
    the sentence breaks a total down into kinds, one of them the set-aside kind ("1,210 stores, of which 904 were
    company-owned and 306 were licensed" for "how many did it run itself, as opposed to through licensees"). Rule: the
    total counts the set-aside kind, so it is not the figure asked; nor is the set-aside kind's own item; the other
    items' figures are left. A sentence with no such breakdown is left as it is."""
    aside = _stems({w for m in _RATHER.finditer(question) for w in content_words(m.group(1))} - _AFTER_SET_ASIDE)
    if not aside:
        return found
    for n in parse_numbers(text):
        if not n.is_claim:
            continue
        end = n.end
        lead = _BREAKDOWN.match(text[end:])
        if lead is None:
            continue
        tail_start = end + lead.end()
        tail_end = min((i for i in (text.find(";", tail_start), text.find(". ", tail_start)) if i >= 0), default=len(text))
        # the items: from each break to the next ("904 were company-owned", "306 were licensed")
        cuts = [tail_start, *(m.end() for m in _BREAKDOWN_ITEM.finditer(text, tail_start, tail_end)), tail_end]
        spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
        set_aside = [(a, b) for a, b in spans if _stems(content_words(text[a:b])) & aside]
        if not set_aside:
            continue
        # a word of the set-aside kind in an item ("214 franchisees"): every figure of that item is the kind's own
        return [g for g in found if tail_start <= g[1] < tail_end and not any(a <= g[1] < b for a, b in set_aside)]
    return found
