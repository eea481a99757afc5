"""finance: what mia knows about financial statements.

In: pages (``extract``), facts (``formulas``, ``select``). Out: ``Fact`` rows with period, unit and scale
(``extract``), calculations with their formula and inputs (``formulas``), the row that answers a question
(``select``), which statement a page is (``statements``), one item printed on several rows (``combined``),
metrics that do not apply to a bank or an insurer (``applicability``), the check of one calculation input on
its page (``inputs``). Every metric is defined once, in ``registry``.
May import: ``types``, ``text``.
"""
