"""Changes between two figures quoted in one sentence or table row (answer/prose_changes.py) and the extractive
answers that show them (answer/extract.py hooks).

Every sentence and row below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as XC
from assistant.answer import scoring as S
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_changes as C
from assistant.index.embeddings.hash import HashEmbedder
from assistant.text.bindings import Period
from assistant.types import Answer, Chunk, DocMeta, Hit
from one_page import ask_one_page

META = DocMeta(doc_id="dtank", doc="tank_storage_2025", source="/r/tank_storage_2025.md",
               title="Tank Storage Review 2025")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def _answer(question: str, page: str) -> str:
    ex = _ask(question, page)
    return R.render(ex, lambda d, p: page)[0]


# ------------------------------------------------------------------------------------------- the question


def test_change_questions_are_recognised():
    for q in ("By how much did Northwind's revenue fall in fiscal 2025 vs the previous fiscal year?",
              "How many percentage points of occupancy did Contoso lose in Q4 2024 vs a year earlier?",
              "How many basis points did the net interest margin narrow in 2024?",
              "What was the change in Contoso's utilisation rate in 2024?"):  # fmt: skip
        assert C.asks_change(q), q
        assert Q.read_question(q)[0].unit == "change", q
    assert not C.asks_change("How many percentage points of the market does Contoso hold?")
    assert not C.asks_change("How much did Contoso spend on research in 2024?")


def test_compared_periods_are_the_asked_one_and_the_year_before_or_the_two_named():
    assert C.compared_periods("... in fiscal 2025 vs the previous fiscal year", {2025}, set()) == (Period(2025), Period(2024))
    assert C.compared_periods("... in Q4 2024 vs a year earlier", {2024}, {4}) == (Period(2024, 4), Period(2023, 4))
    assert C.compared_periods("... between 2021 and 2024", {2021, 2024}, set()) == (Period(2024), Period(2021))
    assert C.compared_periods("... in 2022, 2023 and 2024", {2022, 2023, 2024}, set()) is None
    assert C.compared_periods("by how much did it fall?", set(), set()) is None


def test_direction_questions_are_recognised():
    assert C.asks_direction("and was it rising or falling?")
    assert C.asks_direction("is it going up or down")
    assert not C.asks_direction("did it rise?")


# ------------------------------------------------------------------------------------------- the figures


def test_a_sentence_quoting_one_measure_for_both_periods_gives_the_pair():
    s = "Tailspin's storage revenue fell to $212 million in fiscal 2025 from $240 million in fiscal 2024."
    pair = C.pair_in(s, "sentence", "", "By how much did Tailspin's revenue fall in fiscal 2025?", {2025}, set())
    assert (pair.new.raw, pair.old.raw) == ("$212 million", "$240 million")
    assert C.change_text(pair) == "Down $28 million (-11.7%): $212 million (2025) against $240 million (2024)"


def test_two_percentages_give_percentage_points_and_a_year_earlier_is_the_year_before():
    s = "Utilisation at Fabrikam's terminals averaged 77.5% in the fourth quarter of 2024, against 83.0% a year earlier."
    q = "How many percentage points of utilisation did Fabrikam lose in Q4 2024 vs a year earlier?"
    pair = C.pair_in(s, "sentence", "", q, {2024}, {4})
    assert C.change_text(pair, q) == "Down 5.5 percentage points: 77.5% (Q4 2024) against 83.0% (Q4 2023)"
    bps = "How many basis points did Fabrikam's utilisation fall in Q4 2024?"
    assert C.change_text(pair, bps).startswith("Down 550 basis points (5.5 percentage points)")


def test_a_share_with_its_base_and_a_year_earlier_figure():
    s = "Heated tanks made up 22% of Contoso's capacity at the end of 2024, up from 19% a year earlier."
    pair = C.pair_in(s, "sentence", "", "What share was heated at the end of 2024?", {2024}, set())
    assert (pair.new.raw, pair.old.raw, pair.new.period, pair.old.period) == ("22%", "19%", Period(2024), Period(2023))
    assert C.direction_text(pair) == "Rising: 22% (2024), up from 19% (2023)"


def test_two_measures_in_one_sentence_are_no_pair():
    s = "Revenue was $612 million in 2024 and operating income $90 million in 2023."
    assert C.pair_in(s, "sentence", "", "By how much did revenue fall in 2024?", {2024}, set()) is None
    kinds = "Throughput was 41 million tonnes in 2024, compared with 12% growth in 2023."
    assert C.pair_in(kinds, "sentence", "", "By how much did throughput fall in 2024?", {2024}, set()) is None


def test_a_second_figure_of_another_subject_is_no_pair():
    s = "Contoso's utilisation was 72% in 2024, compared with 78% for the industry in 2023."
    assert C.pair_in(s, "sentence", "", "By how many percentage points did utilisation fall in 2024?", {2024}, set()) is None
    ok = "Contoso's utilisation was 72% in 2024, compared with 78% in 2023, as two customers left."
    assert C.pair_in(ok, "sentence", "", "By how many percentage points did utilisation fall in 2024?", {2024}, set())


def test_figures_of_other_periods_are_no_pair():
    s = "Revenue fell to $212 million in 2025 from $240 million in 2023."
    assert C.pair_in(s, "sentence", "", "By how much did revenue fall in 2025 vs the previous year?", {2025}, set()) is None


def test_a_table_row_gives_the_cells_of_both_periods_with_its_tables_unit():
    row = "Northwind Terminals: FY2024 298, FY2025 276"
    pair = C.pair_in(row, "row", "| Operator | FY2024 revenue ($m) | FY2025 revenue ($m) |",
                     "By how much did Northwind's revenue fall in fiscal 2025?", {2025}, set())  # fmt: skip
    assert C.change_text(pair) == "Down $22 million (-7.4%): 276 (2025) against 298 (2024), $m"


# ------------------------------------------------------------------------------------------- the answers

PAGE = """## Operators

Contoso Tankers' revenue fell to $212 million in fiscal 2025 from $240 million in fiscal 2024, as two
chemical contracts ended.

| Operator | FY2024 revenue ($m) | FY2025 revenue ($m) |
|---|---|---|
| Fabrikam Terminals | 298 | 276 |
| Tailspin Storage | 512 | 547 |

Heated tanks made up 22% of Tailspin's capacity at the end of 2024, up from 19% a year earlier.
"""


def test_a_markdown_head_naming_periods_and_a_measure_is_the_tables_column_heads():
    rows = [c for c in XC.page_candidates(PAGE) if c.kind == "row"]
    assert [c.text for c in rows] == ["Fabrikam Terminals: FY2024 298, FY2025 276", "Tailspin Storage: FY2024 512, FY2025 547"]


def test_a_change_question_is_answered_with_the_computed_change_and_both_figures():
    text = _answer("By how much did Contoso Tankers' revenue fall in fiscal 2025 vs the previous fiscal year?", PAGE)
    assert text.startswith("Down $28 million (-11.7%): $212 million (2025) against $240 million (2024), from")
    assert "“Contoso Tankers' revenue fell to $212 million" in text


def test_a_change_question_is_answered_from_a_table_row():
    text = _answer("By how much did Fabrikam Terminals' revenue fall in fiscal 2025 compared with fiscal 2024?", PAGE)
    assert text.startswith("Down $22 million (-7.4%)")
    assert "Fabrikam Terminals: FY2024 298, FY2025 276 [1]" in text


def test_share_and_direction_are_both_answered_from_one_quote():
    text = _answer("What share of Tailspin's capacity was heated at the end of 2024, and was it rising or falling?", PAGE)
    assert text.startswith("22% (2024), from")
    assert "Rising: 22% (2024), up from 19% (2023) [1]" in text
    assert "Not in the indexed reports" not in text and R.NO_VERDICT_TEXT not in text


def test_a_direction_without_the_year_befores_figure_is_not_answered():
    page = "Heated tanks made up 22% of Tailspin's capacity at the end of 2024.\n"
    ex = _ask("What share of Tailspin's capacity was heated at the end of 2024, and was it rising or falling?", page)
    assert ex.picks[0] is not None and ex.picks[1] is None


def test_a_direction_stated_in_words_when_no_second_figure_is_given():
    assert C.stated_direction("Heated tanks made up 22% of capacity, up three points from a year earlier.") == "Rising"
    assert C.stated_direction("The share was 22%, lower than in 2023.") == "Falling"
    assert C.stated_direction("The share was 22% at the end of 2024.") is None
    page = "Heated tanks made up 22% of Tailspin's capacity at the end of 2024, up three points from a year earlier.\n"
    ex = _ask("What share of Tailspin's capacity was heated at the end of 2024, and was it rising or falling?", page)
    assert ex.notes[1] == "Rising, as the quote says"


def test_a_share_asked_for_the_year_before_takes_the_earlier_figure_of_the_pair():
    text = _answer("What share of Tailspin's capacity was heated at the end of 2023?", PAGE)
    assert text.startswith("19% (2023), from")


def test_a_change_asked_in_percent_leads_with_the_percent_change():
    s = "Contoso's purchases of equipment were $83.0 billion in 2024, up from $52.7 billion in 2023."
    q = "What was the year-over-year growth in Contoso's purchases of equipment from 2023 to 2024, in percent?"
    pair = C.pair_in(s, "sentence", "", q, {2023, 2024}, set())
    assert C.change_text(pair, q).startswith("Up 57.5%: $83.0 billion (2024) against $52.7 billion (2023)")


def test_a_third_figure_of_another_period_after_the_pair():
    s = "Revenue was $388 million in fiscal 2025, compared with $431 million in fiscal 2024 and $470 million in fiscal 2023."
    q = "By how much did revenue fall in fiscal 2024?"
    assert C.change_text(C.pair_in(s, "sentence", "", q, {2024}, set())).startswith("Down $39 million")
    other = "Utilisation was 72% in 2024, compared with 78% in the US in 2023."
    assert C.pair_in(other, "sentence", "", "By how many percentage points did utilisation fall in 2024?", {2024}, set()) is None


def test_a_one_way_yes_no_part_is_decided_by_the_quotes_two_figures():
    assert C.asks_one_way("and is it growing") == "up" and C.asks_one_way("has it fallen?") == "down"
    assert C.asks_one_way("is it growing faster than Contoso") is None
    ex = _ask("What share of Tailspin's capacity was heated at the end of 2024, and is it growing?", PAGE)
    assert ex.verdicts[1] == "Yes" and ex.notes[1].startswith("Rising: 22% (2024)")
    ex = _ask("What share of Tailspin's capacity was heated at the end of 2024, and is it falling?", PAGE)
    assert ex.verdicts[1] == "No"
    text = R.render(ex, lambda d, p: PAGE)[0]
    assert text.startswith("No.") and "Rising: 22% (2024), up from 19% (2023)" in text



FAB = DocMeta(doc_id="dfab", doc="FABRIKAM_2026_10K", source="/r/FABRIKAM_2026_10K.pdf",
              title="Fabrikam Software, Inc. - Annual Report", company="Fabrikam", doc_type="10-K", fiscal_year=2026,
              period="FY2026")  # fmt: skip
FAB_PAGE = ("Operating margin, which we calculate as income from operations divided by total net revenue, was 9.8% in "
            "fiscal 2026, compared with 5.1% in fiscal 2025 and 2.0% in fiscal 2024.")


def _fab_answer(question: str) -> str:
    c = Chunk(chunk_id="dfab:1", doc_id="dfab", doc=FAB.doc, source=FAB.source, page=5, page_end=5, start=0,
              end=len(FAB_PAGE), text=FAB_PAGE, ordinal=1)  # fmt: skip
    ex = X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=FAB)], HashEmbedder(),
                   page_text=lambda d, p: FAB_PAGE, threshold=0.3)
    return R.render(ex, lambda d, p: FAB_PAGE)[0]


def test_a_measure_narrowed_by_a_word_before_it_needs_that_word_in_the_quote():
    # "subscription revenue" / "deferred revenue" are other items than the total revenue a margin is divided by
    for q in ("By what percentage, to one decimal place, did Fabrikam's subscription revenue grow from fiscal 2025 "
              "to fiscal 2026?",
              "How much did Fabrikam's current deferred revenue change between fiscal 2025 and fiscal 2026?"):
        text = _fab_answer(q)
        assert "4.7 percentage points" not in text and "9.8%" not in text, text
    # the measure the sentence is about is still answered from it
    assert "Up 4.7 percentage points" in _fab_answer(
        "How many percentage points did Fabrikam's operating margin change from fiscal 2025 to fiscal 2026?")
    assert S._qualifiers("By how much did Northwind's Data Center revenue rise?") == set()  # a name is no qualifier
    assert S._qualifiers("By how much did total revenue fall in 2024?") == set()


def test_a_pair_governed_by_another_measure_does_not_answer_a_change_of_the_asked_one():
    page = ("Cash provided by operating activities rose to $512.6 million in fiscal 2026 from $388.0 million in fiscal "
            "2025, because customers paid more annual plans in advance, which increased deferred revenue.")
    c = Chunk(chunk_id="dfab:2", doc_id="dfab", doc=FAB.doc, source=FAB.source, page=6, page_end=6, start=0,
              end=len(page), text=page, ordinal=2)  # fmt: skip
    def ans(q):
        ex = X.extract(q, [Hit(chunk=c, score=1.0, rank=0, meta=FAB)], HashEmbedder(), page_text=lambda d, p: page,
                       threshold=0.3)
        return R.render(ex, lambda d, p: page)[0]
    text = ans("How much did Fabrikam's deferred revenue change between fiscal 2025 and fiscal 2026?")
    assert "124.6" not in text and "512.6" not in text.split("\n")[0], text
    # the measure that governs the figures still gets its change
    assert "124.6" in ans("How much did Fabrikam's cash provided by operating activities change between fiscal 2025 "
                          "and fiscal 2026?")


def test_from_and_to_figures_against_the_prior_year_are_the_two_years_pair():
    # session 16 (#10): "from A to B in 2025 compared to the prior year": A is the year before's; a cause clause opened by
    # "primarily" / "mainly" ends the pair's clause
    q = "How did Larkspur Mutual's loss ratio change in 2025 compared with 2024?"
    s = ("\u2022 The loss ratio decreased from 71.2% to 68.9% in 2025 compared to the prior year primarily driven by lower "
         "catastrophe losses, partially offset by higher auto claim severity.")
    pair = C.pair_in(s, "sentence", "Loss Ratio", q, {2024, 2025}, set())
    assert C.change_text(pair, q) == "Down 2.3 percentage points: 68.9% (2025) against 71.2% (2024)"
    s2 = "Average occupancy rose from 91.0% in 2024 to 93.5% in 2025 mainly due to the two hospitals we opened."
    pair = C.pair_in(s2, "sentence", "", "How did Brightwater's average occupancy change in 2025 compared with 2024?",
                     {2024, 2025}, set())  # fmt: skip
    assert (pair.new.raw, pair.old.raw) == ("93.5%", "91.0%")
    # no year before named: the first figure stays unplaced
    s3 = "The loss ratio decreased from 71.2% to 68.9% in 2025 as catastrophe losses eased."
    assert C.pair_in(s3, "sentence", "", q, {2024, 2025}, set()) is None


def test_how_a_ratio_changed_and_what_drove_it_is_one_bullet_answering_both():
    meta = DocMeta(doc_id="lm25", doc="LARKSPURMUTUAL_2025_10K", source="/tmp/larkspur.pdf", title="Larkspur Mutual 2025 10-K",
                   company="Larkspur Mutual", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
    page = ("Commentary - 2025 compared to 2024\nRevenues\n\u2022 Total revenues increased $1.2 billion, or 8.1%, to $16.0 "
            "billion in 2025 compared to 2024 driven by growth across all product lines.\nLoss Ratio\n\u2022 Loss ratio is "
            "calculated as losses incurred divided by premiums earned.\n\u2022 The loss ratio decreased from 71.2% to 68.9% "
            "in 2025 compared to the prior year primarily driven by lower catastrophe losses, partially offset by higher "
            "auto claim severity.\n")
    q = "How did Larkspur Mutual's loss ratio change in 2025 compared with 2024, and what drove the change?"
    ex = ask_one_page(q, page, meta)
    text = R.to_answer(ex, Answer(question=q, text=""), page_text=lambda d, p: page).text
    assert text.startswith("Down 2.3 percentage points: 68.9% (2025) against 71.2% (2024)")
    assert "lower catastrophe losses" in text


# a percent head of another column ("Change (%)") beside the period heads says that column's unit, not the table's:
# the periods' cells are amounts, and their change is an amount (with its rate), never "percentage points"
SAILS = """## Sail sales by type

Table 2: Sail makers' sales by type, USD million

| Sail type | 2023 | 2024 | Change (%) |
|---|---|---|---|
| Mainsails | 412 | 436 | +5.8 |
| Spinnakers | 128 | 121 | -5.5 |
| **Total** | **540** | **557** | **+3.1** |
"""


def test_a_change_column_headed_in_percent_does_not_make_the_period_cells_percentages():
    row = "Mainsails: 2023 412, 2024 436, Change (%) +5.8"
    head = "| Sail type | 2023 | 2024 | Change (%) |"
    pair = C.pair_in(row, "row", head, "How much did mainsail sales grow in 2024?", {2024}, set())
    assert pair is not None and pair.new.unit != "%"
    assert C.change_text(pair) == "Up 24 (+5.8%): 436 (2024) against 412 (2023)"
    # a header line without pipes reads the same
    assert C.pair_in(row, "row", "Sail type 2023 2024 Change (%)", "How much did mainsail sales grow in 2024?",
                     {2024}, set()).new.unit != "%"
    assert C.pair_in(row, "row", "Sail type 2024 2023 % Change", "How much did mainsail sales grow in 2024?",
                     {2024}, set()).new.unit != "%"
    # a percentage point question finds no percent cells here
    assert C.pair_in(row, "row", head, "By how many percentage points did mainsails grow in 2024?", {2024}, set()) is None
    # a table whose period heads carry the percent is still a table of percentages
    share = C.pair_in("Mainsails: 2023 41.2, 2024 43.6", "row", "| Sail type | 2023 (%) | 2024 (%) |",
                      "How did the mainsail share change in 2024?", {2024}, set())
    assert share.new.unit == "%" and C.change_text(share).startswith("Up 2.4 percentage points")
    text = _answer("How much did sales of spinnakers change in 2024?", SAILS)
    assert "percentage points" not in text and text.startswith("Down 7 (-5.5%)")


# A quarterly release's row gives the quarter's columns and the year to date's, the latter headed by the bare year
# ("Q3 2026 ..., 2026 ..."): a year asked without its quarter is not told apart from the year to date, so no pair;
# the quarter asked reads the quarter's columns (session 32). The row is written for this test (a fictional laundry
# chain).
def test_a_bare_year_beside_its_quarters_columns_is_the_year_to_date_and_gives_no_pair():
    row = "Self-service laundry revenue: Q2 2026 41,204, Q2 2025 43,880, 2026 80,115, 2025 83,402"
    head = "| | Three months 2026 | 2025 | Six months 2026 | 2025 |"
    assert C.pair_in(row, "row", head, "By how much did self-service laundry revenue fall in 2026?", {2026}, set()) is None
    pair = C.pair_in(row, "row", head, "By how much did self-service laundry revenue fall in the second quarter of 2026?",
                     {2026}, {2})
    assert (pair.new.raw, pair.old.raw) == ("41,204", "43,880")
