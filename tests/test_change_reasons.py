"""What drove a margin's change when the filer explains only its numerator's change, and a reason that goes on over
several sentences ("primarily driven by ...", "These decreases were partially offset by ..."), on filings written for
these tests (a fictional pharmacy and benefits company, Tailwind Health Group, and a fictional retailer)."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer.wording import without_why
from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

TAILWIND_IS = """TAILWIND HEALTH GROUP, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Year Ended December 31, 2025 2024
Revenues:
Products $ 36,000 $ 33,500
Services 12,000 10,500
Total revenues 48,000 44,000
Operating costs:
Cost of products sold 30,900 28,400
Litigation charges 1,900 —
Operating expenses 12,400 11,600
Total operating costs 45,200 40,000
Operating income 2,800 4,000
Interest expense 600 640
Income before income tax provision 2,200 3,360
Income tax provision 560 820
Net income $ 1,640 $ 2,540
"""

TAILWIND_MDA = """Commentary - 2025 compared to 2024
Revenues
• Total revenues increased $4.0 billion, or 9.1%, in 2025 compared to 2024, driven by growth in both segments.
Operating income
• Operating income decreased $1.2 billion, or 30.0%, in 2025 compared to 2024. The decrease in operating income was
primarily driven by $1.9 billion of litigation charges and lower reimbursement rates in the Pharmacy segment,
partially offset by the absence of a prior-year asset write-down. These decreases were partially offset by higher
enrollment in the Benefits segment and lower amortization of intangible assets.
• Please see "Segment Analysis" later in this MD&A for each segment's operating results.
Income tax provision
• The effective income tax rate increased to 25.5% in 2025 compared to 24.4% in 2024.
"""


def _tailwind(is_text: str = TAILWIND_IS, mda: str = TAILWIND_MDA):
    filing = replace(meta("TAILWIND_2025_10K", "Tailwind Health Group, Inc.", 2025), pages=80)
    return memory_index([(filing, {61: is_text, 58: mda})])


def test_a_margins_change_is_explained_by_its_numerators_sentence_when_revenue_moved_the_other_way():
    for q in ("What drove the change in Tailwind Health Group's operating margin in FY2025? If operating margin is not "
              "meaningful for a pharmacy chain, say so and give the reason.",
              "What explains the operating margin decline at Tailwind Health Group in 2025?"):
        a = answer_question(q, _tailwind())
        # 2,800 / 48,000 = 5.83%; 4,000 / 44,000 = 9.09%: -3.3 points; operating income -30.0%, revenue +9.1%
        assert a is not None and "-3.3 percentage points" in a.text, (q, a and a.text)
        assert "operating income fell 30.0%" in a.text and "revenue rose 9.1%" in a.text, a.text
        assert "litigation charges" in a.text and a.citations[-1].page == 58, a.text
        # the reason goes on over the sentence weighing against it
        assert "higher enrollment in the Benefits segment" in a.text, a.text
        assert "Segment Analysis" not in a.text, a.text


def test_a_numerators_sentence_is_no_reason_when_revenue_moved_the_same_way_or_another_measure_is_named():
    fell = TAILWIND_IS.replace("Products $ 36,000 $ 33,500", "Products $ 30,000 $ 33,500").replace(
        "Total revenues 48,000 44,000", "Total revenues 42,000 44,000")
    # revenue fell too (44,000 -> 42,000): the margin's fall is the difference of two moves, no one sentence's
    assert answer_question("What drove the change in Tailwind Health Group's operating margin in FY2025?",
                           _tailwind(is_text=fell)) is None
    other = TAILWIND_MDA.replace("• Operating income decreased $1.2 billion", "• Segment profit decreased $1.2 billion")
    # the amount stated of another measure's change is not the operating income's
    assert answer_question("What drove the change in Tailwind Health Group's operating margin in FY2025?",
                           _tailwind(mda=other)) is None


def test_a_caveat_without_then_is_the_same_rider():
    q = ("How much did the operating margin change at Tailwind Health Group in FY2025, and what drove the change? If "
         "operating margin is not meaningful for a pharmacy chain, say so and give the reason.")
    assert without_why(q) == ("How much did the operating margin change at Tailwind Health Group in FY2025?")


# --- one vocabulary of a reason asked ------------------------------------------------------------------------------

REASON_WORDINGS = [
    "What drove the operating margin decline at Tailwind Health Group in 2025?",
    "What caused the operating margin decline at Tailwind Health Group in 2025?",
    "What was behind the operating margin decline at Tailwind Health Group in 2025?",
    "What led to the operating margin decline at Tailwind Health Group in 2025?",
    "What accounted for the operating margin decline at Tailwind Health Group in 2025?",
    "What were the main reasons for the operating margin decline at Tailwind Health Group in 2025?",
]


def test_a_reason_asked_in_any_words_is_answered_with_the_reason_or_not_at_all():
    from assistant.answer.wording import asks_reason

    vague = TAILWIND_MDA.replace("• Operating income decreased $1.2 billion, or 30.0%, in 2025 compared to 2024. ",
                                 "• Operating income declined in 2025. ")
    for q in REASON_WORDINGS:
        assert asks_reason(q), q
        a = answer_question(q, _tailwind())
        assert a is not None and "litigation charges" in a.text, (q, a and a.text)
        # no sentence states the change with its cause: the bare change is no answer to a reason asked
        assert answer_question(q, _tailwind(mda=vague)) is None, q
    assert not asks_reason("How much did Tailwind Health Group's operating margin change in 2025? If operating margin "
                           "is not meaningful for a pharmacy chain, state that and explain why.")
    assert not asks_reason("Is Tailwind Health Group's dividend sustainable based on FY2025 data? Why or why not?")
    assert asks_reason("Why did Tailwind Health Group's operating margin fall in 2025?")


# --- a reason given in the sentence after the figures, comparing the two periods --------------------------------------

RATE_MDA = """Income tax provision
Our effective income tax rate was 25.5% for 2025 and 24.4% for 2024. The rate for 2025 was higher than the rate for
2024 mainly due to nondeductible litigation charges.
"""
RATE_NOTE = """NOTE 14. INCOME TAXES
Year Ended December 31, 2025 2024
Income tax provision $ 560 25.5 % $ 820 24.4 %
The rate for 2025 was higher than the rate for 2024 mainly due to nondeductible litigation charges.
"""


def _rates(mda: str = RATE_MDA, note: str | None = None):
    filing = replace(meta("TAILWIND_2025_10K", "Tailwind Health Group, Inc.", 2025), pages=95)
    pages = {61: TAILWIND_IS, 58: mda}
    if note is not None:
        pages[90] = note
    return memory_index([(filing, pages)])


RATE_Q = ("By how much did Tailwind Health Group's effective income tax rate change from FY2024 to FY2025, and what "
          "drove the change?")


def test_a_sentence_setting_the_later_period_against_the_earlier_the_way_it_moved_gives_the_reason():
    # 560 / 2,200 = 25.5%; 820 / 3,360 = 24.4%: the rate rose, and the next sentence says so with its cause
    for mda in (RATE_MDA, RATE_MDA.replace("higher than the rate for\n2024", "higher than in the prior year")):
        a = answer_question(RATE_Q, _rates(mda=mda))
        assert a is not None and "nondeductible litigation charges" in a.text, a and a.text
        assert "25.5%" in a.text and "24.4%" in a.text and a.citations[-1].page == 58, a.text


def test_the_same_cause_after_the_note_s_table_row_is_one_reason_cited_where_it_comes_first():
    a = answer_question(RATE_Q, _rates(note=RATE_NOTE))
    assert a is not None and "nondeductible litigation charges" in a.text, a and a.text
    assert a.citations[-1].page == 58, a.citations
    # a different cause after the note's row: two reasons, none chosen
    other = RATE_NOTE.replace("nondeductible litigation charges", "a lower benefit from share-based awards")
    assert answer_question(RATE_Q, _rates(note=other)) is None


def test_a_comparison_the_other_way_or_with_another_rate_is_no_reason_for_the_change():
    for said in ("lower than the rate for\n2024", "higher than the 21% rate set by federal law"):
        mda = RATE_MDA.replace("higher than the rate for\n2024", said)
        assert said in mda
        assert answer_question(RATE_Q, _rates(mda=mda)) is None, said


# session 32 (#10): after a sentence stating both figures, "The margin widened because ..." (the measure by its head noun,
# moving the way the figures did) goes on with that change; a fictional boat builder's 10-K written for these tests
BRAMBLE_IS = """BRAMBLE MARINE, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
Fiscal Year 2026 2025
Net sales $ 812,400 $ 760,100
Cost of sales 592,050 570,080
Gross profit 220,350 190,020
Selling, general and administrative expenses 121,600 112,300
Operating income 98,750 77,720
Net income $ 74,060 $ 58,290
"""
BRAMBLE_MDA = """Results of Operations
Gross margin. Gross profit was $220.4 million, or 27.1% of net sales, compared with 25.0% in fiscal 2025. The margin
widened because our Ohio plant ran closer to capacity and resin costs were lower than a year earlier.
Selling, general and administrative expenses rose 8.3% on higher dealer incentives.
"""


def _bramble(mda: str = BRAMBLE_MDA):
    filing = replace(meta("BRAMBLE_2026_10K", "Bramble Marine, Inc.", 2026), pages=60)
    return memory_index([(filing, {40: BRAMBLE_IS, 31: mda})])


def test_the_measure_named_by_its_head_noun_goes_on_with_the_change():
    q = "By how much did Bramble Marine's gross margin widen in fiscal 2026, and what drove it?"
    a = answer_question(q, _bramble())
    assert a is not None and not a.refused, a and a.text
    assert "+2.1 percentage points" in a.text and "resin costs were lower" in a.text, a.text
    # a sentence saying the margin moved the other way is no reason for this change
    a = answer_question(q, _bramble(BRAMBLE_MDA.replace("The margin\nwidened", "The margin\nnarrowed")))
    assert a is None or "resin costs" not in a.text, a.text
