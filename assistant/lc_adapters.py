"""LangChain interoperability through langchain-core only (no langchain-community).

It sits beside ``api.py`` (the facade hands these out: ``Assistant.as_retriever``/``as_runnable``) and imports
only ``types``; ``api`` imports it when asked, because langchain-core is a heavy import.

`make_retriever` gives a ``BaseRetriever`` whose Documents carry doc/page metadata; `make_runnable` gives a
``Runnable`` from a question to an answer dict, so mia composes into LCEL chains.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda
from pydantic import ConfigDict

from .types import hit_record


class MiaRetriever(BaseRetriever):
    """Hybrid mia search as a LangChain retriever."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    assistant: Any
    k: int = 4
    filters: Any = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        docs = []
        for hit in self.assistant.hits(query, k=self.k, filters=self.filters):
            rec = hit_record(hit)
            meta = {key: rec[key] for key in ("doc", "source", "page", "page_end", "score")}
            meta.update({k: v for k, v in rec["metadata"].items() if v is not None})
            docs.append(Document(page_content=rec["text"], metadata=meta))
        return docs


def make_retriever(assistant: Any, k: int = 4, filters: Any = None) -> MiaRetriever:
    return MiaRetriever(assistant=assistant, k=k, filters=filters)


def make_runnable(assistant: Any) -> RunnableLambda:
    def _ask(inp: Any) -> dict[str, Any]:
        if isinstance(inp, dict):
            question = inp.get("question") or inp.get("input") or inp.get("query")
            filters = inp.get("filters")
        else:
            question, filters = str(inp), None
        if not question:
            raise ValueError("the runnable needs a question: a string or {'question': ...}")
        return assistant.ask(question, filters=filters).to_dict()

    return RunnableLambda(_ask, name="mia")
