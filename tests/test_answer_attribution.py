"""Net income split between noncontrolling interests and the company's own shareholders: the income statement's two
attribution rows, cited, only when they add up to the consolidated net income of the same page; otherwise a refusal,
never net income (or the company's own share) alone as the answer. Fictional filer, rows and wordings written for these
tests."""

from __future__ import annotations

import pytest

from assistant.answer.attribution import asked
from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

QH = meta("QUILLON_HOTELS_2025_10K", "Quillon Hotels Corporation", 2025)

INCOME = """QUILLON HOTELS CORPORATION
CONSOLIDATED STATEMENTS OF INCOME
(in millions, except per share amounts)
Year Ended December 31 2025 2024
REVENUES
Royalty fees $ 412.6 $ 389.0
Initial franchise fees 31.2 28.4
Marketing and reservation system revenues 298.7 281.9
Owned hotel revenues 96.5 92.3
Total revenues 839.0 791.6
OPERATING EXPENSES
Selling, general and administrative 162.4 151.8
Marketing and reservation system expenses 305.1 290.7
Depreciation and amortization 28.9 26.4
Total operating expenses 496.4 468.9
Operating income 342.6 322.7
Interest expense 61.0 58.3
Income before income taxes 281.6 264.4
Income taxes 60.2 66.2
Net income 221.4 198.2
Less: net income attributable to noncontrolling interests 4.1 3.6
Net income attributable to Quillon Hotels 217.3 194.6
Diluted earnings per share $ 4.02 $ 3.55
Dividends declared per share $ 1.20 $ 1.10
"""

IX = memory_index([(QH, {48: INCOME})])


@pytest.mark.parametrize("question", [
    "Of Quillon's 2025 net income, how much went to noncontrolling interests and how much to Quillon's shareholders?",
    "How was Quillon Hotels' net income for 2025 split between its minority partners and its own stockholders?",
    "How much of Quillon's FY2025 net earnings belonged to outside investors in its subsidiaries, and how much to the "
    "company?",
])
def test_the_split_from_the_attribution_rows(question):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert "$4.10 million" in a.text and "$217.3 million" in a.text and "$221.4 million" in a.text, a.text
    assert len(a.citations) == 3 and all(c.page == 48 for c in a.citations)


def test_the_noncontrolling_part_alone_is_never_the_owners_row():
    a = answer_question("How much of Quillon's 2024 net income was attributable to minority interests?", IX)
    assert a is not None and not a.refused, a and a.text
    assert "$3.60 million" in a.text, a.text  # 198.2 - 194.6
    assert a.text.index("$3.60 million") < a.text.index("$194.6 million"), a.text


def test_rows_that_do_not_add_up_are_declined():
    broken = INCOME.replace("Net income attributable to Quillon Hotels 217.3 194.6",
                            "Net income attributable to Quillon Hotels 215.3 194.6")
    a = answer_question("Of Quillon's 2025 net income, how much went to noncontrolling interests and how much to "
                        "Quillon's shareholders?", memory_index([(QH, {48: broken})]))
    assert a is not None and a.refused, a and a.text
    assert "221.4" not in a.text and "215.3" not in a.text, a.text


def test_a_statement_without_the_split_is_declined():
    plain = "\n".join(l for l in INCOME.splitlines() if "attributable" not in l)
    a = answer_question("How much of Quillon's 2025 net income belonged to noncontrolling interests?",
                        memory_index([(QH, {48: plain})]))
    assert a is not None and a.refused, a and a.text
    assert "221.4" not in a.text, a.text


@pytest.mark.parametrize("question, expected", [
    ("How much did net income attributable to noncontrolling interests change from 2024 to 2025?", False),
    ("What was Quillon's 2025 net income?", False),
    ("What portion of its 2025 profit went to minority shareholders?", True),
    # the company's own minority holdings in others: equity-method income, another figure
    ("How much did equity income from its minority stakes add to Quillon's 2025 net income?", False),
    ("How much of Quillon's 2025 earnings came from its minority interests in joint ventures?", False),
])
def test_what_is_asked(question, expected):
    assert asked(question) is expected


def test_the_split_passes_the_facts_answer_check():
    # every figure shown is a cited row or computed in the formula shown (the answerer drops it otherwise)
    from assistant.answer.checks import check_facts_answer
    a = answer_question("Of Quillon's 2025 net income, how much went to noncontrolling interests and how much to "
                        "Quillon's shareholders?", IX)
    checked = check_facts_answer(a, IX.documents(), {}, IX.page_text)
    assert checked is not None and checked.verification.supported, a.text
    assert a.mode == "calc"  # a computed split, never taken for a lookup of one figure (asked_shares.asks_share)
