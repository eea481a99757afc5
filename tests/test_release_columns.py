"""A quarterly earnings release read as what it is (session 22, filings).

Fictional releases of fictional filers (Brackenfield Outdoor Co., Tamsworth Pools, Inc.), written for these tests:
- metadata: the quarter a release reports ("results for its second quarter ended June 30, 2027") is its period and
  closing date, ahead of the annual report it mentions later ("our Form 10-K for the year ended December 31, 2026");
  a file name's "q2_2027" names that quarter; press-release boilerplate before the name ("Exhibit 99.1. FOR
  IMMEDIATE RELEASE.") is no part of the company's name;
- columns: a header naming each column's period ("Q2 2027 Q2 2026 6M 2027 6M 2026") gives each column its length,
  and so does a caption "Three and six months ended"; a quarter's figure is read in a three-month column, never in
  the year-to-date one.
"""

from __future__ import annotations

from pathlib import Path

from assistant.answer.intents import answer_question
from assistant.documents.metadata import guess_metadata, parse_cover, parse_file_name
from assistant.finance.inputs import check_input
from assistant.types import DocMeta, Fact
from finance_filings import memory_index

FIRST_PAGE = """Brackenfield Outdoor Co. Reports Second Quarter 2027 Results
Exhibit 99.1. FOR IMMEDIATE RELEASE. Brackenfield Outdoor Co. (NYSE: BKFD) - Boise, Idaho, August 4, 2027.
Brackenfield Outdoor Co., the maker of camping gear and trail apparel, today reported results for its second
quarter ended June 30, 2027. Net sales rose 6.2% to $318.4 million.
This release should be read with our Annual Report on Form 10-K for the year ended December 31, 2026."""


def test_file_name_quarter_token_beside_a_year_names_the_quarter():
    assert parse_file_name("brackenfield_outdoor_q2_2027_earnings_release") == {
        "quarter": 2, "fiscal_year": 2027, "doc_type": "earnings release"}
    assert parse_file_name("tamsworth_pools_2027_q1_earnings")["quarter"] == 1
    # a lone "q2" with no year beside it names nothing
    assert "quarter" not in parse_file_name("tamsworth_q2_notes")


def test_a_release_is_the_quarter_it_reports_not_the_annual_report_it_mentions():
    cover = parse_cover(FIRST_PAGE)
    assert (cover["period"], cover["period_end"]) == ("Q2 2027", "2027-06-30"), cover
    assert cover["company"] == "Brackenfield Outdoor", cover
    meta = guess_metadata(Path("brackenfield_outdoor_q2_2027_earnings_release.pdf"), [FIRST_PAGE])
    assert (meta["company"], meta["period"], meta["date"]) == ("Brackenfield Outdoor", "Q2 2027", "2027-06-30"), meta
    assert meta["extra"]["period_end"] == "2027-06-30"
    other = parse_cover("PRESS RELEASE. Tamsworth Pools, Inc. (NASDAQ: TMPL) today announced results for the first "
                        "quarter ended March 31, 2027, and reaffirmed the outlook given with its results for the "
                        "year ended December 31, 2026.")
    assert (other["company"], other["period"], other["period_end"]) == ("Tamsworth Pools", "Q1 2027", "2027-03-31")
    # initials stay in a name before the ticker
    cover = parse_cover("R. J. Pellham Co. (NYSE: RJP) reported results for the second quarter ended June 27, 2027.")
    assert cover["company"] == "R. J. Pellham", cover


def test_an_ordinal_quarter_the_calendar_disagrees_with_gives_only_the_closing_date():
    # a fiscal year's third quarter ending in December: the date is known, the quarter's name is not the calendar's
    cover = parse_cover("Tamsworth Pools, Inc. (NASDAQ: TMPL) reported results for its third quarter ended "
                        "December 31, 2026.")
    assert cover["period_end"] == "2026-12-31" and cover.get("period") != "Q4 2026", cover


RELEASE = """BRACKENFIELD OUTDOOR CO.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(Unaudited; in millions, except per share amounts)
Three and six months ended June 30,
Q2 2027 Q2 2026 6M 2027 6M 2026
Product sales $ 281.6 $ 266.3 $ 512.9 $ 498.2
Licensing and other revenue 36.8 33.5 70.4 64.1
Total revenue 318.4 299.8 583.3 562.3
Cost of products sold 158.7 152.0 291.4 286.9
Store and distribution costs 52.3 49.9 101.6 97.3
Marketing 21.9 20.4 40.8 38.7
Depreciation and amortization 11.2 10.6 22.1 20.9
Total operating costs and expenses 244.1 232.9 455.9 443.8
Income from operations 74.3 66.9 127.4 118.5
Interest expense, net (6.1) (6.8) (12.5) (13.4)
Income before income taxes 68.2 60.1 114.9 105.1
Provision for income taxes 16.4 14.3 27.6 25.0
Net income $ 51.8 $ 45.8 $ 87.3 $ 80.1
"""

BRACKENFIELD = DocMeta(doc_id="bkfdq2", doc="brackenfield_outdoor_q2_2027_earnings_release",
                       source="brackenfield_outdoor_q2_2027_earnings_release.pdf", company="Brackenfield Outdoor",
                       fiscal_year=2027, period="Q2 2027", doc_type="earnings release",
                       extra={"period_end": "2027-06-30"})


def _fact(value: float, period: str, year: int) -> Fact:
    row = "Income from operations 74.3 66.9 127.4 118.5"
    return Fact(doc_id="b", doc="brackenfield", source="b.pdf", page=3, label="Income from operations", value=value,
                scale=1e6, unit="USD", period=period, fiscal_year=year, quote=row)


def test_columns_named_by_their_period_give_each_its_length():
    assert check_input(_fact(74.3, "Q2 2027", 2027), RELEASE) is None
    assert check_input(_fact(66.9, "Q2 2026", 2026), RELEASE) is None
    assert check_input(_fact(127.4, "6M 2027", 2027), RELEASE) is None
    # the six-month figure offered as the quarter's fails
    assert check_input(_fact(127.4, "Q2 2027", 2027), RELEASE) is not None


def test_a_caption_of_two_lengths_divides_the_columns():
    page = RELEASE.replace("Q2 2027 Q2 2026 6M 2027 6M 2026", "2027 2026 2027 2026")
    assert check_input(_fact(74.3, "Q2 2027", 2027), page) is None
    assert check_input(_fact(118.5, "6M 2026", 2026), page) is None
    assert check_input(_fact(118.5, "Q2 2026", 2026), page) is not None


def test_a_quarters_margin_from_a_release_with_period_named_columns():
    index = memory_index([(BRACKENFIELD, {3: RELEASE})])
    a = answer_question("Taking the operating margin as income from operations over total revenue, what were "
                        "Brackenfield Outdoor's operating margins for Q2 2027 and for Q2 2026?", index)
    # 74.3 / 318.4 = 23.3%; 66.9 / 299.8 = 22.3%
    assert a is not None and not a.refused, a and a.text
    assert "23.3%" in a.text and "22.3%" in a.text, a.text
    a = answer_question("How much did Brackenfield Outdoor's total revenue grow in the first half of 2027 over the "
                        "first half of 2026, in percent?", index)
    # 583.3 / 562.3 - 1 = +3.7%
    assert a is not None and not a.refused, a and a.text
    assert "+3.7%" in a.text, a.text


# a release's non-GAAP reconciliation: the only table that prints the adjusted measure
RECONCILIATION = """BRACKENFIELD OUTDOOR CO.
Segment revenue (Unaudited; in millions)
Q2 2027 Q2 2026 6M 2027 6M 2026
Outdoor gear $ 201.7 $ 190.2 $ 366.0 $ 357.9
Trail apparel 116.7 109.6 217.3 204.4
Total revenue $ 318.4 $ 299.8 $ 583.3 $ 562.3
Reconciliation of net income to EBITDA and Adjusted EBITDA (Unaudited)
(in millions)
Q2 2027 Q2 2026 6M 2027 6M 2026
Net income $ 51.8 $ 45.8 $ 87.3 $ 80.1
Interest expense, net 6.1 6.8 12.5 13.4
Provision for income taxes 16.4 14.3 27.6 25.0
Depreciation and amortization 11.2 10.6 22.1 20.9
EBITDA 85.5 77.5 149.5 139.4
Equity-based compensation 3.9 3.1 7.4 6.2
Store closure costs 1.6 0.4 2.0 0.9
Adjusted EBITDA $ 91.0 $ 81.0 $ 158.9 $ 146.5
"""

# the same rows under a heading that reconciles nothing: no place for an adjusted measure
KEY_METRICS = RECONCILIATION.replace("Reconciliation of net income to EBITDA and Adjusted EBITDA (Unaudited)",
                                     "Selected operating data (Unaudited)").replace(
    "Net income $ 51.8 $ 45.8 $ 87.3 $ 80.1\n", "")


def _adjusted(value: float, period: str, year: int) -> Fact:
    return Fact(doc_id="b", doc="brackenfield", source="b.pdf", page=4, label="Adjusted EBITDA", value=value,
                scale=1e6, unit="USD", period=period, fiscal_year=year, quote="Adjusted EBITDA $ 91.0 $ 81.0 $ 158.9 $ 146.5",
                kind="table")


def test_a_non_gaap_measure_is_checked_in_its_reconciliation():
    assert check_input(_adjusted(91.0, "Q2 2027", 2027), RECONCILIATION) is None
    assert check_input(_adjusted(146.5, "6M 2026", 2026), RECONCILIATION) is None
    assert check_input(_adjusted(91.0, "Q2 2027", 2027), KEY_METRICS) is not None
    # a GAAP row of the same table stays off the primary statements
    income = Fact(doc_id="b", doc="brackenfield", source="b.pdf", page=4, label="Store closure costs", value=1.6,
                  scale=1e6, unit="USD", period="Q2 2027", fiscal_year=2027,
                  quote="Store closure costs 1.6 0.4 2.0 0.9", kind="table")
    assert check_input(income, RECONCILIATION) is not None


def test_a_definition_stated_as_a_sentence_before_the_question():
    index = memory_index([(BRACKENFIELD, {3: RELEASE, 4: RECONCILIATION})])
    a = answer_question("Adjusted EBITDA margin is Adjusted EBITDA over revenue. For the first half of 2027, what "
                        "was Brackenfield Outdoor's Adjusted EBITDA margin?", index)
    # 158.9 / 583.3 = 27.2%
    assert a is not None and not a.refused, a and a.text
    assert "27.2%" in a.text and "the definition stated in the question" in a.text, a.text
    b = answer_question("Operating margin equals income from operations over revenue. To one decimal, what was "
                        "Brackenfield Outdoor's Q2 2027 operating margin?", index)
    # 74.3 / 318.4 = 23.3%
    assert b is not None and not b.refused, b and b.text
    assert "23.3%" in b.text and "the definition stated in the question" in b.text, b.text


def test_a_statement_that_is_no_arithmetic_defines_nothing():
    from assistant.answer.intents import LOOKUP
    from assistant.query.definitions import find_definitions
    assert find_definitions("Brackenfield Outdoor is a maker of camping gear. What was its total revenue in the "
                            "second quarter of 2027?", LOOKUP) == []
    assert find_definitions("Is Brackenfield Outdoor's revenue net of returns divided by channel?", LOOKUP) == []
    defs = find_definitions("Cash conversion is operating cash flow over net income. How much was Brackenfield "
                            "Outdoor's cash conversion in 2027?", LOOKUP)
    assert [d.name for d in defs] == ["Cash conversion"], defs
