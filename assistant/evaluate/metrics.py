"""Grading one question: answer outcome, retrieval ranks and citation quality.

Two graders (rules also in ``eval/README.md``); ``grade_answer`` is the strict one, ``grade_lenient`` the
original one, kept so that runs stay comparable.

Strict:

* Numeric gold (not a yes/no answer; its first sentence is one number and at most three words, e.g. "$1577.00",
  "36%.", "$400,000,000 increase."): the answer's *headline figure* is graded: the first number of its first
  sentence that holds a number. It must match after units, scale, sign and percent are normalised
  (:mod:`numbers`), within 0.5% or half a unit of the gold's last digit; a negative gold needs a negative
  headline or a direction word in that sentence. Another figure of the same kind (percent or amount) in that
  sentence that does not match is *flagged* (``Outcome.flag``). A headline off by x1000 or x100 is a unit slip.
* Yes/no gold: the answer must open with the same word; when the gold goes on with a figure ("Yes. Working
  capital was $1.2 billion") at least half of its figures (at least one) must appear in the answer too; when it
  goes on with a reason in words, at least half of the reason's key terms must.
* Other gold answers: (1) gold with key numbers (not years): at least half of them must appear in the answer,
  and an answer that opens with a figure ("49,000, from ...") must open with one of the gold's figures;
  (2) otherwise at least half of the gold's key terms (words that are not already in the question); a term
  counts in another form of the same word (``same_term``: plural, or a shared stem of six letters or more).

Lenient (the original grader): any number of the answer may match a numeric gold, and a yes/no gold needs
only the first word. Refused answers are "refused"; on an unanswerable question a refusal is correct.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .numbers import Num, compare, parse_numbers, same_number, strip_citations, unit_hint

NEGATIVE_WORDS = re.compile(
    r"\b(decreas|declin|los[st]|negative|down|lower|fell|fall|drop|shr[ua]nk|reduc|outflow|used in|deficit)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z&'.-]*[A-Za-z]|[A-Za-z]")
STOPWORDS = frozenset(
    """a an the and or of to in on for from by with at as is are was were be been being it its this that these
    those which who whom what when where why how than then there their they them he she his her we our you your
    i me my not no yes do does did has have had will would can could should may might also into over under
    between per about after before during while both each other such only more most less least very much many
    some any all same so if but because due mainly primarily fy year years company companys""".split()
)


# ---- answer outcome ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    label: str  # "correct", "incorrect", "refused"
    rule: str  # which rule decided: "numeric", "headline", "yes/no", "yes/no + figure", "yes/no + terms", ...
    slip: str | None = None  # "x1000" / "x100" when a number was right up to a unit slip
    detail: str = ""
    flag: str = ""  # strict numeric: a second figure in the headline sentence that does not match the gold

    def to_dict(self) -> dict:
        return {"outcome": self.label, "rule": self.rule, "slip": self.slip, "detail": self.detail,
                "flag": self.flag}


def first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text.strip(), maxsplit=1)
    return parts[0] if parts else ""


def numeric_gold(gold: str) -> Num | None:
    """The gold number when the gold answer is essentially one number, else None."""
    head = first_sentence(gold)
    nums = parse_numbers(head)
    if len(nums) != 1:
        return None
    rest = head.replace(nums[0].raw, " ")
    words = [w for w in _WORD.findall(rest) if w.lower() not in ("per", "share", "usd", "million", "billion")]
    return nums[0] if len(words) <= 3 else None


def numeric_outcome(gold: Num, answer: str, question: str = "") -> Outcome:
    """Lenient: correct when any number of the answer matches the gold."""
    scale = unit_hint(question)
    slip = None
    for cand in parse_numbers(answer):
        how = compare(gold, cand, scale)
        if how == "match":
            if gold.negative and not cand.negative and not NEGATIVE_WORDS.search(answer):
                continue  # a loss stated as a gain is wrong even if the magnitude is right
            return Outcome("correct", "numeric", detail=f"{cand.raw} ~ {gold.raw}")
        if how and slip is None:
            slip = how
    if slip:
        return Outcome("incorrect", "numeric", slip=slip, detail=f"unit slip {slip} against {gold.raw}")
    return Outcome("incorrect", "numeric", detail=f"no number matching {gold.raw}")


def headline(answer: str) -> tuple[Num | None, list[Num], str]:
    """The answer's headline figure (the first number of the first sentence that holds one), the other numbers
    of that sentence, and the sentence."""
    for sentence in split_sentences(answer):
        nums = parse_numbers(sentence)
        if nums:
            return nums[0], nums[1:], sentence
    return None, [], ""


def _same_kind(a: Num, b: Num) -> bool:
    return a.percent == b.percent


def headline_outcome(gold: Num, answer: str, question: str = "") -> Outcome:
    """Strict numeric grading: only the headline figure counts; a second unmatched figure is flagged."""
    scale = unit_hint(question)
    head, others, sentence = headline(answer)
    if head is None:
        return Outcome("incorrect", "headline", detail="the answer states no figure")
    how = compare(gold, head, scale)
    if how == "match":
        if gold.negative and not head.negative and not NEGATIVE_WORDS.search(sentence):
            return Outcome("incorrect", "headline",
                           detail=f"headline {head.raw} has the wrong sign (gold {gold.raw})")
        wrong = [n.raw for n in others if _same_kind(n, gold) and compare(gold, n, scale) != "match"]
        flag = f"second figure {wrong[0]} in the headline sentence does not match {gold.raw}" if wrong else ""
        return Outcome("correct", "headline", detail=f"headline {head.raw} ~ {gold.raw}", flag=flag)
    if how:
        return Outcome("incorrect", "headline", slip=how, detail=f"headline {head.raw}: unit slip {how} against {gold.raw}")
    later = [n.raw for n in parse_numbers(answer) if n is not head and compare(gold, n, scale) == "match"]
    extra = f" (a later figure {later[0]} matches; the lenient grader counts it)" if later else ""
    return Outcome("incorrect", "headline", detail=f"headline {head.raw} does not match {gold.raw}{extra}")


def polarity(text: str) -> str | None:
    m = re.match(r"\W*(yes|no)\b", text.strip(), re.IGNORECASE)
    return m.group(1).lower() if m else None


# a question that asks for a thing, not a verdict ("What shortcomings do buyers raise?")
_WH_OPENING = re.compile(r"(?i)^\W*(?:what|which|who|whom|whose|how|why|when|where|list|name|describe)\b")
_VERDICT_MARKED = re.compile(r"(?i)^\W*(?:yes|no)\b\s*(?:[.,;:!?)\u2013\u2014-]|$)")


def gold_polarity(gold: str, question: str = "") -> str | None:
    """The verdict a gold answer gives: its first word "yes"/"no", unless the question asks for a thing (a
    what/which/how ... question) and the word opens a noun phrase rather than a verdict ("No deduplicated reach
    across platforms; competing currencies; ..." lists shortcomings). Followed by punctuation ("No. ...", "Yes,
    ...") it is a verdict whatever the question."""
    want = polarity(gold)
    if want and question and _WH_OPENING.match(question) and not _VERDICT_MARKED.match(gold.strip()):
        return None
    return want


def key_terms(gold: str, question: str) -> set[str]:
    """Names and content words of the gold answer that the question does not already contain."""
    asked = {w.lower() for w in _WORD.findall(question)}
    terms = set()
    for w in _WORD.findall(strip_citations(gold)):
        lw = w.lower().strip(".'")
        if lw in STOPWORDS or lw in asked or len(lw) < 3:
            continue
        terms.add(lw)
    return terms


_LEADS_WITH_FIGURE = re.compile(r"^\W{0,3}(?:[$\u20ac\u00a3]|(?:US|USD|EUR)\s?)?\(?-?\d")


def lead_figure(answer: str) -> Num | None:
    """The figure an answer leads with ("49,000, from ...", "$5.3 billion (2024) ..."), None when the answer
    does not open with a number (a quote, "From X's 10-K:", "Yes.")."""
    text = strip_citations(answer).strip()
    if not _LEADS_WITH_FIGURE.match(text):
        return None
    nums = parse_numbers(first_sentence(text))
    return nums[0] if nums else None


def _key_numbers(gold: str, answer: str, question: str, rule: str) -> Outcome:
    gold_nums = parse_numbers(gold)
    scale = unit_hint(question)
    answer_nums = parse_numbers(answer)
    lead = lead_figure(answer)
    if lead is not None and gold_nums and not any(compare(g, lead, scale) == "match" for g in gold_nums):
        # an answer that puts a figure first presents it as THE answer: a figure the gold does not give is a
        # wrong answer, whatever the quote under it holds
        return Outcome("incorrect", rule, detail=f"lead figure {lead.raw} is none of the gold's figures")
    found = sum(1 for g in gold_nums if any(compare(g, a, scale) == "match" for a in answer_nums))
    ok = found >= max(1, (len(gold_nums) + 1) // 2)
    return Outcome("correct" if ok else "incorrect", rule, detail=f"{found}/{len(gold_nums)} gold numbers")


def same_term(a: str, b: str) -> bool:
    """Two forms of one word: equal, equal without a plural "s", or sharing a stem of at least six letters
    that leaves at most four letters of the shorter word ("operations"/"operating", "packaging"/"package")."""
    if a == b or a.rstrip("s") == b.rstrip("s"):
        return True
    stem = 0
    for x, y in zip(a, b):
        if x != y:
            break
        stem += 1
    return stem >= 6 and min(len(a), len(b)) - stem <= 4


def _key_terms(gold: str, answer: str, question: str, rule: str) -> Outcome:
    terms = key_terms(gold, question)
    if not terms:
        return Outcome("incorrect", rule, detail="gold has no key terms to check")
    said = {w.lower().strip(".'") for w in _WORD.findall(answer)}
    found = sum(1 for t in terms if t in said or any(same_term(t, w) for w in said))
    ok = found * 2 >= len(terms)
    return Outcome("correct" if ok else "incorrect", rule, detail=f"{found}/{len(terms)} key terms")


def text_outcome(gold: str, answer: str, question: str = "") -> Outcome:
    """Lenient: a yes/no gold needs only the same first word."""
    want = gold_polarity(gold, question)
    if want:
        got = polarity(answer)
        if got == want:
            return Outcome("correct", "yes/no", detail=f"both say {want}")
        return Outcome("incorrect", "yes/no", detail=f"gold says {want}, answer says {got or 'neither'}")
    if parse_numbers(gold):
        return _key_numbers(gold, answer, question, "key numbers")
    return _key_terms(gold, answer, question, "key terms")


def yes_no_reason(gold: str) -> str:
    """What a yes/no gold says after its first word ("Yes. It had $1.2 billion" -> "It had $1.2 billion")."""
    return re.sub(r"^\W*(?:yes|no)\b\W*", "", gold.strip(), count=1, flags=re.IGNORECASE).strip()


def strict_text_outcome(gold: str, answer: str, question: str = "") -> Outcome:
    """Strict: a yes/no gold that carries a figure or a reason needs the polarity and the figure (or half the
    reason's key terms); other gold answers as in the lenient grader."""
    want = gold_polarity(gold, question)
    if not want:
        return text_outcome(gold, answer, question)
    got = polarity(answer)
    if got != want:
        return Outcome("incorrect", "yes/no", detail=f"gold says {want}, answer says {got or 'neither'}")
    reason = yes_no_reason(gold)
    if parse_numbers(reason):
        out = _key_numbers(reason, answer, question, "yes/no + figure")
    elif key_terms(reason, question):
        out = _key_terms(reason, answer, question, "yes/no + terms")
    else:
        return Outcome("correct", "yes/no", detail=f"both say {want}")
    if out.label == "correct":
        return Outcome("correct", out.rule, detail=f"both say {want}; {out.detail}")
    return Outcome("incorrect", out.rule, detail=f"both say {want} but the gold's reason is missing ({out.detail})")


def _ungraded(gold: str | None, refused: bool) -> Outcome | None:
    if not gold or not gold.strip():
        if refused:
            return Outcome("correct", "unanswerable", detail="refused an unanswerable question")
        return Outcome("incorrect", "unanswerable", detail="answered an unanswerable question")
    if refused:
        return Outcome("refused", "refused")
    return None


def grade_answer(gold: str | None, answer: str, refused: bool, question: str = "") -> Outcome:
    """The strict outcome of one answer. ``gold`` None or empty marks an unanswerable question."""
    early = _ungraded(gold, refused)
    if early is not None:
        return early
    assert gold is not None
    num = None if gold_polarity(gold, question) else numeric_gold(gold)
    return headline_outcome(num, answer, question) if num else strict_text_outcome(gold, answer, question)


def grade_lenient(gold: str | None, answer: str, refused: bool, question: str = "") -> Outcome:
    """The original, lenient outcome: any matching number counts, yes/no needs only the first word."""
    early = _ungraded(gold, refused)
    if early is not None:
        return early
    assert gold is not None
    num = None if gold_polarity(gold, question) else numeric_gold(gold)
    return numeric_outcome(num, answer, question) if num else text_outcome(gold, answer, question)


# ---- retrieval -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Ranked:
    """One retrieved item, for grading: its document (file stem) and its 1-based page span."""

    doc: str
    page: int
    page_end: int | None = None


def _norm_doc(doc: str) -> str:
    return doc.strip().lower()


def gold_pages(evidence: Iterable[dict]) -> set[tuple[str, int]]:
    """FinanceBench evidence -> {(doc, 1-based page)}; ``evidence_page_num`` is 0-based."""
    out = set()
    for ev in evidence:
        if ev.get("doc_name") is not None and ev.get("evidence_page_num") is not None:
            out.add((_norm_doc(ev["doc_name"]), int(ev["evidence_page_num"]) + 1))
    return out


def is_relevant(item: Ranked, gold: set[tuple[str, int]], slack: int = 0) -> bool:
    doc = _norm_doc(item.doc)
    last = item.page_end or item.page
    return any(d == doc and item.page - slack <= p <= last + slack for d, p in gold)


def first_rank(items: Sequence[Ranked], gold: set[tuple[str, int]], slack: int = 0) -> int | None:
    """1-based rank of the first relevant item, None when none is relevant."""
    for i, item in enumerate(items, 1):
        if is_relevant(item, gold, slack):
            return i
    return None


@dataclass(frozen=True)
class RetrievalScore:
    rank: int | None  # strict evidence page
    rank_near: int | None  # evidence page +-1
    doc_rank: int | None  # first hit from a gold document

    def hit(self, k: int, near: bool = False) -> bool:
        r = self.rank_near if near else self.rank
        return r is not None and r <= k

    def rr(self, near: bool = False) -> float:
        r = self.rank_near if near else self.rank
        return 1.0 / r if r else 0.0

    def to_dict(self) -> dict:
        return {
            "rank": self.rank,
            "rank_near": self.rank_near,
            "doc_rank": self.doc_rank,
            **{f"hit@{k}": self.hit(k) for k in (1, 5, 10)},
            **{f"hit@{k}_near": self.hit(k, True) for k in (1, 5, 10)},
            "mrr": self.rr(),
            "mrr_near": self.rr(True),
            "doc_hit@5": self.doc_rank is not None and self.doc_rank <= 5,
        }


def score_retrieval(items: Sequence[Ranked], gold: set[tuple[str, int]]) -> RetrievalScore:
    docs = {d for d, _ in gold}
    doc_rank = next((i for i, it in enumerate(items, 1) if _norm_doc(it.doc) in docs), None)
    return RetrievalScore(first_rank(items, gold), first_rank(items, gold, slack=1), doc_rank)


# ---- citations -----------------------------------------------------------------------------------------
_MARKER = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")


def split_sentences(text: str) -> list[str]:
    """Sentences of an answer; a citation marker after the full stop stays with its sentence."""
    text = re.sub(r"\s+", " ", text.strip())
    # not after a page abbreviation: "p. 60" and "pp. 4" do not end a sentence
    parts = re.split(r"(?<=[.!?])(?<!\bp\.)(?<!\bpp\.)\s+(?=[A-Z(\"'$\-\d])|(?<=\])\s+(?=[A-Z])", text)
    return [p.strip() for p in parts if re.search(r"\w", p)]


def markers(sentence: str) -> list[int]:
    return [int(n) for group in _MARKER.findall(sentence) for n in re.split(r"\s*[,;]\s*", group)]


def supports(sentence: str, quote: str) -> bool:
    """Does ``quote`` back ``sentence``? Every number of the sentence must be in the quote; a sentence
    without numbers needs half its content words in the quote."""
    nums = parse_numbers(sentence)
    if nums:
        quoted = parse_numbers(quote, keep_years=True)
        return all(any(same_number(n, q) for q in quoted) for n in nums)
    words = {w.lower() for w in _WORD.findall(strip_citations(sentence)) if w.lower() not in STOPWORDS}
    if not words:
        return bool(quote.strip())
    in_quote = {w.lower() for w in _WORD.findall(quote)}
    return len(words & in_quote) * 2 >= len(words)


@dataclass(frozen=True)
class CitationScore:
    gold_hit: bool | None  # a citation on an evidence page (None: no gold pages)
    gold_hit_near: bool | None
    precision: float | None  # share of used citations whose quote backs the citing sentence
    recall: float | None  # share of answer sentences backed by their citations
    uncited_numbers: tuple[str, ...] = field(default=())  # numbers in the answer found in no cited quote

    def to_dict(self) -> dict:
        return {
            "gold_hit": self.gold_hit,
            "gold_hit_near": self.gold_hit_near,
            "precision": self.precision,
            "recall": self.recall,
            "uncited_numbers": list(self.uncited_numbers),
        }


def score_citations(text: str, citations: Sequence, gold: set[tuple[str, int]]) -> CitationScore:
    """``citations``: objects with ``n``, ``doc``, ``page`` and ``quote`` (types.Citation)."""
    by_n = {c.n: c for c in citations}
    items = [Ranked(c.doc, c.page, getattr(c, "page_end", None)) for c in citations]
    gold_hit = any(is_relevant(i, gold) for i in items) if gold else None
    gold_near = any(is_relevant(i, gold, 1) for i in items) if gold else None

    pairs_ok: list[bool] = []
    sentences_ok: list[bool] = []
    for sentence in split_sentences(text):
        cited = [by_n[n] for n in markers(sentence) if n in by_n]
        for c in cited:
            pairs_ok.append(supports(sentence, c.quote))
        sentences_ok.append(bool(cited) and supports(sentence, " \n ".join(c.quote for c in cited)))
    all_quotes = [q for c in citations for q in parse_numbers(c.quote, keep_years=True)]
    uncited = tuple(n.raw for n in parse_numbers(text) if not any(same_number(n, q) for q in all_quotes))
    return CitationScore(
        gold_hit=gold_hit,
        gold_hit_near=gold_near,
        precision=sum(pairs_ok) / len(pairs_ok) if pairs_ok else None,
        recall=sum(sentences_ok) / len(sentences_ok) if sentences_ok else None,
        uncited_numbers=uncited,
    )


# ---- aggregation ---------------------------------------------------------------------------------------
def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100); None for no values."""
    xs = sorted(values)
    if not xs:
        return None
    pos = (len(xs) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def mean(values: Iterable[float | bool | None]) -> float | None:
    xs = [float(v) for v in values if v is not None]
    return sum(xs) / len(xs) if xs else None
