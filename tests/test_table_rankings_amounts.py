"""A ranking of members' changes asked by amount ("the largest decline in dollars") rather than by rate, and the
cause of the pick's move read from its own section of the filing, where the filer may call the member by its
initialism and give the cause in the sentences after the move (session 22, issue 10).

Every page and question below was written for these tests (fictional filers: Harrow Dynamics, Quillon Foods).
"""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import member_asks
from assistant.answer import table_rankings as R
from assistant.types import DocMeta

# a segment note: the largest member loses the most dollars, the smallest the steepest rate
HARROW_NOTE = """Note 16 - Business Segment Information
Selected data for our business segments was as follows (in millions):
2025 2024 2023
Business segment operating profit
Naval Propulsion and Sensor Systems $ 2,310 $ 2,450 $ 2,200
Airframes 1,620 1,580 1,490
Orbital Services 410 470 455
Total business segment operating profit $ 4,340 $ 4,500 $ 4,145
"""

# the segment's own section of the MD&A, far from the note: the member by its initialism, the move first and the
# cause in the sentences after it; the prior year's move of the same member stated first, with another amount
HARROW_MDNA = """Naval Propulsion and Sensor Systems
NPSS' operating profit in 2024 increased $250 million, or 11%, compared to 2023. The increase was primarily
attributable to higher volume on submarine drive programs.
NPSS' operating profit in 2025 decreased $140 million, or 6%, compared to 2024. The decrease was primarily
attributable to about $90 million of lower profit adjustments on sonar array programs and about $60 million of
lower volume on surface ship sensor programs. These decreases were partially offset by higher volume on training
programs.
"""


def test_a_change_asked_in_dollars_or_absolute_terms_is_ranked_by_amount():
    for q in ("Whose operating profit fell furthest in dollar terms among the segments in 2025?",
              "Measured in absolute terms, which of its business segments saw the biggest drop in operating profit?",
              "Which business segment posted the largest dollar decrease in operating profit last year?"):
        assert member_asks.asks_amount_change(q), q
    for q in ("Which segment's operating profit declined the most in 2025?",
              "Which division posted the steepest fall in segment income, in USD millions?",
              "What was the dollar amount of the company's dividends?"):
        assert not member_asks.asks_amount_change(q), q


def test_the_largest_decline_in_dollars_is_not_the_steepest_rate():
    q = "In 2025, which of Harrow Dynamics' business segments saw the biggest drop in operating profit in dollar terms?"
    got = R.rank_members(q, q, HARROW_NOTE, {2025})
    assert got is not None and got.top.label == "Naval Propulsion and Sensor Systems", got
    assert got.amount and "-140 (2,450 to 2,310; -5.7%" in got.text, got.text
    assert "Orbital Services -60 (470 to 410; -12.8%)" in got.text, got.text
    # the same table asked by rate: the smaller member's steeper fall ranks first
    rate_q = "In 2025, which of Harrow Dynamics' business segments saw the biggest drop in operating profit?"
    by_rate = R.rank_members(rate_q, rate_q, HARROW_NOTE, {2025})
    assert by_rate is not None and by_rate.top.label == "Orbital Services" and not by_rate.amount, by_rate
    # asked another way, by amount too
    other = ("In absolute terms, which of Harrow Dynamics' three business segments saw the biggest drop in operating "
             "profit in 2025?")
    got = R.rank_members(other, other, HARROW_NOTE, {2025})
    assert got is not None and got.top.label == "Naval Propulsion and Sensor Systems", got


def test_a_tie_in_amount_or_a_missing_cell_is_no_answer():
    q = "In 2025, which of Harrow Dynamics' business segments saw the biggest drop in operating profit in dollar terms?"
    tied = HARROW_NOTE.replace("Orbital Services 410 470", "Orbital Services 330 470")  # -140 each
    assert R.rank_members(q, q, tied, {2025}) is None


def test_quillon_increase_in_amount_with_a_loss_member():
    page = """Segment results (in thousands)
Fiscal Year 2025 2024
Segment operating income (loss)
Bakery $ 84,200 $ 61,900
Frozen Meals 12,700 (3,400)
Snacks 40,100 35,600
Total segment operating income $ 137,000 $ 94,100
"""
    q = "Which of Quillon Foods' three segments grew segment operating income the most in dollar terms in fiscal 2025?"
    got = R.rank_members(q, q, page, {2025})
    assert got is not None and got.top.label == "Bakery", got  # +22,300 against +16,100 out of a loss
    assert "Frozen Meals +16,100 (-3,400 to 12,700)" in got.text.replace("(3,400)", "-3,400"), got.text


def test_what_drove_the_picks_dollar_decline_is_its_own_section_by_initialism():
    from one_page import pages_answerer

    meta = DocMeta(doc_id="hrw25", doc="HARROW_2025_10K", source="HARROW_2025_10K.pdf",
                   title="Harrow Dynamics 10-K 2025", company="Harrow Dynamics", doc_type="10-K", fiscal_year=2025,
                   period="FY2025", pages=90)  # fmt: skip
    a = pages_answerer(meta, {80: HARROW_NOTE, 41: HARROW_MDNA})
    mdna_hit, note_hit = a.retriever.hits  # page order
    a.retriever.hits = [note_hit]  # the search finds the note only
    a.retriever.search = lambda query, k=8, filters=None, steer=True: [note_hit]
    q = ("Harrow Dynamics' segment profit slipped in 2025. Which of its business segments saw the biggest dollar "
         "drop in operating profit, and what caused it?")
    ans = a.ask(q)
    assert not ans.refused and "Naval Propulsion and Sensor Systems had the largest decline in amount" in ans.text, \
        ans.text
    assert "lower profit adjustments on sonar array programs" in ans.text, ans.text  # 2025's cause, not 2024's
    assert "submarine drive" not in ans.text, ans.text
    assert "Not in the indexed reports" not in ans.text, ans.text


def test_a_section_stating_another_amount_does_not_explain_the_pick():
    from one_page import pages_answerer

    meta = DocMeta(doc_id="hrw25", doc="HARROW_2025_10K", source="HARROW_2025_10K.pdf",
                   title="Harrow Dynamics 10-K 2025", company="Harrow Dynamics", doc_type="10-K", fiscal_year=2025,
                   period="FY2025", pages=90)  # fmt: skip
    wrong = HARROW_MDNA.replace("decreased $140 million, or 6%", "decreased $95 million, or 4%")
    a = pages_answerer(meta, {80: HARROW_NOTE, 41: wrong})
    _, note_hit = a.retriever.hits
    a.retriever.hits = [note_hit]
    a.retriever.search = lambda query, k=8, filters=None, steer=True: [note_hit]
    q = ("Harrow Dynamics' segment profit slipped in 2025. Which of its business segments saw the biggest dollar "
         "drop in operating profit, and what caused it?")
    ans = a.ask(q)
    assert "sonar array" not in ans.text, ans.text


# a food maker's segment note and, far from it, its MD&A section on one segment: the full name, the rate stated
QUILLON_NOTE = """Note 14 - Segment Information
Net sales by reportable segment were as follows (in millions):
Fiscal Year 2025 2024 2023
Bakery $ 1,204.6 $ 1,150.3 $ 1,098.0
Frozen Meals 310.2 352.5 349.9
Snacks 688.0 671.4 640.2
Total net sales $ 2,202.8 $ 2,174.2 $ 2,088.1
"""
QUILLON_MDNA = """Frozen Meals
Frozen Meals net sales decreased 12% to $310.2 million in fiscal 2025 from $352.5 million a year earlier. The decline reflected
the exit from two private-label supply contracts and lower volume in the club channel, partially offset by price
increases taken in the first quarter.
"""


def test_a_bare_why_after_a_ranking_is_the_picks_own_explained_move():
    from one_page import pages_answerer

    meta = DocMeta(doc_id="qln25", doc="QUILLON_2025_10K", source="QUILLON_2025_10K.pdf",
                   title="Quillon Foods 10-K 2025", company="Quillon Foods", doc_type="10-K", fiscal_year=2025,
                   period="FY2025", pages=70)  # fmt: skip
    a = pages_answerer(meta, {61: QUILLON_NOTE, 22: QUILLON_MDNA})
    _, note_hit = a.retriever.hits
    a.retriever.hits = [note_hit]
    a.retriever.search = lambda query, k=8, filters=None, steer=True: [note_hit]
    ans = a.ask("Which of Quillon Foods' three segments saw the largest decline in net sales in fiscal 2025, and why?")
    assert not ans.refused and "Frozen Meals had the largest decline" in ans.text, ans.text
    assert "exit from two private-label supply contracts" in ans.text, ans.text
    assert "Not in the indexed reports" not in ans.text, ans.text


# a segment table where every member grew sales and one earned less operating income
TERNWAY_NOTE = """Segment results (in millions)
2025 2024 2023
Operating income
Harbor Logistics $ 512 $ 470 $ 431
Rail Services 298 321 305
Air Freight 144 118 97
Total segment operating income $ 954 $ 909 $ 833
"""
TERNWAY_MDNA = """Rail Services
Rail Services' operating income in 2025 decreased $23 million, or 7%, compared to 2024. The decrease was primarily
attributable to higher track maintenance costs and a labor agreement signed in the second quarter. These decreases
were partially offset by higher intermodal volume.
"""


def test_which_one_takes_the_move_and_measure_of_the_sentence_before():
    for q, sense in (("All three of Ternway's segments grew revenue in 2025, yet only one of them booked lower "
                      "operating income than a year before. Which one", "fell-change"),
                     ("Sales fell in each of Ternway's segments in 2025; still, one of its segments posted higher "
                      "operating income than a year earlier. Which was it?", "rose-change")):
        assert member_asks.asks_member_ranking(q, q) == sense, q
        assert member_asks.asked_measure(member_asks.one_of_clause(q)) == "operating income", q
    # no "which one" after it, or two clauses singling out members: no pick read this way
    assert member_asks.one_of_clause("One of its segments booked lower operating income. What drove that?") is None
    q = "Which one of them booked lower operating income in 2025?"
    assert member_asks.one_of_clause(q) is None
    first = ("All three of Ternway's segments grew revenue in 2025, yet only one of them booked lower operating "
             "income than a year before. Which one")
    got = R.rank_members(first, first + ", and why?", TERNWAY_NOTE, {2024, 2025})
    assert got is not None and got.top.label == "Rail Services", got


def test_which_one_and_why_is_answered_by_the_picks_own_section():
    from one_page import pages_answerer

    meta = DocMeta(doc_id="trn25", doc="TERNWAY_2025_10K", source="TERNWAY_2025_10K.pdf",
                   title="Ternway 10-K 2025", company="Ternway", doc_type="10-K", fiscal_year=2025,
                   period="FY2025", pages=95)  # fmt: skip
    a = pages_answerer(meta, {88: TERNWAY_NOTE, 37: TERNWAY_MDNA})
    _, note_hit = a.retriever.hits
    a.retriever.hits = [note_hit]
    a.retriever.search = lambda query, k=8, filters=None, steer=True: [note_hit]
    ans = a.ask("All three of Ternway's segments grew revenue in 2025, yet only one of them booked lower operating "
                "income than a year before. Which one, and why?")
    assert not ans.refused and "Rail Services was the only one" in ans.text, ans.text
    assert "higher track maintenance costs" in ans.text, ans.text
    assert "Not in the indexed reports" not in ans.text, ans.text
