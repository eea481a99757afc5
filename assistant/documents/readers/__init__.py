"""documents.readers: one file -> (DocMeta, list[Page]); base (discovery, text/html, cleaning), pdf (pypdfium2)."""
