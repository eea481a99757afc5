"""A 52/53-week year closing in the first week of January is the fiscal year it almost wholly covers
(finance.inputs.filer_period): the store and the in-memory index name its statement columns so, and the input
check reads its header so, while every other column keeps its year and each input stays tied to its column.

Fictional filers: Quillfeather Grocers, Inc. (a 10-K for the 53 weeks ended January 2, 2027, which it calls fiscal
2026) and Tamberlane Home Centers (a 10-K whose two balance-sheet dates both fall in early January).
"""

from __future__ import annotations

from dataclasses import replace

from assistant.answer.intents import answer_question
from assistant.finance.inputs import check_input, filer_period
from assistant.index.store import Index, IndexWriter
from assistant.types import Chunk, DocMeta, Fact
from finance_filings import memory_index

QUILL = DocMeta(doc_id="quill26", doc="quillfeather-10k-2026", source="quillfeather-10k-2026.pdf",
                company="Quillfeather Grocers", fiscal_year=2026, period="FY2026", doc_type="10-K",
                extra={"period_end": "2027-01-02"})

INCOME = """QUILLFEATHER GROCERS, INC. CONSOLIDATED STATEMENTS OF EARNINGS
(In thousands, except per share amounts)
53 weeks ended January 2, 2027 52 weeks ended December 27, 2025 52 weeks ended December 28, 2024
Net sales $3,120,400 $2,954,800 $2,801,300
Cost of merchandise sold 2,280,900 2,166,100 2,061,700
Gross profit 839,500 788,700 739,600
Store operating, selling and administrative expenses 701,200 664,900 628,300
Operating income 138,300 123,800 111,300
Net earnings $101,700 $90,400 $80,900
"""

BALANCE = """QUILLFEATHER GROCERS, INC. CONSOLIDATED BALANCE SHEETS
(In thousands)
January 2, 2027 December 27, 2025
Cash and cash equivalents $61,200 $58,400
Merchandise inventories 288,100 270,300
Other current assets 32,700 30,900
Total current assets 382,000 359,600
Property and equipment, net 902,400 866,100
Total assets $1,284,400 $1,225,700
Accounts payable $214,600 $201,900
Accrued liabilities 96,300 90,200
Total current liabilities 310,900 292,100
Shareholders' equity 973,500 933,600
Total liabilities and shareholders' equity $1,284,400 $1,225,700
"""

# a header of two early-January dates, written "Jan." and a year-end wording of the columns
TAMBER_BALANCE = """TAMBERLANE HOME CENTERS CONSOLIDATED STATEMENTS OF FINANCIAL POSITION
(Dollars in millions)
As of Jan. 3, 2026 Jan. 4, 2025
Cash $118 $97
Inventories 1,402 1,355
Total current assets 1,771 1,689
Total assets 4,960 4,812
Total current liabilities 1,204 1,166
Total stockholders' equity 2,215 2,090
"""


def _row(label: str, quote: str, value: float, period: str, page: int = 1, doc: DocMeta = QUILL,
         scale: float = 1e3) -> Fact:
    return Fact(doc_id=doc.doc_id, doc=doc.doc, source=doc.source, page=page, label=label, value=value, scale=scale,
                unit="USD", currency="USD", metric=None, period=period, fiscal_year=int(period[-4:]),
                company=doc.company, quote=quote, kind="table", fact_id=f"{doc.doc_id}:{page}:{label}:{period}")


def test_a_column_closing_in_early_january_is_the_year_it_covers():
    gross = _row("Gross profit", "Gross profit 839,500 788,700 739,600", 839500.0, "FY2027")
    assert filer_period(gross, INCOME) == "FY2026"
    # the other columns close in late December: their own year, unchanged
    assert filer_period(replace(gross, value=788700.0, period="FY2025", fiscal_year=2025), INCOME) is None
    assert filer_period(_row("Total current assets", "Total current assets 382,000 359,600", 382000.0, "FY2027"),
                        BALANCE) == "FY2026"
    # the renamed input holds in its column; the same figure asked for another year fails the check
    renamed = replace(gross, period="FY2026", fiscal_year=2026)
    assert check_input(renamed, INCOME) is None
    assert filer_period(renamed, INCOME) is None  # already named as the filer names it
    assert "column" in check_input(replace(renamed, period="FY2025", fiscal_year=2025), INCOME)
    assert check_input(replace(renamed, value=788700.0), INCOME) is not None


def test_two_early_january_dates_are_each_the_year_before():
    inv = _row("Inventories", "Inventories 1,402 1,355", 1402.0, "FY2026", doc=QUILL, scale=1e6)
    assert filer_period(inv, TAMBER_BALANCE) == "FY2025"
    prior = replace(inv, value=1355.0, period="FY2025", fiscal_year=2025)
    assert filer_period(prior, TAMBER_BALANCE) == "FY2024"
    assert check_input(replace(prior, period="FY2024", fiscal_year=2024), TAMBER_BALANCE) is None
    assert check_input(replace(inv, period="FY2025", fiscal_year=2025), TAMBER_BALANCE) is None
    # the same value in both columns: which year it is cannot be told apart, so it keeps its name
    cash = _row("Cash", "Cash $118 $118", 118.0, "FY2025", doc=QUILL, scale=1e6)
    assert filer_period(cash, TAMBER_BALANCE.replace("Cash $118 $97", "Cash $118 $118")) is None


def test_a_row_naming_january_dates_and_a_header_of_fiscal_names_stay_as_they_are():
    note = ("Rate increases by state\n(In millions) 2026 2025\n"
            "Northland (effective January 1, 2026 and January 1, 2025) 7 5\n"
            "Southmark (effective January 2, 2026 and January 2, 2025) 4 3\n")
    row = _row("Southmark", "Southmark (effective January 2, 2026 and January 2, 2025) 4 3", 4.0, "FY2026")
    assert filer_period(row, note) is None
    named = ("STATEMENTS OF EARNINGS\n(In thousands)\nFiscal 2026 Fiscal 2025\nNet sales $3,120,400 $2,954,800\n")
    assert filer_period(_row("Net sales", "Net sales $3,120,400 $2,954,800", 3120400.0, "FY2026"), named) is None


def test_a_margin_and_a_stated_definition_of_the_filers_year_read_the_statements():
    index = memory_index([(QUILL, {5: INCOME, 6: BALANCE})])
    a = answer_question("What was Quillfeather Grocers' gross margin (gross profit divided by net sales) in fiscal 2026?",
                        index, index.documents())
    assert a is not None and not a.refused, a
    assert "26.9" in a.text and "839,500" in a.text, a.text
    b = answer_question("Define working capital as total current assets less total current liabilities. What was "
                        "Quillfeather Grocers' working capital at the end of fiscal 2026?", index, index.documents())
    assert b is not None and not b.refused, b
    assert "71,100" in b.text or "71.1" in b.text, b.text


def test_the_store_names_the_years_as_the_filer_does(tmp_path):
    w = IndexWriter.begin(tmp_path / "idx", "fake", 8)
    pages = [QUILL and __import__("assistant.types", fromlist=["Page"]).Page(
        doc_id=QUILL.doc_id, doc=QUILL.doc, source=QUILL.source, page=n, text=t) for n, t in ((1, INCOME), (2, BALANCE))]
    chunks = [Chunk(f"{QUILL.doc_id}:{p.page}", QUILL.doc_id, QUILL.doc, QUILL.source, p.page, p.page, 0, len(p.text),
                    p.text, None, p.page - 1) for p in pages]
    facts = [replace(_row("Gross profit", "Gross profit 839,500 788,700 739,600", v, f"FY{y}"), metric="gross_profit")
             for v, y in ((839500.0, 2027), (788700.0, 2025), (739600.0, 2024))]
    import numpy as np
    w.add_document(QUILL, pages, chunks, np.ones((len(chunks), 8), dtype=np.float32), facts)
    w.record_file(QUILL.source, 10, 1, "0" * 64, QUILL.doc_id)
    w.commit()
    with Index.open(tmp_path / "idx") as idx:
        assert [f.value for f in idx.facts(metric="gross_profit", period="FY2026")] == [839500.0]
        assert [f.value for f in idx.facts(metric="gross_profit", fiscal_year=2026)] == [839500.0]
        assert idx.facts(metric="gross_profit", period="FY2027") == []
        assert [f.value for f in idx.facts(metric="gross_profit", period="FY2025")] == [788700.0]
        assert sorted(f.period for f in idx.facts(metric="gross_profit")) == ["FY2024", "FY2025", "FY2026"]


def test_an_opening_balance_dated_january_first_beside_the_year_end_keeps_its_year():
    adoption = ("Effect of adopting the new revenue standard\n(In millions) December 31, 2025 Adjustments January 1, 2026\n"
                "Contract assets $ 412 $ 38 $ 450\n")
    row = _row("Contract assets", "Contract assets $ 412 $ 38 $ 450", 450.0, "FY2026", scale=1e6)
    assert filer_period(row, adoption) is None
