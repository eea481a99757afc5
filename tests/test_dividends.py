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
                 "share, totaling $9 million for 2023.") == [("dividend per payment", 0.0125, 2023)]
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


# --------------------------------------------------------------------------------------------------------------
# per-share amounts written inside the row labels of a statement of shareholders' equity (dividend_rows)

from assistant.answer.intents import answer_question  # noqa: E402
from assistant.finance.dividends import dividend_rows  # noqa: E402
from assistant.query.intent import metrics_in, read_question  # noqa: E402

# blocks of a year between dated balance rows; one label wrapped over two lines; a dividend to the noncontrolling
# holders of a subsidiary (no per-share amount of the common stock) and a preferred one in the same label
FABRIKAM_EQUITY = """FABRIKAM INDUSTRIES, INC.
CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY
(In millions, except per share amounts)
Common Additional Retained Treasury Total
Stock Paid-in Capital Earnings Stock Equity
Balance at December 31, 2020 $ 12 $ 1,840 $ 6,215 $ (1,020) $ 7,047
Net earnings — — 1,104 — 1,104
Cash dividends declared ($1.20 per share) — — (402) — (402)
Repurchases of common stock — — — (350) (350)
Balance at December 31, 2021 12 1,872 6,917 (1,370) 7,431
Net earnings — — 1,215 — 1,215
Dividends on common stock ($1.32 per share) and preferred stock ($5.00 per share) — — (451) — (451)
Distributions to noncontrolling interests — — — — (14)
Balance at December 31, 2022 12 1,905 7,681 (1,370) 8,228
Net earnings — — 1,290 — 1,290
Cash dividends declared on common stock ($1.44 per
share) — — (478) — (478)
Balance at December 31, 2023 $ 12 $ 1,941 $ 8,493 $ (1,370) $ 9,076
"""

# years as columns: three amounts in the label, one per column; the years named in another label
TAILSPIN_EQUITY = """Tailspin Toys Corporation
Statements of Stockholders' Equity
(In thousands, except per share data)
Fiscal Year Ended September 30
2023 2022 2021
Retained earnings, beginning of year $ 902,114 $ 841,530 $ 790,266
Net income 214,870 188,202 171,935
Cash dividends ($0.92, $0.88 and $0.84 per share) (131,400) (127,618) (120,671)
Retained earnings, end of year $ 985,584 $ 902,114 $ 841,530
"""
WINGTIP_EQUITY = """WINGTIP OUTFITTERS INC.
CONSOLIDATED STATEMENTS OF CHANGES IN EQUITY
(Dollars in millions)
Years ended December 31 2023 2022 2021
Reinvested earnings, beginning $ 4,410 $ 4,102 $ 3,850
Net income 702 655 610
Dividends (per share — $1.10, $1.04 and $0.98 in 2023, 2022 and 2021, respectively) (385) (347) (358)
Reinvested earnings, ending $ 4,727 $ 4,410 $ 4,102
"""
# a quarterly report's three-month blocks; a year's columns but one amount (which year is not said)
LITWARE_Q_EQUITY = """LITWARE, INC.
CONDENSED CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY (Unaudited)
(In millions, except per share amounts)
Balances at March 31, 2023 $ 48 $ 3,102 $ 2,215 $ 5,365
Net earnings — — 210 210
Cash dividends declared ($0.25 per share) — — (61) (61)
Balances at June 30, 2023 $ 48 $ 3,110 $ 2,364 $ 5,522
"""
ONE_AMOUNT_MANY_COLUMNS = """ADVENTURE WORKS CORP.
CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY
(In millions)
Years ended December 31 2023 2022 2021
Dividends declared ($0.50 per share) (120) (118) (115)
"""


def _rows(text: str, annual: bool = True) -> list[tuple[str, float, int]]:
    return [(d.label, d.value, d.year) for d in dividend_rows(text, annual)]


def test_a_block_row_takes_the_year_of_its_closing_balance_and_wrapped_labels_are_joined():
    assert _rows(FABRIKAM_EQUITY) == [("dividend declared", 1.20, 2021), ("dividend", 1.32, 2022),
                                      ("dividend declared", 1.44, 2023)]  # never the preferred $5.00


def test_column_amounts_pair_with_the_header_years_and_named_years_pair_with_themselves():
    assert _rows(TAILSPIN_EQUITY) == [("dividend", 0.92, 2023), ("dividend", 0.88, 2022), ("dividend", 0.84, 2021)]
    assert _rows(WINGTIP_EQUITY) == [("dividend", 1.10, 2023), ("dividend", 1.04, 2022), ("dividend", 0.98, 2021)]


def test_quarter_blocks_and_an_amount_without_its_year_are_not_read():
    assert _rows(LITWARE_Q_EQUITY, annual=False) == []
    assert _rows(LITWARE_Q_EQUITY) == []  # three months between the balances: not a year
    assert _rows(ONE_AMOUNT_MANY_COLUMNS) == []


def test_equity_rows_run_together_are_not_read_as_a_sentence():
    # no full stop between the rows: the "sentence" would give the $1.32 to 2021, the year its block starts in
    assert [d for d in dividend_sentences(FABRIKAM_EQUITY, 2023)] == []


# --------------------------------------------------------------------------------------------------------------
# "How much dividend per share did X pay in FY2022?" is the per-share dividend, wherever its words stand


def test_per_share_dividend_wordings_are_read_as_the_per_share_metric():
    for q in ("How much dividend per share did Fabrikam pay in FY2022?",
              "What was Fabrikam's dividends per share for fiscal 2022?",
              "How much did Fabrikam declare in cash dividends per common share in FY2022?",
              "How much dividend did Fabrikam pay per share in FY2022?",
              "What were the dividends declared per share by Fabrikam in 2022?",
              "What per-share dividend did Fabrikam pay in FY2022?"):
        assert metrics_in(q) == ["dividends_per_share"], q
    assert metrics_in("How much did Fabrikam pay in cash dividends in FY2022?") == ["dividends_paid"]
    assert "dividends_per_share" not in metrics_in("What were Fabrikam's dividends and earnings per share in 2022?")


FABRIKAM = _meta("FABRIKAM_2023_10K", "Fabrikam Industries, Inc.")
FABRIKAM_MARKET = """Dividends
The quarterly dividend was $0.36 per share in 2023. On February 2, 2024, the Board declared a quarterly dividend
of $0.40 per share.
"""
LITWARE = DocMeta(doc_id="litware_2023q2", doc="LITWARE_2023Q2_10Q", source="LITWARE_2023Q2_10Q.pdf",
                  company="Litware, Inc.", fiscal_year=2023, period="Q2 2023", doc_type="10-Q")
LITWARE_NOTE = """Note 9. Shareholders' equity
In the second quarter of 2023, the Company declared a dividend of $0.25 per share, paid on June 15, 2023.
"""


def div_index():
    return memory_index([(FABRIKAM, {41: FABRIKAM_MARKET, 66: FABRIKAM_EQUITY}),
                         (LITWARE, {14: LITWARE_Q_EQUITY, 22: LITWARE_NOTE}),
                         (CONTOSO, {68: CONTOSO_MARKET, 108: CONTOSO_IS})])


def test_the_years_per_share_dividend_comes_from_the_equity_row_not_the_quarterly_sentence():
    a = answer_question("How much dividend per share did Fabrikam Industries pay in FY2023?", div_index())
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("Fabrikam Industries, Inc.'s dividend per share for FY2023 was $1.44 per share [1].")
    assert "statement of shareholders' equity" in a.text and [c.page for c in a.citations] == [66]
    assert a.about.period == "FY2023" and a.inputs[0].value == 1.44
    assert "0.36" not in a.text and "0.40" not in a.text


def test_a_statement_row_answers_and_a_change_gives_both_years():
    a = answer_question("What was Contoso Health's dividend per share in FY2022?", div_index())
    assert a is not None and "$2.20 per share [1]" in a.text and "0.55" not in a.text, a and a.text
    b = answer_question("By how much did Fabrikam Industries raise its dividend per share from FY2022 to FY2023?",
                        div_index())
    assert b is not None and "+$0.12" in b.text and "$1.32 per share" in b.text and "$1.44 per share" in b.text, \
        b and b.text


def test_only_a_quarterly_amount_or_a_quarterly_report_gives_no_figure_for_the_year():
    a = answer_question("What was Contoso Health's dividend per share in FY2021?", div_index())
    assert a is not None and a.refused and "only a quarterly amount" in a.text, a and a.text
    assert "$0.50 per share" not in a.text.split('"')[0]  # quoted, never stated as the year's
    # a quarterly report's "a dividend of $0.25 per share" is a quarter's, never the year's
    lit = answer_question("What dividend per share did Litware pay in FY2023?", div_index())
    assert lit is not None and lit.refused and ("quarterly report" in lit.text or "each payment" in lit.text), \
        lit and lit.text
    assert "$0.25" not in lit.text.split('"')[0]
    q = answer_question("What was Contoso Health's quarterly dividend per share in FY2022?", div_index())
    assert q is not None and not q.refused and "quarterly dividend per share for FY2022 was $0.55" in q.text


def test_read_question_keeps_per_share_for_the_per_share_metrics_only():
    docs = div_index().documents()
    r = read_question("What was Fabrikam Industries' dividend per share in FY2022?", docs)
    assert r is not None and r.metric == "dividends_per_share"
    assert read_question("What was Fabrikam Industries' net income per share of revenue in FY2022?", docs) is None


def test_the_total_paid_asked_in_other_words_is_the_dividends_paid_row():
    for q in ("How much did Northwind Traders pay in common stock dividends in FY2023?",
              "What amount of common dividends did Northwind Traders pay in FY2023?",
              "How much did Northwind Traders spend on dividends in FY2023?",
              "How much cash did Northwind Traders return to shareholders through dividends in FY2023?"):
        assert metrics_in(q) == ["dividends_paid"], q
    # a declared total, dividend income: other figures than the cash paid
    assert metrics_in("How much did Northwind Traders declare in dividends in FY2023?") == []
    assert metrics_in("How much dividend income did Northwind Traders receive in FY2023?") == []
    a = answer_question("How much did Northwind Traders pay in common stock dividends in FY2023?", index())
    assert a is not None and "$3,960 thousand" in a.text and [c.page for c in a.citations] == [62], a and a.text


def test_per_share_answers_survive_the_answerers_check():
    from assistant.answer.checks import check_facts_answer
    from assistant.query.entities import company_aliases

    idx = div_index()
    docs = idx.documents()
    for q in ("How much dividend per share did Fabrikam Industries pay in FY2023?",
              "By how much did Fabrikam Industries raise its dividend per share from FY2022 to FY2023?"):
        a = answer_question(q, idx)
        checked = check_facts_answer(a, docs, company_aliases(docs), idx.page_text)
        assert checked is not None and checked.text == a.text, (q, checked and checked.text)


def test_a_dated_payment_is_the_amount_of_that_payment_and_a_period_end_date_is_not_a_payment():
    assert _read("On June 9, 2023, we paid a dividend of $0.41 per share to shareholders of record.") == [
        ("dividend per payment", 0.41, 2023)]
    assert _read("During the year ended December 31, 2023, we paid dividends of $1.64 per share.") == [
        ("dividend", 1.64, 2023)]


def test_blocks_are_named_as_a_filer_who_names_its_year_by_its_start_names_them():
    # a retailer whose fiscal 2022 ended on January 28, 2023 (the document's own fiscal year is 2022)
    text = """WINGTIP STORES, INC.
CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY
(In millions, except per share amounts)
Balance at January 29, 2022 $ 410 $ 2,880 $ 3,290
Net income — 342 342
Cash dividends declared ($1.60 per share) — (166) (166)
Balance at January 28, 2023 $ 410 $ 3,056 $ 3,466
"""
    assert _rows(text) == [("dividend declared", 1.60, 2023)]  # no fiscal year known: the date's year
    assert [(d.value, d.year) for d in dividend_rows(text, fiscal_year=2022)] == [(1.60, 2022)]
    assert [(d.value, d.year) for d in dividend_rows(text, fiscal_year=2023)] == [(1.60, 2023)]


def test_disagreeing_rows_are_settled_by_the_amount_the_statement_of_equity_confirms():
    # a five-year table's row (the year) and a quarterly table's rows read for the same year: the equity label decides
    meta = _meta("PROSEWARE_2023_10K", "Proseware Apparel, Inc.")
    selected = """SELECTED FINANCIAL DATA
(In millions, except per share data)
Year Ended May 31, 2023 2022
Revenues $ 51,217 $ 46,710
Cash dividends declared per common share 1.36 1.22
"""
    quarterly = """Quarterly financial data (unaudited)
(In millions, except per share data)
2023 2022
First quarter
Revenues $ 12,610 $ 11,430
Cash dividends declared per common share 0.34 0.305
"""
    equity = """PROSEWARE APPAREL, INC.
CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY
(In millions, except per share data)
Balance at May 31, 2022 $ 9 $ 11,480 $ 11,489
Net income — 5,070 5,070
Dividends on common stock ($1.36 per share) — (2,112) (2,112)
Balance at May 31, 2023 $ 9 $ 14,438 $ 14,447
"""
    idx = memory_index([(meta, {24: selected, 25: quarterly, 56: equity})])
    rows = [f for f in idx.facts(metric="dividends_per_share", period="FY2023")]
    assert {f.value for f in rows} >= {1.36, 0.34}  # the quarterly table's rows were read for the year too
    a = answer_question("What was Proseware Apparel's dividend per share in FY2023?", idx)
    assert a is not None and not a.refused and "was $1.36 per share" in a.text, a and a.text


def test_a_quarterly_rate_and_the_years_total_before_a_comparison():
    text = ("In 2025 we paid a quarterly cash dividend of $0.21 per share, or $0.84 per share for the year, up from "
            "$0.20 per share per quarter ($0.80 for the year) in 2024.")
    found = dividend_sentences(text, 2025)
    assert [(d.label, d.value, d.year) for d in found] == [("annual dividend", 0.84, 2025)]
    text = ("Northwind paid a quarterly dividend of $0.30 per share in fiscal 2026, or $1.20 per share for the full "
            "year, compared with $1.12 per share in fiscal 2025.")
    assert [(d.value, d.year) for d in dividend_sentences(text, 2026)] == [(1.20, 2026)]
    # the first clause names two years, or no year total: which amount is whose is not said
    assert dividend_sentences("In 2025 and 2024 we paid $0.21 and $0.20 per share each quarter, $0.84 per share for "
                              "the year.", 2025) == []
    assert dividend_sentences("In 2025 we paid $0.21 per share per quarter, up from $0.20 per share in 2024.",
                              2025) == []


NORTHWIND = _meta("NORTHWIND_2023_10K", "Northwind Traders, Inc.")
NORTHWIND_MARKET = """Dividends
Dividends in 2023 included a special dividend of $5.00 per share, resulting in an aggregate payment of approximately
$2,210.
"""


def test_a_special_dividend_asked_is_left_to_the_sentence_stating_it():
    idx = memory_index([(NORTHWIND, {31: NORTHWIND_MARKET})])
    # the year's dividend per share asked: the special amount is never shown as the year's
    a = answer_question("What dividend per share did Northwind Traders pay in FY2023?", idx)
    assert a is not None and a.refused and "special dividend" in a.text, a and a.text
    # the special dividend itself asked: no refusal of the facts path; the quoted sentence answers it
    assert answer_question("What special dividend per share did Northwind Traders pay in FY2023?", idx) is None
