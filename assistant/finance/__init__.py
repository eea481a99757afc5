"""finance: what mia knows about financial statements.

In: pages (``extract``), facts (``formulas``, ``select``). Out: ``Fact`` rows with period, unit and scale
(``extract``), calculations with their formula and inputs (``formulas``), the row that answers a question
(``select``). Every metric is defined once, in ``registry``.
May import: ``types``, ``text``.
"""
