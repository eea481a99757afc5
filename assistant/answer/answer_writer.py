"""The sentences of a computed facts-path answer and the facts they cite (``_Writer``, ``_markers``, ``_how``), the
scale word of an amount (``_scale_word``) and a declined answer (``_decline``, ``_refusal``). Reads
``company_figures.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..finance import formulas as calc
from ..types import Answer, Fact, SentenceCheck, Subject, Verification
from . import fact_sentences
from .company_figures import Figure


def _markers(ns: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in ns)


class _Writer:
    """Sentences and the facts they cite, numbered as they are added."""

    def __init__(self) -> None:
        self.facts: list[Fact] = []
        self.sentences: list[tuple[str, tuple[int, ...]]] = []

    def cite(self, facts: Sequence[Fact]) -> tuple[int, ...]:
        ns = []
        for f in facts:
            if f not in self.facts:
                self.facts.append(f)
            ns.append(self.facts.index(f) + 1)
        return tuple(dict.fromkeys(ns))

    def add(self, text: str, ns: Sequence[int]) -> None:
        self.sentences.append((text, tuple(ns)))

    def inputs(self) -> None:
        for i, f in enumerate(list(self.facts)):
            self.add(f"Input: \"{f.label}\", {f.period}: {fact_sentences._value_text(f, None, '')} [{i + 1}].", (i + 1,))

    def answer(self, question: str, mode: str, title: str, company: str | None, period: str | None,
               inputs: Sequence[Fact] | None = None) -> Answer:
        return fact_sentences._answer(question, self.sentences, self.facts, mode, title,
                                  inputs=self.facts if inputs is None else inputs, about=Subject(company, period))


def _how(fig: Figure) -> str:
    if fig.result is None:
        return ""
    return fig.result.expression


def _decline(question: str, reason: str, company: str | None, period: str | None) -> Answer:
    return _refusal(question, f"mia cannot compute this as the question defines it: {reason}.", company, period)


def _refusal(question: str, text: str, company: str | None, period: str | None) -> Answer:
    check = SentenceCheck(text, (), True, (), "refusal")
    return Answer(question=question, text=text, refused=True, mode="refused",
                  verification=Verification(supported=True, sentences=(check,)), about=Subject(company, period))


def _scale_word(scale: float | None) -> str:
    return calc.SCALE_WORDS.get(scale, "") if scale else ""
