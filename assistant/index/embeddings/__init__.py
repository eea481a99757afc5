"""index.embeddings: the Embedder protocol and its backends (base: protocol + hash fake, minilm)."""
