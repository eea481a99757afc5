"""The LLM protocol: ``Prompt``, ``LLM``, ``complete`` and ``cut_at_stop``.

A backend streams text for a ``Prompt``. Every prompt carries two renderings of the same request:
``system``/``user`` chat messages for instruction-tuned models and ``text``, a plain completion prompt for base
models. The backend picks the one that suits its model (``instruct`` says which it uses).

Backends live in their own modules (``llama``, ``openai``, ``fake``); ``assistant.llm.get_llm`` picks one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class Prompt:
    """One request to a model: chat messages for instruction models, ``text`` for base models."""

    system: str = ""
    user: str = ""
    text: str = ""

    def messages(self) -> list[dict[str, str]]:
        out = []
        if self.system:
            out.append({"role": "system", "content": self.system})
        out.append({"role": "user", "content": self.user or self.text})
        return out


@runtime_checkable
class LLM(Protocol):
    name: str
    n_ctx: int
    instruct: bool  # True: the backend sends the chat messages; False: it completes ``Prompt.text``

    def count_tokens(self, text: str) -> int: ...

    def stream(
        self, prompt: Prompt, *, max_tokens: int, stop: Sequence[str] = (), temperature: float = 0.0
    ) -> Iterator[str]: ...


def complete(llm: LLM, prompt: Prompt, **kw) -> str:
    """The whole response as one string."""
    return "".join(llm.stream(prompt, **kw))


def cut_at_stop(text: str, stop: Sequence[str]) -> str:
    """``text`` up to the first stop sequence (backends that cannot stop server-side use this)."""
    cut = len(text)
    for s in stop:
        if s:
            i = text.find(s)
            if i != -1:
                cut = min(cut, i)
    return text[:cut]


# --------------------------------------------------------------------------------------------------- the fake




