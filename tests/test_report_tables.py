"""Industry-report tables (companies x years, and the transpose) in PDF text, Markdown, HTML and plain text."""

from __future__ import annotations

from assistant.finance.report_tables import caption_metric, read_report_tables
from assistant.types import DocMeta, Page


def _meta(companies=(), company=None, doc="cloud_outlook_2024") -> DocMeta:
    return DocMeta(doc_id="0123456789abcdef", doc=doc, source=f"{doc}.pdf", company=company,
                   doc_type="market report", extra={"companies": list(companies)})


def _read(text: str, **kw):
    m = _meta(**kw)
    return read_report_tables(m, [Page(m.doc_id, m.doc, m.source, 1, text)])


PDF_TEXT = """2. Spending by company
Fabrikam and Northwind both raised spending in 2024.
Table 2. Capital expenditure of three cloud providers
(US$ billions)
Company 2022 2023 2024
Fabrikam (fiscal years to June) 10.5 12.0 18.2
Northwind 7.1 6.4 9.9
Tailspin (incl. finance leases) 3.0 3.3 4.1
Total 20.6 21.7 32.2
Sources: company filings.
"""


def test_companies_as_rows_years_as_columns():
    facts = _read(PDF_TEXT)
    fab = [f for f in facts if f.company == "Fabrikam"]
    assert [(f.period, f.value) for f in fab] == [("FY2022", 10.5), ("FY2023", 12.0), ("FY2024", 18.2)]
    assert all(f.metric == "capital_expenditure" and f.scale == 1e9 and f.unit == "USD" for f in fab)
    assert fab[0].quote == "Fabrikam (fiscal years to June) 10.5 12.0 18.2"
    assert {f.company for f in facts if f.metric} == {"Fabrikam", "Northwind", "Tailspin"}
    total = [f for f in facts if f.label.startswith("Total")]
    assert total and all(f.company is None and f.metric is None for f in total)


def test_markdown_html_and_aligned_text_tables():
    md = "Table 1. Net sales of the leaders\n\n(US$ millions)\n\n| Company | 2023 | 2024 |\n|---|---|---|\n" \
         "| Fabrikam | 1,200 | 1,450 |\n| Northwind | 980 | — |\n"
    facts = _read(md)
    assert [(f.company, f.period, f.value, f.scale) for f in facts] == [
        ("Fabrikam", "FY2023", 1200.0, 1e6), ("Fabrikam", "FY2024", 1450.0, 1e6), ("Northwind", "FY2023", 980.0, 1e6)]
    assert {f.metric for f in facts} == {"revenue"}
    html = "Table 1. Capital expenditure in the quarter\n\n(US$ billions)\n\nCompany Q3 2024\n\nFabrikam 4.2\n\n" \
           "Northwind 2.75\n\n## Plans for 2025\n\nFabrikam expects more.\n"
    q = _read(html)
    assert [(f.company, f.period, f.value) for f in q] == [("Fabrikam", "Q3 2024", 4.2), ("Northwind", "Q3 2024", 2.75)]
    text = "Table 4. Tailspin net sales\n(US$ billions)\nCompany        2023    2024\nTailspin       6.86    8.01\n"
    t = _read(text)
    assert [(f.company, f.metric, f.value) for f in t] == [("Tailspin", "revenue", 6.86), ("Tailspin", "revenue", 8.01)]


def test_transposed_table_and_metric_rows():
    transposed = "Table 5. Capital expenditure\n(US$ billions)\n| Year | Fabrikam | Northwind |\n|---|---|---|\n" \
                 "| 2023 | 12.0 | 6.4 |\n| 2024 | 18.2 | 9.9 |\n"
    facts = _read(transposed)
    assert ("Northwind", "FY2024", 9.9, "capital_expenditure") in [(f.company, f.period, f.value, f.metric) for f in facts]
    results = "Table 2. Northwind annual results\n(KRW trillions)\nItem 2023 2024\nRevenue 32.77 66.19\n" \
              "Operating profit (loss) -7.73 23.47\nData Center 1.0 2.0\n"
    r = _read(results, companies=["Northwind", "Fabrikam"])
    got = {(f.label, f.period): (f.company, f.metric, f.value, f.unit, f.scale) for f in r}
    assert got[("Revenue", "FY2024")] == ("Northwind", "revenue", 66.19, "KRW", 1e12)
    assert got[("Operating profit (loss)", "FY2023")][:3] == ("Northwind", "operating_income", -7.73)
    segment = [f for f in r if f.label.startswith("Data Center")]
    assert segment and all(f.metric is None and f.company == "Northwind" for f in segment)  # a segment is not revenue


def test_prose_and_headings_are_not_tables():
    text = "## Plans for 2025\n\nFabrikam expects to spend $80 billion in 2025.\nRevenue grew in 2023 and 2024\n"
    assert _read(text) == []
    assert caption_metric("Capital expenditure of four providers, cash basis") == "capital_expenditure"
    assert caption_metric("HBM supplier shares, estimate") is None


def test_a_markdown_cell_in_bold_is_the_cell():
    # session 29: "| **Total** | **2,180** |" is the table's total row as printed in bold, not a row without figures
    md = "Table 1. Net sales of the leaders\n\n(US$ millions)\n\n| Company | 2023 | 2024 |\n|---|---|---|\n" \
         "| Fabrikam | 1,200 | 1,450 |\n| Northwind | 980 | 730 |\n| **Total** | **2,180** | *2,180* |\n"
    total = [(f.label, f.period, f.value) for f in _read(md) if f.label.startswith("Total")]
    assert total == [("Total — Net sales of the leaders", "FY2023", 2180.0), ("Total — Net sales of the leaders", "FY2024", 2180.0)]
