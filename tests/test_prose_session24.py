"""Session 24 (#10, #11): classes of report and filing prose, each sentence and question written for these tests
(fictional markets, filers and research houses).

- A yes/no asked of two things at once ("in both value and volume", "A as well as B") is decided conjunct by
  conjunct: a sentence moving one of them the other way is No, never the whole sentence's Yes.
- A count of things ("how many units did it install") is never a headcount ("we employed approximately 9,800
  people", "of whom about 5,900 were technicians").
- "Which factors did the consultancy blame for X?" asks the causes: the author's list of reasons answers it.
- Any ISO currency code before a figure makes it money ("NOK 86.00", "SEK 1.2 billion").
- "..., and has that view changed?" points back at the forecast asked before; the quote stating that forecast against
  the earlier one it replaces decides it.
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import gates
from assistant.answer.question import question_kind, read_question
from assistant.answer.prose_ties import OTHER, tied_spans
from assistant.answer.stated_figures import _figures
from assistant.types import DocMeta
from one_page import ask_one_page, pages_answerer, part_figures

REPORT = DocMeta(doc_id="dcid", doc="cider_bars_2025", source="/r/cider_bars_2025.md", title="Cider Bars: 2025 Review")


# -- a conjunction asked of a yes/no question

def test_conjuncts_are_read_from_both_and_as_well_as():
    assert gates._conjuncts("Did bar cider sales grow in 2025 in both value and volume?") == [{"value"}, {"volume"}]
    assert gates._conjuncts("Did Larkfield raise its revenue as well as its margin in 2025?") == [{"revenue"}, {"margin"}]
    assert gates._conjuncts("Did bar cider sales grow in 2025?") == []


def test_a_sentence_moving_one_conjunct_the_other_way_is_no():
    page = ("# Cider Bars: 2025 Review\n\nCider is now a fifth of what guests spend in bars, and its value rose "
            "in 2025 since bar prices climbed by more than the drop in volumes, which fell.\n")
    ex = ask_one_page("Did bar cider sales rise in 2025 in both value and volume?", page, REPORT)
    assert ex.picks[0] is not None
    assert ex.verdicts[0] == "No"
    # every conjunct moved the asked way is still Yes
    page = ("# Cider Bars: 2025 Review\n\nIn 2025 bar cider value rose 4.1% and cider volumes rose 1.2%, the first rise "
            "in volume since 2019.\n")
    assert ask_one_page("Did bar cider sales rise in 2025 in both value and volume?", page, REPORT).verdicts[0] == "Yes"


def test_a_sentence_silent_on_one_conjunct_gives_no_verdict():
    page = "# Cider Bars: 2025 Review\n\nBar cider sales grew in value in 2025, helped by higher prices.\n"
    ex = ask_one_page("Did bar cider sales grow in 2025 in both value and volume?", page, REPORT)
    assert ex.verdicts[0] is None


def test_conjunct_verdict_reads_each_side_alone():
    q = "Did bar cider sales grow in 2025 in both value and volume?"
    s = "Its value rose in 2025, helped by dearer pours, while cider volumes fell."
    assert gates._conjunct_verdict(q, s, "Yes") == "No"
    assert gates._conjunct_verdict(q, "Its value and its volume both grew in 2025.", "Yes") == "Yes"


# -- a count of things is no headcount

def test_a_count_of_things_is_not_answered_by_the_staff_employed():
    q = "How many new lift and escalator units did Ostrava Lifts install in 2025?"
    s = ("Ostrava Lifts had a workforce at year-end 2025 after we employed about 7,310 people, of whom about 4,050 were "
         "technicians fitting and servicing lifts.")
    verdicts = {s[a:b]: v for a, b, v, _ in tied_spans(q, s) or []}
    assert verdicts.get("7,310") == OTHER and verdicts.get("4,050") == OTHER, verdicts
    s = "In 2025 Ostrava Lifts installed 1,240 new units, up from 1,105 in 2024."  # units still count units
    verdicts = {s[a:b]: v for a, b, v, _ in tied_spans(q, s) or []}
    assert verdicts.get("1,240") != OTHER, verdicts


def test_staff_questions_keep_their_headcount():
    from assistant.answer.asked_counts import counts_things, headcount_figure
    assert counts_things("How many new lift and escalator units did Ostrava Lifts install in 2025?")
    assert not counts_things("How many people did Ostrava Lifts employ at the end of 2025?")
    assert not counts_things("How many field engineers did Ostrava Lifts have at year-end?")
    assert headcount_figure("we employed approximately ", " people worldwide")
    assert headcount_figure("", " full-time employees in 11 countries")
    assert not headcount_figure("we installed about ", " new units in 2025")


# -- what a research firm blames

def test_what_a_firm_blames_asks_the_causes():
    assert question_kind("Which factors did the data firm blame when bars shut in 2025?") == "reason"
    assert question_kind("Which factors did the consultancy blame for lower footfall?") == "reason"
    words = read_question("Which factors does the data firm blame when bars shut in 2025?")[0].words
    assert {"factors", "blame", "data", "firm"}.isdisjoint(words), words


def test_the_firms_list_of_reasons_answers_what_it_blames():
    page = ("# Cider Bars: 2025 Review\n\nThere were 6,120 cider bars at the end of 2025, 240 fewer than a year "
            "earlier, according to the data firm Orchardline.\n\nOrchardline names three reasons why bars closed in 2025:\n\n"
            "- heating: bars that fixed their heating contracts at the peak were still paying double their old bills;\n"
            "- rents: landlords raised rents by a fifth in city centres;\n"
            "- habits: younger guests go out less often and spend less per visit.\n")
    ex = ask_one_page("Which factors does the data firm blame when cider bars shut in 2025?", page, REPORT)
    assert ex.picks[0] is not None and ex.picks[0].candidate.kind == "list"
    assert len(ex.picks[0].candidate.items) == 3


# -- currency codes

def test_any_iso_currency_code_before_a_figure_is_money():
    kinds = {f.raw: f.kind for f in _figures("We expect the export price to average SEK 41.50 a kilogram in 2026, "
                                                  "and DKK 12.2 billion of sales.")}
    assert kinds.get("41.50") == "money" and kinds.get("12.2 billion") == "money", kinds


def test_a_price_forecast_in_a_currency_code_is_never_answered_with_another_figure():
    # the scoring list of money words stays short (see scoring._MONEY): the SEK forecast may be declined, but no other
    # figure may stand for the price asked
    page = ("# Cider Bars: 2025 Review\n\nAs the apple harvest was large, our estimate is now that the Swedish bulk cider price "
            "will average SEK 41.50 a litre in 2026, below the SEK 44.00 we forecast in our March note.\n")
    ex = ask_one_page("What cider price does the review expect for 2026, and has that view changed?", page, REPORT)
    shown = part_figures(ex)[0]  # the figure the price part would lead with (None: declined)
    assert shown is None or "41.50" in shown, shown


def test_a_grant_in_a_currency_code_is_not_led_by_a_count_beside_it():
    # "how large is the grant?" beside "... paid out for about 8,300 boilers": the count is no size of a grant
    page = ("# Cider Bars: 2025 Review\n\nNorway lifted its orchard renewal grant from NOK 20,000 to NOK 32,000 in May 2024, "
            "and the programme paid out for about 8,300 orchards last year.\n")
    answer = pages_answerer(REPORT, {0: page}).ask(
        "How large is the orchard renewal grant in Norway, and what was it before it was raised?")
    lead = answer.text.split(":")[0]
    assert "8,300" not in lead, answer.text
    assert answer.mode != "extract" or "32,000" in lead, answer.text


def test_that_view_points_back_at_the_part_before():
    parts = read_question("What cider price does the review expect for 2026, and has that view changed?")
    assert {"cider", "price"} <= parts[1].words


# -- a filing's MD&A: parts asking a computed figure, run-in headings, two measures asked at once

FILING = DocMeta(doc_id="dkst", doc="kestrel_freight_10q_q3_2026", source="/r/kestrel_freight_10q_q3_2026.md",
                 title="Kestrel Freight Systems 10-Q for the third quarter of 2026", company="Kestrel Freight Systems",
                 doc_type="10-Q", fiscal_year=2026, period="Q3 2026")

MDNA = """# Kestrel Freight Systems - Results of Operations

Cold Chain and Pharma Logistics. Third quarter revenues decreased 6.5% to $48.3 million, because vaccine shipping
volumes slid back after the exceptional spring of 2025, and because one hospital group took some of its deliveries
over itself. Operating profit of the segment declined to $7.1 million from $9.0 million, since most cold storage
costs do not vary with volume.

Other items. Interest expense went down because lenders cut the spread on our term loan by 0.50 percentage points in
a March 2026 amendment.
"""


def test_a_run_in_heading_names_the_subject_of_the_sentences_after_it():
    from assistant.answer.candidates import page_candidates
    found = [c for c in page_candidates(MDNA) if "decreased 6.5%" in c.text]
    assert found and found[0].lead == "Cold Chain and Pharma Logistics."


def test_why_two_measures_fell_is_answered_by_the_segment_paragraph():
    q = "Why did Kestrel's Cold Chain and Pharma Logistics revenues and profit fall in the third quarter of 2026?"
    ex = ask_one_page(q, MDNA, FILING)
    assert ex.picks[0] is not None
    shown = [ex.picks[0], *(ex.others[0] if ex.others else [])]
    assert any("vaccine shipping" in sc.candidate.text for sc in shown)


def test_conjoined_heads_of_a_reason_question():
    from assistant.answer.prose_causes import conjoined_heads, explains_asked
    q = "Why did Kestrel's Cold Chain revenues and profit fall in the third quarter of 2026?"
    assert conjoined_heads(q) == {"reven"}
    s = "Third quarter revenues decreased 6.5% to $48.3 million, because vaccine shipping volumes fell."
    assert explains_asked(q, s, s.index("because"))
    assert explains_asked("What drove the growth of Kestrel's Cold Chain segment in 2026?",
                          "Third quarter revenues increased 6.5%, because vaccine volumes rose.", 37)


def test_a_part_asking_a_computed_ratio_is_not_covered_by_the_reason_part_quote():
    q = ("Using operating income divided by the interest expense, how safely did Kestrel cover its interest in the "
         "first nine months of 2026 against a year before, and why was interest expense lower?")
    ex = ask_one_page(q, MDNA, FILING, threshold=X.THRESHOLD)
    assert ex.picks[-1] is not None and "amendment" in ex.picks[-1].candidate.text
    assert ex.picks[0] is None and ex.partial


def test_compared_with_a_year_earlier_asks_both_years():
    parts = read_question("What drove the growth of Kestrel's Cold Chain segment in 2026, and how many warehouses did it "
                          "run at the end of June compared with a year earlier?")
    assert parts[1].years == {2025, 2026}
    parts = read_question("How many warehouses did Kestrel run in 2026, and how many a year earlier?")
    assert parts[1].years == {2025}


# -- a member's growth is not the whole region's

def test_a_members_growth_does_not_explain_the_regions():
    page = ("# European climbing gyms 2025\n\n## Country by country\n\nSweden is still the region's largest market by "
            "members, but Finland grew fastest of the five, as two chains opened halls in towns that had none, while "
            "Iceland grew by less than 1%.\n")
    ex = ask_one_page("What drove the growth in European climbing gym membership in 2025?", page, REPORT,
                      threshold=X.THRESHOLD)
    assert ex.picks[0] is None
    from assistant.answer.scoring import _scope_name
    assert _scope_name("European") and _scope_name("Germany") and not _scope_name("Contoso")
