"""Companies a question names (``assistant/query/entities.py``): the trading symbol a filer's own cover prints.
Every filer, row and question below is fictional and written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.entities import trading_symbols
from assistant.types import DocMeta
from finance_filings import memory_index


# ---- a symbol after the exchange in the 12(b) table (session 30) -----------------------------------------------------
# Session 30 (#10/#11, own-document filings): a filer a question calls by the trading symbol its own cover prints
# is known by it whichever column order its 12(b) table uses (``trading_symbols``: "Name of each exchange |
# Trading Symbol(s)" too), so its figures are computed for a question naming the symbol.

TEAL = DocMeta(doc_id="teal25", doc="tealbrook_mills_10k_fy2025", source="tealbrook_mills_10k_fy2025.pdf",
               company="Tealbrook Mills", fiscal_year=2025, period="FY2025", doc_type="10-K",
               extra={"period_end": "2025-12-31"})
OTHER = DocMeta(doc_id="quin25", doc="quinlan_freight_10k_fy2025", source="quinlan_freight_10k_fy2025.pdf",
                company="Quinlan Freight Lines", fiscal_year=2025, period="FY2025", doc_type="10-K",
                extra={"period_end": "2025-12-31"})

COVER = """FORM 10-K
TEALBROOK MILLS, INC.
Class of stock Exchange where listed Trading Symbol(s)
Common Stock, $0.01 par value New York Stock Exchange TBML
Tealbrook Mills is a large accelerated filer.
"""
IS = """TEALBROOK MILLS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share amounts)
Year Ended December 31,
2025 2024
Net sales $ 912,400 $ 866,150
Cost of sales 640,220 611,870
Gross profit 272,180 254,280
Operating income 118,600 104,950
Income before income taxes 104,300 90,120
Income tax expense 25,030 21,630
Net income $ 79,270 $ 68,490
Earnings per share:
Basic $ 2.41 $ 2.07
Diluted $ 2.38 $ 2.04
"""
CF = """TEALBROOK MILLS, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In thousands)
Year Ended December 31,
2025 2024
Net income $ 79,270 $ 68,490
Depreciation and amortization 41,200 39,870
Net cash provided by operating activities 131,450 118,320
Capital expenditures (52,300) (48,900)
Net cash used in investing activities (52,300) (48,900)
Cash dividends paid (19,820) (18,110)
Net cash used in financing activities (44,700) (40,210)
"""
OTHER_COVER = "FORM 10-K\nQUINLAN FREIGHT LINES, INC.\nCommon stock traded on the Nasdaq under the symbol QFRT.\n"


@pytest.fixture(scope="module")
def index():
    return memory_index([(TEAL, {1: COVER, 4: IS, 6: CF}), (OTHER, {1: OTHER_COVER})])


def test_a_symbol_after_the_exchange_in_the_12b_table_is_read():
    assert trading_symbols(COVER) == {"TBML"}
    nasdaq = ("Class of stock Exchange where listed Trading Symbol(s)\n"
              "Class A Common Stock The Nasdaq Global Select Market PLWD\n")
    assert trading_symbols(nasdaq) == {"PLWD"}
    # the usual order (symbol, then exchange) still reads
    assert trading_symbols("Trading Symbol(s)\nCommon Stock TBML New York Stock Exchange\n") == {"TBML"}


def test_a_growth_asked_of_the_symbol_is_computed_from_the_filers_rows(index):
    a = answer_question("By what percentage did TBML's net sales grow in 2025?", index)
    assert a is not None and not a.refused, a and a.text
    assert "+5.3%" in a.text and "Tealbrook Mills" in a.text, a.text  # 912,400 / 866,150 - 1
