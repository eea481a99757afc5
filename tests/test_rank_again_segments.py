"""A segment ranking asked again by operating margin (#10, session 28): the filer's sentence listing its segments
before the word ("evaluates the Quarrying, Precast Products and Road and Bridge segments") names them as surely as a
list after "segments:"; a gain on a sale below the segments' profit rows reconciles their total, it is no segment;
and a filing naming its fiscal years by their closing year is read so by the ranking asked again as by the first.
Fictional filer and rows written for these tests (a building-materials maker whose year closes March 31)."""

from __future__ import annotations

from assistant.answer import table_rankings as TR
from assistant.answer.member_blocks import _all_named

PAGE = """Note 12 - Segment Information
Our chief operating decision maker evaluates the Quarrying, Precast Products and Road and Bridge segments on
segment operating income, which leaves out corporate expenses and a gain from selling the Elm Creek pit.
Segment revenues and operating income
(In thousands) - Fiscal years ended March 31,
Fiscal 2026 Fiscal 2025 Fiscal 2024
Revenues:
Quarrying 540,220 512,004 498,330
Precast Products 201,450 214,880 205,115
Road and Bridge 133,906 118,412 112,870
Total revenues 875,576 845,296 816,315
Segment operating income:
Quarrying 141,330 128,006 120,404
Precast Products 12,090 17,560 16,220
Road and Bridge 14,730 11,210 10,180
Corporate expenses (30,114) (28,870) (27,402)
Gain on sale of Elm Creek pit 8,220 - -
Operating income 146,256 127,906 119,402
"""
Q = "In fiscal 2026, which of Granby's segments grew revenues fastest, and was it also the top segment by operating margin?"


def test_segments_listed_before_the_word_are_named():
    assert _all_named(PAGE, ["Quarrying", "Precast Products", "Road and Bridge"])
    assert not _all_named(PAGE, ["Quarrying", "Precast Products"])
    assert not _all_named(PAGE, ["Quarrying", "Precast Products", "Road", "Bridge"])


def test_the_margin_ranking_asked_again_reads_the_segments_beside_a_gain_on_a_sale():
    first = TR.rank_members("Which of Granby's segments grew revenues fastest in fiscal 2026", Q, PAGE, {2026},
                            ends=True)
    assert first is not None and first.top.label == "Road and Bridge"  # +13.1%
    again = TR.rank_again("was it also the top segment by operating margin", first, Q, PAGE, {2026},
                          ends=True)
    assert again is not None
    ranked, verdict, line = again
    assert verdict == "No" and ranked.top.label == "Quarrying", line  # 26.2% against 11.0% and 6.0%
    assert "26.2%" in line and "11.0%" in line, line


def test_without_the_closing_year_naming_the_fiscal_column_stays_unsure():
    first = TR.rank_members("Which of Granby's segments grew revenues fastest in fiscal 2026", Q, PAGE, {2026},
                            ends=True)
    assert TR.rank_again("was it also the top segment by operating margin", first, Q, PAGE, {2026}) is None


def test_the_filer_named_as_a_whole_and_profitable_beside_a_margin_are_no_basis_of_the_ranking_asked_again():
    # session 33 (#10): "the company's most profitable segment by operating margin" asks the margin ranking; before,
    # "company" and "profitable" were read as words the margin block's title had to say, and nothing was ranked
    first = TR.rank_members("Which of Granby's segments grew revenues fastest in fiscal 2026", Q, PAGE, {2026},
                            ends=True)
    for part in ("is it also the company's most profitable segment by operating margin",
                 "was that segment also the group's most profitable one, measured by operating margin",
                 "is it also the firm's best segment for profitability on an operating margin basis"):
        again = TR.rank_again(part, first, Q, PAGE, {2026}, ends=True)
        assert again is not None, part
        ranked, verdict, line = again
        assert verdict == "No" and ranked.top.label == "Quarrying" and "26.2%" in line, part
    # a basis the page does not give still stops the ranking asked again
    assert TR.rank_again("is it also the company's most profitable segment by operating margin in Canada", first, Q,
                         PAGE, {2026}, ends=True) is None
