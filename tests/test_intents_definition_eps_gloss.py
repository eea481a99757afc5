"""A stated definition naming diluted EPS and glossing it in words ("diluted earnings per share (net income attributable
to common shareholders per diluted common share)") is read as diluted EPS, the gloss restating it; and a per-share
dividend a summary table prints (selected financial data, no primary statement) is taken, for a calculation, from the
statement of equity that writes the same amount in its label, so the input check holds. Fictional filer, rows and
wordings written for these tests."""

from __future__ import annotations

from assistant.answer.intents import LOOKUP, answer_question
from assistant.finance.registry import metric_for_phrase
from assistant.query.definitions import Definition, find_definitions
from finance_filings import memory_index, meta

BRM = meta("BRAMBLEWATER_2025_10K", "Bramblewater Utilities Inc.", 2025)

SELECTED = """ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS
The following discussion should be read together with the Consolidated Financial Statements and the Notes thereto.
Bramblewater is a regulated water and wastewater utility serving about two million customers in nine states.
This discussion contains forward-looking statements based on management's current expectations and estimates.
The cautionary statements made in this report apply to all related forward-looking statements wherever they appear.
Overview
The Company's utilities operate in about 900 communities, and its other businesses serve military installations.
Capital investment in pipe replacement and treatment plants continued to drive rate base growth during the year.
Rate cases concluded in four states added new annualized revenues, partly offset by lower water sales volumes.
Operation and maintenance expenses rose on higher production costs, employee costs and chemical prices.
Financing needs were met through long-term debt issuances and commercial paper, as in prior years.
Selected Financial Data
This selected financial data should be read in conjunction with the Consolidated Financial Statements and Notes.
For the Years Ended December 31,
(In millions, except per share data) 2025 2024 2023 2022 2021
Statement of Operations data:
Operating revenues $ 4,120 $ 3,905 $ 3,770 $ 3,610 $ 3,455
Net income attributable to common shareholders 902 1,310 745 705 650
Balance Sheet data:
Total assets $ 30,115 $ 28,470 $ 26,950 $ 25,100 $ 23,840
Other data:
Cash dividends declared per common share $ 2.80 $ 2.56 $ 2.34 $ 2.14 $ 1.96
Net cash provided by operating activities 1,610 1,540 1,455 1,390 1,320
Net cash used in investing activities (2,410) (2,205) (2,150) (1,980) (1,900)
"""

INCOME = """BRAMBLEWATER UTILITIES INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions, except per share data)
For the Years Ended December 31, 2025 2024
Operating revenues $ 4,120 $ 3,905
Operation and maintenance 1,702 1,640
Depreciation and amortization 690 655
Operating income 1,728 1,610
Interest expense 470 430
Income before income taxes 1,180 1,640
Provision for income taxes 278 330
Net income attributable to common shareholders $ 902 $ 1,310
Basic earnings per share:
Net income attributable to common shareholders $ 4.68 $ 6.81
Diluted earnings per share:
Net income attributable to common shareholders $ 4.66 $ 6.78
"""

EQUITY = """BRAMBLEWATER UTILITIES INC.
CONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY
(In millions, except per share data)
Common Paid-in Retained Total
Stock Capital Earnings Equity
Balance as of December 31, 2023 $ 2 $ 6,910 $ 1,540 $ 8,452
Net income attributable to common shareholders — — 1,310 1,310
Dividends ($2.56 declared per common share) — — (494) (494)
Balance as of December 31, 2024 $ 2 $ 6,955 $ 2,356 $ 9,313
Net income attributable to common shareholders — — 902 902
Dividends ($2.80 declared per common share) — — (540) (540)
Balance as of December 31, 2025 $ 2 $ 7,001 $ 2,718 $ 9,721
"""


def _index():
    return memory_index([(BRM, {48: SELECTED, 82: INCOME, 85: EQUITY})])


def test_a_gloss_restating_diluted_eps_is_read_as_diluted_eps():
    assert metric_for_phrase("net income attributable to common shareholders per diluted common share") == "eps_diluted"
    assert metric_for_phrase("net earnings per basic share") == "eps_basic"
    assert metric_for_phrase("net income attributable to common shareholders") == "net_income"
    for q in ("Define the payout ratio as cash dividends declared per common share divided by diluted earnings per "
              "share (net income attributable to common shareholders per diluted common share). What was it in 2025?",
              "Taking the payout ratio as dividends declared per share over diluted EPS (net earnings attributable to "
              "common stockholders per diluted share), what was it in 2025?"):
        defs = find_definitions(q, LOOKUP)
        assert len(defs) == 1 and isinstance(defs[0], Definition), defs
        assert [i.metric for i in defs[0].inputs()] == ["dividends_per_share", "eps_diluted"], defs


def test_the_payout_ratio_is_computed_from_the_statement_of_equity_dividend():
    a = answer_question("Using the selected financial data, define the payout ratio as cash dividends declared per "
                        "common share divided by diluted earnings per share (net income attributable to common "
                        "shareholders per diluted common share). What was Bramblewater's payout ratio in FY2025 and in "
                        "FY2024? Answer in percent rounded to one decimal place.", _index())
    assert a is not None and not a.refused, a and a.text
    # 2.80 / 4.66 = 60.1%; 2.56 / 6.78 = 37.8%
    assert "60.1%" in a.text and "37.8%" in a.text, a.text
    assert 48 not in {c.page for c in a.citations}, [(c.page, c.quote) for c in a.citations]


def test_another_wording_for_one_year():
    a = answer_question("Taking the payout ratio as cash dividends declared per common share over diluted EPS, what "
                        "was Bramblewater's payout ratio for 2025?", _index())
    assert a is not None and not a.refused and "60.1%" in a.text, a and a.text
