"""index.embeddings: text -> unit-length float32 vectors.

Modules: ``base`` (the ``Embedder`` protocol, ``normalise_rows``), ``hash`` (``HashEmbedder``, the fake),
``minilm`` (the bundled all-MiniLM-L6-v2 on torch or ONNX Runtime; torch/onnxruntime are imported only when the
model is first used). Here: ``get_embedder(settings)`` picks the embedder for a new index; ``embedder_for(name,
settings)`` the one an existing index was built with (its recorded name), since queries must be embedded the way
the index's chunks were (``EmbedderUnavailable`` when this installation cannot make it).
May import: ``config``, ``types``, ``index.store`` (its ``IndexMismatch``).
"""

from __future__ import annotations

import importlib.util
import re
from typing import TYPE_CHECKING

from ..store import IndexMismatch
from .base import Embedder
from .hash import HashEmbedder
from .minilm import MODEL_NAME, load_minilm

if TYPE_CHECKING:
    from ...config import Settings


def get_embedder(settings: "Settings") -> Embedder:
    """The embedder named by ``settings.embedder`` (``"minilm"`` or ``"hash"``)."""
    if settings.embedder == "hash":
        return HashEmbedder()
    if settings.embedder == "minilm":
        return load_minilm(
            backend=settings.embed_backend,
            batch_size=settings.embed_batch_size,
            cache_dir=settings.cache_dir,
            quantized=settings.embed_int8,
        )
    raise ValueError(f"unknown embedder {settings.embedder!r}: expected 'minilm' or 'hash'")


class EmbedderUnavailable(IndexMismatch):
    """The embedder an index was built with cannot be made here (unknown name, or its runtime is missing)."""


INT8_SUFFIX = "-int8"


def known_embedders() -> list[str]:
    """The embedder names ``embedder_for`` can make (``hash-N`` for any width N)."""
    return ["hash-N", MODEL_NAME, MODEL_NAME + INT8_SUFFIX]


def embedder_for(name: str, settings: "Settings", where: str = "this index") -> Embedder:
    """The embedder named ``name`` (as an index records it in its info), made with ``settings``' batch size,
    backend and cache. An fp32 MiniLM index may be queried through torch or ONNX (the same vectors); an int8
    index only through ONNX Runtime with int8 weights, whatever ``embed_backend``/``embed_int8`` say.
    Raises ``EmbedderUnavailable`` (one line naming ``where``) for a name this mia does not know, or when the
    runtime it needs is not installed."""
    m = re.fullmatch(r"hash-(\d+)", name or "")
    if m:
        return HashEmbedder(dim=int(m.group(1)))
    if name == MODEL_NAME:
        backend = "torch" if settings.embed_backend == "torch" else "onnx"
        return load_minilm(backend=backend, batch_size=settings.embed_batch_size, cache_dir=settings.cache_dir)
    if name == MODEL_NAME + INT8_SUFFIX:
        if importlib.util.find_spec("onnxruntime") is None:
            raise EmbedderUnavailable(f"{where}: built with embedder {name}, which needs onnxruntime (not installed "
                                      "here); install it, or ingest the files into a new index")
        emb = load_minilm(backend="onnx", batch_size=settings.embed_batch_size, cache_dir=settings.cache_dir,
                          quantized=True)
        if not emb.model_path().is_file() and importlib.util.find_spec("onnx") is None:
            raise EmbedderUnavailable(f"{where}: built with embedder {name}, whose int8 model is made once with the "
                                      f"'onnx' package (not installed here, and no model in {emb.cache_dir}); "
                                      "install onnx, or ingest the files into a new index")
        return emb
    raise EmbedderUnavailable(f"{where}: built with embedder {name!r}, which this mia cannot make (it has "
                              f"{', '.join(known_embedders())}); ingest the files into a new index")
