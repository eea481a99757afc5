"""Answers to several measures asked at once (``query.several.measures_asked``), joined into one.

Each sub-question is answered as any question is, with its own figures, inputs and citations; the joined answer
shows them in the order asked (two answered from the very same rows are no answer: one measure was read as
another), each answer's citation markers renumbered after the ones before it, and its
sentences' checks kept. When any measure is not answered, nothing is joined: the caller answers the question as
asked (a part missing is never left out silently).

Imports: ``types``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Answer, Verification


def _shifted(text: str, by: int) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + by}]", text)


def joined(question: str, answers: Sequence[Answer]) -> Answer | None:
    """One answer holding every answer of ``answers`` in order, or None unless each is a figure answered."""
    if len(answers) < 2 or any(a is None or a.refused or not a.citations for a in answers):
        return None
    read = [frozenset((c.doc, c.page, c.quote) for c in a.citations) for a in answers]
    if len(set(read)) < len(read):
        return None  # two measures answered from the same rows: one of them was not the measure its clause asks
    texts, cites, checks, inputs, dropped, unsupported = [], [], [], [], [], []
    by = 0
    for a in answers:
        texts.append(_shifted(a.text, by))
        cites += [replace(c, n=c.n + by) for c in a.citations]
        v = a.verification
        checks += [replace(s, text=_shifted(s.text, by), citations=tuple(n + by for n in s.citations))
                   for s in v.sentences]
        dropped += list(v.dropped)
        unsupported += list(v.unsupported_numbers)
        inputs += list(a.inputs)
        by += max(c.n for c in a.citations)
    first = answers[0]
    verification = Verification(supported=all(a.verification.supported for a in answers), sentences=tuple(checks),
                                unsupported_numbers=tuple(unsupported), dropped=tuple(dropped))
    mode = "calc" if any(a.mode == "calc" for a in answers) else first.mode
    # the sources are checked against every measure answered (``checks.check_facts_answer`` reads the subject)
    subject = ", ".join(dict.fromkeys(a.subject for a in answers if a.subject)) or None
    return replace(first, question=question, text=" ".join(texts), citations=cites, verification=verification,
                   mode=mode, inputs=tuple(inputs), subject=subject)
