"""Session 20 (reports): a report's figure and reason list answer only the asked subject, move and period.
Every sentence and question is written for these tests (fictional notes on harbour ferries and recycled glass)."""

from __future__ import annotations

from assistant.answer import prose_causes
from assistant.answer import render as R
from assistant.answer import scoring as S
from assistant.answer import extract as X
from assistant.types import DocMeta
from one_page import ask_one_page

FERRY = DocMeta(doc_id="dferry", doc="harbour_ferries_2025", source="/r/harbour_ferries_2025.html",
                title="Harbour ferries: a record year for the commuter boats")  # fmt: skip
FERRY_PAGE = (
    "Summary\n\n"
    "Harbour ferries carried 412 million passengers worldwide in 2024, 6.2% more than the 388 million of 2023, "
    "according to the Tidewater Transit Review. Commuter routes in the Bay of Lanterns carried the most, and the "
    "Harbour Authority of Quillport added four routes.\n\n"
    "Operators\n\n"
    "Bluewake Lines carried 61 million passengers in 2024 and Saltmere Ferries 44 million.\n\n"
)
GLASS = DocMeta(doc_id="dglass", doc="recycled_glass_2025", source="/r/recycled_glass_2025.pdf",
                title="Cullet Markets: Recycled Container Glass in the Nordics, 2023-2025")  # fmt: skip
GLASS_PAGE = (
    "1. Summary\n\n"
    "Nordic plants melted 2.40 million tonnes of recycled container glass in 2025, 8.1% more than in 2024.\n\n"
    "Melting rose for three reasons, of which the last is likely to fade in 2026:\n"
    "- new bottle-return machines in Norway's supermarkets raised the collection of clear glass;\n"
    "- two furnaces in Sweden were rebuilt to take more cullet;\n"
    "- a mild winter cut the cost of drying the glass.\n\n"
    "5. Outlook\n\n"
    "We now expect the plants to melt 2.55 million tonnes in 2026, 6.3% more than in 2025 but less than we forecast "
    "in June. We lowered our forecast because two furnaces will close for relining and because bottlers are switching "
    "some lines to cans.\n\n"
)


def _shown(question: str, page: str, meta: DocMeta) -> tuple[X.Extraction, str]:
    ex = ask_one_page(question, page, meta)
    return ex, (R.render(ex, lambda d, p: page)[0] if ex.answered else "")


def test_a_subjects_own_common_word_opening_the_sentence_is_no_other_member():
    # "Harbour" is written as a name elsewhere on the page ("the Harbour Authority"), but the question writes it in
    # lower case: the sentence it opens is about the whole market the question asks, not one member's figure
    for question in ("How many passengers did harbour ferries carry worldwide in 2024?",
                     "How many passengers did harbour ferries carry worldwide in 2024, and what growth was that on 2023?"):
        ex, text = _shown(question, FERRY_PAGE, FERRY)
        assert ex.answered and "412 million" in text, question
        assert "61 million" not in text


def test_another_members_sentence_still_does_not_answer_the_whole_market():
    ex, text = _shown("How many passengers did ferries carry worldwide in 2024?",
                      "Operators\n\nThe largest operator is Bluewake Lines. Bluewake Lines carried 61 million passengers in 2024.\n",
                      FERRY)
    assert "61 million" not in text


def test_a_forecasts_reasons_do_not_answer_the_move_of_its_base_year():
    assert S.forecast_against({2025}, "We now expect the plants to melt 2.55 million tonnes in 2026, 6.3% more than in 2025.")
    assert not S.forecast_against({2026}, "We now expect the plants to melt 2.55 million tonnes in 2026, 6.3% more than in 2025.")
    assert not S.forecast_against({2025}, "Plants melted 2.40 million tonnes in 2025, 8.1% more than in 2024.")
    for question in ("What drove the increase in Nordic cullet melting in 2025?",
                     "Why did Nordic plants melt more recycled glass in 2025?"):
        ex, text = _shown(question, GLASS_PAGE, GLASS)
        assert "lowered our forecast" not in text, question
        assert "bottle-return machines" in text, question


def test_a_relative_clause_looking_ahead_dates_no_change_of_the_list():
    assert prose_causes.lead_effect_text(
        "Melting rose for three reasons, of which the last is likely to fade in 2026:") == "Melting rose for three reasons"
    ex, text = _shown("What explains the growth in recycled glass melted by Nordic plants in 2025?", GLASS_PAGE, GLASS)
    assert "a mild winter" in text and "two furnaces in Sweden" in text


def test_a_conceded_move_of_the_question_is_not_the_move_asked():
    assert S._opposite_direction("Why did cullet prices fall in 2025 even though melting grew?", "Melting rose for three reasons:")
    assert S._opposite_direction("Why did cullet prices fall in 2025, although more glass was melted and volumes rose?",
                                 "Melting rose for three reasons:")
    assert not S._opposite_direction("Why did melting grow in 2025?", "Melting rose for three reasons:")
    ex, text = _shown("Why did cullet prices fall in 2025 even though melting grew?", GLASS_PAGE, GLASS)
    assert "bottle-return machines" not in text  # the list explains the rise in melting, not the fall in prices


PRICES_PAGE = ("3. Prices\n\n"
               "Table 2. Average prices of cullet and virgin sand in the Nordics, 2023-2025\n"
               "(EUR per tonne)\n"
               "Product 2023 2024 2025\n"
               "Virgin glass sand 40 42 45\n"
               "Clear cullet 80 95 70\n"
               "Premium of cullet over virgin sand 40 53 25\n"
               "Note: Annual averages of quarterly contract prices.\n\n"
               "At these prices the Nordic cullet market was worth about EUR 168 million, 6.3% less than the EUR 179 "
               "million of 2024 despite the larger volume.\n")


def test_a_row_measuring_one_row_against_another_is_asked_by_naming_both():
    for question in ("How large was the premium of clear cullet over virgin glass sand in 2025?",
                     "What was the premium of cullet over virgin sand in 2025, in EUR per tonne?"):
        ex, text = _shown(question, PRICES_PAGE, GLASS)
        assert ex.answered and "Premium of cullet over virgin sand: 2023 40, 2024 53, 2025 25" in text, question
    ex, text = _shown("What was the average price of clear cullet in 2025?", PRICES_PAGE, GLASS)
    assert "Premium of cullet" not in text  # the row asked by its own name, not the spread row


def test_a_pronoun_change_part_after_a_row_is_that_rows_change():
    for question in ("How large was the premium of clear cullet over virgin glass sand in 2025, and how much did it change "
                     "versus 2024?",
                     "What premium did cullet command over virgin sand in 2025, and by how much did that fall from 2024?"):
        ex, text = _shown(question, PRICES_PAGE, GLASS)
        assert not ex.partial and "Down €28 (-52.8%): 25 (2025) against 53 (2024)" in text, question
        assert "6.3%" not in text  # the market's value moved, not the premium


COUNTRY_PAGE = ("2. Melting by country\n\n"
                "Table 1. Cullet melted by country, 2024-2025\n"
                "(thousand tonnes)\n"
                "Country 2024 2025\n"
                "Sweden 900 960\n"
                "Norway 600 680\n"
                "Denmark 500 520\n"
                "Finland 220 240\n"
                "Total 2,220 2,400\n\n"
                "Sweden melted the most, helped by its two rebuilt furnaces.\n")


def test_a_share_of_the_reports_own_whole_named_by_its_title():
    for question in ("What share of the Nordics' cullet melting, to one decimal place, did Sweden account for in 2025?",
                     "What percentage of the Nordics' cullet melting in 2025, rounded to one decimal place, came from Norway?"):
        ex, text = _shown(question, COUNTRY_PAGE, GLASS)
        assert ("40.0% of the Total row in 2025" in text) or ("28.3% of the Total row in 2025" in text), question
    ex, text = _shown("What share of the Baltic region's cullet melting did Sweden account for in 2025?", COUNTRY_PAGE, GLASS)
    assert "% of the Total row" not in text  # the whole asked is named nowhere: not this table's total
