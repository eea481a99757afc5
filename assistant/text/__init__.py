"""text: plain-text helpers every later stage shares; no knowledge of documents, indexes or answers.

In: strings. Out: numbers as written (``numbers``: ``Num``, ``parse_numbers``, ``claims``, ``numbers_match``),
sentence and line spans (``sentences``: ``sentence_spans``, ``split_sentences``, ``cited``, ``content_words``,
``is_heading``), names (``names``: the one company-name normaliser ``squash``/``base_name``, ``named_entities``),
periods (``periods``: the period grammar of questions and file names), counting words (``counts``: the one
table of number words, ``counting``, ``number_words``; the nouns a count of reasons names), a word's plural folded (``stems.word_stem``).
May import: ``types``; nothing else of the package.
"""
