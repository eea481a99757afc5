"""Text -> vectors: the ``Embedder`` protocol, a fast deterministic fake and the registry.

Every embedder returns float32 rows of unit length, so an inner product is a cosine similarity. The real
model (MiniLM, torch or ONNX runtime) lives in :mod:`assistant.index.embeddings.minilm` and is imported only when asked
for, so that importing this module stays cheap.
"""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from ...config import Settings


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int
    max_tokens: int  # word pieces one text may have before the model truncates it (special tokens excluded)

    def embed(self, texts: list[str]) -> np.ndarray:
        """float32 array of shape (len(texts), dim), each row L2-normalised."""
        ...

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Word pieces per text, without the model's special tokens."""
        ...


_WORD = re.compile(r"[a-z0-9]+")
_PIECE = re.compile(r"\w+|[^\w\s]")


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """Scale every row to unit length (zero rows stay zero); returns float32."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.maximum(norms, 1e-12, out=norms)
    return (vectors / norms).astype(np.float32, copy=False)


class HashEmbedder:
    """A deterministic stand-in for a sentence model: hashed word unigrams and bigrams, signed.

    Texts that share words get similar vectors, which is enough for tests of ranking, filtering and
    persistence. It needs no model files and embeds thousands of texts per second.
    """

    max_tokens = 512

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def _features(self, text: str) -> list[str]:
        words = _WORD.findall(text.lower())
        return words + [f"{a} {b}" for a, b in zip(words, words[1:])]

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for feature in self._features(text):
                h = zlib.crc32(feature.encode("utf-8"))
                weight = 0.5 if " " in feature else 1.0
                out[i, h % self.dim] += weight if (h >> 16) & 1 else -weight
        return normalise_rows(out)

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(_PIECE.findall(t)) for t in texts]


def get_embedder(settings: "Settings") -> Embedder:
    """The embedder named by ``settings.embedder`` (``"minilm"`` or ``"hash"``)."""
    if settings.embedder == "hash":
        return HashEmbedder()
    if settings.embedder == "minilm":
        from .minilm import load_minilm

        return load_minilm(
            backend=settings.embed_backend,
            batch_size=settings.embed_batch_size,
            cache_dir=settings.cache_dir,
        )
    raise ValueError(f"unknown embedder {settings.embedder!r}: expected 'minilm' or 'hash'")
