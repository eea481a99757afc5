"""OpenAI-compatible backend: ``POST {base_url}/chat/completions`` with ``stream: true`` over httpx.

Works with llama.cpp's server, vLLM, Ollama's /v1, LM Studio and the like. The server's model is assumed to
be a chat model, so the ``Prompt`` messages are sent. Tokens arrive as server-sent events (``data: {...}``
lines, ending with ``data: [DONE]``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import httpx

from .base import Prompt, cut_at_stop

if TYPE_CHECKING:
    from ..config import Settings


class LLMServerError(RuntimeError):
    """The server answered with an error or with something that is not an SSE token stream."""


class OpenAILLM:
    instruct = True

    def __init__(
        self,
        base_url: str,
        *,
        model: str = "default",
        api_key: str | None = None,
        n_ctx: int = 8192,
        timeout: float = 120.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not base_url:
            raise ValueError("base_url: the OpenAI-compatible backend needs a server URL (MIA_BASE_URL)")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.n_ctx = n_ctx
        headers = {"Accept": "text/event-stream"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._client = httpx.Client(headers=headers, timeout=httpx.Timeout(timeout, connect=10.0), transport=transport)

    @classmethod
    def from_settings(cls, settings: "Settings") -> "OpenAILLM":
        return cls(
            settings.base_url or "",
            model=settings.model_name,
            api_key=settings.api_key,
            n_ctx=max(settings.n_ctx, 2048),
        )

    @property
    def name(self) -> str:
        return f"{self.model} @ {self.base_url}"

    def count_tokens(self, text: str) -> int:
        # No tokenizer here: about four characters a token for English, rounded up (a safe over-estimate).
        return (len(text) + 3) // 4

    def stream(
        self, prompt: Prompt, *, max_tokens: int = 256, stop: Sequence[str] = (), temperature: float = 0.0
    ) -> Iterator[str]:
        body: dict = {
            "model": self.model,
            "messages": prompt.messages(),
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": True,
        }
        stops = [s for s in stop if s][:4]  # the OpenAI API takes at most four
        if stops:
            body["stop"] = stops
        url = f"{self.base_url}/chat/completions"
        try:
            yield from self._post(url, body, stop)
        except httpx.HTTPError as exc:  # refused, timed out, dropped: say which server, in one line
            raise LLMServerError(f"{url}: {type(exc).__name__}: {exc}") from None

    def _post(self, url: str, body: dict, stop: Sequence[str]) -> Iterator[str]:
        emitted = ""
        with self._client.stream("POST", url, json=body) as response:
            if response.status_code >= 400:
                detail = response.read().decode("utf-8", "replace")[:300]
                raise LLMServerError(f"{url}: HTTP {response.status_code}: {detail}")
            for piece in _sse_content(response.iter_lines(), url):
                # Servers that ignore "stop": cut locally so callers see the same text either way.
                full = cut_at_stop(emitted + piece, stop)
                if len(full) < len(emitted) + len(piece):
                    if len(full) > len(emitted):
                        yield full[len(emitted) :]
                    return
                emitted = full
                yield piece

    def close(self) -> None:
        self._client.close()


def _sse_content(lines: Iterator[str], url: str) -> Iterator[str]:
    """Content deltas from an SSE stream of chat-completion chunks."""
    for line in lines:
        if not line or line.startswith(":") or not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            return
        try:
            event = json.loads(data)
        except json.JSONDecodeError as e:
            raise LLMServerError(f"{url}: bad SSE data line {data[:80]!r}: {e}") from None
        if "error" in event:
            raise LLMServerError(f"{url}: server error: {event['error']}")
        for choice in event.get("choices") or ():
            piece = (choice.get("delta") or {}).get("content") or choice.get("text")
            if piece:
                yield piece
