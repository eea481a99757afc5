"""A stated definition naming a result line as a loss ("net margin (net loss divided by revenue)") reads the filer's
"Net loss" row as the profit figure it stands for: negative, whether the filer prints it in parentheses or not, so a
loss-making year's net margin is negative and is computed rather than declined. A row naming a particular loss ("Loss
on sale of assets") keeps the filer's sign convention. Fictional filer and rows written for these tests (session 27).
"""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.definitions import _RESULT_LOSS
from finance_filings import memory_index, meta

TS = meta("TESSERA_DEVICES_2025_10K", "Tessera Devices Inc.", 2025)

OPS = """TESSERA DEVICES INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions, except per share amounts)
Year Ended December 27, 2025 December 28, 2024
Net revenue $ 2,480 $ 3,100
Cost of sales 1,910 2,170
Gross margin 570 930
Research and development 512 540
Selling, general and administrative 301 322
Operating loss (243) 68
Interest expense (61) (64)
Loss before income taxes (304) 4
Provision for income taxes 9 12
Net loss $ (313) $ (8)
Net loss per share
Basic and diluted $ (1.04) $ (0.03)
"""

Q = ("What net margin (net loss / net revenue) did Tessera Devices post in FY2025 and in FY2024? Work from its "
     "operations statement; give two decimals.")


@pytest.mark.parametrize("page", [OPS, OPS.replace("Net loss $ (313) $ (8)", "Net loss $ 313 $ 8")])
def test_a_net_loss_row_is_a_negative_net_result(page):
    a = answer_question(Q, memory_index([(TS, {48: page})]))
    assert a is not None and not a.refused, a and a.text
    assert "-12.62%" in a.text and "-0.26%" in a.text, a.text  # -313 / 2,480; -8 / 3,100
    assert "+12.62%" not in a.text


@pytest.mark.parametrize("label, result", [
    ("Net loss", True), ("Operating loss", True), ("Loss from operations", True), ("Loss before income taxes", True),
    ("Net loss attributable to Tessera Devices", True), ("Net loss per share", False), ("Loss on sale of assets", False),
    ("Net loss (income) from discontinued operations", False), ("Net income (loss)", False),
])
def test_only_result_lines_labelled_as_losses_are_read_as_negative_results(label, result):
    assert bool(_RESULT_LOSS.search(label)) is result
