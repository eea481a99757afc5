"""Session 31 (f31-fbx): a bank's quarterly report heads its columns as banks do. The filer (Quillsby Financial
Corp.) and its figures were written for these tests.

- Highlights naming five quarters and then two years alone under "Six months ended June 30," said once before every
  column ("2Q26 1Q26 4Q25 3Q25 2Q25 2026 2025"): each quarter's column is its quarter; the year-only columns are the
  six months (``extract._trailing_length``).
- An overview printing a change column after each group of periods ("Three months ended June 30, Six months ended
  June 30," over "2026 2025 Change 2026 2025 Change"): a row's values are read at the places the header gives them,
  the changes left out (``extract._changes_between``); segments side by side under one length ("2026 2025 Change"
  under each segment) are no periods of the firm.
"""

from __future__ import annotations

from assistant.finance.extract import extract_facts
from assistant.types import DocMeta, Page

META = DocMeta(doc_id="dquill", doc="QUILLSBY_2026Q2_10Q", source="QUILLSBY_2026Q2_10Q.pdf",
               title="Quillsby Financial Corp. Form 10-Q", company="Quillsby Financial Corp.", doc_type="10-Q",
               fiscal_year=2026, period="Q2 2026", extra={"period_end": "2026-06-30"})

HIGHLIGHTS = """Quillsby Financial Corp.
Consolidated financial highlights (unaudited)
As of or for the period ended, (in millions, except per share and ratio data)
Six months ended June 30,
2Q26 1Q26 4Q25 3Q25 2Q25 2026 2025
Selected income statement data
Total net revenue $ 8,412 $ 8,105 $ 7,730 $ 7,618 $ 7,244 $ 16,517 $ 14,290
Net income $ 2,311 $ 2,196 $ 1,987 $ 1,902 $ 1,745 $ 4,507 $ 3,421
Book value per share 61.42 60.05 58.87 57.30 56.12 61.42 56.12
"""

OVERVIEW = """EXECUTIVE OVERVIEW
Financial performance of Quillsby Financial Corp.
(in millions, except per share data and ratios)
Three months ended June 30, Six months ended June 30,
2026 2025
Change 2026 2025 Change
Total net revenue $ 8,412 $ 7,244 16% $ 16,517 $ 14,290 16%
Net income 2,311 1,745 32 4,507 3,421 32
Diluted earnings per share 1.93 1.44 34 3.77 2.83 33
"""

SEGMENTS = """Segment results
Three months ended June 30, Retail Banking Commercial Lending Wealth Advisory
(in millions) 2026 2025 Change 2026 2025 Change 2026 2025 Change
Total net revenue $ 4,102 $ 3,650 12 % $ 2,870 $ 2,455 17 % $ 1,440 $ 1,139 26 %
Net income 1,204 1,011 19 780 522 49 327 212 54
"""


def _facts(text: str) -> dict[tuple[str, str], list[float]]:
    got: dict[tuple[str, str], list[float]] = {}
    for f in extract_facts(META, [Page(META.doc_id, META.doc, META.source, 3, text)]):
        if f.metric:
            got.setdefault((f.metric, f.period), []).append(f.value)
    return got


def test_quarters_then_years_under_one_length_said_before_them():
    got = _facts(HIGHLIGHTS)
    assert got[("revenue", "Q2 2026")] == [8412.0] and got[("revenue", "Q1 2026")] == [8105.0], got
    assert got[("revenue", "Q4 2025")] == [7730.0] and got[("revenue", "Q2 2025")] == [7244.0], got
    assert got[("revenue", "6M 2026")] == [16517.0] and got[("revenue", "6M 2025")] == [14290.0], got
    assert got[("net_income", "6M 2025")] == [3421.0], got
    assert got[("book_value_per_share", "Q2 2025")] == [56.12], got


def test_a_change_column_after_each_group_of_periods_is_left_out():
    got = _facts(OVERVIEW)
    assert got[("revenue", "6M 2026")] == [16517.0] and got[("revenue", "6M 2025")] == [14290.0], got
    assert got[("net_income", "Q2 2026")] == [2311.0] and got[("net_income", "6M 2026")] == [4507.0], got
    assert got[("eps_diluted", "6M 2026")] == [3.77] and got[("eps_diluted", "6M 2025")] == [2.83], got
    # segments side by side under one length are no periods of the firm
    got = _facts(SEGMENTS)
    assert not any(v in (1204.0, 780.0, 327.0) for (m, _), vals in got.items() if m == "net_income" for v in vals), got
