"""A question asking two things (a measure in two years and another measure, a verdict this year and how it compares
with last year, the quarter and the nine months) is answered whole only when each part is answered: a part the facts
path's answer leaves out is asked on its own and joined (``measures_joined.parts_answered``), and one that still cannot
be answered turns the answer into a partial answer naming it (``answerer._parts_left``), never shown as the whole
answer. Fictional filers, rows and wordings written for these tests (a kitchen-scale maker's 10-K, a ferry operator's
third-quarter release)."""

from __future__ import annotations

import pytest

from assistant.answer.answerer import _parts_left
from assistant.answer.intents import answer_question
from assistant.answer.measures_joined import parts_left
from assistant.answer.render import PARTIAL_TEXT
from assistant.types import Answer, DocMeta, InputFigure
from finance_filings import memory_index, meta

WREN = meta("WRENFIELD_2025_10K", "Wrenfield Scales Corp.", 2025)
WREN_IS = """WRENFIELD SCALES CORP.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share amounts)
Year Ended December 31, 2025 2024 2023
Net sales $ 512,840 $ 488,310 $ 455,902
Cost of sales 301,224 290,115 274,660
Gross profit 211,616 198,195 181,242
Selling, general and administrative 139,480 133,902 126,118
Operating income 72,136 64,293 55,124
Interest expense 3,210 3,874 4,402
Income before income taxes 68,926 60,419 50,722
Provision for income taxes 15,164 13,292 11,159
Net income $ 53,762 $ 47,127 $ 39,563
Earnings per share:
Basic $ 2.48 $ 2.17 $ 1.82
Diluted $ 2.45 $ 2.14 $ 1.80
"""
WREN_CF = """WRENFIELD SCALES CORP.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In thousands)
Year Ended December 31, 2025 2024 2023
Net income $ 53,762 $ 47,127 $ 39,563
Depreciation and amortization 14,905 13,822 12,940
Net cash provided by operating activities 70,418 66,902 58,317
Purchases of property, plant and equipment (21,560) (12,044) (10,731)
Net cash used in investing activities (21,560) (12,044) (10,731)
Cash dividends paid (41,870) (39,115) (30,842)
Net cash used in financing activities (44,870) (42,115) (33,842)
"""

TERN = DocMeta(doc_id="ternq32026", doc="ternway-ferries-q3-2026-release", source="ternway-ferries-q3-2026-release.pdf",
               company="Ternway Ferries, Inc.", fiscal_year=2026, period="Q3 2026", doc_type="earnings release",
               extra={"period_end": "2026-09-30"})
TERN_IS = """TERNWAY FERRIES, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions, except per share data) (unaudited)
Three Months Ended September 30, Nine Months Ended September 30,
2026 2025 2026 2025
Passenger and vehicle revenue $ 88.4 $ 84.9 $ 301.7 $ 287.2
Operating expenses 92.1 89.6 262.3 254.0
Operating income (loss) (3.7) (4.7) 39.4 33.2
Interest expense 4.6 4.4 13.5 13.1
Income (loss) before income taxes (8.3) (9.1) 25.9 20.1
Income tax expense (benefit) (2.1) (2.3) 6.6 5.1
Net income (loss) $ (6.2) $ (6.8) $ 19.3 $ 15.0
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(WREN, {44: WREN_IS, 47: WREN_CF}), (TERN, {3: TERN_IS})])


def test_a_measure_part_left_out_is_asked_on_its_own(index):
    # the payout asked after both years' diluted EPS: each part answered, EPS first as asked
    a = answer_question("What was Wrenfield Scales' diluted EPS in fiscal 2025 and fiscal 2024, and what share of "
                        "fiscal 2025 net income did it hand out as cash dividends?", index)
    assert a is not None and not a.refused, a and a.text
    assert "$2.45" in a.text and "$2.14" in a.text, a.text
    assert "77.9%" in a.text, a.text  # 41,870 / 53,762
    assert a.text.index("$2.45") < a.text.index("77.9%")
    assert not parts_left(a.question, a)


def test_a_later_year_part_asks_the_first_part_again_for_that_year(index):
    # net income 2025: 53,762; 2024: 47,127 (thousands): the verdict for each year asked
    a = answer_question("Was Wrenfield Scales profitable in 2025, and was it still profitable in 2024?", index)
    assert a is not None and not a.refused, a and a.text
    assert "53,762" in a.text and "47,127" in a.text and "FY2024" in a.text, a.text


def test_the_nine_months_part_of_a_quarters_verdict_gets_no_verdict_of_its_own(index):
    # session 29: the period the yes/no part asks decides the verdict; the nine months compared after it are asked
    # no yes or no, so the quarter's question is never asked again for them (a "Yes" for the nine months beside the
    # quarter's "No" answers what nobody asked); the part is left, and shown as such (``answerer._parts_left``)
    question = "Was Ternway Ferries profitable in Q3 2026, and how did the quarter and the nine-month period compare?"
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("No:") and "-$6.20 million" in a.text, a.text
    assert "Yes:" not in a.text and "$19.30 million" not in a.text, a.text
    assert _parts_left(question, a).mode == "fallback"


Q = ("What was Wrenfield Scales' diluted EPS in fiscal 2025 and fiscal 2024, and what share of fiscal 2025 net "
     "income did it hand out as cash dividends?")
PAYOUT_ONLY = Answer(
    question=Q, mode="calc",
    text=("Wrenfield Scales' cash dividends as a percentage of net income was 77.9% [1][2] in FY2025. Input: \"Cash "
          "dividends paid\", FY2025: $41,870 thousand [1]. Input: \"Net income\", FY2025: $53,762 thousand [2]."),
    inputs=(InputFigure("Cash dividends paid", "FY2025", 41870e3, "USD", "wrenfield", 47),
            InputFigure("Net income", "FY2025", 53762e3, "USD", "wrenfield", 44)))


def test_an_answer_to_one_part_only_is_shown_as_partial():
    got = _parts_left(Q, PAYOUT_ONLY)
    assert got.mode == "fallback" and got.text.startswith(PARTIAL_TEXT), got.text
    assert "77.9%" in got.text
    assert got.text.endswith("Not in the indexed reports: What was Wrenfield Scales' diluted EPS in fiscal 2025 and "
                             "fiscal 2024?")


@pytest.mark.parametrize("question, text, shown", [
    # a later part's year never stated: left (asked again and joined when it can be), yet not enough alone for a
    # partial answer (a fiscal label may number that year otherwise)
    ("Did Ternway's free cash flow pay for its dividends in 2026, and was the room to spare smaller than in 2025?",
     "Yes: Ternway Ferries' free cash flow for FY2026 was $48.9 million, more than the $41.9 million it paid.", "calc"),
    # the nine months asked beside the quarter, never stated
    ("Did Ternway make money in Q3 2026, and how about over the nine months?",
     "No: Ternway Ferries' net income for Q3 2026 was -$6.20 million.", "fallback"),
])
def test_a_later_part_whose_period_the_answer_never_states_is_left(question, text, shown):
    a = Answer(question=question, text=text, mode="calc")
    assert len(parts_left(question, a)) == 1
    assert _parts_left(question, a).mode == shown


@pytest.mark.parametrize("question, text", [
    # both periods stated: the year of a period's end date is no year the fiscal label must repeat
    ("What was Ternway's operating margin over the half-year to July 31, 2026, and over the half-year to August 1, "
     "2025?", "Ternway's operating margin changed by -0.4 percentage points from 6M 2026 to 6M 2027."),
    # a yes/no about the figure just answered ("did it cover ..."): about that figure, not a measure left out
    ("What free cash flow did Ternway generate in 2026, and was it enough for the dividends it paid?",
     "Ternway Ferries' free cash flow for FY2026 was $48.9 million."),
    # both years stated
    ("What net income did Ternway earn in 2026, and how much higher was it than in 2025?",
     "Ternway Ferries' net income changed by +$4.3 million from FY2025 to FY2026."),
    # one part
    ("What was Ternway's net income in 2026?", "Ternway Ferries' net income for FY2026 was $19.3 million."),
])
def test_an_answer_stating_each_part_is_left_whole(question, text):
    a = Answer(question=question, text=text, mode="calc")
    assert parts_left(question, a) == []
    assert _parts_left(question, a) is a


# one measure asked over two sets of periods (the quarter against a year before, the nine months against a year
# before): each set asked on its own, joined in the order asked (``measures_joined.periods_apart``, session 27)
TERN_EPS = TERN_IS + """Earnings (loss) per share:
Diluted $ (0.31) $ (0.34) $ 0.96 $ 0.75
"""


@pytest.fixture(scope="module")
def tern_eps():
    return memory_index([(TERN, {3: TERN_EPS})])


@pytest.mark.parametrize("question", [
    "By what percentage did Ternway Ferries' passenger and vehicle revenue grow in Q3 2026 versus Q3 2025, and for "
    "9M 2026 against 9M 2025? Give two decimals.",
    "How much did Ternway Ferries' passenger and vehicle revenue grow in 3Q26 compared with 3Q25, and over the nine "
    "months ended September 30, 2026 against the same nine months of 2025? Give two decimals.",
])
def test_one_measure_over_two_sets_of_periods_is_asked_for_each(tern_eps, question):
    a = answer_question(question, tern_eps)
    assert a is not None and not a.refused, a and a.text
    assert "4.12%" in a.text and "5.05%" in a.text, a.text  # 88.4 / 84.9; 301.7 / 287.2
    assert a.text.index("4.12%") < a.text.index("5.05%")
    assert not parts_left(question, a)


@pytest.mark.parametrize("part, only", [
    ("for 9M 2026 against 9M 2025", True),
    ("and for 3Q26 against 3Q25", True),
    ("for 9M 2026 against its peers", False),
    ("and what drove it in 2026", False),
    ("in 2026 and its operating margin", False),
])
def test_a_part_naming_periods_only(part, only):
    from assistant.answer.measures_joined import _names_periods_only
    assert _names_periods_only(part) is only


def test_a_later_year_compared_without_a_yes_no_gets_no_verdict(index):
    # the later part asks how the years stack up, not whether 2024 was profitable: no "Yes" for 2024 (session 29)
    question = "Was Wrenfield Scales profitable in 2025, and what about in 2024 by comparison?"
    a = answer_question(question, index)
    assert a is not None and a.text.startswith("Yes:") and "53,762" in a.text, a and a.text
    assert a.text.count("Yes:") == 1 and "47,127" not in a.text, a.text
