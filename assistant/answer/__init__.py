"""answer: question + hits -> a checked ``Answer``.

``answerer.Answerer.ask`` orchestrates: follow-up rewriting (``query.followup``), the facts path
(``facts_path``: lookups and calculations from extracted facts), retrieval, context (``context``), the prompt
(``prompts``), generation, and the checks (``checks``: everything that decides whether a sentence may be
shown), with citations quoting exact rows (``quotes``).
May import: ``types``, ``config``, ``text``, ``llm``, ``finance``, ``query`` (not ``retrieve``: the retriever
is handed in).
"""
