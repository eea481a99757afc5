"""Everything that decides whether a sentence may be shown.

- ``verify``: each sentence of a draft against its cited sources (the rules below);
- ``attribute_uncited``, ``reflow``, ``tidy`` (fragments, repeats, copied rows, another subject, too many
  sentences), ``poor`` / ``answers_question`` (is what survived an answer?), ``draft_should_stop``;
- ``check_facts_answer``: the same checks for an answer of the facts path;
- ``renumber``, ``with_checks``, ``describe_shown``: the ``Verification`` that describes the shown text.

The checks verify that an answer says only what its cited sources say.

Rules, per sentence of the answer:
- it must cite at least one source that exists (``[1]``, ``[1, 2]``, ``[1][2]``);
- every number in it that is a claim must appear in one of the cited sources, after normalisation;
- it must share at least one content word with its cited sources (catches "Sure! [1]"-style filler);
- each number must be found in a context that names what the sentence names (see "Entities" below).

Entities: a number alone proves little ("$26.3 billion" is Amazon's figure, not Microsoft's). The proper nouns of
a sentence (company and product names: capitalised words that are not months, "Q4"/"FY"/"H1" tokens or a
sentence's first word when the sources also write that word in lower case) must each appear, case-insensitively,
in the context of a source sentence or table row that holds the number: that sentence/row itself, the sentence
before it in the same source, the heading lines just above it (a table's caption, a section title) or the
source's header (document name, company, title; passed in by the caller). So "3M's capital expenditure was
$1,577 million [1]" is supported by the row "Purchases of property, plant and equipment (1,577)" of a source whose
header says "3M_2018_10K, 3M", while "Microsoft spent $26.3 billion [1]" is not supported by "Amazon spent the
most: its cash capital expenditure was $26.3 billion".

Periods: a number is also checked with what it is about (``text/bindings.py``). Each figure of a source is tied
to its period (a table column from its header, the year written beside it in prose: "$12.6 billion in 2024, up
94% from $6.5 billion in 2023") and, in a table, to its row or column; each figure of the answer sentence to the
period the sentence gives it. A sentence whose figure appears in its cited sources only for another period
("AMD's Data Center revenue was $12.6 billion in 2023") is dropped ("number said of another period"), and so is
one whose table figure sits in another company's row or column. A quarter's figure never supports a year's.

Numbers are normalised to a float in base units: "$1.2 billion" = "1,200 million" = "$1,200M" = 1.2e9;
"12%" = "12 percent" = "12.0%". Support is **sign-insensitive**: filings print outflows as "(1,577)" while prose
says "used $1,577 million" or "decreased by 1,577", so "(1,577)" in a source supports 1,577 or -1,577 in the
answer. A number written with fewer significant digits (at least two) supports the rounded form: a source's
"1,577" million supports "$1.6 billion" and "$1.58 billion", but never "$2 billion". When a source has a scale
marker ("(in millions)", "in thousands") its plain numbers are also read at that scale, so "1,577" in a table
"(in millions)" supports "$1,577 million" and "$1.577 billion". Callers may also pass scale hints per source.

Not claims: years (1900-2100 with no currency, unit, comma or decimals), ``[n]`` markers, ordinal list numbers
("1." / "2)" at the start of a line, "1st"), numbers glued to letters ("Q3", "FY2018", "10-K", "3M"), and
reference numbers ("Item 7", "Note 12", "page 4").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..query.intent import asks_for_number, is_yes_no
from ..text.bindings import Bound, bind_numbers, period_of_claims, supported_for_period
from ..text.months import MONTH_ABBR
from ..text.names import lowercase_words, name_words, named_entities
from ..text.numbers import Num, claims, numbers_match, parse_numbers, scale_markers, supported_by
from ..text.periods import quarters_ahead, shift_quarter_names
from ..text.sentences import cited, content_words, is_heading, sentence_spans, split_sentences
from ..types import Answer, SentenceCheck, Verification
from .context import Source, about
from .quotes import candidate_spans

# ------------------------------------------------------------------------------------------------- numbers


# ----------------------------------------------------------------------------------------------- sentences


# --------------------------------------------------------------------------------------------- content words


# ------------------------------------------------------------------------------------------------ entities


def _contexts(source: str) -> list[tuple[int, int, str]]:
    """(start, end, context) for each sentence/row of ``source``: the sentence before it and the heading
    lines just above it, where the subject of a sentence or row is often named."""
    spans = candidate_spans(source)
    prose = sentence_spans(source, split_lines=False)
    out = []
    for a, b in spans:
        before = [source[pa:pb] for pa, pb in prose if pb <= a]
        prev = before[-1] if before else ""
        heads = []
        line_start = source.rfind("\n", 0, a)
        while line_start > 0:
            prev_start = source.rfind("\n", 0, line_start) + 1
            line = source[prev_start:line_start].strip()
            if line and is_heading(line):
                heads.append(line)
            elif line and not (claims(line) and len(line.split()) <= 16):
                break  # prose: the table or section began below it
            if len(heads) >= 3:
                break
            line_start = prev_start - 1
        out.append((a, b, " ".join([prev, *heads])))
    return out


# ------------------------------------------------------------------------------------------------- verify


def verify(
    answer_text: str,
    sources: Mapping[int, str],
    scales: Mapping[int, Iterable[float]] | None = None,
    headers: Mapping[int, str] | None = None,
) -> Verification:
    """Check each sentence of ``answer_text`` against the sources it cites (``sources``: n -> passage text;
    ``headers``: n -> what the source is, e.g. "3M_2018_10K, 3M, 2018 Form 10-K", where its subject is named)."""
    scales = scales or {}
    headers = headers or {}
    cache: dict[int, _Source] = {}
    checks: list[SentenceCheck] = []
    for sentence in split_sentences(answer_text):
        checks.append(_check(sentence, sources, scales, headers, cache))
    unsupported = tuple(n for c in checks for n in c.unsupported_numbers)
    dropped = tuple(c.text for c in checks if not c.supported)
    ok = bool(checks) and not dropped
    return Verification(supported=ok, sentences=tuple(checks), unsupported_numbers=unsupported, dropped=dropped)


@dataclass
class _Source:
    text: str
    header: str
    scales: set[float]
    vocab: set[str]
    names: set[str]
    contexts: list[tuple[int, int, str]]
    units: list[tuple[int, int]]  # its sentences and table rows: where figures are stated together
    _bounds: list[Bound] | None = None

    @property
    def bounds(self) -> list[Bound]:
        """Its figures with their periods (and table rows/columns), computed when first needed."""
        if self._bounds is None:
            self._bounds = bind_numbers(self.text)
        return self._bounds


def _units(text: str) -> list[tuple[int, int]]:
    rows = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if not _SENTENCE_BREAK.search(m.group())]
    return [*sentence_spans(text, split_lines=False), *rows]


def _source(n: int, sources, scales, headers, cache) -> _Source:
    if n not in cache:
        text = sources[n]
        cache[n] = _Source(text, headers.get(n, ""), {1.0, *scale_markers(text), *scales.get(n, ())},
                           lowercase_words(text), name_words(text, headers.get(n, "").replace("_", " ")),
                           _contexts(text), _units(text))  # fmt: skip
    return cache[n]


def _mentions(context: str, entities: Iterable[str]) -> bool:
    low = context.lower().replace("_", " ")
    return all(re.search(rf"(?<![\w&]){re.escape(e.replace('_', ' '))}(?![\w&])", low) for e in entities)


def _supported_in_context(claim: Num, entities: set[str], src: _Source) -> bool:
    """Is ``claim`` in a sentence/row of ``src`` whose context names every one of ``entities``?"""
    for a, b, around in src.contexts:
        span = src.text[a:b]
        if not any(numbers_match(claim, x, src.scales) for x in parse_numbers(span)):
            continue
        missing = {e for e in entities if not _mentions(span, [e])}
        if not missing or _mentions(f"{around} {src.header}", missing):
            return True
    return False


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[A-Z]")  # a line holding two sentences is prose, not a row


_YEAR_TOKEN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _stated_together(cl: Sequence[Num], src: "_Source", sentence: str = "") -> bool:
    """Are the sentence's figures in one sentence or row of the source, and, where that span (with the sentence
    before it and the headings above it) names years, are the sentence's years among them?"""
    years = set(_YEAR_TOKEN.findall(sentence))
    if len(cl) < 2 and not (cl and years):
        return True
    text = src.text
    around = {(a, b): ctx for a, b, ctx in src.contexts}
    for a, b in src.units:
        found = parse_numbers(text[a:b])
        if not all(any(numbers_match(c, x, src.scales) for x in found) for c in cl):
            continue
        local = set(_YEAR_TOKEN.findall(f"{text[a:b]} {around.get((a, b), '')}"))
        if not local or years <= local:
            return True  # the span names the claim's years, or names no year at all (a row under its header)
    return False


def _other_period(sentence: str, srcs: Sequence[_Source], entities: set[str]) -> tuple[str, ...]:
    """The figures of ``sentence`` that its cited sources state only for another period (or, in a table, only
    in another company's row or column) than the one the sentence gives them."""
    wrong = []
    for claim, period in period_of_claims(sentence):
        if period is None and not entities:
            continue
        if not any(
            supported_for_period(claim, period, entities, src.bounds,
                                 lambda c, x, src=src: numbers_match(c, x, src.scales), _mentions, src.header)
            for src in srcs
        ):
            wrong.append(claim.raw)
    return tuple(wrong)


def _check(
    sentence: str,
    sources: Mapping[int, str],
    scales: Mapping[int, Iterable[float]],
    headers: Mapping[int, str] | None = None,
    cache: dict[int, _Source] | None = None,
) -> SentenceCheck:
    headers = headers or {}
    cache = {} if cache is None else cache
    refs = cited(sentence)
    nums = tuple(n.raw for n in claims(sentence))
    if not refs:
        return SentenceCheck(sentence, (), False, nums, "no citation")
    known = [n for n in refs if n in sources]
    if len(known) < len(refs):
        missing = ", ".join(f"[{n}]" for n in refs if n not in sources)
        return SentenceCheck(sentence, refs, False, nums, f"cites a source that does not exist: {missing}")
    texts = [sources[n] for n in refs]
    missing_nums = tuple(
        c.raw
        for c in claims(sentence)
        if not any(supported_by(c, sources[n], scales.get(n, ())) for n in refs)
    )
    if missing_nums:
        return SentenceCheck(sentence, refs, False, missing_nums, "number not in cited source")
    srcs = [_source(n, sources, scales, headers, cache) for n in refs]
    if len(refs) == 1 and not _stated_together(claims(sentence), srcs[0], sentence):
        # a small model stitches figures from different sentences into one wrong claim ("$115.2 billion, up
        # 142% from $60.9 billion"): the figures of a sentence citing one source must appear in one of its
        # sentences or rows
        return SentenceCheck(sentence, refs, False, nums, "figures not stated together in the cited source")
    vocab = set().union(*(x.vocab for x in srcs))
    every = [_source(n, sources, scales, headers, cache) for n in sources]
    names = set().union(*(x.names for x in every)) if every else set()
    entities = named_entities(sentence, vocab, names)
    if entities:
        wrong = tuple(c.raw for c in claims(sentence) if not any(_supported_in_context(c, entities, x) for x in srcs))
        if wrong:
            names = ", ".join(sorted(entities))
            return SentenceCheck(sentence, refs, False, wrong, f"number not said of {names} in cited source")
    wrong = _other_period(sentence, srcs, entities)
    if wrong:
        return SentenceCheck(sentence, refs, False, wrong, "number said of another period in cited source")
    words = content_words(sentence)
    if not nums and words and not words & set().union(*(content_words(t) for t in texts)):
        return SentenceCheck(sentence, refs, False, (), "no words in common with cited source")
    if not nums and not words:
        return SentenceCheck(sentence, refs, False, (), "nothing to check")
    return SentenceCheck(sentence, refs, True, (), "")


def shown_text(v: Verification) -> str:
    """The answer as shown: the sentences that passed, one paragraph."""
    return " ".join(c.text for c in v.sentences if c.supported)


# ------------------------------------------------------------------------------------------------- spans


def attribute_uncited(draft: str, sources: Sequence[Source], min_overlap: float = 0.6) -> str:
    """Give a source marker to each uncited sentence that one source plainly supports.

    Small base models often state a fact without its [n]. Such a sentence gets the marker of the first source
    that holds all of its numbers (it must hold at least one) or, for a sentence without numbers, at least
    ``min_overlap`` of its content words. Verification then checks it like any other; sentences that no source
    supports stay uncited and are dropped.
    """
    out = []
    for sentence in split_sentences(draft):
        if not cited(sentence):
            nums = claims(sentence)
            words = content_words(sentence)
            for src in sources:
                if nums:
                    ok = all(supported_by(n, src.text, src.scales) for n in nums)
                else:
                    ok = bool(words) and len(words & content_words(src.text)) / len(words) >= min_overlap
                if ok:
                    body = sentence.rstrip()
                    end = body[-1] if body[-1:] in ".!?" else ""
                    sentence = f"{body[: len(body) - len(end)].rstrip()} [{src.n}]{end}"
                    break
        out.append(sentence)
    return "\n".join(out)


MAX_SENTENCES = 3  # the prompt asks for one; a few more may add a detail, the rest is the model copying on


_VERBISH = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|shall|should"
    r"|must|rose|fell|grew|spent|spend|spends|reach(?:es)?|says?|said|expects?|plans?|makes?|made|took|takes?|"
    r"gave|gives?|holds?|held|paid|pays?|cost|costs|accounts?|consumes?|uses?|leads?|led|brought|brings?|"
    r"earned|amounted|totall?ed|remains?|stands?|stood|came|comes?|carries|carry|falls?|rises?|grows?|"
    r"increases?|decreases?|declines?|represents?|estimates?|reports?|shows?|means?|[a-z]{3,}ed)\b"
)


_DANGLING = re.compile(r"(?:[$€£¥(\[,;:&/+\-–—]|\b(?:and|or|of|the|a|an|to|in|for|with|from|by|at|was|were))\s*$", re.I)


def reflow(draft: str) -> str:
    """The draft with wrapped lines joined: a base model copies its sources' line breaks mid-sentence, and a line
    break ends a sentence for ``split_sentences``. Rows, headings and list items keep their own lines."""
    lines = []
    for a, b in sentence_spans(draft, split_lines=False):
        lines.append(" ".join(draft[a:b].split()))
    return "\n".join(lines)


def _bare(sentence: str) -> str:
    return " ".join(re.sub(r"\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]", " ", sentence).split()).strip()


def fragment_reason(sentence: str) -> str:
    """Why ``sentence`` is not a sentence worth showing ("" when it is one)."""
    text = _bare(sentence).rstrip(".!? ")
    words = re.findall(r"[A-Za-z][A-Za-z&'’-]*", text)
    if len(words) < 4:
        return "fragment: too short"
    if _DANGLING.search(text) or text.count("(") != text.count(")"):
        return "fragment: unfinished"
    if not _VERBISH.search(text):
        numbers = claims(text) + [n for n in parse_numbers(text) if n.kind == "year"]
        return "copied table row" if numbers else "fragment: no verb"
    return ""


def _near_duplicate(a: str, b: str) -> bool:
    wa, wb = content_words(a), content_words(b)
    na, nb = {n.raw for n in claims(a)}, {n.raw for n in claims(b)}
    if not wa or not wb:
        return _bare(a).lower() == _bare(b).lower()
    return na == nb and len(wa & wb) / len(wa | wb) >= 0.8


def tidy(checks: Sequence[SentenceCheck], question: str, sources: Sequence[Source]) -> list[SentenceCheck]:
    """The checks with fragments, repeats, copied table rows, sentences about another subject than the
    question's and sentences beyond ``MAX_SENTENCES`` marked unsupported (with the reason)."""
    text = " ".join(s.text for s in sources)
    vocab, names = lowercase_words(text), name_words(text, *(s.about for s in sources), question)
    asked = named_entities(question, vocab, names)
    out: list[SentenceCheck] = []
    shown: list[str] = []
    for c in checks:
        if not c.supported:
            out.append(c)
            continue
        reason = fragment_reason(c.text)
        if not reason and any(_near_duplicate(c.text, prev) for prev in shown):
            reason = "repeats an earlier sentence"
        if not reason and asked:
            named = named_entities(c.text, vocab, names)
            if named and not named & asked:
                reason = "about another subject than the question"
        if not reason and len(shown) >= MAX_SENTENCES:
            reason = "beyond the sentences an answer needs"
        if reason:
            out.append(replace(c, supported=False, reason=reason))
        else:
            shown.append(c.text)
            out.append(c)
    return out


def poor(checks: Sequence[SentenceCheck], question: str) -> bool:
    """Is what survived too little to show? Nothing survived; it does not answer the question
    (``answers_question``); or the draft's first sentence, the answer proper, had a figure its sources do not
    bear out (what follows it is the model copying on, not the answer)."""
    kept = [c for c in checks if c.supported]
    if not kept or not answers_question(question, " ".join(c.text for c in kept)):
        return True
    return bool(checks) and not checks[0].supported and bool(checks[0].unsupported_numbers)


_CHOICE = re.compile(r"\b(\w+)\s+or\s+(\w+)\b", re.I)


_POLARITY = re.compile(r"\b(?:yes|no|not|never|neither|none)\b|n't\b", re.I)


def answers_question(question: str, text: str) -> bool:
    """Does ``text`` answer ``question`` rather than restate it? A small base model often echoes the question
    as a statement ("The main suppliers that Contoso has relied on in FY2021 [1]") or says something true but
    beside the point. So: a question asking for a figure needs a figure the question does not already hold; a
    yes/no question needs a yes or a no (a choice, "increase or decrease", needs one of the options); any other
    question needs some content words of its own."""
    asked = {n.value for n in claims(question)}
    new_figure = any(n.value not in asked for n in claims(_DATE.sub(" ", text)))  # "June 30" states no figure
    if is_yes_no(question):
        choice = _CHOICE.search(question)
        if choice and choice.group(1).lower() not in _STOP_CHOICE:
            options = [choice.group(1).lower()[:5], choice.group(2).lower()[:5]]
            said = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", text)}
            return sum(o in said for o in options) == 1  # one of them, not "increased or decreased"
        return bool(_POLARITY.search(text)) or new_figure
    if _PICK.search(question):  # "which segment ...?": naming one of the options the question lists is an answer
        return bool(content_words(text))
    if asks_for_number(question):
        return new_figure
    return bool(content_words(text) - content_words(question)) or new_figure


_STOP_CHOICE = {"and", "or", "the", "a", "an", "of", "to", "in"}


_PICK = re.compile(r"\b(?:which|who|whom)\b", re.I)


_DATE = re.compile(r"\b" + MONTH_ABBR + r"[a-z]*\.?\s+\d{1,2}\b(?:,?\s*\d{4})?",
                   re.I)


def _complete_sentences(text: str) -> list[str]:
    """The complete sentences of a draft so far (the last one counts once a sentence follows it)."""
    spans = sentence_spans(text, split_lines=False)
    done = spans if re.search(r"[.!?][\"'”’)]*\s*$|\n\s*$", text) else spans[:-1]
    return [_bare(text[a:b]).lower() for a, b in done]


def draft_should_stop(text: str) -> int | None:
    """Where to cut a base model's draft so far: before a sentence it has already written (greedy decoding
    loops), or after ``MAX_SENTENCES + 1`` complete sentences. None: let it go on."""
    spans = sentence_spans(text, split_lines=False)
    seen: set[str] = set()
    done = _complete_sentences(text)
    for i, (a, b) in enumerate(spans[: len(done)]):
        key = done[i]
        if key in seen:
            return a
        seen.add(key)
        if i + 1 > MAX_SENTENCES:
            return b
    return None


def renumber(checks: Sequence[SentenceCheck]) -> tuple[list[SentenceCheck], dict[int, int]]:
    """Supported sentences with their markers renumbered 1..m in order of first use; old -> new mapping."""
    mapping: dict[int, int] = {}
    for c in checks:
        for n in c.citations:
            mapping.setdefault(n, len(mapping) + 1)

    def fix(m: re.Match) -> str:
        return "".join(f"[{mapping[int(x)]}]" for x in re.findall(r"\d+", m.group(0)) if int(x) in mapping)

    out = [
        replace(c, text=re.sub(r"\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]", fix, c.text),
                citations=tuple(mapping[n] for n in c.citations))  # fmt: skip
        for c in checks
    ]
    return out, mapping


def describe_shown(ans: Answer) -> Answer:
    """Make ``verification`` describe the text that is shown: ``unsupported_numbers`` are numbers of shown
    sentences that failed (none, by construction), while the draft's failures stay in ``sentences`` and
    ``dropped``. Quoted passages (fallback) are verbatim source text and so supported."""
    v = ans.verification
    failing = [c for c in v.sentences if not c.supported and c.text and c.text in ans.text]
    return replace(ans, verification=replace(
        v,
        supported=not ans.refused and not failing,
        unsupported_numbers=tuple(n for c in failing for n in c.unsupported_numbers),
    ))


def with_checks(v: Verification, checks: Sequence[SentenceCheck]) -> Verification:
    dropped = tuple(c.text for c in checks if not c.supported)
    unsupported = tuple(n for c in checks for n in c.unsupported_numbers)
    ok = bool(checks) and not dropped
    return replace(v, supported=ok, sentences=tuple(checks), dropped=dropped, unsupported_numbers=unsupported)


def computed_results(text: str) -> str:
    """What the formula shown in a calculation answer adds to its sources: the whole formula, with its
    constants ("x 100"), the intermediate values (each year's ratio of an average) and the result. The inputs
    it uses are each stated in an "Input:" sentence checked against its own row, and ``_check_facts_answer``
    rejects the answer when any of those fails, so no input figure rests on the formula alone."""
    return " ".join(s[len("Formula:"):].strip() for s in split_sentences(text) if s.startswith("Formula:"))


_RESULTS_LEAD = "\nWhat follows is the formula shown in the answer, computed by code from the rows cited.\n"


def check_facts_answer(ans: Answer, all_docs: Sequence[Any], aliases: Mapping[str, Sequence[str]],
                       page_text: Callable[[str, int], str | None] | None) -> Answer | None:
    """Verify a facts-path answer against its citations (the quoted row plus the rest of its page).

    "calc" answers state numbers computed by code from the quoted inputs; a computed number counts as
    supported because its formula and cited inputs are shown. Sentences whose numbers are not in their
    sources are dropped; None when no cited sentence survives, so the question goes to the passages.
    """
    sources, scales, headers = {}, {}, {}
    metas = {d.doc: d for d in all_docs}
    doc_ids = {name: d.doc_id for name, d in metas.items()}
    # A computed figure is supported by the formula shown with it: the result after "=" counts as a source
    # for every sentence, while the formula's inputs must still be found in the cited rows.
    results = computed_results(ans.text) if ans.mode == "calc" else ""
    for c in ans.citations:
        page = page_text(doc_ids[c.doc], c.page) if page_text and c.doc in doc_ids else None
        # the formula's results follow a prose line, so they are never read as one more row of the page's last
        # table (a page that ends in a row would bind them to its header's years: "said of another period")
        sources[c.n] = c.quote + ("\n" + page if page else "") + (_RESULTS_LEAD + results if results else "")
        scales[c.n] = scale_markers(page or "")
        if page is not None and not scales[c.n] and c.page > 1:
            # a page stating no scale reads its figures at the scale stated on the page before (a statement's title
            # and "(In millions)" line left at the foot of that page, its rows on this one), as extraction does
            before = page_text(doc_ids[c.doc], c.page - 1) if page_text else None
            scales[c.n] = scale_markers(before or "")
        names = [*aliases.get(c.doc, ()), *([ans.subject] if ans.subject else [])]
        headers[c.n] = about(c.doc, metas.get(c.doc), names)
    # a quarterly report running ahead of the calendar (its "Q2 2026" columns dated in 2025) is checked in the
    # calendar years its columns print, and the sentences are given back in its fiscal names
    ahead = {quarters_ahead(metas.get(c.doc)) for c in ans.citations}
    by = ahead.pop() if len(ahead) == 1 else 0
    v = verify(shift_quarter_names(ans.text, -by), sources, scales, headers=headers)
    if by:
        v = replace(v, sentences=tuple(replace(c, text=shift_quarter_names(c.text, by)) for c in v.sentences),
                    dropped=tuple(shift_quarter_names(t, by) for t in v.dropped))
    ans = replace(ans, verification=v)
    if v.supported:
        return ans
    if v.sentences and not v.sentences[0].supported:
        return None  # the headline figure did not check out: the details alone answer nothing
    if any(c.text.startswith("Input:") and not c.supported for c in v.sentences):
        return None  # a computed figure is only as good as every input it used
    keep = [c for c in v.sentences if c.supported or c.reason == "no citation"]
    if not any(c.citations for c in keep):
        return None
    used = {n for c in keep for n in c.citations}
    return replace(ans, text=" ".join(c.text for c in keep), citations=[c for c in ans.citations if c.n in used])
