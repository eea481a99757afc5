"""LangChain interoperability through langchain-core only (no langchain-community).

It sits beside ``api.py`` (the facade hands these out: ``Assistant.as_retriever``/``as_runnable``) and imports
only ``types``; ``api`` imports it when asked, because langchain-core is a heavy import.

`make_retriever` gives a ``BaseRetriever`` whose Documents carry doc/page metadata; it takes
``search_kwargs={"k": 6, "filter": {"company": "NVIDIA"}}`` like other LangChain retrievers (``filter`` or
``filters``: a dict, ``"company=3M year=2018"`` or a list of ``key=value``), and the same keys per call.

`make_runnable` gives a ``Runnable`` from a question to an answer dict (``Answer.to_dict()``), so mia composes
into LCEL chains. Inputs it reads:

- a string: the question;
- a ``HumanMessage`` (or any message): its text; a list of messages, a chat ``PromptValue`` or a dict with
  ``"messages"``: the **last human message** is the question (earlier turns are not used as history);
  ``("human", "...")`` tuples and ``{"role": "user", "content": ...}`` dicts count as human messages;
- a dict: ``question`` (or ``input`` / ``query``), optional ``filters`` (or ``filter``) and ``k``.

Streaming: ``stream()`` / ``astream()`` yield only *checked* text. The answer is produced and verified first;
then its text is streamed in pieces as ``{"answer": piece}`` chunks, followed by one chunk with the rest of the
answer dict (citations, verification, timings, mode). Adding the chunks gives what ``invoke()`` returns. An
unverified draft is never streamed.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.runnables.utils import AddableDict
from pydantic import ConfigDict, Field

from .types import hit_record

__all__ = ["MiaRetriever", "MiaRunnable", "make_retriever", "make_runnable", "read_input"]


class MiaRetriever(BaseRetriever):
    """Hybrid mia search as a LangChain retriever."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    assistant: Any
    k: int = 4
    filters: Any = None
    search_kwargs: dict[str, Any] = Field(default_factory=dict)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, **kwargs: Any
    ) -> list[Document]:
        options = {**self.search_kwargs, **kwargs}
        unknown = set(options) - {"k", "filter", "filters"}
        if unknown:
            raise ValueError(f"search_kwargs: unknown key(s) {', '.join(sorted(unknown))} (use k, filter)")
        k = int(options.get("k", self.k))
        filters = options.get("filter", options.get("filters", self.filters))
        docs = []
        for hit in self.assistant.hits(query, k=k, filters=filters):
            rec = hit_record(hit)
            meta = {key: rec[key] for key in ("doc", "source", "page", "page_end", "score")}
            meta.update({k: v for k, v in rec["metadata"].items() if v is not None})
            docs.append(Document(page_content=rec["text"], metadata=meta))
        return docs


def make_retriever(
    assistant: Any, k: int = 4, filters: Any = None, search_kwargs: Mapping[str, Any] | None = None
) -> MiaRetriever:
    return MiaRetriever(assistant=assistant, k=k, filters=filters, search_kwargs=dict(search_kwargs or {}))


# ------------------------------------------------------------------------------------------------- runnable


def _text_of(content: Any) -> str:
    """A message's content as text (content blocks: their text parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [b if isinstance(b, str) else b.get("text", "") for b in content if isinstance(b, (str, dict))]
        return " ".join(p for p in parts if p)
    return str(content or "")


def _role(message: Any) -> tuple[str, str] | None:
    """(role, text) of a message-like object, or None when it is not one."""
    if hasattr(message, "type") and hasattr(message, "content"):  # a langchain BaseMessage
        return str(message.type), _text_of(message.content)
    if isinstance(message, tuple) and len(message) == 2 and isinstance(message[0], str):
        return message[0], _text_of(message[1])
    if isinstance(message, Mapping) and "content" in message and ("role" in message or "type" in message):
        return str(message.get("role") or message.get("type")), _text_of(message["content"])
    return None


def _last_human(messages: list[Any]) -> str:
    for message in reversed(messages):
        got = _role(message)
        if got and got[0].lower() in ("human", "user"):
            return got[1]
    raise ValueError("the runnable needs a question: the message list has no human message")


def read_input(inp: Any) -> tuple[str, Any, int | None]:
    """(question, filters, k) from what a chain passes in (see the module docstring)."""
    filters, k = None, None
    if hasattr(inp, "to_messages") and not isinstance(inp, (str, Mapping)):  # a ChatPromptValue
        inp = inp.to_messages()
    if isinstance(inp, Mapping) and "messages" in inp and not any(key in inp for key in ("question", "input", "query")):
        filters, k = inp.get("filters", inp.get("filter")), inp.get("k")
        inp = list(inp["messages"])
    if isinstance(inp, Mapping) and _role(inp) is None:
        question = inp.get("question") or inp.get("input") or inp.get("query")
        filters, k = inp.get("filters", inp.get("filter")), inp.get("k")
        if question is not None and not isinstance(question, str):
            question, _, _ = read_input(question)
    elif isinstance(inp, (list, tuple)) and not (isinstance(inp, tuple) and _role(inp)):
        question = _last_human(list(inp))
    elif _role(inp) is not None:
        role, question = _role(inp)
    elif isinstance(inp, str):
        question = inp
    else:
        question = str(inp) if inp is not None else ""
    if not question or not str(question).strip():
        raise ValueError("the runnable needs a question: a string, a HumanMessage or {'question': ...}")
    return str(question), filters, (int(k) if k is not None else None)


_PIECE = re.compile(r"\s*\S+")


class MiaRunnable(Runnable[Any, dict]):
    """question (str, message, message list or dict) -> answer dict; streams checked text only."""

    name: str = "mia"

    def __init__(self, assistant: Any) -> None:
        self.assistant = assistant

    def _answer(self, inp: Any) -> dict[str, Any]:
        question, filters, k = read_input(inp)
        return self.assistant.ask(question, filters=filters, k=k).to_dict()

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> dict[str, Any]:  # noqa: A002
        return self._call_with_config(self._answer, input, config)

    def stream(
        self, input: Any, config: RunnableConfig | None = None, **kwargs: Any  # noqa: A002
    ) -> Iterator[AddableDict]:
        result = self.invoke(input, config)  # answered and verified before anything is streamed
        yield from _chunks(result)

    async def astream(
        self, input: Any, config: RunnableConfig | None = None, **kwargs: Any  # noqa: A002
    ) -> AsyncIterator[AddableDict]:
        result = await self.ainvoke(input, config)
        for chunk in _chunks(result):
            yield chunk


def _chunks(result: dict[str, Any]) -> Iterator[AddableDict]:
    for piece in _PIECE.findall(result.get("answer") or ""):
        yield AddableDict(answer=piece)
    rest = {key: value for key, value in result.items() if key != "answer"}
    if not result.get("answer"):
        rest["answer"] = result.get("answer") or ""
    yield AddableDict(rest)


def make_runnable(assistant: Any) -> MiaRunnable:
    return MiaRunnable(assistant)
