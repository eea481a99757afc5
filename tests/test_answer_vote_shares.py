"""Shares of a shareholder vote from a filer's report of the vote (8-K Item 5.07): For / (For + Against) for the
proposal whose own description the question names, counts printed under a header or inline; the shares represented
over the shares outstanding; several proposals asked at once are each answered; a proposal no record names, or two
records name equally, is declined. Fictional filers, vote counts and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index

BRM = DocMeta(doc_id="bramblex8k2025", doc="BRAMBLEX_2025_8K_dated-2025-05-16", source="bramblex-8k.pdf",
              company="Bramblex Outdoor Inc.", fiscal_year=2025, period="FY2025", doc_type="8-K")

# counts under a header row, a director table before them
BRM_P2 = """Item 5.07. Submission of Matters to a Vote of Security Holders.
At the annual meeting of stockholders of Bramblex Outdoor Inc. held on May 14, 2025, stockholders voted on the
proposals below. As of the record date, there were 48,210,555 shares of common stock, $0.001 par value per share,
outstanding and entitled to vote. At the meeting, 41,902,318 shares of common stock were represented in person or
by proxy.
Proposal 1. Election of directors.
Name Votes For Votes Against Abstentions Broker Non-Votes
Marisol T. Kendrick 35,110,204 1,402,377 88,120 5,301,617
Owen P. Strand 34,982,016 1,530,560 88,125 5,301,617
Proposal 2. To approve, on an advisory basis, the compensation of the Company's named executive officers.
Votes For Votes Against Abstentions Broker Non-Votes
29,044,871 7,420,330 135,500 5,301,617
Proposal 3. Stockholder proposal requesting a report on plastic packaging reduction.
Votes For Votes Against Abstentions Broker Non-Votes
9,876,540 26,501,233 222,928 5,301,617
"""

KIL = DocMeta(doc_id="kilnworth8k2024", doc="KILNWORTH_2024_8K_dated-2024-04-26", source="kilnworth-8k.pdf",
              company="Kilnworth Foods Corporation", fiscal_year=2024, period="FY2024", doc_type="8-K")

# counts inline, one line each
KIL_P3 = """Kilnworth Foods Corporation held its 2024 Annual Meeting of Shareholders on April 24, 2024.
(3) The shareholder proposal regarding a separate chair and chief executive was defeated:
For 118,402,911
Against 402,774,305
Abstain 6,118,020
Broker Non-Votes 61,004,117
(4) The shareholder proposal regarding a water stewardship report was defeated:
For 96,551,230
Against 424,880,147
Abstain 5,863,859
Broker Non-Votes 61,004,117
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(BRM, {2: BRM_P2}), (KIL, {3: KIL_P3})])


@pytest.mark.parametrize("question, shown", [
    ("What share of the votes cast for or against supported Bramblex Outdoor's advisory say-on-pay proposal at its "
     "2025 annual meeting?", "79.7%"),  # 29,044,871 / 36,465,201
    ("At Bramblex Outdoor's May 2025 meeting, what percentage of votes cast for or against supported the stockholder "
     "proposal on plastic packaging?", "27.1%"),  # 9,876,540 / 36,377,773
    ("What percentage of Bramblex Outdoor's shares outstanding on the record date were represented at its annual "
     "meeting?", "86.9%"),  # 41,902,318 / 48,210,555
    ("What share of the votes cast for or against supported Kilnworth Foods' shareholder proposal for a separate chair "
     "and chief executive?", "22.7%"),  # 118,402,911 / 521,177,216
])
def test_one_proposal_share_from_its_own_counts(index, question, shown):
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith(shown), a.text


def test_two_proposals_asked_at_once(index):
    a = answer_question("At Kilnworth Foods' 2024 annual meeting, what share of the votes cast for or against "
                        "supported the proposal for a separate chair, and what share supported the proposal for a "
                        "water stewardship report? Round to one decimal place.", index)
    assert a is not None and not a.refused, a and a.text
    assert "22.7%" in a.text and "18.5%" in a.text, a.text  # 96,551,230 / 521,431,377


@pytest.mark.parametrize("question", [
    "What share of the votes cast for or against supported Kilnworth Foods' proposal on board declassification?",
    "What share of the votes cast for or against supported Kilnworth Foods' shareholder proposal?",  # which one?
])
def test_a_proposal_no_record_names_alone_is_declined(index, question):
    a = answer_question(question, index)
    assert a is None or a.refused or "%" not in a.text.split(".")[0], a.text
