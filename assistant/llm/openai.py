"""OpenAI-compatible backend over httpx: ``/chat/completions`` for chat models, ``/completions`` for base models.

Works with llama.cpp's server, vLLM, Ollama's /v1, LM Studio and the like. Tokens arrive as server-sent events
(``data: {...}`` lines, ending with ``data: [DONE]``).

Which endpoint (``chat``, setting ``llm_chat``):
- ``"chat"``: ``POST /chat/completions`` with the ``Prompt``'s system/user messages (instruction models);
- ``"completion"``: ``POST /completions`` with ``Prompt.text`` (base models, which have no chat template);
- ``"auto"`` (default): chat first; when the server refuses it because the served model has no chat template
  (vLLM: "default chat template is no longer allowed", llama.cpp and others: "chat template" / "template" in
  the error, or 404/405 on the chat route), the backend switches to ``/completions`` for this and every later
  prompt (``instruct`` becomes False).

Failures: ``timeout`` seconds per request (settings ``llm_timeout``); a refused connection, a timeout before
the first token or an HTTP 429/502/503/504 is retried ``retries`` times (``llm_retries``) with a short backoff;
anything else, or a failure after tokens were streamed, raises ``LLMServerError`` naming the URL.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import httpx

from .base import Prompt, cut_at_stop

if TYPE_CHECKING:
    from ..config import Settings

_RETRY_STATUS = {429, 502, 503, 504}
_NO_TEMPLATE = re.compile(r"chat[ _-]?template|template|not a chat model|does not support chat", re.I)


class LLMServerError(RuntimeError):
    """The server answered with an error or with something that is not an SSE token stream."""


class _NoChatTemplate(Exception):
    """The server cannot apply a chat template to the served model."""


class _Retryable(Exception):
    """A failure worth another try (nothing was streamed yet)."""


class OpenAILLM:
    def __init__(
        self,
        base_url: str,
        *,
        model: str = "default",
        api_key: str | None = None,
        n_ctx: int = 8192,
        timeout: float = 120.0,
        retries: int = 2,
        chat: str = "auto",
        transport: httpx.BaseTransport | None = None,
        backoff: float = 0.5,
    ) -> None:
        if not base_url:
            raise ValueError("base_url: the OpenAI-compatible backend needs a server URL (MIA_BASE_URL)")
        if chat not in ("auto", "chat", "completion"):
            raise ValueError(f"llm_chat: expected auto, chat or completion, got {chat!r}")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.n_ctx = n_ctx
        self.retries = max(0, int(retries))
        self.backoff = backoff
        self.mode = chat  # "auto" until the server has answered a chat request
        headers = {"Accept": "text/event-stream"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._client = httpx.Client(
            headers=headers, timeout=httpx.Timeout(timeout, connect=min(10.0, timeout)), transport=transport
        )

    @classmethod
    def from_settings(cls, settings: "Settings") -> "OpenAILLM":
        return cls(
            settings.base_url or "",
            model=settings.model_name,
            api_key=settings.api_key,
            n_ctx=max(settings.n_ctx, 2048),
            timeout=getattr(settings, "llm_timeout", 120.0),
            retries=getattr(settings, "llm_retries", 2),
            chat=getattr(settings, "llm_chat", "auto"),
        )

    @property
    def instruct(self) -> bool:
        """True while prompts go out as chat messages; False once the model is driven by plain completion."""
        return self.mode != "completion"

    @property
    def name(self) -> str:
        return f"{self.model} @ {self.base_url}"

    def count_tokens(self, text: str) -> int:
        # No tokenizer here: about four characters a token for English, rounded up (a safe over-estimate).
        return (len(text) + 3) // 4

    def stream(
        self, prompt: Prompt, *, max_tokens: int = 256, stop: Sequence[str] = (), temperature: float = 0.0
    ) -> Iterator[str]:
        body: dict = {"model": self.model, "max_tokens": max_tokens, "temperature": temperature, "stream": True}
        stops = [s for s in stop if s][:4]  # the OpenAI API takes at most four
        if stops:
            body["stop"] = stops
        if self.mode != "completion":
            url = f"{self.base_url}/chat/completions"
            try:
                yield from self._with_retries(url, {**body, "messages": prompt.messages()}, stop,
                                              detect=self.mode == "auto")
                if self.mode == "auto":
                    self.mode = "chat"
                return
            except _NoChatTemplate:
                self.mode = "completion"  # a base model: complete the plain-text prompt from now on
        url = f"{self.base_url}/completions"
        yield from self._with_retries(url, {**body, "prompt": prompt.text or prompt.user}, stop, detect=False)

    def _with_retries(self, url: str, body: dict, stop: Sequence[str], *, detect: bool) -> Iterator[str]:
        attempt = 0
        while True:
            streamed = False
            try:
                for piece in self._post(url, body, stop, detect=detect):
                    streamed = True
                    yield piece
                return
            except _Retryable as exc:
                if streamed or attempt >= self.retries:
                    raise LLMServerError(f"{url}: {exc} (after {attempt + 1} attempt(s))") from None
            except httpx.HTTPError as exc:  # refused, timed out, dropped
                retryable = isinstance(exc, (httpx.ConnectError, httpx.TimeoutException, httpx.RemoteProtocolError))
                if streamed or not retryable or attempt >= self.retries:
                    tries = f" (after {attempt + 1} attempt(s))" if retryable else ""
                    raise LLMServerError(f"{url}: {type(exc).__name__}: {exc}{tries}") from None
            time.sleep(self.backoff * (2**attempt))
            attempt += 1

    def _post(self, url: str, body: dict, stop: Sequence[str], *, detect: bool) -> Iterator[str]:
        emitted = ""
        with self._client.stream("POST", url, json=body) as response:
            if response.status_code >= 400:
                detail = response.read().decode("utf-8", "replace")[:300]
                if detect and (response.status_code in (404, 405) or _NO_TEMPLATE.search(detail)):
                    raise _NoChatTemplate(detail)
                if response.status_code in _RETRY_STATUS:
                    raise _Retryable(f"HTTP {response.status_code}: {detail}")
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
    """Content deltas from an SSE stream of chat-completion (``delta.content``) or completion (``text``) chunks."""
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
