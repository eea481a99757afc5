"""A line as a share of a bank's "total net revenue" (two words of extent before revenue) is that line over the
revenue, never left unread. The bank and its statement are fictional (Ostrava Savings Bancorp), the wording written
for this test."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

OSTRAVA = meta("OSTRAVA_2025_10K", "Ostrava Savings Bancorp", 2025)

INCOME = """OSTRAVA SAVINGS BANCORP
CONSOLIDATED STATEMENTS OF INCOME
(In millions)
Year ended December 31, 2025 2024
Revenue
Investment banking fees 410 388
Card and payment fees 240 226
Total noninterest revenue 650 614
Interest income 2,720 2,561
Interest expense 520 786
Net interest income 2,200 1,775
Total net revenue 2,850 2,389
Provision for credit losses 120 140
Noninterest expense 1,359 1,311
Income before income taxes 1,371 938
Net income 1,070 732
"""


def test_a_share_of_total_net_revenue():
    q = "What was Ostrava's net interest income as a share of total net revenue in fiscal 2025?"
    a = answer_question(q, memory_index([(OSTRAVA, {4: INCOME})]))
    assert a is not None and not a.refused, a and a.text
    assert "77.2%" in a.text, a.text  # 2,200 / 2,850
