"""Definitions whose inputs the question spells out in terms of the filer's own rows (issue 10):

- a name the body uses and a later clause defines (", where inventories are A plus B") stands for that clause's
  arithmetic, also when mia knows a figure by that name, and also averaged ("average inventories between FY2024 and
  FY2025" is the average of A plus the average of B);
- in arithmetic itemised with operators ("A and B plus C and D"), an "and" inside a term that joins no two figures mia
  knows is part of one row's label ("work in process and finished goods"), found only where printed so;
- a row's label followed by a parenthesis describing how the filer makes the line up, in words mia cannot compute
  ("interest, net (interest on borrowings and on finance leases, less interest earned)"), is that row;
- a table's caption read into its first row ("Inventories, net Raw materials and parts") still names that row.

The filers, their statements and every wording are fictional (Larkspur Tool Works, Quillfeather Outfitters), written
for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, Input, Op, Unparsed, find_definitions
from finance_filings import memory_index, meta

LARKSPUR = meta("LARKSPUR_2025_10K", "Larkspur Tool Works, Inc.", 2025)

LARKSPUR_IS = """LARKSPUR TOOL WORKS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In millions)
Years ended December 31 2025 2024 2023
Net sales $ 4,820.0 $ 4,515.0 $ 4,302.0
Cost of sales 3,150.0 2,990.0 2,861.0
Gross profit 1,670.0 1,525.0 1,441.0
Selling, general and administrative expenses 910.0 866.0 840.0
Operating income 760.0 659.0 601.0
Interest:
Borrowings 88.0 91.0 95.0
Finance leases 12.0 11.0 9.0
Interest income (20.0) (14.0) (8.0)
Interest, net 80.0 88.0 96.0
Income before income taxes 680.0 571.0 505.0
Provision for income taxes 150.0 126.0 111.0
Net income $ 530.0 $ 445.0 $ 394.0
"""

LARKSPUR_BS = """LARKSPUR TOOL WORKS, INC.
CONSOLIDATED BALANCE SHEETS
(In millions)
December 31 2025 2024
Cash and cash equivalents $ 310.0 $ 275.0
Trade receivables, net 640.0 612.0
Inventories 905.0 870.0
Total current assets 1,855.0 1,757.0
Property, plant and equipment, net 1,420.0 1,388.0
Total assets 3,275.0 3,145.0
Total liabilities 1,900.0 1,860.0
Total shareholders' equity 1,375.0 1,285.0
Total liabilities and shareholders' equity 3,275.0 3,145.0
"""

# the inventory note: its caption read into its first row by the text layer
LARKSPUR_NOTE = """NOTE 6. INVENTORIES
(In millions)
December 31 2025 2024
Inventories, net Raw materials and parts 385.0 360.0
Work in progress and finished products 520.0 510.0
Total inventories 905.0 870.0
"""

PAGES = {40: LARKSPUR_IS, 41: LARKSPUR_BS, 55: LARKSPUR_NOTE}


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, PAGES)])


WHERE = [
    "Define Larkspur's inventory turnover as FY2025 cost of sales / (average inventories between FY2024 and FY2025), "
    "where inventories are raw materials and parts plus work in progress and finished products. What was it, to two "
    "decimals?",
    "Inventory turns are calculated as cost of sales divided by average inventories for FY2024 and FY2025, where "
    "inventories are raw materials and parts plus work in progress and finished products. What were Larkspur's "
    "inventory turns in FY2025?",
]


@pytest.mark.parametrize("q", WHERE)
def test_a_later_where_clause_defines_the_averaged_name(q):
    found = find_definitions(q, LOOKUP)
    assert len(found) == 2 and all(isinstance(d, Definition) for d in found), found
    e = found[0].expr
    assert isinstance(e, Op) and e.op == "/" and isinstance(e.right, Op) and e.right.op == "+", e
    parts = [e.right.left, e.right.right]
    assert all(isinstance(p, Input) and p.how == "average" and p.years == (2024, 2025) for p in parts), parts
    assert [p.metric for p in parts] == ["row:raw materials and parts", "row:work in progress and finished products"]


@pytest.mark.parametrize("q", WHERE)
def test_a_later_where_clause_is_computed_from_the_rows(q, index):
    a = answer_question(q, index)
    assert a is not None and not a.refused, a and a.text
    # 3,150.0 / ((385 + 360) / 2 + (520 + 510) / 2) = 3,150.0 / 887.5 = 3.55
    assert "3.55" in a.text, a.text


def test_an_itemised_term_with_two_guessed_labels_is_one_row():
    q = ("Taking stock on hand as raw materials plus work in progress and finished products, what was Larkspur's "
         "stock on hand at the end of FY2025?")
    found = find_definitions(q, LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    e = found[0].expr
    assert isinstance(e, Op) and isinstance(e.right, Input), e
    assert e.right.metric == "row:work in progress and finished products"


def test_two_figures_mia_knows_still_join():
    # "cash and cash equivalents" and "accounts receivable" are figures mia knows: no one label
    q = "Define liquid assets as cash and accounts receivable plus short-term investments. What were they in FY2025?"
    found = find_definitions(q, LOOKUP)
    assert not (isinstance(found[0], Definition) and any(
        "and" in i.metric for i in found[0].inputs() if i.metric.startswith("row:"))), found


DESCRIBED = [
    "Define interest coverage as operating income divided by interest, net (interest on borrowings and on finance "
    "leases, less interest income), all from the consolidated statements of income. What was Larkspur's FY2025 "
    "interest coverage?",
    "Taking interest cover as operating income over interest, net (interest it pays on borrowings and on finance leases, "
    "less interest it earns on cash), what was Larkspur's interest cover in FY2025?",
]


@pytest.mark.parametrize("q", DESCRIBED)
def test_a_described_row_is_the_row_before_the_parenthesis(q):
    found = find_definitions(q, LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    e = found[0].expr
    assert isinstance(e, Op) and isinstance(e.right, Input) and e.right.metric == "row:interest net", e
    assert "finance leases" in e.right.words


@pytest.mark.parametrize("q", DESCRIBED)
def test_a_described_row_is_computed(q, index):
    a = answer_question(q, index)
    assert a is not None and not a.refused, a and a.text
    assert "9.50" in a.text, a.text  # 760.0 / 80.0


def test_a_described_figure_mia_knows_is_still_its_arithmetic():
    # the name before the parenthesis is a figure mia knows: the parenthesis must be read, else declined
    q = ("Define leverage as total debt (what it owes its banks and on its leases) divided by total equity. What was "
         "Larkspur's FY2025 leverage?")
    found = find_definitions(q, LOOKUP)
    assert isinstance(found[0], Unparsed), found


def test_a_described_row_not_printed_is_declined_naming_it(index):
    q = ("Define interest coverage as operating income divided by financing charges, net (interest on borrowings and "
         "on finance leases, less interest income). What was Larkspur's FY2025 interest coverage?")
    a = answer_question(q, index)
    assert a is None or a.refused, a.text
    if a is not None:
        assert "financing charges" in a.text, a.text
