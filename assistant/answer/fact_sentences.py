"""The sentences of a facts-path answer and the ``Answer`` they make (``_answer``, each figure cited to its row):
a value as shown (``_value_text``, ``_per_share_text``), the inputs and sums (``_input_sentences``, ``_sums_said``,
``_cited``), sources that disagree (``_conflict_notes``), a metric's and a calculation's answer (``_metric_answer``,
``_calc_answer``), a calculation withdrawn (``_withdrawn``, ``withdrawn_answer``) and the note on how a filer names
its year (``with_naming_note``). Reads no other module of the facts path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..finance import formulas as calc
from ..finance.combined import SumFact
from ..finance.formulas import CalcResult, Withdrawn, amount, fmt
from ..finance.registry import MAGNITUDE_METRICS, TITLES
from ..finance.select import Pick
from ..query.intent import Request
from ..types import Answer, Citation, Fact, InputFigure, SentenceCheck, Subject, Verification


def _cited(inputs: Sequence[Fact]) -> list[Fact]:
    """The rows an answer cites for its inputs: a sum's parts, each on its own."""
    return list(dict.fromkeys(p for f in inputs for p in (f.parts if isinstance(f, SumFact) else (f,))))


def _sums_said(inputs: Sequence[Fact]) -> str:
    """How each summed input was added up: "; depreciation and amortisation = "Depreciation" + "Amortization
    of intangible assets": 512 million + 143 million = 655 million"."""
    out = ""
    for f in inputs:
        if isinstance(f, SumFact):
            labels = " + ".join(f'"{p.label}"' for p in f.parts)
            values = " + ".join(calc.in_scale_of(amount(p), p) for p in f.parts)
            out += f"; {TITLES.get(f.metric or '', f.metric)} = {labels}: {values} = {calc.in_scale_of(amount(f), f)}"
    return out


def _withdrawn(question: str, req: Request, title: str, failed: tuple[Fact, str]) -> Answer:
    """A calculation taken back because one of its inputs did not hold on its page: which one, and why."""
    f, why = failed
    text = (f"The {title} for {req.company} ({req.period}) is withdrawn: an input failed its check. {why} [1].")
    check = SentenceCheck(text=text, citations=(1,), supported=True, reason="withdrawn")
    return Answer(question=question, text=text, citations=[_citation(1, f)], refused=True, mode="refused",
                  verification=Verification(supported=True, sentences=(check,)), subject=title,
                  about=_about(req, title))


def withdrawn_answer(question: str, company: str | None, period: str | None, title: str, w: Withdrawn) -> Answer:
    """A calculation taken back because an input cannot be relied on: which one, why, and every rival row
    cited so the user sees each value where it is printed (no computed figure, no verdict)."""
    facts = list(dict.fromkeys(w.facts))
    markers = "".join(f"[{i + 1}]" for i in range(len(facts)))
    who = f" for {company}" if company else ""
    when = f" ({period})" if period else ""
    text = f"The {title}{who}{when} is withdrawn: an input cannot be relied on. {w.reason} {markers}."
    check = SentenceCheck(text=text, citations=tuple(range(1, len(facts) + 1)), supported=True, reason="withdrawn")
    return Answer(question=question, text=text, citations=[_citation(i + 1, f) for i, f in enumerate(facts)],
                  refused=True, mode="refused", verification=Verification(supported=True, sentences=(check,)),
                  subject=title, about=Subject(company, period))


def _value_text(f: Fact, scale: float | None, word: str, magnitude: bool = True) -> str:
    v = amount(f) if magnitude else f.absolute
    if f.unit == "%":
        return f"{calc.pct(f.value)}"
    if f.unit.endswith("/share"):
        return f"${v:,.2f} per share"
    if f.unit == "shares":
        s, w = (scale, word) if scale else (f.scale or 1.0, calc.SCALE_WORDS.get(f.scale, ""))
        return f"{v / s:,.1f} {w} shares".replace("  ", " ")
    s = scale or f.scale or 1.0
    w = word if scale else calc.SCALE_WORDS.get(s, "")
    num = v / s
    text = f"{num:,.0f}" if float(num).is_integer() else f"{num:,.2f}" if abs(num) < 100 else f"{num:,.1f}"
    code = f.currency or (f.unit if re.fullmatch(r"[A-Z]{3}", f.unit or "") else "")
    sym = "$" if code == "USD" else f"{code} " if code else ""  # "KRW 66.19 trillion" from a report table
    unit = f" {f.unit}" if f.unit and not code and f.unit not in ("%", "x") else ""  # "176 TWh"
    neg = text.startswith("-")
    return f"{'-' if neg else ''}{sym}{text.lstrip('-')}{(' ' + w) if w else ''}{unit}"


def _citation(n: int, f: Fact) -> Citation:
    return Citation(n=n, doc=f.doc, source=f.source, page=f.page, quote=f.quote, score=1.0)


def _possessive(company: str) -> str:
    return f"{company}'" if company.endswith("s") else f"{company}'s"


def input_figures(facts: Sequence[Fact]) -> tuple[InputFigure, ...]:
    """The inputs of an answer as data: each row's label, period, amount, unit, document and page."""
    return tuple(InputFigure(f.label, f.period, f.absolute, f.unit, f.doc, f.page) for f in facts)


def _answer(question: str, sentences: list[tuple[str, tuple[int, ...]]], facts: list[Fact], mode: str,
            subject: str, *, inputs: Sequence[Fact] = (), about: Subject | None = None) -> Answer:
    """The Answer: ``facts`` are cited [1], [2], ... in order; ``inputs`` (the figures the answer uses, not the
    disagreeing ones cited beside them) and ``about`` (company and period) go to ``Answer.inputs`` / ``.about``."""
    text = " ".join(s for s, _ in sentences)
    checks = tuple(SentenceCheck(text=s, citations=c, supported=True) for s, c in sentences)
    return Answer(question=question, text=text, citations=[_citation(i + 1, f) for i, f in enumerate(facts)],
                  verification=Verification(supported=True, sentences=checks), mode=mode, subject=subject,
                  about=about, inputs=input_figures(inputs))


def _about(req: Request, title: str = "") -> Subject:
    """The company and period of a request; a title's "(FY2020 to FY2022)" is the period of a change."""
    span = re.search(r"\(((?:FY|Q)[^()]*\bto\b[^()]*)\)$", title)
    return Subject(req.company, span.group(1) if span else req.period)


def _conflict_notes(picks: Sequence[Pick | None], first_n: int) -> tuple[list[tuple[str, tuple[int, ...]]], list[Fact]]:
    """Sentences saying which sources disagree, each disagreeing figure cited so its number can be checked."""
    sentences: list[tuple[str, tuple[int, ...]]] = []
    facts: list[Fact] = []
    for p in picks:
        if p is None or not p.others:
            continue
        for o in p.others:
            facts.append(o)
            n = first_n + len(facts) - 1
            sentences.append((f"Sources disagree: {o.doc} reports \"{o.label}\" as {fmt(o.value)} [{n}], "
                              "which this answer does not use.", (n,)))
    return sentences, facts


def _per_share_text(f: Fact) -> str:
    """A per-share amount as printed: two decimals, more when the filer prints more ("$0.0025 per share")."""
    v = abs(f.value)
    decimals = next((d for d in range(2, 5) if abs(round(v, d) - v) < 1e-9), 4)
    return f"${v:,.{decimals}f} per share"


def _per_share_said(ps: Fact) -> str:
    """'the quarterly dividend for FY2023 was $0.61 per share' / '"Dividends declared per share" for FY2022 was
    $2.20 per share': the filer's own label for a row, the kind of dividend for a sentence."""
    amount_text = _per_share_text(ps)
    name = f"the {ps.label}" if ps.kind == "sentence" else f"\"{ps.label}\""
    return f"{name} for {ps.period} was {amount_text}"


def _per_share_sentences(per_share: Sequence[Fact], first_n: int, lead: str = "Per share, "
                         ) -> list[tuple[str, tuple[int, ...]]]:
    """One sentence per per-share amount, in the filer's own words: the row's label, or the sentence quoted."""
    out = []
    for i, ps in enumerate(per_share):
        n = first_n + i
        said = _per_share_said(ps)
        if ps.kind == "sentence":
            out.append((f"{lead}{said} [{n}]: \"{' '.join(ps.quote.split())}\"", (n,)))
        else:
            out.append((f"{lead}{said} [{n}].", (n,)))
    return out


def _metric_answer(question: str, req: Request, pick: Pick | None, per_share: Sequence[Fact] = (),
                   title: str | None = None) -> Answer | None:
    """The figure, cited; for "has it paid dividends?" the payment decides ("Yes" only on a non-zero payment
    row, or on a per-share dividend the filing states for the period) and the per-share amount of the period is
    added beside the total paid."""
    if pick is None:  # "has it paid dividends?" with no payment row for the period: the per-share amount decides
        if not (req.paid and per_share):
            return None
        ps = per_share[0]
        within = "" if ps.period == req.period else f" (the year that includes {req.period})"
        said = _per_share_said(ps).replace(f" for {ps.period} ", f" for {ps.period}{within} ", 1)
        head = f"Yes: {_possessive(req.company)} {said.removeprefix('the ')} [1]."
        how = (f"The filing says [1]: \"{' '.join(ps.quote.split())}\"" if ps.kind == "sentence"
               else f"Reported as \"{ps.label}\" [1].")
        return _answer(question, [(head, (1,)), (how, (1,)), *_per_share_sentences(per_share[1:], 2, "Also, ")],
                       list(per_share), "facts", "dividend per share", inputs=list(per_share), about=_about(req))
    f = pick.fact
    title = title or TITLES.get(f.metric or "", (f.metric or f.label).replace("_", " "))
    if isinstance(f, SumFact):  # one item printed as several rows: the sum, with each row cited
        parts = list(f.parts)
        markers = "".join(f"[{i + 1}]" for i in range(len(parts)))
        all_n = tuple(range(1, len(parts) + 1))
        head = f"{_possessive(req.company)} {title} for {req.period} was {_value_text(f, req.scale, req.scale_word)} {markers}."
        how = f"Formula: {title} = sum of its rows{_sums_said([f])} {markers}."
        return _answer(question, [(head, all_n), (how, all_n), *_input_sentences(parts)], parts, "calc", title,
                       inputs=parts, about=_about(req))
    value = _value_text(f, req.scale, req.scale_word)
    sent = f"{_possessive(req.company)} {title} for {req.period} was {value} [1]."
    if req.paid:
        if f.value == 0:
            return None  # a zero row may be a column of dashes; "no" is not claimed from it
        sent = f"Yes: {sent}"
    sentences = [(sent, (1,))]
    detail = f"Reported as \"{f.label}\""  # the citation carries the document and page
    if f.metric in MAGNITUDE_METRICS and f.value < 0:
        detail += (f" (printed as {fmt(abs(f.value))} in parentheses beside figures of the other sign: a benefit, "
                   f"the cost negative that period)" if calc.signed(f)
                   else f" (printed as {fmt(abs(f.value))} in parentheses: an outflow or cost)")
    sentences.append((detail + " [1].", (1,)))
    cited = [f]
    if req.paid and per_share:
        sentences += _per_share_sentences(per_share, len(cited) + 1)
        cited += list(per_share)
    notes, others = _conflict_notes([pick], len(cited) + 1)
    return _answer(question, sentences + notes, [*cited, *others], "facts", title, inputs=cited, about=_about(req))


def _input_sentences(inputs: Sequence[Fact]) -> list[tuple[str, tuple[int, ...]]]:
    """One sentence per input, in the row's own words, so each figure is checked against its own row."""
    return [(f"Input: \"{f.label}\", {f.period}: {_value_text(f, None, '')} [{i + 1}].", (i + 1,))
            for i, f in enumerate(inputs)]


def _unrounded(shown: str, expression: str) -> str:
    """The headline's amount said once more in the formula when the expression rounds it otherwise (an amount asked
    "in USD millions" is shown to a tenth, "1,070.8 million", while the expression writes "1,071 million"): the
    headline's figure is the formula's result and is checked against it."""
    digits = re.sub(r"[^\d.]", "", shown.split(" ")[0])
    said = {float(t) for t in re.sub(r"[^\d. ]", "", expression).split() if re.fullmatch(r"\d+(?:\.\d+)?", t)}
    if not digits or float(digits) in said:
        return ""
    return f" (unrounded: {shown.lstrip('-')})"


def _calc_answer(question: str, req: Request, title: str, r: CalcResult, picks: Sequence[Pick | None] = ()) -> Answer:
    cited = _cited(r.inputs)
    markers = "".join(f"[{i + 1}]" for i in range(len(cited)))
    if r.unit == "USD":
        scale = req.scale or r.inputs[0].scale or 1.0
        word = req.scale_word or calc.SCALE_WORDS.get(scale, "")
        sign = "-" if r.value < 0 else ""
        shown = f"{sign}${abs(r.value) / scale:,.1f}{(' ' + word) if word else ''}"
    else:
        shown = fmt(r.value, r.unit)
    when = "" if "(" in title else f" for {req.period}"
    head = f"{_possessive(req.company)} {title}{when} was {shown} {markers}."
    if req.direction and r.value != 0:
        head = f"{'Yes' if (r.value > 0) == (req.direction > 0) else 'No'}: {head}"
    name = re.sub(r"\s*\([^)]*\)$", "", title)  # "revenue CAGR (FY2020 to FY2022)" -> "revenue CAGR"
    how = (f"Formula: {name} = {r.formula}; {r.expression}{_sums_said(r.inputs)}{_unrounded(shown, r.expression)} "
           f"{markers}.")
    if r.definition:
        how += f" Uses {r.definition}."
    all_n = tuple(range(1, len(cited) + 1))
    sentences = [(head, all_n), (how, all_n)]
    sentences += _input_sentences(cited)
    notes, others = _conflict_notes(picks, len(cited) + 1)
    return _answer(question, sentences + notes, [*cited, *others], "calc", title, inputs=cited,
                   about=_about(req, title))


def with_naming_note(ans: Answer | None, said: Fact | None, period: str) -> Answer | None:
    """The answer with one sentence saying how the company names the asked year, citing the filing's sentence
    (mia's FY label is the closing year; the question used the company's name for it)."""
    if ans is None or said is None:
        return ans
    n = max((c.n for c in ans.citations), default=0) + 1
    year = int(re.search(r"\d{4}", period).group()) if re.search(r"\d{4}", period) else None
    if year == said.fiscal_year:
        # a quarter or another part of the year ("Q4 2023") is a period of that year, never the year itself
        what = "the year" if period.startswith("FY") else "a period of the year"
        note = (f"{period} here is {what} that closed in {said.fiscal_year}, which the company calls fiscal "
                f"{int(said.value)} [{n}]: \"{said.quote}\"")
        # General rule (session 30, #10): a shifted answer that shows other fiscal years too (a change, a pair of
        # balances asked in the company's names) says they are named the same way, so that its earlier year is not
        # read as the company's year of that name; said without years of its own, which the filer's sentence
        # pairing one name with one date would not support
        if re.search(rf"\bFY(?!{year}\b)\d{{4}}\b", ans.text):
            note += (f". Every other fiscal year shown is named the same way, by the calendar year it closed in, "
                     f"a year after the company's name for it [{n}].")
    else:
        note = (f"mia names a fiscal year by the calendar year it closed in; the company names it by the year it "
                f"began, as it says [{n}]: \"{said.quote}\"")
    check = SentenceCheck(text=note, citations=(n,), supported=True)
    sentences = tuple(ans.verification.sentences) + (check,) if ans.verification else (check,)
    return replace(ans, text=f"{ans.text} {note}", citations=[*ans.citations, _citation(n, said)],
                   verification=Verification(supported=ans.verification.supported if ans.verification else True,
                                             sentences=sentences))
