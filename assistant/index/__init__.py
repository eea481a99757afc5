"""index: the on-disk index (store), embedders (embeddings/), and ingest (files -> index)."""
