"""The research-efficiency model: analyst minutes per question with and without mia.

Every constant is an assumption, listed with its source or reasoning in ``eval/README.md``; the sensitivity
table varies the ones that matter most.

Without mia: open the filing + skim the pages an analyst passes before the evidence page + read the evidence
pages + do the arithmetic. The number of pages passed is the rank of the first evidence page when the filing's
pages are ranked by BM25 for the question (a stand-in for an analyst using the table of contents and Ctrl-F).

With mia: wait for the answer + read it and its cited quotes + check each cited page. A wrong answer, or a
right one whose citations miss the evidence, costs the full manual effort on top (the time spent on mia is
not refunded). A declined or quoted reply (a refusal or a fallback) is read, not checked; with *pointer
credit* (the default), when its citations include an evidence page at position r the analyst opens the cited
pages in order up to r, reads the evidence and does the arithmetic; without a hit (or without pointer credit)
the full manual effort follows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

WORDS_PER_MINUTE = 238.0  # silent reading of non-fiction, Brysbaert (2019), J. Memory and Language 109
CALC_MINUTES = {  # arithmetic and write-up after the numbers are found, per FinanceBench question type
    "metrics-generated": 2.0,  # one ratio or growth rate from statement lines, with a calculator
    "domain-relevant": 3.0,  # an analyst's judgement over several metrics
    "novel-generated": 1.5,  # mostly one fact or a short comparison
}
EXTRACTION_MINUTES = 0.5  # "Information extraction" questions: copy the figure, no arithmetic


@dataclass(frozen=True)
class EffortParams:
    wpm: float = WORDS_PER_MINUTE
    skim_factor: float = 2.0  # skimming is this many times faster than reading
    words_per_page: float = 500.0  # a dense 10-K page
    open_filing_min: float = 1.0  # find the filing, open it, go to the table of contents
    calc_min: dict[str, float] = field(default_factory=lambda: dict(CALC_MINUTES))
    calc_default_min: float = 2.0
    extraction_min: float = EXTRACTION_MINUTES
    check_page_min: float = 0.5  # jump to a cited page and find the quoted line on it
    ask_overhead_min: float = 0.25  # type the question
    pointer_credit: bool = True  # a declined or quoted reply that cites an evidence page saves the search

    def scaled_overheads(self, factor: float) -> "EffortParams":
        """A copy with the fixed overheads (opening, arithmetic, checking, asking) times ``factor``."""
        return replace(
            self,
            open_filing_min=self.open_filing_min * factor,
            calc_min={k: v * factor for k, v in self.calc_min.items()},
            calc_default_min=self.calc_default_min * factor,
            extraction_min=self.extraction_min * factor,
            check_page_min=self.check_page_min * factor,
            ask_overhead_min=self.ask_overhead_min * factor,
        )


def calc_minutes(params: EffortParams, question_type: str | None, reasoning: str | None = None) -> float:
    if reasoning and reasoning.strip().lower() == "information extraction":
        return params.extraction_min
    return params.calc_min.get(question_type or "", params.calc_default_min)


def reading_minutes(words: float, params: EffortParams, skim: bool = False) -> float:
    return words / (params.wpm * (params.skim_factor if skim else 1.0))


@dataclass(frozen=True)
class ManualTask:
    """What doing one question by hand involves."""

    question_type: str | None
    reasoning: str | None
    evidence_rank: int  # rank of the first evidence page in a BM25 page search within the filing (1 = first)
    evidence_pages: int  # distinct evidence pages to read
    evidence_words: float | None = None  # their words, when known (else pages x words_per_page)


def manual_minutes(task: ManualTask, params: EffortParams) -> dict[str, float]:
    skimmed = max(task.evidence_rank - 1, 0) * params.words_per_page
    evidence_words = task.evidence_words if task.evidence_words is not None else task.evidence_pages * params.words_per_page
    parts = {
        "open": params.open_filing_min,
        "skim": reading_minutes(skimmed, params, skim=True),
        "read": reading_minutes(evidence_words, params),
        "calc": calc_minutes(params, task.question_type, task.reasoning),
    }
    parts["total"] = sum(parts.values())
    return parts


@dataclass(frozen=True)
class MiaTask:
    """What one question cost with mia."""

    latency_s: float
    answer_words: int  # words of the answer and of its cited quotes
    cited_pages: int  # distinct (doc, page) pairs cited
    outcome: str  # "correct", "incorrect", "refused"
    evidence_cited: bool  # a citation lands on (or next to) an evidence page
    evidence_position: int | None = None  # 1-based position, among the distinct cited pages in citation order,
    # of the first one on (or next to) an evidence page; None when no citation hits


def pointer_minutes(position: int, manual: Mapping[str, float], params: EffortParams) -> float:
    """Following a reply's pointers: open the cited pages in order up to the evidence page (``position``),
    read the evidence and do the arithmetic (the manual task's ``read`` and ``calc`` parts)."""
    return position * params.check_page_min + manual["read"] + manual["calc"]


def mia_minutes(task: MiaTask, manual: Mapping[str, float] | float, params: EffortParams) -> dict[str, float]:
    """Minutes with mia. ``manual`` is :func:`manual_minutes`' result (or only its total, which leaves no
    pointer credit to give)."""
    manual_total = manual if isinstance(manual, (int, float)) else manual["total"]
    refused = task.outcome == "refused"
    parts = {
        "ask": params.ask_overhead_min + task.latency_s / 60.0,
        "read": reading_minutes(task.answer_words, params),
        # a reply that asserts nothing (a refusal, or quoted passages without an answer) is read, not checked
        "check": 0.0 if refused else task.cited_pages * params.check_page_min,
        "fallback": 0.0,
        "pointer": 0.0,
    }
    if (refused and params.pointer_credit and task.evidence_position
            and not isinstance(manual, (int, float))):
        parts["pointer"] = pointer_minutes(task.evidence_position, manual, params)
    elif task.outcome != "correct" or not task.evidence_cited:
        parts["fallback"] = manual_total
    parts["total"] = sum(parts.values())
    return parts


def gain(with_minutes: Iterable[float], without_minutes: Iterable[float]) -> float | None:
    """1 - sum(with) / sum(without): the share of analyst time saved."""
    w, wo = sum(with_minutes), sum(without_minutes)
    return 1.0 - w / wo if wo > 0 else None


@dataclass(frozen=True)
class EffortCase:
    """One question for the effort model: the manual task and mia's run."""

    question_type: str | None
    manual: ManualTask
    mia: MiaTask


def effort_for(cases: Sequence[EffortCase], params: EffortParams) -> tuple[list[float], list[float]]:
    """(with, without) minutes per case."""
    with_, without = [], []
    for case in cases:
        manual = manual_minutes(case.manual, params)
        without.append(manual["total"])
        with_.append(mia_minutes(case.mia, manual, params)["total"])
    return with_, without


SENSITIVITY = (
    ("base (skim 2x, overheads x1)", 2.0, 1.0),
    ("skim 1.5x", 1.5, 1.0),
    ("skim 3x", 3.0, 1.0),
    ("overheads halved", 2.0, 0.5),
    ("overheads doubled", 2.0, 2.0),
)


def sensitivity(cases: Sequence[EffortCase], params: EffortParams | None = None) -> list[dict]:
    """The overall gain under each variant of the assumptions, with and without pointer credit."""
    base = params or EffortParams()
    rows = []
    for label, skim, overheads in SENSITIVITY:
        p = replace(base.scaled_overheads(overheads), skim_factor=skim, pointer_credit=True)
        with_, without = effort_for(cases, p)
        plain, _ = effort_for(cases, replace(p, pointer_credit=False))
        rows.append({
            "variant": label,
            "skim_factor": skim,
            "overheads": overheads,
            "with_min": sum(with_),
            "with_min_no_credit": sum(plain),
            "without_min": sum(without),
            "gain": gain(with_, without),
            "gain_no_credit": gain(plain, without),
        })
    return rows
