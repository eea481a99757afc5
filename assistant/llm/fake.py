"""FakeLLM: a deterministic stand-in for a model, for tests and for running without one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from .base import Prompt, cut_at_stop

_WORDISH = re.compile(r"\w+|[^\w\s]")



_SOURCE_HEADER = re.compile(r"^\[(\d+)\][^\n]*\n", re.M)



_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z$(\d])")



Script = str | Sequence[str] | Callable[[Prompt], str] | None



class FakeLLM:
    """A deterministic stand-in for a model, for tests and for running without one.

    ``script`` decides what it says:
    - ``None``: copy the first sentence that holds a number from source [1] of the prompt, then " [1]"
      (the first sentence when none holds a number; "I don't know." when the prompt has no sources);
    - a string: always that; a sequence of strings: one per call, in order (the last one repeats);
    - a callable: ``script(prompt) -> str``.

    It honours ``stop`` and ``max_tokens`` (counted as words and punctuation) and records each prompt in
    ``prompts``.
    """

    name = "fake"

    def __init__(self, script: Script = None, *, n_ctx: int = 2048, instruct: bool = False) -> None:
        self.script = script
        self.n_ctx = n_ctx
        self.instruct = instruct
        self.prompts: list[Prompt] = []

    def count_tokens(self, text: str) -> int:
        return len(_WORDISH.findall(text))

    def stream(
        self, prompt: Prompt, *, max_tokens: int = 256, stop: Sequence[str] = (), temperature: float = 0.0
    ) -> Iterator[str]:
        calls = len(self.prompts)
        self.prompts.append(prompt)
        text = cut_at_stop(self._respond(prompt, calls), stop)
        pieces = re.findall(r"\s*\S+", text)[: max(0, max_tokens)]
        yield from pieces

    def _respond(self, prompt: Prompt, calls: int) -> str:
        script = self.script
        if script is None:
            return copy_first_numeric_sentence(prompt.user if self.instruct else (prompt.text or prompt.user))
        if isinstance(script, str):
            return script
        if callable(script):
            return script(prompt)
        if not script:
            return ""
        return script[min(calls, len(script) - 1)]



def copy_first_numeric_sentence(prompt_text: str) -> str:
    """What ``FakeLLM`` says by default: the first numeric sentence of the last source [1] in the prompt."""
    body = _last_source_one(prompt_text)
    if body is None:
        return "I don't know."
    sentences = [s.strip() for s in _SENTENCE_END.split(" ".join(body.split())) if s.strip()]
    if not sentences:
        return "I don't know."
    pick = next((s for s in sentences if re.search(r"\d", s)), sentences[0])
    pick = pick.rstrip()
    if pick.endswith("."):
        return pick[:-1] + " [1]."
    return pick + " [1]"



def _last_source_one(text: str) -> str | None:
    """The body of the last block that starts with a ``[1] ...`` header line (few-shot examples come first)."""
    headers = list(_SOURCE_HEADER.finditer(text))
    ones = [i for i, m in enumerate(headers) if m.group(1) == "1"]
    if not ones:
        return None
    i = ones[-1]
    start = headers[i].end()
    end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
    body = text[start:end]
    cut = re.search(r"^(?:Question|Answer):", body, re.M)
    if cut:
        body = body[: cut.start()]
    return body.replace('"""', " ").strip()
