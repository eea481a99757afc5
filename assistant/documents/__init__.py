"""documents: files -> (DocMeta, pages) -> chunks. readers/ (pdf, html, text), metadata, chunking."""
