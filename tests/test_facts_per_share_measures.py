"""A per-share row is earnings per share only when its measure is earnings / net income (loss): a REIT's FFO per
share, an adjusted or non-GAAP EPS and the shares used in the per-share calculation are never stored as EPS (a
filing whose own EPS row is missed would otherwise answer "diluted EPS" with FFO). Fictional filer, our own rows."""
from __future__ import annotations

from assistant.finance.extract import earnings_per_share, extract_facts
from assistant.types import DocMeta, Page

META = DocMeta(doc_id="nwrt000000000001", doc="NORTHWIND_REALTY_2025_10K", source="nwrt.pdf",
               company="Northwind Realty Trust", doc_type="10-K", fiscal_year=2025, period="FY2025")

OPERATIONS = """NORTHWIND REALTY TRUST
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share data)
Years Ended December 31,
2025 2024 2023
Rental revenues $ 812,400 $ 760,100 $ 701,900
Net income attributable to common shareholders 120,300 98,700 87,200
Net income per common share:
Basic $ 1.21 $ 1.02 $ 0.93
Diluted $ 1.20 $ 1.01 $ 0.92
"""

FFO = """Non-GAAP Financial Measures
Reconciliation of Net Income to FFO and Core FFO
(In thousands, except per share data)
Years Ended December 31,
2025 2024
Net income attributable to common shareholders $ 120,300 $ 98,700
Real estate depreciation and amortization 210,500 199,800
FFO attributable to common shareholders $ 330,800 $ 298,500
FFO per diluted share $ 3.31 $ 3.05
Core FFO per diluted share $ 3.41 $ 3.12
FFO per share:
Basic $ 3.33 $ 3.07
Diluted $ 3.31 $ 3.05
AFFO per share — diluted $ 2.95 $ 2.80
Funds from operations per share - basic $ 3.34 $ 3.08
Adjusted diluted earnings per share $ 1.38 $ 1.19
Non-GAAP diluted EPS $ 1.40 $ 1.22
Shares used in per share calculation:
Diluted 99,800 97,100
Net income per diluted share $ 1.20 $ 1.01
"""


def _facts(*texts: str):
    return extract_facts(META, [Page(META.doc_id, META.doc, META.source, i + 1, t) for i, t in enumerate(texts)])


def test_ffo_and_non_gaap_per_share_rows_are_never_eps():
    facts = _facts(OPERATIONS, FFO)
    eps = {(f.page, f.metric, f.period): f.value for f in facts if f.metric in ("eps_basic", "eps_diluted")}
    assert eps[(1, "eps_diluted", "FY2025")] == 1.20 and eps[(1, "eps_basic", "FY2024")] == 1.02
    # the FFO page's only EPS row is the one whose measure is net income
    assert {k: v for k, v in eps.items() if k[0] == 2} == {(2, "eps_diluted", "FY2025"): 1.20,
                                                          (2, "eps_diluted", "FY2024"): 1.01}


def test_a_filing_whose_eps_row_is_missed_has_no_eps_from_its_ffo_table():
    assert not [f for f in _facts(FFO.replace("Net income per diluted share $ 1.20 $ 1.01\n", ""))
                if f.metric in ("eps_basic", "eps_diluted")]


def test_earnings_per_share_reads_the_measure_before_per():
    for label in ("Basic", "Diluted", "Diluted EPS", "Diluted earnings per share", "Net loss per share — Basic",
                  "Net income per common share — Diluted", "Earnings per share attributable to Contoso — diluted",
                  "Income from continuing operations per diluted share"):
        assert earnings_per_share(label), label
    for label in ("FFO per diluted share", "Core FFO per share — Diluted", "AFFO per share — diluted",
                  "Funds from operations per share - basic", "Adjusted diluted EPS", "Core earnings per share",
                  "Non-GAAP diluted earnings per share", "Distributable earnings per share",
                  "Shares used in per share calculation — Diluted", "Book value per share"):
        assert not earnings_per_share(label), label


def test_the_filers_own_adjusted_eps_is_still_looked_up_as_reported():
    """The non-GAAP rows are no EPS facts, yet "What was its non-GAAP diluted EPS?" is answered from the filer's own
    row (as reported, never computed); the GAAP EPS question still gets the statement's row."""
    from assistant.answer.intents import answer_question
    from finance_filings import memory_index
    recon = """Reconciliation of GAAP to Non-GAAP Measures
(In thousands, except per share data)
Years Ended December 31,
2025 2024
Net income attributable to common shareholders $ 120,300 $ 98,700
Impact of restructuring charges on diluted EPS 0.18 0.21
Non-GAAP diluted EPS $ 1.40 $ 1.22
"""
    idx = memory_index([(META, {1: OPERATIONS, 2: recon})])
    a = answer_question("What was Northwind Realty Trust's non-GAAP diluted EPS in 2025?", idx)
    assert a is not None and not a.refused and "1.40" in a.text and "non-GAAP" in a.text, a and a.text
    a = answer_question("What was Northwind Realty Trust's diluted EPS in 2025?", idx)
    assert a is not None and not a.refused and "1.20" in a.text and "1.40" not in a.text, a and a.text
