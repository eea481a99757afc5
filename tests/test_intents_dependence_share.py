""""How dependent was X on <a figure mia knows>?" followed by the share the question asks ("Give net interest income as
a share of total net revenue ...") is that share, computed, not a question of customer or supplier concentration
(which the facts path leaves to the filer's sentences); a dependence on holders stays one. Fictional bank and
wordings written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.answer.prose_verdicts import asked_holders
from finance_filings import memory_index, meta

KESTREL = meta("KESTRELBANC_2025_10K", "Kestrel Bancorp", 2025)

KESTREL_IS = """KESTREL BANCORP
CONSOLIDATED STATEMENTS OF INCOME
(in millions)
Year ended December 31, 2025 2024
Revenue
Investment banking fees $ 1,210 $ 1,050
Card and deposit fees 2,340 2,205
Asset management fees 1,880 1,640
Total noninterest revenue 5,430 4,895
Interest income 9,870 8,120
Interest expense 4,100 2,900
Net interest income 5,770 5,220
Total net revenue 11,200 10,115
Provision for credit losses 610 480
Noninterest expense
Compensation expense 4,050 3,790
Total noninterest expense 6,300 5,920
Income before income tax expense 4,290 3,715
Income tax expense 950 820
Net income $ 3,340 $ 2,895
"""


def _ask(q: str):
    return answer_question(q, memory_index([(KESTREL, {52: KESTREL_IS})]))


def test_a_dependence_on_a_figure_asked_as_a_share_is_no_concentration():
    q = ("How dependent was Kestrel on net interest income in 2025? Give net interest income as a share of total net "
         "revenue for 2025 and 2024.")
    assert asked_holders(q) is None
    assert asked_holders("How dependent is Kestrel on its largest customers for revenue?") == "customer"
    assert asked_holders("How reliant was Kestrel on sales to a single distributor, as a share of revenue?") == "customer"


def test_the_share_is_computed_for_both_years():
    a = _ask("How dependent was Kestrel Bancorp on net interest income in 2025? Give net interest income as a share of "
             "total net revenue for 2025 and 2024, and the change in percentage points.")
    assert a is not None and not a.refused, a and a.text
    # 5,770 / 11,200 = 51.5%; 5,220 / 10,115 = 51.6%
    assert "51.5%" in a.text and "51.6%" in a.text, a.text


def test_another_wording():
    a = _ask("How reliant is Kestrel upon net interest income? Express it as a percentage of total net revenue in "
             "fiscal 2025.")
    assert a is not None and not a.refused and "51.5%" in a.text, a and a.text
