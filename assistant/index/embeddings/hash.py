"""HashEmbedder: a deterministic, offline fake embedder (hashed word uni/bi-grams), for tests and ``--hash``."""

from __future__ import annotations

import re
import zlib

import numpy as np

from .base import normalise_rows


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


_WORD = re.compile(r"[a-z0-9]+")



_PIECE = re.compile(r"\w+|[^\w\s]")
