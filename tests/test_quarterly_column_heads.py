"""A quarterly report's columns headed by their periods in the ways filers write them (session 24, #10 statements).

Fictional filers written for these tests (Corvane Marine Services, Tallowick Foods, Pellmont Analytics, Ashgrove
Linen Supply, Brackwater Pumps): a 10-Q headed "Q3 2026 Q3 2025 YTD 2026 YTD 2025" under a caption that says the
lengths in other words, "2Q26 2Q25 1H26 1H25", "Q1'27 ... YTD'27", "YTD FY26", "Quarter | Year-to-date" over
repeated years; a cover naming its symbol in a sentence ("trading symbol CVMS, Nasdaq ..."); two measures of one
company asked in one clause ("revenues and diluted EPS"); a quarter and its year to date, each "compared with the
same periods of 2025". General rules: a column named by its own period is that period (the year to date as long
as the report's quarters); one length said over columns that repeat a year names none of them; a cover's symbol
written as a sentence is the company's; "the same periods of <year>" is each span's year before.
"""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.extract import extract_facts
from assistant.finance.fiscal import two_digit_years
from assistant.finance.inputs import check_input
from assistant.query.entities import trading_symbols
from assistant.query.several import measures_asked
from assistant.types import DocMeta, Page
from finance_filings import memory_index


def _meta(doc: str, company: str, period: str, end: str) -> DocMeta:
    return DocMeta(doc_id=f"d{doc}", doc=doc, source=f"{doc}.pdf", title=f"{company} Form 10-Q", company=company,
                   doc_type="10-Q", fiscal_year=int(period[-4:]), period=period, extra={"period_end": end})


def _statement(header: str, unit: str = "(Amounts in thousands of U.S. dollars; per-share data in dollars)") -> str:
    return f"""CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)
{unit}
{header}
Net revenues $ 184,220 $ 171,905 $ 529,640 $ 498,115
Cost of services 121,408 114,377 352,910 333,861
Operating income 20,416 18,230 55,318 51,774
Net income $ 12,904 $ 11,372 $ 34,218 $ 31,640
"""


def _revenue_periods(meta: DocMeta, page: str) -> dict[str, list[float]]:
    got: dict[str, list[float]] = {}
    for f in extract_facts(meta, [Page(meta.doc_id, meta.doc, meta.source, 1, page)]):
        if f.metric == "revenue":
            got.setdefault(f.period, []).append(f.value)
    return got


Q3 = {"Q3 2026": [184220.0], "Q3 2025": [171905.0], "9M 2026": [529640.0], "9M 2025": [498115.0]}


@pytest.mark.parametrize("header, unit", [
    # the lengths said again in the caption, in words that do not divide the columns evenly
    ("Q3 2026 Q3 2025 YTD 2026 YTD 2025", "($000s) quarter (Q3) and nine-month year to date (YTD), periods through September 30"),
    ("Q3 2026 Q3 2025 YTD 2026 YTD 2025", "(Amounts in thousands of U.S. dollars; per-share data in dollars)"),
    ("Q3 FY26 Q3 FY25 YTD FY26 YTD FY25", "(In thousands)"),
    ("3Q26 3Q25 9M26 9M25", "(In thousands)"),
    ("Q3'26 Q3'25 YTD'26 YTD'25", "(In thousands)"),
    ("Quarter Year-to-date\n2026 2025 2026 2025", "(In thousands)"),
])
def test_third_quarter_columns_headed_by_their_periods(header, unit):
    meta = _meta("corvane_10q_q3_2026", "Corvane Marine Services", "Q3 2026", "2026-09-30")
    assert _revenue_periods(meta, _statement(header, unit)) == Q3


def test_half_year_heads_with_the_number_first():
    meta = _meta("tallowick_10q_q2_2026", "Tallowick Foods", "Q2 2026", "2026-06-27")
    got = _revenue_periods(meta, _statement("2Q26 2Q25 1H26 1H25"))
    assert got == {"Q2 2026": [184220.0], "Q2 2025": [171905.0], "6M 2026": [529640.0], "6M 2025": [498115.0]}
    assert two_digit_years("2Q26 2Q25 1H26 1H25") == "Q2 2026 Q2 2025 H1 2026 H1 2025"
    from assistant.finance.fiscal import column_heads

    assert column_heads("Q1'27 Q1'26 YTD FY27") == [("Q1", 2027), ("Q1", 2026), ("YTD", 2027)]


def test_one_length_over_repeated_years_names_no_quarter_as_the_year_to_date():
    """"Year-to-date" over "2026 2025 2026 2025": the quarter's columns are never stored as the six months."""
    meta = _meta("pellmont_10q_q2_2026", "Pellmont Analytics", "Q2 2026", "2026-06-30")
    got = _revenue_periods(meta, _statement("Year-to-date\n2026 2025 2026 2025"))
    assert 184220.0 not in got.get("6M 2026", []) and 171905.0 not in got.get("6M 2025", [])
    assert got.get("Q2 2026") == [184220.0]


def test_a_year_to_date_column_is_checked_as_one():
    meta = _meta("ashgrove_10q_q2_2026", "Ashgrove Linen Supply", "Q2 2026", "2026-06-30")
    page = _statement("Q2 2026 Q2 2025 YTD 2026 YTD 2025")
    facts = [f for f in extract_facts(meta, [Page(meta.doc_id, meta.doc, meta.source, 1, page)])
             if f.metric == "operating_income"]
    by_period = {f.period: f for f in facts}
    assert check_input(by_period["6M 2026"], page) is None
    assert check_input(by_period["Q2 2026"], page) is None
    # the quarter's figure said to be the six months' fails: its column is three months long
    from dataclasses import replace
    wrong = replace(by_period["Q2 2026"], period="6M 2026")
    assert check_input(wrong, page) is not None


def test_a_symbol_named_in_a_cover_sentence():
    cover = ("Commission File Number 001-41877. CORVANE MARINE SERVICES, INC. (a Louisiana corporation). Common Stock, "
             "$0.001 par value, trading symbol CVMS, Nasdaq Global Select Market. Large accelerated filer [X].")
    assert "CVMS" in trading_symbols(cover)
    assert "BRKW" in trading_symbols("Class A common stock, ticker symbol BRKW on the New York Stock Exchange.")
    # a 12(b) table's header in capitals names no symbol
    assert trading_symbols("CLASS  TRADING SYMBOL  NAME OF EXCHANGE") == set()


def test_two_measures_sharing_a_verb_without_its():
    assert measures_asked("By how much did CVMS's net revenues and diluted EPS rise in Q3 2026 versus Q3 2025?") == [
        "By how much did CVMS's net revenues rise in Q3 2026 versus Q3 2025?",
        "By how much did CVMS's diluted EPS rise in Q3 2026 versus Q3 2025?"]
    assert measures_asked("How much did Corvane's selling and marketing expenses grow in 2025?") is None


COVER = ("Form 10-Q (quarter through September 30, 2026). Brackwater Pumps, Inc., an Ohio corporation. Common shares "
         "without par value, trading symbol BWPX, New York Stock Exchange. Non-accelerated filer [X].")
BRACK_IS = """BRACKWATER PUMPS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
($000s, per-share data in dollars) quarter (Q3) and nine-month year to date (YTD), periods through September 30
Q3 2026 Q3 2025 YTD 2026 YTD 2025
Net revenues $ 184,220 $ 171,905 $ 529,640 $ 498,115
Cost of revenues 121,408 114,377 352,910 333,861
Selling, general and administrative expenses 42,396 39,298 121,412 112,480
Operating income 20,416 18,230 55,318 51,774
Income before income taxes 17,002 14,611 45,007 40,932
Provision for income taxes 4,098 3,239 10,789 9,292
Net income $ 12,904 $ 11,372 $ 34,218 $ 31,640
Earnings per common share:
Basic $0.52 $0.45 $1.38 $1.26
Diluted $0.51 $0.45 $1.36 $1.25
"""


@pytest.fixture(scope="module")
def brackwater():
    meta = DocMeta(doc_id="dbrack", doc="brackwater_pumps_10q_q3_2026", source="brackwater_pumps_10q_q3_2026.pdf",
                   title="Brackwater Pumps Form 10-Q Q3 2026", company="Brackwater Pumps", doc_type="10-Q",
                   fiscal_year=2026, period="Q3 2026", extra={"period_end": "2026-09-30"})
    return memory_index([(meta, {1: COVER + "\n" + BRACK_IS})])


def test_quarter_growth_asked_by_symbol_for_two_measures(brackwater):
    a = answer_question("By how much did BWPX's net revenues and diluted EPS rise in Q3 2026 versus Q3 2025?",
                        brackwater)
    assert a is not None and not a.refused, a and a.text
    # revenues 184,220 / 171,905 - 1 = 7.2%; diluted EPS 0.51 / 0.45 - 1 = 13.3%
    assert "+7.2%" in a.text and "+13.3%" in a.text and "529,640" not in a.text, a.text


def test_quarter_and_year_to_date_margins_against_the_same_periods(brackwater):
    a = answer_question("Defining operating margin as operating income over net revenues, what was Brackwater Pumps' "
                        "operating margin for Q3 2026 and for the nine months to September 2026, and how did each "
                        "change from the corresponding periods of 2025?", brackwater)
    assert a is not None and not a.refused, a and a.text
    # Q3: 20,416 / 184,220 = 11.1% vs 18,230 / 171,905 = 10.6%; 9M: 55,318 / 529,640 = 10.4% vs 51,774 / 498,115 = 10.4%
    assert all(s in a.text for s in ("from 10.6%", "to 11.1%", "20,416 / 184,220", "51,774 / 498,115")), a.text
    assert "Q3 2025 to Q3 2026" in a.text and "9M 2025 to 9M 2026" in a.text, a.text


# a segment note under "Q2 2026 Q2 2025 YTD 2026 YTD 2025" heads, a caption saying the lengths in other words
GLENVARRA = """Note 8 - Segments. Glenvarra Waste Services has three reportable segments: Collection, Landfill and Recycling.
Revenues and operating income by segment
($000s) quarter (Q2) and first-half year to date (YTD), periods through June 30
Q2 2026 Q2 2025 YTD 2026 YTD 2025
Revenues:
Collection $ 142,880 $ 139,010 $ 281,400 $ 270,950
Landfill 61,240 55,170 118,730 112,460
Recycling 22,905 24,880 49,960 47,210
Total revenues $ 227,025 $ 219,060 $ 450,090 $ 430,620
"""


def test_a_year_to_date_head_is_a_column_group_of_its_own():
    from assistant.answer import prose_pdf_tables as T
    from assistant.answer import table_rankings as R

    got = T.columns("Q2 2026 Q2 2025 YTD 2026 YTD 2025", 4)
    assert got is not None and [c.group for c in got] == ["3", "3", "ytd", "ytd"]
    q = "Over Q2 2026, which Glenvarra segment posted the fastest revenue growth?"
    ranked = R.rank_members(q, q, GLENVARRA, {2026})
    # Landfill +11.0% (55,170 to 61,240) in the quarter; Recycling grew fastest over the six months (+5.8%)
    assert ranked is not None and ranked.top.label == "Landfill" and "55,170 to 61,240" in ranked.text, ranked
