"""Segment rankings over a filing's segment note (``assistant/answer/table_rankings.py``, issue 10): a growth ranking
naming no measure ranks revenue, reconciling rows (corporate, unallocated, other) are no segments when the filer names
its segments, and "was the same one also the best on margin?" re-ranks the same segments by the margin. A segment
note written for these tests (a fictional pump maker)."""

from __future__ import annotations

from assistant.answer import table_rankings as R

NAMING = ("We operate three reportable segments: Harbor Pumps, Field Valves and Meter Systems. Corporate and other "
          "holds unallocated head-office costs and the amortization of acquired intangibles.\n")
NOTE = """Net sales and operating income by segment
(In thousands) - Year Ended December 31,
2025 2024 2023
Net sales:
Harbor Pumps $512,300 $480,100 $455,000
Field Valves 210,400 181,200 170,300
Meter Systems 150,900 160,700 149,800
Total net sales $873,600 $822,000 $775,100
Operating income:
Harbor Pumps $61,200 $55,800 $50,100
Field Valves 35,700 28,100 24,900
Meter Systems 9,300 14,600 12,200
Corporate and other (40,100) (38,700) (36,300)
Total operating income $66,100 $59,800 $50,900
"""
PAGE = "Note 12 - Segment Information\n" + NAMING + NOTE


def test_a_growth_ranking_naming_no_measure_ranks_segment_revenue():
    q = "Which of Tidewell Pump's segments grew fastest in 2025?"
    r = R.rank_members(q, q, PAGE, {2025})
    assert r is not None and r.measure == "revenue" and r.top.label == "Field Valves", r
    assert "+16.1%" in r.text
    # another part naming a margin does not make it the growth ranked by the part naming none
    whole = q[:-1] + ", and was the same one also ahead on operating margin?"
    r = R.rank_members("Which of Tidewell Pump's segments grew fastest in 2025", whole, PAGE, {2025})
    assert r is not None and r.measure == "revenue" and r.top.label == "Field Valves", r
    # a measure named but not one a segment note gives stays unranked here
    assert R.rank_members("Which of Tidewell Pump's segments grew backlog fastest in 2025?",
                          "Which of Tidewell Pump's segments grew backlog fastest in 2025?", PAGE, {2025}) is None


def test_reconciling_rows_are_no_segments_when_the_filer_names_its_segments():
    q = "Which of Tidewell Pump's segments had the lowest operating income in 2025?"
    r = R.rank_members(q, q, PAGE, {2025})
    assert r is not None and r.top.label == "Meter Systems", r  # never "Corporate and other"
    assert all(not m.label.startswith("Corporate") for m in r.members)
    # no sentence naming the segments: a corporate row that reports no net sales of its own is still no segment
    r = R.rank_members(q, q, "Note 12 - Segment Information\n" + NOTE, {2025})
    assert r is not None and r.top.label == "Meter Systems", r
    # but a corporate row in the net sales block too may be a segment: no answer without a count (the guard holds)
    both = NOTE.replace("Meter Systems 150,900 160,700 149,800\n",
                        "Meter Systems 150,900 160,700 149,800\nCorporate and other 1,200 1,100 1,000\n")
    assert R.rank_members(q, q, "Note 12 - Segment Information\n" + both, {2025}) is None
    # a sentence naming other segments than the rows: no answer either
    other = NAMING.replace("Meter Systems", "Flow Meters")
    assert R.rank_members(q, q, "Note 12 - Segment Information\n" + other + NOTE, {2025}) is None


def test_also_the_highest_margin_re_ranks_the_same_segments_by_their_computed_margin():
    q = ("Which of Tidewell Pump's segments expanded net sales the most in 2025, and did the same one also earn the "
         "highest operating margin?")
    first = R.rank_members("Which of Tidewell Pump's segments expanded net sales the most in 2025", q, PAGE, {2025})
    assert first is not None and first.top.label == "Field Valves"
    got = R.rank_again("did the same one also earn the highest operating margin?", first, q, PAGE, {2025})
    assert got is not None
    again, verdict, line = got
    assert verdict == "Yes" and again.top.label == "Field Valves"
    assert "17.0%" in line  # the pick's margin beside the verdict; every segment's, computed, in the ranking
    assert "17.0%" in again.text and "11.9%" in again.text and "6.2%" in again.text
    # another segment with the highest margin: "No", with the pick's place
    page = PAGE.replace("Harbor Pumps $61,200", "Harbor Pumps $92,000")
    first = R.rank_members("Which of Tidewell Pump's segments expanded net sales the most in 2025", q, page, {2025})
    again, verdict, line = R.rank_again("did the same one also earn the highest operating margin?", first, q, page,
                                        {2025})  # fmt: skip
    assert verdict == "No" and again.top.label == "Harbor Pumps" and "Field Valves comes second" in line


def test_the_best_on_margin_without_a_margin_row_is_the_computed_operating_margin():
    q = "Which of Tidewell Pump's segments expanded net sales the most in 2025, and was that one also the best on margin?"
    first = R.rank_members("Which of Tidewell Pump's segments expanded net sales the most in 2025", q, PAGE, {2025})
    got = R.rank_again("was that one also the best on margin?", first, q, PAGE, {2025})
    assert got is not None and got[1] == "Yes" and "17.0%" in got[2], got
