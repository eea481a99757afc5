"""Statement pages recognised by their title (with or without "consolidated") and, without a title, by their
structure; rows read from them map to metrics through the registry, in the statement each metric belongs to.
All page texts are the hand-written fixtures of ``finance_filings``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.finance.extract import extract_facts
from assistant.finance.statements import is_statement, page_scale, statement_kind
from finance_filings import (CORVANE, CORVANE_PAGES, HARBOR, HARBOR_BS, HARBOR_CF, HARBOR_IS, HARBOR_MDNA,
                             HARBOR_PAGES, KEYSTONE_BS, MERIDIAN, MERIDIAN_BS, MERIDIAN_IS, MERIDIAN_PAGES,
                             PINECREST_BS, TALLGRASS, TALLGRASS_BS, TALLGRASS_CF, TALLGRASS_IS, TALLGRASS_PAGES,
                             CORVANE_IS, pages_of)


@pytest.mark.parametrize("text,kind", [
    (HARBOR_IS, "income"), (HARBOR_BS, "balance"), (HARBOR_CF, "cash_flow"),
    (TALLGRASS_IS, "income"), (TALLGRASS_BS, "balance"), (TALLGRASS_CF, "cash_flow"),
    (MERIDIAN_IS, "income"), (MERIDIAN_BS, "balance"), (KEYSTONE_BS, "balance"), (PINECREST_BS, "balance"),
    (CORVANE_IS, "income"),
])
def test_statement_pages_by_title(text, kind):
    assert statement_kind(text) == kind
    assert is_statement(text)


@pytest.mark.parametrize("title,kind", [
    ("CONSOLIDATED STATEMENTS OF EARNINGS", "income"),
    ("Statements of Consolidated Income", "income"),
    ("STATEMENT OF OPERATIONS", "income"),
    ("Consolidated Statements of Financial Condition", "balance"),
    ("STATEMENTS OF FINANCIAL POSITION", "balance"),
    ("Consolidated Statement of Cash Flows", "cash_flow"),
    ("STATEMENTS OF CASH FLOWS", "cash_flow"),
    ("Consolidated Statements of Comprehensive Income", "comprehensive"),
    ("CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY", "equity"),
])
def test_title_variants(title, kind):
    body = HARBOR_IS.split("\n", 3)[3]  # the same rows under another title
    assert statement_kind(f"ACME CORP\n{title}\n{body}") == kind


def test_statement_without_a_title_is_known_by_its_structure():
    untitled_cf = "\n".join(line for line in HARBOR_CF.splitlines() if "STATEMENTS" not in line)
    assert statement_kind(untitled_cf) == "cash_flow"
    untitled_bs = "\n".join(line for line in TALLGRASS_BS.splitlines() if "POSITION" not in line)
    assert statement_kind(untitled_bs) == "balance"
    assert is_statement(untitled_bs)


def test_discussion_pages_and_contents_are_not_statements():
    assert statement_kind(HARBOR_MDNA) is None and not is_statement(HARBOR_MDNA)
    contents = ("INDEX TO FINANCIAL STATEMENTS\nReport of Independent Registered Public Accounting Firm 40\n"
                "Statements of Earnings 41\nBalance Sheets 43\nCash Flow Statements 45\n"
                "Notes to Financial Statements 46\n")
    assert statement_kind(contents) is None and not is_statement(contents)
    selected = ("Consolidated Statements of Operations Data\n(In millions)\n2023 2022\nNet sales 100 90\n"
                "Gross margin 40 % 38 %\n")
    assert not is_statement(selected)


def test_page_scale():
    assert page_scale(HARBOR_IS) == 1e6
    assert page_scale(CORVANE_IS) == 1e3
    assert page_scale(TALLGRASS_IS) == 1e6
    assert page_scale("Net sales were up 5% this year.") is None


def _facts(meta, pages, period="FY2023"):
    return [f for f in extract_facts(meta, pages_of(meta, pages)) if f.period == period]


def _by_metric(facts, metric):
    return [f for f in facts if f.metric == metric]


def test_unseen_labels_map_when_read_from_statements():
    h = _facts(HARBOR, HARBOR_PAGES)
    assert [f.value for f in _by_metric(h, "capital_expenditure") if f.page == 45] == [-1022]
    assert [f.value for f in _by_metric(h, "cash_from_operations")] == [3270]
    assert [f.value for f in _by_metric(h, "cash_from_investing")] == [-1286]
    assert [f.value for f in _by_metric(h, "cash_from_financing")] == [-2270]
    assert [f.value for f in _by_metric(h, "dividends_paid")] == [-1618]
    assert [f.value for f in _by_metric(h, "current_debt")] == [1480]
    t = _facts(TALLGRASS, TALLGRASS_PAGES)
    assert [f.value for f in _by_metric(t, "revenue")] == [24610]
    assert [f.value for f in _by_metric(t, "capital_expenditure")] == [-2048]
    assert [f.value for f in _by_metric(t, "net_ppe")] == [18904]
    assert {f.value for f in _by_metric(t, "depreciation_amortization")} == {1462}
    assert [f.value for f in _by_metric(t, "cost_of_revenue")] == [17958]
    c = _facts(CORVANE, CORVANE_PAGES)
    assert [f.value for f in _by_metric(c, "operating_income")] == [64212]
    assert [f.value for f in _by_metric(c, "income_before_tax")] == [82517]
    assert all(f.scale == 1e3 for f in c)


def test_split_depreciation_rows_are_read_as_parts():
    h = _facts(HARBOR, HARBOR_PAGES)
    assert not _by_metric(h, "depreciation_amortization")  # no single row holds both
    assert [f.value for f in _by_metric(h, "depreciation")] == [512]
    assert [f.value for f in _by_metric(h, "amortization")] == [143]


def test_a_row_outside_its_statement_does_not_map():
    m = _facts(MERIDIAN, MERIDIAN_PAGES)
    # "Long-term debt 301" under interest expense is interest paid on debt, not the balance
    assert [f.value for f in _by_metric(m, "long_term_debt")] == [4875]
    assert [f.value for f in _by_metric(m, "net_interest_income")] == [3607]
    assert [f.value for f in _by_metric(m, "provision_for_credit_losses")] == [412]
    assert [f.value for f in _by_metric(m, "deposits")] == [117094]


def test_total_liabilities_and_equity_is_not_equity():
    h = _facts(HARBOR, HARBOR_PAGES)
    assert [f.value for f in _by_metric(h, "total_equity")] == [9900]


def test_gross_cost_above_accumulated_depreciation_is_not_net_ppe():
    page = """NORTHGATE TOOL COMPANY
BALANCE SHEETS
(In millions)
December 31 2023 2022
Total current assets 4,210 3,988
Property, plant and equipment 9,870 9,455
Less: Accumulated depreciation (5,430) (5,102)
Property, plant and equipment — net 4,440 4,353
Total assets 11,902 11,310
"""
    meta = HARBOR.__class__(doc_id="northgate", doc="NORTHGATE_2023_10K", source="n.pdf", company="Northgate",
                            fiscal_year=2023, period="FY2023", doc_type="10-K")
    facts = extract_facts(meta, pages_of(meta, {20: page}))
    assert [f.value for f in facts if f.metric == "net_ppe" and f.period == "FY2023"] == [4440]  # 9,870 - 5,430


def test_a_row_counts_as_a_statement_row_only_on_its_own_statement():
    from assistant.finance.select import majority
    from finance_filings import page_index

    equity = """HARBOR HOME PRODUCTS CO. AND SUBSIDIARIES
STATEMENTS OF SHAREHOLDERS' EQUITY
(Amounts in millions)
Common Stock Retained Earnings Total 2023 2022
Net earnings 2,391 2,391 1
Dividends to shareholders (1,618) (1,618) 1
"""
    index = page_index(["harbor"])
    rows = [f for f in index.facts(metric="net_income", period="FY2023") if f.page == 41]
    wrong = replace(rows[0], page=44, value=1.0, fact_id="eq")  # a misread column of the equity statement
    index._pages[(HARBOR.doc_id, 44)] = equity
    assert majority([wrong, *rows], index).value == 2391


def test_a_net_row_stays_net_above_another_assets_accumulated_amortisation():
    page = """NORTHGATE TOOL COMPANY
BALANCE SHEETS
(In millions)
December 31 2023 2022
Property and equipment, net 4,440 4,353
Property under finance leases 1,210 1,150
Accumulated amortization (430) (380)
Total assets 11,902 11,310
"""
    meta = HARBOR.__class__(doc_id="northgate", doc="NORTHGATE_2023_10K", source="n.pdf", company="Northgate",
                            fiscal_year=2023, period="FY2023", doc_type="10-K")
    facts = extract_facts(meta, pages_of(meta, {20: page}))
    assert [f.value for f in facts if f.metric == "net_ppe" and f.period == "FY2023"] == [4440]


def test_a_multi_year_summary_counts_as_the_filers_own_source():
    from assistant.finance.statements import named_note

    assert named_note("ITEM 6. SELECTED FINANCIAL DATA\n(In millions) 2023 2022 2021 2020 2019\nNet sales 1 2 3 4 5\n")
    assert named_note("Note 7 — Inventories\n(In millions)\n")
    assert not named_note(HARBOR_MDNA)


# --- statements of filers written unlike the dev set: wrapped titles, a name before the title, "Fiscal YYYY" --------

def test_wrapped_title_behind_the_company_name_is_a_statement():
    from finance_filings_unseen import FERNHILL_BS, FERNHILL_CF, FERNHILL_IS

    from assistant.finance.statements import titled_kind
    from assistant.index.statement_pages import page_kinds
    from finance_filings_unseen import FERNHILL, FERNHILL_PAGES

    assert statement_kind(FERNHILL_IS) == "income" and titled_kind(FERNHILL_IS) == "income"
    assert statement_kind(FERNHILL_BS) == "balance" and titled_kind(FERNHILL_BS) == "balance"
    assert statement_kind(FERNHILL_CF) == "cash_flow" and titled_kind(FERNHILL_CF) == "cash_flow"
    # what ingest stores for the filing: every statement page, each titled
    assert page_kinds(pages_of(FERNHILL, FERNHILL_PAGES)) == {52: ("income", True), 53: ("balance", True),
                                                             55: ("cash_flow", True)}


@pytest.mark.parametrize("title,kind", [
    ("NORTHWIND TRADERS, INC. - CONSOLIDATED STATEMENTS OF\nEARNINGS", "income"),
    ("Contoso Ltd. — Consolidated Statements of Income and\nComprehensive Income", "income"),
    ("STATEMENTS OF INCOME AND COMPREHENSIVE INCOME", "income"),
    ("Statements of Income and Comprehensive Income", "income"),
    ("Consolidated Statements of Operations and Comprehensive Loss", "income"),
    ("Bank of Fabrikam Consolidated Statements of Income", "income"),
    ("TAILSPIN TOYS CORP.: CASH FLOW\nSTATEMENTS", "cash_flow"),
    ("WOODGROVE HOLDINGS - CONSOLIDATED STATEMENTS OF CASH\nFLOWS", "cash_flow"),
    ("Litware, Inc. | BALANCE SHEETS", "balance"),
    ("Statement of Financial Position", "balance"),
    ("Consolidated Statement of Comprehensive Income (Loss)", "comprehensive"),
    ("CONSOLIDATED STATEMENTS OF INCOME (LOSS)", "income"),
    ("Fabrikam Bancshares - Consolidated Statements of Earnings (Loss)", "income"),
])
def test_title_variants_with_names_and_wraps(title, kind):
    body = HARBOR_IS.split("\n", 3)[3]  # the same rows under another title
    assert statement_kind(f"{title}\n{body}") == kind


def test_a_title_word_run_inside_a_longer_heading_is_no_title():
    # one word per line, as PDF text gives a heading: "CONSOLIDATING BALANCE SHEET INFORMATION" is a supplemental
    # schedule, not the balance sheet; a sentence that names the statement is no title either
    body = HARBOR_BS.split("\n", 3)[3]
    words = "CONDENSED\nCONSOLIDATING\nBALANCE\nSHEET\nINFORMATION\n"
    assert statement_kind(words + "Parent Guarantor Subsidiaries Eliminations Consolidated\n" + body) is None
    prose = ("Statement\nof\nCash\nFlows\n-\nRestricted\nCash\nIn November 2016, the FASB issued guidance that "
             "requires restricted cash to be shown with cash and cash equivalents in the statement of cash flows.\n")
    assert statement_kind(prose) is None


def test_an_untitled_statement_is_known_by_its_build():
    from finance_filings_unseen import UNTITLED_IS

    from assistant.finance.statements import shape

    s = shape(UNTITLED_IS)
    assert s.built and s.anchors == ("income",) and s.columns == 3 and s.aligned == 12
    assert statement_kind(UNTITLED_IS) == "income"
    # the build needs a stated scale and many rows: the same rows without the scale line, or only a few of them,
    # are not built as a statement
    assert not shape(UNTITLED_IS.split("\n", 1)[1]).built
    assert not shape("\n".join(UNTITLED_IS.splitlines()[:6])).built
    assert statement_kind("\n".join(UNTITLED_IS.splitlines()[:6])) is None


@pytest.mark.parametrize("name", ["mdna_segments", "mdna_results", "note_segments", "selected_data", "tax_note"])
def test_discussion_note_and_summary_tables_with_statement_labels_are_not_statements(name):
    from finance_filings_unseen import NOT_STATEMENTS

    text = NOT_STATEMENTS[name]
    assert statement_kind(text) is None and not is_statement(text)


def test_inputs_read_from_a_wrapped_title_statement_pass_the_input_check():
    from finance_filings_unseen import FERNHILL, FERNHILL_PAGES

    from assistant.finance.inputs import check_input

    facts = [f for f in extract_facts(FERNHILL, pages_of(FERNHILL, FERNHILL_PAGES)) if f.period == "FY2024"]
    got = {f.metric: f for f in facts if f.metric}
    assert got["revenue"].value == 3412.8 and got["operating_income"].value == 461.4
    assert got["cost_of_revenue"].value == 1981.6 and got["inventory"].value == 604.9
    for metric in ("revenue", "cost_of_revenue", "gross_profit", "operating_income", "net_income", "inventory",
                   "capital_expenditure"):
        f = got[metric]
        assert check_input(f, FERNHILL_PAGES[f.page]) is None, metric
    # the same row on the discussion's segment table is withdrawn: not a statement, not a numbered note
    from finance_filings_unseen import MDNA_SEGMENTS

    seg = replace(got["operating_income"], page=31, quote="Total operating earnings $ 461.4 $ 409.3 $ 354.6")
    assert "not on a primary financial statement" in check_input(seg, MDNA_SEGMENTS)


def test_a_statement_continued_without_its_header_is_still_a_statement():
    from finance_filings_unseen import FERNHILL_CF_CONTINUED, MDNA_RESULTS_CONTINUED, QUARTERLY

    assert statement_kind(FERNHILL_CF_CONTINUED) == "cash_flow"
    # a headerless page needs the build of a statement: no percentages beside the amounts, no quarter columns
    assert statement_kind(MDNA_RESULTS_CONTINUED) is None
    assert statement_kind(QUARTERLY) is None
    assert statement_kind("\n".join(QUARTERLY.splitlines()[1:])) is None


def test_inputs_on_a_continued_statement_page_pass_the_input_check():
    from finance_filings_unseen import FERNHILL, FERNHILL_SPLIT_PAGES

    from assistant.finance.inputs import check_input

    facts = extract_facts(FERNHILL, pages_of(FERNHILL, FERNHILL_SPLIT_PAGES))
    paid = [f for f in facts if f.metric == "dividends_paid" and f.period == "FY2024"]
    assert [(f.page, f.value) for f in paid] == [(56, -118.1)]
    assert check_input(paid[0], FERNHILL_SPLIT_PAGES[56]) is None


def test_a_cash_flow_line_in_a_table_titled_as_the_companys_cash_flows():
    # session 32 (#10): an earnings release's selected cash-flow table, or its free cash flow reconciliation, stands for
    # the statement of cash flows; a part's table (a segment's, discontinued operations') or another table does not
    from assistant.finance.statements import cash_flow_table_row

    page = ("FREE CASH FLOW (Unaudited)\n\n| (In thousands) | Six Months Ended June 30, 2026 | Six Months Ended June 30, "
            "2025 |\n|---|---|---|\n| Net cash provided by operating activities | $88,410 | $80,125 |\n| Capital "
            "expenditures | (12,930) | (11,480) |\n| Free cash flow | $75,480 | $68,645 |\n")
    assert cash_flow_table_row("Net cash provided by operating activities", page,
                               "| Net cash provided by operating activities | $88,410 | $80,125 |")
    assert cash_flow_table_row("Capital expenditures", page, "| Capital expenditures | (12,930) | (11,480) |")
    # the non-GAAP line itself is no cash-flow statement line
    assert not cash_flow_table_row("Free cash flow", page, "| Free cash flow | $75,480 | $68,645 |")
    for title in ("SEGMENT CASH FLOW INFORMATION", "Cash flows of discontinued operations", "SELECTED OPERATING DATA"):
        assert not cash_flow_table_row("Capital expenditures", page.replace("FREE CASH FLOW (Unaudited)", title),
                                       "| Capital expenditures | (12,930) | (11,480) |"), title


def test_a_cash_flow_tables_title_may_close_the_page_before():
    # a Markdown release paged between its table's title and its header: the title on the page before still heads it
    from assistant.finance.statements import cash_flow_table_row

    before = "The Company does not provide quarterly guidance.\n\n## FREE CASH FLOW (Unaudited)\n"
    page = ("| (In thousands) | Six Months Ended June 30, 2026 | Six Months Ended June 30, 2025 |\n|---|---|---|\n"
            "| Net cash provided by operating activities | $88,410 | $80,125 |\n")
    quote = "Net cash provided by operating activities | $88,410 | $80,125"
    assert cash_flow_table_row("Net cash provided by operating activities", page, quote, before)
    assert not cash_flow_table_row("Net cash provided by operating activities", page, quote)
    assert not cash_flow_table_row("Net cash provided by operating activities", page, quote,
                                   before.replace("FREE CASH FLOW", "SEGMENT CASH FLOW"))
