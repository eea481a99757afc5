"""Segment rankings read from a PDF's text that ran table rows together, the block of the asked kind of member, and
"..., and did any segment shrink?" read from every member's computed change (session 18, issues 10 and 11).

Every page and question below was written for these tests (fictional filers: Brindle Mills, Quarrystone Brands).
"""

from __future__ import annotations

from assistant.answer import member_asks
from assistant.answer import table_rankings as R
from assistant.answer.member_rows import split_joined_rows
from assistant.types import DocMeta

# a segment note as a PDF's text gives it: two rows on one line, the block's title run into its first row, and a
# table of one segment's operating units on the page with as many rows
BRINDLE_NOTE = """Our operating segment results were as follows:
Fiscal Year
In Millions 2025 2024 2023 Net sales: Grocery $ 6,410.2 $ 6,302.7 $ 6,118.0
Foodservice 1,904.3 2,101.5 1,988.6
Animal Nutrition 1,530.9 1,201.4 1,150.2 Export 822.6 760.1 702.3
Total $ 10,668.0 $ 10,365.7 $ 9,959.1 Operating profit: Grocery $ 1,380.2 $ 1,402.9 $ 1,377.4
Foodservice 160.4 188.0 171.3
Animal Nutrition 301.6 255.9 240.8 Export 88.1 80.2 71.9
Net sales for our Grocery operating units were as follows:
Fiscal Year
In Millions 2025 2024 2023 Cereals $ 2,210.5 $ 2,190.4 $ 2,100.9 Baking 1,660.0 1,702.3 1,640.1 Snacks 1,702.1 1,590.5 1,570.0
Canada 837.6 819.5 807.0
Total $ 6,410.2 $ 6,302.7 $ 6,118.0
"""

# the same kind of note in other words: a company's divisions, three rows run together, no title run in
QUARRY_NOTE = """Net revenue by division:
(in millions) 2025 2024
Home Care $ 912.4 $ 880.0 Personal Care 611.8 640.3 Outdoor 402.7 351.9
Total $ 1,926.9 $ 1,872.2
Net revenue by brand family was as follows:
(in millions) 2025 2024
Stonebright 700.1 690.2 Petalfresh 650.3 610.0 Trailhaven 576.5 572.0
Total $ 1,926.9 $ 1,872.2
"""


def test_rows_run_together_are_cut_back_into_one_line_each():
    out = split_joined_rows(BRINDLE_NOTE).split("\n")
    assert "Net sales:" in out and "Grocery $ 6,410.2 $ 6,302.7 $ 6,118.0" in out
    assert "Animal Nutrition 1,530.9 1,201.4 1,150.2" in out and "Export 822.6 760.1 702.3" in out
    assert "In Millions 2025 2024 2023" in out
    # a line of another shape stays as it is
    assert split_joined_rows("Fiscal Year 2025 Fiscal Year 2024") == "Fiscal Year 2025 Fiscal Year 2024"
    assert split_joined_rows("Revenue grew 4% in 2025 and 3% in 2024.") == "Revenue grew 4% in 2025 and 3% in 2024."
    q = split_joined_rows(QUARRY_NOTE).split("\n")
    assert "Personal Care 611.8 640.3" in q and "Outdoor 402.7 351.9" in q


def test_the_segments_are_ranked_from_the_segment_block_not_a_segments_operating_units():
    q = "Which of Brindle Mills' four segments grew net sales the fastest in fiscal 2025?"
    r = R.rank_members(q, q, BRINDLE_NOTE, {2025})
    assert r is not None and r.top.label == "Animal Nutrition", r and r.text
    assert "Foodservice -9.4%" in r.text


def test_divisions_are_ranked_from_the_division_block_not_the_brand_table():
    q = "Which of Quarrystone Brands' three divisions grew net revenue the fastest in 2025?"
    r = R.rank_members(q, q, QUARRY_NOTE, {2025})
    assert r is not None and r.top.label == "Outdoor", r and r.text


def test_did_any_member_shrink_is_read_from_every_members_change():
    assert member_asks.asks_any_member_move("and did any segment shrink?") == "down"
    assert member_asks.asks_any_member_move("did any of them decline") == "down"
    assert member_asks.asks_any_member_move("and did any division grow?") == "up"
    assert member_asks.asks_any_member_move("and did that share grow from the prior year?") is None
    q = "Which of Brindle Mills' four segments grew net sales the fastest in fiscal 2025, and did any segment shrink?"
    r = R.rank_members("Which of Brindle Mills' four segments grew net sales the fastest in fiscal 2025", q,
                       BRINDLE_NOTE, {2025})  # fmt: skip
    verdict, line = R.any_member_moved("and did any segment shrink", r)
    assert verdict == "Yes" and "Foodservice" in line and "Grocery" not in line
    q2 = "Which of Quarrystone Brands' three divisions grew net revenue the fastest in 2025?"
    r2 = R.rank_members(q2, q2, QUARRY_NOTE, {2025})
    assert R.any_member_moved("did any of them decline?", r2)[0] == "Yes"
    assert R.any_member_moved("did any division grow?", r2)[0] == "Yes"


def test_the_two_part_question_is_answered_from_the_ranked_rows():
    from one_page import pages_answerer

    meta = DocMeta(doc_id="bm25", doc="BRINDLEMILLS_2025_10K", source="BRINDLEMILLS_2025_10K.pdf",
                   title="Brindle Mills 10-K 2025", company="Brindle Mills", doc_type="10-K", fiscal_year=2025,
                   period="FY2025")  # fmt: skip
    q = "Which of Brindle Mills' four segments grew net sales the fastest in fiscal 2025, and did any segment shrink?"
    ans = pages_answerer(meta, {40: BRINDLE_NOTE}).ask(q)
    assert not ans.refused, ans.text
    assert "Animal Nutrition had the highest growth" in ans.text and "Foodservice -9.4%" in ans.text, ans.text
    assert "1 of the 4 members declined" in ans.text, ans.text
