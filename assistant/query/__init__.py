"""query: what a question asks, read from its words and the index's document list.

In: a question (and the conversation, the index's ``DocMeta`` list). Out: the companies it names
(``entities``: ``companies_in``, ``company_groups``, ``resolve_company``, ``proper_names``), what it asks
(``intent``: ``read_question`` -> ``Request``, ``question_metrics``, ``is_yes_no``), and a standalone form of a
follow-up (``followup``: ``rewrite_followup``).
May import: ``types``, ``text``, ``finance`` (the metric registry and formula recipes).
"""
