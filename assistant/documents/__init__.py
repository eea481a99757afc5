"""documents: files -> (DocMeta, pages) -> chunks.

In: paths. Out: ``DocMeta`` and cleaned ``Page`` texts (``readers/``: ``base`` for discovery, HTML, Markdown,
text and cleaning, ``pdf`` for pypdfium2), metadata guessed from names and covers or read from sidecars
(``metadata``), token-bounded ``Chunk``s (``chunking``).
May import: ``types``, ``text``.
"""
