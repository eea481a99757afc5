"""Session 27 (#10): a filing written in Markdown (an earnings release exhibit) prints its statements as pipe tables.
Their rows are read as the cells PDF and HTML text give (``statements.unpiped``: a bar is a cell's edge, the rule row
under the header is blank, every offset kept), so extraction, the input check and the statement test read them; a
page that states no scale reads its figures at the scale stated on the page before (the title and "(In millions)"
left at the foot of that page); a bare year joined to a quarter ("the second quarter of 2027 and of 2026") is that
quarter of the year; "<figure> excluding <item>" is never read as another figure across its qualifier; "<A> relative
to <B>" asks one figure over another. The filer, its rows and the wordings are written for these tests."""

from __future__ import annotations

from assistant.answer.asked_shares import asks_share
from assistant.answer.checks import check_facts_answer
from assistant.answer.intents import LOOKUP, answer_question
from assistant.finance.inputs import check_input
from assistant.finance.statements import statement_kind, unpiped
from assistant.query.definitions import find_definitions
from assistant.text.periods import periods_named
from assistant.types import DocMeta
from finance_filings import memory_index

WREN = DocMeta(doc_id="wrenfield_q3_27", doc="wrenfield_marinas_q3_2027_earnings_release",
               source="wrenfield_marinas_q3_2027_earnings_release.md", company="Wrenfield Marinas",
               fiscal_year=2027, period="Q3 2027", doc_type="earnings release")

WREN_P2 = """## Outlook

Management now sees slip revenue for the full year up 4% to 5%.

## WRENFIELD MARINAS, INC. CONSOLIDATED STATEMENTS OF OPERATIONS

(In millions, except per-share amounts)"""

WREN_P3 = """| | Three Months Ended Sept. 30, 2027 | Nine Months Ended Sept. 30, 2027 | Three Months Ended Sept. 30, 2026 | Nine Months Ended Sept. 30, 2026 |
|---|---|---|---|---|
| Slip and storage rentals | $188.4 | $512.6 | $176.2 | $489.0 |
| Fuel and service | 61.3 | 150.2 | 58.9 | 147.7 |
| Reimbursed owner costs | 22.5 | 66.0 | 20.1 | 61.4 |
| Total revenues | $272.2 | $728.8 | $255.2 | $698.1 |
| Marina operating costs | 131.7 | 361.9 | 124.0 | 350.2 |
| Reimbursed owner costs | 22.5 | 66.0 | 20.1 | 61.4 |
| Depreciation and amortization | 30.6 | 89.5 | 28.8 | 85.1 |
| Operating income | 87.4 | 211.4 | 82.3 | 201.4 |
| Interest expense | (19.8) | (57.6) | (18.1) | (53.9) |
| Income before income taxes | 67.6 | 153.8 | 64.2 | 147.5 |
| Provision for income taxes | (17.2) | (38.9) | (15.3) | (35.8) |
| Net income | $50.4 | $114.9 | $48.9 | $111.7 |

## NET INCOME RECONCILED TO ADJUSTED EBITDA

| | Three Months Ended Sept. 30, 2027 | Nine Months Ended Sept. 30, 2027 | Three Months Ended Sept. 30, 2026 | Nine Months Ended Sept. 30, 2026 |
|---|---|---|---|---|
| Net income | $50.4 | $114.9 | $48.9 | $111.7 |
| Provision for income taxes | 17.2 | 38.9 | 15.3 | 35.8 |
| Adjusted EBITDA | $118.0 | $301.0 | $111.1 | $286.5 |"""

PAGES = {1: "# Wrenfield Marinas Reports Third Quarter 2027 Results\n\nExhibit 99.1", 2: WREN_P2, 3: WREN_P3}


def _index():
    return memory_index([(WREN, PAGES)])


def test_pipe_rows_read_as_cells_offsets_kept():
    row = "| Net income | $50.4 | $48.9 |"
    assert unpiped(row) == "  Net income   $50.4   $48.9  " and len(unpiped(row)) == len(row)
    assert unpiped("|---|:---:|---:|").strip() == ""
    assert unpiped("Revenue rose 4% | a note") == "Revenue rose 4% | a note"  # a bar in prose is no cell


def test_pipe_table_rows_are_facts_of_their_columns():
    facts = {f.period: f for f in _index().facts(metric="income_tax_expense") if "(" in f.quote}
    assert facts["Q3 2026"].value == -15.3 and facts["9M 2027"].value == -38.9
    assert facts["Q3 2027"].scale == 1e6 and facts["Q3 2027"].quote in WREN_P3
    assert statement_kind(unpiped(WREN_P3.split("## NET INCOME RECONCILED")[0])) is not None


def test_input_check_reads_the_pipe_row_and_its_header():
    index = _index()
    f = next(f for f in index.facts(metric="net_income") if f.period == "Q3 2026" and f.quote.startswith("Net income"))
    assert check_input(f, WREN_P3, primary=False) is None
    assert check_input(f, WREN_P3, primary=True, before=WREN_P2) is None


def test_a_joined_year_repeats_the_quarter():
    assert periods_named("Which margin did it earn in the second quarter of 2027 and of 2026?") == ["Q2 2026", "Q2 2027"]
    assert periods_named("Slip revenue in Q2 2027 compared with 2026?") == ["Q2 2026", "Q2 2027"]
    assert periods_named("Slip revenue in Q4 2027 and in fiscal 2027?") == ["Q4 2027", "FY2027"]


def test_tax_rate_of_both_quarters_checks_out_at_the_scale_of_the_page_before():
    index = _index()
    q = "How heavily was Wrenfield Marinas taxed, as its effective tax rate, in the third quarter of 2027 and of 2026?"
    a = answer_question(q, index)
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    assert "25.4%" in a.text and "23.8%" in a.text, a.text  # 17.2 / 67.6 and 15.3 / 64.2
    checked = check_facts_answer(a, index.documents(), {}, lambda d, p: PAGES.get(p))
    assert checked is not None and checked.verification.supported, checked and checked.verification


def test_an_excluded_item_is_never_read_as_the_figure():
    (d,) = find_definitions("Which margin did it earn, measured as Adjusted EBITDA over total revenues excluding "
                            "reimbursed owner costs?", LOOKUP)
    right = d.expr.right
    assert right.metric != "cost_of_revenue" and right.alt is not None and right.alt.left.metric == "revenue", d
    a = answer_question("What Adjusted EBITDA margin did Wrenfield Marinas earn in Q3 2027, measured as Adjusted EBITDA over total "
                        "revenues excluding reimbursed owner costs?", _index())
    assert a is not None and not a.refused and "47.3%" in a.text, a and a.text  # 118.0 / (272.2 - 22.5)


def test_one_figure_relative_to_another_asks_a_share():
    assert asks_share("How big were its bad-debt charges relative to bookings in Q3 2027?")
    assert asks_share("What was net debt in relation to Adjusted EBITDA?")
    assert not asks_share("How did revenue grow relative to the prior year?")
    assert not asks_share("How did margins move relative to 2024?")


def test_another_company_of_the_same_trade_is_a_stray_name():
    """A capitalised run that shares only a common word with the filer's name ("Marinas") names someone else (an
    acquired company): the filer's figure never answers for it (``named_subjects.stray_names``)."""
    from assistant.answer.named_subjects import stray_names
    index = _index()
    assert "Tidewater" in stray_names("How much revenue did Tidewater Cove Marinas earn in the year before Wrenfield "
                                      "bought it?", index)
    assert stray_names("What was Wrenfield Marinas' net income in Q3 2026?", index) == []
