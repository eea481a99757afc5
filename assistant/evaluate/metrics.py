"""Grading one question: answer outcome, retrieval ranks and citation quality.

Rules (also in ``eval/README.md``):

* Numeric gold (not a yes/no answer; its first sentence is one number and at most three words, e.g. "$1577.00", "36%.",
  "$400,000,000 increase."): correct when any number in the answer matches it after units, scale, sign and
  percent are normalised (:mod:`numbers`), within 0.5% or half a unit of the gold's last digit. A number off
  by x1000 or x100 is incorrect and flagged as a unit slip.
* Other gold answers, in order: (1) yes/no gold: the answer must open with the same polarity; (2) gold with
  key numbers (not years): at least half of them must appear in the answer; (3) otherwise at least half of
  the gold's key terms (capitalised names and content words that are not already in the question) must appear.
* Refused answers are "refused"; on a question marked unanswerable a refusal is the right outcome.
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
    rule: str  # which rule decided: "numeric", "yes/no", "key numbers", "key terms", "refused", "unanswerable"
    slip: str | None = None  # "x1000" / "x100" when a number was right up to a unit slip
    detail: str = ""


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


def polarity(text: str) -> str | None:
    m = re.match(r"\W*(yes|no)\b", text.strip(), re.IGNORECASE)
    return m.group(1).lower() if m else None


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


def text_outcome(gold: str, answer: str, question: str = "") -> Outcome:
    want = polarity(gold)
    if want:
        got = polarity(answer)
        if got == want:
            return Outcome("correct", "yes/no", detail=f"both say {want}")
        return Outcome("incorrect", "yes/no", detail=f"gold says {want}, answer says {got or 'neither'}")
    gold_nums = parse_numbers(gold)
    if gold_nums:
        scale = unit_hint(question)
        answer_nums = parse_numbers(answer)
        found = sum(1 for g in gold_nums if any(compare(g, a, scale) == "match" for a in answer_nums))
        ok = found >= max(1, (len(gold_nums) + 1) // 2)
        return Outcome("correct" if ok else "incorrect", "key numbers", detail=f"{found}/{len(gold_nums)} gold numbers")
    terms = key_terms(gold, question)
    if not terms:
        return Outcome("incorrect", "key terms", detail="gold has no key terms to check")
    said = {w.lower().strip(".'") for w in _WORD.findall(answer)}
    found = len(terms & said)
    ok = found * 2 >= len(terms)
    return Outcome("correct" if ok else "incorrect", "key terms", detail=f"{found}/{len(terms)} key terms")


def grade_answer(gold: str | None, answer: str, refused: bool, question: str = "") -> Outcome:
    """The outcome of one answer. ``gold`` None or empty marks an unanswerable question."""
    if not gold or not gold.strip():
        if refused:
            return Outcome("correct", "unanswerable", detail="refused an unanswerable question")
        return Outcome("incorrect", "unanswerable", detail="answered an unanswerable question")
    if refused:
        return Outcome("refused", "refused")
    num = None if polarity(gold) else numeric_gold(gold)
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
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z(\"'$\-\d])|(?<=\])\s+(?=[A-Z])", text)
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
