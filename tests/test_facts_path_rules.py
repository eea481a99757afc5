"""Rules of the facts path on fictional filers: a calculation is not computed from one of several rival amounts;
"has it paid dividends?" answers with the payment and the per-share amount.

The filers are fictional, written for these tests (no row comes from the FinanceBench dev set). Lakeshore
Containers prints inventories on its balance sheet as two component rows under a heading (raw materials; work in
process and finished goods) with no total, while two notes each print an "Inventories" row of their own (a
restructuring reserve, assets held for sale): the components are added up and cited row by row. Driftwood Supply
prints no inventory on its balance sheet and the same two kinds of note: no primary-statement row settles which
amount is the company's inventory, so a quick ratio is withdrawn, naming every rival amount. Bayview Tools prints
its inventory on the balance sheet and a different note amount elsewhere: the statement row wins.
"""

from __future__ import annotations

from assistant.answer.facts_path import answer_from_facts
from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index


def _meta(stem: str, company: str) -> DocMeta:
    return DocMeta(doc_id=stem.lower()[:16], doc=stem, source=f"{stem}.pdf", company=company, fiscal_year=2024,
                   period="FY2024", doc_type="10-K")


LAKE = _meta("LAKESHORE_2024_10K", "Lakeshore Containers plc")
BAY = _meta("BAYVIEW_2024_10K", "Bayview Tools Inc.")
DRIFT = _meta("DRIFTWOOD_2024_10K", "Driftwood Supply Corp.")

DRIFT_BS = """DRIFTWOOD SUPPLY CORP.
CONSOLIDATED BALANCE SHEETS
(in millions)
As of September 30 2024 2023
Cash and cash equivalents $ 210 $ 190
Accounts receivable, net 330 310
Prepaid expenses and other current assets 95 90
Total current assets 1,060 990
Total assets 2,800 2,650
Accounts payable 300 280
Total current liabilities 540 500
"""

LAKE_BS = """LAKESHORE CONTAINERS PLC
CONSOLIDATED BALANCE SHEETS
(in millions)
As of June 30 2024 2023
Current assets:
Cash and cash equivalents $ 640 $ 710
Trade receivables, net 1,820 1,905
Raw materials and supplies 1,010 1,120
Work in process and finished goods 1,240 1,300
Prepaid expenses and other current assets 410 380
Total current assets 5,120 5,415
Total assets 16,400 16,900
Current liabilities:
Trade payables 2,530 2,610
Short-term debt 180 240
Total current liabilities 4,350 4,700
"""

LAKE_NOTE_RESTRUCTURING = """Note 7. Restructuring
The restructuring reserve by type of asset written down:
(in millions) 2024 2023
Property, plant and equipment $ 35 $ 28
Inventories 25 18
Total $ 60 $ 46
"""

LAKE_NOTE_HELD_FOR_SALE = """Note 9. Assets held for sale
The carrying amounts of the assets of the disposal group:
(in millions) 2024 2023
Trade receivables $ 30 $ 22
Inventories 12 9
Total assets held for sale $ 42 $ 31
"""

BAY_BS = """BAYVIEW TOOLS INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
As of December 31 2024 2023
Cash and cash equivalents $ 300 $ 250
Accounts receivable, net 420 400
Inventories 510 480
Total current assets 1,330 1,210
Total assets 3,900 3,700
Accounts payable 380 360
Total current liabilities 700 650
"""

BAY_IS = """BAYVIEW TOOLS INC.
CONSOLIDATED STATEMENTS OF INCOME
(in millions, except per share amounts)
Years ended December 31 2024 2023
Net sales $ 2,600 $ 2,450
Net income $ 190 $ 170
Cash dividends declared per common share $ 0.60 $ 0.55
"""

BAY_CF = """BAYVIEW TOOLS INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(in millions)
Years ended December 31 2024 2023
Net cash provided by operating activities $ 260 $ 240
Cash dividends paid (120) (110)
"""

BAY_NONGAAP = """Reconciliation of Non-GAAP Measures
(in millions)
Years ended December 31 2024 2023
Net income $ 190 $ 170
Interest expense 35 33
Income tax expense 60 55
Depreciation and amortization 150 140
Restructuring charges 77 72
Adjusted EBITDA $ 512 $ 470
"""

BAY_NOTE = """Note 5. Inventories
Inventories held at consignment locations:
(in millions) 2024 2023
Inventories $ 64 $ 59
"""


def index():
    return memory_index([(LAKE, {52: LAKE_BS, 88: LAKE_NOTE_RESTRUCTURING, 95: LAKE_NOTE_HELD_FOR_SALE}),
                    (DRIFT, {30: DRIFT_BS, 61: LAKE_NOTE_RESTRUCTURING, 66: LAKE_NOTE_HELD_FOR_SALE}),
                    (BAY, {39: BAY_IS, 40: BAY_BS, 42: BAY_CF, 35: BAY_NONGAAP, 71: BAY_NOTE})])


def test_a_calculation_from_rival_note_rows_is_withdrawn_with_every_value_shown():
    ix = index()
    for ask in (answer_from_facts, answer_question):
        a = ask("What is Driftwood Supply's quick ratio for FY2024?", ix)
        assert a is not None and a.refused and "withdrawn" in a.text, (ask, a and a.text)
        assert "25" in a.text and "12" in a.text  # both rival amounts, each cited where it is printed
        assert {c.page for c in a.citations} == {61, 66}
        assert "x" not in a.text.split("withdrawn")[0]  # no ratio computed before the word "withdrawn"


def test_a_change_question_is_withdrawn_too_and_says_why():
    a = answer_question("Has Driftwood's quick ratio improved or declined between FY2023 and FY2024?", index())
    assert a is not None and a.refused and "conflicting values" in a.text
    assert not a.text.startswith(("Yes", "No:"))


def test_component_rows_under_a_heading_on_the_balance_sheet_make_the_metric():
    # inventories 1,010 + 1,240 = 2,250; quick ratio (5,120 - 2,250) / 4,350 = 0.66x; FY2023: 1,120 + 1,300 = 2,420,
    # (5,415 - 2,420) / 4,700 = 0.64x; the notes' 25 and 12 are not the company's inventory
    a = answer_question("Has Lakeshore's quick ratio improved or declined between FY2023 and FY2024?", index())
    assert a is not None and not a.refused, a and a.text
    assert "0.66x" in a.text and "0.64x" in a.text and "2,250" in a.text
    assert {c.page for c in a.citations} == {52}
    labels = {i.label for i in a.inputs}
    assert "Raw materials and supplies" in labels and "Work in process and finished goods" in labels


def test_a_primary_statement_row_beats_a_note_row():
    # (1,330 - 510) / 700 = 1.17x, from the balance sheet; the consignment note's 64 is not the inventory
    a = answer_from_facts("What is Bayview Tools' quick ratio for FY2024?", index())
    assert a is not None and not a.refused and "1.17x" in a.text, a and a.text
    assert a.citations[0].page == 40 and all(c.page == 40 for c in a.citations[:3])


def test_has_it_paid_dividends_gives_the_payment_and_the_per_share_amount():
    a = answer_from_facts("Did Bayview Tools pay dividends to common shareholders in FY2024?", index())
    assert a is not None and a.text.startswith("Yes:"), a and a.text
    assert "$120 million" in a.text and "$0.60 per share" in a.text
    assert {c.page for c in a.citations} == {39, 42}


def test_net_ppe_is_the_net_row_not_the_gross_one_above_it():
    bs = """ALDERWOOD MACHINE CORPORATION
CONSOLIDATED BALANCE SHEET
(Dollars in millions)
At December 31 2024 2023
Total current assets 8,400 8,100
Property, plant and equipment 27,050 26,400
Less: Accumulated depreciation (17,850) (16,900)
Property, plant and equipment — net 9,200 9,500
Total assets 31,000 30,200
"""
    ix = memory_index([(_meta("ALDERWOOD_2024_10K", "Alderwood Machine Corporation"), {48: bs})])
    a = answer_from_facts("What was Alderwood Machine's net PP&E at the end of FY2024?", ix)
    assert a is not None and "$9,200 million" in a.text and "27,050" not in a.text
    # 9,200 / 31,000 = 29.7%
    a = answer_from_facts("What is Alderwood Machine's FY2024 fixed-asset ratio?", ix)
    assert a is not None and "29.7%" in a.text


def test_an_adjusted_figure_is_the_companys_own_row_never_computed():
    a = answer_question("What was Bayview Tools' adjusted EBITDA for FY2024?", index())
    assert a is not None and not a.refused and "$512 million" in a.text and "non-GAAP" in a.text, a and a.text
    assert [c.page for c in a.citations] == [35]
    # a ratio over an adjusted figure is not computed, and a company printing no adjusted row gets no answer
    assert answer_question("What was Bayview Tools' FY2024 interest coverage ratio using adjusted EBITDA?",
                           index()) is None
    assert answer_question("What was Lakeshore Containers' adjusted EBITDA for FY2024?", index()) is None


def test_a_change_of_an_adjusted_figure_is_never_answered_by_one_years_row():
    # a growth, a change or a move asked of a non-GAAP figure: the one period's reported row is no answer to it
    for q in ("By how much did Bayview Tools' adjusted EBITDA grow from 2023 to 2024, in USD millions and in percent?",
              "How did Bayview Tools' adjusted EBITDA change between fiscal 2023 and fiscal 2024?",
              "What was the year-over-year increase in Bayview Tools' FY2024 adjusted EBITDA?"):
        a = answer_question(q, index())
        assert a is None or a.refused or ("512" in a.text and "470" in a.text), (q, a and a.text)
