"""A measure the question defines in a sentence of its own ("Net debt is A (its parts in words) less B. What
was ...?") is computed from the definition's inputs or declined; it is never answered with the figure the filer
states for one of its inputs ("total debt was $X"). The statement is a definition also when the word before the
operator closes a parenthesis or a comma ("total debt (...) less cash", "total debt, including finance leases, less
cash"), and a figure followed by a parenthesis listing the figures it is made of, in words ("total borrowings
(short-term borrowings and long-term debt)"), is those figures added up. Fictional filers, rows and wordings written
for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, Unparsed, find_definitions
from finance_filings import memory_index, meta

TW26 = meta("TOLLWOOD_FREIGHT_2026_10K", "Tollwood Freight Lines, Inc.", 2026)

TW_BALANCE = """TOLLWOOD FREIGHT LINES, INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31 2026 2025
Cash and cash equivalents $ 84.5 $ 61.2
Trade receivables, net 212.7 198.4
Total current assets 341.9 305.0
Total assets $ 1,604.8 $ 1,511.3
Accounts payable $ 96.1 $ 90.7
Current installments of notes and lease obligations 31.0 29.4
Total current liabilities 188.6 176.2
Notes and lease obligations, excluding current installments 702.3 655.8
Total liabilities 1,002.5 925.6
Total stockholders' equity 602.3 585.7
Total liabilities and stockholders' equity $ 1,604.8 $ 1,511.3
"""

TW_MDA = """Liquidity and capital resources
Total debt stood at $733.3 million on December 31, 2026; the revolver had $180.0 million undrawn. We expect
operating cash flows to pay for the tractor replacement program.
"""

OR26 = meta("ORRIN_MILLWORKS_2026_10K", "Orrin Millworks Corporation", 2026)

OR_BALANCE = """ORRIN MILLWORKS CORPORATION
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31 2026 2025
Cash and cash equivalents $ 1,340 $ 1,115
Total current assets 5,870 5,460
Total assets $ 19,220 $ 18,305
Short-term borrowings $ 275 $ 310
Accounts payable 1,905 1,820
Total current liabilities 3,660 3,515
Long-term debt 4,815 4,990
Total liabilities 11,940 11,820
Total shareholders' equity 7,280 6,485
Total liabilities and shareholders' equity $ 19,220 $ 18,305
"""

IX = memory_index([(TW26, {44: TW_MDA, 61: TW_BALANCE}), (OR26, {58: OR_BALANCE})])

PARTS_IN_WORDS = ("Net debt is total borrowings (notes, term loans and lease obligations, current and noncurrent) "
                  "less cash and equivalents. How much net debt did Tollwood Freight carry at December 31, 2026?")
AFTER_A_COMMA = ("Net debt is total debt, lease obligations included, less cash and equivalents. How much net debt "
                 "did Tollwood Freight carry at December 31, 2026?")
LISTED_FIGURES = ("Net debt is total borrowings (short-term borrowings and long-term debt) minus cash and cash "
                  "equivalents. How much net debt did Orrin Millworks carry at December 31, 2026?")


def test_an_operator_after_a_parenthesis_or_a_comma_still_states_a_definition():
    for question in (PARTS_IN_WORDS, AFTER_A_COMMA):
        defs = find_definitions(question, LOOKUP)
        assert len(defs) == 1 and isinstance(defs[0], (Definition, Unparsed)), (question, defs)
        assert defs[0].name.lower() == "net debt", defs


def test_a_defined_measure_is_never_answered_with_one_inputs_stated_figure():
    for question in (PARTS_IN_WORDS, AFTER_A_COMMA):
        a = answer_question(question, IX)
        # computed from the rows (31.0 + 702.3 - 84.5 = 648.8) or declined; never the stated total debt alone
        assert a is not None, question
        assert "733.3" not in a.text.split("Input")[0] or "648.8" in a.text, a.text
        assert a.refused or "648.8" in a.text, a.text


def test_a_parenthesis_listing_the_figures_a_name_is_made_of_is_their_sum():
    defs = find_definitions(LISTED_FIGURES, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    assert [i.words for i in defs[0].inputs()] == ["short-term borrowings", "long-term debt", "cash and cash equivalents"]
    a = answer_question(LISTED_FIGURES, IX)
    assert a is not None and not a.refused, a and a.text
    assert "3,750" in a.text, a.text  # 275 + 4,815 - 1,340

