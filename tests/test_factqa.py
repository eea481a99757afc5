from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.answer import facts_path as factqa
from assistant.finance.formulas import MissingInput, gross_margin
from assistant.finance.select import filter_facts, is_statement_page
from assistant.query.intent import question_metrics
from assistant.retrieve.hints import metric_pages
from assistant.text.periods import resolve_period
from assistant.types import DocMeta, Fact


def doc(stem: str, company: str, fy: int, period: str | None = None) -> DocMeta:
    return DocMeta(doc_id=stem.lower()[:16], doc=stem, source=f"{stem}.pdf", company=company, fiscal_year=fy,
                   period=period or f"FY{fy}", doc_type="10-K")


def fact(d: DocMeta, metric: str | None, label: str, value: float, period: str, page: int = 50,
         scale: float = 1e6, unit: str = "USD") -> Fact:
    quote = f"{label} {value:,.0f} 999"
    return Fact(doc_id=d.doc_id, doc=d.doc, source=d.source, page=page, label=label, value=value, scale=scale,
                unit=unit, currency="USD" if unit == "USD" else None, metric=metric, period=period,
                fiscal_year=int(period[-4:]), company=d.company, quote=quote)


class FakeIndex:
    """An in-memory stand-in for store.Index: documents() and facts(...) over a list."""

    def __init__(self, docs: list[DocMeta], facts: list[Fact]):
        self._docs, self._facts = docs, facts

    def documents(self) -> list[DocMeta]:
        return list(self._docs)

    def facts(self, metric=None, company=None, period=None, fiscal_year=None, doc_ids=None, label=None):
        return filter_facts(self._facts, metric, company, period, fiscal_year, doc_ids, label)


@dataclass
class Filters:
    companies: list[str] | None = None
    docs: list[str] | None = None


MMM18 = doc("3M_2018_10K", "3M", 2018)
MMM22 = doc("3M_2022_10K", "3M", 2022)
BBY = doc("BESTBUY_2023_10K", "Best Buy", 2023)


@pytest.fixture
def index() -> FakeIndex:
    f = [
        fact(MMM18, "capital_expenditure", "Purchases of property, plant and equipment (PP&E)", -1577, "FY2018", 60),
        fact(MMM18, "capital_expenditure", "Purchases of property, plant and equipment (PP&E)", -1373, "FY2017", 60),
        fact(MMM18, "revenue", "Net sales", 32765, "FY2018", 56),
        fact(MMM18, "revenue", "Net sales", 31657, "FY2017", 56),
        fact(MMM18, "revenue", "Net sales", 30109, "FY2016", 56),
        fact(MMM18, "gross_profit", "Gross profit", 16083, "FY2018", 56),
        fact(BBY, "total_current_assets", "Total current assets", 8802, "FY2023", 39),
        fact(BBY, "total_current_liabilities", "Total current liabilities", 8979, "FY2023", 39),
        fact(BBY, "inventory", "Merchandise inventories", 5140, "FY2023", 39),
        fact(BBY, "inventory", "Merchandise inventories", 5965, "FY2022", 39),
        fact(BBY, "cost_of_revenue", "Cost of sales", 36386, "FY2023", 40),
        # the 2022 filing restates 2021 revenue differently from what another filing says
        fact(MMM22, "revenue", "Net sales", 35355, "FY2021", 40),
        fact(MMM18, "revenue", "Net sales", 35000, "FY2021", 99),
    ]
    return FakeIndex([MMM18, MMM22, BBY], f)


def test_metric_question_cites_the_exact_row(index):
    a = factqa.answer_from_facts("What is the FY2018 capital expenditure amount (in USD millions) for 3M?", index)
    assert a is not None and a.mode == "facts"
    assert "$1,577 million" in a.text and "[1]" in a.text
    assert a.citations[0].page == 60 and a.citations[0].doc == "3M_2018_10K"
    assert a.citations[0].quote.startswith("Purchases of property, plant and equipment (PP&E)")
    assert a.verification.supported


def test_unit_conversion_to_billions(index):
    a = factqa.answer_from_facts("How much revenue did 3M report in fiscal 2018, in USD billions?", index)
    assert a is not None and "$32.77 billion" in a.text


def test_calculation_shows_formula_and_cites_each_input(index):
    a = factqa.answer_from_facts("What is Best Buy's current ratio for FY2023?", index)
    assert a is not None and a.mode == "calc"
    assert "0.98x" in a.text and "total current assets / total current liabilities" in a.text
    assert "[1]" in a.text and "[2]" in a.text and len(a.citations) == 2
    assert all(s.supported for s in a.verification.sentences)


def test_capex_share_of_revenue_and_yoy(index):
    a = factqa.answer_from_facts("What was 3M's capex as a percentage of revenue in FY2018?", index)
    assert a is not None and "4.81%" in a.text
    g = factqa.answer_from_facts("What was the year-over-year change in revenue for 3M from FY2017 to FY2018?", index)
    assert g is not None and "3.5%" in g.text
    c = factqa.answer_from_facts("What is 3M's revenue CAGR between FY2016 and FY2018?", index)
    assert c is not None and "4.32%" in c.text


def test_turnover_uses_average_inventory(index):
    a = factqa.answer_from_facts("What is Best Buy's FY2023 inventory turnover ratio?", index)
    assert a is not None
    assert f"{36386 / ((5140 + 5965) / 2):.2f}x" in a.text and "two year-ends" in a.text
    assert len(a.citations) == 3


def test_conflicting_sources_prefer_newest_and_say_so(index):
    a = factqa.answer_from_facts("What was 3M's revenue in FY2021?", index)
    assert a is not None and "$35,355 million" in a.text
    assert "Sources disagree: 3M_2018_10K reports" in a.text and "does not use" in a.text
    assert [c.doc for c in a.citations] == ["3M_2022_10K", "3M_2018_10K"]  # the older figure is cited too
    rows = factqa.facts_table(index, "revenue", companies=["3M"])
    by_period = {r["period"]: r for r in rows}
    assert by_period["FY2021"]["conflict"] and by_period["FY2021"]["doc"] == "3M_2022_10K"
    assert not by_period["FY2018"]["conflict"] and by_period["FY2018"]["quote"].startswith("Net sales")


@pytest.mark.parametrize("question", [
    "What is the FY2018 capital expenditure?",  # no company
    "What was 3M's research and development expense in FY2018?",  # no such fact
    "What is Best Buy's quick ratio for FY2023?",  # fine: all inputs present -> answered below
    "Describe 3M's strategy in 2018.",  # not a metric question
    "What is Best Buy's gross margin in FY2023?",  # missing revenue: an input is missing
])
def test_returns_none_when_unsure(index, question):
    a = factqa.answer_from_facts(question, index)
    if "quick ratio" in question:
        assert a is not None and f"{(8802 - 5140) / 8979:.2f}x" in a.text
    else:
        assert a is None


def test_company_from_filters_and_period_parsing(index):
    a = factqa.answer_from_facts("What were net sales in FY2017?", index, filters=Filters(docs=["3M_2018_10K"]))
    assert a is not None and "$31,657 million" in a.text
    assert resolve_period("Q2 2023 results") == ("Q2 2023", (2023,))
    assert resolve_period("second quarter of 2022")[0] == "Q2 2022"
    assert resolve_period("fiscal 2019 vs 2018")[0] == "FY2019"
    assert resolve_period("as of December 31, 2022")[0] == "FY2022"


def test_missing_input_is_named():
    with pytest.raises(MissingInput) as e:
        gross_margin(None, None)
    assert "revenue" in str(e.value)


def _verified(a):
    """Verify an answer the way the answer stage does: cited rows, plus the results of shown formulas."""
    from assistant.answer.checks import computed_results
    from assistant.answer.checks import verify

    results = computed_results(a.text) if a.mode == "calc" else ""
    millions = {c.n: {1e6} for c in a.citations}  # the fake rows come from tables "(in millions)"
    headers = {c.n: f"{c.doc}, 3M" for c in a.citations}  # document and company, as the answer stage passes
    return verify(a.text, {c.n: c.quote + "\n" + results for c in a.citations}, millions, headers=headers)


def test_conflict_note_cites_every_figure_it_shows(index):
    a = factqa.answer_from_facts("What was 3M's revenue in FY2021?", index)
    v = _verified(a)
    assert v.supported and not v.unsupported_numbers, v
    assert {c.doc for c in a.citations} == {"3M_2022_10K", "3M_2018_10K"}


def test_calc_answer_is_supported_by_its_formula_and_cited_inputs(index):
    a = factqa.answer_from_facts("What is 3M's FY2018 gross margin?", index)
    assert a is not None and a.mode == "calc"
    v = _verified(a)
    assert v.supported and not v.unsupported_numbers, v
    # a computed number that the formula does not show is not supported
    tampered = a.text.replace("Formula:", "It was 99.9% [1]. Formula:", 1)
    from assistant.answer.checks import computed_results
    from assistant.answer.checks import verify

    v2 = verify(tampered, {c.n: c.quote + "\n" + computed_results(tampered) for c in a.citations},
                {c.n: {1e6} for c in a.citations}, headers={c.n: f"{c.doc}, 3M" for c in a.citations})
    assert "99.9%" in " ".join(v2.unsupported_numbers)


def test_question_metrics_include_calculation_inputs_and_statement_words():
    assert question_metrics("What is the FY2018 capital expenditure for 3M?") == ["capital_expenditure"]
    assert set(question_metrics("What is Best Buy's FY2023 quick ratio?")) == {
        "total_current_assets", "inventory", "total_current_liabilities"}
    assert set(question_metrics("Does AWK have positive working capital?")) == {
        "total_current_assets", "total_current_liabilities"}
    assert question_metrics("Who is the CEO of 3M?") == []


class PagedIndex(FakeIndex):
    """FakeIndex with page texts: page 60 of 3M's 2018 10-K is the cash-flow statement."""

    def page_text(self, doc_id: str, page: int) -> str | None:
        if (doc_id, page) == (MMM18.doc_id, 60):
            return "3M Company and Subsidiaries\nConsolidated Statement of Cash Flows\n..."
        return "Management's discussion and analysis ..."


def test_metric_pages_rank_the_statement_page_holding_the_rows():
    facts = [
        fact(MMM18, "capital_expenditure", "Purchases of property, plant and equipment (PP&E)", -1577, "FY2018", 60),
        fact(MMM18, "capital_expenditure", "Capital spending", -1577, "FY2018", 44),  # MD&A table, same number
        fact(MMM18, "cash_from_operations", "Net cash provided by operating activities", 6439, "FY2018", 60),
        fact(MMM22, "capital_expenditure", "Purchases of PP&E", -1749, "FY2022", 48),
    ]
    idx = PagedIndex([MMM18, MMM22], facts)
    q = "What is 3M's FY2018 capital expenditure? Use the cash flow statement."
    pages = metric_pages(q, idx, [MMM18.doc_id, MMM22.doc_id], preferred=[MMM18.doc_id])
    assert max(pages, key=pages.get) == (MMM18.doc_id, 60) and pages[(MMM18.doc_id, 60)] == 1.0
    # the MD&A table holds half the metrics, off a statement page: 0.5 * 0.5; the other year's filing halves again
    assert pages[(MMM18.doc_id, 44)] == 0.25 and pages[(MMM22.doc_id, 48)] == 0.125
    assert metric_pages("Who runs 3M?", idx, [MMM18.doc_id]) == {}


PEP22 = doc("PEPSICO_2022_10K", "PepsiCo, Inc.", 2022)
PEP23Q1 = DocMeta(doc_id="pep23q1", doc="PEPSICO_2023Q1_EARNINGS", source="p.pdf", company="PepsiCo",
                  fiscal_year=2023, period="Q1 2023", doc_type="EARNINGS")


def _pep_index() -> FakeIndex:
    f = [
        fact(PEP22, "operating_income", "Operating Profit", 11512, "FY2022", 62),
        fact(PEP22, "depreciation_amortization", "Depreciation and amortization", 2763, "FY2022", 64),
        fact(PEP22, "revenue", "Net Revenue", 86392, "FY2022", 62),
        fact(PEP22, "capital_expenditure", "Capital spending", -5207, "FY2022", 64),
        fact(PEP22, "revenue", "Net Revenue", 79474, "FY2021", 62),
        fact(PEP22, "revenue", "Net Revenue", 70372, "FY2020", 62),
        fact(PEP22, "operating_income", "Operating Profit", 11162, "FY2021", 62),
        fact(PEP22, "operating_income", "Operating Profit", 10080, "FY2020", 62),
        fact(PEP22, "total_current_assets", "Total Current Assets", 21539, "FY2022", 63),
        fact(PEP22, "total_current_liabilities", "Total Current Liabilities", 26785, "FY2022", 63),
        fact(PEP22, "cash_from_operations", "Net Cash Provided by Operating Activities", 10811, "FY2022", 64),
        fact(PEP22, "dividends_paid", "Dividends paid", -6172, "FY2022", 64),
        fact(PEP22, "net_income", "Net Income Attributable to PepsiCo", 8910, "FY2022", 62),
        # an earnings release whose quarterly columns were read as the fiscal year
        fact(PEP23Q1, "operating_income", "Operating Profit", 5267, "FY2022", 9),
    ]
    return FakeIndex([PEP22, PEP23Q1], f)


def test_the_periods_own_annual_report_wins_over_a_newer_release():
    a = factqa.answer_from_facts("What is PepsiCo's FY2022 operating income in USD millions?", _pep_index())
    assert a is not None and "$11,512 million" in a.text and a.citations[0].doc == "PEPSICO_2022_10K"
    assert "PEPSICO_2023Q1_EARNINGS reports" in a.text  # the disagreeing figure is cited, not hidden


@pytest.mark.parametrize("question, expected, inputs", [
    ("What is the FY2022 unadjusted EBITDA less capex for PepsiCo? Define unadjusted EBITDA as unadjusted "
     "operating income + depreciation and amortization. Answer in USD millions.", "$9,068.0 million", 3),
    ("What is the FY2022 unadjusted EBITDA % margin for PepsiCo?", "16.5%", 3),
    ("What is PepsiCo's FY2022 net working capital? Define net working capital as total current assets less "
     "total current liabilities.", "-$5,246.0 million", 2),
    ("What is the FY2022 operating cash flow ratio for PepsiCo?", "0.40x", 2),
    ("What is the FY2022 retention ratio for PepsiCo?", "0.31", 2),
    ("What is PepsiCo's FY2022 D&A % margin?", "3.2%", 2),
    ("What is the FY2020 - FY2022 3 year average operating margin for PepsiCo?", "13.9%", 6),
])
def test_more_calculations_from_statement_rows(question, expected, inputs):
    a = factqa.answer_from_facts(question, _pep_index())
    assert a is not None and a.mode == "calc", question
    headline = a.text[: a.text.index(" [1]")]  # the figure asked for is stated before the first citation
    assert headline.endswith(expected), a.text
    assert len({c.n for c in a.citations}) >= inputs
    assert "Formula:" in a.text and a.subject


def test_multi_year_average_names_each_year():
    a = factqa.answer_from_facts("What is the FY2020 - FY2022 3 year average operating margin for PepsiCo?",
                                 _pep_index())
    assert "FY2020: 14.3%" in a.text and "FY2021: 14.0%" in a.text and "FY2022: 13.3%" in a.text
    # a span that does not match the count is not guessed at
    assert factqa.answer_from_facts("What is the FY2021 - FY2022 3 year average operating margin for PepsiCo?",
                                    _pep_index()) is None


@pytest.mark.parametrize("question", [
    "What was PepsiCo's adjusted EBITDA in FY2022?",  # the company's own definition, not statement rows
    "What is PepsiCo's FY2022 core non-GAAP operating profit?",
    "What is PepsiCo's FY2022 operating income as a % of total assets?",  # a share the path does not compute
])
def test_declines_what_it_does_not_compute(question):
    assert factqa.answer_from_facts(question, _pep_index()) is None


def test_documents_of_one_company_under_two_names_answer_together():
    old = doc("ADOBE_2015_10K", "Adobe Systems", 2015)
    new = doc("ADOBE_2016_10K", "Adobe Systems Incorporated", 2016)
    idx = FakeIndex([old, new], [fact(old, "operating_income", "Operating income", 903.1, "FY2015", 59),
                                 fact(new, "operating_income", "Operating income", 1493.6, "FY2016", 59)])
    a = factqa.answer_from_facts("What is Adobe's year-over-year change in operating income from FY2015 to FY2016?",
                                 idx)
    assert a is not None and "65.4%" in a.text


def test_yes_no_growth_questions_get_a_yes_or_no_first():
    a = factqa.answer_from_facts("Did PepsiCo grow its revenue between FY2021 and FY2022?", _pep_index())
    assert a is not None and a.text.startswith("Yes: PepsiCo") and "8.7%" in a.text
    b = factqa.answer_from_facts("Did PepsiCo's revenue decrease between FY2021 and FY2022?", _pep_index())
    assert b is not None and b.text.startswith("No: ")
    c = factqa.answer_from_facts("What was the change in PepsiCo's revenue from FY2021 to FY2022?", _pep_index())
    assert c is not None and c.text.startswith("PepsiCo")


def test_statement_rows_win_over_a_figure_repeated_in_the_discussion():
    class StatementIndex(FakeIndex):
        def page_text(self, doc_id, page):
            rows = "\n".join(f.quote for f in self._facts if f.page == page)  # each row stands on its page
            return f"Consolidated Statements of Operations\n{rows}" if page == 62 else f"Segment results\n{rows}"

    f = [fact(PEP22, "operating_income", "Operating income", 1248, "FY2022", p) for p in (30, 31, 40)]
    f.append(fact(PEP22, "operating_income", "Operating income", 1196, "FY2022", 62))
    a = factqa.answer_from_facts("What is PepsiCo's FY2022 operating income?", StatementIndex([PEP22], f))
    assert a is not None and "$1,196 million" in a.text and a.citations[0].page == 62


def test_improving_margin_questions_compare_with_the_year_before():
    q = ("Does PepsiCo have an improving operating margin profile as of FY2022? If operating margin is not a "
         "useful metric for a company like this, then state that and explain why.")
    a = factqa.answer_from_facts(q, _pep_index())
    assert a is not None and a.mode == "calc"
    assert a.text.startswith("No: PepsiCo's operating margin declined from 14.0% in FY2021 to 13.3% in FY2022")
    assert {c.page for c in a.citations[:4]} == {62}  # both years' inputs, each cited
    assert "PEPSICO_2023Q1_EARNINGS reports" in a.text  # the release's misread column is named, not used
    choice = factqa.answer_from_facts("Has PepsiCo's operating margin improved or declined between FY2022 and "
                                      "FY2021?", _pep_index())
    assert choice is not None and choice.text.startswith("PepsiCo's operating margin declined")
    # why it moved is a question for the passages
    assert factqa.answer_from_facts("Why did PepsiCo's operating margin decline in FY2022?", _pep_index()) is None


def test_positive_or_negative_questions_answer_with_the_sign():
    a = factqa.answer_from_facts("Does PepsiCo have positive working capital based on FY2022 data?", _pep_index())
    assert a is not None and a.text.startswith("No: PepsiCo's net working capital for FY2022 was -$5,246.0")


def test_has_it_paid_dividends_is_answered_from_the_payment_row():
    a = factqa.answer_from_facts("Has PepsiCo paid dividends to common shareholders in FY2022?", _pep_index())
    assert a is not None and a.text.startswith("Yes: PepsiCo's dividends paid for FY2022 was $6,172 million [1].")
    # no payment on record for the period: no claim either way
    assert factqa.answer_from_facts("Has PepsiCo paid dividends in FY2019?", _pep_index()) is None


def test_quarter_of_fiscal_year_is_a_quarter():
    assert resolve_period("Has CVS Health paid dividends in Q2 of FY2022?")[0] == "Q2 2022"


def test_which_cash_flow_section_brought_in_the_most():
    f = [fact(PEP22, "cash_from_operations", "Net Cash Provided by Operating Activities", 10811, "FY2022", 64),
         fact(PEP22, "cash_from_investing", "Net Cash Used for Investing Activities", -5430, "FY2022", 64),
         fact(PEP22, "cash_from_financing", "Net Cash Used for Financing Activities", -3941, "FY2022", 64)]
    idx = FakeIndex([PEP22], f)
    q = ("Among operations, investing, and financing activities, which brought in the most (or lost the least) "
         "cash flow for PepsiCo in FY2022?")
    a = factqa.answer_from_facts(q, idx)
    assert a is not None
    assert a.text.startswith("Operating activities brought in the most cash for PepsiCo, Inc. in FY2022: $10,811")
    assert "Financing activities: -$3,941 million [2]." in a.text and "Investing activities: -$5,430" in a.text
    assert "the highest cash flow of the three sections [1]" in a.text  # the ranking said, not only implied
    assert factqa.answer_from_facts(q, FakeIndex([PEP22], f[:2])) is None  # a section missing: no ranking


def test_restructuring_costs_are_a_lookup_even_with_the_benchmarks_rider():
    f = [fact(PEP22, "restructuring_costs", "Restructuring and impairment charges", 411, "FY2022", 64)]
    q = ("What is the quantity of restructuring costs directly outlined in Pepsico's income statements for FY2022? "
         "If restructuring costs are not explicitly outlined then state 0.")
    a = factqa.answer_from_facts(q, FakeIndex([PEP22], f))
    assert a is not None and a.text.startswith("PepsiCo, Inc.'s restructuring costs for FY2022 was $411 million [1].")


def test_a_page_is_judged_a_statement_once_per_index():
    class CountingIndex(PagedIndex):
        reads = 0

        def page_text(self, doc_id, page):
            type(self).reads += 1
            return super().page_text(doc_id, page)

    idx = CountingIndex([MMM18], [fact(MMM18, "capital_expenditure", "Purchases of PP&E", -1577, "FY2018", 60)])
    for _ in range(3):
        assert is_statement_page(idx, MMM18.doc_id, 60)
        assert not is_statement_page(idx, MMM18.doc_id, 44)
    assert CountingIndex.reads == 2


# ---- companies that only market reports cover: their table rows are their facts --------------------------------

MARKET_REPORT = """# Cloud Capex Review 2024

Author: Lakeside Research
Date: 12 March 2025

Fabrikam's spending rose fastest. Northwind's spending rose by half. Fabrikam said demand exceeded capacity, and
Northwind reported record orders.

Table 1. Capital expenditure of two cloud providers

(US$ billions)

| Company | 2022 | 2023 | 2024 |
|---|---|---|---|
| Fabrikam (fiscal years to June) | 10.0 | 12.0 | 18.0 |
| Northwind (incl. finance leases) | 6.0 | 6.4 | 9.6 |
"""


@pytest.fixture
def market(tmp_path):
    from assistant.api import Assistant

    docs = tmp_path / "reports"
    docs.mkdir()
    (docs / "cloud_capex_2024.md").write_text(MARKET_REPORT)
    a = Assistant.open(tmp_path / "idx", llm="fake", embedder="hash")
    a.ingest(docs, progress=False)
    return a


def test_growth_and_cagr_over_report_tables_are_computed(market):
    growth = market.ask("What was Fabrikam's capital expenditure growth from 2023 to 2024?")
    assert growth.mode == "calc" and "50.0%" in growth.text and growth.citations
    assert growth.citations[0].quote == "| Fabrikam (fiscal years to June) | 10.0 | 12.0 | 18.0 |"
    cagr = market.ask("What was Northwind's capital expenditure CAGR from 2022 to 2024?")
    assert cagr.mode == "calc" and "26.5%" in cagr.text
    level = market.ask("What was Northwind's capital expenditure in 2023?")
    assert level.mode == "facts" and "$6.40 billion" in level.text


def test_a_row_that_does_not_say_what_the_question_includes_is_not_the_answer(market):
    ok = market.ask("What were Northwind's capital expenditures including finance leases in 2024?")
    assert ok.mode == "facts" and "$9.60 billion" in ok.text
    other = market.ask("What were Fabrikam's capital expenditures including finance leases in 2024?")
    assert other.mode not in ("facts", "calc")  # its row is another measure: left to the passages


def test_facts_over_reports_have_a_company_column(market):
    frame = market.facts("capital expenditure")
    assert set(frame["company"]) == {"Fabrikam", "Northwind"} and set(frame["period"]) == {"FY2022", "FY2023", "FY2024"}
    wide = market.facts("capital expenditure", wide=True)
    assert list(wide.columns) == ["Fabrikam", "Northwind"] and list(wide.index) == ["FY2022", "FY2023", "FY2024"]
    assert wide.loc["FY2024", "Fabrikam"] == 18.0e9


def test_a_report_about_several_companies_is_never_answered_as_one_company(market):
    unnamed = market.ask("What was the capital expenditure in 2024?", filters={"doc": "cloud_capex_2024"})
    assert unnamed.mode not in ("facts", "calc")
    named = market.ask("What was Northwind's capital expenditure in 2024?", filters={"doc": "cloud_capex_2024"})
    assert named.mode == "facts" and named.text.startswith("Northwind's") and "$9.60 billion" in named.text


def test_a_segment_or_product_question_is_not_answered_with_the_total_row(tmp_path):
    from assistant.api import Assistant

    docs = tmp_path / "reports"
    docs.mkdir()
    (docs / "chips_2024.md").write_text(
        "# Chips: Fabrikam and Northwind\n\nAuthor: Lakeside Research\n\nFabrikam's revenue rose. Northwind's "
        "revenue fell. Fabrikam said orders grew.\n\nTable 2. Fabrikam revenue by segment\n\n(US$ billions)\n\n"
        "| Segment | 2023 | 2024 |\n|---|---|---|\n| Data Center | 6.5 | 12.6 |\n| Total revenue | 22.7 | 25.8 |\n")
    a = Assistant.open(tmp_path / "idx", llm="fake", embedder="hash")
    a.ingest(docs, progress=False)
    total = a.ask("What was Fabrikam's total revenue in 2024?")
    assert total.mode == "facts" and "$25.80 billion" in total.text
    segment = a.ask("What was Fabrikam's Data Center revenue in 2024?")
    # the part's own row, or no figure: never the total (the segment's row now answers it: facts path parts)
    assert "25.8" not in segment.text and (segment.mode not in ("facts", "calc") or "12.6" in segment.text)


def test_a_report_indexed_before_its_companies_were_read_is_still_not_one_company():
    """Metadata stored by an older version has no extra["companies"]; the facts (derived again) carry them."""
    from dataclasses import replace as _replace

    from assistant.retrieve.filters import Filters

    report = DocMeta(doc_id="capex2024report00", doc="capex_2024", source="capex_2024.md", fiscal_year=2024,
                     period="FY2024", doc_type="market report")
    rows = [_replace(fact(report, "capital_expenditure", name, value, "FY2024", page=1, scale=1e9), company=name,
                     quote=f"{name} {value}") for name, value in (("Fabrikam", 18.0), ("Northwind", 9.6))]
    idx = FakeIndex([report], rows)
    unnamed = factqa.answer_from_facts("What was the capital expenditure in 2024?", idx, Filters.parse(["doc=capex_2024"]))
    assert unnamed is None
    named = factqa.answer_from_facts("What was Northwind's capital expenditure in 2024?", idx)
    assert named is not None and "$9.60 billion" in named.text and "Northwind" in named.text


def test_filter_facts_follows_the_stores_rules():
    # the in-memory FactIndex filters as store.Index does: company and period without case, an empty doc_ids
    # list matches nothing, label a case-free substring
    from assistant.finance.select import MemoryFactIndex

    a = fact(MMM18, "capital_expenditure", "Purchases of property, plant and equipment (PP&E)", -1577, "FY2018", 60)
    b = fact(MMM22, "capital_expenditure", "Purchases of PP&E", -1749, "FY2022", 48)
    ix = MemoryFactIndex([MMM18, MMM22], [a, b], {(MMM18.doc_id, 60): "Statement of Cash Flows"})
    assert ix.facts(period="fy2018") == [a] and ix.facts(company=a.company.upper()) == [a, b]
    assert ix.facts(doc_ids=[]) == [] and ix.facts(label="PROPERTY") == [a]
    assert ix.facts(fiscal_year=2022) == [b] and ix.document(MMM22.doc_id) is MMM22
    assert ix.page_text(MMM18.doc_id, 60) == "Statement of Cash Flows" and ix.page_text(MMM18.doc_id, 61) is None
