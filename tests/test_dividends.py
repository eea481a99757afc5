"""The per-share dividend a filer states in a sentence (finance/dividends.py) and "has it paid dividends?" answers
that give it beside the total paid (answer/facts_path.py).

Every filer and sentence here is fictional, written for these tests in the style of US 10-K filings (Contoso,
Northwind, Fabrikam, Tailspin, Woodgrove): nothing is taken from the FinanceBench dev set.
"""

from __future__ import annotations

import re

from assistant.answer.facts_path import answer_from_facts
from assistant.finance.dividends import dividend_sentences
from assistant.types import DocMeta
from finance_filings import memory_index

# --------------------------------------------------------------------------------------------------------------
# reading sentences


def _read(text: str, fy: int | None = 2023) -> list[tuple[str, float, int]]:
    return [(d.label, d.value, d.year) for d in dividend_sentences(text, fy)]


def test_respectively_pairs_each_year_with_its_amount_and_quarterly_is_said():
    text = ("Dividends\nDuring 2023, 2022 and 2021, the quarterly cash dividend was $0.42, $0.40 and $0.38 per share, "
            "respectively. Future dividends will depend on the Company's earnings.")
    assert _read(text) == [("quarterly dividend", 0.42, 2023), ("quarterly dividend", 0.40, 2022),
                           ("quarterly dividend", 0.38, 2021)]


def test_amounts_before_years_with_respectively():
    text = "The quarterly cash dividend declared by the Board was $0.31 and $0.29 per share in 2023 and 2022, respectively."
    assert _read(text) == [("quarterly dividend", 0.31, 2023), ("quarterly dividend", 0.29, 2022)]


def test_annual_paid_and_a_share_wordings():
    assert _read("Contoso maintained an annual dividend of $0.04 per common share throughout 2023.") == [
        ("annual dividend", 0.04, 2023)]
    assert _read("Dividends paid in fiscal 2023 totaled $612 million, or $1.84 a share.") == [
        ("dividend", 1.84, 2023)]
    assert _read("In March 2023, June 2023, September 2023 and December 2023, we paid dividends of $0.0125 per "
                 "share, totaling $9 million for 2023.") == [("dividend", 0.0125, 2023)]
    assert _read("During 2023, we paid cash dividends each quarter of $0.18 per share of common stock.") == [
        ("quarterly dividend", 0.18, 2023)]


def test_a_special_dividend_is_labelled_special():
    assert _read("Dividends in 2023 included a special dividend of $5.00 per share.") == [
        ("special dividend", 5.0, 2023)]


def test_what_must_not_be_read():
    # a preferred dividend, a subsidiary's dividend, another entity paying its own holders
    assert _read("Dividends of $1.25 per share were paid on the Series B preferred stock in 2023.") == []
    assert _read("In 2023, our subsidiary Fabrikam Ltd. declared a dividend of $0.90 per share to its "
                 "shareholders.") == []
    assert _read("Tailspin Partners paid a dividend of $0.45 per share to its Class A shareholders in 2023.") == []
    # a declaration after the year end is not the year's dividend (a FY2023 filing, a 2024 declaration)
    assert _read("On February 6, 2024, the Board declared a quarterly cash dividend of $0.44 per share.") == []
    # a future rate, a rate change, a payable date to come
    assert _read("In December 2023, the Board authorized a 5% increase in the quarterly dividend to $0.46 per "
                 "share effective in 2024.", 2024) == []
    assert _read("In April 2023, the Board increased our quarterly dividend from $0.40 to $0.44 per share.") == []
    assert _read("In November 2023, the Board declared a dividend of $0.44 per share payable on January 5, "
                 "2024.", 2024) == []
    # two years and two amounts with no pairing stated
    assert _read("The dividend was $0.40 per share in 2023 compared with $0.36 per share in 2022.") == []
    # no dividend, no per-share amount
    assert _read("Diluted earnings per share were $2.10 in 2023.") == []
    assert _read("We paid dividends of $120 million in 2023.") == []


# --------------------------------------------------------------------------------------------------------------
# answers


def _meta(stem: str, company: str, fy: int = 2023) -> DocMeta:
    return DocMeta(doc_id=stem.lower()[:16], doc=stem, source=f"{stem}.pdf", company=company, fiscal_year=fy,
                   period=f"FY{fy}", doc_type="10-K")


NORTH = _meta("NORTHWIND_2023_10K", "Northwind Traders Inc.")
NORTH_CF = """NORTHWIND TRADERS INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(in thousands)
Years ended December 31 2023 2022
Net cash provided by operating activities $ 812,400 $ 760,100
Dividends paid to common shareholders (3,960) (4,410)
"""
NORTH_MDA = """Liquidity and Capital Resources
In March 2023, June 2023, September 2023 and December 2023, we paid dividends of $0.0025 per share, totaling
$4 million for 2023. In March 2022, June 2022, September 2022 and December 2022, we paid dividends of $0.0025 per
share, totaling $4 million for 2022.
"""
NORTH_MARKET = """Dividend Policy
We maintained an annual dividend of $0.01 per share throughout 2023. On February 7, 2024, the Board declared a
quarterly dividend of $0.05 per share.
"""

CONTOSO = _meta("CONTOSO_2023_10K", "Contoso Health Corporation")
CONTOSO_MARKET = """Market Information
Contoso Health Corporation's common stock is listed on the New York Stock Exchange under the symbol "CTSO."
Dividends
During 2023, 2022 and 2021, the quarterly cash dividend was $0.61, $0.55 and $0.50 per share, respectively. In
December 2023, the Board authorized a 10% increase in the quarterly cash dividend to $0.67 per share effective in
2024. Contoso Health Corporation has paid cash dividends every quarter since becoming a public company.
"""
CONTOSO_IS = """CONTOSO HEALTH CORPORATION
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions, except per share amounts)
Years ended December 31 2023 2022
Total revenues $ 310,200 $ 290,100
Net income $ 8,100 $ 4,150
Dividends declared per share $ 2.44 $ 2.20
"""

WOOD = _meta("WOODGROVE_2023_10K", "Woodgrove Holdings Inc.")
WOOD_NOTE = """Note 14. Noncontrolling interests
In 2023, our subsidiary Fabrikam Realty declared a dividend of $0.52 per share to its Class A shareholders.
Dividends of $1.50 per share were paid in 2023 on the Series A preferred stock.
"""


def index():
    return memory_index([(NORTH, {47: NORTH_MDA, 32: NORTH_MARKET, 62: NORTH_CF}),
                    (CONTOSO, {68: CONTOSO_MARKET, 108: CONTOSO_IS}),
                    (WOOD, {90: WOOD_NOTE})])


def test_paid_dividends_answer_gives_the_total_and_the_per_share_amounts_with_their_sentences():
    a = answer_from_facts("Has Northwind Traders paid dividends to common shareholders in FY2023?", index())
    assert a is not None and a.text.startswith("Yes:"), a and a.text
    assert "$3,960 thousand" in a.text  # the total paid, from the cash-flow row
    assert "annual dividend for FY2023 was $0.01 per share [2]" in a.text
    assert "$0.0025 per share [3]" in a.text  # printed with the filer's four decimals, not rounded to $0.00
    assert "$0.05" not in a.text  # the February 2024 declaration belongs to 2024
    assert {c.page for c in a.citations} == {62, 32, 47}
    assert all(i.period == "FY2023" for i in a.inputs)


def test_a_quarter_is_answered_by_the_quarterly_amount_of_its_year_and_never_by_the_annual_row():
    a = answer_from_facts("Has Contoso Health paid dividends to common shareholders in Q2 of FY2023?", index())
    assert a is not None and a.text.startswith("Yes:"), a and a.text
    assert "$0.61 per share [1]" in a.text and "quarterly" in a.text and "Q2 2023" in a.text
    assert "2.44" not in a.text and "$0.67" not in a.text  # the annual total; the 2024 rate
    assert [c.page for c in a.citations] == [68]


def test_a_year_gives_the_statement_row_and_the_stated_quarterly_amount():
    a = answer_from_facts("Did Contoso Health pay dividends to common shareholders in FY2022?", index())
    assert a is not None and a.text.startswith("Yes:"), a and a.text
    assert "$2.20 per share [1]" in a.text and "$0.55 per share [2]" in a.text
    said = re.sub(r'"[^"]*"', "", a.text)  # what mia states, outside the filer's quoted sentences
    assert "0.61" not in said and "0.50" not in said


def test_a_subsidiary_or_preferred_dividend_answers_nothing():
    assert answer_from_facts("Has Woodgrove Holdings paid dividends to common shareholders in FY2023?",
                             index()) is None
