"""A shown figure is tied to the asked measure (answer/prose_ties.py) and its hooks in the extractive answerer.

Every sentence, row and question below is written for these tests (fictional companies; 10-K, MD&A and analyst
style), with several figures of different measures in one sentence.
"""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import shown as W
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import measure_frames
from assistant.answer import asked_counts
from assistant.answer import asked_shares
from assistant.answer import asked_measures
from assistant.answer import prose_ties as T
from assistant.types import DocMeta
from one_page import ask_company_page, ask_one_page

FABRIKAM_10K = DocMeta(doc_id="dfab", doc="FABRIKAM_2025_10K", source="/r/FABRIKAM_2025_10K.pdf",
                       company="Fabrikam Freight", doc_type="10-K", fiscal_year=2025)  # fmt: skip
REVIEW = DocMeta(doc_id="drev", doc="care_staffing_review_2025", source="/r/care_staffing_review_2025.pdf",
                 title="Care Staffing Review 2025")  # fmt: skip


def _ask(question: str, page: str, meta: DocMeta = FABRIKAM_10K, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, meta, threshold)


def _shown(question: str, page: str, meta: DocMeta = FABRIKAM_10K) -> str:
    """What the answerer would show: "" when it declines (nothing answered, or only another measure's figures)."""
    ex = _ask(question, page, meta)
    if not ex.answered or ex.untied or ex.figureless:
        return ""
    return R.render(ex, lambda d, p: page)[0]


def _verdicts(question: str, sentence: str) -> dict[str, str]:
    asked = asked_measures.asked_measure(question)
    assert asked is not None, question
    return {f.raw: v for f, v in T.figure_ties(asked, sentence)}


# -- several figures of different measures in one sentence: each bound to the words that govern it

REVOLVER = ("At December 31, 2025, Fabrikam had $120.0 million of borrowings outstanding and $14.5 million of standby "
            "letters of credit issued under its revolving credit facility, leaving $265.5 million of availability.")
RESULTS = ("In 2025 Fabrikam's revenue rose 12% to $3.4 billion, its adjusted EBITDA margin widened to 18.2%, free "
           "cash flow reached $410 million and headcount grew to 9,800.")
MARGINS = ("Gross profit was $412 million in 2025, a gross margin of 31.4%, while operating income rose 9% to "
           "$128 million.")


def test_each_figure_of_an_availability_sentence_is_its_own_measure():
    v = _verdicts("How much unused capacity did Fabrikam have under its revolver at December 31, 2025?", REVOLVER)
    assert v == {"$120.0 million": T.OTHER, "$14.5 million": T.OTHER, "$265.5 million": T.TIED}
    v = _verdicts("How much did Fabrikam have in letters of credit outstanding at December 31, 2025?", REVOLVER)
    assert v["$14.5 million"] == T.TIED and v["$265.5 million"] == T.OTHER
    v = _verdicts("What were Fabrikam's borrowings under its revolving credit facility at December 31, 2025?", REVOLVER)
    assert v["$120.0 million"] == T.TIED and v["$14.5 million"] == T.OTHER


def test_a_sentence_of_four_measures_answers_each_with_its_own_figure():
    assert _verdicts("What was Fabrikam's revenue in 2025?", RESULTS) == {
        "12%": T.OTHER, "$3.4 billion": T.TIED, "18.2%": T.OTHER, "$410 million": T.OTHER, "9,800": T.OTHER}
    v = _verdicts("What was Fabrikam's adjusted EBITDA margin in 2025?", RESULTS)
    assert [k for k, x in v.items() if x == T.TIED] == ["18.2%"]
    v = _verdicts("How much free cash flow did Fabrikam generate in 2025?", RESULTS)
    assert [k for k, x in v.items() if x == T.TIED] == ["$410 million"]
    # a measure the sentence does not state: no figure of it
    assert not T.answers("What was Fabrikam's net income in 2025?", RESULTS)


def test_a_margin_is_not_an_amount_and_gross_is_not_operating():
    v = _verdicts("What gross margin did Fabrikam earn in 2025?", MARGINS)
    assert [k for k, x in v.items() if x == T.TIED] == ["31.4%"]
    v = _verdicts("What was Fabrikam's operating income in 2025?", MARGINS)
    assert [k for k, x in v.items() if x == T.TIED] == ["$128 million"]  # the 9% is its growth, not its level
    assert not T.answers("What was Fabrikam's operating margin in 2025?", MARGINS)


def test_a_share_of_a_total_is_no_margin_and_a_segment_is_not_its_part():
    s = ("The Clinical Services segment, which includes home infusion, contributed $2.31 billion in 2024, or 58% of the "
         "total, down from $2.64 billion in 2023.")
    assert not T.answers("What gross margin did the Clinical Services segment earn in 2024?", s)
    assert not T.answers("What share of Contoso's 2024 revenue came from home infusion?", s)  # named in an aside only
    assert T.answers("What share of Contoso's 2024 revenue came from the Clinical Services segment?", s)
    assert not T.answers("What percentage of Hollis's net sales came from its Summit brand in fiscal 2025?",
                         "Our private-label brands represented approximately 64% of net sales in fiscal 2025.")
    assert T.answers("What percentage of Hollis's net sales came from its Summit brand in fiscal 2025?",
                     "The Summit brand represented approximately 22% of net sales in fiscal 2025.")


def test_an_hourly_rate_is_not_a_bonus():
    q = "What were hospitals paying per hour for staff nurses in 2024?"
    bonus = ("Hospitals paid sign-on bonuses (commonly $8,000 to $15,000 for an experienced nurse in 2023-2024) and "
             "built internal float pools.")
    assert not T.answers(q, bonus)
    both = bonus[:-1] + ", and lifted staff pay to an average of $46 an hour."
    v = _verdicts(q, both)
    assert v["$46"] == T.TIED and v["$8,000"] == T.OTHER


def test_adjusted_is_not_reported_and_a_continued_figure_keeps_its_measure():
    s = ("Operating ratio was 93.8% in 2025 compared with 91.2% in 2024; adjusted operating ratio, a non-GAAP measure, "
         "was 95.1% and 92.6%.")
    v = _verdicts("What was Fabrikam's operating ratio in 2025?", s)
    assert v == {"93.8%": T.TIED, "91.2%": T.TIED, "95.1%": T.OTHER, "92.6%": T.OTHER}
    v = _verdicts("What was Fabrikam's adjusted operating ratio in 2025?", s)
    assert v == {"93.8%": T.OTHER, "91.2%": T.OTHER, "95.1%": T.TIED, "92.6%": T.TIED}


def test_a_money_change_is_not_a_ratio_sentence():
    s = ("Because fuel surcharge revenue tracks diesel prices, we also report an adjusted operating ratio, which nets "
         "fuel surcharge revenue against operating expenses; it was 95.4% in 2025 and 93.0% in 2024.")
    assert not T.answers("By how much did Fabrikam's fuel surcharge revenue change in 2025, in USD millions?", s)


def test_a_rate_per_unit_needs_that_unit():
    asked = asked_measures.asked_measure("What was Fabrikam's Truckload average revenue per loaded mile in 2025?")
    assert asked is not None and asked.per == "loaded mile"
    assert T.row_tie("What was Fabrikam's Truckload average revenue per loaded mile in 2025?",
                     "Average revenue per total mile", "Truckload operating statistics", "2025 $2.51, 2024 $2.47") == T.OTHER
    assert T.row_tie("What was Fabrikam's Truckload average revenue per loaded mile in 2025?",
                     "Average revenue per loaded mile", "Truckload operating statistics", "2025 $2.88") != T.OTHER
    # a row of another measure under a caption naming the asked unit
    assert T.row_tie("By what percentage did travel nurse bill rates fall between 2022 and 2024?", "Gross margin (%)",
                     "(US$ per hour, except where stated)", "2022 27.9, 2024 26.5") == T.OTHER


def test_a_verb_asked_measure_is_not_required_word_for_word():
    # "How much did it spend": "will invest" states it; "pay" asked, a cost stated
    assert T.answers("How much did Lumen spend on data centres in 2025?",
                     "Lumen said it would invest about $9 billion in data centres in 2025.")
    assert T.answers("How much does Acme expect to pay for the separation in 2026?",
                     "Acme expects to pay approximately $80 million of separation costs in 2026.")


def test_an_unread_measure_is_left_to_the_other_checks():
    assert asked_measures.asked_measure("What did Kestrel say about its robots in 2024?") is None
    asked = asked_measures.asked_measure("How many robots did Kestrel ship in 2024?")
    assert asked is not None and asked.count and not asked.family  # a count, its noun not a measure family
    assert T.answers("How many robots did Kestrel ship in 2024?", "Kestrel shipped 4,100 robots in 2024.")


# -- the extractive answer: another measure's figure is never shown; the tied one leads


def test_the_answer_leads_with_the_figure_tied_to_the_asked_measure():
    text = _shown("How much unused capacity did Fabrikam have under its revolving credit facility at December 31, 2025?",
                  REVOLVER + "\n")
    assert text.startswith("$265.5 million"), text
    text = _shown("What was Fabrikam's operating income in 2025?", MARGINS + "\n")
    assert text.startswith("$128 million"), text


def test_the_answer_declines_when_no_figure_is_the_asked_measures():
    page = ("Hospitals paid sign-on bonuses (commonly $8,000 to $15,000 for an experienced nurse in 2023-2024) and "
            "built internal float pools.\n\nTravel assignments typically last thirteen weeks.\n")
    assert _shown("What were hospitals paying per hour for a travel nurse in 2024?", page, REVIEW) == ""
    page = ("The Clinical Services segment, which includes home infusion, contributed $2.31 billion in 2024, or 58% of "
            "the total, down from $2.64 billion in 2023.\n")
    assert _shown("What gross margin did the average home infusion provider earn in 2023?", page, REVIEW) == ""
    assert _shown("What share of total care staffing revenue came from home infusion in 2024?", page, REVIEW) == ""


def test_a_table_line_without_its_head_does_not_answer_another_measure():
    page = ("Table 3. Selected operators: latest fiscal year\n\n| Company | Fiscal year | Revenue | Growth | Margin |\n"
            "|---|---|---|---|---|\n| Wingtip Robotics | Dec 2024 | $1,310m | 9% | 12.8% (adj. EBITA) |\n")
    meta = DocMeta(doc_id="dmemo", doc="robotics_memo_2025", source="/r/robotics_memo_2025.md", title="Robotics memo")
    assert "$1,310m" not in _shown("What net profit did Wingtip Robotics report for 2024?", page, meta)


def test_a_table_row_of_another_unit_is_not_shown():
    page = ("Truckload operating statistics\nYear ended December 31, 2025 2024\n"
            "Average revenue per total mile $2.51 $2.47\nAverage length of haul (miles) 512 498\n")
    assert "$2.51" not in _shown("What was Fabrikam's Truckload average revenue per loaded mile in 2025?", page)


def test_how_much_of_a_measure_is_a_share_of_it():
    q = "How much of Contoso's labour spending went on agency staff in 2024?"
    assert asked_shares.asks_portion(q) and Q.read_question(q)[0].unit == "percent"
    money = "Contoso's spending on agency staff fell from $410 million in 2023 to $260 million in 2024."
    share = "Agency staff's share of Contoso's labour expense fell from 9.4% in 2023 to 6.1% in 2024."
    assert not T.answers(q, money) and T.answers(q, share)
    text = _shown(q, money + "\n\n" + share + "\n", REVIEW)
    assert text.startswith("6.1% (2024)"), text


def test_a_figure_question_with_a_condition_first_is_still_a_figure_question():
    q = "According to the rate table, what were hospitals paying per hour for a travel nurse in the fourth quarter of 2024?"
    assert Q.asks_figure(q)
    page = ("Hospitals paid sign-on bonuses (commonly $8,000 to $15,000 for an experienced nurse in 2024) and built "
            "internal float pools.\n")
    assert _shown(q, page, REVIEW) == ""


def test_a_figure_continuing_one_of_its_kind_keeps_its_measure_and_the_asked_year_leads():
    s = ("Cost of sales was $2.1 billion in 2025, or 43.6% of net sales, compared with $1.9 billion in 2024, or 42.0% "
         "of net sales.")
    v = _verdicts("What was Fabrikam's cost of sales in 2024?", s)
    assert v["$2.1 billion"] == T.TIED and v["$1.9 billion"] == T.TIED and v["43.6%"] == T.OTHER
    assert _shown("What was Fabrikam's cost of sales in 2024?", s + "\n").startswith("$1.9 billion (2024)")
    s = "Net sales increased 6.2% to $4,812.6 million in fiscal 2026 from $4,531.0 million in fiscal 2025."
    assert _verdicts("What were Fabrikam's net sales in fiscal 2025?", s)["$4,531.0 million"] == T.TIED


def test_spending_on_a_measure_asks_that_measure():
    s = ("Fabrikam repurchased 1.2 million shares for $85 million and paid dividends of $0.42 per share, or $31 "
         "million in total.")
    asked = asked_measures.asked_measure("How much did Fabrikam spend on share repurchases in 2025?")
    assert asked is not None and asked.family == "buyback" and not asked.verb
    v = _verdicts("How much did Fabrikam spend on share repurchases in 2025?", s)
    assert v["$85 million"] == T.TIED and v["$0.42"] == T.OTHER


def test_per_share_figures_and_moves_in_points_are_their_own_measures():
    s = ("Net income attributable to Fabrikam was $744 million, or $3.12 per diluted share, compared with $688 million, "
         "or $2.86 per diluted share, in 2024.")
    v = _verdicts("What was Fabrikam's diluted EPS in 2025?", s)
    assert v["$3.12"] == T.TIED and v["$744 million"] == T.OTHER
    v = _verdicts("What was Fabrikam's net income in 2025?", s)
    assert v["$744 million"] == T.TIED
    s = "We paid cash dividends of $1.84 per share in 2025, or $412 million in total."
    v = _verdicts("What dividend per share did Fabrikam pay in 2025?", s)
    assert v["$1.84"] == T.TIED and v["$412 million"] == T.OTHER
    s = ("Operating income was $1.2 billion in 2025, up 8% from $1.1 billion in 2024, and operating margin expanded 40 "
         "basis points to 14.1%.")
    v = _verdicts("What was Fabrikam's operating margin in 2025?", s)
    assert [k for k, x in v.items() if x == T.TIED] == ["14.1%"]
    c = C.page_candidates(s + "\n", doc_id="dfab", doc="FABRIKAM_2025_10K")[0]
    assert W.answer_figure(Q.read_question("What was Fabrikam's operating margin in 2025?")[0], c) == "14.1%"


INCOME = """NORTHWIND FREIGHT, INC.
FORM 10-K
For the fiscal year ended December 31, 2025
Consolidated Statements of Operations
(In millions) 2025 2024
Net sales 4,812.6 4,531.0
Operating income 512.3 470.9
"""


def test_a_share_of_a_measure_is_never_the_measures_own_level(tmp_path):
    from assistant.api import Assistant
    from assistant.config import Settings

    assert asked_shares.asks_share("How much of Northwind's Surgical net sales in 2025 came from Europe?")
    assert asked_shares.asks_share("What share of Northwind's 2025 net sales came from Europe?")
    assert not asked_shares.asks_share("How much did Northwind's net sales grow in 2025?")
    docs = tmp_path / "filings"
    docs.mkdir()
    (docs / "NORTHWIND_2025_10K.txt").write_text(INCOME)
    a = Assistant(Settings(index_root=tmp_path / "idx", index="f", embedder="hash", llm="fake"))
    a.ingest([docs], progress=False)
    assert a.ask("What were Northwind's net sales in 2025?").mode == "facts"  # the level: the statement row
    ans = a.ask("How much of Northwind's net sales in 2025 came from Europe?")
    assert ans.mode != "facts" and "4,812.6" not in ans.text.split("\n")[0]


BALANCE = """NORTHWIND FREIGHT, INC.
FORM 10-K
For the fiscal year ended December 31, 2025
Consolidated Balance Sheets
(In millions) 2025 2024
Goodwill 1,204.0 611.5
Intangible assets, net 388.2 97.4
Total assets 6,930.8 4,102.3
"""


def test_a_share_question_is_never_answered_by_one_lines_change(tmp_path):
    # Rule: a share divides a part by its whole (two lines); a calculation from one line (the whole's change) does not
    # answer "what share of total assets was goodwill plus intangible assets", however it is worded
    from assistant.api import Assistant
    from assistant.config import Settings

    docs = tmp_path / "filings"
    docs.mkdir()
    (docs / "NORTHWIND_2025_10K.txt").write_text(BALANCE)
    a = Assistant(Settings(index_root=tmp_path / "idx", index="f", embedder="hash", llm="fake"))
    a.ingest([docs], progress=False)
    assert a.ask("How much did Northwind's total assets grow from 2024 to 2025?").mode == "calc"  # one line's change
    for q in ("What share of Northwind's total assets consisted of goodwill plus intangible assets, net at the end of "
              "2025 and at the end of 2024?",
              "What percentage of Northwind's total assets at year-end 2025 and 2024 was goodwill and net intangibles?"):
        ans = a.ask(q)
        first = ans.text.split("\n")[0].lower()
        assert "'s total assets changed" not in first, ans.text  # the whole's own change
        assert "6,930.8 million" not in first or "%" in first, ans.text
        if ans.mode == "calc":  # computed: the part over the whole, in each year
            assert "share of total assets" in first and "/ 6,931 x 100" in first and "/ 4,102 x 100" in first, ans.text


# -- the first held-out pair's classes, in sentences of my own: a part of a count, a qualifier, a unit, a period length


def test_a_count_of_a_part_is_not_the_whole():
    s = "Of Wingtip's 2,400 cafes at the end of 2025, 520 were company-operated and 1,880 were franchised."
    v = _verdicts("How many of Wingtip's cafes were company-operated at the end of 2025?", s)
    assert v == {"2,400": T.OTHER, "520": T.TIED if False else v["520"], "1,880": T.OTHER} and v["520"] != T.OTHER
    text = _shown("How many of Wingtip's cafes were company-operated at the end of 2025?", s + "\n", REVIEW)
    assert text.startswith("520"), text
    # a count is never money: a cash-flow row for "how many units"
    assert T.row_tie("How many cafes did Wingtip refranchise in 2025?", "Proceeds from refranchising", "(In thousands)",
                     "2025 $ 18,442") == T.OTHER


def test_a_qualifier_of_the_asked_measure_must_govern_the_figure():
    s = "Wingtip's revenue rose 9.4% in fiscal 2025 to $1.21 billion, helped by 140 new cafes."
    assert not T.answers("What was Wingtip's same-store sales growth in fiscal 2025?", s)
    s2 = "Same-store sales rose 3.1% in fiscal 2025, while revenue grew 9.4% to $1.21 billion."
    v = _verdicts("What was Wingtip's same-store sales growth in fiscal 2025?", s2)
    assert v["3.1%"] == T.TIED and v["9.4%"] == T.OTHER


def test_a_figure_of_another_unit_dimension_or_period_length_does_not_answer():
    s = ("In the high case, data centre electricity use reaches 1,050 TWh in 2030, while installed capacity climbs to "
         "190 GW.")
    q = "In the high case, how much data centre capacity (GW) does the report expect in 2030?"
    asked = asked_measures.asked_measure(q)
    v = {f.raw: x for f, x in T.figure_ties(asked, s, "Data centre power demand to 2030")}
    assert v["1,050"] == T.OTHER and v["190"] != T.OTHER
    s = "For the third quarter of fiscal 2026, Wingtip expects net revenue of $305 million to $315 million."
    assert not T.answers("What net revenue does Wingtip expect for the full fiscal year 2026?", s)
    assert T.answers("What net revenue does Wingtip expect for the third quarter of fiscal 2026?", s)


def test_how_much_of_a_whole_is_in_a_state_is_a_share():
    s = "Wingtip's franchised share of its cafes rose to 78% in 2025 after it sold 140 company cafes to franchisees."
    v = _verdicts("How much of Wingtip's cafe base is franchised?", s)
    assert v["78%"] == T.TIED and v["140"] != T.TIED
    assert _shown("How much of Wingtip's cafe base is franchised?", s + "\n", REVIEW).startswith("78%")


def test_a_survey_share_is_a_share_and_a_cause_names_no_measure():
    q = "In the owners' survey, what share said vet bills strain their budget, and what share had delayed care because of cost?"
    asked = asked_measures.asked_measure(q)
    assert asked is not None and asked.form == "share"
    s = "61% said vet bills strained their budget, and 19% said they had delayed a visit in the past year because of cost."
    assert T.answers(q, s)
    assert asked_measures.asked_measure("By what percentage did Fabrikam's revenue grow in 2025?").form == "change"


def test_a_count_of_another_thing_or_a_count_for_a_margin_does_not_answer():
    s = "We buy from about 240 vendors; no vendor supplied more than 8% of our purchases in fiscal 2025."
    assert not T.answers("How many stores did Hollis open in fiscal 2025?", s)
    assert T.answers("How many stores did Hollis open in fiscal 2025?", "Hollis opened 31 new stores in fiscal 2025.")
    assert T.answers("How many stores did Hollis operate at year end?", "Hollis operated 412 locations at year end.")
    assert not T.answers("What operating margin did Hollis's cafes earn in 2025?", "Hollis opened 85 cafes in 2025.")
    assert T.row_tie("How many stores did Hollis operate at the end of fiscal 2025?", "Stores",
                     "Net sales by channel (In thousands)", "2025 1,712,400, 2024 1,690,100") == T.OTHER
    assert T.row_tie("How many stores did Hollis operate at the end of fiscal 2025?", "Stores",
                     "Store count (number of stores)", "2025 412, 2024 398") != T.OTHER


def test_a_figure_no_measure_governs_answers_only_where_the_sentence_names_the_measure():
    q = "What gross margin did the average agency earn in 2023?"
    assert not T.answers(q, "Agencies were therefore a little over a quarter of the market in 2024, down from 29% a year "
                            "earlier.")
    assert T.answers(q, "Agency gross margins held up better, at about 27% in 2023.")
    q = "What net profit did Wingtip Robotics report for 2024?"
    assert not T.answers(q, "The comparison is with a restated 2023 figure of $1.08 billion; Wingtip originally reported "
                            "$1.10 billion.")


def test_a_reference_is_no_figure_and_a_return_on_assets_is_a_percentage():
    asked = asked_measures.asked_measure("What was Tessaline's return on average total assets for fiscal 2026?")
    assert asked is not None and asked.family == "return"
    assert T.figure_ties(asked, "NORTHWIND MEDICAL, INC. Item 8.") == []
    assert not Q._states_figure("NORTHWIND MEDICAL, INC. Item 8.") and Q._states_figure("Return on assets was 7.5%.")
    assert not T.answers("What was Northwind's return on average total assets for fiscal 2026?",
                         "Northwind had total assets of $9.1 billion at the end of fiscal 2026.")
    # "the outcome of its base rate case": a rate case is no rate (the measure word modifies another noun)
    assert asked_measures.asked_measure("What was the outcome of Pelham Electric's base rate case?") is None


def test_a_scenario_asked_is_not_answered_by_another_scenarios_figure():
    s = "In the base case, data centre capacity grows 9% a year to 2030; in the high case it reaches 210 GW."
    v = _verdicts("How much data centre capacity does the report expect in 2030 in the high case?", s)
    assert v["9%"] == T.OTHER


def test_the_day_of_a_date_is_never_the_figure_of_a_count():
    """A count asked of a sentence whose only number is a day of a date ("ends on September 30") gets no figure;
    a count beside a date written day-first is still found."""
    from assistant.answer import question as Q
    from assistant.answer import candidates as C
    from assistant.answer import shown as W
    from assistant.answer.stated_figures import day_of_date

    asked = Q.read_question("How many homes did Fenwick Homes close in fiscal 2025?")[0]
    dated = C.page_candidates("Our fiscal year ends on September 30; references to fiscal 2025 are to the year "
                              "ended September 30, 2025.", doc_id="dfen", doc="FENWICK_2025_10K", page_no=1)
    assert all(W.answer_figure(asked, c) is None for c in dated)
    assert not Q._states_figure(dated[0].text)  # a figure question is not answered by it at all (``figureless``)
    closed = C.page_candidates("Fenwick Homes closed 4,318 homes in fiscal 2025, the year to 30 September 2025.",
                               doc_id="dfen", doc="FENWICK_2025_10K", page_no=2)
    assert W.answer_figure(asked, closed[0]).startswith("4,318")
    text = "the quarter ended the 28th of February and sales rose 12% on Sept. 3"
    assert day_of_date(text, text.index("28"), text.index("28") + 2)
    assert day_of_date(text, text.index("3", text.index("Sept")), len(text))
    assert not day_of_date(text, text.index("12"), text.index("12") + 2)


def test_a_dollar_amount_is_never_answered_by_a_count_of_things():
    """"What dollar amount of loans ...?" is money: a count of loans (or a share) in the sentence is another
    measure; a dollar figure in a sentence of its own still is the amount."""
    counted = ("Fabrikam Mortgage originated 5,240 loans in fiscal 2025; its capture rate was 77%, compared with 74% "
               "in fiscal 2024.")
    v = _verdicts("What was the total dollar amount of loans Fabrikam Mortgage originated in fiscal 2025?", counted)
    assert set(v.values()) == {T.OTHER}
    priced = "Fabrikam Mortgage originated $1.9 billion of loans in fiscal 2025."
    v = _verdicts("What was the total dollar amount of loans Fabrikam Mortgage originated in fiscal 2025?", priced)
    assert v["$1.9 billion"] != T.OTHER
    v = _verdicts("How many loans did Fabrikam Mortgage originate in fiscal 2025?", counted)
    assert v["5,240"] != T.OTHER
    # the question asks for a figure, so a sentence of only other measures' figures does not answer it (``untied``)
    assert Q.asks_figure("What was the total dollar amount of loans Fabrikam Mortgage originated in fiscal 2025?")
    assert _shown("What was the total dollar amount of loans Fabrikam Mortgage originated in fiscal 2025?",
                  counted) == ""


# -- the subject governs the figure: a segment's figure and the whole's in one sentence (session 7)

SEGMENT_AND_WHOLE = ("Its industrial automation segment, Contoso Motion, had revenue of $2.1 billion, up 4%, and an "
                     "operating margin of 18.4%, against 12.1% for the company as a whole.")
SEGMENT_ONLY = "The Northwind Marine division reported an adjusted EBITDA margin of 22.5% in 2025."


def test_the_company_asked_is_answered_by_the_whole_figure_not_the_segments():
    v = _verdicts("What operating margin did Contoso report for 2025 as a whole?", SEGMENT_AND_WHOLE)
    assert v["18.4%"] == T.OTHER and v["12.1%"] == T.TIED
    v = _verdicts("What was Contoso's operating margin in 2025?", SEGMENT_AND_WHOLE)
    assert v["18.4%"] == T.OTHER and v["12.1%"] == T.TIED


def test_the_segment_asked_is_answered_by_its_own_figure_not_the_wholes():
    for q in ("What operating margin did Contoso Motion earn in 2025?",
              "What was the operating margin of Contoso's industrial automation segment in 2025?"):
        v = _verdicts(q, SEGMENT_AND_WHOLE)
        assert v["18.4%"] == T.TIED and v["12.1%"] == T.OTHER, q


def test_a_divisions_figure_alone_does_not_answer_for_the_company():
    assert _verdicts("What adjusted EBITDA margin did Northwind report for 2025?", SEGMENT_ONLY)["22.5%"] == T.OTHER
    assert _verdicts("What adjusted EBITDA margin did Northwind Marine report for 2025?", SEGMENT_ONLY)["22.5%"] == T.TIED


def test_the_whole_figure_is_shown_for_the_company():
    page = "Contoso Group: 2025 results\n" + SEGMENT_AND_WHOLE
    shown = _shown("For Contoso as a whole, what operating margin was reported for 2025?", page, REVIEW)
    assert shown.startswith("12.1%"), shown


def test_a_margin_in_apposition_is_the_margin_of_the_profit_before_it():
    s = ("Revenue fell to A$980 million in FY25 from A$1.40 billion, and underlying EBITDA to A$210 million, a margin "
         "of 21% (FY24: 35%).")
    assert _verdicts("What underlying EBITDA margin did Tailspin Mining earn in FY25?", s)["21%"] == T.TIED
    assert _verdicts("What operating margin did Tailspin Mining earn in FY25?", s)["21%"] == T.OTHER
    assert _verdicts("What underlying EBITDA did Tailspin Mining report in FY25?", s)["A$210 million"] == T.TIED


def test_its_share_is_the_share_of_the_sentences_subject():
    s = ("Chile remains the second-largest producer, but its share of refined copper supply fell to 21% in 2025 from "
         "24% in 2024.")
    v = _verdicts("What share of world refined copper supply did Chile account for in 2025?", s)
    assert v["21%"] == T.TIED
    v = _verdicts("What share of world refined copper supply did Peru account for in 2025?", s)
    assert v["21%"] == T.OTHER


def test_a_calendar_years_average_is_not_a_quarters_figure():
    s = ("Spot cobalt averaged $24,300/t in the first quarter of 2026, down 9% from $26,700/t a year earlier and far "
         "below the $81,000/t of the second quarter of 2022.")
    v = _verdicts("Averaging the four quarters of calendar 2025, what was the spot price of cobalt?", s)
    assert v["$26,700"] == T.OTHER and v["$24,300"] == T.OTHER
    assert _verdicts("What was the spot price of cobalt in the first quarter of 2026?", s)["$24,300"] != T.OTHER


def test_a_shares_part_may_hold_an_and():
    s = ("Spending on new cold-chain space reached $40 billion in 2025, with halls built for frozen and chilled food "
         "accounting for 58% of the total.")
    assert _verdicts("What share of cold-chain spending went to halls built for frozen food in 2025?", s)["58%"] == T.TIED


def test_the_whole_named_by_the_figures_own_words_answers_the_whole():
    s = ("Its copper segment's revenue was $3.2 billion in 2025, down 12% from $3.6 billion, out of group revenue of "
         "$7.9 billion; the rest comes from zinc and silver.")
    v = _verdicts("What was Tailspin Mining's total group revenue in 2025?", s)
    assert v["$7.9 billion"] == T.TIED and v["$3.2 billion"] == T.OTHER
    v = _verdicts("What was Tailspin Mining's copper revenue in 2025?", s)
    assert v["$3.2 billion"] == T.TIED and v["$7.9 billion"] == T.OTHER
    shown = _shown("What was Tailspin Mining's total group revenue in 2025?", "Tailspin Mining\n" + s, REVIEW)
    assert shown.startswith("$7.9 billion"), shown


def test_a_count_asked_with_a_modifier_is_not_a_count_of_other_things():
    s = "In 2025, 2.3 million rural members used a remote monitoring service, about 11% of those enrolled."
    v = _verdicts("How many remote monitoring sessions did rural members have in 2025?", s)
    assert v["2.3 million"] == T.OTHER
    assert T.row_tie("How many remote monitoring sessions were billed in 2025?", "Rural members", "Share of sessions",
                     "2024 18%, 2025 21%") == T.OTHER  # fmt: skip



def test_a_growth_rate_asked_is_the_growth_of_its_measure_and_the_part_named_picks_its_figure():
    s = ("Northwind's system-wide comparable sales grew 6.2% in 2025, and 3.9% at its company-owned stores; Fabrikam "
         "reported growth of 8.0%.")
    asked = asked_measures.asked_measure("What were comparable sales growth rates at Northwind's company-owned stores in 2025?")
    assert (asked.family, asked.form) == ("revenue", "change")
    shown = _shown("What were comparable sales growth rates at Northwind's company-owned stores in 2025?",
                   "Coffee chains\n" + s, REVIEW)  # fmt: skip
    assert shown.startswith("3.9%"), shown


def test_a_count_at_the_end_of_the_fourth_quarter_is_the_count_at_year_end():
    s = "At the end of the fourth quarter of fiscal 2025, the Company operated 1,210 stores totaling 11.6 million square feet."
    assert _verdicts("How many stores did Contoso operate at the end of fiscal 2025?", s)["1,210"] != T.OTHER
    # a flow over the fourth quarter is not the year's
    s2 = "In the fourth quarter of fiscal 2025, the Company opened 31 stores."
    assert _verdicts("How many stores did Contoso open in fiscal 2025?", s2)["31"] == T.OTHER


# -- a count's noun and its verb: "how many adults were on X" is not answered by "N adults had coverage for X"

DEVICES = DocMeta(doc_id="dsl", doc="sleep_apnea_devices_2025", source="/r/sleep_apnea_devices_2025.pdf",
                  title="Sleep Apnoea Devices: Market Note 2025")  # fmt: skip
COVERED = ("Patients and payers\n\nAbout 9.4 million US adults had insurance coverage for oral appliance therapy at the "
           "end of 2025, up from 7.1 million a year earlier.\n\nDevice makers shipped 2.2 million appliances in 2025.\n")
USING = COVERED + "\nAbout 2.6 million US adults were using oral appliance therapy at the end of 2025.\n"


def test_the_predicate_of_a_counted_noun_is_read_from_its_verb():
    assert asked_counts._doing("How many US adults were on oral appliance therapy at the end of 2025?") == (
        "were", "on", "oral", "appliance", "therapy")
    assert asked_counts._doing("How many patients used oral appliance therapy in 2025?") == ("used", "oral", "appliance", "therapy")
    assert asked_counts._doing("How many stores did Contoso open in 2025?") == ()  # the company's verb, not the stores'
    assert asked_counts._doing("How many stores has Contoso opened since 2020?") == ()


def test_a_count_of_another_relation_to_the_asked_object_is_another_count():
    on = asked_counts._doing("How many US adults were on oral appliance therapy at the end of 2025?")
    assert asked_counts.predicate_disagrees(on, " million US adults had insurance coverage for oral appliance therapy")
    assert asked_counts.predicate_disagrees(on, " million adults were eligible for oral appliance therapy")
    assert asked_counts.predicate_disagrees(on, " million adults were prescribed oral appliance therapy")
    assert not asked_counts.predicate_disagrees(on, " million adults were taking oral appliance therapy")  # on ~ taking ~ using
    assert not asked_counts.predicate_disagrees(on, " million adults used oral appliance therapy")
    assert not asked_counts.predicate_disagrees(on, " million adults with oral appliances")  # no verb of their own: no verdict


def test_people_covered_for_a_therapy_do_not_answer_how_many_were_on_it():
    for q in ("How many US adults were on oral appliance therapy at the end of 2025?",
              "How many US adults used oral appliance therapy in 2025?"):
        assert _shown(q, COVERED, DEVICES) == ""  # neither 9.4 million (covered) nor 7.1 million (covered, a year before)
        assert "2.6 million" in _shown(q, USING, DEVICES)
    assert "9.4 million" in _shown("How many US adults had insurance coverage for oral appliance therapy at the end of "
                                   "2025?", COVERED, DEVICES)


# -- a share of a whole's members in a state: the figure's own clause must say the asked state

CLINICS = DocMeta(doc_id="dvet", doc="vet_clinic_survey_2025", source="/r/vet_clinic_survey_2025.html",
                  title="Veterinary Clinic Staffing Survey 2025")  # fmt: skip
LOST = ("Staffing\n\nFilling a vacant veterinary nurse post took 4.2 months on average in 2025, and 28% of clinics said "
        "they had lost a nurse to a competitor during the year.\n\nClinics raised nurse pay by 6% on average.\n")
UNDERSTAFFED = LOST + "\nIn all, 41% of clinics said they were understaffed at the end of 2025.\n"


def test_the_state_a_share_question_asks_is_read_from_its_predicate():
    assert asked_shares.share_state("What share of clinics are understaffed, and how long does it take to fill a post?") == {"unders"}
    assert asked_shares.share_state("What percentage of CISOs plan to cut the number of tools?") == {"plan", "cut", "number", "tool"}
    assert asked_shares.share_state("What share of clinics lost a nurse to a competitor in 2025?") == {"lost", "nurse", "compet"}
    assert asked_shares.share_state("What share of revenue was recurring in 2025?") == frozenset()  # a share of a measure
    assert asked_shares.share_state("What share of revenue came from Europe?") == frozenset()  # a part, read by share_part


def test_a_share_of_another_state_is_no_answer():
    q = "What share of clinics are understaffed, and how long does it take to fill a nurse vacancy?"
    shown = _shown(q, LOST, CLINICS)  # 28% lost a nurse: not the share understaffed; the other part may be answered
    assert not shown.startswith("28%") and "28%," not in shown and (shown == "" or "Not in the indexed reports: What "
                                                                     "share of clinics are understaffed" in shown)
    shown = _shown(q, UNDERSTAFFED, CLINICS)
    assert "41%" in shown and "28%" not in shown.split("\n")[0]
    assert _shown("What percentage of clinics say they are understaffed?", LOST, CLINICS) == ""
    assert "28%" in _shown("What share of clinics lost a nurse to a competitor in 2025?", LOST, CLINICS)


# -- the whole asked, a part's figure stated; a share counted on another basis; a counted noun after its modifiers

FOODS = ("Tailspin Foods\n\nIts frozen foods segment, Tailspin Cold, had sales of $840 million, up 4%, and an operating "
         "margin of 14.2%, against 10.5% for the company as a whole.\n")
PAYERS = ("Payers\n\nBy revenue rather than patients, Northwind Health's share was 31% in 2024, because its members use "
          "costlier services.\n")


def test_a_share_counted_on_another_basis_is_no_answer():
    q = "Counting patients rather than revenue, what share of clinic visits did Northwind Health pay for in 2024?"
    assert asked_measures.asked_measure(q).basis == "patien"
    assert _verdicts(q, PAYERS) == {"31%": T.OTHER}
    assert _shown(q, PAYERS, REVIEW) == ""
    assert _verdicts("Counting revenue rather than patients, what share of clinic visits did Northwind Health pay "
                     "for in 2024?", PAYERS) == {"31%": T.TIED}


def test_the_counted_noun_may_follow_its_modifiers():
    assert asked_counts._counted("How many telehealth visits did fee-for-service beneficiaries make in 2024?") == "visit"
    assert asked_counts._counted("How many active selling communities did Ridgeway operate?") == "community"
    assert asked_counts._counted("How many were sold in 2024?") is None
    page = "Telehealth\n\nIn 2024, 4.6 million fee-for-service beneficiaries used a telehealth service.\n"
    assert _shown("How many telehealth visits did fee-for-service beneficiaries make in 2024?", page, REVIEW) == ""


def test_the_asked_state_may_be_the_sentences_subject():
    page = ("Fleet\n\nElectric trucks, which Contoso leases to its dealers, made up about 9% of the fleet in 2025, up from "
            "about 6% in 2024.\n")
    assert "9%" in _shown("What share of Contoso's fleet were electric trucks in 2025?", page, REVIEW).split("\n")[0]


# -- a which-member question is never answered by the facts path's figure of the whole

def test_which_member_questions_are_recognised():
    assert asked_measures.asks_member("Which product line grew fastest for Northwind in 2025?")
    assert asked_measures.asks_member("Which of its three segments had the highest operating margin in 2025?")
    assert not asked_measures.asks_member("Among operating, investing and financing activities, which brought in the most cash?")
    assert not asked_measures.asks_member("Which year had the higher net sales, 2024 or 2025?")
    assert not asked_measures.asks_member("Which company had the higher gross margin, Northwind or Contoso?")
    assert not asked_measures.asks_member("What were Northwind's net sales in 2025?")


def test_a_which_member_question_gets_no_figure_of_the_total(tmp_path):
    from assistant.api import Assistant
    from assistant.config import Settings

    docs = tmp_path / "filings"
    docs.mkdir()
    (docs / "NORTHWIND_2025_10K.txt").write_text(INCOME)
    a = Assistant(Settings(index_root=tmp_path / "idx", index="f", embedder="hash", llm="fake"))
    a.ingest([docs], progress=False)
    assert a.ask("How much did Northwind's net sales grow in 2025?").mode in ("facts", "calc")  # the total's change
    ans = a.ask("Which product line grew its net sales fastest for Northwind in 2025?")
    assert ans.mode not in ("facts", "calc") and "4,812.6" not in ans.text and "6.2%" not in ans.text


# -- a ratio of one measure to another is neither measure; a multiple ("5.1x") is a ratio's figure

LEVERAGE = "Balance sheet\n\nAt December 31, 2025, our ratio of net debt to adjusted EBITDA was 5.1x, against 5.4x a year earlier.\n"


def test_a_ratio_to_the_measure_is_not_the_measure():
    q = "What was Contoso Properties' adjusted EBITDA for the fourth quarter of 2025?"
    assert not T.answers(q, LEVERAGE.split("\n\n")[1])
    assert _shown(q, LEVERAGE, REVIEW) == ""
    assert _verdicts(q, "Net debt to adjusted EBITDA was 5.1 times at year end.") == {"5.1": T.OTHER}
    asked = "What was Contoso Properties' net debt to adjusted EBITDA ratio at the end of 2025?"
    assert asked_measures.asked_measure(asked).family == "ratio"
    assert _verdicts(asked, "Net debt to adjusted EBITDA was 5.1 times at year end.") == {"5.1": T.TIED}
    assert _verdicts("What was Contoso's total debt at the end of 2025?",
                     "Total debt was $2.1 billion, or 2.3 times adjusted EBITDA.") == {"$2.1 billion": T.TIED,
                                                                                      "2.3": T.OTHER}


# -- a part named only as the cause of a whole's change is not the part's amount

def test_spending_on_a_part_named_only_as_a_cause_is_no_answer():
    q = "How much did Contoso Therapeutics spend on its Phase 3 trial of CT-201 in the second quarter of 2025?"
    assert asked_measures.asked_measure(q).target == {"phase", "trial", "ct-201"}
    whole = ("Research and development expenses increased to $68.4 million in the second quarter of 2025 from $51.2 "
             "million, primarily due to higher clinical costs of our Phase 3 trial of CT-201.")
    assert not T.answers(q, whole)
    assert _shown(q, f"Results of Operations\n\n{whole}\n", FABRIKAM_10K) == ""
    assert T.answers(q, "We spent $21.7 million on the Phase 3 trial of CT-201 in the second quarter of 2025.")


# -- a narrowed group asked ("automated cold stores"): a figure of every site is not the group's

COLD = DocMeta(doc_id="dcold", doc="cold_storage_survey_2025", source="/r/cold_storage_survey_2025.pdf",
               title="Cold Storage Energy Survey 2025")  # fmt: skip
ALL_STORES = ("Energy use\n\nThe average energy intensity across the 640 cold stores in our 2024 survey was 41 kWh per "
              "cubic metre, compared with 43 kWh in 2023.\n")


def test_a_narrowed_group_is_not_answered_by_the_figure_of_all():
    for q in ("What average energy intensity did automated cold stores achieve in 2024?",
              "What was the average energy intensity of automated cold stores in 2024?"):
        assert asked_measures.asked_measure(q).group == "automa"
        assert not T.answers(q, ALL_STORES.split("\n\n")[1])
        assert _shown(q, ALL_STORES, COLD) == ""
        assert T.answers(q, "Automated cold stores averaged an energy intensity of 33 kWh per cubic metre in 2024.")
    assert asked_measures.asked_measure("What did Contoso's cold stores earn in 2024?") is None or \
        asked_measures.asked_measure("What did Contoso's cold stores earn in 2024?").group is None


# -- a unit after a slash is the figure's "per": "/t" is per tonne

def test_a_unit_after_a_slash_is_per_that_unit():
    q = "What was the contract price of cobalt in the fourth quarter of 2024, per tonne?"
    assert asked_measures.asked_measure(q).per == "tonne"
    said = "Contract cobalt prices were US$26,400/t in the fourth quarter of 2024."
    assert _verdicts(q, said) == {"US$26,400": T.TIED}
    assert _verdicts(q, "Contract cobalt prices were US$12.00/lb in the fourth quarter of 2024.") == {"US$12.00": T.OTHER}
    assert _verdicts("What was the average price of cobalt per pound in 2024?", "Cobalt averaged US$24,100/t in 2024, "
                     "a price 8% above the 2023 average.")["US$24,100"] == T.OTHER


def test_a_measure_word_or_a_named_subject_narrows_no_count_or_group():
    assert asked_counts._doing("How many satellites is Project Kuiper meant to have by 2029?") == ()  # Kuiper's, not the count's
    q = "According to the statement of cash flows, what was Contoso's free cash flow in 2025?"
    assert asked_measures.asked_measure(q).group is None  # "of cash flows": a statement's name, no group


def test_a_verb_of_another_subject_states_no_asked_state():
    assert asked_counts._doing("How many corporate jobs has it cut since the end of 2022?") == ()
    assert asked_counts._doing("How many active selling communities did Ridgeway operate at June 30, 2025?") == ()
    assert asked_shares.share_state("What share of total US electricity did US data centres use in 2023?") == frozenset()
    assert asked_shares.share_state("What proportion of the homes Ridgeway closed in 2025 were in its West region?") == frozenset()
    assert asked_measures.asked_measure("Did Fabrikam return more cash to shareholders through buybacks in 2025?").family != "ratio"


# -- "<noun> of N" binds the figure to that noun; a percentage before a noun qualifies it (session 8)

def test_a_figure_bound_to_another_noun_is_not_the_measure_named_before_it():
    q = "What was Harbor Bancorp's CET1 capital ratio at June 30, 2025?"
    said = ("Harbor's CET1, Tier 1 and total capital ratio requirements each include a regulatory minimum plus a stress "
            "capital buffer of 2.5% under the standardized approach; plus a 1.0% countercyclical add-on.")
    assert set(_verdicts(q, said).values()) == {T.OTHER}
    assert not T.answers(q, said)
    assert _verdicts(q, "Harbor's CET1 capital ratio was 12.8% at June 30, 2025, against a requirement of 10.5%.")["12.8%"] == T.TIED


def test_a_generic_noun_of_amount_or_expectation_leaves_the_figure_to_the_measure():
    assert _verdicts("What operating margin does Contoso target for 2026?",
                     "Contoso reaffirmed its operating margin target of 18% for 2026.")["18%"] == T.TIED
    assert _verdicts("What was Contoso's revenue in 2025?", "Revenue reached a total of $4.2 billion in 2025.")["$4.2 billion"] == T.TIED


def test_a_percentage_qualifying_another_noun_is_no_level_of_the_measure():
    q = "What was the median installed price of a heat pump in 2025?"
    said = "The median installed price of a heat pump was EUR 14,200 in 2025, before the 30% federal grant."
    assert _verdicts(q, said)["30%"] == T.OTHER
    assert _verdicts("What market share did Contoso hold in 2025?", "Contoso held a 21% share of the market in 2025.")["21%"] == T.TIED


def test_the_whole_a_sentence_takes_a_part_of_is_no_count_of_the_asked_state():
    said = ("Of the roughly 52 million Britons with a workplace pension, we estimate that about 14 million had access to "
            "a salary-sacrifice scheme at the end of 2025, usually with an employer match.")
    q = "How many Britons were in a salary-sacrifice scheme for pensions at end-2025, versus a year before?"
    assert _verdicts(q, said)["52 million"] == T.OTHER
    assert not T.answers(q, said)
    # the whole asked in its own words: that figure is the count
    assert _verdicts("How many Britons had a workplace pension at the end of 2025?", said)["52 million"] != T.OTHER


def test_the_object_of_the_measures_own_of_phrase_leaves_the_figure_to_the_measure():
    assert _verdicts("What revenue did its cloud unit earn in 2025?",
                     "Revenue of its cloud unit of $3.1 billion in 2025 beat the plan.")["$3.1 billion"] == T.TIED


# -- session 9: a count's noun past an "-less" modifier; a growth rate asked is any percentage change

FLEET = ("We count about 3,400 autonomous harvesters and retrofit kits in commercial use at the end of 2025, against "
         "roughly 1,700 a year earlier.")


def test_a_modifier_ending_in_ss_is_not_the_noun_counted():
    assert asked_measures.asked_measure("How many driverless harvesters were working at the end of 2025?").counted == "harvester"
    assert asked_measures.asked_measure("How many wireless subscribers did it add?").counted == "subscriber"
    assert _verdicts("How many driverless harvesters were working at the end of 2025?", FLEET)["3,400"] != T.OTHER


def test_a_growth_rate_asked_is_tied_to_a_percentage_change():
    sentence = ("The kiln market reached $2.4 billion in 2025, an increase of 8.2% on the $2.2 billion we estimate "
                "for 2024.")
    assert _verdicts("What growth rate did the kiln market's 2025 value represent?", sentence)["8.2%"] == T.TIED
    # a level's figure is never a growth rate, and a growth rate is no margin
    assert _verdicts("What growth rate did the kiln market's 2025 value represent?", sentence)["$2.4 billion"] != T.TIED
    assert _verdicts("What was the kiln makers' operating margin?", "Operating income rose 8.2%.")["8.2%"] != T.TIED


def test_a_measure_word_in_a_degree_compound_names_no_measure():
    asked = asked_measures.asked_measure("How high is that share for low-cost carriers?")
    assert asked is None or asked.family != "cost"
    assert asked_measures.asked_measure("What did low-cost carriers spend on fuel costs?").family == "cost"


def test_a_quarters_sentence_answers_no_half_or_full_year():
    quarter = ("Net product revenue increased $12.4 million, or 18.0%, to $81.3 million in the second quarter of fiscal "
               "2026 compared with the second quarter of fiscal 2025.")
    assert measure_frames.quarter_only(quarter)
    assert not measure_frames.quarter_only("Revenue was $5.1 billion in 2025, including $1.4 billion in the fourth quarter.")
    assert not measure_frames.quarter_only("For the six months ended December 31, 2025, net product revenue rose 16.5%.")
    assert measure_frames.asked_length("What was net product revenue in the first half of fiscal 2026?") == "half"
    q = ("What was Fabrikam's net product revenue in the first half of fiscal 2026, and by what percentage did it grow "
         "over the first half of fiscal 2025?")  # fmt: skip
    assert _shown(q, quarter + "\n") == ""


def test_ebitdare_is_ebitda_and_a_ratio_to_it_is_no_answer():
    q = "What was Fabrikam's Adjusted EBITDAre for the fourth quarter of 2025?"
    assert asked_measures.asked_measure(q).family == "ebitda"
    ratio = "Our ratio of net debt to Adjusted EBITDAre was 5.4x for the fourth quarter of 2025, annualized.\n"
    assert _shown(q, ratio) == ""
    level = "Adjusted EBITDAre was $61.2 million for the fourth quarter of 2025, up from $55.0 million a year earlier.\n"
    assert "$61.2 million" in _shown(q, level)


# -- a year-end count stated at the end of the year's fourth quarter; a hyphenated qualifier said without its hyphen

TORVALE_8K = DocMeta(doc_id="dtor", doc="TORVALE_2024_8K", source="/r/TORVALE_2024_8K.pdf",
                     company="Torvale Outfitters", doc_type="8-K", fiscal_year=2024)  # fmt: skip
STORES = ("Torvale Outfitters reports fourth quarter and fiscal 2024 results. Net sales for the fourth quarter increased "
          "6.1% to $912.4 million. At the end of the fourth quarter of fiscal 2024, the Company operated 644 stores "
          "totaling 4.1 million square feet.\n")


def test_a_year_end_count_is_stated_at_the_end_of_the_years_fourth_quarter():
    assert measure_frames.year_end_point("How many stores did it operate at the end of fiscal 2024?", STORES)
    assert measure_frames.year_end_point("How many stores did it run as of year-end 2024?", "At the end of its fourth quarter, it ran 644 stores.")
    # a year's flow asked: a quarter's figure stays a quarter's
    assert not measure_frames.year_end_point("What were its net sales in fiscal 2024?", STORES)
    ex = _ask("How many stores did Torvale Outfitters operate at the end of fiscal 2024?", STORES, TORVALE_8K)
    assert ex.picks[0] is not None and "644 stores" in ex.picks[0].candidate.text
    ex = _ask("What were Torvale Outfitters' net sales in fiscal 2024?", STORES, TORVALE_8K)
    assert ex.picks[0] is None or "912.4" not in ex.picks[0].candidate.text


def test_a_hyphenated_qualifier_is_said_with_or_without_its_hyphen():
    asked = asked_measures.asked_measure("How much were retailers' own-brand sales worth in 2024?")
    assert asked is not None and asked.mods == {"own-brand"}
    said = "Sales of retailers' own brands reached EUR 41 billion in 2024, while sales of branded goods rose 2%."
    assert T.answers("How much were retailers' own-brand sales worth in 2024?", said, "", "")
    assert T.answers("How much were retailers' own-brand sales worth in 2024?", said.replace("own brands", "own-brand goods"), "", "")
    # a sentence that never says the qualifier still states another measure
    assert not T.answers("How much were retailers' own-brand sales worth in 2024?",
                         "Sales of branded goods reached EUR 60 billion in 2024.", "", "")


# -- an amount asked of a measure no family names: the head noun of the asked phrase must be said ("taxes" in "how much
#    did states collect in betting taxes"); a sentence of the same topic stating another measure is no answer

LOTTERY = DocMeta(doc_id="dlot", doc="regional_lottery_2025", source="/r/regional_lottery_2025.html",
                  title="Lotteries: the draw slows", fiscal_year=2025)  # fmt: skip
STAKES = "Players in the regions with a licensed lottery staked EUR 18.4 billion on draws in 2024, 6.2% more than in 2023.\n"
LEVIES = ("Players in the regions with a licensed lottery staked EUR 18.4 billion on draws in 2024, 6.2% more than in "
          "2023. Operators paid EUR 2.3 billion in regional levies in 2024, up from EUR 2.1 billion.\n")
EXCHANGE = "Members traded EUR 3.2 trillion of listed contracts on the exchange in 2025, 8% more than a year earlier.\n"


def test_the_head_noun_of_a_measure_without_family_is_read_from_the_question_frame():
    assert asked_measures.measure_head("In EUR billions, how much did the regions collect in lottery levies in 2024?") == "levies"
    assert asked_measures.measure_head("What was the exchange's clearing surcharge in 2025?") == "surcharge"
    assert asked_measures.measure_head("What tolls did the bridge operator collect during fiscal 2025?") == "tolls"
    # a verb asked alone, a family's own noun, a portion, a count: other checks read them
    assert asked_measures.measure_head("How much did the lottery division earn in 2024?") is None
    assert asked_measures.measure_head("What was the operator's revenue in 2024?") is None
    assert asked_measures.measure_head("How much of the 2024 growth in stakes came from new regions?") is None
    assert asked_measures.measure_head("How many tickets did players buy in 2024?") is None
    # a statement noun's measure is the phrase after its "for/of": "the forecast for lottery stakes" asks stakes
    assert asked_measures.measure_head("What is the forecast for regional lottery stakes in 2026?") == "stakes"
    assert asked_measures.measure_head("What was the estimate of harbour dues for 2025?") == "dues"
    # "how much <noun>": a substance whose amount its unit states ("draws about 95 kW" says no "power")
    assert asked_measures.measure_head("How much power does the Contoso X9 rack draw?") is None
    assert T.answers("How much power does the Contoso X9 rack draw?", "The Contoso X9 rack holds 64 GPUs and draws about 95 kW.")


def test_a_noun_asking_what_happened_or_how_things_stand_names_no_measure_to_say():
    # "outcome", "status", "effect": a description is asked, and the sentence telling it need not say the noun
    assert asked_measures.measure_head("What was the outcome of Halden Water's base rate case?") is None
    assert asked_measures.measure_head("What is the status of the Marlow Gas rate case?") is None
    assert asked_measures.measure_head("What were the effects of the port strike on the carrier in 2025?") is None
    assert T.answers("What was the outcome of Halden Water's base rate case?",
                     "In March 2026 the commission approved a settlement raising base rates by $42 million a year.")
    # a measure's head noun is still read
    assert asked_measures.measure_head("What was the rate case filing fee in 2025?") == "fee"


def test_a_figure_of_another_measure_of_the_topic_is_no_answer():
    q = "In EUR billions, how much did the regions collect in lottery levies in 2024?"
    assert not T.answers(q, STAKES.strip())
    assert _shown(q, STAKES, LOTTERY) == ""
    shown = _shown(q, LEVIES, LOTTERY)
    assert "18.4" not in shown.split("\n")[0]
    q = "How much was the exchange's clearing surcharge in 2025?"
    assert not T.answers(q, EXCHANGE.strip())
    assert _shown(q, EXCHANGE, LOTTERY) == ""
    assert T.answers(q, "The exchange raised its clearing surcharge to EUR 0.12 per contract in 2025.")


# -- "how much of <whole> came from <part>" asks the part's figure whatever the whole (a growth, an increase): a
#    sentence not saying the part gives the whole's figure

GROWTH_PAGE = ("Players in the regions with a licensed lottery staked EUR 18.4 billion on draws in 2024, 6.2% more than "
               "in 2023.\n")
FLEET_PAGE = "The carrier carried 41.0 million passengers in 2025, 3.1 million more than in 2024.\n"


def test_a_portion_of_any_whole_is_the_parts_figure():
    q1 = "How much of the 2024 growth in lottery stakes came from newly licensed operators?"
    q2 = "How much of the 2025 rise in passengers came from the carrier's new Atlantic routes?"
    assert asked_shares.portion_part(q1) == {"newly", "licens", "operat"}
    assert asked_shares.portion_part(q2) >= {"atlant", "route"}
    assert asked_shares.portion_part("How much of its labour spending went on contract labour?") == frozenset()  # share_part's
    # a pronoun whole is the figure before ("What did the lottery take in, and how much of it came from online sales?")
    assert asked_shares.portion_part("What did the lottery take in, and how much of it came from online sales?") == frozenset()
    assert not T.answers(q1, GROWTH_PAGE.strip())
    assert _shown(q1, GROWTH_PAGE, LOTTERY) == ""
    assert not T.answers(q2, FLEET_PAGE.strip())
    assert _shown(q2, FLEET_PAGE, LOTTERY) == ""
    said = "Newly licensed operators added EUR 0.4 billion of the EUR 1.1 billion growth in stakes in 2024."
    assert T.answers(q1, said)


def test_a_modifier_of_the_counted_noun_is_no_predicate():
    # session 28: "used" in "310,000 used bicycles that were bought ..." was read as the verb ("use"), so the count was
    # said to state another relation than "were bought" and tied to another measure
    q = "How many used bicycles were bought through online marketplaces in Denmark in 2024?"
    s = ("Cykelindeks counts 310,000 used bicycles that were bought through online marketplaces in 2024, or 41% of all "
         "used-bicycle sales.")
    spans = T.tied_spans(q, s)
    assert spans is not None and spans[0][2] != "other"
    # a predicate of its own still disagrees: "were rented through" is not "were bought through"
    rented = "Cykelindeks counts 310,000 used bicycles that were rented through online marketplaces in 2024."
    assert T.tied_spans(q, rented)[0][2] == "other"


# -- #11 session 31: an average that sizes a group of the counted things ("an average fleet of about 2,150 tractors, of
# which roughly 640 ran on natural gas") counts those things and the part it names; it is no per-unit average of another
# measure (``tie_rules._averaged_group`` in ``_average_for_total``). Fictional filer and sentences.

OSTRANDER = DocMeta(doc_id="dow", doc="ostrander_haulage_10k_2025", source="/r/ostrander_haulage_10k_2025.pdf",
                    company="Ostrander Haulage", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip

AVERAGED_FLEET = ("In fiscal 2025 we operated an average fleet of about 2,150 tractors, of which roughly 640 ran on natural gas, "
         "from 31 terminals in Ohio, Michigan and Indiana.")
AVERAGED_HERD = "Our dairy farms kept an average herd of 900 cows per farm during fiscal 2025, milked twice a day."
TRACTOR_PAGE = f"Business\n\n{AVERAGED_FLEET}\n\nWe lease all of our terminals. Diesel remained our largest operating cost.\n"


def test_an_averaged_group_counts_the_things_after_its_figure():
    assert _verdicts("How many tractors did Ostrander operate in fiscal 2025?", AVERAGED_FLEET)["2,150"] != T.OTHER
    assert T.answers("How many tractors did Ostrander operate in fiscal 2025?", AVERAGED_FLEET)
    # "how many of them": the things counted before; the part's figure is no per-unit average either
    assert _verdicts("how many of them ran on natural gas", AVERAGED_FLEET)["640"] != T.OTHER


def test_an_average_per_unit_or_of_other_things_stays_another_measure():
    # a rate after the things ("per farm"): the average herd is per farm, not the company's count of cows
    assert _verdicts("How many cows did the company keep in fiscal 2025?", AVERAGED_HERD)["900"] == T.OTHER
    # an averaged group of other things than those counted is no count of them
    assert _verdicts("How many trailers did Ostrander operate in fiscal 2025?", AVERAGED_FLEET)["2,150"] == T.OTHER


def test_each_part_of_a_count_question_is_answered_by_the_averaged_group():
    q = "How many tractors did Ostrander operate in fiscal 2025, and how many of them ran on natural gas?"
    ex = ask_company_page(q, TRACTOR_PAGE, OSTRANDER, "Ostrander", threshold=0.3)
    assert all(p is not None for p in ex.picks), [a.text for a, p in zip(ex.parts, ex.picks) if p is None]
    assert not ex.partial and not ex.untied
    text = R.render(ex, lambda d, p: TRACTOR_PAGE)[0]
    assert "2,150" in text and "640" in text, text


def test_an_average_length_of_time_is_no_group():
    from assistant.answer.tie_rules import _averaged_group
    span = "Our depot leases had a weighted average period of 6.4 years left at year end."
    assert _averaged_group(None, span) is None  # "how many of them": a length of time is no group of things
    assert _averaged_group(None, AVERAGED_FLEET) == "fleet"


def test_a_percentage_restating_a_move_is_no_share():
    # Rule (session 31, #11): "increased by $18.4 million, or 41%": the 41% is the move's rate, never a share of
    # anything; "$40 million, or 12% of total revenue" states a share
    share = asked_measures.asked_measure("how big was it relative to group revenue")
    assert share is not None and share.form == "share"
    assert not T.may_state_share(share, "Group revenue increased by $18.4 million, or 41%, against 2026.")
    assert T.may_state_share(share, "Maintenance plans made up $40 million, or 12% of group revenue.")
    assert T.may_state_share(share, "Maintenance plan revenue grew to 9% of group revenue in 2027, up from 7% in 2026.")


# session 30 (f30-reports, landed in session 31): the prices a value is counted at ("USD 6.4 billion at manufacturers'
# prices") are its basis of valuation, never a price measure governing the figure (measure_families._families,
# VALUATION_BASIS), and money after "sold" states the value sold, which "sales" asks (prose_ties.answers). Every
# sentence below is written for these tests (fictional market and figures).
from assistant.answer import prose_ties as _vb_ties  # noqa: E402
from assistant.answer import render as _vb_render  # noqa: E402
from assistant.answer.measure_families import _families as _vb_families  # noqa: E402
from assistant.types import DocMeta as _VBDocMeta  # noqa: E402
from one_page import ask_one_page as _vb_ask_one_page  # noqa: E402

_VB_META = _VBDocMeta(doc_id="dkettle", doc="kettles_2025", source="/r/kettles_2025.pdf",
               title="Hot Water: The World Market for Electric Kettles, 2024")  # fmt: skip

_VB_PAGE = """1. Summary
Makers of electric kettles and water boilers sold USD 6.4 billion worth of appliances worldwide in 2024, valued at manufacturers' prices, 4.1% more than the USD 6.15 billion of 2023.
The average kettle cost USD 31 in shops, against USD 30 a year earlier.
"""


def test_the_prices_a_value_is_counted_at_name_no_price_measure():
    assert _vb_families("worth of appliances in 2024 at manufacturers' prices") == []
    assert _vb_families("at constant 2023 prices") == []
    assert [f for f, _, _ in _vb_families("the average selling price rose")] == ["price"]


def test_money_after_sold_states_sales():
    q = "What were worldwide sales of electric kettles and water boilers in 2024?"
    s = ("Makers of electric kettles and water boilers sold USD 6.4 billion worth of appliances worldwide in "
         "2024, valued at manufacturers' prices.")
    assert _vb_ties.answers(q, s)
    # money after another verb ("spent") is no value sold
    assert not _vb_ties.answers(q, "Makers of electric kettles and water boilers spent USD 0.4 billion on advertising in 2024.")


def test_sales_asked_are_answered_by_the_value_sold_at_manufacturers_prices():
    ex = _vb_ask_one_page("What were worldwide sales of electric kettles and water boilers in 2024?", _VB_PAGE, _VB_META, 0.3)
    text = _vb_render.render(ex, lambda d, p: _VB_PAGE)[0] if ex.answered else ""
    assert text.startswith("USD 6.4 billion (2024), from"), text


# -- "spend on X": a figure of another amount, in a sentence that never says X, is not what was spent on X

LARKSPUR_RELEASE = DocMeta(doc_id="dlark", doc="LARKSPUR_2025Q4_EARNINGS", source="/r/LARKSPUR_2025Q4_EARNINGS.pdf",
                           company="Larkspur Beauty", doc_type="8-K", fiscal_year=2025)  # fmt: skip


def test_spending_on_a_thing_the_sentence_never_says_is_no_answer():
    q = ("How much did Larkspur Beauty spend on advertising in fiscal 2025 (the 52 weeks ended January 31, 2026), in "
         "USD millions?")
    headline = ("Net Income of $212.4 Million or $4.12 Per Diluted Share DENVER, Colo.--Larkspur Beauty, Inc. "
                "(NASDAQ: LRKS) today announced financial results for the thirteen-week period (\u201cfourth quarter\u201d) "
                "and fifty-two-week period (\u201cfiscal year\u201d) ended January 31, 2026.")
    assert asked_measures.asked_measure(q).target == {"advert"}
    assert not T.answers(q, headline)  # net income is some other amount of the company's, not its advertising
    assert _shown(q, f"Larkspur Beauty Announces Fourth Quarter Results\n\n{headline}\n", LARKSPUR_RELEASE) == ""
    # the thing spent on said: the figure is the spending asked, whatever verb states it
    assert T.answers(q, "Larkspur invested $96.1 million in advertising in fiscal 2025, up from $88.0 million.")
    assert T.answers(q, "Advertising expense was $96.1 million in fiscal 2025.")


def test_spending_on_a_thing_is_not_another_spendings_tied_figure():
    """Session 33 (#10): a figure tied to a cost word ("advertising expenses of $534 million") answers "how much did it
    spend on X" only when the sentence names X (whole, for a thing of one or two words): the cost word ties to
    "spend", the thing spent on does not."""
    cases = [
        ("How much did Pellham Foods spend on shopper marketing in 2025, in USD millions?",
         "We recorded advertising expenses of $212 million in 2025, $198 million in 2024 and $187 million in 2023."),
        ("How much did Pellham Foods spend on shopper marketing in 2025?",
         "Total advertising and marketing costs were $640 million in 2025."),
        ("How much did Orrin Outfitters spend on trade promotions in fiscal 2025?",
         "Selling and marketing expense was $1,204 million in fiscal 2025, or 18.1% of net sales."),
        ("What did Vantor Health spend on digital advertising in 2025?",
         "Advertising costs, which are expensed as incurred, were $88.4 million in 2025."),
    ]
    for q, s in cases:
        assert not T.answers(q, s), (q, s)
    assert T.answers("How much did Pellham Foods spend on shopper marketing in 2025?",
                     "Shopper marketing costs were $96 million in 2025, up from $91 million.")
    assert T.answers("How much did Orrin Outfitters spend on trade promotions in fiscal 2025?",
                     "Trade promotion spending totaled $311 million in fiscal 2025.")
