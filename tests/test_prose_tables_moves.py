"""A4: "which rows moved" questions over a report table whose heads carry a column after the years ("2024 2025 Share")
and a unit line with a clause for that column; "fewer in 2025 than in 2024" is each row against itself; one row
read alone never answers which rows moved. Table, caption and questions written for this test (a fictional note on
heat-pump makers)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import render as R
from assistant.answer import prose_tables as T
from assistant.types import DocMeta
from one_page import ask_one_page

NOTE = DocMeta(doc_id="dhp", doc="heat_pumps_2025", source="/r/heat_pumps_2025.pdf",
               title="Heat Pumps: Makers and Markets, 2025")  # fmt: skip
PAGE = """4. Makers
Contoso Thermal overtook Northwind Air as the largest shipper in 2025. Fabrikam shipped less than in 2024 as its new plant ran at a fraction of its capacity.
Table 3. Heat pump shipments by manufacturer
(thousand units, calendar years; share of 2025 shipments in %)
Manufacturer (home country) 2024 2025 Share
Contoso Thermal (Sweden) 410 684 19%
Northwind Air (Japan) 520 540 15%
Fabrikam (US) 170 144 4%
Tailspin Heat (UK) 110 72 2%
Litware (Italy) 60 108 3%
Others 770 1,080 30%
Total 2,040 2,628 100%
Note: Shipments, not orders or installations.
"""


def _shown(question: str) -> str:
    ex = ask_one_page(question, PAGE, NOTE)
    return R.render(ex, lambda d, p: PAGE)[0] if ex.answered else ""


def test_a_head_after_the_years_names_its_column():
    rows = [c.text for c in C.page_candidates(PAGE) if c.kind == "row"]
    assert "Fabrikam (US): 2024 170, 2025 144, Share 4% (thousand units, calendar years; share of 2025 shipments in %)" in rows


def test_the_unit_of_the_year_columns_is_the_unit_lines_first_clause():
    table = T.page_tables(PAGE)[0]
    assert T._unit(table, set()) == "thousand units, calendar years"


def test_fewer_in_one_year_than_in_another_lists_every_row_that_fell():
    for question in ("Which of the listed manufacturers shipped fewer heat pumps in 2025 than they had in 2024?",
                     "Which makers shipped less in 2025 than in 2024?",
                     "Which manufacturers' shipments fell in 2025?"):
        text = _shown(question)
        assert "2 of the table's 5 rows fell from 2024 to 2025" in text, question
        assert "Fabrikam (US) 170 thousand (2024) to 144 thousand (2025)" in text and \
            "Tailspin Heat (UK) 110 thousand (2024) to 72 thousand (2025)" in text
    text = _shown("Which makers shipped more heat pumps in 2025 than in 2024?")
    assert "3 of the table's 5 rows rose from 2024 to 2025" in text


def test_one_row_never_answers_which_rows_moved():
    page = PAGE.replace("Others 770 1,080 30%\n", "")  # any table: a single row is no list of movers
    for question in ("Which of the listed manufacturers shipped fewer units in 2025 than they had in 2024?",
                     "Which took a bigger share of 2025 shipments, Northwind Air or Fabrikam?"):
        ex = ask_one_page(question, page, NOTE)
        assert all(p is None or p.candidate.kind != "row" for p in ex.picks), question


def test_an_asked_verb_the_caption_says_as_its_noun_is_said():
    table = T.page_tables(PAGE)[0]
    assert T._said_as_noun(frozenset({"shipped"}), table, set()) == T._stems({"shipped"})
    assert T._said_as_noun(frozenset({"installed"}), table, set()) == set()  # the caption counts shipments
    installed = T.page_tables(PAGE.replace("Heat pump shipments", "Heat pump installations"))[0]
    assert T._said_as_noun(frozenset({"installed"}), installed, set()) == T._stems({"installed"})


def test_a_unit_asked_by_its_name_is_said_by_its_symbol():
    page = PAGE.replace("(thousand units, calendar years;", "(MW, calendar years;")
    ex = ask_one_page("Which of the listed manufacturers shipped fewer megawatts in 2025 than they had in 2024?", page, NOTE)
    text = R.render(ex, lambda d, p: page)[0] if ex.answered else ""
    assert "2 of the table's 5 rows fell from 2024 to 2025 (MW, calendar years)" in text


def test_a_list_naming_members_without_their_moves_answers_no_which_moved_question():
    from one_page import ask_one_page
    from assistant.types import DocMeta

    meta = DocMeta(doc_id="dkb", doc="kettle_boilers_2025", source="/r/k.md", title="Condensing Boilers in Europe, 2025")
    page = ("Markets\n\nThe Benelux countries - Belgium, the Netherlands and Luxembourg - sold 212,000 condensing boilers "
            "in 2024 between them, about a tenth of the total; most of these sales replace older boilers.\n")
    ex = ask_one_page("Which of the markets in the country table sold more condensing boilers in 2024 than in 2023?",
                      page, meta)
    assert ex.picks[0] is None, ex.picks[0].candidate.text


def test_a_ranking_sentence_still_answers_which_grew_fastest():
    from one_page import ask_one_page
    from assistant.types import DocMeta

    meta = DocMeta(doc_id="dkb", doc="kettle_boilers_2025", source="/r/k.md", title="Condensing Boilers in Europe, 2025")
    page = ("Markets\n\nPoland was the fastest-growing large market, with sales up roughly 31% to about 96,000 units, "
            "helped by a new grant scheme.\n")
    ex = ask_one_page("Which large boiler market grew fastest in 2024?", page, meta)
    assert ex.picks[0] is not None and "Poland" in ex.picks[0].candidate.text


def test_a_threshold_is_no_move():
    from one_page import ask_one_page
    from assistant.types import DocMeta

    meta = DocMeta(doc_id="dnw", doc="NORTHWIND_2025_10K", source="/r/n.md", company="Northwind Foods",
                   doc_type="10-K", fiscal_year=2025)
    page = ("Customers\n\nSales to Tailspin Stores, Inc. and its affiliates accounted for 18% of our consolidated net "
            "sales in fiscal 2025.\n")
    ex = ask_one_page("Which customer accounted for 10 percent or more of Northwind Foods' net sales in fiscal 2025?",
                      page, meta)
    assert ex.picks[0] is not None and "18%" in ex.picks[0].candidate.text
