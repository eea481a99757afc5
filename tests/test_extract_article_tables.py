"""Industry articles' tables, lists and figures (issue 11, session 14): hand-written sentences and tables in the style
of analysts' sector notes, with fictional markets and makers."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import render as R

NOTE_PAGE = """Table 3. Deliveries of garden robots by region, 2022-2024
(in thousands of units)
Region 2022 2023 2024
North America 410 455 502
of which Canada 61 66 70
Nordics 120 133 141
Benelux 88 90 97
Total 618 678 740
Note: Deliveries by makers to dealers. The Canada row is part of the North America row.
"""


def test_a_lower_case_row_under_a_row_keeps_the_tables_column_heads():
    # Rule: under a table's column heads, a span of lines that each read as a label and cells ("North America 410
    # 455 502" and "of which Canada 61 66 70", joined by the sentence splitter because the second opens in lower
    # case) is read as rows, one per line; the rows after them keep the column heads (their years)
    rows = [c for c in C.page_candidates(NOTE_PAGE, doc_id="robots", page_no=2) if c.kind == "row"]
    by_label = {c.text.split(":")[0]: c for c in rows}
    assert set(by_label) == {"North America", "of which Canada", "Nordics", "Benelux", "Total"}
    assert by_label["Nordics"].years == frozenset({2022, 2023, 2024})
    assert "2023 133" in by_label["Nordics"].text
    assert "2024 70" in by_label["of which Canada"].text


def test_prose_under_a_table_is_not_read_as_rows():
    # the rule reads only spans whose every line is a label and cells: a wrapped sentence stays a sentence
    page = ("Region 2023 2024\nNordics 133 141\nBenelux 90 97\nDeliveries in the Nordics rose 6% in 2024 as dealers\n"
            "restocked after a mild winter.\n")
    cands = C.page_candidates(page, doc_id="robots", page_no=2)
    assert any(c.kind == "sentence" and c.text.startswith("Deliveries in the Nordics rose 6%") for c in cands)


from assistant.types import DocMeta  # noqa: E402
from one_page import ask_one_page  # noqa: E402

ROBOT_NOTE = DocMeta(doc_id="drob", doc="garden_robots_note_2025", source="/r/garden_robots_note_2025.pdf",
                     title="Garden Robots: Deliveries and Makers, 2022-2024")  # fmt: skip


def _picked(question: str, page: str) -> str | None:
    ex = ask_one_page(question, page, ROBOT_NOTE, threshold=0.01)
    best = ex.picks[0] if ex.picks else None
    return best.candidate.text if best is not None else None


def test_a_place_in_a_ranking_is_answered_only_by_a_quote_that_orders_the_members():
    # Rule: "which maker was the third-largest" asks a place in a ranking; a sentence giving several channels'
    # shares in no order (one of them "led by" a retailer) says nothing of who is third, and is no answer; a
    # sentence ranking the makers in order ("led ..., followed by A, B") or naming the place itself is
    channels = ("Channels\n\nIn the Nordics, garden centres sold about 38% of robots in 2024, hardware chains owned by "
                "buying groups or makers 29%, online shops led by Verdo 19% and installers 14%.\n")
    assert _picked("Which maker was the third-largest by robots delivered in 2024?", channels) is None
    ordered = channels + ("\nMakers\n\nBy units, Grasklip led in 2024 with an estimated 31% of deliveries, followed by "
                          "Moway with 24%, Tuinbot with 17% and Ranka with 11%.\n")
    assert _picked("Which maker was the third-largest by robots delivered in 2024?", ordered).startswith("By units, Grasklip")


def test_a_product_is_not_its_maker():
    # Rule: "who makes X" is answered by a quote naming a maker (makes, made, manufacturers, producers); the word
    # "product" names the thing made, not who makes it
    page = ("Prices\n\nA store-brand mower product cost on average 22% less than the branded equivalent in 2024, "
            "because brand owners raised prices faster.\n")
    assert _picked("Who makes store-brand mowers?", page) is None


def test_a_count_of_a_narrowed_class_is_not_a_row_of_the_whole_class():
    # Rule: "how many refurbished robots" counts a class the words before the counted noun narrow; a table row whose
    # label, caption, unit line and note do not say them ("Nordics" in a table of all deliveries) counts every robot
    asked = "How many refurbished garden robots were delivered in the Nordics in 2024?"
    assert _picked(asked, NOTE_PAGE) is None
    assert _picked("How many garden robots were delivered in the Nordics in 2024?", NOTE_PAGE).startswith("Nordics:")


SHARE_PAGE = """Refill share of detergent sales value, selected countries (%)
Country 2022 2023 2024
Sweden 21.0 22.4 23.1
Austria 17.2 17.9 19.8
Portugal 12.5 13.0 13.4
"""


def test_words_naming_the_document_are_not_the_measure_of_its_table():
    # Rule: "the article's table", "the study's figures" name where the figures are, not what they measure: the
    # table of refill shares answers which country gained the most refill share, computed from its rows
    ex = ask_one_page("Which country in the article's table gained the most refill share in 2024?", SHARE_PAGE,
                      ROBOT_NOTE, threshold=0.01)
    best = ex.picks[0]
    assert best is not None and best.candidate.text.startswith("Austria:")


def test_a_place_named_as_the_owner_of_its_figure_is_one_among_others():
    # Rule: "US deliveries rose 8%, while Canada's grew 3%" states Canada's own figure beside another country's:
    # the sentence is no other place's scope for a question about Canada (its figure is the 3.2%)
    page = ("Summary\n\nGarden robots sold well in 2024 for three reasons. Summers were long. Prices fell. Dealers "
            "stocked more.\n\nUS deliveries rose 8.1% to 141,000 units in 2024, while Canada's grew 3.2% to "
            "97,000; together the two regions took a third of all units.\n")
    ex = ask_one_page("By how much did garden robot deliveries grow in Canada in 2024?", page, ROBOT_NOTE,
                      threshold=0.01)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("US deliveries rose 8.1%")
    assert R.render(ex)[0].startswith("3.2%")


def test_a_list_of_reasons_is_no_amount():
    # Rule: a lead-in counting causes ("rose for two reasons") with its reasons says why, not how much: the sentence
    # stating the change answers "by how much", never the list (whose items may hold other figures)
    page = ("Summary\n\nGarden robot deliveries rose for two reasons. Summers in the region grew longer by about 3% a "
            "decade. And prices fell 4%, so more homes bought one.\n\nDeliveries of garden robots grew 6.2% in 2024.\n")
    ex = ask_one_page("By how much did garden robot deliveries grow in 2024?", page, ROBOT_NOTE, threshold=0.01)
    assert not any(s.candidate.kind == "list" for r in ex.ranked for s in r)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Deliveries of garden robots grew 6.2%")


def test_a_lead_in_that_counts_its_items_takes_that_many():
    # Rule: "Demand rose for three reasons." announces three sentences; a PDF's text shows no blank line where the
    # next paragraph begins, so the sentences after the third are another paragraph's, not more reasons
    page = ("1. Summary\nDemand for garden robots rose for three reasons. The number of homes with a lawn keeps\n"
            "growing by about 2% a year. Owners of the first robots bought in 2019 came back to replace them.\n"
            "And makers launched new models in 2024, which gave dealers a reason to sell upgrades.\n"
            "The Nordics and the Benelux remain the two largest markets. Nordic deliveries rose 8.1% to 141,000\n"
            "units in 2024.\n")
    lists = [c for c in C.page_candidates(page, doc_id="drob", meta=ROBOT_NOTE) if c.kind == "list"]
    assert [len(c.items) for c in lists] == [3]
    assert lists[0].items[-1].startswith("And makers launched")


def test_a_name_in_a_later_clause_does_not_open_the_sentence():
    # Rule: the name that makes a sentence another's is looked for in its opening clause (up to a semicolon); "About
    # 60% of store-brand robots are made by contract makers; a few retailers, among them Norrmart, assemble their
    # own" is about who makes them, not about Norrmart
    page = ("Makers\n\nWho makes store-brand robots is often less visible. About 60% of store-brand robots are made by "
            "contract makers, and most of the rest by brand owners with spare capacity; a few retailers, among them "
            "Norrmart and Vexa, assemble part of their ranges themselves.\n")
    ex = ask_one_page("Who makes Canada's store-brand garden robots?", page,
                      DocMeta(doc_id="dca", doc="canada_robots", source="/r/canada_robots.html",
                              title="Canada's garden robots: store brands gain"), threshold=0.01)
    best = ex.ranked[0][0]
    assert best.candidate.text.startswith("About 60%") and best.parts["subject"] >= 0.7


def test_rows_past_a_share_bound_are_read_from_a_table_of_shares():
    # Rule: "in which countries did refills take more than half / less than 15% of ..." sets a bound on a share: a
    # table of shares (in %) answers with the rows past the bound in the asked column, each with its figure; the
    # bound and the share's verb ("take") are no measure words the caption must say
    ex = ask_one_page("In which countries did refills take more than 19% of detergent sales value in 2024?", SHARE_PAGE,
                      ROBOT_NOTE, threshold=0.01)
    shown = R.render(ex)[0]
    assert "2 of the table's 3 rows are above 19% in 2024: Sweden 23.1%; Austria 19.8%" in shown
    ex = ask_one_page("In which countries did refills take less than 15% of detergent sales value in 2024?", SHARE_PAGE,
                      ROBOT_NOTE, threshold=0.01)
    assert "1 of the table's 3 rows is below 15% in 2024: Portugal 13.4%" in R.render(ex)[0]
    # no row past the bound: nothing computed
    ex = ask_one_page("In which countries did refills take more than half of detergent sales value in 2024?",
                      SHARE_PAGE, ROBOT_NOTE, threshold=0.01)
    assert "rows are above" not in (R.render(ex)[0] if ex.picks and ex.picks[0] else "")


def test_items_ending_in_semicolons_are_a_list_whatever_they_open_with():
    # Rule: after a lead-in ending with a colon, lines of their own that all but the last end with ";" are the items
    # of a list whose markers the page lost (an HTML list read as paragraphs), also when they open with a name
    page = ("Trading up\n\nRetailers' premium robot lines have become brands of their own:\n\n"
            "Norrmart Select passed EUR 1 billion of sales in 2024;\n\n"
            "Vexa has rolled its Pro range out to every store;\n\n"
            "and Kettle & Co's Signature line now covers 40 models.\n\n"
            "Premium robots sell at or above the price of the mainstream brand.\n")
    lists = [c for c in C.page_candidates(page, doc_id="drob", meta=ROBOT_NOTE) if c.kind == "list"]
    assert len(lists) == 1 and len(lists[0].items) == 3 and lists[0].items[0].startswith("Norrmart Select")
