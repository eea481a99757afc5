"""index: the on-disk index and how documents get into it.

In: paths and an ``Embedder``. Out: an ``Index`` (``store``: generational directories, SQLite, faiss, BM25)
that later stages search, and an ``IngestReport`` (``ingest``: manifest diff, read, chunk, embed, facts).
Embedders live in ``embeddings/``.
May import: ``types``, ``config``, ``text``, ``documents``, ``finance``.
"""
