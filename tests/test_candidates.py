"""The extractive answerer's candidates (answer/candidates.py): sentences, lists, table rows; the asked reports.

Moved from test_extract.py when extract.py was split; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.answer import candidates as C
from assistant.answer import render as XR
from assistant.types import DocMeta

from extract_pages import META_FILING, PAGES, cands, find
from one_page import ask_one_page, part_figures


def test_sentences_are_candidates_headings_and_captions_are_not():
    texts = [c.text for c in cands()]
    assert any(t.startswith("Northwind expects capital expenditure of $38 billion") for t in texts)
    assert "2. Plans for 2025" not in texts
    assert not any(t.startswith("Table 2") for t in texts)


def test_a_sentence_knows_its_heading():
    c = find("Lumen said it would invest")
    assert c.heading == "Plans for 2025"
    assert c.kind == "sentence" and c.years == {2025}


def test_table_rows_read_as_label_and_values_under_their_column_heads():
    row = find("Lumen:")
    assert row.kind == "row"
    assert row.text == "Lumen: 2023 7.9, 2024 10.6 (US$ billions)"
    assert row.years == {2023, 2024}
    assert PAGES[("dcloud", 1)][row.start : row.end] == "Lumen 7.9 10.6"


def test_a_lead_in_with_bullets_is_one_list():
    lst = find("The report compares three deployment options")
    assert lst.kind == "list"
    assert len(lst.items) == 3 and lst.items[1].startswith("- colocation halls")


def test_a_sentence_opening_with_a_pronoun_keeps_the_sentence_before():
    pool = cands("dacme", 40)
    c = find("This concentration could harm", pool)
    assert c.before.startswith("We depend on a limited number of suppliers")


def test_column_heads_are_not_headings_of_the_section():
    row = find("Lumen:")
    assert row.heading.startswith("Market structure")
    assert "Company 2023 2024" in row.heading and "(US$ billions)" in row.heading
    assert not C._is_column_head("Plans for 2025") and C._is_column_head("Company 2023 2024")


def test_a_year_earlier_covers_the_year_before():
    c = C.page_candidates("The four spent about $219 billion in 2024, against about $141 billion a year earlier.")[0]
    assert c.years == {2024, 2023}


def test_report_types_named_in_a_question():
    assert C.asked_report_types("What are three companies acquired by Contoso mentioned in this 10K report?") == {"10-K"}
    assert C.asked_report_types("Per its latest 10-Q, is Contoso spinning off a segment?") == {"10-Q"}
    assert C.asked_report_types("What was the agenda of Contoso's 8-K dated 1 July 2022?") == {"8-K"}
    assert C.asked_report_types("Why did Contoso raise its guidance?") == set()
    assert C.report_type("earnings release") == "earnings" and C.report_type("10-K") == "10-K"


def test_words_naming_the_report_are_left_out_of_the_search_within_it():
    assert C.without_report_words("What are three companies acquired by Contoso mentioned in this 10-K report?") == (
        "What are three companies acquired by Contoso?")
    assert C.without_report_words("Which risks does Contoso name in its annual report?") == (
        "Which risks does Contoso name?")
    assert C.without_report_words("Why did Contoso's margin fall?") == "Why did Contoso's margin fall?"


def test_a_table_lead_in_is_not_a_candidate():
    page = ("The following table presents a reconciliation of net income to Adjusted EBITDA: Year Ended December 31, "
            "2023 2022 2021\nContoso expects to open 12 stores in 2024.")
    texts = [c.text for c in C.page_candidates(page, meta=META_FILING)]
    assert not any(t.startswith("The following table") for t in texts) and any("12 stores" in t for t in texts)


def test_a_cross_reference_is_not_a_candidate():
    page = ("For more information on the following proposals, see Contoso's proxy statement filed on March 21, 2023.\n"
            "The shareholder proposal regarding a report on plastic packaging was defeated.")
    texts = [c.text for c in C.page_candidates(page, meta=META_FILING)]
    assert texts == ["The shareholder proposal regarding a report on plastic packaging was defeated."]


def test_a_lead_in_run_into_its_numbered_items_is_read_as_a_list():
    page = ("Our Operations\nWe are organized into four reportable segments, as follows:\n1) Contoso North America, which "
            "includes our snack businesses in the United States and\nCanada;\n2) Latin America, which includes all of our "
            "businesses in Latin America;\n3) Europe, which includes all of our businesses in Europe;\n4) Asia Pacific, "
            "which includes all of our businesses in Asia Pacific.")
    lists = [c for c in C.page_candidates(page, meta=META_FILING) if c.kind == "list"]
    assert len(lists) == 1 and lists[0].text.endswith("as follows:")
    assert lists[0].items[0] == "1) Contoso North America, which includes our snack businesses in the United States and Canada;"
    assert len(lists[0].items) == 4


def _page_hit(doc_id: str, page: str):
    from assistant.types import Chunk, DocMeta, Hit

    meta = DocMeta(doc_id=doc_id, doc=f"{doc_id}_note", source=f"/r/{doc_id}.pdf", title="A sector note")
    c = Chunk(chunk_id=f"{doc_id}:1", doc_id=doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    return Hit(chunk=c, score=1.0, rank=0, meta=meta)


def test_a_counted_list_goes_on_over_the_page_break():
    # a PDF page: bullet lines wrapped, a footnote under the list; the third reason opens the next page
    p1 = ("1. Summary\nThree forces lifted pump orders outside Ostland:\n- utilities raised their spending on "
          "water networks for a fourth\nyear;\n- farmers replaced diesel pumps with electric ones;\n\u00b9 Pumps counted "
          "as units shipped, not installed.\n")
    p2 = ("- builders in the coastal cities started more towers, each with its own booster\nstation.\n2. Demand by "
          "region\nTable 1. Pumps by region\n")
    pages = {1: p1, 2: p2}
    got = C.candidates([_page_hit("dpump", p1)], lambda d, p: pages.get(p))
    lst = next(c for c in got if c.kind == "list" and "Three forces" in c.text)
    assert len(lst.items) == 3 and lst.items[-1].startswith("builders in the coastal cities")
    assert "Demand by region" not in lst.items[-1]
    # a web page: lower-case paragraphs going on the lead's sentence; the page cut after the second
    q1 = "Outlook\n\nThe downgrade has three causes:\n\nduties on imported hulls;\n\na weaker krone;\n"
    q2 = "dealers who still hold last year's boats.\n\nWe expect prices to hold.\n"
    pages2 = {1: q1, 2: q2}
    got2 = C.candidates([_page_hit("dboat", q1)], lambda d, p: pages2.get(p))
    lst2 = next(c for c in got2 if c.kind == "list" and "three causes" in c.text)
    assert lst2.items[-1] == "dealers who still hold last year's boats." and len(lst2.items) == 3
    # a list holding as many items as its count takes nothing more
    r1 = "Outlook\n\nThe downgrade has two causes:\n\nduties on imported hulls;\n\na weaker krone.\n"
    got3 = C.candidates([_page_hit("dboat", r1)], lambda d, p: {1: r1, 2: q2}.get(p))
    assert len(next(c for c in got3 if c.kind == "list" and "two causes" in c.text).items) == 2


def test_a_refer_to_note_pointer_is_not_a_candidate():
    # session 26: "Refer to Note 9 for ..." points to another note and says nothing itself
    assert not C._is_statement("Refer to Note 9 for additional disclosures about our leases.")
    assert not C._is_statement("Please refer to Note 4 for the terms of the credit agreement.")
    assert C._is_statement("We refer to these stores as our outlet stores in the rest of this report.")


def test_a_running_page_footer_or_header_is_never_a_candidate():
    # a fictional filer's page: its running head and footer carry the form name, the year and the printed page number
    page = ("Annual Report 2024 | 57\n"
            "Employees\n"
            "At December 31, 2024, Harbor Mills employed about 6,400 people, of whom 2,100 worked outside Canada.\n"
            "Selling costs 412 388\n"
            "Annual report printing costs 33\n"
            "Harbor Mills Inc. 2024 Form 10-K: 41\n")
    texts = [c.text for c in C.page_candidates(page, meta=META_FILING)]
    assert not any("Form 10-K" in t or "Annual Report 2024" in t for t in texts), texts
    assert any(t.startswith("At December 31, 2024, Harbor Mills employed") for t in texts)
    # a row whose label is not a title stays a row, even at the foot of the page
    assert "Annual report printing costs: 33" in texts and "Selling costs: 412, 388" in texts
    assert C.running_line("12 | Sustainability Report 2023") and C.running_line("Page 7 of 90 Quarterly Report")
    assert not C.running_line("Form 10-K filings 3") and not C.running_line("Total revenues 81,288 41,651")


# ---- a counted lead-in lists the clauses of the sentence after it (session 30) ---------------------------------------
# Session 30 (#11): a counted lead-in ("Three things held sales back.") whose items are the semicolon clauses of
# the one sentence after it (``candidates._counted_clauses``). Every sentence is written for these tests
# (fictional markets and figures).

KAYAKS = DocMeta(doc_id="dkayak", doc="kayaks_2025", source="/r/kayaks_2025.pdf", title="Paddle Sports Review 2025")

KAYAKS_PAGE = """1. Summary
Makers of kayaks sold EUR 2.1 billion of boats in 2024, 4.0% less than in 2023.
Three things held sales back. In Germany, which buys a third of Europe's kayaks, a cold and wet summer kept renters
off the rivers; the large outdoor retailers ran down their stocks instead of ordering for spring; and in France the
rental fleets that bought heavily in 2022 had no boats to replace.
Inflatable kayaks made up 41% of the value sold last year, against 37% in 2023. Sit-on-top kayaks lost most, as
resorts delayed buying new fleets.
"""


def test_a_counted_lead_in_lists_the_clauses_of_the_sentence_after_it():
    ex = ask_one_page("What held back sales of kayaks in 2024?", KAYAKS_PAGE, KAYAKS, 0.2)
    text = XR.render(ex, lambda d, p: KAYAKS_PAGE)[0]
    lines = text.splitlines()
    # the fall the reasons explain leads, then the list, its items the three clauses
    assert lines[1] == "“Makers of kayaks sold EUR 2.1 billion of boats in 2024, 4.0% less than in 2023.” [1]"
    assert lines[2] == "Three things held sales back. [2]"
    assert lines[3].startswith("- In Germany, which buys a third of Europe's kayaks")
    assert lines[4].startswith("- the large outdoor retailers ran down their stocks")
    assert lines[5].startswith("- in France the rental fleets")
    assert len(lines) == 6  # the sentences after the list are no items of it


# session 31 (#11, f31-reports): a fictional cable-market note
from assistant.answer import candidates as _s31_cands  # noqa: E402
from assistant.answer.candidates import page_candidates as _s31_page_candidates  # noqa: E402


# ---- a counted bullet list goes on after a table carried over to the next page ---------------------------------------
_PAGE_1 = """4. Makers
Table 3. Listed cable makers, revenue (EUR million)
Company 2023 2024
Borvik Kabel 1,210 1,180
Ostrand Wire 940 990
6. Risks to our outlook
We count four risks to our outlook:
- copper: a new rise in the price of copper cathode would squeeze the makers that sell on fixed-price contracts;
- grids: if the network operators delay their tenders again, the high-voltage lines would run below capacity;
"""
_PAGE_2 = """Table 3 (continued)
Company 2023 2024
Lindqvist Cable 610 655
Note: Lindqvist Cable's years end on 30 June.
- labour: the shortage of jointers in the Nordic countries could hold back installation work;
- trade: duties on imported aluminium conductors would raise the cost of overhead lines.
7. Outlook
We expect the market to grow by about 3% in 2025.
"""


def test_a_counted_bullet_list_goes_on_after_a_continued_table():
    # GENERAL rule: a block the next page calls continued (a table carried over) stands between the page break and the
    # bullets that go on with a counted list; the list takes them, up to its count
    found = [c for c in _s31_page_candidates(_PAGE_1, doc_id="d", page_no=1) if c.kind == "list" and "four risks" in c.text]
    assert found and len(found[0].items) == 2
    whole = _s31_cands._counted_list_across(found[0], _PAGE_1, lambda: _PAGE_2)
    assert len(whole.items) == 4
    assert whole.items[2].startswith("labour:") and whole.items[3].endswith("overhead lines.")


def test_a_counted_list_is_not_continued_from_a_page_opening_otherwise():
    # the next page opening with an ordinary paragraph: no items taken from bullets further down
    other = "Demand for cable was firm in the first quarter.\n- a bullet of another list;\n"
    found = [c for c in _s31_page_candidates(_PAGE_1, doc_id="d", page_no=1) if c.kind == "list" and "four risks" in c.text]
    assert len(_s31_cands._counted_list_across(found[0], _PAGE_1, lambda: other).items) == 2


# Session 33 (#11): a counted lead-in a report quotes someone saying ("..., she said.") announces what follows as it would
# in the report's own voice. Sentences written for this test (fictional notes on ferries, ski passes and vinyl records).
_SAID_LEADS = (
    ("The revenue gain came from three sources, she said.",
     "Operators moved more travellers into cabins and priority boarding; fuel surcharges added about EUR 4 to the "
     "average crossing; and the cheap day-trip fares that used to fill the winter sailings were dropped."),
    ("The rise in pass revenue had two explanations, according to Skarvik Research.",
     "Resorts sold more multi-mountain passes at higher prices; and fewer skiers bought the discounted midweek tickets."),
    ("The higher spending has three explanations, the analysts say.",
     "Collectors kept buying heavyweight and coloured pressings; labels raised list prices to cover pressing-plant "
     "costs; and fewer buyers picked up the cheap reissues that used to make up the bulk of the units."),
    ("The increase came from two sources, Mr Haldorsen added.",
     "Longer crossings carried more freight per sailing; and ports raised their fees less than in 2024."),
)


def test_a_counted_lead_in_with_an_attribution_tail_is_a_list_of_the_sentence_after_it():
    meta = DocMeta(doc_id="dsaid", doc="leisure_notes_2026", source="/r/leisure_notes_2026.html")
    for lead, items in _SAID_LEADS:
        page = ("Market note\nTicket revenue rose 2.6% in 2025 to EUR 3,910 million although 3.1% fewer passengers "
                f"travelled. {lead} {items}\n")
        pool = C.page_candidates(page, doc_id=meta.doc_id, doc=meta.doc, page_no=1, meta=meta)
        lists = [c for c in pool if c.kind == "list" and c.text == lead]
        assert lists, lead
        assert len(lists[0].items) == items.count(";") + 1, lists[0].items
        # the attribution is no count: the same lead without its tail reads the same
        assert C._unattributed(lead).endswith(".") and "said" not in C._unattributed(lead)


# Session 33 (#10): a Markdown table whose head names its columns by dates ("|  | June 30, 2026 | June 30, 2025 |",
# balances or operating statistics at two dates) is read as a PDF's line of dates is: the head is no row, and each
# row's cells are read under their dates, so the figure at the date asked is the one shown. Fictional filers.
KEELSTONE = DocMeta(doc_id="keelq2", doc="keelstone-q2-2026-release", source="keelstone-q2-2026-release.md",
                    company="Keelstone Storage Trust", fiscal_year=2026, period="Q2 2026", doc_type="8-K")
KEELSTONE_PAGE = """## OPERATING DATA

|  | June 30, 2026 | June 30, 2025 |
|---|---|---|
| Storage facilities operated | 1,212 | 1,148 |
| Rentable square feet (millions) | 84.6 | 80.1 |
| Same-store occupancy | 91.8% | 92.4% |

## CONDENSED CONSOLIDATED BALANCE SHEETS

| (In thousands) | Sept. 30, 2026 | Dec. 31, 2025 |
|---|---|---|
| Cash and cash equivalents | $48,210 | $61,905 |
| Total assets | 6,204,118 | 5,987,402 |
"""


def test_a_pipe_head_of_dates_names_its_columns():
    rows = {c.text.split(":")[0]: c for c in C.page_candidates(KEELSTONE_PAGE, meta=KEELSTONE) if c.kind == "row"}
    assert "" not in rows  # the head is no row
    assert "June 30, 2026 1,212" in rows["Storage facilities operated"].text
    assert "June 30, 2025 92.4%" in rows["Same-store occupancy"].text
    assert "Dec. 31, 2025 $61,905" in rows["Cash and cash equivalents"].text


@pytest.mark.parametrize("question, shown, not_shown", [
    ("How many storage facilities did Keelstone operate at June 30, 2026?", "1,212", "1,148"),
    ("How many storage facilities did Keelstone operate at June 30, 2025?", "1,148", "1,212"),
    ("How many rentable square feet did Keelstone have at June 30, 2025?", "80.1", "84.6"),
    ("What were Keelstone's cash and cash equivalents at Dec. 31, 2025?", "$61,905", "$48,210"),
])
def test_the_figure_at_the_date_asked_of_a_dated_pipe_table(question, shown, not_shown):
    ex = ask_one_page(question, KEELSTONE_PAGE, KEELSTONE)
    figures = part_figures(ex)
    assert figures and figures[0] is not None, ex
    assert shown in figures[0] and not_shown not in figures[0], figures
