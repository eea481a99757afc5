"""index.embeddings: text -> unit-length float32 vectors.

Modules: ``base`` (the ``Embedder`` protocol, ``normalise_rows``), ``hash`` (``HashEmbedder``, the fake),
``minilm`` (the bundled all-MiniLM-L6-v2 on torch or ONNX Runtime; torch/onnxruntime are imported only when the
model is first used); ``get_embedder(settings)`` here picks one.
May import: ``config``, ``types``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Embedder
from .hash import HashEmbedder
from .minilm import load_minilm

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
