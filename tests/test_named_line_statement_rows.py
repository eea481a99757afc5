"""A line no metric of mia's names, asked as a share of a total, is read from the primary statement's row that bears
its name, even where a discussion table prints the same line under a longer label ("Total upkeep and repair expenses"
in a reconciliation beside the statement's "Upkeep and repair" under its expenses heading). A share asked before a
colon ("<part> as a share of <whole>: what was it ...?") is a share of that whole, never the whole's own level.
Fictional filers, figures and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

# a water and power utility: the statement's expense rows carry no head word; the discussion's reconciliation table
# prints the same lines as "Total ... expenses"
TARN = meta("TARNVALE_UTILITIES_2025_10K", "Tarnvale Utilities Corp.", 2025)
TARN_INCOME = """TARNVALE UTILITIES CORP.
CONSOLIDATED STATEMENTS OF OPERATIONS
(Dollars in millions)
Year Ended Dec. 31, 2025 2024
Operating revenues $ 2,500 $ 2,400
Operating expenses:
Upkeep and repair 1,000 960
Depreciation and amortization 400 380
General taxes 200 190
Total operating expenses, net 1,600 1,530
Operating income 900 870
Interest expense 150 140
Income before income taxes 750 730
Provision for income taxes 150 146
Net income $ 600 $ 584
Read with the notes that follow.
"""
TARN_MDNA = """Table of Contents
The table below reconciles upkeep and repair expenses and operating revenues, each as determined under GAAP, to
the amounts used in our regulated efficiency measure:
For the Years Ended December 31,
(Dollars in millions) 2025 2024 2023
Total upkeep and repair expenses $ 1,000 $ 960 $ 900
Less:
Upkeep and repair expenses—Other 300 280 250
Total upkeep and repair expenses—Regulated 700 680 650
Total operating revenues $ 2,500 $ 2,400 $ 2,300
Less:
Operating revenues—Other 500 480 460
Total operating revenues—Regulated 2,000 1,920 1,840
Regulated efficiency measure 35.0 % 35.4 % 35.3 %
"""

# a property owner: the statement's expense rows carry no head word; a same-store table in the discussion prints the
# line with its head and a total's word
ORCH = meta("ORCHARDGATE_PROPERTIES_2025_10K", "Orchardgate Properties Trust", 2025)
ORCH_INCOME = """ORCHARDGATE PROPERTIES TRUST
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)
Year Ended December 31, 2025 2024
Revenues:
Rental revenue $ 800,000 $ 750,000
Other property revenue 50,000 50,000
Total revenues 850,000 800,000
Expenses:
Property operating 170,000 160,000
Real estate taxes 85,000 80,000
General and administrative 40,000 38,000
Depreciation and amortization 300,000 290,000
Total expenses 595,000 568,000
Operating income 255,000 232,000
Net income $ 200,000 $ 180,000
"""
ORCH_MDNA = """Same-store results
The following table presents the operating results of our properties:
(in thousands) 2025 2024 $ Change % Change
Rental revenue $ 800,000 $ 750,000 $ 50,000 6.7 %
Total property operating costs 170,000 160,000 10,000 6.3 %
Real estate taxes 85,000 80,000 5,000 6.3 %
Net operating income $ 545,000 $ 510,000 $ 35,000 6.9 %
"""

IX = memory_index([(TARN, {48: TARN_MDNA, 71: TARN_INCOME}), (ORCH, {39: ORCH_MDNA, 62: ORCH_INCOME})])


@pytest.mark.parametrize("question, shares", [
    ("For 2025 and 2024, what was Tarnvale Utilities' upkeep and repair expense as a percentage of its "
     "operating revenues? Round to two decimals.", ("40.00%", "40.00%")),
    ("Upkeep and repair expenses as a share of operating revenues: what was it for Tarnvale in 2025?", ("40.0",)),
])
def test_the_statement_row_before_a_longer_label_in_a_discussion_table(question, shares):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    for s in shares:
        assert s in a.text, a.text
    assert any(c.page == 71 for c in a.citations), [(c.page, c.text) for c in a.citations]


@pytest.mark.parametrize("question, shares", [
    ("What were Orchardgate's property operating costs as a percentage of total revenues in 2025 and 2024?",
     ("20.0%", "20.0%")),  # 170,000 / 850,000; 160,000 / 800,000
    ("Orchardgate Properties Trust: property operating expenses as a proportion of total revenues in 2025?",
     ("20.0",)),
])
def test_the_statement_row_of_a_second_filer(question, shares):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    for s in shares:
        assert s in a.text, a.text
    assert any(c.page == 62 for c in a.citations), [(c.page, c.text) for c in a.citations]


@pytest.mark.parametrize("question", [
    "Marketing outlays as a share of operating revenues: what was that for Tarnvale Utilities in 2025?",
    "Customer service outlays as a proportion of operating revenues: what were they for Tarnvale in 2024?",
])
def test_a_share_asked_before_a_colon_is_never_its_base(question):
    # no row names the part: never the base's own level (the revenue) in its place
    a = answer_question(question, IX)
    assert a is None or a.refused or not any(v in a.text for v in ("2,500", "2,400", "850,000", "850.0")), a.text
