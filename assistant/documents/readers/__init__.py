"""documents.readers: one file -> (DocMeta, list[Page]); ``base`` (discovery, HTML/Markdown/text, cleaning,
``ReadError``), ``pdf`` (the pypdfium2 backend, imported when a PDF is read)."""
