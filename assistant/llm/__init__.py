"""llm: the LLM protocol and its backends.

In: a ``Prompt`` (``base``). Out: streamed text. Modules: ``base`` (``Prompt``, the ``LLM`` protocol, ``complete``,
``cut_at_stop``), ``fake`` (``FakeLLM``), ``llama`` (llama-cpp-python, the bundled Gemma), ``openai`` (an
OpenAI-compatible server over httpx); ``get_llm(settings)`` here picks one. Backends load their model on first
use (llama_cpp is imported inside ``llama``'s loader), so importing this package loads no model.
May import: ``config``, ``types``; nothing else of the package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import LLM
from .fake import FakeLLM
from .llama import LlamaLLM
from .openai import OpenAILLM

if TYPE_CHECKING:
    from ..config import Settings


def get_llm(settings: "Settings") -> LLM:
    """The backend named by ``settings.llm``; backends load their model lazily, on first use."""
    if settings.llm == "fake":
        return FakeLLM(n_ctx=settings.n_ctx)
    if settings.llm == "openai":
        return OpenAILLM.from_settings(settings)
    if settings.llm == "llama":
        return LlamaLLM.from_settings(settings)
    raise ValueError(f"settings.llm: unknown LLM backend {settings.llm!r} (use llama, openai or fake)")
