""""Does it carry a heavy debt load?", "Is its debt burden high?", "Is it highly levered?" ask the leverage judgement
in other words: the debt-to-equity ratio against the stated 2.0x convention, every row cited. Debt carried against a
stockholders' deficit (equity below zero) is beyond every leverage threshold: never a "No" from the negative ratio.
Every filer, row and wording below is written for this test."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.judgements import judgement_in
from assistant.types import DocMeta
from finance_filings import memory_index

HALBERD = DocMeta(doc_id="dhlb", doc="halberd_towers_q2_2026_release", source="halberd_towers_q2_2026_release.pdf",
                  title="Halberd Towers, Inc. - Form 10-K", company="Halberd Towers",
                  doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
HALBERD_BS = """HALBERD TOWERS, INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31, 2025 2024
Cash and cash equivalents $ 38.2 $ 44.9
Accounts receivable, net 71.5 66.0
Total current assets 109.7 110.9
Property and equipment, net 2,412.8 2,301.4
Total assets $ 2,522.5 $ 2,412.3
Debt due within one year $ 20.0 $ 20.0
Accounts payable and accrued liabilities 95.1 90.2
Total current liabilities 115.1 110.2
Long-term debt, excluding current portion 1,644.7 1,598.0
Other long-term liabilities 52.3 49.8
Total liabilities 1,812.1 1,758.0
Total stockholders' equity 710.4 654.3
Total liabilities and stockholders' equity $ 2,522.5 $ 2,412.3
"""

PELLOW = DocMeta(doc_id="dplw", doc="pellow_fitness_10k_fy2025", source="pellow_fitness_10k_fy2025.pdf",
                 title="Pellow Fitness Holdings, Inc. - Form 10-K", company="Pellow Fitness Holdings",
                 doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
PELLOW_BS = """PELLOW FITNESS HOLDINGS, INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31, 2025 2024
Cash and cash equivalents $ 212.6 $ 190.3
Other current assets 61.4 58.8
Total current assets 274.0 249.1
Property and equipment, net 512.9 488.7
Goodwill and intangible assets 640.2 641.5
Total assets $ 1,427.1 $ 1,379.3
Current maturities of long-term debt $ 14.0 $ 14.0
Accounts payable and accrued liabilities 121.7 118.0
Total current liabilities 135.7 132.0
Long-term debt, net 1,322.6 1,334.1
Other long-term liabilities 41.2 39.9
Total liabilities 1,499.5 1,506.0
Total stockholders' equity (deficit) (72.4) (126.7)
Total liabilities and stockholders' equity (deficit) $ 1,427.1 $ 1,379.3
"""


def _index():
    return memory_index([(HALBERD, {4: HALBERD_BS}), (PELLOW, {5: PELLOW_BS})])


@pytest.mark.parametrize("question", [
    "Does Halberd Towers carry a heavy debt load?",
    "Is Halberd's debt burden too heavy at the end of 2025?",
    "Judging by its balance sheet, is Pellow Fitness highly levered?",
    "Is Halberd Towers a debt-laden company?",
    "Does Pellow carry heavy borrowings?",
])
def test_the_weight_of_debt_is_the_leverage_judgement(question):
    c = judgement_in(question)
    assert c is not None and c.key == "high_leverage"


@pytest.mark.parametrize("question", [
    "Is Halberd's debt load a concern?",  # asks more than the ratio: maturities, cover
    "Is Halberd's debt load manageable?",
])
def test_a_debt_load_asked_as_a_concern_is_not_the_ratio(question):
    assert judgement_in(question) is None
    heavy = judgement_in(question.replace("debt load", "heavy debt load").replace(" a concern", "").replace(
        " manageable", ""))
    assert heavy is not None and heavy.key == "high_leverage"


def test_a_heavy_debt_load_is_yes_with_the_ratio_and_convention():
    a = answer_question("Does Halberd Towers carry a heavy debt load at December 31, 2025?", _index())
    assert a is not None and not a.refused, a and a.text
    # (20.0 + 1,644.7) / 710.4 = 2.34x
    assert a.text.startswith("Yes:") and "2.34x" in a.text and "2.0x" in a.text, a.text
    # the debt rows added up, set against the equity, and the cash held beside them
    assert "Total debt was $1,664.7 million" in a.text and "total debt = 20 + 1,644.7 = 1,664.7" in a.text, a.text
    assert "$38.20 million" in a.text and "Formula: cash and cash equivalents" not in a.text, a.text


def test_debt_against_a_stockholders_deficit_is_never_no():
    a = answer_question("Does Pellow Fitness Holdings rely heavily on debt financing, judging by its balance sheet at "
                        "December 31, 2025?", _index())
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("Yes:"), a.text
    assert "deficit" in a.text and "72.4" in a.text, a.text
