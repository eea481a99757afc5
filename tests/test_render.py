from __future__ import annotations

import io
from html.parser import HTMLParser

import pytest

from assistant.faces import render
from assistant.types import Answer, Citation, Verification

QUOTE_1 = "Total revenue was $32.8 billion | up 3.5% <script>alert(1)</script>\nfrom last year"


def make_answer(**kw) -> Answer:
    citations = [
        Citation(n=1, doc="3M_2018_10K", source="/data/3M_2018_10K.pdf", page=24, quote=QUOTE_1, score=0.91),
        Citation(n=2, doc="AMD_2022_10K", source="/data/AMD_2022_10K.pdf", page=7, quote="Gross margin was 45%.",
                 page_end=8),
    ]
    base = dict(
        question="What was 3M's revenue?",
        text="3M's revenue was $32.8 billion [1]. AMD's gross margin was 45% [2].",
        citations=citations,
        verification=Verification(supported=True),
    )
    base.update(kw)
    return Answer(**base)


def test_markdown_has_text_and_one_escaped_row_per_citation():
    md = render.to_markdown(make_answer())
    lines = md.splitlines()
    assert lines[0] == "3M's revenue was $32.8 billion [1]. AMD's gross margin was 45% [2]."
    assert "| n | document | page | quote |" in lines
    rows = [line for line in lines if line.startswith("| 1 ") or line.startswith("| 2 ")]
    assert len(rows) == 2
    assert rows[0].startswith("| 1 | 3M_2018_10K | 24 | Total revenue was $32.8 billion \\| up 3.5%")
    assert "from last year" in rows[0]  # the newline in the quote became a space, the row stays one line
    assert rows[1].startswith("| 2 | AMD_2022_10K | 7-8 |")


def test_markdown_notes_for_refusal_and_dropped_sentences():
    refused = render.to_markdown(make_answer(text="I cannot answer that from the documents.", refused=True,
                                             citations=[], mode="refused"))
    assert "declined" in refused and "| n |" not in refused
    dropped = make_answer(verification=Verification(supported=True, dropped=("Profit tripled.",),
                                                    unsupported_numbers=("tripled",)))
    md = render.to_markdown(dropped)
    assert "1 sentence(s) removed" in md and "tripled" in md


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_document_text_and_links_markers():
    out = render.to_html(make_answer())
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert '<a href="#mia-src-1">[1]</a>' in out and 'id="mia-src-2"' in out
    parser = _Collector()
    parser.feed(out)
    assert "script" not in parser.tags
    assert parser.tags.count("tr") == 3  # header + two sources
    assert any("<script>alert(1)</script>" in t for t in parser.text)  # shown as text, intact


def test_html_escapes_answer_text_from_the_model():
    out = render.to_html(make_answer(text='Revenue <b onclick="x">rose</b> [1].'))
    assert "<b onclick" not in out and "&lt;b onclick=" in out


def test_plain_text_lists_sources():
    text = render.to_plain(make_answer())
    assert text.startswith("3M's revenue was $32.8 billion [1].")
    assert "\nSources:\n" in text
    assert '[2] AMD_2022_10K p.7-8: "Gross margin was 45%."' in text


def test_session_markdown_keeps_every_question_rewrite_and_citation():
    first = make_answer()
    follow = make_answer(question="and in 2019?", text="It was $32.1 billion [1].",
                         standalone_question="What was 3M's revenue in 2019?", citations=first.citations[:1])
    md = render.session_to_markdown([("What was 3M's revenue?", first), ("and in 2019?", follow)])
    assert "## 1. What was 3M's revenue?" in md and "## 2. and in 2019?" in md
    assert "_Searched as:_ What was 3M's revenue in 2019?" in md
    assert md.count("| 1 | 3M_2018_10K | 24 |") == 2 and md.count("| 2 | AMD_2022_10K |") == 1
    assert "/data/3M_2018_10K.pdf" in md
    assert "No questions asked" in render.session_to_markdown([])


def test_sources_frame_columns_and_values():
    import pandas as pd
    frame = render.sources_frame(make_answer())
    assert list(frame.columns) == render.SOURCE_COLUMNS
    assert frame["n"].tolist() == [1, 2] and frame["page"].tolist() == [24, 7]
    assert frame["page_end"].tolist() == [24, 8]  # a passage running onto the next page says so
    assert frame.loc[0, "quote"] == QUOTE_1
    empty = render.sources_frame(make_answer(citations=[]))
    assert isinstance(empty, pd.DataFrame) and empty.empty and list(empty.columns) == render.SOURCE_COLUMNS


def test_rich_renderables_show_text_and_sources():
    from rich.console import Console

    buf = io.StringIO()
    Console(file=buf, width=160, color_system=None).print(render.to_rich(make_answer()))
    shown = buf.getvalue()
    assert "3M's revenue was $32.8 billion [1]." in shown
    assert "Sources" in shown and "3M_2018_10K" in shown and "AMD_2022_10K" in shown and "7-8" in shown
    buf = io.StringIO()
    Console(file=buf, width=160, color_system=None).print(render.to_rich(make_answer(), include_text=False))
    assert "3M's revenue was" not in buf.getvalue() and "Gross margin was 45%." in buf.getvalue()


def test_an_answer_renders_itself_in_ipython():
    """Answer is plain data (types.py imports nothing); `from assistant import Answer` registers the renderer."""
    pytest.importorskip("IPython", reason="IPython (test extra, via ipykernel) is not installed")
    from IPython.core.interactiveshell import InteractiveShell

    import assistant

    shell = InteractiveShell.instance()
    try:
        assistant._jupyter_display()
        data, _ = shell.display_formatter.format(make_answer())
        assert "mia-answer" in data["text/html"] and data["text/markdown"] == render.to_markdown(make_answer())
    finally:
        InteractiveShell.clear_instance()


def _facts_frame():
    import pandas as pd

    from assistant.api import FACT_COLUMNS

    rows = [
        ("Fabrikam", "FY2023", 12.0, 1e9, "USD", "fab_capex_2024", 4, "Fabrikam 12.0 18.2"),
        ("Fabrikam", "FY2024", 18.2, 1e9, "USD", "fab_capex_2024", 4, "Fabrikam 12.0 18.2"),
        ("Northwind", "FY2024", 9.9, 1e9, "USD", "nw_update", 1, "Northwind 9.9"),
        ("Northwind", "Q4 2024", 2.5, 1e9, "USD", "nw_update", 2, "Northwind 2.5"),
    ]
    data = [{"company": c, "period": p, "value": v, "scale": sc, "unit": u, "amount": v * sc, "label": c,
             "metric": "capital_expenditure", "doc": d, "page": pg, "quote": q, "conflict": False}
            for c, p, v, sc, u, d, pg, q in rows]
    return pd.DataFrame(data, columns=FACT_COLUMNS)


def test_facts_export_to_excel_keeps_citations_and_a_period_by_company_sheet(tmp_path):
    import openpyxl

    render.facts_to_excel(_facts_frame(), tmp_path / "capex.xlsx", metric="capital expenditure")
    book = openpyxl.load_workbook(tmp_path / "capex.xlsx")
    assert book.sheetnames == ["facts", "by period"]
    facts = list(book["facts"].values)
    assert facts[0][:3] == ("company", "period", "value") and facts[1][8] == "fab_capex_2024"
    wide = list(book["by period"].values)
    assert wide[0] == ("period", "Fabrikam", "Northwind")
    assert [r[0] for r in wide[1:]] == ["FY2023", "Q4 2024", "FY2024"]  # time order, a year after its quarters
    assert wide[3][1] == 18.2e9 and not list((tmp_path).glob(".*tmp*"))


def test_facts_chart_draws_companies_with_sources_in_the_caption():
    import matplotlib

    matplotlib.use("Agg")
    from assistant.charts import facts_chart

    fig = facts_chart(_facts_frame(), "capital expenditure")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Fabrikam", "Northwind"]
    assert ax.get_ylabel() == "USD billions"
    captions = [t.get_text() for t in fig.texts]
    assert captions == ["Sources: fab_capex_2024 p.4; nw_update p.1, 2"]
    assert facts_chart(_facts_frame().iloc[0:0], "capital expenditure") is None


def test_an_answer_prints_short_and_exports_to_excel(tmp_path):
    import openpyxl

    ans = make_answer(mode="rag", timings_ms={"retrieve": 12.0, "total": 900.0})
    assert repr(ans) == ("Answer(\"3M's revenue was $32.8 billion [1]. AMD's gross margin was 45% [2].\", "
                         "mode='rag', 2 sources)")
    assert len(repr(make_answer(text="word " * 100))) < 160
    ans.to_excel(tmp_path / "answer.xlsx")
    book = openpyxl.load_workbook(tmp_path / "answer.xlsx")
    answer = dict(book["answer"].values)
    assert answer["answer"].startswith("3M's revenue") and answer["mode"] == "rag" and answer["total (ms)"] == 900.0
    sources = list(book["sources"].values)
    assert sources[0] == ("n", "document", "page", "page_end", "quote", "source", "score")
    assert sources[2][:4] == (2, "AMD_2022_10K", 7, 8)
