"""Session 30 (f30-fbx): a row counting shares or securities that names the EPS it serves is a count, never EPS. The
filer (Thornbury Gaming Group) and its rows were written for this test."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from finance_filings import memory_index
from finance_filings_more import meta

THORN = meta("THORNBURY_2025_10K", "Thornbury Gaming Group, Inc.", 2025)

INCOME = """THORNBURY GAMING GROUP, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share data)
Year Ended December 31, 2025 2024 2023
Net revenues $ 4,812,300 $ 4,455,900 $ 4,120,600
Operating income 702,400 655,100 598,800
Net income attributable to Thornbury Gaming Group, Inc. $ 391,700 $ 352,400 $ 310,900
Earnings per share
Basic $ 2.62 $ 2.31 $ 2.02
Diluted $ 2.58 $ 2.27 $ 1.99
"""

NOTE = """THORNBURY GAMING GROUP, INC.
NOTES TO CONSOLIDATED FINANCIAL STATEMENTS
Note 12 - Earnings per share
The table below reconciles basic and diluted weighted average common shares outstanding.
Year Ended December 31, 2025 2024 2023
(In thousands)
Basic shares used in the EPS computation 149,510 152,550 153,910
Diluted shares used in the EPS computation 151,820 155,240 156,230
Average common shares for diluted EPS 151,820 155,240 156,230
Antidilutive stock awards left out of the diluted EPS computation 2,410 1,980 3,150
"""


def test_share_counts_naming_eps_are_never_eps():
    index = memory_index([(THORN, {58: INCOME, 84: NOTE})])
    eps = [f for f in index.facts() if f.metric in ("eps_basic", "eps_diluted")]
    assert eps and all(abs(f.value) < 10 for f in eps), [(f.label, f.value) for f in eps]
    a = answer_question("What was Thornbury Gaming Group's diluted EPS in 2025 and 2024?", index)
    assert a is not None and not a.refused and "$2.58" in a.text and "$2.27" in a.text, a and a.text
