"""A later part asking the figure a ranking gave its pick, a reported count named "average monthly ... users", and a
ranking of one named company's members asked when the question's own search finds only weak passages (session 13,
issue 10).

Every page and question below was written for these tests (fictional filers: Tailwind Games, Fabrikam Software,
Northwind Foods).
"""

from __future__ import annotations

from assistant.answer import member_asks
from assistant.answer import table_rankings as R
from assistant.types import DocMeta
from test_table_rankings_layouts import FABRIKAM_SEGMENTS


# a key-metrics table of a game publisher: members' monthly active users by quarter-end date, with a total line
TAILWIND_MAUS = """Operating Metrics
The following table details our average monthly active users ("MAUs") on a sequential quarterly basis for each of our
reportable segments:
(in millions) December 31, 2025 September 30, 2025 June 30, 2025 March 31, 2025
Arcade 141 120 118 122
Strategy 37 35 36 40
Mobile 262 255 260 271
Total 440 410 414 433
"""
MAUS_Q = ("For the three months ended December 31, 2025, which of Tailwind Games' reportable segments had the most "
          "average monthly active users (MAUs), and how many of the company's total average MAUs did it account for?")


def test_a_part_asking_the_picks_figure_or_its_part_of_the_total_is_the_same_ranking():
    lead = "Mobile ranks highest of the 3 members by average MAUs: 262. The total is 440; Mobile's 262 is 59.5% of it (computed)."
    assert member_asks.asks_pick_figure("what was that margin", "")
    assert member_asks.asks_pick_figure("how many of the company's total average MAUs did it account for", lead)
    assert member_asks.asks_pick_figure("what share of the total did it represent?", lead)
    # a part of the total that the ranking does not state: not answered by it
    assert not member_asks.asks_pick_figure("how many of the company's total average MAUs did it account for", lead.split(" The")[0])
    assert not member_asks.asks_pick_figure("what was the company's net income", lead)


def test_average_monthly_users_is_a_reported_count_not_an_average_to_compute():
    from assistant.query.intent import asks_computed

    assert asks_computed(MAUS_Q) is None
    assert asks_computed("What was its average monthly revenue in 2025?") == "average"


def test_the_ranking_and_the_picks_share_of_the_total_are_answered_from_the_rows():
    from one_page import pages_answerer

    meta = DocMeta(doc_id="tgm25", doc="TAILWIND_2025_10K", source="TAILWIND_2025_10K.pdf",
                   title="Tailwind Games 10-K 2025", company="Tailwind Games", doc_type="10-K", fiscal_year=2025,
                   period="FY2025")  # fmt: skip
    ans = pages_answerer(meta, {33: TAILWIND_MAUS}).ask(MAUS_Q)
    assert not ans.refused, ans.text
    assert "Mobile ranks highest" in ans.text and "59.5% of it" in ans.text, ans.text
    assert "Not in the indexed reports" not in ans.text, ans.text


def test_weak_first_passages_do_not_stop_a_ranking_read_from_the_members_table():
    from one_page import pages_answerer

    meta = DocMeta(doc_id="fbk25", doc="FABRIKAM_2025_10K", source="FABRIKAM_2025_10K.pdf",
                   title="Fabrikam Software 10-K 2025", company="Fabrikam Software", doc_type="10-K",
                   fiscal_year=2025, period="FY2025")  # fmt: skip
    prose = "Fabrikam Software designs tools for designers and printers.\nOur offices are leased.\n"
    a = pages_answerer(meta, {3: prose, 41: FABRIKAM_SEGMENTS})
    prose_hit, table_hit = a.retriever.hits
    a.retriever.search = lambda query, k=8, filters=None, steer=True: \
        [table_hit] if "by segment" in query else [prose_hit]
    a.retriever.evidence = lambda query, hits: 0.1  # the question's own search finds only weak passages
    q = "Which of Fabrikam Software's reportable segments grew its total revenue fastest in fiscal 2025?"
    ans = a.ask(q)
    assert not ans.refused and "Creative Tools had the highest growth" in ans.text, ans.text
    # a question that is no ranking is still declined on weak passages
    assert a.ask("What did Fabrikam Software say about its leases in fiscal 2025?").refused


def test_what_was_that_margin_after_a_defined_margin_ranking_is_the_picks_own_margin():
    from test_answerer_member_table import _answerer

    q = ("Which of Northwind Foods' six divisions had the lowest operating profit margin (division operating profit / "
         "division net revenue) in 2025, and what was that margin?")
    ans = _answerer("by division").ask(q)
    assert not ans.refused and "had the lowest operating margin" in ans.text, ans.text
    assert "Not in the indexed reports" not in ans.text, ans.text


# a segment note (ranked rows) and, far from it, the MD&A paragraph explaining one segment's move
NOTE_PAGE = """Note 17 - Segment Reporting
The following table provides a summary of net revenue and operating income (loss) by segment:
2025 2024 2023
(In millions)
Net revenue:
Handheld Devices $ 2,410 $ 3,905 $ 4,120
Cloud Appliances 3,180 3,020 2,440
All Other — — 5
Total net revenue $ 5,590 $ 6,925 $ 6,565
"""
MDNA_PAGE = """Segment Review
Cloud Appliances net revenue of $3.2 billion in 2025 decreased in its consumer line by 2% compared to 2024, primarily due
to lower sales of home storage appliances, while its enterprise line grew.
Handheld Devices net revenue of $3.9 billion in 2024 decreased by 5% compared to $4.1 billion in 2023 as a result of
lower demand for older models.
Handheld Devices net revenue of $2.4 billion in 2025 decreased by 38% compared to $3.9 billion in 2024 as a result of a
41% decrease in unit shipments, partially offset by a 5% increase in average selling price.
"""


def test_what_drove_the_picks_move_is_its_own_sentence_searched_for_in_the_filing():
    from one_page import pages_answerer

    meta = DocMeta(doc_id="wtd25", doc="WINGTIP_2025_10K", source="WINGTIP_2025_10K.pdf",
                   title="Wingtip Devices 10-K 2025", company="Wingtip Devices", doc_type="10-K", fiscal_year=2025,
                   period="FY2025")  # fmt: skip
    a = pages_answerer(meta, {80: NOTE_PAGE, 40: MDNA_PAGE})
    mdna_hit, note_hit = a.retriever.hits  # page order
    a.retriever.search = lambda query, k=8, filters=None, steer=True: \
        [mdna_hit] if query.startswith("Handheld Devices") else [note_hit]
    q = "Which of Wingtip Devices' two reportable segments had the weaker topline performance in FY2025, and what drove its decline?"
    ans = a.ask(q)
    assert not ans.refused and "Handheld Devices had the largest decline" in ans.text, ans.text
    assert "as a result of a 41% decrease in unit shipments" in ans.text, ans.text  # the 2025 sentence, not 2024's
    assert "Not in the indexed reports" not in ans.text, ans.text


# a retailer giving each of its two segments a summary table of its own, on pages of their own
RETAIL_PAGE = """Segment Performance Summary
Retail Segment
Selected financial data for the Retail segment was as follows ($ in millions):
Retail Segment Performance Summary 2025 2024 2023
Revenue $ 21,400 $ 22,900 $ 21,100
Revenue % change (6.6)% 8.5 % 4.0 %
Gross profit $ 5,020 $ 5,560 $ 5,100
Operating income $ 910 $ 1,420 $ 1,250
Operating income as a % of revenue 4.3 % 6.2 % 5.9 %
"""
WHOLESALE_PAGE = """Wholesale Segment
Selected financial data for the Wholesale segment was as follows ($ in millions):
Wholesale Segment Performance Summary 2025 2024 2023
Revenue $ 4,300 $ 4,450 $ 4,200
Revenue % change (3.4)% 6.0 % 2.2 %
Gross profit $ 880 $ 930 $ 860
Operating income $ 215 $ 245 $ 190
Operating income as a % of revenue 5.0 % 5.5 % 4.5 %
"""
OWN_Q = ("Which of Bellows Stores' two reportable segments earned the higher operating income rate (operating income as "
         "a % of revenue) in FY2025, and which segment's rate fell more from FY2024?")


def test_members_each_with_a_summary_table_of_its_own_are_ranked_by_their_margins():
    pages = [("p30", RETAIL_PAGE), ("p32", WHOLESALE_PAGE)]
    first = "Which of Bellows Stores' two reportable segments earned the higher operating income rate (operating income as a % of revenue) in FY2025"
    got = R.own_tables_rank(first, OWN_Q, pages, {2025})
    assert got is not None and got.top == "Wholesale", got  # 215 / 4,300 = 5.0% against 910 / 21,400 = 4.3%
    assert "5.0%" in got.text and "4.3%" in got.text, got.text
    assert member_asks.asks_member_ranking("which segment's rate fell more from FY2024", OWN_Q) == "low-change"
    moved = R.own_tables_rank("which segment's rate fell more from FY2024", OWN_Q, pages, {2024, 2025})
    assert moved is not None and moved.top == "Retail", moved  # 6.2% -> 4.3% against 5.5% -> 5.0%
    # without a stated count, the tables found may not be all the members: no answer
    assert R.own_tables_rank(first.replace("two ", ""), OWN_Q.replace("two ", ""), pages, {2025}) is None
    # one member's table not found: no answer
    assert R.own_tables_rank(first, OWN_Q, pages[:1], {2025}) is None


def test_the_answer_cites_each_members_own_rows_and_answers_both_parts():
    from one_page import pages_answerer

    meta = DocMeta(doc_id="bls25", doc="BELLOWS_2025_10K", source="BELLOWS_2025_10K.pdf",
                   title="Bellows Stores 10-K 2025", company="Bellows Stores", doc_type="10-K", fiscal_year=2025,
                   period="FY2025")  # fmt: skip
    ans = pages_answerer(meta, {30: RETAIL_PAGE, 32: WHOLESALE_PAGE}).ask(OWN_Q)
    assert not ans.refused, ans.text
    assert "Wholesale had the higher operating margin" in ans.text, ans.text
    assert "Retail had the larger decline in operating margin" in ans.text, ans.text
    assert {c.page for c in ans.citations} == {30, 32}, ans.citations


def test_the_comparative_of_two_picks_one_and_a_name_opening_with_best_ranks_nothing():
    assert member_asks.asks_member_ranking("Which of Bellows Stores' two segments had the higher operating margin in 2025?") == "high"
    assert member_asks.asks_member_ranking("Which of Bellows Stores' two segments had the lower revenue in 2025?") == "low"
    # "Best" opening a capitalized name is no ranking word
    assert member_asks.asks_member_ranking("Which of Best Western Lodging's segments reported revenue in 2025?") is None
    assert member_asks.asks_member_ranking("Which of its segments did best in 2025?") == "high-change"
