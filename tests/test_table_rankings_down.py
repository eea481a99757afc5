"""prose_tables: a ranking or comparison of a report table's rows by how fast they fell ("fell fastest", "the steepest
fall", "the sharpest decline", "fell faster than") puts the lowest rate first and says "decline"; when no row fell it
gives no answer (never the fastest-growing row).

Every report, table and question here is invented for these tests (fictional markets and carriers)."""

from __future__ import annotations

from test_table_any_row import picks


def test_the_fastest_fall_is_the_lowest_rate_named_a_decline():
    for q in ("Which region's wagon repair spending fell fastest in 2024?",
              "Which region saw the steepest fall in wagon repair spending in 2024?",
              "Which region posted the sharpest decline in wagon repair spending in 2024?"):
        got = picks(q, "drep", 2)
        assert got[0][1].startswith("Danube basin: the fastest decline of the table's 5 rows from 2023 to 2024 "
                                    "(EUR million): 236 (2023) to 229 (2024), -7 (-3.0%)"), (q, got)
    # growth still ranks the other way
    got = picks("Which region's wagon repair spending grew fastest in 2024?", "drep", 2)
    assert got[0][1].startswith("Baltic states: the fastest growth"), got


def test_no_row_fell_no_fastest_fall():
    assert picks("Which carrier's passenger numbers fell fastest in 2024?", "dfer", 1) == {}
    assert picks("Which carrier saw the steepest drop in passengers in 2024?", "dfer", 1) == {}


def test_of_two_rows_the_one_that_fell_fell_faster_and_none_when_neither_fell():
    got = picks("Did the Danube basin's wagon repair spending fall faster than Iberia's in 2024?", "drep", 2)
    assert got[0][0] == "Yes" and got[0][1].startswith("Danube basin: the faster decline."), got
    assert picks("Did the Nordics' wagon repair spending fall faster than Iberia's in 2024?", "drep", 2) == {}
