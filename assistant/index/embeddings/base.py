"""Text -> vectors: the ``Embedder`` protocol (the fake is ``hash.py``, the registry ``get_embedder`` in ``__init__``).

Every embedder returns float32 rows of unit length, so an inner product is a cosine similarity. The real
model (MiniLM, torch or ONNX runtime) lives in :mod:`assistant.index.embeddings.minilm` and is imported only when asked
for, so that importing this module stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    pass


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


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """Scale every row to unit length (zero rows stay zero); returns float32."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.maximum(norms, 1e-12, out=norms)
    return (vectors / norms).astype(np.float32, copy=False)


