"""Cross-validation by company: a fixed hash puts every company in one of K folds.

``fold_of(company, k) = int(sha256(company.strip().lower().encode()).hexdigest(), 16) % k``

The rule depends on nothing but the name, so a fold never changes when questions or companies are added, and
a change tuned on one fold can be measured on the others (companies the code was not tuned on). A question's
company is its ``company`` field; a row without one takes the first ``_``-separated part of ``doc_name``
("3M_2018_10K" -> "3M").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

RULE = "fold = int(sha256(company.strip().lower().encode()).hexdigest(), 16) % K"


def fold_of(company: str, k: int) -> int:
    """The fold (0..k-1) of ``company``; k <= 1 puts everything in fold 0."""
    if k <= 1:
        return 0
    return int(hashlib.sha256(company.strip().lower().encode()).hexdigest(), 16) % k


def company_of(question: dict) -> str:
    """The company a FinanceBench-format row is about ("" when it names none)."""
    name = str(question.get("company") or "").strip()
    if name:
        return name
    return str(question.get("doc_name") or "").split("_")[0].strip()


def assignment(questions: Iterable[dict], k: int) -> dict[str, int]:
    """Company -> fold, for the companies of ``questions``, sorted by name."""
    return {c: fold_of(c, k) for c in sorted({company_of(q) for q in questions}, key=str.lower)}


def select(questions: Sequence[dict], *, companies: Sequence[str] | None = None, fold: int | None = None,
           k: int = 2, source: str = "questions") -> list[dict]:
    """The questions about ``companies`` (case-insensitive names) and/or in fold ``fold`` of ``k``.

    An unknown company name raises ``ValueError`` naming it and ``source``, so a typo never gives an empty run.
    """
    out = list(questions)
    if companies:
        known = {company_of(q).lower(): company_of(q) for q in out}
        wanted = {c.strip().lower() for c in companies if c.strip()}
        unknown = sorted(wanted - set(known))
        if unknown:
            raise ValueError(f"{source}: no questions about {', '.join(unknown)} "
                             f"(companies: {', '.join(sorted(known.values(), key=str.lower))})")
        out = [q for q in out if company_of(q).lower() in wanted]
    if fold is not None:
        if not 0 <= fold < max(k, 1):
            raise ValueError(f"fold {fold} does not exist with --split {k} (folds 0..{max(k, 1) - 1})")
        out = [q for q in out if fold_of(company_of(q), k) == fold]
    return out
