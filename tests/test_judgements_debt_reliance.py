""""Does it rely heavily on debt financing?" is the question of high leverage in other words: the debt-to-equity ratio
from the balance sheet against the stated 2.0x convention, every row cited. A question naming leases beside debt ("debt
and lease financing") asks more than the debt: no verdict from the debt alone when no lease row was counted. Every
filer, row and wording below is written for this test."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.judgements import judgement_in
from assistant.types import DocMeta
from finance_filings import memory_index

FENWICK = DocMeta(doc_id="dfwk", doc="fenwick_outdoor_10k_fy2025", source="fenwick_outdoor_10k_fy2025.pdf",
                  title="Fenwick Outdoor Stores, Inc. - Form 10-K", company="Fenwick Outdoor Stores",
                  doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
FENWICK_BS = """FENWICK OUTDOOR STORES, INC.
CONSOLIDATED BALANCE SHEETS
(in thousands)
December 31, 2025 2024
Cash and cash equivalents $ 84,120 $ 71,905
Merchandise inventories 402,660 388,214
Other current assets 22,318 19,876
Total current assets 509,098 479,995
Property and equipment, net 611,450 598,302
Operating lease right-of-use assets 955,870 930,115
Total assets $ 2,076,418 $ 2,008,412
Accounts payable $ 160,540 $ 151,226
Current maturities of long-term debt 15,000 12,500
Current operating lease liabilities 118,205 112,870
Accrued liabilities 96,311 90,045
Total current liabilities 390,056 369,141
Long-term debt, less current maturities 185,000 202,500
Long-term operating lease liabilities 884,930 862,004
Other long-term liabilities 31,402 30,318
Total liabilities 1,491,388 1,461,463
Total shareholders' equity 585,030 546,949
Total liabilities and shareholders' equity $ 2,076,418 $ 2,008,412
"""

CORBY = DocMeta(doc_id="dcrb", doc="corby_racetracks_10k_fy2025", source="corby_racetracks_10k_fy2025.pdf",
                title="Corby Racetracks, Inc. - Form 10-K", company="Corby Racetracks",
                doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
CORBY_BS = """CORBY RACETRACKS, INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31, 2025 2024
Cash and cash equivalents $ 61.4 $ 55.2
Other current assets 40.8 38.1
Total current assets 102.2 93.3
Property and equipment, net 1,204.6 1,188.9
Total assets $ 1,306.8 $ 1,282.2
Current portion of long-term debt $ 12.0 $ 12.0
Accounts payable and accrued liabilities 88.5 84.7
Total current liabilities 100.5 96.7
Long-term debt, net 948.3 955.6
Other long-term liabilities 41.9 40.6
Total liabilities 1,090.7 1,092.9
Total stockholders' equity 216.1 189.3
Total liabilities and stockholders' equity $ 1,306.8 $ 1,282.2
"""


def _index():
    return memory_index([(FENWICK, {5: FENWICK_BS}), (CORBY, {6: CORBY_BS})])


@pytest.mark.parametrize("question", [
    "Does Fenwick rely heavily on debt financing?",
    "Judging by its year-end balance sheet, is Corby heavily reliant on borrowings?",
    "Did Corby Racetracks depend largely on debt in 2025?",
])
def test_reliance_on_debt_is_the_leverage_judgement(question):
    c = judgement_in(question)
    assert c is not None and c.key == "high_leverage"


def test_low_debt_against_equity_is_no():
    a = answer_question("Based on its balance sheet at December 31, 2025, does Fenwick Outdoor Stores rely heavily on "
                        "debt financing?", _index())
    assert a is not None and not a.refused, a and a.text
    # (15,000 + 185,000) / 585,030 = 0.34x
    assert a.text.startswith("No:") and "0.34x" in a.text and "2.0x" in a.text, a.text


def test_high_debt_alone_is_yes():
    a = answer_question("Does Corby Racetracks rely heavily on debt financing, judging by its balance sheet at December "
                        "31, 2025?", _index())
    assert a is not None and not a.refused, a and a.text
    # (12.0 + 948.3) / 216.1 = 4.44x
    assert a.text.startswith("Yes:") and "4.44x" in a.text, a.text


def test_leases_named_and_none_counted_is_no_verdict_of_debt_alone():
    for name in ("Corby Racetracks", "Fenwick Outdoor Stores"):
        a = answer_question(f"Does {name} rely heavily on debt and lease financing, judging by its balance sheet at "
                            "December 31, 2025?", _index())
        assert a is None or a.refused or not a.text.startswith(("Yes", "No")), a.text


def test_no_no_from_debt_alone_when_leases_are_named():
    a = answer_question("Does Fenwick Outdoor Stores rely heavily on debt and lease financing, judging by its balance "
                        "sheet at December 31, 2025?", _index())
    assert a is None or a.refused or not a.text.startswith("No"), a.text


def test_no_no_for_leverage_counting_leases_when_no_lease_row_is_counted():
    a = answer_question("Counting both its debt and its lease financing, was Fenwick Outdoor Stores highly leveraged at "
                        "December 31, 2025?", _index())
    assert a is None or a.refused or not a.text.startswith("No"), a.text
