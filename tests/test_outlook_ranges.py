"""An updated outlook table set beside the outlook it replaces: which items changed and how far each midpoint moved
(session 29, #10 releases).

Fictional filers written for these tests: Corrigan Rail Services (a Markdown release whose outlook table prints
"Updated (October 29, 2026) | Prior (July 30, 2026)", ranges as "$2,410 million to $2,450 million" and a count as
"about 55"), Estevan Clinical Labs (an HTML release read as lines: "Current outlook Previous outlook (August 4, 2026)"
under "(In millions)", ranges as "$612.0 - $628.0").
General rule: a range's midpoint is half its ends' sum, its move the difference of the midpoints; both ends up is
raised, both down lowered, ends closer together narrowed; a question asking why, or what the outlook implies for
the rest of the year, asks more than the table says and is left to the other paths; a year or an item the table
does not hold is never answered from it.
"""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.outlook_ranges import asks_outlook_move, outlook_table
from assistant.types import DocMeta
from finance_filings import memory_index


CORRIGAN = DocMeta(doc_id="dcorr", doc="corrigan_rail_q3_2026_release", source="corrigan_rail_q3_2026_release.md",
                   title="Corrigan Rail Services Reports Third Quarter 2026 Results", company="Corrigan Rail Services",
                   doc_type="earnings release", fiscal_year=2026, period="Q3 2026")
CORRIGAN_PAGE = """## 2026 guidance

Corrigan Rail Services updated its guidance for the full year.

| Full year 2026 | Updated (October 29, 2026) | Prior (July 30, 2026) |
|---|---|---|
| Revenues | $2,410 million to $2,450 million | $2,380 million to $2,440 million |
| Adjusted EBITDA | $702 million to $718 million | $690 million to $720 million |
| Capital expenditures | $310 million to $330 million | $310 million to $330 million |
| Railcars added to the fleet | about 55 | about 60 |

Corrigan does not give quarterly guidance.
"""

ESTEVAN = DocMeta(doc_id="dest", doc="estevan_labs_q2_2026_release", source="estevan_labs_q2_2026_release.html",
                  title="Estevan Clinical Labs Reports Second Quarter 2026 Results", company="Estevan Clinical Labs",
                  doc_type="earnings release", fiscal_year=2026, period="Q2 2026")
ESTEVAN_PAGE = """Estevan is lowering its outlook for revenues and raising it for free cash flow.

Full-year 2026 outlook
(In millions)

Current outlook Previous outlook (August 4, 2026)

Revenues $612.0 - $628.0 $630.0 - $646.0

Free cash flow $88.0 - $96.0 $80.0 - $90.0

The outlook assumes no further acquisitions.
"""


def test_the_outlook_table_is_read_in_both_layouts():
    got = outlook_table(CORRIGAN_PAGE)
    assert got is not None and [r.label for r in got.rows] == [
        "Revenues", "Adjusted EBITDA", "Capital expenditures", "Railcars added to the fleet"]
    assert (got.rows[0].current.lo, got.rows[0].current.hi, got.rows[0].previous.mid) == (2410.0, 2450.0, 2410.0)
    est = outlook_table(ESTEVAN_PAGE)
    assert est is not None and est.scale_word == "million"
    assert [(r.label, r.current.mid, r.previous.mid) for r in est.rows] == [
        ("Revenues", 620.0, 638.0), ("Free cash flow", 92.0, 85.0)]


@pytest.fixture(scope="module")
def index():
    return memory_index([(CORRIGAN, {2: CORRIGAN_PAGE}), (ESTEVAN, {2: ESTEVAN_PAGE})])


def test_which_items_changed_and_how_far_the_midpoints_moved(index):
    a = answer_question("Which items of Corrigan Rail's 2026 guidance changed in October, and by how much did the "
                        "revenue and Adjusted EBITDA ranges' midpoints shift?", index)
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    # revenues (2,410 + 2,450) / 2 = 2,430 against (2,380 + 2,440) / 2 = 2,410: +20; EBITDA 710 against 705: +5
    assert "Revenues: raised" in a.text and "$2,430.0 million against $2,410.0 million (+$20.0 million)" in a.text
    assert "Adjusted EBITDA: narrowed" in a.text and "(+$5.0 million)" in a.text
    assert "Capital expenditures: unchanged" in a.text and "Railcars added to the fleet: lowered" in a.text


def test_a_lowered_range_in_a_table_read_as_lines(index):
    a = answer_question("What changed in Estevan Clinical Labs' full-year 2026 outlook, and where did the midpoint "
                        "of the revenue range move?", index)
    assert a is not None and not a.refused, a and a.text
    assert "Revenues: lowered" in a.text and "(-$18.0 million)" in a.text  # 620 - 638
    assert "Free cash flow: raised" in a.text and "(+$7.0 million)" in a.text  # 92 - 85


@pytest.mark.parametrize("question", [
    # a reason asked: the table gives none
    "Which items of Corrigan Rail's 2026 guidance changed, and why did it lower the railcar target?",
    # what the outlook implies for the rest of the year: more than the table says
    "What fourth-quarter revenue does the midpoint of Corrigan Rail's updated 2026 guidance imply?",
])
def test_more_than_the_table_says_is_left_to_the_other_paths(index, question):
    assert not asks_outlook_move(question)


@pytest.mark.parametrize("question", [
    "What is the midpoint of Corrigan Rail's 2027 revenue guidance?",  # another year's outlook
    "How far did the midpoint of Corrigan Rail's diluted EPS guidance move?",  # an item the table does not hold
])
def test_a_year_or_an_item_the_table_does_not_hold_is_not_answered(index, question):
    a = answer_question(question, index)
    # never the 2026 table's figures nor its midpoints: nothing, or a decline
    assert a is None or (a.refused and "2,430" not in a.text and "2,410" not in a.text), a.text


# -- the fourth quarter an updated outlook implies, given the nine months' results (session 31) -----------------------

WHITLOW = DocMeta(doc_id="dwhit", doc="whitlow_marine_q3_2026_release", source="whitlow_marine_q3_2026_release.md",
                  title="Whitlow Marine Services Reports Third Quarter 2026 Results", company="Whitlow Marine Services",
                  doc_type="earnings release", fiscal_year=2026, period="Q3 2026")
WHITLOW_OUTLOOK = """## Outlook

Whitlow Marine Services now guides its 2026 calendar year as follows:

| 2026 guidance | Updated (November 4, 2026) | Prior (August 5, 2026) |
|---|---|---|
| Revenues | $862 million to $878 million | $850 million to $880 million |
| Adjusted EBITDA | $214 million to $222 million | $214 million to $222 million |
| Vessels in service at year end | about 96 | about 94 |
"""
WHITLOW_STATEMENTS = """## Condensed consolidated statements of operations

| (Unaudited; in thousands) | Three months 2026 | Three months 2025 | Nine months 2026 | Nine months 2025 |
|---|---|---|---|---|
| Charter revenues | 188,411 | 176,902 | 541,330 | 510,284 |
| Port services revenues | 44,905 | 41,377 | 128,207 | 119,615 |
| Total revenues | 233,316 | 218,279 | 669,537 | 629,899 |
| Vessel operating expenses | 131,044 | 124,518 | 379,612 | 361,007 |
| Operating income | 52,871 | 47,330 | 147,845 | 133,419 |
| Net income | 33,902 | 29,815 | 94,006 | 83,774 |

## From net income to Adjusted EBITDA

| (Unaudited; in thousands) | Three months 2026 | Three months 2025 | Nine months 2026 | Nine months 2025 |
|---|---|---|---|---|
| Net income | 33,902 | 29,815 | 94,006 | 83,774 |
| Interest expense, net | 6,118 | 6,402 | 18,530 | 19,311 |
| Income tax expense | 11,290 | 10,030 | 31,304 | 28,195 |
| Depreciation and amortization | 7,207 | 6,911 | 21,470 | 20,518 |
| Adjusted EBITDA | 58,517 | 53,158 | 165,310 | 151,798 |
"""


@pytest.fixture(scope="module")
def whitlow():
    return memory_index([(WHITLOW, {1: WHITLOW_OUTLOOK, 2: WHITLOW_STATEMENTS})])


def test_the_fourth_quarter_the_outlook_implies(whitlow):
    a = answer_question("Given the nine months reported, what revenues and Adjusted EBITDA for the fourth quarter of "
                        "2026 does the midpoint of Whitlow Marine's updated 2026 outlook imply?", whitlow)
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    # revenues: (862 + 878) / 2 = 870.0 less 669.5 = 200.5; the prior midpoint 865.0 implied 195.5
    assert "Revenues: $200.5 million" in a.text and "implied $195.5 million" in a.text, a.text
    # Adjusted EBITDA: (214 + 222) / 2 = 218.0 less 165.3 = 52.7; the range is unchanged, no previous figure said
    assert "Adjusted EBITDA: $52.7 million" in a.text, a.text
    assert "Vessels" not in a.text and "Charter" not in a.text  # items not asked
    assert {c.page for c in a.citations} == {1, 2}


@pytest.mark.parametrize("question", [
    # a reason asked: neither table gives one
    "What fourth-quarter revenues does Whitlow Marine's updated 2026 outlook imply, and why was the range narrowed?",
    # an item with no money range, and one the outlook does not guide
    "How many vessels in service does Whitlow Marine's 2026 outlook imply for the fourth quarter?",
    "What fourth-quarter net income does Whitlow Marine's updated 2026 outlook imply?",
])
def test_an_implied_quarter_the_tables_do_not_give_is_not_computed(whitlow, question):
    a = answer_question(question, whitlow)
    assert a is None or a.refused, a.text


# -- a figure's unit is its own row's; one measure asked, one line shown (session 33, #10) ----------------------------
# Fictional filers: Halvard Freight Systems (a Markdown table whose money rows print "million" in their cells beside a
# diluted EPS range and an organic growth range in percent), Quillon Storage Trust (an HTML release read as lines
# under "(In millions, except per share amounts)", AFFO per share beside millions).

HALVARD = DocMeta(doc_id="dhalv", doc="halvard_freight_q3_2026_release", source="halvard_freight_q3_2026_release.md",
                  title="Halvard Freight Systems Reports Third Quarter 2026 Results", company="Halvard Freight Systems",
                  doc_type="earnings release", fiscal_year=2026, period="Q3 2026")
HALVARD_PAGE = """## Full-year 2026 outlook

Halvard Freight Systems raised its earnings outlook and narrowed its growth range.

| Fiscal 2026 | Current outlook (November 4, 2026) | Previous outlook (August 5, 2026) |
|---|---|---|
| Revenues | $3,120 million to $3,180 million | $3,100 million to $3,180 million |
| Organic revenue growth | 4% to 6% | 3% to 6% |
| Adjusted operating income | $410 million to $430 million | $400 million to $425 million |
| Diluted EPS | $4.12 to $4.28 | $4.00 to $4.25 |

The outlook excludes acquisitions not yet closed.
"""

QUILLON = DocMeta(doc_id="dquil", doc="quillon_storage_q2_2026_release", source="quillon_storage_q2_2026_release.html",
                  title="Quillon Storage Trust Reports Second Quarter 2026 Results", company="Quillon Storage Trust",
                  doc_type="earnings release", fiscal_year=2026, period="Q2 2026")
QUILLON_PAGE = """Quillon Storage Trust updates its 2026 guidance.

2026 guidance
(In millions, except per share amounts)

Updated guidance Prior guidance (April 29, 2026)

Same-store revenue $812.0 - $824.0 $806.0 - $822.0

Adjusted EBITDA $560.0 - $572.0 $552.0 - $568.0

AFFO per share $2.46 - $2.52 $2.41 - $2.51

Guidance assumes no acquisitions.
"""


@pytest.fixture(scope="module")
def unit_index():
    return memory_index([(HALVARD, {2: HALVARD_PAGE}), (QUILLON, {2: QUILLON_PAGE})])


@pytest.mark.parametrize("question", [
    "What diluted EPS does Halvard Freight now expect for fiscal 2026 against its previous outlook, and how far did "
    "the midpoint move?",
    "How much did the midpoint of Halvard Freight's 2026 diluted EPS guidance change from the previous outlook?",
])
def test_a_per_share_range_beside_millions_is_shown_per_share_and_alone(unit_index, question):
    a = answer_question(question, unit_index)
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    # (4.12 + 4.28) / 2 = 4.20 against (4.00 + 4.25) / 2 = 4.125: +0.075, at the cells' two decimals and one more
    assert "midpoint $4.20 against $4.125 (+$0.075)" in a.text, a.text
    assert "4.2 million" not in a.text and "4.20 million" not in a.text and "(4.12 + 4.28) / 2 = 4.20;" in a.text
    assert "Revenues" not in a.text and "Adjusted operating income" not in a.text and "growth" not in a.text


@pytest.mark.parametrize("question", [
    "What AFFO per share does Quillon Storage now expect for 2026, compared with its prior guidance, and what is the "
    "change at the midpoint?",
    "By how much did the midpoint of Quillon Storage's 2026 AFFO per diluted share guidance move from the prior "
    "guidance?",
])
def test_a_per_share_row_under_an_in_millions_caption_takes_no_scale(unit_index, question):
    a = answer_question(question, unit_index)
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    # (2.46 + 2.52) / 2 = 2.49 against (2.41 + 2.51) / 2 = 2.46: +0.03
    assert "midpoint $2.49 against $2.46 (+$0.03)" in a.text, a.text
    assert "million" not in a.text and "Same-store" not in a.text and "EBITDA" not in a.text


def test_a_percent_range_beside_millions_is_shown_alone_in_percent(unit_index):
    a = answer_question("How far did the midpoint of Halvard Freight's organic revenue growth outlook for 2026 move "
                        "against the previous outlook?", unit_index)
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    assert "midpoint 5.0% against 4.5% (+0.5%)" in a.text, a.text
    assert "million" not in a.text and "EPS" not in a.text and "Revenues:" not in a.text


def test_the_whole_outlook_asked_shows_every_row_each_in_its_own_unit(unit_index):
    a = answer_question("Which items of Halvard Freight's 2026 outlook changed in November, and how far did the "
                        "midpoint of the EPS range move?", unit_index)
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    assert "Revenues: narrowed" in a.text and "midpoint $3,150.0 million against $3,140.0 million" in a.text
    assert "Organic revenue growth" in a.text and "Diluted EPS: raised" in a.text
    assert "$4.20 against $4.125" in a.text and "4.2 million" not in a.text


def test_one_measure_asked_cites_its_own_row_only(unit_index):
    a = answer_question("What AFFO per share does Quillon Storage now expect for 2026, compared with its prior "
                        "guidance, and what is the change at the midpoint?", unit_index)
    assert a is not None and [c.quote for c in a.citations][1:] == ["AFFO per share $2.46 - $2.52 $2.41 - $2.51"], \
        [c.quote for c in a.citations]
