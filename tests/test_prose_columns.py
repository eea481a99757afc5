"""A report table whose columns are measures (``assistant/answer/prose_columns.py``). The tables below are written for
these tests in the style of an aviation-finance brief and a heat-pump installers' note; the names are fictional."""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import extract as X
from assistant.answer import prose_columns as P
from assistant.types import Chunk, DocMeta, Hit

LESSORS = """6. Lessors' market shares

Aerowane kept its lead in 2025, but the next three lessors grew faster.

Table 5. Regional jets owned by the largest lessors, end of 2025
(aircraft; share of the leased regional fleet in %)
Lessor Aircraft Share (%)
Aerowane 412 14.6
Skyreach Capital 288 10.2
Norfell Aviation 241 8.5
Tern Leasing 203 7.2
Bluewater Air Finance 160 5.7
Top five 1,304 46.2
Note: Aircraft on order are excluded.
"""

CLASSES = """Table 2. Regional jet fleet and orderbook by seat class, end of 2025
(aircraft unless stated)
Seat class Fleet Orderbook % of fleet
Under 70 seats 1,610 150 9
70-99 seats 2,020 540 27
100 seats and over 1,230 550 45
Total 4,860 1,240 26
"""

INSTALLERS = """## 4. Installer economics

| Installer | Installed 2025 (MW) | Market share (%) | Gross margin (%) |
|---|---|---|---|
| Calderwood Heat | 410 | 11.9 | 27.5 |
| Nordvik Energy | 260 | 7.6 | 31.2 |
| Petrel Home | 190 | 5.5 | 24.0 |
| Ashgrove Climate | 120 | 3.5 | 19.8 |

Largest installers by capacity installed. Gross margin on installation only.
"""

META = DocMeta(doc_id="tsb25", doc="jet_lessors_2025", source="/tmp/jet_lessors_2025.md",
               title="Regional Jet Lessors 2025", doc_type="report", fiscal_year=2025, period="FY2025")  # fmt: skip


def _answer(question: str, page: str) -> str | None:
    found = P.column_answer(question, page)
    return None if found is None else found.text


def test_a_pdf_tables_head_line_is_cut_into_one_head_per_column():
    (t,) = P.measure_tables(LESSORS)
    assert t.label_head == "Lessor" and t.heads == ("Aircraft", "Share (%)")
    assert [r.label for r in t.rows][-1] == "Top five"
    (c,) = P.measure_tables(CLASSES)
    assert c.heads == ("Fleet", "Orderbook", "% of fleet")
    (i,) = P.measure_tables(INSTALLERS)
    assert i.heads == ("Installed 2025 (MW)", "Market share (%)", "Gross margin (%)")


def test_a_table_of_years_is_no_measure_table():
    page = "Table 3. Deliveries\n(aircraft)\nRegion 2024 2025 Change (%)\nEurope 96 104 8.3\nAsia 120 141 17.5\nAfrica 12 11 -8.3\n"
    assert P.measure_tables(page) == []


def test_a_groups_cell_is_the_row_named_by_its_count():
    assert _answer("What share of the leased regional fleet did the five largest lessors own at the end of 2025?",
                   LESSORS) == "Top five, Share (%): 46.2."  # fmt: skip


def test_a_class_bounded_by_a_number_is_its_row_and_the_asked_column():
    assert _answer("For jets of 100 seats and over, how large is the orderbook as a percentage of the fleet in that "
                   "class?", CLASSES) == "100 seats and over, % of fleet: 45."  # fmt: skip


def test_a_named_row_and_a_measure_column():
    assert _answer("How many aircraft did Norfell Aviation own at the end of 2025?", LESSORS).startswith(
        "Norfell Aviation, Aircraft: 241")


def test_a_ranking_by_the_asked_column_of_the_member_rows():
    text = _answer("Among the largest installers, which one earned the highest gross margin in 2025?", INSTALLERS)
    assert text.startswith("Nordvik Energy ranks first of the table's 4 rows by Gross margin (%): 31.2")
    assert _answer("Which lessor owned the third-largest number of aircraft?", LESSORS).startswith(
        "Norfell Aviation ranks third of the table's 5 rows by Aircraft: 241")  # "Top five" is no member


def test_no_answer_for_another_kind_of_row_or_an_unnamed_column():
    assert _answer("Which country installed the most heat pumps in 2025?", INSTALLERS) is None  # installers, not countries
    assert _answer("Which installer had the highest revenue in 2025?", INSTALLERS) is None  # no revenue column
    assert _answer("What share did Contoso Leasing hold?", LESSORS) is None  # no such row


def test_the_quoted_answer_cites_the_rows_it_reads():
    c = Chunk(chunk_id="tsb25:1", doc_id=META.doc_id, doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(LESSORS), text=LESSORS, ordinal=1)  # fmt: skip
    ex = X.extract("What proportion of the leased regional fleet did the five biggest lessors own at the end of 2025?",
                   [Hit(chunk=c, score=1.0, rank=0, meta=META)], NearEmbedder(), page_text=lambda d, p: LESSORS)
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.kind == "ranked"
    assert pick.candidate.text == "Top five, Share (%): 46.2." and pick.candidate.items == ("Top five 1,304 46.2",)


def test_a_year_asked_needs_a_table_of_that_year():
    assert _answer("What share of the leased regional fleet did the five largest lessors own at the end of 2024?",
                   LESSORS) is None  # the table is of the end of 2025


MARGINS = """| Company | Model | 2025 revenue ($m) | Margin reported |
|---|---|---|---|
| Harbor Health | Employer virtual care | 1,940 | Adjusted EBITDA 8.7% |
| Vela Care | Direct-to-consumer | 1,210 | Operating margin 3.9% |
| Quill MD | Urgent care | 330 | Operating margin -4.2% |
"""


def test_a_cell_with_words_of_its_own_and_a_row_named_only_in_pieces_give_no_answer():
    assert _answer("What GAAP operating margin did Harbor Health report for 2025?", MARGINS) is None
    assert _answer("What revenue did Harbor's mental health unit earn in 2025?", MARGINS) is None  # not "Harbor Health"
    assert _answer("What revenue did Harbor Health earn in 2025?", MARGINS).startswith("Harbor Health, 2025 revenue ($m): 1,940")


def test_another_measure_of_the_same_family_is_not_the_asked_column():
    assert _answer("What adjusted EBITDA margin did Nordvik Energy report for 2025?", INSTALLERS) is None
    assert _answer("What gross margin did Nordvik Energy report for 2025?", INSTALLERS).startswith(
        "Nordvik Energy, Gross margin (%): 31.2")


# Session 29: a sector note's company table printing revenue by year and one profit column, no margin column
ROPE_MAKERS = """5. Listed makers
Table 4. Listed wire-rope makers: revenue and adjusted EBITDA
(in millions of the currency each maker reports in)
Company (ticker) Year end Currency 2024 2025 EBITDA 2025
Brennholt Draht (BRD) Dec EUR 3,410 3,522 498
Caskill Wire (CWR) Jun GBP 1,880 1,905 219
Tessaro Funi (TSF) Dec EUR 962 1,040 171
Orvik Kabel (ORK) Mar NOK 8,450 8,120 812
Note: EBITDA 2025 is adjusted EBITDA for the 2025 fiscal year. Caskill's 2025 ended on 30 June 2025.
"""

SEED_HOUSES = """Table 3. Revenue of four seed companies, fiscal 2024-2025, and operating profit, fiscal 2025
(billions, in each company's reporting currency)
Company Currency FY end 2024 2025 Change (%)Op. profit 2025
Velden Saat EUR Jun 1.92 2.06 +7.3 0.27
Marrow Genetics USD Dec 4.40 4.31 -2.0 0.39
Pradera Semillas EUR Aug 0.88 0.97 +10.2 n/d
Hoshino Seeds JPY Mar 61.50 64.20 +4.4 5.10
Note: n/d means the maker does not publish the figure.
"""


def test_a_margin_no_column_states_is_the_rows_profit_over_its_revenue():
    assert _answer("What adjusted EBITDA margin did Tessaro Funi earn in 2025?", ROPE_MAKERS).startswith(
        "Tessaro Funi (TSF), EBITDA margin 2025: 16.4% (EBITDA 2025 171 / 2025 revenue 1,040)")
    assert _answer("What was Hoshino Seeds' operating profit margin in fiscal 2025?", SEED_HOUSES).startswith(
        "Hoshino Seeds, Op. profit margin 2025: 7.9% (Op. profit 2025 5.10 / 2025 revenue 64.20)")
    ranked = _answer("Which listed wire-rope maker earned the best adjusted EBITDA margin in 2025?", ROPE_MAKERS)
    assert ranked.startswith("Tessaro Funi (TSF) has the highest EBITDA margin of the table's 4 rows in 2025: 16.4%")


def test_no_margin_of_another_measure_year_or_an_undisclosed_row():
    assert _answer("What adjusted EBITDA margin did Tessaro Funi earn in 2024?", ROPE_MAKERS) is None  # EBITDA of 2025 only
    assert _answer("What operating margin did Tessaro Funi earn in 2025?", ROPE_MAKERS) is None  # EBITDA is no EBIT
    assert _answer("What gross margin did Tessaro Funi earn in 2025?", ROPE_MAKERS) is None
    assert _answer("What was Pradera Semillas' operating margin in 2025?", SEED_HOUSES) is None  # n/d
    # a ranking with a row undisclosed ranks nothing
    assert _answer("Which seed company had the highest operating margin in 2025?", SEED_HOUSES) is None


def test_no_margin_over_a_sales_volume_or_a_caption_naming_the_profit_first():
    volume = ROPE_MAKERS.replace("revenue and adjusted EBITDA", "sales volume (kt) and adjusted EBITDA")
    assert _answer("What adjusted EBITDA margin did Tessaro Funi earn in 2025?", volume) is None
    first = ROPE_MAKERS.replace("revenue and adjusted EBITDA", "adjusted EBITDA and revenue")
    assert _answer("What adjusted EBITDA margin did Tessaro Funi earn in 2025?", first) is None
