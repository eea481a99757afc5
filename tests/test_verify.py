from __future__ import annotations

import pytest

from assistant.answer.checks import shown_text, verify
from assistant.answer.quotes import best_spans, find_span
from assistant.text.names import name_words, named_entities
from assistant.text.numbers import claims, numbers_match, parse_numbers, scale_markers, supported_by
from assistant.text.sentences import cited, split_sentences


def one(text: str):
    nums = claims(text)
    assert len(nums) == 1, (text, nums)
    return nums[0]


@pytest.mark.parametrize(
    "text, value",
    [
        ("$1.2 billion", 1.2e9),
        ("1,200 million", 1.2e9),
        ("$1,200M", 1.2e9),
        ("US$ 1.2bn", 1.2e9),
        ("$ 1,577", 1577.0),
        ("(1,577)", -1577.0),
        ("-3.5", -3.5),
        ("12%", 12.0),
        ("12 percent", 12.0),
        ("12.0 %", 12.0),
        ("$10k", 1e4),
        ("2.5 trillion", 2.5e12),
        ("0.45", 0.45),
    ],
)
def test_values_are_normalised_to_base_units(text, value):
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("in 2019", "year"),
        ("FY2018", "identifier"),
        ("Q3", "identifier"),
        ("3M's revenue", "identifier"),
        ("the Form 10-K", "identifier"),
        ("1. Revenue rose", "ordinal"),
        ("the 2nd quarter", "ordinal"),
        ("see Note 12", "reference"),
        ("Item 7 says", "reference"),
        ("see Table 3", "reference"),
        ("$2,019", "number"),
        ("2019.5", "number"),
    ],
)
def test_years_ordinals_names_and_references_are_not_claims(text, kind):
    nums = parse_numbers(text)
    assert nums and nums[0].kind == kind


def test_citation_markers_are_not_numbers():
    assert parse_numbers("Sales rose [1]. Costs fell [2, 3][4].") == []


def test_plain_text_has_no_numbers():
    assert claims("Revenue grew strongly in the U.S. and Europe.") == []


@pytest.mark.parametrize(
    "answer, source, scales, ok",
    [
        ("$1.2 billion", "1,200 million", (), True),
        ("1,200 million", "$1.2 billion", (), True),
        ("$1,200M", "$1.2 billion", (), True),
        ("12%", "12 percent", (), True),
        ("12 percent", "12.0%", (), True),
        ("12%", "$12", (), False),
        ("1,577", "(1,577)", (), True),  # sign-insensitive support
        ("-1,577", "1,577", (), True),
        ("$1,577 million", "1,577", (1e6,), True),  # a table "(in millions)"
        ("$1.577 billion", "1,577", (1e6,), True),
        ("$1.6 billion", "1,577", (1e6,), True),  # rounded to its two significant digits
        ("$1.58 billion", "1,577", (1e6,), True),
        ("$2 billion", "1,577", (1e6,), False),  # one significant digit: no rounding allowed
        ("$1,577 million", "1,577", (), False),  # no scale marker, no hint
        ("1,577", "$1,577 million", (), True),  # same digits as printed
        ("1,578", "1,577", (), False),
        ("1.2", "1.25", (), True),  # an exact half may round either way (half-even)
        ("1.2", "1.26", (), False),
        ("5", "5,000", (), False),
    ],
)
def test_numbers_match_table(answer, source, scales, ok):
    assert numbers_match(one(answer), one(source), {1.0, *scales}) is ok


def test_scale_markers_in_source_text_are_applied():
    table = "(In millions, except per share amounts)\nCapital expenditures 1,577 1,373"
    assert scale_markers(table) == {1e6}
    assert scale_markers("(Millions)\n2018 2017") == {1e6}
    assert scale_markers("($ thousands)") == {1e3}
    assert scale_markers("Dollars in billions, except per share") == {1e9}
    assert scale_markers("millions of customers") == set()
    assert supported_by(one("$1.577 billion"), table)
    assert not supported_by(one("$1.577 billion"), "Capital expenditures 1,577 1,373")
    assert supported_by(one("$1.577 billion"), "Capital expenditures 1,577 1,373", extra_scales=[1e6])


def test_split_sentences_keeps_abbreviations_decimals_and_markers():
    text = (
        "Revenue in the U.S. was $1.2 billion in 2019 [1]. Acme Inc. grew 12.5%.[2] "
        "It fell. [1][3]\n- a list item [1, 2]\nNo. 5 is e.g. small [4]."
    )
    assert split_sentences(text) == [
        "Revenue in the U.S. was $1.2 billion in 2019 [1].",
        "Acme Inc. grew 12.5%.[2]",
        "It fell. [1][3]",
        "- a list item [1, 2]",
        "No. 5 is e.g. small [4].",
    ]


def test_cited_reads_all_marker_forms():
    assert cited("a [1, 2] b [2][3] c [ 4 ]") == (1, 2, 3, 4)
    assert cited("no markers (3)") == ()


SOURCES = {
    1: "(In millions)\nPurchases of property, plant and equipment (PP&E) (1,577) (1,373) (1,420)\n"
    "Net sales grew 3.5 percent in 2018.",
    2: "3M employed 93,000 people at year end.",
}
HEADERS = {1: "3M_2018_10K, 3M", 2: "3M_2018_10K, 3M"}


def test_verify_keeps_supported_and_drops_the_rest():
    answer = (
        "3M spent $1,577 million on PP&E in 2018 [1]. "
        "That was about $1.6 billion [1]. "
        "3M had 93,000 employees [2]. "
        "Sales grew 3.5% [1][2]. "
        "3M spent $2.9 billion on research [1]. "
        "It had 93,000 employees [1]. "
        "This is uncited. "
        "Sales were great [7]."
    )
    v = verify(answer, SOURCES, headers=HEADERS)
    assert not v.supported
    reasons = {c.text: c.reason for c in v.sentences}
    assert reasons["3M spent $2.9 billion on research [1]."] == "number not in cited source"
    assert reasons["It had 93,000 employees [1]."] == "number not in cited source"  # right number, wrong source
    assert reasons["This is uncited."] == "no citation"
    assert reasons["Sales were great [7]."].startswith("cites a source that does not exist")
    assert v.unsupported_numbers == ("$2.9 billion", "93,000")
    assert len(v.dropped) == 4
    assert shown_text(v) == (
        "3M spent $1,577 million on PP&E in 2018 [1]. That was about $1.6 billion [1]. "
        "3M had 93,000 employees [2]. Sales grew 3.5% [1][2]."
    )


def test_verify_accepts_scale_hints_per_source():
    src = {1: "Capital expenditures 1,577 1,373"}
    assert not verify("Capex was $1.577 billion [1].", src).supported
    assert verify("Capex was $1.577 billion [1].", src, {1: [1e6]}).supported


def test_verify_rejects_filler_that_shares_nothing_with_its_source():
    v = verify("Sure, happy to help with that [2].", SOURCES)
    assert not v.supported and v.sentences[0].reason == "no words in common with cited source"


def test_verify_of_empty_answer_is_not_supported():
    v = verify("", SOURCES)
    assert not v.supported and v.sentences == ()


PAGE = (
    "Cash flows from investing activities\n"
    "(Dollars in millions) 2018 2017 2016\n"
    "Purchases of property, plant and equipment (PP&E) (1,577) (1,373) (1,420)\n"
    "Proceeds from sale of PP&E and other assets 262 49 58\n"
    "Capital spending was focused on the\n"
    "company's growth programs. 3M expects 2019 capital spending of\n"
    "$1.7 billion to $1.9 billion.\n"
)


def test_find_span_returns_the_table_row_of_a_number():
    a, b = find_span("3M spent $1.577 billion on PP&E in 2018 [1].", PAGE)
    assert PAGE[a:b] == "Purchases of property, plant and equipment (PP&E) (1,577) (1,373) (1,420)"


def test_find_span_returns_a_sentence_across_wrapped_lines():
    a, b = find_span("3M expects to spend $1.7 billion to $1.9 billion in 2019 [1].", PAGE)
    assert PAGE[a:b] == "3M expects 2019 capital spending of\n$1.7 billion to $1.9 billion."


def test_find_span_without_numbers_uses_words_and_can_fail():
    a, b = find_span("Capital spending focused on growth programs [1].", PAGE)
    assert "growth programs" in PAGE[a:b]
    assert find_span("Dividends were $5.44 per share [1].", PAGE) is None


def test_find_span_accepts_numbers():
    a, b = find_span(claims("262"), PAGE)
    assert PAGE[a:b].startswith("Proceeds from sale")


def test_best_spans_prefers_rows_with_numbers_for_numeric_questions():
    spans = best_spans("How much did 3M spend on property, plant and equipment (PP&E) in 2018?", PAGE, 2)
    assert PAGE[spans[0][0] : spans[0][1]].startswith("Purchases of property, plant and equipment")
    assert len(spans) == 2 and spans[0] != spans[1]


# ------------------------------------------------------------------------------------------------ entities

Q4 = {
    1: "All four hyperscalers reported record quarterly capital expenditure for the quarter.\n"
    "Amazon spent the most: its cash capital expenditure was $26.3 billion in the fourth quarter of 2024.\n"
    "Microsoft's capital expenditures including finance leases were $22.6 billion in the quarter. It spent\n"
    "about half of that, $11.3 billion, on long-lived assets."
}


def test_a_number_said_of_another_company_does_not_support_the_claim():
    v = verify("Microsoft's capital expenditures in the fourth quarter of 2024 were $26.3 billion [1].", Q4)
    assert not v.supported
    assert v.sentences[0].reason == "number not said of microsoft in cited source"
    assert v.unsupported_numbers == ("$26.3 billion",)
    assert verify("Amazon's cash capital expenditure was $26.3 billion in Q4 2024 [1].", Q4).supported


def test_the_subject_may_be_named_in_the_sentence_before():
    assert verify("Microsoft spent $11.3 billion on long-lived assets [1].", Q4).supported
    assert not verify("Amazon's spending on long-lived assets was $11.3 billion [1].", Q4).supported


def test_the_subject_may_be_named_in_the_source_header():
    rows = {1: "(Dollars in millions) 2018 2017\nPurchases of property, plant and equipment (PP&E) (1,577) (1,373)"}
    claim = "3M's capital expenditure was $1,577 million in 2018 [1]."
    assert verify(claim, rows, headers={1: "3M_2018_10K, 3M"}).supported
    assert not verify(claim, rows).supported
    assert not verify(claim, rows, headers={1: "ADOBE_2018_10K, Adobe"}).supported


def test_the_subject_may_be_named_in_the_heading_above_a_table():
    page = {
        1: "SK hynix began mass production of HBM3E.\nTable 2. SK hynix annual results\n(KRW trillions)\n"
        "Item 2023 2024\nRevenue 32.77 66.19\nOperating profit (loss) -7.73 23.47\n5. Samsung\n"
        "Samsung announced a 12-high HBM3E stack."
    }
    assert verify("SK hynix's operating profit was 23.47 trillion won in 2024 [1].", page).supported
    assert not verify("Samsung's operating profit was 23.47 trillion won in 2024 [1].", page).supported


@pytest.mark.parametrize(
    "sentence, vocab, expected",
    [
        ("Microsoft's revenue grew 12% in Q4 FY2024 [1].", set(), {"microsoft"}),
        ("Revenue was $5 billion in January [1].", {"revenue"}, set()),
        ("Amazon spent the most [1].", {"spent"}, set()),  # a capitalised first word may be a common one
        ("Capex was $5 billion [1].", set(), set()),
        ("That was $5 billion [1].", set(), set()),
        ("The NVIDIA H100 carries 80 GB of HBM3 [1].", {"the"}, {"nvidia", "h100", "hbm3"}),
        ("In 2024 SK hynix and Acme Inc. led [1].", {"in"}, {"sk", "acme"}),
    ],
)
def test_named_entities(sentence, vocab, expected):
    assert named_entities(sentence, vocab) == expected


def test_a_first_word_is_a_name_when_the_sources_use_it_as_one():
    names = name_words("Finance leases matter at Amazon because it leases.", "Amazon's sales rose.")
    assert {"amazon"} <= names and "finance" not in names
    assert named_entities("Amazon spent the most [1].", {"spent"}, names) == {"amazon"}


def test_a_sentence_starting_with_another_company_name_is_checked():
    v = verify("Microsoft spent $26.3 billion in the quarter [1].", Q4)
    assert not v.supported


def test_best_spans_prefers_the_annual_figure_for_a_question_about_a_year():
    text = ("In the fourth quarter of fiscal 2024 alone, Microsoft's capital expenditures were $19.0 billion.\n"
            "Microsoft's capital expenditures were $55.7 billion in fiscal year 2024, which ended on 30 June.")
    (a, b), = best_spans("What were Microsoft's capital expenditures in fiscal year 2024?", text, 1)
    assert "$55.7 billion" in text[a:b]
    (a, b), = best_spans("What were Microsoft's capital expenditures in the fourth quarter of 2024?", text, 1)
    assert "$19.0 billion" in text[a:b]


def test_quotable_rejects_headings_numbering_and_bare_figures():
    from assistant.answer.quotes import quotable

    for bad in ["Table 1.", "3.", "## Price per million tokens", "$26.3", "4. SK hynix"]:
        assert not quotable(bad), bad
    for good in ["Revenue 32.77 66.19", "Amazon spent the most in the fourth quarter of 2024."]:
        assert quotable(good), good


def test_figures_stitched_from_different_sentences_are_not_supported():
    src = {1: "NVIDIA's Data Center revenue was $115.2 billion in fiscal year 2025, up 142% from $47.5 billion "
              "in fiscal year 2024. Total revenue in the fourth quarter of fiscal 2024 was $60.9 billion."}
    headers = {1: "ai_accelerators_2024, NVIDIA"}
    stitched = verify("NVIDIA's revenue was $115.2 billion, up 142% from $60.9 billion [1].", src, headers=headers)
    assert not stitched.supported
    assert stitched.sentences[0].reason == "figures not stated together in the cited source"
    faithful = verify("NVIDIA's Data Center revenue was $115.2 billion, up 142% from $47.5 billion [1].", src,
                      headers=headers)
    assert faithful.supported


def test_a_figure_said_of_another_year_is_not_supported():
    src = {1: "The Company expects 2019 capital spending to be approximately $1.7 billion to $1.9 billion."}
    wrong = verify("3M's FY2018 capital expenditure was $1.7 billion [1].", src, headers={1: "3M_2018_10K, 3M"})
    assert not wrong.supported
    right = verify("3M expects 2019 capital spending of about $1.7 billion [1].", src, headers={1: "3M_2018_10K, 3M"})
    assert right.supported


def test_a_bare_number_is_not_supported_by_a_percentage():
    src = {1: "TrendForce estimated that SK hynix held 50% of the HBM market in 2022."}
    assert not verify("SK hynix's HBM revenue was 50 [1].", src, headers={1: "hbm"}).supported
    assert verify("SK hynix held 50% of the HBM market in 2022 [1].", src, headers={1: "hbm"}).supported


# ---- a number is checked with its period and subject (pages holding several years of one metric) -------------

SEGMENT_PAGE = """4. Contoso segments
Contoso's Cloud segment revenue was a record $9.4 billion in 2024, up 31% from $7.2 billion in 2023. The
Devices segment earned $3.3 billion in 2024, against $3.9 billion a year earlier.
Table 3. Contoso revenue by segment
(US$ billions)
Segment 2022 2023 2024
Cloud 5.1 7.2 9.4
Devices 4.4 3.9 3.3
Total revenue 9.5 11.1 12.7
"""
HEADER = {1: "contoso_2024, Contoso, market report"}


def test_a_figure_given_the_wrong_year_is_dropped():
    wrong = verify("Contoso's Cloud revenue was $9.4 billion in 2023 [1].", {1: SEGMENT_PAGE}, headers=HEADER)
    assert not wrong.supported and wrong.sentences[0].reason == "number said of another period in cited source"
    assert wrong.unsupported_numbers == ("$9.4 billion",)
    right = verify("Contoso's Cloud revenue was $9.4 billion in 2024 [1].", {1: SEGMENT_PAGE}, headers=HEADER)
    assert right.supported
    table_only = SEGMENT_PAGE[SEGMENT_PAGE.index("Table 3."):]
    assert not verify("Contoso's total revenue was $11.1 billion in fiscal 2024 [1].", {1: table_only},
                      headers=HEADER).supported
    assert verify("Contoso's total revenue was $11.1 billion in fiscal 2023 [1].", {1: table_only},
                  headers=HEADER).supported
    assert verify("In 2022, Contoso's Devices segment earned $4.4 billion [1].", {1: table_only},
                  headers=HEADER).supported
    # a year earlier: the sentence's own wording ties $3.9 billion to 2023
    assert not verify("Devices revenue was $3.9 billion in 2024 [1].", {1: SEGMENT_PAGE}, headers=HEADER).supported


def test_a_table_figure_in_another_companys_row_or_a_quarter_is_not_support():
    table = """Table 1. Capital expenditure
(US$ billions)
Company 2023 2024
Fabrikam 12.0 18.2
Northwind 6.4 9.9
"""
    headers = {1: "capex_2024, market report"}
    assert verify("Northwind's capital expenditure was $9.9 billion in 2024 [1].", {1: table}, headers=headers).supported
    moved = verify("Fabrikam's capital expenditure was $9.9 billion in 2024 [1].", {1: table}, headers=headers)
    assert not moved.supported
    quarter = "(US$ billions)\nCompany Q4 2024\nNorthwind 2.5\n"
    assert not verify("Northwind spent $2.5 billion on capital expenditure in 2024 [1].", {1: quarter},
                      headers=headers).supported
    assert verify("Northwind spent $2.5 billion in the fourth quarter of 2024 [1].", {1: quarter},
                  headers=headers).supported


def test_a_singular_scale_word_in_a_table_caption_is_a_scale():
    # "($ million)" / "(US$ million, except per share data)": the style of filers outside the US
    assert scale_markers("($ million) EBITDA EBIT Net income") == {1e6}
    assert scale_markers("(US$ thousand, except per share data)") == {1e3}
    assert scale_markers("(1 million)") == set()  # a figure in parentheses is not a caption
    table = "($ million)\nAdjusted EBITDA 2,117 2,018"
    assert supported_by(one("$2.018 billion"), table)
    assert not supported_by(one("$2.018 billion"), "Adjusted EBITDA 2,117 2,018")
