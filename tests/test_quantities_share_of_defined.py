"""A share of a figure the question defines, asked base first ("What share of its FY2025 free cash flow did it hand
back through buybacks plus dividends?"): (items) / the definition x 100, each item a figure mia knows (words that
only lead into the items, "to its owners through", are no part of them). A payout printed on the cash-flow statement
under a label no metric claims, headed by the question's word and qualified after a dash ("Dividends — ordinary and
preference"), is that payout when it stands on the page of the other inputs; a dividends row of the cash-flow
statement is money paid out, entering by its magnitude. The outfitter and its statements are fictional
(Quillfeather Outfitters), written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.registry import cash_direction
from finance_filings import memory_index, meta

QUILL = meta("QUILLFEATHER_2025_10K", "Quillfeather Outfitters, Inc.", 2025)

CASH_FLOWS = """QUILLFEATHER OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Year ended May 31, 2025 2024
Cash provided by operations:
Net income 2,140 1,980
Depreciation 410 395
Changes in working capital (220) 105
Cash provided by operations 2,330 2,480
Cash used by investing activities:
Additions to property, plant and equipment (610) (575)
Proceeds from sale of property 25 10
Cash used by investing activities (585) (565)
Cash used by financing activities:
Repurchase of common stock (1,450) (1,200)
Dividends — ordinary and preference (430) (405)
Cash used by financing activities (1,880) (1,605)
"""

DEFINED = "Define free cash flow as cash provided by operations minus additions to property, plant and equipment. "

ASKED = [
    "What share of Quillfeather's FY2025 free cash flow did the company hand back to its owners through repurchases "
    "of common stock plus dividends, all taken from the statement of cash flows? Answer in percent.",
    "What percentage of Quillfeather's FY2025 free cash flow went to repurchases of common stock and dividends?",
    "What proportion of its 2025 free cash flow was returned by Quillfeather as repurchases of common stock plus "
    "dividends?",
]


@pytest.fixture(scope="module")
def index():
    return memory_index([(QUILL, {48: CASH_FLOWS})])


@pytest.mark.parametrize("asked", ASKED)
def test_a_share_of_a_defined_figure_asked_base_first(asked, index):
    a = answer_question(DEFINED + asked, index)
    assert a is not None and not a.refused, a and a.text
    assert "109.3%" in a.text, a.text  # (1,450 + 430) / (2,330 - 610) = 1,880 / 1,720


def test_a_base_the_question_does_not_define_is_not_read_so(index):
    q = ("What share of Quillfeather's FY2025 net income did the company hand back through repurchases of common "
         "stock plus dividends?")
    a = answer_question(q, index)
    assert a is None or "109.3%" not in a.text


@pytest.mark.parametrize("label,way", [("Dividends — ordinary and preference", "out"), ("Cash dividends", "out"),
                                       ("Dividends received from affiliates", "in"),
                                       ("Dividends from equity investees", None)])
def test_a_dividends_row_is_money_paid_out(label, way):
    assert cash_direction(label) == way


def test_a_dividends_row_of_one_class_is_not_the_dividends():
    one_class = CASH_FLOWS.replace("Dividends — ordinary and preference", "Dividends — preference")
    a = answer_question(DEFINED + ASKED[0], memory_index([(QUILL, {48: one_class})]))
    assert a is None or a.refused or "109.3%" not in a.text, a.text
