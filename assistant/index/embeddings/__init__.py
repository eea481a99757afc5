"""index.embeddings: text -> unit-length float32 vectors.

Modules: ``base`` (the ``Embedder`` protocol, ``normalise_rows``), ``hash`` (``HashEmbedder``, the fake),
``minilm`` (the bundled all-MiniLM-L6-v2 on torch or ONNX Runtime; torch/onnxruntime are imported only when the
model is first used). Here: ``get_embedder(settings)`` picks the embedder for a new index; ``embedder_for(name,
settings)`` the one an existing index was built with (its recorded name), since queries must be embedded the way
the index's chunks were (``EmbedderUnavailable`` when this installation cannot make it); ``document_embedder``
the one an ingest embeds chunks with (the same model, in bf16 where that is native: the same vectors to cosine
0.9999, at about half the CPU).
May import: ``config``, ``types``, ``index.store`` (its ``IndexMismatch``).
"""

from __future__ import annotations

import importlib.util
import re
from typing import TYPE_CHECKING, Iterable

from ..store import IndexMismatch
from .base import Embedder
from .hash import HashEmbedder
from .minilm import BATCH, BF16_BATCH, MODEL_NAME, Bf16MiniLM, bf16_native, load_minilm

if TYPE_CHECKING:
    from ...config import Settings


def get_embedder(settings: "Settings") -> Embedder:
    """The embedder named by ``settings.embedder`` (``"minilm"`` or ``"hash"``)."""
    if settings.embedder == "hash":
        return HashEmbedder()
    if settings.embedder == "minilm":
        return load_minilm(
            backend=settings.embed_backend,
            batch_size=settings.embed_batch_size or BATCH,
            cache_dir=settings.cache_dir,
            quantized=settings.embed_int8,
        )
    raise ValueError(f"unknown embedder {settings.embedder!r}: expected 'minilm' or 'hash'")


def document_embedder(embedder: Embedder, settings: "Settings", native: bool | None = None) -> Embedder:
    """The embedder an ingest embeds chunks with, given ``embedder``, the one the index records (its queries'):
    for fp32 MiniLM, MiniLM in bfloat16 on torch (``Bf16MiniLM``) when ``settings.embed_bf16`` is "auto", the
    processor multiplies bf16 natively (``native``; None: ``bf16_native()``) and torch is installed; else
    ``embedder`` itself. Rule: documents may be embedded at another precision than queries only when the vectors
    are interchangeable (cosine >= 0.9999 to fp32, as bf16's are; int8's, 0.97-0.99, are not: an int8 index
    embeds both in int8). The index records each precision its chunks were embedded at (``info["precisions"]``).
    Its batch size is ``settings.embed_batch_size`` when set, else bf16's own measured best (``BF16_BATCH``)."""
    if settings.embed_bf16 != "auto" or embedder.name != MODEL_NAME or getattr(embedder, "precision", "") != "fp32":
        return embedder
    if not (bf16_native() if native is None else native) or importlib.util.find_spec("torch") is None:
        return embedder
    return Bf16MiniLM(batch_size=settings.embed_batch_size or BF16_BATCH)


class EmbedderUnavailable(IndexMismatch):
    """The embedder an index was built with cannot be made here (unknown name, or its runtime is missing)."""


INT8_SUFFIX = "-int8"


def known_embedders() -> list[str]:
    """The embedder names ``embedder_for`` can make (``hash-N`` for any width N)."""
    return ["hash-N", MODEL_NAME, MODEL_NAME + INT8_SUFFIX]


# the precisions whose document vectors each embedder's queries match (issue 15: bf16 is fp32 to cosine 0.9999;
# int8 is its own space); a name not here (hash-N) records none
PRECISIONS = {MODEL_NAME: {"fp32", "bf16"}, MODEL_NAME + "-int8": {"int8"}}


def embedder_for(name: str, settings: "Settings", where: str = "this index",
                 precisions: "Iterable[str]" = ()) -> Embedder:
    """The embedder named ``name`` (as an index records it in its info), made with ``settings``' batch size,
    backend and cache. An fp32 MiniLM index may be queried through torch or ONNX (the same vectors); an int8
    index only through ONNX Runtime with int8 weights, whatever ``embed_backend``/``embed_int8`` say.
    Raises ``EmbedderUnavailable`` (one line naming ``where``) for a name this mia does not know, when the
    runtime it needs is not installed, or when the index records a precision its chunks were embedded at
    (``precisions``, ``info["precisions"]``) that this name's queries do not match (``PRECISIONS``)."""
    odd = sorted(set(precisions) - PRECISIONS.get(name, set()))
    if odd:
        matched = ", ".join(sorted(PRECISIONS.get(name, ()))) or "none"
        raise EmbedderUnavailable(f"{where}: chunks embedded by {name} at precision {', '.join(odd)}, which its "
                                  f"queries do not match (they match: {matched}); ingest the files into a new index")
    m = re.fullmatch(r"hash-(\d+)", name or "")
    if m:
        return HashEmbedder(dim=int(m.group(1)))
    if name == MODEL_NAME:
        backend = "torch" if settings.embed_backend == "torch" else "onnx"
        return load_minilm(backend=backend, batch_size=settings.embed_batch_size or BATCH, cache_dir=settings.cache_dir)
    if name == MODEL_NAME + INT8_SUFFIX:
        if importlib.util.find_spec("onnxruntime") is None:
            raise EmbedderUnavailable(f"{where}: built with embedder {name}, which needs onnxruntime (not installed "
                                      "here); install it, or ingest the files into a new index")
        emb = load_minilm(backend="onnx", batch_size=settings.embed_batch_size or BATCH, cache_dir=settings.cache_dir,
                          quantized=True)
        if not emb.model_path().is_file() and importlib.util.find_spec("onnx") is None:
            raise EmbedderUnavailable(f"{where}: built with embedder {name}, whose int8 model is made once with the "
                                      f"'onnx' package (not installed here, and no model in {emb.cache_dir}); "
                                      "install onnx, or ingest the files into a new index")
        return emb
    raise EmbedderUnavailable(f"{where}: built with embedder {name!r}, which this mia cannot make (it has "
                              f"{', '.join(known_embedders())}); ingest the files into a new index")
