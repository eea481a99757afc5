"""retrieve: question -> ranked Hits (hybrid dense + BM25 search, filters, steering, hints)."""
